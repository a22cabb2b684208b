package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.aadsts.processor.Compilations.VERBOSE;
import static dev.aadsts.processor.Compilations.compile;
import static dev.aadsts.processor.Compilations.compileCatalog;
import static dev.aadsts.processor.Compilations.generatedEnum;
import static dev.aadsts.processor.Compilations.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.aadsts.AadstsErrorCode;
import dev.aadsts.Category;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The classification file, the rules for codes it does not cover, and what is generated. */
class ClassificationTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "reference-aadsts-error-codes.sv-se.md",
        "reference-aadsts-error-codes.en-us-2020.md",
        "reference-error-codes.en-us-2025.md"
      })
  void everyCodeOfEveryBundledCatalogIsInTheFile(String catalog) {
    Compilation compilation = compile(packageInfo("catalog = \"" + catalog + "\""), VERBOSE);
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining("; 0 classified by rules, the rest by the classification file");
  }

  @Test
  void codesTheFileDoesNotCoverAreClassifiedByRulesAndCounted() {
    Compilation compilation = compileCatalog("new-codes.md", VERBOSE);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("; 3 classified by rules");
    Class<?> type = generatedEnum(compilation, "AadstsCode");
    Map<String, AadstsErrorCode> byName =
        java.util.Arrays.stream(type.getEnumConstants())
            .map(c -> (AadstsErrorCode) c)
            .collect(java.util.stream.Collectors.toMap(Object::toString, c -> c));
    assertEquals(Category.USER_ERROR, byName.get("USER_ACCOUNT_NOT_FOUND").category());
    assertEquals(Category.TRANSIENT, byName.get("REQUEST_THROTTLED_TEMPORARILY").category());
    assertTrue(byName.get("REQUEST_THROTTLED_TEMPORARILY").isRetryable());
    assertEquals(
        Category.TENANT_POLICY, byName.get("CONDITIONAL_ACCESS_BLOCKED_BY_POLICY").category());
    assertFalse(byName.get("CONDITIONAL_ACCESS_BLOCKED_BY_POLICY").isRetryable());
    assertEquals(Category.UNKNOWN, byName.get("AADSTS99990003").category());
  }

  @Test
  void exceptionsCanBeTurnedOff() {
    Compilation on = compile(packageInfo(""));
    assertThat(on).generatedSourceFile("com.example.auth.AadstsExceptions");
    Compilation off = compile(packageInfo("exceptions = false"));
    assertThat(off).succeededWithoutWarnings();
    assertTrue(
        off.generatedSourceFiles().stream()
            .noneMatch(f -> f.getName().contains("AadstsExceptions")),
        "no AadstsExceptions when exceptions = false");
  }

  @Test
  void theRulesReadIdentifiersAndText() {
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.FEDERATION, false, false),
        Classifier.classify(
            "OAuth2IdPUnretryableServerError",
            "There's an issue with your federated Identity Provider."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.FEDERATION, true, false),
        Classifier.classify(
            "OAuth2IdPRetryableServerError",
            "There's an issue with your federated Identity Provider."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.USER_ERROR, false, false),
        Classifier.classify(
            "IdsLocked",
            "The account is locked because the user tried to sign in too many times with an incorrect password."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.INTERACTION_REQUIRED, false, false),
        Classifier.classify(
            "UserStrongAuthClientAuthNRequired", "You must use multifactor authentication."));
  }

  @Test
  void theRulesMatchWholeWordsAndTransientIsRetryable() {
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.CLIENT_CONFIGURATION, false, false),
        Classifier.classify("InvalidParameter", "The parameter is not valid."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.USER_ERROR, false, false),
        Classifier.classify("InvalidPasswordEntered", "The password is wrong."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.TRANSIENT, true, false),
        Classifier.classify("ServiceUnavailable", "The service is unavailable."));
    assertEquals(
        new CodeKind(dev.aadsts.processor.Category.UNKNOWN, false, false),
        Classifier.classify("", "Actual message content is runtime specific."));
  }

  @Test
  void aFileWithoutFormatOrWithANonObjectEntryIsAnError() {
    ClassificationParser.Result noFormat =
        ClassificationParser.parse("classification.json", "{\"codes\": []}");
    assertEquals(1, noFormat.problems().size());
    assertTrue(noFormat.problems().get(0).message().contains("needs \"format\": 1"));
    ClassificationParser.Result stray =
        ClassificationParser.parse(
            "classification.json",
            "{\"format\": 1, \"codes\": [\n 50034,\n {\"code\": 1, \"category\": \"UNKNOWN\", \"retryable\": false}\n]}");
    assertEquals(1, stray.problems().size(), stray.problems().toString());
    assertEquals(2, stray.problems().get(0).line());
    assertTrue(stray.problems().get(0).message().contains("must be an object"));
  }

  @Test
  void theBundledFileIsValid() {
    CatalogLoader.Text text = CatalogLoader.classificationText();
    ClassificationParser.Result result =
        ClassificationParser.parse(text.name(), text.text().orElseThrow());
    assertEquals(List.of(), result.problems());
    assertEquals(345, result.kinds().size());
  }

  @Test
  void aMalformedEntryIsAnErrorNamingTheFileTheLineAndTheEntry() {
    String json =
        "{\"format\": 1, \"codes\": [\n"
            + "  {\"code\": 50034, \"category\": \"USER_ERROR\", \"retryable\": false},\n"
            + "  {\"code\": 50053, \"category\": \"LOCKED\", \"retryable\": false},\n"
            + "  {\"code\": 50055, \"category\": \"USER_ERROR\"},\n"
            + "  {\"code\": 50034, \"category\": \"USER_ERROR\", \"retryable\": \"no\", \"why\": 1}\n"
            + "]}";
    ClassificationParser.Result result = ClassificationParser.parse("classification.json", json);
    assertEquals(Map.of(), result.kinds(), "nothing is used from a file with errors");
    List<String> texts = result.problems().stream().map(CatalogProblem::text).toList();
    assertEquals(3, texts.size(), texts.toString());
    assertTrue(
        texts.get(0).startsWith("classification.json:3: the entry of code 50053"), texts.get(0));
    assertTrue(texts.get(0).contains("\"category\" must be one of"), texts.get(0));
    assertTrue(
        texts.get(1).startsWith("classification.json:4: the entry of code 50055"), texts.get(1));
    assertTrue(texts.get(1).contains("\"retryable\" is missing"), texts.get(1));
    assertTrue(
        texts.get(2).startsWith("classification.json:5: the entry of code 50034"), texts.get(2));
    assertTrue(
        texts
            .get(2)
            .contains(
                "\"retryable\" must be true or false; unknown field \"why\"; code 50034 is classified twice"),
        texts.get(2));
  }

  @Test
  void brokenJsonIsAnErrorWithItsLine() {
    ClassificationParser.Result result =
        ClassificationParser.parse(
            "classification.json", "{\"format\": 1, \"codes\": [\n  {\"code\": 1,,}\n]}");
    assertEquals(1, result.problems().size());
    CatalogProblem problem = result.problems().get(0);
    assertTrue(problem.error());
    assertEquals(2, problem.line());
    assertTrue(problem.message().startsWith("not valid JSON"), problem.message());
  }
}
