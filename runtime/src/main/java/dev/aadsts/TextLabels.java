package dev.aadsts;

import java.util.Arrays;

/**
 * The labels and values {@link MessageReader} recognizes in text, each found by looking a bounded
 * distance back from its {@code :}, {@code =} or number, and forward into its value.
 *
 * <p>Labels are compared in a normal form: ASCII lower case, without blanks and underscores, so
 * that {@code Trace ID}, {@code TraceId}, {@code trace_id} and a {@code Trace} and {@code ID} split
 * by a line break and indentation (text re-wrapped at a fixed width, with or without a console's
 * gutter) are one label.
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

  /** {@code error_uri}, {@code Error URI}: Entra's lookup page for the error. */
  static final int ERROR_URI = 9;

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
    // "StatusCode: 400", "status code: 400", "Http status code: BadRequest", "Status: 401";
    // Java's HttpURLConnection: "Server returned HTTP response code: 401 for URL: ...".
    "statuscode",
    "responsecode",
    "httpstatuscode",
    "httpstatus",
    "status",
    "suberror",
    "claims",
    "http",
    "httperror",
    "response",
    "requestid",
    "erroruri",
    // MSAL for iOS and macOS: its NSError's user info, as the error's description prints it.
    "msalhttpresponsecodekey",
    "msaloautherrorkey",
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
    STATUS,
    SUB_ERROR,
    CLAIMS,
    STATUS_WORD,
    STATUS_WORD,
    STATUS_WORD,
    REQUEST_ID,
    ERROR_URI,
    STATUS,
    ERROR,
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
    // The labels of every Entra description, as it writes them, compared at once: the trie's walk
    // is a chain of dependent loads per character. No other name ends with one of them, so the
    // trie would find the same.
    if (k > 0) {
      char last = text.charAt(k - 1);
      if (last == 'D' && spelledBefore(text, k, "Trace ID")) {
        return TRACE_ID;
      }
      if (last == 'D' && spelledBefore(text, k, "Correlation ID")) {
        return CORRELATION_ID;
      }
      if (last == 'p' && spelledBefore(text, k, "Timestamp")) {
        return TIMESTAMP;
      }
    }
    return trieFrom(text, k);
  }

  /** Whether {@code name} ends at {@code end} and starts a word. */
  private static boolean spelledBefore(String text, int end, String name) {
    int start = end - name.length();
    return start >= 0 && text.startsWith(name, start) && startsWord(text, start, name.charAt(0));
  }

  /** {@link #labelBefore}'s answer from the trie alone (its tests compare the two). */
  static int byTrie(String text, int end) {
    return trieFrom(text, skipQuotesBack(text, end));
  }

  private static int trieFrom(String text, int from) {
    int k = from;
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
        int b = blanksBack(text, k - 1, stop);
        if (b > stop && isGutter(text.charAt(b - 1))) {
          // A console's wrapped line: "Trace\n     | ID:" (PowerShell 7), "Trace\n│ ID:".
          int g = blanksBack(text, b - 1, stop);
          b = TextValues.contains(text, '\n', g, b - 1) ? g : b;
        }
        if (b == 0 || !TextValues.isAsciiLetterOrDigit(text.charAt(b - 1))) {
          break;
        }
        k = b;
      } else {
        break;
      }
    }
    return best;
  }

  /** Where the blanks that end at {@code end} start, at {@code stop} at the earliest. */
  private static int blanksBack(String text, int end, int stop) {
    int b = end;
    while (b > stop && TextValues.isBlank(text.charAt(b - 1))) {
      b--;
    }
    return b;
  }

  /** Whether {@code c}, at {@code k}, starts a word: after no letter or digit, or camel case. */
  private static boolean startsWord(String text, int k, char c) {
    char before = k > 0 ? text.charAt(k - 1) : ' ';
    return !TextValues.isAsciiLetterOrDigit(before)
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
   * too), quotes, backslashes, HTML quote references, Python 2's {@code u} string prefix and, after
   * a line break, a console's gutter ({@link #isGutter}) that a wrapped line starts with.
   */
  static int valueStart(String text, int from) {
    int i = from;
    int limit = Math.min(text.length(), from + 64);
    boolean lineBreak = false;
    while (i < limit) {
      char c = text.charAt(i);
      if (TextValues.isBlank(c) || c == '"' || c == '\'' || c == '\\' || c == '>') {
        lineBreak |= c == '\n';
        i++;
      } else if (lineBreak && isGutter(c)) {
        lineBreak = false;
        i++;
      } else if (c == '&' && (text.startsWith("&quot;", i) || text.startsWith("&apos;", i))) {
        i += 6;
      } else if (c == '&' && (text.startsWith("&#34;", i) || text.startsWith("&#39;", i))) {
        i += 5;
      } else if (c == 'u' && JsonStrings.afterStringPrefix(text, i) > i) {
        i++; // a Python 2 unicode string: u'invalid_grant'
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Whether {@code c} is the gutter a console writes before the lines it wraps: PowerShell 7's
   * error view (a {@code |} after the indentation) and Terraform's diagnostics ({@code "│ "},
   * U+2502).
   */
  static boolean isGutter(char c) {
    return c == '|' || c == '\u2502';
  }
}
