package org.minga.sample;

import java.util.List;

/** A fixture of CodeSizeTests and TableOwnershipTests: what the guardrails count, on a file whose sizes are known. */
@Deprecated
@SuppressWarnings("all")
class Sample {

    /** The Javadoc and the annotation are not counted: the method spans lines 12 to 16, 5 lines. */
    @Override
    public String toString() {
        // a comment counts, and so does the blank line below

        return "x";
    }

    static final String WRITE = """
            insert into household (id, territory_id)
            select id, territory_id from person where id = :id""";

    static final String READ = "select p.id from person p "
            + "join territory t on t.id = p.territory_id";

    @Deprecated record Inner(int a) {
        Inner {
            if (a < 0) {
                throw new IllegalArgumentException("a");
            }
        }
    }

    List<String> names() {
        return List.of(new Object() {
            @Override
            public String toString() {
                return "anonymous";
            }
        }.toString());
    }
}
