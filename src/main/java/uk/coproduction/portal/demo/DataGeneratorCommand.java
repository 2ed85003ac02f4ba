package uk.coproduction.portal.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --portal.generate.feedback=1000000}: fill the database with that many pieces of feedback (see
 * {@link DataGenerator} and the README), then stop. Runs once the portal is ready, so on a fresh embedded database the
 * demo accounts and demo feedback are there first and the generated data can be looked at with them. In the
 * {@code prod} profile it refuses and the portal stops with exit code 2, nothing written.
 */
@Component
@ConditionalOnProperty(name = "portal.generate.feedback")
class DataGeneratorCommand {

    private static final Logger log = LoggerFactory.getLogger(DataGeneratorCommand.class);

    private final DataGenerator generator;
    private final ApplicationContext context;
    private final int feedback;
    private final int services;
    private final long seed;
    private final boolean exit;

    DataGeneratorCommand(
            DataGenerator generator,
            ApplicationContext context,
            @Value("${portal.generate.feedback}") int feedback,
            @Value("${portal.generate.services:60}") int services,
            @Value("${portal.generate.seed:2026}") long seed,
            @Value("${portal.generate.exit:true}") boolean exit) {
        this.generator = generator;
        this.context = context;
        this.feedback = feedback;
        this.services = services;
        this.seed = seed;
        this.exit = exit;
    }

    @EventListener(ApplicationReadyEvent.class)
    void generate() {
        log.info("Generating {} pieces of feedback over {} services...", feedback, services);
        DataGenerator.Result result;
        try {
            result = generator.generate(new DataGenerator.Plan(feedback, services, true, "GEN", true, seed));
        } catch (GeneratorRefusedException refused) {
            log.error("Refused: {}", refused.getMessage());
            System.exit(SpringApplication.exit(context, () -> 2));
            return;
        }
        log.info(
                "Generated {} pieces of feedback (ids {} to {}) with {} ratings over {} services ({} new) in {} s",
                result.lastFeedbackId() - result.firstFeedbackId() + 1,
                result.firstFeedbackId(),
                result.lastFeedbackId(),
                result.ratings(),
                result.servicesUsed(),
                result.servicesMade(),
                String.format("%.1f", result.millis() / 1000.0));
        if (exit) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
