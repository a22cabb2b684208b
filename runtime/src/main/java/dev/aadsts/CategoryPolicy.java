package dev.aadsts;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Decides the {@link Category} of a whole error from its OAuth {@code error}, {@code suberror},
 * HTTP status and the category of its code; the rules are documented on {@link
 * AadstsError#category(Category)}.
 */
final class CategoryPolicy {
  // insufficient_claims is the error of a claims challenge (Continuous Access Evaluation,
  // Conditional Access step-up): a new interactive token request with the claims resolves it.
  private static final Set<String> INTERACTION_ERRORS =
      setOf("interaction_required", "login_required", "consent_required", "insufficient_claims");
  // The sub-errors of invalid_grant that a new interactive sign-in resolves. MSAL treats
  // client_mismatch and protection_policy_required differently: a broker, not the user, acts.
  private static final Set<SubError> INTERACTION_SUB_ERRORS =
      Collections.unmodifiableSet(
          new HashSet<>(
              Arrays.asList(
                  SubError.BASIC_ACTION,
                  SubError.ADDITIONAL_ACTION,
                  SubError.MESSAGE_ONLY,
                  SubError.CONSENT_REQUIRED,
                  SubError.USER_PASSWORD_EXPIRED,
                  SubError.TOKEN_EXPIRED,
                  SubError.BAD_TOKEN)));
  private static final Set<String> CLIENT_CONFIGURATION_ERRORS =
      setOf(
          "invalid_request",
          "invalid_client",
          "unauthorized_client",
          "invalid_scope",
          "invalid_resource",
          "unsupported_grant_type",
          "unsupported_response_type");

  private CategoryPolicy() {}

  static Category of(AadstsError error, Category codeCategory) {
    String err = error.error().orElse("").trim().toLowerCase(Locale.ROOT);
    SubError subError = error.subError().orElse(null);
    boolean brokerSubError =
        subError == SubError.CLIENT_MISMATCH || subError == SubError.PROTECTION_POLICY_REQUIRED;
    // invalid_token with claims: a resource's claims challenge (Azure Resource Manager's for
    // Continuous Access Evaluation: "User session has been revoked").
    if (!brokerSubError
        && (INTERACTION_ERRORS.contains(err)
            || (err.equals("invalid_grant") && INTERACTION_SUB_ERRORS.contains(subError))
            || (err.equals("invalid_token") && error.claims().isPresent()))) {
      return Category.INTERACTION_REQUIRED;
    }
    if (err.equals("temporarily_unavailable") || isTransientStatus(error)) {
      return Category.TRANSIENT;
    }
    if (codeCategory != Category.UNKNOWN) {
      return codeCategory;
    }
    if (subError == SubError.PROTECTION_POLICY_REQUIRED
        || subError == SubError.DEVICE_AUTHENTICATION_FAILED) {
      return Category.TENANT_POLICY;
    }
    if (subError == SubError.CLIENT_MISMATCH) {
      return Category.CLIENT_CONFIGURATION;
    }
    if (subError == SubError.CANCEL) {
      return Category.USER_ERROR;
    }
    return ofError(err);
  }

  private static boolean isTransientStatus(AadstsError error) {
    int status = error.httpStatus().orElse(0);
    return status == 408 || status == 429 || status >= 500;
  }

  private static Category ofError(String err) {
    if (CLIENT_CONFIGURATION_ERRORS.contains(err)) {
      return Category.CLIENT_CONFIGURATION;
    }
    switch (err) {
      case "invalid_grant":
      case "user_password_expired":
      case "expired_token":
        return Category.INTERACTION_REQUIRED;
      case "access_denied":
        return Category.TENANT_POLICY;
      case "authorization_declined":
        return Category.USER_ERROR;
      case "authorization_pending":
      case "slow_down":
        return Category.TRANSIENT;
      case "server_error":
        return Category.SERVICE;
      default:
        return Category.UNKNOWN;
    }
  }

  private static Set<String> setOf(String... values) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(values)));
  }
}
