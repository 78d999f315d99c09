package org.dataregistry.temporal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Temporal service is.
 *
 * @param address {@code host:port} of a Temporal frontend; blank runs an in-process Temporal server
 * @param namespace the Temporal namespace the registry's workflows run in
 * @param uiUrl base URL of the Temporal Web UI, for links to a job's workflow; blank hides the links
 */
@ConfigurationProperties("data-registry.temporal")
public record TemporalProperties(String address, String namespace, String uiUrl) {

    public boolean embedded() {
        return address == null || address.isBlank();
    }
}
