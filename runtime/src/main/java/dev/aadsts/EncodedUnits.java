package dev.aadsts;

/**
 * The decoded text of an encoded body, one unit at a time, for {@link EncodedBodyReader}: a
 * character that does not start an escape stands for itself; an escape (a backslash escape, or an
 * HTML character reference) stands for what {@link Unescaping} decodes it to, so that the units
 * joined are {@link Unescaping#backslashes} or {@link Unescaping#entities} of the text.
 */
final class EncodedUnits {
  private final String s;
  private final int length;
  private final boolean entities;
  private final char escape;

  /** Where the unit after the one last decoded starts. */
  int next;

  EncodedUnits(String s, boolean entities) {
    this.s = s;
    this.length = s.length();
    this.entities = entities;
    this.escape = entities ? '&' : '\\';
  }

  /**
   * The decoded character of the unit at {@code p} (of a reference to a supplementary character,
   * its high surrogate, which no rule of the reader takes for more than a word's character).
   */
  char at(int p) {
    char c = s.charAt(p);
    if (c != escape) {
      next = p + 1;
      return c;
    }
    int value = codePoint(p);
    return value > Character.MAX_VALUE ? Character.highSurrogate(value) : (char) value;
  }

  /** The code point that the escape at {@code p} stands for. */
  int codePoint(int p) {
    return entities ? reference(p) : backslash(p);
  }

  private int backslash(int p) {
    if (p + 1 >= length) {
      next = length;
      return '\\';
    }
    char e = s.charAt(p + 1);
    next = p + 2;
    if (e == '"') { // by far the most frequent, in an escaped body
      return e;
    }
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
      case 'u':
        int value = Unescaping.hex(s, p + 2, 4);
        if (value >= 0) {
          next = p + 6;
          return value;
        }
        // An incomplete unicode escape stays as it is: its backslash, then its u as itself.
        next = p + 1;
        return '\\';
      default:
        return e;
    }
  }

  private int reference(int p) {
    if (p + 5 < length // &quot;, by far the most frequent in an encoded body
        && s.charAt(p + 5) == ';'
        && s.charAt(p + 1) == 'q'
        && s.charAt(p + 2) == 'u'
        && s.charAt(p + 3) == 'o'
        && s.charAt(p + 4) == 't') {
      next = p + 6;
      return '"';
    }
    int end = Unescaping.semicolon(s, p);
    int value = end > p ? Unescaping.entity(s, p + 1, end) : -1;
    if (value >= 0) {
      next = end + 1;
      return value;
    }
    next = p + 1;
    return '&';
  }

  /** The decoded text of {@code s[from, to)}, whose ends are the ends of units. */
  String decode(int from, int to) {
    int e = s.indexOf(escape, from);
    if (e < 0 || e >= to) {
      return s.substring(from, to);
    }
    StringBuilder out = Unescaping.buffer(to - from);
    int run = from;
    while (e >= 0 && e < to) {
      out.append(s, run, e).appendCodePoint(codePoint(e));
      run = Math.min(next, to);
      e = s.indexOf(escape, run);
    }
    return out.append(s, run, to).toString();
  }

  /**
   * Appends what the escape of a JSON string stands for, its backslash decoded and the unit after
   * it at {@code p}, as {@link Unescaping#decode} appends it for the decoded text.
   *
   * @return the index after the units it read
   */
  int jsonEscape(int p, StringBuilder out) {
    char e = at(p);
    int after = next;
    switch (e) {
      case 'n':
        out.append('\n');
        return after;
      case 'r':
        out.append('\r');
        return after;
      case 't':
        out.append('\t');
        return after;
      case 'b':
        out.append('\b');
        return after;
      case 'f':
        out.append('\f');
        return after;
      case 'u':
        int value = hex4(after);
        if (value >= 0) {
          out.append((char) value);
          return next;
        }
        out.append("\\u");
        return after;
      default:
        out.appendCodePoint(s.charAt(p) == escape ? codePoint(p) : e);
        return after;
    }
  }

  /** The value of the four hexadecimal digits the units from {@code p} give, or -1. */
  private int hex4(int p) {
    int value = 0;
    for (int k = 0; k < 4; k++) {
      if (p >= length) {
        return -1;
      }
      char c = at(p);
      int digit = c <= 'f' ? Character.digit(c, 16) : -1;
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
      p = next;
    }
    return value;
  }

  /**
   * The index after a comment whose opening ends at {@code p}: after the next decoded line break (a
   * line comment) or {@code *}{@code /} (a block comment), or the end of the text.
   */
  int commentEnd(int p, boolean block) {
    while (p < length) {
      char c = at(p);
      p = next;
      if (!block && c == '\n') {
        return p;
      }
      if (block && c == '*' && p < length && at(p) == '/') {
        return next;
      }
    }
    return length;
  }
}
