"""Postings cut into passages: runs of whole sentences of at most a few hundred characters.

A criterion such as "dog-friendly office" is one line deep inside a 3,500-character posting; one
vector for the whole posting (or its first 256 tokens) dilutes or drops it. Passages are short
enough that one line dominates its passage, and long enough that a bullet list is not torn into
single words.
"""

from __future__ import annotations

import numpy as np

from dreamfit.postings.text import split_sentences

__all__ = ["MAX_PASSAGE_CHARS", "posting_passages", "split_passages"]

MAX_PASSAGE_CHARS = 320
"""Upper bound of a passage (a longer sentence is cut between words)."""


def split_passages(text: str, max_chars: int = MAX_PASSAGE_CHARS) -> list[str]:
    """Consecutive sentences of ``text`` joined up to ``max_chars`` characters.

    Examples
    --------
    >>> split_passages("We pay well. Dogs welcome!", max_chars=15)
    ['We pay well.', 'Dogs welcome!']
    """
    out: list[str] = []
    current = ""
    for start, end in split_sentences(text):
        sentence = " ".join(text[start:end].split())
        while len(sentence) > max_chars:
            cut = sentence.rfind(" ", 0, max_chars)
            cut = cut if cut > max_chars // 2 else max_chars
            if current:
                out.append(current)
                current = ""
            out.append(sentence[:cut].strip())
            sentence = sentence[cut:].strip()
        if not sentence:
            continue
        if current and len(current) + 1 + len(sentence) > max_chars:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        out.append(current)
    return out


def posting_passages(
    descriptions: list[str], max_chars: int = MAX_PASSAGE_CHARS
) -> tuple[list[str], np.ndarray]:
    """Passages of every description and the offsets that map them back.

    Returns
    -------
    texts : list of str
        All passages, posting after posting.
    offsets : int64 array of shape (len(descriptions) + 1,)
        Posting ``i`` owns ``texts[offsets[i]:offsets[i + 1]]``.
    """
    texts: list[str] = []
    offsets = np.zeros(len(descriptions) + 1, dtype=np.int64)
    for i, text in enumerate(descriptions):
        texts.extend(split_passages(text or "", max_chars))
        offsets[i + 1] = len(texts)
    return texts, offsets
