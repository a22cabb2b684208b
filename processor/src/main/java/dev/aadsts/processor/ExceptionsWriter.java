package dev.aadsts.processor;

import static dev.aadsts.processor.RuntimeTypes.CATEGORY;
import static dev.aadsts.processor.RuntimeTypes.ERROR;
import static dev.aadsts.processor.RuntimeTypes.ERRORS;
import static dev.aadsts.processor.RuntimeTypes.ERROR_CODE;
import static dev.aadsts.processor.RuntimeTypes.EXCEPTION;
import static dev.aadsts.processor.RuntimeTypes.SUPPORT;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code AadstsExceptions}: one exception class per code, each extending the runtime
 * exception of its code's category, and the factory that picks the most specific one. Which code
 * and category an error has, and which class it gets, is decided by {@code GeneratedCodeSupport};
 * the per-code classes are as small as Java allows: a constructor that names the constant.
 */
final class ExceptionsWriter {
  private ExceptionsWriter() {}

  /** Constants per {@code switch} method: keeps every method far below the JVM's 64 KB. */
  static final int CASES_PER_METHOD = 1_024;

  static JavaFile write(CodeModel model) {
    ClassName self = model.exceptionsClass();
    ClassName codeEnum = model.codeEnum();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addOriginatingElement(model.origin())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "Typed exceptions for the codes of {@link $T}: one class per code, each extending\n",
                codeEnum)
            .addJavadoc(
                "the runtime exception of its category, so a caller can {@code catch} a single code or a\n")
            .addJavadoc("whole category.\n\n")
            .addJavadoc("<pre>{@code\n")
            .addJavadoc("try {\n")
            .addJavadoc("  ...\n")
            .addJavadoc("} catch (ExecutionException e) {\n")
            .addJavadoc("  throw $T.from(e).orElseThrow(() -> e);\n", self)
            .addJavadoc("}\n")
            .addJavadoc("}</pre>\n")
            .addStaticBlock(
                CodeBlock.of(
                    "$T.checkVersion($L, $T.class);\n",
                    SUPPORT,
                    RuntimeTypes.CONTRACT_VERSION,
                    self))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(
                MethodSpec.methodBuilder("of")
                    .addJavadoc("The most specific exception for an error, without a cause.\n\n")
                    .addJavadoc("@param error the parsed error\n")
                    .addJavadoc("@return a new exception, never null\n")
                    .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                    .returns(EXCEPTION)
                    .addParameter(ERROR, "error")
                    .addStatement("return of(error, null)")
                    .build())
            .addMethod(of(codeEnum))
            .addMethod(from());
    model.generatedAnnotation().ifPresent(type::addAnnotation);
    List<CodeConstant> constants = model.constants();
    if (constants.size() <= CASES_PER_METHOD) {
      type.addMethod(ofCode("ofCode", constants, 0));
    } else {
      CodeBlock.Builder parts =
          CodeBlock.builder().beginControlFlow("switch (ordinal / $L)", CASES_PER_METHOD);
      for (int from = 0, part = 0; from < constants.size(); from += CASES_PER_METHOD, part++) {
        List<CodeConstant> slice =
            constants.subList(from, Math.min(constants.size(), from + CASES_PER_METHOD));
        type.addMethod(ofCode("ofCode" + part, slice, from));
        parts.add("case $L:\n$>return ofCode$L(ordinal, error, cause);\n$<", part, part);
      }
      parts.add("default:\n$>throw new $T(ordinal);\n$<", AssertionError.class);
      type.addMethod(ofCodeSignature("ofCode").addCode(parts.endControlFlow().build()).build());
    }
    for (CodeConstant constant : constants) {
      type.addType(exception(codeEnum, constant));
    }
    return JavaFile.builder(self.packageName(), type.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /**
   * The per-code class when the whole error's category is the code's own; otherwise (the OAuth
   * error or HTTP status says otherwise, or the code is not in the catalog) the category's class.
   */
  private static MethodSpec of(ClassName codeEnum) {
    return MethodSpec.methodBuilder("of")
        .addJavadoc(
            "The most specific exception for an error: the class of its code when the error's\n")
        .addJavadoc(
            "category is the code's own, else the runtime class of the error's category (the OAuth\n")
        .addJavadoc("{@code error}, {@code suberror} and HTTP status decide before the code).\n\n")
        .addJavadoc("@param error the parsed error\n")
        .addJavadoc("@param cause the exception the error was read from, or null\n")
        .addJavadoc("@return a new exception, never null\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(EXCEPTION)
        .addParameter(ERROR, "error")
        .addParameter(Throwable.class, "cause")
        .addStatement("$T code = $T.codeOf(error)", ERROR_CODE, codeEnum)
        .addStatement("$T category = $T.category(error, code)", CATEGORY, SUPPORT)
        .beginControlFlow("if ($T.hasCodeClass(code, category))", SUPPORT)
        .addStatement("return ofCode((($T) code).ordinal(), error, cause)", codeEnum)
        .endControlFlow()
        .addStatement("return $T.exception(error, code, category, cause)", SUPPORT)
        .build();
  }

  private static MethodSpec.Builder ofCodeSignature(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(EXCEPTION)
        .addParameter(int.class, "ordinal")
        .addParameter(ERROR, "error")
        .addParameter(Throwable.class, "cause");
  }

  /** The exception of the constant with an ordinal, for the constants from {@code first} on. */
  private static MethodSpec ofCode(String name, List<CodeConstant> constants, int first) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (ordinal)");
    for (int i = 0; i < constants.size(); i++) {
      cases.add(
          "case $L:\n$>return new $N(error, cause);\n$<",
          first + i,
          constants.get(i).exceptionName());
    }
    cases.add("default:\n$>throw new $T(ordinal);\n$<", AssertionError.class);
    return ofCodeSignature(name).addCode(cases.endControlFlow().build()).build();
  }

  private static MethodSpec from() {
    ParameterizedTypeName optionalError =
        ParameterizedTypeName.get(ClassName.get(Optional.class), ERROR);
    return MethodSpec.methodBuilder("from")
        .addJavadoc(
            "Reads an Entra ID error from an exception's cause chain (see {@link $T#from}) and\n",
            ERRORS)
        .addJavadoc("returns its most specific exception, with the exception as cause.\n\n")
        .addJavadoc("@param thrown what a client library threw\n")
        .addJavadoc(
            "@return the typed exception, or empty when nothing in the chain is an Entra ID error\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), EXCEPTION))
        .addParameter(Throwable.class, "thrown")
        .addStatement("$T error = $T.from(thrown)", optionalError, ERRORS)
        .addStatement(
            "return error.isPresent() ? $T.of(of(error.get(), thrown)) : $T.empty()",
            Optional.class,
            Optional.class)
        .build();
  }

  private static TypeSpec exception(ClassName codeEnum, CodeConstant constant) {
    MergedCode code = constant.code();
    return TypeSpec.classBuilder(constant.exceptionName())
        .addJavadoc(
            "{@link $T#$L}: $L\n", codeEnum, constant.name(), Literals.javadoc(summary(code)))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(RuntimeTypes.categoryException(constant.kind().category()))
        .addField(
            FieldSpec.builder(
                    long.class,
                    "serialVersionUID",
                    Modifier.PRIVATE,
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer("1L")
                .build())
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc(
                    "Creates the exception for an error whose code is {@code AADSTS$L}.\n\n",
                    code.code())
                .addJavadoc("@param error the parsed error\n")
                .addJavadoc("@param cause the exception the error was read from, or null\n")
                .addModifiers(Modifier.PUBLIC)
                .addParameter(ERROR, "error")
                .addParameter(Throwable.class, "cause")
                .addStatement("super(error, $T.$N, cause)", codeEnum, constant.name())
                .build())
        .build();
  }

  /** The code and identifier, as the first sentence of the class Javadoc. */
  private static String summary(MergedCode code) {
    return "AADSTS" + code.code() + code.identifier().map(id -> " " + id).orElse("") + ".";
  }
}
