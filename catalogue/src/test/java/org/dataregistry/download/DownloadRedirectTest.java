package org.dataregistry.download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dataregistry.CatalogueFixtures;
import org.dataregistry.CatalogueTest;
import org.dataregistry.site.CatalogueProperties;
import org.dataregistry.site.PageException;
import org.dataregistry.site.Visitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * With a downloads server configured, downloads are redirected to it, after the same checks. The controller is built
 * with that setting rather than in a second application context, whose new database would reuse job ids (and so
 * export directories) of this one.
 */
@CatalogueTest
class DownloadRedirectTest {

    @Autowired
    DownloadQueries queries;

    @Autowired
    PublishedFiles files;

    @Autowired
    CatalogueFixtures fixtures;

    DownloadController controller;
    long publication;
    long job;

    @BeforeEach
    void aDownloadsServer() {
        controller =
                new DownloadController(queries, files, new CatalogueProperties("", "https://cdn.example.org/", false));
        publication = fixtures.publication("Moldova", "public", true, "source_id", "moldova_mtender");
        job = fixtures.activeJob(publication);
        fixtures.exportFile(job, "2021.csv.tar.gz", 10);
    }

    @Test
    void downloadsRedirectToTheDownloadsServer() throws Exception {
        MockHttpServletResponse response = download(publication, "2021.csv.tar.gz", Visitor.ANONYMOUS);

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location"))
                .isEqualTo("https://cdn.example.org/downloads/moldova_mtender/" + job + "/2021.csv.tar.gz");
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void onlyFilesThatExistAreRedirected() {
        assertThatThrownBy(() -> download(publication, "2021.xlsx", Visitor.ANONYMOUS))
                .isInstanceOfSatisfying(
                        PageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.fileNotFound"));
        assertThatThrownBy(() -> download(publication, "../2021.csv.tar.gz", Visitor.ANONYMOUS))
                .isInstanceOfSatisfying(
                        PageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.downloadName"));
    }

    @Test
    void onlyPublicationsTheVisitorMaySeeAreRedirected() throws Exception {
        fixtures.update(publication, "public", false);

        assertThatThrownBy(() -> download(publication, "2021.csv.tar.gz", Visitor.ANONYMOUS))
                .isInstanceOfSatisfying(
                        PageException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("error.publicationNotFound"));
        assertThat(download(publication, "2021.csv.tar.gz", Visitor.SIGNED_IN).getStatus())
                .isEqualTo(302);
    }

    private MockHttpServletResponse download(long id, String name, Visitor visitor) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        controller.download(
                id, name, visitor, new MockHttpServletRequest("GET", "/publication/" + id + "/download"), response);
        return response;
    }
}
