package dev.aadsts.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;

/** Writes the {@code AadstsCode} enum of a catalog with JavaPoet. */
final class CodeEnumWriter {
  private CodeEnumWriter() {}

  static final ClassName ERROR_CODE = ClassName.get("dev.aadsts", "AadstsErrorCode");
  private static final String HELP_URI = "https://login.microsoftonline.com/error?code=";

  /**
   * What to write.
   *
   * @param packageName the annotated package
   * @param enumName the enum's simple name
   * @param catalog the catalog it is generated from
   * @param generated the {@code @Generated} annotation the compilation has, if any
   * @param origin the annotated element
   */
  record Target(
      String packageName,
      String enumName,
      Catalog catalog,
      Optional<ClassName> generated,
      Element origin) {}

  static JavaFile write(Target target) {
    ClassName self = ClassName.get(target.packageName(), target.enumName());
    List<CodeConstant> constants = CodeConstant.of(target.catalog().entries());
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(self)
            .addOriginatingElement(target.origin())
            .addModifiers(Modifier.PUBLIC)
            .addSuperinterface(ERROR_CODE)
            .addJavadoc(typeJavadoc(target.catalog()));
    target
        .generated()
        .ifPresent(
            generated ->
                type.addAnnotation(
                    AnnotationSpec.builder(generated)
                        .addMember("value", "$S", AadstsProcessor.class.getCanonicalName())
                        .addMember("comments", "$S", "catalog: " + target.catalog().name())
                        .build()));
    for (CodeConstant constant : constants) {
      CatalogEntry entry = constant.entry();
      type.addEnumConstant(
          constant.name(),
          TypeSpec.anonymousClassBuilder(
                  "$L, $L, $L",
                  entry.code(),
                  Literals.string(entry.identifier().orElse("")),
                  Literals.string(entry.description()))
              .addJavadoc(constantJavadoc(entry))
              .build());
    }
    type.addField(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "identifier", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String.class, "description", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addParameter(int.class, "code")
                .addParameter(String.class, "identifier")
                .addParameter(String.class, "description")
                .addStatement("this.code = code")
                .addStatement("this.identifier = identifier")
                .addStatement("this.description = description")
                .build())
        .addMethod(getter(int.class, "code"))
        .addMethod(getter(String.class, "identifier"))
        .addMethod(getter(String.class, "description"))
        .addMethod(find(self))
        .addMethod(of(self))
        .addMethod(parse(self))
        .addMethod(constantSwitch(self, constants))
        .addMethod(identifierSwitch(self, constants));
    return JavaFile.builder(target.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  private static CodeBlock typeJavadoc(Catalog catalog) {
    return CodeBlock.builder()
        .add("The AADSTS error codes of Microsoft Entra ID: one constant per code of the catalog\n")
        .add("{@code $L} ($L codes).\n", catalog.name(), catalog.entries().size())
        .add("\n<p>Look a code up with {@link #find(int)}, {@link #of(int)} (which also stands for codes\n")
        .add("the catalog does not list) or {@link #parse(CharSequence)}. The number is the identity of\n")
        .add("a code; the constant names come from the catalog's identifiers, and Microsoft documents\n")
        .add("codes as diagnostic information.\n")
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

  private static MethodSpec getter(Class<?> type, String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $N", name)
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
        constants.stream()
            .filter(c -> c.entry().identifier().isPresent())
            .collect(
                Collectors.groupingBy(
                    c -> c.entry().identifier().get(), TreeMap::new, Collectors.toList()));
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (identifier)");
    byIdentifier.values().stream()
        .filter(list -> list.size() == 1)
        .map(list -> list.get(0))
        .forEach(
            c ->
                cases.add(
                    "case $L:\n$>return $N;\n$<",
                    Literals.string(c.entry().identifier().get()),
                    c.name()));
    cases.add("default:\n$>return null;\n$<").endControlFlow();
    return MethodSpec.methodBuilder("named")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "identifier")
        .addCode(cases.build())
        .build();
  }

}
