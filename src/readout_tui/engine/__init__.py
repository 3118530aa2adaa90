"""The attribution engine: who said what in a readout. Pure Python, no Textual.

`attribute(text)` finds every statement (direct quotations and reported speech) and
ties it to a person. The modules, in the order the work happens:
`segments` (paragraphs, sentences), `quotes` (quotation marks paired),
`cue_words` (the speech verbs and rarer cue words, found in one scan),
`phrases` (noun phrases that name people), `name_runs` (the people a run of
capitalised words names), `name_offices` (offices written beside a name),
`titles` (what the title line tells), `people` (names merged, descriptions and
pronouns resolved), `statements` (the `Attributor`: one pass over the
paragraphs, statements assembled). The Attributor's parts, each a module:
`name_registry` (the readout's people collected and resolved), `transcripts`
(speaker labels and turns), `sentence_reading` (quotations and their cues,
messages), `reported_speech` (speech cues and clauses), `speech_subjects` (who
a cue's subject is), `carrying_on` (reports carried on over sentences with no
cue). `lexicon` holds the word lists, `sentence_patterns` the patterns those
parts share, and `text_steps` the small moves over text that all use.
"""
from __future__ import annotations

import gc
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace

from readout_tui.engine.lexicon import HONORIFICS, ROLE_WORD_SET
from readout_tui.engine.people import (
    FIRST_NAMES,
    GENERATION_MARKS,
    NAME_PARTICLES,
    office_as_written,
    office_shown,
)
from readout_tui.engine.sentence_patterns import Found
from readout_tui.engine.statements import Attributor
from readout_tui.model import Attribution, Mention, Participant, Speaker, Statement

__all__ = ["attribute"]


def attribute(text: str, participants: Iterable[Participant] = (), title: str = "") -> Attribution:
    """Attribute the statements of a readout body.

    `participants` (from front matter) add names and aliases the text alone may not
    reveal; `title` helps to learn full names but is never annotated.

    The cyclic garbage collector is paused while one readout is attributed (and started
    again after, if it ran before): the engine allocates many short-lived objects, few in
    cycles, and each collection those allocations set off walked every live object,
    ~0.5% of the engine's instructions for nothing freed that reference counting would
    not free; the cycles left are collected once it runs again.
    """
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        return _attribute(text, participants, title)
    finally:
        if collecting:
            gc.enable()


def _attribute(text: str, participants: Iterable[Participant], title: str) -> Attribution:
    """`attribute` itself, the collector paused."""
    written = text
    text = _initials_before_an_office_word_read(_quoted_nicknames_read(_hyphened_ranks_read(
        _retired_marks_read(_bracketed_honorifics_read(_latin_lookalikes_read(_lost_letters_read(text)))))))
    attributor = Attributor(text, tuple(participants), title)
    attributor.run()
    found = [f for f in attributor.found if f.end > f.start]
    if attributor.breaks_read_on:
        found = _cut_at_breaks_read_on(found, attributor.breaks_read_on)

    # one speaker per name: two persons the text never joined but who bear the
    # same name (a front-matter alias and the text's own form) are one speaker
    by_name: dict[str, list] = {}
    for f in found:
        person = f.person
        if person is not None:
            group = by_name.setdefault(person.display_name, [])
            if person not in group:
                group.append(person)
    by_name = _names_joined(by_name)
    lost = text is not written and LOST_LETTER in text  # (names shown with the lost letter's question mark)
    if lost:
        by_name = {name.replace(LOST_LETTER, "?"): persons for name, persons in by_name.items()}
    slots: dict[int, Speaker] = {}
    surnames = {surname for name in by_name if (surname := _surname(name))}
    # (every speaker's name, each speaker's own among them, which `office_as_written` reads as its own words anyway: one
    # tuple for all, not a list of the others made per speaker)
    speaker_names = tuple(by_name)
    for slot, (name, persons) in enumerate(by_name.items()):
        forms = _own_forms([form.replace(LOST_LETTER, "?") if lost else form
                            for member in persons for form in member.forms], name, surnames)
        roles = {role for member in persons for role in member.roles}
        given = [office for member in persons for office in member.offices_given]  # (the front matter's first)
        printed = _with_its_regnal_one(name, forms, by_name)
        speaker = Speaker(name=printed, aliases=_aliases(printed, forms), slot=slot,
                          role=office_as_written(office_shown(roles), given + forms, name, text, speaker_names))
        for member in persons:
            slots[member.key] = speaker
    speakers = tuple(dict.fromkeys(slots.values()))
    statements = tuple(
        Statement(
            speaker=slots[f.person.key].name if f.person is not None else None,
            kind=f.kind,  # type: ignore[arg-type]
            start=f.start,
            end=f.end,
            paragraph=f.paragraph + 1,
            text=written[f.start:f.end],
        )
        for f in found
    )
    # the mentions of speakers (most persons named say nothing: left out before sorting)
    spoken = [(person, start, end) for person, start, end in attributor.mentions if person.key in slots]
    spoken += [(person, start, end) for start, end, person in attributor.name_spans if person.key in slots]
    mentions = tuple(
        Mention(slots[person.key].name, start, end)
        for person, start, end in sorted(spoken, key=lambda m: (m[1], -m[2]))
    )
    return Attribution(speakers, statements, _dedupe_mentions(mentions))


def _cut_at_breaks_read_on(found: list[Found], breaks: list[tuple[int, int]]) -> list[Found]:
    """The statements cut again at the paragraph breaks the engine read over (a sentence the page broke,
    `segments.paragraphs_read_on`), each piece in its own paragraph of the body as printed, with the same speaker and
    kind; every statement's paragraph counted as printed (one more for each break read over before it)."""
    out: list[Found] = []
    ends = [end for end, _ in breaks]
    for f in found:
        before = bisect_left(ends, f.start)
        start, paragraph = f.start, f.paragraph + before
        for end, next_start in breaks[before:]:
            if end >= f.end:
                break
            if end > start:
                out.append(replace(f, start=start, end=end, paragraph=paragraph))
            start, paragraph = next_start, paragraph + 1
        out.append(replace(f, start=start, paragraph=paragraph))
    return out


_LATIN_OF_LOOKALIKE = str.maketrans(
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТХІаеіорсух", "ABEZHIKMNOPTYXABEKMHOPCTXIaeiopcyx"
)
_LOOKALIKE = re.compile(r"[Α-ΧІА-Хаеіорсух]")
"""A Greek or Cyrillic capital that looks like a Latin one before a Latin letter ("Ηe also added that …", typed on a
Greek keyboard: four-hundred-thirty-eighth cyprus_pio christodoulides_jenca), or a Cyrillic small letter that looks
like a Latin one inside a Latin word ("Milоš Vučеvić", "Brаnislаv Мićunоvić": a Serbian city hall's English
pages typed with both keyboards, five-hundred-sixty-eighth novisad); read as Latin (`_latin_if_inside_a_latin_word`).
One character class, no look-around, so that the scan runs at C speed and the test of the neighbours is made only
where a Greek or Cyrillic letter stands: a look-behind first, tried at every character, cost +6.5% of the engine's whole
work, the 26 letters listed +1.3%."""
_LETTER = re.compile(r"[^\W\d_]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_LATIN_SMALL = re.compile(r"[a-z]")


def _latin_if_inside_a_latin_word(lookalike: re.Match[str]) -> str:
    """The look-alike letter as its Latin one where it sits in a Latin word: a capital that opens a word (no letter
    before it) before a small Latin letter; a small letter beside a Latin letter and beside no letter of another script
    (inside a Latin word, or at its end: "Dаrkо"); else as written."""
    letter, text, at = lookalike.group(), lookalike.string, lookalike.start()
    if letter.isupper():
        inside = _LATIN_SMALL.match(text, at + 1) is not None and not (at and _LETTER.match(text, at - 1))
    else:
        before = _LETTER.match(text, at - 1) if at else None
        after = _LETTER.match(text, at + 1)
        inside = (before or after) is not None and all(
            _LATIN_LETTER.match(side.group()) for side in (before, after) if side is not None
        )
    return letter.translate(_LATIN_OF_LOOKALIKE) if inside else letter  # (a capital with no Latin look-alike kept)


def _latin_lookalikes_read(text: str) -> str:
    """The text with a Latin letter for each look-alike one inside a Latin word, so that "Ηe" is read as "He" and
    "Milоš" as "Miloš"; one letter for one, every offset kept, the statements quoted from the text as written. Cheap:
    an ASCII text is returned at once, and one scan of the others that hold a Greek or Cyrillic letter at all
    (`_holds_greek_or_cyrillic`)."""
    if text.isascii() or not _holds_greek_or_cyrillic(text):
        return text
    return _LOOKALIKE.sub(_latin_if_inside_a_latin_word, text)


_GREEK_AND_CYRILLIC_LEADS = (b"\xce", b"\xcf", b"\xd0", b"\xd1")
"""The first bytes in UTF-8 of the Greek and Cyrillic letters from U+0380 to U+047F, each of `_LOOKALIKE`'s among them
(a byte from 0xC0 up opens a character, no byte inside one is)."""


def _holds_greek_or_cyrillic(text: str) -> bool:
    """Whether `text` may hold a letter of `_LOOKALIKE`: one of `_GREEK_AND_CYRILLIC_LEADS` in its UTF-8 bytes. Cheap: a
    copy in C and a few byte searches, where the pattern's class was tested at each character of nearly every readout (a
    curly quotation mark makes a text non-ASCII)."""
    data = text.encode("utf-8", "surrogatepass")
    return any(lead in data for lead in _GREEK_AND_CYRILLIC_LEADS)


LOST_LETTER = "ĸ"
"""The letter a name's word is read with where the page lost one of its letters to a question mark ("Kate?ina Vovková",
a Czech "ř" that an encoding could not hold: fivehundredseventieth, Chongqing's Foreign Affairs Office's magazine): a rare
lower-case Latin letter (kra), one for one, so that the word stays one word of a name; the speakers' names are shown with
the question mark again, the statements quoted from the text as written."""


def _lost_letters_read(text: str) -> str:
    """The text with each question mark inside a capitalised word, a letter before it and a lower-case letter after it
    ("Kate?ina"), read as a letter (`LOST_LETTER`), every offset kept: not a question's mark ("… ready?" then a space),
    nor one glued to a lower-case word ("what?no"). Cheap: a `str.find` loop over the question marks, rare in readouts."""
    at = text.find("?")
    if at < 0:
        return text
    lost = []
    while at >= 0:
        if 0 < at < len(text) - 1 and text[at + 1].islower() and text[at - 1].isalpha() and _in_a_capitalised_word(text, at):
            lost.append((at, LOST_LETTER))
        at = text.find("?", at + 1)
    return _overwritten(text, lost)


def _in_a_capitalised_word(text: str, at: int) -> bool:
    """Whether the letters before `at` back to the word's start open with a capital (a name's word: "Kate" of
    "Kate?ina"), at most twelve of them."""
    start = at
    while start > 0 and at - start < 12 and text[start - 1].isalpha():
        start -= 1
    return text[start].isupper() and (start == 0 or not text[start - 1].isalpha())


_BRACKETED_HONORIFIC = re.compile(r"\((?:Dr|Prof|Engr?|Hon|Rtd|Retd)\.?\) (?=[A-Z])")
"""An academic or honorary title in brackets before a capitalised word ("Foreign Minister (Dr.) Ottavian Reszkelby",
"Minister of Health (Prof.) X", hard56; South Asian and East African releases write it so). The pattern opens with
its bracket, a literal the scan looks for at C speed."""


def _bracketed_honorifics_read(text: str) -> str:
    """The text with each bracketed title between an office's word and a name read as the title alone ("Foreign
    Minister (Dr.) X" as "Foreign Minister  Dr.  X"), so that the office, the title and the name are one run, as
    "Foreign Minister Dr. X" is: the brackets read as spaces, every offset kept, the statements quoted from the text as
    written. Not after a lower-case word or a full stop ("… her doctorate (Dr.) …"). Cheap: one substring test (a
    bracket first, which the pattern opens with and most readouts lack: a search for one character runs at memchr's
    speed)."""
    if "(" not in text or ".) " not in text and "(Dr) " not in text and "(Prof) " not in text and "(Eng" not in text:
        return text
    writes = []
    for match in _BRACKETED_HONORIFIC.finditer(text):
        if _after_a_capitalised_word(text, match.start()):
            writes += ((match.start(), " "), (text.index(")", match.start()), " "))
    return _overwritten(text, writes)


_RETIRED_MARK = re.compile(r"\((?:[Rr]e?td\.?|[Rr]etired)\)(,?)")
"""The mark of a retired judge or officer in brackets ("Justice X (retd.), Director of …", "Colonel Y (Rtd)"); the
pattern opens with its bracket, a literal the scan looks for at C speed."""


def _retired_marks_read(text: str) -> str:
    """The text with a retired judge's or officer's mark after a name read as nothing, the comma after it moved to the
    name's end (styles43: "Justice X (retd.), Director of the … Institute, told participants that …" read as "Justice
    X,        Director of …"): the name, its office after the comma and the verb are read as with no mark between
    them, every offset kept, the statements quoted from the text as written. Cheap: one substring test per form, after
    one for the closing bracket they share (one character, which most readouts lack)."""
    if ")" not in text or "td.)" not in text and "td)" not in text and "etired)" not in text:
        return text
    writes = []
    for match in _RETIRED_MARK.finditer(text):
        start = match.start() - 1
        if start < 1 or text[start] != " " or not text[start - 1].isalpha() \
                or not match.group(1) and not text[match.end() + 1:match.end() + 2].islower():
            continue  # (right after a name's word and a space, before its comma or a verb: not between a rank and
            # the name, "Captain (Rtd) X thanked …", fourhundredseventyfourth sierraleone: X, not "Captain X")
        writes.append((start, (match.group(1) or " ").ljust(match.end() - start)))
    return _overwritten(text, writes)


_INITIALS_BEFORE_AN_OFFICE_WORD = re.compile(
    r"\(([A-Z]{2,6})\)(?= (?:chief|head|director|spokes(?:person|man|woman)|officer|chairman|chairperson|"
    r"administrator|commissioner),)")
"""A body's initials in brackets right before a lower-case office word that closes the body's name into an office,
the apposition's closing comma after it ("PNP Public Information Office (PIO) chief,"); the pattern opens with its
bracket, a literal the scan looks for at C speed (`_initials_before_an_office_word_read`)."""
_APPOSITION_REACH = 80
"""How far before the initials the comma that opens their office's apposition may stand
(`_initials_before_an_office_word_read`)."""
_BODY_NAME_WORDS = frozenset({"of", "the", "and", "for", "on"})
"""The lower-case words a body's name may hold between its capitalised words (`_initials_before_an_office_word_read`)."""


def _word_before(text: str, at: int) -> str:
    """The word that ends one space before `at` (a given name before a nickname's mark, a body's last word before its
    bracketed initials), or "" when no space stands right before `at`."""
    return text[text.rfind(" ", 0, at - 1) + 1:at - 1] if at > 1 and text[at - 1] == " " else ""


def _initials_before_an_office_word_read(text: str) -> str:
    """The text with a body's initials in brackets between the body's capitalised name and the lower-case office word
    after it read as spaces, in an apposition set off by commas (ninehundredfortyseventh inquirer: "Chief Superintendent
    X, PNP Public Information Office (PIO) chief, told reporters that …" read as "…, PNP Public Information Office
    chief, told …"), so that the office in apposition is read as it is with no initials, and its holder speaks: every
    offset kept, the statements quoted from the text as written. Only right after a capitalised word of letters and one
    space, the comma that opens the apposition before the body's name (capitalised words and "of", "the", "and"); not
    "the Trinamool Congress (TMC) chief said", an office that is the subject, read with its initials as before. Cheap:
    one substring test for ") " after one for the bracket, then one scan."""
    if "(" not in text or ") " not in text:
        return text
    writes = []
    for match in _INITIALS_BEFORE_AN_OFFICE_WORD.finditer(text):
        at = match.start()
        word = _word_before(text, at)
        if not word[:1].isupper() or not word.isalpha():
            continue
        comma = text.rfind(", ", max(0, at - _APPOSITION_REACH), at)
        if comma < 0 or not all(w[:1].isupper() or w in _BODY_NAME_WORDS for w in text[comma + 2:at - 1].split()):
            continue  # (no apposition opened by a comma right before the body's name)
        writes.append((at - 1, " " * (match.end() - at + 1)))
    return _overwritten(text, writes)


_HYPHENED_RANK = re.compile(r"\b(?:Brig|Maj|Lt|Col)\.?-(?=(?:Gen|Col|Cdr)\.? [A-Z])")
"""A military rank's two shortened words joined by a hyphen before a capitalised word, the name ("Brig.-Gen. X",
"Maj.-Gen. X", "Lt.-Col. X", "Brig-Gen. X"), up to the hyphen; the words after it looked at, not taken
(`_hyphened_ranks_read`)."""
_HYPHEN_BEFORE_A_RANK = re.compile(r"-(?:Gen|Col|Cdr)")
"""The hyphen and the rank's second word that `_HYPHENED_RANK` looks at after it, the test before it
(`_hyphened_ranks_read`): one search that starts with a literal, which the regex engine scans for in C, five times
as fast over the corpus as the three substring tests "-Gen", "-Col", "-Cdr" it stands for (1.0 ms against 5.4 ms
a pass over the 1,631 readouts of /work/shared/corpus)."""


def _hyphened_ranks_read(text: str) -> str:
    """The text with the hyphen between a rank's two shortened words read as a space ("Brig.-Gen. Chikezie X" as
    "Brig. Gen. Chikezie X", thousandth dailypost 2015-08-02: Nigeria's papers join the rank's words so), so that the
    rank is the style before the name that "Brig. Gen. X" is and the person is registered where he is named, not only
    where he opens a sentence ("Ude took the governor round …, and hailed …" had been no one's): every offset kept, the
    statements quoted from the text as written. Not "Secretary-General", "Lieutenant-Colonel X" (no shortened first
    word), nor "Lt.-Gov." (no military rank after the hyphen). Cheap: one search for a hyphen and the rank's second
    word first (`_HYPHEN_BEFORE_A_RANK`), which most readouts fail."""
    if _HYPHEN_BEFORE_A_RANK.search(text) is None:
        return text
    return _overwritten(text, [(match.end() - 1, " ") for match in _HYPHENED_RANK.finditer(text)])


_QUOTED_NICKNAME = re.compile(
    r"(?:“(?:[A-Z][a-z]{1,14}|[A-Z]{2,4})”|\"(?:[A-Z][a-z]{1,14}|[A-Z]{2,4})\") (?=[A-Z][a-z])")
"""A one-word nickname in the quotation marks of one pair, a space and a capitalised word after it ("Chandrikapersad
“Chan” Santokhi", "Benjamin \"Benny\" Gantz"; not a closing mark of one quotation and the opening of the next), or
a nickname of two to four capitals, a Philippine name's initials ("Emilio Ramon “ER” Ejercito", "Jose Victor “JV”
Ejercito", ninehundredfortyseventh inquirer); each branch opens with its mark, the two marks a set of first characters
the scan looks for at C speed, and the word before it is tested only where it matches (`_quoted_nicknames_read`)."""


def _quoted_nicknames_read(text: str) -> str:
    """The text with a nickname in quotation marks between a given name and a surname read as spaces ("Suriname’s
    President Chandrikapersad “Chan” Santokhi is calling on …" read as "Chandrikapersad        Santokhi", sixhundredeighty-
    seventh wefm), so that the two words are one run, one person, and the nickname no quotation of his: every offset kept,
    the statements quoted from the text as written. Only right after a capitalised word of letters and one space (a given
    name), not after a lower-case word ("the so-called “Green” Party") nor a sentence's stop. Cheap: one substring test
    for a closing mark and a space, then one scan."""
    if "” " not in text and '" ' not in text:
        return text
    writes = []
    for match in _QUOTED_NICKNAME.finditer(text):
        at = match.start()
        word = _word_before(text, at)
        if len(word) < 2 or not word[0].isupper() or not word.isalpha() or word.lower() in HONORIFICS:
            continue
        writes.append((at, " " * (match.end() - 1 - at)))
    return _overwritten(text, writes)


def _overwritten(text: str, writes: list[tuple[int, str]]) -> str:
    """The text with each write's characters in place of as many of the text's from its offset on (the text steps: a
    lost letter, a bracket, a retired mark, bracketed initials, a quoted nickname or a rank's hyphen read as a letter or
    as spaces), every offset kept; the writes in order, none overlapping the next; the text itself when there are
    none. One join of slices, where each step had copied the text into a list of characters and back."""
    if not writes:
        return text
    parts = []
    done = 0
    for at, new in writes:
        parts += (text[done:at], new)
        done = at + len(new)
    parts.append(text[done:])
    return "".join(parts)


def _after_a_capitalised_word(text: str, at: int) -> bool:
    """Whether the bracket at `at` follows a capitalised word and a space ("Minister (Dr.) X"), or an abbreviated
    honorific, with its full stop, with or without a space ("H.E. Amb. (Eng.) X", "Amb.(Eng) X", fivehundredfortyfourth
    igad): not a lower-case word ("her doctorate (Dr.)") nor a sentence's last word and its full stop."""
    end = at - 1 if at > 0 and text[at - 1] == " " else at
    if end < 1:
        return False
    word = text[text.rfind(" ", 0, end) + 1:end]
    if word[-1:] == ".":
        return word.lower() in HONORIFICS
    return end < at and word[:1].isupper() and word[-1:].isalpha()


def _names_joined(by_name: dict[str, list]) -> dict[str, list]:
    """One speaker for a full name and the same name with words before it that the text read as part of it: a
    transcript's label or a lead whose office word is no known title ("Archpriest Alexander Tkachenko: Hello, Mr
    President. … Alexander Tkachenko: Thank you", "Chief Physician Alexei Slobodyanik: …", "General Designer of
    Almaz-Antey … Pavel Sozinov: …", Kremlin transcripts) had made two speakers, two colours, of one man. The
    shorter name is kept when it opens with a first name (the words before it an office's); otherwise the longer
    one, whose first words are then a given name ("Luisa Contreras Vidal" and "Contreras Vidal"). Not after
    "bin" and its kin, nor a name opening with a particle: "Tamim bin Hamad Al Thani" holds his father's name,
    "Hamad Al Thani" may be his father."""
    if len(by_name) < 2:
        return by_name
    names = [name for name in by_name if name[:1].isupper() and not name.startswith("The ")]
    into: dict[str, str] = {}
    for short in names:
        words = short.split()
        if len(words) < 2 or words[0].lower() in NAME_PARTICLES or not all(w[:1].isupper() for w in words):
            continue
        tail = " " + short
        for long in names:
            if long is short or not long.endswith(tail):
                continue
            before = long[:-len(tail)].split()
            if not before or before[-1].lower() in NAME_PARTICLES:
                continue
            keep, drop = (short, long) if words[0].lower() in FIRST_NAMES else (long, short)
            into[drop] = keep  # (a chain, "A B C D" into "C D" into "B C D", is followed below)
    if not into:
        return by_name
    joined: dict[str, list] = {}
    for name, persons in by_name.items():
        target = name
        while target in into:
            target = into[target]
        group = joined.setdefault(target, [])
        group.extend(person for person in persons if person not in group)
    return joined


def _surname(name: str) -> str:
    """A full name's last word in lower case, its generation mark left out ("Joseph R. Biden Jr.": "biden"); none
    for a name of one word or a short one, or an office's word."""
    words = [word for word in name.split() if word.rstrip(",") not in GENERATION_MARKS and word != "Sr."]
    if len(words) < 2 or len(words[-1]) < 3 or words[0] in ("The", "the") or not words[-1][:1].isupper():
        return ""  # ("The President", an office's unnamed holder: no surname)
    surname = words[-1].casefold().rstrip(",")
    return "" if surname in ROLE_WORD_SET else surname


def _own_forms(forms: list[str], name: str, surnames: set[str]) -> list[str]:
    """The forms that name no other speaker of the readout: a title read as one long
    name ("President Biden’s Meeting President Zelenskyy of Ukraine", a "with" lost)
    is no alias of Zelenskyy, whom a search for "biden" would then find."""
    others = surnames - {word.casefold() for word in name.split()}
    if not others:
        return forms
    return [form for form in forms
            if others.isdisjoint(word.casefold().removesuffix("’s").removesuffix("'s").strip(",.")
                                 for word in form.split())]


def _with_its_regnal_one(name: str, forms: list[str], taken: dict) -> str:
    """The speaker's name as printed with the regnal numeral "I" one of his forms closes it with ("Nana Yaw Osekre
    Akwantu" named "Nana Akwantu I" before a verb or after a quotation, `phrases._numeral_may_close`): "Nana Yaw Osekre
    Akwantu I", as "II" is printed; the full name set off by commas is read without it. Only a form whose word before
    the "I" is the name's last word; never where another speaker bears that name. Cheap: one test of each form's end."""
    last = name.rpartition(" ")[2]
    if last == "I" or last in GENERATION_MARKS:
        return name
    for form in forms:
        if form.endswith(" I") and form[:-2].rpartition(" ")[2] == last:
            printed = name + " I"
            return name if printed in taken else printed
    return name


def _aliases(name: str, forms: list[str]) -> tuple[str, ...]:
    seen = {name.casefold()}
    out = []
    for form in forms:
        key = " ".join(form.casefold().split())
        if key not in seen:
            seen.add(key)
            out.append(" ".join(form.split()))
    return tuple(out)


def _dedupe_mentions(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    out: list[Mention] = []
    for mention in mentions:
        if out and mention.start < out[-1].end:
            continue
        out.append(mention)
    return tuple(out)
