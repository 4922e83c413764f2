"""Dates as Indonesians type them: 22-05-1990, 22/5/1990, 22 Mei 1990, 1990-05-22, 22.05.90."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from conversations.domain.money import DIGIT_WORDS

MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "januari january jan",
        "februari pebruari february feb peb",
        "maret march mar",
        "april apr",
        "mei may",
        "juni june jun",
        "juli july jul",
        "agustus august agu agt ags aug",
        "september sept sep",
        "oktober october okt oct",
        "november nopember nov nop",
        "desember december des dec",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _number

_DAY_OF_A_MONTH = re.compile(rf"\b(\d{{1,2}})[\s./\-]*({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b")
_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def impossible_day(text: str) -> bool:
    """A day its month does not have ("31 november", "30 februari"): no date to guess around ("tanggal 31" inside it
    was read as the last 31st, 31 October)."""
    return any(int(day) > _LONGEST_MONTH[MONTHS[month] - 1] or int(day) == 0
               for day, month in _DAY_OF_A_MONTH.findall(text.lower()))


_NUMERIC = re.compile(r"^(\d{1,4})[\s./\-]+(\d{1,2})[\s./\-]+(\d{1,4})$")
_WORDY = re.compile(r"^(\d{1,2})[\s./\-]*([a-z]+)[\s./\-,]*(\d{2,4})$")
_COMPACT = re.compile(r"^(\d{2})(\d{2})(\d{4})$")
_MONTH_FIRST = re.compile(r"^([a-z]+)[\s./\-]*(\d{1,2})(?:st|nd|rd|th)?[\s./\-,]+(\d{2,4})$")
""""May 12 1990", as English writes it."""


def _year(text: str, today: dt.date) -> int | None:
    value = int(text)
    if len(text) == 4:
        return value
    if len(text) == 2:
        # Two digits: the latest year not after this one (a birth date is never in the future).
        year = 2000 + value
        return year if year <= today.year else 1900 + value
    return None


def _build(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_DATE_PART_NAMED = re.compile(r"(?<=\d)\s+(?:bulan|bln|tahun|thn|th)\.?(?=\s+\d)")
"""The month's or year's name before its number, between numbers: "12 bln 4 thn 1988"."""


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """Return the date written, or None when it is not a real calendar date in a known form."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    cleaned = re.sub(r"^(tgl|tanggal|tg)\.?\s*", "", cleaned)
    cleaned = _DATE_PART_NAMED.sub(" ", cleaned).strip()  # "tgl 12 bln 4 thn 1988" (a birth date was asked again)
    if match := _NUMERIC.match(cleaned):
        first, second, third = match.groups()
        if len(first) == 4:  # ISO: year first
            return _build(int(first), int(second), int(third))
        return _build(_year(third, today), int(second), int(first))
    if match := _WORDY.match(cleaned):
        day, month_name, year = match.groups()
        month = MONTHS.get(month_name)
        if month is None:
            return None
        return _build(_year(year, today), month, int(day))
    if (match := _MONTH_FIRST.match(cleaned)) and match.group(1) in MONTHS:
        return _build(_year(match.group(3), today), MONTHS[match.group(1)], int(match.group(2)))
    if match := _COMPACT.match(cleaned):
        compact_day, compact_month, compact_year = match.groups()
        return _build(int(compact_year), int(compact_month), int(compact_day))
    return None


# -- when something happened: "kemarin", "tadi pagi", "5 Mei", "tgl 5", "05/05/25 jam 14.30" ---------


class PartOfDay(StrEnum):
    MORNING = "pagi"
    MIDDAY = "siang"
    AFTERNOON = "sore"
    NIGHT = "malam"


PART_HOURS = {PartOfDay.MORNING: 8, PartOfDay.MIDDAY: 12, PartOfDay.AFTERNOON: 16, PartOfDay.NIGHT: 20}
PART_STARTS = {PartOfDay.MORNING: 4, PartOfDay.MIDDAY: 11, PartOfDay.AFTERNOON: 15, PartOfDay.NIGHT: 18}
"""When each part of the day begins: "tadi pagi" said before it is the morning of the day before (it was taken as today's,
a morning still to come, and a report's deadline counted from it)."""
_PART_WORDS = {
    "pagi": PartOfDay.MORNING, "subuh": PartOfDay.MORNING, "morning": PartOfDay.MORNING,
    "siang": PartOfDay.MIDDAY, "noon": PartOfDay.MIDDAY,
    "sore": PartOfDay.AFTERNOON, "petang": PartOfDay.AFTERNOON, "afternoon": PartOfDay.AFTERNOON,
    "malam": PartOfDay.NIGHT, "malem": PartOfDay.NIGHT, "mlm": PartOfDay.NIGHT, "night": PartOfDay.NIGHT,
    "evening": PartOfDay.NIGHT, "pgi": PartOfDay.MORNING, "pg": PartOfDay.MORNING,
    # "-an", about that time, written together or apart ("sorean", "sore an")
    "pagian": PartOfDay.MORNING, "siangan": PartOfDay.MIDDAY, "sorean": PartOfDay.AFTERNOON,
    "malaman": PartOfDay.NIGHT, "maleman": PartOfDay.NIGHT,
    # the prayer times, how many tell the time of day ("abis maghrib" was "Pilih salah satu")
    "dzuhur": PartOfDay.MIDDAY, "zuhur": PartOfDay.MIDDAY, "dhuhur": PartOfDay.MIDDAY, "duhur": PartOfDay.MIDDAY,
    "lohor": PartOfDay.MIDDAY, "ashar": PartOfDay.AFTERNOON, "asar": PartOfDay.AFTERNOON,
    "maghrib": PartOfDay.NIGHT, "magrib": PartOfDay.NIGHT, "isya": PartOfDay.NIGHT, "isyak": PartOfDay.NIGHT,
}
PRAYERS = frozenset({"subuh", "dzuhur", "zuhur", "dhuhur", "duhur", "lohor", "ashar", "asar", "maghrib", "magrib",
                     "isya", "isyak"})
_BEFORE_A_PRAYER = frozenset({"abis", "habis", "bada", "ba'da", "setelah", "sesudah", "sebelum", "menjelang", "pas",
                              "waktu", "azan", "adzan", "sholat", "shalat", "solat", "after", "before", "around", "at",
                              "the", "prayer", "prayers"})
WEEK = 7
_JUST_NOW = ("tadi", "td", "tdi")
"""Earlier today, as typed ("tdi siang": the date was asked again)."""
_DAYS_AGO = {
    "hari ini": 0, "today": 0, **dict.fromkeys(_JUST_NOW, 0),
    "kemarin": 1, "kemaren": 1, "kmrn": 1, "kmarin": 1, "kmren": 1, "kmrin": 1, "kemarin ini": 1, "yesterday": 1,
    "wingi": 1,
    "kemarin lusa": 2, "lusa kemarin": 2, "besok": -1, "besuk": -1, "tomorrow": -1, "lusa": -2,
    "minggu lalu": 7, "seminggu lalu": 7, "seminggu yang lalu": 7, "last week": 7, "pekan lalu": 7,
    "sepekan lalu": 7, "sepekan yang lalu": 7, "a week ago": 7,
}
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "jumaat": 4, "sabtu": 5,
            "minggu": 6, "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_WEEKDAY = re.compile(r"^(?:hari\s+)?([a-z']+)(?:\s+(lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu|kemarin ini|ini|last))?$")
_HOUR_WORDS = {**{w: v for w, v in DIGIT_WORDS.items() if isinstance(v, int) and 1 <= v <= 11}, "dua belas": 12,
               "twelve": 12, "eleven": 11}
_HOUR_IN_WORDS = re.compile(r"\b(jam|pukul|pkl|setengah)\s+(" + "|".join(sorted(_HOUR_WORDS, key=len, reverse=True))
                            + r")\b")
""""jam tujuh", "setengah delapan": the hour written as a word."""
_HALF_HOUR = re.compile(r"\b(?:(?:jam|pukul|pkl)\s+)?setengah\s+(\d{1,2})\b")
""""(jam) setengah 8" is half past seven: half an hour before eight."""
_PAST_HOUR = re.compile(r"\b(?:jam|pukul|pkl)\s+(\d{1,2})\s+(?:lewat|lebih|lbh)\s+(seperempat|\d{1,2})(?:\s*(?:menit|mnt))?\b")
""""jam 7 lewat 15", "jam 7 lebih seperempat": minutes after the hour."""
_TO_HOUR = re.compile(r"\b(?:jam|pukul|pkl)\s+(\d{1,2})\s+kurang\s+(seperempat|\d{1,2})(?:\s*(?:menit|mnt))?\b")
""""jam 8 kurang seperempat" is 07.45, "jam 8 kurang 10" 07.50."""
_ENGLISH_CLOCK = re.compile(r"\b(?:at\s+)?(half|quarter)\s+(past|to)\s+(\d{1,2})\b")
""""half past 7", "quarter to 8"."""
_ABOUT = re.compile(r"\b(\d{1,2})\s?-?an\b")
""""jam 11an", "jam 7-an": about 11, about 7."""
_LAST_NIGHT = re.compile(r"\b(?:semalam|semalem|smlm|last night)\b")
_LAST = r"(?:lalu|kemarin|kmrn|kemaren|yang lalu|yg lalu)"
_WEEKDAY_LAST_WEEK = re.compile(rf"^(?:hari\s+)?(?P<a>[a-z']+)\s+(?:(?P<n1>\d{{1,2}})\s+)?(?:minggu|pekan)\s+{_LAST}$"
                                rf"|^(?:(?P<n2>\d{{1,2}})\s+)?(?:minggu|pekan)\s+{_LAST}\s+(?:hari\s+)?(?P<b>[a-z']+)$"
                                r"|^(?:last week\s+(?:on\s+)?(?P<c>[a-z]+)|(?P<d>[a-z]+)\s+last week)$")
"""A day of last week named ("kamis minggu lalu", "minggu lalu hari kamis", "thursday last week"), or of some weeks
before ("2 minggu yg lalu hari selasa": was last week's Tuesday, "hari selasa" read alone)."""


def _weekday_weeks_ago(match: re.Match[str]) -> tuple[str, int]:
    """The day named, and how many weeks before this one."""
    named = next(match.group(g) for g in "abcd" if match.group(g))
    weeks = match.group("n1") or match.group("n2")
    return named, int(weeks) if weeks else 1
_DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
_EVE = re.compile(r"\b(?:malam|malem|mlm)\s+(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\b")
""""malam minggu" is Saturday night, the eve of Sunday ("minggu malam" is Sunday's)."""
_COUNTED = re.compile(r"\b(" + "|".join(w for w, v in DIGIT_WORDS.items() if isinstance(v, int) and 1 <= v <= 11)
                      + r")(?=\s*(?:hari|hr|jam|minggu|mgg|pekan|bulan|bln|days?|weeks?|months?|hours?)\b)")
""""dua hari lalu", "dua bulan lalu", "two weeks ago": a number written as a word before what it counts."""
_HOURS_AGO = re.compile(r"^(\d{1,2}|se|setengah)\s*jam\s*(?:yang\s*|yg\s*)?(?:lalu|ago)$")
_AGO = re.compile(r"^(\d{1,2}|se)\s*(hari|hr|minggu|mgg|pekan|bulan|bln|days?|weeks?|months?)\s*(yang\s*)?"
                  r"(lalu|yg lalu|ago)$")
""""3 hari lalu", "2 minggu yang lalu", "sebulan lalu", "2 months ago"."""
_CLOCK = re.compile(r"(?:jam|pukul|pkl|at)?\s*(\d{1,2})(?:[.:](\d{2}))?\s*(wib|am|pm)?$")
_AM_PM = re.compile(r"^(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)$")
""""3pm", "3 pm", "7.30am" without an "at" before them, as English speakers write the time."""
_YEARLESS = re.compile(r"^(?:(?:tgl|tanggal|tg)\.?\s*|(?:on\s+)?(?:the\s+)?)(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s./\-]*"
                       r"([a-z]+)$")
"""A day and a month: "5 nov", "tgl 3 nov" (its "tgl 3" alone was read, in this month: 3 December on 6 December),
"the 3rd of november"."""
_YEARLESS_MONTH_FIRST = re.compile(r"^(?:on\s+)?([a-z]+)\s+(\d{1,2})(?:st|nd|rd|th)?$")
"""The English order: "nov 3", "november 3rd" (asked again)."""
_DAY_ONLY = re.compile(r"^(?:(?:tgl|tanggal|tg)\.?\s*|(?:on\s+)?the\s+)(\d{1,2})(?:st|nd|rd|th)?$")
_DAY_OF_MONTH = re.compile(r"^(?:tgl|tanggal|tg)\.?\s*(\d{1,2})\s+(?:bulan|bln)\s+(lalu|kemarin|kmrn|ini)$")
""""tgl 28 bulan lalu": a day of last month (not 28 months ago); "tanggal 5 bulan ini"."""
_MONTH_THEN_DAY = re.compile(r"^(?:bulan|bln)\s+(lalu|kemarin|kmrn|ini)\s+(?:tgl|tanggal|tg)\.?\s*(\d{1,2})$")
""""bulan lalu tgl 5": the same, the month said first (was the 5th of this month, "tgl 5" found alone)."""


def _day_of_a_month(rest: str) -> tuple[str, str] | None:
    """(the day, "lalu"/"ini"…) of "tgl 5 bulan lalu" or "bulan lalu tgl 5"."""
    if match := _DAY_OF_MONTH.match(rest):
        return match.group(1), match.group(2)
    if match := _MONTH_THEN_DAY.match(rest):
        return match.group(2), match.group(1)
    return None
_NUMERIC_YEARLESS = re.compile(r"^(?:(?:tgl|tanggal|tg)\.?\s*)?(\d{1,2})(?:[./\-]|\s+(?:bulan|bln)\s+)(\d{1,2})$")
""""15/10", "tgl 15 bln 10" (was the 15th of this month or the last: "bln 10" went unread)."""


@dataclass(frozen=True, slots=True)
class When:
    date: dt.date
    part: PartOfDay | None = None
    hour: int | None = None
    minute: int = 0
    rough: bool = False
    """Read from weeks or months ago ("minggu lalu", "2 bulan lalu"): a day counted back, not the day; said and shown
    as an estimate ("sekitar …") so that it is not confirmed as a fact."""

    def estimate(self) -> dt.time:
        """The moment to count a deadline from: the hour given, the middle of the part of day, or noon."""
        if self.hour is not None:
            return dt.time(self.hour, self.minute)
        return dt.time(PART_HOURS[self.part] if self.part else 12)


def _months_before(today: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day where it is shorter): "sebulan lalu"."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    return dt.date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))


def _minutes(said: str) -> int:
    """"seperempat" is a quarter of an hour; a number of minutes is kept within the hour."""
    return 15 if said == "seperempat" else min(int(said), 59)


def _before_hour(match: re.Match[str]) -> str:
    hour, minutes = int(match.group(1)), _minutes(match.group(2))
    return f"jam {hour}.00" if minutes == 0 else f"jam {(hour - 1) % 24}.{60 - minutes:02d}"


def _english_clock(match: re.Match[str]) -> str:
    minutes = 30 if match.group(1) == "half" else 15
    hour = int(match.group(3))
    return f"jam {hour}.{minutes:02d}" if match.group(2) == "past" else f"jam {(hour - 1) % 24}.{60 - minutes:02d}"


def _recent(day: int, month: int, today: dt.date) -> dt.date | None:
    """A date written without a year: the latest such date not after today."""
    for year in (today.year, today.year - 1):
        date = _build(year, month, day)
        if date is not None and date <= today:
            return date
    return None


_A_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{2,4}|\btahun\b|\bthn\b|\byear\b",
                    re.IGNORECASE)
NEAR_AHEAD_DAYS = 31


def still_ahead_this_year(text: str, date: dt.date, today: dt.date) -> dt.date | None:
    """A day written without a year that has not come yet this year, soon: read as last year's (the latest such day),
    "30 november" typed on 23 November became 30 November of the year before, in a claim, without a word. That day of
    this year, so the user can say which; None when a year was written, or the day is far ahead (a "25 Desember" typed
    in January is last year's)."""
    if date.year != today.year - 1 or _A_YEAR.search(text):
        return None
    this_year = _build(today.year, date.month, date.day)
    return this_year if this_year is not None and 0 < (this_year - today).days <= NEAR_AHEAD_DAYS else None


def without_time_of_day(text: str) -> str:
    """The text with its part of day and clock time taken off ("kemarin jam 3 sore" → "kemarin")."""
    return _split_time(" ".join(text.strip().lower().replace(",", " ").split()))[0]


_HEDGE_WORDS = frozenset({"sekitar", "skitar", "sekitaran", "kisaran", "kira", "kira2", "kira-kira", "kurleb", "mungkin",
                          "kayaknya", "around", "about", "approximately", "approx", "roughly", "maybe"})
"""A time or a day said as an estimate ("sekitar", "kurleb", "around"); "kurang lebih" is two words (_HEDGES)."""
_TIME_FILLERS = _HEDGE_WORDS | {"waktu", "wkt", "kurang", "lebih", "pada", "di", "tgl.", "wib", "ini", "this"}
"""Words around a time that say nothing of it: "sekitar jam 4", "kurang lebih jam 4", and in English "around 4pm" (was
"Choose one, or write the time" at an accident's hour)."""


_CLOCK_WORD = re.compile(r"^([01]?\d|2[0-4])([.:])([0-5]\d)$")
"""A clock time typed bare: "16.00", "14:30", "24.00"."""
_ROUND_MINUTES = frozenset({"00", "15", "30", "45"})


def _a_time(clock: re.Match[str]) -> bool:
    """A clock time typed bare rather than a day and month ("2.11" may be 2 November): with a colon, an hour past noon,
    or a quarter hour. At an accident's hour, "16.00" after "kemarin" was read as today, 16:00, and refused as a time
    to come."""
    return clock.group(2) == ":" or int(clock.group(1)) >= NOON or clock.group(3) in _ROUND_MINUTES


NOON = 12


def _split_time(text: str) -> tuple[str, PartOfDay | None, int | None, int]:
    """Take a part of day ("pagi") and a clock time ("jam 14.30") off the end of the text."""
    part = None
    hour: int | None = None
    minute = 0
    words = text.split()
    kept: list[str] = []
    index = 0
    while index < len(words):
        word = words[index]
        if word in _PART_WORDS:
            part = _PART_WORDS[word]
            if index + 1 < len(words) and words[index + 1] == "an":  # "sore an"
                index += 1
        elif word in ("jam", "pukul", "pkl", "at") and index + 1 < len(words):
            clock = _CLOCK.match(" ".join(words[index + 1:index + 3]))
            if clock is None:
                clock = _CLOCK.match(words[index + 1])
            if clock is not None and int(clock.group(1)) <= 24:
                hour, minute = int(clock.group(1)) % 24, int(clock.group(2) or 0)
                if clock.group(3) in ("am", "pm") and hour <= 12:
                    hour = hour % 12 + (12 if clock.group(3) == "pm" else 0)  # 3 pm is 15, 12 am midnight
                index += 2 if not (clock.group(3) and index + 2 < len(words) and words[index + 2] == clock.group(3)) else 3
                continue
            kept.append(word)
        elif (clock := _AM_PM.match(" ".join(words[index:index + 2])) or _AM_PM.match(word)) is not None \
                and 1 <= int(clock.group(1)) <= 12:
            hour, minute = int(clock.group(1)) % 12 + (12 if clock.group(3) == "pm" else 0), int(clock.group(2) or 0)
            index += 1 if _AM_PM.match(word) else 2
            continue
        elif word in _BEFORE_A_PRAYER and any(w in PRAYERS for w in words[index + 1:index + 3]):
            pass  # "abis maghrib", "pas azan ashar", "menjelang isya": about that prayer's time
        elif (clock := _CLOCK_WORD.match(word)) is not None and _a_time(clock):  # "16.00", "14:30" without "jam"
            hour, minute = int(clock.group(1)) % 24, int(clock.group(3))
        elif word not in _TIME_FILLERS:
            kept.append(word)
        index += 1
    if hour is not None and hour < 12 and (part is PartOfDay.AFTERNOON or (part is PartOfDay.NIGHT and hour >= 6)
                                           or (part is PartOfDay.MIDDAY and hour < 6)):
        hour += 12  # "jam 4 sore" 16, "jam 11 malam" 23, "jam 2 siang" 14; "jam 2 malam" is 02, after midnight
    elif hour == 12 and part is PartOfDay.NIGHT:
        hour = 0  # "jam 12 malam": midnight
    return " ".join(kept), part, hour, minute


_TODAY_SAID = re.compile(r"\b(?:hari|hr)\s+ini\b")
"""Read before "ini" is dropped as a filler ("pagi ini"): "hari ini" alone was no date at all."""
_JUST_HAPPENED = frozenset({"barusan", "baru aja", "baru saja", "barusan aja", "baru tadi", "just now"})
"""Moments ago: now, to the minute (was today, its time asked after "barusan")."""


def parse_when(text: str, now: dt.datetime) -> When | None:
    """When something happened, from what people type; None when no date can be read.

    `now` is local time. "tadi malam" / "semalam" early in the day is last night.
    """
    today = now.date()
    cleaned = " ".join(text.strip().lower().replace(",", " ").split())
    if cleaned.rstrip(".!") in _JUST_HAPPENED:
        return When(today, None, now.hour, now.minute)
    cleaned = _TODAY_SAID.sub("today", cleaned)
    last_night = _LAST_NIGHT.search(cleaned) is not None
    cleaned = _LAST_NIGHT.sub("kemarin malam", cleaned)  # the night before today, said in the evening or after it
    cleaned = _EVE.sub(lambda m: f"{_DAY_NAMES[(WEEKDAYS[m.group(1)] - 1) % 7]} malam", cleaned)
    cleaned = _ABOUT.sub(r"\1", cleaned)
    cleaned = _COUNTED.sub(lambda m: str(DIGIT_WORDS[m.group(1)]), cleaned)
    if hours := _HOURS_AGO.match(cleaned):  # "2 jam lalu", "sejam yang lalu", "setengah jam lalu"
        back = {"se": 60, "setengah": 30}.get(hours.group(1)) or int(hours.group(1)) * 60
        moment = now - dt.timedelta(minutes=back)
        return When(moment.date(), None, moment.hour, moment.minute)
    cleaned = _HOUR_IN_WORDS.sub(lambda m: f"{m.group(1)} {_HOUR_WORDS[m.group(2)]}", cleaned)
    cleaned = _HALF_HOUR.sub(lambda m: f"jam {(int(m.group(1)) - 1) % 24}.30", cleaned)  # setengah 9 = 08.30
    cleaned = _PAST_HOUR.sub(lambda m: f"jam {m.group(1)}.{_minutes(m.group(2)):02d}", cleaned)
    cleaned = _TO_HOUR.sub(_before_hour, cleaned)
    cleaned = _ENGLISH_CLOCK.sub(_english_clock, cleaned)
    if clock := _CLOCK_WORD.match(cleaned):  # the whole answer a clock time: "2.11" too
        cleaned = f"jam {clock.group(1)}.{clock.group(3)}"
    rest, part, hour, minute = _split_time(cleaned)
    date: dt.date | None = None
    rough = False
    if (last_week := _WEEKDAY_LAST_WEEK.match(rest)) and (named_weeks := _weekday_weeks_ago(last_week))[0] in WEEKDAYS:
        # "kamis minggu lalu", "minggu lalu hari kamis": that day of the week before this one (was a week ago, rough)
        named, weeks = named_weeks
        date = today - dt.timedelta(days=today.weekday() + 7 * weeks) + dt.timedelta(days=WEEKDAYS[named])
    elif (weekday := _WEEKDAY.match(rest)) and weekday.group(1) in WEEKDAYS and not (
            weekday.group(1) == "minggu" and weekday.group(2) in ("lalu", "yang lalu", "yg lalu")):  # last week
        back = (today.weekday() - WEEKDAYS[weekday.group(1)]) % 7
        if back == 0 and weekday.group(2) not in (None, "ini"):
            back = 7  # "senin lalu" said on a Monday: a week ago
        date = today - dt.timedelta(days=back)
    elif rest in _DAYS_AGO:
        date = today - dt.timedelta(days=_DAYS_AGO[rest])
        rough = _DAYS_AGO[rest] >= WEEK
    elif rest == "" and (part is not None or hour is not None):
        date = today
    elif said := _day_of_a_month(rest):
        day_said, which = said
        month_start = today.replace(day=1)
        if which != "ini":
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        date = _build(month_start.year, month_start.month, int(day_said))
    elif match := _AGO.match(rest):
        count = 1 if match.group(1) == "se" else int(match.group(1))
        unit = match.group(2)
        if unit.startswith(("bulan", "bln", "month")):
            date = _months_before(today, count)
        else:
            date = today - dt.timedelta(days=count * WEEK if unit.startswith(("m", "w", "p")) else count)
        rough = not unit.startswith(("hari", "hr", "day"))
    elif match := _DAY_ONLY.match(rest):
        day = int(match.group(1))
        date = _build(today.year, today.month, day)
        if date is None or date > today:
            previous = today.replace(day=1) - dt.timedelta(days=1)
            date = _build(previous.year, previous.month, day)
    elif (match := _YEARLESS.match(rest)) and match.group(2) in MONTHS:
        date = _recent(int(match.group(1)), MONTHS[match.group(2)], today)
    elif (match := _YEARLESS_MONTH_FIRST.match(rest)) and match.group(1) in MONTHS and match.group(1) != "may":
        date = _recent(int(match.group(2)), MONTHS[match.group(1)], today)
    elif match := _NUMERIC_YEARLESS.match(rest):
        date = _recent(int(match.group(1)), int(match.group(2)), today)
    else:
        date = parse_date(rest, today)
    if date is None:
        return None
    if rest in _JUST_NOW and part is PartOfDay.NIGHT and now.hour < 18:
        date = today - dt.timedelta(days=1)  # "tadi malam (jam 10)": tonight said late, last night in the morning
        last_night = True
    elif rest in _JUST_NOW and part is not None and now.hour < PART_STARTS[part]:
        date = today - dt.timedelta(days=1)  # "tadi pagi" said after midnight: the morning of the day just ended
    if last_night and hour is not None and hour < 6:
        date += dt.timedelta(days=1)  # "semalam jam 2": after the midnight that ended that night
    return When(date, part, hour, minute, rough)


_MONTH_BACK = re.compile(r"\b(?:bulan|bln|month)\s+(?:lalu|kemarin|kmrn|kmarin|kemaren|sebelumnya|last)\b|"
                         r"\blast\s+month\b")
_THIS_MONTH = re.compile(r"\b(?:bulan|bln)\s+(?:ini|sekarang)\b|\bthis\s+month\b")
_MONTH_NAMED = re.compile(rf"\b({'|'.join(sorted(MONTHS, key=len, reverse=True))})\b")
_HEDGES = "|".join(sorted(_HEDGE_WORDS, key=len, reverse=True)) + r"|kurang\s+lebih"
_DAY_ALONE = re.compile(rf"^(?:(?:{_HEDGES}|tanggal|tgl|tg|tang|the|on)\s+)*(\d{{1,2}})(?:st|nd|rd|th)?(an|-an|ish)?"
                        rf"(?:\s+(?:an|{_HEDGES}|kalau\s+tidak\s+salah|kalo\s+ga\s+salah|kalau\s+ga\s+salah))*[\s.!?]*$")
_MAY_ALONE = re.compile(r"(?:(?:in|early|late|mid|end of|around|about)\s+)?may(?:\s+(?:this year|last year))?")
_HEDGED = re.compile(rf"\b(?:{_HEDGES}|salah)\b")


def month_said(text: str, today: dt.date) -> dt.date | None:
    """The month of a time told without its day ("bulan lalu", "akhir oktober", "pertengahan bulan ini"): its first
    day, in the latest such month not after today; None when no month is said, or a day is said with it."""
    lowered = " ".join(text.casefold().split())
    if _DAY_OF_A_MONTH.search(lowered) or re.search(r"\d", lowered):
        return None
    if _MONTH_BACK.search(lowered):
        return (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    if _THIS_MONTH.search(lowered):
        return today.replace(day=1)
    named = _MONTH_NAMED.search(lowered)
    if named is None or named[1] == "may" and not _MAY_ALONE.fullmatch(lowered):  # "it may be …": no month
        return None
    month = MONTHS[named[1]]
    return dt.date(today.year if month <= today.month else today.year - 1, month, 1)


def day_in_month(text: str, month: dt.date | None) -> When | None:
    """A day alone ("tgl 20", "20an", "sekitar tanggal 20") after the month was said without it: that day of that
    month (was read in the current month: "bulan lalu", then "tgl 20", became this month's 20th). An estimate when
    hedged or said in tens ("20an")."""
    if month is None:
        return None
    lowered = " ".join(text.casefold().split())
    found = _DAY_ALONE.match(lowered)
    if found is None:
        return None
    day = _build(month.year, month.month, int(found[1]))
    if day is None:
        return None
    return When(day, rough=bool(found[2]) or _HEDGED.search(lowered) is not None)
