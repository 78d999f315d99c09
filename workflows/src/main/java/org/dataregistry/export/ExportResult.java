package org.dataregistry.export;

import java.util.List;

/** @param files the JSON Lines files written: {@code full.jsonl.gz} first, then years ascending, then undated */
public record ExportResult(List<ExportedFile> files) {}
