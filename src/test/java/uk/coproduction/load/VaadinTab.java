package uk.coproduction.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One browser tab, as Vaadin Flow 25.2's client speaks to the server, over plain HTTP: the page, the
 * {@code ?v-r=init} bootstrap (the UI id, the CSRF key, the first state tree), then UIDL POSTs carrying
 * {@code event} and {@code mSync} invocations with the server's last {@code syncId} and the client's
 * {@code clientId}. Learnt from Chromium's network log of a real journey (decision 0054). Cookies are kept per tab
 * by hand so that a thousand tabs share one {@link HttpClient}; the tab's client address goes in
 * {@code X-Forwarded-For}, which the portal believes from a proxy on loopback only (application-prod.properties).
 */
public final class VaadinTab {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final String base;
    private final String clientAddress;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final UidlNodes nodes = new UidlNodes();
    /** Field values typed since the last round trip: a browser sends them with the next one. */
    private final List<JsonNode> pending = new ArrayList<>();

    private long clickNanos;
    private String csrfToken;
    private int uiId;
    private int syncId;
    private int clientId;
    private int roundTrips;
    private long bytesReceived;

    public VaadinTab(HttpClient http, String base, String clientAddress) {
        this.http = http;
        this.base = base;
        this.clientAddress = clientAddress;
    }

    /** Opens a route as a first visit does: the HTML page, the bootstrap, and the navigation that draws the view. */
    public void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = send(request("/" + route).GET());
        expectOk(page, "GET /" + route);
        HttpResponse<String> init =
                send(request("/?v-r=init&location=" + encode(route) + "&query=").GET());
        expectOk(init, "the bootstrap of /" + route);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        uiId = config.get("v-uiId").asInt();
        JsonNode uidl = config.get("uidl");
        csrfToken = uidl.get("Vaadin-Security-Key").asString();
        syncId = uidl.get("syncId").asInt();
        clientId = uidl.path("clientId").asInt(0);
        nodes.apply(uidl.get("changes"));
        ObjectNode data = JSON.createObjectNode();
        data.put("route", "/" + route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        uidl(List.of(event(1, "ui-navigate", data)));
    }

    /** Clicks the button whose text is exactly these words: one UIDL round trip. */
    public void clickButton(String words) throws IOException, InterruptedException {
        UidlNodes.Node button = nodes.byText("vaadin-button", words)
                .orElseThrow(() -> new IllegalStateException("No button \"" + words + "\" on " + where()));
        uidl(List.of(event(button.id(), "click", clickData())));
    }

    /** Follows a router link (Back, Change): Vaadin's client turns it into one {@code ui-navigate} round trip. */
    public void followLink(String words) throws IOException, InterruptedException {
        UidlNodes.Node link = nodes.first(
                        n -> "a".equals(n.tag) && nodes.text(n).contains(words))
                .orElseThrow(() -> new IllegalStateException("No link \"" + words + "\" on " + where()));
        String href = link.attribute("href");
        ObjectNode data = JSON.createObjectNode();
        data.put("route", href);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", 1);
        data.put("trigger", "client");
        uidl(List.of(event(1, "ui-navigate", data)));
    }

    /** Chooses the radio button whose label starts with these words, as one round trip (checked, then value). */
    public void chooseRadio(String words) throws IOException, InterruptedException {
        UidlNodes.Node group = null;
        UidlNodes.Node radio = null;
        for (UidlNodes.Node each : nodes.attached()) {
            if (!"vaadin-radio-group".equals(each.tag)) {
                continue;
            }
            for (UidlNodes.Node button : nodes.within(each, "vaadin-radio-button")) {
                String label = nodes.text(button);
                if (label.equals(words) || label.startsWith(words + " ")) {
                    group = each;
                    radio = button;
                }
            }
        }
        if (radio == null) {
            throw new IllegalStateException("No radio button \"" + words + "\" on " + where());
        }
        uidl(List.of(
                mSync(radio.id(), "checked", JSON.getNodeFactory().booleanNode(true)),
                event(radio.id(), "checked-changed", JSON.createObjectNode()),
                mSync(group.id(), "value", JSON.getNodeFactory().stringNode(radio.property("value"))),
                event(group.id(), "value-changed", JSON.createObjectNode())));
    }

    /** Types into the field labelled so: its value, sent with the next round trip as the browser does on blur. */
    public void type(String tag, String label, String words) {
        UidlNodes.Node field = nodes.byLabel(tag, label)
                .orElseThrow(() -> new IllegalStateException("No " + tag + " \"" + label + "\" on " + where()));
        pending.add(mSync(field.id(), "value", JSON.getNodeFactory().stringNode(words)));
        ObjectNode data = JSON.createObjectNode();
        data.put("1", 1);
        data.put("for", "trailing");
        pending.add(event(field.id(), "input", data));
    }

    /** Types into a field that sends its value at once (lazy value change): one round trip. */
    public void typeNow(String tag, String label, String words) throws IOException, InterruptedException {
        type(tag, label, words);
        uidl(List.of());
    }

    public boolean shows(String words) {
        return nodes.shows(words);
    }

    public String textOf(String id) {
        return nodes.byId(id).map(nodes::text).orElse(null);
    }

    public String where() {
        return nodes.first(n -> "h1".equals(n.tag)).map(nodes::text).orElse("(no heading)");
    }

    /** How long the last click's own round trip took (not the radio groups' echo after it). */
    public long clickNanos() {
        return clickNanos;
    }

    public int roundTrips() {
        return roundTrips;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    // --- the wire ---

    private void uidl(List<JsonNode> rpc) throws IOException, InterruptedException {
        Set<Integer> groupsBefore = radioGroups();
        clickNanos = post(rpc);
        echoNewRadioGroups(groupsBefore);
    }

    /** One UIDL POST and its answer applied to the tree; returns how long the round trip took. */
    private long post(List<JsonNode> rpc) throws IOException, InterruptedException {
        ObjectNode body = JSON.createObjectNode();
        body.put("csrfToken", csrfToken);
        ArrayNode calls = body.putArray("rpc");
        pending.forEach(calls::add);
        pending.clear();
        rpc.forEach(calls::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        long started = System.nanoTime();
        HttpResponse<String> response = send(request("/?v-r=uidl&v-uiId=" + uiId)
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        long took = System.nanoTime() - started;
        expectOk(response, "UIDL on " + where());
        String text = response.body();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode answer = JSON.readTree(text);
        if (answer.isArray()) {
            answer = answer.get(0);
        }
        if (answer.has("meta") && answer.get("meta").has("sessionExpired")) {
            throw new IllegalStateException("Session expired on " + where());
        }
        syncId = answer.path("syncId").asInt(syncId);
        clientId = answer.path("clientId").asInt(clientId + 1);
        nodes.apply(answer.get("changes"));
        return took;
    }

    /**
     * What a browser sends by itself after a page with radio buttons is drawn: each new {@code vaadin-radio-group}
     * and its buttons report their first value ({@code value-changed}, {@code checked-changed} and their
     * {@code mSync}), as seen in Chromium's log. Sent so that the server does the work a real visitor costs it.
     */
    private void echoNewRadioGroups(Set<Integer> before) throws IOException, InterruptedException {
        List<UidlNodes.Node> fresh = nodes.attached().stream()
                .filter(n -> "vaadin-radio-group".equals(n.tag) && !before.contains(n.id()))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        List<JsonNode> events = new ArrayList<>();
        List<JsonNode> syncs = new ArrayList<>();
        for (UidlNodes.Node group : fresh) {
            events.add(event(group.id(), "value-changed", JSON.createObjectNode()));
            syncs.add(mSync(
                    group.id(),
                    "value",
                    JSON.getNodeFactory().stringNode(group.property("value") == null ? "" : group.property("value"))));
            for (UidlNodes.Node radio :
                    nodes.within(group, "vaadin-radio-button").reversed()) {
                events.add(event(radio.id(), "checked-changed", JSON.createObjectNode()));
                syncs.add(mSync(radio.id(), "checked", JSON.getNodeFactory().booleanNode(false)));
            }
        }
        events.addAll(syncs);
        post(events);
    }

    private Set<Integer> radioGroups() {
        Set<Integer> ids = new HashSet<>();
        nodes.attached().stream()
                .filter(n -> "vaadin-radio-group".equals(n.tag))
                .forEach(n -> ids.add(n.id()));
        return ids;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(TIMEOUT)
                .header("X-Forwarded-For", clientAddress);
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ")
                    .append(name)
                    .append('=')
                    .append(value));
            builder.header("Cookie", header.toString());
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        roundTrips++;
        bytesReceived += response.body().length();
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(
                        pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }

    private static void expectOk(HttpResponse<String> response, String what) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
    }

    private static JsonNode event(int node, String name, JsonNode data) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "event");
        call.put("node", node);
        call.put("event", name);
        call.set("data", data);
        return call;
    }

    private static JsonNode mSync(int node, String property, JsonNode value) {
        ObjectNode call = JSON.createObjectNode();
        call.put("type", "mSync");
        call.put("node", node);
        call.put("feature", UidlNodes.ELEMENT_PROPERTIES);
        call.put("property", property);
        call.set("value", value);
        return call;
    }

    private static JsonNode clickData() {
        ObjectNode data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 352);
        data.put("event.clientY", 600);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 700);
        data.put("event.screenX", 362);
        return data;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
