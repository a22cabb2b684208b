package dev.aadsts.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingTest {

  @ParameterizedTest
  @CsvSource({
    "UserAccountNotFound, USER_ACCOUNT_NOT_FOUND, UserAccountNotFoundException",
    "PKeyAuthInvalidJwtUnauthorized, PKEY_AUTH_INVALID_JWT_UNAUTHORIZED,"
        + " PkeyAuthInvalidJwtUnauthorizedException",
    "OAuth2IdPRetryableServerError, OAUTH2_IDP_RETRYABLE_SERVER_ERROR,"
        + " OAuth2IdpRetryableServerErrorException",
    "OAuth2IdPUnretryableServerError, OAUTH2_IDP_UNRETRYABLE_SERVER_ERROR,"
        + " OAuth2IdpUnretryableServerErrorException",
    "SessionMissingMsaOAuth2RefreshToken, SESSION_MISSING_MSA_OAUTH2_REFRESH_TOKEN,"
        + " SessionMissingMsaOAuth2RefreshTokenException",
    "UserStrongAuthClientAuthNRequired, USER_STRONG_AUTH_CLIENT_AUTHN_REQUIRED,"
        + " UserStrongAuthClientAuthnRequiredException",
    "CachedCredentialNonGWAuthNRequestsNotSupported,"
        + " CACHED_CREDENTIAL_NON_GW_AUTHN_REQUESTS_NOT_SUPPORTED,"
        + " CachedCredentialNonGwAuthnRequestsNotSupportedException",
    "UnauthorizedClient_DoesNotMatchRequest, UNAUTHORIZED_CLIENT_DOES_NOT_MATCH_REQUEST,"
        + " UnauthorizedClientDoesNotMatchRequestException",
    "XCB2BResourceCloudNotAllowedOnIdentityTenant,"
        + " XCB2B_RESOURCE_CLOUD_NOT_ALLOWED_ON_IDENTITY_TENANT,"
        + " Xcb2bResourceCloudNotAllowedOnIdentityTenantException",
    "V2Error, V2_ERROR, V2ErrorException",
    "NonConvergedAppV2GlobalEndpointNotSupported, NON_CONVERGED_APP_V2_GLOBAL_ENDPOINT_NOT_SUPPORTED,"
        + " NonConvergedAppV2GlobalEndpointNotSupportedException",
    "SAMLAssertionMissing, SAML_ASSERTION_MISSING, SamlAssertionMissingException",
    "Saml2AuthenticationRequestInvalidNameIDPolicy,"
        + " SAML2_AUTHENTICATION_REQUEST_INVALID_NAME_ID_POLICY,"
        + " Saml2AuthenticationRequestInvalidNameIdPolicyException",
    "NoEmailAddressCollectedFromExternalOidcIDP, NO_EMAIL_ADDRESS_COLLECTED_FROM_EXTERNAL_OIDC_IDP,"
        + " NoEmailAddressCollectedFromExternalOidcIdpException",
    "UserStrongAuthMFARequired, USER_STRONG_AUTH_MFA_REQUIRED, UserStrongAuthMfaRequiredException",
    "PasswordChangeADAdminActionRequired, PASSWORD_CHANGE_AD_ADMIN_ACTION_REQUIRED,"
        + " PasswordChangeAdAdminActionRequiredException",
    "IdPassword, ID_PASSWORD, IdPasswordException",
  })
  void identifiersReadAsWords(String identifier, String constant, String exception) {
    assertEquals(constant, Naming.upperSnake(identifier));
    assertEquals(exception, Naming.exception(Naming.words(identifier)));
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
    NameAllocator.Result result = NameAllocator.allocate(codes);
    assertEquals(
        List.of(
            "INTERACTION_REQUIRED_16000",
            "AADSTS50029",
            "USER_ACCOUNT_NOT_FOUND",
            "SELECT_USER_ACCOUNT",
            "INTERACTION_REQUIRED_700020",
            "INTERACTION_REQUIRED_700021",
            "OLDEST_NAME"),
        result.names().stream().map(NameAllocator.Names::constant).toList());
    assertEquals(
        List.of(
            "InteractionRequired16000Exception",
            "Aadsts50029Exception",
            "UserAccountNotFoundException",
            "SelectUserAccountException",
            "InteractionRequired700020Exception",
            "InteractionRequired700021Exception",
            "OldestNameException"),
        result.names().stream().map(NameAllocator.Names::exception).toList());
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
        result.names().stream()
            .map(n -> n.aliases().stream().map(CodeConstant.Alias::name).toList())
            .toList());
    assertEquals(List.of(), result.clashes());
  }

  static MergedCode code(int code, String identifier, String... aliases) {
    return new MergedCode(
        code,
        Optional.ofNullable(identifier),
        List.of(aliases),
        Map.of("en", "text"),
        "test.md:" + code);
  }
}
