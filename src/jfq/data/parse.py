"""Parsing a data file into plain data, and the model on top, with errors that name the line.

YAML is read with safe loading only, and stricter than YAML itself (see
_strict_loader); a file in JSON syntax (JSON is YAML) is read by the json module,
some 60 times faster, which matters for machine-built glossaries of 100,000 entries.
PyYAML is imported only when a YAML file is parsed: it costs start-up time that a
lookup from the cached index never pays.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from jfq.data.convert import SchemaError, check, convert
from jfq.data.files import decode_utf8, read_bytes
from jfq.data.model import NUMBER_RANGE
from jfq.errors import DataError

T = TypeVar("T")
Where = tuple[str | int, ...]


def read_data(path: Path, data: bytes | None = None) -> Any:
    """The plain data of a file (its ``data``, when the caller has read it already).

    Refused, with the line: text that is not UTF-8, YAML anchors and aliases (a few
    lines of them can expand into billions of nodes, and the data files need none),
    tags, and keys given twice in one mapping (parsers would silently keep the last).
    """
    text = decode_utf8(path, read_bytes(path) if data is None else data)
    if text.lstrip()[:1] == "{":
        try:
            return json.loads(text, object_pairs_hook=_unique_keys)
        except _DuplicateKey as err:
            line = _line_of_pairs(text, err.pairs)
            raise DataError(str(path), f"key {err.key!r} is given twice", line) from None
        except ValueError:
            pass  # a YAML flow mapping rather than JSON: the YAML parser reads (and reports) it
    return _read_yaml(path, text)


def _read_yaml(path: Path, text: str) -> Any:
    import yaml  # noqa: PLC0415 - PyYAML only when a YAML file is parsed (see module doc)

    try:
        return yaml.load(text, Loader=_strict_loader())
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        line = mark.line + 1 if mark is not None else None
        if not isinstance(err, yaml.constructor.ConstructorError):
            problem = f"YAML syntax: {problem}"
        raise DataError(str(path), problem, line) from None


@cache
def _strict_loader() -> type:
    """SafeLoader (the C one when PyYAML has it) that refuses anchors, aliases, tags and
    keys given twice.

    An alias is refused where it is used a second time: every node is built once, so a
    node met again can only be an alias (or a merge key, which needs one).  That also
    rules out "billion laughs" files, whose aliases expand into more nodes than memory.
    """
    import yaml  # noqa: PLC0415 - see _read_yaml
    from yaml.constructor import ConstructorError  # noqa: PLC0415
    from yaml.nodes import MappingNode, Node, ScalarNode  # noqa: PLC0415

    base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class StrictLoader(base):  # type: ignore[misc]
        def construct_object(self, node: Node, deep: bool = False) -> Any:
            if node in self.constructed_objects or node in self.recursive_objects:
                message = "anchors and aliases (& and *) are not allowed"
                raise ConstructorError(None, None, message, node.start_mark)
            return super().construct_object(node, deep)

        def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
            seen: set[tuple[str, str]] = set()
            for key_node, _ in node.value:
                if isinstance(key_node, ScalarNode):
                    key = (key_node.tag, key_node.value)
                    if key in seen:
                        message = f"key {key_node.value!r} is given twice"
                        raise ConstructorError(None, None, message, key_node.start_mark)
                    seen.add(key)
            return super().construct_mapping(node, deep)  # type: ignore[no-any-return]

        def construct_yaml_int(self, node: ScalarNode) -> Any:
            # Python writes no integer of over 4300 digits (a guard against slow
            # conversions) and raised a bare ValueError: say it with the line instead.
            try:
                return super().construct_yaml_int(node)
            except ValueError:
                digits = sum(char.isdigit() for char in node.value)
                message = f"a number of {digits} digits: jfq reads numbers {NUMBER_RANGE}"
                raise ConstructorError(None, None, message, node.start_mark) from None

        def construct_undefined(self, node: Node) -> Any:
            # Safe loading refuses !!python/object and friends already; say why in words.
            message = f"the tag {node.tag!r} is not allowed in a data file"
            raise ConstructorError(None, None, message, node.start_mark)

    StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)
    StrictLoader.add_constructor(None, StrictLoader.construct_undefined)
    return StrictLoader


class _DuplicateKey(ValueError):
    def __init__(self, key: str, pairs: list[tuple[str, Any]]) -> None:
        super().__init__(key)
        self.key, self.pairs = key, pairs


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _DuplicateKey(key, pairs)
    return mapping


def _line_of_pairs(text: str, pairs: list[tuple[str, Any]]) -> int | None:
    """The line of the JSON object holding ``pairs``, found by its first text field."""
    key, value = next(((k, v) for k, v in pairs if isinstance(v, str)), (None, None))
    if key is None:
        return None
    for ascii_only in (False, True):  # as written by jfq, or with \\u escapes
        pair = [re.escape(json.dumps(s, ensure_ascii=ascii_only)) for s in (key, value)]
        found = re.search(r"\s*:\s*".join(pair), text)
        if found:
            return text.count("\n", 0, found.start()) + 1
    return None


class Unstreamable(Exception):
    """The text is not a JSON object that stream_object reads: read it whole instead."""


_SPACE = re.compile(r"[ \t\n\r]*")


def stream_object(text: str, streamed: str, others: dict[str, Any]) -> Iterator[Any]:
    """The items of the list ``streamed`` in the JSON object ``text``, one at a time.

    The object's other keys go into ``others`` as they are passed (all of them once
    the items are exhausted; ``streamed`` itself with an empty list).  Memory stays at
    the text and one item, where json.loads would hold every item at once: the index
    of a 100,000-entry glossary is built in a third of the memory.  Anything but a JSON
    object with unique keys whose ``streamed`` value is a list raises Unstreamable.
    """
    decode = json.JSONDecoder(object_pairs_hook=_unique_keys).raw_decode
    try:
        position = _past(text, 0, "{")
        while text[position] != "}":  # once per key; a comma is always followed by one
            key, position = decode(text, position)
            if not isinstance(key, str) or key in others:
                raise Unstreamable(key)
            position = _past(text, position, ":")
            if key == streamed:
                position = _past(text, position, "[")
                while text[position] != "]":  # once per item, as for the keys
                    item, position = decode(text, position)
                    yield item
                    position = _after_item(text, position, "]")
                others[key], position = [], position + 1
            else:
                others[key], position = decode(text, position)
            position = _after_item(text, position, "}")
        if _blanks(text, position + 1) != len(text):
            raise Unstreamable("text after the object")
    except (ValueError, IndexError):  # bad JSON, a key given twice, the text ends early
        raise Unstreamable from None


def _after_item(text: str, position: int, closing: str) -> int:
    """At ``closing``, or past a comma and at the next item (never at ``closing``)."""
    position = _blanks(text, position)
    if text[position] == closing:
        return position
    position = _past(text, position, ",")
    if text[position] == closing:
        raise Unstreamable("a comma before " + closing)
    return position


def _past(text: str, position: int, expected: str) -> int:
    """The position after ``expected`` and the blanks around it."""
    position = _blanks(text, position)
    if text[position] != expected:
        raise Unstreamable(f"{expected!r} expected at {position}")
    return _blanks(text, position + 1)


def _blanks(text: str, position: int) -> int:
    """The position of the first character at or after ``position`` that is not blank."""
    return _SPACE.match(text, position).end()  # type: ignore[union-attr]  # always matches


def load_model(path: Path, model: type[T]) -> T:
    """Read ``path`` into ``model`` objects; misfits are reported with their line."""
    data = read_data(path)
    with reported(path):
        return convert(data, model)
    raise AssertionError("unreachable")  # pragma: no cover


def load_checked(path: Path, model: type, data: bytes | None = None) -> Any:
    """Read ``path`` (or its ``data``) and check it against ``model``, keeping the plain
    data: faster than building the model objects, for the index build."""
    plain = read_data(path, data)
    with reported(path):
        check(plain, model)
    return plain


@contextmanager
def reported(path: Path) -> Iterator[None]:
    """Turn a SchemaError into a DataError that names the file and the line."""
    try:
        yield
    except SchemaError as err:
        line = line_finder(path)(err.path)
        raise DataError(str(path), f"{err.where()}: {err.message}", line) from None


def line_finder(path: Path, text: str | None = None) -> Callable[[Where], int | None]:
    """A function from a place in the file, ("terms", 5, "en"), to its line.

    The file (or its ``text``, for what cannot be read twice: a pipe, standard input)
    is parsed into YAML nodes (which know their lines) once, on first use; only the
    error paths need it.
    """
    root: list[Any] = []

    def line_of(where: Where) -> int | None:
        if not root:
            root.append(_compose(path, text))
        return _line_in(root[0], where)

    return line_of


def _compose(path: Path, text: str | None) -> Any:
    import yaml  # noqa: PLC0415 - only error paths need the nodes

    try:
        text = path.read_text(encoding="utf-8") if text is None else text
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _line_in(node: Any, where: Where) -> int | None:
    """The line of the node at ``where`` (or of its nearest existing parent)."""
    import yaml  # noqa: PLC0415 - see _compose

    line = node.start_mark.line + 1 if node is not None else None
    for part in where:
        if isinstance(node, yaml.MappingNode) and isinstance(part, str):
            match = [(k, v) for k, v in node.value if k.value == part]
            if not match:
                break
            key_node, node = match[0]
            line = key_node.start_mark.line + 1
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
