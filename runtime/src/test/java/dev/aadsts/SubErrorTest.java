package dev.aadsts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class SubErrorTest {
  @Test
  void knownValuesAreTheConstants() {
    assertSame(SubError.BASIC_ACTION, SubError.of("basic_action"));
    assertSame(SubError.ADDITIONAL_ACTION, SubError.of(" Additional_Action "));
    assertSame(SubError.MESSAGE_ONLY, SubError.of("message_only"));
    assertSame(SubError.CONSENT_REQUIRED, SubError.of("consent_required"));
    assertSame(SubError.USER_PASSWORD_EXPIRED, SubError.of("user_password_expired"));
    assertSame(SubError.BAD_TOKEN, SubError.of("bad_token"));
    assertSame(SubError.TOKEN_EXPIRED, SubError.of("token_expired"));
    assertSame(SubError.PROTECTION_POLICY_REQUIRED, SubError.of("protection_policy_required"));
    assertSame(SubError.CLIENT_MISMATCH, SubError.of("client_mismatch"));
    assertSame(SubError.DEVICE_AUTHENTICATION_FAILED, SubError.of("device_authentication_failed"));
    assertSame(SubError.CANCEL, SubError.of("cancel"));
    assertTrue(SubError.BASIC_ACTION.isKnown());
    assertEquals("basic_action", SubError.BASIC_ACTION.value());
    assertEquals("basic_action", SubError.BASIC_ACTION.toString());
  }

  @Test
  void unknownValuesKeepTheirString() {
    SubError subError = SubError.of("Some_New_Value");

    assertFalse(subError.isKnown());
    assertEquals("Some_New_Value", subError.value());
    assertEquals(SubError.of("Some_New_Value"), subError);
    assertEquals(SubError.of("Some_New_Value").hashCode(), subError.hashCode());
    assertNotEquals(SubError.of("some_new_value"), subError);
    assertNotEquals(SubError.BASIC_ACTION, subError);
  }

  @Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> SubError.of(null));
  }

  @Test
  void constantsStayUniqueThroughSerialization() throws Exception {
    assertSame(SubError.BAD_TOKEN, roundTrip(SubError.BAD_TOKEN));
    assertEquals(SubError.of("other"), roundTrip(SubError.of("other")));
  }

  static Object roundTrip(Object value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }
}
