"""Timelines: building them, and measuring them (tilse metrics, SemEval-2015 TimeLine scorer)."""
