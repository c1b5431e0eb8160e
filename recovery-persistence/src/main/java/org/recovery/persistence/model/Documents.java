package org.recovery.persistence.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Parsing and printing of model documents: strict JSON in, indented JSON out. */
final class Documents {
  private static final JsonMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
      .build();
  private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Documents() {}

  static JsonNode parse(String json) {
    try (JsonParser parser = JSON.createParser(json)) {
      return whole(parser);
    } catch (JacksonException e) {
      throw syntax(e);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a String cannot fail", e);
    }
  }

  static JsonNode parse(InputStream in) throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return whole(parser);
    } catch (JacksonException e) {
      throw syntax(e);
    }
  }

  /** The one JSON value of the document: refuses nothing at all, and anything after it. */
  private static JsonNode whole(JsonParser parser) throws IOException {
    JsonNode root = JSON.readTree(parser);
    if (root == null || root.isMissingNode()) {
      throw Paths.error(Paths.ROOT, "the document is empty");
    }
    if (parser.nextToken() != null) {
      throw Paths.error(Paths.ROOT, "more follows the end of the document" + where(parser
          .currentTokenLocation()) + "; a document holds exactly one { ... }");
    }
    return root;
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static String print(ObjectNode root) {
    try {
      return JSON.writer(PRINTER).writeValueAsString(root) + "\n";
    } catch (JacksonException e) {
      throw new IllegalStateException("could not print a JSON tree", e);
    }
  }

  private static ModelFormatException syntax(JacksonException e) {
    return Paths.error(Paths.ROOT,
        "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
