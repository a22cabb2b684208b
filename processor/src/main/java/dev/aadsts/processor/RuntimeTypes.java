package dev.aadsts.processor;

import com.palantir.javapoet.ClassName;
import java.util.Map;

/**
 * The runtime's types that generated code refers to, by name: the processor never loads the
 * runtime's classes. {@link #CONTRACT_VERSION} is the version of the contract between generated
 * code and {@code dev.aadsts.GeneratedCodeSupport} that the writers write for.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  /** The version of {@code GeneratedCodeSupport}'s contract the generated code is written for. */
  static final int CONTRACT_VERSION = 1;

  static final String PACKAGE = "dev.aadsts";

  static final ClassName SUPPORT = ClassName.get(PACKAGE, "GeneratedCodeSupport");
  static final ClassName ERROR_CODE = ClassName.get(PACKAGE, "AadstsErrorCode");
  static final ClassName CATEGORY = ClassName.get(PACKAGE, "Category");
  static final ClassName ERROR = ClassName.get(PACKAGE, "AadstsError");
  static final ClassName ERRORS = ClassName.get(PACKAGE, "AadstsErrors");
  static final ClassName EXCEPTION = ClassName.get(PACKAGE, "AadstsException");
  static final ClassName CATALOG_INFO = ClassName.get(PACKAGE, "CatalogInfo");

  /**
   * The runtime {@code Category} constants, each with its exception class: {@code USER_ERROR} →
   * {@code UserErrorException}. {@code UNKNOWN} has the base class.
   */
  static final Map<String, ClassName> CATEGORY_EXCEPTIONS =
      Map.of(
          "INTERACTION_REQUIRED", ClassName.get(PACKAGE, "InteractionRequiredException"),
          "USER_ERROR", ClassName.get(PACKAGE, "UserErrorException"),
          "CLIENT_CONFIGURATION", ClassName.get(PACKAGE, "ClientConfigurationException"),
          "TENANT_POLICY", ClassName.get(PACKAGE, "TenantPolicyException"),
          "TRANSIENT", ClassName.get(PACKAGE, "TransientException"),
          "FEDERATION", ClassName.get(PACKAGE, "FederationException"),
          "SERVICE", ClassName.get(PACKAGE, "ServiceErrorException"),
          "UNKNOWN", EXCEPTION);

  /** The exception class of a category, by the category's constant name. */
  static ClassName categoryException(Object category) {
    return CATEGORY_EXCEPTIONS.get(String.valueOf(category));
  }
}
