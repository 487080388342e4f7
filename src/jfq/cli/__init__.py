"""The ``jfq`` command: a thin layer over the core.

app.py defines the commands (each parses its arguments, calls the core once and
hands the result to jfq.render.emit); options.py the options they share;
runner.py runs one command line (streams, exit codes, the one-line errors);
completion.py answers the shell's TAB; click_api.py is the one private import.
"""

from __future__ import annotations

from jfq.cli.runner import main, run

__all__ = ["main", "run"]
