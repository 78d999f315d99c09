package org.dataregistry.search;

import java.util.List;
import org.dataregistry.download.FormatTick;

/**
 * A search result as its card shows it.
 *
 * @param descriptionHtml the description rendered from Markdown
 * @param ticks each format, ticked when it has files by year
 */
public record SearchCard(SearchEntry entry, String descriptionHtml, List<FormatTick> ticks) {}
