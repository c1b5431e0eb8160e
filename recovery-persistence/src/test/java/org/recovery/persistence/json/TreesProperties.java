package org.recovery.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Trees} writes every plain JSON tree exactly as an object mapper's pretty printer does. */
class TreesProperties {
  private static final JsonMapper MAPPER = new JsonMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Property(tries = 500)
  void writesEveryTreeByteForByteAsTheObjectMappersPrettyPrinter(@ForAll("trees") JsonNode tree)
      throws Exception {
    assertThat(Trees.pretty(tree))
        .isEqualTo(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
  }

  @Property(tries = 200)
  void writesEveryTreeAsTheObjectMapperWithTheDocumentsPrinterDoes(@ForAll("trees") JsonNode tree)
      throws Exception {
    DefaultPrettyPrinter printer = Documents.PRINTER;

    assertThat(Trees.pretty(tree, printer))
        .isEqualTo(MAPPER.writer(printer).writeValueAsString(tree))
        .as("the printer is used afresh, not changed")
        .isEqualTo(Trees.pretty(tree, printer));
  }

  @Test
  void aNodeThatIsNotPlainJsonIsRefused() {
    ObjectNode tree = NODES.objectNode();
    tree.set("bytes", NODES.binaryNode(new byte[] {1, 2}));

    assertThatThrownBy(() -> Trees.pretty(tree))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BINARY");
  }

  @Provide
  Arbitrary<JsonNode> trees() {
    return Arbitraries.oneOf(object(3).map(o -> o), array(3).map(a -> a), leaf());
  }

  private static Arbitrary<ObjectNode> object(int depth) {
    return Combinators.combine(
            Arbitraries.strings().withCharRange(' ', '\uD7FF').ofMaxLength(10).list().ofMaxSize(6),
            value(depth).list().ofSize(6))
        .as(
            (names, values) -> {
              ObjectNode node = NODES.objectNode();
              for (int i = 0; i < names.size(); i++) {
                node.set(names.get(i), values.get(i));
              }
              return node;
            });
  }

  private static Arbitrary<ArrayNode> array(int depth) {
    return value(depth)
        .list()
        .ofMaxSize(5)
        .map(
            values -> {
              ArrayNode node = NODES.arrayNode();
              values.forEach(node::add);
              return node;
            });
  }

  private static Arbitrary<JsonNode> value(int depth) {
    if (depth == 0) {
      return leaf();
    }
    return Arbitraries.oneOf(
        leaf(), leaf(), object(depth - 1).map(o -> o), array(depth - 1).map(a -> a));
  }

  private static Arbitrary<JsonNode> leaf() {
    return Arbitraries.oneOf(
        Arbitraries.strings()
            .withCharRange('\u0000', '\uD7FF')
            .ofMaxLength(20)
            .map(NODES::textNode),
        Arbitraries.integers().map(NODES::numberNode),
        Arbitraries.longs().map(NODES::numberNode),
        Arbitraries.doubles().map(NODES::numberNode),
        Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, -0.0).map(NODES::numberNode),
        Arbitraries.floats().map(NODES::numberNode),
        Arbitraries.bigIntegers()
            .between(
                BigInteger.valueOf(Long.MIN_VALUE).pow(2).negate(),
                BigInteger.valueOf(Long.MAX_VALUE).pow(2))
            .map(NODES::numberNode),
        Arbitraries.bigDecimals().ofScale(4).map(NODES::numberNode),
        Arbitraries.of(BigDecimal.ONE.scaleByPowerOfTen(30), new BigDecimal("1E-12"))
            .map(NODES::numberNode),
        Arbitraries.of(true, false).map(NODES::booleanNode),
        Arbitraries.just(NODES.nullNode()));
  }
}
