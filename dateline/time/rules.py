"""Read the rule file and compile each rule into a regular expression over class characters.

A rule is one line of ``resources/rules.tsv`` (columns separated by tabs)::

    name    type    pattern    value    mod    example

- ``type``: DATE, TIME, DURATION or SET.
- ``pattern``: tokens separated by spaces. ``{list}`` is one token from a named list (see
  :mod:`.resources`) and ``{list:G}`` also captures it as group ``G``; a bare word or punctuation
  is that literal token (case-insensitive); ``(a | b)`` groups alternatives; ``?`` after an
  element makes it optional; ``[`` and ``]`` mark the extent of the timex (what is outside is
  context that must be there but is not tagged); ``!>X`` and ``!<X`` require that ``X`` does
  not follow / precede. ``{Cap}`` is an unknown capitalized word, ``{Upper}`` any capitalized
  word that is not a time word (``lists/time_word.tsv``), ``{lower}`` an unknown lower-case
  word, ``{any}`` any token. Words match whatever their case, except list entries marked
  ``cased`` and literals written with a capital (``Good friday`` is "Good Friday", not "a good
  Friday"); ``{^list}`` is a word of the list written with a capital ("Night" in "the Night
  Wolves"). ``\\(`` and ``\\)`` are literal brackets.
- ``value``: the underspecified TimeML value, with ``{G}`` for a group's normalized value and
  ``{f(G, ...)}`` for a template function (:data:`FUNCTIONS`); see :mod:`.resolve` for the forms.
- ``mod``: a TimeML mod, a template, or ``-``.
- ``example``: a text the rule must tag (the tests check every example).

The only quantifier is ``?``: a pattern can match at most as many tokens as it has elements,
so matching is linear in the length of the text whatever the input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .resources import RESOURCES, Resources, capitalized, is_word_char, load
from .scanner import CAP, LOWER, PUNCT

TYPES = ("DATE", "TIME", "DURATION", "SET")
_SPECIAL = {"Cap": CAP, "lower": LOWER}


class RuleError(ValueError):
    """A mistake in a rule; the message names the file and line."""


def _num(v: object) -> float:
    if isinstance(v, (int, float)):
        return v
    return float(str(v))


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _h12(h: object, ampm: object) -> str:
    hour = int(_num(h)) % 12 + int(_num(ampm or 0))
    return f"{hour:02d}"


def _clock12(c: object, ampm: object) -> str:
    hh, _, rest = str(c).partition(":")
    return f"{_h12(hh, ampm)}:{rest}" if ampm is not None else str(c)


def _decade3(y: object) -> str:
    """1990 → "199" (only a round year names a decade)."""
    n = int(_num(y))
    if n % 10:
        raise ValueError("not a decade")
    return f"{n // 10:03d}"


def _hundreds(d: object) -> str:
    """A decade that is a round hundred of 1000-1999 is read as its century: "the 1800s" → "18"
    (the 19th century), "the early 1900s" → "19"; other decades stay as they are ("the 1880s" →
    "188"; "the 2000s" → "200", the decade, as it is mostly meant)."""
    text = str(d)
    if len(text) == 3 and text.endswith("0") and 10 <= int(text[:2]) <= 19:
        return text[:2]
    return text


def _hhmm(v: object) -> str:
    """A four-digit clock time: 1500 → "15:00" (0000-2359)."""
    n = int(_num(v))
    h, m = divmod(n, 100)
    if not (0 <= h <= 23 and 0 <= m <= 59):
        raise ValueError("not a clock time")
    return f"{h:02d}:{m:02d}"


def _year_end(start: object, end2: object) -> str:
    """The year that ends a short range: (2016, 20) → "2020"; (1998, 9) → no range."""
    first, n = int(_num(start)), int(_num(end2))
    year = first // 100 * 100 + n
    if not first < year <= first + 20:
        raise ValueError("not the end of a range of years")
    return str(year)


_DATE_UNITS = ("Y", "M", "W", "D")
_TIME_UNITS = ("H", "MIN", "S")


def _compound(*pairs: object) -> str:
    """A length told in several units, largest first: (9, "MIN", 13, "S") → "PT9M13S", (3, "Y", 6, "M")
    → "P3Y6M", (14, "Y", 9, "M", 20, "D") → "P14Y9M20D" ("six months and three years" is no such length)."""
    order = _DATE_UNITS + _TIME_UNITS
    units = [str(u) for u in pairs[1::2]]
    steps = zip(units, units[1:], strict=False)
    if any(u not in order for u in units) or any(order.index(a) >= order.index(b) for a, b in steps):
        raise ValueError("not a length in units from the largest down")
    parts = {u: _num(n) for n, u in zip(pairs[::2], units, strict=True)}
    if "W" in parts and len(parts) > 1:
        parts["D"] = parts.get("D", 0) + 7 * parts.pop("W")  # ISO 8601 writes weeks alone: P1W2D is P9D
    text = {k: _fmt(x) for k, x in parts.items()}
    date = "".join(text[k] + k for k in _DATE_UNITS if k in text)
    time = "".join(text[k] + ("M" if k == "MIN" else k) for k in _TIME_UNITS if k in text)
    return "P" + date + ("T" + time if time else "")


def _no(why: str) -> str:
    raise ValueError(why)


def _quarter_end(m: object) -> str:
    """The calendar quarter that holds most of the three months a quarter ending in month ``m``
    spans (its middle month): 9 → "3" (July to September); 7 → "2" (a fiscal quarter from May)."""
    n = int(_num(m))
    if not 1 <= n <= 12:
        raise ValueError("not a month")
    return str((n - 2) % 12 // 3 + 1)


def _quarter_span(a: object, b: object) -> str:
    """The calendar quarter of a three-month span: (7, 9) → "3" ("the July-September quarter")."""
    first, last = int(_num(a)), int(_num(b))
    if first % 3 != 1 or last != first + 2:
        raise ValueError("not a calendar quarter")
    return str(last // 3)


FUNCTIONS: dict[str, Callable[..., str]] = {
    "clock12": _clock12,
    "pad2": lambda v: f"{int(_num(v)):02d}",
    # the middle day of the Nth seven days of a month: "the first week of November" is the week of Nov. 4
    "week_mid": lambda n: f"{min((int(_num(n)) - 1) * 7 + 4, 28):02d}",
    "pad4": lambda v: f"{int(_num(v)):04d}",  # "the year 325" → "0325" (a year, not the decade 325X)
    "h12": _h12,
    "h12_before": lambda h, ampm: _h12(_num(h) - 1, ampm),  # "quarter to 6 a.m." is 05:45
    "minus1": lambda v: _fmt(_num(v) - 1),
    "plus1": lambda v: _fmt(_num(v) + 1),
    "century": lambda v: f"{int(_num(v)) - 1:02d}",  # the 7th century is 06 (600-699)
    "neg": lambda v: _fmt(-_num(v)),
    "times": lambda a, b: _fmt(_num(a) * _num(b)),
    "year2": lambda v: f"{int(_num(v)) % 100:02d}",
    "year_of2": lambda v: str((2000 if int(_num(v)) < 40 else 1900) + int(_num(v))),  # FY23 → 2023, FY98 → 1998
    "decade3": _decade3,
    "hundreds": _hundreds,
    "hundreds3": lambda y: _hundreds(_decade3(y)),  # "the 1800's" → "18", "the 1990's" → "199"
    "year_end": _year_end,
    "quarter_end": _quarter_end,
    "compound": _compound,
    # "the September 11 attacks" are those of 2001; another day of attacks is left to the calendar
    "sept11": lambda m, d: "2001-09-11" if int(_num(m)) == 9 and int(_num(d)) == 11 else _no("not September 11"),
    "quarter_span": _quarter_span,
    "dotclock": lambda v: f"{int(_num(v)):02d}:{round((_num(v) % 1) * 100):02d}",
    "dotclock12": lambda v, ampm: _clock12(FUNCTIONS["dotclock"](v), ampm),
    "hhmm": _hhmm,
    # "11 at night" is 23:00, "2 at night" 02:00, "12 at night" midnight
    "night": lambda h: f"{(int(_num(h)) % 12 + (12 if 5 <= int(_num(h)) % 12 else 0)) % 24:02d}",
}


@dataclass
class Rule:
    """One compiled rule."""

    name: str
    type: str
    pattern: str
    value: str
    mod: str | None
    example: str
    line: int
    regex: re.Pattern[str] = field(repr=False, default=None)  # type: ignore[assignment]
    groups: dict[str, str] = field(default_factory=dict)  # regex group -> list name
    aliases: dict[str, list[str]] = field(default_factory=dict)  # template name -> regex groups
    first: set[str] = field(default_factory=set)
    index: int = 0


_ITEM = re.compile(r"\s*(!>|!<|\\\(|\\\)|\(|\)|\||\?|\[|\]|\{\^?[A-Za-z_0-9]+(?::[A-Za-z_][A-Za-z_0-9]*)?\}|[^\s()|?\[\]{}]+)")


class _Parser:
    """Recursive descent over a pattern; builds the regex and the set of possible first chars."""

    def __init__(self, pattern: str, res: Resources, where: str) -> None:
        self.items = []
        pos = 0
        pattern = pattern.strip()
        while pos < len(pattern):
            m = _ITEM.match(pattern, pos)
            if not m:
                raise RuleError(f"{where}: cannot read pattern at {pattern[pos:]!r}")
            self.items.append(m.group(1))
            pos = m.end()
        self.i = 0
        self.res = res
        self.where = where
        self.groups: dict[str, str] = {}
        self.aliases: dict[str, list[str]] = {}
        self.extent = 0

    def peek(self) -> str | None:
        return self.items[self.i] if self.i < len(self.items) else None

    def take(self) -> str:
        tok = self.items[self.i]
        self.i += 1
        return tok

    # Each parse method returns (regex, first chars, nullable).
    def alternation(self) -> tuple[str, set[str], bool]:
        parts = [self.sequence()]
        while self.peek() == "|":
            self.take()
            parts.append(self.sequence())
        if len(parts) == 1:
            return parts[0]
        first: set[str] = set()
        for _, f, _ in parts:
            first |= f
        return "(?:" + "|".join(p for p, _, _ in parts) + ")", first, any(n for _, _, n in parts)

    def sequence(self) -> tuple[str, set[str], bool]:
        out: list[str] = []
        first: set[str] = set()
        nullable = True
        while self.peek() not in (None, "|", ")"):
            item = self.peek()
            if item in ("[", "]"):
                self.take()
                if item == "[":
                    self.extent += 1
                    out.append("(?P<_x>")
                else:
                    out.append(")")
                continue
            rx, f, n = self.element()
            out.append(rx)
            if nullable:
                first |= f
            nullable = nullable and n
        return "".join(out), first, nullable

    def element(self) -> tuple[str, set[str], bool]:
        item = self.take()
        if item in ("!>", "!<"):
            rx, _, _ = self.atom(self.take())
            if item == "!<":
                try:
                    re.compile(f"(?<!{rx})")
                except re.error as exc:
                    raise RuleError(f"{self.where}: '!<' needs a fixed number of tokens ({exc})") from exc
            return ("(?!" if item == "!>" else "(?<!") + rx + ")", set(), True
        rx, first, nullable = self.atom(item)
        if self.peek() == "?":
            self.take()
            if self.peek() == "?":
                raise RuleError(f"{self.where}: '??' is not allowed")
            return f"(?:{rx})?", first, True
        return rx, first, nullable

    def atom(self, item: str) -> tuple[str, set[str], bool]:
        if item == "(":
            rx, first, nullable = self.alternation()
            if self.peek() != ")":
                raise RuleError(f"{self.where}: missing ')'")
            self.take()
            return f"(?:{rx})", first, nullable
        if item.startswith("{"):
            name, _, group = item[1:-1].partition(":")
            if name == "any":
                chars = None
            elif name == "lower":
                chars = self.res.lower_chars()
            elif name in _SPECIAL:
                chars = {_SPECIAL[name]}
            elif name == "Upper":
                chars = self.res.upper_chars("time_word")
            elif name in self.res.lists:
                chars = self.res.char_class(name)
            elif name.startswith("^") and name[1:] in self.res.lists:  # the list's words written with a capital
                chars = {capitalized(c) for c in self.res.char_class(name[1:]) if is_word_char(c)}
            else:
                raise RuleError(f"{self.where}: unknown list {{{name}}}")
            rx = "." if chars is None else _charset(chars)
            first = {"*ANY*"} if chars is None else chars
            if group:
                n = len(self.aliases.get(group, []))
                real = group if n == 0 else f"{group}__{n}"
                self.aliases.setdefault(group, []).append(real)
                self.groups[real] = name
                rx = f"(?P<{real}>{rx})"
            return rx, first, False
        if item in ("\\(", "\\)"):  # a literal bracket token: "10:35 a.m. (0735 GMT) Friday"
            return re.escape(item[1]), {item[1]}, False
        if item in (")", "|", "?", "]"):
            raise RuleError(f"{self.where}: unexpected {item!r}")
        if len(item) == 1 and item in PUNCT:
            return re.escape(item), {item}, False
        if item[:1].isupper():
            # a literal written with a capital matches only the word written so: "Good Friday",
            # not "a good Friday for stocks"
            ch = self.res.cased_vocab.get(item) or capitalized(self.res.add_word(item.lower()))
            return _charset({ch}), {ch}, False
        ch = self.res.add_word(item)
        both = {ch, capitalized(ch)}
        return _charset(both), both, False


def _charset(chars: set[str]) -> str:
    return "[" + "".join(re.escape(c) for c in sorted(chars)) + "]"


_FIELD = re.compile(r"\{([^{}]*)\}")


def check_template(tpl: str, rule: Rule, where: str) -> None:
    """Fail when a template names a group or function the rule does not have."""
    for m in _FIELD.finditer(tpl):
        expr = m.group(1)
        fm = re.fullmatch(r"(\w+)\(([^()]*)\)", expr)
        names = [a.strip() for a in fm.group(2).split(",")] if fm else [expr]
        if fm and fm.group(1) not in FUNCTIONS:
            raise RuleError(f"{where}: unknown template function {fm.group(1)}()")
        for a in names:
            if not re.fullmatch(r"-?\d+", a) and a not in rule.aliases:
                raise RuleError(f"{where}: template field {{{expr}}} names no group of the pattern")


def fill(tpl: str, values: dict[str, object]) -> str | None:
    """Fill a template; None when a field's group has no usable value."""
    out = []
    last = 0
    for m in _FIELD.finditer(tpl):
        out.append(tpl[last : m.start()])
        last = m.end()
        expr = m.group(1)
        fm = re.fullmatch(r"(\w+)\(([^()]*)\)", expr)
        try:
            if fm:
                args = [int(a) if re.fullmatch(r"-?\d+", a.strip()) else values.get(a.strip())
                        for a in fm.group(2).split(",")]
                out.append(FUNCTIONS[fm.group(1)](*args))
            else:
                v = values.get(expr)
                if v is None:
                    return None
                out.append(_fmt(v) if isinstance(v, (int, float)) else str(v))
        except (TypeError, ValueError):
            return None
    out.append(tpl[last:])
    return "".join(out)


def parse_rule(cols: list[str], no: int, res: Resources, fname: str) -> Rule:
    """Compile one rule line."""
    where = f"{fname}:{no}"
    if len(cols) != 6:
        raise RuleError(f"{where}: expected 6 tab-separated columns (name type pattern value mod example), got {len(cols)}")
    name, typ, pattern, value, mod, example = cols
    if typ not in TYPES:
        raise RuleError(f"{where}: type must be one of {', '.join(TYPES)}, got {typ!r}")
    p = _Parser(pattern, res, where)
    rx, first, nullable = p.alternation()
    if p.peek() is not None:
        raise RuleError(f"{where}: unexpected {p.peek()!r} in pattern")
    if nullable:
        raise RuleError(f"{where}: the pattern can match nothing")
    if p.extent > 1:
        raise RuleError(f"{where}: at most one [ ... ] extent")
    if "*ANY*" in first:
        raise RuleError(f"{where}: a pattern may not start with {{any}}")
    try:
        regex = re.compile(rx)
    except re.error as exc:
        raise RuleError(f"{where}: bad pattern ({exc})") from exc
    rule = Rule(name, typ, pattern, value, None if mod == "-" else mod, example, no, regex,
                p.groups, p.aliases, first)
    check_template(value, rule, where)
    if rule.mod:
        check_template(rule.mod, rule, where)
    return rule


@functools.cache
def load_rules(path: Path = RESOURCES / "rules.tsv") -> tuple[Rule, ...]:
    """Read and compile every rule; rule names must be unique."""
    res = load()
    lines = path.read_text(encoding="utf-8").splitlines()
    # Literal words first, so that every list's character class knows them (a number word
    # such as "one" or "first" used as a literal is still a member of the number lists).
    for raw in lines:
        cols = [c.strip() for c in raw.split("\t") if c.strip() != ""]
        if len(cols) == 6 and not raw.lstrip().startswith("#"):
            for item in _ITEM.findall(cols[2]):
                if re.fullmatch(r"[^\W\d_][\w.'’-]*|['’][a-z]+", item) and not (len(item) == 1 and item in PUNCT):
                    res.add_word(item)
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    for no, raw in enumerate(lines, start=1):
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in raw.split("\t") if c.strip() != ""]
        rule = parse_rule(cols, no, res, path.name)
        if rule.name in seen:
            raise RuleError(f"{path.name}:{no}: rule {rule.name!r} already defined on line {seen[rule.name]}")
        seen[rule.name] = no
        rule.index = len(rules)
        rules.append(rule)
    return tuple(rules)
