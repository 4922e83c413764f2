"""Is this a real word? Sastrawi's 30,000 Indonesian root words and its affix rules (tikungan → tikung,
katanya → kata), and the places of our cities: a word that is known is never "corrected" into another.

Why: a corrector that knows only our own vocabulary rewrote correct words into domain words (tapi→tadi,
bukan→bulan, tikungan→tabungan, listrik→istri) in about one message in five."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

PLACES = frozenset(["jambi", "kota", "muaro", "muara", "jaluko", "sengeti", "sipin", "danau", "teluk", "pelayangan", "telanaipura", "jelutung", "paal", "merah", "alam", "barajo", "kenali", "mayang", "mangurai", "talang", "bakung", "banjar", "sijenjang", "pakuan", "tambak", "sari", "cempaka", "pematang", "sulur", "buluran", "legok", "pasar", "simpang", "kawat", "rimbo", "broni", "thehok", "kasang", "olak", "kemang", "lingkar", "selatan", "timur", "barat", "utara", "eka", "jaya", "suka", "karya", "bontang", "samarinda", "balikpapan", "kutai", "kaltim", "kalimantan", "berbas", "tengah", "tanjung", "laut", "guntung", "api", "belimbing", "gunung", "telihan", "loktuan", "lok", "tuan", "satimpo", "sangatta", "tanah", "grogot", "palembang", "sumsel", "riau", "pekanbaru", "padang", "medan", "jakarta"])
"""Place names of Kota Jambi, Kota Bontang and their neighbours, as people write them in an address."""


@lru_cache(maxsize=1)
def roots() -> frozenset[str]:
    with resources.files("Sastrawi.Stemmer").joinpath("data/kata-dasar.txt").open(encoding="utf-8") as lines:
        return frozenset(word.strip() for word in lines if word.strip())


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    return StemmerFactory().create_stemmer()


@lru_cache(maxsize=16384)
def stem_of(word: str) -> str:
    """The root under Indonesian affixes (diambil → ambil), or the word itself."""
    return str(_stemmer().stem(word))


@lru_cache(maxsize=16384)
def kind_of(word: str) -> str:
    """"root" (a word as it is in the dictionary, or a place), "derived" (a root with Indonesian affixes:
    a typo one letter off may still be meant), or "unknown"."""
    if word in PLACES or word in roots():
        return "root"
    stem = stem_of(word)
    return "derived" if stem != word and stem in roots() else "unknown"
