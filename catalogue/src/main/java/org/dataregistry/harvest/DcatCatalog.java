package org.dataregistry.harvest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.function.Function;
import org.dataregistry.download.FileFormat;
import org.dataregistry.download.FormatFiles;
import org.dataregistry.download.PublishedFile;
import org.dataregistry.markdown.Markdown;
import org.dataregistry.publication.DatasetMetadata;
import org.dataregistry.publication.UpdateFrequency;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.Translations;

/**
 * The registry as a DCAT-AP catalogue in JSON-LD, for open-data portals to harvest: a {@code dcat:Catalog} with a
 * {@code dcat:Dataset} per visible publication, each with a {@code dcat:Distribution} per format that has a file of
 * all its releases. Texts are language-tagged in each language they are written in (no English copies under other
 * tags); controlled values use the EU Publications Office's vocabularies and IANA's media types.
 */
final class DcatCatalog {

    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String OCP = "https://www.open-contracting.org/";

    private final String baseUrl;
    private final Function<Language, String> title;
    private final Function<Language, String> description;

    /**
     * @param baseUrl scheme, host and port of the site, without a trailing slash
     * @param title the catalogue's title in a language
     * @param description the catalogue's description in a language
     */
    DcatCatalog(String baseUrl, Function<Language, String> title, Function<Language, String> description) {
        this.baseUrl = baseUrl;
        this.title = title;
        this.description = description;
    }

    /** The JSON-LD document: the datasets with their full files ({@code filesOf} a job id). */
    Map<String, Object> document(List<CatalogDataset> datasets, Function<Long, List<FormatFiles>> filesOf) {
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context());
        catalog.put("@id", baseUrl + "/catalog.jsonld");
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", everyLanguage(title));
        catalog.put("dct:description", everyLanguage(description));
        catalog.put("dct:publisher", publisher());
        catalog.put("foaf:homepage", id(baseUrl + "/"));
        catalog.put("dct:language", List.of(id(EU + "language/ENG"), id(EU + "language/SPA"), id(EU + "language/RUS")));
        List<Map<String, Object>> described = new ArrayList<>();
        for (CatalogDataset dataset : datasets) {
            described.add(
                    dataset(dataset, dataset.activeJobId() == null ? List.of() : filesOf.apply(dataset.activeJobId())));
        }
        catalog.put("dcat:dataset", described);
        return catalog;
    }

    /** The EU frequency that says how often the publisher updates its data. */
    static String accrualPeriodicity(UpdateFrequency frequency) {
        return EU + "frequency/"
                + switch (frequency) {
                    case UNKNOWN -> "UNKNOWN";
                    case REAL_TIME -> "UPDATE_CONT";
                    case HOURLY -> "HOURLY";
                    case DAILY -> "DAILY";
                    case WEEKLY -> "WEEKLY";
                    case MONTHLY -> "MONTHLY";
                    case QUARTERLY -> "QUARTERLY";
                    case HALF_YEARLY -> "ANNUAL_2";
                    case ANNUALLY -> "ANNUAL";
                };
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        return context;
    }

    private Map<String, Object> dataset(CatalogDataset dataset, List<FormatFiles> files) {
        String page = baseUrl + "/en/publication/" + dataset.id();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", page + "#dataset");
        node.put("@type", "dcat:Dataset");
        node.put("dct:identifier", page + "#dataset");
        node.put("dct:title", titles(dataset));
        List<Map<String, Object>> descriptions = descriptions(dataset);
        if (!descriptions.isEmpty()) {
            node.put("dct:description", descriptions);
        }
        node.put("dcat:landingPage", id(page));
        spatial(dataset).ifPresent(spatial -> node.put("dct:spatial", spatial));
        if (dataset.dateFrom() != null || dataset.dateTo() != null) {
            node.put("dct:temporal", temporal(dataset.dateFrom(), dataset.dateTo()));
        }
        if (dataset.modified() != null) {
            node.put(
                    "dct:modified",
                    typed(dataset.modified().truncatedTo(ChronoUnit.SECONDS).toString(), "xsd:dateTime"));
        }
        if (!dataset.licenseUrl().isEmpty()) {
            node.put("dct:license", id(dataset.licenseUrl()));
        }
        node.put("dct:publisher", id(OCP));
        node.put("dcat:contactPoint", contactPoint());
        node.put(
                "dcat:keyword",
                DatasetMetadata.KEYWORDS.stream()
                        .map(keyword -> tagged(keyword, Language.EN))
                        .toList());
        node.put("dcat:theme", id(EU + "data-theme/GOVE"));
        node.put("dct:accrualPeriodicity", id(accrualPeriodicity(dataset.updateFrequency())));
        List<Map<String, Object>> distributions = new ArrayList<>();
        for (FormatFiles format : files) {
            if (format.full() != null) {
                distributions.add(distribution(dataset, format.full()));
            }
        }
        if (!distributions.isEmpty()) {
            node.put("dcat:distribution", distributions);
        }
        return node;
    }

    /** {@code <country>: <title>} in each language the country is written in; the title alone without a country. */
    private static List<Map<String, Object>> titles(CatalogDataset dataset) {
        Map<Language, String> countries = written(dataset.country());
        if (countries.isEmpty()) {
            return List.of(tagged(dataset.title(), Language.EN));
        }
        List<Map<String, Object>> titles = new ArrayList<>();
        countries.forEach((language, country) -> titles.add(tagged(country + ": " + dataset.title(), language)));
        return titles;
    }

    /** The description then the long description, as plain text, in each language either is written in. */
    private static List<Map<String, Object>> descriptions(CatalogDataset dataset) {
        List<Map<String, Object>> descriptions = new ArrayList<>();
        for (Language language : Language.values()) {
            String text = (Markdown.toText(dataset.description().get(language)) + "\n\n"
                            + Markdown.toText(dataset.descriptionLong().get(language)))
                    .strip();
            if (!text.isEmpty()) {
                descriptions.add(tagged(text, language));
            }
        }
        return descriptions;
    }

    /** The country: the EU country when its flag is a country's, and its name in each language written. */
    private static Optional<Map<String, Object>> spatial(CatalogDataset dataset) {
        Map<Language, String> names = written(dataset.country());
        String country = euCountry(dataset.countryFlag());
        if (names.isEmpty() && country == null) {
            return Optional.empty();
        }
        Map<String, Object> location = new LinkedHashMap<>();
        if (country != null) {
            location.put("@id", country);
        }
        location.put("@type", "dct:Location");
        if (!names.isEmpty()) {
            List<Map<String, Object>> labels = new ArrayList<>();
            names.forEach((language, name) -> labels.add(tagged(name, language)));
            location.put("rdfs:label", labels);
        }
        return Optional.of(location);
    }

    /** e.g. {@code pt.svg} → {@code .../country/PRT}; {@code null} for flags that are not one ISO country's. */
    static String euCountry(String flag) {
        if (flag == null || !flag.matches("[a-z]{2}\\.svg")) {
            return null;
        }
        try {
            String alpha3 =
                    Locale.of("", flag.substring(0, 2).toUpperCase(Locale.ROOT)).getISO3Country();
            return alpha3.length() == 3 ? EU + "country/" + alpha3 : null;
        } catch (MissingResourceException notACountry) {
            return null;
        }
    }

    private static Map<String, Object> temporal(LocalDate from, LocalDate to) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("@type", "dct:PeriodOfTime");
        if (from != null) {
            period.put("dcat:startDate", typed(from.toString(), "xsd:date"));
        }
        if (to != null) {
            period.put("dcat:endDate", typed(to.toString(), "xsd:date"));
        }
        return period;
    }

    private Map<String, Object> distribution(CatalogDataset dataset, PublishedFile file) {
        String url = baseUrl + "/en/publication/" + dataset.id() + "/download?name=" + file.name();
        FileFormat format = file.format();
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", url);
        node.put("@type", "dcat:Distribution");
        node.put("dct:title", file.name());
        node.put("dcat:accessURL", id(url));
        node.put("dcat:downloadURL", id(url));
        // As DCAT describes a compressed file: the media type of the data, and how it is packed and compressed.
        node.put("dcat:mediaType", id(IANA + format.dataFormat()));
        node.put(
                "dct:format",
                id(EU + "file-type/"
                        + switch (format) {
                            case JSON -> "JSON";
                            case EXCEL -> "XLSX";
                            case CSV -> "CSV";
                        }));
        if (format == FileFormat.CSV) {
            node.put("dcat:packageFormat", id(EU + "file-type/TAR"));
        }
        if (format.suffix().endsWith(".gz")) {
            node.put("dcat:compressFormat", id(IANA + "application/gzip"));
        }
        node.put("dcat:byteSize", typed(Long.toString(file.bytes()), "xsd:nonNegativeInteger"));
        if (file.modified() != null) {
            node.put(
                    "dct:modified",
                    typed(file.modified().truncatedTo(ChronoUnit.SECONDS).toString(), "xsd:dateTime"));
        }
        if (!dataset.licenseUrl().isEmpty()) {
            node.put("dct:license", id(dataset.licenseUrl()));
        }
        return node;
    }

    private static Map<String, Object> publisher() {
        Map<String, Object> publisher = new LinkedHashMap<>();
        publisher.put("@id", OCP);
        publisher.put("@type", "foaf:Organization");
        publisher.put("foaf:name", "Open Contracting Partnership");
        publisher.put("foaf:homepage", id(OCP));
        return publisher;
    }

    private static Map<String, Object> contactPoint() {
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", "Open Contracting Partnership");
        contact.put("vcard:hasEmail", id("mailto:data@open-contracting.org"));
        return contact;
    }

    /** The languages a text is written in, with the text, English first; none when even English is blank. */
    private static Map<Language, String> written(Translations text) {
        Map<Language, String> written = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            if (!text.get(language).isBlank()) {
                written.put(language, text.get(language));
            }
        }
        return written;
    }

    private static List<Map<String, Object>> everyLanguage(Function<Language, String> text) {
        return Arrays.stream(Language.values())
                .map(language -> tagged(text.apply(language), language))
                .toList();
    }

    private static Map<String, Object> tagged(String value, Language language) {
        Map<String, Object> tagged = new LinkedHashMap<>();
        tagged.put("@value", value);
        tagged.put("@language", language.code());
        return tagged;
    }

    private static Map<String, Object> typed(String value, String type) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("@value", value);
        typed.put("@type", type);
        return typed;
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }
}
