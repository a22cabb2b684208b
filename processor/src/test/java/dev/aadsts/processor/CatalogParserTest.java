package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One test per quirk of real catalog pages, each with a small catalog of its own. */
class CatalogParserTest {

  private static CatalogParser.Result parseFile(String name) throws IOException {
    return CatalogParser.parse(
        name, Files.readString(Compilations.testCatalogPath(name), StandardCharsets.UTF_8));
  }

  private static Map<Integer, CatalogEntry> entries(String name) throws IOException {
    CatalogParser.Result result = parseFile(name);
    assertEquals(List.of(), result.problems(), "problems of " + name);
    return result.catalog().orElseThrow().entries().stream()
        .collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
  }

  private static void assertEntry(
      Map<Integer, CatalogEntry> entries, int code, String identifier, String description) {
    CatalogEntry entry = entries.get(code);
    assertEquals(Optional.ofNullable(identifier), entry.identifier(), "identifier of " + code);
    assertEquals(description, entry.description(), "description of " + code);
  }

  @Test
  void everySeparatorBetweenIdentifierAndText() throws IOException {
    Map<Integer, CatalogEntry> e = entries("separators.md");
    assertEntry(e, 50001, "InvalidResource", "The resource is disabled or doesn't exist.");
    assertEntry(
        e,
        50002,
        "NotAllowedTenant",
        "Sign-in failed because of a restricted proxy access on the tenant.");
    assertEntry(
        e,
        50003,
        "MissingSigningKey",
        "inloggningen misslyckades på grund av en saknad signeringsnyckel.");
    assertEntry(
        e,
        50005,
        "DevicePolicyError",
        "User tried to log in to a device from an unsupported platform.");
    assertEntry(
        e,
        50006,
        "InvalidSignature",
        "Signature verification failed because of an invalid signature.");
    assertEntry(
        e,
        50007,
        "PartnerEncryptionCertificateMissing",
        "The partner encryption certificate wasn't found.");
    assertEntry(e, 50008, "InvalidSamlToken", "SAML アサーションがトークンにないか、正しく構成されていません。");
    assertEntry(e, 50043, "UnableToGeneratePairwiseIdentifierWithMultipleSalts", "");
    assertEntry(e, 50099, "PKeyAuthInvalidJwtUnauthorized", "The JWT signature is invalid.");
    assertEntry(
        e,
        700016,
        "UnauthorizedClient_DoesNotMatchRequest",
        "The application wasn't found in the directory.");
  }

  @Test
  void proseRowsInAnyLanguageKeepTheirTextAndHaveNoIdentifier() throws IOException {
    Map<Integer, CatalogEntry> e = entries("prose.md");
    assertEquals(7, e.size());
    assertEntry(
        e,
        50029,
        null,
        "Ogiltig URI – domännamnet innehåller ogiltiga tecken. Kontakta administratören.");
    assertEntry(
        e,
        50030,
        null,
        "Invalid URI - domain name contains invalid characters. Contact the tenant admin.");
    assertEntry(
        e,
        50089,
        null,
        "Flow token expired - Authentication Failed. Have the user try signing-in again.");
    assertEntry(e, 51005, null, "TemporaryRedirect motsvarar HTTP-status 307.");
    assertEntry(
        e, 52004, null, "Det krävs social IDP-inloggning för att token ska kunna uppdateras.");
    assertEntry(
        e, 750054, null, "SAMLRequest or SAMLResponse must be present as query string parameters.");
    assertEntry(e, 90014, null, "The required field 'code' is missing from the credential.");
  }

  @Test
  void missingClosingPipeNoSpacesAndDoubleSpaces() throws IOException {
    Map<Integer, CatalogEntry> e = entries("pipes.md");
    assertEquals(6, e.size());
    assertEntry(e, 50011, "InvalidReplyTo", "The reply address is missing.");
    assertEntry(e, 50012, "AuthenticationFailed", "Authentication failed.");
    assertEntry(e, 50013, "InvalidAssertion", "Assertion is invalid because of various reasons.");
    assertEntry(e, 50014, "GuestUserInPendingState", "The user account doesn't exist yet.");
    assertEntry(
        e,
        50015,
        "ViralUserLegalAgeConsentRequiredState",
        "The user requires legal age group consent.");
    assertEntry(e, 50017, "CertificateValidationFailed", "A | pipe, escaped.");
  }

  @Test
  void htmlLinksBoldBackticksPlaceholdersAndEscapedQuotes() throws IOException {
    Map<Integer, CatalogEntry> e = entries("markup.md");
    assertEntry(
        e,
        50012,
        "AuthenticationFailed",
        "Authentication failed for one of the following reasons: The subject name of the signing"
            + " certificate isn't authorized; The certificate chain isn't valid. Contact the tenant"
            + " admin.");
    assertEntry(
        e,
        50076,
        "UserStrongAuthClientAuthNRequired",
        "Due to a configuration change, you must use multifactor authentication. Try again.");
    assertEntry(e, 50003, "MissingSigningKey", "See the troubleshooting article for details.");
    assertEntry(
        e,
        50105,
        "EntitlementGrantsNotFound",
        "The signed in user isn't assigned to a role. Fix: assign the user.");
    assertEntry(
        e,
        50011,
        "InvalidReplyTo",
        "The reply address {replyAddress} doesn't match the reply addresses configured for the"
            + " application {appId}.");
    assertEntry(
        e,
        500011,
        "InvalidResourceServicePrincipalNotFound",
        "The app needs access to a service (\"{name}\") that your organization hasn't subscribed to.");
    assertEntry(
        e,
        90100,
        "InvalidRequestParameter",
        "The parameter is empty or not valid & can't be used: <param>.");
  }

  @Test
  void codeRepeatedAtTheStartOfItsDescription() throws IOException {
    Map<Integer, CatalogEntry> e = entries("repeated-code.md");
    assertEntry(e, 901002, null, "The 'resource' request parameter isn't supported.");
    assertEntry(
        e,
        50034,
        "UserAccountNotFound",
        "To sign into this application, the account must be added to the directory.");
    assertEntry(e, 50035, null, "AADSTS500351 is a different code and stays in the text.");
  }

  @Test
  void sameCodeTwiceKeepsTheRowWithAnIdentifierAndWarnsNamingBothLines() throws IOException {
    CatalogParser.Result result = parseFile("duplicate-code.md");
    Catalog catalog = result.catalog().orElseThrow();
    assertEquals(3, catalog.entries().size());
    assertEquals(4, catalog.rowsRead());
    assertEquals(1, catalog.duplicateRows());
    CatalogEntry kept =
        catalog.entries().stream().filter(x -> x.code() == 50147).findFirst().orElseThrow();
    assertEquals(Optional.of("MissingCodeChallenge"), kept.identifier());
    assertEquals(8, kept.line());
    assertEquals(
        List.of(
            new CatalogProblem(
                false,
                "duplicate-code.md",
                8,
                Messages.DUPLICATE_CODE.format(
                    50147, 6, 8, 8, Messages.DUPLICATE_CODE_KEPT_FOR_IDENTIFIER))),
        result.problems());
  }

  @Test
  void sameIdentifierForTwoCodesKeepsBoth() throws IOException {
    Map<Integer, CatalogEntry> e = entries("shared-identifier.md");
    assertEntry(e, 90023, "InvalidRequest", "The authentication service request isn't valid.");
    assertEntry(e, 9002313, "InvalidRequest", "Request is malformed or invalid.");
  }

  @Test
  void onlyTheAadstsTableCounts() throws IOException {
    Map<Integer, CatalogEntry> e = entries("other-tables.md");
    assertEquals(List.of(16000, 70011), List.copyOf(new java.util.TreeMap<>(e).keySet()));
  }

  @Test
  void crlfBomNoFinalNewlineAndRowsOutOfOrder() {
    String text =
        "\uFEFF# Catalog\r\n\r\n| Error | Description |\r\n|---|---|\r\n"
            + "| AADSTS90002 | InvalidTenantName - The tenant name wasn't found. |\r\n"
            + "| AADSTS50034 | UserAccountNotFound - The account must be added. |\r\n"
            + "| AADSTS16000 | InteractionRequired - The user must sign in. |";
    CatalogParser.Result result = CatalogParser.parse("crlf.md", text);
    assertEquals(List.of(), result.problems());
    List<CatalogEntry> entries = result.catalog().orElseThrow().entries();
    assertEquals(List.of(16000, 50034, 90002), entries.stream().map(CatalogEntry::code).toList());
    assertEquals("The user must sign in.", entries.get(0).description());
    assertEquals(7, entries.get(0).line());
    assertEquals(5, entries.get(2).line());
  }

  @Test
  void oldMacLineEndings() {
    CatalogParser.Result result =
        CatalogParser.parse(
            "cr.md", "| Error | Description |\r|---|---|\r| AADSTS50034 | A - b |\r");
    assertEquals(1, result.catalog().orElseThrow().entries().size());
  }

  @Test
  void unreadableCodesAreErrorsWithTheirLines() throws IOException {
    CatalogParser.Result result = parseFile("bad-code.md");
    assertFalse(result.catalog().isPresent());
    assertEquals(
        List.of(
            new CatalogProblem(
                true, "bad-code.md", 6, Messages.UNREADABLE_CODE.format("AADSTS5OO35")),
            new CatalogProblem(true, "bad-code.md", 8, Messages.UNREADABLE_CODE.format("AADSTS")),
            new CatalogProblem(
                true, "bad-code.md", 9, Messages.UNREADABLE_CODE.format("AADSTS000"))),
        result.problems());
  }

  @Test
  void aPageWithoutAnAadstsTableIsAnError() throws IOException {
    CatalogParser.Result result = parseFile("no-table.md");
    assertFalse(result.catalog().isPresent());
    assertEquals(
        List.of(new CatalogProblem(true, "no-table.md", 0, Messages.NO_TABLE.format())),
        result.problems());
  }

  @Test
  void aStrayRowInTheTableIsAWarningNotASilentSkip() throws IOException {
    CatalogParser.Result result = parseFile("stray-row.md");
    assertEquals(2, result.catalog().orElseThrow().entries().size());
    assertEquals(1, result.problems().size());
    CatalogProblem problem = result.problems().get(0);
    assertFalse(problem.error());
    assertEquals(6, problem.line());
    assertTrue(problem.message().contains("see below"), problem.message());
  }

  @Test
  void bundledCatalogsHaveAsManyEntriesAsDistinctCodes() {
    Map<String, Integer> expected =
        Map.of(
            "reference-aadsts-error-codes.sv-se.md", 242,
            "reference-aadsts-error-codes.en-us-2020.md", 241,
            "reference-error-codes.en-us-2025.md", 345);
    expected.forEach(
        (name, codes) -> {
          CatalogLoader.Text text = CatalogLoader.bundledText(name, CatalogLoader.bundledNames());
          CatalogParser.Result result = CatalogParser.parse(name, text.text().orElseThrow());
          Catalog catalog = result.catalog().orElseThrow();
          assertEquals(codes, catalog.entries().size(), name);
          assertEquals(
              catalog.rowsRead() - catalog.entries().size(),
              result.problems().size(),
              "one warning per duplicate row, and nothing else, in " + name);
        });
  }

  @Test
  void localizedPageWithAnchorsLocalizedHeadersFullWidthAndTypographicPunctuation()
      throws IOException {
    CatalogParser.Result result = parseFile("localized-ja.md");
    assertEquals(List.of(), result.problems());
    Catalog catalog = result.catalog().orElseThrow();
    assertEquals(java.util.Locale.JAPAN, catalog.locale());
    assertEquals(Optional.of(java.time.LocalDate.of(2019, 11, 18)), catalog.date());
    Map<Integer, CatalogEntry> e = entries("localized-ja.md");
    assertEntry(e, 50008, "InvalidSamlToken", "SAML アサーションがトークンにないか、正しく構成されていません。");
    assertEntry(e, 50034, "UserAccountNotFound", "このアプリケーションにサインインするには、アカウントをディレクトリに追加する必要があります。");
    assertEntry(e, 50053, "IdsLocked", "アカウントがロックされています。");
    assertEntry(e, 50057, "UserDisabled", "ユーザー アカウントは無効になっています。“ディレクトリ”のオブジェクトは無効になっています。");
    assertEntry(
        e, 50058, "UserInformationNotProvided", "ユーザーがサインインしていません。The user isn’t signed in.");
    assertEntry(e, 90014, null, "資格情報メッセージに必須フィールドがありません。");
  }

  @Test
  void olderPageWithTheLookupSectionBeforeTheTable() throws IOException {
    CatalogParser.Result result = parseFile("old-2019.md");
    assertEquals(List.of(), result.problems());
    Catalog catalog = result.catalog().orElseThrow();
    assertEquals(java.util.Locale.US, catalog.locale());
    assertEquals(Optional.of(java.time.LocalDate.of(2019, 6, 20)), catalog.date());
    assertEquals(
        List.of(16000, 50034, 50076), catalog.entries().stream().map(CatalogEntry::code).toList());
    assertEquals(Optional.of("SelectUserAccount"), catalog.entries().get(0).identifier());
  }

  @Test
  void bundledPagesHaveTheirLocaleAndDate() {
    Catalog sv = bundled("reference-aadsts-error-codes.sv-se.md");
    assertEquals(java.util.Locale.forLanguageTag("sv-SE"), sv.locale());
    assertEquals(Optional.of(java.time.LocalDate.of(2020, 4, 30)), sv.date());
    Catalog en = bundled("reference-error-codes.en-us-2025.md");
    assertEquals(java.util.Locale.US, en.locale());
    assertEquals(Optional.of(java.time.LocalDate.of(2025, 2, 3)), en.date());
  }

  @Test
  void aTranslatedPageKeepsTheEnglishIdentifiersAndItsProseRowsHaveNone() {
    Map<Integer, CatalogEntry> english =
        byCode(bundled("reference-aadsts-error-codes.en-us-2020.md"));
    Map<Integer, CatalogEntry> swedish = byCode(bundled("reference-aadsts-error-codes.sv-se.md"));
    int compared = 0;
    for (CatalogEntry sv : swedish.values()) {
      CatalogEntry en = english.get(sv.code());
      if (en != null && sv.identifier().isPresent()) {
        assertEquals(en.identifier(), sv.identifier(), "AADSTS" + sv.code());
        compared++;
      }
    }
    assertEquals(227, compared);
    // Rows the translation turned into prose have no identifier, though English has one.
    assertEquals(Optional.empty(), swedish.get(51005).identifier());
    assertEquals(Optional.of("TemporaryRedirect"), english.get(51005).identifier());
  }

  private static Catalog bundled(String name) {
    return CatalogParser.parse(
            name,
            CatalogLoader.bundledText(name, CatalogLoader.bundledNames()).text().orElseThrow())
        .catalog()
        .orElseThrow();
  }

  private static Map<Integer, CatalogEntry> byCode(Catalog catalog) {
    return catalog.entries().stream()
        .collect(Collectors.toMap(CatalogEntry::code, Function.identity()));
  }
}
