package org.dataregistry.job;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text whose web addresses are links, opening in a new tab: a crawl's note often names the URL that failed. */
class LinkifiedText extends Span {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    LinkifiedText(String text) {
        Matcher url = URL.matcher(text);
        int from = 0;
        while (url.find()) {
            if (url.start() > from) {
                add(new Text(text.substring(from, url.start())));
            }
            add(new Anchor(url.group(), url.group(), AnchorTarget.BLANK));
            from = url.end();
        }
        if (from < text.length()) {
            add(new Text(text.substring(from)));
        }
    }
}
