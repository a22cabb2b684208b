package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the AADSTS table of a catalog page, in any revision or language of Microsoft's
 * error-code page.
 *
 * <p>Only table rows whose first cell is an {@code AADSTS} code count; the page's other tables
 * and prose are passed over. A row that starts like a code row but whose code cannot be read is
 * an error at its line; nothing is dropped silently.
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

  /** A table's delimiter row: {@code |---|:---:|}. */
  private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?");

  /**
   * An identifier and the separator after it: {@code Name - }, {@code Name – }, {@code Name-},
   * {@code Name: }, {@code Name : }, {@code Name：}. An identifier is one CamelCase word (an
   * upper-case letter after a lower-case letter or digit somewhere), which tells it from the first
   * word of a prose sentence ({@code Invalid URI - ...}, {@code Ogiltig URI – ...}).
   */
  private static final Pattern IDENTIFIER =
      Pattern.compile("([A-Z][A-Za-z0-9_]*[a-z0-9][A-Z][A-Za-z0-9_]*)(?:\\s*[-\u2013\u2014:\uff1a]\\s*|$)");

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
      String first = Markup.plainText(cells.get(0));
      if (!startsWithPrefix(first)) {
        if (inCodeTable && !DELIMITER_ROW.matcher(line).matches()) {
          warn(lineNumber, String.format(Messages.NOT_A_CODE_ROW, abbreviate(line)));
        }
        continue;
      }
      inCodeTable = true;
      rowsRead++;
      OptionalInt code = code(first);
      if (code.isEmpty()) {
        error(lineNumber, String.format(Messages.UNREADABLE_CODE, abbreviate(first)));
        continue;
      }
      CatalogEntry entry = entry(code.getAsInt(), cells, lineNumber);
      CatalogEntry earlier = byCode.get(entry.code());
      byCode.put(entry.code(), earlier == null ? entry : keepOne(earlier, entry));
    }
    if (rowsRead == 0) {
      problems.add(new CatalogProblem(true, file, 0, Messages.NO_TABLE));
    }
    boolean failed = problems.stream().anyMatch(CatalogProblem::error);
    Optional<Catalog> catalog =
        failed ? Optional.empty() : Optional.of(new Catalog(file, List.copyOf(byCode.values()), rowsRead));
    return new Result(catalog, problems);
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

  /** The code of a first cell, or empty when its text after {@code AADSTS} is not a number. */
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
    return OptionalInt.of(Integer.parseInt(digits));
  }

  private static CatalogEntry entry(int code, List<String> cells, int line) {
    // A cell with an unescaped pipe in its text was split; its parts belong together.
    String text = Markup.plainText(String.join("|", cells.subList(1, cells.size())));
    text = withoutRepeatedCode(code, text);
    Matcher m = IDENTIFIER.matcher(text);
    if (m.lookingAt()) {
      return new CatalogEntry(code, Optional.of(m.group(1)), text.substring(m.end()), line);
    }
    return new CatalogEntry(code, Optional.empty(), text, line);
  }

  /** {@code AADSTS90100: text} in the row of AADSTS90100 becomes {@code text}. */
  private static String withoutRepeatedCode(int code, String text) {
    String repeated = PREFIX + code;
    if (!text.startsWith(repeated)
        || (text.length() > repeated.length() && Character.isDigit(text.charAt(repeated.length())))) {
      return text;
    }
    String rest = text.substring(repeated.length()).strip();
    if (!rest.isEmpty() && "-\u2013\u2014:\uff1a".indexOf(rest.charAt(0)) >= 0) {
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
    warn(
        later.line(),
        String.format(
            Messages.DUPLICATE_CODE,
            later.code(),
            earlier.line(),
            later.line(),
            kept.line(),
            forIdentifier ? Messages.DUPLICATE_CODE_KEPT_FOR_IDENTIFIER : ""));
    return kept;
  }

  private void warn(int line, String message) {
    problems.add(new CatalogProblem(false, file, line, message));
  }

  private void error(int line, String message) {
    problems.add(new CatalogProblem(true, file, line, message));
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
