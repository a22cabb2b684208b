package dev.aadsts;

/**
 * Finds a response body inside a message: a brace followed by a quoted name starting with {@code
 * error}, plain, backslash-escaped once or more ({@code {\"error\":...}}, as a JSON string holding
 * the body prints), or HTML-entity-encoded ({@code {&quot;error&quot;:...}}, as an error page shows
 * it); single quotes too (a Python dict repr).
 */
final class EmbeddedBody {
  private EmbeddedBody() {}

  /**
   * The body whose brace is at {@code i}, decoded: {@code text} itself if it is plain (read it from
   * {@code i}), else a new string that starts with the brace; null if no error body starts there.
   * The decoded string runs to the end of the text, so a body cut short keeps what it has.
   */
  static String at(String text, int i) {
    int j = i + 1;
    while (j < text.length() && j - i < 32 && isBlank(text, j)) {
      j += text.charAt(j) == '\\' ? 2 : 1;
    }
    int quote = j;
    int backslashes = 0;
    while (quote < text.length() && text.charAt(quote) == '\\' && backslashes < 16) {
      quote++;
      backslashes++;
    }
    if (quotedError(text, quote, "\"") || quotedError(text, quote, "'")) {
      if (backslashes == 0) {
        return text;
      }
      // Escaped once ({\"error\":...}) or twice ({\\\"error\\\":...}): one level per decoding.
      String body = Unescaping.backslashes(text, i);
      for (int level = backslashes / 2; level > 0; level /= 2) {
        body = Unescaping.backslashes(body, 0);
      }
      return body;
    }
    if (quotedError(text, j, "&quot;")
        || quotedError(text, j, "&#34;")
        || quotedError(text, j, "&#x22;")
        || quotedError(text, j, "&#39;")) {
      return Unescaping.entities(text, i);
    }
    return null;
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

  private static boolean quotedError(String text, int at, String quote) {
    return text.startsWith(quote, at) && text.startsWith("error", at + quote.length());
  }
}
