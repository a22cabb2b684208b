package dev.aadsts.processor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The golden files in {@code src/test/resources/golden/}. With {@code -Dgolden.update=true} a test
 * rewrites its golden file from what it generated (review the change with {@code git diff}).
 */
final class GoldenFiles {
  /** The system property that switches rewriting on. */
  static final String UPDATE = "golden.update";

  private static final Path FOLDER = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  /**
   * The expected contents of golden file {@code name}: read from the source tree, or first replaced
   * by {@code generated} when {@value #UPDATE} is true.
   */
  static String expected(String name, String generated) throws IOException {
    Path file = FOLDER.resolve(name);
    if (Boolean.getBoolean(UPDATE)) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
      System.out.println("Rewrote golden file " + file.toAbsolutePath());
    }
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
