"""read_paths: folders, standard input, explicit files, ids, the demo corpus and real shared data."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import re
import shutil
import sys
from pathlib import Path

import pytest

from dateline.model import Article
from dateline.readers import ReaderError, ReadOptions, Rejected, read_paths

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "readers"
DEMO = ROOT / "data" / "demo"
SHARED = Path(os.environ.get("DATELINE_SHARED", ROOT.parent / "shared"))


def split(results):
    results = list(results)
    return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, Rejected)])


@pytest.fixture
def news_folder(tmp_path):
    """A folder tree with articles, a hidden file and folder, and files dateline does not read."""
    shutil.copytree(DATA / "folder", tmp_path / "news")
    root = tmp_path / "news"
    (root / ".hidden").mkdir()
    (root / ".hidden" / "secret.jsonl").write_text('{"date": "2023-06-03", "title": "Hidden", "text": "x"}\n')
    (root / ".dot.jsonl").write_text('{"date": "2023-06-03", "title": "Dotfile", "text": "x"}\n')
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "sub" / "deeper").mkdir()
    shutil.copy(DATA / "wire.rss", root / "sub" / "deeper" / "wire.rss")
    return root


def test_folder_is_read_recursively_skipping_hidden_and_unknown_files(news_folder):
    good, bad = split(read_paths([news_folder]))
    assert [a.title for a in good] == [
        "Minister's visit ends early", "Port reopens", "Talks resume in Geneva", "Harvest down by a third"]
    # Only the undated feed entry is rejected: notes.md, image.png and hidden files are skipped.
    assert [r.origin for r in bad] == [f"{news_folder}/sub/deeper/wire.rss#entry 3"]


def test_unknown_file_named_explicitly_is_rejected_with_reason(news_folder):
    good, bad = split(read_paths([news_folder / "notes.md", news_folder / "image.png"]))
    assert not good and len(bad) == 2
    assert "'.md' files" in bad[0].reason and "--format" in bad[0].reason


def test_forced_format_reads_an_unknown_extension(news_folder):
    (news_folder / "feed.data").write_bytes((DATA / "newsroom.atom").read_bytes())
    good, _ = split(read_paths([news_folder / "feed.data"], ReadOptions(format="feed")))
    assert [a.title for a in good] == ["Bridge reopens after repairs", "Library hours extended"]


def test_missing_path_raises_before_reading(tmp_path):
    with pytest.raises(ReaderError, match="no such file or folder"):
        read_paths([DATA / "page.html", tmp_path / "nope.jsonl"])
    with pytest.raises(ReaderError, match="unknown format"):
        read_paths([DATA / "page.html"], ReadOptions(format="docx"))


def test_unreadable_file_is_rejected(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root can read any file")
    f = tmp_path / "a.jsonl"
    f.write_text('{"date": "2022-01-01", "title": "x"}\n')
    f.chmod(0)
    _, [r] = split(read_paths([f]))
    assert "cannot be read" in r.reason


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, b'{"date": "2022-01-01", "title": "A", "text": "x"}\nnot json\n')
    good, bad = split(read_paths(["-"]))
    assert [a.title for a in good] == ["A"] and good[0].origin == "<stdin>:1"
    assert [r.origin for r in bad] == ["<stdin>:2"]


def test_stdin_seed_text_feed_and_forced_format(monkeypatch):
    _stdin(monkeypatch, b"date 2022-09-29 'Headline'\n\nBody.\n")
    [a] = read_paths(["-"])
    assert a.title == "Headline" and a.origin == "<stdin>"
    _stdin(monkeypatch, (DATA / "wire.rss").read_bytes())
    good, bad = split(read_paths(["-"]))
    assert len(good) == 2 and bad[0].origin == "<stdin>#entry 3"
    _stdin(monkeypatch, b"Plain words without a date.\n")
    [r] = read_paths(["-"])
    assert isinstance(r, Rejected) and r.reason.startswith("no date")
    _stdin(monkeypatch, b"Plain words.\n")
    [a] = read_paths(["-"], ReadOptions(format="text", date=dt.date(2022, 2, 2)))
    assert a.date == dt.date(2022, 2, 2)


def test_stdin_csv_and_empty(monkeypatch):
    _stdin(monkeypatch, (DATA / "articles.csv").read_bytes())
    good, _ = split(read_paths(["-"]))
    assert len(good) == 3 and good[0].origin == "<stdin>:2"
    _stdin(monkeypatch, b"")
    [r] = read_paths(["-"])
    assert isinstance(r, Rejected) and "empty" in r.reason


def test_same_record_read_twice_gets_the_same_id(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"date": "2022-01-01", "title": "A", "text": "Body."}) + "\n")
    g = tmp_path / "copy.jsonl"
    g.write_text("\n" + f.read_text())
    [a1] = read_paths([f])
    [a2, a3] = read_paths([g, f])
    assert a1.id == a2.id == a3.id and a1.id.startswith("h")
    [s1] = read_paths([DATA / "folder" / "2023-06-01-visit.txt"])
    [s2] = read_paths([DATA / "folder" / "2023-06-01-visit.txt"])
    assert s1.id == s2.id


def test_url_based_ids_match_across_formats(tmp_path):
    """The same URL gives the same id, from a feed and from JSON lines with another text."""
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"date": "2022-10-03", "title": "Other title", "text": "Other text",
                             "url": "HTTPS://Wire.Example.com/world/2022/10/03/talks-resume/#top"}) + "\n")
    [from_json] = read_paths([f])
    [from_feed, *_] = split(read_paths([DATA / "wire.rss"]))[0]
    assert from_json.id == from_feed.id and from_json.id.startswith("u")
    g = tmp_path / "b.jsonl"
    g.write_text(json.dumps({"date": "2022-10-03", "title": "T", "text": "x", "id": "wire-77"}) + "\n")
    [given] = read_paths([g])
    assert given.id == "wire-77"


# --- the bundled demo corpus ------------------------------------------------------------------


def test_demo_folder_reads_without_rejection():
    if not DEMO.is_dir():
        pytest.skip("data/demo has not been built (python tools/build_demo.py)")
    good, bad = split(read_paths([DEMO]))
    assert not bad, bad[:3]
    expected = 30 + (1 if (DEMO / "seed-2022-09-29.txt").exists() else 0)
    assert len(good) == expected
    ids = {a.id for a in good}
    assert len(ids) == len(good)
    apple = [a for a in good if a.id.startswith("meantime-")]
    assert len(apple) == 30
    assert all(a.url and a.url.startswith("http://en.wikinews.org/wiki/") for a in apple)
    assert all(dt.date(2005, 1, 1) <= a.date <= dt.date(2011, 12, 31) for a in apple)
    tiger = next(a for a in apple if a.id == "meantime-9549")
    assert tiger.title == "Reactions to Apple's OS X Tiger" and tiger.date == dt.date(2005, 5, 7)
    assert tiger.text.startswith("May 7, 2005\n\nIn chatrooms and on bulletin boards, Macintosh users "
                                 "and the Macintosh-curious are buzzing about Tiger")
    for a in apple:  # detokenized: no space before punctuation, none inside quotes
        assert not re.search(r" [,;:)%]| \.(?!\.\.)|\( |\w 's\b| n't\b", a.text), a.id
        assert ' " ' not in a.text and "'' " not in a.text and '``' not in a.text, a.id


def test_build_demo_detokenizer():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from build_demo import detokenize
    finally:
        sys.path.pop(0)
    toks = ['He', 'said', ',', '"', 'we', "'", 're', 'done', '.', '"', 'It', 'cost', '$', '5', '(', 'about',
            '£', '3', ')', '.', 'The', 'Beatles', "'", 'label', 'called', 'it', "'", 'fine', "'", '.']
    assert detokenize(toks) == ("He said, \"we're done.\" It cost $5 (about £3). "
                                "The Beatles' label called it 'fine'.")
    assert detokenize(["the", "Macintosh", "-", "curious", "and", "audio", "/", "video"]) == \
        "the Macintosh-curious and audio/video"


# --- real data from /work/shared ---------------------------------------------------------------


def test_seed_article_from_shared():
    seed = SHARED / "seed" / "annexation-2022-09-29.txt"
    if not seed.exists():
        pytest.skip("the seed article is not on this machine")
    [a] = read_paths([seed])
    assert a.date == dt.date(2022, 9, 29) and a.title.startswith("Tomorrow... a signing ceremony")
    assert a.text.startswith("Moscow will formally annex") and "Karine Jean-Pierre" in a.text


def test_tempeval_timeml_from_shared():
    folder = SHARED / "benchmarks" / "tempeval3-tbaq-cleaned" / "TimeBank"
    if not folder.is_dir():
        pytest.skip("TempEval-3 is not on this machine")
    files = sorted(folder.glob("*.tml"))[:20]
    good, bad = split(read_paths(files))
    assert not bad and len(good) == len(files)
    for f, a in zip(files, good, strict=True):
        assert a.id == f.stem and a.date_source == "timeml" and len(a.text) > 100


def test_gdelt_text_files_dated_by_name():
    folder = SHARED / "benchmarks" / "ukraine" / "ukraine-war-gdelt-articles" / "articles"
    if not folder.is_dir():
        pytest.skip("the GDELT Ukraine articles are not on this machine")
    files = sorted(folder.glob("*.txt"))[:25]
    good, bad = split(read_paths(files))
    assert not bad and len(good) == 25
    assert all(a.date_source == "filename" and a.published for a in good)
    assert good[0].date == dt.date(2022, 1, 25)
