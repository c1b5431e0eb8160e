package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * {@link StoredObject} reads what Jackson's tree reads, value for value, and refuses what the codec
 * always refused; on broken copies, {@link StoredJson} agrees with Jackson's parser.
 */
class StoredObjectProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property(tries = 500)
  void readsEveryFieldInStoredOrderWithTheValueJacksonReads(@ForAll("objects") ObjectNode object)
      throws IOException {
    StoredObject read = StoredObject.parse(JSON.writeValueAsBytes(object));

    assertSame(read, object);
  }

  /**
   * On a copy of a stored object broken by a few random edits, the reader agrees with Jackson's
   * parser (the one that read envelopes before, {@link JacksonReference}): what it reads, Jackson
   * reads the same; what Jackson refuses, it refuses. Where Jackson reads and it refuses, the copy
   * holds bytes that are not UTF-8 (RFC 3629), which Jackson lets through in places.
   */
  @Property(tries = 3000)
  void aBrokenCopyIsReadAsJacksonReadsItOrRefused(
      @ForAll("objects") ObjectNode object,
      @ForAll @Size(min = 1, max = 3) List<@IntRange(max = 1_000_000) Integer> positions,
      @ForAll @Size(min = 3, max = 3) List<@From("edits") Byte> bytes,
      @ForAll @Size(min = 3, max = 3) List<@IntRange(max = 2) Integer> kinds)
      throws IOException {
    byte[] written = JSON.writeValueAsBytes(object);
    for (int e = 0; e < positions.size(); e++) {
      written = edit(written, positions.get(e) % (written.length + 1), bytes.get(e), kinds.get(e));
    }
    byte[] json = written;

    StoredObject ours = readOrNull(() -> StoredObject.parse(json));
    StoredObject jackson = readOrNull(() -> JacksonReference.parse(json));

    Statistics.collect(ours != null ? "read" : "refused", jackson != null ? "read" : "refused");
    if (ours != null) {
      assertThat(jackson).as("Jackson reads what the reader reads").isNotNull();
      assertSameObjects(ours, jackson);
    } else if (jackson != null) {
      assertThat(isUtf8(json)).as("refused where Jackson reads only for bytes not UTF-8").isFalse();
    }
    // Edits inside strings keep many copies readable; the rest are refused by both.
    Statistics.coverage(
        coverage -> {
          coverage.check("read", "read").percentage(p -> p > 5);
          coverage.check("refused", "refused").percentage(p -> p > 30);
        });
  }

  /** Any bytes at all are read or refused with an IOException: nothing else is thrown. */
  @Property(tries = 2000)
  void anyBytesAreReadOrRefusedWithAnIoExceptionOnly(
      @ForAll @Size(max = 200) List<@From("edits") Byte> bytes) {
    byte[] json = new byte[bytes.size()];
    for (int i = 0; i < json.length; i++) {
      json[i] = bytes.get(i);
    }
    byte[] wrapped = new byte[json.length + 2];
    wrapped[0] = '{';
    System.arraycopy(json, 0, wrapped, 1, json.length);
    wrapped[wrapped.length - 1] = '}';

    for (byte[] input : List.of(json, wrapped)) {
      try {
        StoredObject.parse(input);
      } catch (IOException refused) {
        assertThat(refused.getMessage()).isNotBlank();
      }
    }
  }

  private static byte[] edit(byte[] json, int at, byte b, int kind) {
    byte[] out;
    if (kind == 0 && at < json.length) { // replace
      out = json.clone();
      out[at] = b;
    } else if (kind == 1 && at < json.length) { // delete
      out = new byte[json.length - 1];
      System.arraycopy(json, 0, out, 0, at);
      System.arraycopy(json, at + 1, out, at, json.length - at - 1);
    } else { // insert
      out = new byte[json.length + 1];
      System.arraycopy(json, 0, out, 0, at);
      out[at] = b;
      System.arraycopy(json, at, out, at + 1, json.length - at);
    }
    return out;
  }

  @Provide
  Arbitrary<Byte> edits() {
    List<Byte> json = new ArrayList<>();
    for (byte b : "{}[]:,\"\\ -+.eE0123456789tfnulrsa/u\t\n".getBytes(StandardCharsets.UTF_8)) {
      json.add(b);
    }
    List<Byte> notAscii = new ArrayList<>();
    for (int b :
        new int[] {0x80, 0xBF, 0xC0, 0xC3, 0xE0, 0xED, 0xF0, 0xF4, 0xF5, 0xFF, 0, 0x1F, 0x7F}) {
      notAscii.add((byte) b);
    }
    return Arbitraries.oneOf(Arbitraries.of(json), Arbitraries.bytes(), Arbitraries.of(notAscii));
  }

  private interface Read {
    StoredObject read() throws IOException;
  }

  private static StoredObject readOrNull(Read read) {
    try {
      return read.read();
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void assertSameObjects(StoredObject read, StoredObject expected) {
    assertThat(read.size()).isEqualTo(expected.size());
    for (int i = 0; i < read.size(); i++) {
      assertThat(read.name(i)).isEqualTo(expected.name(i));
      if (expected.value(i) instanceof StoredObject inner) {
        assertThat(read.value(i)).isInstanceOf(StoredObject.class);
        assertSameObjects((StoredObject) read.value(i), inner);
      } else {
        assertThat(read.value(i)).isEqualTo(expected.value(i));
      }
    }
  }

  @Property(tries = 300)
  void aNameRepeatedAtAnyDepthIsRefused(
      @ForAll("objects") ObjectNode object, @ForAll @IntRange(max = 3) int depth)
      throws IOException {
    ObjectNode inner = object;
    for (int i = 0; i < depth; i++) {
      inner = inner.putObject("level" + i);
    }
    inner.put("twice", 1);
    String json = JSON.writeValueAsString(object);
    String repeated = json.replace("\"twice\":1", "\"twice\":1,\"twice\":2");

    assertThatThrownBy(() -> StoredObject.parse(repeated.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IOException.class);
  }

  @Property(tries = 200)
  void aFieldRemovedOrPutIsWhereAnOrderedMapWouldHaveIt(
      @ForAll("objects") ObjectNode object, @ForAll @IntRange(max = 40) int extra)
      throws IOException {
    for (int i = 0; i < extra; i++) {
      object.put("extra" + i, i);
    }
    StoredObject read = StoredObject.parse(JSON.writeValueAsBytes(object));
    Map<String, Object> model = new LinkedHashMap<>();
    for (int i = 0; i < read.size(); i++) {
      model.put(read.name(i), read.value(i));
    }
    List<String> names = new ArrayList<>(model.keySet());

    for (int i = 0; i < names.size(); i += 2) {
      assertThat(read.remove(names.get(i))).isSameAs(model.remove(names.get(i)));
    }
    read.put("put anew", "yes").put(names.get(names.size() - 1), 7);
    model.put("put anew", "yes");
    model.put(names.get(names.size() - 1), 7);

    assertThat(read.size()).isEqualTo(model.size());
    int i = 0;
    for (Map.Entry<String, Object> field : model.entrySet()) {
      assertThat(read.name(i)).isEqualTo(field.getKey());
      assertThat(read.value(i)).isEqualTo(field.getValue());
      assertThat(read.get(field.getKey())).isEqualTo(field.getValue());
      i++;
    }
    for (int removed = 0; removed < names.size() - 1; removed += 2) {
      assertThat(read.has(names.get(removed))).isFalse();
    }
  }

  private static void assertSame(StoredObject read, JsonNode expected) {
    assertThat(read.size()).isEqualTo(expected.size());
    Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
    for (int i = 0; i < read.size(); i++) {
      Map.Entry<String, JsonNode> field = fields.next();
      assertThat(read.name(i)).isEqualTo(field.getKey());
      JsonNode value = field.getValue();
      Object got = read.value(i);
      if (value.isTextual()) {
        assertThat(got).isEqualTo(value.textValue());
      } else if (value.isIntegralNumber() && value.canConvertToInt()) {
        assertThat(got).isEqualTo(value.intValue());
      } else if (value.isNumber()) {
        assertThat(got).isEqualTo(StoredObject.Other.NUMBER);
      } else if (value.isBoolean()) {
        assertThat(got).isEqualTo(value.booleanValue());
      } else if (value.isNull()) {
        assertThat(got).isEqualTo(StoredObject.Other.NULL);
      } else if (value.isArray()) {
        assertThat(got).isEqualTo(StoredObject.Other.ARRAY);
      } else {
        assertThat(got).isInstanceOf(StoredObject.class);
        assertSame((StoredObject) got, value);
      }
    }
  }

  @Provide
  Arbitrary<ObjectNode> objects() {
    return object(3);
  }

  private static Arbitrary<ObjectNode> object(int depth) {
    Arbitrary<JsonNode> value =
        depth == 0 ? leaf() : Arbitraries.oneOf(leaf(), leaf(), object(depth - 1).map(o -> o));
    Arbitrary<String> names =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
            Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(8));
    return Combinators.combine(
            names.list().uniqueElements().ofMinSize(1).ofMaxSize(12), value.list().ofSize(12))
        .as(
            (keys, values) -> {
              ObjectNode node = JsonNodeFactory.instance.objectNode();
              for (int i = 0; i < keys.size(); i++) {
                node.set(keys.get(i), values.get(i));
              }
              return node;
            });
  }

  private static Arbitrary<JsonNode> leaf() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('\u0000', '\uD7FF')
            .ofMaxLength(30)
            .map(nodes::textNode),
        Arbitraries.integers().map(nodes::numberNode),
        Arbitraries.longs().map(nodes::numberNode),
        Arbitraries.doubles().between(-1e9, 1e9).map(nodes::numberNode),
        Arbitraries.of(true, false).map(nodes::booleanNode),
        Arbitraries.just(nodes.nullNode()),
        Arbitraries.integers()
            .list()
            .ofMaxSize(3)
            .map(
                list -> {
                  var array = nodes.arrayNode();
                  list.forEach(array::add);
                  return array;
                }));
  }
}
