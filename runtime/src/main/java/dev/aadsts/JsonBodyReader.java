package dev.aadsts;

import java.util.Arrays;

/**
 * Reads the fields of a token-endpoint error body into an {@link AadstsErrorBuilder}.
 *
 * <p>A hand-written scanner over the string, so that the runtime needs no JSON library and a body
 * costs one pass and one string per field read. Real bodies are not always strict JSON, so it
 * accepts: raw control characters and any backslash escape in strings, single-quoted strings and
 * Python's {@code True}/{@code None} (a Python client printed the body), Ruby's {@code "name" =>
 * value} and {@code nil}, unquoted names, trailing and missing commas' values, comments, and any
 * bare word as a value. It stops at the first syntax error or at the end of the input, keeping the
 * fields read before it. Nesting is bounded, so the input never controls the recursion depth.
 */
final class JsonBodyReader {
  private static final int MAX_DEPTH = 64;
  private static final String[] NAMES = {
    "error",
    "error_description",
    "error_codes",
    "timestamp",
    "trace_id",
    "correlation_id",
    "error_uri",
    "suberror",
    "claims",
  };

  // The names by their length, so that a name is compared with one or two of them at most.
  private static final String[][] NAMES_BY_LENGTH = new String[18][];

  static {
    for (String name : NAMES) {
      String[] same = NAMES_BY_LENGTH[name.length()];
      String[] more = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
      more[more.length - 1] = name;
      NAMES_BY_LENGTH[name.length()] = more;
    }
  }

  private static final int NO_BACKSLASH = Integer.MAX_VALUE;

  private final String s;
  private final AadstsErrorBuilder builder;
  private int pos;
  // The index after the last part of the object read whole: its brace, a field, a comma.
  private int complete;
  // The first backslash at or after the last string read, or NO_BACKSLASH; -1 before the first.
  private int backslash = -1;

  private JsonBodyReader(String s, int start, AadstsErrorBuilder builder) {
    this.s = s;
    this.pos = start;
    this.builder = builder;
  }

  /**
   * Reads the object whose brace is at {@code start} into {@code builder}, overwriting what the
   * fields set. Text after the object is ignored.
   *
   * @return how far it read: the index after the object if it was read whole; else {@code ~k},
   *     where {@code k} is the index after its last field read whole (or after its brace), since
   *     reading stopped at a syntax error or the end of the input; -1 if no object starts there
   */
  static int readSpan(String text, int start, AadstsErrorBuilder builder) {
    if (start < 0 || start >= text.length() || text.charAt(start) != '{') {
      return -1;
    }
    JsonBodyReader reader = new JsonBodyReader(text, start, builder);
    return reader.object() ? reader.pos : ~reader.complete;
  }

  private boolean object() {
    pos++;
    while (true) {
      complete = pos;
      blanks();
      if (pos >= s.length()) {
        return false;
      }
      char c = s.charAt(pos);
      if (c == '}') {
        pos++;
        return true;
      }
      if (c == ',') {
        pos++;
        continue;
      }
      String name = name();
      blanks();
      if (name == null || !separator()) {
        return false;
      }
      blanks();
      if (pos >= s.length() || !field(name)) {
        return false;
      }
    }
  }

  private boolean field(String name) {
    if (name.equals("error_codes")) {
      return codes();
    }
    pos = JsonStrings.afterStringPrefix(s, pos);
    char c = s.charAt(pos);
    if (c == '{' || c == '[') {
      // The fields of the wire format are strings; only claims may also be a JSON object. A
      // structure where a string belongs (an Azure Resource Manager style "error" object) is kept
      // with the other fields rather than taken for the value.
      int start = pos;
      if (!skipValue(0)) {
        return false;
      }
      builder.putStructure(name, s.substring(start, pos));
      return true;
    }
    String value;
    if (c == '"' || c == '\'') {
      int end = plainStringEnd();
      if (end >= 0 ? leaves(name, end) : leavesEscaped(name)) {
        pos = end >= 0 ? end + 1 : pos;
        return true;
      }
      value = end >= 0 ? s.substring(pos + 1, end) : string();
      pos = end >= 0 ? end + 1 : pos;
      if (value == null) {
        return false;
      }
    } else {
      int start = pos;
      bareWord();
      if (pos == start) {
        return false;
      }
      value = s.substring(start, pos);
      if (value.equals("null") || value.equals("None") || value.equals("nil")) {
        value = null;
      }
    }
    builder.set(name, value);
    return true;
  }

  /** Reads {@code error_codes}: an array of numbers or strings, or one string such as "[50011]". */
  private boolean codes() {
    if (s.charAt(pos) != '[') {
      return code();
    }
    pos++;
    while (true) {
      blanks();
      if (pos >= s.length()) {
        return false;
      }
      char c = s.charAt(pos);
      if (c == ']') {
        pos++;
        return true;
      }
      if (c == ',') {
        pos++;
      } else if (!code()) {
        return false;
      }
    }
  }

  private boolean code() {
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') {
      String text = string();
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
    // Only a plain integer of up to 9 digits: not -1, 1e5, 1.0 or 12345678901.
    int digits = pos - start;
    if (digits > 0 && digits <= 9 && CodeScanner.digitRun(s, start) == digits) {
      builder.addCode(CodeScanner.value(s, start, pos));
    }
    return pos > start;
  }

  /**
   * The field name at {@code pos}: for the names of the wire format, the constant itself, so that
   * reading them allocates nothing; null if there is none.
   */
  private String name() {
    pos = JsonStrings.afterStringPrefix(s, pos);
    char c = s.charAt(pos);
    int start;
    int end;
    String known = null;
    if (c == '"' || c == '\'') {
      start = pos + 1;
      known = JsonStrings.knownNameAt(s, start);
      end = known != null ? start + known.length() : start; // its letters need no scan
      while (end < s.length() && s.charAt(end) != c && s.charAt(end) != '\\') {
        end++;
      }
      if (end >= s.length() || s.charAt(end) == '\\') {
        return string();
      }
      pos = end + 1;
    } else {
      start = pos;
      while (pos < s.length() && isNameChar(s.charAt(pos))) {
        pos++;
      }
      end = pos;
      if (end == start) {
        return null;
      }
    }
    known = known != null && end == start + known.length() ? known : knownName(s, start, end);
    return known != null ? known : s.substring(start, end);
  }

  /** The name of the wire format that {@code s[start, end)} is, or null. */
  static String knownName(String s, int start, int end) {
    String[] same = end - start < NAMES_BY_LENGTH.length ? NAMES_BY_LENGTH[end - start] : null;
    for (int n = 0; same != null && n < same.length; n++) {
      if (s.startsWith(same[n], start)) {
        return same[n];
      }
    }
    return null;
  }

  static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '-';
  }

  /** Skips {@code :}, or Ruby's {@code =>}, or {@code =}. */
  private boolean separator() {
    char c = pos < s.length() ? s.charAt(pos) : 0;
    pos += c == ':' || c == '=' ? (c == '=' && s.startsWith(">", pos + 1) ? 2 : 1) : 0;
    return c == ':' || c == '=';
  }

  /** The string whose quote is at {@code pos}, decoded; null if it does not end. */
  private String string() {
    char quote = s.charAt(pos);
    int start = pos + 1;
    int quoteAt = plainStringEnd();
    if (quoteAt >= 0) {
      pos = quoteAt + 1;
      return s.substring(start, quoteAt);
    }
    if (backslash == NO_BACKSLASH) {
      return null;
    }
    int i = backslash;
    // The end is found first only to size a buffer longer than the reused one.
    int close =
        s.length() - start > Unescaping.MAX_REUSED ? Unescaping.closingQuote(s, i, quote) : i;
    if (close < 0) {
      return null;
    }
    char[] out = JsonStrings.chars(close == i ? s.length() - start : close - start);
    long read = JsonStrings.decodeString(s, start, i, quote, out);
    if (read < 0) {
      return null;
    }
    pos = (int) (read >>> 32) + 1;
    return new String(out, 0, (int) read);
  }

  /**
   * Whether the value of {@code name}, the string at {@code pos} that ends at {@code end} with no
   * escape, stays in the text ({@link AadstsErrorBuilder#leave}): not blank, and of the raw body of
   * a value built at once.
   */
  private boolean leaves(String name, int end) {
    return end > pos + 1
        && s.charAt(pos + 1) > ' '
        && builder.mayLeave(s)
        && builder.leave(name, TextSpans.span(pos + 1, end));
  }

  /**
   * Whether the description at {@code pos}, a string with an escape, stays in the text to be
   * decoded when asked for ({@link TextSpans#escaped}), as {@link #leaves} says for a string
   * without one: if each escape in it is a blank's, a quote's, a backslash's or a slash's, whose
   * letter reads the same for the codes in place as the character decoded ({@link CodeScanner}).
   * Then {@code pos} is after it.
   */
  private boolean leavesEscaped(String name) {
    if (!name.equals("error_description")
        || backslash == NO_BACKSLASH
        || s.charAt(pos + 1) <= ' '
        || !builder.mayLeave(s)) {
      return false;
    }
    char quote = s.charAt(pos);
    int b = backslash; // the string's first: plainStringEnd found it before the quote
    int quoteAt = s.indexOf(quote, pos + 1);
    while (quoteAt >= 0 && b >= 0 && b < quoteAt) {
      if (b + 1 >= s.length() || SIMPLE_ESCAPES.indexOf(s.charAt(b + 1)) < 0) {
        return false;
      }
      quoteAt = quoteAt < b + 2 ? s.indexOf(quote, b + 2) : quoteAt;
      b = s.indexOf('\\', b + 2);
    }
    if (quoteAt < 0) {
      return false;
    }
    builder.leave(name, TextSpans.escaped(pos + 1, quoteAt));
    pos = quoteAt + 1;
    return true;
  }

  private static final String SIMPLE_ESCAPES = "rnt\"'\\/";

  /**
   * The closing quote of the string at {@code pos} if it holds no escape, else -1. Both searches
   * are vectorized; the backslash one is remembered (a stream), so that each part of the body is
   * searched once however many strings it holds.
   */
  private int plainStringEnd() {
    int start = pos + 1;
    int quoteAt = s.indexOf(s.charAt(pos), start);
    if (backslash < start && backslash != NO_BACKSLASH) {
      backslash = s.indexOf('\\', start);
      backslash = backslash < 0 ? NO_BACKSLASH : backslash;
    }
    return quoteAt >= 0 && (backslash == NO_BACKSLASH || backslash > quoteAt) ? quoteAt : -1;
  }

  /** Skips a string without decoding it; false if it does not end. */
  private boolean skipString() {
    int close = Unescaping.closingQuote(s, pos + 1, s.charAt(pos));
    pos = close < 0 ? pos : close + 1;
    return close >= 0;
  }

  /** Skips any value: an object, an array, a string or a bare word. */
  private boolean skipValue(int depth) {
    if (depth > MAX_DEPTH || pos >= s.length()) {
      return false;
    }
    char c = s.charAt(pos);
    if (c == '"' || c == '\'') {
      return skipString();
    }
    if (c != '{' && c != '[') {
      int start = pos;
      bareWord();
      return pos > start;
    }
    char close = c == '{' ? '}' : ']';
    pos++;
    while (true) {
      blanks();
      if (pos >= s.length()) {
        return false;
      }
      char d = s.charAt(pos);
      if (d == close) {
        pos++;
        return true;
      }
      if (d == ',') {
        pos++;
        continue;
      }
      if (close == '}') {
        if (!(d == '"' || d == '\'' ? skipString() : name() != null)) {
          return false;
        }
        blanks();
        if (!separator()) {
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
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == ',' || c == '}' || c == ']' || c == ':' || c == '{' || c == '[' || c <= ' ') {
        return;
      }
      pos++;
    }
  }

  /** Skips blanks, a byte order mark, and Java comments. */
  private void blanks() {
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c <= ' ' || c == '\uFEFF') {
        pos++;
      } else if (c == '/' && s.startsWith("//", pos)) {
        int end = s.indexOf('\n', pos);
        pos = end < 0 ? s.length() : end + 1;
      } else if (c == '/' && s.startsWith("/*", pos)) {
        int end = s.indexOf("*/", pos + 2);
        pos = end < 0 ? s.length() : end + 2;
      } else {
        return;
      }
    }
  }
}
