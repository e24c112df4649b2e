"""Near-duplicate detection: MinHash signatures over word shingles, banded for lookup.

Syndicated copies of one wire story differ by a byline, a dateline or a closing line. Their word
5-shingle sets still overlap heavily, which MinHash (datasketch) estimates from 128 hash values.
Signatures are cut into 16 bands of 8 rows (locality-sensitive hashing): two texts whose Jaccard
similarity is 0.8 share at least one band with probability > 0.99, while texts at 0.3 almost
never do. Candidates found through a shared band are then checked on the full signature.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np
from datasketch import MinHash

NUM_PERM = 128
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 5
THRESHOLD = 0.8  # estimated Jaccard similarity above which two texts are copies of one story
MIN_WORDS = 25  # texts shorter than this are compared only by exact content

_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens."""
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """The set of k-word shingles of a text (the whole text when shorter than k words)."""
    toks = words(text)
    if len(toks) <= k:
        return {" ".join(toks).encode()} if toks else set()
    return {" ".join(toks[i : i + k]).encode() for i in range(len(toks) - k + 1)}


def signature(text: str) -> np.ndarray | None:
    """The MinHash signature of a text, or None when it is too short to compare reliably."""
    if len(words(text)) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles(text)))
    return mh.hashvalues.astype(np.uint64)


def band_hashes(sig: np.ndarray) -> list[tuple[int, int]]:
    """(band, hash) keys of a signature: one signed 64-bit integer per band, as SQLite stores it."""
    keys = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        h = struct.unpack("<q", hashlib.blake2b(chunk, digest_size=8).digest())[0]
        keys.append((b, h))
    return keys


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


def to_blob(sig: np.ndarray) -> bytes:
    return sig.astype("<u8").tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u8").astype(np.uint64)
