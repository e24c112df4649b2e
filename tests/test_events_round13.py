"""Round-13 rules of the events layer, on short made-up sentences: verbs that share everything but the verb
share the date written after the last of them ("invaded and annexed eight years ago"), a bare verb joined to
a past one takes no date from it ("departed on Tuesday and will sail"), and a verbless line in the future
("Grain deliveries to start this week") is planned. The last one had been dead code: spaCy makes a new
``Token`` object on every access, so ``tok.head is tok`` never held; tokens are now compared by index."""

from __future__ import annotations

from layer_checks import event_at_word


def test_verbs_sharing_their_arguments_share_the_date_after_them() -> None:
    text = "Russian forces must leave the areas they invaded and annexed eight years ago."
    for word in ("invaded", "annexed"):
        e = event_at_word(text, "2022-04-27", word)
        assert e is not None and (e.date, e.anchor) == ("2014", "timex"), word
    text = "The suspects were detained, questioned and released on Tuesday."
    for word in ("detained", "questioned", "released"):
        e = event_at_word(text, "2022-04-28", word)
        assert e is not None and (e.date, e.anchor) == ("2022-04-26", "timex"), word


def test_a_verb_with_its_own_object_keeps_its_own_date() -> None:
    text = "He left Apple and founded NeXT in 1985."
    left, founded = event_at_word(text, "2022-04-28", "left"), event_at_word(text, "2022-04-28", "founded")
    assert left is not None and left.anchor == "article"
    assert founded is not None and founded.date == "1985"


def test_a_later_act_joined_to_a_past_one_takes_no_date_from_it() -> None:
    text = "The vessel departed on Tuesday from the port of Pivdennyi and will sail to Djibouti, the ministry said."
    departed, sail = event_at_word(text, "2022-08-16", "departed"), event_at_word(text, "2022-08-16", "sail")
    assert departed is not None and departed.anchor == "timex"
    assert sail is not None and sail.status == "planned" and sail.anchor != "timex"
    text = "The court found the rules lawful at the beginning of December and did not share the arguments of Warsaw."
    share = event_at_word(text, "2022-02-16", "share")
    assert share is not None and (share.date, share.anchor) == ("2021-12", "timex")


def test_a_verbless_line_in_the_future_is_planned() -> None:
    e = event_at_word("Grain deliveries to start this week", "2022-07-26", "deliveries")
    assert e is not None and e.status == "planned"


def test_no_token_is_compared_by_identity() -> None:
    """``doc[1] is doc[1]`` is False in spaCy 3.8: a head is never ``is`` its token. Compare ``.i``."""
    import ast
    from pathlib import Path

    found = []
    for path in (Path(__file__).resolve().parents[1] / "dateline").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == "head" for s in sides):
                    found.append(f"{path.name}:{node.lineno}")
    assert not found, found


def test_a_day_honoured_gives_way_to_the_events_own_date() -> None:
    text = ("Lukashenko made the statement during a solemn meeting on the occasion of Victory Day on 7 May, "
            "BelTA has learned.")
    e = event_at_word(text, "2024-05-07", "meeting")
    assert e is not None and (e.date, e.status) == ("2024-05-07", "happened")
    text = "The parade on Victory Day was cancelled."
    e = event_at_word(text, "2024-05-07", "parade")
    assert e is not None and e.date == "2024-05-09"


def test_a_headlines_subject_to_verb_is_planned() -> None:
    for text, word in (("UN Security Council to meet Thursday over humanitarian situation in Ukraine", "meet"),
                       ("US to send older Abrams tanks to Ukraine, Pentagon spokesperson says", "send"),
                       ("US, UK, Netherlands and Denmark to deliver air defense equipment to Ukraine", "deliver"),
                       ("US Congress poised to pass 2 bills targeting Russia", "pass")):
        e = event_at_word(text, "2023-01-25", word)
        assert e is not None and e.status == "planned", text
    e = event_at_word("The law allowed farmers to sell their grain abroad.", "2023-01-25", "sell")
    assert e is None or e.status == "happened"
