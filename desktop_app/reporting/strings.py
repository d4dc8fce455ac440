"""Every fixed label of the PDF report (and its charts) in German and English.

Content texts come from the guideline and enum names from :mod:`desktop_app.domain.labels`;
only the report's own wording lives here, so a translator finds it in one place.
"""

from __future__ import annotations

_STRINGS: dict[str, tuple[str, str]] = {
    # Document
    "title": ("Maßnahmenplan Change-Management", "Change-management action plan"),
    "subject": ("Selbsteinschätzung und Maßnahmenplan", "Self-assessment and action plan"),
    "page_of": ("Seite {page} von {total}", "Page {page} of {total}"),
    "created_with": ("Erstellt mit Wandelkompass", "Created with Wandelkompass"),
    # Summary page
    "municipality": ("Kommune", "Municipality"),
    "project": ("Vorhaben", "Project"),
    "phase": ("Projektphase", "Project phase"),
    "date": ("Datum", "Date"),
    "moderator": ("Moderation", "Facilitation"),
    "guideline_version": ("Leitfaden-Version", "Guideline version"),
    "overall": ("Gesamt", "Overall"),
    "score_hint": (
        "Reifegrad in % der höchsten Stufe (4 = fest etabliert)",
        "Maturity in % of the top level (4 = firmly established)",
    ),
    "completeness": ("Vollständigkeit", "Completeness"),
    "completeness_line": (
        "{rated} von {total} Aussagen bewertet · {unknown} weiß nicht · "
        "{not_relevant} nicht relevant · {missing} offen",
        "{rated} of {total} statements rated · {unknown} don't know · "
        "{not_relevant} not relevant · {missing} not answered",
    ),
    "top_measures": ("Die wichtigsten Maßnahmen", "The most important measures"),
    "no_measures": ("Keine Maßnahmen im Plan.", "No measures in the plan."),
    "col_measure": ("Maßnahme", "Measure"),
    "col_category": ("Kategorie", "Category"),
    "col_responsible": ("Verantwortlich", "Responsible"),
    "col_priority": ("Priorität", "Priority"),
    "key_figures": ("Auf einen Blick", "At a glance"),
    "n_measures": ("Maßnahmen im Plan", "Measures in the plan"),
    "n_clarify": ("Klärungsaufträge (weiß nicht)", "Clarification tasks (don't know)"),
    "n_disagree": ("Aussagen mit großer Uneinigkeit", "Statements with high disagreement"),
    "n_high": ("davon Priorität hoch", "of which high priority"),
    "n_accepted": ("davon vom Team angenommen", "of which accepted by the team"),
    "col_status": ("Priorität · Stand", "Priority · status"),
    "top_status": (
        "{priority} · {decision}, fällig {due}",
        "{priority} · {decision}, due {due}",
    ),
    "top_status_open": ("{priority} · {decision}", "{priority} · {decision}"),
    "gaps_intro": (
        "Sortiert nach Lücke × Gewicht der Aussage: eine Schlüsselaussage zwei Stufen unter "
        "dem Ziel steht vor einer gewöhnlichen drei Stufen darunter.",
        "Sorted by gap × weight of the statement: a key statement two levels below its "
        "target comes before an ordinary one three levels below.",
    ),
    "summary_reading": (
        "Diese Seite fasst die Selbsteinschätzung des Change-Teams zusammen. "
        "Details zu allen Aussagen und Maßnahmen folgen ab Seite 2.",
        "This page summarises the change team's self-assessment. "
        "Details on all statements and measures follow from page 2.",
    ),
    "not_rated": ("nicht bewertet", "not rated"),
    # Results section
    "results": ("Ergebnisse je Dimension", "Results per dimension"),
    "dimension_score": (
        "Reifegrad {score} · Ziel {target} · {rated} von {total} Aussagen bewertet",
        "Maturity {score} · target {target} · {rated} of {total} statements rated",
    ),
    "col_id": ("#", "#"),
    "col_statement": ("Aussage", "Statement"),
    "col_level": ("Stufe", "Level"),
    "col_target": ("Ziel", "Target"),
    "col_gap": ("Lücke", "Gap"),
    "col_flags": ("Hinweise", "Notes"),
    "flag_disagreement": ("Uneinigkeit", "disagreement"),
    "flag_missing": ("nicht beantwortet", "not answered"),
    "flag_flagged": ("zur Diskussion markiert", "marked for discussion"),
    "barriers": ("Profil der Veränderungsbarrieren", "Change-barrier profile"),
    "barriers_intro": (
        "Widerstand gegen Veränderung hat typische Ursachen. Nicht-Wissen: Beteiligte kennen "
        "Ziel, Nutzen oder Vorgehen nicht. Nicht-Können: ihnen fehlen Kompetenzen, Zeit oder "
        "Werkzeuge. Nicht-Wollen: sie sehen keinen Sinn oder befürchten Nachteile. "
        "Nicht-Dürfen: Regeln, Zuständigkeiten oder Ressourcen lassen es nicht zu. "
        "Ein niedriger Wert zeigt, wo die stärkste Barriere liegt; in Klammern steht, wie "
        "viele der zugeordneten Aussagen bewertet wurden.",
        "Resistance to change has typical causes. Not knowing: people do not know the goal, "
        "benefit or approach. Not being able: they lack skills, time or tools. Not wanting: "
        "they see no point or fear disadvantages. Not being allowed: rules, responsibilities "
        "or resources prevent it. A low value shows where the strongest barrier lies; the "
        "brackets show how many of the related statements were rated.",
    ),
    "largest_gaps": ("Größte Lücken zum Ziel", "Largest gaps to the target"),
    "no_gaps": ("Keine bewertete Aussage liegt unter ihrem Ziel.",
                "No rated statement is below its target."),
    "disagreements": ("Aussagen mit großer Uneinigkeit", "Statements with high disagreement"),
    "disagreements_intro": (
        "Die Einzelbewertungen liegen hier mindestens {spread} Stufen auseinander. "
        "Solche Wahrnehmungsunterschiede (etwa zwischen Leitung und Beschäftigten) "
        "sind ein eigener Befund und sollten besprochen werden.",
        "Individual ratings here lie at least {spread} levels apart. Such differences in "
        "perception (e.g. between leadership and staff) are a finding in their own right "
        "and should be discussed.",
    ),
    "caption_dimensions": (
        "Reifegrad je Dimension (Balken) und Ziel (Strich)",
        "Maturity per dimension (bar) and target (line)",
    ),
    "caption_categories": (
        "Reifegrad der technischen, personellen und organisatorischen Aussagen",
        "Maturity of the technical, personnel and organisational statements",
    ),
    "disagreements_caption": (
        "Stimmen je Stufe (0 nicht vorhanden … 4 fest etabliert); dunkel: vom Team "
        "festgehaltene Stufe. Gezeigt: {shown} von {total} "
        "Aussagen mit der größten Streuung, alle Stimmen im Anhang.",
        "Votes per level (0 not in place … 4 firmly established); dark: the level the team "
        "recorded. Shown: {shown} of {total} "
        "statements with the widest spread; all votes in the appendix.",
    ),
    "level_votes": ("Stufe {level}: {n}", "Level {level}: {n}"),
    "no_dimensions": ("Der Leitfaden enthält keine Dimensionen.",
                      "The guideline contains no dimensions."),
    # Plan section
    "plan": ("Maßnahmenplan", "Action plan"),
    "plan_intro": (
        "Die Maßnahmen sind aus den Antworten nach festen, nachvollziehbaren Regeln des "
        "Leitfadens abgeleitet oder vom Team ergänzt. Innerhalb jeder Kategorie stehen die "
        "Maßnahmen mit hoher Priorität zuerst.",
        "Measures are derived from the answers by the guideline's fixed, transparent rules "
        "or were added by the team. Within each category high-priority measures come first.",
    ),
    "col_owner_due": ("Verantwortlich · Termin", "Responsible · due"),
    "col_classification": ("Einordnung", "Classification"),
    "no_items": ("Keine Maßnahmen in dieser Kategorie.", "No measures in this category."),
    "due_open": ("offen", "open"),
    "due": ("Termin", "Due"),
    "priority": ("Priorität", "Priority"),
    "effort": ("Aufwand", "Effort"),
    "horizon": ("Horizont", "Horizon"),
    "status": ("Status", "Status"),
    "decision": ("Entscheidung", "Decision"),
    "why": ("Warum", "Why"),
    "example": ("Beispiel", "Example"),
    "sources": ("Quellen", "Sources"),
    "done_when": ("Erledigt, wenn", "Done when"),
    "involved": ("Beteiligt", "Involved"),
    "barrier": ("Barriere", "Barrier"),
    "placement": ("Im Plan", "In the plan"),
    "also_covers": ("Umfasst auch", "Also covers"),
    "inferred_from": ("{basis}, gestützt auf {sources}", "{basis}, drawing on {sources}"),
    "reason_waiting": (
        "bis zur Klärung zurückgestellt: {ids}",
        "held back until clarified: {ids}",
    ),
    "edited": ("vom Team angepasst", "adapted by the team"),
    "reason_rated": (
        "Aussage {sid} mit {level} „{label}“ bewertet, Ziel {target}",
        "Statement {sid} rated {level} “{label}”, target {target}",
    ),
    "reason_spread": (
        "Aussage {sid}: Einschätzungen liegen {spread} Stufen auseinander",
        "Statement {sid}: ratings lie {spread} levels apart",
    ),
    "reason_unknown": (
        "Aussage {sid} mit „weiß nicht“ beantwortet – vor einer Entscheidung klären",
        "Statement {sid} answered “don't know” – clarify before deciding",
    ),
    "reason_own": ("Vom Team ergänzte Maßnahme", "Measure added by the team"),
    "reason_stale": (
        "Durch die aktuellen Antworten nicht mehr ausgelöst; bleibt als angenommene "
        "Maßnahme im Plan",
        "No longer triggered by the current answers; kept in the plan as accepted",
    ),
    "clarify": ("Klärungsbedarf", "To be clarified"),
    "clarify_intro": (
        "Zu diesen Aussagen konnte das Team keine Einschätzung abgeben („weiß nicht“). "
        "Sie sollten geklärt werden, bevor über weitere Maßnahmen entschieden wird.",
        "The team could not assess these statements (“don't know”). They should be "
        "clarified before further measures are decided.",
    ),
    "rejected": ("Abgelehnte Vorschläge", "Rejected proposals"),
    "rejected_intro": (
        "Zur Transparenz: Diese Vorschläge hat das Team geprüft und nicht übernommen.",
        "For transparency: the team reviewed these proposals and did not adopt them.",
    ),
    # Appendix
    "appendix": ("Anhang", "Appendix"),
    "answers": ("Alle Antworten", "All answers"),
    "col_answer": ("Bewertung", "Rating"),
    "comment": ("Kommentar", "Comment"),
    "evidence": ("Belege", "Evidence"),
    "votes": ("Stimmen", "Votes"),
    "glossary": ("Glossar", "Glossary"),
    "col_term": ("Begriff", "Term"),
    "col_definition": ("Erklärung", "Definition"),
    "source_list": ("Quellen", "Sources"),
    "none": ("–", "–"),
    # Charts
    "chart_score": ("Reifegrad (%)", "Maturity (%)"),
    "chart_current": ("Ist", "Current"),
    "chart_target": ("Ziel", "Target"),
    "chart_barrier_axis": (
        "Reifegrad der zugeordneten Aussagen (%) – niedrig = starke Barriere",
        "Maturity of the related statements (%) – low = strong barrier",
    ),
    "chart_no_data": ("keine Daten", "no data"),
    "chart_votes_axis": ("Stimmen", "Votes"),
}


def tr(key: str, lang: str, **values: object) -> str:
    """The label ``key`` in ``lang`` (German unless "en"), formatted with ``values``."""
    de, en = _STRINGS[key]
    text = en if lang == "en" else de
    return text.format(**values) if values else text
