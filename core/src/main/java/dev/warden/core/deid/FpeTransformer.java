package dev.warden.core.deid;

import dev.warden.InvalidInputException;
import dev.warden.deid.Alphabet;
import dev.warden.deid.FpeAlgorithm;
import dev.warden.deid.SmallDomainFallback;
import dev.warden.deid.ValueTransformer;

/**
 * Format-preserving encryption of the alphabet characters of a value; other characters (separators, and anything
 * outside the Basic Multilingual Plane) stay in place. A value without any numeral is returned as it is.
 */
final class FpeTransformer implements ValueTransformer {

    private static final int NONE = -1;
    private static final int FOLDED = 1 << 20;

    private static final int AS_IS = 0;
    private static final int ALL_UPPER = 1;
    private static final int PER_POSITION = 2;

    private final String kind;
    private final boolean foldable;
    private final char[] alphabet;
    /** char -> numeral, or NONE; numerals reached by case folding carry FOLDED. */
    private final int[] index;
    private final boolean encrypt;
    private final Ff1 ff1;
    private final Ff3One ff3;
    private final int minLength;
    private final int maxLength;
    private final SmallDomainFallback smallDomain;

    FpeTransformer(FpeAlgorithm algorithm, Alphabet alphabet, byte[] key, byte[] tweak,
                   SmallDomainFallback smallDomain, boolean encrypt) {
        this.kind = algorithm.kind();
        this.alphabet = alphabet.characters().toCharArray();
        this.encrypt = encrypt;
        this.smallDomain = smallDomain;
        int max = 0;
        boolean hasUpper = false;
        for (char c : this.alphabet) {
            max = Math.max(max, Math.max(c, Character.toUpperCase(c)));
            hasUpper |= Character.isUpperCase(c);
        }
        this.index = new int[max + 1];
        java.util.Arrays.fill(index, NONE);
        for (int i = 0; i < this.alphabet.length; i++) {
            index[this.alphabet[i]] = i;
        }
        if (!hasUpper) {
            for (int i = 0; i < this.alphabet.length; i++) {
                char up = Character.toUpperCase(this.alphabet[i]);
                if (up != this.alphabet[i] && index[up] == NONE && Character.toLowerCase(up) == this.alphabet[i]) {
                    index[up] = i | FOLDED;
                }
            }
        }
        this.foldable = !hasUpper;
        int radix = this.alphabet.length;
        if (algorithm == FpeAlgorithm.FF1) {
            this.ff1 = new Ff1(key, radix, tweak);
            this.ff3 = null;
            this.minLength = ff1.minLength();
            this.maxLength = Ff1.MAX_LENGTH;
        } else {
            this.ff1 = null;
            this.ff3 = new Ff3One(key, radix, tweak);
            this.minLength = ff3.minLength();
            this.maxLength = ff3.maxLength();
        }
    }

    private int numeral(char c) {
        return c < index.length ? index[c] : NONE;
    }

    @Override
    public String apply(String value) {
        if (value == null) {
            return null;
        }
        int len = value.length();
        char[] chars = new char[len];
        value.getChars(0, len, chars, 0);
        int n = 0;
        boolean folded = false;
        boolean lowerLetter = false;
        for (int i = 0; i < len; i++) {
            int num = numeral(chars[i]);
            if (num != NONE) {
                n++;
                folded |= (num & FOLDED) != 0;
                lowerLetter |= foldable && (num & FOLDED) == 0 && Character.isLowerCase(chars[i]);
            }
        }
        int caseMode = folded ? (lowerLetter ? PER_POSITION : ALL_UPPER) : AS_IS;
        if (n == 0) {
            return value;
        }
        if (n < minLength) {
            if (smallDomain == SmallDomainFallback.MASK && encrypt) {
                for (int i = 0; i < len; i++) {
                    if (numeral(chars[i]) != NONE) {
                        chars[i] = alphabet[0];
                    }
                }
                return new String(chars);
            }
            throw new InvalidInputException(kind + ": the value has " + n + " characters of the " + alphabet.length
                    + "-character alphabet; at least " + minLength + " are needed for a domain of 1,000,000 (NIST SP "
                    + "800-38G); use a longer value, a larger alphabet, or the small-domain fallback 'mask'");
        }
        if (n > maxLength) {
            throw new InvalidInputException(kind + ": the value has " + n + " alphabet characters; at most "
                    + maxLength + " are supported; use kind 'token' or 'hmac' for long values");
        }
        if (ff1 != null && ff1.fast(n)) {
            fast(chars, n, caseMode);
        } else {
            slow(chars, n, caseMode);
        }
        return new String(chars);
    }

    private void fast(char[] chars, int n, int caseMode) {
        int radix = alphabet.length;
        int u = n / 2;
        long a = 0;
        long b = 0;
        int seen = 0;
        for (char c : chars) {
            int num = numeral(c);
            if (num != NONE) {
                if (seen++ < u) {
                    a = a * radix + (num & ~FOLDED);
                } else {
                    b = b * radix + (num & ~FOLDED);
                }
            }
        }
        long[] ab = {a, b};
        if (encrypt) {
            ff1.encryptFast(n, ab);
        } else {
            ff1.decryptFast(n, ab);
        }
        a = ab[0];
        b = ab[1];
        int left = n;
        for (int i = chars.length - 1; i >= 0; i--) {
            int num = numeral(chars[i]);
            if (num == NONE) {
                continue;
            }
            long digit;
            if (left > u) {
                digit = b % radix;
                b /= radix;
            } else {
                digit = a % radix;
                a /= radix;
            }
            left--;
            chars[i] = render((int) digit, num, caseMode);
        }
    }

    private void slow(char[] chars, int n, int caseMode) {
        int[] x = new int[n];
        int k = 0;
        for (char c : chars) {
            int num = numeral(c);
            if (num != NONE) {
                x[k++] = num & ~FOLDED;
            }
        }
        if (ff1 != null) {
            ff1.process(x, encrypt);
        } else {
            ff3.process(x, encrypt);
        }
        k = 0;
        for (int i = 0; i < chars.length; i++) {
            int num = numeral(chars[i]);
            if (num != NONE) {
                chars[i] = render(x[k++], num, caseMode);
            }
        }
    }

    /**
     * Case of a case-insensitive alphabet's output: a value whose letters were all upper case comes out all upper
     * case; in a mixed-case value each position keeps its case when it encrypts to a letter (so a mixed-case value
     * of an alphabet with digits and letters may decrypt to other letter case).
     */
    private char render(int numeral, int original, int caseMode) {
        char c = alphabet[numeral];
        if (caseMode == ALL_UPPER || (caseMode == PER_POSITION && (original & FOLDED) != 0)) {
            return Character.toUpperCase(c);
        }
        return c;
    }
}
