package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A constant of the generated enum: a catalog entry and its Java name.
 *
 * @param name the constant's name, unique in the enum
 * @param entry the catalog entry it stands for
 * @param kind its category and retryability
 */
record CodeConstant(String name, CatalogEntry entry, Classification.Kind kind) {

  /**
   * Names the constants of a catalog. The identifier in UPPER_SNAKE ({@code UserAccountNotFound}
   * → {@code USER_ACCOUNT_NOT_FOUND}); when two codes would share a name, each gets {@code
   * _<code>} ({@code INVALID_REQUEST_90023}); a row without identifier gives {@code AADSTS<code>}.
   */
  static List<CodeConstant> of(List<CatalogEntry> entries, Map<Integer, Classification.Kind> curated) {
    Map<String, Integer> uses = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (CatalogEntry entry : entries) {
      String name = entry.identifier().map(CodeConstant::upperSnake).orElse("AADSTS" + entry.code());
      names.add(name);
      uses.merge(name, 1, Integer::sum);
    }
    List<CodeConstant> constants = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      CatalogEntry entry = entries.get(i);
      String name = names.get(i);
      constants.add(
          new CodeConstant(
              uses.get(name) > 1 ? name + "_" + entry.code() : name,
              entry,
              Classification.kindOf(curated, entry)));
    }
    return constants;
  }

  /** The simple name of the constant's exception: {@code USER_ACCOUNT_NOT_FOUND} → {@code UserAccountNotFoundException}. */
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
