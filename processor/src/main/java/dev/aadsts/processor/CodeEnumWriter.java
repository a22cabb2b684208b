package dev.aadsts.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the code enum ({@code AadstsCode}) of a catalog: one constant per code, whose constructor
 * arguments are its number and its slot in the lookup table ({@link CodeTable}), and its other data
 * as columns ({@link CodeColumns}). Every rule (how the table is probed, which code of an error
 * counts, how text is read as a code) is a call into {@code dev.aadsts.GeneratedCodeSupport}, but
 * for {@code find}, which writes the runtime's probe out in place.
 */
final class CodeEnumWriter {
  private CodeEnumWriter() {}

  private static final String HELP_URI = "https://login.microsoftonline.com/error?code=";

  /** The nested class that holds the lookup table. */
  static final String TABLE = "Table";

  /**
   * The most bytes of the enum's class initializer that constants and aliases may take: a method
   * holds 65,535 bytes; the rest is for the initializer's own statements.
   */
  private static final int INITIALIZER_BUDGET = 65_535 - 1_024;

  /**
   * The most bytes javac writes into the class initializer for a constant: {@code new}, {@code
   * dup}, the name, the ordinal, the number and the slot (3 bytes each at most), {@code
   * invokespecial} and {@code putstatic}.
   */
  private static final int CONSTANT_BYTES = 22;

  /** The bytes javac writes into the class initializer for an alias: getstatic and putstatic. */
  private static final int ALIAS_BYTES = 6;

  /**
   * Why the model cannot be generated as one enum, if it cannot: the JVM limits the size of the
   * class initializer, in which javac creates every constant.
   */
  static Optional<String> tooLarge(CodeModel model) {
    int aliases = aliasCount(model.constants());
    long bytes = (long) CONSTANT_BYTES * model.constants().size() + (long) ALIAS_BYTES * aliases;
    if (bytes <= INITIALIZER_BUDGET) {
      return Optional.empty();
    }
    return Optional.of(
        Messages.TOO_MANY_CODES.format(
            model.constants().size(),
            aliases,
            (INITIALIZER_BUDGET - ALIAS_BYTES * aliases) / CONSTANT_BYTES));
  }

  private static int aliasCount(List<CodeConstant> constants) {
    int aliases = 0;
    for (CodeConstant constant : constants) {
      aliases += constant.aliases().size();
    }
    return aliases;
  }

  static JavaWriter write(CodeModel model) {
    List<CodeConstant> constants = model.constants();
    List<String> languages = model.languages();
    Set<String> nested = new HashSet<>();
    nested.add(CodeColumns.KINDS);
    nested.add(CodeColumns.NAMES);
    nested.add(CodeColumns.DESCRIPTIONS);
    nested.add(TABLE);
    for (String language : languages) {
      if (!language.equals(model.language())) {
        nested.add(EnumMethods.holderName(language));
      }
    }
    EnumNames n = new EnumNames(model, new Imports(model.codeEnum(), nested), languages.size() > 1);
    JavaWriter out = new JavaWriter(capacity(model));
    out.header(model.codeEnum().packageName(), n.imports);

    typeJavadoc(out, model);
    out.generated(n.generated, model.generatedComments());
    out.open("public enum " + n.self + " implements " + n.errorCode);
    CodeTable table = CodeTable.of(constants);
    for (int i = 0; i < constants.size(); i++) {
      CodeConstant constant = constants.get(i);
      constantJavadoc(out, constant.code(), model.language());
      out.begin()
          .append(constant.name())
          .append('(')
          .append(constant.number())
          .append(", ")
          .append(table.slots()[i])
          .append(')')
          .append(i == constants.size() - 1 ? ';' : ',');
      out.end().blank();
    }
    if (constants.isEmpty()) {
      out.line(";").blank();
    }
    for (CodeConstant constant : constants) {
      for (CodeConstant.Alias alias : constant.aliases()) {
        out.docStart()
            .doc(
                "AADSTS"
                    + constant.number()
                    + " as another catalog revision named it: "
                    + Literals.name(alias.identifier())
                    + ".\n");
        out.begin()
            .append(" * @deprecated use {@link #")
            .append(constant.name())
            .append("}, the code's name in the newest catalog");
        out.end().docEnd().line("@" + n.deprecated);
        out.begin()
            .append("public static final ")
            .append(n.self)
            .append(' ')
            .append(alias.name())
            .append(" = ")
            .append(constant.name())
            .append(';');
        out.end().blank();
      }
    }
    table(out, n, table);
    EnumMethods.accessors(out, n);
    if (languages.size() > 1) {
      EnumMethods.descriptionByLocale(out, n, model);
    }
    EnumMethods.sources(out, n, model);
    find(out, n, table);
    EnumMethods.of(out, n);
    EnumMethods.parse(out, n);
    EnumMethods.categoryOf(out, n);
    EnumMethods.isRetryable(out, n);
    if (model.exceptions()) {
      codeOf(out, n);
    }
    CodeColumns.kinds(out, n.support, n.category, constants);
    out.blank();
    CodeColumns.names(out, n.support, n.map, n.string, n.self, constants);
    out.blank();
    CodeColumns.descriptions(
        out, n.support, n.string, CodeColumns.DESCRIPTIONS, model.language(), constants);
    for (String language : languages) {
      if (!language.equals(model.language())) {
        out.blank();
        CodeColumns.descriptions(
            out, n.support, n.string, EnumMethods.holderName(language), language, constants);
      }
    }
    return out.close();
  }

  /**
   * The lookup table. This method and the three after it are everything that depends on how the
   * enum finds a constant by its number. The processor chooses each constant's slot ({@link
   * CodeTable}); the constructor stores the code and the constant's {@code Optional} there, in
   * arrays of a nested holder (an enum's own static fields are not yet set while its constants are
   * made), so the class initializer only checks the runtime's contract version and builds nothing,
   * and {@code find} allocates nothing. {@code find} probes the table in place, the other lookups
   * and {@code codeOf} through the runtime. Of the shapes measured (benchmarks/RESULTS.md), this is
   * the one as fast as the table that enums once built when they initialized: a table in string
   * constants read by the runtime was half as fast, and {@code Optional}s made on each code's first
   * lookup cost {@code find} a check that measured about a tenth slower.
   */
  private static void table(JavaWriter out, EnumNames n, CodeTable table) {
    out.line("private final int code;").blank();
    out.open(n.self + "(int code, int slot)");
    out.line("// Stores the constant in the lookup table, in the slot chosen for its code.");
    out.line("this.code = code;");
    out.line(TABLE + ".KEYS[slot] = code;");
    out.line(TABLE + ".FOUND[slot] = " + n.optional + ".of(this);").close().blank();
    out.open("static");
    out.begin()
        .append(n.support)
        .append(".checkVersion(")
        .append(RuntimeTypes.CONTRACT_VERSION)
        .append(", ")
        .append(n.self)
        .append(".class);");
    out.end().close().blank();
    String found = n.optional + "<" + n.self + ">";
    out.javadoc(
        "The lookup table, by slot: each code, and its constant as {@code find} returns it.");
    out.open("private static final class " + TABLE);
    out.line("static final int[] KEYS = new int[" + table.size() + "];").blank();
    out.line("@" + n.suppressWarnings + "(\"unchecked\")");
    out.begin()
        .append("static final ")
        .append(found)
        .append("[] FOUND = (")
        .append(found)
        .append("[]) new ")
        .append(n.optional)
        .append("<?>[")
        .append(table.size())
        .append("];");
    out.end().blank().line("private " + TABLE + "() {}").close().blank();
  }

  private static void find(JavaWriter out, EnumNames n, CodeTable table) {
    String javadoc =
        "Returns the constant of a code number.\n"
            + "\n"
            + "@param code the number after {@code AADSTS}\n"
            + "@return the constant, or empty when the catalog does not list the code";
    out.javadoc(javadoc);
    out.open("public static " + n.optional + "<" + n.self + "> find(int code)");
    String mask = Integer.toString(table.size() - 1);
    out.line(String.format("int hash = code * 0x%08X;", CodeTable.SPREAD));
    out.open(
        "for (int slot = (hash ^ (hash >>> 16)) & "
            + mask
            + "; ; slot = (slot + 1) & "
            + mask
            + ")");
    out.line("int key = " + TABLE + ".KEYS[slot];");
    out.line(
        "// GeneratedCodeSupport.slot's probe, in place: an empty slot (no code is 0) ends it.");
    out.open("if (key == 0)").line("return " + n.optional + ".empty();").close();
    out.open("if (key == code)").line("return " + TABLE + ".FOUND[slot];").close().close();
    out.close().blank();
  }

  /** The first statement of the other lookups by number: {@code int slot = ...}. */
  static void index(JavaWriter out, EnumNames n) {
    out.line("int slot = " + n.support + ".slot(" + TABLE + ".KEYS, code);");
  }

  /** For the generated exceptions: the code of an error that counts, as the runtime decides. */
  private static void codeOf(JavaWriter out, EnumNames n) {
    out.javadoc(
        "The code of an error that counts, as the runtime decides; for the generated\n"
            + "exceptions.");
    out.open("static " + n.errorCode + " codeOf(" + n.error + " error)");
    out.line("return " + n.support + ".code(error, " + TABLE + ".KEYS, " + TABLE + ".FOUND);");
    out.close().blank();
  }

  /** The constant in {@code slot}, after {@link #index} found it. */
  static final String CONSTANT = TABLE + ".FOUND[slot].get()";

  /** About the length of the file, so that the buffer is allocated once. */
  private static int capacity(CodeModel model) {
    long text = 0;
    for (CodeConstant constant : model.constants()) {
      for (String description : constant.code().descriptions().values()) {
        text += description.length();
      }
    }
    return (int)
        Math.min(Integer.MAX_VALUE - 16, 8_192 + 600L * model.constants().size() + 3 * text);
  }

  private static void typeJavadoc(JavaWriter out, CodeModel model) {
    out.docStart()
        .begin()
        .append(" * The AADSTS error codes of Microsoft Entra ID: one constant for each of the ")
        .append(model.constants().size())
        .append(" codes of");
    out.end().doc("these catalogs, most authoritative first:\n\n<ul>");
    for (Catalog catalog : model.catalogs()) {
      out.doc("<li>" + Literals.name(catalog.describe()));
    }
    out.doc(
            "</ul>\n"
                + "\n"
                + "<p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands"
                + " for codes\n"
                + "the catalog does not list) or {@link #parse(CharSequence)}; ask who has to act"
                + " with\n"
                + "{@link #category()} and {@link #categoryOf(int)}. The number is the identity of"
                + " a code;\n"
                + "the constant names come from the catalog's identifiers, and Microsoft documents"
                + " codes as\n"
                + "diagnostic information: branch on categories.")
        .docEnd();
  }

  /** The description as Javadoc, and the help link; the code and identifier lead. */
  private static void constantJavadoc(JavaWriter out, MergedCode code, String language) {
    StringBuilder text = new StringBuilder("AADSTS").append(code.code());
    if (code.identifier().isPresent()) {
      text.append(' ').append(code.identifier().get());
    }
    String description = code.description(language);
    if (description.isEmpty()) {
      text.append('.');
    } else {
      text.append(": ").append(description);
    }
    out.docStart().doc(Literals.javadoc(text.toString())).doc("");
    out.begin().append(" * @see <a href=\"").append(HELP_URI).append(code.code()).append("\">");
    out.end()
        .begin()
        .append(" *     Microsoft's lookup page for AADSTS")
        .append(code.code())
        .append("</a>");
    out.end().docEnd();
  }
}
