package se.pollinator.live;

import org.junit.jupiter.api.Test;
import se.pollinator.support.AppTest;
import se.pollinator.support.StompWatcher;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.pollinator.support.ApiClient.body;

/** Losing the right to read a plan ends its live subscription; subscribing again is refused. */
class NarrowedRightsEndSubscriptionsTest extends AppTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String PLAN_TOPIC = "/topic/plans/plan-lund";

    private StompWatcher watchingLundsPlan(Login login) {
        StompWatcher live = new StompWatcher(port, login.username(), login.password()).following(PLAN_TOPIC);
        assertThat(live.errors()).isEmpty();
        assertThat(live.isConnected()).isTrue();
        return live;
    }

    @Test
    void aMemberTakenOffTheProjectStopsReceivingItsPlan() {
        Login lena = outsider("Lena Holm", "MEMBER");
        Login olle = outsider("Olle Ek", "MEMBER");
        for (Login member : new Login[]{lena, olle}) {
            assertThat(admin.post("/api/programme/municipalities/LUND/members", body("personId", member.id())).status())
                    .isEqualTo(200);
        }
        try (StompWatcher removed = watchingLundsPlan(lena); StompWatcher staying = watchingLundsPlan(olle)) {
            assertThat(admin.delete("/api/programme/municipalities/LUND/members/" + lena.id()).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> !removed.isConnected());
            assertThat(staying.isConnected()).as("a member still on the team keeps following").isTrue();
        }
        try (StompWatcher again = new StompWatcher(port, lena.username(), lena.password())) {
            again.watch(PLAN_TOPIC);
            await().atMost(WAIT).until(() -> again.errors().toString().contains("may not subscribe"));
        }
    }

    @Test
    void aPilotReplacedStopsReceivingThePlanTheyNoLongerLead() {
        Login pia = outsider("Pia Pilot", "MEMBER");
        Login per = outsider("Per Pilot", "MEMBER");
        assertThat(admin.put("/api/programme/municipalities/LUND/pilot", body("personId", pia.id())).status())
                .isEqualTo(200);
        try (StompWatcher previous = watchingLundsPlan(pia)) {
            assertThat(admin.put("/api/programme/municipalities/LUND/pilot", body("personId", per.id())).status())
                    .isEqualTo(200);
            await().atMost(WAIT).until(() -> !previous.isConnected());
        }
    }

    @Test
    void aModuleMemberTakenOffTheModuleStopsReceivingThePlansTheConsortiumReads() {
        Login mona = person("Mona Modul", "MEMBER");
        try (StompWatcher removed = watchingLundsPlan(mona)) {
            assertThat(admin.delete("/api/programme/modules/2/members/" + mona.id()).status()).isEqualTo(200);
            await().atMost(WAIT).until(() -> !removed.isConnected());
        }
    }
}
