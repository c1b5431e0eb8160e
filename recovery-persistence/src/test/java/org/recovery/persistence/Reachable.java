package org.recovery.persistence;

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
 * Every object reachable from a root through the fields of this project's classes and the contents
 * of maps, collections and arrays — as far as the JVM lets a test look: objects of libraries (JDBC
 * drivers, the JDK's internals) are collected but not looked into. Fields that reflection may not
 * read are listed in {@link #unreadable}, so a test can require there were none.
 */
final class Reachable {
  final List<Object> objects = new ArrayList<>();
  final List<String> unreadable = new ArrayList<>();

  static Reachable from(Object root) {
    Reachable found = new Reachable();
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    Deque<Object> next = new java.util.LinkedList<>();
    next.add(root);
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
      } else if (object.getClass().getName().startsWith("org.recovery.")) {
        for (Class<?> type = object.getClass();
            type != null && type.getName().startsWith("org.recovery.");
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

  /** The reachable objects of a class whose simple name is {@code simpleName}. */
  List<Object> named(String simpleName) {
    return objects.stream().filter(o -> o.getClass().getSimpleName().equals(simpleName)).toList();
  }

  /** The value of field {@code name} of {@code object}. */
  static Object field(Object object, String name) {
    try {
      Field field = object.getClass().getDeclaredField(name);
      field.setAccessible(true);
      return field.get(object);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("no field " + name + " in " + object.getClass(), e);
    }
  }
}
