package uk.coproduction.portal.reviews;

/**
 * A review's poster or report as a PDF.
 *
 * @param title    the document's title (also the PDF's document title)
 * @param fileName a safe file name ending in {@code .pdf}
 */
public record ReviewDocument(String title, String fileName, byte[] pdf, int pages) {}
