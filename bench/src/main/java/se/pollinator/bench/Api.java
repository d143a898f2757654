package se.pollinator.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The app's REST API as one person sees it: HTTP Basic to set up, a personal access token after. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String base;
    private final String authorization;

    private Api(String base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api basic(String base, String username, String password) {
        return new Api(base, "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8)));
    }

    static Api token(String base, String token) {
        return new Api(base, "Bearer " + token);
    }

    /**
     * The admin as an API client would be: signed in with the password once, to make a personal
     * access token, then by that token, so that no measured request pays for a password hash.
     */
    static Api admin(Options options) {
        String token = basic(options.base(), options.adminUser(), options.adminPassword())
                .must("/api/me/tokens", java.util.Map.of("name", "bench admin")).body().get("token").asText();
        return token(options.base(), token);
    }

    String authorization() {
        return authorization;
    }

    /** An answer: its status and JSON body (null when there is none). */
    record Answer(int status, JsonNode body) {
        String id() {
            return body.get("id").asText();
        }
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer post(String path, Object body) {
        return send("POST", path, body);
    }

    /** Like {@link #post} but fails unless the answer is a success. */
    Answer must(String path, Object body) {
        Answer answer = post(path, body);
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private Answer send(String method, String path, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                    .build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json);
        } catch (IOException e) {
            return new Answer(0, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        }
    }
}
