package dev.scriptcast.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * What Jetty answers itself, before any route (an ambiguous path such as {@code /%2e%2e/}, a malformed request):
 * the same one-line JSON error as the API's, never an HTML page or a trace.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int code) {
        String reason = HttpStatus.getMessage(code);
        try {
            return Submission.JSON.writeValueAsBytes(Map.of("error", "request: " + (code == 400
                    ? "not a valid request (an encoded or ambiguous path?)" : reason.toLowerCase())));
        } catch (IOException e) {
            return "{\"error\":\"request refused\"}".getBytes(StandardCharsets.UTF_8);
        }
    }
}
