package dev.aadsts.examples.spring;

import dev.aadsts.AadstsError;
import dev.aadsts.examples.AadstsExceptions;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * The recipe for Spring Security's token response clients: on a 400 Spring keeps only {@code
 * error}, {@code error_description} and {@code error_uri} of Entra ID's answer, and on other
 * statuses only a message. This handler reads the whole response (every {@code error_codes} entry,
 * the IDs, the claims, the status and headers) and throws the {@link OAuth2AuthorizationException}
 * Spring's callers expect, with the typed Entra ID exception as its cause. {@link
 * EntraTokenRestClient#create()} installs it.
 */
public final class EntraTokenErrorHandler implements ResponseErrorHandler {

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response)
      throws IOException {
    String body =
        new String(
            response.getBody().readNBytes(AadstsError.MAX_INPUT_LENGTH), StandardCharsets.UTF_8);
    Map<String, List<String>> headers = new LinkedHashMap<>();
    response.getHeaders().forEach(headers::put);
    AadstsError error = AadstsError.parse(body, response.getStatusCode().value(), headers);
    OAuth2Error oauth2Error =
        new OAuth2Error(
            error.error().orElse("invalid_token_response"),
            error.errorDescription().orElse(null),
            error.errorUri().orElse(null));
    throw new OAuth2AuthorizationException(oauth2Error, AadstsExceptions.of(error));
  }
}
