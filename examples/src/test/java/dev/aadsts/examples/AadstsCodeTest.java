package dev.aadsts.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.aadsts.AadstsErrorCode;
import dev.aadsts.CatalogInfo;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The generated enum, compiled the way users compile it, used as users use it. */
class AadstsCodeTest {

  @Test
  void findOfAndParseRoundTripForEveryConstant() {
    for (AadstsCode code : AadstsCode.values()) {
      assertEquals(Optional.of(code), AadstsCode.find(code.code()));
      assertSame(code, AadstsCode.of(code.code()));
      assertEquals(Optional.of(code), AadstsCode.parse("AADSTS" + code.code()));
      assertEquals(Optional.of(code), AadstsCode.parse("  Aadsts" + code.code() + "\n"));
      assertEquals(Optional.of(code), AadstsCode.parse(Integer.toString(code.code())));
    }
  }

  @Test
  void membersOfAKnownCode() {
    AadstsCode code = AadstsCode.USER_ACCOUNT_NOT_FOUND;
    assertEquals(50034, code.code());
    assertEquals("UserAccountNotFound", code.identifier());
    assertTrue(code.description().startsWith("To sign into this application"), code.description());
    assertTrue(code.description(Locale.forLanguageTag("sv-SE")).startsWith("om du vill logga in"));
    assertEquals(URI.create("https://login.microsoftonline.com/error?code=50034"), code.helpUri());
    assertEquals(Optional.of(code), AadstsCode.parse("UserAccountNotFound"));
    assertEquals(Optional.of(code), AadstsCode.parse(" useraccountnotfound "));
    assertEquals(Optional.of(code), AadstsCode.parse("USER_ACCOUNT_NOT_FOUND"));
    assertEquals(Optional.of(code), AadstsCode.parse("user-account-not-found"));
  }

  @Test
  void proseRowsAreConstantsNamedAfterTheirNumber() {
    assertEquals(50029, AadstsCode.AADSTS50029.code());
    assertEquals("", AadstsCode.AADSTS50029.identifier());
    assertTrue(AadstsCode.AADSTS50029.description().startsWith("Invalid URI"));
    assertTrue(AadstsCode.AADSTS50029.description(new Locale("sv")).startsWith("Ogiltig URI"));
  }

  @Test
  void anIdentifierOfTwoCodesNamesNeitherAlone() {
    assertEquals(90023, AadstsCode.INVALID_REQUEST_90023.code());
    assertEquals(9002313, AadstsCode.INVALID_REQUEST_9002313.code());
    assertEquals(Optional.empty(), AadstsCode.parse("InvalidRequest"));
    assertEquals(
        Optional.of(AadstsCode.INVALID_REQUEST_90023), AadstsCode.parse("INVALID_REQUEST_90023"));
  }

  @Test
  @SuppressWarnings("deprecation") // The alias is deprecated: that is what this test is about.
  void anOlderIdentifierIsADeprecatedAliasOfTheSameConstant() {
    assertSame(AadstsCode.INTERACTION_REQUIRED_16000, AadstsCode.SELECT_USER_ACCOUNT);
    assertEquals(
        Optional.of(AadstsCode.INTERACTION_REQUIRED_16000), AadstsCode.parse("SelectUserAccount"));
  }

  @Test
  void provenance() {
    assertEquals(
        List.of(
            CatalogInfo.of("reference-error-codes.en-us-2025.md", "en-US", "2025-02-03"),
            CatalogInfo.of("reference-aadsts-error-codes.en-us-2020.md", "en-US", "2020-04-30"),
            CatalogInfo.of("reference-aadsts-error-codes.sv-se.md", "sv-SE", "2020-04-30")),
        AadstsCode.sources());
  }

  @Test
  void unknownCodesKeepTheirNumber() {
    AadstsErrorCode unknown = AadstsCode.of(99999999);
    assertFalse(unknown.isKnown());
    assertEquals(99999999, unknown.code());
    assertEquals("", unknown.identifier());
    assertEquals(
        URI.create("https://login.microsoftonline.com/error?code=99999999"), unknown.helpUri());
    assertEquals(AadstsErrorCode.unknown(99999999), unknown);
    assertEquals(Optional.empty(), AadstsCode.find(99999999));
    for (int notACode : new int[] {0, -1, -50034, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(Optional.empty(), AadstsCode.find(notACode), Integer.toString(notACode));
      assertEquals(notACode, AadstsCode.of(notACode).code());
    }
    assertEquals(Optional.empty(), AadstsCode.parse("AADSTS99999999"));
    assertEquals(Optional.empty(), AadstsCode.parse("AADSTS1234567890"));
    assertEquals(Optional.empty(), AadstsCode.parse("not a code"));
    assertEquals(Optional.empty(), AadstsCode.parse(null));
  }
}
