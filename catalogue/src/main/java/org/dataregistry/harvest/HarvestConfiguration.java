package org.dataregistry.harvest;

import java.util.ArrayList;
import java.util.List;

import org.dataregistry.translation.Language;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional requests for what machines poll: {@code publications.json}, the sitemap, the DCAT catalogue and the
 * feeds get an ETag of their content, and a request whose {@code If-None-Match} still matches gets a 304 without the
 * body. The ETag is weak because the body may be compressed on the way (Tomcat does not compress a response that
 * carries a strong ETag); the body is still written, only not sent.
 */
@Configuration(proxyBeanMethods = false)
class HarvestConfiguration {

    /** The documents, each in every language it has. */
    static final List<String> POLLED = polled();

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> harvestEtags() {
        ShallowEtagHeaderFilter etags = new ShallowEtagHeaderFilter();
        etags.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(etags);
        registration.setUrlPatterns(POLLED);
        return registration;
    }

    private static List<String> polled() {
        List<String> paths = new ArrayList<>(List.of("/sitemap.xml", "/catalog.jsonld"));
        for (String translated : List.of("/publications.json", "/feed.atom")) {
            paths.add(translated);
            for (Language language : Language.values()) {
                paths.add("/" + language.code() + translated);
            }
        }
        return List.copyOf(paths);
    }
}
