package dev.aadsts.processor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the markdown and HTML of a catalog table cell into one line of plain text. */
final class Markup {
  private Markup() {}

  /** Consecutive list items: joined with "; " so a list reads as one sentence. */
  private static final Pattern ITEM_BREAK = Pattern.compile("(?i)</li>\\s*<li>");

  /** The end of a list: a sentence boundary unless the last item already ends with one. */
  private static final Pattern LIST_END =
      Pattern.compile("(?i)([.!?:;]?)\\s*(?:</li>\\s*)?</[ou]l>");

  private static final Pattern TAG = Pattern.compile("</?([a-zA-Z][a-zA-Z0-9]*)\\s*[^<>]*?/?>");

  /** Tags removed from cells; other angle-bracket text (placeholders) is kept. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "a", "b", "br", "code", "div", "em", "i", "li", "ol", "p", "span", "strong", "sub", "sup",
          "u", "ul");

  private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^<>\\s]+)>");

  /** {@code [text](target)} and {@code ![alt](target)}: the text stays, the target goes. */
  private static final Pattern LINK = Pattern.compile("!?\\[([^\\[\\]]*)]\\([^()\\s]*\\)");

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");

  /** Markdown's backslash escapes: a backslash before ASCII punctuation. */
  private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

  private static final Pattern BLANKS = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");

  /**
   * Returns the plain text of a cell.
   *
   * @param cell a table cell's raw text, without the pipes around it
   */
  static String plainText(String cell) {
    String text = ITEM_BREAK.matcher(cell).replaceAll("; ");
    text = LIST_END.matcher(text).replaceAll(m -> m.group(1).isEmpty() ? ". " : m.group(1) + " ");
    text = AUTOLINK.matcher(text).replaceAll("$1");
    text = removeHtmlTags(text);
    text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = text.replace("**", "").replace("__", "").replace("`", "");
    text = ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    text = ENTITY.matcher(text).replaceAll(m -> Matcher.quoteReplacement(entity(m)));
    return BLANKS.matcher(text).replaceAll(" ").trim();
  }

  private static String removeHtmlTags(String text) {
    return TAG.matcher(text)
        .replaceAll(
            m ->
                HTML_TAGS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    ? " "
                    : Matcher.quoteReplacement(m.group()));
  }

  private static String entity(MatchResult m) {
    String name = m.group(1);
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
      return Character.isValidCodePoint(codePoint) && codePoint != 0
          ? new String(Character.toChars(codePoint))
          : m.group();
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
        return m.group();
    }
  }
}
