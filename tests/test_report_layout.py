"""Layout defects that made the report read badly: broken words, charts that mislead."""

from __future__ import annotations

import pytest

from desktop_app.domain.assessment import Evaluation
from desktop_app.domain.model import Guideline
from desktop_app.reporting import charts
from desktop_app.reporting.model import build_model
from desktop_app.reporting.pdf import render_report
from tests.report_helpers import broken_words, demo_evaluation, pdf_pages, vocabulary


@pytest.fixture(scope="module")
def demo(guideline: Guideline) -> Evaluation:
    return demo_evaluation(guideline)


def test_the_check_finds_a_word_broken_without_hyphen() -> None:
    words = {"Die", "Lücke", "ist", "groß", "Verwaltungs", "vorstand", "Verwaltungsvorstand"}
    assert broken_words(["Die Lück\ne ist groß"], words) == ["Lück|e"]
    assert broken_words(["Verwaltungsvorstan\nd"], words) == ["Verwaltungsvorstan|d"]
    assert broken_words(["Die Lücke\nist groß", "Verwaltungs-\nvorstand"], words) == []
    assert broken_words(["Verwal-\ntungsvorstand"], words) == []  # hyphenated: one word
    assert broken_words(["Verw-\nxyz"], words) == ["Verw-|?"]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_word_is_broken_without_a_hyphen(demo: Evaluation, lang: str) -> None:
    pages = pdf_pages(render_report(demo, lang))
    assert broken_words(pages, vocabulary(build_model(demo, lang))) == []


def test_panels_of_one_figure_share_their_axis(demo: Evaluation) -> None:
    chart = build_model(demo, "de").charts["votes"]
    assert len(chart.panels) > 1
    fig = charts.draw_columns(chart, "de")
    limits = {ax.get_ylim() for ax in fig.axes if ax.get_visible()}
    assert len(limits) == 1


def test_chart_labels_are_at_least_7_5_pt(demo: Evaluation) -> None:
    for fig in (charts.radar_figure(demo, "de"), charts.barrier_figure(demo, "de"),
                charts.draw_columns(build_model(demo, "de").charts["votes"], "de")):
        fig.canvas.draw() if fig.canvas is not None else None
        for ax in fig.axes:
            texts = [*ax.texts, *ax.get_xticklabels(), *ax.get_yticklabels()]
            sizes = {t.get_fontsize() for t in texts if t.get_text() and t.get_visible()}
            assert sizes and min(sizes) >= 7.5, sizes


def test_a_longer_barrier_bar_is_a_stronger_barrier(demo: Evaluation) -> None:
    chart = build_model(demo, "de").charts["barriers"]
    strength = chart.panels[0].series[0].values
    by_name = {b.barrier: b for b in demo.results.barriers}
    for name, value in zip(chart.panels[0].categories, strength, strict=True):
        score = next(b for k, b in by_name.items() if name.startswith(str(_label(k))))
        assert score.percent is not None and value == pytest.approx(100 - score.percent)
    assert list(strength) == sorted(strength, reverse=True)  # strongest on top
    assert "Längerer Balken = stärkere Barriere" in chart.caption


def _label(barrier: object) -> str:
    from desktop_app.domain.labels import label
    from desktop_app.domain.model import BarrierType

    assert isinstance(barrier, BarrierType)
    return label(barrier, "de")
