"""Exports of the store: articles with their layers as JSON lines, events as CSV, and TimeML.

    from dateline.export import export_store
    export_store(store, "timeml", "out/")        # one .tml file per article
    export_store(store, "jsonl", "all.jsonl")    # one article a line, with every layer
    export_store(store, "csv", "events.csv")     # one event mention a row

Timelines have their own renderers (``dateline.timelines.render``: md, json, csv, html,
timelinejs). The TimeML written here carries dateline's TIMEX3s, its EVENTs with their
MAKEINSTANCEs (polarity, modality) and a TLINK from each event to the time expression that
dates it, so TimeML tools can read what dateline found.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

FORMATS = ("jsonl", "csv", "timeml")

EVENT_COLUMNS = [
    "article_id", "article_date", "title", "source", "url", "field", "start", "end", "trigger", "lemma", "type",
    "status", "date", "date_start", "date_end", "anchor", "before_anchor", "agents", "patients", "place",
    "sentence_start", "sentence_end", "sentence",
]


def _articles(store: Any, date_from: str | None, date_to: str | None) -> list[dict[str, Any]]:
    return store.articles(date_from=date_from, date_to=date_to)


def article_records(store: Any, *, date_from: str | None = None, date_to: str | None = None
                    ) -> Iterator[dict[str, Any]]:
    """Every stored article (by publication date) with its layers, as one JSON-ready dict each."""
    for row in _articles(store, date_from, date_to):
        art = store.get(row["id"])
        if art is None:
            continue
        layers = {t: store.layer(t, art["id"]) for t in ("timexes", "entity_mentions", "places", "quotes")}
        events = [json.loads(e["data"]) for e in store.layer("event_mentions", art["id"])]
        yield {"article": art, **layers, "events": events}


def events_csv(records: Sequence[dict[str, Any]] | Iterator[dict[str, Any]]) -> str:
    """Event mentions as CSV, one row each, with the article's date, title and source."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=EVENT_COLUMNS, extrasaction="ignore")
    w.writeheader()
    for rec in records:
        a = rec["article"]
        for e in rec["events"]:
            row = dict(e)
            row.update(
                article_date=a["date"], title=a["title"], source=a.get("source") or "", url=a.get("url") or "",
                agents="; ".join(p.get("entity") or p["text"] for p in e.get("agents") or []),
                patients="; ".join(p.get("entity") or p["text"] for p in e.get("patients") or []),
                place=(e.get("place") or {}).get("name") or "",
            )
            w.writerow(row)
    return buf.getvalue()


def _event_class(e: dict[str, Any]) -> str:
    if e.get("reporting"):
        return "REPORTING"
    return "OCCURRENCE"


def article_timeml(rec: dict[str, Any]) -> str:
    """One article as a TimeML document: DOCID, DCT, TITLE, and TEXT with TIMEX3 and EVENT tags."""
    a = rec["article"]
    text = a["text"]
    timexes = [t for t in rec.get("timexes", []) if t["field"] == "text"]
    events = [e for e in rec.get("events", []) if e["field"] == "text"]
    tags: list[tuple[int, int, str, str]] = []  # (start, end, open tag, close tag)
    tid_of: dict[tuple[int, int], str] = {}
    for n, t in enumerate(sorted(timexes, key=lambda t: t["start"]), start=1):
        tid = f"t{n}"
        tid_of[(t["start"], t["end"])] = tid
        tags.append((t["start"], t["end"],
                     f'<TIMEX3 tid="{tid}" type={quoteattr(t["type"])} value={quoteattr(t["value"])}>', "</TIMEX3>"))
    eid_of: list[tuple[str, dict[str, Any]]] = []
    for n, e in enumerate(sorted(events, key=lambda e: e["start"]), start=1):
        eid = f"e{n}"
        eid_of.append((eid, e))
        tags.append((e["start"], e["end"], f'<EVENT eid="{eid}" class="{_event_class(e)}">', "</EVENT>"))
    tags.sort(key=lambda x: (x[0], -x[1]))
    body: list[str] = []
    last = 0
    for start, end, open_tag, close_tag in tags:
        if start < last:  # overlapping annotations: TimeML tags cannot cross, keep the first
            continue
        body.append(escape(text[last:start]))
        body.append(open_tag + escape(text[start:end]) + close_tag)
        last = end
    body.append(escape(text[last:]))
    kept = {re.search(r'eid="(e\d+)"', t[2]).group(1) for t in tags if t[2].startswith("<EVENT")}  # type: ignore[union-attr]
    instances, links = [], []
    for n, (eid, e) in enumerate(eid_of, start=1):
        if eid not in kept:
            continue
        polarity = "NEG" if e.get("status") == "denied" else "POS"
        modality = ""
        if e.get("status") in ("planned", "hypothetical") and e.get("status_cue"):
            modality = f" modality={quoteattr(e['status_cue'])}"
        instances.append(f'<MAKEINSTANCE eiid="ei{n}" eventID="{eid}" polarity="{polarity}"{modality} />')
        tx = e.get("timex")
        if e.get("anchor") == "timex" and tx and (tx["start"], tx["end"]) in tid_of:
            links.append(f'<TLINK lid="l{len(links) + 1}" relType="IS_INCLUDED" eventInstanceID="ei{n}" '
                         f'relatedToTime="{tid_of[(tx["start"], tx["end"])]}" />')
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f"<DOCID>{escape(a['id'])}</DOCID>\n\n"
        f'<DCT><TIMEX3 tid="t0" type="DATE" value="{a["date"]}" temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{a["date"]}</TIMEX3></DCT>\n\n'
        f"<TITLE>{escape(a.get('title') or '')}</TITLE>\n\n"
        f"<TEXT>{''.join(body)}</TEXT>\n\n"
        + "".join(f"{x}\n" for x in instances + links)
        + "\n</TimeML>\n"
    )


def safe_filename(article_id: str) -> str:
    """A file name for an article id (ids may hold characters no file system likes)."""
    return re.sub(r"[^A-Za-z0-9._-]+", "_", article_id)[:150] or "article"


def export_store(store: Any, fmt: str, out: str | Path, *, date_from: str | None = None,
                 date_to: str | None = None) -> int:
    """Write the store's articles in ``fmt`` to ``out`` (a file; a folder for TimeML); returns how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
    out = Path(out)
    records = article_records(store, date_from=date_from, date_to=date_to)
    n = 0
    if fmt == "timeml":
        out.mkdir(parents=True, exist_ok=True)
        for rec in records:
            (out / f"{safe_filename(rec['article']['id'])}.tml").write_text(article_timeml(rec), encoding="utf-8")
            n += 1
        return n
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".partial")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        if fmt == "jsonl":
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        else:
            recs = list(records)
            fh.write(events_csv(recs))
            n = len(recs)
    tmp.replace(out)  # a complete file or none: an interrupted export never leaves half a file
    return n
