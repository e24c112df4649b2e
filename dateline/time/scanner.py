"""Tokenize text and give every token one *class character*.

The rules of :mod:`dateline.time.rules` are regular expressions over a string that has one
character per token (a "class string"): a word found in the resources gets its own private-use
character, numbers get a character by their shape and value (the integer 23, the ordinal 23rd,
the number word "twenty-three" ...), an unknown capitalized word is ``C``, an unknown lower-case
word ``w``, and punctuation stands for itself. Matching a rule over that string is a single
left-to-right scan, and a list such as ``{month}`` is one character class.

Number words are merged here ("twenty-four", "two and a half", "nineteen ninety-six") so that
the rules see one number token with a value. Nothing in this module backtracks: the token
expression is a plain alternation of atoms with no nested quantifiers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Shape families: a private-use block each; values 0..99 get a character of their own.
INT, ORD, WORD, ORDWORD = 0xE000, 0xE100, 0xE200, 0xE300
_OTHER = 0xE400
SHAPES: dict[str, str] = {
    name: chr(_OTHER + i)
    for i, name in enumerate(
        ["int3", "year4", "yearold", "int4", "intbig", "dec", "frac", "ordbig", "wordbig", "wordyear",
         "wordfrac", "clock", "dotclock", "numdate", "slashdate", "iso", "apyear", "decade", "ordwordbig"]
    )
}
VOCAB_BASE = 0xE800
# A resource word has two characters: its own, and its own + CAP_OFFSET when the token starts
# with a capital ("Times" in "The Sunday Times"), so that rules can tell names from words.
CAP_OFFSET = 0x800
VOCAB_LIMIT = 0x800
CAP, LOWER, OTHER_PUNCT = "C", "w", "*"
PUNCT = set(",.;:!?-()\"'/&$%[]–—`“”‘’")

TOKEN_RE = re.compile(
    r"""
     (?P<iso>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?)(?![\d])
    |(?P<clock>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:]|\.\d)
    |(?P<numdate>\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4})(?![\d/])
    |(?P<slash>\d{1,2}/\d{1,2})(?![\d/])
    |(?P<ord>\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH))(?![^\W\d_])
    |(?P<decade>(?:\d{3}0|\d0|['’‘]\d0)s)(?![^\W_])
    |(?P<apyear>['’‘]\d{2})(?![\w])
    |(?P<num>\d+(?:,\d{3})*(?:\.\d+)?)
    |(?P<word>[^\W\d_]+(?:\.[^\W\d_](?![^\W\d_])\.?)*)
    |(?P<apos>['’][a-z]{1,3})(?![^\W\d_])
    |(?P<punct>\S)
    """,
    re.X,
)


@dataclass
class Token:
    """One token: its span in the text, its surface text and its numeric value if any."""

    start: int
    end: int
    text: str
    kind: str  # iso, clock, numdate, slash, ord, decade, apyear, num, word, apos, punct, numword
    value: object = None  # int/float for numbers, str for dates and clocks


class NumberWords:
    """Cardinal and ordinal number words, read from the resources (``numbers.tsv``)."""

    def __init__(self, units: dict[str, int], tens: dict[str, int], scales: dict[str, int],
                 ordinals: dict[str, int]) -> None:
        self.units, self.tens, self.scales, self.ordinals = units, tens, scales, ordinals
        self.all = set(units) | set(tens) | set(scales) | set(ordinals)


def _int_char(n: int, base: int, big: str) -> str:
    return chr(base + n) if 0 <= n <= 99 else SHAPES[big]


def number_char(kind: str, value: object, text: str) -> str:
    """The class character of a number token."""
    if kind == "num":
        if value is None:
            return SHAPES["intbig"]
        if isinstance(value, float):
            # 17.30: a decimal or a clock time written with a dot; rules decide from the context
            if re.fullmatch(r"(?:[01]?\d|2[0-3])\.[0-5]\d", text):
                return SHAPES["dotclock"]
            return SHAPES["dec"]
        digits = text.replace(",", "")
        n = int(digits)
        if len(digits) <= 2:
            return chr(INT + n)
        if len(digits) == 3:
            return SHAPES["int3"]
        if len(digits) == 4 and "," not in text:
            return SHAPES["year4"] if 1900 <= n <= 2099 else SHAPES["yearold"] if 1000 <= n < 1900 or 2100 <= n <= 2199 else SHAPES["int4"]
        return SHAPES["intbig"]
    if kind == "ord":
        return _int_char(int(value), ORD, "ordbig")  # type: ignore[arg-type]
    if kind == "numword":
        if isinstance(value, float):
            return SHAPES["wordfrac"]
        return _int_char(int(value), WORD, "wordbig")  # type: ignore[arg-type]
    if kind == "wordyear":
        return SHAPES["wordyear"]
    if kind == "ordword":
        return _int_char(int(value), ORDWORD, "ordwordbig")  # type: ignore[arg-type]
    return SHAPES[{"slash": "slashdate"}.get(kind, kind)]


def _numdate(text: str) -> str | None:
    """``9/23/22`` → ``2022-09-23``; ``23.09.2022`` → ``2022-09-23``; None when not a date."""
    parts = re.split(r"[/.\-]", text)
    a, b, c = (int(p) for p in parts)
    if len(parts[0]) == 4:
        y, m, d = a, b, c
    else:
        if "." in text or a > 12:  # dotted dates and day > 12 first: day-month-year
            d, m = a, b
        else:
            m, d = a, b
        y = c
        if len(parts[2]) == 2:
            y = 2000 + c if c < 40 else 1900 + c
        elif len(parts[2]) != 4:
            return None
    if not (1 <= m <= 12 and 1 <= d <= 31 and 1000 <= y <= 2199):
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _slash(text: str) -> tuple[str, object]:
    a, b = (int(p) for p in text.split("/"))
    if (a, b) == (24, 7):  # "24/7": all the time, not July 24
        return "slash", None
    if b in (2, 3, 4, 8) and 0 < a < b:
        return "frac", a / b
    if a > 12 and 1 <= b <= 12 and a <= 31:
        return "slash", f"XXXX-{b:02d}-{a:02d}"
    if 1 <= a <= 12 and 1 <= b <= 31:
        return "slash", f"XXXX-{a:02d}-{b:02d}"
    return "slash", None


def _token(m: re.Match[str]) -> Token:
    kind = m.lastgroup or "punct"
    text = m.group()
    value: object = None
    if kind == "num":
        if len(text) > 15:  # no date or count of time units is that long
            return Token(m.start(), m.end(), text, kind, None)
        value = float(text.replace(",", "")) if "." in text else int(text.replace(",", ""))
    elif kind == "ord":
        value = int(text[:-2])
    elif kind == "decade":
        digits = text.strip("'’‘s")
        value = digits[:3] if len(digits) == 4 else ("19" + digits[0] if digits[0] != "0" else "200")
    elif kind == "apyear":
        n = int(text[1:])
        value = 2000 + n if n < 40 else 1900 + n
    elif kind == "numdate":
        value = _numdate(text)
    elif kind == "slash":
        kind, value = _slash(text)
    elif kind == "clock":
        # TimeML writes hours with two digits: 9:05 is T09:05
        value = text.zfill(len(text) + 1) if text.index(":") == 1 else text
        parts = [int(x) for x in value.split(":")]
        if parts[0] > 24 or any(x > 59 for x in parts[1:]):
            value = None  # 99:99 is no time of day (a score, a verse)
    elif kind == "iso":
        value = text
    return Token(m.start(), m.end(), text, kind, value)


def tokenize(text: str, abbreviations: set[str]) -> list[Token]:
    """Split ``text`` into tokens; a word followed by '.' keeps it when it is a known abbreviation."""
    tokens: list[Token] = []
    append = tokens.append
    n = len(text)
    skip = 0
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if m.start() < skip:  # the '.' already taken by an abbreviation
            continue
        if kind == "word":
            end = m.end()
            w = m.group()
            if end < n and text[end] == "." and not w.endswith(".") and (w.lower() + ".") in abbreviations:
                append(Token(m.start(), end + 1, w + ".", "word"))
                skip = end + 1
                continue
            append(Token(m.start(), end, w, "word"))
        elif kind == "punct":
            append(Token(m.start(), m.end(), m.group(), "punct"))
        elif kind == "num" and _YEAR_THEN_SENTENCE.fullmatch(m.group()) and tokens \
                and tokens[-1].text.lower() in _YEAR_PREPOSITIONS and text[m.end():m.end() + 1] == " " \
                and text[m.end() + 1:m.end() + 2].islower():
            # "in 2008.15 years have passed": a sentence end with its space lost, not a decimal
            a, dot = m.start(), m.start() + 4
            for k, (lo, hi) in enumerate(((a, dot), (dot, dot + 1), (dot + 1, m.end()))):
                part = text[lo:hi]
                append(Token(lo, hi, part, "punct") if k == 1 else Token(lo, hi, part, "num", int(part)))
        else:
            append(_token(m))
    return tokens


# A year run into the number that opens the next sentence, after a preposition of time.
_YEAR_THEN_SENTENCE = re.compile(r"(?:1[89]|20)\d\d\.\d{1,3}")
_YEAR_PREPOSITIONS = frozenset({"in", "since", "until", "till", "by", "from", "of", "during", "before", "after"})


def _read_number(words: list[str], nw: NumberWords) -> tuple[int, object, bool] | None:
    """Parse number words at the start of ``words`` (lower-cased; '-' and 'and' kept).

    Returns (tokens used, value, is_ordinal) or None. Handles "twenty-four", "one hundred and
    five", "two thousand", "nineteen ninety-six" (a year), "two and a half", "twenty-first".
    """
    i = 0
    total = 0
    current = 0
    used = 0
    ordinal = False
    last_kind = ""
    while i < len(words):
        w = words[i]
        if w in nw.units or w in nw.tens:
            if last_kind in ("unit", "teen"):
                break
            if last_kind == "ten" and (w in nw.tens or nw.units[w] >= 10):
                break
            if w in nw.tens:
                current += nw.tens[w]
                last_kind = "ten"
            else:
                current += nw.units[w]
                last_kind = "teen" if nw.units[w] >= 10 else "unit"
            i += 1
            used = i
        elif w in nw.ordinals and not (w == "second" and used == 0):
            if last_kind in ("unit", "teen"):
                break
            current += nw.ordinals[w]
            i += 1
            used = i
            ordinal = True
            break
        elif w in nw.scales and used:
            scale = nw.scales[w]
            if scale == 100:
                current *= 100
            else:
                total += current * scale
                current = 0
            last_kind = "scale"
            i += 1
            used = i
        elif w == "-" and last_kind == "ten" and i + 1 < len(words):
            i += 1
        elif w == "and" and last_kind == "scale" and i + 1 < len(words) and words[i + 1] in nw.all:
            i += 1
        else:
            break
    if not used:
        return None
    return used, total + current, ordinal


def merge_numbers(tokens: list[Token], nw: NumberWords, text: str) -> list[Token]:
    """Replace runs of number words by one number token (kind ``numword``/``ordword``/``wordyear``)."""
    out: list[Token] = []
    i = 0
    n = len(tokens)
    while i < n:
        t = tokens[i]
        low = t.text.lower() if t.kind == "word" else ""
        # "a hundred years", "a thousand days": "a" counts one of the scale
        if low == "a" and i + 1 < n and tokens[i + 1].text.lower() in nw.scales:
            scale = tokens[i + 1]
            out.append(Token(t.start, scale.end, text[t.start : scale.end], "numword", nw.scales[scale.text.lower()]))
            i += 2
            continue
        if low and low in nw.all and low not in nw.scales and not (low == "second"):
            words = [x.text.lower() for x in tokens[i : i + 8]]
            parsed = _read_number(words, nw)
            if parsed:
                used, value, ordinal = parsed
                end_tok = tokens[i + used - 1]
                kind = "ordword" if ordinal else "numword"
                # a teen or "twenty" followed directly by a two-digit number word: a year
                if not ordinal and isinstance(value, int) and 11 <= value <= 20 and i + used < n:
                    nxt = tokens[i + used]
                    words2 = [x.text.lower() for x in tokens[i + used : i + used + 4]]
                    parsed2 = _read_number(words2, nw) if nxt.kind == "word" else None
                    if parsed2 and not parsed2[2] and isinstance(parsed2[1], int) and 10 <= parsed2[1] <= 99:
                        used += parsed2[0]
                        end_tok = tokens[i + used - 1]
                        value = value * 100 + parsed2[1]
                        kind = "wordyear"
                # "two and a half"
                if not ordinal and i + used + 2 < n and [x.text.lower() for x in tokens[i + used : i + used + 3]] == ["and", "a", "half"]:
                    used += 3
                    end_tok = tokens[i + used - 1]
                    value = float(value) + 0.5  # type: ignore[arg-type]
                elif (not ordinal and i + used + 5 < n
                      and text[end_tok.end : tokens[i + used + 5].end].lower() == "-and-a-half"):
                    used += 6  # "two-and-a-half", written as one word
                    end_tok = tokens[i + used - 1]
                    value = float(value) + 0.5  # type: ignore[arg-type]
                out.append(Token(t.start, end_tok.end, text[t.start : end_tok.end], kind, value))
                i += used
                continue
        if t.kind == "num" and isinstance(t.value, int) and i + 1 < n and tokens[i + 1].kind == "frac":
            f = tokens[i + 1]
            out.append(Token(t.start, f.end, text[t.start : f.end], "num", t.value + f.value))  # type: ignore[operator]
            i += 2
            continue
        if t.kind == "frac":
            out.append(Token(t.start, t.end, t.text, "num", t.value))
            i += 1
            continue
        out.append(t)
        i += 1
    return out
