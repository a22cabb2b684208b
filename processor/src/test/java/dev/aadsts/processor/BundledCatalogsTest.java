package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled catalogs' compact form says exactly what parsing their sources says. */
class BundledCatalogsTest {

  @Test
  void theCompactFormInTheProcessorIsTheParsedSources() {
    BundledCatalogs shipped = BundledCatalogs.precompiled().orElseThrow();
    assertEquals(BundledCatalogs.parse().withSelections(), shipped);
    assertEquals(3, shipped.names().size());
    // The default selection and each catalog alone come merged and named.
    assertEquals(4, shipped.selections().size());
    assertTrue(shipped.classification().kinds().size() > 300);
  }

  @Test
  void writingIsReproducible(@TempDir Path a, @TempDir Path b) throws IOException {
    BundledCatalogs.writeInto(a);
    BundledCatalogs.writeInto(b);
    byte[] first = Files.readAllBytes(a.resolve(BundledCatalogs.RESOURCE));
    assertEquals(
        java.util.Arrays.toString(first),
        java.util.Arrays.toString(Files.readAllBytes(b.resolve(BundledCatalogs.RESOURCE))));
    assertTrue(first.length < 400_000, "compact: " + first.length + " bytes");
  }
}
