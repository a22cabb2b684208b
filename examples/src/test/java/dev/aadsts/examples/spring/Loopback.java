package dev.aadsts.examples.spring;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JDK HTTP server on 127.0.0.1 that answers every request with one response and records what it
 * received: a stand-in for Entra ID's token endpoint or for a resource, with no network.
 */
public final class Loopback implements AutoCloseable {
  /** What the server received: method, path, headers and form body. */
  public record Request(
      String method, String path, Map<String, List<String>> headers, String body) {}

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile int status;
  private volatile String body;
  private volatile Map<String, String> headers;

  /**
   * Starts a server answering {@code status}, {@code body} (JSON) and {@code headers}.
   *
   * @param status the HTTP status
   * @param body the JSON body
   * @param headers response headers
   */
  public Loopback(int status, String body, Map<String, String> headers) {
    answer(status, body, headers);
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String received =
              new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          requests.add(
              new Request(
                  exchange.getRequestMethod(),
                  exchange.getRequestURI().getPath(),
                  Map.copyOf(exchange.getRequestHeaders()),
                  received));
          byte[] bytes = this.body.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
          this.headers.forEach(exchange.getResponseHeaders()::set);
          exchange.sendResponseHeaders(this.status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  /** Changes what the server answers from now on. */
  public void answer(int status, String body, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.headers = Map.copyOf(headers);
  }

  /** The address of {@code path} on this server. */
  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** The requests received, in order. */
  public List<Request> requests() {
    return requests;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
