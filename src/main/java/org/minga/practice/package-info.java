/**
 * Practice: the bank of good practices and lessons learned, documented in official formats held as data
 * (Función Pública Anexo N° 1, Bogotá 4202000-FT-1311, innovation applications), with evaluation by
 * evaluators outside the authoring entity, publication in a public bank, and evidence from Minga data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Buenas prácticas", allowedDependencies = {"platform",
        "territory"})
package org.minga.practice;
