"""jfq: a command-line reference for the Jiefang District (焦作市解放区) government work reports."""

__version__ = "0.1.0"
