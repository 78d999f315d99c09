package org.dataregistry;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Boots the public site on its own (with persistence and the activities it reads from) for its tests. */
@SpringBootApplication
public class CatalogueTestApplication {}
