"""The README works as written: its commands, run in order as one script in an empty folder
(with the clone's examples/), through the installed CLI entry, give the output it shows.

Left out: installing (pip, apt-get), the test suite itself, and commands that start a server
(`serve`, `jupyter lab`). The README's Neo4j is `bolt://localhost:7687`; the suite's own Neo4j
server stands in for it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SKIP = ("pip ", "apt-get ", "python -m pytest", ".ci/", "jupyter ", "stakeholder-graph serve")
README_NEO4J = "bolt://localhost:7687"


def blocks(text: str) -> list[tuple[str, str]]:
    """The fenced blocks of a Markdown text, in order: (language, body)."""
    return [(m.group(1), m.group(2)) for m in
            re.finditer(r"^```(\w*)\n(.*?)^```", text, flags=re.S | re.M)]


def commands(body: str) -> list[str]:
    """A bash block's commands, without the parts a test cannot run (see SKIP)."""
    out = []
    for line in body.replace("\\\n", " ").splitlines():
        parts = [p.strip() for p in line.split("&&")]
        kept = [p for p in parts if p and not p.startswith("#") and not p.startswith(SKIP)]
        if kept:
            out.append(" && ".join(kept))
    return out


def script(text: str, neo4j: str) -> str:
    """The README as one bash script: each command echoed, then run; stop at the first error."""
    lines = ["set -euo pipefail",
             'stakeholder-graph() { "$PYTHON" -m stakeholder_graph "$@"; }']
    for language, body in blocks(text):
        if language == "bash":
            for command in commands(body):
                command = command.replace(README_NEO4J, neo4j)
                lines += [f"echo {_quote('$ ' + command)}", command]
        elif language == "python":
            lines += ["echo '$ python (README block)'", '"$PYTHON" - <<\'PY\'', body.rstrip(),
                      "PY"]
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def test_the_readme_skips_only_install_test_and_server_commands():
    skipped = [line for language, body in blocks(README.read_text(encoding="utf-8"))
               if language == "bash" for line in body.splitlines()
               if line.strip() and line.strip() not in commands(line)]
    for line in skipped:
        assert any(part.strip().startswith(SKIP) for part in line.split("&&")), line


def test_every_readme_command_works_in_order_and_shows_what_it_says(tmp_path, neo4j_store):
    text = README.read_text(encoding="utf-8")
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "readme.sh").write_text(script(text, neo4j_store.location), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "STAKEHOLDER_GRAPH_STORE"}
    env.update(PYTHON=sys.executable, PYTHONPATH=str(ROOT), MPLBACKEND="Agg")
    done = subprocess.run(["bash", "readme.sh"], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=1200)
    assert done.returncode == 0, (done.stdout[-3000:], done.stderr[-3000:])
    for language, body in blocks(text):
        if language == "text":
            for line in body.splitlines():
                assert line in done.stdout.splitlines(), f"README shows {line!r}; got:\n" + \
                    done.stdout[-3000:]
    for written in ("stakeholder-graph.db", "stakeholder-graph.html", "netwerk.xlsx",
                    "suggesties.xlsx", "kaart.html", "kaart.png", "dia.pptx"):
        assert (tmp_path / written).stat().st_size > 0, written
