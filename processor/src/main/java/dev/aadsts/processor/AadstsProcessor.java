package dev.aadsts.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Generates the typed AADSTS error codes for each package or type annotated with {@code
 * dev.aadsts.AadstsCatalog}.
 *
 * <p>It reads the catalog (a bundled one, or the file of the {@code aadsts.catalog} option), then
 * writes the code enum into the annotated package. Catalog problems are reported as errors or
 * warnings with the catalog's file name and line; nothing it does lets an exception reach javac.
 */
@AutoService(Processor.class)
public final class AadstsProcessor extends AbstractProcessor {

  static final String ANNOTATION = "dev.aadsts.AadstsCatalog";

  /** The processor option that replaces the catalog of the whole compilation with a file. */
  static final String CATALOG_OPTION = "aadsts.catalog";

  private static final String OPTION_PREFIX = "aadsts.";

  /** Catalogs read in this compilation, by source: each is read and parsed once, not per round. */
  private final Map<String, CatalogParser.Result> catalogs = new HashMap<>();

  /** Each generated enum's qualified name, and the element it was generated for. */
  private final Map<String, Element> generated = new LinkedHashMap<>();

  private boolean optionsChecked;

  /** The classification file, read: once per compilation. */
  private Classification.Result classification;

  /** Creates the processor; javac does so through the service loader. */
  public AadstsProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(CATALOG_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        try {
          if (checkOptions(element)) {
            generate(element, mirror(element, annotation));
          }
        } catch (RuntimeException | Error e) {
          StringWriter trace = new StringWriter();
          e.printStackTrace(new PrintWriter(trace));
          error(element, null, String.format(Messages.UNEXPECTED_FAILURE, trace));
        }
      }
    }
    // Other processors may handle @AadstsCatalog too.
    return false;
  }

  /** Checks the aadsts options once per compilation; false when one is wrong. */
  private boolean checkOptions(Element element) {
    Map<String, String> options = processingEnv.getOptions();
    boolean valid = true;
    for (Map.Entry<String, String> option : new java.util.TreeMap<>(options).entrySet()) {
      String key = option.getKey();
      if (!key.startsWith(OPTION_PREFIX)) {
        continue;
      }
      if (!getSupportedOptions().contains(key)) {
        valid = false;
        if (!optionsChecked) {
          error(element, null, String.format(Messages.UNKNOWN_OPTION, key, new TreeSet<>(getSupportedOptions())));
        }
      } else if (option.getValue() == null || option.getValue().isBlank()) {
        valid = false;
        if (!optionsChecked) {
          error(element, null, String.format(Messages.EMPTY_OPTION, key, "the path of a catalog markdown file"));
        }
      }
    }
    optionsChecked = true;
    return valid;
  }

  private void generate(Element element, AnnotationMirror mirror) {
    Map<String, AnnotationValue> values = values(mirror);
    AnnotationValue enumNameValue = values.get("enumName");
    String enumName = (String) enumNameValue.getValue();
    if (!SourceVersion.isIdentifier(enumName) || SourceVersion.isKeyword(enumName)) {
      error(element, mirror, enumNameValue, String.format(Messages.INVALID_ENUM_NAME, enumName));
      return;
    }
    String packageName =
        processingEnv.getElementUtils().getPackageOf(element).getQualifiedName().toString();
    String qualified = packageName.isEmpty() ? enumName : packageName + "." + enumName;
    Element earlier = generated.putIfAbsent(qualified, element);
    if (earlier != null) {
      error(
          element,
          mirror,
          String.format(Messages.DUPLICATE_TARGET, packageName, enumName, earlier.getSimpleName()));
      return;
    }
    Optional<Catalog> catalog = catalog(element, mirror, values.get("catalog"));
    Optional<Map<Integer, Classification.Kind>> kinds = classification(element, mirror);
    if (catalog.isEmpty() || kinds.isEmpty()) {
      return;
    }
    Catalog c = catalog.get();
    CodeModel model =
        new CodeModel(
            element,
            ClassName.get(packageName, enumName),
            c,
            CodeConstant.of(c.entries(), kinds.get()),
            generatedAnnotation(),
            (Boolean) values.get("exceptions").getValue());
    try {
      CodeEnumWriter.write(model).writeTo(processingEnv.getFiler());
      if (model.exceptions()) {
        ExceptionsWriter.write(model).writeTo(processingEnv.getFiler());
      }
    } catch (IOException e) {
      error(element, mirror, "cannot write the code of " + qualified + ": " + e);
      return;
    }
    long byRules = model.constants().stream().filter(k -> !k.kind().curated()).count();
    processingEnv
        .getMessager()
        .printMessage(
            Kind.NOTE,
            String.format(
                Messages.SUMMARY,
                qualified,
                c.entries().size(),
                c.name(),
                c.named(),
                c.entries().size() - c.named(),
                c.rowsRead(),
                c.duplicateRows(),
                byRules));
  }

  /** The curated classification, read once per compilation; empty after reporting its problems. */
  private Optional<Map<Integer, Classification.Kind>> classification(
      Element element, AnnotationMirror mirror) {
    if (classification == null) {
      CatalogSource.Text text = CatalogSource.classification();
      classification =
          text.problem().isPresent()
              ? new Classification.Result(
                  Map.of(), List.of(new CatalogProblem(true, text.name(), 0, text.problem().get())))
              : Classification.parse(text.name(), text.text().get());
    }
    for (CatalogProblem problem : classification.problems()) {
      error(element, mirror, problem.text());
    }
    return classification.problems().isEmpty()
        ? Optional.of(classification.kinds())
        : Optional.empty();
  }

  /** Reads and parses the catalog for an annotated element, and reports its problems there. */
  private Optional<Catalog> catalog(Element element, AnnotationMirror mirror, AnnotationValue name) {
    String option = processingEnv.getOptions().get(CATALOG_OPTION);
    String requested = (String) name.getValue();
    String key;
    CatalogSource.Text text;
    if (option != null) {
      key = "file:" + option;
      text = catalogs.containsKey(key) ? null : CatalogSource.file(option);
    } else {
      String bundled = requested.isEmpty() ? defaultCatalog() : requested;
      key = "bundled:" + bundled;
      text = catalogs.containsKey(key) ? null : CatalogSource.bundled(bundled);
    }
    if (text != null && text.problem().isPresent()) {
      error(element, mirror, option == null ? name : null, text.problem().get());
      return Optional.empty();
    }
    CatalogParser.Result result =
        catalogs.computeIfAbsent(key, k -> CatalogParser.parse(text.name(), text.text().get()));
    for (CatalogProblem problem : result.problems()) {
      processingEnv
          .getMessager()
          .printMessage(problem.error() ? Kind.ERROR : Kind.WARNING, problem.text(), element, mirror);
    }
    return result.catalog();
  }

  private static String defaultCatalog() {
    return CatalogSource.bundledNames().stream().findFirst().orElse("");
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

  private void error(Element element, AnnotationMirror mirror, String message) {
    error(element, mirror, null, message);
  }

  private void error(
      Element element, AnnotationMirror mirror, AnnotationValue value, String message) {
    processingEnv.getMessager().printMessage(Kind.ERROR, message, element, mirror, value);
  }
}
