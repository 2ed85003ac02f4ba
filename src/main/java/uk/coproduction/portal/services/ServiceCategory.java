package uk.coproduction.portal.services;

import java.util.Locale;

/**
 * The picture categories people browse services by when a word does not come to mind. Each has a picture
 * ({@code /images/pictures/category-<name>.svg}) and words in the translation files ({@code category.<NAME>}).
 */
public enum ServiceCategory {
    HEALTH,
    THERAPY,
    FEELINGS,
    AUTISM_ADHD,
    SCHOOL,
    FUN,
    HOME;

    public String picture() {
        return "category-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
