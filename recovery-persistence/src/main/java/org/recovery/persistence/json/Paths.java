package org.recovery.persistence.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Pattern;

/**
 * The paths that errors name ({@code stages[2].gates[1].days}), and how an error shows the value it
 * found.
 */
public final class Paths {
  /** The path of the document as a whole. */
  public static final String ROOT = "$";

  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]+");
  private static final int QUOTE_LIMIT = 40;

  private Paths() {}

  /** The path of field {@code name} of the object at {@code parent}. */
  public static String child(String parent, String name) {
    String key =
        PLAIN_KEY.matcher(name).matches()
            ? name
            : "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    if (parent.equals(ROOT)) {
      return key.startsWith("[") ? ROOT + key : key;
    }
    return key.startsWith("[") ? parent + key : parent + "." + key;
  }

  /** The path of the element at {@code index} of the list at {@code parent}. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /** A value as an error shows it: {@code the text "2"}, {@code 28.5}, {@code a list}. */
  public static String describe(JsonNode v) {
    if (v == null || v.isMissingNode() || v.isNull()) {
      return "nothing";
    }
    if (v.isTextual()) {
      return "the text " + quote(v.textValue());
    }
    if (v.isArray()) {
      return "a list";
    }
    if (v.isObject()) {
      return "an object";
    }
    return v.toString();
  }

  /** A text in double quotes, cut short after 40 characters. */
  public static String quote(String text) {
    String shown = text.length() > QUOTE_LIMIT ? text.substring(0, QUOTE_LIMIT) + "…" : text;
    return "\"" + shown + "\"";
  }
}
