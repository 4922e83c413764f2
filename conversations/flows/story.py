"""What a report's first message says happened, for the officer to read: the story without the NIK or phone it
carries, its greeting and courtesies, and the questions asked around it (each of which is answered, not recorded)."""

from __future__ import annotations

import re

from conversations.nlu.entities import without_numbers

_ASKED_AFTER = re.compile(r"(?:\s*[,.;]\s*(?:apa(?:kah)?\s+)?(?:masih\s+)?|\s+apa(?:kah)?\s+(?:masih\s+)?|\s+masih\s+)"
                          r"(?:(?:bisa|boleh)\s*(?:(?:di)?(?:klaim|lapor|laporkan|urus)\b.*|(?:ga|gak|nggak|tidak|kah|\?|\s)*)"
                          r"|(?:telat|terlambat)(?:ga|gak|nggak|tidak|kah|\?|\s)*)$", re.IGNORECASE)
"""A question asked after the story ("…, masih bisa klaim?", "… apa masih bisa lapor", "…, telat ga?"): answered
before the report (the late-report rule), not told as what happened."""
_COST_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?:biaya|berobat|pengobatan|perawatan|operasi|rs\b|rumah sakit)[^,.;]*"
                               r"(?:ditanggung|tanggung|gratis|diganti)\b[^,.;]*$", re.IGNORECASE)
"""And whether its treatment is paid ("…, biaya rs ditanggung ga", "…, berobatnya gratis?"): TREATMENT_COVERED."""
_PAYING_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?=[^,.;]*\b(?:biaya|bayar|dibayar|membayar)\w*)"
                                 r"(?=[^,.;]*\b(?:gimana|gmn|gmna|bagaimana|bgmn|siapa|sapa)\b)[^,.;]*$", re.IGNORECASE)
"""Or how or by whom ("…, biayanya gimana", "…, biaya rs siapa yang bayar"): TREATMENT_COVERED too."""
_HOW_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?=[^,.;]*\b(?:cara\w*|gimana|gmn|gmna|bagaimana|bgmn|how)\b)"
                              r"(?=[^,.;]*\b(?:lapor|melapor|ngelapor|klaim|urus|ngurus|mengurus|claim|report)\w*)[^,.;]*$"
                              r"|\s*[,.;]\s*what (?:should|do|can|must) i do\b[^,.;]*$", re.IGNORECASE)
"""Or how to report it ("…, gimana cara lapor"): this report is the answer, and the question no part of the story."""
_HOW_ASKED_UNMARKED = re.compile(r"\s+(?:gimana|gmn|gmna|bagaimana|bgmn)(?:\s+(?:ya|yah|pak|bu|bang|kak|mas|mbak|min))*\s+"
                                 r"cara(?:nya)?\s+\w*(?:urus|lapor|klaim)\w*[^,.;]*$", re.IGNORECASE)
"""…and with no comma before it, the way a long message runs on ("… kakinya patah gimana ya pak cara ngurusnya")."""
_ASKING_FIRST = re.compile(r"^\s*(?:saya\s+|sy\s+|aku\s+)?(?:mau|mo|ingin|pengen|pingin)\s+"
                           r"(?:(?:cek|check|lihat)\s+(?:status|kepesertaan|data)\w*\s+(?:dan|sama|sm|serta|and)\s+)?"
                           r"(?:tanya|nanya|bertanya|(?:lapor|melapor|ngelapor)(?:\s+kecelakaan(?:\s+kerja)?|\s+jkk)?)\b"
                           r"[\s,.:]*(?:(?:dan|sama|sm|serta|and|juga)\s+(?:mau\s+)?(?:cek|check|lihat|tanya|nanya)\b"
                           r"[^,.;]*$)?", re.IGNORECASE)
"""A story opening with "saya mau tanya" or "saya mau lapor, …": the asking is no part of what happened, nor another
service asked with it ("sy mau cek status dan lapor kecelakaan" was recorded as what happened)."""
_NOT_ONESELF = re.compile(r"[\s,.;]*\b(?:(?:tp|tapi|tetapi|cuma|cm)\s+)?bukan\s+(?:saya|sy|aku|gue|gw)\s+(?:yang|yg)\s+\w+"
                          r"(?:\s*[,.]?\s*(?:(?:tapi|tp|tetapi|melainkan)\s+)?(?:tetangga|teman|temen|suami|istri|anak|bapak|"
                          r"ayah|ibu|adik|kakak|keluarga|warga|orang\s+lain)\w*(?:\s+(?:saya|sy))?)?\b", re.IGNORECASE)
"""Who it befell, said as not oneself ("sy mau lapor kecelakaan tp bukan sy yg kena, tetangga"): was recorded as what
happened; the report asks whose accident it is, and the story."""
_COVER_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?:apa(?:kah)?\s+)?(?:ditanggung|tanggung|dicover|covered)\b[^,.;]*$",
                                re.IGNORECASE)
"""Or whether the accident is covered ("…, kecelakaan pas antar penumpang, ditanggung?"): ACCIDENT_COVERED."""
_AMOUNT_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?:(?:bisa\s+)?(?:dapat|dapet|dpt|dapatnya|dapetnya)\s+)?"
                                 r"(?:berapa|brp|apa(?:\s+aja|\s+saja)?)\s*\??\s*$", re.IGNORECASE)
"""Or what it brings ("…, kaki keseleo, dapat brp?"): answered before the report when it can be, never the story (was
"Kejadian: …, dapat brp?")."""
REPORT_ASKED_AFTER = re.compile(r"\s*[,.;]\s*(?:(?:apa(?:kah)?\s+)?(?:perlu|harus|wajib|mesti|musti)\s+(?:di)?lapor"
                                 r"|(?:do|should|must)\s+i\s+(?:need\s+to\s+|have\s+to\s+)?report)\w*[^,.;]*$",
                                 re.IGNORECASE)
"""Or whether it must be reported ("…, lecet doang, perlu lapor ga?"): MUST_REPORT."""


_VOCATIVE = r"(?:pak|bu|bang|kak|mas|mbak|min|admin|om|bapak|ibu|gan)\b"
_PART_OF_DAY = r"(?:pagi|siang|sore|malam)"
_GREETING = (rf"(?:halo+|hal+o|hai|hi|hello|hey|permisi|assalamu'?\s*alaikum|selamat\s+{_PART_OF_DAY}"
             r"|good\s+(?:morning|afternoon|evening))")
_ADDRESSED = re.compile(
    rf"^\s*(?:{_GREETING}\b[\s,.!]*(?:{_VOCATIVE})?"
    rf"|{_PART_OF_DAY}[\s,.!]+{_VOCATIVE}|(?:{_PART_OF_DAY}|{_VOCATIVE})(?=\s*[,.!:])|(?:min|admin|mimin|gan)\s)"
    rf"[\s,.!:\-]*", re.IGNORECASE)
"""The greeting or the "pak," a message opens with ("pak, saya kemarin jatuh …", "pagi bang, sy …", "min kemarin sore
…": "min" is only ever the one written to): no part of what happened, which the officer reads."""
GREETING_OPENING = re.compile(rf"^\s*(?:{_GREETING}|{_PART_OF_DAY})\b[\s,.!]*", re.IGNORECASE)
"""The greeting alone, without the "pak" after it: "halo, bapak saya …" keeps whose death it is."""


_NIK_LABEL = re.compile(r"\b(?:nik|no\.?\s*ktp|ktp)(?:\s*(?:saya|sy|nya|ku|aku))?\s*:?\s*(?:[,;.]\s*|$)", re.IGNORECASE)
"""What named the NIK a story carried ("nik saya 1571…, tadi pagi …"), once the NIK is taken out: "nik saya ," was kept."""
_SORRY_FIRST = re.compile(rf"^\s*(?:{_VOCATIVE}\s*)?(?:mohon\s+)?maaf(?:\s+(?:mengganggu|ganggu|sebelumnya|menganggu))?(?:\s+{_VOCATIVE})?"
                          r"[\s,.!]+", re.IGNORECASE)
_THANKS_AFTER = re.compile(r"\s*[,.;!]?\s*(?:terima\s*kasih|makasih|makasi|trims|tks|thanks|thank you|thx|"
                           r"(?:mohon\s+)?maaf)\b[^,.;]*$", re.IGNORECASE)
_ENROLLED_AFTER = re.compile(r"\s*[,.;]\s*(?:dia|beliau|suami\s+saya|istri\s+saya|saya)?\s*(?:sudah\s+)?(?:peserta|terdaftar)"
                             r"\b[^,.;]*$", re.IGNORECASE)
"""A report's opening apology ("pak mohon maaf mengganggu, …"), its closing thanks or apology, and the cover remarked on at its end
("…, dia peserta bpjs dari pemkot, terima kasih"): no part of what happened; the question before them is then the
story's end, as it is asked (_HOW_ASKED_AFTER)."""

_LATE_ASKED = re.compile(r"\s*[,.;]?\s*\b(?:(?:tapi|tp|tpi)\s+)?(?:(?:udah|sudah|sdh)\s+)?(?:(?:kalau|kalo|klo|jika)\s+)?"
                         r"(?:telat|terlambat)\s+(?:lapor|melapor)\w*(?:\s+kecelakaan(?:\s+kerja)?)?"
                         r"(?:\s*,?\s*(?:gimana|gmn|gmna|bagaimana|bgmn)(?:\s+(?:ya|dong))?)?\s*\??", re.IGNORECASE)
"""A late report asked of ("telat lapor kecelakaan gmn"): the question, not the accident (it was the report's story)."""
_LINE_BREAKS = re.compile(r"\s*(?:\r?\n)+\s*")


def story_told(text: str) -> str:
    """The story a message tells, in its own words. Its lines are its clauses (a WhatsApp message written a line at a
    time ran "… di jl sudirman" into the next line, "Lutut kiri luka", as one place)."""
    text = _LINE_BREAKS.sub(", ", text.strip())
    told_of = _ADDRESSED.sub("", _NIK_LABEL.sub("", without_numbers(text)), count=1)  # not the NIK or phone it may
    # carry, nor its label ("nik saya …,"), nor "pak,"
    told_of = _ENROLLED_AFTER.sub("", _THANKS_AFTER.sub("", _SORRY_FIRST.sub("", told_of, count=1)))
    told_of = _NOT_ONESELF.sub("", told_of)
    asked_after = _COVER_ASKED_AFTER.sub("", _PAYING_ASKED_AFTER.sub("", _COST_ASKED_AFTER.sub("", told_of)))
    asked_after = _AMOUNT_ASKED_AFTER.sub("", asked_after)
    asked_after = _HOW_ASKED_UNMARKED.sub("", _HOW_ASKED_AFTER.sub("", REPORT_ASKED_AFTER.sub("", asked_after)))
    story = " ".join(_ASKING_FIRST.sub("", _ASKED_AFTER.sub("", _LATE_ASKED.sub("", asked_after))).split())
    return story.strip(" ,;:-")  # "…, dirawat di rsud," once the NIK after it was taken out; ", kakinya patah …" once
    # "bukan sy yg kena tp teman sy" before it was
