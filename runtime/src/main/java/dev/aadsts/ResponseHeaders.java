package dev.aadsts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the response headers that matter for an error, by case-insensitive name. */
final class ResponseHeaders {
  /**
   * The longest {@code Retry-After} kept: one day. Longer values are cut to it, so that {@link
   * Duration#toMillis()} and the caller's arithmetic never overflow.
   */
  static final Duration MAX_RETRY_AFTER = Duration.ofDays(1);

  // A caller's map is read with bounds: a hostile or broken map costs at most this much.
  private static final int MAX_HEADERS = 256;
  private static final int MAX_VALUES = 16;

  private ResponseHeaders() {}

  /**
   * Sets the builder's {@code Retry-After}; its trace and correlation IDs where the body had none
   * (Entra ID echoes them in {@code x-ms-request-id} and {@code client-request-id}); and its error,
   * description and claims from {@code WWW-Authenticate} where the body had none.
   */
  static void read(Map<String, List<String>> headers, Instant now, AadstsErrorBuilder builder) {
    if (headers == null) {
      return;
    }
    try {
      String retryAfter = first(headers, "Retry-After");
      if (retryAfter != null) {
        builder.retryAfter = retryAfter(retryAfter, now);
      }
      if (!builder.hasTrace()) {
        builder.traceId = first(headers, "x-ms-request-id");
      }
      if (!builder.hasCorrelation()) {
        builder.correlationId = first(headers, "client-request-id");
      }
      if (builder.error == null || builder.claims == null) {
        List<String> challenges = all(headers, "WWW-Authenticate");
        if (!challenges.isEmpty()) {
          fillFromChallenge(challenges, builder);
        }
      }
    } catch (RuntimeException e) {
      // A caller's map that misbehaves (throws on iteration) leaves the rest of the headers unread.
    }
  }

  private static void fillFromChallenge(List<String> challenges, AadstsErrorBuilder builder) {
    AadstsErrorBuilder challenge = new AadstsErrorBuilder("");
    ChallengeReader.read(challenges, challenge);
    if (builder.error == null && challenge.error != null) {
      builder.error = challenge.error;
      if (!builder.hasDescription()) {
        builder.errorDescription = challenge.errorDescription;
      }
      builder.addCodesOf(challenge);
    }
    if (builder.claims == null && challenge.rawClaims != null) {
      builder.claims = challenge.claims;
      builder.rawClaims = challenge.rawClaims;
    }
  }

  /** The first non-blank value of the header {@code name}, any case, or null. */
  private static String first(Map<String, List<String>> headers, String name) {
    List<String> values = all(headers, name);
    return values.isEmpty() ? null : values.get(0);
  }

  /** The non-blank values of the header {@code name}, any case, trimmed, within the bounds. */
  private static List<String> all(Map<String, List<String>> headers, String name) {
    List<String> found = new ArrayList<>(1);
    int seen = 0;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (++seen > MAX_HEADERS) {
        break;
      }
      List<String> values = header.getValue();
      if (name.equalsIgnoreCase(header.getKey()) && values != null) {
        int n = 0;
        for (String value : values) {
          if (++n > MAX_VALUES) {
            break;
          }
          if (value != null && !value.trim().isEmpty()) {
            found.add(value.trim());
          }
        }
      }
    }
    return found;
  }

  /**
   * A {@code Retry-After} value, delay-seconds or an HTTP-date, as the delay from {@code now}, at
   * most {@link #MAX_RETRY_AFTER}; null if it is neither. A date in the past is a delay of zero.
   */
  static Duration retryAfter(String value, Instant now) {
    if (!value.isEmpty() && CodeScanner.isDigit(value.charAt(0))) {
      long seconds = 0;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!CodeScanner.isDigit(c)) {
          return null;
        }
        // Saturates instead of overflowing: any delay past the cap is the cap.
        seconds = Math.min(seconds * 10 + (c - '0'), MAX_RETRY_AFTER.getSeconds() + 1);
      }
      return cap(Duration.ofSeconds(seconds));
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? cap(Duration.between(now, at)) : Duration.ZERO;
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static Duration cap(Duration delay) {
    return delay.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : delay;
  }
}
