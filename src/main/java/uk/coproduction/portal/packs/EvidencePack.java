package uk.coproduction.portal.packs;

/**
 * A made evidence pack.
 *
 * @param title    the pack's title (also the PDF's document title)
 * @param fileName a safe file name ending in {@code .pdf}
 * @param pdf      the document
 * @param pages    how many pages it has
 */
public record EvidencePack(String title, String fileName, byte[] pdf, int pages) {}
