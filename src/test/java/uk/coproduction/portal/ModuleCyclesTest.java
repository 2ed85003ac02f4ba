package uk.coproduction.portal;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module map of decision 0043, checked on the compiled classes. A module is a top-level package under
 * {@code uk.coproduction.portal} with everything below it ({@code feedback} and {@code feedback.ui} are one module),
 * as ArchUnit's {@code slices().matching("uk.coproduction.portal.(*)..")} cuts them.
 * <p>
 * The target is no cycle between modules and a {@code base} that uses no feature; both lists below are now empty. The
 * ratchet stays so a new cycle reads as one: {@link #STILL_IN_A_CYCLE} and {@link #BASE_STILL_USES} list the dependencies that may
 * still take part, each with the class that causes it. A dependency not listed that closes a cycle fails the build
 * (a new cycle), and so does a listed one that no longer exists or no longer closes a cycle (delete its line: the
 * lists only shrink).
 */
class ModuleCyclesTest {

    private static final String PORTAL = "uk.coproduction.portal";

    /**
     * Dependencies between modules that still close a cycle: "from -> to", then the classes that cause it. None since
     * the commissioner workspace (the item page, its sections, the inbox, FeedbackLinkService) moved up from feedback
     * into workspace and feedback asks plans and themes through interfaces they implement; keep it empty. Never add a
     * line (break the cycle instead: move the type to {@code base}, or let the
     * lower module publish an event or declare an interface the higher one implements).
     */
    private static final Set<String> STILL_IN_A_CYCLE = Set.of();

    /**
     * Features that {@code base} still uses: "base -> feature". None since the staff menu is built from the views'
     * {@code @Menu} declarations and the layout asks {@code SignedInName} who is signed in; keep it empty.
     */
    private static final Set<String> BASE_STILL_USES = Set.of();

    private static final JavaClasses CLASSES = importPortal();

    /** Only the portal's own classes are read; what they use elsewhere is known by name, which is all a module needs. */
    private static JavaClasses importPortal() {
        ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PORTAL);
    }

    @Test
    void noDependencyClosesACycleBetweenModulesUnlessListed() {
        Map<String, Set<String>> inCycles = dependenciesInCycles();
        Set<String> unlisted = new TreeSet<>(inCycles.keySet());
        unlisted.removeAll(STILL_IN_A_CYCLE);
        assertThat(unlisted)
                .as("New cycles between modules: each of these dependencies closes one and is not in STILL_IN_A_CYCLE."
                        + " Break the cycle (decision 0043 says how). Caused by:\n" + causes(inCycles, unlisted))
                .isEmpty();
    }

    @Test
    void everyListedCycleStillExists() {
        Map<String, Set<String>> inCycles = dependenciesInCycles();
        Set<String> gone = new TreeSet<>(STILL_IN_A_CYCLE);
        gone.removeAll(inCycles.keySet());
        assertThat(gone)
                .as("These no longer close a cycle between modules: well done, delete their lines from"
                        + " STILL_IN_A_CYCLE so they cannot come back. The list as it is now:\n"
                        + pasteReady(inCycles))
                .isEmpty();
    }

    @Test
    void baseUsesNoFeatureUnlessListed() {
        Map<String, Set<String>> fromBase = new TreeMap<>();
        moduleDependencies().forEach((edge, causes) -> {
            if (edge.startsWith("base -> ")) {
                fromBase.put(edge, causes);
            }
        });
        Set<String> unlisted = new TreeSet<>(fromBase.keySet());
        unlisted.removeAll(BASE_STILL_USES);
        Set<String> gone = new TreeSet<>(BASE_STILL_USES);
        gone.removeAll(fromBase.keySet());
        assertThat(unlisted)
                .as("base is the shared kernel every feature may use, so it may use no feature. Caused by:\n"
                        + causes(fromBase, unlisted))
                .isEmpty();
        assertThat(gone)
                .as("base no longer uses these features: delete their lines from BASE_STILL_USES. Now:\n"
                        + pasteReady(fromBase))
                .isEmpty();
    }

    /** "from -> to" for every pair of modules with a dependency, with the class pairs that cause it. */
    static Map<String, Set<String>> moduleDependencies() {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (JavaClass origin : CLASSES) {
            String from = moduleOf(origin);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String to = moduleOf(target);
                if (to != null && !to.equals(from)) {
                    edges.computeIfAbsent(from + " -> " + to, k -> new TreeSet<>())
                            .add(shortName(origin) + " uses " + shortName(target));
                }
            }
        }
        return edges;
    }

    /** The dependencies whose two modules are in one strongly connected component: each lies on some cycle. */
    static Map<String, Set<String>> dependenciesInCycles() {
        Map<String, Set<String>> edges = moduleDependencies();
        Map<String, Set<String>> graph = new TreeMap<>();
        edges.keySet().forEach(edge -> {
            String[] ends = edge.split(" -> ");
            graph.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
            graph.computeIfAbsent(ends[1], k -> new TreeSet<>());
        });
        Map<String, Integer> component = stronglyConnectedComponents(graph);
        Map<String, Set<String>> inCycles = new TreeMap<>();
        edges.forEach((edge, causes) -> {
            String[] ends = edge.split(" -> ");
            if (component.get(ends[0]).equals(component.get(ends[1]))) {
                inCycles.put(edge, causes);
            }
        });
        return inCycles;
    }

    /** Tarjan's algorithm, iteratively; returns each node's component number. */
    private static Map<String, Integer> stronglyConnectedComponents(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Map<String, Integer> component = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        int[] counter = {0};
        for (String start : graph.keySet()) {
            if (!index.containsKey(start)) {
                strongConnect(start, graph, index, low, component, stack, onStack, counter);
            }
        }
        return component;
    }

    private static void strongConnect(
            String node,
            Map<String, Set<String>> graph,
            Map<String, Integer> index,
            Map<String, Integer> low,
            Map<String, Integer> component,
            Deque<String> stack,
            Set<String> onStack,
            int[] counter) {
        index.put(node, counter[0]);
        low.put(node, counter[0]);
        counter[0]++;
        stack.push(node);
        onStack.add(node);
        for (String next : graph.get(node)) {
            if (!index.containsKey(next)) {
                strongConnect(next, graph, index, low, component, stack, onStack, counter);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            String member;
            do {
                member = stack.pop();
                onStack.remove(member);
                component.put(member, index.get(node));
            } while (!member.equals(node));
        }
    }

    /** The module (top-level package under the portal's) a class belongs to; null outside any module. */
    static String moduleOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(PORTAL + ".")) {
            return null;
        }
        String rest = pkg.substring(PORTAL.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String shortName(JavaClass type) {
        String name = type.getName().substring(PORTAL.length() + 1);
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }

    private static String causes(Map<String, Set<String>> edges, Set<String> which) {
        return which.stream()
                .map(edge -> "  " + edge + ": " + String.join(", ", edges.get(edge)))
                .collect(Collectors.joining("\n"));
    }

    /** The list as Java source, one line per dependency with its first causes as a comment. */
    private static String pasteReady(Map<String, Set<String>> edges) {
        List<String> lines = new ArrayList<>();
        edges.forEach((edge, causes) -> lines.add("            \"" + edge + "\", // "
                + causes.stream().limit(2).collect(Collectors.joining("; "))
                + (causes.size() > 2 ? "; +" + (causes.size() - 2) + " more" : "")));
        return String.join("\n", lines);
    }
}
