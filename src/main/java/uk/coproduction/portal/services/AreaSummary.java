package uk.coproduction.portal.services;

public record AreaSummary(long id, String code, String name) {}
