"""Evaluation measures dateline reports on its benchmarks.

``dateline.eval.coref`` scores clusterings (articles grouped into stories, event mentions
grouped into events) with the coreference measures of the CoNLL reference scorer.
"""

from .coref import Score, bcubed, ceafe, conll_f1, evaluate, muc

__all__ = ["Score", "bcubed", "ceafe", "conll_f1", "evaluate", "muc"]
