"""What goes into the PyInstaller bundle: pure data and functions, no PyInstaller import.

``build_installer.spec`` loads this file by path (``packaging/`` is deliberately not a Python
package: an importable ``packaging`` would shadow the PyPA ``packaging`` library that
PyInstaller itself uses), and ``tests/test_bundle_spec.py`` checks it without building.
Destination paths use ``/``; PyInstaller normalises them per platform.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath
from string import Template

ROOT = Path(__file__).resolve().parent.parent
ENTRY_SCRIPT = "desktop_app/__main__.py"
DEBUG_CONSOLE_ENV = "WANDELKOMPASS_DEBUG_CONSOLE"
HOOKS_DIR = "packaging/hooks"
VERSION_TEMPLATE = "packaging/version_info.txt.in"
ICON_ICO = "resources/icons/app.ico"

# --------------------------------------------------------------------------- project metadata


def project_metadata(root: Path = ROOT) -> dict[str, str]:
    """``name``, ``version`` and ``description`` from ``pyproject.toml`` (the only source)."""
    project = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {
        "name": project["name"],
        "version": project["version"],
        "description": project.get("description", project["name"]),
    }


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3rc1"`` → ``(1, 2, 3, 0)``: Windows wants exactly four 16-bit numbers."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in match.group(0).split(".")] if match else []
    numbers = (numbers + [0, 0, 0, 0])[:4]
    return tuple(min(n, 65535) for n in numbers)  # type: ignore[return-value]


def render_version_file(root: Path = ROOT) -> str:
    """The Windows VERSIONINFO resource text, filled from pyproject."""
    meta = project_metadata(root)
    template = Template((root / VERSION_TEMPLATE).read_text(encoding="utf-8"))
    return template.substitute(
        version_tuple=repr(version_tuple(meta["version"])),
        version=meta["version"],
        description=meta["description"].replace("'", "’"),
        product="Wandelkompass",
        exe_name=meta["name"],
    )


# --------------------------------------------------------------------------- data files

# (source folder, destination inside sys._MEIPASS, suffixes to take; None = every file).
# Destinations mirror the source tree because the code finds them the same way in both:
# paths.bundle_root() is sys._MEIPASS when frozen; storage/database.py uses
# Path(__file__).parent / "migrations" and a frozen module's __file__ lies under
# sys._MEIPASS/<package path>; exchange/format.py uses importlib.resources.files().
DATA_FOLDERS: tuple[tuple[str, str, frozenset[str] | None], ...] = (
    ("guideline_content", "guideline_content", frozenset({".yaml", ".yml", ".md"})),
    ("resources/fonts", "resources/fonts", frozenset({".ttf", ".otf", ".txt"})),
    ("resources/i18n", "resources/i18n", frozenset({".qm"})),
    ("resources/icons", "resources/icons", frozenset({".png", ".ico", ".svg"})),
    # Alembic imports env.py and versions/*.py from files at run time: ship them as source.
    ("desktop_app/storage/migrations", "desktop_app/storage/migrations",
     frozenset({".py", ".mako"})),
    # The phone page's files; web/app.py reads them with importlib.resources.files().
    ("desktop_app/web/static", "desktop_app/web/static",
     frozenset({".html", ".css", ".js", ".svg"})),
)
DATA_FILES: tuple[tuple[str, str], ...] = (
    ("desktop_app/exchange/schema.json", "desktop_app/exchange"),
    ("desktop_app/exchange/schema_v1.json", "desktop_app/exchange"),
)
# Resource folders the GUI may add later (e.g. styles/*.qss) are taken whole, minus sources.
OTHER_RESOURCE_SKIP = frozenset({".ts", ".pro", ".xcf", ".psd", ".pyc", ".py"})
# The migrations package's __init__ is a normal frozen module (SCHEMA_HEAD); no copy needed.
SKIP_NAMES = frozenset({"__init__.py", ".gitkeep", ".DS_Store", "Thumbs.db"})


def _files(folder: Path, suffixes: frozenset[str] | None, skip: frozenset[str]) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.name in SKIP_NAMES:
            continue
        if suffixes is not None and path.suffix.lower() not in suffixes:
            continue
        if path.suffix.lower() in skip:
            continue
        yield path


# pyphen's hyphenation dictionaries for the report languages, with their licence notes.
# pyphen finds them with importlib.resources in pyphen/dictionaries/; PyInstaller has no hook
# that collects them, and the other 80 languages would add 6 MB for nothing.
PYPHEN_DIR = "pyphen/dictionaries"
PYPHEN_FILES = frozenset({
    "hyph_de_DE.dic", "README_hyph_de.txt", "hyph_en_GB.dic", "README_hyph_en_GB.txt",
})


def pyphen_entries() -> list[tuple[str, str]]:
    """The report's hyphenation dictionaries from the installed pyphen package."""
    import importlib.util

    spec = importlib.util.find_spec("pyphen")
    if spec is None or spec.origin is None:
        raise RuntimeError("pyphen is not installed; the report needs it for hyphenation")
    folder = Path(spec.origin).parent / "dictionaries"
    return [(str(folder / name), PYPHEN_DIR) for name in sorted(PYPHEN_FILES)]


def data_entries(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for ``Analysis(datas=...)``."""
    entries: list[tuple[str, str]] = []
    known = set()
    for src, dest, suffixes in DATA_FOLDERS:
        folder = root / src
        known.add(folder)
        if not folder.is_dir():
            continue
        for path in _files(folder, suffixes, frozenset()):
            rel = path.parent.relative_to(folder).as_posix()
            entries.append((str(path), dest if rel == "." else f"{dest}/{rel}"))
    resources = root / "resources"
    if resources.is_dir():
        for sub in sorted(p for p in resources.iterdir() if p.is_dir() and p not in known):
            for path in _files(sub, None, OTHER_RESOURCE_SKIP):
                entries.append((str(path), path.parent.relative_to(root).as_posix()))
    for src, dest in DATA_FILES:
        entries.append((str(root / src), dest))
    return entries + pyphen_entries()


# --------------------------------------------------------------------------- hidden imports


def migration_imports(root: Path = ROOT) -> list[str]:
    """Modules imported by env.py and versions/*.py, which PyInstaller never analyses."""
    found: set[str] = set()
    for path in sorted((root / "desktop_app/storage/migrations").rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif (isinstance(node, ast.ImportFrom) and node.module and node.level == 0
                  and node.module != "__future__"):
                found.add(node.module)  # "from alembic import op": op is in HIDDEN_IMPORTS
    return sorted(found)


HIDDEN_IMPORTS: tuple[str, ...] = (
    # Alembic is imported lazily in storage/database.py; its run-time pieces are loaded
    # through the migration scripts, which are data files.
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.context",
    "alembic.op",
    "alembic.runtime.environment",
    "alembic.runtime.migration",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.operations.toimpl",
    "desktop_app.storage.models",
    "sqlalchemy.dialects.sqlite",
    # A region's server (--database-url): SQLAlchemy loads its dialect by name, and psycopg
    # picks its libpq wrapper at run time; the binary one carries libpq in the bundle.
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg_binary",
    "psycopg_binary.pq",
    # ReportLab's C accelerator is imported inside a try block that PyInstaller cannot
    # follow; without it every report falls back to the pure-Python string code.
    "_rl_accel",
    # The GUI (desktop_app/ui uses QtCore, QtGui and QtWidgets only; SVG icons work through
    # the qsvg/qsvgicon plugins, without the PySide6.QtSvg module) and the QtAgg canvas,
    # which results_view.py imports inside a function.
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "matplotlib.backends.backend_agg",
    "matplotlib.backends.backend_qtagg",
    # Phone voting. The GUI and the command line import desktop_app.web only when a round is
    # opened to phones; uvicorn loads its loop, HTTP protocol and lifespan classes from
    # strings (server.UVICORN_CHOICES → uvicorn.config's tables) and anyio its event-loop
    # backend with importlib, so PyInstaller's analysis sees none of them.
    "desktop_app.web.server",
    "desktop_app.web.qr",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.lifespan.off",
    "anyio._backends._asyncio",
)

# matplotlib backends to collect (PyInstaller hook option, see hook-matplotlib.backends.py).
MPL_BACKENDS = ("Agg", "QtAgg")

# --------------------------------------------------------------------------- excludes

EXCLUDED_QT_MODULES: tuple[str, ...] = tuple(
    f"PySide6.{m}"
    for m in (
        "QtNetworkAuth", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2",
        "QtQuickWidgets", "QtQuickTest", "QtPdf", "QtPdfWidgets", "QtSql", "QtTest",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
        "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtConcurrent", "QtXml", "QtPrintSupport",
        "QtHelp", "QtDesigner", "QtUiTools", "QtStateMachine", "QtSvgWidgets",
        "QtMultimedia", "QtMultimediaWidgets", "QtSpatialAudio", "QtTextToSpeech",
        "QtWebChannel", "QtWebSockets", "QtWebEngineCore", "QtWebEngineWidgets",
        "QtWebEngineQuick", "QtCharts", "QtDataVisualization", "QtGraphs", "QtGraphsWidgets",
        "QtBluetooth", "QtNfc", "QtPositioning", "QtLocation", "QtSensors", "QtSerialPort",
        "QtSerialBus", "QtRemoteObjects", "QtScxml", "QtHttpServer", "QtAxContainer",
        "scripts",  # pyside6-* command-line tools
    )
)
EXCLUDED_MODULES: tuple[str, ...] = (
    # Other GUI toolkits and their matplotlib backends.
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib",
    "PyQt5", "PyQt6", "PySide2", "gi", "wx", "cairo", "cairocffi",
    "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk", "matplotlib.backends.backend_gtk3",
    "matplotlib.backends.backend_gtk3agg", "matplotlib.backends.backend_gtk4",
    "matplotlib.backends.backend_gtk4agg", "matplotlib.backends.backend_wx",
    "matplotlib.backends.backend_wxagg", "matplotlib.backends.backend_macosx",
    "matplotlib.backends.backend_webagg", "matplotlib.backends.backend_webagg_core",
    "matplotlib.backends.backend_nbagg", "matplotlib.backends.backend_pgf",
    "matplotlib.backends.backend_pdf", "matplotlib.backends.backend_ps",
    "matplotlib.backends.backend_svg", "matplotlib.backends.backend_template",
    "matplotlib.backends.backend_qtcairo", "matplotlib.backends.backend_cairo",
    # Tests, test tools and interactive shells.
    "matplotlib.tests", "matplotlib.testing", "numpy.tests", "numpy.testing",
    "numpy.f2py", "numpy.distutils", "PIL.ImageTk", "PIL.ImageQt",
    # Image codecs matplotlib never uses (PIL.Image.init() skips plugins that fail to import);
    # _avif alone brings libavif (~4.7 MB).
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin",
    # Syntax highlighting for Mako error pages (mako.ext.pygmentplugin, optional): ~340 modules.
    "pygments",
    "pytest", "_pytest", "hypothesis", "pytest_qt", "pytestqt", "pypdf",
    "alembic.testing", "sqlalchemy.testing", "reportlab.graphics.testshapes",
    "IPython", "ipykernel", "jupyter_client", "notebook", "jedi", "pydoc_data",
    "lib2to3",
    # uvicorn's optional speed-ups and protocols: the server runs plain h11 on asyncio
    # (web/server.py UVICORN_CHOICES), so none of them may come in, even when the build
    # environment has them. uvicorn names its other protocol modules only under TYPE_CHECKING
    # or in strings, which PyInstaller follows anyway; anyio's trio backend is never chosen.
    "uvloop", "httptools", "websockets", "wsproto", "watchfiles", "gunicorn", "trio",
    "uvicorn.protocols.websockets", "uvicorn.protocols.http.httptools_impl",
    "uvicorn.protocols.http.zttp_impl", "uvicorn.protocols.http.zttp_h2_impl",
    "uvicorn.loops.uvloop", "uvicorn.loops.zuvloop", "uvicorn.workers",
    "anyio._backends._trio",
    # Build tools.
    "setuptools", "pkg_resources", "pip", "distutils", "_distutils_hack", "wheel",
    "PyInstaller", "mypy", "ruff",
    # Never: stdlib email/http/logging (shiboken needs them; see shared/PITFALLS.md).
)
MUST_NOT_EXCLUDE = frozenset({"email", "http", "logging", "xml", "urllib", "importlib"})

# --------------------------------------------------------------------------- Qt file filter

KEEP_QT_TRANSLATIONS = frozenset({"qtbase_de.qm", "qtbase_en.qm"})
# Plugin folder → plugin file stems to keep (None = keep the whole folder). Folders not
# listed are dropped. Stems are compared without "lib" prefix and extension.
KEEP_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    "platforms": frozenset({"qwindows", "qxcb", "qoffscreen", "qminimal", "qcocoa"}),
    "imageformats": frozenset({"qjpeg", "qico", "qsvg"}),  # PNG is built into QtGui
    "iconengines": frozenset({"qsvgicon"}),
    "styles": None,  # Windows 11 / "modern windows" style
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin"}),
    "xcbglintegrations": None,
    "platformthemes": frozenset({"qxdgdesktopportal"}),
}


def _qt_parts(dest: str) -> tuple[str, ...] | None:
    """The path parts after ``.../PySide6[/Qt]/``, or None if ``dest`` is not Qt's."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return None
    rest = parts[1:]
    if rest and rest[0] == "Qt":  # Linux/macOS wheel layout; Windows has no Qt/ level
        rest = rest[1:]
    return rest


def plugin_stem(filename: str) -> str:
    stem = filename.split(".")[0]
    if stem.startswith("lib"):
        stem = stem[3:]
    return stem


def keep_qt_file(dest: str) -> bool:
    """Whether a file PyInstaller's PySide6 hooks collected should stay in the bundle."""
    rest = _qt_parts(dest)
    if not rest or len(rest) < 2:
        return True
    if rest[0] == "translations":
        return rest[-1] in KEEP_QT_TRANSLATIONS
    if rest[0] == "plugins":
        if len(rest) < 3:
            return True
        wanted = KEEP_QT_PLUGINS.get(rest[1], frozenset())
        if wanted is None:
            return True
        return plugin_stem(rest[-1]) in wanted
    return True


MPL_DATA_SKIP = (
    "matplotlib/mpl-data/sample_data",
    # Type 1 metrics for the PDF/PS backends (not collected: the PDF is reportlab's).
    "matplotlib/mpl-data/fonts/afm",
    "matplotlib/mpl-data/fonts/pdfcorefonts",
)
# Charts use "DejaVu Sans" only (charts.FONT), text with parse_math=False, and glyphs DejaVu
# lacks are replaced before drawing. Kept: DejaVuSans*.ttf (default + mathtext) and cm*.ttf
# (mathtext fallback). Dropped: STIX (mathtext.fontset "stix"), DejaVu Serif and Sans Mono.
MPL_FONT_SKIP_PREFIXES = ("STIX", "DejaVuSerif", "DejaVuSansMono")

# Shared libraries PyInstaller collected only as dependencies of the Qt plugins dropped above
# (binary dependency analysis runs before the spec can filter). Checked with readelf on the
# Linux bundle: nothing that stays links to them. Names without the ".so…"/".dll" suffix.
ORPHANED_LIBS = frozenset({
    # Qt: eglfs and wayland platform plugins (QtNetwork stays: the voting tab lists the
    # laptop's network addresses with QNetworkInterface).
    "libQt6OpenGL", "libQt6WaylandClient", "libQt6WlShellIntegration",
    "libQt6EglFSDeviceIntegration", "libQt6EglFsKmsSupport", "libQt6EglFsKmsGbmSupport",
    # Linux system libraries of the gtk3 platform theme (GTK, Pango, Cairo, HarfBuzz).
    "libgtk-3", "libgdk-3", "libatk-1.0", "libatk-bridge-2.0", "libpango-1.0",
    "libpangocairo-1.0", "libpangoft2-1.0", "libcairo", "libcairo-gobject",
    "libgdk_pixbuf-2.0", "libthai", "libdatrie", "libfribidi", "libpixman-1",
    "libgraphite2", "libharfbuzz", "libepoxy",
    # Windows: Qt's software OpenGL renderer (~20 MB). The app draws with QPainter only (no
    # QOpenGLWidget, no Qt Quick); Qt loads this DLL only when OpenGL is requested.
    "opengl32sw",
})


def _lib_stem(name: str) -> str:
    name = name.rsplit("/", 1)[-1]
    if name.lower().endswith(".dll"):
        return name[:-4]
    return name.split(".so", 1)[0]


def keep_file(dest: str) -> bool:
    """Filter for every TOC entry (binaries and datas) after analysis."""
    norm = dest.replace("\\", "/")
    if any(norm.startswith(prefix + "/") for prefix in MPL_DATA_SKIP):
        return False
    if norm.startswith("matplotlib/mpl-data/fonts/ttf/") and norm.rsplit("/", 1)[-1].startswith(
        MPL_FONT_SKIP_PREFIXES
    ):
        return False
    parent = norm.rsplit("/", 1)[0] if "/" in norm else ""
    if parent in ("", "PySide6", "PySide6/Qt/lib") and _lib_stem(norm) in ORPHANED_LIBS:
        return False
    if parent == PYPHEN_DIR:
        return norm.rsplit("/", 1)[-1] in PYPHEN_FILES
    return keep_qt_file(norm)


def filter_toc(toc: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    return [entry for entry in toc if keep_file(entry[0])]


def debug_console() -> bool:
    import os

    return os.environ.get(DEBUG_CONSOLE_ENV, "") == "1"
