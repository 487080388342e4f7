"""Write entries in the house style of glossary.yaml and targets.yaml.

Used by ``jfq extract`` (its YAML output and ``--merge``, which appends to the
files so their comments survive).  The style: block mappings, two-space
indented list items, short lists and leaf parts on one line, fields in model
order with empty and default values left out, and no line wrapping (a folded
line would put a space into a verbatim Chinese quote).
"""

from __future__ import annotations

from typing import Any

import yaml

from jfq.printable import escape_unsafe, printable

_FLOW_LIMIT = 100


class _Flow(dict[str, Any]):
    """A mapping written on one line: {text: 零上访, en: zero petitions}."""


class _FlowList(list[Any]):
    """A list written on one line: [三零创建, 三零平安创建]."""


def _string(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # A string holding a control character or a bidirectional mark goes in double quotes,
    # where escape_unsafe can write it as \\u202e: the same text, harmless on a terminal.
    style = '"' if printable(value) != value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


class _PlainDumper(yaml.SafeDumper):
    """Safe YAML whose output is safe to print (see jfq.printable)."""


_PlainDumper.add_representer(str, _string)


def dump_plain(data: Any) -> str:
    """YAML for jfq's --format yaml."""
    text = yaml.dump(data, Dumper=_PlainDumper, allow_unicode=True, sort_keys=False, width=100)
    return escape_unsafe(text)


class _Dumper(_PlainDumper):
    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)  # indent list items under their key


_Dumper.add_representer(
    _Flow, lambda d, data: d.represent_mapping("tag:yaml.org,2002:map", data, flow_style=True)
)
_Dumper.add_representer(
    _FlowList, lambda d, data: d.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)
)


def _styled(value: Any, *, in_component: bool = False) -> Any:
    if isinstance(value, dict):
        body = {
            k: _styled(v, in_component=in_component or k == "components")
            for k, v in value.items()
            if v not in (None, [], {}) and not (k == "defined" and v is True)
        }
        if in_component and "items" not in body and len(repr(body)) < _FLOW_LIMIT:
            return _Flow(body)
        return body
    if isinstance(value, list):
        items = [_styled(v, in_component=in_component) for v in value]
        if all(isinstance(v, str) for v in items) and len(repr(items)) < _FLOW_LIMIT:
            return _FlowList(items)
        return items
    return value


def _pinyin_second(item: dict[str, Any]) -> dict[str, Any]:
    """scripts/gen_pinyin.py keeps the line after `- term:` / `- name:`: put pinyin there."""
    if "pinyin" not in item:
        return item
    first, *rest = (k for k in item if k != "pinyin")
    return {first: item[first], "pinyin": item["pinyin"], **{k: item[k] for k in rest}}


def dump_items(items: list[dict[str, Any]], indent: str = "  ") -> str:
    """YAML for list items (plain dicts, as from convert.to_plain) under terms: or targets:."""
    text = yaml.dump(
        [_styled(_pinyin_second(item)) for item in items],
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        width=10**9,
        default_flow_style=False,
    )
    text = escape_unsafe(text)
    return "".join(indent + line if line else line for line in text.splitlines(keepends=True))


def dump_document(document: dict[str, Any]) -> str:
    """A sources file: one document (a plain dict, fields in model order) and its passages."""
    head = (
        "# yaml-language-server: $schema=../schema/source.schema.json\n"
        "# A document jfq quotes: its header, and the passages its quotes are taken from,\n"
        "# verbatim (jfq validate checks every quote against them; jfq source shows them).\n"
    )
    body = yaml.dump(
        _styled(document), Dumper=_Dumper, allow_unicode=True, sort_keys=False,
        width=10**9, default_flow_style=False,
    )  # fmt: skip
    return head + escape_unsafe(body)
