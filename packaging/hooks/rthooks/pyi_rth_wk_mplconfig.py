"""Run-time hook: a persistent matplotlib config/cache folder in the user's local app data.

PyInstaller's own hook (``pyi_rth_mplconfig.py``) points ``MPLCONFIGDIR`` at a fresh temp
folder at every start, so matplotlib rebuilds its font cache each time (+0.7 s measured, see
shared/PITFALLS.md). ``packaging/hooks/rthooks.dat`` registers this file *instead of* that
hook. It runs before any application code, so before the first matplotlib import.

The folder is per bundle location (hash of ``sys._MEIPASS``): the font cache stores absolute
font paths, and an update installed elsewhere must not read a stale cache. An
``MPLCONFIGDIR`` set by an administrator is respected.
"""


def _pyi_rthook() -> None:
    import hashlib
    import os
    import sys

    if os.environ.get("MPLCONFIGDIR"):
        return
    tag = hashlib.sha1(os.path.normcase(sys._MEIPASS).encode("utf-8", "replace")).hexdigest()[:10]
    try:
        from platformdirs import user_cache_dir

        # appauthor=False: %LOCALAPPDATA%\Wandelkompass\Cache, ~/.cache/Wandelkompass
        # (local, never roaming, like desktop_app/paths.py).
        folder = os.path.join(user_cache_dir("Wandelkompass", appauthor=False), f"matplotlib-{tag}")
        os.makedirs(folder, exist_ok=True)
        probe = os.path.join(folder, ".write-test")
        with open(probe, "w", encoding="ascii") as handle:
            handle.write("ok")
        os.remove(probe)
    except Exception:  # no writable profile: fall back to what PyInstaller would do
        import atexit
        import shutil
        import tempfile

        folder = tempfile.mkdtemp(prefix="wandelkompass-mpl-")
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    os.environ["MPLCONFIGDIR"] = folder


_pyi_rthook()
del _pyi_rthook
