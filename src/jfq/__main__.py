"""``python -m jfq``: the same program as the ``jfq`` command."""

from jfq.cli import main

if __name__ == "__main__":
    main()
