package dev.aadsts.processor;

import java.util.Locale;
import java.util.Set;

/**
 * Parse stage: turns the markdown and HTML of a catalog table cell into one line of plain text.
 *
 * <p>Each step is one left-to-right pass that looks at every character a bounded number of times,
 * so the time is linear in the cell's length whatever it holds; regular expressions, which
 * backtrack (and recurse) on hostile text, are not used on catalog text.
 */
final class MarkupParser {
  private MarkupParser() {}

  /** Tags removed from cells; other angle-bracket text (placeholders) is kept. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "a", "b", "br", "code", "div", "em", "i", "li", "ol", "p", "span", "strong", "sub", "sup",
          "u", "ul");

  /**
   * Returns the plain text of a cell.
   *
   * @param cell a table cell's raw text, without the pipes around it
   */
  static String plainText(String cell) {
    String text = itemBreaks(cell);
    text = listEnds(text);
    text = autolinks(text);
    text = htmlTags(text);
    text = links(text);
    text = text.replace("**", "").replace("__", "").replace("`", "");
    text = escapes(text);
    text = entities(text);
    return blanks(text);
  }

  /**
   * Consecutive list items, {@code </li> <li>}: joined with "; " so a list reads as one sentence.
   */
  private static String itemBreaks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '<' && matchesIgnoreCase(text, i, "</li>")) {
        int j = skipSpace(text, i + 5);
        if (matchesIgnoreCase(text, j, "<li>")) {
          out.append("; ");
          i = j + 4;
          continue;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /**
   * The end of a list, {@code </ul>} or {@code </ol>} with the blanks and {@code </li>} before it:
   * a sentence boundary, unless the last item already ends with one.
   */
  private static String listEnds(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int e = text.indexOf('<'); e >= 0; e = text.indexOf('<', e + 1)) {
      if (!(matchesIgnoreCase(text, e, "</ol>") || matchesIgnoreCase(text, e, "</ul>"))) {
        continue;
      }
      int start = skipSpaceBack(text, e, copied);
      if (start - 5 >= copied && matchesIgnoreCase(text, start - 5, "</li>")) {
        start = skipSpaceBack(text, start - 5, copied);
      }
      String punctuation = "";
      if (start > copied && ".!?:;".indexOf(text.charAt(start - 1)) >= 0) {
        start--;
        punctuation = text.substring(start, start + 1);
      }
      out.append(text, copied, start).append(punctuation.isEmpty() ? ". " : punctuation + " ");
      copied = e + 5;
      e += 4;
    }
    return out.append(text, copied, text.length()).toString();
  }

  /** {@code <https://example.com>}: the address stays, the brackets go. */
  private static String autolinks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == '<') {
        int scheme =
            text.startsWith("http://", i + 1) ? 7 : text.startsWith("https://", i + 1) ? 8 : 0;
        if (scheme > 0) {
          int j = i + 1 + scheme;
          while (j < text.length() && "<> \t\n\u000b\f\r".indexOf(text.charAt(j)) < 0) {
            j++;
          }
          if (j > i + 1 + scheme && j < text.length() && text.charAt(j) == '>') {
            out.append(text, i + 1, j);
            i = j + 1;
            continue;
          }
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /** HTML tags of {@link #HTML_TAGS} become a blank; other angle-bracket text stays. */
  private static String htmlTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.charAt(i) == '<') {
        int nameStart = i + 1 < n && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
        if (nameStart < n && isAsciiLetter(text.charAt(nameStart))) {
          int nameEnd = nameStart + 1;
          while (nameEnd < n
              && (isAsciiLetter(text.charAt(nameEnd)) || isAsciiDigit(text.charAt(nameEnd)))) {
            nameEnd++;
          }
          int close = nameEnd;
          while (close < n && text.charAt(close) != '<' && text.charAt(close) != '>') {
            close++;
          }
          if (close < n && text.charAt(close) == '>') {
            String name = text.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (HTML_TAGS.contains(name)) {
              out.append(' ');
            } else {
              out.append(text, i, close + 1);
            }
            i = close + 1;
            continue;
          }
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /** {@code [text](target)} and {@code ![alt](target)}: the text stays, the target goes. */
  private static String links(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int open = c == '!' && i + 1 < n && text.charAt(i + 1) == '[' ? i + 1 : c == '[' ? i : -1;
      if (open >= 0) {
        int close = open + 1;
        while (close < n && text.charAt(close) != '[' && text.charAt(close) != ']') {
          close++;
        }
        if (close + 1 < n && text.charAt(close) == ']' && text.charAt(close + 1) == '(') {
          int end = close + 2;
          while (end < n && "() \t\n\u000b\f\r".indexOf(text.charAt(end)) < 0) {
            end++;
          }
          if (end < n && text.charAt(end) == ')') {
            out.append(text, open + 1, close);
            i = end + 1;
            continue;
          }
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /** Markdown's backslash escapes: a backslash before ASCII punctuation goes. */
  private static String escapes(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
        out.append(text.charAt(i + 1));
        i += 2;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** {@code &amp;}, {@code &#64;}, {@code &#x40;}: the character; unknown names stay. */
  private static String entities(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (text.charAt(i) == '&') {
        int end = entityEnd(text, i + 1);
        if (end > 0) {
          out.append(entity(text.substring(i + 1, end), text.substring(i, end + 1)));
          i = end + 1;
          continue;
        }
      }
      out.append(text.charAt(i++));
    }
    return out.toString();
  }

  /** The index of the {@code ;} that ends an entity whose name starts at {@code i}, or -1. */
  private static int entityEnd(String text, int i) {
    int n = text.length();
    if (i < n && text.charAt(i) == '#') {
      int j = i + 1;
      while (j < n && j - i - 1 < 8 && isAsciiDigit(text.charAt(j))) {
        j++;
      }
      int digits = j - i - 1;
      if (digits >= 1 && digits <= 7 && j < n && text.charAt(j) == ';') {
        return j;
      }
      if (i + 1 < n && (text.charAt(i + 1) == 'x' || text.charAt(i + 1) == 'X')) {
        j = i + 2;
        while (j < n
            && j - i - 2 < 7
            && Character.digit(text.charAt(j), 16) >= 0
            && text.charAt(j) < 0x80) {
          j++;
        }
        int hex = j - i - 2;
        if (hex >= 1 && hex <= 6 && j < n && text.charAt(j) == ';') {
          return j;
        }
      }
      return -1;
    }
    int j = i;
    while (j < n && isAsciiLetter(text.charAt(j))) {
      j++;
    }
    return j > i && j < n && text.charAt(j) == ';' ? j : -1;
  }

  private static String entity(String name, String whole) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) && codePoint != 0
          ? new String(Character.toChars(codePoint))
          : whole;
    }
    switch (name) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return " ";
      default:
        return whole;
    }
  }

  /** Runs of white space (no-break spaces too) become one space; none at the ends. */
  private static String blanks(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c) || c == '\u00a0' || c == '\u2007' || c == '\u202f') {
        blank = true;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    if (blank) {
      out.append(' ');
    }
    return out.toString().trim();
  }

  /** Whether {@code text} has {@code lower} (lower-case ASCII) at {@code i}, in any ASCII case. */
  private static boolean matchesIgnoreCase(String text, int i, String lower) {
    if (i < 0 || i + lower.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = text.charAt(i + k);
      char l = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      if (l != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The start of the white space that ends at {@code end}, not before {@code floor}. */
  private static int skipSpaceBack(String text, int end, int floor) {
    while (end > floor && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  /** Java's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiPunctuation(char c) {
    return (c >= '!' && c <= '/')
        || (c >= ':' && c <= '@')
        || (c >= '[' && c <= '`')
        || (c >= '{' && c <= '~');
  }
}
