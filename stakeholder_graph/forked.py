"""Work done in a forked copy of this process, beside this one (a machine has two cores).

Used where a big load has two parts that do not depend on each other and take about as
long: reading two files, matching names beside resolving relationships. Only on Linux,
where forking is cheap and safe here: the copy reads nothing but its arguments and the
files it is given (never a store), sends one result back through a pipe, and ends without
running this process's exit handlers. Where forking is not possible the caller does the
work itself, in turn, with the same result.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

__all__ = ["Forked"]


class Forked:
    """A function run in a forked copy of this process, its result read back once.

    Examples
    --------
    >>> job = Forked.start(sum, [1, 2, 3])
    >>> (job.result() if job is not None else 6)
    6
    """

    def __init__(self, process: Any, pipe: Any) -> None:
        self.process, self.pipe = process, pipe

    @classmethod
    def start(cls, func: Callable[..., Any], *args: Any) -> Forked | None:
        """Start ``func(*args)`` in a forked process; ``None`` where that is not possible."""
        import multiprocessing

        if not sys.platform.startswith("linux"):
            return None
        try:
            context = multiprocessing.get_context("fork")
            pipe, end = context.Pipe(duplex=False)
            process = context.Process(target=_send_result, args=(end, func, args),
                                      daemon=True)
            process.start()
        except (OSError, ValueError, AssertionError):  # no processes left, forking refused,
            return None  # or this is a daemonic process (which may have no children)
        end.close()
        return cls(process, pipe)

    def result(self) -> Any:
        """The function's result, or ``None`` when the process failed (nothing to read).

        Called once; it waits for the result and ends the process.
        """
        try:
            return self.pipe.recv()
        except (EOFError, OSError):
            return None
        finally:
            self.pipe.close()
            self.process.join(5)
            if self.process.is_alive():  # pragma: no cover - it has sent all it will
                self.process.kill()
                self.process.join()


def _send_result(end: Any, func: Callable[..., Any], args: tuple[Any, ...]) -> None:
    try:
        result = func(*args)
    except BaseException:  # noqa: BLE001 - the parent does the work again and says why
        return
    try:
        end.send(result)
        end.close()
    except OSError:  # the parent has gone (killed): nobody to tell
        pass
