package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** {@link AadstsErrors#isRetryable}, {@link AadstsErrors#retryAfter} and the log fields. */
class AadstsErrorsHelpersTest {
  private static final String MFA_BODY =
      "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50076: Due to a configuration"
          + " change made by your administrator, you must use multi-factor authentication to"
          + " access 'megan@contoso.com'.\",\"error_codes\":[50076],\"suberror\":\"basic_action\","
          + "\"timestamp\":\"2025-03-14 09:12:44Z\",\"trace_id\":\"t-1\",\"correlation_id\":\"c-1\","
          + "\"claims\":\"{\\\"access_token\\\":{\\\"capolids\\\":{\\\"essential\\\":true}}}\","
          + "\"access_token\":\"eyJhbGciOi.secret\"}";

  @Test
  void throttlingAndUnavailabilityAreRetryable() {
    Throwable throttled =
        new CompletionException(
            new RuntimeException(
                "AADSTS90055: There are too many incoming requests. StatusCode: 429"));
    Throwable unavailable =
        new RuntimeException(
            "{\"error\":\"temporarily_unavailable\",\"error_description\":\"AADSTS50011: x\"}");

    assertTrue(AadstsErrors.isRetryable(throttled));
    assertTrue(AadstsErrors.isRetryable(unavailable));
    assertFalse(AadstsErrors.isRetryable(new RuntimeException(MFA_BODY)));
    assertFalse(AadstsErrors.isRetryable(new IOException("Connection refused")));
    assertFalse(AadstsErrors.isRetryable(null));
  }

  @Test
  void aTypedExceptionAnswersByItsCode() {
    AadstsError error = AadstsError.parse("{\"error\":\"invalid_request\",\"error_codes\":[1]}");
    AadstsException retryable =
        AadstsException.of(error, AadstsErrorCode.unknown(1), Category.SERVICE, true, null);

    assertFalse(AadstsErrors.isRetryable(new RuntimeException(error.rawBody())));
    assertTrue(AadstsErrors.isRetryable(new IllegalStateException("wrapped", retryable)));
  }

  @Test
  void retryAfterFromTheResponse() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"temporarily_unavailable\",\"error_codes\":[90055]}",
            429,
            Map.of("Retry-After", List.of("17")));
    AadstsException e =
        AadstsException.of(error, AadstsErrorCode.unknown(90055), Category.TRANSIENT, true, null);

    assertEquals(Optional.of(Duration.ofSeconds(17)), AadstsErrors.retryAfter(e));
    assertEquals(Optional.empty(), AadstsErrors.retryAfter(new RuntimeException(MFA_BODY)));
    assertEquals(Optional.empty(), AadstsErrors.retryAfter(null));
  }

  @Test
  void logFieldsCarryIdsAndNeverDescriptionsClaimsOrTokens() {
    AadstsError error = AadstsError.parse(MFA_BODY, 400, null);

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("aadsts.code", "AADSTS50076");
    expected.put("aadsts.error", "invalid_grant");
    expected.put("aadsts.suberror", "basic_action");
    expected.put("aadsts.category", "interaction_required");
    expected.put("aadsts.correlation_id", "c-1");
    expected.put("aadsts.trace_id", "t-1");
    expected.put("aadsts.timestamp", "2025-03-14 09:12:44Z");
    expected.put("http.status", "400");
    Map<String, String> fields = AadstsErrors.logFields(error);

    assertEquals(expected, fields);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(fields.keySet()));
    String all = fields.toString();
    assertFalse(all.contains("megan"), all);
    assertFalse(all.contains("capolids"), all);
    assertFalse(all.contains("eyJ"), all);
    assertEquals(expected, AadstsErrors.logFields(new RuntimeException("x", wrap(MFA_BODY, 400))));
    assertEquals(Map.of(), AadstsErrors.logFields(new IOException("no Entra error")));
  }

  @Test
  void logFieldValuesAreSanitizedAndCapped() {
    String forged = "c-1\r\n2025-01-01 INFO admin logged in \u001b[31m\u202etxt.exe";
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"error_codes\":[50076],\"correlation_id\":\""
                + forged.replace("\r", "\\r").replace("\n", "\\n").replace("\u001b", "\\u001b")
                + "\",\"trace_id\":\""
                + "x".repeat(10_000)
                + "\"}");

    Map<String, String> fields = AadstsErrors.logFields(error);

    assertEquals(
        "c-1\\r\\n2025-01-01 INFO admin logged in \\u001b[31m\\u202etxt.exe",
        fields.get("aadsts.correlation_id"));
    assertEquals("x".repeat(128) + "...(9872 more chars)", fields.get("aadsts.trace_id"));
  }

  private static AadstsException wrap(String body, int status) {
    AadstsError error = AadstsError.parse(body, status, null);
    return AadstsException.of(
        error,
        AadstsErrorCode.unknown(error.firstCode().getAsInt()),
        error.category(Category.UNKNOWN),
        false,
        null);
  }
}
