package org.recovery.persistence.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Instantiatable;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes JSON trees with Jackson's streaming generator alone, as an object mapper with its default
 * pretty printer writes them, byte for byte. Making Jackson's first object mapper in a process
 * takes tens of milliseconds, a noticeable part of a short command such as {@code recovery report
 * --format json}, whose tree needs none.
 */
public final class Trees {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private Trees() {}

  /**
   * {@code tree} as indented JSON, the way {@code
   * ObjectMapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree)} gives it.
   *
   * @throws IllegalArgumentException if the tree holds a node that is not plain JSON (binary data,
   *     a Java object, a missing node)
   */
  public static String pretty(JsonNode tree) {
    return pretty(tree, new DefaultPrettyPrinter());
  }

  /**
   * {@code tree} as {@code printer} lays it out, the way {@code
   * ObjectMapper.writer(printer).writeValueAsString(tree)} gives it.
   *
   * @throws IllegalArgumentException if the tree holds a node that is not plain JSON
   */
  public static String pretty(JsonNode tree, PrettyPrinter printer) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.setPrettyPrinter(
          printer instanceof Instantiatable<?> fresh
              ? (PrettyPrinter) fresh.createInstance()
              : printer);
      write(tree, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return text.toString();
  }

  private static void write(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT:
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          out.writeFieldName(field.getKey());
          write(field.getValue(), out);
        }
        out.writeEndObject();
        break;
      case ARRAY:
        out.writeStartArray();
        for (JsonNode element : node) {
          write(element, out);
        }
        out.writeEndArray();
        break;
      case STRING:
        out.writeString(node.textValue());
        break;
      case NUMBER:
        number(node, out);
        break;
      case BOOLEAN:
        out.writeBoolean(node.booleanValue());
        break;
      case NULL:
        out.writeNull();
        break;
      default:
        throw new IllegalArgumentException(
            "a tree to write holds a " + node.getNodeType() + " node");
    }
  }

  private static void number(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.numberType()) {
      case INT:
        out.writeNumber(node.intValue());
        break;
      case LONG:
        out.writeNumber(node.longValue());
        break;
      case BIG_INTEGER:
        out.writeNumber(node.bigIntegerValue());
        break;
      case FLOAT:
        out.writeNumber(node.floatValue());
        break;
      case DOUBLE:
        out.writeNumber(node.doubleValue());
        break;
      default:
        out.writeNumber(node.decimalValue());
        break;
    }
  }
}
