"""The few parameters of story clustering, with defaults chosen on ECB+ topics 1-22.

See benchmarks/bench_cluster.py for how they were chosen and what they give on the held-out
topics 23-45.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Params:
    """How articles are compared and when two groups of articles are one story.

    - ``threshold``: the average similarity two groups need to be merged (0-1);
    - ``incremental_threshold``: the same for one new article joining a story
      (:class:`~dateline.stories.StoryIndex`);
    - ``title_weight``: how many times a title word counts;
    - ``name_weight`` / ``number_weight``: the share of names and numbers beside words
      (words have weight 1) in the similarity;
    - ``grace_days``, ``decay_days``, ``max_gap_days``: when articles carry publication
      dates, similarity is untouched within ``grace_days``, then multiplied by
      exp(-(gap - grace) / decay), and two articles more than ``max_gap_days`` apart never
      meet directly;
    - ``neighbours``: how many best partners each article keeps in the similarity graph
      (bounds memory: n x neighbours pairs);
    - ``min_df``: terms found in fewer articles than this are ignored;
    - ``veto_size``, ``veto_high``, ``veto_low``, ``veto_cap``: two groups of at least
      ``veto_size`` articles whose average similarity is below ``veto_cap`` are not merged
      when each has a name or year found in ``veto_high`` of its articles and in at most
      ``veto_low`` of the other's (see :class:`~dateline.stories.agglomerative.NameVeto`):
      two events of one kind close in time ("Klitschko beats Rahman", "Klitschko beats
      Thompson"). The cap lets groups that are plainly alike merge anyway (a developing
      story that names new people); ``veto_size=0`` turns the veto off;
    - ``veto_dated``: use the veto also when articles carry dates (else only when none is).
    """

    threshold: float = 0.2
    incremental_threshold: float = 0.15
    title_weight: float = 2.0
    name_weight: float = 1.0
    number_weight: float = 0.5
    grace_days: float = 3.0
    decay_days: float = 7.0
    max_gap_days: float = 30.0
    neighbours: int = 40
    min_df: int = 2
    veto_size: int = 5
    veto_high: float = 0.6
    veto_low: float = 0.1
    veto_cap: float = 0.3
    veto_dated: bool = True

    @property
    def kind_weights(self) -> dict[str, float]:
        return {"w": 1.0, "e": self.name_weight, "n": self.number_weight}
