package dev.aadsts.processor;

import static dev.aadsts.processor.RuntimeTypes.CATALOG_INFO;
import static dev.aadsts.processor.RuntimeTypes.CATEGORY;
import static dev.aadsts.processor.RuntimeTypes.ERROR;
import static dev.aadsts.processor.RuntimeTypes.ERROR_CODE;
import static dev.aadsts.processor.RuntimeTypes.SUPPORT;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import javax.lang.model.element.Modifier;

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
    int aliases = model.constants().stream().mapToInt(c -> c.aliases().size()).sum();
    long bytes = 16L * model.constants().size() + 6L * aliases;
    if (bytes <= INITIALIZER_BUDGET) {
      return Optional.empty();
    }
    return Optional.of(
        Messages.TOO_MANY_CODES.format(
            model.constants().size(), aliases, (INITIALIZER_BUDGET - 6 * aliases) / 16));
  }

  static JavaFile write(CodeModel model) {
    ClassName self = model.codeEnum();
    List<CodeConstant> constants = model.constants();
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addOriginatingElement(model.origin())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ERROR_CODE)
            .addJavadoc(typeJavadoc(model));
    model.generatedAnnotation().ifPresent(type::addAnnotation);
    for (CodeConstant constant : constants) {
      type.addEnumConstant(
          constant.name(),
          TypeSpec.anonymousClassBuilder("")
              .addJavadoc(constantJavadoc(constant.code(), model.language()))
              .build());
    }
    for (CodeConstant constant : constants) {
      for (CodeConstant.Alias alias : constant.aliases()) {
        type.addField(
            FieldSpec.builder(self, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(Deprecated.class)
                .addJavadoc(
                    "AADSTS$L as another catalog revision named it: $L.\n\n",
                    constant.number(),
                    Literals.name(alias.identifier()))
                .addJavadoc(
                    "@deprecated use {@link #$L}, the code's name in the newest catalog\n",
                    constant.name())
                .initializer("$N", constant.name())
                .build());
      }
    }
    addColumns(type, self, model);
    addAccessors(type, model);
    type.addMethod(sources(model))
        .addMethod(find(self))
        .addMethod(of())
        .addMethod(parse(self))
        .addMethod(categoryOf())
        .addMethod(isRetryable());
    if (model.exceptions()) {
      type.addMethod(codeOf());
    }
    type.addType(CodeColumns.kinds(constants))
        .addType(CodeColumns.names(self, constants))
        .addType(CodeColumns.descriptions(CodeColumns.DESCRIPTIONS, model.language(), constants));
    for (String language : model.languages()) {
      if (!language.equals(model.language())) {
        type.addType(CodeColumns.descriptions(holderName(language), language, constants));
      }
    }
    return JavaFile.builder(self.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static CodeBlock typeJavadoc(CodeModel model) {
    CodeBlock.Builder sources = CodeBlock.builder();
    model.catalogs().forEach(c -> sources.add("<li>$L\n", Literals.name(c.describe())));
    return CodeBlock.builder()
        .add(
            "The AADSTS error codes of Microsoft Entra ID: one constant for each of the $L codes of\n",
            model.constants().size())
        .add("these catalogs, most authoritative first:\n\n<ul>\n")
        .add(sources.build())
        .add("</ul>\n")
        .add(
            "\n<p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands for codes\n")
        .add(
            "the catalog does not list) or {@link #parse(CharSequence)}; ask who has to act with\n")
        .add(
            "{@link #category()} and {@link #categoryOf(int)}. The number is the identity of a code;\n")
        .add(
            "the constant names come from the catalog's identifiers, and Microsoft documents codes as\n")
        .add("diagnostic information: branch on categories.\n")
        .build();
  }

  /** The description as Javadoc, and the help link; the code and identifier lead. */
  private static CodeBlock constantJavadoc(MergedCode code, String language) {
    StringBuilder text = new StringBuilder("AADSTS").append(code.code());
    code.identifier().ifPresent(id -> text.append(' ').append(id));
    String description = code.description(language);
    text.append(description.isEmpty() ? "." : ": " + description);
    return CodeBlock.builder()
        .add("$L\n\n", Literals.javadoc(text.toString()))
        .add(
            "@see <a href=\"$L$L\">\n    Microsoft's lookup page for AADSTS$L</a>\n",
            HELP_URI,
            code.code(),
            code.code())
        .build();
  }

  /**
   * What {@code find} needs: the lookup table and the code numbers as string constants built here
   * ({@link CodeTable}), so the class initializer only checks the runtime's contract version and
   * creates the constants. {@code FOUND} holds each slot's {@code Optional}, made on its code's
   * first lookup: {@code find} allocates nothing after that.
   */
  private static void addColumns(TypeSpec.Builder type, ClassName self, CodeModel model) {
    CodeTable table = CodeTable.of(model.constants());
    type.addField(constant("KEYS", table.keys()))
        .addField(constant("ORDINALS", table.ordinals()))
        .addField(constant("CODES", table.codes()))
        .addField(column(ArrayTypeName.of(self), "VALUES"))
        .addField(column(ArrayTypeName.of(OPTIONAL_OF_ANY), "FOUND"))
        .addStaticBlock(
            CodeBlock.builder()
                .addStatement(
                    "$T.checkVersion($L, $T.class)", SUPPORT, RuntimeTypes.CONTRACT_VERSION, self)
                .addStatement("VALUES = values()")
                .addStatement("FOUND = new $T[ORDINALS.length()]", OPTIONAL_OF_ANY)
                .build());
  }

  private static final TypeName OPTIONAL_OF_ANY =
      ParameterizedTypeName.get(
          ClassName.get(Optional.class), WildcardTypeName.subtypeOf(Object.class));

  /** A string constant, split into literals that each fit a class file's string constant. */
  private static FieldSpec constant(String name, String value) {
    CodeBlock.Builder literal = CodeBlock.builder();
    for (String piece : Literals.pieces(value)) {
      literal.add(literal.isEmpty() ? "$L" : "$W+ $L", Literals.string(piece));
    }
    return FieldSpec.builder(String.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(literal.build())
        .build();
  }

  private static FieldSpec column(TypeName type, String name) {
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).build();
  }

  private static void addAccessors(TypeSpec.Builder type, CodeModel model) {
    type.addMethod(accessor(TypeName.INT, "code", "$T.codeAt(CODES, ordinal())", SUPPORT))
        .addMethod(
            accessor(
                ClassName.get(String.class),
                "identifier",
                CodeColumns.NAMES + ".IDENTIFIERS[ordinal()]"))
        .addMethod(
            accessor(
                ClassName.get(String.class),
                "description",
                CodeColumns.DESCRIPTIONS + ".TEXTS[ordinal()]"))
        .addMethod(accessor(CATEGORY, "category", CodeColumns.KINDS + ".CATEGORIES[ordinal()]"))
        .addMethod(
            accessor(TypeName.BOOLEAN, "isRetryable", CodeColumns.KINDS + ".RETRYABLE[ordinal()]"));
    descriptionByLocale(model).ifPresent(type::addMethod);
  }

  private static MethodSpec accessor(
      TypeName type, String name, String expression, Object... arguments) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return " + expression, arguments)
        .build();
  }

  /**
   * {@code description(Locale)}: the other languages' texts sit in holder classes, loaded on the
   * first call for their language; a code a language lacks falls back to English, then to {@code
   * description()}.
   */
  private static Optional<MethodSpec> descriptionByLocale(CodeModel model) {
    List<String> others =
        model.languages().stream().filter(l -> !l.equals(model.language())).toList();
    if (others.isEmpty()) {
      return Optional.empty();
    }
    CodeBlock.Builder body =
        CodeBlock.builder()
            .addStatement("$T text", String.class)
            .beginControlFlow("switch (locale.getLanguage())");
    body.add("case $S:\n$>return description();\n$<", model.language());
    for (String language : others) {
      body.add(
          "case $S:\n$>text = $N.TEXTS[ordinal()];\nbreak;\n$<", language, holderName(language));
    }
    body.add("default:\n$>text = \"\";\nbreak;\n$<").endControlFlow();
    if (others.contains("en")) {
      body.beginControlFlow("if (text.isEmpty())")
          .addStatement("text = $N.TEXTS[ordinal()]", holderName("en"))
          .endControlFlow();
    }
    body.addStatement("return text.isEmpty() ? description() : text");
    return Optional.of(
        MethodSpec.methodBuilder("description")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(Locale.class, "locale")
            .addCode(body.build())
            .build());
  }

  private static String holderName(String language) {
    return Character.toUpperCase(language.charAt(0)) + language.substring(1) + "Descriptions";
  }

  /** {@code sources()}: the catalogs, as the generated code's provenance. */
  private static MethodSpec sources(CodeModel model) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < model.catalogs().size(); i++) {
      Catalog catalog = model.catalogs().get(i);
      list.add(
          "$L\n$T.of($L, $L, $L)",
          i == 0 ? "" : ",",
          CATALOG_INFO,
          Literals.string(catalog.name()),
          Literals.string(catalog.locale().toLanguageTag()),
          Literals.string(catalog.date().map(Object::toString).orElse("")));
    }
    return MethodSpec.methodBuilder("sources")
        .addJavadoc("The catalogs this enum was generated from, most authoritative first.\n\n")
        .addJavadoc("@return each catalog's file name, language and revision date\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), CATALOG_INFO))
        .addStatement(
            "return $T.unmodifiableList($T.asList($>$L$<))",
            Collections.class,
            Arrays.class,
            list.build())
        .build();
  }

  private static MethodSpec.Builder lookup(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns)
        .addParameter(int.class, "code")
        .addStatement("int slot = $T.slot(KEYS, code)", SUPPORT);
  }

  private static MethodSpec find(ClassName self) {
    ParameterizedTypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    return lookup("find", optional)
        .addJavadoc("Returns the constant of a code number.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or empty when the catalog does not list the code\n")
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build())
        .beginControlFlow("if (slot < 0)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .addComment("Racy but safe: an Optional is immutable, and any two made are equal.")
        .addStatement("$T found = ($T) FOUND[slot]", optional, optional)
        .beginControlFlow("if (found == null)")
        .addStatement("found = $T.of(VALUES[ORDINALS.charAt(slot)])", Optional.class)
        .addStatement("FOUND[slot] = found")
        .endControlFlow()
        .addStatement("return found")
        .build();
  }

  private static MethodSpec of() {
    return lookup("of", ERROR_CODE)
        .addJavadoc(
            "Returns the constant of a code number, or a value that keeps the number of a code\n")
        .addJavadoc("the catalog does not list. Never null.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or a code whose {@code isKnown()} is false\n")
        .addStatement(
            "return slot < 0 ? $T.unknown(code) : VALUES[ORDINALS.charAt(slot)]", ERROR_CODE)
        .build();
  }

  private static MethodSpec parse(ClassName self) {
    return MethodSpec.methodBuilder("parse")
        .addJavadoc(
            "Reads a code written as {@code AADSTS50034} or {@code 50034}, or named by its\n")
        .addJavadoc(
            "identifier ({@code UserAccountNotFound}, also one of an older catalog revision) or\n")
        .addJavadoc(
            "constant name ({@code USER_ACCOUNT_NOT_FOUND}): any case, blanks around it.\n\n")
        .addJavadoc("@param text the text to read; may be null\n")
        .addJavadoc("@return the constant, or empty when the text names no code of the catalog\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(CharSequence.class, "text")
        .addStatement("$T number = $T.number(text)", OptionalInt.class, SUPPORT)
        .beginControlFlow("if (number.isPresent())")
        .addStatement("return find(number.getAsInt())")
        .endControlFlow()
        .addStatement(
            "return $T.ofNullable($T.named($L.BY_NAME, text))",
            Optional.class,
            SUPPORT,
            CodeColumns.NAMES)
        .build();
  }

  private static MethodSpec categoryOf() {
    return lookup("categoryOf", CATEGORY)
        .addJavadoc("Who has to act on a code.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc(
            "@return the code's category; {@code UNKNOWN} for codes the catalog does not list\n")
        .addStatement(
            "return slot < 0 ? $T.UNKNOWN : $L.CATEGORIES[ORDINALS.charAt(slot)]",
            CATEGORY,
            CodeColumns.KINDS)
        .build();
  }

  private static MethodSpec isRetryable() {
    return lookup("isRetryable", TypeName.BOOLEAN)
        .addJavadoc(
            "Whether the same request can succeed when sent again, possibly after a wait.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc(
            "@return {@code true} for the catalog's retryable codes; {@code false} for others and\n")
        .addJavadoc("    for codes the catalog does not list\n")
        .addStatement("return slot >= 0 && $L.RETRYABLE[ORDINALS.charAt(slot)]", CodeColumns.KINDS)
        .build();
  }

  /** For the generated exceptions: the code of an error that counts, as the runtime decides. */
  private static MethodSpec codeOf() {
    return MethodSpec.methodBuilder("codeOf")
        .addJavadoc("The code of an error that counts, as the runtime decides; for the generated\n")
        .addJavadoc("exceptions.\n")
        .addModifiers(Modifier.STATIC)
        .returns(ERROR_CODE)
        .addParameter(ERROR, "error")
        .addStatement("return $T.code(error, KEYS, ORDINALS, VALUES)", SUPPORT)
        .build();
  }
}
