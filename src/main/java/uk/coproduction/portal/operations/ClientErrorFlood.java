package uk.coproduction.portal.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.util.List;

/**
 * Bounds what anonymous bad requests can write to the log (issue 24): lines from the loggers that report a request
 * the server could not serve (the servlet container's, the web framework's, and {@link ClientErrorFilter}'s) share
 * {@code perMinute} lines a minute; the rest of the minute's lines are dropped and counted, and one line then says how
 * many ("N similar lines suppressed"), written with the first line logged after the minute ends. Other loggers are
 * not limited, so a burst of bad requests never hides the portal's own warnings.
 * Configured in logback-spring.xml ({@code portal.logging.client-errors-per-minute}).
 */
public class ClientErrorFlood extends TurboFilter {

    static final String SUMMARY_LOGGER = "uk.coproduction.portal.operations.SuppressedLogLines";
    private static final long MINUTE_MILLIS = 60_000;
    private static final List<String> LIMITED = List.of(
            ClientErrorFilter.class.getName(),
            "org.apache.catalina.core.ContainerBase",
            "org.apache.catalina.core.StandardWrapperValve",
            "org.apache.catalina.core.ApplicationDispatcher",
            "org.apache.tomcat.util.http",
            "org.apache.coyote",
            "org.springframework.web.servlet.PageNotFound",
            "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver",
            "org.springframework.security.web.firewall",
            "com.vaadin.flow.server.StaticFileServer");

    private int perMinute = 30;
    private volatile long windowStart;
    private int written;
    private long suppressed;

    public void setPerMinute(int perMinute) {
        this.perMinute = Math.max(1, perMinute);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        long now = System.currentTimeMillis();
        // Every logging call of the portal passes here: only a volatile read until a minute has passed.
        long summary = now - windowStart >= MINUTE_MILLIS ? rollOverIfDue(now) : 0;
        if (summary > 0) {
            LoggerFactory.getLogger(SUMMARY_LOGGER)
                    .warn(
                            "{} similar lines suppressed in the last minute (bad"
                                    + " requests from outside; at most {} such lines a minute are written)",
                            summary,
                            perMinute);
        }
        if (level == null || !isLimited(logger.getName()) || !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return FilterReply.NEUTRAL;
        }
        synchronized (this) {
            if (written < perMinute) {
                written++;
                return FilterReply.NEUTRAL;
            }
            suppressed++;
            return FilterReply.DENY;
        }
    }

    /** @return how many lines the minute that just ended suppressed (0 while it has not ended) */
    private synchronized long rollOverIfDue(long now) {
        if (now - windowStart < MINUTE_MILLIS) {
            return 0;
        }
        long ended = suppressed;
        windowStart = now;
        written = 0;
        suppressed = 0;
        return ended;
    }

    private static boolean isLimited(String loggerName) {
        for (String prefix : LIMITED) {
            if (loggerName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
