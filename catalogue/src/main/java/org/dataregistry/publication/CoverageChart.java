package org.dataregistry.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dataregistry.site.Formats;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * What a publication's data contains, from its active job's coverage map (OCDS Cardinal's counts of non-empty
 * values per path): the share of compiled releases that have each main section and field, then, for awards and
 * contracts, the share of them that have each of their main fields. Built only from the map, so a field inside an
 * array (an award's suppliers) is measured against the objects of that array, not against releases.
 */
final class CoverageChart {

    /** A measured field: its message key, the path counted, the path it is a share of. */
    private record Field(String key, String path, String of) {}

    private static final String RELEASES = "";
    private static final String AWARDS = "/awards[]/";
    private static final String CONTRACTS = "/contracts[]/";

    private static final List<Field> RELEASE_FIELDS = List.of(
            new Field("coverage.parties", "/parties", RELEASES),
            new Field("coverage.buyer", "/buyer", RELEASES),
            new Field("coverage.planning", "/planning", RELEASES),
            new Field("coverage.planningBudget", "/planning/budget", RELEASES),
            new Field("coverage.tender", "/tender", RELEASES),
            new Field("coverage.tenderValue", "/tender/value", RELEASES),
            new Field("coverage.tenderItems", "/tender/items", RELEASES),
            new Field("coverage.tenderers", "/tender/tenderers", RELEASES),
            new Field("coverage.tenderDocuments", "/tender/documents", RELEASES),
            new Field("coverage.tenderMilestones", "/tender/milestones", RELEASES),
            new Field("coverage.tenderAmendments", "/tender/amendments", RELEASES),
            new Field("coverage.awards", "/awards", RELEASES),
            new Field("coverage.contracts", "/contracts", RELEASES));
    private static final List<Field> AWARD_FIELDS = List.of(
            new Field("coverage.value", "/awards[]/value", AWARDS),
            new Field("coverage.suppliers", "/awards[]/suppliers", AWARDS),
            new Field("coverage.items", "/awards[]/items", AWARDS),
            new Field("coverage.documents", "/awards[]/documents", AWARDS),
            new Field("coverage.amendments", "/awards[]/amendments", AWARDS));
    private static final List<Field> CONTRACT_FIELDS = List.of(
            new Field("coverage.value", "/contracts[]/value", CONTRACTS),
            new Field("coverage.items", "/contracts[]/items", CONTRACTS),
            new Field("coverage.transactions", "/contracts[]/implementation/transactions", CONTRACTS),
            new Field("coverage.milestones", "/contracts[]/milestones", CONTRACTS),
            new Field("coverage.documents", "/contracts[]/documents", CONTRACTS),
            new Field("coverage.amendments", "/contracts[]/amendments", CONTRACTS));

    private CoverageChart() {}

    /**
     * The charts of a coverage map: compiled releases, then awards and contracts when the data has any; none for an
     * empty map.
     *
     * @param messages the page's messages, in its language
     */
    static List<BarChart> of(Map<String, Long> coverage, Formats formats, MessageSourceAccessor messages) {
        List<BarChart> charts = new ArrayList<>();
        add(charts, "coverage.releases", RELEASE_FIELDS, coverage, formats, messages);
        add(charts, "coverage.awardsWith", AWARD_FIELDS, coverage, formats, messages);
        add(charts, "coverage.contractsWith", CONTRACT_FIELDS, coverage, formats, messages);
        return charts;
    }

    private static void add(
            List<BarChart> charts,
            String titleKey,
            List<Field> fields,
            Map<String, Long> coverage,
            Formats formats,
            MessageSourceAccessor messages) {
        long total = coverage.getOrDefault(fields.getFirst().of(), 0L);
        if (total <= 0) {
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        for (Field field : fields) {
            long count = Math.min(total, coverage.getOrDefault(field.path(), 0L));
            double share = (double) count / total;
            bars.add(new BarChart.Bar(
                    messages.getMessage(field.key()),
                    percent(share),
                    formats.number(count) + " / " + formats.number(total),
                    share));
        }
        charts.add(new BarChart(messages.getMessage(titleKey, new Object[] {formats.number(total)}), bars));
    }

    /** A share as a whole percentage, except that some is never shown as 0% nor a part as 100%. */
    static String percent(double share) {
        long rounded = Math.round(share * 100);
        if (rounded == 0 && share > 0) {
            return "<1%";
        }
        if (rounded == 100 && share < 1) {
            return ">99%";
        }
        return rounded + "%";
    }
}
