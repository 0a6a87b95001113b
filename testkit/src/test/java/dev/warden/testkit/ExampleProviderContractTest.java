package dev.warden.testkit;

import dev.warden.auth.AuthenticationResult;
import dev.warden.auth.Credentials;
import dev.warden.auth.Principal;
import dev.warden.policy.GlobalRole;
import dev.warden.spi.auth.AuthenticationProvider;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** The contract kit run against the smallest correct provider, so the kit itself is known to work. */
class ExampleProviderContractTest extends AuthenticationProviderContract {

    private static final String PASSWORD = "correct horse battery staple";

    @Override
    protected AuthenticationProvider provider() {
        return new AuthenticationProvider() {
            @Override
            public String name() {
                return "example";
            }

            @Override
            public boolean supports(Class<? extends Credentials> kind) {
                return kind == Credentials.Password.class;
            }

            @Override
            public AuthenticationResult authenticate(Credentials credentials) {
                Credentials.Password password = (Credentials.Password) credentials;
                byte[] given = new String(password.password()).getBytes(StandardCharsets.UTF_8);
                boolean ok = "alice".equals(password.username())
                        && MessageDigest.isEqual(given, PASSWORD.getBytes(StandardCharsets.UTF_8));
                return ok ? new AuthenticationResult.Success(Principal.user("alice", GlobalRole.MEMBER))
                        : new AuthenticationResult.Failure("bad user name or password");
            }
        };
    }

    @Override
    protected Credentials validCredentials() {
        return new Credentials.Password("alice", PASSWORD.toCharArray());
    }

    @Override
    protected Credentials invalidCredentials() {
        return new Credentials.Password("alice", "wrong".toCharArray());
    }

    @Override
    protected String expectedPrincipalId() {
        return "alice";
    }

    @Override
    protected String secretOfValidCredentials() {
        return PASSWORD;
    }
}
