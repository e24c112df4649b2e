"""The :class:`Timex`: one time expression found in a text, with its TimeML value and interval."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass
class Timex:
    """A TIMEX3: ``text[start:end]`` is the expression.

    ``value`` is the TimeML value (``2022-09-30``, ``2022-W39``, ``P1W``, ``PAST_REF`` ...),
    ``mod`` the TimeML mod (``START``, ``END``, ``APPROX`` ...) or None, ``interval`` the first
    and last instant the value covers as ISO strings (None for durations, sets, vague and
    partly unknown values), ``rule`` the rule's name and the reasoning behind the value.
    ``tense`` and ``tense_cue`` are the tense the resolution used (when it needed one) and
    ``anchor`` the date a relative expression was counted from.
    """

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    interval: tuple[str, str] | None = None
    rule: str = ""
    rule_name: str = ""
    underspecified: str = ""
    tense: str | None = None
    tense_cue: str | None = None
    anchor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (``interval`` as a two-item list or None)."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "type": self.type,
            "value": self.value,
            "interval": list(self.interval) if self.interval else None,
            "rule": self.rule,
            "mod": self.mod,
            "rule_name": self.rule_name,
            "underspecified": self.underspecified,
            "tense": self.tense,
            "tense_cue": self.tense_cue,
            "anchor": self.anchor,
        }

    def explain(self) -> str:
        """A few readable lines: what was found, its value and why."""
        lines = [f"{self.text!r} [{self.start}:{self.end}] {self.type} {self.value}"
                 + (f" (mod {self.mod})" if self.mod else "")]
        lines.append(f"  rule: {self.rule_name}  (the words say {self.underspecified})")
        lines.append(f"  why:  {self.rule.split(': ', 1)[-1]}")
        if self.interval:
            lines.append(f"  interval: {self.interval[0]} .. {self.interval[1]}")
        return "\n".join(lines)
