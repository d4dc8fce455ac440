#!/usr/bin/env bash
# Build the one-folder bundle (build/, dist/wandelkompass/) and prove it works.
#
#   scripts/build_bundle.sh            clean build, selftest, start-up time, size
#   PYTHON=/path/to/python scripts/build_bundle.sh
#   WANDELKOMPASS_BUNDLE_MAX_MB=220    size budget (unpacked); over it fails the script
#
# Runs on Linux (CI: Debian 12, Python 3.11 venv with `pip install -e ".[test,bundle]"`);
# on Windows use the PowerShell steps in the README. Exits non-zero if any step fails.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -n "${VIRTUAL_ENV:-}" ]]; then PYTHON="$VIRTUAL_ENV/bin/python"
    elif [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python
    else PYTHON=python3; fi
fi
MAX_MB=${WANDELKOMPASS_BUNDLE_MAX_MB:-220}
NAME=$("$PYTHON" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["name"])')
BUNDLE="$ROOT/dist/$NAME"
EXE="$BUNDLE/$NAME"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'build_bundle: FAILED: %s\n' "$*" >&2; exit 1; }

# Seconds (3 decimals) a command takes; its output goes to $LOG_DIR/<label>.log.
LOG_DIR="$ROOT/build/bundle-logs"
timed() {
    local label=$1; shift
    local start end rc=0
    start=$(date +%s.%N)
    "$@" >"$LOG_DIR/$label.log" 2>&1 || rc=$?
    end=$(date +%s.%N)
    ELAPSED=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
    return $rc
}

step "clean build/ and dist/"
rm -rf "$ROOT/build" "$ROOT/dist"
mkdir -p "$LOG_DIR"

if [[ ! -f resources/icons/app.ico || ! -f resources/icons/app.png ]]; then
    step "draw missing app icon"
    "$PYTHON" packaging/make_icon.py
fi

step "pyinstaller build_installer.spec"
build_start=$(date +%s)
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --workpath "$ROOT/build" --distpath "$ROOT/dist" build_installer.spec \
    || fail "pyinstaller"
echo "built in $(( $(date +%s) - build_start )) s"
[[ -x "$EXE" ]] || fail "no executable at $EXE"
# Reports still work without ReportLab's C accelerator, only slower: make its absence loud.
compgen -G "$BUNDLE/_internal/_rl_accel*" >/dev/null || fail "_rl_accel missing from the bundle"

# A pyenv-built CPython carries ~22 MB of DWARF debug info in libpython and lib-dynload.
# Strip only those (PyInstaller's strip=True would also strip numpy's OpenBLAS and break it);
# Debian's and python.org's builds are already stripped, so this is a no-op there.
if command -v strip >/dev/null; then
    for f in "$BUNDLE"/_internal/libpython3*.so* "$BUNDLE"/_internal/python3*/lib-dynload/*.so; do
        [[ -f $f && ! -L $f ]] && strip --strip-debug "$f"
    done
fi

# No display in CI; a private data dir and HOME so the run never touches the user's files
# (the matplotlib cache goes to \$HOME/.cache/Wandelkompass, created by the first run).
export QT_QPA_PLATFORM=offscreen
RUN_HOME=$(mktemp -d)
trap 'rm -rf "$RUN_HOME"' EXIT
export HOME="$RUN_HOME" XDG_CACHE_HOME="$RUN_HOME/.cache" XDG_DATA_HOME="$RUN_HOME/.local/share"
export WANDELKOMPASS_DATA_DIR="$RUN_HOME/data"

step "bundle --version"
"$EXE" --version || fail "--version"

step "bundle --selftest (first run: builds the matplotlib font cache)"
if timed selftest-first "$EXE" --selftest; then
    cat "$LOG_DIR/selftest-first.log"
    SELFTEST_FIRST=$ELAPSED
else
    cat "$LOG_DIR/selftest-first.log" >&2
    fail "--selftest (see above; a missing module means a hidden import or data file is missing)"
fi
timed selftest "$EXE" --selftest || { cat "$LOG_DIR/selftest.log" >&2; fail "--selftest (2nd run)"; }
cat "$LOG_DIR/selftest.log"
SELFTEST=$ELAPSED
if ! ls "$XDG_CACHE_HOME"/Wandelkompass/matplotlib-*/fontlist-*.json >/dev/null 2>&1; then
    fail "matplotlib font cache not persisted under $XDG_CACHE_HOME/Wandelkompass (runtime hook?)"
fi

step "bundle --exit-after-startup"
# First run warms the OS file cache; the second is the figure we report.
timed startup "$EXE" --exit-after-startup || { cat "$LOG_DIR/startup.log" >&2; fail "--exit-after-startup"; }
timed startup "$EXE" --exit-after-startup || { cat "$LOG_DIR/startup.log" >&2; fail "--exit-after-startup"; }
STARTUP=$ELAPSED

step "size (largest items in _internal/)"
SIZE_KB=$(du -sk "$BUNDLE" | cut -f1)
du -sh "$BUNDLE/_internal"/* | sort -h | tail -20
# Qt on Linux carries its own ICU (libicu*.so, ~37 MB); Qt on Windows uses the system's
# icu.dll. The budget is about the Windows bundle, so it is checked without ICU; the total
# is printed as well.
ICU_KB=$( (find "$BUNDLE" -name 'libicu*.so*' -type f -print0 | xargs -0r du -ck | tail -1 | cut -f1) || echo 0)
ICU_KB=${ICU_KB:-0}
BUDGET_MB=$(( (SIZE_KB - ICU_KB) / 1024 ))

step "summary"
# PyInstaller names the work folder after the spec file, not the app.
WARN="$ROOT/build/build_installer/warn-build_installer.txt"
echo "bundle:               $BUNDLE"
echo "unpacked size:        $(( SIZE_KB / 1024 )) MB total; Linux-only Qt ICU $(( ICU_KB / 1024 )) MB;" \
     "without it ${BUDGET_MB} MB (budget ${MAX_MB} MB)"
echo "files:                $(find "$BUNDLE" -type f | wc -l)"
echo "selftest (1st run):   ${SELFTEST_FIRST} s (incl. font cache)"
echo "selftest:             ${SELFTEST} s"
echo "exit-after-startup:   ${STARTUP} s"
echo "warnings:             $WARN ($(grep -c '^missing module' "$WARN" || true) missing-module lines, top-level ones below)"
grep '^missing module' "$WARN" | grep -v 'optional\|conditional\|delayed' | grep 'desktop_app\|top-level' \
    | grep -v -E '^missing module named (_?winreg|nt|_winapi|msvcrt|_overlapped|winreg|_wmi|pwd|grp|posix|vms_lib|java|org|_scproxy|multiprocessing\.)' \
    | head -20 || true
if (( BUDGET_MB > MAX_MB )); then
    fail "bundle is ${BUDGET_MB} MB without Qt's ICU, over the ${MAX_MB} MB budget"
fi
echo "build_bundle: OK"
