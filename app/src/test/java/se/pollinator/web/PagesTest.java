package se.pollinator.web;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import se.pollinator.support.ApiClient;
import se.pollinator.support.AppTest;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page takes its head and top bar from the one frame, and is served where it always was. */
class PagesTest extends AppTest {

    private static List<Resource> pages() throws Exception {
        return List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:/templates/*.html")).stream()
                .filter(page -> !"frame.html".equals(page.getFilename())).toList();
    }

    @Test
    void noPageHasAHeadOrATopBarOfItsOwn() throws Exception {
        assertThat(pages()).hasSizeGreaterThan(10);
        for (Resource page : pages()) {
            String html = page.getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(page.getFilename()).contains("<head th:replace=\"~{frame :: head}\"></head>")
                    .doesNotContain("<link rel=\"stylesheet\"", "<meta name=\"viewport\"", "id=\"user-menu\"",
                            "class=\"brand\" href");
        }
    }

    /**
     * My sessions lists, filters, joins and opens every kind, and takes in each kind's own form to
     * open one (templates/<kind>/create.html, js/<kind>/create.js): it names no kind itself, nor do
     * the kernel's modules that link and name sessions.
     */
    @Test
    void mySessionsAndTheKernelsPageModulesNameNoKind() throws Exception {
        PathMatchingResourcePatternResolver files = new PathMatchingResourcePatternResolver();
        for (String shared : List.of("classpath:/templates/index.html", "classpath:/static/js/sessions.js",
                "classpath:/static/js/session/pages.js", "classpath:/static/js/session/kinds.js",
                "classpath:/static/js/session/create-form.js", "classpath:/static/js/session/list.js",
                "classpath:/static/js/session/join.js")) {
            String text = files.getResource(shared).getContentAsString(StandardCharsets.UTF_8);
            for (se.pollinator.session.SessionKind kind : se.pollinator.session.SessionKind.values()) {
                assertThat(text).as(shared).doesNotContain("'" + kind.name() + "'", "\"" + kind.name() + "\"",
                        kind.api(), kind.page(), "/" + kind.slug() + "/");
            }
        }
        for (se.pollinator.session.SessionKind kind : se.pollinator.session.SessionKind.values()) {
            assertThat(files.getResource("classpath:/templates/" + kind.slug() + "/create.html").exists())
                    .as(kind + "'s own form").isTrue();
            assertThat(files.getResource("classpath:/static/js/" + kind.slug() + "/create.js").exists())
                    .as(kind + "'s own form's script").isTrue();
        }
    }

    @Test
    void everyPageIsServedAtItsNameWithTheFramesHeadAndTopBar() throws Exception {
        for (Resource page : pages()) {
            ApiClient.Response served = admin.get("/" + page.getFilename());
            assertThat(served.status()).as(page.getFilename()).isEqualTo(200);
            assertThat(served.text()).as(page.getFilename()).contains("<link rel=\"stylesheet\" href=\"/css/app.css\">",
                    "<title>Pollinator</title>").doesNotContain("th:");
            if (served.text().contains("class=\"top\"")) {
                assertThat(served.text()).as(page.getFilename()).contains("id=\"user-menu\"", "id=\"lang\"",
                        "id=\"brand\"");
            }
        }
        assertThat(admin.get("/").text()).contains("id=\"kind-filter\"");
        assertThat(admin.get("/frame.html").status()).as("the frame is no page").isEqualTo(404);
        assertThat(admin.get("/nothing-here.html").status()).isEqualTo(404);
    }
}
