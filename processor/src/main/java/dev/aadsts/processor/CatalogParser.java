package dev.aadsts.processor;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parse stage: reads the AADSTS table of a catalog page, in any revision or language of Microsoft's
 * error-code page.
 *
 * <p>Only table rows whose first cell is an {@code AADSTS} code count; the page's other tables and
 * prose are passed over. A row that starts like a code row but whose code cannot be read is an
 * error at its line; nothing is dropped silently.
 */
final class CatalogParser {

  /** The result: the catalog, or none when an error stops it, and every problem found. */
  record Result(Optional<Catalog> catalog, List<CatalogProblem> problems) {
    Result {
      problems = List.copyOf(problems);
    }
  }

  private static final String PREFIX = "AADSTS";
  private static final int MAX_DIGITS = 9;

  /** Hyphens, dashes and colons, ASCII and typographic, half- and full-width. */
  private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d:\uff1a";

  private static final Pattern LOCALE_IN_NAME =
      Pattern.compile("\\.([a-z]{2,3}-[a-zA-Z]{2,4})(?:-\\d{4})?\\.md$");

  private static final Pattern US_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  private final String file;
  private final List<CatalogProblem> problems = new ArrayList<>();

  private CatalogParser(String file) {
    this.file = file;
  }

  /**
   * Parses a catalog.
   *
   * @param file the catalog's name, for messages
   * @param text the whole file
   */
  static Result parse(String file, String text) {
    return new CatalogParser(file).read(text);
  }

  private Result read(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\r\n|\r|\n", -1);
    Map<Integer, CatalogEntry> byCode = new TreeMap<>();
    int rowsRead = 0;
    boolean inFence = false;
    boolean inCodeTable = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int lineNumber = i + 1;
      if (line.startsWith("```") || line.startsWith("~~~")) {
        inFence = !inFence;
        continue;
      }
      if (inFence || !isTableRow(line)) {
        inCodeTable = false;
        continue;
      }
      List<String> cells = cells(line);
      String first = MarkupParser.plainText(cells.get(0));
      if (!startsWithPrefix(first)) {
        if (inCodeTable && !isDelimiterRow(line)) {
          report(lineNumber, Messages.NOT_A_CODE_ROW, abbreviate(line));
        }
        continue;
      }
      inCodeTable = true;
      rowsRead++;
      OptionalInt code = code(first);
      if (code.isEmpty()) {
        report(lineNumber, Messages.UNREADABLE_CODE, abbreviate(first));
        continue;
      }
      CatalogEntry entry = entry(code.getAsInt(), cells, lineNumber);
      CatalogEntry earlier = byCode.get(entry.code());
      byCode.put(entry.code(), earlier == null ? entry : keepOne(earlier, entry));
    }
    if (rowsRead == 0) {
      report(0, Messages.NO_TABLE);
    }
    boolean failed = problems.stream().anyMatch(CatalogProblem::error);
    Map<String, String> front = frontMatter(lines);
    Optional<Catalog> catalog =
        failed
            ? Optional.empty()
            : Optional.of(
                new Catalog(
                    file, locale(front), date(front), List.copyOf(byCode.values()), rowsRead));
    return new Result(catalog, problems);
  }

  /** The {@code key: value} lines between the {@code ---} lines that open a docs page. */
  private static Map<String, String> frontMatter(String[] lines) {
    Map<String, String> values = new TreeMap<>();
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return values;
    }
    for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        values.put(
            lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).strip());
      }
    }
    return values;
  }

  /** {@code ms.contentlocale}, else a locale in the file name ({@code .sv-se.md}), else en-US. */
  private Locale locale(Map<String, String> front) {
    String tag = front.getOrDefault("ms.contentlocale", front.get("ms.locale"));
    if (tag == null) {
      Matcher m = LOCALE_IN_NAME.matcher(file);
      tag = m.find() ? m.group(1) : "en-US";
    }
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    return locale.getLanguage().isEmpty() ? Locale.US : locale;
  }

  /** {@code ms.date: 04/30/2020} (the docs' month/day/year), when it is a date. */
  private static Optional<LocalDate> date(Map<String, String> front) {
    Matcher m = US_DATE.matcher(front.getOrDefault("ms.date", ""));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A markdown table row, including one without its leading pipe that starts with a code. */
  private static boolean isTableRow(String line) {
    return line.startsWith("|") || (startsWithPrefix(line) && line.indexOf('|') > 0);
  }

  private static boolean startsWithPrefix(String text) {
    return text.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** Splits a row on unescaped pipes, without the empty cells outside the outer pipes. */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    int start = line.startsWith("|") ? 1 : 0;
    for (int i = start; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '|') {
        cells.add(line.substring(start, i));
        start = i + 1;
      }
    }
    String last = line.substring(Math.min(start, line.length()));
    if (!last.isBlank() || cells.isEmpty()) {
      cells.add(last);
    }
    return cells;
  }

  /**
   * The code of a first cell, or empty when its text after {@code AADSTS} is not a positive number.
   */
  private static OptionalInt code(String cell) {
    String digits = cell.substring(PREFIX.length()).strip();
    if (digits.isEmpty() || digits.length() > MAX_DIGITS) {
      return OptionalInt.empty();
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return OptionalInt.empty();
      }
    }
    int code = Integer.parseInt(digits);
    return code == 0 ? OptionalInt.empty() : OptionalInt.of(code);
  }

  private static CatalogEntry entry(int code, List<String> cells, int line) {
    // A cell with an unescaped pipe in its text was split; its parts belong together.
    String text = MarkupParser.plainText(String.join("|", cells.subList(1, cells.size())));
    text = withoutRepeatedCode(code, text);
    int end = identifierEnd(text);
    if (end > 0) {
      int rest = afterSeparator(text, end);
      if (rest >= 0) {
        return new CatalogEntry(
            code, Optional.of(text.substring(0, end)), text.substring(rest), line);
      }
    }
    return new CatalogEntry(code, Optional.empty(), text, line);
  }

  /**
   * The end of the identifier that starts a row's text, or -1. An identifier is one CamelCase word
   * of ASCII letters, digits and underscores, starting with a capital, with a capital after a
   * lower-case letter or digit somewhere ({@code UserAccountNotFound}, {@code V2Error}), which
   * tells it from the first word of a prose sentence ({@code Invalid URI - ...}, {@code Ogiltig URI
   * – ...}).
   */
  private static int identifierEnd(String text) {
    if (text.isEmpty() || !Naming.isUpper(text.charAt(0))) {
      return -1;
    }
    boolean camel = false;
    int i = 1;
    while (i < text.length() && isWordChar(text.charAt(i))) {
      char before = text.charAt(i - 1);
      camel |=
          Naming.isUpper(text.charAt(i))
              && (Naming.isLower(before) || Naming.isDigit(before))
              && i >= 2;
      i++;
    }
    return camel ? i : -1;
  }

  /**
   * Where the description starts after an identifier that ends at {@code end}: past the separator
   * and blanks ({@code Name - }, {@code Name – }, {@code Name-}, {@code Name: }, {@code Name：}), or
   * at the end of a text that is the identifier alone; -1 when neither follows.
   */
  private static int afterSeparator(String text, int end) {
    int i = skipBlanks(text, end);
    if (i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0) {
      return skipBlanks(text, i + 1);
    }
    return end == text.length() ? end : -1;
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * A table's delimiter row: {@code |---|:---:|}, each cell dashes with an optional colon at either
   * end and blanks around, pipes between; the outer pipes optional.
   */
  static boolean isDelimiterRow(String line) {
    int n = line.length();
    int i = line.startsWith("|") ? 1 : 0;
    while (true) {
      i = skipBlanks(line, i);
      if (i < n && line.charAt(i) == ':') {
        i++;
      }
      int dashes = i;
      while (i < n && line.charAt(i) == '-') {
        i++;
      }
      if (i == dashes) {
        return false;
      }
      if (i < n && line.charAt(i) == ':') {
        i++;
      }
      i = skipBlanks(line, i);
      if (i == n) {
        return true;
      }
      if (line.charAt(i) != '|') {
        return false;
      }
      i++;
      if (i == n) {
        return true;
      }
    }
  }

  /** Java's regular-expression {@code \s}: what the catalog format has always taken for blanks. */
  private static boolean isBlank(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isWordChar(char c) {
    return Naming.isUpper(c) || Naming.isLower(c) || Naming.isDigit(c) || c == '_';
  }

  /** {@code AADSTS90100: text} in the row of AADSTS90100 becomes {@code text}. */
  private static String withoutRepeatedCode(int code, String text) {
    String repeated = PREFIX + code;
    if (!text.startsWith(repeated)
        || (text.length() > repeated.length()
            && Character.isDigit(text.charAt(repeated.length())))) {
      return text;
    }
    String rest = text.substring(repeated.length()).strip();
    if (!rest.isEmpty() && SEPARATORS.indexOf(rest.charAt(0)) >= 0) {
      rest = rest.substring(1).strip();
    }
    return rest;
  }

  /** Of two rows for one code, keeps the one with an identifier, else the first. */
  private CatalogEntry keepOne(CatalogEntry earlier, CatalogEntry later) {
    boolean laterWins = earlier.identifier().isEmpty() && later.identifier().isPresent();
    CatalogEntry kept = laterWins ? later : earlier;
    CatalogEntry dropped = laterWins ? earlier : later;
    boolean forIdentifier = kept.identifier().isPresent() && dropped.identifier().isEmpty();
    report(
        later.line(),
        Messages.DUPLICATE_CODE,
        later.code(),
        earlier.line(),
        later.line(),
        kept.line(),
        forIdentifier ? Messages.DUPLICATE_CODE_KEPT_FOR_IDENTIFIER : "");
    return kept;
  }

  private void report(int line, Messages.Message message, Object... args) {
    problems.add(new CatalogProblem(message.isError(), file, line, message.format(args)));
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
