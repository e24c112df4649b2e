"""A timeline query names a sentence by stem, by a word of the same kind of event, or by another
spelling of a long name."""

from __future__ import annotations

import pytest

from dateline.timelines.query import names_query


@pytest.mark.parametrize("query, text", [
    ("annexation", "Russia annexed Crimea in 2014."),
    ("invasion", "Russian troops invade Ukraine."),
    ("Zelensky", "President Zelenskiy said the talks failed."),
    ("Zaporizhzhia", "shelling near the Zaporozhye nuclear plant"),
])
def test_query_names_the_sentence(query: str, text: str) -> None:
    assert names_query(query, text)


@pytest.mark.parametrize("query, text", [
    ("annexation", "Putin spoke about grain exports."),
    ("annexation", "Russia has started incorporating repeat strikes."),  # a synonym with other senses
    ("grain", "A green light for the deal."),
    ("Zelensky annexation", "President Zelenskiy said the talks failed."),
])
def test_query_does_not_name_the_sentence(query: str, text: str) -> None:
    assert not names_query(query, text)
