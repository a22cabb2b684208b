package dev.aadsts.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.aadsts.AadstsError;
import dev.aadsts.AadstsErrors;
import dev.aadsts.Category;
import dev.aadsts.examples.AadstsExceptions;
import dev.aadsts.examples.EntraBodies;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Entra ID redirects a failed sign-in back to the application with {@code error} and {@code
 * error_description}: Spring Security's real login filter fails the login, and {@link
 * EntraLoginFailureHandler} routes by category.
 */
class SpringLoginTest {
  private static final String REDIRECT_URI = "http://localhost/login/oauth2/code/entra";

  @Test
  void userDeclinedConsent() throws Exception {
    Failure failure =
        redirectBack(
            "access_denied",
            "AADSTS65004: User declined to consent to access the app.\r\nTrace ID: "
                + EntraBodies.TRACE_ID
                + "\r\nCorrelation ID: "
                + EntraBodies.CORRELATION_ID
                + "\r\nTimestamp: 2025-03-14 09:12:44Z");

    AadstsError error = AadstsErrors.from(failure.exception).orElseThrow();
    assertEquals(List.of(65004), error.codes());
    assertEquals(Optional.of("access_denied"), error.error());
    assertEquals(Optional.of(EntraBodies.TRACE_ID), error.traceId());
    assertInstanceOf(
        AadstsExceptions.UserDeclinedConsentException.class,
        AadstsExceptions.from(failure.exception).orElseThrow());
    assertEquals(
        EntraLoginFailureHandler.page(AadstsExceptions.from(failure.exception).orElseThrow()),
        failure.response.getRedirectedUrl());
  }

  @Test
  void routesByCategory() throws Exception {
    assertRoute(
        "/login?again", Category.INTERACTION_REQUIRED, "interaction_required", "AADSTS50076: MFA");
    assertRoute(
        "/error/ask-your-administrator",
        Category.TENANT_POLICY,
        "access_denied",
        "AADSTS53003: Access has been blocked by Conditional Access policies.");
    assertRoute(
        "/error/retry-later",
        Category.TRANSIENT,
        "temporarily_unavailable",
        "AADSTS90033: A transient error has occurred.");
    assertRoute(
        "/error/app-registration",
        Category.CLIENT_CONFIGURATION,
        "invalid_request",
        "AADSTS50011: The redirect URI specified in the request does not match.");
    assertRoute("/error", Category.UNKNOWN, "some_new_error", "Something without a code");
  }

  private static void assertRoute(String page, Category category, String error, String text)
      throws Exception {
    Failure failure = redirectBack(error, text);
    assertEquals(page, failure.response.getRedirectedUrl(), text);
    if (category != null) {
      assertEquals(category, AadstsExceptions.from(failure.exception).orElseThrow().category());
    }
  }

  /** The failure the real filter reports for the redirect, and the handler's answer. */
  private record Failure(Exception exception, MockHttpServletResponse response) {}

  private static Failure redirectBack(String error, String description) throws Exception {
    ClientRegistration registration =
        ClientRegistration.withRegistrationId("entra")
            .clientId("00001111-aaaa-2222-bbbb-3333cccc4444")
            .clientSecret("secret")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri(REDIRECT_URI)
            .scope("openid")
            .authorizationUri("https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize")
            .tokenUri("https://login.microsoftonline.com/contoso/oauth2/v2.0/token")
            .build();
    InMemoryClientRegistrationRepository registrations =
        new InMemoryClientRegistrationRepository(registration);
    OAuth2LoginAuthenticationFilter filter =
        new OAuth2LoginAuthenticationFilter(
            registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
    // The token endpoint is never called: the redirect carries an error, not a code.
    filter.setAuthenticationManager(
        new ProviderManager(
            new OAuth2LoginAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(),
                new DefaultOAuth2UserService())));
    Exception[] seen = new Exception[1];
    EntraLoginFailureHandler routing = new EntraLoginFailureHandler();
    AuthenticationFailureHandler recording =
        (request, response, exception) -> {
          seen[0] = exception;
          routing.onAuthenticationFailure(request, response, exception);
        };
    filter.setAuthenticationFailureHandler(recording);
    filter.afterPropertiesSet();

    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login/oauth2/code/entra");
    MockHttpServletResponse response = new MockHttpServletResponse();
    // The sign-in the application started: Spring saved its request in the session.
    new HttpSessionOAuth2AuthorizationRequestRepository()
        .saveAuthorizationRequest(
            OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri())
                .clientId(registration.getClientId())
                .redirectUri(REDIRECT_URI)
                .state("state-1")
                .attributes(a -> a.put(OAuth2ParameterNames.REGISTRATION_ID, "entra"))
                .build(),
            request,
            response);
    request.setParameter("error", error);
    request.setParameter("error_description", description);
    request.setParameter("state", "state-1");

    MockFilterChain chain = new MockFilterChain();
    filter.doFilter(request, response, chain);

    assertNull(chain.getRequest(), "the filter handled the redirect");
    return new Failure(seen[0], response);
  }
}
