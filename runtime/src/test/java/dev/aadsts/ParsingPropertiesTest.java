package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Reading never throws, whatever the input, and finds exactly the codes a message holds. */
class ParsingPropertiesTest {
  private static final String BODY = AadstsErrorParseTest.DOCUMENTED_SAMPLE;

  @Property
  void anyTextIsReadWithoutThrowing(@ForAll @StringLength(max = 300) String text) {
    assertReadable(text);
  }

  @Property
  void textMadeOfSyntaxCharactersIsReadWithoutThrowing(@ForAll("syntax") String text) {
    assertReadable(text);
  }

  @Property
  void everyTruncationOfARealBodyIsReadWithoutThrowing(
      @ForAll @IntRange(min = 0, max = 1000) int cut) {
    String truncated = BODY.substring(0, Math.min(cut, BODY.length()));

    AadstsError error = assertReadable(truncated);

    if (truncated.contains("\"error\": \"invalid_scope\"")) {
      assertEquals(Optional.of("invalid_scope"), error.error());
    }
  }

  @Property
  void randomEditsOfARealBodyAreReadWithoutThrowing(
      @ForAll @IntRange(min = 0, max = 900) int at,
      @ForAll @IntRange(min = 0, max = 20) int removed,
      @ForAll("syntax") String inserted) {
    int start = Math.min(at, BODY.length());
    int end = Math.min(start + removed, BODY.length());

    assertReadable(BODY.substring(0, start) + inserted + BODY.substring(end));
  }

  @Property
  void aMessageGivesItsCodeAndIds(
      @ForAll @IntRange(min = 10_000, max = 9_999_999) int code,
      @ForAll("guids") String traceId,
      @ForAll("guids") String correlationId,
      @ForAll("separators") String separator) {
    String message =
        "AADSTS"
            + code
            + ": Something failed."
            + separator
            + "Trace ID: "
            + traceId
            + separator
            + "Correlation ID: "
            + correlationId
            + separator
            + "Timestamp: 2024-01-01 10:00:00Z";

    AadstsError error = AadstsError.fromMessage(message);

    assertEquals(List.of(code), error.codes());
    assertEquals(Optional.of(traceId), error.traceId());
    assertEquals(Optional.of(correlationId), error.correlationId());
  }

  @Property
  void digitsOutsideAadstsTokensAreNeverCodes(
      @ForAll("guids") String guid, @ForAll @IntRange(min = 0, max = 99_999_999) int number) {
    String message =
        "AADB2C"
            + number
            + ": failed. Trace ID: "
            + guid
            + " Timestamp: 2024-01-01 10:00:"
            + number % 60
            + "Z https://login.microsoftonline.com/error?code="
            + number
            + " "
            + guid
            + "-"
            + number;

    assertEquals(List.of(), AadstsError.fromMessage(message).codes());
  }

  @Property(tries = 20)
  void hostileInputsEndQuickly(@ForAll("hostile") String unit) {
    String text = unit.repeat(AadstsError.MAX_INPUT_LENGTH / unit.length() + 1);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertReadable(text));
  }

  @Provide
  Arbitrary<String> syntax() {
    return Arbitraries.strings()
        .withChars("{}[]\":,'\\ \r\n\t0123456789-.eE/*AADSTS_error_codes ")
        .ofMaxLength(200);
  }

  @Provide
  Arbitrary<String> guids() {
    Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789abcdef").ofLength(4);
    return Combinators.combine(hex, hex, hex, hex, hex)
        .as((a, b, c, d, e) -> a + b + "-" + c + "-" + d + "-" + e + "-" + a + c + e);
  }

  @Provide
  Arbitrary<String> separators() {
    return Arbitraries.of("\r\n", "\n", " ", "\\r\\n", ". ");
  }

  @Provide
  Arbitrary<String> hostile() {
    return Arbitraries.of(
        "{",
        "[",
        "{\"error_codes\":[",
        "{\"error",
        "{'error': ",
        "\"",
        "\\",
        "AADSTS",
        "AADSTS9",
        "aadsts1234567890",
        "1234 - [",
        "12345 - [2024]:",
        "Trace ID:",
        "Timestamp: 2024-01-01 ",
        "invalid_grant: ",
        "[invalid_grant] ",
        "\\r\\n");
  }

  private static AadstsError assertReadable(String text) {
    AadstsError parsed = AadstsError.parse(text, 400, Map.of("Retry-After", List.of(text)));
    AadstsError fromMessage = AadstsError.fromMessage(text);
    Optional<AadstsError> fromThrowable = AadstsErrors.from(new RuntimeException(text));
    for (AadstsError error : Stream.of(parsed, fromMessage).toList()) {
      assertEquals(text, error.rawBody());
      assertNotNull(error.toString());
      assertTrue(error.codes().stream().allMatch(code -> code >= 0));
    }
    assertEquals(fromThrowable.isPresent(), !fromMessage.codes().isEmpty());
    return parsed;
  }
}
