"""An event told again inside one article takes the date the article gave it elsewhere.

"Comey sent a letter to Congress on Oct. 28 ... Clinton said the letter ...", "the crash on Wednesday ... the
crash killed seven": the later mention has no time expression and would take the article's date. The rule is
conservative: the undated mention must be told as a past event (a past verb, or a definite event noun with no
word naming another instance: "the next election", "another attack"), not a reporting verb, and share with a
dated mention of the article (before or after it) the trigger (its lemma, or the verb/noun forms of
``resources/retold_forms.tsv``: "elected" / "the election") and at least one participant — or, for two nouns
of one lemma, the head noun itself, when their named participants do not differ. When the dated mentions
found give different days that do not contain one another, nothing is carried.

Further limits, each from a wrong move seen on other articles: a noun known only by its head needs the same
number ("summits" in 2010 is no "the summit"), no adjective ("the right decision"), a day or month (not a year),
no statement noun, and must not follow a nearer undated mention of the same noun ("a 152-61 vote ... The vote");
a dated noun named as one of several ("the last request", "the coming invasion") dates nothing; events that
last (``retold_lasting.txt``: campaign, investigation), participles, and sentences telling a new instance
("for the first time") are left alone; numbers are no shared participant ("killed seven" in two crashes).
The words compounded with an event noun count as its participants ("Sunday's railway tunnel collapse" / "a
tunnel section collapsed"), but two nouns compounded with different names are different events ("the Busan
trade meeting" / "the Geneva trade meeting").
An undated past outcome verb (``retold_outcome_verbs.txt``: "won the election") takes the date of its object
when the article dates that event noun.

Every moved mention keeps the time expression of the mention it took the date from (``timex``) with a ``via``
entry saying which mention that was.

:func:`date_retold` runs after the sentence-level dating of :func:`dateline.events.extract.extract_events`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Token

from .model import EventMention
from .narrative import past_form

RESOURCES = Path(__file__).parent / "resources"


def _lines(name: str) -> list[str]:
    out = []
    for line in (RESOURCES / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str], frozenset[str],
                     tuple[str, ...], frozenset[str]]:
    forms: dict[str, str] = {}
    for line in _lines("retold_forms.tsv"):
        verb, noun = (c.strip().lower() for c in line.split("\t"))
        forms[verb] = noun
        forms[noun] = noun
    return (forms, frozenset(w.lower() for w in _lines("retold_new_instance.txt")),
            frozenset(w.lower() for w in _lines("retold_skip_verbs.txt")),
            frozenset(w.lower() for w in _lines("retold_pronouns.txt")),
            frozenset(w.lower() for w in _lines("retold_lasting.txt")),
            tuple(w.lower() for w in _lines("retold_new_phrases.txt")),
            frozenset(w.lower() for w in _lines("retold_outcome_verbs.txt")))


def family(lemma: str) -> str:
    """The key shared by the verb and noun forms of one event ("elect", "election" -> "election")."""
    return _data()[0].get(lemma.lower(), lemma.lower())


def _content(text: str) -> set[str]:
    """The words of a participant that can identify it (no pronouns, articles or numbers), lower case."""
    stop = _data()[3]
    ws = {w.strip(".,'\"’‘“”()").lower().removesuffix("'s").removesuffix("’s") for w in text.split()}
    return {w for w in ws if len(w) > 2 and w not in stop and not any(ch.isdigit() for ch in w)}


def _words(m: EventMention) -> tuple[set[str], set[str], set[str]]:
    """The participant words of a mention, and the words of its named agents and named patients."""
    words: set[str] = set()
    for p in [*m.agents, *m.patients, *m.others]:
        words |= _content(p.text)
    agents = set().union(*(_content(p.text) for p in m.agents if p.label))
    patients = set().union(*(_content(p.text) for p in m.patients if p.label))
    return words, agents, patients


def _new_instance(t: Token) -> bool:
    """Whether an event noun names another instance than one told before ("another attack", "the next
    election", "two votes") or is no definite one ("an attack")."""
    new = _data()[1]
    for c in t.children:
        if c.dep_ in ("det", "amod", "nummod", "advmod") and (c.lower_ in new or c.like_num):
            return True
    return not any(c.dep_ in ("det", "poss") for c in t.children)


def _receiver(m: EventMention, t: Token) -> bool:
    """Whether an undated mention can take the date of the same event told elsewhere."""
    if t.lemma_.lower() in _data()[4] or family(t.lemma_) in _data()[4]:
        return False
    if m.reporting or m.status != "happened" or m.relative or m.anchor not in ("article", "reported"):
        return False
    low = " ".join(m.sentence.lower().split())
    if any(p in low for p in _data()[5]):
        return False  # "attended a Nato summit for the first time": a new instance
    if t.pos_ == "VERB":  # a finite past verb; not a participle ("winning three straight games")
        return past_form(t) and t.tag_ != "VBG" and t.lemma_.lower() not in _data()[2]
    return t.pos_ == "NOUN" and not _new_instance(t)


def _other_instance(t: Token) -> bool:
    """Whether a dated event noun is named as one of several ("the last request", "the coming invasion"):
    its date is not that of "the request" told elsewhere."""
    new = _data()[1] - {"a", "an", "some", "any", "no", "each", "every"}
    return t.pos_ == "NOUN" and any(c.dep_ in ("det", "amod") and c.lower_ in new for c in t.children)


def _donor(m: EventMention, t: Token, day: str) -> bool:
    """Whether a mention is dated by a time expression of its own as a past event."""
    return (not _other_instance(t) and m.anchor == "timex" and m.status == "happened"
            and not m.reporting and not m.relative
            and bool(m.date_end) and (m.date_end or "") <= day and m.timex is not None
            and (t.pos_ != "VERB" or t.lemma_.lower() not in _data()[2]))


def _compounds(t: Token, names: bool = False) -> set[str]:
    """The words compounded with an event noun, which name what it happened to ("Sunday's railway tunnel
    collapse": railway, tunnel), as participant words; no dates ("the Sunday collapse"). With ``names``,
    only the proper nouns ("the Hong Kong meeting")."""
    if t.pos_ != "NOUN":
        return set()
    kinds = ("PROPN",) if names else ("NOUN", "PROPN")
    words = [w for c in t.children if c.dep_ == "compound" for w in c.subtree
             if w.pos_ in kinds and w.ent_type_ not in ("DATE", "TIME")]
    return _content(" ".join(w.text for w in words))


def _same(r: EventMention, rt: Token, d: EventMention, dtok: Token) -> bool:
    """Whether two mentions of one form family tell the same event: a shared participant word (the words
    compounded with an event noun count: "the tunnel collapse" / "a tunnel section collapsed"), or the same
    event noun, and no named participants and no compounded words that differ."""
    rw, ra, rp = _words(r)
    dw, da, dp = _words(d)
    if (ra and da and not ra & da) or (rp and dp and not rp & dp):
        return False  # "Russia attended summits" vs "Japan attended a summit": different participants
    rn, dn = _compounds(rt, names=True), _compounds(dtok, names=True)
    if rn and dn and not rn & dn:
        return False  # "the Hong Kong meeting" vs "the Busan meeting"
    rc, dc = _compounds(rt), _compounds(dtok)
    if (rw | rc) & (dw | dc):
        return True
    return (rt.pos_ == "NOUN" and dtok.pos_ == "NOUN" and rt.lemma_.lower() == dtok.lemma_.lower()
            and rt.tag_ == dtok.tag_ and not rw and not any(c.dep_ == "amod" for c in rt.children)
            and r.type != "STATEMENT" and _days(d) <= MONTH_DAYS)  # many statements in one story


MONTH_DAYS = 31  # a noun known only by its head ("the crash") takes a day or a month, not a year ("in 2010")


def _days(m: EventMention) -> int:
    return (dt.date.fromisoformat((m.date_end or "")[:10]) - dt.date.fromisoformat((m.date_start or "")[:10])).days


def _pick(donors: list[EventMention]) -> EventMention | None:
    """The donor whose interval lies inside all the others' (the most precise date), or None when two
    donors give days that do not contain one another."""
    best = min(donors, key=_days)
    for m in donors:
        if not (m.date_start[:10] <= best.date_start[:10] and best.date_end[:10] <= m.date_end[:10]):
            return None
    return best


def _previous(mentions: Sequence[EventMention], toks: dict[int, Token | None], m: EventMention,
              key: str) -> EventMention | None:
    """The last mention of the same form family before ``m`` in the article, or None."""
    before = [x for x in mentions if x.start < m.start and toks[id(x)] is not None
              and family(toks[id(x)].lemma_) == key]
    return max(before, key=lambda x: x.start) if before else None


def date_retold(mentions: Sequence[EventMention], doc: Doc, day: dt.date) -> list[EventMention]:
    """Give undated mentions of an event the date of a dated mention of the same event in the article (see
    the module docstring). Changes the mentions in place; returns those that were changed."""
    tokens = {t.idx: t for t in doc}
    iso = day.isoformat()
    toks = {id(m): tokens.get(m.start) for m in mentions}
    donors = [m for m in mentions if toks[id(m)] is not None and _donor(m, toks[id(m)], iso)]
    if not donors:
        return []
    changed = []
    by_token = {t.i: m for m in mentions if (t := toks[id(m)]) is not None}
    for m in mentions:
        t = toks[id(m)]
        if t is None or m.anchor == "timex" or not _receiver(m, t):
            continue
        if t.pos_ == "VERB" and t.lemma_.lower() in _data()[6]:
            obj = next((c for c in t.children if c.dep_ == "dobj"), None)
            d = by_token.get(obj.i) if obj is not None else None
            if d is not None and d in donors and obj.pos_ == "NOUN":
                _take(m, d, "its object")  # "Trump won the election" after "Tuesday's election"
                changed.append(m)
                continue
        key = family(t.lemma_)
        same = [d for d in donors if family(toks[id(d)].lemma_) == key and _same(m, t, d, toks[id(d)])]
        if not same:
            continue
        d = _pick(same)
        if d is None or (d.date_start, d.date_end) == (m.date_start, m.date_end):
            continue
        shared = (_words(m)[0] | _compounds(t)) & (_words(d)[0] | _compounds(toks[id(d)]))
        last = _previous(mentions, toks, m, key) if not shared else None
        if last is not None and (last.anchor != "timex" or (last.date_start, last.date_end)
                                 != (d.date_start, d.date_end)):
            continue  # known by its noun only: "a 152-61 vote in parliament ... The vote followed" is the nearer one
        _take(m, d, "same event")
        changed.append(m)
    return changed


def _take(m: EventMention, d: EventMention, why: str) -> None:
    """Give ``m`` the date of ``d``, keeping the time expression that dated ``d`` and saying why."""
    m.date, m.date_start, m.date_end = d.date, d.date_start, d.date_end
    m.anchor = "timex"
    m.timex = {**(d.timex or {}), "via": f"{why} told at {d.start} ({d.trigger!r}, dated {d.date})"}
