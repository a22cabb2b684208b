package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** {@link AadstsError#fromMessage}: messages and log lines as the client libraries print them. */
class AadstsErrorFromMessageTest {
  private static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";
  private static final String CORRELATION_ID = "aaaa0000-bb11-2222-33cc-444444dddddd";
  private static final String SECRET_TEXT =
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request"
          + " is the client secret value, not the client secret ID, for a secret added to app"
          + " '00001111-aaaa-2222-bbbb-3333cccc4444'.";

  @Test
  void descriptionFollowedByIdLines() {
    String message =
        SECRET_TEXT
            + "\r\nTrace ID: "
            + TRACE_ID
            + "\r\nCorrelation ID: "
            + CORRELATION_ID
            + "\r\nTimestamp: 2024-01-01 10:00:00Z";

    AadstsError error = AadstsError.fromMessage(message);

    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
    assertEquals(Optional.of(message), error.errorDescription());
    assertEquals(Optional.empty(), error.error());
    assertEquals(message, error.rawBody());
  }

  @Test
  void collapsedOntoOneLine() {
    AadstsError error =
        AadstsError.fromMessage(
            SECRET_TEXT
                + " Trace ID: "
                + TRACE_ID
                + " Correlation ID: "
                + CORRELATION_ID
                + " Timestamp: 2024-01-01 10:00:00Z.");

    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
  }

  @Test
  void literalLineBreakEscapes() {
    AadstsError error =
        AadstsError.fromMessage(
            "AADSTS50126: Error validating credentials due to invalid username or password.\\r\\n"
                + "Trace ID: "
                + TRACE_ID
                + "\\r\\nCorrelation ID: "
                + CORRELATION_ID
                + "\\r\\nTimestamp: 2024-01-01 10:00:00.1234567Z");

    assertEquals(List.of(50126), error.codes());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of("2024-01-01 10:00:00.1234567Z"), error.timestamp());
    assertEquals(
        "AADSTS50126: Error validating credentials due to invalid username or password.",
        error.errorDescription().orElseThrow().lines().findFirst().orElseThrow());
  }

  @Test
  void wrappedAfterOriginalException() {
    AadstsError error =
        AadstsError.fromMessage(
            "ClientSecretCredential authentication failed: Failed to acquire token."
                + " Original exception: AADSTS50034: The user account {EmailHidden} does not exist"
                + " in the contoso.example directory.");

    assertEquals(List.of(50034), error.codes());
    assertEquals(
        Optional.of(
            "AADSTS50034: The user account {EmailHidden} does not exist in the contoso.example"
                + " directory."),
        error.errorDescription());
  }

  @Test
  void classNamePrefixIsNotAnOAuthError() {
    AadstsError error =
        AadstsError.fromMessage(
            "com.microsoft.aad.msal4j.MsalServiceException: AADSTS700016: Application with"
                + " identifier '00001111-aaaa-2222-bbbb-3333cccc4444' was not found in the"
                + " directory 'Contoso'.");

    assertEquals(List.of(700016), error.codes());
    assertEquals(Optional.empty(), error.error());
  }

  @Test
  void quotedInBraces() {
    AadstsError error =
        AadstsError.fromMessage("{\"AADSTS50013: Assertion failed signature validation.\"}");

    assertEquals(List.of(50013), error.codes());
    assertEquals(
        Optional.of("AADSTS50013: Assertion failed signature validation."),
        error.errorDescription());
  }

  @Test
  void numberAndTimestampPrefix() {
    AadstsError error =
        AadstsError.fromMessage(
            "7000215 - [2024-01-01 10:00:00Z]: AADSTS7000215: Invalid client secret provided.");

    assertEquals(List.of(7000215), error.codes());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
    assertEquals(
        Optional.of("AADSTS7000215: Invalid client secret provided."), error.errorDescription());
  }

  @Test
  void numberAndTimestampPrefixWithoutAadstsToken() {
    AadstsError error =
        AadstsError.fromMessage(
            "MsalServiceException: 50058 - [2024-01-01 10:00:00Z]: A silent sign-in request was"
                + " sent but no user is signed in.");

    assertEquals(List.of(50058), error.codes());
    assertEquals(
        Optional.of("A silent sign-in request was sent but no user is signed in."),
        error.errorDescription());
  }

  @Test
  void onlyAadstsCodesCount() {
    AadstsError error =
        AadstsError.fromMessage(
            "AADB2C90085: The service has encountered an internal error. Please reauthenticate and"
                + " try again.\r\n"
                + "Correlation ID: 50034aaa-bb11-2222-33cc-444444dddddd\r\n"
                + "Timestamp: 2024-01-01 10:00:00Z"
                + " https://login.microsoftonline.com/error?code=50034");

    assertEquals(List.of(), error.codes());
    assertEquals(Optional.of("50034aaa-bb11-2222-33cc-444444dddddd"), error.correlationId());
  }

  @Test
  void numbersInsideGuidsAndTimestampsAreNotPrefixCodes() {
    assertEquals(
        List.of(), AadstsError.fromMessage("Correlation ID: aaaa0000-70011 - [x]: failed").codes());
    assertEquals(
        List.of(),
        AadstsError.fromMessage("Timestamp: 2024-01-01 10:00:00 - [retry]: failed").codes());
    assertEquals(List.of(), AadstsError.fromMessage("AADSTS1234567890: too long").codes());
  }

  @Test
  void logLinesAndLongerWordsAreNotCodes() {
    assertEquals(List.of(), AadstsError.fromMessage("12345 - [main]: request failed").codes());
    assertEquals(List.of(), AadstsError.fromMessage("thread 4242 - [worker-1]: retrying").codes());
    assertEquals(List.of(), AadstsError.fromMessage("see XAADSTS50034 in the wiki").codes());
    assertEquals(
        List.of(70008),
        AadstsError.fromMessage("bad credentials.AADSTS70008: The grant expired").codes());
  }

  @Test
  void oauthErrorBeforeTheDescriptionAsMsalNodeWritesIt() {
    AadstsError error =
        AadstsError.fromMessage(
            "invalid_grant: AADSTS50126: Error validating credentials due to invalid username or"
                + " password.\r\nTrace ID: "
                + TRACE_ID
                + "\r\nCorrelation ID: "
                + CORRELATION_ID
                + "\r\nTimestamp: 2024-01-01 10:00:00Z - Correlation ID: "
                + CORRELATION_ID
                + " - Trace ID: "
                + TRACE_ID);

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(50126), error.codes());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
  }

  @Test
  void oauthErrorInBracketsAsSpringSecurityWritesIt() {
    AadstsError error =
        AadstsError.fromMessage("[invalid_client] AADSTS7000215: Invalid client secret provided.");

    assertEquals(Optional.of("invalid_client"), error.error());
  }

  @Test
  void embeddedBodyFromMsal4jUnknownServiceException() {
    AadstsError error =
        AadstsError.fromMessage(
            "Unknown service exception. Http request returned status code: 400 with http body:"
                + " {\"error_description\":\"AADSTS90002: Tenant 'contoso.example' not found.\","
                + "\"error_codes\":[90002],\"trace_id\":\""
                + TRACE_ID
                + "\"}");

    assertEquals(List.of(90002), error.codes());
    assertEquals(OptionalInt.of(400), error.httpStatus());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(
        Optional.of("AADSTS90002: Tenant 'contoso.example' not found."), error.errorDescription());
  }

  @Test
  void msalNetExceptionText() {
    AadstsError error =
        AadstsError.fromMessage(
"""
Microsoft.Identity.Client.MsalUiRequiredException:
\tErrorCode: invalid_grant
Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50076: Due to a configuration \
change made by your administrator, or because you moved to a new location, you must use \
multi-factor authentication to access '00000003-0000-0000-c000-000000000000'.
Trace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333
Correlation ID: aaaa0000-bb11-2222-33cc-444444dddddd
Timestamp: 2024-01-01 10:00:00Z
\tStatusCode: 400\s
\tResponseBody: {"error":"invalid_grant","error_description":"AADSTS50076: Due to a \
configuration change.","error_codes":[50076],"suberror":"basic_action",\
"claims":"{\\"access_token\\":{\\"capolids\\":{\\"essential\\":true}}}"}
\tHeaders: Retry-After: 5
   at Microsoft.Identity.Client.Internal.Requests.RequestBase.RunAsync()
""");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(50076), error.codes());
    assertEquals(Optional.of(SubError.BASIC_ACTION), error.subError());
    assertEquals(
        Optional.of("{\"access_token\":{\"capolids\":{\"essential\":true}}}"), error.claims());
    assertEquals(OptionalInt.of(400), error.httpStatus());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
  }

  @Test
  void azureCliPrintsThePythonDictionary() {
    AadstsError error =
        AadstsError.fromMessage(
            "ERROR: AADSTS70043: The refresh token has expired or is invalid due to sign-in"
                + " frequency checks by conditional access. {'error': 'invalid_grant',"
                + " 'error_description': \"AADSTS70043: The refresh token has expired. Trace ID: "
                + TRACE_ID
                + "\", 'error_codes': [70043], 'suberror': 'token_expired',"
                + " 'correlation_id': '"
                + CORRELATION_ID
                + "'}");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(70043), error.codes());
    assertEquals(Optional.of(SubError.TOKEN_EXPIRED), error.subError());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
  }

  @Test
  void stackTraceIsNotPartOfTheDescription() {
    AadstsError error =
        AadstsError.fromMessage(
            "java.util.concurrent.ExecutionException: AADSTS50034: The user account does not"
                + " exist.\n"
                + "\tat java.base/java.util.concurrent.FutureTask.report(FutureTask.java:122)\n"
                + "Caused by: AADSTS50034: The user account does not exist.");

    assertEquals(
        Optional.of("AADSTS50034: The user account does not exist."), error.errorDescription());
    assertEquals(List.of(50034), error.codes());
  }

  @Test
  void textWithoutCodesHasNone() {
    AadstsError error = AadstsError.fromMessage("Connection refused: login.microsoftonline.com");

    assertEquals(List.of(), error.codes());
    assertEquals(Optional.empty(), error.errorDescription());
  }
}
