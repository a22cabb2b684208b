package dev.aadsts;

/**
 * Finds a response body inside a message: a brace followed by a quoted name starting with {@code
 * error}, plain, backslash-escaped once or more ({@code {\"error\":...}}, as a JSON string holding
 * the body prints), or HTML-entity-encoded ({@code {&quot;error&quot;:...}}, as an error page shows
 * it); single quotes too (a Python dict repr). A body escaped once or entity-encoded is read in
 * place ({@link EncodedBodyReader}); one escaped more deeply, rare, is decoded first.
 */
final class EmbeddedBody {
  static final int NO_BODY = -2;

  private EmbeddedBody() {}

  /**
   * Reads the error body whose brace is at {@code i}, if one starts there, into {@code builder}.
   * What the JSON reader read whole (the body, or its fields up to where it is cut short or broken)
   * is the body's word on its fields: only its description is read again, as text, as {@link
   * AadstsError#parse(String)} does, so the caller's walk goes on after it.
   *
   * @return the index in {@code text} where the walk goes on: after the body's text, or {@code i}
   *     if nothing of it was read whole; {@link #NO_BODY} if no error body starts there
   */
  static int read(String text, int i, AadstsErrorBuilder builder) {
    int kind = kind(text, i);
    if (kind == NONE) {
      return NO_BODY;
    }
    if (kind != PLAIN && kind != ENTITIES && kind != ESCAPED_ONCE) {
      return readDecodedFirst(text, i, builder); // escaped twice or more: rare
    }
    String description = builder.errorDescription;
    long descriptionSpan = builder.descriptionSpan;
    String error = builder.error;
    // Read in place, through the escapes, if it is encoded: its indexes are the text's.
    int read =
        kind == PLAIN
            ? JsonBodyReader.readSpan(text, i, builder)
            : EncodedBodyReader.readSpan(text, i, kind == ENTITIES, builder);
    int end = read >= 0 ? read : ~read;
    if (end <= i + 1) {
      return i;
    }
    afterBody(builder, description, descriptionSpan, error, read >= 0);
    return end;
  }

  /**
   * {@link #read}, by way of the decoded body: the body decoded first ({@link #at}), then read,
   * then its end mapped back to the text.
   */
  static int readDecodedFirst(String text, int i, AadstsErrorBuilder builder) {
    String body = at(text, i);
    if (body == null) {
      return NO_BODY;
    }
    int start = body == text ? i : 0;
    String description = builder.errorDescription;
    long descriptionSpan = builder.descriptionSpan;
    String error = builder.error;
    int read = JsonBodyReader.readSpan(body, start, builder);
    int end = read >= 0 ? read : ~read;
    if (end <= start + 1) {
      return i;
    }
    afterBody(builder, description, descriptionSpan, error, read >= 0);
    return body == text ? end : sourceIndex(text, i, end);
  }

  /**
   * What follows the JSON reader, for a body inside a message and a whole response alike: an {@code
   * error} that is a message read as one ({@link #errorAsMessage}), then the body's description
   * read as text (so that the codes keep the order of the wire format's fields and of a log
   * record's, sorted), and, if the body was read whole and gave no code, codes in its other fields.
   * {@code description}, {@code descriptionSpan} and {@code error} are what {@code builder} had
   * before the body (null and 0 if nothing).
   */
  static void afterBody(
      AadstsErrorBuilder builder,
      String description,
      long descriptionSpan,
      String error,
      boolean whole) {
    String bodyDescription = builder.errorDescription;
    long bodySpan = builder.descriptionSpan;
    errorAsMessage(builder, error);
    if (bodyDescription != null && bodyDescription != description) {
      MessageReader.read(bodyDescription, builder, false);
    } else if (bodyDescription == null && bodySpan != 0 && bodySpan != descriptionSpan) {
      MessageReader.readLeft(bodySpan, builder);
    }
    if (whole && !builder.hasCodes()) {
      // Gateways and other services wrap the description in fields of their own.
      for (String value : builder.extraFieldValues()) {
        CodeScanner.scan(value, builder::addCode);
      }
    }
  }

  /**
   * If the {@code error} an object just gave {@code builder} (it had {@code before}) is a message
   * with an Entra error in it, not an OAuth error code (which never holds a blank): the object is a
   * log record whose error field holds the failure's text ({@code {"error":"oauth2: cannot fetch
   * token: 401 ...","level":...}}, as logrus writes its fields sorted). That text is read as a
   * message, in the error's place; one met while such a text is read gives its codes only. If the
   * text gives neither a code nor an error ({@code "Service unavailable {retry later}"}), it stays
   * the error.
   */
  private static void errorAsMessage(AadstsErrorBuilder builder, String before) {
    String message = builder.error;
    if (message == before
        || message == null
        || message.indexOf(' ') < 0
        || !(message.contains(CodeScanner.PREFIX) || message.indexOf('{') >= 0)) {
      return;
    }
    builder.error = before;
    int codes = builder.codeCount();
    if (builder.readingErrorMessage) {
      // A log record quoted in one's error, and so on: read as a message at every level, each
      // level would read the rest of the text again and keep its decoded copy on the stack.
      CodeScanner.scan(message, builder::addCode);
    } else {
      builder.readingErrorMessage = true;
      MessageReader.read(message, builder, true);
      builder.readingErrorMessage = false;
    }
    if (builder.error == before
        && builder.codeCount() == codes
        && CodeScanner.next(message, 0) < 0) {
      builder.error = message;
    }
  }

  /**
   * The body whose brace is at {@code i}, decoded: {@code text} itself if it is plain (read it from
   * {@code i}), else a new string that starts with the brace; null if no error body starts there.
   * The decoded string runs to the end of the text, so a body cut short keeps what it has.
   */
  static String at(String text, int i) {
    int kind = kind(text, i);
    if (kind == NONE || kind == PLAIN) {
      return kind == PLAIN ? text : null;
    }
    if (kind == ENTITIES) {
      return Unescaping.entities(text, i);
    }
    // Escaped once ({\"error\":...}) or twice ({\\\"error\\\"...}): one level per decoding.
    String body = Unescaping.backslashes(text, i);
    for (int level = kind / 2; level > 0; level /= 2) {
      body = Unescaping.backslashes(body, 0);
    }
    return body;
  }

  /**
   * The index in {@code text} that index {@code decoded} of {@link #at at(text, i)} stands for:
   * where the encoded body ends, when the decoded one ends at {@code decoded}; counted from the
   * body's start.
   */
  static int sourceIndex(String text, int i, int decoded) {
    int kind = kind(text, i);
    if (kind == PLAIN) {
      return decoded;
    }
    if (kind == ENTITIES) {
      return Unescaping.entitySource(text, i, decoded);
    }
    // The levels again (rare past one), mapped back from the innermost.
    int levels = 0;
    for (int level = kind / 2; level > 0; level /= 2) {
      levels++;
    }
    String[] decodings = new String[levels];
    String decoding = levels > 0 ? Unescaping.backslashes(text, i) : null;
    for (int k = 0; k < levels; k++) {
      decodings[k] = decoding;
      decoding = k + 1 < levels ? Unescaping.backslashes(decoding, 0) : null;
    }
    int at = decoded;
    for (int k = levels - 1; k >= 0; k--) {
      at = Unescaping.backslashSource(decodings[k], 0, at);
    }
    return Unescaping.backslashSource(text, i, at);
  }

  private static final int NONE = -1;
  private static final int PLAIN = 0;
  private static final int ENTITIES = -2;
  private static final int ESCAPED_ONCE = 1; // one backslash before each quote

  /**
   * How the body at {@code i} is encoded: {@link #NONE} (no body), {@link #PLAIN}, {@link
   * #ENTITIES}, or the number of backslashes before its first quote.
   */
  private static int kind(String text, int i) {
    int j = i + 1;
    while (j < text.length() && j - i < 32 && isBlank(text, j)) {
      j += text.charAt(j) == '\\' ? 2 : 1;
    }
    // A Python 2 dict repr: {u'error': u'invalid_grant', ...}.
    int quote = j < text.length() ? JsonStrings.afterStringPrefix(text, j) : j;
    int backslashes = 0;
    while (quote < text.length() && text.charAt(quote) == '\\' && backslashes < 16) {
      quote++;
      backslashes++;
    }
    if (quotedError(text, quote, "\"") || quotedError(text, quote, "'")) {
      return backslashes;
    }
    if (quotedError(text, j, "&quot;")
        || quotedError(text, j, "&#34;")
        || quotedError(text, j, "&#x22;")
        || quotedError(text, j, "&#39;")) {
      return ENTITIES;
    }
    return NONE;
  }

  /**
   * A blank or a literal {@code \r}, {@code \n} or {@code \t} escape between a brace and a name.
   */
  private static boolean isBlank(String text, int j) {
    char c = text.charAt(j);
    if (c == '\\' && j + 1 < text.length()) {
      char e = text.charAt(j + 1);
      return e == 'r' || e == 'n' || e == 't';
    }
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * Whether a wire-format name starting with {@code error} ({@code error}, {@code error_codes}...)
   * is quoted at {@code at}: not {@code errorMessage} or {@code errorType} (an AWS Lambda error
   * record, a serialized msal-browser error), whose fields are read as labels of the text.
   */
  private static boolean quotedError(String text, int at, String quote) {
    int after = at + quote.length() + 5;
    return text.startsWith(quote, at)
        && text.startsWith("error", at + quote.length())
        && after < text.length()
        && "_\"'\\&".indexOf(text.charAt(after)) >= 0;
  }
}
