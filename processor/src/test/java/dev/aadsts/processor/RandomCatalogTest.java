package dev.aadsts.processor;

import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.aadsts.AadstsErrorCode;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random catalogs (random identifiers, separators, codes, markup, and lengths up to megabytes)
 * always give either errors located at the catalog's file and line, or code that compiles with
 * exactly one constant per distinct code, each found by its number.
 *
 * <p>Seeded: each case prints its seed; {@code -Daadsts.seed=N} starts the sequence elsewhere.
 */
class RandomCatalogTest {

  private static final long BASE = Long.getLong("aadsts.seed", 20261201L);
  private static final int CASES = Integer.getInteger("aadsts.cases", 24);
  private static final String EN_2025 = "reference-error-codes.en-us-2025.md";

  private static final String[] WORDS = {
    "Invalid", "Request", "User", "Account", "OAuth2", "IdP", "AuthN", "SAML", "MFA", "XCB2B", "V2",
    "Not", "Found", "A1B", "A_1B", "AbC", "AbC_", "_", "9", "90023", "Codes", "Found_",
  };
  private static final String[] IDENTIFIERS = {
    "InvalidRequest",
    "InvalidRequest_90023",
    "InvalidRequest90023",
    "UserAccountNotFound",
    "A1B",
    "A_1B",
    "AbC",
    "AbC_",
    "OAuth2IdPRetryableServerError",
    "InteractionRequired",
  };
  private static final String[] SEPARATORS = {
    " - ", "-", " – ", ": ", "：", " : ", " ", "", " — ", " | ",
  };
  private static final String[] TEXT = {
    "the",
    "request",
    "is",
    "not",
    "valid.",
    "<br>",
    "<ul><li>a</li><li>b</li></ul>",
    "**x**",
    "[link](https://example.com)",
    "&amp;",
    "&#x1F600;",
    "\\|",
    "`code`",
    "<placeholder>",
    "é",
    "\u202e",
    "*/",
    "\\u0022",
    "{0}",
    "<",
    ">",
    "&",
    "AADSTS50034",
  };

  static LongStream seeds() {
    return LongStream.range(0, CASES).map(i -> BASE + i);
  }

  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aLocatedDiagnosticOrOneConstantPerDistinctCode(long seed) throws Exception {
    System.out.println("RandomCatalogTest seed " + seed);
    Random random = new Random(seed);
    Path file = dir.resolve("random" + seed + ".md");
    Files.writeString(file, catalog(random), StandardCharsets.UTF_8);
    boolean withBundled = random.nextInt(4) == 0;
    Compilation compilation =
        compile(
            packageInfo(withBundled ? "catalog = \"" + EN_2025 + "\"" : ""),
            "-Aaadsts.catalog=" + file);
    CatalogParser.Result parsed =
        CatalogParser.parse(file.getFileName().toString(), Files.readString(file));
    String context = "seed " + seed + ": " + compilation.diagnostics();
    for (Diagnostic<?> error : compilation.errors()) {
      String message = error.getMessage(null);
      assertFalse(message.contains("failed unexpectedly"), context);
      assertTrue(message.startsWith(file.getFileName() + ":"), "not located: " + context);
    }
    if (parsed.catalog().isEmpty()) {
      assertEquals(Compilation.Status.FAILURE, compilation.status(), context);
      return;
    }
    assertEquals(Compilation.Status.SUCCESS, compilation.status(), context);
    Set<Integer> codes = new TreeSet<>();
    parsed.catalog().get().entries().forEach(e -> codes.add(e.code()));
    if (withBundled) {
      BundledCatalogs.load().catalogs().get(EN_2025).catalog().orElseThrow().entries().stream()
          .forEach(e -> codes.add(e.code()));
    }
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    assertEquals(codes.size(), type.getEnumConstants().length, context);
    Method find = type.getMethod("find", int.class);
    for (int code : codes) {
      Optional<?> found = (Optional<?>) find.invoke(null, code);
      assertEquals(code, ((AadstsErrorCode) found.orElseThrow()).code(), "seed " + seed);
    }
    assertTrue(
        compilation.generatedSourceFiles().stream()
            .anyMatch(f -> f.getName().endsWith("AadstsExceptions.java")),
        context);
  }

  private static String catalog(Random random) throws IOException {
    StringBuilder text = new StringBuilder();
    if (random.nextBoolean()) {
      text.append("---\nms.date: 0").append(1 + random.nextInt(9)).append("/15/2024\n---\n");
    }
    text.append("# Random catalog\n\n| Error | Description |\n|---|---|\n");
    int rows = 1 + random.nextInt(30);
    List<Integer> pool = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pool.add(1 + random.nextInt(random.nextBoolean() ? 100 : 999_999_999));
    }
    pool.add(90023);
    for (int r = 0; r < rows; r++) {
      int shape = random.nextInt(40);
      if (shape == 0) {
        text.append("| AADSTS").append(random.nextBoolean() ? "x1" : "0").append(" | bad |\n");
      } else if (shape == 1) {
        text.append("| stray ").append("| -- ".repeat(random.nextInt(900))).append("|\n");
      } else if (shape == 2) {
        // Up to megabytes of text that is not a code row: prose between tables.
        text.append("\n").append(noise(random, 1 << (10 + random.nextInt(11)))).append("\n\n");
        text.append("| Error | Description |\n|---|---|\n");
      } else {
        int code = pool.get(random.nextInt(pool.size()));
        text.append(random.nextBoolean() ? "| " : "")
            .append("AADSTS")
            .append(code)
            .append(" | ")
            .append(random.nextInt(5) == 0 ? "" : identifier(random))
            .append(SEPARATORS[random.nextInt(SEPARATORS.length)])
            .append(description(random))
            .append(" |\n");
      }
    }
    return text.toString();
  }

  private static String identifier(Random random) {
    if (random.nextBoolean()) {
      return IDENTIFIERS[random.nextInt(IDENTIFIERS.length)];
    }
    StringBuilder id = new StringBuilder(random.nextBoolean() ? "Bad" : "Good");
    int words = 1 + random.nextInt(4);
    for (int i = 0; i < words; i++) {
      id.append(WORDS[random.nextInt(WORDS.length)]);
    }
    if (random.nextInt(8) == 0) {
      id.append("Ab".repeat(random.nextInt(5_000)));
    }
    return id.toString();
  }

  private static String description(Random random) {
    StringBuilder text = new StringBuilder();
    int words = random.nextInt(random.nextInt(10) == 0 ? 400 : 20);
    for (int i = 0; i < words; i++) {
      text.append(TEXT[random.nextInt(TEXT.length)]).append(random.nextInt(6) == 0 ? "" : " ");
    }
    return text.toString();
  }

  /** Random characters, a few of them markup, no line breaks. */
  private static String noise(Random random, int length) {
    String alphabet = "abcAB <>/[]()&;#|-:*_`\\ \t";
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return out.toString();
  }
}
