package uk.coproduction.portal.representation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Demo only: illustrative population figures (not real counts) for each area, so the representation view has
 * something to compare with. Written once, when there are none.
 */
@Component
@Profile("demo")
class DemoPopulations implements ApplicationRunner {

    private static final Object[][] FIGURES = {
        {"Children with EHC plans", "YOUNG_PERSON", null, new int[] {2300, 2900, 4210, 3600}},
        {"Parent carers of children with EHC plans", "PARENT_CARER", null, new int[] {2100, 2700, 3900, 3300}},
        {"LD register (adults)", "LDA_ADULT", "LDA", new int[] {1500, 2000, 3400, 3100}},
    };
    private static final String[] AREAS = {"DGS", "MEDWAY_SWALE", "EAST_KENT", "WEST_KENT"};

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoPopulations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM population_figure", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        for (Object[] figure : FIGURES) {
            int[] people = (int[]) figure[3];
            for (int i = 0; i < AREAS.length; i++) {
                jdbc.update("""
                        INSERT INTO population_figure (name, area_id, team, respondent_group, people, updated_at,
                            updated_by)
                        SELECT ?, a.id, ?, ?, ?, ?, 'demo' FROM area a WHERE a.code = ?
                        """, figure[0], figure[2], figure[1], people[i], LocalDateTime.now(clock), AREAS[i]);
            }
        }
    }
}
