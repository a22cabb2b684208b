package dev.aadsts.examples.azure;

import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Entra ID as azure-identity sees it through an azure-core {@link HttpClient}: the token endpoint
 * answers with one response, the metadata endpoint as the real one does, anything else 404. No
 * request leaves the process.
 */
final class FakeEntraId implements HttpClient {
  static final String LOGIN = "https://login.microsoftonline.com/";
  static final String TENANT = "contoso.onmicrosoft.com";
  static final String IMDS = "http://169.254.169.254/metadata/identity/oauth2/token";
  static final String TOKEN_ENDPOINT = LOGIN + TENANT + "/oauth2/v2.0/token";

  private final int status;
  private final String body;
  private final Map<String, String> headers;
  private final List<String> urls = new CopyOnWriteArrayList<>();
  private final List<String> tokenRequests = new CopyOnWriteArrayList<>();

  FakeEntraId(int status, String body, Map<String, String> headers) {
    this.status = status;
    this.body = body;
    this.headers = headers;
  }

  @Override
  public Mono<HttpResponse> send(HttpRequest request) {
    String url = request.getUrl().toString();
    urls.add(url);
    if (url.equals(TOKEN_ENDPOINT)) {
      BinaryData sent = request.getBodyAsBinaryData();
      tokenRequests.add(sent == null ? "" : sent.toString());
      HttpHeaders answer = json();
      headers.forEach((name, value) -> answer.set(HttpHeaderName.fromString(name), value));
      return Mono.just(new Response(request, status, answer, body));
    }
    if (url.startsWith(LOGIN + TENANT + "/v2.0/.well-known/openid-configuration")) {
      return Mono.just(
          new Response(
              request,
              200,
              json(),
              "{\"token_endpoint\":\""
                  + TOKEN_ENDPOINT
                  + "\",\"authorization_endpoint\":\""
                  + LOGIN
                  + TENANT
                  + "/oauth2/v2.0/authorize\",\"issuer\":\""
                  + LOGIN
                  + TENANT
                  + "/v2.0\"}"));
    }
    if (url.startsWith(IMDS)) {
      // What the instance metadata service answers on a machine without a managed identity.
      return Mono.just(
          new Response(
              request,
              400,
              json(),
              "{\"error\":\"invalid_request\",\"error_description\":\"Identity not found\"}"));
    }
    return Mono.just(new Response(request, 404, json(), "{}"));
  }

  private static HttpHeaders json() {
    return new HttpHeaders().set(HttpHeaderName.CONTENT_TYPE, "application/json; charset=utf-8");
  }

  List<String> urls() {
    return urls;
  }

  List<String> tokenRequests() {
    return tokenRequests;
  }

  /** A response with its body in memory. */
  private static final class Response extends HttpResponse {
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    Response(HttpRequest request, int status, HttpHeaders headers, String body) {
      super(request);
      this.status = status;
      this.headers = headers;
      this.body = body.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public int getStatusCode() {
      return status;
    }

    @Override
    @Deprecated
    public String getHeaderValue(String name) {
      return headers.getValue(HttpHeaderName.fromString(name));
    }

    @Override
    public HttpHeaders getHeaders() {
      return headers;
    }

    @Override
    public Flux<ByteBuffer> getBody() {
      return Flux.just(ByteBuffer.wrap(body));
    }

    @Override
    public Mono<byte[]> getBodyAsByteArray() {
      return Mono.just(body);
    }

    @Override
    public Mono<String> getBodyAsString() {
      return Mono.just(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public Mono<String> getBodyAsString(Charset charset) {
      return Mono.just(new String(body, charset));
    }
  }
}
