package org.recovery.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.recovery.core.common.JourneyId;

/**
 * Each thread reuses one cipher, or one per key within a batch: sealing and opening from several
 * threads at once, with several keys, in batches or not, every message opens to its own words under
 * its own key and nowhere else, a message that fails to open leaves the thread's cipher fit for the
 * next one, and no cipher holds a real key once a thread's batch has ended.
 */
class ReusedCiphersProperties {
  private static final int THREADS = 4;

  @Property(tries = 20)
  void threadsSealingAndOpeningAtOnceNeverMixUpKeysOrMessages(
      @ForAll @Size(min = 1, max = 40) List<@StringLength(max = 60) String> words,
      @ForAll @IntRange(min = 1, max = 4) int keyCount)
      throws Exception {
    List<SecretKey> keys = new ArrayList<>();
    for (int i = 0; i < keyCount; i++) {
      keys.add(MasterKey.newDataKey());
    }
    JourneyId journey = JourneyId.random();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Void>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        Callable<Void> messages =
            () -> {
              for (int i = 0; i < words.size(); i++) {
                SecretKey key = keys.get((i + thread) % keys.size());
                SecretKey other = MasterKey.newDataKey();
                byte[] text = (thread + ":" + words.get(i)).getBytes(StandardCharsets.UTF_8);
                long version = i + 1;
                byte[] sealed = EventSeal.seal(key, journey, version, text);
                assertThatThrownBy(() -> EventSeal.open(other, journey, version, sealed))
                    .isInstanceOf(Aead.AuthenticationFailed.class);
                assertThatThrownBy(() -> EventSeal.open(key, journey, version + 1, sealed))
                    .isInstanceOf(Aead.AuthenticationFailed.class);
                assertThat(EventSeal.open(key, journey, version, sealed)).isEqualTo(text);
              }
              return null;
            };
        // threads 0 and 1 work outside any batch, 2 in one batch, 3 in a batch nested in another
        Callable<Void> work =
            () -> {
              if (thread >= 2) {
                Aead.batch(
                    () ->
                        thread == 3
                            ? Aead.batch(() -> callUnchecked(messages))
                            : callUnchecked(messages));
              } else {
                messages.call();
              }
              assertThat(Aead.keyedCiphers()).isZero();
              return null;
            };
        done.add(pool.submit(work));
      }
      for (Future<Void> each : done) {
        each.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T callUnchecked(Callable<T> work) {
    try {
      return work.call();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
