<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About MentorDesk</source>
      <translation>Acerca de MentorDesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;Run all of your mentor relationships on your own computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Todas tus relaciones de mentoría en tu propio ordenador, sin conexión.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Carpeta de datos:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de datos:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;MentorDesk is free software under the MIT licence. It uses Qt and Qt for Python (PySide6), which are licensed under the GNU Lesser General Public License v3; you may replace them with your own build. The licences of everything MentorDesk ships with are in its licences folder.&lt;/p&gt;</source>
      <translation>&lt;p&gt;MentorDesk es software libre bajo la licencia MIT. Usa Qt y Qt for Python (PySide6), con licencia GNU Lesser General Public License v3; puedes sustituirlos por tu propia compilación. Las licencias de todo lo que incluye MentorDesk están en su carpeta de licencias.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>Licencias</translation>
    </message>
    <message>
      <source>Open the licences folder</source>
      <translation>Abrir la carpeta de licencias</translation>
    </message>
  </context>
  <context>
    <name>ActionDoneDialog</name>
    <message>
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>How did it turn out? What did you learn?</source>
      <translation>¿Cómo salió? ¿Qué aprendiste?</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <source>Report back to {name} at the next meeting</source>
      <translation>Contárselo a {name} en la próxima reunión</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>Contárselo al mentor</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Resultado</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Hecha el</translation>
    </message>
  </context>
  <context>
    <name>ActionItemDialog</name>
    <message>
      <source>Edit action item</source>
      <translation>Editar tarea</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Nueva tarea</translation>
    </message>
    <message>
      <source>Mentor the advice came from</source>
      <translation>Mentor del que vino el consejo</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>What you will do</source>
      <translation>Lo que vas a hacer</translation>
    </message>
    <message>
      <source>What will you do? e.g. Read chapter 3 of …</source>
      <translation>¿Qué vas a hacer? p. ej. Leer el capítulo 3 de …</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>&amp;Tarea</translation>
    </message>
    <message>
      <source>on</source>
      <translation>el</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>&amp;Vence</translation>
    </message>
    <message>
      <source>Tell the mentor how it went</source>
      <translation>Contarle al mentor cómo fue</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>Contárselo al mentor</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privado: nunca en nada que se copie o se envíe</translation>
    </message>
    <message>
      <source>Private action item</source>
      <translation>Tarea privada</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Resultado</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>Añadir tarea</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Intro</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Elige un mentor…</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsModel</name>
    <message>
      <source>Action item</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Sin fecha</translation>
    </message>
    <message>
      <source>Double-click or press F2 to set a due date</source>
      <translation>Doble clic o F2 para fijar un vencimiento</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Capture action item</source>
      <translation>Capturar tarea</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)</source>
      <translation>Convertir la selección o la línea actual de las notas en una tarea (Ctrl+Mayús+A)</translation>
    </message>
    <message>
      <source>Action items from this meeting</source>
      <translation>Tareas de esta reunión</translation>
    </message>
    <message>
      <source>Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A.</source>
      <translation>Aún no hay nada capturado. Pon el cursor en una línea de las notas y pulsa Ctrl+Mayús+A.</translation>
    </message>
    <message>
      <source>Due…</source>
      <translation>Vence…</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fijar vencimiento</translation>
    </message>
    <message>
      <source>Set the due date of the selected action item (F2)</source>
      <translation>Fijar el vencimiento de la tarea seleccionada (F2)</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove action item</source>
      <translation>Quitar tarea</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>Quitar la tarea seleccionada (Supr)</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsView</name>
    <message>
      <source>No action items yet</source>
      <translation>Aún no hay tareas</translation>
    </message>
    <message>
      <source>Action items are the advice you decide to act on. Capture them while you talk: in meeting mode, put the cursor on a line of your notes and press Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. They all gather here, with due dates and how they turned out.</source>
      <translation>Las tareas son los consejos que decides poner en práctica. Captúralas mientras habláis: en el modo reunión, pon el cursor en una línea de tus notas y pulsa Ctrl+Mayús+A. ¿Un consejo que llegó por correo? Pulsa aquí Ctrl+Mayús+A para añadirlo. Todas se reúnen aquí, con su vencimiento y su resultado.</translation>
    </message>
    <message>
      <source>Add an action item</source>
      <translation>Añadir una tarea</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Mostrar mentor</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Mostrar estado</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencidas</translation>
    </message>
    <message>
      <source>To report back</source>
      <translation>Para contar</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Nueva tarea…</translation>
    </message>
    <message>
      <source>Add advice you will act on (Ctrl+Shift+A)</source>
      <translation>Añadir un consejo que pondrás en práctica (Ctrl+Mayús+A)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Marcar como hecha…</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Reabrir</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Due date…</source>
      <translation>Vencimiento…</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Contar resultado</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Ir al mentor</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Todos los mentores</translation>
    </message>
    <message>
      <source>No action items match this filter. Choose “All” to see every one.</source>
      <translation>Ninguna tarea coincide con este filtro. Elige «Todas» para verlas todas.</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>Action</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Vence</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Contar resultado</translation>
    </message>
    <message>
      <source>⚠ Overdue · {date}</source>
      <translation>⚠ Vencida · {date}</translation>
    </message>
    <message>
      <source>Reported {date}</source>
      <translation>Contado el {date}</translation>
    </message>
    <message>
      <source>To report</source>
      <translation>Por contar</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Sí</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>Sin vencimiento</translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation>
        <numerusform>Vencida hace %n día: vencía el {date}</numerusform>
        <numerusform>Vencida hace %n días: vencía el {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Vence el {date}</translation>
    </message>
    <message>
      <source>Tell {name} how it went</source>
      <translation>Contarle a {name} cómo fue</translation>
    </message>
    <message>
      <source>Tell the mentor how it went, once it is done</source>
      <translation>Contarle al mentor cómo fue, una vez hecha</translation>
    </message>
    <message>
      <source>{text} (private: never copied or sent)</source>
      <translation>{text} (privado: nunca se copia ni se envía)</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>New agenda point</source>
      <translation>Nuevo punto de la agenda</translation>
    </message>
    <message>
      <source>Type a point and press Enter</source>
      <translation>Escribe un punto y pulsa Intro</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Añadir</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>done</source>
      <translation>hecho</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>pendiente</translation>
    </message>
    <message>
      <source>{state}, private</source>
      <translation>{state}, privado</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves</source>
      <translation>Espacio marca, F2 edita, Supr quita, Alt+Arriba/Abajo mueve</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>Nuevo punto de la agenda</translation>
    </message>
    <message>
      <source>Add a point and press Enter</source>
      <translation>Añade un punto y pulsa Intro</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Remove the selected point (Delete)</source>
      <translation>Quitar el punto seleccionado (Supr)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Subir (Alt+Arriba)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Bajar (Alt+Abajo)</translation>
    </message>
  </context>
  <context>
    <name>AgendaPreviewDialog</name>
    <message>
      <source>Copy agenda</source>
      <translation>Copiar agenda</translation>
    </message>
    <message>
      <source>This is exactly what will be copied:</source>
      <translation>Esto es exactamente lo que se copiará:</translation>
    </message>
    <message>
      <source>The agenda as it will be copied</source>
      <translation>La agenda tal como se copiará</translation>
    </message>
    <message numerus="yes">
      <source>%n private point(s) stay here and are not copied.</source>
      <translation>
        <numerusform>%n punto privado se queda aquí y no se copia.</numerusform>
        <numerusform>%n puntos privados se quedan aquí y no se copian.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompare</name>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>Version {n} · agreed {day}</source>
      <translation>Versión {n} · acordada el {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status} · agreed {day}</source>
      <translation>Versión {n} · {status} · acordada el {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status}</source>
      <translation>Versión {n} · {status}</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompareDialog</name>
    <message>
      <source>Compare versions of the agreement with {name}</source>
      <translation>Comparar versiones del acuerdo con {name}</translation>
    </message>
    <message>
      <source>Earlier version</source>
      <translation>Versión anterior</translation>
    </message>
    <message>
      <source>Later version</source>
      <translation>Versión posterior</translation>
    </message>
    <message>
      <source>Show only what changed</source>
      <translation>Mostrar solo lo que cambió</translation>
    </message>
    <message>
      <source>The two versions side by side</source>
      <translation>Las dos versiones, una al lado de la otra</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>These two versions say the same.</source>
      <translation>Estas dos versiones dicen lo mismo.</translation>
    </message>
    <message>
      <source>{count} of {total} terms changed: {names}.</source>
      <translation>{count} de {total} términos cambiados: {names}.</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>cambiado</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Término</translation>
    </message>
  </context>
  <context>
    <name>AgreementForm</name>
    <message>
      <source>S&amp;tatus</source>
      <translation>Es&amp;tado</translation>
    </message>
    <message>
      <source>Agreement status</source>
      <translation>Estado del acuerdo</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Acordado el</translation>
    </message>
    <message>
      <source>&amp;Goals</source>
      <translation>&amp;Objetivos</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Objetivos de la mentoría</translation>
    </message>
    <message>
      <source>What should be different when this ends?</source>
      <translation>¿Qué debería ser distinto cuando termine?</translation>
    </message>
    <message>
      <source>Meet &amp;every</source>
      <translation>Reunirse &amp;cada</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
      <source>e.g. 4</source>
      <translation>p. ej. 4</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Duración</translation>
    </message>
    <message>
      <source>Typical duration in minutes</source>
      <translation>Duración habitual en minutos</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Formato</translation>
    </message>
    <message>
      <source>Meeting format</source>
      <translation>Formato de las reuniones</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Enlace</translation>
    </message>
    <message>
      <source>Video or meeting link</source>
      <translation>Enlace de vídeo o de reunión</translation>
    </message>
    <message>
      <source>https://meet.example.com/abc</source>
      <translation>https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>T&amp;opics</source>
      <translation>Te&amp;mas</translation>
    </message>
    <message>
      <source>Topics, one per line</source>
      <translation>Temas, uno por línea</translation>
    </message>
    <message>
      <source>One per line; offered when you plan a meeting</source>
      <translation>Uno por línea; se ofrecen al planificar una reunión</translation>
    </message>
    <message>
      <source>Every &amp;time</source>
      <translation>Cada &amp;vez</translation>
    </message>
    <message>
      <source>Recurring points, one per line</source>
      <translation>Puntos recurrentes, uno por línea</translation>
    </message>
    <message>
      <source>On every plan, e.g. Progress on my talk; one per line</source>
      <translation>En cada planificación, p. ej. Avances de mi charla; uno por línea</translation>
    </message>
    <message>
      <source>Tou&amp;ches</source>
      <translation>Co&amp;ntactos</translation>
    </message>
    <message>
      <source>How an email or call between meetings counts</source>
      <translation>Cómo cuenta un correo o una llamada entre reuniones</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Me comprometo a</translation>
    </message>
    <message>
      <source>What I commit to</source>
      <translation>A qué me comprometo</translation>
    </message>
    <message>
      <source>My mentor commits to</source>
      <translation>Mi mentor se compromete a</translation>
    </message>
    <message>
      <source>What my mentor commits to</source>
      <translation>A qué se compromete mi mentor</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidencialidad</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <source>Boundaries: best times, response expectations</source>
      <translation>Límites: mejores momentos, tiempos de respuesta</translation>
    </message>
    <message>
      <source>Best times to meet, how quickly to expect replies</source>
      <translation>Mejores momentos para reunirse, qué rapidez de respuesta esperar</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Revisión</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Fecha de revisión</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Fecha de fin</translation>
    </message>
    <message>
      <source>Set {what}</source>
      <translation>Fijar {what}</translation>
    </message>
    <message>
      <source>Frequency unit</source>
      <translation>Unidad de frecuencia</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>sin fijar</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Escribe un número entero, como 4 (para cada 4 semanas).</translation>
    </message>
  </context>
  <context>
    <name>AgreementPanel</name>
    <message>
      <source>Version shown</source>
      <translation>Versión mostrada</translation>
    </message>
    <message>
      <source>Save agreement</source>
      <translation>Guardar acuerdo</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revertir</translation>
    </message>
    <message>
      <source>Revert the agreement</source>
      <translation>Revertir el acuerdo</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Adjuntos…</translation>
    </message>
    <message>
      <source>Files and links for the agreement</source>
      <translation>Archivos y enlaces del acuerdo</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Acuerdo</translation>
    </message>
    <message>
      <source>Agreement with {name}</source>
      <translation>Acuerdo con {name}</translation>
    </message>
    <message>
      <source>Save as version {n}</source>
      <translation>Guardar como versión {n}</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Guardar cambios</translation>
    </message>
    <message>
      <source>Choose a mentor to see the agreement.</source>
      <translation>Elige un mentor para ver el acuerdo.</translation>
    </message>
    <message>
      <source>Not saved yet: edit it, then press Save agreement.</source>
      <translation>Aún no guardado: edítalo y pulsa Guardar acuerdo.</translation>
    </message>
    <message>
      <source>No agreement with {name} yet. Agree on goals, how often to meet and what to talk about from the start: begin from a template or write your own.</source>
      <translation>Aún no hay acuerdo con {name}. Acordad desde el principio los objetivos, cada cuánto reuniros y de qué hablar: empieza con una plantilla o escribe el tuyo.</translation>
    </message>
    <message>
      <source>An earlier version, kept as it was (read only). The current one is version {n}.</source>
      <translation>Una versión anterior, guardada tal cual (solo lectura). La actual es la versión {n}.</translation>
    </message>
    <message>
      <source>Version {n} was agreed, so it stays as it is: saving these changes makes version {next}.</source>
      <translation>La versión {n} se acordó, así que se queda como está: guardar estos cambios crea la versión {next}.</translation>
    </message>
    <message>
      <source>Agreed on {day}. Changing its terms will make a new version; the status alone can change in place.</source>
      <translation>Acordado el {day}. Cambiar sus términos crea una nueva versión; solo el estado puede cambiar en el sitio.</translation>
    </message>
    <message>
      <source>A draft: edit freely until you both agree.</source>
      <translation>Un borrador: edítalo libremente hasta que los dos estéis de acuerdo.</translation>
    </message>
    <message>
      <source>the agreement with {name}</source>
      <translation>el acuerdo con {name}</translation>
    </message>
  </context>
  <context>
    <name>AppLock</name>
    <message>
      <source>&amp;Lock Now</source>
      <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Bloquear</translation>
    </message>
    <message>
      <source>MentorDesk cannot lock now: the file that holds your keys (mentordesk.key) cannot be read. Your data is unchanged.</source>
      <translation>MentorDesk no puede bloquearse ahora: no se puede leer el archivo que guarda sus claves (mentordesk.key). Sus datos no han cambiado.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase, and you set one by encrypting your data (File ▸ Encryption…). Then Lock Now, your desktop's screen lock and the idle minutes in Preferences ▸ Privacy lock MentorDesk.</source>
      <translation>El bloqueo necesita una frase de contraseña, que se define al cifrar sus datos (Archivo ▸ Cifrado…). Después, «Bloquear ahora», el bloqueo de pantalla de su escritorio y los minutos de inactividad de Preferencias ▸ Privacidad bloquean MentorDesk.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Cifrado…</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Bloqueado</translation>
    </message>
    <message>
      <source>&amp;Lock MentorDesk after</source>
      <translation>&amp;Bloquear MentorDesk tras</translation>
    </message>
    <message>
      <source>Locking saves what you typed and hides every window until you type your passphrase (File ▸ Lock Now, Ctrl+Shift+L; also when your desktop locks the screen). A meeting whose clock runs is not locked for being idle.</source>
      <translation>Al bloquear se guarda lo que escribió y se oculta cada ventana hasta que escriba su frase de contraseña (Archivo ▸ Bloquear ahora, Ctrl+Mayús+L; también cuando su escritorio bloquea la pantalla). Una reunión cuyo reloj corre no se bloquea por inactividad.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase: it works once your data is encrypted.</source>
      <translation>El bloqueo necesita una frase de contraseña: funciona en cuanto sus datos están cifrados.</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Nunca</translation>
    </message>
    <message>
      <source> idle minutes</source>
      <translation> minutos de inactividad</translation>
    </message>
  </context>
  <context>
    <name>AttachmentDialog</name>
    <message>
      <source>Rename attachment</source>
      <translation>Cambiar el nombre del adjunto</translation>
    </message>
    <message>
      <source>Add a link</source>
      <translation>Añadir un enlace</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>https://…</source>
      <translation>https://…</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>The address, unless you name it</source>
      <translation>La dirección, salvo que le des un nombre</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Dirección</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Título</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Cambiar nombre</translation>
    </message>
    <message>
      <source>Add link</source>
      <translation>Añadir enlace</translation>
    </message>
  </context>
  <context>
    <name>AttachmentTableModel</name>
    <message>
      <source>{name} — missing from the data folder</source>
      <translation>{name} — no está en la carpeta de datos</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>File or link</source>
      <translation>Archivo o enlace</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Añadido</translation>
    </message>
    <message>
      <source>Link: Enter opens it in the browser</source>
      <translation>Enlace: Intro lo abre en el navegador</translation>
    </message>
    <message>
      <source>File: Enter opens it with its application</source>
      <translation>Archivo: Intro lo abre con su aplicación</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Attached files and links</source>
      <translation>Archivos y enlaces adjuntos</translation>
    </message>
    <message>
      <source>Add file…</source>
      <translation>Añadir archivo…</translation>
    </message>
    <message>
      <source>Add link…</source>
      <translation>Añadir enlace…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open the attachment</source>
      <translation>Abrir el adjunto</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
      <source>Show the file in its folder</source>
      <translation>Mostrar el archivo en su carpeta</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Cambiar nombre…</translation>
    </message>
    <message>
      <source>Rename the attachment</source>
      <translation>Cambiar el nombre del adjunto</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Remove the attachment</source>
      <translation>Quitar el adjunto</translation>
    </message>
    <message>
      <source>No files or links yet: drop files here, or use Add file… or Add link….</source>
      <translation>Aún no hay archivos ni enlaces: suelta archivos aquí o usa Añadir archivo… o Añadir enlace….</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s).</source>
      <translation>
        <numerusform>%n adjunto.</numerusform>
        <numerusform>%n adjuntos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Adjuntar archivos</translation>
    </message>
    <message>
      <source>Copying “{name}”: {percent} %…</source>
      <translation>Copiando «{name}»: {percent} %…</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsWindow</name>
    <message>
      <source>Attachments — {what}</source>
      <translation>Adjuntos — {what}</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Before an update</source>
      <translation>Antes de una actualización</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Diaria</translation>
    </message>
    <message>
      <source>While you worked</source>
      <translation>Mientras trabajabas</translation>
    </message>
    <message>
      <source>Made by you</source>
      <translation>Hecha por ti</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>Antes de una importación</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Antes de una restauración</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Copias de seguridad</translation>
    </message>
    <message>
      <source>MentorDesk backs up your data when it starts (once a day), every half hour while you work, and before every update, import and restore. It keeps all backups of the last two days, then one a day, one a week and one a month.</source>
      <translation>MentorDesk hace una copia de seguridad de tus datos al iniciarse (una vez al día), cada media hora mientras trabajas y antes de cada actualización, importación y restauración. Conserva todas las copias de los dos últimos días y después una al día, una a la semana y una al mes.</translation>
    </message>
    <message>
      <source>Back Up Now</source>
      <translation>Hacer copia ahora</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurar…</translation>
    </message>
    <message>
      <source>Show in Folder</source>
      <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Haciendo copia…</translation>
    </message>
    <message>
      <source>Backed up.</source>
      <translation>Copia hecha.</translation>
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
      <source>Go back to your data as it was on {when}: {mentors}, {meetings}?</source>
      <translation>¿Volver a tus datos tal como estaban el {when}: {mentors}, {meetings}?</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n reunión</numerusform>
        <numerusform>%n reuniones</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Your data as it is now is backed up first, so you can come back to it from this list. Open windows close and MentorDesk reopens on the backup.</source>
      <translation>Primero se hace una copia de tus datos actuales, así que puedes volver a ellos desde esta lista. Las ventanas abiertas se cierran y MentorDesk se vuelve a abrir con la copia.</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Copias de seguridad…</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <source>Taken</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentores</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>ilegible</translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <source>Balance</source>
      <translation>Balance</translation>
    </message>
    <message>
      <source>What you gave back to each mentor</source>
      <translation>Lo que has devuelto a cada mentor</translation>
    </message>
    <message>
      <source>⚠ marks a mentor met {meetings} or more with nothing given back for {days} (Edit ▸ Preferences).</source>
      <translation>⚠ marca a un mentor con {meetings} o más reuniones sin devolverle nada en {days} (Editar ▸ Preferencias).</translation>
    </message>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation>
        <numerusform>%n vez</numerusform>
        <numerusform>%n veces</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BriefPanel</name>
    <message>
      <source>Pre-meeting brief</source>
      <translation>Resumen previo a la reunión</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Unirse</translation>
    </message>
    <message>
      <source>Join the meeting</source>
      <translation>Unirse a la reunión</translation>
    </message>
    <message>
      <source>Select a meeting to see what to bring up.</source>
      <translation>Selecciona una reunión para ver qué sacar.</translation>
    </message>
    <message>
      <source>Before you meet {name}</source>
      <translation>Antes de reunirte con {name}</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Contar resultado</translation>
    </message>
    <message>
      <source>Nothing to report back.</source>
      <translation>Nada que contar.</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>Tareas abiertas</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>No hay tareas abiertas.</translation>
    </message>
    <message>
      <source>Last meeting's takeaways</source>
      <translation>Conclusiones de la última reunión</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privado: oculto mientras presentas.</translation>
    </message>
    <message>
      <source>No takeaways written.</source>
      <translation>No hay conclusiones escritas.</translation>
    </message>
    <message>
      <source>No meeting held yet.</source>
      <translation>Aún no se ha celebrado ninguna reunión.</translation>
    </message>
    <message>
      <source>Not covered last time</source>
      <translation>No tratado la última vez</translation>
    </message>
    <message>
      <source>Nothing left over from the last agenda.</source>
      <translation>No queda nada de la última agenda.</translation>
    </message>
    <message>
      <source>From your inbox</source>
      <translation>De tu bandeja de entrada</translation>
    </message>
    <message>
      <source>No topics waiting.</source>
      <translation>No hay temas pendientes.</translation>
    </message>
    <message>
      <source>{topic} (private: only here)</source>
      <translation>{topic} (privado: solo aquí)</translation>
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation>Aún no hay ninguna reunión planificada.</translation>
    </message>
    <message>
      <source>Planned for {when} · {format}, not marked held yet: end it in meeting mode, or reschedule it.</source>
      <translation>Planificada para {when} · {format}, aún sin marcar como celebrada: termínala en el modo reunión o cámbiala de fecha.</translation>
    </message>
    <message>
      <source>Meeting now: {when} · {format}</source>
      <translation>Reunión ahora: {when} · {format}</translation>
    </message>
    <message>
      <source>Next meeting: {when} · {format}</source>
      <translation>Próxima reunión: {when} · {format}</translation>
    </message>
    <message>
      <source>• {text} — overdue, due {date}</source>
      <translation>• {text} — vencida, vencía el {date}</translation>
    </message>
    <message>
      <source>• {text} — due {date}</source>
      <translation>• {text} — vence el {date}</translation>
    </message>
    <message>
      <source>Done {date}</source>
      <translation>Hecha el {date}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Contado</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Marcar como contado: {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>Le conté a {name} cómo fue</translation>
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Cierre de la mentoría con {name}</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Lo que aprendí</translation>
    </message>
    <message>
      <source>The lessons you take with you</source>
      <translation>Las lecciones que te llevas</translation>
    </message>
    <message>
      <source>Goals this mentorship served</source>
      <translation>Objetivos a los que sirvió esta mentoría</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Nota de agradecimiento</translation>
    </message>
    <message>
      <source>Draft again</source>
      <translation>Redactar de nuevo</translation>
    </message>
    <message>
      <source>Compose the note again from what you learned and the goals ticked</source>
      <translation>Volver a redactar la nota con lo que aprendiste y los objetivos marcados</translation>
    </message>
    <message>
      <source>Copy note</source>
      <translation>Copiar nota</translation>
    </message>
    <message>
      <source>Export to Markdown…</source>
      <translation>Exportar a Markdown…</translation>
    </message>
    <message>
      <source>Keep in touch as alumni, every</source>
      <translation>Seguir en contacto como antiguo mentor, cada</translation>
    </message>
    <message>
      <source>Keep in touch as alumni</source>
      <translation>Seguir en contacto como antiguo mentor</translation>
    </message>
    <message>
      <source>Keep in touch every</source>
      <translation>Seguir en contacto cada</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Terminó el</translation>
    </message>
    <message>
      <source>What I &amp;learned</source>
      <translation>Lo que a&amp;prendí</translation>
    </message>
    <message>
      <source>&amp;Goals it served</source>
      <translation>&amp;Objetivos a los que sirvió</translation>
    </message>
    <message>
      <source>&amp;Thank-you note</source>
      <translation>Nota de a&amp;gradecimiento</translation>
    </message>
    <message>
      <source>&amp;Afterwards</source>
      <translation>&amp;Después</translation>
    </message>
    <message>
      <source>&amp;Ended on</source>
      <translation>&amp;Terminó el</translation>
    </message>
    <message>
      <source>End mentorship</source>
      <translation>Terminar la mentoría</translation>
    </message>
    <message>
      <source>No meeting was held. Say what you take with you anyway.</source>
      <translation>No se celebró ninguna reunión. Anota igualmente lo que te llevas.</translation>
    </message>
    <message>
      <source>nothing given back yet</source>
      <translation>aún no has devuelto nada</translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation>
        <numerusform>%n cosa devuelta</numerusform>
        <numerusform>%n cosas devueltas</numerusform>
      </translation>
    </message>
    <message>
      <source>{meetings}, {actions}, {gave}. Everything stays recorded; the note below is a draft to make your own.</source>
      <translation>{meetings}, {actions}, {gave}. Todo queda registrado; la nota de abajo es un borrador para que la hagas tuya.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n reunión</numerusform>
        <numerusform>%n reuniones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation>
        <numerusform>%n consejo puesto en práctica</numerusform>
        <numerusform>%n consejos puestos en práctica</numerusform>
      </translation>
    </message>
    <message>
      <source>The thank-you note is on the clipboard.</source>
      <translation>La nota de agradecimiento está en el portapapeles.</translation>
    </message>
    <message>
      <source>Export the closure review</source>
      <translation>Exportar la revisión de cierre</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportado a {file}.</translation>
    </message>
  </context>
  <context>
    <name>ComingSoon</name>
    <message>
      <source>Coming soon. {future}

This area is not built yet; nothing here is sample or fake data.</source>
      <translation>Próximamente. {future}

Esta área aún no está construida; nada aquí son datos de ejemplo ni falsos.</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <source>Run an action</source>
      <translation>Ejecutar una acción</translation>
    </message>
    <message>
      <source>Action to run, or words to search for</source>
      <translation>Acción que ejecutar, o palabras que buscar</translation>
    </message>
    <message>
      <source>Type an action's name, or words to search for</source>
      <translation>Escribe el nombre de una acción, o palabras que buscar</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Acciones</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Not available here now</source>
      <translation>No disponible aquí ahora</translation>
    </message>
    <message>
      <source>Search your data for “{text}”</source>
      <translation>Buscar «{text}» en tus datos</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Te damos la bienvenida a MentorDesk</translation>
    </message>
    <message>
      <source>This page will tell you what to do today: who is due for a meeting, what you promised, and what is overdue. Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Esta página te dice qué hacer hoy: a quién toca ver, qué prometiste y qué está vencido. Empieza con un mentor real o echa un vistazo con unos ficticios que puedes quitar en un paso.</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Añadir tu primer mentor</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>Toca reunirse</translation>
    </message>
    <message>
      <source>Meetings in the next 7 days</source>
      <translation>Reuniones en los próximos 7 días</translation>
    </message>
    <message>
      <source>Action items due</source>
      <translation>Tareas que vencen</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Contar resultado</translation>
    </message>
    <message>
      <source>Agreement reviews</source>
      <translation>Revisiones de acuerdos</translation>
    </message>
    <message>
      <source>Rhythm</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <source>Gaps between meetings</source>
      <translation>Intervalos entre reuniones</translation>
    </message>
    <message>
      <source>Follow up with prospects</source>
      <translation>Hacer seguimiento de candidatos</translation>
    </message>
    <message>
      <source>Give back</source>
      <translation>Retribuir</translation>
    </message>
    <message>
      <source>Nobody needs a meeting planned now.</source>
      <translation>Ahora no hace falta planificar ninguna reunión.</translation>
    </message>
    <message>
      <source>No meetings planned in the next 7 days.</source>
      <translation>No hay reuniones planificadas en los próximos 7 días.</translation>
    </message>
    <message>
      <source>Nothing overdue or due this week.</source>
      <translation>Nada vencido ni que venza esta semana.</translation>
    </message>
    <message>
      <source>Nothing to report back. Outcomes you promise to share appear here.</source>
      <translation>Nada que contar. Aquí aparecen los resultados que prometes compartir.</translation>
    </message>
    <message>
      <source>No agreement is due for review in the next 14 days.</source>
      <translation>Ningún acuerdo se revisa en los próximos 14 días.</translation>
    </message>
    <message>
      <source>Every rhythm is close to what was agreed.</source>
      <translation>Cada ritmo está cerca de lo acordado.</translation>
    </message>
    <message>
      <source>No rhythm agreed yet: set how often you meet on a mentor's Agreement tab.</source>
      <translation>Aún no hay ritmo acordado: fija cada cuánto os reunís en la pestaña Acuerdo de un mentor.</translation>
    </message>
    <message>
      <source>No prospect is waiting for a follow-up.</source>
      <translation>Ningún candidato espera un seguimiento.</translation>
    </message>
    <message>
      <source>Nobody is owed a give-back: mentorship is a two-way street.</source>
      <translation>No le debes nada a nadie: la mentoría es un camino de ida y vuelta.</translation>
    </message>
    <message>
      <source>Charts appear once you have met an active mentor twice.</source>
      <translation>Los gráficos aparecen cuando te hayas reunido dos veces con un mentor activo.</translation>
    </message>
    <message>
      <source>nobody to meet</source>
      <translation>nadie con quien reunirse</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation>
        <numerusform>%n mentor con quien reunirse</numerusform>
        <numerusform>%n mentores con quienes reunirse</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation>
        <numerusform>%n reunión en los próximos 7 días</numerusform>
        <numerusform>%n reuniones en los próximos 7 días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation>
        <numerusform>%n tarea vencida</numerusform>
        <numerusform>%n tareas vencidas</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} to report back</source>
      <translation>{n} por contar</translation>
    </message>
    <message>
      <source>time to keep in touch ({standing})</source>
      <translation>momento de seguir en contacto ({standing})</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planificar reunión…</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Planificar una reunión con {name}</translation>
    </message>
    <message>
      <source>Log touch…</source>
      <translation>Registrar contacto…</translation>
    </message>
    <message>
      <source>Log an email, message, call or chat with {name}</source>
      <translation>Registrar un correo, mensaje, llamada o charla con {name}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Abrir {name}</translation>
    </message>
    <message>
      <source>{when} · {name} · {format}</source>
      <translation>{when} · {name} · {format}</translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Agenda: {points}</translation>
    </message>
    <message>
      <source>No agenda yet</source>
      <translation>Aún sin agenda</translation>
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n tarea abierta</numerusform>
        <numerusform>%n tareas abiertas</numerusform>
      </translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Unirse</translation>
    </message>
    <message>
      <source>Join the call with {name}</source>
      <translation>Unirse a la llamada con {name}</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Resumen</translation>
    </message>
    <message>
      <source>The brief for {name}</source>
      <translation>El resumen para {name}</translation>
    </message>
    <message>
      <source>{when} · {name}</source>
      <translation>{when} · {name}</translation>
    </message>
    <message>
      <source>Its time has passed: mark it held, or cancel it.</source>
      <translation>Ya pasó su hora: márcala como celebrada o cancélala.</translation>
    </message>
    <message>
      <source>Open the past meeting with {name}</source>
      <translation>Abrir la reunión pasada con {name}</translation>
    </message>
    <message>
      <source>overdue since {day}</source>
      <translation>vencida desde el {day}</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>vence hoy</translation>
    </message>
    <message>
      <source>due {day}</source>
      <translation>vence el {day}</translation>
    </message>
    <message>
      <source>Open the action item {text}</source>
      <translation>Abrir la tarea {text}</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>hecha el {day}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Contado</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Marcar como contado: {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>Le conté a {name} cómo fue</translation>
    </message>
    <message>
      <source>was due {day}</source>
      <translation>vencía el {day}</translation>
    </message>
    <message>
      <source>due {day} (in {days})</source>
      <translation>vence el {day} (en {days})</translation>
    </message>
    <message>
      <source>Review the agreement with {name} (version {version})</source>
      <translation>Revisar el acuerdo con {name} (versión {version})</translation>
    </message>
    <message>
      <source>Open agreement</source>
      <translation>Abrir acuerdo</translation>
    </message>
    <message>
      <source>Open the agreement with {name}</source>
      <translation>Abrir el acuerdo con {name}</translation>
    </message>
    <message>
      <source>More often than agreed: is that still right for them?</source>
      <translation>Más a menudo de lo acordado: ¿sigue siendo lo adecuado para esa persona?</translation>
    </message>
    <message>
      <source>Less often than agreed: plan ahead, or agree a new rhythm.</source>
      <translation>Con menos frecuencia de lo acordado: planifica con antelación o acordad un nuevo ritmo.</translation>
    </message>
    <message>
      <source>{name} — time to give something back</source>
      <translation>{name} — momento de devolver algo</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Añadir idea…</translation>
    </message>
    <message>
      <source>Add a give-back idea for {name}</source>
      <translation>Añadir una idea para retribuir a {name}</translation>
    </message>
    <message>
      <source>{step} {day}; follow-up was due {due}</source>
      <translation>{step} el {day}; el seguimiento vencía el {due}</translation>
    </message>
    <message>
      <source>{step} {day}; follow up today</source>
      <translation>{step} el {day}; seguimiento hoy</translation>
    </message>
    <message>
      <source>Follow up with {name}</source>
      <translation>Hacer seguimiento de {name}</translation>
    </message>
    <message>
      <source>Open the prospect {name}</source>
      <translation>Abrir el candidato {name}</translation>
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message>
      <source>Unfinished changes set aside</source>
      <translation>Cambios a medias apartados</translation>
    </message>
    <message>
      <source>Beside your database lay unfinished changes that do not belong to it (this happens when a backup is copied over the database by hand after a crash). MentorDesk set them aside as {name} and opened the database as it is.</source>
      <translation>Junto a tu base de datos había cambios a medias que no le pertenecen (ocurre cuando, tras un fallo, se copia a mano una copia de seguridad sobre la base de datos). MentorDesk los apartó como {name} y abrió la base de datos tal como está.</translation>
    </message>
    <message>
      <source>Encryption could not be changed: {reason}</source>
      <translation>No se pudo cambiar el cifrado: {reason}</translation>
    </message>
    <message>
      <source>Backup restored. Your data as it was before is kept as a backup (File ▸ Backups…), so you can go back to it.</source>
      <translation>Copia de seguridad restaurada. Tus datos de antes se guardan como copia (Archivo ▸ Copias de seguridad…), así que puedes volver a ellos.</translation>
    </message>
    <message>
      <source>Imported. Your data as it was before is kept as a backup (File ▸ Backups…).</source>
      <translation>Importado. Tus datos de antes se guardan como copia (Archivo ▸ Copias de seguridad…).</translation>
    </message>
    <message>
      <source>Nothing was imported: {problem}</source>
      <translation>No se importó nada: {problem}</translation>
    </message>
    <message>
      <source>The file could not be imported: {reason}</source>
      <translation>No se pudo importar el archivo: {reason}</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}</source>
      <translation>No se pudo restaurar la copia de seguridad: {reason}</translation>
    </message>
    <message>
      <source>Backup failed: {reason}</source>
      <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) could not be brought back; they show as missing.</source>
      <translation>
        <numerusform>%n archivo adjunto no se pudo recuperar; aparece como que falta.</numerusform>
        <numerusform>%n archivos adjuntos no se pudieron recuperar; aparecen como que faltan.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>What sync decided</source>
      <translation>Lo que decidió la sincronización</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Restaurado</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Conservado</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>Restaurar «{value}»</translation>
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <source>Due date</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fijar vencimiento</translation>
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <source>Due date</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Sin fecha</translation>
    </message>
    <message>
      <source>Delete: no due date</source>
      <translation>Supr: sin vencimiento</translation>
    </message>
  </context>
  <context>
    <name>DueField</name>
    <message>
      <source>Due on</source>
      <translation>Vence el</translation>
    </message>
    <message>
      <source>Has a due date</source>
      <translation>Tiene vencimiento</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>+1 week</source>
      <translation>+1 semana</translation>
    </message>
    <message>
      <source>+2 weeks</source>
      <translation>+2 semanas</translation>
    </message>
    <message>
      <source>End of month</source>
      <translation>Fin de mes</translation>
    </message>
    <message>
      <source>Due in one week</source>
      <translation>Vence en una semana</translation>
    </message>
    <message>
      <source>Due in two weeks</source>
      <translation>Vence en dos semanas</translation>
    </message>
    <message>
      <source>Due at the end of the month</source>
      <translation>Vence a fin de mes</translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Vence el {date}</translation>
    </message>
  </context>
  <context>
    <name>EditMeetingDialog</name>
    <message>
      <source>Held meeting with {name}</source>
      <translation>Reunión celebrada con {name}</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Reunión con {name}</translation>
    </message>
    <message>
      <source>When it began</source>
      <translation>Cuándo empezó</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Lugar o enlace de vídeo</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Cuánto valió</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Sin valoración</translation>
    </message>
    <message>
      <source>{stars} ({value} of 5)</source>
      <translation>{stars} ({value} de 5)</translation>
    </message>
    <message>
      <source>How long it took, in minutes</source>
      <translation>Cuánto duró, en minutos</translation>
    </message>
    <message>
      <source>&amp;Began</source>
      <translation>&amp;Empezó</translation>
    </message>
    <message>
      <source>&amp;Took</source>
      <translation>&amp;Duró</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Valor</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Duración en minutos</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Cuándo</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Duración</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Formato</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Lugar o enlace</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Su hora: {time}</translation>
    </message>
  </context>
  <context>
    <name>EncryptionDialog</name>
    <message>
      <source>Encryption</source>
      <translation>Cifrado</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies, attached files and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Sus datos están cifrados: la base de datos, sus copias de seguridad, las copias dañadas, los archivos adjuntos y el diario de escritura solo se abren con su frase de contraseña o su clave de recuperación.</translation>
    </message>
    <message>
      <source>Your data is not encrypted: anyone who can read the data folder can read it.</source>
      <translation>Sus datos no están cifrados: cualquiera que pueda leer la carpeta de datos puede leerlos.</translation>
    </message>
    <message>
      <source>Turn &amp;on…</source>
      <translation>&amp;Activar…</translation>
    </message>
    <message>
      <source>&amp;Change passphrase…</source>
      <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
      <source>Turn o&amp;ff…</source>
      <translation>&amp;Desactivar…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>Cifrar</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Cambiar</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>Descifrar</translation>
    </message>
    <message>
      <source>The passphrase is changed. Your recovery key stays the same.</source>
      <translation>La frase de contraseña ha cambiado. Su clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
      <source>Your data is encrypted.</source>
      <translation>Sus datos están cifrados.</translation>
    </message>
    <message>
      <source>Your data is no longer encrypted.</source>
      <translation>Sus datos ya no están cifrados.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Cifrado…</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Sus datos están cifrados: la base de datos, sus copias de seguridad, las copias dañadas y el diario de escritura solo se abren con su frase de contraseña o su clave de recuperación.</translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>End meeting</source>
      <translation>Terminar reunión</translation>
    </message>
    <message>
      <source>When the meeting began</source>
      <translation>Cuándo empezó la reunión</translation>
    </message>
    <message>
      <source>Actual duration in minutes</source>
      <translation>Duración real en minutos</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Cuánto valió</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Sin valoración</translation>
    </message>
    <message>
      <source>1 – not useful</source>
      <translation>1 – nada útil</translation>
    </message>
    <message>
      <source>3 – useful</source>
      <translation>3 – útil</translation>
    </message>
    <message>
      <source>5 – very valuable</source>
      <translation>5 – muy valiosa</translation>
    </message>
    <message>
      <source>No action items were captured in this meeting.</source>
      <translation>No se capturó ninguna tarea en esta reunión.</translation>
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation>Planificar la próxima reunión</translation>
    </message>
    <message>
      <source>Next meeting date and time</source>
      <translation>Fecha y hora de la próxima reunión</translation>
    </message>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation>
        <numerusform>%n punto sin marcar pasará a la siguiente.</numerusform>
        <numerusform>%n puntos sin marcar pasarán a la siguiente.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every agenda point was ticked off.</source>
      <translation>Se marcaron todos los puntos de la agenda.</translation>
    </message>
    <message>
      <source>There was no agenda.</source>
      <translation>No había agenda.</translation>
    </message>
    <message>
      <source>Began:</source>
      <translation>Empezó:</translation>
    </message>
    <message>
      <source>Actual duration:</source>
      <translation>Duración real:</translation>
    </message>
    <message>
      <source>Value of the meeting:</source>
      <translation>Valor de la reunión:</translation>
    </message>
    <message>
      <source>Next meeting:</source>
      <translation>Próxima reunión:</translation>
    </message>
    <message>
      <source>Mark the meeting held, as entered above</source>
      <translation>Marcar la reunión como celebrada, tal como se indica arriba</translation>
    </message>
  </context>
  <context>
    <name>ExchangeDialogs</name>
    <message>
      <source>MentorDesk</source>
      <translation>MentorDesk</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n reunión</numerusform>
        <numerusform>%n reuniones</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n tarea</numerusform>
        <numerusform>%n tareas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) you have already stay as they are.</source>
      <translation>
        <numerusform>%n registro que ya tienes se queda como está.</numerusform>
        <numerusform>%n registros que ya tienes se quedan como están.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The file has changed %n of them; yours are kept:</source>
      <translation>
        <numerusform>El archivo cambió %n de ellos; se conserva el tuyo:</numerusform>
        <numerusform>El archivo cambió %n de ellos; se conservan los tuyos:</numerusform>
      </translation>
    </message>
    <message>
      <source>JSON (every record; can be imported)</source>
      <translation>JSON (todos los registros; se puede importar)</translation>
    </message>
    <message>
      <source>Markdown (a folder to read)</source>
      <translation>Markdown (una carpeta para leer)</translation>
    </message>
    <message>
      <source>CSV (for spreadsheets)</source>
      <translation>CSV (para hojas de cálculo)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>Export as:</source>
      <translation>Exportar como:</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>Exportar en</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exportando…</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exportado a {path}.</translation>
    </message>
    <message>
      <source>Import a MentorDesk export</source>
      <translation>Importar una exportación de MentorDesk</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Comprobando el archivo…</translation>
    </message>
    <message>
      <source>Nothing new</source>
      <translation>Nada nuevo</translation>
    </message>
    <message>
      <source>Every record of {name} is in your data already. Nothing was changed.</source>
      <translation>Todos los registros de {name} ya están en tus datos. No se cambió nada.</translation>
    </message>
    <message>
      <source>Import this file?</source>
      <translation>¿Importar este archivo?</translation>
    </message>
    <message>
      <source>Add {what} from {name}?</source>
      <translation>¿Añadir {what} desde {name}?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>Your data is backed up first. Open windows close and MentorDesk reopens with the imported records.</source>
      <translation>Primero se hace una copia de tus datos. Las ventanas abiertas se cierran y MentorDesk se vuelve a abrir con los registros importados.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>No se puede importar</translation>
    </message>
    <message>
      <source>{name} cannot be imported. Nothing was changed.</source>
      <translation>{name} no se puede importar. No se cambió nada.</translation>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) you have already.</source>
      <translation>
        <numerusform>{name} contiene %n registro que ya tienes.</numerusform>
        <numerusform>{name} contiene %n registros que ya tienes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add what is new, keep mine</source>
      <translation>Añadir lo nuevo, conservar lo mío</translation>
    </message>
    <message>
      <source>MentorDesk can add only the records that are new and leave yours exactly as they are; you will see which ones the file has changed before anything is imported.</source>
      <translation>MentorDesk puede añadir solo los registros nuevos y dejar los tuyos exactamente como están; antes de importar nada verás cuáles ha cambiado el archivo.</translation>
    </message>
    <message>
      <source>That did not work: {reason}</source>
      <translation>No funcionó: {reason}</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exportar…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importar…</translation>
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation>
        <numerusform>Reunirse {agreed}. Último intervalo: {gaps}.</numerusform>
        <numerusform>Reunirse {agreed}. Últimos %n intervalos: {gaps}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation>
        <numerusform>El primero empezó con términos anteriores.</numerusform>
        <numerusform>Los %n primeros empezaron con términos anteriores.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation>
        <numerusform>%n fue claramente más largo.</numerusform>
        <numerusform>%n fueron claramente más largos.</numerusform>
      </translation>
    </message>
    <message>
      <source>Gaps between meetings with {name}</source>
      <translation>Intervalos entre reuniones con {name}</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>acordado</translation>
    </message>
  </context>
  <context>
    <name>GiveBackDialog</name>
    <message>
      <source>Give-back idea</source>
      <translation>Idea para retribuir</translation>
    </message>
    <message>
      <source>New give-back idea</source>
      <translation>Nueva idea para retribuir</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>e.g. Send her the article on rotas</source>
      <translation>p. ej. Enviarle el artículo sobre turnos</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>On</source>
      <translation>El</translation>
    </message>
    <message>
      <source>Has a planned date</source>
      <translation>Tiene fecha prevista</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>Fecha prevista</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Idea</source>
      <translation>&amp;Idea</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Tipo</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <source>&amp;Planned</source>
      <translation>&amp;Prevista</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Hecha el</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Nota</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
  </context>
  <context>
    <name>GiveBackPanel</name>
    <message>
      <source>Give-back ideas</source>
      <translation>Ideas para retribuir</translation>
    </message>
    <message>
      <source>Capture give-back idea</source>
      <translation>Capturar idea para retribuir</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into a give-back idea ({key})</source>
      <translation>Convertir la selección o la línea actual de las notas en una idea para retribuir ({key})</translation>
    </message>
    <message>
      <source>Give-back ideas from this meeting</source>
      <translation>Ideas para retribuir de esta reunión</translation>
    </message>
    <message>
      <source>A way to give back came up? Put the cursor on its line and press {key}.</source>
      <translation>¿Surgió una forma de devolver algo? Pon el cursor en su línea y pulsa {key}.</translation>
    </message>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Pon el cursor en una línea de las notas (o selecciona texto) para capturarla.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>No capturado. El texto sigue en tus notas.</translation>
    </message>
    <message>
      <source>Captured as “{kind}”.</source>
      <translation>Capturado como «{kind}».</translation>
    </message>
    <message>
      <source>Give-back idea captured</source>
      <translation>Idea para retribuir capturada</translation>
    </message>
  </context>
  <context>
    <name>GiveBackTableModel</name>
    <message>
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>hecha el {day}</translation>
    </message>
    <message>
      <source>planned {day}</source>
      <translation>prevista el {day}</translation>
    </message>
  </context>
  <context>
    <name>GiveBackView</name>
    <message>
      <source>Give something back</source>
      <translation>Devolver algo</translation>
    </message>
    <message>
      <source>Mentorship is a two-way street. Note ideas for giving back to each mentor — a thank-you, an article, an introduction, help on their project — plan them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of notes into an idea.</source>
      <translation>La mentoría es un camino de ida y vuelta. Anota ideas para devolver algo a cada mentor —un agradecimiento, un artículo, una presentación, ayuda en su proyecto—, planifícalas y márcalas como hechas. En el modo reunión, Ctrl+Mayús+G convierte una línea de notas en una idea.</translation>
    </message>
    <message>
      <source>Give-back ideas</source>
      <translation>Ideas para retribuir</translation>
    </message>
    <message>
      <source>Add an idea</source>
      <translation>Añadir una idea</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show the ideas for mentor</source>
      <translation>Mostrar las ideas para el mentor</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Mostrar estado</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>Aún no hecha</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>New idea…</source>
      <translation>Nueva idea…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Todos los mentores</translation>
    </message>
    <message>
      <source>No give-back ideas yet. Add one with “New idea…”.</source>
      <translation>Aún no hay ideas para retribuir. Añade una con «Nueva idea…».</translation>
    </message>
    <message>
      <source>No idea matches these filters. Choose “All” to see every one.</source>
      <translation>Ninguna idea coincide con estos filtros. Elige «Todas» para verlas todas.</translation>
    </message>
  </context>
  <context>
    <name>GoalBoardDialog</name>
    <message>
      <source>Board: {goal}</source>
      <translation>Tablero: {goal}</translation>
    </message>
    <message>
      <source>How I'll know: {text}</source>
      <translation>Cómo sabré que lo logré: {text}</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % hecho</translation>
    </message>
    <message>
      <source>No mentor covers this goal yet. Tick mentors on the goal, or link the action items that serve it, to compare their advice here.</source>
      <translation>Ningún mentor cubre aún este objetivo. Marca mentores en el objetivo o vincula las tareas que lo sirven para comparar aquí sus consejos.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <source>through their advice</source>
      <translation>mediante sus consejos</translation>
    </message>
    <message>
      <source>Advice to act on</source>
      <translation>Consejos que poner en práctica</translation>
    </message>
    <message>
      <source>None linked yet.</source>
      <translation>Ninguno vinculado aún.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>No meeting with takeaways on it yet.</source>
      <translation>Aún no hay ninguna reunión con conclusiones sobre esto.</translation>
    </message>
  </context>
  <context>
    <name>GoalChoice</name>
    <message>
      <source>Captured action items work toward goal</source>
      <translation>Las tareas capturadas sirven al objetivo</translation>
    </message>
    <message>
      <source>Action items captured from now on are linked to this goal</source>
      <translation>Las tareas capturadas a partir de ahora se vinculan a este objetivo</translation>
    </message>
    <message>
      <source>Toward &amp;goal:</source>
      <translation>Hacia el &amp;objetivo:</translation>
    </message>
    <message>
      <source>No goal</source>
      <translation>Ningún objetivo</translation>
    </message>
  </context>
  <context>
    <name>GoalForm</name>
    <message>
      <source>&amp;Goal</source>
      <translation>&amp;Objetivo</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <source>e.g. Lead a team of five by next spring</source>
      <translation>p. ej. Liderar un equipo de cinco para la próxima primavera</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>&amp;Por qué</translation>
    </message>
    <message>
      <source>Why it matters</source>
      <translation>Por qué importa</translation>
    </message>
    <message>
      <source>Why this goal, and why now</source>
      <translation>Por qué este objetivo, y por qué ahora</translation>
    </message>
    <message>
      <source>How I'll &amp;know</source>
      <translation>Cómo lo &amp;sabré</translation>
    </message>
    <message>
      <source>How I will know</source>
      <translation>Cómo lo sabré</translation>
    </message>
    <message>
      <source>What will be true when it is achieved</source>
      <translation>Qué será cierto cuando se logre</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>&amp;Meta</translation>
    </message>
    <message>
      <source>Has a target date</source>
      <translation>Tiene fecha meta</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Estado</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Progreso</translation>
    </message>
    <message>
      <source>Progress measured</source>
      <translation>Cómo se mide el progreso</translation>
    </message>
    <message>
      <source>&amp;Mentors</source>
      <translation>&amp;Mentores</translation>
    </message>
    <message>
      <source>Mentors who help with this goal</source>
      <translation>Mentores que ayudan con este objetivo</translation>
    </message>
  </context>
  <context>
    <name>GoalPanel</name>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revertir</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Adjuntos…</translation>
    </message>
    <message>
      <source>Files and links for this goal</source>
      <translation>Archivos y enlaces de este objetivo</translation>
    </message>
    <message>
      <source>Action items toward this goal</source>
      <translation>Tareas hacia este objetivo</translation>
    </message>
    <message>
      <source>Link action items…</source>
      <translation>Vincular tareas…</translation>
    </message>
    <message>
      <source>Choose the advice that works toward this goal</source>
      <translation>Elegir los consejos que sirven a este objetivo</translation>
    </message>
    <message>
      <source>Meetings where this goal came up</source>
      <translation>Reuniones en las que salió este objetivo</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>Actualizaciones de progreso</translation>
    </message>
    <message>
      <source>Save the goal to link action items to it.</source>
      <translation>Guarda el objetivo para vincularle tareas.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Meetings where it came up</source>
      <translation>Reuniones en las que salió</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nuevo objetivo</translation>
    </message>
    <message>
      <source>Name it, say why it matters and how you will know.</source>
      <translation>Ponle nombre, di por qué importa y cómo sabrás que lo lograste.</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % hecho</translation>
    </message>
    <message>
      <source>target {day}</source>
      <translation>meta el {day}</translation>
    </message>
    <message>
      <source>No action items yet: link the advice that serves it.</source>
      <translation>Aún no hay tareas: vincula los consejos que le sirven.</translation>
    </message>
    <message>
      <source>advice from it</source>
      <translation>consejo de ella</translation>
    </message>
    <message>
      <source>mentioned</source>
      <translation>mencionado</translation>
    </message>
    <message>
      <source>{when} · {name} ({why})</source>
      <translation>{when} · {name} ({why})</translation>
    </message>
    <message>
      <source>None yet. Meetings appear here when their advice or notes touch it.</source>
      <translation>Ninguna aún. Las reuniones aparecen aquí cuando sus consejos o notas lo tocan.</translation>
    </message>
    <message>
      <source>No updates set by hand yet.</source>
      <translation>Aún no hay actualizaciones puestas a mano.</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Goal</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Meta</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentores</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>⚠ {date}</source>
      <translation>⚠ {date}</translation>
    </message>
    <message>
      <source>{done} of {counted} done</source>
      <translation>{done} de {counted} hechas</translation>
    </message>
    <message>
      <source>{value} % ({how})</source>
      <translation>{value} % ({how})</translation>
    </message>
    <message>
      <source>The target date has passed</source>
      <translation>La fecha meta ya pasó</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Your goals</source>
      <translation>Tus objetivos</translation>
    </message>
    <message>
      <source>Mentorship works best when you are proactive about your goals. Write down what you want to achieve, why it matters and how you will know; then link the mentors who help and the advice you act on, and watch the progress.</source>
      <translation>La mentoría funciona mejor cuando eres proactivo con tus objetivos. Escribe lo que quieres lograr, por qué importa y cómo sabrás que lo lograste; luego vincula los mentores que ayudan y los consejos que pones en práctica, y sigue el progreso.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>Añadir un objetivo</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>All goals</source>
      <translation>Todos los objetivos</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show the goals of mentor</source>
      <translation>Mostrar los objetivos del mentor</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nuevo objetivo</translation>
    </message>
    <message>
      <source>Update progress…</source>
      <translation>Actualizar progreso…</translation>
    </message>
    <message>
      <source>Board…</source>
      <translation>Tablero…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Todos los mentores</translation>
    </message>
    <message>
      <source>No goal matches these filters. Choose “All goals” to see every one.</source>
      <translation>Ningún objetivo coincide con estos filtros. Elige «Todos los objetivos» para verlos todos.</translation>
    </message>
    <message>
      <source>the new goal</source>
      <translation>el nuevo objetivo</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>How MentorDesk follows the article</source>
      <translation>Cómo sigue MentorDesk el artículo</translation>
    </message>
    <message>
      <source>Each tip of the mentorship article, and where MentorDesk helps you with it.</source>
      <translation>Cada consejo del artículo sobre mentoría, y dónde te ayuda MentorDesk con él.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of the notes</source>
      <translation>Versiones anteriores de las notas</translation>
    </message>
    <message>
      <source>MentorDesk keeps a version of the notes every 10 minutes of typing and before large deletions, for at least 90 days. Restoring replaces the notes; Ctrl+Z in the notes brings the current text back.</source>
      <translation>MentorDesk guarda una versión de las notas cada 10 minutos de escritura y antes de borrados grandes, durante al menos 90 días. Restaurar sustituye las notas; Ctrl+Z en las notas recupera el texto actual.</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versiones</translation>
    </message>
    <message>
      <source>Version preview</source>
      <translation>Vista previa de la versión</translation>
    </message>
    <message>
      <source>No earlier versions yet: they appear after 10 minutes of note-taking or before a large deletion.</source>
      <translation>Aún no hay versiones anteriores: aparecen tras 10 minutos tomando notas o antes de un borrado grande.</translation>
    </message>
    <message>
      <source>Restore this version</source>
      <translation>Restaurar esta versión</translation>
    </message>
  </context>
  <context>
    <name>InboxOffer</name>
    <message>
      <source>Every time, and from the inbox</source>
      <translation>Cada vez, y de la bandeja de entrada</translation>
    </message>
    <message>
      <source>Recurring points and inbox topics to bring along</source>
      <translation>Puntos recurrentes y temas de la bandeja que traer</translation>
    </message>
    <message>
      <source>{point} (every time)</source>
      <translation>{point} (cada vez)</translation>
    </message>
    <message>
      <source>{topic} (private)</source>
      <translation>{topic} (privado)</translation>
    </message>
  </context>
  <context>
    <name>LaptopsModel</name>
    <message>
      <source>Laptop</source>
      <translation>Portátil</translation>
    </message>
    <message>
      <source>Last batch received</source>
      <translation>Último lote recibido</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Recibido</translation>
    </message>
  </context>
  <context>
    <name>LinkActionsDialog</name>
    <message>
      <source>Action items toward “{goal}”</source>
      <translation>Tareas hacia «{goal}»</translation>
    </message>
    <message>
      <source>Show the advice of</source>
      <translation>Mostrar los consejos de</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Todos los mentores</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>No action items yet: capture them in meeting mode (Ctrl+Shift+A).</source>
      <translation>Aún no hay tareas: captúralas en el modo reunión (Ctrl+Mayús+A).</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
  </context>
  <context>
    <name>ListArea</name>
    <message>
      <source>Nothing matches these filters.</source>
      <translation>Nada coincide con estos filtros.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>MentorDesk is locked</source>
      <translation>MentorDesk está bloqueado</translation>
    </message>
    <message>
      <source>Everything you typed is kept and waits where you left it (meeting notes are saved). Type your passphrase, or your recovery key, to carry on.</source>
      <translation>Todo lo que escribió se conserva y le espera donde lo dejó (las notas de las reuniones están guardadas). Escriba su frase de contraseña, o su clave de recuperación, para continuar.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Desbloquear</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Why it did not unlock</source>
      <translation>Por qué no se desbloqueó</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About MentorDesk</source>
      <translation>&amp;Acerca de MentorDesk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Áreas</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>Abriendo tus datos…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;New Mentor</source>
      <translation>&amp;Nuevo mentor</translation>
    </message>
    <message>
      <source>&amp;Plan Meeting…</source>
      <translation>&amp;Planificar reunión…</translation>
    </message>
    <message>
      <source>New &amp;Action Item…</source>
      <translation>Nueva &amp;tarea…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Guardar</translation>
    </message>
    <message>
      <source>Export &amp;Calendar…</source>
      <translation>Exportar &amp;calendario…</translation>
    </message>
    <message>
      <source>Explore with Sample Data</source>
      <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
      <source>Remove Sample Data…</source>
      <translation>Quitar datos de ejemplo…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Buscar…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Preferencias…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditing</name>
    <message>
      <source>with {name} on {when}</source>
      <translation>con {name} el {when}</translation>
    </message>
  </context>
  <context>
    <name>MeetingHeader</name>
    <message>
      <source>Time elapsed of the planned time</source>
      <translation>Tiempo transcurrido del previsto</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <source>Start the clock (typing starts it too, close to the planned time)</source>
      <translation>Iniciar el reloj (escribir también lo inicia, cerca de la hora prevista)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Guardado</translation>
    </message>
    <message>
      <source>Notes saved</source>
      <translation>Notas guardadas</translation>
    </message>
    <message>
      <source>Whether your notes are saved</source>
      <translation>Si tus notas están guardadas</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Unirse</translation>
    </message>
    <message>
      <source>Open the meeting's video link</source>
      <translation>Abrir el enlace de vídeo de la reunión</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Change the time, length, format or place</source>
      <translation>Cambiar la hora, la duración, el formato o el lugar</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historial…</translation>
    </message>
    <message>
      <source>Earlier versions of the notes (Ctrl+Shift+H)</source>
      <translation>Versiones anteriores de las notas (Ctrl+Mayús+H)</translation>
    </message>
    <message>
      <source>End meeting…</source>
      <translation>Terminar reunión…</translation>
    </message>
    <message>
      <source>Mark the meeting held and plan the next (Ctrl+Shift+E)</source>
      <translation>Marcar la reunión como celebrada y planificar la siguiente (Ctrl+Mayús+E)</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Enviar recapitulación…</translation>
    </message>
    <message>
      <source>Thank them, with what you will do by when and the next meeting</source>
      <translation>Dar las gracias, con lo que harás y para cuándo, y la próxima reunión</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Celebrada</translation>
    </message>
    <message>
      <source>Meeting held</source>
      <translation>Reunión celebrada</translation>
    </message>
    <message>
      <source>Marked held on {when}; notes and takeaways can still be edited</source>
      <translation>Marcada como celebrada el {when}; las notas y conclusiones se pueden seguir editando</translation>
    </message>
    <message>
      <source>Marked held; notes and takeaways can still be edited</source>
      <translation>Marcada como celebrada; las notas y conclusiones se pueden seguir editando</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed}, over the {planned} min planned</source>
      <translation>Reloj de la reunión: {elapsed}, por encima de los {planned} min previstos</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed} of {planned} min planned</source>
      <translation>Reloj de la reunión: {elapsed} de {planned} min previstos</translation>
    </message>
    <message>
      <source>Over the planned time</source>
      <translation>Por encima del tiempo previsto</translation>
    </message>
    <message>
      <source>Elapsed / planned</source>
      <translation>Transcurrido / previsto</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Guardando…</translation>
    </message>
    <message>
      <source>Saving the notes…</source>
      <translation>Guardando las notas…</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Sin guardar: {reason}</translation>
    </message>
    <message>
      <source>Notes not saved: {reason}</source>
      <translation>Notas sin guardar: {reason}</translation>
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Pon el cursor en una línea de las notas (o selecciona texto) para capturarla.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>No capturado. El texto sigue en tus notas.</translation>
    </message>
    <message>
      <source>Action item captured</source>
      <translation>Tarea capturada</translation>
    </message>
    <message>
      <source>This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the main window brings it back; your notes stay here until then.</source>
      <translation>Esta reunión se eliminó, así que no se puede marcar como celebrada. Editar ▸ Deshacer en la ventana principal la recupera; mientras tanto tus notas se quedan aquí.</translation>
    </message>
    <message>
      <source>The notes are not saved yet ({reason}). Try again in a moment.</source>
      <translation>Las notas aún no están guardadas ({reason}). Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
      <source>The meeting could not be marked held: {reason}.</source>
      <translation>No se pudo marcar la reunión como celebrada: {reason}.</translation>
    </message>
    <message>
      <source>End meeting</source>
      <translation>Terminar reunión</translation>
    </message>
    <message>
      <source>This meeting is already marked held. Its notes, takeaways and agenda can still be edited; they save as you type.</source>
      <translation>Esta reunión ya está marcada como celebrada. Sus notas, conclusiones y agenda se pueden seguir editando; se guardan mientras escribes.</translation>
    </message>
    <message>
      <source>Notes not saved</source>
      <translation>Notas sin guardar</translation>
    </message>
    <message>
      <source>Your latest notes are not saved: {reason}.</source>
      <translation>Tus últimas notas no están guardadas: {reason}.</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Reintentar</translation>
    </message>
    <message>
      <source>Copy notes to clipboard and close</source>
      <translation>Copiar las notas al portapapeles y cerrar</translation>
    </message>
    <message>
      <source>Keep open</source>
      <translation>Mantener abierta</translation>
    </message>
    <message>
      <source>They are still in the window. Try again, or copy them to the clipboard before closing.</source>
      <translation>Siguen en la ventana. Inténtalo de nuevo o cópialas al portapapeles antes de cerrar.</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Reunión con {name}</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>The few things to remember from this meeting</source>
      <translation>Las pocas cosas que recordar de esta reunión</translation>
    </message>
    <message>
      <source>{when} · {minutes} min planned · {format}</source>
      <translation>{when} · {minutes} min previstos · {format}</translation>
    </message>
    <message>
      <source>their time {time}</source>
      <translation>su hora {time}</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>Abrir {link}</translation>
    </message>
  </context>
  <context>
    <name>MeetingPrivacy</name>
    <message>
      <source>Private notes</source>
      <translation>Notas privadas</translation>
    </message>
    <message>
      <source>Private takeaways</source>
      <translation>Conclusiones privadas</translation>
    </message>
    <message>
      <source>{lock} Private notes are hidden while presenting</source>
      <translation>{lock} Las notas privadas se ocultan mientras presentas</translation>
    </message>
    <message>
      <source>{lock} Private takeaways are hidden while presenting</source>
      <translation>{lock} Las conclusiones privadas se ocultan mientras presentas</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Presentando: los elementos privados están ocultos</translation>
    </message>
    <message>
      <source>Never in anything copied, sent or exported</source>
      <translation>Nunca en nada que se copie, envíe o exporte</translation>
    </message>
    <message>
      <source>Select an action item to mark it private.</source>
      <translation>Selecciona una tarea para marcarla como privada.</translation>
    </message>
    <message>
      <source>Select an agenda point to mark it private.</source>
      <translation>Selecciona un punto de la agenda para marcarlo como privado.</translation>
    </message>
  </context>
  <context>
    <name>MeetingTableModel</name>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Duración</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Valoración</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>{status} (not held)</source>
      <translation>{status} (no celebrada)</translation>
    </message>
    <message>
      <source>{planned} min</source>
      <translation>{planned} min</translation>
    </message>
    <message>
      <source>took {actual} min</source>
      <translation>duró {actual} min</translation>
    </message>
    <message>
      <source>Rated {rating} out of 5</source>
      <translation>Valorada con {rating} de 5</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Sin valorar</translation>
    </message>
    <message>
      <source>No agenda</source>
      <translation>Sin agenda</translation>
    </message>
    <message>
      <source>{done} of {total} agenda points covered</source>
      <translation>{done} de {total} puntos de la agenda tratados</translation>
    </message>
    <message>
      <source>Its time has passed: open it to take notes, or cancel it.</source>
      <translation>Ya pasó su hora: ábrela para tomar notas o cancélala.</translation>
    </message>
    <message>
      <source>Planned for {planned} minutes</source>
      <translation>Prevista para {planned} minutos</translation>
    </message>
    <message>
      <source>Planned {planned} minutes, took {actual}</source>
      <translation>{planned} minutos previstos, duró {actual}</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Upcoming</source>
      <translation>Próximas</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Pasadas</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Todas</translation>
    </message>
    <message>
      <source>No meetings yet</source>
      <translation>Aún no hay reuniones</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <source>Plan a meeting</source>
      <translation>Planificar una reunión</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planificar reunión…</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Leer…</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Abrir en modo reunión</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Unirse</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Copiar agenda</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Ir al mentor</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Cancelar reunión</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Enviar recapitulación…</translation>
    </message>
    <message>
      <source>Meeting templates…</source>
      <translation>Plantillas de reunión…</translation>
    </message>
    <message>
      <source>Show {scope} meetings</source>
      <translation>Mostrar reuniones: {scope}</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor:</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Mostrar mentor</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Mostrar estado</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Cualquier estado</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>Entre</translation>
    </message>
    <message>
      <source>Only meetings between two dates</source>
      <translation>Solo las reuniones entre dos fechas</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>Desde la fecha</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>Hasta la fecha</translation>
    </message>
    <message>
      <source>and</source>
      <translation>y</translation>
    </message>
    <message>
      <source>Plan your next conversation: when, how long, where or which link, and what you want to ask. Before you meet, a brief here reminds you of what you promised and what is left from last time.</source>
      <translation>Planifica tu próxima conversación: cuándo, cuánto tiempo, dónde o con qué enlace, y qué quieres preguntar. Antes de reunirte, aquí un resumen te recuerda lo que prometiste y lo que quedó de la última vez.</translation>
    </message>
    <message>
      <source>Meetings are with your mentors, so add a mentor first: open the Mentors area (Ctrl+2) and choose “New mentor”.</source>
      <translation>Las reuniones son con tus mentores, así que primero añade un mentor: abre el área Mentores (Ctrl+2) y elige «Nuevo mentor».</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Todos los mentores</translation>
    </message>
    <message>
      <source>No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.</source>
      <translation>No hay reuniones próximas. Planifica una (Ctrl+Mayús+N) o mira en Pasadas.</translation>
    </message>
    <message>
      <source>No meeting matches these filters.</source>
      <translation>Ninguna reunión coincide con estos filtros.</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>Abrir {link}</translation>
    </message>
    <message>
      <source>No link</source>
      <translation>Sin enlace</translation>
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message>
      <source>Action items from this mentor</source>
      <translation>Tareas de este mentor</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Nueva tarea…</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Nueva tarea</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Edit the action item</source>
      <translation>Editar la tarea</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Marcar como hecha…</translation>
    </message>
    <message>
      <source>Mark the action item done</source>
      <translation>Marcar la tarea como hecha</translation>
    </message>
    <message>
      <source>Save the mentor first; then add their advice here.</source>
      <translation>Guarda primero el mentor; luego añade aquí sus consejos.</translation>
    </message>
    <message>
      <source>No action items yet. Advice from a call or an email? Add it with “New action item…”.</source>
      <translation>Aún no hay tareas. ¿Un consejo de una llamada o un correo? Añádelo con «Nueva tarea…».</translation>
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>%n abierta</numerusform>
        <numerusform>%n abiertas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n vencida</numerusform>
        <numerusform>%n vencidas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation>
        <numerusform>%n en total</numerusform>
        <numerusform>%n en total</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorForm</name>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Full name (required)</source>
      <translation>Nombre completo (obligatorio)</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Cargo</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>e.g. VP of Engineering</source>
      <translation>p. ej. VP de Ingeniería</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganización</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Interno/Externo</translation>
    </message>
    <message>
      <source>Internal or external</source>
      <translation>Interno o externo</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>Es&amp;tado</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation>Eti&amp;quetas</translation>
    </message>
    <message>
      <source>Expertise tags</source>
      <translation>Etiquetas de especialidad</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. leadership, design</source>
      <translation>Separadas por comas, p. ej. liderazgo, diseño</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Dónde lo encontraste</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Detalles</translation>
    </message>
    <message>
      <source>Where found, details</source>
      <translation>Dónde lo encontraste, detalles</translation>
    </message>
    <message>
      <source>Which event, who introduced you…</source>
      <translation>Qué evento, quién os presentó…</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Por qué encaja</translation>
    </message>
    <message>
      <source>Why they fit my goals and values</source>
      <translation>Por qué encaja con mis objetivos y valores</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>&amp;Correo</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Teléfono</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Profile &amp;URL</source>
      <translation>&amp;URL del perfil</translation>
    </message>
    <message>
      <source>Profile URL</source>
      <translation>URL del perfil</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Canal preferido</translation>
    </message>
    <message>
      <source>Time &amp;zone</source>
      <translation>&amp;Zona horaria</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>N&amp;otas</translation>
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation>Notas (Markdown)</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Escribir</translation>
    </message>
    <message>
      <source>Write an email</source>
      <translation>Escribir un correo</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Llamar</translation>
    </message>
    <message>
      <source>Call the number</source>
      <translation>Llamar al número</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open the profile</source>
      <translation>Abrir el perfil</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historial</translation>
    </message>
    <message>
      <source>Files and links…</source>
      <translation>Archivos y enlaces…</translation>
    </message>
    <message>
      <source>Files and links for this mentor</source>
      <translation>Archivos y enlaces de este mentor</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Adjuntos</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Save changes (Ctrl+S)</source>
      <translation>Guardar cambios (Ctrl+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Revertir</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archivar</translation>
    </message>
    <message>
      <source>Mark the relationship as ended; nothing is removed</source>
      <translation>Marcar la relación como terminada; no se quita nada</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>No time zone</source>
      <translation>Sin zona horaria</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Nuevo mentor</translation>
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation>Aún sin guardar.</translation>
    </message>
    <message>
      <source>Add mentor</source>
      <translation>Añadir mentor</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>Added {when}.</source>
      <translation>Añadido el {when}.</translation>
    </message>
  </context>
  <context>
    <name>MentorGiveBacks</name>
    <message>
      <source>Give-back ideas for this mentor</source>
      <translation>Ideas para retribuir a este mentor</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Añadir idea…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Marcar como hecha</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message>
      <source>Meetings with this mentor</source>
      <translation>Reuniones con este mentor</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planificar reunión…</translation>
    </message>
    <message>
      <source>Plan meeting</source>
      <translation>Planificar reunión</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Leer…</translation>
    </message>
    <message>
      <source>Read the meeting</source>
      <translation>Leer la reunión</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Abrir en modo reunión</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Edit the meeting</source>
      <translation>Editar la reunión</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Adjuntos…</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Cancelar reunión</translation>
    </message>
    <message>
      <source>Delete meeting…</source>
      <translation>Eliminar reunión…</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Planificar una reunión con {name}</translation>
    </message>
    <message>
      <source>Save the mentor first; then plan meetings here.</source>
      <translation>Guarda primero el mentor; luego planifica aquí las reuniones.</translation>
    </message>
    <message>
      <source>No meetings with {name} yet.</source>
      <translation>Aún no hay reuniones con {name}.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation>
        <numerusform>%n reunión con {name}, {held} celebrada(s).</numerusform>
        <numerusform>%n reuniones con {name}, {held} celebradas.</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting with {name}, {when}</source>
      <translation>Reunión con {name}, {when}</translation>
    </message>
  </context>
  <context>
    <name>MentorMenu</name>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>{name}: drop a topic or log a touch</source>
      <translation>{name}: anotar un tema o registrar un contacto</translation>
    </message>
  </context>
  <context>
    <name>MentorPage</name>
    <message>
      <source>Mentor details</source>
      <translation>Datos del mentor</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Perfil</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Acuerdo</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Retribuir</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>Bandeja de entrada</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Cronología</translation>
    </message>
  </context>
  <context>
    <name>MentorTableModel</name>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Próxima</translation>
    </message>
    <message>
      <source>Last met</source>
      <translation>Última reunión</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Ritmo</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Interno/Externo</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Etiquetas</translation>
    </message>
    <message>
      <source>Last updated</source>
      <translation>Última modificación</translation>
    </message>
    <message>
      <source>{name}: sample data, a fictional mentor</source>
      <translation>{name}: datos de ejemplo, un mentor ficticio</translation>
    </message>
    <message>
      <source>{name}, sample</source>
      <translation>{name}, ejemplo</translation>
    </message>
  </context>
  <context>
    <name>MentorTimelinePanel</name>
    <message>
      <source>What happened with this mentor</source>
      <translation>Qué pasó con este mentor</translation>
    </message>
    <message>
      <source>Meetings, action items, touches and status changes, newest first.</source>
      <translation>Reuniones, tareas, contactos y cambios de estado, lo más reciente primero.</translation>
    </message>
    <message>
      <source>Save the mentor first; their story starts here.</source>
      <translation>Guarda primero el mentor; su historia empieza aquí.</translation>
    </message>
  </context>
  <context>
    <name>MentorTopics</name>
    <message>
      <source>Topics for the next meeting</source>
      <translation>Temas para la próxima reunión</translation>
    </message>
    <message>
      <source>Drop a topic…</source>
      <translation>Anotar un tema…</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Tratado</translation>
    </message>
    <message>
      <source>Mark discussed</source>
      <translation>Marcar como tratado</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Drop the topic</source>
      <translation>Descartar el tema</translation>
    </message>
    <message>
      <source>Back to inbox</source>
      <translation>Volver a la bandeja</translation>
    </message>
    <message>
      <source>Put the topic back in the inbox</source>
      <translation>Devolver el tema a la bandeja de entrada</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete topic</source>
      <translation>Eliminar tema</translation>
    </message>
    <message>
      <source>Show discussed and dropped</source>
      <translation>Mostrar tratados y descartados</translation>
    </message>
    <message>
      <source>Show discussed and dropped topics</source>
      <translation>Mostrar los temas tratados y descartados</translation>
    </message>
    <message>
      <source>Save the mentor first; then drop topics for your meetings here.</source>
      <translation>Guarde primero el mentor; luego anote aquí los temas para sus reuniones.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) on the plan, none waiting.</source>
      <translation>
        <numerusform>%n tema en la planificación, ninguno pendiente.</numerusform>
        <numerusform>%n temas en la planificación, ninguno pendiente.</numerusform>
      </translation>
    </message>
    <message>
      <source>No topics waiting: drop one any day, it comes to the next plan.</source>
      <translation>Ningún tema pendiente: anote uno cuando quiera y llegará a la próxima reunión que planifique.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) waiting for the next meeting.</source>
      <translation>
        <numerusform>%n tema espera la próxima reunión.</numerusform>
        <numerusform>%n temas esperan la próxima reunión.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTouches</name>
    <message>
      <source>Touches between meetings</source>
      <translation>Contactos entre reuniones</translation>
    </message>
    <message>
      <source>Log a touch…</source>
      <translation>Registrar un contacto…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Editar…</translation>
    </message>
    <message>
      <source>Edit the touch</source>
      <translation>Editar el contacto</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete touch</source>
      <translation>Eliminar contacto</translation>
    </message>
    <message>
      <source>Edit Touch…</source>
      <translation>Editar contacto…</translation>
    </message>
    <message>
      <source>Delete Touch…</source>
      <translation>Eliminar contacto…</translation>
    </message>
    <message>
      <source>Save the mentor first; then log emails and calls here.</source>
      <translation>Guarde primero el mentor; luego registre aquí correos y llamadas.</translation>
    </message>
    <message>
      <source>No touches logged yet: an email, message, call or chat between meetings.</source>
      <translation>Aún no hay contactos registrados: un correo, mensaje, llamada o charla entre reuniones.</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es) logged between meetings.</source>
      <translation>
        <numerusform>%n contacto registrado entre reuniones.</numerusform>
        <numerusform>%n contactos registrados entre reuniones.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorsView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Te damos la bienvenida a MentorDesk</translation>
    </message>
    <message>
      <source>Keep all of your mentors in one place: who they are, where you met them, what you agreed, and when you last talked. Everything stays on this computer.

Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Ten a todos tus mentores en un solo sitio: quiénes son, dónde los conociste, qué acordasteis y cuándo hablasteis por última vez. Todo se queda en este ordenador.

Empieza con un mentor real o echa un vistazo con unos ficticios que puedes quitar en un paso.</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentores</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Añadir tu primer mentor</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Explorar con datos de ejemplo</translation>
    </message>
    <message>
      <source>Filter mentors</source>
      <translation>Filtrar mentores</translation>
    </message>
    <message>
      <source>Filter by name, organisation or tag</source>
      <translation>Filtrar por nombre, organización o etiqueta</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Estado:</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Mostrar estado</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Todos los estados</translation>
    </message>
    <message>
      <source>All but ended</source>
      <translation>Todos menos terminados</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Nuevo mentor</translation>
    </message>
    <message>
      <source>Add a mentor (Ctrl+N)</source>
      <translation>Añadir un mentor (Ctrl+N)</translation>
    </message>
    <message>
      <source>No mentor matches this filter.</source>
      <translation>Ningún mentor coincide con este filtro.</translation>
    </message>
    <message>
      <source>the new mentor</source>
      <translation>el nuevo mentor</translation>
    </message>
  </context>
  <context>
    <name>MessageDraftDialog</name>
    <message>
      <source>Subject</source>
      <translation>Asunto</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Para</translation>
    </message>
    <message>
      <source>(no email address on file)</source>
      <translation>(no hay ninguna dirección de correo guardada)</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Asunto</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <source>Open in &amp;Mail</source>
      <translation>Abrir en el c&amp;orreo</translation>
    </message>
    <message>
      <source>Save as Mar&amp;kdown…</source>
      <translation>Guardar como Mar&amp;kdown…</translation>
    </message>
    <message>
      <source>The message is on the clipboard.</source>
      <translation>El mensaje está en el portapapeles.</translation>
    </message>
    <message>
      <source>No mail app opened the message. It is on the clipboard: paste it into a new mail.</source>
      <translation>Ninguna aplicación de correo abrió el mensaje. Está en el portapapeles: pégalo en un correo nuevo.</translation>
    </message>
    <message>
      <source>The message was too long for a mail link, so the mail holds its start. The whole message is on the clipboard: paste it over the mail's text.</source>
      <translation>El mensaje era demasiado largo para un enlace de correo, así que el correo solo contiene el principio. El mensaje completo está en el portapapeles: pégalo sobre el texto del correo.</translation>
    </message>
    <message>
      <source>The message is open in your mail app.</source>
      <translation>El mensaje está abierto en tu aplicación de correo.</translation>
    </message>
    <message>
      <source>Save the message as Markdown</source>
      <translation>Guardar el mensaje como Markdown</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Save as Markdown</source>
      <translation>Guardar como Markdown</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
      <source>Saved to {file}.</source>
      <translation>Guardado en {file}.</translation>
    </message>
  </context>
  <context>
    <name>NotesBrowser</name>
    <message>
      <source>MentorDesk opens only web and mail links; this {scheme} link is not opened.</source>
      <translation>MentorDesk solo abre enlaces web y de correo; este enlace {scheme} no se abre.</translation>
    </message>
    <message>
      <source>local</source>
      <translation>local</translation>
    </message>
    <message>
      <source>Write to {address} with your mail app?</source>
      <translation>¿Escribir a {address} con tu aplicación de correo?</translation>
    </message>
    <message>
      <source>Open {link} in your browser?</source>
      <translation>¿Abrir {link} en tu navegador?</translation>
    </message>
    <message>
      <source>Open link</source>
      <translation>Abrir enlace</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Escribir</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Meeting notes</source>
      <translation>Notas de la reunión</translation>
    </message>
    <message>
      <source>Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, **bold**, *italic*.
Ctrl+Shift+A turns the current line into an action item.</source>
      <translation>Escribe tus notas. Markdown funciona: # título, - lista, 1. lista, - [ ] pendiente, **negrita**, *cursiva*.
Ctrl+Mayús+A convierte la línea actual en una tarea.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>Frase de contraseña</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Frase de contraseña actual</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Nueva frase de contraseña otra vez</translation>
    </message>
    <message>
      <source>C&amp;urrent passphrase (or recovery key)</source>
      <translation>Frase de contraseña a&amp;ctual (o clave de recuperación)</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>&amp;Nueva frase de contraseña</translation>
    </message>
    <message>
      <source>&amp;Again</source>
      <translation>&amp;Otra vez</translation>
    </message>
    <message>
      <source>Wrong passphrase. Nothing was changed; type it again.</source>
      <translation>Frase de contraseña incorrecta. No se ha cambiado nada; escríbala de nuevo.</translation>
    </message>
    <message>
      <source>Type a new passphrase.</source>
      <translation>Escriba una nueva frase de contraseña.</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type them again.</source>
      <translation>Las dos nuevas frases de contraseña no coinciden; escríbalas de nuevo.</translation>
    </message>
  </context>
  <context>
    <name>PlanMeetingDialog</name>
    <message>
      <source>Plan meeting</source>
      <translation>Planificar reunión</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Show ended mentors</source>
      <translation>Mostrar mentores terminados</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Fecha y hora</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Duración en minutos</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Lugar o enlace de vídeo</translation>
    </message>
    <message>
      <source>From your last meeting</source>
      <translation>De tu última reunión</translation>
    </message>
    <message>
      <source>Unfinished agenda to bring along</source>
      <translation>Agenda pendiente que traer</translation>
    </message>
    <message>
      <source>Meetings are with a mentor, and there is none yet.</source>
      <translation>Las reuniones son con un mentor, y aún no hay ninguno.</translation>
    </message>
    <message>
      <source>Add a mentor</source>
      <translation>Añadir un mentor</translation>
    </message>
    <message>
      <source>Open in meeting mode now</source>
      <translation>Abrir ahora en modo reunión</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Cuándo</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Duración</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Formato</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Lugar o enlace</translation>
    </message>
    <message>
      <source>&amp;Template</source>
      <translation>&amp;Plantilla</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Agenda</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Elige un mentor…</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Su hora: {time}</translation>
    </message>
    <message>
      <source>Video link, e.g. https://meet.example.com/abc</source>
      <translation>Enlace de vídeo, p. ej. https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>Where, or how to reach each other</source>
      <translation>Dónde, o cómo contactaros</translation>
    </message>
    <message>
      <source>No earlier meeting with this mentor yet.</source>
      <translation>Aún no hay ninguna reunión anterior con este mentor.</translation>
    </message>
    <message>
      <source>Not covered on {date}; ticked points come along:</source>
      <translation>No tratado el {date}; los puntos marcados se incluyen:</translation>
    </message>
    <message>
      <source>Everything on the {date} agenda was covered.</source>
      <translation>Se trató todo lo de la agenda del {date}.</translation>
    </message>
    <message>
      <source>Open action items:</source>
      <translation>Tareas abiertas:</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>No hay tareas abiertas.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Preferencias</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Seguir al sistema</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Claro</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Oscuro</translation>
    </message>
    <message>
      <source>As it should appear on agreements</source>
      <translation>Tal como debe aparecer en los acuerdos</translation>
    </message>
    <message>
      <source>after</source>
      <translation>tras</translation>
    </message>
    <message>
      <source>meetings and</source>
      <translation>reuniones y</translation>
    </message>
    <message>
      <source>days with nothing given back</source>
      <translation>días sin devolver nada</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Tema</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation>Tu &amp;nombre</translation>
    </message>
    <message>
      <source>Give-back nudge</source>
      <translation>Aviso para retribuir</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> MB</translation>
    </message>
    <message>
      <source>Largest &amp;attachment</source>
      <translation>&amp;Adjunto más grande</translation>
    </message>
    <message>
      <source>General</source>
      <translation>General</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Recordatorios</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Atajos</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Privacidad</translation>
    </message>
    <message>
      <source>Remind me of meetings 15 minutes ahead and of mentors who become overdue</source>
      <translation>Recordarme las reuniones 15 minutos antes y los mentores que pasan a estar vencidos</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when I log in</source>
      <translation>Iniciar MentorDesk minimizado al iniciar sesión</translation>
    </message>
    <message>
      <source>Start at login, minimized</source>
      <translation>Iniciar al iniciar sesión, minimizado</translation>
    </message>
    <message>
      <source>So reminders reach you on days you do not open MentorDesk</source>
      <translation>Para que los recordatorios te lleguen los días en que no abres MentorDesk</translation>
    </message>
    <message>
      <source>No calendar file</source>
      <translation>Sin archivo de calendario</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Choose the calendar file's folder</source>
      <translation>Elegir la carpeta del archivo de calendario</translation>
    </message>
    <message>
      <source>No File</source>
      <translation>Sin archivo</translation>
    </message>
    <message>
      <source>Keep no calendar file</source>
      <translation>No mantener archivo de calendario</translation>
    </message>
    <message>
      <source>MentorDesk keeps mentordesk-meetings.ics in this folder up to date with your planned meetings, for a calendar app that subscribes to the file.</source>
      <translation>MentorDesk mantiene al día mentordesk-meetings.ics en esta carpeta con tus reuniones planificadas, para una aplicación de calendario suscrita al archivo.</translation>
    </message>
    <message>
      <source> min before</source>
      <translation> min antes</translation>
    </message>
    <message>
      <source>At the start</source>
      <translation>Al empezar</translation>
    </message>
    <message>
      <source>Every event in the calendar file and the exported .ics carries this alarm</source>
      <translation>Cada evento del archivo de calendario y del .ics exportado lleva esta alarma</translation>
    </message>
    <message>
      <source>While open</source>
      <translation>Mientras está abierto</translation>
    </message>
    <message>
      <source>At login</source>
      <translation>Al iniciar sesión</translation>
    </message>
    <message>
      <source>&amp;Calendar file</source>
      <translation>Archivo de &amp;calendario</translation>
    </message>
    <message>
      <source>Calendar &amp;alarm</source>
      <translation>&amp;Alarma del calendario</translation>
    </message>
    <message>
      <source>Calendar file's folder</source>
      <translation>Carpeta del archivo de calendario</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>MentorDesk shows {language} the next time it starts.</source>
      <translation>MentorDesk se mostrará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Iniciar al iniciar sesión</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Update progress</source>
      <translation>Actualizar progreso</translation>
    </message>
    <message>
      <source>Progress in percent, 0 to 100</source>
      <translation>Progreso en porcentaje, de 0 a 100</translation>
    </message>
    <message>
      <source>0–100</source>
      <translation>0–100</translation>
    </message>
    <message>
      <source>Day of the update</source>
      <translation>Día de la actualización</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
    <message>
      <source>What moved it forward (or held it back)?</source>
      <translation>¿Qué lo hizo avanzar (o lo frenó)?</translation>
    </message>
    <message>
      <source>&amp;Progress (%)</source>
      <translation>&amp;Progreso (%)</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Día</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>&amp;Comentario</translation>
    </message>
    <message>
      <source>Its progress is counted from its action items; saving sets it by hand.</source>
      <translation>Su progreso se calcula a partir de sus tareas; al guardar se fija a mano.</translation>
    </message>
    <message>
      <source>Save progress</source>
      <translation>Guardar progreso</translation>
    </message>
    <message>
      <source>Type a whole number from 0 to 100, such as 40.</source>
      <translation>Escribe un número entero de 0 a 100, como 40.</translation>
    </message>
  </context>
  <context>
    <name>PromoteDialog</name>
    <message>
      <source>Promote to active mentor</source>
      <translation>Promover a mentor activo</translation>
    </message>
    <message>
      <source>{name} agreed to mentor you? They become an active mentor: everything recorded about them (where you found them, why they fit, your outreach, linked goals) stays.</source>
      <translation>¿{name} aceptó ser tu mentor? Pasa a ser un mentor activo: todo lo registrado sobre esa persona (dónde la encontraste, por qué encaja, tus contactos, los objetivos vinculados) se conserva.</translation>
    </message>
    <message>
      <source>Start an agreement from</source>
      <translation>Empezar un acuerdo a partir de</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Ahora no</translation>
    </message>
    <message>
      <source>Promote</source>
      <translation>Promover</translation>
    </message>
    <message>
      <source>Start the &amp;agreement from</source>
      <translation>Empezar el &amp;acuerdo a partir de</translation>
    </message>
  </context>
  <context>
    <name>ProspectPanel</name>
    <message>
      <source>Goals this person fits</source>
      <translation>Objetivos con los que encaja esta persona</translation>
    </message>
    <message>
      <source>Outreach steps</source>
      <translation>Pasos de contacto</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Eliminar paso</translation>
    </message>
    <message>
      <source>Draft the ask…</source>
      <translation>Redactar la petición…</translation>
    </message>
    <message>
      <source>A short, specific message asking them to mentor you, to copy or mail</source>
      <translation>Un mensaje breve y concreto para pedirle que sea tu mentor, para copiar o enviar por correo</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Paso</translation>
    </message>
    <message>
      <source>Day of the step</source>
      <translation>Día del paso</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Seguimiento el</translation>
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation>Recordarme hacer seguimiento</translation>
    </message>
    <message>
      <source>Follow-up day</source>
      <translation>Día de seguimiento</translation>
    </message>
    <message>
      <source>Note on the step</source>
      <translation>Nota sobre el paso</translation>
    </message>
    <message>
      <source>How you asked, what they said…</source>
      <translation>Cómo lo pediste, qué te respondieron…</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Añadir paso</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>Pa&amp;so</translation>
    </message>
    <message>
      <source>&amp;On</source>
      <translation>&amp;El</translation>
    </message>
    <message>
      <source>&amp;Remind</source>
      <translation>&amp;Recordar</translation>
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation>N&amp;ota</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Por qué encaja</translation>
    </message>
    <message>
      <source>Goals they fit</source>
      <translation>Objetivos con los que encaja</translation>
    </message>
    <message>
      <source>Outreach</source>
      <translation>Contacto</translation>
    </message>
    <message>
      <source>No prospect chosen</source>
      <translation>Ningún candidato elegido</translation>
    </message>
    <message>
      <source>Found through: {where}</source>
      <translation>Encontrado en: {where}</translation>
    </message>
    <message>
      <source>(Not written yet: edit the profile.)</source>
      <translation>(Aún sin escribir: edita el perfil.)</translation>
    </message>
    <message>
      <source>No active goals yet: add them in Goals.</source>
      <translation>Aún no hay objetivos activos: añádelos en Objetivos.</translation>
    </message>
    <message>
      <source>{day} · {step}</source>
      <translation>{day} · {step}</translation>
    </message>
    <message>
      <source>follow up on {day}</source>
      <translation>seguimiento el {day}</translation>
    </message>
    <message>
      <source>Not asked yet. Record each step above.</source>
      <translation>Aún sin pedir. Registra cada paso arriba.</translation>
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Dónde lo encontraste</translation>
    </message>
    <message>
      <source>Fits</source>
      <translation>Encaja</translation>
    </message>
    <message>
      <source>Last step</source>
      <translation>Último paso</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>Seguimiento</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n objetivo</numerusform>
        <numerusform>%n objetivos</numerusform>
      </translation>
    </message>
    <message>
      <source>Not asked yet</source>
      <translation>Aún sin pedir</translation>
    </message>
    <message>
      <source>{step} {day}</source>
      <translation>{step} {day}</translation>
    </message>
    <message>
      <source>⚠ {day}</source>
      <translation>⚠ {day}</translation>
    </message>
  </context>
  <context>
    <name>ProspectsView</name>
    <message>
      <source>Finding the right mentor</source>
      <translation>Encontrar al mentor adecuado</translation>
    </message>
    <message>
      <source>Look for someone whose career you aspire to and who fits your goals and values: at networking events, in professional associations, on social media, through colleagues. Add them as a mentor with the status “Prospect”; here you track why they fit, when you asked, and when to follow up.</source>
      <translation>Busca a alguien cuya trayectoria admires y que encaje con tus objetivos y valores: en eventos de networking, en asociaciones profesionales, en redes sociales, a través de colegas. Añádelo como mentor con el estado «Candidato»; aquí sigues por qué encaja, cuándo se lo pediste y cuándo hacer seguimiento.</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Candidatos</translation>
    </message>
    <message>
      <source>Add a prospect</source>
      <translation>Añadir un candidato</translation>
    </message>
    <message>
      <source>New prospect…</source>
      <translation>Nuevo candidato…</translation>
    </message>
    <message>
      <source>Promote to active…</source>
      <translation>Promover a activo…</translation>
    </message>
    <message>
      <source>Edit profile</source>
      <translation>Editar perfil</translation>
    </message>
  </context>
  <context>
    <name>ReadMeetingDialog</name>
    <message>
      <source>Meeting with {name}</source>
      <translation>Reunión con {name}</translation>
    </message>
    <message>
      <source>The meeting's notes</source>
      <translation>Las notas de la reunión</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Abrir en modo reunión</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Copiar agenda</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your recovery key</source>
      <translation>Su clave de recuperación</translation>
    </message>
    <message>
      <source>Write this recovery key down, print it or save it away from this computer. It opens your data if you forget the passphrase. If you lose both, nobody can open your data.</source>
      <translation>Anote esta clave de recuperación, imprímala o guárdela fuera de este ordenador. Abre sus datos si olvida la frase de contraseña. Si pierde ambas, nadie podrá abrir sus datos.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clave de recuperación</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <source>&amp;Save to a file…</source>
      <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimir…</translation>
    </message>
    <message>
      <source>I have &amp;kept it</source>
      <translation>&amp;La he guardado</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>Copiada al portapapeles.</translation>
    </message>
    <message>
      <source>Save the recovery key</source>
      <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
      <source>MentorDesk recovery key: {key}
</source>
      <translation>Clave de recuperación de MentorDesk: {key}
</translation>
    </message>
    <message>
      <source>Save to a file</source>
      <translation>Guardar en un archivo</translation>
    </message>
    <message>
      <source>The recovery key could not be saved in {path} ({reason}). Choose another folder, or copy or print the key instead.</source>
      <translation>No se pudo guardar la clave de recuperación en {path} ({reason}). Elija otra carpeta, o copie o imprima la clave en su lugar.</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Guardada en {path}.</translation>
    </message>
    <message>
      <source>Print the recovery key</source>
      <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
      <source>Printed to {file}.</source>
      <translation>Impresa en {file}.</translation>
    </message>
    <message>
      <source>Sent to the printer {name}.</source>
      <translation>Enviada a la impresora {name}.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimir</translation>
    </message>
    <message>
      <source>The recovery key could not be printed. Check the printer (or the folder of the PDF file) and try again, or copy or save the key instead.</source>
      <translation>No se pudo imprimir la clave de recuperación. Compruebe la impresora (o la carpeta del archivo PDF) y vuelva a intentarlo, o bien copie o guarde la clave.</translation>
    </message>
    <message>
      <source>You have not copied, saved or printed the recovery key. If you forget your passphrase, only this key opens your data, and it is not shown again. Close it anyway?</source>
      <translation>No ha copiado, guardado ni impreso la clave de recuperación. Si olvida su frase de contraseña, solo esta clave abre sus datos, y no se volverá a mostrar. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
      <source>I have &amp;written it down</source>
      <translation>La he &amp;anotado</translation>
    </message>
    <message>
      <source>Go &amp;back</source>
      <translation>&amp;Volver</translation>
    </message>
    <message>
      <source>MentorDesk recovery key</source>
      <translation>Clave de recuperación de MentorDesk</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>Impresa el {date}</translation>
    </message>
    <message>
      <source>For the data folder: {folder}</source>
      <translation>Para la carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>This key opens your MentorDesk data if you forget your passphrase: type it where the passphrase is asked for (capitals, spaces and dashes do not matter). Keep this page somewhere safe, away from the computer. Anyone who has it and your data folder can read your data; if you lose both the key and the passphrase, nobody can.</source>
      <translation>Esta clave abre sus datos de MentorDesk si olvida su frase de contraseña: escríbala donde se pida la frase de contraseña (mayúsculas, espacios y guiones no importan). Guarde esta página en un lugar seguro, lejos del ordenador. Quien la tenga junto con su carpeta de datos puede leer sus datos; si pierde la clave y la frase de contraseña, nadie puede.</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminders</source>
      <translation>Recordatorios</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Open what the reminder is about</source>
      <translation>Abrir aquello a lo que se refiere el recordatorio</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Descartar</translation>
    </message>
    <message>
      <source>Dismiss the reminder</source>
      <translation>Descartar el recordatorio</translation>
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Restore the notes as they were</source>
      <translation>Restaurar las notas como estaban</translation>
    </message>
    <message>
      <source>Bring back what the last undo removed</source>
      <translation>Recuperar lo que quitó el último deshacer</translation>
    </message>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation>
        <numerusform>Deshacer quitó %n carácter de tus notas. Restaurar lo recupera.</numerusform>
        <numerusform>Deshacer quitó %n caracteres de tus notas. Restaurar los recupera.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notes restored.</source>
      <translation>Notas restauradas.</translation>
    </message>
  </context>
  <context>
    <name>RhythmRow</name>
    <message>
      <source>Unless agreed, meet &amp;every</source>
      <translation>Salvo acuerdo, reunirse &amp;cada</translation>
    </message>
    <message>
      <source>Meet every (when no agreement sets it)</source>
      <translation>Reunirse cada (cuando ningún acuerdo lo fija)</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unidad</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Fijar</translation>
    </message>
    <message>
      <source>Set the mentor's own rhythm</source>
      <translation>Fijar el ritmo propio del mentor</translation>
    </message>
    <message>
      <source>No rhythm yet: agree a meeting frequency, or set one below.</source>
      <translation>Aún sin ritmo: acordad una frecuencia de reuniones o fija una abajo.</translation>
    </message>
    <message>
      <source>Meet {interval}, as agreed (version {n}).</source>
      <translation>Reunirse {interval}, según lo acordado (versión {n}).</translation>
    </message>
    <message>
      <source>Meet {interval} (your own setting; no agreed frequency).</source>
      <translation>Reunirse {interval} (tu propio ajuste; sin frecuencia acordada).</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Escribe un número entero, como 4 (para cada 4 semanas).</translation>
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>You are exploring sample data (fictional mentors).</source>
      <translation>Estás explorando datos de ejemplo (mentores ficticios).</translation>
    </message>
    <message>
      <source>Remove sample data…</source>
      <translation>Quitar datos de ejemplo…</translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Quitar datos de ejemplo</translation>
    </message>
  </context>
  <context>
    <name>SearchView</name>
    <message>
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <source>Search mentors, notes, agendas, action items (Ctrl+F)</source>
      <translation>Buscar mentores, notas, agendas, tareas (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
      <source>Type to search everything you wrote</source>
      <translation>Escribe para buscar en todo lo que has escrito</translation>
    </message>
    <message>
      <source>Search is not available right now. Try again.</source>
      <translation>La búsqueda no está disponible ahora. Inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>No results for “{query}”</source>
      <translation>Sin resultados para «{query}»</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>Show all in {section}</source>
      <translation>Mostrar todo en {section}</translation>
    </message>
    <message>
      <source>Show all {n}</source>
      <translation>Mostrar los {n}</translation>
    </message>
    <message>
      <source>Show all {n} in {section}</source>
      <translation>Mostrar los {n} en {section}</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>Hace</translation>
    </message>
    <message>
      <source>On macOS, Ctrl means ⌘.</source>
      <translation>En macOS, Ctrl significa ⌘.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsPage</name>
    <message>
      <source>Find an action</source>
      <translation>Buscar una acción</translation>
    </message>
    <message>
      <source>Actions and their keyboard shortcuts</source>
      <translation>Acciones y sus atajos de teclado</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Teclas</translation>
    </message>
    <message>
      <source>New keys for the selected action</source>
      <translation>Nuevas teclas para la acción seleccionada</translation>
    </message>
    <message>
      <source>No Keys</source>
      <translation>Sin teclas</translation>
    </message>
    <message>
      <source>Remove the selected action's keys</source>
      <translation>Quitar las teclas de la acción seleccionada</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Restablecer</translation>
    </message>
    <message>
      <source>Give the selected action its usual keys</source>
      <translation>Devolver a la acción seleccionada sus teclas habituales</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>Teclas:</translation>
    </message>
    <message>
      <source>Where: {place}</source>
      <translation>Dónde: {place}</translation>
    </message>
    <message>
      <source>Keys: {keys}</source>
      <translation>Teclas: {keys}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <source>Two actions share keys; change one: {clashes}</source>
      <translation>Dos acciones comparten teclas; cambia una: {clashes}</translation>
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message>
      <source>MentorDesk could not read or write its data: {problem}.</source>
      <translation>MentorDesk no pudo leer o escribir sus datos: {problem}.</translation>
    </message>
    <message>
      <source>Restore the backup of {when} ({mentors}, {meetings})</source>
      <translation>Restaurar la copia de seguridad del {when} ({mentors}, {meetings})</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n reunión</numerusform>
        <numerusform>%n reuniones</numerusform>
      </translation>
    </message>
    <message>
      <source>MentorDesk cannot use its database: it is damaged ({detail}).</source>
      <translation>MentorDesk no puede usar su base de datos: está dañada ({detail}).</translation>
    </message>
    <message>
      <source>You can go back to your newest good backup, from {when}: {mentors} and {meetings}. Or start with an empty database.</source>
      <translation>Puedes volver a tu última copia buena, del {when}: {mentors} y {meetings}. O empezar con una base de datos vacía.</translation>
    </message>
    <message>
      <source>There is no backup to go back to. You can start with an empty database.</source>
      <translation>No hay ninguna copia de seguridad a la que volver. Puedes empezar con una base de datos vacía.</translation>
    </message>
    <message>
      <source>Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Quit leaves everything as it is.</source>
      <translation>En ambos casos se conserva el archivo dañado, renombrado como mentordesk.sqlite3.damaged-&lt;time&gt;, en {folder}. Salir lo deja todo como está.</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Empezar vacío</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Restaurar esta copia de seguridad</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>Tus datos necesitan atención</translation>
    </message>
    <message>
      <source>This data was last used by a newer version of MentorDesk. Update MentorDesk to open it. Nothing was changed.

Data folder: {folder}</source>
      <translation>Estos datos los usó por última vez una versión más reciente de MentorDesk. Actualiza MentorDesk para abrirlos. No se cambió nada.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>The disk is full. MentorDesk needs about {needed} MB of free space to open your data safely. Free some space, then start MentorDesk again. Nothing was changed.

Data folder: {folder}</source>
      <translation>El disco está lleno. MentorDesk necesita unos {needed} MB libres para abrir tus datos con seguridad. Libera espacio y vuelve a iniciar MentorDesk. No se cambió nada.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>Another program is using MentorDesk's database (a database browser, or a sync or backup tool). Close it, then start MentorDesk again. Nothing was changed.

Database: {database}</source>
      <translation>Otro programa está usando la base de datos de MentorDesk (un navegador de bases de datos o una herramienta de sincronización o de copias). Ciérralo y vuelve a iniciar MentorDesk. No se cambió nada.

Base de datos: {database}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. In File Explorer, right-click the data folder, choose Properties ▸ Security and give your account Full control, or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk no tiene permiso para leer o escribir sus datos. En el Explorador de archivos, haz clic derecho en la carpeta de datos, elige Propiedades ▸ Seguridad y da a tu cuenta Control total, o inicia MentorDesk con otra carpeta de datos (--data-dir).

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. Check that the data folder and the files in it belong to you (a run with sudo can leave files you cannot write), or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk no tiene permiso para leer o escribir sus datos. Comprueba que la carpeta de datos y sus archivos son tuyos (una ejecución con sudo puede dejar archivos que no puedes escribir), o inicia MentorDesk con otra carpeta de datos (--data-dir).

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>The disk reported an error while reading your data. Copy the data folder to a safe place, then check the disk.

Data folder: {folder}</source>
      <translation>El disco informó de un error al leer tus datos. Copia la carpeta de datos a un lugar seguro y luego revisa el disco.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (proceso {pid})</translation>
    </message>
    <message>
      <source>MentorDesk is already open with this data folder{holder}, but it does not answer. If a MentorDesk command is running (restore, import), wait until it ends; if a MentorDesk window is frozen, close it. Two copies writing the same notes could lose some of them.

Data folder: {folder}</source>
      <translation>MentorDesk ya está abierto con esta carpeta de datos{holder}, pero no responde. Si hay un comando de MentorDesk en curso (restaurar, importar), espera a que termine; si una ventana de MentorDesk está bloqueada, ciérrala. Dos copias escribiendo las mismas notas podrían perder parte de ellas.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>The disk holding MentorDesk's data is mounted read-only, so MentorDesk cannot write there. Mount it read-write, or start MentorDesk with another data folder (--data-dir). Nothing was changed.

Data folder: {folder}</source>
      <translation>El disco que contiene los datos de MentorDesk está montado como solo lectura, así que MentorDesk no puede escribir en él. Móntalo con lectura y escritura, o inicia MentorDesk con otra carpeta de datos (--data-dir). No se cambió nada.

Carpeta de datos: {folder}</translation>
    </message>
    <message>
      <source>the disk is full. Free some space, then start MentorDesk again.</source>
      <translation>el disco está lleno. Libera espacio y vuelve a iniciar MentorDesk.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user). Make them yours again in the folder's Properties ▸ Security, or use another data folder.</source>
      <translation>no está permitido (el archivo o su carpeta quizá pertenezcan a otro usuario). Vuelve a hacerlos tuyos en Propiedades ▸ Seguridad de la carpeta, o usa otra carpeta de datos.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user, for example after a run with sudo). Make them yours again, or use another data folder.</source>
      <translation>no está permitido (el archivo o su carpeta quizá pertenezcan a otro usuario, por ejemplo tras una ejecución con sudo). Vuelve a hacerlos tuyos, o usa otra carpeta de datos.</translation>
    </message>
    <message>
      <source>the disk reported an error ({reason}).</source>
      <translation>el disco informó de un error ({reason}).</translation>
    </message>
    <message>
      <source>MentorDesk cannot write its lock file {path}: {cause}</source>
      <translation>MentorDesk no puede escribir su archivo de bloqueo {path}: {cause}</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>The other laptops</source>
      <translation>Los otros portátiles</translation>
    </message>
    <message>
      <source>What sync decided by itself</source>
      <translation>Lo que la sincronización decidió por sí sola</translation>
    </message>
    <message>
      <source>Sync has decided nothing by itself yet. When the same thing is edited on two laptops before they sync, the newer edit is kept and the other is listed here, to restore with one click.</source>
      <translation>La sincronización aún no ha decidido nada por sí sola. Cuando lo mismo se edita en dos portátiles antes de sincronizarse, se conserva la edición más reciente y la otra aparece aquí, para restaurarla con un clic.</translation>
    </message>
    <message>
      <source>Sync &amp;Now</source>
      <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Sincronizar ahora</translation>
    </message>
    <message>
      <source>Sync is off. Choose a sync folder and name this laptop in Edit ▸ Preferences ▸ Sync.</source>
      <translation>La sincronización está desactivada. Elija una carpeta y nombre este portátil en Editar ▸ Preferencias ▸ Sincronización.</translation>
    </message>
    <message>
      <source>This laptop is “{name}”, syncing through {folder}.</source>
      <translation>Este portátil es «{name}» y se sincroniza a través de {folder}.</translation>
    </message>
    <message>
      <source>Last batch sent: number {number}, with changes up to {moment}.</source>
      <translation>Último lote enviado: número {number}, con cambios hasta {moment}.</translation>
    </message>
    <message>
      <source>Nothing sent yet.</source>
      <translation>Aún no se ha enviado nada.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) made here wait for the next round.</source>
      <translation>
        <numerusform>%n cambio hecho aquí espera la próxima ronda.</numerusform>
        <numerusform>%n cambios hechos aquí esperan la próxima ronda.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) from other laptops wait for what they belong to; they are stored as soon as it arrives.</source>
      <translation>
        <numerusform>%n registro de otros portátiles espera aquello a lo que pertenece; se guardará en cuanto llegue.</numerusform>
        <numerusform>%n registros de otros portátiles esperan aquello a lo que pertenecen; se guardarán en cuanto llegue.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is waiting.</source>
      <translation>Nada está en espera.</translation>
    </message>
  </context>
  <context>
    <name>SyncSettings</name>
    <message>
      <source>Sync this data with my other laptops through a folder</source>
      <translation>Sincronizar estos datos con mis otros portátiles mediante una carpeta</translation>
    </message>
    <message>
      <source>Sync through a folder</source>
      <translation>Sincronizar mediante una carpeta</translation>
    </message>
    <message>
      <source>Sync folder</source>
      <translation>Carpeta de sincronización</translation>
    </message>
    <message>
      <source>A folder Dropbox, OneDrive or Syncthing keeps</source>
      <translation>Una carpeta que Dropbox, OneDrive o Syncthing sincroniza</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Elegir…</translation>
    </message>
    <message>
      <source>Choose the sync folder</source>
      <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Nombre de este portátil</translation>
    </message>
    <message>
      <source>Such as Home laptop</source>
      <translation>Por ejemplo Portátil de casa</translation>
    </message>
    <message>
      <source>Each laptop writes what changed on it into this folder, and reads what the others wrote, every two minutes and with File ▸ Sync Now. Choose the same folder on every laptop, and give each its own name.</source>
      <translation>Cada portátil escribe lo que cambió en él en esta carpeta y lee lo que escribieron los demás, cada dos minutos y con Archivo ▸ Sincronizar ahora. Elija la misma carpeta en cada portátil y dé a cada uno su propio nombre.</translation>
    </message>
    <message>
      <source>Sync &amp;folder</source>
      <translation>&amp;Carpeta de sincronización</translation>
    </message>
    <message>
      <source>This &amp;laptop's name</source>
      <translation>&amp;Nombre de este portátil</translation>
    </message>
    <message>
      <source>The sync folder's passphrase</source>
      <translation>La frase de contraseña de la carpeta de sincronización</translation>
    </message>
    <message>
      <source>Only if it differs from this laptop's</source>
      <translation>Solo si es distinta de la de este portátil</translation>
    </message>
    <message>
      <source>Your data is encrypted, so what this laptop writes to the sync folder is encrypted too, with the passphrase the sync folder was set up with. If this laptop's passphrase is another, type that one here (once).</source>
      <translation>Sus datos están cifrados, así que lo que este portátil escribe en la carpeta de sincronización también se cifra, con la frase de contraseña con la que se configuró la carpeta de sincronización. Si la de este portátil es otra, escriba aquella aquí (una vez).</translation>
    </message>
    <message>
      <source>Sync &amp;passphrase</source>
      <translation>&amp;Frase de contraseña de sincronización</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Sincronización</translation>
    </message>
    <message>
      <source>Choose the folder your sync service keeps first.</source>
      <translation>Elija primero la carpeta que mantiene su servicio de sincronización.</translation>
    </message>
    <message>
      <source>There is no folder at {folder}. Give the folder your sync service keeps (Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it first.</source>
      <translation>No hay ninguna carpeta en {folder}. Indique la carpeta que mantiene su servicio de sincronización (Dropbox, OneDrive, iCloud Drive, Syncthing, una memoria USB), o créela primero.</translation>
    </message>
    <message>
      <source>Give this laptop a name, such as “Home laptop”.</source>
      <translation>Dé un nombre a este portátil, por ejemplo «Portátil de casa».</translation>
    </message>
  </context>
  <context>
    <name>TargetDate</name>
    <message>
      <source>By</source>
      <translation>Para el</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Fecha meta</translation>
    </message>
  </context>
  <context>
    <name>TemplateOffer</name>
    <message>
      <source>Meeting template</source>
      <translation>Plantilla de reunión</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Preguntas</translation>
    </message>
    <message>
      <source>Add a question from the template</source>
      <translation>Añadir una pregunta de la plantilla</translation>
    </message>
    <message>
      <source>Add a question from the template's question bank</source>
      <translation>Añadir una pregunta del banco de preguntas de la plantilla</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>Plantillas…</translation>
    </message>
    <message>
      <source>Edit meeting templates</source>
      <translation>Editar las plantillas de reunión</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>Sin plantilla</translation>
    </message>
    <message>
      <source>{name} (suggested)</source>
      <translation>{name} (sugerida)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Meeting Templates</source>
      <translation>Plantillas de reunión</translation>
    </message>
    <message>
      <source>Meeting templates</source>
      <translation>Plantillas de reunión</translation>
    </message>
    <message>
      <source>Template name</source>
      <translation>Nombre de la plantilla</translation>
    </message>
    <message>
      <source>What it is for</source>
      <translation>Para qué sirve</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Sections, one a line: minutes, title</source>
      <translation>Secciones, una por línea: minutos, título</translation>
    </message>
    <message>
      <source>10 Catch up and wins
20 The main question</source>
      <translation>10 Puesta al día y logros
20 La pregunta principal</translation>
    </message>
    <message>
      <source>Question bank, one a line</source>
      <translation>Banco de preguntas, una por línea</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nombre</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>P&amp;ara</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Descripción</translation>
    </message>
    <message>
      <source>&amp;Sections</source>
      <translation>&amp;Secciones</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>&amp;Preguntas</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Duplicar</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Eliminar…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importar…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exportar…</translation>
    </message>
    <message>
      <source> (edited)</source>
      <translation> (editada)</translation>
    </message>
    <message>
      <source>Restore Original…</source>
      <translation>Restaurar la original…</translation>
    </message>
    <message>
      <source>Write each section as minutes then a title (line {lines}).</source>
      <translation>Escribe cada sección como minutos y luego un título (línea {lines}).</translation>
    </message>
    <message>
      <source>Import a meeting template</source>
      <translation>Importar una plantilla de reunión</translation>
    </message>
    <message>
      <source>Meeting templates (*.json)</source>
      <translation>Plantillas de reunión (*.json)</translation>
    </message>
    <message>
      <source>Import the template “{name}”</source>
      <translation>Importar la plantilla «{name}»</translation>
    </message>
    <message>
      <source>Export the meeting template</source>
      <translation>Exportar la plantilla de reunión</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportado a {file}.</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Qué pasó</translation>
    </message>
    <message>
      <source>Added to MentorDesk</source>
      <translation>Añadido a MentorDesk</translation>
    </message>
    <message>
      <source>Status: {before} → {after}</source>
      <translation>Estado: {before} → {after}</translation>
    </message>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation>
        <numerusform>Reunión de %n min</numerusform>
        <numerusform>Reunión de %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation>
        <numerusform>Reunión planificada, %n min</numerusform>
        <numerusform>Reunión planificada, %n min</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting cancelled</source>
      <translation>Reunión cancelada</translation>
    </message>
    <message>
      <source>Agreement version {number} agreed</source>
      <translation>Versión {number} del acuerdo acordada</translation>
    </message>
    <message>
      <source>Mentorship closed, with a closure review</source>
      <translation>Mentoría cerrada, con una revisión de cierre</translation>
    </message>
    <message>
      <source>Action item: {text}</source>
      <translation>Tarea: {text}</translation>
    </message>
    <message>
      <source>Done: {text}</source>
      <translation>Hecha: {text}</translation>
    </message>
    <message>
      <source>Dropped: {text}</source>
      <translation>Descartada: {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Contado: {text}</translation>
    </message>
    <message>
      <source>Learned: {text}</source>
      <translation>Aprendido: {text}</translation>
    </message>
  </context>
  <context>
    <name>TopicDialog</name>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Drop a topic</source>
      <translation>Anotar un tema</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Elige un mentor…</translation>
    </message>
    <message>
      <source>e.g. Ask how she prepared her first board talk</source>
      <translation>p. ej. Preguntarle cómo preparó su primera presentación ante el consejo</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privado: nunca en nada que se copie o se envíe</translation>
    </message>
    <message>
      <source>Private topic</source>
      <translation>Tema privado</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>&amp;Tema</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Choose the mentor this topic is for.</source>
      <translation>Elige el mentor al que va dirigido este tema.</translation>
    </message>
  </context>
  <context>
    <name>TopicOffer</name>
    <message>
      <source>Topics from your agreement</source>
      <translation>Temas de tu acuerdo</translation>
    </message>
    <message>
      <source>Agreement topics to add to the agenda</source>
      <translation>Temas del acuerdo para añadir a la agenda</translation>
    </message>
  </context>
  <context>
    <name>TopicTableModel</name>
    <message>
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Dónde</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privado</translation>
    </message>
  </context>
  <context>
    <name>TouchDialog</name>
    <message>
      <source>Touch with {name}</source>
      <translation>Contacto con {name}</translation>
    </message>
    <message>
      <source>Log a touch with {name}</source>
      <translation>Registrar un contacto con {name}</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>What it was about</source>
      <translation>De qué trató</translation>
    </message>
    <message>
      <source>One line, e.g. Sent her the draft deck</source>
      <translation>Una línea, p. ej. Le envié el borrador de las diapositivas</translation>
    </message>
    <message>
      <source>&amp;How</source>
      <translation>&amp;Cómo</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Día</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Asunto</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Guardar</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Registrar</translation>
    </message>
  </context>
  <context>
    <name>TouchTableModel</name>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Cómo</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Asunto</translation>
    </message>
  </context>
  <context>
    <name>TypingRecovery</name>
    <message numerus="yes">
      <source>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting(s) were recovered ({names}).</source>
      <translation>
        <numerusform>MentorDesk se cerró antes de guardar las últimas notas que escribiste. Ya están de vuelta: se recuperaron las notas de %n reunión ({names}).</numerusform>
        <numerusform>MentorDesk se cerró antes de guardar las últimas notas que escribiste. Ya están de vuelta: se recuperaron las notas de %n reuniones ({names}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting(s) whose notes changed since ({names}): see History in the meeting.</source>
      <translation>
        <numerusform>Las notas escritas antes de que MentorDesk se cerrara se guardaron como versión anterior de %n reunión cuyas notas han cambiado desde entonces ({names}): consulta el Historial en la reunión.</numerusform>
        <numerusform>Las notas escritas antes de que MentorDesk se cerrara se guardaron como versión anterior de %n reuniones cuyas notas han cambiado desde entonces ({names}): consulta el Historial en cada reunión.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Type your passphrase (or your recovery key).</source>
      <translation>Escriba su frase de contraseña (o su clave de recuperación).</translation>
    </message>
    <message>
      <source>Wrong passphrase. Your data is fine: type it again (it is case-sensitive), or use your recovery key.</source>
      <translation>Frase de contraseña incorrecta. Sus datos están bien: escríbala de nuevo (distingue mayúsculas y minúsculas), o use su clave de recuperación.</translation>
    </message>
    <message>
      <source>Unlock your data</source>
      <translation>Desbloquear sus datos</translation>
    </message>
    <message>
      <source>Your MentorDesk data in {folder} is encrypted. Type your passphrase, or your recovery key if you have forgotten it.</source>
      <translation>Sus datos de MentorDesk en {folder} están cifrados. Escriba su frase de contraseña, o su clave de recuperación si la ha olvidado.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Frase de contraseña o clave de recuperación</translation>
    </message>
    <message>
      <source>Why it did not open</source>
      <translation>Por qué no se abrieron</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>&amp;Recordar en este ordenador</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Recordar en este ordenador</translation>
    </message>
    <message>
      <source>This computer has no keyring service, so MentorDesk cannot remember the passphrase: you type it at each start.</source>
      <translation>Este ordenador no tiene servicio de llavero, así que MentorDesk no puede recordar la frase de contraseña: la escribe en cada inicio.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Desbloquear</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Time</source>
      <translation>Hora</translation>
    </message>
    <message>
      <source>Why it was kept</source>
      <translation>Por qué se guardó</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <source>Starts with</source>
      <translation>Empieza con</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n carácter</numerusform>
        <numerusform>%n caracteres</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>accessibility</name>
    <message>
      <source>Choices for {field}</source>
      <translation>Opciones de {field}</translation>
    </message>
    <message>
      <source>Choices</source>
      <translation>Opciones</translation>
    </message>
    <message>
      <source>Clear {field}</source>
      <translation>Borrar {field}</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <source>More of {bar}</source>
      <translation>Más de {bar}</translation>
    </message>
  </context>
  <context>
    <name>action_items</name>
    <message>
      <source>Capture “{text}”</source>
      <translation>Capturar «{text}»</translation>
    </message>
    <message>
      <source>Add action item: {text}</source>
      <translation>Añadir tarea: {text}</translation>
    </message>
    <message>
      <source>Set due date: {text}</source>
      <translation>Fijar vencimiento: {text}</translation>
    </message>
    <message>
      <source>Edit action item: {text}</source>
      <translation>Editar tarea: {text}</translation>
    </message>
    <message>
      <source>No report back: {text}</source>
      <translation>Sin contar resultado: {text}</translation>
    </message>
    <message>
      <source>Report back: {text}</source>
      <translation>Contar resultado: {text}</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Marcar como privado: {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Dejar de marcar como privado: {text}</translation>
    </message>
    <message>
      <source>Mark done: {text}</source>
      <translation>Marcar como hecha: {text}</translation>
    </message>
    <message>
      <source>Marked done: {text}.</source>
      <translation>Marcada como hecha: {text}.</translation>
    </message>
    <message>
      <source>Reopen: {text}</source>
      <translation>Reabrir: {text}</translation>
    </message>
    <message>
      <source>Drop: {text}</source>
      <translation>Descartar: {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Contado: {text}</translation>
    </message>
    <message>
      <source>Remove “{text}”</source>
      <translation>Quitar «{text}»</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>&amp;Deshacer {what}</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>&amp;Rehacer {what}</translation>
    </message>
  </context>
  <context>
    <name>agenda_preview</name>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation>La agenda está en el portapapeles, lista para enviar.</translation>
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message>
      <source>Mentee</source>
      <translation>Mentorizado</translation>
    </message>
    <message>
      <source>Version {number} · {status} · agreed on {day}</source>
      <translation>Versión {number} · {status} · acordada el {day}</translation>
    </message>
    <message>
      <source>Version {number} · {status} · prepared on {day}</source>
      <translation>Versión {number} · {status} · preparada el {day}</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minuto</numerusform>
        <numerusform>%n minutos</numerusform>
      </translation>
    </message>
    <message>
      <source>We meet</source>
      <translation>Nos reunimos</translation>
    </message>
    <message>
      <source>As agreed</source>
      <translation>Según lo acordado</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Empieza</translation>
    </message>
    <message>
      <source>We review it on</source>
      <translation>Lo revisamos el</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Termina</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Objetivos de la mentoría</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Temas</translation>
    </message>
    <message>
      <source>{name} commits to</source>
      <translation>{name} se compromete a</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidencialidad</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <source>Mentoring agreement</source>
      <translation>Acuerdo de mentoría</translation>
    </message>
    <message>
      <source>between {mentee} (mentee) and {mentor} (mentor)</source>
      <translation>entre {mentee} (mentorizado) y {mentor} (mentor)</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>We agree to the above.</source>
      <translation>Estamos de acuerdo con lo anterior.</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Firmado</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message>
      <source>Save agreement with {name} as version {n}</source>
      <translation>Guardar el acuerdo con {name} como versión {n}</translation>
    </message>
    <message>
      <source>Edit the agreement with {name}</source>
      <translation>Editar el acuerdo con {name}</translation>
    </message>
    <message>
      <source>Saved version {n} of the agreement with {name}.</source>
      <translation>Guardada la versión {n} del acuerdo con {name}.</translation>
    </message>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation>
        <numerusform>Tiene %n versión. Editar ▸ Deshacer lo recupera.</numerusform>
        <numerusform>Tiene %n versiones. Editar ▸ Deshacer lo recupera.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Eliminar acuerdo</translation>
    </message>
    <message>
      <source>Delete the agreement with {name} and all its versions?</source>
      <translation>¿Eliminar el acuerdo con {name} y todas sus versiones?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete the agreement with {name}</source>
      <translation>Eliminar el acuerdo con {name}</translation>
    </message>
    <message>
      <source>Set meeting rhythm</source>
      <translation>Fijar el ritmo de reuniones</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something went wrong: {error}. Your saved data is safe. Details are in the log file (Help ▸ About shows the data folder).</source>
      <translation>Algo salió mal: {error}. Tus datos guardados están a salvo. Los detalles están en el archivo de registro (Ayuda ▸ Acerca de muestra la carpeta de datos).</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>Dashboard</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentores</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Reuniones</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Retribuir</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Candidatos</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Buscar</translation>
    </message>
    <message>
      <source>Who is due for a meeting, what you promised, and what is overdue.</source>
      <translation>A quién toca ver, qué prometiste y qué está vencido.</translation>
    </message>
    <message>
      <source>Your career goals, and which mentors help with each.</source>
      <translation>Tus objetivos profesionales y qué mentores ayudan con cada uno.</translation>
    </message>
    <message>
      <source>Ideas for giving back to each mentor, planned and done.</source>
      <translation>Ideas para devolver algo a cada mentor, previstas y hechas.</translation>
    </message>
    <message>
      <source>People you might ask to mentor you, and your outreach.</source>
      <translation>Personas a las que podrías pedir que sean tu mentor, y tus contactos.</translation>
    </message>
  </context>
  <context>
    <name>ask</name>
    <message>
      <source>Follow up if no answer by</source>
      <translation>Hacer seguimiento si no responde antes del</translation>
    </message>
    <message>
      <source>Asked by email (drafted in MentorDesk)</source>
      <translation>Pedido por correo (redactado en MentorDesk)</translation>
    </message>
    <message>
      <source>Asked (message drafted in MentorDesk)</source>
      <translation>Pedido (mensaje redactado en MentorDesk)</translation>
    </message>
    <message>
      <source>Ask {name}</source>
      <translation>Pedir a {name} que sea tu mentor</translation>
    </message>
    <message>
      <source>once a day</source>
      <translation>una vez al día</translation>
    </message>
    <message>
      <source>once a week</source>
      <translation>una vez a la semana</translation>
    </message>
    <message>
      <source>once a month</source>
      <translation>una vez al mes</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>cada %n día</numerusform>
        <numerusform>cada %n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>cada %n mes</numerusform>
        <numerusform>cada %n meses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>cada %n semana</numerusform>
        <numerusform>cada %n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>Following up: would you be open to mentoring me?</source>
      <translation>Seguimiento: ¿te plantearías ser mi mentor?</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me?</source>
      <translation>¿Te plantearías ser mi mentor?</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Hola, {name}:</translation>
    </message>
    <message>
      <source>I am following up on my earlier message, in case it got buried.</source>
      <translation>Te escribo de nuevo sobre mi mensaje anterior, por si se perdió entre otros correos.</translation>
    </message>
    <message>
      <source>I am reaching out to you in particular because of your experience: {why}</source>
      <translation>Me dirijo a ti en concreto por tu experiencia: {why}</translation>
    </message>
    <message>
      <source>I am reaching out to you because of your work ({where}).</source>
      <translation>Me dirijo a ti por tu trabajo ({where}).</translation>
    </message>
    <message>
      <source>Right now I am working on: {goals}. Your experience is close to that.</source>
      <translation>Ahora mismo estoy trabajando en: {goals}. Tu experiencia está muy cerca de eso.</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me? I would suggest we meet {rhythm} for {minutes} minutes; I will send an agenda ahead each time and keep to the time.</source>
      <translation>¿Te plantearías ser mi mentor? Te propongo reunirnos {rhythm} durante {minutes} minutos; te enviaré una agenda con antelación cada vez y respetaré el tiempo.</translation>
    </message>
    <message>
      <source>Would you be open to a first {minutes}-minute conversation about mentoring me? I will send an agenda ahead and keep to the time.</source>
      <translation>¿Te plantearías una primera conversación de {minutes} minutos sobre la posibilidad de ser mi mentor? Te enviaré una agenda con antelación y respetaré el tiempo.</translation>
    </message>
    <message>
      <source>A simple yes or no is all I need. If now is not a good time, I completely understand.</source>
      <translation>Me basta con un simple sí o no. Si ahora no es buen momento, lo entiendo perfectamente.</translation>
    </message>
    <message>
      <source>Thank you for considering it,</source>
      <translation>Gracias por planteártelo,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(tu nombre)</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Attach a file</source>
      <translation>Adjuntar un archivo</translation>
    </message>
    <message>
      <source>“{name}” is larger than {limit} MB, the largest file MentorDesk attaches. Attach a link to it instead, or raise the limit in Preferences.</source>
      <translation>«{name}» ocupa más de {limit} MB, el tamaño máximo que adjunta MentorDesk. Adjunta un enlace en su lugar o sube el límite en Preferencias.</translation>
    </message>
    <message>
      <source>“{name}” is a folder. Attach the files in it, or a compressed copy of it.</source>
      <translation>«{name}» es una carpeta. Adjunta los archivos que contiene o una copia comprimida.</translation>
    </message>
    <message>
      <source>“{name}” is not a file MentorDesk can copy.</source>
      <translation>«{name}» no es un archivo que MentorDesk pueda copiar.</translation>
    </message>
    <message>
      <source>“{name}” is not there any more. Was it moved or renamed?</source>
      <translation>«{name}» ya no está. ¿Se movió o cambió de nombre?</translation>
    </message>
    <message>
      <source>You do not have permission to read “{name}”. Nothing was attached.</source>
      <translation>No tienes permiso para leer «{name}». No se adjuntó nada.</translation>
    </message>
    <message>
      <source>“{name}” was moved, changed or disconnected while it was being copied. Nothing was attached; try again.</source>
      <translation>«{name}» se movió, cambió o desconectó mientras se copiaba. No se adjuntó nada; inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>The disk is full: “{name}” could not be copied into the data folder. Free some space and try again; nothing was attached.</source>
      <translation>El disco está lleno: «{name}» no se pudo copiar a la carpeta de datos. Libera espacio e inténtalo de nuevo; no se adjuntó nada.</translation>
    </message>
    <message>
      <source>The data folder cannot be written, so “{name}” could not be copied.</source>
      <translation>No se puede escribir en la carpeta de datos, así que «{name}» no se pudo copiar.</translation>
    </message>
    <message>
      <source>The disk could not be read or written while copying “{name}”. Nothing was attached.</source>
      <translation>No se pudo leer o escribir en el disco al copiar «{name}». No se adjuntó nada.</translation>
    </message>
    <message>
      <source>The copy of “{name}” does not match the file that was saved.</source>
      <translation>La copia de «{name}» no coincide con el archivo guardado.</translation>
    </message>
    <message>
      <source>Attach “{name}”</source>
      <translation>Adjuntar «{name}»</translation>
    </message>
    <message>
      <source>Add link “{title}”</source>
      <translation>Añadir el enlace «{title}»</translation>
    </message>
    <message>
      <source>Rename “{old}” to “{new}”</source>
      <translation>Cambiar «{old}» por «{new}»</translation>
    </message>
    <message>
      <source>Remove attachment “{title}”</source>
      <translation>Quitar el adjunto «{title}»</translation>
    </message>
  </context>
  <context>
    <name>between</name>
    <message>
      <source>Add topic “{topic}”</source>
      <translation>Añadir el tema «{topic}»</translation>
    </message>
    <message>
      <source>Edit topic “{topic}”</source>
      <translation>Editar el tema «{topic}»</translation>
    </message>
    <message>
      <source>Mark topic “{topic}” discussed</source>
      <translation>Marcar el tema «{topic}» como tratado</translation>
    </message>
    <message>
      <source>Drop topic “{topic}”</source>
      <translation>Descartar el tema «{topic}»</translation>
    </message>
    <message>
      <source>Put topic “{topic}” back</source>
      <translation>Devolver el tema «{topic}» a la bandeja</translation>
    </message>
    <message>
      <source>Delete topic “{topic}”</source>
      <translation>Eliminar el tema «{topic}»</translation>
    </message>
    <message>
      <source>Log {kind} with {name}</source>
      <translation>Registrar {kind} con {name}</translation>
    </message>
    <message>
      <source>Edit {kind} with {name}</source>
      <translation>Editar {kind} con {name}</translation>
    </message>
    <message>
      <source>Delete {kind} with {name}</source>
      <translation>Eliminar {kind} con {name}</translation>
    </message>
    <message>
      <source>Topic for {name} added from the command line.</source>
      <translation>Tema para {name} añadido desde la línea de comandos.</translation>
    </message>
    <message>
      <source>On the plan for {day}</source>
      <translation>Previsto para el {day}</translation>
    </message>
    <message>
      <source>Discussed {day}</source>
      <translation>Tratado el {day}</translation>
    </message>
    <message>
      <source>&amp;Drop a Topic…</source>
      <translation>&amp;Anotar un tema…</translation>
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message>
      <source>days</source>
      <translation>días</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>semanas</translation>
    </message>
    <message>
      <source>months</source>
      <translation>meses</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>cada mes</translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>cada %n mes</numerusform>
        <numerusform>cada %n meses</numerusform>
      </translation>
    </message>
    <message>
      <source>every week</source>
      <translation>cada semana</translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>cada %n semana</numerusform>
        <numerusform>cada %n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>every day</source>
      <translation>cada día</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>cada %n día</numerusform>
        <numerusform>cada %n días</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} months</source>
      <translation>{amount} meses</translation>
    </message>
    <message>
      <source>1 week</source>
      <translation>1 semana</translation>
    </message>
    <message>
      <source>{amount} weeks</source>
      <translation>{amount} semanas</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 día</translation>
    </message>
    <message>
      <source>{amount} days</source>
      <translation>{amount} días</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n día</numerusform>
        <numerusform>%n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation>
        <numerusform>Acordado {interval}; el último intervalo fue de {mean} (el más largo, {longest}).</numerusform>
        <numerusform>Acordado {interval}; los últimos %n intervalos fueron de {mean} de media (el más largo, {longest}).</numerusform>
      </translation>
    </message>
    <message>
      <source>{days} overdue</source>
      <translation>{days} de retraso</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>vence hoy</translation>
    </message>
    <message>
      <source>due in {days}</source>
      <translation>vence en {days}</translation>
    </message>
    <message>
      <source>next meeting {when}</source>
      <translation>próxima reunión {when}</translation>
    </message>
    <message>
      <source>no meeting yet</source>
      <translation>aún sin reuniones</translation>
    </message>
    <message>
      <source>on track, next due {day}</source>
      <translation>al día, próxima el {day}</translation>
    </message>
    <message>
      <source>no rhythm agreed</source>
      <translation>sin ritmo acordado</translation>
    </message>
    <message>
      <source>not met yet</source>
      <translation>aún no os habéis reunido</translation>
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation>
        <numerusform>última reunión hace %n semana</numerusform>
        <numerusform>última reunión hace %n semanas</numerusform>
      </translation>
    </message>
    <message>
      <source>last met {day}</source>
      <translation>última reunión el {day}</translation>
    </message>
    <message>
      <source>last touch {day}, counted as a meeting (as agreed)</source>
      <translation>último contacto el {day}, contado como reunión (según lo acordado)</translation>
    </message>
    <message>
      <source>last touch {day}, not counted: only meetings count (as agreed)</source>
      <translation>último contacto el {day}, no contado: solo cuentan las reuniones (según lo acordado)</translation>
    </message>
    <message>
      <source>last touch {day} reset “overdue”; the rhythm counts meetings only</source>
      <translation>el último contacto, el {day}, anuló el retraso; el ritmo solo cuenta reuniones</translation>
    </message>
    <message>
      <source>last touch {day}, before the last meeting</source>
      <translation>último contacto el {day}, antes de la última reunión</translation>
    </message>
  </context>
  <context>
    <name>calendar_feed</name>
    <message>
      <source>The calendar file in {folder} could not be written: {reason}.</source>
      <translation>No se pudo escribir el archivo de calendario en {folder}: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message>
      <source>Export calendar</source>
      <translation>Exportar calendario</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation>
        <numerusform>%n reunión exportada a {file}.</numerusform>
        <numerusform>%n reuniones exportadas a {file}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message>
      <source>End the mentorship with {name}</source>
      <translation>Terminar la mentoría con {name}</translation>
    </message>
    <message>
      <source>Ended the mentorship with {name}.</source>
      <translation>Terminada la mentoría con {name}.</translation>
    </message>
    <message>
      <source>Dear {name},</source>
      <translation>Estimado/a {name}:</translation>
    </message>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation>
        <numerusform>Ahora que nuestra mentoría llega a su fin, quiero darte las gracias por nuestra conversación desde {when}.</numerusform>
        <numerusform>Ahora que nuestra mentoría llega a su fin, quiero darte las gracias por las %n conversaciones que hemos tenido desde {when}.</numerusform>
      </translation>
    </message>
    <message>
      <source>As our mentorship comes to a close, I want to thank you for your time.</source>
      <translation>Ahora que nuestra mentoría llega a su fin, quiero darte las gracias por tu tiempo.</translation>
    </message>
    <message>
      <source>What I keep coming back to:</source>
      <translation>Aquello a lo que siempre vuelvo:</translation>
    </message>
    <message>
      <source>Advice I acted on:</source>
      <translation>Consejos que puse en práctica:</translation>
    </message>
    <message>
      <source>You helped me most with {goals}.</source>
      <translation>Donde más me ayudaste fue con {goals}.</translation>
    </message>
    <message>
      <source>I hope I gave a little back too: {what}.</source>
      <translation>Espero haberte devuelto un poco también: {what}.</translation>
    </message>
    <message>
      <source>Thank you for your generosity. I would love to stay in touch.</source>
      <translation>Gracias por tu generosidad. Me encantaría seguir en contacto.</translation>
    </message>
    <message>
      <source>Warm regards,</source>
      <translation>Un cordial saludo,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(tu nombre)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Cierre de la mentoría con {name}</translation>
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation>
        <numerusform>Terminó el {day}; %n reunión celebrada.</numerusform>
        <numerusform>Terminó el {day}; %n reuniones celebradas.</numerusform>
      </translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Lo que aprendí</translation>
    </message>
    <message>
      <source>(not written)</source>
      <translation>(sin escribir)</translation>
    </message>
    <message>
      <source>Goals it served</source>
      <translation>Objetivos a los que sirvió</translation>
    </message>
    <message>
      <source>(none chosen)</source>
      <translation>(ninguno elegido)</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Nota de agradecimiento</translation>
    </message>
  </context>
  <context>
    <name>dialog_buttons</name>
    <message>
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <source>{time} in {zone}</source>
      <translation>{time} en {zone}</translation>
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message>
      <source>nothing given back yet; no meeting yet</source>
      <translation>aún no has devuelto nada; aún sin reuniones</translation>
    </message>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation>
        <numerusform>aún no has devuelto nada; %n reunión hasta ahora</numerusform>
        <numerusform>aún no has devuelto nada; %n reuniones hasta ahora</numerusform>
      </translation>
    </message>
    <message>
      <source>gave back today</source>
      <translation>devolviste algo hoy</translation>
    </message>
    <message>
      <source>last gave back yesterday</source>
      <translation>devolviste algo ayer por última vez</translation>
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation>
        <numerusform>devolviste algo por última vez hace %n día</numerusform>
        <numerusform>devolviste algo por última vez hace %n días</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation>
        <numerusform>%n reunión desde entonces</numerusform>
        <numerusform>%n reuniones desde entonces</numerusform>
      </translation>
    </message>
    <message>
      <source>Add give-back idea {idea}</source>
      <translation>Añadir la idea para retribuir {idea}</translation>
    </message>
    <message>
      <source>Edit give-back idea {idea}</source>
      <translation>Editar la idea para retribuir {idea}</translation>
    </message>
    <message>
      <source>Capture give-back idea “{idea}”</source>
      <translation>Capturar la idea para retribuir «{idea}»</translation>
    </message>
    <message>
      <source>Gave back: {idea}</source>
      <translation>Devuelto: {idea}</translation>
    </message>
    <message>
      <source>Marked done: {idea}.</source>
      <translation>Marcada como hecha: {idea}.</translation>
    </message>
    <message>
      <source>Delete give-back idea {idea}</source>
      <translation>Eliminar la idea para retribuir {idea}</translation>
    </message>
  </context>
  <context>
    <name>goals</name>
    <message>
      <source>Add goal {title}</source>
      <translation>Añadir el objetivo {title}</translation>
    </message>
    <message>
      <source>Edit goal {title}</source>
      <translation>Editar el objetivo {title}</translation>
    </message>
    <message>
      <source>Progress of {goal}: {value} %</source>
      <translation>Progreso de {goal}: {value} %</translation>
    </message>
    <message>
      <source>Link action items to {goal}</source>
      <translation>Vincular tareas a {goal}</translation>
    </message>
    <message>
      <source>Linked the advice to “{goal}”.</source>
      <translation>Consejos vinculados a «{goal}».</translation>
    </message>
    <message>
      <source>The mentors, action items and meetings themselves stay.</source>
      <translation>Los mentores, tareas y reuniones en sí se quedan.</translation>
    </message>
    <message>
      <source>Delete goal {title}</source>
      <translation>Eliminar el objetivo {title}</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>How MentorDesk &amp;Follows the Article</source>
      <translation>Cómo &amp;sigue MentorDesk el artículo</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
      <source>Meeting mode: capture an action item</source>
      <translation>Modo reunión: capturar una tarea</translation>
    </message>
    <message>
      <source>Meeting mode: capture a give-back idea</source>
      <translation>Modo reunión: capturar una idea para retribuir</translation>
    </message>
    <message>
      <source>Meeting mode: end the meeting</source>
      <translation>Modo reunión: terminar la reunión</translation>
    </message>
    <message>
      <source>Meeting mode: earlier versions of the notes</source>
      <translation>Modo reunión: versiones anteriores de las notas</translation>
    </message>
    <message>
      <source>Notes: bold (Goals: the selected goal's board)</source>
      <translation>Notas: negrita (Objetivos: el tablero del objetivo seleccionado)</translation>
    </message>
    <message>
      <source>Notes: italic</source>
      <translation>Notas: cursiva</translation>
    </message>
    <message>
      <source>Notes: move on to the next field</source>
      <translation>Notas: pasar al siguiente campo</translation>
    </message>
    <message>
      <source>Meeting mode: close (saving first)</source>
      <translation>Modo reunión: cerrar (guardando antes)</translation>
    </message>
    <message>
      <source>A dialog's multi-line field: save or confirm</source>
      <translation>Campo de varias líneas de un diálogo: guardar o confirmar</translation>
    </message>
    <message>
      <source>Find someone who shares your goals and values</source>
      <translation>Encuentra a alguien que comparta tus objetivos y valores</translation>
    </message>
    <message>
      <source>Prospects (Ctrl+7): where you found them, why they fit your goals, each step of asking them and the day to follow up. Promote to active… makes them a mentor.</source>
      <translation>Candidatos (Ctrl+7): dónde los encontraste, por qué encajan con tus objetivos, cada paso al pedírselo y el día del seguimiento. «Promover a activo…» los convierte en mentores.</translation>
    </message>
    <message>
      <source>More than one mentor, inside or outside your organisation</source>
      <translation>Más de un mentor, dentro o fuera de tu organización</translation>
    </message>
    <message>
      <source>Mentors (Ctrl+2): as many as you like, internal or external, from prospect to active, paused, ended or alumni.</source>
      <translation>Mentores (Ctrl+2): tantos como quieras, internos o externos, de candidato a activo, en pausa, terminado o antiguo.</translation>
    </message>
    <message>
      <source>Set clear expectations</source>
      <translation>Fija expectativas claras</translation>
    </message>
    <message>
      <source>A mentor's Agreement tab: goals, how often to meet, format and link, topics, what each of you commits to. Agreed terms are kept as versions; export one as a PDF to sign. Plan meeting starts from them.</source>
      <translation>La pestaña Acuerdo de un mentor: objetivos, cada cuánto reunirse, formato y enlace, temas, a qué se compromete cada uno. Los términos acordados se guardan como versiones; exporta una en PDF para firmar. Planificar reunión parte de ellos.</translation>
    </message>
    <message>
      <source>Respect the mentor's time</source>
      <translation>Respeta el tiempo del mentor</translation>
    </message>
    <message>
      <source>Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to report back; meeting mode keeps the clock against the planned length. The Dashboard says who is due, never sooner than agreed.</source>
      <translation>Planificar reunión (Ctrl+Mayús+N) con una agenda; el resumen junto a Reuniones dice qué contar; el modo reunión lleva el reloj frente a la duración prevista. El Panel dice a quién toca ver, nunca antes de lo acordado.</translation>
    </message>
    <message>
      <source>Listen, and keep what was said</source>
      <translation>Escucha, y guarda lo que se dijo</translation>
    </message>
    <message>
      <source>Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes a word at a time; Restore in the status line brings back what an undo removed.</source>
      <translation>Modo reunión: la agenda como lista de comprobación y notas que se guardan mientras escribes. Ctrl+Z deshace palabra a palabra; Restaurar en la barra de estado recupera lo que quitó un deshacer.</translation>
    </message>
    <message>
      <source>Be proactive: act on the advice</source>
      <translation>Sé proactivo: pon en práctica los consejos</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.</source>
      <translation>Ctrl+Mayús+A en las notas convierte una línea en una tarea («…by Friday» pasa a ser su vencimiento); Tareas (Ctrl+4) y Objetivos (Ctrl+5) las siguen hasta que están hechas.</translation>
    </message>
    <message>
      <source>A two-way street: give back</source>
      <translation>Un camino de ida y vuelta: retribuye</translation>
    </message>
    <message>
      <source>Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the Dashboard when it has been a while.</source>
      <translation>Retribuir (Ctrl+6): ideas para cada mentor, previstas y hechas, y un aviso en el Panel cuando ha pasado un tiempo.</translation>
    </message>
    <message>
      <source>Success depends on your initiative</source>
      <translation>El éxito depende de tu iniciativa</translation>
    </message>
    <message>
      <source>The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, what is overdue.</source>
      <translation>El Panel (Ctrl+1) dice qué hacer hoy: con quién reunirte, qué prometiste, qué está vencido.</translation>
    </message>
    <message>
      <source>End a mentorship well</source>
      <translation>Termina bien una mentoría</translation>
    </message>
    <message>
      <source>Archive on a mentor's profile runs a closure review: what you learned and a thank-you note drafted from your notes.</source>
      <translation>Archivar en el perfil de un mentor inicia una revisión de cierre: lo que aprendiste y una nota de agradecimiento redactada a partir de tus notas.</translation>
    </message>
    <message>
      <source>{area}: </source>
      <translation>{area}: </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>&amp;Run Action…</source>
      <translation>&amp;Ejecutar acción…</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>En todas partes</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Prospect</source>
      <translation>Candidato</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Solicitado</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Activo</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pausa</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>Alumni</source>
      <translation>Antiguo</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Interno</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Externo</translation>
    </message>
    <message>
      <source>Networking event</source>
      <translation>Evento de networking</translation>
    </message>
    <message>
      <source>Professional association</source>
      <translation>Asociación profesional</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Redes sociales</translation>
    </message>
    <message>
      <source>Colleague introduction</source>
      <translation>Presentación de un colega</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Videollamada</translation>
    </message>
    <message>
      <source>Messaging</source>
      <translation>Mensajería</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En persona</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prevista</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Celebrada</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Cancelada</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abierta</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Descartada</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Borrador</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>Acordado</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>En revisión</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Logrado</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>Fijado a mano</translation>
    </message>
    <message>
      <source>From its action items</source>
      <translation>Según sus tareas</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Agradecimiento</translation>
    </message>
    <message>
      <source>Share something</source>
      <translation>Compartir algo</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Help on their project</source>
      <translation>Ayuda en su proyecto</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recomendación</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Opinión</translation>
    </message>
    <message>
      <source>Gift</source>
      <translation>Regalo</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Pedido</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Seguimiento hecho</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>Respondido</translation>
    </message>
    <message>
      <source>In the inbox</source>
      <translation>En la bandeja</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Tratado</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Mensaje</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Llamada</translation>
    </message>
    <message>
      <source>Corridor chat</source>
      <translation>Charla de pasillo</translation>
    </message>
    <message>
      <source>Reset “overdue”, not the rhythm</source>
      <translation>Anular el retraso, no el ritmo</translation>
    </message>
    <message>
      <source>Count as meetings</source>
      <translation>Contar como reuniones</translation>
    </message>
    <message>
      <source>Do not count</source>
      <translation>No contar</translation>
    </message>
    <message>
      <source>First meeting</source>
      <translation>Primera reunión</translation>
    </message>
    <message>
      <source>Regular check-in</source>
      <translation>Puesta al día habitual</translation>
    </message>
    <message>
      <source>Quarterly review</source>
      <translation>Revisión trimestral</translation>
    </message>
    <message>
      <source>Agreement review</source>
      <translation>Revisión del acuerdo</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Cierre</translation>
    </message>
    <message>
      <source>copied</source>
      <translation>copiada</translation>
    </message>
    <message>
      <source>opened in the mail app</source>
      <translation>abierta en la aplicación de correo</translation>
    </message>
    <message>
      <source>saved as Markdown</source>
      <translation>guardada como Markdown</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>Vencidas</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Vence pronto</translation>
    </message>
    <message>
      <source>No meeting yet</source>
      <translation>Aún sin reuniones</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Programada</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Al día</translation>
    </message>
    <message>
      <source>No rhythm set</source>
      <translation>Sin ritmo fijado</translation>
    </message>
    <message>
      <source>Not active</source>
      <translation>No activo</translation>
    </message>
    <message>
      <source>Saved while typing</source>
      <translation>Guardada al escribir</translation>
    </message>
    <message>
      <source>Before a large deletion</source>
      <translation>Antes de un borrado grande</translation>
    </message>
    <message>
      <source>Before restoring a version</source>
      <translation>Antes de restaurar una versión</translation>
    </message>
    <message>
      <source>Recovered after a crash</source>
      <translation>Recuperada tras un cierre inesperado</translation>
    </message>
  </context>
  <context>
    <name>links</name>
    <message>
      <source>Couldn't open the link; it is on the clipboard: {link}</source>
      <translation>No se pudo abrir el enlace; está en el portapapeles: {link}</translation>
    </message>
  </context>
  <context>
    <name>login_start</name>
    <message>
      <source>Reminders when MentorDesk is closed</source>
      <translation>Recordatorios con MentorDesk cerrado</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when you log in, so it can remind you 15 minutes before this meeting and when a mentor is due?</source>
      <translation>¿Iniciar MentorDesk minimizado al iniciar sesión, para que pueda recordarte esta reunión 15 minutos antes y avisarte cuando toque ver a un mentor?</translation>
    </message>
    <message>
      <source>Start at Login</source>
      <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
      <source>You can change this at any time in Edit ▸ Preferences.</source>
      <translation>Puedes cambiarlo cuando quieras en Editar ▸ Preferencias.</translation>
    </message>
    <message>
      <source>MentorDesk could not be added to your login: {reason}.</source>
      <translation>No se pudo añadir MentorDesk al inicio de sesión: {reason}.</translation>
    </message>
  </context>
  <context>
    <name>meeting_keys</name>
    <message>
      <source>Capture Action Item</source>
      <translation>Capturar tarea</translation>
    </message>
    <message>
      <source>Capture Give-back Idea</source>
      <translation>Capturar idea para retribuir</translation>
    </message>
    <message>
      <source>Drop a Topic…</source>
      <translation>Anotar un tema…</translation>
    </message>
    <message>
      <source>Log a Touch…</source>
      <translation>Registrar un contacto…</translation>
    </message>
    <message>
      <source>Start the Meeting Clock</source>
      <translation>Iniciar el reloj de la reunión</translation>
    </message>
    <message>
      <source>Join the Call</source>
      <translation>Unirse a la llamada</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Cambiar de fecha…</translation>
    </message>
    <message>
      <source>Earlier Versions of the Notes…</source>
      <translation>Versiones anteriores de las notas…</translation>
    </message>
    <message>
      <source>End Meeting…</source>
      <translation>Terminar reunión…</translation>
    </message>
    <message>
      <source>Send Recap…</source>
      <translation>Enviar recapitulación…</translation>
    </message>
    <message>
      <source>Mark Selected Point or Action Private</source>
      <translation>Marcar como privado el punto o la tarea elegidos</translation>
    </message>
    <message>
      <source>Presenting (Hide Private Items)</source>
      <translation>Presentando (ocultar lo privado)</translation>
    </message>
    <message>
      <source>Save Now</source>
      <translation>Guardar ahora</translation>
    </message>
    <message>
      <source>Close (Saving First)</source>
      <translation>Cerrar (guardando antes)</translation>
    </message>
    <message>
      <source>Quit MentorDesk</source>
      <translation>Salir de MentorDesk</translation>
    </message>
    <message>
      <source>Run Action…</source>
      <translation>Ejecutar acción…</translation>
    </message>
    <message>
      <source>Meeting mode</source>
      <translation>Modo reunión</translation>
    </message>
  </context>
  <context>
    <name>meeting_text</name>
    <message>
      <source>Agenda for our meeting on {when}</source>
      <translation>Agenda de nuestra reunión del {when}</translation>
    </message>
    <message>
      <source>(no agenda points yet)</source>
      <translation>(aún sin puntos en la agenda)</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privado: oculto mientras presentas.</translation>
    </message>
    <message>
      <source>took {actual} of {planned} planned minutes</source>
      <translation>duró {actual} de {planned} minutos previstos</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>No agenda.</source>
      <translation>Sin agenda.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Sin notas.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>No takeaways.</source>
      <translation>Sin conclusiones.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Tareas</translation>
    </message>
    <message>
      <source>None captured.</source>
      <translation>Nada capturado.</translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <source>{day} is more than two years away. Is that the date you meant?</source>
      <translation>Faltan más de dos años para el {day}. ¿Es esa la fecha que querías?</translation>
    </message>
    <message>
      <source>{day} is in the past. Plan the meeting for that day anyway?</source>
      <translation>El {day} ya pasó. ¿Planificar la reunión para ese día de todos modos?</translation>
    </message>
    <message>
      <source>Check the date</source>
      <translation>Comprueba la fecha</translation>
    </message>
    <message>
      <source>&amp;Keep this date</source>
      <translation>&amp;Mantener esta fecha</translation>
    </message>
    <message>
      <source>Plan meeting with {name}</source>
      <translation>Planificar reunión con {name}</translation>
    </message>
    <message>
      <source>Reschedule the meeting with {name}</source>
      <translation>Cambiar de fecha la reunión con {name}</translation>
    </message>
    <message>
      <source>Correct the meeting with {name}</source>
      <translation>Corregir la reunión con {name}</translation>
    </message>
    <message>
      <source>Cancel meeting {label}</source>
      <translation>Cancelar la reunión {label}</translation>
    </message>
    <message>
      <source>Cancelled the meeting {label}.</source>
      <translation>Cancelada la reunión {label}.</translation>
    </message>
    <message>
      <source>Delete meeting {label}</source>
      <translation>Eliminar la reunión {label}</translation>
    </message>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation>
        <numerusform>su agenda (%n punto)</numerusform>
        <numerusform>su agenda (%n puntos)</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) agenda</source>
      <translation>su agenda (vacía)</translation>
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation>
        <numerusform>sus notas (%n carácter) y su historial</numerusform>
        <numerusform>sus notas (%n caracteres) y su historial</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) notes</source>
      <translation>sus notas (vacías)</translation>
    </message>
    <message>
      <source>its takeaways</source>
      <translation>sus conclusiones</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation>
        <numerusform>Su tarea se queda en el área Tareas, ya sin vínculo con una reunión.</numerusform>
        <numerusform>Sus %n tareas se quedan en el área Tareas, ya sin vínculo con una reunión.</numerusform>
      </translation>
    </message>
    <message>
      <source>To keep the record, cancel it instead.</source>
      <translation>Para conservar el registro, cancélala en su lugar.</translation>
    </message>
    <message>
      <source>End meeting with {name}</source>
      <translation>Terminar la reunión con {name}</translation>
    </message>
    <message>
      <source>Meeting marked held.</source>
      <translation>Reunión marcada como celebrada.</translation>
    </message>
    <message>
      <source>Send the recap to {name}</source>
      <translation>Enviar la recapitulación a {name}</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Marcar como privado: {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Dejar de marcar como privado: {text}</translation>
    </message>
    <message>
      <source>Make the notes private</source>
      <translation>Hacer privadas las notas</translation>
    </message>
    <message>
      <source>Share the notes again</source>
      <translation>Volver a compartir las notas</translation>
    </message>
    <message>
      <source>Make the takeaways private</source>
      <translation>Hacer privadas las conclusiones</translation>
    </message>
    <message>
      <source>Share the takeaways again</source>
      <translation>Volver a compartir las conclusiones</translation>
    </message>
  </context>
  <context>
    <name>mentor_cadence</name>
    <message>
      <source>{interval} (agreed)</source>
      <translation>{interval} (acordado)</translation>
    </message>
    <message>
      <source>{day} · planned</source>
      <translation>{day} · prevista</translation>
    </message>
    <message>
      <source>next due {day}</source>
      <translation>próxima el {day}</translation>
    </message>
  </context>
  <context>
    <name>mentors</name>
    <message>
      <source>Add {name}</source>
      <translation>Añadir a {name}</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>Editar a {name}</translation>
    </message>
    <message>
      <source>their profile and notes</source>
      <translation>su perfil y sus notas</translation>
    </message>
    <message>
      <source>their tags ({tags})</source>
      <translation>sus etiquetas ({tags})</translation>
    </message>
    <message>
      <source>To keep the record, use Archive instead.</source>
      <translation>Para conservar el registro, usa Archivar en su lugar.</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>Eliminar a {name}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>{what} Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} Editar ▸ Deshacer ({keys}) lo revierte.</translation>
    </message>
    <message>
      <source>{what} — done. Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} — hecho. Editar ▸ Deshacer ({keys}) lo revierte.</translation>
    </message>
    <message>
      <source>Could not do “{what}”: {reason}.</source>
      <translation>No se pudo «{what}»: {reason}.</translation>
    </message>
    <message>
      <source>the database is busy (another program is using it)</source>
      <translation>la base de datos está ocupada (otro programa la está usando)</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>el disco está lleno</translation>
    </message>
    <message>
      <source>the data folder cannot be written to</source>
      <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>el disco informó de un error</translation>
    </message>
    <message>
      <source>the database file is damaged</source>
      <translation>el archivo de la base de datos está dañado</translation>
    </message>
    <message>
      <source>the change conflicts with other data (a mistake in MentorDesk)</source>
      <translation>el cambio choca con otros datos (un error de MentorDesk)</translation>
    </message>
    <message>
      <source>something unexpected went wrong (a mistake in MentorDesk; see the log)</source>
      <translation>algo inesperado salió mal (un error de MentorDesk; consulta el registro)</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>Cierra el otro programa e inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>Free some disk space, then try again.</source>
      <translation>Libera espacio en disco e inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>Check that the data folder is yours and not read-only (Help ▸ About).</source>
      <translation>Comprueba que la carpeta de datos es tuya y no es de solo lectura (Ayuda ▸ Acerca de).</translation>
    </message>
    <message>
      <source>Check the disk, then try again.</source>
      <translation>Revisa el disco e inténtalo de nuevo.</translation>
    </message>
    <message>
      <source>Quit MentorDesk and restore a backup (see the README).</source>
      <translation>Sal de MentorDesk y restaura una copia de seguridad (consulta el README).</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>No se cambió nada.</translation>
    </message>
    <message>
      <source>the {kind} it belongs to was deleted meanwhile</source>
      <translation>el elemento ({kind}) al que pertenece se eliminó mientras tanto</translation>
    </message>
    <message>
      <source>this {kind} was deleted meanwhile</source>
      <translation>este elemento ({kind}) se eliminó mientras tanto</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Cambios sin guardar</translation>
    </message>
    <message>
      <source>Your changes to {who} are not saved yet:</source>
      <translation>Tus cambios en {who} aún no están guardados:</translation>
    </message>
  </context>
  <context>
    <name>operation</name>
    <message>
      <source>Nothing to save: “{name}” is as stored.</source>
      <translation>Nada que guardar: «{name}» está como se guardó.</translation>
    </message>
    <message>
      <source>This also removes {what}.</source>
      <translation>Esto también quita {what}.</translation>
    </message>
    <message>
      <source>Nothing else goes with it.</source>
      <translation>No se va nada más con ello.</translation>
    </message>
    <message>
      <source>Delete the {kind} “{title}”?</source>
      <translation>¿Eliminar «{title}» ({kind})?</translation>
    </message>
    <message>
      <source>Delete the {kind} {title}?</source>
      <translation>¿Eliminar {title} ({kind})?</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Editar ▸ Deshacer lo recupera.</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>Eliminar: {kind}</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <source>Start from a template</source>
      <translation>Empezar con una plantilla</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Comparar versiones…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exportar</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>En Markdown…</translation>
    </message>
    <message>
      <source>As PDF to sign…</source>
      <translation>En PDF para firmar…</translation>
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation>Eliminar acuerdo…</translation>
    </message>
    <message>
      <source>Replace what you typed?</source>
      <translation>¿Sustituir lo que escribiste?</translation>
    </message>
    <message>
      <source>Fill the agreement from “{name}”, replacing what you typed?</source>
      <translation>¿Rellenar el acuerdo a partir de «{name}», sustituyendo lo que escribiste?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Sustituir</translation>
    </message>
    <message>
      <source>Filled from “{name}”: edit it, then save.</source>
      <translation>Rellenado a partir de «{name}»: edítalo y guárdalo.</translation>
    </message>
  </context>
  <context>
    <name>presenting</name>
    <message>
      <source>&amp;Presenting (Hide Private Items)</source>
      <translation>&amp;Presentando (ocultar lo privado)</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Presentando: los elementos privados están ocultos</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <source>[Private]</source>
      <translation>[Privado]</translation>
    </message>
    <message>
      <source>Private (Never Copied or Sent)</source>
      <translation>Privado (nunca se copia ni se envía)</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privado: nunca en nada que se copie o se envíe</translation>
    </message>
  </context>
  <context>
    <name>prospects</name>
    <message>
      <source>Goals {name} fits</source>
      <translation>Objetivos con los que encaja {name}</translation>
    </message>
    <message>
      <source>{step} {name}</source>
      <translation>{step} {name}</translation>
    </message>
    <message>
      <source>Delete an outreach step</source>
      <translation>Eliminar un paso de contacto</translation>
    </message>
    <message>
      <source>Promote {name} to active mentor</source>
      <translation>Promover a {name} a mentor activo</translation>
    </message>
    <message>
      <source>{name} is an active mentor now.</source>
      <translation>{name} ya es un mentor activo.</translation>
    </message>
  </context>
  <context>
    <name>recap</name>
    <message>
      <source>Send recap</source>
      <translation>Enviar recapitulación</translation>
    </message>
    <message>
      <source>Recap sent on {when} ({how}).</source>
      <translation>Recapitulación enviada el {when} ({how}).</translation>
    </message>
    <message>
      <source>Exactly this text is copied, mailed or saved. Private agenda points and action items are left out, and so are your notes and takeaways.</source>
      <translation>Se copia, envía o guarda exactamente este texto. Los puntos de agenda y las tareas privados quedan fuera, igual que tus notas y conclusiones.</translation>
    </message>
    <message>
      <source>Recap for {name}</source>
      <translation>Recapitulación para {name}</translation>
    </message>
    <message>
      <source>{name} recap {day}.md</source>
      <translation>{name} recapitulación {day}.md</translation>
    </message>
    <message>
      <source>Thank you – our meeting on {day}</source>
      <translation>Gracias por nuestra reunión del {day}</translation>
    </message>
    <message>
      <source>(by {day})</source>
      <translation>(para el {day})</translation>
    </message>
    <message>
      <source>, and I will report back to you on it</source>
      <translation>, y te contaré cómo me va</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Hola, {name}:</translation>
    </message>
    <message>
      <source>Thank you for your time on {day}. It helped a lot.</source>
      <translation>Gracias por tu tiempo el {day}. Me ayudó mucho.</translation>
    </message>
    <message>
      <source>What we discussed:</source>
      <translation>Lo que tratamos:</translation>
    </message>
    <message>
      <source>What I will do:</source>
      <translation>Lo que voy a hacer:</translation>
    </message>
    <message>
      <source>I will report back to you on:</source>
      <translation>Te contaré cómo me va con:</translation>
    </message>
    <message>
      <source>I will suggest a time for our next meeting soon.</source>
      <translation>Pronto te propondré una fecha para nuestra próxima reunión.</translation>
    </message>
    <message>
      <source>Our next meeting: {when} ({how}{place}).</source>
      <translation>Nuestra próxima reunión: {when} ({how}{place}).</translation>
    </message>
    <message>
      <source>Best regards,</source>
      <translation>Un saludo,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(tu nombre)</translation>
    </message>
  </context>
  <context>
    <name>record_editor</name>
    <message>
      <source>It could not be saved.</source>
      <translation>No se pudo guardar.</translation>
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n tarea abierta</numerusform>
        <numerusform>%n tareas abiertas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation>
        <numerusform>%n por contar</numerusform>
        <numerusform>%n por contar</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Agenda: {points}</translation>
    </message>
    <message>
      <source>No agenda yet, nothing open.</source>
      <translation>Aún sin agenda, nada abierto.</translation>
    </message>
    <message>
      <source>Meeting with {name} at {time}</source>
      <translation>Reunión con {name} a las {time}</translation>
    </message>
    <message>
      <source>Open brief</source>
      <translation>Abrir resumen</translation>
    </message>
    <message>
      <source>{name} is overdue for a meeting ({days}).</source>
      <translation>Toca reunirse con {name}; va con retraso ({days}).</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation>
        <numerusform>%n mentor con reunión vencida: {names}.</numerusform>
        <numerusform>%n mentores con reunión vencida: {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>Toca reunirse</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation>
        <numerusform>%n reunión: {which}.</numerusform>
        <numerusform>%n reuniones: {which}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation>
        <numerusform>%n mentor vencido ahora: {names}.</numerusform>
        <numerusform>%n mentores vencidos ahora: {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>While MentorDesk was closed</source>
      <translation>Mientras MentorDesk estaba cerrado</translation>
    </message>
    <message>
      <source>Open Dashboard</source>
      <translation>Abrir el Panel</translation>
    </message>
    <message>
      <source>Reminders could not be checked: {problem}.</source>
      <translation>No se pudieron comprobar los recordatorios: {problem}.</translation>
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation>
        <numerusform>Añadido %n mentor ficticio para explorar.</numerusform>
        <numerusform>Añadidos %n mentores ficticios para explorar.</numerusform>
      </translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
      <source>Add sample data?</source>
      <translation>¿Añadir datos de ejemplo?</translation>
    </message>
    <message>
      <source>Add five fictional mentors, with meetings, goals and action items, beside your own?</source>
      <translation>¿Añadir cinco mentores ficticios, con reuniones, objetivos y tareas, junto a los tuyos?</translation>
    </message>
    <message>
      <source>Add sample data</source>
      <translation>Añadir datos de ejemplo</translation>
    </message>
    <message>
      <source>They are marked “sample” in the lists, and File ▸ Remove Sample Data takes them all away again; your own data is never touched.</source>
      <translation>Aparecen marcados como «ejemplo» en las listas, y Archivo ▸ Quitar datos de ejemplo los quita todos; tus propios datos nunca se tocan.</translation>
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation>
        <numerusform>¿Quitar el %n mentor ficticio, con sus reuniones y tareas?</numerusform>
        <numerusform>¿Quitar los %n mentores ficticios, con sus reuniones y tareas?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Quitar datos de ejemplo</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Quitar</translation>
    </message>
    <message>
      <source>Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.</source>
      <translation>Tus propios mentores y notas no se tocan. Editar ▸ Deshacer recupera el ejemplo.</translation>
    </message>
    <message>
      <source>Removed the sample data.</source>
      <translation>Datos de ejemplo quitados.</translation>
    </message>
  </context>
  <context>
    <name>self.panel</name>
    <message>
      <source>From a file…</source>
      <translation>Desde un archivo…</translation>
    </message>
    <message>
      <source>Start from a template file</source>
      <translation>Empezar con un archivo de plantilla</translation>
    </message>
    <message>
      <source>Agreement templates (*.json)</source>
      <translation>Plantillas de acuerdo (*.json)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Tu nombre</translation>
    </message>
    <message>
      <source>Your name, as it should appear on the agreement:</source>
      <translation>Tu nombre, tal como debe aparecer en el acuerdo:</translation>
    </message>
    <message>
      <source>Export the agreement</source>
      <translation>Exportar el acuerdo</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>No se pudo escribir {file}: {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exportado a {file}.</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>services</name>
    <message>
      <source>Choose the mentor this advice came from.</source>
      <translation>Elige el mentor del que vino este consejo.</translation>
    </message>
    <message>
      <source>That meeting no longer exists.</source>
      <translation>Esa reunión ya no existe.</translation>
    </message>
    <message>
      <source>Keep it under {most} characters; the notes can hold the rest.</source>
      <translation>No pases de {most} caracteres; las notas pueden guardar el resto.</translation>
    </message>
    <message>
      <source>Choose open, done or dropped.</source>
      <translation>Elige abierta, hecha o descartada.</translation>
    </message>
    <message>
      <source>The done date cannot be in the future.</source>
      <translation>La fecha en que se hizo no puede ser futura.</translation>
    </message>
    <message>
      <source>Choose a status from the list.</source>
      <translation>Elige un estado de la lista.</translation>
    </message>
    <message>
      <source>This version was agreed, so it cannot become a draft again. Change its terms to start a new version.</source>
      <translation>Esta versión se acordó, así que no puede volver a ser un borrador. Cambia sus términos para empezar una nueva versión.</translation>
    </message>
    <message>
      <source>Choose a format from the list.</source>
      <translation>Elige un formato de la lista.</translation>
    </message>
    <message>
      <source>Choose how touches count from the list.</source>
      <translation>Elige de la lista cómo cuentan los contactos.</translation>
    </message>
    <message>
      <source>Meet at least once: the frequency must be 1 or more.</source>
      <translation>Reuníos al menos una vez: la frecuencia debe ser 1 o más.</translation>
    </message>
    <message>
      <source>Use at most {most} (or a larger unit).</source>
      <translation>Como mucho {most} (o una unidad mayor).</translation>
    </message>
    <message>
      <source>Choose days, weeks or months.</source>
      <translation>Elige días, semanas o meses.</translation>
    </message>
    <message>
      <source>Plan between 1 minute and 24 hours.</source>
      <translation>Planifica entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
      <source>Enter a web address such as {example}.</source>
      <translation>Escribe una dirección web como {example}.</translation>
    </message>
    <message>
      <source>The review date is before the start date.</source>
      <translation>La fecha de revisión es anterior a la de inicio.</translation>
    </message>
    <message>
      <source>The review date is after the end date.</source>
      <translation>La fecha de revisión es posterior a la de fin.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>La fecha de fin es anterior a la de inicio.</translation>
    </message>
    <message>
      <source>A new agreement cannot have ended already: choose a later end date.</source>
      <translation>Un acuerdo nuevo no puede haber terminado ya: elige una fecha de fin posterior.</translation>
    </message>
    <message>
      <source>The agreed-on date cannot be in the future.</source>
      <translation>La fecha del acuerdo no puede ser futura.</translation>
    </message>
    <message>
      <source>Keep this under {most} characters.</source>
      <translation>No pases de {most} caracteres.</translation>
    </message>
    <message>
      <source>Give it a title, so you can find it again.</source>
      <translation>Ponle un título para encontrarlo de nuevo.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters.</source>
      <translation>El título debe tener menos de {most} caracteres.</translation>
    </message>
    <message>
      <source>Enter a web address (https://…) or an email link (mailto:…).</source>
      <translation>Escribe una dirección web (https://…) o un enlace de correo (mailto:…).</translation>
    </message>
    <message>
      <source>The mentorship cannot end in the future: choose today or earlier.</source>
      <translation>La mentoría no puede terminar en el futuro: elige hoy o antes.</translation>
    </message>
    <message>
      <source>Keep in touch every 1 to {most} days, weeks or months.</source>
      <translation>Seguir en contacto cada 1 a {most} días, semanas o meses.</translation>
    </message>
    <message>
      <source>A goal you ticked was deleted meanwhile: tick again.</source>
      <translation>Un objetivo que marcaste se eliminó mientras tanto: márcalo de nuevo.</translation>
    </message>
    <message>
      <source>Write the idea: what will you give back?</source>
      <translation>Escribe la idea: ¿qué vas a devolver?</translation>
    </message>
    <message>
      <source>Keep the idea under {most} characters; the note can hold more.</source>
      <translation>Que la idea no pase de {most} caracteres; la nota puede guardar más.</translation>
    </message>
    <message>
      <source>Choose the mentor this is for.</source>
      <translation>Elige el mentor al que va dirigida.</translation>
    </message>
    <message>
      <source>Choose a kind from the list.</source>
      <translation>Elige un tipo de la lista.</translation>
    </message>
    <message>
      <source>Choose idea, planned or done.</source>
      <translation>Elige idea, prevista o hecha.</translation>
    </message>
    <message>
      <source>Keep the note under {most} characters.</source>
      <translation>Que la nota no pase de {most} caracteres.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile: choose another.</source>
      <translation>Este mentor se eliminó mientras tanto: elige otro.</translation>
    </message>
    <message>
      <source>An action item you chose was deleted meanwhile: choose again.</source>
      <translation>Una tarea que elegiste se eliminó mientras tanto: elige de nuevo.</translation>
    </message>
    <message>
      <source>That action item was deleted meanwhile.</source>
      <translation>Esa tarea se eliminó mientras tanto.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile.</source>
      <translation>Este mentor se eliminó mientras tanto.</translation>
    </message>
    <message>
      <source>Name the goal.</source>
      <translation>Ponle nombre al objetivo.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters; the why can hold more.</source>
      <translation>Que el título no pase de {most} caracteres; el porqué puede guardar más.</translation>
    </message>
    <message>
      <source>The target date is in the past: choose today or a later day.</source>
      <translation>La fecha meta ya pasó: elige hoy o un día posterior.</translation>
    </message>
    <message>
      <source>The target date is before the goal was created: choose a later day.</source>
      <translation>La fecha meta es anterior a la creación del objetivo: elige un día posterior.</translation>
    </message>
    <message>
      <source>Choose active, achieved or dropped.</source>
      <translation>Elige activo, logrado o descartado.</translation>
    </message>
    <message>
      <source>Choose how progress is measured.</source>
      <translation>Elige cómo se mide el progreso.</translation>
    </message>
    <message>
      <source>A mentor you chose was deleted meanwhile: choose again.</source>
      <translation>Un mentor que elegiste se eliminó mientras tanto: elige de nuevo.</translation>
    </message>
    <message>
      <source>Progress is a percentage: a whole number from 0 to 100.</source>
      <translation>El progreso es un porcentaje: un número entero de 0 a 100.</translation>
    </message>
    <message>
      <source>The day of an update cannot be in the future.</source>
      <translation>El día de una actualización no puede ser futuro.</translation>
    </message>
    <message>
      <source>Keep the comment under {most} characters.</source>
      <translation>Que el comentario no pase de {most} caracteres.</translation>
    </message>
    <message>
      <source>This meeting was held; correct its time with Edit instead.</source>
      <translation>Esta reunión se celebró; corrige su hora con Editar.</translation>
    </message>
    <message>
      <source>The meeting time needs a time zone.</source>
      <translation>La hora de la reunión necesita una zona horaria.</translation>
    </message>
    <message>
      <source>Only a held meeting has a held time.</source>
      <translation>Solo una reunión celebrada tiene hora de celebración.</translation>
    </message>
    <message>
      <source>The time needs a time zone.</source>
      <translation>La hora necesita una zona horaria.</translation>
    </message>
    <message>
      <source>Choose the mentor you are meeting.</source>
      <translation>Elige el mentor con quien te reúnes.</translation>
    </message>
    <message>
      <source>Enter between 1 minute and 24 hours.</source>
      <translation>Escribe entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
      <source>Rate the meeting from 1 to 5.</source>
      <translation>Valora la reunión de 1 a 5.</translation>
    </message>
    <message>
      <source>This meeting was already marked held.</source>
      <translation>Esta reunión ya está marcada como celebrada.</translation>
    </message>
    <message>
      <source>Use at most {most}.</source>
      <translation>Como mucho {most}.</translation>
    </message>
    <message>
      <source>Enter the mentor's name.</source>
      <translation>Escribe el nombre del mentor.</translation>
    </message>
    <message>
      <source>The name is too long (at most {most} characters).</source>
      <translation>El nombre es demasiado largo (como mucho {most} caracteres).</translation>
    </message>
    <message>
      <source>This does not look like an email address (name@example.com).</source>
      <translation>Esto no parece una dirección de correo (nombre@example.com).</translation>
    </message>
    <message>
      <source>Enter a web address such as https://example.com/profile.</source>
      <translation>Escribe una dirección web como https://example.com/profile.</translation>
    </message>
    <message>
      <source>Choose a time zone from the list, such as Europe/London.</source>
      <translation>Elige una zona horaria de la lista, como Europe/Madrid.</translation>
    </message>
    <message>
      <source>Choose internal or external from the list.</source>
      <translation>Elige interno o externo de la lista.</translation>
    </message>
    <message>
      <source>Choose where you found them from the list.</source>
      <translation>Elige de la lista dónde encontraste a esta persona.</translation>
    </message>
    <message>
      <source>Choose a preferred channel from the list.</source>
      <translation>Elige un canal preferido de la lista.</translation>
    </message>
    <message>
      <source>Use digits, spaces and + - ( ) only, like +44 20 7946 0018.</source>
      <translation>Usa solo dígitos, espacios y + - ( ), como +34 91 123 45 67.</translation>
    </message>
    <message>
      <source>A phone number has at least 5 digits, like +44 20 7946 0018.</source>
      <translation>Un número de teléfono tiene al menos 5 dígitos, como +34 91 123 45 67.</translation>
    </message>
    <message>
      <source>A phone number has at most 20 digits.</source>
      <translation>Un número de teléfono tiene como mucho 20 dígitos.</translation>
    </message>
    <message>
      <source>Choose asked, followed up or answered.</source>
      <translation>Elige pedido, seguimiento hecho o respondido.</translation>
    </message>
    <message>
      <source>A step cannot be in the future: record it once it happened.</source>
      <translation>Un paso no puede ser futuro: regístralo cuando haya ocurrido.</translation>
    </message>
    <message>
      <source>Follow up after the step, not before it.</source>
      <translation>Haz el seguimiento después del paso, no antes.</translation>
    </message>
    <message>
      <source>Write the topic: what do you want to bring up?</source>
      <translation>Escriba el tema: ¿qué quiere plantear?</translation>
    </message>
    <message>
      <source>Keep a topic under {most} characters.</source>
      <translation>Mantenga un tema por debajo de {most} caracteres.</translation>
    </message>
    <message>
      <source>Choose open, discussed or dropped.</source>
      <translation>Elija pendiente, tratado o descartado.</translation>
    </message>
    <message>
      <source>Choose email, message, call or chat.</source>
      <translation>Elija correo, mensaje, llamada o charla.</translation>
    </message>
    <message>
      <source>A touch is something that happened: choose today or a day before.</source>
      <translation>Un contacto es algo que ya ocurrió: elija hoy o un día anterior.</translation>
    </message>
    <message>
      <source>Keep it to one line (under {most} characters).</source>
      <translation>Limítese a una línea (menos de {most} caracteres).</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Your name, on exported agreements</source>
      <translation>Tu nombre, en los acuerdos exportados</translation>
    </message>
    <message>
      <source>Reminders while MentorDesk runs</source>
      <translation>Recordatorios mientras MentorDesk está abierto</translation>
    </message>
    <message>
      <source>Keep a calendar file in this folder</source>
      <translation>Mantener un archivo de calendario en esta carpeta</translation>
    </message>
    <message>
      <source>Calendar reminder, minutes before each meeting</source>
      <translation>Recordatorio del calendario, minutos antes de cada reunión</translation>
    </message>
    <message>
      <source>Meetings before a give-back nudge</source>
      <translation>Reuniones antes de un aviso para retribuir</translation>
    </message>
    <message>
      <source>Days without giving back before a nudge</source>
      <translation>Días sin retribuir antes de un aviso</translation>
    </message>
    <message>
      <source>Largest file to attach, in MB</source>
      <translation>Archivo más grande para adjuntar, en MB</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <source>%n change(s) from “{laptop}”.</source>
      <translation>
        <numerusform>%n cambio de «{laptop}».</numerusform>
        <numerusform>%n cambios de «{laptop}».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from {laptops}.</source>
      <translation>
        <numerusform>%n cambio de {laptops}.</numerusform>
        <numerusform>%n cambios de {laptops}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync did not run: {reason}</source>
      <translation>La sincronización no se ejecutó: {reason}</translation>
    </message>
    <message>
      <source>Sync is paused: {reason}</source>
      <translation>Sincronización en pausa: {reason}</translation>
    </message>
    <message>
      <source>Sync could not finish: {reason}</source>
      <translation>La sincronización no pudo terminar: {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).</source>
      <translation>
        <numerusform>%n edición hecha en dos portátiles a la vez: se conservó la más reciente (Archivo ▸ Sincronización…).</numerusform>
        <numerusform>%n ediciones hechas en dos portátiles a la vez: se conservó la más reciente (Archivo ▸ Sincronización…).</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync is not set up: choose a sync folder in Edit ▸ Preferences ▸ Sync.</source>
      <translation>La sincronización no está configurada: elija una carpeta en Editar ▸ Preferencias ▸ Sincronización.</translation>
    </message>
    <message>
      <source>Sync is running already.</source>
      <translation>La sincronización ya está en marcha.</translation>
    </message>
    <message>
      <source>S&amp;ync Now</source>
      <translation>Sincronizar a&amp;hora</translation>
    </message>
    <message>
      <source>Sy&amp;nc…</source>
      <translation>Si&amp;ncronización…</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>Restaurar «{value}»</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (“{laptop}”).</source>
      <translation>
        <numerusform>Esperando a que %n archivo se descargue de la nube («{laptop}»).</numerusform>
        <numerusform>Esperando a que %n archivos se descarguen de la nube («{laptop}»).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (another laptop).</source>
      <translation>
        <numerusform>Esperando a que %n archivo se descargue de la nube (otro portátil).</numerusform>
        <numerusform>Esperando a que %n archivos se descarguen de la nube (otro portátil).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>syncDecisions</name>
    <message>
      <source>Actual length</source>
      <translation>Duración real</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>Afiliación</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Acordado el</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Límites</translation>
    </message>
    <message>
      <source>Meet every</source>
      <translation>Reunirse cada</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Comentario</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidencialidad</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Descripción</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Hecha</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Hecha el</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Vencimiento</translation>
    </message>
    <message>
      <source>Typical length</source>
      <translation>Duración habitual</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>Correo</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Fecha de fin</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Terminó el</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nombre del archivo</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Por qué encaja</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Seguimiento el</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Formato</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Frecuencia de las reuniones</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objetivos</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idea</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Lo que aprendí</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Enlace</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>The mentor commits to</source>
      <translation>El mentor se compromete a</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Me comprometo a</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Nota</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privado</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organización</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Resultado</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Teléfono</translation>
    </message>
    <message>
      <source>Planned length</source>
      <translation>Duración prevista</translation>
    </message>
    <message>
      <source>Planned for</source>
      <translation>Previsto para</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Canal preferido</translation>
    </message>
    <message>
      <source>Profile link</source>
      <translation>Enlace del perfil</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progreso</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Propósito</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Preguntas</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Valoración</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Recurring points</source>
      <translation>Puntos recurrentes</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Contar resultado</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>Informado el</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Fecha de revisión</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Secciones</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Enviado</translation>
    </message>
    <message>
      <source>Sent how</source>
      <translation>Enviado por</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Fecha de inicio</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Success criteria</source>
      <translation>Criterios de éxito</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Conclusiones</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Fecha meta</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Agradecimiento</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Zona horaria</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Temas</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Dirección web</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Dónde lo encontraste</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Por qué</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vacío)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>sí</translation>
    </message>
    <message>
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>este portátil</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>otro portátil</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>{kind} «{record}» se eliminó en un portátil mientras se editaba en «{laptop}»: se ha conservado, con la edición.</translation>
    </message>
    <message>
      <source>A record ({kind}) was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>Un registro ({kind}) se eliminó en un portátil mientras se editaba en «{laptop}»: se ha conservado, con la edición.</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while its field “{field}” was edited on another; the edited text is kept here: “{lost}”.</source>
      <translation>{kind} «{record}» se eliminó en un portátil mientras su campo «{field}» se editaba en otro; el texto editado se guarda aquí: «{lost}».</translation>
    </message>
    <message>
      <source>{field} of the {kind} “{record}”: changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} de {kind} «{record}»: cambiado a «{lost}» en «{lost_laptop}» y a «{kept}» en «{kept_laptop}». Se ha conservado lo más reciente, «{kept}»; Restaurar recupera «{lost}».</translation>
    </message>
    <message>
      <source>{field} ({kind}): changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} ({kind}): cambiado a «{lost}» en «{lost_laptop}» y a «{kept}» en «{kept_laptop}». Se ha conservado lo más reciente, «{kept}»; Restaurar recupera «{lost}».</translation>
    </message>
  </context>
  <context>
    <name>syncWaiting</name>
    <message>
      <source>“{name}”</source>
      <translation>«{name}»</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>otro portátil</translation>
    </message>
    <message>
      <source>Waiting for batch {number} from {laptop}: later ones have arrived, this one has not yet.</source>
      <translation>Esperando el lote {number} de {laptop}: han llegado otros posteriores, este todavía no.</translation>
    </message>
    <message>
      <source>{file} is not a batch MentorDesk can read; it is left alone.</source>
      <translation>{file} no es un lote que MentorDesk pueda leer; se deja como está.</translation>
    </message>
    <message>
      <source>Some note edits in batch {number} from {laptop} wait for an earlier edit of the same note that has not arrived yet; those notes keep their text until it does.</source>
      <translation>Algunos cambios de notas del lote {number} de {laptop} esperan un cambio anterior de la misma nota que aún no ha llegado; esas notas conservan su texto hasta entonces.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is not encrypted: that laptop's data is not encrypted, and this sync folder's batches are. Turn encryption on there with the passphrase this sync folder was set up with; nothing from it is applied until then.</source>
      <translation>El lote {number} de {laptop} no está cifrado: los datos de ese portátil no están cifrados y los lotes de esta carpeta de sincronización sí. Active allí el cifrado con la frase de contraseña con la que se configuró esta carpeta de sincronización; hasta entonces no se aplica nada de él.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} was written by a newer MentorDesk: update MentorDesk on this laptop to receive it.</source>
      <translation>El lote {number} de {laptop} lo escribió un MentorDesk más reciente: actualice MentorDesk en este portátil para recibirlo.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is still arriving; it will be read next time.</source>
      <translation>El lote {number} de {laptop} todavía está llegando; se leerá la próxima vez.</translation>
    </message>
  </context>
  <context>
    <name>templates</name>
    <message>
      <source>Edit the template “{name}”</source>
      <translation>Editar la plantilla «{name}»</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copia)</translation>
    </message>
    <message>
      <source>Duplicate the template “{name}”</source>
      <translation>Duplicar la plantilla «{name}»</translation>
    </message>
    <message>
      <source>Restore the original</source>
      <translation>Restaurar la original</translation>
    </message>
    <message>
      <source>Put back the template “{name}” as it came with MentorDesk?</source>
      <translation>¿Volver a dejar la plantilla «{name}» como venía con MentorDesk?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurar</translation>
    </message>
    <message>
      <source>Restore the template “{name}”</source>
      <translation>Restaurar la plantilla «{name}»</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>Eliminar plantilla</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Meetings planned from it keep their agenda.</source>
      <translation>¿Eliminar la plantilla «{name}»? Las reuniones planificadas con ella conservan su agenda.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Eliminar</translation>
    </message>
    <message>
      <source>Delete the template “{name}”</source>
      <translation>Eliminar la plantilla «{name}»</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Editar ▸ Deshacer lo recupera.</translation>
    </message>
  </context>
  <context>
    <name>touch_in_sentence</name>
    <message>
      <source>email</source>
      <translation>correo</translation>
    </message>
    <message>
      <source>message</source>
      <translation>mensaje</translation>
    </message>
    <message>
      <source>call</source>
      <translation>llamada</translation>
    </message>
    <message>
      <source>corridor chat</source>
      <translation>charla de pasillo</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undid: {what}</source>
      <translation>Deshecho: {what}</translation>
    </message>
    <message>
      <source>Redid: {what}</source>
      <translation>Rehecho: {what}</translation>
    </message>
    <message>
      <source>Could not undo “{what}”: {reason}.</source>
      <translation>No se pudo deshacer «{what}»: {reason}.</translation>
    </message>
    <message>
      <source>Could not redo “{what}”: {reason}.</source>
      <translation>No se pudo rehacer «{what}»: {reason}.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <source>Nothing was changed. The step is removed from Edit ▸ Undo.</source>
      <translation>No se cambió nada. El paso se quita de Editar ▸ Deshacer.</translation>
    </message>
  </context>
  <context>
    <name>vocabulary</name>
    <message>
      <source>mentor</source>
      <translation>mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentores</numerusform>
      </translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>etiqueta</translation>
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>%n etiqueta</numerusform>
        <numerusform>%n etiquetas</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Etiqueta</translation>
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation>
        <numerusform>su etiqueta</numerusform>
        <numerusform>sus %n etiquetas</numerusform>
      </translation>
    </message>
    <message>
      <source>status change</source>
      <translation>cambio de estado</translation>
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation>
        <numerusform>%n cambio de estado</numerusform>
        <numerusform>%n cambios de estado</numerusform>
      </translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>Cambio de estado</translation>
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation>
        <numerusform>su historial de estados (%n entrada)</numerusform>
        <numerusform>su historial de estados (%n entradas)</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>reunión</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n reunión</numerusform>
        <numerusform>%n reuniones</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting notes</source>
      <translation>Notas de la reunión</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation>
        <numerusform>%n reunión con agenda y notas</numerusform>
        <numerusform>%n reuniones con agenda y notas</numerusform>
      </translation>
    </message>
    <message>
      <source>agenda point</source>
      <translation>punto de la agenda</translation>
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation>
        <numerusform>%n punto de la agenda</numerusform>
        <numerusform>%n puntos de la agenda</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Punto de la agenda</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>tarea</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n tarea</numerusform>
        <numerusform>%n tareas</numerusform>
      </translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Tarea</translation>
    </message>
    <message>
      <source>earlier version of the notes</source>
      <translation>versión anterior de las notas</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation>
        <numerusform>%n versión anterior de las notas</numerusform>
        <numerusform>%n versiones anteriores de las notas</numerusform>
      </translation>
    </message>
    <message>
      <source>Earlier notes</source>
      <translation>Notas anteriores</translation>
    </message>
    <message>
      <source>agreement</source>
      <translation>acuerdo</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>%n acuerdo</numerusform>
        <numerusform>%n acuerdos</numerusform>
      </translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Acuerdo</translation>
    </message>
    <message>
      <source>agreement version</source>
      <translation>versión del acuerdo</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation>
        <numerusform>%n versión del acuerdo</numerusform>
        <numerusform>%n versiones del acuerdo</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation>
        <numerusform>su acuerdo (%n versión)</numerusform>
        <numerusform>su acuerdo (%n versiones)</numerusform>
      </translation>
    </message>
    <message>
      <source>goal</source>
      <translation>objetivo</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n objetivo</numerusform>
        <numerusform>%n objetivos</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objetivo</translation>
    </message>
    <message>
      <source>progress update</source>
      <translation>actualización de progreso</translation>
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation>
        <numerusform>%n actualización de progreso</numerusform>
        <numerusform>%n actualizaciones de progreso</numerusform>
      </translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>Actualización de progreso</translation>
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation>
        <numerusform>su actualización de progreso</numerusform>
        <numerusform>sus %n actualizaciones de progreso</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and a mentor</source>
      <translation>vínculo entre un objetivo y un mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation>
        <numerusform>%n vínculo entre objetivos y mentores</numerusform>
        <numerusform>%n vínculos entre objetivos y mentores</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and mentor</source>
      <translation>Objetivo y mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation>
        <numerusform>%n vínculo entre un objetivo y un mentor</numerusform>
        <numerusform>%n vínculos entre un objetivo y un mentor</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and an action item</source>
      <translation>vínculo entre un objetivo y una tarea</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation>
        <numerusform>%n vínculo entre objetivos y tareas</numerusform>
        <numerusform>%n vínculos entre objetivos y tareas</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and action item</source>
      <translation>Objetivo y tarea</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation>
        <numerusform>%n vínculo entre un objetivo y una tarea</numerusform>
        <numerusform>%n vínculos entre un objetivo y una tarea</numerusform>
      </translation>
    </message>
    <message>
      <source>give-back idea</source>
      <translation>idea para retribuir</translation>
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation>
        <numerusform>%n idea para retribuir</numerusform>
        <numerusform>%n ideas para retribuir</numerusform>
      </translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Retribuir</translation>
    </message>
    <message>
      <source>outreach step</source>
      <translation>paso de contacto</translation>
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation>
        <numerusform>%n paso de contacto</numerusform>
        <numerusform>%n pasos de contacto</numerusform>
      </translation>
    </message>
    <message>
      <source>Outreach step</source>
      <translation>Paso de contacto</translation>
    </message>
    <message>
      <source>closure review</source>
      <translation>revisión de cierre</translation>
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation>
        <numerusform>%n revisión de cierre</numerusform>
        <numerusform>%n revisiones de cierre</numerusform>
      </translation>
    </message>
    <message>
      <source>Closure review</source>
      <translation>Revisión de cierre</translation>
    </message>
    <message>
      <source>the closure review</source>
      <translation>la revisión de cierre</translation>
    </message>
    <message>
      <source>goal named in a closure review</source>
      <translation>objetivo citado en una revisión de cierre</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation>
        <numerusform>%n objetivo citado en revisiones de cierre</numerusform>
        <numerusform>%n objetivos citados en revisiones de cierre</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation>
        <numerusform>su mención en %n revisión de cierre</numerusform>
        <numerusform>sus menciones en %n revisiones de cierre</numerusform>
      </translation>
    </message>
    <message>
      <source>topic</source>
      <translation>tema</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s)</source>
      <translation>
        <numerusform>%n tema</numerusform>
        <numerusform>%n temas</numerusform>
      </translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Tema</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) in the inbox</source>
      <translation>
        <numerusform>%n tema de la bandeja</numerusform>
        <numerusform>%n temas de la bandeja</numerusform>
      </translation>
    </message>
    <message>
      <source>touch</source>
      <translation>contacto</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es)</source>
      <translation>
        <numerusform>%n contacto</numerusform>
        <numerusform>%n contactos</numerusform>
      </translation>
    </message>
    <message>
      <source>Touch</source>
      <translation>Contacto</translation>
    </message>
    <message numerus="yes">
      <source>%n logged touch(es)</source>
      <translation>
        <numerusform>%n contacto registrado</numerusform>
        <numerusform>%n contactos registrados</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting template</source>
      <translation>plantilla de reunión</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting template(s)</source>
      <translation>
        <numerusform>%n plantilla de reunión</numerusform>
        <numerusform>%n plantillas de reunión</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting template</source>
      <translation>Plantilla de reunión</translation>
    </message>
    <message>
      <source>recap</source>
      <translation>recapitulación</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s)</source>
      <translation>
        <numerusform>%n recapitulación</numerusform>
        <numerusform>%n recapitulaciones</numerusform>
      </translation>
    </message>
    <message>
      <source>Recap</source>
      <translation>Recapitulación</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s) sent</source>
      <translation>
        <numerusform>%n recapitulación enviada</numerusform>
        <numerusform>%n recapitulaciones enviadas</numerusform>
      </translation>
    </message>
    <message>
      <source>calendar event</source>
      <translation>evento del calendario</translation>
    </message>
    <message numerus="yes">
      <source>%n calendar event(s)</source>
      <translation>
        <numerusform>%n evento del calendario</numerusform>
        <numerusform>%n eventos del calendario</numerusform>
      </translation>
    </message>
    <message>
      <source>Calendar event</source>
      <translation>Evento del calendario</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>adjunto</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n adjunto</numerusform>
        <numerusform>%n adjuntos</numerusform>
      </translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Adjunto</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) and link(s)</source>
      <translation>
        <numerusform>%n archivo o enlace adjunto</numerusform>
        <numerusform>%n archivos y enlaces adjuntos</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation>
        <numerusform>%n reunión con su agenda y sus notas</numerusform>
        <numerusform>%n reuniones con sus agendas y sus notas</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation>
        <numerusform>su vínculo con %n objetivo (el objetivo se queda)</numerusform>
        <numerusform>sus vínculos con %n objetivos (los objetivos se quedan)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation>
        <numerusform>su vínculo con %n mentor</numerusform>
        <numerusform>sus vínculos con %n mentores</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation>
        <numerusform>su vínculo con %n tarea</numerusform>
        <numerusform>sus vínculos con %n tareas</numerusform>
      </translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} y {last}</translation>
    </message>
  </context>
</TS>
