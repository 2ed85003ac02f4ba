package uk.coproduction.portal.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;

/**
 * Answers the bad requests anyone can send without signing in before any part of the portal sees them, with one
 * short log line each and no stack trace (issue 24): parameters that cannot be read (bytes that are not UTF-8, a form
 * over the size limit, too many parameters) get 400 or 413, and a file under {@code /themes/} that does not exist
 * 404. Before, each of these reached Spring or Vaadin, failed there, and wrote 145 to 267 lines, quoting the caller's
 * bytes. The lines share a per-minute budget ({@link ClientErrorFlood}); what the caller sent is never quoted.
 * Runs right after Spring Boot's character-encoding filter, which must decide the encoding before parameters are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ClientErrorFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ClientErrorFilter.class);
    private static final int PATH_SHOWN = 120;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isMultipart(request)) {
            try {
                // Read now, so that a failure is answered here rather than deep inside a framework.
                request.getParameterMap();
            } catch (InvalidParameterException unreadable) {
                int status = unreadable.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                                || request.getContentLengthLong() > 2 * 1024 * 1024
                        ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                        : HttpServletResponse.SC_BAD_REQUEST;
                refuse(
                        request,
                        response,
                        status,
                        status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                                ? "the form is larger than the server accepts"
                                : "its parameters could not be read");
                return;
            }
        }
        if (isMissingThemeFile(request)) {
            refuse(request, response, HttpServletResponse.SC_NOT_FOUND, "no such file");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isMissingThemeFile(HttpServletRequest request) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // The portal has no Vaadin theme folder (decision 0002): whatever is asked for there must be a real file.
        return path.startsWith("/themes/") && getServletContext().getResource(path) == null;
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String why)
            throws IOException {
        String path = request.getRequestURI();
        if (path.length() > PATH_SHOWN) {
            path = path.substring(0, PATH_SHOWN) + "…";
        }
        LOG.info(
                "{} for {} {} from {}: {}",
                status,
                request.getMethod(),
                LogText.escape(path),
                request.getRemoteAddr(),
                why);
        // Written here, not with sendError: an error dispatch would run the chain again, read the unreadable
        // parameters again (another stack trace) and, for a missing file, send an anonymous caller to sign in.
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(status + " " + why + "\n");
        }
    }
}
