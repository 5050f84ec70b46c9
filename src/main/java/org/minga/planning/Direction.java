package org.minga.planning;

/** Whether an indicator improves as it rises or as it falls. */
public enum Direction {
    HIGHER_IS_BETTER("Mayor es mejor"),
    LOWER_IS_BETTER("Menor es mejor");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
