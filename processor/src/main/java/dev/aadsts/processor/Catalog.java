package dev.aadsts.processor;

import java.util.List;

/**
 * A catalog file, read: its codes in ascending order, one entry a code.
 *
 * @param name the file name, used in messages and in the generated code
 * @param entries one entry per distinct code, sorted by code
 * @param rowsRead every AADSTS row of the table, duplicates included
 */
record Catalog(String name, List<CatalogEntry> entries, int rowsRead) {

  Catalog {
    entries = List.copyOf(entries);
  }

  int named() {
    return (int) entries.stream().filter(e -> e.identifier().isPresent()).count();
  }

  int duplicateRows() {
    return rowsRead - entries.size();
  }
}
