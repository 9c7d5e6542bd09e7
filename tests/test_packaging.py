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
