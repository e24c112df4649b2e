"""The rule file and the word lists: every rule works on its example; mistakes are reported."""

from __future__ import annotations

import pytest

from dateline.time import tag
from dateline.time.resources import RESOURCES, ResourceError, load, load_list
from dateline.time.rules import RuleError, fill, load_rules, parse_rule

RULES = load_rules()


def test_rule_names_are_unique_and_typed():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert {r.type for r in RULES} == {"DATE", "TIME", "DURATION", "SET"}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_tags_its_example(rule):
    found = tag(rule.example, "2022-09-29")
    assert rule.name in {t.rule_name for t in found}, (rule.example, [(t.text, t.rule_name) for t in found])
    for t in found:
        assert rule.example[t.start : t.end] == t.text


def _cols(pattern: str, value: str = "XXXX-{M}", name: str = "r") -> list[str]:
    return [name, "DATE", pattern, value, "-", "in May"]


@pytest.mark.parametrize(
    ("cols", "message"),
    [
        (_cols("{nosuchlist:M}"), "unknown list {nosuchlist}"),
        (_cols("{month:M}", "XXXX-{Q}"), "names no group"),
        (_cols("{month:M}", "{nofunc(M)}"), "unknown template function"),
        (["r", "DAY", "{month:M}", "XXXX-{M}", "-", "in May"], "type must be one of"),
        (_cols("( {month:M}"), "missing ')'"),
        (_cols("{month:M} ??"), "'??'"),
        (_cols("the?"), "can match nothing"),
        (["r", "DATE", "{month:M}"], "expected 6 tab-separated columns"),
        (_cols("[ {month:M} ] [ the ]"), "at most one"),
    ],
)
def test_rule_errors_name_file_and_line(cols, message):
    with pytest.raises(RuleError) as err:
        parse_rule(cols, 7, load(), "rules.tsv")
    assert "rules.tsv:7" in str(err.value)
    assert message in str(err.value)


def test_a_duplicate_rule_name_is_refused(tmp_path):
    path = tmp_path / "rules.tsv"
    line = "\t".join(_cols("{month:M}", name="twice"))
    path.write_text(f"# header\n{line}\n{line}\n")
    with pytest.raises(RuleError, match=r"rules.tsv:3: rule 'twice' already defined on line 2"):
        load_rules.__wrapped__(path)


def test_list_errors_name_file_and_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("# a list\nmonday\t1\ntuesday\n")
    with pytest.raises(ResourceError, match=r"bad.tsv:3"):
        load_list(bad)
    bad.write_text("#int:5-200\n")
    with pytest.raises(ResourceError, match=r"bad.tsv:1: bad number shape"):
        load_list(bad)
    bad.write_text("# a list\nsell-off\t-\n")  # the scanner reads "sell - off": the entry could never match
    with pytest.raises(ResourceError, match=r"bad.tsv:2: 'sell-off' is more than one token"):
        load_list(bad)


def test_resources_are_data_files():
    lists = {p.stem for p in (RESOURCES / "lists").glob("*.tsv")}
    assert {"month", "weekday", "unit", "part_of_day", "season", "holiday"} <= lists
    assert (RESOURCES / "tense.tsv").exists() and (RESOURCES / "rules.tsv").exists()
    res = load()
    assert res.lists["month"].words["sept."] == "09"
    assert "May" in res.lists["month"].cased and "may" not in res.lists["month"].words


def test_template_fill():
    assert fill("XXXX-{M}-{pad2(D)}", {"M": "09", "D": 3}) == "XXXX-09-03"
    assert fill("T{h12(H, A)}:00", {"H": 3, "A": "12"}) == "T15:00"
    assert fill("P{N}{U}", {"N": 2.5, "U": "Y"}) == "P2.5Y"
    assert fill("XXXX-{M}", {}) is None
