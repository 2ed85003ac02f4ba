package uk.coproduction.portal.api;

import java.util.List;

/** The figures API's answer: what was asked for, the suppression rule in words, and the rows. */
public record Figures(String from, String to, String suppression, List<FigureRow> figures) {}
