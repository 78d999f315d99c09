package org.dataregistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the activities module on its own (persistence and activities) for its tests. */
@SpringBootApplication
public class ActivitiesTestApplication {}
