package uk.coproduction.portal.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import uk.coproduction.portal.base.calendar.Quarter;

import java.util.List;
import java.util.Map;

/**
 * The read-only figures API (aggregates only; see the README and decision 0015). Signed in with HTTP Basic by a
 * commissioner, board member or administrator account ({@code security.ApiSecurityConfig}).
 */
@RestController
@RequestMapping("/api/v1/figures")
class FiguresApiController {

    private final FiguresFeed feed;

    FiguresApiController(FiguresFeed feed) {
        this.feed = feed;
    }

    @GetMapping
    Figures figures(
            @RequestParam(required = false) String service,
            @RequestParam(required = false) String quarter,
            @RequestParam(required = false) Integer expectation) {
        Quarter chosen = quarter == null || quarter.isBlank()
                ? null
                : Quarter.parse(quarter.strip())
                        .orElseThrow(() -> new IllegalArgumentException("quarter must look like 2026-Q4"));
        return feed.figures(service == null || service.isBlank() ? null : service.strip(), chosen, expectation);
    }

    @GetMapping("/services")
    List<ServiceRow> services() {
        return feed.services();
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, String>> badRequest(Exception e) {
        String message =
                e instanceof IllegalArgumentException ? e.getMessage() : "expectation must be a number from 1 to 6";
        return ResponseEntity.badRequest().body(Map.of("error", message));
    }
}
