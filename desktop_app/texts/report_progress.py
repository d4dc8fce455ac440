"""The progress report's own wording (Fortschrittsbericht), part of the text catalogue.

Looked up like the action plan's wording as ``report.<name>``; the keys start with ``pr_`` so
they never meet a key of :mod:`desktop_app.texts.report`.
"""

from __future__ import annotations

from desktop_app.texts.entry import Entry, Plural

PROGRESS_REPORT: dict[str, Entry] = {
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
    # {delta} carries its sign ("−20 Pp."), so the text must not say "by".
    "pr_concern_fell": ("gefallen: {delta}, jetzt {after}", "fell: {delta}, now {after}"),
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
    "pr_scope_own": Plural(
        one=("dazu eine eigene Aussage",
             "plus one own statement"),
        other=("dazu {n} eigene Aussagen",
               "plus {n} own statements"),
    ),
    "pr_review_unconfirmed": Plural(
        one=("Eine davon hat das Team noch nicht bestätigt.",
             "The team has not confirmed one of them yet."),
        other=("{n} davon hat das Team noch nicht bestätigt.",
               "The team has not confirmed {n} of them yet."),
    ),
    "pr_decide_dropped": Plural(
        one=("Über die eingestellte Maßnahme entscheiden",
             "Decide on the dropped measure"),
        other=("Über {n} eingestellte Maßnahmen entscheiden",
               "Decide on {n} dropped measures"),
    ),
    "pr_decide_concerns": Plural(
        one=("Den Sorgenbereich angehen",
             "Address the area of concern"),
        other=("Die {n} Sorgenbereiche angehen",
               "Address the {n} areas of concern"),
    ),
    "pr_level_up": Plural(
        one=("eine Stufe höher",
             "one level up"),
        other=("{n} Stufen höher",
               "{n} levels up"),
    ),
    "pr_level_down": Plural(
        one=("eine Stufe tiefer",
             "one level down"),
        other=("{n} Stufen tiefer",
               "{n} levels down"),
    ),
    "pr_asked": Plural(
        one=("eine Aussage",
             "one statement"),
        other=("{n} Aussagen",
               "{n} statements"),
    ),
    "pr_chain_n": Plural(
        one=("eine Erhebung",
             "one assessment"),
        other=("{n} Erhebungen",
               "{n} assessments"),
    ),
    "pr_more_statements": Plural(
        one=("… und eine weitere Aussage",
             "… and one more statement"),
        other=("… und {n} weitere Aussagen",
               "… and {n} more statements"),
    ),
}
