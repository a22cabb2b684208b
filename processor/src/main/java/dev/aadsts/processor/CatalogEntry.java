package dev.aadsts.processor;

import java.util.Optional;

/**
 * One code of a catalog, as read from its table row.
 *
 * @param code the number after {@code AADSTS}
 * @param identifier the catalog's identifier, such as {@code UserAccountNotFound}; empty for rows
 *     whose text is prose
 * @param description the row's text after the identifier, as plain text
 * @param line the 1-based line of the row in the catalog file
 */
record CatalogEntry(int code, Optional<String> identifier, String description, int line) {}
