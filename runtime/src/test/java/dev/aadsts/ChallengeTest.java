package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link AadstsError#fromWwwAuthenticate}: challenges as resources and Microsoft Graph send them.
 */
class ChallengeTest {
  private static final String CLAIMS =
      "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1704067200\"}}}";
  private static final String CLAIMS_BASE64 =
      Base64.getEncoder().encodeToString(CLAIMS.getBytes(StandardCharsets.UTF_8));
  // The claims challenge of Continuous Access Evaluation, as Microsoft Graph sends it.
  private static final String CAE =
      "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
          + "authorize\", client_id=\"00000003-0000-0000-c000-000000000000\","
          + " error=\"insufficient_claims\", claims=\""
          + CLAIMS_BASE64
          + "\"";

  @Test
  void aValueCopiedWithItsHeaderNameIsReadTheSame() {
    assertEquals(
        AadstsError.fromWwwAuthenticate(CAE).claims(),
        AadstsError.fromWwwAuthenticate("WWW-Authenticate: " + CAE).claims());
    assertEquals(
        Optional.of("insufficient_claims"),
        AadstsError.fromWwwAuthenticate(List.of("  www-authenticate:" + CAE)).error());
  }

  @Test
  void azureResourceManagersClaimsChallengeIsAnInteraction() {
    // ARM's Continuous Access Evaluation challenge: invalid_token, with the claims to ask for.
    AadstsError revoked =
        AadstsError.fromWwwAuthenticate(
            "Bearer authorization_uri=\"https://login.windows.net/\", error=\"invalid_token\","
                + " error_description=\"User session has been revoked\", claims=\""
                + CLAIMS_BASE64
                + "\"");
    AadstsError expired =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"invalid_token\", error_description=\"The access token has expired\"");

    assertEquals(Optional.of(CLAIMS), revoked.claims());
    assertEquals(Category.INTERACTION_REQUIRED, revoked.category(Category.UNKNOWN));
    assertEquals(Category.UNKNOWN, expired.category(Category.UNKNOWN));
  }

  @Test
  void claimsChallengeOfContinuousAccessEvaluation() {
    AadstsError error = AadstsError.fromWwwAuthenticate(CAE);

    assertEquals(Optional.of("insufficient_claims"), error.error());
    assertEquals(Optional.of(CLAIMS), error.claims());
    assertEquals(Optional.of(CLAIMS_BASE64), error.rawClaims());
    assertEquals(Category.INTERACTION_REQUIRED, error.category(Category.UNKNOWN));
    assertEquals(
        Map.of(
            "realm",
            "",
            "authorization_uri",
            "https://login.microsoftonline.com/common/oauth2/authorize",
            "client_id",
            "00000003-0000-0000-c000-000000000000"),
        error.extraFields());
  }

  @Test
  void claimsAreReadyForMsal4jClaimsRequest() {
    AadstsError error = AadstsError.fromWwwAuthenticate(CAE);

    // What an application passes to the next silent or interactive request.
    com.microsoft.aad.msal4j.ClaimsRequest request =
        com.microsoft.aad.msal4j.ClaimsRequest.formatAsClaimsRequest(error.claims().orElseThrow());

    assertEquals(
        "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1704067200\"}}}",
        request.formatAsJSONString());
  }

  @Test
  void severalChallengesInOneValue() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "PoP realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                + "authorize\", client_id=\"c\", nonce=\"eyJ0eXAiOiJKV1Qi\", "
                + CAE);

    assertEquals(Optional.of("insufficient_claims"), error.error());
    assertEquals("00000003-0000-0000-c000-000000000000", error.extraFields().get("client_id"));
    // The parameters are those of the challenge with the error, not the PoP one before it.
    assertEquals(null, error.extraFields().get("nonce"));
  }

  @Test
  void popChallengeWithoutErrorIsNoErrorButKeepsItsParameters() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "PoP realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
                + "authorize\", client_id=\"c\", nonce=\"eyJ0eXAiOiJKV1Qi\"");

    assertEquals(Optional.empty(), error.error());
    assertEquals(List.of(), error.codes());
    assertEquals("eyJ0eXAiOiJKV1Qi", error.extraFields().get("nonce"));
  }

  @Test
  void quotedStringsWithEscapesAndTheResourceId() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"invalid_token\", error_description=\"AADSTS500133: Assertion is not"
                + " within its \\\"valid\\\" time range, Ensure\\\\fix.\","
                + " resource_id=\"https://graph.microsoft.com\"");

    assertEquals(Optional.of("invalid_token"), error.error());
    assertEquals(
        Optional.of("AADSTS500133: Assertion is not within its \"valid\" time range, Ensure\\fix."),
        error.errorDescription());
    assertEquals(List.of(500133), error.codes());
    assertEquals("https://graph.microsoft.com", error.extraFields().get("resource_id"));
  }

  @Test
  void azureStoragesChallengeSeparatesItsParametersByBlanks() {
    // Azure Storage (Blob, Queue, Table, Files, Data Lake) answers a request without a valid token
    // with a Bearer challenge whose unquoted parameters are separated by a space, not a comma.
    String tenant = "0aa000a0-0000-4000-8000-00a000000000";
    String storage =
        "Bearer authorization_uri=https://login.microsoftonline.com/"
            + tenant
            + "/oauth2/authorize resource_id=https://storage.azure.com";
    String authorize = "https://login.microsoftonline.com/" + tenant + "/oauth2/authorize";
    for (String value :
        List.of(
            storage,
            "WWW-Authenticate: " + storage,
            storage + "  ",
            storage + ", Basic realm=\"x\"",
            storage + ", Negotiate abc123==",
            // A bare scheme before it (IIS with Windows authentication beside the Bearer one):
            // the challenge with parameters is the one read.
            "Negotiate, " + storage,
            "Negotiate abc123==, " + storage)) {
      AadstsError error = AadstsError.fromWwwAuthenticate(value);
      assertEquals(Optional.empty(), error.error(), value);
      assertEquals(
          Map.of("authorization_uri", authorize, "resource_id", "https://storage.azure.com"),
          error.extraFields(),
          value);
    }
    // Blanks between quoted parameters too; text that is not a parameter still ends at its comma.
    AadstsError quoted =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"invalid_token\" error_description=\"AADSTS50058: x\" junk here,"
                + " resource_id=\"r\"");
    assertEquals(Optional.of("invalid_token"), quoted.error());
    assertEquals(List.of(50058), quoted.codes());
    assertEquals(Map.of("resource_id", "r"), quoted.extraFields());
    // A scheme after a blank is not taken for a parameter: the next challenge is not merged in.
    AadstsError two = AadstsError.fromWwwAuthenticate("Bearer realm=\"a\" Basic realm=\"b\"");
    assertEquals(Map.of("realm", "a"), two.extraFields());
  }

  @Test
  void token68AndUnquotedTokens() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "Negotiate abc123+/==, Bearer error=invalid_token, Basic realm=\"x\"");

    assertEquals(Optional.of("invalid_token"), error.error());
  }

  @Test
  void severalHeaderValues() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(Arrays.asList("Negotiate", null, "Basic realm=\"r\"", CAE));

    assertEquals(Optional.of("insufficient_claims"), error.error());
    assertEquals(Optional.empty(), AadstsError.fromWwwAuthenticate((String) null).error());
    assertEquals(Optional.empty(), AadstsError.fromWwwAuthenticate((List<String>) null).error());
  }

  @Test
  void claimsThatDoNotDecodeKeepTheRawValue() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"insufficient_claims\", claims=\"%%not*b64\"");

    assertEquals(Optional.empty(), error.claims());
    assertEquals(Optional.of("%%not*b64"), error.rawClaims());
    // Base64 that decodes, but not to JSON, or not to UTF-8.
    assertEquals(
        Optional.empty(), AadstsError.fromWwwAuthenticate("Bearer claims=\"aGVsbG8=\"").claims());
    assertEquals(
        Optional.empty(), AadstsError.fromWwwAuthenticate("Bearer claims=\"/w==\"").claims());
  }

  @Test
  void urlSafeUnpaddedBase64() {
    String urlSafe =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"a\":\"??>\"}".getBytes(StandardCharsets.UTF_8));

    assertEquals(
        Optional.of("{\"a\":\"??>\"}"),
        AadstsError.fromWwwAuthenticate("Bearer claims=" + urlSafe).claims());
  }

  @Test
  void unbalancedQuoteReadsToTheEnd() {
    AadstsError error =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"invalid_token\", error_description=\"AADSTS50");

    assertEquals(Optional.of("invalid_token"), error.error());
    assertEquals(Optional.of("AADSTS50"), error.errorDescription());
  }

  @Test
  void responseHeadersFillWhatTheBodyLacks() {
    AadstsError error =
        AadstsError.parse("", 401, Map.of("WWW-Authenticate", List.of("Negotiate", CAE)));
    AadstsError withBody =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"claims\":\"{}\"}",
            400,
            Map.of("www-authenticate", List.of(CAE)));

    assertEquals(Optional.of("insufficient_claims"), error.error());
    assertEquals(Optional.of(CLAIMS), error.claims());
    assertEquals(Optional.of(CLAIMS_BASE64), error.rawClaims());
    assertEquals(Optional.of("invalid_grant"), withBody.error());
    assertEquals(Optional.of("{}"), withBody.claims());
  }
}
