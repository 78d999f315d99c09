package org.dataregistry.download;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dataregistry.job.JobFiles;
import org.springframework.stereotype.Component;

/**
 * The files of a job that may be downloaded: those in its export directory named as the original's download rule
 * allows ({@code full}, {@code undated} or a four-digit year, then {@code .jsonl.gz}, {@code .csv.tar.gz} or
 * {@code .xlsx}). The exporter and flattener write under temporary names and rename complete files into place, so a
 * file with such a name is complete: a file still being written is never listed nor served.
 */
@Component
public class PublishedFiles {

    /** The original's download rule, checked before anything else is looked at. */
    public static final Pattern NAME = Pattern.compile("^(full|undated|\\d{4})\\.(jsonl\\.gz|csv\\.tar\\.gz|xlsx)$");

    private final JobFiles files;

    public PublishedFiles(JobFiles files) {
        this.files = files;
    }

    /** Whether {@code name} may be asked for at all. */
    public static boolean isDownloadName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Every format's files of the job, in the order of {@link FileFormat}, each format's years latest first. */
    public List<FormatFiles> list(long jobId) {
        Map<FileFormat, List<PublishedFile>> byFormat = new EnumMap<>(FileFormat.class);
        for (FileFormat format : FileFormat.values()) {
            byFormat.put(format, new ArrayList<>());
        }
        for (PublishedFile file : files(jobId)) {
            byFormat.get(file.format()).add(file);
        }
        List<FormatFiles> listing = new ArrayList<>();
        byFormat.forEach((format, all) -> listing.add(new FormatFiles(
                format,
                stem(all, "full"),
                all.stream()
                        .filter(PublishedFile::isYear)
                        .sorted(Comparator.comparing(PublishedFile::stem).reversed())
                        .toList(),
                stem(all, "undated"))));
        return listing;
    }

    /** What {@link #list} gives for a publication without files: every format, with none. */
    public static List<FormatFiles> none() {
        return java.util.Arrays.stream(FileFormat.values())
                .map(format -> new FormatFiles(format, null, List.of(), null))
                .toList();
    }

    /** One file, if the job has it. */
    public Optional<PublishedFile> find(long jobId, String name) {
        if (!isDownloadName(name)) {
            return Optional.empty();
        }
        return describe(path(jobId, name));
    }

    /** Where a file of the job is (or would be); {@code name} must be a download name. */
    public Path path(long jobId, String name) {
        if (!isDownloadName(name)) {
            throw new IllegalArgumentException("Not a download name: " + name);
        }
        return files.exportDir(jobId).resolve(name);
    }

    private List<PublishedFile> files(long jobId) {
        List<PublishedFile> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(files.exportDir(jobId))) {
            for (Path entry : entries) {
                if (isDownloadName(entry.getFileName().toString())) {
                    describe(entry).ifPresent(found::add);
                }
            }
        } catch (NoSuchFileException none) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't list the files of job " + jobId, e);
        }
        return found;
    }

    /** The file's facts; empty if it is not a regular file, or is gone (retention deleted the job meanwhile). */
    private static Optional<PublishedFile> describe(Path path) {
        Matcher name = NAME.matcher(path.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new PublishedFile(
                    name.group(0),
                    name.group(1),
                    FileFormat.ofSuffix(name.group(2)),
                    attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Can't read " + path, e);
        }
    }

    private static PublishedFile stem(List<PublishedFile> files, String stem) {
        return files.stream()
                .filter(file -> file.stem().equals(stem))
                .findFirst()
                .orElse(null);
    }
}
