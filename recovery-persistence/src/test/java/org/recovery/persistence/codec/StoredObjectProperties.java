package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
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
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link StoredObject} reads what Jackson's tree reads, value for value, and refuses what the codec
 * always refused.
 */
class StoredObjectProperties {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Property(tries = 500)
  void readsEveryFieldInStoredOrderWithTheValueJacksonReads(@ForAll("objects") ObjectNode object)
      throws IOException {
    StoredObject read = StoredObject.parse(JSON.writeValueAsBytes(object));

    assertSame(read, object);
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
