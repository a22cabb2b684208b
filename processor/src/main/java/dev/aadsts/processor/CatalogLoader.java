package dev.aadsts.processor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationValue;
import javax.tools.Diagnostic.Kind;

/**
 * Load stage: the catalogs and the classification file of a compilation. The bundled ones come
 * parsed in the processor's jar ({@link BundledCatalogs}); each of the user's files is read and
 * parsed once, however many annotated elements and rounds ask for it, with its problems reported to
 * each element that uses it.
 *
 * <p>Bundled files are read from the processor's own class path with URL caching off (a cached jar
 * stays open and locked in long-lived compiler daemons), never through {@code Filer.getResource},
 * whose behaviour differs between build tools. A user's file is read only when it is a regular file
 * of at most {@link #MAX_BYTES}.
 */
final class CatalogLoader {

  static final String BUNDLED_FOLDER = "META-INF/aadsts/catalog/";
  private static final String INDEX = BUNDLED_FOLDER + "index.txt";

  /** A catalog's text, or the sentence that says why it could not be read. */
  record Text(String name, Optional<String> text, Optional<String> problem) {
    static Text of(String name, String text) {
      return new Text(name, Optional.of(text), Optional.empty());
    }

    static Text failed(String name, String problem) {
      return new Text(name, Optional.empty(), Optional.of(problem));
    }
  }

  /** The bundled catalogs' file names, the default first. */
  static List<String> bundledNames() {
    return read(INDEX)
        .map(
            text ->
                text.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList())
        .orElse(List.of());
  }

  /**
   * A bundled catalog.
   *
   * @param name its file name
   * @param bundled the names of the bundled catalogs, from {@link #bundledNames()}
   */
  static Text bundledText(String name, List<String> bundled) {
    if (!bundled.contains(name)) {
      return Text.failed(
          name, Messages.UNKNOWN_BUNDLED_CATALOG.format(name, String.join(", ", bundled)));
    }
    return read(BUNDLED_FOLDER + name)
        .map(text -> Text.of(name, text))
        .orElseGet(() -> Text.failed(name, Messages.BUNDLED_CATALOG_MISSING.format(name)));
  }

  /** The curated classification of the bundled catalogs' codes. */
  static Text classificationText() {
    return read(ClassificationParser.RESOURCE)
        .map(text -> Text.of(ClassificationParser.FILE_NAME, text))
        .orElseGet(
            () ->
                Text.failed(
                    ClassificationParser.FILE_NAME,
                    Messages.BUNDLED_CATALOG_MISSING.format(ClassificationParser.RESOURCE)));
  }

  /**
   * The most a catalog file may hold: 16 MiB, some fifty times Microsoft's page. A larger file is
   * an error rather than a compilation that runs out of memory.
   */
  static final int MAX_BYTES = 16 << 20;

  /**
   * A file named by the {@code aadsts.catalog} option. Only a regular file is read (a device such
   * as {@code /dev/zero} never ends, a named pipe blocks), and at most {@link #MAX_BYTES}.
   */
  static Text file(String path) {
    String name = path;
    try {
      Path file = Path.of(path);
      name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(path);
      if (!Files.isRegularFile(file)) {
        return Text.failed(
            name,
            Files.exists(file)
                ? Messages.CATALOG_NOT_A_FILE.format(path)
                : Messages.CATALOG_FILE_UNREADABLE.format(path, "no such file"));
      }
      if (Files.size(file) > MAX_BYTES) {
        return Text.failed(name, Messages.CATALOG_TOO_LARGE.format(path, MAX_BYTES >> 20));
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        // The file may have grown since its size was read.
        bytes = in.readNBytes(MAX_BYTES + 1);
      }
      if (bytes.length > MAX_BYTES) {
        return Text.failed(name, Messages.CATALOG_TOO_LARGE.format(path, MAX_BYTES >> 20));
      }
      return decode(name, bytes);
    } catch (IOException | RuntimeException e) {
      return Text.failed(name, Messages.CATALOG_FILE_UNREADABLE.format(path, e));
    }
  }

  /** A resource of the processor's class path; empty when it is missing or cannot be read. */
  private static Optional<String> read(String resource) {
    try (InputStream in = openResource(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * A resource of the processor's own class path, with URL caching off; null when it is missing.
   */
  static InputStream openResource(String resource) throws IOException {
    URL url = CatalogLoader.class.getClassLoader().getResource(resource);
    if (url == null) {
      return null;
    }
    URLConnection connection = url.openConnection();
    connection.setUseCaches(false);
    return connection.getInputStream();
  }

  private static Text decode(String name, byte[] bytes) {
    try {
      return Text.of(
          name,
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (MalformedInputException e) {
      return Text.failed(name, Messages.CATALOG_NOT_UTF8.format(firstMalformedByte(bytes)));
    } catch (CharacterCodingException e) {
      return Text.failed(name, Messages.CATALOG_NOT_UTF8.format(0));
    }
  }

  /** The offset of the first byte that is not UTF-8; the decoder's exception does not give it. */
  private static int firstMalformedByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
    return in.position();
  }

  private final Map<String, CatalogParser.Result> files = new HashMap<>();
  private BundledCatalogs bundled;

  /**
   * The catalogs of an annotated element, in priority order: the user's files, then the bundled
   * catalogs the annotation names (all of them when it names none and no file is given).
   *
   * @param paths the paths of the {@code aadsts.catalog} option
   * @param names the annotation's {@code catalog} values
   * @return the catalogs, or empty when one cannot be read (the errors are reported)
   */
  Optional<List<Catalog>> catalogs(
      List<String> paths, List<AnnotationValue> names, Reporter reporter) {
    List<Catalog> user = new ArrayList<>();
    List<Catalog> chosen = new ArrayList<>();
    boolean complete = true;
    for (String path : paths) {
      CatalogParser.Result result = files.computeIfAbsent(path, CatalogLoader::parseFile);
      complete &= use(result, reporter, null, Kind.WARNING, user);
    }
    if (names.isEmpty() && paths.isEmpty()) {
      for (String name : bundled().names()) {
        complete &= useBundled(name, null, reporter, chosen);
      }
    }
    for (AnnotationValue value : names) {
      complete &= useBundled((String) value.getValue(), value, reporter, chosen);
    }
    if (complete && user.isEmpty() && chosen.isEmpty()) {
      reporter.error(Messages.NO_CATALOG.format());
      complete = false;
    }
    return complete ? Optional.of(CatalogMerger.byPriority(user, chosen)) : Optional.empty();
  }

  private static CatalogParser.Result parseFile(String path) {
    Text text = file(path);
    return text.problem().isPresent()
        ? new CatalogParser.Result(Optional.empty(), List.of(BundledCatalogs.unreadable(text)))
        : CatalogParser.parse(text.name(), text.text().get());
  }

  /**
   * Warnings about a bundled catalog are notes: they are about this project's data, which the user
   * cannot fix, and must not fail a build that treats warnings as errors.
   */
  private boolean useBundled(
      String name, AnnotationValue value, Reporter reporter, List<Catalog> into) {
    CatalogParser.Result result = bundled().catalogs().get(name);
    if (result == null) {
      String known = String.join(", ", bundled().names());
      reporter.error(value, Messages.UNKNOWN_BUNDLED_CATALOG.format(name, known));
      return false;
    }
    return use(result, reporter, value, Kind.NOTE, into);
  }

  private static boolean use(
      CatalogParser.Result result,
      Reporter reporter,
      AnnotationValue value,
      Kind warningKind,
      List<Catalog> into) {
    reporter.report(result.problems(), value, warningKind);
    if (result.catalog().isPresent()) {
      into.add(result.catalog().get());
      return true;
    }
    return false;
  }

  private BundledCatalogs bundled() {
    if (bundled == null) {
      bundled = BundledCatalogs.load();
    }
    return bundled;
  }

  /** The bundled selection of catalogs, merged and named when the processor was built. */
  Optional<Selection> selection(List<Catalog> catalogs) {
    return bundled().selection(catalogs);
  }

  /** The curated classification; empty after reporting its problems. */
  Optional<Map<Integer, CodeKind>> classification(Reporter reporter) {
    ClassificationParser.Result classification = bundled().classification();
    reporter.report(classification.problems(), null, Kind.ERROR);
    return classification.problems().isEmpty()
        ? Optional.of(classification.kinds())
        : Optional.empty();
  }
}
