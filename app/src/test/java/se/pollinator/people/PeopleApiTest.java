package se.pollinator.people;

import org.junit.jupiter.api.Test;
import se.pollinator.support.ApiClient.Response;
import se.pollinator.support.AppTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static se.pollinator.support.ApiClient.body;

class PeopleApiTest extends AppTest {

    @Test
    void anAdminAddsAndListsPeopleWithoutTheirPasswords() {
        Response created = admin.post("/api/people", body("username", "karin.k", "displayName", "Karin Karlsson",
                "password", "Havtorn-Strand-Cykel-61", "roles", List.of("EVALUATOR")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.id()).isNotBlank();
        Response all = admin.get("/api/people");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().toString()).contains("Karin Karlsson", "EVALUATOR").doesNotContain("Havtorn-Strand-Cykel-61")
                .doesNotContain("password").doesNotContain("argon2");
        assertThat(api(new Login(created.id(), "karin.k", "Havtorn-Strand-Cykel-61")).get("/api/me").body().get("id").asText())
                .isEqualTo(created.id());
    }

    @Test
    void onlyAdminsManagePeople() {
        Login bo = person("Bo Member", "MEMBER", "FACILITATOR");
        Response denied = api(bo).post("/api/people", body("username", "x1", "displayName", "X", "password",
                "Havtorn-Strand-Cykel-61", "roles", List.of("ADMIN")));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(api(bo).get("/api/people").status()).isEqualTo(403);
    }

    @Test
    void badPeopleAreRejectedClearly() {
        assertThat(admin.post("/api/people", body("username", "a b", "displayName", "X", "password", "Havtorn-Strand-Cykel-61",
                "roles", List.of("MEMBER"))).detail()).contains("username");
        assertThat(admin.post("/api/people", body("username", "shorty", "displayName", "X", "password", "short",
                "roles", List.of("MEMBER"))).detail()).contains("12 to 128 characters");
        assertThat(admin.post("/api/people", body("username", "noroles", "displayName", "X", "password",
                "Havtorn-Strand-Cykel-61", "roles", List.of())).detail()).contains("role");
        assertThat(admin.post("/api/people", body("username", "badrole", "displayName", "X", "password",
                "Havtorn-Strand-Cykel-61", "roles", List.of("KING"))).status()).isEqualTo(400);
        admin.post("/api/people", body("username", "twice", "displayName", "X", "password", "Havtorn-Strand-Cykel-61",
                "roles", List.of("MEMBER")));
        Response again = admin.post("/api/people", body("username", "twice", "displayName", "Y", "password",
                "Havtorn-Strand-Cykel-61", "roles", List.of("MEMBER")));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.detail()).contains("already taken");
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        Response docs = admin.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").toString()).contains("/api/retros", "/api/sessions/{id}/board");
        assertThat(admin.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
