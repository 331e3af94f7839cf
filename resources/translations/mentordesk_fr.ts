<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>AboutDialog</name>
    <message>
      <source>About MentorDesk</source>
      <translation>À propos de MentorDesk</translation>
    </message>
    <message>
      <source>&lt;p&gt;Run all of your mentor relationships on your own computer, offline.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Data folder:&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Database:&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</source>
      <translation>&lt;p&gt;Toutes vos relations de mentorat sur votre propre ordinateur, hors ligne.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dossier de données :&lt;/b&gt;&lt;br&gt;{folder}&lt;/p&gt;&lt;p&gt;&lt;b&gt;Base de données :&lt;/b&gt;&lt;br&gt;{database}&lt;/p&gt;&lt;p&gt;Qt for Python {qt}&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;MentorDesk is free software under the MIT licence. It uses Qt and Qt for Python (PySide6), which are licensed under the GNU Lesser General Public License v3; you may replace them with your own build. The licences of everything MentorDesk ships with are in its licences folder.&lt;/p&gt;</source>
      <translation>&lt;p&gt;MentorDesk est un logiciel libre sous licence MIT. Il utilise Qt et Qt for Python (PySide6), sous licence GNU Lesser General Public License v3 ; vous pouvez les remplacer par votre propre version. Les licences de tout ce que MentorDesk embarque se trouvent dans son dossier de licences.&lt;/p&gt;</translation>
    </message>
    <message>
      <source>Open data folder</source>
      <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
      <source>Licences</source>
      <translation>Licences</translation>
    </message>
    <message>
      <source>Open the licences folder</source>
      <translation>Ouvrir le dossier des licences</translation>
    </message>
  </context>
  <context>
    <name>ActionDoneDialog</name>
    <message>
      <source>Mark done</source>
      <translation>Marquer comme fait</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>How did it turn out? What did you learn?</source>
      <translation>Comment cela s’est-il passé ? Qu’avez-vous appris ?</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Fait le</translation>
    </message>
    <message>
      <source>Report back to {name} at the next meeting</source>
      <translation>En rendre compte à {name} à la prochaine rencontre</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>En rendre compte au mentor</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Résultat</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Fait le</translation>
    </message>
  </context>
  <context>
    <name>ActionItemDialog</name>
    <message>
      <source>Edit action item</source>
      <translation>Modifier l’action</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <source>Mentor the advice came from</source>
      <translation>Mentor à l’origine du conseil</translation>
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
      <translation>Ce que vous allez faire</translation>
    </message>
    <message>
      <source>What will you do? e.g. Read chapter 3 of …</source>
      <translation>Qu’allez-vous faire ? p. ex. Lire le chapitre 3 de …</translation>
    </message>
    <message>
      <source>&amp;Action</source>
      <translation>&amp;Action</translation>
    </message>
    <message>
      <source>on</source>
      <translation>le</translation>
    </message>
    <message>
      <source>D&amp;ue</source>
      <translation>É&amp;chéance</translation>
    </message>
    <message>
      <source>Tell the mentor how it went</source>
      <translation>Dire au mentor comment cela s’est passé</translation>
    </message>
    <message>
      <source>Report back to the mentor</source>
      <translation>En rendre compte au mentor</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privé : jamais dans ce qui est copié ou envoyé</translation>
    </message>
    <message>
      <source>Private action item</source>
      <translation>Action privée</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>&amp;Outcome</source>
      <translation>&amp;Résultat</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Add action item</source>
      <translation>Ajouter l’action</translation>
    </message>
    <message>
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Entrée</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Choisir un mentor…</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsModel</name>
    <message>
      <source>Action item</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Pas de date</translation>
    </message>
    <message>
      <source>Double-click or press F2 to set a due date</source>
      <translation>Double-cliquez ou appuyez sur F2 pour fixer une échéance</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsPanel</name>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Capture action item</source>
      <translation>Saisir une action</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into an action item (Ctrl+Shift+A)</source>
      <translation>Transformer la sélection ou la ligne de notes courante en action (Ctrl+Maj+A)</translation>
    </message>
    <message>
      <source>Action items from this meeting</source>
      <translation>Actions issues de cette rencontre</translation>
    </message>
    <message>
      <source>Nothing captured yet. Put the cursor on a line of notes and press Ctrl+Shift+A.</source>
      <translation>Rien de saisi pour l’instant. Placez le curseur sur une ligne de notes et appuyez sur Ctrl+Maj+A.</translation>
    </message>
    <message>
      <source>Due…</source>
      <translation>Échéance…</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fixer l’échéance</translation>
    </message>
    <message>
      <source>Set the due date of the selected action item (F2)</source>
      <translation>Fixer l’échéance de l’action sélectionnée (F2)</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove action item</source>
      <translation>Retirer l’action</translation>
    </message>
    <message>
      <source>Remove the selected action item (Delete)</source>
      <translation>Retirer l’action sélectionnée (Suppr)</translation>
    </message>
  </context>
  <context>
    <name>ActionItemsView</name>
    <message>
      <source>No action items yet</source>
      <translation>Aucune action pour l’instant</translation>
    </message>
    <message>
      <source>Action items are the advice you decide to act on. Capture them while you talk: in meeting mode, put the cursor on a line of your notes and press Ctrl+Shift+A. Advice that came by mail? Press Ctrl+Shift+A here to add it. They all gather here, with due dates and how they turned out.</source>
      <translation>Les actions sont les conseils que vous décidez de mettre en pratique. Saisissez-les pendant la conversation : en mode rencontre, placez le curseur sur une ligne de vos notes et appuyez sur Ctrl+Maj+A. Un conseil reçu par e-mail ? Appuyez ici sur Ctrl+Maj+A pour l’ajouter. Elles se rassemblent toutes ici, avec leurs échéances et leurs résultats.</translation>
    </message>
    <message>
      <source>Add an action item</source>
      <translation>Ajouter une action</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor :</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Afficher le mentor</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Afficher le statut</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>To report back</source>
      <translation>À rendre compte</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Nouvelle action…</translation>
    </message>
    <message>
      <source>Add advice you will act on (Ctrl+Shift+A)</source>
      <translation>Ajouter un conseil à mettre en pratique (Ctrl+Maj+A)</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Marquer comme fait…</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Rouvrir</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Due date…</source>
      <translation>Échéance…</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Rendre compte</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Aller au mentor</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Tous les mentors</translation>
    </message>
    <message>
      <source>No action items match this filter. Choose “All” to see every one.</source>
      <translation>Aucune action ne correspond à ce filtre. Choisissez « Toutes » pour les voir toutes.</translation>
    </message>
  </context>
  <context>
    <name>ActionTableModel</name>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Fait le</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Rendre compte</translation>
    </message>
    <message>
      <source>⚠ Overdue · {date}</source>
      <translation>⚠ En retard · {date}</translation>
    </message>
    <message>
      <source>Reported {date}</source>
      <translation>Compte rendu le {date}</translation>
    </message>
    <message>
      <source>To report</source>
      <translation>À rendre compte</translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>Oui</translation>
    </message>
    <message>
      <source>No due date</source>
      <translation>Pas d’échéance</translation>
    </message>
    <message numerus="yes">
      <source>Overdue by %n day(s): due {date}</source>
      <translation>
        <numerusform>En retard de %n jour : échéance le {date}</numerusform>
        <numerusform>En retard de %n jours : échéance le {date}</numerusform>
      </translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Échéance le {date}</translation>
    </message>
    <message>
      <source>Tell {name} how it went</source>
      <translation>Dire à {name} comment cela s’est passé</translation>
    </message>
    <message>
      <source>Tell the mentor how it went, once it is done</source>
      <translation>Dire au mentor comment cela s’est passé, une fois fait</translation>
    </message>
    <message>
      <source>{text} (private: never copied or sent)</source>
      <translation>{text} (privé : jamais copié ni envoyé)</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>New agenda point</source>
      <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Type a point and press Enter</source>
      <translation>Saisissez un point et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>Ajouter</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
  </context>
  <context>
    <name>AgendaModel</name>
    <message>
      <source>done</source>
      <translation>fait</translation>
    </message>
    <message>
      <source>to do</source>
      <translation>à faire</translation>
    </message>
    <message>
      <source>{state}, private</source>
      <translation>{state}, privé</translation>
    </message>
  </context>
  <context>
    <name>AgendaPanel</name>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>Space ticks off, F2 edits, Delete removes, Alt+Up/Down moves</source>
      <translation>Espace coche, F2 modifie, Suppr retire, Alt+Haut/Bas déplace</translation>
    </message>
    <message>
      <source>New agenda item</source>
      <translation>Nouveau point de l’ordre du jour</translation>
    </message>
    <message>
      <source>Add a point and press Enter</source>
      <translation>Ajoutez un point et appuyez sur Entrée</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Remove the selected point (Delete)</source>
      <translation>Retirer le point sélectionné (Suppr)</translation>
    </message>
    <message>
      <source>Move up (Alt+Up)</source>
      <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
      <source>Move down (Alt+Down)</source>
      <translation>Descendre (Alt+Bas)</translation>
    </message>
  </context>
  <context>
    <name>AgendaPreviewDialog</name>
    <message>
      <source>Copy agenda</source>
      <translation>Copier l’ordre du jour</translation>
    </message>
    <message>
      <source>This is exactly what will be copied:</source>
      <translation>Voici exactement ce qui sera copié :</translation>
    </message>
    <message>
      <source>The agenda as it will be copied</source>
      <translation>L’ordre du jour tel qu’il sera copié</translation>
    </message>
    <message numerus="yes">
      <source>%n private point(s) stay here and are not copied.</source>
      <translation>
        <numerusform>%n point privé reste ici et n’est pas copié.</numerusform>
        <numerusform>%n points privés restent ici et ne sont pas copiés.</numerusform>
      </translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
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
      <translation>Version {n} · convenue le {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status} · agreed {day}</source>
      <translation>Version {n} · {status} · convenue le {day}</translation>
    </message>
    <message>
      <source>Version {n} · {status}</source>
      <translation>Version {n} · {status}</translation>
    </message>
  </context>
  <context>
    <name>AgreementCompareDialog</name>
    <message>
      <source>Compare versions of the agreement with {name}</source>
      <translation>Comparer les versions de l’accord avec {name}</translation>
    </message>
    <message>
      <source>Earlier version</source>
      <translation>Version antérieure</translation>
    </message>
    <message>
      <source>Later version</source>
      <translation>Version ultérieure</translation>
    </message>
    <message>
      <source>Show only what changed</source>
      <translation>N’afficher que les changements</translation>
    </message>
    <message>
      <source>The two versions side by side</source>
      <translation>Les deux versions côte à côte</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>These two versions say the same.</source>
      <translation>Ces deux versions disent la même chose.</translation>
    </message>
    <message>
      <source>{count} of {total} terms changed: {names}.</source>
      <translation>{count} termes sur {total} modifiés : {names}.</translation>
    </message>
    <message>
      <source>changed</source>
      <translation>modifié</translation>
    </message>
    <message>
      <source>Term</source>
      <translation>Terme</translation>
    </message>
  </context>
  <context>
    <name>AgreementForm</name>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatut</translation>
    </message>
    <message>
      <source>Agreement status</source>
      <translation>Statut de l’accord</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Convenu le</translation>
    </message>
    <message>
      <source>&amp;Goals</source>
      <translation>&amp;Objectifs</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Objectifs du mentorat</translation>
    </message>
    <message>
      <source>What should be different when this ends?</source>
      <translation>Qu’est-ce qui devrait avoir changé à la fin ?</translation>
    </message>
    <message>
      <source>Meet &amp;every</source>
      <translation>Se voir &amp;toutes les</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Fréquence des rencontres</translation>
    </message>
    <message>
      <source>e.g. 4</source>
      <translation>p. ex. 4</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Durée</translation>
    </message>
    <message>
      <source>Typical duration in minutes</source>
      <translation>Durée habituelle en minutes</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <source>Meeting format</source>
      <translation>Format des rencontres</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Lien</translation>
    </message>
    <message>
      <source>Video or meeting link</source>
      <translation>Lien vidéo ou de réunion</translation>
    </message>
    <message>
      <source>https://meet.example.com/abc</source>
      <translation>https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>T&amp;opics</source>
      <translation>S&amp;ujets</translation>
    </message>
    <message>
      <source>Topics, one per line</source>
      <translation>Sujets, un par ligne</translation>
    </message>
    <message>
      <source>One per line; offered when you plan a meeting</source>
      <translation>Un par ligne ; proposés quand vous planifiez une rencontre</translation>
    </message>
    <message>
      <source>Every &amp;time</source>
      <translation>À &amp;chaque fois</translation>
    </message>
    <message>
      <source>Recurring points, one per line</source>
      <translation>Points récurrents, un par ligne</translation>
    </message>
    <message>
      <source>On every plan, e.g. Progress on my talk; one per line</source>
      <translation>Dans chaque planification, p. ex. Avancement de ma présentation ; un par ligne</translation>
    </message>
    <message>
      <source>Tou&amp;ches</source>
      <translation>Échan&amp;ges</translation>
    </message>
    <message>
      <source>How an email or call between meetings counts</source>
      <translation>Comment compte un e-mail ou un appel entre les rencontres</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Je m’engage à</translation>
    </message>
    <message>
      <source>What I commit to</source>
      <translation>Ce à quoi je m’engage</translation>
    </message>
    <message>
      <source>My mentor commits to</source>
      <translation>Mon mentor s’engage à</translation>
    </message>
    <message>
      <source>What my mentor commits to</source>
      <translation>Ce à quoi mon mentor s’engage</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Limites</translation>
    </message>
    <message>
      <source>Boundaries: best times, response expectations</source>
      <translation>Limites : meilleurs moments, délais de réponse</translation>
    </message>
    <message>
      <source>Best times to meet, how quickly to expect replies</source>
      <translation>Meilleurs moments pour se voir, délai de réponse à attendre</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>Review</source>
      <translation>Révision</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Date de révision</translation>
    </message>
    <message>
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>Set {what}</source>
      <translation>Définir {what}</translation>
    </message>
    <message>
      <source>Frequency unit</source>
      <translation>Unité de fréquence</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non défini</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Saisissez un nombre entier, comme 4 (pour toutes les 4 semaines).</translation>
    </message>
  </context>
  <context>
    <name>AgreementPanel</name>
    <message>
      <source>Version shown</source>
      <translation>Version affichée</translation>
    </message>
    <message>
      <source>Save agreement</source>
      <translation>Enregistrer l’accord</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Revert the agreement</source>
      <translation>Rétablir l’accord</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Pièces jointes…</translation>
    </message>
    <message>
      <source>Files and links for the agreement</source>
      <translation>Fichiers et liens de l’accord</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Accord</translation>
    </message>
    <message>
      <source>Agreement with {name}</source>
      <translation>Accord avec {name}</translation>
    </message>
    <message>
      <source>Save as version {n}</source>
      <translation>Enregistrer comme version {n}</translation>
    </message>
    <message>
      <source>Save changes</source>
      <translation>Enregistrer les modifications</translation>
    </message>
    <message>
      <source>Choose a mentor to see the agreement.</source>
      <translation>Choisissez un mentor pour voir l’accord.</translation>
    </message>
    <message>
      <source>Not saved yet: edit it, then press Save agreement.</source>
      <translation>Pas encore enregistré : modifiez-le, puis appuyez sur Enregistrer l’accord.</translation>
    </message>
    <message>
      <source>No agreement with {name} yet. Agree on goals, how often to meet and what to talk about from the start: begin from a template or write your own.</source>
      <translation>Pas encore d’accord avec {name}. Convenez dès le départ des objectifs, de la fréquence des rencontres et des sujets à aborder : partez d’un modèle ou rédigez le vôtre.</translation>
    </message>
    <message>
      <source>An earlier version, kept as it was (read only). The current one is version {n}.</source>
      <translation>Une version antérieure, conservée telle quelle (lecture seule). La version actuelle est la version {n}.</translation>
    </message>
    <message>
      <source>Version {n} was agreed, so it stays as it is: saving these changes makes version {next}.</source>
      <translation>La version {n} a été convenue, elle reste donc telle quelle : enregistrer ces modifications crée la version {next}.</translation>
    </message>
    <message>
      <source>Agreed on {day}. Changing its terms will make a new version; the status alone can change in place.</source>
      <translation>Convenu le {day}. Modifier ses termes crée une nouvelle version ; seul le statut peut changer sur place.</translation>
    </message>
    <message>
      <source>A draft: edit freely until you both agree.</source>
      <translation>Un brouillon : modifiez-le librement jusqu’à ce que vous soyez d’accord tous les deux.</translation>
    </message>
    <message>
      <source>the agreement with {name}</source>
      <translation>l’accord avec {name}</translation>
    </message>
  </context>
  <context>
    <name>AppLock</name>
    <message>
      <source>&amp;Lock Now</source>
      <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
      <source>Lock</source>
      <translation>Verrouiller</translation>
    </message>
    <message>
      <source>MentorDesk cannot lock now: the file that holds your keys (mentordesk.key) cannot be read. Your data is unchanged.</source>
      <translation>MentorDesk ne peut pas se verrouiller maintenant : le fichier qui contient vos clés (mentordesk.key) est illisible. Vos données sont inchangées.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase, and you set one by encrypting your data (File ▸ Encryption…). Then Lock Now, your desktop's screen lock and the idle minutes in Preferences ▸ Privacy lock MentorDesk.</source>
      <translation>Le verrouillage demande une phrase secrète, que vous définissez en chiffrant vos données (Fichier ▸ Chiffrement…). Ensuite, « Verrouiller maintenant », le verrouillage d’écran de votre bureau et les minutes d’inactivité dans Préférences ▸ Confidentialité verrouillent MentorDesk.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Chiffrement…</translation>
    </message>
    <message>
      <source>Locked</source>
      <translation>Verrouillé</translation>
    </message>
    <message>
      <source>&amp;Lock MentorDesk after</source>
      <translation>&amp;Verrouiller MentorDesk après</translation>
    </message>
    <message>
      <source>Locking saves what you typed and hides every window until you type your passphrase (File ▸ Lock Now, Ctrl+Shift+L; also when your desktop locks the screen). A meeting whose clock runs is not locked for being idle.</source>
      <translation>Le verrouillage enregistre ce que vous avez saisi et masque chaque fenêtre jusqu’à ce que vous saisissiez votre phrase secrète (Fichier ▸ Verrouiller maintenant, Ctrl+Maj+L ; aussi quand votre bureau verrouille l’écran). Une réunion dont le chronomètre tourne n’est pas verrouillée pour inactivité.</translation>
    </message>
    <message>
      <source>The lock needs a passphrase: it works once your data is encrypted.</source>
      <translation>Le verrouillage demande une phrase secrète : il fonctionne dès que vos données sont chiffrées.</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source> idle minutes</source>
      <translation> minutes d’inactivité</translation>
    </message>
  </context>
  <context>
    <name>AttachmentDialog</name>
    <message>
      <source>Rename attachment</source>
      <translation>Renommer la pièce jointe</translation>
    </message>
    <message>
      <source>Add a link</source>
      <translation>Ajouter un lien</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>https://…</source>
      <translation>https://…</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>The address, unless you name it</source>
      <translation>L’adresse, sauf si vous le nommez</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Adresse</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Renommer</translation>
    </message>
    <message>
      <source>Add link</source>
      <translation>Ajouter le lien</translation>
    </message>
  </context>
  <context>
    <name>AttachmentTableModel</name>
    <message>
      <source>{name} — missing from the data folder</source>
      <translation>{name} — absent du dossier de données</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>File or link</source>
      <translation>Fichier ou lien</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Added</source>
      <translation>Ajouté</translation>
    </message>
    <message>
      <source>Link: Enter opens it in the browser</source>
      <translation>Lien : Entrée l’ouvre dans le navigateur</translation>
    </message>
    <message>
      <source>File: Enter opens it with its application</source>
      <translation>Fichier : Entrée l’ouvre avec son application</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsPanel</name>
    <message>
      <source>Attached files and links</source>
      <translation>Fichiers et liens joints</translation>
    </message>
    <message>
      <source>Add file…</source>
      <translation>Ajouter un fichier…</translation>
    </message>
    <message>
      <source>Add link…</source>
      <translation>Ajouter un lien…</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open the attachment</source>
      <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
      <source>Show in folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <source>Show the file in its folder</source>
      <translation>Afficher le fichier dans son dossier</translation>
    </message>
    <message>
      <source>Rename…</source>
      <translation>Renommer…</translation>
    </message>
    <message>
      <source>Rename the attachment</source>
      <translation>Renommer la pièce jointe</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Remove the attachment</source>
      <translation>Retirer la pièce jointe</translation>
    </message>
    <message>
      <source>No files or links yet: drop files here, or use Add file… or Add link….</source>
      <translation>Aucun fichier ni lien pour l’instant : déposez des fichiers ici, ou utilisez Ajouter un fichier… ou Ajouter un lien….</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s).</source>
      <translation>
        <numerusform>%n pièce jointe.</numerusform>
        <numerusform>%n pièces jointes.</numerusform>
      </translation>
    </message>
    <message>
      <source>Attach files</source>
      <translation>Joindre des fichiers</translation>
    </message>
    <message>
      <source>Copying “{name}”: {percent} %…</source>
      <translation>Copie de « {name} » : {percent} %…</translation>
    </message>
  </context>
  <context>
    <name>AttachmentsWindow</name>
    <message>
      <source>Attachments — {what}</source>
      <translation>Pièces jointes — {what}</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
  </context>
  <context>
    <name>BackupsDialog</name>
    <message>
      <source>Before an update</source>
      <translation>Avant une mise à jour</translation>
    </message>
    <message>
      <source>Daily</source>
      <translation>Quotidienne</translation>
    </message>
    <message>
      <source>While you worked</source>
      <translation>Pendant votre travail</translation>
    </message>
    <message>
      <source>Made by you</source>
      <translation>Faite par vous</translation>
    </message>
    <message>
      <source>Before an import</source>
      <translation>Avant une importation</translation>
    </message>
    <message>
      <source>Before a restore</source>
      <translation>Avant une restauration</translation>
    </message>
    <message>
      <source>Backups</source>
      <translation>Sauvegardes</translation>
    </message>
    <message>
      <source>MentorDesk backs up your data when it starts (once a day), every half hour while you work, and before every update, import and restore. It keeps all backups of the last two days, then one a day, one a week and one a month.</source>
      <translation>MentorDesk sauvegarde vos données au démarrage (une fois par jour), toutes les demi-heures pendant que vous travaillez, et avant chaque mise à jour, importation et restauration. Il garde toutes les sauvegardes des deux derniers jours, puis une par jour, une par semaine et une par mois.</translation>
    </message>
    <message>
      <source>Back Up Now</source>
      <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
      <source>Restore…</source>
      <translation>Restaurer…</translation>
    </message>
    <message>
      <source>Show in Folder</source>
      <translation>Afficher dans le dossier</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>No backups yet.</source>
      <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
      <source>Backing up…</source>
      <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
      <source>Backed up.</source>
      <translation>Sauvegardé.</translation>
    </message>
    <message>
      <source>The backup failed: {reason}</source>
      <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
      <source>Restore this backup?</source>
      <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
      <source>Go back to your data as it was on {when}: {mentors}, {meetings}?</source>
      <translation>Revenir à vos données telles qu’elles étaient le {when} : {mentors}, {meetings} ?</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n rencontre</numerusform>
        <numerusform>%n rencontres</numerusform>
      </translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Your data as it is now is backed up first, so you can come back to it from this list. Open windows close and MentorDesk reopens on the backup.</source>
      <translation>Vos données actuelles sont d’abord sauvegardées, vous pourrez donc y revenir depuis cette liste. Les fenêtres ouvertes se ferment et MentorDesk se rouvre sur la sauvegarde.</translation>
    </message>
    <message>
      <source>&amp;Backups…</source>
      <translation>&amp;Sauvegardes…</translation>
    </message>
  </context>
  <context>
    <name>BackupsModel</name>
    <message>
      <source>Taken</source>
      <translation>Prise le</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentors</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Rencontres</translation>
    </message>
    <message>
      <source>unreadable</source>
      <translation>illisible</translation>
    </message>
  </context>
  <context>
    <name>BalancePanel</name>
    <message>
      <source>Balance</source>
      <translation>Bilan</translation>
    </message>
    <message>
      <source>What you gave back to each mentor</source>
      <translation>Ce que vous avez rendu à chaque mentor</translation>
    </message>
    <message>
      <source>⚠ marks a mentor met {meetings} or more with nothing given back for {days} (Edit ▸ Preferences).</source>
      <translation>⚠ signale un mentor rencontré {meetings} fois ou plus sans rien lui rendre depuis {days} (Édition ▸ Préférences).</translation>
    </message>
    <message numerus="yes">
      <source>%n time(s)</source>
      <translation>
        <numerusform>%n fois</numerusform>
        <numerusform>%n fois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BriefPanel</name>
    <message>
      <source>Pre-meeting brief</source>
      <translation>Préparation de la rencontre</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Rejoindre</translation>
    </message>
    <message>
      <source>Join the meeting</source>
      <translation>Rejoindre la rencontre</translation>
    </message>
    <message>
      <source>Select a meeting to see what to bring up.</source>
      <translation>Sélectionnez une rencontre pour voir ce qu’il faut aborder.</translation>
    </message>
    <message>
      <source>Before you meet {name}</source>
      <translation>Avant de rencontrer {name}</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Rendre compte</translation>
    </message>
    <message>
      <source>Nothing to report back.</source>
      <translation>Rien à rendre compte.</translation>
    </message>
    <message>
      <source>Open action items</source>
      <translation>Actions en cours</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>Aucune action en cours.</translation>
    </message>
    <message>
      <source>Last meeting's takeaways</source>
      <translation>Enseignements de la dernière rencontre</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privé : masqué pendant la présentation.</translation>
    </message>
    <message>
      <source>No takeaways written.</source>
      <translation>Aucun enseignement noté.</translation>
    </message>
    <message>
      <source>No meeting held yet.</source>
      <translation>Aucune rencontre tenue pour l’instant.</translation>
    </message>
    <message>
      <source>Not covered last time</source>
      <translation>Non abordé la dernière fois</translation>
    </message>
    <message>
      <source>Nothing left over from the last agenda.</source>
      <translation>Rien ne reste du dernier ordre du jour.</translation>
    </message>
    <message>
      <source>From your inbox</source>
      <translation>De votre boîte de réception</translation>
    </message>
    <message>
      <source>No topics waiting.</source>
      <translation>Aucun sujet en attente.</translation>
    </message>
    <message>
      <source>{topic} (private: only here)</source>
      <translation>{topic} (privé : seulement ici)</translation>
    </message>
    <message>
      <source>No meeting planned yet.</source>
      <translation>Aucune rencontre planifiée pour l’instant.</translation>
    </message>
    <message>
      <source>Planned for {when} · {format}, not marked held yet: end it in meeting mode, or reschedule it.</source>
      <translation>Prévue le {when} · {format}, pas encore marquée comme tenue : terminez-la en mode rencontre, ou reportez-la.</translation>
    </message>
    <message>
      <source>Meeting now: {when} · {format}</source>
      <translation>Rencontre en cours : {when} · {format}</translation>
    </message>
    <message>
      <source>Next meeting: {when} · {format}</source>
      <translation>Prochaine rencontre : {when} · {format}</translation>
    </message>
    <message>
      <source>• {text} — overdue, due {date}</source>
      <translation>• {text} — en retard, échéance le {date}</translation>
    </message>
    <message>
      <source>• {text} — due {date}</source>
      <translation>• {text} — échéance le {date}</translation>
    </message>
    <message>
      <source>Done {date}</source>
      <translation>Fait le {date}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Compte rendu</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Marquer comme rendu compte : {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>J’ai dit à {name} comment cela s’est passé</translation>
    </message>
  </context>
  <context>
    <name>ClosureReviewDialog</name>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Clôture du mentorat avec {name}</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Ce que j’ai appris</translation>
    </message>
    <message>
      <source>The lessons you take with you</source>
      <translation>Les leçons que vous emportez</translation>
    </message>
    <message>
      <source>Goals this mentorship served</source>
      <translation>Objectifs servis par ce mentorat</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Mot de remerciement</translation>
    </message>
    <message>
      <source>Draft again</source>
      <translation>Rédiger à nouveau</translation>
    </message>
    <message>
      <source>Compose the note again from what you learned and the goals ticked</source>
      <translation>Recomposer le mot à partir de ce que vous avez appris et des objectifs cochés</translation>
    </message>
    <message>
      <source>Copy note</source>
      <translation>Copier le mot</translation>
    </message>
    <message>
      <source>Export to Markdown…</source>
      <translation>Exporter en Markdown…</translation>
    </message>
    <message>
      <source>Keep in touch as alumni, every</source>
      <translation>Rester en contact comme ancien mentor, toutes les</translation>
    </message>
    <message>
      <source>Keep in touch as alumni</source>
      <translation>Rester en contact comme ancien mentor</translation>
    </message>
    <message>
      <source>Keep in touch every</source>
      <translation>Rester en contact toutes les</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <source>What I &amp;learned</source>
      <translation>Ce que j’ai &amp;appris</translation>
    </message>
    <message>
      <source>&amp;Goals it served</source>
      <translation>&amp;Objectifs servis</translation>
    </message>
    <message>
      <source>&amp;Thank-you note</source>
      <translation>Mot de &amp;remerciement</translation>
    </message>
    <message>
      <source>&amp;Afterwards</source>
      <translation>&amp;Ensuite</translation>
    </message>
    <message>
      <source>&amp;Ended on</source>
      <translation>&amp;Terminé le</translation>
    </message>
    <message>
      <source>End mentorship</source>
      <translation>Terminer le mentorat</translation>
    </message>
    <message>
      <source>No meeting was held. Say what you take with you anyway.</source>
      <translation>Aucune rencontre n’a eu lieu. Notez tout de même ce que vous emportez.</translation>
    </message>
    <message>
      <source>nothing given back yet</source>
      <translation>rien rendu pour l’instant</translation>
    </message>
    <message numerus="yes">
      <source>%n thing(s) given back</source>
      <translation>
        <numerusform>%n chose rendue</numerusform>
        <numerusform>%n choses rendues</numerusform>
      </translation>
    </message>
    <message>
      <source>{meetings}, {actions}, {gave}. Everything stays recorded; the note below is a draft to make your own.</source>
      <translation>{meetings}, {actions}, {gave}. Tout reste enregistré ; le mot ci-dessous est un brouillon à vous approprier.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n rencontre</numerusform>
        <numerusform>%n rencontres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n piece(s) of advice acted on</source>
      <translation>
        <numerusform>%n conseil mis en pratique</numerusform>
        <numerusform>%n conseils mis en pratique</numerusform>
      </translation>
    </message>
    <message>
      <source>The thank-you note is on the clipboard.</source>
      <translation>Le mot de remerciement est dans le presse-papiers.</translation>
    </message>
    <message>
      <source>Export the closure review</source>
      <translation>Exporter le bilan de clôture</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exporté vers {file}.</translation>
    </message>
  </context>
  <context>
    <name>ComingSoon</name>
    <message>
      <source>Coming soon. {future}

This area is not built yet; nothing here is sample or fake data.</source>
      <translation>Bientôt disponible. {future}

Cette zone n’est pas encore construite ; rien ici n’est un exemple ni une fausse donnée.</translation>
    </message>
  </context>
  <context>
    <name>CommandPalette</name>
    <message>
      <source>Run an action</source>
      <translation>Lancer une action</translation>
    </message>
    <message>
      <source>Action to run, or words to search for</source>
      <translation>Action à lancer, ou mots à rechercher</translation>
    </message>
    <message>
      <source>Type an action's name, or words to search for</source>
      <translation>Tapez le nom d’une action, ou des mots à rechercher</translation>
    </message>
    <message>
      <source>Actions</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Not available here now</source>
      <translation>Indisponible ici pour l’instant</translation>
    </message>
    <message>
      <source>Search your data for “{text}”</source>
      <translation>Rechercher « {text} » dans vos données</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Bienvenue dans MentorDesk</translation>
    </message>
    <message>
      <source>This page will tell you what to do today: who is due for a meeting, what you promised, and what is overdue. Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Cette page vous dit quoi faire aujourd’hui : qui est à revoir, ce que vous avez promis et ce qui est en retard. Commencez avec un vrai mentor, ou faites le tour avec quelques mentors fictifs que vous retirez en une étape.</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Ajouter votre premier mentor</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Explorer avec des données d’exemple</translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>À revoir</translation>
    </message>
    <message>
      <source>Meetings in the next 7 days</source>
      <translation>Rencontres des 7 prochains jours</translation>
    </message>
    <message>
      <source>Action items due</source>
      <translation>Actions à échéance</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Rendre compte</translation>
    </message>
    <message>
      <source>Agreement reviews</source>
      <translation>Révisions d’accords</translation>
    </message>
    <message>
      <source>Rhythm</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <source>Gaps between meetings</source>
      <translation>Écarts entre les rencontres</translation>
    </message>
    <message>
      <source>Follow up with prospects</source>
      <translation>Relancer les candidats</translation>
    </message>
    <message>
      <source>Give back</source>
      <translation>Donner en retour</translation>
    </message>
    <message>
      <source>Nobody needs a meeting planned now.</source>
      <translation>Aucune rencontre à planifier pour l’instant.</translation>
    </message>
    <message>
      <source>No meetings planned in the next 7 days.</source>
      <translation>Aucune rencontre planifiée dans les 7 prochains jours.</translation>
    </message>
    <message>
      <source>Nothing overdue or due this week.</source>
      <translation>Rien en retard ni à échéance cette semaine.</translation>
    </message>
    <message>
      <source>Nothing to report back. Outcomes you promise to share appear here.</source>
      <translation>Rien à rendre compte. Les résultats que vous promettez de partager apparaissent ici.</translation>
    </message>
    <message>
      <source>No agreement is due for review in the next 14 days.</source>
      <translation>Aucun accord à réviser dans les 14 prochains jours.</translation>
    </message>
    <message>
      <source>Every rhythm is close to what was agreed.</source>
      <translation>Chaque rythme est proche de ce qui a été convenu.</translation>
    </message>
    <message>
      <source>No rhythm agreed yet: set how often you meet on a mentor's Agreement tab.</source>
      <translation>Aucun rythme convenu pour l’instant : définissez la fréquence des rencontres dans l’onglet Accord d’un mentor.</translation>
    </message>
    <message>
      <source>No prospect is waiting for a follow-up.</source>
      <translation>Aucun candidat n’attend de relance.</translation>
    </message>
    <message>
      <source>Nobody is owed a give-back: mentorship is a two-way street.</source>
      <translation>Personne n’attend de retour : le mentorat va dans les deux sens.</translation>
    </message>
    <message>
      <source>Charts appear once you have met an active mentor twice.</source>
      <translation>Les graphiques apparaissent dès que vous avez rencontré deux fois un mentor actif.</translation>
    </message>
    <message>
      <source>nobody to meet</source>
      <translation>personne à rencontrer</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) to meet</source>
      <translation>
        <numerusform>%n mentor à rencontrer</numerusform>
        <numerusform>%n mentors à rencontrer</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) in the next 7 days</source>
      <translation>
        <numerusform>%n rencontre dans les 7 prochains jours</numerusform>
        <numerusform>%n rencontres dans les 7 prochains jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s) overdue</source>
      <translation>
        <numerusform>%n action en retard</numerusform>
        <numerusform>%n actions en retard</numerusform>
      </translation>
    </message>
    <message>
      <source>{n} to report back</source>
      <translation>{n} à rendre compte</translation>
    </message>
    <message>
      <source>time to keep in touch ({standing})</source>
      <translation>le moment de garder le contact ({standing})</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planifier une rencontre…</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Planifier une rencontre avec {name}</translation>
    </message>
    <message>
      <source>Log touch…</source>
      <translation>Noter un échange…</translation>
    </message>
    <message>
      <source>Log an email, message, call or chat with {name}</source>
      <translation>Noter un e-mail, un message, un appel ou une discussion avec {name}</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open {name}</source>
      <translation>Ouvrir {name}</translation>
    </message>
    <message>
      <source>{when} · {name} · {format}</source>
      <translation>{when} · {name} · {format}</translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Ordre du jour : {points}</translation>
    </message>
    <message>
      <source>No agenda yet</source>
      <translation>Pas encore d’ordre du jour</translation>
    </message>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n action en cours</numerusform>
        <numerusform>%n actions en cours</numerusform>
      </translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Rejoindre</translation>
    </message>
    <message>
      <source>Join the call with {name}</source>
      <translation>Rejoindre l’appel avec {name}</translation>
    </message>
    <message>
      <source>Brief</source>
      <translation>Préparation</translation>
    </message>
    <message>
      <source>The brief for {name}</source>
      <translation>La préparation pour {name}</translation>
    </message>
    <message>
      <source>{when} · {name}</source>
      <translation>{when} · {name}</translation>
    </message>
    <message>
      <source>Its time has passed: mark it held, or cancel it.</source>
      <translation>Son heure est passée : marquez-la comme tenue, ou annulez-la.</translation>
    </message>
    <message>
      <source>Open the past meeting with {name}</source>
      <translation>Ouvrir la rencontre passée avec {name}</translation>
    </message>
    <message>
      <source>overdue since {day}</source>
      <translation>en retard depuis le {day}</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>à échéance aujourd’hui</translation>
    </message>
    <message>
      <source>due {day}</source>
      <translation>échéance le {day}</translation>
    </message>
    <message>
      <source>Open the action item {text}</source>
      <translation>Ouvrir l’action {text}</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>fait le {day}</translation>
    </message>
    <message>
      <source>Reported</source>
      <translation>Compte rendu</translation>
    </message>
    <message>
      <source>Mark reported: {text}</source>
      <translation>Marquer comme rendu compte : {text}</translation>
    </message>
    <message>
      <source>I told {name} how it went</source>
      <translation>J’ai dit à {name} comment cela s’est passé</translation>
    </message>
    <message>
      <source>was due {day}</source>
      <translation>échéance le {day}, dépassée</translation>
    </message>
    <message>
      <source>due {day} (in {days})</source>
      <translation>échéance le {day} (dans {days})</translation>
    </message>
    <message>
      <source>Review the agreement with {name} (version {version})</source>
      <translation>Réviser l’accord avec {name} (version {version})</translation>
    </message>
    <message>
      <source>Open agreement</source>
      <translation>Ouvrir l’accord</translation>
    </message>
    <message>
      <source>Open the agreement with {name}</source>
      <translation>Ouvrir l’accord avec {name}</translation>
    </message>
    <message>
      <source>More often than agreed: is that still right for them?</source>
      <translation>Plus souvent que convenu : est-ce toujours bien pour lui ou elle ?</translation>
    </message>
    <message>
      <source>Less often than agreed: plan ahead, or agree a new rhythm.</source>
      <translation>Moins souvent que convenu : planifiez à l’avance, ou convenez d’un nouveau rythme.</translation>
    </message>
    <message>
      <source>{name} — time to give something back</source>
      <translation>{name} — le moment de donner en retour</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Ajouter une idée…</translation>
    </message>
    <message>
      <source>Add a give-back idea for {name}</source>
      <translation>Ajouter une idée de retour pour {name}</translation>
    </message>
    <message>
      <source>{step} {day}; follow-up was due {due}</source>
      <translation>{step} le {day} ; la relance était due le {due}</translation>
    </message>
    <message>
      <source>{step} {day}; follow up today</source>
      <translation>{step} le {day} ; relancer aujourd’hui</translation>
    </message>
    <message>
      <source>Follow up with {name}</source>
      <translation>Relancer {name}</translation>
    </message>
    <message>
      <source>Open the prospect {name}</source>
      <translation>Ouvrir le candidat {name}</translation>
    </message>
  </context>
  <context>
    <name>DataSession</name>
    <message>
      <source>Unfinished changes set aside</source>
      <translation>Modifications inachevées mises de côté</translation>
    </message>
    <message>
      <source>Beside your database lay unfinished changes that do not belong to it (this happens when a backup is copied over the database by hand after a crash). MentorDesk set them aside as {name} and opened the database as it is.</source>
      <translation>À côté de votre base de données se trouvaient des modifications inachevées qui ne lui appartiennent pas (cela arrive quand une sauvegarde est copiée à la main sur la base de données après un plantage). MentorDesk les a mises de côté sous le nom {name} et a ouvert la base de données telle quelle.</translation>
    </message>
    <message>
      <source>Encryption could not be changed: {reason}</source>
      <translation>Le chiffrement n’a pas pu être modifié : {reason}</translation>
    </message>
    <message>
      <source>Backup restored. Your data as it was before is kept as a backup (File ▸ Backups…), so you can go back to it.</source>
      <translation>Sauvegarde restaurée. Vos données d’avant sont conservées comme sauvegarde (Fichier ▸ Sauvegardes…), vous pouvez donc y revenir.</translation>
    </message>
    <message>
      <source>Imported. Your data as it was before is kept as a backup (File ▸ Backups…).</source>
      <translation>Importé. Vos données d’avant sont conservées comme sauvegarde (Fichier ▸ Sauvegardes…).</translation>
    </message>
    <message>
      <source>Nothing was imported: {problem}</source>
      <translation>Rien n’a été importé : {problem}</translation>
    </message>
    <message>
      <source>The file could not be imported: {reason}</source>
      <translation>Le fichier n’a pas pu être importé : {reason}</translation>
    </message>
    <message>
      <source>The backup could not be restored: {reason}</source>
      <translation>La sauvegarde n’a pas pu être restaurée : {reason}</translation>
    </message>
    <message>
      <source>Backup failed: {reason}</source>
      <translation>Échec de la sauvegarde : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) could not be brought back; they show as missing.</source>
      <translation>
        <numerusform>%n fichier joint n’a pas pu être rapporté ; il apparaît comme manquant.</numerusform>
        <numerusform>%n fichiers joints n’ont pas pu être rapportés ; ils apparaissent comme manquants.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>DecisionsModel</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>What sync decided</source>
      <translation>Ce que la synchronisation a décidé</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restored</source>
      <translation>Restauré</translation>
    </message>
    <message>
      <source>Kept</source>
      <translation>Gardé</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>Restaurer « {value} »</translation>
    </message>
  </context>
  <context>
    <name>DueDateDialog</name>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Set due date</source>
      <translation>Fixer l’échéance</translation>
    </message>
  </context>
  <context>
    <name>DueDateEditor</name>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>No date</source>
      <translation>Pas de date</translation>
    </message>
    <message>
      <source>Delete: no due date</source>
      <translation>Suppr : pas d’échéance</translation>
    </message>
  </context>
  <context>
    <name>DueField</name>
    <message>
      <source>Due on</source>
      <translation>Échéance le</translation>
    </message>
    <message>
      <source>Has a due date</source>
      <translation>A une échéance</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>+1 week</source>
      <translation>+1 semaine</translation>
    </message>
    <message>
      <source>+2 weeks</source>
      <translation>+2 semaines</translation>
    </message>
    <message>
      <source>End of month</source>
      <translation>Fin du mois</translation>
    </message>
    <message>
      <source>Due in one week</source>
      <translation>Échéance dans une semaine</translation>
    </message>
    <message>
      <source>Due in two weeks</source>
      <translation>Échéance dans deux semaines</translation>
    </message>
    <message>
      <source>Due at the end of the month</source>
      <translation>Échéance à la fin du mois</translation>
    </message>
    <message>
      <source>Due {date}</source>
      <translation>Échéance le {date}</translation>
    </message>
  </context>
  <context>
    <name>EditMeetingDialog</name>
    <message>
      <source>Held meeting with {name}</source>
      <translation>Rencontre tenue avec {name}</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Rencontre avec {name}</translation>
    </message>
    <message>
      <source>When it began</source>
      <translation>Quand elle a commencé</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Lieu ou lien vidéo</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Quelle a été sa valeur</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Pas de note</translation>
    </message>
    <message>
      <source>{stars} ({value} of 5)</source>
      <translation>{stars} ({value} sur 5)</translation>
    </message>
    <message>
      <source>How long it took, in minutes</source>
      <translation>Combien de temps elle a duré, en minutes</translation>
    </message>
    <message>
      <source>&amp;Began</source>
      <translation>&amp;Début</translation>
    </message>
    <message>
      <source>&amp;Took</source>
      <translation>&amp;Durée</translation>
    </message>
    <message>
      <source>&amp;Value</source>
      <translation>&amp;Valeur</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Durée en minutes</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Quand</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Durée</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Lieu ou lien</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Son heure : {time}</translation>
    </message>
  </context>
  <context>
    <name>EncryptionDialog</name>
    <message>
      <source>Encryption</source>
      <translation>Chiffrement</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies, attached files and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Vos données sont chiffrées : la base de données, ses sauvegardes, les copies endommagées, les pièces jointes et le journal de saisie ne s’ouvrent qu’avec votre phrase secrète ou votre clé de récupération.</translation>
    </message>
    <message>
      <source>Your data is not encrypted: anyone who can read the data folder can read it.</source>
      <translation>Vos données ne sont pas chiffrées : quiconque peut lire le dossier de données peut les lire.</translation>
    </message>
    <message>
      <source>Turn &amp;on…</source>
      <translation>&amp;Activer…</translation>
    </message>
    <message>
      <source>&amp;Change passphrase…</source>
      <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
      <source>Turn o&amp;ff…</source>
      <translation>&amp;Désactiver…</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>Encrypt</source>
      <translation>Chiffrer</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Modifier</translation>
    </message>
    <message>
      <source>Decrypt</source>
      <translation>Déchiffrer</translation>
    </message>
    <message>
      <source>The passphrase is changed. Your recovery key stays the same.</source>
      <translation>La phrase secrète est changée. Votre clé de récupération reste la même.</translation>
    </message>
    <message>
      <source>Your data is encrypted.</source>
      <translation>Vos données sont chiffrées.</translation>
    </message>
    <message>
      <source>Your data is no longer encrypted.</source>
      <translation>Vos données ne sont plus chiffrées.</translation>
    </message>
    <message>
      <source>&amp;Encryption…</source>
      <translation>&amp;Chiffrement…</translation>
    </message>
    <message>
      <source>Your data is encrypted: the database, its backups, damaged copies and the typing journal open only with your passphrase or your recovery key.</source>
      <translation>Vos données sont chiffrées : la base de données, ses sauvegardes, les copies endommagées et le journal de saisie ne s’ouvrent qu’avec votre phrase secrète ou votre clé de récupération.</translation>
    </message>
  </context>
  <context>
    <name>EndMeetingDialog</name>
    <message>
      <source>End meeting</source>
      <translation>Terminer la rencontre</translation>
    </message>
    <message>
      <source>When the meeting began</source>
      <translation>Quand la rencontre a commencé</translation>
    </message>
    <message>
      <source>Actual duration in minutes</source>
      <translation>Durée réelle en minutes</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>How valuable was it</source>
      <translation>Quelle a été sa valeur</translation>
    </message>
    <message>
      <source>No rating</source>
      <translation>Pas de note</translation>
    </message>
    <message>
      <source>1 – not useful</source>
      <translation>1 – pas utile</translation>
    </message>
    <message>
      <source>3 – useful</source>
      <translation>3 – utile</translation>
    </message>
    <message>
      <source>5 – very valuable</source>
      <translation>5 – très précieuse</translation>
    </message>
    <message>
      <source>No action items were captured in this meeting.</source>
      <translation>Aucune action n’a été saisie pendant cette rencontre.</translation>
    </message>
    <message>
      <source>Plan the next meeting</source>
      <translation>Planifier la prochaine rencontre</translation>
    </message>
    <message>
      <source>Next meeting date and time</source>
      <translation>Date et heure de la prochaine rencontre</translation>
    </message>
    <message numerus="yes">
      <source>%n unticked agenda point(s) will be carried over.</source>
      <translation>
        <numerusform>%n point non coché sera reporté.</numerusform>
        <numerusform>%n points non cochés seront reportés.</numerusform>
      </translation>
    </message>
    <message>
      <source>Every agenda point was ticked off.</source>
      <translation>Tous les points de l’ordre du jour ont été cochés.</translation>
    </message>
    <message>
      <source>There was no agenda.</source>
      <translation>Il n’y avait pas d’ordre du jour.</translation>
    </message>
    <message>
      <source>Began:</source>
      <translation>Début :</translation>
    </message>
    <message>
      <source>Actual duration:</source>
      <translation>Durée réelle :</translation>
    </message>
    <message>
      <source>Value of the meeting:</source>
      <translation>Valeur de la rencontre :</translation>
    </message>
    <message>
      <source>Next meeting:</source>
      <translation>Prochaine rencontre :</translation>
    </message>
    <message>
      <source>Mark the meeting held, as entered above</source>
      <translation>Marquer la rencontre comme tenue, comme saisi ci-dessus</translation>
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
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n rencontre</numerusform>
        <numerusform>%n rencontres</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n action</numerusform>
        <numerusform>%n actions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) you have already stay as they are.</source>
      <translation>
        <numerusform>%n enregistrement que vous avez déjà reste tel quel.</numerusform>
        <numerusform>%n enregistrements que vous avez déjà restent tels quels.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The file has changed %n of them; yours are kept:</source>
      <translation>
        <numerusform>Le fichier en a modifié %n ; le vôtre est conservé :</numerusform>
        <numerusform>Le fichier en a modifié %n ; les vôtres sont conservés :</numerusform>
      </translation>
    </message>
    <message>
      <source>JSON (every record; can be imported)</source>
      <translation>JSON (tous les enregistrements ; importable)</translation>
    </message>
    <message>
      <source>Markdown (a folder to read)</source>
      <translation>Markdown (un dossier à lire)</translation>
    </message>
    <message>
      <source>CSV (for spreadsheets)</source>
      <translation>CSV (pour les tableurs)</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>Export as:</source>
      <translation>Exporter en :</translation>
    </message>
    <message>
      <source>Export to</source>
      <translation>Exporter vers</translation>
    </message>
    <message>
      <source>Export into</source>
      <translation>Exporter dans</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>Exportation…</translation>
    </message>
    <message>
      <source>Exported to {path}.</source>
      <translation>Exporté vers {path}.</translation>
    </message>
    <message>
      <source>Import a MentorDesk export</source>
      <translation>Importer un export MentorDesk</translation>
    </message>
    <message>
      <source>Checking the file…</source>
      <translation>Vérification du fichier…</translation>
    </message>
    <message>
      <source>Nothing new</source>
      <translation>Rien de nouveau</translation>
    </message>
    <message>
      <source>Every record of {name} is in your data already. Nothing was changed.</source>
      <translation>Tous les enregistrements de {name} sont déjà dans vos données. Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Import this file?</source>
      <translation>Importer ce fichier ?</translation>
    </message>
    <message>
      <source>Add {what} from {name}?</source>
      <translation>Ajouter {what} depuis {name} ?</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>Your data is backed up first. Open windows close and MentorDesk reopens with the imported records.</source>
      <translation>Vos données sont d’abord sauvegardées. Les fenêtres ouvertes se ferment et MentorDesk se rouvre avec les enregistrements importés.</translation>
    </message>
    <message>
      <source>Cannot import</source>
      <translation>Importation impossible</translation>
    </message>
    <message>
      <source>{name} cannot be imported. Nothing was changed.</source>
      <translation>{name} ne peut pas être importé. Rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
      <source>{name} holds %n record(s) you have already.</source>
      <translation>
        <numerusform>{name} contient %n enregistrement que vous avez déjà.</numerusform>
        <numerusform>{name} contient %n enregistrements que vous avez déjà.</numerusform>
      </translation>
    </message>
    <message>
      <source>Add what is new, keep mine</source>
      <translation>Ajouter le nouveau, garder les miens</translation>
    </message>
    <message>
      <source>MentorDesk can add only the records that are new and leave yours exactly as they are; you will see which ones the file has changed before anything is imported.</source>
      <translation>MentorDesk peut ajouter uniquement les nouveaux enregistrements et laisser les vôtres exactement tels quels ; vous verrez lesquels le fichier a modifiés avant toute importation.</translation>
    </message>
    <message>
      <source>That did not work: {reason}</source>
      <translation>Cela n’a pas fonctionné : {reason}</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>&amp;Exporter…</translation>
    </message>
    <message>
      <source>&amp;Import…</source>
      <translation>&amp;Importer…</translation>
    </message>
  </context>
  <context>
    <name>GapChart</name>
    <message numerus="yes">
      <source>Meet {agreed}. Last %n gap(s): {gaps}.</source>
      <translation>
        <numerusform>Se voir {agreed}. Dernier écart : {gaps}.</numerusform>
        <numerusform>Se voir {agreed}. %n derniers écarts : {gaps}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The first %n began under earlier terms.</source>
      <translation>
        <numerusform>Le premier a commencé sous des termes antérieurs.</numerusform>
        <numerusform>Les %n premiers ont commencé sous des termes antérieurs.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n was/were clearly longer than that.</source>
      <translation>
        <numerusform>%n était nettement plus long.</numerusform>
        <numerusform>%n étaient nettement plus longs.</numerusform>
      </translation>
    </message>
    <message>
      <source>Gaps between meetings with {name}</source>
      <translation>Écarts entre les rencontres avec {name}</translation>
    </message>
    <message>
      <source>agreed</source>
      <translation>convenu</translation>
    </message>
  </context>
  <context>
    <name>GiveBackDialog</name>
    <message>
      <source>Give-back idea</source>
      <translation>Idée de retour</translation>
    </message>
    <message>
      <source>New give-back idea</source>
      <translation>Nouvelle idée de retour</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>e.g. Send her the article on rotas</source>
      <translation>p. ex. Lui envoyer l’article sur les plannings</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>On</source>
      <translation>Le</translation>
    </message>
    <message>
      <source>Has a planned date</source>
      <translation>A une date prévue</translation>
    </message>
    <message>
      <source>Planned date</source>
      <translation>Date prévue</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Fait le</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Idea</source>
      <translation>&amp;Idée</translation>
    </message>
    <message>
      <source>&amp;Kind</source>
      <translation>&amp;Type</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <source>&amp;Planned</source>
      <translation>&amp;Prévue</translation>
    </message>
    <message>
      <source>&amp;Done on</source>
      <translation>&amp;Fait le</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Note</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
  </context>
  <context>
    <name>GiveBackPanel</name>
    <message>
      <source>Give-back ideas</source>
      <translation>Idées de retour</translation>
    </message>
    <message>
      <source>Capture give-back idea</source>
      <translation>Saisir une idée de retour</translation>
    </message>
    <message>
      <source>Turn the selection or the current line of notes into a give-back idea ({key})</source>
      <translation>Transformer la sélection ou la ligne de notes courante en idée de retour ({key})</translation>
    </message>
    <message>
      <source>Give-back ideas from this meeting</source>
      <translation>Idées de retour issues de cette rencontre</translation>
    </message>
    <message>
      <source>A way to give back came up? Put the cursor on its line and press {key}.</source>
      <translation>Une façon de donner en retour est venue ? Placez le curseur sur sa ligne et appuyez sur {key}.</translation>
    </message>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Placez le curseur sur une ligne de notes (ou sélectionnez du texte) pour la saisir.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>Non saisi. Le texte est toujours dans vos notes.</translation>
    </message>
    <message>
      <source>Captured as “{kind}”.</source>
      <translation>Saisi comme « {kind} ».</translation>
    </message>
    <message>
      <source>Give-back idea captured</source>
      <translation>Idée de retour saisie</translation>
    </message>
  </context>
  <context>
    <name>GiveBackTableModel</name>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>done {day}</source>
      <translation>fait le {day}</translation>
    </message>
    <message>
      <source>planned {day}</source>
      <translation>prévue le {day}</translation>
    </message>
  </context>
  <context>
    <name>GiveBackView</name>
    <message>
      <source>Give something back</source>
      <translation>Donner quelque chose en retour</translation>
    </message>
    <message>
      <source>Mentorship is a two-way street. Note ideas for giving back to each mentor — a thank-you, an article, an introduction, help on their project — plan them and mark them done. In meeting mode, Ctrl+Shift+G turns a line of notes into an idea.</source>
      <translation>Le mentorat va dans les deux sens. Notez des idées pour donner en retour à chaque mentor — un merci, un article, une mise en relation, de l’aide sur son projet —, planifiez-les et marquez-les comme faites. En mode rencontre, Ctrl+Maj+G transforme une ligne de notes en idée.</translation>
    </message>
    <message>
      <source>Give-back ideas</source>
      <translation>Idées de retour</translation>
    </message>
    <message>
      <source>Add an idea</source>
      <translation>Ajouter une idée</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor :</translation>
    </message>
    <message>
      <source>Show the ideas for mentor</source>
      <translation>Afficher les idées pour le mentor</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Afficher le statut</translation>
    </message>
    <message>
      <source>Not done yet</source>
      <translation>Pas encore fait</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>New idea…</source>
      <translation>Nouvelle idée…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Marquer comme fait</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Tous les mentors</translation>
    </message>
    <message>
      <source>No give-back ideas yet. Add one with “New idea…”.</source>
      <translation>Pas encore d’idée de retour. Ajoutez-en une avec « Nouvelle idée… ».</translation>
    </message>
    <message>
      <source>No idea matches these filters. Choose “All” to see every one.</source>
      <translation>Aucune idée ne correspond à ces filtres. Choisissez « Toutes » pour les voir toutes.</translation>
    </message>
  </context>
  <context>
    <name>GoalBoardDialog</name>
    <message>
      <source>Board: {goal}</source>
      <translation>Tableau : {goal}</translation>
    </message>
    <message>
      <source>How I'll know: {text}</source>
      <translation>Comment je le saurai : {text}</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % fait</translation>
    </message>
    <message>
      <source>No mentor covers this goal yet. Tick mentors on the goal, or link the action items that serve it, to compare their advice here.</source>
      <translation>Aucun mentor ne couvre encore cet objectif. Cochez des mentors sur l’objectif, ou liez les actions qui le servent, pour comparer leurs conseils ici.</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>through their advice</source>
      <translation>par leurs conseils</translation>
    </message>
    <message>
      <source>Advice to act on</source>
      <translation>Conseils à mettre en pratique</translation>
    </message>
    <message>
      <source>None linked yet.</source>
      <translation>Aucun lié pour l’instant.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Enseignements</translation>
    </message>
    <message>
      <source>No meeting with takeaways on it yet.</source>
      <translation>Aucune rencontre avec des enseignements sur ce sujet pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>GoalChoice</name>
    <message>
      <source>Captured action items work toward goal</source>
      <translation>Les actions saisies servent l’objectif</translation>
    </message>
    <message>
      <source>Action items captured from now on are linked to this goal</source>
      <translation>Les actions saisies désormais sont liées à cet objectif</translation>
    </message>
    <message>
      <source>Toward &amp;goal:</source>
      <translation>Vers l’&amp;objectif :</translation>
    </message>
    <message>
      <source>No goal</source>
      <translation>Aucun objectif</translation>
    </message>
  </context>
  <context>
    <name>GoalForm</name>
    <message>
      <source>&amp;Goal</source>
      <translation>&amp;Objectif</translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>e.g. Lead a team of five by next spring</source>
      <translation>p. ex. Diriger une équipe de cinq d’ici le printemps prochain</translation>
    </message>
    <message>
      <source>&amp;Why</source>
      <translation>&amp;Pourquoi</translation>
    </message>
    <message>
      <source>Why it matters</source>
      <translation>Pourquoi c’est important</translation>
    </message>
    <message>
      <source>Why this goal, and why now</source>
      <translation>Pourquoi cet objectif, et pourquoi maintenant</translation>
    </message>
    <message>
      <source>How I'll &amp;know</source>
      <translation>Comment je le &amp;saurai</translation>
    </message>
    <message>
      <source>How I will know</source>
      <translation>Comment je le saurai</translation>
    </message>
    <message>
      <source>What will be true when it is achieved</source>
      <translation>Ce qui sera vrai une fois atteint</translation>
    </message>
    <message>
      <source>&amp;Target</source>
      <translation>&amp;Cible</translation>
    </message>
    <message>
      <source>Has a target date</source>
      <translation>A une date cible</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>&amp;Progress</source>
      <translation>&amp;Progression</translation>
    </message>
    <message>
      <source>Progress measured</source>
      <translation>Mesure de la progression</translation>
    </message>
    <message>
      <source>&amp;Mentors</source>
      <translation>&amp;Mentors</translation>
    </message>
    <message>
      <source>Mentors who help with this goal</source>
      <translation>Mentors qui aident pour cet objectif</translation>
    </message>
  </context>
  <context>
    <name>GoalPanel</name>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save (Ctrl+S)</source>
      <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Pièces jointes…</translation>
    </message>
    <message>
      <source>Files and links for this goal</source>
      <translation>Fichiers et liens de cet objectif</translation>
    </message>
    <message>
      <source>Action items toward this goal</source>
      <translation>Actions vers cet objectif</translation>
    </message>
    <message>
      <source>Link action items…</source>
      <translation>Lier des actions…</translation>
    </message>
    <message>
      <source>Choose the advice that works toward this goal</source>
      <translation>Choisir les conseils qui servent cet objectif</translation>
    </message>
    <message>
      <source>Meetings where this goal came up</source>
      <translation>Rencontres où cet objectif a été abordé</translation>
    </message>
    <message>
      <source>Progress updates</source>
      <translation>Points d’avancement</translation>
    </message>
    <message>
      <source>Save the goal to link action items to it.</source>
      <translation>Enregistrez l’objectif pour y lier des actions.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Meetings where it came up</source>
      <translation>Rencontres où il a été abordé</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <source>Name it, say why it matters and how you will know.</source>
      <translation>Nommez-le, dites pourquoi il compte et comment vous le saurez.</translation>
    </message>
    <message>
      <source>{value} % done</source>
      <translation>{value} % fait</translation>
    </message>
    <message>
      <source>target {day}</source>
      <translation>cible le {day}</translation>
    </message>
    <message>
      <source>No action items yet: link the advice that serves it.</source>
      <translation>Pas encore d’actions : liez les conseils qui le servent.</translation>
    </message>
    <message>
      <source>advice from it</source>
      <translation>conseil issu de celle-ci</translation>
    </message>
    <message>
      <source>mentioned</source>
      <translation>mentionné</translation>
    </message>
    <message>
      <source>{when} · {name} ({why})</source>
      <translation>{when} · {name} ({why})</translation>
    </message>
    <message>
      <source>None yet. Meetings appear here when their advice or notes touch it.</source>
      <translation>Aucune pour l’instant. Les rencontres apparaissent ici quand leurs conseils ou leurs notes le touchent.</translation>
    </message>
    <message>
      <source>No updates set by hand yet.</source>
      <translation>Aucun point d’avancement saisi à la main pour l’instant.</translation>
    </message>
  </context>
  <context>
    <name>GoalTableModel</name>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentors</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>⚠ {date}</source>
      <translation>⚠ {date}</translation>
    </message>
    <message>
      <source>{done} of {counted} done</source>
      <translation>{done} sur {counted} faites</translation>
    </message>
    <message>
      <source>{value} % ({how})</source>
      <translation>{value} % ({how})</translation>
    </message>
    <message>
      <source>The target date has passed</source>
      <translation>La date cible est passée</translation>
    </message>
  </context>
  <context>
    <name>GoalsView</name>
    <message>
      <source>Your goals</source>
      <translation>Vos objectifs</translation>
    </message>
    <message>
      <source>Mentorship works best when you are proactive about your goals. Write down what you want to achieve, why it matters and how you will know; then link the mentors who help and the advice you act on, and watch the progress.</source>
      <translation>Le mentorat fonctionne le mieux quand vous êtes proactif sur vos objectifs. Écrivez ce que vous voulez atteindre, pourquoi c’est important et comment vous le saurez ; puis liez les mentors qui vous aident et les conseils que vous mettez en pratique, et suivez la progression.</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Add a goal</source>
      <translation>Ajouter un objectif</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>All goals</source>
      <translation>Tous les objectifs</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor :</translation>
    </message>
    <message>
      <source>Show the goals of mentor</source>
      <translation>Afficher les objectifs du mentor</translation>
    </message>
    <message>
      <source>New goal</source>
      <translation>Nouvel objectif</translation>
    </message>
    <message>
      <source>Update progress…</source>
      <translation>Mettre à jour la progression…</translation>
    </message>
    <message>
      <source>Board…</source>
      <translation>Tableau…</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Tous les mentors</translation>
    </message>
    <message>
      <source>No goal matches these filters. Choose “All goals” to see every one.</source>
      <translation>Aucun objectif ne correspond à ces filtres. Choisissez « Tous les objectifs » pour les voir tous.</translation>
    </message>
    <message>
      <source>the new goal</source>
      <translation>le nouvel objectif</translation>
    </message>
  </context>
  <context>
    <name>GuideDialog</name>
    <message>
      <source>How MentorDesk follows the article</source>
      <translation>Comment MentorDesk suit l’article</translation>
    </message>
    <message>
      <source>Each tip of the mentorship article, and where MentorDesk helps you with it.</source>
      <translation>Chaque conseil de l’article sur le mentorat, et où MentorDesk vous y aide.</translation>
    </message>
  </context>
  <context>
    <name>HistoryDialog</name>
    <message>
      <source>Earlier versions of the notes</source>
      <translation>Versions antérieures des notes</translation>
    </message>
    <message>
      <source>MentorDesk keeps a version of the notes every 10 minutes of typing and before large deletions, for at least 90 days. Restoring replaces the notes; Ctrl+Z in the notes brings the current text back.</source>
      <translation>MentorDesk garde une version des notes toutes les 10 minutes de frappe et avant les grandes suppressions, pendant au moins 90 jours. Restaurer remplace les notes ; Ctrl+Z dans les notes ramène le texte actuel.</translation>
    </message>
    <message>
      <source>Versions</source>
      <translation>Versions</translation>
    </message>
    <message>
      <source>Version preview</source>
      <translation>Aperçu de la version</translation>
    </message>
    <message>
      <source>No earlier versions yet: they appear after 10 minutes of note-taking or before a large deletion.</source>
      <translation>Pas encore de version antérieure : elles apparaissent après 10 minutes de prise de notes ou avant une grande suppression.</translation>
    </message>
    <message>
      <source>Restore this version</source>
      <translation>Restaurer cette version</translation>
    </message>
  </context>
  <context>
    <name>InboxOffer</name>
    <message>
      <source>Every time, and from the inbox</source>
      <translation>À chaque fois, et de la boîte de réception</translation>
    </message>
    <message>
      <source>Recurring points and inbox topics to bring along</source>
      <translation>Points récurrents et sujets de la boîte de réception à reprendre</translation>
    </message>
    <message>
      <source>{point} (every time)</source>
      <translation>{point} (à chaque fois)</translation>
    </message>
    <message>
      <source>{topic} (private)</source>
      <translation>{topic} (privé)</translation>
    </message>
  </context>
  <context>
    <name>LaptopsModel</name>
    <message>
      <source>Laptop</source>
      <translation>Ordinateur</translation>
    </message>
    <message>
      <source>Last batch received</source>
      <translation>Dernier lot reçu</translation>
    </message>
    <message>
      <source>Received</source>
      <translation>Reçu</translation>
    </message>
  </context>
  <context>
    <name>LinkActionsDialog</name>
    <message>
      <source>Action items toward “{goal}”</source>
      <translation>Actions vers « {goal} »</translation>
    </message>
    <message>
      <source>Show the advice of</source>
      <translation>Afficher les conseils de</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Tous les mentors</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>No action items yet: capture them in meeting mode (Ctrl+Shift+A).</source>
      <translation>Pas encore d’actions : saisissez-les en mode rencontre (Ctrl+Maj+A).</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
  </context>
  <context>
    <name>ListArea</name>
    <message>
      <source>Nothing matches these filters.</source>
      <translation>Rien ne correspond à ces filtres.</translation>
    </message>
  </context>
  <context>
    <name>LockScreen</name>
    <message>
      <source>MentorDesk is locked</source>
      <translation>MentorDesk est verrouillé</translation>
    </message>
    <message>
      <source>Everything you typed is kept and waits where you left it (meeting notes are saved). Type your passphrase, or your recovery key, to carry on.</source>
      <translation>Tout ce que vous avez saisi est conservé et vous attend là où vous l’avez laissé (les notes de réunion sont enregistrées). Saisissez votre phrase secrète, ou votre clé de récupération, pour continuer.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Phrase secrète ou clé de récupération</translation>
    </message>
    <message>
      <source>&amp;Unlock</source>
      <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <source>Why it did not unlock</source>
      <translation>Pourquoi le déverrouillage a échoué</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>&amp;About MentorDesk</source>
      <translation>À &amp;propos de MentorDesk</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <source>Areas</source>
      <translation>Zones</translation>
    </message>
    <message>
      <source>Opening your data…</source>
      <translation>Ouverture de vos données…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <source>&amp;New Mentor</source>
      <translation>&amp;Nouveau mentor</translation>
    </message>
    <message>
      <source>&amp;Plan Meeting…</source>
      <translation>&amp;Planifier une rencontre…</translation>
    </message>
    <message>
      <source>New &amp;Action Item…</source>
      <translation>Nouvelle &amp;action…</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Enregistrer</translation>
    </message>
    <message>
      <source>Export &amp;Calendar…</source>
      <translation>Exporter le &amp;calendrier…</translation>
    </message>
    <message>
      <source>Explore with Sample Data</source>
      <translation>Explorer avec des données d’exemple</translation>
    </message>
    <message>
      <source>Remove Sample Data…</source>
      <translation>Retirer les données d’exemple…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Édition</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>&amp;Rechercher…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>&amp;Préférences…</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
  </context>
  <context>
    <name>MeetingEditing</name>
    <message>
      <source>with {name} on {when}</source>
      <translation>avec {name} le {when}</translation>
    </message>
  </context>
  <context>
    <name>MeetingHeader</name>
    <message>
      <source>Time elapsed of the planned time</source>
      <translation>Temps écoulé sur le temps prévu</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <source>Start the clock (typing starts it too, close to the planned time)</source>
      <translation>Démarrer le chronomètre (la frappe le démarre aussi, près de l’heure prévue)</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>Enregistré</translation>
    </message>
    <message>
      <source>Notes saved</source>
      <translation>Notes enregistrées</translation>
    </message>
    <message>
      <source>Whether your notes are saved</source>
      <translation>Si vos notes sont enregistrées</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Rejoindre</translation>
    </message>
    <message>
      <source>Open the meeting's video link</source>
      <translation>Ouvrir le lien vidéo de la rencontre</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Change the time, length, format or place</source>
      <translation>Changer l’heure, la durée, le format ou le lieu</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>Historique…</translation>
    </message>
    <message>
      <source>Earlier versions of the notes (Ctrl+Shift+H)</source>
      <translation>Versions antérieures des notes (Ctrl+Maj+H)</translation>
    </message>
    <message>
      <source>End meeting…</source>
      <translation>Terminer la rencontre…</translation>
    </message>
    <message>
      <source>Mark the meeting held and plan the next (Ctrl+Shift+E)</source>
      <translation>Marquer la rencontre comme tenue et planifier la suivante (Ctrl+Maj+E)</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Envoyer le récapitulatif…</translation>
    </message>
    <message>
      <source>Thank them, with what you will do by when and the next meeting</source>
      <translation>Remercier, avec ce que vous ferez et pour quand, et la prochaine rencontre</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Tenue</translation>
    </message>
    <message>
      <source>Meeting held</source>
      <translation>Rencontre tenue</translation>
    </message>
    <message>
      <source>Marked held on {when}; notes and takeaways can still be edited</source>
      <translation>Marquée comme tenue le {when} ; notes et enseignements restent modifiables</translation>
    </message>
    <message>
      <source>Marked held; notes and takeaways can still be edited</source>
      <translation>Marquée comme tenue ; notes et enseignements restent modifiables</translation>
    </message>
    <message>
      <source>{minutes} min {seconds} s</source>
      <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed}, over the {planned} min planned</source>
      <translation>Chronomètre : {elapsed}, au-delà des {planned} min prévues</translation>
    </message>
    <message>
      <source>Meeting clock: {elapsed} of {planned} min planned</source>
      <translation>Chronomètre : {elapsed} sur {planned} min prévues</translation>
    </message>
    <message>
      <source>Over the planned time</source>
      <translation>Au-delà du temps prévu</translation>
    </message>
    <message>
      <source>Elapsed / planned</source>
      <translation>Écoulé / prévu</translation>
    </message>
    <message>
      <source>Saving…</source>
      <translation>Enregistrement…</translation>
    </message>
    <message>
      <source>Saving the notes…</source>
      <translation>Enregistrement des notes…</translation>
    </message>
    <message>
      <source>Not saved: {reason}</source>
      <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
      <source>Notes not saved: {reason}</source>
      <translation>Notes non enregistrées : {reason}</translation>
    </message>
  </context>
  <context>
    <name>MeetingModeWindow</name>
    <message>
      <source>Put the cursor on a line of notes (or select text) to capture it.</source>
      <translation>Placez le curseur sur une ligne de notes (ou sélectionnez du texte) pour la saisir.</translation>
    </message>
    <message>
      <source>Not captured. The text is still in your notes.</source>
      <translation>Non saisi. Le texte est toujours dans vos notes.</translation>
    </message>
    <message>
      <source>Action item captured</source>
      <translation>Action saisie</translation>
    </message>
    <message>
      <source>This meeting was deleted, so it cannot be marked held. Edit ▸ Undo in the main window brings it back; your notes stay here until then.</source>
      <translation>Cette rencontre a été supprimée, elle ne peut donc pas être marquée comme tenue. Édition ▸ Annuler dans la fenêtre principale la ramène ; vos notes restent ici d’ici là.</translation>
    </message>
    <message>
      <source>The notes are not saved yet ({reason}). Try again in a moment.</source>
      <translation>Les notes ne sont pas encore enregistrées ({reason}). Réessayez dans un instant.</translation>
    </message>
    <message>
      <source>The meeting could not be marked held: {reason}.</source>
      <translation>La rencontre n’a pas pu être marquée comme tenue : {reason}.</translation>
    </message>
    <message>
      <source>End meeting</source>
      <translation>Terminer la rencontre</translation>
    </message>
    <message>
      <source>This meeting is already marked held. Its notes, takeaways and agenda can still be edited; they save as you type.</source>
      <translation>Cette rencontre est déjà marquée comme tenue. Ses notes, enseignements et ordre du jour restent modifiables ; ils s’enregistrent pendant la frappe.</translation>
    </message>
    <message>
      <source>Notes not saved</source>
      <translation>Notes non enregistrées</translation>
    </message>
    <message>
      <source>Your latest notes are not saved: {reason}.</source>
      <translation>Vos dernières notes ne sont pas enregistrées : {reason}.</translation>
    </message>
    <message>
      <source>Try again</source>
      <translation>Réessayer</translation>
    </message>
    <message>
      <source>Copy notes to clipboard and close</source>
      <translation>Copier les notes dans le presse-papiers et fermer</translation>
    </message>
    <message>
      <source>Keep open</source>
      <translation>Garder ouvert</translation>
    </message>
    <message>
      <source>They are still in the window. Try again, or copy them to the clipboard before closing.</source>
      <translation>Elles sont toujours dans la fenêtre. Réessayez, ou copiez-les dans le presse-papiers avant de fermer.</translation>
    </message>
    <message>
      <source>Meeting with {name}</source>
      <translation>Rencontre avec {name}</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Enseignements</translation>
    </message>
    <message>
      <source>The few things to remember from this meeting</source>
      <translation>Les quelques choses à retenir de cette rencontre</translation>
    </message>
    <message>
      <source>{when} · {minutes} min planned · {format}</source>
      <translation>{when} · {minutes} min prévues · {format}</translation>
    </message>
    <message>
      <source>their time {time}</source>
      <translation>chez lui/elle {time}</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>Ouvrir {link}</translation>
    </message>
  </context>
  <context>
    <name>MeetingPrivacy</name>
    <message>
      <source>Private notes</source>
      <translation>Notes privées</translation>
    </message>
    <message>
      <source>Private takeaways</source>
      <translation>Enseignements privés</translation>
    </message>
    <message>
      <source>{lock} Private notes are hidden while presenting</source>
      <translation>{lock} Les notes privées sont masquées pendant la présentation</translation>
    </message>
    <message>
      <source>{lock} Private takeaways are hidden while presenting</source>
      <translation>{lock} Les enseignements privés sont masqués pendant la présentation</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Présentation : les éléments privés sont masqués</translation>
    </message>
    <message>
      <source>Never in anything copied, sent or exported</source>
      <translation>Jamais dans ce qui est copié, envoyé ou exporté</translation>
    </message>
    <message>
      <source>Select an action item to mark it private.</source>
      <translation>Sélectionnez une action pour la marquer comme privée.</translation>
    </message>
    <message>
      <source>Select an agenda point to mark it private.</source>
      <translation>Sélectionnez un point de l’ordre du jour pour le marquer comme privé.</translation>
    </message>
  </context>
  <context>
    <name>MeetingTableModel</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Length</source>
      <translation>Durée</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>{status} (not held)</source>
      <translation>{status} (non tenue)</translation>
    </message>
    <message>
      <source>{planned} min</source>
      <translation>{planned} min</translation>
    </message>
    <message>
      <source>took {actual} min</source>
      <translation>a duré {actual} min</translation>
    </message>
    <message>
      <source>Rated {rating} out of 5</source>
      <translation>Notée {rating} sur 5</translation>
    </message>
    <message>
      <source>Not rated</source>
      <translation>Non notée</translation>
    </message>
    <message>
      <source>No agenda</source>
      <translation>Pas d’ordre du jour</translation>
    </message>
    <message>
      <source>{done} of {total} agenda points covered</source>
      <translation>{done} points sur {total} de l’ordre du jour abordés</translation>
    </message>
    <message>
      <source>Its time has passed: open it to take notes, or cancel it.</source>
      <translation>Son heure est passée : ouvrez-la pour prendre des notes, ou annulez-la.</translation>
    </message>
    <message>
      <source>Planned for {planned} minutes</source>
      <translation>Prévue pour {planned} minutes</translation>
    </message>
    <message>
      <source>Planned {planned} minutes, took {actual}</source>
      <translation>{planned} minutes prévues, a duré {actual}</translation>
    </message>
  </context>
  <context>
    <name>MeetingsView</name>
    <message>
      <source>Upcoming</source>
      <translation>À venir</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Passées</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Toutes</translation>
    </message>
    <message>
      <source>No meetings yet</source>
      <translation>Pas encore de rencontres</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Rencontres</translation>
    </message>
    <message>
      <source>Plan a meeting</source>
      <translation>Planifier une rencontre</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planifier une rencontre…</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Lire…</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Ouvrir en mode rencontre</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Join</source>
      <translation>Rejoindre</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Copier l’ordre du jour</translation>
    </message>
    <message>
      <source>Go to mentor</source>
      <translation>Aller au mentor</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Annuler la rencontre</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Send recap…</source>
      <translation>Envoyer le récapitulatif…</translation>
    </message>
    <message>
      <source>Meeting templates…</source>
      <translation>Modèles de rencontre…</translation>
    </message>
    <message>
      <source>Show {scope} meetings</source>
      <translation>Afficher les rencontres : {scope}</translation>
    </message>
    <message>
      <source>Mentor:</source>
      <translation>Mentor :</translation>
    </message>
    <message>
      <source>Show mentor</source>
      <translation>Afficher le mentor</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Statut :</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Afficher le statut</translation>
    </message>
    <message>
      <source>Any status</source>
      <translation>Tout statut</translation>
    </message>
    <message>
      <source>Between</source>
      <translation>Entre</translation>
    </message>
    <message>
      <source>Only meetings between two dates</source>
      <translation>Seulement les rencontres entre deux dates</translation>
    </message>
    <message>
      <source>From date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>To date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>and</source>
      <translation>et</translation>
    </message>
    <message>
      <source>Plan your next conversation: when, how long, where or which link, and what you want to ask. Before you meet, a brief here reminds you of what you promised and what is left from last time.</source>
      <translation>Planifiez votre prochaine conversation : quand, combien de temps, où ou avec quel lien, et ce que vous voulez demander. Avant la rencontre, une préparation ici vous rappelle ce que vous avez promis et ce qui reste de la dernière fois.</translation>
    </message>
    <message>
      <source>Meetings are with your mentors, so add a mentor first: open the Mentors area (Ctrl+2) and choose “New mentor”.</source>
      <translation>Les rencontres se font avec vos mentors, ajoutez donc d’abord un mentor : ouvrez la zone Mentors (Ctrl+2) et choisissez « Nouveau mentor ».</translation>
    </message>
    <message>
      <source>All mentors</source>
      <translation>Tous les mentors</translation>
    </message>
    <message>
      <source>No upcoming meetings. Plan one (Ctrl+Shift+N), or look at Past.</source>
      <translation>Aucune rencontre à venir. Planifiez-en une (Ctrl+Maj+N), ou consultez Passées.</translation>
    </message>
    <message>
      <source>No meeting matches these filters.</source>
      <translation>Aucune rencontre ne correspond à ces filtres.</translation>
    </message>
    <message>
      <source>Open {link}</source>
      <translation>Ouvrir {link}</translation>
    </message>
    <message>
      <source>No link</source>
      <translation>Pas de lien</translation>
    </message>
  </context>
  <context>
    <name>MentorActionsPanel</name>
    <message>
      <source>Action items from this mentor</source>
      <translation>Actions issues de ce mentor</translation>
    </message>
    <message>
      <source>New action item…</source>
      <translation>Nouvelle action…</translation>
    </message>
    <message>
      <source>New action item</source>
      <translation>Nouvelle action</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Edit the action item</source>
      <translation>Modifier l’action</translation>
    </message>
    <message>
      <source>Mark done…</source>
      <translation>Marquer comme fait…</translation>
    </message>
    <message>
      <source>Mark the action item done</source>
      <translation>Marquer l’action comme faite</translation>
    </message>
    <message>
      <source>Save the mentor first; then add their advice here.</source>
      <translation>Enregistrez d’abord le mentor ; ajoutez ensuite ses conseils ici.</translation>
    </message>
    <message>
      <source>No action items yet. Advice from a call or an email? Add it with “New action item…”.</source>
      <translation>Pas encore d’actions. Un conseil reçu par téléphone ou par e-mail ? Ajoutez-le avec « Nouvelle action… ».</translation>
    </message>
    <message numerus="yes">
      <source>%n open</source>
      <translation>
        <numerusform>%n en cours</numerusform>
        <numerusform>%n en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n overdue</source>
      <translation>
        <numerusform>%n en retard</numerusform>
        <numerusform>%n en retard</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n in all</source>
      <translation>
        <numerusform>%n au total</numerusform>
        <numerusform>%n au total</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorForm</name>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Full name (required)</source>
      <translation>Nom complet (obligatoire)</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Rôle</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>e.g. VP of Engineering</source>
      <translation>p. ex. VP Ingénierie</translation>
    </message>
    <message>
      <source>Or&amp;ganisation</source>
      <translation>Or&amp;ganisation</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Interne/Externe</translation>
    </message>
    <message>
      <source>Internal or external</source>
      <translation>Interne ou externe</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>S&amp;tatut</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Ta&amp;gs</source>
      <translation>Éti&amp;quettes</translation>
    </message>
    <message>
      <source>Expertise tags</source>
      <translation>Domaines d’expertise</translation>
    </message>
    <message>
      <source>Comma-separated, e.g. leadership, design</source>
      <translation>Séparés par des virgules, p. ex. leadership, design</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Trouvé via</translation>
    </message>
    <message>
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <source>Where found, details</source>
      <translation>Trouvé via, détails</translation>
    </message>
    <message>
      <source>Which event, who introduced you…</source>
      <translation>Quel événement, qui vous a présentés…</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Pourquoi cette personne convient</translation>
    </message>
    <message>
      <source>Why they fit my goals and values</source>
      <translation>Pourquoi cette personne correspond à mes objectifs et à mes valeurs</translation>
    </message>
    <message>
      <source>&amp;Email</source>
      <translation>&amp;E-mail</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Téléphone</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Profile &amp;URL</source>
      <translation>&amp;URL du profil</translation>
    </message>
    <message>
      <source>Profile URL</source>
      <translation>URL du profil</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Canal préféré</translation>
    </message>
    <message>
      <source>Time &amp;zone</source>
      <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <source>N&amp;otes</source>
      <translation>N&amp;otes</translation>
    </message>
    <message>
      <source>Notes (Markdown)</source>
      <translation>Notes (Markdown)</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Écrire</translation>
    </message>
    <message>
      <source>Write an email</source>
      <translation>Écrire un e-mail</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Appeler</translation>
    </message>
    <message>
      <source>Call the number</source>
      <translation>Appeler le numéro</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open the profile</source>
      <translation>Ouvrir le profil</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Historique</translation>
    </message>
    <message>
      <source>Files and links…</source>
      <translation>Fichiers et liens…</translation>
    </message>
    <message>
      <source>Files and links for this mentor</source>
      <translation>Fichiers et liens de ce mentor</translation>
    </message>
    <message>
      <source>Attachments</source>
      <translation>Pièces jointes</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Save changes (Ctrl+S)</source>
      <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Archive</source>
      <translation>Archiver</translation>
    </message>
    <message>
      <source>Mark the relationship as ended; nothing is removed</source>
      <translation>Marquer la relation comme terminée ; rien n’est supprimé</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>No time zone</source>
      <translation>Pas de fuseau horaire</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Nouveau mentor</translation>
    </message>
    <message>
      <source>Not saved yet.</source>
      <translation>Pas encore enregistré.</translation>
    </message>
    <message>
      <source>Add mentor</source>
      <translation>Ajouter le mentor</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>Added {when}.</source>
      <translation>Ajouté le {when}.</translation>
    </message>
  </context>
  <context>
    <name>MentorGiveBacks</name>
    <message>
      <source>Give-back ideas for this mentor</source>
      <translation>Idées de retour pour ce mentor</translation>
    </message>
    <message>
      <source>Add idea…</source>
      <translation>Ajouter une idée…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Mark done</source>
      <translation>Marquer comme fait</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
  </context>
  <context>
    <name>MentorMeetingsPanel</name>
    <message>
      <source>Meetings with this mentor</source>
      <translation>Rencontres avec ce mentor</translation>
    </message>
    <message>
      <source>Plan meeting…</source>
      <translation>Planifier une rencontre…</translation>
    </message>
    <message>
      <source>Plan meeting</source>
      <translation>Planifier une rencontre</translation>
    </message>
    <message>
      <source>Read…</source>
      <translation>Lire…</translation>
    </message>
    <message>
      <source>Read the meeting</source>
      <translation>Lire la rencontre</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Ouvrir en mode rencontre</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Edit the meeting</source>
      <translation>Modifier la rencontre</translation>
    </message>
    <message>
      <source>Attachments…</source>
      <translation>Pièces jointes…</translation>
    </message>
    <message>
      <source>Cancel meeting</source>
      <translation>Annuler la rencontre</translation>
    </message>
    <message>
      <source>Delete meeting…</source>
      <translation>Supprimer la rencontre…</translation>
    </message>
    <message>
      <source>Plan a meeting with {name}</source>
      <translation>Planifier une rencontre avec {name}</translation>
    </message>
    <message>
      <source>Save the mentor first; then plan meetings here.</source>
      <translation>Enregistrez d’abord le mentor ; planifiez ensuite des rencontres ici.</translation>
    </message>
    <message>
      <source>No meetings with {name} yet.</source>
      <translation>Pas encore de rencontre avec {name}.</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with {name}, {held} held.</source>
      <translation>
        <numerusform>%n rencontre avec {name}, {held} tenue(s).</numerusform>
        <numerusform>%n rencontres avec {name}, {held} tenue(s).</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting with {name}, {when}</source>
      <translation>Rendez-vous avec {name}, {when}</translation>
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
      <translation>{name} : déposer un sujet ou noter un échange</translation>
    </message>
  </context>
  <context>
    <name>MentorPage</name>
    <message>
      <source>Mentor details</source>
      <translation>Détails du mentor</translation>
    </message>
    <message>
      <source>Profile</source>
      <translation>Profil</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Rencontres</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Accord</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Donner en retour</translation>
    </message>
    <message>
      <source>Inbox</source>
      <translation>Boîte de réception</translation>
    </message>
    <message>
      <source>Timeline</source>
      <translation>Chronologie</translation>
    </message>
  </context>
  <context>
    <name>MentorTableModel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Next due</source>
      <translation>Prochaine échéance</translation>
    </message>
    <message>
      <source>Last met</source>
      <translation>Dernière rencontre</translation>
    </message>
    <message>
      <source>Cadence</source>
      <translation>Rythme</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Internal/External</source>
      <translation>Interne/Externe</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>Étiquettes</translation>
    </message>
    <message>
      <source>Last updated</source>
      <translation>Dernière modification</translation>
    </message>
    <message>
      <source>{name}: sample data, a fictional mentor</source>
      <translation>{name} : données d’exemple, un mentor fictif</translation>
    </message>
    <message>
      <source>{name}, sample</source>
      <translation>{name}, exemple</translation>
    </message>
  </context>
  <context>
    <name>MentorTimelinePanel</name>
    <message>
      <source>What happened with this mentor</source>
      <translation>Ce qui s’est passé avec ce mentor</translation>
    </message>
    <message>
      <source>Meetings, action items, touches and status changes, newest first.</source>
      <translation>Rencontres, actions, échanges et changements de statut, les plus récents d’abord.</translation>
    </message>
    <message>
      <source>Save the mentor first; their story starts here.</source>
      <translation>Enregistrez d’abord le mentor ; son histoire commence ici.</translation>
    </message>
  </context>
  <context>
    <name>MentorTopics</name>
    <message>
      <source>Topics for the next meeting</source>
      <translation>Sujets pour la prochaine rencontre</translation>
    </message>
    <message>
      <source>Drop a topic…</source>
      <translation>Déposer un sujet…</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Abordé</translation>
    </message>
    <message>
      <source>Mark discussed</source>
      <translation>Marquer comme abordé</translation>
    </message>
    <message>
      <source>Drop</source>
      <translation>Abandonner</translation>
    </message>
    <message>
      <source>Drop the topic</source>
      <translation>Abandonner le sujet</translation>
    </message>
    <message>
      <source>Back to inbox</source>
      <translation>Remettre en attente</translation>
    </message>
    <message>
      <source>Put the topic back in the inbox</source>
      <translation>Remettre le sujet dans la boîte de réception</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete topic</source>
      <translation>Supprimer le sujet</translation>
    </message>
    <message>
      <source>Show discussed and dropped</source>
      <translation>Afficher abordés et abandonnés</translation>
    </message>
    <message>
      <source>Show discussed and dropped topics</source>
      <translation>Afficher les sujets abordés et abandonnés</translation>
    </message>
    <message>
      <source>Save the mentor first; then drop topics for your meetings here.</source>
      <translation>Enregistrez d’abord le mentor ; notez ensuite ici les sujets de vos rencontres.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) on the plan, none waiting.</source>
      <translation>
        <numerusform>%n sujet prévu, aucun en attente.</numerusform>
        <numerusform>%n sujets prévus, aucun en attente.</numerusform>
      </translation>
    </message>
    <message>
      <source>No topics waiting: drop one any day, it comes to the next plan.</source>
      <translation>Aucun sujet en attente : notez-en un quand vous voulez, il viendra dans la prochaine rencontre prévue.</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) waiting for the next meeting.</source>
      <translation>
        <numerusform>%n sujet en attente de la prochaine rencontre.</numerusform>
        <numerusform>%n sujets en attente de la prochaine rencontre.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorTouches</name>
    <message>
      <source>Touches between meetings</source>
      <translation>Échanges entre les rencontres</translation>
    </message>
    <message>
      <source>Log a touch…</source>
      <translation>Noter un échange…</translation>
    </message>
    <message>
      <source>Edit…</source>
      <translation>Modifier…</translation>
    </message>
    <message>
      <source>Edit the touch</source>
      <translation>Modifier l’échange</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete touch</source>
      <translation>Supprimer l’échange</translation>
    </message>
    <message>
      <source>Edit Touch…</source>
      <translation>Modifier l’échange…</translation>
    </message>
    <message>
      <source>Delete Touch…</source>
      <translation>Supprimer l’échange…</translation>
    </message>
    <message>
      <source>Save the mentor first; then log emails and calls here.</source>
      <translation>Enregistrez d’abord le mentor ; notez ensuite ici les e-mails et les appels.</translation>
    </message>
    <message>
      <source>No touches logged yet: an email, message, call or chat between meetings.</source>
      <translation>Aucun échange noté pour l’instant : un e-mail, un message, un appel ou une discussion entre les rencontres.</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es) logged between meetings.</source>
      <translation>
        <numerusform>%n échange noté entre les rencontres.</numerusform>
        <numerusform>%n échanges notés entre les rencontres.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>MentorsView</name>
    <message>
      <source>Welcome to MentorDesk</source>
      <translation>Bienvenue dans MentorDesk</translation>
    </message>
    <message>
      <source>Keep all of your mentors in one place: who they are, where you met them, what you agreed, and when you last talked. Everything stays on this computer.

Start with a real mentor, or look around with a few fictional ones that you can remove in one step.</source>
      <translation>Gardez tous vos mentors au même endroit : qui ils sont, où vous les avez rencontrés, ce que vous avez convenu et quand vous vous êtes parlé pour la dernière fois. Tout reste sur cet ordinateur.

Commencez avec un vrai mentor, ou faites le tour avec quelques mentors fictifs que vous retirez en une étape.</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentors</translation>
    </message>
    <message>
      <source>Add your first mentor</source>
      <translation>Ajouter votre premier mentor</translation>
    </message>
    <message>
      <source>Explore with sample data</source>
      <translation>Explorer avec des données d’exemple</translation>
    </message>
    <message>
      <source>Filter mentors</source>
      <translation>Filtrer les mentors</translation>
    </message>
    <message>
      <source>Filter by name, organisation or tag</source>
      <translation>Filtrer par nom, organisation ou étiquette</translation>
    </message>
    <message>
      <source>Status:</source>
      <translation>Statut :</translation>
    </message>
    <message>
      <source>Show status</source>
      <translation>Afficher le statut</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>All but ended</source>
      <translation>Tous sauf terminés</translation>
    </message>
    <message>
      <source>New mentor</source>
      <translation>Nouveau mentor</translation>
    </message>
    <message>
      <source>Add a mentor (Ctrl+N)</source>
      <translation>Ajouter un mentor (Ctrl+N)</translation>
    </message>
    <message>
      <source>No mentor matches this filter.</source>
      <translation>Aucun mentor ne correspond à ce filtre.</translation>
    </message>
    <message>
      <source>the new mentor</source>
      <translation>le nouveau mentor</translation>
    </message>
  </context>
  <context>
    <name>MessageDraftDialog</name>
    <message>
      <source>Subject</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>To</source>
      <translation>À</translation>
    </message>
    <message>
      <source>(no email address on file)</source>
      <translation>(aucune adresse e-mail enregistrée)</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>Open in &amp;Mail</source>
      <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
      <source>Save as Mar&amp;kdown…</source>
      <translation>Enregistrer en Mar&amp;kdown…</translation>
    </message>
    <message>
      <source>The message is on the clipboard.</source>
      <translation>Le message est dans le presse-papiers.</translation>
    </message>
    <message>
      <source>No mail app opened the message. It is on the clipboard: paste it into a new mail.</source>
      <translation>Aucune application de messagerie n’a ouvert le message. Il est dans le presse-papiers : collez-le dans un nouvel e-mail.</translation>
    </message>
    <message>
      <source>The message was too long for a mail link, so the mail holds its start. The whole message is on the clipboard: paste it over the mail's text.</source>
      <translation>Le message était trop long pour un lien e-mail : l’e-mail n’en contient que le début. Le message complet est dans le presse-papiers : collez-le à la place du texte de l’e-mail.</translation>
    </message>
    <message>
      <source>The message is open in your mail app.</source>
      <translation>Le message est ouvert dans votre application de messagerie.</translation>
    </message>
    <message>
      <source>Save the message as Markdown</source>
      <translation>Enregistrer le message en Markdown</translation>
    </message>
    <message>
      <source>Markdown (*.md)</source>
      <translation>Markdown (*.md)</translation>
    </message>
    <message>
      <source>Save as Markdown</source>
      <translation>Enregistrer en Markdown</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message>
      <source>Saved to {file}.</source>
      <translation>Enregistré dans {file}.</translation>
    </message>
  </context>
  <context>
    <name>NotesBrowser</name>
    <message>
      <source>MentorDesk opens only web and mail links; this {scheme} link is not opened.</source>
      <translation>MentorDesk n’ouvre que les liens web et e-mail ; ce lien {scheme} n’est pas ouvert.</translation>
    </message>
    <message>
      <source>local</source>
      <translation>local</translation>
    </message>
    <message>
      <source>Write to {address} with your mail app?</source>
      <translation>Écrire à {address} avec votre application de messagerie ?</translation>
    </message>
    <message>
      <source>Open {link} in your browser?</source>
      <translation>Ouvrir {link} dans votre navigateur ?</translation>
    </message>
    <message>
      <source>Open link</source>
      <translation>Ouvrir le lien</translation>
    </message>
    <message>
      <source>Write</source>
      <translation>Écrire</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <source>Meeting notes</source>
      <translation>Notes de rencontre</translation>
    </message>
    <message>
      <source>Type your notes. Markdown works: # heading, - list, 1. list, - [ ] to do, **bold**, *italic*.
Ctrl+Shift+A turns the current line into an action item.</source>
      <translation>Tapez vos notes. Le Markdown fonctionne : # titre, - liste, 1. liste, - [ ] à faire, **gras**, *italique*.
Ctrl+Maj+A transforme la ligne courante en action.</translation>
    </message>
  </context>
  <context>
    <name>PassphraseDialog</name>
    <message>
      <source>Passphrase</source>
      <translation>Phrase secrète</translation>
    </message>
    <message>
      <source>Current passphrase</source>
      <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
      <source>New passphrase</source>
      <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
      <source>New passphrase again</source>
      <translation>Nouvelle phrase secrète, à nouveau</translation>
    </message>
    <message>
      <source>C&amp;urrent passphrase (or recovery key)</source>
      <translation>Phrase secrète a&amp;ctuelle (ou clé de récupération)</translation>
    </message>
    <message>
      <source>&amp;New passphrase</source>
      <translation>&amp;Nouvelle phrase secrète</translation>
    </message>
    <message>
      <source>&amp;Again</source>
      <translation>À &amp;nouveau</translation>
    </message>
    <message>
      <source>Wrong passphrase. Nothing was changed; type it again.</source>
      <translation>Phrase secrète incorrecte. Rien n’a été modifié ; saisissez-la à nouveau.</translation>
    </message>
    <message>
      <source>Type a new passphrase.</source>
      <translation>Saisissez une nouvelle phrase secrète.</translation>
    </message>
    <message>
      <source>The two new passphrases differ; type them again.</source>
      <translation>Les deux nouvelles phrases secrètes diffèrent ; saisissez-les à nouveau.</translation>
    </message>
  </context>
  <context>
    <name>PlanMeetingDialog</name>
    <message>
      <source>Plan meeting</source>
      <translation>Planifier une rencontre</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>Show ended mentors</source>
      <translation>Afficher les mentors terminés</translation>
    </message>
    <message>
      <source>Date and time</source>
      <translation>Date et heure</translation>
    </message>
    <message>
      <source>Duration in minutes</source>
      <translation>Durée en minutes</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Place or video link</source>
      <translation>Lieu ou lien vidéo</translation>
    </message>
    <message>
      <source>From your last meeting</source>
      <translation>De votre dernière rencontre</translation>
    </message>
    <message>
      <source>Unfinished agenda to bring along</source>
      <translation>Ordre du jour inachevé à reprendre</translation>
    </message>
    <message>
      <source>Meetings are with a mentor, and there is none yet.</source>
      <translation>Les rencontres se font avec un mentor, et il n’y en a pas encore.</translation>
    </message>
    <message>
      <source>Add a mentor</source>
      <translation>Ajouter un mentor</translation>
    </message>
    <message>
      <source>Open in meeting mode now</source>
      <translation>Ouvrir en mode rencontre maintenant</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;When</source>
      <translation>&amp;Quand</translation>
    </message>
    <message>
      <source>&amp;Duration</source>
      <translation>&amp;Durée</translation>
    </message>
    <message>
      <source>&amp;Format</source>
      <translation>&amp;Format</translation>
    </message>
    <message>
      <source>&amp;Place or link</source>
      <translation>&amp;Lieu ou lien</translation>
    </message>
    <message>
      <source>&amp;Template</source>
      <translation>Modèl&amp;e</translation>
    </message>
    <message>
      <source>&amp;Agenda</source>
      <translation>&amp;Ordre du jour</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Choisir un mentor…</translation>
    </message>
    <message>
      <source>Their time: {time}</source>
      <translation>Son heure : {time}</translation>
    </message>
    <message>
      <source>Video link, e.g. https://meet.example.com/abc</source>
      <translation>Lien vidéo, p. ex. https://meet.example.com/abc</translation>
    </message>
    <message>
      <source>Where, or how to reach each other</source>
      <translation>Où, ou comment vous joindre</translation>
    </message>
    <message>
      <source>No earlier meeting with this mentor yet.</source>
      <translation>Pas encore de rencontre antérieure avec ce mentor.</translation>
    </message>
    <message>
      <source>Not covered on {date}; ticked points come along:</source>
      <translation>Non abordé le {date} ; les points cochés sont repris :</translation>
    </message>
    <message>
      <source>Everything on the {date} agenda was covered.</source>
      <translation>Tout l’ordre du jour du {date} a été abordé.</translation>
    </message>
    <message>
      <source>Open action items:</source>
      <translation>Actions en cours :</translation>
    </message>
    <message>
      <source>No open action items.</source>
      <translation>Aucune action en cours.</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <source>Preferences</source>
      <translation>Préférences</translation>
    </message>
    <message>
      <source>Follow the system</source>
      <translation>Suivre le système</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Clair</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Sombre</translation>
    </message>
    <message>
      <source>As it should appear on agreements</source>
      <translation>Tel qu’il doit apparaître sur les accords</translation>
    </message>
    <message>
      <source>after</source>
      <translation>après</translation>
    </message>
    <message>
      <source>meetings and</source>
      <translation>rencontres et</translation>
    </message>
    <message>
      <source>days with nothing given back</source>
      <translation>jours sans rien donner en retour</translation>
    </message>
    <message>
      <source>&amp;Theme</source>
      <translation>&amp;Thème</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Your &amp;name</source>
      <translation>Votre &amp;nom</translation>
    </message>
    <message>
      <source>Give-back nudge</source>
      <translation>Rappel de donner en retour</translation>
    </message>
    <message>
      <source> MB</source>
      <translation> Mo</translation>
    </message>
    <message>
      <source>Largest &amp;attachment</source>
      <translation>Plus grande &amp;pièce jointe</translation>
    </message>
    <message>
      <source>General</source>
      <translation>Général</translation>
    </message>
    <message>
      <source>Reminders</source>
      <translation>Rappels</translation>
    </message>
    <message>
      <source>Shortcuts</source>
      <translation>Raccourcis</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>Privacy</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Remind me of meetings 15 minutes ahead and of mentors who become overdue</source>
      <translation>Me rappeler les rencontres 15 minutes avant et les mentors qui passent en retard</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when I log in</source>
      <translation>Démarrer MentorDesk réduit à l’ouverture de session</translation>
    </message>
    <message>
      <source>Start at login, minimized</source>
      <translation>Démarrer à l’ouverture de session, réduit</translation>
    </message>
    <message>
      <source>So reminders reach you on days you do not open MentorDesk</source>
      <translation>Pour que les rappels vous parviennent les jours où vous n’ouvrez pas MentorDesk</translation>
    </message>
    <message>
      <source>No calendar file</source>
      <translation>Pas de fichier de calendrier</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Choose the calendar file's folder</source>
      <translation>Choisir le dossier du fichier de calendrier</translation>
    </message>
    <message>
      <source>No File</source>
      <translation>Aucun fichier</translation>
    </message>
    <message>
      <source>Keep no calendar file</source>
      <translation>Ne pas tenir de fichier de calendrier</translation>
    </message>
    <message>
      <source>MentorDesk keeps mentordesk-meetings.ics in this folder up to date with your planned meetings, for a calendar app that subscribes to the file.</source>
      <translation>MentorDesk tient à jour mentordesk-meetings.ics dans ce dossier avec vos rencontres planifiées, pour une application de calendrier abonnée au fichier.</translation>
    </message>
    <message>
      <source> min before</source>
      <translation> min avant</translation>
    </message>
    <message>
      <source>At the start</source>
      <translation>Au début</translation>
    </message>
    <message>
      <source>Every event in the calendar file and the exported .ics carries this alarm</source>
      <translation>Chaque événement du fichier de calendrier et du .ics exporté porte cette alarme</translation>
    </message>
    <message>
      <source>While open</source>
      <translation>Pendant l’ouverture</translation>
    </message>
    <message>
      <source>At login</source>
      <translation>À l’ouverture de session</translation>
    </message>
    <message>
      <source>&amp;Calendar file</source>
      <translation>Fichier de &amp;calendrier</translation>
    </message>
    <message>
      <source>Calendar &amp;alarm</source>
      <translation>&amp;Alarme du calendrier</translation>
    </message>
    <message>
      <source>Calendar file's folder</source>
      <translation>Dossier du fichier de calendrier</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>MentorDesk shows {language} the next time it starts.</source>
      <translation>MentorDesk s’affichera en {language} au prochain démarrage.</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>Démarrer à l’ouverture de session</translation>
    </message>
  </context>
  <context>
    <name>ProgressDialog</name>
    <message>
      <source>Update progress</source>
      <translation>Mettre à jour la progression</translation>
    </message>
    <message>
      <source>Progress in percent, 0 to 100</source>
      <translation>Progression en pourcentage, de 0 à 100</translation>
    </message>
    <message>
      <source>0–100</source>
      <translation>0–100</translation>
    </message>
    <message>
      <source>Day of the update</source>
      <translation>Jour de la mise à jour</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <source>What moved it forward (or held it back)?</source>
      <translation>Qu’est-ce qui l’a fait avancer (ou l’a freiné) ?</translation>
    </message>
    <message>
      <source>&amp;Progress (%)</source>
      <translation>&amp;Progression (%)</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Jour</translation>
    </message>
    <message>
      <source>&amp;Comment</source>
      <translation>&amp;Commentaire</translation>
    </message>
    <message>
      <source>Its progress is counted from its action items; saving sets it by hand.</source>
      <translation>Sa progression est calculée à partir de ses actions ; enregistrer la fixe à la main.</translation>
    </message>
    <message>
      <source>Save progress</source>
      <translation>Enregistrer la progression</translation>
    </message>
    <message>
      <source>Type a whole number from 0 to 100, such as 40.</source>
      <translation>Saisissez un nombre entier de 0 à 100, comme 40.</translation>
    </message>
  </context>
  <context>
    <name>PromoteDialog</name>
    <message>
      <source>Promote to active mentor</source>
      <translation>Promouvoir en mentor actif</translation>
    </message>
    <message>
      <source>{name} agreed to mentor you? They become an active mentor: everything recorded about them (where you found them, why they fit, your outreach, linked goals) stays.</source>
      <translation>{name} a accepté de vous accompagner ? Cette personne devient un mentor actif : tout ce qui est noté à son sujet (où vous l’avez trouvée, pourquoi elle convient, vos démarches, les objectifs liés) est conservé.</translation>
    </message>
    <message>
      <source>Start an agreement from</source>
      <translation>Commencer un accord à partir de</translation>
    </message>
    <message>
      <source>Not now</source>
      <translation>Pas maintenant</translation>
    </message>
    <message>
      <source>Promote</source>
      <translation>Promouvoir</translation>
    </message>
    <message>
      <source>Start the &amp;agreement from</source>
      <translation>Commencer l’&amp;accord à partir de</translation>
    </message>
  </context>
  <context>
    <name>ProspectPanel</name>
    <message>
      <source>Goals this person fits</source>
      <translation>Objectifs auxquels cette personne correspond</translation>
    </message>
    <message>
      <source>Outreach steps</source>
      <translation>Étapes de prise de contact</translation>
    </message>
    <message>
      <source>Delete step</source>
      <translation>Supprimer l’étape</translation>
    </message>
    <message>
      <source>Draft the ask…</source>
      <translation>Rédiger la demande…</translation>
    </message>
    <message>
      <source>A short, specific message asking them to mentor you, to copy or mail</source>
      <translation>Un message court et précis demandant à cette personne d’être votre mentor, à copier ou à envoyer par e-mail</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Étape</translation>
    </message>
    <message>
      <source>Day of the step</source>
      <translation>Jour de l’étape</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Relancer le</translation>
    </message>
    <message>
      <source>Remind me to follow up</source>
      <translation>Me rappeler de relancer</translation>
    </message>
    <message>
      <source>Follow-up day</source>
      <translation>Jour de relance</translation>
    </message>
    <message>
      <source>Note on the step</source>
      <translation>Note sur l’étape</translation>
    </message>
    <message>
      <source>How you asked, what they said…</source>
      <translation>Comment vous avez demandé, ce qui a été répondu…</translation>
    </message>
    <message>
      <source>Add step</source>
      <translation>Ajouter l’étape</translation>
    </message>
    <message>
      <source>S&amp;tep</source>
      <translation>Éta&amp;pe</translation>
    </message>
    <message>
      <source>&amp;On</source>
      <translation>&amp;Le</translation>
    </message>
    <message>
      <source>&amp;Remind</source>
      <translation>&amp;Rappel</translation>
    </message>
    <message>
      <source>N&amp;ote</source>
      <translation>N&amp;ote</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Pourquoi cette personne convient</translation>
    </message>
    <message>
      <source>Goals they fit</source>
      <translation>Objectifs correspondants</translation>
    </message>
    <message>
      <source>Outreach</source>
      <translation>Prise de contact</translation>
    </message>
    <message>
      <source>No prospect chosen</source>
      <translation>Aucun candidat choisi</translation>
    </message>
    <message>
      <source>Found through: {where}</source>
      <translation>Trouvé via : {where}</translation>
    </message>
    <message>
      <source>(Not written yet: edit the profile.)</source>
      <translation>(Pas encore écrit : modifiez le profil.)</translation>
    </message>
    <message>
      <source>No active goals yet: add them in Goals.</source>
      <translation>Pas encore d’objectifs actifs : ajoutez-les dans Objectifs.</translation>
    </message>
    <message>
      <source>{day} · {step}</source>
      <translation>{day} · {step}</translation>
    </message>
    <message>
      <source>follow up on {day}</source>
      <translation>relancer le {day}</translation>
    </message>
    <message>
      <source>Not asked yet. Record each step above.</source>
      <translation>Pas encore sollicité. Notez chaque étape ci-dessus.</translation>
    </message>
  </context>
  <context>
    <name>ProspectTableModel</name>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Trouvé via</translation>
    </message>
    <message>
      <source>Fits</source>
      <translation>Correspond à</translation>
    </message>
    <message>
      <source>Last step</source>
      <translation>Dernière étape</translation>
    </message>
    <message>
      <source>Follow up</source>
      <translation>Relance</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n objectif</numerusform>
        <numerusform>%n objectifs</numerusform>
      </translation>
    </message>
    <message>
      <source>Not asked yet</source>
      <translation>Pas encore sollicité</translation>
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
      <translation>Trouver le bon mentor</translation>
    </message>
    <message>
      <source>Look for someone whose career you aspire to and who fits your goals and values: at networking events, in professional associations, on social media, through colleagues. Add them as a mentor with the status “Prospect”; here you track why they fit, when you asked, and when to follow up.</source>
      <translation>Cherchez quelqu’un dont vous visez le parcours et qui correspond à vos objectifs et à vos valeurs : lors d’événements de réseautage, dans les associations professionnelles, sur les réseaux sociaux, par des collègues. Ajoutez la personne comme mentor avec le statut « Candidat » ; ici, vous suivez pourquoi elle convient, quand vous avez demandé et quand relancer.</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Candidats</translation>
    </message>
    <message>
      <source>Add a prospect</source>
      <translation>Ajouter un candidat</translation>
    </message>
    <message>
      <source>New prospect…</source>
      <translation>Nouveau candidat…</translation>
    </message>
    <message>
      <source>Promote to active…</source>
      <translation>Promouvoir en actif…</translation>
    </message>
    <message>
      <source>Edit profile</source>
      <translation>Modifier le profil</translation>
    </message>
  </context>
  <context>
    <name>ReadMeetingDialog</name>
    <message>
      <source>Meeting with {name}</source>
      <translation>Rencontre avec {name}</translation>
    </message>
    <message>
      <source>The meeting's notes</source>
      <translation>Les notes de la rencontre</translation>
    </message>
    <message>
      <source>Open in meeting mode</source>
      <translation>Ouvrir en mode rencontre</translation>
    </message>
    <message>
      <source>Copy agenda</source>
      <translation>Copier l’ordre du jour</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <source>Your recovery key</source>
      <translation>Votre clé de récupération</translation>
    </message>
    <message>
      <source>Write this recovery key down, print it or save it away from this computer. It opens your data if you forget the passphrase. If you lose both, nobody can open your data.</source>
      <translation>Notez cette clé de récupération, imprimez-la ou enregistrez-la hors de cet ordinateur. Elle ouvre vos données si vous oubliez la phrase secrète. Si vous perdez les deux, personne ne peut ouvrir vos données.</translation>
    </message>
    <message>
      <source>Recovery key</source>
      <translation>Clé de récupération</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Copier</translation>
    </message>
    <message>
      <source>&amp;Save to a file…</source>
      <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Imprimer…</translation>
    </message>
    <message>
      <source>I have &amp;kept it</source>
      <translation>Je l’ai &amp;gardée</translation>
    </message>
    <message>
      <source>Copied to the clipboard.</source>
      <translation>Copiée dans le presse-papiers.</translation>
    </message>
    <message>
      <source>Save the recovery key</source>
      <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
      <source>MentorDesk recovery key: {key}
</source>
      <translation>Clé de récupération MentorDesk : {key}
</translation>
    </message>
    <message>
      <source>Save to a file</source>
      <translation>Enregistrer dans un fichier</translation>
    </message>
    <message>
      <source>The recovery key could not be saved in {path} ({reason}). Choose another folder, or copy or print the key instead.</source>
      <translation>La clé de récupération n’a pas pu être enregistrée dans {path} ({reason}). Choisissez un autre dossier, ou copiez ou imprimez plutôt la clé.</translation>
    </message>
    <message>
      <source>Saved in {path}.</source>
      <translation>Enregistrée dans {path}.</translation>
    </message>
    <message>
      <source>Print the recovery key</source>
      <translation>Imprimer la clé de récupération</translation>
    </message>
    <message>
      <source>Printed to {file}.</source>
      <translation>Imprimée dans {file}.</translation>
    </message>
    <message>
      <source>Sent to the printer {name}.</source>
      <translation>Envoyée à l’imprimante {name}.</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Imprimer</translation>
    </message>
    <message>
      <source>The recovery key could not be printed. Check the printer (or the folder of the PDF file) and try again, or copy or save the key instead.</source>
      <translation>La clé de récupération n’a pas pu être imprimée. Vérifiez l’imprimante (ou le dossier du fichier PDF) et réessayez, ou bien copiez ou enregistrez la clé.</translation>
    </message>
    <message>
      <source>You have not copied, saved or printed the recovery key. If you forget your passphrase, only this key opens your data, and it is not shown again. Close it anyway?</source>
      <translation>Vous n’avez ni copié, ni enregistré, ni imprimé la clé de récupération. Si vous oubliez votre phrase secrète, seule cette clé ouvre vos données, et elle ne sera plus affichée. Fermer quand même ?</translation>
    </message>
    <message>
      <source>I have &amp;written it down</source>
      <translation>Je l’ai &amp;notée</translation>
    </message>
    <message>
      <source>Go &amp;back</source>
      <translation>&amp;Retour</translation>
    </message>
    <message>
      <source>MentorDesk recovery key</source>
      <translation>Clé de récupération MentorDesk</translation>
    </message>
    <message>
      <source>Printed on {date}</source>
      <translation>Imprimée le {date}</translation>
    </message>
    <message>
      <source>For the data folder: {folder}</source>
      <translation>Pour le dossier de données : {folder}</translation>
    </message>
    <message>
      <source>This key opens your MentorDesk data if you forget your passphrase: type it where the passphrase is asked for (capitals, spaces and dashes do not matter). Keep this page somewhere safe, away from the computer. Anyone who has it and your data folder can read your data; if you lose both the key and the passphrase, nobody can.</source>
      <translation>Cette clé ouvre vos données MentorDesk si vous oubliez votre phrase secrète : saisissez-la là où la phrase secrète est demandée (majuscules, espaces et tirets n’ont pas d’importance). Gardez cette page en lieu sûr, loin de l’ordinateur. Quiconque l’a avec votre dossier de données peut lire vos données ; si vous perdez la clé et la phrase secrète, personne ne le peut.</translation>
    </message>
  </context>
  <context>
    <name>ReminderBanner</name>
    <message>
      <source>Reminders</source>
      <translation>Rappels</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Open what the reminder is about</source>
      <translation>Ouvrir l’objet du rappel</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Ignorer</translation>
    </message>
    <message>
      <source>Dismiss the reminder</source>
      <translation>Ignorer le rappel</translation>
    </message>
  </context>
  <context>
    <name>RestoreOffer</name>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restore the notes as they were</source>
      <translation>Restaurer les notes telles qu’elles étaient</translation>
    </message>
    <message>
      <source>Bring back what the last undo removed</source>
      <translation>Ramener ce que la dernière annulation a retiré</translation>
    </message>
    <message numerus="yes">
      <source>Undo removed %n character(s) of your notes. Restore brings them back.</source>
      <translation>
        <numerusform>Annuler a retiré %n caractère de vos notes. Restaurer le ramène.</numerusform>
        <numerusform>Annuler a retiré %n caractères de vos notes. Restaurer les ramène.</numerusform>
      </translation>
    </message>
    <message>
      <source>Notes restored.</source>
      <translation>Notes restaurées.</translation>
    </message>
  </context>
  <context>
    <name>RhythmRow</name>
    <message>
      <source>Unless agreed, meet &amp;every</source>
      <translation>Sauf accord, se voir &amp;toutes les</translation>
    </message>
    <message>
      <source>Meet every (when no agreement sets it)</source>
      <translation>Se voir toutes les (quand aucun accord ne le fixe)</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Unité</translation>
    </message>
    <message>
      <source>Set</source>
      <translation>Définir</translation>
    </message>
    <message>
      <source>Set the mentor's own rhythm</source>
      <translation>Définir le rythme propre du mentor</translation>
    </message>
    <message>
      <source>No rhythm yet: agree a meeting frequency, or set one below.</source>
      <translation>Pas encore de rythme : convenez d’une fréquence de rencontres, ou définissez-en une ci-dessous.</translation>
    </message>
    <message>
      <source>Meet {interval}, as agreed (version {n}).</source>
      <translation>Se voir {interval}, comme convenu (version {n}).</translation>
    </message>
    <message>
      <source>Meet {interval} (your own setting; no agreed frequency).</source>
      <translation>Se voir {interval} (votre propre réglage ; aucune fréquence convenue).</translation>
    </message>
    <message>
      <source>Enter a whole number, like 4 (for every 4 weeks).</source>
      <translation>Saisissez un nombre entier, comme 4 (pour toutes les 4 semaines).</translation>
    </message>
  </context>
  <context>
    <name>SampleBanner</name>
    <message>
      <source>You are exploring sample data (fictional mentors).</source>
      <translation>Vous explorez des données d’exemple (mentors fictifs).</translation>
    </message>
    <message>
      <source>Remove sample data…</source>
      <translation>Retirer les données d’exemple…</translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Retirer les données d’exemple</translation>
    </message>
  </context>
  <context>
    <name>SearchView</name>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Search mentors, notes, agendas, action items (Ctrl+F)</source>
      <translation>Rechercher mentors, notes, ordres du jour, actions (Ctrl+F)</translation>
    </message>
    <message>
      <source>Search results</source>
      <translation>Résultats de recherche</translation>
    </message>
    <message>
      <source>Type to search everything you wrote</source>
      <translation>Tapez pour rechercher dans tout ce que vous avez écrit</translation>
    </message>
    <message>
      <source>Search is not available right now. Try again.</source>
      <translation>La recherche n’est pas disponible pour l’instant. Réessayez.</translation>
    </message>
    <message>
      <source>No results for “{query}”</source>
      <translation>Aucun résultat pour « {query} »</translation>
    </message>
  </context>
  <context>
    <name>Section</name>
    <message>
      <source>Show all in {section}</source>
      <translation>Tout afficher dans {section}</translation>
    </message>
    <message>
      <source>Show all {n}</source>
      <translation>Afficher les {n}</translation>
    </message>
    <message>
      <source>Show all {n} in {section}</source>
      <translation>Afficher les {n} dans {section}</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>Raccourcis clavier</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>Does</source>
      <translation>Effet</translation>
    </message>
    <message>
      <source>On macOS, Ctrl means ⌘.</source>
      <translation>Sous macOS, Ctrl signifie ⌘.</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsPage</name>
    <message>
      <source>Find an action</source>
      <translation>Trouver une action</translation>
    </message>
    <message>
      <source>Actions and their keyboard shortcuts</source>
      <translation>Les actions et leurs raccourcis clavier</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Touches</translation>
    </message>
    <message>
      <source>New keys for the selected action</source>
      <translation>Nouvelles touches pour l’action sélectionnée</translation>
    </message>
    <message>
      <source>No Keys</source>
      <translation>Aucune touche</translation>
    </message>
    <message>
      <source>Remove the selected action's keys</source>
      <translation>Retirer les touches de l’action sélectionnée</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <source>Give the selected action its usual keys</source>
      <translation>Rendre à l’action sélectionnée ses touches habituelles</translation>
    </message>
    <message>
      <source>Keys:</source>
      <translation>Touches :</translation>
    </message>
    <message>
      <source>Where: {place}</source>
      <translation>Où : {place}</translation>
    </message>
    <message>
      <source>Keys: {keys}</source>
      <translation>Touches : {keys}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <source>Two actions share keys; change one: {clashes}</source>
      <translation>Deux actions partagent des touches ; changez-en une : {clashes}</translation>
    </message>
  </context>
  <context>
    <name>StartupProblem</name>
    <message>
      <source>MentorDesk could not read or write its data: {problem}.</source>
      <translation>MentorDesk n’a pas pu lire ou écrire ses données : {problem}.</translation>
    </message>
    <message>
      <source>Restore the backup of {when} ({mentors}, {meetings})</source>
      <translation>Restaurer la sauvegarde du {when} ({mentors}, {meetings})</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s)</source>
      <translation>
        <numerusform>%n mentor</numerusform>
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n rencontre</numerusform>
        <numerusform>%n rencontres</numerusform>
      </translation>
    </message>
    <message>
      <source>MentorDesk cannot use its database: it is damaged ({detail}).</source>
      <translation>MentorDesk ne peut pas utiliser sa base de données : elle est endommagée ({detail}).</translation>
    </message>
    <message>
      <source>You can go back to your newest good backup, from {when}: {mentors} and {meetings}. Or start with an empty database.</source>
      <translation>Vous pouvez revenir à votre dernière bonne sauvegarde, du {when} : {mentors} et {meetings}. Ou commencer avec une base de données vide.</translation>
    </message>
    <message>
      <source>There is no backup to go back to. You can start with an empty database.</source>
      <translation>Il n’y a pas de sauvegarde à laquelle revenir. Vous pouvez commencer avec une base de données vide.</translation>
    </message>
    <message>
      <source>Either way the damaged file is kept, renamed to mentordesk.sqlite3.damaged-&lt;time&gt;, in {folder}. Quit leaves everything as it is.</source>
      <translation>Dans les deux cas, le fichier endommagé est conservé, renommé en mentordesk.sqlite3.damaged-&lt;time&gt;, dans {folder}. Quitter laisse tout en l’état.</translation>
    </message>
    <message>
      <source>Start empty</source>
      <translation>Commencer à vide</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
    <message>
      <source>Restore this backup</source>
      <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
      <source>Your data needs attention</source>
      <translation>Vos données demandent votre attention</translation>
    </message>
    <message>
      <source>This data was last used by a newer version of MentorDesk. Update MentorDesk to open it. Nothing was changed.

Data folder: {folder}</source>
      <translation>Ces données ont été utilisées en dernier par une version plus récente de MentorDesk. Mettez MentorDesk à jour pour les ouvrir. Rien n’a été modifié.

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>The disk is full. MentorDesk needs about {needed} MB of free space to open your data safely. Free some space, then start MentorDesk again. Nothing was changed.

Data folder: {folder}</source>
      <translation>Le disque est plein. MentorDesk a besoin d’environ {needed} Mo d’espace libre pour ouvrir vos données en toute sécurité. Libérez de l’espace, puis relancez MentorDesk. Rien n’a été modifié.

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>Another program is using MentorDesk's database (a database browser, or a sync or backup tool). Close it, then start MentorDesk again. Nothing was changed.

Database: {database}</source>
      <translation>Un autre programme utilise la base de données de MentorDesk (un navigateur de bases de données, ou un outil de synchronisation ou de sauvegarde). Fermez-le, puis relancez MentorDesk. Rien n’a été modifié.

Base de données : {database}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. In File Explorer, right-click the data folder, choose Properties ▸ Security and give your account Full control, or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk n’a pas le droit de lire ou d’écrire ses données. Dans l’Explorateur de fichiers, cliquez droit sur le dossier de données, choisissez Propriétés ▸ Sécurité et donnez à votre compte le Contrôle total, ou lancez MentorDesk avec un autre dossier de données (--data-dir).

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>MentorDesk is not allowed to read or write its data. Check that the data folder and the files in it belong to you (a run with sudo can leave files you cannot write), or start MentorDesk with another data folder (--data-dir).

Data folder: {folder}</source>
      <translation>MentorDesk n’a pas le droit de lire ou d’écrire ses données. Vérifiez que le dossier de données et ses fichiers vous appartiennent (une exécution avec sudo peut laisser des fichiers que vous ne pouvez pas écrire), ou lancez MentorDesk avec un autre dossier de données (--data-dir).

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>The disk reported an error while reading your data. Copy the data folder to a safe place, then check the disk.

Data folder: {folder}</source>
      <translation>Le disque a signalé une erreur en lisant vos données. Copiez le dossier de données en lieu sûr, puis vérifiez le disque.

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source> (process {pid})</source>
      <translation> (processus {pid})</translation>
    </message>
    <message>
      <source>MentorDesk is already open with this data folder{holder}, but it does not answer. If a MentorDesk command is running (restore, import), wait until it ends; if a MentorDesk window is frozen, close it. Two copies writing the same notes could lose some of them.

Data folder: {folder}</source>
      <translation>MentorDesk est déjà ouvert avec ce dossier de données{holder}, mais ne répond pas. Si une commande MentorDesk est en cours (restauration, importation), attendez qu’elle se termine ; si une fenêtre MentorDesk est figée, fermez-la. Deux copies écrivant les mêmes notes pourraient en perdre une partie.

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>The disk holding MentorDesk's data is mounted read-only, so MentorDesk cannot write there. Mount it read-write, or start MentorDesk with another data folder (--data-dir). Nothing was changed.

Data folder: {folder}</source>
      <translation>Le disque qui contient les données de MentorDesk est monté en lecture seule : MentorDesk ne peut donc pas y écrire. Montez-le en lecture-écriture, ou lancez MentorDesk avec un autre dossier de données (--data-dir). Rien n’a été modifié.

Dossier de données : {folder}</translation>
    </message>
    <message>
      <source>the disk is full. Free some space, then start MentorDesk again.</source>
      <translation>le disque est plein. Libérez de l’espace, puis relancez MentorDesk.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user). Make them yours again in the folder's Properties ▸ Security, or use another data folder.</source>
      <translation>ce n’est pas autorisé (le fichier ou son dossier appartient peut-être à un autre utilisateur). Réappropriez-les dans Propriétés ▸ Sécurité du dossier, ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
      <source>it is not allowed (the file or its folder may belong to another user, for example after a run with sudo). Make them yours again, or use another data folder.</source>
      <translation>ce n’est pas autorisé (le fichier ou son dossier appartient peut-être à un autre utilisateur, par exemple après une exécution avec sudo). Réappropriez-les, ou utilisez un autre dossier de données.</translation>
    </message>
    <message>
      <source>the disk reported an error ({reason}).</source>
      <translation>le disque a signalé une erreur ({reason}).</translation>
    </message>
    <message>
      <source>MentorDesk cannot write its lock file {path}: {cause}</source>
      <translation>MentorDesk ne peut pas écrire son fichier de verrou {path} : {cause}</translation>
    </message>
  </context>
  <context>
    <name>SyncDialog</name>
    <message>
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>The other laptops</source>
      <translation>Les autres ordinateurs</translation>
    </message>
    <message>
      <source>What sync decided by itself</source>
      <translation>Ce que la synchronisation a décidé seule</translation>
    </message>
    <message>
      <source>Sync has decided nothing by itself yet. When the same thing is edited on two laptops before they sync, the newer edit is kept and the other is listed here, to restore with one click.</source>
      <translation>La synchronisation n’a encore rien décidé seule. Quand la même chose est modifiée sur deux ordinateurs avant qu’ils se synchronisent, la modification la plus récente est gardée et l’autre est listée ici, à restaurer d’un clic.</translation>
    </message>
    <message>
      <source>Sync &amp;Now</source>
      <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
      <source>Sync now</source>
      <translation>Synchroniser maintenant</translation>
    </message>
    <message>
      <source>Sync is off. Choose a sync folder and name this laptop in Edit ▸ Preferences ▸ Sync.</source>
      <translation>La synchronisation est désactivée. Choisissez un dossier et nommez cet ordinateur dans Édition ▸ Préférences ▸ Synchronisation.</translation>
    </message>
    <message>
      <source>This laptop is “{name}”, syncing through {folder}.</source>
      <translation>Cet ordinateur est « {name} » et se synchronise par {folder}.</translation>
    </message>
    <message>
      <source>Last batch sent: number {number}, with changes up to {moment}.</source>
      <translation>Dernier lot envoyé : numéro {number}, avec les modifications jusqu’au {moment}.</translation>
    </message>
    <message>
      <source>Nothing sent yet.</source>
      <translation>Rien n’a encore été envoyé.</translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) made here wait for the next round.</source>
      <translation>
        <numerusform>%n modification faite ici attend le prochain tour.</numerusform>
        <numerusform>%n modifications faites ici attendent le prochain tour.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n record(s) from other laptops wait for what they belong to; they are stored as soon as it arrives.</source>
      <translation>
        <numerusform>%n élément venu d’autres ordinateurs attend ce à quoi il appartient ; il sera enregistré dès son arrivée.</numerusform>
        <numerusform>%n éléments venus d’autres ordinateurs attendent ce à quoi ils appartiennent ; ils seront enregistrés dès son arrivée.</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing is waiting.</source>
      <translation>Rien n’est en attente.</translation>
    </message>
  </context>
  <context>
    <name>SyncSettings</name>
    <message>
      <source>Sync this data with my other laptops through a folder</source>
      <translation>Synchroniser ces données avec mes autres ordinateurs par un dossier</translation>
    </message>
    <message>
      <source>Sync through a folder</source>
      <translation>Synchroniser par un dossier</translation>
    </message>
    <message>
      <source>Sync folder</source>
      <translation>Dossier de synchronisation</translation>
    </message>
    <message>
      <source>A folder Dropbox, OneDrive or Syncthing keeps</source>
      <translation>Un dossier que Dropbox, OneDrive ou Syncthing synchronise</translation>
    </message>
    <message>
      <source>Choose…</source>
      <translation>Choisir…</translation>
    </message>
    <message>
      <source>Choose the sync folder</source>
      <translation>Choisir le dossier de synchronisation</translation>
    </message>
    <message>
      <source>This laptop's name</source>
      <translation>Nom de cet ordinateur</translation>
    </message>
    <message>
      <source>Such as Home laptop</source>
      <translation>Par exemple Ordinateur de la maison</translation>
    </message>
    <message>
      <source>Each laptop writes what changed on it into this folder, and reads what the others wrote, every two minutes and with File ▸ Sync Now. Choose the same folder on every laptop, and give each its own name.</source>
      <translation>Chaque ordinateur écrit ce qui a changé chez lui dans ce dossier et lit ce que les autres ont écrit, toutes les deux minutes et avec Fichier ▸ Synchroniser maintenant. Choisissez le même dossier sur chaque ordinateur et donnez à chacun son propre nom.</translation>
    </message>
    <message>
      <source>Sync &amp;folder</source>
      <translation>&amp;Dossier de synchronisation</translation>
    </message>
    <message>
      <source>This &amp;laptop's name</source>
      <translation>&amp;Nom de cet ordinateur</translation>
    </message>
    <message>
      <source>The sync folder's passphrase</source>
      <translation>La phrase secrète du dossier de synchronisation</translation>
    </message>
    <message>
      <source>Only if it differs from this laptop's</source>
      <translation>Seulement si elle diffère de celle de cet ordinateur</translation>
    </message>
    <message>
      <source>Your data is encrypted, so what this laptop writes to the sync folder is encrypted too, with the passphrase the sync folder was set up with. If this laptop's passphrase is another, type that one here (once).</source>
      <translation>Vos données sont chiffrées : ce que cet ordinateur écrit dans le dossier de synchronisation l’est aussi, avec la phrase secrète choisie quand le dossier de synchronisation a été configuré. Si celle de cet ordinateur est différente, tapez celle-là ici (une seule fois).</translation>
    </message>
    <message>
      <source>Sync &amp;passphrase</source>
      <translation>&amp;Phrase secrète de synchronisation</translation>
    </message>
    <message>
      <source>Sync</source>
      <translation>Synchronisation</translation>
    </message>
    <message>
      <source>Choose the folder your sync service keeps first.</source>
      <translation>Choisissez d’abord le dossier que votre service de synchronisation garde à jour.</translation>
    </message>
    <message>
      <source>There is no folder at {folder}. Give the folder your sync service keeps (Dropbox, OneDrive, iCloud Drive, Syncthing, a USB stick), or create it first.</source>
      <translation>Il n’y a pas de dossier à {folder}. Indiquez le dossier que votre service de synchronisation garde à jour (Dropbox, OneDrive, iCloud Drive, Syncthing, une clé USB), ou créez-le d’abord.</translation>
    </message>
    <message>
      <source>Give this laptop a name, such as “Home laptop”.</source>
      <translation>Donnez un nom à cet ordinateur, par exemple « Ordinateur de la maison ».</translation>
    </message>
  </context>
  <context>
    <name>TargetDate</name>
    <message>
      <source>By</source>
      <translation>D’ici le</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Date cible</translation>
    </message>
  </context>
  <context>
    <name>TemplateOffer</name>
    <message>
      <source>Meeting template</source>
      <translation>Modèle de rencontre</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Add a question from the template</source>
      <translation>Ajouter une question du modèle</translation>
    </message>
    <message>
      <source>Add a question from the template's question bank</source>
      <translation>Ajouter une question de la banque de questions du modèle</translation>
    </message>
    <message>
      <source>Templates…</source>
      <translation>Modèles…</translation>
    </message>
    <message>
      <source>Edit meeting templates</source>
      <translation>Modifier les modèles de rencontre</translation>
    </message>
    <message>
      <source>No template</source>
      <translation>Aucun modèle</translation>
    </message>
    <message>
      <source>{name} (suggested)</source>
      <translation>{name} (suggéré)</translation>
    </message>
  </context>
  <context>
    <name>TemplatesDialog</name>
    <message>
      <source>Meeting Templates</source>
      <translation>Modèles de rencontre</translation>
    </message>
    <message>
      <source>Meeting templates</source>
      <translation>Modèles de rencontre</translation>
    </message>
    <message>
      <source>Template name</source>
      <translation>Nom du modèle</translation>
    </message>
    <message>
      <source>What it is for</source>
      <translation>À quoi il sert</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Sections, one a line: minutes, title</source>
      <translation>Sections, une par ligne : minutes, titre</translation>
    </message>
    <message>
      <source>10 Catch up and wins
20 The main question</source>
      <translation>10 Nouvelles et réussites
20 La question principale</translation>
    </message>
    <message>
      <source>Question bank, one a line</source>
      <translation>Banque de questions, une par ligne</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Nom</translation>
    </message>
    <message>
      <source>&amp;For</source>
      <translation>&amp;Usage</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>&amp;Sections</source>
      <translation>&amp;Sections</translation>
    </message>
    <message>
      <source>&amp;Questions</source>
      <translation>&amp;Questions</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>Dupliquer</translation>
    </message>
    <message>
      <source>Delete…</source>
      <translation>Supprimer…</translation>
    </message>
    <message>
      <source>Import…</source>
      <translation>Importer…</translation>
    </message>
    <message>
      <source>Export…</source>
      <translation>Exporter…</translation>
    </message>
    <message>
      <source> (edited)</source>
      <translation> (modifié)</translation>
    </message>
    <message>
      <source>Restore Original…</source>
      <translation>Restaurer l’original…</translation>
    </message>
    <message>
      <source>Write each section as minutes then a title (line {lines}).</source>
      <translation>Écrivez chaque section sous la forme minutes puis titre (ligne {lines}).</translation>
    </message>
    <message>
      <source>Import a meeting template</source>
      <translation>Importer un modèle de rencontre</translation>
    </message>
    <message>
      <source>Meeting templates (*.json)</source>
      <translation>Modèles de rencontre (*.json)</translation>
    </message>
    <message>
      <source>Import the template “{name}”</source>
      <translation>Importer le modèle « {name} »</translation>
    </message>
    <message>
      <source>Export the meeting template</source>
      <translation>Exporter le modèle de rencontre</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exporté vers {file}.</translation>
    </message>
  </context>
  <context>
    <name>TimelineModel</name>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ce qui s’est passé</translation>
    </message>
    <message>
      <source>Added to MentorDesk</source>
      <translation>Ajouté à MentorDesk</translation>
    </message>
    <message>
      <source>Status: {before} → {after}</source>
      <translation>Statut : {before} → {after}</translation>
    </message>
    <message numerus="yes">
      <source>Met for %n min</source>
      <translation>
        <numerusform>Rencontre de %n min</numerusform>
        <numerusform>Rencontre de %n min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Meeting planned, %n min</source>
      <translation>
        <numerusform>Rencontre planifiée, %n min</numerusform>
        <numerusform>Rencontre planifiée, %n min</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting cancelled</source>
      <translation>Rencontre annulée</translation>
    </message>
    <message>
      <source>Agreement version {number} agreed</source>
      <translation>Version {number} de l’accord convenue</translation>
    </message>
    <message>
      <source>Mentorship closed, with a closure review</source>
      <translation>Mentorat clos, avec un bilan de clôture</translation>
    </message>
    <message>
      <source>Action item: {text}</source>
      <translation>Action : {text}</translation>
    </message>
    <message>
      <source>Done: {text}</source>
      <translation>Fait : {text}</translation>
    </message>
    <message>
      <source>Dropped: {text}</source>
      <translation>Abandonné : {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Compte rendu : {text}</translation>
    </message>
    <message>
      <source>Learned: {text}</source>
      <translation>Appris : {text}</translation>
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
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Drop a topic</source>
      <translation>Déposer un sujet</translation>
    </message>
    <message>
      <source>Choose a mentor…</source>
      <translation>Choisir un mentor…</translation>
    </message>
    <message>
      <source>e.g. Ask how she prepared her first board talk</source>
      <translation>p. ex. Demander comment elle a préparé sa première présentation au conseil d’administration</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privé : jamais dans ce qui est copié ou envoyé</translation>
    </message>
    <message>
      <source>Private topic</source>
      <translation>Sujet privé</translation>
    </message>
    <message>
      <source>&amp;Mentor</source>
      <translation>&amp;Mentor</translation>
    </message>
    <message>
      <source>&amp;Topic</source>
      <translation>&amp;Sujet</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Choose the mentor this topic is for.</source>
      <translation>Choisissez le mentor concerné par ce sujet.</translation>
    </message>
  </context>
  <context>
    <name>TopicOffer</name>
    <message>
      <source>Topics from your agreement</source>
      <translation>Sujets de votre accord</translation>
    </message>
    <message>
      <source>Agreement topics to add to the agenda</source>
      <translation>Sujets de l’accord à ajouter à l’ordre du jour</translation>
    </message>
  </context>
  <context>
    <name>TopicTableModel</name>
    <message>
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Où</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privé</translation>
    </message>
  </context>
  <context>
    <name>TouchDialog</name>
    <message>
      <source>Touch with {name}</source>
      <translation>Échange avec {name}</translation>
    </message>
    <message>
      <source>Log a touch with {name}</source>
      <translation>Noter un échange avec {name}</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>What it was about</source>
      <translation>De quoi il s’agissait</translation>
    </message>
    <message>
      <source>One line, e.g. Sent her the draft deck</source>
      <translation>Une ligne, p. ex. Envoyé le projet de présentation</translation>
    </message>
    <message>
      <source>&amp;How</source>
      <translation>&amp;Moyen</translation>
    </message>
    <message>
      <source>&amp;Day</source>
      <translation>&amp;Jour</translation>
    </message>
    <message>
      <source>&amp;About</source>
      <translation>&amp;Objet</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Enregistrer</translation>
    </message>
    <message>
      <source>Log</source>
      <translation>Noter</translation>
    </message>
  </context>
  <context>
    <name>TouchTableModel</name>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>How</source>
      <translation>Moyen</translation>
    </message>
    <message>
      <source>About</source>
      <translation>Objet</translation>
    </message>
  </context>
  <context>
    <name>TypingRecovery</name>
    <message numerus="yes">
      <source>MentorDesk closed before the last notes you typed were saved. They are back: the notes of %n meeting(s) were recovered ({names}).</source>
      <translation>
        <numerusform>MentorDesk s’est fermé avant l’enregistrement des dernières notes que vous avez saisies. Elles sont de retour : les notes de %n rencontre ont été récupérées ({names}).</numerusform>
        <numerusform>MentorDesk s’est fermé avant l’enregistrement des dernières notes que vous avez saisies. Elles sont de retour : les notes de %n rencontres ont été récupérées ({names}).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Notes typed before MentorDesk closed were kept as an earlier version of %n meeting(s) whose notes changed since ({names}): see History in the meeting.</source>
      <translation>
        <numerusform>Les notes saisies avant la fermeture de MentorDesk ont été gardées comme version antérieure de %n rencontre dont les notes ont changé depuis ({names}) : voir Historique dans la rencontre.</numerusform>
        <numerusform>Les notes saisies avant la fermeture de MentorDesk ont été gardées comme version antérieure de %n rencontres dont les notes ont changé depuis ({names}) : voir Historique dans la rencontre.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>UnlockDialog</name>
    <message>
      <source>Type your passphrase (or your recovery key).</source>
      <translation>Saisissez votre phrase secrète (ou votre clé de récupération).</translation>
    </message>
    <message>
      <source>Wrong passphrase. Your data is fine: type it again (it is case-sensitive), or use your recovery key.</source>
      <translation>Phrase secrète incorrecte. Vos données vont bien : saisissez-la à nouveau (majuscules et minuscules comptent), ou utilisez votre clé de récupération.</translation>
    </message>
    <message>
      <source>Unlock your data</source>
      <translation>Déverrouiller vos données</translation>
    </message>
    <message>
      <source>Your MentorDesk data in {folder} is encrypted. Type your passphrase, or your recovery key if you have forgotten it.</source>
      <translation>Vos données MentorDesk dans {folder} sont chiffrées. Saisissez votre phrase secrète, ou votre clé de récupération si vous l’avez oubliée.</translation>
    </message>
    <message>
      <source>Passphrase or recovery key</source>
      <translation>Phrase secrète ou clé de récupération</translation>
    </message>
    <message>
      <source>Why it did not open</source>
      <translation>Pourquoi elles ne se sont pas ouvertes</translation>
    </message>
    <message>
      <source>&amp;Remember on this computer</source>
      <translation>Se &amp;souvenir sur cet ordinateur</translation>
    </message>
    <message>
      <source>Remember on this computer</source>
      <translation>Se souvenir sur cet ordinateur</translation>
    </message>
    <message>
      <source>This computer has no keyring service, so MentorDesk cannot remember the passphrase: you type it at each start.</source>
      <translation>Cet ordinateur n’a pas de service de trousseau : MentorDesk ne peut pas retenir la phrase secrète, vous la saisissez à chaque démarrage.</translation>
    </message>
    <message>
      <source>Unlock</source>
      <translation>Déverrouiller</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>Quitter</translation>
    </message>
  </context>
  <context>
    <name>VersionsModel</name>
    <message>
      <source>Time</source>
      <translation>Heure</translation>
    </message>
    <message>
      <source>Why it was kept</source>
      <translation>Pourquoi elle a été gardée</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <source>Starts with</source>
      <translation>Commence par</translation>
    </message>
    <message numerus="yes">
      <source>%n character(s)</source>
      <translation>
        <numerusform>%n caractère</numerusform>
        <numerusform>%n caractères</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>accessibility</name>
    <message>
      <source>Choices for {field}</source>
      <translation>Choix pour {field}</translation>
    </message>
    <message>
      <source>Choices</source>
      <translation>Choix</translation>
    </message>
    <message>
      <source>Clear {field}</source>
      <translation>Effacer {field}</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <source>More of {bar}</source>
      <translation>Suite de {bar}</translation>
    </message>
  </context>
  <context>
    <name>action_items</name>
    <message>
      <source>Capture “{text}”</source>
      <translation>Saisir « {text} »</translation>
    </message>
    <message>
      <source>Add action item: {text}</source>
      <translation>Ajouter l’action : {text}</translation>
    </message>
    <message>
      <source>Set due date: {text}</source>
      <translation>Fixer l’échéance : {text}</translation>
    </message>
    <message>
      <source>Edit action item: {text}</source>
      <translation>Modifier l’action : {text}</translation>
    </message>
    <message>
      <source>No report back: {text}</source>
      <translation>Pas de compte rendu : {text}</translation>
    </message>
    <message>
      <source>Report back: {text}</source>
      <translation>Rendre compte : {text}</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Marquer comme privé : {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Ne plus marquer comme privé : {text}</translation>
    </message>
    <message>
      <source>Mark done: {text}</source>
      <translation>Marquer comme fait : {text}</translation>
    </message>
    <message>
      <source>Marked done: {text}.</source>
      <translation>Marqué comme fait : {text}.</translation>
    </message>
    <message>
      <source>Reopen: {text}</source>
      <translation>Rouvrir : {text}</translation>
    </message>
    <message>
      <source>Drop: {text}</source>
      <translation>Abandonner : {text}</translation>
    </message>
    <message>
      <source>Reported back: {text}</source>
      <translation>Compte rendu : {text}</translation>
    </message>
    <message>
      <source>Remove “{text}”</source>
      <translation>Retirer « {text} »</translation>
    </message>
  </context>
  <context>
    <name>actions</name>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <source>&amp;Undo {what}</source>
      <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
      <source>&amp;Redo {what}</source>
      <translation>&amp;Rétablir : {what}</translation>
    </message>
  </context>
  <context>
    <name>agenda_preview</name>
    <message>
      <source>The agenda is on the clipboard, ready to send.</source>
      <translation>L’ordre du jour est dans le presse-papiers, prêt à être envoyé.</translation>
    </message>
  </context>
  <context>
    <name>agreement_export</name>
    <message>
      <source>Mentee</source>
      <translation>Mentoré</translation>
    </message>
    <message>
      <source>Version {number} · {status} · agreed on {day}</source>
      <translation>Version {number} · {status} · convenue le {day}</translation>
    </message>
    <message>
      <source>Version {number} · {status} · prepared on {day}</source>
      <translation>Version {number} · {status} · préparée le {day}</translation>
    </message>
    <message numerus="yes">
      <source>%n minute(s)</source>
      <translation>
        <numerusform>%n minute</numerusform>
        <numerusform>%n minutes</numerusform>
      </translation>
    </message>
    <message>
      <source>We meet</source>
      <translation>Nous nous voyons</translation>
    </message>
    <message>
      <source>As agreed</source>
      <translation>Comme convenu</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Starts</source>
      <translation>Début</translation>
    </message>
    <message>
      <source>We review it on</source>
      <translation>Nous le révisons le</translation>
    </message>
    <message>
      <source>Ends</source>
      <translation>Fin</translation>
    </message>
    <message>
      <source>Goals of the mentorship</source>
      <translation>Objectifs du mentorat</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Sujets</translation>
    </message>
    <message>
      <source>{name} commits to</source>
      <translation>{name} s’engage à</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Limites</translation>
    </message>
    <message>
      <source>Mentoring agreement</source>
      <translation>Accord de mentorat</translation>
    </message>
    <message>
      <source>between {mentee} (mentee) and {mentor} (mentor)</source>
      <translation>entre {mentee} (mentoré) et {mentor} (mentor)</translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>We agree to the above.</source>
      <translation>Nous approuvons ce qui précède.</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Signature</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Date</translation>
    </message>
  </context>
  <context>
    <name>agreements</name>
    <message>
      <source>Save agreement with {name} as version {n}</source>
      <translation>Enregistrer l’accord avec {name} comme version {n}</translation>
    </message>
    <message>
      <source>Edit the agreement with {name}</source>
      <translation>Modifier l’accord avec {name}</translation>
    </message>
    <message>
      <source>Saved version {n} of the agreement with {name}.</source>
      <translation>Version {n} de l’accord avec {name} enregistrée.</translation>
    </message>
    <message numerus="yes">
      <source>It has %n version(s). Edit ▸ Undo brings it back.</source>
      <translation>
        <numerusform>Il a %n version. Édition ▸ Annuler le ramène.</numerusform>
        <numerusform>Il a %n versions. Édition ▸ Annuler le ramène.</numerusform>
      </translation>
    </message>
    <message>
      <source>Delete agreement</source>
      <translation>Supprimer l’accord</translation>
    </message>
    <message>
      <source>Delete the agreement with {name} and all its versions?</source>
      <translation>Supprimer l’accord avec {name} et toutes ses versions ?</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete the agreement with {name}</source>
      <translation>Supprimer l’accord avec {name}</translation>
    </message>
    <message>
      <source>Set meeting rhythm</source>
      <translation>Définir le rythme des rencontres</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>Something went wrong: {error}. Your saved data is safe. Details are in the log file (Help ▸ About shows the data folder).</source>
      <translation>Un problème est survenu : {error}. Vos données enregistrées sont en sécurité. Les détails sont dans le fichier journal (Aide ▸ À propos indique le dossier de données).</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>Dashboard</source>
      <translation>Tableau de bord</translation>
    </message>
    <message>
      <source>Mentors</source>
      <translation>Mentors</translation>
    </message>
    <message>
      <source>Meetings</source>
      <translation>Rencontres</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Donner en retour</translation>
    </message>
    <message>
      <source>Prospects</source>
      <translation>Candidats</translation>
    </message>
    <message>
      <source>Search</source>
      <translation>Recherche</translation>
    </message>
    <message>
      <source>Who is due for a meeting, what you promised, and what is overdue.</source>
      <translation>Qui est à revoir, ce que vous avez promis et ce qui est en retard.</translation>
    </message>
    <message>
      <source>Your career goals, and which mentors help with each.</source>
      <translation>Vos objectifs de carrière, et quels mentors aident pour chacun.</translation>
    </message>
    <message>
      <source>Ideas for giving back to each mentor, planned and done.</source>
      <translation>Idées pour donner en retour à chaque mentor, prévues et faites.</translation>
    </message>
    <message>
      <source>People you might ask to mentor you, and your outreach.</source>
      <translation>Les personnes à qui vous pourriez demander d’être votre mentor, et vos prises de contact.</translation>
    </message>
  </context>
  <context>
    <name>ask</name>
    <message>
      <source>Follow up if no answer by</source>
      <translation>Relancer si pas de réponse d’ici le</translation>
    </message>
    <message>
      <source>Asked by email (drafted in MentorDesk)</source>
      <translation>Sollicité par e-mail (rédigé dans MentorDesk)</translation>
    </message>
    <message>
      <source>Asked (message drafted in MentorDesk)</source>
      <translation>Sollicité (message rédigé dans MentorDesk)</translation>
    </message>
    <message>
      <source>Ask {name}</source>
      <translation>Solliciter {name}</translation>
    </message>
    <message>
      <source>once a day</source>
      <translation>une fois par jour</translation>
    </message>
    <message>
      <source>once a week</source>
      <translation>une fois par semaine</translation>
    </message>
    <message>
      <source>once a month</source>
      <translation>une fois par mois</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>tous les %n jours</numerusform>
        <numerusform>tous les %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>tous les %n mois</numerusform>
        <numerusform>tous les %n mois</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>toutes les %n semaines</numerusform>
        <numerusform>toutes les %n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>Following up: would you be open to mentoring me?</source>
      <translation>Relance : accepteriez-vous d’être mon mentor ?</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me?</source>
      <translation>Accepteriez-vous d’être mon mentor ?</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Bonjour {name},</translation>
    </message>
    <message>
      <source>I am following up on my earlier message, in case it got buried.</source>
      <translation>Je me permets de revenir vers vous au sujet de mon précédent message, au cas où il se serait perdu.</translation>
    </message>
    <message>
      <source>I am reaching out to you in particular because of your experience: {why}</source>
      <translation>Je m’adresse à vous en particulier en raison de votre expérience : {why}</translation>
    </message>
    <message>
      <source>I am reaching out to you because of your work ({where}).</source>
      <translation>Je m’adresse à vous en raison de votre travail ({where}).</translation>
    </message>
    <message>
      <source>Right now I am working on: {goals}. Your experience is close to that.</source>
      <translation>En ce moment, je travaille sur : {goals}. Votre expérience en est proche.</translation>
    </message>
    <message>
      <source>Would you be open to mentoring me? I would suggest we meet {rhythm} for {minutes} minutes; I will send an agenda ahead each time and keep to the time.</source>
      <translation>Accepteriez-vous d’être mon mentor ? Je propose que nous nous rencontrions {rhythm} pendant {minutes} minutes ; je vous enverrai chaque fois un ordre du jour à l’avance et je respecterai le temps prévu.</translation>
    </message>
    <message>
      <source>Would you be open to a first {minutes}-minute conversation about mentoring me? I will send an agenda ahead and keep to the time.</source>
      <translation>Seriez-vous d’accord pour une première conversation de {minutes} minutes au sujet d’un mentorat ? Je vous enverrai un ordre du jour à l’avance et je respecterai le temps prévu.</translation>
    </message>
    <message>
      <source>A simple yes or no is all I need. If now is not a good time, I completely understand.</source>
      <translation>Un simple oui ou non me suffit. Si le moment n’est pas bien choisi, je le comprendrai tout à fait.</translation>
    </message>
    <message>
      <source>Thank you for considering it,</source>
      <translation>Merci de bien vouloir y réfléchir,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(votre nom)</translation>
    </message>
  </context>
  <context>
    <name>attachments</name>
    <message>
      <source>Attach a file</source>
      <translation>Joindre un fichier</translation>
    </message>
    <message>
      <source>“{name}” is larger than {limit} MB, the largest file MentorDesk attaches. Attach a link to it instead, or raise the limit in Preferences.</source>
      <translation>« {name} » dépasse {limit} Mo, la taille maximale que MentorDesk joint. Joignez plutôt un lien, ou augmentez la limite dans les Préférences.</translation>
    </message>
    <message>
      <source>“{name}” is a folder. Attach the files in it, or a compressed copy of it.</source>
      <translation>« {name} » est un dossier. Joignez les fichiers qu’il contient, ou une copie compressée.</translation>
    </message>
    <message>
      <source>“{name}” is not a file MentorDesk can copy.</source>
      <translation>« {name} » n’est pas un fichier que MentorDesk peut copier.</translation>
    </message>
    <message>
      <source>“{name}” is not there any more. Was it moved or renamed?</source>
      <translation>« {name} » n’est plus là. A-t-il été déplacé ou renommé ?</translation>
    </message>
    <message>
      <source>You do not have permission to read “{name}”. Nothing was attached.</source>
      <translation>Vous n’avez pas le droit de lire « {name} ». Rien n’a été joint.</translation>
    </message>
    <message>
      <source>“{name}” was moved, changed or disconnected while it was being copied. Nothing was attached; try again.</source>
      <translation>« {name} » a été déplacé, modifié ou déconnecté pendant la copie. Rien n’a été joint ; réessayez.</translation>
    </message>
    <message>
      <source>The disk is full: “{name}” could not be copied into the data folder. Free some space and try again; nothing was attached.</source>
      <translation>Le disque est plein : « {name} » n’a pas pu être copié dans le dossier de données. Libérez de la place et réessayez ; rien n’a été joint.</translation>
    </message>
    <message>
      <source>The data folder cannot be written, so “{name}” could not be copied.</source>
      <translation>Le dossier de données n’est pas accessible en écriture : « {name} » n’a pas pu être copié.</translation>
    </message>
    <message>
      <source>The disk could not be read or written while copying “{name}”. Nothing was attached.</source>
      <translation>Le disque n’a pas pu être lu ou écrit pendant la copie de « {name} ». Rien n’a été joint.</translation>
    </message>
    <message>
      <source>The copy of “{name}” does not match the file that was saved.</source>
      <translation>La copie de « {name} » ne correspond pas au fichier enregistré.</translation>
    </message>
    <message>
      <source>Attach “{name}”</source>
      <translation>Joindre « {name} »</translation>
    </message>
    <message>
      <source>Add link “{title}”</source>
      <translation>Ajouter le lien « {title} »</translation>
    </message>
    <message>
      <source>Rename “{old}” to “{new}”</source>
      <translation>Renommer « {old} » en « {new} »</translation>
    </message>
    <message>
      <source>Remove attachment “{title}”</source>
      <translation>Retirer la pièce jointe « {title} »</translation>
    </message>
  </context>
  <context>
    <name>between</name>
    <message>
      <source>Add topic “{topic}”</source>
      <translation>Ajouter le sujet « {topic} »</translation>
    </message>
    <message>
      <source>Edit topic “{topic}”</source>
      <translation>Modifier le sujet « {topic} »</translation>
    </message>
    <message>
      <source>Mark topic “{topic}” discussed</source>
      <translation>Marquer le sujet « {topic} » comme abordé</translation>
    </message>
    <message>
      <source>Drop topic “{topic}”</source>
      <translation>Abandonner le sujet « {topic} »</translation>
    </message>
    <message>
      <source>Put topic “{topic}” back</source>
      <translation>Remettre le sujet « {topic} » en attente</translation>
    </message>
    <message>
      <source>Delete topic “{topic}”</source>
      <translation>Supprimer le sujet « {topic} »</translation>
    </message>
    <message>
      <source>Log {kind} with {name}</source>
      <translation>Noter : {kind} avec {name}</translation>
    </message>
    <message>
      <source>Edit {kind} with {name}</source>
      <translation>Modifier : {kind} avec {name}</translation>
    </message>
    <message>
      <source>Delete {kind} with {name}</source>
      <translation>Supprimer : {kind} avec {name}</translation>
    </message>
    <message>
      <source>Topic for {name} added from the command line.</source>
      <translation>Sujet pour {name} ajouté depuis la ligne de commande.</translation>
    </message>
    <message>
      <source>On the plan for {day}</source>
      <translation>À l’ordre du jour du {day}</translation>
    </message>
    <message>
      <source>Discussed {day}</source>
      <translation>Abordé le {day}</translation>
    </message>
    <message>
      <source>&amp;Drop a Topic…</source>
      <translation>&amp;Déposer un sujet…</translation>
    </message>
  </context>
  <context>
    <name>cadence</name>
    <message>
      <source>days</source>
      <translation>jours</translation>
    </message>
    <message>
      <source>weeks</source>
      <translation>semaines</translation>
    </message>
    <message>
      <source>months</source>
      <translation>mois</translation>
    </message>
    <message>
      <source>every month</source>
      <translation>tous les mois</translation>
    </message>
    <message numerus="yes">
      <source>every %n month(s)</source>
      <translation>
        <numerusform>tous les %n mois</numerusform>
        <numerusform>tous les %n mois</numerusform>
      </translation>
    </message>
    <message>
      <source>every week</source>
      <translation>toutes les semaines</translation>
    </message>
    <message numerus="yes">
      <source>every %n week(s)</source>
      <translation>
        <numerusform>toutes les %n semaines</numerusform>
        <numerusform>toutes les %n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>every day</source>
      <translation>tous les jours</translation>
    </message>
    <message numerus="yes">
      <source>every %n day(s)</source>
      <translation>
        <numerusform>tous les %n jours</numerusform>
        <numerusform>tous les %n jours</numerusform>
      </translation>
    </message>
    <message>
      <source>{amount} months</source>
      <translation>{amount} mois</translation>
    </message>
    <message>
      <source>1 week</source>
      <translation>1 semaine</translation>
    </message>
    <message>
      <source>{amount} weeks</source>
      <translation>{amount} semaines</translation>
    </message>
    <message>
      <source>1 day</source>
      <translation>1 jour</translation>
    </message>
    <message>
      <source>{amount} days</source>
      <translation>{amount} jours</translation>
    </message>
    <message numerus="yes">
      <source>%n day(s)</source>
      <translation>
        <numerusform>%n jour</numerusform>
        <numerusform>%n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Agreed {interval}; the last %n gap(s) averaged {mean} (longest {longest}).</source>
      <translation>
        <numerusform>Convenu {interval} ; le dernier écart était de {mean} (le plus long {longest}).</numerusform>
        <numerusform>Convenu {interval} ; les %n derniers écarts étaient en moyenne de {mean} (le plus long {longest}).</numerusform>
      </translation>
    </message>
    <message>
      <source>{days} overdue</source>
      <translation>{days} de retard</translation>
    </message>
    <message>
      <source>due today</source>
      <translation>à échéance aujourd’hui</translation>
    </message>
    <message>
      <source>due in {days}</source>
      <translation>échéance dans {days}</translation>
    </message>
    <message>
      <source>next meeting {when}</source>
      <translation>prochaine rencontre {when}</translation>
    </message>
    <message>
      <source>no meeting yet</source>
      <translation>pas encore de rencontre</translation>
    </message>
    <message>
      <source>on track, next due {day}</source>
      <translation>dans les temps, prochaine échéance le {day}</translation>
    </message>
    <message>
      <source>no rhythm agreed</source>
      <translation>aucun rythme convenu</translation>
    </message>
    <message>
      <source>not met yet</source>
      <translation>pas encore rencontré</translation>
    </message>
    <message numerus="yes">
      <source>last met %n week(s) ago</source>
      <translation>
        <numerusform>vu pour la dernière fois il y a %n semaine</numerusform>
        <numerusform>vu pour la dernière fois il y a %n semaines</numerusform>
      </translation>
    </message>
    <message>
      <source>last met {day}</source>
      <translation>vu pour la dernière fois le {day}</translation>
    </message>
    <message>
      <source>last touch {day}, counted as a meeting (as agreed)</source>
      <translation>dernier échange le {day}, compté comme une rencontre (comme convenu)</translation>
    </message>
    <message>
      <source>last touch {day}, not counted: only meetings count (as agreed)</source>
      <translation>dernier échange le {day}, non compté : seules les rencontres comptent (comme convenu)</translation>
    </message>
    <message>
      <source>last touch {day} reset “overdue”; the rhythm counts meetings only</source>
      <translation>dernier échange le {day} : « en retard » levé ; le rythme ne compte que les rencontres</translation>
    </message>
    <message>
      <source>last touch {day}, before the last meeting</source>
      <translation>dernier échange le {day}, avant la dernière rencontre</translation>
    </message>
  </context>
  <context>
    <name>calendar_feed</name>
    <message>
      <source>The calendar file in {folder} could not be written: {reason}.</source>
      <translation>Le fichier de calendrier dans {folder} n’a pas pu être écrit : {reason}.</translation>
    </message>
  </context>
  <context>
    <name>calendar_file</name>
    <message>
      <source>Export calendar</source>
      <translation>Exporter le calendrier</translation>
    </message>
    <message>
      <source>Calendar files (*.ics)</source>
      <translation>Fichiers de calendrier (*.ics)</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message numerus="yes">
      <source>Exported %n meeting(s) to {file}.</source>
      <translation>
        <numerusform>%n rencontre exportée vers {file}.</numerusform>
        <numerusform>%n rencontres exportées vers {file}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>closure</name>
    <message>
      <source>End the mentorship with {name}</source>
      <translation>Terminer le mentorat avec {name}</translation>
    </message>
    <message>
      <source>Ended the mentorship with {name}.</source>
      <translation>Mentorat avec {name} terminé.</translation>
    </message>
    <message>
      <source>Dear {name},</source>
      <translation>Cher/Chère {name},</translation>
    </message>
    <message numerus="yes">
      <source>As our mentorship comes to a close, I want to thank you for the %n conversation(s) we have had since {when}.</source>
      <translation>
        <numerusform>Alors que notre mentorat touche à sa fin, je tiens à vous remercier pour notre conversation depuis {when}.</numerusform>
        <numerusform>Alors que notre mentorat touche à sa fin, je tiens à vous remercier pour les %n conversations que nous avons eues depuis {when}.</numerusform>
      </translation>
    </message>
    <message>
      <source>As our mentorship comes to a close, I want to thank you for your time.</source>
      <translation>Alors que notre mentorat touche à sa fin, je tiens à vous remercier pour votre temps.</translation>
    </message>
    <message>
      <source>What I keep coming back to:</source>
      <translation>Ce sur quoi je reviens sans cesse :</translation>
    </message>
    <message>
      <source>Advice I acted on:</source>
      <translation>Les conseils que j’ai mis en pratique :</translation>
    </message>
    <message>
      <source>You helped me most with {goals}.</source>
      <translation>Vous m’avez surtout aidé pour {goals}.</translation>
    </message>
    <message>
      <source>I hope I gave a little back too: {what}.</source>
      <translation>J’espère vous avoir un peu rendu aussi : {what}.</translation>
    </message>
    <message>
      <source>Thank you for your generosity. I would love to stay in touch.</source>
      <translation>Merci pour votre générosité. J’aimerais beaucoup rester en contact.</translation>
    </message>
    <message>
      <source>Warm regards,</source>
      <translation>Bien cordialement,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(votre nom)</translation>
    </message>
    <message>
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <source>Closing the mentorship with {name}</source>
      <translation>Clôture du mentorat avec {name}</translation>
    </message>
    <message numerus="yes">
      <source>Ended on {day}; %n meeting(s) held.</source>
      <translation>
        <numerusform>Terminé le {day} ; %n rencontre tenue.</numerusform>
        <numerusform>Terminé le {day} ; %n rencontres tenues.</numerusform>
      </translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Ce que j’ai appris</translation>
    </message>
    <message>
      <source>(not written)</source>
      <translation>(non rédigé)</translation>
    </message>
    <message>
      <source>Goals it served</source>
      <translation>Objectifs servis</translation>
    </message>
    <message>
      <source>(none chosen)</source>
      <translation>(aucun choisi)</translation>
    </message>
    <message>
      <source>Thank-you note</source>
      <translation>Mot de remerciement</translation>
    </message>
  </context>
  <context>
    <name>dialog_buttons</name>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
  </context>
  <context>
    <name>formats</name>
    <message>
      <source>{time} in {zone}</source>
      <translation>{time} à {zone}</translation>
    </message>
  </context>
  <context>
    <name>giveback</name>
    <message>
      <source>nothing given back yet; no meeting yet</source>
      <translation>rien rendu pour l’instant ; pas encore de rencontre</translation>
    </message>
    <message numerus="yes">
      <source>nothing given back yet; %n meeting(s) so far</source>
      <translation>
        <numerusform>rien rendu pour l’instant ; %n rencontre jusqu’ici</numerusform>
        <numerusform>rien rendu pour l’instant ; %n rencontres jusqu’ici</numerusform>
      </translation>
    </message>
    <message>
      <source>gave back today</source>
      <translation>rendu aujourd’hui</translation>
    </message>
    <message>
      <source>last gave back yesterday</source>
      <translation>dernier retour hier</translation>
    </message>
    <message numerus="yes">
      <source>last gave back %n day(s) ago</source>
      <translation>
        <numerusform>dernier retour il y a %n jour</numerusform>
        <numerusform>dernier retour il y a %n jours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) since</source>
      <translation>
        <numerusform>%n rencontre depuis</numerusform>
        <numerusform>%n rencontres depuis</numerusform>
      </translation>
    </message>
    <message>
      <source>Add give-back idea {idea}</source>
      <translation>Ajouter l’idée de retour {idea}</translation>
    </message>
    <message>
      <source>Edit give-back idea {idea}</source>
      <translation>Modifier l’idée de retour {idea}</translation>
    </message>
    <message>
      <source>Capture give-back idea “{idea}”</source>
      <translation>Saisir l’idée de retour « {idea} »</translation>
    </message>
    <message>
      <source>Gave back: {idea}</source>
      <translation>Rendu : {idea}</translation>
    </message>
    <message>
      <source>Marked done: {idea}.</source>
      <translation>Marqué comme fait : {idea}.</translation>
    </message>
    <message>
      <source>Delete give-back idea {idea}</source>
      <translation>Supprimer l’idée de retour {idea}</translation>
    </message>
  </context>
  <context>
    <name>goals</name>
    <message>
      <source>Add goal {title}</source>
      <translation>Ajouter l’objectif {title}</translation>
    </message>
    <message>
      <source>Edit goal {title}</source>
      <translation>Modifier l’objectif {title}</translation>
    </message>
    <message>
      <source>Progress of {goal}: {value} %</source>
      <translation>Progression de {goal} : {value} %</translation>
    </message>
    <message>
      <source>Link action items to {goal}</source>
      <translation>Lier des actions à {goal}</translation>
    </message>
    <message>
      <source>Linked the advice to “{goal}”.</source>
      <translation>Conseils liés à « {goal} ».</translation>
    </message>
    <message>
      <source>The mentors, action items and meetings themselves stay.</source>
      <translation>Les mentors, actions et rencontres eux-mêmes restent.</translation>
    </message>
    <message>
      <source>Delete goal {title}</source>
      <translation>Supprimer l’objectif {title}</translation>
    </message>
  </context>
  <context>
    <name>help</name>
    <message>
      <source>How MentorDesk &amp;Follows the Article</source>
      <translation>Comment MentorDesk &amp;suit l’article</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts</source>
      <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
      <source>Meeting mode: capture an action item</source>
      <translation>Mode rencontre : saisir une action</translation>
    </message>
    <message>
      <source>Meeting mode: capture a give-back idea</source>
      <translation>Mode rencontre : saisir une idée de retour</translation>
    </message>
    <message>
      <source>Meeting mode: end the meeting</source>
      <translation>Mode rencontre : terminer la rencontre</translation>
    </message>
    <message>
      <source>Meeting mode: earlier versions of the notes</source>
      <translation>Mode rencontre : versions antérieures des notes</translation>
    </message>
    <message>
      <source>Notes: bold (Goals: the selected goal's board)</source>
      <translation>Notes : gras (Objectifs : le tableau de l’objectif sélectionné)</translation>
    </message>
    <message>
      <source>Notes: italic</source>
      <translation>Notes : italique</translation>
    </message>
    <message>
      <source>Notes: move on to the next field</source>
      <translation>Notes : passer au champ suivant</translation>
    </message>
    <message>
      <source>Meeting mode: close (saving first)</source>
      <translation>Mode rencontre : fermer (en enregistrant d’abord)</translation>
    </message>
    <message>
      <source>A dialog's multi-line field: save or confirm</source>
      <translation>Champ multiligne d’une boîte de dialogue : enregistrer ou confirmer</translation>
    </message>
    <message>
      <source>Find someone who shares your goals and values</source>
      <translation>Trouver quelqu’un qui partage vos objectifs et vos valeurs</translation>
    </message>
    <message>
      <source>Prospects (Ctrl+7): where you found them, why they fit your goals, each step of asking them and the day to follow up. Promote to active… makes them a mentor.</source>
      <translation>Candidats (Ctrl+7) : où vous les avez trouvés, pourquoi ils correspondent à vos objectifs, chaque étape de la demande et le jour de relance. « Promouvoir en actif… » en fait un mentor.</translation>
    </message>
    <message>
      <source>More than one mentor, inside or outside your organisation</source>
      <translation>Plus d’un mentor, dans votre organisation ou en dehors</translation>
    </message>
    <message>
      <source>Mentors (Ctrl+2): as many as you like, internal or external, from prospect to active, paused, ended or alumni.</source>
      <translation>Mentors (Ctrl+2) : autant que vous voulez, internes ou externes, de candidat à actif, en pause, terminé ou ancien.</translation>
    </message>
    <message>
      <source>Set clear expectations</source>
      <translation>Fixer des attentes claires</translation>
    </message>
    <message>
      <source>A mentor's Agreement tab: goals, how often to meet, format and link, topics, what each of you commits to. Agreed terms are kept as versions; export one as a PDF to sign. Plan meeting starts from them.</source>
      <translation>L’onglet Accord d’un mentor : objectifs, fréquence des rencontres, format et lien, sujets, engagements de chacun. Les termes convenus sont gardés en versions ; exportez-en une en PDF à signer. Planifier une rencontre part de là.</translation>
    </message>
    <message>
      <source>Respect the mentor's time</source>
      <translation>Respecter le temps du mentor</translation>
    </message>
    <message>
      <source>Plan meeting (Ctrl+Shift+N) with an agenda; the brief beside Meetings says what to report back; meeting mode keeps the clock against the planned length. The Dashboard says who is due, never sooner than agreed.</source>
      <translation>Planifier une rencontre (Ctrl+Maj+N) avec un ordre du jour ; la préparation à côté de Rencontres dit de quoi rendre compte ; le mode rencontre suit le chronomètre par rapport à la durée prévue. Le tableau de bord dit qui est à revoir, jamais plus tôt que convenu.</translation>
    </message>
    <message>
      <source>Listen, and keep what was said</source>
      <translation>Écouter, et garder ce qui a été dit</translation>
    </message>
    <message>
      <source>Meeting mode: the agenda as a checklist and notes saved as you type. Ctrl+Z undoes a word at a time; Restore in the status line brings back what an undo removed.</source>
      <translation>Mode rencontre : l’ordre du jour en liste à cocher et des notes enregistrées pendant la frappe. Ctrl+Z annule un mot à la fois ; Restaurer dans la barre d’état ramène ce qu’une annulation a retiré.</translation>
    </message>
    <message>
      <source>Be proactive: act on the advice</source>
      <translation>Être proactif : mettre les conseils en pratique</translation>
    </message>
    <message>
      <source>Ctrl+Shift+A in the notes turns a line into an action item ("…by Friday" becomes its due date); Action items (Ctrl+4) and Goals (Ctrl+5) follow them to done.</source>
      <translation>Ctrl+Maj+A dans les notes transforme une ligne en action (« …by Friday » devient son échéance) ; Actions (Ctrl+4) et Objectifs (Ctrl+5) les suivent jusqu’à ce qu’elles soient faites.</translation>
    </message>
    <message>
      <source>A two-way street: give back</source>
      <translation>Dans les deux sens : donner en retour</translation>
    </message>
    <message>
      <source>Give-back (Ctrl+6): ideas for each mentor, planned and done, and a nudge on the Dashboard when it has been a while.</source>
      <translation>Donner en retour (Ctrl+6) : des idées pour chaque mentor, prévues et faites, et un rappel sur le tableau de bord quand cela fait un moment.</translation>
    </message>
    <message>
      <source>Success depends on your initiative</source>
      <translation>Le succès dépend de votre initiative</translation>
    </message>
    <message>
      <source>The Dashboard (Ctrl+1) says what to do today: who to meet, what you promised, what is overdue.</source>
      <translation>Le tableau de bord (Ctrl+1) dit quoi faire aujourd’hui : qui rencontrer, ce que vous avez promis, ce qui est en retard.</translation>
    </message>
    <message>
      <source>End a mentorship well</source>
      <translation>Bien terminer un mentorat</translation>
    </message>
    <message>
      <source>Archive on a mentor's profile runs a closure review: what you learned and a thank-you note drafted from your notes.</source>
      <translation>Archiver dans le profil d’un mentor lance un bilan de clôture : ce que vous avez appris et un mot de remerciement rédigé à partir de vos notes.</translation>
    </message>
    <message>
      <source>{area}: </source>
      <translation>{area} : </translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
  </context>
  <context>
    <name>keyboard</name>
    <message>
      <source>&amp;Run Action…</source>
      <translation>&amp;Lancer une action…</translation>
    </message>
    <message>
      <source>Everywhere</source>
      <translation>Partout</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Prospect</source>
      <translation>Candidat</translation>
    </message>
    <message>
      <source>Requested</source>
      <translation>Sollicité</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>En pause</translation>
    </message>
    <message>
      <source>Ended</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Alumni</source>
      <translation>Ancien</translation>
    </message>
    <message>
      <source>Internal</source>
      <translation>Interne</translation>
    </message>
    <message>
      <source>External</source>
      <translation>Externe</translation>
    </message>
    <message>
      <source>Networking event</source>
      <translation>Événement de réseautage</translation>
    </message>
    <message>
      <source>Professional association</source>
      <translation>Association professionnelle</translation>
    </message>
    <message>
      <source>Social media</source>
      <translation>Réseaux sociaux</translation>
    </message>
    <message>
      <source>Colleague introduction</source>
      <translation>Présentation par un collègue</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Autre</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Video call</source>
      <translation>Appel vidéo</translation>
    </message>
    <message>
      <source>Messaging</source>
      <translation>Messagerie</translation>
    </message>
    <message>
      <source>In person</source>
      <translation>En personne</translation>
    </message>
    <message>
      <source>Planned</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>Held</source>
      <translation>Tenue</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Annulé</translation>
    </message>
    <message>
      <source>Chat</source>
      <translation>Chat</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>Dropped</source>
      <translation>Abandonné</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Brouillon</translation>
    </message>
    <message>
      <source>Agreed</source>
      <translation>Convenu</translation>
    </message>
    <message>
      <source>Under review</source>
      <translation>En révision</translation>
    </message>
    <message>
      <source>Achieved</source>
      <translation>Atteint</translation>
    </message>
    <message>
      <source>Set by hand</source>
      <translation>Fixée à la main</translation>
    </message>
    <message>
      <source>From its action items</source>
      <translation>D’après ses actions</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Remerciement</translation>
    </message>
    <message>
      <source>Share something</source>
      <translation>Partager quelque chose</translation>
    </message>
    <message>
      <source>Introduction</source>
      <translation>Mise en relation</translation>
    </message>
    <message>
      <source>Help on their project</source>
      <translation>Aide sur son projet</translation>
    </message>
    <message>
      <source>Recommendation</source>
      <translation>Recommandation</translation>
    </message>
    <message>
      <source>Feedback</source>
      <translation>Retour</translation>
    </message>
    <message>
      <source>Gift</source>
      <translation>Cadeau</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Asked</source>
      <translation>Sollicité</translation>
    </message>
    <message>
      <source>Followed up</source>
      <translation>Relancé</translation>
    </message>
    <message>
      <source>Answered</source>
      <translation>A répondu</translation>
    </message>
    <message>
      <source>In the inbox</source>
      <translation>Dans la boîte de réception</translation>
    </message>
    <message>
      <source>Discussed</source>
      <translation>Abordé</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Call</source>
      <translation>Appel</translation>
    </message>
    <message>
      <source>Corridor chat</source>
      <translation>Discussion de couloir</translation>
    </message>
    <message>
      <source>Reset “overdue”, not the rhythm</source>
      <translation>Lever « en retard », pas le rythme</translation>
    </message>
    <message>
      <source>Count as meetings</source>
      <translation>Compter comme des rencontres</translation>
    </message>
    <message>
      <source>Do not count</source>
      <translation>Ne pas compter</translation>
    </message>
    <message>
      <source>First meeting</source>
      <translation>Première rencontre</translation>
    </message>
    <message>
      <source>Regular check-in</source>
      <translation>Point régulier</translation>
    </message>
    <message>
      <source>Quarterly review</source>
      <translation>Bilan trimestriel</translation>
    </message>
    <message>
      <source>Agreement review</source>
      <translation>Révision de l’accord</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <source>copied</source>
      <translation>copié</translation>
    </message>
    <message>
      <source>opened in the mail app</source>
      <translation>ouvert dans l’application de messagerie</translation>
    </message>
    <message>
      <source>saved as Markdown</source>
      <translation>enregistré en Markdown</translation>
    </message>
    <message>
      <source>Overdue</source>
      <translation>En retard</translation>
    </message>
    <message>
      <source>Due soon</source>
      <translation>Bientôt à revoir</translation>
    </message>
    <message>
      <source>No meeting yet</source>
      <translation>Pas encore de rencontre</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Planifié</translation>
    </message>
    <message>
      <source>On track</source>
      <translation>Dans les temps</translation>
    </message>
    <message>
      <source>No rhythm set</source>
      <translation>Aucun rythme défini</translation>
    </message>
    <message>
      <source>Not active</source>
      <translation>Inactif</translation>
    </message>
    <message>
      <source>Saved while typing</source>
      <translation>Enregistrée pendant la frappe</translation>
    </message>
    <message>
      <source>Before a large deletion</source>
      <translation>Avant une grande suppression</translation>
    </message>
    <message>
      <source>Before restoring a version</source>
      <translation>Avant la restauration d’une version</translation>
    </message>
    <message>
      <source>Recovered after a crash</source>
      <translation>Récupérée après un plantage</translation>
    </message>
  </context>
  <context>
    <name>links</name>
    <message>
      <source>Couldn't open the link; it is on the clipboard: {link}</source>
      <translation>Impossible d’ouvrir le lien ; il est dans le presse-papiers : {link}</translation>
    </message>
  </context>
  <context>
    <name>login_start</name>
    <message>
      <source>Reminders when MentorDesk is closed</source>
      <translation>Rappels quand MentorDesk est fermé</translation>
    </message>
    <message>
      <source>Start MentorDesk minimized when you log in, so it can remind you 15 minutes before this meeting and when a mentor is due?</source>
      <translation>Démarrer MentorDesk réduit à l’ouverture de session, pour qu’il puisse vous rappeler cette rencontre 15 minutes avant et vous signaler un mentor à revoir ?</translation>
    </message>
    <message>
      <source>Start at Login</source>
      <translation>Démarrer à l’ouverture de session</translation>
    </message>
    <message>
      <source>You can change this at any time in Edit ▸ Preferences.</source>
      <translation>Vous pouvez changer cela à tout moment dans Édition ▸ Préférences.</translation>
    </message>
    <message>
      <source>MentorDesk could not be added to your login: {reason}.</source>
      <translation>MentorDesk n’a pas pu être ajouté à votre ouverture de session : {reason}.</translation>
    </message>
  </context>
  <context>
    <name>meeting_keys</name>
    <message>
      <source>Capture Action Item</source>
      <translation>Saisir une action</translation>
    </message>
    <message>
      <source>Capture Give-back Idea</source>
      <translation>Saisir une idée de retour</translation>
    </message>
    <message>
      <source>Drop a Topic…</source>
      <translation>Déposer un sujet…</translation>
    </message>
    <message>
      <source>Log a Touch…</source>
      <translation>Noter un échange…</translation>
    </message>
    <message>
      <source>Start the Meeting Clock</source>
      <translation>Démarrer le chronomètre</translation>
    </message>
    <message>
      <source>Join the Call</source>
      <translation>Rejoindre l’appel</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Reporter…</translation>
    </message>
    <message>
      <source>Earlier Versions of the Notes…</source>
      <translation>Versions antérieures des notes…</translation>
    </message>
    <message>
      <source>End Meeting…</source>
      <translation>Terminer la rencontre…</translation>
    </message>
    <message>
      <source>Send Recap…</source>
      <translation>Envoyer le récapitulatif…</translation>
    </message>
    <message>
      <source>Mark Selected Point or Action Private</source>
      <translation>Marquer le point ou l’action choisi comme privé</translation>
    </message>
    <message>
      <source>Presenting (Hide Private Items)</source>
      <translation>Présentation (masquer le privé)</translation>
    </message>
    <message>
      <source>Save Now</source>
      <translation>Enregistrer maintenant</translation>
    </message>
    <message>
      <source>Close (Saving First)</source>
      <translation>Fermer (en enregistrant d’abord)</translation>
    </message>
    <message>
      <source>Quit MentorDesk</source>
      <translation>Quitter MentorDesk</translation>
    </message>
    <message>
      <source>Run Action…</source>
      <translation>Lancer une action…</translation>
    </message>
    <message>
      <source>Meeting mode</source>
      <translation>Mode rencontre</translation>
    </message>
  </context>
  <context>
    <name>meeting_text</name>
    <message>
      <source>Agenda for our meeting on {when}</source>
      <translation>Ordre du jour de notre rencontre du {when}</translation>
    </message>
    <message>
      <source>(no agenda points yet)</source>
      <translation>(pas encore de points à l’ordre du jour)</translation>
    </message>
    <message>
      <source>{lock} Private: hidden while presenting.</source>
      <translation>{lock} Privé : masqué pendant la présentation.</translation>
    </message>
    <message>
      <source>took {actual} of {planned} planned minutes</source>
      <translation>a duré {actual} des {planned} minutes prévues</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>No agenda.</source>
      <translation>Pas d’ordre du jour.</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>No notes.</source>
      <translation>Pas de notes.</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Enseignements</translation>
    </message>
    <message>
      <source>No takeaways.</source>
      <translation>Pas d’enseignements.</translation>
    </message>
    <message>
      <source>Action items</source>
      <translation>Actions</translation>
    </message>
    <message>
      <source>None captured.</source>
      <translation>Aucune saisie.</translation>
    </message>
  </context>
  <context>
    <name>meetings</name>
    <message>
      <source>{day} is more than two years away. Is that the date you meant?</source>
      <translation>Le {day} est dans plus de deux ans. Est-ce bien la date voulue ?</translation>
    </message>
    <message>
      <source>{day} is in the past. Plan the meeting for that day anyway?</source>
      <translation>Le {day} est passé. Planifier quand même la rencontre ce jour-là ?</translation>
    </message>
    <message>
      <source>Check the date</source>
      <translation>Vérifiez la date</translation>
    </message>
    <message>
      <source>&amp;Keep this date</source>
      <translation>&amp;Garder cette date</translation>
    </message>
    <message>
      <source>Plan meeting with {name}</source>
      <translation>Planifier une rencontre avec {name}</translation>
    </message>
    <message>
      <source>Reschedule the meeting with {name}</source>
      <translation>Reporter la rencontre avec {name}</translation>
    </message>
    <message>
      <source>Correct the meeting with {name}</source>
      <translation>Corriger la rencontre avec {name}</translation>
    </message>
    <message>
      <source>Cancel meeting {label}</source>
      <translation>Annuler la rencontre {label}</translation>
    </message>
    <message>
      <source>Cancelled the meeting {label}.</source>
      <translation>Rencontre {label} annulée.</translation>
    </message>
    <message>
      <source>Delete meeting {label}</source>
      <translation>Supprimer la rencontre {label}</translation>
    </message>
    <message numerus="yes">
      <source>its agenda (%n point(s))</source>
      <translation>
        <numerusform>son ordre du jour (%n point)</numerusform>
        <numerusform>son ordre du jour (%n points)</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) agenda</source>
      <translation>son ordre du jour (vide)</translation>
    </message>
    <message numerus="yes">
      <source>its notes (%n character(s)) and their history</source>
      <translation>
        <numerusform>ses notes (%n caractère) et leur historique</numerusform>
        <numerusform>ses notes (%n caractères) et leur historique</numerusform>
      </translation>
    </message>
    <message>
      <source>its (empty) notes</source>
      <translation>ses notes (vides)</translation>
    </message>
    <message>
      <source>its takeaways</source>
      <translation>ses enseignements</translation>
    </message>
    <message numerus="yes">
      <source>Its %n action item(s) stay in the Action items area, no longer linked to a meeting.</source>
      <translation>
        <numerusform>Son action reste dans la zone Actions, sans lien avec une rencontre.</numerusform>
        <numerusform>Ses %n actions restent dans la zone Actions, sans lien avec une rencontre.</numerusform>
      </translation>
    </message>
    <message>
      <source>To keep the record, cancel it instead.</source>
      <translation>Pour garder une trace, annulez-la plutôt.</translation>
    </message>
    <message>
      <source>End meeting with {name}</source>
      <translation>Terminer la rencontre avec {name}</translation>
    </message>
    <message>
      <source>Meeting marked held.</source>
      <translation>Rencontre marquée comme tenue.</translation>
    </message>
    <message>
      <source>Send the recap to {name}</source>
      <translation>Envoyer le récapitulatif à {name}</translation>
    </message>
    <message>
      <source>Mark private: {text}</source>
      <translation>Marquer comme privé : {text}</translation>
    </message>
    <message>
      <source>Mark not private: {text}</source>
      <translation>Ne plus marquer comme privé : {text}</translation>
    </message>
    <message>
      <source>Make the notes private</source>
      <translation>Rendre les notes privées</translation>
    </message>
    <message>
      <source>Share the notes again</source>
      <translation>Partager de nouveau les notes</translation>
    </message>
    <message>
      <source>Make the takeaways private</source>
      <translation>Rendre les enseignements privés</translation>
    </message>
    <message>
      <source>Share the takeaways again</source>
      <translation>Partager de nouveau les enseignements</translation>
    </message>
  </context>
  <context>
    <name>mentor_cadence</name>
    <message>
      <source>{interval} (agreed)</source>
      <translation>{interval} (convenu)</translation>
    </message>
    <message>
      <source>{day} · planned</source>
      <translation>{day} · prévue</translation>
    </message>
    <message>
      <source>next due {day}</source>
      <translation>prochaine échéance le {day}</translation>
    </message>
  </context>
  <context>
    <name>mentors</name>
    <message>
      <source>Add {name}</source>
      <translation>Ajouter {name}</translation>
    </message>
    <message>
      <source>Edit {name}</source>
      <translation>Modifier {name}</translation>
    </message>
    <message>
      <source>their profile and notes</source>
      <translation>son profil et ses notes</translation>
    </message>
    <message>
      <source>their tags ({tags})</source>
      <translation>ses étiquettes ({tags})</translation>
    </message>
    <message>
      <source>To keep the record, use Archive instead.</source>
      <translation>Pour garder une trace, utilisez plutôt Archiver.</translation>
    </message>
    <message>
      <source>Delete {name}</source>
      <translation>Supprimer {name}</translation>
    </message>
  </context>
  <context>
    <name>messages</name>
    <message>
      <source>{what} Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} Édition ▸ Annuler ({keys}) revient en arrière.</translation>
    </message>
    <message>
      <source>{what} — done. Edit ▸ Undo ({keys}) takes it back.</source>
      <translation>{what} — fait. Édition ▸ Annuler ({keys}) revient en arrière.</translation>
    </message>
    <message>
      <source>Could not do “{what}”: {reason}.</source>
      <translation>Impossible de faire « {what} » : {reason}.</translation>
    </message>
    <message>
      <source>the database is busy (another program is using it)</source>
      <translation>la base de données est occupée (un autre programme l’utilise)</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>le disque est plein</translation>
    </message>
    <message>
      <source>the data folder cannot be written to</source>
      <translation>le dossier de données n’est pas accessible en écriture</translation>
    </message>
    <message>
      <source>the disk reported an error</source>
      <translation>le disque a signalé une erreur</translation>
    </message>
    <message>
      <source>the database file is damaged</source>
      <translation>le fichier de base de données est endommagé</translation>
    </message>
    <message>
      <source>the change conflicts with other data (a mistake in MentorDesk)</source>
      <translation>la modification est en conflit avec d’autres données (une erreur dans MentorDesk)</translation>
    </message>
    <message>
      <source>something unexpected went wrong (a mistake in MentorDesk; see the log)</source>
      <translation>un problème inattendu est survenu (une erreur dans MentorDesk ; voir le journal)</translation>
    </message>
    <message>
      <source>Close the other program, then try again.</source>
      <translation>Fermez l’autre programme, puis réessayez.</translation>
    </message>
    <message>
      <source>Free some disk space, then try again.</source>
      <translation>Libérez de l’espace disque, puis réessayez.</translation>
    </message>
    <message>
      <source>Check that the data folder is yours and not read-only (Help ▸ About).</source>
      <translation>Vérifiez que le dossier de données vous appartient et n’est pas en lecture seule (Aide ▸ À propos).</translation>
    </message>
    <message>
      <source>Check the disk, then try again.</source>
      <translation>Vérifiez le disque, puis réessayez.</translation>
    </message>
    <message>
      <source>Quit MentorDesk and restore a backup (see the README).</source>
      <translation>Quittez MentorDesk et restaurez une sauvegarde (voir le README).</translation>
    </message>
    <message>
      <source>Nothing was changed.</source>
      <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
      <source>the {kind} it belongs to was deleted meanwhile</source>
      <translation>l’élément ({kind}) auquel il appartient a été supprimé entre-temps</translation>
    </message>
    <message>
      <source>this {kind} was deleted meanwhile</source>
      <translation>cet élément ({kind}) a été supprimé entre-temps</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Modifications non enregistrées</translation>
    </message>
    <message>
      <source>Your changes to {who} are not saved yet:</source>
      <translation>Vos modifications de {who} ne sont pas encore enregistrées :</translation>
    </message>
  </context>
  <context>
    <name>operation</name>
    <message>
      <source>Nothing to save: “{name}” is as stored.</source>
      <translation>Rien à enregistrer : « {name} » est tel qu’enregistré.</translation>
    </message>
    <message>
      <source>This also removes {what}.</source>
      <translation>Cela retire aussi {what}.</translation>
    </message>
    <message>
      <source>Nothing else goes with it.</source>
      <translation>Rien d’autre n’est retiré.</translation>
    </message>
    <message>
      <source>Delete the {kind} “{title}”?</source>
      <translation>Supprimer « {title} » ({kind}) ?</translation>
    </message>
    <message>
      <source>Delete the {kind} {title}?</source>
      <translation>Supprimer {title} ({kind}) ?</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Édition ▸ Annuler le ramène.</translation>
    </message>
    <message>
      <source>Delete {kind}</source>
      <translation>Supprimer : {kind}</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
  </context>
  <context>
    <name>panel</name>
    <message>
      <source>Start from a template</source>
      <translation>Partir d’un modèle</translation>
    </message>
    <message>
      <source>Compare versions…</source>
      <translation>Comparer les versions…</translation>
    </message>
    <message>
      <source>Export</source>
      <translation>Exporter</translation>
    </message>
    <message>
      <source>As Markdown…</source>
      <translation>En Markdown…</translation>
    </message>
    <message>
      <source>As PDF to sign…</source>
      <translation>En PDF à signer…</translation>
    </message>
    <message>
      <source>Delete agreement…</source>
      <translation>Supprimer l’accord…</translation>
    </message>
    <message>
      <source>Replace what you typed?</source>
      <translation>Remplacer ce que vous avez saisi ?</translation>
    </message>
    <message>
      <source>Fill the agreement from “{name}”, replacing what you typed?</source>
      <translation>Remplir l’accord à partir de « {name} », en remplaçant ce que vous avez saisi ?</translation>
    </message>
    <message>
      <source>Replace</source>
      <translation>Remplacer</translation>
    </message>
    <message>
      <source>Filled from “{name}”: edit it, then save.</source>
      <translation>Rempli à partir de « {name} » : modifiez-le, puis enregistrez.</translation>
    </message>
  </context>
  <context>
    <name>presenting</name>
    <message>
      <source>&amp;Presenting (Hide Private Items)</source>
      <translation>&amp;Présentation (masquer le privé)</translation>
    </message>
    <message>
      <source>{lock} Presenting: private items are hidden</source>
      <translation>{lock} Présentation : les éléments privés sont masqués</translation>
    </message>
  </context>
  <context>
    <name>privacy</name>
    <message>
      <source>[Private]</source>
      <translation>[Privé]</translation>
    </message>
    <message>
      <source>Private (Never Copied or Sent)</source>
      <translation>Privé (jamais copié ni envoyé)</translation>
    </message>
    <message>
      <source>Private: never in anything copied or sent</source>
      <translation>Privé : jamais dans ce qui est copié ou envoyé</translation>
    </message>
  </context>
  <context>
    <name>prospects</name>
    <message>
      <source>Goals {name} fits</source>
      <translation>Objectifs auxquels {name} correspond</translation>
    </message>
    <message>
      <source>{step} {name}</source>
      <translation>{step} {name}</translation>
    </message>
    <message>
      <source>Delete an outreach step</source>
      <translation>Supprimer une étape de prise de contact</translation>
    </message>
    <message>
      <source>Promote {name} to active mentor</source>
      <translation>Promouvoir {name} en mentor actif</translation>
    </message>
    <message>
      <source>{name} is an active mentor now.</source>
      <translation>{name} est maintenant un mentor actif.</translation>
    </message>
  </context>
  <context>
    <name>recap</name>
    <message>
      <source>Send recap</source>
      <translation>Envoyer le récapitulatif</translation>
    </message>
    <message>
      <source>Recap sent on {when} ({how}).</source>
      <translation>Récapitulatif envoyé le {when} ({how}).</translation>
    </message>
    <message>
      <source>Exactly this text is copied, mailed or saved. Private agenda points and action items are left out, and so are your notes and takeaways.</source>
      <translation>Exactement ce texte est copié, envoyé ou enregistré. Les points et actions privés en sont exclus, tout comme vos notes et vos enseignements.</translation>
    </message>
    <message>
      <source>Recap for {name}</source>
      <translation>Récapitulatif pour {name}</translation>
    </message>
    <message>
      <source>{name} recap {day}.md</source>
      <translation>{name} récapitulatif {day}.md</translation>
    </message>
    <message>
      <source>Thank you – our meeting on {day}</source>
      <translation>Merci – notre rencontre du {day}</translation>
    </message>
    <message>
      <source>(by {day})</source>
      <translation>(d’ici le {day})</translation>
    </message>
    <message>
      <source>, and I will report back to you on it</source>
      <translation>, et je vous en rendrai compte</translation>
    </message>
    <message>
      <source>Hi {name},</source>
      <translation>Bonjour {name},</translation>
    </message>
    <message>
      <source>Thank you for your time on {day}. It helped a lot.</source>
      <translation>Merci pour le temps que vous m’avez accordé le {day}. Cela m’a été très utile.</translation>
    </message>
    <message>
      <source>What we discussed:</source>
      <translation>Ce dont nous avons parlé :</translation>
    </message>
    <message>
      <source>What I will do:</source>
      <translation>Ce que je vais faire :</translation>
    </message>
    <message>
      <source>I will report back to you on:</source>
      <translation>Je vous rendrai compte de :</translation>
    </message>
    <message>
      <source>I will suggest a time for our next meeting soon.</source>
      <translation>Je vous proposerai bientôt un moment pour notre prochaine rencontre.</translation>
    </message>
    <message>
      <source>Our next meeting: {when} ({how}{place}).</source>
      <translation>Notre prochaine rencontre : {when} ({how}{place}).</translation>
    </message>
    <message>
      <source>Best regards,</source>
      <translation>Cordialement,</translation>
    </message>
    <message>
      <source>(your name)</source>
      <translation>(votre nom)</translation>
    </message>
  </context>
  <context>
    <name>record_editor</name>
    <message>
      <source>It could not be saved.</source>
      <translation>Impossible d’enregistrer.</translation>
    </message>
  </context>
  <context>
    <name>reminders</name>
    <message numerus="yes">
      <source>%n open action item(s)</source>
      <translation>
        <numerusform>%n action en cours</numerusform>
        <numerusform>%n actions en cours</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n to report back</source>
      <translation>
        <numerusform>%n à rendre compte</numerusform>
        <numerusform>%n à rendre compte</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda: {points}</source>
      <translation>Ordre du jour : {points}</translation>
    </message>
    <message>
      <source>No agenda yet, nothing open.</source>
      <translation>Pas encore d’ordre du jour, rien en cours.</translation>
    </message>
    <message>
      <source>Meeting with {name} at {time}</source>
      <translation>Rencontre avec {name} à {time}</translation>
    </message>
    <message>
      <source>Open brief</source>
      <translation>Ouvrir la préparation</translation>
    </message>
    <message>
      <source>{name} is overdue for a meeting ({days}).</source>
      <translation>{name} est à revoir, avec du retard ({days}).</translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) are overdue for a meeting: {names}.</source>
      <translation>
        <numerusform>%n mentor est à revoir, en retard : {names}.</numerusform>
        <numerusform>%n mentors sont à revoir, en retard : {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Time to meet</source>
      <translation>À revoir</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s): {which}.</source>
      <translation>
        <numerusform>%n rencontre : {which}.</numerusform>
        <numerusform>%n rencontres : {which}.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n mentor(s) now overdue: {names}.</source>
      <translation>
        <numerusform>%n mentor désormais en retard : {names}.</numerusform>
        <numerusform>%n mentors désormais en retard : {names}.</numerusform>
      </translation>
    </message>
    <message>
      <source>While MentorDesk was closed</source>
      <translation>Pendant que MentorDesk était fermé</translation>
    </message>
    <message>
      <source>Open Dashboard</source>
      <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
      <source>Reminders could not be checked: {problem}.</source>
      <translation>Les rappels n’ont pas pu être vérifiés : {problem}.</translation>
    </message>
  </context>
  <context>
    <name>sample_data</name>
    <message numerus="yes">
      <source>Added %n fictional mentor(s) to explore.</source>
      <translation>
        <numerusform>%n mentor fictif ajouté pour explorer.</numerusform>
        <numerusform>%n mentors fictifs ajoutés pour explorer.</numerusform>
      </translation>
    </message>
    <message>
      <source>Load sample data</source>
      <translation>Charger les données d’exemple</translation>
    </message>
    <message>
      <source>Add sample data?</source>
      <translation>Ajouter les données d’exemple ?</translation>
    </message>
    <message>
      <source>Add five fictional mentors, with meetings, goals and action items, beside your own?</source>
      <translation>Ajouter cinq mentors fictifs, avec rencontres, objectifs et actions, à côté des vôtres ?</translation>
    </message>
    <message>
      <source>Add sample data</source>
      <translation>Ajouter les données d’exemple</translation>
    </message>
    <message>
      <source>They are marked “sample” in the lists, and File ▸ Remove Sample Data takes them all away again; your own data is never touched.</source>
      <translation>Ils sont marqués « exemple » dans les listes, et Fichier ▸ Retirer les données d’exemple les retire tous ; vos propres données ne sont jamais touchées.</translation>
    </message>
    <message numerus="yes">
      <source>Remove the %n fictional mentor(s), with their meetings and action items?</source>
      <translation>
        <numerusform>Retirer le %n mentor fictif, avec ses rencontres et ses actions ?</numerusform>
        <numerusform>Retirer les %n mentors fictifs, avec leurs rencontres et leurs actions ?</numerusform>
      </translation>
    </message>
    <message>
      <source>Remove sample data</source>
      <translation>Retirer les données d’exemple</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Retirer</translation>
    </message>
    <message>
      <source>Your own mentors and notes are not touched. Edit ▸ Undo brings the sample back.</source>
      <translation>Vos propres mentors et notes ne sont pas touchés. Édition ▸ Annuler ramène les exemples.</translation>
    </message>
    <message>
      <source>Removed the sample data.</source>
      <translation>Données d’exemple retirées.</translation>
    </message>
  </context>
  <context>
    <name>self.panel</name>
    <message>
      <source>From a file…</source>
      <translation>À partir d’un fichier…</translation>
    </message>
    <message>
      <source>Start from a template file</source>
      <translation>Partir d’un fichier modèle</translation>
    </message>
    <message>
      <source>Agreement templates (*.json)</source>
      <translation>Modèles d’accord (*.json)</translation>
    </message>
    <message>
      <source>Your name</source>
      <translation>Votre nom</translation>
    </message>
    <message>
      <source>Your name, as it should appear on the agreement:</source>
      <translation>Votre nom, tel qu’il doit apparaître sur l’accord :</translation>
    </message>
    <message>
      <source>Export the agreement</source>
      <translation>Exporter l’accord</translation>
    </message>
    <message>
      <source>Could not write {file}: {reason}.</source>
      <translation>Impossible d’écrire {file} : {reason}.</translation>
    </message>
    <message>
      <source>Exported to {file}.</source>
      <translation>Exporté vers {file}.</translation>
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
      <translation>Choisissez le mentor dont vient ce conseil.</translation>
    </message>
    <message>
      <source>That meeting no longer exists.</source>
      <translation>Cette rencontre n’existe plus.</translation>
    </message>
    <message>
      <source>Keep it under {most} characters; the notes can hold the rest.</source>
      <translation>Restez sous {most} caractères ; les notes peuvent contenir le reste.</translation>
    </message>
    <message>
      <source>Choose open, done or dropped.</source>
      <translation>Choisissez en cours, fait ou abandonné.</translation>
    </message>
    <message>
      <source>The done date cannot be in the future.</source>
      <translation>La date de réalisation ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <source>Choose a status from the list.</source>
      <translation>Choisissez un statut dans la liste.</translation>
    </message>
    <message>
      <source>This version was agreed, so it cannot become a draft again. Change its terms to start a new version.</source>
      <translation>Cette version a été convenue, elle ne peut donc plus redevenir un brouillon. Modifiez ses termes pour commencer une nouvelle version.</translation>
    </message>
    <message>
      <source>Choose a format from the list.</source>
      <translation>Choisissez un format dans la liste.</translation>
    </message>
    <message>
      <source>Choose how touches count from the list.</source>
      <translation>Choisissez dans la liste comment comptent les échanges.</translation>
    </message>
    <message>
      <source>Meet at least once: the frequency must be 1 or more.</source>
      <translation>Voyez-vous au moins une fois : la fréquence doit être de 1 ou plus.</translation>
    </message>
    <message>
      <source>Use at most {most} (or a larger unit).</source>
      <translation>Au plus {most} (ou une unité plus grande).</translation>
    </message>
    <message>
      <source>Choose days, weeks or months.</source>
      <translation>Choisissez jours, semaines ou mois.</translation>
    </message>
    <message>
      <source>Plan between 1 minute and 24 hours.</source>
      <translation>Prévoyez entre 1 minute et 24 heures.</translation>
    </message>
    <message>
      <source>Enter a web address such as {example}.</source>
      <translation>Saisissez une adresse web comme {example}.</translation>
    </message>
    <message>
      <source>The review date is before the start date.</source>
      <translation>La date de révision est avant la date de début.</translation>
    </message>
    <message>
      <source>The review date is after the end date.</source>
      <translation>La date de révision est après la date de fin.</translation>
    </message>
    <message>
      <source>The end date is before the start date.</source>
      <translation>La date de fin est avant la date de début.</translation>
    </message>
    <message>
      <source>A new agreement cannot have ended already: choose a later end date.</source>
      <translation>Un nouvel accord ne peut pas être déjà terminé : choisissez une date de fin plus tardive.</translation>
    </message>
    <message>
      <source>The agreed-on date cannot be in the future.</source>
      <translation>La date de l’accord ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <source>Keep this under {most} characters.</source>
      <translation>Restez sous {most} caractères.</translation>
    </message>
    <message>
      <source>Give it a title, so you can find it again.</source>
      <translation>Donnez-lui un titre pour le retrouver.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters.</source>
      <translation>Le titre doit faire moins de {most} caractères.</translation>
    </message>
    <message>
      <source>Enter a web address (https://…) or an email link (mailto:…).</source>
      <translation>Saisissez une adresse web (https://…) ou un lien e-mail (mailto:…).</translation>
    </message>
    <message>
      <source>The mentorship cannot end in the future: choose today or earlier.</source>
      <translation>Le mentorat ne peut pas se terminer dans le futur : choisissez aujourd’hui ou avant.</translation>
    </message>
    <message>
      <source>Keep in touch every 1 to {most} days, weeks or months.</source>
      <translation>Rester en contact tous les 1 à {most} jours, semaines ou mois.</translation>
    </message>
    <message>
      <source>A goal you ticked was deleted meanwhile: tick again.</source>
      <translation>Un objectif coché a été supprimé entre-temps : cochez à nouveau.</translation>
    </message>
    <message>
      <source>Write the idea: what will you give back?</source>
      <translation>Écrivez l’idée : qu’allez-vous donner en retour ?</translation>
    </message>
    <message>
      <source>Keep the idea under {most} characters; the note can hold more.</source>
      <translation>Gardez l’idée sous {most} caractères ; la note peut en contenir plus.</translation>
    </message>
    <message>
      <source>Choose the mentor this is for.</source>
      <translation>Choisissez le mentor concerné.</translation>
    </message>
    <message>
      <source>Choose a kind from the list.</source>
      <translation>Choisissez un type dans la liste.</translation>
    </message>
    <message>
      <source>Choose idea, planned or done.</source>
      <translation>Choisissez idée, prévue ou faite.</translation>
    </message>
    <message>
      <source>Keep the note under {most} characters.</source>
      <translation>Gardez la note sous {most} caractères.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile: choose another.</source>
      <translation>Ce mentor a été supprimé entre-temps : choisissez-en un autre.</translation>
    </message>
    <message>
      <source>An action item you chose was deleted meanwhile: choose again.</source>
      <translation>Une action choisie a été supprimée entre-temps : choisissez à nouveau.</translation>
    </message>
    <message>
      <source>That action item was deleted meanwhile.</source>
      <translation>Cette action a été supprimée entre-temps.</translation>
    </message>
    <message>
      <source>This mentor was deleted meanwhile.</source>
      <translation>Ce mentor a été supprimé entre-temps.</translation>
    </message>
    <message>
      <source>Name the goal.</source>
      <translation>Nommez l’objectif.</translation>
    </message>
    <message>
      <source>Keep the title under {most} characters; the why can hold more.</source>
      <translation>Gardez le titre sous {most} caractères ; le pourquoi peut en contenir plus.</translation>
    </message>
    <message>
      <source>The target date is in the past: choose today or a later day.</source>
      <translation>La date cible est passée : choisissez aujourd’hui ou un jour ultérieur.</translation>
    </message>
    <message>
      <source>The target date is before the goal was created: choose a later day.</source>
      <translation>La date cible est antérieure à la création de l’objectif : choisissez un jour ultérieur.</translation>
    </message>
    <message>
      <source>Choose active, achieved or dropped.</source>
      <translation>Choisissez actif, atteint ou abandonné.</translation>
    </message>
    <message>
      <source>Choose how progress is measured.</source>
      <translation>Choisissez comment la progression est mesurée.</translation>
    </message>
    <message>
      <source>A mentor you chose was deleted meanwhile: choose again.</source>
      <translation>Un mentor choisi a été supprimé entre-temps : choisissez à nouveau.</translation>
    </message>
    <message>
      <source>Progress is a percentage: a whole number from 0 to 100.</source>
      <translation>La progression est un pourcentage : un nombre entier de 0 à 100.</translation>
    </message>
    <message>
      <source>The day of an update cannot be in the future.</source>
      <translation>Le jour d’une mise à jour ne peut pas être dans le futur.</translation>
    </message>
    <message>
      <source>Keep the comment under {most} characters.</source>
      <translation>Gardez le commentaire sous {most} caractères.</translation>
    </message>
    <message>
      <source>This meeting was held; correct its time with Edit instead.</source>
      <translation>Cette rencontre a eu lieu ; corrigez plutôt son heure avec Modifier.</translation>
    </message>
    <message>
      <source>The meeting time needs a time zone.</source>
      <translation>L’heure de la rencontre a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <source>Only a held meeting has a held time.</source>
      <translation>Seule une rencontre tenue a une heure de tenue.</translation>
    </message>
    <message>
      <source>The time needs a time zone.</source>
      <translation>L’heure a besoin d’un fuseau horaire.</translation>
    </message>
    <message>
      <source>Choose the mentor you are meeting.</source>
      <translation>Choisissez le mentor que vous rencontrez.</translation>
    </message>
    <message>
      <source>Enter between 1 minute and 24 hours.</source>
      <translation>Saisissez entre 1 minute et 24 heures.</translation>
    </message>
    <message>
      <source>Rate the meeting from 1 to 5.</source>
      <translation>Notez la rencontre de 1 à 5.</translation>
    </message>
    <message>
      <source>This meeting was already marked held.</source>
      <translation>Cette rencontre est déjà marquée comme tenue.</translation>
    </message>
    <message>
      <source>Use at most {most}.</source>
      <translation>Au plus {most}.</translation>
    </message>
    <message>
      <source>Enter the mentor's name.</source>
      <translation>Saisissez le nom du mentor.</translation>
    </message>
    <message>
      <source>The name is too long (at most {most} characters).</source>
      <translation>Le nom est trop long (au plus {most} caractères).</translation>
    </message>
    <message>
      <source>This does not look like an email address (name@example.com).</source>
      <translation>Cela ne ressemble pas à une adresse e-mail (nom@example.com).</translation>
    </message>
    <message>
      <source>Enter a web address such as https://example.com/profile.</source>
      <translation>Saisissez une adresse web comme https://example.com/profile.</translation>
    </message>
    <message>
      <source>Choose a time zone from the list, such as Europe/London.</source>
      <translation>Choisissez un fuseau horaire dans la liste, comme Europe/Paris.</translation>
    </message>
    <message>
      <source>Choose internal or external from the list.</source>
      <translation>Choisissez interne ou externe dans la liste.</translation>
    </message>
    <message>
      <source>Choose where you found them from the list.</source>
      <translation>Choisissez dans la liste où vous avez trouvé cette personne.</translation>
    </message>
    <message>
      <source>Choose a preferred channel from the list.</source>
      <translation>Choisissez un canal préféré dans la liste.</translation>
    </message>
    <message>
      <source>Use digits, spaces and + - ( ) only, like +44 20 7946 0018.</source>
      <translation>Utilisez seulement des chiffres, des espaces et + - ( ), comme +33 1 42 68 53 00.</translation>
    </message>
    <message>
      <source>A phone number has at least 5 digits, like +44 20 7946 0018.</source>
      <translation>Un numéro de téléphone a au moins 5 chiffres, comme +33 1 42 68 53 00.</translation>
    </message>
    <message>
      <source>A phone number has at most 20 digits.</source>
      <translation>Un numéro de téléphone a au plus 20 chiffres.</translation>
    </message>
    <message>
      <source>Choose asked, followed up or answered.</source>
      <translation>Choisissez sollicité, relancé ou a répondu.</translation>
    </message>
    <message>
      <source>A step cannot be in the future: record it once it happened.</source>
      <translation>Une étape ne peut pas être dans le futur : notez-la une fois qu’elle a eu lieu.</translation>
    </message>
    <message>
      <source>Follow up after the step, not before it.</source>
      <translation>Relancez après l’étape, pas avant.</translation>
    </message>
    <message>
      <source>Write the topic: what do you want to bring up?</source>
      <translation>Écrivez le sujet : que voulez-vous aborder ?</translation>
    </message>
    <message>
      <source>Keep a topic under {most} characters.</source>
      <translation>Gardez un sujet sous {most} caractères.</translation>
    </message>
    <message>
      <source>Choose open, discussed or dropped.</source>
      <translation>Choisissez en attente, abordé ou abandonné.</translation>
    </message>
    <message>
      <source>Choose email, message, call or chat.</source>
      <translation>Choisissez e-mail, message, appel ou discussion.</translation>
    </message>
    <message>
      <source>A touch is something that happened: choose today or a day before.</source>
      <translation>Un échange est quelque chose qui a eu lieu : choisissez aujourd’hui ou un jour avant.</translation>
    </message>
    <message>
      <source>Keep it to one line (under {most} characters).</source>
      <translation>Tenez-vous-en à une ligne (moins de {most} caractères).</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Theme</source>
      <translation>Thème</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Your name, on exported agreements</source>
      <translation>Votre nom, sur les accords exportés</translation>
    </message>
    <message>
      <source>Reminders while MentorDesk runs</source>
      <translation>Rappels pendant que MentorDesk fonctionne</translation>
    </message>
    <message>
      <source>Keep a calendar file in this folder</source>
      <translation>Tenir un fichier de calendrier dans ce dossier</translation>
    </message>
    <message>
      <source>Calendar reminder, minutes before each meeting</source>
      <translation>Rappel du calendrier, en minutes avant chaque rencontre</translation>
    </message>
    <message>
      <source>Meetings before a give-back nudge</source>
      <translation>Rencontres avant un rappel de donner en retour</translation>
    </message>
    <message>
      <source>Days without giving back before a nudge</source>
      <translation>Jours sans donner en retour avant un rappel</translation>
    </message>
    <message>
      <source>Largest file to attach, in MB</source>
      <translation>Plus grand fichier à joindre, en Mo</translation>
    </message>
    <message>
      <source>Lock after this many idle minutes</source>
      <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
  </context>
  <context>
    <name>sync</name>
    <message numerus="yes">
      <source>%n change(s) from “{laptop}”.</source>
      <translation>
        <numerusform>%n modification de « {laptop} ».</numerusform>
        <numerusform>%n modifications de « {laptop} ».</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n change(s) from {laptops}.</source>
      <translation>
        <numerusform>%n modification de {laptops}.</numerusform>
        <numerusform>%n modifications de {laptops}.</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync did not run: {reason}</source>
      <translation>La synchronisation n’a pas eu lieu : {reason}</translation>
    </message>
    <message>
      <source>Sync is paused: {reason}</source>
      <translation>Synchronisation en pause : {reason}</translation>
    </message>
    <message>
      <source>Sync could not finish: {reason}</source>
      <translation>La synchronisation n’a pas pu se terminer : {reason}</translation>
    </message>
    <message numerus="yes">
      <source>%n edit(s) made on two laptops at once: the newer was kept (File ▸ Sync…).</source>
      <translation>
        <numerusform>%n modification faite sur deux ordinateurs à la fois : la plus récente a été gardée (Fichier ▸ Synchronisation…).</numerusform>
        <numerusform>%n modifications faites sur deux ordinateurs à la fois : la plus récente a été gardée (Fichier ▸ Synchronisation…).</numerusform>
      </translation>
    </message>
    <message>
      <source>Sync is not set up: choose a sync folder in Edit ▸ Preferences ▸ Sync.</source>
      <translation>La synchronisation n’est pas configurée : choisissez un dossier dans Édition ▸ Préférences ▸ Synchronisation.</translation>
    </message>
    <message>
      <source>Sync is running already.</source>
      <translation>La synchronisation est déjà en cours.</translation>
    </message>
    <message>
      <source>S&amp;ync Now</source>
      <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
      <source>Sy&amp;nc…</source>
      <translation>Sy&amp;nchronisation…</translation>
    </message>
    <message>
      <source>Restore “{value}”</source>
      <translation>Restaurer « {value} »</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (“{laptop}”).</source>
      <translation>
        <numerusform>En attente de %n fichier à télécharger depuis le cloud (« {laptop} »).</numerusform>
        <numerusform>En attente de %n fichiers à télécharger depuis le cloud (« {laptop} »).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Waiting for %n file(s) to download from the cloud (another laptop).</source>
      <translation>
        <numerusform>En attente de %n fichier à télécharger depuis le cloud (un autre ordinateur).</numerusform>
        <numerusform>En attente de %n fichiers à télécharger depuis le cloud (un autre ordinateur).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>syncDecisions</name>
    <message>
      <source>Actual length</source>
      <translation>Durée réelle</translation>
    </message>
    <message>
      <source>Affiliation</source>
      <translation>Affiliation</translation>
    </message>
    <message>
      <source>Agreed on</source>
      <translation>Convenu le</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>Boundaries</source>
      <translation>Limites</translation>
    </message>
    <message>
      <source>Meet every</source>
      <translation>Se voir tous les</translation>
    </message>
    <message>
      <source>Comment</source>
      <translation>Commentaire</translation>
    </message>
    <message>
      <source>Confidentiality</source>
      <translation>Confidentialité</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Fait</translation>
    </message>
    <message>
      <source>Done on</source>
      <translation>Fait le</translation>
    </message>
    <message>
      <source>Due date</source>
      <translation>Échéance</translation>
    </message>
    <message>
      <source>Typical length</source>
      <translation>Durée habituelle</translation>
    </message>
    <message>
      <source>Email</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>End date</source>
      <translation>Date de fin</translation>
    </message>
    <message>
      <source>Ended on</source>
      <translation>Terminé le</translation>
    </message>
    <message>
      <source>File name</source>
      <translation>Nom du fichier</translation>
    </message>
    <message>
      <source>Why they fit</source>
      <translation>Pourquoi cette personne convient</translation>
    </message>
    <message>
      <source>Follow up on</source>
      <translation>Relancer le</translation>
    </message>
    <message>
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <source>Meeting frequency</source>
      <translation>Fréquence des rencontres</translation>
    </message>
    <message>
      <source>Goals</source>
      <translation>Objectifs</translation>
    </message>
    <message>
      <source>Idea</source>
      <translation>Idée</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>What I learned</source>
      <translation>Ce que j’ai appris</translation>
    </message>
    <message>
      <source>Link</source>
      <translation>Lien</translation>
    </message>
    <message>
      <source>Place</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>The mentor commits to</source>
      <translation>Le mentor s’engage à</translation>
    </message>
    <message>
      <source>I commit to</source>
      <translation>Je m’engage à</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <source>Private</source>
      <translation>Privé</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisation</translation>
    </message>
    <message>
      <source>Outcome</source>
      <translation>Résultat</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>Planned length</source>
      <translation>Durée prévue</translation>
    </message>
    <message>
      <source>Planned for</source>
      <translation>Prévu pour</translation>
    </message>
    <message>
      <source>Preferred channel</source>
      <translation>Canal préféré</translation>
    </message>
    <message>
      <source>Profile link</source>
      <translation>Lien du profil</translation>
    </message>
    <message>
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <source>Purpose</source>
      <translation>Objet</translation>
    </message>
    <message>
      <source>Questions</source>
      <translation>Questions</translation>
    </message>
    <message>
      <source>Rating</source>
      <translation>Note</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Raison</translation>
    </message>
    <message>
      <source>Recurring points</source>
      <translation>Points récurrents</translation>
    </message>
    <message>
      <source>Report back</source>
      <translation>Rendre compte</translation>
    </message>
    <message>
      <source>Reported on</source>
      <translation>Rapporté le</translation>
    </message>
    <message>
      <source>Review date</source>
      <translation>Date de révision</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Sections</source>
      <translation>Sections</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Envoyé</translation>
    </message>
    <message>
      <source>Sent how</source>
      <translation>Envoyé par</translation>
    </message>
    <message>
      <source>Start date</source>
      <translation>Date de début</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Success criteria</source>
      <translation>Critères de réussite</translation>
    </message>
    <message>
      <source>Takeaways</source>
      <translation>Enseignements</translation>
    </message>
    <message>
      <source>Target date</source>
      <translation>Date cible</translation>
    </message>
    <message>
      <source>Thanks</source>
      <translation>Remerciement</translation>
    </message>
    <message>
      <source>Time zone</source>
      <translation>Fuseau horaire</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Topics</source>
      <translation>Sujets</translation>
    </message>
    <message>
      <source>Web address</source>
      <translation>Adresse web</translation>
    </message>
    <message>
      <source>Where found</source>
      <translation>Trouvé via</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Pourquoi</translation>
    </message>
    <message>
      <source>(empty)</source>
      <translation>(vide)</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <source>no</source>
      <translation>non</translation>
    </message>
    <message>
      <source>this laptop</source>
      <translation>cet ordinateur</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>un autre ordinateur</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>{kind} « {record} » a été supprimé sur un ordinateur pendant qu’il était modifié sur « {laptop} » : il a été gardé, avec la modification.</translation>
    </message>
    <message>
      <source>A record ({kind}) was deleted on one laptop while it was edited on “{laptop}”: it was kept, with the edit.</source>
      <translation>Un élément ({kind}) a été supprimé sur un ordinateur pendant qu’il était modifié sur « {laptop} » : il a été gardé, avec la modification.</translation>
    </message>
    <message>
      <source>The {kind} “{record}” was deleted on one laptop while its field “{field}” was edited on another; the edited text is kept here: “{lost}”.</source>
      <translation>{kind} « {record} » a été supprimé sur un ordinateur pendant que son champ « {field} » était modifié sur un autre ; le texte modifié est gardé ici : « {lost} ».</translation>
    </message>
    <message>
      <source>{field} of the {kind} “{record}”: changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} de {kind} « {record} » : changé en « {lost} » sur « {lost_laptop} » et en « {kept} » sur « {kept_laptop} ». Le plus récent, « {kept} », a été gardé ; Restaurer rétablit « {lost} ».</translation>
    </message>
    <message>
      <source>{field} ({kind}): changed to “{lost}” on “{lost_laptop}” and to “{kept}” on “{kept_laptop}”. The newer, “{kept}”, was kept; Restore brings back “{lost}”.</source>
      <translation>{field} ({kind}) : changé en « {lost} » sur « {lost_laptop} » et en « {kept} » sur « {kept_laptop} ». Le plus récent, « {kept} », a été gardé ; Restaurer rétablit « {lost} ».</translation>
    </message>
  </context>
  <context>
    <name>syncWaiting</name>
    <message>
      <source>“{name}”</source>
      <translation>« {name} »</translation>
    </message>
    <message>
      <source>another laptop</source>
      <translation>un autre ordinateur</translation>
    </message>
    <message>
      <source>Waiting for batch {number} from {laptop}: later ones have arrived, this one has not yet.</source>
      <translation>En attente du lot {number} de {laptop} : des lots suivants sont arrivés, pas encore celui-ci.</translation>
    </message>
    <message>
      <source>{file} is not a batch MentorDesk can read; it is left alone.</source>
      <translation>{file} n’est pas un lot que MentorDesk peut lire ; il est laissé tel quel.</translation>
    </message>
    <message>
      <source>Some note edits in batch {number} from {laptop} wait for an earlier edit of the same note that has not arrived yet; those notes keep their text until it does.</source>
      <translation>Certaines modifications de notes du lot {number} de {laptop} attendent une modification antérieure de la même note, pas encore arrivée ; ces notes gardent leur texte jusque-là.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is not encrypted: that laptop's data is not encrypted, and this sync folder's batches are. Turn encryption on there with the passphrase this sync folder was set up with; nothing from it is applied until then.</source>
      <translation>Le lot {number} de {laptop} n’est pas chiffré : les données de cet ordinateur ne sont pas chiffrées, alors que les lots de ce dossier de synchronisation le sont. Activez-y le chiffrement avec la phrase secrète choisie quand ce dossier de synchronisation a été configuré ; rien n’en est appliqué d’ici là.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} was written by a newer MentorDesk: update MentorDesk on this laptop to receive it.</source>
      <translation>Le lot {number} de {laptop} a été écrit par un MentorDesk plus récent : mettez à jour MentorDesk sur cet ordinateur pour le recevoir.</translation>
    </message>
    <message>
      <source>Batch {number} from {laptop} is still arriving; it will be read next time.</source>
      <translation>Le lot {number} de {laptop} est encore en cours d’arrivée ; il sera lu la prochaine fois.</translation>
    </message>
  </context>
  <context>
    <name>templates</name>
    <message>
      <source>Edit the template “{name}”</source>
      <translation>Modifier le modèle « {name} »</translation>
    </message>
    <message>
      <source>{name} (copy)</source>
      <translation>{name} (copie)</translation>
    </message>
    <message>
      <source>Duplicate the template “{name}”</source>
      <translation>Dupliquer le modèle « {name} »</translation>
    </message>
    <message>
      <source>Restore the original</source>
      <translation>Restaurer l’original</translation>
    </message>
    <message>
      <source>Put back the template “{name}” as it came with MentorDesk?</source>
      <translation>Rétablir le modèle « {name} » tel que fourni avec MentorDesk ?</translation>
    </message>
    <message>
      <source>Restore</source>
      <translation>Restaurer</translation>
    </message>
    <message>
      <source>Restore the template “{name}”</source>
      <translation>Restaurer le modèle « {name} »</translation>
    </message>
    <message>
      <source>Delete template</source>
      <translation>Supprimer le modèle</translation>
    </message>
    <message>
      <source>Delete the template “{name}”? Meetings planned from it keep their agenda.</source>
      <translation>Supprimer le modèle « {name} » ? Les rencontres planifiées avec ce modèle gardent leur ordre du jour.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Supprimer</translation>
    </message>
    <message>
      <source>Delete the template “{name}”</source>
      <translation>Supprimer le modèle « {name} »</translation>
    </message>
    <message>
      <source>Edit ▸ Undo brings it back.</source>
      <translation>Édition ▸ Annuler le ramène.</translation>
    </message>
  </context>
  <context>
    <name>touch_in_sentence</name>
    <message>
      <source>email</source>
      <translation>e-mail</translation>
    </message>
    <message>
      <source>message</source>
      <translation>message</translation>
    </message>
    <message>
      <source>call</source>
      <translation>appel</translation>
    </message>
    <message>
      <source>corridor chat</source>
      <translation>discussion de couloir</translation>
    </message>
  </context>
  <context>
    <name>undo</name>
    <message>
      <source>Undid: {what}</source>
      <translation>Annulé : {what}</translation>
    </message>
    <message>
      <source>Redid: {what}</source>
      <translation>Rétabli : {what}</translation>
    </message>
    <message>
      <source>Could not undo “{what}”: {reason}.</source>
      <translation>Impossible d’annuler « {what} » : {reason}.</translation>
    </message>
    <message>
      <source>Could not redo “{what}”: {reason}.</source>
      <translation>Impossible de rétablir « {what} » : {reason}.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>Rétablir</translation>
    </message>
    <message>
      <source>Nothing was changed. The step is removed from Edit ▸ Undo.</source>
      <translation>Rien n’a été modifié. L’étape est retirée d’Édition ▸ Annuler.</translation>
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
        <numerusform>%n mentors</numerusform>
      </translation>
    </message>
    <message>
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>étiquette</translation>
    </message>
    <message numerus="yes">
      <source>%n tag(s)</source>
      <translation>
        <numerusform>%n étiquette</numerusform>
        <numerusform>%n étiquettes</numerusform>
      </translation>
    </message>
    <message>
      <source>Tag</source>
      <translation>Étiquette</translation>
    </message>
    <message numerus="yes">
      <source>their %n tag(s)</source>
      <translation>
        <numerusform>son étiquette</numerusform>
        <numerusform>ses %n étiquettes</numerusform>
      </translation>
    </message>
    <message>
      <source>status change</source>
      <translation>changement de statut</translation>
    </message>
    <message numerus="yes">
      <source>%n status change(s)</source>
      <translation>
        <numerusform>%n changement de statut</numerusform>
        <numerusform>%n changements de statut</numerusform>
      </translation>
    </message>
    <message>
      <source>Status change</source>
      <translation>Changement de statut</translation>
    </message>
    <message numerus="yes">
      <source>their status history (%n entry/entries)</source>
      <translation>
        <numerusform>son historique de statut (%n entrée)</numerusform>
        <numerusform>son historique de statut (%n entrées)</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting</source>
      <translation>rencontre</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s)</source>
      <translation>
        <numerusform>%n rencontre</numerusform>
        <numerusform>%n rencontres</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting notes</source>
      <translation>Notes de rencontre</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with agenda and notes</source>
      <translation>
        <numerusform>%n rencontre avec ordre du jour et notes</numerusform>
        <numerusform>%n rencontres avec ordre du jour et notes</numerusform>
      </translation>
    </message>
    <message>
      <source>agenda point</source>
      <translation>point de l’ordre du jour</translation>
    </message>
    <message numerus="yes">
      <source>%n agenda point(s)</source>
      <translation>
        <numerusform>%n point de l’ordre du jour</numerusform>
        <numerusform>%n points de l’ordre du jour</numerusform>
      </translation>
    </message>
    <message>
      <source>Agenda item</source>
      <translation>Point de l’ordre du jour</translation>
    </message>
    <message>
      <source>action item</source>
      <translation>action</translation>
    </message>
    <message numerus="yes">
      <source>%n action item(s)</source>
      <translation>
        <numerusform>%n action</numerusform>
        <numerusform>%n actions</numerusform>
      </translation>
    </message>
    <message>
      <source>Action item</source>
      <translation>Action</translation>
    </message>
    <message>
      <source>earlier version of the notes</source>
      <translation>version antérieure des notes</translation>
    </message>
    <message numerus="yes">
      <source>%n earlier version(s) of the notes</source>
      <translation>
        <numerusform>%n version antérieure des notes</numerusform>
        <numerusform>%n versions antérieures des notes</numerusform>
      </translation>
    </message>
    <message>
      <source>Earlier notes</source>
      <translation>Notes antérieures</translation>
    </message>
    <message>
      <source>agreement</source>
      <translation>accord</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement(s)</source>
      <translation>
        <numerusform>%n accord</numerusform>
        <numerusform>%n accords</numerusform>
      </translation>
    </message>
    <message>
      <source>Agreement</source>
      <translation>Accord</translation>
    </message>
    <message>
      <source>agreement version</source>
      <translation>version d’accord</translation>
    </message>
    <message numerus="yes">
      <source>%n agreement version(s)</source>
      <translation>
        <numerusform>%n version d’accord</numerusform>
        <numerusform>%n versions d’accord</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their agreement (%n version(s))</source>
      <translation>
        <numerusform>son accord (%n version)</numerusform>
        <numerusform>son accord (%n versions)</numerusform>
      </translation>
    </message>
    <message>
      <source>goal</source>
      <translation>objectif</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s)</source>
      <translation>
        <numerusform>%n objectif</numerusform>
        <numerusform>%n objectifs</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal</source>
      <translation>Objectif</translation>
    </message>
    <message>
      <source>progress update</source>
      <translation>point d’avancement</translation>
    </message>
    <message numerus="yes">
      <source>%n progress update(s)</source>
      <translation>
        <numerusform>%n point d’avancement</numerusform>
        <numerusform>%n points d’avancement</numerusform>
      </translation>
    </message>
    <message>
      <source>Progress update</source>
      <translation>Point d’avancement</translation>
    </message>
    <message numerus="yes">
      <source>its %n progress update(s)</source>
      <translation>
        <numerusform>son point d’avancement</numerusform>
        <numerusform>ses %n points d’avancement</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and a mentor</source>
      <translation>lien entre un objectif et un mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and mentors</source>
      <translation>
        <numerusform>%n lien entre objectifs et mentors</numerusform>
        <numerusform>%n liens entre objectifs et mentors</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and mentor</source>
      <translation>Objectif et mentor</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and a mentor</source>
      <translation>
        <numerusform>%n lien entre un objectif et un mentor</numerusform>
        <numerusform>%n liens entre un objectif et un mentor</numerusform>
      </translation>
    </message>
    <message>
      <source>link between a goal and an action item</source>
      <translation>lien entre un objectif et une action</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between goals and action items</source>
      <translation>
        <numerusform>%n lien entre objectifs et actions</numerusform>
        <numerusform>%n liens entre objectifs et actions</numerusform>
      </translation>
    </message>
    <message>
      <source>Goal and action item</source>
      <translation>Objectif et action</translation>
    </message>
    <message numerus="yes">
      <source>%n link(s) between a goal and an action item</source>
      <translation>
        <numerusform>%n lien entre un objectif et une action</numerusform>
        <numerusform>%n liens entre un objectif et une action</numerusform>
      </translation>
    </message>
    <message>
      <source>give-back idea</source>
      <translation>idée de retour</translation>
    </message>
    <message numerus="yes">
      <source>%n give-back idea(s)</source>
      <translation>
        <numerusform>%n idée de retour</numerusform>
        <numerusform>%n idées de retour</numerusform>
      </translation>
    </message>
    <message>
      <source>Give-back</source>
      <translation>Donner en retour</translation>
    </message>
    <message>
      <source>outreach step</source>
      <translation>étape de prise de contact</translation>
    </message>
    <message numerus="yes">
      <source>%n outreach step(s)</source>
      <translation>
        <numerusform>%n étape de prise de contact</numerusform>
        <numerusform>%n étapes de prise de contact</numerusform>
      </translation>
    </message>
    <message>
      <source>Outreach step</source>
      <translation>Étape de prise de contact</translation>
    </message>
    <message>
      <source>closure review</source>
      <translation>bilan de clôture</translation>
    </message>
    <message numerus="yes">
      <source>%n closure review(s)</source>
      <translation>
        <numerusform>%n bilan de clôture</numerusform>
        <numerusform>%n bilans de clôture</numerusform>
      </translation>
    </message>
    <message>
      <source>Closure review</source>
      <translation>Bilan de clôture</translation>
    </message>
    <message>
      <source>the closure review</source>
      <translation>le bilan de clôture</translation>
    </message>
    <message>
      <source>goal named in a closure review</source>
      <translation>objectif cité dans un bilan de clôture</translation>
    </message>
    <message numerus="yes">
      <source>%n goal(s) named in closure reviews</source>
      <translation>
        <numerusform>%n objectif cité dans des bilans de clôture</numerusform>
        <numerusform>%n objectifs cités dans des bilans de clôture</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its mention in %n closure review(s)</source>
      <translation>
        <numerusform>sa mention dans %n bilan de clôture</numerusform>
        <numerusform>ses mentions dans %n bilans de clôture</numerusform>
      </translation>
    </message>
    <message>
      <source>topic</source>
      <translation>sujet</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s)</source>
      <translation>
        <numerusform>%n sujet</numerusform>
        <numerusform>%n sujets</numerusform>
      </translation>
    </message>
    <message>
      <source>Topic</source>
      <translation>Sujet</translation>
    </message>
    <message numerus="yes">
      <source>%n topic(s) in the inbox</source>
      <translation>
        <numerusform>%n sujet dans la boîte de réception</numerusform>
        <numerusform>%n sujets dans la boîte de réception</numerusform>
      </translation>
    </message>
    <message>
      <source>touch</source>
      <translation>échange</translation>
    </message>
    <message numerus="yes">
      <source>%n touch(es)</source>
      <translation>
        <numerusform>%n échange</numerusform>
        <numerusform>%n échanges</numerusform>
      </translation>
    </message>
    <message>
      <source>Touch</source>
      <translation>Échange</translation>
    </message>
    <message numerus="yes">
      <source>%n logged touch(es)</source>
      <translation>
        <numerusform>%n échange noté</numerusform>
        <numerusform>%n échanges notés</numerusform>
      </translation>
    </message>
    <message>
      <source>meeting template</source>
      <translation>modèle de rencontre</translation>
    </message>
    <message numerus="yes">
      <source>%n meeting template(s)</source>
      <translation>
        <numerusform>%n modèle de rencontre</numerusform>
        <numerusform>%n modèles de rencontre</numerusform>
      </translation>
    </message>
    <message>
      <source>Meeting template</source>
      <translation>Modèle de rencontre</translation>
    </message>
    <message>
      <source>recap</source>
      <translation>récapitulatif</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s)</source>
      <translation>
        <numerusform>%n récapitulatif</numerusform>
        <numerusform>%n récapitulatifs</numerusform>
      </translation>
    </message>
    <message>
      <source>Recap</source>
      <translation>Récapitulatif</translation>
    </message>
    <message numerus="yes">
      <source>%n recap(s) sent</source>
      <translation>
        <numerusform>%n récapitulatif envoyé</numerusform>
        <numerusform>%n récapitulatifs envoyés</numerusform>
      </translation>
    </message>
    <message>
      <source>calendar event</source>
      <translation>événement de calendrier</translation>
    </message>
    <message numerus="yes">
      <source>%n calendar event(s)</source>
      <translation>
        <numerusform>%n événement de calendrier</numerusform>
        <numerusform>%n événements de calendrier</numerusform>
      </translation>
    </message>
    <message>
      <source>Calendar event</source>
      <translation>Événement de calendrier</translation>
    </message>
    <message>
      <source>attachment</source>
      <translation>pièce jointe</translation>
    </message>
    <message numerus="yes">
      <source>%n attachment(s)</source>
      <translation>
        <numerusform>%n pièce jointe</numerusform>
        <numerusform>%n pièces jointes</numerusform>
      </translation>
    </message>
    <message>
      <source>Attachment</source>
      <translation>Pièce jointe</translation>
    </message>
    <message numerus="yes">
      <source>%n attached file(s) and link(s)</source>
      <translation>
        <numerusform>%n fichier ou lien joint</numerusform>
        <numerusform>%n fichiers et liens joints</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n meeting(s) with their agendas and notes</source>
      <translation>
        <numerusform>%n rencontre avec son ordre du jour et ses notes</numerusform>
        <numerusform>%n rencontres avec leurs ordres du jour et leurs notes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>their link(s) to %n goal(s) (the goals stay)</source>
      <translation>
        <numerusform>son lien vers %n objectif (l’objectif reste)</numerusform>
        <numerusform>ses liens vers %n objectifs (les objectifs restent)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n mentor(s)</source>
      <translation>
        <numerusform>son lien vers %n mentor</numerusform>
        <numerusform>ses liens vers %n mentors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>its link(s) to %n action item(s)</source>
      <translation>
        <numerusform>son lien vers %n action</numerusform>
        <numerusform>ses liens vers %n actions</numerusform>
      </translation>
    </message>
    <message>
      <source>{first} and {last}</source>
      <translation>{first} et {last}</translation>
    </message>
  </context>
</TS>
