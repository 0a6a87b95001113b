package dev.warden.core.auth.mfa;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class JsonFileSecondFactorStoreTest extends SecondFactorStoreContract {

    @TempDir
    Path dir;

    @Override
    protected SecondFactorStore newStore() {
        return new JsonFileSecondFactorStore(dir.resolve("second-factors.json"));
    }

    @Override
    protected SecondFactorStore reopen() {
        return new JsonFileSecondFactorStore(dir.resolve("second-factors.json"));
    }
}
