package dev.aadsts.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aadsts.AadstsError;
import dev.aadsts.AadstsException;
import dev.aadsts.AadstsHandler;
import dev.aadsts.Category;
import dev.aadsts.ClientConfigurationException;
import dev.aadsts.InteractionRequiredException;
import dev.aadsts.TransientException;
import dev.aadsts.UserErrorException;
import dev.aadsts.examples.AadstsExceptions.UserAccountNotFoundException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Categories and typed exceptions of the generated code, caught the way callers catch them. */
class TypedExceptionsTest {

  private static String body(String error, int code, String extra) {
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\"AADSTS"
        + code
        + ": Something went wrong.\\r\\nTrace ID: 0b5f3c8e-2a94-4a43-9d7b-1f1a0e6c2d00\","
        + "\"error_codes\":["
        + code
        + "]"
        + extra
        + "}";
  }

  private static void fail(AadstsError error) {
    throw AadstsExceptions.of(error);
  }

  @Test
  void oneErrorCaughtByItsCodeAndByItsCategory() {
    AadstsError error = AadstsError.parse(body("invalid_grant", 50034, ""));
    UserAccountNotFoundException byCode =
        assertThrows(UserAccountNotFoundException.class, () -> fail(error));
    assertSame(AadstsCode.USER_ACCOUNT_NOT_FOUND, byCode.code());
    assertEquals(Category.USER_ERROR, byCode.category());
    assertFalse(byCode.isRetryable());
    assertTrue(
        byCode.getMessage().startsWith("AADSTS50034 UserAccountNotFound"), byCode.getMessage());

    String caughtAs;
    try {
      fail(error);
      caughtAs = "nothing";
    } catch (UserErrorException e) {
      caughtAs = e.getClass().getSimpleName() + " as " + Category.USER_ERROR;
      assertSame(error, e.error());
    }
    assertEquals("UserAccountNotFoundException as USER_ERROR", caughtAs);
  }

  @Test
  void theOAuthErrorDecidesBeforeTheCode() {
    AadstsError interaction =
        AadstsError.parse(
            body("interaction_required", 50034, ",\"claims\":\"{\\\"access_token\\\":{}}\""));
    InteractionRequiredException e =
        assertInstanceOf(InteractionRequiredException.class, AadstsExceptions.of(interaction));
    assertEquals(InteractionRequiredException.class, e.getClass());
    assertSame(AadstsCode.USER_ACCOUNT_NOT_FOUND, e.code());
    assertEquals(Optional.of("{\"access_token\":{}}"), e.claims());

    AadstsError mfa =
        AadstsError.parse(body("invalid_grant", 50076, ",\"suberror\":\"basic_action\""));
    assertEquals(Category.INTERACTION_REQUIRED, AadstsExceptions.of(mfa).category());

    AadstsError unavailable =
        AadstsError.parse(
            body("temporarily_unavailable", 50034, ""), 503, Map.of("Retry-After", List.of("7")));
    TransientException t =
        assertInstanceOf(TransientException.class, AadstsExceptions.of(unavailable));
    assertTrue(t.isRetryable());
    assertEquals(Optional.of(Duration.ofSeconds(7)), t.retryAfter());
  }

  @Test
  void anUnknownCodeFallsBackToTheCategoryOfItsError() {
    AadstsError error = AadstsError.parse(body("invalid_client", 99999999, ""));
    AadstsException e = AadstsExceptions.of(error);
    assertEquals(ClientConfigurationException.class, e.getClass());
    assertFalse(e.code().isKnown());
    assertEquals(99999999, e.code().code());
    assertTrue(e.getMessage().startsWith("AADSTS99999999"), e.getMessage());
  }

  @Test
  void fromACauseChain() {
    AadstsError error = AadstsError.parse(body("invalid_grant", 50034, ""));
    RuntimeException thrown =
        new CompletionException(
            new IllegalStateException("token request failed", AadstsExceptions.of(error)));
    AadstsException typed = AadstsExceptions.from(thrown).orElseThrow();
    assertInstanceOf(UserAccountNotFoundException.class, typed);
    assertSame(thrown, typed.getCause());
    assertEquals(
        Optional.empty(), AadstsExceptions.from(new IllegalStateException("no Entra error")));
  }

  @Test
  void handlerReadsByConstantThenByCategory() {
    AadstsException locked =
        AadstsExceptions.of(AadstsError.parse(body("invalid_grant", 50053, "")));
    AadstsException notFound =
        AadstsExceptions.of(AadstsError.parse(body("invalid_grant", 50034, "")));
    for (AadstsException e : List.of(locked, notFound)) {
      String next =
          AadstsHandler.handle(e)
              .on(AadstsCode.USER_ACCOUNT_NOT_FOUND, x -> "ask for another account")
              .on(Category.USER_ERROR, x -> "tell the user: " + x.code().identifier())
              .orElse(x -> "report");
      assertEquals(e == notFound ? "ask for another account" : "tell the user: IdsLocked", next);
    }
    assertThrows(
        AadstsException.class,
        () -> AadstsHandler.handle(locked).on(Category.TRANSIENT, x -> "retry").orElseThrow());
  }

  @Test
  void switchHelpersAgreeWithTheConstants() {
    for (AadstsCode code : AadstsCode.values()) {
      assertEquals(code.category(), AadstsCode.categoryOf(code.code()), code.name());
      assertEquals(code.isRetryable(), AadstsCode.isRetryable(code.code()), code.name());
      if (code.category() == Category.TRANSIENT) {
        assertTrue(code.isRetryable(), code.name());
      }
    }
    assertEquals(Category.UNKNOWN, AadstsCode.categoryOf(1));
    assertFalse(AadstsCode.isRetryable(1));
  }

  /** Every category has something for the caller to do: a switch with no default proves it. */
  static String whatToDo(Category category) {
    return switch (category) {
      case INTERACTION_REQUIRED -> "sign in interactively";
      case USER_ERROR -> "let the user fix it";
      case CLIENT_CONFIGURATION -> "fix the app registration or request";
      case TENANT_POLICY -> "ask the tenant administrator";
      case TRANSIENT -> "retry later";
      case FEDERATION -> "contact the identity provider";
      case SERVICE -> "report to Microsoft";
      case UNKNOWN -> "log it";
    };
  }

  @Test
  void everyCategoryIsHandledAndUsed() {
    for (Category category : Category.values()) {
      assertFalse(whatToDo(category).isEmpty());
    }
    // Even UNKNOWN: AADSTS165004's documented text says nothing of its cause.
    assertEquals(Category.UNKNOWN, AadstsCode.categoryOf(165004));
    for (Category category : Category.values()) {
      boolean used =
          java.util.Arrays.stream(AadstsCode.values()).anyMatch(c -> c.category() == category);
      assertTrue(used, category + " in the default catalog");
    }
  }
}
