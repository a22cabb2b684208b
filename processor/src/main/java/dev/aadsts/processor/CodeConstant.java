package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A constant of the generated enum: a code, its Java name, its classification and the deprecated
 * aliases that keep older identifiers usable.
 *
 * @param name the constant's name, unique in the enum
 * @param code the merged code it stands for
 * @param kind its category and retryability
 * @param aliases names of older identifiers of the code, each a deprecated field for the constant
 */
record CodeConstant(String name, MergedCode code, Classification.Kind kind, List<Alias> aliases) {

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

  /**
   * Names the constants. The identifier in UPPER_SNAKE ({@code UserAccountNotFound} → {@code
   * USER_ACCOUNT_NOT_FOUND}); when two codes would share a name, each gets {@code _<code>} ({@code
   * INVALID_REQUEST_90023}); a code without identifier gives {@code AADSTS<code>}. Aliases follow
   * the same rules and never take a constant's name.
   */
  static List<CodeConstant> of(List<MergedCode> codes, Map<Integer, Classification.Kind> curated) {
    List<String> names = constantNames(codes);
    Set<String> taken = new HashSet<>(names);
    List<CodeConstant> constants = new ArrayList<>();
    Map<String, Integer> aliasUses = new HashMap<>();
    codes.forEach(c -> c.aliases().forEach(a -> aliasUses.merge(upperSnake(a), 1, Integer::sum)));
    for (int i = 0; i < codes.size(); i++) {
      MergedCode code = codes.get(i);
      List<Alias> aliases = new ArrayList<>();
      for (String identifier : code.aliases()) {
        String base = upperSnake(identifier);
        String name = aliasUses.get(base) > 1 ? base + "_" + code.code() : base;
        if (taken.add(name)) {
          aliases.add(new Alias(name, identifier));
        }
      }
      constants.add(
          new CodeConstant(names.get(i), code, Classification.kindOf(curated, code), aliases));
    }
    return constants;
  }

  /** The constant names of codes, {@code _<code>} on names that two codes would share. */
  private static List<String> constantNames(List<MergedCode> codes) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (MergedCode code : codes) {
      String name = code.identifier().map(CodeConstant::upperSnake).orElse("AADSTS" + code.code());
      names.add(name);
      uses.merge(name, 1, Integer::sum);
    }
    List<String> unique = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String name = names.get(i);
      unique.add(uses.get(name) > 1 ? name + "_" + codes.get(i).code() : name);
    }
    return unique;
  }

  /**
   * The simple name of the constant's exception: {@code USER_ACCOUNT_NOT_FOUND} → {@code
   * UserAccountNotFoundException}.
   */
  String exceptionName() {
    StringBuilder out = new StringBuilder(name.length() + 9);
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? c : Character.toLowerCase(c));
        upper = false;
      }
    }
    return out.append("Exception").toString();
  }

  /**
   * {@code UserAccountNotFound} → {@code USER_ACCOUNT_NOT_FOUND}; a word starts at an upper-case
   * letter after a lower-case letter or digit, or at the last capital of an acronym ({@code
   * PKeyAuth} → {@code P_KEY_AUTH}). Underscores in the identifier stay single.
   */
  static String upperSnake(String identifier) {
    StringBuilder out = new StringBuilder(identifier.length() + 8);
    for (int i = 0; i < identifier.length(); i++) {
      char c = identifier.charAt(i);
      if (c == '_') {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '_') {
          out.append('_');
        }
        continue;
      }
      if (i > 0 && Character.isUpperCase(c) && out.charAt(out.length() - 1) != '_') {
        char before = identifier.charAt(i - 1);
        boolean afterWord = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym =
            Character.isUpperCase(before)
                && i + 1 < identifier.length()
                && Character.isLowerCase(identifier.charAt(i + 1));
        if (afterWord || endsAcronym) {
          out.append('_');
        }
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
