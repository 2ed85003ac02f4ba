package uk.coproduction.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The client's copy of a UI's state tree, built only from the {@code changes} of Vaadin's UIDL responses, as Flow's
 * own client builds it: so the driver finds a button by its text or a field by its label, never by a node id it was
 * told in advance. Only what finding elements needs is kept: tag, properties, attributes, children and text.
 */
final class UidlNodes {

    /** Flow's node features (flow-client NodeFeatures) that this copy keeps. */
    static final int ELEMENT_DATA = 0;

    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int TEXT_NODE = 7;

    static final class Node {
        final int id;
        String tag;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, JsonNode> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        int id() {
            return id;
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }

        String attribute(String name) {
            JsonNode value = attributes.get(name);
            return value == null || value.isNull() ? null : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();

    void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            switch (type) {
                case "attach" -> nodes.put(id, new Node(id));
                case "detach" -> nodes.remove(id);
                case "put" -> put(node(id), change);
                case "remove" -> remove(node(id), change);
                case "splice" -> splice(node(id), change);
                case "clear" -> clear(node(id), change);
                default -> { // "empty" creates a feature: nothing to keep
                }
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private static void put(Node node, JsonNode change) {
        int feature = change.path("feat").asInt(-1);
        String key = change.path("key").asString();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asString();
                }
            }
            case ELEMENT_PROPERTIES -> node.properties.put(key, value);
            case ELEMENT_ATTRIBUTES -> node.attributes.put(key, value);
            case TEXT_NODE -> node.text = value.asString();
            default -> {}
        }
    }

    private static void remove(Node node, JsonNode change) {
        int feature = change.path("feat").asInt(-1);
        String key = change.path("key").asString();
        if (feature == ELEMENT_PROPERTIES) {
            node.properties.remove(key);
        } else if (feature == ELEMENT_ATTRIBUTES) {
            node.attributes.remove(key);
        }
    }

    private static void splice(Node node, JsonNode change) {
        if (change.path("feat").asInt(-1) != ELEMENT_CHILDREN) {
            return;
        }
        int index = change.path("index").asInt();
        int removeCount = change.path("remove").asInt(0);
        for (int i = 0; i < removeCount && index < node.children.size(); i++) {
            node.children.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode each : added) {
                node.children.add(at++, each.asInt());
            }
        }
    }

    private static void clear(Node node, JsonNode change) {
        if (change.path("feat").asInt(-1) == ELEMENT_CHILDREN) {
            node.children.clear();
        }
    }

    /** The text a person reads inside a node: its text nodes, in order, joined. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        collectText(node, out, 0);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private void collectText(Node node, StringBuilder out, int depth) {
        if (depth > 60) {
            return;
        }
        if (node.text != null) {
            out.append(node.text).append(' ');
        }
        for (int child : node.children) {
            Node each = nodes.get(child);
            if (each != null) {
                collectText(each, out, depth + 1);
            }
        }
    }

    /**
     * Every node the server has not detached, parents before children. The view hangs off a node of its own, not off
     * the body's children (Flow's client attaches it), so the walk starts at every node that is nobody's child.
     */
    List<Node> attached() {
        Set<Integer> children = new HashSet<>();
        nodes.values().forEach(n -> children.addAll(n.children));
        List<Node> out = new ArrayList<>();
        for (Node each : nodes.values()) {
            if (!children.contains(each.id)) {
                walk(each, out, 0);
            }
        }
        return out;
    }

    private void walk(Node node, List<Node> out, int depth) {
        if (depth > 80) {
            return;
        }
        out.add(node);
        for (int child : node.children) {
            Node each = nodes.get(child);
            if (each != null) {
                walk(each, out, depth + 1);
            }
        }
    }

    Optional<Node> first(Predicate<Node> test) {
        return attached().stream().filter(test).findFirst();
    }

    /** An element of this tag whose own text is exactly the given words (a button, a link, a heading). */
    Optional<Node> byText(String tag, String words) {
        return first(n -> tag.equals(n.tag) && words.equals(text(n)));
    }

    /** A field of this tag whose {@code label} property is the given words. */
    Optional<Node> byLabel(String tag, String label) {
        return first(n -> tag.equals(n.tag) && label.equals(n.property("label")));
    }

    Optional<Node> byId(String id) {
        return first(n -> id.equals(n.attribute("id")));
    }

    /** Whether any attached text reads exactly these words: how the driver knows which page it is on. */
    boolean shows(String words) {
        return attached().stream()
                .anyMatch(n -> n.text != null && n.text.strip().equals(words));
    }

    /** Children of a node that are elements of the given tag, at any depth. */
    List<Node> within(Node parent, String tag) {
        List<Node> all = new ArrayList<>();
        walk(parent, all, 0);
        return all.stream().filter(n -> tag.equals(n.tag)).toList();
    }

    int size() {
        return nodes.size();
    }
}
