package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

class FileAccountsTest {
  private final LoginNames names = LoginNames.keyedBy(new byte[32]);

  @Test
  void accountsSurviveARestartWithoutTheirNamesInTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sub").resolve("web.accounts.json");
    JourneyId journey = JourneyId.random();
    Account robin = new Account(names.key("Robin"), journey, PartnerId.random(), "hash-1");
    Account kim = new Account(names.key("Kim"), journey, PartnerId.random(), "hash-2");
    assertThat(FileAccounts.at(file).addAll(List.of(robin, kim))).isTrue();

    FileAccounts reopened = FileAccounts.at(file);
    assertThat(reopened.find(names.key(" ROBIN "))).contains(robin);
    assertThat(reopened.find(names.key("Kim"))).contains(kim);
    String text = Files.readString(file);
    assertThat(text).doesNotContainIgnoringCase("robin").doesNotContainIgnoringCase("kim");
    assertThat(Files.getPosixFilePermissions(file))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aTakenOrRepeatedNameAddsNothing(@TempDir Path dir) {
    FileAccounts accounts = FileAccounts.at(dir.resolve("a.json"));
    JourneyId journey = JourneyId.random();
    Account robin = new Account(names.key("Robin"), journey, PartnerId.random(), "h");
    assertThat(accounts.addAll(List.of(robin))).isTrue();
    Account again = new Account(names.key("robin"), journey, PartnerId.random(), "h");
    Account fresh = new Account(names.key("Alex"), journey, PartnerId.random(), "h");
    assertThat(accounts.addAll(List.of(fresh, again))).isFalse();
    assertThat(accounts.find(names.key("Alex"))).isEmpty();
    Account twin = new Account(names.key("Sam"), journey, PartnerId.random(), "h");
    assertThat(accounts.addAll(List.of(twin, twin))).isFalse();
  }

  @Test
  void namesAreKeyedByTheSecretSoAnotherServerCannotMatchThem() {
    byte[] other = new byte[32];
    other[0] = 1;
    assertThat(LoginNames.keyedBy(other).key("Robin")).isNotEqualTo(names.key("Robin"));
    assertThat(names.key("Ｒｏｂｉｎ")).isEqualTo(names.key("robin"));
  }
}
