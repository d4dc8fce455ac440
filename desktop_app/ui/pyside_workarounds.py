"""Work around a costly PySide6 import hook.

Since PySide6 6.4 (PYSIDE-2029) every module imported after PySide6 is checked for the text
"PySide6" with ``inspect.getsource``. That parses each file and leaves its source in
``linecache`` for the rest of the session: for matplotlib, numpy and SQLAlchemy about 7 MB
and some hundred milliseconds here. Reading the file's bytes answers the same question
without either cost.
"""

from __future__ import annotations

import sys
from types import ModuleType


def cheaper_feature_check() -> None:
    import PySide6.QtCore  # noqa: F401 - installs the hook we replace

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "_reads_bytes", False):
        return  # another PySide version without the hook, or already replaced

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return bool(original(module))  # frozen or built-in modules: PySide's own answer

    uses_pyside._reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
