"""From a chat message to canonical tokens: slang expanded, stuck words split, typos corrected.

"bang sy ojol mau cekbpjs sy aktif gk??" → bang saya ojol mau cek bpjs saya aktif tidak
Every rewrite is kept as a note, so a decision can be explained in the debug log.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from conversations.nlu.lexicon import PHRASES, PRE_PHRASES, SLANG, VOCABULARY
from conversations.nlu.words import kind_of, stem_of

_WORD = re.compile(r"[a-z]+|\d+(?:[./:\-]\d+)*")
_REPEATS = re.compile(r"([a-z])\1{2,}")
_REFERENCE = re.compile(r"\b(?:jkk|jkm)[\s\-]?\d{4}[\s\-]?\d{3,6}\b")
"""A claim number (JKM-2026-000012) is one token: it says "my claim", not "death"."""
_REDUPLICATED = re.compile(r"\b([a-z]{3,})2\b")
_CONTRACTIONS = ((re.compile(r"\bwon['’]t\b", re.IGNORECASE), "will not"),
                 (re.compile(r"\bcan['’]t\b", re.IGNORECASE), "can not"),
                 (re.compile(r"(?<=[a-z])n['’]t\b", re.IGNORECASE), " not"),
                 (re.compile(r"['’]m\b", re.IGNORECASE), " am"), (re.compile(r"['’]re\b", re.IGNORECASE), " are"),
                 (re.compile(r"['’]ve\b", re.IGNORECASE), " have"),
                 (re.compile(r"['’]ll\b", re.IGNORECASE), " will"),
                 (re.compile(r"['’]d\b", re.IGNORECASE), " would"),
                 (re.compile(r"(?<=[a-z])['’]s\b", re.IGNORECASE), ""))
_BY_LENGTH: dict[int, tuple[str, ...]] = {}
for _word in sorted(VOCABULARY):
    _BY_LENGTH.setdefault(len(_word), ())
    _BY_LENGTH[len(_word)] += (_word,)
_KNOWN = VOCABULARY | frozenset(SLANG)


@dataclass(frozen=True, slots=True)
class Normalised:
    tokens: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())
    """How tokens were rewritten ("sy→saya", "cekbpjs→cek bpjs", "klain~klaim"), for the debug log."""

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def _canonical(word: str) -> tuple[str, ...]:
    mapped = SLANG.get(word)
    if mapped is not None:
        return tuple(mapped.split())
    return (word,)


@lru_cache(maxsize=4096)
def _split_stuck(word: str) -> tuple[str, str] | None:
    """"cekbpjs" → ("cek", "bpjs"): the split into two known words with the longest first part."""
    if len(word) < 7:
        return None
    for cut in range(len(word) - 3, 2, -1):
        head, tail = word[:cut], word[cut:]
        if head in _KNOWN and tail in _KNOWN and len(head) >= 3 and len(tail) >= 3:
            return head, tail
    return None


@lru_cache(maxsize=8192)
def _closest(word: str) -> str | None:
    """A word of our vocabulary one edit away (two for long words), unique at that distance; else None. A real
    Indonesian word is never rewritten (tapi stays tapi); one built from a root with affixes only for a
    one-letter slip ("kecelakan"), never into a different word ("tikungan" is not "tabungan")."""
    if len(word) < 4:
        return None
    kind = kind_of(word)
    if kind == "root":
        return None
    budget = 1 if len(word) < 7 or kind == "derived" else 2
    best: list[str] = []
    best_distance = budget + 1
    for length in range(len(word) - budget, len(word) + budget + 1):
        for candidate in _BY_LENGTH.get(length, ()):
            if candidate[0] != word[0] and len(word) < 7:
                continue  # short words: a typo rarely changes the first letter
            distance = Levenshtein.distance(word, candidate, score_cutoff=best_distance)
            if distance < best_distance:
                best, best_distance = [candidate], distance
            elif distance == best_distance and distance <= budget:
                best.append(candidate)
    return best[0] if len(best) == 1 else None


def _vowel_dropped(word: str) -> str | None:
    """The "e" of a "ke-"/"te-" prefix left out, as texting drops it ("ktimpa", "ktabrak", "kjepit": a harm told was
    not understood), when the closest-word search found nothing (a short word reads as a root there). Every training
    message's word of this shape is found by that search already, so the shipped model's tokens are unchanged."""
    if len(word) < 4 or word[0] not in "kt" or word[1] in "aeiou":
        return None
    spelled = f"{word[0]}e{word[1:]}"
    return spelled if spelled in _KNOWN else None


def _words(text: str) -> list[str]:
    lowered = _REFERENCE.sub(" nomorklaim ", text.casefold())
    lowered = _REPEATS.sub(r"\1", lowered)
    lowered = _REDUPLICATED.sub(r"\1", lowered)  # "anak2" → "anak"
    lowered = re.sub(r"(?<=[a-z])(?=\d{2,})|(?<=\d)(?=[a-z]{2,})", " ", lowered)  # "tgl5" → "tgl 5"
    words = " ".join(_WORD.findall(lowered))
    return _rewrite(words, PRE_PHRASES, []).split()


def spelled_out(text: str) -> str:
    """English contractions written out ("don't" → "do not", "i'm" → "i am", "husband's" → "husband"): the apostrophe
    split them ("don t", "saya m"), and "can't" read "bisa" (can). Applied where a message is understood, not in
    `normalise`, which the shipped model was trained through: its training messages keep their tokens."""
    if "'" not in text and "’" not in text:
        return text
    for contracted, written in _CONTRACTIONS:
        text = contracted.sub(written, text)
    return text


def _rewrite(joined: str, phrases: tuple[tuple[str, str], ...], notes: list[str]) -> str:
    for phrase, replacement in phrases:
        if phrase in joined:
            padded = f" {joined} ".replace(f" {phrase} ", f" {replacement} ")
            if padded.strip() != joined:
                notes.append(f"{phrase}→{replacement}")
                joined = padded.strip()
    return joined


def normalise(text: str) -> Normalised:
    tokens: list[str] = []
    notes: list[str] = []
    for raw in _words(text):
        word = raw
        if word[0].isdigit() or word in _KNOWN:
            mapped = _canonical(word)
            if mapped != (word,):
                notes.append(f"{word}→{' '.join(mapped)}")
            tokens.extend(mapped)
            continue
        if kind_of(word) == "derived" and stem_of(word) in _KNOWN:  # diambil → ambil: the root carries the cue
            mapped = _canonical(stem_of(word))
            notes.append(f"{word}→{' '.join(mapped)}")
            tokens.extend(mapped)
            continue
        stuck = _split_stuck(word)
        if stuck is not None:
            parts = [p for piece in stuck for p in _canonical(piece)]
            notes.append(f"{word}→{' '.join(parts)}")
            tokens.extend(parts)
            continue
        close = _closest(word) or _vowel_dropped(word)
        if close is not None:
            notes.append(f"{word}~{close}")
            tokens.extend(_canonical(close))
            continue
        tokens.append(word)
    joined = _rewrite(" ".join(tokens), PHRASES, notes)
    return Normalised(tuple(joined.split()), tuple(notes))


def normalise_message(text: str) -> Normalised:
    """A message as a flow reads it: its contractions written out (`spelled_out`), then normalised."""
    return normalise(spelled_out(text))
