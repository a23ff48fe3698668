"""The apps' imports go one way: no import cycle among the product modules, the layers hold, and an
import sits inside a function only for a reason (docs/development.md, "Layers").

grimp (import-linter's graph builder) reads every import statement, also those inside functions,
so an import moved into a function to dodge a cycle still counts as an edge here.
"""

import ast
import subprocess
import sys
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
#: The project's apps, its configuration package and upstream/ (pyproject.toml's [tool.importlinter] root_packages).
PACKAGES = [
    "campaign", "core", "pages", "home", "messaging", "reach", "awareness", "editorial", "demo", "second_factor",
    "upstream",
]  # fmt: skip

#: Cycles still allowed, each as its sorted modules. None is left; the edges the assignment branch
#: removes (core.page_cache -> messaging.assignment, reach.api -> messaging.api and messaging.assignment)
#: close no cycle.
KNOWN_CYCLES = []

#: Imports inside a function outside an AppConfig.ready(), with the reason each has one.
FUNCTION_IMPORTS_WITH_A_REASON = {
    # gunicorn reads its config file before it loads the site
    ("campaign/gunicorn_conf.py", "core.warmup"),
    ("campaign/gunicorn_conf.py", "django.db"),
    # scipy takes long to import and only the guardrails' one-sided test needs it
    ("messaging/anytime.py", "scipy.stats"),
    # the beacon pool's application module is imported before Django is set up (gunicorn loads it,
    # then asks it for `application`); these need the app registry
    ("campaign/beacon_asgi.py", "core.buffered_counting"),
    ("campaign/beacon_asgi.py", "reach.api"),
    ("campaign/beacon_asgi.py", "core.beacon_batch"),
}


def product_modules(graph):
    return {module for module in graph.modules if ".migrations" not in module}


def import_cycles(graph):
    """The strongly connected components of more than one module (Tarjan's, without recursion)."""
    modules = product_modules(graph)
    edges = {module: sorted(graph.find_modules_directly_imported_by(module) & modules) for module in modules}
    index, lowlink, on_stack, stack, cycles = {}, {}, set(), [], []
    for start in sorted(modules):
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            module, position = work.pop()
            if position == 0:
                index[module] = lowlink[module] = len(index)
                stack.append(module)
                on_stack.add(module)
            for next_position in range(position, len(edges[module])):
                imported = edges[module][next_position]
                if imported not in index:
                    work.append((module, next_position + 1))
                    work.append((imported, 0))
                    break
                if imported in on_stack:
                    lowlink[module] = min(lowlink[module], index[imported])
            else:
                if lowlink[module] == index[module]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == module:
                            break
                    if len(component) > 1:
                        cycles.append(sorted(component))
                if work:
                    parent = work[-1][0]
                    lowlink[parent] = min(lowlink[parent], lowlink[module])
    return cycles


def describe(graph, cycle):
    """One path round the cycle, with the line of each import, to say where to cut it."""
    members = set(cycle)
    lines = []
    for module in cycle:
        for imported in sorted(graph.find_modules_directly_imported_by(module) & members):
            for detail in graph.get_import_details(importer=module, imported=imported):
                lines.append(f"  {module} -> {imported} (l.{detail['line_number']}: {detail['line_contents']})")
    return "\n".join(lines)


def test_no_import_cycle_among_the_product_modules():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    cycles = [cycle for cycle in import_cycles(graph) if cycle not in KNOWN_CYCLES]
    assert not cycles, "import cycles:\n" + "\n\n".join(describe(graph, cycle) for cycle in cycles)


def test_the_cycle_finder_finds_a_cycle():
    class Graph:
        modules = {"a", "b", "c", "d", "a.migrations.0001"}
        imports = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "a.migrations.0001": {"a"}}

        def find_modules_directly_imported_by(self, module):
            return self.imports[module]

    assert import_cycles(Graph()) == [["a", "b", "c"]]


def function_level_imports():
    """(file, imported module) for every import inside a function, outside AppConfig.ready()."""
    found = set()
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for function in ast.walk(tree):
                if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
                    continue
                if path.name == "apps.py" and function.name == "ready":
                    continue  # the models are loaded only after apps.py: ready() imports what needs them
                for node in ast.walk(function):
                    if isinstance(node, ast.ImportFrom):
                        found.add((path.relative_to(ROOT).as_posix(), "." * node.level + (node.module or "")))
                    elif isinstance(node, ast.Import):
                        found.update((path.relative_to(ROOT).as_posix(), alias.name) for alias in node.names)
    return found


def test_imports_sit_inside_functions_only_for_a_reason():
    unexplained = sorted(function_level_imports() - FUNCTION_IMPORTS_WITH_A_REASON)
    assert not unexplained, (
        "imports inside functions: move them to the top, or add them with the reason to "
        f"FUNCTION_IMPORTS_WITH_A_REASON: {unexplained}"
    )


def test_the_layer_contracts_hold():
    """pyproject.toml's import-linter contracts, as `make lint` checks them."""
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
