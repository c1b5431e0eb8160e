package org.recovery.persistence.model;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Small edits of a JSON document by JSON Pointer (RFC 6901), to make broken variants of a valid
 * document one change at a time. Test support; shared with the instrument tests.
 */
public final class JsonEdits {
  private static final JsonMapper JSON = new JsonMapper();

  private final JsonNode root;

  private JsonEdits(JsonNode root) {
    this.root = root;
  }

  /** The document in test resource {@code name}, such as {@code /model/custom-model.json}. */
  public static JsonEdits resource(String name) {
    return new JsonEdits(tree(text(name)));
  }

  /** The UTF-8 text of test resource {@code name}. */
  public static String text(String name) {
    try (InputStream in = JsonEdits.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tree of a JSON text. */
  public static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets the value at {@code pointer} (appending to a list for {@code -}) to {@code json}. */
  public JsonEdits set(String pointer, String json) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    JsonNode value = tree(json);
    String last = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode o) {
      o.set(last, value);
    } else if (parent instanceof ArrayNode a) {
      if (last.equals("-")) {
        a.add(value);
      } else {
        a.set(Integer.parseInt(last), value);
      }
    } else {
      throw new IllegalArgumentException("nothing at " + p.head());
    }
    return this;
  }

  /** Removes the field or element at {@code pointer}. */
  public JsonEdits remove(String pointer) {
    JsonPointer p = JsonPointer.compile(pointer);
    JsonNode parent = root.at(p.head());
    String last = p.last().getMatchingProperty();
    if (parent instanceof ObjectNode o && o.has(last)) {
      o.remove(last);
    } else if (parent instanceof ArrayNode a && Integer.parseInt(last) < a.size()) {
      a.remove(Integer.parseInt(last));
    } else {
      throw new IllegalArgumentException("nothing at " + pointer);
    }
    return this;
  }

  /** The edited document as JSON text. */
  public String json() {
    return root.toString();
  }
}
