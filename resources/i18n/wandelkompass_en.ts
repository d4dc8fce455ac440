<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/ui/app.py" line="72"/>
        <source>Wandelkompass ist schon geöffnet. Bitte wechseln Sie zum vorhandenen Fenster (z. B. über die Taskleiste).</source>
        <translation>Wandelkompass is already open. Please switch to the open window (e.g. via the taskbar).</translation>
    </message>
</context>
<context>
    <name>AssessmentController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/assessment_controller.py" line="93"/>
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/assessment_controller.py" line="97"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>AssessmentInfoDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="96"/>
        <source>Angaben zur Erhebung</source>
        <translation>Assessment details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="99"/>
        <source>Kommune und Projekt bleiben fest; alle anderen Angaben können Sie hier ändern. Antworten und Maßnahmen bleiben unverändert.</source>
        <translation>Municipality and project stay fixed; you can change all other details here. Answers and measures are not changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="104"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="105"/>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="106"/>
        <source>&amp;Bezeichnung</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="107"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="108"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="109"/>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="110"/>
        <source>&amp;Teilnehmende</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="111"/>
        <source>&amp;Zielstufe (Standard)</source>
        <translation>&amp;Target level (default)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="112"/>
        <source>&amp;Sprache des PDF-Berichts</source>
        <translation>PDF report &amp;language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="117"/>
        <source>optional, z. B. Auftakt-Workshop</source>
        <translation>optional, e.g. kick-off workshop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="119"/>
        <source>Rolle genügt, z. B. Stabsstelle Digitalisierung</source>
        <translation>A role is enough, e.g. digitalisation unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="122"/>
        <source>Rollengruppen, z. B. Verwaltungsvorstand, IT, Personalrat</source>
        <translation>Role groups, e.g. executive board, IT, staff council</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="125"/>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="126"/>
        <source>Speichern (Strg+Eingabetaste)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_info_dialog.py" line="127"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AssessmentTreeModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="37"/>
        <source>Kommune / Projekt / Erhebung</source>
        <translation>Municipality / project / assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="38"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="39"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="40"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="72"/>
        <source>Erhebung Nr. {id}</source>
        <translation>Assessment no. {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/assessment_tree.py" line="76"/>
        <source>(Wiederholung)</source>
        <translation>(repeat)</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="92"/>
        <source>◀ Übersicht</source>
        <translation>◀ Overview</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="93"/>
        <source>Zurück zur Übersicht der Erhebungen</source>
        <translation>Back to the overview of assessments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="94"/>
        <source>Angaben bearbeiten …</source>
        <translation>Edit details …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="95"/>
        <source>Angaben der Erhebung bearbeiten</source>
        <translation>Edit the assessment&apos;s details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="97"/>
        <source>Titel, Phase, Datum, Moderation, Teilnehmende, Zielstufe und Berichtssprache</source>
        <translation>Name, phase, date, moderator, participants, target level and report language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="99"/>
        <source>1 Durchgang</source>
        <translation>1 Walk-through</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="100"/>
        <source>2 Ergebnisse</source>
        <translation>2 Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="101"/>
        <source>3 Maßnahmenplan</source>
        <translation>3 Action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="102"/>
        <source>4 Abstimmung</source>
        <translation>4 Voting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/assessment_view.py" line="103"/>
        <source>Bereiche der Erhebung</source>
        <translation>Sections of the assessment</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="62"/>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="91"/>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="206"/>
        <source>Wandelkompass</source>
        <translation>Wandelkompass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="73"/>
        <source>Die Sicherung vom {when} jetzt wiederherstellen (empfohlen)?

„Nein“ beginnt mit einer leeren Datenbank; die beschädigte Datei und alle Sicherungen bleiben erhalten und lassen sich später über Datei › Datensicherung wiederherstellen.</source>
        <translation>Restore the backup of {when} now (recommended)?

“No” starts with an empty database; the damaged file and all backups are kept and can be restored later via File › Data backup.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="97"/>
        <source>Datensicherung</source>
        <translation>Data backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="99"/>
        <source>Die Sicherung vom {when} ist angelegt und geprüft.

Sie liegt im Ordner:
{folder}

Diesen Ordner jetzt öffnen?</source>
        <translation>The backup of {when} has been created and verified.

It is in the folder:
{folder}

Open this folder now?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="111"/>
        <source>Sicherung speichern unter</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="114"/>
        <source>Wandelkompass-Sicherung</source>
        <translation>Wandelkompass backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="118"/>
        <source>Wandelkompass-Sicherung (*.sqlite3)</source>
        <translation>Wandelkompass backup (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="138"/>
        <source>Die Sicherung vom {when} wurde gespeichert unter:
{path}

Zurückholen: Datei › Datensicherung › Aus Sicherung wiederherstellen … › Aus einer Datei.</source>
        <translation>The backup of {when} was saved as:
{path}

To bring it back: File › Data backup › Restore from backup … › From a file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="146"/>
        <source>Aus Sicherung wiederherstellen</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="152"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="153"/>
        <source>von Hand</source>
        <translation>manual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="154"/>
        <source>vor Aktualisierung</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="155"/>
        <source>vor Wiederherstellung</source>
        <translation>before restore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="161"/>
        <source>Aus einer Datei (z. B. USB-Stick) …</source>
        <translation>From a file (e.g. USB stick) …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="165"/>
        <source>Welche Sicherung soll die aktuellen Daten ersetzen?</source>
        <translation>Which backup should replace the current data?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="177"/>
        <source>Die aktuellen Daten werden durch die Sicherung vom {when} ersetzt. Der jetzige Stand wird vorher selbst gesichert. Fortfahren?</source>
        <translation>The current data will be replaced by the backup from {when}. The current state is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="185"/>
        <source>Wandelkompass-Sicherung (*.sqlite3);;Alle Dateien (*)</source>
        <translation>Wandelkompass backup (*.sqlite3);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/backup_controller.py" line="193"/>
        <source>Die aktuellen Daten werden durch die Sicherung aus {path} ersetzt. Der jetzige Stand wird vorher selbst gesichert. Fortfahren?</source>
        <translation>The current data will be replaced by the backup from {path}. The current state is backed up first. Continue?</translation>
    </message>
</context>
<context>
    <name>ConflictController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="109"/>
        <source>{done} von {total} entschieden</source>
        <translation>{done} of {total} decided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="179"/>
        <source>Zusammenführen …</source>
        <translation>Merge …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="180"/>
        <source>Als Kopie importieren</source>
        <translation>Import as a copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="184"/>
        <source>Bereits vorhanden</source>
        <translation>Already present</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="187"/>
        <source>Zusammenführen übernimmt, was in der Datei neu ist, und fragt bei Widersprüchen nach. Als Kopie entsteht eine zweite, eigene Erhebung.</source>
        <translation>Merging takes over what is new in the file and asks where the two differ. A copy becomes a second, separate assessment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="202"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="218"/>
        <source>Zusammenführen nicht möglich</source>
        <translation>Merge not possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/conflict_controller.py" line="254"/>
        <source>Zusammengeführt</source>
        <translation>Merged</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="156"/>
        <source>Zusammenführen: Konflikte entscheiden</source>
        <translation>Merge: decide the conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="157"/>
        <source>Konflikte entscheiden</source>
        <translation>Decide the conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="160"/>
        <source>Hier und in der Datei verschieden geändert: Wählen Sie je Konflikt einen Wert (bei Texten auch einen eigenen); die Eingabetaste springt zum nächsten. Gespeichert wird erst mit „Zusammenführen“, alles auf einmal.</source>
        <translation>Changed differently here and in the file: pick one value per conflict (for texts you may also write your own); Enter moves to the next one. Nothing is saved until “Merge”, and then all at once.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="165"/>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="166"/>
        <source>Wert auf diesem Gerät</source>
        <translation>Value on this device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="167"/>
        <source>Wert in der Datei</source>
        <translation>Value in the file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="168"/>
        <source>1  ←  Wert dieses Geräts übernehmen</source>
        <translation>1  ←  Take this device’s value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="169"/>
        <source>Wert der Datei übernehmen  →  2</source>
        <translation>Take the file’s value  →  2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="170"/>
        <source>Eigener Wert (Strg+Eingabe übernimmt ihn):</source>
        <translation>Own value (Ctrl+Enter takes it):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="171"/>
        <source>Eigener Wert</source>
        <translation>Own value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="172"/>
        <source>Eigenen Wert übernehmen</source>
        <translation>Take own value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="173"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/conflict_dialog.py" line="174"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>ConflictTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="29"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="31"/>
        <source>eigener Wert</source>
        <translation>own value</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="33"/>
        <source>dieses Gerät</source>
        <translation>this device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="34"/>
        <source>Datei</source>
        <translation>file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="102"/>
        <source>Aussage / Maßnahme</source>
        <translation>Statement / measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="103"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/conflict_table_model.py" line="104"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="22"/>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="23"/>
        <source>Stimmen je Stufe</source>
        <translation>Votes per level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="24"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="25"/>
        <source>Konsens</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="26"/>
        <source>Begründung</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="97"/>
        <source>strittig – besprechen</source>
        <translation>disputed – discuss</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="99"/>
        <source>einig – Vorschlag {level}</source>
        <translation>agreed – proposal {level}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="102"/>
        <source>zu wenige Stimmen</source>
        <translation>too few votes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="103"/>
        <source>keine Stimmen</source>
        <translation>no votes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/consensus_model.py" line="113"/>
        <source>(von niemandem so bewertet)</source>
        <translation>(nobody chose this)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="112"/>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="96"/>
        <source>dd.MM.yyyy</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="113"/>
        <source>TT.MM.JJJJ</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="114"/>
        <source>Kalender öffnen (F4 oder Alt+Pfeil nach unten)</source>
        <translation>Open the calendar (F4 or Alt+Down arrow)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="115"/>
        <source>Kalender öffnen</source>
        <translation>Open the calendar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="116"/>
        <source>Kalender: Pfeiltasten wählen, Eingabe übernimmt</source>
        <translation>Calendar: arrow keys choose, Enter takes the date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="157"/>
        <source>„{text}“ ist kein Datum. Bitte so eingeben: {example}</source>
        <translation>“{text}” is not a date. Please type it like this: {example}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/date_field.py" line="164"/>
        <source>Bitte ein Datum zwischen {first} und {last} eingeben.</source>
        <translation>Please enter a date between {first} and {last}.</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="42"/>
        <source>Antworten werden ausgewertet …</source>
        <translation>Evaluating answers …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="45"/>
        <source>Zusammenfassung für die Leitung …</source>
        <translation>Summary for leadership …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="48"/>
        <source>Ergebnisse und Diagramme …</source>
        <translation>Results and charts …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="49"/>
        <source>Maßnahmen …</source>
        <translation>Measures …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="50"/>
        <source>Anhang …</source>
        <translation>Appendix …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="51"/>
        <source>Seiten werden gesetzt …</source>
        <translation>Laying out pages …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="52"/>
        <source>Datei wird geschrieben …</source>
        <translation>Writing the file …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="53"/>
        <source>Fertig.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="55"/>
        <source>Bitte warten …</source>
        <translation>Please wait …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="60"/>
        <source>Die Datei ist in einem anderen Programm geöffnet (z. B. im PDF-Betrachter). Bitte schließen Sie sie dort oder wählen Sie einen anderen Namen.</source>
        <translation>The file is open in another program (e.g. a PDF viewer). Please close it there or choose another name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="65"/>
        <source>In diesen Ordner darf nicht geschrieben werden. Bitte wählen Sie z. B. den Ordner „Dokumente“.</source>
        <translation>You may not write to this folder. Please choose e.g. the “Documents” folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="70"/>
        <source>Der Datenträger ist voll. Bitte schaffen Sie Platz oder wählen Sie ein anderes Laufwerk.</source>
        <translation>The disk is full. Please free some space or choose another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="75"/>
        <source>Der Ordner existiert nicht (mehr). Bitte wählen Sie einen anderen Ordner.</source>
        <translation>The folder does not exist (any more). Please choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="82"/>
        <source>Die Datei konnte nicht geschrieben werden.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="86"/>
        <source>{path} konnte nicht gespeichert werden.
{reason}
Eine bereits vorhandene Datei ist unverändert.</source>
        <translation>{path} could not be saved.
{reason}
Any existing file is unchanged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="95"/>
        <source>Beschlussvorlage</source>
        <translation>Decision_paper</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="96"/>
        <source>Forschungsdaten</source>
        <translation>Research_data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="97"/>
        <source>Termine</source>
        <translation>Due_dates</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="99"/>
        <source>Massnahmenplan</source>
        <translation>Action_plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="188"/>
        <source>{what} speichern</source>
        <translation>Save {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="263"/>
        <source>Beim Erstellen der Datei ist ein Fehler aufgetreten:
{detail}</source>
        <translation>An error occurred while creating the file:
{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="159"/>
        <source>Noch keine Aussage beantwortet – trotzdem PDF erstellen?

Der Bericht enthielte dann nur leere Ergebnisse und keine Maßnahmen.</source>
        <translation>No statement has been answered yet – create the PDF anyway?

The report would contain only empty results and no measures.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="172"/>
        <source>Der Bericht bewertet sie vorläufig mit dem Median der Stimmen und kennzeichnet sie als „Konsens fehlt“. Trotzdem jetzt erstellen?</source>
        <translation>The report scores them provisionally with the median of the votes and marks them “consensus missing”. Create it anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="185"/>
        <source>PDF-Maßnahmenplan speichern</source>
        <translation>Save PDF action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/export_controller.py" line="186"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="58"/>
        <source>PDF-Maßnahmenplan</source>
        <translation>PDF action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="59"/>
        <source>PDF öffnen</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="60"/>
        <source>Erstellte PDF-Datei öffnen</source>
        <translation>Open the created PDF file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="52"/>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="61"/>
        <source>Ordner öffnen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="62"/>
        <source>Ordner der PDF-Datei öffnen</source>
        <translation>Open the PDF file&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="54"/>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="63"/>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="49"/>
        <source>Maßnahmenplan exportieren</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="50"/>
        <source>Datei öffnen</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="51"/>
        <source>Erstellte Datei öffnen</source>
        <translation>Open the created file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="53"/>
        <source>Ordner der Datei öffnen</source>
        <translation>Open the file&apos;s folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="55"/>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="64"/>
        <source>Dialog schließen</source>
        <translation>Close dialog</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="56"/>
        <source>Fortschritt des Exports</source>
        <translation>Progress of the export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="65"/>
        <source>Fortschritt der PDF-Erstellung</source>
        <translation>Progress of the PDF creation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="73"/>
        <source>Datei wird erstellt …</source>
        <translation>Creating the file …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="74"/>
        <source>PDF wird erstellt …</source>
        <translation>Creating PDF …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="82"/>
        <source>PDF fertig</source>
        <translation>PDF ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="82"/>
        <source>Datei fertig</source>
        <translation>File ready</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="83"/>
        <source>Gespeichert unter:
{path}</source>
        <translation>Saved as:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="93"/>
        <source>Datei konnte nicht erstellt werden</source>
        <translation>The file could not be created</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_dialog.py" line="94"/>
        <source>PDF konnte nicht erstellt werden</source>
        <translation>The PDF could not be created</translation>
    </message>
</context>
<context>
    <name>ExportFormatDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="28"/>
        <source>PDF-Maßnahmenplan</source>
        <translation>PDF action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="29"/>
        <source>Zum Drucken und Verteilen an die Verwaltungsleitung.</source>
        <translation>For printing and handing to the administration&apos;s leadership.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="33"/>
        <source>Word-Maßnahmenplan</source>
        <translation>Word action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="34"/>
        <source>Derselbe Plan zum Weiterbearbeiten in Word oder LibreOffice.</source>
        <translation>The same plan to edit further in Word or LibreOffice.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="39"/>
        <source>Beschlussvorlage (Word)</source>
        <translation>Council decision paper (Word)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="40"/>
        <source>Vorlage für Rat oder Verwaltungsleitung: Sachverhalt, Beschlussvorschlag, Kosten; auf Wunsch mit der eigenen Word-Vorlage der Kommune.</source>
        <translation>A paper for the council or leadership: situation, proposed resolution, costs; in the municipality&apos;s own Word template if there is one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="46"/>
        <source>Excel-Tabelle</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="47"/>
        <source>Alle Maßnahmen und Antworten zum Filtern und Nachhalten.</source>
        <translation>All measures and answers to filter and follow up.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="51"/>
        <source>Kalender (.ics)</source>
        <translation>Calendar (.ics)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="52"/>
        <source>Die Termine der übernommenen Maßnahmen für Outlook und andere Kalender.</source>
        <translation>The due dates of the adopted measures for Outlook and other calendars.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="57"/>
        <source>Forschungsdaten (CSV)</source>
        <translation>Research data (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="58"/>
        <source>Anonymisierte Stimmen für Auswertungen: ohne Namen, kleine Rollengruppen zusammengefasst.</source>
        <translation>Anonymised votes for analysis: no names, small role groups merged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="64"/>
        <source>Barrierefreie Webseite</source>
        <translation>Accessible web page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="65"/>
        <source>Eine Datei für Intranet oder E-Mail, lesbar mit Screenreader und auf dem Telefon.</source>
        <translation>One file for the intranet or e-mail, readable with a screen reader and on a phone.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="126"/>
        <source>Maßnahmenplan exportieren</source>
        <translation>Export the action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="127"/>
        <source>In welcher Form soll der Maßnahmenplan gespeichert werden?</source>
        <translation>In which form should the action plan be saved?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="134"/>
        <source>Eigene Vorlage der Kommune wird verwendet: {path}</source>
        <translation>The municipality&apos;s own template is used: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="136"/>
        <source>Keine eigene Vorlage gefunden; die eingebaute wird verwendet. Eigene Word-Vorlage ablegen unter: {path}</source>
        <translation>No template of your own found; the built-in one is used. Put your own Word template here: {path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="142"/>
        <source>Kommentare des Teams mitnehmen (Freitext, kann Namen enthalten)</source>
        <translation>Include the team&apos;s comments (free text, may contain names)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="145"/>
        <source>Weiter …</source>
        <translation>Next …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/export_format_dialog.py" line="146"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GapsTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="57"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="58"/>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="59"/>
        <source>Ist</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="60"/>
        <source>Ziel</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="61"/>
        <source>Abstand ▼</source>
        <translation>Gap ▼</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/gaps_table_model.py" line="62"/>
        <source>Gewichtet</source>
        <translation>Weighted</translation>
    </message>
</context>
<context>
    <name>LevelPanel</name>
    <message>
        <location filename="../../desktop_app/ui/views/level_panel.py" line="54"/>
        <source>Stufe {level}: {name}</source>
        <translation>Level {level}: {name}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <location filename="../../desktop_app/ui/main_window.py" line="389"/>
        <location filename="../../desktop_app/ui/main_window.py" line="510"/>
        <source>Wandelkompass</source>
        <translation>Wandelkompass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="154"/>
        <source>&amp;Neue Erhebung …</source>
        <translation>&amp;New assessment …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="155"/>
        <source>&amp;Übersicht der Erhebungen</source>
        <translation>&amp;Overview of assessments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="156"/>
        <source>&amp;PDF-Maßnahmenplan erstellen …</source>
        <translation>&amp;Create PDF action plan …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="157"/>
        <source>Maßnahmenplan e&amp;xportieren (Word, Excel …) …</source>
        <translation>E&amp;xport the action plan (Word, Excel …) …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="158"/>
        <source>&amp;Angaben der Erhebung bearbeiten …</source>
        <translation>Edit assessment &amp;details …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="159"/>
        <source>&amp;Fortschritt seit der letzten Erhebung …</source>
        <translation>&amp;Progress since the last assessment …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="160"/>
        <source>&amp;Eigene Aussage hinzufügen …</source>
        <translation>Add an &amp;own statement …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="161"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="162"/>
        <source>Daten&amp;sicherung</source>
        <translation>Data &amp;backup</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="163"/>
        <source>Jetzt &amp;sichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="164"/>
        <source>Sicherung speichern &amp;unter …</source>
        <translation>Save backup &amp;as …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="165"/>
        <source>Aus Sicherung &amp;wiederherstellen …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="166"/>
        <source>&amp;Präsentationsmodus (Beamer)</source>
        <translation>&amp;Presentation mode (projector)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="167"/>
        <source>Schrift &amp;größer</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="168"/>
        <source>Schrift &amp;kleiner</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="169"/>
        <source>Schrift &amp;normal</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="173"/>
        <source>Zum &amp;Durchgang</source>
        <translation>To the &amp;walk-through</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="174"/>
        <source>Zu den &amp;Ergebnissen</source>
        <translation>To the &amp;results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="175"/>
        <source>Zum &amp;Maßnahmenplan</source>
        <translation>To the &amp;action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="176"/>
        <source>Zur Ab&amp;stimmung</source>
        <translation>To &amp;voting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="312"/>
        <source>Fortschritt: {done} von {total} Aussagen</source>
        <translation>Progress: {done} of {total} statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="444"/>
        <source>Fortschritt</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="445"/>
        <source>Zu diesem Vorhaben gibt es noch keine weitere Erhebung.</source>
        <translation>This project has no other assessment yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="446"/>
        <source>Legen Sie in der Übersicht eine erneute Erhebung an.</source>
        <translation>Create a re-assessment in the overview.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476"/>
        <source>Die eigene Aussage wurde nicht gespeichert:
{detail}</source>
        <translation>The own statement was not saved:
{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="485"/>
        <source>Eigene Aussage {id} gespeichert.</source>
        <translation>Own statement {id} saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="512"/>
        <source>Der zuletzt eingegebene Text konnte nicht gespeichert werden. Trotzdem beenden? Der Text geht dann verloren; zum Weiterarbeiten „Nein“ wählen.</source>
        <translation>The text entered last could not be saved. Quit anyway? It will then be lost; choose “No” to keep working.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="410"/>
        <source>Automatische Sicherung fehlgeschlagen: {error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>Ansic&amp;ht</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <source>Sp&amp;rache</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="422"/>
        <source>Sicherung wiederhergestellt.</source>
        <translation>Backup restored.</translation>
    </message>
</context>
<context>
    <name>NewAssessmentDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="231"/>
        <source>Neue Erhebung</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="234"/>
        <source>Legen Sie fest, für welches Vorhaben das Team den Leitfaden durchgeht. Pflichtfelder: Kommune und Projekt.</source>
        <translation>Set out which project the team is walking through the guideline for. Required: municipality and project.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="239"/>
        <source>&amp;Kommune *</source>
        <translation>&amp;Municipality *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="240"/>
        <source>&amp;Projekt *</source>
        <translation>&amp;Project *</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="241"/>
        <source>&amp;Bezeichnung</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="242"/>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="243"/>
        <source>&amp;Datum</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="244"/>
        <source>&amp;Moderation</source>
        <translation>&amp;Moderator</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="245"/>
        <source>&amp;Teilnehmende</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="246"/>
        <source>&amp;Rollengruppen
für Einzelstimmen</source>
        <translation>&amp;Role groups
for individual votes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="247"/>
        <source>&amp;Zielstufe (Standard)</source>
        <translation>&amp;Target level (default)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="254"/>
        <source>z. B. Stadt Lindenfeld</source>
        <translation>e.g. City of Lindenfeld</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="255"/>
        <source>z. B. Einführung Digitaler Zwilling</source>
        <translation>e.g. introducing a digital twin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="256"/>
        <source>optional, z. B. Auftakt-Workshop</source>
        <translation>optional, e.g. kick-off workshop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="258"/>
        <source>Rolle genügt, z. B. Stabsstelle Digitalisierung</source>
        <translation>A role is enough, e.g. digitalisation staff unit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="261"/>
        <source>Rollengruppen, z. B. Verwaltungsvorstand, IT, Personalrat</source>
        <translation>Role groups, e.g. executive board, IT, staff council</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="263"/>
        <source>Eine Gruppe pro Zeile, z. B.
Leitung
IT</source>
        <translation>One group per line, e.g.
Leadership
IT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="266"/>
        <source>Namen sind freiwillig: Rollen reichen aus. Die Erhebung bleibt anonym, solange Sie keine Namen eintragen (DSGVO).</source>
        <translation>Names are optional: roles are enough. The assessment stays anonymous as long as you enter no names (GDPR).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="271"/>
        <source>Erhebung anlegen</source>
        <translation>Create assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="272"/>
        <source>Erhebung anlegen (Strg+Eingabetaste)</source>
        <translation>Create assessment (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/new_assessment_dialog.py" line="273"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>OwnStatementDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="133"/>
        <source>Eigene Aussage {id}</source>
        <translation>Own statement {id}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="135"/>
        <source>&amp;Aussage (deutsch):</source>
        <translation>&amp;Statement (German):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="136"/>
        <source>Aussage (&amp;englisch, optional):</source>
        <translation>Statement (&amp;English, optional):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="137"/>
        <source>&amp;Kategorie:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="138"/>
        <source>&amp;Barriere:</source>
        <translation>&amp;Barrier:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="139"/>
        <source>&amp;Gewicht:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="140"/>
        <source>&amp;Titel der Maßnahme (optional):</source>
        <translation>&amp;Title of the measure (optional):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="141"/>
        <source>Be&amp;schreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="142"/>
        <source>Aus&amp;löser:</source>
        <translation>T&amp;rigger:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="143"/>
        <source>St&amp;ufe:</source>
        <translation>Le&amp;vel:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="146"/>
        <source>Stufe &amp;{n}:</source>
        <translation>Level &amp;{n}:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="149"/>
        <source>Maßnahme, die das Team vorschlägt</source>
        <translation>Measure the team proposes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="150"/>
        <source>wenn die Stufe höchstens … ist</source>
        <translation>when the level is at most …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="151"/>
        <source>wenn der Abstand zum Ziel mindestens … ist</source>
        <translation>when the gap to the target is at least …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/own_statement_dialog.py" line="152"/>
        <source>Vorschau im Durchgang</source>
        <translation>Preview in the walk-through</translation>
    </message>
</context>
<context>
    <name>PlanController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="172"/>
        <source>Nicht gespeichert</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="191"/>
        <source>alle Kategorien</source>
        <translation>all categories</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="206"/>
        <source>nicht angegeben</source>
        <translation>not specified</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="224"/>
        <source>Keine Maßnahme ausgewählt.</source>
        <translation>No measure selected.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="331"/>
        <source>Neue Maßnahme</source>
        <translation>New measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="379"/>
        <source>Liegt vor dem Workshop am {day}.</source>
        <translation>This is before the workshop on {day}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="383"/>
        <source>Liegt in der Vergangenheit.</source>
        <translation>This date is in the past.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="428"/>
        <source>Maßnahme löschen</source>
        <translation>Delete measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/plan_controller.py" line="429"/>
        <source>Die eigene Maßnahme „{title}“ wirklich löschen?</source>
        <translation>Really delete the own measure “{title}”?</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="71"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="72"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="73"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="74"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="75"/>
        <source>Aufwand</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="76"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="77"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/models/plan_table_model.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="218"/>
        <source>Maßnahmenplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="219"/>
        <source>&amp;Kategorie</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="220"/>
        <source>Maßnahmen nach Kategorie filtern</source>
        <translation>Filter measures by category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="221"/>
        <source>Abgelehnte ausblenden</source>
        <translation>Hide rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="222"/>
        <source>Abgelehnte Maßnahmen ausblenden</source>
        <translation>Hide rejected measures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="223"/>
        <source>+ Eigene Maßnahme</source>
        <translation>+ Own measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="224"/>
        <source>Eigene Maßnahme hinzufügen</source>
        <translation>Add own measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="225"/>
        <source>PDF erstellen …</source>
        <translation>Create PDF …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="226"/>
        <source>Maßnahmenplan als PDF erstellen</source>
        <translation>Create the action plan as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="227"/>
        <source>Weitere Formate …</source>
        <translation>More formats …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="229"/>
        <source>Maßnahmenplan als Word, Beschlussvorlage, Excel, Kalender, CSV oder Webseite exportieren</source>
        <translation>Export the action plan as Word, decision paper, Excel, calendar, CSV or web page</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="231"/>
        <source>Maßnahmen</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="232"/>
        <source>Ausgewählte Maßnahme</source>
        <translation>Selected measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="233"/>
        <source>&amp;Titel</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="234"/>
        <source>Titel der Maßnahme</source>
        <translation>Title of the measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="235"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="236"/>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="237"/>
        <source>Warum vorgeschlagen</source>
        <translation>Why proposed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="238"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="239"/>
        <source>Beschreibung der Maßnahme</source>
        <translation>Description of the measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="240"/>
        <source>Entscheidung</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="241"/>
        <source>&amp;Annehmen</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="242"/>
        <source>Maßnahme annehmen</source>
        <translation>Accept measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="243"/>
        <source>Ab&amp;lehnen</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="244"/>
        <source>Maßnahme ablehnen</source>
        <translation>Reject measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="245"/>
        <source>Offen lassen</source>
        <translation>Leave open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="246"/>
        <source>Entscheidung zurücksetzen</source>
        <translation>Reset decision</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="247"/>
        <source>Kategorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="248"/>
        <source>Kategorie der Maßnahme</source>
        <translation>Category of the measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="249"/>
        <source>&amp;Verantwortlich</source>
        <translation>Respo&amp;nsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="250"/>
        <source>Verantwortlich</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="251"/>
        <source>Fällig</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="252"/>
        <source>&amp;Fällig am</source>
        <translation>&amp;Due on</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="253"/>
        <source>Fälligkeitsdatum setzen</source>
        <translation>Set due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="254"/>
        <source>Fälligkeitsdatum</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="255"/>
        <source>&amp;Priorität</source>
        <translation>&amp;Priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="256"/>
        <source>Priorität</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="257"/>
        <source>A&amp;ufwand</source>
        <translation>Eff&amp;ort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="258"/>
        <source>Aufwand</source>
        <translation>Effort</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="259"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="260"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="261"/>
        <location filename="../../desktop_app/ui/views/plan_view.py" line="262"/>
        <source>Eigene Maßnahme löschen</source>
        <translation>Delete own measure</translation>
    </message>
</context>
<context>
    <name>ProgressController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="90"/>
        <source>Keine Maßnahmen aus dem letzten Workshop.</source>
        <translation>No measures from the last workshop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="106"/>
        <source>Projektion: jetzt {now}, mit den angenommenen Maßnahmen {projected}.</source>
        <translation>Projection: now {now}, with the accepted measures {projected}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="125"/>
        <source>Die Bestätigung wurde nicht gespeichert:
{detail}</source>
        <translation>The confirmation was not saved:
{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="140"/>
        <source>Fortschrittsbericht</source>
        <translation>Progress report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="145"/>
        <source>Fortschrittsbericht speichern</source>
        <translation>Save progress report</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="146"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="161"/>
        <source>Der Fortschrittsbericht wurde gespeichert:
{path}</source>
        <translation>The progress report was saved:
{path}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/progress_controller.py" line="170"/>
        <source>Beim Erstellen des PDF ist ein Fehler aufgetreten:
{detail}</source>
        <translation>An error occurred while creating the PDF:
{detail}</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="84"/>
        <source>Fortschritt seit der letzten Erhebung</source>
        <translation>Progress since the last assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="85"/>
        <source>&amp;Vergleichen mit:</source>
        <translation>&amp;Compare with:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="86"/>
        <source>Veränderung je &amp;Dimension</source>
        <translation>Change per &amp;dimension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="88"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="88"/>
        <source>vorher</source>
        <translation>before</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="88"/>
        <source>nachher</source>
        <translation>after</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="88"/>
        <source>Änderung</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="90"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="90"/>
        <source>Stand im Plan</source>
        <translation>Status in the plan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="90"/>
        <source>Ergebnis</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="91"/>
        <source>Ergebnisse &amp;bestätigen</source>
        <translation>Con&amp;firm outcomes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="93"/>
        <source>Übernimmt die gewählten Ergebnisse der Maßnahmen als vom Team bestätigt.</source>
        <translation>Records the chosen outcomes of the measures as confirmed by the team.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="94"/>
        <source>&amp;Fortschrittsbericht (PDF) erstellen …</source>
        <translation>&amp;Progress report (PDF) …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/progress_dialog.py" line="131"/>
        <source>Vorschlag, noch nicht bestätigt</source>
        <translation>proposal, not yet confirmed</translation>
    </message>
</context>
<context>
    <name>ResultsController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="169"/>
        <source>Für einen Vergleich braucht es Einzelstimmen aus mindestens zwei Rollengruppen mit je mindestens 3 Personen.</source>
        <translation>A comparison needs individual votes from at least two role groups of at least 3 people each.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="177"/>
        <source>Dieses Diagramm ist noch nicht verfügbar.</source>
        <translation>This chart is not available yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="211"/>
        <source>strittig</source>
        <translation>disputed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="222"/>
        <source>Was fehlt</source>
        <translation>What is missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="223"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="224"/>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="244"/>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="230"/>
        <source>Nichts offen: keine strittigen, unklaren oder unbestätigten Aussagen.</source>
        <translation>Nothing open: no disputed, unclear or unconfirmed statements.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="243"/>
        <source>Unterschied</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="260"/>
        <source>Keine Aussage, bei der zwei Gruppen zwei Stufen oder mehr auseinander liegen.</source>
        <translation>No statement where two groups are two levels or more apart.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="280"/>
        <source>Gesamt-Reifegrad: {p}</source>
        <translation>Overall maturity: {p}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="283"/>
        <source>beantwortet: {a} von {t}</source>
        <translation>answered: {a} of {t}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="286"/>
        <source>weiß nicht: {n}</source>
        <translation>don&apos;t know: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="289"/>
        <source>nicht relevant: {n}</source>
        <translation>not relevant: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/results_controller.py" line="292"/>
        <source>strittig: {n}</source>
        <translation>disputed: {n}</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="194"/>
        <source>Ergebnisse</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="195"/>
        <source>Reifegrad je Dimension</source>
        <translation>Maturity per dimension</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="196"/>
        <source>Technisch · personell · organisatorisch</source>
        <translation>Technical · personnel · organisational</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="197"/>
        <source>Dimensionen: Ist und Ziel</source>
        <translation>Dimensions: current and target</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="198"/>
        <source>Profil der Veränderungsbarrieren</source>
        <translation>Change-barrier profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="200"/>
        <source>Größte Abstände zum Ziel – nach Abstand sortiert, bei Gleichstand nach gewichtetem Abstand</source>
        <translation>Largest gaps to the target – sorted by gap, ties by weighted gap</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="204"/>
        <source>Noch zu klären: strittig, „weiß nicht“, Konsens fehlt</source>
        <translation>Still to settle: disputed, “don&apos;t know”, consensus missing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="206"/>
        <source>Wahrnehmung nach Rollengruppen</source>
        <translation>Perception by role group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="208"/>
        <source>Aussagen, die das Team noch klären muss; Eingabetaste öffnet die Aussage</source>
        <translation>Statements the team still has to settle; Enter opens the statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="211"/>
        <source>Aussagen, die Rollengruppen deutlich unterschiedlich sehen; Eingabetaste öffnet die Aussage</source>
        <translation>Statements the role groups see clearly differently; Enter opens the statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="215"/>
        <source>Deutliche Unterschiede (zwei Stufen oder mehr) – ein Anlass für ein moderiertes Gespräch zwischen den Gruppen:</source>
        <translation>Clear differences (two levels or more) – a reason for a facilitated conversation between the groups:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="220"/>
        <source>In Klammern: bewertete von zugeordneten Aussagen. Je niedriger der Reifegrad, desto stärker wirkt die Barriere.</source>
        <translation>In brackets: rated of related statements. The lower the maturity, the stronger the barrier.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/results_view.py" line="224"/>
        <source>Aussagen mit dem größten Abstand zum Ziel</source>
        <translation>Statements furthest from their target</translation>
    </message>
</context>
<context>
    <name>StartController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="155"/>
        <source>Angaben nicht gespeichert</source>
        <translation>Details not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="156"/>
        <source>Ein Text ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>A text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="213"/>
        <source>Erneut erheben</source>
        <translation>Reassess</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="214"/>
        <source>Eine neue Erhebung für „{project}“ ({municipality}) mit heutigem Datum anlegen? Die bisherige bleibt unverändert und dient als Vergleich.</source>
        <translation>Create a new assessment of “{project}” ({municipality}) dated today? The earlier one stays unchanged and serves as a comparison.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="233"/>
        <source>Erhebung löschen</source>
        <translation>Delete assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="234"/>
        <source>Die Erhebung „{project}“ vom {date} ({municipality}) mit allen Antworten und Maßnahmen endgültig löschen?</source>
        <translation>Permanently delete the assessment “{project}” of {date} ({municipality}) with all its answers and measures?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="253"/>
        <source>Austauschdatei importieren</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="264"/>
        <source>Import nicht möglich</source>
        <translation>Import not possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="291"/>
        <source>Austauschdatei speichern</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="302"/>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="308"/>
        <source>Exportiert</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/start_controller.py" line="309"/>
        <source>Die Erhebung wurde gespeichert unter:
{path}</source>
        <translation>The assessment was saved as:
{path}</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="87"/>
        <source>Wandelkompass – Erhebungen</source>
        <translation>Wandelkompass – assessments</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="90"/>
        <source>Wählen Sie eine Erhebung und öffnen Sie sie mit der Eingabetaste oder per Doppelklick. Jede Antwort wird sofort gespeichert.</source>
        <translation>Select an assessment and open it with the Enter key or a double click. Every answer is saved immediately.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="94"/>
        <source>Erhebungen nach Kommune und Projekt</source>
        <translation>Assessments by municipality and project</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="97"/>
        <source>Noch keine Erhebung vorhanden. Legen Sie eine neue an oder probieren Sie die Demo einer Mittelstadt aus.</source>
        <translation>No assessments yet. Create a new one or try the demo of a mid-sized city.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="102"/>
        <source>&amp;Neue Erhebung …</source>
        <translation>&amp;New assessment …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="102"/>
        <source>Neue Erhebung anlegen</source>
        <translation>Create a new assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="103"/>
        <source>Ö&amp;ffnen</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="103"/>
        <source>Ausgewählte Erhebung öffnen</source>
        <translation>Open the selected assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="106"/>
        <source>&amp;Angaben bearbeiten …</source>
        <translation>Edit de&amp;tails …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="107"/>
        <source>Angaben der ausgewählten Erhebung bearbeiten</source>
        <translation>Edit the details of the selected assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="111"/>
        <source>Erneut &amp;erheben …</source>
        <translation>&amp;Reassess …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="112"/>
        <source>Ausgewählte Erhebung wiederholen</source>
        <translation>Repeat the selected assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="114"/>
        <source>&amp;Löschen …</source>
        <translation>&amp;Delete …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="114"/>
        <source>Ausgewählte Erhebung löschen</source>
        <translation>Delete the selected assessment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="115"/>
        <source>&amp;Importieren …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="115"/>
        <source>Austauschdatei importieren</source>
        <translation>Import exchange file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="118"/>
        <source>E&amp;xportieren …</source>
        <translation>E&amp;xport …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="119"/>
        <source>Ausgewählte Erhebung als Austauschdatei exportieren</source>
        <translation>Export the selected assessment as an exchange file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="121"/>
        <source>De&amp;mo anlegen</source>
        <translation>&amp;Create demo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/start_view.py" line="121"/>
        <source>Demo-Erhebung anlegen</source>
        <translation>Create demo assessment</translation>
    </message>
</context>
<context>
    <name>TallyController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/tally_controller.py" line="50"/>
        <source>Aussage {n} von {total} · Runde {round}</source>
        <translation>Statement {n} of {total} · round {round}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/tally_controller.py" line="77"/>
        <source>erwartet: {n}</source>
        <translation>expected: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/tally_controller.py" line="86"/>
        <source>Strichliste</source>
        <translation>Tally sheet</translation>
    </message>
</context>
<context>
    <name>TallyDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="96"/>
        <source>Strichliste</source>
        <translation>Tally sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="97"/>
        <source>weiß nicht</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="98"/>
        <source>nicht relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="99"/>
        <source>◀ Zurück</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="100"/>
        <source>Speichern und &amp;weiter (Enter)</source>
        <translation>Save and &amp;next (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/tally_dialog.py" line="101"/>
        <source>&amp;Fertig</source>
        <translation>&amp;Done</translation>
    </message>
</context>
<context>
    <name>TurnVotingController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/turn_voting_controller.py" line="66"/>
        <source>Bisher abgestimmt: {n}</source>
        <translation>Voted so far: {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/turn_voting_controller.py" line="91"/>
        <source>Aussage {n} von {total}</source>
        <translation>Statement {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/turn_voting_controller.py" line="125"/>
        <source>Die Runde ist nicht mehr offen.</source>
        <translation>The round is no longer open.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/turn_voting_controller.py" line="126"/>
        <source>Abstimmung</source>
        <translation>Voting</translation>
    </message>
</context>
<context>
    <name>TurnVotingDialog</name>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="115"/>
        <source>Reihum am Laptop abstimmen</source>
        <translation>Take turns voting on the laptop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="118"/>
        <source>Bitte den Laptop an die nächste Person weitergeben.

Der Beamer sollte jetzt schwarz sein (Taste „AV mute“ oder Windows+P → „Nur PC-Bildschirm“): Jede Person stimmt für sich ab.</source>
        <translation>Please pass the laptop to the next person.

The projector should be blank now (the “AV mute” key, or Windows+P → “PC screen only”): everyone votes on their own.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="123"/>
        <source>Ich bin dran (Enter)</source>
        <translation>My turn (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="124"/>
        <source>Alle haben abgestimmt – Runde beenden</source>
        <translation>Everyone has voted – end the round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="125"/>
        <source>Zu welcher Rollengruppe gehören Sie?</source>
        <translation>Which role group are you in?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="126"/>
        <source>? weiß nicht</source>
        <translation>? don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="127"/>
        <source>N nicht relevant</source>
        <translation>N not relevant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="128"/>
        <source>◀ Zurück</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/turn_voting_dialog.py" line="129"/>
        <source>Weiter ▶</source>
        <translation>Next ▶</translation>
    </message>
</context>
<context>
    <name>VotingController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="121"/>
        <source>nur dieser Laptop (zum Ausprobieren)</source>
        <translation>this laptop only (to try it out)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="124"/>
        <source>Kein privates Netz gefunden: Telefone erreichen den Laptop vermutlich nicht. Reise-Router oder Strichliste nutzen.</source>
        <translation>No private network found: phones will probably not reach the laptop. Use a travel router or the tally sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="129"/>
        <source>Der Laptop ist mit keinem Netz verbunden. Verbinden Sie ihn mit dem WLAN des Raums (oder einem Reise-Router) – oder nutzen Sie die Strichliste.</source>
        <translation>The laptop is not connected to any network. Connect it to the room&apos;s Wi-Fi (or a travel router) – or use the tally sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="135"/>
        <source>Wählen Sie das WLAN, in dem auch die Telefone sind.</source>
        <translation>Choose the Wi-Fi the phones are on.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="141"/>
        <source>Runde {n}: {k} Aussagen</source>
        <translation>Round {n}: {k} statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="169"/>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="188"/>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="224"/>
        <source>Abstimmung</source>
        <translation>Voting</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="170"/>
        <source>Für diese Auswahl gibt es keine Aussagen.</source>
        <translation>There are no statements for this selection.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="189"/>
        <source>Die Teilnahmeseite kann unter {host} nicht angeboten werden ({detail}). Bitte ein anderes Netz wählen oder die Strichliste nutzen.</source>
        <translation>The voting page cannot be offered at {host} ({detail}). Please choose another network or use the tally sheet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="198"/>
        <source>Runde {n} · {k} Aussagen</source>
        <translation>Round {n} · {k} statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="212"/>
        <source>Strichliste</source>
        <translation>Tally sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="213"/>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="225"/>
        <source>Bitte zuerst die Rollengruppen der Erhebung anlegen (Angaben bearbeiten).</source>
        <translation>Please set up the assessment&apos;s role groups first (edit details).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="248"/>
        <source>Verbunden: {c} · angemeldet: {j} · fertig: {f}</source>
        <translation>Connected: {c} · joined: {j} · finished: {f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="255"/>
        <source>{p} % der Stimmen abgegeben</source>
        <translation>{p} % of the votes cast</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/voting_controller.py" line="341"/>
        <source>{id}: Bitte den Konsens mit 0–4, ? oder N festlegen.</source>
        <translation>{id}: please set the consensus with 0–4, ? or N.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="80"/>
        <source>Einzelstimmen der Rollengruppen</source>
        <translation>Individual votes of the role groups</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="81"/>
        <source>Median als Konsens übernehmen</source>
        <translation>Adopt median as consensus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="83"/>
        <source>Median der Einzelstimmen als Konsens übernehmen</source>
        <translation>Adopt the median of the individual votes as consensus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="85"/>
        <source>Gruppe oder Person (optional anonym)</source>
        <translation>Group or person (may stay anonymous)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="86"/>
        <source>Bezeichnung der neuen Stimme</source>
        <translation>Name of the new vote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="87"/>
        <source>Rollengruppe, z. B. IT</source>
        <translation>Role group, e.g. IT</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="88"/>
        <source>Rollengruppe der neuen Stimme</source>
        <translation>Role group of the new vote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="89"/>
        <source> Pers.</source>
        <translation> pers.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="90"/>
        <source>Anzahl Personen der neuen Stimme</source>
        <translation>Number of people behind the new vote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="91"/>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="92"/>
        <source>Stimme hinzufügen</source>
        <translation>Add vote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="115"/>
        <source>weiß nicht</source>
        <translation>don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="116"/>
        <source>nicht relevant</source>
        <translation>not relevant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_panel.py" line="117"/>
        <source>Stimme von {name}</source>
        <translation>Vote of {name}</translation>
    </message>
</context>
<context>
    <name>VotingView</name>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="238"/>
        <source>Abstimmung per Telefon</source>
        <translation>Voting by phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="241"/>
        <source>Alle stimmen still und für sich auf dem eigenen Telefon ab – ohne App und ohne Anmeldung, anonym. Die Ergebnisse erscheinen erst, wenn Sie die Runde schließen; danach bespricht die Runde nur, wo die Stimmen auseinandergehen.</source>
        <translation>Everyone votes silently and on their own phone – no app, no sign-in, anonymous. Results appear only when you close the round; then the group discusses only where the votes differ.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="246"/>
        <source>&amp;Aussagen:</source>
        <translation>&amp;Statements:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="247"/>
        <source>alle Aussagen</source>
        <translation>all statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="248"/>
        <source>eine Dimension:</source>
        <translation>one dimension:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="249"/>
        <source>nur Aussagen ohne Konsens</source>
        <translation>only statements without consensus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="251"/>
        <source>nur strittige Aussagen (zweite Runde nach der Besprechung)</source>
        <translation>only disputed statements (second round after the discussion)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="253"/>
        <source>&amp;Netzwerk:</source>
        <translation>&amp;Network:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="254"/>
        <source>Runde s&amp;tarten</source>
        <translation>Start &amp;round</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="255"/>
        <source>Wenn Telefone nicht verbunden werden können</source>
        <translation>If phones cannot connect</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="258"/>
        <source>Beide Wege zählen wie die Telefonstimmen: eine Strichliste je Stufe und Rollengruppe (schnell per Tastatur), oder alle stimmen reihum am Laptop ab, während der Beamer schwarz ist.</source>
        <translation>Both ways count like phone votes: a tally per level and role group (quick by keyboard), or everyone takes turns voting on the laptop while the projector is blank.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="263"/>
        <source>&amp;Strichliste eingeben …</source>
        <translation>Enter &amp;tally sheet …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="264"/>
        <source>Reihum am &amp;Laptop abstimmen …</source>
        <translation>Take turns on the &amp;laptop …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="266"/>
        <source>Ergebnisse werden erst nach dem Schließen der Runde gezeigt.</source>
        <translation>Results are shown only after the round is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="270"/>
        <source>Die Seite öffnet sich nicht? Telefone und Laptop müssen im selben Netz sein. Gäste-WLANs trennen Geräte oft voneinander: Ein kleiner Reise-Router (eigenes WLAN ohne Internet) hilft zuverlässig. Fragt Windows nach der Firewall, kann die IT Wandelkompass einmalig für private Netze freigeben (eingehend, TCP-Port 8765). Sonst: Strichliste oder reihum am Laptop.</source>
        <translation>The page does not open? Phones and laptop must be on the same network. Guest Wi-Fi often keeps devices apart: a small travel router (its own Wi-Fi without internet) helps reliably. If Windows asks about the firewall, IT can allow Wandelkompass once for private networks (inbound, TCP port 8765). Otherwise: tally sheet or taking turns on the laptop.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="277"/>
        <source>Runde &amp;schließen und Ergebnisse zeigen</source>
        <translation>&amp;Close the round and show results</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="280"/>
        <source>Oben stehen die strittigen Aussagen, die am weitesten auseinandergehenden zuerst. Wo die Runde einig ist, wird der Median vorgeschlagen. Tasten: 0–4, ? oder N legen den Konsens fest, Enter übernimmt den Vorschlag, Strg+Enter alle Vorschläge.</source>
        <translation>Disputed statements come first, the widest apart at the top. Where the group agrees, the median is proposed. Keys: 0–4, ? or N set the consensus, Enter takes the proposal, Ctrl+Enter all proposals.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="286"/>
        <source>&amp;Begründung (eine Zeile):</source>
        <translation>&amp;Rationale (one line):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="287"/>
        <source>&amp;Vorschlag übernehmen</source>
        <translation>Take the &amp;proposal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="288"/>
        <source>Alle &amp;einigen übernehmen</source>
        <translation>Take all &amp;agreed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="289"/>
        <source>&amp;Zweite Runde für strittige</source>
        <translation>Second round for &amp;disputed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/voting_view.py" line="290"/>
        <source>Neue Runde …</source>
        <translation>New round …</translation>
    </message>
</context>
<context>
    <name>WalkthroughController</name>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="242"/>
        <source>Aussage {n} von {total}</source>
        <translation>Statement {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="291"/>
        <source>Verteilung (Personen je Stufe):</source>
        <translation>Distribution (people per level):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="305"/>
        <source>Noch keine Einzelstimmen.</source>
        <translation>No individual votes yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="299"/>
        <source>Spannweite: {levels}</source>
        <translation>Spread: {levels}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="311"/>
        <source>⚠ Die Stimmen gehen deutlich auseinander – bitte besprechen, dann den Konsens festhalten.</source>
        <translation>⚠ The votes differ clearly – please discuss, then record the consensus.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="320"/>
        <source>Erst Einzelstimmen erfassen, dann lässt sich ihr Median übernehmen.</source>
        <translation>Record individual votes first; then their median can be adopted.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="328"/>
        <source>Es gibt schon eine Konsens-Antwort. Um den Median zu übernehmen, erst „Antwort zurücksetzen“.</source>
        <translation>There is already a consensus answer. To adopt the median, first use ‘Reset answer’.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/controllers/walkthrough_controller.py" line="363"/>
        <source>{done} von {total} Aussagen beantwortet</source>
        <translation>{done} of {total} statements answered</translation>
    </message>
</context>
<context>
    <name>WalkthroughView</name>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="326"/>
        <source>Dimensionen des Leitfadens mit Fortschritt</source>
        <translation>Dimensions of the guideline with progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="327"/>
        <source>&amp;Anzeigen</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="331"/>
        <source>alle Aussagen</source>
        <translation>all statements</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="332"/>
        <source>nur unbeantwortete</source>
        <translation>unanswered only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="333"/>
        <source>nur „später besprechen“</source>
        <translation>“discuss later” only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="336"/>
        <source>Welche Aussagen beim Blättern gezeigt werden</source>
        <translation>Which statements are shown when paging</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="382"/>
        <source>Nächste offene Aussage</source>
        <translation>Next open statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="384"/>
        <source>Zur nächsten unbeantworteten Aussage springen</source>
        <translation>Jump to the next unanswered statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="338"/>
        <source>Gesamtfortschritt</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="325"/>
        <source>D&amp;imensionen</source>
        <translation>&amp;Dimensions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="339"/>
        <source>? weiß nicht</source>
        <translation>? don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="340"/>
        <source>Weiß nicht (Taste Fragezeichen)</source>
        <translation>Don&apos;t know (question mark key)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="341"/>
        <source>N nicht relevant</source>
        <translation>N not relevant</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="342"/>
        <source>Nicht relevant (Taste N)</source>
        <translation>Not relevant (key N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="343"/>
        <source>Antwort zurücksetzen</source>
        <translation>Reset answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="344"/>
        <source>Konsens-Antwort zurücksetzen</source>
        <translation>Reset the consensus answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="345"/>
        <source>&amp;Zielstufe</source>
        <translation>&amp;Target level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="346"/>
        <source>Zielstufe</source>
        <translation>Target level</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="347"/>
        <source>&amp;Später besprechen</source>
        <translation>Discuss &amp;later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="348"/>
        <source>Später besprechen</source>
        <translation>Discuss later</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="349"/>
        <source>&amp;Kommentar</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="350"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="351"/>
        <source>Was hat das Team dazu gesagt?</source>
        <translation>What did the team say about it?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="352"/>
        <source>&amp;Beleg</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="353"/>
        <source>Beleg</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="354"/>
        <source>Dokument, Beschluss, Beispiel …</source>
        <translation>Document, decision, example …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="355"/>
        <source>Einzelstimmen und Abstimmung …</source>
        <translation>Individual votes and voting …</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="356"/>
        <source>Einzelstimmen ein- oder ausblenden</source>
        <translation>Show or hide individual votes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="357"/>
        <source>◀ Zurück</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="358"/>
        <source>Vorherige Aussage (Pfeil links)</source>
        <translation>Previous statement (left arrow)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="359"/>
        <source>Zur ersten offenen Aussage</source>
        <translation>Go to the first open statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="361"/>
        <source>Zur ersten unbeantworteten Aussage springen</source>
        <translation>Jump to the first unanswered statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="363"/>
        <source>Weiter ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="364"/>
        <source>Nächste Aussage (Eingabetaste)</source>
        <translation>Next statement (Enter key)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="365"/>
        <source>Aussage</source>
        <translation>Statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="366"/>
        <source>Hilfe zur Aussage</source>
        <translation>Help on the statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="367"/>
        <source>Warum diese Dimension wichtig ist</source>
        <translation>Why this dimension matters</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="369"/>
        <source>Hintergrund der Dimension und Hinweise zur Aussage ein- oder ausblenden</source>
        <translation>Show or hide the dimension&apos;s background and the guidance on the statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="377"/>
        <source>Nächste markierte Aussage</source>
        <translation>Next marked statement</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="379"/>
        <source>Zur nächsten Aussage mit „später besprechen“ springen</source>
        <translation>Jump to the next statement marked ‘discuss later’</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="507"/>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="509"/>
        <source>Hintergrund und Hinweise</source>
        <translation>Background and guidance</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/views/walkthrough_view.py" line="507"/>
        <source>Hinweise</source>
        <translation>Guidance</translation>
    </message>
</context>
</TS>
