package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AadstsExceptionTest {
  /** Stands in for a generated catalog enum. */
  enum TestCode implements AadstsErrorCode {
    USER_ACCOUNT_NOT_FOUND(
        50034,
        "UserAccountNotFound",
        "To sign into this application, the account must be added to the directory."),
    NO_IDENTIFIER(90099, "", "");

    private final int code;
    private final String identifier;
    private final String description;

    TestCode(int code, String identifier, String description) {
      this.code = code;
      this.identifier = identifier;
      this.description = description;
    }

    @Override
    public int code() {
      return code;
    }

    @Override
    public String identifier() {
      return identifier;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public Category category() {
      return Category.USER_ERROR;
    }

    @Override
    public boolean isRetryable() {
      return false;
    }
  }

  private static final AadstsError USER_NOT_FOUND =
      AadstsError.parse(
          "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50034: The user account"
              + " {EmailHidden} does not exist in the contoso.example directory.\\r"
              + "\\n"
              + "Trace ID: t\\r"
              + "\\n"
              + "Correlation ID: c\",\"error_codes\":[50034]}");

  @Test
  void ofCreatesTheClassOfEachCategory() {
    Map<Category, Class<?>> expected =
        Map.of(
            Category.INTERACTION_REQUIRED, InteractionRequiredException.class,
            Category.USER_ERROR, UserErrorException.class,
            Category.CLIENT_CONFIGURATION, ClientConfigurationException.class,
            Category.TENANT_POLICY, TenantPolicyException.class,
            Category.TRANSIENT, TransientException.class,
            Category.FEDERATION, FederationException.class,
            Category.SERVICE, ServiceErrorException.class,
            Category.UNKNOWN, AadstsException.class);
    for (Category category : Category.values()) {
      AadstsException e =
          AadstsException.of(
              USER_NOT_FOUND, TestCode.USER_ACCOUNT_NOT_FOUND, category, false, null);

      assertSame(expected.get(category), e.getClass(), category.name());
      assertSame(category, e.category());
    }
  }

  @Test
  void accessorsAndCause() {
    Throwable cause = new IllegalStateException("from the client library");

    AadstsException e =
        AadstsException.of(
            USER_NOT_FOUND, TestCode.USER_ACCOUNT_NOT_FOUND, Category.USER_ERROR, true, cause);

    assertSame(USER_NOT_FOUND, e.error());
    assertSame(TestCode.USER_ACCOUNT_NOT_FOUND, e.code());
    assertTrue(e.isRetryable());
    assertSame(cause, e.getCause());
  }

  @Test
  void messageStartsWithTheCodeAndIdentifierThenTheDescriptionsFirstLine() {
    AadstsException e =
        new UserErrorException(
            USER_NOT_FOUND, TestCode.USER_ACCOUNT_NOT_FOUND, Category.USER_ERROR, false, null);

    assertEquals(
        "AADSTS50034 UserAccountNotFound: The user account {EmailHidden} does not exist in the"
            + " contoso.example directory.",
        e.getMessage());
  }

  @Test
  void messageFallsBackToTheCatalogDescriptionThenTheError() {
    AadstsError bare = AadstsError.parse("{\"error\":\"invalid_grant\",\"error_codes\":[50034]}");
    AadstsError unknown =
        AadstsError.parse("{\"error\":\"invalid_grant\",\"error_codes\":[12345]}");

    assertEquals(
        "AADSTS50034 UserAccountNotFound: To sign into this application, the account must be added"
            + " to the directory.",
        new AadstsException(bare, TestCode.USER_ACCOUNT_NOT_FOUND, Category.UNKNOWN, false, null)
            .getMessage());
    assertEquals(
        "AADSTS12345: invalid_grant",
        new AadstsException(unknown, AadstsErrorCode.unknown(12345), Category.UNKNOWN, false, null)
            .getMessage());
    assertEquals(
        "AADSTS90099",
        new AadstsException(
                AadstsError.parse(null), TestCode.NO_IDENTIFIER, Category.UNKNOWN, false, null)
            .getMessage());
  }

  @Test
  void anErrorWithoutCodeIsNamedByItsOAuthErrorNotAadsts0() {
    AadstsError noCode =
        AadstsError.parse("{\"error\":\"invalid_client\",\"error_description\":\"Bad secret.\"}");
    assertEquals(
        "invalid_client: Bad secret.",
        new AadstsException(noCode, AadstsErrorCode.unknown(0), Category.UNKNOWN, false, null)
            .getMessage());
    assertEquals(
        "invalid_client",
        new AadstsException(
                AadstsError.parse("{\"error\":\"invalid_client\"}"),
                AadstsErrorCode.unknown(0),
                Category.UNKNOWN,
                false,
                null)
            .getMessage());
  }

  @Test
  void interactionRequiredExposesTheClaims() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"interaction_required\",\"error_codes\":[50076],"
                + "\"claims\":\"{\\\"a\\\":1}\"}");

    InteractionRequiredException e =
        new InteractionRequiredException(
            error, AadstsErrorCode.unknown(50076), Category.INTERACTION_REQUIRED, false, null);

    assertEquals(Optional.of("{\"a\":1}"), e.claims());
  }

  @Test
  void transientExposesRetryAfter() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"temporarily_unavailable\",\"error_codes\":[50196]}",
            429,
            Map.of("Retry-After", List.of("7")));

    TransientException e =
        new TransientException(
            error, AadstsErrorCode.unknown(50196), Category.TRANSIENT, true, null);

    assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
  }

  @Test
  void requiredArguments() {
    AadstsErrorCode code = TestCode.USER_ACCOUNT_NOT_FOUND;
    assertThrows(
        NullPointerException.class,
        () -> new AadstsException(null, code, Category.UNKNOWN, false, null));
    assertThrows(
        NullPointerException.class,
        () -> new AadstsException(USER_NOT_FOUND, null, Category.UNKNOWN, false, null));
    assertThrows(
        NullPointerException.class,
        () -> new AadstsException(USER_NOT_FOUND, code, null, false, null));
    assertThrows(
        NullPointerException.class,
        () -> AadstsException.of(USER_NOT_FOUND, code, null, false, null));
  }

  @Test
  void serializesWithTheError() throws Exception {
    AadstsException e =
        AadstsException.of(
            USER_NOT_FOUND, TestCode.USER_ACCOUNT_NOT_FOUND, Category.USER_ERROR, false, null);

    AadstsException copy = (AadstsException) SubErrorTest.roundTrip(e);

    assertEquals(UserErrorException.class, copy.getClass());
    assertEquals(USER_NOT_FOUND, copy.error());
    assertSame(TestCode.USER_ACCOUNT_NOT_FOUND, copy.code());
    assertEquals(e.getMessage(), copy.getMessage());
    assertFalse(copy.isRetryable());
  }
}
