"""The ``region`` commands: set up a region's municipalities and logins on the server."""

from __future__ import annotations

import argparse
import os
import sys

from desktop_app.domain.region import SizeClass
from desktop_app.services.workspace import Workspace
from desktop_app.texts import t


def run(ws: Workspace, args: argparse.Namespace, lang: str) -> int:
    from desktop_app.storage import region

    if not ws.on_server:
        print(t("region.needs_server", lang), file=sys.stderr)
        return 2
    try:
        return _run(ws, args, lang)
    except region.RegionError as exc:
        print(t(f"region.{exc.code}", lang, **exc.params), file=sys.stderr)
        return 1


def _run(ws: Workspace, args: argparse.Namespace, lang: str) -> int:
    from desktop_app.domain.labels import label
    from desktop_app.storage import region

    command = args.region_command
    if command == "init":
        region.init_region(ws.db)
        print(t("region.initialised", lang, where=ws.database_label))
        return 0
    if command == "add-municipality":
        size = SizeClass(args.size_class) if args.size_class else None
        region.init_region(ws.db)  # the group role must exist before the municipality's
        region.add_municipality(ws.db, args.name, size, args.role)
        print(t("region.municipality_added", lang, name=args.name.strip(), role=args.role))
        return 0
    if command == "add-login":
        password = None
        if args.password_env:
            password = os.environ.get(args.password_env)
            if not password:
                print(t("region.password_missing", lang, var=args.password_env),
                      file=sys.stderr)
                return 2
        municipality = None if args.coordinator else args.municipality
        region.add_login(ws.db, args.login, municipality=municipality, password=password)
        key = "region.coordinator_added" if municipality is None else "region.login_added"
        print(t(key, lang, login=args.login, name=municipality or ""))
        return 0
    if command == "list":
        rows = region.members(ws.db)
        if not rows:
            print(t("region.none", lang))
            return 0
        for m in rows:
            placed = label(SizeClass(m.size_class), lang) if m.size_class else "–"
            shares = t("region.shares" if m.shares else "region.not_sharing", lang)
            print(f"{m.municipality}  {m.role}  {placed}  {shares}")
        return 0
    raise ValueError(f"unknown region command {command!r}")
