package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link AadstsError#fromRedirect}: authorization responses as Entra ID returns them. */
class RedirectTest {
  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String CORRELATION = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
  // The parameters of an error redirect, percent-encoded as Entra ID sends them.
  private static final String ERROR_PARAMS =
      "error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access+the"
          + "+app.%0d%0aTrace+ID%3a+"
          + TRACE
          + "%0d%0aCorrelation+ID%3a+"
          + CORRELATION
          + "%0d%0aTimestamp%3a+2025-05-01+12%3a34%3a56Z"
          + "&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004"
          + "&state=12345-secret-state";

  private static void assertConsentDeclined(AadstsError error) {
    assertEquals(Optional.of("access_denied"), error.error());
    assertEquals(List.of(65004), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of(CORRELATION), error.correlationId());
    assertEquals(Optional.of("2025-05-01 12:34:56Z"), error.timestamp());
    assertEquals(
        Optional.of("https://login.microsoftonline.com/error?code=65004"), error.errorUri());
    assertTrue(error.errorDescription().orElseThrow().contains("consent to access the app.\r\n"));
  }

  @Test
  void fullRedirectUri() {
    assertConsentDeclined(
        AadstsError.fromRedirect("https://app.example/signin-oidc?" + ERROR_PARAMS));
  }

  @Test
  void queryStringWithAndWithoutQuestionMark() {
    assertConsentDeclined(AadstsError.fromRedirect("?" + ERROR_PARAMS));
    assertConsentDeclined(AadstsError.fromRedirect(ERROR_PARAMS));
  }

  @Test
  void fragmentOfTheImplicitAndHybridFlows() {
    assertConsentDeclined(AadstsError.fromRedirect("https://app.example/#" + ERROR_PARAMS));
    assertConsentDeclined(AadstsError.fromRedirect("#" + ERROR_PARAMS));
  }

  @Test
  void formPostBody() {
    // response_mode=form_post: the same parameters as an x-www-form-urlencoded body.
    assertConsentDeclined(AadstsError.fromRedirect(ERROR_PARAMS + "&session_state=abc\r\n"));
  }

  @Test
  void parametersInAnyOrderAndHexInAnyCase() {
    String reordered =
        "state=s&error_uri=https%3A%2F%2Flogin.microsoftonline.com%2Ferror%3Fcode%3D65004"
            + "&error_description=AADSTS65004%3A+User+declined+to+consent+to+access+the+app.%0D%0A"
            + "Trace+ID%3A+"
            + TRACE
            + "%0D%0ACorrelation+ID%3A+"
            + CORRELATION
            + "%0D%0ATimestamp%3A+2025-05-01+12%3A34%3A56Z&error=access_denied";

    assertConsentDeclined(AadstsError.fromRedirect("https://app.example/cb?" + reordered));
  }

  @Test
  void utf8PercentDecoding() {
    AadstsError error =
        AadstsError.fromRedirect(
            "error=invalid_request&error_description=AADSTS50011%3A+R%C3%A9ponse+%E2%80%94+URI");

    assertEquals(Optional.of("AADSTS50011: Réponse — URI"), error.errorDescription());
  }

  @Test
  void errorCodesSubErrorAndClaims() {
    AadstsError error =
        AadstsError.fromRedirect(
            "https://app.example/cb?error=interaction_required&error_codes=%5B50076%2C50079%5D"
                + "&suberror=basic_action"
                + "&claims=%7B%22access_token%22%3A%7B%22capolids%22%3A%7B%22essential%22%3Atrue"
                + "%7D%7D%7D");

    assertEquals(List.of(50076, 50079), error.codes());
    assertEquals(Optional.of(SubError.BASIC_ACTION), error.subError());
    assertEquals(
        Optional.of("{\"access_token\":{\"capolids\":{\"essential\":true}}}"), error.claims());
    assertEquals(Category.INTERACTION_REQUIRED, error.category(Category.UNKNOWN));
  }

  @Test
  void theUsersCancelIsTheSubErrorAndTheUserActs() {
    // Entra ID's answer when the user cancels a sign-in or a consent prompt.
    AadstsError error =
        AadstsError.fromRedirect(
            "https://app.example/cb#error=access_denied&error_subcode=cancel&state=s");
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("error", new String[] {"access_denied"});
    parameters.put("error_subcode", new String[] {"cancel"});

    assertEquals(Optional.of(SubError.CANCEL), error.subError());
    assertEquals(Category.USER_ERROR, error.category(Category.UNKNOWN));
    assertEquals(Optional.of(SubError.CANCEL), AadstsError.fromRedirect(parameters).subError());
    // Without the sub-code, access_denied stays the tenant's policy; a code still decides first.
    assertEquals(
        Category.TENANT_POLICY,
        AadstsError.fromRedirect("error=access_denied").category(Category.UNKNOWN));
    assertEquals(Category.FEDERATION, error.category(Category.FEDERATION));
  }

  @Test
  void successRedirectIsNoError() {
    AadstsError error =
        AadstsError.fromRedirect(
            "https://app.example/cb?code=0.AXoA-secret-code&state=s&session_state=x");

    assertEquals(Optional.empty(), error.error());
    assertEquals(List.of(), error.codes());
    assertEquals(Map.of(), error.extraFields());
  }

  @Test
  void secretsNeverReachToString() {
    AadstsError error =
        AadstsError.fromRedirect(
            "https://app.example/cb#error=login_required&state=STATE-SECRET&code=CODE-SECRET"
                + "&id_token=eyJ.ID-TOKEN-SECRET.x&access_token=AT-SECRET&session_state=SS-SECRET");

    String text = error.toString();
    assertEquals(Optional.of("login_required"), error.error());
    for (String secret : new String[] {"SECRET", "state", "code=", "id_token", "access_token"}) {
      assertFalse(text.contains(secret), text);
    }
  }

  @Test
  void brokenEscapesStayLiteral() {
    AadstsError error =
        AadstsError.fromRedirect("error=server_error&error_description=100%25+%ZZ+%4+%E2%82+end%");

    assertEquals(Optional.of("100% %ZZ %4 \uFFFD end%"), error.errorDescription());
  }

  @Test
  void servletParameterMap() {
    Map<String, String[]> parameters = new LinkedHashMap<>();
    parameters.put("state", new String[] {"secret"});
    parameters.put("error", new String[] {"consent_required", "ignored"});
    parameters.put(
        "error_description",
        new String[] {"AADSTS65001: The user has not consented.\r\nTrace ID: " + TRACE});
    parameters.put("error_uri", new String[0]);

    AadstsError error = AadstsError.fromRedirect(parameters);

    assertEquals(Optional.of("consent_required"), error.error());
    assertEquals(List.of(65001), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.empty(), error.errorUri());
    assertEquals("", error.rawBody());
    assertEquals(Optional.empty(), AadstsError.fromRedirect((Map<String, String[]>) null).error());
  }
}
