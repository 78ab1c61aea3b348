package dev.scriptcast.server;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before its handler: the security headers; with a token, the token (a Bearer header,
 * or the cookie the page gets once for its video and event streams); without one, only a loopback Host, so a web
 * page elsewhere cannot reach the API through DNS rebinding. A browser's cross-site write is refused by Origin.
 */
final class Security {
    static final String COOKIE = "scriptcast_token";
    private static final String PAGE_POLICY = "default-src 'self'; img-src 'self' blob: data:; media-src 'self' blob:;"
            + " style-src 'self'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** report.html is one self-contained page with inline style and script, shown sandboxed. */
    static final String REPORT_POLICY = "sandbox allow-scripts; default-src 'none'; style-src 'unsafe-inline';"
            + " script-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final byte[] token;

    Security(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx) {
        headers(ctx);
        boolean api = ctx.path().startsWith("/api/");
        if (token == null && !loopbackHost(ctx.header("Host"))) {
            throw new ApiError(403, "Host: this server answers only on a loopback address (start it with --token"
                    + " to serve other hosts)");
        }
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !sameOrigin(ctx)) {
            throw new ApiError(403, "Origin: requests from other sites are refused");
        }
        if (api && token != null && !authorised(ctx)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiError(401, "Authorization: send Authorization: Bearer TOKEN (the server's --token)");
        }
    }

    /** POST /api/session: a valid Bearer token gets the cookie the page's video and event streams carry. */
    void session(Context ctx) {
        if (token == null) {
            ctx.json(java.util.Map.of("token", false));
            return;
        }
        if (!matches(bearer(ctx))) {
            throw new ApiError(401, "Authorization: send Authorization: Bearer TOKEN (the server's --token)");
        }
        Cookie cookie = new Cookie(COOKIE, new String(token, StandardCharsets.UTF_8), "/api", -1, false, true,
                null, SameSite.STRICT);
        ctx.cookie(cookie);
        ctx.json(java.util.Map.of("token", true));
    }

    private static void headers(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "SAMEORIGIN");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        ctx.header("Content-Security-Policy", PAGE_POLICY);
        if (ctx.path().startsWith("/api/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }

    private boolean authorised(Context ctx) {
        if (ctx.path().equals("/api/session")) {
            return true;
        }
        String bearer = bearer(ctx);
        return matches(bearer != null ? bearer : ctx.cookie(COOKIE));
    }

    private static String bearer(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean loopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", "");
        return LOOPBACK_NAMES.contains(name) || name.matches("127(\\.\\d{1,3}){3}");
    }

    /** A browser names the page's origin on a write; it must be this server's (tools that send none pass). */
    private static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = ctx.header("Host");
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
