package dev.aadsts;

/**
 * The decoded text of an encoded body, one unit at a time, for {@link EncodedBodyReader}: a
 * character that does not start an escape stands for itself; an escape (a backslash escape, or an
 * HTML character reference) stands for what {@link Unescaping} decodes it to, so that the units
 * joined are {@link Unescaping#backslashes} or {@link Unescaping#entities} of the text. Reads the
 * body's strings, too: a run of characters without the escape's start, a quote or a backslash holds
 * no decoded quote or backslash, so a string's runs are found by vectorized searches, as in the
 * plain reader, and copied whole.
 */
final class EncodedUnits {
  private final String s;
  private final int length;
  private final boolean entities;
  private final char escape;

  /** Where the unit after the one last decoded starts. */
  int next;

  /** Where the characters {@link #jsonEscape} last wrote end. */
  int written;

  // The next escape, double quote, single quote and (entities only) backslash at or after the
  // last string's start: each searched again only once passed.
  private int nextEscape = -1;
  private int escapeFrom = Integer.MAX_VALUE; // where the search for nextEscape started
  private int nextDouble = -1;
  private int nextSingle = -1;
  private int nextBackslash = -1;

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
    if (e != 'u') {
      return Unescaping.escaped(e);
    }
    int value = Unescaping.hex(s, p + 2, 4);
    if (value >= 0) {
      next = p + 6;
      return value;
    }
    // An incomplete unicode escape stays as it is: its backslash, then its u as itself.
    next = p + 1;
    return '\\';
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
    int e = escapeAt(from);
    if (e >= to) {
      return s.substring(from, to);
    }
    StringBuilder out = Unescaping.buffer(to - from);
    int run = from;
    while (e < to) {
      out.append(s, run, e).appendCodePoint(codePoint(e));
      run = Math.min(next, to);
      e = escapeAt(run);
    }
    return out.append(s, run, to).toString();
  }

  /**
   * The first escape at or after {@code p}, or the text's length. One search serves every index
   * between where it started and what it found, so that the fields of a long body without escapes
   * do not each search to its end.
   */
  private int escapeAt(int p) {
    if (p < escapeFrom || p > nextEscape) {
      escapeFrom = p;
      nextEscape = indexOf(escape, p);
    }
    return nextEscape;
  }

  /**
   * Writes what the escape of a JSON string stands for, its backslash decoded and the unit after it
   * at {@code p}, into {@code out} at {@code w}, as {@link Unescaping#decode} appends it for the
   * decoded text; {@link #written} is where the characters written end.
   *
   * @return the index after the units it read
   */
  int jsonEscape(int p, char[] out, int w) {
    char e = at(p);
    int after = next;
    written = w + 1;
    if (e == 'u') {
      int value = hex4(after);
      if (value >= 0) {
        out[w] = (char) value;
        return next;
      }
      out[w] = '\\';
      out[w + 1] = 'u';
      written = w + 2;
      return after;
    }
    char control = Unescaping.escaped(e);
    if (control != e) {
      out[w] = control;
      return after;
    }
    written = w + Character.toChars(s.charAt(p) == escape ? codePoint(p) : e, out, w);
    return after;
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

  /**
   * Where the string whose opening quote, {@code quote}, ends at {@code start} has its closing
   * quote, if nothing in it needs decoding: then {@code s[start, end)} is its value, and {@link
   * #next} is after the quote. -1 otherwise.
   */
  int plainEnd(int start, char quote) {
    int special = special(start, quote);
    if (special >= length) {
      return -1;
    }
    boolean escaped = s.charAt(special) == escape;
    int value = escaped ? codePoint(special) : s.charAt(special);
    next = escaped ? next : special + 1;
    return value == quote ? special : -1;
  }

  /**
   * The string whose opening quote, {@code quote}, ends at {@code start}, decoded as the plain
   * reader decodes it from the decoded text; null if it does not end. {@link #next} is then where
   * the string ends, after its closing quote.
   */
  String string(int start, char quote) {
    int run = start; // where the characters not yet copied start
    char[] out = null; // decoded is never longer than encoded
    int w = 0;
    while (true) {
      int special = special(run, quote);
      if (special >= length) {
        return null;
      }
      int value = s.charAt(special) == escape ? codePoint(special) : s.charAt(special);
      int after = s.charAt(special) == escape ? next : special + 1;
      if (value == quote) {
        next = after;
        if (out == null) {
          return s.substring(start, special);
        }
        s.getChars(run, special, out, w);
        return new String(out, 0, w + special - run);
      }
      if (out == null) {
        int size = size(start, quote);
        if (size < 0) {
          return null;
        }
        out = JsonStrings.chars(size);
        s.getChars(start, special, out, 0);
        w = special - start;
      } else {
        s.getChars(run, special, out, w);
        w += special - run;
      }
      if (value != '\\') {
        w += Character.toChars(value, out, w);
        run = after;
        continue;
      }
      // A backslash of the decoded text: the escape of a JSON string, with the unit after it.
      if (after >= length) {
        return null;
      }
      run = jsonEscape(after, out, w);
      w = written;
    }
  }

  /**
   * A size that holds the string from {@code start} decoded: the rest of the text, or, past the
   * reused buffer's size, the string's own length found first.
   */
  private int size(int start, char quote) {
    if (length - start <= Unescaping.MAX_REUSED) {
      return length - start;
    }
    int end = stringEnd(start, quote);
    return end < 0 ? -1 : end - start;
  }

  /** The index of the first escape, {@code quote} or backslash at or after {@code p}. */
  int special(int p, char quote) {
    escapeAt(p);
    int q;
    if (quote == '"') {
      q = nextDouble = nextDouble < p ? indexOf('"', p) : nextDouble;
    } else {
      q = nextSingle = nextSingle < p ? indexOf('\'', p) : nextSingle;
    }
    int first = Math.min(nextEscape, q);
    if (entities) {
      nextBackslash = nextBackslash < p ? indexOf('\\', p) : nextBackslash;
      first = Math.min(first, nextBackslash);
    }
    return first;
  }

  private int indexOf(char c, int from) {
    int at = s.indexOf(c, from);
    return at < 0 ? length : at;
  }

  /**
   * The index after the string from {@code p} (its opening quote read) without decoding it, a
   * decoded backslash taking the unit after it; -1 if it does not end.
   */
  int stringEnd(int p, char quote) {
    while (p < length) {
      char c = at(p);
      p = next;
      if (c == '\\') {
        if (p >= length) {
          return -1;
        }
        at(p);
        p = next;
      } else if (c == quote) {
        return p;
      }
    }
    return -1;
  }
}
