"""Every released version of the guideline, loaded when an assessment needs it.

An assessment is scored with the guideline version it was made with: the current content
for new work, the frozen copy in ``archive/<version>/`` for older assessments. A version
that is neither (written by a development build, say) is read against the current content,
as before versions were kept. A version that is not a plain name (a path, say) is refused:
it would point outside the archive.
"""

from __future__ import annotations

import threading
from pathlib import Path

from desktop_app.content.changes import ARCHIVE_DIR, archived_dir, load_changes, version_problem
from desktop_app.content.loader import ContentError, ContentProblem, load_guideline
from desktop_app.domain.model import Guideline, VersionChanges


class GuidelineStore:
    """Loads each version once; safe to share between the GUI and a server thread."""

    def __init__(self, root: Path) -> None:
        self._root = Path(root)
        self._lock = threading.Lock()
        self._current: Guideline | None = None
        self._versions: dict[str, Guideline] = {}
        self._changes: VersionChanges | None = None
        self._changes_read = False

    @property
    def current(self) -> Guideline:
        with self._lock:
            if self._current is None:
                self._current = load_guideline(self._root)
            return self._current

    def for_version(self, version: str) -> Guideline:
        """The guideline an assessment made with ``version`` is scored and shown with.

        Raises :class:`ContentError` for a version that is not a plain name.
        """
        current = self.current
        if not version or version == current.version:
            return current
        if problem := version_problem(version):
            raise ContentError([ContentProblem(ARCHIVE_DIR, "", problem)])
        with self._lock:
            if version not in self._versions:
                folder = archived_dir(self._root, version)
                self._versions[version] = load_guideline(folder) if folder.is_dir() else current
            return self._versions[version]

    def is_archived(self, version: str) -> bool:
        return version_problem(version) is None and archived_dir(self._root, version).is_dir()

    def changes_since(self, version: str) -> VersionChanges | None:
        """How statements of ``version`` map to the current one (None if not described)."""
        with self._lock:
            if not self._changes_read:
                self._changes, _problems = load_changes(self._root)
                self._changes_read = True
            changes = self._changes
        return changes if changes is not None and changes.from_version == version else None

    def adopt(self, guideline: Guideline) -> None:
        """Use an already loaded current guideline (tests share one across many stores)."""
        with self._lock:
            self._current = guideline
