package dev.aadsts.processor;

import java.util.List;

/**
 * Every message the processor reports, in one place. Tests import the same constants. Each is a
 * {@link String#format} pattern.
 */
final class Messages {
  private Messages() {}

  static final String TOO_MANY_CODES =
      "the catalogs have %d codes and %d deprecated aliases: more than one Java enum can hold (the"
          + " JVM limits the class initializer that creates its constants to 64 KB; with these"
          + " aliases at most %d codes fit). Select fewer catalogs with @AadstsCatalog(catalog ="
          + " ...) or split the catalog file.";

  static final String UNREADABLE_CODE =
      "cannot read the code of this AADSTS row: \"%s\" is not AADSTS followed by a positive"
          + " number of at most 9 digits. Correct the row's first cell, for example \"AADSTS50034\".";

  static final String NO_TABLE =
      "no AADSTS error-code table found: no table row starts with AADSTS and a number. Use the"
          + " markdown of Microsoft's AADSTS error-code page.";

  static final String NOT_A_CODE_ROW =
      "this row of the AADSTS table does not start with an AADSTS code and is ignored: \"%s\".";

  static final String DUPLICATE_CODE =
      "AADSTS%d is listed twice, on lines %d and %d; the row of line %d is kept%s.";

  static final String DUPLICATE_CODE_KEPT_FOR_IDENTIFIER = " because it has an identifier";

  static final String CATALOG_NOT_UTF8 =
      "the catalog is not valid UTF-8 text at byte %d. Save the file as UTF-8.";

  static final String CATALOG_FILE_UNREADABLE =
      "cannot read the catalog file %s given by -Aaadsts.catalog: %s. Give the path of a catalog"
          + " markdown file, absolute or relative to the directory javac runs in.";

  static final String UNKNOWN_BUNDLED_CATALOG =
      "no bundled catalog is named \"%s\". Bundled catalogs: %s.";

  static final String BUNDLED_CATALOG_MISSING =
      "the bundled catalog %s is missing from the processor's class path. Put the complete"
          + " aadsts-processor jar on the processor path.";

  static final String INVALID_ENUM_NAME =
      "enumName \"%s\" is not a Java identifier. Give a simple name such as \"AadstsCode\".";

  static final String DUPLICATE_TARGET =
      "%s is already generated for %s. Put @AadstsCatalog once per package, or give each a"
          + " different enumName.";

  static final String CANNOT_WRITE = "cannot write the code of %s: %s";

  static final String NO_CATALOG =
      "no catalog is selected: the processor's bundled catalog index is empty. Put the complete"
          + " aadsts-processor jar on the processor path, or name a file with -Aaadsts.catalog.";

  static final String UNKNOWN_OPTION =
      "the processor option -A%s is not one of the aadsts options. Known options: %s.";

  static final String EMPTY_OPTION = "the processor option -A%s has no value. Give it %s.";

  static final String BAD_CLASSIFICATION =
      "%s of the classification file is not valid: %s. Each entry is {\"code\": <int>,"
          + " \"category\": <Category name>, \"retryable\": <boolean>}.";

  static final String NOT_JSON = "not valid JSON: %s";

  static final String NOT_READABLE = "cannot be read: %s";

  static final String BAD_BOOLEAN_OPTION =
      "the processor option -A%s must be true or false, not \"%s\".";

  /** Appended to the note with -Aaadsts.verbose=true. */
  static final String TIME = "%n  processor time: %d ms (reading, merging, writing)";

  static final String SUMMARY =
      "%s: %d codes from %d catalogs (%d with an identifier, %d without, %d deprecated aliases;"
          + " %d classified by rules, the rest by the classification file)";

  static final String CATALOG_SUMMARY =
      "  %s: %d rows read, %d codes (%d with an identifier), %d duplicate rows, %d added to the"
          + " union";

  static final String UNKNOWN_LOCALE =
      "locale \"%s\" has no catalog among the selected ones, whose languages are: %s. Choose one"
          + " of them, or add a catalog in that language.";

  static final String UNEXPECTED_FAILURE =
      "the aadsts processor failed unexpectedly; please report it with this text: %s";

  /** The note of one generated enum: its totals, then one line per catalog. */
  static String summary(CodeModel model, List<Integer> added) {
    List<CodeConstant> constants = model.constants();
    long named = constants.stream().filter(c -> c.code().identifier().isPresent()).count();
    StringBuilder note =
        new StringBuilder(
            String.format(
                SUMMARY,
                model.codeEnum().canonicalName(),
                constants.size(),
                model.catalogs().size(),
                named,
                constants.size() - named,
                constants.stream().mapToInt(c -> c.aliases().size()).sum(),
                constants.stream().filter(c -> !c.kind().curated()).count()));
    for (int i = 0; i < model.catalogs().size(); i++) {
      Catalog c = model.catalogs().get(i);
      note.append(System.lineSeparator())
          .append(
              String.format(
                  CATALOG_SUMMARY,
                  c.describe(),
                  c.rowsRead(),
                  c.entries().size(),
                  c.named(),
                  c.duplicateRows(),
                  added.get(i)));
    }
    return note.toString();
  }
}
