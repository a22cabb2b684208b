package dev.aadsts.processor;

/**
 * Who has to act on a code: the processor's copy of the runtime's {@code dev.aadsts.Category}
 * constants, which the generated code names. The processor never loads the runtime's classes.
 */
enum Category {
  INTERACTION_REQUIRED,
  USER_ERROR,
  CLIENT_CONFIGURATION,
  TENANT_POLICY,
  TRANSIENT,
  FEDERATION,
  SERVICE,
  UNKNOWN;

  /** The constant of a name, or null when the runtime has none of that name. */
  static Category named(String name) {
    for (Category category : values()) {
      if (category.name().equals(name)) {
        return category;
      }
    }
    return null;
  }
}
