package org.dataregistry.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataregistry.download.FormatFiles;
import org.dataregistry.download.PublishedFile;
import org.dataregistry.site.Formats;
import org.dataregistry.site.Site;
import org.dataregistry.translation.Language;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publication page's {@code schema.org/Dataset} in JSON-LD, as the original describes each publication to
 * search engines: name, description, dates, license, creator, the catalogue it is in, and one
 * {@code DataDownload} per format that has a file of all releases.
 */
public final class DatasetMetadata {

    /** What every publication's data is about, as search engines and portals are told. */
    public static final List<String> KEYWORDS = List.of(
            "public procurement",
            "government contract",
            "tender notices",
            "contract awards",
            "Open Contracting Data Standard");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DatasetMetadata() {}

    /** The JSON-LD text, safe inside a {@code <script>} element. */
    static String jsonLd(PublicationPage page, List<FormatFiles> files, Site site) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("@context", "https://schema.org/");
        dataset.put("@type", "Dataset");
        dataset.put("name", "OCDS data for " + page.country() + ": " + page.title());
        dataset.put("description", (page.description() + "\n\n" + page.descriptionLong()).strip());
        dataset.put("url", site.canonical());
        if (!page.countryFlag().isEmpty()) {
            dataset.put("image", site.baseUrl() + CountryFlags.url(page.countryFlag()));
        }
        dataset.put("keywords", KEYWORDS);
        dataset.put("isAccessibleForFree", true);
        dataset.put(
                "creator",
                Map.of(
                        "@type",
                        "Organization",
                        "name",
                        "Open Contracting Partnership",
                        "url",
                        "https://www.open-contracting.org/",
                        "contactPoint",
                        Map.of(
                                "@type",
                                "ContactPoint",
                                "contactType",
                                "customer service",
                                "email",
                                "data@open-contracting.org")));
        dataset.put(
                "includedInDataCatalog",
                Map.of("@type", "DataCatalog", "name", "OCP Data Registry", "url", site.baseUrl() + "/"));
        if (page.modified() != null) {
            dataset.put("dateModified", page.modified().toString());
        }
        if (page.dateFrom() != null && page.dateTo() != null) {
            dataset.put("temporalCoverage", page.dateFrom() + "/" + page.dateTo());
        }
        if (!page.language().isEmpty()) {
            dataset.put("inLanguage", page.language());
        }
        String license = page.license() != null && !page.license().url().isEmpty()
                ? page.license().url()
                : page.dataLicenseUrl();
        if (!license.isEmpty()) {
            dataset.put("license", license);
        }
        if (site.language() != Language.EN) {
            dataset.put("sameAs", site.baseUrl() + "/en" + site.path());
        }
        List<Map<String, Object>> distribution = distribution(page, files, site);
        if (!distribution.isEmpty()) {
            dataset.put("distribution", distribution);
        }
        return JSON.writeValueAsString(dataset).replace("<", "\\u003c");
    }

    private static List<Map<String, Object>> distribution(PublicationPage page, List<FormatFiles> files, Site site) {
        List<Map<String, Object>> downloads = new ArrayList<>();
        for (FormatFiles format : files) {
            PublishedFile full = format.full();
            if (full == null) {
                continue;
            }
            Map<String, Object> download = new LinkedHashMap<>();
            download.put("@type", "DataDownload");
            download.put("encodingFormat", format.format().dataFormat());
            download.put("contentSize", Formats.of(Language.EN).fileSize(full.bytes()));
            download.put("contentUrl", site.absolute("/publication/" + page.id() + "/download?name=" + full.name()));
            if (page.lastRetrieved() != null) {
                download.put("dateModified", page.lastRetrieved().toString());
            }
            downloads.add(download);
        }
        return downloads;
    }
}
