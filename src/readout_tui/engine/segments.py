"""Paragraphs and sentences of a readout body, as character spans.

Statements never cross a paragraph, and an indirect statement is a sentence, so
these two cuts come first. A sentence never ends inside a quotation: a quotation
of several sentences and the clause that attributes it form one unit.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

from readout_tui.engine.lexicon import (
    ABBREVIATIONS,
    ALL_SPEECH_VERBS,
    CAPITALS,
    MARKED_CAPITALS,
    MONTH_NAME_PATTERN,
    SENTENCE_STARTERS,
    has_complement,
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
# (one branch, opening with a plain character class: the regex engine then skips
# ahead to the next stop mark instead of trying both branches at every character;
# the two forms match alike, as only the longest run of marks can be followed by
# a space or the end)
# (the next sentence opens with a capital, a digit or a Cyrillic capital; a capital
# with a mark too: "… met Ana Restrepo. Étienne Marchal stressed …")
# (and a full stop with its space lost, between a word in lower case and a capitalised
# word: "… and global supply chains.They also discussed …"; not "Welcome.US", "Mr.X")
# (or a dash and a space before that capital: two-hundred-eleventh 72237, "… Andriy Kostin said. - The
# Ukrainian side is completely ready …": a quotation resumed after its attribution, a sentence of its own; the dash
# a doubled hyphen or glued to the capital too, fivehundredfifth, ONA printed by the Oman Observer: "… will grow and
# prosper. –ONA", "… these impacts. --ONA": the agency's credit a sentence of its own, so in no speaker's words)
# (and a straight single mark that opens a quotation: styles6 variant, "'…,' the prime minister says. 'I am …'")
# (or a doubled single mark, one double mark typed with two keys (`quotes._doubled_single`): sixhundredtwentieth
# statehouse_gm, "‘’One of the key examples …’’, Aissata De said. ‘’So, there have been …’’": the quotation resumed
# after its attribution a sentence of its own)
# (and one that closes it: three-hundred-twenty-ninth philippines_pco pna_2023-08-02_duterte_meets_pbbm, "Garafil said
# Duterte also gave Marcos 'some good pieces of advice.' She did not elaborate …": two sentences)
# (and a closing curly mark with the space after it lost: three-hundred-fifty-fourth
# belarus_president_2019-12-19_security_council, "… development of the army.”According to the President, …": a mirror
# that glued the paragraphs)
# (and a full stop with its space lost before an opening curly mark: three-hundred-eighty-fourth
# belarus_president_2019-07-18_putin, "… on 18 July.“In December we will celebrate …”": the quotation is a sentence of its
# own, so the lede before it is one whole sentence; only the curly opening mark, a straight one after a stop closing as often)
# (and a straight opening mark typed against the stop, when the marks before it in the paragraph are paired, so it
# opens a quotation and does not close one: eighthundredthirtyninth urdupoint, "… Barrister Sultan said that AfzalKhan
# has a honour to be the first elected Muslim councilor ….\"He not only served …\", he said.": the quotation is a
# sentence of its own, its tag's "he" the reporter's, not the name in the report; `_sentence_ends` checks the pairing)
# (or after a figure and its unit, the stop lost the same way: thirty-second hard orsa_president_energy_meeting,
# "… allows importing up to 1.4 GW.The Head of State drew attention …"; not "No.5", "1.4", "12 St.Petersburg", an
# abbreviation being no sentence's end)
# (and the word after the lost space followed by a comma: sixhundredfortyfifth, Xinhua as the Global Times prints it,
# "… agreeing to deepen parliamentary communication and cooperation.Zhang, chairman of …, said …": a sentence opens
# with a name and its apposition)
# (and after an acronym in capitals, the stop's space lost before a word only a sentence opens with: sevenhundredfifty-
# fourth nigerianeye 2017-03-04, the Nigerian Presidency's statement as the paper prints it, "… leaders of member
# countries of the AU.The AU chairperson assured the Nigerian president that …": read as one sentence, the chairperson's
# assurance went to the adviser who "said that" before it; not an outlet's or an event's name with a stop between
# capitals and a capitalised word, "STL.News", "ASSK.Fest", which no sentence opens with)
_OPENS_A_SENTENCE_ONLY = "(?:The|This|These|Those|He|She|They|It|We|According|However)"
_FIGURE_AND_UNIT = "|".join(f"(?<={unit}\\.)" for unit in (
    r"\d[a-z]", r"\d [a-z]", r"\d[A-Za-z]{2}", r"\d [A-Za-z]{2}", r"\d[A-Za-z]{3}", r"\d [A-Za-z]{3}", "%"))
# (hard80: an editor's bracket may open the next sentence's quotation, "“…,” he said. “[That] is two days we do not
# have.”", "“[T]he door is open …”"; sevenhundredninetysixth scmp: "“[We must stress] that …”": the `\[?` before the
# capital, so that the quotation is a sentence of its own, not part of its tag's)
_SENTENCE_END = re.compile(
    r"[.!?…][.!?…]*[\"”’»“‘)\]']*"
    r"(?:(?=\s+(?:(?:--|[-–—]) ?)?(?:['‘’]{2}|[\"“‘«”’'(\[])?\[?[A-Z0-9" + MARKED_CAPITALS + r"\u0400-\u042f])"
    r"|\s*$|(?:(?<=[a-z][a-z][a-z]\.)|(?<=[a-z][a-z][a-z]\.”)|" + _FIGURE_AND_UNIT + r")(?=[“\"]?[A-Z][a-z]+[\s,])"
    r"|(?<=[A-Z][A-Z]\.)(?=" + _OPENS_A_SENTENCE_ONLY + r"[\s,]))"
)
_STOP_MARKS = ".!?…"
"""The characters a sentence's end opens with (`_SENTENCE_END`'s first class)."""
_WORD_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz."
_LONGER_THAN_ABBREVIATIONS = max(map(len, ABBREVIATIONS)) + 1
_NEXT_WORD = re.compile(r"\s+[\"“‘«(\[]?([A-Za-z]+)")


# (a page that broke one sentence over paragraphs, eighthundredeightyseventh menafn, the Chinese Embassy's releases as
# APO prints them: "Elisha Matambo said that" / "Copperbelt Province is willing to …", "Ambassador Du said" / "that" /
# "Southern Province is … willing to strengthen cooperation with" / "Southern Province following …": a paragraph that ends
# with no stop on a reporting verb (its "that" or not), on a lone "that", or on a word no sentence ends with (a
# preposition, an article) runs on into the next; not a tag after a quotation, '…," Reynolds said' (a paragraph that
# holds a quotation mark is left alone at a reporting verb), nor a list's "…; and", nor before a paragraph that opens with
# a quotation, "… Ambassador Chatterjee remarked that" / "“While Canada …”", whose quotation is read as its own)
_RUN_ON_VERBS = ("said", "says", "noted", "notes", "stated", "states", "stressed", "stresses", "added", "adds",
                 "emphasised", "emphasized", "underlined", "explained", "remarked", "observed", "indicated", "announced",
                 "affirmed", "reiterated")
"""The reporting verbs a broken paragraph may end on, "that" after them or not (`_RUN_ON_TAIL`'s group "verb")."""
_RUN_ON_WORDS = ("that", "with", "of", "to", "for", "the", "an", "by", "in", "on", "from", "between", "at", "into")
"""The words no sentence ends with that a broken paragraph may end on (a lone "that", a preposition, an article)."""
_RUN_ON_TAIL = re.compile(
    r"(?:(?<![\w-])(?P<verb>" + "|".join(_RUN_ON_VERBS) + r")(?P<that> that)?"
    r"|(?<![\w-])(?:" + "|".join(_RUN_ON_WORDS) + r"))$")
_RUN_ON_REACH = 40
"""How far back from a paragraph's end `_RUN_ON_TAIL` is looked for (its longest form and a word before it)."""
_SUBJECT_BEFORE_VERB = re.compile(r"(?:\b[A-Z][\w.'’-]*|\b(?:he|she|they|we|I|it|who))\s+$")
"""A subject right before a reporting verb with no "that" (a name, an office, a pronoun: "Ambassador Du said"), not a
noun the verb may be ("delegations of both states", "the member states")."""
_RUN_ON_LAST_WORDS = _RUN_ON_VERBS + _RUN_ON_WORDS
"""The words `_RUN_ON_TAIL` can end on, the two lists it is built of: a paragraph that ends on none of them runs on into
nothing, a test of its end (`str.endswith`) that spares the search of its last `_RUN_ON_REACH` characters."""
_QUOTE_MARKS = "\"“”‘«»"
"""The quotation marks a paragraph ending on a reporting verb must not hold to run on (`_runs_on`): one that holds any
ends on a tag after its quotation ('…," Reynolds said'), not a sentence the page broke."""


def _runs_on(text: str, lo: int, hi: int, next_lo: int) -> bool:
    """Whether the paragraph at `lo`…`hi` is a sentence the page broke, to be read on into the one at `next_lo`.

    Cheap tests first: the paragraph's last character a letter in lower case (a stop, a quotation mark or a
    bracket ends nearly every paragraph), the next paragraph opening with a letter, and the paragraph ending on a word
    `_RUN_ON_TAIL` can end on (`_RUN_ON_LAST_WORDS`); then `_RUN_ON_TAIL` in the paragraph's last `_RUN_ON_REACH`
    characters only.
    """
    if not ("a" <= text[hi - 1] <= "z") or not text[next_lo].isalpha() or not text.endswith(_RUN_ON_LAST_WORDS, lo, hi):
        return False
    tail = _RUN_ON_TAIL.search(text, max(lo, hi - _RUN_ON_REACH), hi)
    if tail is None:
        return False
    if tail.group("verb") is not None:
        if tail.group("that") is None and not _ends_on_a_subject(text, lo, tail.start()):
            return False
        return all(text.find(mark, lo, hi) < 0 for mark in _QUOTE_MARKS)  # (find: no copy of the paragraph)
    return True


def _ends_on_a_subject(text: str, lo: int, verb: int) -> bool:
    """Whether a reporting verb with no "that" at a paragraph's end (at `verb`) has its own subject right before it and
    no comma before that in the paragraph: "Ambassador Du said" runs on; not a closing tag, "The two ministers discussed
    trade, Minister Venn said" (the clause is the tag's, the next paragraph another), nor a noun that looks like a verb,
    "delegations of both states" (review hr60). Read in the verb's last `_RUN_ON_REACH` characters and the paragraph."""
    if _SUBJECT_BEFORE_VERB.search(text, max(lo, verb - _RUN_ON_REACH), verb) is None:
        return False
    return text.find(",", lo, verb) < 0


def paragraphs_read_on(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The paragraphs as the engine reads them: a sentence the page broke over paragraphs one (`_runs_on`); and the
    breaks read over, each as (end of the paragraph before, start of the one after), in order, where
    `readout_tui.engine.attribute` cuts the statements again (they never cross a paragraph of the body as printed)."""
    spans = split_paragraphs(text)
    if len(spans) < 2:
        return spans, []
    out = [spans[0]]
    breaks: list[tuple[int, int]] = []
    for lo, hi in spans[1:]:
        last_lo, last_hi = out[-1]
        if _runs_on(text, last_lo, last_hi, lo):
            out[-1] = (last_lo, hi)
            breaks.append((last_hi, lo))
        else:
            out.append((lo, hi))
    return out, breaks


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank paragraphs as printed, trimmed, a dateline that opens one left out."""
    spans = []
    pos = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    out = []
    for lo, hi in spans:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            # (cheap tests first: a dash in the first 40 characters after a capital, or a comma soon after an opening
            # bracket; the dash after the capital at `lo`, so never at 0)
            dateline = None
            if text[lo].isupper():
                head = text[lo:lo + 40]
                if " –" in head or " —" in head:
                    dateline = _CITY_DATELINE.match(text, lo, hi)
                elif ".-" in head or ".–" in head or text.find(".-", lo + 40, lo + 64) > 0:
                    dateline = _POINT_DASH_DATELINE.match(text, lo, hi)
            elif text[lo] == "(" and text.find(", ", lo, lo + 30) > 0:
                dateline = _BRACKETED_DATELINE.match(text, lo, hi)
            if dateline is not None:
                lo = dateline.end()
            out.append((lo, hi))
    return out


_CITY_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} [–—] (?=(?:The|Today|Yesterday|On|This) \S)")
"""A city's dateline in mixed case before a paragraph's first sentence (styles13 lusanga_presidency: "Quilemba – The
President of the Republic, X, received …"): in no sentence and no run of names, so the city is no one holding the
office that follows (a run of names takes "–" as a joiner: "Deputy Prime Minister – Minister of Finance"). Only before
a sentence's opening word, not "Deputy Minister – Minister of Finance X"."""

_POINT_DASH_DATELINE = re.compile(
    r"[A-Z][^\W\d_]+(?:,? [A-Z][^\W\d_]+){0,3}"
    r"(?:,? \(?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? "
    r"\d{4}\)? ?)?\.[-–] (?=[\"“]?[A-Z])")
"""A place's dateline closed by a point and a dash, as the Spanish-language press writes it in English too
(sixhundredfortysecond, Dominican Today: "Santo Domingo.- Foreign minister X on Sunday lauded …", "Antigua,
Guatemala.- …", "Washington DC.- …", "Madrid.– …"): in no sentence, as `_CITY_DATELINE`'s place before its dash; so
with the day after the place, bracketed or not (eighthundredseventieth, The Yucatan Times: "CDMX, (August 05, 2021) .-
The governor of Yucatán … announced that …", "Mérida, Yucatán, November 15, 2021.- Governor …")."""


_BRACKETED_DATELINE = re.compile(r"\((?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*)*(?:, [A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*){1,5}\) "
                                 r"(?=[\"“]?[A-Z])")
"""An office's origin and place in brackets before a release's first sentence (sixhundredfortysixth, the CARICOM
Secretariat: "(CARICOM Secretariat, Turkeyen, Greater Georgetown, Guyana) The Caribbean Community (CARICOM)
Secretary-General … reiterated …"): capitalised words parted by commas, in no sentence."""


_FIRST_NAME_ABBREVIATIONS = frozenset({"Md", "Mohd"})
"""Muhammad shortened as a first name, a name always after its point (sixhundredthirtysecond, BSS: "…, President's press
secretary Md. Joynal Abedin said."; Malaysian "Mohd."): read in this case only, so that a managing director's "MD." still
ends a sentence."""


_STYLES_BEFORE_A_NAME = frozenset({"Barr"})
"""A style shortened before a name that is also a surname ("Barr.", Barrister, as Nigerian state governments and the
press print it: "the Secretary to the State Government, Barr. X Y, thanked …", hard78): read as a style only where no
name stands before it (a comma, a bracket, a lower-case word or the sentence's start) and a capitalised word that opens
no sentence follows, so that "… said William Barr. The …" still ends there."""


_STYLES_CAPITALISED_ONLY = frozenset({"fr", "mt", "sto", "sta", "ma", "dir"})
"""Styles of `ABBREVIATIONS` that are also a lower-case word ending a sentence ("Fr.", Father, before a priest's name;
"10 million fr.", a currency, hr62): a style only capitalised and before a capitalised name (`_is_joined_initials`'
test of the next word). So "Mt.", Mount, before a mountain's name, and "Sto." / "Sta.", Santo and Santa, before the
rest of a Philippine place's or family's name (ninehundredthirtyfourth tribune 2024-09-04: "… after a series of Mt.
Pinatubo lahar flows in Bacolor.", "…, according to Melquiades Sto. Domingo, DPWH 3 assistant regional director."):
no sentence's end before the name, which opens no sentence. So "Ma.", Maria, shortened before the rest of a Philippine
woman's given name or after a man's ("Secretary Ma. Corazon X said …", "Board Member Ma. Cristina Y said …", hard91),
where a surname "Ma" ending a sentence is followed by a word that opens one ("… the association's chairman, Mr. Wei
Ma. The Secretary said …": the sentence ends, and "The Secretary" is no part of his name). "Dir.", Director, so too
(ninehundredfiftyseventh tribune 2024-11-16: "…, Assistant Secretary X, Dir. Conrado Demdem Jr., as well as …"),
never a lower-case word, but a sentence may end on the capitalised abbreviation ("… named him Dir. The …"), which the
next word's test keeps."""


_GIVEN_NAMES_SHORTENED = frozenset({"ma"})
"""Of `_STYLES_CAPITALISED_ONLY`, a woman's first given name shortened ("Ma.", Maria), which opens her name before the
rest of it and her surname ("Secretary Ma. Corazon X", "Board Member Ma. Cristina Y", hard91), where "Ma" is also a
surname that ends a sentence before the next one's subject ("… the founder of the group, Jin Ma. Pesk said …"): a
style only before two capitalised words (`_is_given_name_then_surname`)."""
_TWO_CAPITALISED_WORDS = re.compile(r"\s+([A-Z][a-z]+)\s+[A-Z][\w’'-]*[a-z]")
"""The rest of a given name and a surname after a shortened first name (`_is_given_name_then_surname`)."""


def _is_given_name_then_surname(text: str, after: int) -> bool:
    """Whether two capitalised words follow the stop that ends at `after`, the first no sentence's opener ("Ma. Corazon
    Tambuyog", "Ma. Teresita Dalumpines"): the rest of a shortened given name's name, not a sentence after a surname
    ("Jin Ma. Pesk said …", "Mr. Wei Ma. The Secretary said …")."""
    nxt = _TWO_CAPITALISED_WORDS.match(text, after)
    return nxt is not None and nxt.group(1) not in SENTENCE_STARTERS


def _is_style_before_a_name(text: str, lo: int, at: int, after: int) -> bool:
    """Whether the word of `_STYLES_BEFORE_A_NAME` at `at` is a style before the name that follows it."""
    before = text[max(lo, at - 30):at].rstrip()
    if before and before[-1] not in ",(" and not before.rsplit(None, 1)[-1][:1].islower():
        return False  # "William Barr.": a surname after a name, the sentence's end
    return _is_joined_initials(text, after)


def _is_abbreviation(text: str, lo: int, dot: int, after: int) -> bool:
    """True when the period at `dot` belongs to an abbreviation, not a sentence end."""
    letters = text[dot - _LONGER_THAN_ABBREVIATIONS:dot] if dot - lo >= _LONGER_THAN_ABBREVIATIONS else ""
    if letters.isalpha() and letters.isascii():
        return False  # a word too long for an abbreviation or an initial: most full stops
    word, at = _word_before(text, dot - 12 if dot - 12 > lo else lo, dot)  # (`max(lo, …)` costs ten times)
    if not word:
        return False
    low = word.lower()
    if low == "st" and text[at - 1:at].isdigit():
        # an ordinal's suffix, not "St." (two-hundred-eighty-second, the Vice President's call of 2010-10-14):
        # "... local elections on October 31st.  The Vice President thanked ..."
        return False
    if len(word) == 1 and word.isupper():
        return True  # an initial: "Joseph R. Biden"
    if word == "HE":
        return True  # (styles39 keldoria: Ghana's "HE. X said …", "the visit of HE. X": His Excellency, a name after it)
    if word in _FIRST_NAME_ABBREVIATIONS:
        return True
    if word in _STYLES_BEFORE_A_NAME:
        return _is_style_before_a_name(text, lo, at, after)
    if len(word) == 3 and word[1] == "." and word[0].isupper() and word[2].isupper() and low not in ABBREVIATIONS:
        return _is_joined_initials(text, after)  # ("M.K. Stalin", "R.N. Ravi": a first name's two initials)
    if low in _STYLES_CAPITALISED_ONLY:
        if low in _GIVEN_NAMES_SHORTENED:
            return word[0].isupper() and _is_given_name_then_surname(text, after)
        return word[0].isupper() and _is_joined_initials(text, after)
    if low.rstrip(".") in ABBREVIATIONS or low in ABBREVIATIONS:
        if low in ("h.e", "h.h", "h.m", "h.r.h"):
            return True  # "with H.E. Mr. Oren Valtis", "H.H. Sheikh Hamad": an honorific, a name always after it
        if "." in word or low in {"u.s", "u.k", "u.n", "e.u"}:
            nxt = _NEXT_WORD.match(text, after)
            if low in _CLOCK_TIMES and nxt is not None and nxt.group(1) in _PERSON_TITLES \
                    and text.startswith(".", nxt.end()):
                return False  # "… left the area by 11 a.m. Adm. X noted …": a clock time ends it, a rank opens the next
            if nxt and nxt.group(1) in SENTENCE_STARTERS:
                return nxt.group(1) in _TITLES_AFTER_INITIALISM and _initialism_names_title(text, lo, at, nxt)
            return True
        return True
    return False


def _is_joined_initials(text: str, after: int) -> bool:
    """Whether two capitals joined by a stop ("M.K", "R.N", the word before the stop that ends at `after`) are a person's
    initials, the surname after them, not a sentence's end (sixhundredeighteenth, Tamil Nadu's releases as the papers
    print them: "Tamil Nadu Chief Minister M.K. Stalin, who is on …, has requested …", "Governor R.N. Ravi called on …"):
    a capitalised word follows that opens no sentence ("Stalin", not "The" nor "He"), as after one initial's "R. Biden".
    Not an initialism the tables know ("U.S.", "U.K.", `ABBREVIATIONS`), which the caller tests first."""
    nxt = _NEXT_WORD.match(text, after)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word[0].isupper() and word[1:2].islower() and word not in SENTENCE_STARTERS


def _word_before(text: str, lo: int, hi: int) -> tuple[str, int]:
    """The word that text[lo:hi] ends with and where it starts: what the regex
    `([A-Za-z][A-Za-z.]*)$` searched for in it finds ("" when nothing), its `$`
    before a closing newline too. Its letters and stops are cut off the end in C
    (`str.rstrip`), where the regex was tried at each character of the span."""
    span = text[lo:hi]
    if span.endswith("\n"):
        span, hi = span[:-1], hi - 1
    word = span[len(span.rstrip(_WORD_CHARS)):].lstrip(".")
    return word, hi - len(word)


_TITLES_AFTER_INITIALISM = frozenset({"President", "Prime"})
_CLOCK_TIMES = frozenset({"a.m", "p.m"})
_PERSON_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Gen", "Adm", "Lt", "Col", "Capt", "Sgt", "Maj", "Sen", "Rep", "Gov",
                            "Prof", "Rev"})
"""A person's title abbreviated ("Adm.", "Mr.") right after a clock time's "a.m." / "p.m." (hard45
velimorye_security_council_operational_meeting: "… both ships left the area by 11 a.m. Adm. X noted that …"): a
sentence's end and the next one's subject, as no time zone or place ("a.m. Moscow time") takes a title's stop."""
_POSSESSIVE = ("'s", "’s")
_WORD_ENDING = re.compile(r"([A-Za-z]+)\s+$")
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


def _initialism_names_title(text: str, lo: int, at: int, nxt: re.Match[str]) -> bool:
    """Whether "U.S." at `at`, before "President" or "Prime" (`nxt`), is the adjective of
    that title, not a sentence's end: the title is a possessive ("gratitude for the U.S.
    President's support": no sentence opens with "President's"), or "U.S." stands bare
    after a lower-case word ("a call with U.S. President Joseph Biden"), where a country
    that ends a sentence is "the U.S." ("... sanctions by the U.S. President X said ...")."""
    if text.startswith(_POSSESSIVE, nxt.end()):
        return True
    if nxt.group(1) == "President" and _LOWER_NEXT.match(text, nxt.end()) is not None:
        # (three-hundred-fifteenth ua_30960: "… signed by the U.S. President already in the nearest time."): the
        # office with no name after it, a lower-case word going on; a sentence that opened there would open
        # "President X said …"
        return True
    opening = text[max(lo, at - 3):at].rstrip()
    if not opening or opening[-1] in ".!?\"”":
        return True  # "… the talks. U.S. President X said …": a sentence opens with it
    if opening[-1] == ",":
        # (sixhundredsixtyninth hurriyetdailynews 142914 (Anadolu Agency): "In December, U.S. President Donald Trump
        # suddenly announced …"): after the comma of an opening phrase, the title's adjective; no sentence ends ", U.S."
        return True
    before = _WORD_ENDING.search(text, max(lo, at - 30), at)
    if before is not None and before.group(1) == "The":
        # (three-hundred-fifteenth ua_30960: "The U.S. President discussed President Poroshenko's initiative …"):
        # "The" that opens its sentence, no sentence being "The U.S." alone; a lower-case "the" stays ambiguous
        lead = text[max(lo, before.start() - 3):before.start()].rstrip()
        return not lead or lead[-1] in ".!?\"”"
    return before is not None and before.group(1).islower() and before.group(1) != "the"


def mark_offsets(text: str, lo: int, hi: int, marks: str) -> list[int]:
    """The offsets in text[lo:hi] of any of `marks` (single characters), in order.

    One `str.find` loop per mark: a full stop comes once in a hundred characters,
    the others hardly ever, and a search for one character skips ahead at machine
    speed, where a regex opening with a class tests every character in turn."""
    found: list[int] = []
    for mark in marks:
        at = text.find(mark, lo, hi)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1, hi)
    found.sort()
    return found


def stop_marks(text: str) -> list[int]:
    """The offsets of the stop marks of `text`, for `split_sentences` to cut any of
    its paragraphs by (found once for the whole text: each search has a cost of
    its own)."""
    return mark_offsets(text, 0, len(text), _STOP_MARKS)


def opening_glued_to_a_sentence_end(text: str, i: int, lo: int, hi: int) -> bool:
    """(sevenhundredtenth ocnal 2019-10: "Mayor Veliaj said the two cities … at the local level.“ I look forward …,”
    Veliaj said."): an opening “ typed against the full stop before it, a space after it, with nothing open: it opens
    the quotation that the next double mark, a closing ”, ends (not a closing mark whose opening was lost, which would
    make the reported sentence before it a quotation). Not when another “ comes first (a German-style „…“ closing),
    nor when a ” before it opened a quotation (marks printed the wrong way round)."""
    if text[i - 1] not in ".!?" or not text.startswith(" ", i + 1):
        return False
    j = text.find("”", i + 2, hi)
    if j == -1 or text.find("“", i + 2, j) != -1:
        return False
    k = text.rfind("”", lo, i)  # (fourth kremlin_38013, marks reversed: "”I believe … well.“ He said …": ” opened)
    return k == -1 or not text[k + 1:k + 2].isalnum()


def _sentence_ends(text: str, lo: int, hi: int, stops: list[int] | None) -> Iterator[re.Match[str]]:
    """What `_SENTENCE_END.finditer(text, lo, hi)` yields: its matches, tried only
    where one can open (at a stop mark: `stops`, those of the whole text, or
    found here when None) and past the end of the last one, as finditer tries them."""
    if stops is None:
        stops, k = mark_offsets(text, lo, hi, _STOP_MARKS), 0
    else:
        k = bisect_left(stops, lo)
    resume = lo
    for k in range(k, len(stops)):
        at = stops[k]
        if at >= hi:
            break
        if at < resume:
            continue  # (a mark inside the last match: "?!", "...")
        match = _SENTENCE_END.match(text, at, hi)
        if match is not None:
            end = match.end()
            if text[end - 1] == "“" and opening_glued_to_a_sentence_end(text, end - 1, lo, hi):
                match = _SENTENCE_END.match(text, at, end - 1) or match  # (the mark opens the next sentence's quotation)
            elif text.startswith('"', end) and text.count('"', lo, end) % 2:
                continue  # (a straight mark glued to the stop that closes a quotation: no sentence's end there)
            resume = match.end()
            yield match


def capitals_dateline(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The dateline in capitals that opens the paragraph at text[lo:hi], if any: a wire's place with its date or agency
    (`_DATELINE`), a press office's place alone ("MAHARAN CITY — ", "TORONTO – ": `_PLACE_DATELINE`), or an information
    service's place, country and date (`_INFORMATION_SERVICE_DATELINE`); no one's words, in no sentence. The caller
    tests first that two capitals open the paragraph."""
    dateline = _DATELINE.match(text, lo, hi)
    if dateline is None or not (dateline.group(1) or dateline.group(2) or dateline.group(3)):
        dateline = _PLACE_DATELINE.match(text, lo, hi)  # (a place's dateline, no date: "MAHARAN CITY — ")
    if dateline is None and text.find(", ", lo, lo + 40) > 0:  # (a cheap test first: a comma soon after the place)
        dateline = _INFORMATION_SERVICE_DATELINE.match(text, lo, hi)  # ("ST. GEORGE’S, GRENADA, <date> –GIS: ")
    if dateline is None and text.find(") ", lo, lo + 48) > 0:  # (a cheap test first: a bracket closed soon)
        dateline = _AGENCY_UNDASHED_DATELINE.match(text, lo, hi)  # ("HAVANA, Cuba, Mar 14 (ACN) ")
    if dateline is None and text.find(": ", lo, lo + 40) > 0:  # (a cheap test first: a colon soon after the place)
        dateline = _PAPER_COLON_DATELINE.match(text, lo, hi)  # ("KOBE, Japan: ", "KOTA KINABALU (Jan 10): ")
    if dateline is None and text.find(":", lo, lo + 24) > 0:  # (a cheap test first: a colon soon after the place)
        dateline = _GLUED_COLON_DATELINE.match(text, lo, hi)  # ("MBABANE:Prime Minister X has warned …")
    if dateline is None and lo < 16 and text.find(": ", lo, lo + 28) > 0:  # (the body's first paragraph only)
        dateline = _place_colon_dateline(text, lo, hi)  # ("JOHOR BAHRU: Johor Menteri Besar X has held …")
    return dateline


_PLACE_COLON_DATELINE = re.compile(r"[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}:\s+(?=[A-Z][a-z])(?!(?:I|We|My|Our)\b)")
"""A paper's place alone in capitals and a colon before a narrative lead, the body's first paragraph, as theSun prints
Bernama's reports (eighthundredthirtythird: "JOHOR BAHRU: Johor Menteri Besar Datuk X has held a meeting with 40
potential investor companies …", "JOHOR BAHRU: Johor Menteri Besar Datuk X (pix) is in Singapore …"): no one's words, in
no sentence. Unread, the place and the lead were one sentence, the name after its office (a first name no list knows)
was never learnt, and no one said what "he" disclosed or said after it. Only in the body's first paragraph, not before
the first person; only where that paragraph reports no speech (no speech verb with its complement in it, the whole
paragraph looked at, an abbreviation's point being no sentence's end: a lead that speaks, "PESHAWAR: Chief Minister X
has said …", "ISLAMABAD: President … Dr. X Sunday said …", is read as it always was, the place in its statement as the
golds keep it); and only where no other paragraph opens with a label in capitals (`_LABEL_OPENING_A_PARAGRAPH`), so that
a transcript's label ("PRESIDENT TRUMP: Thank you …", then "PRESIDENT MACRON: …") stays a label."""
_LABEL_OPENING_A_PARAGRAPH = re.compile(r"\n\s*[A-Z][A-Z.’' -]*[A-Z]:\s")
_LEAD_WORD = re.compile(r"[a-z]+")
_labels_memo: list = [None, False]


def _place_colon_dateline(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """`_PLACE_COLON_DATELINE` at text[lo:hi], the body's first paragraph (nothing but space before it), which holds
    no speech verb that speaks, where no other paragraph opens with a label in capitals (one search per text,
    remembered for the last text read)."""
    if text[:lo].strip():
        return None
    dateline = _PLACE_COLON_DATELINE.match(text, lo, hi)
    if dateline is None:
        return None
    for word in _LEAD_WORD.finditer(text, dateline.end(), hi):
        if word.group() in ALL_SPEECH_VERBS and has_complement(word.group(), text, word.end(), hi) \
                and not _a_visits_call(text, word.start(), word.group()):
            return None
    if _labels_memo[0] is not text:
        _labels_memo[:] = [text, _LABEL_OPENING_A_PARAGRAPH.search(text, hi) is not None]
    return None if _labels_memo[1] else dateline


_CALL_NOUN_BEFORE = frozenset({"courtesy", "farewell", "goodwill", "introductory", "phone", "telephone", "video"})
"""The words that make the "call" after them a noun, a visit or a conversation ("paid a courtesy call on X", "a farewell
call on", "a telephone call with"), no appeal "called on X to …" (`_a_visits_call`)."""


def _a_visits_call(text: str, start: int, word: str) -> bool:
    """Whether the speech verb `word` at `start` in a dateline's lead is the noun "call" of a visit or a conversation,
    a word of `_CALL_NOUN_BEFORE` right before it (eighthundredeightythird thesun 2025-12-06: "KUALA LUMPUR: Prime
    Minister X today paid a courtesy call on Melaka Governor Y at Istana Melaka, marking his first official visit to
    the state’s highest office.": the "to the state’s …" after it read as an appeal's "called on … to", so the lead
    seemed to speak, the place stayed in the sentence as its first name, and "“…,” he posted on Facebook." found no
    one). Only "call" and "calls"; the word before it read back over one space (a bounded slice)."""
    if word not in ("call", "calls"):
        return False
    before = text[max(0, start - 14):start - 1]
    return text[start - 1:start] == " " and before[before.rfind(" ") + 1:].lower() in _CALL_NOUN_BEFORE


_GLUED_COLON_DATELINE = re.compile(r"[A-Z]{4,}:(?=[A-Z][a-z]+\s+[A-Z][a-z])")
"""A paper's place in capitals glued by its colon to the sentence's first word (eighthundredtwentyfirst, Swaziland
News: "MBABANE:Prime Minister Russell Mmiso Dlamini has warned against …", "MBABANE:Dessislava Choumelova, the European
Union(EU) Ambassador …"): no one's words, in no sentence, as `_PAPER_COLON_DATELINE`'s place with its country. Only one
word, no space after the colon and two capitalised words after it (an office or a name opening the sentence), so not
a transcript's label ("PRESIDENT TRUMP: …", "PUTIN:Good afternoon")."""


_ENUMERATOR = re.compile(r"\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t\n]+(?=[A-Z])")
"""A point's number before a sentence: "(1) At the outset, …", "(b) The Minister …"
(not "(UN)", "(AP)": a name's initials). It opens with the parenthesis, which the
regex engine then skips ahead to; the space before it is tested apart."""


def split_sentences(
    text: str, lo: int, hi: int, protected: Sequence[tuple[int, int]] = (), stops: list[int] | None = None
) -> list[tuple[int, int]]:
    """Sentence spans of text[lo:hi]; no sentence ends strictly inside a protected span.
    `stops`: the offsets of the text's stop marks (`stop_marks`), if already found."""
    sentences = _split_sentences(text, lo, hi, protected, stops)
    if text[lo:lo + 2].isupper():  # (two capitals open the paragraph: a wire's dateline, maybe)
        dateline = capitals_dateline(text, lo, hi)
        if dateline is not None:
            sentences = _cut_sentences(text, sentences, [dateline])
    if text.find(" D.C. ", lo, lo + 24) >= 0:  # (a cheap test first: few paragraphs name D.C. so soon)
        sentences = _cut_at_capital_dateline(text, lo, hi, sentences)
    if text[lo:lo + 1].isupper():
        for dateline in _mixed_case_datelines(text, lo, hi):
            if dateline is not None:
                sentences = _cut_sentences(text, sentences, [dateline])
    if text[lo:lo + 1] == "(":  # (a cheap test first: few paragraphs open with a bracket)
        credit = _BRACKETED_CREDIT_DATELINE.match(text, lo, hi)
        if credit is not None:
            sentences = _cut_sentences(text, sentences, [credit])
    if text[lo:lo + 1].isdigit():  # (a cheap test first: few paragraphs open with a digit)
        number = POINT_NUMBER.match(text, lo, hi) or date_first_dateline(text, lo, hi)
        if number is not None:
            sentences = _cut_sentences(text, sentences, [number])
    paragraph = text[lo:hi]  # (one copy: each word looked for below is then an `in`, cheaper than a `find` with offsets)
    if "\n" in paragraph:  # (a paragraph of several lines: a list's, or a wrapped one)
        sentences = _cut_at_bullets(text, lo, hi, sentences, protected)
    lost = _LOST_STOP.search(text, lo, hi)  # (a literal ", " opens it: scanned in C)
    if lost is not None:
        sentences = _cut_at_lost_stops(text, lo, hi, sentences, protected, lost)
    if " According to " in paragraph:  # (a cheap test first: few paragraphs hold it but at a stop)
        lost = _LOST_STOP_BEFORE_ACCORDING.search(text, lo, hi)
        if lost is not None:
            sentences = _cut_at_lost_stops(text, lo, hi, sentences, protected, lost, _LOST_STOP_BEFORE_ACCORDING)
    if "(" not in paragraph:
        return sentences  # (most paragraphs: no parenthesis at all)
    if text[hi - 1:hi] == ")" and sentences and _CLOSING_CREDIT.fullmatch(text, *sentences[-1]):
        sentences = sentences[:-1]  # (a cheap test first: few paragraphs end with a bracket)
    return _cut_at_enumerators(text, lo, hi, sentences, protected)


_BRACKETED_CREDIT_DATELINE = re.compile(r"\([A-Z][A-Z’'.&-]+(?: [A-Z][A-Z’'.&-]+){0,3}\) [–—-] (?=[A-Z“\x22])")
"""An outlet's or a service's name in capitals, in brackets, then a spaced dash, opening a paragraph (sevenhundredth
africanexaminer 2022-04-14: "(AFRICAN EXAMINER) – President Alassane Ouattara on Wednesdays said that …";
sixhundredthirtyfourth, Saint Lucia's GIS: "(GIS) — The ongoing crisis …"): the page's credit, no one's words, in no
sentence, as `_AGENCY_CREDIT_DATELINE`'s "IRNA – " is. Only capitals in the brackets and a capital after the dash
(not "(1) At the outset", a point's number, nor "(b) The Minister")."""


_CLOSING_CREDIT = re.compile(r"\((?:[A-Z]{2,6}|[A-Z][a-z]{2,12})(?:\s+News(?:\s+Agency)?|\s+(?:Gazette|Times|Post|Herald|"
                             r"Observer|Tribune|Mirror|Express|Chronicle|Daily))?\)\s*")
"""A news agency's credit in brackets after a paragraph's last sentence (fivehundredfirst, the Arab Times printing KUNA:
"… He stressed the depth of these relations … (KUNA)"; fivehundredfortyfirst, the Korea Herald printing Yonhap: "“…,”
he added. (Yonhap News)"): in no sentence, as a wire's dateline, so no speaker's words carried on; only a bracket that
is the whole last sentence, its agency's initials or one capitalised word, "News" ("News Agency") maybe after it, or a
paper's name of a place and a newspaper's word (fivehundredseventyfirst: "… to Sri Lanka. (Colombo Gazette)", the
paper's tag after a copied release)."""


POINT_NUMBER = re.compile(r"\d{1,2}[.)][ \t]*(?=[A-Z“\"])")
"""A point's number that opens a paragraph (two-hundred-fifty-fifth, MOFA press18e_000002: "2. In response, Secretary
Kerry expressed …"; embassy 20231024: "1.Immediate release of hostages …"): in no sentence, as "(1) " is, not a sentence
"2." of its own that the speaker before would be given; a capital or a quotation mark after it, so not "1.5 million …"."""


_CAPITAL_DATELINE = re.compile(r"(?:WASHINGTON|Washington),\s+D\.C\.\s+[-–—]{1,2}\s+(?=\S)")
"""A release's dateline before its first sentence (hundred-eighty-ninth: "WASHINGTON, D.C. – First Lady X previewed
…", "Washington, D.C. – Today, President X announced …"): no one's words, in no sentence."""


_DATED_PLACE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?\s+"
    r"\((?:\d{1,2}\s+" + MONTH_NAME_PATTERN + r"|" + MONTH_NAME_PATTERN + r"\s+\d{1,2},?)\s+\d{4}\)\s+(?:--|[-–—])\s+(?=\S)")
"""A government press office's dateline in mixed case, a place (and its country) then the date in brackets and a dash,
before a paragraph's first sentence (four-hundred-thirty-first, gov.me: "Podgorica, Montenegro (3 December 2015) — Prime
Minister X made a telephone call to Y and thanked …", "Davos, Switzerland (26 January 2018) -- "): no one's words, in no
sentence, so the sentence opens with its speaker. Only with a whole date (day, month's name, year) in the brackets, so
not a name and an office in brackets ("Marr (Varnia) – ")."""


_INFORMATION_SERVICE_DATELINE = re.compile(
    r"[A-Z][A-Z.’']+(?:\s+[A-Z][A-Z.’']+){0,3}(?:,\s+[A-Z]{2,}(?:\s+[A-Z]{2,}){0,2})?,\s+"
    r"(?:[A-Z][A-Za-z]+,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME_PATTERN + r"|" + MONTH_NAME_PATTERN
    + r"\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}\s*[-–—]{1,2}\s*(?:[A-Z]{2,5}\s*)?:?\s*(?=[A-Z“\"])")
"""A government information service's dateline: the place in capitals (and its country), a weekday maybe, the whole date,
a dash spaced or not and the service's initials with a colon, before the first sentence (fourhundredseventyseventh, the
Grenada GIS on gov.gd: "ST. GEORGE’S, GRENADA, November 13, 2016 –GIS: Prime Minister …", "ST. GEORGE’S, GRENADA,
TUESDAY 13th June, 2017– GIS: Government senator X has praised …"): no one's words, in no sentence, as `_DATELINE`'s;
only with a year, so not a wire's "MEROVA, Oct 14 - " (`_DATELINE`)."""


_UNDATED_AGENCY_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},?\s+\((?:[A-Z]{2,8}(?:\s(?:News|[A-Z]{2,6}))?"
                                      r"|[A-Z][a-z]+[A-Z]{2,4})\)\s*[-–—]{1,2}\s+(?=[A-Z“\x22])")
"""A news agency's dateline in mixed case with no date, a place and the agency's name in brackets, then a dash
(fivehundredfourteenth, ANTARA: "Jakarta (ANTARA) - Indonesian Coordinating Minister …", "Kuching, (AntaraKL) - ",
"Jakarta (ANTARA News) – "): no one's words, in no sentence."""
_AGENCY_PLACE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:(?:\s\([A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\))?\s\[(?:[A-Z][a-z]+|[A-Z]{2,3})\])?,\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z][a-z]{2,8}|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\.?)"
    r"(?:(?:,\s*|\s+)\d{4})?\s*\((?:[A-Z]{2,6}(?:\s[A-Z]{2,6}|/[A-Z]{2,6})?|[A-Z][a-z]{2,9}\sPress)\)"
    r"(?:(?:\s*(?:--|[-–—])|:)\s+|--(?=[A-Z“\x22]))(?=\S)")
"""A news agency's dateline in mixed case, a place, a date with no year or with one, then the agency's initials in
brackets and a dash (a Petra-like wire: "Ammariya, July 14 (BNA) - Deputy Prime Minister and Minister of Foreign Affairs X
on Tuesday stressed …", "Al Bustan, 10 June (ZNA) -- ") or a colon (fivehundredfortyfifth, the Bahrain News Agency's own
form: "Manama, Mar. 12 (BNA): Shura Council Chairman X stressed …", "Geneva, Oct. 5(BNA): ", "Manama, Jan. 17. (BNA) – "; the
ILO's ACTRAV INFO, fivehundredseventythird: "Geneva, 22 march 2011 (ACTRAV INFO)- The ILO Director-General …", a month in
lower case, a year with no comma, initials of two words, the hyphen glued to the bracket; a wire named with its
"Press", the double hyphen glued to the bracket and the sentence, fivehundredeightysixth, Jiji Press as nippon.com prints it:
"Nagasaki, Aug. 2 (Jiji Press)--Nagasaki Mayor X said Friday that …"; sixhundredeighteenth, ANI's form, the place's state in
brackets and the country in square brackets after the place: "Chennai (Tamil Nadu) [India], Sept 24 (ANI): Indian Coast Guard
Director General X on Monday met … and apprised him …"; a capital's with no state, sevenhundredfourteenth
aninews: "New Delhi [India], Sept 16 (ANI): Prime Minister X on Monday received … and assured him …"; the country by its
initials and ANI carrying another agency, eighthundredfortyninth lokmattimes: "Umm Al Quwain [UAE], September 18 (ANI/WAM):
Sheikh X, …, congratulated …"; the year glued to the day's comma, eighthundredeightyeighth fbc: "Addis Ababa, October
23,2020 (FBC) – President of Oromia Regional State X discussed with …"):
no one's words, in no sentence, as `_DATELINE`'s in capitals. Only with the agency's initials, or one capitalised word and
"Press", in the brackets (not "Marr (Varnia) – ")."""


_PAPER_COLON_DATELINE = re.compile(
    r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
    r"|\s+\((?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\)"
    r"|,\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"|,\s+(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}"
    r"(?:,\s+\d{4})?,\s+[A-Z]{3,}):\s+(?=[A-Z“\x22])")
"""A paper's dateline, the place in capitals, then its country in mixed case or the month and day in brackets, and a
colon (sixhundredth, The Borneo Post: "KOBE, Japan: Deputy Chief Minister X is confident …", "KOTA KINABALU (Jan 10):
Prime Minister X has given …"; eighthundredfourteenth, The Shillong Times: "SHILLONG, May 10: Chief Minister X met Y
…, where he briefed …", the month and day after a comma): no one's words, in no sentence. Only with the country or the date, so not a
transcript's label in capitals ("PRESIDENT TRUMP: …", a place alone being no different from it). So an agency's, the
month in capitals and the agency's name after the date (ninehundredfifth, Artsakhpress: "STEPANAKERT, OCTOBER 24,
ARTSAKHPRESS: The governor had a meeting with … and thanked …": unread, the dateline opened the sentence, so the
governor no longer did and his thanks were no one's)."""


_AGENCY_UNDASHED_DATELINE = re.compile(
    r"[A-Z][A-Za-z.’'-]+(?:[ -][A-Z][A-Za-z.’'-]+){0,2}(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?,\s+"
    r"(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s+\d{4})?\s+"
    r"\((?:[A-Z]{2,6}|[a-z]{2,6})\)(?:\s+(?:--|[-–—]))?\s+(?=[A-Z“\x22])")
"""A news agency's dateline, the place in capitals or mixed case (and its country), the month and day, then the agency's
initials in brackets, a dash after them or none (fivehundredfiftysixth, ACN in English: "HAVANA, Cuba, Mar 14 (ACN) Angel
X, deputy head …, thanked …", "Havana, Dec 20 (ACN) Cuban President X …", "Havana, Cuba, Apr 24 (acn) Cuban Vice President
…", "HAVANA, Cuba, Jan 8 (ACN) - "): no one's words, in no sentence, so the sentence and its subject's office open after it
(unread, an office in brackets after the name hid the person). Only with the agency's initials, upper or lower case."""


_AGENCY_DATED_DATELINE = re.compile(
    r"[A-Z][\w.’'-]+(?:[ -][A-Z][\w.’'-]+){0,2}(?:,\s+[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,2})?\s+"
    r"\([A-Z][^()\n]{1,60}\):\s+" + MONTH_NAME_PATTERN + r"\s+\d{1,2},\s+\d{4}\s+[-–—]{1,2}\s+(?=\S)")
"""A government information service's dateline, a place (and its state) in capitals or mixed case, the issuing office
in brackets and a colon, then the date and a dash, before a paragraph's first sentence (fourhundredseventyninth, the FSM
Information Service: "PALIKIR, Pohnpei (FSM Information Service): April 25, 1997 - FSM Acting President X informed …",
"New York (FSM Permanent Mission to the United Nations): September 22, 2011 - "): no one's words, in no sentence, so the
statement opens with its speaker, as after `_DATED_PLACE_DATELINE`'s date. Only with the colon and a whole date (month's
name, day, year) after the brackets."""


_PLACE_COUNTRY_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s+-|\s+\([A-Z]{2,6}\)\s*-)\s+(?=[A-Z])")
"""A release's dateline in mixed case, a city and its country then a spaced hyphen, before a paragraph's first sentence
(fourhundredseventyfirst, Liberia's Executive Mansion: "Monrovia, Liberia - President X has expressed sincere gratitude
…"; styles12 liberan_executive_mansion: "Monrovale, Liberan - The President of the Republic of …, has called on …"): no
one's words, in no sentence, so the statement opens with its speaker, as after `_DATED_PLACE_DATELINE`'s date. Only a
hyphen: a long dash there is `_CITY_DATELINE`'s. The agency's initials in brackets may stand before the hyphen, glued to
it (fivehundredfortythird, ADB's release as Bangladesh Business News ran it: "Manila, Philippines (BBN)- The Asian Development
Bank (ADB) will continue to strongly support the country …, ADB President X said on Wednesday.")."""


_PLACE_WEEKDAY_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -](?:of\s+)?[A-Z][a-z]+){0,3}(?:,\s+[A-Z][a-z]+(?:[ -](?:of\s+)?[A-Z][a-z]+){0,3}){0,3},\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME_PATTERN
    + r",?\s+\d{4}\s+[-–—]\s+(?=\S)")
"""A release's dateline in mixed case, places set off by commas, then the weekday and the whole date and a dash, before a
paragraph's first sentence (four-hundred-seventy-fourth, Sierra Leone's State House: "State House, Freetown, Tuesday 17
December 2024 – The Head of State of … Guinea, President X, sent a special envoy … and reaffirmed …", "Conakry, Republic
of Guinea, Monday 15 February 2021 – ", "Presidential Lodge, Freetown, Sunday 4 July 2021 - "): no one's words, in no
sentence, so the sentence opens with its subject, whose second verb after "and" then finds it, as after
`_DATED_PLACE_DATELINE`'s date. Only with the weekday and a whole date (day, month's name, year)."""


_OUTLET_DATED_DATELINE = re.compile(
    r"[A-Z](?:[a-z]+|[A-Z]+)(?:[ -][A-Z](?:[a-z]+|[A-Z]+)){0,2},?\s?\([A-Z][^()\n]{1,60}?\s+-\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    r"[A-Z][a-z]{2,8}\.?,?\s+\d{4}\s?\)\s*:?\s*(?=[A-Z])")
"""A news site's dateline in mixed case, a place, then in brackets the outlet's name, a spaced hyphen and the whole date,
before a paragraph's first sentence, the space after the place or the bracket sometimes lost (fivehundredtwentysecond, the
OIC's releases as UrduPoint prints them: "Riyadh (UrduPoint / Pakistan Point News - 20th Nov, 2021) The Minister for Foreign
Affairs …, received …, where he congratulated …", "Jeddah(UrduPoint / Pakistan Point News - 13th September,
2021)Secretary General …"); so UrduPoint's own wire, the place in capitals and a comma before the bracket, a space
inside it and a colon glued to the sentence after it (styles40 kherran: "HALVERGATE, (Marrowline News - 12th Feb, 2026 )
:Inspector General of Police (IGP) X Dr Y met … and promised …"): no one's words, in no sentence, so the statement opens
with its speaker. Only with a day, a month's name and a year after the hyphen."""


_AGENCY_COLON_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME_PATTERN + r"|" + MONTH_NAME_PATTERN
    + r"\s+\d{1,2}),?\s+\d{4}\s+\([A-Z]{2,6}(?:-[A-Z]{2,6})?\):\s*(?=[A-Z“\"])")
"""A wire's dateline in mixed case, a place, the whole date, then the wire's initials in brackets and a colon, the space
after it sometimes lost (fivehundredthirty-first, Pakistan's Foreign Office releases as PPI's official-text service prints
them: "Islamabad, March 25, 2022 (PPI-OT):Foreign Secretary X met … and thanked them …", "Islamabad, May 01, 2020
(PPI-OT): Foreign Minister X held …"): no one's words, in no sentence, so the statement opens with its speaker, as after
`_AGENCY_PLACE_DATELINE`'s dash. Only with a whole date (month's name, day, year) before the brackets."""


_AGENCY_SLASHED_DATELINE = re.compile(
    r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?(?:,\s+[A-Z][\w’'.-]*(?:\s+\d{1,2})?)?\s+/[A-Z]{3,12}/\.?\s+(?=[A-Z“\"])")
"""A national agency's dateline in mixed case, a place (and its country, or a month and day), then the agency's name in
capitals between slashes, a full stop maybe (fivehundredseventyseventh, Montsame: "Ulaanbaatar /MONTSAME/ ", "Ulaanbaatar,
Mongolia /MONTSAME/ On Friday, the Speaker … received … and congratulated him …", "Ulaanbaatar, Jan 19 /MONTSAME/. "): no
one's words, in no sentence; before, it opened the first sentence, so its subject opened no clause and the report after
"received … and" had no speaker. Only with a capital or a quotation mark after it."""
_SLASHED_DATE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\s?,?\s+(?:\([A-Z]{2,12}\)\s+)?" + MONTH_NAME_PATTERN
    + r"\s+\d{1,2}/\d{4}\s*(?:/[A-Z]{2,12}/|\([A-Z]{2,12}\))?\s*(?=[A-Z“\"])")
"""A national agency's dateline in mixed case, a place, then the month's name and the day and year parted by a slash, the
agency's name between slashes or in brackets after it, or before it, or none, the spaces about them sometimes lost
(fivehundredeightyfirst, the Ethiopian News Agency: "Addis Ababa February 6/2022 /ENA/ Prime Minister X has discussed
with …", "Addis Abeba February 16/2022 /ENA/Prime Minister …", "Addis Ababa November 30/2022/ENA/ ", "Addis Ababa June
1/2021 (ENA) ", "Addis Ababa (ENA) February 16/2023 ", "Addis Ababa, October 4/2021(ENA) ", "Addis Ababa , October
25/2019 "): no one's words, in no sentence, so the statement opens with its speaker. Only with the "day/year" date after
a month's name."""
_PLACELESS_SLASHED_DATE_DATELINE = re.compile(
    MONTH_NAME_PATTERN + r"\s+\d{1,2}/\d{4}\s*(?:/[A-Z]{2,12}/|\([A-Z]{2,12}\))\s*(?=[A-Z“\"])")
"""`_SLASHED_DATE_DATELINE` with no place before the month, the agency's name after the date all that marks it as a
dateline (eighthundredeightyfirst, the Ethiopian News Agency: "March 16/2022/ENA/ Chief Administrator of … Regional
State of Ethiopia, X today conferred with …", "September 17/2021(ENA) Officials of …"): no one's words, in no sentence;
before, the date opened the first sentence, so the office after it opened no clause, was never read as the name's, and
"The Chief Administrator told journalist that …" had no speaker. Only with the agency's name in slashes or brackets
(not "March 16/2022 was …")."""
_PLACE_GLUED_DATELINE = re.compile(r"[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?-(?=The\s+[A-Z])")
"""A release's dateline, a city alone in mixed case, glued by a hyphen to the sentence's "The" and the office after it
(fivehundredfortyseventh, the UfM's release on its former Secretary General's site: "Barcelona-The Secretary General of
the UfM, X, expressed his gratitude …"): no one's words, in no sentence, so the statement opens with its speaker, as
after `_PLACE_COUNTRY_DATELINE`'s spaced hyphen. Only before "The" and a capital (not "Austro-Hungarian")."""


_PLACE_DATE_DASH_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s+[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+){0,2}){0,2},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_NAME_PATTERN + r"|" + MONTH_NAME_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?,?)"
    r"(?:\s+\d{4}(?:\s*--\s*|\s+[-–—]\s+)|\s+[-–—]\s+)(?=[A-Z“\x22])")
"""A secretariat's dateline in mixed case, a place (and its country), the whole date with no brackets, then a double
hyphen glued or spaced, or a spaced dash (styles45 fcec, as an oil exporters' organisation dates its releases:
"Halvenburg, 12 March 2026--FCEC Secretary General, HE X, and HE Y, … held a videoconference …", "Vienna, Austria, 27 May
2020--"): no one's words, in no sentence, so the office after it opens the sentence and is the enclosed name's. A
double hyphen only after a whole date (day, month's name, year: not "Drosvik, 14 May -- X said …"); a spaced single dash
also after a day and month with no year, and a city with up to two more places, its state and country, as Kosovo's
presidency dates its releases (eighthundredseventeenth president-ksgov: "Des Moines, Iowa, USA, September 19 – The
President of the Republic of Kosovo, Hashim Thaçi, was received today by …"; "Prishtina, May 7th 2019 - "): before it
was cut, the name after the office was lost (one with a letter outside ASCII) and "On this occasion, he expressed …"
spoke for no one."""


_CAPITAL_COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?:\s+(?=[A-Z“\x22])")
"""A paper's dateline, a capital city alone in mixed case and a colon (sixhundredtwentysixth, Gulf News printing the UAE
foreign ministry's releases: "Abu Dhabi: Sheikh X, Minister of Foreign Affairs, today congratulated …"; fivehundredthirty-
first mofapk, "Islamabad: In her letter, Secretary X has expressed …"), or a wire's, the month and day after the city
and a comma (sevenhundredeighteenth, PTI as the Siasat Daily prints it: "Washington, April 27: US President X has called
… and voiced his concern …"): no one's words, in no sentence. Only a capital the lexicon knows, and only a month's name
before the day (`_opens_with_a_capital_city_and_colon`), so a transcript's label ("Vladimir Putin: …") or a heading's
word ("Motherhood: The …") is never cut."""


_MONTH_AND_DAY = re.compile(r"(?:" + MONTH_NAME_PATTERN + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?) \d{1,2}")
"""A month's name, whole or shortened, and a day ("April 27", "Sept. 5"): the date of `_CAPITAL_COLON_DATELINE`'s wire."""


_LONGEST_CAPITAL = max(map(len, CAPITALS))
"""The longest capital city's name (`_opens_with_a_capital_city_and_colon`)."""


def _opens_with_a_capital_city_and_colon(text: str, lo: int) -> bool:
    """Whether text[lo:] opens with a capital city the lexicon knows (`CAPITALS`: "Abu Dhabi", "Islamabad") and a colon
    and a space right after it, or any place with a comma, a month's name and a day between them ("Washington, April 27:
    ", and a port's "Karstmouth, March 3: ", styles51: the date is what no transcript's label or heading holds, so the
    place need not be a capital the lexicon knows; `_CAPITAL_COLON_DATELINE` then asks it be one or two capitalised
    words)."""
    colon = text.find(": ", lo, lo + _LONGEST_CAPITAL + 14)
    if colon <= lo:
        return False
    city = text[lo:colon]
    comma = city.find(", ")
    if comma > 0:  # (a wire's month and day after the place: "Washington, April 27: ")
        return _MONTH_AND_DAY.fullmatch(city, comma + 2) is not None
    return city.lower() in CAPITALS


_DATE_FIRST_DATELINE = re.compile(
    r"\d{1,2}\s+" + MONTH_NAME_PATTERN + r",?\s+\d{4},\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}"
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}){0,2}(?:\s+[-–—]\s*|[-–—]\s+)(?=[A-Z])")
"""A release's dateline that opens with the whole date, then the place (and its country) and a dash, spaced or glued to
the first word, before a paragraph's first sentence (a UN agency's manner, fivehundredfiftythird, FAO's Director-General:
"30 January 2014, Addis Ababa, Ethiopia - Nigerian President X today thanked …", "22 November 2019, Beijing –FAO
Director-General X met with …"): no one's words, in no sentence, so the statement opens with its speaker and the place
is no part of the speaker's office. Only with a whole date (day, month's name, year) and capitalised places."""


def date_first_dateline(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The date-first dateline that opens text[lo:hi] (`_DATE_FIRST_DATELINE`), if any; tried only where a comma follows
    soon after the opening digits (a cheap test first)."""
    if text.find(", ", lo, lo + 24) < 0:
        return None
    return _DATE_FIRST_DATELINE.match(text, lo, hi)


_OUTLET_BARRED_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)? \| "
                                     r"[A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,3} \| (?=[A-Z“\x22])")
"""A paper's dateline, the place (and its country) in mixed case, then the outlet's name in capitals between bars
(sixhundredfortyfifth and sixhundredtwentyfirst, The Independent of Kampala: "Kampala, Uganda | THE INDEPENDENT | The
Speaker of Parliament X has asked …"): no one's words, in no sentence."""


def mixed_case_dateline(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The first dateline in mixed case that opens text[lo:hi] (`_mixed_case_datelines`), if any."""
    for dateline in _mixed_case_datelines(text, lo, hi):
        if dateline is not None:
            return dateline
    return None


def _mixed_case_datelines(text: str, lo: int, hi: int) -> Iterator[re.Match[str] | None]:
    """The datelines in mixed case a paragraph that opens with a capital may open with (a place and a date, an agency's
    initials in brackets, a city and its country, a weekday, an outlet and a date, a wire's initials and a colon, a city
    glued to "The": `_DATED_PLACE_DATELINE` … `_PLACE_GLUED_DATELINE`), in turn; each pattern is tried only after its cheap test
    finds what it needs close to the start (few paragraphs close a parenthesis, or hold a comma then a spaced hyphen, or
    name a weekday so soon). (`in head` first: what the 96 characters from `lo` lack, no shorter reach of them holds,
    and an `in` costs a third of a `find` with offsets.)"""
    head = text[lo:lo + 96]
    if ") " in head and text.find(") ", lo, lo + 64) > 0:
        yield _DATED_PLACE_DATELINE.match(text, lo, hi) or _AGENCY_PLACE_DATELINE.match(text, lo, hi) \
            or _UNDATED_AGENCY_DATELINE.match(text, lo, hi)
        if text[lo + 1:lo + 2].islower() and text.find(") ", lo, lo + 48) > 0:  # (in capitals: `capitals_dateline`)
            yield _AGENCY_UNDASHED_DATELINE.match(text, lo, hi)  # ("Havana, Dec 20 (ACN) ")
    if ")--" in head and text.find(")--", lo, lo + 64) > 0:  # (a wire's double hyphen glued: "Aug. 2 (Jiji Press)--X")
        yield _AGENCY_PLACE_DATELINE.match(text, lo, hi)
    if "): " in head and text.find("): ", lo, lo + 96) > 0:
        yield _AGENCY_DATED_DATELINE.match(text, lo, hi)
        if text.find("): ", lo, lo + 48) > 0:  # (an agency's initials and a colon soon: "Manama, Mar. 12 (BNA): ";
            # "Umm Al Quwain [UAE], September 18 (ANI/WAM): " the longest)
            yield _AGENCY_PLACE_DATELINE.match(text, lo, hi)
    if ("- " in head and (text.find(" - ", lo, lo + 56) > 0 or text.find(")- ", lo, lo + 64) > 0)) \
            and text.find(", ", lo, lo + 28) > 0:
        yield _PLACE_COUNTRY_DATELINE.match(text, lo, hi) or _AGENCY_PLACE_DATELINE.match(text, lo, hi)
    if "day" in head and text.find("day", lo, lo + 64) > 0 and text.find(", ", lo, lo + 40) > 0:
        yield _PLACE_WEEKDAY_DATELINE.match(text, lo, hi)
    if " - " in head and text.find(" - ", lo, lo + 72) > 0 and text.find(")", lo, lo + 96) > 0:
        yield _OUTLET_DATED_DATELINE.match(text, lo, hi)
    if "):" in head and text.find("):", lo, lo + 64) > 0:
        yield _AGENCY_COLON_DATELINE.match(text, lo, hi)
    if "-The " in head and text.find("-The ", lo, lo + 32) > 0:
        yield _PLACE_GLUED_DATELINE.match(text, lo, hi)
    if "/ " in head or "/. " in head:  # (an agency's name between slashes: `_AGENCY_SLASHED_DATELINE`)
        yield _AGENCY_SLASHED_DATELINE.match(text, lo, hi)
    if "/" in head and text.find("/", lo, lo + 48) > 0:  # (a "day/year" date: `_SLASHED_DATE_DATELINE`)
        yield _SLASHED_DATE_DATELINE.match(text, lo, hi)
        if text[lo:lo + 1].isupper() and text[lo + 1:lo + 2].islower():  # (a month's name first: the place left out)
            yield _PLACELESS_SLASHED_DATE_DATELINE.match(text, lo, hi)
    if ": " in head and _opens_with_a_capital_city_and_colon(text, lo):
        yield _CAPITAL_COLON_DATELINE.match(text, lo, hi)
    if ("--" in head or " – " in head or " — " in head or " - " in head) and text.find(", ", lo, lo + 40) > 0:
        yield _PLACE_DATE_DASH_DATELINE.match(text, lo, hi)  # ("Halvenburg, 12 March 2026--")
    if " | " in head:  # (a place and the outlet in capitals between bars: `_OUTLET_BARRED_DATELINE`)
        yield _OUTLET_BARRED_DATELINE.match(text, lo, hi)
    if " – " in head or " - " in head or " — " in head:  # (an agency's initials before a spaced dash, a date maybe)
        yield _AGENCY_CREDIT_DATELINE.match(text, lo, hi)
        if text.find(", ", lo, lo + 32) > 0:  # (a U.S. town and its state soon: `_US_TOWN_AND_STATE_DATELINE`)
            yield _US_TOWN_AND_STATE_DATELINE.match(text, lo, hi)


_US_STATE_CODES = ("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC "
                   "ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY").split()
_US_STATE_ABBREVIATIONS = ("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. "
                           "Minn. Miss. Mo. Mont. Neb. Nebr. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
                           "S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.").split()
_US_TOWN_AND_STATE_DATELINE = re.compile(
    r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+(?:" + "|".join(_US_STATE_CODES) + r"|"
    + "|".join(re.escape(state) for state in _US_STATE_ABBREVIATIONS) + r")\s+(?:--|[-–—])\s+(?=[A-Z“\x22])")
"""A U.S. station's or paper's dateline in mixed case, a town and its state's postal code or AP abbreviation, then a
spaced dash, before a paragraph's first sentence (eighthundredtwentyeighth, St. Louis Public Radio: "Jefferson City, MO
– Governor Matt Blunt says an agreement has been reached …"; "Kansas City, Mo. — …"): no one's words, in no sentence,
so the statement opens with its speaker, as after `_PLACE_COUNTRY_DATELINE`'s country. Only the states' own codes and
abbreviations, so not "John Smith, MP – …"."""


_AGENCY_CREDIT_DATELINE = re.compile(r"(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,| \([A-Z]{1,2}/R\),?) [A-Z][a-z]{2,8}\.? \d{1,2}"
                                     r"(?:, \d{4})?, )?[A-Z]{1,3}NA [–—-] (?=[A-Z])")
"""A wire's credit opening a copy of its report, the agency's initials alone or after a place and a date, then a spaced
dash (sixhundredsixtysixth, IRNA as OANA and The Iran Project print it: "Tehran, Sept 2, IRNA – President X said here
…", "IRNA – Foreign Ministry spokesman X said …"): in no sentence, as a dateline in capitals. Only a news agency's
initials, "…NA" (IRNA, KUNA, QNA, SANA): not any short acronym before a dash (styles25: "ULVA — President X …", a
party's or a body's, no dateline). The place may be two words or hyphenated, and the Ghana News Agency's regional
reports set the region's initials in brackets after it, a comma after them or not (ninehundredsixtyseventh: "Dambai
(O/R) June 15, GNA – Obrempong X, President … of the Nchumuru Traditional Council, has urged …", "Kete-Krachi (O/R) Feb
23, GNA – ", "Dambai (O/R), Aug. 27, GNA - "; "(V/R)", "(UE/R)" the Volta's, the Upper East's): unread, the place and
the date opened the sentence, so its subject opened no clause, the lead was no one's or the agency's, and "He said …"
after it found no one."""


def _cut_at_capital_dateline(text: str, lo: int, hi: int, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`sentences` with a "WASHINGTON, D.C. –" dateline that opens the paragraph cut off (`_CAPITAL_DATELINE`)."""
    dateline = _CAPITAL_DATELINE.match(text, lo, hi)
    return sentences if dateline is None else _cut_sentences(text, sentences, [dateline])


_LOST_STOP = re.compile(r", (?=(?:According to|However|Moreover|Furthermore|In addition|In particular|At the same time)[ ,]"
                        r"|The (?:minister|president|ambassador|envoy|secretary|chairman|governor|king|emir|prime minister|"
                        r"foreign minister) [a-z]+ed )")
"""A comma before an opener that only a sentence starts with, capitalised (hundred-forty-third, 75405:
"“…,” the Head of State added, According to him, Russia's blockade …"): the source lost the full
stop there, and the words after it are a sentence of their own, not more of the attribution.
(fourhundredninetyfourth mofa_iq 2021-24072: "… met with the Arab ambassadors accredited to Madrid, The minister
delivered a speech in which he explained …": a capital "The" and an office in lower case, then a verb in the
past, open a sentence; mid-sentence it would be "the minister", and an office's title "the Minister")"""


_LOST_STOP_BEFORE_ACCORDING = re.compile(r"(?<=[a-z]) (?=According to )")
"""A capitalised "According to" right after a word in lower case (ninety-seventh 74057: "“…,” the Head of State
informed According to the President, the Ministry of Foreign Affairs … must …"): the stop lost as in `_LOST_STOP`,
where the comma was lost with it; "according to" opens no sentence's middle in capitals."""


def _cut_at_lost_stops(text: str, lo: int, hi: int, sentences: list[tuple[int, int]],
                       protected: Sequence[tuple[int, int]], first: re.Match[str],
                       lost_stop: re.Pattern[str] = _LOST_STOP) -> list[tuple[int, int]]:
    """`sentences` cut at each comma (or space) of `lost_stop` outside a quotation (in no sentence)."""
    cuts = [m for m in lost_stop.finditer(text, first.start(), hi)
            if not any(a < m.start() < b for a, b in protected)]
    if not cuts:
        return sentences
    return _cut_sentences(text, sentences, cuts)


_DATELINE = re.compile(r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}"
                       r"(?:,\s+(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.|[A-Z]{2})(?=\s+\([A-Z]))?"
                       r"(,\s*(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2},\s+(?=[A-Z][a-z]{2,8}\.?\s+\d))?"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
                       r"(?:(?:[A-Z][a-z]{2,8}|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
                       r"|SEP(?:T|TEMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?\s+\d{1,2}(?:,\s+\d{4})?"
                       r"|\d{1,2}\s+(?:JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
                       r"|SEP(?:T|TEMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)(?:,?\s+\d{4})?"
                       r"|\d{1,2}\.\d{1,2}\.\d{4}\.?))?"
                       r"(?:(\s+(?:\([A-Z][\w .&-]{0,30}\)|/[A-Z][\w .&-]{0,30}/))?\s+[-–—]{1,2}\s+(?=\S)"
                       r"|(\s+\([A-Z][a-z]{2,9}\))-(?=[A-Z][a-z]))")
"""A wire report's dateline before its first sentence (hard21: "MEROVA, Oct 14 (Meridian) - President X
ordered …", "TARSK, Feb 7 (Meridian) - "): the city in capitals, then a date or the agency's name (one of
them at least, group 1, 2 or 3, so not "NATO - "), and a dash; in no sentence, as a bullet. The dash may be a hyphen
glued to the agency's bracket and to the first word, the agency named in mixed case (group 3; ninehundredfortyninth,
Ammon News printing Petra: "IRBID (Petra)-British ambassador in Amman X on Tuesday met with …, noting that …": unread,
the place and the agency opened the sentence, its subject was lost and the ambassador's point was no one's); not
initials in the bracket ("SINGAPORE (ASEAN)-China talks …", a compound's first part) nor a body's name of two words. The date may open with its
weekday (fivehundredfourteenth, WAFA in English: "RAMALLAH, Saturday, May 29, 2021 (WAFA) – President X offered …").
The month may be abbreviated in capitals and the agency set between slashes, a Pakistani wire's manner (fivehundredthirty-
first, DNA: "ISLAMABAD, JAN 17 /DNA/ – Foreign Minister, X, … received a telephone call …": the dateline hid the
minister's office and name from the sentence's opening, and "the Foreign Minister" went to the caller). The date may be
in figures, day, month and year with points, a period after it or not (fivehundredfiftyfifth, NIAT Khovar in English:
"DUSHANBE, 12.06.2020. (NIAT Khovar) – Yesterday, the Deputy Minister … X participated …": unread, the dateline kept X
out of the people, and no one said what X and "he" said after it). The country may stand in mixed case between the
city and the date (styles47 kimbaro, a Kenyan-style paper: "NAIRELLE, Kimbaro, Feb 24 — Agriculture … CS Dr. X has said
…": before, the dateline was read as the head of X's statement). The month may be written in full in capitals
(sevenhundredthirtieth, SRNA via Srpska National: "MOSCOW, SEPTEMBER 9 /SRNA/ – The President of Republika Srpska X at the
beginning of his meeting with …, thanked …": unread, the dateline stood before the subject, which no longer opened its clause).
The comma after the city may have lost its space (eighthundredthirtythird, MCI Group printing Bernama: "JOHOR BARU,Mar 10 –
It was just a courtesy call …, said X on his meeting with Y …": unread, the dateline opened the sentence, and the sentence
was no one's).
A U.S. state's abbreviation may stand between the city and
the agency (sevenhundredtwentyeighth wfirnews, AP: "RICHMOND, Va. (AP) – Virginia Gov. X is announcing …": before, "(AP)
–" opened X's statement), or its two-capital postal code with no points (eighthundredseventythird wistv: "COLUMBIA, SC (FOX
Carolina) - Governor X said he met …": before, the dateline opened X's statement). The day may come before a month in capitals (sevenhundredfortyninth, DNA: "PESHAWAR, 18 MAY (DNA)
– The outgoing Ambassador of Korea X … called on … and discussed …": unread, the dateline stood before the subject)."""


_PLACE_DATELINE = re.compile(r"(?:(?:[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}|[A-Z]{6,}|(?:[A-Z]{3,}(?:-[A-Z]{2,})?|ST|MT|FT)\.\s+[A-Z]{3,})"
                             r"(?:\s+/\s+[A-Z]{2,}(?:\s+[A-Z]{2,}){0,3}){0,2}"
                             r"|[A-Z]{3,}(?:\s+[A-Z]{2,}){0,3},\s+(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}|[A-Z]{3,}(?:\s+[A-Z]{2,}){0,2})"
                             r"(?=\s+[-–—]\s))\.?"
                             r"(?:\s+[–—]\s+(?=[A-Z“\"])|-(?=[A-Z][a-z])|\s-\s(?=[A-Z][a-z])|:-\s+(?=[A-Z][a-z])|\s--\s+(?=[A-Z][a-z]))")
"""A press office's dateline with no date or agency (twenty-fifth styles pandayan_pnd_*: "MAHARAN CITY — President X
on Tuesday vowed …", "HILAGANG DUMALO — President X …"): a place in capitals, two words or more or one of six letters
or more (not an acronym, "NATO — "), then a long dash, not a spaced hyphen; in no sentence, as `_DATELINE`'s. Or such a
place glued by a hyphen to the first word, a capital then lower case (fivehundredsecond, APS in English: "ALGIERS-President
of the Republic, …, X will chair Sunday …, said the Presidency of the Republic": no person "ALGIERS-President", who took
the communiqué's words). Or a spaced hyphen before a capitalised word, a Pakistani paper's (styles37 sarhadia, The
Nation's manner: "ISLAMBERG - President Dr X on Friday called for …": the place is in no statement). The place may be two
or three joined by slashes, a release sent from two capitals, or a city in capitals and its country or state in mixed
case before a long dash, a paper's manner (fivehundredfortythird, the CDB's releases: "BARBADOS / TRINIDAD – President of
the Caribbean Development Bank (CDB), Dr X has pledged …", "KINGSTON, Jamaica — Completing his decade-long tenure …,
President Dr X said …": the places in no statement; "BRIDGETOWN, BARBADOS – New … President, Dr. X, reconfirmed …", the
country in capitals too, and "MANILA, PHILIPPINES - Asian Development Bank (ADB) President X is to visit …", ADB's own
releases, before a spaced hyphen). Or a release's tag in capitals before a colon and a hyphen, a Saint Lucian paper's
manner (sixhundredthirtyfourth stluciatimes: "PRESS RELEASE:- Minister in the Ministry of External Affairs, the
Honourable X has described …": the tag in no statement). The place may close with a full stop before its dash, NEWS.am's
manner (sixhundredfiftyseventh newsam 364281: "YEREVAN. – President of the National Assembly (NA) of Armenia, X, on
Thursday received …": the office after it then opens the sentence, and is the name's). The place may close with a
full stop before the agency's name in capitals, Kazinform's manner (sevenhundredthirtyfirst: "ASTANA. KAZINFORM - Secretary
General of the … (SCO) X met with …", "NUR-SULTAN. KAZINFORM – …": before, "KAZINFORM" was a person, who took the
Secretary General's office and then "He also told …" and "The SCO Secretary General, in turn, briefed …"). The dash may be
typed as two hyphens, a station's manner (eighthundredsixtysecond wrcbtv: "NASHVILLE -- Governor X said Monday …": the
place in no statement). A saint's, a mount's or a fort's place may open with its two-letter abbreviation and its full
stop (hard96: "ST. AMBRINE — The Minister of Education, Mrs. X, has defended the decision …, saying …": before, the
place and the lead were one sentence, and the subject opening it after the dash was never read)."""


_BULLET = re.compile(r"\n[ \t]*(?:[•▪●◦‣]|[-–*](?=[ \t]))[ \t]*(?=\S)")
"""A line that opens with a list's bullet: "• Minister X stressed …", "- Minister Y …"."""
_BULLET_OPENING = re.compile(r"[•▪●◦‣][ \t]*(?=\S)")
_BULLET_MARKS = frozenset("•▪●◦‣")


def _cut_at_bullets(text: str, lo: int, hi: int, sentences: list[tuple[int, int]],
                    protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A line that opens with a bullet opens a sentence, the bullet in none ("Key
    points:\n• Minister X stressed …\n• Minister Y welcomed …": each point its own, not
    one sentence of the first speaker's). A dash or an asterisk is a bullet only after
    a line that ends a clause (".", ";", ":"), not a dash that a wrapped line opens with."""
    first = _BULLET_OPENING.match(text, lo, hi)  # (the paragraph's first line, a point too)
    cuts = [first] if first is not None else []
    for m in _BULLET.finditer(text, lo, hi):
        if any(a < m.start() < b for a, b in protected):
            continue
        if text[m.start() + 1:m.end()].strip()[:1] not in _BULLET_MARKS:  # a dash or an asterisk
            before = m.start()
            while before > lo and text[before - 1] in " \t":
                before -= 1
            if (before == lo or text[before - 1] not in ".;:!?") and not _same_bullet_above(text, lo, m) \
                    and not _same_bullet_below(text, hi, m):
                continue  # "… the leaders\n– including …": a wrapped line, not a list
        cuts.append(m)
    if not cuts:
        return sentences
    return _cut_sentences(text, sentences, cuts)


def _same_bullet_above(text: str, lo: int, bullet: re.Match[str]) -> bool:
    """The line before a dash or an asterisk opens with the same mark and a space, and a
    capital follows it: a list whose points end with no stop ("- The President stressed
    …\n- The Prime Minister thanked …"), not a wrapped line that a dash opens."""
    mark = text[bullet.start() + 1:bullet.end()].strip()[:1]
    line = text.rfind("\n", lo, bullet.start()) + 1 or lo
    while line < bullet.start() and text[line] in " \t":
        line += 1
    return text.startswith(mark, line) and text[line + 1:line + 2] in (" ", "\t") \
        and text[bullet.end():bullet.end() + 1].isupper()


def _same_bullet_below(text: str, hi: int, bullet: re.Match[str]) -> bool:
    """The line after a dash or an asterisk line opens with the same mark, a space and a
    capital, as the line itself does: the first point of a list under a heading with no
    stop ("Main points\n- The President stressed …\n- The Prime Minister …")."""
    below = text.find("\n", bullet.end(), hi)
    if below < 0 or not text[bullet.end():bullet.end() + 1].isupper():
        return False
    found = _BULLET.match(text, below, hi)
    return found is not None and text[below + 1:found.end()].strip() == text[bullet.start() + 1:bullet.end()].strip() \
        and text[found.end():found.end() + 1].isupper()


def _cut_at_enumerators(text: str, lo: int, hi: int, sentences: list[tuple[int, int]],
                        protected: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """A point's number opens a sentence and is in none ("1. Opening remarks (1) At the
    outset, Minister X stated …", a MOFA readout's points, their lines joined: the
    heading before the number is no part of what the minister stated), unless the
    number is inside a quotation."""
    cuts = [m for m in _ENUMERATOR.finditer(text, lo, hi)
            if (m.start() == lo or text[m.start() - 1].isspace())
            and not any(a < m.start() < b for a, b in protected)]
    if not cuts:
        return sentences
    return _cut_sentences(text, sentences, cuts)


def _cut_sentences(text: str, sentences: list[tuple[int, int]],
                   cuts: list[re.Match[str]]) -> list[tuple[int, int]]:
    """`sentences` cut where each of `cuts` (a bullet, a point's number) stands: the
    text before a cut ends a sentence, the cut is in none, and a sentence that opens
    with one opens after it."""
    out = []
    for start, end in sentences:
        for cut in cuts:
            if start < cut.start() < end:
                head_end = cut.start()
                while head_end > start and text[head_end - 1].isspace():
                    head_end -= 1
                if head_end > start:
                    out.append((start, head_end))
                start = cut.end()
            elif cut.start() <= start < cut.end():
                start = cut.end()
        if end > start:
            out.append((start, end))
    return out


def _split_sentences(
    text: str, lo: int, hi: int, protected: Sequence[tuple[int, int]], stops: list[int] | None
) -> list[tuple[int, int]]:
    """`split_sentences` before the lines of a list are cut apart."""
    out = []
    start = lo
    k = 0  # protected spans are sorted: walk them alongside, linear time
    for match in _sentence_ends(text, lo, hi, stops):
        dot = match.start()
        end = match.end()
        if text[dot] == "." and (end - dot == 1 or end - dot == 2 and text[dot + 1] == ")") \
                and _is_abbreviation(text, lo, dot, end):
            continue  # (and in parentheses: "Ambassador (ret.) Pieter Vos")
        while k < len(protected) and protected[k][1] < dot:
            k += 1
        if k < len(protected) and protected[k][0] < dot and end <= protected[k][1]:
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
        start = end
        while start < hi and text[start].isspace():
            start += 1
    if start < hi:
        end = hi
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append((start, end))
    return out
