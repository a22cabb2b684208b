package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A body's {@code error} that is a message is read as one only when it holds an Entra error: an
 * error with a blank and a brace and nothing of Entra's in it stays the body's error, as before.
 */
class ErrorAsMessageTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"error\":\"Service unavailable {retry later}\"}",
        "upstream said {\"error\":\"Service unavailable {retry later}\"}",
        "{\"error\":\"Service unavailable {retry later}\",\"error_description\":\"AADSTS50011: y\"}",
        "x {\"error\":\"Service unavailable {retry later}\",\"error_description\":\"AADSTS50011: y\"}"
      })
  void anErrorWithABraceButNoEntraErrorStaysTheError(String text) {
    for (AadstsError error : List.of(AadstsError.parse(text), AadstsError.fromMessage(text))) {
      assertEquals(Optional.of("Service unavailable {retry later}"), error.error(), text);
      assertEquals(text.contains("AADSTS50011") ? List.of(50011) : List.of(), error.codes());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"error\":\"token failed: AADSTS700016: app not found\",\"level\":\"error\"}",
        "log {\"error\":\"token failed: AADSTS700016: app not found\",\"level\":\"error\"}"
      })
  void anErrorHoldingACodeIsReadAsAMessage(String text) {
    for (AadstsError error : List.of(AadstsError.parse(text), AadstsError.fromMessage(text))) {
      assertEquals(List.of(700016), error.codes(), text);
      assertEquals(Optional.empty(), error.error(), text);
    }
  }

  /** The error's codes come first, as its field does in a body and in a log record's sorted one. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"error\":\"token failed: AADSTS700016: app\",\"error_description\":\"AADSTS50011: y\"}",
        "log {\"error\":\"token failed: AADSTS700016: app\",\"error_description\":\"AADSTS50011: y\"}"
      })
  void anErrorsCodesComeBeforeTheDescriptions(String text) {
    for (AadstsError error : List.of(AadstsError.parse(text), AadstsError.fromMessage(text))) {
      assertEquals(List.of(700016, 50011), error.codes(), text);
    }
  }
}
