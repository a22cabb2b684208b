package dev.aadsts.processor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merge stage: merges catalogs into one set of codes. Catalogs come in priority order, most
 * authoritative first: a code's identifier is the one of the first English catalog that has one
 * (else of the first catalog that has one), its description in each language that of the first
 * catalog of the language, and every other identifier a catalog used for it becomes an alias.
 */
final class CatalogMerger {
  private CatalogMerger() {}

  /**
   * The union, and how many codes each catalog added to it.
   *
   * @param codes the union, sorted by code
   * @param added for each catalog, in the order given, the codes it listed that no earlier one did
   */
  record Result(List<MergedCode> codes, List<Integer> added) {
    Result {
      codes = List.copyOf(codes);
      added = List.copyOf(added);
    }
  }

  /**
   * Orders catalogs by priority: user files first, in reverse of the order given (the last one
   * wins), then the bundled ones newest first.
   */
  static List<Catalog> byPriority(List<Catalog> userFiles, List<Catalog> bundled) {
    List<Catalog> ordered = new ArrayList<>(userFiles);
    Collections.reverse(ordered);
    // Newest first; of one revision, English first: its identifiers are the reference. A stable
    // insertion sort of a handful of catalogs, without the lambdas a Comparator chain spins in a
    // cold javac.
    List<Catalog> newestFirst = new ArrayList<>(bundled.size());
    for (Catalog catalog : bundled) {
      int at = newestFirst.size();
      while (at > 0 && comesFirst(catalog, newestFirst.get(at - 1))) {
        at--;
      }
      newestFirst.add(at, catalog);
    }
    ordered.addAll(newestFirst);
    return ordered;
  }

  private static boolean comesFirst(Catalog a, Catalog b) {
    int newer = a.date().orElse(LocalDate.MIN).compareTo(b.date().orElse(LocalDate.MIN));
    return newer > 0 || (newer == 0 && a.isEnglish() && !b.isEnglish());
  }

  static Result merge(List<Catalog> catalogs) {
    Map<Integer, List<CatalogEntry>> entries = new TreeMap<>();
    Map<Integer, List<Catalog>> sources = new TreeMap<>();
    List<Integer> added = new ArrayList<>();
    for (Catalog catalog : catalogs) {
      int newCodes = 0;
      for (CatalogEntry entry : catalog.entries()) {
        if (!entries.containsKey(entry.code())) {
          newCodes++;
        }
        List<CatalogEntry> ofCode = entries.get(entry.code());
        if (ofCode == null) {
          ofCode = new ArrayList<>();
          entries.put(entry.code(), ofCode);
          sources.put(entry.code(), new ArrayList<>());
        }
        ofCode.add(entry);
        sources.get(entry.code()).add(catalog);
      }
      added.add(newCodes);
    }
    List<MergedCode> codes = new ArrayList<>();
    for (Map.Entry<Integer, List<CatalogEntry>> code : entries.entrySet()) {
      codes.add(mergeOne(code.getKey(), code.getValue(), sources.get(code.getKey())));
    }
    return new Result(codes, added);
  }

  private static MergedCode mergeOne(int code, List<CatalogEntry> entries, List<Catalog> from) {
    int named = -1;
    for (int i = 0; i < entries.size() && named < 0; i++) {
      if (from.get(i).isEnglish() && entries.get(i).identifier().isPresent()) {
        named = i;
      }
    }
    for (int i = 0; i < entries.size() && named < 0; i++) {
      if (entries.get(i).identifier().isPresent()) {
        named = i;
      }
    }
    Optional<String> identifier = named < 0 ? Optional.empty() : entries.get(named).identifier();
    int source = Math.max(named, 0);
    String row = from.get(source).name() + ":" + entries.get(source).line();
    Set<String> aliases = new LinkedHashSet<>();
    for (CatalogEntry entry : entries) {
      if (entry.identifier().isPresent()) {
        aliases.add(entry.identifier().get());
      }
    }
    if (identifier.isPresent()) {
      aliases.remove(identifier.get());
    }
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      descriptions.putIfAbsent(from.get(i).locale().getLanguage(), entries.get(i).description());
    }
    return new MergedCode(code, identifier, List.copyOf(aliases), descriptions, row);
  }
}
