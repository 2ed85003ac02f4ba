package uk.coproduction.portal.themes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

/** A theme commissioners tag feedback with ("Waiting times"); its keywords let the portal suggest it. */
@Entity
@Table(name = "theme")
public class Theme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    /** Comma separated, in any language: "wait,waiting,kolejka". */
    private String keywords;

    private boolean active;

    protected Theme() {}

    Theme(String name, List<String> keywords) {
        this.name = name;
        this.keywords = String.join(",", keywords);
        this.active = true;
    }

    void rename(String name) {
        this.name = name;
    }

    void changeKeywords(List<String> keywords) {
        this.keywords = String.join(",", keywords);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public List<String> getKeywords() {
        return keywords == null || keywords.isBlank()
                ? List.of()
                : Arrays.stream(keywords.split(","))
                        .map(String::strip)
                        .filter(k -> !k.isEmpty())
                        .toList();
    }

    public boolean isActive() {
        return active;
    }

    ThemeSummary toSummary() {
        return new ThemeSummary(id, name, getKeywords(), active);
    }
}
