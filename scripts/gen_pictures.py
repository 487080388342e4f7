"""Draw the README's pictures from jfq's real output: python scripts/gen_pictures.py [--check].

Each picture is a command run in-process with colour forced on; its escape codes
are turned into an SVG "terminal" here, so the pictures depend on jfq alone (not
on the SVG exporter of whichever rich is installed).  --check writes nothing and
exits 1 when a committed picture differs from what the command draws now;
tests/test_pictures.py runs the same comparison in CI.
"""

from __future__ import annotations

import io
import os
import re
import sys
from contextlib import redirect_stdout
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # run from a checkout without installing

from jfq.cli import run  # noqa: E402
from jfq.render.layout import cell_len  # noqa: E402

PICTURES = ROOT / "docs" / "img"
WIDTH = 100
COMMANDS = {
    "term-334.svg": ["term", "334"],
    "targets-2023.svg": ["targets", "--year", "2023"],
    "compare-2022-2023.svg": ["compare", "2022", "2023", "--chart"],
    "ladder-2023.svg": ["ladder", "--year", "2023"],
}

# The look: a dark terminal; one column is CELL wide, one line LINE high.
CELL, LINE, FONT, PAD, TITLE = 8.4, 18, 14, 16, 30
COLOURS = {31: "#f14c4c", 32: "#23d18b", 33: "#e5e510", 34: "#3b8eea", 35: "#d670d6",
           36: "#29b8db", 37: "#e5e5e5"}  # fmt: skip
FOREGROUND, BACKGROUND = "#d4d4d4", "#1e1e1e"
FONTS = ("'DejaVu Sans Mono', Menlo, Consolas, 'Noto Sans Mono CJK SC', 'Noto Sans CJK SC', "
         "'PingFang SC', 'Microsoft YaHei', monospace")  # fmt: skip
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def output(args: list[str]) -> str:
    """What ``jfq <args>`` prints on a 100-column colour terminal, with the bundled data."""
    saved = dict(os.environ)
    os.environ.update({"FORCE_COLOR": "1", "COLUMNS": str(WIDTH), "JFQ_PAGER": ""})
    for name in ("NO_COLOR", "JFQ_DATA_DIR", "JFQ_LANG"):
        os.environ.pop(name, None)
    try:
        captured = io.StringIO()
        with redirect_stdout(captured):
            code = run(args)
    finally:
        os.environ.clear()
        os.environ.update(saved)
    if code != 0:
        raise SystemExit(f"jfq {' '.join(args)} exited {code}")
    return captured.getvalue()


def spans(line: str) -> list[tuple[str, dict[str, object]]]:
    """A line of text with escape codes -> (text, style) pieces."""
    style: dict[str, object] = {}
    pieces = []
    position = 0
    for match in SGR.finditer(line + "\x1b[0m"):
        if match.start() > position:
            pieces.append((line[position : match.start()], dict(style)))
        position = match.end()
        for code in [int(c) for c in match.group(1).split(";") if c] or [0]:
            if code == 0:
                style = {}
            elif code in (1, 2, 3, 4):
                style[{1: "bold", 2: "dim", 3: "italic", 4: "underline"}[code]] = True
            elif code in COLOURS:
                style["colour"] = COLOURS[code]
            elif code == 39:
                style.pop("colour", None)
            elif code == 22:
                style.pop("bold", None)
                style.pop("dim", None)
    return pieces


def svg(title: str, text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    width = PAD * 2 + WIDTH * CELL
    height = TITLE + PAD * 2 + len(lines) * LINE
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:g}" height="{height:g}" '
        f'viewBox="0 0 {width:g} {height:g}" font-family="{escape(FONTS)}" font-size="{FONT}">',
        f'<rect width="100%" height="100%" rx="8" fill="{BACKGROUND}"/>',
        f'<text x="{PAD}" y="{PAD + 6}" fill="#888888">{escape(title)}</text>',
    ]
    for number, line in enumerate(lines):
        y = TITLE + PAD + (number + 1) * LINE - 4
        column = 0
        for piece, style in spans(line):
            cells = cell_len(piece)
            if piece.strip():
                attributes = [f'x="{PAD + column * CELL:g}"', f'y="{y}"',
                              f'textLength="{cells * CELL:g}"', 'lengthAdjust="spacingAndGlyphs"',
                              f'fill="{style.get("colour", FOREGROUND)}"']  # fmt: skip
                if style.get("bold"):
                    attributes.append('font-weight="bold"')
                if style.get("dim"):
                    attributes.append('opacity="0.6"')
                if style.get("italic"):
                    attributes.append('font-style="italic"')
                if style.get("underline"):
                    attributes.append('text-decoration="underline"')
                out.append(f'<text xml:space="preserve" {" ".join(attributes)}>'
                           f"{escape(piece)}</text>")  # fmt: skip
            column += cells
    out.append("</svg>")
    return "\n".join(out) + "\n"


def draw(args: list[str]) -> str:
    return svg("$ jfq " + " ".join(args), output(args))


def main() -> int:
    check = "--check" in sys.argv[1:]
    stale = []
    for name, args in COMMANDS.items():
        path, picture = PICTURES / name, draw(args)
        if check:
            if not path.is_file() or path.read_text(encoding="utf-8") != picture:
                stale.append(name)
            continue
        PICTURES.mkdir(parents=True, exist_ok=True)
        path.write_text(picture, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"out of date: {', '.join(stale)} (run python scripts/gen_pictures.py)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
