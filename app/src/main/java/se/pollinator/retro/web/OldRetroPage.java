package se.pollinator.retro.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The retro's page was {@code /board.html} before every kind's page was named after its kind: a
 * link shared then (a share link with its token, a plan change's source) still leads to the retro.
 */
@RestController
@Hidden
public class OldRetroPage {

    @GetMapping("/board.html")
    public ResponseEntity<Void> moved(HttpServletRequest request) {
        String query = request.getQueryString();
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .header(HttpHeaders.LOCATION, "/retro.html" + (query == null ? "" : "?" + query)).build();
    }
}
