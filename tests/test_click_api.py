"""The one private import (click's exception types and help formatter, through typer._click)
still works.

When an upgrade of Typer moves them, this fails first and names the module to mend,
instead of every usage error turning into "a bug in jfq".
"""

from __future__ import annotations

import importlib


def test_the_private_path_to_clicks_exceptions_exists() -> None:
    try:
        module = importlib.import_module("jfq.cli.click_api")
    except ImportError as err:  # pragma: no cover - fails loudly on a Typer upgrade
        raise AssertionError(
            f"jfq/cli/click_api.py no longer imports from Typer ({err}): mend that module"
        ) from err
    for name in module.__all__:
        if name != "HelpFormatter":
            assert issubclass(getattr(module, name), Exception), name
    assert issubclass(module.MissingParameter, module.UsageError)
    # jfq.cli.help overrides these two and calls the rest as click defines them.
    for method in ("write_text", "write_dl", "write", "width", "current_indent"):
        assert hasattr(module.HelpFormatter(width=60), method), method
