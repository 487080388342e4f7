"""What the shell offers on TAB: term names, regions, years and indicator keys.

Each function answers from the index (SQLite: no YAML parsed, no rich loaded)
and returns the values to put on the command line.  A term is always offered
by its Chinese name, whether it was begun in Chinese, pinyin or English, so
``jfq term sanshi<TAB>`` becomes ``jfq term 三室经济``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from jfq.search.index import Index
from jfq.search.normalize import english_stems, fold, is_latin, pinyin_key

LIMIT = 60  # more than a screen of choices helps nobody


def term_names(index: Index, incomplete: str, words: Sequence[str] = ()) -> list[str]:
    """Names of the entries that ``incomplete`` begins: by name or alias, pinyin, English."""
    key = fold(incomplete)
    if not key:
        return index.term_names(LIMIT)
    names = [hit.term for hit in index.key_prefix_hits(key, ("term", "alias"), LIMIT)]
    if is_latin(incomplete):
        compact = pinyin_key(incomplete)
        if compact:
            hits = index.key_prefix_hits(compact, ("pinyin", "initials"), LIMIT)
            names += [hit.term for hit in hits]
        stems = english_stems(incomplete)
        if stems:
            names += [term for _, term in index.with_english(stems, LIMIT)]
    return list(dict.fromkeys(names))[:LIMIT]


def region_names(index: Index, incomplete: str, words: Sequence[str] = ()) -> list[str]:
    """Regions by the start of their Chinese name, pinyin or English name."""
    key, compact = fold(incomplete), pinyin_key(incomplete)
    by_name, by_other = [], []  # a region whose own name fits comes first
    for region in index.regions():
        others = [fold(region.en), *(fold(alias) for alias in region.aliases)]
        if fold(region.name).startswith(key):
            by_name.append(region.name)
        elif any(s.startswith(key) for s in others) or (
            compact and pinyin_key(region.pinyin).startswith(compact)
        ):
            by_other.append(region.name)
    return by_name + by_other


def years(index: Index, incomplete: str, words: Sequence[str] = ()) -> list[str]:
    """The years with figures for the region on the line (--region), else the default's."""
    region = _region(index, words)
    found = index.years(region) if region is not None else index.all_years()
    return [str(year) for year in found if str(year).startswith(incomplete.strip())]


def compare_sides(index: Index, incomplete: str, words: Sequence[str] = ()) -> list[str]:
    """The years compare can use: those with figures of the --kind on the line (target by
    default) for the default region, or for the region typed before a colon (示范区:2022)."""
    kind = _value_of(words, "--kind") or "target"
    region_text, colon, year_text = incomplete.replace("：", ":").rpartition(":")
    if colon:
        region = _known_region(index, region_text)
        prefix = region_text + colon
    else:
        region, prefix = _region(index, ()), ""
    if region is None:
        return []
    found = index.years(region, kind=kind.lower())
    return [prefix + str(year) for year in found if str(year).startswith(year_text.strip())]


def _value_of(words: Sequence[str], option: str) -> str | None:
    """The value given to ``option`` on the line so far (``--kind actual``, ``--kind=actual``)."""
    for word, after in pairwise([*words, ""]):
        if word == option:
            return after or None
        if word.startswith(option + "="):
            return word.split("=", 1)[1]
    return None


def _known_region(index: Index, text: str) -> str | None:
    from jfq.errors import JfqError  # noqa: PLC0415 - only when a region is typed
    from jfq.targets.regions import resolve_region  # noqa: PLC0415

    try:
        return resolve_region(index, text).name
    except JfqError:
        return None


def _region(index: Index, words: Sequence[str]) -> str | None:
    """The region the line names with --region or -r, else the data's default region."""
    from jfq.targets.regions import default_region  # noqa: PLC0415 - only for years

    typed = _value_of(words, "--region") or _value_of(words, "-r")
    return _known_region(index, typed) if typed else default_region(index)


def indicator_keys(index: Index, incomplete: str, words: Sequence[str] = ()) -> list[str]:
    wanted = incomplete.strip().lower()
    return [key for key in index.indicator_keys() if key.startswith(wanted)][:LIMIT]


# -- which value is being completed ----------------------------------------------------------

# The options whose value jfq completes, and the options that take no value (so that the
# word after them is an argument).  tests/test_completion.py checks both against the commands.
# (index, the word so far, the words before it) -> the values to offer
Completer = Callable[[Index, str, Sequence[str]], list[str]]
OPTION_VALUES: dict[str, Completer] = {"--region": region_names, "-r": region_names,
                                       "--year": years, "-y": years}  # fmt: skip
FLAGS = frozenset({"--chart", "--merge", "--help", "-h", "--version"})
ARGUMENTS: dict[str, Completer] = {"term": term_names, "mentions": term_names,
                                   "trend": indicator_keys, "compare": compare_sides}  # fmt: skip


def candidates(
    open_index: Callable[[], Index], words: list[str], incomplete: str
) -> list[str] | None:
    """What to offer for ``incomplete`` after ``words`` (the command line so far, without
    ``jfq``); None when it is not a value jfq knows (a command, an option, a choice), which
    the argument parser then completes."""
    command = next((w for w in words if not w.startswith("-")), None)
    if command is None or incomplete.startswith("-"):
        return None
    previous = words[-1] if words else ""
    if previous in OPTION_VALUES:
        return OPTION_VALUES[previous](open_index(), incomplete, words)
    if previous.startswith("-") and previous not in FLAGS and "=" not in previous:
        return None  # the value of another option: --format, --kind, --data-dir …
    if command in ARGUMENTS and (command != "trend" or _arguments(words) == [command]):
        return ARGUMENTS[command](open_index(), incomplete, words)
    return None


def _arguments(words: list[str]) -> list[str]:
    """The words that are arguments, not options or their values."""
    found, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word.startswith("-"):
            skip = word not in FLAGS and "=" not in word
        else:
            found.append(word)
    return found
