package dev.aadsts.processor;

/** The names the enum's file writes for the types it uses, asked for before its header. */
final class EnumNames {
  final Imports imports;
  final String self;
  final String support;
  final String errorCode;
  final String category;
  final String catalogInfo;
  final String error;
  final String optional;
  final String optionalInt;
  final String list;
  final String map;
  final String arrays;
  final String collections;
  final String locale;
  final String generated;
  final String string;
  final String object;
  final String charSequence;
  final String override;
  final String deprecated;
  final String suppressWarnings;

  EnumNames(CodeModel model, Imports imports, boolean locales) {
    this.imports = imports;
    self = imports.name(model.codeEnum());
    support = imports.name(RuntimeTypes.SUPPORT);
    errorCode = imports.name(RuntimeTypes.ERROR_CODE);
    category = imports.name(RuntimeTypes.CATEGORY);
    catalogInfo = imports.name(RuntimeTypes.CATALOG_INFO);
    error = model.exceptions() ? imports.name(RuntimeTypes.ERROR) : null;
    optional = imports.name(JavaTypes.OPTIONAL);
    optionalInt = imports.name(JavaTypes.OPTIONAL_INT);
    list = imports.name(JavaTypes.LIST);
    map = imports.name(JavaTypes.MAP);
    arrays = imports.name(JavaTypes.ARRAYS);
    collections = imports.name(JavaTypes.COLLECTIONS);
    locale = locales ? imports.name(JavaTypes.LOCALE) : null;
    generated = model.generated().isPresent() ? imports.name(model.generated().get()) : null;
    string = imports.lang("String");
    object = imports.lang("Object");
    charSequence = imports.lang("CharSequence");
    override = imports.lang("Override");
    deprecated = imports.lang("Deprecated");
    suppressWarnings = imports.lang("SuppressWarnings");
  }
}
