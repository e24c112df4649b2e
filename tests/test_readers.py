"""Each reader on real-looking and malformed input: articles or clear Rejected records, no tracebacks."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.readers import (
    ReadOptions,
    Rejected,
    detect_format,
    read_csv,
    read_feed,
    read_html,
    read_jsonl,
    read_seed_text,
    read_text,
    read_timeml,
)

DATA = Path(__file__).resolve().parent / "data" / "readers"


def articles(results):
    return [r for r in results if isinstance(r, Article)]


def rejected(results):
    return [r for r in results if isinstance(r, Rejected)]


# --- seed format and plain text -------------------------------------------------------------


def test_seed_header_with_apostrophe_leading_space_and_double_quotes(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("  date 2022-09-29 'Putin's speech: it's done'\n\nFirst paragraph.\n\nSecond one.\n")
    [a] = list(read_seed_text(f))
    assert a.date == dt.date(2022, 9, 29) and a.date_source == "given"
    assert a.title == "Putin's speech: it's done"
    assert a.text == "First paragraph.\n\nSecond one."
    f.write_text('date 2022-09-30 "A \'quoted\' word"\nBody.')
    [a] = list(read_seed_text(f))
    assert a.title == "A 'quoted' word" and a.text == "Body."
    f.write_text("date 2022-9-1 'Short date'\nBody.")
    [a] = list(read_seed_text(f))
    assert a.date == dt.date(2022, 9, 1)


def test_seed_impossible_date_is_rejected_with_the_value(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("date 2022-02-30 'Leap'\n\nBody.\n")
    [r] = list(read_seed_text(f))
    assert isinstance(r, Rejected) and "2022-02-30" in r.reason and r.origin == str(f)


def test_seed_reader_refuses_text_without_the_header(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Just a body.\n")
    [r] = list(read_seed_text(f))
    assert isinstance(r, Rejected) and "date YYYY-MM-DD" in r.reason


def test_text_date_from_file_name_and_title_from_first_line(tmp_path):
    f = tmp_path / "20220125T090000Z_GB_en_7d015e6984.txt"
    f.write_text("Talks in Berlin\n\nMacron will call Putin on Friday.\n")
    [a] = list(read_text(f))
    assert a.date == dt.date(2022, 1, 25) and a.date_source == "filename"
    assert a.published == "2022-01-25T09:00:00Z" and a.title == "Talks in Berlin"
    assert a.text == "Macron will call Putin on Friday."


def test_text_first_sentence_is_not_taken_as_title(tmp_path):
    f = tmp_path / "2022-03-01-story.txt"
    f.write_text("Macron will call Putin on Friday.\n\nThe call was confirmed.\n")
    [a] = list(read_text(f))
    assert a.title == "" and a.text.startswith("Macron will call")


def test_a_dateline_first_line_is_no_title(tmp_path):
    f = tmp_path / "2023-07-27-story.txt"
    f.write_text("CNN —\n\nA summit between Putin and African leaders began on Thursday.\n")
    [a] = list(read_text(f))
    assert a.title == "" and a.text.startswith("CNN —\n\nA summit")


def test_text_without_any_date_is_rejected_never_dated_today(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Something happened.\n")
    [r] = list(read_text(f))
    assert isinstance(r, Rejected) and r.reason.startswith("no date")
    [a] = list(read_text(f, ReadOptions(date=dt.date(2020, 5, 1))))
    assert a.date == dt.date(2020, 5, 1) and a.date_source == "given"


def test_text_with_seed_header_is_read_as_seed(tmp_path):
    f = tmp_path / "x.txt"
    f.write_text("date 2021-01-02 'Headline'\nBody text.\n")
    [a] = list(read_text(f))
    assert a.title == "Headline" and a.date == dt.date(2021, 1, 2)


def test_empty_and_binary_files_are_rejected(tmp_path):
    empty = tmp_path / "2022-01-01.txt"
    empty.write_bytes(b"")
    blank = tmp_path / "2022-01-02.txt"
    blank.write_bytes(b"\n  \n")
    binary = tmp_path / "2022-01-03.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    for f, word in ((empty, "empty"), (blank, "empty"), (binary, "binary")):
        for reader in (read_text, read_seed_text, read_jsonl, read_csv, read_html, read_timeml, read_feed):
            results = list(reader(f))
            assert len(results) == 1 and isinstance(results[0], Rejected), (reader, f)
            assert word in results[0].reason, (reader.__name__, results[0].reason)


def test_cp1252_bytes_decode_with_a_warning(tmp_path, caplog):
    f = tmp_path / "2022-05-05-cafe.txt"
    f.write_bytes("Caf\u00e9 owners \u201cangry\u201d \u2013 prices up.\n".encode("cp1252"))
    [a] = list(read_text(f))
    assert a.text == "Caf\u00e9 owners \u201cangry\u201d \u2013 prices up."
    assert "Windows-1252" in a.extra["warnings"][0]
    assert any("Windows-1252" in rec.message for rec in caplog.records)


def test_utf16_with_bom_reads(tmp_path):
    f = tmp_path / "a.txt"
    f.write_bytes("date 2022-09-29 'Kyiv \u2013 news'\n\nBody \u00fcber.\n".encode("utf-16"))
    [a] = list(read_text(f))
    assert a.title == "Kyiv \u2013 news" and a.text == "Body \u00fcber." and not a.extra


# --- JSON lines and JSON ---------------------------------------------------------------------


def _jsonl(tmp_path, lines, name="a.jsonl"):
    f = tmp_path / name
    f.write_text("\n".join(json.dumps(x) if not isinstance(x, str) else x for x in lines) + "\n")
    return f


def test_jsonl_reads_good_lines_and_rejects_bad_ones_by_line(tmp_path):
    f = _jsonl(tmp_path, [
        {"date": "2022-09-29", "title": "One", "text": "Body one.", "url": "https://x.org/1/"},
        "{not json",
        [1, 2],
        {"title": "No date", "text": "Body."},
        {"date": "2022-02-30", "title": "Impossible", "text": "Body."},
        "",
        {"published": "2022-09-30T14:03:00Z", "headline": "Two", "body": "Body two."},
        {"date": "2022-10-01", "text": 42},
    ])
    results = list(read_jsonl(f))
    good = articles(results)
    bad = {r.origin.rsplit(":", 1)[1]: r.reason for r in rejected(results)}
    assert [a.title for a in good] == ["One", "Two"]
    assert good[0].url == "https://x.org/1/" and good[0].origin == f"{f}:1"
    assert good[1].date == dt.date(2022, 9, 30) and good[1].published == "2022-09-30T14:03:00Z"
    assert good[1].date_precision == "minute"
    assert "not valid JSON" in bad["2"]
    assert "expected an object" in bad["3"] and "a list" in bad["3"]
    assert bad["4"].startswith("no date")
    assert "2022-02-30" in bad["5"]
    assert "int" in bad["8"]
    assert set(bad) == {"2", "3", "4", "5", "8"}


def test_jsonl_field_options_with_dotted_paths(tmp_path):
    f = _jsonl(tmp_path, [{"meta": {"when": "2021-07-04", "link": "https://e.com/a"},
                           "head": "Fireworks", "content": {"plain": "They were loud."}, "src": "Wire"}])
    opts = ReadOptions(date_field="meta.when", title_field="head", text_field="content.plain",
                       url_field="meta.link", source_field="src")
    [a] = list(read_jsonl(f, opts))
    assert (a.date, a.title, a.text, a.url, a.source) == (
        dt.date(2021, 7, 4), "Fireworks", "They were loud.", "https://e.com/a", "Wire")
    [r] = list(read_jsonl(f, ReadOptions(date_field="meta.missing")))
    assert isinstance(r, Rejected) and "'meta.missing'" in r.reason


def test_jsonl_fallback_date_and_source(tmp_path):
    f = _jsonl(tmp_path, [{"title": "T", "text": "B"}])
    [a] = list(read_jsonl(f, ReadOptions(date=dt.date(2020, 1, 2), source="Desk")))
    assert a.date == dt.date(2020, 1, 2) and a.source == "Desk"


def test_json_array_and_object_files(tmp_path):
    arr = tmp_path / "a.json"
    arr.write_text(json.dumps([{"date": "2022-01-01", "title": "A", "text": "x"}, "oops",
                               {"date": "2022-01-02", "title": "B", "text": "y"}], indent=2))
    results = list(read_jsonl(arr))
    assert [a.title for a in articles(results)] == ["A", "B"]
    assert [r.origin for r in rejected(results)] == [f"{arr}#entry 2"]
    obj = tmp_path / "b.json"
    obj.write_text(json.dumps({"articles": [{"date": "2022-01-03", "title": "C", "text": "z"}]}, indent=2))
    assert [a.title for a in articles(read_jsonl(obj))] == ["C"]
    one = tmp_path / "c.json"
    one.write_text(json.dumps({"date": "2022-01-04", "title": "D", "text": "w"}, indent=2))
    [a] = list(read_jsonl(one))
    assert a.title == "D" and a.origin == str(one)
    broken = tmp_path / "d.json"
    broken.write_text('[{"date": "2022-01-01",')
    [r] = list(read_jsonl(broken))
    assert isinstance(r, Rejected) and "not valid JSON" in r.reason


def test_jsonl_whose_first_line_is_broken_still_reads_the_rest(tmp_path):
    f = _jsonl(tmp_path, ['{"date": "2022-01-01", "title": broken',
                          {"date": "2022-01-02", "title": "Fine", "text": "ok"}])
    results = list(read_jsonl(f))
    assert [a.title for a in articles(results)] == ["Fine"]
    assert [r.origin for r in rejected(results)] == [f"{f}:1"]


def test_jsonl_huge_single_line_is_rejected_in_bounded_memory(tmp_path):
    f = tmp_path / "big.jsonl"
    with f.open("wb") as fh:
        fh.write(b'{"date": "2022-01-01", "title": "Big", "text": "')
        chunk = b"x" * (1 << 20)
        for _ in range(50):
            fh.write(chunk)
        fh.write(b'"}\n{"date": "2022-01-02", "title": "Small", "text": "after"}\n')
    results = list(read_jsonl(f))
    assert isinstance(results[0], Rejected) and results[0].origin == f"{f}:1"
    assert "MB" in results[0].reason and "limit" in results[0].reason
    assert [a.title for a in articles(results)] == ["Small"]


@pytest.mark.slow
def test_jsonl_huge_line_is_read_under_a_higher_limit(tmp_path):
    f = tmp_path / "big.jsonl"
    f.write_bytes(b'{"date": "2022-01-01", "title": "Big", "text": "' + b"x" * (50 << 20) + b'"}\n')
    [big] = list(read_jsonl(f, ReadOptions(max_record_bytes=60_000_000)))
    assert len(big.text) == 50 << 20


def test_jsonl_cp1252_line_decodes_with_warning(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes('{"date": "2022-01-01", "title": "Caf\u00e9", "text": "Cr\u00e8me"}\n'.encode("cp1252"))
    [a] = list(read_jsonl(f))
    assert a.title == "Caf\u00e9" and a.extra["warnings"]


def test_jsonl_utf16(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_bytes('{"date": "2022-01-01", "title": "\u041a\u0438\u0457\u0432", "text": "x"}\n'.encode("utf-16"))
    [a] = list(read_jsonl(f))
    assert a.title == "\u041a\u0438\u0457\u0432"


# --- CSV and TSV ------------------------------------------------------------------------------


def test_csv_rows_with_usual_names_multiline_cells_and_bad_rows():
    results = list(read_csv(DATA / "articles.csv"))
    good = articles(results)
    assert [a.title for a in good] == ["Polls open in the capital", "Short row", "Results announced"]
    assert good[0].url == "https://example.com/polls" and good[0].date == dt.date(2022, 10, 1)
    assert good[2].text == "The count finished overnight.\nTurnout was 61%."
    assert good[2].origin.endswith("articles.csv:6")
    bad = {r.origin.rsplit(":", 1)[1]: r.reason for r in rejected(results)}
    assert "2022-02-30" in bad["3"] and bad["4"].startswith("no date") and len(bad) == 2


def test_tsv_with_id_and_timestamp():
    a, b = read_csv(DATA / "articles.tsv")
    assert (a.id, a.published, a.date_precision) == ("x1", "2023-05-01T10:00:00Z", "minute")
    assert b.title == "Rate decision" and b.text == "The bank kept rates on hold."


def test_csv_missing_columns_are_named(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("title,text\nA,B\n")
    [r] = list(read_csv(f))
    assert isinstance(r, Rejected) and "no date" in r.reason and "title, text" in r.reason
    [a] = list(read_csv(f, ReadOptions(date=dt.date(2022, 1, 1))))
    assert a.title == "A"
    g = tmp_path / "b.csv"
    g.write_text("when,who\n2022-01-01,x\n")
    [r] = list(read_csv(g, ReadOptions(date_field="when")))
    assert isinstance(r, Rejected) and "no text or title column" in r.reason
    [r] = list(read_csv(g, ReadOptions(date_field="date")))
    assert "'date' column" in r.reason


def test_csv_explicit_fields_and_semicolons(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("Datum;Kop;Tekst\n2022-03-04;Kop een;Tekst een\n")
    [a] = list(read_csv(f, ReadOptions(date_field="Datum", title_field="Kop", text_field="Tekst")))
    assert (a.title, a.text) == ("Kop een", "Tekst een")


# --- HTML -------------------------------------------------------------------------------------


def test_html_main_text_title_and_metadata_date():
    [a] = list(read_html(DATA / "page.html"))
    assert a.date == dt.date(2023, 3, 14) and a.date_source == "metadata"
    assert a.published == "2023-03-14T08:30:00+01:00" and a.date_precision == "minute"
    assert a.title == "Regional council approves new tram line"
    assert a.url == "https://gazette.example.org/news/2023/03/tram-line"
    assert a.source == "Riverside Gazette"
    assert a.text.startswith("The regional council on Monday approved")
    assert "Marta Olsen" in a.text and "Home" not in a.text and "All rights reserved" not in a.text


def test_html_without_date_is_rejected_unless_given():
    [r] = list(read_html(DATA / "undated.html"))
    assert isinstance(r, Rejected) and r.reason.startswith("no date")
    [a] = list(read_html(DATA / "undated.html", ReadOptions(date=dt.date(2020, 2, 2))))
    assert a.date == dt.date(2020, 2, 2) and a.date_source == "given" and "newsroom" in a.text


def test_broken_html_still_reads():
    [a] = list(read_html(DATA / "broken.html"))
    assert a.date == dt.date(2021, 11, 2) and a.title == "Storm closes coastal road"
    assert "highways agency" in a.text and "<" not in a.text and "&amp;" not in a.text


def test_html_that_is_not_html(tmp_path):
    f = tmp_path / "a.html"
    f.write_text("no tags at all")
    [r] = list(read_html(f))
    assert isinstance(r, Rejected) and "not HTML" in r.reason


# --- feeds ------------------------------------------------------------------------------------


def test_rss_entries_html_summaries_local_dates_and_undated_entry():
    results = list(read_feed(DATA / "wire.rss"))
    a, b = articles(results)
    assert a.title == "Talks resume in Geneva" and a.source == "Example Wire: World"
    assert a.text == "Negotiators resumed talks in Geneva on Monday.\n\nA second round is planned for next week."
    # 22:15 at -04:00 is the 3rd where it was published (the 4th in UTC).
    assert a.date == dt.date(2022, 10, 3) and a.date_source == "feed"
    assert a.url == "https://wire.example.com/world/2022/10/03/talks-resume"
    assert a.extra["guid"] == "wire-1001"
    assert b.date == dt.date(2022, 10, 4)
    [r] = rejected(results)
    assert r.origin.endswith("wire.rss#entry 3") and r.reason.startswith("no date")


def test_atom_content_updated_date_and_script_dropped():
    a, b = read_feed(DATA / "newsroom.atom")
    assert a.date == dt.date(2024, 1, 8) and a.published == "2024-01-08T07:45:00+01:00"
    assert a.text == "The old bridge reopened on Monday after eight months of repairs.\n\nCyclists get a separate lane."
    assert b.date == dt.date(2024, 1, 5) and b.text.startswith("The central library")


def test_feed_with_no_dates(tmp_path):
    results = list(read_feed(DATA / "nodates.rss"))
    assert len(results) == 2 and all(isinstance(r, Rejected) and "no date" in r.reason for r in results)
    good = list(read_feed(DATA / "nodates.rss", ReadOptions(date=dt.date(2019, 9, 9))))
    assert [a.date for a in good] == [dt.date(2019, 9, 9)] * 2
    assert {a.source for a in good} == {"Undated Feed"}


def test_not_a_feed(tmp_path):
    f = tmp_path / "a.rss"
    f.write_text("<<< this is not xml")
    [r] = list(read_feed(f))
    assert isinstance(r, Rejected) and ("feed" in r.reason)


# --- TimeML -----------------------------------------------------------------------------------


def test_timeml_dct_docid_title_and_every_character_of_text():
    [a] = list(read_timeml(DATA / "sample.tml"))
    assert a.id == "SAMPLE-0001" and a.date == dt.date(1998, 2, 27) and a.date_source == "timeml"
    assert a.title == "Shipping strike ends"
    assert a.text == ("\nThe dock workers' strike ended yesterday after \"long\" talks & a vote.\n\n"
                      "Ships   will sail again on Monday.\n")


def test_timeml_without_dct(tmp_path):
    f = tmp_path / "a.tml"
    f.write_text("<TimeML><TEXT>Some text.</TEXT></TimeML>")
    [r] = list(read_timeml(f))
    assert isinstance(r, Rejected) and r.reason.startswith("no date")
    [a] = list(read_timeml(f, ReadOptions(date=dt.date(2001, 1, 1))))
    assert a.date == dt.date(2001, 1, 1) and a.text == "Some text." and a.date_source == "given"
    g = tmp_path / "b.tml"
    g.write_text("<TimeML><DCT><TIMEX3 value=\"1999-13-01\"/></DCT><TEXT>x</TEXT></TimeML>")
    [r] = list(read_timeml(g))
    assert isinstance(r, Rejected) and "1999-13-01" in r.reason


# --- format detection -------------------------------------------------------------------------


@pytest.mark.parametrize("name,head,kind", [
    ("a.jsonl", b'{"a": 1}', "jsonl"),
    ("a.json", b"[]", "json"),
    ("a.csv", b"date,title", "csv"),
    ("a.tsv", b"date\ttitle", "tsv"),
    ("a.htm", b"<html>", "html"),
    ("a.xml", b'<?xml version="1.0"?><rss version="2.0">', "feed"),
    ("a.xml", b"<feed xmlns='http://www.w3.org/2005/Atom'>", "feed"),
    ("a.xml", b"<TimeML><DOCID>x</DOCID>", "timeml"),
    ("a.xml", b"<Document doc_id='1'>", "unknown"),
    ("a.tml", b"", "timeml"),
    ("a.txt", b" date 2022-09-29 'x'\n", "seed"),
    ("a.txt", b"plain\n", "text"),
    ("a.docx", b"PK", "unknown"),
    ("-", b'{"date": "2022-01-01"}\n', "jsonl"),
    ("-", b'[\n{"date": "2022-01-01"}]', "json"),
    ("-", b'{\n  "date": "2022-01-01"\n}', "json"),
    ("-", b"date 2022-01-01 'x'\nbody", "seed"),
    ("-", b"<rss><channel>", "feed"),
    ("-", b"<!DOCTYPE html><html>", "html"),
    ("-", b"date,title,text\n", "csv"),
    ("-", b"Just words.\n", "text"),
])
def test_detect_format(name, head, kind):
    assert detect_format(name, head) == kind


def test_50_mb_inputs_of_every_kind_are_rejected_quickly(tmp_path):
    big = b"word " * 10_000_000
    txt = tmp_path / "2022-01-01-big.txt"
    txt.write_bytes(big)
    page = tmp_path / "big.html"
    page.write_bytes(b"<html><body><p>" + big + b"</p></body></html>")
    table = tmp_path / "big.csv"
    table.write_bytes(b"date,title,text\n2022-01-01,Big," + big + b"\n2022-01-02,Small,after\n")
    for reader, f in ((read_text, txt), (read_seed_text, txt), (read_html, page), (read_timeml, txt)):
        [r] = list(reader(f))
        assert isinstance(r, Rejected) and "50.0 MB" in r.reason and "limit" in r.reason
    results = list(read_csv(table))
    assert isinstance(results[0], Rejected) and results[0].origin.endswith(":2")
    assert "limit" in results[0].reason
    assert [a.title for a in articles(results)] == ["Small"]


def test_fallback_date_may_be_given_as_text(tmp_path):
    f = tmp_path / "story.txt"
    f.write_text("Something happened.\n")
    [a] = list(read_text(f, ReadOptions(date="2020-05-01")))
    assert a.date == dt.date(2020, 5, 1)
    from dateline.readers import ReaderError

    with pytest.raises(ReaderError, match="2020-13-01"):
        ReadOptions(date="2020-13-01")


def test_header_only_csv_and_unclosed_timeml(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("date,title,text\n")
    [r] = list(read_csv(f))
    assert isinstance(r, Rejected) and "no records" in r.reason
    g = tmp_path / "a.tml"
    g.write_text("<TimeML><DCT><TIMEX3 value='2001-01-01'/></DCT><TEXT>Broken <EVENT>tag")
    [r] = list(read_timeml(g))
    assert isinstance(r, Rejected) and "not closed" in r.reason
