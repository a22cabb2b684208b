package dev.aadsts.processor;

import static dev.aadsts.processor.CodeModel.CATEGORY;
import static dev.aadsts.processor.CodeModel.ERROR;
import static dev.aadsts.processor.CodeModel.ERRORS;
import static dev.aadsts.processor.CodeModel.ERROR_CODE;
import static dev.aadsts.processor.CodeModel.EXCEPTION;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code AadstsExceptions}: one exception class per code, each extending the runtime
 * exception of its code's category, and the factory that picks the most specific one.
 */
final class ExceptionsWriter {
  private ExceptionsWriter() {}

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
            .addMethod(of(model))
            .addMethod(from())
            .addMethod(code(codeEnum));
    model.generatedAnnotation().ifPresent(type::addAnnotation);
    for (CodeConstant constant : model.constants()) {
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
  private static MethodSpec of(CodeModel model) {
    CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (code.code())");
    for (CodeConstant constant : model.constants()) {
      cases.add(
          "case $L:\n$>return new $N(error, cause);\n$<",
          constant.number(),
          constant.exceptionName());
    }
    cases.add("default:\n$>break;\n$<").endControlFlow();
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
        .addStatement("$T code = code(error)", ERROR_CODE)
        .addStatement("$T category = error.category(code.category())", CATEGORY)
        .beginControlFlow("if (code.isKnown() && category == code.category())")
        .addCode(cases.build())
        .endControlFlow()
        .addStatement(
            "return $T.of(error, code, category, code.isRetryable() || category == $T.TRANSIENT, cause)",
            EXCEPTION,
            CATEGORY)
        .build();
  }

  private static MethodSpec from() {
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
        .addStatement("return $T.from(thrown).map(error -> of(error, thrown))", ERRORS)
        .build();
  }

  /** The error's first code the catalog lists, else its first code, else code 0. */
  private static MethodSpec code(ClassName codeEnum) {
    return MethodSpec.methodBuilder("code")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ERROR_CODE)
        .addParameter(ERROR, "error")
        .beginControlFlow("for (int number : error.codes())")
        .addStatement("$T code = $T.of(number)", ERROR_CODE, codeEnum)
        .beginControlFlow("if (code.isKnown())")
        .addStatement("return code")
        .endControlFlow()
        .endControlFlow()
        .addStatement(
            "return $T.unknown(error.codes().isEmpty() ? 0 : error.codes().get(0))", ERROR_CODE)
        .build();
  }

  private static TypeSpec exception(ClassName codeEnum, CodeConstant constant) {
    MergedCode code = constant.code();
    Category category = constant.kind().category();
    return TypeSpec.classBuilder(constant.exceptionName())
        .addJavadoc(
            "{@link $T#$L}: $L\n", codeEnum, constant.name(), Literals.javadoc(summary(code)))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(CodeModel.CATEGORY_EXCEPTIONS.get(category))
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
                .addStatement(
                    "super(error, $T.$N, $T.$L, $L, cause)",
                    codeEnum,
                    constant.name(),
                    CATEGORY,
                    category,
                    constant.kind().retryable())
                .build())
        .build();
  }

  /** The code and identifier, as the first sentence of the class Javadoc. */
  private static String summary(MergedCode code) {
    return "AADSTS" + code.code() + code.identifier().map(id -> " " + id).orElse("") + ".";
  }
}
