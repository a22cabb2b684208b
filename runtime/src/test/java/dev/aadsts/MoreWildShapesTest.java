package dev.aadsts;

import static dev.aadsts.ShapeAssertions.assertRead;
import static dev.aadsts.ShapeAssertions.codes;
import static dev.aadsts.ShapeAssertions.ids;
import static dev.aadsts.ShapeAssertions.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * Error texts of more tools whose Entra failures users paste, beyond {@link WildShapesTest}: each
 * input is written for this test (IDs, tenants, apps and times made up) in the format of the tool
 * its comment names; the comment says where the format was seen. Each case asserts every field the
 * text carries, and the absence of the ones it does not.
 */
class MoreWildShapesTest {
  private static final String T = "7e3f0a21-5c4b-4d6e-8f90-a1b2c3d4e500";
  private static final String C = "2d4c6b8a-0e1f-4a3b-9c5d-7e8f9a0b1c2d";
  private static final String OTHER = "11111111-2222-4333-8444-555555555555";
  private static final String APP = "f1e2d3c4-0000-4000-8000-00000000abcd";

  // ---- Read right before: no change needed ----

  @Test
  void aspNetCoreOpenIdConnectProtocolExceptionWithANullErrorUri() {
    // Microsoft.IdentityModel's OpenIdConnectProtocolException: "Message contains error: '...',
    // error_description: '...', error_uri: '...'", the IDs on tab-indented lines and the missing
    // URI written as "error_uri is null". Format: MicrosoftDocs/azure-docs #96567.
    String text =
        "Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectProtocolException: Message"
            + " contains error: 'invalid_client', error_description: 'AADSTS700025: Client is"
            + " public so neither 'client_assertion' nor 'client_secret' should be presented.\r\n\t"
            + ids(T, C, "\r\n\t", "2025-07-29 12:41:44Z")
            + "', error_uri: 'error_uri is null'.";
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(700025), null, T, C, "2025-07-29 12:41:44Z");
    assertEquals(Optional.empty(), e.errorUri());
  }

  @Test
  void pythonPprintOfABodyWithItsDescriptionSplitIntoAdjacentStrings() {
    // pprint of MSAL Python's / requests' result dict: sorted keys, the long description cut into
    // adjacent literals, one label's value on the next literal. Format: jasonjoh/python_clientcred
    // #4.
    String text =
        "{'correlation_id': '"
            + C
            + "',\n"
            + " 'error': 'invalid_client',\n"
            + " 'error_codes': [70002, 50012],\n"
            + " 'error_description': 'AADSTS70002: Error validating credentials. '\n"
            + "                      'AADSTS50012: Client assertion contains an invalid '\n"
            + "                      'signature.\\r\\n'\n"
            + "                      'Trace ID: "
            + T
            + "\\r\\n'\n"
            + "                      'Correlation ID: '\n"
            + "                      '"
            + C
            + "\\r\\n'\n"
            + "                      'Timestamp: 2025-10-07 20:15:17Z',\n"
            + " 'error_uri': 'https://login.microsoftonline.com/error?code=70002',\n"
            + " 'timestamp': '2025-10-07 20:15:17Z',\n"
            + " 'trace_id': '"
            + T
            + "'}";
    AadstsError e = read(text);
    assertRead(e, "invalid_client", codes(70002, 50012), null, T, C, "2025-10-07 20:15:17Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=70002"), e.errorUri());
  }

  @Test
  void gitCredentialManagerFatalLine() {
    // Git Credential Manager: "fatal: " and MSAL.NET's message, the app's GUID and name glued.
    // Format: git-ecosystem/git-credential-manager #1297.
    String text =
        "fatal: AADSTS9002332: Application '"
            + OTHER
            + "'(Visual Studio - Legacy) is configured for use by Azure Active Directory users"
            + " only. Please do not use the /consumers endpoint to serve this request.\r\n"
            + ids(T, C, "\r\n", "2025-06-18 15:04:33Z");
    assertRead(read(text), null, codes(9002332), null, T, C, "2025-06-18 15:04:33Z");
  }

  @Test
  void azureFunctionsHostLogsInvocationIdIsNoTraceId() {
    // Azure Functions host: "Executed '...' (Failed, Id=<invocation>, Duration=...)" and the
    // exception's assemblies before its message; the log line's time is not Entra's.
    String text =
        "2025-04-01T10:00:00.123 [Error] Executed 'Functions.TimerSync' (Failed, Id="
            + OTHER
            + ", Duration=812ms)\n"
            + "System.Private.CoreLib: Exception while executing function: Functions.TimerSync."
            + " Azure.Identity: ClientSecretCredential authentication failed: AADSTS7000215:"
            + " Invalid client secret provided. Ensure the secret being sent in the request is the"
            + " client secret value, not the client secret ID, for a secret added to app '"
            + APP
            + "'. "
            + ids(T, C, " ", "2025-04-01 10:00:00Z")
            + ".";
    assertRead(read(text), null, codes(7000215), null, T, C, "2025-04-01 10:00:00Z");
  }

  @Test
  void databricksCliAzureCliAuthWithItsConfigTrailer() {
    // Databricks CLI / SDK for Go: "default auth: azure-cli: cannot get access token: ERROR:
    // ..." with the CLI's advice (a --scope GUID) and ". Config: host=..., auth_type=...".
    // Format: databricks/cli #1208.
    String text =
        "Error: default auth: azure-cli: cannot get access token: ERROR: AADSTS70043: The refresh"
            + " token has expired or is invalid due to sign-in frequency checks by conditional"
            + " access. The token was issued on 2025-03-01T08:00:00.0000000Z and the maximum"
            + " allowed lifetime for this request is 43200. "
            + ids(T, C, " ", "2025-03-02 09:10:11Z")
            + "\nTo re-authenticate, please run:\n"
            + "az login --scope 2ff814a6-3304-4ab8-85cb-cd0e6f879c1d/.default\n"
            + ". Config: host=https://adb-1234567890123456.7.azuredatabricks.net,"
            + " auth_type=azure-cli. Env: DATABRICKS_HOST";
    assertRead(read(text), null, codes(70043), null, T, C, "2025-03-02 09:10:11Z");
  }

  @Test
  void logicAppsConnectorRefreshFailure() {
    // An API connection of Logic Apps / Power Automate: the connector's own "Correlation Id=g-..."
    // and "UTC TimeStamp=..." before Entra's description, in the connector's JSON with its
    // status.
    String text =
        "{\"status\":400,\"message\":\"Failed to refresh access token for service: office365."
            + " Correlation Id=g-0a1b2c3d4e5f60718293a4b5c6d7e8f9, UTC TimeStamp=4/25/2025 10:01:02"
            + " AM, Error: AADSTS50173: The provided grant has expired due to it being revoked, a"
            + " fresh auth token is needed. The grant was issued on '2025-01-01T00:00:00.0000000Z'"
            + ".\\r\\n"
            + ids(T, C, "\\r\\n", "2025-04-25 10:01:02Z")
            + "\",\"source\":\"office365-we.azconn-we.p.azurewebsites.net\"}";
    assertRead(read(text), null, codes(50173), 400, T, C, "2025-04-25 10:01:02Z");
  }

  @Test
  void msalNodeSerializedInteractionRequiredWithItsSubError() {
    // msal-node's InteractionRequiredAuthError as JSON.stringify writes it: errorCode,
    // errorMessage, subError, correlationId, claims.
    String text =
        "{\"errorCode\":\"invalid_grant\",\"errorMessage\":\"AADSTS65001: The user or administrator"
            + " has not consented to use the application. "
            + ids(T, C, " ", "2025-05-05 05:05:05Z")
            + " - Correlation ID: "
            + C
            + " - Trace ID: "
            + T
            + "\",\"subError\":\"consent_required\",\"name\":\"InteractionRequiredAuthError\","
            + "\"correlationId\":\""
            + C
            + "\",\"claims\":\"\"}";
    AadstsError e = read(text);
    assertRead(e, "invalid_grant", codes(65001), null, T, C, "2025-05-05 05:05:05Z");
    assertEquals(Optional.of("consent_required"), e.subError().map(SubError::value));
  }

  @Test
  void msalNodeUndefinedFieldsAreNoIds() {
    // msal-common's ServerError text from a body without codes or IDs: "undefined" in each place.
    String text =
        "ServerError: invalid_request: undefined - [undefined]: AADSTS900144: The request body"
            + " must contain the following parameter: 'grant_type'. - Correlation ID: undefined -"
            + " Trace ID: undefined";
    assertRead(read(text), "invalid_request", codes(900144), null, null, null, null);
  }

  @Test
  void kubectlExecPluginExitCodeIsNoStatus() {
    // kubectl running kubelogin as its exec credential plugin: the plugin's exit code, then
    // kubelogin's azidentity error with the CLI's advice (a --scope GUID).
    String text =
        "Unable to connect to the server: getting credentials: exec: executable kubelogin failed"
            + " with exit code 1\n"
            + "Error: failed to get token: expected an empty error but received:"
            + " AzureCLICredential: ERROR: AADSTS50173: The provided grant has expired due to it"
            + " being revoked. "
            + ids(T, C, " ", "2025-09-09 09:09:09Z")
            + "\nTo re-authenticate, please run:\n"
            + "az login --scope 6dae42f8-4368-4678-94ff-3960e28e3630/.default";
    assertRead(read(text), null, codes(50173), null, T, C, "2025-09-09 09:09:09Z");
  }

  @Test
  void azcopyLoginWithAzidentitysResponseBlock() {
    // azcopy login on azidentity for Go: the tenant's GUID in the message, the request line,
    // dashed rules and the indented body.
    String text =
        "INFO: Login failed: failed to login with tenantID \""
            + OTHER
            + "\", Azure directory endpoint \"https://login.microsoftonline.com\","
            + " ClientSecretCredential authentication failed: POST"
            + " https://login.microsoftonline.com/"
            + OTHER
            + "/oauth2/v2.0/token\n"
            + "------------------------------------------------------------------------------\n"
            + "RESPONSE 401 Unauthorized\n"
            + "------------------------------------------------------------------------------\n"
            + "{\n  \"error\": \"invalid_client\",\n  \"error_description\": \"AADSTS7000215:"
            + " Invalid client secret provided. "
            + ids(T, C, " ", "2025-02-02 02:02:02Z")
            + "\",\n  \"error_codes\": [\n    7000215\n  ],\n  \"timestamp\": \"2025-02-02"
            + " 02:02:02Z\",\n  \"trace_id\": \""
            + T
            + "\",\n  \"correlation_id\": \""
            + C
            + "\"\n}\n"
            + "------------------------------------------------------------------------------\n";
    assertRead(read(text), "invalid_client", codes(7000215), 401, T, C, "2025-02-02 02:02:02Z");
  }

  @Test
  void azureDevOpsTaskErrorWithTimesInTheDescriptionOnly() {
    // An Azure Pipelines task's "##[error]" lines: the assertion's times are no timestamp, and
    // the script's exit code is no status.
    String text =
        "##[error]AADSTS700024: Client assertion is not within its valid time range. Current"
            + " time: 2025-01-01T10:00:00.0000000Z, assertion valid from"
            + " 2025-01-01T09:00:00.0000000Z, expiry time of assertion"
            + " 2025-01-01T09:10:00.0000000Z. Trace ID: "
            + T
            + " Correlation ID: "
            + C
            + "\n##[error]Script failed with exit code: 1";
    assertRead(read(text), null, codes(700024), null, T, C, null);
  }

  @Test
  void azureIdentityPythonTracebackWithTheContentLine() {
    // azure-identity for Python raising ClientAuthenticationError: the traceback, the message
    // with the IDs on lines of their own and azure-core's "Content:" line with the body.
    String text =
        "Traceback (most recent call last):\n"
            + "  File \"/app/main.py\", line 12, in <module>\n"
            + "    token = credential.get_token(\"https://management.azure.com/.default\")\n"
            + "azure.core.exceptions.ClientAuthenticationError: Authentication failed:"
            + " AADSTS700016: Application with identifier '"
            + APP
            + "' was not found in the directory 'Contoso'.\n"
            + ids(T, C, "\n", "2025-02-03 04:05:06Z")
            + "\nContent: {\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016:"
            + " Application with identifier '"
            + APP
            + "' was not found in the directory 'Contoso'.\",\"error_codes\":[700016],"
            + "\"trace_id\":\""
            + T
            + "\",\"correlation_id\":\""
            + C
            + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=700016\"}";
    AadstsError e = read(text);
    assertRead(e, "unauthorized_client", codes(700016), null, T, C, "2025-02-03 04:05:06Z");
    assertEquals(Optional.of("https://login.microsoftonline.com/error?code=700016"), e.errorUri());
  }

  @Test
  void azureCliOnWindowsBrokerStatusAndErrorCodeAreNotEntras() {
    // Azure CLI signing in through WAM: the broker's status, its own error code and tag after
    // Entra's message; none of them is an OAuth error, an AADSTS code or an HTTP status.
    String text =
        "ERROR: AADSTS50076: Due to a configuration change made by your administrator, or because"
            + " you moved to a new location, you must use multi-factor authentication to access"
            + " '797f4846-ba00-4fd7-ba43-dac1f8f63013'. "
            + ids(T, C, " ", "2025-01-01 01:01:01Z")
            + ". Status: Response_Status.Status_InteractionRequired, Error code: 3399614476, Tag:"
            + " 557973645";
    assertRead(read(text), null, codes(50076), null, T, C, "2025-01-01 01:01:01Z");
  }

  @Test
  void azureDataFactoryActivityErrorWithItsOwnErrorCode() {
    // An Azure Data Factory / Synapse activity's error: its own "ErrorCode=...", the copy
    // service's "Error: <oauth error>, Error Message: <description>" and ADAL's inner exception
    // as ",Source=...,''Type=...,Message=...".
    String text =
        "ErrorCode=AdlsGen2OperationFailed,'Type=Microsoft.DataTransfer.Common.Shared."
            + "HybridDeliveryException,Message=ADLS Gen2 operation failed for: Failed to get access"
            + " token by using service principal. Error: invalid_client, Error Message:"
            + " AADSTS7000215: Invalid client secret provided.\\r\\n"
            + ids(T, C, "\\r\\n", "2025-01-01 01:01:01Z")
            + ".,Source=Microsoft.DataTransfer.ClientLibrary,''Type=Microsoft.IdentityModel.Clients."
            + "ActiveDirectory.AdalServiceException,Message=AADSTS7000215: Invalid client secret"
            + " provided.,Source=Microsoft.IdentityModel.Clients.ActiveDirectory,'";
    assertRead(read(text), "invalid_client", codes(7000215), null, T, C, "2025-01-01 01:01:01Z");
  }

  @Test
  void mssqlJdbcClientConnectionIdIsNoTraceId() {
    // Microsoft JDBC Driver for SQL Server: its ClientConnectionId glued to the end.
    String text =
        "com.microsoft.sqlserver.jdbc.SQLServerException: Failed to authenticate the user in"
            + " Active Directory (Authentication=ActiveDirectoryServicePrincipal). AADSTS7000215:"
            + " Invalid client secret provided. "
            + ids(T, C, " ", "2025-01-01 01:01:01Z")
            + " ClientConnectionId:"
            + OTHER;
    assertRead(read(text), null, codes(7000215), null, T, C, "2025-01-01 01:01:01Z");
  }

  @Test
  void azureFunctionsPythonWorkerResult() {
    // The Python worker of Azure Functions: "Result: Failure", "Exception: ..." and "Stack:".
    String text =
        "Result: Failure\n"
            + "Exception: ClientAuthenticationError: Authentication failed: AADSTS700016:"
            + " Application with identifier '"
            + APP
            + "' was not found in the directory 'Contoso'. "
            + ids(T, C, " ", "2025-01-01 01:01:01Z")
            + "\nStack:   File \"/azure-functions-host/workers/python/3.11/LINUX/X64/"
            + "azure_functions_worker/dispatcher.py\", line 479, in _handle__invocation_request";
    assertRead(read(text), null, codes(700016), null, T, C, "2025-01-01 01:01:01Z");
  }

  @Test
  void sqlClientManagedIdentityFailureWithAzureCoresStatusAndContent() {
    // Microsoft.Data.SqlClient over Azure.Identity: azure-core's "Status: 400 (Bad Request)" and
    // the "Content:" of IMDS' answer, no AADSTS code.
    String text =
        "Microsoft.Data.SqlClient.SqlException (0x80131904): Failed to authenticate the user in"
            + " Active Directory (Authentication=ActiveDirectoryManagedIdentity).\n"
            + "ManagedIdentityCredential authentication failed: Service request failed.\n"
            + "Status: 400 (Bad Request)\n\n"
            + "Content:\n"
            + "{\"error\":\"invalid_request\",\"error_description\":\"Identity not found\"}";
    assertRead(read(text), "invalid_request", codes(), 400, null, null, null);
  }

  // ---- Fixed: console gutters of wrapped lines, ADAL's "Z:", HTML line breaks, msal-common's code
  // list, Graph's status line ----

  @Test
  void powerShell7ConciseViewWrapsTheMessageBehindItsGutter() {
    // PowerShell 7's ConciseView: the message under "Line |", wrapped at the console's width
    // with "     | " before each line, so a label's value and a timestamp's time move to the
    // next line. Format: Az.Accounts' Get-AzAccessToken and Connect-AzAccount under pwsh.
    String text =
        "Get-AzAccessToken: \n"
            + "Line |\n"
            + "   2 |  Get-AzAccessToken -ResourceUrl https://graph.microsoft.com\n"
            + "     |  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n"
            + "     | ClientSecretCredential authentication failed: AADSTS7000215: Invalid client"
            + " secret provided. Ensure the secret being sent in the\n"
            + "     | request is the client secret value, not the client secret ID, for a secret"
            + " added to app '"
            + APP
            + "'. Trace ID:\n"
            + "     | "
            + T
            + " Correlation ID:\n"
            + "     | "
            + C
            + " Timestamp: 2025-08-08\n"
            + "     | 08:08:08Z";
    assertRead(read(text), null, codes(7000215), null, T, C, "2025-08-08 08:08:08Z");
  }

  @Test
  void terraformDiagnosticWrapsTheMessageBehindItsBoxRule() {
    // Terraform's diagnostic box: "│ " before every line of the wrapped summary; a wrap after
    // "Trace ID:" and between the timestamp's date and time. Format: hashicorp/terraform-provider-
    // azurerm's Azure CLI authentication errors.
    String text =
        "╷\n"
            + "│ Error: building AzureRM Client: obtain subscription("
            + OTHER
            + ") from Azure CLI: parsing json result from the Azure CLI: waiting for the Azure CLI:"
            + " exit status 1: ERROR: AADSTS50173: The provided grant has expired due to it being"
            + " revoked, a fresh auth token is needed. Trace ID:\n"
            + "│ "
            + T
            + " Correlation ID: "
            + C
            + " Timestamp: 2025-01-02\n"
            + "│ 03:04:05Z\n"
            + "│ \n"
            + "│   with provider[\"registry.terraform.io/hashicorp/azurerm\"],\n"
            + "│   on main.tf line 10, in provider \"azurerm\":\n"
            + "│   10: provider \"azurerm\" {\n"
            + "│ \n"
            + "╵";
    assertRead(read(text), null, codes(50173), null, T, C, "2025-01-02 03:04:05Z");
  }

  @Test
  void aGutterOrADateAloneIsNotJoinedWithoutALineBreak() {
    // A bar on the label's own line is no gutter, and a date whose next line holds no time stays
    // a date.
    assertRead(
        read(
            "AADSTS50173: revoked. Trace ID: | " + T + " Timestamp: 2025-01-02\n     | 10 retries"),
        null,
        codes(50173),
        null,
        null,
        null,
        "2025-01-02");
    assertRead(
        read("AADSTS50173: revoked. Timestamp: 2025-01-02 | 03:04:05Z"),
        null,
        codes(50173),
        null,
        null,
        null,
        "2025-01-02");
  }

  @Test
  void aWrapInsideALabelBehindTheGutterKeepsTheLabel() {
    // The same consoles wrapping between a label's words: "Trace\n     | ID:".
    String text =
        "     | ClientSecretCredential authentication failed: AADSTS7000215: Invalid client secret"
            + " provided. Trace\n"
            + "     | ID: "
            + T
            + " Correlation\n"
            + "     | ID: "
            + C
            + " Timestamp: 2025-08-08 08:08:08Z";
    assertRead(read(text), null, codes(7000215), null, T, C, "2025-08-08 08:08:08Z");
    String boxed = "│ AADSTS7000215: Invalid. Trace\n│ ID: " + T + " Correlation\n│ ID: " + C;
    assertRead(read(boxed), null, codes(7000215), null, T, C, null);
    // A bar between the words on one line is no gutter: no label there.
    assertRead(
        read("AADSTS7000215: x. Trace | ID: " + T), null, codes(7000215), null, null, null, null);
  }

  @Test
  void adalDotnetAppendsItsInnerExceptionAfterTheTimestamp() {
    // ADAL.NET's AdalServiceException as Azure Stack Hub's readiness checker and Windows
    // PowerShell print it: the inner WebException's message right after the timestamp's "Z:".
    // Format: MicrosoftDocs/azure-stack-docs (azure-stack-validation-report, Invoke-
    // AzsRegistrationValidation).
    String text =
        "Checking Registration failed with: Retrieving TenantId for subscription "
            + OTHER
            + " using account admin@contoso.onmicrosoft.com failed with AADSTS50055: Force Change"
            + " Password.\n"
            + ids(T, C, "\n", "2025-10-22 11:16:56Z")
            + ": The remote server returned an error: (401) Unauthorized.\n";
    assertRead(read(text), null, codes(50055), 401, T, C, "2025-10-22 11:16:56Z");
  }

  @Test
  void htmlLineBreaksBetweenTheLabels() {
    // The same message in an HTML page or a Markdown table cell, "<br>" for each line break.
    // Format: MicrosoftDocs/azure-stack-docs (Azure Stack Edge troubleshooting table).
    String text =
        "|AADSTS50126: Invalid username or password.<br>"
            + ids(T, C, "<br>", "2025-11-15 09:21:57Z")
            + ": The remote server returned an error: (400) Bad Request.<br>At line:1 char:1 |";
    assertRead(read(text), null, codes(50126), 400, T, C, "2025-11-15 09:21:57Z");
    assertEquals(
        Optional.of("2025-11-15 09:21:57Z"),
        read("AADSTS50126: x.<br>Timestamp: 2025-11-15 09:21:57Z<br>At line:1").timestamp());
  }

  @Test
  void pyodbcErrorTupleWithLiteralEscapesBeforeTheCode() {
    // pyodbc's error as Python prints the tuple: the driver's message in a repr, its line breaks
    // written as \r\n right before "AADSTS". Format: the ODBC Driver for SQL Server's Entra
    // authentication errors ("Error code 0xCAA2000C; state 10").
    String text =
        "pyodbc.Error: ('FA004', \"[FA004] [Microsoft][ODBC Driver 18 for SQL Server][SQL"
            + " Server]Failed to authenticate the user 'app@contoso.com' in Active Directory"
            + " (Authentication option is 'ActiveDirectoryPassword').\\r\\nError code 0xCAA2000C;"
            + " state 10\\r\\nAADSTS50076: Due to a configuration change made by your"
            + " administrator, you must use multi-factor authentication. "
            + ids(T, C, " ", "2025-01-01 01:01:01Z")
            + " (0) (SQLDriverConnect)\")";
    assertRead(read(text), null, codes(50076), null, T, C, "2025-01-01 01:01:01Z");
    // A letter before the prefix that is no escape's still makes it part of a word.
    assertEquals(codes(), read("state 10 nAADSTS50076 xtAADSTS50077 \\qAADSTS50078").codes());
  }

  @Test
  void msalCommonPrefixListsEveryCodeOfTheBody() {
    // msal-common's ServerError message: the body's error_codes array as JavaScript joins it
    // ("70002,50012") before " - [timestamp]: ". Format: msal-common's ResponseHandler.
    String text =
        "ServerError: invalid_client: 70002,50012 - [2025-03-03 03:03:03Z]: AADSTS70002: Error"
            + " validating credentials. AADSTS50012: Client assertion contains an invalid"
            + " signature. "
            + ids(T, C, " ", "2025-03-03 03:03:03Z")
            + " - Correlation ID: "
            + C
            + " - Trace ID: "
            + T;
    assertRead(
        read(text), "invalid_client", codes(70002, 50012), null, T, C, "2025-03-03 03:03:03Z");
    // A list with a number too short for a code is not one: only the number before the marker.
    assertEquals(
        codes(50012, 70002),
        read("invalid_client: 12,50012 - [2025-03-03 03:03:03Z]: AADSTS70002: x").codes());
  }

  @Test
  void graphJavaServiceExceptionGivesTheStatusOfItsResponseLine() {
    // Microsoft Graph SDK for Java (v2-v5) GraphServiceException: Graph's error code and
    // message, the request, then the response's status line as "401 : Unauthorized". Graph's
    // error code is not an OAuth error. Format: microsoftgraph/msgraph-sdk-java #830 and
    // msgraph-sdk-java-auth #55.
    String text =
        "com.microsoft.graph.http.GraphServiceException: Error code: InvalidAuthenticationToken\n"
            + "Error message: Access token has expired or is not yet valid.\n\n"
            + "GET https://graph.microsoft.com/v1.0/me\n"
            + "SdkVersion : graph-java/v5.42.0\n\n\n"
            + "401 : Unauthorized\n"
            + "[...]\n\n"
            + "[Some information was truncated for brevity, enable debug logging for more details]";
    assertRead(read(text), null, codes(), 401, null, null, null);
  }

  @Test
  void aNumberBeforeASpacedColonIsAStatusOnlyWithItsOwnPhrase() {
    for (String text :
        new String[] {
          "at line 401 : Forbidden", // another status's phrase
          "retries 404 : Unauthorized", // not its phrase
          "x401 : Unauthorized", // the number does not stand alone
          "401 :Unauthorized", // not the spaced form
          "1401 : Unauthorized"
        }) {
      assertEquals(OptionalInt.empty(), read(text).httpStatus(), text);
    }
    assertEquals(OptionalInt.of(403), read("403 : Forbidden").httpStatus());
  }
}
