package dev.warden.core.deid.detect;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * Cryptocurrency addresses, recognised by their published formats and checksums: an address in Base58Check (a
 * version byte, a 20-byte hash, the first four bytes of a double SHA-256 as checksum: Bitcoin's {@code 1...} and
 * {@code 3...}, Litecoin's {@code L...} and {@code M...}, Dogecoin's {@code D...}, Tron's {@code T...}), in bech32 or
 * bech32m under any human-readable part ({@code bc1q...}, {@code bc1p...}, {@code ltc1...}, {@code tb1...}: BIP 173
 * and BIP 350 checksums, in one case), an Ethereum address ({@code 0x} and 40 hexadecimal digits, the 20 bytes of an
 * account; the EIP-55 mixed-case checksum is not verified, as it needs Keccak-256: the shape alone is read) and a
 * Solana address (43 or 44 base58 characters holding a 32-byte public key; no checksum: the shape alone), an XRP Ledger
 * address ({@code r...}, Base58Check in the XRP alphabet), a Cardano address (bech32 under {@code addr}, CIP-19), a
 * Bitcoin Cash CashAddr ({@code bitcoincash:q...}, its 40-bit checksum) and a Monero address (95 base58 characters
 * from 4 or 8; the shape alone). An address names one wallet, an
 * account whose owner a public ledger ties to every payment: an account number under 45 CFR 164.514(b)(2)(i)(J).
 */
public final class CryptoAddress {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** The XRP Ledger's base58 alphabet (the same 58 characters in another order, so that addresses start with r). */
    private static final String XRP_BASE58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;

    private CryptoAddress() {
    }

    /**
     * @param value a value, stripped
     * @return whether it is an address in one of the formats above, its checksum holding where the format has one
     */
    public static boolean valid(String value) {
        String lower = value.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("bitcoincash:") || (lower.startsWith("q") || lower.startsWith("p")) && value.length() == 42
                && (value.equals(lower) || value.equals(value.toUpperCase(java.util.Locale.ROOT)))) {
            return cashAddr(lower.startsWith("bitcoincash:") ? lower : "bitcoincash:" + lower);
        }
        // Cardano (CIP-19): bech32 under addr, addr_test or stake, longer than BIP 173's 90 characters
        if ((lower.startsWith("addr1") || lower.startsWith("addr_test1") || lower.startsWith("stake1"))
                && value.length() <= 130 && value.equals(lower)) {
            return bech32(lower, true);
        }
        // XRP Ledger: r, then Base58Check in the XRP alphabet (version 0, a 20-byte account id)
        if (value.startsWith("r") && value.length() >= 25 && value.length() <= 35 && base58Check(value, XRP_BASE58)) {
            return true;
        }
        // Monero: 95 base58 characters starting with 4 (a primary address) or 8 (a subaddress); the checksum needs
        // Keccak-256 over Monero's block-wise base58, so the shape alone is read, as for Ethereum
        if (value.length() == 95 && (value.charAt(0) == '4' || value.charAt(0) == '8')
                && value.chars().allMatch(c -> BASE58.indexOf(c) >= 0)) {
            return true;
        }
        if (value.length() == 42 && value.startsWith("0x")) {
            return value.substring(2).chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
        }
        int separator = value.lastIndexOf('1');
        if (value.length() >= 14 && value.length() <= 90 && separator >= 1 && separator <= 4
                && (value.equals(lower) || value.equals(value.toUpperCase(java.util.Locale.ROOT)))
                && bech32(lower, false)) {
            return true;
        }
        if (value.length() >= 26 && value.length() <= 35) {
            return base58Check(value, BASE58);
        }
        // Solana: an ed25519 public key, 32 bytes in base58 (no checksum: the shape alone)
        byte[] key = value.length() >= 43 && value.length() <= 44 ? base58(value) : null;
        return key != null && key.length == 32;
    }

    /**
     * @return the bytes a base58 value holds (a leading {@code 1} for each leading zero byte, then the number's
     *     big-endian bytes), or null when a character is not of the alphabet
     */
    private static byte[] base58(String value) {
        return base58(value, BASE58);
    }

    private static byte[] base58(String value, String alphabet) {
        BigInteger n = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(58);
        int leadingOnes = 0;
        for (int i = 0; i < value.length(); i++) {
            int digit = alphabet.indexOf(value.charAt(i));
            if (digit < 0) {
                return null;
            }
            if (digit == 0 && n.signum() == 0) {
                leadingOnes++;
            }
            n = n.multiply(radix).add(BigInteger.valueOf(digit));
        }
        byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int start = magnitude.length > 1 && magnitude[0] == 0 ? 1 : 0; // the sign byte BigInteger adds
        byte[] bytes = new byte[leadingOnes + magnitude.length - start];
        System.arraycopy(magnitude, start, bytes, leadingOnes, magnitude.length - start);
        return bytes;
    }

    /** Base58Check: 25 bytes, the last four the first four of SHA-256(SHA-256(the first 21)). */
    private static boolean base58Check(String value, String alphabet) {
        byte[] bytes = base58(value, alphabet);
        if (bytes == null || bytes.length != 25) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] once = sha.digest(Arrays.copyOf(bytes, 21));
            byte[] twice = sha.digest(once);
            return Arrays.equals(Arrays.copyOf(twice, 4), Arrays.copyOfRange(bytes, 21, 25));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /**
     * Bech32 (BIP 173) or bech32m (BIP 350): human-readable part, 1, data characters, a six-character checksum.
     *
     * @param plain whether the checksum is bech32's whatever the first data character (Cardano), not a segwit
     *     version's choice of bech32 (version 0) or bech32m
     */
    private static boolean bech32(String value, boolean plain) {
        int separator = value.lastIndexOf('1');
        if (separator < 1 || value.length() - separator - 1 < 6) {
            return false;
        }
        String hrp = value.substring(0, separator);
        int[] data = new int[value.length() - separator - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = BECH32.indexOf(value.charAt(separator + 1 + i));
            if (data[i] < 0) {
                return false;
            }
        }
        int[] expanded = new int[hrp.length() * 2 + 1 + data.length];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = hrp.charAt(i) >> 5;
            expanded[hrp.length() + 1 + i] = hrp.charAt(i) & 31;
        }
        System.arraycopy(data, 0, expanded, hrp.length() * 2 + 1, data.length);
        int check = polymod(expanded);
        int version = data[0];
        return plain ? check == BECH32_CONST : version == 0 ? check == BECH32_CONST : check == BECH32M_CONST;
    }

    /**
     * Bitcoin Cash's CashAddr: a prefix, a colon, base32 in bech32's alphabet, the last eight characters a 40-bit BCH
     * checksum over the prefix's low five bits, a zero and the payload (the CashAddr specification, 2017).
     */
    private static boolean cashAddr(String value) {
        int colon = value.indexOf(':');
        String prefix = value.substring(0, colon);
        String payload = value.substring(colon + 1);
        if (payload.length() < 42) {
            return false;
        }
        long[] values = new long[prefix.length() + 1 + payload.length()];
        for (int i = 0; i < prefix.length(); i++) {
            values[i] = prefix.charAt(i) & 31;
        }
        for (int i = 0; i < payload.length(); i++) {
            int d = BECH32.indexOf(payload.charAt(i));
            if (d < 0) {
                return false;
            }
            values[prefix.length() + 1 + i] = d;
        }
        long[] generator = {0x98f2bc8e61L, 0x79b76d99e2L, 0xf33e5fb3c4L, 0xae2eabe2a8L, 0x1e4f43e470L};
        long c = 1;
        for (long d : values) {
            long c0 = c >>> 35;
            c = ((c & 0x07ffffffffL) << 5) ^ d;
            for (int i = 0; i < 5; i++) {
                if ((c0 >>> i & 1) != 0) {
                    c ^= generator[i];
                }
            }
        }
        return (c ^ 1) == 0;
    }

    private static int polymod(int[] values) {
        int[] generator = {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
        int chk = 1;
        for (int v : values) {
            int top = chk >>> 25;
            chk = (chk & 0x1ffffff) << 5 ^ v;
            for (int i = 0; i < 5; i++) {
                if ((top >>> i & 1) != 0) {
                    chk ^= generator[i];
                }
            }
        }
        return chk;
    }
}
