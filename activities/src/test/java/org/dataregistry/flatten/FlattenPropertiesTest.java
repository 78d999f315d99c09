package org.dataregistry.flatten;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class FlattenPropertiesTest {

    final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Binding.class);

    @Test
    void defaultsToTwoThreadsAndTheOriginalsOneGibibyteForExcel() {
        context.run(context -> assertThat(context.getBean(FlattenProperties.class))
                .isEqualTo(new FlattenProperties(2, 1_073_741_824L)));
    }

    @Test
    void bindsItsKebabCaseKeys() {
        context.withPropertyValues("data-registry.flatten.threads=4", "data-registry.flatten.max-xlsx-input-bytes=1000")
                .run(context ->
                        assertThat(context.getBean(FlattenProperties.class)).isEqualTo(new FlattenProperties(4, 1000)));
    }

    @Test
    void refusesFewerThanOneThread() {
        context.withPropertyValues("data-registry.flatten.threads=0")
                .run(context -> assertThat(context).hasFailed());
    }

    @EnableConfigurationProperties(FlattenProperties.class)
    static class Binding {}
}
