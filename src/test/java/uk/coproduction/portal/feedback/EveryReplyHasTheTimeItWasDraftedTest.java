package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.coproduction.portal.PortalTest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "Replies to approve" shows when each reply was drafted; a reply written without that time (as test fixtures and an
 * older data generator once did) broke the page. The database itself now refuses such a row (V0271), so no path can.
 */
@PortalTest
class EveryReplyHasTheTimeItWasDraftedTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesAReplyWithoutTheTimeItWasDrafted() {
        assertThatThrownBy(() -> jdbc.update(
                        "insert into feedback_reply (feedback_id, body, author_id, state) values (-1, 'Thank you', -1,"
                                + " 'AWAITING_APPROVAL')"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("drafted_at");
    }
}
