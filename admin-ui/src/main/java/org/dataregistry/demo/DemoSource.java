package org.dataregistry.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The demo publication's source: sample OCDS release packages bundled with the app (see {@code demo/LICENSE}),
 * served as pages chained by {@code links.next}, the way many publishers paginate. Lets the first job run end to
 * end with no network.
 */
@RestController
class DemoSource {

    static final String BASE = "/demo/ocds/";
    static final String FIRST_PAGE = BASE + "01.json";
    static final int PAGES = 8;

    private final JsonMapper json = JsonMapper.builder().build();

    @GetMapping(value = "/demo/ocds/{page:\\d{2}}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> page(@PathVariable int page) {
        if (page < 1 || page > PAGES) {
            return ResponseEntity.notFound().build();
        }
        ObjectNode releasePackage = read(page);
        if (page < PAGES) {
            String next = ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/demo/ocds/%02d.json".formatted(page + 1))
                    .toUriString();
            releasePackage.putObject("links").put("next", next);
        }
        return ResponseEntity.ok(json.writeValueAsString(releasePackage));
    }

    private ObjectNode read(int page) {
        try (InputStream in = new ClassPathResource("demo/pages/%02d.json".formatted(page)).getInputStream()) {
            return (ObjectNode) json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled demo page " + page + " is unreadable", e);
        }
    }
}
