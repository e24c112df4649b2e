"""Find time expressions and resolve them: the engine that applies the rules.

1. Tokenize the text and give each token its class character (:mod:`.scanner`).
2. Find candidates: at every token whose character can start some rule, try the rules that can
   start with it (each an anchored regular expression over the class string, :mod:`.rules`).
3. Keep the longest candidates that do not overlap (on equal length, the rule listed first).
4. Fill each kept rule's value template and resolve it in text order (:mod:`.resolve`),
   with the tense of its clause (:mod:`.tense`) and the last date mentioned so far.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import logging
import re

from .elections import election_days
from .narrative import chronicle_forward, coordinated_years, narrative_years, with_year
from .quoted import quoted_deixis
from .resolve import PLAN_VERBS, Context, needs_tense, resolve
from .resources import Resources, load
from .rules import Rule, fill, load_rules
from .scanner import CAP, CAP_OFFSET, LOWER, OTHER_PUNCT, PUNCT, Token, merge_numbers, number_char, tokenize
from .tense import TenseFinder, past_form
from .timex import Timex
from .values import fmt, interval, parse, shift

log = logging.getLogger(__name__)


@functools.cache
def _engine() -> tuple[Resources, tuple[Rule, ...], dict[str, list[Rule]], re.Pattern[str]]:
    rules = load_rules()
    res = load()
    index: dict[str, list[Rule]] = {}
    for rule in rules:
        for ch in rule.first:
            index.setdefault(ch, []).append(rule)
    trigger = re.compile("[" + "".join(re.escape(c) for c in sorted(index)) + "]")
    return res, rules, index, trigger


def classify(tokens: list[Token], res: Resources) -> str:
    """The class string of ``tokens``: one character per token."""
    vocab, cased = res.vocab, res.cased_vocab
    out = []
    for t in tokens:
        kind = t.kind
        if kind == "word" or kind == "apos":
            w = t.text.replace("’", "'")  # a typographic apostrophe reads as a plain one: "Friday’s", "won’t"
            c = cased.get(w)
            if c is None and w.isupper() and len(w) > 1:
                c = cased.get(w.title())
            if c is None:
                c = vocab.get(w.lower())
                if c is not None and w[0].isupper():
                    c = chr(ord(c) + CAP_OFFSET)
            if c is None:
                c = CAP if w[0].isupper() else LOWER
        elif kind == "punct":
            c = t.text if t.text in PUNCT else OTHER_PUNCT
            if c == "’" and out and tokens[len(out) - 1].text.lower() == "o":
                c = "'"  # "o’clock"
        elif kind == "slash" and t.text in vocab:  # a number that names one day in history ("9/11")
            c = vocab[t.text]
        elif (kind == "numdate" or kind == "slash" or kind == "clock") and t.value is None:
            c = OTHER_PUNCT
        elif (kind == "numword" or kind == "ordword") and " " not in t.text and "-" not in t.text and t.text.lower() in vocab:
            c = vocab[t.text.lower()]
            if t.text[0].isupper():
                c = chr(ord(c) + CAP_OFFSET)
        else:
            c = number_char(kind, t.value, t.text)
        out.append(c)
    return "".join(out)


def as_date(dct: dt.date | dt.datetime | str) -> dt.date:
    """The article date from a date, datetime or ISO string (``2022-09-29``, ``19980108``)."""
    if isinstance(dct, dt.datetime):
        return dct.date()
    if isinstance(dct, dt.date):
        return dct
    s = str(dct).strip()
    if re.fullmatch(r"\d{8}", s):
        return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError as exc:
        raise ValueError(f"not a date: {dct!r} (expected YYYY-MM-DD)") from exc


def _candidates(cls: str, index: dict[str, list[Rule]], trigger: re.Pattern[str]) -> list[tuple[int, int, Rule, re.Match[str]]]:
    found = []
    for t in trigger.finditer(cls):
        pos = t.start()
        for rule in index[cls[pos]]:
            m = rule.regex.match(cls, pos)
            if m is None:
                continue
            if "_x" in rule.regex.groupindex and m.start("_x") >= 0:
                xs, xe = m.span("_x")
            else:
                xs, xe = m.span()
            if xe > xs:
                found.append((xs, xe, rule, m))
    return found


def _group_values(rule: Rule, m: re.Match[str], tokens: list[Token], res: Resources) -> dict[str, object]:
    values: dict[str, object] = {}
    for alias, reals in rule.aliases.items():
        for real in reals:
            k = m.start(real)
            if k >= 0:
                values[alias] = res.lists[rule.groups[real]].value(tokens[k])
                break
    return values


def tag(text: str, dct: dt.date | dt.datetime | str) -> list[Timex]:
    """Every time expression in ``text``, normalized against the article date ``dct``.

    Returns :class:`Timex` objects sorted by ``start``, not overlapping, with ``start``/``end``
    character offsets into ``text``.
    """
    day0 = as_date(dct)
    res, _rules, index, trigger = _engine()
    tokens = merge_numbers(tokenize(text, res.abbreviations), res.numbers, text)
    if not tokens:
        return []
    cls = classify(tokens, res)
    cands = _candidates(cls, index, trigger)
    # the longest extent wins; then the rule that needed more context; then the first listed
    cands.sort(key=lambda c: (c[0] - c[1], c[3].start() - c[3].end(), c[2].index, c[0]))
    taken = bytearray(len(tokens))
    chosen: list[tuple[int, int, Rule, str, str | None]] = []
    for xs, xe, rule, m in cands:
        if any(taken[xs:xe]):
            continue
        values = _group_values(rule, m, tokens, res)
        value = fill(rule.value, values)
        if value is None:
            continue
        mod = fill(rule.mod, values) if rule.mod else None
        taken[xs:xe] = b"\x01" * (xe - xs)
        chosen.append((xs, xe, rule, value, mod))
    chosen.sort(key=lambda c: c[0])
    chosen = _without_match_halves(_without_ages(_without_compounds(_without_slide_counters(chosen, tokens), tokens),
                                                 tokens), tokens, res, text)
    chosen = _without_measures(chosen, tokens)
    chosen = _without_figures(_without_titles(chosen, tokens, text, res), tokens, text, res)
    found = _appositions(_resolve_all(text, tokens, chosen, day0, res), text)
    found = _events_after_their_call(narrative_years(coordinated_years(found, text), text, day0), text, res)
    found = election_days(quoted_deixis(chronicle_forward(found, text, day0), text, day0), text, day0)
    return _day_first_dates(found, text, day0)


# a numeric date with its year, by slashes or dashes ("02/01/2022", "4-5-22"); dotted ones are read day first
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-])")
#: days from the article date within which a day-first reading wins over a month-first one that is not
NEAR_DAYS = 7


def _numeric_order(text: str) -> str | None:
    """How the text writes numeric dates: "dmy" when one of them can only be day first ("24/04/2022"),
    "mdy" when one can only be month first ("4/24/2022"), None when none tells (or both do)."""
    seen = set()
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 >= b >= 1:
            seen.add("dmy")
        elif b > 12 >= a >= 1:
            seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def _day_first_dates(found: list[Timex], text: str, day0: dt.date) -> list[Timex]:
    """Read "02/01/2022" as 2 January, not 1 February, when the text writes its other numeric dates day
    first ("24/04/2022"), or, when none tells, when the day-first reading is within NEAR_DAYS of the
    article date and the month-first one is not (a caption dated the day it is published). Month first
    stays the default for a date that can be read both ways."""
    order: str | None | bool = False  # not looked at yet: most texts have no numeric date
    out = []
    for t in found:
        m = _NUMERIC_DATE.search(t.text) if t.type in ("DATE", "TIME") and t.value[:1].isdigit() else None
        a, b = (int(m.group(1)), int(m.group(3))) if m else (0, 0)
        if m is None or not (1 <= a <= 12 and 1 <= b <= 12) or a == b or t.value[5:10] != f"{a:02d}-{b:02d}":
            out.append(t)
            continue
        year = int(t.value[:4])
        month_first, day_first = dt.date(year, a, b), dt.date(year, b, a)
        if order is False:
            order = _numeric_order(text)
        if order == "dmy":
            why = "the text writes its numeric dates day first"
        elif order is None and abs((day_first - day0).days) <= NEAR_DAYS < abs((month_first - day0).days):
            why = f"read day first, that day is within {NEAR_DAYS} days of the article date {day0.isoformat()}"
        else:
            out.append(t)
            continue
        value = day_first.isoformat() + t.value[10:]
        out.append(dataclasses.replace(t, value=value, interval=interval(value),
                                       rule=f"{t.rule}; {why} → {value}"))
    return out


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’]?\s+[\"'“‘]?[A-Z]|\n")
_EVENT_BEFORE = re.compile(r"\b([a-z]+)\s+(?:on\s+)?$")
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d$")
# Past verbs that set an event for a later day ("called for a rally", "began celebrations for").
_CALLING = re.compile(r"\b(?:called|announced|began|set|planned|scheduled|urged|organi[sz]ed|declared|proposed|"
                      r"invited|summoned|convened|demanded|vowed|promised)\b")


def _events_after_their_call(found: list[Timex], text: str, res: Resources) -> list[Timex]:
    """A weekday named for a planned event ("a rally on Friday", resources/event_nouns.txt) after the
    weekday of the past verb that calls for it, in the same sentence ("The opposition on Tuesday called
    for a rally on Friday"), is the first such day after the verb's, not one in the week before it."""
    out: list[Timex] = []
    last: Timex | None = None  # the latest past weekday of the sentence
    breaks: list[int] | None = None  # where sentences break, found once (an endless text stays linear)
    for t in found:
        weekday = t.rule_name in WEEKDAY_RULES and bool(_DAY_VALUE.match(str(t.value)))
        if not weekday:
            out.append(t)
            continue
        if last is not None:
            if breaks is None:
                breaks = [m.start() for m in _SENTENCE_BREAK.finditer(text)]
            k = bisect.bisect_left(breaks, last.end)
            if k < len(breaks) and breaks[k] < t.start:
                last = None
        if last is not None and str(t.value) < str(last.value) and t.tense == "PAST":
            m = _EVENT_BEFORE.search(text, max(last.end, t.start - 40), t.start)
            if m and m.group(1) in res.event_nouns and _CALLING.search(text, max(last.end, m.start() - 300), m.start()):
                first = dt.date.fromisoformat(str(last.value))
                day = dt.date.fromisoformat(str(t.value))
                moved = first + dt.timedelta(days=(day.isoweekday() - first.isoweekday()) % 7 or 7)
                t = dataclasses.replace(
                    t, value=moved.isoformat(), interval=(moved.isoformat(), moved.isoformat()),
                    rule=f"{t.rule}; but a {m.group(1)} called for on {last.text} ({last.value}) comes after "
                         f"that day → {moved.isoformat()}")
        if t.tense == "PAST":
            last = t
        out.append(t)
    return out


# Tokens after which a capital is the sentence's (or a quotation's) own, not a name's.
_OPENERS = frozenset({".", "!", "?", ":", ";", '"', "“", "‘", "'", "`", "``", "(", "[", "-", "--", "—", "–", "_"})
_QUOTE_OPEN = frozenset({'"', "“", "‘", "'", "`", "``"})
_QUOTE_CLOSE = frozenset({'"', "”", "’", "'", "''", "’’"})
# How many capitalized words may follow a quoted title's time words before the closing mark
# ("This Week With David Brinkley").
TITLE_TAIL = 6


# Lists of words that always take a capital (a span with one of them is not a title's time words).
# Seasons are here too: some writers capitalize them ("in Spring, demand slows").
PROPER_LISTS = ("month", "month_bare", "weekday", "weekday_abbr", "weekday_plural", "holiday", "season",
                "season_noun", "season_plural")


@functools.cache
def _proper_words() -> frozenset[str]:
    res = _engine()[0]
    return frozenset(w for name in PROPER_LISTS if name in res.lists for w in res.lists[name].words)


def _names_a_day(rule: Rule) -> bool:
    """Whether ``rule`` matches a name written with capitals, as its own example shows ("The pools
    open on Memorial Day."): a literal word of its pattern stands capitalized inside the example."""
    return _example_capitalizes(rule.pattern, rule.example)


@functools.cache
def _example_capitalizes(pattern: str, example: str) -> bool:
    literals = set(re.findall(r"(?<![{:\w])[a-z][a-z'.]*", pattern))
    literals |= {w.lower() for w in re.findall(r"(?<![{:\w^])[A-Z][a-z'.]*", pattern)}  # "Good friday"
    words = re.findall(r"[A-Za-z][\w'.]*", example)[1:]
    return any(w[0].isupper() and (w.lower() in literals or w.lower().rstrip(".") in literals) for w in words)


def _capitalized_lower_word(tok: Token, res: Resources) -> bool:
    """A time word that is written in lower case in running text ("week", "today", "noon"), here
    capitalized (an abbreviation in capitals such as "GMT" is no evidence)."""
    w = tok.text
    return tok.kind in ("word", "apos") and w[:1].isupper() and not w.isupper() and w.lower() in res.vocab


# Small words a title in title case still writes in lower case.
_TITLE_SMALL = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by", "as",
                          "vs", "via", "with", "from", "into", "over", "up", "off", "per"})


class _Lines:
    """The lines of a text, found once when first asked: whether the line holding a position reads
    as a title (no lower-case word but the small ones a title keeps: "Talks Will Resume Next Week",
    or capitals), each line read at most once."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.breaks: list[int] | None = None
        self.titles: dict[int, bool] = {}

    def title_case(self, pos: int) -> bool:
        if self.breaks is None:
            self.breaks = [m.start() for m in re.finditer("\n", self.text)]
        k = bisect.bisect_left(self.breaks, pos)  # the line's number: newlines before ``pos``
        if k not in self.titles:
            lo = self.breaks[k - 1] + 1 if k else 0
            hi = self.breaks[k] if k < len(self.breaks) else len(self.text)
            words = re.findall(r"(?<![\w'’.-])[a-z]+\b", self.text[lo:hi])
            self.titles[k] = not any(w not in _TITLE_SMALL for w in words)
        return self.titles[k]


def _is_title(tokens: list[Token], xs: int, xe: int, text: str, res: Resources, lines: _Lines) -> bool:
    """Whether tokens ``xs:xe`` are part of a name or title of a programme, paper or film: every word
    capitalized although some are time words written in lower case in running text ("VOA Today",
    "on 60 Minutes", the film "High Noon", ABC's "This Week With David Brinkley")."""
    words = [t for t in tokens[xs:xe] if t.kind in ("word", "apos")]
    if not words or not all(t.text[:1].isupper() for t in words):
        return False
    if not any(_capitalized_lower_word(t, res) for t in words):
        return False
    proper = _proper_words()
    if any(t.text in res.cased_vocab or t.text.lower() in proper for t in words):
        return False
    if lines.title_case(tokens[xs].start):
        return False
    prev = tokens[xs - 1] if xs > 0 else None
    if prev is None or "\n" in text[prev.end:tokens[xs].start]:
        return False
    if prev.text in _QUOTE_CLOSE and xs > 1 and tokens[xs - 2].text in (".", "!", "?"):
        return False  # a new sentence after a closed quotation: '... in our system.' Now, officials ...
    if (prev.kind in ("word", "apos", "ord") or prev.text == ",") and prev.text not in _OPENERS:
        # after a word of the sentence: "on ABC News' This Week", "VOA Today", "told 60 Minutes",
        # "the 11th Five Year Plan", "Specifically, 13 Hours will tell ..."
        return True
    if prev.text not in _QUOTE_OPEN:
        return False  # after a date line ("June 8, 2010 Yesterday, ..."), a bracket or a dash
    # a quotation that is only the capitalized words: '"This Week," said ...', '"This Week With David Brinkley"'
    k = xe
    while k < len(tokens) and k - xe <= TITLE_TAIL and tokens[k].kind in ("word", "apos") and tokens[k].text[:1].isupper():
        k += 1
    if k < len(tokens) and tokens[k].text in (",", ".") and k + 1 < len(tokens) and tokens[k + 1].text in _QUOTE_CLOSE:
        k += 1
    return k < len(tokens) and tokens[k].text in _QUOTE_CLOSE


# "the day before/after <event>" set off by a comma right after a day names that day itself: "stepped
# down on July 24, the day before the convention was set to open"; so does "the year" after a year
# ("in 1453, the year Constantinople fell").
APPOSITION_RULES = frozenset({"the_day_before_event", "the_day_after_event"})


def _appositions(found: list[Timex], text: str) -> list[Timex]:
    """Give an event-anchored day in apposition to the day just before it that day's value."""
    out = list(found)
    for k in range(1, len(out)):
        t, p = out[k], out[k - 1]
        if p.type == "DATE" and text[p.end : t.start].strip() == "," and (
                (t.rule_name in APPOSITION_RULES and re.fullmatch(r"\d{4}-\d\d-\d\d", p.value))
                or (t.rule_name == "the_year_plain" and re.fullmatch(r"\d{4}", p.value))):
            out[k] = dataclasses.replace(t, value=p.value, interval=p.interval, anchor=p.value, rule=(
                f"{t.rule_name}: in apposition to '{p.text}' ({p.value}), which it describes → {p.value}"))
    return out


def _without_titles(chosen: list[tuple[int, int, Rule, str, str | None]], tokens: list[Token], text: str,
                    res: Resources) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop the time words of programme, paper and film titles (:func:`_is_title`)."""
    lines = _Lines(text)
    return [c for c in chosen if not _paper_on_sunday(tokens, c[0], c[1], text)
            and (_names_a_day(c[2]) or not _is_title(tokens, c[0], c[1], text, res, lines))]


# Sunday papers named "<Name> on Sunday": "told the Mail on Sunday", "Scotland on Sunday reported".
_PAPER_ON_SUNDAY = re.compile(r"\b(?:Mail|Independent|Scotland|Express|Mirror|Herald)\s+on\s+$")


def _paper_on_sunday(tokens: list[Token], xs: int, xe: int, text: str) -> bool:
    """Whether tokens ``xs:xe`` are the "Sunday" of a paper's name such as "the Mail on Sunday"."""
    return xe - xs == 1 and tokens[xs].text == "Sunday" and bool(
        _PAPER_ON_SUNDAY.search(text[max(0, tokens[xs].start - 20):tokens[xs].start]))


# A text with this many different words of a match report is one: its "first half" is the match's.
SPORTS_TEXT_WORDS = 3
HALF_RULES = frozenset({"half"})
# Rules of a weekday named alone ("on Friday", "Friday"), whose date the tense chose.
WEEKDAY_RULES = frozenset({"weekday", "weekday_prep"})
# How many characters around a bare "the first half" a word of a game is looked for (resources/match_words.txt).
GAME_REACH = 400


def _without_match_halves(chosen: list[tuple[int, int, Rule, str, str | None]], tokens: list[Token],
                          res: Resources, text: str) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop a bare "the first half" / "the second half" from a match report (resources/sports_words.txt)
    or from a sentence about a game, or the one after it (resources/match_words.txt)."""
    if not any(c[2].name in HALF_RULES for c in chosen):
        return chosen
    finder = TenseFinder(text, tokens, res)
    match_words = _words_pattern(res.match_words)

    def about_a_game(c: tuple[int, int, Rule, str, str | None]) -> bool:
        s = finder.sentence_of(c[0])
        lo = finder.sent[max(0, s - 1)]
        hi = finder.sent[s + 1] if s + 1 < len(finder.sent) else len(tokens)
        # no further than a sentence's usual reach either way, so that an endless sentence stays linear
        start = max(tokens[lo].start, tokens[c[0]].start - GAME_REACH)
        end = min(tokens[hi - 1].end, tokens[c[1] - 1].end + GAME_REACH)
        return bool(match_words.search(text[start:end].lower()))

    chosen = [c for c in chosen if c[2].name not in HALF_RULES or not about_a_game(c)]
    words = {t.text.lower() for t in tokens}
    words.update(f"{a.text}-{c.text}".lower() for a, b, c in zip(tokens, tokens[1:], tokens[2:], strict=False)
                 if b.text == "-" and a.end == b.start and b.end == c.start)  # "half-time", "kick-off"
    found = words & res.sports_words
    if len(found) < SPORTS_TEXT_WORDS:
        return chosen
    return [c for c in chosen if c[2].name not in HALF_RULES]


# A day a figure is compared with is no day of the story: "the yen rose against Thursday's 5 p.m.
# quotes" neither gives its day to a time of day nor becomes the date later words count from (a
# year compared with stays one: "Compared with the 2008 race, ... support that year").
_COMPARED = re.compile(r"\b(?:compared (?:with|to)|against|than|versus|vs\.?|up from|down from)\s+(?:the\s+)?$",
                       re.IGNORECASE)
# A record's last time ("the sharpest gain since February 2003", "the record set in July 1980") is a
# comparison: the story does not move there, so "rose 0.7 percent in the month" after it keeps its month.
_SINCE_RECORD = re.compile(r"(?:\b(?:\w+est|most|first|biggest|worst|best)\b[^.;:!?]{0,60}\bsince"
                           r"|\brecords?\b[^.;:!?]{0,30}\b(?:in|of|since|from))\s+(?:the\s+)?$", re.IGNORECASE)
# Soft cues of a condition ("If Cruz wins Wisconsin's contest Tuesday"): they point ahead, but not for
# a day named as the owner of a thing ("Thursday night's debate", "his Tuesday wins").
CONDITIONS = frozenset({"if", "unless"})
DECADE_RULES = frozenset({"decade", "mod_decade"})
# Rules whose quarter is the one named before, when one was: "the quarter ended Sept. 30" (a
# fiscal quarter may end in any month, so its calendar quarter is only a fallback).
PERIOD_FIRST_RULES = frozenset({"quarter_ended_month"})
_BARE_DECADE = re.compile(r"[1-9]0s")
# a day right after a verb of saying dates the report, not the story
_SAID_ON = re.compile(r"\b(?:said|says|told reporters|announced|reported|added)(?:\s+on)?\s+$", re.IGNORECASE)
_POSSESSIVES = frozenset({"his", "her", "their", "my", "your", "our", "its"})
_LIST_WORDS = frozenset({",", "and", "or", "to", "-", "mid", "early", "late", "low", "high", "upper", "lower"})


def _age_list(tokens: list[Token], i: int) -> bool:
    """Token ``i`` ("50s") ends a list that an age opens: "in their 30s, 40s and 50s"."""
    j = i - 1
    while j >= 0 and (tokens[j].text.lower() in _LIST_WORDS or _BARE_DECADE.fullmatch(tokens[j].text)):
        j -= 1
    return j >= 0 and j < i - 1 and tokens[j].text.lower() in _POSSESSIVES


def _without_figures(chosen: list[tuple[int, int, Rule, str, str | None]], tokens: list[Token], text: str,
                     res: Resources) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop a bare two-digit decade ("the 30s", "the mid-20s") that is a range of numbers: in a
    sentence with a word of a measured figure (resources/figure_words.txt: "rating", "age",
    "temperatures"), or in a list opened by an age ("in their 30s, 40s and 50s")."""
    out = []
    finder: TenseFinder | None = None
    for c in chosen:
        if c[2].name in DECADE_RULES:
            i = next((k for k in range(c[0], c[1]) if _BARE_DECADE.fullmatch(tokens[k].text)), None)
            if i is not None and not (i > 0 and tokens[i - 1].end == tokens[i].start
                                      and tokens[i - 1].text in ("'", "’", "‘")):
                if _age_list(tokens, i):
                    continue
                finder = finder or TenseFinder(text, tokens, res)
                lo, hi = finder.bounds(c[0], c[1], finder.sent)
                if res.figure_words & {t.text.lower() for t in tokens[lo:hi]}:
                    continue
        out.append(c)
    return out


# A unit word joined by a hyphen to one of these is part of another word: "the last quarter-final",
# "the first half-back" name a match and a player, not a quarter or a half of the year.
COMPOUND_TAILS = frozenset({"final", "finals", "finalist", "finalists", "back", "backs"})


def _without_compounds(chosen: list[tuple[int, int, Rule, str, str | None]],
                       tokens: list[Token]) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop a match that ends in the first half of a hyphenated word ("the last quarter-final", "six
    second-line drugs")."""
    out = []
    for c in chosen:
        xe = c[1]
        if xe + 1 < len(tokens) and tokens[xe].text == "-" and tokens[xe - 1].end == tokens[xe].start \
                and tokens[xe].end == tokens[xe + 1].start and (
                    tokens[xe + 1].text.lower() in COMPOUND_TAILS
                    or tokens[xe - 1].text == "second" and tokens[xe + 1].text.lower() not in ("long", "old")):
            continue  # ... and "six second-line drugs": the ordinal of a compound, not a length
        out.append(c)
    return out


@functools.lru_cache(maxsize=8)
def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """One regular expression for a word list (compiled once): any of the words, whole."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _without_ages(chosen: list[tuple[int, int, Rule, str, str | None]],
                  tokens: list[Token]) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop a length that is someone's age, whatever bound comes before it: "at least 35 years old",
    "more than a century old", "under 18 years of age"."""
    def age(xe: int) -> bool:
        nxt = [t.text.lower() for t in tokens[xe:xe + 2]]
        return nxt[:1] in (["old"], ["olds"]) or nxt in (["-", "old"], ["-", "olds"], ["of", "age"])

    def fraction(xe: int) -> bool:  # "more than one quarter of Zaire": a share, not three months
        return tokens[xe - 1].text.lower() == "quarter" and xe < len(tokens) and tokens[xe].text.lower() == "of"
    return [c for c in chosen if c[2].type != "DURATION" or not (age(c[1]) or fraction(c[1]))]


# Letters written onto a number that keep it a time: "10am", "1500h", "the 1990s", an ordinal.
_TIME_SUFFIXES = frozenset({"am", "pm", "h", "hrs", "s", "st", "nd", "rd", "th"})


def _without_measures(chosen: list[tuple[int, int, Rule, str, str | None]],
                      tokens: list[Token]) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop a match that ends in a number with a short unit written onto it: "the 2000m steeplechase",
    "a 2000cc engine", "1500mw" are measures, not years; and one that starts with a number written
    onto a word ("#Trump2016")."""
    def measure(xe: int) -> bool:
        if xe >= len(tokens) or tokens[xe - 1].kind != "num" or tokens[xe].start != tokens[xe - 1].end:
            return False
        unit = tokens[xe].text
        return unit.isalpha() and unit.islower() and len(unit) <= 3 and unit not in _TIME_SUFFIXES

    def glued(xs: int) -> bool:
        # a number written onto a word is part of a name or a tag: "#Trump2016", "COVID19", "Windows2000"
        return bool(xs) and tokens[xs].kind == "num" and tokens[xs - 1].end == tokens[xs].start \
            and tokens[xs - 1].text[-1:].isalpha()
    return [c for c in chosen if not measure(c[1]) and not glued(c[0])]


_COUNTER = re.compile(r"(\d{1,2})/(\d{1,2})")
# A gallery's counters "1/8 ... 2/8 ... 3/8": this many numbers over one total are no dates.
SLIDE_COUNTERS = 3


def _without_slide_counters(chosen: list[tuple[int, int, Rule, str, str | None]],
                            tokens: list[Token]) -> list[tuple[int, int, Rule, str, str | None]]:
    """Drop the picture counters of a photo gallery pasted into the text ("Getty 11/19 The Prince
    of Wales arrives ..."): one-token slash dates whose second number is shared by at least two
    other slash numbers in the text with different first numbers, each no larger than it."""
    if not any(xe - xs == 1 and "/" in tokens[xs].text for xs, xe, *_ in chosen):
        return chosen
    seen: dict[str, set[str]] = {}
    for tok in tokens:
        m = _COUNTER.fullmatch(tok.text) if "/" in tok.text else None
        if m and int(m.group(1)) <= int(m.group(2)):
            seen.setdefault(m.group(2), set()).add(m.group(1))
    totals = {total for total, firsts in seen.items() if len(firsts) >= SLIDE_COUNTERS}
    if not totals:
        return chosen
    return [c for c in chosen if not (c[1] - c[0] == 1 and (m := _COUNTER.fullmatch(tokens[c[0]].text))
                                      and m.group(2) in totals)]


# How many characters back a date's own clause is read for a plan or a verb of asking.
CLAUSE_REACH = 300
# How many sentences back a day-precise date still gives its day to a clock time.
DAY_REACH = 1
# How many sentences back a full date with a year earlier than the article's still gives its year to
# a date without one: "The vote took place on March 16, 2014. ... On March 18, the occupiers shot ..."
STORY_REACH = 1
# Words that may come before a date that opens its sentence ("In September, Medvedev said").
FRONT_PREPOSITIONS = frozenset({"in", "on", "by", "since", "from", "until", "through"})
# Verbs of asking: the day of what they ask for lies ahead ("urged supporters to vote Tuesday"),
# when an infinitive follows them in the same clause and nothing after it tells of an act at once.
_DIRECTIVE = re.compile(r"\b(?:urged|asked|told|ordered|invited|encouraged|implored|begged|instructed|exhorted|"
                        r"called on|called upon)\b")
_TO_VERB = re.compile(r"\bto (?!(?:the|a|an|its|his|her|their|our|my|your|this|that|these|those|be|have|date)\b)[a-z]+"
                      r"\b(?:(?!\b(?:and|but|or|then|after|before|when|while|immediately|at once)\b)[^.;:,])*$")
# A weekday as a rule writes it, with its time part if any ("XXXX-WXX-5", "XXXX-WXX-5TNI").
_PLAIN_WEEKDAY = re.compile(r"XXXX-WXX-([1-7])(T[A-Z\d:]+)?")
# Words between a past verb and a date that make the date a plan told in the past ("announced an
# agreement to acquire the bank in January", "said Russia could invade in February").
_PLAN_BETWEEN = re.compile(r"\b(?:would|could|will|may|might|should|shall|must|can|to (?!(?:the|a|an|its|his|her|their|our|my|your|this|these|those|some|all|each|every|any)\b)[a-z]+|if|until|"
                           r"plans?|planned|planning|expects?|expected|scheduled|set|due|next|upcoming)\b")
_BEEN_ING_NEXT = re.compile(r"\s*been\s+[a-z]+ing\b")


def _goes_on(aux: str, after: str) -> bool:
    """Whether the past cue ``aux`` opens a perfect progressive ("has been considering ... before
    November"): what goes on up to now is no plain past."""
    return aux.lower() in ("has", "have") and bool(_BEEN_ING_NEXT.match(after))


RANGE_LINKS = frozenset({"to", "through", "until", "till", "-", "–", "and"})


def _asked_to_act(after_asking: str, res: Resources) -> bool:
    """Whether the words after a verb of asking ask for a thing done on a day ahead: "(urged them)
    to vote", "to appear in court" (resources/asked_to_verbs.txt), not "to dissolve parliament"."""
    m = _TO_VERB.search(after_asking)
    return m is not None and m.group(0).split()[1] in res.asked_to_verbs


def _after_on(tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows the preposition "on" ("took place on March 16, 2014")."""
    return i > 0 and tokens[i - 1].text.lower() == "on"


# How far back a past verb may stand and still date the expression ("officials who resigned in January").
PAST_VERB_REACH = 8
# before a past form, these make it an adjective or a present or future passive ("is heard in May")
_NOT_BEFORE_PAST = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those", "-",
                              "is", "are", "am", "be", "being", "will", "would", "shall", "should", "can", "could",
                              "may", "might", "must", "to", "'s", "'re", "get", "gets"})
_CLAUSE_EDGE = frozenset({",", ";", ":", "(", ")", '"', "“", "”", "—", "–"})


def _past_verb_before(text: str, tokens: list[Token], xs: int, finder: TenseFinder) -> bool:
    """Whether a past verb of the expression's own clause stands just before it, with no plan between
    ("officials who resigned in January were replaced", "the number that stood in January"), although
    the sentence's tense came from another verb."""
    lo = max(finder.sent[finder.sentence_of(xs)], xs - PAST_VERB_REACH)
    res = finder.res
    for k in range(xs - 1, lo - 1, -1):
        if tokens[k].text in _CLAUSE_EDGE:
            return False
        cue = finder.cue_at(k)
        # a relative clause's verb counts here: "attacks that killed dozens during January's election"
        verb = past_form(tokens[k].text, res) and (k == 0 or finder.words[k - 1] not in _NOT_BEFORE_PAST)
        if verb or (cue is not None and cue[1] == "PAST"):
            between = text[tokens[k].end:tokens[xs].start]
            if _goes_on(tokens[k].text, between):
                return False
            return not _PLAN_BETWEEN.search(between)
        if cue is not None:
            return False
    return False


PERIOD_UNITS = frozenset({"week", "weeks", "month", "months", "quarter", "quarters", "year", "years", "period",
                          "days", "session", "sessions"})


def _period_to(tokens: list[Token], xs: int) -> bool:
    """Whether the date at token ``xs`` ends a period named before it: "the week to May 4", "the three
    months to June 30", "the 12 months ended Sept. 30"."""
    if xs < 3 or tokens[xs - 1].text.lower() not in ("to", "ended", "ending", "through"):
        return False
    if tokens[xs - 2].text.lower() not in PERIOD_UNITS:
        return False
    return any(t.text.lower() == "the" for t in tokens[max(0, xs - 5):xs - 2])


def _opens_sentence(tokens: list[Token], xs: int, xe: int, finder: TenseFinder) -> bool:
    """Whether the timex at tokens ``xs:xe`` opens its sentence and a comma closes it ("In 2014, ...")."""
    if xe >= len(tokens):
        return False
    lead = xs - finder.sent[finder.sentence_of(xs)]
    if tokens[xe].text != ",":
        # the start of a fronted range: "From January to October, trade rose"
        return (lead == 1 and tokens[xs - 1].text.lower() in ("from", "between")
                and tokens[xe].text.lower() in RANGE_LINKS
                and any(t.text == "," for t in tokens[xe + 1 : xe + 6]))
    return lead == 0 or (lead == 1 and tokens[xs - 1].text.lower() in FRONT_PREPOSITIONS)


def _anchor(under: str, ctx: Context) -> str | None:
    """The date a relative value counts from, as the resolver picks it."""
    if under.startswith("DCT"):
        return ctx.dct.isoformat()
    if under.startswith(("REF", "EVT")):
        return ctx.ref or ctx.dct.isoformat()
    if under.startswith("PER"):
        return ctx.period or ctx.dct.isoformat()
    if under.startswith("XXXX-XX-XXT"):
        return ctx.day or ctx.dct.isoformat()
    return None


def _resolve_all(text: str, tokens: list[Token], chosen: list[tuple[int, int, Rule, str, str | None]],
                 day0: dt.date, res: Resources) -> list[Timex]:
    """Resolve the chosen matches in text order, keeping track of the last dates mentioned."""
    finder: TenseFinder | None = None
    ref = ref_text = None  # the last concrete date or time mentioned
    fine: tuple[str, str] | None = None  # the last month or day mentioned, with its words
    day_night = False  # was the last day mentioned a night ("Tuesday night", "overnight")?
    earlier = earlier_text = None  # the last one before it not counted from the article date ("today")
    ref_is_now = False  # was the last one the article date's own day, week, year ("today")?
    period = period_text = None  # the last quarter or half mentioned
    ahead: dict[str, tuple[str, str]] = {}  # weekday number -> (the day ahead a firm future cue gave it, its words)
    day = day_text = None  # the last day-precise date mentioned
    day_sentence = -9  # the sentence it was in
    story_year = story_text = None  # the last year written out (or taken from the story)
    story_month = None  # its month, when a day set the story
    story_sentence = -9
    out: list[Timex] = []
    spans: list[tuple[int, int, bool]] = []  # token extent of each timex; did its clock take a day of its sentence?
    for xs, xe, rule, under, mod in chosen:
        start, end = tokens[xs].start, tokens[xe - 1].end
        surface = text[start:end]
        if period and rule.name in PERIOD_FIRST_RULES:
            under = "PER+0Q"  # "the fiscal first quarter ... for the quarter ended Sept. 29": that quarter
        tense = cue = None
        weight = 0
        cue_left = plain_past = False
        if needs_tense(under):
            if finder is None:
                finder = TenseFinder(text, tokens, res)
            tc = finder.tense(xs, xe)
            tense, cue, weight = tc.tense, tc.cue, tc.weight
            cue_left = tc.end is not None and tc.end <= tokens[xs].start
            if (cue or "").lower() in CONDITIONS and (
                    (xe < len(tokens) and tokens[xe].text in ("'s", "’s", "'", "’"))
                    or (xs and tokens[xs - 1].text.lower() in _POSSESSIVES)):
                # "if you want to understand Thursday night's debate", "if he follows up his Tuesday
                # wins": a condition says nothing of the day of a thing named as done
                tense, cue, weight = None, None, 0
            # a past clause that tells a plan ("announced an agreement to acquire it in January",
            # "told them of a cut in September") may point ahead; a plain past one does not
            if tense == "FUTURE" and weight < 2 and (cue or "").startswith("to ") and _PLAIN_WEEKDAY.fullmatch(under):
                # "urged supporters to vote Tuesday": the soft "to vote" is firm after a verb of asking
                # within the sentence, and no further back than a clause reaches (an endless sentence
                # stays linear)
                head = text[max(tokens[finder.sent[finder.sentence_of(xs)]].start, tokens[xs].start - CLAUSE_REACH):tokens[xs].start]
                asked = list(_DIRECTIVE.finditer(head))
                if asked and _asked_to_act(head[asked[-1].end():], res):
                    tense, cue, weight = "FUTURE", f"{asked[-1].group(0)} ... {cue}", 2
            if tense == "PAST":
                lead = tc.end if cue_left and tc.end is not None else tokens[finder.sent[finder.sentence_of(xs)]].start
                # no further back than a clause reaches, so that an endless sentence stays linear
                clause = text[max(lead, tokens[xs].start - CLAUSE_REACH):tokens[xs].start]
                edge = max(clause.rfind(c) for c in ';:"“”')  # the plan must be in the date's own clause
                plain_past = _past_verb_before(text, tokens, xs, finder) or not (
                    _PLAN_BETWEEN.search(clause[edge + 1:]) or (cue or "").lower() in PLAN_VERBS
                    or _goes_on(cue or "", clause[edge + 1:]))
                asking = _DIRECTIVE.fullmatch((cue or "").lower()) or (
                    (cue or "").lower() == "called" and re.match(r"\s+(?:on|upon)\b", clause))
                if cue_left and asking and _PLAIN_WEEKDAY.fullmatch(under) and _asked_to_act(clause[edge + 1:], res):
                    # a weekday in what was asked for lies ahead: "urged supporters to vote Tuesday"
                    tense, cue, weight = "FUTURE", f"{cue} ... to", 2
        near_day = None
        same_sentence_day = False
        if day and under.startswith("XXXX-XX-XXT"):
            if finder is None:
                finder = TenseFinder(text, tokens, res)
            # a clock time belongs to the day named in its sentence or the one before
            if finder.sentence_of(xs) - day_sentence <= DAY_REACH:
                near_day = day
                same_sentence_day = finder.sentence_of(xs) == day_sentence
                if day_night and re.match(r"XXXX-XX-XXT0[0-5]", under):
                    # "overnight into Wednesday ... began shortly after 2 a.m.": the small hours after the
                    # night's evening are on the next day
                    near_day = (dt.date.fromisoformat(day) + dt.timedelta(days=1)).isoformat()
        near_story = None
        story_here = False
        if story_year is not None and story_year < day0.year and under.startswith(("XXXX-", "STO")):
            if finder is None:
                finder = TenseFinder(text, tokens, res)
            if finder.sentence_of(xs) - story_sentence <= STORY_REACH:
                near_story = story_year
                story_here = finder.sentence_of(xs) == story_sentence
        fronted = tense == "PAST" and finder is not None and _opens_sentence(tokens, xs, xe, finder)
        # "posted on January 23": the past verb that the date follows is the thing it dates
        # ("if the government fell on Dec. 8" is a supposition, not a thing dated)
        dated = tense == "PAST" and xs >= 2 and tokens[xs - 1].text.lower() == "on" and \
            past_form(tokens[xs - 2].text, res) and tokens[xs - 2].text.lower() not in PLAN_VERBS and \
            not any(t.text.lower() in ("if", "unless", "whether") for t in tokens[max(0, xs - 8):xs - 2])
        # "since January 1" is a day gone by, never the coming one; so is the end of a period told in
        # the past ("claims fell in the week to May 4", "in the three months to June 30")
        dated = dated or (tense == "PAST" and xs >= 1 and tokens[xs - 1].text.lower() == "since") or (
            tense == "PAST" and _period_to(tokens, xs))
        use_ref, use_ref_text = ref, ref_text
        if ref_is_now and earlier and under.startswith("REF+0") and under[5:] in ("Y", "M", "Q", "H", "W", "DE"):
            # "that year" points back past "today": "Trump's support today is well below McCain's
            # support that year" (the year of the 2008 race named before)
            use_ref, use_ref_text = earlier, earlier_text
        elif re.match(r"REF[+-]\d+M$", under) and ref and fine and (pr := parse(ref)) and pr[0] == "Y":
            # "June was warmer than the 1991-2020 average for the month": the month named before the years
            use_ref, use_ref_text = fine
        ctx = Context(day0, tense, cue, use_ref, use_ref_text, near_day, day_text if near_day else None,
                      period, period_text, weight, near_story, story_text if near_story else None, fronted,
                      cue_left, plain_past, story_month if near_story else None, dated, story_here)
        if rule.type in ("DURATION", "SET") and not under.startswith(("DCT", "REF", "EVT", "PER", "P")):
            value, why = under, "explicit"  # a set such as XXXX-WXX-1 stays as written
        else:
            try:
                value, why = resolve(under, ctx)
            except (OverflowError, ValueError):  # "tomorrow" written on 9999-12-31: past the calendar's end
                continue
            if value.startswith(("DCT", "REF", "EVT", "PER")):
                continue  # a relative value the resolver could not place: no timex beats a broken one
            plain = _PLAIN_WEEKDAY.fullmatch(under)
            if plain and value[:10] > day0.isoformat() and tense == "FUTURE":
                ahead[plain.group(1)] = (value[:10], surface)
            elif plain and value[:10] < day0.isoformat() and plain.group(1) in ahead and tense == "FUTURE" \
                    and weight < 2:
                # "scheduled to open on Monday ... for the parliament to meet on Monday": a weekday with
                # only a soft future cue is the one the text already put ahead
                day_ahead, said = ahead[plain.group(1)]
                value = day_ahead + (plain.group(2) or "")
                why = f"a soft future cue ('{cue}'); the same weekday as '{said}' before it, ahead → {value}"
        concrete = parse(value) if rule.type in ("DATE", "TIME") else None
        # a comparison ("a year earlier", "the year-ago quarter") does not move the reference
        comparison = under.startswith("PER") or (under.startswith(("REF", "EVT")) and under.endswith("=")) \
            or bool(concrete and concrete[0] == "D" and _COMPARED.search(text[max(0, start - 30):start])) \
            or bool(concrete and _SINCE_RECORD.search(text[max(0, start - 100):start]))
        if concrete and not comparison:
            if concrete[0] in ("M", "D"):
                fine = (value, surface)  # the last month or day named
            if not ref_is_now:
                earlier, earlier_text = ref, ref_text
            ref, ref_text = value, surface
            ref_is_now = under.startswith("DCT+0")
            if concrete[0] in ("Q", "H"):
                period, period_text = value, surface
            if concrete[0] == "D" and not _SAID_ON.search(text, max(0, start - 20), start):
                # (not the day of a report, "officials said Monday": a clock time after it is the story's)
                day, day_text = value[:10], surface
                day_night = value.endswith(("TNI", "TEV")) or bool(re.search(r"T(1[89]|2[0-3]):", value))
                if finder is None:
                    finder = TenseFinder(text, tokens, res)
                day_sentence = finder.sentence_of(xs)
        if (concrete and concrete[0] == "Y" and under.isdigit() and len(value) == 4
                and _opens_sentence(tokens, xs, xe, finder := finder or TenseFinder(text, tokens, res))):
            # a year that opens its sentence sets the time of the story told ("In 2014, Russia
            # seized Crimea. On March 18, Putin signed ..."), as a full date after "on" does
            story_year, story_text, story_sentence = int(value), surface, finder.sentence_of(xs)
            story_month = None
        elif concrete and concrete[0] == "D" and (near_story or (under[:1].isdigit() and _after_on(tokens, xs))):
            # a full date with its year written out, told as when something happened ("on March 16,
            # 2014"), or a date that took its year from one: the next days without a year may be in
            # that year too (a bare "in 1987" or "the Dec. 21, 1988, bombing" is a passing reference,
            # not a story told in that year)
            if finder is None:
                finder = TenseFinder(text, tokens, res)
            story_year, story_text, story_sentence = int(value[:4]), surface, finder.sentence_of(xs)
            story_month = int(value[5:7])
        reason = f"{rule.name}: {why}" + ("" if why.endswith(value) else f"; value {value}")
        out.append(Timex(start, end, surface, rule.type, value, mod,
                         interval(value) if rule.type in ("DATE", "TIME") else None,
                         reason, rule.name, under, tense, cue, _anchor(under, ctx)))
        spans.append((xs, xe, same_sentence_day))
        if rule.type == "DURATION" and ref and _LATER.match(text, end) \
                and (moved := _shifted(ref, value)) is not None:
            # "Two days later, he was charged. The next day ...": TimeML writes the duration, but the
            # story has moved on by it
            ref, ref_text, ref_is_now = moved, f"{surface} later", False
            if len(moved) == 10:
                if finder is None:
                    finder = TenseFinder(text, tokens, res)
                day, day_text, day_sentence = moved, ref_text, finder.sentence_of(xs)
    out = _days_in_named_week(_clock_before_day(out, spans, tokens, text), text)
    out = _ordered_ranges(_year_named_ahead(_shared_part_of_day(out, text), text, day0), text, day0)
    return _weekdays_beside_dates(out, text)


# A weekday set right beside a date, in brackets or after a comma: "April 10 (Wednesday)", "on Wednesday
# (April 10)", "10 April, Wednesday".
_BESIDE = re.compile(r"\s*(?:\(\s*|,\s*)")
_WEEKDAY_VALUE = re.compile(r"XXXX-WXX-([1-7])(T[^ ]*)?")


def _weekdays_beside_dates(out: list[Timex], text: str) -> list[Timex]:
    """A weekday written beside a date is that date's weekday: it takes the date's day (when the weekdays
    agree) whatever its tense said ("The vote is on April 10 (Wednesday)", written on an earlier Wednesday)."""
    for k in range(len(out) - 1):
        for w, d in ((k + 1, k), (k, k + 1)):
            wd, day = out[w], out[d]
            m = _WEEKDAY_VALUE.fullmatch(wd.underspecified or "")
            if m is None or day.type != "DATE" or not re.fullmatch(r"\d{4}-\d\d-\d\d", day.value) \
                    or not _BESIDE.fullmatch(text[out[k].end:out[k + 1].start]):
                continue
            value = day.value + (wd.value[10:] if m.group(2) and wd.value[10:11] == "T" else "")
            if dt.date.fromisoformat(day.value).isoweekday() != int(m.group(1)) or value == wd.value:
                continue
            out[w] = Timex(wd.start, wd.end, wd.text, wd.type, value, wd.mod, interval(value),
                           f"{wd.rule_name}: the weekday of the date beside it ({day.text}) → {value}",
                           wd.rule_name, wd.underspecified, wd.tense, wd.tense_cue, wd.anchor)
    return out


# How many tokens may stand between a clock time and the day written after it ("at 04:30 local time
# on 24 February").
CLOCK_DAY_GAP = 4


def _clock_before_day(out: list[Timex], spans: list[tuple[int, int, bool]], tokens: list[Token],
                      text: str) -> list[Timex]:
    """A clock time with no day before it in its sentence takes the day written right after it:
    "The attack came at 04:30 local time on 24 February" is on 24 February, not on a day of the
    sentence before."""
    for k, t in enumerate(out):
        if not t.underspecified.startswith("XXXX-XX-XXT") or spans[k][2] or k + 1 >= len(out):
            continue
        d = k + 1  # over the same time in another zone: "at 8 a.m. local time (0600 GMT) on Wednesday"
        while d + 1 < len(out) and out[d].underspecified.startswith("XXXX-XX-XXT") \
                and spans[d][0] - spans[d - 1][1] <= CLOCK_DAY_GAP:
            d += 1
        nxt, (nxs, _, _) = out[d], spans[d]
        # the day written after it, or the day of a clock time told with one ("from 7 a.m. to 8 p.m. on Sunday")
        if not (nxt.type == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", nxt.value)
                or nxt.type == "TIME" and not nxt.underspecified.startswith("XXXX-XX-XXT")
                and re.fullmatch(r"\d{4}-\d\d-\d\dT\d.*", nxt.value)) or nxs - spans[d - 1][1] > CLOCK_DAY_GAP:
            continue
        if any(tok.text in ".!?;" for tok in tokens[spans[k][1]:nxs]) or _COMPARED.search(text[max(0, nxt.start - 30):nxt.start]):
            continue
        if nxt.type == "TIME" and "(" in text[out[d - 1].end:nxt.start]:
            continue  # "at 7:58 a.m. (2358 GMT on Tuesday)": the same moment in another zone, on its own day
        for c in range(k, d):
            t = out[c]
            value = nxt.value[:10] + t.underspecified[len("XXXX-XX-XX"):]
            out[c] = Timex(t.start, t.end, t.text, t.type, value, t.mod, interval(value),
                           f"{t.rule_name}: time of day on the day written right after it ('{nxt.text}', "
                           f"{nxt.value[:10]})", t.rule_name, t.underspecified, t.tense, t.tense_cue, nxt.value[:10])
    return out


# What may stand between a week and a weekday that narrows it down: "next week, probably on Monday
# or Tuesday", "this week (Thursday)".
_WEEK_TO_DAY = re.compile(r"[\s,(:—–-]*(?:(?:most\s+)?(?:probably|perhaps|possibly|likely|maybe|either|as early as|"
                          r"as soon as|starting|beginning|no later than|by|on)\s+)*", re.IGNORECASE)
_DAY_TO_DAY = re.compile(r"\s*(?:,\s*)?(?:or|and|to|through|-|–)\s+(?:on\s+)?", re.IGNORECASE)


def _days_in_named_week(out: list[Timex], text: str) -> list[Timex]:
    """A weekday right after a week that the text names falls in that week: "early next week,
    probably on Monday or Tuesday" (written on a Saturday) is the Monday and Tuesday coming."""
    for k in range(len(out) - 1):
        week = out[k]
        if week.type != "DATE" or not re.fullmatch(r"\d{4}-W\d\d", week.value):
            continue
        gap, j = _WEEK_TO_DAY, k + 1
        while j < len(out) and (m := _PLAIN_WEEKDAY.fullmatch(out[j].underspecified)) and gap.fullmatch(
                text[out[j - 1].end:out[j].start]):
            t = out[j]
            year, wk = int(week.value[:4]), int(week.value[6:])
            day = dt.date.fromisocalendar(year, wk, int(m.group(1)))
            value = day.isoformat() + (m.group(2) or "")
            if value != t.value:
                out[j] = Timex(t.start, t.end, t.text, t.type, value, t.mod, interval(value),
                               f"{t.rule_name}: a day of the week named just before ('{week.text}', {week.value}) → {value}",
                               t.rule_name, t.underspecified, t.tense, t.tense_cue, week.value)
            gap, j = _DAY_TO_DAY, j + 1
    return out


_NIGHTS = re.compile(r"XXXX-WXX-([1-7])(T[A-Z]{2})")


def _shared_part_of_day(out: list[Timex], text: str) -> list[Timex]:
    """Two weekdays before one plural part of day share it: "On Tuesday and Wednesday nights,
    thousands took to the streets" is two past nights (the second the first such day after the
    first); told otherwise they are two sets, as in "the club is open on Friday and Saturday
    nights" and "flights would leave on Monday and Tuesday nights from March 30"."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        ma, mb = _PLAIN_WEEKDAY.fullmatch(a.underspecified), _NIGHTS.fullmatch(b.underspecified)
        if not ma or ma.group(2) or not mb or b.type != "SET" or a.type != "DATE" \
                or not _DAY_TO_DAY.fullmatch(text[a.end:b.start]):
            continue
        part = mb.group(2)
        tense = a.tense
        if tense != "PAST" or not re.fullmatch(r"\d{4}-\d\d-\d\d", a.value):
            under = a.underspecified + part
            out[k] = Timex(a.start, a.end, a.text, "SET", under, a.mod, None,
                           f"{a.rule_name}: a weekday sharing '{b.text}', not told in the past → every {a.text}, {under}",
                           a.rule_name, under, a.tense, a.tense_cue, None)
            continue
        first = dt.date.fromisoformat(a.value)
        second = first + dt.timedelta(days=(int(mb.group(1)) - first.isoweekday()) % 7 or 7)
        va, vb = first.isoformat() + part, second.isoformat() + part
        out[k] = Timex(a.start, a.end, a.text, "TIME", va, a.mod, interval(va),
                       f"{a.rule_name}: {a.value}, with the part of day named after it ('{b.text}') → {va}",
                       a.rule_name, a.underspecified + part, a.tense, a.tense_cue, a.anchor)
        out[k + 1] = Timex(b.start, b.end, b.text, "TIME", vb, b.mod, interval(vb),
                           f"{b.rule_name}: one of two days told in the {tense.lower()} tense, the first such day "
                           f"after {first} ('{a.text}') → {vb}",
                           b.rule_name, b.underspecified, tense, a.tense_cue or b.tense_cue, a.value)
    return out


_YEARLESS_DAY = re.compile(r"XXXX-(\d\d)(-\d\d|-W[1-5L]-[1-7])?")
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\n]|\b(?:and|but|while|after|before|said|says)\b")


def _year_named_ahead(out: list[Timex], text: str, day0: dt.date) -> list[Timex]:
    """A day or month without a year, told in the future, falls in a later year named before it in
    its clause: "The 2006 Asian Games will begin on December 1" (written in 2005), "The Games
    will begin next year on December 1"."""
    for k in range(1, len(out)):
        t = out[k]
        if t.type != "DATE" or t.tense != "FUTURE" or not _YEARLESS_DAY.fullmatch(t.underspecified):
            continue
        for j in range(k - 1, -1, -1):  # bounded by the clause, not the text: no copy of ``out``
            year_x = out[j]
            if t.start - year_x.end > 80 or _CLAUSE_BREAK.search(text[year_x.end:t.start]):
                break
            if year_x.type == "DATE" and re.fullmatch(r"\d{4}", year_x.value):
                year = int(year_x.value)
                if day0.year < year <= day0.year + 3 and int(t.value[:4]) < year:
                    value = f"{year:04d}{t.value[4:]}"
                    if "-W" in t.underspecified:  # "the first Thursday of February": that year's
                        value, _ = resolve(f"{t.underspecified}@+{year - day0.year}", Context(day0))
                    if parse(value):
                        out[k] = Timex(t.start, t.end, t.text, t.type, value, t.mod, interval(value),
                                       f"{t.rule_name}: no year given; told in the future after a later year in "
                                       f"its clause ('{year_x.text}', {year}) → {value}",
                                       t.rule_name, t.underspecified, t.tense, t.tense_cue, year_x.value)
                break
    return out


_RANGE_LINK = re.compile(r"\s*(?:to|through|thru|till|until|and|-|–|—)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
# A link that makes a range on its own, with no "from" before it: "held Thursday through Saturday".
_RANGE_THROUGH = re.compile(r"\s*(?:through|thru)\s*", re.IGNORECASE)


def _ordered_ranges(out: list[Timex], text: str, day0: dt.date) -> list[Timex]:
    """A range told without years ("from January to October", "from Friday to Sunday", "Thursday
    through Saturday") runs
    forward: when its two ends were resolved the wrong way round, one of them moves by a year (a
    week for weekdays). In a past-tense clause the start moves back ("From January to October
    the trade amounted to ...", written in May); in a future-tense one the end moves ahead; with
    no tense, a range that began by the article date keeps its start ("from Friday to Sunday he
    visits Washington", written on Saturday) and one that starts later keeps its end."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.type == b.type == "TIME" and _clock_only(b) and _DAY_CLOCK.fullmatch(a.value) \
                and _DAY_CLOCK.fullmatch(b.value) and _RANGE_LINK.fullmatch(text[a.end:b.start]) \
                and (_RANGE_OPEN.search(text[max(0, a.start - 12):a.start]) or not text[a.end:b.start].strip(" -–—")):
            # "a curfew from 10pm to 5am", "between 11 p.m. Friday and 2 a.m.": the end of a clock range is
            # on the start's day, or the next one when it passes midnight
            day = dt.date.fromisoformat(a.value[:10]) + dt.timedelta(days=1 if b.value[10:] < a.value[10:] else 0)
            value = day.isoformat() + b.value[10:]
            if value != b.value:
                out[k + 1] = Timex(b.start, b.end, b.text, b.type, value, b.mod, interval(value),
                                   f"{b.rule_name}: the end of a range that starts {a.value} → {value}",
                                   b.rule_name, b.underspecified, b.tense, b.tense_cue, b.anchor)
            continue
        if a.type != "DATE" or b.type != "DATE" or not a.interval or not b.interval:
            continue
        if a.underspecified.startswith("XXXX-") and re.fullmatch(r"\d{4}-\d\d(-\d\d)?", b.underspecified) \
                and _RANGE_LINK.fullmatch(text[a.end:b.start]) \
                and _RANGE_OPEN.search(text[max(0, a.start - 12):a.start]) and a.value[:4] != b.value[:4]:
            # "from November 20 to November 21, 1991": the start takes the year the end writes (the
            # year before when its month and day come later)
            year = int(b.value[:4]) - (1 if a.value[4:] > b.value[4:len(a.value)] else 0)
            moved = with_year(a, year)
            if moved is not None:
                out[k] = dataclasses.replace(moved, rule=f"{a.rule_name}: the start of a range whose end is "
                                                         f"written with its year ({b.text}) → {moved.value}")
            continue
        if not (a.underspecified.startswith("XXXX-") and b.underspecified.startswith("XXXX-")):
            continue
        pa, pb = parse(a.value), parse(b.value)
        if not pa or not pb or pa[0] != pb[0] or pa[0] not in ("D", "M"):
            continue
        link = text[a.end:b.start]
        if not _RANGE_LINK.fullmatch(link) or not (_RANGE_OPEN.search(text[max(0, a.start - 12):a.start])
                                                  or _RANGE_THROUGH.fullmatch(link)):
            continue
        if a.interval[0] <= b.interval[0]:
            continue
        weekly = "WXX" in a.underspecified or "WXX" in b.underspecified
        step = 7 if weekly else None
        tense = a.tense or b.tense
        if tense == "FUTURE" or a.interval[0][:10] == day0.isoformat() or (
                tense != "PAST" and a.interval[0] <= day0.isoformat()):
            # ... and one that starts on the article's own day is under way ("held Thursday through
            # Saturday", written on Thursday)
            out[k + 1] = _moved(b, step, +1, f"the end of the range that starts {a.value}")
        else:
            out[k] = _moved(a, step, -1, f"the start of the range that ends {b.value}")
    return out


_DAY_CLOCK = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?")


_LATER = re.compile(r"\s+(?:(?:later|afterwards?)\b(?!\s+(?:than|in|the|that|this|a|an)\b)|on(?=\s*,))", re.IGNORECASE)


def _shifted(ref: str, duration: str) -> str | None:
    """The date ``ref`` (a day, month or year) moved forward by a whole ``duration`` of days, weeks, months or
    years, at the coarser of the two granularities; None when they do not fit ("three hours" after a year)."""
    m = re.fullmatch(r"P(\d{1,3})([DWMY])", duration)
    p = parse(ref)
    if m is None or p is None:
        return None
    unit, (gran, first, _) = m.group(2), p
    if not (gran == "D" or gran == "M" and unit in "MY" or gran == "Y" and unit == "Y"):
        return None
    try:
        return fmt(shift(first, int(m.group(1)), unit), "D" if unit in "DW" else unit)
    except (ValueError, OverflowError):
        return None


def _clock_only(t: Timex) -> bool:
    """Is ``t`` a clock time told with no day of its own ("10pm", "05:00 GMT"), put on its day by context?"""
    return t.underspecified.startswith("XXXX-XX-XXT")


def _moved(t: Timex, days: int | None, sign: int, why: str) -> Timex:
    """``t`` moved by ``days`` days (else by one year) in direction ``sign``."""
    p = parse(t.value)
    assert p is not None
    if days:
        d = p[1] + dt.timedelta(days=sign * days)
        value = d.isoformat()
    else:
        value = f"{int(t.value[:4]) + sign:04d}{t.value[4:]}"
        if not parse(value):  # Feb 29 in a common year
            return t
    return Timex(t.start, t.end, t.text, t.type, value, t.mod, interval(value),
                 f"{t.rule_name}: {why} → {value}", t.rule_name, t.underspecified, t.tense, t.tense_cue, t.anchor)
