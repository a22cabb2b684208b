package dev.aadsts;

/**
 * {@link JsonBodyReader} for a body that is still encoded: backslash-escaped once ({@code
 * {\"error\":...}}, a JSON string holding the body) or HTML-entity-encoded ({@code
 * {&quot;error&quot;:...}}). It reads the body's structure and names in place, through the escapes,
 * and decodes only the values it keeps, so that it gives what {@link JsonBodyReader} gives over the
 * decoded text ({@link EmbeddedBody#at}) without decoding the body first; its indexes are the
 * encoded text's, so the walk goes on where the encoded body ends.
 *
 * <p>The decoded text is read one unit at a time ({@link EncodedUnits}): a character that is not
 * the escape's start stands for itself, an escape for what {@link Unescaping} decodes it to.
 */
final class EncodedBodyReader {
  private static final int MAX_DEPTH = 64;

  private final String s;
  private final int length;
  private final AadstsErrorBuilder builder;
  private final char escape; // the character that starts an escape: a backslash, or &
  private final EncodedUnits units;
  private int pos;
  // The index after the last part of the object read whole: its brace, a field, a comma.
  private int complete;
  // Whether the last bare word read holds an escape.
  private boolean escapedWord;

  private EncodedBodyReader(String s, int start, boolean entities, AadstsErrorBuilder builder) {
    this.s = s;
    this.length = s.length();
    this.pos = start;
    this.builder = builder;
    this.escape = entities ? '&' : '\\';
    this.units = new EncodedUnits(s, entities);
  }

  /**
   * Reads the encoded object whose brace is at {@code start}, as {@link JsonBodyReader#readSpan}
   * reads the decoded one.
   *
   * @param entities whether the body is HTML-entity-encoded, rather than backslash-escaped once
   * @return as {@link JsonBodyReader#readSpan}, in indexes of {@code text}
   */
  static int readSpan(String text, int start, boolean entities, AadstsErrorBuilder builder) {
    if (start < 0 || start >= text.length() || text.charAt(start) != '{') {
      return -1;
    }
    EncodedBodyReader reader = new EncodedBodyReader(text, start, entities, builder);
    return reader.object() ? reader.pos : ~reader.complete;
  }

  private boolean object() {
    pos++;
    while (true) {
      complete = pos;
      char c = blanks();
      if (pos >= length) {
        return false;
      }
      if (c == '}') {
        pos = units.next;
        return true;
      }
      if (c == ',') {
        pos = units.next;
        continue;
      }
      String name = name(c);
      c = blanks();
      if (name == null || !separator(c)) {
        return false;
      }
      c = blanks();
      if (pos >= length || !field(name, c)) {
        return false;
      }
    }
  }

  /** The value of {@code name}, whose first unit, {@code c}, is at {@code pos}. */
  private boolean field(String name, char c) {
    if (name.equals("error_codes")) {
      return codes(c);
    }
    if (c == '{' || c == '[') {
      int start = pos;
      if (!skipValue(0)) {
        return false;
      }
      builder.putStructure(name, units.decode(start, pos));
      return true;
    }
    String value;
    if (c == '"' || c == '\'') {
      pos = units.next;
      // A value that needs no decoding stays in the text if the value may copy it when asked for.
      int end = builder.mayLeave(s) ? units.plainEnd(pos, c) : -1;
      if (end > pos && s.charAt(pos) > ' ' && builder.leave(name, TextSpans.span(pos, end))) {
        pos = units.next;
        return true;
      }
      if (end >= 0) {
        value = s.substring(pos, end);
        pos = units.next;
      } else if ((value = string(c)) == null) {
        return false;
      }
    } else {
      int start = pos;
      bareWord();
      if (pos == start) {
        return false;
      }
      value = escapedWord ? units.decode(start, pos) : s.substring(start, pos);
      if (value.equals("null") || value.equals("None") || value.equals("nil")) {
        value = null;
      }
    }
    builder.set(name, value);
    return true;
  }

  /** Reads {@code error_codes}, as {@link JsonBodyReader} does. */
  private boolean codes(char first) {
    if (first != '[') {
      return code(first);
    }
    pos = units.next;
    while (true) {
      char c = blanks();
      if (pos >= length) {
        return false;
      }
      if (c == ']') {
        pos = units.next;
        return true;
      }
      if (c == ',') {
        pos = units.next;
      } else if (!code(c)) {
        return false;
      }
    }
  }

  private boolean code(char c) {
    if (c == '"' || c == '\'') {
      pos = units.next;
      String text = string(c);
      if (text != null) {
        CodeScanner.numbersIn(text, builder::addCode);
      }
      return text != null;
    }
    if (c == '{' || c == '[') {
      return skipValue(0);
    }
    int start = pos;
    bareWord();
    String word = escapedWord ? units.decode(start, pos) : s;
    int from = escapedWord ? 0 : start;
    int to = escapedWord ? word.length() : pos;
    // Only a plain integer of up to 9 digits: not -1, 1e5, 1.0 or 12345678901.
    int digits = to - from;
    if (digits > 0 && digits <= 9 && CodeScanner.digitRun(word, from) == digits) {
      builder.addCode(CodeScanner.value(word, from, to));
    }
    return pos > start;
  }

  /**
   * The field name whose first unit, {@code c}, is at {@code pos}, as {@link JsonBodyReader} reads
   * it; null if there is none.
   */
  private String name(char c) {
    if (c == '"' || c == '\'') {
      int start = units.next;
      String known = JsonStrings.knownNameAt(s, start);
      int end = known != null ? start + known.length() : start; // its letters need no scan
      // Names are short: a loop costs less here than the string searches.
      for (char d; end < length && (d = s.charAt(end)) != escape && d != c && d != '\\'; ) {
        end++;
      }
      // Only a name that ends at its quote with no escape in it is read in place.
      if (end < length && (s.charAt(end) == c || (s.charAt(end) == escape && units.at(end) == c))) {
        pos = s.charAt(end) == c ? end + 1 : units.next;
        known =
            known != null && end == start + known.length()
                ? known
                : JsonBodyReader.knownName(s, start, end);
        return known != null ? known : s.substring(start, end);
      }
      pos = start;
      return string(c);
    }
    int start = pos;
    boolean escaped = false;
    while (pos < length && JsonBodyReader.isNameChar(units.at(pos))) {
      escaped |= s.charAt(pos) == escape;
      pos = units.next;
    }
    if (pos == start) {
      return null;
    }
    if (escaped) {
      String name = units.decode(start, pos);
      String known = JsonBodyReader.knownName(name, 0, name.length());
      return known != null ? known : name;
    }
    String known = JsonBodyReader.knownName(s, start, pos);
    return known != null ? known : s.substring(start, pos);
  }

  /** Skips {@code :}, or Ruby's {@code =>}, or {@code =}, whose unit {@code c} is at pos. */
  private boolean separator(char c) {
    if (pos >= length || (c != ':' && c != '=')) {
      return false;
    }
    int after = units.next;
    if (c == '=' && after < length && units.at(after) == '>') {
      after = units.next;
    }
    pos = after;
    return true;
  }

  /**
   * The string whose opening quote, {@code quote}, ends at {@code pos}; null if it does not end.
   */
  private String string(char quote) {
    String value = units.string(pos, quote);
    if (value != null) {
      pos = units.next;
    }
    return value;
  }

  /** Skips a string, its opening quote read, without decoding it; false if it does not end. */
  private boolean skipString(char quote) {
    int end = units.stringEnd(pos, quote);
    pos = end < 0 ? pos : end;
    return end >= 0;
  }

  /** Skips any value: an object, an array, a string or a bare word. */
  private boolean skipValue(int depth) {
    if (depth > MAX_DEPTH || pos >= length) {
      return false;
    }
    char c = units.at(pos);
    if (c == '"' || c == '\'') {
      pos = units.next;
      return skipString(c);
    }
    if (c != '{' && c != '[') {
      int start = pos;
      bareWord();
      return pos > start;
    }
    char close = c == '{' ? '}' : ']';
    pos = units.next;
    while (true) {
      char d = blanks();
      if (pos >= length) {
        return false;
      }
      if (d == close) {
        pos = units.next;
        return true;
      }
      if (d == ',') {
        pos = units.next;
        continue;
      }
      if (close == '}') {
        boolean named;
        if (d == '"' || d == '\'') {
          pos = units.next;
          named = skipString(d);
        } else {
          named = name(d) != null;
        }
        if (!named || !separator(blanks())) {
          return false;
        }
        blanks();
      }
      if (!skipValue(depth + 1)) {
        return false;
      }
    }
  }

  /** Skips a number, literal or other bare word: up to a blank or a structural character. */
  private void bareWord() {
    escapedWord = false;
    while (pos < length) {
      char c = units.at(pos);
      if (c == ',' || c == '}' || c == ']' || c == ':' || c == '{' || c == '[' || c <= ' ') {
        return;
      }
      escapedWord |= s.charAt(pos) == escape;
      pos = units.next;
    }
  }

  /**
   * Skips blanks, a byte order mark, and Java comments, as decoded.
   *
   * @return the unit at {@code pos} after them ({@code units.next} is where the next starts), or 0
   *     at the end of the text
   */
  private char blanks() {
    while (pos < length) {
      char c = units.at(pos);
      int after = units.next;
      if (c <= ' ' || c == '\uFEFF') {
        pos = after;
        continue;
      }
      if (c != '/' || after >= length) {
        return c;
      }
      char d = units.at(after);
      if (d != '/' && d != '*') {
        units.at(pos); // the unit at pos again, for the caller
        return c;
      }
      pos = units.commentEnd(units.next, d == '*');
    }
    return 0;
  }
}
