"""Find the data files and read them into the model, with errors that name file and line.

Which pair of files is used, first match wins:
1. ``--data-dir DIR`` on the command line;
2. the ``JFQ_DATA_DIR`` environment variable;
3. the copies inside the installed package (``jfq/data/``, put there by the wheel);
4. the repository root, for an editable install or a checkout.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from jfq.errors import DataError, UsageError
from jfq.records import Record, record

GLOSSARY = "glossary.yaml"
TARGETS = "targets.yaml"
ENV_DATA_DIR = "JFQ_DATA_DIR"
ENV_MAX_DATA_MB = "JFQ_MAX_DATA_MB"

T = TypeVar("T")


@record
class DataFiles(Record):
    glossary: Path
    targets: Path

    @property
    def folder(self) -> Path:
        return self.glossary.parent


def locate(data_dir: str | os.PathLike[str] | None = None) -> DataFiles:
    """The pair of data files to use (see the module docstring for the order)."""
    chosen = data_dir if data_dir is not None else os.environ.get(ENV_DATA_DIR) or None
    if chosen is not None:
        folder = Path(chosen).expanduser()
        if not folder.is_dir():
            raise UsageError(f"{folder}: not a folder (given by --data-dir or {ENV_DATA_DIR})")
        return _pair(folder)
    package_data = Path(__file__).parent / "data"
    if (package_data / GLOSSARY).is_file():
        return _pair(package_data)
    return _pair(Path(__file__).resolve().parents[2])  # a checkout or an editable install


def _pair(folder: Path) -> DataFiles:
    files = DataFiles(folder / GLOSSARY, folder / TARGETS)
    for path in (files.glossary, files.targets):
        if not path.is_file():
            raise DataError(str(path), "data file not found")
    return files


def max_data_bytes() -> int:
    """The largest data file jfq reads: JFQ_MAX_DATA_MB megabytes (default 256)."""
    configured = os.environ.get(ENV_MAX_DATA_MB, "")
    megabytes = int(configured) if configured.isdigit() and int(configured) > 0 else 256
    return megabytes * 2**20


def read_yaml(path: Path) -> Any:
    """Parse a data file with safe loading only; every refusal names the line.

    Refused: files over max_data_bytes(), text that is not UTF-8, YAML anchors and
    aliases (a few lines of them can expand into billions of nodes, and the data
    files need none), and keys given twice in one mapping (YAML and JSON parsers
    would silently keep the last).

    A file in JSON syntax (JSON is a subset of YAML) is read by the json module:
    PyYAML, even with its C parser, reads about 1 MB a second, too slow for a
    glossary of 100,000 entries; json reads it some 60 times faster.
    """
    text = _read_text(path)
    if text.lstrip()[:1] == "{":
        import json

        try:
            return json.loads(text, object_pairs_hook=_unique_keys)
        except _DuplicateKey as err:
            line = _line_of_text(text, err.context)
            raise DataError(str(path), f"key {err.key!r} is given twice", line) from None
        except ValueError:
            pass  # a YAML flow mapping rather than JSON: let the YAML parser read (and report) it
    import yaml

    from jfq.yaml_loader import StrictLoader

    try:
        return yaml.load(text, Loader=StrictLoader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        line = mark.line + 1 if mark is not None else None
        if not isinstance(err, yaml.constructor.ConstructorError):
            problem = f"YAML syntax: {problem}"
        raise DataError(str(path), problem, line) from None


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if size > max_data_bytes():
            limit = max_data_bytes() // 2**20
            message = f"{size / 2**20:.0f} MB is more than jfq reads ({limit} MB)"
            raise DataError(str(path), message + f"; raise {ENV_MAX_DATA_MB} to read it")
        data = path.read_bytes()
    except OSError as err:
        raise DataError(str(path), f"cannot read: {err.strerror or err}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data[: err.start].count(b"\n") + 1
        raise DataError(
            str(path),
            f"not UTF-8: byte 0x{data[err.start]:02x} cannot be read (save the file as UTF-8)",
            line,
        ) from None


class _DuplicateKey(ValueError):
    def __init__(self, key: str, context: list[tuple[str, Any]]) -> None:
        super().__init__(key)
        self.key, self.context = key, context


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    mapping = dict(pairs)
    if len(mapping) != len(pairs):
        seen: set[str] = set()
        key = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise _DuplicateKey(key, pairs)
    return mapping


def _line_of_text(text: str, pairs: list[tuple[str, Any]]) -> int | None:
    """The line of the JSON object holding ``pairs``, found by its first text field."""
    import json
    import re

    key, value = next(((k, v) for k, v in pairs if isinstance(v, str)), (None, None))
    if key is None:
        return None
    for ascii_only in (False, True):  # as written by jfq, or with \\u escapes
        pair = [re.escape(json.dumps(s, ensure_ascii=ascii_only)) for s in (key, value)]
        found = re.search(r"\s*:\s*".join(pair), text)
        if found:
            return text.count("\n", 0, found.start()) + 1
    return None


def load_model(path: Path, model: type[T]) -> T:
    """Read ``path`` into ``model`` objects; misfits are reported with their line."""
    from jfq.schema import convert

    data = read_yaml(path)
    with _reported(path):
        return convert(data, model)
    raise AssertionError("unreachable")  # pragma: no cover


def load_checked(path: Path, model: type) -> Any:
    """Read ``path`` and check it against ``model``, keeping the plain data (faster)."""
    from jfq.schema import check

    data = read_yaml(path)
    with _reported(path):
        check(data, model)
    return data


@contextmanager
def _reported(path: Path) -> Iterator[None]:
    """Turn a SchemaError into a DataError that names the file and the line."""
    from jfq.schema import SchemaError

    try:
        yield
    except SchemaError as err:
        line = line_finder(path)(err.path)
        raise DataError(str(path), f"{err.where()}: {err.message}", line) from None


def line_finder(path: Path) -> Callable[[tuple[str | int, ...]], int | None]:
    """A function from a place in the file, ("terms", 5, "en"), to its line.

    The file is parsed into YAML nodes (which know their lines) once, on first use;
    only the error paths need it.
    """
    root: list[Any] = []

    def line_of(where: tuple[str | int, ...]) -> int | None:
        if not root:
            root.append(_compose(path))
        return _line_in(root[0], where)

    return line_of


def _compose(path: Path) -> Any:
    import yaml

    try:
        return yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _line_in(node: Any, where: tuple[str | int, ...]) -> int | None:
    """The line of the node at ``where`` (or of its nearest existing parent)."""
    import yaml

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
