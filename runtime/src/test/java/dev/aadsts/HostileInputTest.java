package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 15, items 5 and 7: what reaches a log is safe, and values stay in range. */
class HostileInputTest {
  // CR and LF (a forged log entry), ESC and CSI (terminal colours), OSC (a terminal title or
  // link), C1 CSI, and the bidirectional override and isolate that reorder what a reader sees.
  private static final String CONTROLS =
      "\r\n2025-01-01 INFO forged\u001b[31m\u001b]8;;https://evil.example\u0007\u009b2J"
          + "\u202eevil\u202c\u2066x\u2069\u2028";

  private static void assertSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      assertFalse(LogSafe.isUnsafe(c), () -> "U+" + Integer.toHexString(c) + " in " + text);
    }
  }

  @Test
  void toStringEscapesControlCharactersInEveryField() {
    String body =
        "{\"error\":\"invalid_grant"
            + CONTROLS.replace("\"", "")
            + "\",\"suberror\":\"x\\r\\ny\\u202e\",\"timestamp\":\"t\\u001b]0;t\\u0007\","
            + "\"trace_id\":\"a\\nb\",\"correlation_id\":\"\\u2066c\",\"name\\r\\nforged\":1}";

    AadstsError error = AadstsError.parse(body, 429, Map.of("Retry-After", List.of("5")));
    String text = error.toString();

    assertSafe(text);
    assertTrue(text.contains("invalid_grant\\r\\n2025-01-01 INFO forged\\u001b[31m"), text);
    assertTrue(text.contains("subError=x\\r\\ny\\u202e"), text);
    assertTrue(text.contains("name\\r\\nforged"), text);
  }

  @Test
  void toStringCapsEveryField() {
    String longValue = "x".repeat(100_000);
    StringBuilder body = new StringBuilder("{\"error\":\"" + longValue + "\",\"error_codes\":[");
    for (int i = 1; i <= 500; i++) {
      body.append(i).append(',');
    }
    body.append("1]");
    for (int i = 0; i < 500; i++) {
      body.append(",\"").append(longValue, 0, 200).append(i).append("\":1");
    }

    String text = AadstsError.parse(body.append('}').toString()).toString();

    assertTrue(text.length() < 8_000, () -> "toString() is " + text.length() + " chars");
    assertTrue(text.contains("more chars"), text);
    assertTrue(text.contains("(+484 more)"), text);
  }

  @Test
  void exceptionMessageIsEscapedAndCapped() {
    AadstsError error =
        AadstsError.fromMessage(
            "AADSTS50034: The user account does not exist." + CONTROLS + "x".repeat(10_000));
    AadstsError noCode = AadstsError.parse("{\"error\":\"bad\\u001b[2J\\u202eerror\"}");

    String message =
        AadstsException.of(error, AadstsErrorCode.unknown(50034), Category.UNKNOWN, false, null)
            .getMessage();
    String noCodeMessage =
        AadstsException.of(noCode, AadstsErrorCode.unknown(0), Category.UNKNOWN, false, null)
            .getMessage();

    assertSafe(message);
    assertTrue(message.startsWith("AADSTS50034: The user account does not exist."), message);
    assertTrue(message.length() < 1_000, message);
    assertSafe(noCodeMessage);
    assertEquals("bad\\u001b[2J\\u202eerror", noCodeMessage);
  }

  @Test
  void retryAfterIsCappedSoThatToMillisNeverOverflows() {
    AadstsError seconds =
        AadstsError.parse("{}", 503, Map.of("Retry-After", List.of("999999999999999999")));
    AadstsError moreDigits =
        AadstsError.parse("{}", 503, Map.of("Retry-After", List.of("9".repeat(40))));
    AadstsError farDate =
        AadstsError.parse(
            "{}", 503, Map.of("Retry-After", List.of("Fri, 31 Dec 9999 23:59:59 GMT")));

    assertEquals(Optional.of(Duration.ofDays(1)), seconds.retryAfter());
    assertEquals(86_400_000L, seconds.retryAfter().orElseThrow().toMillis());
    assertEquals(Optional.of(Duration.ofDays(1)), moreDigits.retryAfter());
    assertEquals(Optional.of(Duration.ofDays(1)), farDate.retryAfter());
    assertEquals(
        Optional.empty(),
        AadstsError.parse("{}", 503, Map.of("Retry-After", List.of("-5"))).retryAfter());
  }

  @Test
  void zeroNegativeAndExponentNumbersAreNotCodes() {
    assertEquals(List.of(), AadstsError.fromMessage("AADSTS0: nothing").codes());
    assertEquals(List.of(), AadstsError.fromMessage("AADSTS00000: nothing").codes());
    assertEquals(List.of(), AadstsError.fromMessage("0000 - [2025-01-01 00:00:00Z]: x").codes());
    assertEquals(
        List.of(50034),
        AadstsError.parse(
                "{\"error_codes\":[0, -5, 1e5, 1E5, 1.5e3, \"1e5\", \"-7\", \"0\", \"+3\", 50034]}")
            .codes());
    assertEquals(
        List.of(), AadstsError.fromRedirect("error=x&error_codes=%5B0%2C-1%2C1e5%5D").codes());
  }
}
