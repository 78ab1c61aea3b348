package dev.scriptcast.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scriptcast.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a token every API call needs it; without one the server stays on loopback. */
class TokenTest {
    @TempDir
    Path data;

    @Test
    void everyApiCallNeedsTheToken() throws Exception {
        try (StudioServer server = StudioServer.start(new StudioServer.Settings("127.0.0.1", 0, data, 1,
                "s3cret-token", 1024 * 1024))) {
            URI base = URI.create("http://127.0.0.1:" + server.port());
            Api anonymous = new Api(base, null);
            Api wrong = new Api(base, "guess");
            Api right = new Api(base, "s3cret-token");

            for (String path : new String[] {"/api/health", "/api/renders", "/api/voices", "/api/config"}) {
                HttpResponse<String> refused = anonymous.get(path);
                assertThat(Api.error(refused, 401)).as(path).startsWith("Authorization");
                assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
                Api.error(wrong.get(path), 401);
                assertThat(right.get(path).statusCode()).as(path).isEqualTo(200);
            }
            Api.error(anonymous.postJson(java.util.Map.of("script", "Hi.")), 401);
            Api.error(anonymous.send(anonymous.json("/api/preview?t=0", java.util.Map.of("script", "Hi."))), 401);
            assertThat(anonymous.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void thePageTradesTheTokenForACookieOnce() throws Exception {
        try (StudioServer server = StudioServer.start(new StudioServer.Settings("127.0.0.1", 0, data, 1,
                "s3cret-token", 1024 * 1024))) {
            Api right = new Api(URI.create("http://127.0.0.1:" + server.port()), "s3cret-token");
            Api anonymous = new Api(right.base(), null);

            HttpResponse<String> session = right.send(right.request("/api/session")
                    .POST(HttpRequest.BodyPublishers.noBody()));
            String cookie = session.headers().firstValue("Set-Cookie").orElseThrow();

            assertThat(cookie).contains("HttpOnly", "SameSite=Strict", "Path=/api");
            HttpResponse<String> withCookie = anonymous.send(anonymous.request("/api/renders")
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
            assertThat(withCookie.statusCode()).isEqualTo(200);
            Api.error(anonymous.send(anonymous.request("/api/session").POST(HttpRequest.BodyPublishers.noBody())), 401);
        }
    }

    @Test
    void anotherHostWithoutATokenIsRefusedWithExitTwo() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "serve", "--host", "0.0.0.0",
                "--port", "0", "--data", data.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString().lines().toList()).singleElement().satisfies(line ->
                assertThat(line).contains("--host 0.0.0.0", "--token").doesNotContain("Exception"));
        assertThat(out.toString()).isEmpty();
    }
}
