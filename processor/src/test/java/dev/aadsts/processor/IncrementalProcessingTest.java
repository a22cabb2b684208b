package dev.aadsts.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Gradle's incremental compilation trusts the metadata the jar ships: an isolating processor must
 * give every generated file exactly one originating element, the annotated one.
 */
class IncrementalProcessingTest {

  @Test
  void metadataDeclaresTheProcessorIsolating() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(
            getClass()
                .getClassLoader()
                .getResourceAsStream("META-INF/gradle/incremental.annotation.processors"))) {
      assertEquals(
          AadstsProcessor.class.getName() + ",isolating",
          new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
    }
  }

  @Test
  void everyGeneratedFileHasTheAnnotatedElementAsItsOnlyOrigin() {
    Map<String, Element[]> origins = new LinkedHashMap<>();
    Compilation compilation =
        javac().withProcessors(new Recording(origins)).compile(Compilations.packageInfo(""));
    assertThat(compilation).succeeded();
    assertEquals(
        Set.of("com.example.auth.AadstsCode", "com.example.auth.AadstsExceptions"),
        origins.keySet());
    origins.forEach(
        (file, elements) -> {
          assertEquals(1, elements.length, file);
          assertEquals("com.example.auth", elements[0].toString(), file);
        });
  }

  /** The processor, with a Filer that records the originating elements of each source file. */
  private static final class Recording extends AbstractProcessor {
    private final AadstsProcessor delegate = new AadstsProcessor();
    private final Map<String, Element[]> origins;

    Recording(Map<String, Element[]> origins) {
      this.origins = origins;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer filer = env.getFiler();
      Filer recording =
          (Filer)
              Proxy.newProxyInstance(
                  Filer.class.getClassLoader(),
                  new Class<?>[] {Filer.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("createSourceFile")) {
                      origins.put(args[0].toString(), (Element[]) args[1]);
                    }
                    try {
                      return method.invoke(filer, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      delegate.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  ProcessingEnvironment.class.getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("getFiler")) {
                      return recording;
                    }
                    try {
                      return method.invoke(env, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  }));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
