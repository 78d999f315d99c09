package org.dataregistry.ocds;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Test fixtures on the class path, under {@code /fixtures}. */
public final class Fixtures {

    private Fixtures() {}

    /** The file of a fixture, e.g. {@code "merge/simple.json"}. */
    public static Path path(String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture parsed with the engines' mapper. */
    public static JsonNode json(String name) {
        return OcdsJson.mapper().readTree(path(name));
    }

    /** A fixture that is a JSON array of objects. */
    public static List<ObjectNode> objects(String name) {
        List<ObjectNode> objects = new ArrayList<>();
        json(name).forEach(node -> objects.add((ObjectNode) node));
        return objects;
    }
}
