package org.dataregistry.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The country flags a publication can show: the SVG file names of the flag-icons webjar (e.g. {@code pt.svg},
 * {@code gb-eng.svg}), listed once at start-up, sorted.
 */
@Component
public class CountryFlags {

    private static final String FLAGS = "classpath*:META-INF/resources/webjars/flag-icons/*/flags/4x3/*.svg";
    /**
     * Where the webjar serves the flags: from the root, since the admin UI (under {@code /admin/}) and the public
     * site both show them.
     */
    private static final String URL_PATH = "/webjars/flag-icons/flags/4x3/";

    private final List<String> fileNames;

    CountryFlags() {
        try {
            Resource[] flags =
                    new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(FLAGS);
            fileNames = Arrays.stream(flags)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .distinct()
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't list the country flags of the flag-icons webjar", e);
        }
    }

    /** Every flag's file name, sorted. */
    public List<String> fileNames() {
        return fileNames;
    }

    /** The address of a flag's image, e.g. {@code /webjars/flag-icons/flags/4x3/pt.svg}. */
    public static String url(String fileName) {
        return URL_PATH + fileName;
    }
}
