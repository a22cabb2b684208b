package dev.aadsts.examples.spring;

import dev.aadsts.AadstsException;
import dev.aadsts.examples.AadstsExceptions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The recipe for sign-in failures: Entra ID redirects back with {@code
 * ?error=...&error_description= AADSTS...}, Spring Security's {@code
 * OAuth2LoginAuthenticationFilter} fails the login, and this handler sends the user where the
 * category of the error says someone can act.
 */
public final class EntraLoginFailureHandler implements AuthenticationFailureHandler {
  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    String target =
        AadstsExceptions.from(failure).map(EntraLoginFailureHandler::page).orElse("/error");
    response.sendRedirect(target);
  }

  /** Who can act: the user signing in again, the administrator, time, or the developer. */
  static String page(AadstsException e) {
    return switch (e.category()) {
      case INTERACTION_REQUIRED, USER_ERROR -> "/login?again";
      case TENANT_POLICY -> "/error/ask-your-administrator";
      case TRANSIENT, SERVICE, FEDERATION -> "/error/retry-later";
      case CLIENT_CONFIGURATION -> "/error/app-registration";
      case UNKNOWN -> "/error";
    };
  }
}
