package dev.aadsts.processor;

import com.palantir.javapoet.CodeBlock;

/** Catalog text made safe for generated Java source. */
final class Literals {
  private Literals() {}

  private static final int JAVADOC_WIDTH = 96;
  private static final int STRING_PIECE = 60;

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
   * Plain text as Javadoc: HTML's special characters and everything outside ASCII as entities,
   * {@code @} and {@code *}{@code /} defused, backslashes as entities (javac reads {@code \\u}
   * escapes even in comments), and the text wrapped at word boundaries.
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
          if (c < 0x80) {
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
    return wrap(escaped.toString());
  }

  /**
   * A string literal that JavaPoet may break into {@code "..." + "..."} pieces at word boundaries
   * so no source line is much longer than 100 columns; javac joins the pieces at compile time.
   */
  static CodeBlock wrappedString(String value) {
    CodeBlock.Builder block = CodeBlock.builder();
    int start = 0;
    while (start < value.length()) {
      int end = Math.min(value.length(), start + STRING_PIECE);
      if (end < value.length()) {
        int space = value.lastIndexOf(' ', end);
        end = space > start ? space + 1 : end;
        // Never split a surrogate pair.
        end = Character.isHighSurrogate(value.charAt(end - 1)) ? end - 1 : end;
      }
      block.add(start == 0 ? "$L" : "$W+ $L", string(value.substring(start, end)));
      start = end;
    }
    return value.isEmpty() ? CodeBlock.of("$L", string("")) : block.build();
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
