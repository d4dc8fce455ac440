"""The report model: pure data, computed once, in either language."""

from __future__ import annotations

import subprocess
import sys

from desktop_app.domain.model import Guideline
from desktop_app.reporting.model import build_model
from desktop_app.reporting.strings import trn
from desktop_app.texts import Plural
from desktop_app.texts.report import REPORT
from tests.report_helpers import demo_evaluation


def test_model_needs_neither_reportlab_nor_matplotlib() -> None:
    code = (
        "import sys\n"
        "from desktop_app.content import load_guideline\n"
        "from desktop_app.paths import content_dir\n"
        "from desktop_app.reporting.model import build_model\n"
        "from tests.report_helpers import demo_evaluation\n"
        "build_model(demo_evaluation(load_guideline(content_dir())), 'de')\n"
        "heavy = [m for m in ('reportlab', 'matplotlib', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    # report_helpers imports pypdf only; it must not pull reportlab in either.
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_model_is_the_same_for_the_same_input(guideline: Guideline) -> None:
    ev = demo_evaluation(guideline)
    assert build_model(ev, "en") == build_model(ev, "en")
    assert build_model(ev, "de").decision_page.title != build_model(ev, "en").decision_page.title


def test_every_chart_comes_with_alt_text_and_its_table(guideline: Guideline) -> None:
    model = build_model(demo_evaluation(guideline), "de")
    assert set(model.charts) == {"dimensions", "categories", "barriers", "votes"}
    for chart in model.charts.values():
        assert chart.alt_text and chart.caption
        assert chart.table.rows and all(len(r) == len(chart.table.header)
                                        for r in chart.table.rows)
        for panel in chart.panels:
            assert all(len(s.values) == len(panel.categories) for s in panel.series)


def test_counted_texts_have_a_singular() -> None:
    for key in [k for k, entry in REPORT.items() if isinstance(entry, Plural)]:
        for lang in ("de", "en"):
            one = trn(key, lang, 1, ids="X", days="1", cost="0 €", of=2, total=3, sid="A1")
            assert "{" not in one, (key, lang, one)
            if key != "person_days_n":  # "1 Personentag" is the singular there
                assert " 1 " not in f" {one} ", (key, lang, one)
    assert trn("person_days_n", "de", 1, days="1") == "1 Personentag"
    assert trn("people", "en", 1) == "one person"
