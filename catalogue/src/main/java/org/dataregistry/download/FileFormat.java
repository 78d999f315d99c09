package org.dataregistry.download;

import org.springframework.http.MediaType;

/** The formats a publication's data is published in, in the order pages show them. */
public enum FileFormat {
    JSON("jsonl.gz", MediaType.valueOf("application/gzip"), "application/jsonlines"),
    EXCEL(
            "xlsx",
            MediaType.valueOf("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv.tar.gz", MediaType.valueOf("application/gzip"), "text/csv");

    private final String suffix;
    private final MediaType mediaType;
    private final String dataFormat;

    FileFormat(String suffix, MediaType mediaType, String dataFormat) {
        this.suffix = suffix;
        this.mediaType = mediaType;
        this.dataFormat = dataFormat;
    }

    /** What file names end with after the stem and a dot: {@code jsonl.gz}, {@code xlsx}, {@code csv.tar.gz}. */
    public String suffix() {
        return suffix;
    }

    /** The download's Content-Type. */
    public MediaType mediaType() {
        return mediaType;
    }

    /** The format of the data inside, as metadata (schema.org, DCAT) names it. */
    public String dataFormat() {
        return dataFormat;
    }

    static FileFormat ofSuffix(String suffix) {
        for (FileFormat format : values()) {
            if (format.suffix.equals(suffix)) {
                return format;
            }
        }
        throw new IllegalArgumentException("No format has the suffix " + suffix);
    }
}
