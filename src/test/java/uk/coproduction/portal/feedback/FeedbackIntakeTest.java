package uk.coproduction.portal.feedback;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.coproduction.portal.PortalTest;
import uk.coproduction.portal.base.RespondentGroup;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The intake saves an item only as part of a channel's own work, never on its own (decision 0045). */
@PortalTest
class FeedbackIntakeTest {

    @Autowired
    FeedbackIntake intake;

    @Autowired
    FeedbackItems items;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void nothingIsSavedWhenNoChannelTransactionIsOpen() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> intake.take(concern(key))).isInstanceOf(IllegalTransactionStateException.class);

        Optional<Feedback> stored = transaction.execute(status -> items.bySubmissionKey(key));
        assertThat(stored).isEmpty();
    }

    @Test
    void insideAChannelsTransactionTheItemIsSavedWithItsCodeAndFlag() {
        String key = UUID.randomUUID().toString();

        FeedbackIntake.Taken taken = transaction.execute(status -> intake.take(concern(key)));

        Feedback saved =
                transaction.execute(status -> items.bySubmissionKey(key).orElseThrow());
        assertThat(saved.getReferenceCode()).isEqualTo(taken.referenceCode()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
        assertThat(saved.isSafeguardingFlag())
                .as("a person's request for help goes to the leads")
                .isTrue();
        assertThat(taken.proofSecret())
                .as("the person leaves with a private code")
                .isNotBlank();
    }

    private static NewFeedback.TellSomeone concern(String key) {
        return new NewFeedback.TellSomeone(
                key,
                RespondentGroup.YOUNG_PERSON,
                "Someone at home hurts me",
                new NewFeedback.Journey(
                        Map.of(), null, Wording.of(RespondentGroup.YOUNG_PERSON, false), "en-GB", ContactRequest.NONE));
    }
}
