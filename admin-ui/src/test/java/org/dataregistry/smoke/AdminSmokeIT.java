package org.dataregistry.smoke;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signs in through a real (headless) Chromium in a 1280x720 window and opens every view the side navigation offers,
 * the job page and the publication and user forms, checking that each renders without an error, that no grid (nor
 * the page) scrolls sideways, that axe-core finds no serious or critical violation, and that each form's Save is in
 * view and tells what to correct ({@link HeadlessChromium}: skipped where Chromium is not installed, except on CI).
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
        chromium = HeadlessChromium.start(1280, 720);
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
     * A license, a few publications with an active job and ten recent jobs each (the widest cells), and a failed job
     * with notes, so the views render full rows and not only empty grids.
     */
    private void seedCatalogue() {
        License license = new License();
        license.setName(new Translations("Creative Commons Attribution 4.0", "Creative Commons Atribución 4.0", ""));
        license.setUrl("https://creativecommons.org/licenses/by/4.0/");
        long licenseId = licenses.save(license).getId();
        String[][] rows = {
            {"Compras públicas", "México", "mx.svg"},
            {"Contrats publics", "Canada", "ca.svg"},
            {"Public procurement", "United Kingdom", "gb.svg"}
        };
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
            publication.setLastReviewed(LocalDate.of(2026, 11, 30));
            long id = publications.save(publication).getId();
            for (int i = 0; i < 9; i++) {
                jobs.activate(jobs.succeeded(id));
            }
            job = jobs.job(id, JobStatus.COMPLETED, "OK", "FAILED");
        }
        jobs.update(job, "context = '{\"collect_error_rate\": 0.25, \"scrapy_log\": \"http://scrapyd:6800/1.log\"}'");
        jobs.notes(
                job,
                TaskType.COLLECT,
                List.of(new TaskNoteRecord("ERROR", "HTTP 404 for https://example.com/a", Map.of("type", "HTTP 404"))));
        jobs.notes(
                job,
                TaskType.PROCESS,
                List.of(new TaskNoteRecord(
                        "WARNING", "DuplicateIdValueWarning", Map.of("count", 7, "path", "awards"))));
    }

    private void screenshot(String name) {
        chromium.screenshot(name);
    }

    @Test
    void adminSignsInOpensEveryViewAndSignsOut() throws Exception {
        signIn();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav-item")));
        List<String> paths = browser.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("path"))
                .toList();
        assertThat(paths).as("views in the side navigation").hasSizeGreaterThanOrEqualTo(2);

        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (String path : paths) {
            open("/admin/" + path);
            wait.until(driver -> !driver.findElements(By.cssSelector("vaadin-side-nav-item[current]"))
                    .isEmpty());
            assertThat(browser.getCurrentUrl())
                    .as("no redirect to login for %s", path)
                    .doesNotContain("/login");
            assertThat(browser.findElement(By.tagName("body")).getText())
                    .as("page %s renders without an error", path)
                    .doesNotContain("Internal error", "Could not navigate", "There was an exception", "Exception");
            check(path.isEmpty() ? "home" : path.replace('/', '_'), problems);
        }

        open("/admin/jobs/" + job);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Data availability"));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Collect (1/5)", "Process (2/5)", "Data availability", "Scrapy log")
                .doesNotContain("Exception");
        check("job", problems);

        open("/admin/publications/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-form-layout")));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Source ID", "Title", "Country");
        check("publication-form", problems);
        saveShowsTheProblems("publication-form-saved");

        open("/admin/users");
        clickButton("Add user");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".user-form")));
        check("user-form", problems);
        saveShowsTheProblems("user-form-saved");

        for (String[] list :
                new String[][] {{"licenses", "Add license"}, {"settings-bundles", "Add settings bundle"}}) {
            open("/admin/" + list[0]);
            clickButton(list[1]);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".item-form")));
            check(list[0] + "-form", problems);
        }

        open("/admin/nowhere");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .as("an admin address that leads nowhere, inside the admin UI")
                .contains("Page not found", "There is no page at");
        check("not-found", problems);

        for (int[] size : new int[][] {{1366, 768}, {1280, 800}, {1920, 1080}}) {
            chromium.viewport(size[0], size[1]);
            for (String path : List.of("", "users", "licenses", "settings-bundles")) {
                open("/admin/" + path);
                List<String> wider = sidewaysScrolling();
                if (!wider.isEmpty()) {
                    problems.put(path + " at " + size[0] + "x" + size[1], wider);
                }
            }
        }
        chromium.viewport(1280, 720);

        assertThat(problems)
                .as("views that scroll sideways or break accessibility rules")
                .isEmpty();

        clickButton("Sign out");
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        browser.get(url("/admin/licenses"));
        wait.until(ExpectedConditions.urlContains("/admin/login"));
    }

    private void signIn() {
        browser.get(url("/admin/"));
        wait.until(ExpectedConditions.urlContains("/admin/login"));
        type("vaadin-login-form input[name='username']", "admin");
        type("vaadin-login-form input[name='password']", adminPassword);
        browser.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']"))
                .click();
        wait.until(driver -> !driver.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get(url(path));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-app-layout")));
        settle();
    }

    /**
     * Notes what is wrong with the page shown: a grid (or the page) that scrolls sideways, and axe-core's serious
     * and critical violations; keeps a screenshot.
     */
    private void check(String page, Map<String, List<String>> problems) {
        screenshot(page);
        List<String> found = new ArrayList<>(sidewaysScrolling());
        found.addAll(chromium.seriousAccessibilityViolations());
        if (!found.isEmpty()) {
            problems.put(page, found);
        }
    }

    /** Each grid whose rows are wider than it shows, and the page if it is wider than the window. */
    @SuppressWarnings("unchecked")
    private List<String> sidewaysScrolling() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                const wider = [];
                document.querySelectorAll('vaadin-grid').forEach((grid, i) => {
                  const table = grid.shadowRoot.querySelector('#table');
                  if (table && table.scrollWidth > table.clientWidth) {
                    wider.push('grid ' + i + ' scrolls sideways: ' + table.scrollWidth + ' > ' + table.clientWidth
                        + ' px, columns ' + [...grid.querySelectorAll('vaadin-grid-column')]
                            .filter(c => !c.hidden).map(c => Math.round(c.offsetWidth || 0) + ':' + c.width).join(' '));
                  }
                });
                const page = document.scrollingElement;
                if (page.scrollWidth > page.clientWidth) {
                  wider.push('page scrolls sideways: ' + page.scrollWidth + ' > ' + page.clientWidth + ' px');
                }
                return wider;
                """);
    }

    /**
     * Clicks Save on an empty form, which must be in view in the window without scrolling, and expects to be told
     * what to correct.
     */
    private void saveShowsTheProblems(String screenshot) {
        WebElement save = browser.findElement(By.xpath("//vaadin-button[normalize-space()='Save']"));
        assertThat(inWindow(save)).as("Save is in view at 1280x720").isTrue();
        save.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
        assertThat(browser.findElement(By.cssSelector("vaadin-notification-card"))
                        .getText())
                .startsWith("Not saved");
        screenshot(screenshot);
        browser.findElements(By.cssSelector("vaadin-notification-card"))
                .forEach(card -> ((JavascriptExecutor) browser).executeScript("arguments[0].remove()", card));
    }

    private boolean inWindow(WebElement element) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const box = arguments[0].getBoundingClientRect();
                return box.width > 0 && box.top >= 0 && box.left >= 0
                    && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
                """, element);
    }

    private void clickButton(String text) {
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[normalize-space()='" + text + "']")))
                .click();
    }

    /** Lets Vaadin finish rendering (grids fetch their rows after the first paint). */
    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients "
                        + "|| Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());"));
    }

    private void type(String css, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.sendKeys(text);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
