package dev.aadsts.examples.cli;

import dev.aadsts.Category;
import dev.aadsts.examples.AadstsCode;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code aadsts list [--category C]}: the catalog, or the codes of one category, as a table. */
final class ListCodes {
  private ListCodes() {}

  static int run(String categoryName, boolean json, PrintStream out, PrintStream err)
      throws Aadsts.UsageException {
    Category category = categoryName == null ? null : category(categoryName);
    List<AadstsCode> codes =
        Stream.of(AadstsCode.values())
            .filter(code -> category == null || code.category() == category)
            .toList();
    if (json) {
      Output.json(out, codes.stream().map(Explain::describe).toList());
    } else if (codes.isEmpty()) {
      Output.note(err, "no code of the catalog has the category " + categoryName);
    } else {
      Output.table(
          out,
          List.of("CODE", "CONSTANT", "CATEGORY", "RETRYABLE", "IDENTIFIER"),
          codes.stream()
              .map(
                  code ->
                      List.of(
                          Explain.aadsts(code),
                          code.name(),
                          code.category().name(),
                          code.isRetryable() ? "yes" : "no",
                          code.identifier()))
              .toList());
    }
    return codes.isEmpty() ? Aadsts.NOT_FOUND : Aadsts.FOUND;
  }

  /** The category named {@code name}, in any case, with {@code -} or {@code _} between words. */
  static Category category(String name) throws Aadsts.UsageException {
    String constant = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (Category category : Category.values()) {
      if (category.name().equals(constant)) {
        return category;
      }
    }
    throw new Aadsts.UsageException(
        "unknown category '" + name + "'; the categories are " + categoryNames());
  }

  /** The categories as the command line takes them, comma-separated. */
  static String categoryNames() {
    return Stream.of(Category.values())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }
}
