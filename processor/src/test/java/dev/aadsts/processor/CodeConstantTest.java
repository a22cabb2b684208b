package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
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
    List<MergedCode> codes =
        List.of(
            code(16000, "InteractionRequired", "SelectUserAccount"),
            code(50029, null),
            code(50034, "UserAccountNotFound"),
            code(50035, "SelectUserAccount"),
            code(700020, "InteractionRequired"),
            code(700021, "Interaction_Required", "UserAccountNotFound", "OldName", "OlderName"),
            code(700022, "OldestName", "OlderName"));
    List<CodeConstant> constants = CodeConstant.of(codes, Map.of());
    assertEquals(
        List.of(
            "INTERACTION_REQUIRED_16000",
            "AADSTS50029",
            "USER_ACCOUNT_NOT_FOUND",
            "SELECT_USER_ACCOUNT",
            "INTERACTION_REQUIRED_700020",
            "INTERACTION_REQUIRED_700021",
            "OLDEST_NAME"),
        constants.stream().map(CodeConstant::name).toList());
    // An alias never takes a constant's name; one that two codes had gets their codes.
    assertEquals(
        List.of(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of("OLD_NAME", "OLDER_NAME_700021"),
            List.of("OLDER_NAME_700022")),
        constants.stream()
            .map(c -> c.aliases().stream().map(CodeConstant.Alias::name).toList())
            .toList());
  }

  private static MergedCode code(int code, String identifier, String... aliases) {
    return new MergedCode(
        code, Optional.ofNullable(identifier), List.of(aliases), Map.of("en", "text"));
  }
}
