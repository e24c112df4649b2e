"""Word lists of the quotation layer, kept as data files in ``dateline/quotes/data``.

* ``cues.tsv``: cue lemmas with their class (``speech``: can introduce a quotation in marks;
  ``report``: reported speech, thought or evaluation only; ``evidential``: the writer's
  judgement, whose grammatical subject is part of the content, "Trump seemed to ...") and the frames in which the verb
  carries content (``ccomp`` "said [that] ...", ``xcomp`` "vowed [to] ...", ``dobj``
  "denied [the report]", ``prep:for`` "called for [...]", ``para`` "[...], he said").
* ``noun_cues.tsv``: cue nouns with the frames in which they carry content ("the claim
  [that ...]" ``acl``, "criticism of [...]" ``prep:of``).
* ``adjective_cues.tsv``: the same for adjectives ("critical [of ...]", "confident [that ...]").
* ``colon_labels.txt``: section labels before a colon that name no speaker ("UPDATE: ...").
* ``cue_phrases.tsv``: prepositional cues whose object is the source ("according to X").
* ``titles.txt``: words that stand before a name and are not part of it ("spokesman",
  "Press Secretary", "Sen.").
* ``roles.tsv``: common nouns that stand for a speaker ("spokesman", "ministry", "poll"),
  with the kind of speaker (person or organisation) and gender where the word has one.
* ``first_names.tsv``: common given names with gender, to tell "he" from "she" apart.
* ``addressee_verbs.txt``: verbs of saying whose object is the listener ("told [Reuters]"), never
  the speaker after an inverted verb ("..., said [Smith]").
* ``link_labels.txt``: labels of lines that link another story ("Read also: ..."): no quotes.
* ``named_roles.tsv``: organisation role nouns that stand only for an organisation whose name says
  what it is ("the army" is no militia named before).
* ``role_titles.tsv``: titles a role noun may stand for ("the head of state" for "President X").
* ``deed_objects.tsv``: objects that make a cue verb a deed ("issued [an order]", "approved
  [the bill]", "will defend [our land]"): no attribution there.
* ``frame_objects.tsv``: the only direct objects with which a cue's prepositional frame
  attributes ("took [aim] at X", not "took the fight at late notice").
* ``boilerplate.txt``: patterns of site furniture kept in scraped bodies ("Sign up to our
  newsletter", "see our Privacy Policy", "Other Topics of Interest ..."): no quotes there.
* ``document_nouns.txt``: nouns of texts that speak for whoever issued them ("the statement
  says", "It reads"): the speaker's name is the author when the article gives one.
* ``authoring_verbs.txt``: participles whose "by" agent is a text's author ("a report [published]
  by X"), unlike "a document [reviewed] by X".
* ``deed_passives.txt``: cue verbs whose passive with a "by" agent is a deed ("was attacked by troops").
* ``hearsay_adverbs.txt``: adverbs that attribute their clause to an unnamed source ("reportedly").
* ``poll_nouns.txt``: nouns of a poll whose finding a clause with "in [a CNN poll]" reports.
* ``agent_cues.txt``: cue verbs that attribute only when their subject can speak ("the war is
  threatening to ..." tells what may happen).
* ``view_nouns.txt``: nouns of a view whose owner is the source of the clause ("in [his] view,
  X", "in the opinion of the ministry, X").
* ``infinitive_controllers.txt``: words whose infinitive is a capacity, schedule or obligation
  ("is [able] to defend", "is [due] to discuss"): a cue verb there is no attribution.
* ``credit_verbs.txt``: verbs of an outlet's credit line ("..., X told reporters, [Ukrinform
  reports]"): over an attribution with a speaker of its own they attribute nothing.
* ``office_roles.txt``: role nouns of office holders ("the mayor of Kharkiv"): the person is
  named by the office, not by the place or body the office is "of".
* ``headline_sources.txt``: nouns that may credit a wire headline after its colon besides names,
  role nouns and text nouns ("... put to test: [daily]", "...: [sources]").
* ``relay_verbs.txt``: verbs whose passive subject is the speaker and whose "by" agent only relays
  the words ("X was [quoted] by the paper as saying ...").
* ``place_roles.txt``: organisation role nouns a place name may stand for ("the [government]",
  "the [country]"); other ones ("the military", "the company") never resolve to a place.
* ``datelines.txt``: patterns of the wire-copy dateline ("MINSK, 30 September (BelTA) – ") that
  content starting a paragraph leaves out.
* ``holderless_verbs.txt``: verbs whose subject acts on a view held by others ("dampened [hopes] that
  ...", "denied [claims] that ..."): their object's cue noun has no source but its own.
* ``object_predicates.txt``: words that say something of the object of a cue, which then reports no
  content ("found him [guilty]", "Jury finds X [guilty] of fraud", "laid [bare] the downfall").
* ``embed_signatures.txt``: patterns of the signature of an embedded social-media post ("--
  Seattle Fire Dept (@SeattleFire) November 10, 2016"): the post before it is its author's.
* ``person_object_cues.txt``: cue verbs whose object frame is a stance only with a person for object,
  outside a reported clause ("supported [Charlie Crist]", not "support the bill").

Every file is checked when it loads: a malformed line is an error naming file and line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

FRAMES = ("ccomp", "xcomp", "dobj", "para")
CLASSES = ("speech", "report", "evidential")
SPEAKER_KINDS = ("person", "org", "any")
GENDERS = ("m", "f", "-")


class LexiconError(ValueError):
    """A data file of the quotation layer has a line that cannot be read."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue lemma: its class and the frames in which it carries content."""

    lemma: str
    cls: str
    frames: frozenset[str]


@dataclass(frozen=True, slots=True)
class Role:
    """A common noun that can stand for a speaker."""

    word: str
    kind: str
    gender: str


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, Cue]
    nouns: dict[str, frozenset[str]]  # cue noun lemma -> frames (acl, prep:WORD)
    adjectives: dict[str, frozenset[str]]  # cue adjective lemma -> frames (acl, prep:WORD)
    colon_labels: frozenset[str]  # "update", "note": labels, not speakers, before a colon
    phrases: dict[str, str]  # "according" -> "to": first word -> the word that takes the source
    titles: frozenset[str]  # lower-cased title words
    roles: dict[str, Role]
    first_names: dict[str, str]  # lower-cased name -> "m" / "f"
    addressee_verbs: frozenset[str] = frozenset()  # "tell": the noun after the verb is the listener
    link_labels: frozenset[str] = frozenset()  # "read also": a line linking another story
    datelines: tuple[re.Pattern[str], ...] = ()  # "MINSK, 30 September (BelTA) – "
    embeds: tuple[re.Pattern[str], ...] = ()  # "-- Name (@handle) November 10, 2016": a post's signature
    boilerplate: tuple[re.Pattern[str], ...] = ()  # "Sign up to our newsletter": site furniture
    deeds: dict[str, frozenset[str]] = field(default_factory=dict)  # "issue" -> {"order", ...}
    role_titles: dict[str, frozenset[str]] = field(default_factory=dict)  # "head" -> {"president", ...}
    named_roles: dict[str, frozenset[str]] = field(default_factory=dict)  # "army" -> {"army", "armed", ...}
    frame_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "take" -> {"aim", "swipe", ...}
    documents: frozenset[str] = frozenset()  # "statement", "report": texts that speak for their author
    authoring: frozenset[str] = frozenset()  # "publish", "issue": "a report [published] by X" is X's
    groups: frozenset[str] = frozenset()  # "force", "authority": plural speakers a "they" may stand for
    stances: frozenset[str] = frozenset()  # "condemn", "reject": a plain object is a stance, not words
    extraposing: frozenset[str] = frozenset()  # "take", "be": "It takes X [to guess]" has no speaker
    holders: frozenset[str] = frozenset()  # "convince": "X is convinced that" is X's belief
    plans: frozenset[str] = frozenset()  # "look", "aim": "looking [to weaponize gas]" is a plan
    # "support": its object frame attributes only with a person for object, outside a reported clause
    person_objects: frozenset[str] = frozenset()
    controllers: frozenset[str] = frozenset()  # "able", "due": "is able [to defend]" is no attribution
    credits: frozenset[str] = frozenset()  # "report", "learn": "..., X said, [Ukrinform reports]"
    offices: frozenset[str] = frozenset()  # "mayor", "head": "the mayor of Kharkiv" is a person
    commentators: frozenset[str] = frozenset()  # "analyst", "expert", "dr.": named only by these
    agent_cues: frozenset[str] = frozenset()  # "threaten": "the war threatens to ..." is no attribution
    views: frozenset[str] = frozenset()  # "view", "opinion": "in his [view], X" is his
    deed_passives: frozenset[str] = frozenset()  # "attack": "[was attacked] by soldiers" is a deed
    hearsay: frozenset[str] = frozenset()  # "reportedly": "the talks [reportedly] broke down" is hearsay
    polls: frozenset[str] = frozenset()  # "poll", "survey": "X leads [in a CNN poll]" is the poll's finding
    headline_sources: frozenset[str] = frozenset()  # "daily", "sources": "...: daily" credits a headline
    relays: frozenset[str] = frozenset()  # "quote": "X was quoted by Y as saying" is X's
    place_roles: frozenset[str] = frozenset()  # "government": a place may be "the government"
    plain: frozenset[str] = frozenset()  # "clear": "[X] made clear [that ...]" is X's
    holderless: frozenset[str] = frozenset()  # "dampened [hopes] that ...": the subject holds no hope
    predicates: frozenset[str] = frozenset()  # "guilty": "found him [guilty]" is a judgement, no content

    def titles_for(self, role: str) -> frozenset[str]:
        """The titles a person referred to by ``role`` may have been introduced with."""
        return frozenset({role}) | self.role_titles.get(role, frozenset())

    def speech(self, lemma: str) -> bool:
        cue = self.cues.get(lemma)
        return cue is not None and cue.cls == "speech"


def _data_dir() -> Path:
    return Path(str(files("dateline.quotes") / "data"))


def _rows(path: Path, ncols: tuple[int, int]) -> list[tuple[int, list[str]]]:
    """Non-comment lines split on tabs, checked to have between ncols[0] and ncols[1] fields."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not ncols[0] <= len(cols) <= ncols[1] or not cols[0]:
            raise LexiconError(f"{path.name}:{n}: expected {ncols[0]} to {ncols[1]} tab-separated fields, "
                               f"got {len(cols)}: {line!r}")
        out.append((n, cols))
    return out


def _frame_ok(frame: str) -> bool:
    return frame in FRAMES or (frame.startswith("prep:") and len(frame) > 5)


def read_cues(path: Path) -> dict[str, Cue]:
    cues: dict[str, Cue] = {}
    for n, cols in _rows(path, (3, 4)):
        lemma, cls, frames = cols[0], cols[1], cols[2].split()
        if cls not in CLASSES:
            raise LexiconError(f"{path.name}:{n}: class must be one of {CLASSES}, got {cls!r}")
        bad = [f for f in frames if not _frame_ok(f)]
        if bad:
            raise LexiconError(f"{path.name}:{n}: unknown frame(s) {bad}; known: {FRAMES} and prep:WORD")
        if lemma in cues:
            raise LexiconError(f"{path.name}:{n}: {lemma!r} is listed twice")
        cues[lemma] = Cue(lemma, cls, frozenset(frames))
    # British spellings ("criticise", "recognise") read as their "-ize" forms unless listed
    for lemma, cue in list(cues.items()):
        if lemma.endswith(("ize", "yze")):
            british = lemma[:-2] + "se"
            cues.setdefault(british, Cue(british, cue.cls, cue.frames))
    return cues


def read_roles(path: Path) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for n, cols in _rows(path, (3, 4)):
        word, kind, gender = cols[0].lower(), cols[1], cols[2]
        if kind not in SPEAKER_KINDS or gender not in GENDERS:
            raise LexiconError(f"{path.name}:{n}: kind must be one of {SPEAKER_KINDS} and gender one of "
                               f"{GENDERS}, got {kind!r} {gender!r}")
        roles[word] = Role(word, kind, gender)
    return roles


def read_first_names(path: Path) -> dict[str, str]:
    names: dict[str, str] = {}
    for n, cols in _rows(path, (2, 2)):
        gender = cols[0]
        if gender not in ("m", "f"):
            raise LexiconError(f"{path.name}:{n}: gender must be m or f, got {gender!r}")
        for name in cols[1].split():
            names[name.lower()] = gender
    return names


def read_words(path: Path) -> frozenset[str]:
    return frozenset(cols[0].lower() for _, cols in _rows(path, (1, 2)))


def read_patterns(path: Path, flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """One regular expression a line, compiled so that "^" matches at the start of any line."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            out.append(re.compile(line, re.M | flags))
        except re.error as e:
            raise LexiconError(f"{path.name}:{n}: bad pattern {line!r}: {e}") from e
    return tuple(out)


def read_noun_cues(path: Path) -> dict[str, frozenset[str]]:
    nouns: dict[str, frozenset[str]] = {}
    for n, cols in _rows(path, (2, 3)):
        lemma, frames = cols[0].lower(), cols[1].split()
        bare = [f.removeprefix("poss:") for f in frames]
        bad = [f for f in bare if f != "acl" and not (f.startswith("prep:") and len(f) > 5)]
        if not frames or bad:
            raise LexiconError(f"{path.name}:{n}: frames must be acl or prep:WORD (poss:FRAME: only with a "
                               f"possessor), got {cols[1]!r}")
        if lemma in nouns:
            raise LexiconError(f"{path.name}:{n}: {lemma!r} is listed twice")
        nouns[lemma] = frozenset(frames)
    return nouns


def read_phrases(path: Path) -> dict[str, str]:
    phrases: dict[str, str] = {}
    for n, cols in _rows(path, (1, 2)):
        words = cols[0].lower().split()
        if len(words) != 2:
            raise LexiconError(f"{path.name}:{n}: a cue phrase is two words ('according to'), got {cols[0]!r}")
        phrases[words[0]] = words[1]
    return phrases


@functools.cache
def load(data_dir: str | None = None) -> Lexicon:
    """The lexicon from ``data_dir`` (default: the package's own data files), read once."""
    d = Path(data_dir) if data_dir else _data_dir()
    return Lexicon(
        cues=read_cues(d / "cues.tsv"),
        nouns=read_noun_cues(d / "noun_cues.tsv"),
        adjectives=read_noun_cues(d / "adjective_cues.tsv"),
        colon_labels=read_words(d / "colon_labels.txt"),
        phrases=read_phrases(d / "cue_phrases.tsv"),
        titles=read_words(d / "titles.txt"),
        roles=read_roles(d / "roles.tsv"),
        first_names=read_first_names(d / "first_names.tsv"),
        addressee_verbs=read_words(d / "addressee_verbs.txt"),
        link_labels=read_words(d / "link_labels.txt"),
        datelines=read_patterns(d / "datelines.txt"),
        embeds=read_patterns(d / "embed_signatures.txt"),
        boilerplate=read_patterns(d / "boilerplate.txt", re.I),
        deeds={cols[0].lower(): frozenset(cols[1].lower().split())
               for _, cols in _rows(d / "deed_objects.tsv", (2, 2))},
        role_titles={cols[0].lower(): frozenset(cols[1].lower().split())
                     for _, cols in _rows(d / "role_titles.tsv", (2, 2))},
        named_roles={cols[0].lower(): frozenset(cols[1].lower().split())
                     for _, cols in _rows(d / "named_roles.tsv", (2, 2))},
        frame_objects={cols[0].lower(): frozenset(cols[1].lower().split())
                       for _, cols in _rows(d / "frame_objects.tsv", (2, 2))},
        documents=read_words(d / "document_nouns.txt"),
        authoring=read_words(d / "authoring_verbs.txt"),
        groups=read_words(d / "group_speakers.txt"),
        stances=read_words(d / "stance_cues.txt"),
        extraposing=read_words(d / "extraposition_verbs.txt"),
        holders=read_words(d / "holder_passives.txt"),
        plans=read_words(d / "plan_verbs.txt"),
        person_objects=read_words(d / "person_object_cues.txt"),
        controllers=read_words(d / "infinitive_controllers.txt"),
        credits=read_words(d / "credit_verbs.txt"),
        offices=read_words(d / "office_roles.txt"),
        commentators=read_words(d / "commentator_roles.txt"),
        views=read_words(d / "view_nouns.txt"),
        polls=read_words(d / "poll_nouns.txt"),
        hearsay=read_words(d / "hearsay_adverbs.txt"),
        deed_passives=read_words(d / "deed_passives.txt"),
        agent_cues=read_words(d / "agent_cues.txt"),
        headline_sources=read_words(d / "headline_sources.txt"),
        relays=read_words(d / "relay_verbs.txt"),
        place_roles=read_words(d / "place_roles.txt"),
        plain=read_words(d / "plain_adjectives.txt"),
        holderless=read_words(d / "holderless_verbs.txt"),
        predicates=read_words(d / "object_predicates.txt"),
    )


def wire_datelines(text: str, lex: Lexicon | None = None) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines that open the text or one of its lines ("MINSK, 17
    September (BelTA) – ", "PORTO ALEGRE, Brazil (Reuters) - "; ``datelines.txt``)."""
    patterns = (lex or load()).datelines
    out: list[tuple[int, int]] = []
    for start in [0, *(m.end() for m in re.finditer(r"\n", text))]:
        for pattern in patterns:
            m = pattern.match(text, start)
            if m is not None:
                out.append((start, m.end()))
                break
    return out


# the time that opens an entry of a live blog: "9:15 p.m. ET: ", "14:05 GMT - "
_LIVE_STAMP = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*[:—–-]\s+", re.IGNORECASE)


def live_stamp_end(text: str, start: int = 0, end: int | None = None) -> int | None:
    """Where the time that opens a live blog's entry at ``start`` ends ("7:55 p.m. ET: Tornadoes ...":
    the offset of "Tornadoes"), or None when none opens there."""
    m = _LIVE_STAMP.match(text, start, len(text) if end is None else end)
    return m.end() if m is not None else None
