package dev.aadsts;

/**
 * The numbers {@link MessageReader} reads around its streams' starts: HTTP statuses written in
 * text, and the code prefix of MSAL.NET messages ({@code 7000215 - [2024-01-01 10:00:00Z]:}). Each
 * looks a bounded distance back or ahead. A status is returned as its number, 0 if there is none.
 */
final class TextStatus {
  private static final int MAX_PREFIX_BRACKET = 64;
  private static final String PREFIX_MARKER = " - [";
  private static final int MIN_PREFIX_DIGITS = 4;
  private static final int MAX_PREFIX_CODES = 8;
  private static final String ADAL_HTTP_DOMAIN = "ADHTTPErrorCodeDomain";
  private static final String OKHTTP_START = "Response{protocol=";

  private TextStatus() {}

  /**
   * A status after {@code HTTP} or {@code RESPONSE} (azidentity for Go) whose {@code P}, the fourth
   * letter of both, is at {@code p}; 0 if neither word is there or no status follows it.
   */
  static int afterCapitalP(String text, int p) {
    int word = p - 3;
    int end = word < 0 ? -1 : text.startsWith("HTTP", word) ? word + 4 : -1;
    end = end < 0 && word >= 0 && text.startsWith("RESPONSE", word) ? word + 8 : end;
    if (end < 0) {
      return 0;
    }
    // "HTTP 401", "RESPONSE 401": the word is the number's label, if it starts a word (what
    // numberAt would find looking back from the number).
    char before = word > 0 ? text.charAt(word - 1) : ' ';
    if (end + 4 <= text.length()
        && text.charAt(end) == ' '
        && CodeScanner.digitRun(text, end + 1) == 3
        && (end + 4 == text.length() || !TextValues.isAsciiLetterOrDigit(text.charAt(end + 4)))
        && (!TextValues.isAsciiLetterOrDigit(before) || (before >= 'a' && before <= 'z'))) {
      return TextValues.statusAt(text, end + 1);
    }
    return afterWord(text, end);
  }

  /**
   * A status after {@code HTTP} or {@code status}: {@code HTTP 401}, {@code HTTP/1.1 429}, {@code
   * HTTP Error 401}, {@code status code 400}, {@code RESPONSE 401 Unauthorized}; the number is
   * looked for a few words ahead.
   */
  static int afterWord(String text, int from) {
    int i = from;
    if (i < text.length() && text.charAt(i) == '/') {
      while (i < text.length()
          && i - from < 8
          && (text.charAt(i) == '/'
              || text.charAt(i) == '.'
              || CodeScanner.isDigit(text.charAt(i)))) {
        i++;
      }
      // A status line ("HTTP/2 400", "HTTP/1.1 400"): an error's number after the version is the
      // status; a success or redirect logged before it (HTTP/1.1 200 OK) is passed over.
      if (i + 4 <= text.length()
          && text.charAt(i) == ' '
          && CodeScanner.digitRun(text, i + 1) == 3
          && (i + 4 == text.length() || Character.isWhitespace(text.charAt(i + 4)))) {
        int status = TextValues.statusAt(text, i + 1);
        return status >= 400 ? status : 0;
      }
    }
    int limit = Math.min(text.length(), i + 24);
    while (i < limit && !CodeScanner.isDigit(text.charAt(i))) {
      char c = text.charAt(i);
      if (c == ':' || c == '=') {
        // A label ("StatusCode: 400", "status=401"): its value, as the walk reads it at this
        // separator, so that the search for the status word ends here.
        int status = labelledAt(text, i);
        if (status != 0 || c == '=') {
          return status;
        }
      } else if (!TextValues.isAsciiLetterOrDigit(c) && c != ' ' && c != '_') {
        return 0;
      }
      i++;
    }
    if (i >= limit) {
      return 0;
    }
    int status = numberAt(text, i);
    // MSAL Go: "reply status code was 400:".
    if (status == 0
        && text.startsWith("code was ", i - 9)
        && isStatusBoundary(text.charAt(i - 1))) {
      status = TextValues.statusAt(text, i);
    }
    return status;
  }

  /**
   * The status a status label whose separator is at {@code separator} gives ({@code StatusCode:
   * 400}, {@code Http status code: BadRequest}), as {@link MessageReader} reads it there; 0 if the
   * label is another or its value is not a status.
   */
  static int labelledAt(String text, int separator) {
    int kind = TextLabels.labelBefore(text, separator);
    return kind == TextLabels.STATUS || kind == TextLabels.STATUS_WORD
        ? TextValues.statusAt(text, TextLabels.valueStart(text, separator + 1))
        : 0;
  }

  /**
   * A status right inside the bracket at {@code open}: {@code (401) Unauthorized} (.NET's
   * WebException), {@code [400 Bad Request] during [POST]} or, without a reason phrase (HTTP/2 has
   * none), {@code [401] during [POST]} (Feign's FeignException).
   */
  static int afterBracket(String text, int open) {
    int status = numberAt(text, open + 1);
    if (status == 0 && text.charAt(open) == '[' && text.startsWith("] during [", open + 4)) {
      int value = TextValues.statusAt(text, open + 1);
      status = value >= 400 ? value : 0;
    }
    return status;
  }

  /**
   * A status before the reason phrase in parentheses at {@code open}: {@code 400 (Bad Request)} (a
   * browser console), {@code 400 (BadRequest)} (.NET's HttpClient).
   */
  static int beforeParen(String text, int open) {
    int start = open - 4;
    if (start < 0 || text.charAt(open - 1) != ' ' || CodeScanner.digitRun(text, start) != 3) {
      return 0;
    }
    if (start > 0 && !isStatusBoundary(text.charAt(start - 1))) {
      return 0;
    }
    int value = TextValues.statusAt(text, start);
    boolean phrase =
        value != 0
            && (TextValues.reasonPhraseAt(text, open + 1, value)
                || TextValues.statusAt(text, open + 1) == value);
    return phrase ? value : 0;
  }

  /**
   * A three-digit status at {@code i}: after {@code HTTP}, {@code HTTP Error}, {@code status code},
   * {@code RESPONSE} and the like, or before its reason phrase ({@code 401 Unauthorized}, {@code
   * (401) Unauthorized}).
   */
  static int numberAt(String text, int i) {
    if ((i > 0 && !isStatusBoundary(text.charAt(i - 1))) || CodeScanner.digitRun(text, i) != 3) {
      return 0;
    }
    int end = i + 3;
    if (end < text.length() && TextValues.isAsciiLetterOrDigit(text.charAt(end))) {
      return 0;
    }
    int value = TextValues.statusAt(text, i);
    int kind = value == 0 ? TextLabels.NONE : TextLabels.labelBefore(text, i);
    if (value == 0 || kind == TextLabels.STATUS || kind == TextLabels.STATUS_WORD) {
      return value;
    }
    int after = end < text.length() && text.charAt(end) == ')' ? end + 1 : end;
    boolean phrase =
        after < text.length()
            && text.charAt(after) == ' '
            && (TextValues.reasonPhraseAt(text, after + 1, value)
                || isRequestsPhrase(text, after + 1, value));
    return phrase ? value : 0;
  }

  /**
   * A status that ends a phrase before a colon: {@code HTTP Error 401:}, {@code RESPONSE 400:},
   * {@code 401 Unauthorized:}; looked for at most 32 characters back.
   */
  static int beforeColon(String text, int colon) {
    int i = colon;
    int stop = Math.max(0, colon - 32);
    while (i > stop) {
      char c = text.charAt(i - 1);
      // Guzzle: "resulted in a `401 Unauthorized` response:". Lower case first: most of the walk.
      if ((c >= 'a' && c <= 'z') || c == ' ' || (c >= 'A' && c <= 'Z') || c == '`') {
        i--;
      } else if (CodeScanner.isDigit(c)) {
        break;
      } else {
        return 0;
      }
    }
    int start = i;
    while (start > stop && CodeScanner.isDigit(text.charAt(start - 1))) {
      start--;
    }
    if (i - start != 3) {
      return 0;
    }
    int status = numberAt(text, start);
    return status != 0 ? status : spacedPhraseAfter(text, start, colon);
  }

  /**
   * Microsoft Graph's Java SDK writes the response's status line as {@code 401 : Unauthorized}: the
   * three digits at {@code start} that stand alone, one blank, the colon at {@code colon}, one
   * blank and the status's own reason phrase. 0 otherwise.
   */
  private static int spacedPhraseAfter(String text, int start, int colon) {
    if (colon != start + 4
        || text.charAt(start + 3) != ' '
        || colon + 2 >= text.length()
        || text.charAt(colon + 1) != ' '
        || (start > 0 && !TextValues.isBlank(text.charAt(start - 1)))) {
      return 0;
    }
    int status = TextValues.statusAt(text, start);
    return status != 0 && TextValues.reasonPhraseAt(text, colon + 2, status) ? status : 0;
  }

  /**
   * The status an error or code label whose separator is at {@code separator} gives, in the shapes
   * where its number is clearly HTTP's: a status that ends a phrase before it ({@link
   * #beforeColon}); OkHttp's {@code Response{protocol=h2, code=401, message=..., url=...}}; ADAL
   * for iOS and macOS, whose errors of its HTTP domain carry the status as their code ({@code Error
   * with code: 500 Domain: ADHTTPErrorCodeDomain ...}, and the NSError inside: {@code Error
   * Domain=ADHTTPErrorCodeDomain Code=500 ...}). 0 otherwise: an AADSTS code, an authorization code
   * in a URL or any other {@code code=} is no status.
   */
  static int atCodeLabel(String text, int separator) {
    int status = beforeColon(text, separator);
    if (status != 0 || separator < 4 || !text.regionMatches(true, separator - 4, "code", 0, 4)) {
      return status;
    }
    if (text.charAt(separator) == ':') {
      return text.startsWith("Error with code: ", separator - 15)
          ? statusBefore(text, separator + 2, " Domain: " + ADAL_HTTP_DOMAIN)
          : 0;
    }
    if (text.startsWith("Domain=" + ADAL_HTTP_DOMAIN + " Code=", separator - 33)) {
      return statusBefore(text, separator + 1, " ");
    }
    if (separator < 6 || !text.startsWith(", code=", separator - 6)) {
      return 0;
    }
    // OkHttp's protocols: http/1.0, http/1.1, spdy/3.1, h2, h2_prior_knowledge, quic, h3.
    int k = separator - 6;
    while (k > 0 && separator - k < 32 && isProtocolChar(text.charAt(k - 1))) {
      k--;
    }
    return k >= OKHTTP_START.length() && text.startsWith(OKHTTP_START, k - OKHTTP_START.length())
        ? statusBefore(text, separator + 1, ", message=")
        : 0;
  }

  /** The three-digit status at {@code at} if {@code after} follows it, else 0. */
  private static int statusBefore(String text, int at, String after) {
    return CodeScanner.digitRun(text, at) == 3 && text.startsWith(after, at + 3)
        ? TextValues.statusAt(text, at)
        : 0;
  }

  private static boolean isProtocolChar(char c) {
    return (c >= 'a' && c <= 'z') || CodeScanner.isDigit(c) || c == '/' || c == '.' || c == '_';
  }

  /**
   * Python requests' {@code HTTPError}: {@code 401 Client Error: Unauthorized for url: ...}, {@code
   * 503 Server Error: ...}; the class of the status decides which.
   */
  private static boolean isRequestsPhrase(String text, int at, int status) {
    String phrase = status < 500 ? "Client Error:" : "Server Error:";
    return status >= 400 && text.startsWith(phrase, at);
  }

  private static boolean isStatusBoundary(char c) {
    return c == ' ' || c == '(' || c == '[' || c == '\t' || c == '\n' || c == '`';
  }

  /** Whether the number at {@code start} begins the text, a line or a phrase. */
  static boolean standsAlone(String text, int start) {
    if (start == 0) {
      return true;
    }
    char before = text.charAt(start - 1);
    return Character.isWhitespace(before) || "\"'([{>|,;".indexOf(before) >= 0;
  }

  /**
   * The start of the code number before the {@code " - ["} whose bracket is at {@code bracket}
   * ({@code 7000215 - [2024-01-01 10:00:00Z]: }, some MSAL.NET messages), or -1 if none is there: 4
   * to 9 digits that stand alone.
   */
  static int prefixNumberStart(String text, int bracket) {
    int marker = bracket - 3;
    if (marker < 1 || !text.startsWith(PREFIX_MARKER, marker)) {
      return -1;
    }
    int start = marker;
    while (start > 0 && marker - start <= 9 && CodeScanner.isDigit(text.charAt(start - 1))) {
      start--;
    }
    int digits = marker - start;
    // Ten digits: the walk stopped before the run's end, and no code has that many.
    return digits >= MIN_PREFIX_DIGITS && digits <= 9 && standsAlone(text, start) ? start : -1;
  }

  /**
   * Adds to {@code builder}, in their order, the codes of a prefix whose last number is {@code
   * text[start, end)}: msal-common writes all of a body's {@code error_codes} there, joined by
   * commas ({@code 70002,50012 - [...]: }); at most {@link #MAX_PREFIX_CODES} are looked for before
   * the last. Returns where the first of them starts.
   */
  static int addPrefixCodes(String text, int start, int end, AadstsErrorBuilder builder) {
    int first = start;
    for (int n = 0; n < MAX_PREFIX_CODES && first > 1 && text.charAt(first - 1) == ','; n++) {
      int k = first - 1;
      while (k > 0 && first - 1 - k <= 9 && CodeScanner.isDigit(text.charAt(k - 1))) {
        k--;
      }
      int digits = first - 1 - k;
      if (digits < MIN_PREFIX_DIGITS || digits > 9 || !standsAlone(text, k)) {
        break;
      }
      first = k;
    }
    for (int i = first; i < start; ) {
      int comma = text.indexOf(',', i);
      builder.addCode(CodeScanner.value(text, i, comma));
      i = comma + 1;
    }
    builder.addCode(CodeScanner.value(text, start, end));
    return first;
  }

  /**
   * The {@code ]} before {@code :} that closes a prefix's dated bracket opened before {@code open}.
   */
  static int prefixClose(String text, int open) {
    // "12345 - [main]: ..." is a log line, not a code prefix: the bracket holds a timestamp.
    if (!(CodeScanner.digitRun(text, open) == 4
        && text.startsWith("-", open + 4)
        && CodeScanner.digitRun(text, open + 5) == 2
        && text.startsWith("-", open + 7)
        && CodeScanner.digitRun(text, open + 8) == 2)) {
      return -1;
    }
    int limit = Math.min(text.length() - 1, open + MAX_PREFIX_BRACKET);
    // The date's ten characters were read above: none of them ends the bracket.
    for (int i = open + 10; i < limit; i++) {
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
}
