package org.dataregistry.download;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.dataregistry.site.CatalogueProperties;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.PageException;
import org.dataregistry.site.PublicPage;
import org.dataregistry.site.Visitor;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * A file of a publication's active job (never another job's), as in the original: the name is checked before
 * anything else, then that the visitor may see the publication, then that its active job has the file. It is then
 * redirected to the downloads server when one is configured, else sent from the export directory.
 */
@PublicPage
class DownloadController {

    private final DownloadQueries queries;
    private final PublishedFiles files;
    private final CatalogueProperties properties;

    DownloadController(DownloadQueries queries, PublishedFiles files, CatalogueProperties properties) {
        this.queries = queries;
        this.files = files;
        this.properties = properties;
    }

    @RequestMapping(
            method = {RequestMethod.GET, RequestMethod.HEAD},
            path = {"/publication/{id:\\d{1,18}}/download", LanguagePath.PREFIX + "/publication/{id:\\d{1,18}}/download"
            })
    void download(
            @PathVariable long id,
            @RequestParam(required = false) String name,
            Visitor visitor,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (!PublishedFiles.isDownloadName(name)) {
            throw PageException.badRequest("error.downloadName");
        }
        DownloadSource source =
                queries.find(id, visitor).orElseThrow(() -> PageException.notFound("error.publicationNotFound"));
        if (source.activeJobId() == null) {
            throw PageException.notFound("error.fileNotFound");
        }
        long job = source.activeJobId();
        PublishedFile file = files.find(job, name).orElseThrow(() -> PageException.notFound("error.fileNotFound"));

        if (!properties.downloadsUrl().isEmpty()) {
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.setHeader(
                    HttpHeaders.LOCATION,
                    "%s/downloads/%s/%d/%s"
                            .formatted(
                                    properties.downloadsUrl(),
                                    UriUtils.encodePathSegment(source.sourceId(), StandardCharsets.UTF_8),
                                    job,
                                    name));
            return;
        }
        new FileResponse(
                        files.path(job, name),
                        job,
                        source.sourceId() + "_" + name,
                        file.format().mediaType(),
                        !visitor.signedIn())
                .send(request, response);
    }
}
