package org.dataregistry.site;

import java.time.LocalDate;
import java.util.List;
import org.dataregistry.publication.CountryFlags;

/**
 * What the home page says of the catalogue.
 *
 * @param publications the publications the visitor may see
 * @param countries the countries they are from
 * @param latest the publications whose data was retrieved last, newest first
 */
public record HomeFacts(long publications, long countries, List<Latest> latest) {

    /** A publication with new data, as the home page lists it. */
    public record Latest(long id, String title, String country, String countryFlag, LocalDate lastRetrieved) {

        public String heading() {
            return country.isEmpty() ? title : country + ": " + title;
        }

        public String flagUrl() {
            return countryFlag.isEmpty() ? "" : CountryFlags.url(countryFlag);
        }
    }
}
