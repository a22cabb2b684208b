package dev.aadsts.processor;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Writes the code enum ({@code AadstsCode}) of a catalog: one constant per code, with no
 * constructor arguments, and its data as columns ({@link CodeColumns}). Every rule (how the table
 * is read, how text is read as a code) is a call into {@code dev.aadsts.GeneratedCodeSupport}.
 */
final class CodeEnumWriter {
  private CodeEnumWriter() {}

  private static final String HELP_URI = "https://login.microsoftonline.com/error?code=";

  /**
   * The most bytes of the enum's class initializer that constants and aliases may take: javac
   * writes 16 bytes for each constant and 6 for each alias into it, and a method holds 65,535
   * bytes; the rest is for the initializer's own statements.
   */
  private static final int INITIALIZER_BUDGET = 65_535 - 1_024;

  /**
   * Why the model cannot be generated as one enum, if it cannot: the JVM limits the size of the
   * class initializer, in which javac creates every constant.
   */
  static Optional<String> tooLarge(CodeModel model) {
    int aliases = aliasCount(model.constants());
    long bytes = 16L * model.constants().size() + 6L * aliases;
    if (bytes <= INITIALIZER_BUDGET) {
      return Optional.empty();
    }
    return Optional.of(
        Messages.TOO_MANY_CODES.format(
            model.constants().size(), aliases, (INITIALIZER_BUDGET - 6 * aliases) / 16));
  }

  private static int aliasCount(List<CodeConstant> constants) {
    int aliases = 0;
    for (CodeConstant constant : constants) {
      aliases += constant.aliases().size();
    }
    return aliases;
  }

  /** The parts of the enum that {@link #lookup} writes, in the order they appear. */
  enum Lookup {
    /** The static fields and the class initializer. */
    TABLE,
    /** The body of {@code find(int)}. */
    FIND,
    /** The first statement of the other lookups by number: {@code int slot = ...}. */
    INDEX,
    /** The body of {@code codeOf(AadstsError)}, for the generated exceptions. */
    CODE_OF
  }

  static JavaWriter write(CodeModel model) {
    List<CodeConstant> constants = model.constants();
    List<String> languages = model.languages();
    Set<String> nested = new HashSet<>();
    nested.add(CodeColumns.KINDS);
    nested.add(CodeColumns.NAMES);
    nested.add(CodeColumns.DESCRIPTIONS);
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
    for (int i = 0; i < constants.size(); i++) {
      CodeConstant constant = constants.get(i);
      constantJavadoc(out, constant.code(), model.language());
      out.begin().append(constant.name()).append(i == constants.size() - 1 ? ';' : ',');
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
    lookup(out, n, model, Lookup.TABLE);
    EnumMethods.accessors(out, n);
    if (languages.size() > 1) {
      EnumMethods.descriptionByLocale(out, n, model);
    }
    EnumMethods.sources(out, n, model);
    find(out, n, model);
    EnumMethods.of(out, n, model);
    EnumMethods.parse(out, n);
    EnumMethods.categoryOf(out, n, model);
    EnumMethods.isRetryable(out, n, model);
    if (model.exceptions()) {
      codeOf(out, n, model);
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
   * Everything that depends on how the enum finds a constant by its number, in one place: the
   * lookup table and the code numbers as string constants built here ({@link CodeTable}), so that
   * the class initializer only checks the runtime's contract version and creates the constants, and
   * how {@code find}, the other lookups and {@code codeOf} read them. {@code FOUND} holds each
   * slot's {@code Optional}, made on its code's first lookup: {@code find} allocates nothing after
   * that.
   */
  static void lookup(JavaWriter out, EnumNames n, CodeModel model, Lookup part) {
    switch (part) {
      case TABLE -> {
        CodeTable table = CodeTable.of(model.constants());
        CodeColumns.constant(out, n.string, "KEYS", table.keys());
        out.blank();
        CodeColumns.constant(out, n.string, "ORDINALS", table.ordinals());
        out.blank();
        CodeColumns.constant(out, n.string, "CODES", table.codes());
        out.blank();
        out.line("private static final " + n.self + "[] VALUES;").blank();
        out.line("private static final " + n.optional + "<?>[] FOUND;").blank();
        out.open("static");
        out.begin()
            .append(n.support)
            .append(".checkVersion(")
            .append(RuntimeTypes.CONTRACT_VERSION)
            .append(", ")
            .append(n.self)
            .append(".class);");
        out.end().line("VALUES = values();");
        out.line("FOUND = new " + n.optional + "<?>[ORDINALS.length()];").close().blank();
      }
      case FIND -> {
        String optional = n.optional + "<" + n.self + ">";
        lookup(out, n, model, Lookup.INDEX);
        out.open("if (slot < 0)").line("return " + n.optional + ".empty();").close();
        out.line("// Racy but safe: an Optional is immutable, and any two made are equal.");
        out.line(optional + " found = (" + optional + ") FOUND[slot];");
        out.open("if (found == null)")
            .line("found = " + n.optional + ".of(VALUES[" + ORDINAL + "]);")
            .line("FOUND[slot] = found;")
            .close();
        out.line("return found;");
      }
      case INDEX -> out.line("int slot = " + n.support + ".slot(KEYS, code);");
      case CODE_OF -> out.line("return " + n.support + ".code(error, KEYS, ORDINALS, VALUES);");
    }
  }

  /** The ordinal of the constant in {@code slot}, after {@link Lookup#INDEX} found it. */
  static final String ORDINAL = "ORDINALS.charAt(slot)";

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

  private static void find(JavaWriter out, EnumNames n, CodeModel model) {
    String javadoc =
        "Returns the constant of a code number.\n"
            + "\n"
            + "@param code the number after {@code AADSTS}\n"
            + "@return the constant, or empty when the catalog does not list the code";
    out.javadoc(javadoc).line("@" + n.suppressWarnings + "(\"unchecked\")");
    out.open("public static " + n.optional + "<" + n.self + "> find(int code)");
    lookup(out, n, model, Lookup.FIND);
    out.close().blank();
  }

  /** For the generated exceptions: the code of an error that counts, as the runtime decides. */
  private static void codeOf(JavaWriter out, EnumNames n, CodeModel model) {
    out.javadoc(
        "The code of an error that counts, as the runtime decides; for the generated\n"
            + "exceptions.");
    out.open("static " + n.errorCode + " codeOf(" + n.error + " error)");
    lookup(out, n, model, Lookup.CODE_OF);
    out.close().blank();
  }
}
