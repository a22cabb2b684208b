package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

/**
 * Reads the catalogs and the classification file for a compilation: each file once, however many
 * annotated elements and rounds ask for it, with its problems reported to each element that uses
 * it.
 */
final class CatalogLoader {
  private final Map<String, CatalogParser.Result> parsed = new HashMap<>();
  private List<String> bundledNames;
  private Classification.Result classification;

  /**
   * The catalogs of an annotated element, in priority order: the user's files, then the bundled
   * catalogs the annotation names (all of them when it names none and no file is given).
   *
   * @param files the paths of the {@code aadsts.catalog} option
   * @param names the annotation's {@code catalog} values
   * @return the catalogs, or empty when one cannot be read (the errors are reported)
   */
  Optional<List<Catalog>> catalogs(
      List<String> files, List<AnnotationValue> names, Reporter reporter) {
    List<Catalog> user = new ArrayList<>();
    List<Catalog> bundled = new ArrayList<>();
    boolean complete = true;
    for (String path : files) {
      complete &=
          read("file:" + path, () -> CatalogSource.file(path), reporter, null, Kind.WARNING, user);
    }
    if (names.isEmpty() && files.isEmpty()) {
      for (String name : bundledNames()) {
        complete &= readBundled(name, null, reporter, bundled);
      }
    }
    for (AnnotationValue value : names) {
      complete &= readBundled((String) value.getValue(), value, reporter, bundled);
    }
    if (complete && user.isEmpty() && bundled.isEmpty()) {
      reporter.error(Messages.NO_CATALOG);
      complete = false;
    }
    return complete ? Optional.of(CatalogMerger.byPriority(user, bundled)) : Optional.empty();
  }

  /**
   * Warnings about a bundled catalog are notes: they are about this project's data, which the user
   * cannot fix, and must not fail a build that treats warnings as errors.
   */
  private boolean readBundled(
      String name, AnnotationValue value, Reporter reporter, List<Catalog> into) {
    return read(
        "bundled:" + name,
        () -> CatalogSource.bundled(name, bundledNames()),
        reporter,
        value,
        Kind.NOTE,
        into);
  }

  private List<String> bundledNames() {
    if (bundledNames == null) {
      bundledNames = CatalogSource.bundledNames();
    }
    return bundledNames;
  }

  private boolean read(
      String key,
      Supplier<CatalogSource.Text> source,
      Reporter reporter,
      AnnotationValue value,
      Kind warningKind,
      List<Catalog> into) {
    CatalogParser.Result result =
        parsed.computeIfAbsent(
            key,
            k -> {
              CatalogSource.Text text = source.get();
              return text.problem().isPresent()
                  ? new CatalogParser.Result(Optional.empty(), List.of(unreadable(text)))
                  : CatalogParser.parse(text.name(), text.text().get());
            });
    reporter.report(result.problems(), value, warningKind);
    result.catalog().ifPresent(into::add);
    return result.catalog().isPresent();
  }

  /** The curated classification; empty after reporting its problems. */
  Optional<Map<Integer, Classification.Kind>> classification(Reporter reporter) {
    if (classification == null) {
      CatalogSource.Text text = CatalogSource.classification();
      classification =
          text.problem().isPresent()
              ? new Classification.Result(Map.of(), List.of(unreadable(text)))
              : Classification.parse(text.name(), text.text().get());
    }
    reporter.report(classification.problems(), null, Kind.ERROR);
    return classification.problems().isEmpty()
        ? Optional.of(classification.kinds())
        : Optional.empty();
  }

  private static CatalogProblem unreadable(CatalogSource.Text text) {
    return new CatalogProblem(true, text.name(), 0, text.problem().get());
  }
}
