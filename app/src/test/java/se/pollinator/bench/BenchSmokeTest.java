package se.pollinator.bench;

import org.junit.jupiter.api.Test;
import se.pollinator.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A small run of the load driver against the app, so the benchmark cannot rot. */
class BenchSmokeTest extends AppTest {

    @Test
    void aSmallLoadIsStoredPushedAndMeasuredWithNothingLost() throws Exception {
        String url = jdbc.execute((java.sql.Connection connection) -> connection.getMetaData().getURL());
        Result result = Bench.run(new Options("http://localhost:" + port, "admin", "admin-password", 2, 1, 2, 50,
                url, "postgres", ""));
        assertThat(result.acknowledged()).isEqualTo(50);
        assertThat(result.nothingLost()).as(result.toString()).isTrue();
        assertThat(result.cardsPerSecond()).isPositive();
        assertThat(result.push().count()).isEqualTo(100);
        assertThat(result.baselineInsertsPerSecond()).isPositive();
        assertThat(result.markdownRow()).contains("| one board | 2 | 1 | 2 | 50 |");
    }
}
