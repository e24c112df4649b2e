"""The quotation record: what was said (content), by whom (speaker), with which cue, and how."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

KINDS = ("direct", "mixed", "indirect", "stance")


@dataclass(slots=True)
class Quote:
    """One attribution: content with its speaker and cue, as character offsets into the text.

    ``content`` covers the quoted or reported words (for a direct quote, the marks included).
    ``speaker`` is the local mention, as written where the quote is attributed ("he",
    "the spokesman", "spokesman Dmitry Peskov"); ``speaker_name`` is the name it stands for
    ("Dmitry Peskov"), or None when no name could be found. ``cue`` is the word or words that
    introduce the quote ("said", "told", "according to", ":"). ``kind`` is "direct" (the
    content is a quotation in marks), "mixed" (reported speech with quoted words in it) or
    "indirect" (reported speech without marks) or "stance" (a position taken on something named,
    not words: "condemned [the decision]", "rejected [the proposal]", "denied [the allegations]").
    """

    content: tuple[int, int]
    content_text: str
    speaker: tuple[int, int] | None
    speaker_text: str
    speaker_name: str | None
    cue: tuple[int, int] | None
    cue_text: str
    kind: str

    @property
    def start(self) -> int:
        return self.content[0]

    @property
    def end(self) -> int:
        return self.content[1]

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict with spans as ``[start, end]`` lists."""
        return {
            "content": list(self.content),
            "content_text": self.content_text,
            "speaker": list(self.speaker) if self.speaker else None,
            "speaker_text": self.speaker_text,
            "speaker_name": self.speaker_name,
            "cue": list(self.cue) if self.cue else None,
            "cue_text": self.cue_text,
            "kind": self.kind,
        }
