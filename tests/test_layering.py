"""The data layer is reachable without the terminal UI: db/ never imports textual or tui."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FORBIDDEN = ("textual", "onrecord.tui")


def forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


def test_the_import_linter_contract_is_kept(tmp_path):
    """import-linter reads packages from folders, and the repository's folders become
    onrecord.db and onrecord.tui only through pyproject.toml's mapping; so the contract
    is checked on a copy laid out as installed (tmp/onrecord/{db,tui})."""
    package = tmp_path / "onrecord"
    shutil.copytree(REPO / "tui" / "_package", package)
    for folder in ("db", "tui"):
        shutil.copytree(REPO / folder, package / folder, ignore=shutil.ignore_patterns("__pycache__", "_package"))
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint_imports), "--no-cache", "--config", str(REPO / "pyproject.toml")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
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
        if forbidden(module)
    ]
    assert offenders == []


def test_the_import_walk_would_notice_a_hidden_tui_import(tmp_path):
    sneaky = tmp_path / "sneaky.py"
    sneaky.write_text("def later():\n    from onrecord.tui.render import safe\n"
                      "import importlib\nimportlib.import_module('textual.app')\n")
    found = sorted(module for _, module in imported_modules(sneaky))
    assert found == ["importlib", "onrecord.tui.render", "textual.app"]


def test_importing_the_data_layer_does_not_load_textual():
    code = ("import sys, onrecord.db.store, onrecord.db.ingest, onrecord.db.export, onrecord.db.search, onrecord.db.extract;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith('onrecord.tui')))")
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_code_and_tests_import_only_the_onrecord_name():
    """db/ and tui/ are onrecord.db and onrecord.tui once installed; a bare `db` import
    would work only in a checkout and pick up any other package of that name."""
    files = [path for folder in ("db", "tui", "tests") for path in sorted((REPO / folder).rglob("*.py"))]
    offenders = [
        f"{path.relative_to(REPO)}:{line} imports {module}"
        for path in files for line, module in imported_modules(path)
        if module.split(".")[0] in {"db", "tui"}
    ]
    assert offenders == []
