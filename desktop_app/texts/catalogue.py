"""The entries of the text catalogue, grouped by the part of the app that shows them.

Keys are ``<area>.<name>``; placeholders are ``str.format`` fields. Keep German first; write
German in the style of guideline_content/FORMAT.md (neutral forms, no slashes or asterisks).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Plural:
    one: tuple[str, str]
    other: tuple[str, str]


Entry = tuple[str, str] | Plural

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
        ("{n} Aussage hat Stimmen, aber noch keinen Konsens",
         "{n} statement has votes but no consensus yet"),
        ("{n} Aussagen haben Stimmen, aber noch keinen Konsens",
         "{n} statements have votes but no consensus yet"),
    ),
}
