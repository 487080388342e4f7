"""The text of the files a merge changes: items appended to a data file's lists, and
passages put among a stored document's own, each in the file's own style.

Where new items go is found by parsing the file (PyYAML's nodes know where each item
starts and ends), not by searching its text, so that comments and layout survive; a
file in JSON syntax is rewritten as JSON.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jfq.data.yaml_write import dump_items
from jfq.errors import DataError

if TYPE_CHECKING:
    from yaml import Node

Plain = dict[str, Any]
_HEADER = "# Written by jfq merge; check every drafted field before relying on it.\n"


def appended(path: Path, current: Plain, additions: dict[str, list[Plain]]) -> str | None:
    """The file at ``path`` with ``additions`` (key -> new items) appended; None: no change."""
    if not any(additions.values()):
        return None
    if not path.exists():
        return new_file(additions)
    text = path.read_text(encoding="utf-8")
    if _json(text) is not None:  # JSON syntax: rewrite as JSON
        for key, items in additions.items():
            current[key] = (current.get(key) or []) + items
        return json.dumps(current, ensure_ascii=False, indent=1) + "\n"
    for key, items in additions.items():
        if items:
            text = _append_to_list(path, text, key, items)
    return text


def new_file(lists: dict[str, list[Plain]]) -> str:
    """A data file that holds ``lists`` (key -> items; an empty list written as []))."""
    blocks = [f"\n{key}:\n" + dump_items(items) if items else f"\n{key}: []\n"
              for key, items in lists.items()]  # fmt: skip
    return _HEADER + "".join(blocks)


def among(stored: list[Plain], passages: list[Plain]) -> list[Plain]:
    """A document's passages with ``passages`` among them, in the order of their offsets: a
    quote whose parts lie in two passages is checked in their order."""
    return sorted([*stored, *passages], key=lambda passage: int(passage["at"]))


def with_passages(path: Path, passages: list[Plain]) -> str:
    """The sources file at ``path`` with ``passages`` among its own (see ``among``), each
    written above the stored passage it comes before, and above the comments over that
    passage; DataError when the file is laid out so that they cannot be placed."""
    import yaml  # noqa: PLC0415 - PyYAML only when a file is merged into

    text = path.read_text(encoding="utf-8")
    document = _json(text)
    if document is not None:  # JSON syntax: rewrite as JSON
        document["passages"] = among(document.get("passages") or [], passages)
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
    written = _placed_among_items(path, text, among([], passages))
    # What is written is read back before it is kept: a layout the placing did not foresee
    # must not leave a file that reads otherwise (or not at all).
    stored = (yaml.safe_load(text) or {}).get("passages") or []
    try:
        reread = (yaml.safe_load(written) or {}).get("passages")
    except yaml.YAMLError:
        reread = None
    if reread != among(stored, passages):
        raise DataError(str(path), "jfq cannot add passages to this file's layout: write its "
                        "passages as a block list, an item '- at: …' each")  # fmt: skip
    return written


def _placed_among_items(path: Path, text: str, ordered: list[Plain]) -> str:
    """``text`` with the ``ordered`` passages each before the first stored one that comes
    after it, the rest at the end of the list."""
    import yaml  # noqa: PLC0415 - PyYAML only when a file is merged into

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    found = [value for key, value in root.value if key.value == "passages"] if root else []
    items: list[Node] = found[0].value if found and not found[0].flow_style else []
    if not items:
        return _append_to_list(path, text, "passages", ordered)
    dash = text.rfind("-", 0, items[0].start_mark.index)  # (the first item's: its column)
    indent = " " * (dash - _line_start(text, dash))
    before: dict[int, list[Plain]] = {}  # where a stored item's lines start -> what goes there
    after_all = []
    for passage in ordered:
        later = next((item for item in items if _offset(item) > int(passage["at"])), None)
        if later is None:
            after_all.append(passage)
        else:
            before.setdefault(_item_start(text, later), []).append(passage)
    for position in sorted(before, reverse=True):  # from the end: earlier places stay put
        text = text[:position] + dump_items(before[position], indent=indent) + text[position:]
    return _append_to_list(path, text, "passages", after_all) if after_all else text


def _item_start(text: str, item: Node) -> int:
    """Where a list item's lines start: the line of its dash (which may stand on a line of
    its own, before the item's mapping), or the comment lines right above it."""
    at = item.start_mark.index
    dash = text.rfind("-", 0, at)
    start = _line_start(text, dash if dash >= 0 and not text[dash + 1 : at].strip() else at)
    while start > 0:
        above = _line_start(text, start - 1)
        if not text[above:start].strip().startswith("#"):
            break
        start = above
    return start


def _json(text: str) -> Plain | None:
    """The file's data when it is written in JSON syntax; None for YAML, flow style too
    ({id: x, …} begins as JSON does)."""
    if not text.lstrip().startswith("{"):
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _offset(item: Node) -> int:
    """A stored passage's ``at`` (the file passed the schema: it has one, an integer)."""
    return int(next(value.value for key, value in item.value if key.value == "at"))


def _append_to_list(path: Path, text: str, key: str, items: list[Plain]) -> str:
    """``items`` at the end of the top-level list ``key``, indented like the items there."""
    import yaml  # noqa: PLC0415 - PyYAML only when a file is merged into

    root = yaml.compose(text, Loader=yaml.SafeLoader)
    found = [(k, v) for k, v in root.value if k.value == key] if root is not None else []
    if not found:
        return text.rstrip("\n") + f"\n\n{key}:\n{dump_items(items)}"
    _, value = found[0]  # a list: the file passed the schema before this
    if value.value and not value.flow_style:
        end = _line_end(text, value.value[-1].end_mark.index - 1)
        indent = " " * (value.value[0].start_mark.column - 2)
        return _ended(text[:end]) + dump_items(items, indent=indent) + text[end:]
    if value.value:
        raise DataError(str(path), f"{key}: is written on one line; write it as a block list")
    # `key: []  # a comment`: the [] goes, the comment stays, the items go under the key.
    end = _line_end(text, value.end_mark.index)
    head = text[: value.start_mark.index].rstrip(" ") + text[value.end_mark.index : end]
    return _ended(head) + dump_items(items) + text[end:]


def _line_start(text: str, position: int) -> int:
    """The index of the first character of the line holding ``position``."""
    return text.rfind("\n", 0, position) + 1


def _line_end(text: str, position: int) -> int:
    """The index just after the newline that ends the line holding ``position``."""
    newline = text.find("\n", max(position, 0))
    return len(text) if newline < 0 else newline + 1


def _ended(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
