package dev.aadsts.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Everything the writers need for one annotated element: where to write, and the constants.
 *
 * @param origin the annotated element, the originating element of every generated file
 * @param codeEnum the enum to generate
 * @param catalogs the catalogs it is generated from, in priority order
 * @param language the language of {@code description()} and the Javadoc
 * @param constants the enum's constants, in code order
 * @param generated the {@code @Generated} annotation type the compilation has, if any
 * @param exceptions whether to generate the per-code exception classes
 */
record CodeModel(
    Element origin,
    ClassName codeEnum,
    List<Catalog> catalogs,
    String language,
    List<CodeConstant> constants,
    Optional<ClassName> generated,
    boolean exceptions) {

  CodeModel {
    catalogs = List.copyOf(catalogs);
    constants = List.copyOf(constants);
  }

  /** The languages of the catalogs, in priority order. */
  List<String> languages() {
    return catalogs.stream().map(c -> c.locale().getLanguage()).distinct().toList();
  }

  /** The catalogs' file names, for messages and {@code @Generated}. */
  String catalogNames() {
    return String.join(", ", catalogs.stream().map(Catalog::name).toList());
  }

  /** The generated factory of typed exceptions, beside the enum. */
  ClassName exceptionsClass() {
    return exceptionsClass(codeEnum);
  }

  /**
   * The exceptions class of an enum: {@code AadstsCode} → {@code AadstsExceptions}, {@code
   * EntraCodes} → {@code EntraCodesExceptions}.
   */
  static ClassName exceptionsClass(ClassName codeEnum) {
    String name = codeEnum.simpleName();
    String base = name.endsWith("Code") ? name.substring(0, name.length() - 4) : name;
    return codeEnum.peerClass(base + "Exceptions");
  }

  /** {@code @Generated("dev.aadsts.processor.AadstsProcessor")}, without a date. */
  Optional<AnnotationSpec> generatedAnnotation() {
    return generated.map(
        type ->
            AnnotationSpec.builder(type)
                .addMember("value", "$S", AadstsProcessor.class.getCanonicalName())
                .addMember("comments", "$L", Literals.string("catalogs: " + catalogNames()))
                .build());
  }
}
