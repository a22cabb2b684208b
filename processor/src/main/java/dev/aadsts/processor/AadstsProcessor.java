package dev.aadsts.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.ClassName;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
          error(
              element,
              null,
              String.format(Messages.UNKNOWN_OPTION, key, new TreeSet<>(getSupportedOptions())));
        }
      } else if (option.getValue() == null || option.getValue().isBlank()) {
        valid = false;
        if (!optionsChecked) {
          error(
              element,
              null,
              String.format(Messages.EMPTY_OPTION, key, "the path of a catalog markdown file"));
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
    Optional<List<Catalog>> catalogs = catalogs(element, mirror, values.get("catalog"));
    Optional<Map<Integer, Classification.Kind>> kinds = classification(element, mirror);
    if (catalogs.isEmpty() || kinds.isEmpty()) {
      return;
    }
    AnnotationValue localeValue = values.get("locale");
    String language = Locale.forLanguageTag((String) localeValue.getValue()).getLanguage();
    Set<String> languages = new TreeSet<>();
    catalogs.get().forEach(c -> languages.add(c.locale().getLanguage()));
    boolean localeGiven =
        mirror.getElementValues().keySet().stream()
            .anyMatch(m -> m.getSimpleName().contentEquals("locale"));
    if (!languages.contains(language) && !localeGiven) {
      // The default, English, with no English catalog selected: the catalogs' own language.
      language = catalogs.get().get(0).locale().getLanguage();
    } else if (!languages.contains(language)) {
      error(
          element,
          mirror,
          localeValue,
          String.format(
              Messages.UNKNOWN_LOCALE, localeValue.getValue(), String.join(", ", languages)));
      return;
    }
    CatalogMerger.Result merged = CatalogMerger.merge(catalogs.get());
    CodeModel model =
        new CodeModel(
            element,
            ClassName.get(packageName, enumName),
            catalogs.get(),
            language,
            CodeConstant.of(merged.codes(), kinds.get()),
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
    processingEnv.getMessager().printMessage(Kind.NOTE, summary(qualified, model, merged.added()));
  }

  private static String summary(String qualified, CodeModel model, List<Integer> added) {
    List<CodeConstant> constants = model.constants();
    long named = constants.stream().filter(c -> c.code().identifier().isPresent()).count();
    StringBuilder note =
        new StringBuilder(
            String.format(
                Messages.SUMMARY,
                qualified,
                constants.size(),
                model.catalogs().size(),
                named,
                constants.size() - named,
                constants.stream().mapToInt(c -> c.aliases().size()).sum(),
                constants.stream().filter(c -> !c.kind().curated()).count()));
    for (int i = 0; i < model.catalogs().size(); i++) {
      Catalog c = model.catalogs().get(i);
      note.append(System.lineSeparator())
          .append(
              String.format(
                  Messages.CATALOG_SUMMARY,
                  c.describe(),
                  c.rowsRead(),
                  c.entries().size(),
                  c.named(),
                  c.duplicateRows(),
                  added.get(i)));
    }
    return note.toString();
  }

  /**
   * The catalogs of an annotated element, in priority order: the files of the {@code
   * aadsts.catalog} option, then the bundled catalogs it names (all of them when it names none and
   * no file is given). Their problems are reported on the element; empty when one cannot be read.
   */
  private Optional<List<Catalog>> catalogs(
      Element element, AnnotationMirror mirror, AnnotationValue names) {
    String option = processingEnv.getOptions().get(CATALOG_OPTION);
    List<String> files =
        option == null
            ? List.of()
            : Arrays.stream(option.split(Pattern.quote(File.pathSeparator)))
                .map(String::strip)
                .filter(path -> !path.isEmpty())
                .toList();
    List<AnnotationValue> requested = new ArrayList<>();
    for (Object name : (List<?>) names.getValue()) {
      requested.add((AnnotationValue) name);
    }
    List<Catalog> userCatalogs = new ArrayList<>();
    List<Catalog> bundled = new ArrayList<>();
    boolean failed = false;
    for (String path : files) {
      Optional<Catalog> catalog =
          read("file:" + path, () -> CatalogSource.file(path), element, mirror, null, Kind.WARNING);
      catalog.ifPresent(userCatalogs::add);
      failed |= catalog.isEmpty();
    }
    if (requested.isEmpty() && files.isEmpty()) {
      for (String name : CatalogSource.bundledNames()) {
        Optional<Catalog> catalog =
            read(
                "bundled:" + name,
                () -> CatalogSource.bundled(name),
                element,
                mirror,
                null,
                Kind.NOTE);
        catalog.ifPresent(bundled::add);
        failed |= catalog.isEmpty();
      }
    }
    for (AnnotationValue value : requested) {
      String name = (String) value.getValue();
      Optional<Catalog> catalog =
          read(
              "bundled:" + name,
              () -> CatalogSource.bundled(name),
              element,
              mirror,
              value,
              Kind.NOTE);
      catalog.ifPresent(bundled::add);
      failed |= catalog.isEmpty();
    }
    return failed ? Optional.empty() : Optional.of(CatalogMerger.byPriority(userCatalogs, bundled));
  }

  /**
   * Reads and parses a catalog once per compilation, and reports its problems on the element.
   * Warnings about a bundled catalog are notes: they are about this project's data, which the user
   * cannot fix, and must not fail a build that treats warnings as errors.
   */
  private Optional<Catalog> read(
      String key,
      Supplier<CatalogSource.Text> source,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Kind warningKind) {
    CatalogParser.Result result =
        catalogs.computeIfAbsent(
            key,
            k -> {
              CatalogSource.Text text = source.get();
              return text.problem().isPresent()
                  ? new CatalogParser.Result(
                      Optional.empty(),
                      List.of(new CatalogProblem(true, text.name(), 0, text.problem().get())))
                  : CatalogParser.parse(text.name(), text.text().get());
            });
    for (CatalogProblem problem : result.problems()) {
      processingEnv
          .getMessager()
          .printMessage(
              problem.error() ? Kind.ERROR : warningKind, problem.text(), element, mirror, value);
    }
    return result.catalog();
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
