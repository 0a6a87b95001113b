package dev.warden.passwords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.warden.InvalidInputException;
import dev.warden.core.auth.local.PasswordPolicy;
import dev.warden.core.config.JsonConfigNode;
import org.junit.jupiter.api.Test;

/** The password policy with {@code minGuessesLog10}, finding this module's estimator through ServiceLoader. */
class PasswordStrengthPolicyTest {

    private static PasswordPolicy policy(int guessesLog10) throws Exception {
        return PasswordPolicy.from(new JsonConfigNode(new ObjectMapper().readTree("{\"minGuessesLog10\": " + guessesLog10
                + "}"), "auth.providers[0].passwordPolicy"));
    }

    @Test
    void refusesAFamousPassphraseThatPassesTheLengthRule() throws Exception {
        assertThatThrownBy(() -> policy(10).check("alice", "correcthorsebatterystaple".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too easy to guess")
                .hasMessageContaining("at least 10^10").hasMessageNotContaining("correcthorse");
    }

    @Test
    void refusesCommonPatternsOfSeasonsYearsAndKeyboards() throws Exception {
        PasswordPolicy policy = policy(10);
        for (String weak : new String[] {"summer2024summer", "zxcvbnmasdfghjkl", "december151990", "P@ssw0rd2024!"}) {
            assertThatThrownBy(() -> policy.check("alice", weak.toCharArray())).as(weak)
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("too easy to guess")
                    .hasMessageNotContaining(weak);
        }
    }

    @Test
    void refusesAPasswordBuiltFromTheUserName() throws Exception {
        assertThatThrownBy(() -> policy(10).check("alice", "alice-alice-2024".toCharArray()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("too easy to guess");
    }

    @Test
    void acceptsAPassphraseOfUnrelatedWordsAndARandomString() throws Exception {
        PasswordPolicy policy = policy(10);
        assertThatCode(() -> policy.check("alice", "violet tractor ink harbour".toCharArray())).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("alice", "kX9#mQ2$vL7!pR4w".toCharArray())).doesNotThrowAnyException();
        assertThat(policy.minGuessesLog10()).isEqualTo(10);
    }

    @Test
    void theThresholdIsConfigurable() throws Exception {
        // about 10^7 guesses: refused at 10, accepted at 6
        assertThatCode(() -> policy(6).check("alice", "december151990".toCharArray())).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy(21)).isInstanceOf(dev.warden.ConfigurationException.class)
                .hasMessageContaining("6 to 20");
    }
}
