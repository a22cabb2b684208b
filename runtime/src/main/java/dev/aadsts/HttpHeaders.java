package dev.aadsts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Reads the response headers that matter for an error, by case-insensitive name. */
final class HttpHeaders {
  private HttpHeaders() {}

  /**
   * Sets the builder's {@code Retry-After}, and its trace and correlation IDs where the body had
   * none: Entra ID echoes them in {@code x-ms-request-id} and {@code client-request-id}.
   */
  static void read(Map<String, List<String>> headers, Instant now, AadstsError.Builder builder) {
    if (headers == null) {
      return;
    }
    try {
      String retryAfter = first(headers, "Retry-After");
      if (retryAfter != null) {
        builder.retryAfter = retryAfter(retryAfter, now);
      }
      if (builder.traceId == null) {
        builder.traceId = first(headers, "x-ms-request-id");
      }
      if (builder.correlationId == null) {
        builder.correlationId = first(headers, "client-request-id");
      }
    } catch (RuntimeException e) {
      // A caller's map that misbehaves (throws on iteration) leaves the headers unread.
    }
  }

  /** The first value of the header {@code name}, any case, or null. */
  private static String first(Map<String, List<String>> headers, String name) {
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      List<String> values = header.getValue();
      if (name.equalsIgnoreCase(header.getKey()) && values != null) {
        for (String value : values) {
          if (value != null && !value.trim().isEmpty()) {
            return value.trim();
          }
        }
      }
    }
    return null;
  }

  /**
   * A {@code Retry-After} value, delay-seconds or an HTTP-date, as the delay from {@code now}; null
   * if it is neither. A date in the past is a delay of zero.
   */
  private static Duration retryAfter(String value, Instant now) {
    if (!value.isEmpty() && CodeScanner.isDigit(value.charAt(0))) {
      int digits = 0;
      while (digits < value.length() && CodeScanner.isDigit(value.charAt(digits))) {
        digits++;
      }
      // More than 18 digits could overflow a long; such a delay is nonsense anyway.
      return digits == value.length() && digits <= 18
          ? Duration.ofSeconds(Long.parseLong(value))
          : null;
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
