package org.dataregistry.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import io.temporal.failure.ApplicationFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dataregistry.collect.ScrapydProperties;
import org.dataregistry.collect.ScrapydSpiders;
import org.dataregistry.collect.SpiderChoices;
import org.dataregistry.database.PostgresUrl;
import org.dataregistry.process.KingfisherProcessProperties;
import org.dataregistry.pull.KingfisherProcessDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Configured passwords appear in no log line, form text or task note, even when their URL is wrong or unreachable. */
class SecretsInLogsTest {

    private static final String PASSWORD = "Tr0ub4dor-and-3";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final AppenderBase<ILoggingEvent> capture = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            lines.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                lines.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
    };
    private Level rootLevel;

    @BeforeEach
    void captureLogs() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        capture.start();
        root.addAppender(capture);
    }

    @AfterEach
    void stopCapturing() {
        root.detachAppender(capture);
        root.setLevel(rootLevel);
    }

    @Test
    void aFailedSpiderListingNamesScrapydWithoutItsPassword() throws IOException {
        SpiderChoices choices = new ScrapydSpiders(new ScrapydProperties(
                        "http://admin:" + PASSWORD + "@127.0.0.1:" + closedPort() + "/", "kingfisher", null))
                .list();

        assertThat(choices.problem())
                .startsWith("Scrapyd could not list its spiders")
                .doesNotContain(PASSWORD);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains("http://***@127.0.0.1:"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(PASSWORD));
    }

    @Test
    void aScrapydUrlThatIsNotHttpIsShownMasked() {
        SpiderChoices choices = new ScrapydSpiders(
                        new ScrapydProperties("ftp://admin:" + PASSWORD + "@scrapyd/", "kingfisher", null))
                .list();

        assertThat(choices.problem())
                .isEqualTo("Scrapyd is not configured: SCRAPYD_URL is not an http(s) URL: ftp://***@scrapyd/");
    }

    @Test
    void aMalformedKingfisherProcessDatabaseUrlIsNotedWithoutItsPassword() {
        KingfisherProcessDatabase database = new KingfisherProcessDatabase(new KingfisherProcessProperties(
                null, "postgresql://kingfisher:" + PASSWORD + "@db host:5432/kingfisher_process"));

        assertThatThrownBy(database::dataSource)
                .isInstanceOfSatisfying(
                        ApplicationFailure.class,
                        failure -> assertThat(failure.getOriginalMessage())
                                .startsWith(
                                        "KINGFISHER_PROCESS_DATABASE_URL is not usable: DATABASE_URL is not a valid URL")
                                .contains("postgresql://***@db host:5432/kingfisher_process")
                                .doesNotContain(PASSWORD));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains(PASSWORD));
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsEchoedMasked() {
        assertThatThrownBy(() -> PostgresUrl.parse("mysql://root:" + PASSWORD + "@db/registry", null, null))
                .hasMessageEndingWith("but was: mysql://***@db/registry");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
