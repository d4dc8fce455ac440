"""Fast checks of the PyInstaller set-up; nothing here builds (scripts/build_bundle.sh does)."""

from __future__ import annotations

import ast
import importlib.util
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build_installer.spec"


@pytest.fixture(scope="module")
def wk() -> ModuleType:
    # Loaded by path, exactly as the spec does: packaging/ must not become an importable
    # package (it would shadow PyPA's "packaging", which PyInstaller imports).
    spec = importlib.util.spec_from_file_location("wk_bundle", ROOT / "packaging" / "wk_bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_packaging_folder_is_not_a_python_package() -> None:
    assert not (ROOT / "packaging" / "__init__.py").exists()


def test_spec_is_valid_python_and_takes_name_and_version_from_pyproject(wk: ModuleType) -> None:
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    assert "wk.project_metadata(ROOT)" in text
    assert "name=NAME" in text
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    meta = wk.project_metadata(ROOT)
    assert meta["name"] == project["name"] == "wandelkompass"
    assert meta["version"] == project["version"]


def test_spec_settings() -> None:
    text = SPEC.read_text(encoding="utf-8")
    for needle in ("upx=False", "strip=False", "console=CONSOLE", "exclude_binaries=True",
                   "COLLECT(", "version=version_file", "icon=icon", "hookspath=",
                   "wk.filter_toc(a.binaries)", "wk.filter_toc(a.datas)"):
        assert needle in text, needle
    assert "upx=True" not in text and "strip=True" not in text
    assert "--onefile" not in text


def test_debug_console_switch(wk: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(wk.DEBUG_CONSOLE_ENV, raising=False)
    assert wk.debug_console() is False
    monkeypatch.setenv(wk.DEBUG_CONSOLE_ENV, "1")
    assert wk.debug_console() is True


@pytest.mark.parametrize(
    ("version", "expected"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2.0rc1", (2, 0, 0, 0)),
     ("1.2.3.4.5", (1, 2, 3, 4)), ("70000.1", (65535, 1, 0, 0))],
)
def test_version_tuple(wk: ModuleType, version: str, expected: tuple[int, ...]) -> None:
    assert wk.version_tuple(version) == expected


def test_windows_version_file_is_rendered_from_pyproject(wk: ModuleType) -> None:
    meta = wk.project_metadata(ROOT)
    text = wk.render_version_file(ROOT)
    tree = ast.parse(text, mode="eval")  # PyInstaller eval()s this text
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"  # type: ignore[attr-defined]
    assert f"filevers={wk.version_tuple(meta['version'])!r}" in text
    assert f"StringStruct('ProductVersion', '{meta['version']}')" in text
    assert f"'{meta['name']}.exe'" in text


def test_data_entries_cover_what_the_app_loads_at_run_time(wk: ModuleType) -> None:
    entries = [(src, dest) for src, dest in wk.data_entries(ROOT) if dest != wk.PYPHEN_DIR]
    dests = {(Path(src).relative_to(ROOT).as_posix(), dest) for src, dest in entries}
    for src, dest in dests:
        assert (ROOT / src).is_file(), src
        # Destination mirrors the source tree: paths.py / database.py / format.py find the
        # files at the same place relative to sys._MEIPASS as relative to the checkout.
        assert Path(src).parent.as_posix() == dest, (src, dest)
    srcs = {src for src, _ in dests}
    assert "guideline_content/guideline.yaml" in srcs
    assert any(s.startswith("guideline_content/dimensions/") for s in srcs)
    assert "resources/fonts/DejaVuSans.ttf" in srcs
    assert "desktop_app/storage/migrations/env.py" in srcs
    assert "desktop_app/storage/migrations/script.py.mako" in srcs
    assert "desktop_app/exchange/schema.json" in srcs
    assert "desktop_app/exchange/schema_v1.json" in srcs  # files of format version 1 still read
    versions = sorted((ROOT / "desktop_app/storage/migrations/versions").glob("*.py"))
    assert versions
    for path in versions:
        assert path.relative_to(ROOT).as_posix() in srcs
    for path in (ROOT / "resources/i18n").glob("*.qm"):
        assert path.relative_to(ROOT).as_posix() in srcs
    # Sources of translations and caches stay out.
    assert not any(s.endswith((".ts", ".pyc")) or "__pycache__" in s for s in srcs)


def test_report_hyphenation_ships_german_and_english_only(wk: ModuleType) -> None:
    import pyphen

    shipped = [(Path(src), dest) for src, dest in wk.data_entries(ROOT)
               if dest == wk.PYPHEN_DIR]
    assert {src.name for src, _ in shipped} == set(wk.PYPHEN_FILES)
    assert all(src.is_file() for src, _ in shipped)
    # The styles ask pyphen for exactly these languages.
    from desktop_app.reporting.styles import HYPHENATION

    for lang in HYPHENATION.values():
        assert Path(pyphen.LANGUAGES[lang]).name in wk.PYPHEN_FILES
    assert wk.keep_file("pyphen/dictionaries/hyph_de_DE.dic")
    assert not wk.keep_file("pyphen/dictionaries/hyph_fr.dic")
    assert wk.keep_file("pyphen/__init__.py")


def test_every_guideline_content_file_is_shipped(wk: ModuleType) -> None:
    srcs = {Path(src).relative_to(ROOT).as_posix()
            for src, dest in wk.data_entries(ROOT) if dest != wk.PYPHEN_DIR}
    for path in (ROOT / "guideline_content").rglob("*"):
        if path.suffix in {".yaml", ".yml", ".md"}:
            assert path.relative_to(ROOT).as_posix() in srcs


def test_migration_scripts_imports_are_hidden_imports(wk: ModuleType) -> None:
    imports = set(wk.migration_imports(ROOT))
    assert {"alembic", "sqlalchemy", "desktop_app.storage.models"} <= imports
    hidden = set(wk.HIDDEN_IMPORTS)
    assert {"alembic", "alembic.op", "alembic.context", "alembic.runtime.migration",
            "alembic.ddl.sqlite"} <= hidden


def test_excludes(wk: ModuleType) -> None:
    excluded = set(wk.EXCLUDED_MODULES) | set(wk.EXCLUDED_QT_MODULES)
    assert "PySide6.QtNetwork" not in excluded  # the voting tab lists network interfaces
    for name in ("tkinter", "PySide6.QtQml", "PySide6.QtQuick",
                 "PySide6.QtPdf", "PySide6.QtTest", "PySide6.Qt3DCore", "PySide6.QtOpenGL",
                 "matplotlib.backends.backend_tkagg", "matplotlib.backends.backend_pdf",
                 "matplotlib.tests", "IPython", "pytest"):
        assert name in excluded, name
    # Excluding these breaks shiboken (shared/PITFALLS.md) or the app itself.
    never = wk.MUST_NOT_EXCLUDE | {
        "PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg",
        "matplotlib.backends.backend_agg", "matplotlib.backends.backend_qtagg",
        "alembic", "sqlalchemy", "reportlab", "yaml", "jsonschema", "platformdirs",
    }
    for name in excluded:
        assert name.split(".")[0] not in wk.MUST_NOT_EXCLUDE, name
        assert name not in never, name
    assert set(wk.MPL_BACKENDS) == {"Agg", "QtAgg"}


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/translations/qtbase_de.qm", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", False),
        ("PySide6/translations/qt_help_de.qm", False),  # Windows layout: no Qt/ level
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/plugins/imageformats/qjpeg.dll", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/QtWidgets.abi3.so", True),
        ("matplotlib/mpl-data/sample_data/goog.npz", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSans-Bold.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansDisplay.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/cmr10.ttf", True),
        ("matplotlib/mpl-data/fonts/ttf/STIXGeneral.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSerif.ttf", False),
        ("matplotlib/mpl-data/fonts/ttf/DejaVuSansMono.ttf", False),
        ("matplotlib/mpl-data/fonts/afm/phvr8a.afm", False),
        ("matplotlib/mpl-data/matplotlibrc", True),
        ("resources/i18n/wandelkompass_en.qm", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("libpango-1.0.so.0", False),
        ("libglib-2.0.so.0", True),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/Qt6Gui.dll", True),
        ("python311.dll", True),
    ],
)
def test_qt_and_data_filter(wk: ModuleType, dest: str, keep: bool) -> None:
    assert wk.keep_file(dest) is keep


def test_mpl_runtime_hook_replaces_pyinstallers(wk: ModuleType) -> None:
    hooks = ROOT / wk.HOOKS_DIR
    table = ast.literal_eval((hooks / "rthooks.dat").read_text(encoding="utf-8"))
    assert table == {"matplotlib": ["pyi_rth_wk_mplconfig.py"]}
    hook = (hooks / "rthooks" / "pyi_rth_wk_mplconfig.py").read_text(encoding="utf-8")
    ast.parse(hook)
    assert "MPLCONFIGDIR" in hook and "user_cache_dir" in hook


def test_docx_hook_keeps_the_folder_python_docx_reads_its_templates_from(
        wk: ModuleType) -> None:
    # python-docx opens docx/parts/../templates/*.xml; without docx/parts on disk the Word
    # plan's footer cannot be made in the bundle. The bundle's --selftest writes every format
    # (CI builds it); here the hook is read as text: PyInstaller is no test dependency.
    hook = (ROOT / wk.HOOKS_DIR / "hook-docx.py").read_text(encoding="utf-8")
    assert 'module_collection_mode = {"docx.parts": "pyz+py"}' in hook
    assert 'collect_data_files("docx")' in hook  # the templates themselves


def test_icon_files(wk: ModuleType) -> None:
    assert (ROOT / wk.ICON_ICO).is_file()
    assert (ROOT / "resources/icons/app.png").is_file()
    assert (ROOT / wk.ICON_ICO).read_bytes()[:4] == b"\x00\x00\x01\x00"  # ICO header


def test_build_script_exists_and_is_executable() -> None:
    script = ROOT / "scripts" / "build_bundle.sh"
    assert script.is_file()
    text = script.read_text(encoding="utf-8")
    assert "build_installer.spec" in text and "--selftest" in text
    assert "QT_QPA_PLATFORM=offscreen" in text


def test_reportlab_accelerator_is_bundled(wk: ModuleType) -> None:
    # A dependency (pyproject) that PyInstaller's analysis cannot see on its own.
    assert "_rl_accel" in wk.HIDDEN_IMPORTS


def test_phone_page_files_are_shipped(wk: ModuleType) -> None:
    entries = {(Path(src).relative_to(ROOT).as_posix(), dest)
               for src, dest in wk.data_entries(ROOT)}
    for path in sorted((ROOT / "desktop_app/web/static").iterdir()):
        assert (path.relative_to(ROOT).as_posix(), "desktop_app/web/static") in entries
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "web/static/*" in pyproject["tool"]["setuptools"]["package-data"]["desktop_app"]


def test_uvicorn_and_anyio_modules_loaded_from_strings_are_hidden_imports(wk: ModuleType) -> None:
    from uvicorn import config

    from desktop_app.web.server import UVICORN_CHOICES

    tables = {"loop": config.LOOP_FACTORIES, "http": config.HTTP_PROTOCOLS,
              "lifespan": config.LIFESPAN}
    for option, table in tables.items():
        module = str(table[UVICORN_CHOICES[option]]).split(":")[0]
        assert module in wk.HIDDEN_IMPORTS, (option, module)
    assert UVICORN_CHOICES["ws"] == "none"
    for name in ("anyio._backends._asyncio", "desktop_app.web.server", "desktop_app.web.qr"):
        assert name in wk.HIDDEN_IMPORTS
    for name in wk.HIDDEN_IMPORTS:
        if name.startswith(("uvicorn", "anyio", "desktop_app.web")):
            assert importlib.util.find_spec(name) is not None, name


def test_uvicorn_comes_without_extras(wk: ModuleType) -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"]
    uvicorn = [d for d in deps if d.startswith("uvicorn")]
    assert uvicorn and "[" not in uvicorn[0]
    for name in ("uvloop", "httptools", "websockets", "wsproto", "watchfiles"):
        assert name in wk.EXCLUDED_MODULES
    # Trimming uvicorn and anyio must not cut what the server uses.
    for excluded in wk.EXCLUDED_MODULES:
        for needed in wk.HIDDEN_IMPORTS:
            assert not (needed == excluded or needed.startswith(excluded + ".")), needed
