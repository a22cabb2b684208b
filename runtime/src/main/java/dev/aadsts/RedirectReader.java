package dev.aadsts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Reads an OAuth authorization response (RFC 6749 section 4.1.2.1, OpenID Connect response modes)
 * into an {@link AadstsErrorBuilder}: a full redirect URI, a query string with or without its
 * {@code ?}, a fragment ({@code #error=...}: implicit and hybrid flows), or a {@code form_post}
 * body ({@code application/x-www-form-urlencoded}).
 *
 * <p>Only the error parameters are decoded and kept: {@code state}, {@code code}, {@code id_token},
 * {@code access_token} and the others are not read at all, so nothing of them reaches the error,
 * its extra fields or its {@code toString()} (the raw text still holds them). Percent-decoding is
 * UTF-8, {@code +} is a space, hex digits in either case; a broken escape stays as written.
 */
final class RedirectReader {
  private static final int MAX_PARAMETERS = 1000;

  private RedirectReader() {}

  static AadstsError read(String input) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder(input);
    read(AadstsError.capped(input), builder);
    return builder.build();
  }

  static AadstsError read(Map<String, String[]> parameters) {
    AadstsErrorBuilder builder = new AadstsErrorBuilder("");
    if (parameters != null) {
      read(parameters, builder);
    }
    return builder.build();
  }

  static void read(String input, AadstsErrorBuilder builder) {
    String s = input.trim();
    int query = s.indexOf('?');
    int fragment = s.indexOf('#');
    if (query >= 0 && (fragment < 0 || query < fragment)) {
      parameters(s, query + 1, fragment < 0 ? s.length() : fragment, builder);
    }
    if (fragment >= 0) {
      parameters(s, fragment + 1, s.length(), builder);
    } else if (query < 0 && s.indexOf("://") < 0) {
      // A query string without "?" or a form_post body.
      parameters(s, 0, s.length(), builder);
    }
    finish(builder);
  }

  /** Reads a servlet's parameter map ({@code getParameterMap()}): the first value of each name. */
  static void read(Map<String, String[]> parameters, AadstsErrorBuilder builder) {
    int seen = 0;
    try {
      for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
        if (++seen > MAX_PARAMETERS) {
          break;
        }
        String[] values = parameter.getValue();
        if (parameter.getKey() != null && values != null && values.length > 0) {
          set(parameter.getKey(), values[0], builder);
        }
      }
    } catch (RuntimeException e) {
      // A map that fails while iterating keeps what was read before.
    }
    finish(builder);
  }

  private static void finish(AadstsErrorBuilder builder) {
    if (builder.errorDescription != null) {
      MessageReader.read(builder.errorDescription, builder, false);
    }
  }

  private static void parameters(String s, int from, int to, AadstsErrorBuilder builder) {
    int start = from;
    for (int count = 0; start < to && count < MAX_PARAMETERS; count++) {
      int end = s.indexOf('&', start);
      if (end < 0 || end > to) {
        end = to;
      }
      int equals = start;
      while (equals < end && s.charAt(equals) != '=') {
        equals++;
      }
      if (equals > start && equals < end) {
        String name = decode(s, start, equals);
        if (isErrorParameter(name)) {
          set(name, decode(s, equals + 1, end), builder);
        }
      }
      start = end + 1;
    }
  }

  private static boolean isErrorParameter(String name) {
    switch (name) {
      case "error":
      case "error_description":
      case "error_uri":
      case "error_codes":
      case "suberror":
      case "error_subcode":
      case "claims":
      case "trace_id":
      case "correlation_id":
      case "timestamp":
        return true;
      default:
        return false;
    }
  }

  /** Sets the field of an error parameter; the first value of a name wins. */
  private static void set(String name, String value, AadstsErrorBuilder builder) {
    if (value == null || value.trim().isEmpty()) {
      return;
    }
    switch (name) {
      case "error":
        builder.error = builder.error == null ? value.trim() : builder.error;
        break;
      case "error_description":
        builder.errorDescription = builder.hasDescription() ? builder.errorDescription : value;
        break;
      case "error_uri":
        builder.errorUri = builder.errorUri == null ? value : builder.errorUri;
        break;
      case "error_codes":
        CodeScanner.numbersIn(value, builder::addCode);
        break;
      case "suberror":
      case "error_subcode": // Entra's "cancel" on access_denied; no response carries both
        builder.subError = builder.subError == null ? SubError.of(value) : builder.subError;
        break;
      case "claims":
        if (builder.rawClaims == null) {
          builder.rawClaims = value;
          builder.claims = ChallengeReader.decodeClaims(value);
        }
        break;
      case "trace_id":
        builder.traceId = builder.hasTrace() ? builder.traceId : value;
        break;
      case "correlation_id":
        builder.correlationId = builder.hasCorrelation() ? builder.correlationId : value;
        break;
      case "timestamp":
        builder.timestamp = builder.hasTimestamp() ? builder.timestamp : value;
        break;
      default:
        break;
    }
  }

  /** {@code s[from, to)} percent-decoded as UTF-8, {@code +} as a space. */
  static String decode(String s, int from, int to) {
    int i = from;
    while (i < to && s.charAt(i) != '%' && s.charAt(i) != '+') {
      i++;
    }
    if (i == to) {
      return s.substring(from, to);
    }
    StringBuilder out = new StringBuilder(to - from).append(s, from, i);
    ByteArrayOutputStream bytes = null;
    while (i < to) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < to + 1 && Unescaping.hex(s, i + 1, 2) >= 0 && i + 3 <= to) {
        if (bytes == null) {
          bytes = new ByteArrayOutputStream();
        }
        bytes.reset();
        while (i + 3 <= to && s.charAt(i) == '%' && Unescaping.hex(s, i + 1, 2) >= 0) {
          bytes.write(Unescaping.hex(s, i + 1, 2));
          i += 3;
        }
        // Malformed UTF-8 becomes U+FFFD, as a browser shows it; it never throws.
        out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      } else {
        out.append(c == '+' ? ' ' : c);
        i++;
      }
    }
    return out.toString();
  }
}
