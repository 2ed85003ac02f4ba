package uk.coproduction.portal.base.limits;

/**
 * Thrown by an application service when the person arriving is past a limit: nothing was done, and the browser is
 * to do the small check ({@link Admission#challenge()}) and call again with its answer ({@link Arrival#during}).
 * Never a refusal: with a right answer the same call goes ahead (decision 0026).
 */
public class ArrivalCheckNeeded extends RuntimeException {

    private final transient Admission admission;

    ArrivalCheckNeeded(Admission admission) {
        super("past the " + admission.reason() + " limit: the small check comes first");
        this.admission = admission;
    }

    public Admission admission() {
        return admission;
    }
}
