package dev.warden.core.deid.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each address format's published vectors, and the look-alikes that must stay out. */
class CryptoAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02", // Trust Wallet wallet-core, Cosmos tests
        "osmo166y8reslaeuedyc6gd83m8r5p0pmdnvq0dggsq", // an Osmosis account from public address-validation tests
        "juno1cj2vfjec3c3luf9fx9vddnglhh9gawmncn4k5n", // wallet-core tests/chains/Juno, from key 02753f5c...
        "juno1gckvjxau7k56f8wg8c8xj80khyp83y8x8eqc94", // wallet-core tests/chains/Juno, IsValid
        "terra1jf9aaj9myrzsnmpdr7twecnaftzmku2mhs2hfe", // wallet-core's Swift Terra tests, a derived address
        "wasm14hj2tavq8fpesdwxxcu44rty3hh90vhujrvcmstl4zr3txmfvw9s0phg4d"}) // wasmd's code-1 contract: 32 bytes
    void cosmosSdkAccountsPassTheirBech32Checksum(String address) {
        assertThat(CryptoAddress.valid(address)).isTrue();
    }

    @Test
    void aCosmosAccountWithOneCharacterChangedFails() {
        assertThat(CryptoAddress.valid("cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd03")).isFalse();
        assertThat(CryptoAddress.valid("juno1cj2vfjec3c3luf9fx9vddnglhh9gawmncn4k5m")).isFalse();
    }

    @Test
    void aValidBech32StringOfAnotherLengthIsNotACosmosAccount() {
        // BIP 173's valid test vector: its checksum holds, but its data is 30 bytes, neither 20 nor 32
        assertThat(CryptoAddress.valid("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w")).isFalse();
        // and a one-letter human-readable part with no data (BIP 173, valid checksum)
        assertThat(CryptoAddress.valid("a12uel5l")).isFalse();
    }

    @Test
    void aCosmosAccountInUpperCaseOrWithSpacesAroundIsReadAsWritten() {
        assertThat(CryptoAddress.valid("  cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02 ")).isTrue();
        assertThat(CryptoAddress.valid("Cosmos1hsk6jryyqjfhp5dhc55tc9jtckygx0eph6dd02")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", // SEP-0023, valid account id
        "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", // SEP-0023, muxed, id 0
        "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK"}) // SEP-0023, muxed, id 2^63
    void stellarAccountsPassTheirVersionByteAndCrc16(String address) {
        assertThat(CryptoAddress.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // SEP-0023's invalid test cases
        "GAAAAAAAACGC6", // 5 bytes, not 32
        "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUR", // unused trailing bit not zero
        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZA", // length congruent to 1 mod 8
        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUACUSI", // 36 bytes, not 35
        "G47QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVP2I", // version byte's low bits 7
        "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLKA", // length congruent to 6 mod 8
        "M47QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ", // version byte's low bits 7
        "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUO", // invalid checksum
        // a contract (C...): a valid strkey, but not an account
        "CA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUWDA",
        // the valid account id with its last character changed: the CRC fails
        "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGY"})
    void stellarLookAlikesFail(String value) {
        assertThat(CryptoAddress.valid(value)).isFalse();
    }

    @Test
    void randomBase32StartingWithGFailsTheCrc() {
        SplittableRandom random = new SplittableRandom(56);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        for (int i = 0; i < 1000; i++) {
            StringBuilder value = new StringBuilder("GA");
            while (value.length() < 56) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(CryptoAddress.valid(value.toString())).as(value.toString()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tz1VSUr8wwNhLAzempoch5d6hLRiTh8Cjcjb", // alice, the sandbox account of Tezos developer tools
        "tz1eZwq8b5cvE2bPKokatLkVMzkxz24z3Don", // wallet-core tests/chains/Tezos, forge_tz1
        "tz2Rh3NYeLxrqTuvaZJmaMiVMqCajeXMWtYo", // forge_tz2
        "tz3RDC3Jdn4j15J7bBHZd29EUee9gVB1CxD9", // forge_tz3
        "KT1XnTn74bUtxHfDtBmm2bGZAQfhPbvKWR8o"}) // forge_kt1
    void tezosAddressesPassTheirBase58Check(String address) {
        assertThat(CryptoAddress.valid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tz1VSUr8wwNhLAzempoch5d6hLRiTh8Cjcjc", // one character changed
        "tz1eZwq8b5cvE2bPKokatLkVMzkxz24z3AAAA", // wallet-core: valid prefix, invalid checksum
        "NmH7tmeJUmHcncBDvpr7aJNEBk7rp5zYsB1qt", // wallet-core: invalid prefix, valid checksum
        "1tzeZwq8b5cvE2bPKokatLkVMzkxz24zAAAAA"}) // wallet-core: invalid prefix, invalid checksum
    void tezosLookAlikesFail(String value) {
        assertThat(CryptoAddress.valid(value)).isFalse();
    }

    @Test
    void randomBase58StartingWithTz1FailsTheChecksum() {
        SplittableRandom random = new SplittableRandom(1);
        String alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
        for (int i = 0; i < 1000; i++) {
            StringBuilder value = new StringBuilder("tz1");
            while (value.length() < 36) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(CryptoAddress.valid(value.toString())).as(value.toString()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // ERC-681's examples: a payment with a value, and a token transfer (the target is the token contract)
        "ethereum:0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359?value=2.014e18",
        "ethereum:0x89205a3a3b2a69de6dbf7f01ed13b2108b2c43e7/transfer?address=0x8e23ee67d1332ad560396262c48ffbb01f93d052&uint256=1",
        // the same address with ERC-681's optional pay- prefix and a chain id
        "ethereum:pay-0xfb6916095ca1df60bb79Ce92ce3ea74c37c5d359@1?value=2.014e18",
        "ethereum:lucasmora.eth?value=1e18",
        // BIP 21's parameters after the genesis block's address; BIP 173's first vector in a QR code's upper case
        "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa?amount=50&label=Luke-Jr&message=Donation%20for%20project%20xyz",
        "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa",
        "BITCOIN:BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4",
        "bitcoin:bc1qufgy354j3kmvuch987xe4s40836x3h0lg8f5n2?amount=0.01"}) // BIP 321's bech32 example
    void paymentUrisAreReadByTheirAddress(String uri) {
        assertThat(CryptoAddress.valid(uri)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // BIP 21's own example address carries a checksum broken on purpose (bitcoin/bips#119, #1861)
        "bitcoin:175tWpb8K1S7NmH4Zx6rewF9WQrcZv245W?amount=50&label=Luke-Jr",
        "bitcoin:1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb?amount=1", // one character changed
        "ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg", // not hexadecimal
        "ethereum:0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA", // 39 digits
        "ethereum:",
        "bitcoin:",
        "bitcoin:So11111111111111111111111111111111111111112"}) // a Solana key is no Bitcoin address
    void paymentUrisWithABadAddressFail(String uri) {
        assertThat(CryptoAddress.valid(uri)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lucasmora.eth", "vitalik.eth", "nick.eth", "my-wallet-01.eth"})
    void ensNamesAreReadByShape(String name) {
        assertThat(CryptoAddress.valid(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab.eth", "Lucas_Mora.eth", "lucasmora.ethx", "lucasmora.eth.bak", ".eth", "eth"})
    void otherNamesEndingNearEthAreNotEnsNames(String value) {
        assertThat(CryptoAddress.valid(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1da177e4c3f41524e886b7f1b8a0c1fc7321cac2", // Linux's first git commit
        "787e69795cbb4e1508f4fcaa6e5adeca9f24a099", // a commit of this repository
        "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG", // IPFS CIDv0
        "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"}) // IPFS CIDv0
    void gitHashesAndIpfsCidsAreNotAddresses(String value) {
        assertThat(CryptoAddress.valid(value)).isFalse();
    }

    @Test
    void random40HexDigitHashesAreNotAddresses() {
        SplittableRandom random = new SplittableRandom(40);
        for (int i = 0; i < 2000; i++) {
            StringBuilder hex = new StringBuilder();
            for (int j = 0; j < 40; j++) {
                hex.append("0123456789abcdef".charAt(random.nextInt(16)));
            }
            assertThat(CryptoAddress.valid(hex.toString())).as(hex.toString()).isFalse();
        }
    }

    @Test
    void solanaKeysOf43Or44Base58CharactersStayAccepted() {
        assertThat(CryptoAddress.valid("So11111111111111111111111111111111111111112")).isTrue();
        assertThat(CryptoAddress.valid("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v")).isTrue();
    }
}
