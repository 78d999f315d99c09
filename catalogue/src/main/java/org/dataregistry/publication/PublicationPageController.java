package org.dataregistry.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.download.FileFormat;
import org.dataregistry.download.FormatFiles;
import org.dataregistry.download.PublishedFiles;
import org.dataregistry.markdown.Markdown;
import org.dataregistry.site.Formats;
import org.dataregistry.site.LanguagePath;
import org.dataregistry.site.PageException;
import org.dataregistry.site.PublicPage;
import org.dataregistry.site.Site;
import org.dataregistry.site.Visitor;
import org.dataregistry.translation.Language;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A publication's public page: overview, what the data contains, its quality, and the files to download (only
 * the active job's). Publications the visitor may not see are not found.
 */
@PublicPage
class PublicationPageController {

    private final PublicationPageQueries queries;
    private final PublishedFiles files;
    private final MessageSource messages;

    PublicationPageController(PublicationPageQueries queries, PublishedFiles files, MessageSource messages) {
        this.queries = queries;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping({"/publication/{id:\\d{1,18}}", LanguagePath.PREFIX + "/publication/{id:\\d{1,18}}"})
    String publication(
            @PathVariable long id, Language language, Visitor visitor, @ModelAttribute("site") Site site, Model model) {
        PublicationPage page = queries.find(id, language, visitor)
                .orElseThrow(() -> PageException.notFound("error.publicationNotFound"));
        List<FormatFiles> published = page.job() == null
                ? PublishedFiles.none()
                : files.list(page.job().id());
        Formats formats = site.formats();
        MessageSourceAccessor message = new MessageSourceAccessor(messages, LanguagePath.locale(language));

        model.addAttribute("publication", page);
        model.addAttribute("files", published);
        model.addAttribute("ticks", published.stream().map(FormatFiles::tick).toList());
        model.addAttribute("excelIncomplete", excelIncomplete(published));
        model.addAttribute("html", markdown(page));
        model.addAttribute("summaryText", Markdown.toText(page.description()));
        model.addAttribute(
                "dataCards",
                page.job() == null ? List.of() : DataCard.of(page.job().counts()));
        model.addAttribute("charts", charts(page.job(), formats, message));
        model.addAttribute("jsonLd", DatasetMetadata.jsonLd(page, published, site));
        return "publication";
    }

    /** Whether some JSON file has no Excel twin (too many rows for Excel, or too large): the page says why. */
    private static boolean excelIncomplete(List<FormatFiles> files) {
        FormatFiles json = files.get(FileFormat.JSON.ordinal());
        FormatFiles excel = files.get(FileFormat.EXCEL.ordinal());
        return json.years().size() > excel.years().size()
                || (json.full() != null && excel.full() == null)
                || (json.undated() != null && excel.undated() == null);
    }

    /** What the data covers, then how many releases each year has; none before the first successful job. */
    private static List<BarChart> charts(ActiveJob job, Formats formats, MessageSourceAccessor message) {
        if (job == null) {
            return List.of();
        }
        List<BarChart> charts = new ArrayList<>(CoverageChart.of(job.coverage(), formats, message));
        charts.addAll(ReleasesChart.of(job.releasesByFile(), formats, message));
        return charts;
    }

    private static Map<String, String> markdown(PublicationPage page) {
        Map<String, String> html = new LinkedHashMap<>();
        html.put("description", Markdown.toHtml(page.description()));
        html.put("descriptionLong", Markdown.toHtml(page.descriptionLong()));
        html.put("additionalData", Markdown.toHtml(page.additionalData()));
        html.put("summary", Markdown.toHtml(page.summary()));
        html.put("noDataRationale", Markdown.toHtml(page.noDataRationale()));
        html.put(
                "license",
                page.license() == null ? "" : Markdown.toHtml(page.license().description()));
        return html;
    }
}
