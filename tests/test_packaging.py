"""What a user installs: every data file and example the package reads is in the wheel."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_holds_the_data_the_package_reads(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    wheel = next(tmp_path.glob("stakeholder_graph-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "stakeholder_graph" / "data").rglob("*"):
        if path.is_file():
            assert "stakeholder_graph/" + str(path.relative_to(ROOT / "stakeholder_graph")) \
                in names, path
    for path in (ROOT / "examples").rglob("*"):
        if path.is_file():
            assert "stakeholder_graph/example_data/" + str(path.relative_to(ROOT / "examples")) \
                in names, path
    queries = {p.name for p in (ROOT / "stakeholder_graph" / "queries").glob("*.cypher")}
    assert {f"stakeholder_graph/queries/{q}" for q in queries} <= names
    vendored = {p.name for p in (ROOT / "stakeholder_graph" / "viz" / "vendor").iterdir()}
    assert {"sigma-LICENSE.txt", "graphology-LICENSE.txt"} <= vendored
    assert {f"stakeholder_graph/viz/vendor/{v}" for v in vendored} <= names




def test_wheel_holds_the_web_app(tmp_path):
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                           str(tmp_path), str(ROOT)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    names = set(zipfile.ZipFile(next(tmp_path.glob("stakeholder_graph-*.whl"))).namelist())
    web = ROOT / "stakeholder_graph" / "web"
    for path in web.rglob("*"):
        if path.is_file() and "__pycache__" not in path.parts:
            assert "stakeholder_graph/" + str(path.relative_to(ROOT / "stakeholder_graph")) \
                in names, path


def test_every_module_imports_first():
    # A script or notebook may import any module before the package's others (import
    # stakeholder_graph.resolve first once failed on a circular import). Each module is
    # imported into an interpreter that holds none of the package's modules.
    script = """
import importlib, pkgutil, sys
import stakeholder_graph
names = [m.name for m in pkgutil.walk_packages(stakeholder_graph.__path__, "stakeholder_graph.")
         if not m.name.rsplit(".", 1)[-1].startswith("__")]
failed = []
for name in names:
    for loaded in [m for m in sys.modules if m.split(".")[0] == "stakeholder_graph"]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except Exception as exc:
        failed.append(f"{name}: {exc!r}")
print(len(names))
for line in failed:
    print(line)
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout.splitlines()
    assert int(out[0]) > 40
    assert out[1:] == []
