/**
 * Typed Microsoft Entra ID errors: the {@link dev.aadsts.AadstsError} value, the {@link
 * dev.aadsts.Category} of who has to act, the exceptions by category, and the readers of every
 * shape in which an error reaches Java code.
 *
 * <h2>What the readers accept</h2>
 *
 * <p>Every reader walks its input once, never throws, keeps the raw text, and reads input past
 * {@link dev.aadsts.AadstsError#MAX_INPUT_LENGTH} characters up to that cap.
 *
 * <ul>
 *   <li>{@link dev.aadsts.AadstsError#parse(String) parse}: a token-endpoint body. JSON as Entra ID
 *       sends it in practice (raw line breaks in strings, {@code error_codes} as numbers or
 *       strings, a {@code claims} object or string), a Python dict repr (Python 2's {@code u'...'}
 *       strings too) or a Ruby hash. Codes come from {@code error_codes}, then the description,
 *       else other fields; a body cut short keeps the fields before the cut; text that is not a
 *       JSON object is read as a message, and so is an {@code error} that is a failure's text with
 *       an Entra error in it (a JSON log record, such as logrus writes with its fields sorted).
 *   <li>{@link dev.aadsts.AadstsError#fromMessage(String) fromMessage}: an exception message or log
 *       line as the client libraries of Java, .NET, Python and JavaScript print them. The OAuth
 *       error from {@code [x]} (Spring Security), {@code (x)} (azure-identity for Python), {@code
 *       ErrorCode: x}, {@code Error Code: x}, {@code V2Error: x} (MSAL.NET), {@code x: AADSTS...}
 *       (msal-node, also before its {@code 50173 - [time]:} prefix), {@code "x" "AADSTS..."}
 *       (golang.org/x/oauth2, its quotes escaped too, as in a logfmt value), {@code x (AADSTS...)}
 *       (openid-client for Node.js), a bare {@code x} line before the code (MSAL Python), {@code
 *       error=x} or {@code "error": "x"}; the HTTP status from {@code Status: 401}, {@code
 *       StatusCode: 400}, {@code status code 400}, {@code status code was 400}, {@code HTTP 401},
 *       {@code HTTP Error 401}, {@code HTTP/2 400} and other status lines, {@code (401)
 *       Unauthorized}, {@code 400 (Bad Request)}, {@code 401 Unauthorized} after a colon or in
 *       backticks, {@code RESPONSE 400} (azidentity for Go, with or without a colon), {@code 401
 *       Client Error:} (Python requests), {@code HTTP response code: 401} (Java's
 *       HttpURLConnection), {@code [400 Bad Request] during} or {@code [401] during} (Feign),
 *       {@code Response{protocol=h2, code=401, ...}} (OkHttp; no other {@code code=} is a status),
 *       {@code Error with code: 500 Domain: ADHTTPErrorCodeDomain} (ADAL for iOS and macOS; its
 *       other domains' codes are not statuses), {@code MSALHTTPResponseCodeKey=400} (MSAL for iOS
 *       and macOS, with {@code MSALOAuthErrorKey=x} for the error) or {@code Http status code:
 *       BadRequest}; the {@code error_uri} from {@code error_uri: https://...}, {@code Error URI:},
 *       {@code "error_uri":"..."} outside a body; trace and correlation IDs (GUIDs only:
 *       placeholders such as {@code <uuid>} are not IDs, and a GUID in the text beats a placeholder
 *       in a field), a timestamp in Entra's own form ({@code 2024-05-01 10:00:00Z}) before one in
 *       another (a log record's {@code @timestamp}), the sign-in page's {@code Request Id} as the
 *       trace ID when no trace ID is given, and the correlation ID of an MSAL.NET log header
 *       ({@code [time - <guid>]}) when no label gives one; a redirect URL inside the text ({@code
 *       ?error=...}), percent-decoded as {@code fromRedirect} reads it; a response body inside the
 *       text, plain, backslash-escaped once or twice, HTML-entity-encoded or cut short (read as
 *       {@code parse} reads a body: its fields, and the codes, IDs and labels of its description;
 *       the rest of its text is not searched again); labels and values split by a line break and
 *       indentation. Only numbers written as {@code AADSTS<number>}, with a capital {@code A} first
 *       as every tool prints it, or in MSAL.NET's {@code 7000215 - [timestamp]:} prefix are codes;
 *       0 is never one.
 *   <li>{@link dev.aadsts.AadstsError#fromRedirect(String) fromRedirect}: an authorization response
 *       as a full redirect URI, a query string with or without {@code ?}, a fragment (implicit and
 *       hybrid flows) or a {@code form_post} body: {@code error}, {@code error_description}, {@code
 *       error_uri}, {@code error_codes}, {@code suberror} (or {@code error_subcode}, Entra's {@code
 *       cancel}) and {@code claims}, UTF-8 percent-decoded with {@code +} as a space (a broken
 *       escape stays as written), and what the description holds. {@code state}, {@code code},
 *       {@code id_token} and other parameters are not read.
 *   <li>{@link dev.aadsts.AadstsError#fromWwwAuthenticate(String) fromWwwAuthenticate}: RFC 9110
 *       challenges, several per value, quoted strings with escapes, token68, parameters separated
 *       by blanks rather than commas (Azure Storage's {@code Bearer authorization_uri=...
 *       resource_id=...}), a value copied with its {@code WWW-Authenticate:} name. The first
 *       challenge with an {@code error} gives the error, description, and {@code claims} decoded
 *       from base64 to JSON (the raw value stays in {@link dev.aadsts.AadstsError#rawClaims()
 *       rawClaims}); its other parameters become extra fields.
 * </ul>
 */
package dev.aadsts;
