"""Find the data files and read them into the model, with errors that name file and line.

Which pair of files is used, first match wins:
1. ``--data-dir DIR`` on the command line;
2. the ``JFQ_DATA_DIR`` environment variable;
3. the copies inside the installed package (``jfq/data/``, put there by the wheel);
4. the repository root, for an editable install or a checkout.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from jfq.errors import DataError, UsageError
from jfq.records import Record, record

GLOSSARY = "glossary.yaml"
TARGETS = "targets.yaml"
ENV_DATA_DIR = "JFQ_DATA_DIR"

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


def read_yaml(path: Path) -> Any:
    """Parse a data file with safe loading only; syntax errors carry the line.

    A file in JSON syntax (JSON is a subset of YAML) is read by the json module:
    PyYAML, even with its C parser, reads about 1 MB a second, too slow for a
    glossary of 100,000 entries; json reads it some 60 times faster.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(str(path), f"cannot read: {err}") from None
    if text.lstrip()[:1] == "{":
        import json

        try:
            return json.loads(text)
        except ValueError:
            pass  # a YAML flow mapping rather than JSON: let the YAML parser read (and report) it
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or str(err)
        line = mark.line + 1 if mark is not None else None
        raise DataError(str(path), f"YAML syntax: {problem}", line) from None


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
        line = _line_of(path, err.path)
        raise DataError(str(path), f"{err.where()}: {err.message}", line) from None


def _line_of(path: Path, where: tuple[str | int, ...]) -> int | None:
    """The line of the YAML node at ``where`` (or of its nearest existing parent)."""
    import yaml

    try:
        node = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
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
