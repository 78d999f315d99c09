package org.dataregistry.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bulk work has a connection pool of its own: the UI's queries are answered while bulk work holds all of its. */
@SpringBootTest
class BulkPoolTest {

    @Autowired
    DataSource main;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @BulkPool
    HikariDataSource bulk;
    @Autowired
    @BulkPool
    JdbcClient bulkJdbc;

    private final List<Connection> held = new ArrayList<>();

    @AfterEach
    void release() throws SQLException {
        for (Connection connection : held) {
            connection.close();
        }
    }

    @Test
    void unqualifiedInjectionGetsTheMainPoolAndBulkWorkItsOwn() {
        assertThat(main).isInstanceOf(HikariDataSource.class).isNotSameAs(bulk);
        assertThat(((HikariDataSource) main).getPoolName()).isEqualTo("data-registry");
        assertThat(bulk.getPoolName()).isEqualTo("data-registry-bulk");
        assertThat(bulk.getMaximumPoolSize()).as("the default bulk-pool-size").isEqualTo(4);
        assertThat(bulkJdbc.sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theUiIsAnsweredWhileBulkWorkHoldsEveryConnectionOfItsPool() throws SQLException {
        for (int i = 0; i < bulk.getMaximumPoolSize(); i++) {
            held.add(bulk.getConnection());
        }
        assertThat(bulk.getHikariPoolMXBean().getActiveConnections()).isEqualTo(bulk.getMaximumPoolSize());
        assertThat(bulk.getHikariPoolMXBean().getIdleConnections()).as("the bulk pool is exhausted").isZero();

        long publications = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> jdbc.sql("SELECT count(*) FROM publication").query(Long.class).single());

        assertThat(publications).isNotNegative();
    }
}
