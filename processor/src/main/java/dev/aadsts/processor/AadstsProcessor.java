package dev.aadsts.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;

/**
 * Generates the typed AADSTS error codes for each package or type annotated with {@code
 * dev.aadsts.AadstsCatalog}.
 *
 * <p>For each annotated element it reads the catalogs (bundled ones, and the files of the {@code
 * aadsts.catalog} option), merges them, and writes the code enum and the typed exceptions into the
 * annotated package. Catalog problems are reported with the catalog's file name and line; nothing
 * it does lets an exception reach javac.
 */
@AutoService(Processor.class)
public final class AadstsProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.aadsts.AadstsCatalog";

  /** Reads each catalog once per compilation, not once per element or round. */
  private final CatalogLoader loader = new CatalogLoader();

  /** Each generated enum's qualified name, and the element it was generated for. */
  private final Map<String, Element> generated = new LinkedHashMap<>();

  /** The constants of each selection of catalogs, made once however many elements use it. */
  private final List<Map.Entry<List<Catalog>, Selection>> models = new ArrayList<>();

  private Options options;
  private Optional<ClassRef> generatedAnnotation;
  private boolean optionsReported;

  /** Creates the processor; javac does so through the service loader. */
  public AadstsProcessor() {}

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    options = Options.read(environment.getOptions());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Options.SUPPORTED;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        Reporter reporter =
            new Reporter(
                processingEnv.getMessager(),
                element,
                mirror(element, annotation),
                options.verbose());
        try {
          if (optionsValid(reporter)) {
            generate(reporter);
          }
        } catch (RuntimeException | Error e) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          reporter.error(Messages.UNEXPECTED_FAILURE.format(trace));
        }
      }
    }
    // Other processors may handle @AadstsCatalog too.
    return false;
  }

  /** Whether the options are right; reports the wrong ones on the first element only. */
  private boolean optionsValid(Reporter reporter) {
    if (!optionsReported) {
      for (String problem : options.problems()) {
        reporter.error(problem);
      }
      optionsReported = true;
    }
    return options.problems().isEmpty();
  }

  private void generate(Reporter reporter) {
    long start = System.nanoTime();
    Map<String, AnnotationValue> values = values(reporter.mirror());
    AnnotationValue enumName = values.get("enumName");
    String name = (String) enumName.getValue();
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.error(enumName, Messages.INVALID_ENUM_NAME.format(name));
      return;
    }
    Element element = reporter.element();
    ClassRef codeEnum =
        new ClassRef(
            processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString(),
            name);
    boolean exceptions = (Boolean) values.get("exceptions").getValue();
    if (!claimOutputs(reporter, codeEnum, exceptions)) {
      return;
    }
    List<AnnotationValue> names = new ArrayList<>();
    for (Object value : (List<?>) values.get("catalog").getValue()) {
      names.add((AnnotationValue) value);
    }
    Optional<List<Catalog>> catalogs = loader.catalogs(options.catalogFiles(), names, reporter);
    Optional<Map<Integer, CodeKind>> kinds = loader.classification(reporter);
    if (catalogs.isEmpty() || kinds.isEmpty()) {
      return;
    }
    Optional<String> language = language(reporter, values.get("locale"), catalogs.get());
    if (language.isEmpty()) {
      return;
    }
    long loaded = System.nanoTime();
    Selection built = model(catalogs.get(), kinds.get(), reporter);
    CodeModel model =
        new CodeModel(
            element,
            codeEnum,
            catalogs.get(),
            language.get(),
            built.constants(),
            generatedAnnotation(),
            exceptions);
    long modelled = System.nanoTime();
    Optional<String> tooLarge = CodeEnumWriter.tooLarge(model);
    if (tooLarge.isPresent()) {
      reporter.error(tooLarge.get());
      return;
    }
    try {
      Filer filer = processingEnv.getFiler();
      CodeEnumWriter.write(model).writeTo(filer, model.codeEnum(), element);
      if (model.exceptions()) {
        ExceptionsWriter.write(model).writeTo(filer, model.exceptionsClass(), element);
      }
    } catch (IOException e) {
      reporter.error(Messages.CANNOT_WRITE.format(codeEnum, e));
      return;
    }
    long end = System.nanoTime();
    if (options.verbose()) {
      reporter.note(
          Messages.summary(model, built.merged().added())
              + String.format(
                  Messages.TIME,
                  millis(end - start),
                  millis(loaded - start),
                  millis(modelled - loaded),
                  millis(end - modelled)));
    }
  }

  /** Claims the files an element generates; a file another element already has is an error. */
  private boolean claimOutputs(Reporter reporter, ClassRef codeEnum, boolean exceptions) {
    List<ClassRef> outputs =
        exceptions ? List.of(codeEnum, CodeModel.exceptionsClass(codeEnum)) : List.of(codeEnum);
    for (ClassRef output : outputs) {
      Element earlier = generated.putIfAbsent(output.canonicalName(), reporter.element());
      if (earlier != null) {
        reporter.error(Messages.DUPLICATE_TARGET.format(output, qualifiedName(earlier)));
        return false;
      }
    }
    return true;
  }

  /**
   * Merges and names a selection of catalogs once per compilation (a bundled selection comes made
   * in the processor's jar), reporting name clashes the first time.
   */
  private Selection model(List<Catalog> catalogs, Map<Integer, CodeKind> kinds, Reporter reporter) {
    for (Map.Entry<List<Catalog>, Selection> made : models) {
      if (sameCatalogs(made.getKey(), catalogs)) {
        return made.getValue();
      }
    }
    Optional<Selection> bundled = loader.selection(catalogs);
    Selection built = bundled.isPresent() ? bundled.get() : Selection.of(catalogs, kinds);
    models.add(Map.entry(catalogs, built));
    for (String clash : built.clashes()) {
      reporter.warning(clash);
    }
    return built;
  }

  /** The loader reads each file once: the same catalogs are the same objects. */
  private static boolean sameCatalogs(List<Catalog> a, List<Catalog> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }

  /**
   * The language of {@code description()}: the annotation's, which needs a catalog in it; left at
   * its default (English) with no English catalog selected, the most authoritative catalog's.
   */
  private static Optional<String> language(
      Reporter reporter, AnnotationValue locale, List<Catalog> catalogs) {
    String language = Locale.forLanguageTag((String) locale.getValue()).getLanguage();
    Set<String> languages = new TreeSet<>();
    for (Catalog catalog : catalogs) {
      languages.add(catalog.locale().getLanguage());
    }
    if (languages.contains(language)) {
      return Optional.of(language);
    }
    boolean given = false;
    for (ExecutableElement member : reporter.mirror().getElementValues().keySet()) {
      given |= member.getSimpleName().contentEquals("locale");
    }
    if (!given) {
      return Optional.of(catalogs.get(0).locale().getLanguage());
    }
    reporter.error(
        locale, Messages.UNKNOWN_LOCALE.format(locale.getValue(), String.join(", ", languages)));
    return Optional.empty();
  }

  /** {@code javax.annotation.processing.Generated} on Java 9 and later, the Java 8 one before. */
  private Optional<ClassRef> generatedAnnotation() {
    if (generatedAnnotation == null) {
      generatedAnnotation = findGeneratedAnnotation();
    }
    return generatedAnnotation;
  }

  private Optional<ClassRef> findGeneratedAnnotation() {
    var elements = processingEnv.getElementUtils();
    boolean java9 = processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0;
    if (java9 && elements.getTypeElement("javax.annotation.processing.Generated") != null) {
      return Optional.of(new ClassRef("javax.annotation.processing", "Generated"));
    }
    if (elements.getTypeElement("javax.annotation.Generated") != null) {
      return Optional.of(new ClassRef("javax.annotation", "Generated"));
    }
    return Optional.empty();
  }

  private static String qualifiedName(Element element) {
    return element instanceof QualifiedNameable named
        ? named.getQualifiedName().toString()
        : element.toString();
  }

  private static AnnotationMirror mirror(Element element, TypeElement annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    throw new IllegalStateException("no @" + annotation + " on " + element);
  }

  private Map<String, AnnotationValue> values(AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        processingEnv.getElementUtils().getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return values;
  }
}
