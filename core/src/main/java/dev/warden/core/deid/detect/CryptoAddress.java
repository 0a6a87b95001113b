package dev.warden.core.deid.detect;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

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
 * from 4 or 8; the shape alone).
 *
 * <p>Also:
 * <ul>
 *   <li>a Cosmos-SDK chain's account ({@code cosmos1...}, {@code osmo1...}, {@code juno1...}, {@code terra1...}):
 *       bech32 (BIP 173, its checksum verified) under a human-readable part of 2 to 12 lower-case letters, the data
 *       part holding 20 bytes (an account's key hash) or 32 bytes (a contract or module account);</li>
 *   <li>a Stellar account id: {@code G} and 55 more characters of RFC 4648 base32, 56 in all, decoding to 35 bytes: the
 *       version byte {@code 6 << 3}, a 32-byte ed25519 public key, and a CRC16-XModem of those 33 bytes, little-endian;
 *       or a muxed account (SEP-0023): {@code M} and 68 more characters, 43 bytes: the version byte {@code 12 << 3},
 *       the key, an 8-byte id and the CRC16-XModem (Stellar's strkey, SEP-0023);</li>
 *   <li>a Tezos address ({@code tz1}, {@code tz2}, {@code tz3}: an implicit account; {@code KT1}: an originated
 *       contract): 36 base58 characters in Base58Check, 27 bytes: a 3-byte prefix that fixes the first three
 *       characters, a 20-byte hash and the first four bytes of a double SHA-256 of the 23 before;</li>
 *   <li>an address written as a payment URI: {@code ethereum:} (EIP-681), optionally {@code pay-}, then an Ethereum
 *       address or ENS name, then optionally {@code @} a chain id, {@code /} a function, {@code ?} parameters; or
 *       {@code bitcoin:} (BIP 21, the scheme in either case) then a Bitcoin address (Base58Check or bech32/bech32m),
 *       then optionally {@code ?} parameters. The address is checked as above; the rest is not read;</li>
 *   <li>an ENS name (Ethereum Name Service): one label of 3 or more characters of {@code a-z}, {@code 0-9} and
 *       {@code -}, then {@code .eth}, as {@code lucasmora.eth}. A registered name resolves to an address and so
 *       names the wallet as the address would; whether it is registered is not known here: the shape alone is
 *       read.</li>
 * </ul>
 *
 * <p>An address names one wallet, an account whose owner a public ledger ties to every payment: an account number
 * under 45 CFR 164.514(b)(2)(i)(J).
 */
public final class CryptoAddress {

    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    /** The XRP Ledger's base58 alphabet (the same 58 characters in another order, so that addresses start with r). */
    private static final String XRP_BASE58 = "rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz";
    private static final String BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    /** RFC 4648 base32, the alphabet of Stellar's strkey. */
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int BECH32_CONST = 1;
    private static final int BECH32M_CONST = 0x2bc830a3;
    /** Stellar strkey version bytes: an ed25519 public key (G...) and a muxed account (M...). */
    private static final int STELLAR_ACCOUNT = 6 << 3;
    private static final int STELLAR_MUXED = 12 << 3;
    /** Tezos Base58Check prefixes (3 bytes each) of tz1 (ed25519), tz2 (secp256k1), tz3 (P-256) and KT1. */
    private static final byte[][] TEZOS_PREFIXES = {
        {6, (byte) 161, (byte) 159}, {6, (byte) 161, (byte) 161}, {6, (byte) 161, (byte) 164}, {2, 90, 121}};
    private static final Pattern ENS = Pattern.compile("[a-z0-9-]{3,}\\.eth");
    private static final Pattern COSMOS_HRP = Pattern.compile("[a-z]{2,12}");

    private CryptoAddress() {
    }

    /**
     * @param value a value; leading and trailing white space is ignored
     * @return whether it is an address in one of the formats above, its checksum holding where the format has one
     */
    public static boolean valid(String value) {
        value = value.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ethereum:")) {
            return ethereumUri(value.substring("ethereum:".length()));
        }
        if (lower.startsWith("bitcoin:")) {
            return bitcoinUri(value.substring("bitcoin:".length()));
        }
        if (lower.startsWith("bitcoincash:") || (lower.startsWith("q") || lower.startsWith("p")) && value.length() == 42
                && (value.equals(lower) || value.equals(value.toUpperCase(Locale.ROOT)))) {
            return cashAddr(lower.startsWith("bitcoincash:") ? lower : "bitcoincash:" + lower);
        }
        // Cardano (CIP-19): bech32 under addr, addr_test or stake, longer than BIP 173's 90 characters
        if ((lower.startsWith("addr1") || lower.startsWith("addr_test1") || lower.startsWith("stake1"))
                && value.length() <= 130 && value.equals(lower)) {
            return bech32(lower, true);
        }
        if (ENS.matcher(value).matches()) {
            return true;
        }
        // XRP Ledger: r, then Base58Check in the XRP alphabet (version 0, a 20-byte account id)
        if (value.startsWith("r") && value.length() >= 25 && value.length() <= 35
                && base58Check(value, XRP_BASE58, 25)) {
            return true;
        }
        // Monero: 95 base58 characters starting with 4 (a primary address) or 8 (a subaddress); the checksum needs
        // Keccak-256 over Monero's block-wise base58, so the shape alone is read, as for Ethereum
        if (value.length() == 95 && (value.charAt(0) == '4' || value.charAt(0) == '8')
                && value.chars().allMatch(c -> BASE58.indexOf(c) >= 0)) {
            return true;
        }
        if (value.length() == 42 && value.startsWith("0x")) {
            return ethereum(value);
        }
        if (segwit(value, lower) || cosmos(value, lower) || stellar(value) || tezos(value)) {
            return true;
        }
        if (value.length() >= 26 && value.length() <= 35) {
            return base58Check(value, BASE58, 25);
        }
        // Solana: an ed25519 public key, 32 bytes in base58 (no checksum: the shape alone)
        byte[] key = value.length() >= 43 && value.length() <= 44 ? base58(value, BASE58) : null;
        return key != null && key.length == 32;
    }

    /** {@code 0x} and 40 hexadecimal digits, in any case. */
    private static boolean ethereum(String value) {
        return value.length() == 42 && value.startsWith("0x") && value.substring(2).chars()
                .allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    /** EIP-681: after {@code ethereum:}, optionally {@code pay-}, the target, then {@code @}, {@code /} or {@code ?}. */
    private static boolean ethereumUri(String rest) {
        String target = rest.startsWith("pay-") ? rest.substring(4) : rest;
        int end = indexOfAny(target, "@/?");
        target = target.substring(0, end);
        return ethereum(target) || ENS.matcher(target).matches();
    }

    /** BIP 21: after {@code bitcoin:}, the address, then optionally {@code ?} and parameters. */
    private static boolean bitcoinUri(String rest) {
        String address = rest.substring(0, indexOfAny(rest, "?"));
        return segwit(address, address.toLowerCase(Locale.ROOT))
                || address.length() >= 26 && address.length() <= 35 && base58Check(address, BASE58, 25);
    }

    private static int indexOfAny(String value, String characters) {
        for (int i = 0; i < value.length(); i++) {
            if (characters.indexOf(value.charAt(i)) >= 0) {
                return i;
            }
        }
        return value.length();
    }

    /** A segwit-style address: bech32 or bech32m under a human-readable part of 1 to 4 characters, in one case. */
    private static boolean segwit(String value, String lower) {
        int separator = value.lastIndexOf('1');
        return value.length() >= 14 && value.length() <= 90 && separator >= 1 && separator <= 4
                && (value.equals(lower) || value.equals(value.toUpperCase(Locale.ROOT)))
                && bech32(lower, false);
    }

    /** A Cosmos-SDK account: bech32 under 2 to 12 lower-case letters, the data 20 or 32 bytes. */
    private static boolean cosmos(String value, String lower) {
        int separator = value.lastIndexOf('1');
        if (!value.equals(lower) || value.length() > 90 || separator < 2
                || !COSMOS_HRP.matcher(value.substring(0, separator)).matches()) {
            return false;
        }
        int[] data = bech32Data(value);
        if (data == null || data.length < 6 || bech32Polymod(value.substring(0, separator), data) != BECH32_CONST) {
            return false;
        }
        int words = data.length - 6;
        int bits = words * 5;
        int bytes = bits / 8;
        // BIP 173's conversion from 5-bit groups: fewer than five bits of padding, all zero
        return (bytes == 20 || bytes == 32) && bits % 8 < 5 && (data[words - 1] & ((1 << bits % 8) - 1)) == 0;
    }

    /** A Stellar account id (G...) or muxed account (M...): strkey, its version byte and CRC16-XModem. */
    private static boolean stellar(String value) {
        int version;
        int length;
        if (value.length() == 56 && value.charAt(0) == 'G') {
            version = STELLAR_ACCOUNT;
            length = 35;
        } else if (value.length() == 69 && value.charAt(0) == 'M') {
            version = STELLAR_MUXED;
            length = 43;
        } else {
            return false;
        }
        byte[] bytes = base32(value, length);
        if (bytes == null || (bytes[0] & 0xff) != version) {
            return false;
        }
        int crc = crc16XModem(bytes, length - 2);
        return (bytes[length - 2] & 0xff) == (crc & 0xff) && (bytes[length - 1] & 0xff) == crc >>> 8;
    }

    /** A Tezos address: tz1, tz2, tz3 or KT1, Base58Check of 27 bytes under the matching 3-byte prefix. */
    private static boolean tezos(String value) {
        if (value.length() != 36 || !(value.startsWith("tz1") || value.startsWith("tz2") || value.startsWith("tz3")
                || value.startsWith("KT1")) || !base58Check(value, BASE58, 27)) {
            return false;
        }
        byte[] bytes = base58(value, BASE58);
        byte[] prefix = Arrays.copyOf(bytes, 3);
        return Arrays.stream(TEZOS_PREFIXES).anyMatch(p -> Arrays.equals(p, prefix));
    }

    /**
     * @return the bytes RFC 4648 base32 without padding holds, when it holds exactly {@code length} bytes and its
     *     unused last bits are zero; or null
     */
    private static byte[] base32(String value, int length) {
        if (value.length() != (length * 8 + 4) / 5) {
            return null;
        }
        byte[] bytes = new byte[length];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (int i = 0; i < value.length(); i++) {
            int digit = BASE32.indexOf(value.charAt(i));
            if (digit < 0) {
                return null;
            }
            buffer = buffer << 5 | digit;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                bytes[index++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return buffer == 0 ? bytes : null;
    }

    /** CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection, no final XOR. */
    private static int crc16XModem(byte[] bytes, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc ^= (bytes[i] & 0xff) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? crc << 1 ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }

    /**
     * @return the bytes a base58 value holds (a leading {@code 1} for each leading zero byte, then the number's
     *     big-endian bytes), or null when a character is not of the alphabet
     */
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

    /** Base58Check: {@code length} bytes, the last four the first four of SHA-256(SHA-256(those before)). */
    private static boolean base58Check(String value, String alphabet, int length) {
        byte[] bytes = base58(value, alphabet);
        if (bytes == null || bytes.length != length) {
            return false;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] once = sha.digest(Arrays.copyOf(bytes, length - 4));
            byte[] twice = sha.digest(once);
            return Arrays.equals(Arrays.copyOf(twice, 4), Arrays.copyOfRange(bytes, length - 4, length));
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
        int[] data = bech32Data(value);
        if (separator < 1 || data == null || data.length < 6) {
            return false;
        }
        int check = bech32Polymod(value.substring(0, separator), data);
        int version = data[0];
        return plain ? check == BECH32_CONST : version == 0 ? check == BECH32_CONST : check == BECH32M_CONST;
    }

    /** @return the 5-bit values of the characters after the last {@code 1}, checksum included, or null */
    private static int[] bech32Data(String value) {
        int separator = value.lastIndexOf('1');
        if (separator < 0) {
            return null;
        }
        int[] data = new int[value.length() - separator - 1];
        for (int i = 0; i < data.length; i++) {
            data[i] = BECH32.indexOf(value.charAt(separator + 1 + i));
            if (data[i] < 0) {
                return null;
            }
        }
        return data;
    }

    /** BIP 173's polymod over the expanded human-readable part and the data, checksum included. */
    private static int bech32Polymod(String hrp, int[] data) {
        int[] expanded = new int[hrp.length() * 2 + 1 + data.length];
        for (int i = 0; i < hrp.length(); i++) {
            expanded[i] = hrp.charAt(i) >> 5;
            expanded[hrp.length() + 1 + i] = hrp.charAt(i) & 31;
        }
        System.arraycopy(data, 0, expanded, hrp.length() * 2 + 1, data.length);
        return polymod(expanded);
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
