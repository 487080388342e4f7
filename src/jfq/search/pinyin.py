"""Toneless pinyin for names, from pypinyin.

pypinyin is not a run-time dependency (importing it costs about 350 ms): it is
used by scripts/gen_pinyin.py, by the tests, and by ``jfq extract`` when it is
installed (``pip install 'jfq[extract]'``).  Lookups read the pinyin stored in
the data files and never come here.
"""

from __future__ import annotations


def available() -> bool:
    try:
        import pypinyin  # noqa: F401, PLC0415 - optional, and 350 ms to import
    except ImportError:
        return False
    return True


def pinyin_of(text: str) -> str:
    """Syllables separated by spaces; Latin letters, digits and + are kept as written.

    三室经济 -> 'san shi jing ji'; “2+N”产业体系 -> '2+N chan ye ti xi'.
    """
    from pypinyin import Style, lazy_pinyin  # noqa: PLC0415 - see available()

    syllables = []
    for chunk in lazy_pinyin(text, style=Style.NORMAL, errors="default"):
        cleaned = "".join(c for c in chunk if c.isascii() and (c.isalnum() or c in "+."))
        cleaned = cleaned.strip(".")  # a dot stays only inside a number: 教育信息化2.0
        if cleaned:
            syllables.append(cleaned)
    return " ".join(syllables)
