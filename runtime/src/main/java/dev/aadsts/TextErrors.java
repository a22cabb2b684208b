package dev.aadsts;

/**
 * Where {@link MessageReader} finds an OAuth error and an ID that no label names: written just
 * before the first code, or in the header of an MSAL.NET log line. Each looks a bounded distance
 * back or ahead of the index it is given.
 */
final class TextErrors {
  /** An error written before the code ({@code invalid_grant: AADSTS...}, quoted or on a line). */
  static final int BEFORE_CODE = 3;

  /** An error alone on the line before the code (MSAL Python). */
  static final int LINE_BEFORE_CODE = 4;

  private static final int MAX_ERROR = 64;

  private TextErrors() {}

  /**
   * The start of the OAuth error written right before the code at {@code code}, with its rank in
   * the low bits ({@code start * 8 + rank}), or -1: msal-node's {@code invalid_grant: AADSTS...},
   * x/oauth2's {@code "invalid_grant" "AADSTS..."}, or MSAL Python's {@code invalid_client} alone
   * on the line before.
   */
  static long beforeCode(String text, int code) {
    int end = code;
    if (end > 0 && text.charAt(end - 1) == '"') {
      // golang.org/x/oauth2: oauth2: "invalid_grant" "AADSTS..."; its quotes escaped (\") where
      // the message is itself a quoted value of a log line (Grafana's logfmt: error="...").
      end = unescapedQuote(text, end - 1);
      int quoted = end;
      while (end > 0 && text.charAt(end - 1) == ' ') {
        end--;
      }
      if (end < quoted && end > 1 && text.charAt(end - 1) == '"') {
        int close = unescapedQuote(text, end - 1);
        int start = close;
        while (start > 0 && close - start <= MAX_ERROR && text.charAt(start - 1) != '"') {
          start--;
        }
        if (start > 0 && close > start && TextValues.oauthErrorEnd(text, start) == close) {
          return start * 8L + BEFORE_CODE;
        }
      }
      return -1;
    }
    if (end > 1 && text.charAt(end - 1) == '(' && text.charAt(end - 2) == ' ') {
      // openid-client (Node.js) OPError: "invalid_client (AADSTS7000215: ...)".
      return labelBeforeCode(text, end - 1);
    }
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == ':') {
      return labelBeforeCode(text, end);
    }
    if (end > 0 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      int lineEnd = end - 1;
      while (lineEnd > 0 && TextValues.isBlank(text.charAt(lineEnd - 1)) && end - lineEnd < 8) {
        lineEnd--;
      }
      int start = lineEnd;
      while (start > 0
          && lineEnd - start <= MAX_ERROR
          && !TextValues.isBlank(text.charAt(start - 1))) {
        start--;
      }
      boolean alone =
          start == 0 || text.charAt(start - 1) == '\n' || text.charAt(start - 1) == '\r';
      if (alone && TextValues.oauthErrorEnd(text, start) == lineEnd) {
        return start * 8L + LINE_BEFORE_CODE;
      }
    }
    return -1;
  }

  /**
   * {@link #beforeCode}'s error before the colon at {@code end - 1}: the word before it, if it is
   * an OAuth error. The error's own characters are walked first, with what only they allow: a word
   * that goes on past them ({@code InvalidException:}) or has no underscore ({@code failed:}) is
   * none, so its other characters are not walked through.
   */
  static long labelBeforeCode(String text, int end) {
    int start = end - 1;
    boolean underscore = false;
    while (start > 0 && end - start <= MAX_ERROR) {
      char c = text.charAt(start - 1);
      if (c == '_') {
        underscore = true;
      } else if (c < 'a' || c > 'z') {
        break;
      }
      start--;
    }
    if (!underscore
        || (start > 0 && end - start <= MAX_ERROR && isWordChar(text.charAt(start - 1)))) {
      return -1;
    }
    return TextValues.oauthErrorEnd(text, start) == end - 1 ? start * 8L + BEFORE_CODE : -1;
  }

  /** The start of the quote at {@code quote}: its backslash if it is escaped ({@code \"}). */
  private static int unescapedQuote(String text, int quote) {
    return quote > 0 && text.charAt(quote - 1) == '\\' ? quote - 1 : quote;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '$';
  }

  /**
   * The correlation ID in an MSAL.NET log header whose bracket opens at {@code open}: {@code
   * [2024-01-02 10:00:00Z - <guid>]} or {@code [01/02/2024 10:00:00 - <guid>]}: where the GUID
   * starts, or -1 if there is none.
   */
  static int logHeaderCorrelation(String text, int open) {
    if (open + 1 >= text.length() || !CodeScanner.isDigit(text.charAt(open + 1))) {
      return -1;
    }
    // A walk of at most 40 characters: a search for the bracket's ] would cross the whole text at
    // every [ of hostile input.
    int limit = Math.min(text.length() - 40, open + 40);
    for (int i = open + 1; i <= limit; i++) {
      char c = text.charAt(i);
      if (c == ']' || c == '[' || c == '\n') {
        return -1;
      }
      if (c == ' '
          && text.startsWith(" - ", i)
          && TextValues.isGuidAt(text, i + 3)
          && text.charAt(i + 39) == ']') {
        return i + 3;
      }
    }
    return -1;
  }

  /**
   * The end of the query or fragment whose {@code error=} has its {@code =} at {@code equals}
   * ({@code ?error=}, {@code #error=}, {@code &error=}, as a log line shows a whole redirect URL):
   * the next blank, at most 8192 characters on; -1 if no query starts there.
   */
  static int queryEnd(String text, int equals) {
    int start = equals - 5;
    if (start < 1
        || text.charAt(equals) != '='
        || "?#&".indexOf(text.charAt(start - 1)) < 0
        || !text.startsWith("error", start)) {
      return -1;
    }
    int end = equals;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < 8192) {
      end++;
    }
    return end;
  }

  /**
   * Whether the label before the separator at {@code colon} is {@code Request Id} as a word of its
   * own (the sign-in page's), not the end of {@code ParentRequestId} or {@code x-ms-request-id}.
   */
  static boolean isRequestIdLabel(String text, int colon) {
    int k = colon;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '"')) {
      k--;
    }
    if (k < 2 || !text.regionMatches(true, k - 2, "id", 0, 2)) {
      return false;
    }
    k -= 2;
    while (k > 0 && (text.charAt(k - 1) == ' ' || text.charAt(k - 1) == '_')) {
      k--;
    }
    k -= "request".length();
    return k >= 0
        && text.regionMatches(true, k, "request", 0, "request".length())
        && (k == 0 || !TextValues.isAsciiLetterOrDigit(text.charAt(k - 1)));
  }
}
