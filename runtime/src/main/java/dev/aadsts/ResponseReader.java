package dev.aadsts;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Reads a token-endpoint response: its body (JSON, or text read as a message), then the HTTP status
 * and the response headers.
 */
final class ResponseReader {
  private ResponseReader() {}

  /**
   * The index of the brace that opens {@code text} as a JSON object, after blanks and a byte order
   * mark; -1 if the text is not an object.
   */
  static int objectStart(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        return i;
      }
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return -1;
      }
    }
    return -1;
  }

  static AadstsError read(
      String json, Integer httpStatus, Map<String, List<String>> headers, Clock clock) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder(json);
    String text = AadstsError.capped(json);
    builder.mayLeave = text == builder.rawBody; // built below, at once
    int object = objectStart(text);
    if (object < 0) {
      MessageReader.read(text, builder, true);
    } else if (JsonBodyReader.readSpan(text, object, builder) >= 0) {
      EmbeddedBody.afterBody(builder, null, 0, null, true);
    } else {
      // Cut short or malformed: the text scan recovers codes, IDs and a partial description.
      MessageReader.read(text, builder, false);
    }
    if (httpStatus != null && httpStatus >= 100 && httpStatus <= 599) {
      builder.httpStatus = httpStatus;
    }
    if (headers != null) {
      // The clock only for a Retry-After date: reading it costs as much as a small body.
      ResponseHeaders.read(headers, clock.instant(), builder);
    }
    return builder.build();
  }
}
