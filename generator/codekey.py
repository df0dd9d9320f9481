"""The extraction code's fingerprint, found by walking what the extraction imports.

The roots are every module of `generator.nlp` and the map that drives it (`generator.extract`);
from them the walk follows each import into the `generator` package, so a module the extraction
reaches (model.py, slugs.py) counts and one it never imports (charts.py, render.py, the plugin)
does not. The rule files under nlp/data and the versions of the third-party packages the walked
modules import (spaCy, dateparser, names) count too. Nothing is listed by hand: a new module is
in the key exactly when the extraction imports it.
"""

from __future__ import annotations

import ast
import hashlib
import sys
from functools import cache
from importlib import metadata
from pathlib import Path

PACKAGE = Path(__file__).parent
ROOTS = ("nlp", "extract.py")  # the extraction: the nlp package and the per-seed map over it
DATA = ("nlp", "data")


def extraction_modules(root: Path = PACKAGE) -> tuple[list[Path], set[str]]:
    """The package's .py files the extraction runs, sorted, and the third-party top-level imports."""
    todo = [p for name in ROOTS for p in ((root / name).rglob("*.py") if (root / name).is_dir() else [root / name])]
    seen: set[Path] = set()
    external: set[str] = set()
    while todo:
        path = todo.pop()
        if path in seen or not path.is_file() or "__pycache__" in path.parts:
            continue
        seen.add(path)
        for target, top in _imports(path, root):
            if target is not None:
                todo.extend(_files_of(root, target))
            elif top:
                external.add(top)
    return sorted(seen), external


@cache
def code_fingerprint(root: Path = PACKAGE) -> str:
    """A hash of the extraction's modules, its rule files and its third-party versions."""
    from . import __version__

    modules, external = extraction_modules(root)
    h = hashlib.sha256(__version__.encode())
    data = root.joinpath(*DATA)
    files = modules + sorted(p for p in data.rglob("*") if p.is_file()) if data.is_dir() else modules
    for path in files:
        h.update(str(path.relative_to(root)).encode() + b"\0")
        h.update(len(path.read_bytes()).to_bytes(8, "big") + path.read_bytes())
    for name in sorted(external):
        h.update(f"{name}=={_version(name)}\0".encode())
    return h.hexdigest()[:16]


def _imports(path: Path, root: Path):
    """(package-relative module path or None, third-party top-level name or "") per import in a file."""
    tree = ast.parse(path.read_bytes(), filename=str(path))
    here = path.relative_to(root).parent.parts  # the importing module's package, inside generator/
    for node in ast.walk(tree):  # imports inside functions run too (lazy imports of slow packages)
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield _absolute(alias.name, root)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[:len(here) - (node.level - 1)] if node.level > 1 else here
                if node.level - 1 > len(here):
                    continue
                mod = (*base, *(node.module.split(".") if node.module else ()))
                yield mod, ""
                for alias in node.names:  # `from . import claims` imports a submodule
                    yield (*mod, alias.name), ""
            elif node.module:
                yield _absolute(node.module, root)
                for alias in node.names:
                    yield _absolute(f"{node.module}.{alias.name}", root)


def _absolute(name: str, root: Path) -> tuple[tuple[str, ...] | None, str]:
    parts = name.split(".")
    if parts[0] == root.name:
        return tuple(parts[1:]), ""
    if parts[0] in sys.stdlib_module_names or parts[0] == "__future__":
        return None, ""
    return None, parts[0]


def _files_of(root: Path, mod: tuple[str, ...]) -> list[Path]:
    """The files a module inside the package may be: <mod>.py, or <mod>/__init__.py for a package."""
    base = root.joinpath(*mod)
    return ([base.with_suffix(".py")] if mod else []) + [base / "__init__.py"]


@cache
def _distributions() -> dict:
    return metadata.packages_distributions()


def _version(top: str) -> str:
    dists = _distributions().get(top, [])
    out = []
    for dist in sorted(set(dists)):
        try:
            out.append(f"{dist}={metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return ",".join(out)
