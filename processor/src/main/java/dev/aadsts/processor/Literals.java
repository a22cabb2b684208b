package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Catalog text made safe for generated Java source. Everything it returns is printable ASCII in
 * which javac's {@code \\u} pre-processing finds no escape: a backslash is always doubled in a
 * string literal and an entity in a comment. Every method is linear in the length of its input.
 */
final class Literals {
  private Literals() {}

  private static final int JAVADOC_WIDTH = 96;

  /**
   * The most bytes of modified UTF-8 in one string literal of generated data: well inside the class
   * file's limit of 65,535 for one string constant.
   */
  static final int PIECE_BYTES = 16_384;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /**
   * A Java string literal. Characters outside printable ASCII are written as {@code \\uXXXX}, so
   * the generated strings do not depend on the encoding javac reads the source with.
   */
  static String string(String value) {
    return string(new StringBuilder(value.length() + 2), value, value.toCharArray(), 0).toString();
  }

  /** Appends {@link #string(String) the literal} of a text to {@code out}; returns {@code out}. */
  static StringBuilder string(StringBuilder out, String value) {
    return string(out, value, value.toCharArray(), 0);
  }

  /*
   * The loops below run in a cold JVM, mostly interpreted: they scan a char array (cheaper than a
   * call to charAt per character) and append the runs that need no escape as whole substrings.
   */

  /**
   * Appends the literal of {@code text.substring(from, to)}, where {@code chars} holds the
   * characters of {@code text}.
   */
  static StringBuilder string(StringBuilder out, String text, char[] chars, int from, int to) {
    out.append('"');
    int run = from;
    for (int i = from; i < to; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        continue;
      }
      out.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default ->
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
      }
    }
    return out.append(text, run, to).append('"');
  }

  private static StringBuilder string(StringBuilder out, String text, char[] chars, int from) {
    return string(out, text, chars, from, chars.length);
  }

  /**
   * Splits text into pieces of at most {@link #PIECE_BYTES} bytes each as a class file stores them
   * (modified UTF-8), so each piece's literal is one legal string constant; joined again they give
   * the text. A split may fall between the two halves of a surrogate pair: Java strings hold each
   * half, and joining restores the pair.
   */
  static List<String> pieces(String text) {
    int[] ends = pieceEnds(text.toCharArray());
    List<String> pieces = new ArrayList<>(ends.length);
    for (int i = 0, start = 0; i < ends.length; start = ends[i++]) {
      pieces.add(text.substring(start, ends[i]));
    }
    return pieces;
  }

  /** Where each {@link #pieces piece} of a text ends, the last at its length. */
  static int[] pieceEnds(char[] text) {
    if (text.length <= PIECE_BYTES / 3) {
      return new int[] {text.length};
    }
    int[] ends = new int[1 + 3 * text.length / PIECE_BYTES];
    int count = 0;
    int bytes = 0;
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      int size = c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (bytes + size > PIECE_BYTES) {
        ends[count++] = i;
        bytes = 0;
      }
      bytes += size;
    }
    ends[count++] = text.length;
    return count == ends.length ? ends : Arrays.copyOf(ends, count);
  }

  /**
   * Plain text as Javadoc: HTML's special characters and everything outside ASCII as entities,
   * {@code @} and {@code *}{@code /} defused, backslashes as entities (javac reads {@code \\u}
   * escapes even in comments), control characters as blanks, and the text wrapped at word
   * boundaries.
   */
  static String javadoc(String text) {
    char[] chars = text.toCharArray();
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    int run = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= 0x20 && c < 0x7f && c != '&' && c != '<' && c != '>' && c != '@' && c != '\\') {
        if (c != '/' || i == 0 || chars[i - 1] != '*') {
          continue;
        }
      }
      escaped.append(text, run, i);
      run = i + 1;
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> escaped.append("&#47;");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            escaped.append(' ');
          } else {
            // As an entity, so the file is ASCII whatever encoding javac writes it in.
            int codePoint = Character.codePointAt(chars, i);
            escaped.append("&#x").append(Integer.toHexString(codePoint)).append(';');
            i += Character.charCount(codePoint) - 1;
            run = i + 1;
          }
        }
      }
    }
    return wrap(run == 0 ? text : escaped.append(text, run, chars.length).toString());
  }

  /**
   * A name from a catalog (an identifier, a file name) in Javadoc: as {@code {@code name}} when it
   * is plain, else as {@link #javadoc} text, since entities do not work inside {@code {@code}}.
   */
  static String name(String name) {
    boolean plain = !name.isEmpty();
    for (int i = 0; plain && i < name.length(); i++) {
      char c = name.charAt(i);
      plain =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || c == '.'
              || c == ' '
              || c == '('
              || c == ')'
              || c == ',';
    }
    return plain ? "{@code " + name + "}" : javadoc(name);
  }

  /** Breaks text into lines of about {@link #JAVADOC_WIDTH} columns at blanks, in one pass. */
  private static String wrap(String text) {
    int length = text.length();
    if (length <= JAVADOC_WIDTH && !text.startsWith(" ") && !text.endsWith(" ")) {
      if (text.indexOf("  ") < 0) {
        return text;
      }
    }
    StringBuilder out = new StringBuilder(length + length / JAVADOC_WIDTH + 1);
    int lineStart = 0;
    int i = 0;
    while (i < length) {
      while (i < length && text.charAt(i) == ' ') {
        i++;
      }
      int end = text.indexOf(' ', i);
      if (end < 0) {
        end = length;
      }
      if (end > i) {
        int lineLength = out.length() - lineStart;
        if (lineLength > 0 && lineLength + 1 + (end - i) > JAVADOC_WIDTH) {
          out.append('\n');
          lineStart = out.length();
        } else if (lineLength > 0) {
          out.append(' ');
        }
        out.append(text, i, end);
      }
      i = end;
    }
    return out.toString();
  }
}
