"""The ladder commands: ladder (a region against every level above) and peers (a level's
regions ranked).  Loaded only when one of them runs (jfq.cli.app.COMMANDS)."""

from __future__ import annotations

from typing import Annotated, Literal, Optional

import typer

from jfq.cli.options import (
    DataDirOption,
    FormatOption,
    LangOption,
    YearOption,
    open_index,
    text_options,
)
from jfq.data.model import Level
from jfq.render import Format, emit
from jfq.render.wording import Lang


def ladder(
    region: Annotated[
        Optional[str],  # noqa: UP045 - typer needs Optional on Python 3.10
        typer.Argument(metavar="[REGION]", help="The region at the foot (default: 解放区)."),
    ] = None,
    year: YearOption = None,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """A region's targets beside every level above it: district, city, province, nation.

    For each headline indicator: each level's target and result, and the margin over
    the level above in percentage points (层层加码), beside the quote of each figure.
    A margin needs two rates: a target with no number, or in 亿元, has none, and says
    why. A range's margin is counted as compare counts a change, lower end against
    lower end and upper against upper (4.5-5% over 4.5-5% is ±0 pp). The default
    year is the latest with the region's headline targets.

    Examples:

    \b
    # 解放区 against 焦作市, 河南省 and the nation
    jfq ladder --year 2023
    # one row per indicator and level, for a spreadsheet
    jfq ladder 解放区 --year 2023 --format csv
    # a province against the nation
    jfq ladder 河南省 --year 2024
    """
    from jfq.render.ladder import LADDER  # noqa: PLC0415 - each command loads its own parts
    from jfq.targets.ladder import ladder as run_ladder  # noqa: PLC0415
    from jfq.targets.regions import parse_year  # noqa: PLC0415

    index = open_index(data_dir)
    chosen = None if year is None else parse_year(year)
    emit(LADDER, run_ladder(index, region, chosen), fmt, lang=lang, **text_options(fmt, index))


def peers(
    year: Annotated[str, typer.Option("--year", "-y", metavar="YEAR", help="The year.")],
    level: Annotated[
        Level, typer.Option(help="The level of the regions ranked: 省, 市, 区县 …")
    ] = "市",
    within: Annotated[
        str, typer.Option(metavar="REGION", help="Rank the regions inside this one.")
    ] = "河南省",
    indicator: Annotated[
        str, typer.Option(metavar="KEY", help="Indicator key or name (default: gdp_growth).")
    ] = "gdp_growth",
    kind: Annotated[
        Literal["target", "actual"], typer.Option(help="Rank the targets or the results.")
    ] = "target",
    region: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(metavar="REGION", help="The region to highlight (default: 解放区's own)."),
    ] = None,
    chart: Annotated[bool, typer.Option("--chart", help="Add a bar chart (text only).")] = False,
    fmt: FormatOption = Format.text,
    lang: LangOption = Lang.both,
    data_dir: DataDirOption = None,
) -> None:
    """A level's regions ranked by one indicator, with the median; one highlighted.

    Ranked by the figure stated: a range by its lower end, 保8%、争9% by its 8%; ties
    share a rank. A target with no number, or in another unit, is listed apart and
    not ranked; a region with no figure that year is named.

    Examples:

    \b
    # Henan's cities by their 2023 GDP growth target, 焦作市 highlighted
    jfq peers --year 2023 --level 市 --within 河南省 --chart
    # the provinces' targets, as CSV
    jfq peers --year 2023 --level 省 --within 全国 --format csv
    """
    from jfq.render.ladder import PEERS  # noqa: PLC0415
    from jfq.targets.peers import peers as run_peers  # noqa: PLC0415
    from jfq.targets.regions import parse_year  # noqa: PLC0415

    index = open_index(data_dir)
    result = run_peers(index, parse_year(year), level, within, key_text=indicator, focus=region,
                       kind=kind)  # fmt: skip
    emit(PEERS, result, fmt, chart=chart, lang=lang, **text_options(fmt, index))
