"""Which language a first message is written in: English when it is clearly English, else None (the
default, Indonesian, or the platform's hint). Only words that are not also Indonesian or common slang count."""

from __future__ import annotations

import re

ENGLISH = frozenset(
    ["i", "i'm", "im", "my", "me", "the", "is", "are", "was", "were", "am", "how", "what", "where", "when", "who", "why", "want", "wanna", "please", "hello", "hi", "hey", "can", "could", "would", "should", "do", "does", "did", "to", "of", "and", "for", "with", "from", "this", "that", "it", "yesterday", "today", "died", "dead", "passed", "husband", "wife", "father", "mother", "son", "daughter", "check", "still", "if", "thanks", "thank", "you", "your", "am", "membership", "benefit", "benefits", "insurance", "accident", "injured", "need", "help", "report", "claim's",
     # said in a later message ("am i covered", "i dont know my kpj"): were answered in Indonesian
     "covered", "know", "dont", "don't", "have", "not", "got", "send", "number", "registered", "enrolled", "worker",
     "card", "death", "hurt", "hospital", "paid", "money", "much", "many", "there", "they", "we", "our", "she", "his",
     "her", "been", "will", "about",
     # "hi", then "is this a scam?" or "how long does the claim take": were answered in Indonesian
     "scam", "fraud", "claim", "work", "pay", "paying", "long", "take", "get", "find", "happens", "stop",
     # "i'm a grab driver in jambi" was answered in Indonesian: the small words no Indonesian message uses
     "a", "an", "in", "on", "at", "as",
     # "can foreigners join" was answered in Indonesian
     "join", "foreigner", "foreigners"])
INDONESIAN = frozenset(
    ["saya", "sy", "aku", "gw", "gue", "mau", "ingin", "apa", "bagaimana", "gimana", "gmn", "kapan", "siapa", "di", "ke", "dari", "dan", "yang", "ini", "itu", "tidak", "gak", "ga", "nggak", "sudah", "udah", "belum", "bisa", "tolong", "terima", "kasih", "makasih", "halo", "hai", "selamat", "pagi", "siang", "sore", "malam", "cek", "klaim", "meninggal", "suami", "istri", "bapak", "ibu", "anak", "kecelakaan", "kerja", "ada", "berapa", "brp", "kalau", "kalo"])
"""Not "bpjs": a name, written in either language ("hi", then "i quit driving, is my bpjs still active" was answered in
Indonesian)."""


STRONG = frozenset({"hello", "please", "thanks", "thank"})
"""English on their own: Indonesians greet with "halo" and thank with "makasih"."""


LATER = 3
"""English words a later message needs, with no Indonesian one, to switch a conversation that never chose its
language: "thanks min" or "ok thank you" after an Indonesian exchange are not a switch."""


_WORD = re.compile(r"[a-z']+")


def guess_language(text: str, *, first: bool = True) -> str | None:
    """`first`: the conversation's first message, where a greeting or two English words are enough."""
    if text.isdigit():  # a NIK, a KPJ, an option's number: every message of a status check but the first
        return None
    words = _WORD.findall(text.lower())
    english = sum(word in ENGLISH for word in words)
    indonesian = sum(word in INDONESIAN for word in words)
    if not first:
        return "en" if english >= LATER and indonesian == 0 else None
    if indonesian == 0 and any(word in STRONG for word in words):
        return "en"
    return "en" if english >= 2 and english > indonesian else None
