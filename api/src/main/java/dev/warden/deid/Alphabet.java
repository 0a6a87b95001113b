package dev.warden.deid;

import dev.warden.InvalidInputException;
import java.util.Objects;

/**
 * The numerals of format-preserving encryption, in order: the character at position i is the numeral i, and the
 * radix is the number of characters. Characters of a value outside the alphabet are separators and stay in place.
 *
 * <p>An alphabet without upper-case letters whose letters have upper-case forms (such as {@link #HEX} or
 * {@link #LOWER}) also reads upper-case input: the letter is folded to lower case, encrypted, and its position
 * written back in upper case, so {@code 0A1F} stays upper case.
 *
 * @param characters the numerals, 2 to 65,536 distinct BMP characters, none a surrogate
 */
public record Alphabet(String characters) {

    /** {@code 0123456789}, radix 10. */
    public static final Alphabet DIGITS = new Alphabet("0123456789");
    /** {@code 0123456789abcdef}, radix 16 (upper-case input read too). */
    public static final Alphabet HEX = new Alphabet("0123456789abcdef");
    /** {@code ABCDEFGHIJKLMNOPQRSTUVWXYZ}, radix 26. */
    public static final Alphabet UPPER = new Alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    /** {@code abcdefghijklmnopqrstuvwxyz}, radix 26 (upper-case input read too). */
    public static final Alphabet LOWER = new Alphabet("abcdefghijklmnopqrstuvwxyz");
    /** {@code 0-9a-z}, radix 36 (upper-case input read too); the order of the NIST FF1 radix-36 samples. */
    public static final Alphabet BASE36 = new Alphabet("0123456789abcdefghijklmnopqrstuvwxyz");
    /** {@code 0-9a-zA-Z}, radix 62, case-sensitive: letters encrypt to letters of either case. */
    public static final Alphabet ALPHANUMERIC =
            new Alphabet("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    public Alphabet {
        Objects.requireNonNull(characters, "alphabet");
        if (characters.length() < 2 || characters.length() > 65_536) {
            throw new InvalidInputException("alphabet: give 2 to 65,536 characters");
        }
        java.util.BitSet seen = new java.util.BitSet(65_536);
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (Character.isSurrogate(c)) {
                throw new InvalidInputException("alphabet: character " + (i + 1) + " is outside the Basic "
                        + "Multilingual Plane; FPE alphabets are limited to BMP characters");
            }
            if (seen.get(c)) {
                throw new InvalidInputException("alphabet: character " + (i + 1) + " appears twice");
            }
            seen.set(c);
        }
    }

    /**
     * @param radix 2 to 62
     * @return the first {@code radix} characters of {@code 0-9a-zA-Z} (so radix 10 is {@link #DIGITS}, 16 is
     *     {@link #HEX}, 36 is {@link #BASE36}), the numbering of the NIST samples
     */
    public static Alphabet ofRadix(int radix) {
        if (radix < 2 || radix > 62) {
            throw new InvalidInputException("alphabet: --radix must be between 2 and 62; give --alphabet for others");
        }
        return new Alphabet(ALPHANUMERIC.characters().substring(0, radix));
    }

    /**
     * @param name {@code digits}, {@code hex}, {@code upper}, {@code lower}, {@code base36} or {@code alphanumeric}
     * @return the named alphabet
     * @throws InvalidInputException for another name
     */
    public static Alphabet named(String name) {
        return switch (name) {
            case "digits" -> DIGITS;
            case "hex" -> HEX;
            case "upper" -> UPPER;
            case "lower" -> LOWER;
            case "base36" -> BASE36;
            case "alphanumeric" -> ALPHANUMERIC;
            default -> throw new InvalidInputException("alphabet: unknown name (use digits, hex, upper, lower, "
                    + "base36, alphanumeric, or give the characters)");
        };
    }

    /** @return the number of numerals */
    public int radix() {
        return characters.length();
    }
}
