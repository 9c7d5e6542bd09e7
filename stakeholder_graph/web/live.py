"""What the web app keeps ready so nobody waits: the suggestion engine warmed, the search
index and the ecosystem counts of the store as it is now.

One background thread does the slow work, one job at a time (the machine it runs on may
be a laptop): :func:`stakeholder_graph.api.warm` at start-up and after a write that
changes the network (first, as the pages wait for it), then a new search index after an
import and new ecosystem counts. Until a
new index or new counts are ready, the old ones keep answering. The app's own writes say
what they changed (:meth:`Live.after_write`), so most of them need no rebuild at all:

- an introduction changes nothing the index or the counts hold;
- a merge or its undo changes a few entries of the index, updated at once
  (:meth:`~stakeholder_graph.lookup.SearchIndex.updated`);
- an import, or a load from the command line, may change anything: rebuilt in the
  background.

Examples
--------
>>> import tempfile, os
>>> from stakeholder_graph import api
>>> db = os.path.join(tempfile.mkdtemp(), "demo.db")
>>> _ = api.demo(db)
>>> live = Live(db)
>>> live.index(False).search("tatasteel")["results"][0]["id"]
'slug:tata-steel'
>>> live.warm_now()["organisations"] > 0
True
>>> live.close()
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any

from .. import api

__all__ = ["Live", "CHANGES"]

CHANGES = ("introduction", "merge", "decision", "import")
"""What a write of the app changed: an introduction, a merge or undo (``merge``, with the
ids it touched), a decision to keep two apart (``decision``), anything (``import``)."""

_LOG = logging.getLogger("stakeholder_graph.web")
_STAMP_TTL = 2.0  # seconds a read of the store's state is trusted (a CLI load is seen after)


class Live:
    """The store's search index, ecosystem counts and warmed engine, kept current.

    Parameters
    ----------
    location : str
        The store (a file path or a Neo4j URI).
    """

    def __init__(self, location: str) -> None:
        self.location = location
        self._lock = threading.RLock()
        self._ready = threading.Condition(self._lock)
        self._jobs: deque[tuple[str, Callable[[], Any], Future[Any]]] = deque()
        self._running: str | None = None
        self._worker: threading.Thread | None = None
        self._closed = False
        self._held: dict[str, tuple[tuple, Any]] = {}  # job → (stamp, value), see _kept
        self._makers: dict[str, Callable[[], Any]] = {  # job → how its value is built
            _index_job(False): lambda: api.search_index(location, personal=False),
            _index_job(True): lambda: api.search_index(location, personal=True),
            "ecosystems": lambda: api.ecosystems(location)}
        self._stamp: tuple[float, tuple] | None = None
        self._building: dict[str, Any] = {}
        self.warming = False
        """Whether the engine is being prepared right now (the pages say so)."""
        self.warmed: dict[str, Any] | None = None
        """What the last warm-up returned (``organisations``, ``groups``, ``seconds``)."""

    # -- the store's state
    def stamp(self, fresh: bool = False) -> tuple:
        """What identifies the store's content (:func:`~stakeholder_graph.api.store_state`:
        its history and, for a file, the file itself)."""
        with self._lock:
            if not fresh and self._stamp and time.monotonic() - self._stamp[0] < _STAMP_TTL:
                return self._stamp[1]
        with api.open_store(self.location, create=False) as store:
            now = api.store_state(store)
        with self._lock:
            self._stamp = (time.monotonic(), now)
        return now

    # -- background work
    def submit(self, name: str, work: Callable[[], Any], first: bool = False) -> Future[Any]:
        """Queue background work, unless the same job (by name) waits in the queue already.

        ``first`` puts it before the jobs waiting (not before the one running): what the
        pages wait for goes before what they can do without for a while.
        """
        with self._ready:
            if self._closed:
                raise RuntimeError("the background worker is closed")
            for job in self._jobs:
                if job[0] == name:
                    if first and self._jobs[0] is not job:
                        self._jobs.remove(job)
                        self._jobs.appendleft(job)
                    return job[2]
            job = (name, work, Future())
            if first:
                self._jobs.appendleft(job)
            else:
                self._jobs.append(job)
            if self._worker is None:
                self._worker = threading.Thread(target=self._work, name="sg-live", daemon=True)
                self._worker.start()
            self._ready.notify_all()
            return job[2]

    def _work(self) -> None:
        """The background thread: one job at a time, in the queue's order."""
        while True:
            with self._ready:
                while not self._jobs and not self._closed:
                    self._ready.wait()
                if self._closed:
                    return
                name, work, future = self._jobs.popleft()
                self._running = name
            try:
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(work())
                    except Exception:  # noqa: BLE001 - a failed job must not stop the worker
                        _LOG.exception("background job %s failed", name)
                        future.set_result(None)
            finally:
                with self._ready:
                    self._running = None
                    self._ready.notify_all()

    def queued(self) -> list[str]:
        """The names of the jobs waiting, in order (not the one running)."""
        with self._lock:
            return [job[0] for job in self._jobs]

    def warm(self, first: bool = True) -> Future[Any]:
        """Prepare the suggestion engine in the background (:func:`api.warm`), before the
        other jobs waiting unless ``first`` is false."""
        with self._lock:
            self.warming = True
        return self.submit("warm", self.warm_now, first=first)

    def warm_now(self) -> dict[str, Any]:
        """Prepare the suggestion engine now, in this thread."""
        with self._lock:
            self.warming = True
        try:
            self.warmed = api.warm(self.location)
            _LOG.info("suggestions ready: %s", self.warmed)
            return self.warmed
        finally:
            with self._lock:
                self.warming = "warm" in self.queued()  # another warm-up waits

    def start(self) -> None:
        """At start-up: the search index, the engine, then the ecosystem counts."""
        self._rebuild(_index_job(False))
        self.warm(first=False)
        self._rebuild("ecosystems")

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until no background work waits or runs; ``False`` on a timeout."""
        with self._ready:
            return self._ready.wait_for(lambda: not self._jobs and self._running is None,
                                        timeout)

    def close(self) -> None:
        """Stop: the jobs waiting are dropped; a job that runs finishes on its own."""
        with self._ready:
            self._closed = True
            for _, _, future in self._jobs:
                future.cancel()
            self._jobs.clear()
            self._ready.notify_all()

    # -- what is built from the store and kept: the search indexes, the ecosystem counts
    def index(self, personal: bool) -> Any:
        """The search index of the store as it is now (or the last one, while a new one is
        being built)."""
        return self._kept(_index_job(personal))

    def ecosystems(self, wait: bool = True) -> Any:
        """The ecosystems with their counts (the last ones while new ones are counted).

        The first time, ``wait=False`` answers ``None`` at once rather than wait for the
        counting (queued in the background): the front page says they are being counted.
        """
        return self._kept("ecosystems", wait)

    def _kept(self, job: str, wait: bool = True) -> Any:
        """The value a job builds from the store (``index-False``, ``index-True``,
        ``ecosystems``; see ``_makers``), kept: the one built on the store's state now, else
        the last one while the background thread builds a new one.

        The first time the value is built at once, and once, even when several requests
        ask together or the background thread is building it already (they wait for it);
        with ``wait=False`` it is queued instead and ``None`` answers meanwhile.
        """
        stamp = self.stamp()
        with self._lock:
            held = self._held.get(job)
        if held is None and not wait:
            self._rebuild(job)
            return None
        if held is None:
            with self._building_lock(job):
                with self._lock:
                    held = self._held.get(job)
                return held[1] if held is not None else self._build(job)
        if held[0] != stamp:
            self._rebuild(job)
        return held[1]

    def _build(self, job: str) -> Any:
        """Build the value of ``job`` now, in this thread, and keep it with the store's
        state it was built on."""
        with self._building_lock(job):
            stamp = self.stamp(fresh=True)
            value = self._makers[job]()
            with self._lock:
                self._held[job] = (stamp, value)
            return value

    def _rebuild(self, job: str) -> None:
        """Queue a new build of ``job``'s value in the background (once: a build that waits
        already is not queued again)."""
        self.submit(job, lambda: self._build(job))

    def _building_lock(self, job: str) -> Any:
        """The lock held while a value is built, by the background thread or a request."""
        with self._lock:
            return self._building.setdefault(job, threading.RLock())

    # -- after the app's own writes
    def after_write(self, change: str, before: tuple, ids: Iterable[str] = ()) -> None:
        """Bring what is kept up to date after a write of the app.

        Parameters
        ----------
        change : str
            One of :data:`CHANGES`.
        before : tuple
            :meth:`stamp` just before the write: what was built on an older state is
            left to be rebuilt.
        ids : iterable of str
            For a merge or undo, the organisations it touched.
        """
        after = self.stamp(fresh=True)
        if after == before:
            return  # the write changed nothing
        if change != "introduction":  # api.introduce carries the engine's cache over itself
            self.warm()  # first: meanwhile the old index and counts answer, suggestions not
        ids = list(ids)
        with self._lock:
            held = dict(self._held)
        for job, (stamp, value) in held.items():
            if stamp != before:
                continue  # older than the write: rebuilt when next asked
            if change in ("introduction", "decision"):
                fresh = value  # the names, aliases, places and counts are as they were
            elif change == "merge" and ids and job != "ecosystems":  # an index: a few entries
                with api.open_store(self.location, create=False) as store:
                    fresh = value.updated(store, ids)
            else:
                self._rebuild(job)
                continue
            with self._lock:
                if self._held.get(job, (None,))[0] == before:
                    self._held[job] = (after, fresh)


def _index_job(personal: bool) -> str:
    """The name of the job that builds the search index (with or without people)."""
    return f"index-{personal}"
