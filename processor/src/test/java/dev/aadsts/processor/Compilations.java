package dev.aadsts.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;

/** Compiles annotated sources with the processor, and loads what it generated. */
final class Compilations {
  private Compilations() {}

  static final String PACKAGE = "com.example.auth";

  /** The option that makes the processor print its summary note. */
  static final String VERBOSE = "-Aaadsts.verbose=true";

  /** {@code @AadstsCatalog(...) package com.example.auth;} with the given attributes. */
  static JavaFileObject packageInfo(String attributes) {
    return JavaFileObjects.forSourceLines(
        PACKAGE + ".package-info",
        attributes.isEmpty() ? "@AadstsCatalog" : "@AadstsCatalog(" + attributes + ")",
        "package " + PACKAGE + ";",
        "",
        "import dev.aadsts.AadstsCatalog;");
  }

  static Compilation compile(JavaFileObject source, String... options) {
    List<String> all = new ArrayList<>(List.of("-Xlint:all,-processing"));
    all.addAll(List.of(options));
    return javac().withProcessors(new AadstsProcessor()).withOptions(all).compile(source);
  }

  /** Compiles the default package-info with {@code -Aaadsts.catalog} set to a test catalog. */
  static Compilation compileCatalog(String testCatalog, String... options) {
    return compileCatalog(testCatalogPath(testCatalog), options);
  }

  /** Compiles the default package-info with {@code -Aaadsts.catalog} set to a file. */
  static Compilation compileCatalog(Path catalog, String... options) {
    List<String> all = new ArrayList<>(List.of("-Aaadsts.catalog=" + catalog));
    all.addAll(List.of(options));
    return compile(packageInfo(""), all.toArray(String[]::new));
  }

  /** The path of a file under {@code src/test/resources/catalogs/}. */
  static Path testCatalogPath(String name) {
    try {
      return Path.of(Compilations.class.getResource("/catalogs/" + name).toURI());
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException("no test catalog " + name, e);
    }
  }

  /** Loads the generated enum of a successful compilation. */
  static Class<?> generatedEnum(Compilation compilation, String simpleName) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        String path = file.toUri().getPath();
        String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
        try (InputStream in = file.openInputStream()) {
          classes.put(name.replace(".class", "").replace('/', '.'), in.readAllBytes());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    ClassLoader loader =
        new ClassLoader(Compilations.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    try {
      return Class.forName(PACKAGE + "." + simpleName, true, loader);
    } catch (ClassNotFoundException e) {
      throw new AssertionError("not generated: " + simpleName + " in " + classes.keySet(), e);
    }
  }
}
