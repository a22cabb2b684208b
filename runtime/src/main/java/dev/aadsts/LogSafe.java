package dev.aadsts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Makes text from a response safe to put into a log line: control characters and the Unicode
 * controls that reorder or hide text are escaped, and every value is cut to a length.
 *
 * <p>A log line is read by terminals and log viewers: a CR or LF forges a second entry, ESC and the
 * C1 controls (CSI, OSC) drive the terminal, and the bidirectional overrides (U+202A to U+202E,
 * U+2066 to U+2069) show text in another order than it is stored. Each is written as {@code \r},
 * {@code \n}, {@code \t} or {@code \}{@code uXXXX}; a backslash is doubled so that the escapes stay
 * unambiguous.
 */
final class LogSafe {
  /** The length an OAuth error, sub-error, ID or timestamp is cut to. */
  static final int SHORT = 128;

  /** The length a description line is cut to. */
  static final int LONG = 512;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  // How many codes and field names a summary shows.
  private static final int MAX_SHOWN = 16;

  private LogSafe() {}

  /** {@link AadstsError#toString()}. */
  static String summary(AadstsError e) {
    List<Integer> codes = e.codes();
    StringBuilder s = new StringBuilder("AadstsError{codes=");
    s.append(codes.size() <= MAX_SHOWN ? codes : codes.subList(0, MAX_SHOWN));
    if (codes.size() > MAX_SHOWN) {
      s.append("(+").append(codes.size() - MAX_SHOWN).append(" more)");
    }
    append(s, "error", e.error().orElse(null));
    append(s, "subError", e.subError().map(SubError::value).orElse(null));
    append(s, "httpStatus", e.httpStatus().isPresent() ? "" + e.httpStatus().getAsInt() : null);
    append(s, "retryAfter", e.retryAfter().map(Duration::toString).orElse(null));
    append(s, "traceId", e.traceId().orElse(null));
    append(s, "correlationId", e.correlationId().orElse(null));
    append(s, "timestamp", e.timestamp().orElse(null));
    Map<String, String> extraFields = e.extraFields();
    if (!extraFields.isEmpty()) {
      s.append(", extraFields=[");
      int shown = 0;
      for (String name : extraFields.keySet()) {
        if (shown == MAX_SHOWN) {
          s.append(", (+").append(extraFields.size() - MAX_SHOWN).append(" more)");
          break;
        }
        s.append(shown++ == 0 ? "" : ", ").append(text(name, SHORT));
      }
      s.append(']');
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, String value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(text(value, SHORT));
    }
  }

  /**
   * {@code text} with unsafe characters escaped, cut to {@code max} characters of the input (an
   * ASCII marker tells how many were left out); null for null.
   */
  static String text(String text, int max) {
    if (text == null) {
      return null;
    }
    int limit = Math.min(text.length(), max);
    if (text.length() <= max && isClean(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(limit + 24);
    append(out, text, limit);
    if (text.length() > limit) {
      out.append("...(").append(text.length() - limit).append(" more chars)");
    }
    return out.toString();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' || isUnsafe(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  private static void append(StringBuilder out, String text, int limit) {
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < limit
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (c == '\\') {
        out.append("\\\\");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (isUnsafe(c) || Character.isSurrogate(c)) {
        // A lone surrogate is escaped too: cut in half it would make the line invalid UTF-16.
        out.append("\\u")
            .append(HEX[c >> 12 & 0xF])
            .append(HEX[c >> 8 & 0xF])
            .append(HEX[c >> 4 & 0xF])
            .append(HEX[c & 0xF]);
      } else {
        out.append(c);
      }
    }
  }

  /**
   * C0 and C1 controls and DEL; the bidirectional marks, embeddings, overrides and isolates; the
   * line and paragraph separators, which some viewers break lines at.
   */
  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x2028 && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
