"""The library's one error base class and the exit code each kind of error means.

Every exception the library raises on purpose derives from :class:`GhoutaError`,
which carries the exit code of the command line: 1 for invalid data or a failed check
(:class:`DataError`), 2 for a usage error (:class:`UsageError`). The CLI maps the base
class to the exit code in one place, so a new error type needs no new ``except``
clause anywhere. ``details`` are lines a command prints before the error itself (the
findings that stopped a build, for example).
"""

from __future__ import annotations

from collections.abc import Sequence


class GhoutaError(Exception):
    """Base of every error the library raises on purpose; ``exit_code`` is what the
    ``ghouta-corpus`` command exits with when it is not caught."""

    exit_code: int = 1

    def __init__(self, message: str = "", details: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.details = list(details)


class DataError(GhoutaError):
    """The data is invalid or a check failed (exit 1)."""

    exit_code = 1


class UsageError(GhoutaError):
    """The arguments name nothing usable: a missing path, an unknown choice (exit 2)."""

    exit_code = 2
