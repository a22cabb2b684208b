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
import java.util.List;
import java.util.Optional;

/**
 * Where catalogs come from: the files bundled in the processor jar, read from its own class path,
 * or a file named by the {@code aadsts.catalog} option.
 *
 * <p>Bundled files are read through the processor's class loader with URL caching off (a cached jar
 * stays open and locked in long-lived compiler daemons), never through {@code Filer.getResource},
 * whose behaviour differs between build tools.
 */
final class CatalogSource {
  private CatalogSource() {}

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
  static Text bundled(String name, List<String> bundled) {
    if (!bundled.contains(name)) {
      return Text.failed(
          name, String.format(Messages.UNKNOWN_BUNDLED_CATALOG, name, String.join(", ", bundled)));
    }
    return read(BUNDLED_FOLDER + name)
        .map(text -> Text.of(name, text))
        .orElseGet(() -> Text.failed(name, String.format(Messages.BUNDLED_CATALOG_MISSING, name)));
  }

  /** The curated classification of the bundled catalogs' codes. */
  static Text classification() {
    return read(Classification.RESOURCE)
        .map(text -> Text.of(Classification.FILE_NAME, text))
        .orElseGet(
            () ->
                Text.failed(
                    Classification.FILE_NAME,
                    String.format(Messages.BUNDLED_CATALOG_MISSING, Classification.RESOURCE)));
  }

  static Text file(String path) {
    Path file = Path.of(path);
    String name = Optional.ofNullable(file.getFileName()).map(Path::toString).orElse(path);
    try {
      return decode(name, Files.readAllBytes(file));
    } catch (IOException | RuntimeException e) {
      return Text.failed(name, String.format(Messages.CATALOG_FILE_UNREADABLE, path, e));
    }
  }

  /** A resource of the processor's class path; empty when it is missing or cannot be read. */
  private static Optional<String> read(String resource) {
    URL url = CatalogSource.class.getClassLoader().getResource(resource);
    if (url == null) {
      return Optional.empty();
    }
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      try (InputStream in = connection.getInputStream()) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      return Optional.empty();
    }
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
      return Text.failed(name, String.format(Messages.CATALOG_NOT_UTF8, firstMalformedByte(bytes)));
    } catch (CharacterCodingException e) {
      return Text.failed(name, String.format(Messages.CATALOG_NOT_UTF8, 0));
    }
  }

  /** The offset of the first byte that is not UTF-8; the decoder's exception does not give it. */
  private static int firstMalformedByte(byte[] bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
    return in.position();
  }
}
