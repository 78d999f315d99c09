package org.dataregistry.publication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CountryFlagImagesIT {

    @LocalServerPort
    int port;

    @Test
    void theFlagAPublicationShowsIsServedToAnyone() {
        ResponseEntity<String> flag = RestClient.create("http://localhost:" + port + "/")
                .get()
                .uri(CountryFlags.url("gb-eng.svg"))
                .retrieve()
                .toEntity(String.class);

        assertThat(flag.getStatusCode().value()).isEqualTo(200);
        assertThat(flag.getHeaders().getContentType()).isEqualTo(MediaType.valueOf("image/svg+xml"));
        assertThat(flag.getBody()).contains("<svg");
    }
}
