package uk.coproduction.portal.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import uk.coproduction.portal.base.security.Roles;
import uk.coproduction.portal.reviews.ReviewAudience;
import uk.coproduction.portal.reviews.ReviewKind;
import uk.coproduction.portal.reviews.ReviewReport;
import uk.coproduction.portal.reviews.ReviewReports;
import uk.coproduction.portal.reviews.ReviewService;
import uk.coproduction.portal.reviews.ReviewState;
import uk.coproduction.portal.reviews.ReviewSummary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's reviews (issue 21): Speech and Language Therapy has a closed "You're Welcome" review of last year
 * answered by young people and parents, and an open one this year whose report shows last year's beside it, the
 * service's outcome indicator and a linked plan action.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
@WithMockUser(username = DemoAccounts.CHILDRENS_COMMISSIONER, roles = Roles.COMMISSIONER)
class DemoReviewsTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    ReviewService reviews;

    @Autowired
    ReviewReports reports;

    @Autowired
    DemoReferences references;

    @Test
    void thisYearsOpenReviewIsReportedBesideLastYearsClosedOne() {
        List<ReviewSummary> ofSpeech = reviews.reviewsOf(references.service("SPEECH_LANGUAGE_THERAPY"));

        assertThat(ofSpeech).hasSize(2).allSatisfy(r -> assertThat(r.kind()).isEqualTo(ReviewKind.YOURE_WELCOME));
        ReviewSummary thisYear = ofSpeech.get(0);
        ReviewSummary lastYear = ofSpeech.get(1);
        assertThat(thisYear.state()).isEqualTo(ReviewState.OPEN);
        assertThat(lastYear.state()).isEqualTo(ReviewState.CLOSED);
        assertThat(lastYear.closesOn()).isBefore(TODAY.minusMonths(6));
        assertThat(reviews.answers(lastYear.id()).of(ReviewAudience.YOUNG_PEOPLE))
                .isNotEmpty();
        assertThat(reviews.answers(lastYear.id()).of(ReviewAudience.PARENTS_CARERS))
                .isNotEmpty();

        ReviewReport report = reports.report(thisYear.id());
        assertThat(report.previous().id()).isEqualTo(lastYear.id());
        assertThat(report.charter())
                .allSatisfy(line -> assertThat(line.second()).isNotNull());
        assertThat(report.indicators())
                .extracting(line -> line.indicator().code())
                .contains("CYP_SALT_18_WEEKS");
        assertThat(report.actions()).extracting(a -> a.code()).contains("3.1.1");
    }
}
