package org.dataregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code /actuator/health} for a supervisor or load balancer: up or down, with liveness and readiness under it,
 * from the database, the disk and Temporal; nothing else of the actuator, and no details, even for an admin.
 */
@AppTest
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    HealthContributorRegistry health;

    @Test
    void healthSaysUpAndNothingMore() throws Exception {
        MvcResult result = mvc.perform(get("/actuator/health")).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
        assertThat(mvc.perform(get("/actuator/health").with(user("admin").roles("ADMIN")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo(result.getResponse().getContentAsString());
    }

    @Test
    void livenessAndReadinessAreThereForASupervisor() throws Exception {
        assertThat(mvc.perform(get("/actuator/health/liveness"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("{\"status\":\"UP\"}");
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .isEqualTo("{\"status\":\"UP\"}");
    }

    @Test
    void theDatabaseTheDiskAndTemporalAreChecked() {
        for (String name : new String[] {"db", "diskSpace", "temporal"}) {
            assertThat(health.getContributor(name)).as(name).isInstanceOf(HealthIndicator.class);
            assertThat(((HealthIndicator) health.getContributor(name)).health().getStatus())
                    .as(name)
                    .isEqualTo(Status.UP);
        }
    }

    @Test
    void noOtherActuatorEndpointIsOpen() throws Exception {
        for (String endpoint :
                new String[] {"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump"}) {
            assertThat(mvc.perform(get(endpoint).with(user("admin").roles("ADMIN")))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(endpoint)
                    .isEqualTo(404);
        }
    }
}
