"""How the role groups see the statements: perception gaps, without exposing anyone's vote.

Every vote carries the respondent's role group and how many people it speaks for. Per role
group this module computes the median (and mean) level of the rated votes per statement and
per dimension, counting each vote by its headcount.

**Anonymity.** A group is shown on its own only if at least :data:`MIN_VOTERS` people voted
in it. Smaller groups (and votes without a role group) are merged into one group, "weitere
Gruppen"; if that merged group is still smaller than :data:`MIN_VOTERS`, it is left out.
The same threshold applies to every single value: a group's median for one statement or
dimension is shown only if at least :data:`MIN_VOTERS` of its people gave a rated vote
there, so "weiß nicht" from two of three people cannot reveal the third one's level.

**Findings.** A statement where two shown groups' medians are :data:`FINDING_GAP` levels or
more apart is a finding ("Leitung sieht E4 bei 3, Beschäftigte bei 1"), the most divergent
first. It asks for a conversation between those groups rather than a number in the plan.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from desktop_app.domain.answers import AnswerKind, AnswerSet, Vote
from desktop_app.domain.model import Guideline
from desktop_app.texts import t

MIN_VOTERS = 3  # fewer people than this are never shown as a group or a value
FINDING_GAP = 2  # levels between two groups' medians that make a finding
OTHER = "\x00other"  # key of the merged small groups (no role group can be called this)


@dataclass(frozen=True, slots=True)
class Group:
    """A group as shown: one role group, or the merged small ones (:data:`OTHER`)."""

    key: str
    members: tuple[str, ...]  # role groups it stands for ("" for votes without one)
    voters: int  # people in it (by headcount)

    def name(self, lang: str) -> str:
        return t("perception.other_groups", lang) if self.key == OTHER else self.key


@dataclass(frozen=True, slots=True)
class Level:
    """One group's view of one statement or dimension."""

    voters: int  # people whose rated votes make up the value (by headcount)
    median: int  # the lower median, a level on the scale
    mean: float


@dataclass(frozen=True, slots=True)
class Finding:
    statement_id: str
    dimension_id: str
    high: Group
    high_level: int
    low: Group
    low_level: int

    @property
    def gap(self) -> int:
        return self.high_level - self.low_level

    def text(self, lang: str) -> str:
        return t(
            "perception.finding",
            lang,
            high=self.high.name(lang),
            id=self.statement_id,
            high_level=self.high_level,
            low=self.low.name(lang),
            low_level=self.low_level,
        )


@dataclass(frozen=True)
class Perception:
    groups: tuple[Group, ...]  # shown groups: the role groups by size, "weitere" last
    statements: dict[str, dict[str, Level]] = field(default_factory=dict)  # id → group → level
    dimensions: dict[str, dict[str, Level]] = field(default_factory=dict)
    findings: tuple[Finding, ...] = ()
    left_out: tuple[str, ...] = ()  # role groups too small to show even when merged

    @property
    def empty(self) -> bool:
        """Nothing to compare: fewer than two groups can be shown."""
        return len(self.groups) < 2


@dataclass(frozen=True, slots=True)
class _Person:
    role_group: str
    headcount: int


def _people(votes: Iterable[Vote]) -> dict[str, _Person]:
    """Respondents by label; a label keeps the largest headcount it voted with."""
    people: dict[str, _Person] = {}
    for v in votes:
        known = people.get(v.respondent)
        count = max(1, v.headcount)
        if known is None or count > known.headcount:
            people[v.respondent] = _Person(v.role_group.strip(), count)
    return people


_Grouping = tuple[tuple[Group, ...], dict[str, str], tuple[str, ...]]


def _groups(people: dict[str, _Person]) -> _Grouping:
    """Shown groups, each role group's group key, and the role groups left out."""
    size: dict[str, int] = {}
    for person in people.values():
        size[person.role_group] = size.get(person.role_group, 0) + person.headcount
    big = sorted(
        (g for g, n in size.items() if g and n >= MIN_VOTERS), key=lambda g: (-size[g], g)
    )
    small = sorted(g for g in size if g not in big)
    groups = [Group(g, (g,), size[g]) for g in big]
    key_of = {g: g for g in big}
    merged = sum(size[g] for g in small)
    left_out: tuple[str, ...] = ()
    if small and merged >= MIN_VOTERS:
        groups.append(Group(OTHER, tuple(small), merged))
        key_of.update({g: OTHER for g in small})
    else:
        left_out = tuple(g for g in small if g)
    return tuple(groups), key_of, left_out


def _level(levels: list[int], voters: int) -> Level | None:
    if voters < MIN_VOTERS or not levels:
        return None
    levels.sort()
    return Level(voters, levels[(len(levels) - 1) // 2], sum(levels) / len(levels))


def perceive(guideline: Guideline, answers: AnswerSet) -> Perception:
    """The role groups' views of ``answers``, with small groups merged or left out."""
    all_votes = [v for a in answers.answers.values() for v in a.votes]
    people = _people(all_votes)
    groups, key_of, left_out = _groups(people)
    by_key = {g.key: g for g in groups}

    statements: dict[str, dict[str, Level]] = {}
    dimensions: dict[str, dict[str, Level]] = {}
    findings: list[Finding] = []
    for dim in guideline.dimensions:
        pooled: dict[str, list[int]] = {}
        pooled_people: dict[str, set[str]] = {}
        for st in dim.statements:
            levels: dict[str, list[int]] = {}
            voters: dict[str, int] = {}
            for v in answers.get(st.id).votes:
                key = key_of.get(people[v.respondent].role_group)
                if key is None or v.kind is not AnswerKind.RATED or v.level is None:
                    continue
                count = people[v.respondent].headcount
                levels.setdefault(key, []).extend([v.level] * count)
                voters[key] = voters.get(key, 0) + count
                pooled.setdefault(key, []).extend([v.level] * count)
                pooled_people.setdefault(key, set()).add(v.respondent)
            cells = {
                key: level
                for key in by_key
                if (level := _level(levels.get(key, []), voters.get(key, 0))) is not None
            }
            if cells:
                statements[st.id] = cells
            finding = _finding(st.id, dim.id, cells, by_key)
            if finding is not None:
                findings.append(finding)
        dim_cells: dict[str, Level] = {}
        for key in by_key:
            headcount = sum(people[p].headcount for p in pooled_people.get(key, set()))
            level = _level(pooled.get(key, []), headcount)
            if level is not None:
                dim_cells[key] = level
        if dim_cells:
            dimensions[dim.id] = dim_cells

    order = {st.id: i for i, st in enumerate(guideline.statements)}
    findings.sort(key=lambda f: (-f.gap, order[f.statement_id]))
    return Perception(groups, statements, dimensions, tuple(findings), left_out)


def _finding(
    statement_id: str, dimension_id: str, cells: dict[str, Level], groups: dict[str, Group]
) -> Finding | None:
    if len(cells) < 2:
        return None
    ordered = [k for k in groups if k in cells]  # the groups' own order breaks ties
    high = max(ordered, key=lambda k: cells[k].median)
    low = min(ordered, key=lambda k: cells[k].median)
    if cells[high].median - cells[low].median < FINDING_GAP:
        return None
    return Finding(
        statement_id,
        dimension_id,
        groups[high],
        cells[high].median,
        groups[low],
        cells[low].median,
    )
