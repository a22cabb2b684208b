package dev.aadsts.processor;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Model stage: everything the writers need for one annotated element: where to write, and the
 * constants.
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

  /** The exceptions class of an enum ({@link Naming#exceptionsClass}). */
  static ClassName exceptionsClass(ClassName codeEnum) {
    return Naming.exceptionsClass(codeEnum);
  }

  /**
   * The constants of merged codes: their names from {@link NameAllocator}, their kinds from the
   * classification file, else from {@link Classifier}.
   *
   * @param clashes receives a warning for each name clash resolved
   */
  static List<CodeConstant> constants(
      List<MergedCode> codes, Map<Integer, CodeKind> curated, List<String> clashes) {
    NameAllocator.Result names = NameAllocator.allocate(codes);
    clashes.addAll(names.clashes());
    List<CodeConstant> constants = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      MergedCode code = codes.get(i);
      NameAllocator.Names n = names.names().get(i);
      constants.add(
          new CodeConstant(
              n.constant(), n.exception(), code, Classifier.kindOf(curated, code), n.aliases()));
    }
    return constants;
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
  static final Map<Category, ClassName> CATEGORY_EXCEPTIONS = categoryExceptions();

  private static Map<Category, ClassName> categoryExceptions() {
    Map<Category, ClassName> map = new EnumMap<>(Category.class);
    map.put(Category.INTERACTION_REQUIRED, ClassName.get(RUNTIME, "InteractionRequiredException"));
    map.put(Category.USER_ERROR, ClassName.get(RUNTIME, "UserErrorException"));
    map.put(Category.CLIENT_CONFIGURATION, ClassName.get(RUNTIME, "ClientConfigurationException"));
    map.put(Category.TENANT_POLICY, ClassName.get(RUNTIME, "TenantPolicyException"));
    map.put(Category.TRANSIENT, ClassName.get(RUNTIME, "TransientException"));
    map.put(Category.FEDERATION, ClassName.get(RUNTIME, "FederationException"));
    map.put(Category.SERVICE, ClassName.get(RUNTIME, "ServiceErrorException"));
    map.put(Category.UNKNOWN, EXCEPTION);
    return Collections.unmodifiableMap(map);
  }
}
