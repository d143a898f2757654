package se.pollinator.axon;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Releases, before the read models start, the claims that a process on this host held when it was
 * stopped without shutting down (kill -9, a crash): Axon names each claim's owner "pid@host", and a
 * claim whose owner is gone would otherwise block its read model until the claim times out, so that
 * boards lag behind for seconds after the app said it was ready. Only a pid that no longer runs is
 * released; a process on another host, or one still running here, keeps its claims.
 */
@Component
class ReleaseStoppedClaims {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseStoppedClaims.class);
    private static final Pattern OWNER = Pattern.compile("^(\\d{1,18})@(.+)$");

    private final JdbcTemplate jdbc;

    /** Runs while the application starts, before any read model's processor does. */
    ReleaseStoppedClaims(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        release(ManagementFactory.getRuntimeMXBean().getName());
    }

    /** Releases the claims of stopped processes on the host named in {@code self} ("pid@host"); answers how many. */
    int release(String self) {
        Matcher me = OWNER.matcher(self);
        if (!me.matches()) {
            return 0;
        }
        int released = 0;
        List<String> owners = jdbc.queryForList("SELECT DISTINCT owner FROM tokenentry WHERE owner IS NOT NULL",
                String.class);
        for (String owner : owners) {
            Matcher other = OWNER.matcher(owner);
            if (other.matches() && other.group(2).equals(me.group(2)) && !owner.equals(self)
                    && !ProcessHandle.of(Long.parseLong(other.group(1))).map(ProcessHandle::isAlive).orElse(false)) {
                int claims = jdbc.update("UPDATE tokenentry SET owner = NULL WHERE owner = ?", owner);
                LOG.info("Released {} read-model claim(s) of process {}, which stopped without releasing them",
                        claims, owner);
                released += claims;
            }
        }
        return released;
    }
}
