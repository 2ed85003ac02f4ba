package uk.coproduction.portal.base.i18n;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.Locale;

/**
 * The language picker's links: remembers the choice on this device (a cookie) and goes back to the same page,
 * which is drawn again in the new language. Works without JavaScript.
 */
@Controller
class LanguageController {

    static final String COOKIE = "portal-language";

    @GetMapping("/language")
    String choose(
            @RequestParam("to") String tag,
            @RequestParam(value = "back", required = false) String back,
            HttpServletResponse response) {
        Locale language = Languages.fromTag(tag).orElse(Languages.ENGLISH);
        Cookie cookie = new Cookie(COOKIE, language.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        return "redirect:" + safeReturn(back);
    }

    /**
     * Only a path on this site: never another site (no open redirect), never anything odd. A dot is allowed (a signed
     * link's token has one: a review's link, decision 0047) but never two together.
     */
    static String safeReturn(String back) {
        if (back == null
                || !back.matches("/[A-Za-z0-9/_.\\-]{0,200}")
                || back.startsWith("//")
                || back.contains("..")) {
            return "/";
        }
        return back;
    }
}
