package dev.aadsts.examples.spring;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The {@code RestClient} for {@code setRestClient} of Spring Security's {@code RestClient...} token
 * response clients, with {@link EntraTokenErrorHandler} for every error status. Spring Framework
 * 6.2 (Spring Security 6.5), which has no {@code configureMessageConverters}: the converters are
 * replaced as Spring Security 6.5's own clients do. Compiled instead of {@code src/test/spring7}'s
 * by the {@code spring-6} profile.
 */
public final class EntraTokenRestClient {
  private EntraTokenRestClient() {}

  /**
   * A client with the converters Spring Security's token clients use and the handler.
   *
   * @return the client
   */
  public static RestClient create() {
    return RestClient.builder()
        .messageConverters(
            converters -> {
              converters.clear();
              converters.add(new FormHttpMessageConverter());
              converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
            })
        .defaultStatusHandler(new EntraTokenErrorHandler())
        .build();
  }
}
