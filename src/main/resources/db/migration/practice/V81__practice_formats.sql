-- The three official formats of the seeds, as data (version 1 of each). A new format is a new row.

insert into practice_format (code, version, name, issuer, definition, created_by) values
('funcion-publica-anexo-1', 1, 'Formato de documentación de buenas prácticas de gestión pública (Anexo N° 1)', 'Función Pública (Departamento Administrativo de la Función Pública)', $fmt$
{
 "title": "Anexo N° 1: FORMATO DE DOCUMENTACIÓN DE BUENAS PRÁCTICAS DE GESTIÓN PÚBLICA.",
 "intro": "Por favor responder de forma concreta y usando el lenguaje más claro posible",
 "source": "Tomado de la Función Pública",
 "levelQuestion": "nivel",
 "authorizationQuestion": "autoriza",
 "titleQuestion": "nombre",
 "footnotes": [
  "Para orientar el diligenciamiento con respecto a qué es una buena práctica de gestión pública, tipo de buenas prácticas y demás información relacionada debe consultar la Guía metodológica para la clasificación y documentación de buenas prácticas de gestión pública.",
  "Un primer nivel, aquellas que reflejan aprendizajes y ejemplifican acciones desarrolladas por las entidades u organismos de la gestión pública. Un segundo nivel, aquellas que resuelven necesidades o problemas puntuales de la gestión pública demostrando que funcionan bien y cuentan con buenos resultados."
 ],
 "sections": [
  {
   "key": "identificacion",
   "title": "(1) IDENTIFICACIÓN",
   "intro": "Las siguientes preguntas buscan conocer la generalidad y características de la buena práctica de cualquier nivel.",
   "items": [
    {
     "key": "fecha",
     "type": "date",
     "label": "Fecha de diligenciamiento",
     "required": true
    },
    {
     "key": "entidad",
     "type": "text",
     "label": "Nombre de la entidad",
     "required": true
    },
    {
     "key": "dependencia",
     "type": "text",
     "label": "Nombre de la dependencia o área",
     "required": true
    },
    {
     "key": "persona",
     "type": "text",
     "label": "Nombre de la persona que diligencia el formato",
     "required": true
    },
    {
     "key": "cargo",
     "type": "text",
     "label": "Cargo",
     "required": false
    },
    {
     "key": "correo",
     "type": "email",
     "label": "Correo electrónico institucional",
     "required": false
    },
    {
     "key": "celular",
     "type": "phone",
     "label": "Numero de contacto celular",
     "required": false
    },
    {
     "key": "estrategia",
     "type": "multichoice",
     "label": "Tipo de estrategia de identificación de la buena práctica (marque según corresponda con una x el tipo de estrategia)",
     "required": true,
     "options": [
      {
       "value": "interna",
       "label": "Identificación interna"
      },
      {
       "value": "indagacion",
       "label": "Identificación por indagación."
      },
      {
       "value": "asesoria",
       "label": "Identificación por asesoría."
      },
      {
       "value": "campanas",
       "label": "Identificación por campañas temáticas."
      }
     ]
    },
    {
     "key": "nivel",
     "type": "choice",
     "label": "Nivel de la buena práctica (marque según corresponda con una x el nivel de la buena práctica)",
     "required": true,
     "help": "Un primer nivel, aquellas que reflejan aprendizajes y ejemplifican acciones desarrolladas por las entidades u organismos de la gestión pública. Un segundo nivel, aquellas que resuelven necesidades o problemas puntuales de la gestión pública demostrando que funcionan bien y cuentan con buenos resultados.",
     "options": [
      {
       "value": "1",
       "label": "De primer nivel"
      },
      {
       "value": "2",
       "label": "De segundo nivel"
      }
     ]
    },
    {
     "key": "nombre",
     "type": "longtext",
     "label": "¿Qué nombre describe mejor la buena práctica?",
     "required": true
    },
    {
     "key": "proposito",
     "type": "longtext",
     "label": "¿Cuál fue el propósito de la buena práctica?",
     "required": true
    },
    {
     "key": "desarrollo",
     "type": "longtext",
     "label": "¿Cómo se desarrolló la buena práctica?",
     "required": true
    },
    {
     "key": "material",
     "type": "longtext",
     "label": "¿Qué tipo de material se elaboró y desarrolló a partir de la buena práctica, si aplica?",
     "required": false
    },
    {
     "key": "periodo",
     "type": "longtext",
     "label": "¿Cuál es el periodo en el que se desarrolló de la buena práctica?",
     "required": true
    },
    {
     "key": "apoyo",
     "type": "longtext",
     "label": "¿Recibió algún tipo de apoyo para desarrollar la buena práctica?",
     "required": true
    },
    {
     "key": "reconocimiento",
     "type": "longtext",
     "label": "¿La buena práctica ha recibido algún tipo de reconocimiento nacional o internacional?",
     "required": true
    }
   ]
  },
  {
   "key": "atributos",
   "title": "(2) DESCRIPCIÓN DE LOS ATRIBUTOS DE LA BUENA PRÁCTICA",
   "intro": "Las preguntas en este apartado buscan conocer el cumplimiento de las características o atributos de la buena práctica.",
   "items": [
    {
     "type": "note",
     "label": "Las siguientes dos preguntas deben ser contestadas para las prácticas de cualquier nivel"
    },
    {
     "key": "sencilla",
     "type": "longtext",
     "label": "¿Qué hace que la buena práctica sea sencilla y simple?",
     "required": true
    },
    {
     "key": "pertinente",
     "type": "longtext",
     "label": "Señale de qué forma ¿es pertinente y adecuada al contexto en donde se implementó?",
     "required": true
    },
    {
     "type": "note",
     "label": "En el caso de ser una buena práctica de segundo nivel debe responder adicionalmente las siguientes preguntas:",
     "levels": [
      2
     ]
    },
    {
     "key": "situacion",
     "type": "longtext",
     "label": "¿Cuál fue la situación, necesidad o problema específico que se buscaba modificar con la buena práctica?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "resultados",
     "type": "longtext",
     "label": "¿Cuáles fueron los resultados alcanzados por la buena práctica?",
     "required": true,
     "levels": [
      2
     ],
     "help": "Describe los resultados en términos cualitativos y cuantitativos (máximo 200 palabras)",
     "maxWords": 200
    },
    {
     "key": "eficiencia",
     "type": "longtext",
     "label": "¿Cómo la buena práctica mejora la eficiencia o la efectividad en la gestión pública?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "sustentable",
     "type": "longtext",
     "label": "¿Qué hace que la buena práctica pueda ser sustentable en el tiempo (pueda mantenerse y producir efectos duraderos)?",
     "required": true,
     "levels": [
      2
     ]
    }
   ]
  },
  {
   "key": "criterios",
   "title": "(3) CRITERIOS PARA LA EVALUACIÓN DE LA BUENA PRÁCTICA",
   "intro": "Las siguientes preguntas buscan brindar información para evaluar y seleccionar las buenas prácticas",
   "items": [
    {
     "type": "note",
     "label": "Los siguientes criterios aplican tanto para el primer como el segundo nivel de buena práctica"
    },
    {
     "key": "creatividad_1",
     "type": "longtext",
     "label": "CREATIVIDAD: ¿Por qué su buena práctica puede considerarse creativa?",
     "required": true
    },
    {
     "key": "creatividad_2",
     "type": "longtext",
     "label": "CREATIVIDAD: ¿Cómo contribuyó a mejorar la prestación de bienes y servicios a los grupos de valor?",
     "required": true
    },
    {
     "key": "creatividad_3",
     "type": "longtext",
     "label": "CREATIVIDAD: ¿La práctica se fundamentó en nuevas ideas y/o la exploración en escenarios de ideación y experimentación?",
     "required": true
    },
    {
     "key": "creatividad_4",
     "type": "longtext",
     "label": "CREATIVIDAD: ¿Qué transformaciones fueron generadas a partir de su buena práctica?",
     "required": true
    },
    {
     "key": "aprendizaje_1",
     "type": "longtext",
     "label": "POTENCIAL DE APRENDIZAJE: ¿La práctica es comprensible gracias a su sencillez y el lenguaje claro utilizado en su desarrollo?",
     "required": true
    },
    {
     "key": "aprendizaje_2",
     "type": "longtext",
     "label": "POTENCIAL DE APRENDIZAJE: ¿cómo se preservó en la entidad el aprendizaje derivado de la buena práctica?",
     "required": true
    },
    {
     "key": "aprendizaje_3",
     "type": "longtext",
     "label": "POTENCIAL DE APRENDIZAJE: ¿La experiencia adquirida en el desarrollo de la práctica orientó nuevas formas del quehacer institucional?",
     "required": true
    },
    {
     "key": "aprendizaje_4",
     "type": "longtext",
     "label": "POTENCIAL DE APRENDIZAJE: ¿Se fortaleció la memoria institucional como resultado de la práctica implementada?",
     "required": true
    },
    {
     "key": "eficacia_1",
     "type": "longtext",
     "label": "EFICACIA: ¿La práctica formuló la consecución de un resultado?",
     "required": true
    },
    {
     "key": "eficacia_2",
     "type": "longtext",
     "label": "EFICACIA: ¿La práctica logró el resultado deseado?",
     "required": true
    },
    {
     "type": "note",
     "label": "En el caso de ser una práctica de segundo nivel le aplican adicionalmente los siguientes criterios:",
     "levels": [
      2
     ]
    },
    {
     "key": "resultados_1",
     "type": "longtext",
     "label": "RESULTADOS EFECTIVOS: ¿Cómo los resultados generaron una mejora o un cambio positivo en la gestión pública?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "resultados_2",
     "type": "longtext",
     "label": "RESULTADOS EFECTIVOS: ¿Cuáles fueron los beneficiarios principales e indirectos de la buena práctica? (de ser posible, especificar número de personas)",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "replica_1",
     "type": "longtext",
     "label": "CAPACIDAD DE RÉPLICA: ¿Qué recursos (humanos, financieros, tecnológico, físicos u otros) se requirieron para llevar a cabo la buena práctica, y cómo aseguraron su disponibilidad?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "replica_2",
     "type": "longtext",
     "label": "CAPACIDAD DE RÉPLICA: ¿Cuáles fueron los factores que favorecieron el desarrollo de la buena práctica?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "replica_3",
     "type": "longtext",
     "label": "CAPACIDAD DE RÉPLICA: ¿Cuáles fueron los principales obstáculos o limitaciones que se presentaron en el desarrollo de la buena práctica?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "sustentabilidad_1",
     "type": "longtext",
     "label": "SUSTENTABILIDAD: ¿Cuál es la capacidad de adaptación de la buena práctica a cambios en la autoridad política o cambios administrativos?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "alianzas_1",
     "type": "longtext",
     "label": "CREACIÓN DE ALIANZAS: ¿Qué alianzas internas y/o externas se generaron en el desarrollo de la buena práctica para el abordaje de la necesidad identificada?",
     "required": true,
     "levels": [
      2
     ]
    },
    {
     "key": "alianzas_2",
     "type": "longtext",
     "label": "CREACIÓN DE ALIANZAS: Explique ¿cómo incidió el trabajo colaborativo para la generación de los resultados de la buena práctica?",
     "required": true,
     "levels": [
      2
     ]
    }
   ]
  },
  {
   "key": "autorizacion",
   "title": null,
   "items": [
    {
     "key": "autoriza",
     "type": "yesno",
     "label": "¿Cómo área/entidad autoriza que la información contenida en este formato pueda ser difundida con otras áreas y/o entidades?",
     "required": true
    },
    {
     "type": "note",
     "label": "Aceptación de condiciones y envío de inscripción de buena práctica"
    },
    {
     "key": "acepta",
     "type": "acceptance",
     "label": "Al diligenciar el formulario el usuario manifiesta de manera expresa e inequívoca que es el legítimo titular de la información proporcionada y que la misma es veraz, completa, exacta, actualizada y verificable. Del mismo modo, el usuario declara de manera libre, expresa, inequívoca e informada, que autoriza a Función Pública para que, en los términos de la Ley 1581 de 2012, realice la recolección, almacenamiento, uso, circulación, supresión, y en general, tratamiento de sus datos personales, para que dicho tratamiento se realice con el propósito de lograr la difusión del proyecto destacado.",
     "required": true
    }
   ]
  }
 ],
 "criteria": [
  {
   "key": "creatividad",
   "label": "Creatividad",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "aprendizaje",
   "label": "Potencial de aprendizaje",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "eficacia",
   "label": "Eficacia",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "resultados",
   "label": "Resultados efectivos",
   "levels": [
    2
   ]
  },
  {
   "key": "replica",
   "label": "Capacidad de réplica",
   "levels": [
    2
   ]
  },
  {
   "key": "sustentabilidad",
   "label": "Sustentabilidad",
   "levels": [
    2
   ]
  },
  {
   "key": "alianzas",
   "label": "Creación de alianzas",
   "levels": [
    2
   ]
  }
 ],
 "rubric": [
  {
   "score": 1,
   "label": "Sin evidencia",
   "descriptor": "La práctica no muestra evidencia del criterio."
  },
  {
   "score": 2,
   "label": "Incipiente",
   "descriptor": "Hay menciones generales del criterio sin datos ni ejemplos verificables."
  },
  {
   "score": 3,
   "label": "Aceptable",
   "descriptor": "El criterio se cumple con ejemplos concretos, aunque la evidencia es parcial."
  },
  {
   "score": 4,
   "label": "Sólida",
   "descriptor": "El criterio se cumple con evidencia verificable y resultados claros."
  },
  {
   "score": 5,
   "label": "Sobresaliente",
   "descriptor": "El criterio se cumple de forma ejemplar, con resultados medidos y transferibles a otras entidades."
  }
 ]
}
$fmt$::jsonb, 'sistema');

insert into practice_format (code, version, name, issuer, definition, created_by) values
('bogota-4202000-ft-1311', 1, 'Documentación de buenas prácticas de gestión pública (4202000-FT-1311)', 'Secretaría General de la Alcaldía Mayor de Bogotá', $fmt$
{
 "title": "BUENAS PRÁCTICAS DE GESTIÓN PÚBLICA",
 "header": [
  [
   "PROCESO",
   "GESTIÓN DEL CONOCIMIENTO"
  ],
  [
   "PROCEDIMIENTO",
   "Buenas prácticas y lecciones aprendidas de gestión pública"
  ],
  [
   "FORMATO",
   "Documentación de buenas prácticas de gestión pública"
  ],
  [
   "CÓDIGO",
   "4202000- FT-1311"
  ],
  [
   "VERSIÓN",
   "01"
  ]
 ],
 "intro": "Son \"actuaciones concretas, prácticas o soluciones basadas en ciertos conocimientos, investigaciones o experimentos y que, gracias a su utilidad y sencillez, brindan herramientas, métodos y técnicas, que pueden aumentar las posibilidades de éxito de la gestión y servir de ejemplo para otras entidades.\"",
 "notice": "Nota: Los datos recolectados en esta ficha serán tratados bajo lo dispuesto en la Ley 1581 de 2012, \"Por el cual se dictan disposiciones generales para la protección de datos personales\".",
 "footnotes": [
  "Metodología para la clasificación y documentación de buenas prácticas de gestión pública, DAFP 2021 p6."
 ],
 "titleQuestion": "nombre",
 "sections": [
  {
   "key": "fecha",
   "title": null,
   "items": [
    {
     "key": "fecha",
     "type": "date",
     "label": "Fecha de diligenciamiento del formato:",
     "required": true
    }
   ]
  },
  {
   "key": "general",
   "title": "1. INFORMACIÓN GENERAL",
   "items": [
    {
     "key": "nombre",
     "type": "text",
     "label": "Nombre de la buena práctica de gestión pública:",
     "required": true
    },
    {
     "key": "dependencia",
     "type": "text",
     "label": "Dependencia responsable de la buena práctica:",
     "required": true
    },
    {
     "key": "directivo",
     "type": "text",
     "label": "Directivo(a) de la dependencia:",
     "required": false
    },
    {
     "key": "proceso",
     "type": "text",
     "label": "Proceso al que pertenece la buena práctica:",
     "required": true
    },
    {
     "key": "equipo",
     "type": "text",
     "label": "Equipo y/o grupo interno de trabajo donde se identifica la buena práctica:",
     "required": false
    },
    {
     "key": "colaborador",
     "type": "text",
     "label": "Colaborador(a) responsable:",
     "required": false
    },
    {
     "key": "vinculacion",
     "type": "text",
     "label": "Tipo de vinculación:",
     "required": false
    },
    {
     "key": "contacto",
     "type": "phone",
     "label": "Número de contacto:",
     "required": false
    },
    {
     "key": "correo",
     "type": "email",
     "label": "Correo institucional de contacto:",
     "required": false
    },
    {
     "key": "fecha_inicio",
     "type": "date",
     "label": "Fecha de inicio de la buena práctica:",
     "required": true
    }
   ]
  },
  {
   "key": "identificacion",
   "title": "2. IDENTIFICACIÓN DE LA BUENA PRÁCTICA",
   "items": [
    {
     "key": "descripcion",
     "type": "longtext",
     "label": "Descripción de la buena práctica",
     "required": true,
     "help": "Describa brevemente la buena práctica, es decir información sobre las principales necesidades detectadas en el proceso, dependencia, producto y/o servicio. Se sugiere redactarla en clave de una necesidad o brecha de conocimiento identificada. Además, mencione las acciones fundamentales de ésta (beneficios generados a personas, procesos, proyectos, grupos de valor, etc.) y el conjunto de circunstancias que hacen parte de la buena práctica, por ejemplo, aspectos institucionales u otros factores determinantes (económicos, políticos, sociales, etc.)."
    },
    {
     "key": "linea_base",
     "type": "longtext",
     "label": "Línea base:",
     "required": true,
     "help": "Enuncie cuál es la línea base, estado del arte o punto de partida de la buena práctica o situación a afrontar. ¿Cómo y cuáles fueron las soluciones o acciones de mejora? (Si las hubo)."
    },
    {
     "key": "poblacion",
     "type": "longtext",
     "label": "Población objetivo:",
     "required": true,
     "help": "Mencione los grupos poblacionales, sectores sociales y/o grupos de valor a los cuáles fue dirigida la buena práctica."
    },
    {
     "type": "note",
     "label": "Alcance:"
    },
    {
     "type": "note",
     "label": "Mencione objetivos y tiempo en el que se desarrolló la buena práctica",
     "style": "help"
    },
    {
     "key": "objetivo_general",
     "type": "longtext",
     "label": "Objetivo general:",
     "required": true
    },
    {
     "key": "objetivos_especificos",
     "type": "longtext",
     "label": "Objetivos Específicos:",
     "required": true
    }
   ]
  },
  {
   "key": "contribucion",
   "title": "3. CONTRIBUCIÓN DE LA BUENA PRÁCTICA",
   "items": [
    {
     "key": "aporte",
     "type": "longtext",
     "label": "Aporte de la buena práctica:",
     "required": true,
     "help": "Explicar porque la acción funciona bien o es susceptible de implementarse. Analice resultados y beneficios que produjo la buena práctica."
    },
    {
     "key": "difusion",
     "type": "longtext",
     "label": "Difusión:",
     "required": true,
     "help": "Describa brevemente las actividades de difusión de la buena práctica que realizó su dependencia. Si la difusión se realizó con algún tipo de recurso (carteles, fotografías, video y audio, etc.)."
    },
    {
     "key": "otros",
     "type": "longtext",
     "label": "Otros aspectos:",
     "required": false,
     "help": "Agregue los comentarios y demás aspectos que quiera aclarar sobre la buena práctica."
    }
   ]
  },
  {
   "key": "sostenibilidad",
   "title": "4. SOSTENIBILIDAD DE LA BUENA PRÁCTICA",
   "items": [
    {
     "key": "retos",
     "type": "longtext",
     "label": "Retos a futuro:",
     "required": true,
     "help": "Señale que desafíos y/o amenazas puede enfrentar esta buena práctica."
    },
    {
     "key": "estabilidad",
     "type": "longtext",
     "label": "Estabilidad de la buena práctica:",
     "required": true,
     "help": "Indique cambios duraderos verificables en el tiempo, período de implementación, medios para garantizar su continuidad y adaptación a otras situaciones. Indique que elementos de la buena práctica se quieren mantener en el tiempo y de qué forma se lograría dicho objetivo."
    }
   ]
  },
  {
   "key": "conclusiones",
   "title": "5. CONCLUSIONES",
   "items": [
    {
     "key": "conclusiones",
     "type": "longtext",
     "label": "Conclusiones",
     "required": true
    }
   ]
  },
  {
   "key": "anexos",
   "title": "6. ANEXOS",
   "items": [
    {
     "key": "anexos",
     "type": "attachments",
     "label": "Anexe los soportes que se crean convenientes, que soporten la implementación de la buena práctica.",
     "required": false
    }
   ]
  }
 ],
 "criteria": [
  {
   "key": "creatividad",
   "label": "Creatividad",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "aprendizaje",
   "label": "Potencial de aprendizaje",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "eficacia",
   "label": "Eficacia",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "sostenibilidad",
   "label": "Sostenibilidad",
   "levels": [
    1,
    2
   ]
  }
 ],
 "rubric": [
  {
   "score": 1,
   "label": "Sin evidencia",
   "descriptor": "La práctica no muestra evidencia del criterio."
  },
  {
   "score": 2,
   "label": "Incipiente",
   "descriptor": "Hay menciones generales del criterio sin datos ni ejemplos verificables."
  },
  {
   "score": 3,
   "label": "Aceptable",
   "descriptor": "El criterio se cumple con ejemplos concretos, aunque la evidencia es parcial."
  },
  {
   "score": 4,
   "label": "Sólida",
   "descriptor": "El criterio se cumple con evidencia verificable y resultados claros."
  },
  {
   "score": 5,
   "label": "Sobresaliente",
   "descriptor": "El criterio se cumple de forma ejemplar, con resultados medidos y transferibles a otras entidades."
  }
 ]
}
$fmt$::jsonb, 'sistema');

insert into practice_format (code, version, name, issuer, definition, created_by) values
('innovacion-postulacion', 1, 'Postulación de iniciativa de innovación', 'Postulación municipal de innovación (San Antonio, Chile)', $fmt$
{
 "title": "Postulación de iniciativa de innovación",
 "sections": [
  {
   "key": "equipo",
   "title": "Equipo",
   "items": [
    {
     "key": "equipo",
     "type": "longtext",
     "label": "Integrantes del equipo",
     "required": true,
     "help": "Un nombre por línea."
    }
   ]
  },
  {
   "key": "iniciativa",
   "title": "Iniciativa",
   "items": [
    {
     "key": "descripcion",
     "type": "longtext",
     "label": "Describa de manera general la iniciativa que está postulando:",
     "required": true
    },
    {
     "key": "innovadora",
     "type": "longtext",
     "label": "¿Por qué considera que la iniciativa es innovadora?",
     "required": true
    },
    {
     "key": "problema",
     "type": "longtext",
     "label": "¿Cuál es el problema u oportunidad identificado del que se hace cargo esta innovación?",
     "required": true
    },
    {
     "key": "origen",
     "type": "longtext",
     "label": "¿Desde dónde se origina la iniciativa?",
     "required": true
    },
    {
     "key": "proceso",
     "type": "longtext",
     "label": "Describa el proceso de gestión e implementación de la iniciativa. Incluya además si durante este proceso la iniciativa fue prototipada, testeada, evaluada y piloteada, antes de alcanzar su estado actual o final.",
     "required": true
    },
    {
     "key": "beneficiarios",
     "type": "longtext",
     "label": "¿A quién o a quiénes beneficia la iniciativa? Especifique si los usuarios son funcionarios/as y/o ciudadanos/as. Adicionalmente, cuantifique la cantidad de usuarios/as que se ven beneficiados actualmente con la iniciativa.",
     "required": true
    },
    {
     "key": "repercusiones",
     "type": "longtext",
     "label": "¿Qué repercusiones positivas generó en los/as usuarios/as (funcionarios/as o usuarios/as-ciudadanos/as) la solución implementada?",
     "required": true
    }
   ]
  },
  {
   "key": "indicadores",
   "title": "Indicadores",
   "items": [
    {
     "key": "indicadores",
     "type": "table",
     "label": "Indicadores",
     "required": true,
     "columns": [
      {
       "key": "nombre",
       "label": "Nombre",
       "type": "text"
      },
      {
       "key": "antes",
       "label": "Valor Antes",
       "type": "number"
      },
      {
       "key": "despues",
       "label": "Valor Después",
       "type": "number"
      },
      {
       "key": "comentarios",
       "label": "Comentarios",
       "type": "text"
      }
     ]
    }
   ]
  }
 ],
 "criteria": [
  {
   "key": "innovacion",
   "label": "Carácter innovador",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "problema",
   "label": "Pertinencia del problema u oportunidad",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "resultados",
   "label": "Resultados medidos (indicadores antes y después)",
   "levels": [
    1,
    2
   ]
  },
  {
   "key": "replica",
   "label": "Capacidad de réplica",
   "levels": [
    1,
    2
   ]
  }
 ],
 "rubric": [
  {
   "score": 1,
   "label": "Sin evidencia",
   "descriptor": "La práctica no muestra evidencia del criterio."
  },
  {
   "score": 2,
   "label": "Incipiente",
   "descriptor": "Hay menciones generales del criterio sin datos ni ejemplos verificables."
  },
  {
   "score": 3,
   "label": "Aceptable",
   "descriptor": "El criterio se cumple con ejemplos concretos, aunque la evidencia es parcial."
  },
  {
   "score": 4,
   "label": "Sólida",
   "descriptor": "El criterio se cumple con evidencia verificable y resultados claros."
  },
  {
   "score": 5,
   "label": "Sobresaliente",
   "descriptor": "El criterio se cumple de forma ejemplar, con resultados medidos y transferibles a otras entidades."
  }
 ]
}
$fmt$::jsonb, 'sistema');
