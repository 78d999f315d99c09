package org.dataregistry.ocds.read;

import java.util.ArrayList;
import java.util.List;

/** Keeps what the reader reports. */
final class RecordingListener implements ReadListener {

    final List<ReadNote> notes = new ArrayList<>();
    final List<PackageMetadata> packages = new ArrayList<>();

    @Override
    public void note(ReadNote note) {
        notes.add(note);
    }

    @Override
    public void packageRead(PackageMetadata metadata, long itemCount) {
        packages.add(metadata);
    }
}
