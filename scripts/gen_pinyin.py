"""Fill in the generated `pinyin:` lines of glossary.yaml and targets.yaml.

    python scripts/gen_pinyin.py            # rewrite the files in place
    python scripts/gen_pinyin.py --check    # exit 1 if a pinyin line is missing or stale

Pinyin is never typed by hand: it comes from pypinyin, through jfq.search.pinyin (a test
and extract dependency only; lookups never import it).  The script edits only the line after each
`- term:` / `- name:` line, so comments and layout of the files are kept.
--data-dir DIR works on another pair of data files.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

from jfq.search.pinyin import pinyin_of

ROOT = Path(__file__).resolve().parents[1]
# The YAML line that names an entry, and the key of the pinyin line that follows it.
NAME_LINE = re.compile(r"^(?P<indent>\s*)- (?P<field>term|name): (?P<value>.+)$")


def update(text: str) -> str:
    """``text`` with a current pinyin line after every entry name."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        match = NAME_LINE.match(line)
        i += 1
        if not match:
            continue
        name = yaml.safe_load(match["value"])
        # Pinyin is ASCII letters, digits, '+' and spaces: always safe inside double quotes.
        pinyin_line = f'{match["indent"]}  pinyin: "{pinyin_of(str(name))}"'
        if i < len(lines) and lines[i].startswith(f"{match['indent']}  pinyin:"):
            i += 1  # replace the old line
        out.append(pinyin_line)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="report stale files, change nothing")
    parser.add_argument("--data-dir", type=Path, default=ROOT)
    args = parser.parse_args(argv)
    stale = []
    for name in ("glossary.yaml", "targets.yaml"):
        path = args.data_dir / name
        old = path.read_text(encoding="utf-8")
        new = update(old)
        if new != old:
            stale.append(name)
            if not args.check:
                path.write_text(new, encoding="utf-8")
    if args.check and stale:
        print(f"pinyin is stale in {', '.join(stale)}: run python scripts/gen_pinyin.py")
        return 1
    print("pinyin is current" if not stale else f"updated {', '.join(stale)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
