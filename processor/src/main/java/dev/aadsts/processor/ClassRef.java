package dev.aadsts.processor;

/**
 * A top-level class by name: the processor names the types of generated code and of the runtime
 * without loading them. A final class, not a record: a record's {@code equals} is bootstrapped by
 * {@code invokedynamic} on its first call, which costs a cold javac tens of milliseconds (issue
 * 13).
 */
final class ClassRef {
  private final String packageName;
  private final String simpleName;

  /**
   * @param packageName the package, empty for the unnamed package
   * @param simpleName the class's own name
   */
  ClassRef(String packageName, String simpleName) {
    this.packageName = packageName;
    this.simpleName = simpleName;
  }

  /** The package, empty for the unnamed package. */
  String packageName() {
    return packageName;
  }

  String simpleName() {
    return simpleName;
  }

  /** {@code com.example.AadstsCode}; the simple name in the unnamed package. */
  String canonicalName() {
    return packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
  }

  /** A class of the same package. */
  ClassRef peer(String name) {
    return new ClassRef(packageName, name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ClassRef that
        && packageName.equals(that.packageName)
        && simpleName.equals(that.simpleName);
  }

  @Override
  public int hashCode() {
    return packageName.hashCode() * 31 + simpleName.hashCode();
  }

  /** The canonical name, as messages print it. */
  @Override
  public String toString() {
    return canonicalName();
  }
}
