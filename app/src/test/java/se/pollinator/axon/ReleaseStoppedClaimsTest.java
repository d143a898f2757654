package se.pollinator.axon;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.pollinator.support.AppTest;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** After a kill -9, the claims the stopped process held are released when the app starts again. */
class ReleaseStoppedClaimsTest extends AppTest {

    @Autowired
    private ReleaseStoppedClaims claims;

    private void claimed(String processor, String owner) {
        jdbc.update("DELETE FROM tokenentry WHERE processorname = ?", processor);
        jdbc.update("INSERT INTO tokenentry (processorname, segment, owner, timestamp) VALUES (?, 0, ?, ?)",
                processor, owner, java.time.Instant.now().toString());
    }

    private String ownerOf(String processor) {
        return jdbc.queryForObject("SELECT owner FROM tokenentry WHERE processorname = ?", String.class, processor);
    }

    @Test
    void onlyTheClaimsOfAProcessThatStoppedOnThisHostAreReleased() throws Exception {
        String self = ManagementFactory.getRuntimeMXBean().getName();
        String host = self.substring(self.indexOf('@') + 1);
        Process stopped = new ProcessBuilder("true").start();
        stopped.waitFor();
        String alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow() + "@" + host;
        claimed("test-stopped", stopped.pid() + "@" + host);
        claimed("test-alive", alive);
        claimed("test-elsewhere", stopped.pid() + "@another-host");
        try {
            assertThat(claims.release(self)).isPositive();
            assertThat(ownerOf("test-stopped")).as("a stopped process's claim").isNull();
            assertThat(ownerOf("test-alive")).as("a running process keeps its claim").isEqualTo(alive);
            assertThat(ownerOf("test-elsewhere")).as("another host's process is not ours to judge")
                    .isEqualTo(stopped.pid() + "@another-host");
        } finally {
            jdbc.update("DELETE FROM tokenentry WHERE processorname LIKE 'test-%'");
        }
    }
}
