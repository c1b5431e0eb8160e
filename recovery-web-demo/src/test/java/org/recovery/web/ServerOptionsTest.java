package org.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerOptionsTest {

  @Test
  void theDefaultsBindThisMachineOnlyWithSqliteBesideTheWorkingDirectory() {
    ServerOptions o = ServerOptions.parse();
    assertThat(o.host()).isEqualTo("127.0.0.1");
    assertThat(o.port()).isEqualTo(8080);
    assertThat(o.db()).isEqualTo("recovery-web.db");
    assertThat(o.postgres()).isFalse();
    assertThat(o.secureCookies()).isFalse();
    assertThat(o.instruments()).isEmpty();
  }

  @Test
  void everyOptionIsRead() {
    ServerOptions o =
        ServerOptions.parse(
            "--port",
            "0",
            "--db",
            "jdbc:postgresql://db/r",
            "--accounts",
            "/tmp/a.json",
            "--host",
            "::1",
            "--secure-cookies",
            "--instruments",
            "/etc/recovery/instruments");
    assertThat(o.port()).isZero();
    assertThat(o.postgres()).isTrue();
    assertThat(o.accounts()).contains(Path.of("/tmp/a.json"));
    assertThat(o.host()).isEqualTo("::1");
    assertThat(o.secureCookies()).isTrue();
    assertThat(o.instruments()).contains(Path.of("/etc/recovery/instruments"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--port=1",
        "--port",
        "--port x",
        "--port 70000",
        "--db",
        "--what",
        "--instruments"
      })
  void aBadCommandLineIsRefusedWithASentence(String line) {
    assertThatThrownBy(() -> ServerOptions.parse(line.split(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageMatching(".*--\\w+.*");
  }
}
