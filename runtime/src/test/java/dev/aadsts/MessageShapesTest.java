package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link AadstsError#fromMessage}: one test per text shape of issue 11, with inputs written in the
 * formats the named tools print (IDs made up).
 */
class MessageShapesTest {
  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String CORRELATION = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
  private static final String BODY =
      "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating"
          + " credentials due to invalid username or password.\\r\\nTrace ID: "
          + TRACE
          + "\\r\\nCorrelation ID: "
          + CORRELATION
          + "\\r\\nTimestamp: 2025-05-01 12:34:56Z\",\"error_codes\":[50126],"
          + "\"suberror\":\"bad_token\",\"trace_id\":\""
          + TRACE
          + "\",\"correlation_id\":\""
          + CORRELATION
          + "\"}";

  private static void assertBodyRead(AadstsError error) {
    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(50126), error.codes());
    assertEquals(Optional.of(SubError.BAD_TOKEN), error.subError());
    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of(CORRELATION), error.correlationId());
  }

  // A JSON body inside a message.

  @Test
  void plainBodyAfterAnAdalNodePrefix() {
    assertBodyRead(
        AadstsError.fromMessage(
            "Error: Get Token request returned http error: 400 and server response: " + BODY));
    assertEquals(
        OptionalInt.of(400),
        AadstsError.fromMessage("returned http error: 400 and server response: " + BODY)
            .httpStatus());
  }

  @Test
  void bodyEscapedOnceAsAJsonStringHoldsIt() {
    String escaped = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    AadstsError error = AadstsError.fromMessage("{\"message\":\"token failed: " + escaped + "\"}");

    assertBodyRead(error);
    assertEquals(
        "AADSTS50126: Error validating credentials due to invalid username or password.",
        error.errorDescription().orElseThrow().lines().findFirst().orElseThrow());
  }

  @Test
  void bodyEscapedTwice() {
    String once = BODY.replace("\\", "\\\\").replace("\"", "\\\"");
    String twice = once.replace("\\", "\\\\").replace("\"", "\\\"");

    assertBodyRead(AadstsError.fromMessage("log: \"{\\\"msg\\\":\\\"" + twice + "\\\"}\""));
  }

  @Test
  void bodyHtmlEntityEncodedByAnErrorPage() {
    assertBodyRead(AadstsError.fromMessage("<pre>" + BODY.replace("\"", "&quot;") + "</pre>"));
    assertBodyRead(AadstsError.fromMessage("<td>" + BODY.replace("\"", "&#34;") + "</td>"));
  }

  @Test
  void bodyCutOffBeforeItsEnd() {
    String cut = BODY.substring(0, BODY.indexOf("Correlation ID"));
    AadstsError error = AadstsError.fromMessage("Response was: " + cut);

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(50126), error.codes());
    assertEquals(Optional.of(TRACE), error.traceId());
  }

  @Test
  void pythonDictReprAsMsalPythonReturnsIt() {
    AadstsError error =
        AadstsError.fromMessage(
            "Token acquisition failed: {'error': 'invalid_client', 'error_description':"
                + " 'AADSTS7000215: Invalid client secret provided. Trace ID: "
                + TRACE
                + " Correlation ID: "
                + CORRELATION
                + " Timestamp: 2025-05-01 12:34:56Z', 'error_codes': [7000215], 'timestamp':"
                + " '2025-05-01 12:34:56Z', 'trace_id': '"
                + TRACE
                + "', 'correlation_id': '"
                + CORRELATION
                + "', 'error_uri': 'https://login.microsoftonline.com/error?code=7000215',"
                + " 'claims': None}");

    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of(CORRELATION), error.correlationId());
    assertEquals(Optional.of("2025-05-01 12:34:56Z"), error.timestamp());
    assertEquals(Optional.empty(), error.claims());
  }

  @Test
  void rubyHashDump() {
    AadstsError error =
        AadstsError.fromMessage(
            "OAuth2::Error: {\"error\"=>\"invalid_grant\", \"error_description\"=>\"AADSTS70008:"
                + " The provided authorization code or refresh token has expired due to"
                + " inactivity.\", \"error_codes\"=>[70008], \"suberror\"=>nil}");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(70008), error.codes());
    assertEquals(Optional.empty(), error.subError());
  }

  // Error prefixes.

  @Test
  void springSecurityBracketsTheError() {
    AadstsError error =
        AadstsError.fromMessage(
            "org.springframework.security.oauth2.core.OAuth2AuthenticationException:"
                + " [invalid_grant] AADSTS70008: The provided authorization code or refresh token"
                + " has expired due to inactivity.");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(70008), error.codes());
  }

  @Test
  void pythonAzureIdentityParenthesizesTheError() {
    AadstsError error =
        AadstsError.fromMessage(
            "azure.core.exceptions.ClientAuthenticationError: (invalid_client) AADSTS7000215:"
                + " Invalid client secret provided.\nCode: invalid_client\nMessage: AADSTS7000215:"
                + " Invalid client secret provided.");

    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000215), error.codes());
  }

  @Test
  void msalNetErrorCodeLabels() {
    assertEquals(
        Optional.of("invalid_grant"),
        AadstsError.fromMessage(
                "MSAL.NetCore.4.61.3.0.MsalUiRequiredException:\n\tErrorCode: invalid_grant\n"
                    + "Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50076: Due to a"
                    + " configuration change.")
            .error());
    assertEquals(
        Optional.of("invalid_client"),
        AadstsError.fromMessage("Error Code: invalid_client\nAADSTS7000215: Invalid client secret.")
            .error());
    assertEquals(
        Optional.of("interaction_required"),
        AadstsError.fromMessage("V2Error: interaction_required AADSTS50079: Enroll in MFA.")
            .error());
    assertEquals(
        Optional.of("invalid_grant"),
        AadstsError.fromMessage(
                "error_code: invalid_grant, error_description: AADSTS70000: The provided value"
                    + " is not valid.")
            .error());
  }

  @Test
  void javascriptErrorWithStatusInParentheses() {
    AadstsError error =
        AadstsError.fromMessage(
            "error: invalid_grant(status code 400) AADSTS54005: OAuth2 Authorization code was"
                + " already redeemed.");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(OptionalInt.of(400), error.httpStatus());
    assertEquals(List.of(54005), error.codes());
  }

  @Test
  void msalNodeWritesTheErrorBeforeTheDescription() {
    assertEquals(
        Optional.of("invalid_grant"),
        AadstsError.fromMessage("ServerError: invalid_grant: AADSTS50126: Error validating.")
            .error());
  }

  @Test
  void msalPythonBareErrorLineBeforeTheCode() {
    AadstsError error =
        AadstsError.fromMessage(
            "Failed to acquire a token:\ninvalid_client\nAADSTS7000222: The provided client"
                + " secret keys are expired.");

    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000222), error.codes());
  }

  @Test
  void errorAsAFormParameterAndAsAJsonFragment() {
    assertEquals(
        Optional.of("access_denied"),
        AadstsError.fromMessage("callback failed with error=access_denied&error_description=x")
            .error());
    assertEquals(
        Optional.of("invalid_scope"),
        AadstsError.fromMessage(
                "... \"error\": \"invalid_scope\", \"error_description\": \"AADSTS70011")
            .error());
  }

  // HTTP status forms.

  @Test
  void statusForms() {
    String[][] cases = {
      {"Status: 401 (Unauthorized)", "401"},
      {"urllib.error.HTTPError: HTTP Error 401: Unauthorized", "401"},
      {"request failed: HTTP 401", "401"},
      {"The remote server returned an error: (401) Unauthorized.", "401"},
      {"401 Unauthorized: AADSTS500011", "401"},
      {"Http request returned status code 400", "400"},
      {"\tStatusCode: 400", "400"},
      {"failed to obtain access token (status: 400 data: {})", "400"},
      {"RESPONSE 400: 400 Bad Request", "400"},
      {"Http status code: BadRequest", "400"},
      {"Response status code does not indicate success: TooManyRequests", "0"},
      {"HTTP StatusCode 503", "503"},
      {"HTTP/1.1 429 Too Many Requests", "429"},
      // azidentity for Go, as its troubleshooting guide shows it: no colon after the status.
      {
        "POST https://login.microsoftonline.com/t/oauth2/v2.0/token\n---\nRESPONSE 401 Unauthorized\n"
            + "---\n{\"error\": \"invalid_client\"}",
        "401"
      },
      {"RESPONSE 400", "400"},
      {"RESPONSE time 400 ms", "0"},
      // curl -i: status lines of any version, with or without their reason phrase.
      {"HTTP/2 400 \r\ncontent-type: application/json", "400"},
      {"HTTP/1.1 400\r\n", "400"},
      {"HTTP/1.1 4000 bytes", "0"},
      // A success or redirect logged before the error does not hide the error's status.
      {
        "GET https://login.microsoftonline.com/t/oauth2/v2.0/token HTTP/1.1 200 OK\n"
            + "then: HTTP/1.1 400 Bad Request AADSTS50011: x",
        "400"
      },
      {"HTTP/1.1 302 Found AADSTS50011", "0"},
      {"HTTP/1.1 100 Continue", "0"},
      // Python requests' HTTPError.
      {"401 Client Error: Unauthorized for url: https://login.microsoftonline.com/t/token", "401"},
      {"requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: x", "503"},
      {"200 Client Error: x", "0"},
    };
    for (String[] c : cases) {
      int expected = Integer.parseInt(c[1]);
      assertEquals(
          expected == 0 ? OptionalInt.empty() : OptionalInt.of(expected),
          AadstsError.fromMessage(c[0]).httpStatus(),
          c[0]);
    }
  }

  @Test
  void numbersThatAreNotStatuses() {
    assertEquals(
        OptionalInt.empty(),
        AadstsError.fromMessage("Read timed out after 30000 ms; 404 retries; port 443")
            .httpStatus());
  }

  // Re-wrapped text and IDs.

  @Test
  void textReWrappedAtAFixedWidth() {
    AadstsError error =
        AadstsError.fromMessage(
            "AADSTS50076: Due to a configuration change made by your administrator. Trace\n"
                + "    ID: "
                + TRACE
                + " Correlation ID:\n    "
                + CORRELATION
                + " Timestamp:\n    2025-05-01 12:34:56Z\n  ErrorCode:\n    invalid_grant");

    assertEquals(Optional.of(TRACE), error.traceId());
    assertEquals(Optional.of(CORRELATION), error.correlationId());
    assertEquals(Optional.of("2025-05-01 12:34:56Z"), error.timestamp());
    assertEquals(Optional.of("invalid_grant"), error.error());
  }

  @Test
  void placeholdersAreNotIds() {
    for (String placeholder : new String[] {"<uuid>", "REDACTED", "GUID", "xxxx", "########"}) {
      AadstsError error =
          AadstsError.fromMessage(
              "AADSTS50058: No user. Trace ID: "
                  + placeholder
                  + " Correlation ID: "
                  + placeholder
                  + " Timestamp: 2025-05-01 12:34:56Z");

      assertEquals(Optional.empty(), error.traceId(), placeholder);
      assertEquals(Optional.empty(), error.correlationId(), placeholder);
    }
  }

  @Test
  void aRealGuidInTheDescriptionBeatsAPlaceholderField() {
    AadstsError fromMessage =
        AadstsError.fromMessage(
            "com.microsoft.aad.adal4j.AuthenticationException: {\"error_description\":\"AADSTS50058:"
                + " No user.\\r\\nTrace ID: "
                + TRACE
                + "\\r\\nCorrelation ID: "
                + CORRELATION
                + "\",\"trace_id\":\"<REMOVED>\",\"correlation_id\":\"<correlationID>\"}");
    AadstsError fromBody =
        AadstsError.parse(
            "{\"error_description\":\"AADSTS50058: No user. Trace ID: "
                + TRACE
                + "\",\"trace_id\":\"<REMOVED>\"}");

    assertEquals(Optional.of(TRACE), fromMessage.traceId());
    assertEquals(Optional.of(CORRELATION), fromMessage.correlationId());
    assertEquals(Optional.of(TRACE), fromBody.traceId());
  }

  @Test
  void claimsLabelOfMsalNetToString() {
    AadstsError error =
        AadstsError.fromMessage(
            "MsalUiRequiredException: AADSTS50076: MFA required.\n\tStatusCode: 400\n\tClaims:"
                + " {\"access_token\":{\"capolids\":{\"essential\":true}}}\n");

    assertEquals(
        Optional.of("{\"access_token\":{\"capolids\":{\"essential\":true}}}"), error.claims());
    assertEquals(OptionalInt.of(400), error.httpStatus());
  }
}
