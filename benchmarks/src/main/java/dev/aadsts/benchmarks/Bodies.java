package dev.aadsts.benchmarks;

/**
 * Token-endpoint error bodies and exception messages of the shapes Entra ID and the Microsoft
 * client libraries produce. IDs are made up; texts follow the real ones.
 */
final class Bodies {
  private Bodies() {}

  private static final String TRACE = "0f8a6f0e-4d3c-4b5e-9c3a-1b2c3d4e5f60";
  private static final String CORRELATION = "7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
  private static final String TIME = "2025-05-01 12:34:56Z";

  /** {@code invalid_grant}, AADSTS50126, on one line, as Entra ID sends it. */
  static final String ONE_LINE =
      "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating"
          + " credentials due to invalid username or password. Trace ID: "
          + TRACE
          + " Correlation ID: "
          + CORRELATION
          + " Timestamp: "
          + TIME
          + "\",\"error_codes\":[50126],"
          + "\"timestamp\":\""
          + TIME
          + "\",\"trace_id\":\""
          + TRACE
          + "\",\"correlation_id\":\""
          + CORRELATION
          + "\",\"error_uri\":\"https://login.microsoftonline.com/error?code=50126\"}";

  /** {@code invalid_client}, AADSTS7000215, pretty-printed as by a logging proxy, with \r\n. */
  static final String PRETTY =
      "{\n"
          + "  \"error\": \"invalid_client\",\n"
          + "  \"error_description\": \"AADSTS7000215: Invalid client secret provided. Ensure the"
          + " secret being sent in the request is the client secret value, not the client secret ID,"
          + " for a secret added to app '11111111-2222-3333-4444-555555555555'.\\r\\nTrace ID: "
          + TRACE
          + "\\r\\nCorrelation ID: "
          + CORRELATION
          + "\\r\\nTimestamp: "
          + TIME
          + "\",\n"
          + "  \"error_codes\": [\n    7000215\n  ],\n"
          + "  \"timestamp\": \""
          + TIME
          + "\",\n"
          + "  \"trace_id\": \""
          + TRACE
          + "\",\n"
          + "  \"correlation_id\": \""
          + CORRELATION
          + "\",\n"
          + "  \"error_uri\": \"https://login.microsoftonline.com/error?code=7000215\"\n"
          + "}\n";

  /** {@code unauthorized_client}, with {@code error_codes} as strings (gateways re-encode them). */
  static final String STRING_CODES =
      "{\"error\":\"unauthorized_client\",\"error_description\":\"AADSTS700016: Application with"
          + " identifier '11111111-2222-3333-4444-555555555555' was not found in the directory"
          + " 'contoso.onmicrosoft.com'. This can happen if the application has not been installed"
          + " by the administrator of the tenant or consented to by any user in the tenant. You"
          + " might have sent your authentication request to the wrong tenant.\\r\\nTrace ID: "
          + TRACE
          + "\\r\\nCorrelation ID: "
          + CORRELATION
          + "\\r\\nTimestamp: "
          + TIME
          + "\",\"error_codes\":[\"700016\"],\"timestamp\":\""
          + TIME
          + "\",\"trace_id\":\""
          + TRACE
          + "\",\"correlation_id\":\""
          + CORRELATION
          + "\"}";

  /** {@code interaction_required}, AADSTS50076 with a sub-error and a claims challenge. */
  static final String CLAIMS =
      "{\"error\":\"interaction_required\",\"error_description\":\"AADSTS50076: Due to a"
          + " configuration change made by your administrator, or because you moved to a new"
          + " location, you must use multi-factor authentication to access"
          + " '00000003-0000-0000-c000-000000000000'.\\r\\nTrace ID: "
          + TRACE
          + "\\r\\nCorrelation ID: "
          + CORRELATION
          + "\\r\\nTimestamp: "
          + TIME
          + "\",\"error_codes\":[50076],\"timestamp\":\""
          + TIME
          + "\",\"trace_id\":\""
          + TRACE
          + "\",\"correlation_id\":\""
          + CORRELATION
          + "\",\"error_uri\":"
          + "\"https://login.microsoftonline.com/error?code=50076\",\"suberror\":\"basic_action\","
          + "\"claims\":\"{\\\"access_token\\\":{\\\"capolids\\\":{\\\"essential\\\":true,"
          + "\\\"values\\\":[\\\"01234567-89ab-cdef-0123-456789abcdef\\\"]}}}\"}";

  /** {@code invalid_grant}, AADSTS65001 and a nested AADSTS code, with a long description. */
  static final String LONG_DESCRIPTION;

  static {
    StringBuilder d =
        new StringBuilder(
            "AADSTS65001: The user or administrator has not consented"
                + " to use the application with ID '11111111-2222-3333-4444-555555555555' named"
                + " 'Contoso Reporting'. Send an interactive authorization request for this user and"
                + " resource.");
    // Entra ID appends the failing policy evaluation; 1.5 KB of it.
    for (int i = 0; d.length() < 1500; i++) {
      d.append(" Policy evaluation ")
          .append(i)
          .append(
              ": scope 'https://graph.microsoft.com/.default' requires admin consent in tenant"
                  + " '99999999-8888-7777-6666-555555555555'.");
    }
    d.append(" Inner error: AADSTS90094: Admin consent is required.\\r\\nTrace ID: ")
        .append(TRACE)
        .append("\\r\\nCorrelation ID: ")
        .append(CORRELATION)
        .append("\\r\\nTimestamp: ")
        .append(TIME);
    LONG_DESCRIPTION =
        "{\"error\":\"invalid_grant\",\"error_description\":\""
            + d
            + "\",\"error_codes\":[65001,90094],\"timestamp\":\""
            + TIME
            + "\",\"trace_id\":\""
            + TRACE
            + "\",\"correlation_id\":\""
            + CORRELATION
            + "\",\"suberror\":\"consent_required\","
            + "\"error_uri\":\"https://login.microsoftonline.com/error?code=65001\"}";
  }

  static String body(String shape) {
    switch (shape) {
      case "oneLine":
        return ONE_LINE;
      case "pretty":
        return PRETTY;
      case "stringCodes":
        return STRING_CODES;
      case "claims":
        return CLAIMS;
      case "longDescription":
        return LONG_DESCRIPTION;
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  /** MSAL4J's {@code MsalServiceException} message: the description, line breaks as sent. */
  static final String MSAL4J =
      "AADSTS50076: Due to a configuration change made by your administrator, or because you moved"
          + " to a new location, you must use multi-factor authentication to access"
          + " '00000003-0000-0000-c000-000000000000'.\r\nTrace ID: "
          + TRACE
          + "\r\nCorrelation ID: "
          + CORRELATION
          + "\r\nTimestamp: "
          + TIME;

  /** MSAL.NET's prefix form, in a log line with other numbers. */
  static final String MSAL_NET =
      "2025-05-01T12:34:56.789Z ERROR [pool-3-thread-7] Token acquisition failed: 7000215 - ["
          + TIME
          + "]: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent"
          + " in the request is the client secret value, not the client secret ID. Trace ID: "
          + TRACE
          + " Correlation ID: "
          + CORRELATION
          + " Timestamp: "
          + TIME;

  /** The Azure CLI: literal backslash-r-backslash-n escapes, wrapped in its own text. */
  static final String AZURE_CLI =
      "ERROR: AADSTS700082: The refresh token has expired due to inactivity. The token was issued"
          + " on 2025-01-01T00:00:00.0000000Z and was inactive for 90.00:00:00.\\r\\nTrace ID: "
          + TRACE
          + "\\r\\nCorrelation ID: "
          + CORRELATION
          + "\\r\\nTimestamp: "
          + TIME
          + "\nInteractive authentication is needed. Please run:\naz login --scope"
          + " https://management.core.windows.net//.default";

  /** A stack trace with no AADSTS code but many numbers and GUIDs: must give none. */
  static final String NO_CODE;

  static {
    StringBuilder s =
        new StringBuilder(
            "java.net.SocketTimeoutException: Read timed out after"
                + " 30000 ms (request 3fa85f64-5717-4562-b3fc-2c963f66afa6)");
    for (int i = 0; i < 20; i++) {
      s.append("\n\tat com.example.auth.TokenClient.acquire(TokenClient.java:")
          .append(100 + i)
          .append(')');
    }
    NO_CODE = s.toString();
  }

  /** Spring Security's {@code OAuth2AuthenticationException}: the error in brackets. */
  static final String SPRING =
      "org.springframework.security.oauth2.core.OAuth2AuthenticationException: [invalid_grant]"
          + " AADSTS70008: The provided authorization code or refresh token has expired due to"
          + " inactivity. Send a new interactive authorization request for this user and resource."
          + " Trace ID: "
          + TRACE
          + " Correlation ID: "
          + CORRELATION
          + " Timestamp: "
          + TIME;

  /** MSAL.NET's {@code MsalServiceException.ToString()}: labels, status and the response body. */
  static final String MSAL_NET_TO_STRING =
      "MSAL.NetCore.4.61.3.0.MsalUiRequiredException:\n\tErrorCode: invalid_grant\n"
          + "Microsoft.Identity.Client.MsalUiRequiredException: AADSTS50076: Due to a configuration"
          + " change made by your administrator, you must use multi-factor authentication.\r\n"
          + "Trace ID: "
          + TRACE
          + "\r\nCorrelation ID: "
          + CORRELATION
          + "\r\nTimestamp: "
          + TIME
          + "\n\tStatusCode: 400\n\tResponseBody: "
          + CLAIMS
          + "\n\tHeaders: Cache-Control: no-store, no-cache\n";

  /** A Python client's log: the body as a dict repr after an azure-identity prefix. */
  static final String PYTHON_DICT =
      "azure.core.exceptions.ClientAuthenticationError: (invalid_client) AADSTS7000215: Invalid"
          + " client secret provided. {'error': 'invalid_client', 'error_description':"
          + " 'AADSTS7000215: Invalid client secret provided. Trace ID: "
          + TRACE
          + " Correlation ID: "
          + CORRELATION
          + " Timestamp: "
          + TIME
          + "', 'error_codes': [7000215], 'timestamp': '"
          + TIME
          + "', 'trace_id': '"
          + TRACE
          + "', 'correlation_id': '"
          + CORRELATION
          + "'}";

  /** A log line holding the body as an escaped JSON string (a structured logger's field). */
  static final String ESCAPED_BODY =
      "{\"level\":\"error\",\"msg\":\"token request failed: HTTP 401 "
          + ONE_LINE.replace("\\", "\\\\").replace("\"", "\\\"")
          + "\"}";

  /** An error page showing the body with HTML entities. */
  static final String HTML_ENTITIES =
      "<html><body><h1>Sign-in failed</h1><pre>"
          + ONE_LINE.replace("\"", "&quot;")
          + "</pre></body></html>";

  /** MSAL4J's message re-wrapped at 60 columns with indentation, as a log formatter does. */
  static final String REWRAPPED =
      "AADSTS50076: Due to a configuration change made by your\n    administrator, or because you"
          + " moved to a new location, you\n    must use multi-factor authentication to access\n"
          + "    '00000003-0000-0000-c000-000000000000'. Trace\n    ID: "
          + TRACE
          + " Correlation ID:\n    "
          + CORRELATION
          + " Timestamp:\n    "
          + TIME;

  static String message(String shape) {
    switch (shape) {
      case "msal4j":
        return MSAL4J;
      case "msalNet":
        return MSAL_NET;
      case "azureCli":
        return AZURE_CLI;
      case "noCode":
        return NO_CODE;
      case "spring":
        return SPRING;
      case "msalNetToString":
        return MSAL_NET_TO_STRING;
      case "pythonDict":
        return PYTHON_DICT;
      case "escapedBody":
        return ESCAPED_BODY;
      case "htmlEntities":
        return HTML_ENTITIES;
      case "rewrapped":
        return REWRAPPED;
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  /** An error redirect as Entra ID sends it to the redirect URI: long state, encoded CR/LF. */
  static final String REDIRECT =
      "https://app.contoso.example/signin-oidc?error=access_denied&error_description=AADSTS65004"
          + "%3a+User+declined+to+consent+to+access+the+app.%0d%0aTrace+ID%3a+"
          + TRACE
          + "%0d%0aCorrelation+ID%3a+"
          + CORRELATION
          + "%0d%0aTimestamp%3a+2025-05-01+12%3a34%3a56Z"
          + "&error_uri=https%3a%2f%2flogin.microsoftonline.com%2ferror%3fcode%3d65004"
          + "&state=CfDJ8Ab3xYz0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-";

  /** A form_post body of a hybrid-flow error, with a session state. */
  static final String FORM_POST =
      "error=interaction_required&error_description=AADSTS50076%3a+Due+to+a+configuration+change"
          + "+made+by+your+administrator%2c+you+must+use+multi-factor+authentication.%0d%0aTrace+ID"
          + "%3a+"
          + TRACE
          + "%0d%0aCorrelation+ID%3a+"
          + CORRELATION
          + "%0d%0aTimestamp%3a+2025-05-01+12%3a34%3a56Z&error_codes=%5b50076%5d"
          + "&suberror=basic_action&state=OpenIdConnect.AuthenticationProperties%3dAQAAANCMnd8BF"
          + "&session_state=7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";

  /** A success redirect: an authorization code, no error. */
  static final String SUCCESS_REDIRECT =
      "https://app.contoso.example/signin-oidc?code=0.AXoAhTwXq1bZ2E2uQ4x3mN5b6c7d8e9f0g1h2i3j4k5l6"
          + "m7n8o9p0q1r2s3t4u5v6w7x8y9z0ABCDEFGHIJKLMNOPQRSTUVWXYZ&state=CfDJ8Ab3xYz0123456789"
          + "&session_state=7b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";

  static String redirect(String shape) {
    switch (shape) {
      case "query":
        return REDIRECT;
      case "formPost":
        return FORM_POST;
      case "success":
        return SUCCESS_REDIRECT;
      default:
        throw new IllegalArgumentException(shape);
    }
  }

  private static final String CLAIMS_BASE64 =
      "eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTcwNDA2NzIwMCJ9fX0=";

  /** Microsoft Graph's claims challenge (Continuous Access Evaluation). */
  static final String CAE_CHALLENGE =
      "Bearer realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
          + "authorize\", client_id=\"00000003-0000-0000-c000-000000000000\","
          + " error=\"insufficient_claims\", claims=\""
          + CLAIMS_BASE64
          + "\"";

  /** A PoP challenge before the Bearer one, in one header value. */
  static final String POP_AND_BEARER =
      "PoP realm=\"\", authorization_uri=\"https://login.microsoftonline.com/common/oauth2/"
          + "authorize\", client_id=\"00000003-0000-0000-c000-000000000000\","
          + " nonce=\"eyJ0eXAiOiJKV1QiLCJhbGciOiJub25lIn0\", "
          + CAE_CHALLENGE;

  /** An invalid token, with a description that carries a code. */
  static final String INVALID_TOKEN =
      "Bearer error=\"invalid_token\", error_description=\"AADSTS500133: Assertion is not within"
          + " its valid time range.\", resource_id=\"https://graph.microsoft.com\"";

  static String challenge(String shape) {
    switch (shape) {
      case "cae":
        return CAE_CHALLENGE;
      case "popAndBearer":
        return POP_AND_BEARER;
      case "invalidToken":
        return INVALID_TOKEN;
      default:
        throw new IllegalArgumentException(shape);
    }
  }
}
