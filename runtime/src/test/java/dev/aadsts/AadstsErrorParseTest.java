package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link AadstsError#parse}: one test per body shape seen from the token endpoint. */
class AadstsErrorParseTest {
  /** The sample response of Microsoft's error-code reference page, as documented. */
  static final String DOCUMENTED_SAMPLE =
"""
{
  "error": "invalid_scope",
  "error_description": "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope https://example.contoso.com/activity.read isn't valid.\\r\\nTrace ID: 0000aaaa-11bb-cccc-dd22-eeeeee333333\\r\\nCorrelation ID: aaaa0000-bb11-2222-33cc-444444dddddd\\r\\nTimestamp: 2016-01-09 02:02:12Z",
  "error_codes": [
    70011
  ],
  "timestamp": "2016-01-09 02:02:12Z",
  "trace_id": "0000aaaa-11bb-cccc-dd22-eeeeee333333",
  "correlation_id": "aaaa0000-bb11-2222-33cc-444444dddddd",\s
  "error_uri":"https://login.microsoftonline.com/error?code=70011"
}
""";

  static final String TRACE_ID = "0000aaaa-11bb-cccc-dd22-eeeeee333333";
  static final String CORRELATION_ID = "aaaa0000-bb11-2222-33cc-444444dddddd";

  @Test
  void documentedSample() {
    AadstsError error = AadstsError.parse(DOCUMENTED_SAMPLE);

    assertEquals(Optional.of("invalid_scope"), error.error());
    assertEquals(List.of(70011), error.codes());
    assertEquals(OptionalInt.of(70011), error.firstCode());
    assertEquals(
        "AADSTS70011: The provided value for the input parameter 'scope' isn't valid. The scope"
            + " https://example.contoso.com/activity.read isn't valid.\r\nTrace ID: "
            + TRACE_ID
            + "\r\nCorrelation ID: "
            + CORRELATION_ID
            + "\r\nTimestamp: 2016-01-09 02:02:12Z",
        error.errorDescription().orElseThrow());
    assertEquals(Optional.of("2016-01-09 02:02:12Z"), error.timestamp());
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(
        Optional.of("https://login.microsoftonline.com/error?code=70011"), error.errorUri());
    assertEquals(Optional.empty(), error.subError());
    assertEquals(Optional.empty(), error.claims());
    assertEquals(OptionalInt.empty(), error.httpStatus());
    assertEquals(Optional.empty(), error.retryAfter());
    assertEquals(Map.of(), error.extraFields());
    assertEquals(DOCUMENTED_SAMPLE, error.rawBody());
  }

  @Test
  void errorCodesAsArrayOfStrings() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"error_codes\":[\"50076\",\"AADSTS50079\"]}");

    assertEquals(List.of(50076, 50079), error.codes());
  }

  @Test
  void errorCodesAsOneString() {
    AadstsError error =
        AadstsError.parse("{\"error\":\"invalid_resource\",\"error_codes\":\"[500011]\"}");

    assertEquals(List.of(500011), error.codes());
  }

  @Test
  void errorCodesThatAreNotCodesAreSkipped() {
    AadstsError error =
        AadstsError.parse(
            "{\"error_codes\":[-1, 1.5, 99999999999, {\"a\":1}, [2], null, true, 50034]}");

    assertEquals(List.of(50034), error.codes());
  }

  @Test
  void noErrorField() {
    AadstsError error =
        AadstsError.parse(
            "{\"error_description\":\"AADSTS50034: The user account {EmailHidden} does not exist"
                + " in the contoso.com directory.\",\"error_codes\":[50034]}");

    assertEquals(Optional.empty(), error.error());
    assertEquals(List.of(50034), error.codes());
  }

  @Test
  void rawLineBreaksInsideStrings() {
    String body =
        "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret"
            + " provided.\r\nTrace ID: "
            + TRACE_ID
            + "\r\nCorrelation ID: "
            + CORRELATION_ID
            + "\r\nTimestamp: 2024-01-01 10:00:00Z\",\"error_codes\":[7000215]}";

    AadstsError error = AadstsError.parse(body);

    assertEquals(Optional.of("invalid_client"), error.error());
    assertEquals(List.of(7000215), error.codes());
    assertTrue(error.errorDescription().orElseThrow().contains("provided.\r\nTrace ID: "));
    // The body has no trace_id field: the IDs come from the description's lines.
    assertEquals(Optional.of(TRACE_ID), error.traceId());
    assertEquals(Optional.of(CORRELATION_ID), error.correlationId());
    assertEquals(Optional.of("2024-01-01 10:00:00Z"), error.timestamp());
  }

  @Test
  void prettyPrintedAndOneLineBodiesReadTheSame() {
    String oneLine = DOCUMENTED_SAMPLE.replace("\n", "").replace("  ", "");

    AadstsError pretty = AadstsError.parse(DOCUMENTED_SAMPLE);
    AadstsError compact = AadstsError.parse(oneLine);

    assertNotEquals(pretty.rawBody(), compact.rawBody());
    assertEquals(pretty.toString(), compact.toString());
    assertEquals(pretty.errorDescription(), compact.errorDescription());
    assertEquals(pretty.errorUri(), compact.errorUri());
  }

  @Test
  void twoCodesInOneDescriptionWithoutWhitespace() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50126: Error validating"
                + " credentials due to invalid username or password.AADSTS70008: The provided"
                + " authorization code or refresh token has expired due to inactivity.\","
                + "\"error_codes\":[50126]}");

    assertEquals(List.of(50126, 70008), error.codes());
  }

  @Test
  void descriptionCodesThatDifferFromErrorCodesComeAfterThem() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"interaction_required\",\"error_description\":\"AADSTS50079: Due to a"
                + " configuration change made by your administrator, or because you moved to a new"
                + " location, you must enroll in multifactor authentication. AADSTS50076.\","
                + "\"error_codes\":[50076]}");

    assertEquals(List.of(50076, 50079), error.codes());
  }

  @Test
  void claimsAsJsonStringWithEscapedQuotes() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"interaction_required\",\"error_codes\":[53003],"
                + "\"claims\":\"{\\\"access_token\\\":{\\\"capolids\\\":{\\\"essential\\\":true,"
                + "\\\"values\\\":[\\\"01234567-89ab-cdef-0123-456789abcdef\\\"]}}}\"}");

    assertEquals(
        Optional.of(
            "{\"access_token\":{\"capolids\":{\"essential\":true,"
                + "\"values\":[\"01234567-89ab-cdef-0123-456789abcdef\"]}}}"),
        error.claims());
  }

  @Test
  void claimsAsObjectKeepsItsJsonText() {
    String claims =
        "{ \"access_token\": { \"nbf\": { \"essential\": true, \"value\": \"1700000000\" } } }";

    AadstsError error =
        AadstsError.parse("{\"error\":\"interaction_required\",\"claims\": " + claims + " }");

    assertEquals(Optional.of(claims), error.claims());
  }

  @Test
  void nonStandardErrorAndExtraFields() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"user_password_expired\",\"error_description\":\"AADSTS50055: The password"
                + " is expired.\",\"error_codes\":[50055],\"suberror\":\"user_password_expired\","
                + "\"password_change_url\":"
                + "\"https://portal.microsoftonline.com/ChangePassword.aspx\","
                + "\"attempts\":3,\"details\":{\"a\":[1,2]},\"ignored\":null}");

    assertEquals(Optional.of("user_password_expired"), error.error());
    assertSame(SubError.USER_PASSWORD_EXPIRED, error.subError().orElseThrow());
    assertEquals(
        List.of("password_change_url", "attempts", "details"),
        List.copyOf(error.extraFields().keySet()));
    assertEquals(
        "https://portal.microsoftonline.com/ChangePassword.aspx",
        error.extraFields().get("password_change_url"));
    assertEquals("3", error.extraFields().get("attempts"));
    assertEquals("{\"a\":[1,2]}", error.extraFields().get("details"));
  }

  @Test
  void byteOrderMarkAndLeadingBlanks() {
    AadstsError error = AadstsError.parse("\uFEFF \r\n {\"error\":\"invalid_client\"}");

    assertEquals(Optional.of("invalid_client"), error.error());
  }

  @Test
  void structureWhereAStringBelongsIsKeptAsAnOtherField() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":{\"code\":\"InvalidAuthenticationToken\",\"message\":\"AADSTS500133:"
                + " Assertion is not within its valid time range.\"}}");

    assertEquals(Optional.empty(), error.error());
    assertEquals(
        "{\"code\":\"InvalidAuthenticationToken\",\"message\":\"AADSTS500133: Assertion is not"
            + " within its valid time range.\"}",
        error.extraFields().get("error"));
    // With no error_codes and no description, the codes come from the other fields.
    assertEquals(List.of(500133), error.codes());
  }

  @Test
  void otherFieldsGiveNoCodesWhenTheDescriptionHasOne() {
    AadstsError error =
        AadstsError.parse(
            "{\"error_description\":\"AADSTS50034: Not found.\",\"note\":\"see AADSTS50035\"}");

    assertEquals(List.of(50034), error.codes());
  }

  @Test
  void bodyInsideOtherTextIsRead() {
    AadstsError error =
        AadstsError.parse(
            "HTTP/1.1 400 Bad Request: {\"error\":\"invalid_grant\",\"error_codes\":[70000]}");

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertEquals(List.of(70000), error.codes());
  }

  @Test
  void unknownSubErrorKeepsItsString() {
    AadstsError error =
        AadstsError.parse("{\"error\":\"invalid_grant\",\"suberror\":\"Brand_New\"}");

    SubError subError = error.subError().orElseThrow();
    assertFalse(subError.isKnown());
    assertEquals("Brand_New", subError.value());
  }

  @Test
  void elidedAndMalformedIdsAreKeptAsGiven() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"error_codes\":[50173],\"trace_id\":\"<elided>\","
                + "\"correlation_id\":\"aaaa0000-bb11-...\",\"timestamp\":\"2024-13-45"
                + " 99:99:99Z\"}");

    assertEquals(Optional.of("<elided>"), error.traceId());
    assertEquals(Optional.of("aaaa0000-bb11-..."), error.correlationId());
    assertEquals(Optional.of("2024-13-45 99:99:99Z"), error.timestamp());
  }

  @Test
  void blankFieldsAreAbsent() {
    AadstsError error = AadstsError.parse("{\"error\":\" \",\"trace_id\":\"\",\"suberror\":\"\"}");

    assertEquals(Optional.empty(), error.error());
    assertEquals(Optional.empty(), error.traceId());
    assertEquals(Optional.empty(), error.subError());
  }

  @Test
  void truncatedBodyKeepsWhatWasRead() {
    String body =
        "{\"error\":\"invalid_grant\",\"error_codes\":[50076],\"suberror\":\"basic_action\","
            + "\"error_description\":\"AADSTS50076: Due to a configuration change made by your"
            + " administrator AADSTS50079";

    AadstsError error = AadstsError.parse(body);

    assertEquals(Optional.of("invalid_grant"), error.error());
    assertSame(SubError.BASIC_ACTION, error.subError().orElseThrow());
    assertEquals(List.of(50076, 50079), error.codes());
    assertEquals(
        Optional.of(
            "AADSTS50076: Due to a configuration change made by your administrator AADSTS50079"),
        error.errorDescription());
    assertEquals(body, error.rawBody());
  }

  @Test
  void malformedBodyFallsBackToTheText() {
    AadstsError error =
        AadstsError.parse("{\"AADSTS50013: Assertion failed signature validation.\"}");

    assertEquals(List.of(50013), error.codes());
    assertEquals(
        Optional.of("AADSTS50013: Assertion failed signature validation."),
        error.errorDescription());
  }

  @Test
  void textThatIsNotJsonIsReadAsAMessage() {
    String html = "<html><body><h1>502 Bad Gateway</h1></body></html>";

    assertEquals(List.of(), AadstsError.parse(html).codes());
    assertEquals(html, AadstsError.parse(html).rawBody());
    assertEquals(
        List.of(90002),
        AadstsError.parse("AADSTS90002: Tenant 'contoso.example' not found.").codes());
  }

  @Test
  void nullAndEmptyInputGiveAnEmptyError() {
    AadstsError error = AadstsError.parse(null);

    assertEquals("", error.rawBody());
    assertEquals(List.of(), error.codes());
    assertEquals(Optional.empty(), error.error());
    assertEquals(Optional.empty(), error.errorDescription());
    assertEquals(error, AadstsError.parse(""));
    assertEquals(error, AadstsError.fromMessage(null));
  }

  @Test
  void statusAndRetryAfterSecondsFromHeadersInAnyCase() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"temporarily_unavailable\",\"error_codes\":[50196]}",
            429,
            Map.of("RETRY-AFTER", List.of("120"), "Content-Type", List.of("application/json")));

    assertEquals(OptionalInt.of(429), error.httpStatus());
    assertEquals(Optional.of(Duration.ofSeconds(120)), error.retryAfter());
  }

  @Test
  void retryAfterAsHttpDate() {
    Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

    AadstsError future =
        ResponseReader.read(
            "{}", 503, Map.of("Retry-After", List.of("Wed, 21 Oct 2015 07:30:00 GMT")), clock);
    AadstsError past =
        ResponseReader.read(
            "{}", 503, Map.of("retry-after", List.of("Wed, 21 Oct 2015 07:00:00 GMT")), clock);
    AadstsError invalid =
        ResponseReader.read("{}", 503, Map.of("retry-after", List.of("soon")), clock);

    assertEquals(Optional.of(Duration.ofMinutes(2)), future.retryAfter());
    assertEquals(Optional.of(Duration.ZERO), past.retryAfter());
    assertEquals(Optional.empty(), invalid.retryAfter());
  }

  @Test
  void requestIdHeadersFillMissingIds() {
    Map<String, List<String>> headers = new TreeMap<>();
    headers.put("x-ms-request-id", List.of(TRACE_ID));
    headers.put("client-request-id", List.of(CORRELATION_ID));

    AadstsError withoutIds = AadstsError.parse("{\"error\":\"invalid_client\"}", 401, headers);
    AadstsError withIds =
        AadstsError.parse("{\"trace_id\":\"t\",\"correlation_id\":\"c\"}", 401, headers);

    assertEquals(Optional.of(TRACE_ID), withoutIds.traceId());
    assertEquals(Optional.of(CORRELATION_ID), withoutIds.correlationId());
    assertEquals(Optional.of("t"), withIds.traceId());
    assertEquals(Optional.of("c"), withIds.correlationId());
  }

  @Test
  void statusOutsideTheHttpRangeAndNullHeadersAreIgnored() {
    AadstsError error = AadstsError.parse("{}", -1, null);

    assertEquals(OptionalInt.empty(), error.httpStatus());
    assertEquals(Optional.empty(), error.retryAfter());
  }

  @Test
  void inputPastTheCapIsReadUpToTheCap() {
    String padding = " ".repeat(AadstsError.MAX_INPUT_LENGTH);
    String text = "AADSTS50034: first" + padding + "AADSTS50035: past the cap";

    AadstsError error = AadstsError.parse(text);

    assertEquals(List.of(50034), error.codes());
    assertEquals(text, error.rawBody());
  }

  @Test
  void codesAndOtherFieldsAreBounded() {
    StringBuilder body = new StringBuilder("{\"error_codes\":[");
    for (int i = 0; i < 5000; i++) {
      body.append(i).append(',');
    }
    body.append("0]");
    for (int i = 0; i < 5000; i++) {
      body.append(",\"f").append(i).append("\":").append(i);
    }

    AadstsError error = AadstsError.parse(body.append('}').toString());

    // 0 is not a code (issue 15): the codes are 1 to 1000.
    assertEquals(1000, error.codes().size());
    assertEquals(1000, error.codes().get(999));
    assertEquals(1000, error.extraFields().size());
    assertEquals("999", error.extraFields().get("f999"));
  }

  @Test
  void toStringLeavesOutPersonalData() {
    AadstsError error =
        AadstsError.parse(
            "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS50034: The user account"
                + " alice@contoso.example does not exist.\",\"error_codes\":[50034],"
                + "\"claims\":\"{\\\"secret-claims\\\":1}\","
                + "\"login_hint\":\"alice@contoso.example\","
                + "\"correlation_id\":\""
                + CORRELATION_ID
                + "\"}",
            400,
            Map.of());

    String text = error.toString();

    assertTrue(text.contains("50034"), text);
    assertTrue(text.contains("invalid_grant"), text);
    assertTrue(text.contains(CORRELATION_ID), text);
    assertTrue(text.contains("login_hint"), text);
    assertFalse(text.contains("alice"), text);
    assertFalse(text.contains("secret-claims"), text);
  }

  @Test
  void equalsAndHashCodeCompareEveryField() {
    String body = DOCUMENTED_SAMPLE;

    AadstsError a = AadstsError.parse(body, 400, Map.of());
    AadstsError b = AadstsError.parse(body, 400, Map.of());

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, AadstsError.parse(body, 401, Map.of()));
    assertNotEquals(a, AadstsError.parse(body));
    assertNotEquals(a, AadstsError.parse(body.replace("70011", "70012"), 400, Map.of()));
  }
}
