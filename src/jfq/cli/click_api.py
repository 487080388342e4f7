"""The one place jfq reaches past Typer's public API: click's exception types and help
formatter.

Typer 0.26-0.28 (the pinned range: 0.29 imports pydantic on every run, about
+90 ms; see the README) vendor click as ``typer._click`` and export only
BadParameter of its exceptions.  jfq words click's usage errors itself (see
jfq.cli.runner) and needs their types to do so; jfq.cli.help lays out --help by display
columns with a subclass of click's HelpFormatter.  tests/test_click_api.py fails,
naming this module, when an upgrade of Typer moves them.
"""

from __future__ import annotations

from typer._click.exceptions import (
    BadParameter,
    ClickException,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer._click.formatting import HelpFormatter

__all__ = [
    "BadParameter",
    "ClickException",
    "HelpFormatter",
    "MissingParameter",
    "NoSuchOption",
    "UsageError",
]
