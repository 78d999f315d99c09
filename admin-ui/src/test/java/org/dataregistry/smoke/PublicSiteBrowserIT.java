package org.dataregistry.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.dataregistry.AppTest;
import org.dataregistry.TestDatabase;
import org.dataregistry.database.CatalogueChanges;
import org.dataregistry.job.JobFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A visitor's way through the public site in a real (headless) Chromium: home, search, a facet, a publication, a
 * download compared byte for byte with the file on disk, then the same page in Spanish. Every page is checked with
 * axe-core's rules: no serious or critical accessibility violation, in any language.
 */
@AppTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(300)
class PublicSiteBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JobFiles files;

    @Autowired
    CatalogueChanges changes;

    @Autowired
    TestDatabase database;

    private HeadlessChromium chromium;
    private WebDriver browser;
    private long mexico;
    private Path fullFile;

    @BeforeEach
    void seedAndStartBrowser() throws Exception {
        chromium = HeadlessChromium.start(1280, 720);
        browser = chromium.driver();
        OptionalLong before = changes.version();
        mexico = publication("Compras públicas", "Mexico", "México", "mx.svg", "LAC");
        long job = activeJob(mexico);
        fullFile = exportFile(job, "full.jsonl.gz", 300_000);
        exportFile(job, "2023.jsonl.gz", 1_000);
        exportFile(job, "2023.csv.tar.gz", 1_000);
        long chile = publication("Mercado Público", "Chile", "Chile", "cl.svg", "LAC");
        activeJob(chile);
        long europe = publication("Contracts Finder", "United Kingdom", "Reino Unido", "gb.svg", "EU");
        activeJob(europe);
        database.awaitCatalogueChangeSince(before);
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            chromium.screenshot("public-last-page");
            chromium.close();
        }
    }

    @Test
    void visitorSearchesFiltersOpensAPublicationDownloadsItAndReadsItInSpanish() throws Exception {
        browser.get(url("/"));
        assertThat(browser.getTitle()).isEqualTo("Data Registry | Open Contracting Partnership");
        assertAccessible("home");

        browser.findElement(By.linkText("Search publications")).click();
        chromium.await().until(ExpectedConditions.urlContains("/en/search/"));
        assertThat(resultTitles())
                .containsExactly(
                        "Chile: Mercado Público", "Mexico: Compras públicas", "United Kingdom: Contracts Finder");
        assertAccessible("search");

        // A facet: the country filter applies as soon as it is chosen (the page's script submits the form).
        new Select(browser.findElement(By.id("filter-country"))).selectByVisibleText("Mexico (1)");
        chromium.await().until(ExpectedConditions.urlContains("country=Mexico"));
        assertThat(resultTitles()).containsExactly("Mexico: Compras públicas");
        assertThat(browser.findElement(By.cssSelector(".badge")).getText()).contains("Mexico");
        assertAccessible("search-filtered");

        browser.findElement(By.linkText("Mexico: Compras públicas")).click();
        chromium.await().until(ExpectedConditions.urlContains("/en/publication/" + mexico));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mexico: Compras públicas");
        assertAccessible("publication");

        browser.findElement(By.cssSelector(".access__column a[href$='name=full.jsonl.gz']"))
                .click();
        Path downloaded = chromium.downloads().resolve("spider_mexico_full.jsonl.gz");
        chromium.await().until(driver -> Files.exists(downloaded) && sameSize(downloaded));
        assertThat(Files.readAllBytes(downloaded)).isEqualTo(Files.readAllBytes(fullFile));

        new Select(browser.findElement(By.id("language-switch"))).selectByValue("es");
        chromium.await().until(ExpectedConditions.urlContains("/es/publication/" + mexico));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("México: Compras públicas");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertAccessible("publication-es");
    }

    @Test
    void everyPageIsAccessibleInEveryLanguage() {
        for (String language : List.of("en", "es", "ru")) {
            for (String path :
                    List.of("/", "/search/", "/search/?region=LAC&counts=awards_count", "/publication/" + mexico)) {
                browser.get(url("/" + language + path));
                assertAccessible(language + path.replaceAll("[^a-z0-9]+", "-"));
            }
        }
    }

    /** No serious or critical violation of axe-core's WCAG 2.1 A and AA rules. */
    private void assertAccessible(String page) {
        chromium.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        chromium.screenshot("public-" + page);
        List<String> violations = chromium.seriousAccessibilityViolations();
        assertThat(violations)
                .as("serious or critical accessibility violations on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector(".result h2")).stream()
                .map(element -> element.getText())
                .toList();
    }

    private boolean sameSize(Path downloaded) {
        try {
            return Files.size(downloaded) == Files.size(fullFile);
        } catch (java.io.IOException stillBeingWritten) {
            return false;
        }
    }

    private long publication(String title, String countryEn, String countryEs, String flag, String region) {
        return jdbc.sql("""
                        INSERT INTO publication (title, country_en, country_es, country_flag, region, source_id, public,
                                                 update_frequency, retrieval_frequency, description_en, description_es)
                        VALUES (:title, :en, :es, :flag, :region, :source, true, 'MONTHLY', 'MONTHLY',
                                'Public procurement data of **' || :en || '**.', 'Datos de ' || :es || '.')
                        RETURNING id""")
                .param("title", title)
                .param("en", countryEn)
                .param("es", countryEs)
                .param("flag", flag)
                .param("region", region)
                .param("source", "spider_" + countryEn.toLowerCase().replace(' ', '_'))
                .query(Long.class)
                .single();
    }

    private long activeJob(long publication) {
        long job = jdbc.sql("""
                        INSERT INTO job (publication_id, status, start, "end", date_from, date_to, parties_count,
                                         awards_count, coverage)
                        VALUES (:p, 'COMPLETED', :start, :end, :from, :to, 3, 2, '{"": 4, "/awards": 2, "/buyer": 4}')
                        RETURNING id""")
                .param("p", publication)
                .param("start", Timestamp.from(Instant.now().minusSeconds(7200)))
                .param("end", Timestamp.from(Instant.now().minusSeconds(3600)))
                .param("from", LocalDate.of(2020, 1, 1))
                .param("to", LocalDate.of(2026, 10, 1))
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE publication SET active_job_id = :job, last_retrieved = CURRENT_DATE WHERE id = :p")
                .param("job", job)
                .param("p", publication)
                .update();
        return job;
    }

    private Path exportFile(long job, String name, int size) throws java.io.IOException {
        byte[] content = new byte[size];
        new Random(job).nextBytes(content);
        Path directory = Files.createDirectories(files.exportDir(job));
        return Files.write(directory.resolve(name), content);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
