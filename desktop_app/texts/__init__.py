"""Every text of the app that is not a widget's, in German and English, in one place.

Widget texts (labels, buttons, menus) go through Qt Linguist (``resources/i18n``); every
other text — domain labels, service and CLI messages, hints, report wording — is looked up
here by key: ``t("session.changed", "de", id="A5", old="2", new="3")``. Counted texts have
plural forms: ``tn("cli.pages", 1, "de")`` gives "1 Seite", ``tn(…, 2, …)`` "2 Seiten".

Both languages are required for every entry (a test checks the catalogue); English falls
back to German only for an unknown language code.
"""

from __future__ import annotations

from desktop_app.texts.catalogue import CATALOGUE
from desktop_app.texts.entry import Plural

LANGUAGES = ("de", "en")


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def t(key: str, lang: str, **params: object) -> str:
    entry = CATALOGUE[key]
    if isinstance(entry, Plural):
        raise TypeError(f"{key} has plural forms: use tn()")
    return _pick(entry, lang).format(**params)


def tn(key: str, n: int, lang: str, **params: object) -> str:
    """The form for ``n`` (one/other, as German and English both count), ``n`` filled in."""
    entry = CATALOGUE[key]
    if not isinstance(entry, Plural):
        raise TypeError(f"{key} has no plural forms: use t()")
    form = entry.one if n == 1 else entry.other
    return _pick(form, lang).format(n=n, **params)


__all__ = ["CATALOGUE", "LANGUAGES", "Plural", "t", "tn"]
