package uk.coproduction.portal.feedback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;
import java.util.List;

/** Bank holidays come from configuration, so another area (or next year) needs no code change. */
@Configuration(proxyBeanMethods = false)
class WorkingDaysConfiguration {

    @Bean
    WorkingDays workingDays(@Value("${portal.working-days.holidays:}") List<String> holidays) {
        return new WorkingDays(holidays.stream().map(String::strip).filter(d -> !d.isEmpty()).map(LocalDate::parse).toList());
    }
}
