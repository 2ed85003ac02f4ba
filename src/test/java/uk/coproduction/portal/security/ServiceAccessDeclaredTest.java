package uk.coproduction.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;
import uk.coproduction.portal.base.security.Access;
import uk.coproduction.portal.base.security.OpenToAnyone;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services are the security boundary: every public method of every Spring {@code @Service} in the portal says
 * who may call it, with {@code @PreAuthorize} on the method or its class (an {@link Access} expression, or a
 * meta-annotation carrying one such as {@link OpenToAnyone}). A method that says nothing would run for whoever
 * reaches it, so this test names each one.
 */
class ServiceAccessDeclaredTest {

    @Test
    void everyPublicMethodOfEveryServiceDeclaresWhoMayCallIt() {
        List<Class<?>> services = services();
        assertThat(services).as("services found").hasSizeGreaterThan(40);
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : services) {
            boolean classDeclares = declares(MergedAnnotations.from(service, SearchStrategy.TYPE_HIERARCHY));
            for (Method method : publicMethods(service)) {
                if (!classDeclares && !declares(MergedAnnotations.from(method, SearchStrategy.TYPE_HIERARCHY))) {
                    undeclared.add(service.getSimpleName() + "." + method.getName()
                            + Arrays.stream(method.getParameterTypes())
                                    .map(Class::getSimpleName)
                                    .toList());
                }
            }
        }
        assertThat(undeclared)
                .as("public service methods that declare no access (add @PreAuthorize(Access.…) "
                        + "or @OpenToAnyone with the reason)")
                .isEmpty();
    }

    private static boolean declares(MergedAnnotations annotations) {
        return annotations.isPresent(PreAuthorize.class);
    }

    /** Public instance methods the class or its portal superclasses declare (not Object's). */
    private static List<Method> publicMethods(Class<?> service) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> type = service;
                type != null && type.getName().startsWith("uk.coproduction.portal.");
                type = type.getSuperclass()) {
            for (Method method : type.getDeclaredMethods()) {
                int modifiers = method.getModifiers();
                if (Modifier.isPublic(modifiers)
                        && !Modifier.isStatic(modifiers)
                        && !method.isSynthetic()
                        && !method.isBridge()) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        return methods;
    }

    private static List<Class<?>> services() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("uk.coproduction.portal").stream()
                .map(candidate -> ClassUtils.resolveClassName(
                        candidate.getBeanClassName(), ServiceAccessDeclaredTest.class.getClassLoader()))
                .sorted(Comparator.comparing(Class::getName))
                .<Class<?>>map(type -> type)
                .toList();
    }
}
