package uk.coproduction.portal.operations;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.jspecify.annotations.Nullable;

/** {@code %m} in logback-spring.xml: the message with line breaks and control characters escaped (LogText). */
public class EscapedMessageConverter extends MessageConverter {

    @Override
    public @Nullable String convert(ILoggingEvent event) {
        return LogText.escape(event.getFormattedMessage());
    }
}
