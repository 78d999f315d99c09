package org.dataregistry.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import org.dataregistry.AppTest;
import org.dataregistry.TestDatabase;
import org.dataregistry.database.CatalogueChanges;
import org.dataregistry.job.JobFiles;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public site inside the whole app: open to everyone, with the admin UI's sign-in showing everything. */
@AppTest
class PublicSiteSecurityTest {

    private static final RequestPostProcessor VIEWER = user("viewer").roles("VIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    TestDatabase database;

    private long visible;
    private long hidden;
    private long hiddenJob;

    @BeforeEach
    void publications() throws Exception {
        var before = changes.version();
        visible = publication("Visible", true);
        hidden = publication("Hidden", false);
        activeJob(visible);
        hiddenJob = activeJob(hidden);
        Files.write(Files.createDirectories(files.exportDir(hiddenJob)).resolve("full.jsonl.gz"), new byte[] {1, 2, 3});
        database.awaitCatalogueChangeSince(before);
    }

    @Test
    void anonymousVisitorsSeeOnlyWhatIsVisibleAndGetNoSession() throws Exception {
        MvcResult search = mvc.perform(get("/search/")).andReturn();

        assertThat(Jsoup.parse(search.getResponse().getContentAsString())
                        .select(".result h2")
                        .eachText())
                .containsExactly("Visible");
        assertThat(search.getResponse().getHeader("Set-Cookie")).isNull();
        assertThat(search.getRequest().getSession(false)).isNull();
        assertThat(status(get("/publication/" + hidden))).isEqualTo(404);
        assertThat(status(get("/publication/" + hidden + "/download").param("name", "full.jsonl.gz")))
                .isEqualTo(404);
        assertThat(mvc.perform(get("/publications.json"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"title\":\"Visible\"")
                .doesNotContain("Hidden");
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyThePublicSitesAllowingNoInlineScript() throws Exception {
        String publicPolicy =
                mvc.perform(get("/search/")).andReturn().getResponse().getHeader("Content-Security-Policy");
        String adminPolicy =
                mvc.perform(get("/admin/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(publicPolicy)
                .contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'");
        assertThat(adminPolicy)
                .contains(
                        "default-src 'self'",
                        "script-src 'self' 'unsafe-inline'",
                        "object-src 'none'",
                        "frame-ancestors 'none'");
        assertThat(mvc.perform(get("/publication/" + visible))
                        .andReturn()
                        .getResponse()
                        .getHeader("Content-Security-Policy"))
                .isEqualTo(publicPolicy);
    }

    @Test
    void signedInAdminsSeeEverythingAndAreTold() throws Exception {
        MvcResult search = mvc.perform(get("/es/search/").with(VIEWER)).andReturn();

        var page = Jsoup.parse(search.getResponse().getContentAsString());
        assertThat(page.select(".result h2").eachText()).containsExactly("Hidden", "Visible");
        assertThat(page.select("h1 .signed-in").text()).isEqualTo("(Ha iniciado sesión)");
        assertThat(status(get("/publication/" + hidden).with(VIEWER))).isEqualTo(200);
        MvcResult download = mvc.perform(get("/publication/" + hidden + "/download")
                        .param("name", "full.jsonl.gz")
                        .with(VIEWER))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).containsExactly(1, 2, 3);
        // What a signed-in admin downloads may not be public: no shared cache may keep it.
        assertThat(download.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache, private");
        assertThat(mvc.perform(get("/publications.json").with(VIEWER))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("\"title\":\"Hidden\"");
    }

    @Test
    void anUnknownPathIsNotFoundRatherThanASignIn() throws Exception {
        assertThat(status(get("/no-such-page"))).isEqualTo(404);
        assertThat(status(get("/es/publication/abc"))).isEqualTo(404);
    }

    @Test
    void theAdminUiStillAsksToSignIn() throws Exception {
        MvcResult admin = mvc.perform(get("/admin/jobs")).andReturn();

        assertThat(admin.getResponse().getStatus()).isEqualTo(302);
        assertThat(admin.getResponse().getRedirectedUrl()).endsWith("/admin/login");
    }

    @Test
    void theLanguageSwitchNeedsNoCsrfToken() throws Exception {
        MvcResult switched = mvc.perform(
                        post("/i18n/setlang/").param("language", "ru").param("next", "/search/"))
                .andReturn();

        assertThat(switched.getResponse().getStatus()).isEqualTo(302);
        assertThat(switched.getResponse().getRedirectedUrl()).isEqualTo("/ru/search/");
    }

    private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long publication(String title, boolean published) {
        return jdbc.sql("""
                        INSERT INTO publication (title, source_id, public) VALUES (:title, :source, :public)
                        RETURNING id""")
                .param("title", title)
                .param("source", title.toLowerCase())
                .param("public", published)
                .query(Long.class)
                .single();
    }

    private long activeJob(long publication) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end") VALUES (:p, 'COMPLETED', now(), now())
                        RETURNING id""").param("p", publication).query(Long.class).single();
        jdbc.sql("UPDATE publication SET active_job_id = :job WHERE id = :p")
                .param("job", job)
                .param("p", publication)
                .update();
        return job;
    }
}
