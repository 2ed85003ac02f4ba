package uk.coproduction.portal.operations;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;

/**
 * {@code %wEx} in logback-spring.xml: a stack trace as usual, one frame a line, but each exception's message on one
 * line with its line breaks escaped. An exception message often quotes what a caller sent (Tomcat's "Parameter
 * [back] with value [...]"), and that must not start a line of its own.
 */
public class EscapedThrowableConverter extends ThrowableHandlingConverter {

    private static final String NEW_LINE = System.lineSeparator();
    private static final int MAX_CAUSES = 20;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(2048);
        write(out, thrown, "", 0);
        return out.toString();
    }

    private void write(StringBuilder out, IThrowableProxy thrown, String prefix, int depth) {
        out.append(prefix).append(thrown.getClassName());
        if (thrown.getMessage() != null) {
            out.append(": ").append(LogText.escape(thrown.getMessage()));
        }
        out.append(NEW_LINE);
        StackTraceElementProxy[] frames = thrown.getStackTraceElementProxyArray();
        int common = thrown.getCommonFrames();
        String indent = prefix.startsWith("\t") ? "\t\t" : "\t";
        for (int i = 0; i < frames.length - common; i++) {
            out.append(indent)
                    .append(LogText.escape(frames[i].getSTEAsString()))
                    .append(NEW_LINE);
        }
        if (common > 0) {
            out.append(indent)
                    .append("... ")
                    .append(common)
                    .append(" common frames omitted")
                    .append(NEW_LINE);
        }
        if (depth >= MAX_CAUSES) {
            return;
        }
        IThrowableProxy[] suppressed = thrown.getSuppressed();
        if (suppressed != null) {
            for (IThrowableProxy each : suppressed) {
                write(out, each, indent + "Suppressed: ", depth + 1);
            }
        }
        if (thrown.getCause() != null && thrown.getCause() != thrown) {
            write(out, thrown.getCause(), "Caused by: ", depth + 1);
        }
    }
}
