package org.dataregistry.schedule;

/**
 * @param intervalMinutes minutes between two sweeps
 * @param repeat sweep, wait, sweep again forever (the embedded Temporal server, which has no Schedules); false
 *     sweeps once (a Temporal Schedule starts a run every interval)
 */
public record SchedulerInput(int intervalMinutes, boolean repeat) {}
