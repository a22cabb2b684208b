package dev.aadsts.processor;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Load stage: the bundled catalogs and the classification file, parsed when the processor itself is
 * built and shipped in its jar in a compact binary form ({@link #RESOURCE}), so a user's build
 * reads them in one pass instead of parsing markdown and JSON. When the resource is missing (the
 * processor run from its sources) they are parsed as before; a test keeps both the same.
 *
 * <p>The format: {@code int} magic and version, then strings as an {@code int} length and UTF-8
 * bytes. Catalog names; for each its problems and, when it could be read, its locale, date, rows
 * read and entries; then the classification's problems and kinds; then the bundled {@link
 * Selection}s, merged and named.
 *
 * @param names the bundled catalogs' file names, the default first
 * @param catalogs each catalog, parsed, by name
 * @param classification the classification file, parsed
 * @param selections the default selection (every bundled catalog) and each catalog alone, merged
 *     and named, by their catalogs' names in priority order; empty when parsed at run time
 */
record BundledCatalogs(
    List<String> names,
    Map<String, CatalogParser.Result> catalogs,
    ClassificationParser.Result classification,
    Map<List<String>, Selection.Stored> selections) {

  /** Where the compact form sits in the processor jar. */
  static final String RESOURCE = "META-INF/aadsts/processor/bundled-catalogs.bin";

  private static final int MAGIC = 0xAAD575;
  private static final int VERSION = 3;

  BundledCatalogs {
    names = List.copyOf(names);
    catalogs = Map.copyOf(catalogs);
    selections = Map.copyOf(selections);
  }

  /**
   * The bundled selection of these catalogs, when every one of them is a bundled catalog as loaded
   * here (not a user's file of the same name).
   */
  Optional<Selection> selection(List<Catalog> chosen) {
    for (Catalog catalog : chosen) {
      CatalogParser.Result result = catalogs.get(catalog.name());
      if (result == null || result.catalog().orElse(null) != catalog) {
        return Optional.empty();
      }
    }
    Selection.Stored stored = selections.get(Selection.key(chosen));
    return stored == null ? Optional.empty() : Optional.of(stored.get());
  }

  /** The same, with the bundled selections merged and named: what the jar ships. */
  BundledCatalogs withSelections() {
    List<Catalog> all = new ArrayList<>();
    for (String name : names) {
      Optional<Catalog> catalog = catalogs.get(name).catalog();
      if (catalog.isEmpty() || !classification.problems().isEmpty()) {
        return this;
      }
      all.add(catalog.get());
    }
    Map<List<String>, Selection.Stored> made = new LinkedHashMap<>();
    List<List<Catalog>> chosen = new ArrayList<>();
    chosen.add(CatalogMerger.byPriority(List.of(), all));
    all.forEach(c -> chosen.add(List.of(c)));
    for (List<Catalog> selection : chosen) {
      made.putIfAbsent(
          Selection.key(selection),
          new Selection.Stored(Selection.of(selection, classification.kinds())));
    }
    return new BundledCatalogs(names, catalogs, classification, made);
  }

  /** The compact form from the class path, else the catalogs parsed from their sources. */
  static BundledCatalogs load() {
    Optional<BundledCatalogs> precompiled = precompiled();
    return precompiled.isPresent() ? precompiled.get() : parse();
  }

  /** Parses the bundled markdown files and the classification file: what the build does. */
  static BundledCatalogs parse() {
    List<String> names = CatalogLoader.bundledNames();
    Map<String, CatalogParser.Result> catalogs = new LinkedHashMap<>();
    for (String name : names) {
      CatalogLoader.Text text = CatalogLoader.bundledText(name, names);
      catalogs.put(
          name,
          text.problem().isPresent()
              ? new CatalogParser.Result(Optional.empty(), List.of(unreadable(text)))
              : CatalogParser.parse(text.name(), text.text().get()));
    }
    CatalogLoader.Text text = CatalogLoader.classificationText();
    ClassificationParser.Result classification =
        text.problem().isPresent()
            ? new ClassificationParser.Result(Map.of(), List.of(unreadable(text)))
            : ClassificationParser.parse(text.name(), text.text().get());
    return new BundledCatalogs(names, catalogs, classification, Map.of());
  }

  static CatalogProblem unreadable(CatalogLoader.Text text) {
    return new CatalogProblem(true, text.name(), 0, text.problem().get());
  }

  /** The compact form, when the processor's jar has it and it is of this version. */
  static Optional<BundledCatalogs> precompiled() {
    try (InputStream resource = CatalogLoader.openResource(RESOURCE)) {
      return resource == null
          ? Optional.empty()
          : read(new DataInputStream(new BufferedInputStream(resource, 1 << 16)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the compact form of the bundled catalogs into a class output directory. */
  static void writeInto(Path classes) throws IOException {
    Path file = classes.resolve(RESOURCE);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      parse().withSelections().write(out);
    }
  }

  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(names.size());
    for (String name : names) {
      writeString(out, name);
      CatalogParser.Result result = catalogs.get(name);
      writeProblems(out, result.problems());
      out.writeBoolean(result.catalog().isPresent());
      if (result.catalog().isPresent()) {
        Catalog c = result.catalog().get();
        writeString(out, c.name());
        writeString(out, c.locale().toLanguageTag());
        writeString(out, c.date().map(LocalDate::toString).orElse(""));
        out.writeInt(c.rowsRead());
        out.writeInt(c.entries().size());
        for (CatalogEntry e : c.entries()) {
          out.writeInt(e.code());
          writeString(out, e.identifier().orElse(""));
          writeString(out, e.description());
          out.writeInt(e.line());
        }
      }
    }
    writeProblems(out, classification.problems());
    out.writeInt(classification.kinds().size());
    for (Map.Entry<Integer, CodeKind> kind : classification.kinds().entrySet()) {
      out.writeInt(kind.getKey());
      out.writeByte(kind.getValue().category().ordinal());
      out.writeBoolean(kind.getValue().retryable());
    }
    out.writeInt(selections.size());
    for (Map.Entry<List<String>, Selection.Stored> selection : selections.entrySet()) {
      writeStrings(out, selection.getKey());
      // Each with its length: a compilation decodes only the one it uses.
      ByteArrayOutputStream block = new ByteArrayOutputStream();
      DataOutputStream blockOut = new DataOutputStream(block);
      selection.getValue().get().write(blockOut, catalogsNamed(selection.getKey()));
      blockOut.flush();
      out.writeInt(block.size());
      block.writeTo(out);
    }
    out.flush();
  }

  private static Optional<BundledCatalogs> read(DataInputStream in) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      return Optional.empty();
    }
    int count = in.readInt();
    List<String> names = new ArrayList<>(count);
    Map<String, CatalogParser.Result> catalogs = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = readString(in);
      names.add(name);
      List<CatalogProblem> problems = readProblems(in);
      Optional<Catalog> catalog = Optional.empty();
      if (in.readBoolean()) {
        String file = readString(in);
        Locale locale = Locale.forLanguageTag(readString(in));
        String date = readString(in);
        int rowsRead = in.readInt();
        int entries = in.readInt();
        List<CatalogEntry> list = new ArrayList<>(entries);
        for (int e = 0; e < entries; e++) {
          int code = in.readInt();
          String identifier = readString(in);
          list.add(
              new CatalogEntry(
                  code,
                  identifier.isEmpty() ? Optional.empty() : Optional.of(identifier),
                  readString(in),
                  in.readInt()));
        }
        catalog =
            Optional.of(
                new Catalog(
                    file,
                    locale,
                    date.isEmpty() ? Optional.empty() : Optional.of(date(date)),
                    list,
                    rowsRead));
      }
      catalogs.put(name, new CatalogParser.Result(catalog, problems));
    }
    List<CatalogProblem> problems = readProblems(in);
    int kinds = in.readInt();
    Map<Integer, CodeKind> byCode = new LinkedHashMap<>();
    Category[] categories = Category.values();
    for (int i = 0; i < kinds; i++) {
      byCode.put(in.readInt(), new CodeKind(categories[in.readByte()], in.readBoolean(), true));
    }
    BundledCatalogs read =
        new BundledCatalogs(
            names, catalogs, new ClassificationParser.Result(byCode, problems), Map.of());
    int selectionCount = in.readInt();
    Map<List<String>, Selection.Stored> selections = new LinkedHashMap<>();
    for (int i = 0; i < selectionCount; i++) {
      List<String> key = readStrings(in);
      byte[] block = new byte[in.readInt()];
      in.readFully(block);
      selections.put(key, new Selection.Stored(block, read.catalogsNamed(key)));
    }
    return Optional.of(new BundledCatalogs(names, catalogs, read.classification(), selections));
  }

  private static void writeProblems(DataOutputStream out, List<CatalogProblem> problems)
      throws IOException {
    out.writeInt(problems.size());
    for (CatalogProblem p : problems) {
      out.writeBoolean(p.error());
      writeString(out, p.file());
      out.writeInt(p.line());
      writeString(out, p.message());
    }
  }

  private static List<CatalogProblem> readProblems(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<CatalogProblem> problems = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      problems.add(
          new CatalogProblem(in.readBoolean(), readString(in), in.readInt(), readString(in)));
    }
    return problems;
  }

  private List<Catalog> catalogsNamed(List<String> key) {
    List<Catalog> named = new ArrayList<>(key.size());
    for (String name : key) {
      named.add(catalogs.get(name).catalog().orElseThrow());
    }
    return named;
  }

  static void writeStrings(DataOutputStream out, List<String> strings) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      writeString(out, s);
    }
  }

  /**
   * A date as {@code LocalDate.toString} wrote it; read by hand in the usual {@code yyyy-mm-dd}
   * form, since {@code LocalDate.parse} loads some sixty classes of {@code java.time.format} into a
   * cold javac.
   */
  private static LocalDate date(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      return LocalDate.of(
          Integer.parseInt(text, 0, 4, 10),
          Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    }
    return LocalDate.parse(text);
  }

  static List<String> readStrings(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<String> strings = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      strings.add(readString(in));
    }
    return strings;
  }

  static void writeInts(DataOutputStream out, List<Integer> ints) throws IOException {
    out.writeInt(ints.size());
    for (int i : ints) {
      out.writeInt(i);
    }
  }

  static List<Integer> readInts(DataInputStream in) throws IOException {
    int count = in.readInt();
    List<Integer> ints = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ints.add(in.readInt());
    }
    return ints;
  }

  static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  static String readString(DataInputStream in) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
