package dev.aadsts.processor;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Merge and model stages for one selection of catalogs, in priority order: the merged codes, the
 * constants with their names and kinds, and the warnings about names. The bundled selections (all
 * bundled catalogs, and each one alone) are made when the processor is built and ship in {@link
 * BundledCatalogs}; others are made once per compilation.
 *
 * @param merged the union of the catalogs' codes
 * @param constants one constant per code, in code order
 * @param clashes a warning for each name clash resolved
 */
record Selection(CatalogMerger.Result merged, List<CodeConstant> constants, List<String> clashes) {

  Selection {
    constants = List.copyOf(constants);
    clashes = List.copyOf(clashes);
  }

  /** Merges catalogs and names and classifies their codes. */
  static Selection of(List<Catalog> catalogs, Map<Integer, CodeKind> curated) {
    CatalogMerger.Result merged = CatalogMerger.merge(catalogs);
    List<String> clashes = new ArrayList<>();
    List<CodeConstant> constants = CodeModel.constants(merged.codes(), curated, clashes);
    return new Selection(merged, constants, clashes);
  }

  /** The catalog names of a selection: its key among the bundled selections. */
  static List<String> key(List<Catalog> catalogs) {
    List<String> names = new ArrayList<>(catalogs.size());
    for (Catalog catalog : catalogs) {
      names.add(catalog.name());
    }
    return names;
  }

  /**
   * Writes the selection; texts that come from the catalogs are written as the place they come from
   * (catalog, entry), so the compact form holds each text once.
   */
  void write(DataOutputStream out, List<Catalog> catalogs) throws IOException {
    BundledCatalogs.writeInts(out, merged.added());
    out.writeInt(constants.size());
    for (CodeConstant constant : constants) {
      MergedCode code = constant.code();
      out.writeInt(code.code());
      BundledCatalogs.writeString(out, code.identifier().orElse(""));
      BundledCatalogs.writeStrings(out, code.aliases());
      out.writeInt(code.descriptions().size());
      for (Map.Entry<String, String> text : code.descriptions().entrySet()) {
        BundledCatalogs.writeString(out, text.getKey());
        writeReference(out, catalogs, code.code(), text.getKey(), text.getValue());
      }
      BundledCatalogs.writeString(out, code.row());
      BundledCatalogs.writeString(out, constant.name());
      BundledCatalogs.writeString(out, constant.exceptionName());
      out.writeByte(constant.kind().category().ordinal());
      out.writeBoolean(constant.kind().retryable());
      out.writeBoolean(constant.kind().curated());
      out.writeInt(constant.aliases().size());
      for (CodeConstant.Alias alias : constant.aliases()) {
        BundledCatalogs.writeString(out, alias.name());
        BundledCatalogs.writeString(out, alias.identifier());
      }
    }
    BundledCatalogs.writeStrings(out, clashes);
  }

  /** The first catalog of the language whose entry for the code has the text, else the text. */
  private static void writeReference(
      DataOutputStream out, List<Catalog> catalogs, int code, String language, String text)
      throws IOException {
    for (int c = 0; c < catalogs.size(); c++) {
      Catalog catalog = catalogs.get(c);
      int e = entryIndex(catalog, code);
      if (e >= 0
          && catalog.locale().getLanguage().equals(language)
          && catalog.entries().get(e).description().equals(text)) {
        out.writeInt(c);
        out.writeInt(e);
        return;
      }
    }
    out.writeInt(-1);
    BundledCatalogs.writeString(out, text);
  }

  private static int entryIndex(Catalog catalog, int code) {
    List<CatalogEntry> entries = catalog.entries();
    int low = 0;
    int high = entries.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int at = entries.get(mid).code();
      if (at == code) {
        return mid;
      } else if (at < code) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return -1;
  }

  static Selection read(DataInputStream in, List<Catalog> catalogs) throws IOException {
    List<Integer> added = BundledCatalogs.readInts(in);
    int count = in.readInt();
    List<MergedCode> codes = new ArrayList<>(count);
    List<CodeConstant> constants = new ArrayList<>(count);
    Category[] categories = Category.values();
    for (int i = 0; i < count; i++) {
      int number = in.readInt();
      String identifier = BundledCatalogs.readString(in);
      List<String> aliases = BundledCatalogs.readStrings(in);
      int languages = in.readInt();
      Map<String, String> descriptions = new LinkedHashMap<>();
      for (int l = 0; l < languages; l++) {
        String language = BundledCatalogs.readString(in);
        int c = in.readInt();
        descriptions.put(
            language,
            c < 0
                ? BundledCatalogs.readString(in)
                : catalogs.get(c).entries().get(in.readInt()).description());
      }
      MergedCode code =
          new MergedCode(
              number,
              identifier.isEmpty() ? Optional.empty() : Optional.of(identifier),
              aliases,
              descriptions,
              BundledCatalogs.readString(in));
      String name = BundledCatalogs.readString(in);
      String exceptionName = BundledCatalogs.readString(in);
      CodeKind kind = new CodeKind(categories[in.readByte()], in.readBoolean(), in.readBoolean());
      int aliasCount = in.readInt();
      List<CodeConstant.Alias> fields = new ArrayList<>(aliasCount);
      for (int a = 0; a < aliasCount; a++) {
        fields.add(
            new CodeConstant.Alias(BundledCatalogs.readString(in), BundledCatalogs.readString(in)));
      }
      codes.add(code);
      constants.add(new CodeConstant(name, exceptionName, code, kind, fields));
    }
    List<String> clashes = BundledCatalogs.readStrings(in);
    return new Selection(new CatalogMerger.Result(codes, added), constants, clashes);
  }

  /**
   * A selection as the processor's jar holds it: decoded on first use, since a compilation uses one
   * of them. Equal when the selections are.
   */
  static final class Stored {
    private final byte[] bytes;
    private final List<Catalog> catalogs;
    private Selection value;

    Stored(Selection value) {
      this.bytes = new byte[0];
      this.catalogs = List.of();
      this.value = value;
    }

    Stored(byte[] bytes, List<Catalog> catalogs) {
      this.bytes = bytes;
      this.catalogs = catalogs;
    }

    Selection get() {
      if (value == null) {
        try {
          value = read(new DataInputStream(new ByteArrayInputStream(bytes)), catalogs);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return value;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Stored stored && get().equals(stored.get());
    }

    @Override
    public int hashCode() {
      return get().hashCode();
    }
  }
}
