"""Keyboard noise typed where free text is asked ("asdfgh" as an accident's place, "qwerty" as a neighbour's name):
a slip of a cheap phone's keyboard or a test of the bot, which was written into a report as the answer. Only words
that cannot be Indonesian, an address or a name count, so a real answer is never refused."""

from __future__ import annotations

import re

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
VOWELS = frozenset("aiueo")
RUN = 4
"""Letters along one keyboard row ("asdf", "lkjh") that make a word noise; "erty" inside "property" does not."""
NO_VOWEL = 5
"""Letters without a vowel that make a word noise: every Indonesian word has one, and the consonant-only
abbreviations of addresses ("Jl", "Gg", "Kp", "STNK") are shorter."""
_WORD = re.compile(r"[^\W\d_]+")


def is_keyboard_noise(text: str) -> bool:
    """Every word of four letters or more is noise, and there is one; digits and short words say nothing."""
    words = [word for word in _WORD.findall(text.lower()) if len(word) >= RUN]
    return bool(words) and all(_noise(word) for word in words)


def _noise(word: str) -> bool:
    if re.fullmatch(r"(.)\1{3,}", word):  # "aaaa"
        return True
    if len(word) >= NO_VOWEL and not VOWELS & set(word):  # "sdfsdf", "jkjkjk", "wkwkwk"
        return True
    unit = _repeated_unit(word)
    return any(unit in row or unit in row[::-1] for row in ROWS)  # "asdfgh", "qwerty", "asdfasdf"


def _repeated_unit(word: str) -> str:
    """The shortest part the word repeats ("asdfasdf": "asdf"), or the word itself."""
    for size in range(RUN, len(word) // 2 + 1):
        if len(word) % size == 0 and word[:size] * (len(word) // size) == word:
            return word[:size]
    return word
