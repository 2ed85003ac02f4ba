package uk.coproduction.portal.security;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One member of staff's browser, as far as sessions go: a cookie jar that signs in through the sign-in form (with its
 * CSRF token) and then asks for staff pages. Each browser comes from its own documentation-range address, so sign-in
 * throttling in other tests never touches it.
 */
final class StaffBrowserOverHttp implements AutoCloseable {

    private static final AtomicInteger NEXT_ADDRESS = new AtomicInteger(1);

    private final int port;
    private final String address;
    private final HttpClient client;

    StaffBrowserOverHttp(int port) {
        this.port = port;
        int n = NEXT_ADDRESS.getAndIncrement();
        this.address = "203.0." + (113 + n / 250 % 2) + "." + (1 + n % 250);
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts the sign-in form; true when the portal signed this browser in. */
    boolean signIn(String username, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        Matcher token =
                Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        Matcher parameter = Pattern.compile("<meta name=\"_csrf_parameter\" content=\"([^\"]+)\"")
                .matcher(page.body());
        if (!token.find() || !parameter.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&" + parameter.group(1) + "="
                + enc(token.group(1));
        HttpResponse<String> posted = client.send(
                request("/login")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return !posted.headers().firstValue("Location").orElse("").contains("/login");
    }

    /** Whether a staff page answers this browser (200) rather than sending it to sign in. */
    boolean isSignedIn() throws Exception {
        HttpResponse<String> staff = get("/staff");
        if (staff.statusCode() == 302) {
            return !staff.headers().firstValue("Location").orElse("").contains("/login");
        }
        return staff.statusCode() == 200;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", address);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        client.close();
    }
}
