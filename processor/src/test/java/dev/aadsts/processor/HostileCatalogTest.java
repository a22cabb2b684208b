package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aadsts.processor.Compilations.VERBOSE;
import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.compileCatalog;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import dev.aadsts.AadstsErrorCode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs made to break the processor (issue 15): each test holds the smallest input that lost or
 * re-bound a code, broke the generated code, hung javac or gave a stack trace.
 */
class HostileCatalogTest {

  private static final String EN_2025 = "reference-error-codes.en-us-2025.md";
  private static final String HEADER = "| Error | Description |\n|---|---|\n";

  @TempDir Path dir;

  private Path catalog(String rows) throws IOException {
    Path file = dir.resolve("hostile.md");
    Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
    return file;
  }

  private Compilation withBundled(Path file, String... options) {
    String[] all = Arrays.copyOf(options, options.length + 1);
    all[options.length] = "-Aaadsts.catalog=" + file;
    return compile(packageInfo("catalog = \"" + EN_2025 + "\""), all);
  }

  private static Map<String, AadstsErrorCode> constants(Compilation compilation) {
    return Arrays.stream(generatedEnum(compilation, "AadstsCode").getEnumConstants())
        .map(AadstsErrorCode.class::cast)
        .collect(Collectors.toMap(Object::toString, c -> c));
  }

  @SuppressWarnings("unchecked")
  private static Optional<AadstsErrorCode> find(Compilation compilation, int code)
      throws ReflectiveOperationException {
    Method find = generatedEnum(compilation, "AadstsCode").getMethod("find", int.class);
    return (Optional<AadstsErrorCode>) find.invoke(null, code);
  }

  @Test
  void aRowNamedLikeAnotherCodesDerivedNameNeverReBindsIt() throws Exception {
    Compilation compilation =
        withBundled(catalog("| AADSTS99999999 | InvalidRequest_90023 - x |\n"), VERBOSE);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("AADSTS99999999 (InvalidRequest_90023, hostile.md:3)");
    assertThat(compilation).hadWarningContaining("AADSTS90023 (InvalidRequest, " + EN_2025 + ":");
    Map<String, AadstsErrorCode> constants = constants(compilation);
    assertEquals(90023, constants.get("INVALID_REQUEST_90023").code());
    assertEquals(99999999, constants.get("INVALID_REQUEST_90023_99999999").code());
    assertEquals(90023, find(compilation, 90023).orElseThrow().code());
    // The note's total is the number of constants generated.
    assertThat(compilation).hadNoteContaining(constants.size() + " codes from 2 catalogs");
    assertEquals(346, constants.size());
  }

  @Test
  void exceptionNamesThatWouldMeetAreMadeUnique() {
    // A1B and A_1B, AbC and AbC_: different identifiers, one exception class name.
    Compilation compilation =
        compileCatalog(
            write(
                "| AADSTS1 | A1B - one |\n"
                    + "| AADSTS2 | A_1B - two |\n"
                    + "| AADSTS3 | AbC - three |\n"
                    + "| AADSTS4 | AbC_ - four |\n"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("AADSTS1 (A1B, hostile.md:3) and AADSTS2 (A_1B");
    assertThat(compilation).generatedSourceFile("com.example.auth.AadstsExceptions");
    assertEquals(
        Map.of("A1B_1", 1, "A_1B_2", 2, "AB_C_3", 3, "AB_C_4", 4),
        constants(compilation).entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().code())));
  }

  @Test
  void anIdentifierSpelledLikeADerivedExceptionBesideTheBundledCatalogs() throws Exception {
    Compilation compilation =
        withBundled(catalog("| AADSTS99999998 | InvalidRequest90023 - x |\n"));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("InvalidRequest90023Exception");
    assertThat(compilation).generatedSourceFile("com.example.auth.AadstsExceptions");
    assertEquals(90023, find(compilation, 90023).orElseThrow().code());
    assertEquals(99999998, find(compilation, 99999998).orElseThrow().code());
  }

  @Test
  void identifiersSpelledLikeTheLookupTablesNamesKeepThem() throws Exception {
    Compilation compilation =
        compileCatalog(
            catalog(
                "| AADSTS1 | Codes - x |\n| AADSTS2 | Found - x |\n"
                    + "| AADSTS3 | Table - x |\n| AADSTS4 | Values - x |\n"));
    assertThat(compilation).succeeded();
    assertEquals(4, constants(compilation).size());
    for (int code = 1; code <= 4; code++) {
      assertEquals(code, find(compilation, code).orElseThrow().code());
    }
  }

  @Test
  void theEnumAddsNoStaticFieldThatACodeNameCouldClashWith() throws IOException {
    Class<?> type =
        generatedEnum(compileCatalog(catalog("| AADSTS1 | FooBar - x |\n")), "AadstsCode");
    Set<String> added =
        Arrays.stream(type.getDeclaredFields())
            .filter(f -> Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
            .filter(f -> f.getType() != type)
            .map(Field::getName)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(), added);
  }

  @Test
  void aStrayRowOfManyCellsIsAWarningNotAStackOverflow() throws IOException {
    // Delimiter-like cells and then not: the old delimiter pattern recursed once per cell.
    String stray = "| " + "-- | ".repeat(2000) + "x |\n";
    Compilation compilation = compileCatalog(catalog("| AADSTS1 | FooBar - x |\n" + stray));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("hostile.md:4: " + "this row of the AADSTS table");
  }

  /** Cells that made the old regular expressions backtrack for minutes; each parses at once. */
  @Test
  void hostileCellsParseInLinearTime() {
    int n = 200_000;
    String[] cells = {
      "Ab".repeat(n / 2) + "!", // identifier pattern: every hump a new start for the last group
      "<" + "a".repeat(n), // HTML tag pattern: an unclosed tag with a long name
      "x" + " ".repeat(n) + "y", // list-end pattern: blanks before no list end
      "</li>" + " ".repeat(n) + "<li",
      "[" + "a".repeat(n) + "](" + "b".repeat(n),
      "&" + "a".repeat(n),
    };
    for (String cell : cells) {
      // A guard against a hang, not a speed measurement (benchmarks measure speed).
      assertTimeoutPreemptively(
          Duration.ofSeconds(20),
          () -> {
            CatalogParser.Result result =
                CatalogParser.parse("cells.md", HEADER + "| AADSTS1 | " + cell + " |\n");
            assertTrue(result.catalog().isPresent(), result.problems().toString());
          });
    }
  }

  @Test
  void aDeviceIsNotRead() {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    Compilation compilation = compileCatalog(Path.of("/dev/zero"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Messages.CATALOG_NOT_A_FILE.format("/dev/zero"));
  }

  @Test
  void aNamedPipeIsNotOpened() throws Exception {
    Path fifo = dir.resolve("catalog.md");
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here");
      return;
    }
    assumeTrue(mkfifo.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
    Compilation compilation =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> compileCatalog(fifo));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(Messages.CATALOG_NOT_A_FILE.format(fifo));
  }

  @Test
  void aFileOverTheCapIsAClearError() throws IOException {
    Path big = dir.resolve("big.md");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(CatalogLoader.MAX_BYTES + 1L);
    }
    Compilation compilation = compileCatalog(big);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(Messages.CATALOG_TOO_LARGE.format(big, 16));
    for (Diagnostic<?> error : compilation.errors()) {
      assertTrue(!error.getMessage(null).contains("failed unexpectedly"), error.toString());
    }
  }

  private Path write(String rows) {
    try {
      return catalog(rows);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
