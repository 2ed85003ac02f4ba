package uk.coproduction.portal.activities;

import uk.coproduction.portal.base.LundyAnswer;

/**
 * The Lundy check of an activity: space (safe, inclusive), voice (helped to express views), audience (listened to
 * by someone with power) and influence (views acted upon, and people told so). Each note may be empty.
 */
public record LundyCheck(
        LundyAnswer space,
        String spaceNote,
        LundyAnswer voice,
        String voiceNote,
        LundyAnswer audience,
        String audienceNote,
        LundyAnswer influence,
        String influenceNote) {

    /** "Space: yes · Voice: partly · …" needs every answer; null answers mean it was not checked. */
    public boolean complete() {
        return space != null && voice != null && audience != null && influence != null;
    }
}
