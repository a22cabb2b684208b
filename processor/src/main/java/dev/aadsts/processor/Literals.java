package dev.aadsts.processor;

/** Catalog text made safe for generated Java source. */
final class Literals {
  private Literals() {}

  private static final int JAVADOC_WIDTH = 96;

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
            out.append(String.format("\\u%04x", (int) c));
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * Plain text as Javadoc: HTML's special characters as entities, {@code @} and {@code *}{@code /}
   * defused, backslashes as entities (javac reads {@code \\u} escapes even in comments), and the
   * text wrapped at word boundaries.
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
        default -> escaped.append(c);
      }
    }
    return wrap(escaped.toString());
  }

  private static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + text.length() / JAVADOC_WIDTH + 1);
    int lineStart = 0;
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int lineLength = out.length() - lineStart;
      if (lineLength > 0 && lineLength + 1 + word.length() > JAVADOC_WIDTH) {
        out.append('\n');
        lineStart = out.length();
      } else if (lineLength > 0) {
        out.append(' ');
      }
      out.append(word);
    }
    return out.toString();
  }
}
