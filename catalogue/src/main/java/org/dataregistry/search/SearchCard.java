package org.dataregistry.search;

import java.util.Set;

import org.dataregistry.download.FileFormat;

/**
 * A search result as its card shows it.
 *
 * @param descriptionHtml the description rendered from Markdown
 * @param formats the formats with files by year (the card's ticks)
 */
public record SearchCard(SearchEntry entry, String descriptionHtml, Set<FileFormat> formats) {

    public boolean has(FileFormat format) {
        return formats.contains(format);
    }
}
