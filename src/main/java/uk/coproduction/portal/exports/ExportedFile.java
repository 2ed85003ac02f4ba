package uk.coproduction.portal.exports;

import java.nio.file.Path;

/**
 * A finished export, written to a temporary file (so that a large export never sits in memory). Whoever asked for it
 * offers it for download and deletes it when the page closes or another export replaces it.
 *
 * @param rows the rows of data written (the heading row not counted)
 */
public record ExportedFile(Path file, String fileName, ExportFormat format, long rows) {}
