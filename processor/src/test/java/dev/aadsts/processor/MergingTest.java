package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aadsts.processor.Compilations.VERBOSE;
import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static dev.aadsts.processor.Compilations.testCatalogPath;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.aadsts.AadstsErrorCode;
import dev.aadsts.CatalogInfo;
import java.io.File;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Several catalogs at once: the union of codes, identifiers across revisions, languages. */
class MergingTest {

  private static AadstsErrorCode constant(Class<?> type, String name)
      throws ReflectiveOperationException {
    return (AadstsErrorCode) type.getField(name).get(null);
  }

  @Test
  void aUserCatalogAddsCodesAndOverridesTexts() throws Exception {
    Compilation compilation =
        compile(
            packageInfo("catalog = \"reference-error-codes.en-us-2025.md\""),
            "-Aaadsts.catalog=" + testCatalogPath("user-overrides.md"),
            VERBOSE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("346 codes from 2 catalogs");
    assertThat(compilation)
        .hadNoteContaining(
            "user-overrides.md (en-US): 2 rows read, 2 codes (2 with an identifier), 0 duplicate rows, 2 added to the union");
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    assertEquals(
        "Ask the help desk to add your account to the directory.",
        constant(type, "USER_ACCOUNT_NOT_FOUND").description());
    assertEquals(99990100, constant(type, "CONTOSO_GATEWAY_REJECTED").code());
    assertEquals(
        List.of(
            CatalogInfo.of("user-overrides.md", "en-US", ""),
            CatalogInfo.of("reference-error-codes.en-us-2025.md", "en-US", "2025-02-03")),
        type.getMethod("sources").invoke(null));
  }

  @Test
  void theLastUserFileWinsAndFilesAloneReplaceTheBundledCatalogs() throws Exception {
    String files =
        testCatalogPath("old-2019.md") + File.pathSeparator + testCatalogPath("user-overrides.md");
    Compilation compilation = compile(packageInfo(""), "-Aaadsts.catalog=" + files);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    assertEquals(4, type.getEnumConstants().length);
    assertEquals(
        "Ask the help desk to add your account to the directory.",
        constant(type, "USER_ACCOUNT_NOT_FOUND").description());
    assertEquals(16000, constant(type, "SELECT_USER_ACCOUNT").code());
  }

  @Test
  void olderIdentifiersStayAsDeprecatedAliasesAndParse() throws Exception {
    Compilation compilation = compile(packageInfo(""));
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    AadstsErrorCode current = constant(type, "INTERACTION_REQUIRED_16000");
    Field alias = type.getField("SELECT_USER_ACCOUNT");
    assertTrue(alias.isAnnotationPresent(Deprecated.class));
    assertSame(current, alias.get(null));
    assertEquals(
        Optional.of(current),
        type.getMethod("parse", CharSequence.class).invoke(null, "SelectUserAccount"));
    assertEquals("InteractionRequired", current.identifier());
  }

  @Test
  void swedishAndEnglishDescriptionsOfTheSameCode() throws Exception {
    Class<?> english = generatedEnum(compile(packageInfo("")), "AadstsCode");
    AadstsErrorCode code = constant(english, "USER_ACCOUNT_NOT_FOUND");
    assertTrue(code.description().startsWith("To sign into this application"), code.description());
    assertTrue(code.description(Locale.forLanguageTag("sv-SE")).startsWith("om du vill logga in"));
    assertEquals(code.description(), code.description(Locale.ENGLISH));
    assertEquals(code.description(), code.description(Locale.JAPANESE), "falls back to English");
    // A code only the English catalogs have: Swedish falls back to English.
    AadstsErrorCode newer =
        (AadstsErrorCode) english.getMethod("of", int.class).invoke(null, 165004);
    assertEquals(newer.description(), newer.description(Locale.forLanguageTag("sv")));

    Compilation swedishCompilation = compile(packageInfo("locale = \"sv\""));
    assertThat(swedishCompilation).succeededWithoutWarnings();
    assertThat(swedishCompilation)
        .generatedSourceFile("com.example.auth.AadstsCode")
        .contentsAsUtf8String()
        .contains("AADSTS50034 UserAccountNotFound: om du vill logga in");
    Class<?> swedish = generatedEnum(swedishCompilation, "AadstsCode");
    AadstsErrorCode sv = constant(swedish, "USER_ACCOUNT_NOT_FOUND");
    assertTrue(sv.description().startsWith("om du vill logga in"), sv.description());
    assertEquals(sv.description(), sv.description(Locale.forLanguageTag("sv-SE")));
    assertTrue(sv.description(Locale.ENGLISH).startsWith("To sign into this application"));
    AadstsErrorCode onlyEnglish =
        (AadstsErrorCode) swedish.getMethod("of", int.class).invoke(null, 165004);
    assertEquals(
        onlyEnglish.description(Locale.ENGLISH),
        onlyEnglish.description(),
        "sv falls back to English");
  }

  @Test
  void provenanceOfTheDefault() throws Exception {
    Class<?> type = generatedEnum(compile(packageInfo("")), "AadstsCode");
    @SuppressWarnings("unchecked")
    List<CatalogInfo> sources = (List<CatalogInfo>) type.getMethod("sources").invoke(null);
    assertEquals(3, sources.size());
    assertEquals("reference-error-codes.en-us-2025.md", sources.get(0).name());
    assertEquals(Locale.US, sources.get(0).locale());
    assertEquals(Optional.of(LocalDate.of(2025, 2, 3)), sources.get(0).date());
    // Of one revision, the English page comes first: its identifiers are the reference.
    assertEquals("reference-aadsts-error-codes.en-us-2020.md", sources.get(1).name());
    assertEquals(Locale.forLanguageTag("sv-SE"), sources.get(2).locale());
    assertEquals(Optional.of(LocalDate.of(2020, 4, 30)), sources.get(2).date());
  }

  @Test
  void anOldNameNeverHidesTheCodeThatHasItNow() throws Exception {
    String files =
        testCatalogPath("old-2019.md") + File.pathSeparator + testCatalogPath("renamed-2030.md");
    Compilation compilation = compile(packageInfo(""), "-Aaadsts.catalog=" + files);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    AadstsErrorCode now = constant(type, "SELECT_USER_ACCOUNT");
    assertEquals(50035, now.code());
    assertEquals(
        Optional.of(now),
        type.getMethod("parse", CharSequence.class).invoke(null, "SelectUserAccount"));
    // 16000's old name is taken by 50035 now, so it has no alias field.
    assertEquals(16000, constant(type, "INTERACTION_REQUIRED").code());
  }

  @Test
  void generatedSourcesAreAsciiWhateverTheCatalogsLanguage() {
    for (String attributes : List.of("", "locale = \"sv\"")) {
      Compilation compilation = compile(packageInfo(attributes));
      assertThat(compilation).succeededWithoutWarnings();
      compilation
          .generatedSourceFiles()
          .forEach(
              file -> {
                try {
                  String text = file.getCharContent(true).toString();
                  assertTrue(text.chars().allMatch(c -> c < 0x80), file.getName() + " is ASCII");
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    }
  }
}
