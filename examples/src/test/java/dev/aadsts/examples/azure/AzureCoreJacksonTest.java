package dev.aadsts.examples.azure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.azure.core.util.serializer.JacksonAdapter;
import com.azure.core.util.serializer.SerializerAdapter;
import com.azure.core.util.serializer.SerializerEncoding;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * azure-core asks for Jackson 2.18; the build pins one Jackson release (databind, annotations and
 * the JSR-310 module) for every class path. azure-core's own serializer still works on it.
 */
class AzureCoreJacksonTest {
  @Test
  void azureCoresSerializerRunsOnTheJacksonThisBuildPins() throws IOException {
    SerializerAdapter adapter = JacksonAdapter.createDefaultSerializerAdapter();
    OffsetDateTime at = OffsetDateTime.of(2025, 3, 14, 9, 12, 44, 0, ZoneOffset.UTC);

    String json = adapter.serialize(Map.of("at", at), SerializerEncoding.JSON);
    Map<?, ?> back = adapter.deserialize(json, Map.class, SerializerEncoding.JSON);

    assertEquals("{\"at\":\"2025-03-14T09:12:44Z\"}", json);
    assertEquals(Map.of("at", "2025-03-14T09:12:44Z"), back);
    assertEquals(
        com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.datatype.jsr310.PackageVersion.VERSION.toString());
  }
}
