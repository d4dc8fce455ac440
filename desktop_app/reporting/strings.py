"""Every fixed text of the report (model, PDF and charts) in German and English.

Content texts come from the guideline and enum names from :mod:`desktop_app.domain.labels`;
only the report's own wording lives here, so a translator finds it in one place. Texts that
count something have a singular and a plural form (:func:`trn`): never "1 Stufen".
"""

from __future__ import annotations

_STRINGS: dict[str, tuple[str, str]] = {
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
    "section_dmat": ("Bezug zum Digital Maturity Assessment der EU",
                     "Relation to the EU's Digital Maturity Assessment"),
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
    "scope": ("Umfang", "Scope"),
    "scope_whole": ("gesamter Leitfaden ({n} Aussagen)", "whole guideline ({n} statements)"),
    "scope_part": ("{label}: {asked} von {of} Aussagen", "{label}: {asked} of {of} statements"),
    "scope_own": ("{scope}, dazu {n} eigene", "{scope}, plus {n} own"),
    "flag_own": ("eigene Aussage des Teams", "the team's own statement"),
    "own_measure_source": ("eigene Maßnahme des Teams", "the team's own measure"),
    "dmat_intro": (
        "Zu jeder der sechs Dimensionen des DMA steht, welche Teile dieses Leitfadens zu ihr "
        "passen und wie das Team sie bewertet hat. So lässt sich das Ergebnis neben ein "
        "DMA-Ergebnis legen.",
        "For each of the DMA's six dimensions, the parts of this guideline that fit it and "
        "how the team rated them. This lets the result be put beside a DMA result.",
    ),
    "col_dmat": ("DMA-Dimension", "DMA dimension"),
    "col_dmat_parts": ("Passende Teile des Leitfadens", "Fitting parts of the guideline"),
    "col_dmat_value": ("Wert hier", "Value here"),
    "dmat_none": ("nichts Passendes", "nothing fitting"),
    "dmat_source": ("Quelle: {source}", "Source: {source}"),
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
    "key_figures": ("Auf einen Blick", "At a glance"),
    "n_focus": ("Maßnahmen im Fokus", "Measures in focus"),
    "n_backlog": ("im Themenspeicher", "in the backlog"),
    "n_clarify": ("Klärungsaufträge (weiß nicht)", "Clarification tasks (don't know)"),
    "n_rejected": ("abgelehnte Vorschläge", "rejected proposals"),
    "n_disagree": ("Aussagen mit großer Uneinigkeit", "Statements with high disagreement"),
    "not_rated": ("nicht bewertet", "not rated"),
    "col_dimension": ("Dimension", "Dimension"),
    "col_rated": ("bewertet", "rated"),
    "col_n": ("n", "n"),
    "rests_on_note": ("n: bewertete/gestellte Aussagen", "n: statements rated/asked"),
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
    # Progress report (Fortschrittsbericht)
    "pr_title": ("Fortschrittsbericht Change-Management", "Change-management progress report"),
    "pr_header": ("Fortschrittsbericht", "Progress report"),
    "pr_subject": ("Vergleich zweier Selbsteinschätzungen", "Comparison of two self-assessments"),
    "pr_section_changed": ("Was sich verändert hat", "What has changed"),
    "pr_section_decide": ("Was die Leitung jetzt entscheidet",
                          "What leadership decides now"),
    "pr_section_trend": ("Entwicklung über alle Erhebungen", "Development across all assessments"),
    "pr_section_dimensions": ("Veränderung je Dimension", "Change per dimension"),
    "pr_section_statements": ("Aussagen mit der größten Veränderung",
                              "Statements that changed most"),
    "pr_section_reviews": ("Maßnahmen aus dem letzten Workshop",
                           "Measures from the last workshop"),
    "pr_section_projection": ("Projektion: wenn die angenommenen Maßnahmen umgesetzt sind",
                              "Projection: once the accepted measures are done"),
    "pr_section_method": ("Anhang: Vergleichbarkeit und Lesehilfe",
                          "Annex: comparability and how to read it"),
    "pr_compared": ("Verglichen", "Compared"),
    "pr_scope": ("Umfang", "Scope"),
    "pr_chain": ("Erhebungen des Vorhabens", "Assessments of the project"),
    "pr_scope_whole": ("gesamter Leitfaden", "whole guideline"),
    "pr_scope_part": ("{label} ({asked} von {of} Aussagen)",
                      "{label} ({asked} of {of} statements)"),
    "pr_headline": (
        "Gesamt-Reifegrad {before} → {after} ({delta}) zwischen {start} und {end}.",
        "Overall maturity {before} → {after} ({delta}) between {start} and {end}.",
    ),
    "pr_moved": ("{delta} ({before} → {after})", "{delta} ({before} → {after})"),
    "pr_concern_fell": ("gefallen um {delta}, jetzt {after}", "fell by {delta}, now {after}"),
    "pr_concern_stuck": (
        "weiter unter {low} %: {after} ({delta})",
        "still below {low}%: {after} ({delta})",
    ),
    "pr_improved": ("Am stärksten verbessert", "Most improved"),
    "pr_concerns": ("Sorgenbereiche", "Areas of concern"),
    "pr_none_improved": (
        "Keine Dimension hat sich deutlich verbessert.", "No dimension improved notably."),
    "pr_none_concerns": ("Kein Sorgenbereich.", "No area of concern."),
    "pr_more": ("… und {n} weitere (Seite 2)", "… and {n} more (page 2)"),
    "pr_review_summary": (
        "{done} erledigt, {progress} in Arbeit, {dropped} eingestellt.",
        "{done} done, {progress} in progress, {dropped} dropped.",
    ),
    "pr_decide_review": (
        "Den Stand der Maßnahmen aus dem Workshop vom {date} bestätigen",
        "Confirm the status of the measures from the workshop of {date}",
    ),
    "pr_decide_dropped_detail": (
        "{titles}: ersetzen, später wieder aufnehmen oder bewusst aufgeben.",
        "{titles}: replace, resume later or give up deliberately.",
    ),
    "pr_decide_concerns_detail": (
        "{names}. Die Maßnahmen dazu stehen im Maßnahmenplan vom {date}.",
        "{names}. The measures for them are in the action plan of {date}.",
    ),
    "pr_decide_plan": (
        "Den Maßnahmenplan vom {date} beschließen",
        "Adopt the action plan of {date}",
    ),
    "pr_decide_plan_projected": (
        "{focus} Maßnahmen im Fokus. Sind die {n} angenommenen umgesetzt, stiege der "
        "Gesamtwert nach der Projektionsregel von {now} auf {projected} (keine Prognose).",
        "{focus} measures in focus. Once the {n} accepted ones are done, the overall value "
        "would rise by the projection rule from {now} to {projected} (not a forecast).",
    ),
    "pr_decide_plan_none": (
        "{focus} Maßnahmen im Fokus; das Team hat noch keine davon angenommen.",
        "{focus} measures in focus; the team has not accepted any of them yet.",
    ),
    "pr_decide_reassess_detail": (
        "{months} Monate nach diesem Workshop: Der nächste Vergleich zeigt, ob der Plan wirkt.",
        "{months} months after this workshop: the next comparison shows whether the plan works.",
    ),
    "pr_role_before": ("Vergleich", "compared"),
    "pr_role_after": ("aktuell", "current"),
    "pr_col_date": ("Datum", "Date"),
    "pr_col_workshop": ("Workshop", "Workshop"),
    "pr_col_version": ("Leitfaden", "Guideline"),
    "pr_col_before": ("vorher", "before"),
    "pr_col_after": ("nachher", "after"),
    "pr_col_change": ("Änderung", "Change"),
    "pr_col_basis": ("bewertet", "rated"),
    "pr_col_now": ("jetzt", "now"),
    "pr_col_projected": ("Projektion", "projected"),
    "pr_col_planned": ("Stand im Plan", "Status in the plan"),
    "pr_col_status": ("Ergebnis", "Outcome"),
    "pr_unconfirmed": ("Vorschlag, noch nicht bestätigt", "proposal, not yet confirmed"),
    "pr_trend_title": ("Reifegrad über die Zeit", "Maturity over time"),
    "pr_trend_caption": (
        "Gesamtwert (dick) und die drei Kategorien je Erhebung, 0 bis 100 %.",
        "Overall value (thick) and the three categories per assessment, 0 to 100%.",
    ),
    "pr_alt_trend": (
        "{n} Erhebungen von {start} bis {end}; Gesamtwert von {first} auf {last}.",
        "{n} assessments from {start} to {end}; overall value from {first} to {last}.",
    ),
    "pr_deltas_title": ("Veränderung je Dimension", "Change per dimension"),
    "pr_deltas_caption": (
        "Veränderung in Prozentpunkten: nach rechts gestiegen, nach links gefallen.",
        "Change in percentage points: to the right risen, to the left fallen.",
    ),
    "pr_alt_deltas": (
        "Am stärksten gestiegen: {high} ({high_v}); am stärksten gefallen oder am wenigsten "
        "gestiegen: {low} ({low_v}).",
        "Rose most: {high} ({high_v}); fell most or rose least: {low} ({low_v}).",
    ),
    "pr_axis_points": ("Veränderung (Prozentpunkte)", "Change (percentage points)"),
    "pr_rose": ("Gestiegen", "Risen"),
    "pr_fell": ("Gefallen", "Fallen"),
    "pr_none_rose": ("Keine Aussage ist um eine Stufe oder mehr gestiegen.",
                     "No statement rose by a level or more."),
    "pr_none_fell": ("Keine Aussage ist um eine Stufe oder mehr gefallen.",
                     "No statement fell by a level or more."),
    "pr_statements_intro": (
        "Aussagen, die in beiden Erhebungen bewertet wurden, nach Veränderung × Gewicht.",
        "Statements rated in both assessments, by change × weight.",
    ),
    "pr_renamed": ("früher {sid}", "formerly {sid}"),
    "pr_own_mark": ("eigene Aussage", "own statement"),
    "pr_reviews_intro": (
        "Die Maßnahmen, die das Team im Workshop vom {date} angenommen oder begonnen hat, und "
        "was aus ihnen geworden ist. Kursiv: Vorschlag der App aus dem damaligen Stand, vom "
        "Team noch nicht bestätigt.",
        "The measures the team accepted or began at the workshop of {date}, and what became "
        "of them. In italics: the app's proposal from the status then, not yet confirmed by "
        "the team.",
    ),
    "pr_no_reviews": (
        "Zur früheren Erhebung sind keine angenommenen Maßnahmen gespeichert.",
        "No accepted measures are stored for the earlier assessment.",
    ),
    "pr_projection_rule": (
        "Regel: Jede Aussage, deren Bewertung eine angenommene und noch nicht erledigte "
        "Maßnahme ausgelöst hat (eine niedrige Stufe oder ein Abstand zum Ziel, nicht "
        "uneinige Stimmen), steigt um {step} Stufe, höchstens bis zur Zielstufe des Teams; "
        "mehrere Maßnahmen zu einer Aussage heben sie nur einmal. Alle anderen Antworten "
        "bleiben, wie sie sind. Das ist eine Was-wäre-wenn-Rechnung, keine Prognose.",
        "Rule: every statement whose rating triggered an accepted measure that is not done "
        "yet (a low level or a gap to the target, not disagreeing votes) rises by {step} "
        "level, at most to the team's target; several measures on one statement raise it "
        "only once. Every other answer stays as it is. It is a what-if, not a forecast.",
    ),
    "pr_projection_line": (
        "Gesamtwert jetzt {now}, nach Umsetzung der {n} angenommenen Maßnahmen {projected}.",
        "Overall value now {now}, after the {n} accepted measures are done {projected}.",
    ),
    "pr_projection_none": (
        "Keine angenommene Maßnahme ist offen: Die Projektion entspricht dem heutigen Stand.",
        "No accepted measure is open: the projection equals the current state.",
    ),
    "pr_note_version_mapped": (
        "Zwischen den Erhebungen hat sich der Leitfaden geändert ({before} → {after}). "
        "Verglichen werden Aussagen, die ihre Bedeutung behalten haben (laut der Zuordnung "
        "des Leitfadens); {n} Aussagen gibt es nur in einer der beiden Erhebungen (unten). "
        "Jeder Wert beruht auf den in seiner Erhebung gestellten Aussagen.",
        "The guideline changed between the assessments ({before} → {after}). Statements "
        "that kept their meaning (by the guideline's mapping) are compared; {n} statements "
        "exist in only one of the two assessments (below). Each value rests on the "
        "statements asked in its assessment.",
    ),
    "pr_note_version_unmapped": (
        "Zwischen den Erhebungen hat sich der Leitfaden geändert ({before} → {after}), ohne "
        "beschriebene Zuordnung: Aussagen gelten als gleich, wenn sie dieselbe Kennung "
        "tragen; {n} Aussagen gibt es nur in einer der beiden Erhebungen (unten).",
        "The guideline changed between the assessments ({before} → {after}) without a "
        "described mapping: statements count as the same when they have the same id; {n} "
        "statements exist in only one of the two assessments (below).",
    ),
    "pr_note_scope": (
        "Umfang vorher: {before}; nachher: {after}. Jeder Wert nennt, auf wie vielen "
        "bewerteten Aussagen er beruht.",
        "Scope before: {before}; after: {after}. Every value states how many rated "
        "statements it rests on.",
    ),
    "pr_note_own": (
        "Eigene Aussagen des Teams sind in den Werten enthalten und in den Tabellen als "
        "eigene gekennzeichnet.",
        "The team's own statements are included in the values and marked as own in the "
        "tables.",
    ),
    "pr_note_same": (
        "Beide Erhebungen fragen den gesamten Leitfaden in Version {version}: Die Werte sind "
        "unmittelbar vergleichbar.",
        "Both assessments ask the whole guideline in version {version}: the values compare "
        "directly.",
    ),
    "pr_method_percent": (
        "Prozentwerte sind der Anteil an der höchsten Stufe (Stufe 4 = 100 %), gewichtet wie "
        "im Maßnahmenplan; Veränderungen stehen in Prozentpunkten (Pp.). „bewertet 4/5“: vier "
        "von fünf gestellten Aussagen wurden bewertet.",
        "Percentages are the share of the highest level (level 4 = 100%), weighted as in the "
        "action plan; changes are in percentage points (pp). “rated 4/5”: four of five "
        "statements asked were rated.",
    ),
    "pr_method_notable": (
        "Als deutlich gilt eine Veränderung ab {n} Pp.: so viel macht eine Stufe bei einer "
        "von fünf gleich gewichteten Aussagen einer Dimension aus.",
        "A change counts as notable from {n} pp: that is one level on one of five equally "
        "weighted statements of a dimension.",
    ),
    "pr_method_concerns": (
        "Sorgenbereiche sind Dimensionen, die um mindestens {n} Pp. gefallen sind, und "
        "solche unter {low} %, die um weniger als {n} Pp. gestiegen sind.",
        "Areas of concern are dimensions that fell by at least {n} pp, and those below "
        "{low}% that rose by less than {n} pp.",
    ),
    "pr_method_statements": (
        "Aussagen werden verglichen, wenn sie in beiden Erhebungen bewertet wurden; „weiß "
        "nicht“ und „nicht relevant“ zählen nicht.",
        "Statements are compared when they were rated in both assessments; “don't know” and "
        "“not relevant” do not count.",
    ),
    "pr_not_compared": ("Nur in einer Erhebung gestellt", "Asked in one assessment only"),
    "pr_only": ("Nur am {date}: {ids}", "Only on {date}: {ids}"),
    "pr_version_changes": (
        "Was sich am Leitfaden geändert hat ({before} → {after})",
        "What changed in the guideline ({before} → {after})",
    ),
    "pr_change_line": ("{old} → {new} ({kind}): {why}", "{old} → {new} ({kind}): {why}"),
    "pr_change_reworded": ("umformuliert, Antwort vergleichbar",
                           "reworded, answer comparable"),
    "pr_change_split": ("aufgeteilt", "split"),
    "pr_change_merged": ("zusammengelegt", "merged"),
    "pr_change_removed": ("entfernt", "removed"),
    "pr_change_added": ("neu", "new"),
    "pr_projection_raised": ("Aussagen, die nach der Regel steigen",
                             "Statements that rise by the rule"),
}

# Texts that count: (German singular, German plural), (English singular, English plural).
_PLURALS: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "decide_approve": (
        ("Die Maßnahme im Fokus freigeben", "Die {n} Maßnahmen im Fokus freigeben"),
        ("Approve the measure in focus", "Approve the {n} measures in focus"),
    ),
    "person_days_n": (
        ("{days} Personentag", "{days} Personentage"),
        ("{days} person-day", "{days} person-days"),
    ),
    "without_estimate": (
        ("dazu eine Maßnahme ohne Schätzung", "dazu {n} Maßnahmen ohne Schätzung"),
        ("plus one measure not estimated", "plus {n} measures not estimated"),
    ),
    "cost_total": (
        ("externe Kosten {cost} (nur für eine von {of} geschätzt)",
         "externe Kosten {cost} (für {n} von {of} geschätzt)"),
        ("external costs {cost} (estimated for only one of {of})",
         "external costs {cost} (estimated for {n} of {of})"),
    ),
    "already_accepted": (
        ("Eine davon hat das Team bereits angenommen.",
         "{n} davon hat das Team bereits angenommen."),
        ("The team has already accepted one of them.", "The team has already accepted {n}."),
    ),
    "decide_owners": (
        ("Für eine Maßnahme eine verantwortliche Stelle benennen",
         "Für {n} Maßnahmen verantwortliche Stellen benennen"),
        ("Name an accountable owner for one measure", "Name accountable owners for {n} measures"),
    ),
    "decide_dues": (
        ("Einen Termin bestätigen", "{n} Termine bestätigen"),
        ("Confirm one due date", "Confirm {n} due dates"),
    ),
    "decide_clarify": (
        ("Eine offene Frage klären lassen", "{n} offene Fragen klären lassen"),
        ("Have one open question clarified", "Have {n} open questions clarified"),
    ),
    "decide_clarify_detail": (
        ("Das Team konnte Aussage {ids} nicht einschätzen („weiß nicht“).",
         "Das Team konnte die Aussagen {ids} nicht einschätzen („weiß nicht“)."),
        ("The team could not assess statement {ids} (“don't know”).",
         "The team could not assess statements {ids} (“don't know”)."),
    ),
    "decide_clarify_waiting": (
        ("Danach über die zurückgestellte Maßnahme {ids} entscheiden.",
         "Danach über {n} zurückgestellte Maßnahmen entscheiden: {ids}."),
        ("Then decide on the measure held back, {ids}.",
         "Then decide on the {n} measures held back: {ids}."),
    ),
    "step_clarify": (
        ("Die offene Frage klären, dann abhängige Maßnahmen entscheiden",
         "Die {n} offenen Fragen klären, dann abhängige Maßnahmen entscheiden"),
        ("Clarify the open question, then decide the measures depending on it",
         "Clarify the {n} open questions, then decide the measures depending on them"),
    ),
    "reason_spread": (
        ("Aussage {sid}: Einzelstimmen liegen eine Stufe auseinander",
         "Aussage {sid}: Einzelstimmen liegen {n} Stufen auseinander"),
        ("Statement {sid}: individual votes lie one level apart",
         "Statement {sid}: individual votes lie {n} levels apart"),
    ),
    "alt_votes": (
        ("Stimmen je Stufe für die Aussage mit der größten Streuung ({total} uneinig).",
         "Stimmen je Stufe für die {n} Aussagen mit der größten Streuung ({total} uneinig)."),
        ("Votes per level for the statement with the widest spread ({total} disputed).",
         "Votes per level for the {n} statements with the widest spread ({total} disputed)."),
    ),
    "people": (("eine Person", "{n} Personen"), ("one person", "{n} people")),
    "budget_no_days": (
        ("Eine Maßnahme ohne PT-Schätzung.", "{n} Maßnahmen ohne PT-Schätzung."),
        ("One measure without an effort estimate.", "{n} measures without an effort estimate."),
    ),
    "budget_no_cost": (
        ("Kosten nur für eine von {of} Maßnahmen geschätzt.",
         "Kosten für {n} von {of} Maßnahmen geschätzt."),
        ("Costs estimated for only one of {of} measures.",
         "Costs estimated for {n} of {of} measures."),
    ),
    "measures_n": (("eine Maßnahme", "{n} Maßnahmen"), ("one measure", "{n} measures")),
    "pr_scope_own": (
        ("dazu eine eigene Aussage", "dazu {n} eigene Aussagen"),
        ("plus one own statement", "plus {n} own statements"),
    ),
    "pr_review_unconfirmed": (
        ("Eine davon hat das Team noch nicht bestätigt.",
         "{n} davon hat das Team noch nicht bestätigt."),
        ("The team has not confirmed one of them yet.",
         "The team has not confirmed {n} of them yet."),
    ),
    "pr_decide_dropped": (
        ("Über die eingestellte Maßnahme entscheiden",
         "Über {n} eingestellte Maßnahmen entscheiden"),
        ("Decide on the dropped measure", "Decide on {n} dropped measures"),
    ),
    "pr_decide_concerns": (
        ("Den Sorgenbereich angehen", "Die {n} Sorgenbereiche angehen"),
        ("Address the area of concern", "Address the {n} areas of concern"),
    ),
    "pr_level_up": (
        ("eine Stufe höher", "{n} Stufen höher"), ("one level up", "{n} levels up"),
    ),
    "pr_level_down": (
        ("eine Stufe tiefer", "{n} Stufen tiefer"), ("one level down", "{n} levels down"),
    ),
    "pr_asked": (("eine Aussage", "{n} Aussagen"), ("one statement", "{n} statements")),
    "pr_chain_n": (("eine Erhebung", "{n} Erhebungen"), ("one assessment", "{n} assessments")),
    "pr_more_statements": (
        ("… und eine weitere Aussage", "… und {n} weitere Aussagen"),
        ("… and one more statement", "… and {n} more statements"),
    ),
    "gaps_more": (
        ("Eine weitere Aussage liegt unter ihrem Ziel (Anhang).",
         "{n} weitere Aussagen liegen unter ihrem Ziel (Anhang)."),
        ("One more statement is below its target (annex).",
         "{n} more statements are below their target (annex)."),
    ),
}


def tr(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (German unless "en"), formatted with ``values``."""
    de, en = _STRINGS[key]
    text = en if lang == "en" else de
    return text.format(**values) if values else text


def trn(key: str, lang: str, n: int, **values: object) -> str:
    """The text ``key`` for the count ``n``: singular for 1, plural otherwise."""
    de, en = _PLURALS[key]
    one, other = en if lang == "en" else de
    return (one if n == 1 else other).format(n=n, **values)
