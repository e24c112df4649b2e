"""SemEval-2015 Track A rules of dateline.timelines.entity_timelines: which mentions and events count,
and how coreferent mentions share a date."""

from __future__ import annotations

from pathlib import Path

from dateline.timelines.entity_timelines import (
    _Found,
    _matches,
    corefer_dates,
    entity_kind,
    entity_timeline,
    parse_document,
)
from dateline.timelines.semeval import read_document

HEAD = """<?xml version="1.0" encoding="utf-8"?>
<TimeML><DOCID>{docid}</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="{dct}">{dct}</TIMEX3></DCT>
<EXTRAINFO>t</EXTRAINFO><TEXT>{sents}</TEXT></TimeML>
"""


def _doc(tmp_path: Path, docid: str, dct: str, *sentences: str):
    sents = "".join(f'<s id="{i}">{s}</s>' for i, s in enumerate(sentences, start=1))
    path = tmp_path / f"{docid}.tml"
    path.write_text(HEAD.format(docid=docid, dct=dct, sents=sents), encoding="utf-8")
    return parse_document(read_document(path))


def _mentions(rows) -> dict[str, str]:
    return {m: r.date for r in rows for m in r.mentions}


def test_plural_names_but_not_other_models():
    low = ["apple", "sold", "ipods", "and", "iphone", "4s"]
    assert _matches(low, 2, ("ipod",), plural=True)
    assert not _matches(low, 2, ("ipod",), plural=False)
    assert not _matches(low, 4, ("iphone", "4"), plural=True)  # the iPhone 4S is another phone


def test_corefer_dates_refines_and_fills_dates():
    found = [
        _Found("1-2-launched", "launch", "2003-04-28", "timex", "2008-01-09", True),
        _Found("2-3-launched", "launch", "2003-XX-XX", "timex", "2006-03-28", True),  # "in 2003"
        _Found("3-2-launch", "launch", "2008-04-09", "article", "2008-04-09", True),  # "since its launch"
        _Found("3-4-launch", "launch", "2008-04-09", "article", "2008-04-09", False),  # present: kept
        _Found("4-2-said", "say", "2008-04-09", "article", "2008-04-09", True),
        _Found("5-2-said", "say", "2007-01-01", "timex", "2007-01-02", True),
        _Found("6-2-said", "say", "2007-05-01", "timex", "2007-05-02", True),
    ]
    corefer_dates(found)
    dates = {f.mid: f.date for f in found}
    assert dates["2-3-launched"] == "2003-04-28"
    assert dates["3-2-launch"] == "2003-04-28"
    assert dates["3-4-launch"] == "2008-04-09"
    assert dates["4-2-said"] == "2008-04-09"  # "say" has two dates elsewhere: no single coreferent


def test_corefer_needs_an_earlier_date_from_another_document():
    found = [
        _Found("1-2-release", "release", "2010-06-24", "timex", "2010-06-16", True),  # future of doc 1
        _Found("1-5-release", "release", "2010-06-16", "article", "2010-06-16", True),
        _Found("2-2-released", "release", "2010-06-10", "article", "2010-06-10", True),
    ]
    corefer_dates(found)
    dates = {f.mid: f.date for f in found}
    assert dates["1-5-release"] == "2010-06-16"  # same document: its own date stands
    assert dates["2-2-released"] == "2010-06-10"  # the other date is after this article


def test_name_only_modifying_the_participant_is_not_the_participant(tmp_path):
    p = _doc(tmp_path, "301", "2005-10-13",
             "Apple sold the Zune .",
             "Zune owners complained about the battery .",
             "The Zune players broke last week .")
    rows = entity_timeline("Zune", [p])
    got = _mentions(rows)
    assert "301-1-sold" in got
    assert "301-2-complained" not in got  # the owners complained, not the Zune
    assert "301-3-broke" in got  # "Zune players" are Zunes


def test_hypothetical_events_are_left_out(tmp_path):
    p = _doc(tmp_path, "302", "2011-08-25",
             "Acme Corp bought Widget Inc on Monday .",
             "Acme Corp would sell Widget Inc if the price rose .")
    got = _mentions(entity_timeline("Acme Corp", [p]))
    assert "302-1-bought" in got
    assert "302-2-sell" not in got
    assert "302-2-sell" in _mentions(entity_timeline("Acme Corp", [p], skip_status=()))


def test_first_person_in_the_persons_quotation(tmp_path):
    p = _doc(tmp_path, "303", "2011-01-17",
             'John Smith wrote to the staff on Monday .',
             '" I have asked the board to approve the merger , " John Smith said .')
    got = _mentions(entity_timeline("John Smith", [p]))
    assert "303-2-asked" in got
    assert "303-2-asked" not in _mentions(entity_timeline("John Smith", [p], speakers=False))


def test_entity_kind(tmp_path):
    p = _doc(tmp_path, "304", "2011-01-17",
             "John Smith bought two Zunes and an iPhone 4 from Acme Corp .",
             "John Smith said Acme Corp was slow .")
    assert entity_kind([p], "John Smith") == "PERSON"
    assert entity_kind([p], "Zune") == "PRODUCT"  # seen in the plural
    assert entity_kind([p], "iPhone 4") == "PRODUCT"
    assert entity_kind([p], "Acme Corp") == "ORG"


def test_relative_dates_are_counted_from_the_narrative(tmp_path):
    p = _doc(tmp_path, "305", "2011-10-06",
             "John Smith started Acme Corp in 1976 .",
             "One year later John Smith was fired and he founded Widget Inc .")
    got = _mentions(entity_timeline("John Smith", [p]))
    assert got["305-1-started"] == "1976-XX-XX"
    assert got["305-2-fired"] == "1977-XX-XX"  # not the DCT: one year after 1976
    assert got["305-2-founded"] == "1977-XX-XX"


def test_subject_control_verb_gives_way_to_its_complement(tmp_path):
    p = _doc(tmp_path, "306", "2011-08-25",
             "John Smith has chosen to step down as CEO of Acme Corp .",
             "John Smith asked Mary Jones to lead the company .")
    got = _mentions(entity_timeline("John Smith", [p]))
    assert "306-1-step_down" in got and "306-1-chosen" not in got
    assert "306-2-asked" in got  # an object control verb stays
    assert "306-1-chosen" in _mentions(entity_timeline("John Smith", [p], control=False))


def test_future_passive_is_not_past_for_the_lede_day(tmp_path):
    p = _doc(tmp_path, "307", "2010-06-08",
             "Acme Corp unveiled the Zune 4 on Monday .",
             "The Zune 3 will be discontinued .")
    got = _mentions(entity_timeline("Zune 3", [p]))
    assert got["307-2-discontinued"] == "2010-06-08"  # the DCT, not Monday's news day


def test_particle_a_few_words_after_its_verb(tmp_path):
    p = _doc(tmp_path, "308", "2010-06-08",
             "John Smith rounded the show off with a song .")
    assert "308-1-rounded_off" in _mentions(entity_timeline("John Smith", [p]))


def test_light_verbs_count_for_a_product_subject_only(tmp_path):
    p = _doc(tmp_path, "309", "2010-06-08",
             "The Zune 4 has two cameras .",
             "John Smith has two Zune 4 phones .")
    got = _mentions(entity_timeline("Zune 4", [p]))
    assert "309-1-has" in got
    assert "309-2-has" not in got  # the product is not the subject
    assert "309-1-has" not in _mentions(entity_timeline("Zune 4", [p], light_subject=()))
    assert "309-2-has" not in _mentions(entity_timeline("John Smith", [p]))  # not for a person
