package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Reading never throws, whatever the input, and finds exactly the codes a message holds.
 *
 * <p>QuickTheories, 1,000 examples a property; each prints its seed, and {@code -DQT_SEED=<seed>}
 * replays it.
 */
class ParsingPropertiesTest {
  private static final String BODY = AadstsErrorParseTest.DOCUMENTED_SAMPLE;
  private static final int EXAMPLES = 1000;

  @Test
  void anyTextIsReadWithoutThrowing() {
    qt("anyTextIsReadWithoutThrowing").forAll(anyText(300)).checkAssert(t -> assertReadable(t));
  }

  @Test
  void textMadeOfSyntaxCharactersIsReadWithoutThrowing() {
    qt("textMadeOfSyntaxCharactersIsReadWithoutThrowing")
        .forAll(syntax())
        .checkAssert(t -> assertReadable(t));
  }

  @Test
  void everyTruncationOfARealBodyIsReadWithoutThrowing() {
    qt("everyTruncationOfARealBodyIsReadWithoutThrowing")
        .forAll(integers().between(0, 1000))
        .checkAssert(
            cut -> {
              String truncated = BODY.substring(0, Math.min(cut, BODY.length()));

              AadstsError error = assertReadable(truncated);

              if (truncated.contains("\"error\": \"invalid_scope\"")) {
                assertEquals(Optional.of("invalid_scope"), error.error());
              }
            });
  }

  @Test
  void randomEditsOfARealBodyAreReadWithoutThrowing() {
    qt("randomEditsOfARealBodyAreReadWithoutThrowing")
        .forAll(integers().between(0, 900), integers().between(0, 20), syntax())
        .checkAssert(
            (at, removed, inserted) -> {
              int start = Math.min(at, BODY.length());
              int end = Math.min(start + removed, BODY.length());

              assertReadable(BODY.substring(0, start) + inserted + BODY.substring(end));
            });
  }

  @Test
  void aMessageGivesItsCodeAndIds() {
    qt("aMessageGivesItsCodeAndIds")
        .forAll(integers().between(10_000, 9_999_999), guids(), guids(), separators())
        .checkAssert(
            (code, traceId, correlationId, separator) -> {
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
            });
  }

  @Test
  void digitsOutsideAadstsTokensAreNeverCodes() {
    qt("digitsOutsideAadstsTokensAreNeverCodes")
        .forAll(guids(), integers().between(0, 99_999_999))
        .checkAssert(
            (guid, number) -> {
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
            });
  }

  /** Every hostile unit, each repeated past the input cap. */
  @ParameterizedTest
  @ValueSource(
      strings = {
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
        "\\r\\n"
      })
  void hostileInputsEndQuickly(String unit) {
    String text = unit.repeat(AadstsError.MAX_INPUT_LENGTH / unit.length() + 1);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertReadable(text));
  }

  /**
   * Units repeated past the input cap after a start that makes them count: the structured fields of
   * one encoded body, the brackets of a log header. Each must not search the rest of the text again
   * (they once did, and took seconds), and what the start holds is still read.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x {\\\"error\\\":\\\"e_x\\\"|,a:[]|e_x",
        "x {&quot;error&quot;:&quot;e_x&quot;|,a:{}|e_x",
        "invalid_grant: AADSTS50058: x |[1|invalid_grant"
      })
  void repeatedUnitsAfterAStartEndQuickly(String start, String unit, String error) {
    String text = start + unit.repeat(AadstsError.MAX_INPUT_LENGTH / unit.length() + 1);

    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertReadable(text));
    assertEquals(Optional.of(error), AadstsError.fromMessage(text).error());
  }

  /** A theory with a fixed seed, printed first: the seed comes from {@code QT_SEED} if set. */
  private static QuickTheory qt(String property) {
    long seed = Long.getLong("QT_SEED", System.nanoTime());
    System.out.println(property + ": QuickTheories seed " + seed);
    return QuickTheory.qt().withFixedSeed(seed).withExamples(EXAMPLES);
  }

  /** Strings of any UTF-16 chars (lone surrogates included) up to {@code maxLength}. */
  private static Gen<String> anyText(int maxLength) {
    return lists()
        .of(integers().between(0, Character.MAX_VALUE))
        .ofSizeBetween(0, maxLength)
        .map(
            chars ->
                chars.stream()
                    .map(c -> String.valueOf((char) c.intValue()))
                    .collect(Collectors.joining()));
  }

  private static Gen<String> syntax() {
    List<String> chars =
        "{}[]\":,'\\ \r\n\t0123456789-.eE/*AADSTS_error_codes "
            .chars()
            .distinct()
            .mapToObj(c -> String.valueOf((char) c))
            .collect(Collectors.toList());
    return lists().of(Generate.pick(chars)).ofSizeBetween(0, 200).map(s -> String.join("", s));
  }

  private static Gen<String> guids() {
    List<String> digits = List.of("0123456789abcdef".split(""));
    Gen<String> hex = lists().of(Generate.pick(digits)).ofSize(4).map(s -> String.join("", s));
    return hex.zip(
        hex,
        hex,
        hex,
        hex,
        (a, b, c, d, e) -> a + b + "-" + c + "-" + d + "-" + e + "-" + a + c + e);
  }

  private static Gen<String> separators() {
    return Generate.pick(List.of("\r\n", "\n", " ", "\\r\\n", ". "));
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
