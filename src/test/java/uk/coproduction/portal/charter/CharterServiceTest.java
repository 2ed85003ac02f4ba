package uk.coproduction.portal.charter;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.coproduction.portal.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

@PortalTest
class CharterServiceTest {

    @Autowired
    CharterService charter;

    @Test
    void anyoneCanReadTheCharterInItsOwnOrder() {
        assertThat(charter.expectations())
                .hasSize(6)
                .extracting(Expectation::position)
                .containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(charter.expectations())
                .extracting(Expectation::title)
                .first()
                .isEqualTo("Respect us & be kind");
    }
}
