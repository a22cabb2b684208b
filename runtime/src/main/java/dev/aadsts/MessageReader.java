package dev.aadsts;

/**
 * Reads exception messages and log lines, as the Microsoft client libraries print them, into an
 * {@link AadstsError.Builder}.
 *
 * <p>A hand-written scanner: every search moves forward through the text or looks back a bounded
 * number of characters, so the cost is linear in the text's length. A response body inside the text
 * is read first, if asked; after that the reader only fills fields the builder does not have yet,
 * except for codes, which it appends.
 */
final class MessageReader {
  private static final String[] TRACE_ID_LABELS = {"Trace ID:", "TraceId:"};
  private static final String[] CORRELATION_ID_LABELS = {"Correlation ID:", "CorrelationId:"};
  private static final String[] TIMESTAMP_LABELS = {"Timestamp:"};
  // MSAL.NET's exception text has "ErrorCode: invalid_grant" and "StatusCode: 400" lines; MSAL4J
  // writes "status code: 400" when it cannot read the body.
  private static final String[] ERROR_LABELS = {"ErrorCode:"};
  private static final String[] STATUS_LABELS = {"StatusCode:", "status code:"};

  // The "7000215 - [2024-01-01 10:00:00Z]: " prefix of some MSAL.NET messages.
  private static final String PREFIX_MARKER = " - [";
  private static final int MAX_PREFIX_BRACKET = 64;
  private static final int MIN_PREFIX_DIGITS = 4;

  private static final int MAX_VALUE_LENGTH = 128;
  private static final int MAX_OAUTH_ERROR_LENGTH = 64;

  private MessageReader() {}

  /**
   * Reads {@code text} into {@code builder}.
   *
   * @param embeddedJson whether to look for a response body inside the text ({@code {"error...})
   *     and read it first
   */
  static void read(String text, AadstsError.Builder builder, boolean embeddedJson) {
    if (embeddedJson) {
      int json = embeddedJsonStart(text);
      if (json >= 0) {
        JsonBodyReader.read(text.substring(json), builder);
      }
    }
    int firstCode = CodeScanner.next(text, 0);
    int prefix = nextPrefix(text, 0);
    int descriptionStart = firstCode;
    if (prefix >= 0 && (firstCode < 0 || prefix < firstCode)) {
      int bracketEnd = prefixClose(text, prefix);
      descriptionStart = skipBlanks(text, bracketEnd + 2);
      if (builder.timestamp == null) {
        builder.timestamp = text.substring(prefix + PREFIX_MARKER.length(), bracketEnd).trim();
      }
    }
    addCodes(text, firstCode, prefix, builder);

    if (builder.errorDescription == null && descriptionStart >= 0) {
      builder.errorDescription = description(text, descriptionStart);
    }
    if (builder.error == null) {
      builder.error = oauthError(labelValue(text, ERROR_LABELS, false));
    }
    if (builder.error == null && firstCode >= 0) {
      builder.error = oauthErrorBefore(text, firstCode);
    }
    if (builder.traceId == null) {
      builder.traceId = labelValue(text, TRACE_ID_LABELS, false);
    }
    if (builder.correlationId == null) {
      builder.correlationId = labelValue(text, CORRELATION_ID_LABELS, false);
    }
    if (builder.timestamp == null) {
      builder.timestamp = labelValue(text, TIMESTAMP_LABELS, true);
    }
    // A status written in the text belongs to client-library messages; a body's status is the
    // HTTP response's, and its description is not searched for one.
    if (builder.httpStatus == null && embeddedJson) {
      builder.httpStatus = httpStatus(labelValue(text, STATUS_LABELS, false));
    }
  }

  /** Adds the codes of AADSTS tokens and of number prefixes, merged in order of appearance. */
  private static void addCodes(String text, int firstCode, int firstPrefix, AadstsError.Builder b) {
    int code = firstCode;
    int prefix = firstPrefix;
    while (code >= 0 || prefix >= 0) {
      if (prefix >= 0 && (code < 0 || prefix < code)) {
        b.addCode(Integer.parseInt(text.substring(prefixDigitsStart(text, prefix), prefix)));
        prefix = nextPrefix(text, prefix + PREFIX_MARKER.length());
      } else {
        b.addCode(CodeScanner.codeAt(text, code));
        code = CodeScanner.next(text, code + CodeScanner.PREFIX.length());
      }
    }
  }

  /**
   * The index of the next {@code " - ["} at or after {@code from} that ends a code prefix: 4 to 9
   * digits standing alone before it, and {@code "]:"} shortly after it. -1 if there is none.
   */
  private static int nextPrefix(String text, int from) {
    for (int i = text.indexOf(PREFIX_MARKER, from);
        i >= 0;
        i = text.indexOf(PREFIX_MARKER, i + 1)) {
      int digits = i - prefixDigitsStart(text, i);
      if (digits >= MIN_PREFIX_DIGITS
          && CodeScanner.digitRun(text, i - digits) == digits
          && standsAlone(text, i - digits)
          && prefixClose(text, i) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code yyyy-mm-dd} starts at {@code at}. */
  private static boolean startsWithDate(String text, int at) {
    return CodeScanner.digitRun(text, at) == 4
        && text.startsWith("-", at + 4)
        && CodeScanner.digitRun(text, at + 5) == 2
        && text.startsWith("-", at + 7)
        && CodeScanner.digitRun(text, at + 8) == 2;
  }

  /**
   * The index of the {@code ]} followed by {@code :} that closes the bracket of the prefix marker
   * at {@code marker}, looking a bounded distance ahead; -1 if there is none.
   */
  private static int prefixClose(String text, int marker) {
    int open = marker + PREFIX_MARKER.length();
    if (!startsWithDate(text, open)) {
      // "12345 - [main]: ..." is a log line, not a code prefix: the bracket holds a timestamp.
      return -1;
    }
    int limit = Math.min(text.length() - 1, marker + MAX_PREFIX_BRACKET);
    for (int i = open; i < limit; i++) {
      char c = text.charAt(i);
      if (c == ']') {
        return text.charAt(i + 1) == ':' ? i : -1;
      }
      if (c == '[' || c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  /** The start of the digit run that ends at {@code marker}, looking back at most 10 characters. */
  private static int prefixDigitsStart(String text, int marker) {
    int start = marker;
    while (start > 0 && marker - start <= 9 && CodeScanner.isDigit(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  /**
   * Whether the number at {@code start} begins the text, a line or a phrase, rather than being part
   * of a GUID, a timestamp or a word.
   */
  private static boolean standsAlone(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    return Character.isWhitespace(before) || "\"'([{>|,;".indexOf(before) >= 0;
  }

  /**
   * The index of the first {@code {} that opens an error body: followed, after blanks, by a quoted
   * name starting with {@code error}. -1 if there is none.
   */
  private static int embeddedJsonStart(String text) {
    for (int i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
      int j = skipBlanks(text, i + 1);
      if (j < text.length()
          && (text.charAt(j) == '"' || text.charAt(j) == '\'')
          && text.startsWith("error", j + 1)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The error description that starts at {@code start}: up to the closing quote when it was quoted,
   * else up to a stack trace or the end, with literal {@code \r\n}-style escapes decoded.
   */
  private static String description(String text, int start) {
    int end = text.length();
    char before = start > 0 ? text.charAt(start - 1) : ' ';
    if (before == '"' || before == '\'') {
      end = closingQuote(text, start, before);
    }
    end = earliest(end, text.indexOf("\n\tat ", start));
    end = earliest(end, text.indexOf("\nCaused by: ", start));
    return unescape(text.substring(start, end).trim());
  }

  private static int earliest(int end, int found) {
    return found >= 0 && found < end ? found : end;
  }

  /** The index of the first {@code quote} at or after {@code from} that is not escaped. */
  private static int closingQuote(String text, int from, char quote) {
    for (int i = text.indexOf(quote, from); i >= 0; i = text.indexOf(quote, i + 1)) {
      int backslashes = 0;
      while (i - backslashes > from && text.charAt(i - backslashes - 1) == '\\') {
        backslashes++;
      }
      if (backslashes % 2 == 0) {
        return i;
      }
    }
    return text.length();
  }

  /**
   * Decodes the escapes that JSON and log encoders leave in messages; keeps any other backslash.
   */
  private static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char next = i + 1 < s.length() ? s.charAt(i + 1) : '\0';
      if (c == '\\' && "rnt\"'\\".indexOf(next) >= 0 && next != '\0') {
        out.append(next == 'r' ? '\r' : next == 'n' ? '\n' : next == 't' ? '\t' : next);
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The OAuth error written right before the description, or null: msal-node writes {@code
   * invalid_grant: AADSTS...}, Spring Security {@code [invalid_grant] AADSTS...}.
   */
  private static String oauthErrorBefore(String text, int index) {
    int end = index;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    char mark = end > 0 ? text.charAt(end - 1) : ' ';
    if (mark != ':' && mark != ']') {
      return null;
    }
    end--;
    int start = end;
    while (start > 0
        && end - start <= MAX_OAUTH_ERROR_LENGTH
        && isWordChar(text.charAt(start - 1))) {
      start--;
    }
    if (mark == ']' && (start == 0 || text.charAt(start - 1) != '[')) {
      return null;
    }
    return oauthError(text.substring(start, end));
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';
  }

  /** {@code value} if it has the shape of an OAuth error ({@code invalid_grant}), else null. */
  private static String oauthError(String value) {
    if (value == null || value.isEmpty() || value.indexOf('_') < 0) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(c >= 'a' && c <= 'z') && c != '_') {
        return null;
      }
    }
    return value;
  }

  private static Integer httpStatus(String value) {
    if (value != null && value.length() == 3 && CodeScanner.digitRun(value, 0) == 3) {
      int status = Integer.parseInt(value);
      return status >= 100 && status <= 599 ? status : null;
    }
    return null;
  }

  /**
   * The value after the first of {@code labels} (any case) that has one: a token up to a blank, a
   * quote, a backslash or punctuation. A timestamp's date and time are one value.
   */
  private static String labelValue(String text, String[] labels, boolean timestamp) {
    for (String label : labels) {
      for (int i = indexOfIgnoreCase(text, label, 0);
          i >= 0;
          i = indexOfIgnoreCase(text, label, i + label.length())) {
        int start = skipSpaces(text, i + label.length());
        int end = tokenEnd(text, start);
        if (timestamp
            && !contains(text, ':', start, end)
            && end + 1 < text.length()
            && text.charAt(end) == ' '
            && CodeScanner.isDigit(text.charAt(end + 1))) {
          end = tokenEnd(text, end + 1);
        }
        while (end > start && text.charAt(end - 1) == '.') {
          end--;
        }
        if (end > start) {
          return text.substring(start, end);
        }
      }
    }
    return null;
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
    int limit = Math.min(text.length(), start + MAX_VALUE_LENGTH);
    int end = start;
    while (end < limit
        && !Character.isWhitespace(text.charAt(end))
        && "\"',;}])\\".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  private static int indexOfIgnoreCase(String text, String needle, int from) {
    // Two comparisons a character, not a case conversion: this loop is the hot path of parsing.
    char lower = Character.toLowerCase(needle.charAt(0));
    char upper = Character.toUpperCase(needle.charAt(0));
    int last = text.length() - needle.length();
    for (int i = from; i <= last; i++) {
      char c = text.charAt(i);
      if ((c == lower || c == upper) && text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int skipBlanks(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
