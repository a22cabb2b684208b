package dev.aadsts.processor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names one generated file writes for the types it uses, and its imports. The writers ask for
 * every type they name before they write the file's header, so there is no pass that collects
 * imports from the code. A type is written by its simple name, and imported, unless a type the file
 * declares or another type it names has that simple name; then it is written qualified.
 */
final class Imports {
  private final ClassRef self;
  private final Set<String> nested;
  private final Map<String, ClassRef> bySimpleName = new HashMap<>();
  private final Set<String> imports = new TreeSet<>();

  /**
   * @param self the file's top-level class
   * @param nested the simple names of the classes nested in it
   */
  Imports(ClassRef self, Set<String> nested) {
    this.self = self;
    this.nested = nested;
    bySimpleName.put(self.simpleName(), self);
  }

  /** The name to write for a class: simple (imported if from another package) or qualified. */
  String name(ClassRef type) {
    String simple = type.simpleName();
    ClassRef owner = bySimpleName.putIfAbsent(simple, type);
    boolean free = (owner == null || owner.equals(type)) && !nested.contains(simple);
    if (!free) {
      return type.canonicalName();
    }
    if (!type.packageName().equals(self.packageName())) {
      imports.add(type.canonicalName());
    }
    return simple;
  }

  /** The name to write for a class of {@code java.lang}, which is never imported. */
  String lang(String simpleName) {
    ClassRef type = new ClassRef("java.lang", simpleName);
    ClassRef owner = bySimpleName.putIfAbsent(simpleName, type);
    boolean free = (owner == null || owner.equals(type)) && !nested.contains(simpleName);
    return free ? simpleName : type.canonicalName();
  }

  /** The import declarations, sorted, one a line. */
  void writeTo(JavaWriter out) {
    for (String type : imports) {
      out.begin().append("import ").append(type).append(';');
      out.end();
    }
  }
}
