package dev.aadsts;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * An error response of the Microsoft Entra ID security token service, with every field of the wire
 * format, the HTTP status and {@code Retry-After} where known, and the raw text it was read from.
 *
 * <p>Get one from a response body with {@link #parse(String)}, from an exception message or log
 * line with {@link #fromMessage(String)}, or from a caught exception with {@link
 * AadstsErrors#from(Throwable)}. Reading never throws: malformed, truncated or foreign input gives
 * an error with what could be read, and the raw text. Inputs longer than {@link #MAX_INPUT_LENGTH}
 * characters are read up to that length.
 *
 * <p>Instances are immutable and compare by value. {@link #toString()} is safe to log: it leaves
 * out the description, the claims, the values of other fields and the raw text, which can hold
 * personal data.
 */
public final class AadstsError implements Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * How many characters of an input are read: 1,048,576 (1 MiB). Error bodies and messages are a
   * few kilobytes; the cap bounds the work on hostile input. {@link #rawBody()} still holds the
   * whole input.
   */
  public static final int MAX_INPUT_LENGTH = 1 << 20;

  private static final Set<String> INTERACTION_ERRORS =
      setOf("interaction_required", "login_required", "consent_required");
  // The sub-errors of invalid_grant that a new interactive sign-in resolves. MSAL treats
  // client_mismatch and protection_policy_required differently: a broker, not the user, acts.
  private static final Set<SubError> INTERACTION_SUB_ERRORS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              Arrays.asList(
                  SubError.BASIC_ACTION,
                  SubError.ADDITIONAL_ACTION,
                  SubError.MESSAGE_ONLY,
                  SubError.CONSENT_REQUIRED,
                  SubError.USER_PASSWORD_EXPIRED,
                  SubError.TOKEN_EXPIRED,
                  SubError.BAD_TOKEN)));
  private static final Set<String> CLIENT_CONFIGURATION_ERRORS =
      setOf(
          "invalid_request",
          "invalid_client",
          "unauthorized_client",
          "invalid_scope",
          "invalid_resource",
          "unsupported_grant_type",
          "unsupported_response_type");

  /** The OAuth {@code error}, or null. */
  private final String error;

  /** The {@code error_description}, or null. */
  private final String errorDescription;

  /** The AADSTS codes, unmodifiable. */
  @SuppressWarnings("serial") // An unmodifiable view of an ArrayList: it serializes.
  private final List<Integer> codes;

  /** The {@code suberror}, or null. */
  private final SubError subError;

  /** The {@code timestamp} as sent, or null. */
  private final String timestamp;

  /** The {@code trace_id}, or null. */
  private final String traceId;

  /** The {@code correlation_id}, or null. */
  private final String correlationId;

  /** The {@code error_uri}, or null. */
  private final String errorUri;

  /** The {@code claims} JSON text, or null. */
  private final String claims;

  /** The HTTP status, or null. */
  private final Integer httpStatus;

  /** The {@code Retry-After} delay, or null. */
  private final Duration retryAfter;

  /** The text read, whole; never null. */
  private final String rawBody;

  /** The client-library credential the error came from, or null. */
  private final String credential;

  /** The other fields, unmodifiable, in body order. */
  @SuppressWarnings("serial") // An unmodifiable view of a LinkedHashMap: it serializes.
  private final Map<String, String> extraFields;

  private AadstsError(Builder b) {
    error = blankToNull(b.error);
    errorDescription = blankToNull(b.errorDescription);
    codes = Collections.unmodifiableList(new ArrayList<>(b.codes));
    subError = b.subError;
    timestamp = blankToNull(b.timestamp);
    traceId = blankToNull(b.traceId);
    correlationId = blankToNull(b.correlationId);
    errorUri = blankToNull(b.errorUri);
    claims = blankToNull(b.claims);
    httpStatus = b.httpStatus;
    retryAfter = b.retryAfter;
    rawBody = b.rawBody;
    credential = blankToNull(b.credential);
    extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraFields));
  }

  /**
   * Reads a token-endpoint error body.
   *
   * <p>Accepts what Entra ID sends in practice, not only strict JSON: raw line breaks inside
   * strings, {@code error_codes} as numbers, strings or one string such as {@code "[50011]"}, a
   * {@code claims} object or string, missing fields. Codes come from {@code error_codes}, then from
   * the description text; if neither has one, from the values of other fields. A body cut short
   * keeps the fields before the cut; text that is not a JSON object is read as by {@link
   * #fromMessage(String)}.
   *
   * @param json the response body; may be null or anything
   * @return the error read, never null; empty but for {@link #rawBody()} if nothing was recognized
   */
  public static AadstsError parse(String json) {
    return read(json, null, null, Clock.systemUTC());
  }

  /**
   * Reads a token-endpoint error body together with its HTTP status and headers.
   *
   * @param json the response body; may be null or anything
   * @param httpStatus the HTTP status code; values outside 100 to 599 count as unknown
   * @param headers the response headers, names in any case; may be null. {@code Retry-After}
   *     (seconds or an HTTP-date) gives {@link #retryAfter()}; {@code x-ms-request-id} and {@code
   *     client-request-id} give the trace and correlation IDs when the body has none
   * @return the error read, never null
   */
  public static AadstsError parse(String json, int httpStatus, Map<String, List<String>> headers) {
    return read(json, httpStatus, headers, Clock.systemUTC());
  }

  // The clock makes an HTTP-date Retry-After testable.
  static AadstsError read(
      String json, Integer httpStatus, Map<String, List<String>> headers, Clock clock) {
    Builder builder = new Builder(json);
    String text = capped(json);
    int object = JsonBodyReader.objectStart(text);
    if (object < 0) {
      MessageReader.read(text, builder, true);
    } else if (JsonBodyReader.read(text.substring(object), builder)) {
      if (builder.errorDescription != null) {
        MessageReader.read(builder.errorDescription, builder, false);
      }
      if (builder.codes.isEmpty()) {
        // Gateways and other services wrap the description in fields of their own.
        for (String value : builder.extraFields.values()) {
          CodeScanner.scan(value, builder::addCode);
        }
      }
    } else {
      // Cut short or malformed: the text scan recovers codes, IDs and a partial description.
      MessageReader.read(text, builder, false);
    }
    if (httpStatus != null && httpStatus >= 100 && httpStatus <= 599) {
      builder.httpStatus = httpStatus;
    }
    HttpHeaders.read(headers, clock.instant(), builder);
    return builder.build();
  }

  /**
   * Reads an exception message or log line, as MSAL4J, MSAL.NET, msal-node and the Azure CLI print
   * them: {@code AADSTS7000215: ...} with {@code Trace ID:}, {@code Correlation ID:} and {@code
   * Timestamp:} on following lines or the same line, with literal {@code \r\n} escapes, wrapped in
   * other text, or after a {@code 7000215 - [timestamp]: } prefix. A response body inside the text
   * is read too.
   *
   * <p>Only numbers written as {@code AADSTS<number>} (or in such a prefix) are codes: {@code
   * AADB2C90085}, GUIDs and timestamps give none.
   *
   * @param text the message; may be null or anything
   * @return the error read, never null; its {@link #codes()} are empty if the text has none
   */
  public static AadstsError fromMessage(String text) {
    Builder builder = new Builder(text);
    MessageReader.read(capped(text), builder, true);
    return builder.build();
  }

  /** {@code text} cut to {@link #MAX_INPUT_LENGTH}; the empty string for null. */
  static String capped(String text) {
    if (text == null) {
      return "";
    }
    return text.length() <= MAX_INPUT_LENGTH ? text : text.substring(0, MAX_INPUT_LENGTH);
  }

  /**
   * The OAuth {@code error}, which Microsoft tells apps to branch on.
   *
   * @return for example {@code invalid_grant}, or empty if the response had none
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The {@code error_description}, meant for developers, not for branching.
   *
   * @return the description as sent, or empty
   */
  public Optional<String> errorDescription() {
    return Optional.ofNullable(errorDescription);
  }

  /**
   * Every AADSTS code number of the error, in order and without duplicates: those of {@code
   * error_codes}, then those written in the description.
   *
   * @return an unmodifiable list, empty if there are none; at most the first 1,000
   */
  public List<Integer> codes() {
    return codes;
  }

  /**
   * The first code: the one {@code error_codes} leads with, else the first in the description.
   *
   * @return the first of {@link #codes()}, or empty
   */
  public OptionalInt firstCode() {
    return codes.isEmpty() ? OptionalInt.empty() : OptionalInt.of(codes.get(0));
  }

  /**
   * The {@code suberror}, which refines {@link #error()}.
   *
   * @return the sub-error, or empty
   */
  public Optional<SubError> subError() {
    return Optional.ofNullable(subError);
  }

  /**
   * The {@code timestamp}, as sent: Entra ID writes {@code 2016-01-09 02:02:12Z}, but it is kept
   * unparsed because logs elide or reformat it.
   *
   * @return the timestamp text, or empty
   */
  public Optional<String> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  /**
   * The {@code trace_id} of the request, for Microsoft support.
   *
   * @return the ID as sent, or empty
   */
  public Optional<String> traceId() {
    return Optional.ofNullable(traceId);
  }

  /**
   * The {@code correlation_id} of the request, for diagnostics across components.
   *
   * @return the ID as sent, or empty
   */
  public Optional<String> correlationId() {
    return Optional.ofNullable(correlationId);
  }

  /**
   * The {@code error_uri}: Microsoft's lookup page for the error, for developers.
   *
   * @return the address as sent, or empty
   */
  public Optional<String> errorUri() {
    return Optional.ofNullable(errorUri);
  }

  /**
   * The {@code claims} challenge to pass to the next interactive request.
   *
   * @return the claims JSON text (from a string or an object in the body), or empty
   */
  public Optional<String> claims() {
    return Optional.ofNullable(claims);
  }

  /**
   * The HTTP status of the response, where known.
   *
   * @return the status, or empty
   */
  public OptionalInt httpStatus() {
    return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /**
   * How long to wait before retrying, from the {@code Retry-After} header.
   *
   * @return the delay from when the error was read, or empty if the header was absent or invalid
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * The text the error was read from, whole, even past {@link #MAX_INPUT_LENGTH}.
   *
   * @return the body or message, or the empty string if there was none
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
   * The body's other fields, such as {@code password_change_url}: strings as decoded, other values
   * as their JSON text. Fields whose value is JSON null are left out.
   *
   * @return an unmodifiable map in the body's order; at most the first 1,000 fields
   */
  public Map<String, String> extraFields() {
    return extraFields;
  }

  /**
   * Who has to act on this error, given the category of its code.
   *
   * <p>Microsoft tells apps to branch on {@code error} and {@code suberror}, so they decide first;
   * the code refines what they leave open:
   *
   * <ol>
   *   <li>{@link Category#INTERACTION_REQUIRED} for {@code interaction_required}, {@code
   *       login_required} and {@code consent_required}, and for {@code invalid_grant} with the
   *       sub-error {@code basic_action}, {@code additional_action}, {@code message_only}, {@code
   *       consent_required}, {@code user_password_expired}, {@code token_expired} or {@code
   *       bad_token}. Never with the sub-errors {@code client_mismatch} or {@code
   *       protection_policy_required}, which a broker resolves, not the user.
   *   <li>{@link Category#TRANSIENT} for {@code temporarily_unavailable} and HTTP 408, 429 and 5xx.
   *   <li>{@code codeCategory}, unless it is {@link Category#UNKNOWN}.
   *   <li>From the sub-error alone: {@code protection_policy_required} and {@code
   *       device_authentication_failed} are {@link Category#TENANT_POLICY}, {@code client_mismatch}
   *       is {@link Category#CLIENT_CONFIGURATION}.
   *   <li>From the error alone: {@code invalid_request}, {@code invalid_client}, {@code
   *       unauthorized_client}, {@code invalid_scope}, {@code invalid_resource}, {@code
   *       unsupported_grant_type} and {@code unsupported_response_type} are {@link
   *       Category#CLIENT_CONFIGURATION}; {@code invalid_grant}, {@code user_password_expired} and
   *       {@code expired_token} (a device code that expired) are {@link
   *       Category#INTERACTION_REQUIRED}, as MSAL treats them; {@code access_denied} is {@link
   *       Category#TENANT_POLICY}; {@code authorization_declined} is {@link Category#USER_ERROR};
   *       {@code authorization_pending} and {@code slow_down} (device code polling) are {@link
   *       Category#TRANSIENT}; {@code server_error} is {@link Category#SERVICE}.
   *   <li>Otherwise {@link Category#UNKNOWN}.
   * </ol>
   *
   * @param codeCategory the category of the error's code, or {@link Category#UNKNOWN}
   * @return the category, never null
   */
  public Category category(Category codeCategory) {
    Objects.requireNonNull(codeCategory, "codeCategory");
    String err = error == null ? "" : error.trim().toLowerCase(Locale.ROOT);
    boolean brokerSubError =
        subError == SubError.CLIENT_MISMATCH || subError == SubError.PROTECTION_POLICY_REQUIRED;
    if (!brokerSubError
        && (INTERACTION_ERRORS.contains(err)
            || (err.equals("invalid_grant") && INTERACTION_SUB_ERRORS.contains(subError)))) {
      return Category.INTERACTION_REQUIRED;
    }
    if (err.equals("temporarily_unavailable") || isTransientStatus()) {
      return Category.TRANSIENT;
    }
    if (codeCategory != Category.UNKNOWN) {
      return codeCategory;
    }
    if (subError == SubError.PROTECTION_POLICY_REQUIRED
        || subError == SubError.DEVICE_AUTHENTICATION_FAILED) {
      return Category.TENANT_POLICY;
    }
    if (subError == SubError.CLIENT_MISMATCH) {
      return Category.CLIENT_CONFIGURATION;
    }
    return categoryOfError(err);
  }

  private boolean isTransientStatus() {
    return httpStatus != null && (httpStatus == 408 || httpStatus == 429 || httpStatus >= 500);
  }

  private static Category categoryOfError(String err) {
    if (CLIENT_CONFIGURATION_ERRORS.contains(err)) {
      return Category.CLIENT_CONFIGURATION;
    }
    switch (err) {
      case "invalid_grant":
      case "user_password_expired":
      case "expired_token":
        return Category.INTERACTION_REQUIRED;
      case "access_denied":
        return Category.TENANT_POLICY;
      case "authorization_declined":
        return Category.USER_ERROR;
      case "authorization_pending":
      case "slow_down":
        return Category.TRANSIENT;
      case "server_error":
        return Category.SERVICE;
      default:
        return Category.UNKNOWN;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof AadstsError)) {
      return false;
    }
    AadstsError that = (AadstsError) o;
    return Objects.equals(error, that.error)
        && Objects.equals(errorDescription, that.errorDescription)
        && codes.equals(that.codes)
        && Objects.equals(subError, that.subError)
        && Objects.equals(timestamp, that.timestamp)
        && Objects.equals(traceId, that.traceId)
        && Objects.equals(correlationId, that.correlationId)
        && Objects.equals(errorUri, that.errorUri)
        && Objects.equals(claims, that.claims)
        && Objects.equals(httpStatus, that.httpStatus)
        && Objects.equals(retryAfter, that.retryAfter)
        && rawBody.equals(that.rawBody)
        && Objects.equals(credential, that.credential)
        && extraFields.equals(that.extraFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        error,
        errorDescription,
        codes,
        subError,
        timestamp,
        traceId,
        correlationId,
        errorUri,
        claims,
        httpStatus,
        retryAfter,
        rawBody,
        credential,
        extraFields);
  }

  /**
   * A summary safe to log: error, sub-error, codes, HTTP status, retry delay, IDs, timestamp and
   * the names of other fields. Never the description, the claims, other fields' values or the raw
   * text.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("AadstsError{");
    s.append("codes=").append(codes);
    append(s, "error", error);
    append(s, "subError", subError);
    append(s, "httpStatus", httpStatus);
    append(s, "retryAfter", retryAfter);
    append(s, "traceId", traceId);
    append(s, "correlationId", correlationId);
    append(s, "timestamp", timestamp);
    if (!extraFields.isEmpty()) {
      s.append(", extraFields=").append(extraFields.keySet());
    }
    return s.append('}').toString();
  }

  private static void append(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s;
  }

  private static Set<String> setOf(String... values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(values)));
  }

  /** The mutable state the readers fill, field by field, before {@link #build()}. */
  static final class Builder {
    // Real responses have a handful of each; the limits keep hostile input from costing memory
    // out of proportion to its size.
    static final int MAX_CODES = 1000;
    static final int MAX_EXTRA_FIELDS = 1000;

    String error;
    String errorDescription;
    final Set<Integer> codes = new LinkedHashSet<>();
    SubError subError;
    String timestamp;
    String traceId;
    String correlationId;
    String errorUri;
    String claims;
    Integer httpStatus;
    Duration retryAfter;
    final String rawBody;
    String credential;
    final Map<String, String> extraFields = new LinkedHashMap<>();

    Builder(String rawBody) {
      this.rawBody = rawBody == null ? "" : rawBody;
    }

    void addCode(int code) {
      if (codes.size() < MAX_CODES) {
        codes.add(code);
      }
    }

    void putExtraField(String name, String value) {
      if (extraFields.size() < MAX_EXTRA_FIELDS || extraFields.containsKey(name)) {
        extraFields.put(name, value);
      }
    }

    AadstsError build() {
      return new AadstsError(this);
    }
  }
}
