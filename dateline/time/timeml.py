"""Read and write TimeML, and read MEANTIME's CAT XML.

TimeML (TempEval-3 style) files carry a document creation time in ``<DCT>`` and the article in
``<TEXT>``, with inline ``TIMEX3``/``EVENT``/``SIGNAL`` tags. :func:`read_timeml` returns the raw
text (tags stripped, entities unescaped) and the gold TIMEX3s as character offsets into it;
:func:`write_timeml` inserts dateline's own TIMEX3 tags into a copy of the file whose TEXT keeps
every character, so that TempEval-3's evaluation script can score it.

MEANTIME (NewsReader) documents are token lists with TIMEX3 markables anchored on token ids;
:func:`read_meantime` rebuilds a plain text from the tokens and maps the markables onto it.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')


class TimeMLError(ValueError):
    """A file that is not readable as TimeML (no TEXT, no DCT value, broken tags)."""


@dataclass
class GoldTimex:
    """A TIMEX3 read from an annotated file, with offsets into the document's raw text."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    mod: str | None = None


@dataclass
class Document:
    """One annotated document: its name, creation date, raw text and gold TIMEX3s."""

    name: str
    dct: str
    text: str
    gold: list[GoldTimex] = field(default_factory=list)
    source: str = ""  # the original file's content (TimeML only), kept for writing


def _attrs(s: str) -> dict[str, str]:
    return {k: html.unescape(v) for k, v in _ATTR.findall(s)}


def _dct_value(content: str) -> str:
    m = re.search(r"<DCT>(.*?)</DCT>", content, re.S)
    if m:
        tm = re.search(r"<TIMEX3([^>]*)>", m.group(1))
        if tm and _attrs(tm.group(1)).get("value"):
            return _attrs(tm.group(1))["value"]
    tm = re.search(r'<TIMEX3([^>]*functionInDocument="CREATION_TIME"[^>]*)>', content)
    if tm and _attrs(tm.group(1)).get("value"):
        return _attrs(tm.group(1))["value"]
    raise TimeMLError("no document creation time (<DCT> with a TIMEX3 value)")


def parse_timeml(content: str, name: str = "") -> Document:
    """Parse TimeML ``content``: DCT value, raw TEXT, and the TIMEX3s inside TEXT."""
    m = re.search(r"<TEXT>(.*?)</TEXT>", content, re.S)
    if not m:
        raise TimeMLError(f"{name or 'document'}: no <TEXT> element")
    inner = m.group(1)
    pieces: list[str] = []
    pos = 0  # offset in the raw text
    gold: list[GoldTimex] = []
    open_timex: tuple[int, dict[str, str]] | None = None
    last = 0
    for tag in _TAG.finditer(inner):
        chunk = html.unescape(inner[last : tag.start()])
        pieces.append(chunk)
        pos += len(chunk)
        last = tag.end()
        closing, tname, attrs, selfclose = tag.groups()
        if tname != "TIMEX3":
            continue
        if closing:
            if open_timex is not None:
                start, a = open_timex
                gold.append(
                    GoldTimex(start, pos, "", a.get("type", ""), a.get("value", ""), a.get("tid", ""),
                              a.get("mod") or None)
                )
            open_timex = None
        elif not selfclose:
            open_timex = (pos, _attrs(attrs))
    pieces.append(html.unescape(inner[last:]))
    text = "".join(pieces)
    for g in gold:
        g.text = text[g.start : g.end]
    gold = [g for g in gold if g.text.strip()]
    return Document(name=name, dct=_dct_value(content), text=text, gold=gold, source=content)


def read_timeml(path: str | Path) -> Document:
    """Read one TimeML file (see :func:`parse_timeml`)."""
    p = Path(path)
    return parse_timeml(p.read_text(encoding="utf-8"), name=p.name)


def read_timeml_dir(folder: str | Path) -> list[Document]:
    """Every ``*.tml`` file under ``folder``, sorted by name."""
    return [read_timeml(p) for p in sorted(Path(folder).rglob("*.tml"))]


def _escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def annotate_text(text: str, timexes: Iterable[object], first_tid: int = 1) -> str:
    """``text`` (XML-escaped) with a ``<TIMEX3 tid type value [mod]>`` tag around each timex.

    ``timexes`` are objects with ``start``, ``end``, ``type``, ``value`` and ``mod`` attributes,
    sorted and not overlapping.
    """
    out: list[str] = []
    last = 0
    for i, t in enumerate(timexes, start=first_tid):
        start, end = t.start, t.end  # type: ignore[attr-defined]
        if start < last:
            continue
        mod = getattr(t, "mod", None)
        mod_attr = f' mod="{mod}"' if mod else ""
        out.append(_escape(text[last:start]))
        out.append(
            f'<TIMEX3 tid="t{i}" type="{t.type}" value="{_escape(t.value)}"{mod_attr}>'  # type: ignore[attr-defined]
            f"{_escape(text[start:end])}</TIMEX3>"
        )
        last = end
    out.append(_escape(text[last:]))
    return "".join(out)


def write_timeml(doc: Document, timexes: Iterable[object]) -> str:
    """The TimeML file for ``doc`` with ``timexes`` as its only annotations in TEXT.

    Everything before ``<TEXT>`` (DOCID, DCT, TITLE, ...) is kept as it was; gold tags inside
    TEXT are dropped, every character of the text is kept; links and instances after TEXT,
    which would point at gold events, are left out.
    """
    head = doc.source.split("<TEXT>", 1)[0] if doc.source else (
        '<?xml version="1.0" ?>\n<TimeML>\n<DCT><TIMEX3 tid="t0" type="DATE" value="'
        f'{doc.dct}" temporalFunction="false" functionInDocument="CREATION_TIME">{doc.dct}</TIMEX3></DCT>\n\n'
    )
    return f"{head}<TEXT>{annotate_text(doc.text, timexes)}</TEXT>\n\n</TimeML>\n"


# --- MEANTIME (CAT XML) -------------------------------------------------------------------

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def read_meantime(path: str | Path, max_sentence: int | None = 5) -> Document:
    """Read a MEANTIME CAT XML file: text rebuilt from tokens, TIMEX3s with offsets.

    Sentences are joined by newlines, tokens by single spaces except before closing punctuation
    and clitics. The creation-time markable is part of the text in MEANTIME and is kept as a
    gold timex; its value is the document's DCT. MEANTIME annotated only the title, the date
    line and the first four sentences (sentences 0-5); by default the text stops there, so that
    what the annotators did not look at is not counted as false alarms.
    """
    p = Path(path)
    root = ET.parse(p).getroot()
    offsets: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    pos = 0
    prev_sent = None
    prev_tok = ""
    quote_open = False
    for tok in root.iter("token"):
        word = tok.text or ""
        sent = tok.get("sentence")
        if max_sentence is not None and int(sent or 0) > max_sentence:
            break
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n"
        elif word in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        elif word == '"':
            sep = "" if quote_open else " "
        elif prev_tok == '"' and quote_open:
            sep = ""
        else:
            sep = " "
        if word == '"':
            quote_open = not quote_open
        parts.append(sep)
        pos += len(sep)
        offsets[tok.get("t_id", "")] = (pos, pos + len(word))
        parts.append(word)
        pos += len(word)
        prev_sent, prev_tok = sent, word
    text = "".join(parts)
    gold: list[GoldTimex] = []
    dct = ""
    markables = root.find("Markables")
    for tx in (markables.iter("TIMEX3") if markables is not None else []):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value", "")
        spans = [offsets[i] for i in ids if i in offsets]
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        gold.append(GoldTimex(start, end, text[start:end], tx.get("type", ""), tx.get("value", ""),
                              tx.get("m_id", ""), tx.get("mod") or None))
    if not dct:
        raise TimeMLError(f"{p.name}: no CREATION_TIME TIMEX3")
    gold.sort(key=lambda g: g.start)
    return Document(name=p.name, dct=dct, text=text, gold=gold)
