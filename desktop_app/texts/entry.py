"""The shape of a catalogue entry: a (German, English) pair, or plural forms of pairs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Plural:
    one: tuple[str, str]
    other: tuple[str, str]


Entry = tuple[str, str] | Plural
