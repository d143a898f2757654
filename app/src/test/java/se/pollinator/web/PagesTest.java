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
