"""Stress jfq with the faults of issue 12, as real processes, and print what was lost.

    python benchmarks/stress.py           # the goals: 1,000 runs, 500 kills, 100 pairs
    python benchmarks/stress.py --quick   # a few of each (tests/test_faults.py runs this)
    python benchmarks/stress.py --json F  # also write the figures to F

Four probes:

- stale: rounds of runs look a term up, each round with a new cache (first runs build
  the index), while another thread rewrites glossary.yaml between two versions (by
  rename, as editors that save safely do, and in place).  After each round the
  rewriting stops and a check run must show the version on disk: one that does not
  is a stale answer (the cache lied).
- kills: a merge is killed (SIGKILL, SIGINT or SIGTERM) at a random moment of its
  run, or, where strace is installed, at a random one of its renames; the next run
  must find both files old or both new.  Anything else is a half merge.
- pairs: two merges of different drafts start together; both must be in the files.
- corrupt: each page of the cache's SQLite file in turn is zeroed, or filled with
  random bytes; the lookups that follow must answer as before the damage.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
JFQ = [sys.executable, "-m", "jfq"]


def jfq(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*JFQ, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def environment(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JFQ_")}
    return {**env, "JFQ_CACHE_DIR": str(cache), "NO_COLOR": "1"}


def fresh_data(into: Path) -> Path:
    shutil.rmtree(into, ignore_errors=True)
    shutil.copytree(MINI, into)
    return into


# -- stale answers ------------------------------------------------------------------------


def stale(runs: int, work: Path) -> dict[str, int]:
    data = fresh_data(work / "stale")
    glossary = data / "glossary.yaml"
    versions = [glossary.read_text(encoding="utf-8")]
    versions.append(versions[0].replace('"three zeros"', '"3 zeros"'))
    answers = {'"three zeros"': 0, '"3 zeros"': 1}
    figures = {"runs": 0, "stale": 0, "checks": 0, "failed_while_rewritten": 0}
    lookup = ("term", "三零", "-f", "json", "--data-dir", str(data))

    def answer(done: subprocess.CompletedProcess[str]) -> int | None:
        if done.returncode != 0:
            return None
        english = json.loads(done.stdout)["entry"]["en"]
        return next(v for prefix, v in answers.items() if english.startswith(prefix))

    def rewrite(stop: threading.Event) -> None:
        turn = 0
        while not stop.is_set():
            turn += 1
            text = versions[turn % 2]
            if turn % 3:  # by rename
                temporary = data / f".rewrite-{turn}"
                temporary.write_text(text, encoding="utf-8")
                temporary.replace(glossary)
            else:  # in place, as many editors do
                glossary.write_text(text, encoding="utf-8")
            time.sleep(random.uniform(0, 0.02))

    rounds = 0
    with ThreadPoolExecutor(2) as pool:
        while figures["runs"] < runs:
            rounds += 1
            env = environment(work / f"stale-cache-{rounds}")  # each round a first run
            stop = threading.Event()
            writer = threading.Thread(target=rewrite, args=(stop,))
            writer.start()
            done = list(pool.map(lambda _, env=env: jfq(*lookup, env=env), range(8)))
            stop.set()
            writer.join()
            figures["failed_while_rewritten"] += sum(d.returncode != 0 for d in done)
            on_disk = random.randrange(2)
            glossary.write_text(versions[on_disk], encoding="utf-8")
            if rounds % 10 == 0:  # old enough for the stat memo to be trusted
                time.sleep(3.2)
            check = answer(jfq(*lookup, env=env))
            figures["checks"] += 1
            figures["stale"] += check != on_disk
            figures["runs"] += len(done) + 1
    return figures


# -- merges killed ------------------------------------------------------------------------


def draft(number: int) -> dict[str, Any]:
    import yaml

    glossary = yaml.safe_load((MINI / "glossary.yaml").read_text(encoding="utf-8"))
    table = yaml.safe_load((MINI / "targets.yaml").read_text(encoding="utf-8"))
    name = f"测试{'甲乙丙丁戊'[number]}号"  # no digit: a digit in a name counts its parts
    term = {**glossary["terms"][1], "term": name, "aliases": [], "related": [], "pinyin": "ce shi"}
    return {"terms": [term], "targets": [{**table["targets"][0], "year": 2030 + number}]}


def pair_of(folder: Path) -> tuple[bytes, bytes]:
    return (folder / "glossary.yaml").read_bytes(), (folder / "targets.yaml").read_bytes()


def kills(count: int, work: Path) -> dict[str, int]:
    drafts = work / "draft-1.json"
    drafts.write_text(json.dumps(draft(1), ensure_ascii=False), encoding="utf-8")
    reference = fresh_data(work / "reference")
    env = environment(work / "kill-cache")
    assert jfq("merge", str(drafts), "--data-dir", str(reference), env=env).returncode == 0
    merged, before = pair_of(reference), pair_of(MINI)
    started = time.perf_counter()
    jfq("merge", str(drafts), "--data-dir", str(fresh_data(work / "timing")), env=env)
    duration = time.perf_counter() - started
    strace = shutil.which("strace")

    def one(number: int) -> str:
        data = fresh_data(work / f"kill-{number % 4}")
        command = [*JFQ, "merge", str(drafts), "--data-dir", str(data)]
        name = random.choice(["SIGKILL", "SIGKILL", "SIGINT", "SIGTERM"])
        if strace and number % 2:  # at one of the renames (journal, glossary, targets)
            inject = f"inject=rename,renameat,renameat2:signal={name}:when={random.randint(1, 3)}"
            command = [strace, "-f", "-qq", "-o", os.devnull, "-e",
                       "trace=rename,renameat,renameat2", "-e", inject, *command]  # fmt: skip
            subprocess.run(command, env=env, capture_output=True, timeout=120, check=False)
        else:  # at a random moment of the merge's run
            process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                                       stderr=subprocess.DEVNULL)  # fmt: skip
            time.sleep(random.uniform(0, duration))
            process.send_signal(getattr(signal, name))
            process.wait()
        jfq("term", "334", "--data-dir", str(data), env=env)  # completes a killed merge
        now = pair_of(data)
        return "merged" if now == merged else "untouched" if now == before else "half"

    with ThreadPoolExecutor(4) as pool:
        # Four folders in turn, one merge each at a time: numbers n and n+4 share a folder.
        outcomes: list[str] = []
        for start in range(0, count, 4):
            outcomes += pool.map(one, range(start, min(start + 4, count)))
    return {
        "kills": count,
        "half_merges": outcomes.count("half"),
        "killed_before_the_journal": outcomes.count("untouched"),
        "completed": outcomes.count("merged"),
    }


def pairs(count: int, work: Path) -> dict[str, int]:
    env = environment(work / "pair-cache")
    paths = []
    for number in (1, 2):
        paths.append(work / f"pair-draft-{number}.json")
        paths[-1].write_text(json.dumps(draft(number), ensure_ascii=False), encoding="utf-8")
    lost = refused = 0
    for _ in range(count):
        data = fresh_data(work / "pair")
        both = [subprocess.Popen([*JFQ, "merge", str(p), "--data-dir", str(data)], env=env,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                for p in paths]  # fmt: skip
        codes = [process.wait() for process in both]
        refused += sum(code != 0 for code in codes)
        text = (data / "glossary.yaml").read_text(encoding="utf-8")
        lost += ("测试乙号" not in text) + ("测试丙号" not in text)
    return {"pairs": count, "lost": lost, "refused": refused}


# -- corrupt caches -----------------------------------------------------------------------


def corrupt(every: int, work: Path) -> dict[str, int]:
    cache = work / "corrupt-cache"
    env = environment(cache)
    lookups = [("term", "334", "-f", "json"), ("search", "发展", "-f", "json")]
    expected = [jfq(*lookup, env=env).stdout for lookup in lookups]
    (index,) = cache.glob("glossary-*.sqlite")
    good = index.read_bytes()
    page = int.from_bytes(good[16:18], "big")
    pages = len(good) // page
    figures = {"corrupted": 0, "recovered": 0, "pages": pages, "rebuilt": 0}
    rng = random.Random(12)
    for number in range(2, pages, every):
        for fill in ("zeros", "random"):
            damaged = bytearray(good)
            damage = bytes(page) if fill == "zeros" else rng.randbytes(page)
            damaged[number * page : (number + 1) * page] = damage
            right = True
            for lookup, answer in zip(lookups, expected, strict=True):
                (index,) = cache.glob("glossary-*.sqlite")
                index.write_bytes(bytes(damaged))
                done = jfq(*lookup, env=env)
                right = right and (done.returncode, done.stdout) == (0, answer)
                (now,) = cache.glob("glossary-*.sqlite")
                figures["rebuilt"] += now.read_bytes() != bytes(damaged)
            figures["corrupted"] += 1
            figures["recovered"] += right
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="a few of each, for the tests")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args()
    sizes = (45, 12, 4, 25) if args.quick else (1000, 500, 100, 1)
    work = Path(tempfile.mkdtemp(prefix="jfq-stress-"))
    probes: list[tuple[str, Callable[[int, Path], dict[str, int]], int]] = [
        ("stale answers", stale, sizes[0]),
        ("merges killed", kills, sizes[1]),
        ("merges in pairs", pairs, sizes[2]),
        ("corrupt caches", corrupt, sizes[3]),
    ]
    figures: dict[str, int] = {}
    try:
        for title, probe, size in probes:
            started = time.perf_counter()
            found = probe(size, work)
            took = time.perf_counter() - started
            print(f"{title} ({took:.0f} s): " + ", ".join(f"{k} {v}" for k, v in found.items()))
            figures.update(found)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    lost = figures["stale"] + figures["half_merges"] + figures["lost"]
    lost += figures["corrupted"] - figures["recovered"]
    print("nothing lost" if lost == 0 else f"LOST: {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
