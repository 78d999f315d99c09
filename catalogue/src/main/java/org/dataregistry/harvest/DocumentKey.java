package org.dataregistry.harvest;

import org.dataregistry.translation.Language;

/**
 * What a polled document depends on besides the catalogue: which document, its language, whether the caller sees
 * every publication (signed in), and the host its absolute links name.
 */
record DocumentKey(String document, Language language, boolean signedIn, String baseUrl) {}
