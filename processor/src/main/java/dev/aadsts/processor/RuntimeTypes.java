package dev.aadsts.processor;

/**
 * The runtime's types that generated code refers to, by name: the processor never loads the
 * runtime's classes. {@link #CONTRACT_VERSION} is the version of the contract between generated
 * code and {@code dev.aadsts.GeneratedCodeSupport} that the writers write for.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  /** The version of {@code GeneratedCodeSupport}'s contract the generated code is written for. */
  static final int CONTRACT_VERSION = 3;

  static final String PACKAGE = "dev.aadsts";

  static final ClassRef SUPPORT = new ClassRef(PACKAGE, "GeneratedCodeSupport");
  static final ClassRef ERROR_CODE = new ClassRef(PACKAGE, "AadstsErrorCode");
  static final ClassRef CATEGORY = new ClassRef(PACKAGE, "Category");
  static final ClassRef ERROR = new ClassRef(PACKAGE, "AadstsError");
  static final ClassRef ERRORS = new ClassRef(PACKAGE, "AadstsErrors");
  static final ClassRef EXCEPTION = new ClassRef(PACKAGE, "AadstsException");
  static final ClassRef CATALOG_INFO = new ClassRef(PACKAGE, "CatalogInfo");

  /** The runtime exception class of a category's codes; {@code UNKNOWN} has the base class. */
  static ClassRef categoryException(Category category) {
    return switch (category) {
      case INTERACTION_REQUIRED -> new ClassRef(PACKAGE, "InteractionRequiredException");
      case USER_ERROR -> new ClassRef(PACKAGE, "UserErrorException");
      case CLIENT_CONFIGURATION -> new ClassRef(PACKAGE, "ClientConfigurationException");
      case TENANT_POLICY -> new ClassRef(PACKAGE, "TenantPolicyException");
      case TRANSIENT -> new ClassRef(PACKAGE, "TransientException");
      case FEDERATION -> new ClassRef(PACKAGE, "FederationException");
      case SERVICE -> new ClassRef(PACKAGE, "ServiceErrorException");
      case UNKNOWN -> EXCEPTION;
    };
  }
}
