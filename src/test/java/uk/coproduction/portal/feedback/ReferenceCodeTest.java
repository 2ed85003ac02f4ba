package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceCodeTest {

    @Test
    void codesAreShortAndLeaveOutCharactersThatLookAlike() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = ReferenceCode.random();
            assertThat(code).matches("[A-HJKMNP-Z2-9]{3}-[A-HJKMNP-Z2-9]{3}");
            codes.add(code);
        }
        assertThat(codes).hasSizeGreaterThan(990);
    }

    @Test
    void aCodeIsReadAsThePersonTypedIt() {
        assertThat(ReferenceCode.normalise(" kx7 4pq ")).contains("KX7-4PQ");
        assertThat(ReferenceCode.normalise("kx74pq")).contains("KX7-4PQ");
        assertThat(ReferenceCode.normalise("KX7-4PQ")).contains("KX7-4PQ");
    }

    @Test
    void somethingThatCannotBeACodeIsRefused() {
        assertThat(ReferenceCode.normalise(null)).isEmpty();
        assertThat(ReferenceCode.normalise("")).isEmpty();
        assertThat(ReferenceCode.normalise("KX7-4P")).isEmpty();
        assertThat(ReferenceCode.normalise("'; drop table feedback; --")).isEmpty();
        assertThat(ReferenceCode.normalise("OI0-1LX")).isEmpty();
    }
}
