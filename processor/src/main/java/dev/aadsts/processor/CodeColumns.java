package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The generated enum's data but its numbers and table slots, as columns indexed by ordinal: short
 * texts of categories and flags that {@code GeneratedCodeSupport} reads once, instead of more
 * constructor arguments per constant. Texts a lookup does not need (identifiers, names,
 * descriptions) sit in nested holder classes, which the JVM loads on their first use. Every column
 * is split into literals that fit a class file's string constant, and no generated method grows
 * with the number of codes beyond one instruction per literal, so any catalog an enum can hold
 * compiles.
 *
 * <p>Each method writes into the enum's {@link JavaWriter}; {@code support}, {@code category} and
 * the like are the names the file writes for those types ({@link Imports}).
 */
final class CodeColumns {
  private CodeColumns() {}

  /** The holder of identifiers and the name table. */
  static final String NAMES = "Names";

  /** The holder of categories and retry flags. */
  static final String KINDS = "Kinds";

  /** The holder of the descriptions in the enum's language. */
  static final String DESCRIPTIONS = "Descriptions";

  /** The holder of each code's category and retry flag, loaded on the first use of either. */
  static void kinds(JavaWriter out, String support, String category, List<CodeConstant> constants) {
    // Each code's category as the index of its name among the categories used, in the order
    // they first appear.
    Category[] all = Category.values();
    int[] index = new int[all.length];
    List<Category> used = new ArrayList<>(all.length);
    StringBuilder column = new StringBuilder(constants.size());
    StringBuilder retryable = new StringBuilder(constants.size());
    for (CodeConstant constant : constants) {
      Category c = constant.kind().category();
      if (index[c.ordinal()] == 0) {
        used.add(c);
        index[c.ordinal()] = used.size();
      }
      column.append((char) ('0' + index[c.ordinal()] - 1));
      retryable.append(constant.kind().retryable() ? '1' : '0');
    }
    holder(out, KINDS, "Each code's category and retry flag, loaded on the first use of either.");
    out.begin()
        .append("static final ")
        .append(category)
        .append("[] CATEGORIES = ")
        .append(support)
        .append(".categories(");
    out.end().indent().indent().begin().append("new ").append(category).append("[] {");
    out.end().indent();
    for (int i = 0; i < used.size(); i++) {
      out.begin().append(category).append('.').append(used.get(i).name());
      if (i < used.size() - 1) {
        out.text().append(',');
      }
      out.end();
    }
    out.outdent().line("},");
    Literals.string(out.begin(), column.toString()).append(");");
    out.end().outdent().outdent().blank();
    out.begin().append("static final boolean[] RETRYABLE = ").append(support).append(".flags(");
    Literals.string(out.text(), retryable.toString()).append(");");
    out.end().blank();
    constructor(out, KINDS);
  }

  /** The holder of identifiers, and the name table that {@code parse} reads. */
  static void names(
      JavaWriter out,
      String support,
      String map,
      String string,
      String self,
      List<CodeConstant> constants) {
    StringBuilder identifiers = new StringBuilder(constants.size() * 24);
    StringBuilder oldNames = new StringBuilder(constants.size() * 2);
    StringBuilder names = new StringBuilder();
    for (CodeConstant constant : constants) {
      text(identifiers, constant.code().identifier().orElse(""));
      // The code's older identifiers, then its deprecated aliases, blank-separated.
      names.setLength(0);
      for (String alias : constant.code().aliases()) {
        names.append(names.length() == 0 ? "" : " ").append(alias);
      }
      for (CodeConstant.Alias alias : constant.aliases()) {
        names.append(names.length() == 0 ? "" : " ").append(alias.name());
      }
      oldNames.append(names.length()).append(':').append(names);
    }
    holder(out, NAMES, "The identifiers and the name table, loaded on the first use of either.");
    out.begin().append("static final ").append(string).append("[] IDENTIFIERS = ");
    call(out, support, "texts", identifiers);
    out.text().append(';');
    out.end().blank();
    out.begin()
        .append("static final ")
        .append(map)
        .append('<')
        .append(string)
        .append(", ")
        .append(self)
        .append("> BY_NAME = ")
        .append(support)
        .append(".names(");
    out.end().indent().indent().line("values(),").line("IDENTIFIERS,").begin();
    call(out, support, "texts", oldNames);
    out.text().append(");");
    out.end().outdent().outdent().blank();
    constructor(out, NAMES);
  }

  /** The holder of the descriptions in one language; empty for codes the language lacks. */
  static void descriptions(
      JavaWriter out,
      String support,
      String string,
      String name,
      String language,
      List<CodeConstant> constants) {
    boolean own = name.equals(DESCRIPTIONS);
    StringBuilder column = new StringBuilder(constants.size() * 128);
    for (CodeConstant constant : constants) {
      MergedCode code = constant.code();
      text(
          column,
          own ? code.description(language) : code.descriptions().getOrDefault(language, ""));
    }
    holder(out, name, "The descriptions in " + Literals.name(language) + ", loaded on first use.");
    out.begin().append("static final ").append(string).append("[] TEXTS = ");
    call(out, support, "texts", column);
    out.text().append(';');
    out.end().blank();
    constructor(out, name);
  }

  /** One element of a {@code texts} column: its length, a colon and its characters. */
  private static void text(StringBuilder column, String value) {
    column.append(value.length()).append(':').append(value);
  }

  private static void holder(JavaWriter out, String name, String javadoc) {
    out.javadoc(javadoc).open("private static final class " + name);
  }

  /** The holder's private constructor, and the end of the holder. */
  private static void constructor(JavaWriter out, String name) {
    out.line("private " + name + "() {}").close();
  }

  /**
   * {@code GeneratedCodeSupport.<method>("piece", "piece", ...)}, one literal a line when there is
   * more than one, in as few literals as fit string constants (so their number grows with the bytes
   * of text, not with the number of elements). Continues the line the caller began and leaves the
   * last one open.
   */
  private static void call(JavaWriter out, String support, String method, CharSequence column) {
    String text = column.toString();
    StringBuilder line = out.text().append(support).append('.').append(method).append('(');
    char[] chars = text.toCharArray();
    int[] ends = Literals.pieceEnds(chars);
    if (ends.length == 1) {
      Literals.string(line, text, chars, 0, ends[0]).append(')');
      return;
    }
    out.end();
    literals(out, text, "", ",", ")");
  }

  /**
   * Text as literals that each fit a class file's string constant, one a line, indented twice:
   * {@code before} each literal but the first, {@code between} after each but the last and {@code
   * after} the last, which is left open for the caller to end.
   */
  private static void literals(
      JavaWriter out, String text, String before, String between, String after) {
    char[] chars = text.toCharArray();
    int[] ends = Literals.pieceEnds(chars);
    out.indent().indent();
    for (int i = 0; i < ends.length; i++) {
      StringBuilder line = out.begin().append(i == 0 ? "" : before);
      Literals.string(line, text, chars, i == 0 ? 0 : ends[i - 1], ends[i]);
      if (i == ends.length - 1) {
        line.append(after);
      } else {
        line.append(between);
        out.end();
      }
    }
    out.outdent().outdent();
  }
}
