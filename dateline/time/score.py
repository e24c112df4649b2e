"""A TempEval-3 style scorer for TIMEX3: strict and relaxed span F1, type and value F1.

The definitions follow TempEval-3's official script (``TE3-evaluation.py``):

- a system timex and a gold timex *relaxed-match* when their extents overlap (each timex is
  matched at most once; the pair with the largest overlap is taken first), and *strict-match*
  when the extents are identical;
- precision = matched system timexes / system timexes, recall = matched gold / gold timexes;
- type and value *accuracy* are computed over the relaxed-matched pairs, and the attribute F1
  is that accuracy times the relaxed F1 (so a missed timex costs value F1 too).

Usage: ``python -m dateline.time.score [--split dev|test] [--errors] PATH [PATH ...]`` with
TimeML folders or files (or MEANTIME ``.xml`` files / folders) prints the scores; ``--split``
keeps the odd-numbered (dev) or even-numbered (test) files of each folder in sorted order;
``--errors`` also prints every value error (gold text and value, system value, the rule that
fired) grouped by category (:func:`error_category`). :func:`evaluate` is the library call.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .timeml import Document, GoldTimex, read_meantime, read_timeml


def lenient_equal(gold: str, system: str) -> bool:
    """Equal when the gold's unknown parts are wildcards: ``1989-WXX`` ~ ``1989-W43``,
    ``1968-XX`` ~ ``1968``, ``199X`` ~ ``199``. Not a TempEval-3 measure: it shows how much of
    the value error is the corpus leaving parts unresolved that a reader can resolve."""
    if gold == system:
        return True
    if "X" not in gold:
        return False
    core = re.sub(r"(-XX)+$", "", gold).rstrip("X") if re.fullmatch(r"\d{3}X|\d{4}(-XX)+", gold) else gold
    if core == system:
        return True
    rx = "".join("." if c == "X" else re.escape(c) for c in gold)
    return bool(re.fullmatch(rx, system))


@dataclass
class Errors:
    """What went wrong, for error analysis: (document, gold, system) triples."""

    missed: list[tuple[str, GoldTimex]] = field(default_factory=list)
    spurious: list[tuple[str, Any]] = field(default_factory=list)
    wrong_value: list[tuple[str, GoldTimex, Any]] = field(default_factory=list)
    wrong_type: list[tuple[str, GoldTimex, Any]] = field(default_factory=list)
    wrong_span: list[tuple[str, GoldTimex, Any]] = field(default_factory=list)


@dataclass
class Scores:
    """Counts and the TempEval-3 figures computed from them."""

    gold: int = 0
    system: int = 0
    relaxed: int = 0
    strict: int = 0
    type_ok: int = 0
    value_ok: int = 0
    value_lenient_ok: int = 0
    errors: Errors = field(default_factory=Errors)

    @staticmethod
    def _f(p: float, r: float) -> float:
        return 2 * p * r / (p + r) if p + r else 0.0

    def prf(self, matched: int) -> tuple[float, float, float]:
        p = matched / self.system if self.system else 0.0
        r = matched / self.gold if self.gold else 0.0
        return p, r, self._f(p, r)

    @property
    def strict_f1(self) -> float:
        return self.prf(self.strict)[2]

    @property
    def relaxed_f1(self) -> float:
        return self.prf(self.relaxed)[2]

    @property
    def value_accuracy(self) -> float:
        return self.value_ok / self.relaxed if self.relaxed else 0.0

    @property
    def type_accuracy(self) -> float:
        return self.type_ok / self.relaxed if self.relaxed else 0.0

    @property
    def value_f1(self) -> float:
        return self.value_accuracy * self.relaxed_f1

    @property
    def value_f1_lenient(self) -> float:
        """Value F1 with the gold's X parts as wildcards (see :func:`lenient_equal`)."""
        return (self.value_lenient_ok / self.relaxed if self.relaxed else 0.0) * self.relaxed_f1

    @property
    def type_f1(self) -> float:
        return self.type_accuracy * self.relaxed_f1

    def add(self, other: Scores) -> None:
        for k in ("gold", "system", "relaxed", "strict", "type_ok", "value_ok", "value_lenient_ok"):
            setattr(self, k, getattr(self, k) + getattr(other, k))
        for k in ("missed", "spurious", "wrong_value", "wrong_type", "wrong_span"):
            getattr(self.errors, k).extend(getattr(other.errors, k))

    def as_dict(self) -> dict[str, float | int]:
        sp, sr, sf = self.prf(self.strict)
        rp, rr, rf = self.prf(self.relaxed)
        return {
            "gold": self.gold, "system": self.system,
            "strict_p": sp, "strict_r": sr, "strict_f1": sf,
            "relaxed_p": rp, "relaxed_r": rr, "relaxed_f1": rf,
            "type_accuracy": self.type_accuracy, "value_accuracy": self.value_accuracy,
            "type_f1": self.type_f1, "value_f1": self.value_f1, "value_f1_lenient": self.value_f1_lenient,
        }

    def summary(self) -> str:
        d = self.as_dict()
        return (f"gold {self.gold}, system {self.system} | strict P/R/F1 {100 * d['strict_p']:.1f}/"
                f"{100 * d['strict_r']:.1f}/{100 * d['strict_f1']:.1f} | relaxed {100 * d['relaxed_p']:.1f}/"
                f"{100 * d['relaxed_r']:.1f}/{100 * d['relaxed_f1']:.1f} | type F1 {100 * d['type_f1']:.1f}"
                f" | value F1 {100 * d['value_f1']:.1f} (accuracy {100 * d['value_accuracy']:.1f};"
                f" X-lenient {100 * d['value_f1_lenient']:.1f})")


def score_document(name: str, gold: Sequence[GoldTimex], system: Sequence[Any]) -> Scores:
    """Compare one document's gold TIMEX3s with system timexes (objects with start, end, type, value)."""
    s = Scores(gold=len(gold), system=len(system))
    pairs = []
    for gi, g in enumerate(gold):
        for si, t in enumerate(system):
            overlap = min(g.end, t.end) - max(g.start, t.start)
            if overlap > 0:
                pairs.append((-overlap, gi, si))
    pairs.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    for _, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        g, t = gold[gi], system[si]
        s.relaxed += 1
        if (g.start, g.end) == (t.start, t.end):
            s.strict += 1
        else:
            s.errors.wrong_span.append((name, g, t))
        if g.type == t.type:
            s.type_ok += 1
        else:
            s.errors.wrong_type.append((name, g, t))
        if lenient_equal(g.value, t.value):
            s.value_lenient_ok += 1
        if g.value == t.value:
            s.value_ok += 1
        else:
            s.errors.wrong_value.append((name, g, t))
    s.errors.missed.extend((name, g) for gi, g in enumerate(gold) if gi not in used_g)
    s.errors.spurious.extend((name, t) for si, t in enumerate(system) if si not in used_s)
    return s


def evaluate(docs: Iterable[Document], tagger: Callable[[str, str], Sequence[Any]] | None = None) -> Scores:
    """Tag every document with ``tagger`` (dateline's :func:`~dateline.time.tag` by default) and score it."""
    if tagger is None:
        from .tagger import tag as tagger_fn

        tagger = tagger_fn
    total = Scores()
    for doc in docs:
        total.add(score_document(doc.name, doc.gold, tagger(doc.text, doc.dct)))
    return total


def read_any(path: str | Path, split: str | None = None) -> list[Document]:
    """TimeML (``.tml``) or MEANTIME (``.xml``) documents from a file or a folder.

    ``split="dev"`` keeps the 1st, 3rd, 5th ... file in sorted order, ``"test"`` the others.
    """
    p = Path(path)
    files = sorted(p.rglob("*.tml")) + sorted(p.rglob("*.xml")) if p.is_dir() else [p]
    if split == "dev":
        files = files[0::2]
    elif split == "test":
        files = files[1::2]
    elif split is not None:
        raise ValueError(f"split must be 'dev' or 'test', got {split!r}")
    return [read_meantime(f) if f.suffix == ".xml" else read_timeml(f) for f in files]


_VAGUE = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


def _shape(value: str) -> str:
    if value in _VAGUE:
        return "vague"
    if value.startswith("P"):
        return "duration"
    if value.startswith("XXXX") or value.startswith("T"):
        return "set-like"
    return "date"


def error_category(gold: GoldTimex, system: Any) -> str:
    """A coarse name for a value error, for error analysis (not a TimeML notion)."""
    g, s = gold.value, str(system.value)
    gs, ss = _shape(g), _shape(s)
    if gs != ss:
        return f"{gs} vs {ss}"
    if gs == "vague":
        return "vague ref"
    if gs == "duration":
        return "duration X" if "X" in g or "X" in s else "duration number/unit"
    if gs == "set-like":
        return "set"
    if "X" in g:
        return "gold unresolved (X)"
    gp, sp = g.split("T")[0], s.split("T")[0]
    if gp == sp:
        return "time part"
    if gp[:4] == sp[:4] and len(gp) != len(sp):
        return "granularity, same year"
    if len(gp) != len(sp) or ("W" in gp) != ("W" in sp) or ("Q" in gp) != ("Q" in sp):
        return "granularity and anchor"
    if len(gp) == 10:
        return "wrong day"
    return "wrong period"


def format_errors(errors: Errors) -> str:
    """Value errors grouped by :func:`error_category`, largest group first."""
    groups: dict[str, list[str]] = {}
    for name, g, t in errors.wrong_value:
        line = (f"  {name}: {g.text!r} gold {g.value}{' mod ' + g.mod if g.mod else ''} | "
                f"system {t.text!r} {t.value} [{getattr(t, 'rule_name', '')}]")
        groups.setdefault(error_category(g, t), []).append(line)
    out = []
    for cat, lines in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        out.append(f"== {cat} ({len(lines)})")
        out.extend(lines)
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m dateline.time.score",
        description="Score dateline's time tagger against TimeML (.tml) or MEANTIME (.xml) "
                    "gold files, TempEval-3 style: strict and relaxed span F1, type and value F1.")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="a gold file or a folder of them (searched recursively)")
    parser.add_argument("--split", choices=("dev", "test"),
                        help="score only odd-numbered (dev) or even-numbered (test) files")
    parser.add_argument("--errors", action="store_true",
                        help="list the value errors, grouped by kind, after the scores")
    args = parser.parse_args(argv)
    split, show, paths = args.split, args.errors, args.paths
    for path in paths:
        if not Path(path).exists():
            print(f"error: no such file or folder: {path}", file=sys.stderr)
            return 2
    total = Scores()
    for path in paths:
        s = evaluate(read_any(path, split))
        total.add(s)
        print(f"{path}: {s.summary()}")
    if len(paths) > 1:
        print(f"all: {total.summary()}")
    if show:
        print(format_errors(total.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
