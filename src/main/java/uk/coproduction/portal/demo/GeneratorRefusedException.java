package uk.coproduction.portal.demo;

/** The data generator will not run here (the production profile); the message says why and what to do instead. */
public class GeneratorRefusedException extends IllegalStateException {

    public GeneratorRefusedException(String message) {
        super(message);
    }
}
