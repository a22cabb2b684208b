package dev.aadsts.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * Model stage: everything the writers need for one annotated element: where to write, and the
 * constants.
 *
 * @param origin the annotated element, the originating element of every generated file
 * @param codeEnum the enum to generate
 * @param catalogs the catalogs it is generated from, in priority order
 * @param language the language of {@code description()} and the Javadoc
 * @param constants the enum's constants, in code order
 * @param generated the {@code @Generated} annotation type the compilation has, if any
 * @param exceptions whether to generate the per-code exception classes
 */
record CodeModel(
    Element origin,
    ClassRef codeEnum,
    List<Catalog> catalogs,
    String language,
    List<CodeConstant> constants,
    Optional<ClassRef> generated,
    boolean exceptions) {

  CodeModel {
    catalogs = List.copyOf(catalogs);
    constants = List.copyOf(constants);
  }

  /** The languages of the catalogs, in priority order. */
  List<String> languages() {
    List<String> languages = new ArrayList<>(catalogs.size());
    for (Catalog catalog : catalogs) {
      String language = catalog.locale().getLanguage();
      if (!languages.contains(language)) {
        languages.add(language);
      }
    }
    return languages;
  }

  /** The catalogs' file names, for messages and {@code @Generated}. */
  String catalogNames() {
    StringBuilder names = new StringBuilder();
    for (Catalog catalog : catalogs) {
      names.append(names.length() == 0 ? "" : ", ").append(catalog.name());
    }
    return names.toString();
  }

  /** The generated factory of typed exceptions, beside the enum. */
  ClassRef exceptionsClass() {
    return exceptionsClass(codeEnum);
  }

  /** The exceptions class of an enum ({@link Naming#exceptionsClass}). */
  static ClassRef exceptionsClass(ClassRef codeEnum) {
    return Naming.exceptionsClass(codeEnum);
  }

  /**
   * The constants of merged codes: their names from {@link NameAllocator}, their kinds from the
   * classification file, else from {@link Classifier}.
   *
   * @param clashes receives a warning for each name clash resolved
   */
  static List<CodeConstant> constants(
      List<MergedCode> codes, Map<Integer, CodeKind> curated, List<String> clashes) {
    NameAllocator.Result names = NameAllocator.allocate(codes);
    clashes.addAll(names.clashes());
    List<CodeConstant> constants = new ArrayList<>(codes.size());
    for (int i = 0; i < codes.size(); i++) {
      MergedCode code = codes.get(i);
      NameAllocator.Names n = names.names().get(i);
      constants.add(
          new CodeConstant(
              n.constant(), n.exception(), code, Classifier.kindOf(curated, code), n.aliases()));
    }
    return constants;
  }

  /** The {@code comments} of {@code @Generated}: the catalogs' file names. */
  String generatedComments() {
    return "catalogs: " + catalogNames();
  }
}
