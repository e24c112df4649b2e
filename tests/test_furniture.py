"""The page-furniture layer (dateline.furniture): boxes and glued buttons found by offsets, and the
entities and events layers both leaving them alone."""

from __future__ import annotations

from dateline.furniture import block_ranges, furniture_ranges, glued_spans, inside


def test_glued_buttons_and_caption_words_are_found_case_insensitively():
    text = "Great news. THANK YOU FOR SUBSCRIBING! Image caption Protesters met in Union Square."
    spans = glued_spans(text)
    assert inside(text.index("THANK"), spans) and inside(text.index("caption"), spans)
    assert not inside(text.index("Protesters"), spans) and not inside(text.index("Union"), spans)


def test_phrases_match_whole_words_only():
    assert glued_spans("He spread more rumours. Already read more than once.") == [
        (len("He spread more rumours. Already "), len("He spread more rumours. Already read more"))]
    assert glued_spans("Brexit is unread moreover.") == []


def test_a_box_runs_from_its_start_to_its_end_phrase():
    text = ("The talks went on. skip past newsletter promotion Sign up to First Edition Privacy Policy "
            "after newsletter promotion The talks ended.")
    (a, b), = block_ranges(text)
    assert text[a:b].startswith("skip past") and text[a:b].endswith("after newsletter promotion")
    assert not inside(text.index("The talks ended"), furniture_ranges(text))


def test_a_start_phrase_without_its_end_makes_no_box():
    assert block_ranges("skip past newsletter promotion and then the story goes on.") == []
