package dev.aadsts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;

/**
 * Reads the fields of a token-endpoint error body into an {@link AadstsError.Builder}.
 *
 * <p>Real bodies are not always strict JSON (raw line breaks inside strings, single quotes when a
 * Python client printed the body), so the parser accepts every lenient syntax Jackson offers. It
 * streams and stops at the first syntax error, keeping the fields read before it.
 */
final class JsonBodyReader {
  // Shared and thread-safe once configured. Field names are not canonicalized, so hostile
  // bodies cannot fill Jackson's shared symbol table.
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_MISSING_VALUES)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .enable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
          .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(64)
                  .maxDocumentLength(AadstsError.MAX_INPUT_LENGTH)
                  .build())
          .build();

  private JsonBodyReader() {}

  /**
   * The index of the brace that opens {@code text} as a JSON object, after blanks and a byte order
   * mark (which Jackson does not skip in character input); -1 if the text is not an object.
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

  /**
   * Reads the object at the start of {@code json} into {@code builder}, overwriting what the fields
   * set. Text after the object is ignored.
   *
   * @return {@code true} if the whole object was read, {@code false} if reading stopped at a syntax
   *     error, a truncation or a limit
   */
  static boolean read(String json, AadstsError.Builder builder) {
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      JsonToken token;
      while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        readField(name, parser, json, builder);
      }
      return token == JsonToken.END_OBJECT;
    } catch (IOException | RuntimeException e) {
      // Malformed, truncated or over a limit: what was read before stays in the builder.
      return false;
    }
  }

  private static void readField(
      String name, JsonParser parser, String json, AadstsError.Builder builder) throws IOException {
    if (name.equals("error_codes")) {
      readCodes(parser, builder);
      return;
    }
    String value = text(parser, json);
    // The fields of the wire format are strings; only claims may also be a JSON object. A
    // structure where a string belongs (an Azure Resource Manager style "error" object) is kept
    // with the other fields rather than taken for the value.
    if (!parser.currentToken().isScalarValue() && !name.equals("claims")) {
      putExtra(name, value, builder);
      return;
    }
    switch (name) {
      case "error":
        builder.error = value;
        break;
      case "error_description":
        builder.errorDescription = value;
        break;
      case "suberror":
        builder.subError = value == null || value.trim().isEmpty() ? null : SubError.of(value);
        break;
      case "timestamp":
        builder.timestamp = value;
        break;
      case "trace_id":
        builder.traceId = value;
        break;
      case "correlation_id":
        builder.correlationId = value;
        break;
      case "error_uri":
        builder.errorUri = value;
        break;
      case "claims":
        builder.claims = value;
        break;
      default:
        putExtra(name, value, builder);
        break;
    }
  }

  private static void putExtra(String name, String value, AadstsError.Builder builder) {
    if (value != null) {
      builder.putExtraField(name, value);
    }
  }

  /**
   * The current value as text: a string as decoded, another scalar as written, an object or array
   * as its JSON text exactly as it appears in {@code json}, and {@code null} for JSON null.
   */
  private static String text(JsonParser parser, String json) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      int start = (int) parser.currentTokenLocation().getCharOffset();
      parser.skipChildren();
      int end = (int) parser.currentLocation().getCharOffset();
      return 0 <= start && start <= end && end <= json.length() ? json.substring(start, end) : null;
    }
    return parser.getText();
  }

  /** Reads {@code error_codes}: an array of numbers or strings, or one string such as "[50011]". */
  private static void readCodes(JsonParser parser, AadstsError.Builder builder) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_ARRAY) {
      while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
        readCode(parser, token, builder);
      }
    } else {
      readCode(parser, token, builder);
    }
  }

  private static void readCode(JsonParser parser, JsonToken token, AadstsError.Builder builder)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      if (parser.getNumberType() == JsonParser.NumberType.INT && parser.getIntValue() >= 0) {
        builder.addCode(parser.getIntValue());
      }
    } else if (token == JsonToken.VALUE_STRING) {
      CodeScanner.numbersIn(parser.getText(), builder::addCode);
    } else {
      parser.skipChildren();
    }
  }
}
