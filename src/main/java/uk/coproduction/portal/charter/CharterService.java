package uk.coproduction.portal.charter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.coproduction.portal.base.security.Access;

import java.util.List;

/** The charter of expectations every piece of feedback is asked against. */
@Service
public class CharterService {

    private final CharterExpectationRepository repository;

    CharterService(CharterExpectationRepository repository) {
        this.repository = repository;
    }

    /** The expectations in charter order. Public: everyone giving feedback is asked them. */
    @PreAuthorize(Access.ANYONE)
    @Transactional(readOnly = true)
    public List<Expectation> expectations() {
        return repository.findAllByOrderByPositionAsc().stream()
                .map(CharterExpectation::toRecord)
                .toList();
    }
}
