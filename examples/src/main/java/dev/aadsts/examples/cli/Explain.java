package dev.aadsts.examples.cli;

import dev.aadsts.AadstsErrorCode;
import dev.aadsts.examples.AadstsCode;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** {@code aadsts explain <code>}: what one code means. */
final class Explain {
  private Explain() {}

  static int run(String query, boolean json, PrintStream out, PrintStream err)
      throws Aadsts.UsageException {
    // "AADSTS50034:" as copied from a message is the code too.
    String text = query.strip();
    if (text.endsWith(":")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.isEmpty()) {
      throw new Aadsts.UsageException(
          "explain needs a code, such as AADSTS50034, 50034 or UserAccountNotFound");
    }
    OptionalInt number = AadstsErrorCode.parseNumber(text);
    if (number.isPresent()) {
      AadstsErrorCode code = AadstsCode.of(number.getAsInt());
      print(code, json, out);
      return code.isKnown() ? Aadsts.FOUND : Aadsts.NOT_FOUND;
    }
    List<AadstsCode> named = byName(text);
    if (named.size() == 1) {
      print(named.get(0), json, out);
      return Aadsts.FOUND;
    }
    if (json) {
      // Not one code: the query and the codes it names (none, or several), so that every
      // outcome is one JSON value.
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("query", query.strip());
      result.put("found", false);
      result.put("matches", named.stream().map(Explain::describe).toList());
      Output.json(out, result);
    } else if (named.isEmpty()) {
      Output.note(err, "no code of the catalog is named '" + query.strip() + "'");
    } else {
      Output.note(
          err,
          "'"
              + query.strip()
              + "' names "
              + named.size()
              + " codes: "
              + named.stream().map(Explain::aadsts).collect(Collectors.joining(", "))
              + "; explain one of them by number");
    }
    return Aadsts.NOT_FOUND;
  }

  /**
   * The codes whose identifier or constant name is {@code name}: the catalog's exact identifier
   * first, then either in any case.
   */
  static List<AadstsCode> byName(String name) {
    Optional<AadstsCode> exact = AadstsCode.parse(name);
    if (exact.isPresent()) {
      return List.of(exact.get());
    }
    String constant = name.replace('-', '_');
    return Stream.of(AadstsCode.values())
        .filter(c -> c.identifier().equalsIgnoreCase(name) || c.name().equalsIgnoreCase(constant))
        .toList();
  }

  private static void print(AadstsErrorCode code, boolean json, PrintStream out) {
    if (json) {
      Output.json(out, describe(code));
      return;
    }
    Output text = new Output(out, 13);
    if (!code.isKnown()) {
      text.line(aadsts(code) + " is not in the catalog.");
      text.field("help", code.helpUri().toString());
      return;
    }
    text.line(aadsts(code) + (code.identifier().isEmpty() ? "" : " " + code.identifier()));
    text.field("constant", constant(code).orElse(""));
    text.field("category", code.category() + ": " + Advice.meaning(code.category()));
    text.field("retryable", code.isRetryable() ? "yes" : "no");
    text.field("description", code.description());
    text.field("help", code.helpUri().toString());
  }

  /** {@code AADSTS<number>}. */
  static String aadsts(AadstsErrorCode code) {
    return "AADSTS" + code.code();
  }

  /** The enum constant's name, or empty for a code the catalog does not list. */
  static Optional<String> constant(AadstsErrorCode code) {
    return code instanceof AadstsCode constant ? Optional.of(constant.name()) : Optional.empty();
  }

  /**
   * A code as a JSON object; {@code explain}, {@code list} and {@code decode} all write this shape.
   * Absent values are null, never left out.
   */
  static Map<String, Object> describe(AadstsErrorCode code) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("code", code.code());
    json.put("aadsts", aadsts(code));
    json.put("known", code.isKnown());
    json.put("constant", constant(code).orElse(null));
    json.put("identifier", code.identifier().isEmpty() ? null : code.identifier());
    json.put("category", code.category().name());
    json.put("retryable", code.isRetryable());
    json.put("description", code.description().isEmpty() ? null : code.description());
    json.put("help_uri", code.helpUri().toString());
    return json;
  }
}
