package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link AadstsError#category(Category)}: error and sub-error first, then the code, then fallbacks.
 */
class AadstsErrorCategoryTest {
  private static AadstsError error(String error, String subError, int status) {
    String body =
        "{\"error\":\""
            + error
            + "\""
            + (subError == null ? "" : ",\"suberror\":\"" + subError + "\"")
            + "}";
    return AadstsError.parse(body, status, Map.of());
  }

  @ParameterizedTest
  @ValueSource(strings = {"interaction_required", "login_required", "consent_required"})
  void interactionErrorsOverrideTheCode(String err) {
    assertEquals(
        Category.INTERACTION_REQUIRED, error(err, null, 400).category(Category.USER_ERROR));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "basic_action",
        "additional_action",
        "message_only",
        "consent_required",
        "user_password_expired",
        "token_expired",
        "bad_token"
      })
  void invalidGrantWithAnInteractionSubErrorOverridesTheCode(String subError) {
    assertEquals(
        Category.INTERACTION_REQUIRED,
        error("invalid_grant", subError, 400).category(Category.TENANT_POLICY));
  }

  @ParameterizedTest
  @CsvSource({
    "client_mismatch, CLIENT_CONFIGURATION",
    "protection_policy_required, TENANT_POLICY",
    "device_authentication_failed, TENANT_POLICY"
  })
  void invalidGrantWithOtherKnownSubErrorsIsNotInteraction(String subError, Category expected) {
    assertEquals(expected, error("invalid_grant", subError, 400).category(Category.UNKNOWN));
    assertEquals(
        Category.FEDERATION, error("invalid_grant", subError, 400).category(Category.FEDERATION));
  }

  @ParameterizedTest
  @CsvSource({"client_mismatch, CLIENT_CONFIGURATION", "protection_policy_required, TENANT_POLICY"})
  void brokerSubErrorsAreNotInteractionWhateverTheError(String subError, Category expected) {
    assertEquals(expected, error("interaction_required", subError, 400).category(Category.UNKNOWN));
  }

  @Test
  void interactionRequiredWithAnotherSubErrorIsInteraction() {
    assertEquals(
        Category.INTERACTION_REQUIRED,
        error("interaction_required", "device_authentication_failed", 400)
            .category(Category.UNKNOWN));
  }

  @Test
  void unknownSubErrorOfInvalidGrantLeavesItToTheCode() {
    assertEquals(
        Category.USER_ERROR,
        error("invalid_grant", "new_thing", 400).category(Category.USER_ERROR));
  }

  @Test
  void temporarilyUnavailableIsTransient() {
    assertEquals(
        Category.TRANSIENT, error("temporarily_unavailable", null, 400).category(Category.SERVICE));
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504, 599})
  void transientStatusesOverrideTheCode(int status) {
    assertEquals(
        Category.TRANSIENT, error("invalid_request", null, status).category(Category.USER_ERROR));
  }

  @Test
  void interactionWinsOverATransientStatus() {
    assertEquals(
        Category.INTERACTION_REQUIRED,
        error("interaction_required", null, 503).category(Category.UNKNOWN));
  }

  @ParameterizedTest
  @EnumSource(Category.class)
  void otherwiseTheCodeDecides(Category codeCategory) {
    Category expected =
        codeCategory == Category.UNKNOWN ? Category.CLIENT_CONFIGURATION : codeCategory;
    assertEquals(expected, error("invalid_client", null, 401).category(codeCategory));
  }

  @ParameterizedTest
  @CsvSource({
    "invalid_request, CLIENT_CONFIGURATION",
    "invalid_client, CLIENT_CONFIGURATION",
    "unauthorized_client, CLIENT_CONFIGURATION",
    "invalid_scope, CLIENT_CONFIGURATION",
    "invalid_resource, CLIENT_CONFIGURATION",
    "unsupported_grant_type, CLIENT_CONFIGURATION",
    "unsupported_response_type, CLIENT_CONFIGURATION",
    "invalid_grant, INTERACTION_REQUIRED",
    "user_password_expired, INTERACTION_REQUIRED",
    "expired_token, INTERACTION_REQUIRED",
    "access_denied, TENANT_POLICY",
    "authorization_declined, USER_ERROR",
    "authorization_pending, TRANSIENT",
    "slow_down, TRANSIENT",
    "server_error, SERVICE",
    "Server_Error, SERVICE",
    "something_new, UNKNOWN"
  })
  void fallbackFromTheErrorAlone(String err, Category expected) {
    assertEquals(expected, error(err, null, 400).category(Category.UNKNOWN));
  }

  @Test
  void nothingKnownIsUnknown() {
    assertEquals(Category.UNKNOWN, AadstsError.parse(null).category(Category.UNKNOWN));
  }

  @Test
  void codeCategoryIsRequired() {
    assertThrows(NullPointerException.class, () -> AadstsError.parse("{}").category(null));
  }
}
