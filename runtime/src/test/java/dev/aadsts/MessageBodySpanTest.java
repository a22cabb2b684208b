package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link AadstsError#fromMessage} on a message holding a response body: what the JSON reader read
 * is the body's word on its fields, and the text walk reads only the body's description (as {@link
 * AadstsError#parse(String)} does) and the text outside the body, wherever the body ends in the
 * encoded text.
 */
class MessageBodySpanTest {
  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String CORRELATION = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
  private static final String BODY =
      "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: The refresh token has"
          + " expired.\\r\\nTrace ID: "
          + TRACE
          + "\"}";

  private static void assertAround(AadstsError error) {
    assertEquals(Optional.of("invalid_grant"), error.error());
    // The body's code, then the one right after the body's end.
    assertEquals(List.of(70008, 50011), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId()); // from the body's description
    assertEquals(Optional.of(CORRELATION), error.correlationId()); // from the text after it
  }

  private static String after() {
    return " AADSTS50011 Correlation ID: " + CORRELATION;
  }

  @Test
  void plainBodyThenText() {
    assertAround(AadstsError.fromMessage("Token request failed: " + BODY + after()));
  }

  @Test
  void escapedBodyThenText() {
    String escaped = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    assertAround(AadstsError.fromMessage("{\"msg\":\"failed: " + escaped + after() + "\"}"));
  }

  @Test
  void escapedBodyThenPlainText() {
    // The text after the body has no escape: its end is found from the text's tail.
    String escaped = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    assertAround(AadstsError.fromMessage("failed: " + escaped + after()));
  }

  @Test
  void entityBodyThenTextWithEntities() {
    // An entity after the body: its end is counted from the start instead.
    String entities = BODY.replace("\"", "&quot;");
    assertAround(AadstsError.fromMessage(entities + after() + " &amp; more"));
  }

  @Test
  void twiceEscapedBodyThenText() {
    String once = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    String twice = once.replace("\\", "\\\\").replace("\"", "\\\"");
    assertAround(AadstsError.fromMessage("log: " + twice + after()));
  }

  @Test
  void entityBodyThenText() {
    String entities = BODY.replace("\"", "&quot;").replace("\\r\\n", "&#92;r&#92;n");
    assertAround(AadstsError.fromMessage("<pre>" + entities + after() + "</pre>"));
  }

  @Test
  void bodyFieldsOtherThanItsDescriptionAreNotReadAsText() {
    // Before, the walk read the body's raw text too, and took "status: 503" for an HTTP status.
    AadstsError error =
        AadstsError.fromMessage(
            "failed: {\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS50196:"
                + " loop detected\",\"detail\":\"status: 503\"} (status code 400)");
    assertEquals(Optional.of("temporarily_unavailable"), error.error());
    assertEquals(List.of(50196), error.codes());
    assertEquals(OptionalInt.of(400), error.httpStatus()); // the text after the body
  }

  @Test
  void bodyCutInItsDescriptionIsReadAsTextFromThere() {
    AadstsError error =
        AadstsError.fromMessage(
            "failed: {\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired."
                + " Trace ID: "
                + TRACE
                + " Correlation ID: "
                + CORRELATION);
    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(70008), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of(CORRELATION), error.correlationId());
  }

  @Test
  void bodyCutAfterItsDescriptionReadsTheDescription() {
    AadstsError error =
        AadstsError.fromMessage(
            "failed: {\"error\":\"invalid_grant\",\"error_description\":\"AADSTS70008: expired."
                + " Trace ID: "
                + TRACE
                + "\",\"error_codes\":[70008],\"correlation_id\":\""
                + CORRELATION.substring(0, 10));
    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(Optional.of("AADSTS70008: expired. Trace ID: " + TRACE), error.errorDescription());
    assertEquals(List.of(70008), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId());
  }

  @Test
  void bodyCodesOnlyInAnExtraFieldAreFound() {
    AadstsError error =
        AadstsError.fromMessage(
            "failed: {\"error\":\"invalid_client\",\"message\":\"AADSTS7000215: Invalid client"
                + " secret provided.\"}");
    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000215), error.codes());
  }

  @Test
  void encodedEndMappedBackAsByCountingFromTheStart() {
    long seed = new Random().nextLong();
    System.out.println("encodedEndMappedBackAsByCountingFromTheStart seed " + seed);
    Random random = new Random(seed);
    String[] pieces = {"a", " ", "}", "&", ";", "quot", "#34", "&quot;", "\\", "\"", "u", "0022"};
    String entityBody = BODY.replace("\"", "&quot;");
    String escapedBody = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    // The closing brace itself encoded: an escape that ends where the body does.
    String entityBrace = entityBody.substring(0, entityBody.length() - 1) + "&#125;";
    String escapedBrace = escapedBody.substring(0, escapedBody.length() - 1) + "\\u007d";
    for (int n = 0; n < 2000; n++) {
      StringBuilder tail = new StringBuilder();
      for (int k = random.nextInt(8); k > 0; k--) {
        tail.append(pieces[random.nextInt(pieces.length)]);
      }
      for (String encoded : new String[] {entityBody, escapedBody, entityBrace, escapedBrace}) {
        String text = "x " + encoded + tail;
        String body = EmbeddedBody.at(text, 2);
        int end = JsonBodyReader.readSpan(body, 0, new AadstsErrorBuilder(body));
        int counted =
            encoded == entityBody || encoded == entityBrace
                ? Unescaping.entitySource(text, 2, end)
                : Unescaping.backslashSource(text, 2, end);
        assertEquals(counted, EmbeddedBody.sourceIndex(text, 2, end), text);
        assertEquals(2 + encoded.length(), counted, text);
      }
    }
  }
}
