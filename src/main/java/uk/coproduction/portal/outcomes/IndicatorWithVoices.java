package uk.coproduction.portal.outcomes;

import java.util.List;

/** One indicator or objective and the voices for each service it is about. */
public record IndicatorWithVoices(Indicator indicator, List<ServiceVoices> voices) {}
