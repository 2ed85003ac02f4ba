package uk.coproduction.portal.security;

import org.jspecify.annotations.Nullable;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.Rule;
import org.passay.RuleResult;
import org.passay.RuleResultDetail;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;
import uk.coproduction.portal.base.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a staff password must be, following the NCSC's advice: long (three random words make a good one) rather than
 * complicated, and not guessable from the account or from the passwords attackers try first. The checks are Passay's
 * (a maintained password library) over a real list of the 30,000 most common passwords
 * ({@code security/common-passwords.txt}, its source and licence in its header and decision 0032). Every path that
 * sets a staff account's password checks it here, and the first problem found names how to fix it.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** The list of common passwords, most common first (source and licence in its header). */
    static final String COMMON_PASSWORDS = "/security/common-passwords.txt";

    private static final int MIN_DIFFERENT_CHARACTERS = 6;
    private static final int LONGEST_RUN_ALLOWED = 4;

    private static final WordListDictionary COMMON = commonPasswords();

    private PasswordRules() {}

    /** How many common passwords are refused (the list's length). */
    static long commonPasswordCount() {
        return COMMON.size();
    }

    /** Adds a problem for the field {@code password} when the password will not do: the first rule it breaks. */
    public static void check(
            @Nullable String password,
            @Nullable String username,
            @Nullable String displayName,
            List<InvalidInputException.Problem> problems) {
        if (password == null || password.isBlank()) {
            problems.add(problem("advocacy.error.password-required"));
            return;
        }
        // In this order: the first rule broken is the one the person is told about.
        PasswordValidator validator = new PasswordValidator(List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new CommonPasswordRule(new DictionaryRule(COMMON)),
                new UsernameRule(true, true),
                new NameRule(displayName),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, LONGEST_RUN_ALLOWED + 1, false),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, LONGEST_RUN_ALLOWED + 1, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, LONGEST_RUN_ALLOWED + 1, false),
                new FewDifferentCharactersRule()));
        RuleResult result = validator.validate(new PasswordData(username == null ? "" : username.strip(), password));
        if (!result.isValid()) {
            problems.add(problem(messageKey(result.getDetails().getFirst())));
        }
    }

    private static String messageKey(RuleResultDetail detail) {
        return switch (detail.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> "advocacy.error.password-short";
            case LengthRule.ERROR_CODE_MAX -> "advocacy.error.password-long";
            case DictionaryRule.ERROR_CODE, DictionaryRule.ERROR_CODE_REVERSED -> "advocacy.error.password-common";
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED, NameRule.ERROR_CODE ->
                "advocacy.error.password-personal";
            case FewDifferentCharactersRule.ERROR_CODE -> "advocacy.error.password-repetitive";
            default -> "advocacy.error.password-sequence";
        };
    }

    private static WordListDictionary commonPasswords() {
        try (InputStream in = PasswordRules.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the build");
            }
            List<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            return new WordListDictionary(new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + COMMON_PASSWORDS, e);
        }
    }

    private static InvalidInputException.Problem problem(String key) {
        return new InvalidInputException.Problem("password", key);
    }

    /**
     * A common password, also when numbers or symbols are put around it ({@code Shihan123456!}): people meet a length
     * rule by padding a common password, and attackers' guesses do the same.
     */
    private record CommonPasswordRule(DictionaryRule dictionary) implements Rule {
        @Override
        public RuleResult validate(PasswordData password) {
            String lower = password.getPassword().toLowerCase(Locale.ROOT);
            RuleResult whole = dictionary.validate(new PasswordData(lower));
            if (!whole.isValid()) {
                return whole;
            }
            String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            return core.isEmpty() || core.equals(lower) ? whole : dictionary.validate(new PasswordData(core));
        }
    }

    /** The person's name, or any word of it of three letters or more. */
    private record NameRule(@Nullable String name) implements Rule {
        static final String ERROR_CODE = "NAME_IN_PASSWORD";

        @Override
        public RuleResult validate(PasswordData password) {
            String lower = password.getPassword().toLowerCase(Locale.ROOT);
            if (name == null || name.isBlank()) {
                return new RuleResult(true);
            }
            String nameLower = name.toLowerCase(Locale.ROOT).strip();
            boolean found = lower.contains(nameLower);
            for (String part : nameLower.split("[^\\p{L}\\p{N}]+")) {
                found |= part.length() >= 3 && lower.contains(part);
            }
            return found ? new RuleResult(false, new RuleResultDetail(ERROR_CODE, Map.of())) : new RuleResult(true);
        }
    }

    /** A long password of only a few characters ({@code abababababab}) is as easy to guess as a short one. */
    private static final class FewDifferentCharactersRule implements Rule {
        static final String ERROR_CODE = "FEW_DIFFERENT_CHARACTERS";

        @Override
        public RuleResult validate(PasswordData password) {
            long different = password.getPassword()
                    .toLowerCase(Locale.ROOT)
                    .chars()
                    .distinct()
                    .count();
            return different >= MIN_DIFFERENT_CHARACTERS
                    ? new RuleResult(true)
                    : new RuleResult(false, new RuleResultDetail(ERROR_CODE, Map.of()));
        }
    }
}
