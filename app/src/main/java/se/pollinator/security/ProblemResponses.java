package se.pollinator.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import java.io.IOException;

/** Writes RFC 9457 problem details where no controller is involved (the security filters). */
@Component
public class ProblemResponses {

    /** What a person is told when they lack the right to do something. */
    public static final String NO_RIGHT = "You do not have the right to do this.";

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Answers a problem detail with a stable {@code code}, which the browser words in the person's language. */
    public void write(HttpServletResponse response, HttpStatus status, String code, String detail) throws IOException {
        write(response, status, code, detail, java.util.Map.of());
    }

    /** A problem detail with more properties beside its code. */
    public void write(HttpServletResponse response, HttpStatus status, String code, String detail,
                      java.util.Map<String, Object> properties) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        properties.forEach(problem::setProperty);
        json.writeValue(response.getOutputStream(), problem);
    }
}
