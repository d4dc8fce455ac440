"""The report's own wording (model, PDF, charts), part of the text catalogue.

Content texts come from the guideline and enum names from :mod:`desktop_app.domain.labels`;
only the report's wording is here. Keys are looked up as ``report.<name>`` through
:func:`desktop_app.texts.t`, or with the report's short accessors in
:mod:`desktop_app.reporting.strings`.
"""

from __future__ import annotations

from desktop_app.texts.entry import Entry, Plural

REPORT: dict[str, Entry] = {
    # Document
    "title": ("Maßnahmenplan Change-Management", "Change-management action plan"),
    "header_title": ("Maßnahmenplan", "Action plan"),
    "subject": ("Selbsteinschätzung und Maßnahmenplan", "Self-assessment and action plan"),
    "page_of": ("Seite {page} von {total}", "Page {page} of {total}"),
    "created_with": ("Erstellt mit Wandelkompass", "Created with Wandelkompass"),
    # Outline
    "section_decisions": ("Zur Entscheidung", "For decision"),
    "section_results": ("Ergebnis der Selbsteinschätzung", "Result of the self-assessment"),
    "section_findings": ("Größte Lücken und Uneinigkeit", "Largest gaps and disagreement"),
    "section_barriers": ("Veränderungsbarrieren und Maßnahmen", "Change barriers and measures"),
    "section_focus": ("Maßnahmen im Fokus", "Measures in focus"),
    "section_backlog": ("Themenspeicher", "Backlog"),
    "section_clarifications": ("Klärungsbedarf", "To be clarified"),
    "section_rejected": ("Abgelehnte Vorschläge", "Rejected proposals"),
    "section_about": ("Anhang: Angaben zur Erhebung", "Annex: about the assessment"),
    "section_answers": ("Alle Aussagen und Antworten", "All statements and answers"),
    "section_long_texts": ("Lange Texte", "Long texts"),
    "section_glossary": ("Glossar", "Glossary"),
    "section_sources": ("Quellen", "Sources"),
    # Facts
    "municipality": ("Kommune", "Municipality"),
    "project": ("Vorhaben", "Project"),
    "assessment_title": ("Titel", "Title"),
    "phase": ("Projektphase", "Project phase"),
    "workshop": ("Workshop", "Workshop"),
    "moderator": ("Moderation", "Facilitation"),
    "participants_text": ("Beteiligte laut Protokoll", "Participants as recorded"),
    "guideline_version": ("Leitfaden", "Guideline"),
    # Decision page
    "decisions_intro": (
        "Das Change-Team bittet die Verwaltungsleitung, Folgendes zu entscheiden:",
        "The change team asks the administration's leadership to decide the following:",
    ),
    "numbers": ("Nr. {numbers}", "no. {numbers}"),
    "decide_reassess": (
        "Erneute Selbsteinschätzung am {date} ansetzen",
        "Schedule the re-assessment for {date}",
    ),
    "decide_reassess_detail": (
        "{months} Monate nach dem Workshop: Der Vergleich zeigt, was der Plan bewirkt hat.",
        "{months} months after the workshop: the comparison shows what the plan achieved.",
    ),
    "decide_owners_detail": (
        "Bisher steht dort nur die Rolle, die der Leitfaden vorschlägt ({numbers}).",
        "So far only the role the guideline proposes is given ({numbers}).",
    ),
    "decide_dues_detail": (
        "Vorgeschlagen aus Workshopdatum und Zeithorizont: {first} bis {last} ({numbers}).",
        "Suggested from the workshop date and horizon: {first} to {last} ({numbers}).",
    ),
    "decide_dues_none": ("Ohne Termin: {numbers}.", "No date yet: {numbers}."),
    "effort_total": ("Aufwand zusammen {days}", "Effort {days} in total"),
    "cost_none": ("externe Kosten nicht geschätzt", "external costs not estimated"),
    "focus_table": ("Maßnahmen im Fokus", "Measures in focus"),
    "focus_more": (
        "… und {n} weitere Maßnahmen im Fokus, alle im Abschnitt „Maßnahmen im Fokus“.",
        "… and {n} more measures in focus, all in the section “Measures in focus”.",
    ),
    "suggested": ("Vorschlag", "suggested"),
    "owner_missing": ("noch offen", "not yet named"),
    "budget": ("Aufwand und Kosten je Jahr", "Effort and costs by year"),
    "budget_note": (
        "Spannen laut Leitfaden; Schätzungen des Teams gehen vor.",
        "Ranges from the guideline; the team's own estimates take precedence.",
    ),
    "no_due": ("ohne Termin", "no date"),
    "suggested_legend": (
        "Vorschlag, vom Team noch nicht festgelegt: die Rolle aus dem Leitfaden, der Termin "
        "aus Workshopdatum und Zeithorizont.",
        "Suggestion the team has not fixed yet: the role from the guideline, the date from "
        "the workshop date and horizon.",
    ),
    "cost_partial": ("{cost} ({n} von {of} geschätzt)", "{cost} ({n} of {of} estimated)"),
    "days_partial": ("(+{n} ohne Schätzung)", "(+{n} not estimated)"),
    "total": ("Summe", "Total"),
    "col_year": ("Fällig", "Due"),
    "col_measures": ("Anzahl", "Count"),
    "col_days": ("Personentage", "Person-days"),
    "col_cost": ("Externe Kosten", "External costs"),
    "not_estimated": ("nicht geschätzt", "not estimated"),
    "participants": ("Wer teilgenommen hat", "Who took part"),
    "no_participants": ("Keine Angaben zu den Teilnehmenden.", "No participants recorded."),
    "no_role_group": ("ohne Rollengruppe", "no role group"),
    "open_points": ("Strittig oder unklar", "Disputed or unclear"),
    "disputed_detail": ("Stimmen von Stufe {low} bis {high}", "votes from level {low} to {high}"),
    "unknown_head": ("„weiß nicht“", "“don't know”"),
    "disputed_head": ("Uneinig", "Disagreement"),
    "disputed_more": ("Weitere: {ids}", "More: {ids}"),
    "next_steps": ("Nächste Schritte", "Next steps"),
    "step_first_due": (
        "Erste Fälligkeit am {date}: Nr. {n}, {title}",
        "First due on {date}: no. {n}, {title}",
    ),
    "step_reassess": (
        "Erneute Selbsteinschätzung am {date}, Vergleich mit diesem Stand",
        "Re-assessment on {date}, compared with this one",
    ),
    "none_open": ("Nichts strittig oder unklar.", "Nothing disputed or unclear."),
    # Results
    "overall": ("Gesamt", "Overall"),
    "percent_meaning": (
        "So sind die Prozentwerte zu lesen: Anteil an der höchsten Stufe. 100 % hieße, jede "
        "bewertete Aussage ist „{top}“ (Stufe 4); gesamt {percent} entspricht im Mittel "
        "Stufe {level}.",
        "How to read the percentages: share of the highest level. 100% would mean every "
        "rated statement is “{top}” (level 4); overall {percent} is level {level} on average.",
    ),
    "percent_meaning_none": (
        "Prozentwerte geben den Anteil an der höchsten Stufe an; noch ist nichts bewertet.",
        "Percentages give the share of the highest level; nothing has been rated yet.",
    ),
    "completeness_line": (
        "{rated} von {total} Aussagen bewertet · {unknown} weiß nicht · "
        "{not_relevant} nicht relevant · {missing} offen",
        "{rated} of {total} statements rated · {unknown} don't know · "
        "{not_relevant} not relevant · {missing} not answered",
    ),
    # Appended to the completeness line: the team voted but did not record a consensus.
    "completeness_consensus_missing": (
        " · {n} ohne Konsens, vorläufig mit dem Median der Stimmen bewertet",
        " · {n} without consensus, rated provisionally with the median of the votes",
    ),
    "key_figures": ("Auf einen Blick", "At a glance"),
    "n_focus": ("Maßnahmen im Fokus", "Measures in focus"),
    "n_backlog": ("im Themenspeicher", "in the backlog"),
    "n_clarify": ("Klärungsaufträge (weiß nicht)", "Clarification tasks (don't know)"),
    "n_rejected": ("abgelehnte Vorschläge", "rejected proposals"),
    "n_disagree": ("Aussagen mit großer Uneinigkeit", "Statements with high disagreement"),
    "not_rated": ("nicht bewertet", "not rated"),
    "col_dimension": ("Dimension", "Dimension"),
    "col_rated": ("bewertet", "rated"),
    "col_maturity": ("Reifegrad", "Maturity"),
    "col_consensus": ("Team", "Team"),
    "level_n": ("Stufe {level}", "Level {level}"),
    "chart_dimensions_title": ("Reifegrad je Dimension", "Maturity per dimension"),
    "chart_categories_title": ("Reifegrad je Kategorie", "Maturity per category"),
    "caption_dimensions": (
        "Reifegrad je Dimension (blau) und Ziel des Teams (gestrichelt)",
        "Maturity per dimension (blue) and the team's target (dashed)",
    ),
    "caption_categories": (
        "Reifegrad der technischen, personellen und organisatorischen Aussagen",
        "Maturity of the technical, personnel and organisational statements",
    ),
    "alt_dimensions": (
        "Reifegrad in {n} Dimensionen; am höchsten {high} mit {high_v}, am niedrigsten "
        "{low} mit {low_v}.",
        "Maturity in {n} dimensions; highest {high} at {high_v}, lowest {low} at {low_v}.",
    ),
    "alt_barriers": (
        "Stärkste Barriere: {strongest} mit {value}.",
        "Strongest barrier: {strongest} at {value}.",
    ),
    "alt_no_data": ("Noch keine bewerteten Aussagen.", "No rated statements yet."),
    # Findings
    "largest_gaps": ("Größte Lücken zum Ziel", "Largest gaps to the target"),
    "gaps_intro": (
        "Sortiert nach Lücke × Gewicht der Aussage. Zu jeder Aussage steht, was die gewählte "
        "Stufe bei ihr bedeutet.",
        "Sorted by gap × weight of the statement. Each row says what the chosen level means "
        "for that statement.",
    ),
    "no_gaps": ("Keine bewertete Aussage liegt unter ihrem Ziel.",
                "No rated statement is below its target."),
    "col_id": ("#", "#"),
    "col_statement": ("Aussage", "Statement"),
    "col_level": ("Stufe", "Level"),
    "col_target": ("Ziel", "Target"),
    "col_gap": ("Lücke", "Gap"),
    "disagreements": ("Aussagen mit großer Uneinigkeit", "Statements with high disagreement"),
    "disagreements_intro": (
        "Die Einzelstimmen liegen hier mindestens {spread} Stufen auseinander. Solche "
        "Unterschiede (etwa zwischen Leitung und Beschäftigten) sind ein eigener Befund und "
        "sollten besprochen werden.",
        "Individual votes here lie at least {spread} levels apart. Such differences (e.g. "
        "between leadership and staff) are a finding in their own right and should be "
        "discussed.",
    ),
    "disagreements_caption": (
        "Stimmen je Stufe (0 nicht vorhanden … 4 fest etabliert, nach Köpfen), alle Felder "
        "mit derselben Achse; dunkel und fett: die vom Team festgehaltene Stufe. {shown} von "
        "{total} Aussagen mit der größten Streuung, alle Stimmen im Anhang.",
        "Votes per level (0 not in place … 4 firmly established, by headcount), all panels on "
        "the same axis; dark and bold: the level the team recorded. {shown} of {total} "
        "statements with the widest spread; all votes in the annex.",
    ),
    # Barriers
    "barriers": ("Veränderungsbarrieren", "Change barriers"),
    "barriers_intro": (
        "Widerstand gegen Veränderung hat typische Ursachen. Der Leitfaden ordnet jede "
        "Maßnahme der Barriere zu, an der sie ansetzt. Die Tabelle zeigt, ob der Plan an den "
        "Barrieren arbeitet, die das Team tatsächlich hat.",
        "Resistance to change has typical causes. The guideline assigns each measure to the "
        "barrier it addresses. The table shows whether the plan works on the barriers the "
        "team actually has.",
    ),
    "caption_barriers": (
        "Längerer Balken = stärkere Barriere. Stärke = 100 % minus Reifegrad der Aussagen, "
        "die zur Barriere gehören; in Klammern: bewertet/zugeordnet.",
        "Longer bar = stronger barrier. Strength = 100% minus the maturity of the statements "
        "belonging to the barrier; in brackets: rated/assigned.",
    ),
    "chart_barrier_axis": ("Stärke der Barriere (%)", "Strength of the barrier (%)"),
    "chart_strength": ("Stärke", "Strength"),
    "barrier_not_knowing": ("Ziel, Nutzen oder Vorgehen sind nicht bekannt.",
                            "The goal, benefit or approach is not known."),
    "barrier_not_able": ("Es fehlen Kompetenzen, Zeit oder Werkzeuge.",
                         "Skills, time or tools are lacking."),
    "barrier_not_willing": ("Man sieht keinen Sinn oder befürchtet Nachteile.",
                            "People see no point or fear disadvantages."),
    "barrier_not_allowed": ("Regeln, Zuständigkeiten oder Mittel lassen es nicht zu.",
                            "Rules, responsibilities or resources do not allow it."),
    "col_barrier_focus": ("Maßnahmen im Fokus", "Measures in focus"),
    "col_barrier_backlog": ("im Themenspeicher", "in the backlog"),
    "no_measure": ("keine", "none"),
    "barrier_gap": ("keine Maßnahme im Fokus", "no measure in focus"),
    # Measures
    "plan_intro": (
        "Die Maßnahmen sind aus den Antworten nach festen, nachvollziehbaren Regeln des "
        "Leitfadens abgeleitet oder vom Team ergänzt. Was mit * markiert ist, hat das Team "
        "noch nicht festgelegt.",
        "Measures are derived from the answers by the guideline's fixed, transparent rules or "
        "were added by the team. Whatever is marked * has not been fixed by the team yet.",
    ),
    "col_measure": ("Maßnahme", "Measure"),
    "col_category": ("Kategorie", "Category"),
    "col_responsible": ("Verantwortlich", "Responsible"),
    "col_due": ("Termin", "Due"),
    "col_effort": ("Aufwand (PT)", "Effort (person-days)"),
    "col_effort_short": ("PT", "Days"),
    "col_why_backlog": ("Warum nicht im Fokus", "Why not in focus"),
    "col_facts": ("Zuständig, Termin, Aufwand", "Owner, due date, effort"),
    "description": ("Beschreibung", "Description"),
    "involved": ("Beteiligt", "Involved"),
    "due": ("Termin", "Due"),
    "effort": ("Aufwand", "Effort"),
    "cost": ("Externe Kosten", "External costs"),
    "barrier": ("Barriere", "Barrier"),
    "why": ("Warum", "Why"),
    "findings": ("Befund", "Finding"),
    "example": ("Beispiel", "Example"),
    "sources": ("Quellen", "Sources"),
    "done_when": ("Erledigt, wenn", "Done when"),
    "note": ("Notiz", "Note"),
    "status": ("Stand", "Status"),
    "also_covers": ("Umfasst auch", "Also covers"),
    "edited": ("vom Team angepasst", "adapted by the team"),
    "person_days": ("{days} PT", "{days} person-days"),
    "inferred_from": ("{basis}, gestützt auf {sources}", "{basis}, drawing on {sources}"),
    "reason_rated": (
        "Aussage {sid} auf Stufe {level} „{label}“, Ziel {target}",
        "Statement {sid} at level {level} “{label}”, target {target}",
    ),
    "why_short_phase": ("gehört in eine andere Phase", "belongs in another phase"),
    "why_short_rank": ("Rang {rank} von {n}", "rank {rank} of {n}"),
    "measure_context": ("Maßnahme {n}", "Measure {n}"),
    "clarify_context": ("Klärung zu {sid}", "Clarification of {sid}"),
    "rejected_context": ("Abgelehnt: {title}", "Rejected: {title}"),
    "statement_context": ("Aussage {sid}", "Statement {sid}"),
    "backlog_intro": (
        "Weitere Vorschläge aus den Antworten, nach Dringlichkeit. Nimmt das Team einen an, "
        "rückt er in den Fokus.",
        "Further proposals from the answers, by urgency. If the team accepts one, it moves "
        "into focus.",
    ),
    "clarify_intro": (
        "Zu diesen Aussagen konnte das Team keine Einschätzung abgeben („weiß nicht“). Sie "
        "sollten geklärt werden, bevor über davon abhängige Maßnahmen entschieden wird.",
        "The team could not assess these statements (“don't know”). They should be "
        "clarified before measures depending on them are decided.",
    ),
    "col_waiting": ("Zurückgestellt bis zur Klärung", "Held back until clarified"),
    "col_owner_due": ("Verantwortlich · Termin", "Responsible · due"),
    "rejected_intro": (
        "Zur Transparenz: Diese Vorschläge hat das Team geprüft und nicht übernommen.",
        "For transparency: the team reviewed these proposals and did not adopt them.",
    ),
    "reject_reason": ("Begründung des Teams", "The team's reason"),
    "no_reject_reason": ("keine Begründung angegeben", "no reason given"),
    "no_measures": ("Keine Maßnahmen im Fokus.", "No measures in focus."),
    "due_open": ("offen", "open"),
    # Annex
    "answers_intro": (
        "Jede Aussage mit der Antwort des Teams und dem, was die gewählte Stufe bei dieser "
        "Aussage bedeutet; darunter die Stimmen je Rollengruppe (Personen in Klammern).",
        "Every statement with the team's answer and what the chosen level means for that "
        "statement; below it the votes per role group (people in brackets).",
    ),
    "dimension_score": (
        "Reifegrad {score} · Ziel {target} · {rated} von {total} Aussagen bewertet",
        "Maturity {score} · target {target} · {rated} of {total} statements rated",
    ),
    "col_answer": ("Antwort", "Answer"),
    "comment": ("Kommentar", "Comment"),
    "evidence": ("Belege", "Evidence"),
    "votes": ("Stimmen", "Votes"),
    "not_relevant_reason": ("Warum nicht relevant", "Why not relevant"),
    "no_reason_given": ("ohne Begründung", "no reason given"),
    "flag_disagreement": ("Uneinigkeit", "disagreement"),
    "flag_missing": ("nicht beantwortet", "not answered"),
    "flag_flagged": ("zur Diskussion markiert", "marked for discussion"),
    "flag_consensus_missing": (
        "Konsens fehlt: vorläufig mit dem Median der Stimmen bewertet",
        "consensus missing: rated provisionally with the median of the votes",
    ),
    "vote": ("{group} {level} ({n})", "{group} {level} ({n})"),
    "long_pointer": ("(vollständig im Anhang, {ref})", "(in full in the annex, {ref})"),
    "long_intro": (
        "Texte, die für ihre Tabelle zu lang sind. Jeder ist hier bis zu einer festen Länge "
        "abgedruckt; der vollständige Text steht in der App und in der Austauschdatei.",
        "Texts too long for their table. Each is printed here up to a fixed length; the full "
        "text is in the app and in the exchange file.",
    ),
    "long_cut": (
        "Mit „…“ endende Texte sind gekürzt; vollständig stehen sie in der App und in der "
        "Austauschdatei.",
        "Texts ending in “…” are shortened; in full they are in the app and in the exchange "
        "file.",
    ),
    "long_omitted": (
        "Der Anhang ist für lange Texte begrenzt. {first} bis {last} ({n} Texte) stehen "
        "vollständig in der App und in der Austauschdatei.",
        "The annex has limited room for long texts. {first} to {last} ({n} texts) are in "
        "full in the app and in the exchange file.",
    ),
    "long_length": ("{n} Zeichen", "{n} characters"),
    "col_term": ("Begriff", "Term"),
    "col_definition": ("Erklärung", "Definition"),
    "none": ("–", "–"),
    "no_dimensions": ("Der Leitfaden enthält keine Dimensionen.",
                      "The guideline contains no dimensions."),
    # Charts
    "chart_score": ("Reifegrad (%)", "Maturity (%)"),
    "chart_current": ("Ist", "Current"),
    "chart_target": ("Ziel", "Target"),
    "chart_no_data": ("keine Daten", "no data"),
    "chart_votes_axis": ("Stimmen", "Votes"),
    # -- texts that count ------------------------------------------------------------------
    "decide_approve": Plural(
        one=("Die Maßnahme im Fokus freigeben",
             "Approve the measure in focus"),
        other=("Die {n} Maßnahmen im Fokus freigeben",
               "Approve the {n} measures in focus"),
    ),
    "person_days_n": Plural(
        one=("{days} Personentag",
             "{days} person-day"),
        other=("{days} Personentage",
               "{days} person-days"),
    ),
    "without_estimate": Plural(
        one=("dazu eine Maßnahme ohne Schätzung",
             "plus one measure not estimated"),
        other=("dazu {n} Maßnahmen ohne Schätzung",
               "plus {n} measures not estimated"),
    ),
    "cost_total": Plural(
        one=("externe Kosten {cost} (nur für eine von {of} geschätzt)",
             "external costs {cost} (estimated for only one of {of})"),
        other=("externe Kosten {cost} (für {n} von {of} geschätzt)",
               "external costs {cost} (estimated for {n} of {of})"),
    ),
    "already_accepted": Plural(
        one=("Eine davon hat das Team bereits angenommen.",
             "The team has already accepted one of them."),
        other=("{n} davon hat das Team bereits angenommen.",
               "The team has already accepted {n}."),
    ),
    "decide_owners": Plural(
        one=("Für eine Maßnahme eine verantwortliche Stelle benennen",
             "Name an accountable owner for one measure"),
        other=("Für {n} Maßnahmen verantwortliche Stellen benennen",
               "Name accountable owners for {n} measures"),
    ),
    "decide_dues": Plural(
        one=("Einen Termin bestätigen",
             "Confirm one due date"),
        other=("{n} Termine bestätigen",
               "Confirm {n} due dates"),
    ),
    "decide_clarify": Plural(
        one=("Eine offene Frage klären lassen",
             "Have one open question clarified"),
        other=("{n} offene Fragen klären lassen",
               "Have {n} open questions clarified"),
    ),
    "decide_clarify_detail": Plural(
        one=("Das Team konnte Aussage {ids} nicht einschätzen („weiß nicht“).",
             "The team could not assess statement {ids} (“don't know”)."),
        other=("Das Team konnte die Aussagen {ids} nicht einschätzen („weiß nicht“).",
               "The team could not assess statements {ids} (“don't know”)."),
    ),
    "decide_clarify_waiting": Plural(
        one=("Danach über die zurückgestellte Maßnahme {ids} entscheiden.",
             "Then decide on the measure held back, {ids}."),
        other=("Danach über {n} zurückgestellte Maßnahmen entscheiden: {ids}.",
               "Then decide on the {n} measures held back: {ids}."),
    ),
    "step_clarify": Plural(
        one=("Die offene Frage klären, dann abhängige Maßnahmen entscheiden",
             "Clarify the open question, then decide the measures depending on it"),
        other=("Die {n} offenen Fragen klären, dann abhängige Maßnahmen entscheiden",
               "Clarify the {n} open questions, then decide the measures depending on them"),
    ),
    "reason_spread": Plural(
        one=("Aussage {sid}: Einzelstimmen liegen eine Stufe auseinander",
             "Statement {sid}: individual votes lie one level apart"),
        other=("Aussage {sid}: Einzelstimmen liegen {n} Stufen auseinander",
               "Statement {sid}: individual votes lie {n} levels apart"),
    ),
    "alt_votes": Plural(
        one=("Stimmen je Stufe für die Aussage mit der größten Streuung ({total} uneinig).",
             "Votes per level for the statement with the widest spread ({total} disputed)."),
        other=("Stimmen je Stufe für die {n} Aussagen mit der größten Streuung ({total} uneinig).",
               "Votes per level for the {n} statements with the widest spread ({total} disputed)."),
    ),
    "people": Plural(
        one=("eine Person",
             "one person"),
        other=("{n} Personen",
               "{n} people"),
    ),
    "budget_no_days": Plural(
        one=("Eine Maßnahme ohne PT-Schätzung.",
             "One measure without an effort estimate."),
        other=("{n} Maßnahmen ohne PT-Schätzung.",
               "{n} measures without an effort estimate."),
    ),
    "budget_no_cost": Plural(
        one=("Kosten nur für eine von {of} Maßnahmen geschätzt.",
             "Costs estimated for only one of {of} measures."),
        other=("Kosten für {n} von {of} Maßnahmen geschätzt.",
               "Costs estimated for {n} of {of} measures."),
    ),
    "measures_n": Plural(
        one=("eine Maßnahme",
             "one measure"),
        other=("{n} Maßnahmen",
               "{n} measures"),
    ),
    "gaps_more": Plural(
        one=("Eine weitere Aussage liegt unter ihrem Ziel (Anhang).",
             "One more statement is below its target (annex)."),
        other=("{n} weitere Aussagen liegen unter ihrem Ziel (Anhang).",
               "{n} more statements are below their target (annex)."),
    ),
}
