package dev.aadsts.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the tool's results: labelled fields and aligned tables as text, or JSON.
 *
 * <p>JSON is written here by hand rather than with a library: the values are only objects (as
 * {@link Map}s, in their iteration order), lists, strings, numbers, booleans and null. Characters
 * outside ASCII are written as {@code \}{@code uXXXX} escapes, so the output is the same bytes
 * whatever the platform's encoding.
 */
final class Output {
  /** Where a wrapped line ends. */
  static final int WIDTH = 100;

  private static final String INDENT = "  ";

  /** Width of the label column of {@link #field}. */
  private final int labelWidth;

  private final PrintStream out;

  Output(PrintStream out, int labelWidth) {
    this.out = out;
    this.labelWidth = labelWidth;
  }

  /** Prints a line, {@link #printable}. */
  void line(String text) {
    out.println(printable(text));
  }

  /**
   * The text with control characters other than line breaks and tabs, and the bidirectional
   * embedding, override and isolate controls (U+202A to U+202E, U+2066 to U+2069), written as
   * {@code \}{@code uXXXX}: values come from untrusted bodies and logs, and must neither drive the
   * terminal nor reorder what it shows.
   */
  static String printable(String text) {
    return escape(text, false);
  }

  /**
   * {@link #printable}, and line breaks and tabs escaped too ({@code \r}, {@code \n}, {@code \t}):
   * for a message on one line that quotes an argument, which must not start a line of its own.
   */
  static String oneLine(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean breaks) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean isBreak = c == '\n' || c == '\r' || c == '\t';
      boolean unsafe = isBreak ? breaks : Character.isISOControl(c) || isBidiControl(c);
      if (unsafe && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (!unsafe) {
        if (out != null) {
          out.append(c);
        }
      } else if (isBreak) {
        out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isBidiControl(char c) {
    return c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069';
  }

  /** Prints {@code aadsts: } and the message on standard error, as one line. */
  static void note(PrintStream err, String message) {
    err.println("aadsts: " + oneLine(message));
  }

  /**
   * Prints {@code label} and {@code value} on one line, the value wrapped at {@link #WIDTH} and its
   * line breaks kept, continuation lines aligned under the value.
   */
  void field(String label, String value) {
    String pad = " ".repeat(INDENT.length() + labelWidth);
    String first = INDENT + label + " ".repeat(Math.max(1, labelWidth - label.length()));
    boolean isFirst = true;
    for (String paragraph : printable(value).strip().split("\\R")) {
      for (String line : wrap(paragraph.strip(), WIDTH - pad.length())) {
        out.println((isFirst ? first : pad) + line);
        isFirst = false;
      }
    }
    if (isFirst) {
      out.println(first.stripTrailing());
    }
  }

  /** {@code text} in lines of at most {@code width} characters, broken at blanks where it can. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" +")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /**
   * Prints a table: a header row, then the rows, each column as wide as its widest cell and two
   * blanks apart; the last column is not padded.
   */
  static void table(PrintStream out, List<String> header, List<List<String>> rows) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        line.append(row.get(i));
        if (i < widths.length - 1) {
          line.append(" ".repeat(widths[i] - row.get(i).length() + 2));
        }
      }
      out.println(printable(line.toString().stripTrailing()));
    }
  }

  /** Prints {@code value} as JSON, indented by two blanks a level, and a line break. */
  static void json(PrintStream out, Object value) {
    StringBuilder json = new StringBuilder();
    writeJson(json, value, "");
    out.println(json);
  }

  private static void writeJson(StringBuilder json, Object value, String indent) {
    if (value == null) {
      json.append("null");
    } else if (value instanceof String string) {
      writeString(json, string);
    } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
      json.append(value);
    } else if (value instanceof Map<?, ?> map) {
      writeObject(json, map, indent);
    } else if (value instanceof List<?> list) {
      writeArray(json, list, indent);
    } else {
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }
  }

  private static void writeObject(StringBuilder json, Map<?, ?> map, String indent) {
    if (map.isEmpty()) {
      json.append("{}");
      return;
    }
    String inner = indent + INDENT;
    json.append('{');
    String separator = "\n";
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      json.append(separator).append(inner);
      writeString(json, (String) entry.getKey());
      json.append(": ");
      writeJson(json, entry.getValue(), inner);
      separator = ",\n";
    }
    json.append('\n').append(indent).append('}');
  }

  private static void writeArray(StringBuilder json, List<?> list, String indent) {
    if (list.isEmpty()) {
      json.append("[]");
      return;
    }
    String inner = indent + INDENT;
    json.append('[');
    String separator = "\n";
    for (Object element : list) {
      json.append(separator).append(inner);
      writeJson(json, element, inner);
      separator = ",\n";
    }
    json.append('\n').append(indent).append(']');
  }

  /** A JSON string: quotes, backslashes, control characters and non-ASCII escaped (RFC 8259). */
  static void writeString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        case '\b' -> json.append("\\b");
        case '\f' -> json.append("\\f");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
