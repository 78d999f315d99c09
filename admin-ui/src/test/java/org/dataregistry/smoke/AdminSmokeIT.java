package org.dataregistry.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.dataregistry.AppTest;
import org.dataregistry.job.JobFixtures;
import org.dataregistry.job.JobStatus;
import org.dataregistry.license.License;
import org.dataregistry.license.LicenseRepository;
import org.dataregistry.publication.Publication;
import org.dataregistry.publication.PublicationRepository;
import org.dataregistry.publication.RetrievalFrequency;
import org.dataregistry.task.TaskNoteRecord;
import org.dataregistry.task.TaskType;
import org.dataregistry.translation.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signs in through a real (headless) Chromium and opens every view the side navigation offers, checking that each
 * renders without an error ({@link HeadlessChromium}: skipped where Chromium is not installed, except on CI).
 */
@AppTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Timeout(300)
class AdminSmokeIT {

    @LocalServerPort
    int port;
    @Value("${data-registry.admin.initial-password}")
    String adminPassword;
    @Autowired
    LicenseRepository licenses;
    @Autowired
    PublicationRepository publications;
    @Autowired
    JobFixtures jobs;

    private long job;
    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        chromium = HeadlessChromium.start(1280, 900);
        browser = chromium.driver();
        wait = chromium.await();
        seedCatalogue();
    }

    @AfterEach
    void stopBrowser() {
        if (chromium != null) {
            screenshot("last-page");
            chromium.close();
        }
    }

    /**
     * A license, a few publications and a failed job with notes, so the views render rows and not only empty grids.
     */
    private void seedCatalogue() {
        License license = new License();
        license.setName(new Translations("Creative Commons Attribution 4.0", "Creative Commons Atribución 4.0", ""));
        license.setUrl("https://creativecommons.org/licenses/by/4.0/");
        long licenseId = licenses.save(license).getId();
        String[][] rows = {{"Compras públicas", "México", "mx.svg"}, {"Contrats publics", "Canada", "ca.svg"},
                {"Public procurement", "United Kingdom", "gb.svg"}};
        for (String[] row : rows) {
            Publication publication = new Publication();
            publication.setTitle(row[0]);
            publication.setCountry(Translations.english(row[1]));
            publication.setCountryFlag(row[2]);
            publication.setSourceId("spider_" + row[2].substring(0, 2));
            publication.setSourceUrl("https://example.com/" + row[2].substring(0, 2));
            publication.setRetrievalFrequency(RetrievalFrequency.MONTHLY);
            publication.setLicenseId(licenseId);
            publication.setPublished(true);
            long id = publications.save(publication).getId();
            job = jobs.job(id, JobStatus.COMPLETED, "OK", "FAILED");
        }
        jobs.update(job, "context = '{\"collect_error_rate\": 0.25, \"scrapy_log\": \"http://scrapyd:6800/1.log\"}'");
        jobs.notes(job, TaskType.COLLECT, List.of(
                new TaskNoteRecord("ERROR", "HTTP 404 for https://example.com/a", Map.of("type", "HTTP 404"))));
        jobs.notes(job, TaskType.PROCESS, List.of(
                new TaskNoteRecord("WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "awards"))));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    @Test
    void adminSignsInOpensEveryViewAndSignsOut() throws Exception {
        browser.get(url("/admin/"));
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        type("vaadin-login-form input[name='username']", "admin");
        type("vaadin-login-form input[name='password']", adminPassword);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        List<String> paths = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("path"))
                .toList();
        assertThat(paths).as("views in the side navigation").hasSizeGreaterThanOrEqualTo(2);

        for (String path : paths) {
            browser.get(url("/admin/" + path));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
            wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-side-nav-item[current]")).isEmpty());
            assertThat(browser.getCurrentUrl()).as("no redirect to login for %s", path).doesNotContain("/login");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .as("page %s renders without an error", path)
                    .doesNotContain("Internal error", "Could not navigate", "There was an exception", "Exception");
            screenshot(path.isEmpty() ? "home" : path.replace('/', '_'));
        }

        browser.get(url("/admin/jobs/" + job));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Data availability"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Collect (1/5)", "Process (2/5)", "Data availability", "Scrapy log")
                .doesNotContain("Exception");
        screenshot("job");

        browser.get(url("/admin/publications/new"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-form-layout")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Source ID", "Title", "Country");
        screenshot("publication-form");

        browser.findElement(By.xpath("//vaadin-button[normalize-space()='Sign out']")).click();
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        browser.get(url("/admin/licenses"));
        wait.until(ExpectedConditions.urlContains("/admin/login"));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
