"""The package's shape: the runtime never imports the lab, no module imports itself around a loop, and a protocol
module does not import the implementations behind it. Imports are read with `ast`, lazy ones inside functions
included, so a cycle hidden in a function body counts too."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
ENTRY_POINTS = {"checker.cli", "checker.__main__"}  # the CLI may start the lab's commands


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The checker modules `name` imports, anywhere in its body."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # `from .pkg import name`: the package itself, and the submodule when `name` is one
            targets = [module] + [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        found |= {t for t in targets if t in known and t != name}
    return found


def graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imports_of(name, path, set(mods)) for name, path in mods.items()}


def test_the_runtime_never_imports_the_lab():
    offenders = {
        name: sorted(t for t in targets if t == "checker.lab" or t.startswith("checker.lab."))
        for name, targets in graph().items()
        if name not in ENTRY_POINTS and not (name == "checker.lab" or name.startswith("checker.lab."))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_no_import_circles_inside_the_package():
    assert find_cycle(graph()) is None


def test_the_cycle_finder_sees_a_loop():
    # the check above is only worth something if it can fail
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_protocol_modules_do_not_import_their_implementations():
    edges = graph()
    for name in edges:
        if name.endswith(".protocol"):
            package = name.rsplit(".", 1)[0]
            assert not {t for t in edges[name] if t.startswith(package + ".")}, name


def test_help_imports_no_model_runtime():
    import subprocess
    import sys

    code = (
        "import sys\nfrom checker.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'onnxruntime', 'checker')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = out.strip().splitlines()[-1]
    assert "torch" not in loaded and "onnxruntime" not in loaded
    assert "checker.lab" not in loaded
