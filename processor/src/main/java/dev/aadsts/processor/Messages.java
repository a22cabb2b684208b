package dev.aadsts.processor;

import java.util.List;
import javax.tools.Diagnostic.Kind;

/**
 * Every message the processor reports, with its diagnostic kind, in one place. Tests import the
 * same constants. Each text is a {@link String#format} pattern; each sentence names the rule and
 * the fix.
 */
final class Messages {
  private Messages() {}

  /**
   * A message: how javac shows it and its text.
   *
   * @param kind the diagnostic kind it is reported with
   * @param pattern its {@link String#format} pattern
   */
  record Message(Kind kind, String pattern) {
    String format(Object... args) {
      return String.format(pattern, args);
    }

    boolean isError() {
      return kind == Kind.ERROR;
    }
  }

  private static Message error(String pattern) {
    return new Message(Kind.ERROR, pattern);
  }

  private static Message warning(String pattern) {
    return new Message(Kind.WARNING, pattern);
  }

  private static Message note(String pattern) {
    return new Message(Kind.NOTE, pattern);
  }

  // Reading catalog files.

  static final Message UNREADABLE_CODE =
      error(
          "cannot read the code of this AADSTS row: \"%s\" is not AADSTS followed by a positive"
              + " number of at most 9 digits. Correct the row's first cell, for example"
              + " \"AADSTS50034\".");

  static final Message NO_TABLE =
      error(
          "no AADSTS error-code table found: no table row starts with AADSTS and a number. Use the"
              + " markdown of Microsoft's AADSTS error-code page.");

  static final Message NOT_A_CODE_ROW =
      warning(
          "this row of the AADSTS table does not start with an AADSTS code and is ignored: \"%s\".");

  static final Message DUPLICATE_CODE =
      warning("AADSTS%d is listed twice, on lines %d and %d; the row of line %d is kept%s.");

  static final String DUPLICATE_CODE_KEPT_FOR_IDENTIFIER = " because it has an identifier";

  static final Message CATALOG_NOT_UTF8 =
      error("the catalog is not valid UTF-8 text at byte %d. Save the file as UTF-8.");

  static final Message CATALOG_FILE_UNREADABLE =
      error(
          "cannot read the catalog file %s given by -Aaadsts.catalog: %s. Give the path of a"
              + " catalog markdown file, absolute or relative to the directory javac runs in.");

  static final Message CATALOG_NOT_A_FILE =
      error(
          "the catalog %s given by -Aaadsts.catalog is not a regular file (a directory, device or"
              + " pipe). Give the path of a catalog markdown file.");

  static final Message CATALOG_TOO_LARGE =
      error(
          "the catalog file %s given by -Aaadsts.catalog is larger than %d MiB, the most the"
              + " processor reads. Give the markdown of Microsoft's AADSTS error-code page.");

  static final Message UNKNOWN_BUNDLED_CATALOG =
      error("no bundled catalog is named \"%s\". Bundled catalogs: %s.");

  static final Message BUNDLED_CATALOG_MISSING =
      error(
          "the bundled catalog %s is missing from the processor's class path. Put the complete"
              + " aadsts-processor jar on the processor path.");

  static final Message NO_CATALOG =
      error(
          "no catalog is selected: the processor's bundled catalog index is empty. Put the"
              + " complete aadsts-processor jar on the processor path, or name a file with"
              + " -Aaadsts.catalog.");

  // The classification file.

  static final Message BAD_CLASSIFICATION =
      error(
          "%s of the classification file is not valid: %s. Each entry is {\"code\": <int>,"
              + " \"category\": <Category name>, \"retryable\": <boolean>}.");

  static final Message NOT_JSON = error("not valid JSON: %s");

  static final Message NOT_READABLE = error("cannot be read: %s");

  // The annotation and the options.

  static final Message INVALID_ENUM_NAME =
      error("enumName \"%s\" is not a Java identifier. Give a simple name such as \"AadstsCode\".");

  static final Message DUPLICATE_TARGET =
      error(
          "%s is already generated for %s. Put @AadstsCatalog once per package, or give each a"
              + " different enumName.");

  static final Message UNKNOWN_LOCALE =
      error(
          "locale \"%s\" has no catalog among the selected ones, whose languages are: %s. Choose"
              + " one of them, or add a catalog in that language.");

  static final Message UNKNOWN_OPTION =
      error("the processor option -A%s is not one of the aadsts options. Known options: %s.");

  static final Message EMPTY_OPTION = error("the processor option -A%s has no value. Give it %s.");

  static final Message BAD_BOOLEAN_OPTION =
      error("the processor option -A%s must be true or false, not \"%s\".");

  // Names.

  static final Message NAME_CLASH =
      warning(
          "%s would be named %s (exception %s), which %s already has; it is named %s. Give the"
              + " row an identifier of its own.");

  static final Message SAME_NAME =
      warning(
          "%s and %s have different identifiers that make the same exception class name %s; each"
              + " gets its code number. Give one of the rows another identifier.");

  static final Message NAME_TOO_LONG =
      warning(
          "%s has an identifier that makes a class name longer than %d characters; the code is"
              + " named by its number. Give the row a shorter identifier.");

  // Writing.

  static final Message CANNOT_WRITE = error("cannot write the code of %s: %s");

  static final Message TOO_MANY_CODES =
      error(
          "the catalogs have %d codes and %d deprecated aliases: more than one Java enum can hold"
              + " (the JVM limits the class initializer that creates its constants to 64 KB; with"
              + " these aliases at most %d codes fit). Select fewer catalogs with"
              + " @AadstsCatalog(catalog = ...) or split the catalog file.");

  static final Message UNEXPECTED_FAILURE =
      error("the aadsts processor failed unexpectedly; please report it with this text: %s");

  // The note of -Aaadsts.verbose=true.

  static final Message SUMMARY =
      note(
          "%s: %d codes from %d catalogs (%d with an identifier, %d without, %d named with their"
              + " code number, %d deprecated aliases; %d classified by rules, the rest by the"
              + " classification file)");

  static final String CATALOG_SUMMARY =
      "  %s: %d rows read, %d codes (%d with an identifier), %d duplicate rows, %d added to the"
          + " union";

  static final String TIME =
      "%n  processor time: %d ms (loading and parsing %d ms, merging and naming %d ms, writing %d"
          + " ms)";

  /** The note of one generated enum: its totals, then one line per catalog. */
  static String summary(CodeModel model, List<Integer> added) {
    List<CodeConstant> constants = model.constants();
    long named = constants.stream().filter(c -> c.code().identifier().isPresent()).count();
    long numbered =
        constants.stream()
            .filter(c -> c.code().identifier().isPresent() && c.name().endsWith("_" + c.number()))
            .count();
    StringBuilder note =
        new StringBuilder(
            SUMMARY.format(
                model.codeEnum().canonicalName(),
                constants.size(),
                model.catalogs().size(),
                named,
                constants.size() - named,
                numbered,
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
