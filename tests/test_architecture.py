"""The layers hold: which package may import which, and no module imports itself in a circle.

Imports are read from the source (top-level and inside functions alike: a deferred import
is still a dependency), so a cycle or a layer breach fails here before it causes an
initialisation-order bug or drags Qt into the phone server.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"

# package → packages of the app it must never import (directly or inside a function)
FORBIDDEN = {
    "domain": {"content", "storage", "exchange", "reporting", "services", "ui", "web", "cli"},
    "texts": {"domain", "content", "storage", "exchange", "reporting", "services", "ui", "web"},
    "content": {"storage", "exchange", "reporting", "services", "ui", "web"},
    "storage": {"exchange", "reporting", "services", "ui", "web", "cli"},
    "exchange": {"storage", "reporting", "services", "ui", "web", "cli"},
    "reporting": {"storage", "exchange", "services", "ui", "web", "cli"},
    "services": {"ui", "cli"},
    "web": {"ui", "storage", "cli"},
    "ui": {"storage", "cli"},
}
# third-party libraries a layer must not import
FORBIDDEN_LIBS = {
    "domain": {"PySide6", "sqlalchemy", "reportlab", "matplotlib", "starlette", "yaml"},
    "storage": {"PySide6", "reportlab", "matplotlib"},
    "reporting": {"PySide6", "sqlalchemy"},
    "services": {"PySide6"},
    "web": {"PySide6", "sqlalchemy"},
    "ui": {"sqlalchemy"},
}


def modules() -> Iterator[tuple[str, Path]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        yield ".".join(parts), path


def imports_of(name: str, path: Path) -> set[str]:
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


GRAPH = {name: imports_of(name, path) for name, path in modules()}


def layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize("module", sorted(GRAPH))
def test_each_module_keeps_to_its_layer(module: str) -> None:
    own = layer(module)
    breaches = sorted(
        imported
        for imported in GRAPH[module]
        if imported.startswith("desktop_app.") and layer(imported) in FORBIDDEN.get(own, set())
    )
    libs = sorted(
        imported
        for imported in GRAPH[module]
        if imported.split(".")[0] in FORBIDDEN_LIBS.get(own, set())
    )
    assert not breaches and not libs, f"{module} imports {breaches + libs}"


def test_no_import_cycles() -> None:
    # Edges only between modules of the app (an import of a name inside a module counts as an
    # import of that module).
    known = set(GRAPH)
    edges: dict[str, set[str]] = {}
    for module, imported in GRAPH.items():
        targets = set()
        for name in imported:
            while name and name not in known:
                name = name.rpartition(".")[0]
            if name and name != module and not module.startswith(name + "."):
                targets.add(name)
        edges[module] = targets

    # Tarjan's strongly connected components: any component with two or more modules is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in edges[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for v in edges:
        if v not in index:
            visit(v)
    assert cycles == []
