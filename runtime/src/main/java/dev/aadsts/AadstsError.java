package dev.aadsts;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An error response of the Microsoft Entra ID security token service, with every field of the wire
 * format, the HTTP status and {@code Retry-After} where known, and the raw text it was read from.
 *
 * <p>Get one from a response body with {@link #parse(String)}, from an exception message or log
 * line with {@link #fromMessage(String)}, from an authorization response (a redirect) with {@link
 * #fromRedirect(String)}, from a {@code WWW-Authenticate} challenge with {@link
 * #fromWwwAuthenticate(String)}, or from a caught exception with {@link
 * AadstsErrors#from(Throwable)}. Reading never throws: bad input gives what could be read, and the
 * raw text; input past {@link #MAX_INPUT_LENGTH} characters is read up to it.
 *
 * <p>Instances are immutable and compare by value. {@link #toString()} is safe to log: it leaves
 * out the description, the claims, the values of other fields and the raw text, which can hold
 * personal data, and escapes control characters in what it shows.
 */
public final class AadstsError implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many characters of an input are read (1 MiB): the bound on work for hostile input. */
  public static final int MAX_INPUT_LENGTH = 1 << 20;

  /** The OAuth error. */
  private String error;

  /** The description; for a message, see {@link #descriptionSpan}. */
  private String errorDescription;

  /** The codes, unmodifiable. */
  @SuppressWarnings("serial") // An unmodifiable view of an array's list: it serializes.
  private final List<Integer> codes;

  /** The sub-error. */
  private final SubError subError;

  /** The timestamp as sent. */
  private String timestamp;

  /** The trace ID. */
  private String traceId;

  /** The correlation ID. */
  private String correlationId;

  /** The error URI, http(s) only. */
  private final String errorUri;

  /** The claims as JSON text. */
  private final String claims;

  /** The claims as sent: base64 in a challenge. */
  private final String rawClaims;

  /** The HTTP status; 0 if unknown. */
  private final int httpStatus;

  /** The Retry-After delay. */
  private final Duration retryAfter;

  /** The text read, whole; never null. */
  private final String rawBody;

  /** The client library's credential. */
  private final String credential;

  /** The other fields, unmodifiable, in body order. */
  @SuppressWarnings("serial") // An unmodifiable view of a LinkedHashMap: it serializes.
  private final Map<String, String> extraFields;

  // Left in rawBody, copied when asked for (most callers ask for one or two fields, each copy as
  // large as its value): 1 + where a message's description starts, else 0, kept in
  // errorDescription once copied (racily, as String.hashCode); the others' spans, 0 if not left.
  private final transient long descriptionSpan;
  private final transient long errorSpan;
  private final transient long timestampSpan;
  private final transient long traceSpan;
  private final transient long correlationSpan;

  AadstsError(AadstsErrorBuilder b) {
    error = blankToNull(b.error);
    errorDescription = blankToNull(b.errorDescription);
    codes = b.codeList();
    subError = b.subError;
    timestamp = blankToNull(b.timestamp);
    traceId = blankToNull(b.traceId);
    correlationId = blankToNull(b.correlationId);
    errorUri = TextValues.httpUri(blankToNull(b.errorUri));
    claims = blankToNull(b.claims);
    rawClaims = blankToNull(b.rawClaims) != null ? b.rawClaims : claims;
    httpStatus = b.httpStatus;
    retryAfter = b.retryAfter;
    rawBody = b.rawBody;
    credential = blankToNull(b.credential);
    extraFields = b.extraFieldMap();
    descriptionSpan = errorDescription == null ? b.descriptionSpan : 0;
    errorSpan = error == null ? b.errorSpan : 0;
    timestampSpan = timestamp == null ? b.timestampSpan : 0;
    traceSpan = traceId == null ? b.traceSpan : 0;
    correlationSpan = correlationId == null ? b.correlationSpan : 0;
  }

  /**
   * Reads a token-endpoint error body, strict JSON or not (the package documentation lists the
   * shapes); text that is not a JSON object is read as by {@link #fromMessage(String)}.
   *
   * @param json the response body; may be null or anything
   * @return the error read, never null; empty but for {@link #rawBody()} if nothing was recognized
   */
  public static AadstsError parse(String json) {
    return ResponseReader.read(json, null, null, Clock.systemUTC());
  }

  /**
   * Reads a token-endpoint error body together with its HTTP status and headers.
   *
   * @param json the response body; may be null or anything
   * @param httpStatus the HTTP status code; values outside 100 to 599 count as unknown
   * @param headers the response headers, names in any case; may be null. {@code Retry-After} gives
   *     {@link #retryAfter()}; where the body lacks them, {@code x-ms-request-id} and {@code
   *     client-request-id} give the IDs, {@code WWW-Authenticate} the error and claims
   * @return the error read, never null
   */
  public static AadstsError parse(String json, int httpStatus, Map<String, List<String>> headers) {
    return ResponseReader.read(json, httpStatus, headers, Clock.systemUTC());
  }

  /**
   * Reads an exception message or log line, as the client libraries of Java, .NET, Python and
   * JavaScript print them (the package documentation lists the shapes): codes, OAuth error,
   * sub-error, HTTP status, IDs, timestamp, and a response body inside the text.
   *
   * @param text the message; may be null or anything
   * @return the error read, never null; its {@link #codes()} are empty if the text has none
   */
  public static AadstsError fromMessage(String text) {
    return MessageReader.read(text);
  }

  /**
   * Reads an OAuth authorization response: a redirect URI, query string, fragment or {@code
   * form_post} body. {@code state}, {@code code}, {@code id_token} and other parameters are not
   * read, so they stay out of the error and its {@code toString()}; only {@link #rawBody()} has
   * them.
   *
   * @param uriOrQuery the redirect; may be null or anything
   * @return the error read, never null; a success redirect ({@code code=...&state=...}) gives one
   *     without {@link #error()} and without {@link #codes()}
   */
  public static AadstsError fromRedirect(String uriOrQuery) {
    return RedirectReader.read(uriOrQuery);
  }

  /**
   * Reads an OAuth authorization response from the decoded parameters a servlet container hands
   * over ({@code request.getParameterMap()}): the first value of each name, as {@link
   * #fromRedirect(String)} reads them.
   *
   * @param parameters the parameters; may be null
   * @return the error read, never null; {@link #rawBody()} is empty
   */
  public static AadstsError fromRedirect(Map<String, String[]> parameters) {
    return RedirectReader.read(parameters);
  }

  /**
   * Reads a {@code WWW-Authenticate} value, one or more challenges, as a resource sends them for a
   * bad token or a claims challenge. {@link #claims()} is decoded to JSON, ready for MSAL4J's
   * {@code ClaimsRequest.formatAsClaimsRequest} or azure-identity's {@code
   * TokenRequestContext.setClaims}; {@code realm}, {@code authorization_uri}, {@code resource_id},
   * {@code client_id}, {@code nonce} and other parameters are {@link #extraFields()}.
   *
   * @param headerValue the header's value, without the {@code WWW-Authenticate:} name; may be null
   * @return the error read, never null; a challenge without an {@code error} gives one without
   *     {@link #error()}
   */
  public static AadstsError fromWwwAuthenticate(String headerValue) {
    return ChallengeReader.read(headerValue);
  }

  /**
   * Reads every {@code WWW-Authenticate} value of a response ({@code headers().allValues(name)}).
   *
   * @param headerValues the values, in order; may be null or hold nulls
   * @return the error read, never null; {@link #rawBody()} holds the values joined by {@code ", "}
   */
  public static AadstsError fromWwwAuthenticate(Iterable<String> headerValues) {
    return ChallengeReader.read(headerValues);
  }

  /** {@code text} cut to {@link #MAX_INPUT_LENGTH}; the empty string for null. */
  static String capped(String text) {
    String t = text == null ? "" : text;
    return t.length() <= MAX_INPUT_LENGTH ? t : t.substring(0, MAX_INPUT_LENGTH);
  }

  /**
   * @return the OAuth {@code error}, which Microsoft tells apps to branch on, or empty
   */
  public Optional<String> error() {
    return Optional.ofNullable(error != null ? error : TextSpans.copy(rawBody, errorSpan));
  }

  /**
   * @return the {@code error_description} as sent, meant for developers, or empty
   */
  public Optional<String> errorDescription() {
    String d = errorDescription;
    if (d == null && descriptionSpan != 0) {
      d = blankToNull(TextSpans.description(rawBody, descriptionSpan));
      errorDescription = d;
    }
    return Optional.ofNullable(d);
  }

  /**
   * @return every AADSTS code of the error, in order, without duplicates: those of {@code
   *     error_codes}, then those in the description; unmodifiable, at most 1,000
   */
  public List<Integer> codes() {
    return codes;
  }

  /**
   * @return the first of {@link #codes()}, or empty
   */
  public OptionalInt firstCode() {
    return codes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(codes.get(0));
  }

  /**
   * @return the {@code suberror}, which refines {@link #error()}, or empty
   */
  public Optional<SubError> subError() {
    return Optional.ofNullable(subError);
  }

  /**
   * @return the {@code timestamp} as sent (unparsed: logs elide or reformat it), or empty
   */
  public Optional<String> timestamp() {
    return Optional.ofNullable(
        timestamp != null ? timestamp : TextSpans.copy(rawBody, timestampSpan));
  }

  /**
   * @return the {@code trace_id} of the request, for Microsoft support, or empty
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId != null ? traceId : TextSpans.copy(rawBody, traceSpan));
  }

  /**
   * @return the {@code correlation_id} of the request, or empty
   */
  public Optional<String> correlationId() {
    return Optional.ofNullable(
        correlationId != null ? correlationId : TextSpans.copy(rawBody, correlationSpan));
  }

  /**
   * @return the {@code error_uri} (Microsoft's lookup page for the error) if http(s), or empty
   */
  public Optional<String> errorUri() {
    return Optional.ofNullable(errorUri);
  }

  /**
   * @return the {@code claims} challenge as JSON text (decoded from base64 in a challenge), ready
   *     for the next token request; or empty
   */
  public Optional<String> claims() {
    return Optional.ofNullable(claims);
  }

  /**
   * @return the {@code claims} exactly as sent (base64 in a challenge, JSON in a body), even when
   *     they did not decode and {@link #claims()} is empty; or empty
   */
  public Optional<String> rawClaims() {
    return Optional.ofNullable(rawClaims);
  }

  /**
   * @return the HTTP status of the response, or empty if unknown
   */
  public OptionalInt httpStatus() {
    return httpStatus == 0 ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /**
   * @return the {@code Retry-After} delay from when the error was read, at most one day; or empty
   *     if the header was absent or invalid
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * @return the whole text the error was read from (even past the cap), or the empty string
   */
  public String rawBody() {
    return rawBody;
  }

  /**
   * The credential that reported the error, where a client library's text names one: the {@code
   * ClientSecretCredential} or {@code ManagedIdentityCredential} of an azure-identity chain such as
   * {@code DefaultAzureCredential}, one failure per credential. See {@link
   * AadstsErrors#all(Throwable)}.
   *
   * @return the credential's class name as the library wrote it, or empty
   */
  public Optional<String> credential() {
    return Optional.ofNullable(credential);
  }

  /**
   * The body's other fields.
   *
   * @return the other fields ({@code password_change_url}, a challenge's {@code realm}...), strings
   *     decoded, other values as their JSON text, JSON nulls left out; unmodifiable, in order
   */
  public Map<String, String> extraFields() {
    return extraFields;
  }

  /**
   * Who has to act on this error, given the category of its code. Microsoft tells apps to branch on
   * {@code error} and {@code suberror}, so they decide first and the code refines what they leave
   * open; {@link Category} lists the rules in order.
   *
   * @param codeCategory the category of the error's code, or {@link Category#UNKNOWN}
   * @return the category, never null
   */
  public Category category(Category codeCategory) {
    Objects.requireNonNull(codeCategory, "codeCategory");
    return CategoryPolicy.of(this, codeCategory);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof AadstsError)) {
      return false;
    }
    AadstsError that = (AadstsError) o;
    return error().equals(that.error())
        && errorDescription().equals(that.errorDescription())
        && codes.equals(that.codes)
        && Objects.equals(subError, that.subError)
        && timestamp().equals(that.timestamp())
        && traceId().equals(that.traceId())
        && correlationId().equals(that.correlationId())
        && Objects.equals(errorUri, that.errorUri)
        && Objects.equals(claims, that.claims)
        && Objects.equals(rawClaims, that.rawClaims)
        && httpStatus == that.httpStatus
        && Objects.equals(retryAfter, that.retryAfter)
        && rawBody.equals(that.rawBody)
        && Objects.equals(credential, that.credential)
        && extraFields.equals(that.extraFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(error(), codes, httpStatus, retryAfter, rawBody);
  }

  /** A summary safe to log: escaped, capped, without description, claims or field values. */
  @Override
  public String toString() {
    return LogSafe.summary(this);
  }

  /**
   * @return this, with what it left in its raw text copied: the serial form it always had
   */
  private Object writeReplace() {
    error = error().orElse(null);
    errorDescription = errorDescription().orElse(null);
    timestamp = timestamp().orElse(null);
    traceId = traceId().orElse(null);
    correlationId = correlationId().orElse(null);
    return this;
  }

  private static String blankToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s;
  }
}
