"""The reading commands: term, terms, search, overview, targets, compare, trend.

Each parses its arguments, calls the core once and emits the result.  Failures are
the core's JfqErrors, which jfq.cli.runner reports.  The core and the renderers load
inside each command, so that a command loads only what it uses.
"""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

from jfq.cli.options import (
    DataDirOption,
    FormatOption,
    LangOption,
    RegionOption,
    YearOption,
    label,
    open_index,
    text_options,
)
from jfq.data.model import Kind, Status, Tier
from jfq.render import Format, emit
from jfq.render.wording import Lang

# The choices are the model's Literals, so a new kind or tier needs no edit here.
KindOrAll = Literal[Kind, "all"]
TierOrAll = Literal[Tier, "all"]
# The statuses as one word each, for the command line (not met -> not-met).
StatusChoice = Literal["met", "not-met", "no-data", "unrated"]
STATUS_OF: dict[str, Status] = {"met": "met", "not-met": "not met", "no-data": "no data",
                                "unrated": "unrated"}  # fmt: skip


def term(
    query: Annotated[
        list[str], typer.Argument(metavar="QUERY...", help="The term, as you would type it.")
    ],
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """Explain a term: definition, parts, English, pinyin and the source sentences.

    QUERY may be the name or an alias (334, 三室经济), with or without quotes or
    book-title marks, in full-width or traditional characters, pinyin with or
    without spaces or tone numbers (sanshi jingji, ssjj, san1shi4), a unique part
    of a name (添翼) or English words (three-room economy).

    Examples:

    \b
    # a numbered slogan, by its number
    jfq term 334
    # with book-title marks, in traditional characters
    jfq term 《三室經濟》
    # by its pinyin
    jfq term sanshi jingji
    # by pinyin initials, as JSON for a script
    jfq term ssjj --format json
    """
    from jfq.render.glossary import TERM  # noqa: PLC0415 - each command loads its own parts
    from jfq.search.lookup import find_term  # noqa: PLC0415

    index = open_index(data_dir)
    result = find_term(index, " ".join(query))
    emit(TERM, result, fmt, lang=lang, **text_options(fmt, index))


def overview(
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """What the data holds: entries by scope, years of targets and results, the documents.

    The same as jfq alone, which adds what to type next.

    Examples:

    \b
    # what jfq knows, and where it comes from
    jfq overview
    # the same for a script
    jfq overview --format json
    """
    from jfq.overview import overview as take_stock  # noqa: PLC0415
    from jfq.render.overview import OVERVIEW  # noqa: PLC0415

    emit(OVERVIEW, take_stock(open_index(data_dir)), fmt, lang=lang)


def terms(
    scope: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="SCOPE", help="Only entries of this scope: 国家, 省, 市, 区 or 示范区."
        ),
    ] = None,
    category: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            metavar="CATEGORY",
            help="Only entries of this category, e.g. 治理, 产业, 民生, 安全 (or governance).",
        ),
    ] = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """List all entries, as a table.

    Examples:

    \b
    # every entry, one line each
    jfq terms
    # the district's own governance terms
    jfq terms --scope 区 --category 治理
    # the glossary for a spreadsheet
    jfq terms --format csv > glossary.csv
    """
    from jfq.render.glossary import TERMS  # noqa: PLC0415
    from jfq.render.wording import CATEGORIES_EN, SCOPES_EN  # noqa: PLC0415
    from jfq.search.fulltext import list_terms  # noqa: PLC0415

    chosen = label("--scope", scope, SCOPES_EN), label("--category", category, CATEGORIES_EN)
    emit(TERMS, list_terms(open_index(data_dir), *chosen), fmt, lang=lang)


def search(
    text: Annotated[
        list[str], typer.Argument(metavar="TEXT...", help="Words to find (all must occur).")
    ],
    limit: Annotated[
        int, typer.Option(min=1, max=1000, help="Show at most this many entries (1-1000).")
    ] = 20,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """Full-text search over names, aliases, English, definitions, parts and quotes.

    Examples:

    \b
    # every entry that mentions elderly care
    jfq search 养老
    # English words work too
    jfq search laboratory
    # entries that mention both words
    jfq search 楼院 治理
    """
    from jfq.render.glossary import SEARCH  # noqa: PLC0415
    from jfq.search.fulltext import search as run_search  # noqa: PLC0415

    emit(SEARCH, run_search(open_index(data_dir), " ".join(text), limit), fmt, lang=lang)


def targets(
    year: YearOption = None,
    region: RegionOption = None,
    kind: Annotated[
        KindOrAll, typer.Option(case_sensitive=False, help="Targets, actual results, or both.")
    ] = "all",
    tier: Annotated[
        TierOrAll,
        typer.Option(case_sensitive=False, help="headline (主要预期目标), task targets, or both."),
    ] = "all",
    status: Annotated[
        Optional[StatusChoice],  # noqa: UP045
        typer.Option(case_sensitive=False, help="Only the targets with this status."),
    ] = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """A year's targets and results, headline first; each target with its result and status.

    A first line counts the targets by status: met, not met, no data (no result
    stated for that year), unrated (no number to compare, or a result the target's
    words leave open: 6.9% against 近7%). The rule is literal: "about 8%" is not met
    by 7.9%, "over 5000" (超过5000) not by 5000.

    Examples:

    \b
    # the 2023 table, each target with its result
    jfq targets --year 2023
    # another region's table
    jfq targets --year 2022 --region 示范区
    # what 2021 achieved, for a spreadsheet
    jfq targets --year 2021 --kind actual --format csv
    # only the 2022 targets that were met
    jfq targets --year 2022 --status met
    """
    from jfq.render.targets import REPORT  # noqa: PLC0415
    from jfq.targets.regions import parse_year  # noqa: PLC0415
    from jfq.targets.tables import target_report  # noqa: PLC0415

    index = open_index(data_dir)
    chosen = None if year is None else parse_year(year)
    only = None if status is None else STATUS_OF[status.lower()]
    report = target_report(index, chosen, region, kind, tier, only=only)
    emit(REPORT, report, fmt, lang=lang, **text_options(fmt, index))


def compare(
    sides: Annotated[
        list[str],
        typer.Argument(
            metavar="SIDE...",
            help="Two or more years (2022) or region:year (全国:2023); a bare year is 解放区.",
        ),
    ],
    kind: Annotated[
        Kind,
        typer.Option(case_sensitive=False, help="Compare targets (default) or actual results."),
    ] = "target",
    chart: Annotated[bool, typer.Option("--chart", help="Add a bar chart (text only).")] = False,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """How targets moved between years or regions, aligned by indicator.

    Two sides give each row's change; three or more line them up, with the spread
    (highest minus lowest). A bare year means 解放区 (in other data: its first
    region). Rows on one side only are shown as such. Each side is given once: 2022
    and 解放区:2022 are one side, refused as a usage error.

    Examples:

    \b
    # how the district's targets moved in a year
    jfq compare 2022 2023
    # two regions side by side, with bars
    jfq compare 解放区:2022 示范区:2022 --chart
    # every level of government in one year
    jfq compare 全国:2023 河南省:2023 焦作市:2023 解放区:2023
    """
    from jfq.targets.regions import too_few_sides  # noqa: PLC0415

    index = open_index(data_dir)
    too_few_sides(sides)
    if len(sides) > 2:
        from jfq.render.ladder import LINEUP  # noqa: PLC0415
        from jfq.targets.compare import line_up  # noqa: PLC0415

        emit(LINEUP, line_up(index, sides, kind), fmt, lang=lang, **text_options(fmt, index))
        return
    from jfq.render.targets import COMPARISON  # noqa: PLC0415
    from jfq.targets.compare import compare as run_compare  # noqa: PLC0415

    result = run_compare(index, sides[0], sides[1], kind)
    emit(COMPARISON, result, fmt, chart=chart, lang=lang, **text_options(fmt, index))


def trend(
    key: Annotated[
        Optional[str],  # noqa: UP045
        typer.Argument(
            metavar="[KEY]",
            help="Indicator key (gdp_growth) or name (固定资产投资); none: list them all.",
        ),
    ] = None,
    region: RegionOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """One indicator across all years: targets beside results, with a small chart.

    Without KEY, the indicators: key, names, regions and years.

    Examples:

    \b
    # every indicator, with its key
    jfq trend
    # GDP growth, targets beside results, every year
    jfq trend gdp_growth
    # an indicator by its Chinese name
    jfq trend 固定资产投资
    # one series for a chart of your own
    jfq trend new_skilled_workers --format json
    """
    from jfq.render.trend import INDICATORS, TREND  # noqa: PLC0415
    from jfq.targets.trend import indicators  # noqa: PLC0415
    from jfq.targets.trend import trend as run_trend  # noqa: PLC0415

    index = open_index(data_dir)
    if key is None:
        emit(INDICATORS, indicators(index, region), fmt, lang=lang)
        return
    emit(TREND, run_trend(index, key, region), fmt, lang=lang, **text_options(fmt, index))
