package dev.aadsts;

import static dev.aadsts.ShapeAssertions.assertRead;
import static dev.aadsts.ShapeAssertions.codes;
import static dev.aadsts.ShapeAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.core.exception.ClientAuthenticationException;
import com.azure.identity.CredentialUnavailableException;
import com.microsoft.aad.msal4j.MsalServiceException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Error texts in the shapes users paste into public issue threads and Q&amp;A pages. Each input is
 * written for this test (IDs, times, tenants and apps made up) in the format of the tool named in
 * its comment, with the same labels, punctuation, line breaks, escaping and wrapping; the comment
 * names where the format was seen. Each case asserts every field a careful reader takes from the
 * text, and the absence of the ones the text does not hold.
 */
class RealWorldShapesTest {
  private static final String T1 = "3f2a9c41-7d0e-4b8a-9e61-52c4d7a0b100";
  private static final String C1 = "a81d44f2-0c3b-4e9f-8d27-6b1f0e9c3a55";
  private static final String T2 = "5c0de111-2b3a-4c5d-8e9f-0a1b2c3d4e00";
  private static final String C2 = "9e8d7c6b-5a49-4382-a170-f0e1d2c3b4a5";
  private static final String OTHER = "d0d0cafe-1111-4222-8333-944455556666";

  // ---- MSAL4J ----

  @Test
  void msal4jServiceExceptionInALog() {
    // MSAL4J MsalServiceException: the message is the error description (Trace ID etc. on lines
    // of their own). Format: microsoft/azure-tools-for-java issues (IntelliJ reports).
    String text =
        "com.microsoft.aad.msal4j.MsalServiceException: AADSTS700016: Application with identifier"
            + " 'f1e2d3c4-0000-4000-8000-00000000abcd' was not found in the directory 'Fabrikam"
            + " Labs'. This can happen if the application has not been installed by the"
            + " administrator of the tenant.\r\nTrace ID: "
            + T1
            + "\r\nCorrelation ID: "
            + C1
            + "\r\nTimestamp: 2025-06-02 08:15:44Z\n"
            + "\tat com.microsoft.aad.msal4j.MsalServiceExceptionFactory.fromHttpResponse("
            + "MsalServiceExceptionFactory.java:45)\n";
    assertRead(read(text), null, codes(700016), null, T1, C1, "2025-06-02 08:15:44Z");
  }

  @Test
  void msal4jInteractionRequiredInsideAnIdeLogEvent() {
    // An IDE's logging event around MSAL4J's MsalInteractionRequiredException: a bracketed
    // correlation ID first, the trace ID on its own line, then the stack. Format:
    // microsoft/azure-tools-for-java #7563.
    String text =
        "IdeaLoggingEvent[message=[Correlation ID: "
            + C1
            + "] Execution of class com.microsoft.aad.msal4j.AcquireTokenSilentSupplier failed.,"
            + " throwable=com.microsoft.aad.msal4j.MsalInteractionRequiredException: AADSTS50076:"
            + " Due to a configuration change made by your administrator, or because you moved to"
            + " a new location, you must use multi-factor authentication to access"
            + " '797f4846-ba00-4fd7-ba43-dac1f8f63013'.\nTrace ID: "
            + T1
            + "\n\tat com.microsoft.aad.msal4j.MsalServiceExceptionFactory.fromHttpResponse("
            + "MsalServiceExceptionFactory.java:39)";
    assertRead(read(text), null, codes(50076), null, T1, C1, null);
  }

  @Test
  void msal4jRealExceptionObject() {
    MsalServiceException e =
        new MsalServiceException(
            "AADSTS7000222: The provided client secret keys for app '"
                + OTHER
                + "' are expired. Visit the Azure portal to create new keys for your app:"
                + " https://aka.ms/NewClientSecret. Trace ID: "
                + T2
                + " Correlation ID: "
                + C2
                + " Timestamp: 2025-04-10 13:07:42Z",
            "invalid_client");
    assertRead(
        AadstsErrors.from(e).orElseThrow(),
        "invalid_client",
        codes(7000222),
        null,
        T2,
        C2,
        "2025-04-10 13:07:42Z");
  }

  @Test
  void adal4jAuthenticationExceptionWithTheBodyAsItsMessage() {
    // ADAL4J AuthenticationException: the message is the JSON body, "error" after the
    // description, escaped slashes in error_uri. Format: azure-activedirectory-library-for-java
    // #139 and azure-tools-for-java #4521.
    String text =
        "java.util.concurrent.ExecutionException: com.microsoft.aad.adal4j.AuthenticationException:"
            + " {\"error_description\":\"AADSTS50173: The provided grant has expired due to it"
            + " being revoked.\\r\\nTrace ID: "
            + T1
            + "\\r\\nCorrelation ID: "
            + C1
            + "\\r\\nTimestamp: 2019-03-04 05:06:07Z\",\"error\":\"invalid_grant\",\"error_uri\":"
            + "\"https:\\/\\/login.microsoftonline.com\\/error?code=50173\"}\n"
            + "\tat java.util.concurrent.FutureTask.report(FutureTask.java:122)";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(50173), null, T1, C1, "2019-03-04 05:06:07Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=50173"), e.errorUri());
  }

  @Test
  void adal4jClaimsChallengeException() {
    // ADAL4J AdalClaimsChallengeException. Format: azure-activedirectory-library-for-java #247.
    String text =
        "com.microsoft.aad.adal4j.AdalClaimsChallengeException: {\"error_description\":\"AADSTS50076:"
            + " Due to a configuration change made by your administrator, you must use"
            + " multi-factor authentication to access '00000007-0000-0000-c000-000000000000'."
            + "\\r\\nTrace ID: "
            + T2
            + "\\r\\nCorrelation ID: "
            + C2
            + "\\r\\nTimestamp: 2018-11-12 01:02:03Z\",\"error\":\"interaction_required\"}";
    assertRead(
        read(text), "interaction_required", codes(50076), null, T2, C2, "2018-11-12 01:02:03Z");
  }

  // ---- azure-identity for Java, azure-core ----

  @Test
  void azureIdentityJavaClientAuthenticationException() {
    ClientAuthenticationException e =
        new ClientAuthenticationException(
            "ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret"
                + " provided. Ensure the secret being sent in the request is the client secret"
                + " value, not the client secret ID, for a secret added to app '"
                + OTHER
                + "'. Trace ID: "
                + T1
                + " Correlation ID: "
                + C1
                + " Timestamp: 2025-01-02 03:04:05Z",
            null);
    assertRead(
        AadstsErrors.from(e).orElseThrow(),
        null,
        codes(7000215),
        null,
        T1,
        C1,
        "2025-01-02 03:04:05Z");
  }

  @Test
  void azureIdentityJavaUnavailableChainWithOneEntraFailure() {
    // DefaultAzureCredential for Java: one line per credential, one of them an Entra error.
    // Format: Azure/azure-sdk-for-java #37631.
    CredentialUnavailableException e =
        new CredentialUnavailableException(
            "EnvironmentCredential authentication unavailable. Environment variables are not fully"
                + " configured.To mitigate this issue, please refer to the troubleshooting"
                + " guidelines here at"
                + " https://aka.ms/azsdk/java/identity/environmentcredential/troubleshoot\n"
                + "WorkloadIdentityCredential authentication unavailable. The workload options are"
                + " not fully configured.\n"
                + "Managed Identity authentication is not available.\n"
                + "SharedTokenCacheCredential authentication unavailable. No accounts were found in"
                + " the cache.\n"
                + "AADSTS50078: Presented multi-factor authentication has expired due to policies"
                + " configured by your administrator. Trace ID: "
                + T2
                + " Correlation ID: "
                + C2
                + " Timestamp: 2024-11-13 14:00:08Z\n"
                + "AzureCliCredential authentication unavailable. Azure CLI not installed.");
    assertRead(
        AadstsErrors.from(e).orElseThrow(),
        null,
        codes(50078),
        null,
        T2,
        C2,
        "2024-11-13 14:00:08Z");
  }

  @Test
  void azureCoreStatusCodeMessage() {
    // azure-core HttpResponseException text as logged: "Status code 401, \"{body}\"".
    String text =
        "com.azure.core.exception.ClientAuthenticationException: Status code 401, \"{\"error\":"
            + "\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret"
            + " provided. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-02-03 04:05:06Z\",\"error_codes\":[7000215],\"timestamp\":"
            + "\"2025-02-03 04:05:06Z\",\"trace_id\":\""
            + T1
            + "\",\"correlation_id\":\""
            + C1
            + "\"}\"";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T1, C1, "2025-02-03 04:05:06Z");
  }

  @Test
  void azureCoreJsonLogOfADefaultAzureCredentialChain() {
    // azure-core's JSON log line for azure-identity for Java: the chain's "--->" steps inside the
    // "exception" string. Format: Azure/azure-sdk-for-java #41722.
    String text =
        "{\"az.sdk.message\":\"Failed to acquire a new access token.\",\"exception\":"
            + "\"DefaultAzureCredential authentication failed. ---> AzureCliCredential"
            + " authentication failed. ERROR: AADSTS700082: The refresh token has expired due to"
            + " inactivity. The token was issued on 2025-01-01T00:00:00.0000000Z. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-04-05 06:07:08Z\\nTo re-authenticate, please run:\\naz login\"}";
    assertRead(read(text), null, codes(700082), null, T1, C1, "2025-04-05 06:07:08Z");
  }

  @Test
  void azureIdentityJavaChainNamesTheFailingCredential() {
    // azure-identity for Java's chain message, one "--->" step per credential; all() gives the
    // Entra error with the credential that met it. Format: Azure/azure-sdk-for-java #41722.
    ClientAuthenticationException e =
        new ClientAuthenticationException(
            "DefaultAzureCredential authentication failed. ---> EnvironmentCredential"
                + " authentication unavailable. Environment variables are not fully configured."
                + " ---> ClientSecretCredential authentication failed: AADSTS7000222: The provided"
                + " client secret keys for app '"
                + OTHER
                + "' are expired. Trace ID: "
                + T2
                + " Correlation ID: "
                + C2
                + " Timestamp: 2025-06-07 08:09:10Z",
            null);
    List<AadstsError> all = AadstsErrors.all(e);
    assertEquals(1, all.size());
    assertRead(all.get(0), null, codes(7000222), null, T2, C2, "2025-06-07 08:09:10Z");
    assertEquals(Optional.of("ClientSecretCredential"), all.get(0).credential());
  }

  @Test
  void pythonReprOfCliStderrWithLiteralEscapes() {
    // A Python repr of a subprocess's stderr: literal \n and \t between the chain's lines.
    // Format: Azure/azure-cli #31648.
    String text =
        "stderr='DefaultAzureCredential failed to retrieve a token from the included"
            + " credentials.\\nAttempted credentials:\\n\\tEnvironmentCredential:"
            + " EnvironmentCredential authentication unavailable.\\n\\tAzureCliCredential:"
            + " ERROR: AADSTS50173: The provided grant has expired due to it being revoked. Trace"
            + " ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-05-05 05:05:05Z\\n\\tAzurePowerShellCredential: PowerShell is"
            + " not installed'";
    assertRead(read(text), null, codes(50173), null, T2, C2, "2025-05-05 05:05:05Z");
  }

  // ---- azure-identity for .NET, MSAL.NET ----

  @Test
  void azureIdentityDotnetAuthenticationFailedWrappingMsal() {
    // Azure.Identity AuthenticationFailedException ToString around MsalServiceException's
    // "ErrorCode:" line. Format: dotnet/sign #849.
    String text =
        "Azure.Identity.AuthenticationFailedException: ClientSecretCredential authentication"
            + " failed:\n"
            + " ---> MSAL.NetCore.4.66.1.0.MsalServiceException:\n"
            + "\tErrorCode: invalid_client\n"
            + "Microsoft.Identity.Client.MsalServiceException: A configuration issue is preventing"
            + " authentication - check the error message from the server for details. You can"
            + " modify the configuration in the application registration portal. See"
            + " https://aka.ms/msal-net-invalid-client for details.  Original exception:"
            + " AADSTS7000222: The provided client secret keys for app '"
            + OTHER
            + "' are expired. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-05-06 07:08:09Z\n"
            + "   at Microsoft.Identity.Client.Internal.Requests.RequestBase.HandleTokenRefreshError"
            + "(MsalServiceException e, MsalAccessTokenCacheItem cachedAccessTokenItem)";
    assertRead(read(text), "invalid_client", codes(7000222), null, T2, C2, "2025-05-06 07:08:09Z");
  }

  @Test
  void azureIdentityDotnetLogLineWithParentRequestId() {
    // Azure.Identity event log: "ParentRequestId:" is the client's request, not Entra's trace.
    // Format: dotnet/sign #849.
    String text =
        "info: Azure.Identity[3]\n"
            + "      ClientSecretCredential.GetToken was unable to retrieve an access token."
            + " Scopes: [ https://vault.azure.net/.default ] ParentRequestId: "
            + OTHER
            + " Exception: Azure.Identity.AuthenticationFailedException (0x80131500):"
            + " ClientSecretCredential authentication failed:\n"
            + "       ---> Microsoft.Identity.Client.MsalServiceException (0x80131500): Original"
            + " exception: AADSTS7000222: The provided client secret keys for app are expired."
            + " Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-04-10 13:07:42Z";
    assertRead(read(text), null, codes(7000222), null, T1, C1, "2025-04-10 13:07:42Z");
  }

  @Test
  void azureCoreDotnetRequestFailedWithAnInnerStatus() {
    // Azure.Core RequestFailedException under ManagedIdentityCredential: "Status: 403
    // (Forbidden)" is the response's; "Status Code = '400'" inside Content is another service's.
    // Format: Azure/azure-sdk-for-net #19242.
    String text =
        "ManagedIdentityCredential authentication failed: Service request failed.\n"
            + "Status: 403 (Forbidden)\n\n"
            + "Content:\n"
            + "failed to refresh token, error: adal: Refresh request failed. Status Code = '400'."
            + " Response body: Bad Request\n\n"
            + "Headers:\n"
            + "X-Content-Type-Options: REDACTED\n"
            + "Date: Sat, 01 Mar 2025 16:31:39 GMT\n"
            + "Content-Type: text/plain; charset=utf-8";
    assertRead(read(text), null, codes(), 403, null, null, null);
  }

  @Test
  void azureCoreDotnetRequestFailedWithAnEntraBody() {
    // Azure.Core RequestFailedException with "ErrorCode:" and the Entra body under "Content:".
    // Format: Azure.Core's RequestFailedException message (Status, ErrorCode, Content, Headers).
    String text =
        "Azure.RequestFailedException: Service request failed.\n"
            + "Status: 400 (Bad Request)\n"
            + "ErrorCode: invalid_request\n\n"
            + "Content:\n"
            + "{\"error\":\"invalid_request\",\"error_description\":\"AADSTS90014: The required"
            + " field 'scope' is missing from the credential. Ensure that you have all the"
            + " necessary parameters for the login request. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-09-09 09:09:09Z\",\"error_codes\":[90014],\"timestamp\":"
            + "\"2025-09-09 09:09:09Z\",\"trace_id\":\""
            + T1
            + "\",\"correlation_id\":\""
            + C1
            + "\"}\n\n"
            + "Headers:\n"
            + "Cache-Control: no-store, no-cache\n"
            + "x-ms-request-id: "
            + T1
            + "\n"
            + "Content-Type: application/json; charset=utf-8";
    assertRead(read(text), "invalid_request", codes(90014), 400, T1, C1, "2025-09-09 09:09:09Z");
  }

  @Test
  void msalDotnetUiRequiredToStringWithStatusBodyAndClaims() {
    // MSAL.NET MsalUiRequiredException.ToString: class line, "\tErrorCode:", the message, then
    // "\tStatusCode:", "\tResponseBody:" (with claims and suberror) and "\tHeaders:".
    // Format: MSAL.NET MsalServiceException.ToString, AzureAD/microsoft-identity-web #2008.
    String text =
        "MSAL.NetCore.4.61.3.0.MsalUiRequiredException:\n"
            + "\tErrorCode: invalid_grant\n"
            + "Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50076: Due to a"
            + " configuration change made by your administrator, or because you moved to a new"
            + " location, you must use multi-factor authentication to access"
            + " '00000003-0000-0000-c000-000000000000'. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2024-08-09 10:11:12Z\n"
            + "   at Microsoft.Identity.Client.Internal.Requests.RequestBase.RunAsync()\n"
            + "\tStatusCode: 400 \n"
            + "\tResponseBody: {\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076:"
            + " Due to a configuration change made by your administrator. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2024-08-09 10:11:12Z\",\"error_codes\":[50076],\"timestamp\":"
            + "\"2024-08-09 10:11:12Z\",\"trace_id\":\""
            + T2
            + "\",\"correlation_id\":\""
            + C2
            + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=50076\","
            + "\"suberror\":\"basic_action\",\"claims\":\"{\\\"access_token\\\":{\\\"capolids\\\":"
            + "{\\\"essential\\\":true,\\\"values\\\":[\\\"0a1b2c3d-0000-4000-8000-000000000001\\\"]}}}\"} \n"
            + "\tHeaders: Cache-Control: no-store, no-cache\n"
            + "Pragma: no-cache";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(50076), 400, T2, C2, "2024-08-09 10:11:12Z");
    assertEquals(Optional.of(SubError.BASIC_ACTION), e.subError());
    assertEquals(
        Optional.of(
            "{\"access_token\":{\"capolids\":{\"essential\":true,"
                + "\"values\":[\"0a1b2c3d-0000-4000-8000-000000000001\"]}}}"),
        e.claims());
  }

  @Test
  void msalDotnetLogWithHttpStatusCodeWithoutColon() {
    // MSAL.NET 4.x log: ", ErrorCode: x" then "HTTP StatusCode 400" and "CorrelationId <guid>"
    // with no colons. Format: AzureAD/microsoft-identity-web #853.
    String text =
        "Microsoft.Identity.Web.TokenAcquisition: Error: (False) MSAL 4.24.0.0 MSAL.NetCore"
            + " Microsoft Windows 10.0.19042 [12/24/2020 12:11:13 - "
            + C1
            + "] Exception type: Microsoft.Identity.Client.MsalUiRequiredException\n"
            + ", ErrorCode: invalid_grant\n"
            + "HTTP StatusCode 400\n"
            + "CorrelationId "
            + C1
            + "\n"
            + "To see full exception details, enable PII Logging.";
    assertRead(read(text), "invalid_grant", codes(), 400, null, C1, null);
  }

  @Test
  void msalDotnetOneLineLogWithCommaSeparatedFields() {
    // MSAL.NET 2.x log: " , ErrorCode: x , StatusCode: 400 at ...". Format:
    // microsoft-authentication-library-for-dotnet #673.
    String text =
        "(False) MSAL 2.7.1.0 MSAL.Xamarin.Android 28 [03/05/2019 06:07:08 - "
            + C2
            + "] Exception type: Microsoft.Identity.Client.MsalUiRequiredException , ErrorCode:"
            + " invalid_grant , StatusCode: 400 at"
            + " Microsoft.Identity.Core.OAuth2.OAuth2Client.CreateErrorResponse ("
            + "Microsoft.Identity.Core.Http.HttpResponse response) [0x0003d] in :0";
    assertRead(read(text), "invalid_grant", codes(), 400, null, C2, null);
  }

  @Test
  void msalDotnetReceivedResponseStatusCodeName() {
    // MSAL.NET HttpManager log: "Status code: BadRequest." then the .NET HttpClient's "400
    // (BadRequest)". Format: AzureAD/microsoft-identity-web #2008.
    String text =
        "[10:50:22 DBG] False MSAL 4.47.2.0 MSAL.NetCore .NET 7.0.1 [2022-12-16 09:50:22Z - "
            + C1
            + "] [HttpManager] Received response. Status code: BadRequest. "
            + "{\"SourceContext\": \"Microsoft.Identity.Web.TokenAcquisition\"}";
    assertEquals(OptionalInt.of(400), read(text).httpStatus());
  }

  // ---- Spring Security ----

  @Test
  void springInvalidGrantFromARealException() {
    OAuth2Error error =
        new OAuth2Error(
            "invalid_grant",
            "AADSTS54005: OAuth2 Authorization code was already redeemed, please retry with a new"
                + " valid code or use an existing refresh token. Trace ID: "
                + T1
                + " Correlation ID: "
                + C1
                + " Timestamp: 2025-03-04 05:06:07Z",
            "https://login.microsoftonline.com/error?code=54005");
    AadstsError e = AadstsErrors.from(new OAuth2AuthorizationException(error)).orElseThrow();
    assertRead(e, "invalid_grant", codes(54005), null, T1, C1, "2025-03-04 05:06:07Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=54005"), e.errorUri());
  }

  @Test
  void springInvalidGrantMessageText() {
    // OAuth2AuthorizationException.getMessage(): "[code] description". Format: Spring
    // Security's OAuth2AuthorizationException, as logged by the login filter.
    String text =
        "org.springframework.security.oauth2.core.OAuth2AuthenticationException: [invalid_grant]"
            + " AADSTS70008: The provided authorization code or refresh token has expired due to"
            + " inactivity. Send a new interactive authorization request for this user and"
            + " resource. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-07-08 09:10:11Z";
    assertRead(read(text), "invalid_grant", codes(70008), null, T2, C2, "2025-07-08 09:10:11Z");
  }

  @Test
  void springInvalidTokenResponseQuotingTheBody() {
    // Spring Security's token client on a 401: its own code, the status line and the body in
    // quotes. Format: Azure/azure-sdk-for-java #20823, MicrosoftDocs/azure-docs-sdk-java #746.
    String text =
        "[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0"
            + " Access Token Response: 401 Unauthorized: \"{\"error\":\"invalid_client\","
            + "\"error_description\":\"AADSTS7000215: Invalid client secret provided. Ensure the"
            + " secret being sent in the request is the client secret value.\\r\\nTrace ID: "
            + T1
            + "\\r\\nCorrelation ID: "
            + C1
            + "\\r\\nTimestamp: 2025-08-01 12:00:01Z\",\"error_codes\":[7000215],\"timestamp\":"
            + "\"2025-08-01 12:00:01Z\",\"trace_id\":\""
            + T1
            + "\",\"correlation_id\":\""
            + C1
            + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=7000215\"}\"";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T1, C1, "2025-08-01 12:00:01Z");
  }

  @Test
  void springInvalidTokenResponseWithoutABody() {
    // Format: Azure/azure-sdk-for-java #20823 (title).
    String text =
        "[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0"
            + " Access Token Response: 401 Unauthorized: [no body]";
    assertRead(read(text), "invalid_token_response", codes(), 401, null, null, null);
  }

  // ---- Python: msal, azure-identity, oauthlib, ADAL, Azure CLI ----

  @Test
  void pythonWorkloadIdentityWithRedactedIds() {
    // azure-identity for Python: "Microsoft Entra ID error '(code) description'", IDs redacted
    // by the user. Format: Azure/azure-workload-identity #1200.
    String text =
        "WorkloadIdentityCredential: Microsoft Entra ID error '(invalid_client) AADSTS700211: No"
            + " matching federated identity record found for presented assertion issuer"
            + " 'https://oidc.prod-aks.azure.com/abc-123/'. Please check your federated identity"
            + " credential Subject, Audience and Issuer against the presented assertion."
            + " https://docs.microsoft.com/en-us/azure/active-directory/develop/"
            + "workload-identity-federation Trace ID: REDACTED Correlation ID: REDACTED"
            + " Timestamp: 2024-02-03 16:17:27Z'";
    assertRead(
        read(text), "invalid_client", codes(700211), null, null, null, "2024-02-03 16:17:27Z");
  }

  @Test
  void pythonDictReprWithADoubleQuotedDescription() {
    // A msal result dict printed by Python: the description holds single quotes, so repr
    // quotes it with double quotes. Format: harishkrupo/oauth2ms #19.
    String text =
        "Server returned: {'error': 'invalid_client', 'error_description': \"AADSTS700025: Client"
            + " is public so neither 'client_assertion' nor 'client_secret' should be presented."
            + " Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2024-09-10 11:12:13Z\", 'error_codes': [700025], 'timestamp':"
            + " '2024-09-10 11:12:13Z', 'trace_id': '"
            + T2
            + "', 'correlation_id': '"
            + C2
            + "'}";
    assertRead(read(text), "invalid_client", codes(700025), null, T2, C2, "2024-09-10 11:12:13Z");
  }

  @Test
  void oauthlibErrorWithBlankLinesBetweenLabels() {
    // O365 for Python on oauthlib: "(code) description" with the IDs on lines separated by
    // blank lines. Format: O365/python-o365 #469.
    String text =
        "Unable to fetch auth token. Error: (invalid_client) AADSTS700025: Client is public so"
            + " neither 'client_assertion' nor 'client_secret' should be presented.\n\n"
            + "Trace ID: "
            + T1
            + "\n\nCorrelation ID: "
            + C1
            + "\n\nTimestamp: 2024-06-19 14:12:06Z";
    assertRead(read(text), "invalid_client", codes(700025), null, T1, C1, "2024-06-19 14:12:06Z");
  }

  @Test
  void djangoOauthlibInvalidGrantError() {
    // oauthlib InvalidGrantError on a Django error page. Format:
    // AngellusMortis/django_microsoft_auth #511.
    String text =
        "Exception Type: InvalidGrantError at /microsoft/from-auth-redirect/ Exception Value:"
            + " (invalid_grant) AADSTS54005: OAuth2 Authorization code was already redeemed,"
            + " please retry with a new valid code or use an existing refresh token.";
    assertRead(read(text), "invalid_grant", codes(54005), null, null, null, null);
  }

  @Test
  void adalPythonAsAzureCliPrintsIt() {
    // ADAL for Python inside the old Azure CLI: status and body, then a traceback. Format:
    // Azure/azure-cli #16745.
    String text =
        "Get Token request returned http error: 400 and server response: {\"error\":"
            + "\"invalid_grant\",\"error_description\":\"AADSTS50173: The provided grant has"
            + " expired due to it being revoked, a fresh auth token is needed. The grant was"
            + " issued on '2024-01-05T05:09:31.5970000Z'.\\r\\nTrace ID: "
            + T2
            + "\\r\\nCorrelation ID: "
            + C2
            + "\\r\\nTimestamp: 2024-01-31 05:56:19Z\",\"error_codes\":[50173],\"timestamp\":"
            + "\"2024-01-31 05:56:19Z\",\"trace_id\":\""
            + T2
            + "\",\"correlation_id\":\""
            + C2
            + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=50173\"}\n"
            + "Traceback (most recent call last):\n"
            + "  File \"knack/cli.py\", line 215, in invoke\n";
    assertRead(read(text), "invalid_grant", codes(50173), 400, T2, C2, "2024-01-31 05:56:19Z");
  }

  @Test
  void azureCliMsalError() {
    // Azure CLI 2.x on MSAL: "ERROR: AADSTS..." then advice. Format:
    // MicrosoftDocs/executable-docs #667.
    String text =
        "ERROR: AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency"
            + " checks by conditional access. The token was issued on 2025-02-20T05:53:09.5071163Z"
            + " and the maximum allowed lifetime for this request is 43200. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-03-11 21:26:54Z\n"
            + "Interactive authentication is needed. Please run:\n"
            + "az login --scope https://management.core.windows.net//.default";
    assertRead(read(text), null, codes(70043), null, T1, C1, "2025-03-11 21:26:54Z");
  }

  @Test
  void pythonDefaultAzureCredentialAttemptedCredentials() {
    // azure-identity for Python: "Attempted credentials:" with one tabbed line per credential.
    // Format: Azure/azure-sdk-for-python #29040, dask/dask-cloudprovider #340.
    String text =
        "ClientAuthenticationError: DefaultAzureCredential failed to retrieve a token from the"
            + " included credentials.\n"
            + "Attempted credentials:\n"
            + "\tEnvironmentCredential: EnvironmentCredential authentication unavailable."
            + " Environment variables are not fully configured.\n"
            + "\tManagedIdentityCredential: ManagedIdentityCredential authentication unavailable,"
            + " no response from the IMDS endpoint.\n"
            + "\tAzureCliCredential: ERROR: AADSTS700082: The refresh token has expired due to"
            + " inactivity. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2024-10-11 12:13:14Z\n"
            + "To mitigate this issue, please refer to the troubleshooting guidelines here at"
            + " https://aka.ms/azsdk/python/identity/defaultazurecredential/troubleshoot.";
    assertRead(read(text), null, codes(700082), null, T2, C2, "2024-10-11 12:13:14Z");
  }

  @Test
  void pythonManagedIdentityUnexpectedResponse() {
    // azure-identity for Python: a dict repr inside double quotes. Format:
    // Azure/azure-sdk-for-python #38826 (title).
    String text =
        "ManagedIdentityCredential authentication unavailable. The requested identity has not"
            + " been assigned to this resource. Error: Unexpected response \"{'error':"
            + " 'invalid_request', 'error_description': 'Identity not found'}\"";
    assertRead(read(text), "invalid_request", codes(), null, null, null, null);
  }

  @Test
  void bingAdsPythonErrorCodeLabel() {
    // A Python SDK's "error_code: x, error_description: ..." line. Format:
    // BingAds/BingAds-Python-SDK #279.
    String text =
        "error_code: invalid_grant, error_description: AADSTS70000: The provided value for the"
            + " input parameter 'refresh_token' or 'assertion' is not valid. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2024-04-15 18:41:56Z";
    assertRead(read(text), "invalid_grant", codes(70000), null, T1, C1, "2024-04-15 18:41:56Z");
  }

  // ---- JavaScript: msal-node, msal-browser, @azure/identity, passport ----

  @Test
  void msalNodeServerErrorWithItsCodePrefixAndTrailer() {
    // msal-node ServerError: "code: NNN - [time]: AADSTS..." and " - Correlation ID: ... -
    // Trace ID: ..." after the description. Format: microsoft/vscode #135299.
    String text =
        "Fetching remote diagnostics failed: invalid_grant: 50173 - [2024-10-18 15:18:52Z]:"
            + " AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth"
            + " token is needed.\n"
            + "Trace ID: "
            + T2
            + "\nCorrelation ID: "
            + C2
            + "\nTimestamp: 2024-10-18 15:18:52Z - Correlation ID: "
            + C2
            + " - Trace ID: "
            + T2;
    assertRead(read(text), "invalid_grant", codes(50173), null, T2, C2, "2024-10-18 15:18:52Z");
  }

  @Test
  void msalNodeErrorObjectAsNodeInspectsIt() {
    // msal-node error printed by console.log: single-quoted keys' values, a string split with
    // " +" across lines. Format: ahaenggli/AzureAD-LDAP-wrapper #45.
    String text =
        "checkToken {\n"
            + "  errorCode: 'invalid_client',\n"
            + "  errorMessage: \"7000215 - [2024-03-05 22:32:01Z]: AADSTS7000215: Invalid client"
            + " secret provided. Ensure the secret being sent in the request is the client secret"
            + " value, not the client secret ID, for a secret added to app 'appid'.\\r\\n\" +\n"
            + "    'Trace ID: "
            + T1
            + "\\r\\n' +\n"
            + "    'Correlation ID: "
            + C1
            + "\\r\\n' +\n"
            + "    'Timestamp: 2024-03-05 22:32:01Z - Correlation ID: "
            + C1
            + " - Trace ID: "
            + T1
            + "',\n"
            + "  subError: '',\n"
            + "  name: 'ServerError'\n"
            + "}";
    assertRead(read(text), "invalid_client", codes(7000215), null, T1, C1, "2024-03-05 22:32:01Z");
  }

  @Test
  void msalBrowserInteractionRequiredAfterAFailedPost() {
    // msal-browser in a browser console: the failed POST line ("400 (Bad Request)") and
    // InteractionRequiredAuthError. Format: Azure-Samples/ms-identity-javascript-react-tutorial
    // #17.
    String text =
        "POST https://login.microsoftonline.com/"
            + OTHER
            + "/oauth2/v2.0/token 400 (Bad Request)\n"
            + "Uncaught (in promise) InteractionRequiredAuthError: invalid_grant: AADSTS65001: The"
            + " user or administrator has not consented to use the application with ID '"
            + OTHER
            + "' named 'Contoso Portal'. Send an interactive authorization request for this user"
            + " and resource.\n"
            + "Trace ID: "
            + T2
            + "\nCorrelation ID: "
            + C2
            + "\nTimestamp: 2024-07-02 05:50:12Z\n"
            + "    at InteractionRequiredAuthError.AuthError [as constructor] (AuthError.js:27)";
    assertRead(read(text), "invalid_grant", codes(65001), 400, T2, C2, "2024-07-02 05:50:12Z");
  }

  @Test
  void azureIdentityJsAuthenticationError() {
    // @azure/identity AuthenticationError: "<error> Status code: <n>\nMore details:\n<desc>".
    // Format: @azure/identity's AuthenticationError message template.
    String text =
        "AuthenticationError: invalid_client Status code: 401\n"
            + "More details:\n"
            + "AADSTS7000215: Invalid client secret provided. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-09-01 01:02:03Z";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T1, C1, "2025-09-01 01:02:03Z");
  }

  @Test
  void passportStatusAndDataInParentheses() {
    // passport-oauth2's InternalOAuthError: "(status: 400 data: {body})". Format:
    // QuePort/passport-azure-oauth #6.
    String text =
        "failed to obtain access token (status: 400 data: {\"error\":\"invalid_grant\","
            + "\"error_description\":\"AADSTS70002: Error validating credentials. AADSTS70000:"
            + " The provided access grant is invalid or malformed.\\r\\nTrace ID: "
            + T1
            + "\\r\\nCorrelation ID: "
            + C1
            + "\\r\\nTimestamp: 2024-08-27 12:08:46Z\",\"error_codes\":[70002,70000],"
            + "\"timestamp\":\"2024-08-27 12:08:46Z\",\"trace_id\":\""
            + T1
            + "\",\"correlation_id\":\""
            + C1
            + "\"})";
    assertRead(
        read(text), "invalid_grant", codes(70002, 70000), 400, T1, C1, "2024-08-27 12:08:46Z");
  }

  @Test
  void msalNodeInteractionRequiredWithASubError() {
    // msal-node InteractionRequiredAuthError as console.log shows it, with its subError.
    // Format: Azure-Samples/ms-identity-javascript-react-tutorial #330.
    String text =
        "InteractionRequiredAuthError: consent_required: AADSTS65001: The user or administrator"
            + " has not consented to use the application with ID '"
            + OTHER
            + "' named 'Contoso API'. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-03-03 03:03:03Z {\n"
            + "  errorCode: 'consent_required',\n"
            + "  errorMessage: 'AADSTS65001: The user or administrator has not consented.',\n"
            + "  subError: 'consent_required',\n"
            + "  claims: '',\n"
            + "  name: 'InteractionRequiredAuthError'\n"
            + "}";
    AadstsError e = read(text);
    assertRead(e, "consent_required", codes(65001), null, T1, C1, "2025-03-03 03:03:03Z");
    assertEquals(Optional.of(SubError.CONSENT_REQUIRED), e.subError());
  }

  @Test
  void terraformAzureCliExitStatusIsNotAnHttpStatus() {
    // Terraform's azurerm provider running the Azure CLI: "exit status 1" is the process's.
    // Format: terraform-provider-azurerm's Azure CLI authentication errors.
    String text =
        "Error: building AzureRM Client: obtain subscription() from Azure CLI: parsing json result"
            + " from the Azure CLI: waiting for the Azure CLI: exit status 1: ERROR: AADSTS700082:"
            + " The refresh token has expired due to inactivity. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-04-04 04:04:04Z";
    assertRead(read(text), null, codes(700082), null, T2, C2, "2025-04-04 04:04:04Z");
  }

  // ---- Go: azidentity, MSAL Go, x/oauth2 ----

  @Test
  void msalGoReplyStatusCodeWasInAKlogLine() {
    // MSAL Go inside a klog line: err="...reply status code was 400:\n{\"error\":...}", the
    // body escaped once and its \r\n escaped twice. Format: Azure/azure-workload-identity #340.
    String text =
        "E0120 22:54:42.000000       1 token_credential.go:70] \"failed to acquire token\""
            + " err=\"FromAssertion(): http call(https://login.microsoftonline.com/"
            + OTHER
            + "/oauth2/v2.0/token)(POST) error: reply status code was 400:\\n{\\\"error\\\":"
            + "\\\"invalid_request\\\",\\\"error_description\\\":\\\"AADSTS70021: No matching"
            + " federated identity record found for presented assertion.\\\\r\\\\nTrace ID: "
            + T2
            + "\\\\r\\\\nCorrelation ID: "
            + C2
            + "\\\\r\\\\nTimestamp: 2024-01-20 22:54:42Z\\\",\\\"error_codes\\\":[70021],"
            + "\\\"timestamp\\\":\\\"2024-01-20 22:54:42Z\\\",\\\"trace_id\\\":\\\""
            + T2
            + "\\\",\\\"correlation_id\\\":\\\""
            + C2
            + "\\\"}\"";
    assertRead(read(text), "invalid_request", codes(70021), 400, T2, C2, "2024-01-20 22:54:42Z");
  }

  @Test
  void msalGoUnescapedInAKubernetesEvent() {
    // The same error as a Kubernetes event shows it, unescaped, with a 401. Format:
    // external-secrets/external-secrets #2783.
    String text =
        "Warning  InvalidProviderConfig  20s (x6 over 101s)  cluster-secret-store  (combined from"
            + " similar events): FromAssertion(): http call(https://login.microsoftonline.com/"
            + OTHER
            + "/oauth2/v2.0/token)(POST) error: reply status code was 401:\n"
            + "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS70021: No matching"
            + " federated identity record found for presented assertion.\\r\\nTrace ID: "
            + T1
            + "\\r\\nCorrelation ID: "
            + C1
            + "\\r\\nTimestamp: 2024-10-13 19:07:11Z\",\"error_codes\":[70021]}";
    assertRead(read(text), "invalid_client", codes(70021), 401, T1, C1, "2024-10-13 19:07:11Z");
  }

  @Test
  void azidentityGoResponseBlock() {
    // azidentity for Go: the request line, a "RESPONSE 401: 401 Unauthorized" block between
    // dashed rules, and the indented JSON body. Format: azidentity's authentication errors.
    String text =
        "ClientSecretCredential: Authentication failed:\n"
            + "POST https://login.microsoftonline.com/"
            + OTHER
            + "/oauth2/v2.0/token\n"
            + "--------------------------------------------------------------------------------\n"
            + "RESPONSE 401: 401 Unauthorized\n"
            + "--------------------------------------------------------------------------------\n"
            + "{\n"
            + "  \"error\": \"invalid_client\",\n"
            + "  \"error_description\": \"AADSTS7000215: Invalid client secret provided. Trace"
            + " ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-10-01 02:03:04Z\",\n"
            + "  \"error_codes\": [\n    7000215\n  ],\n"
            + "  \"timestamp\": \"2025-10-01 02:03:04Z\",\n"
            + "  \"trace_id\": \""
            + T2
            + "\",\n"
            + "  \"correlation_id\": \""
            + C2
            + "\"\n"
            + "}\n"
            + "--------------------------------------------------------------------------------\n"
            + "To troubleshoot, visit https://aka.ms/azsdk/go/identity/troubleshoot#client-secret";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T2, C2, "2025-10-01 02:03:04Z");
  }

  @Test
  void goOauth2CannotFetchToken() {
    // golang.org/x/oauth2 RetrieveError, older form: "cannot fetch token: 401 Unauthorized\n
    // Response: {body}". Format: databricks/databricks-sdk-go #240.
    String text =
        "Error: failed request: inner token: oauth2: cannot fetch token: 401 Unauthorized\n"
            + "Response: {\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215:"
            + " Invalid client secret provided.\\r\\nTrace ID: "
            + T1
            + "\\r\\nCorrelation ID: "
            + C1
            + "\\r\\nTimestamp: 2024-12-09 15:04:13Z\",\"error_codes\":[7000215]}";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T1, C1, "2024-12-09 15:04:13Z");
  }

  @Test
  void goOauth2QuotedCodeAndDescription() {
    // golang.org/x/oauth2 RetrieveError, newer form: oauth2: "code" "description" "uri".
    // Format: x/oauth2 RetrieveError.Error().
    String text =
        "oauth2: \"invalid_grant\" \"AADSTS700082: The refresh token has expired due to"
            + " inactivity. Trace ID: "
            + T2
            + " Correlation ID: "
            + C2
            + " Timestamp: 2025-02-02 02:02:02Z\""
            + " \"https://login.microsoftonline.com/error?code=700082\"";
    assertRead(read(text), "invalid_grant", codes(700082), null, T2, C2, "2025-02-02 02:02:02Z");
  }

  // ---- PHP, .NET OAuth clients, PowerShell ----

  @Test
  void guzzleClientErrorWithATruncatedBody() {
    // Guzzle ClientException: status in backticks, the body cut at 120 characters. Format:
    // krizalys/onedrive-php-sdk #113, BookStackApp/BookStack #4089.
    String text =
        "Client error: `POST https://login.microsoftonline.com/common/oauth2/v2.0/token` resulted"
            + " in a `401 Unauthorized` response:\n"
            + "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client"
            + " secret provided. Ensure the secret being se (truncated...)";
    assertRead(read(text), "invalid_client", codes(7000215), 401, null, null, null);
  }

  @Test
  void dnnWebResponseExceptionBody() {
    // DNN OAuth client log: "WebResponse exception: {body}", description with IDs on one line.
    // Format: davidjrh/dnn.azureadprovider #112.
    String text =
        "WebResponse exception: {\"error\":\"invalid_grant\",\"error_description\":"
            + "\"AADSTS9002313: Invalid request. Request is malformed or invalid. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2024-10-03 18:40:55Z\",\"error_codes\":[9002313],\"timestamp\":"
            + "\"2024-10-03 18:40:55Z\"";
    assertRead(read(text), "invalid_grant", codes(9002313), null, T1, C1, "2024-10-03 18:40:55Z");
  }

  @Test
  void formEncodedLikeResponseWrittenOnLines() {
    // A token response pasted as "error = x\n&error_description = \n...". Format:
    // OneDrive/onedrive-api-docs #618.
    String text =
        "error = invalid_grant\n"
            + "&error_description = \n"
            + "AADSTS70000: Transmission data parser failure: Authorization Code is malformed or"
            + " invalid.\n"
            + "Trace ID: "
            + T2
            + "\nCorrelation ID: "
            + C2
            + "\nTimestamp: 2024-05-10 09:31:50Z";
    assertRead(read(text), "invalid_grant", codes(70000), null, T2, C2, "2024-05-10 09:31:50Z");
  }

  @Test
  void powerShellErrorRecord() {
    // Windows PowerShell error record: message, position, CategoryInfo and
    // FullyQualifiedErrorId lines. Format: Az.Accounts Connect-AzAccount errors.
    String text =
        "Connect-AzAccount : ClientSecretCredential authentication failed: AADSTS7000215: Invalid"
            + " client secret provided. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-11-12 13:14:15Z\n"
            + "At line:1 char:1\n"
            + "+ Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant $tenant\n"
            + "+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            + "    + CategoryInfo          : CloseError: (:) [Connect-AzAccount],"
            + " AuthenticationFailedException\n"
            + "    + FullyQualifiedErrorId :"
            + " Microsoft.Azure.Commands.Profile.ConnectAzureRmAccountCommand";
    assertRead(read(text), null, codes(7000215), null, T1, C1, "2025-11-12 13:14:15Z");
  }

  @Test
  void powerShellUsernamePasswordBadRequest() {
    // Az.Accounts on Azure.Identity: the .NET HttpClient's "400 (BadRequest)" and no code.
    // Format: MicrosoftDocs/azure-docs-powershell (authenticate-mfa troubleshooting).
    String text =
        "Connect-AzAccount : UsernamePasswordCredential authentication failed: Response status"
            + " code does not indicate success: 400 (BadRequest).\n"
            + "See the troubleshooting guide for more information\n"
            + "https://aka.ms/azsdk/net/identity/usernamepasswordcredential/troubleshoot";
    assertRead(read(text), null, codes(), 400, null, null, null);
  }

  @Test
  void springRestClientBadRequestQuotingTheBody() {
    // Spring's HttpClientErrorException$BadRequest message: "400 Bad Request: \"{body}\"".
    // Format: Spring Framework's RestClientResponseException messages.
    String text =
        "org.springframework.web.client.HttpClientErrorException$BadRequest: 400 Bad Request:"
            + " \"{\"error\":\"invalid_scope\",\"error_description\":\"AADSTS70011: The provided"
            + " request must include a 'scope' input parameter. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-12-01 10:20:30Z\",\"error_codes\":[70011],\"timestamp\":"
            + "\"2025-12-01 10:20:30Z\",\"trace_id\":\""
            + T1
            + "\",\"correlation_id\":\""
            + C1
            + "\"}\"";
    assertRead(read(text), "invalid_scope", codes(70011), 400, T1, C1, "2025-12-01 10:20:30Z");
  }

  @Test
  void graphPowerShellInvalidGrantColonNoSpace() {
    // A PowerShell module's "Graph Error: x:AADSTS..." with no space after the colon. Format:
    // KelvinTegelaar/CIPP #1716.
    String text =
        "Graph Error: invalid_grant:AADSTS65001: The user or administrator has not consented to"
            + " use the application with ID '"
            + OTHER
            + "' named 'Contoso Sync'. Send an interactive authorization request for this user and"
            + " resource.";
    assertRead(read(text), "invalid_grant", codes(65001), null, null, null, null);
  }

  // ---- Sign-in pages ----

  @Test
  void signInPageTroubleshootingDetails() {
    // The Entra sign-in error page as copied from the browser: the message, then
    // "Troubleshooting details" with Request Id (the trace ID), Correlation Id and Timestamp.
    // Format: Yvand/EntraCP #337, Azure-Samples/azure-health-data-and-ai-samples #100.
    String text =
        "Sign in\n"
            + "Sorry, but we\u2019re having trouble signing you in.\n\n"
            + "AADSTS50011: The redirect URI 'https://portal.contoso.test/signin-oidc' specified"
            + " in the request does not match the redirect URIs configured for the application '"
            + OTHER
            + "'. Make sure the redirect URI sent in the request matches one added to your"
            + " application in the Azure portal.\n\n"
            + "Troubleshooting details\n"
            + "If you contact your administrator, send this info to them.\n"
            + "Copy info to clipboard\n"
            + "Request Id: "
            + T1
            + "\nCorrelation Id: "
            + C1
            + "\nTimestamp: 2025-02-01T09:10:11.123Z\n"
            + "Message: AADSTS50011: The redirect URI 'https://portal.contoso.test/signin-oidc'"
            + " specified in the request does not match the redirect URIs configured.\n\n"
            + "Advanced diagnostics: Enable\n"
            + "If you plan on getting support for an issue, turn this on and try to reproduce the"
            + " error.";
    assertRead(read(text), null, codes(50011), null, T1, C1, "2025-02-01T09:10:11.123Z");
  }

  @Test
  void signInPageDetailsOnly() {
    // The troubleshooting block alone, message last. Format:
    // Azure-Samples/azure-health-data-and-ai-samples #100.
    String text =
        "Request Id: "
            + T2
            + "\nCorrelation Id: "
            + C2
            + "\nTimestamp: 2024-07-14T04:03:09Z\n"
            + "Message: AADSTS700016: Application with identifier '"
            + OTHER
            + "' was not found in the directory 'Default Directory'.";
    assertRead(read(text), null, codes(700016), null, T2, C2, "2024-07-14T04:03:09Z");
  }

  @Test
  void requestIdsThatAreNotTheSignInPagesAreNotTraceIds() {
    // ParentRequestId (Azure.Identity's event log) and x-ms-request-id (a service's header) name
    // the client's or the service's request, not Entra's trace.
    assertRead(
        read("GetToken failed. ParentRequestId: " + OTHER + " AADSTS50058: A silent sign-in"),
        null,
        codes(50058),
        null,
        null,
        null,
        null);
    assertRead(
        read("x-ms-request-id: " + OTHER + "\nAADSTS50058: A silent sign-in request was sent"),
        null,
        codes(50058),
        null,
        null,
        null,
        null);
  }

  @Test
  void aLabelledCorrelationIdBeatsTheMsalDotnetLogHeader() {
    // An MSAL.NET log header's GUID is the request's correlation ID only when nothing names one.
    String text =
        "(False) MSAL 4.61.3.0 MSAL.NetCore [2025-01-01 10:00:00Z - "
            + OTHER
            + "] AADSTS50058: A silent sign-in request was sent but no user is signed in. Trace ID: "
            + T1
            + " Correlation ID: "
            + C1
            + " Timestamp: 2025-01-01 10:00:00Z";
    assertRead(read(text), null, codes(50058), null, T1, C1, "2025-01-01 10:00:00Z");
  }

  // ---- Redirects ----

  @Test
  void adminConsentDeclinedRedirect() {
    // Entra's redirect after the user cancels admin consent: "%3a" in lower case, "+" for
    // spaces, "%0d%0a" between the IDs. Format: MicrosoftDocs/azure-docs #114009.
    String query =
        "?error=access_denied&error_description=AADSTS65004%3a+User+declined+to+consent+to+access"
            + "+the+app.%0d%0aTrace+ID%3a+"
            + T1
            + "%0d%0aCorrelation+ID%3a+"
            + C1
            + "%0d%0aTimestamp%3a+2025-08-28+11%3a25%3a19Z"
            + "&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004"
            + "&admin_consent=True&state="
            + OTHER
            + "#";
    AadstsError e = AadstsError.fromRedirect("https://app.contoso.test/callback" + query);
    assertRead(e, "access_denied", codes(65004), null, T1, C1, "2025-08-28 11:25:19Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=65004"), e.errorUri());
  }

  @Test
  void redirectInAnAndroidWebViewLog() {
    // ADAL for Android's log line with the whole redirect URL in it, still percent-encoded.
    // Format: azure-activedirectory-library-for-android #473.
    String text =
        "01-14 20:01:33.959  4155  4155 V BasicWebViewClient: Page finished:"
            + "http://my-redirect-url/?error=invalid_resource&error_description=AADSTS50001%3a+The"
            + "+application+named+https%3a%2f%2fapi.contoso.test+was+not+found+in+the+tenant+named"
            + "+contoso.test.%0d%0aTrace+ID%3a+"
            + T2
            + "%0d%0aCorrelation+ID%3a+"
            + C2
            + "%0d%0aTimestamp%3a+2024-01-15+01%3a01%3a34Z&state=YT1odHRwczovL2xvZ2lu ver:1.1.11";
    assertRead(read(text), "invalid_resource", codes(50001), null, T2, C2, "2024-01-15 01:01:34Z");
  }

  @Test
  void cancelledAccountPickerFragment() {
    // The implicit flow's fragment when the user goes back in the account picker: no
    // description at all. Format: azure-activedirectory-library-for-js #804.
    AadstsError e =
        AadstsError.fromRedirect(
            "https://app.contoso.test/#error=access_denied&error_subcode=cancel&state="
                + OTHER
                + "&add_account=");
    assertRead(e, "access_denied", codes(), null, null, null, null);
  }

  // ---- WWW-Authenticate ----

  @Test
  void graphContinuousAccessEvaluationChallenge() {
    // Microsoft Graph's 401 under CAE. Format: Entra's claims challenge documentation.
    String claims = "{\"access_token\":{\"nbf\":{\"essential\":true,\"value\":\"1735689600\"}}}";
    String encoded =
        java.util.Base64.getEncoder()
            .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    AadstsError e =
        AadstsError.fromWwwAuthenticate(
            "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/"
                + "oauth2/authorize\", client_id=\"00000003-0000-0000-c000-000000000000\","
                + " error=\"insufficient_claims\", claims=\""
                + encoded
                + "\"");
    assertRead(e, "insufficient_claims", codes(), null, null, null, null);
    assertEquals(Optional.of(claims), e.claims());
  }

  @Test
  void armInvalidTokenChallenge() {
    // Azure Resource Manager's 401. Format: ARM's WWW-Authenticate on an expired token.
    AadstsError e =
        AadstsError.fromWwwAuthenticate(
            "Bearer authorization_uri=\"https://login.microsoftonline.com/"
                + OTHER
                + "\", error=\"invalid_token\", error_description=\"The access token expiry UTC"
                + " time '1/1/2025 10:00:00 AM' is earlier than current UTC time '1/1/2025"
                + " 11:00:00 AM'.\"");
    assertRead(e, "invalid_token", codes(), null, null, null, null);
  }
}
