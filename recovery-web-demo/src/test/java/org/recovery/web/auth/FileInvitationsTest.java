package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/** Invitations kept in the accounts file: hashed, surviving a restart, and old files still load. */
class FileInvitationsTest {
  private final LoginNames names = LoginNames.keyedBy(new byte[32]);
  private final Instant now = Instant.parse("2025-03-10T09:00:00Z");

  @Test
  void anInvitationSurvivesARestartWithoutItsCodeInTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("web.accounts.json");
    JourneyId journey = JourneyId.random();
    PartnerId alex = PartnerId.random();
    PartnerId sam = PartnerId.random();
    String code = InvitationCodes.newCode();
    Invitation invitation =
        new Invitation(
            InvitationCodes.hash(InvitationCodes.canonical(code)),
            journey,
            sam,
            names.key("Sam"),
            alex,
            now.plus(InvitationCodes.LIFETIME),
            Optional.empty());
    Account first = new Account(names.key("Alex"), journey, alex, "hash-a");
    assertThat(FileAccounts.at(file).addWithInvitation(first, invitation)).isTrue();

    FileAccounts reopened = FileAccounts.at(file);
    assertThat(reopened.invitation(invitation.codeHash())).contains(invitation);
    assertThat(reopened.taken(names.key("sam"))).as("the invited name stays reserved").isTrue();
    assertThat(Files.readString(file)).doesNotContain(code).doesNotContain(code.replace("-", ""));

    Account joined = new Account(names.key("Sam"), journey, sam, "hash-s");
    assertThat(reopened.join(invitation, joined, now)).isTrue();
    assertThat(reopened.join(invitation, joined, now)).as("single use").isFalse();
    FileAccounts again = FileAccounts.at(file);
    assertThat(again.invitation(invitation.codeHash()).orElseThrow().used()).contains(now);
    assertThat(again.find(journey, sam)).contains(joined);

    assertThat(again.removeJourney(journey)).containsExactlyInAnyOrder(first, joined);
    assertThat(FileAccounts.at(file).invitationOf(journey)).isEmpty();
    assertThat(FileAccounts.at(file).find(names.key("Alex"))).isEmpty();
  }

  @Test
  void aFileOfAnEarlierReleaseAListOfAccountsStillLoads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("old.accounts.json");
    JourneyId journey = JourneyId.random();
    PartnerId robin = PartnerId.random();
    Files.writeString(
        file,
        "[{\"nameKey\":\""
            + names.key("Robin")
            + "\",\"journey\":\""
            + journey
            + "\",\"partner\":\""
            + robin
            + "\",\"passphraseHash\":\"h\"}]");

    FileAccounts accounts = FileAccounts.at(file);
    assertThat(accounts.find(names.key("Robin")))
        .contains(new Account(names.key("Robin"), journey, robin, "h"));
    assertThat(
            accounts.addAll(
                List.of(new Account(names.key("Kim"), journey, PartnerId.random(), "k"))))
        .isTrue();
    assertThat(Files.readString(file)).contains("\"accounts\"").contains("\"invitations\"");
    assertThat(FileAccounts.at(file).find(names.key("Robin"))).isPresent();
  }
}
