package dev.aadsts.processor;

import java.util.ArrayList;
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
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append("\\u")
                .append(HEX[c >> 12])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Splits text into pieces of at most {@link #PIECE_BYTES} bytes each as a class file stores them
   * (modified UTF-8), so each piece's literal is one legal string constant; joined again they give
   * the text. A split may fall between the two halves of a surrogate pair: Java strings hold each
   * half, and joining restores the pair.
   */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int size = c >= 1 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      if (bytes + size > PIECE_BYTES) {
        pieces.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    if (start < text.length() || pieces.isEmpty()) {
      pieces.add(text.substring(start));
    }
    return pieces;
  }

  /**
   * Plain text as Javadoc: HTML's special characters and everything outside ASCII as entities,
   * {@code @} and {@code *}{@code /} defused, backslashes as entities (javac reads {@code \\u}
   * escapes even in comments), control characters as blanks, and the text wrapped at word
   * boundaries.
   */
  static String javadoc(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> escaped.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            escaped.append(' ');
          } else if (c < 0x80) {
            escaped.append(c);
          } else {
            // As an entity, so the file is ASCII whatever encoding javac writes it in.
            int codePoint = text.codePointAt(i);
            escaped.append("&#x").append(Integer.toHexString(codePoint)).append(';');
            i += Character.charCount(codePoint) - 1;
          }
        }
      }
    }
    return wrap(escaped);
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
  private static String wrap(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / JAVADOC_WIDTH + 1);
    int lineStart = 0;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && text.charAt(i) == ' ') {
        i++;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) != ' ') {
        end++;
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
