package dev.aadsts;

/**
 * Decodes a JSON string that has escapes into a character array: the runs between escapes copied in
 * bulk ({@link String#getChars}), each escape written in place, the string made once at the end.
 * Cheaper per escape than appending to a {@link StringBuilder}, which checks and grows at every
 * append: a claims challenge has an escaped quote every few characters.
 */
final class JsonStrings {
  // Not cleared: a buffer holds at most Unescaping.MAX_REUSED characters of the last string.
  private static final ThreadLocal<char[]> CHARS =
      ThreadLocal.withInitial(() -> new char[Unescaping.MAX_REUSED]);

  private JsonStrings() {}

  /**
   * A buffer of at least {@code length} characters: the thread's own for the usual sizes, as {@link
   * Unescaping#buffer} is.
   */
  static char[] chars(int length) {
    return length > Unescaping.MAX_REUSED ? new char[length] : CHARS.get();
  }

  /**
   * Decodes the JSON string from {@code start} to its closing {@code quote} into {@code out} (as
   * {@link Unescaping#decode} appends it), {@code first} being the index of its first backslash:
   * runs copied in bulk, each escape written in place. {@code out} holds at least the characters
   * from {@code start} to the closing quote, or to the end of {@code s} if the string's end was not
   * found first (the decoded string is never longer).
   *
   * @return the index of the closing quote, shifted left 32 bits, or'ed with the decoded length; -1
   *     if the string does not end
   */
  static long decodeString(String s, int start, int first, char quote, char[] out) {
    int length = s.length();
    s.getChars(start, first, out, 0);
    int w = first - start;
    int i = first;
    int backslash = first;
    int nextQuote = -1;
    while (true) {
      if (backslash < i) {
        backslash = s.indexOf('\\', i);
        backslash = backslash < 0 ? length : backslash;
      }
      if (nextQuote < i) {
        nextQuote = s.indexOf(quote, i);
        if (nextQuote < 0) {
          return -1;
        }
      }
      if (nextQuote < backslash) {
        s.getChars(i, nextQuote, out, w);
        return (long) nextQuote << 32 | (w + nextQuote - i);
      }
      s.getChars(i, backslash, out, w);
      w += backslash - i;
      i = backslash + 2;
      if (i > length) {
        return -1;
      }
      char e = s.charAt(i - 1);
      int value = e == 'u' ? Unescaping.hex(s, i, 4) : -1;
      if (value >= 0) {
        out[w++] = (char) value;
        i += 4;
      } else if (e == 'u') {
        out[w++] = '\\';
        out[w++] = 'u';
      } else {
        out[w++] = Unescaping.escaped(e);
      }
    }
  }

  /**
   * The JSON string {@code s[start, end)}, its quotes before {@code start} and at {@code end},
   * decoded as {@link #decodeString} decodes it.
   */
  static String decoded(String s, int start, int end) {
    int backslash = s.indexOf('\\', start);
    if (backslash < 0 || backslash >= end) {
      return s.substring(start, end);
    }
    char[] out = new char[end - start];
    return new String(out, 0, (int) decodeString(s, start, backslash, s.charAt(end), out));
  }

  /**
   * The name of the wire format ({@link JsonBodyReader}'s constant) that {@code s} holds at {@code
   * start}, or null: picked by its first characters and compared once. The caller sees where it
   * ends; names hold no quote or backslash, so a scan for the name's end may start there.
   */
  static String knownNameAt(String s, int start) {
    if (start + 6 >= s.length()) {
      return null;
    }
    String name;
    switch (s.charAt(start)) {
      case 'e':
        char c = s.charAt(start + 5) == '_' ? s.charAt(start + 6) : 0;
        name =
            c == 0
                ? "error"
                : c == 'd' ? "error_description" : c == 'c' ? "error_codes" : "error_uri";
        break;
      case 't':
        name = s.charAt(start + 1) == 'i' ? "timestamp" : "trace_id";
        break;
      case 'c':
        name = s.charAt(start + 1) == 'o' ? "correlation_id" : "claims";
        break;
      case 's':
        name = "suberror";
        break;
      default:
        return null;
    }
    return s.startsWith(name, start) ? name : null;
  }

  /**
   * Where the string at {@code i} opens: after the {@code u} of a Python 2 unicode string ({@code
   * u'invalid_grant'}, as a Python 2 dict repr prints every string), else {@code i} itself.
   */
  static int afterStringPrefix(String s, int i) {
    return s.charAt(i) == 'u'
            && i + 1 < s.length()
            && (s.charAt(i + 1) == '\'' || s.charAt(i + 1) == '"')
        ? i + 1
        : i;
  }
}
