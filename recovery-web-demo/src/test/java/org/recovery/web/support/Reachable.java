package org.recovery.web.support;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every object reachable from the roots through the fields of this project's classes (lambdas
 * included) and Javalin's, and the contents of maps, collections and arrays — as far as the JVM
 * lets a test look: objects of other libraries (Jetty, JDBC drivers, the JDK's internals) are
 * collected but not looked into. Adapted from recovery-persistence's test of the same name. Fields
 * that reflection may not read are listed in {@link #unreadable}, so a test can require there were
 * none.
 */
public final class Reachable {
  public final List<Object> objects = new ArrayList<>();
  public final List<String> unreadable = new ArrayList<>();

  public static Reachable from(Object... roots) {
    Reachable found = new Reachable();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> next = new java.util.LinkedList<>();
    next.addAll(java.util.Arrays.asList(roots));
    while (!next.isEmpty()) {
      Object object = next.poll();
      if (object == null || seen.put(object, Boolean.TRUE) != null) {
        continue;
      }
      found.objects.add(object);
      if (object instanceof Map<?, ?> map) {
        map.forEach(
            (k, v) -> {
              next.add(k);
              next.add(v);
            });
      } else if (object instanceof Collection<?> collection) {
        next.addAll(collection);
      } else if (object.getClass().isArray()
          && !object.getClass().getComponentType().isPrimitive()) {
        for (int i = 0; i < Array.getLength(object); i++) {
          next.add(Array.get(object, i));
        }
      } else if (lookInto(object.getClass())) {
        for (Class<?> type = object.getClass();
            type != null && lookInto(type);
            type = type.getSuperclass()) {
          for (Field field : type.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
              continue;
            }
            try {
              field.setAccessible(true);
              next.add(field.get(object));
            } catch (ReflectiveOperationException | RuntimeException e) {
              found.unreadable.add(type.getName() + "." + field.getName() + ": " + e);
            }
          }
        }
      }
    }
    return found;
  }

  /**
   * Whether the fields of {@code type} are walked: this project's classes and their lambdas, and
   * the web server library's (Javalin, which holds the routes and through them the server's
   * services). The JDK's, Jetty's and the drivers' classes are collected, not looked into.
   */
  private static boolean lookInto(Class<?> type) {
    String name = type.getName();
    return name.startsWith("org.recovery.") || name.startsWith("io.javalin.");
  }

  /** The reachable objects of a class whose simple name is {@code simpleName}. */
  public List<Object> named(String simpleName) {
    return objects.stream().filter(o -> o.getClass().getSimpleName().equals(simpleName)).toList();
  }

  /** The value of field {@code name} of {@code object}. */
  public static Object field(Object object, String name) {
    try {
      Field field = object.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(object);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no field " + name + " in " + object.getClass(), e);
    }
  }
}
