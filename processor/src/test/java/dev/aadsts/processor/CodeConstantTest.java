package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeConstantTest {

  @ParameterizedTest
  @CsvSource({
    "UserAccountNotFound, USER_ACCOUNT_NOT_FOUND",
    "PKeyAuthInvalidJwtUnauthorized, P_KEY_AUTH_INVALID_JWT_UNAUTHORIZED",
    "OAuth2IdPRetryableServerError, O_AUTH2_ID_P_RETRYABLE_SERVER_ERROR",
    "UnauthorizedClient_DoesNotMatchRequest, UNAUTHORIZED_CLIENT_DOES_NOT_MATCH_REQUEST",
    "XCB2BResourceCloudNotAllowedOnIdentityTenant, XCB2_B_RESOURCE_CLOUD_NOT_ALLOWED_ON_IDENTITY_TENANT",
    "V2Error, V2_ERROR",
    "SAMLAssertionMissing, SAML_ASSERTION_MISSING",
  })
  void upperSnake(String identifier, String constant) {
    assertEquals(constant, CodeConstant.upperSnake(identifier));
  }

  @Test
  void sharedNamesGetTheCodeAndProseRowsTheirNumber() {
    List<CatalogEntry> entries =
        List.of(
            new CatalogEntry(16000, Optional.of("InteractionRequired"), "", 1),
            new CatalogEntry(50029, Optional.empty(), "Invalid URI", 2),
            new CatalogEntry(50034, Optional.of("UserAccountNotFound"), "", 3),
            new CatalogEntry(700020, Optional.of("InteractionRequired"), "", 4),
            new CatalogEntry(700021, Optional.of("Interaction_Required"), "", 5));
    assertEquals(
        List.of(
            "INTERACTION_REQUIRED_16000",
            "AADSTS50029",
            "USER_ACCOUNT_NOT_FOUND",
            "INTERACTION_REQUIRED_700020",
            "INTERACTION_REQUIRED_700021"),
        CodeConstant.of(entries, java.util.Map.of()).stream().map(CodeConstant::name).toList());
  }
}
