package dev.aadsts.processor;

import static dev.aadsts.processor.CodeModel.CATEGORY;
import static dev.aadsts.processor.CodeModel.ERROR_CODE;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes the code enum ({@code AadstsCode}) of a catalog. */
final class CodeEnumWriter {
  private CodeEnumWriter() {}

  private static final String HELP_URI = "https://login.microsoftonline.com/error?code=";

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
      MergedCode code = constant.code();
      type.addEnumConstant(
          constant.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L,$W$L,$W$L,$W$T.$L,$W$L",
                  code.code(),
                  Literals.string(code.identifier().orElse("")),
                  Literals.wrappedString(code.description(model.language())),
                  CATEGORY,
                  constant.kind().category(),
                  constant.kind().retryable())
              .addJavadoc(constantJavadoc(code, model.language()))
              .build());
    }
    for (CodeConstant constant : constants) {
      for (CodeConstant.Alias alias : constant.aliases()) {
        type.addField(
            FieldSpec.builder(self, alias.name(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(Deprecated.class)
                .addJavadoc(
                    "AADSTS$L as another catalog revision named it: {@code $L}.\n\n",
                    constant.number(),
                    alias.identifier())
                .addJavadoc(
                    "@deprecated use {@link #$L}, the code's name in the newest catalog\n",
                    constant.name())
                .initializer("$N", constant.name())
                .build());
      }
    }
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (Field field : FIELDS) {
      type.addField(field.type(), field.name(), Modifier.PRIVATE, Modifier.FINAL);
      constructor.addParameter(field.type(), field.name());
      constructor.addStatement("this.$N = $N", field.name(), field.name());
    }
    type.addMethod(constructor.build());
    for (Field field : FIELDS) {
      type.addMethod(
          MethodSpec.methodBuilder(field.getter())
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(field.type())
              .addStatement("return $N", field.name())
              .build());
    }
    descriptionByLocale(model).ifPresent(type::addMethod);
    for (String language : model.languages()) {
      if (!language.equals(model.language())) {
        type.addType(descriptions(model, language));
      }
    }
    addCodeTable(type, self, constants.size());
    type.addMethod(sources(model))
        .addMethod(find(self))
        .addMethod(of(self))
        .addMethod(parse(self))
        .addMethod(categoryOf(constants))
        .addMethod(isRetryable(constants))
        .addMethod(slot(constants.size()))
        .addMethod(nameSwitch(self, constants))
        .addMethod(keyMethod());
    return JavaFile.builder(self.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private record Field(TypeName type, String name, String getter) {}

  private static final List<Field> FIELDS =
      List.of(
          new Field(TypeName.INT, "code", "code"),
          new Field(ClassName.get(String.class), "identifier", "identifier"),
          new Field(ClassName.get(String.class), "description", "description"),
          new Field(CATEGORY, "category", "category"),
          new Field(TypeName.BOOLEAN, "retryable", "isRetryable"));

  private static CodeBlock typeJavadoc(CodeModel model) {
    CodeBlock.Builder sources = CodeBlock.builder();
    model.catalogs().forEach(c -> sources.add("<li>{@code $L}\n", c.describe()));
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
   * {@code description(Locale)}: the other languages' texts sit in nested classes, loaded on the
   * first call for their language rather than when the enum is initialized.
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
    body.add("case $S:\n$>return description;\n$<", model.language());
    for (String language : others) {
      body.add("case $S:\n$>text = $N.of(code);\nbreak;\n$<", language, holderName(language));
    }
    body.add("default:\n$>text = null;\nbreak;\n$<").endControlFlow();
    if (others.contains("en")) {
      body.beginControlFlow("if (text == null)")
          .addStatement("text = $N.of(code)", holderName("en"))
          .endControlFlow();
    }
    body.addStatement("return text != null ? text : description");
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

  /** The descriptions of one language, by code; {@code null} for codes it lacks. */
  private static TypeSpec descriptions(CodeModel model, String language) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (code)");
    for (CodeConstant constant : model.constants()) {
      String text = constant.code().descriptions().get(language);
      if (text != null) {
        cases.add("case $L:\n$>return $L;\n$<", constant.number(), Literals.wrappedString(text));
      }
    }
    cases.add("default:\n$>return null;\n$<").endControlFlow();
    return TypeSpec.classBuilder(holderName(language))
        .addJavadoc("The descriptions in {@code $L}, loaded on first use.\n", language)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.STATIC)
                .returns(String.class)
                .addParameter(int.class, "code")
                .addCode(cases.build())
                .build())
        .build();
  }

  /** {@code sources()}: the catalogs, as the generated code's provenance. */
  private static MethodSpec sources(CodeModel model) {
    CodeBlock.Builder list = CodeBlock.builder();
    for (int i = 0; i < model.catalogs().size(); i++) {
      Catalog catalog = model.catalogs().get(i);
      list.add(
          "$L\n$T.of($S, $S, $S)",
          i == 0 ? "" : ",",
          CodeModel.CATALOG_INFO,
          catalog.name(),
          catalog.locale().toLanguageTag(),
          catalog.date().map(Object::toString).orElse(""));
    }
    return MethodSpec.methodBuilder("sources")
        .addJavadoc("The catalogs this enum was generated from, most authoritative first.\n\n")
        .addJavadoc("@return each catalog's file name, language and revision date\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), CodeModel.CATALOG_INFO))
        .addStatement(
            "return $T.unmodifiableList($T.asList($>$L$<))",
            Collections.class,
            Arrays.class,
            list.build())
        .build();
  }

  private static MethodSpec find(ClassName self) {
    ParameterizedTypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    return MethodSpec.methodBuilder("find")
        .addJavadoc("Returns the constant of a code number.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or empty when the catalog does not list the code\n")
        .addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class)
                .addMember("value", "$S", "unchecked")
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(optional)
        .addParameter(int.class, "code")
        .addComment("A slot holding 0 is empty (no code is 0): it ends the probe.")
        .beginControlFlow("for (int i = slot(code); ; i = (i + 1) & (CODES.length - 1))")
        .beginControlFlow("if (CODES[i] == 0)")
        .addStatement("return $T.empty()", Optional.class)
        .endControlFlow()
        .beginControlFlow("if (CODES[i] == code)")
        .addStatement("return ($T) FOUND[i]", optional)
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /**
   * The table behind {@code find}: open addressing by code number, at most half full, with one
   * {@code Optional} per constant made once. A lookup reads one or two slots and allocates nothing;
   * a {@code switch} over hundreds of scattered numbers compiles to a branch tree that measured
   * slower than a {@code HashMap} (benchmarks/RESULTS.md).
   */
  private static void addCodeTable(TypeSpec.Builder type, ClassName self, int codes) {
    int size = tableSize(codes);
    type.addField(
            FieldSpec.builder(
                    int[].class, "CODES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new int[$L]", size)
                .build())
        .addField(
            FieldSpec.builder(
                    Object[].class, "FOUND", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("new Object[$L]", size)
                .build())
        .addStaticBlock(
            CodeBlock.builder()
                .beginControlFlow("for ($T constant : values())", self)
                .addStatement("int i = slot(constant.code)")
                .beginControlFlow("while (CODES[i] != 0)")
                .addStatement("i = (i + 1) & (CODES.length - 1)")
                .endControlFlow()
                .addStatement("CODES[i] = constant.code")
                .addStatement("FOUND[i] = $T.of(constant)", Optional.class)
                .endControlFlow()
                .build());
  }

  /** A power of two from two to four times the number of codes: the table is at most half full. */
  private static int tableSize(int codes) {
    return Math.max(2, Integer.highestOneBit(Math.max(codes, 1) * 4 - 1));
  }

  /** Fibonacci hashing of a code number onto the table's slots. */
  private static MethodSpec slot(int codes) {
    return MethodSpec.methodBuilder("slot")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(int.class, "code")
        .addStatement(
            "return (code * 0x9E3779B9) >>> $L",
            32 - Integer.numberOfTrailingZeros(tableSize(codes)))
        .build();
  }

  private static MethodSpec of(ClassName self) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc(
            "Returns the constant of a code number, or a value that keeps the number of a code\n")
        .addJavadoc("the catalog does not list. Never null.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or a code whose {@code isKnown()} is false\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ERROR_CODE)
        .addParameter(int.class, "code")
        .addStatement("$T<$T> found = find(code)", Optional.class, self)
        .addStatement("return found.isPresent() ? found.get() : $T.unknown(code)", ERROR_CODE)
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
        .addStatement("$T number = $T.parseNumber(text)", OptionalInt.class, ERROR_CODE)
        .beginControlFlow("if (number.isPresent())")
        .addStatement("return find(number.getAsInt())")
        .endControlFlow()
        .addStatement(
            "return text == null ? $T.empty() : $T.ofNullable(named(text))",
            Optional.class,
            Optional.class)
        .build();
  }

  /** Code → category, one {@code case} group per category, without loading any constant. */
  private static MethodSpec categoryOf(List<CodeConstant> constants) {
    Map<String, List<CodeConstant>> byCategory =
        groupBy(constants, c -> c.kind().category().name());
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    byCategory.forEach(
        (category, group) -> {
          if (!category.equals("UNKNOWN")) {
            group.forEach(c -> body.add("case $L:\n", c.number()));
            body.add("$>return $T.$L;\n$<", CATEGORY, category);
          }
        });
    body.add("default:\n$>return $T.UNKNOWN;\n$<", CATEGORY).endControlFlow();
    return MethodSpec.methodBuilder("categoryOf")
        .addJavadoc("Who has to act on a code.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc(
            "@return the code's category; {@code UNKNOWN} for codes the catalog does not list\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(CATEGORY)
        .addParameter(int.class, "code")
        .addCode(body.build())
        .build();
  }

  /** Code → retryable: the retryable codes in one {@code case} group. */
  private static MethodSpec isRetryable(List<CodeConstant> constants) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    List<CodeConstant> retryable = constants.stream().filter(c -> c.kind().retryable()).toList();
    retryable.forEach(c -> body.add("case $L:\n", c.number()));
    if (!retryable.isEmpty()) {
      body.add("$>return true;\n$<");
    }
    body.add("default:\n$>return false;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("isRetryable")
        .addJavadoc(
            "Whether the same request can succeed when sent again, possibly after a wait.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc(
            "@return {@code true} for the catalog's retryable codes; {@code false} for others and\n")
        .addJavadoc("    for codes the catalog does not list\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(int.class, "code")
        .addCode(body.build())
        .build();
  }

  /**
   * The name → constant lookup. A name is an identifier (current or of an older revision) or a
   * constant name, in any case, with or without underscores and hyphens: {@code
   * UserAccountNotFound}, {@code USER_ACCOUNT_NOT_FOUND}, {@code user-account-not-found}. Names
   * that stand for two codes ({@code InvalidRequest}) stand for neither.
   */
  private static MethodSpec nameSwitch(ClassName self, List<CodeConstant> constants) {
    // Current names first: an old identifier never hides the code that has the name now.
    Map<String, Set<CodeConstant>> byKey = new TreeMap<>();
    for (CodeConstant constant : constants) {
      constant
          .code()
          .identifier()
          .ifPresent(
              id -> {
                byKey.computeIfAbsent(key(id), k -> new LinkedHashSet<>()).add(constant);
                byKey
                    .computeIfAbsent(key(constant.name()), k -> new LinkedHashSet<>())
                    .add(constant);
              });
    }
    Map<String, Set<CodeConstant>> byOldKey = new TreeMap<>();
    for (CodeConstant constant : constants) {
      List<String> names = new ArrayList<>(constant.code().aliases());
      constant.aliases().forEach(alias -> names.add(alias.name()));
      for (String name : names) {
        if (!byKey.containsKey(key(name))) {
          byOldKey.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(constant);
        }
      }
    }
    byKey.putAll(byOldKey);
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (key(name))");
    byKey.forEach(
        (key, group) -> {
          if (group.size() == 1) {
            cases.add("case $S:\n$>return $N;\n$<", key, group.iterator().next().name());
          }
        });
    cases.add("default:\n$>return null;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("named")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self)
        .addParameter(CharSequence.class, "name")
        .addCode(cases.build())
        .build();
  }

  /**
   * The generated {@code key}: names compare in upper case, without blanks, hyphens and
   * underscores.
   */
  private static MethodSpec keyMethod() {
    return MethodSpec.methodBuilder("key")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(CharSequence.class, "name")
        .addStatement("$T key = new $T(name.length())", StringBuilder.class, StringBuilder.class)
        .beginControlFlow("for (int i = 0; i < name.length(); i++)")
        .addStatement("char c = name.charAt(i)")
        .beginControlFlow("if (c != '_' && c != '-' && !$T.isWhitespace(c))", Character.class)
        .addStatement("key.append($T.toUpperCase(c))", Character.class)
        .endControlFlow()
        .endControlFlow()
        .addStatement("return key.toString()")
        .build();
  }

  /** The same key as the generated {@code key} method computes. */
  static String key(String name) {
    StringBuilder key = new StringBuilder(name.length());
    for (char c : name.toCharArray()) {
      if (c != '_' && c != '-' && !Character.isWhitespace(c)) {
        key.append(Character.toUpperCase(c));
      }
    }
    return key.toString();
  }

  /** Groups in sorted key order, so the output does not depend on hashing. */
  private static Map<String, List<CodeConstant>> groupBy(
      List<CodeConstant> constants, Function<CodeConstant, String> key) {
    return constants.stream()
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
