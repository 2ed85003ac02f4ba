package uk.coproduction.portal.operations;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

/**
 * Every scheduled job runs on one instance at a time, however many share the database (issue 15, decision 0031):
 * each {@code @Scheduled} method also carries {@code @SchedulerLock}, and the lock is a row in {@code shedlock}.
 * The lock is taken before the job's transaction begins and let go after it commits ({@code order}), so the next
 * instance to run the job sees all that the last one did. Times come from the database's clock.
 * A lock is held at most {@code defaultLockAtMostFor} when an instance dies holding it.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M", order = Ordered.HIGHEST_PRECEDENCE)
class ClusterLockConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
