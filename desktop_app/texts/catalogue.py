"""The entries of the text catalogue, grouped by the part of the app that shows them.

Keys are ``<area>.<name>``; placeholders are ``str.format`` fields. Keep German first; write
German in the style of guideline_content/FORMAT.md (neutral forms, no slashes or asterisks).
"""

from __future__ import annotations

from desktop_app.texts.entry import Entry, Plural
from desktop_app.texts.region import REGION
from desktop_app.texts.report import REPORT
from desktop_app.texts.report_progress import PROGRESS_REPORT

CATALOGUE: dict[str, Entry] = {
    # -- the workshop session: hints after a change --------------------------------------
    "session.saved": ("Gespeichert", "Saved"),
    "session.changed": ("{id} geändert: {old} → {new}", "{id} changed: {old} → {new}"),
    "session.nothing_to_undo": (
        "Nichts rückgängig zu machen für {id}",
        "Nothing to undo for {id}",
    ),
    "session.undone_answer": (
        "Rückgängig: {id} wieder „{state}“",
        "Undone: {id} back to “{state}”",
    ),
    "session.undone_target": (
        "Rückgängig: {id} Zielstufe wieder „{state}“",
        "Undone: {id} target level back to “{state}”",
    ),
    "session.undone_flag_on": (
        "Rückgängig: {id} wieder „später besprechen“",
        "Undone: {id} marked “discuss later” again",
    ),
    "session.undone_flag_off": (
        "Rückgängig: {id} nicht mehr „später besprechen“",
        "Undone: {id} no longer marked “discuss later”",
    ),
    "session.adopted": (
        "{id}: Median {level} als Konsens übernommen",
        "{id}: median {level} adopted as the consensus",
    ),
    "session.no_median": (
        "{id}: Es gibt keine bewerteten Stimmen, deren Median sich übernehmen ließe.",
        "{id}: there are no rated votes whose median could be adopted.",
    ),
    "session.accepted_many": Plural(
        ("{n} Konsens aus dem Median übernommen", "{n} consensus adopted from the median"),
        ("{n} Konsense aus dem Median übernommen", "{n} consensus answers adopted from the median"),
    ),
    "session.not_saved": ("Nicht gespeichert – siehe Meldung", "Not saved – see the message"),
    "session.end_done": (
        "Ende erreicht – weiter mit „Ergebnisse“.",
        "End reached – continue with “Results”.",
    ),
    "session.end_open": Plural(
        ("Ende erreicht – noch {n} Aussage offen", "End reached – {n} statement still open"),
        ("Ende erreicht – noch {n} Aussagen offen", "End reached – {n} statements still open"),
    ),
    "session.no_more_flagged": (
        "Keine weiteren markierten Aussagen",
        "No further flagged statements",
    ),
    "session.no_more_open": ("Keine weiteren offenen Aussagen", "No further open statements"),
    "session.no_more_disputed": (
        "Keine weiteren strittigen Aussagen",
        "No further disputed statements",
    ),
    # -- states of a statement -------------------------------------------------------------
    "state.open": ("offen", "open"),
    "state.consensus_missing": ("Konsens fehlt", "consensus missing"),
    "state.rated": ("bewertet", "rated"),
    "state.unknown": ("weiß nicht", "don't know"),
    "state.not_relevant": ("nicht relevant", "not relevant"),
    "state.none": ("ohne Antwort", "no answer"),
    # -- counted things ---------------------------------------------------------------------
    "count.levels": Plural(("{n} Stufe", "{n} level"), ("{n} Stufen", "{n} levels")),
    "count.statements": Plural(
        ("{n} Aussage", "{n} statement"), ("{n} Aussagen", "{n} statements")
    ),
    "count.people": Plural(("{n} Person", "{n} person"), ("{n} Personen", "{n} people")),
    "count.pages": Plural(("{n} Seite", "{n} page"), ("{n} Seiten", "{n} pages")),
    "count.consensus_missing": Plural(
        (
            "{n} Aussage hat Stimmen, aber noch keinen Konsens",
            "{n} statement has votes but no consensus yet",
        ),
        (
            "{n} Aussagen haben Stimmen, aber noch keinen Konsens",
            "{n} statements have votes but no consensus yet",
        ),
    ),
    # -- the command line ----------------------------------------------------------------------
    "cli.report_written": (
        "Bericht geschrieben: {path} ({pages})",
        "Report written: {path} ({pages})",
    ),
    "cli.consensus_missing_hint": (
        "Der Bericht bewertet sie vorläufig mit dem Median der Stimmen und kennzeichnet sie "
        "als „Konsens fehlt“.",
        "The report scores them provisionally with the median of the votes and marks them "
        "“consensus missing”.",
    ),
    "cli.exported": ("Exportiert: {path}", "Exported: {path}"),
    "cli.imported": ("Importiert als Erhebung Nr. {id}.", "Imported as assessment no. {id}."),
    "cli.no_assessments": ("Noch keine Erhebungen in {path}.", "No assessments yet in {path}."),
    "cli.content_ok": (
        "Inhalte in Ordnung: {dims} Dimensionen, {stmts} Aussagen, {recs} Empfehlungen "
        "(Version {version}).",
        "Content OK: {dims} dimensions, {stmts} statements, {recs} recommendations "
        "(version {version}).",
    ),
    "cli.not_found": ("Erhebung Nr. {id} gibt es nicht.", "There is no assessment no. {id}."),
    "cli.module_ok": (
        "Modul {id} in Ordnung: {stmts} eigene Aussagen, {measures} eigene Maßnahmen; keine "
        "Kennung überschneidet sich mit dem Leitfaden (Version {version}).",
        "Module {id} OK: {stmts} own statements, {measures} own measures; no id overlaps "
        "with the guideline (version {version}).",
    ),
    "cli.chain_created": (
        "Demo-Kette angelegt: Erhebungen Nr. {ids} (Auftakt, Zwischenstand, Bilanz).",
        "Demo chain created: assessments no. {ids} (baseline, interim, final).",
    ),
    "cli.compare_needs_assessment": (
        "--compare-with braucht --assessment ID (die Erhebung, mit der verglichen wird).",
        "--compare-with needs --assessment ID (the assessment to compare with).",
    ),
    "cli.need_assessment": (
        "Bitte --assessment ID, --demo oder --demo-progress angeben.",
        "Please give --assessment ID, --demo or --demo-progress.",
    ),
    # -- progress between assessments (services.progress) --------------------------------------
    "progress.not_comparable_same": (
        "Eine Erhebung lässt sich nicht mit sich selbst vergleichen. Bitte eine andere "
        "Erhebung desselben Vorhabens wählen.",
        "An assessment cannot be compared with itself. Please choose another assessment of "
        "the same project.",
    ),
    "progress.not_comparable_other_project": (
        "Die beiden Erhebungen gehören zu verschiedenen Vorhaben oder Kommunen. Verglichen "
        "werden nur Erhebungen desselben Vorhabens derselben Kommune.",
        "The two assessments belong to different projects or municipalities. Only "
        "assessments of the same project of the same municipality are compared.",
    ),
    "cli.not_writable": (
        "Die Datei {path} kann nicht geschrieben werden ({reason}). "
        "Die bisherige Datei ist unverändert.",
        "Cannot write {path} ({reason}). Any existing file is unchanged.",
    ),
    "cli.output_is_folder": (
        "{path} ist ein Ordner. Bitte geben Sie einen Dateinamen an, z. B. {example}",
        "{path} is a folder. Please give a file name, e.g. {example}",
    ),
    "cli.database": (
        "Datenbank {path} kann nicht geöffnet werden: {detail}",
        "Cannot open database {path}: {detail}",
    ),
    "cli.no_display": (
        "Kein Bildschirm gefunden – die Desktop-Anwendung braucht eine grafische Sitzung.\n"
        "Ohne Bildschirm zeigen 'wandelkompass report --demo --output plan.pdf' (Demo-Bericht) "
        "und 'QT_QPA_PLATFORM=offscreen wandelkompass --exit-after-startup' das Programm bei der "
        "Arbeit.",
        "No screen found – the desktop app needs a graphical session.\n"
        "Without a screen, 'wandelkompass report --demo --output plan.pdf' (demo report) and "
        "'QT_QPA_PLATFORM=offscreen wandelkompass --exit-after-startup' show the app at work.",
    ),
    "cli.selftest_ok": ("Selbsttest bestanden: {detail}", "Self-test passed: {detail}"),
    "cli.selftest_failed": (
        "Selbsttest fehlgeschlagen bei „{step}“: {detail}",
        'Self-test failed at "{step}": {detail}',
    ),
    "cli.export_written": ("Geschrieben: {path} ({what})", "Written: {path} ({what})"),
    "cli.unknown_suffix": (
        "Das Format von {path} ist unbekannt. Bitte eine Endung wählen ({suffixes}) oder "
        "--format angeben.",
        "The format of {path} is unknown. Please use one of the endings ({suffixes}) or give "
        "--format.",
    ),
    "cli.template_only_docx": (
        "--template gilt nur für die Beschlussvorlage (--format beschlussvorlage).",
        "--template applies to the council decision paper only (--format beschlussvorlage).",
    ),
    "cli.comments_only_csv": (
        "--include-comments gilt nur für die Forschungsdaten (--format csv).",
        "--include-comments applies to the research data only (--format csv).",
    ),
    # -- what each export is (command line and the GUI's result line) -------------------------
    "export.pdf": ("PDF-Maßnahmenplan", "PDF action plan"),
    "export.docx": ("Word-Maßnahmenplan", "Word action plan"),
    "export.beschlussvorlage": ("Beschlussvorlage (Word)", "Council decision paper (Word)"),
    "export.xlsx": ("Excel-Tabelle", "Excel workbook"),
    "export.ics": ("Kalender", "Calendar"),
    "export.csv": ("Forschungsdaten (CSV, anonymisiert)", "Research data (CSV, anonymised)"),
    "export.html": ("barrierefreie Webseite", "accessible web page"),
    "export.events": Plural(
        ("{n} Termin", "{n} due date"), ("{n} Termine", "{n} due dates"),
    ),
    "export.left_out": Plural(
        (
            "{n} übernommene Maßnahme ohne festgelegten Termin ist nicht im Kalender",
            "{n} adopted measure without a fixed due date is not in the calendar",
        ),
        (
            "{n} übernommene Maßnahmen ohne festgelegten Termin sind nicht im Kalender",
            "{n} adopted measures without a fixed due date are not in the calendar",
        ),
    ),
    # -- a Word template that cannot be filled -----------------------------------------------
    "template.where": (
        "in Absatz {paragraph} („{text}“)",
        "in paragraph {paragraph} (“{text}”)",
    ),
    "template.syntax": (
        "Die Vorlage {path} enthält einen Fehler {where}: Die Platzhalter-Schreibweise stimmt "
        "nicht ({detail}).",
        "The template {path} has an error {where}: the placeholder is not written correctly "
        "({detail}).",
    ),
    "template.filter": (
        "Die Vorlage {path} verwendet {where} den unbekannten Filter „{name}“.",
        "The template {path} uses the unknown filter “{name}” {where}.",
    ),
    "template.unknown": (
        "Die Vorlage {path} verwendet {where} den unbekannten Platzhalter „{name}“. Welche es "
        "gibt, steht in docs/TEMPLATES.md.",
        "The template {path} uses the unknown placeholder “{name}” {where}. The placeholders "
        "available are listed in docs/TEMPLATES.md.",
    ),
    "template.forbidden": (
        "Die Vorlage {path} greift {where} auf „{name}“ zu. Vorlagen dürfen nur die "
        "Platzhalter lesen, keinen Programmcode ausführen.",
        "The template {path} accesses “{name}” {where}. Templates may only read the "
        "placeholders, never run program code.",
    ),
    "template.other": (
        "Die Vorlage {path} kann nicht ausgefüllt werden {where}: {detail}",
        "The template {path} cannot be filled {where}: {detail}",
    ),
    "template.not_docx": (
        "{path} ist keine Word-Datei (.docx).",
        "{path} is not a Word file (.docx).",
    ),
    "template.unreadable": (
        "Die Vorlage {path} kann nicht gelesen werden ({detail}).",
        "The template {path} cannot be read ({detail}).",
    ),
    "template.too_large": ("größer als 20 MB", "larger than 20 MB"),
    "template.builtin": ("(eingebaute Vorlage)", "(built-in template)"),
    "template.nothing_written": (
        "Es wurde keine Datei geschrieben.",
        "No file was written.",
    ),
    "cli.merged": Plural(
        (
            "Zusammengeführt in Erhebung Nr. {id}: {n} Änderung übernommen, {decided}.",
            "Merged into assessment no. {id}: {n} change taken, {decided}.",
        ),
        (
            "Zusammengeführt in Erhebung Nr. {id}: {n} Änderungen übernommen, {decided}.",
            "Merged into assessment no. {id}: {n} changes taken, {decided}.",
        ),
    ),
    "cli.merge_unchanged": (
        "Nichts Neues: Erhebung Nr. {id} enthält schon alles aus dieser Datei.",
        "Nothing new: assessment no. {id} already holds everything in this file.",
    ),
    "cli.merge_conflicts": Plural(
        (
            "Die Datei kann nicht ohne Entscheidung zusammengeführt werden: {n} Konflikt in "
            "Erhebung Nr. {id}.",
            "The file cannot be merged without a decision: {n} conflict in assessment no. {id}.",
        ),
        (
            "Die Datei kann nicht ohne Entscheidungen zusammengeführt werden: {n} Konflikte in "
            "Erhebung Nr. {id}.",
            "The file cannot be merged without decisions: {n} conflicts in assessment no. {id}.",
        ),
    ),
    "cli.merge_side_here": ("hier", "here"),
    "cli.merge_side_file": ("Datei", "file"),
    "cli.merge_nothing_written": (
        "Es wurde nichts geschrieben. Entscheiden Sie die Konflikte in der Desktop-Anwendung "
        "(Importieren … → Zusammenführen) oder hier für alle auf einmal mit "
        "--prefer mine (dieses Gerät) bzw. --prefer theirs (die Datei).",
        "Nothing was written. Decide the conflicts in the desktop app (Import … → Merge) or "
        "here all at once with --prefer mine (this device) or --prefer theirs (the file).",
    ),
    "cli.prefer_needs_merge": (
        "--prefer gilt nur zusammen mit --merge.",
        "--prefer applies only together with --merge.",
    ),
    "cli.merge_hint": (
        "Mit --merge führen Sie die Datei mit der vorhandenen Erhebung zusammen, mit "
        "--as-copy importieren Sie sie als Kopie.",
        "Use --merge to merge the file into the existing assessment, or --as-copy to import "
        "it as a copy.",
    ),
    # -- merging two laptops' copies: how a conflict is named (command line and GUI) ------------
    "merge.decided": Plural(
        ("{n} Konflikt entschieden", "{n} conflict decided"),
        ("{n} Konflikte entschieden", "{n} conflicts decided"),
    ),
    "merge.done": Plural(
        (
            "{n} Änderung aus der Datei übernommen, {decided}.",
            "{n} change taken from the file, {decided}.",
        ),
        (
            "{n} Änderungen aus der Datei übernommen, {decided}.",
            "{n} changes taken from the file, {decided}.",
        ),
    ),
    "merge.unchanged": (
        "Nichts Neues: Die Erhebung enthält schon alles aus dieser Datei.",
        "Nothing new: the assessment already holds everything in this file.",
    ),
    "merge.field.consensus": ("Einschätzung (Konsens)", "Rating (consensus)"),
    "merge.field.target": ("Ziel", "Target"),
    "merge.field.comment": ("Kommentar", "Comment"),
    "merge.field.evidence": ("Belege", "Evidence"),
    "merge.field.flagged": ("Markiert zur Klärung", "Flagged for discussion"),
    "merge.field.not_relevant_reason": ("Warum nicht relevant", "Why not relevant"),
    "merge.field.rationale": ("Begründung des Konsenses", "Rationale of the consensus"),
    "merge.field.vote": ("Stimme", "Vote"),
    "merge.field.role_group": ("Rollengruppe", "Role group"),
    "merge.field.headcount": ("Anzahl Personen", "Number of people"),
    "merge.field.count": ("Anzahl Punkte", "Number of dots"),
    "merge.field.category": ("Kategorie", "Category"),
    "merge.field.title": ("Titel", "Title"),
    "merge.field.text": ("Beschreibung", "Description"),
    "merge.field.decision": ("Entscheidung", "Decision"),
    "merge.field.owner": ("Verantwortlich", "Owner"),
    "merge.field.due": ("Fällig", "Due"),
    "merge.field.priority": ("Priorität", "Priority"),
    "merge.field.effort": ("Aufwand", "Effort"),
    "merge.field.status": ("Stand", "Status"),
    "merge.field.note": ("Notiz zum Fortschritt", "Progress note"),
    "merge.field.topic": ("Thema", "Topic"),
    "merge.field.involved": ("Beteiligt", "Involved"),
    "merge.field.done_when": ("Erledigt, wenn", "Done when"),
    "merge.field.effort_days": ("Aufwand in Personentagen", "Effort in person-days"),
    "merge.field.cost_eur": ("Kosten in Euro", "Cost in euros"),
    "merge.field.reject_reason": ("Grund der Ablehnung", "Reason for rejecting"),
    "merge.field.phase": ("Phase", "Phase"),
    "merge.field.held_on": ("Datum der Erhebung", "Assessment date"),
    "merge.field.moderator": ("Moderation", "Moderator"),
    "merge.field.participants": ("Teilnehmende", "Participants"),
    "merge.field.default_target": ("Ziel für alle Aussagen", "Target for every statement"),
    "merge.field.report_language": ("Sprache des Berichts", "Report language"),
    "merge.field.focus_limit": ("Maßnahmen im Fokus", "Measures in focus"),
    "merge.field.exists": ("Vorhanden oder gelöscht", "Kept or deleted"),
    "merge.empty": ("(leer)", "(empty)"),
    "merge.yes": ("ja", "yes"),
    "merge.no": ("nein", "no"),
    "merge.kept": ("vorhanden, geändert", "kept, changed"),
    "merge.deleted": ("gelöscht", "deleted"),
    "merge.this_device": ("dieses Gerät", "this device"),
    "merge.device": ("Gerät {id}", "device {id}"),
    "merge.unknown_device": ("unbekanntes Gerät", "unknown device"),
    "merge.origin": ("{device}, {moment}", "{device}, {moment}"),
    "merge.subject.info": ("Angaben der Erhebung", "Assessment details"),
    "merge.subject.respondent": ("Befragte: {label}", "Respondent: {label}"),
    "merge.subject.role_group": ("Rollengruppe: {name}", "Role group: {name}"),
    "merge.subject.vote": (
        "Stimme von {respondent} zu {statement}",
        "Vote of {respondent} on {statement}",
    ),
    "merge.subject.vote_round": (
        "Stimme von {respondent} zu {statement} (Runde {round})",
        "Vote of {respondent} on {statement} (round {round})",
    ),
    "merge.subject.tally": (
        "Zählung {group} zu {statement}, Runde {round}: {choice}",
        "Tally of {group} on {statement}, round {round}: {choice}",
    ),
    "merge.subject.clarify": ("Klärung: {statement}", "To clarify: {statement}"),
    "merge.subject.own": ("Eigene Maßnahme", "Own measure"),
    "merge.subject.own_titled": ("Eigene Maßnahme: {title}", "Own measure: {title}"),
    "merge.level": ("{level} – {name}", "{level} – {name}"),
    # -- the backup commands -------------------------------------------------------------------
    "backups.created": (
        "Sicherung angelegt und geprüft: {path}",
        "Backup created and verified: {path}",
    ),
    "backups.none": ("Noch keine Sicherungen in {folder}.", "No backups yet in {folder}."),
    "backups.header": (
        "Sicherungen in {folder} (neueste zuerst):",
        "Backups in {folder} (newest first):",
    ),
    "backups.restored": (
        "Wiederhergestellt aus {path}.",
        "Restored from {path}.",
    ),
    "backups.previous": (
        "Der Stand vor der Wiederherstellung wurde gesichert: {path}",
        "The state before the restore was backed up: {path}",
    ),
    "backups.moved": (
        "Die beschädigte Datenbank wurde unverändert nach {path} verschoben.",
        "The damaged database was moved, unchanged, to {path}.",
    ),
    "backups.restore_hint": (
        'Wiederherstellen mit: wandelkompass restore "DATEI"',
        'Restore with: wandelkompass restore "FILE"',
    ),
    # -- kinds of backup -----------------------------------------------------------------------
    "backup_kind.auto": ("automatisch", "automatic"),
    "backup_kind.manual": ("manuell", "manual"),
    "backup_kind.pre-migration": ("vor Aktualisierung", "before upgrade"),
    "backup_kind.pre-restore": ("vor Wiederherstellung", "before restore"),
    # -- a database that cannot be opened ------------------------------------------------------
    "db.newer_schema": (
        "Die Datenbank {path} stammt von einer neueren Wandelkompass-Version (Schema {detail}). "
        "Bitte installieren Sie die aktuelle Version; die Daten bleiben unverändert.",
        "The database {path} was written by a newer Wandelkompass version (schema {detail}). "
        "Please install the current version; the data has not been changed.",
    ),
    "db.not_a_database": (
        "Die Datei {path} ist keine Wandelkompass-Datenbank oder beschädigt ({detail}).",
        "The file {path} is not a Wandelkompass database or is damaged ({detail}).",
    ),
    "db.damaged": (
        "Die Datenbank {path} ist beschädigt ({detail}).",
        "The database {path} is damaged ({detail}).",
    ),
    "db.migration_failed": (
        "Die Datenbank {path} konnte nicht aktualisiert werden ({detail}). "
        "Der vorherige Stand ist unverändert.",
        "The database {path} could not be upgraded ({detail}). The previous state is unchanged.",
    ),
    "db.locked": (
        "Wandelkompass ist mit diesen Daten bereits geöffnet ({detail}). "
        "Bitte wechseln Sie zu dem geöffneten Fenster.",
        "Wandelkompass is already open with this data ({detail}). "
        "Please switch to the window that is open.",
    ),
    # -- a write that failed (the screen shows the stored state again) -------------------------
    "store.busy": (
        "Nicht gespeichert: Die Datenbank {path} ist gerade durch einen anderen Vorgang "
        "gesperrt (etwa einen Import oder eine Sicherung). Bitte in einigen Sekunden erneut "
        "versuchen.",
        "Not saved: the database {path} is locked by another operation at the moment (such as "
        "an import or a backup). Please try again in a few seconds.",
    ),
    "store.read_only": (
        "Nicht gespeichert: Die Datenbank {path} ist schreibgeschützt. Bitte lassen Sie der "
        "IT die Schreibrechte auf den Datenordner prüfen.",
        "Not saved: the database {path} is read-only. Please ask IT to check the write "
        "permissions of the data folder.",
    ),
    "store.disk_full": (
        "Nicht gespeichert: Der Datenträger mit {path} ist voll. Bitte schaffen Sie Platz und "
        "versuchen Sie es erneut.",
        "Not saved: the disk holding {path} is full. Please free some space and try again.",
    ),
    "store.io": (
        "Nicht gespeichert: Die Datenbank {path} kann nicht gelesen oder geschrieben werden "
        "(Datenträgerfehler). Bitte prüfen Sie, ob der Datenträger noch verbunden ist.",
        "Not saved: the database {path} cannot be read or written (disk error). Please check "
        "that the disk is still connected.",
    ),
    "store.other": (
        "Nicht gespeichert: Die Datenbank {path} hat die Änderung abgelehnt ({detail}).",
        "Not saved: the database {path} refused the change ({detail}).",
    ),
    # -- a data folder that cannot be used: what it is, and what to do -------------------------
    "folder.not_a_folder": (
        "Der Datenordner {path} ist kein Ordner, sondern eine Datei. Bitte geben Sie einen "
        "Ordner an (--data-dir) oder benennen Sie die Datei um.",
        "The data folder {path} is not a folder but a file. Please give a folder "
        "(--data-dir) or rename the file.",
    ),
    "folder.cannot_create": (
        "Der Datenordner {path} kann nicht angelegt werden ({cause}). Bitte wählen Sie einen "
        "Ordner, in dem Sie schreiben dürfen (--data-dir), oder bitten Sie die IT um "
        "Schreibrechte.",
        "The data folder {path} cannot be created ({cause}). Please choose a folder you may "
        "write to (--data-dir) or ask IT for write permission.",
    ),
    "folder.no_access": (
        "Auf den Datenordner {path} besteht kein Zugriff ({cause}). Bitte bitten Sie die IT "
        "um Lese- und Schreibrechte oder wählen Sie einen anderen Ordner (--data-dir).",
        "The data folder {path} cannot be accessed ({cause}). Please ask IT for read and "
        "write permission or choose another folder (--data-dir).",
    ),
    "folder.read_only_folder": (
        "Im Datenordner {path} kann nicht geschrieben werden ({cause}). Wandelkompass braucht "
        "dort Schreibrechte für die Datenbank und ihre Sicherungen. Die Daten sind unverändert. "
        "Bitte bitten Sie die IT um Schreibrechte oder kopieren Sie den Ordner an einen Ort, "
        "an dem Sie schreiben dürfen, und öffnen Sie ihn dort (--data-dir).",
        "The data folder {path} cannot be written to ({cause}). Wandelkompass needs write "
        "permission there for the database and its backups. The data is unchanged. Please "
        "ask IT for write permission, or copy the folder to a place you may write to and "
        "open it there (--data-dir).",
    ),
    "folder.read_only_database": (
        "Die Datenbank {path} ist schreibgeschützt ({cause}). Sie ist nicht beschädigt und "
        "unverändert. Bitte heben Sie den Schreibschutz auf (Eigenschaften der Datei) oder "
        "bitten Sie die IT darum.",
        "The database {path} is read-only ({cause}). It is not damaged and has not been "
        "changed. Please remove the write protection (file properties) or ask IT to do so.",
    ),
    # -- after damage --------------------------------------------------------------------------
    "recovery.moved": (
        "Die Datei wurde unverändert nach {moved} verschoben.",
        "The file has been moved, unchanged, to {moved}.",
    ),
    "recovery.not_moved": (
        "Die Datei konnte nicht beiseitegelegt werden; bitte schließen Sie andere Programme.",
        "The file could not be moved aside; please close other programs.",
    ),
    "recovery.backup": (
        "Neueste intakte Sicherung: {backup} ({when}). Wiederherstellen mit:\n"
        '  wandelkompass restore "{backup}"',
        "Newest good backup: {backup} ({when}). Restore it with:\n"
        '  wandelkompass restore "{backup}"',
    ),
    "recovery.no_backup": (
        "Es gibt keine intakte Sicherung; beim nächsten Start beginnt eine leere Datenbank.",
        "There is no good backup; the next start begins with an empty database.",
    ),
    # -- backups that cannot be made, used or restored -----------------------------------------
    "backup.missing": ("Die Sicherung {path} gibt es nicht.", "The backup {path} does not exist."),
    "backup.damaged": (
        "Die Sicherung {path} ist beschädigt ({detail}) und wird nicht verwendet.",
        "The backup {path} is damaged ({detail}) and will not be used.",
    ),
    "backup.not_a_backup": (
        "Die Datei {path} ist keine Wandelkompass-Sicherung ({detail}).",
        "The file {path} is not a Wandelkompass backup ({detail}).",
    ),
    "backup.newer_schema": (
        "Die Sicherung {path} stammt von einer neueren Wandelkompass-Version (Schema {detail}). "
        "Bitte installieren Sie die aktuelle Version.",
        "The backup {path} was written by a newer Wandelkompass version (schema {detail}). "
        "Please install the current version.",
    ),
    "backup.in_use": (
        "Die Datenbank {path} ist noch von einem anderen Programm geöffnet ({detail}). Bitte "
        "schließen Sie Wandelkompass und versuchen Sie es erneut. Es wurde nichts verändert.",
        "The database {path} is still open in another program ({detail}). Please close "
        "Wandelkompass and try again. Nothing was changed.",
    ),
    "backup.write_failed": (
        "Die Sicherung nach {path} ist fehlgeschlagen ({detail}). Die Datenbank ist unverändert.",
        "Writing the backup {path} failed ({detail}). The database is unchanged.",
    ),
    # -- another process has the data folder ---------------------------------------------------
    "lock.holder_unknown": ("von einem anderen Programm", "by another program"),
    "lock.holder": (
        "auf dem Rechner {host} seit {when}, Prozess {pid}",
        "on computer {host} since {when}, process {pid}",
    ),
    "lock.open_elsewhere": (
        "Wandelkompass ist mit diesen Daten bereits geöffnet ({who}). Bitte wechseln Sie zu dem "
        "geöffneten Fenster: Zwei Fenster auf denselben Daten könnten sich gegenseitig Antworten "
        "überschreiben. Datenordner: {folder}",
        "Wandelkompass is already open with this data ({who}). Please switch to the window that "
        "is open: two windows on the same data could overwrite each other's answers. "
        "Data folder: {folder}",
    ),
    # -- the action plan: the guideline's proposals, shown as proposals ----------------------
    "plan.suggested": ("Vorschlag: {value}", "Suggested: {value}"),
    "plan.suggested_owner": (
        "Vorschlag des Leitfadens: {value} – gilt erst, wenn Sie es eintragen.",
        "The guideline suggests: {value} – it counts once you enter it.",
    ),
    "plan.suggested_due": (
        "Vorschlag des Leitfadens: {value} – gilt erst mit „Fällig am“.",
        "The guideline suggests: {value} – it counts once you tick “Due on”.",
    ),
    "plan.suggested_tip": (
        "Vorschlag des Leitfadens, vom Team noch nicht festgelegt",
        "The guideline's suggestion, not yet set by the team",
    ),
    # -- perception gaps between role groups ------------------------------------------------
    "perception.other_groups": ("weitere Gruppen", "other groups"),
    "perception.chart_note": (
        "Zahl: Median der Stufe (0–4) · Ø: Mittelwert · –: weniger als 3 Personen",
        "Number: median level (0–4) · Ø: mean · –: fewer than 3 people",
    ),
    "perception.left_out": (
        "Nicht gezeigt, weil weniger als 3 Personen: {groups}",
        "Not shown because fewer than 3 people: {groups}",
    ),
    "perception.finding": (
        "{high} sieht {id} bei {high_level}, {low} bei {low_level}",
        "{high} rate {id} at {high_level}, {low} at {low_level}",
    ),
    # -- display names of the domain's values (label(value, lang)) -----------------------------
    "label.Category.TECHNICAL": ("technisch", "technical"),
    "label.Category.PERSONNEL": ("personell", "personnel"),
    "label.Category.ORGANISATIONAL": ("organisatorisch", "organisational"),
    "label.BarrierType.NOT_KNOWING": ("Nicht-Wissen", "Not knowing"),
    "label.BarrierType.NOT_ABLE": ("Nicht-Können", "Not being able"),
    "label.BarrierType.NOT_WILLING": ("Nicht-Wollen", "Not wanting"),
    "label.BarrierType.NOT_ALLOWED": ("Nicht-Dürfen", "Not being allowed"),
    "label.Effort.LOW": ("gering", "low"),
    "label.Effort.MEDIUM": ("mittel", "medium"),
    "label.Effort.HIGH": ("hoch", "high"),
    "label.Horizon.SHORT": ("kurzfristig", "short term"),
    "label.Horizon.MEDIUM": ("mittelfristig", "medium term"),
    "label.Horizon.LONG": ("langfristig", "long term"),
    "label.Priority.HIGH": ("hoch", "high"),
    "label.Priority.MEDIUM": ("mittel", "medium"),
    "label.Priority.LOW": ("niedrig", "low"),
    "label.Decision.PROPOSED": ("vorgeschlagen", "proposed"),
    "label.Decision.ACCEPTED": ("angenommen", "accepted"),
    "label.Decision.REJECTED": ("abgelehnt", "rejected"),
    "label.Status.OPEN": ("offen", "open"),
    "label.Status.IN_PROGRESS": ("in Arbeit", "in progress"),
    "label.Status.DONE": ("erledigt", "done"),
    "label.Origin.DERIVED": ("aus dem Leitfaden", "from the guideline"),
    "label.Origin.CLARIFICATION": ("Klärungsbedarf", "to be clarified"),
    "label.Origin.OWN": ("eigene Maßnahme", "own measure"),
    "label.AnswerKind.RATED": ("bewertet", "rated"),
    "label.AnswerKind.UNKNOWN": ("weiß nicht", "don't know"),
    "label.AnswerKind.NOT_RELEVANT": ("nicht relevant", "not relevant"),
    "label.Phase.PLANNING": ("Planung", "Planning"),
    "label.Phase.INTRODUCTION": ("Einführung", "Introduction"),
    "label.Phase.SUSTAINING": ("Verstetigung", "Sustaining"),
    "label.Placement.FOCUS": ("im Fokus", "in focus"),
    "label.Placement.BACKLOG": ("Themenspeicher", "backlog"),
    "label.Placement.CLARIFY": ("Klärungsbedarf", "to be clarified"),
    "label.Placement.REJECTED": ("abgelehnt", "rejected"),
    "label.ReviewStatus.DONE": ("erledigt", "done"),
    "label.ReviewStatus.IN_PROGRESS": ("in Arbeit", "in progress"),
    "label.ReviewStatus.DROPPED": ("eingestellt", "dropped"),
    "label.DmatDimension.DIGITAL_STRATEGY": ("Digitale Strategie", "Digital strategy"),
    "label.DmatDimension.DIGITAL_READINESS": ("Digitale Bereitschaft", "Digital readiness"),
    "label.DmatDimension.HUMAN_CENTRIC": ("Menschenzentrierte Digitalisierung",
                                          "Human-centric digitalisation"),
    "label.DmatDimension.DATA_SECURITY": ("Datenmanagement und -sicherheit",
                                          "Data management and security"),
    "label.DmatDimension.INTEROPERABILITY": ("Interoperabilität", "Interoperability"),
    "label.DmatDimension.GREEN": ("Grüne Digitalisierung", "Green digitalisation"),
    "label.Basis.SOURCE": ("aus der Quelle", "from the source"),
    "label.Basis.INFERENCE": ("eigene Ableitung des Leitfadens", "the guideline's own inference"),
    # -- headings of the three measure groups, as the guideline names them ---------------------
    "heading.Category.TECHNICAL": ("Technische Maßnahmen", "Technical measures"),
    "heading.Category.PERSONNEL": ("Personelle Maßnahmen", "Personnel measures"),
    "heading.Category.ORGANISATIONAL": ("Organisatorische Maßnahmen", "Organisational measures"),
    # -- the phone voting server ---------------------------------------------------------
    # -- the team's own statements (domain.own): problems, fields ----------------------------
    "own.team_module": ("Eigene Aussagen des Teams", "The team's own statements"),
    "own.id_format": (
        "„{id}“ ist keine gültige Kennung: erlaubt sind Buchstaben, Ziffern, „_“, „.“ und „-“, "
        "höchstens 32 Zeichen",
        "“{id}” is not a valid id: letters, digits, “_”, “.” and “-” are allowed, at most 32 "
        "characters",
    ),
    "own.id_prefix": (
        "„{id}“ muss mit „{prefix}“ beginnen; so bleiben eigene Aussagen von denen des "
        "Leitfadens getrennt",
        "“{id}” must begin with “{prefix}”; this keeps own statements apart from the "
        "guideline's",
    ),
    "own.id_guideline": (
        "„{id}“ verwendet schon der Leitfaden; eine eigene Aussage darf keine seiner Kennungen "
        "tragen",
        "“{id}” is already used by the guideline; an own statement must not take any of its ids",
    ),
    "own.id_taken": ("„{id}“ ist schon vergeben", "“{id}” is already taken"),
    "own.empty": ("darf nicht leer sein", "must not be empty"),
    "own.too_long": (
        "ist zu lang ({length} Zeichen, höchstens {limit})",
        "is too long ({length} characters, at most {limit})",
    ),
    "own.level_count": (
        "es braucht genau {n} Stufenbeschreibungen (Stufe 0 bis 4)",
        "exactly {n} level descriptions are needed (levels 0 to 4)",
    ),
    "own.level_repeated": (
        "gleicht der Beschreibung von Stufe {other}; jede Stufe muss etwas anderes beschreiben",
        "is the same as the description of level {other}; each level must describe something "
        "different",
    ),
    "own.weight_range": (
        "muss größer als 0 und höchstens 3 sein",
        "must be greater than 0 and at most 3",
    ),
    "own.too_many_measures": (
        "höchstens {limit} Maßnahmen je Aussage",
        "at most {limit} measures per statement",
    ),
    "own.trigger_kind": (
        "muss „Stufe höchstens“ oder „Abstand zum Ziel mindestens“ sein",
        "must be “level at most” or “gap to target at least”",
    ),
    "own.trigger_value": ("muss eine Stufe von {low} bis {high} sein",
                          "must be a level from {low} to {high}"),
    "own.field.id": ("Kennung", "Id"),
    "own.field.module": ("Modul", "Module"),
    "own.field.text": ("Aussage", "Statement"),
    "own.field.help": ("Hilfetext", "Help text"),
    "own.field.levels": ("Stufenbeschreibungen", "Level descriptions"),
    "own.field.levels_n": ("Stufe {n}", "Level {n}"),
    "own.field.weight": ("Gewicht", "Weight"),
    "own.field.measures": ("Maßnahmen", "Measures"),
    "own.field.measures_n": ("Maßnahme {n}", "Measure {n}"),
    "own.field.title": ("Titel", "Title"),
    "own.field.owner": ("Verantwortlich", "Responsible"),
    "own.field.trigger": ("Auslöser", "Trigger"),
    "own.field.value": ("Stufe im Auslöser", "Level in the trigger"),
    "own.saved": ("Eigene Aussage {id} gespeichert", "Own statement {id} saved"),
    # -- the scope of an assessment (domain.scope) ---------------------------------------------
    "scope.whole": ("gesamter Leitfaden", "whole guideline"),
    "scope.selection": ("eigene Auswahl", "own selection"),
    "serve.running": (
        "Runde {round} ist offen ({statements}). Beenden mit Strg+C: Dann wird die Runde "
        "geschlossen und die Stimmen werden sichtbar.",
        "Round {round} is open ({statements}). Stop with Ctrl+C: the round is then closed "
        "and the votes become visible.",
    ),
    "serve.closed": (
        "Runde {round} geschlossen, {votes} Stimmen gespeichert.",
        "Round {round} closed, {votes} votes stored.",
    ),
    "serve.cannot_start": (
        "Die Teilnahmeseite kann an {host}:{port} nicht angeboten werden ({detail}). Bitte "
        "eine andere Adresse oder einen anderen Port wählen.",
        "The participants' page cannot be served at {host}:{port} ({detail}). Please choose "
        "another address or port.",
    ),
    "serve.unknown_statements": (
        "Diese Aussagen oder Dimensionen kennt der Leitfaden der Erhebung nicht: {ids}",
        "The assessment's guideline has no such statements or dimensions: {ids}",
    ),
}

# The report's wording is kept in its own modules for its size; it is looked up like the rest.
CATALOGUE.update({f"report.{key}": entry for key, entry in REPORT.items()})
CATALOGUE.update({f"report.{key}": entry for key, entry in PROGRESS_REPORT.items()})
# So are the texts of the server store and the region (keys in full).
CATALOGUE.update(REGION)
