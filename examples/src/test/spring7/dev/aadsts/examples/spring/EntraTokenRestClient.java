package dev.aadsts.examples.spring;

import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

/**
 * The {@code RestClient} for {@code setRestClient} of Spring Security's {@code RestClient...} token
 * response clients, with {@link EntraTokenErrorHandler} for every error status. Spring Framework 7
 * (Spring Security 7): {@code configureMessageConverters}; {@code src/test/spring6} has the same
 * for Spring Framework 6.2 (Spring Security 6.5).
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
        .configureMessageConverters(
            converters ->
                converters
                    .addCustomConverter(new FormHttpMessageConverter())
                    .addCustomConverter(new OAuth2AccessTokenResponseHttpMessageConverter()))
        .defaultStatusHandler(new EntraTokenErrorHandler())
        .build();
  }
}
