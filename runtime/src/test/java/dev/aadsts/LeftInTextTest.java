package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AadstsError#fromMessage} leaves the description, OAuth error, timestamp, trace and
 * correlation IDs in the text, and {@link AadstsError#parse} a body's timestamp and IDs, to be
 * copied when asked for ({@link AadstsErrorBuilder#mayLeave}): the value must be the same, in every
 * respect, as one whose fields were copied at once.
 */
class LeftInTextTest {
  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";

  // A body with every field its description's labels could give: the description is read in place.
  private static final String FULL_BODY =
      "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: d. Trace ID: "
          + TRACE
          + " AADSTS50076\",\"error_codes\":[50126],\"timestamp\":\"2025-05-01 12:34:56Z\","
          + "\"trace_id\":\""
          + TRACE
          + "\",\"correlation_id\":\"7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0\"}";

  // Bodies whose description is left in the text, or not, as it needs: read as when copied.
  private static final String[] BODIES = {
    FULL_BODY,
    FULL_BODY.replace('"', '\''),
    FULL_BODY.replace("AADSTS50126: d.", "50173 - [2025-05-01 12:34:56Z]: AADSTS50173: d."),
    FULL_BODY.replace("AADSTS50126: d.", "AADSTS50126:\\r\\nAADSTS50076"),
    FULL_BODY.replace("\"trace_id\"", "\"x\""),
    FULL_BODY.replace(" Trace ID: ", "\\r\\nTrace ID: "),
    FULL_BODY.replace("d. Trace", "\\\"q\\\"AADSTS1 \\\\nAADSTS2 \\/AADSTS3 \\tAADSTS4 Trace"),
    FULL_BODY.replace("d. Trace", "\\u0041ADSTS5 \\bAADSTS6 x\\u12 Trace"),
    FULL_BODY.replace("d. Trace", "a\\\\").replace(" AADSTS50076\"", "\""),
    FULL_BODY.replace('"', '\'').replace("d. Trace", "it\\'s\\r\\nTrace"),
    "{\"error_description\":\"\\r\\n\"}",
    "{\"error_description\":\"  \"}",
    "{\"error_description\":\"AADSTS1: a\",\"error_description\":\"AADSTS2: b\\n\"}",
    "{\"error_description\":\"AADSTS1: a\\n\",\"error_description\":\"AADSTS2: b\"}",
    "{\"error_description\":\"AADSTS50076: x.\\r\\nTrace ID: " + TRACE + "\\r\\n\"}"
  };

  private static String[] joined(String[] a, String[] b) {
    String[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The message read with its description copied at once, as before the copy was left. */
  private static AadstsError eager(String text) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder(text);
    MessageReader.read(AadstsError.capped(text), builder, true);
    return builder.build();
  }

  private static void assertSameAsEager(String text) {
    AadstsError lazy = AadstsError.fromMessage(text);
    AadstsError eager = eager(text);
    // equals, hashCode and toString first, before anything asked for the description.
    assertEquals(eager, lazy, text);
    assertEquals(eager.hashCode(), lazy.hashCode(), text);
    assertEquals(eager.toString(), lazy.toString(), text);
    assertEquals(eager.errorDescription(), AadstsError.fromMessage(text).errorDescription(), text);
    assertEquals(eager.error(), AadstsError.fromMessage(text).error(), text);
    assertEquals(eager.timestamp(), AadstsError.fromMessage(text).timestamp(), text);
    assertEquals(eager.traceId(), AadstsError.fromMessage(text).traceId(), text);
    assertEquals(eager.correlationId(), AadstsError.fromMessage(text).correlationId(), text);
    assertEquals(lazy, eager, text);
    AadstsError asked = AadstsError.fromMessage(text);
    assertEquals(asked.traceId(), asked.traceId(), "each copy is the same");
    assertEquals(eager, asked, text);
  }

  @Test
  void descriptionAsWhenCopiedAtOnce() {
    assertSameAsEager("AADSTS50076: Due to a configuration change.\r\nTrace ID: " + TRACE);
    assertSameAsEager("  AADSTS50076: padded  \n\tat com.example.A.b(A.java:1)\n");
    assertSameAsEager("failed: 'AADSTS70008: quoted.' and after");
    assertSameAsEager("AADSTS700082: literal escapes.\\r\\nTrace ID: " + TRACE);
    assertSameAsEager("7000215 - [2025-05-01 12:34:56Z]: AADSTS7000215: Invalid client secret.");
    assertSameAsEager("7000215 - [2025-05-01 12:34:56Z]:    ");
    assertSameAsEager("no code at all");
    assertSameAsEager("");
    assertSameAsEager(null);
  }

  @Test
  void randomMessagesAsWhenCopiedAtOnce() {
    long seed = new Random().nextLong();
    System.out.println("randomMessagesAsWhenCopiedAtOnce seed " + seed);
    Random random = new Random(seed);
    String[] pieces = {
      "AADSTS50076",
      ": ",
      " ",
      "\r\n",
      "\\r\\n",
      "\n\tat x.Y(Y.java:1)",
      "\nCaused by: ",
      "'",
      "\"",
      "Trace ID: ",
      TRACE,
      "[invalid_grant]",
      "7000215 - [2025-05-01 12:34:56Z]: ",
      "{\"error\":\"x\"}",
      "text",
      "\\",
      "Correlation ID: ",
      "Request Id: ",
      "Timestamp: 2025-05-01 12:34:56Z",
      "Timestamp: 2025-05-01T12:34:56.789Z",
      "Timestamp: 2025-05-01\n    12:34:56Z",
      "[2025-05-01 12:34:56Z - " + TRACE + "] ",
      "error: invalid_grant ",
      "(interaction_required) ",
      "<uuid>",
      "{\"trace_id\":\"" + TRACE + "\",\"timestamp\":\"2025-05-01 12:34:56Z\"}",
      "{\"correlation_id\":\"<uuid>\",\"trace_id\":\" \"}",
      "{'error': 'invalid_grant', 'correlation_id': '" + TRACE + "'}",
      "{\\\"error\\\":\\\"x\\\",\\\"trace_id\\\":\\\""
          + TRACE
          + "\\\",\\\"timestamp\\\":\\\"t1\\\"}",
      "{&quot;error&quot;:&quot;x&quot;,&quot;correlation_id&quot;:&quot;" + TRACE + "&quot;}",
      FULL_BODY.replace("\"", "\\\""),
      FULL_BODY.replace("\"", "&quot;"),
      "{\"error_description\":\"AADSTS50076: x. Trace ID: " + TRACE + "\"}"
    };
    pieces = joined(pieces, BODIES);
    for (int n = 0; n < 3000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(10); k > 0; k--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      assertSameAsEager(text.toString());
    }
  }

  @Test
  void everyFieldAsWhenCopiedAtOnce() {
    String text =
        "[2025-05-01 12:34:56Z - 7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0] error: invalid_grant"
            + " AADSTS50076: x.\r\nTrace ID: "
            + TRACE
            + "\r\nTimestamp: 2025-05-01 12:34:56Z";
    AadstsError error = AadstsError.fromMessage(text);
    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of("7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"), error.correlationId());
    assertEquals(Optional.of("2025-05-01 12:34:56Z"), error.timestamp());
    assertSameAsEager(text);
    // A console's wrap splits the timestamp: it is joined, as before.
    assertSameAsEager("AADSTS50076: x. Timestamp: 2025-05-01\n    12:34:56Z");
    assertEquals(
        Optional.of("2025-05-01 12:34:56Z"),
        AadstsError.fromMessage("AADSTS50076: x. Timestamp: 2025-05-01\n    12:34:56Z")
            .timestamp());
  }

  @Test
  void bodyFieldsAsSent() throws Exception {
    String correlation = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    String body =
        "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: x.\","
            + "\"timestamp\":\"2025-05-01 12:34:56Z\",\"trace_id\":\""
            + TRACE
            + "\",\"correlation_id\":\""
            + correlation
            + "\"}";
    AadstsError error =
        AadstsError.parse(body, 400, Map.of("x-ms-request-id", List.of("header-id")));
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of(correlation), error.correlationId());
    assertEquals(Optional.of("2025-05-01 12:34:56Z"), error.timestamp());
    // Serialized with its fields copied, and with what the reading had besides the body.
    AadstsError copy = (AadstsError) SubErrorTest.roundTrip(error);
    assertEquals(error, copy);
    assertEquals(OptionalInt.of(400), copy.httpStatus());
    assertEquals(Optional.of(TRACE), copy.traceId());
    // A later field wins, whether it needs decoding or not; a blank one is empty, as before.
    assertEquals(
        Optional.of("plain"),
        AadstsError.parse("{\"trace_id\":\"a\\u0062\",\"trace_id\":\"plain\"}").traceId());
    assertEquals(
        Optional.of("ab"),
        AadstsError.parse("{\"trace_id\":\"plain\",\"trace_id\":\"a\\u0062\"}").traceId());
    assertEquals(Optional.empty(), AadstsError.parse("{\"trace_id\":\"  \"}").traceId());
    // Inside a message, escaped or entity-encoded, as in the text.
    String escaped = "failed: {\\\"error\\\":\\\"x\\\",\\\"trace_id\\\":\\\"" + TRACE + "\\\"}";
    assertEquals(Optional.of(TRACE), AadstsError.fromMessage(escaped).traceId());
    assertSameAsEager(escaped);
    String entities =
        "<pre>{&quot;error&quot;:&quot;x&quot;,&quot;trace_id&quot;:&quot;" + TRACE + "&quot;}";
    assertEquals(Optional.of(TRACE), AadstsError.fromMessage(entities).traceId());
    assertSameAsEager(entities);
    // The header fills only what the body lacks.
    AadstsError headerId =
        AadstsError.parse("{\"error\":\"x\"}", 400, Map.of("x-ms-request-id", List.of("h-1")));
    assertEquals(Optional.of("h-1"), headerId.traceId());
    // A placeholder in the body gives way to the description's GUID.
    AadstsError placeholder =
        AadstsError.parse(
            "{\"trace_id\":\"<uuid>\",\"error_description\":\"AADSTS1: Trace ID: " + TRACE + "\"}");
    assertEquals(Optional.of(TRACE), placeholder.traceId());
  }

  @Test
  void bodyDescriptionAsWhenCopiedAtOnce() throws Exception {
    for (String body : BODIES) {
      AadstsErrorBuilder builder = new AadstsErrorBuilder(body);
      JsonBodyReader.readSpan(body, 0, builder);
      EmbeddedBody.afterBody(builder, null, 0, null, true);
      AadstsError eager = builder.build();
      AadstsError lazy = AadstsError.parse(body);
      assertEquals(eager, lazy, body);
      assertEquals(eager.toString(), lazy.toString(), body);
      assertEquals(eager.codes(), AadstsError.parse(body).codes(), body);
      assertEquals(eager.errorDescription(), AadstsError.parse(body).errorDescription(), body);
      assertArrayEquals(bytes(eager), bytes(AadstsError.parse(body)), body);
    }
    assertEquals(List.of(50126, 50076), AadstsError.fromMessage("failed: " + FULL_BODY).codes());
    // The escaped description is left, decoded when asked for; one with a \b escape is not.
    for (int k = 5; k <= 7; k++) {
      AadstsErrorBuilder builder = new AadstsErrorBuilder(BODIES[k]);
      builder.mayLeave = true;
      JsonBodyReader.readSpan(BODIES[k], 0, builder);
      assertEquals(k != 7, builder.errorDescription == null, BODIES[k]);
    }
    assertEquals(
        Optional.of("AADSTS50076: x.\r\nTrace ID: " + TRACE + "\r\n"),
        AadstsError.parse(BODIES[BODIES.length - 1]).errorDescription());
  }

  @Test
  void serializedWithItsFields() throws Exception {
    String text = "[invalid_grant] AADSTS50076: x.\r\nTrace ID: " + TRACE;
    AadstsError error = AadstsError.fromMessage(text);
    assertArrayEquals(bytes(eager(text)), bytes(error));
    AadstsError copy = (AadstsError) SubErrorTest.roundTrip(error);
    assertEquals(Optional.of(TRACE), copy.traceId());
    assertEquals(Optional.of("invalid_grant"), copy.error());
    assertEquals(error, copy);
  }

  @Test
  void serializedWithItsDescription() throws Exception {
    String text = "AADSTS50076: Due to a configuration change.\r\nTrace ID: " + TRACE;
    AadstsError error = AadstsError.fromMessage(text);
    AadstsError copy = (AadstsError) SubErrorTest.roundTrip(error);
    assertNotSame(error, copy);
    assertEquals(
        Optional.of("AADSTS50076: Due to a configuration change.\r\nTrace ID: " + TRACE),
        copy.errorDescription());
    assertEquals(error, copy);
    assertEquals(eager(text), copy);
    // The serial form is the one a value with its description copied at once always had.
    assertArrayEquals(bytes(eager(text)), bytes(AadstsError.fromMessage(text)));
  }

  private static byte[] bytes(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    return bytes.toByteArray();
  }

  @Test
  void cappedTextKeepsTheDescriptionOfWhatWasRead() {
    StringBuilder text = new StringBuilder("AADSTS50076: long.");
    while (text.length() <= AadstsError.MAX_INPUT_LENGTH) {
      text.append(" padding");
    }
    AadstsError error = AadstsError.fromMessage(text.toString());
    String description = error.errorDescription().orElse("");
    assertTrue(description.length() <= AadstsError.MAX_INPUT_LENGTH, "capped");
    assertEquals(eager(text.toString()), error);
  }
}
