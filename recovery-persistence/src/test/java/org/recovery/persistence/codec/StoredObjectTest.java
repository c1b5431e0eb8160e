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
  void escapesWhitespaceAndEveryLengthOfUtf8AreRead() throws IOException {
    StoredObject read =
        parse(
            " \t\r\n{ \"e\" : \"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e7\\ud83d\\ude00\" ,"
                + "\"u\":\"a\u00e7\u20ac\ud83d\ude00\",\"\\u0041\":[ {\"x\":[]} , \"y\" ] } \n");

    assertThat(read.get("e")).isEqualTo("\"\\/\b\f\n\r\tç😀");
    assertThat(read.get("u")).isEqualTo("aç€😀");
    assertThat(read.get("A")).isEqualTo(StoredObject.Other.ARRAY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0:0",
        "-0:0",
        "2147483647:2147483647",
        "-2147483648:-2147483648",
        "2147483648:number",
        "-2147483649:number",
        "12345678901234567890:number",
        "1.5:number",
        "1e5:number",
        "-1E-5:number",
        "0.0:number"
      })
  void aWholeNumberIsAnIntegerOnlyIfItFitsIn32Bits(String numberAndRead) throws IOException {
    String[] parts = numberAndRead.split(":");
    Object read = parse("{\"n\":" + parts[0] + "}").get("n");

    assertThat(read)
        .isEqualTo(
            parts[1].equals("number")
                ? StoredObject.Other.NUMBER
                : Integer.valueOf(Integer.parseInt(parts[1])));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"n\":-}",
        "{\"n\":1.}",
        "{\"n\":.5}",
        "{\"n\":1e}",
        "{\"n\":+1}",
        "{\"n\":1,}",
        "{,}",
        "{\"n\":tru}",
        "{\"n\":nul}",
        "{\"n\":truex}",
        "{\"n\":'x'}",
        "{n:1}",
        "{\"n\":\"\\x\"}",
        "{\"n\":\"\\u12g4\"}",
        "{\"n\":\"a\tb\"}",
        "{\"n\":\"open}",
        "{\"n\":[1,]}",
        "{\"n\":[{\"a\":1,\"a\":2}]}",
        "{\"n\":1}/* */",
        "{\"n\" 1}"
      })
  void whatJsonDoesNotAllowIsRefusedWithoutQuotingIt(String json) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(IOException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\"").doesNotContain(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "C080", // an overlong form of U+0000
        "E08080", // an overlong form, three bytes
        "EDA080", // a surrogate written as UTF-8
        "F4908080", // past U+10FFFF
        "F5808080",
        "80", // a continuation byte alone
        "E282" // cut short
      })
  void bytesThatRfc3629DoesNotAllowAreRefused(String hex) {
    byte[] bad = java.util.HexFormat.of().parseHex(hex);
    byte[] json = new byte[bad.length + 10];
    byte[] start = "{\"a\":\"".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(start, 0, json, 0, start.length);
    System.arraycopy(bad, 0, json, start.length, bad.length);
    json[start.length + bad.length] = '"';
    json[start.length + bad.length + 1] = '}';
    byte[] exact = java.util.Arrays.copyOf(json, start.length + bad.length + 2);

    assertThatThrownBy(() -> StoredObject.parse(exact))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void objectsAndArraysNestAThousandDeepAndNoDeeper() throws IOException {
    int deepest = StoredJson.DEEPEST;
    String ok = "{\"a\":".repeat(deepest - 1) + "[]" + "}".repeat(deepest - 1);
    String deeper = "{\"a\":".repeat(deepest) + "[]" + "}".repeat(deepest);

    assertThat(parse(ok).size()).isEqualTo(1);
    assertThatThrownBy(() -> parse(deeper))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("nested deeper than 1000");
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
