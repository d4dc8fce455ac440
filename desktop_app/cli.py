"""Command line: ``wandelkompass [--data-dir DIR] [--lang de|en] [COMMAND …]``.

Without a command the desktop app starts. Every command prints a clear message in the chosen
language and exits non-zero on failure; nothing here is imported before it is needed, so
``wandelkompass --help`` and the GUI start stay fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import __version__, paths
from desktop_app.domain.region import SIZE_CLASS_VALUES
from desktop_app.texts import t, tn

if TYPE_CHECKING:  # imported where used: SQLAlchemy must not slow down --help or the GUI
    from desktop_app.domain.merge import MergePlan
    from desktop_app.reporting.exports import Format
    from desktop_app.services.workspace import Workspace


# The formats of `report` (desktop_app.reporting.exports.Format, spelt out here so that
# --help imports nothing from the report).
_FORMATS = ("pdf", "docx", "beschlussvorlage", "xlsx", "ics", "csv", "html")
_REPORT_EPILOG = """\
Formate (--format, sonst aus der Endung von --output):
  pdf               Maßnahmenplan zum Drucken und Verteilen (.pdf)
  docx              Maßnahmenplan zum Weiterbearbeiten in Word (.docx)
  beschlussvorlage  Beschlussvorlage für den Rat oder die Verwaltungsleitung (.docx);
                    eigene Vorlage mit --template DATEI, siehe docs/TEMPLATES.md
  xlsx              Maßnahmen und alle Antworten als Excel-Tabelle (.xlsx)
  ics               Termine der übernommenen Maßnahmen für den Kalender (.ics)
  csv               anonymisierte Antworten für die Forschung (.csv): UTF-8 mit BOM,
                    Trennzeichen ";"; Rollengruppen unter 3 Personen als "Weitere";
                    Freitext nur mit --include-comments
  html              barrierefreie Webseite in einer Datei (.html)

Beispiel: wandelkompass report --demo -o beschluss.docx --format beschlussvorlage
"""

# An example file name for each command that writes one (shown when a folder was given).
_OUTPUT_EXAMPLES = {"report": "plan.pdf", "export": "erhebung.json"}
# Assessment numbers are SQLite integers; a larger one cannot name an assessment.
_LARGEST_ID = 2**63 - 1


def msg(key: str, lang: str, **params: object) -> str:
    """A message of the command line from the text catalogue (``cli.<key>``)."""
    return t(f"cli.{key}", lang, **params)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="wandelkompass",
        description="Change-Management-Selbsteinschätzung und Maßnahmenplan für kommunale "
        "Digitalprojekte. Ohne Befehl startet die Desktop-Anwendung.",
    )
    parser.add_argument("--version", action="version", version=f"Wandelkompass {__version__}")
    parser.add_argument(
        "--data-dir", help="Datenordner (sonst WANDELKOMPASS_DATA_DIR oder Standard)"
    )
    parser.add_argument(
        "--database-url",
        help="PostgreSQL-Server statt der SQLite-Datei im Datenordner, "
        "z. B. postgresql+psycopg://kommune@server/region (sonst WANDELKOMPASS_DATABASE_URL)",
    )
    parser.add_argument("--lang", choices=["de", "en"], default=None, help="Sprache (Standard: de)")
    parser.add_argument("--selftest", action="store_true", help="Installation prüfen und beenden")
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help="Hauptfenster zeigen, ersten Bildaufbau abwarten, beenden (Messungen, Smoke-Tests)",
    )
    parser.add_argument("--presentation", action="store_true", help="Präsentationsmodus (Beamer)")
    sub = parser.add_subparsers(dest="command")

    rep = sub.add_parser(
        "report", help="Maßnahmenplan oder Fortschrittsbericht schreiben: PDF, Word, "
        "Beschlussvorlage, Excel, Kalender, Forschungsdaten (CSV) oder Webseite",
        formatter_class=argparse.RawDescriptionHelpFormatter, epilog=_REPORT_EPILOG,
    )
    src = rep.add_mutually_exclusive_group()
    src.add_argument("--assessment", type=int, help="Nummer der Erhebung (siehe 'list')")
    src.add_argument("--demo", action="store_true", help="Demo-Erhebung einer Mittelstadt")
    src.add_argument("--demo-progress", action="store_true",
                     help="Fortschrittsbericht der Demo-Kette (drei Workshops einer Mittelstadt)")
    rep.add_argument("--compare-with", type=int, metavar="ID",
                     help="Fortschrittsbericht: Erhebung --assessment mit Erhebung ID vergleichen")
    rep.add_argument("--output", "-o", required=True, type=Path,
                     help="Zieldatei; ihre Endung wählt das Format, wenn --format fehlt")
    rep.add_argument("--format", "-f", choices=_FORMATS, metavar="FORMAT",
                     help="Format: " + ", ".join(_FORMATS) + " (Standard: aus der Endung)")
    rep.add_argument("--template", type=Path, metavar="DATEI",
                     help="Word-Vorlage für die Beschlussvorlage (sonst "
                     "<Datenordner>/vorlagen/beschlussvorlage.docx oder die eingebaute)")
    rep.add_argument("--include-comments", action="store_true",
                     help="Forschungsdaten (csv): auch die Kommentare des Teams (Freitext)")

    exp = sub.add_parser("export", help="Erhebung als Austauschdatei (JSON) exportieren")
    exp.add_argument("--assessment", type=int, required=True)
    exp.add_argument("--output", "-o", required=True, type=Path)

    imp = sub.add_parser("import", help="Austauschdatei importieren (alles oder nichts)")
    imp.add_argument("file", type=Path)
    how = imp.add_mutually_exclusive_group()
    how.add_argument("--as-copy", action="store_true", help="auch wenn schon vorhanden, als Kopie")
    how.add_argument(
        "--merge",
        action="store_true",
        help="mit derselben Erhebung in der Datenbank zusammenführen (Format 2)",
    )
    imp.add_argument(
        "--prefer",
        choices=["mine", "theirs"],
        help="mit --merge: jeden Konflikt für dieses Gerät (mine) oder die Datei (theirs) "
        "entscheiden",
    )

    srv = sub.add_parser(
        "serve", help="Abstimmung per Telefon: Runde öffnen und die Teilnahmeseite anbieten"
    )
    srv.add_argument("--assessment", type=int, required=True)
    srv.add_argument("--host", default="127.0.0.1",
                     help="Adresse, an die der Server bindet (Standard: 127.0.0.1)")
    srv.add_argument("--advertise", help="Adresse, die Telefone aufrufen (bei --host 0.0.0.0)")
    srv.add_argument("--port", type=int, default=0, help="Port (Standard: ein freier)")
    scope = srv.add_mutually_exclusive_group()
    scope.add_argument("--dimension", help="nur die Aussagen dieser Dimension, z. B. B")
    scope.add_argument("--statements", help="nur diese Aussagen, z. B. A1,B2,C3")

    sub.add_parser("list", help="Erhebungen auflisten")
    sub.add_parser(
        "schema-upgrade",
        help="Datenbank auf dem PostgreSQL-Server auf den Stand dieses Programms bringen "
        "(vorher mit pg_dump sichern)",
    )
    demo = sub.add_parser("demo", help="Demo-Erhebung in der Datenbank anlegen")
    demo.add_argument("--chain", action="store_true",
                      help="die Demo-Kette aus drei Workshops anlegen (Auftakt, Zwischenstand, "
                      "Bilanz)")

    val = sub.add_parser("validate-content", help="Leitfaden-Inhalte prüfen")
    val.add_argument("dir", nargs="?", type=Path)

    reg = sub.add_parser(
        "region", help="Region auf dem PostgreSQL-Server einrichten (Rollen, Kommunen, Logins)"
    )
    reg_sub = reg.add_subparsers(dest="region_command", required=True)
    reg_sub.add_parser("init", help="Gruppenrollen und Rechte anlegen (nach jedem schema-upgrade)")
    add_m = reg_sub.add_parser("add-municipality", help="Kommune mit eigener Datenbankrolle")
    add_m.add_argument("name", help="Name der Kommune, z. B. 'Stadt Herten'")
    add_m.add_argument("--role", required=True, help="Datenbankrolle der Kommune, z. B. wk_herten")
    add_m.add_argument("--size-class", choices=SIZE_CLASS_VALUES,
                       help="Größenklasse (Vergleichsgruppe)")
    add_l = reg_sub.add_parser("add-login", help="Anmeldung für eine Kommune oder die Koordination")
    add_l.add_argument("login", help="Name der Anmeldung, z. B. herten_cdo")
    who = add_l.add_mutually_exclusive_group(required=True)
    who.add_argument("--municipality", help="Kommune, für die die Anmeldung arbeitet")
    who.add_argument("--coordinator", action="store_true",
                     help="regionale Koordination: sieht nur den anonymen Vergleich")
    add_l.add_argument("--password-env", metavar="VAR",
                       help="Umgebungsvariable mit dem Passwort (nie auf der Befehlszeile)")
    reg_sub.add_parser("list", help="Kommunen, Größenklassen, Rollen und Freigaben auflisten")

    sub.add_parser("backup", help="Sicherung der SQLite-Datenbank jetzt anlegen "
                   "(PostgreSQL: pg_dump, siehe README)")
    sub.add_parser("backups", help="vorhandene Sicherungen der SQLite-Datenbank auflisten")
    res = sub.add_parser("restore", help="SQLite-Datenbank aus einer Sicherung wiederherstellen")
    res.add_argument("backup", type=Path, help="Sicherungsdatei (siehe 'backups')")
    return parser


def _no_display() -> bool:
    """True on a Linux machine without a screen, where Qt would abort with a core dump."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _lang(args: argparse.Namespace) -> str:
    if args.lang:
        return str(args.lang)
    return "en" if os.environ.get("WANDELKOMPASS_LANG", "").startswith("en") else "de"


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = _lang(args)
    if args.selftest:
        from desktop_app.services.selftest import run_selftest

        return run_selftest(lang)
    if args.command is None:
        if _no_display():
            print(msg("no_display", lang))
            return 0
        from desktop_app.ui.app import run_gui

        return run_gui(
            data_dir=args.data_dir,
            database_url=args.database_url,
            lang=lang,
            exit_after_startup=args.exit_after_startup,
            presentation=args.presentation,
        )
    try:
        return _run_command(args, lang)
    except KeyboardInterrupt:
        return 130


def _run_command(args: argparse.Namespace, lang: str) -> int:
    from desktop_app.content import ContentError
    from desktop_app.exchange.format import ExchangeError
    from desktop_app.fileio import TargetNotWritable, reason_text
    from desktop_app.services.progress import NotComparable
    from desktop_app.storage.database import DatabaseError
    from desktop_app.storage.repository import NotFound

    if args.command == "validate-content":
        return _validate_content(args.dir, lang)
    for number in (getattr(args, "assessment", None), getattr(args, "compare_with", None)):
        if number is not None and not 0 < number <= _LARGEST_ID:
            print(msg("not_found", lang, id=number), file=sys.stderr)
            return 1
    output = getattr(args, "output", None)
    if output is not None and output.is_dir():  # say so before rendering a whole report
        return _output_is_folder(output, args.command, lang)
    try:
        return _dispatch(args, lang)
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 2
    except ExchangeError as exc:
        print(exc.message(lang), file=sys.stderr)
        if exc.code == "already_imported":
            print(msg("merge_hint", lang), file=sys.stderr)
        return 2
    except NotComparable as exc:
        print(exc.message(lang), file=sys.stderr)
        return 2
    except TargetNotWritable as exc:
        if exc.reason == "is_folder":  # became a folder since the check above
            return _output_is_folder(exc.path, args.command, lang)
        reason = reason_text(exc.reason, lang)
        print(msg("not_writable", lang, path=exc.path, reason=reason), file=sys.stderr)
        return 1
    except NotFound as exc:
        print(msg("not_found", lang, id=exc.args[0]), file=sys.stderr)
        return 1
    except DatabaseError as exc:
        from desktop_app.services.messages import database_error_message

        print(database_error_message(exc, lang), file=sys.stderr)
        return 1


# Commands that change the database: like the desktop app, each holds the data folder's
# instance lock, so none of them writes while a Wandelkompass window has the data open.
_WRITING = frozenset(
    {"import", "demo", "backup", "restore", "serve", "schema-upgrade", "region"}
)


def _output_is_folder(path: Path, command: str, lang: str) -> int:
    example = path / _OUTPUT_EXAMPLES.get(command, "datei")
    print(msg("output_is_folder", lang, path=path, example=example), file=sys.stderr)
    return 1


def _dispatch(args: argparse.Namespace, lang: str) -> int:
    from desktop_app.services.workspace import Workspace

    demo_report = args.command == "report" and (args.demo or args.demo_progress)
    if demo_report and not args.data_dir:
        # The demo never touches the user's real data unless --data-dir says so.
        import tempfile

        with tempfile.TemporaryDirectory(prefix="wandelkompass-demo-") as tmp:
            return _run_on_workspace(Workspace(tmp, database_url=""), args, lang)
    ws = Workspace(args.data_dir, database_url=args.database_url)
    if args.command in _WRITING or demo_report:
        with ws.lock():  # the SQLite store's instance lock; a server needs none
            return _run_on_workspace(ws, args, lang)
    return _run_on_workspace(ws, args, lang)


def _run_on_workspace(ws: Workspace, args: argparse.Namespace, lang: str) -> int:
    try:
        if args.command == "report":
            if args.demo_progress:  # the final workshop against the interim one before it
                _, interim, final = ws.create_demo_chain(lang)
                return _progress_report(ws, final, interim, args.output, lang)
            if args.compare_with is not None and args.assessment is None:
                print(msg("compare_needs_assessment", lang), file=sys.stderr)
                return 2
            if not args.demo and args.assessment is None:
                print(msg("need_assessment", lang), file=sys.stderr)
                return 2
            if args.compare_with is not None:
                return _progress_report(ws, args.assessment, args.compare_with, args.output,
                                        args.lang)
            fmt = _report_format(args, lang)
            if fmt is None:
                return 2
            if args.demo:
                return _report(ws, ws.create_demo(lang), args, fmt, lang)
            return _report(ws, args.assessment, args, fmt, args.lang)
        if args.command == "export":
            path = ws.export(args.assessment, args.output)
            print(msg("exported", lang, path=path))
            return 0
        if args.command == "import":
            if args.merge:
                return _merge(ws, args.file, args.prefer, lang)
            if args.prefer:
                print(msg("prefer_needs_merge", lang), file=sys.stderr)
                return 2
            new_id = ws.import_file(args.file, as_copy=args.as_copy)
            print(msg("imported", lang, id=new_id))
            return 0
        if args.command == "list":
            return _list(ws, lang)
        if args.command == "schema-upgrade":
            before, after = ws.upgrade_schema()
            key = "schema_current" if before == after else "schema_upgraded"
            print(msg(key, lang, where=ws.database_label, before=before or "–", after=after))
            return 0
        if args.command == "serve":
            from desktop_app.services.serve import serve

            return serve(ws, args, lang)
        if args.command == "region":
            from desktop_app.services import region_cli

            return region_cli.run(ws, args, lang)
        if args.command == "demo":
            if args.chain:
                ids = ", ".join(map(str, ws.create_demo_chain(lang)))
                print(msg("chain_created", lang, ids=ids))
                return 0
            print(msg("imported", lang, id=ws.create_demo(lang)))
            return 0
        from desktop_app.services import backups_cli

        return backups_cli.run(ws, args, lang)
    finally:
        ws.close()


def _report_format(args: argparse.Namespace, lang: str) -> Format | None:
    """The format asked for, else the one the output's ending names (a name without an
    ending gets the PDF, as always); None: said why."""
    from desktop_app.reporting.exports import SUFFIX, Format, from_suffix

    if args.format:
        fmt: Format | None = Format(args.format)
    elif not args.output.suffix:
        fmt = Format.PDF
    else:
        fmt = from_suffix(args.output)
    if fmt is None:
        suffixes = ", ".join(sorted(set(SUFFIX.values())))
        print(msg("unknown_suffix", lang, path=args.output, suffixes=suffixes),
              file=sys.stderr)
        return None
    if args.template is not None and fmt is not Format.DECISION_PAPER:
        print(msg("template_only_docx", lang), file=sys.stderr)
        return None
    if args.include_comments and fmt is not Format.CSV:
        print(msg("comments_only_csv", lang), file=sys.stderr)
        return None
    return fmt


def _report(ws: Workspace, assessment_id: int, args: argparse.Namespace, fmt: Format,
            lang: str | None) -> int:
    from desktop_app.reporting.decision_paper import TemplateProblem
    from desktop_app.reporting.exports import Format
    from desktop_app.services.messages import template_message, written_message

    shown = lang or "de"
    missing = len(ws.consensus_missing(assessment_id))
    if missing:  # written anyway (scored with the votes' median), but never silently
        print(tn("count.consensus_missing", missing, shown) + ". "
              + t("cli.consensus_missing_hint", shown), file=sys.stderr)
    try:
        written = ws.write_export(assessment_id, fmt, args.output, lang,
                                  template=args.template,
                                  include_comments=args.include_comments)
    except TemplateProblem as exc:
        print(template_message(exc, shown), file=sys.stderr)
        return 1
    if fmt is Format.PDF:
        pages = tn("count.pages", written.pages or 0, shown)
        print(msg("report_written", shown, path=written.path, pages=pages))
    else:
        print(written_message(written, shown))
    return 0


def _progress_report(ws: Workspace, assessment_id: int, compare_with: int, output: Path,
                     lang: str | None) -> int:
    import re

    from desktop_app.services.progress import write_progress_report

    path = write_progress_report(ws, assessment_id, compare_with, output, lang)
    pages = len(re.findall(rb"/Type /Page\b", path.read_bytes()))
    lang = lang or "de"
    print(msg("report_written", lang, path=path, pages=tn("count.pages", pages, lang)))
    return 0


def _merge(ws: Workspace, source: Path, prefer: str | None, lang: str) -> int:
    """Merge when nothing needs deciding (or ``--prefer`` decides it); else list, write nothing."""
    from desktop_app.domain.merge import Pick, decide_all

    plan = ws.plan_merge(source)
    if plan.conflicts and prefer is None:
        _print_conflicts(ws, plan, lang)
        return 1
    choices = decide_all(plan, Pick(prefer)) if prefer else {}
    written = ws.apply_merge(plan, choices)
    aid = plan.assessment_id
    if not written:
        print(msg("merge_unchanged", lang, id=aid))
    else:
        decided = tn("merge.decided", len(choices), lang)
        print(tn("cli.merged", len(plan.changes), lang, id=aid, decided=decided))
    return 0


def _print_conflicts(ws: Workspace, plan: MergePlan, lang: str) -> None:
    from desktop_app.domain import merge_text as text

    guideline = ws.guideline_for(plan.assessment_id)
    device = ws.db.device
    out = [tn("cli.merge_conflicts", len(plan.conflicts), lang, id=plan.assessment_id)]
    here, there = msg("merge_side_here", lang), msg("merge_side_file", lang)
    width = max(len(here), len(there)) + 1
    for c in plan.conflicts:
        out.append(f"  {text.subject(c, lang, guideline)} – {text.field_name(c, lang)}:")
        for name, side in ((here, c.mine), (there, c.theirs)):
            value = text.value_text(c, side.value, lang, guideline)
            out.append(f"    {name + ':':<{width}} {value}  ({text.origin(side, device, lang)})")
    out.append(msg("merge_nothing_written", lang))
    print("\n".join(out), file=sys.stderr)


def _list(ws: Workspace, lang: str) -> int:
    from desktop_app.domain.labels import label

    rows = ws.list_assessments()
    if not rows:
        print(msg("no_assessments", lang, path=ws.database_label))
        return 0
    total = len(ws.guideline.statements)
    header = (
        ("Nr.", "Kommune", "Projekt", "Phase", "Datum", "Fortschritt")
        if lang == "de"
        else ("No.", "Municipality", "Project", "Phase", "Date", "Progress")
    )
    print("  ".join(header))
    for r in rows:
        print(
            f"{r.id:>3}  {r.municipality}  {r.project}  {label(r.phase, lang)}  "
            f"{r.held_on.isoformat()}  {r.answered}/{total}"
        )
    return 0


def _validate_content(folder: Path | None, lang: str) -> int:
    from desktop_app.content import ContentError, validate_content
    from desktop_app.content.modules import is_module, load_module

    try:
        if folder is not None and is_module(folder):
            # A module is checked against the guideline it would join: ids must not clash.
            guideline = validate_content(paths.content_dir())
            module = load_module(folder, guideline)
            measures = sum(len(st.measures) for st in module.statements)
            print(msg("module_ok", lang, id=module.id, stmts=len(module.statements),
                      measures=measures, version=guideline.version))
            return 0
        g = validate_content(folder or paths.content_dir())
    except ContentError as exc:
        print(exc, file=sys.stderr)
        return 1
    print(
        msg(
            "content_ok",
            lang,
            dims=len(g.dimensions),
            stmts=len(g.statements),
            recs=len(g.recommendations),
            version=g.version,
        )
    )
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
