package dev.aadsts.processor;

import java.util.List;
import java.util.Locale;

/**
 * Classifies a code that the curated file does not cover (a user's catalog may have newer codes)
 * from the words of its identifier and description. The first rule that matches wins; the rules go
 * from the most telling words to the most general.
 */
final class ClassificationRules {
  private ClassificationRules() {}

  private record Rule(String category, List<String> words) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "TRANSIENT",
              List.of(
                  "throttl",
                  "temporar",
                  "too many requests",
                  "unavailable",
                  "timed out",
                  "timeout")),
          new Rule(
              "FEDERATION",
              List.of("federat", "idp", "identity provider", "adfs", "wsfed", "ws-fed", "saml")),
          new Rule(
              "TENANT_POLICY",
              List.of(
                  "conditional access",
                  "policy",
                  "admin consent",
                  "administrator",
                  "blocked",
                  "not assigned",
                  "assignment",
                  "compliant",
                  "compliance",
                  "device",
                  "tenant restriction")),
          new Rule(
              "INTERACTION_REQUIRED",
              List.of(
                  "interaction",
                  "consent",
                  "multi-factor",
                  "multifactor",
                  "mfa",
                  "strongauth",
                  "reauth",
                  "sign in again",
                  "signin again",
                  "expired",
                  "revoked",
                  "prompt",
                  "session",
                  "claims challenge")),
          new Rule(
              "USER_ERROR",
              List.of(
                  "password",
                  "locked",
                  "disabled",
                  "account not found",
                  "accountnotfound",
                  "user not found",
                  "usernotfound")),
          new Rule("SERVICE", List.of("internal", "server error", "service error", "unexpected")),
          new Rule(
              "CLIENT_CONFIGURATION",
              List.of(
                  "client",
                  "secret",
                  "certificate",
                  "redirect",
                  "reply",
                  "scope",
                  "resource",
                  "grant",
                  "request",
                  "parameter",
                  "assertion",
                  "application",
                  "invalid",
                  "missing")));

  private static final List<String> RETRYABLE =
      List.of(
          "try again", "retry", "throttl", "temporar", "timed out", "timeout", "too many requests");

  /** The rules' category and retryability for a code's identifier and description. */
  static Classification.Kind classify(String identifier, String description) {
    // "InvalidRequest" reads as "invalid request" for the rules.
    String words =
        (identifier.replaceAll("([a-z0-9])([A-Z])", "$1 $2") + " " + identifier + " " + description)
            .toLowerCase(Locale.ROOT);
    boolean retryable =
        !words.contains("nonretryable")
            && !words.contains("unretryable")
            && !words.contains("non retryable")
            && (words.contains("retryable") || RETRYABLE.stream().anyMatch(words::contains));
    String category =
        RULES.stream()
            .filter(rule -> rule.words().stream().anyMatch(words::contains))
            .map(Rule::category)
            .findFirst()
            .orElse("UNKNOWN");
    if (retryable && category.equals("UNKNOWN")) {
      category = "TRANSIENT";
    }
    return new Classification.Kind(category, retryable, false);
  }
}
