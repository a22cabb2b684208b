package dev.aadsts.examples.cli;

import dev.aadsts.Category;

/** What each {@link Category} means, and what a caller should do about an error of it. */
final class Advice {
  private Advice() {}

  /** Who has to act, in a few words. */
  static String meaning(Category category) {
    return switch (category) {
      case INTERACTION_REQUIRED -> "the user must sign in interactively again";
      case USER_ERROR -> "the user can fix it";
      case CLIENT_CONFIGURATION -> "the app registration or the request is wrong";
      case TENANT_POLICY -> "a policy of the tenant blocks it";
      case TRANSIENT -> "try again later";
      case FEDERATION -> "the federated identity provider failed";
      case SERVICE -> "an internal error of the service";
      case UNKNOWN -> "nothing is known about it";
    };
  }

  /** What the caller should do, as one sentence. */
  static String action(Category category) {
    return switch (category) {
      case INTERACTION_REQUIRED ->
          "Send the user through an interactive sign-in (with the claims challenge if one is"
              + " given).";
      case USER_ERROR ->
          "Tell the user what to fix (account, password or sign-in method); the same request will"
              + " fail until they do.";
      case CLIENT_CONFIGURATION ->
          "Fix the app registration or the request (secret or certificate, redirect URI, scope,"
              + " grant type); retrying will not help.";
      case TENANT_POLICY ->
          "Ask the tenant's administrator: conditional access, device compliance, user assignment"
              + " or admin consent blocks the request.";
      case TRANSIENT -> "Retry later, after the Retry-After delay when one is given, with backoff.";
      case FEDERATION ->
          "Check the federated identity provider's configuration, or ask its administrator.";
      case SERVICE ->
          "Retry once; if it persists, report it to Microsoft with the trace and correlation IDs.";
      case UNKNOWN -> "Look the code up at its help link, and log the trace and correlation IDs.";
    };
  }
}
