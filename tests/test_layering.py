"""The data layer is reachable without the terminal UI: db/ never imports textual or tui."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = {"textual", "tui"}


def test_the_import_linter_contract_is_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache"], cwd=REPO, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, anywhere in it (inside functions too), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            called = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if called in {"import_module", "__import__"}:
                found.append((node.lineno, str(node.args[0].value)))
    return found


def test_nothing_under_db_imports_textual_or_tui():
    files = sorted((REPO / "db").rglob("*.py"))
    assert len(files) > 10  # the walk really covers the data layer
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in files for line, module in imported_modules(path)
        if module.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_the_import_walk_would_notice_a_hidden_tui_import(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def later():\n    from tui.render import safe\n"
                      "import importlib\nimportlib.import_module('textual.app')\n")
    found = sorted(module for _, module in imported_modules(sneaky))
    assert found == ["importlib", "textual.app", "tui.render"]


def test_importing_the_data_layer_does_not_load_textual():
    code = ("import sys, db.store, db.ingest, db.export, db.search, db.extract;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'tui'}))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
