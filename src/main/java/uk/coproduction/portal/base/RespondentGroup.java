package uk.coproduction.portal.base;

import java.util.List;

/** Who is giving the feedback. Later issues add advocates and providers. */
public enum RespondentGroup {
    YOUNG_PERSON,
    PARENT_CARER,
    LDA_ADULT,
    SOMEONE_ELSE,
    /** Staff who work in a commissioned service, giving their view from where they stand (frontline journey). */
    FRONTLINE_WORKER;

    /** The groups residents choose from in the feedback journey (staff have their own journey). */
    public static List<RespondentGroup> residents() {
        return List.of(YOUNG_PERSON, PARENT_CARER, LDA_ADULT, SOMEONE_ELSE);
    }
}
