"""The one exception family the core raises; jfq.cli.runner turns it into a line on stderr.

Exit codes: 1 nothing found, 2 usage error, 3 bad data file, 4 the system refused
(a full disk, a closed output).  The runner adds 0 done, 70 a bug in jfq and 130
interrupted.
"""

from __future__ import annotations

from typing import Any


class JfqError(Exception):
    """An expected failure: the message is for the user, exit_code for the shell.

    ``details`` (plain data) go into the JSON error object beside "error": a term
    lookup that fails still says what was asked and what comes close.
    """

    exit_code = 1
    kind = "failed"
    # True when the result is already on stdout and itself says what failed (validate's
    # errors, merge's conflicts): no error object is printed where the result is.
    result_shown = False

    def __init__(
        self, message: str, *, hint: str | None = None, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.details = details or {}

    def document(self) -> dict[str, Any]:
        """The error object that JSON and YAML output carry instead of a result."""
        error = {"code": self.exit_code, "kind": self.kind, "message": self.message}
        return {**self.details, "error": {**error, "hint": self.hint}}


class NotFound(JfqError):
    """Nothing matches the query (exit 1)."""

    kind = "not_found"


class UsageError(JfqError):
    """The command line asks for something that cannot be (exit 2)."""

    exit_code = 2
    kind = "usage"


class WriteError(JfqError):
    """The system refused a write: a read-only folder, a full disk (exit 4)."""

    exit_code = 4
    kind = "refused"


class DataError(JfqError):
    """A data file is missing, unreadable or breaks the schema (exit 3)."""

    exit_code = 3
    kind = "data"

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class Unsettled(JfqError):
    """The result is shown and lists what is left to settle: merge conflicts (exit 1)."""

    kind = "conflict"
    result_shown = True


class Invalid(JfqError):
    """The result is shown and lists the errors that jfq validate found (exit 3)."""

    exit_code = 3
    kind = "data"
    result_shown = True


class Interrupted(BaseException):
    """SIGTERM or SIGHUP while jfq must clean up (an index build): raised like Ctrl-C so that
    ``finally`` clauses run, but not a KeyboardInterrupt, which the command layer would
    take for Ctrl-C.  The runner exits with 128 + the signal's number, as the shell would."""

    def __init__(self, signal_number: int) -> None:
        super().__init__(signal_number)
        self.signal_number = signal_number
