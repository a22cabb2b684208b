package dev.aadsts.processor;

/**
 * Something wrong with a catalog file, at a line.
 *
 * @param error {@code true} for a problem that stops generation; {@code false} for a warning
 * @param file the catalog's name
 * @param line the 1-based line, or 0 for the file as a whole
 * @param message a sentence that names the rule and the fix
 */
record CatalogProblem(boolean error, String file, int line, String message) {

  /** The text reported to the compiler: {@code file:line: message}. */
  String text() {
    return (line > 0 ? file + ":" + line : file) + ": " + message;
  }
}
