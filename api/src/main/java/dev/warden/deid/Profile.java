package dev.warden.deid;

import dev.warden.InvalidInputException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A de-identification profile: for each {@link IdentifierType} the transformation to apply, with a note saying what
 * it does and why (citing the rule it implements), whether the profile satisfies HIPAA Safe Harbor, the as-of date of
 * its age rules, and where its key comes from. Built-in profiles are in {@link Profiles}.
 *
 * @param name the profile's name, e.g. {@code hipaa-safe-harbor}
 * @param description one paragraph for people
 * @param transformations the transformation of each identifier type the profile covers
 * @param notes for each covered type, what the transformation does and the paragraph it satisfies
 * @param safeHarbor whether applying the profile to every identifier column satisfies 45 CFR 164.514(b)(2)
 * @param asOf the date ages are reckoned on (the 90+ rule)
 * @param keyPolicy where the key comes from
 */
public record Profile(String name, String description, Map<IdentifierType, Transformation> transformations,
                      Map<IdentifierType, String> notes, boolean safeHarbor, LocalDate asOf, KeyPolicy keyPolicy) {

    public Profile {
        Objects.requireNonNull(name, "profile: name");
        Objects.requireNonNull(description, "profile: description");
        Objects.requireNonNull(asOf, "profile: as-of date");
        Objects.requireNonNull(keyPolicy, "profile: key policy");
        transformations = Map.copyOf(new EnumMap<>(transformations));
        notes = Map.copyOf(notes);
        for (IdentifierType type : transformations.keySet()) {
            if (!notes.containsKey(type)) {
                throw new InvalidInputException("profile '" + name + "': no note for " + type);
            }
        }
    }

    /**
     * @param type an identifier type
     * @return the profile's transformation for it, or empty when the profile does not cover it
     */
    public Optional<Transformation> transformationFor(IdentifierType type) {
        return Optional.ofNullable(transformations.get(type));
    }

    /**
     * @param type an identifier type
     * @return what the profile does with it and why, or empty
     */
    public Optional<String> noteFor(IdentifierType type) {
        return Optional.ofNullable(notes.get(type));
    }
}
