package org.recovery.persistence.json;

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
import java.util.function.BiFunction;

/**
 * Parsing and printing of documents: strict JSON in, indented JSON out. A document that is not
 * exactly one JSON value is refused at {@link Paths#ROOT} with the error that {@code errors} makes
 * from a path and a rule.
 */
public final class Documents {
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .build();

  /** How documents are laid out: two spaces, "name": value. Package-private for its test. */
  static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private Documents() {}

  /** The one JSON value of {@code json}. */
  public static JsonNode parse(
      String json, BiFunction<String, String, ? extends JsonFormatException> errors) {
    try (JsonParser parser = JSON.createParser(json)) {
      return whole(parser, errors);
    } catch (JacksonException e) {
      throw syntax(e, errors);
    } catch (IOException e) {
      throw new UncheckedIOException("reading from a String cannot fail", e);
    }
  }

  /** The one JSON value at the start of {@code in}, which is left open. */
  public static JsonNode parse(
      InputStream in, BiFunction<String, String, ? extends JsonFormatException> errors)
      throws IOException {
    try (JsonParser parser = JSON.createParser(in)) {
      return whole(parser, errors);
    } catch (JacksonException e) {
      throw syntax(e, errors);
    }
  }

  /** The one JSON value of the document: refuses nothing at all, and anything after it. */
  private static JsonNode whole(
      JsonParser parser, BiFunction<String, String, ? extends JsonFormatException> errors)
      throws IOException {
    JsonNode root = JSON.readTree(parser);
    if (root == null || root.isMissingNode()) {
      throw errors.apply(Paths.ROOT, "the document is empty");
    }
    if (parser.nextToken() != null) {
      throw errors.apply(
          Paths.ROOT,
          "more follows the end of the document"
              + where(parser.currentTokenLocation())
              + "; a document holds exactly one { ... }");
    }
    return root;
  }

  /** A new, empty object to write a document into. */
  public static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** {@code root} as indented JSON, ending with a line break. */
  public static String print(ObjectNode root) {
    return Trees.pretty(root, PRINTER) + "\n";
  }

  private static JsonFormatException syntax(
      JacksonException e, BiFunction<String, String, ? extends JsonFormatException> errors) {
    return errors.apply(
        Paths.ROOT, "not valid JSON" + where(e.getLocation()) + ": " + e.getOriginalMessage());
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1
        ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
