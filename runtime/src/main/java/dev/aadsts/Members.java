package dev.aadsts;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * Calls members of exceptions and of the objects they hold, which are other people's code: an
 * override may throw anything, including checked exceptions thrown without being declared and
 * errors. Every call here returns null or a default instead, except for {@link
 * VirtualMachineError}s (out of memory, stack overflow), which no reader can recover from and which
 * are rethrown.
 */
final class Members {
  // Bounds the walk up a class hierarchy; real ones are a dozen deep.
  private static final int MAX_SUPERCLASSES = 64;

  private Members() {}

  /**
   * The class named {@code name} among {@code value}'s class and its superclasses, found by name so
   * that the library need not be on the class path; null if there is none.
   */
  static Class<?> superclassNamed(Object value, String name) {
    if (value == null) {
      return null;
    }
    Class<?> c = value.getClass();
    for (int i = 0; c != null && i < MAX_SUPERCLASSES; i++, c = c.getSuperclass()) {
      if (c.getName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  /**
   * The result of {@code type}'s public method {@code name} on {@code target}, called virtually, so
   * that an override in a subclass the caller cannot see is reached through the library's public
   * type. Null if the method is missing or fails.
   */
  static Object call(Object target, Class<?> type, String name) {
    if (target == null || type == null) {
      return null;
    }
    try {
      return invoke(type.getMethod(name), target);
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /**
   * As {@link #call(Object, Class, String)}, for a method that is not public, where the platform
   * allows it (on Java 9 and later only if the library's package is open to this one).
   */
  static Object callDeclared(Object target, Class<?> type, String name) {
    if (target == null || type == null) {
      return null;
    }
    try {
      Method method = type.getDeclaredMethod(name);
      method.setAccessible(true);
      return invoke(method, target);
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /** As {@link #call(Object, Class, String)}, for a method of one argument. */
  static Object call(Object target, Class<?> type, String name, Class<?> parameter, Object arg) {
    if (target == null || type == null) {
      return null;
    }
    try {
      return invoke(type.getMethod(name, parameter), target, arg);
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /** As {@link #call(Object, Class, String)}, on the public class or interface it is found in. */
  static Object call(Object target, String name) {
    if (target == null) {
      return null;
    }
    try {
      return invoke(publicMethod(target.getClass(), name), target);
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /**
   * The method {@code name} of the first public class above {@code c}, or of a public interface:
   * reflection cannot call a public method through a class that is not public, such as a JDK
   * collection's implementation.
   */
  private static Method publicMethod(Class<?> c, String name) throws NoSuchMethodException {
    for (int i = 0; c != null && i < MAX_SUPERCLASSES; i++, c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers())) {
        return c.getMethod(name);
      }
      for (Class<?> type : c.getInterfaces()) {
        if (Modifier.isPublic(type.getModifiers())) {
          try {
            return type.getMethod(name);
          } catch (NoSuchMethodException e) {
            // Not on this interface; try the others.
          }
        }
      }
    }
    throw new NoSuchMethodException(name);
  }

  private static Object invoke(Method method, Object target, Object... args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() == null ? e : e.getCause();
    }
  }

  /** The value of a string member: a non-blank string, else null. */
  static String string(Object value) {
    return value instanceof String && !((String) value).trim().isEmpty() ? (String) value : null;
  }

  /** {@code t.getMessage()}, or null if it fails. */
  static String message(Throwable t) {
    try {
      return t.getMessage();
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /** {@code t.getCause()}, or null if it fails. */
  static Throwable cause(Throwable t) {
    try {
      return t.getCause();
    } catch (Throwable e) {
      return fallback(e);
    }
  }

  /** {@code t.getSuppressed()}, or none if it fails. */
  static Throwable[] suppressed(Throwable t) {
    try {
      Throwable[] suppressed = t.getSuppressed();
      return suppressed == null ? new Throwable[0] : suppressed;
    } catch (Throwable e) {
      fallback(e);
      return new Throwable[0];
    }
  }

  /**
   * What a failed call gives: null, after rethrowing a {@link VirtualMachineError} and keeping the
   * thread's interrupt status if the failure was an interrupt.
   */
  static <T> T fallback(Throwable e) {
    if (e instanceof VirtualMachineError) {
      throw (VirtualMachineError) e;
    }
    if (e instanceof InterruptedException) {
      Thread.currentThread().interrupt();
    }
    return null;
  }
}
