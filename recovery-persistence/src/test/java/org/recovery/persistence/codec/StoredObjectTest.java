package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoredObjectTest {

  @Test
  void readsTheKindsOfValueAStoredFieldHoldsAndMarksTheOthers() throws IOException {
    StoredObject read =
        parse(
            "{\"s\":\"Ayşe\",\"i\":-7,\"big\":2147483648,\"f\":1.0,\"t\":true,\"n\":null,"
                + "\"a\":[1,[2]],\"o\":{\"x\":false}}");

    assertThat(read.get("s")).isEqualTo("Ayşe");
    assertThat(read.get("i")).isEqualTo(-7);
    assertThat(read.get("big")).isEqualTo(StoredObject.Other.NUMBER);
    assertThat(read.get("f")).isEqualTo(StoredObject.Other.NUMBER);
    assertThat(read.get("t")).isEqualTo(true);
    assertThat(read.get("n")).isEqualTo(StoredObject.Other.NULL);
    assertThat(read.get("a")).isEqualTo(StoredObject.Other.ARRAY);
    assertThat(((StoredObject) read.get("o")).get("x")).isEqualTo(false);
    assertThat(read.get("absent")).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "[]",
        "\"Ayşe\"",
        "{\"a\":1} {\"b\":2}",
        "{\"a\":1} Ayşe",
        "{\"a\":1",
        "{\"a\":1,\"a\":1}",
        "{\"o\":{\"a\":1,\"b\":2,\"a\":3}}",
        "{\"a\":01}"
      })
  void anythingButOneObjectWithoutRepeatedNamesIsRefused(String json) {
    assertThatThrownBy(() -> parse(json)).isInstanceOf(IOException.class);
  }

  @Test
  void aRepeatedNameAmongManyFieldsIsRefused() {
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 40; i++) {
      json.append("\"f").append(i).append("\":").append(i).append(',');
    }
    json.append("\"f33\":0}");

    assertThatThrownBy(() -> parse(json.toString())).isInstanceOf(IOException.class);
  }

  @Test
  void bytesThatAreNoUtf8AreRefused() {
    byte[] bytes = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};

    assertThatThrownBy(() -> StoredObject.parse(bytes)).isInstanceOf(IOException.class);
  }

  @Test
  void objectsNestedDeeperThanTheParserAllowsAreRefusedWithoutExhaustingTheStack() {
    String json = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);

    assertThatThrownBy(() -> parse(json)).isInstanceOf(IOException.class);
  }

  @Test
  void aValueOfAKindNoFieldHoldsCannotBePut() {
    StoredObject object = new StoredObject();

    assertThatThrownBy(() -> object.put("when", java.time.Instant.EPOCH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> object.put("big", 2_147_483_648L))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(object.size()).isZero();
  }

  private static StoredObject parse(String json) throws IOException {
    return StoredObject.parse(json.getBytes(StandardCharsets.UTF_8));
  }
}
