"""``python -m jfq``: the same program as the ``jfq`` command."""

from jfq.cli import main

main()
