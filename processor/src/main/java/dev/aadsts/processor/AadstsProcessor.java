package dev.aadsts.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
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

  /** The processor option that names the user's catalog files. */
  static final String CATALOG_OPTION = "aadsts.catalog";

  /** The processor option that adds the processor's own time to its note. */
  static final String VERBOSE_OPTION = "aadsts.verbose";

  private static final String OPTION_PREFIX = "aadsts.";

  /** Reads each catalog once per compilation, not once per element or round. */
  private final CatalogLoader loader = new CatalogLoader();

  /** Each generated enum's qualified name, and the element it was generated for. */
  private final Map<String, Element> generated = new LinkedHashMap<>();

  private boolean optionsReported;

  /** Creates the processor; javac does so through the service loader. */
  public AadstsProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CATALOG_OPTION, VERBOSE_OPTION);
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
            new Reporter(processingEnv.getMessager(), element, mirror(element, annotation));
        try {
          if (optionsValid(reporter)) {
            generate(reporter);
          }
        } catch (RuntimeException | Error e) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          reporter.error(String.format(Messages.UNEXPECTED_FAILURE, trace));
        }
      }
    }
    // Other processors may handle @AadstsCatalog too.
    return false;
  }

  /** Checks the {@code aadsts.*} options; reports a wrong one on the first element only. */
  private boolean optionsValid(Reporter reporter) {
    boolean valid = true;
    for (Map.Entry<String, String> option : new TreeMap<>(processingEnv.getOptions()).entrySet()) {
      String key = option.getKey();
      String problem = null;
      if (key.startsWith(OPTION_PREFIX) && !getSupportedOptions().contains(key)) {
        problem = String.format(Messages.UNKNOWN_OPTION, key, new TreeSet<>(getSupportedOptions()));
      } else if (key.equals(CATALOG_OPTION) && files().isEmpty()) {
        problem = String.format(Messages.EMPTY_OPTION, key, "the path of a catalog markdown file");
      } else if (key.equals(VERBOSE_OPTION)
          && !List.of("true", "false").contains(String.valueOf(option.getValue()))) {
        problem = String.format(Messages.BAD_BOOLEAN_OPTION, key, option.getValue());
      }
      if (problem != null) {
        valid = false;
        if (!optionsReported) {
          reporter.error(problem);
        }
      }
    }
    optionsReported = true;
    return valid;
  }

  /** The paths of the {@code aadsts.catalog} option, separated like a class path. */
  private List<String> files() {
    String option = processingEnv.getOptions().get(CATALOG_OPTION);
    return option == null
        ? List.of()
        : Arrays.stream(option.split(Pattern.quote(File.pathSeparator)))
            .map(String::strip)
            .filter(path -> !path.isEmpty())
            .toList();
  }

  private void generate(Reporter reporter) {
    long start = System.nanoTime();
    Map<String, AnnotationValue> values = values(reporter.mirror());
    AnnotationValue enumName = values.get("enumName");
    String name = (String) enumName.getValue();
    if (!SourceVersion.isIdentifier(name) || SourceVersion.isKeyword(name)) {
      reporter.error(enumName, String.format(Messages.INVALID_ENUM_NAME, name));
      return;
    }
    Element element = reporter.element();
    ClassName codeEnum =
        ClassName.get(
            processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString(),
            name);
    boolean exceptions = (Boolean) values.get("exceptions").getValue();
    List<ClassName> outputs =
        exceptions ? List.of(codeEnum, CodeModel.exceptionsClass(codeEnum)) : List.of(codeEnum);
    for (ClassName output : outputs) {
      Element earlier = generated.putIfAbsent(output.canonicalName(), element);
      if (earlier != null) {
        reporter.error(String.format(Messages.DUPLICATE_TARGET, output, qualifiedName(earlier)));
        return;
      }
    }
    List<AnnotationValue> names =
        ((List<?>) values.get("catalog").getValue())
            .stream().map(AnnotationValue.class::cast).toList();
    Optional<List<Catalog>> catalogs = loader.catalogs(files(), names, reporter);
    Optional<Map<Integer, Classification.Kind>> kinds = loader.classification(reporter);
    if (catalogs.isEmpty() || kinds.isEmpty()) {
      return;
    }
    Optional<String> language = language(reporter, values.get("locale"), catalogs.get());
    if (language.isEmpty()) {
      return;
    }
    CatalogMerger.Result merged = CatalogMerger.merge(catalogs.get());
    CodeModel model =
        new CodeModel(
            element,
            codeEnum,
            catalogs.get(),
            language.get(),
            CodeConstant.of(merged.codes(), kinds.get()),
            generatedAnnotation(),
            exceptions);
    Optional<String> tooLarge = CodeEnumWriter.tooLarge(model);
    if (tooLarge.isPresent()) {
      reporter.error(tooLarge.get());
      return;
    }
    try {
      CodeEnumWriter.write(model).writeTo(processingEnv.getFiler());
      if (model.exceptions()) {
        ExceptionsWriter.write(model).writeTo(processingEnv.getFiler());
      }
    } catch (IOException e) {
      reporter.error(String.format(Messages.CANNOT_WRITE, codeEnum, e));
      return;
    }
    String note = Messages.summary(model, merged.added());
    if (Boolean.parseBoolean(processingEnv.getOptions().get(VERBOSE_OPTION))) {
      note += String.format(Messages.TIME, (System.nanoTime() - start) / 1_000_000);
    }
    reporter.note(note);
  }

  /**
   * The language of {@code description()}: the annotation's, which needs a catalog in it; left at
   * its default (English) with no English catalog selected, the most authoritative catalog's.
   */
  private static Optional<String> language(
      Reporter reporter, AnnotationValue locale, List<Catalog> catalogs) {
    String language = Locale.forLanguageTag((String) locale.getValue()).getLanguage();
    Set<String> languages = new TreeSet<>();
    catalogs.forEach(c -> languages.add(c.locale().getLanguage()));
    if (languages.contains(language)) {
      return Optional.of(language);
    }
    boolean given =
        reporter.mirror().getElementValues().keySet().stream()
            .anyMatch(m -> m.getSimpleName().contentEquals("locale"));
    if (!given) {
      return Optional.of(catalogs.get(0).locale().getLanguage());
    }
    reporter.error(
        locale,
        String.format(Messages.UNKNOWN_LOCALE, locale.getValue(), String.join(", ", languages)));
    return Optional.empty();
  }

  /** {@code javax.annotation.processing.Generated} on Java 9 and later, the Java 8 one before. */
  private Optional<ClassName> generatedAnnotation() {
    var elements = processingEnv.getElementUtils();
    boolean java9 = processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0;
    if (java9 && elements.getTypeElement("javax.annotation.processing.Generated") != null) {
      return Optional.of(ClassName.get("javax.annotation.processing", "Generated"));
    }
    if (elements.getTypeElement("javax.annotation.Generated") != null) {
      return Optional.of(ClassName.get("javax.annotation", "Generated"));
    }
    return Optional.empty();
  }

  private static String qualifiedName(Element element) {
    return element instanceof QualifiedNameable named
        ? named.getQualifiedName().toString()
        : element.toString();
  }

  private static AnnotationMirror mirror(Element element, TypeElement annotation) {
    return element.getAnnotationMirrors().stream()
        .filter(m -> m.getAnnotationType().asElement().equals(annotation))
        .findFirst()
        .orElseThrow();
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
