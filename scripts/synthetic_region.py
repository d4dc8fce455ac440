"""Fill a store with a synthetic region: municipalities × assessments × voters.

Usage::

    python scripts/synthetic_region.py [--municipalities 100] [--assessments 3] [--voters 11]
        [--seed 7] [--data-dir DIR | --database-url postgresql+psycopg://…]

Every municipality gets a size class, one project and ``--assessments`` yearly assessments
in which every statement has a consensus and one vote per voter; most municipalities opt in
and share the scores of their latest assessment. Deterministic for a seed. Each assessment
is stored through the import path (one transaction), so this is also what a region's first
data load costs. The names are invented ("Gemeinde 017 (synthetisch)").
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from desktop_app.domain.answers import Answer, AnswerKind  # noqa: E402
from desktop_app.domain.assessment import AssessmentInfo, Phase  # noqa: E402
from desktop_app.domain.region import SizeClass  # noqa: E402
from desktop_app.domain.snapshot import (  # noqa: E402
    AssessmentSnapshot,
    Stamp,
    StampedAnswer,
    StampedRespondent,
    StampedVote,
    new_stamp,
)
from desktop_app.services.workspace import Workspace  # noqa: E402

# How many of a hundred municipalities fall in each size class (a Kreis-like mix).
SIZE_MIX = ((SizeClass.UNDER_20K, 30), (SizeClass.UNDER_50K, 35), (SizeClass.UNDER_100K, 20),
            (SizeClass.UNDER_200K, 10), (SizeClass.OVER_200K, 5))
# The eleven people of a workshop, by role group.
VOTERS = (("Leitung", 2), ("Fachbereiche", 4), ("IT", 2), ("Personalrat", 1),
          ("Pilotnutzende", 2))
SHARE_RATE = 0.85


@dataclass(frozen=True)
class RegionFigures:
    municipalities: int
    assessments: int
    votes: int
    shared: int
    seconds: float
    latest: list[int]  # each municipality's latest assessment id


def _size_class(rng: random.Random) -> SizeClass:
    roll = rng.uniform(0, sum(w for _, w in SIZE_MIX))
    for size, weight in SIZE_MIX:
        roll -= weight
        if roll <= 0:
            return size
    return SIZE_MIX[-1][0]


def _voters(count: int) -> list[tuple[str, str]]:
    """``count`` respondents (label, role group), cycling through the role groups."""
    groups = [g for g, n in VOTERS for _ in range(n)]
    while len(groups) < count:
        groups += groups
    return [(f"{g} {i + 1}", g) for i, g in enumerate(groups[:count])]


def snapshot(ws: Workspace, rng: random.Random, name: str, year: int, maturity: float,
             voters: int) -> AssessmentSnapshot:
    guideline = ws.guideline
    people = [StampedRespondent(new_stamp(), label, group, 1) for label, group in
              _voters(voters)]
    answers, votes = [], []
    for d_index, dim in enumerate(guideline.dimensions):
        dim_level = maturity + ((d_index * 7919) % 5 - 2) * 0.3
        for st in dim.statements:
            level = max(0, min(4, round(rng.gauss(dim_level, 0.7))))
            answers.append(StampedAnswer(new_stamp(), Answer(st.id, AnswerKind.RATED, level)))
            for person in people:
                vote = max(0, min(4, level + rng.choice((-1, 0, 0, 0, 1))))
                votes.append(StampedVote(new_stamp(), person.stamp.uuid, st.id,
                                         AnswerKind.RATED, vote))
    info = AssessmentInfo(
        id=0, uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
        municipality=name, project="Einführung Digitaler Zwilling", phase=Phase.INTRODUCTION,
        held_on=date(year, 3 + rng.randrange(8), 1 + rng.randrange(28)),
        moderator="", participants="", content_version=guideline.version, default_target=3,
        title=f"Selbsteinschätzung {year}",
    )
    return AssessmentSnapshot(info=info, stamp=Stamp(info.uuid), respondents=people,
                              answers=answers, votes=votes)


def generate(ws: Workspace, municipalities: int = 100, assessments: int = 3, voters: int = 11,
             seed: int = 7, progress: bool = False) -> RegionFigures:
    from desktop_app.storage import comparison, repository

    rng = random.Random(seed)
    started = time.perf_counter()
    latest: list[int] = []
    shared = 0
    for m in range(municipalities):
        name = f"Gemeinde {m + 1:03} (synthetisch)"
        maturity = rng.uniform(0.8, 2.8)
        aid = 0
        for a in range(assessments):
            year = 2026 - assessments + 1 + a
            aid = repository.import_assessment(
                ws.db, snapshot(ws, rng, name, year, maturity + 0.3 * a, voters)
            )
        latest.append(aid)
        member = comparison.membership(ws.db, aid)
        comparison.place(ws.db, member.municipality_id, _size_class(rng))
        if rng.random() < SHARE_RATE:
            ws.share_comparison(aid)
            shared += 1
        if progress and (m + 1) % 10 == 0:
            print(f"  {m + 1} municipalities", file=sys.stderr)
    return RegionFigures(municipalities, municipalities * assessments,
                         municipalities * assessments * voters * len(ws.guideline.statements),
                         shared, time.perf_counter() - started, latest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--municipalities", type=int, default=100)
    parser.add_argument("--assessments", type=int, default=3)
    parser.add_argument("--voters", type=int, default=11)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--database-url")
    args = parser.parse_args()
    ws = Workspace(args.data_dir, database_url=args.database_url)
    try:
        figures = generate(ws, args.municipalities, args.assessments, args.voters, args.seed,
                           progress=True)
    finally:
        ws.close()
    print(f"{figures.municipalities} municipalities, {figures.assessments} assessments, "
          f"{figures.votes} votes, {figures.shared} sharing, in {figures.seconds:.1f} s "
          f"({ws.database_label})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
