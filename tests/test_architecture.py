"""The shape of the package: layers, no import cycles, module and function sizes, and
the docstrings and docs that describe it. A short ``ast`` walk over scripts/ghouta_corpus."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import ROOT

PKG = ROOT / "scripts" / "ghouta_corpus"
ARCHITECTURE = ROOT / "docs" / "ARCHITECTURE.md"

# Low to high: a module may import from its own layer or a lower one, never a higher one.
LAYERS = [("errors", "paths"), ("model",), ("io", "text", "derive"), ("validate", "annotate", "formats", "evaluate"),
          ("build", "view", "curation"), ("dev",), ("cli", "ui")]
LAYER = {name: k for k, names in enumerate(LAYERS) for name in names}
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
SIZE_REASON = re.compile(r"#\s*size:\s*\S")

# Upward imports that are allowed for a stated reason, as (module, imported module).
# None today; the test below fails once an entry is no longer needed.
KNOWN_UPWARD: set[tuple[str, str]] = set()


@dataclass(frozen=True)
class Module:
    name: str
    path: Path
    source: str
    tree: ast.Module

    @property
    def top(self) -> str:
        """The subpackage or top-level module it belongs to (``validate``, ``cli``)."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""


def _name(path: Path) -> str:
    rel = path.relative_to(PKG.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def modules() -> dict[str, Module]:
    out = {}
    for p in sorted(PKG.rglob("*.py")):
        src = p.read_text(encoding="utf-8")
        m = Module(_name(p), p, src, ast.parse(src))
        out[m.name] = m
    return out


def _resolve(m: Module, node: ast.ImportFrom) -> str:
    package = m.name if m.path.name == "__init__.py" else m.name.rsplit(".", 1)[0]
    base = package.split(".")
    if node.level:
        base = base[: len(base) - node.level + 1]
        return ".".join(base + ([node.module] if node.module else []))
    return node.module or ""


def imports(m: Module) -> set[str]:
    """Package modules ``m`` imports anywhere (module level, functions, TYPE_CHECKING)."""
    known = modules()
    out: set[str] = set()
    for node in ast.walk(m.tree):
        if isinstance(node, ast.Import):
            out |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(m, node)
            for a in node.names:
                if f"{base}.{a.name}" in known:
                    out.add(f"{base}.{a.name}")      # a submodule
                elif base in known:
                    out.add(base)                    # a name from a module or package
    out.discard(m.name)
    return out


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def _graph(exempt: set[tuple[str, str]] = KNOWN_UPWARD) -> dict[str, set[str]]:
    return {name: {t for t in imports(m) if (name, t) not in exempt} for name, m in modules().items()}


def test_every_top_level_part_has_a_layer():
    tops = {m.top for m in modules().values()} - {""}
    assert tops <= set(LAYER), f"give these a layer in LAYERS: {sorted(tops - set(LAYER))}"


def test_no_import_cycle_between_modules():
    assert _cycles(_graph()) == []


def test_no_import_cycle_between_subpackages():
    tops: dict[str, set[str]] = {}
    mods = modules()
    for name, targets in _graph().items():
        tops.setdefault(mods[name].top, set()).update(mods[t].top for t in targets if mods[t].top != mods[name].top)
    assert _cycles(tops) == []


def test_no_lower_layer_imports_a_higher_one():
    mods = modules()
    bad = []
    for name, m in mods.items():
        for t in imports(m):
            src, dst = LAYER.get(m.top, -1), LAYER.get(mods[t].top, -1)
            if dst > src and (name, t) not in KNOWN_UPWARD:
                bad.append(f"{name} (layer {src}) imports {t} (layer {dst})")
    assert bad == []


def test_known_upward_imports_still_exist():
    """An exemption that nothing needs any more is removed, not kept."""
    for src, dst in KNOWN_UPWARD:
        assert src in modules() and dst in imports(modules()[src]), f"remove {(src, dst)} from KNOWN_UPWARD"


def _function_ranges(tree: ast.AST) -> list[tuple[str, int, int, int]]:
    """(name, first line incl. decorators, def line, last line) of every function."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            out.append((node.name, first, node.lineno, node.end_lineno or node.lineno))
    return out


def _reason_lines(source: str) -> set[int]:
    return {n for n, line in enumerate(source.splitlines(), 1) if SIZE_REASON.search(line)}


def size_problems(m: Module) -> list[str]:
    """Modules over 500 lines and functions over 60 (from ``def`` to the last line)
    without a ``# size: <reason>`` comment: for a function, on the line above it or
    anywhere in it; for a module, anywhere outside its functions."""
    reasons = _reason_lines(m.source)
    funcs = _function_ranges(m.tree)
    out = []
    for name, first, start, end in funcs:
        if end - start + 1 > MAX_FUNCTION_LINES and not any(first - 1 <= r <= end for r in reasons):
            out.append(f"{m.path.relative_to(ROOT)}:{start}: function {name} has {end - start + 1} lines")
    inside = {r for r in reasons for _, first, _, end in funcs if first - 1 <= r <= end}
    n = len(m.source.splitlines())
    if n > MAX_MODULE_LINES and not reasons - inside:
        out.append(f"{m.path.relative_to(ROOT)}: module has {n} lines")
    return out


def test_modules_and_functions_are_small_or_say_why():
    bad = [p for m in modules().values() for p in size_problems(m)]
    assert bad == []


def test_size_check_catches_a_long_function_and_honours_a_reason():
    body = "\n".join(f"    x{i} = {i}" for i in range(61))
    long = ast.parse(f"def f():\n{body}\n")
    m = Module("ghouta_corpus.x", PKG / "x.py", f"def f():\n{body}\n", long)
    assert size_problems(m) and "function f has 62 lines" in size_problems(m)[0]
    src = f"# size: a table of sixty-one assignments\ndef f():\n{body}\n"
    assert size_problems(Module("ghouta_corpus.x", PKG / "x.py", src, ast.parse(src))) == []


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def subpackages() -> list[Path]:
    return sorted(p.parent for p in PKG.glob("*/__init__.py"))


@pytest.mark.parametrize("package", subpackages(), ids=lambda p: p.name)
def test_every_subpackage_says_what_it_owns_in_one_line(package):
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")), clean=False)
    assert doc, f"{package.name}/__init__.py has no docstring"
    lines = doc.split("\n")
    assert lines[0].strip().endswith(".") and (len(lines) == 1 or not lines[1].strip()), \
        f"{package.name}: the docstring's first line is one sentence saying what the subpackage owns"


def test_architecture_doc_names_every_subpackage_and_layer():
    text = ARCHITECTURE.read_text(encoding="utf-8")
    for package in subpackages():
        assert f"`{package.name}/`" in text, f"docs/ARCHITECTURE.md does not describe {package.name}/"
    for names in LAYERS:
        for name in names:
            assert f"`{name}" in text, f"docs/ARCHITECTURE.md does not place {name} in a layer"
