package dev.aadsts;

import static dev.aadsts.ShapeAssertions.assertRead;
import static dev.aadsts.ShapeAssertions.codes;
import static dev.aadsts.ShapeAssertions.ids;
import static dev.aadsts.ShapeAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * More error texts in the shapes real tools print, beyond {@link RealWorldShapesTest}: each input
 * is written for this test (IDs, tenants, apps and times made up) in the format of the tool its
 * comment names, with that tool's labels, quoting, escaping and line breaks; the comment says where
 * the format was seen. Each case asserts every field the text carries, and the absence of the ones
 * it does not.
 */
class WildShapesTest {
  private static final String T = "4b1d0c2e-7f3a-4e55-9a10-2c6d8e1f3b00";
  private static final String C = "9c2e4a61-1b7d-4f08-8e3c-5d6a7b8c9d0e";
  private static final String TENANT = "0aa000a0-0000-4000-8000-00a000000000";
  private static final String APP = "f1e2d3c4-0000-4000-8000-00000000abcd";

  /** A token-endpoint body as Entra ID sends it, with the given error, code and description. */
  private static String body(String error, int code, String description, String timestamp) {
    return "{\"error\":\""
        + error
        + "\",\"error_description\":\""
        + description
        + "\",\"error_codes\":["
        + code
        + "],\"timestamp\":\""
        + timestamp
        + "\",\"trace_id\":\""
        + T
        + "\",\"correlation_id\":\""
        + C
        + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code="
        + code
        + "\"}";
  }

  // ---- Fixed: the OAuth error before the code, in two more notations ----

  @Test
  void grafanaLogfmtLineQuotingXOauth2sQuotedError() {
    // Grafana's logfmt line: golang.org/x/oauth2's `oauth2: "invalid_grant" "AADSTS..."` inside
    // the quoted error= value, so its quotes are escaped. Format: grafana/grafana #101148.
    String text =
        "logger=authn.service t=2025-02-21T10:11:12.123456789Z level=error msg=\"Failed to"
            + " authenticate request\" client=auth.client.azuread"
            + " error=\"[auth.oauth.token.exchange] failed to exchange code to token: oauth2:"
            + " \\\"invalid_grant\\\" \\\"AADSTS54005: OAuth2 Authorization code was already"
            + " redeemed, please retry with a new valid code or use an existing refresh token. "
            + ids(T, C, " ", "2025-02-21 10:11:12Z")
            + "\\\" \\\"https://login.microsoftonline.com/error?code=54005\\\"\"";
    assertRead(read(text), "invalid_grant", codes(54005), null, T, C, "2025-02-21 10:11:12Z");
  }

  @Test
  void openidClientOpErrorWritesTheErrorBeforeTheDescriptionInParentheses() {
    // openid-client (Node.js) OPError: "<error> (<error_description>)". Format:
    // databricks/databricks-sql-nodejs #226.
    String text =
        "error OPError: invalid_scope (AADSTS1002012: The provided value for scope all-apis is not"
            + " valid. Client credential flows must have a scope value with /.default suffixed to"
            + " the resource identifier (application ID URI). "
            + ids(T, C, " ", "2024-02-01 09:00:00Z")
            + ")";
    assertRead(read(text), "invalid_scope", codes(1002012), null, T, C, "2024-02-01 09:00:00Z");
  }

  @Test
  void nextAuthCallbackErrorFromOpenidClient() {
    // NextAuth.js v4 logs openid-client's OPError message after its error page link, then the
    // error object. Format: nextauthjs/next-auth OAUTH_CALLBACK_ERROR reports.
    String text =
        "[next-auth][error][OAUTH_CALLBACK_ERROR] \n"
            + "https://next-auth.js.org/errors#oauth_callback_error invalid_client (AADSTS7000215:"
            + " Invalid client secret provided. Ensure the secret being sent in the request is the"
            + " client secret value, not the client secret ID, for a secret added to app '"
            + APP
            + "'. "
            + ids(T, C, " ", "2023-05-01 10:00:00Z")
            + ") {\n"
            + "  error: OPError: invalid_client (AADSTS7000215: Invalid client secret provided.)\n"
            + "      at processResponse (/app/node_modules/openid-client/lib/helpers/"
            + "process_response.js:38:13)";
    assertRead(read(text), "invalid_client", codes(7000215), null, T, C, "2023-05-01 10:00:00Z");
  }

  @Test
  void aParenthesizedPhraseWithoutAnOAuthErrorGivesNone() {
    assertEquals(
        Optional.empty(), read("Sign-in failed (AADSTS50058: no user is signed in.)").error());
    assertEquals(
        Optional.empty(), read("token: \\\"failed\\\" \\\"AADSTS50058: no user.\\\"").error());
  }

  // ---- Fixed: Python 2's unicode strings ----

  @Test
  void python2DictReprWithUnicodeStrings() {
    // A Python 2 dict repr prints every string as u'...': requests' response.json() printed.
    // Format: AzureAD/microsoft-authentication-library-for-android #558 (a python-requests user).
    String text =
        "{u'correlation_id': u'"
            + C
            + "',\n u'error': u'invalid_grant',\n u'error_codes': [9002313],\n"
            + " u'error_description': u'AADSTS9002313: Invalid request. Request is malformed or"
            + " invalid.\\r\\n"
            + ids(T, C, "\\r\\n", "2019-06-04 10:06:54Z")
            + "',\n u'timestamp': u'2019-06-04 10:06:54Z',\n u'trace_id': u'"
            + T
            + "'}";
    assertRead(read(text), "invalid_grant", codes(9002313), null, T, C, "2019-06-04 10:06:54Z");
    AadstsError parsed = AadstsError.parse(text);
    assertRead(parsed, "invalid_grant", codes(9002313), null, T, C, "2019-06-04 10:06:54Z");
    assertEquals(
        "AADSTS9002313: Invalid request. Request is malformed or invalid.",
        parsed.errorDescription().orElseThrow().lines().findFirst().orElseThrow());
  }

  @Test
  void python2DictReprStartingWithTheErrorInsideAMessage() {
    String text =
        "Token request failed: {u'error': u'invalid_grant', u'error_codes': [50173],"
            + " u'suberror': u'bad_token', u'error_uri':"
            + " u'https://login.microsoftonline.com/error?code=50173'}";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(50173), null, null, null, null);
    assertEquals(Optional.of(SubError.BAD_TOKEN), e.subError());
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=50173"), e.errorUri());
  }

  // ---- Java: hadoop-azure (ABFS), Keycloak, Spring WebClient ----

  @Test
  void hadoopAbfsHttpExceptionWithTheBodyInQuotes() {
    // hadoop-azure's AzureADAuthenticator$HttpException (3.3, 3.4): the status, the token URL, the
    // request ID (Entra's trace ID) and the body in single quotes. Format: apache/hadoop's
    // AzureADAuthenticator and vdesabou/kafka-docker-playground #7558.
    String text =
        "Caused by: org.apache.hadoop.fs.azurebfs.oauth2.AzureADAuthenticator$HttpException: HTTP"
            + " Error 401; url='https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token' AADToken: HTTP connection to https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token failed for getting token from AzureAD.; requestId='"
            + T
            + "'; contentType='application/json; charset=utf-8'; response '"
            + body(
                "invalid_client",
                7000215,
                "AADSTS7000215: Invalid client secret provided. "
                    + ids(T, C, " ", "2026-02-10 19:08:32Z"),
                "2026-02-10 19:08:32Z")
            + "'\n"
            + "\tat org.apache.hadoop.fs.azurebfs.oauth2.AzureADAuthenticator.getTokenSingleCall(AzureADAuthenticator.java:473)"
            + " ~[hadoop-azure-3.4.1.jar:?]";
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(7000215), 401, T, C, "2026-02-10 19:08:32Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=7000215"), e.errorUri());
  }

  @Test
  void hadoopAbfsBodyWhoseIdFieldAConsoleWrapped() {
    // The same exception copied from a console that wrapped the line inside the body's
    // correlation_id: the GUID the description holds is the ID. Format: kafka-docker-playground
    // #7558.
    String text =
        "HTTP Error 401; url='https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token' AADToken: HTTP connection to https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token failed for getting token from AzureAD.; requestId='"
            + T
            + "'; contentType='application/json; charset=utf-8'; response '"
            + body(
                    "invalid_client",
                    7000215,
                    "AADSTS7000215: Invalid client secret provided. "
                        + ids(T, C, " ", "2026-02-10 19:08:32Z"),
                    "2026-02-10 19:08:32Z")
                .replace(
                    C + "\",\"error_uri",
                    C.substring(0, 32) + "\n" + C.substring(32) + "\",\"error_uri")
            + "'";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T, C, "2026-02-10 19:08:32Z");
  }

  @Test
  void hadoopAbfsNewerMessageWithTheFirstKilobyteOfTheBody() {
    // hadoop-azure 3.4's message: "HTTP response: <status> <phrase> Proxies: ...", then the first
    // 1K of the body on a line of its own. Format: apache/hadoop's AzureADAuthenticator.
    String text =
        "AADToken: HTTP connection to https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token failed for getting token from AzureAD. HTTP response: 401 Unauthorized"
            + " Proxies: none\nFirst 1K of Body: "
            + body(
                "invalid_client",
                7000222,
                "AADSTS7000222: The provided client secret keys for app '"
                    + APP
                    + "' are expired. "
                    + ids(T, C, " ", "2024-10-21 08:21:53Z"),
                "2024-10-21 08:21:53Z");
    assertRead(read(text), "invalid_client", codes(7000222), 401, T, C, "2024-10-21 08:21:53Z");
  }

  @Test
  void hadoopAbfsOlderMessageWithContentTypeAndRequestId() {
    // hadoop-azure 2.x/3.1's message: "Http response: <status> <phrase> Content-Type: ...
    // Content-Length: ... Request ID: <guid> Proxies: none First 1K of Body: ...". Format:
    // MicrosoftLearning/DP-200-Implementing-an-Azure-Data-Solution #105.
    String text =
        "AADToken: HTTP connection failed for getting token from AzureAD. Http response: 400 Bad"
            + " Request\nContent-Type: application/json; charset=utf-8 Content-Length: 471 Request"
            + " ID: "
            + T
            + " Proxies: none\nFirst 1K of Body: "
            + body(
                "unauthorized_client",
                700016,
                "AADSTS700016: Application with identifier '"
                    + APP
                    + "' was not found in the directory 'Contoso'.\\r\\n"
                    + ids(T, C, "\\r\\n", "2020-07-24 10:00:00Z"),
                "2020-07-24 10:00:00Z");
    assertRead(read(text), "unauthorized_client", codes(700016), 400, T, C, "2020-07-24 10:00:00Z");
  }

  @Test
  void keycloakBrokerNoAccessTokenFromServer() {
    // Keycloak's AbstractOAuth2IdentityProvider: "No access_token from server. error='x',
    // error_description='...', error_uri='...'", the description's own line breaks kept.
    // Format: keycloak/keycloak #19425.
    String text =
        "2023-03-30 01:58:46,375 ERROR [org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider]"
            + " (executor-thread-170) Failed to make identity provider oauth callback:"
            + " org.keycloak.broker.provider.IdentityBrokerException: No access_token from server."
            + " error='invalid_client', error_description='AADSTS700027: The certificate with"
            + " identifier used to sign the client assertion is not registered on application."
            + " [Reason - The key was not found.]\n"
            + ids(T, C, "\n", "2023-03-30 01:58:46Z")
            + "', error_uri='https://login.microsoftonline.com/error?code=700027'\n"
            + "\tat org.keycloak.broker.oidc.OIDCIdentityProvider.processTokenResponse("
            + "OIDCIdentityProvider.java:420)";
    assertRead(read(text), "invalid_client", codes(700027), null, T, C, "2023-03-30 01:58:46Z");
  }

  @Test
  void keycloakLineInADockerLogWithATimePerLine() {
    // The same, as Docker Desktop shows a container's log: each line after a time of its own.
    // Format: keycloak/keycloak #19425.
    String text =
        "2023-03-30 09:58:46 2023-03-30 01:58:46,375 ERROR"
            + " [org.keycloak.broker.oidc.AbstractOAuth2IdentityProvider] (executor-thread-170)"
            + " Failed to make identity provider oauth callback:"
            + " org.keycloak.broker.provider.IdentityBrokerException: No access_token from server."
            + " error='invalid_client', error_description='AADSTS700027: The certificate is not"
            + " registered on application.\n"
            + ids(T, C, "\n2023-03-30 09:58:46 ", "2023-03-30 01:58:46Z")
                .replace("Trace", "2023-03-30 09:58:46 Trace")
            + "', error_uri='https://login.microsoftonline.com/error?code=700027'";
    assertRead(read(text), "invalid_client", codes(700027), null, T, C, "2023-03-30 01:58:46Z");
  }

  @Test
  void springWebClientResponseExceptionHasTheStatusOnly() {
    // Spring WebFlux's WebClientResponseException: "<status> <phrase> from POST <url>", no body.
    String text =
        "org.springframework.web.reactive.function.client.WebClientResponseException$Unauthorized:"
            + " 401 Unauthorized from POST https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/v2.0/token";
    assertRead(read(text), null, codes(), 401, null, null, null);
  }

  // ---- Go: adal (kubelogin), go-azure-sdk (Terraform), Databricks SDK, Rust ----

  @Test
  void goAutorestAdalRefreshFailedInAKlogLine() {
    // go-autorest's adal: "Refresh request failed. Status Code = '400'. Response body: {...}", in
    // a klog line of kubelogin / the kubectl auth plugin. Format: Azure/kubelogin #101.
    String text =
        "E0713 11:43:46.581167   13628 azure.go:154] Failed to acquire a token: unexpected error"
            + " when refreshing token: refreshing token: adal: Refresh request failed. Status Code"
            + " = '400'. Response body: "
            + body(
                "invalid_grant",
                50173,
                "AADSTS50173: The provided grant has expired due to it being revoked, a fresh auth"
                    + " token is needed.\\r\\n"
                    + ids(T, C, "\\r\\n", "2022-07-13 15:43:46Z"),
                "2022-07-13 15:43:46Z");
    assertRead(read(text), "invalid_grant", codes(50173), 400, T, C, "2022-07-13 15:43:46Z");
  }

  @Test
  void terraformGoAzureSdkClientCredentialsToken() {
    // go-azure-sdk's clientCredentialsToken (the azurerm provider 3.x and 4.x), in Terraform's
    // boxed diagnostic. Format: hashicorp/terraform-provider-azurerm #27526 and CI logs.
    String text =
        "│ Error: building account: could not acquire access token to parse claims:"
            + " clientCredentialsToken: received HTTP status 401 with response: "
            + body(
                "invalid_client",
                7000222,
                "AADSTS7000222: The provided client secret keys for app '"
                    + APP
                    + "' are expired. Visit the Azure portal to create new keys for your app:"
                    + " https://aka.ms/NewClientSecret. "
                    + ids(T, C, " ", "2024-09-27 10:00:00Z"),
                "2024-09-27 10:00:00Z")
            + "\n│\n│   with provider[\"registry.terraform.io/hashicorp/azurerm\"],\n";
    assertRead(read(text), "invalid_client", codes(7000222), 401, T, C, "2024-09-27 10:00:00Z");
  }

  @Test
  void databricksSdkGoInnerTokenCannotFetch() {
    // databricks-sdk-go's Azure client secret auth: x/oauth2's "cannot fetch token" with the body
    // on the next line. Format: databricks/databricks-sdk-go #240.
    String text =
        "Error: failed request: inner token: oauth2: cannot fetch token: 401 Unauthorized\n"
            + "Response: "
            + body(
                "invalid_client",
                7000215,
                "AADSTS7000215: Invalid client secret provided.\\r\\n"
                    + ids(T, C, "\\r\\n", "2022-12-09 15:04:13Z"),
                "2022-12-09 15:04:13Z");
    assertRead(read(text), "invalid_client", codes(7000215), 401, T, C, "2022-12-09 15:04:13Z");
  }

  @Test
  void grafanaOlderLogfmtLineWithAnEscapedBody() {
    // Grafana 6's logfmt line: x/oauth2's "cannot fetch token" inside error="...", so the body's
    // quotes are escaped and its line break is a literal \n. Format: grafana/grafana #17672.
    String escaped =
        body(
                "invalid_grant",
                70000,
                "AADSTS70000: The provided value for the 'code' parameter is not valid.\\r\\n"
                    + ids(T, C, "\\r\\n", "2019-06-19 20:52:44Z"),
                "2019-06-19 20:52:44Z")
            .replace("\\", "\\\\")
            .replace("\"", "\\\"");
    String text =
        "t=2019-06-19T16:52:44-0400 lvl=eror msg=login.OAuthLogin(NewTransportWithCode)"
            + " logger=context userId=0 orgId=0 uname= error=\"oauth2: cannot fetch token: 400 Bad"
            + " Request\\nResponse: "
            + escaped
            + "\"";
    assertRead(read(text), "invalid_grant", codes(70000), 400, T, C, "2019-06-19 20:52:44Z");
  }

  @Test
  void rustReqsignWorkloadIdentityStatusAndBody() {
    // reqsign (Rust, behind opendal): "rsp_status = 401 Unauthorized, rsp_body = {...}". Format:
    // risingwavelabs/risingwave #17123.
    String text =
        "loading credential to sign http request, source: Failed to get token from working"
            + " identity credential, rsp_status = 401 Unauthorized, rsp_body = "
            + body(
                "invalid_client",
                700024,
                "AADSTS700024: Client assertion is not within its valid time range. Current time:"
                    + " 2024-06-04T11:40:28.3451933Z, assertion valid from"
                    + " 2024-06-04T09:20:46.0000000Z, expiry time of assertion"
                    + " 2024-06-04T10:20:46.0000000Z. "
                    + ids(T, C, " ", "2024-06-04 11:40:28Z"),
                "2024-06-04 11:40:28Z");
    assertRead(read(text), "invalid_client", codes(700024), 401, T, C, "2024-06-04 11:40:28Z");
  }

  // ---- JavaScript, R, Objective-C ----

  @Test
  void nodeInspectOfAnAxiosErrorsData() {
    // Node's util.inspect of an error body object (axios error.response.data): unquoted names,
    // single quotes, a long description split into concatenated literals.
    String text =
        "data {\n  error: 'invalid_client',\n  error_description: 'AADSTS7000215: Invalid client"
            + " secret provided. Ensure the secret being sent in the request is the client secret"
            + " value, not the client secret ID.\\r\\n' +\n    'Trace ID: "
            + T
            + "\\r\\n' +\n    'Correlation ID: "
            + C
            + "\\r\\n' +\n    'Timestamp: 2024-12-27 14:53:13Z',\n  error_codes: [ 7000215 ],\n"
            + "  timestamp: '2024-12-27 14:53:13Z',\n  trace_id: '"
            + T
            + "',\n  correlation_id: '"
            + C
            + "',\n  error_uri: 'https://login.microsoftonline.com/error?code=7000215'\n}";
    assertRead(read(text), "invalid_client", codes(7000215), null, T, C, "2024-12-27 14:53:13Z");
  }

  @Test
  void rAzureAuthProcessAadResponse() {
    // AzureAuth (R): "<phrase> (HTTP <status>). Failed to obtain Azure Active Directory token.
    // Message:" and the description. Format: Azure/AzureAuth #5.
    String text =
        "Error in process_aad_response(res) : \n  Bad Request (HTTP 400). Failed to obtain Azure"
            + " Active Directory token. Message:\nAADSTS70011: The provided request must include a"
            + " 'scope' input parameter. "
            + ids(T, C, " ", "2019-06-12 01:02:03Z");
    assertRead(read(text), null, codes(70011), 400, T, C, "2019-06-12 01:02:03Z");
  }

  @Test
  void adalObjcProtocolCodeAndTwoCodes() {
    // ADAL for Objective-C: "Error with code: <n> Domain: ... ProtocolCode:<error>
    // Details:<description>", the description's lines doubled. The code is ADAL's own, not an HTTP
    // status. Format: AzureAD/azure-activedirectory-library-for-objc #788.
    String text =
        "2016/09/23 17:36:00:515  Failed to get AAD token, error: Error with code: 500 Domain:"
            + " ADAuthenticationErrorDomain ProtocolCode:invalid_client Details:AADSTS70002: Error"
            + " validating credentials. AADSTS50006: Signature verification failed.\n\n"
            + ids(T, C, "\n\n", "2016-09-24 00:36:00Z")
            + ". Inner error details: Error Domain=ADAuthenticationErrorDomain Code=500 \"(null)\"";
    assertRead(
        read(text), "invalid_client", codes(70002, 50006), null, T, C, "2016-09-24 00:36:00Z");
  }

  // ---- Python, PowerShell, CI ----

  @Test
  void azureIdentityPythonClientAuthenticationError() {
    String text =
        "azure.core.exceptions.ClientAuthenticationError: Authentication failed: AADSTS700016:"
            + " Application with identifier '"
            + APP
            + "' was not found in the directory 'Contoso'. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z");
    assertRead(read(text), null, codes(700016), null, T, C, "2024-05-01 10:00:00Z");
  }

  @Test
  void azPowerShellWarningWithTheTenantAndTheError() {
    // Az.Accounts: "WARNING: Unable to acquire token for tenant '<tenant>' with error '...'": the
    // tenant's GUID is no ID. Format: Azure/azure-powershell Connect-AzAccount reports.
    String text =
        "WARNING: Unable to acquire token for tenant '"
            + TENANT
            + "' with error 'SharedTokenCacheCredential authentication failed: AADSTS50076: Due to"
            + " a configuration change made by your administrator, or because you moved to a new"
            + " location, you must use multi-factor authentication to access"
            + " '797f4846-ba00-4fd7-ba43-dac1f8f63013'. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z")
            + "'";
    assertRead(read(text), null, codes(50076), null, T, C, "2024-05-01 10:00:00Z");
  }

  @Test
  void githubActionsRunnerLineWithItsTimePrefix() {
    // azure/login on a GitHub runner: the runner's time, ##[error] and the Azure CLI's message.
    // Format: Azure/login #180 and #372.
    String text =
        "2022-10-28T08:13:20.1234567Z ##[error]AADSTS700213: No matching federated identity record"
            + " found for presented assertion subject 'repo:contoso/app:environment:prod'. Please"
            + " check your federated identity credential Subject, Audience and Issuer against the"
            + " presented assertion. https://learn.microsoft.com/entra/workload-id/"
            + "workload-identity-federation "
            + ids(T, C, " ", "2022-10-28 08:13:19Z");
    assertRead(read(text), null, codes(700213), null, T, C, "2022-10-28 08:13:19Z");
  }

  // ---- Redirects and challenges ----

  @Test
  void spaFragmentWithLowerCaseEscapesAndTheIdsInTheDescription() {
    AadstsError e =
        AadstsError.fromRedirect(
            "https://app.contoso.com/signin-oidc#error=interaction_required&error_description="
                + "AADSTS50058%3a+A+silent+sign-in+request+was+sent+but+no+user+is+signed+in."
                + "%0d%0aTrace+ID%3a+"
                + T
                + "%0d%0aCorrelation+ID%3a+"
                + C
                + "%0d%0aTimestamp%3a+2024-05-01+10%3a00%3a00Z&state=abc");
    assertRead(e, "interaction_required", codes(50058), null, T, C, "2024-05-01 10:00:00Z");
  }

  @Test
  void exchangeOnlineChallengesWithoutASpaceAfterTheComma() {
    // Exchange Online (EWS): one Bearer challenge with error="invalid_token", then Basic,
    // Negotiate and NTLM, the next one right after the comma.
    AadstsError e =
        AadstsError.fromWwwAuthenticate(
            "Bearer client_id=\"00000002-0000-0ff1-ce00-000000000000\","
                + " trusted_issuers=\"00000001-0000-0000-c000-000000000000@*\","
                + " token_types=\"app_asserted_user_v1 service_asserted_app_v1\","
                + " authorization_uri=\"https://login.windows.net/common/oauth2/authorize\","
                + " error=\"invalid_token\",Basic Realm=\"\",Negotiate,NTLM");
    assertRead(e, "invalid_token", codes(), null, null, null, null);
    assertEquals(
        "https://login.windows.net/common/oauth2/authorize",
        e.extraFields().get("authorization_uri"));
    assertEquals("00000002-0000-0ff1-ce00-000000000000", e.extraFields().get("client_id"));
  }

  @Test
  void aspNetCoreJwtBearerChallengeWithATimeInTheDescription() {
    AadstsError e =
        AadstsError.fromWwwAuthenticate(
            "Bearer error=\"invalid_token\", error_description=\"The token expired at"
                + " '05/02/2024 10:00:00'\"");
    assertRead(e, "invalid_token", codes(), null, null, null, null);
    assertEquals(Optional.of("The token expired at '05/02/2024 10:00:00'"), e.errorDescription());
  }

  // ---- Fixed: two more status notations of Java HTTP clients ----

  @Test
  void httpUrlConnectionResponseCode() {
    // java.net.HttpURLConnection's IOException, as hand-written token clients (and old ADAL4J)
    // rethrow it: "Server returned HTTP response code: 401 for URL: ...".
    String text =
        "java.io.IOException: Server returned HTTP response code: 401 for URL:"
            + " https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/token\n\tat sun.net.www.protocol.http.HttpURLConnection.getInputStream0("
            + "HttpURLConnection.java:2000)";
    assertRead(read(text), null, codes(), 401, null, null, null);
    assertEquals(OptionalInt.of(400), read("response code: 400").httpStatus());
    assertEquals(OptionalInt.empty(), read("Response code: invalid_client").httpStatus());
  }

  @Test
  void feignExceptionWithTheStatusInBracketsAndTheBody() {
    // OpenFeign's FeignException: "[<status> <phrase>] during [<method>] to [<url>]
    // [<client method>]: [<body>]".
    String text =
        "feign.FeignException$BadRequest: [400 Bad Request] during [POST] to"
            + " [https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/v2.0/token] [EntraTokenClient#token(Map)]: ["
            + body(
                "invalid_client",
                7000215,
                "AADSTS7000215: Invalid client secret provided. "
                    + ids(T, C, " ", "2024-05-01 10:00:00Z"),
                "2024-05-01 10:00:00Z")
            + "]";
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(7000215), 400, T, C, "2024-05-01 10:00:00Z");
    assertEquals(
        OptionalInt.of(401),
        read("feign.FeignException$Unauthorized: [401] during [POST]").httpStatus());
    assertEquals(OptionalInt.empty(), read("[main] [400 requests done]").httpStatus());
  }

  // ---- More Java, Python and JavaScript shapes that read right ----

  @Test
  void apacheOltuProblemException() {
    // Apache Oltu's OAuthProblemException.toString(): error='...', description='...', and
    // responseStatus.
    String text =
        "OAuthProblemException{error='invalid_grant', description='AADSTS70002: Error validating"
            + " credentials. AADSTS50126: Invalid username or password\r\n"
            + ids(T, C, "\r\n", "2016-04-25 17:10:30Z")
            + "', uri='null', state='null', scope='null', redirectUri='null', responseStatus=400,"
            + " parameters={}}";
    assertRead(read(text), "invalid_grant", codes(70002, 50126), 400, T, C, "2016-04-25 17:10:30Z");
  }

  @Test
  void googleOauthClientTokenResponseExceptionWithAPrettyPrintedBody() {
    // google-oauth-java-client's TokenResponseException: the status line, then the body as
    // Google's JSON printer writes it (" : " between name and value, [ 70008 ]).
    String text =
        "com.google.api.client.auth.oauth2.TokenResponseException: 400 Bad Request\n{\n"
            + "  \"error\" : \"invalid_grant\",\n  \"error_description\" : \"AADSTS70008: The"
            + " provided authorization code or refresh token has expired due to inactivity.\\r\\n"
            + ids(T, C, "\\r\\n", "2020-01-01 10:00:00Z")
            + "\",\n  \"error_codes\" : [ 70008 ],\n  \"timestamp\" : \"2020-01-01 10:00:00Z\",\n"
            + "  \"trace_id\" : \""
            + T
            + "\",\n  \"correlation_id\" : \""
            + C
            + "\"\n}";
    assertRead(read(text), "invalid_grant", codes(70008), 400, T, C, "2020-01-01 10:00:00Z");
  }

  @Test
  void apacheHttpClient5ResponseException() {
    assertRead(
        read(
            "org.apache.hc.client5.http.HttpResponseException: status code: 400, reason phrase:"
                + " Bad Request"),
        null,
        codes(),
        400,
        null,
        null,
        null);
  }

  @Test
  void msalPythonBrokerErrorWithItsSubErrorAndV2Error() {
    // MSAL Python through the broker (WAM): error broker_error, the description holding the
    // sub-error, the V2 error and WAM's status. Format: microsoft-authentication-library-for-python
    // #701.
    AadstsError e =
        AadstsError.parse(
            "{\"error\": \"broker_error\", \"error_description\": \"SubError: basic_action"
                + " V2Error: invalid_grant AADSTS50076: Due to a configuration change made by your"
                + " administrator, or because you moved to a new location, you must use"
                + " multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'. "
                + ids(T, C, " ", "2024-05-15 02:00:00Z")
                + ". Status: Response_Status.Status_InteractionRequired, Error code: 3399614476,"
                + " Tag: 557973645\"}");
    assertRead(e, "broker_error", codes(50076), null, T, C, "2024-05-15 02:00:00Z");
    assertEquals(Optional.of(SubError.of("basic_action")), e.subError());
  }

  @Test
  void axiosAndGotStatusMessages() {
    assertEquals(
        OptionalInt.of(400), read("AxiosError: Request failed with status code 400").httpStatus());
    assertEquals(
        OptionalInt.of(400), read("HTTPError: Response code 400 (Bad Request)").httpStatus());
  }

  // ---- Fixed: JSON log records ----

  @Test
  void logrusJsonRecordWhoseErrorFieldHoldsTheFailure() {
    // logrus's JSON formatter writes its fields sorted, so the "error" of WithError(err) comes
    // first and the record looks like a body whose error is the whole failure: x/oauth2's "cannot
    // fetch token" with the token endpoint's body, escaped once more. Seen in Go services' JSON
    // logs (Argo CD, external-dns).
    String inner =
        body(
            "invalid_client",
            7000215,
            "AADSTS7000215: Invalid client secret provided.\\r\\n"
                + ids(T, C, "\\r\\n", "2022-12-09 15:04:13Z"),
            "2022-12-09 15:04:13Z");
    String text =
        "{\"error\":\"oauth2: cannot fetch token: 401 Unauthorized\\nResponse: "
            + inner.replace("\\", "\\\\").replace("\"", "\\\"")
            + "\",\"level\":\"error\",\"msg\":\"failed to get token\","
            + "\"time\":\"2022-12-09T15:04:13Z\"}";
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(7000215), 401, T, C, "2022-12-09 15:04:13Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=7000215"), e.errorUri());
    assertRead(
        AadstsError.parse(text),
        "invalid_client",
        codes(7000215),
        401,
        T,
        C,
        "2022-12-09 15:04:13Z");
  }

  @Test
  void logrusJsonRecordWithXOauth2sQuotedError() {
    String text =
        "{\"error\":\"failed to exchange code: oauth2: \\\"invalid_grant\\\" \\\"AADSTS54005:"
            + " OAuth2 Authorization code was already redeemed. "
            + ids(T, C, " ", "2025-02-21 10:11:12Z")
            + "\\\"\",\"level\":\"error\",\"msg\":\"callback"
            + " failed\",\"time\":\"2025-02-21T10:11:12Z\"}";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(54005), null, T, C, "2025-02-21 10:11:12Z");
    assertEquals(
        "AADSTS54005: OAuth2 Authorization code was already redeemed.",
        e.errorDescription().orElseThrow().substring(0, 60));
  }

  @Test
  void anErrorFieldWithoutAnEntraErrorStaysTheError() {
    assertEquals(
        Optional.of("invalid_grant"),
        AadstsError.parse("{\"error\":\"invalid_grant\",\"level\":\"error\"}").error());
    assertEquals(
        Optional.of("Bad Request"), AadstsError.parse("{\"error\":\"Bad Request\"}").error());
  }

  @Test
  void logstashJsonRecordsTimeIsNotEntrasTimestamp() {
    // logstash-logback-encoder's record of an MSAL4J failure: its own @timestamp comes first, the
    // description's Timestamp (Entra's) in the stack trace.
    String text =
        "{\"@timestamp\":\"2024-05-01T10:00:01.234Z\",\"@version\":\"1\",\"message\":\"Token"
            + " request"
            + " failed\",\"logger_name\":\"com.contoso.auth.TokenService\",\"level\":\"ERROR\",\"stack_trace\":\"com.microsoft.aad.msal4j.MsalServiceException:"
            + " AADSTS7000215: Invalid client secret provided.\\r"
            + "\\n"
            + ids(T, C, "\\r\\n", "2024-05-01 10:00:00Z")
            + "\\n\\tat com.microsoft.aad.msal4j.MsalServiceExceptionFactory.fromHttpResponse("
            + "MsalServiceExceptionFactory.java:45)\\n\"}";
    assertRead(read(text), null, codes(7000215), null, T, C, "2024-05-01 10:00:00Z");
    // Without Entra's, the first time given stands.
    assertEquals(
        Optional.of("2024-05-01T10:00:01.234Z"),
        read("timestamp: 2024-05-01T10:00:01.234Z AADSTS50058 timestamp: 2024-05-01T10:00:02Z")
            .timestamp());
  }

  @Test
  void zapJsonRecordOfAzidentityGoWithTheErrorLast() {
    // zap's JSON record (external-secrets, the Key Vault CSI provider): "error" last, holding
    // azidentity's response block with the pretty-printed body.
    String text =
        "{\"level\":\"error\",\"ts\":1714557600.123,\"logger\":\"provider\",\"msg\":\"could not"
            + " get secret\",\"error\":\"could not get token: ClientSecretCredential authentication"
            + " failed: \\nPOST https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/v2.0/token\\n"
            + "-".repeat(80)
            + "\\nRESPONSE 401 Unauthorized\\n"
            + "-".repeat(80)
            + "\\n{\\n  \\\"error\\\": \\\"invalid_client\\\",\\n  \\\"error_description\\\":"
            + " \\\"AADSTS7000215: Invalid client secret provided. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z")
            + "\\\",\\n  \\\"error_codes\\\": [\\n    7000215\\n  ],\\n  \\\"timestamp\\\":"
            + " \\\"2024-05-01 10:00:00Z\\\",\\n  \\\"trace_id\\\": \\\""
            + T
            + "\\\",\\n  \\\"correlation_id\\\": \\\""
            + C
            + "\\\"\\n}\\n"
            + "-".repeat(80)
            + "\\n\"}";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T, C, "2024-05-01 10:00:00Z");
  }

  // ---- Fixed: objects whose names only start with "error" are not token-endpoint bodies ----

  @Test
  void awsLambdaPythonErrorRecord() {
    // AWS Lambda's record of an unhandled Python exception: errorMessage first, so it looked like a
    // body whose fields were all unknown; its message holds the description and IDs.
    String text =
        "{\"errorMessage\": \"Authentication failed: AADSTS700016: Application with identifier '"
            + APP
            + "' was not found in the directory 'Contoso'. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z")
            + "\", \"errorType\": \"ClientAuthenticationError\", \"requestId\":"
            + " \"1f2e3d4c-5b6a-4978-8897-a6b5c4d3e2f1\", \"stackTrace\": [\"  File"
            + " \\\"/var/task/app.py\\\", line 10, in handler\\n\"]}";
    AadstsError e = read(text);
    assertRead(e, null, codes(700016), null, T, C, "2024-05-01 10:00:00Z");
    assertEquals(
        true,
        e.errorDescription()
            .orElseThrow()
            .startsWith("AADSTS700016: Application with identifier '" + APP + "' was not found"));
  }

  @Test
  void awsLambdaNodeErrorRecordAfterItsLogPrefix() {
    // The Node.js runtime's line: time, request ID, level, "Invoke Error", then the record.
    String text =
        "2024-05-01T10:00:01.234Z\t1f2e3d4c-5b6a-4978-8897-a6b5c4d3e2f1\tERROR\tInvoke Error \t"
            + "{\"errorType\":\"AuthenticationError\",\"errorMessage\":\"ClientSecretCredential"
            + " authentication failed: AADSTS7000218: The request body must contain the following"
            + " parameter: 'client_assertion' or 'client_secret'. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z")
            + "\",\"trace\":[\"AuthenticationError: ClientSecretCredential authentication"
            + " failed\",\"    at ClientSecretCredential.getToken (/var/task/index.js:1:1)\"]}";
    assertRead(read(text), null, codes(7000218), null, T, C, "2024-05-01 10:00:00Z");
  }

  @Test
  void serializedMsalBrowserErrorInAnExtensionLog() {
    // msal-browser's ServerError as JSON.stringify writes it: errorCode, errorMessage, subError,
    // correlationId. Format: microsoft/azuredatastudio #21371.
    String text =
        "[Error]: Failed to acquireTokenSilent - [{\"errorCode\":\"invalid_grant\","
            + "\"errorMessage\":\"AADSTS50173: The provided grant has expired due to it being"
            + " revoked, a fresh auth token is needed. "
            + ids(T, C, " ", "2022-12-07 10:00:00Z")
            + " - Correlation ID: "
            + C
            + " - Trace ID: "
            + T
            + "\",\"subError\":\"\",\"name\":\"ServerError\",\"correlationId\":\""
            + C
            + "\"}]";
    assertRead(read(text), "invalid_grant", codes(50173), null, T, C, "2022-12-07 10:00:00Z");
  }

  @Test
  void bodiesWhoseFirstNameIsAWireNameStillAre() {
    for (String first : List.of("error", "error_description", "error_codes", "error_uri")) {
      String text = "failed: {\"" + first + "\":\"x\",\"error\":\"invalid_grant\"}";
      assertEquals(Optional.of("invalid_grant"), read(text).error(), text);
    }
    assertEquals(
        Optional.of("invalid_grant"),
        read("failed: {\\\"error\\\":\\\"invalid_grant\\\"}").error());
    assertEquals(
        Optional.of("invalid_grant"),
        read("failed: {&quot;error&quot;:&quot;invalid_grant&quot;}").error());
  }

  // ---- Fixed: OkHttp's Response, error_uri labels, ADAL's HTTP domain, MSAL's user info ----

  @Test
  void okHttpResponseToStringGivesTheStatus() {
    // OkHttp's Response.toString, "Response{protocol=..., code=..., message=..., url=...}", in
    // the message of its recipes ("Unexpected code " + response) with the body appended; HTTP/2
    // has no reason phrase, so message= is empty there.
    String ts = "2025-03-04 05:06:07Z";
    String text =
        "java.io.IOException: Unexpected response Response{protocol=http/1.1, code=401,"
            + " message=Unauthorized, url=https://login.microsoftonline.com/"
            + TENANT
            + "/oauth2/v2.0/token}: "
            + body(
                "invalid_client",
                7000215,
                "AADSTS7000215: Invalid client secret provided. " + ids(T, C, " ", ts),
                ts);
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(7000215), 401, T, C, ts);
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=7000215"), e.errorUri());
    String h2 =
        "Unexpected code Response{protocol=h2, code=400, message=, url=https://login.microsoftonline"
            + ".com/"
            + TENANT
            + "/oauth2/v2.0/token} AADSTS900144: The request body must contain the following"
            + " parameter: 'grant_type'. "
            + ids(T, C, " ", ts);
    assertRead(read(h2), null, codes(900144), 400, T, C, ts);
    String prior =
        "Response{protocol=h2_prior_knowledge, code=503, message=, url=http://x/} AADSTS1";
    assertEquals(OptionalInt.of(503), read(prior).httpStatus());
  }

  @Test
  void aCodeEqualsThatIsNotOkHttpsIsNoStatus() {
    List<String> texts =
        List.of(
            // An authorization code in a redirect URL, three digits or not.
            "Redirected to https://app.contoso.com/callback?code=400&state=abc after AADSTS50058:"
                + " no user.",
            "https://app.contoso.com/callback?code=0.AAAA401xyz&session_state=1 AADSTS50058: x",
            "failed: code=AADSTS50058, message=A silent sign-in request was sent",
            "failed: {id=7, code=401, message=Unauthorized} AADSTS50058: x",
            "\"error_codes\":[500],\"timestamp\":\"2024-05-01 10:00:00Z\" AADSTS500: x",
            "Response{protocol=h2, code=AADSTS50058, message=, url=https://x/}",
            "Response{protocol=h2, code=40, message=, url=https://x/} AADSTS50058",
            "Response{protocol=h2, code=4011, message=, url=https://x/} AADSTS50058",
            "Response{protocol=h2, code=700, message=, url=https://x/} AADSTS50058",
            "Response{protocol=H2 WITH SPACES, code=401, message=, url=https://x/} AADSTS50058",
            "Response{protocol=h2, code=401");
    for (String text : texts) {
      assertEquals(OptionalInt.empty(), read(text).httpStatus(), text);
    }
  }

  @Test
  void errorUriLabelsInText() {
    String uri = "https://login.microsoftonline.com/error?code=50076";
    // A body's end, cut off at its start by a log's width: the labels read as text.
    String cut =
        "token response (cut): ...\"error_description\":\"AADSTS50076: Due to a configuration change"
            + " made by your administrator, you must use multi-factor authentication.\","
            + "\"error_codes\":[50076],\"timestamp\":\"2024-05-01 10:00:00Z\",\"trace_id\":\""
            + T
            + "\",\"correlation_id\":\""
            + C
            + "\",\"error_uri\":\""
            + uri
            + "\",\"suberror\":\"basic_action\"}";
    AadstsError e = read(cut);
    assertRead(e, null, codes(50076), null, T, C, "2024-05-01 10:00:00Z");
    assertEquals(Optional.of(uri), e.errorUri());
    assertEquals(Optional.of(SubError.BASIC_ACTION), e.subError());
    // Node's util.inspect of an error body (see nodeInspectOfAnAxiosErrorsData), a label of a
    // log line, a JSON fragment that escapes its slashes, and HTML-encoded quotes.
    List<String> texts =
        List.of(
            "data {\n  error: 'invalid_grant',\n  error_codes: [ 50076 ],\n  error_uri: '"
                + uri
                + "'\n}",
            "AADSTS50076: Due to a configuration change. Error URI: " + uri + ".",
            "AADSTS50076: x\n  error_uri: " + uri + "\n  suberror: basic_action",
            "AADSTS50076: x \"error_uri\":\"https:\\/\\/login.microsoftonline.com\\/error?code=50076\"",
            "AADSTS50076: x &quot;error_uri&quot;: &quot;" + uri + "&quot;, &quot;x&quot;");
    for (String text : texts) {
      assertEquals(Optional.of(uri), read(text).errorUri(), text);
    }
    // After a colon a query's other parameters stay in the URI; after "=" the label is a query's
    // parameter itself, or a logfmt field, and "&" ends it (an Entra redirect percent-encodes its
    // error_uri, but a log may print it decoded). A value that is no URI is none.
    assertEquals(
        Optional.of(uri + "&x=1"), read("AADSTS50076 error_uri: " + uri + "&x=1").errorUri());
    assertEquals(
        Optional.of(uri),
        read("redirect to https://app/cb?error_uri=" + uri + "&error=invalid_grant AADSTS50076")
            .errorUri());
    assertEquals(Optional.empty(), read("AADSTS50076: x, error_uri: https://, y").errorUri());
    assertEquals(Optional.empty(), read("AADSTS50076: x, error_uri: none, y").errorUri());
    assertEquals(Optional.empty(), read("AADSTS50076: x, error_uri: https:no-slashes").errorUri());
    // The body's own error_uri beats one written in the text around it, before it or after it.
    String other = "https://example.com/other";
    String body = "{\"error\":\"invalid_grant\",\"error_uri\":\"" + uri + "\"}";
    assertEquals(Optional.of(uri), read("error_uri: " + other + " body: " + body).errorUri());
    assertEquals(Optional.of(uri), read("body: " + body + " error_uri: " + other).errorUri());
  }

  @Test
  void adalObjcHttpDomainCarriesTheStatusAsItsCode() {
    // ADAL for Objective-C: an error of ADHTTPErrorCodeDomain (errorFromHTTPErrorCode) has the
    // HTTP status as its code, in its description and in the NSError's. Format: ADAL's
    // ADAuthenticationError description, "Error with code: %@ Domain: %@ ProtocolCode:%@
    // Details:%@. Inner error details: %@".
    String text =
        "Error with code: 503 Domain: ADHTTPErrorCodeDomain ProtocolCode:(null) Details:{\"error\":"
            + "\"temporarily_unavailable\",\"error_description\":\"AADSTS90033: A transient"
            + " error has occurred. Please try again.\"}. Inner error details: Error"
            + " Domain=ADHTTPErrorCodeDomain Code=503 \"(null)\"";
    assertRead(read(text), "temporarily_unavailable", codes(90033), 503, null, null, null);
    assertEquals(
        OptionalInt.of(500),
        read("Error Domain=ADHTTPErrorCodeDomain Code=500 \"(null)\" UserInfo={} AADSTS90033")
            .httpStatus());
    // Any other domain's code is ADAL's own or the system's (see adalObjcProtocolCodeAndTwoCodes):
    // without the domain, "Error with code: 500" is no status.
    for (String other :
        List.of(
            "Error with code: 500 AADSTS50058: x",
            "Error with code: 260 Domain: NSCocoaErrorDomain ProtocolCode:(null) AADSTS50058",
            "Error Domain=ADAuthenticationErrorDomain Code=500 \"(null)\" AADSTS50058")) {
      assertEquals(OptionalInt.empty(), read(other).httpStatus(), other);
    }
  }

  @Test
  void msalObjcUserInfoGivesTheStatusAndTheError() {
    // MSAL for iOS and macOS: the NSError's description prints its user info, key=value, unquoted.
    // Keys: MSALError.h (MSALHTTPResponseCodeKey, MSALOAuthErrorKey, MSALOAuthSubErrorKey).
    String text =
        "Error Domain=MSALErrorDomain Code=-50000 \"(null)\" UserInfo={MSALErrorDescriptionKey="
            + "AADSTS50076: Due to a configuration change made by your administrator, or because"
            + " you moved to a new location, you must use multi-factor authentication to access '"
            + APP
            + "'. "
            + ids(T, C, " ", "2024-05-01 10:00:00Z")
            + ", MSALHTTPResponseCodeKey=400, MSALOAuthSubErrorKey=basic_action,"
            + " MSALOAuthErrorKey=invalid_grant, MSALCorrelationIDKey="
            + C
            + ", MSALInternalErrorCodeKey=-42004}";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(50076), 400, T, C, "2024-05-01 10:00:00Z");
  }
}
