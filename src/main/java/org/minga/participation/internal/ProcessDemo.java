package org.minga.participation.internal;

import java.time.LocalDate;
import java.util.List;

import org.minga.participation.internal.domain.ProcessTemplate;
import org.minga.platform.CurrentUser;
import org.minga.platform.DemoDataset;
import org.minga.platform.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * San Antonio's PLADECO 2024-2030 as a process (issue 23, seed 003): the 13 steps with their dates, the equipo
 * gestor of directors, the 16 participating directorates (typical names of a Chilean municipality, for
 * demonstration) and the pilot territorial workshop evaluated before the rounds.
 */
@Component
record ProcessDemo(ProcessService processes, Jurisdictions jurisdictions, JdbcClient jdbc) implements DemoDataset {

    static final CurrentUser LOADER = CurrentUser.demoLoader();
    static final String NAME = "PLADECO 2024-2030";

    @Override
    public String name() {
        return "participation-processes";
    }

    @Override
    public int order() {
        return 680;
    }

    @Override
    public void load() {
        jurisdictions.byCode("05601").ifPresent(j -> {
            long id = processes.open(LOADER, new ProcessService.NewProcess(j.code(), NAME, ProcessTemplate.PLADECO
                    .name(), LocalDate.of(2024, 1, 8), LocalDate.of(2030, 12, 31)));
            LocalDate[][] dates = {{d(2024, 1, 8), d(2024, 2, 23)}, {d(2024, 2, 26), d(2024, 3, 29)},
                    {d(2024, 3, 11), d(2024, 4, 5)}, {d(2024, 4, 6), d(2024, 4, 30)}, {d(2024, 5, 2), d(2024, 5, 31)},
                    {d(2024, 5, 10), d(2024, 6, 28)}, {d(2024, 7, 6), d(2024, 7, 31)}, {d(2024, 7, 1), d(2024, 7, 19)},
                    {d(2024, 7, 22), d(2024, 7, 31)}, {d(2024, 8, 1), d(2024, 9, 10)},
                    {d(2024, 9, 11), d(2024, 10, 31)}, {d(2024, 11, 4), d(2025, 1, 31)},
                    {d(2025, 2, 3), d(2025, 6, 30)}};
            for (int i = 0; i < dates.length; i++) {
                processes.updateStage(LOADER, id, i, new ProcessService.StageUpdate(dates[i][0], dates[i][1],
                        i == 0 ? "Equipo gestor" : "SECPLA", "DONE", dates[i][1]));
            }
            processes.addTeamMember(LOADER, id, "Secretaría Comunal de Planificación (SECPLA)", "Coordinación");
            processes.addTeamMember(LOADER, id, "Dirección de Desarrollo Comunitario (DIDECO)", "Territorio");
            processes.addTeamMember(LOADER, id, "Administración Municipal", "Control de gestión");
            processes.addDirectorates(LOADER, id, List.of("Secretaría Comunal de Planificación",
                    "Dirección de Desarrollo Comunitario", "Dirección de Obras Municipales",
                    "Dirección de Administración y Finanzas", "Dirección de Tránsito y Transporte Público",
                    "Dirección de Medio Ambiente, Aseo y Ornato", "Departamento de Educación Municipal",
                    "Departamento de Salud Municipal", "Dirección Jurídica", "Dirección de Control",
                    "Secretaría Municipal", "Dirección de Seguridad Pública", "Oficina de Turismo",
                    "Dirección de Cultura", "Oficina de Deportes", "Dirección de Operaciones"));
            jdbc.sql("select id from participation_space where jurisdiction_id = :j and process = :p "
                    + "and kind = 'TERRITORIAL_WORKSHOP' order by held_on, id limit 1").param("j", j.id())
                    .param("p", NAME).query(Long.class).optional()
                    .ifPresent(pilot -> processes.evaluatePilot(LOADER, id, pilot,
                            "Buena convocatoria; la dinámica de mesas superó el tiempo previsto y costó registrar "
                                    + "los aportes de cada mesa.",
                            "Se acortó la presentación inicial, se asignó un registrador por mesa y se usó una "
                                    + "ficha única de aportes en las vueltas siguientes."));
        });
    }

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }
}
