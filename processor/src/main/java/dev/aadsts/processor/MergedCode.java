package dev.aadsts.processor;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One code of the union of several catalogs.
 *
 * @param code the number after {@code AADSTS}
 * @param identifier the identifier of the newest English catalog that has one (else of any)
 * @param aliases other identifiers that catalogs used for the code, newest first
 * @param descriptions the description in each language, from the newest catalog of that language
 *     that lists the code; in the order the languages were first seen
 * @param row the catalog file and line the code's name comes from ({@code catalog.md:12}), for
 *     messages
 */
record MergedCode(
    int code,
    Optional<String> identifier,
    List<String> aliases,
    Map<String, String> descriptions,
    String row) {

  MergedCode {
    aliases = List.copyOf(aliases);
  }

  /** The description in a language, else in English, else in the first language that has one. */
  String description(String language) {
    String text = descriptions.get(language);
    if (text == null) {
      text = descriptions.get("en");
    }
    return text != null ? text : descriptions.values().iterator().next();
  }
}
