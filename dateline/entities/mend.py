"""Mend the small English model's typical errors on news names, with rules kept as data.

Works on token spans of a parsed Doc. Each rule is one function that takes and returns the
list of spans; :func:`mend` runs them in order. The rules:

- ``caps_lines`` (caps.py): a line all in capitals ("UKRAINE WAR: PUTIN SIGNS ...") is read again in a
  case-restored copy of the same length, and its names replace the model's there.
- ``brackets``, ``function_words`` (shapes.py): a name does not run over an unpaired bracket ("Kyiv
  (Ukrainian Presidential Press Office via AP)"); a one-word "name" parsed as an auxiliary, pronoun or
  determiner ("Having" typed GPE) is none.
- ``slashes`` (shapes.py): "Paulo Whitaker/Pool" is the person before the slash; "Reuters/Ipsos" two ORGs.
- ``place_pairs`` (shapes.py): "Yorkshire and Lancashire" in one span is two GPEs.
- ``initial_stops``: "in Serie A. Parma had chances": a one-letter word with a stop at a sentence end is no initial.
- ``place_hyphens`` (shapes.py): "the Puttalam-Anuradhapura highway": two gazetteer places joined by a hyphen are
  two GPEs ("Guinea-Bissau" stays whole).
- ``dashes``: a name does not run over a spaced dash ("based in San Jose - Cisco", "Putin - ed.").
- ``trim``: no leading "the" or hyphen prefix ("non-Nato", "anti-Trump", "pro-EU"; data/name_prefixes.txt), no lower-case words after an organisation's name ("Interfax news
  agency"), no trailing score ("Treviso 1-0"), no possessive 's, no trailing punctuation, "and" or lower-case
  preposition, no title words inside
  a name ("Press Secretary Karine Jean-Pierre" -> "Karine Jean-Pierre").
- ``hyphens``: a name runs over its glued hyphenated word ("Mazar-i-Sharif"), but two countries or table
  acronyms so joined stay two names ("Russia-Ukraine war", "Russia-Nato conflict"; shapes.hyphen_pair).
- ``dateline_caps``: "WASHINGTON, Nov 6 (Reuters)", "SAO PAULO (Reuters)" open with a GPE, split from a name
  before it.
- ``run_on_ends``, ``repeated_words``, ``headline_verbs``, ``credit_heads``, ``one_word_sentences``
  (runons.py): a name does not end with a sentence opener run into it ("Grand Prix Immediately"), a repeated
  surname is two mentions ("Verstappen Verstappen"), "Fans Are Outraged" is no name, "REUTERS Customers" is the
  credit alone, "'Stupid.'" is no name; ``common_openers``: "Wildfire forces thousands to flee" is no name
  when the article writes "wildfire" in lower case.
- ``known_as`` (runons.py): "the Department of Forestry, known as Cal Fire": the second name takes the first's
  label.
- ``known_parts``, ``org_noun_before``, ``stage_names``, ``context_labels`` (runons.py, late): "Mitch McConnell
  Trump" is two names written apart elsewhere; "retailer Poundland" is an ORG; "Lady Gaga" is whole; "Williams"
  is an ORG in a Formula One article.
- ``endings``: "X People's Republic" (and other place endings) is a GPE.
- ``media_names`` (kinds.py): a name ending in a newspaper word is an ORG ("Sydney Morning Herald", not an EVENT).
- ``team_names`` (kinds.py): a city and a capitalised plural after it are a team, an ORG and no place ("the
  Dallas Cowboys"; not "Beijing Olympics", "Gaza Palestinians").
- ``exercise_names`` (kinds.py): the capitalised words before "exercise/drills" are an EVENT ("the Allied
  Resolve 2022 exercise").
- ``agreement_names``, ``infrastructure_names`` (agreements.py): "the Budapest Memorandum", "the Minsk II
  agreement", "the treaty of Versailles" are LAWs; "Nord Stream 2", "the Druzhba oil pipeline" are FACs.
- ``table_pairs``: "Chinese" NORP + "Taipei" GPE: two adjacent spans that together are a table name are that name.
- ``venue_names`` (venues.py): "the Shaab stadium", "the Yarmuk hospital": a FAC over the name and the noun.
- ``table``: names the model mislabels in news ("the Kremlin" is an ORG); a demonym tagged
  GPE is a NORP ("Ukrainian").
- ``possessive_split`` (shapes.py): "Ukraine's Army" is the country and the name after it.
- ``quote_openings`` (shapes.py): a WORK_OF_ART that opens a quotation and runs into its sentence ("“Relations
  with Belarus will be severed") is no title; only its places stay.
- ``glued_titles`` (shapes.py): a headline run into the next sentence ("... Trigger War With Russia Kallas
  said that"), typed WORK_OF_ART, leaves its last word a PERSON and its countries GPEs.
- ``table_names`` (table_names.py): an untagged name of the tables ("(BelTA)", "the DPR") or an untagged
  acronym in brackets after the name it abbreviates ("World Food Programme (WFP)") is added.
- ``products``: a name right before a weapon word is a PRODUCT ("Iskander missile systems").
- ``named_products`` (products.py): a weapon or equipment name of data/product_names.tsv is a PRODUCT
  with no weapon word after it ("sent HIMARS", "Leopard 2s"; "Patriots" only when the words say so).
- ``title``: a capitalised name right after a title or role word is a PERSON; the title is
  kept as the role; an institution word in the run ends the title ("General Assembly" is no one);
  the model's GPE/NORP on a first name does not stop it ("Chancellor Olaf Scholz", "Olaf" NORP).
- ``title_lists`` (shapes.py): names listed after a plural title are PERSONs ("Senators Risch, Cardin and
  Wicker").
- ``title_of``: "the President of Ukraine Volodymyr Zelensky": a name after "<title> of <place or
  organisation>" is a PERSON with that whole role.
- ``speaker``: a capitalised name that is the subject of "said/told" is a PERSON ("The Hollywood
  Reporter says": an ORG; "The US Secretary of State said": no one).
- ``appositive``: "X, the Russia-installed ambassador ..." gives X the role "ambassador" (not "X,
  German Chancellor Olaf Scholz": a title before the next name).
- ``given_names`` (given_names.py): "Christian Brocchi" ORG, untagged "Stefano Fiore headed": a name of two or
  three words opening with a common given name (data/given_names.txt) and no mark of anything else is a PERSON.
- ``person_cues`` (person_cues.py): a name typed ORG/GPE... without a mark of an organisation or
  place is a PERSON when listed with a person, given an age, or the subject of a person-only verb.
- ``surnames``: a surname given in full before ("Olaf Scholz"), written alone later (or in the headline) and
  missed by the model, is that PERSON again; so is the whole full name written again.
- ``party_states`` (shapes.py): "Ted Cruz, R-Texas," / "(D-Calif.)": the state after a party letter is a GPE.
- ``surname_acronym``: "Clinton FBI probe": a two-word ORG of a known surname and a table acronym is both.
- ``place_person`` (known_places.py): a one-word "PERSON" that is a well-known place, no one's surname here, and
  stands in a list with another place, after "in/from/to" or before "city/region" is a GPE ("Kherson and
  Zaporizhzhia"); "Hamilton won" stays a person.
- ``org_person``: a person run into the organisation before them is split off it ("spokesman of
  the Kremlin Dmitry Peskov", "Fox News' Anders Hagstrom").
- ``state_names`` (shapes.py): "the Union of Comoros", "the Kingdom of Norway" (data/state_forms.txt) are GPEs.
- ``place_orgs`` (place_orgs.py): a one-word ORG that is a country ("Moldova") is a GPE, an area of several
  countries ("Caucasus") a LOC, unless part of a longer name ("Visit Ukraine").
- ``known_places`` (known_places.py): a name the gazetteer knows that the model mislabelled (ORG, PERSON, NORP,
  PRODUCT...) or missed is a GPE when the words around it say place ("shelled Kramatorsk",
  "residents of Odesa", "the prime minister of Great Britain", "the Mykolaiv region", "the capital
  Kyiv"); data/place_verbs.txt, data/place_of_nouns.txt, data/place_pre_nouns.txt. A name known only as a
  small town needs "in/near ...", a place verb or "the city of" (data/town_of_nouns.txt); a big place of a
  country the article names may also be the subject of a place verb ("Kharkiv came under fire", "Kharkiv
  was shelled"; data/place_subject_verbs.txt); a country before a head word is the country ("Comoros
  President X", "Estonia's PM", data/country_heads.txt); "by The Hague court": a capital "The" mid-sentence that opens
  the place's own name.
- ``particles``: "Ursula von der Leyen" is one PERSON though the model cuts it at "von"; "Nuri al-Maliki" though
  the title rule stops at "al-" (data/glued_particles.txt).
- ``events``: a name ending with an event word is an EVENT ("Brazilian Grand Prix").
- ``place_list`` (known_places.py): an untagged place name in a list with a place is a GPE ("Donetsk and Luhansk").
- ``same_name`` (person_cues.py): one name, one sense in an article: a PERSON with evidence is a
  PERSON wherever typed otherwise; a known place that is a GPE somewhere is one where typed ORG.
- ``article_people`` (people.py): a one-word name that the rest of the article shows to be a person
  (its full name or a title elsewhere, a list with a person, "X, a Russian man,") is a PERSON.
- ``agency_names`` (agencies.py): "the Anatolia news agency said", "Irish state RTE television": the name before
  an agency word is an ORG wherever written.
- ``city_clubs`` (clubs.py): in a football report "Lecce" PERSON, "edged Parma 1-0" are the city's club (ORG).
- ``names_again`` (repeats.py): "the Iraqi High Tribunal" with only "Iraqi" tagged, the full name tagged elsewhere:
  the full name there too.
- ``drop``: spans that are no names (weekdays, months, digits, the end of a title: "Secretary of
  [State]").
- ``boilerplate`` (boilerplate.py): no names inside a newsletter sign-up box ("skip past newsletter
  promotion ... after newsletter promotion"), no hashtags or handles, no caption words inside a name
  ("Union Square Image caption"): the page furniture of :mod:`dateline.furniture`.
- last, ``shouted_us`` (shapes.py): "JOIN US ON TELEGRAM!": "US" in capitals after a verb or preposition
  is the pronoun (data/caps_us_before.txt).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from spacy.tokens import Doc

from dateline.places.gazetteer import demonyms, normalize
from dateline.places.gazetteer import load as load_gazetteer

from .agencies import agency_names
from .agreements import agreement_names, infrastructure_names
from .boilerplate import boilerplate
from .caps import body_names, caps_lines, caps_tokens
from .clubs import city_clubs
from .given_names import (
    first_names_of_surnames,
    given_names,
    names_before_foreign_places,
    people_of_countries,
)
from .kinds import exercise_names, media_names, team_names, team_nicknames
from .known_places import (
    PLACE_PERSON_MIN_POPULATION,
    known_places,
    place_list,
    place_person,
    place_tails,
    settlements,
)
from .lexicon import LABELS, Lexicon, lexicon, rows, word_set
from .nicknames import nicknames
from .people import article_people
from .person_cues import person_cues, same_name
from .place_orgs import place_orgs
from .products import named_products
from .quoted_titles import quoted_titles
from .repeats import names_again, org_repeats
from .runons import (
    common_openers,
    context_labels,
    credit_heads,
    feature_names,
    headline_verbs,
    known_as,
    known_parts,
    one_word_sentences,
    org_lists,
    org_noun_after,
    org_noun_before,
    org_same_name,
    party_names,
    place_noun_lists,
    repeated_words,
    run_on_ends,
    stage_names,
)
from .shapes import (
    brackets,
    function_words,
    glued_titles,
    hyphen_pair,
    party_states,
    place_hyphens,
    place_pairs,
    possessive_split,
    quote_openings,
    shouted_us,
    slashes,
    state_names,
    title_lists,
)
from .ships import ships
from .spans import Span, doc_words
from .spans import is_cap as _is_cap
from .spans import known_place as _known_place
from .spans import overlay as _overlay
from .spans import title_before as _title_before
from .table_names import table_names
from .venues import venue_names

log = logging.getLogger(__name__)

MAX_NAME_TOKENS = 5
MAX_TITLE_CHARS = 300  # an article's first line this short is its headline
_PRIORITY = {"model": 0}
CAPS_KEEP = {"product_name", "dateline"}  # rules that may add a name inside an all-capitals line


_GLUED = re.compile(r"\w[.,;:!?][^\w\s]+$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_SCORE = re.compile(r"^\d{1,2}[-–]\d{1,2}$")


def _name_run(doc: Doc, i: int, lex: Lexicon) -> int:
    """End of the capitalised name that starts at token i (i itself when none)."""
    j = i
    while j < len(doc) and j - i < MAX_NAME_TOKENS:
        tok = doc[j]
        if _is_cap(tok) and tok.lower_ not in lex.drop_words and tok.pos_ in ("PROPN", "NOUN", "ADJ", "X"):
            if j > i and _GLUED.search(tok.text):
                break  # "Scholz.-" glued to the next sentence ends the name before it (not "A.J.")
            j += 1
        elif (tok.text in ("-", "‐") and j > i and not doc[j - 1].whitespace_ and not tok.whitespace_
              and j + 1 < len(doc) and _is_cap(doc[j + 1])):
            j += 1  # Jean-Pierre
        elif _syllable_after_hyphen(doc, j) and j > i:
            j += 2  # a Korean given name: "Han Duck-soo", "Lee Jae-myung"
            break
        elif tok.text in (".",) and j > i and len(doc[j - 1].text) == 1:
            j += 1  # an initial: "George W. Bush"
        else:
            break
    while j > i and not _is_cap(doc[j - 1]) and not (j - 2 > i and _syllable_after_hyphen(doc, j - 2)):
        j -= 1
    return j


def _syllable_after_hyphen(doc: Doc, k: int) -> bool:
    """Is token k a hyphen glued between a capitalised word and a short lower-case one that ends the word
    ("Duck-soo", "Jae-myung", "Jong-un")?"""
    return (doc[k].text in ("-", "‐") and k > 0 and not doc[k - 1].whitespace_ and not doc[k].whitespace_
            and _is_cap(doc[k - 1]) and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].is_lower
            and len(doc[k + 1].text) <= 5 and (k + 2 >= len(doc) or doc[k + 1].whitespace_ or doc[k + 2].is_punct)
            # not a compound word ("Macron-led", "Putin-era", "Trump-like", "Lavrov-style")
            and doc[k + 1].tag_ not in ("VBN", "VBD", "VBG", "JJ", "JJR", "JJS")
            and doc[k + 1].lower_ not in _COMPOUND_ENDS)


_COMPOUND_ENDS = frozenset({"style", "era", "type", "wide", "free", "size", "class", "level", "scale", "term", "year",
                            "day", "week", "month", "time", "made", "owned", "proof", "ready", "only", "born", "led",
                            "run", "like", "based", "bound", "held", "hit", "less", "ward", "wise", "ism", "ist", "ite",
                            "ish", "esque", "ian", "fest", "gate", "mania", "phile", "phobe", "plus", "bis", "ii"})


def _name_prefixes() -> frozenset[str]:
    return word_set("name_prefixes.txt")


def _firm_descriptors() -> frozenset[str]:
    return word_set("firm_descriptors.txt")


def trim(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    out = []
    prefixes = _name_prefixes()
    for s in spans:
        a, b = s.start, s.end
        while a < b and (doc[a].lower_ in ("the", "a", "an") or doc[a].is_punct or (
                doc[a].lower_ in ("its", "his", "her", "their", "our", "my", "your") and doc[a].pos_ == "PRON") or (
                doc[a].lower_ in prefixes and a + 2 < b and doc[a + 1].text in ("-", "‐")
                and not doc[a].whitespace_ and not doc[a + 1].whitespace_
                and (s.label != "ORG" or b - a == 3))):  # "non-Nato", "anti-Trump": Nato, Trump
            a += 1
        # "the national weather institute Inmet": a name opens with its first capital, not a common noun
        while b - a > 1 and doc[a].is_lower and doc[a].is_alpha and len(doc[a]) > 3 \
                and doc[a].pos_ in ("NOUN", "ADJ", "PROPN") and doc[a].lower_ not in prefixes \
                and doc[a].lower_ not in lex.particles and (_is_cap(doc[a + 1]) or doc[a + 1].is_lower and b - a > 2):
            a += 1
        # "Chipmaker TSMC said": a firm's descriptor capitalised only because it opens the sentence
        if b - a > 1 and (a == 0 or doc[a].is_sent_start) and doc[a].text[1:].islower() and _is_cap(doc[a + 1]) \
                and (doc[a].lower_.endswith("maker") or doc[a].lower_ in _firm_descriptors()):
            a += 1
        while b - a > 1 and _SCORE.match(doc[b - 1].text):  # "Treviso 1-0": the club, not the score
            b -= 1
        if b - a > 3 and doc[b - 2].text in ("-", "–") and doc[b - 1].text.isdigit() and doc[b - 3].text.isdigit():
            b -= 3  # a score cut into three tokens
        while b > a and (doc[b - 1].lower_ in ("'s", "’s", "'", "and", "or", "of") or doc[b - 1].is_punct
                         or doc[b - 1].is_space or (  # "the Daily Telegraph as Ukraine marks": no "as"
                             b - a > 1 and doc[b - 1].is_lower and doc[b - 1].pos_ in ("ADP", "SCONJ", "CCONJ"))):
            b -= 1
        if s.label == "ORG":  # "Interfax news agency": the name, not the lower-case words after it
            k = b
            while k - a > 1 and doc[k - 1].is_lower and doc[k - 1].pos_ == "NOUN":
                k -= 1
            if k < b and _is_cap(doc[k - 1]) and doc[k - 1].pos_ == "PROPN":
                b = k
        role = s.role
        if s.label == "PERSON" and b - a > 1:
            for n in range(min(lex.title_max, b - a - 1), 0, -1):
                kind = lex.titles.get(tuple(t.lower_ for t in doc[a: a + n]))
                if kind:
                    role = role or (doc[a: a + n].text if kind == "role" else "")
                    a += n
                    break
        if a < b:
            out.append(Span(a, b, s.label, role, s.source))
    return out


def endings(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    text = doc_words(doc).text
    for s in spans:
        span_text = doc[s.start: s.end].text
        end_char = doc[s.end - 1].idx + len(doc[s.end - 1].text)
        widened_text = text[doc[s.start].idx: end_char + 24]  # the model may stop short of the ending
        for ending, label in lex.gpe_endings:
            if span_text.lower().endswith(ending.lower()):
                if s.label != label:
                    s.label, s.source = label, "ending"
                break
            at = widened_text.lower().find(ending.lower())
            if 0 < at <= len(span_text) + 1 and at + len(ending) > len(span_text):  # right after, no comma
                widened = doc.char_span(doc[s.start].idx, doc[s.start].idx + at + len(ending),
                                        alignment_mode="contract")
                if widened is not None and widened.end > s.end and widened.end - s.end <= 3:
                    s.end, s.label, s.source = widened.end, label, "ending"
                    break
    return spans


def hyphens(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """Widen a name over the glued hyphenated rest of its word ("Mazar" -> "Mazar-i-Sharif"); two countries
    or table acronyms joined by a hyphen stay two names ("Russia-Ukraine", shapes.hyphen_pair)."""
    starts = {s.start for s in spans}
    pairs = []
    swallowed: set[int] = set()  # starts of spans a known place's name runs over ("Mazar" LOC, "Sharif" PERSON)
    for s in spans:
        if s.start in swallowed:
            continue
        pair = hyphen_pair(doc, s, lex)
        if pair is not None:  # "Russia-Ukraine war": two names, not one
            if pair.start not in starts:
                pairs.append(pair)
            continue
        end = whole = s.end
        while (whole + 1 < len(doc) and doc[whole].text in ("-", "‐") and not doc[whole - 1].whitespace_
               and not doc[whole].whitespace_ and doc[whole + 1].is_alpha):
            whole += 2
            if whole - 1 not in starts and end == whole - 2:
                end = whole
        if whole > end and whole - s.end <= 6 and load_gazetteer().lookup(doc[s.start: whole].text):
            swallowed.update(k for k in range(s.end, whole) if k in starts)
            end = whole  # "Mazar-i-Sharif": the place's whole name over the model's two names
        if end != s.end and end - s.end <= 6 and _is_cap(doc[end - 1]):  # not "Intel-based"
            s.end = end
    if swallowed:
        spans = [s for s in spans if s.start not in swallowed]
    return sorted(spans + pairs, key=lambda s: s.start) if pairs else spans


DASHES = ("-", "–", "—", "--")


def initial_stops(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"in Serie A. Parma had chances": a one-letter word with a stop that ends a sentence ("A.") is the end
    of a name, not an initial: a span running over it into the next sentence is cut there (the parse may not
    see the sentence end: a name of the label table before the stop, "Serie A", says it too). The part before
    keeps the label unless the label table has its own; the part after keeps the span's label."""
    out = []
    for s in spans:
        cut = next((k for k in range(s.start + 1, s.end - 1) if _INITIAL.match(doc[k].text) and (
            doc[k + 1].is_sent_start or doc[s.start: k + 1].text[:-1].lower() in lex.labels)), None)
        if cut is None:
            out.append(s)
            continue
        left = doc[s.start: cut + 1].text.rstrip(".")
        out.append(Span(s.start, cut + 1, lex.labels.get(left.lower(), s.label), s.role, s.source))
        out.append(Span(cut + 1, s.end, s.label, "", s.source))
    return out


def dashes(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name does not run over a spaced dash: "based in San Jose - Cisco", "Vladimir Putin - DPA",
    "Putin - ed.", "Facebook - PAP" are cut at it (not "Wal - Mart", "T - Mobile": one capitalised word
    before it may be a hyphenated name spaced out). The part before keeps the label; the part after
    stays only as what the tables say it is (a known place, a demonym, an acronym or a name in the
    label table)."""
    gaz = load_gazetteer()
    dem = demonyms()
    out = []
    for s in spans:
        cut = next((k for k in range(s.start + 1, s.end) if doc[k].text in DASHES and doc[k - 1].whitespace_
                    and (doc[k].whitespace_ or k == s.end - 1)), None)
        if cut is not None and cut + 1 < s.end and cut - s.start == 1 and _is_cap(doc[cut + 1]) and \
                not doc[cut + 1].text.isupper():
            cut = None
        if cut is None:
            out.append(s)
            continue
        out.append(Span(s.start, cut, s.label, s.role, s.source))
        if cut + 1 >= s.end:
            continue
        text = doc[cut + 1: s.end].text
        label = (lex.acronyms[text][1] if text in lex.acronyms else lex.labels.get(text.lower())
                 or ("NORP" if normalize(text) in dem else "GPE" if _known_place(gaz, text, 15_000) else None))
        if label:
            out.append(Span(cut + 1, s.end, label, "", "dashes"))
    return out


def dateline_caps(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """An upper-case place name opening a report ("WASHINGTON, Nov 6 (Reuters) -", "SAO PAULO (Reuters) -")
    is a GPE of its own."""
    gaz = load_gazetteer()
    out = list(spans)
    texts = doc_words(doc).texts
    i = 0
    while i < len(texts):
        word = texts[i]
        if not (len(word) >= 2 and word.isupper() and word.isalpha()):
            i += 1
            continue
        n = 1  # "SAO PAULO", "RIO DE JANEIRO": the capitals words before the comma, bracket or dash
        while n < 3 and i + n < len(texts) and texts[i + n].isupper() and texts[i + n].isalpha():
            n += 1
        end = i + n
        nxt = texts[end] if end < len(texts) else ""
        name = doc[i:end].text
        if n == 1 and len(word) < 4 or nxt not in (",", "(", "-", "--", "—", "–") or \
                not _known_place(gaz, name, PLACE_PERSON_MIN_POPULATION, alternates=True):
            i += 1
            continue
        inside = [s for s in out if s.start < end and s.end > i]
        if n == 1 and inside and inside[0].end - inside[0].start == 1:
            inside[0].label, inside[0].source = "GPE", "dateline"
            i = end
            continue
        if any(s.start < i and s.end != end or s.end > end for s in inside):
            i = end
            continue
        for s in inside:
            if s.start < i:
                s.end = i  # "Mark Hosenball WASHINGTON" -> "Mark Hosenball" + "WASHINGTON"
            else:
                out.remove(s)
        out.append(Span(i, end, "GPE", "", "dateline"))
        i = end
    return sorted(out, key=lambda s: s.start)


def events(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A name of two words or more ending with an event word is an EVENT ("Brazilian Grand Prix"), and so
    is a storm's name ("Storm Boris", "Typhoon Yagi": data/event_openers.txt)."""
    for s in spans:
        if s.label in ("WORK_OF_ART", "PRODUCT", "ORG", "FAC", "LAW") and s.end - s.start >= 2:
            text = doc[s.start: s.end].text
            if any(text.endswith(" " + w) or text == w and " " in w for w in lex.event_endings):
                s.label, s.source = "EVENT", "events"  # "the Grand Prix" alone too
        elif s.label in ("GPE", "LOC", "PERSON", "NORP") and s.end - s.start >= 3:
            # "Las Vegas Grand Prix" tagged a place: a place's name before a two-word event word
            text = doc[s.start: s.end].text
            if any(" " in w and text.endswith(" " + w) for w in lex.event_endings):
                s.label, s.source = "EVENT", "events"
        if s.label != "EVENT" and s.end - s.start >= 2 and not s.role:
            text = doc[s.start: s.end].text
            if any(text.startswith(w + " ") and len(text) > len(w) + 1 for w in lex.event_openers):
                s.label, s.source = "EVENT", "events"
    return spans


def table_pairs(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Chinese" NORP + "Taipei" GPE: two spans next to each other whose words together are a name of the
    label table are that one name."""
    spans = sorted(spans, key=lambda s: s.start)
    out: list[Span] = []
    for s in spans:
        prev = out[-1] if out else None
        if prev is not None and prev.end == s.start and \
                doc[prev.start: s.end].text.lower() in lex.labels:
            out[-1] = Span(prev.start, s.end, lex.labels[doc[prev.start: s.end].text.lower()], prev.role, "table")
            continue
        out.append(s)
    return out


def table(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    dem = demonyms()
    starts = {s.start for s in spans}
    for s in spans:
        for extra in (2, 1):  # "Formula" PERSON + "One": the table's "Formula One"
            if s.end + extra <= len(doc) and _is_cap(doc[s.end]) and \
                    not any(k in starts for k in range(s.end, s.end + extra)) and \
                    doc[s.start: s.end + extra].text.lower() in lex.labels and s.end - s.start + extra >= 2:
                s.end += extra
                break
        text = doc[s.start: s.end].text
        if re.fullmatch(r"[A-Z]\.", text):
            text = text[0]  # "she wrote on X.": the sentence's stop run into the name
        label = lex.labels.get(text.lower()) or ("NORP" if normalize(text) in dem else None)
        if not label and s.label == "WORK_OF_ART" and text in lex.acronyms:
            label = lex.acronyms[text][1]  # "'The FBI is ...'": the acronym, not a title
        if label and label != s.label:
            s.label, s.source = label, "table"
    return spans


def title(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    found = []
    texts = doc_words(doc).texts
    i = 1
    while i < len(doc):
        if texts[i][:1].isupper() and _is_cap(doc[i]) and (doc[i].pos_ == "PROPN" or doc[i].ent_type_ == "PERSON"):
            hit = _title_before(doc, i, lex)
            if hit:
                end = _name_run(doc, i, lex)
                for k in range(end - 1, i, -1):  # a longer title runs into the capitals: "Chief Executive Officer"
                    longer = _title_before(doc, k, lex)
                    if longer and longer[0] <= i:
                        hit, i = longer, k
                        break
                if all((t.lower_,) in lex.titles or t.lower_ in lex.modifiers for t in doc[i:end]):
                    end = i  # "Chief Executive Officer" is a title, not a name
                heads = [k for k in range(i, end) if doc[k].lower_ in lex.non_person_heads]
                if heads:  # "General Assembly", "President Administration Vladimir Pertsov": the name after
                    i, hit = heads[-1] + 1, (heads[-1] + 1, "honorific")
                if end - i >= 3 and _country(doc[i].text):
                    # "Minister of Foreign Affairs Serbia Ivica Dacic": the country is no part of the name
                    found.append(Span(i, i + 1, "GPE", "", "title"))
                    i += 1
                if end > i and not _opens_other_name(doc, i):
                    start, kind = hit
                    role = doc[start: i].text if kind == "role" else ""
                    found.append(Span(i, end, "PERSON", role, "title"))
                    i = end
                    continue
        i += 1
    return _overlay(spans, found, title_tokens={k for f in found for k in range(_title_start(doc, f, lex), f.start)})


def _country(name: str) -> bool:
    """Is the name a country's own name or alias?"""
    return any(c.entry.kind == "country" and c.via != "alternate" for c in load_gazetteer().lookup(name))


def _opens_other_name(doc: Doc, i: int) -> bool:
    """Does a date, a demonym or a known place open at token i ("President Ukrainian ...")? The model's
    GPE or NORP on a first name ("Chancellor Olaf Scholz" with "Olaf" NORP) does not count."""
    tok = doc[i]
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "NORP", "DATE"):
        return False
    if tok.ent_type_ == "DATE" or normalize(tok.text) in demonyms():
        return True
    return _known_place(load_gazetteer(), tok.text, 15_000)


def _title_start(doc: Doc, s: Span, lex: Lexicon) -> int:
    hit = _title_before(doc, s.start, lex)
    return hit[0] if hit else s.start


def _title_of_start(doc: Doc, of: int, lex: Lexicon) -> int | None:
    """Start of the role title before "of" at token ``of``, through one more "of <Name>" at most
    ("the Minister of Foreign Affairs of Ukraine"), or None."""
    for _ in range(2):
        hit = _title_before(doc, of, lex)
        if hit:
            return hit[0] if hit[1] == "role" else None
        k = of
        while k > 0 and of - k < 4 and _is_cap(doc[k - 1]) and not doc[k - 1].is_sent_start:
            k -= 1
        if k == of:
            return None
        if k > 0 and doc[k - 1].lower_ == "the":
            k -= 1
        if k < 2 or doc[k - 1].lower_ != "of":
            return None
        of = k - 1
    return None


def _closes_name(doc: Doc, s: Span, lex: Lexicon, gaz) -> bool:
    """Does the span end where a place or an organisation's name ends: a known place or demonym, or an
    organisation whose last word is an institution word, an acronym or in the label table?"""
    text = doc[s.start: s.end].text
    last = doc[s.end - 1]
    if s.label in ("GPE", "LOC", "NORP"):
        return bool(gaz.lookup(text)) or normalize(text) in demonyms()
    return (last.lower_ in lex.non_person_heads or last.text in lex.acronyms or text.lower() in lex.labels
            or last.text.lower() in lex.labels or _known_place(gaz, last.text, 15_000))


def title_of(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the President of Ukraine Volodymyr Zelensky", "the Minister of Foreign Affairs of Ukraine Dmytro
    Kuleba": a capitalised name right after "<role title> of (the) <place or organisation>" is a PERSON
    whose role is the whole title; a PERSON there already gets the title as its role."""
    gaz = load_gazetteer()
    at = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for s in spans:
        if s.label not in ("GPE", "LOC", "ORG", "NORP") or s.end >= len(doc):
            continue
        of = s.start - 1
        if of >= 0 and doc[of].lower_ == "the":
            of -= 1
        if of < 1 or doc[of].lower_ != "of":
            continue
        if not _closes_name(doc, s, lex, gaz):
            continue  # "Secretary of the US Treasury Wally Adeem": the model ran the name into the organisation
        start = _title_of_start(doc, of, lex)
        while start is not None and start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of":
            before = _title_of_start(doc, start - 2, lex)  # "the Advisor of the President of Ukraine X"
            if before is None:
                break
            start = before
        i = s.end
        if start is None or not (_is_cap(doc[i]) and doc[i].pos_ == "PROPN") or doc[i].is_sent_start or \
                _GLUED.search(doc[i].text):
            continue
        role = doc[start: s.end].text
        other = at.get(i)
        if other is not None and other.label == "PERSON":
            if other.start == i and not other.role and not any(
                    t.lower_ in lex.non_person_heads for t in doc[other.start: other.end]):
                other.role = role
            continue
        end = _name_run(doc, i, lex)
        if other is not None and (other.start < i or other.end > end):
            continue
        name = doc[i:end]
        if end <= i or any(t.lower_ in lex.non_person_heads or (t.lower_,) in lex.titles for t in name) or (
                end - i == 1 and _known_place(gaz, name.text, 15_000)):
            continue
        found.append(Span(i, end, "PERSON", role, "title_of"))
    return _overlay(spans, found)


def speaker(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    covered = {k: s for s in spans for k in range(s.start, s.end)}
    found = []
    for i, dep in enumerate(doc_words(doc).deps):
        if dep != "nsubj":
            continue
        tok = doc[i]
        if tok.dep_ != "nsubj" or tok.head.lower_ not in lex.speech_verbs or not _is_cap(tok) or tok.pos_ != "PROPN":
            continue
        if (tok.lower_,) in lex.titles and tok.lower_ not in lex.non_person_heads:
            continue  # "The US Secretary of State said": a title, no name
        s = covered.get(tok.i)
        if s is not None:
            if s.label in ("WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "LANGUAGE") and s.end - s.start in (2, 3):
                s.label, s.source = "PERSON", "speaker"
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and _is_cap(doc[start - 1]) \
                and doc[start - 1].head.i == tok.i and doc[start - 1].pos_ == "PROPN":
            start -= 1
        if tok.i + 1 - start >= 2 and all(t.lower_ not in lex.drop_words for t in doc[start: tok.i + 1]):
            # "The Hollywood Reporter says": a name ending in an institution word is an organisation
            label = "ORG" if tok.lower_ in lex.non_person_heads else "PERSON"
            found.append(Span(start, tok.i + 1, label, "", "speaker"))
    return _overlay(spans, found)


def appositive(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    roles = {k[0] for k, kind in lex.titles.items() if kind == "role" and len(k) == 1}
    for s in spans:
        if s.label != "PERSON" or s.role or s.end >= len(doc) or doc[s.end].text != ",":
            continue
        for k in range(s.end + 1, min(len(doc), s.end + 9)):
            tok = doc[k]
            if tok.text in (",", ".", ";", ":", "(", ")") or tok.pos_ in ("VERB", "AUX") and tok.dep_ != "amod":
                break
            if tok.lower_ in roles and tok.dep_ in ("appos", "ROOT", "compound", "conj") or (
                    tok.lower_ in roles and tok.head.i < s.end):
                if k + 1 < len(doc) and _is_cap(doc[k + 1]) and doc[k + 1].pos_ == "PROPN":
                    break  # "X, German Chancellor Olaf Scholz and ...": the next person's title
                start = k
                while start > s.end + 1 and doc[start - 1].lower_ in lex.modifiers:
                    start -= 1
                s.role = doc[start: k + 1].text
                break
    return spans


def acronym_people(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A one-word PERSON written in capitals inside a sentence of ordinary case is an organisation's
    acronym ("JAXA's space science director", "UNRWA said"); people known by their initials ("MBS",
    "AOC") are in data/stage_names.txt, whose rule runs later. So is a one-word PERSON with a capital
    inside after a word of four letters or more ("SpaceX", "OpenAI", "BlackRock"; not "McCain",
    "DeSantis", "MacArthur")."""
    out = []
    for s in spans:
        tok = doc[s.start]
        if s.label == "PERSON" and s.end - s.start == 1 and tok.text.isalpha() and (
                len(tok.text) >= 3 and tok.text.isupper() and _lower_words_near(doc, s.start)
                or _CAMEL.match(tok.text)):
            s = Span(s.start, s.end, "ORG", s.role, "acronym")
        out.append(s)
    return out


_CAMEL = re.compile(r"[A-Z][a-z]{3,}[A-Z]")


def _lower_words_near(doc: Doc, i: int, window: int = 6) -> bool:
    """Some lower-case words within ``window`` tokens of token ``i`` (not a capitals line)."""
    texts = doc_words(doc).texts
    near = texts[max(0, i - window): i + window + 1]
    return sum(1 for w in near if w.isalpha() and w.islower()) >= 2


def org_person(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A person run into the organisation before them is split off it.

    "spokesman of the Kremlin Dmitry Peskov", "head of the Crimean FSB, Viktor Palagin": an ORG
    (or NORP/FAC) span after "<role> of (the)" (a role title, or a post noun of
    data/post_nouns.txt), or after "to" a few words after a role ("Ambassador of Belarus to Russia Dmitry
    Krutoi"), that ends in two or three capitalised words after
    a word that closes an organisation's name (a known organisation, acronym, institution word or
    place) ends before them, and they are a PERSON; so too after a possessive inside the span
    ("Fox News' Anders Hagstrom").
    """
    gaz = load_gazetteer()
    roles = {k[0] for k, kind in lex.titles.items() if len(k) == 1 and kind == "role"} | lex.post_nouns
    out = []
    for s in spans:
        out.append(s)
        if s.label not in ("ORG", "NORP", "FAC") or s.end - s.start < 3:
            continue
        for n in (2, 3):
            k = s.end - n
            if k - s.start < 1:
                continue
            name = doc[k: s.end]
            if not all(_is_cap(t) and t.pos_ == "PROPN" and t.lower_ not in lex.non_person_heads
                       and not _known_place(gaz, t.text, PLACE_PERSON_MIN_POPULATION) for t in name):
                continue
            last = doc[k - 1]
            if last.text == "," and k - 2 > s.start:  # "head of the Crimean FSB, Viktor Palagin"
                last = doc[k - 2]
            possessive = last.text in ("'", "’", "'s", "’s")
            closes = possessive or _is_cap(last) and (
                last.text.lower() in lex.labels or last.text in lex.acronyms or
                last.lower_ in lex.non_person_heads or _known_place(gaz, last.text, 15_000))
            a = s.start - 1
            if a >= 0 and doc[a].lower_ == "the":
                a -= 1
            after_role = a >= 1 and doc[a].lower_ == "of" and doc[a - 1].lower_ in roles or (
                # "Ambassador of Belarus to Russia Dmitry Krutoi", "envoy to Russia X Y"
                a >= 1 and doc[a].lower_ == "to" and any(doc[j].lower_ in roles for j in range(max(0, a - 4), a)))
            if closes and (possessive or after_role):
                s.end = last.i if possessive else last.i + 1
                if s.end <= s.start:
                    out.pop()
                out.append(Span(k, k + n, "PERSON", "", "org_person"))
                break
    return sorted(out, key=lambda s: s.start)


@lru_cache(maxsize=1)
def _glued_particle_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("glued_particles.txt", 1))


def _glued_particles(doc: Doc, person_at: dict[int, Span]) -> list[Span]:
    """"Prime Minister Nuri al-Maliki's", "Awad Ahmed al-Bandar": a PERSON right before a lower-case particle
    glued by a hyphen to a capitalised word (data/glued_particles.txt) runs over it; "al-Qaeda" with no
    person before it is left alone."""
    glued = _glued_particle_words()
    found = []
    for i in range(1, len(doc) - 2):
        first = person_at.get(i - 1)
        if first is None or first.end != i or doc[i].text not in glued or doc[i + 1].text not in ("-", "‐") \
                or doc[i].whitespace_ or doc[i + 1].whitespace_ or not _is_cap(doc[i + 2]):
            continue
        found.append(Span(first.start, i + 3, "PERSON", first.role, "particles"))
    return found


def particles(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Ursula von der Leyen", "von der Leyen said": lower-case surname particles (data/name_particles.txt)
    before a capitalised surname make one PERSON with the first name before them, if any; the model
    cuts such names ("Ursula von" PERSON, "Leyen" GPE). "Rio de Janeiro" is left alone: a capitalised
    word before the particles must be part of a PERSON."""
    person_at = {k: s for s in spans if s.label == "PERSON" for k in range(s.start, s.end)}
    found = _glued_particles(doc, person_at)
    i = 0
    while i < len(doc):
        inner = doc[i].text in lex.inner_particles and i > 0 and (i - 1) in person_at
        if (doc[i].text not in lex.particles and not inner) or (i > 0 and doc[i - 1].text in lex.particles):
            i += 1
            continue
        j = i
        while j < len(doc) and j - i < 3 and (doc[j].text in lex.particles or (inner and j == i)):
            j += 1
        if j >= len(doc) or not (_is_cap(doc[j]) and doc[j].pos_ in ("PROPN", "NOUN", "ADJ")):
            i = j
            continue
        start, role = i, ""
        if i > 0 and _is_cap(doc[i - 1]):
            first = person_at.get(i - 1) or person_at.get(i)
            if first is None:
                i = j
                continue  # "Rio de Janeiro"
            start, role = first.start, first.role
        end = j + 1
        while end < len(doc) and end - j < 2 and _is_cap(doc[end]) and doc[end].pos_ == "PROPN":
            end += 1
        found.append(Span(start, end, "PERSON", role, "particles"))
        i = end
    return _overlay(spans, found)


def ampersands(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" with an ampersand in its name is an organisation ("S&P Global Ratings", "Johnson &
    Johnson"), whichever rule made it."""
    return [Span(s.start, s.end, "ORG", "", "ampersand") if s.label == "PERSON" and any(
        t.text == "&" or "&" in t.text for t in doc[s.start:s.end]) else s for s in spans]


def drop(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    out = []
    for s in spans:
        words = [t for t in doc[s.start: s.end] if not t.is_punct]
        if not words or not any(ch.isalpha() for t in words for ch in t.text):
            continue
        if all(t.lower_ in lex.drop_words or t.like_num for t in words):
            continue
        if not any(_is_cap(t) or t.text.isupper() for t in words):
            continue  # a name has a capital letter
        if s.label == "PERSON" and (tuple(t.lower_ for t in words) in lex.titles or all(
                (t.lower_,) in lex.titles or t.lower_ in lex.modifiers for t in words)):
            continue  # "the Deputy Minister noted": a title is no one's name
        if s.label == "ORG" and len(words) == 1 and lex.titles.get((words[0].lower_,)) == "role" and \
                s.end < len(doc) and doc[s.end].lower_ in ("to", "of", ","):
            continue  # "Daria Herasymchuk, Advisor to the President": a role word, no organisation
        if s.label != "PERSON" and _ends_title(doc, s, lex):
            continue  # "Secretary of [State]": the end of a title, no organisation
        out.append(s)
    return out


def _ends_title(doc: Doc, s: Span, lex: Lexicon) -> bool:
    """Do the words before the span and the span make a title of several words ("Secretary of State")?"""
    lowers = doc_words(doc).lowers
    own = lowers[s.start: s.end]
    for n in range(1, lex.title_max - len(own) + 1):
        if s.start - n < 0:
            break
        if lowers[s.start - n: s.start] + own in lex.titles:
            return True
    return False


def _appositive_product_nouns() -> frozenset[str]:
    return word_set("appositive_product_nouns.txt")


def products(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Iskander missile systems", "Bayraktar drones": a name of one to three words right before a weapon
    or vehicle word (data/product_nouns.txt) is a PRODUCT, unless it is a demonym, a known place, an
    acronym, in the label table or an institution ("Russian missiles", "Ukraine's drones", "NATO jets",
    "Red Army tanks"); so is a name set after a comma beside such a word or another made thing ("its next
    chip, Rubin"; data/appositive_product_nouns.txt)."""
    gaz = load_gazetteer()
    dem = demonyms()
    beside = lex.product_nouns | _appositive_product_nouns()
    for s in spans:
        if s.label in ("PERSON", "ORG", "GPE", "NORP", "WORK_OF_ART") and s.end - s.start <= 3 and s.start >= 2 \
                and doc[s.start - 1].text == "," and doc[s.start - 2].is_lower \
                and doc[s.start - 2].lower_ in beside and doc[s.start - 2].pos_ == "NOUN" and not s.role \
                and (s.end == len(doc) or doc[s.end].is_punct) and not gaz.lookup(doc[s.start: s.end].text):
            s.label, s.source = "PRODUCT", "products"  # "its next chip, Rubin": the product set beside its noun
            continue
        if s.label in ("PRODUCT", "DATE") or s.end - s.start > 3 or s.end >= len(doc):
            continue
        if doc[s.end].lower_ not in lex.product_nouns or not doc[s.end].is_lower:
            continue
        text = doc[s.start: s.end].text
        if normalize(text) in dem or text.lower() in lex.labels or text in lex.acronyms or any(
                c.via != "alternate" for c in gaz.lookup(text)) or any(
                normalize(t.text) in dem or t.lower_ in lex.non_person_heads for t in doc[s.start: s.end]):
            continue
        s.label, s.source = "PRODUCT", "products"
    # an untagged capitalised proper noun right before such a word: "NASA's Perseverance rover"
    covered = {k for s in spans for k in range(s.start, s.end)}
    found = []
    for i in range(1, len(doc) - 1):
        t, nxt = doc[i], doc[i + 1]
        if i in covered or t.pos_ != "PROPN" or not t.text[:1].isupper() or t.text.isupper() or t.is_sent_start \
                or not (nxt.is_lower and nxt.lower_ in lex.product_nouns) or _is_cap(doc[i - 1]) and doc[i - 1].pos_ == "PROPN":
            continue
        if normalize(t.text) in dem or t.lower_ in lex.labels or t.lower_ in lex.drop_words or gaz.lookup(t.text) \
                or t.lower_ in lex.non_person_heads:
            continue
        found.append(Span(i, i + 1, "PRODUCT", "", "products"))
    return _overlay(spans, found) if found else spans


def _facility_heads() -> frozenset[str]:
    return word_set("facility_heads.txt")


VENUE_PREPOSITIONS = frozenset({"at", "in", "inside", "outside", "to", "from", "near"})
# last words of buildings that the model also tags as organisations (not "Palace" or "Square": "Crystal
# Palace", "Square Enix" are firms)
_ORG_FACILITY_HEADS = frozenset({"bridge", "stadium", "arena", "airport", "cathedral"})


def country_named(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" of two or three words ending in a country's name is an organisation named after the country
    ("Meteo France", "Visit Britain"), unless a given name opens it or a title stands before it ("Michael
    Jordan", "Rep. Steve Israel")."""
    out = []
    for s in spans:
        if s.label == "PERSON" and s.source == "model" and not s.role and 2 <= s.end - s.start <= 3 \
                and doc[s.start].text not in lex.given_names and _is_cap(doc[s.start]) \
                and _country(doc[s.end - 1].text) and not _title_before(doc, s.start, lex):
            s = Span(s.start, s.end, "ORG", s.role, "country_named")
        out.append(s)
    return out


def non_person(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A "person" whose name ends in a building or street word is a facility ("Trump Tower"), in an
    institution word an organisation ("Mac App Store"); one word after "at the" is a venue ("at the
    Etihad")."""
    facility = _facility_heads()
    lowers = doc_words(doc).lowers
    for s in spans:
        if s.label == "PERSON" and s.end - s.start == 1 and s.source == "model" and s.start >= 2 \
                and lowers[s.start - 1] == "the" and lowers[s.start - 2] in VENUE_PREPOSITIONS:
            s.label, s.source = "FAC", "head word"  # "a clash at the Etihad": a place, no one's name
            continue
        if s.label == "ORG" and s.end - s.start >= 2 and doc[s.end - 1].text.lower() in _ORG_FACILITY_HEADS \
                and doc[s.start: s.end].text.lower() not in lex.labels:
            s.label, s.source = "FAC", "head word"  # "the Francis Scott Key Bridge" tagged as an organisation
            continue
        if s.label != "PERSON" or s.end - s.start < 2:
            continue
        last = doc[s.end - 1].text.lower()
        if last in facility:
            s.label, s.source = "FAC", "head word"
        elif last in lex.non_person_heads:
            s.label, s.source = "ORG", "head word"
    return spans


@lru_cache(maxsize=1)
def _street_words() -> frozenset[str]:
    return frozenset(w for (w,) in rows("street_words.txt", 1))


def city_facilities(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Marseille Provence Airport" with "Marseille" left untagged or typed apart: a place name right before a
    facility's name that ends in a facility word (data/facility_heads.txt) opens the facility's name."""
    heads = _facility_heads() | _ORG_FACILITY_HEADS
    ends = {s.end: s for s in spans}
    gaz = load_gazetteer()
    out = []
    for s in spans:
        k = s.start - 1
        if s.label == "FAC" and doc[s.end - 1].lower_ in heads and k >= 0 and _is_cap(doc[k]) \
                and doc[k].pos_ == "PROPN" and doc[k].whitespace_:
            before = ends.get(s.start)
            alone = before is None and (k == 0 or doc[k].is_sent_start or not _is_cap(doc[k - 1]))
            typed = before is not None and before.start == k and before.label in ("GPE", "ORG")
            if (alone or typed) and _known_place(gaz, doc[k].text, 10_000):
                s = Span(k, s.end, "FAC", s.role, "city_facility")
        out.append(s)
    taken = {k for s in out if s.source == "city_facility" for k in range(s.start, s.end)}
    return [s for s in out if s.source == "city_facility" or not any(k in taken for k in range(s.start, s.end))]


def of_institutions(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"the Countess of Chester Hospital" cut into "Countess" and "Chester Hospital": one capitalised word
    before "of" and an organisation or building whose name ends in an institution word make one name (not a
    title, a place or a people: "President of Harvard University", "Mayor of London Hospital")."""
    ends = {s.end: s for s in spans}
    gaz = load_gazetteer()
    out, drop = [], set()
    for s in spans:
        a = s.start - 2
        if s.label in ("ORG", "FAC") and a >= 0 and doc[s.start - 1].lower_ == "of" \
                and doc[s.end - 1].lower_ in lex.non_person_heads and _is_cap(doc[a]) and doc[a].is_alpha \
                and (doc[a].lower_,) not in lex.titles and not gaz.lookup(doc[a].text) \
                and not (a > 0 and _is_cap(doc[a - 1]) and not doc[a].is_sent_start):
            before = ends.get(s.start - 1)
            if before is not None and (before.start != a or before.label in ("GPE", "LOC", "PERSON")):
                out.append(s)
                continue
            if before is not None:
                drop.add(id(before))
            s = Span(a, s.end, s.label, s.role, "of_institution")
        out.append(s)
    return [s for s in out if id(s) not in drop]


def streets(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """An ORG, GPE or LOC name ending in a street word of data/street_words.txt is a FAC ("Church Ave" ORG,
    "Norwalk Boulevard" ORG); names of the label table keep their label."""
    words = _street_words()
    texts = doc_words(doc).texts
    for s in spans:
        if s.label in ("ORG", "GPE", "LOC") and s.end - s.start >= 2 and texts[s.end - 1] in words and \
                doc[s.start: s.end].text.lower() not in lex.labels:
            s.label, s.source = "FAC", "street"
    return spans


def surnames(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """A surname the article gave in full before, written alone and left untagged by the model, is
    that PERSON again ("Chancellor Olaf Scholz flew to Kyiv. Scholz and Macron met ..."); so is one in the
    headline line, before the full name ("Trump election: ...", "Donald Trump" in the text)."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    first_seen: dict[str, int] = {}
    full: dict[str, set[tuple[str, ...]]] = {}  # last word -> the full names' words before it
    for s in spans:
        if s.label == "PERSON" and s.end - s.start >= 2 and _is_cap(doc[s.end - 1]):
            last = doc[s.end - 1].text
            if last.lower() not in lex.drop_words and len(last) > 2:
                first_seen[last] = min(first_seen.get(last, s.start), s.start)
                full.setdefault(last, set()).add(tuple(t.text for t in doc[s.start: s.end - 1]))
    if not first_seen:
        return spans
    found = []
    text = doc_words(doc).text
    title_end = text.find("\n", 0, MAX_TITLE_CHARS)  # the headline may name the person before the text does
    for i, word in enumerate(doc_words(doc).texts):
        if word not in first_seen:
            continue
        tok = doc[i]
        k = first_seen.get(tok.text)
        in_title = tok.idx < title_end and tok.pos_ in ("PROPN", "NOUN")  # "Trump election: ..." (NOUN)
        if k is None or tok.i in covered or (tok.i < k or tok.pos_ != "PROPN") and not in_title:
            continue
        # a name of its own ("Scholz Street", "Maria Scholz") is not this person
        if tok.i + 1 < len(doc) and _is_cap(doc[tok.i + 1]) and doc[tok.i + 1].pos_ == "PROPN":
            continue
        # the full name written again ("Alina Kabajewa appeared"): the whole name
        before = [n for n in full.get(tok.text, ()) if tok.i >= len(n) and tuple(
            t.text for t in doc[tok.i - len(n): tok.i]) == n and not any(k in covered for k in range(tok.i - len(n), tok.i))]
        if before:
            found.append(Span(tok.i - len(before[0]), tok.i + 1, "PERSON", "", "surname"))
            continue
        if tok.i > 0 and _is_cap(doc[tok.i - 1]) and doc[tok.i - 1].pos_ == "PROPN" and not doc[tok.i - 1].is_sent_start:
            continue
        found.append(Span(tok.i, tok.i + 1, "PERSON", "", "surname"))
    return _overlay(spans, found)


def surname_acronym(doc: Doc, spans: list[Span], lex: Lexicon) -> list[Span]:
    """"Clinton FBI probe", "Trump EPA pick": a two-word ORG that is the surname of a person named in full in
    the article and an acronym of the table is that PERSON and that organisation."""
    surnames = {doc[s.end - 1].text for s in spans if s.label == "PERSON" and s.end - s.start >= 2}
    out = []
    for s in spans:
        if s.label == "ORG" and s.end - s.start == 2 and doc[s.start].text in surnames and \
                doc[s.start + 1].text in lex.acronyms:
            out.append(Span(s.start, s.start + 1, "PERSON", "", "surname"))
            out.append(Span(s.start + 1, s.end, "ORG", s.role, s.source))
        else:
            out.append(s)
    return out


RULES = (brackets, slashes, function_words, possessive_split, initial_stops, dashes, trim, place_pairs, hyphens, place_hyphens,
         dateline_caps, trim, place_tails, nicknames, quoted_titles,
         run_on_ends, repeated_words, headline_verbs, credit_heads, one_word_sentences, common_openers, endings, events, media_names, exercise_names, team_names, team_nicknames, table_pairs, table, agreement_names, glued_titles, quote_openings, table_names, products, named_products, ships,
         infrastructure_names, venue_names, country_named, non_person, city_facilities, of_institutions, streets, acronym_people, org_person, title, title_lists, title_of,
         speaker, particles, nicknames, appositive, given_names, names_before_foreign_places, people_of_countries, person_cues, surnames, first_names_of_surnames, surname_acronym, party_states, place_person, state_names, place_orgs, known_places, settlements, place_tails, place_list, same_name,
         article_people, known_parts, known_as, org_noun_before, org_noun_after, party_names, feature_names, org_lists, org_same_name, place_noun_lists, stage_names, context_labels, agency_names, city_clubs, names_again, org_repeats, ampersands, drop,
         boilerplate)


def mend(doc: Doc) -> list[Span]:
    """The article's named spans: the model's entities after the mending rules, in text order."""
    lex = lexicon()
    spans = [Span(e.start, e.end, e.label_) for e in doc.ents if e.label_ in LABELS]
    spans = caps_lines(doc, spans, lex)
    caps = caps_tokens(doc)
    from_caps = [Span(s.start, s.end, s.label, s.role, s.source) for s in spans if s.source == "caps"]
    copy_tokens = {k for s in from_caps for k in range(s.start, s.end)}
    for rule in RULES:
        spans = rule(doc, spans, lex)
    if caps:  # in a capitals line the parse of the article is unreliable: only the copy's names stay
        spans = [s for s in spans if s.source in CAPS_KEEP or all(k in copy_tokens for k in range(s.start, s.end))
                 or not any(k in caps for k in range(s.start, s.end))]
        taken = {k for s in spans for k in range(s.start, s.end)}
        spans += [s for s in from_caps if not any(k in taken for k in range(s.start, s.end))]  # overlaid by a rule
        spans = body_names(doc, spans, caps)
    spans.sort(key=lambda s: (s.start, -s.end))
    out, last = [], -1
    for s in spans:
        if s.start >= last:
            out.append(s)
            last = s.end
    return shouted_us(doc, out, lex)  # last: the tables and the capitals copy may have added "US" back


def span_norm(doc: Doc, s: Span) -> str:
    """The normalized text of a span (for tables and keys)."""
    return normalize(doc[s.start: s.end].text)
