package org.dataregistry.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled whether jobs start automatically when publications are due
 * @param intervalMinutes how often the scheduler looks for publications that are due
 */
@ConfigurationProperties("data-registry.schedule")
public record ScheduleProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("5") int intervalMinutes) {}
