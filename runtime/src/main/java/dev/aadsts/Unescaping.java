package dev.aadsts;

/**
 * Decodes the escapes that JSON encoders, loggers and HTML pages put into error text: backslash
 * escapes ({@code \"}, {@code \r\n}, {@code \}{@code u0022}) and HTML character references ({@code
 * &quot;}, {@code &#34;}, {@code &#x22;}). Anything that is not a complete escape stays as it is.
 */
final class Unescaping {
  private static final String[] NAMED = {"quot", "apos", "amp", "lt", "gt"};
  private static final char[] NAMED_VALUES = {'"', '\'', '&', '<', '>'};

  static final int MAX_REUSED = 8192;
  // Not cleared: a buffer holds at most MAX_REUSED characters of the last string decoded.
  private static final ThreadLocal<StringBuilder> BUFFER =
      ThreadLocal.withInitial(() -> new StringBuilder(MAX_REUSED));

  private Unescaping() {}

  /**
   * A buffer for decoding a string of at most {@code length} characters: the thread's own, reused,
   * for strings of the usual size (as Jackson recycles its buffers), so that decoding allocates
   * only the result; a new one, sized to fit without growing, for longer ones.
   */
  static StringBuilder buffer(int length) {
    if (length > MAX_REUSED) {
      return new StringBuilder(length);
    }
    StringBuilder buffer = BUFFER.get();
    buffer.setLength(0);
    return buffer;
  }

  /**
   * Appends the backslash-escaped text from {@code from} to the first unescaped {@code quote} (or
   * to the end, if {@code quote} is 0) to {@code out}.
   *
   * @return the index of the closing quote; {@code s.length()} if {@code quote} is 0; -1 if a quote
   *     was expected and the text ended first
   */
  static int decode(String s, int from, char quote, StringBuilder out) {
    int i = from;
    // The next backslash and quote at or after i, each searched again only once passed, so that
    // every character is searched once (vectorized) however many escapes the text has.
    int backslash = -1;
    int nextQuote = quote == 0 ? s.length() : -1;
    while (i < s.length()) {
      if (backslash < i) {
        backslash = s.indexOf('\\', i);
        backslash = backslash < 0 ? s.length() : backslash;
      }
      if (nextQuote < i) {
        nextQuote = s.indexOf(quote, i);
        nextQuote = nextQuote < 0 ? s.length() : nextQuote;
      }
      // Copies the run up to the next backslash or quote in one append.
      int run = Math.min(backslash, nextQuote);
      out.append(s, i, run);
      i = run;
      if (i >= s.length()) {
        break;
      }
      char c = s.charAt(i);
      if (c == quote && quote != 0) {
        return i;
      }
      if (i + 1 >= s.length()) {
        out.append(c);
        i++;
        continue;
      }
      char e = s.charAt(i + 1);
      i += 2;
      int value = e == 'u' ? hex(s, i, 4) : -1;
      if (value >= 0) {
        out.append((char) value);
        i += 4;
      } else if (e == 'u') {
        out.append("\\u"); // an incomplete unicode escape stays as written
      } else {
        out.append(escaped(e));
      }
    }
    return quote == 0 ? s.length() : -1;
  }

  /**
   * What the JSON escape of {@code e} stands for, for every {@code e} but {@code u}: the control
   * character of {@code n r t b f}, else {@code e} itself ({@code \" \' \\ \/} and, leniently, any
   * other character escaped).
   */
  static char escaped(char e) {
    switch (e) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      default:
        return e;
    }
  }

  /** The index of the unescaped {@code quote} at or after {@code from} in {@code s}, or -1. */
  static int closingQuote(String s, int from, char quote) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code s[from, to)} with the escapes that loggers leave in messages ({@code \r \n \t \" \' \\})
   * decoded; any other backslash, such as one in a Windows path, stays.
   */
  static String lineEscapes(String s, int from, int to) {
    StringBuilder out = buffer(to - from);
    int copied = from;
    for (int i = s.indexOf('\\', from); i >= 0 && i + 1 < to; i = s.indexOf('\\', i + 1)) {
      char next = s.charAt(i + 1);
      char decoded = lineEscape(next);
      if (decoded != 0) {
        out.append(s, copied, i).append(decoded);
        copied = i + 2;
        i++;
      }
    }
    return out.append(s, copied, to).toString();
  }

  /** The character that {@code \}{@code next} stands for in a log line, or 0 if none. */
  private static char lineEscape(char next) {
    switch (next) {
      case 'r':
        return '\r';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '"':
      case '\'':
      case '\\':
        return next;
      default:
        return 0;
    }
  }

  /** {@code s} from {@code from} on, with one level of backslash escapes decoded. */
  static String backslashes(String s, int from) {
    if (s.indexOf('\\', from) < 0) {
      return from == 0 ? s : s.substring(from);
    }
    // Decoded in the reused buffer: the only copy made is the result.
    StringBuilder out = buffer(s.length() - from);
    decode(s, from, (char) 0, out);
    return out.toString();
  }

  /**
   * {@code s} from {@code from} on, with HTML character references decoded: the named ones of
   * JSON's syntax ({@code &quot; &apos; &amp; &lt; &gt;}) and every decimal or hexadecimal one.
   */
  static String entities(String s, int from) {
    int first = s.indexOf('&', from);
    if (first < 0) {
      return from == 0 ? s : s.substring(from);
    }
    StringBuilder out = buffer(s.length() - from);
    int copied = from;
    for (int i = first; i >= 0; i = s.indexOf('&', i + 1)) {
      if (s.startsWith("quot;", i + 1)) { // by far the most frequent, in an encoded body
        out.append(s, copied, i).append('"');
        copied = i + 6;
        i += 5;
        continue;
      }
      int end = semicolon(s, i);
      int value = end > i ? entity(s, i + 1, end) : -1;
      if (value >= 0) {
        out.append(s, copied, i).appendCodePoint(value);
        copied = end + 1;
        i = end;
      }
    }
    return out.append(s, copied, s.length()).toString();
  }

  /**
   * The index in {@code s} where {@link #backslashes backslashes(s, from)} has given {@code
   * decoded} characters: the end, in the encoded text, of a span found in the decoded one.
   */
  static int backslashSource(String s, int from, int decoded) {
    int i = from;
    int out = 0;
    while (i < s.length() && out < decoded) {
      int backslash = s.indexOf('\\', i);
      int run = (backslash < 0 ? s.length() : backslash) - i;
      if (out + run >= decoded) {
        return i + (decoded - out);
      }
      out += run;
      i += run;
      if (i + 1 >= s.length()) {
        return s.length();
      }
      // As decode: a unicode escape gives one character, an incomplete one two, any other one.
      boolean unicode = s.charAt(i + 1) == 'u';
      i += 2;
      if (unicode && hex(s, i, 4) >= 0) {
        i += 4;
        out++;
      } else {
        out += unicode ? 2 : 1;
      }
    }
    return i;
  }

  /**
   * The index in {@code s} where {@link #entities entities(s, from)} has given {@code decoded}
   * characters.
   */
  static int entitySource(String s, int from, int decoded) {
    int i = from;
    int out = 0;
    while (i < s.length() && out < decoded) {
      int amp = s.indexOf('&', i);
      int run = (amp < 0 ? s.length() : amp) - i;
      if (out + run >= decoded) {
        return i + (decoded - out);
      }
      out += run;
      i += run;
      int end = semicolon(s, i);
      int value = end > i ? entity(s, i + 1, end) : -1;
      if (value >= 0) {
        out += Character.charCount(value);
        i = end + 1;
      } else {
        out++;
        i++;
      }
    }
    return i;
  }

  /** The {@code ;} that ends a reference at {@code amp}, looking at most 10 characters ahead. */
  static int semicolon(String s, int amp) {
    int limit = Math.min(s.length(), amp + 11);
    for (int i = amp + 1; i < limit; i++) {
      if (s.charAt(i) == ';') {
        return i;
      }
    }
    return -1;
  }

  /** The code point of the reference between {@code &} and {@code ;}, or -1. */
  static int entity(String s, int start, int end) {
    int length = end - start;
    if (length == 4 && s.charAt(start) == 'q' && s.startsWith("uot", start + 1)) {
      return '"'; // by far the most frequent, in an encoded body
    }
    for (int n = 0; n < NAMED.length; n++) {
      if (NAMED[n].length() == length && s.startsWith(NAMED[n], start)) {
        return NAMED_VALUES[n];
      }
    }
    if (length < 2 || s.charAt(start) != '#') {
      return -1;
    }
    boolean hex = s.charAt(start + 1) == 'x' || s.charAt(start + 1) == 'X';
    int digitsStart = start + (hex ? 2 : 1);
    int value = hex ? hex(s, digitsStart, end - digitsStart) : decimal(s, digitsStart, end);
    return digitsStart < end && value >= 0 && Character.isValidCodePoint(value) ? value : -1;
  }

  private static int decimal(String s, int from, int to) {
    if (from >= to || to - from > 7) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!CodeScanner.isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /** The value of {@code count} hexadecimal digits (1 to 6) at {@code from}, or -1. */
  static int hex(String s, int from, int count) {
    if (count < 1 || count > 6 || from + count > s.length()) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0 || s.charAt(i) > 'f') {
        return -1;
      }
      value = value * 16 + d;
    }
    return value;
  }
}
