package org.recovery.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page and its scripts and styles with content-hashed names, built once at start-up: every
 * {@code /name.js} or {@code /name.css} that {@code index.html} refers to, and every {@code
 * ./name.js} a script imports, is served as {@code /assets/name.HASH.js}, where HASH is the start
 * of the SHA-256 of the file as served (with its own imports renamed first). A changed file gets a
 * new name, so a browser may keep a named file for a year without ever showing a stale one; the
 * page itself is never cached. An import that closes a cycle keeps the plain, uncached address
 * ({@code /name.js}), since no name can contain its own hash.
 */
public final class Assets {
  /** Where hashed files are served. */
  public static final String PREFIX = "/assets/";

  /** The Cache-Control of a hashed file. */
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final Pattern PAGE_REFERENCE =
      Pattern.compile("(src|href)=\"/([A-Za-z0-9_-]+\\.(?:js|css))\"");
  private static final Pattern SCRIPT_IMPORT =
      Pattern.compile("((?:\\bfrom|\\bimport)\\s*\\(?\\s*)(['\"])\\./([A-Za-z0-9_-]+\\.js)\\2");

  private final String root;
  private final Map<String, String> hashedNames = new HashMap<>();
  private final Map<String, byte[]> byHashedName = new HashMap<>();
  private final byte[] page;

  private Assets(String root) {
    this.root = root;
    String html = text("index.html");
    Matcher m = PAGE_REFERENCE.matcher(html);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              m.group(1) + "=\"" + PREFIX + hashed(m.group(2), new HashSet<>()) + "\""));
    }
    m.appendTail(out);
    this.page = out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The page under {@code root} on the class path (e.g. {@code /public}) and the files it uses.
   *
   * @throws UncheckedIOException if the page or a file it names is missing
   */
  public static Assets load(String root) {
    return new Assets(root);
  }

  /** The page, with hashed names. */
  public byte[] page() {
    return page.clone();
  }

  /** The hashed name of {@code name} (e.g. {@code app.js}), if the page uses it. */
  public Optional<String> hashedName(String name) {
    return Optional.ofNullable(hashedNames.get(name));
  }

  /** The content of a file by its hashed name, if there is one. */
  public Optional<byte[]> file(String hashedName) {
    return Optional.ofNullable(byHashedName.get(hashedName)).map(byte[]::clone);
  }

  /** The content type of a file name. */
  public static String contentType(String name) {
    return name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
  }

  private String hashed(String name, Set<String> visiting) {
    String done = hashedNames.get(name);
    if (done != null) {
      return done;
    }
    if (!visiting.add(name)) {
      return null;
    }
    String content = text(name);
    if (name.endsWith(".js")) {
      Matcher m = SCRIPT_IMPORT.matcher(content);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String dependency = hashed(m.group(3), visiting);
        String target = dependency == null ? "/" + m.group(3) : "./" + dependency;
        m.appendReplacement(
            out, Matcher.quoteReplacement(m.group(1) + m.group(2) + target + m.group(2)));
      }
      m.appendTail(out);
      content = out.toString();
    }
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    int dot = name.lastIndexOf('.');
    String result = name.substring(0, dot) + "." + hash(bytes) + name.substring(dot);
    hashedNames.put(name, result);
    byHashedName.put(result, bytes);
    visiting.remove(name);
    return result;
  }

  private String text(String name) {
    String path = root + "/" + name;
    try (InputStream in = Assets.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("no file " + path + " on the class path"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
