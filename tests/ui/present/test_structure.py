"""The presentation package's own imports form no cycle (TYPE_CHECKING imports included, as import-linter
counts them), and the Qt-free pieces it uses from deck/ import no Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import briefing_app

PACKAGE = Path(briefing_app.__file__).parent
PRESENT = PACKAGE / "ui" / "present"


def imported_modules(path: Path) -> set[str]:
    """Dotted names of the briefing_app modules `path` imports anywhere in it (lazy imports too)."""
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    package = module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parts + ([base] if base else []))
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                found.add(candidate if _exists(candidate) else base)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m.startswith("briefing_app")}


def _exists(dotted: str) -> bool:
    path = PACKAGE.parent.joinpath(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def present_graph() -> dict[str, set[str]]:
    names = {f"briefing_app.ui.present.{p.stem}": p for p in PRESENT.glob("*.py") if p.stem != "__init__"}
    return {name: {m for m in imported_modules(path) if m in names} for name, path in names.items()}


def test_no_import_cycles_inside_the_presentation_package():
    graph = present_graph()
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            assert state.get(nxt) != 1, "import cycle: " + " → ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])


def test_show_and_presenter_do_not_import_each_other():
    graph = present_graph()
    show, presenter = "briefing_app.ui.present.show", "briefing_app.ui.present.presenter"
    assert presenter in graph[show]  # the show owns the presenter window
    assert show not in graph[presenter]
    assert not {m for m in graph if show in graph[m]} - {"briefing_app.ui.present.present_menu"}


def test_qt_free_show_logic_lives_in_deck_and_imports_no_qt():
    for name in ("figure_search", "figure_sources", "talk_timer"):
        tree = ast.parse((PACKAGE / "deck" / f"{name}.py").read_text(encoding="utf-8"))
        roots = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        roots |= {(n.module or "").split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
        assert not roots & {"PySide6", "pyqtgraph", "shiboken6"}, name


def test_a_running_show_offers_what_its_windows_and_actions_ask_for(make_show):
    from briefing_app.ui.present.controls import ShowControl

    assert isinstance(make_show(), ShowControl)
