package org.minga.platform;

/**
 * A kind of notification people choose to receive or not, and by e-mail or not: the part of a notification's
 * {@code kind} before the first dot ("referral" for "referral.arrived"). Each module declares the topics it
 * notifies as beans; the preferences page ({@code /notifications/preferences}) lists them all.
 */
public record NotificationTopic(String key, String label, String description, int order) {

    public NotificationTopic {
        if (key == null || !key.matches("[a-z][a-z-]{1,38}")) {
            throw new IllegalArgumentException("A topic key is lower case letters and dashes: " + key);
        }
    }

    /** The topic of a notification kind ("referral.arrived" -> "referral"). */
    public static String of(String kind) {
        int dot = kind.indexOf('.');
        return dot < 0 ? kind : kind.substring(0, dot);
    }
}
