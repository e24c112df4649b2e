"""Timeline summarization metrics with tilse's definitions (Martschat & Markert, EACL 2017 / CoNLL 2018).

A timeline maps a date to a list of sentences (its daily summary). A predicted timeline is scored
against one or more reference timelines with the measures of the tilse package
(github.com/smartschat/tilse, ``tilse/evaluation/rouge.py`` and ``dates.py``):

* ``concat_rouge``: all daily summaries of a timeline concatenated (dates in order), then ROUGE.
* ``agreement_rouge``: per date, only the summaries of the same date are compared.
* ``align_rouge``: predicted dates are aligned to reference dates (optimal 1:1 assignment, or each
  date to its cheapest partner for ``many_to_one``) with a cost from the date distance (and, for
  "align+", from content overlap); each aligned pair's matched n-grams count 1/(|d - d'| + 1).
* ``date_f1``: precision, recall and F1 of the set of dates.

ROUGE-N is computed as tilse computes it through ROUGE-1.5.5 (options ``-n 2 -m -s -f A -t 2``):

* text is lowercased (ASCII), "-" is split off, every character other than [A-Za-z0-9-] becomes
  a space; tokens that are "-" alone are dropped; the SMART stopword list of ROUGE
  (``smart_common_words.txt``) is removed (``-s``, tilse's ``ignore_stopwords=True``); tokens longer
  than three characters are stemmed with ROUGE's Porter stemmer (``-m``, tilse's ``stem=True``);
  n-grams are counted over the summary's token sequence, across sentence boundaries;
* with several references ("model average", ``-f A``) the hits, the reference n-grams and the
  predicted n-grams are summed over the references: the prediction's n-grams are counted once
  per reference, and a reference timeline that lacks a date contributes an empty summary;
* precision = hits / predicted n-grams, recall = hits / reference n-grams, both summed over dates
  (micro-averaged) before dividing, F1 their harmonic mean.

Known differences from tilse, all deliberate:

* ROUGE-1.5.5 first looks irregular forms up in WordNet's exception lists (``WordNet-2.0.exc.db``,
  e.g. "children" -> "child") before stemming; that binary database is not reproduced here, so
  such forms only match when identical. Regular inflections are stemmed exactly as ROUGE does.
* tilse raises ZeroDivisionError for an empty predicted timeline (or one without content words);
  here the scores are 0.
* The 1:1 alignment is an optimal assignment like scipy's ``linear_sum_assignment``; when several
  assignments have the same total cost, the one chosen may differ from scipy's.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

log = logging.getLogger(__name__)

Timeline = Mapping[dt.date, Sequence[str]]
Scores = dict[str, dict[str, float]]

MEASURES = ("rouge_1", "rouge_2")

# ROUGE-1.5.5 data/smart_common_words.txt, keeping the entries that can equal a token (those with an
# apostrophe or a period never can: ROUGE turns those characters into spaces before matching).
_SMART_STOPWORDS = frozenset(
    """
reuters ap jan feb mar apr may jun jul aug sep oct nov dec tech news index mon tue wed thu fri sat a
able about above according accordingly across actually after afterwards again against ai all allow
allows almost alone along already also although always am amid among amongst an and another any
anybody anyhow anyone anything anyway anyways anywhere apart appear appreciate appropriate are around
as aside ask asking associated at available away awfully b be became because become becomes becoming
been before beforehand behind being believe below beside besides best better between beyond both
brief but by c came can ca cannot cant cause causes certain certainly changes clearly co com come
comes concerning consequently consider considering contain containing contains corresponding could
course currently d definitely described despite did different do does doing done down downwards
during e each edu eg eight either else elsewhere enough entirely especially et etc even ever every
everybody everyone everything everywhere ex exactly example except f far few fifth five followed
following follows for former formerly forth four from further furthermore g get gets getting given
gives go goes going gone got gotten greetings h had happens hardly has have having he hello help
hence her here hereafter hereby herein hereupon hers herself hi him himself his hither hopefully how
howbeit however i ie if ignored immediate in inasmuch inc indeed indicate indicated indicates inner
insofar instead into inward is it its itself j just k keep keeps kept know knows known l lately later
latter latterly least less lest let like liked likely little look looking looks ltd m mainly many
maybe me mean meanwhile merely might more moreover most mostly much must my myself n namely nd near
nearly necessary need needs neither never nevertheless new next nine no nobody non none noone nor
normally not nothing novel now nowhere o obviously of off often oh ok okay old on once one ones only
onto or other others otherwise ought our ours ourselves out outside over overall own p particular
particularly per perhaps placed please plus possible presumably probably provides q que quite qv r
rather rd re really reasonably regarding regardless regards relatively respectively right s said
same saw say saying says second secondly see seeing seem seemed seeming seems seen self selves
sensible sent serious seriously seven several shall she should since six so some somebody somehow
someone something sometime sometimes somewhat somewhere soon sorry specified specify specifying
still sub such sup sure t take taken tell tends th than thank thanks thanx that thats the their
theirs them themselves then thence there thereafter thereby therefore therein theres thereupon these
they think third this thorough thoroughly those though three through throughout thru thus to
together too took toward towards tried tries truly try trying twice two u un under unfortunately
unless unlikely until unto up upon us use used useful uses using usually uucp v value various very
via viz vs w want wants was way we welcome well went were what whatever when whence whenever where
whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever whole
whom whose why will willing wish with within without wo wonder would x y yes yet you your yours
yourself yourselves z zero
""".split()
)


# -- ROUGE-1.5.5's Porter stemmer (its Perl ``stem`` sub, including Chin-Yew Lin's 2004 step-4 change)

_c = "[^aeiou]"
_v = "[aeiouy]"
_C = _c + "[^aeiouy]*"
_V = _v + "[aeiou]*"
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")  # measure > 0
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")  # measure == 1
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")  # measure > 1
_HAS_VOWEL = re.compile(f"^({_C})?{_v}")
_CVC = re.compile(f"^{_C}{_v}[^aeiouwxy]$")
_STEP2 = {
    "ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
    "alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
    "ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
    "iviti": "ive", "biliti": "ble", "logi": "log",
}  # fmt: skip
_STEP3 = {"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": ""}
_STEP2_RE = re.compile("(" + "|".join(_STEP2) + ")$")
_STEP3_RE = re.compile("(" + "|".join(_STEP3) + ")$")
_STEP4_RE = re.compile("(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$")


@lru_cache(maxsize=65536)
def porter_stem(word: str) -> str:
    """Stem a lowercase word exactly as ROUGE-1.5.5's Perl Porter stemmer does."""
    if len(word) < 3:
        return word
    initial_y = word[0] == "y"
    w = "Y" + word[1:] if initial_y else word
    if m := re.search("(ss|i)es$", w):  # step 1a
        w = w[: m.start()] + m.group(1)
    elif m := re.search("([^s])s$", w):
        w = w[: m.start()] + m.group(1)
    if w.endswith("eed"):  # step 1b
        if _MGR0.search(w[:-3]):
            w = w[:-1]
    elif m := re.search("(ed|ing)$", w):
        stem = w[: m.start()]
        if _HAS_VOWEL.search(stem):
            w = stem
            if re.search("(at|bl|iz)$", w):
                w += "e"
            elif re.search(r"([^aeiouylsz])\1$", w):
                w = w[:-1]
            elif _CVC.search(w):
                w += "e"
    if w.endswith("y") and _HAS_VOWEL.search(w[:-1]):  # step 1c
        w = w[:-1] + "i"
    for pattern, table in ((_STEP2_RE, _STEP2), (_STEP3_RE, _STEP3)):  # steps 2 and 3
        if m := pattern.search(w):
            stem = w[: m.start()]
            if _MGR0.search(stem):
                w = stem + table[m.group(1)]
    if m := _STEP4_RE.search(w):  # step 4, with "ment" and "ent" tried after the list, as ROUGE does
        if _MGR1.search(w[: m.start()]):
            w = w[: m.start()]
    if w.endswith("ment") and _MGR1.search(w[:-4]):
        w = w[:-4]
    if w.endswith("ent"):
        if _MGR1.search(w[:-3]):
            w = w[:-3]
    elif m := re.search("(s|t)(ion)$", w):
        if _MGR1.search(w[: m.start(2)]):
            w = w[: m.start(2)]
    if w.endswith("e"):  # step 5
        stem = w[:-1]
        if _MGR1.search(stem) or (_MEQ1.search(stem) and not _CVC.search(stem)):
            w = stem
    if w.endswith("ll") and _MGR1.search(w):
        w = w[:-1]
    return "y" + w[1:] if initial_y else w


_NOT_TOKEN_CHAR = re.compile(r"[^A-Za-z0-9\-]")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=65536)
def rouge_tokens(sentence: str) -> tuple[str, ...]:
    """The tokens ROUGE-1.5.5 counts for one sentence, with tilse's options (stemming, no stopwords)."""
    # pyrouge writes "^" as "&circ;" and ROUGE reads a sentence only up to its first "<".
    text = sentence.replace("^", "&circ;").split("<", 1)[0]
    text = text.translate(_ASCII_LOWER).replace("-", " - ")
    out = []
    for tok in _NOT_TOKEN_CHAR.sub(" ", text).split():
        if tok == "-" or tok in _SMART_STOPWORDS:
            continue
        out.append(porter_stem(tok) if len(tok) > 3 else tok)
    return tuple(out)


def _ngrams(sentences: Sequence[str], n: int) -> Counter:
    return _ngrams_cached(tuple(sentences), n)


@lru_cache(maxsize=8192)
def _ngrams_cached(sentences: tuple[str, ...], n: int) -> Counter:
    tokens: list[str] = []
    for sent in sentences:
        tokens.extend(rouge_tokens(" ".join(sent.split())))
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _rouge_counts(pred: Sequence[str], refs: Sequence[Sequence[str]]) -> dict[str, tuple[float, int, int]]:
    """(hits, predicted n-grams, reference n-grams) per measure, summed over references (ROUGE -f A)."""
    out = {}
    for n, measure in enumerate(MEASURES, start=1):
        p = _ngrams(pred, n)
        p_total = sum(p.values())
        hits = m_total = 0
        for ref in refs:
            r = _ngrams(ref, n)
            hits += sum(min(c, p[g]) for g, c in r.items() if g in p)
            m_total += sum(r.values())
        out[measure] = (hits, p_total * len(refs), m_total)
    return out


# -- inputs


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value[:10])
    raise TypeError(f"a timeline date must be a datetime.date or YYYY-MM-DD, not {value!r}")


def _normalize(timeline: Mapping) -> dict[dt.date, list[str]]:
    out: dict[dt.date, list[str]] = {}
    for day, summary in timeline.items():
        sents = [summary] if isinstance(summary, str) else list(summary)
        out.setdefault(_as_date(day), []).extend(s.strip() for s in sents)
    return out


def _references(refs: Mapping | Sequence[Mapping]) -> list[dict[dt.date, list[str]]]:
    out = [_normalize(refs)] if isinstance(refs, Mapping) else [_normalize(r) for r in refs]
    if not out:
        raise ValueError("at least one reference timeline is needed")
    return out


def _f1(prec: float, rec: float) -> float:
    return 0.0 if prec + rec == 0 else 2 * prec * rec / (prec + rec)


def _prf(hits: float, pred_total: float, ref_total: float) -> dict[str, float]:
    prec = hits / pred_total if pred_total else 0.0
    rec = hits / ref_total if ref_total else 0.0
    return {"precision": prec, "recall": rec, "f_score": _f1(prec, rec)}


def _ref_summaries(refs: list[dict[dt.date, list[str]]], day: dt.date) -> list[list[str]]:
    return [ref.get(day, []) for ref in refs]


# -- the metrics


def concat_rouge(pred: Timeline, refs: Timeline | Sequence[Timeline]) -> Scores:
    """ROUGE-1/2 of all daily summaries concatenated in date order (tilse ``evaluate_concat``)."""
    p, rs = _normalize(pred), _references(refs)
    pred_sents = [s for day in sorted(p) for s in p[day]]
    ref_sents = [[s for day in sorted(r) for s in r[day]] for r in rs]
    return {m: _prf(*c) for m, c in _rouge_counts(pred_sents, ref_sents).items()}


def agreement_rouge(pred: Timeline, refs: Timeline | Sequence[Timeline]) -> Scores:
    """ROUGE-1/2 comparing each date's summaries only with the same date's (tilse ``evaluate_agreement``)."""
    p, rs = _normalize(pred), _references(refs)
    ref_dates = set().union(*rs)
    totals = {m: [0.0, 0, 0] for m in MEASURES}
    for day in set(p) | ref_dates:
        counts = _rouge_counts(p.get(day, []), _ref_summaries(rs, day))
        for m, (hits, p_n, r_n) in counts.items():
            if day in p:
                totals[m][0] += hits
                totals[m][1] += p_n
            if day in ref_dates:
                totals[m][2] += r_n
    return {m: _prf(*t) for m, t in totals.items()}


def _day_gap(a: dt.date, b: dt.date) -> int:
    return abs(a.toordinal() - b.toordinal())


def _content_overlap(pred: Sequence[str], refs: Sequence[Sequence[str]]) -> float:
    """tilse's ``compute_rouge_approximation``: ROUGE-1 F1 on raw whitespace tokens (case-sensitive)."""
    pred_counts = _raw_counts(tuple(pred))
    ref_counts = [_raw_counts(tuple(ref)) for ref in refs]
    match = sum(min(c, rc[tok]) for tok, c in pred_counts.items() for rc in ref_counts)
    prec_denom = len(ref_counts) * sum(pred_counts.values())
    rec_denom = sum(sum(rc.values()) for rc in ref_counts)
    return _f1(match / prec_denom if prec_denom else 0.0, match / rec_denom if rec_denom else 0.0)


@lru_cache(maxsize=8192)
def _raw_counts(sentences: tuple[str, ...]) -> Counter:
    return Counter(tok for s in sentences for tok in s.split())


def align_rouge(
    pred: Timeline,
    refs: Timeline | Sequence[Timeline],
    many_to_one: bool = False,
    content: bool | None = None,
) -> Scores:
    """ROUGE-1/2 after aligning predicted dates with reference dates.

    ``many_to_one=False`` is tilse's "align" (``align_date_costs``: optimal 1:1 assignment, cost
    1 - 1/(|d - d'| + 1)); ``many_to_one=True`` is "align+ m:1"
    (``align_date_content_costs_many_to_one``: every date goes to its cheapest partner, cost
    date cost x (1 - content overlap)). ``content`` overrides whether content enters the cost
    (``content=True`` with 1:1 is tilse's "align+").
    """
    use_content = many_to_one if content is None else content
    p, rs = _normalize(pred), _references(refs)
    pred_dates, ref_dates = sorted(p), sorted(set().union(*rs))
    totals = {m: [0.0, 0, 0] for m in MEASURES}
    if not pred_dates or not ref_dates:
        for day in pred_dates:
            for m, (_, p_n, _) in _rouge_counts(p[day], [[] for _ in rs]).items():
                totals[m][1] += p_n
        for day in ref_dates:
            for m, (_, _, r_n) in _rouge_counts([], _ref_summaries(rs, day)).items():
                totals[m][2] += r_n
        return {m: _prf(*t) for m, t in totals.items()}

    def cost(pd: dt.date, rd: dt.date) -> float:
        c = 1 - 1 / (_day_gap(pd, rd) + 1)
        if use_content:
            c *= 1 - _content_overlap(p[pd], _ref_summaries(rs, rd))
        return c

    assign: Callable[[list[list[float]]], list[tuple[int, int]]]
    assign = _assign_to_min_cost if many_to_one else _linear_sum_assignment
    prec_pairs = assign([[cost(pd, rd) for rd in ref_dates] for pd in pred_dates])
    rec_pairs = assign([[cost(pd, rd) for pd in pred_dates] for rd in ref_dates])

    matched = set()
    for row, col in prec_pairs:
        pd, rd = pred_dates[row], ref_dates[col]
        matched.add(row)
        for m, (hits, p_n, _) in _rouge_counts(p[pd], _ref_summaries(rs, rd)).items():
            totals[m][0] += hits / (_day_gap(pd, rd) + 1)
            totals[m][1] += p_n
    for i, pd in enumerate(pred_dates):
        if i not in matched:  # an unaligned predicted date: all its n-grams are unmatched
            for m, (_, p_n, _) in _rouge_counts(p[pd], [[] for _ in rs]).items():
                totals[m][1] += p_n
    rec_hits = dict.fromkeys(MEASURES, 0.0)
    matched = set()
    for row, col in rec_pairs:
        rd, pd = ref_dates[row], pred_dates[col]
        matched.add(row)
        for m, (hits, _, r_n) in _rouge_counts(p[pd], _ref_summaries(rs, rd)).items():
            rec_hits[m] += hits / (_day_gap(pd, rd) + 1)
            totals[m][2] += r_n
    for i, rd in enumerate(ref_dates):
        if i not in matched:
            for m, (_, _, r_n) in _rouge_counts([], _ref_summaries(rs, rd)).items():
                totals[m][2] += r_n
    out = {}
    for m, (prec_hits, p_n, r_n) in totals.items():
        prec = prec_hits / p_n if p_n else 0.0
        rec = rec_hits[m] / r_n if r_n else 0.0
        out[m] = {"precision": prec, "recall": rec, "f_score": _f1(prec, rec)}
    return out


def date_f1(pred: Timeline, refs: Timeline | Sequence[Timeline]) -> dict[str, float]:
    """Precision, recall and F1 of the predicted dates against all reference dates (tilse ``evaluate_dates``)."""
    pred_dates = set(_normalize(pred))
    ref_dates = set().union(*_references(refs))
    both = len(pred_dates & ref_dates)
    return _prf(both, len(pred_dates), len(ref_dates))


def evaluate_timeline(pred: Timeline, refs: Timeline | Sequence[Timeline]) -> dict[str, dict]:
    """Every tilse measure, keyed as tilse's ``evaluate_all`` keys them, plus ``date_f1``."""
    return {
        "concat": concat_rouge(pred, refs),
        "agreement": agreement_rouge(pred, refs),
        "align_date_costs": align_rouge(pred, refs),
        "align_date_content_costs": align_rouge(pred, refs, content=True),
        "align_date_content_costs_many_to_one": align_rouge(pred, refs, many_to_one=True),
        "date_f1": date_f1(pred, refs),
    }


# -- assignments


def _assign_to_min_cost(costs: list[list[float]]) -> list[tuple[int, int]]:
    """Each row to its cheapest column, the first one on ties (tilse ``_assign_to_min_cost``, numpy argmin)."""
    return [(i, min(range(len(row)), key=row.__getitem__)) for i, row in enumerate(costs)]


def _linear_sum_assignment(costs: list[list[float]]) -> list[tuple[int, int]]:
    """Minimum-cost matching of min(rows, columns) pairs (Hungarian method, shortest augmenting paths)."""
    n_rows, n_cols = len(costs), len(costs[0]) if costs else 0
    if n_rows == 0 or n_cols == 0:
        return []
    if n_rows > n_cols:
        transposed = [[costs[r][c] for r in range(n_rows)] for c in range(n_cols)]
        return sorted((r, c) for c, r in _linear_sum_assignment(transposed))
    inf = float("inf")
    u, v = [0.0] * (n_rows + 1), [0.0] * (n_cols + 1)
    owner = [0] * (n_cols + 1)  # owner[j]: the 1-based row matched to column j, 0 when free
    way = [0] * (n_cols + 1)
    for row in range(1, n_rows + 1):
        owner[0], j0 = row, 0
        minv, used = [inf] * (n_cols + 1), [False] * (n_cols + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, n_cols + 1):
                if not used[j]:
                    cur = costs[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n_cols + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    return sorted((owner[j] - 1, j - 1) for j in range(1, n_cols + 1) if owner[j])
