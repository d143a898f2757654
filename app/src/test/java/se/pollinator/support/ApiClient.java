package se.pollinator.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A real HTTP client speaking to the running app as one person: with HTTP Basic on every
 * request, or, like a browser, with the session cookie and CSRF token of a form login.
 */
public class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final HttpClient http;
    private final CookieManager cookies;
    private final boolean sendsCsrfToken;
    private String loginCookieHeader;
    private String loginLocation;

    public ApiClient(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        this.authorization = password == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.http = HTTP;
        this.cookies = null;
        this.sendsCsrfToken = false;
    }

    private ApiClient(String base, CookieManager cookies, boolean sendsCsrfToken) {
        this.base = base;
        this.authorization = null;
        this.cookies = cookies;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
        this.sendsCsrfToken = sendsCsrfToken;
    }

    /** A client that sends a personal access token ({@code Authorization: Bearer}) on every request. */
    public static ApiClient withToken(int port, String token) {
        return new ApiClient("http://localhost:" + port, "Bearer " + token);
    }

    private ApiClient(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
        this.http = HTTP;
        this.cookies = null;
        this.sendsCsrfToken = false;
    }

    /** The same browser session against another node (or a restarted app) on another port. */
    public ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port, cookies, sendsCsrfToken);
    }

    /** The Set-Cookie header that the login answered with. */
    public String loginCookieHeader() {
        return loginCookieHeader;
    }

    /** The same browser session, but a page (or another site) that does not echo the CSRF token. */
    public static ApiClient withoutCsrf(ApiClient loggedIn) {
        return new ApiClient(loggedIn.base, loggedIn.cookies, false);
    }

    /** Logs in with the login form, as a browser does; later requests carry the cookie and CSRF token. */
    public static ApiClient loggedIn(int port, String username, String password) {
        return anonymous(port).logIn(username, password);
    }

    /** A browser that has not logged in yet. */
    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, new CookieManager(), true);
    }

    /** Where the last login sent the browser. */
    public String loginLocation() {
        return loginLocation;
    }

    /** Logs this browser in with the login form. */
    public ApiClient logIn(String username, String password) {
        ApiClient client = this;
        client.get("/login.html");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(client.cookie("XSRF-TOKEN"), StandardCharsets.UTF_8);
        HttpRequest login = HttpRequest.newBuilder(URI.create(client.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> answer = client.http.send(login, HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            client.loginLocation = location;
            client.loginCookieHeader = String.join("\n", answer.headers().allValues("Set-Cookie"));
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("Login as " + username + " failed: " + answer.statusCode() + " "
                        + location);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        // A login renews the CSRF token; like the page a browser lands on, the next answer brings it.
        client.get("/api/me");
        return client;
    }

    /** A cookie this client holds, or null. */
    public String cookie(String name) {
        return cookies == null ? null : cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** An answer: its status, its JSON body where it is JSON (or null), its content type, headers and text. */
    public record Response(int status, JsonNode body, String contentType, HttpHeaders headers, String text) {
        public String id() {
            return body.get("id").asText();
        }

        public String detail() {
            return body == null || body.get("detail") == null ? null : body.get("detail").asText();
        }

        /** A problem detail's stable code, or null. */
        public String code() {
            return body == null || body.get("code") == null ? null : body.get("code").asText();
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** Sends a request with extra headers, such as an Idempotency-Key. */
    public Response send(String method, String path, Object body, Map<String, String> headers) {
        try {
            return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)), headers);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a raw body, for malformed-input tests. */
    public Response postRaw(String path, String body) {
        return exchange("POST", path, HttpRequest.BodyPublishers.ofString(body));
    }

    private Response send(String method, String path, Object body) {
        return send(method, path, body, Map.of());
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body) {
        return exchange(method, path, body, Map.of());
    }

    private Response exchange(String method, String path, HttpRequest.BodyPublisher body,
                              Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, body);
        headers.forEach(request::setHeader);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String csrf = sendsCsrfToken ? cookie("XSRF-TOKEN") : null;
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().isBlank() || !contentType.contains("json") ? null
                    : JSON.readTree(response.body());
            return new Response(response.statusCode(), json, contentType, response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
