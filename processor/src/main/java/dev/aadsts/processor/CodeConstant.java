package dev.aadsts.processor;

import java.util.List;

/**
 * A constant of the generated enum: a code, its Java names, its classification and the deprecated
 * aliases that keep older identifiers usable. Every name is decided by {@link NameAllocator}; the
 * writers only print them.
 *
 * @param name the constant's name, unique in the enum
 * @param exceptionName the simple name of the code's exception class, unique among them
 * @param code the merged code it stands for
 * @param kind its category and retryability
 * @param aliases names of older identifiers of the code, each a deprecated field for the constant
 */
record CodeConstant(
    String name, String exceptionName, MergedCode code, CodeKind kind, List<Alias> aliases) {

  /**
   * A deprecated alias: an identifier that another catalog revision used for the code.
   *
   * @param name the field's name
   * @param identifier the older identifier
   */
  record Alias(String name, String identifier) {}

  CodeConstant {
    aliases = List.copyOf(aliases);
  }

  int number() {
    return code.code();
  }
}
