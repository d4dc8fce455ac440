"""Child process for tests/test_kill_writer.py: save answers until killed.

Usage: ``python kill_writer.py DB_PATH ASSESSMENT_ID FIRST_NUMBER``

Prints ``ready`` once the database is open, then for n = FIRST_NUMBER, FIRST_NUMBER+1, …
saves the answer for statement ``K<n>`` through ``repository.save_answer`` and, only after
that call has returned (committed), prints ``saved <n>`` and flushes. Every line on stdout is
therefore a promise the parent checks after killing this process at a random moment.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop_app.domain.answers import Answer, AnswerKind
from desktop_app.storage.database import open_database
from desktop_app.storage.repository import save_answer


def expected(n: int) -> Answer:
    """The answer written for number ``n`` (the parent rebuilds it to compare)."""
    return Answer(
        f"K{n}",
        AnswerKind.RATED,
        n % 5,
        target=(n + 1) % 5,
        comment=f"Kommentar {n} – äöü 🙂 " + "x" * (n % 97),
        flagged=n % 2 == 0,
    )


def main(argv: list[str]) -> int:
    db = open_database(Path(argv[1]))
    assessment_id, n = int(argv[2]), int(argv[3])
    print("ready", flush=True)
    while True:
        save_answer(db, assessment_id, expected(n))
        sys.stdout.write(f"saved {n}\n")
        sys.stdout.flush()
        n += 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
