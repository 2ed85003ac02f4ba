package uk.coproduction.portal.base;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.util.List;

/**
 * The one place tests set a time in the past that no service can (issue 16): the portal stamps every time itself, so
 * "this item was due a reply in 2020" can only be made by changing the stored date. Every other fixture goes through
 * the services; {@code TestsUseTheFrontDoorTest} lists this class as the one allowed to write dates this way.
 */
@Component
public class PastDates {

    private final JdbcTemplate jdbc;

    PastDates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The items with these reference codes were due a reply on {@code day}. */
    public void replyWasDueOn(Date day, List<String> referenceCodes) {
        for (String code : referenceCodes) {
            jdbc.update("update feedback set reply_by = ? where reference_code = ?", day, code);
        }
    }
}
