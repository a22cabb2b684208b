package dev.aadsts.processor;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A catalog file, read: its codes in ascending order, one entry a code.
 *
 * @param name the file name, used in messages and in the generated code
 * @param locale the page's language ({@code ms.contentlocale}, else the file name, else en-US)
 * @param date the page's revision date ({@code ms.date}), when it has one
 * @param entries one entry per distinct code, sorted by code
 * @param rowsRead every AADSTS row of the table, duplicates included
 */
record Catalog(
    String name,
    Locale locale,
    Optional<LocalDate> date,
    List<CatalogEntry> entries,
    int rowsRead) {

  Catalog {
    entries = List.copyOf(entries);
  }

  int named() {
    return (int) entries.stream().filter(e -> e.identifier().isPresent()).count();
  }

  int duplicateRows() {
    return rowsRead - entries.size();
  }

  boolean isEnglish() {
    return locale.getLanguage().equals("en");
  }

  /** {@code name (sv-SE, 2020-04-30)}: how messages and the generated code name the catalog. */
  String describe() {
    String revision = date.isPresent() ? ", " + date.get() : "";
    return name + " (" + locale.toLanguageTag() + revision + ")";
  }
}
