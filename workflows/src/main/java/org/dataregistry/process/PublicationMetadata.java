package org.dataregistry.process;

/**
 * What the processed data says about the publication, stored on the job. Dates are ISO {@code YYYY-MM-DD} strings,
 * null when unknown.
 *
 * @param dateFrom earliest release date in (1970-01-01, today]
 * @param dateTo latest release date in (1970-01-01, today]
 * @param ocidPrefix first 11 characters of the greatest OCID, or ""
 * @param license the packages' {@code license} URL, or ""
 * @param publicationPolicy the packages' {@code publicationPolicy} URL, or ""
 */
public record PublicationMetadata(
        String dateFrom, String dateTo, String ocidPrefix, String license, String publicationPolicy) {

    public static final PublicationMetadata NONE = new PublicationMetadata(null, null, "", "", "");
}
