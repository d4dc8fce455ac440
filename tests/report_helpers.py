"""Helpers for the report tests: text per page, the annex's first page, the words a report
may contain, and an assessment with the longest texts the exchange format allows."""

from __future__ import annotations

import dataclasses
import io
import re
from collections.abc import Iterator
from enum import Enum
from pathlib import Path

from pypdf import PdfReader

from desktop_app.domain.answers import Answer, AnswerKind, AnswerSet
from desktop_app.domain.assessment import Evaluation, evaluate
from desktop_app.domain.limits import LONG_TEXT, OWNER, PLAN_TITLE
from desktop_app.domain.model import Category, Guideline
from desktop_app.domain.plan import Decision, PlanEntry
from desktop_app.reporting import strings
from desktop_app.reporting.model.types import ReportModel
from desktop_app.services.demo_data import build_demo
from desktop_app.texts import Plural
from desktop_app.texts.report import REPORT

WORD = re.compile(r"[^\W\d_]+")


def pdf_pages(source: Path | bytes) -> list[str]:
    stream = io.BytesIO(source) if isinstance(source, bytes) else source
    return [page.extract_text() or "" for page in PdfReader(stream).pages]


def squash(value: str) -> str:
    return " ".join(value.split())


def annex_start(pages: list[str], lang: str) -> int:
    """The 1-based number of the page the annex starts on."""
    head = strings.tr("section_about", lang)
    return next(n for n, text in enumerate(pages, 1) if head in squash(text))


def demo_evaluation(guideline: Guideline) -> Evaluation:
    d = build_demo(guideline)
    return evaluate(guideline, d.info, d.answers, d.entries)


def _texts(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Enum):
        yield str(value.value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _texts(getattr(value, f.name))
    elif isinstance(value, dict):
        for v in value.values():
            yield from _texts(v)
    elif isinstance(value, tuple | list):
        for v in value:
            yield from _texts(v)


def vocabulary(model: ReportModel) -> set[str]:
    """Every word the report can print: the model's texts and the report's own labels."""
    words: set[str] = set()
    pairs = [p for e in REPORT.values()
             for p in ((e.one, e.other) if isinstance(e, Plural) else (e,))]
    sources = [*_texts(model), *(text for pair in pairs for text in pair)]
    for text in sources:
        words.update(WORD.findall(text))
    return words


def _hyphenated(line: str) -> bool:
    return line.endswith(("-", "\u00ad")) and line[-2:-1].isalpha()


def broken_words(pages: list[str], words: set[str], reach: int = 80) -> list[str]:
    """Line breaks that split a word without a hyphen.

    Extracted text keeps the lines as drawn. A line ending in a hyphen must continue, on one
    of the next lines, with the rest of a word the report contains ("Finan-" … "zierung"),
    or be a compound of two such words ("Nicht-" … "Wissen"). The rest need not follow at
    once: the other cells of a table row, or a page break inside the row, come between.
    Every other line break must fall between two words the report contains.
    """
    bad = []
    # One run of lines over all pages: a word hyphenated at a page foot ends on the next page.
    for page in ["\n".join(pages)]:
        lines = [ln.strip() for ln in page.split("\n") if ln.strip()]
        tokens = [WORD.findall(ln) for ln in lines]
        rest: set[int] = set()  # lines that begin with the rest of a hyphenated word
        for i, line in enumerate(lines):
            if not _hyphenated(line):
                continue
            frag = tokens[i][-1]
            ahead = [j for j in range(i + 1, min(len(lines), i + reach))
                     if j not in rest and tokens[j]]
            match = next((j for j in ahead if frag + tokens[j][0] in words), None)
            if match is None and ahead and frag in words and tokens[ahead[0]][0] in words:
                match = ahead[0]  # a compound broken at its own hyphen
            if match is None:
                bad.append(f"{frag}-|?")
            else:
                rest.add(match)
        for i in range(len(lines) - 1):
            before, after = lines[i], lines[i + 1]
            if _hyphenated(before) or not tokens[i] or not tokens[i + 1]:
                continue
            if not (before[-1].isalpha() and after[0].isalpha()):
                continue  # the break is at punctuation, a number or a symbol
            last, first = tokens[i][-1], tokens[i + 1][0]
            last_ok = last in words or (i in rest and len(tokens[i]) == 1)
            first_ok = first in words or (i + 1) in rest or (
                _hyphenated(after) and len(tokens[i + 1]) == 1)
            if not (last_ok and first_ok):
                bad.append(f"{last}|{first}")
    return bad


def filler(label: str, length: int) -> str:
    """``length`` characters of plain German prose that begin with ``label``."""
    prose = ("Die Verwaltung prüft den Vorschlag mit den Fachbereichen und dem Personalrat, "
             "hält das Ergebnis im Protokoll fest und berichtet im nächsten Workshop. ")
    text = f"{label}: " + prose * (length // len(prose) + 1)
    return text[:length]


def longest_texts_evaluation(guideline: Guideline, own_measures: int = 25) -> Evaluation:
    """The demo with every free text at the exchange format's maximum length.

    A comment and evidence of 100,000 characters on every statement, a reason on every
    "nicht relevant", and ``own_measures`` own measures (half of them rejected with a reason)
    whose title, owner, text, note and criterion are as long as allowed: an 18.7 MB file
    that is legal to import.
    """
    d = build_demo(guideline)
    answers = {}
    for st in guideline.statements:
        base = d.answers.answers.get(st.id) or Answer(st.id, AnswerKind.RATED, 1)
        reason = filler(f"Grund {st.id}", LONG_TEXT) \
            if base.kind is AnswerKind.NOT_RELEVANT else ""
        answers[st.id] = dataclasses.replace(
            base,
            comment=filler(f"Kommentar {st.id}", LONG_TEXT),
            evidence=filler(f"Beleg {st.id}", LONG_TEXT),
            not_relevant_reason=reason,
        )
    entries = list(d.entries)
    for n in range(1, own_measures + 1):
        rejected = n % 2 == 0
        entries.append(PlanEntry(
            key=f"own:00000000-0000-4000-8000-{n:012d}",
            category=list(Category)[n % 3],
            title=filler(f"Eigene Maßnahme {n}", PLAN_TITLE),
            text=filler(f"Beschreibung {n}", LONG_TEXT),
            owner=filler(f"Stelle {n}", OWNER),
            involved=filler(f"Beteiligte {n}", OWNER),
            done_when=filler(f"Kriterium {n}", PLAN_TITLE),
            note=filler(f"Notiz {n}", LONG_TEXT),
            decision=Decision.REJECTED if rejected else Decision.ACCEPTED,
            reject_reason=filler(f"Ablehnung {n}", LONG_TEXT) if rejected else "",
        ))
    return evaluate(guideline, d.info, AnswerSet(d.answers.default_target, answers), entries)
