package dev.aadsts.processor;

import static dev.aadsts.processor.CodeModel.CATEGORY;
import static dev.aadsts.processor.CodeModel.ERROR_CODE;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
      CatalogEntry entry = constant.entry();
      type.addEnumConstant(
          constant.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L, $T.$L, $L",
                  entry.code(),
                  Literals.string(entry.identifier().orElse("")),
                  Literals.string(entry.description()),
                  CATEGORY,
                  constant.kind().category(),
                  constant.kind().retryable())
              .addJavadoc(constantJavadoc(entry))
              .build());
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
    type.addMethod(find(self))
        .addMethod(of(self))
        .addMethod(parse(self))
        .addMethod(categoryOf(constants))
        .addMethod(isRetryable(constants))
        .addMethod(constantSwitch(self, constants))
        .addMethod(identifierSwitch(self, constants));
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
    return CodeBlock.builder()
        .add("The AADSTS error codes of Microsoft Entra ID: one constant per code of the catalog\n")
        .add("{@code $L} ($L codes).\n", model.catalog().name(), model.constants().size())
        .add("\n<p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands for codes\n")
        .add("the catalog does not list) or {@link #parse(CharSequence)}; ask who has to act with\n")
        .add("{@link #category()} and {@link #categoryOf(int)}. The number is the identity of a code;\n")
        .add("the constant names come from the catalog's identifiers, and Microsoft documents codes as\n")
        .add("diagnostic information: branch on categories.\n")
        .build();
  }

  /** The description as Javadoc, and the help link; the code and identifier lead. */
  private static CodeBlock constantJavadoc(CatalogEntry entry) {
    StringBuilder text = new StringBuilder("AADSTS").append(entry.code());
    entry.identifier().ifPresent(id -> text.append(' ').append(id));
    text.append(entry.description().isEmpty() ? "." : ": " + entry.description());
    return CodeBlock.builder()
        .add("$L\n\n", Literals.javadoc(text.toString()))
        .add(
            "@see <a href=\"$L$L\">AADSTS$L on Microsoft's error lookup page</a>\n",
            HELP_URI,
            entry.code(),
            entry.code())
        .build();
  }

  private static MethodSpec find(ClassName self) {
    return MethodSpec.methodBuilder("find")
        .addJavadoc("Returns the constant of a code number.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or empty when the catalog does not list the code\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
        .addParameter(int.class, "code")
        .addStatement("return $T.ofNullable(constant(code))", Optional.class)
        .build();
  }

  private static MethodSpec of(ClassName self) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc("Returns the constant of a code number, or a value that keeps the number of a code\n")
        .addJavadoc("the catalog does not list. Never null.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the constant, or a code whose {@code isKnown()} is false\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ERROR_CODE)
        .addParameter(int.class, "code")
        .addStatement("$T constant = constant(code)", self)
        .addStatement("return constant != null ? constant : $T.unknown(code)", ERROR_CODE)
        .build();
  }

  private static MethodSpec parse(ClassName self) {
    return MethodSpec.methodBuilder("parse")
        .addJavadoc("Reads a code written as {@code AADSTS50034}, {@code 50034} (any case, blanks\n")
        .addJavadoc("around it) or as its catalog identifier, such as {@code UserAccountNotFound}.\n\n")
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
            "return text == null ? $T.empty() : $T.ofNullable(named(text.toString().trim()))",
            Optional.class,
            Optional.class)
        .build();
  }

  /** Code → category, one {@code case} group per category, without loading any constant. */
  private static MethodSpec categoryOf(List<CodeConstant> constants) {
    Map<String, List<CodeConstant>> byCategory = groupBy(constants, c -> c.kind().category());
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    byCategory.forEach(
        (category, group) -> {
          if (!category.equals("UNKNOWN")) {
            group.forEach(c -> body.add("case $L:\n", c.entry().code()));
            body.add("$>return $T.$L;\n$<", CATEGORY, category);
          }
        });
    body.add("default:\n$>return $T.UNKNOWN;\n$<", CATEGORY).endControlFlow();
    return MethodSpec.methodBuilder("categoryOf")
        .addJavadoc("Who has to act on a code.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return the code's category; {@code UNKNOWN} for codes the catalog does not list\n")
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
    retryable.forEach(c -> body.add("case $L:\n", c.entry().code()));
    if (!retryable.isEmpty()) {
      body.add("$>return true;\n$<");
    }
    body.add("default:\n$>return false;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("isRetryable")
        .addJavadoc("Whether the same request can succeed when sent again, possibly after a wait.\n\n")
        .addJavadoc("@param code the number after {@code AADSTS}\n")
        .addJavadoc("@return {@code true} for the catalog's retryable codes; {@code false} for others and\n")
        .addJavadoc("    for codes the catalog does not list\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(boolean.class)
        .addParameter(int.class, "code")
        .addCode(body.build())
        .build();
  }

  /** The code → constant lookup: a {@code switch}, which javac compiles to a table. */
  private static MethodSpec constantSwitch(ClassName self, List<CodeConstant> constants) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (code)");
    for (CodeConstant constant : constants) {
      cases.add("case $L:\n$>return $N;\n$<", constant.entry().code(), constant.name());
    }
    cases.add("default:\n$>return null;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("constant")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self)
        .addParameter(int.class, "code")
        .addCode(cases.build())
        .build();
  }

  /** The identifier → constant lookup, for identifiers that name one code only. */
  private static MethodSpec identifierSwitch(ClassName self, List<CodeConstant> constants) {
    Map<String, List<CodeConstant>> byIdentifier =
        groupBy(
            constants.stream().filter(c -> c.entry().identifier().isPresent()).toList(),
            c -> c.entry().identifier().get());
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (identifier)");
    byIdentifier.forEach(
        (identifier, group) -> {
          if (group.size() == 1) {
            cases.add("case $L:\n$>return $N;\n$<", Literals.string(identifier), group.get(0).name());
          }
        });
    cases.add("default:\n$>return null;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("named")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "identifier")
        .addCode(cases.build())
        .build();
  }

  /** Groups in sorted key order, so the output does not depend on hashing. */
  private static Map<String, List<CodeConstant>> groupBy(
      List<CodeConstant> constants, Function<CodeConstant, String> key) {
    return constants.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
  }
}
