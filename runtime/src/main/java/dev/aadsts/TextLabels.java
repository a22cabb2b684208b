package dev.aadsts;

import java.util.Arrays;

/**
 * The labels and values {@link MessageReader} recognizes in text, each found by looking a bounded
 * distance back from its {@code :}, {@code =} or number, and forward into its value.
 *
 * <p>Labels are compared in a normal form: ASCII lower case, without blanks and underscores, so
 * that {@code Trace ID}, {@code TraceId}, {@code trace_id} and a {@code Trace} and {@code ID} split
 * by a line break and indentation (text re-wrapped at a fixed width) are one label.
 */
final class TextLabels {
  static final int NONE = -1;
  static final int TRACE_ID = 0;
  static final int CORRELATION_ID = 1;
  static final int TIMESTAMP = 2;
  static final int ERROR = 3;
  static final int STATUS = 4;
  static final int SUB_ERROR = 5;
  static final int CLAIMS = 6;

  /** {@code HTTP}, {@code HTTP Error}, {@code RESPONSE}: a status label only before a number. */
  static final int STATUS_WORD = 7;

  /** {@code Request Id}: the sign-in page's name for the trace ID, read only when none is given. */
  static final int REQUEST_ID = 8;

  private static final String[] NAMES = {
    "traceid",
    "correlationid",
    "timestamp",
    // MSAL.NET: "ErrorCode: x" and "Error Code: x"; its templates: "V2Error: x"; azure-core's
    // Python errors: "Code: x"; fragments: "error: x", "error=x", "\"error\": \"x\"".
    "errorcode",
    "error",
    "v2error",
    "code",
    // "StatusCode: 400", "status code: 400", "Http status code: BadRequest", "Status: 401".
    "statuscode",
    "httpstatuscode",
    "httpstatus",
    "status",
    "suberror",
    "claims",
    "http",
    "httperror",
    "response",
    "requestid",
  };
  private static final int[] KINDS = {
    TRACE_ID,
    CORRELATION_ID,
    TIMESTAMP,
    ERROR,
    ERROR,
    ERROR,
    ERROR,
    STATUS,
    STATUS,
    STATUS,
    STATUS,
    SUB_ERROR,
    CLAIMS,
    STATUS_WORD,
    STATUS_WORD,
    STATUS_WORD,
    REQUEST_ID,
  };
  // The trie of the names written backwards: TRIE[node * SYMBOLS + symbol] is the node after
  // one more character (ROOT: none), TRIE_KINDS[node] the kind of the name that ends there.
  private static final int SYMBOLS = 36;
  private static final int ROOT = 0;
  private static final char[] TRIE;
  private static final int[] TRIE_KINDS;
  // alphanumericIndex of each ASCII character, looked up in one load.
  private static final byte[] SYMBOL = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      SYMBOL[c] = (byte) alphanumericIndex(c);
    }
    int size = 1;
    for (String name : NAMES) {
      size += name.length();
    }
    char[] trie = new char[size * SYMBOLS];
    int[] kinds = new int[size];
    Arrays.fill(kinds, NONE);
    int nodes = 1;
    for (int n = 0; n < NAMES.length; n++) {
      int node = ROOT;
      for (int i = NAMES[n].length() - 1; i >= 0; i--) {
        int slot = node * SYMBOLS + alphanumericIndex(NAMES[n].charAt(i));
        if (trie[slot] == ROOT) {
          trie[slot] = (char) nodes++;
        }
        node = trie[slot];
      }
      kinds[node] = KINDS[n];
    }
    TRIE = trie;
    TRIE_KINDS = kinds;
  }

  private static final int MAX_LOOK_BACK = 48;

  // Reason phrases and .NET HttpStatusCode names of the statuses Entra ID answers with.
  private static final int[] STATUSES = {400, 401, 403, 404, 408, 409, 429, 500, 502, 503, 504};
  private static final String[] PHRASES = {
    "Bad Request",
    "Unauthorized",
    "Forbidden",
    "Not Found",
    "Request Timeout",
    "Conflict",
    "Too Many Requests",
    "Internal Server Error",
    "Bad Gateway",
    "Service Unavailable",
    "Gateway Timeout",
  };
  private static final String[] DOTNET_NAMES = {
    "BadRequest",
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "RequestTimeout",
    "Conflict",
    "TooManyRequests",
    "InternalServerError",
    "BadGateway",
    "ServiceUnavailable",
    "GatewayTimeout",
  };

  private TextLabels() {}

  /**
   * The kind of the label that ends just before {@code end} (after quotes, backslashes and HTML
   * quote references are skipped), the longest one that starts a word; {@link #NONE} if none.
   *
   * <p>Walks back through the trie of the reversed names, so that it stops at the first character
   * no name has there: most colons (times, URLs, JSON names, line numbers) cost a lookup or two.
   */
  static int labelBefore(String text, int end) {
    int k = skipQuotesBack(text, end);
    int node = ROOT;
    int best = NONE;
    int stop = Math.max(0, k - MAX_LOOK_BACK);
    while (k > stop) {
      char c = text.charAt(k - 1);
      int symbol = c < 128 ? SYMBOL[c] : -1;
      if (symbol >= 0) {
        node = TRIE[node * SYMBOLS + symbol];
        if (node == ROOT) {
          break; // no name goes on with this character
        }
        k--;
        // Only where a name ends: is this the start of a word?
        if (TRIE_KINDS[node] != NONE && startsWord(text, k, c)) {
          best = TRIE_KINDS[node];
        }
      } else if (c == '_' && node != ROOT) {
        k--;
      } else if ((c == ' ' || c == '\t' || c == '\n' || c == '\r') && node != ROOT) {
        int b = k - 1;
        while (b > stop && isBlank(text.charAt(b - 1))) {
          b--;
        }
        if (b == 0 || !isAsciiLetterOrDigit(text.charAt(b - 1))) {
          break;
        }
        k = b;
      } else {
        break;
      }
    }
    return best;
  }

  /** Whether {@code c}, at {@code k}, starts a word: after no letter or digit, or camel case. */
  private static boolean startsWord(String text, int k, char c) {
    char before = k > 0 ? text.charAt(k - 1) : ' ';
    return !isAsciiLetterOrDigit(before)
        || (before >= 'a' && before <= 'z' && c >= 'A' && c <= 'Z');
  }

  /** 0 to 35 for an ASCII digit or letter (either case), -1 for any other character. */
  private static int alphanumericIndex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    char lower = (char) (c | 0x20);
    return lower >= 'a' && lower <= 'z' ? lower - 'a' + 10 : -1;
  }

  private static int skipQuotesBack(String text, int end) {
    int k = end;
    for (int steps = 0; k > 0 && steps < 16; steps++) {
      char c = text.charAt(k - 1);
      if (c == '"' || c == '\'' || c == '\\' || c == ' ' || c == '\t') {
        k--;
      } else if (c == ';' && (endsWith(text, k, "&quot;") || endsWith(text, k, "&apos;"))) {
        k -= 6;
      } else if (c == ';' && (endsWith(text, k, "&#34;") || endsWith(text, k, "&#39;"))) {
        k -= 5;
      } else {
        break;
      }
    }
    return k;
  }

  private static boolean endsWith(String text, int end, String suffix) {
    return end >= suffix.length() && text.startsWith(suffix, end - suffix.length());
  }

  /**
   * Where the value after a label's separator starts: after blanks (line breaks and indentation
   * too), quotes, backslashes and HTML quote references.
   */
  static int valueStart(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + 64);
    while (i < limit) {
      char c = text.charAt(i);
      if (isBlank(c) || c == '"' || c == '\'' || c == '\\' || c == '>') {
        i++;
      } else if (c == '&' && (text.startsWith("&quot;", i) || text.startsWith("&apos;", i))) {
        i += 6;
      } else if (c == '&' && (text.startsWith("&#34;", i) || text.startsWith("&#39;", i))) {
        i += 5;
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Whether a GUID ({@code 8-4-4-4-12} hexadecimal digits) that stands alone starts at {@code i}.
   */
  static boolean isGuidAt(String text, int i) {
    int end = i + 36;
    if (end > text.length() || (end < text.length() && isHex(text.charAt(end)))) {
      return false;
    }
    // The dashes first: most values that are not GUIDs fail there.
    return text.charAt(i + 8) == '-'
        && text.charAt(i + 13) == '-'
        && text.charAt(i + 18) == '-'
        && text.charAt(i + 23) == '-'
        && hexRun(text, i, i + 8)
        && hexRun(text, i + 9, i + 13)
        && hexRun(text, i + 14, i + 18)
        && hexRun(text, i + 19, i + 23)
        && hexRun(text, i + 24, end);
  }

  private static boolean hexRun(String text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (!isHex(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean isGuid(String value) {
    return value != null && value.length() == 36 && isGuidAt(value, 0);
  }

  /**
   * The end of a timestamp value at {@code start}: a token up to a blank, a quote, a backslash or
   * punctuation, with a date and time split by one space taken as one value, without a final
   * period. {@code start} if there is no digit there.
   */
  static int timestampEnd(String text, int start) {
    if (start >= text.length() || !CodeScanner.isDigit(text.charAt(start))) {
      return start;
    }
    int end = tokenEnd(text, start);
    if (!contains(text, ':', start, end)
        && end + 1 < text.length()
        && text.charAt(end) == ' '
        && CodeScanner.isDigit(text.charAt(end + 1))) {
      end = tokenEnd(text, end + 1);
    }
    while (end > start && text.charAt(end - 1) == '.') {
      end--;
    }
    return end;
  }

  private static boolean contains(String text, char c, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  private static int tokenEnd(String text, int start) {
    int limit = Math.min(text.length(), start + 64);
    int end = start;
    while (end < limit && !endsToken(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean endsToken(char c) {
    switch (c) {
      case '"':
      case '\'':
      case ',':
      case ';':
      case '}':
      case ']':
      case ')':
      case '(':
      case '\\':
      case '&':
        return true;
      default:
        return c <= ' ' ? Character.isWhitespace(c) : c > 127 && Character.isWhitespace(c);
    }
  }

  /**
   * The end of an OAuth error at {@code start} ({@code invalid_grant}: lower-case ASCII letters and
   * underscores, with at least one underscore), or {@code start} if there is none there.
   */
  static int oauthErrorEnd(String text, int start) {
    int limit = Math.min(text.length(), start + 64);
    int end = start;
    boolean underscore = false;
    while (end < limit) {
      char c = text.charAt(end);
      if (c == '_') {
        underscore = true;
      } else if (c < 'a' || c > 'z') {
        break;
      }
      end++;
    }
    if (!underscore || (end < text.length() && isAsciiLetterOrDigit(text.charAt(end)))) {
      return start;
    }
    return end;
  }

  /** The HTTP status written at {@code start}: three digits or a .NET reason name; 0 if none. */
  static int statusAt(String text, int start) {
    if (CodeScanner.digitRun(text, start) == 3) {
      int status = CodeScanner.value(text, start, start + 3);
      return status >= 100 && status <= 599 ? status : 0;
    }
    for (int n = 0; n < DOTNET_NAMES.length; n++) {
      String name = DOTNET_NAMES[n];
      if (text.regionMatches(true, start, name, 0, name.length())
          && (start + name.length() == text.length()
              || !isAsciiLetterOrDigit(text.charAt(start + name.length())))) {
        return STATUSES[n];
      }
    }
    return 0;
  }

  /** Whether {@code status}'s reason phrase ({@code Unauthorized}) starts at {@code at}. */
  static boolean reasonPhraseAt(String text, int at, int status) {
    for (int n = 0; n < STATUSES.length; n++) {
      if (STATUSES[n] == status) {
        return text.regionMatches(true, at, PHRASES[n], 0, PHRASES[n].length());
      }
    }
    return false;
  }

  /**
   * The JSON object at {@code start}, up to its balanced closing brace; null if it does not end.
   */
  static String objectAt(String text, int start) {
    int depth = 0;
    char quote = 0;
    int limit = Math.min(text.length(), start + 8192);
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(start, i + 1);
      }
    }
    return null;
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static boolean isHex(char c) {
    char lower = (char) (c | 0x20);
    return (c >= '0' && c <= '9') || (lower >= 'a' && lower <= 'f');
  }
}
