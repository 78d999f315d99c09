package org.dataregistry.publication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import org.dataregistry.audit.AuditedEntity;
import org.dataregistry.audit.AuditedValue;
import org.dataregistry.audit.ObjectType;
import org.dataregistry.translation.Language;
import org.dataregistry.translation.Translations;
import org.dataregistry.url.HttpUrl;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An OCDS publication in the catalogue (the original's {@code Collection}): what it is, where its data comes
 * from, how often the registry collects it, and whether the public sees it.
 */
@Table("publication")
public class Publication extends AuditedEntity {

    /** What a form shows next to the maximum release date when {@link #datesInOrder} fails. */
    public static final String DATES_OUT_OF_ORDER =
            "The maximum release date can't be before the minimum release date.";
    /** What a form shows next to the source URL when {@link #sourceUrlGivenFor} fails. */
    public static final String SOURCE_URL_NEEDED = "The built-in collector downloads the source URL: enter one.";

    /** The fields of {@link #auditedFields()} that record a code or an id, and what it is. */
    public static final Map<String, AuditedValue> AUDITED_VALUES = Map.of(
            "collector", AuditedValue.label(Collector.class, Collector::label),
            "settings bundle", AuditedValue.reference(ObjectType.SETTINGS_BUNDLE),
            "retrieval frequency", AuditedValue.label(RetrievalFrequency.class, RetrievalFrequency::label),
            "active job", AuditedValue.reference(ObjectType.JOB),
            "frozen", AuditedValue.YES_NO,
            "public", AuditedValue.YES_NO,
            "region", AuditedValue.label(Region.class, Region::label),
            "update frequency", AuditedValue.label(UpdateFrequency.class, UpdateFrequency::label),
            "data license", AuditedValue.reference(ObjectType.LICENSE));

    @NotBlank(message = "Enter a title.")
    @Size(max = 500, message = "Keep the title under 500 characters.")
    private String title = "";

    @Embedded.Empty(prefix = "country_")
    private Translations country = new Translations();

    @Embedded.Empty(prefix = "language_")
    private Translations language = new Translations();

    @Embedded.Empty(prefix = "description_")
    private Translations description = new Translations();

    @Embedded.Empty(prefix = "description_long_")
    private Translations descriptionLong = new Translations();

    @Embedded.Empty(prefix = "additional_data_")
    private Translations additionalData = new Translations();

    @Embedded.Empty(prefix = "summary_")
    private Translations summary = new Translations();

    @Embedded.Empty(prefix = "no_data_rationale_")
    private Translations noDataRationale = new Translations();

    @Pattern(regexp = "|[a-z0-9-]+\\.svg", message = "Choose a flag from the list.")
    private String countryFlag = "";

    private Region region;

    @NotNull(message = "Choose how often the publisher updates the data.")
    private UpdateFrequency updateFrequency = UpdateFrequency.UNKNOWN;

    private RetrievalFrequency retrievalFrequency;

    @PastOrPresent(message = "The last review can't be in the future.")
    private LocalDate lastReviewed;

    private Long licenseId;

    @HttpUrl
    private String publicationPolicy = "";

    @HttpUrl
    private String sourceUrl = "";

    @NotBlank(message = "Enter the source ID: the Kingfisher Collect spider, or a short name for a download.")
    @Pattern(
            regexp = "|[A-Za-z0-9_.-]+",
            message =
                    "Use only letters, digits, '_', '.' and '-': the source ID names the spider and the download files.")
    private String sourceId = "";

    @NotNull(message = "Choose how the data is collected.")
    private Collector collector = Collector.SCRAPYD;

    private Long activeJobId;
    private LocalDate lastRetrieved;
    private boolean frozen;

    @Column("public")
    private boolean published;

    private Long settingsBundleId;
    private LocalDate dateFrom;
    private LocalDate dateTo;

    @Pattern(regexp = "|\\S+", message = "An OCID prefix has no spaces.")
    private String ocidPrefix = "";

    /** Whether a minimum and a maximum release date, when both are given, are in order. */
    public static boolean datesInOrder(LocalDate from, LocalDate to) {
        return from == null || to == null || !from.isAfter(to);
    }

    /** Whether {@code collector} has what it needs: the built-in download needs a source URL. */
    public static boolean sourceUrlGivenFor(Collector collector, String sourceUrl) {
        return collector != Collector.HTTP || (sourceUrl != null && !sourceUrl.isBlank());
    }

    @AssertTrue(message = DATES_OUT_OF_ORDER)
    public boolean isDateRangeInOrder() {
        return datesInOrder(dateFrom, dateTo);
    }

    @AssertTrue(message = SOURCE_URL_NEEDED)
    public boolean isSourceUrlGivenForDownload() {
        return sourceUrlGivenFor(collector, sourceUrl);
    }

    /**
     * Whether anonymous visitors see the publication: it is public and has either data (an active job) or a
     * rationale for having none.
     */
    public boolean isVisible() {
        return published && (activeJobId != null || !noDataRationale.getEn().isEmpty());
    }

    @Override
    public String auditName() {
        return title + " (" + getId() + ")";
    }

    @Override
    public SequencedMap<String, String> auditedFields() {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put("source ID", sourceId);
        fields.put("collector", text(collector));
        fields.put("settings bundle", text(settingsBundleId));
        fields.put("retrieval frequency", text(retrievalFrequency));
        fields.put("active job", text(activeJobId));
        fields.put("frozen", String.valueOf(frozen));
        fields.put("public", String.valueOf(published));
        fields.put("title", title);
        putTranslations(fields, "country", country);
        fields.put("country flag", countryFlag);
        fields.put("region", text(region));
        putTranslations(fields, "language", language);
        fields.put("OCID prefix", ocidPrefix);
        fields.put("minimum release date", text(dateFrom));
        fields.put("maximum release date", text(dateTo));
        fields.put("update frequency", text(updateFrequency));
        fields.put("data license", text(licenseId));
        fields.put("publication policy", publicationPolicy);
        fields.put("source URL", sourceUrl);
        putTranslations(fields, "description", description);
        putTranslations(fields, "description long", descriptionLong);
        putTranslations(fields, "data availability", additionalData);
        putTranslations(fields, "quality summary", summary);
        fields.put("last reviewed", text(lastReviewed));
        putTranslations(fields, "no data rationale", noDataRationale);
        return fields;
    }

    private static void putTranslations(SequencedMap<String, String> fields, String label, Translations values) {
        for (Language language : Language.values()) {
            fields.put(label + " [" + language.code() + "]", values.get(language));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = trim(title);
    }

    public Translations getCountry() {
        return country;
    }

    public void setCountry(Translations country) {
        this.country = country;
    }

    public Translations getLanguage() {
        return language;
    }

    public void setLanguage(Translations language) {
        this.language = language;
    }

    public Translations getDescription() {
        return description;
    }

    public void setDescription(Translations description) {
        this.description = description;
    }

    public Translations getDescriptionLong() {
        return descriptionLong;
    }

    public void setDescriptionLong(Translations descriptionLong) {
        this.descriptionLong = descriptionLong;
    }

    public Translations getAdditionalData() {
        return additionalData;
    }

    public void setAdditionalData(Translations additionalData) {
        this.additionalData = additionalData;
    }

    public Translations getSummary() {
        return summary;
    }

    public void setSummary(Translations summary) {
        this.summary = summary;
    }

    public Translations getNoDataRationale() {
        return noDataRationale;
    }

    public void setNoDataRationale(Translations noDataRationale) {
        this.noDataRationale = noDataRationale;
    }

    public String getCountryFlag() {
        return countryFlag;
    }

    public void setCountryFlag(String countryFlag) {
        this.countryFlag = trim(countryFlag);
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public UpdateFrequency getUpdateFrequency() {
        return updateFrequency;
    }

    public void setUpdateFrequency(UpdateFrequency updateFrequency) {
        this.updateFrequency = updateFrequency;
    }

    public RetrievalFrequency getRetrievalFrequency() {
        return retrievalFrequency;
    }

    public void setRetrievalFrequency(RetrievalFrequency retrievalFrequency) {
        this.retrievalFrequency = retrievalFrequency;
    }

    public LocalDate getLastReviewed() {
        return lastReviewed;
    }

    public void setLastReviewed(LocalDate lastReviewed) {
        this.lastReviewed = lastReviewed;
    }

    public Long getLicenseId() {
        return licenseId;
    }

    public void setLicenseId(Long licenseId) {
        this.licenseId = licenseId;
    }

    public String getPublicationPolicy() {
        return publicationPolicy;
    }

    public void setPublicationPolicy(String publicationPolicy) {
        this.publicationPolicy = trim(publicationPolicy);
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = trim(sourceUrl);
    }

    public String getSourceId() {
        return sourceId;
    }

    public void setSourceId(String sourceId) {
        this.sourceId = trim(sourceId);
    }

    public Collector getCollector() {
        return collector;
    }

    public void setCollector(Collector collector) {
        this.collector = collector;
    }

    public Long getActiveJobId() {
        return activeJobId;
    }

    public void setActiveJobId(Long activeJobId) {
        this.activeJobId = activeJobId;
    }

    public LocalDate getLastRetrieved() {
        return lastRetrieved;
    }

    public void setLastRetrieved(LocalDate lastRetrieved) {
        this.lastRetrieved = lastRetrieved;
    }

    public boolean isFrozen() {
        return frozen;
    }

    public void setFrozen(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean isPublished() {
        return published;
    }

    public void setPublished(boolean published) {
        this.published = published;
    }

    public Long getSettingsBundleId() {
        return settingsBundleId;
    }

    public void setSettingsBundleId(Long settingsBundleId) {
        this.settingsBundleId = settingsBundleId;
    }

    public LocalDate getDateFrom() {
        return dateFrom;
    }

    public void setDateFrom(LocalDate dateFrom) {
        this.dateFrom = dateFrom;
    }

    public LocalDate getDateTo() {
        return dateTo;
    }

    public void setDateTo(LocalDate dateTo) {
        this.dateTo = dateTo;
    }

    public String getOcidPrefix() {
        return ocidPrefix;
    }

    public void setOcidPrefix(String ocidPrefix) {
        this.ocidPrefix = trim(ocidPrefix);
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}
