package dev.aadsts;

import java.time.Instant;

/**
 * Reads Spring Framework's HTTP client exceptions by reflection: the {@code
 * RestClientResponseException} family ({@code HttpClientErrorException$TooManyRequests}, {@code
 * HttpServerErrorException$ServiceUnavailable}, ...) of {@code RestClient} and {@code
 * RestTemplate}, and WebFlux's {@code WebClientResponseException}. Spring Security leaves them as
 * the cause of a token request that failed with a status other than 400. Written against Spring
 * Framework 5.3 to 7.0; any member that is missing or fails is skipped.
 */
final class SpringWebExceptions {
  private static final String REST_CLIENT_RESPONSE_EXCEPTION =
      "org.springframework.web.client.RestClientResponseException";
  private static final String WEB_CLIENT_RESPONSE_EXCEPTION =
      "org.springframework.web.reactive.function.client.WebClientResponseException";
  private static final String HTTP_HEADERS = "org.springframework.http.HttpHeaders";

  private SpringWebExceptions() {}

  /**
   * Reads the response's body, status and headers.
   *
   * @return the builder filled, or null if {@code t} is not a Spring HTTP response exception
   */
  static AadstsErrorBuilder read(Throwable t, Instant now) {
    Class<?> type = Members.superclassNamed(t, REST_CLIENT_RESPONSE_EXCEPTION);
    String headersGetter = "getResponseHeaders";
    if (type == null) {
      type = Members.superclassNamed(t, WEB_CLIENT_RESPONSE_EXCEPTION);
      headersGetter = "getHeaders";
    }
    if (type == null) {
      return null;
    }
    String body = Members.string(Members.call(t, type, "getResponseBodyAsString"));
    AadstsErrorBuilder builder = new AadstsErrorBuilder(body);
    MessageReader.read(AadstsError.capped(body), builder, true);
    Integer status = status(t, type);
    if (status != null) {
      builder.httpStatus = status;
    }
    Object headers = Members.call(t, type, headersGetter);
    Class<?> headersType = Members.superclassNamed(headers, HTTP_HEADERS);
    if (headersType != null) {
      ResponseHeaders.read(
          Headers.lookUp(
              name -> Members.call(headers, headersType, "getFirst", String.class, name)),
          now,
          builder);
    }
    return builder;
  }

  /** {@code getStatusCode().value()} (Spring 6 and 7), else {@code getRawStatusCode()} (5). */
  private static Integer status(Throwable t, Class<?> type) {
    Object status = Members.call(Members.call(t, type, "getStatusCode"), "value");
    if (!(status instanceof Integer)) {
      status = Members.call(t, type, "getRawStatusCode");
    }
    return status instanceof Integer && (Integer) status >= 100 && (Integer) status <= 599
        ? (Integer) status
        : null;
  }
}
