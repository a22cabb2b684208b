package dev.aadsts.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code decode} of redirects and {@code WWW-Authenticate} challenges, and {@code --as}. */
class DecodeShapesTest {
  private static final String DESCRIPTION =
      "AADSTS50011%3A+The+redirect+URI+%27https%3A%2F%2Flocalhost%2Fcb%27+specified+in+the+request"
          + "+does+not+match.%0D%0ATrace+ID%3A+0000aaaa-11bb-cccc-dd22-eeeeee333333";

  private static final String REDIRECT =
      "https://localhost/cb?error=invalid_request&error_description="
          + DESCRIPTION
          + "&error_uri=https%3A%2F%2Flogin.microsoftonline.com%2Ferror%3Fcode%3D50011"
          + "&state=S3CR3T-STATE";

  /** {"access_token":{"nbf":{"essential":true,"value":"1706034019"}}}, base64 as Entra sends it. */
  private static final String CLAIMS_BASE64 =
      "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwidmFsdWUiOiIxNzA2MDM0MDE5In19fQ==";

  private static final String CHALLENGE =
      "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/authorize\","
          + " client_id=\"00000003-0000-0000-c000-000000000000\", error=\"insufficient_claims\","
          + " claims=\""
          + CLAIMS_BASE64
          + "\"";

  @Test
  void theConsentDeclinedRedirectSample() {
    Cli cli = Cli.run("decode", "--json", "samples/consent-declined-redirect.txt");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    JsonNode json = cli.json();
    assertEquals("redirect", json.get("input").textValue());
    assertEquals("access_denied", json.get("error").textValue());
    assertEquals("UserDeclinedConsent", json.get("codes").get(0).get("identifier").textValue());
    assertEquals("3333dddd-44ee-ffff-aa55-bbbbbb666666", json.get("trace_id").textValue());
    assertEquals("2025-03-14 09:20:11Z", json.get("timestamp").textValue());
    assertFalse(cli.out().contains("Xq3kq0t8bW1p"), "the state stays out");
  }

  @Test
  void theClaimsChallengeSample() {
    Cli cli = Cli.run("decode", "--json", "samples/cae-claims-challenge.txt");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    JsonNode json = cli.json();
    assertEquals("challenge", json.get("input").textValue());
    assertEquals("insufficient_claims", json.get("error").textValue());
    assertEquals(CLAIMS_BASE64, json.get("raw_claims").textValue());
    assertEquals("InteractionRequiredException", json.get("exception").textValue());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "a redirect URI | " + REDIRECT,
        "a custom-scheme redirect | msal00001111-aaaa-2222-bbbb-3333cccc4444://auth?error=invalid_request&error_description="
            + DESCRIPTION,
        "a query string | ?error=invalid_request&error_description=" + DESCRIPTION,
        "a fragment | #error=invalid_request&error_description=" + DESCRIPTION,
        "a form_post body | error=invalid_request&error_description=" + DESCRIPTION + "&state=x",
      })
  void redirectsAreRecognized(String shape, String input) {
    Cli cli = Cli.runWithInput(input + "\n", "decode", "--json");

    assertEquals(Aadsts.FOUND, cli.status(), shape + ": " + cli);
    JsonNode json = cli.json();
    assertEquals("redirect", json.get("input").textValue(), shape);
    assertEquals("invalid_request", json.get("error").textValue(), shape);
    assertEquals(50011, json.get("codes").get(0).get("code").intValue(), shape);
    assertEquals("0000aaaa-11bb-cccc-dd22-eeeeee333333", json.get("trace_id").textValue(), shape);
    assertTrue(json.get("error_description").textValue().contains("'https://localhost/cb'"));
  }

  @Test
  void aRedirectInTextNamesItsKindAndNeverItsState() {
    Cli cli = Cli.runWithInput(REDIRECT, "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertTrue(
        cli.out()
            .contains("  input           authorization response (redirect URI, query or form_post"),
        cli.out());
    assertTrue(cli.out().contains("  error           invalid_request\n"), cli.out());
    assertTrue(
        cli.out()
            .contains("  error uri       https://login.microsoftonline.com/error?code=50011\n"),
        cli.out());
    assertFalse(cli.out().contains("S3CR3T-STATE"), cli.out());
  }

  @Test
  void aSuccessRedirectIsNothingFound() {
    Cli cli = Cli.runWithInput("https://localhost/cb?code=0.AUTHCODE&state=abc", "decode");

    assertEquals(Aadsts.NOT_FOUND, cli.status(), cli::toString);
    assertEquals(
        "aadsts: no Entra ID error in standard input: no AADSTS code and no OAuth error in the"
            + " redirect\n",
        cli.err());
  }

  @Test
  void aClaimsChallengeAsJsonHasTheDecodedAndTheRawClaims() {
    Cli cli = Cli.runWithInput(CHALLENGE, "decode", "--json");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    JsonNode json = cli.json();
    assertEquals("challenge", json.get("input").textValue());
    assertEquals("insufficient_claims", json.get("error").textValue());
    assertEquals("INTERACTION_REQUIRED", json.get("category").textValue());
    assertEquals(
        "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1706034019\"}}}",
        json.get("claims").textValue());
    assertEquals(CLAIMS_BASE64, json.get("raw_claims").textValue());
    assertEquals(
        "https://login.microsoftonline.com/common/oauth2/authorize",
        json.get("extra_fields").get("authorization_uri").textValue());
  }

  @Test
  void aChallengeHeaderLineIsRecognizedInText() {
    Cli cli =
        Cli.runWithInput(
            "HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: " + CHALLENGE + "\r\n", "decode");

    assertEquals(Aadsts.FOUND, cli.status(), cli::toString);
    assertTrue(cli.out().contains("  input           WWW-Authenticate challenge\n"), cli.out());
    assertTrue(cli.out().contains("  error           insufficient_claims\n"), cli.out());
    assertTrue(cli.out().contains("  claims as sent  " + CLAIMS_BASE64 + "\n"), cli.out());
    assertTrue(cli.out().contains("  category        INTERACTION_REQUIRED: "), cli.out());
  }

  @Test
  void theChallengeHeaderNameStartsAChallengeToo() {
    Cli cli = Cli.runWithInput("www-authenticate: " + CHALLENGE, "decode", "--json");

    assertEquals("challenge", cli.json().get("input").textValue());
    assertEquals("insufficient_claims", cli.json().get("error").textValue());
  }

  @Test
  void asForcesTheKind() {
    Cli asMessage = Cli.runWithInput(REDIRECT, "decode", "--json", "--as", "message");
    assertEquals("message", asMessage.json().get("input").textValue());

    Cli asChallenge =
        Cli.runWithInput(
            "Negotiate, Bearer error=\"invalid_token\"", "decode", "--json", "--as=challenge");
    assertEquals("challenge", asChallenge.json().get("input").textValue());
    assertEquals("invalid_token", asChallenge.json().get("error").textValue());

    Cli asJson = Cli.runWithInput("  garbage", "decode", "--json", "--as", "JSON");
    assertEquals("json", asJson.json().get("input").textValue());

    Cli asRedirect = Cli.runWithInput("error=access_denied", "decode", "--as=redirect", "--json");
    assertEquals("access_denied", asRedirect.json().get("error").textValue());
  }

  @Test
  void asNeedsAKnownKindAndGoesWithDecode() {
    assertTrue(
        Cli.run("decode", "--as", "yaml")
            .assertUsageError()
            .err()
            .startsWith("aadsts: --as takes json|redirect|challenge|message, not 'yaml'\n"));
    assertTrue(
        Cli.run("decode", "--as")
            .assertUsageError()
            .err()
            .startsWith("aadsts: --as needs a value: json|redirect|challenge|message\n"));
    assertTrue(
        Cli.run("explain", "50034", "--as=json")
            .assertUsageError()
            .err()
            .startsWith("aadsts: --as goes with decode, not explain\n"));
    assertTrue(
        Cli.run("decode", "--as=json", "--as=message")
            .assertUsageError()
            .err()
            .startsWith("aadsts: --as is given twice\n"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"error\":\"x\"} | JSON",
        "  {} | JSON",
        "https://app.example/cb?error=x | REDIRECT",
        "https://app.example/cb#error=x | REDIRECT",
        "?error=x | REDIRECT",
        "#error=x | REDIRECT",
        "error=x&state=y | REDIRECT",
        "Bearer error=\"x\" | CHALLENGE",
        "PoP nonce=\"n\", Bearer error=\"x\" | CHALLENGE",
        "WWW-Authenticate: Bearer realm=\"\" | CHALLENGE",
        "'HTTP/1.1 401 Unauthorized\nwww-authenticate: Bearer error=\"x\"' | CHALLENGE",
        "'HTTP/1.1 400 Bad Request\nContent-Type: application/json' | MESSAGE",
        "'Negotiate, Bearer error=\"x\"' | MESSAGE",
        "AADSTS50034: The user account does not exist. | MESSAGE",
        "https://login.microsoftonline.com/error?code=50034 was the link | MESSAGE",
        "Bearer | MESSAGE",
        "error: invalid_grant(status code 400) | MESSAGE",
        "a=b c=d | MESSAGE",
      })
  void theKindIsToldByTheStartOfTheInput(String input, InputKind kind) {
    assertEquals(kind, InputKind.detect(input));
  }
}
