package dev.aadsts.processor;

/** The JDK's classes outside {@code java.lang} that generated code uses. */
final class JavaTypes {
  private JavaTypes() {}

  static final ClassRef ARRAYS = new ClassRef("java.util", "Arrays");
  static final ClassRef COLLECTIONS = new ClassRef("java.util", "Collections");
  static final ClassRef LIST = new ClassRef("java.util", "List");
  static final ClassRef LOCALE = new ClassRef("java.util", "Locale");
  static final ClassRef MAP = new ClassRef("java.util", "Map");
  static final ClassRef OPTIONAL = new ClassRef("java.util", "Optional");
  static final ClassRef OPTIONAL_INT = new ClassRef("java.util", "OptionalInt");
}
