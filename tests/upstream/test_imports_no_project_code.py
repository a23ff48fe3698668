"""upstream/ sits below every app of the project: it imports none of them (core needs it)."""

import ast
from pathlib import Path

from tests.upstream.test_private_names import ALLOWED, PRODUCT_DIRS


def imported_modules(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            yield node.module


def test_no_workaround_imports_project_code():
    project = set(PRODUCT_DIRS) - {"upstream"}
    offences = [
        f"{path.name}: {module}"
        for path in sorted(ALLOWED.glob("*.py"))
        for module in imported_modules(ast.parse(path.read_text(encoding="utf-8")))
        if module.split(".")[0] in project
    ]
    assert offences == [], "upstream/ imports project code (hand it to install() instead):\n" + "\n".join(offences)


def test_the_check_reads_the_workarounds():
    assert len(list(ALLOWED.glob("*.py"))) >= 10
    assert ALLOWED == Path(__file__).resolve().parents[2] / "upstream"
