package org.minga.platform;

/**
 * Marks an enum whose constants people read (a status, a type, a sector...). Its words live in the message bundles,
 * never in Java: the key of a constant is {@code enum.<SimpleName>.<CONSTANT>} (for example
 * {@code enum.Priority.HIGH=Alta} in {@code i18n/referral.properties}, {@code High} in the {@code _en} bundle), read
 * with {@link Labels}. A test checks that every constant of every {@code Labelled} enum has its words in Spanish and
 * English and that no two such enums share a simple name.
 */
public interface Labelled {
}
