package org.minga.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minga.MingaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The free text of who used a toolbox item, written before uses were links ({@code V770}), is matched once: a piece
 * that is exactly the title or code of one record becomes a link, the rest stays as the note shown on the page.
 */
@MingaTest
class ToolboxOldUsesTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Toolbox toolbox;

    @Test
    void theOldFreeTextBecomesLinksWhereItNamesOneRecordAndTheRestStaysAsTheNote() {
        String comision = jdbc.sql("select name from gov_body where code = 'CIDSSB'").query(String.class).single();
        long body = jdbc.sql("select id from gov_body where code = 'CIDSSB'").query(Long.class).single();
        long programme = jdbc.sql("""
                select p.id from training_programme p join jurisdiction j on j.id = p.jurisdiction_id
                 where j.code = '11001' and p.code = 'EBE-MAS-2026'""").query(Long.class).single();
        String old = comision + "; Mesas zonales, EBE-MAS-2026";
        long item = jdbc.sql("""
                insert into toolbox_item (jurisdiction_id, code, title, kind, level, process, current_version,
                                          public, used_by, uses_to_link)
                select id, 'OLD-USES-' || floor(random() * 1000000)::int, 'Herramienta anterior a los enlaces', 'GUIDE',
                       'MACRO', 'Gestión social integral', 1, false, :old, :old
                  from jurisdiction where code = '11001' returning id""").param("old", old).query(Long.class).single();

        assertThat(toolbox.linkOldUses()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select kind || ':' || record_id from toolbox_item_use where item_id = :i order by kind")
                .param("i", item).query(String.class).list())
                        .containsExactly("body:" + body, "training-programme:" + programme);
        assertThat(jdbc.sql("select used_by from toolbox_item where id = :i").param("i", item).query(String.class)
                .single()).isEqualTo("Mesas zonales");
        assertThat(jdbc.sql("select count(*) from toolbox_item where uses_to_link is not null").query(Long.class)
                .single()).isZero();
        assertThat(toolbox.linkOldUses()).as("once").isZero();
    }
}
