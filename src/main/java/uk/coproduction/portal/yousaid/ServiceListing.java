package uk.coproduction.portal.yousaid;

/** One service in the public list: how many changes it has published. */
public record ServiceListing(String code, String name, long changesPublished) {}
