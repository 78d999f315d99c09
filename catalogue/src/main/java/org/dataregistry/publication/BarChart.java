package org.dataregistry.publication;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the page's template: no chart library, nothing run in the browser.
 * Geometry is in SVG user units; the template scales the drawing to the page's width.
 *
 * @param title what the bars measure, also the SVG's accessible name
 * @param bars top to bottom
 */
public record BarChart(String title, List<Bar> bars) {

    /** Width of the drawing. */
    public static final int WIDTH = 640;
    /** Where bars start: the labels are right-aligned before it. */
    public static final int BARS_X = 250;
    /** The longest bar, leaving room for its value after it. */
    public static final int BARS_WIDTH = 300;
    /** Height of a row: a bar and the space below it. */
    public static final int ROW = 26;

    private static final int BAR_HEIGHT = 18;

    /**
     * One bar.
     *
     * @param label what it measures
     * @param value its value as the page writes it, e.g. {@code 85%} or {@code 1,234}
     * @param detail a longer account for assistive technology and tooltips, e.g. {@code 1,234 of 1,450}
     * @param fraction its length as a share of the longest possible bar, 0 to 1
     */
    public record Bar(String label, String value, String detail, double fraction) {}

    /** A row's geometry, for the template. */
    public record Row(Bar bar, int y, int textY, int width, int height, int valueX) {}

    public int height() {
        return Math.max(ROW, bars.size() * ROW);
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int width = (int) Math.round(Math.clamp(bar.fraction(), 0, 1) * BARS_WIDTH);
            if (width == 0 && bar.fraction() > 0) {
                width = 1;
            }
            int y = i * ROW + (ROW - BAR_HEIGHT) / 2;
            rows.add(new Row(bar, y, y + BAR_HEIGHT - 5, width, BAR_HEIGHT, BARS_X + width + 6));
        }
        return rows;
    }

    public int width() {
        return WIDTH;
    }

    public int labelX() {
        return BARS_X - 8;
    }

    public int barsX() {
        return BARS_X;
    }

    public int barsWidth() {
        return BARS_WIDTH;
    }
}
