package dev.aadsts.processor;

import com.palantir.javapoet.ClassName;

/**
 * The runtime's types that generated code refers to, by name: the processor never loads the
 * runtime's classes. {@link #CONTRACT_VERSION} is the version of the contract between generated
 * code and {@code dev.aadsts.GeneratedCodeSupport} that the writers write for.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  /** The version of {@code GeneratedCodeSupport}'s contract the generated code is written for. */
  static final int CONTRACT_VERSION = 2;

  static final String PACKAGE = "dev.aadsts";

  static final ClassName SUPPORT = ClassName.get(PACKAGE, "GeneratedCodeSupport");
  static final ClassName ERROR_CODE = ClassName.get(PACKAGE, "AadstsErrorCode");
  static final ClassName CATEGORY = ClassName.get(PACKAGE, "Category");
  static final ClassName ERROR = ClassName.get(PACKAGE, "AadstsError");
  static final ClassName ERRORS = ClassName.get(PACKAGE, "AadstsErrors");
  static final ClassName EXCEPTION = ClassName.get(PACKAGE, "AadstsException");
  static final ClassName CATALOG_INFO = ClassName.get(PACKAGE, "CatalogInfo");

  /** The runtime exception class of a category's codes; {@code UNKNOWN} has the base class. */
  static ClassName categoryException(Category category) {
    return switch (category) {
      case INTERACTION_REQUIRED -> ClassName.get(PACKAGE, "InteractionRequiredException");
      case USER_ERROR -> ClassName.get(PACKAGE, "UserErrorException");
      case CLIENT_CONFIGURATION -> ClassName.get(PACKAGE, "ClientConfigurationException");
      case TENANT_POLICY -> ClassName.get(PACKAGE, "TenantPolicyException");
      case TRANSIENT -> ClassName.get(PACKAGE, "TransientException");
      case FEDERATION -> ClassName.get(PACKAGE, "FederationException");
      case SERVICE -> ClassName.get(PACKAGE, "ServiceErrorException");
      case UNKNOWN -> EXCEPTION;
    };
  }
}
