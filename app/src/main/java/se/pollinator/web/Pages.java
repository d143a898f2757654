package se.pollinator.web;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import se.pollinator.session.SessionKind;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages, each a template in the web-ui's {@code templates/} that takes its head and top bar from
 * the one frame ({@code frame.html}); served at {@code /<page>.html} as they always were. Only the
 * pages there are served: any other name is a 404, and the frame itself is no page.
 */
@Controller
@Hidden
public class Pages {

    private static final String FRAME = "frame";

    private final Set<String> pages;

    public Pages() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:/templates/*.html");
        this.pages = Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                .map(name -> name.substring(0, name.length() - ".html".length()))
                .filter(name -> !name.equals(FRAME)).collect(Collectors.toUnmodifiableSet());
    }

    /** My sessions, with each kind's form to open one (from the kind's own template). */
    @GetMapping("/")
    public String home(Model model) {
        model.addAttribute("kinds", SessionKind.values());
        return "index";
    }

    @GetMapping("/{page:[a-z-]+}.html")
    public String page(@PathVariable String page, Model model) {
        if (!pages.contains(page)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no page " + page + ".html.");
        }
        return page.equals("index") ? home(model) : page;
    }
}
