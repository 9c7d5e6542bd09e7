"""A real Neo4j server for tests and benchmarks, built with Maven and started on demand.

The Maven project in ``tests/neo4j_server`` (Neo4j 5.26 LTS, community, embedded, Java 17)
has a launcher that opens Bolt on 127.0.0.1 with auth off and prints ``BOLT_URI=…`` when
ready. :class:`Neo4jTestServer` builds it when needed, starts it, waits until Bolt
answers, and stops it. Nothing built is committed (``target/`` is ignored).
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

__all__ = ["Neo4jTestServer", "ServerUnavailableError", "server_project", "build_server"]

LAUNCHER = "stakeholdergraph.testserver.Launcher"


class ServerUnavailableError(RuntimeError):
    """Java or Maven is missing, or the server would not build or start."""


def server_project() -> Path:
    """Return the Maven project of the test server (``tests/neo4j_server``).

    ``STAKEHOLDER_GRAPH_NEO4J_SERVER_DIR`` overrides where it is.
    """
    env = os.environ.get("STAKEHOLDER_GRAPH_NEO4J_SERVER_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[1] / "tests" / "neo4j_server"


def _built(project: Path) -> bool:
    """Whether the launcher is compiled, up to date with its source, with its jars."""
    compiled = project / "target" / "classes" / "stakeholdergraph" / "testserver" / "Launcher.class"
    source = project / "src" / "main" / "java" / "stakeholdergraph" / "testserver" / "Launcher.java"
    return (compiled.is_file() and (project / "target" / "lib").is_dir()
            and compiled.stat().st_mtime >= source.stat().st_mtime
            and compiled.stat().st_mtime >= (project / "pom.xml").stat().st_mtime)


def build_server(project: Path | None = None, quiet: bool = True) -> Path:
    """Build the test server with Maven (once; later calls find it built).

    Raises
    ------
    ServerUnavailableError
        When Java or Maven is missing or the build fails.
    """
    project = project or server_project()
    if _built(project):
        return project
    for tool in ("java", "mvn"):
        if shutil.which(tool) is None:
            raise ServerUnavailableError(f"'{tool}' is not installed: the Neo4j test server needs "
                                    "Java 17 and Maven")
    cmd = ["mvn", "-B", "-q" if quiet else "-ntp", "package", "-DskipTests"]
    done = subprocess.run(cmd, cwd=project, capture_output=True, text=True, timeout=1800)
    if done.returncode != 0 or not _built(project):
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-20:])
        raise ServerUnavailableError(f"Maven could not build the Neo4j test server:\n{tail}")
    return project


class Neo4jTestServer:
    """A running Neo4j test server. Use as a context manager, or call start/stop.

    Parameters
    ----------
    data_dir : path, optional
        Keep the database here (to stop and restart on the same data); a temporary folder
        that is removed on stop by default.
    port : int, optional
        The Bolt port; a free one by default.
    heap : str
        The JVM heap, e.g. ``"1g"``.
    auth : bool
        Turn authentication on (user ``neo4j``, password ``neo4j``), to test credentials.

    Examples
    --------
    >>> with Neo4jTestServer() as server:  # doctest: +SKIP
    ...     print(server.uri)
    bolt://127.0.0.1:39125
    """

    def __init__(self, data_dir: str | Path | None = None, port: int | None = None,
                 heap: str = "1g", auth: bool = False) -> None:
        self.data_dir = Path(data_dir) if data_dir else None
        self.port = port
        self.heap = heap
        self.auth = auth
        self.uri: str | None = None
        self.process: subprocess.Popen[str] | None = None
        self._log: list[str] = []

    def start(self, timeout: float = 180) -> str:
        """Build if needed, start, wait until Bolt answers; return the Bolt URI."""
        project = build_server()
        classpath = os.pathsep.join([str(project / "target" / "classes"),
                                     str(project / "target" / "lib" / "*")])
        cmd = ["java", f"-Xmx{self.heap}", "-XX:+UseSerialGC", "-cp", classpath, LAUNCHER]
        if self.port:
            cmd += ["--port", str(self.port)]
        if self.data_dir:
            cmd += ["--data", str(self.data_dir)]
        if self.auth:
            cmd.append("--auth")
        self.process = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, bufsize=1)
        ready = threading.Event()

        def read() -> None:
            assert self.process is not None and self.process.stdout is not None
            for line in self.process.stdout:
                self._log.append(line.rstrip())
                if line.startswith("BOLT_URI="):
                    self.uri = line.strip().split("=", 1)[1]
                    ready.set()
            ready.set()

        threading.Thread(target=read, daemon=True).start()
        if not ready.wait(timeout) or self.uri is None:
            self.stop()
            raise ServerUnavailableError("the Neo4j test server did not start:\n"
                                    + "\n".join(self._log[-30:]))
        self.port = int(self.uri.rsplit(":", 1)[1])
        self._wait_for_bolt(timeout)
        return self.uri

    def _wait_for_bolt(self, timeout: float) -> None:
        import neo4j

        deadline = time.monotonic() + timeout
        while True:
            try:
                with neo4j.GraphDatabase.driver(self.uri, auth=None) as driver:
                    driver.verify_connectivity()
                return
            except neo4j.exceptions.AuthError:
                return  # Bolt answers; it just wants credentials
            except Exception as exc:  # noqa: BLE001
                if time.monotonic() > deadline:
                    self.stop()
                    raise ServerUnavailableError(f"Bolt never answered at {self.uri}: {exc}") from None
                time.sleep(0.5)

    def kill(self) -> None:
        """Kill the server at once (SIGKILL), as a crash would."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait(30)

    def stop(self) -> None:
        """Stop the server cleanly (closing its stdin), and kill it if it hangs."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                assert self.process.stdin is not None
                self.process.stdin.close()
                self.process.wait(60)
            except (subprocess.TimeoutExpired, OSError):
                self.kill()
        self.process = None

    def __enter__(self) -> Neo4jTestServer:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


if __name__ == "__main__":  # pragma: no cover
    # python -m stakeholder_graph.testing: start a server and keep it up until Ctrl-C.
    server = Neo4jTestServer(*(sys.argv[1:2] or [None]))
    print(server.start(), flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
