package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** The checks the shape tests share: every field a careful reader takes from a text. */
final class ShapeAssertions {
  private ShapeAssertions() {}

  /** What a careful reader takes from a text; null or empty for what it does not hold. */
  static void assertRead(
      AadstsError e,
      String error,
      List<Integer> codes,
      Integer status,
      String trace,
      String correlation,
      String timestamp) {
    String raw = e.rawBody();
    assertEquals(Optional.ofNullable(error), e.error(), () -> "error of " + raw);
    assertEquals(codes, e.codes(), () -> "codes of " + raw);
    assertEquals(
        status == null ? OptionalInt.empty() : OptionalInt.of(status),
        e.httpStatus(),
        () -> "status of " + raw);
    assertEquals(Optional.ofNullable(trace), e.traceId(), () -> "trace ID of " + raw);
    assertEquals(
        Optional.ofNullable(correlation), e.correlationId(), () -> "correlation ID of " + raw);
    assertEquals(Optional.ofNullable(timestamp), e.timestamp(), () -> "timestamp of " + raw);
  }

  static List<Integer> codes(Integer... codes) {
    return Arrays.asList(codes);
  }

  /** The IDs Entra ID writes after its descriptions, each label after {@code separator}. */
  static String ids(String trace, String correlation, String separator, String timestamp) {
    return "Trace ID: "
        + trace
        + separator
        + "Correlation ID: "
        + correlation
        + separator
        + "Timestamp: "
        + timestamp;
  }

  static AadstsError read(String text) {
    return AadstsError.fromMessage(text);
  }
}
