package dev.aadsts.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Map;
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

  static final String RUNTIME = "dev.aadsts";
  static final ClassName ERROR_CODE = ClassName.get(RUNTIME, "AadstsErrorCode");
  static final ClassName CATEGORY = ClassName.get(RUNTIME, "Category");
  static final ClassName ERROR = ClassName.get(RUNTIME, "AadstsError");
  static final ClassName ERRORS = ClassName.get(RUNTIME, "AadstsErrors");
  static final ClassName EXCEPTION = ClassName.get(RUNTIME, "AadstsException");

  static final ClassName CATALOG_INFO = ClassName.get(RUNTIME, "CatalogInfo");

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
                .addMember("comments", "$S", "catalogs: " + catalogNames())
                .build());
  }

  /**
   * The runtime {@code Category} constants, each with its exception class: {@code USER_ERROR} →
   * {@code UserErrorException}. {@code UNKNOWN} has the base class.
   */
  static final Map<String, ClassName> CATEGORY_EXCEPTIONS =
      Map.of(
          "INTERACTION_REQUIRED", ClassName.get(RUNTIME, "InteractionRequiredException"),
          "USER_ERROR", ClassName.get(RUNTIME, "UserErrorException"),
          "CLIENT_CONFIGURATION", ClassName.get(RUNTIME, "ClientConfigurationException"),
          "TENANT_POLICY", ClassName.get(RUNTIME, "TenantPolicyException"),
          "TRANSIENT", ClassName.get(RUNTIME, "TransientException"),
          "FEDERATION", ClassName.get(RUNTIME, "FederationException"),
          "SERVICE", ClassName.get(RUNTIME, "ServiceErrorException"),
          "UNKNOWN", EXCEPTION);
}
