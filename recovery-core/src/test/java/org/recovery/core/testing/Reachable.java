package org.recovery.core.testing;

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
 * Every object reachable from the roots through the fields of the classes a test looks into (this
 * project's, and their lambdas, unless told more) and the contents of maps, collections and arrays
 * — as far as the JVM lets a test look: objects of other libraries (the JDK's internals, JDBC
 * drivers, a web server) are collected but not looked into. Fields that reflection may not read are
 * listed in {@link #unreadable}, so a test can require there were none. Used to show that no key or
 * written word of a locked journey is held anywhere a store or server can reach.
 */
public final class Reachable {
  public final List<Object> objects = new ArrayList<>();
  public final List<String> unreadable = new ArrayList<>();

  /** What is reachable from {@code roots} through this project's classes. */
  public static Reachable from(Object... roots) {
    return from(List.of("org.recovery."), roots);
  }

  /**
   * What is reachable from {@code roots} through the classes whose names start with one of {@code
   * lookInto} (e.g. also {@code "io.javalin."}, whose routes hold a web server's services).
   */
  public static Reachable from(List<String> lookInto, Object... roots) {
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
      } else if (lookInto(lookInto, object.getClass())) {
        for (Class<?> type = object.getClass();
            type != null && lookInto(lookInto, type);
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

  private static boolean lookInto(List<String> prefixes, Class<?> type) {
    return prefixes.stream().anyMatch(type.getName()::startsWith);
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
