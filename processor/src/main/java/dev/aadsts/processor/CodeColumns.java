package dev.aadsts.processor;

import static dev.aadsts.processor.RuntimeTypes.CATEGORY;
import static dev.aadsts.processor.RuntimeTypes.SUPPORT;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The generated enum's data, as columns indexed by ordinal: short texts of numbers and flags that
 * {@code GeneratedCodeSupport} reads once, instead of constructor arguments per constant. Texts a
 * lookup does not need (identifiers, names, descriptions) sit in nested holder classes, which the
 * JVM loads on their first use. Every column is split into literals that fit a class file's string
 * constant, and no generated method grows with the number of codes beyond one instruction per
 * literal, so any catalog an enum can hold compiles.
 */
final class CodeColumns {
  private CodeColumns() {}

  /** The holder of identifiers and the name table. */
  static final String NAMES = "Names";

  /** The holder of categories and retry flags. */
  static final String KINDS = "Kinds";

  /** The holder of the descriptions in the enum's language. */
  static final String DESCRIPTIONS = "Descriptions";

  /**
   * {@code GeneratedCodeSupport.categories(new Category[] {...}, "0102...")}: each code's category
   * as the index of its name among the categories used, in the order they first appear.
   */
  private static CodeBlock categories(List<CodeConstant> constants) {
    Map<String, Integer> used = new LinkedHashMap<>();
    StringBuilder column = new StringBuilder(constants.size());
    for (CodeConstant constant : constants) {
      String category = String.valueOf(constant.kind().category());
      Integer index = used.computeIfAbsent(category, c -> used.size());
      column.append((char) ('0' + index));
    }
    CodeBlock.Builder names = CodeBlock.builder();
    used.keySet().forEach(c -> names.add(names.isEmpty() ? "$T.$L" : ", $T.$L", CATEGORY, c));
    return CodeBlock.of(
        "$T.categories(new $T[] {$L},$W$L)",
        SUPPORT,
        CATEGORY,
        names.build(),
        Literals.string(column.toString()));
  }

  /** {@code GeneratedCodeSupport.flags("0010...")}: which codes are retryable. */
  private static CodeBlock retryable(List<CodeConstant> constants) {
    StringBuilder column = new StringBuilder(constants.size());
    constants.forEach(c -> column.append(c.kind().retryable() ? '1' : '0'));
    return CodeBlock.of("$T.flags($L)", SUPPORT, Literals.string(column.toString()));
  }

  /** The holder of each code's category and retry flag, loaded on the first use of either. */
  static TypeSpec kinds(List<CodeConstant> constants) {
    return holder(KINDS, "Each code's category and retry flag, loaded on the first use of either.")
        .addField(
            FieldSpec.builder(
                    ArrayTypeName.of(CATEGORY), "CATEGORIES", Modifier.STATIC, Modifier.FINAL)
                .initializer(categories(constants))
                .build())
        .addField(
            FieldSpec.builder(boolean[].class, "RETRYABLE", Modifier.STATIC, Modifier.FINAL)
                .initializer(retryable(constants))
                .build())
        .build();
  }

  /** The holder of identifiers, and the name table that {@code parse} reads. */
  static TypeSpec names(TypeName self, List<CodeConstant> constants) {
    List<String> oldNames = new ArrayList<>(constants.size());
    for (CodeConstant constant : constants) {
      StringBuilder names = new StringBuilder();
      constant
          .code()
          .aliases()
          .forEach(a -> names.append(names.length() == 0 ? "" : " ").append(a));
      constant
          .aliases()
          .forEach(a -> names.append(names.length() == 0 ? "" : " ").append(a.name()));
      oldNames.add(names.toString());
    }
    return holder(NAMES, "The identifiers and the name table, loaded on the first use of either.")
        .addField(
            FieldSpec.builder(String[].class, "IDENTIFIERS", Modifier.STATIC, Modifier.FINAL)
                .initializer(texts(constants, c -> c.code().identifier().orElse("")))
                .build())
        .addField(
            FieldSpec.builder(
                    ParameterizedTypeName.get(
                        ClassName.get(Map.class), TypeName.get(String.class), self),
                    "BY_NAME",
                    Modifier.STATIC,
                    Modifier.FINAL)
                .initializer(
                    "$T.names(values(), IDENTIFIERS,$W$L)", SUPPORT, texts(oldNames, s -> s))
                .build())
        .build();
  }

  /** The holder of the descriptions in one language; empty for codes the language lacks. */
  static TypeSpec descriptions(String name, String language, List<CodeConstant> constants) {
    return holder(name, "The descriptions in " + Literals.name(language) + ", loaded on first use.")
        .addField(
            FieldSpec.builder(String[].class, "TEXTS", Modifier.STATIC, Modifier.FINAL)
                .initializer(
                    texts(
                        constants,
                        c ->
                            name.equals(DESCRIPTIONS)
                                ? c.code().description(language)
                                : c.code().descriptions().getOrDefault(language, "")))
                .build())
        .build();
  }

  private static TypeSpec.Builder holder(String name, String javadoc) {
    return TypeSpec.classBuilder(name)
        .addJavadoc("$L\n", javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
  }

  /**
   * {@code GeneratedCodeSupport.texts(...)} of one text per element: each as its length, a colon
   * and its characters, all in a row, in as few literals as fit string constants (so the number of
   * literals grows with the bytes of text, not with the number of elements).
   */
  private static <T> CodeBlock texts(List<T> elements, Function<T, String> text) {
    StringBuilder column = new StringBuilder();
    for (T element : elements) {
      String value = text.apply(element);
      column.append(value.length()).append(':').append(value);
    }
    return call("texts", Literals.pieces(column.toString()));
  }

  /** {@code GeneratedCodeSupport.<method>("piece", "piece", ...)}, one literal a line. */
  private static CodeBlock call(String method, List<String> pieces) {
    CodeBlock.Builder call = CodeBlock.builder().add("$T.$L(", SUPPORT, method);
    if (pieces.size() == 1) {
      return call.add("$L)", Literals.string(pieces.get(0))).build();
    }
    call.add("$>$>");
    for (int i = 0; i < pieces.size(); i++) {
      call.add(i == 0 ? "\n$L" : ",\n$L", Literals.string(pieces.get(i)));
    }
    return call.add("$<$<)").build();
  }
}
