package dev.aadsts.processor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Not a test but a build step: the {@code bundled-catalogs} surefire execution of {@code
 * processor/pom.xml} runs it before the tests, with {@code aadsts.classes} set to the processor's
 * class output, so that the jar ships the bundled catalogs parsed ({@link BundledCatalogs}).
 */
class WriteBundledCatalogs {

  static final String OUTPUT = "aadsts.classes";

  @Test
  void writeTheCompactForm() throws IOException {
    String classes = System.getProperty(OUTPUT);
    assumeTrue(classes != null, "only in the bundled-catalogs build step");
    BundledCatalogs.writeInto(Path.of(classes));
  }
}
