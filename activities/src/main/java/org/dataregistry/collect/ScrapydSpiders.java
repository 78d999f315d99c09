package org.dataregistry.collect;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.dataregistry.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Lists Kingfisher Collect's spiders ({@code listspiders.json}), for the choices of a publication's source ID. A form
 * must open even when Scrapyd is slow, down or not configured: then the list is empty and says why.
 */
@Component
@EnableConfigurationProperties(ScrapydProperties.class)
public class ScrapydSpiders {

    /** How long a form waits for Scrapyd, to connect and then to answer. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(ScrapydSpiders.class);

    private final ScrapydProperties properties;
    private final ScrapydClient scrapyd;

    @Autowired
    public ScrapydSpiders(ScrapydProperties properties) {
        this(properties, TIMEOUT);
    }

    ScrapydSpiders(ScrapydProperties properties, Duration timeout) {
        this.properties = properties;
        this.scrapyd = new ScrapydClient(properties, timeout);
    }

    public SpiderChoices list() {
        Optional<String> missing = properties.missingSetting();
        if (missing.isPresent()) {
            return SpiderChoices.unavailable("Scrapyd is not configured: " + missing.get());
        }
        try {
            return new SpiderChoices(scrapyd.spiders().stream().sorted().toList(), null);
        } catch (IOException | ScrapydException e) {
            log.warn(
                    "Could not list the spiders of Scrapyd at {}: {}",
                    Secrets.mask(properties.url()),
                    Secrets.mask(e.toString()));
            return SpiderChoices.unavailable("Scrapyd could not list its spiders: " + Secrets.mask(e.getMessage()));
        }
    }
}
