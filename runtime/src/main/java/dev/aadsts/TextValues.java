package dev.aadsts;

/**
 * The values {@link MessageReader} reads after a label ({@link TextLabels}): GUIDs, timestamps,
 * OAuth error codes, HTTP statuses (numbers, reason phrases, .NET names) and JSON objects, each
 * read forward from where it starts, and the character classes they share.
 */
final class TextValues {
  private static final int MAX_URI = 2048;
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

  private TextValues() {}

  /**
   * Whether a GUID ({@code 8-4-4-4-12} hexadecimal digits) that stands alone starts at {@code i}.
   * The dashes are checked first (most values that are not GUIDs fail there); then the table's ones
   * (every character but a hexadecimal digit; 1 for any character past Latin-1) are summed over all
   * 36 characters, with no branch on each result: a GUID sums to exactly 4, its dashes.
   */
  static boolean isGuidAt(String text, int i) {
    int end = i + 36;
    if (end > text.length()
        || (end < text.length() && isHex(text.charAt(end)))
        || text.charAt(i + 8) != '-'
        || text.charAt(i + 13) != '-'
        || text.charAt(i + 18) != '-'
        || text.charAt(i + 23) != '-') {
      return false;
    }
    int notHex = 0;
    for (int k = i; k < end; k++) {
      char c = text.charAt(k);
      notHex += c < NOT_HEX.length ? NOT_HEX[c] : 1;
    }
    return notHex == 4;
  }

  // 1 for each Latin-1 character that is not a hexadecimal digit, 0 for the digits.
  private static final byte[] NOT_HEX = new byte[256];

  static {
    for (char c = 0; c < NOT_HEX.length; c++) {
      NOT_HEX[c] = (byte) (isHex(c) ? 0 : 1);
    }
  }

  static boolean isGuid(String value) {
    return value != null && value.length() == 36 && isGuidAt(value, 0);
  }

  /**
   * The end of a timestamp value at {@code start}: a token up to a blank, a quote, a backslash or
   * punctuation, with a date and time split by one space taken as one value, without a final period
   * or colon. {@code start} if there is no digit there.
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
    // ADAL.NET appends its inner exception: "Timestamp: 2019-11-15 09:21:57Z: The remote ...".
    while (end > start && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == ':')) {
      end--;
    }
    return end;
  }

  /**
   * The timestamp a label whose value starts at {@code start} gives, where {@code current} was read
   * before (null if none): the first one, unless a later one is in Entra's own form ({@code
   * 2024-05-01 10:00:00Z}, as its descriptions and bodies write it) and the first is not (a log
   * record's {@code "@timestamp":"2024-05-01T10:00:00.123Z"} before the description).
   */
  static String timestampAt(String text, int start, String current) {
    if (current != null && isEntraTime(current, 0, current.length())) {
      return current;
    }
    int end = timestampEnd(text, start);
    int time = contains(text, ':', start, end) ? -1 : wrappedTimeStart(text, end);
    String value;
    if (time < 0) {
      value = end > start ? text.substring(start, end) : null;
    } else {
      value = text.substring(start, end) + ' ' + text.substring(time, timestampEnd(text, time));
    }
    if (value == null || (current != null && !isEntraTime(value, 0, value.length()))) {
      return current;
    }
    return value;
  }

  /**
   * The timestamp a label whose value starts at {@code start} gives, as {@link #timestampAt} reads
   * it, when it is one run of the text: its span ({@link TextSpans#span}); 0 if there is none, -1
   * if a console wrapped it, so that it joins two runs ({@link #timestampAt} copies it then).
   */
  static long timestampSpan(String text, int start) {
    int entra = start + ENTRA_TIME.length();
    if (entra <= text.length()
        && isEntraTime(text, start, entra)
        && (entra == text.length() || endsToken(text.charAt(entra)))) {
      return TextSpans.span(start, entra); // what the search finds, found at once
    }
    return searchedTimestampSpan(text, start);
  }

  /** {@link #timestampSpan}'s answer from the search alone (its tests compare the two). */
  static long searchedTimestampSpan(String text, int start) {
    int end = timestampEnd(text, start);
    if (!contains(text, ':', start, end) && wrappedTimeStart(text, end) >= 0) {
      return -1;
    }
    return end > start ? TextSpans.span(start, end) : 0;
  }

  /**
   * Where the time of a date that ends at {@code end} starts when a console wrapped the line
   * between them: after blanks with a line break among them and the gutter the console writes there
   * ({@link TextLabels#isGutter}), two digits and a colon; -1 if not.
   */
  private static int wrappedTimeStart(String text, int end) {
    int limit = Math.min(text.length(), end + 16);
    boolean lineBreak = false;
    int i = end;
    while (i < limit
        && (isBlank(text.charAt(i)) || (lineBreak && TextLabels.isGutter(text.charAt(i))))) {
      lineBreak |= text.charAt(i) == '\n';
      i++;
    }
    return lineBreak
            && i + 2 < text.length()
            && CodeScanner.digitRun(text, i) == 2
            && text.charAt(i + 2) == ':'
        ? i
        : -1;
  }

  /**
   * Whether {@code text[start, end)} is a time as Entra writes it: {@code yyyy-MM-dd HH:mm:ssZ}.
   */
  static boolean isEntraTime(String text, int start, int end) {
    if (end - start != ENTRA_TIME.length()) {
      return false;
    }
    for (int i = 0; i < ENTRA_TIME.length(); i++) {
      char form = ENTRA_TIME.charAt(i);
      char c = text.charAt(start + i);
      if (form == '0' ? !CodeScanner.isDigit(c) : c != form) {
        return false;
      }
    }
    return true;
  }

  /** Entra's form of a time: {@code 0} stands for any digit. */
  private static final String ENTRA_TIME = "0000-00-00 00:00:00Z";

  /** Whether {@code c} is in {@code text[start, end)}. */
  static boolean contains(String text, char c, int start, int end) {
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
      case '<': // "2019-11-15 09:21:57Z<br>": an HTML page's or a table's line break
        return true;
      default:
        return c <= ' ' ? Character.isWhitespace(c) : c > 127 && Character.isWhitespace(c);
    }
  }

  /**
   * {@code uri} if it is an {@code http://} or {@code https://} URI (the scheme in any case), else
   * null: an {@code error_uri} from a body, a challenge or a redirect is shown and linked to, so a
   * {@code javascript:} or {@code data:} value from a hostile response is dropped (the raw text
   * keeps it).
   */
  static String httpUri(String uri) {
    return uri != null
            && (uri.regionMatches(true, 0, "https://", 0, 8)
                || uri.regionMatches(true, 0, "http://", 0, 7))
        ? uri
        : null;
  }

  /**
   * The URI an {@code error_uri} label whose separator is at {@code separator} and whose value
   * starts at {@code start} gives, where {@code current} was read before (null if none): {@code
   * current} if there is one, else an {@code http://} or {@code https://} URI up to a blank, a
   * quote, a bracket, a comma or a semicolon, and after {@code =} (a query's parameter, a logfmt
   * field) an {@code &}; without a final period; JSON's escaped slashes ({@code https:\/\/})
   * unescaped. Null if no URI starts there.
   */
  static String uriAt(String text, int separator, int start, String current) {
    if (current != null) {
      return current;
    }
    int scheme =
        text.startsWith("https:", start)
            ? start + 6
            : text.startsWith("http:", start) ? start + 5 : -1;
    boolean escaped = scheme > 0 && text.startsWith("\\/\\/", scheme);
    if (scheme < 0 || !(escaped || text.startsWith("//", scheme))) {
      return null;
    }
    int limit = Math.min(text.length(), start + MAX_URI);
    boolean query = text.charAt(separator) == '=';
    int end = scheme;
    while (end < limit) {
      if (escaped && text.startsWith("\\/", end)) {
        end += 2;
      } else if (endsUri(text, end) || (query && text.charAt(end) == '&')) {
        break;
      } else {
        end++;
      }
    }
    end = Math.min(end, limit);
    while (end > scheme && text.charAt(end - 1) == '.') {
      end--;
    }
    if (end <= scheme + (escaped ? 4 : 2)) {
      return null; // "https://" and nothing more
    }
    String uri = text.substring(start, end);
    return escaped ? uri.replace("\\/", "/") : uri;
  }

  private static boolean endsUri(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '"':
      case '\'':
      case '\\':
      case '`':
      case '<':
      case '>':
      case ',':
      case ';':
      case '}':
      case ']':
      case ')':
        return true;
      case '&': // an HTML quote reference, not a query's separator
        return text.startsWith("&quot;", i)
            || text.startsWith("&#34;", i)
            || text.startsWith("&apos;", i)
            || text.startsWith("&#39;", i);
      default:
        return c <= ' ' || (c > 127 && Character.isWhitespace(c));
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
