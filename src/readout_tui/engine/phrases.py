"""Noun phrases that may name a person: parsing them and saying what they are.

Readouts name people in a few shapes: a title chain and a name (`U.S. Assistant
Secretary of State for European and Eurasian Affairs Aaron Wess Mitchell`), a name
and an appositive title (`Dennis Hastert, Speaker of the House`), a description
(`the Belarusian leader`, `the Head of the President's Office`), a pronoun. The
parser reads the words next to a speech verb or a quotation, backwards or forwards,
and `classify` tells a person from a group (`the sides`) or a thing (`the message`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, islice
from operator import itemgetter
from typing import NamedTuple

from readout_tui.engine.lexicon import (
    CITY_NAMES,
    FEMALE_MARKERS,
    FIRM_NOUNS,
    FUNCTION_WORDS,
    GIVEN_NAME_STYLES,
    GROUP_HEADS,
    HONORIFICS,
    MALAY_SECOND_TITLES,
    MALE_MARKERS,
    MONTHS,
    NAME_ARTICLES,
    NARRATIVE_VERBS,
    NATIONALITIES,
    NON_PERSON_WORDS,
    POST_NOMINAL_LETTERS,
    ROLE_WORD_SET,
    ROLE_WORDS,
    SPEECH_VERBS,
    SPOUSE_ROLES,
    STATE_WORDS,
    SUBJECT_VERB_FILLERS,
    WEEKDAYS,
)
from readout_tui.engine.team_roles import TEAM_NOUNS, TEAM_ROLES

_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Gen", "Col", "Lt", "Maj", "Brig", "Capt", "Adm", "Sen", "Rep",
                  "Gov", "Prof", "Rev", "Hon", "Smt", "Rt", "Amb", "Mgr", "Msgr", "Engr", "Eng",
                  "Mme", "Mlle", "Mdm", "Md", "Mohd", "Atty", "Sec", "Usec", "Asec", "Ven", "Sto", "Sta", "Mt", "Ma")
"""The abbreviations of letters alone that TOKEN reads with their full stop ("Mr.", one word). ("Rt.": styles9's
"The Prime Minister, Rt. Hon. Pushpa Raj Adhikari, met …", the style's first word, not a name "Rt" and a stop;
"Amb.", styles29: "Ambassador" shortened before a name, "H.E. Amb. X"; "Maj.", "Brig.", "Capt.", hard57: ranks
shortened before "Gen." or a name, "Maj. Gen. X"; "Mgr.", "Msgr.": Monsignor, fivehundredsixteenth prc; "Eng.", "Engr.":
Engineer, an East African and Arab style before a name, fivehundredfortyfourth igad's "said Eng. X", "Eng. X emphasized";
"Mme.", "Mlle.": French Madame, Mademoiselle, fivehundredfiftysecond's "H.E. Mme. Fu Ying expressed …"; "Mdm.": Madam,
Malaysia's and Singapore's style, eighthundredeightythird's "The president of MTA, Mdm. Madelina also took …"; "Md.", "Mohd.":
Muhammad shortened as a first name, sixhundredthirtysecond's BSS: "…, President's press secretary Md. Joynal Abedin
said.", in mixed case only, not a managing director's "MD."; "Atty.", "Sec.", "Usec.", "Asec.": the Philippine
press's Attorney, Secretary, Undersecretary and Assistant Secretary before a name, eighthundredfortyseventh ndbcnews:
"In his Facebook post, Atty. Naguib Sinarimbo, BARMM interior minister, said the meeting was cordial and Sec. Faustino
has shown interest …"; "Ven.": Venerable, a Buddhist monk's style, eighthundredsixtyfirst ladakhtimes: "…, headed by Ven.
Padma Thinles, requested …"; "Sto.", "Sta.", "Mt.": Santo and Santa in Philippine family and place names, and Mount,
ninehundredthirtyfourth tribune 2024-09-04: "…, according to Melquiades Sto. Domingo, DPWH 3 assistant regional
director.", "a series of Mt. Pinatubo lahar flows", one name with its stop, as "Amy St. Clair" is; "Ma.": Maria in a
Philippine name, hard91's "Secretary Ma. Corazon X said …", one word with its stop, not a person "Ma" beside another)"""
TOKEN = re.compile(
    r"[A-Za-z]\.[A-Za-z]\.(?:[A-Za-z]\.)*"  # U.S., U.K. (two or more, written out: `(?:…){2,}` costs more)
    # (and before a name with no space: ninety-fourth kremlin_33435's "Mr.Putin showed Mr.Abramovich …")
    r"|(?:" + "|".join(_ABBREVIATIONS) + r"|H\.E)\.(?=\s|,|$|[A-Z][a-z])"
    r"|[A-Z]\.[A-Z](?=[\s,]|$)"  # "Simon Coveney T.D said:" (three-hundred-first ireland_dfa donaldson): one word
    r"|[A-Z]\.(?=\s|[A-Z][a-z])"  # an initial (glued to the surname: three-hundred-twentieth ukraine_mfa 27982's "O.Zerkal")
    r"|(?:Ch|Sh|Ts|Kh|Zh|Ya|Yu|Yo)\.(?=[A-Z][a-z])"  # a Cyrillic letter's two-letter initial glued to the surname (styles36,
    # Montsame-like: "Mayor of Valdara Ch.Delgertsogt"; "Yo." for Ё, sevenhundredtwentyfifth montsame 2018-03-23:
    # "Ambassador Yo.Otgonbayar said “…”"), one word as "B." is
    r"|[A-Z]{2,}\.[A-Z]{2,}\b"  # VEB.RF, DOM.RF: a company's name, one word (its full stop ends nothing)
    r"|[Hh][Rr]/[Vv][Pp]\b"  # the EU's High Representative/Vice-President, one office word (two-hundred-seventieth zarif)
    r"|H/E(?=\s)"  # His Excellency written with a slash (ninehundredth iaip: "H/E Desta Ledamo strongly messaged …"), "H.E."
    r"|Dato['’](?=\s)"  # (styles28: "Prime Minister Dato' Seri X": the Malay title and its apostrophe, one word)
    r"|[^\W_][\w’'\-]*[^\W_]|[^\W_]"
    r"|[^\w\s]"
)

_CONNECTORS = frozenset({"of", "for", "the", "and", "to", "on", "in", "-", "–", "—"})
_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "da", "del", "della", "di", "der",
                        "van", "von", "la", "le", "du", "dos", "das", "los", "las", "y", "ben", "abu", "al-",
                        "á", "av", "í"})  # Faroese: "Bárður á Steig Nielsen", "Jenis av Rana" (sixhundredninetythird)
_SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"})
DETERMINERS = frozenset({"the", "his", "her", "its", "their", "our", "this", "that"})
_PRONOUNS = {"he": "m", "she": "f"}
_GROUP_PRONOUNS = frozenset({"they", "we", "both", "all", "each"})
_THING_PRONOUNS = frozenset({"it", "this", "that", "which", "who", "these", "those", "one"})
_LATTER_FORMER = frozenset({"latter", "former"})
_AGE_EPITHET = re.compile(r"\d{2,3}-year-old")
"""A person named by age alone, a newsroom's anaphor ("The 67-year-old went on record as …", hard16)."""
_AFTER_EPITHET = frozenset({"went", "made", "took", "told", "said", "added", "noted", "struck", "urged"})
_PERSON_BY_KIND = {"boy": "m", "girl": "f", "teenager": None, "schoolboy": "m", "schoolgirl": "f"}
"""A young person named by kind alone after his name, as by age ("14-year-old Mark X … The boy shared his impressions …",
hundred-seventeenth 67425): the person just spoken of, his sex told by the word."""
_PARTY_MEMBER_NOUNS = frozenset({"democrat", "republican"})
"""A US party's member named by the party alone after his name, as the wires write (eighthundredtwentieth yahoo, AP:
"Louisiana Gov. John Bel Edwards is traveling to Asia … In a press release, the Democrat said the trip … is designed to
…"): "the Democrat", "the Republican" before a verb is the person just spoken of, as "he" (not "the Republican Party",
"the Democratic governor": a party's name, an office's adjective)."""
_PARTY_ADJECTIVES = frozenset({"democratic", "republican"})
"""A US party's adjective before an office (eighthundredtwentieth nationalpost, AP: "Louisiana Gov. John Bel Edwards
announced … The Democratic governor said the 24-person delegation will include …"): the holder's party, no country of
the office's (`_unknown_country` read "democratic" as one, so "the Democratic governor" was no one's governor)."""
_AFTER_LATTER = frozenset({"was", "is", "has", "had", "also", "then", "too", "in", "said", "told", "gave", "spoke"})
"""The words after "the former" that make it a person named before, not an adjective ("the former president")."""

_PLURAL_ROLES = frozenset(
    w + "s" for w in ("president", "minister", "leader", "senator", "secretary", "ambassador",
                      "head", "chancellor", "official", "representative", "delegate", "diplomat",
                      "envoy", "governor", "advisor", "adviser", "counterpart", "colleague", "king",
                      "attorney", "general", "spokesperson", "aide", "ceo", "executive",
                      "director", "mayor", "commissioner", "member", "lawmaker", "legislator", "advocate",
                      "chair", "co-chair", "vice-chair", "chief",
                      "captain")  # ("the Captains Regent expressed their gratitude": thirteenth styles montalbia)
) | {"dignitaries", "congressmen", "congresswomen", "chairmen", "spokesmen", "secretaries", "deputies",
     "ladies",  # hundred-fifth: "The First Ladies also discussed …": several first ladies, a group
     "mps", "meps",  # fivehundredninth petra: "Other MPs highlighted …": members of parliament by their initials
     # a Kenyan county assembly's members by their initials, as "MPs" (thousandsixth: "Meru MCAs have recently stated
     # that they are prepared to talk …": the ward representatives, a group)
     "mcas"}
_WHAT_IS_OFFICIAL = frozenset({"sources", "media", "statement", "statements", "release", "records", "data", "figures",
                               "documents", "circles", "channels", "report", "reports", "website", "communique",
                               "readout", "account", "version", "estimates", "notice", "note"})
"""The things "official" qualifies as an adjective ("the official sources said", "the official statement noted"): the
phrase that ends with one is that thing, not "the official", a person (`_phrase_before`)."""
_NEAR_TO_SOMEONE = frozenset({"close", "closer", "near", "familiar"})
"""What stands between unnamed sources and the person they are near ("sources close to the Chief Minister", "officials
familiar with the President's thinking"): `_phrase_before` reads the sources, not the person."""
_UNNAMED_SOURCES = frozenset({"source", "sources", "official", "officials", "aide", "aides", "people", "insider",
                              "insiders", "someone", "those", "person", "persons"})
"""Unnamed people who tell the press, before "close to" or "familiar with" someone (`_NEAR_TO_SOMEONE`)."""
_PLURAL_PEOPLE = frozenset({"participants", "attendees", "panelists", "panellists", "stakeholders", "experts",
                            "partners", "allies"})
"""People who take part, with no article before them ("…, and roundtable participants discussed …";
four-hundred-thirtieth 2024-08-30: "Mr. Sullivan conveyed …, and partners discussed the steps …"): a group."""
_PARTY_NOUNS = frozenset({"delegation", "delegations", "entourage", "team", "guests", "hosts", "counterpart",
                          "counterparts"})
"""A visiting or hosting party's noun that, after "and" with no article, joins a second party to the first
(`_phrase_before`): "the Minister and Delegation discussed …" is a pair."""
_SHORTENED_OFFICES = {"gov.": "governor", "lt. gov.": "lieutenant governor", "lt governor": "lieutenant governor",
                      "lt. governor": "lieutenant governor"}
"""Offices shortened with a full stop before a name, one word as TOKEN reads the capitalised form ("Gov. Brad Little met
…": a US state's governor, as US papers write him; sevenhundredninetyfifth rfdtv: "… Gov. Brad Little found ways … He
says …", and "the governor" after it is he): an office word (`_ROLE_TUPLES`), named in full (`_role_name`). So too
"Lt Governor" / "Lt. Governor", with or without the stop (eighthundredfortysecond, Indian papers: "The Lt Governor
observed …"): a lieutenant governor, not the governor."""
_OFFICE_SPELLINGS = {"mentri besar": "menteri besar"}
"""An office's other spelling, one office with the first (ninehundredtwentyninth malaymail: "Kedah Mentri Besar X", as
Malay Mail and Bernama's older English write the Malaysian state's head; "the menteri besar" after it is he)."""
_INFORMAL_OFFICES = {"boss": "chief", "czar": "chief", "tsar": "chief"}
"""A body's head by the press's informal word (styles64: "The Service's boss offered …" after "the Commissioner-General of
the Customs Service, Mrs. X"; styles63's "The KDA boss thanked …", "the agency's boss told her"): "chief", as "the
Service's chief" is read (`body_possessive_heads`, "the WHO chief")."""
_PERSONS_POSSESSIVES = frozenset({"his", "her", "their", "my", "our", "your"})
"""A person's possessive: before an informal head's word ("his boss") his own superior, no office of a body named before
(`_INFORMAL_OFFICES` only after a body's possessive or name, "the Service's boss", "its boss", "the KDA boss")."""
_ROLE_TUPLES = sorted({tuple(TOKEN.findall(r)) for r in ROLE_WORDS} | {tuple(words.split()) for words in _SHORTENED_OFFICES}
                      | {(word,) for word in _INFORMAL_OFFICES}, key=len, reverse=True)
_ROLE_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _role in _ROLE_TUPLES:
    _ROLE_BY_FIRST.setdefault(_role[0], []).append(_role)
_BODIES_OF_MEMBERS = frozenset({"council", "board"})
"""The bodies whose member's title is an office ("Council member X", "Advisory board member Dr Y", `ROLE_WORDS`): a
person's phrase goes on over one in lower case only right before "member" (`_phrase_from`, `_phrase_before`); no
office's words alone ("Board Co-Chair X": a body's office; "a member of the supervisory board Tomas Berg")."""
ROLE_TOKENS = frozenset(t for r in _ROLE_TUPLES for t in r) - _CONNECTORS - {"worship", "parliament"} - _BODIES_OF_MEMBERS
# ("worship" is an office's word only in a mayor's style, "His Worship", read whole: a ministry's "International Trade
# and Worship", styles27, ends no office of its own)
# ("parliament" is an office's word only inside "member of parliament", read whole: a body's own word after an office,
# sixhundredfiftyseventh armenpress: "The Head of the parliament highly assessed …", is no office's end of its own)
_NATIONS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _nation in sorted((tuple(TOKEN.findall(k)) for k in NATIONALITIES if " " in k), key=len, reverse=True):
    _NATIONS_BY_FIRST.setdefault(_nation[0], []).append(_nation)


class Phrase(NamedTuple):
    """A noun phrase at a speech cue or a quotation, and what it refers to.

    (A named tuple, not a frozen dataclass: tens of thousands are made per archive,
    and a frozen dataclass takes four times as long to build.)"""

    kind: str  # name | description | pronoun | group | thing
    start: int
    end: int
    text: str
    name: tuple[str, ...] = ()  # the personal name's words, for kind == "name"
    role: str = ""  # normalised office, "president", "head of office of president" …
    country: str | None = None
    gender: str | None = None  # "m", "f" or None
    possessive: bool = False  # "his counterpart": refers to someone other than "his"

    @property
    def is_person(self) -> bool:
        return self.kind in ("name", "description", "pronoun")

    def shifted(self, offset: int) -> Phrase:
        return _new_phrase(Phrase, (self.kind, self.start + offset, self.end + offset, self.text, self.name,
                                    self.role, self.country, self.gender, self.possessive))


def tokens(text: str, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """TOKEN's words of text[lo:hi] (`_words`), each with where it starts and ends:
    the next place it is found (see `_words_span`). An ampersand is read as the word "and" it stands for
    (four-hundred-sixty-ninth's Belize Cabinet briefs: "The Minister of Health & Wellness reported to Cabinet
    that …", "Minister of Agriculture & Enterprise": two portfolios of one office, as "Health and Wellness" are;
    "A Foreign, Commonwealth & Development Office spokesperson said:" a body's name, as with "and"). Before, the
    phrase ended at "&": "Wellness" was read as a person, or no one spoke."""
    out = []
    for word in _words(text, lo, hi):
        lo = text.find(word, lo)
        end = lo + len(word)
        out.append(("and" if word == "&" else word, lo, end))
        lo = end
    return out


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1] in "aeibd" and _ARTICLE_NAME.match(word) is not None) \
        or (word[1:2].isupper() and _LOCATIVE_PREFIXED_NAME.match(word) is not None)


_ARTICLE_NAME = re.compile(NAME_ARTICLES + "[A-Z]")
"""'el-Sisi', 'al-Sudani': a name with its Arabic article, capitalised all the same."""
_LOCATIVE_PREFIXED_NAME = re.compile(r"[eiu][A-Z][a-z]{3,}(?:['’]s)?$")
"""A Nguni place name written with its lower-case prefix before the capital, as the Eswatini Government and the
Swazi papers write the country (eighthundredtwentyfirst swazilandnews: "Dessislava Choumelova, the European Union(EU)
Ambassador to the Kingdom of eSwatini has announced …"; "eThekwini", "eMalahleni", "iSimangaliso", "uMhlathuze"):
a capitalised word all the same, so the office runs on to it and the country is not read as the subject. Not
"mRNA" (capitals after the prefix) nor a stem of under four letters ("eBay"). Cheap test first: the second letter a
capital."""


@lru_cache(maxsize=65536)
def _np_token(word: str) -> bool:
    """A word that can sit inside a person-naming noun phrase."""
    low = word.lower()
    return (
        (_is_cap(word) and (low not in FUNCTION_WORDS or word in _INITIALS_THAT_ARE_WORDS
                            or word in CAPITALISED_PARTICLES_THAT_ARE_WORDS))
        or low in ROLE_TOKENS
        or low in _CONNECTORS
        or low in _PARTICLES
        or word == "i"  # (Catalan's "and" between two surnames, "Duran i Lleida"; lower case only, never "I")
        or word in ("’s", "'s", ",")
    )


CAPITALISED_PARTICLES_THAT_ARE_WORDS = frozenset({"Do"})
"""A Portuguese name's particle, capitalised, that spells an English function word ("Mozambican special envoy Mr Julio
Do Santos", "Mr Do Santos said …", sixhundredeightythird herald): a word of the name, as "Dos" and "Da" are, not the
verb "do" that ended the phrase and left "Santos" alone."""
# ("IT": a portfolio's initials, "Federal Minister for IT and Telecommunication X", styles61; `_PORTFOLIO_INITIALS`)
_INITIALS_THAT_ARE_WORDS = frozenset({"WHO", "IT"})
_OFFICE_ACRONYMS = frozenset({"CMO", "PMO"})
"""A head's office written as its acronym, as Indian papers write the Chief Minister's and the Prime Minister's Office:
the last word of a capitalised run that is a body, not a person's name ("Chhattisgarh CMO", "the PMO")."""
"""A body's initials, in capitals, that spell a function word (hard65 who_chief: "“…,” the WHO chief said." after
"World Health Organization (WHO) Representative in Tarnavel, Dr. X,"; styles42): a capitalised word of the phrase, as
"IAEA" is ("the IAEA chief", its head: `name_registry._AN_ACRONYMS_LEADER`), not the pronoun "who" that ended it."""


def phrase_ending_at(text: str, lo: int, pos: int) -> Phrase | None:
    """The noun phrase that ends at `pos` (reading backwards, not before `lo`)."""
    end = pos
    while end > lo and text[end - 1] == " ":
        end -= 1
    if end - lo >= 2 and text[end - 2:end].lower() == "he":  # ("he" and "she" end so)
        begin = end
        while begin > lo and end - begin < 4 and text[begin - 1].isalpha():
            begin -= 1
        gender = _PRONOUNS.get(text[begin:end].lower()) if begin == lo or not text[begin - 1].isalnum() else None
        if gender is not None and text.endswith(_COURTESY_TITLES_BEFORE, lo, begin):
            gender = None  # ("Mr He added that …", hard65: the surname He after a courtesy title, parsed as a name)
        if gender is not None:  # "… He said": the commonest subject, no parsing needed
            return Phrase("pronoun", begin, end, text[begin:end], gender=gender)
    if text[end - 2:end] == "An" and end - lo >= 4 and (found := _surname_article_alone(text, end - 2)):
        return found  # ("…, and An replied that …": `_surname_article_alone`)
    if text[end - 5:end] == "Among" and (found := _surname_preposition_alone(text, lo, end - 5, end)):
        return found  # ("Among urged the Ugandan MPs …": `_surname_preposition_alone`)
    if pos - lo <= _BACK_WINDOW:
        # the window holds all of text[lo:pos], so the phrase depends on those words
        # alone; and clauses open alike ("The President said", "The two leaders")
        phrase = _phrase_ending_in(text[lo:pos])
        if phrase is not None and lo:
            phrase = phrase.shifted(lo)
    elif len(text) <= _MEMO_MIN_LENGTH:
        phrase = _phrase_ending(text, lo, pos)
    else:
        memo = _body_memo(text, 1)  # (a long clause's phrase, read once: `_body_memo`)
        phrase = memo.get((lo, pos), _UNFINISHED)
        if phrase is _UNFINISHED:
            phrase = memo[lo, pos] = _phrase_ending(text, lo, pos)
    if phrase is not None and phrase.kind == "name" and text.endswith(_BASED_IN, lo, phrase.start):
        phrase = _holder_based_in(text, lo, phrase)
    if phrase is not None and phrase.kind == "name" and phrase.role and text[phrase.start - 2:phrase.start] == "r " \
            and _former_just_before(text, lo, phrase.start) and phrase.role[:7] != "former ":
        phrase = phrase._replace(role="former " + phrase.role)  # ("Bayelsa State former governor X said …")
    if phrase is not None and phrase.kind == "thing" and phrase.text[:1] in "tMTWFS" \
            and (place := _this_place_before(text, lo, phrase)) is not None:
        phrase = _holder_of_this_place(text, lo, place, phrase)
    if phrase is not None and phrase.kind == "description" and " office of " in phrase.text[:15] \
            and _OFFICE_OF_OPENING.match(phrase.text) is not None:
        # (eighthundredfourth newsdrum 2026-02-14: "… K X received the Union Home Minister on the latter's arrival …,
        # a release from the office of Lt Governor said."; "the office of the Governor said …"): the lower-case noun
        # "office" and "of" before an office name the holder's staff, a body that speaks for him, as the capitalised
        # "the Office of the Governor" is read; the holder is no subject of its verb
        return Phrase("thing", phrase.start, phrase.end, phrase.text)
    if phrase is not None and phrase.kind == "description" and phrase.role in _A_DELEGATIONS_HEAD:
        phrase = _delegation_head(text, lo, phrase)  # ("The delegation head added …")
    if phrase is not None and phrase.kind == "name" and len(phrase.name) == 1 and phrase.name[0].lower() in _PLURAL_ROLES \
            and " of " in phrase.text:
        phrase = _office_of_a_plural_body(phrase)  # ("the Dean of the Municipal Chief Executives": no Mr Executives)
    if phrase is not None and phrase.kind == "name" and phrase.role.startswith("deputy of ") \
            and phrase.role[10:] in _PRINCIPALS_A_DEPUTY_STANDS_FOR:
        phrase = _deputy_of_a_named_principal(phrase)  # ("The deputy of Governor X is confident …": no X's words)
    if phrase is not None and phrase.kind == "description" and phrase.role:
        # (one test of the kind for both readers of a description's office below; the place's pattern only after a
        # capital right after "The " and a last word of the role's, most descriptions' opening failing those; sp74)
        if phrase.text[4:5].isupper() and phrase.text.startswith(("The ", "the ")) \
                and phrase.text.endswith(phrase.role) \
                and (key := place_key_of_an_office(phrase.text, 4, phrase.role)) is not None:
            phrase = phrase._replace(country=key)  # ("The Lorosho Valley governor asked …")
        if phrase.role in _DEPUTY_RANKS and phrase.end < end:
            phrase = _ranked_lower_portfolio_office(text, phrase, end) or phrase  # ("The deputy trade minister said …")
    if phrase is not None and phrase.kind == "thing" and ("’s " in phrase.text or "'s " in phrase.text):
        named = _name_after_a_places_possessive(text, phrase, pos)
        if named is not None:
            return named
    return phrase


TWO_WORD_PLACE_BEFORE_AN_OFFICE = re.compile(r"([A-Z][\w’'-]+) (?:Valley|Hills|River|Lake|Highlands|Coast|Heights|Bay|"
                                             r"Plains|Delta|Islands?|Mountains?) ([a-z]+)")
"""A place of two capitalised words, a proper word and the common noun of a valley, hills, a river, a coast …, and a
lower-case office of one word (hard96: "The Lorosho Valley governor, Mr. X, said …" then "The Lorosho Valley governor
asked …"; heldout 990th's "Tana River governor"): the place is no person, and its proper word keys the office, the
apposition's (`name_offices.office_then_comma_before_title`, where the run's reader took the place's words for a name
and left the office alone) and the later description's (`phrase_ending_at`, where the reader keyed "Hills" but no
"Valley"), so that two governors of two such places keep their own words; a place of one word ("The Lorosho governor,
Mr. X,") is read and keyed whole already."""
_NATIONAL_OFFICES = frozenset({"president", "king", "queen", "emir", "sultan", "monarch", "leader"})
"""One-word offices of a whole state: before them a place of two words is a country ("The Ivory Coast president"),
which the country lists key by its own name ("Côte d’Ivoire", "Ivorian"), not a valley's (`place_key_of_an_office`)."""


def place_key_of_an_office(text: str, pos: int, role: str) -> str | None:
    """The key of a place of two words and its one-word office, `TWO_WORD_PLACE_BEFORE_AN_OFFICE`, that fills text[pos:]
    ("Lorosho Valley governor": "lorosho"), the office's being `role`; None for any other text, for a place the
    country lists hold ("Marshall Islands", keyed whole by the phrase reader) and before a state's office
    (`_NATIONAL_OFFICES`: "The Ivory Coast president said …" is the president of Côte d’Ivoire, whom a key "ivory"
    would part from the "Ivorian President X" introduced; rf27)."""
    place = TWO_WORD_PLACE_BEFORE_AN_OFFICE.fullmatch(text, pos)
    if place is None or place.group(2) != role or role in _NATIONAL_OFFICES \
            or text[pos:place.start(2) - 1].lower() in NATIONALITIES:
        return None
    return place.group(1).lower()


_LOWER_PORTFOLIO_OFFICE_AFTER_A_RANK = re.compile(r" ([a-z]+) (minister|secretary|commissioner)")
"""One lower-case word and a minister's (secretary's, commissioner's) office, the whole rest of the phrase after its
rank ("The deputy| trade minister said …"): `_ranked_lower_portfolio_office`."""
LOWER_LEVELS_OF_A_PORTFOLIO = frozenset({"regional", "provincial", "district", "county", "state", "foreign"})
"""The lower-case words of the level a deputy minister serves at, which no portfolio list holds ("the deputy regional
minister"): read as a portfolio's word by `_ranked_lower_portfolio_office`."""


def _ranked_lower_portfolio_office(text: str, rank: Phrase, end: int) -> Phrase | None:
    """A rank's description ("The deputy", `_DEPUTY_RANKS`) that the phrase reader ended before a lower-case portfolio
    and its office, the rest of the phrase up to `end` (hard95, hard96: "The deputy regional minister said …", "The
    deputy health minister said …", "The deputy trade minister added that …"): the whole office, "deputy trade minister",
    which the deputy named with it ("The deputy trade minister, Mrs. X,", `name_offices._ranked_lower_office`) holds, as
    "The deputy finance minister" ("finance minister" an office of `lexicon.ROLE_WORDS`) is read already; the portfolio's
    word one of `_PORTFOLIO_WORDS`, a noun by its ending, or a level's word; None for any other word ("The deputy
    often minister …" is no phrase)."""
    found = _LOWER_PORTFOLIO_OFFICE_AFTER_A_RANK.fullmatch(text, rank.end, end)
    if found is None or not (portfolio_word(found.group(1)) or found.group(1) in LOWER_LEVELS_OF_A_PORTFOLIO):
        return None
    role = f"{rank.role} {found.group(1)} {found.group(2)}"
    return Phrase("description", rank.start, end, text[rank.start:end], role=role, country=rank.country,
                  gender=rank.gender)


_PRINCIPALS_A_DEPUTY_STANDS_FOR = frozenset({"governor", "president", "mayor", "premier", "chairman", "chairperson",
                                             "vice president", "prime minister", "minister", "speaker"})
"""A one-person office whose holder "the deputy of" names as the principal ("The deputy of Governor X")."""


def _deputy_of_a_named_principal(phrase: Phrase) -> Phrase:
    """"The deputy of <Office> <Name>" read as a name with the office "deputy of governor" (hard95: "The deputy of
    Governor Gadanbaki is confident that …"): the name is the principal's, the phrase the one who is his deputy, so
    the description of the office's deputy ("deputy governor"), resolved to the deputy named in the readout, never
    the principal."""
    return Phrase("description", phrase.start, phrase.end, phrase.text, role="deputy " + phrase.role[10:],
                  gender=None)


_OFFICE_BEFORE_OF = re.compile(r"(?:[Tt]he\s+)?((?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*)\s+of\s")


def _office_of_a_plural_body(phrase: Phrase) -> Phrase:
    """The office "of" a body of office holders named by their plural, read as a title and a name ("the Dean of the
    Municipal Chief Executives", hard93, a Ghanaian press's dean of a region's chief executives; "the Chairman of the
    Council of Chief Ministers"): the plural is no person "Executives" whom "Chief" titles; the phrase is the office
    before "of", a description of that office (a body's word before "of", "the Council of …": a thing)."""
    head = _OFFICE_BEFORE_OF.match(phrase.text)
    role = head.group(1).lower() if head is not None else ""
    last = role.rpartition(" ")[2]
    if not last or last in NON_PERSON_WORDS:
        return Phrase("thing", phrase.start, phrase.end, phrase.text)  # ("the Council of Chief Executives": a body)
    return Phrase("description", phrase.start, phrase.end, phrase.text, role=role)


_BASED_IN = " based in "
"""What stands between an office or a name and the place it serves in ("The consul general of China based in Cebu
urged …"): the place is no subject, the holder before it is (`_holder_based_in`)."""


def _former_just_before(text: str, lo: int, start: int) -> bool:
    """Whether a lower-case "former" stands right before a name's office read back to `start`, which the phrase's
    backward reading leaves out (thousandeighth thenation 2022-12-28: "Bayelsa State former governor Senator X has
    expressed satisfaction about the performance of his successor, Senator Y … He thanked the governor for the visit"):
    the holder keeps his "former", as `name_registry._as_former_holder` gives it to a name collected after "former" and
    as "Former governor Senator X" reads, so "the governor" is the one who holds the office now, not he. Only the whole
    word, at the window's start or after a space, comma or bracket. Cheap: the caller tests "r " before the start."""
    return start - lo >= 7 and text.startswith("former ", start - 7) and (start - 7 == lo or text[start - 8] in " ,(")


def _holder_based_in(text: str, lo: int, place: Phrase) -> Phrase:
    """The office or the person before "based in" and the place `place` (eighthundredninetyfirst mb 2024-02-11: "The
    consul general of China based in Cebu urged this city to pursue …", named in the next paragraph): the holder whose
    post the place tells, read with it, as "the consul general of China in Cebu" and ", based in Cebu," already are;
    `place` itself when no description or name of a person ends before "based in" ("a firm based in Cebu said …")."""
    holder = phrase_ending_at(text, lo, place.start - len(_BASED_IN))
    if holder is None or holder.kind not in ("description", "name"):
        return place
    return holder._replace(end=place.end, text=text[holder.start:place.end])


_OF = " of "

_THIS_PLACE_WORDS = r"(?:this|the) (?:city|town|province|municipality|village|capital)"
_THIS_PLACE = re.compile(_THIS_PLACE_WORDS)
"""A place named by its common noun only, the dateline's place ("Mayor X of this city on Monday announced …"), in the
lower case that keeps it out of a name."""


_THIS_PLACE_ON_A_DAY = re.compile(_THIS_PLACE_WORDS + r" on \Z")
"""The dateline's place and "on" before a weekday read as the phrase ("Mayor X of this city on Monday announced …")."""


def _this_place_before(text: str, lo: int, phrase: Phrase) -> tuple[int, int] | None:
    """Where the dateline's place by its common noun after "of" lies (`_THIS_PLACE`) when `phrase`, a thing, is that
    place or a bare weekday after it and "on" (`_THIS_PLACE_ON_A_DAY`); None for anything else. Cheap tests first:
    the thing opens with "t" ("this", "the") or a weekday's capital."""
    if phrase.text[:1] == "t":
        if _THIS_PLACE.fullmatch(phrase.text) is None:
            return None
        start = phrase.start
    else:
        if phrase.text.lower() not in WEEKDAYS:
            return None
        on = _THIS_PLACE_ON_A_DAY.search(text, max(lo, phrase.start - 30), phrase.start)
        if on is None:
            return None
        start = on.start()
    return (start, phrase.end) if text.endswith(_OF, lo, start) else None


def _holder_of_this_place(text: str, lo: int, place: tuple[int, int], phrase: Phrase) -> Phrase:
    """The named person before "of" and the dateline's place at `place` that `phrase` ends (thousandeleventh northbound
    2018-01-23: "Mayor Bernard Faustino M. Dy of this city on Monday announced …"; "Governor X of this province said
    …"): the holder whose post the place tells, read with it, as "Mayor X of Cauayan" already is; `phrase` itself
    when no name ends before "of" ("The people of this city said …", "A resident of this town said …": no one named),
    or when that name is itself after "of" ("The daughter of Mayor X of the city said": the daughter speaks)."""
    holder = phrase_ending_at(text, lo, place[0] - len(_OF))
    if holder is None or holder.kind != "name" or text.endswith(_OF, lo, holder.start):
        return phrase
    return holder._replace(end=phrase.end, text=text[holder.start:phrase.end])


_PLACES_POSSESSIVE = re.compile(r"([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})[’']s ")
"""Up to three capitalised words and a possessive opening a phrase: "Canberra’s " of "Canberra’s Barr"."""


def _name_after_a_places_possessive(text: str, phrase: Phrase, pos: int) -> Phrase | None:
    """The person's name after a country's or a known city's possessive that opens a phrase read as one thing, the
    wires' shorthand for a leader (eighthundredsixtyfourth japantimes, Kyodo: "…, with Canberra’s Barr joking that
    “for a city a little over 100 years old, 25 years seems like a very long time.”"; "China's Xi said …"), as
    "the host’s Barr" is read already; or None. Only a place the word lists know (a country, its adjective, a city of
    `CITY_NAMES`), so that "Sullivan’s Meeting" or a firm's "Acme's Chief" stays as it was, and only when the words
    after the possessive read as a name to the phrase's end."""
    opening = _PLACES_POSSESSIVE.match(phrase.text)
    if opening is None:
        return None
    place = opening.group(1).lower()
    if place not in NATIONALITIES and place not in CITY_NAMES:
        return None
    after = phrase.start + opening.end()
    named = phrase_ending_at(text, after, pos)
    if named is None or named.kind != "name" or named.start != after or named.end != phrase.end:
        return None
    return named


_OFFICE_OF_OPENING = re.compile(r"(?:the|his|her|a|an) office of ", re.IGNORECASE)
"""An article and the lower-case noun "office" opening "the office of the Governor" (`phrase_ending_at`)."""


_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
"""A lower-case word: between a name and a comma, the words of an aside or a complement, not of the name."""
_BACK_WINDOW = 72  # most phrases are short: read further only for a long one
_OFFICE_SURNAME_AND = re.compile(r"([A-Z][\w-]*) [A-Z][\w’'-]* and ")


_OF_THE_PEOPLE = re.compile(r"\s+of\s+the\s+[A-Z][\w’'.]*(?:[\s-][Ss]peaking)?\s+people"
                            r"(?:\s+(?:of|in)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}){0,2}\s*$")
"""A ruler's people after his name, "of the Ngoni people", "of the Ngoni-speaking people of Chipata", the place they
live in after it ("of" or "in" it, one place or two, "in Northern Province", "of Kasama District of Northern Province")
or none, ending a clause's subject (`_person_of_a_people`)."""
_PEOPLE_REACH = 90
"""How far back from a subject's end " people" may stand for `_OF_THE_PEOPLE` to be tried (the place after it)."""


def _person_of_a_people(text: str, lo: int, pos: int) -> Phrase | None:
    """The person named before "of the <Name>[-speaking] people [of|in <Place>]" ending at `pos` (the 938th's
    lusakatimes 2025-04-28: "Paramount Chief X of the Ngoni people has praised the government …", zambianobserver:
    "… of the Ngoni speaking people of Eastern Province has called for …"): a chief's or a king's people say whose
    ruler he is, as "of Eastern Province" says whose minister; the phrase read whole was "the Ngoni people", a thing,
    or the place after it. None unless the words before "of" are a person's name (not "the voice of the Ngoni people",
    nor an office, "the National Leader of the Turkmen people", which the office reader holds whole).
    Cheap: " people" in the last words first."""
    at = text.rfind(" people", max(lo, pos - _PEOPLE_REACH), pos)
    if at < 0:
        return None
    found = _OF_THE_PEOPLE.search(text, max(lo, at - 40), pos)
    if found is None or found.end() != pos or found.start() <= lo:
        return None
    person = _phrase_ending(text, lo, found.start())
    return person if person is not None and person.kind == "name" and person.is_person else None


def _phrase_ending(text: str, lo: int, pos: int) -> Phrase | None:
    if (person := _person_of_a_people(text, lo, pos)) is not None:
        return person
    start = pos - _BACK_WINDOW if pos - _BACK_WINDOW > lo else lo  # (`max(lo, …)`: the builtin costs ten times)
    phrase = _phrase_before(text, lo, pos, tokens(text, start, pos))
    if start > lo and (phrase.start < start + 24 or text.endswith((" and ", " of "), start, phrase.start)
                       or text[start - 1].isalnum() and ", and " in text[start:phrase.start] if phrase is not None
                       else text[start:pos].rstrip().endswith(",")):
        # the phrase may go on before the window, or the comma closes a long aside; or an "and" right
        # before it may join it to a long office ("Minister for the Development of the Far East and the Arctic X"),
        # and an "of" make it the tail of one ("Chair of the Committee on Foreign Affairs of the Sejm of Polvania X",
        # styles32: the window read only "the Sejm of Polvania X");
        # or the window cut a word of a serial list closed by ", and" ("Secretary Buttigieg, NEC Director Deese, and
        # National Climate Advisor McCarthy", four-hundred-thirty-second 2021-02-26), read whole as a group
        phrase = _phrase_before(text, lo, pos, tokens(text, max(lo, pos - 260), pos))
    elif start > lo and phrase is not None and text[start - 1].isalnum() and " and " in text[start:phrase.start] \
            and _office_surname_and_before(text, max(lo, pos - 260), pos):
        # "Administrator Power and International Development Minister X": the window cut the
        # office that makes the surname before 'and' a person's (two people, a group)
        wider = _phrase_before(text, lo, pos, tokens(text, max(lo, pos - 260), pos))
        office = _OFFICE_SURNAME_AND.match(text, wider.start) if wider is not None and wider.kind == "group" else None
        if office is not None and office.group(1).lower() in ROLE_TOKENS:
            phrase = wider
    if phrase is not None and phrase.kind == "name" and text.endswith(_REGION_WORDS_BEFORE_A_NAME, lo, phrase.start):
        phrase = _office_of_a_lower_case_region(text, lo, pos, phrase)
    elif phrase is not None and phrase.kind == "thing" and text.endswith(" regional ", lo, phrase.start) \
            and phrase.text.startswith("state "):
        phrase = _office_of_a_regional_state(text, lo, pos, phrase)
    return phrase


_REGION_WORDS_BEFORE_A_NAME = (" province ", " region ", " prefecture ", " oblast ", " governorate ",
                               " region’s ", " region's ")
"""A region's word in lower case right before a name ("the president of Bizkaia province Unai Rementeria"): the office
before it may hold the name (`_office_of_a_lower_case_region`); so a region's possessive before the province the name's
office is of ("Governor of Iraqi Kurdistan region’s Sulaymaniyah Province Haval Abubakir", eighthundredfiftyseventh
mehrnews), the name's phrase then opening with that province."""


def _office_of_a_lower_case_region(text: str, lo: int, pos: int, name: Phrase) -> Phrase:
    """The name `name` read with the office of a region written in lower case before it, "<office> of <Place> province
    <Name>" (sevenhundredfiftyseventh westportnews basque: "the Republican governor and the president of Bizkaia
    province Unai Rementeria agreed to collaborate …", two people, where "Bizkaia Province" was read so already): the
    region's word read as if capitalised; `name` itself when no office of a place lies before it."""
    word_start = text.rfind(" ", lo, name.start - 1) + 1
    place_start = text.rfind(" ", lo, word_start - 1) + 1
    if text[place_start:place_start + 1].isupper() and not text.endswith(" of ", lo, place_start):
        # (a place of two words, a nation's adjective first: "of Iraqi Kurdistan region’s …")
        before = text.rfind(" ", lo, place_start - 1) + 1
        if text[before:place_start - 1].lower() in NATIONALITIES:
            place_start = before
    if not text[place_start:place_start + 1].isupper() or not text.endswith(" of ", lo, place_start):
        return name
    return _read_with_words_capitalised(text, lo, pos, (word_start,), place_start, name)


def _office_of_a_regional_state(text: str, lo: int, pos: int, thing: Phrase) -> Phrase:
    """The name after "<office> of <Place> regional state", the two words of the state's kind in lower case, read
    with that office (ninehundredth fana 2021-02-22: "Chief Administrator of Sidama regional state Desta Ledamo
    congratulated the residents."; the Horn of Africa's presses write a federal member state so, "President of
    Galmudug regional state X said …"): "regional" ends the run of capitals, so the words were read as a thing, "state
    X"; read as "… of Sidama Regional State Desta Ledamo" would be. `thing` itself unless the place is capitalised with
    "of" before it and that reading is a name ending where the thing does."""
    state_start = thing.start
    regional_start = state_start - 9  # (" regional " ends right before the thing: "regional" is 8 letters and a space)
    place_start = text.rfind(" ", lo, regional_start - 1) + 1
    if not text[place_start:place_start + 1].isupper() or not text.endswith(" of ", lo, place_start):
        return thing
    return _read_with_words_capitalised(text, lo, pos, (regional_start, state_start), place_start, thing)


def _read_with_words_capitalised(text: str, lo: int, pos: int, starts: tuple[int, ...], place_start: int,
                                 phrase: Phrase) -> Phrase:
    """The phrase ending at `pos` read again with the words starting at `starts` capitalised (a place's kind written in
    lower case: "region", "regional state"), when that reading is a name that opens before the place at `place_start`
    and ends where `phrase` does; else `phrase` (`_office_of_a_lower_case_region`, `_office_of_a_regional_state`)."""
    toks = [(word.capitalize(), a, b) if a in starts else (word, a, b)
            for word, a, b in tokens(text, max(lo, pos - 260), pos)]
    wider = _phrase_before(text, lo, pos, toks)
    if wider is None or wider.start >= place_start or wider.end != phrase.end or wider.kind != "name":
        return phrase
    return wider


def _office_before_its_remit(text: str, lo: int, toks: list[tuple[str, int, int]]) -> Phrase | None:
    """An office in lower case whose remit follows it after "for", in one to four lower-case words, where the phrase
    ends (styles36: "At the end of the meeting, the city's deputy mayor for international relations invited …", longer
    than the words a lower-case head is read back over): the office before "for", read as that phrase would be, when it
    is an office; None otherwise."""
    k = len(toks) - 1
    while k > 0 and len(toks) - k <= 4 and toks[k][0] != "for":
        word = toks[k][0]
        if not (word.isalpha() and word.islower()) or word in DETERMINERS:
            return None  # (a remit is words of a field: "for his support", "for Tarvik" are no remit)
        k -= 1
    if k < 2 or k == len(toks) - 1 or toks[k][0] != "for" or toks[k - 1][0] not in ROLE_TOKENS:
        return None
    office = _phrase_before(text, lo, toks[k - 1][2], toks[:k])
    return office if office is not None and office.kind == "description" and office.role else None


def _office_surname_and_before(text: str, lo: int, pos: int) -> bool:
    """Whether _OFFICE_SURNAME_AND matches somewhere from `lo` on, starting before `pos`:
    the wider phrase's start, which it must match at, lies there; a quick regex scan that
    spares the wider parse (tokens of 260 characters) in three cases out of four."""
    found = _OFFICE_SURNAME_AND.search(text, lo)  # (no endpos: the match may run past pos)
    return found is not None and found.start() < pos


@lru_cache(maxsize=65536)
def _phrase_ending_in(clause: str) -> Phrase | None:
    """The phrase that ends `clause` (it fits the window), parsed once per clause."""
    return _phrase_ending(clause, 0, len(clause))


_HELD_WITH_A_MINISTRY = frozenset({"tánaiste", "deputy prime minister", "first deputy prime minister",
                                   "vice prime minister", "deputy premier", "vice premier"})
"""Offices held together with a ministry, whose holder "the <office> and Minister for … X" is ("Speaking ahead of
talks …, the Tánaiste and Minister for Foreign Affairs and Trade Simon Coveney TD said:", three-hundred-first
belfast_talks): one person with two offices (`_phrase_before`), where "the President and Secretary X" is two."""


_HELD_WITH_AN_EMBASSY = frozenset({("Special", "Envoy"), ("Special", "Representative"), ("Permanent", "Representative")})
"""The second office an ambassador holds with his embassy, whose holder "the US Ambassador and Special Envoy to Libya X"
is (fivehundredtwentyeighth lana: one person, as the Tánaiste and Minister above, whom "The US Ambassador" means after)."""


def ambassadors_second_office(role: str, first: str, second: str) -> bool:
    """Whether the two words after "and" open an office that the ambassador before it holds with his embassy
    ("Special Envoy", `_HELD_WITH_AN_EMBASSY`): one person's two offices."""
    return role == "ambassador" and (first, second) in _HELD_WITH_AN_EMBASSY


def _second_office_held_with(role: str, toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the office after "and" at toks[i] is one the first office's holder holds with it: a ministry with a
    deputy premier's office (`_HELD_WITH_A_MINISTRY`), a special envoy's or a permanent representative's with an
    ambassador's (`_HELD_WITH_AN_EMBASSY`)."""
    if role in _HELD_WITH_A_MINISTRY:
        return toks[i][0] == "Minister"
    return i + 1 < len(toks) and ambassadors_second_office(role, toks[i][0], toks[i + 1][0])


def _here_after_a_name(toks: list[tuple[str, int, int]]) -> int | None:
    """Where a wire's bare "here" stands after a capitalised word at the end of the tokens, alone or before "on" and a
    weekday (a Pakistani paper's "Federal Minister for Finance and Revenue, X here on Wednesday underscored that …",
    "X here said …"): the place of the report, not a word of the name; the index of "here", else None (the caller keeps
    it only when the words before it name a person). Cheap: the last token is "here" or a weekday."""
    k = len(toks) - 1
    last = toks[k][0]
    if last != "here":
        if last.lower() not in WEEKDAYS or k < 2 or toks[k - 1][0] != "on":
            return None
        k -= 2
        if toks[k][0] != "here":
            return None
    return k if k > 0 and toks[k - 1][0][:1].isupper() else None


_COUNT_WORDS = frozenset("two three four five six seven eight nine ten several many some all".split())
"""Words that count a group before its plural ("three envoys from …"): part of the group's phrase."""


def _group_from_a_place(text: str, toks: list[tuple[str, int, int]], head: int) -> Phrase:
    """The group whose plural is at `head`, before "from" and a place ("15 Chiefs from Lamba Land", "the envoys from
    Kelvar"): the phrase from its count or determiner, if one stands right before the plural, to the end."""
    first = head - 1 if head and (toks[head - 1][0].isdigit() or toks[head - 1][0].lower() in DETERMINERS
                                  or toks[head - 1][0].lower() in _COUNT_WORDS) else head
    start = toks[first][1]
    return Phrase("group", start, toks[-1][2], text[start:toks[-1][2]])


_RULERS_TITLES = frozenset(
    "Nana Oba Ooni Alaafin Etsu Emir Sultan King Queen Emperor Empress Pope Tsar Obi Igwe Eze Togbe Nii Naa Kabaka "
    "Mwami".split())
"""A ruler's titles, before his name ("Nana Akwantu", "Oba Ademokun"): a name so titled may be closed by a regnal
numeral "I" though it has one word only (`_numeral_may_close`)."""


def _numeral_may_close(text: str, named: Phrase | None) -> bool:
    """Whether the name `named` may take a capital "I" right after it as its regnal numeral one: a full name of two or
    more words ("Nana Obiako Akola I", "Kofi Akola I"), or a ruler's title and one to four words of his name ("Oba
    Ademokun I", whose title is read as his office). Never a description, an office alone or one bare word."""
    if named is None or named.kind != "name":
        return False
    if len(named.name) >= 2:
        return True
    first = text[named.start:named.end].split(None, 1)[0]
    return first in _RULERS_TITLES and 1 <= len(named.name) <= 4


def name_with_a_first_numeral_after(text: str, named: Phrase | None, hi: int) -> Phrase | None:
    """The name read forwards (`named`, after a quotation: "“…,” Nana Akwantu I said through his linguist.") with the
    regnal numeral "I" right after it and a lower-case word after that, the numeral kept as its last word
    (`_numeral_may_close`); None where no such "I" follows. Cheap: one substring test at the name's end first."""
    if named is None or not text.startswith(" I ", named.end) or named.end + 4 > hi \
            or not text[named.end + 3:named.end + 4].islower() or not _numeral_may_close(text, named):
        return None
    end = named.end + 2
    return named._replace(end=end, text=text[named.start:end], name=named.name + ("I",))


def _name_with_a_first_numeral(text: str, lo: int, pos: int, toks: list[tuple[str, int, int]]) -> Phrase | None:
    """A ruler's name closed by the regnal numeral "I" ("Nana Obiako Akola I, Omanhene of Abrenkwa, said …", "Nana X I
    said …", "Oba X I thanked …"; a Ghanaian paramount chief's stool name, as "Nana X II" and "III" are read): "I" is
    the pronoun everywhere else, so the words before it were read as no phrase and the sentence as no one's. Only after
    a name of two capitalised words or more with no comma between (not "…, I said", not "Mr. X I", not "In Akwamfo I
    said": `_numeral_may_close`), and not when a speaker's own "I" stands earlier in the clause; the name read without
    it and the numeral kept as its last word. Read backwards from the verb; `name_with_a_first_numeral_after` reads the
    same name forwards after a quotation."""
    if not (_is_cap(toks[-2][0]) and _is_cap(toks[-3][0])) or toks[-2][0].lower() in FUNCTION_WORDS \
            or toks[-3][0].lower() in FUNCTION_WORDS or any(tok[0] == "I" for tok in toks[:-1]):
        return None  # (nor "When I met Kofi Akola I said …": a speaker's own "I" before)
    named = _phrase_before(text, lo, pos, toks[:-1])
    if not _numeral_may_close(text, named):
        return None
    end = toks[-1][2]
    return named._replace(end=end, text=text[named.start:end], name=named.name + ("I",))


def _phrase_before(text: str, lo: int, pos: int, toks: list[tuple[str, int, int]]) -> Phrase | None:
    if not toks:
        return None
    if toks[-1][0] == "a.i." and len(toks) > 2:
        # "the Chargé d'affaires, a.i. expressed …": "ad interim" after an office, its comma or none before it, says
        # how the office is held; the phrase is the office before it
        toks = toks[:-2] if toks[-2][0] == "," else toks[:-1]
    if (toks[-1][0].lower() in _PRONOUNS or toks[-1][0].lower() in _GROUP_PRONOUNS) \
            and not (len(toks) > 1 and toks[-1][0] == "He" and toks[-2][0].rstrip(".") in _COURTESY_TITLES):
        return classify(text, toks[-1:])  # (not "Mr He", the surname: `_COURTESY_TITLES_BEFORE`)
    if (here := _here_after_a_name(toks)) is not None \
            and (named := _phrase_before(text, lo, pos, toks[:here])) is not None and named.is_person \
            and (named.role or len(named.name) > 1):
        return named  # (not "Nobody here asked …", one capitalised word: a full name or an office only)
    if toks[-1][0] == ",":
        return _before_parenthesis(text, lo, toks)
    if toks[-1][0] == "I" and len(toks) >= 3 and (ruler := _name_with_a_first_numeral(text, lo, pos, toks)) is not None:
        return ruler  # ("Nana Obiako Akola I said …": `_name_with_a_first_numeral`)
    if len(toks) >= 3 and toks[-2][0] == "and" and toks[-1][0].lower() in _PARTY_NOUNS:
        # (fivehundredfiftyseventh somaliland 2015_fm_un_delegation: "In addition, the Minister and Delegation
        # discussed …"; "the President and delegation"): a party joined to the person by "and", with no article of its
        # own, makes the two a pair, not one office "Minister and Delegation"; the phrase is the party's, no person's
        return classify(text, toks[-1:])
    if toks[-1][0] == "diplomacy" and len(toks) >= 4:
        if toks[-2][0].endswith(("’s", "'s")):
            # "the head of Cabo Serrado's diplomacy": the head's phrase ends before the possessive's "'s"
            return _head_of_diplomacy(text, lo, toks, toks[-2][2] - 2, ("head",))
        if toks[-2][0] == "of" and toks[-3][0] in ("head", "chief") \
                and (office := _head_of_diplomacy(text, lo, toks, toks[-3][2], ("head", "chief"))) is not None:
            return office  # "Luxembourg's head of diplomacy" (not "The head of diplomacy", no country's: read on below)
    if toks[-1][0] == "president" and len(toks) >= 3 and (office := _president_of_a_private_body(text, toks)):
        return office
    if (toks[-1][0] in _HEADS_OF_A_BODY or toks[-1][0] in _A_BODYS_OWN_OFFICERS) and len(toks) >= 3 \
            and toks[-2][0].endswith(("'s", "’s")) \
            and toks[-2][0][:-2].isalpha() and toks[-2][0].islower() and toks[-3][0].lower() == "the":
        # "The plant's director", "the region's governor": the office of a body named before it
        start, end = toks[-3][1], toks[-1][2]
        return Phrase("description", start, end, text[start:end], role=toks[-1][0])
    i = len(toks)
    if len(toks) > 1 and toks[-1][0].lower() == "general" and toks[-2][0].lower() in _PLURAL_ROLES:
        # "attorneys general", "secretaries general": an office's plural, a group
        return classify(text, toks[-2:])
    surname = toks[-1][0] in WORD_SURNAMES and len(toks) > 1 and surname_after_a_first_name(toks[-2][0], toks[-1][0])
    if not surname and (not _np_token(toks[-1][0]) or toks[-1][0] == "country"):
        # a lower-case head: "the two leaders", "the message", "the influential Senator"; "country" too, though a
        # token of the office "country manager" (hard84), so "the President of our country" (856th) is read as before
        j = len(toks) - 1
        while j > 0 and len(toks) - j <= 4 and (toks[j - 1][0].isalnum() or _possessed_body_of_a_head(toks, j - 1)):
            j -= 1
            if toks[j][0].lower() in DETERMINERS or toks[j][0].lower() in _GROUP_PRONOUNS:
                if j >= 3 and toks[j - 1][0] == "of" and toks[j - 2][0].lower() in _HEADS_OF_A_BODY:
                    office = _head_of_a_body(text, toks, j - 2)  # "the head of the border service"
                    if office is not None:
                        return office
                if toks[j][0].lower() == "the" and len(toks) - j == 4 and toks[j + 2][0] == "of" \
                        and toks[j + 1][0].lower() in _HEADS_OF_A_BODY:
                    # (hard58 verrant_league: "The head of delegation, for her part, offered …"): the office of a
                    # body named by its noun alone, no article before it, as "the head of the delegation"
                    return _head_of_a_body(text, toks, j + 1)
                if len(toks) - j == 5 and (office := _head_of_a_unit_after_initials(text, toks, j)) is not None:
                    return office  # "The ICRC head of delegation thanked …"
                if j >= 3 and toks[j - 1][0] == "of" and _a_nations_people(toks, j):
                    office = _office_of_a_people(text, lo, toks, j - 1)  # "the National Leader of the Turkmen people"
                    if office is not None:
                        return office
                if j >= 3 and toks[j - 1][0] == "of" and _our_own_country(toks, j):
                    office = _office_of_our_country(text, lo, toks, j - 1)  # "the President of our country"
                    if office is not None:
                        return office
                if toks[-1][0] in _WHAT_IS_OFFICIAL and toks[-2][0] == "official":
                    # (sevenhundredsixtyninth kapitoshka: "… even as the official sources said that …"): "official"
                    # an adjective of the head noun after it, a thing; not "the official", a person, and the noun his
                    start, end = toks[j][1], toks[-1][2]
                    return Phrase("thing", start, end, text[start:end])
                return classify(text, toks[j:])
        office = _office_before_its_remit(text, lo, toks)
        if office is not None:
            return office  # "the city's deputy mayor for international relations": the office before its remit
        if toks[-1][0] in _PLURAL_ROLES or toks[-1][0] in _PLURAL_PEOPLE:
            # "state chiefs", "tribal leaders": people, with no article before them
            j = len(toks) - 1
            if j > 0 and toks[j - 1][0].isalpha() and toks[j - 1][0].islower() and toks[j - 1][0] not in FUNCTION_WORDS:
                j -= 1  # ("tribal leaders"; not the "and" of ", and partners discussed …", which joins clauses)
            return classify(text, toks[j:])
        return None
    while i > 0:
        word = toks[i - 1][0]
        low = word.lower()
        if low == "and" and _and_inside_office(toks, i - 1):
            i -= 1  # "Ambassador Extraordinary and Plenipotentiary X": one office, one person
            continue
        if low == "and" and i >= 3 and toks[i - 2][0] == ",":
            listed = _serial_list_start(toks, i - 2)
            if listed is not None:
                # "Secretary Buttigieg, NEC Director Deese, and National Climate Advisor McCarthy also highlighted …"
                # (four-hundred-thirty-second 2021-02-26): a serial list of people closed by ", and", a group, also
                # when the last item's first word opens no noun phrase of its own ("National")
                return _listed_group(text, toks, listed)
        if low == "and" and i < len(toks) and (_starts_noun_phrase(toks[i][0]) or _nation_then_office(toks, i)
                                               or _possessor_of_office_at(toks, i) or toks[i][0] in _NEWLY_IN_OFFICE):
            # "X and the Vice President": a group if X is a person, else X is not ours
            left = phrase_ending_at(text, lo, toks[i - 1][1])
            if left is not None and left.is_person and i >= 3 and toks[i - 2][0] == "," \
                    and _LOWER_WORD.search(text, left.end, toks[i - 2][1]) is not None:
                # (thirtieth styles probe: "X thanked the Minister, Y, for the invitation, and Mr. Y assured …": the
                # name read back over lower-case words to the comma before "and" is an object with its aside, not
                # the first of a pair; what ends at that comma, "the invitation", is what "and" joins "Mr. Y" to)
                left = phrase_ending_at(text, lo, toks[i - 2][1])
            right = classify(text, _trim(toks[i:]))
            if left is not None and left.kind == "description" and not left.name and right.kind == "name" \
                    and _second_office_held_with(left.role, toks, i) \
                    and text[left.start:left.end].split()[0].lower() in DETERMINERS:
                # ("the Tánaiste and Minister for Foreign Affairs and Trade Simon Coveney": one holder of both,
                # read from the first office without its article, which would make the two a pair)
                first = next((k for k in range(i) if toks[k][1] == left.start), None)
                if first is not None:
                    return classify(text, toks[first + 1:])
            if left is not None and left.kind == "description" and not left.name and right.kind == "name" \
                    and text[left.start:left.end].split()[0].lower() not in DETERMINERS:
                if _nation_then_office(toks, i) and _second_office_of_another_country(left, right):
                    # (fivehundredsixtyfifth nation: "Speaker National Assembly and US Ambassador X, …, discussed …"):
                    # a second office of a country the first one names none of is another person's, the two a pair
                    return Phrase("group", left.start, toks[-1][2], text[left.start:toks[-1][2]])
                if toks[i][0] in _OFFICE_MODIFIERS:  # (the step below over "former"): "Deputy Prime Minister
                    i += 1  # and former Foreign Minister X", one person, read from his last office as before
                    break
                i -= 1  # "Senior Advisor and Infrastructure Coordinator Landrieu": two offices, one person
                continue
            if left is not None and right.kind == "name" and _member_of_a_body(text, left):
                # (sevenhundredseventyfifth ncgov yin_meigen_tourism: "Member of Standing Committee of Provincial
                # Party Committee and Secretary of Municipal Party Committee Yin Meigen emphasized …"): two offices,
                # one holder, as "Deputy Governor and Secretary of … X"; not a person named "Member" and X, a pair
                return right._replace(start=left.start, text=text[left.start:right.end])
            if left is not None and (left.is_person or left.kind == "group") and right.is_person \
                    and not topic_word(text, lo, left):
                return Phrase("group", left.start, toks[-1][2], text[left.start:toks[-1][2]])
            if _and_inside_body_of_office(text, left, right, toks[i - 2][0]):
                i -= 1  # "The Secretary of the Security and Defense Council": one body, one office
                continue
            break
        if low == "from" and i >= 2 and i < len(toks) and _is_cap(toks[i][0]) \
                and ((plural := toks[i - 2][0].lower()) in GROUP_HEADS or plural in _PLURAL_ROLES
                     or plural in _PLURAL_PEOPLE):
            # (eighthundredeightyseventh lusakatimes lamba_chiefs: "15 Chiefs from Lamba Land have commended …"): a
            # group's plural, then where its people come from, is the subject; the place's name after "from" is no
            # person's (it was "Lamba Land" who commended); the group as "the chiefs" alone is
            return _group_from_a_place(text, toks, i - 2)
        if low == "as" and i >= 4 and toks[i - 2][0] == "well" and toks[i - 3][0] == "as" and i < len(toks) \
                and _starts_noun_phrase(toks[i][0]):
            # (fourhundredninetysixth shabait 2021-05-24: "President X of Italy, President Y of Ireland as well as
            # President Z of Zambia sent messages of congratulations …"): "as well as" joins two people as "and"
            # does, the two together; else as before
            left = phrase_ending_at(text, lo, toks[i - 3][1])
            if left is not None and left.is_person and classify(text, _trim(toks[i:])).is_person \
                    and not topic_word(text, lo, left):
                return Phrase("group", left.start, toks[-1][2], text[left.start:toks[-1][2]])
        if low == "accredited" and i < len(toks) and toks[i][0] == "to" and i >= 2 and _is_cap(toks[i - 2][0]) \
                and _office_ends_at(text, lo, toks[i - 2][2]):
            i -= 1  # "Ambassador of Ostra accredited to the Maldives X": the country the envoy serves, his office's
            continue
        if low == "our" and _head_of_the_state_at(list(map(_WORD_OF, toks)), i - 3):
            i -= 1  # "The head of our state expressed …": one description (`_head_of_the_state_at`)
            continue
        if low in ("the", "his", "her"):
            before = toks[i - 2][0].lower() if i >= 2 else ""
            if before in ("of", "for", "to", "on", "in", "’s", "'s") and not (i >= 3 and toks[i - 3][0] == "host"):
                # inside an office's name: "Head of the President's Office"; not the idiom's "plays host to the
                # Ambassador of Japan, X" (fourhundredninetythird ecowas 2023-05-18_japan-ambassador's title), whose
                # lower-case "host to" is no office: read as one, it had hidden the Ambassador's office from his name
                i -= 1
                continue
            if before == "and" and low == "the" and _place_then_name(toks, i) \
                    and _office_of_before(text, lo, toks[i - 2][1]):
                i -= 2  # "Minister for the Development of the Far East and the Arctic X": one office's "and"
                continue
            if before == "at" and low == "the" and _office_at_a_body(text, lo, toks, i):
                i -= 2  # "Minister of State at the Federal Foreign Office of Germany X": the office held at a body
                continue
            i -= 2 if before == "both" else 1
            break
        if word == ",":
            if i < len(toks) and toks[i][0] in _SUFFIXES:  # "Joseph R. Biden, Jr."
                i -= 1
                continue
            listed = _serial_list_start(toks, i - 1) if i < len(toks) and toks[i][0] == "and" else None
            if listed is not None:
                # "The President, Vice President, Speaker, and Senate Leader agreed …": the last of a list
                return _listed_group(text, toks, listed)
            if i >= 3 and toks[i - 2][0][:1].isupper() and _portfolios_after_comma(toks, i):
                office = _phrase_before(text, lo, toks[i - 2][2], toks[:i - 1])
                if office is not None and office.kind == "description" and not office.name \
                        and office.role.startswith(_MINISTRIES_OF):
                    # (styles27 sierramar_cancilleria: "the Minister of Foreign Affairs, International Trade and
                    # Worship pointed out …"): a ministry's list of portfolios after a comma goes on with its office
                    end = toks[-1][2]
                    return office._replace(end=end, text=text[office.start:end])
            break
        # (or the "A" a body's name opens with after "of", two-hundred-thirty-sixth 60768: "The leader of A Just Russia")
        if _np_token(word) or word == "A" and i >= 2 and toks[i - 2][0] == "of" and i < len(toks) \
                and _is_cap(toks[i][0]) or surname and i == len(toks) \
                or word in _BODIES_OF_MEMBERS and i < len(toks) and toks[i][0] == "member" \
                or word == "An" and i < len(toks) and SURNAME_ARTICLE.match(f"An {toks[i][0]}"):  # ("Theresa May"; a
            # body's member's title, "the Chairman's advisory board member Dr X", `_BODIES_OF_MEMBERS`; "An Kwang-il")
            i -= 1
            continue
        if low == "each" and i < len(toks):
            # "Each leader highlighted …", "each Foreign Minister noted …" (sixteenth styles joint readout trap): one
            # of several, each in turn, a group as "each side" (`_GROUP_PRONOUNS`), not the one leader named before
            i -= 1
            break
        if low in _OFFICE_MODIFIERS and i >= 2 and toks[i - 2][0][:1].isupper() and toks[-1][0].islower() \
                and toks[i - 2][0].lower() not in DETERMINERS and _np_token(toks[i - 2][0]):
            # "The Russian President and FILA interim president stressed …": a body's name, the
            # office's modifier, then the office in lower case, the second of two people joined
            # by "and": the two together (the words before parse as "X and FILA", a group)
            wider = _phrase_before(text, lo, pos, toks[:i - 1])
            if wider is not None and wider.kind == "group" and " and " in wider.text and wider.end == toks[i - 2][2]:
                return Phrase("group", wider.start, toks[-1][2], text[wider.start:toks[-1][2]])
            # (else as any lower-case adjective: "The acting president" stays one description)
        if low in _OFFICE_MODIFIERS and i >= 2 and i < len(toks) and toks[i - 2][0].lower() in NATIONALITIES \
                and _is_cap(toks[i - 2][0]) and toks[-1][0].lower() in ROLE_TOKENS:
            # (fivehundrednineteenth saba iranian_acting_ambassador: "The Iranian acting ambassador reaffirmed …"): how
            # the office is held, between the nation's adjective and the office in lower case, is the office's; read
            # on to the nation, as "The acting Iranian ambassador" is read, not the bare "ambassador" of no country
            i -= 1
            continue
        if i == len(toks) - 1 and i >= 3 and word.isalpha() and word.islower() and low not in ROLE_TOKENS \
                and low not in FUNCTION_WORDS and toks[-1][0] == "chief" and toks[i - 3][0].lower() == "the" \
                and _is_cap(toks[i - 2][0]) and (toks[i - 2][0].lower() in NATIONALITIES
                                                 or _unknown_nations_adjective(toks[i - 2][0].lower())):
            # (styles64: "“…,” the Durrovian customs chief said."): a portfolio in lower case between a nation's
            # adjective and "chief" is the office's, read back to the nation, as "the customs chief" is read
            i -= 1
            continue
        if i < len(toks) and low != "and" and "member" in text[toks[max(0, i - 8)][1]:toks[i - 1][2]]:
            holder = _office_and_member_before(text, lo, toks, i)
            if holder is not None:
                return holder
        if i >= 3 and toks[i - 2][0] == "and" and low in _MODIFIERS_AFTER_AND:
            # "The Vice President and former Prime Minister discussed …" (two-hundred-eighty-third 2015-04): an
            # office's modifier with no article after "and" opens the second of two people, as "and the former
            # Prime Minister" does; the "and" above reads the two (a group, or one person's two offices); so does
            # a word of new tenure (sevenhundredsixteenth skupstina: "President of the Parliament … Mr X and
            # newly-appointed Ambassador of … Ms Y expressed pleasure …", a pair)
            i -= 1
            continue
        if word == "parliament" and i < len(toks) and _legislature_closing_an_office([t[0] for t in toks[:i]], i - 1):
            i -= 1  # "the Speaker of parliament X": the legislature closing the office, in lower case
            continue
        if i < len(toks) and toks[i][0] == "government" and _adjective_of_a_government_of_an_office(toks, i - 1):
            i -= 1  # "the Prime Minister of the caretaker government X": the government's adjective, inside the office
            continue
        if word.islower() and 3 <= i < len(toks) \
                and _adjective_inside_a_body((toks[i - 3][0], toks[i - 2][0], word, toks[i][0]), 2):
            i -= 1  # "The head of the hemispheric Organization noted …": the body's adjective (`_adjective_inside_a_body`)
            continue
        # lower-case adjectives in a description: "the influential Senator", "the re-elected President"
        j = i
        while j > 0 and i - j < 3 and _lower_case_adjective(toks[j - 1][0]):
            j -= 1
        if j < i and j >= 3 and toks[j - 1][0].lower() == "the" and toks[j - 2][0] == "of" \
                and toks[j - 3][0].lower() in _HEADS_OF_A_BODY:
            # "The head of the hemispheric Organization" (four-hundred-eighty-fifth oas 2010-11-19): a body's
            # capitalised name after a lower-case adjective, the office before it its head's, as "the head of the
            # regional body"; so "… and the top Bolivian diplomat talked about …" is a pair
            office = _head_of_a_body(text, toks, j - 3)
            if office is not None:
                return office
        if j > 0 and toks[j - 1][0].lower() in ("the", "his", "her") and (all(
            t[0].lower() in ROLE_TOKENS or t[0].lower() in NATIONALITIES or t[0].lower() in _CONNECTORS
            or t[0].lower() in _STATES  # ("the re-elected President of the Republic of Türkiye")
            for t in toks[i:]
        ) or _time_in_office_before_a_titled_office(toks, j, i) or _modified_office_of_a_body(toks, j, i)
                or _former_holder_of_a_places_office(toks, j, i)):
            i = j - 1
        break
    near = i + 1 if i < len(toks) and toks[i][0] in ("to", "with") else i  # (the loop may have read "to" in)
    if near >= 3 and toks[near - 1][0] in ("to", "with") and toks[near - 2][0] in _NEAR_TO_SOMEONE \
            and toks[near - 3][0].lower() in _UNNAMED_SOURCES:
        # (sevenhundredseventyseventh nenow japan: "…, sources close to the Chief Minister said."): unnamed sources near
        # the person, whom they speak of, not the person; no one's words, as "sources said"
        start = toks[near - 3][1]
        return Phrase("group", start, toks[-1][2], text[start:toks[-1][2]])
    if i > 0 and len(toks) - i > 2 and toks[i - 1][0] in FIRM_NOUNS:
        i += 1  # "the port operator Qterminals Neville Bissett": the firm's name, then his
    if i > 0 and toks[i - 1][0] == "its":
        i = _after_a_bodys_own(toks, i)
    if i >= 3 and toks[i - 1][0] == "and" and toks[i - 2][0] in _HOLDERS_IN_TURN and len(toks) - i > 2 \
            and toks[i][0].lower() == "the" and toks[i + 1][0] in _HOLDERS_IN_TURN:
        # (hard60 kessra trap: "In their remarks on the occasion, the outgoing and the incoming Executive Secretary
        # thanked …"): the office's two holders, one leaving and one taking it up, together
        first = i - 3 if toks[i - 3][0].lower() == "the" else i - 2
        return Phrase("group", toks[first][1], toks[-1][2], text[toks[first][1]:toks[-1][2]])
    span = toks[i:]
    span = _trim(span)
    if not span:
        return None
    # "Dennis Hastert, Speaker of the House of Representatives," before a verb
    return classify(text, span)


def _modified_office_of_a_body(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """After "the" at toks[j - 1]: one office modifier ("former", "acting", `_OFFICE_MODIFIERS`) at toks[j], then an
    office that goes on with "of" and a body's name in capitals (sevenhundredsixtieth africalibertynews soro: "The former
    president of the Ivorian National Assembly was pleased …"): the whole description, its modifier kept, as "the
    former president" is read (not the bare "president of the Ivorian National Assembly", the office's holder now)."""
    return i == j + 1 and i + 2 < len(toks) and toks[j][0] in _OFFICE_MODIFIERS \
        and toks[i][0].lower() in ROLE_TOKENS and toks[i + 1][0] == "of"


def _head_of_diplomacy(text: str, lo: int, toks: list[tuple[str, int, int]], head_end: int,
                       heads: tuple[str, ...]) -> Phrase | None:
    """A country's foreign minister, read as the head of its diplomacy: "the head of Cabo Serrado's diplomacy" (styles33
    mocarena, a lusophone ministry's "o chefe da diplomacia cabo-verdiana"), as "the head of Brevonian diplomacy" is,
    and "Luxembourg's head of diplomacy" (sixhundredtwelfth luxembourg_mae: "Luxembourg's head of diplomacy stressed
    that …", the foreign minister named before), the phrase through "diplomacy" (toks[-1]); None if the phrase ending
    at `head_end` is no office of `heads` of a country."""
    head = phrase_ending_at(text, lo, head_end)
    if head is None or head.kind != "description" or head.role not in heads or not head.country:
        return None
    return head._replace(role="foreign minister", end=toks[-1][2], text=text[head.start:toks[-1][2]])


def _after_a_bodys_own(toks: list[tuple[str, int, int]], i: int) -> int:
    """Where the phrase read back to "its" starts: after its last "and" when one joins what the body owns to the
    subject ("… the debt-crisis in some of its Member States and Westerwelle stressed that …", government.is,
    fourhundredsixtysecond: not the group "Member States and Westerwelle", whose verb was then no one's). What
    "its" opens is a body's own (its members, its organs), no one who speaks with the one named after "and"."""
    last_and = max((k for k in range(i, len(toks) - 1) if toks[k][0] == "and"), default=-1)
    return last_and + 1 if last_and >= 0 else i


_MINISTRIES_OF = ("minister of ", "minister for ", "secretary of ", "secretary for ")
"""An office of a ministry whose portfolios a list may name ("Minister of Foreign Affairs, International Trade and
Worship")."""


def _portfolios_after_comma(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether the tokens after a comma at i - 1 are a list of portfolios that ends the phrase: capitalised words,
    one "and" before the last ("International Trade and Worship", "Livestock and Fisheries"), nothing else."""
    rest = [tok[0] for tok in toks[i:]]
    return 3 <= len(rest) <= 7 and rest[-2] == "and" and rest.count("and") == 1 \
        and all(word == "and" or word[:1].isupper() and word.isalpha() and word.lower() not in ROLE_WORD_SET
                for word in rest)


def topic_word(text: str, lo: int, left: Phrase) -> bool:
    """A lone capitalised word, no office and no first name, right after "on" or "about": what a report is
    on, not a person (two-hundred-seventy-eighth eu_council_2016-10-21: "… provided a short update on Brexit
    and Prime Minister Rutte briefed the leaders …": not the group "Brexit and Prime Minister Rutte", whose
    verb "briefed" is then no one's). "… met with Berg and Prime Minister X" stays a group."""
    if left.kind != "name" or len(left.name) != 1 or left.role or left.start - lo <= 4:
        return False
    if text.endswith((" on ", " about "), lo, left.start):
        return left.text == left.name[0]
    return text.endswith(" in ", lo, left.start) and _place_on_a_day(left)


def _place_on_a_day(left: Phrase) -> bool:
    """A lone capitalised word and the weekday after it ("Varnow on Tuesday"), read after "in": where and when
    the clause's meeting was, not a person ("X and Y met in Varnow on Tuesday and the Prime Minister said:": not the
    group "Varnow on Tuesday and the Prime Minister", whose quotation is then no one's)."""
    rest = left.text[len(left.name[0]):]
    return rest.startswith(" on ") and rest[4:].lower() in WEEKDAYS


def _place_then_name(toks: list[tuple[str, int, int]], i: int) -> bool:
    """After the "the" at toks[i - 1]: a capitalised place's or body's word, then a name of two
    capitalised words that ends the phrase ("the Arctic Alexei Chekunkov"); or up to three words of
    any body before the name ("Minister of Labour and the Pension System Ivana Marković-Šarić", styles6)."""
    rest = [word for word, _, _ in toks[i:]]
    return (len(rest) >= 3 and rest[0].lower() in NON_PERSON_WORDS or 4 <= len(rest) <= 5) \
        and all(_is_cap(word) for word in rest) \
        and not any(word.lower() in ROLE_TOKENS for word in rest)  # (not "and the Kremlin Chief of Staff X")


def _office_at_a_body(text: str, lo: int, toks: list[tuple[str, int, int]], i: int) -> bool:
    """After the "at the" at toks[i - 2:i]: an office in capitals before it and a body's capitalised
    name after it that runs on to the name ("Minister of State at the Federal Foreign Office of Germany
    Tobias Lindner", hundred-thirty-first 72149): one office, held at that body, so that "the German
    minister of state" means him after. Not "the President at the Kremlin" (no name after the body)."""
    if i < 3 or not _is_cap(toks[i - 3][0]) or i + 2 >= len(toks):
        return False
    rest = [word for word, _, _ in toks[i:]]
    if not all(_np_token(word) and word != "," for word in rest) or not (_is_cap(rest[-1]) and _is_cap(rest[-2])):
        return False
    return _office_ends_at(text, lo, toks[i - 3][2])


def _office_ends_at(text: str, lo: int, pos: int) -> bool:
    """An office with no name of its own ends at `pos` ("Ambassador of Ostra" before "accredited to …")."""
    left = phrase_ending_at(text, lo, pos)
    return left is not None and left.kind == "description" and not left.name and left.role is not None


def _office_of_before(text: str, lo: int, pos: int) -> bool:
    """An office with its complement ends at `pos` ("Minister for the Development of the Far East")."""
    left = phrase_ending_at(text, lo, pos)
    return left is not None and left.kind == "description" and not left.name \
        and (" of " in left.text or " for " in left.text)


def _office_and_member_before(text: str, lo: int, toks: list[tuple[str, int, int]], i: int) -> Phrase | None:
    """"Adviser to the Head of the Office and member of the Ukrainian negotiating team Tomas Berg":
    an office, "and [a] member of" a body in lower-case words, then the name (toks[i:]): one person,
    who holds the office (the backward parse stops at the body's lower-case words and would leave the
    bare name, no office to know him by later: "The Adviser to the Head of the Office noted …")."""
    k = i - 1
    while k > i - 8 and k > 1 and toks[k][0] != "member":
        k -= 1
    if toks[k][0] != "member" or toks[k + 1][0] != "of":
        return None
    a = k - 1 if toks[k - 1][0] in ("a", "the") else k
    if a < 2 or toks[a - 1][0] != "and":
        return None
    office = phrase_ending_at(text, lo, toks[a - 1][1])
    if office is None or office.kind != "description" or office.name or not office.role \
            or text[office.start:office.end].split()[0].lower() in DETERMINERS:
        return None
    name = classify(text, toks[i:])
    if name.kind != "name":
        return None
    return classify(text, tokens(text, office.start, office.end) + toks[i:])


def _member_of_a_body(text: str, left: Phrase) -> bool:
    """Whether `left` is "Member of" a body in capitals with no name of its own ("Member of Standing Committee of
    Provincial Party Committee"), which the words read as a person named "Member": an office, a seat in that body."""
    return left.kind == "name" and left.name == ("Member",) and text.startswith("Member of ", left.start)


def _and_inside_body_of_office(text: str, left: Phrase | None, right: Phrase, before_and: str) -> bool:
    """Whether an "and" joins two capitalised words of the body an office is "of" ("The
    Secretary of the National Security and Defense Council noted …", "the Minister of Trade and
    Industry"): the office before it, "of" in it, a capitalised word right before "and", and a
    thing, no person, after it (not "the Minister of Finance and Ms X", two people)."""
    return left is not None and left.kind == "description" and right.kind == "thing" \
        and before_and[:1].isupper() and " of " in text[left.start:left.end]


def _nation_then_office(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether a nation's one-word adjective and a capitalised office open toks[i:] ("US Ambassador", "British High
    Commissioner"): a noun phrase of its own after "and" (`_second_office_of_another_country`)."""
    return i + 1 < len(toks) and toks[i][0].lower() in NATIONALITIES and _is_cap(toks[i + 1][0]) \
        and toks[i + 1][0].lower() in ROLE_TOKENS


def _second_office_of_another_country(left: Phrase, right: Phrase) -> bool:
    """Whether the office after "and" is held for a country that the office before it, with no country of its own,
    does not name ("Speaker National Assembly and US Ambassador X"): two people, where "Senior Advisor and
    Infrastructure Coordinator X" (no country after "and") stays one holder of two offices."""
    return left.country is None and right.country is not None and right.role != "" \
        and not right.text.startswith(_OFFICE_MODIFIERS_TITLED)


_OFFICE_MODIFIERS_TITLED = ("Former ", "Acting ", "Interim ", "Outgoing ", "Incoming ")


_OFFICES_WITH_AND = tuple((t, t.index("and")) for t in _ROLE_TUPLES if "and" in t)


def _serial_list_start(toks: list[tuple[str, int, int]], comma: int) -> int | None:
    """Where a serial list of people ends with the comma toks[comma] before its "and" ("The President, Vice President,
    Speaker, and …", four-hundred-twenty-sixth whitehouse 2021-07-30: four offices, four people): at least two items
    of capitalised words, each closed by a comma, reached back to the clause's start or its article; else None (not
    "X thanked the Minister, and …", a clause's object and its ", and" before another speaker's clause)."""
    k, commas = comma, 0
    linked = lone_word = False  # (an item read over an office's "of"; an item of one word, no office's)
    while k > 0 and toks[k][0] == ",":
        commas += 1
        j = k
        while j > 0 and _is_cap(toks[j - 1][0]):
            j -= 1
            if j > 1 and toks[j - 1][0] in _OFFICE_LINKS:
                over = _over_office_links(toks, j)
                linked, j = linked or over < j, over
        if j == k:
            return None  # (an empty item: no list of names)
        lone_word = lone_word or k - j == 1 and toks[j][0].lower() not in ROLE_TOKENS
        k = j - 1
        if j == 0 or toks[k][0] != ",":
            if commas < 2 or linked and lone_word:
                # (fifteenth 2024-02-02: "Executive Director of the Maryland Office of Crime Prevention, Youth, and
                # Victim Services X": a body's name, whose one-word item "Youth" is no person)
                return None
            return k if j > 0 and toks[k][0].lower() == "the" else j if j == 0 else None
    return None


_OFFICE_LINKS = frozenset({"of", "for", "to", "the", "on"})
"""Lower-case words inside an office's capitalised name ("Secretary of Energy", "Senior Advisor to the President for
International Climate Policy"), read over inside the items of a serial list (`_serial_list_start`)."""


def _over_office_links(toks: list[tuple[str, int, int]], j: int) -> int:
    """Where an item of a serial list goes on back over the lower-case words that join an office's capitalised words
    before toks[j] (up to two: "to the"), when a capitalised word comes before them; else j, the item's start."""
    k = j - 1
    while k > j - 2 and k > 0 and toks[k - 1][0] in _OFFICE_LINKS:
        k -= 1
    return k if k > 0 and _is_cap(toks[k - 1][0]) and toks[k - 1][0] != "," else j


def _listed_group(text: str, toks: list[tuple[str, int, int]], listed: int) -> Phrase:
    """The group a serial list of people makes, from its first item (`_serial_list_start`) to the phrase's end."""
    return Phrase("group", toks[listed][1], toks[-1][2], text[toks[listed][1]:toks[-1][2]])


_PORTFOLIO_WORDS = frozenset("""finance economy economic trade industry agriculture education health transport energy
    environment tourism culture labour labor housing justice planning development treasury safety security sport sports
    arts recreation works roads social welfare water sanitation human settlements rural local governance affairs
    land reform""".split())
"""Portfolios a provincial office joins with "and" before its title ("Finance and Economy MEC", "Trade and Industry
Minister") (`_two_portfolios_of_a_places_office`)."""


def portfolio_word(word: str) -> bool:
    """Whether a lower-cased word may be a portfolio's (`_PORTFOLIO_WORDS`, or a common noun by its ending,
    `_PORTFOLIO_NOUN_ENDINGS`: "development", "security")."""
    return word in _PORTFOLIO_WORDS or word.endswith(_PORTFOLIO_NOUN_ENDINGS)


def _and_inside_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether the "and" at toks[k] is a word of an office's own name ("Ambassador
    Extraordinary and Plenipotentiary"), not one that joins two people."""
    for office, at in _OFFICES_WITH_AND:
        a = k - at
        if a >= 0 and a + len(office) <= len(toks) and all(
                toks[a + n][0].lower() == word for n, word in enumerate(office)):
            return True
    return False


_HEADS_OF_A_BODY = frozenset({"head", "director", "chief", "chair", "chairman", "chairwoman", "chairperson", "governor",
                              "mayor", "commander", "manager", "rector", "official", "boss"})
"""Offices read with the body they are held in: "the head of the border service", "The high official of the
hemispheric institution" (four-hundred-eighty-fifth oas 2014-06-03); "boss" as "chief" (`_INFORMAL_OFFICES`: styles63's
"“…,” the agency's boss told her.", the whole phrase the tag's subject, not "boss" alone)."""
_A_BODYS_OWN_OFFICERS = frozenset({"representative"})
"""Officers of a body named by its common noun's possessive before them, as its head is (styles69: "“…,” the agency's
representative said." after "UNHCR Representative X"): the whole phrase the tag's subject, not the bare office word."""
PRIVATE_BODIES = frozenset("""institute university college school academy foundation association
    society company corporation inc ltd chamber network coalition center centre club""".split())
"""What a president heads who is not "the President" of a readout: a bare "the President" means a head of state, never
the head of an institute, a firm or a university (`people.roles_compatible`); "the association's president" is the
association's (`_president_of_a_private_body`)."""
_OFFICES_OF_A_LEGISLATURE = _HEADS_OF_A_BODY | {"speaker", "president", "member", "deputy", "vice-chairman"}
"""Offices held in a legislature, whose name may follow them in lower case ("the Speaker of parliament X")."""


def _president_of_a_private_body(text: str, toks: Sequence[tuple[str, int, int]]) -> Phrase | None:
    """(styles70: "The President of the Orvanesian Community Association of Lindmere, Mr. X, … The association's
    president said …") "the", a private body's common noun in the possessive (`PRIVATE_BODIES`: association, union's
    kin institute, society, club …) and "president" at the end of `toks`: the office "president of <body>", the whole
    phrase the subject, so that it is the one who heads such a body, never the bare "president" a head of state is
    (nor a phrase cut to "president" after the possessive)."""
    body = toks[-2][0][:-2]
    if not toks[-2][0].endswith(("'s", "’s")) or body not in PRIVATE_BODIES or toks[-3][0].lower() != "the":
        return None
    start, end = toks[-3][1], toks[-1][2]
    return Phrase("description", start, end, text[start:end], role="president of " + body)


def _legislature_closing_an_office(words: Sequence[str], k: int) -> bool:
    """Whether the lower-case "parliament" at words[k] closes an office held in it, after "of" or "of the"
    (fivehundredseventyseventh oananews 2012-08-10: "the Speaker of parliament Z.Enkhbold received … and congratulated
    him …"): the office and the name after it are one person's, as "the Speaker of Parliament X" is; before, the
    phrase ended at "Speaker" read forwards, and began at the name read backwards: no subject of its clause."""
    j = k - 1
    if j >= 1 and words[j] == "the":
        j -= 1
    return j >= 1 and words[j] == "of" and words[j - 1].lower() in _OFFICES_OF_A_LEGISLATURE


_OFFICES_OF_A_GOVERNMENT = _OFFICES_OF_A_LEGISLATURE | {"minister", "secretary", "spokesperson", "spokesman"}
"""Offices held in a government, whose lower-case name may follow them ("the Prime Minister of the caretaker
government X")."""


def _adjective_of_a_government_of_an_office(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether toks[k] is a lower-case adjective between "of the" after an office and "government"
    (sevenhundredthirtyfifth netpress 2024-01-26: "the outgoing Speaker and current Prime Minister of the caretaker
    government Xhaferi, in a statement to the media, wished …"): the government, its adjective, the office and the name
    after them one person's, as "the Prime Minister of the government X" is; before, the adjective ended the phrase
    read backwards, the thing "government Xhaferi", no one's. A name must follow "government" (not "the head of the
    transitional government underlined …", the office alone, `_head_of_a_body`)."""
    return k >= 3 and k + 2 < len(toks) and _is_cap(toks[k + 2][0]) and _lower_case_adjective(toks[k][0]) \
        and toks[k + 1][0] == "government" and toks[k - 1][0] == "the" and toks[k - 2][0] == "of" and toks[k - 3][0].lower() in _OFFICES_OF_A_GOVERNMENT


def _head_of_a_body(text: str, toks: list[tuple[str, int, int]], k: int) -> Phrase | None:
    """"The newly appointed head of the border service", "the director of the plant": the
    office toks[k] of the body after it, with "the" and up to two lower-case words before it."""
    i = k
    while i > 0 and k - i < 2 and _lower_case_adjective(toks[i - 1][0]):
        i -= 1
    if i == 0 or toks[i - 1][0].lower() != "the":
        return None
    start, end = toks[i - 1][1], toks[-1][2]
    role = " ".join(t[0].lower() for t in toks[k:] if t[0].lower() not in ("the", "a", "an") and not _lower_possessive(t[0]))
    return Phrase("description", start, end, text[start:end], role=role)  # ("head of border service")


def _head_of_a_unit_after_initials(text: str, toks: list[tuple[str, int, int]], j: int) -> Phrase | None:
    """"The ICRC head of delegation", "the UNHCR head of office": "the", a body's initials, a head's word, "of" and
    one lower-case noun (toks[j:], five tokens), the office of the body's unit those initials name (styles69: after
    "the head of the delegation of the International Committee of the Red Cross (ICRC) in X, Mr. Y"), read whole as
    "the head of delegation" is, not cut before the noun to a bare "head" that any chief named before may answer;
    None for another shape."""
    if toks[j][0].lower() != "the" or toks[j + 3][0] != "of" or toks[j + 2][0] not in _HEADS_OF_A_BODY:
        return None
    initials, unit = toks[j + 1][0], toks[j + 4][0]
    if not (2 <= len(initials) <= 6 and initials.isupper() and initials.isalpha()) or not unit.isalpha() \
            or not unit.islower():
        return None
    start, end = toks[j][1], toks[j + 4][2]
    return Phrase("description", start, end, text[start:end], role=f"{toks[j + 2][0]} of {unit}")


_A_DELEGATIONS_HEAD = frozenset({"head", "chief"})
"""The words for a delegation's head written after the noun ("the delegation head", "the delegation chief")."""


def _delegation_head(text: str, lo: int, phrase: Phrase) -> Phrase:
    """`phrase`, read as a bare "head" or "chief", as the office "head of delegation" when the word "delegation"
    stands right before it ("the delegation head", "The ICRC delegation chief"; styles69: "The delegation head added
    …" after the ICRC's head of delegation was named, not the Red Crescent's secretary general, called its "chief"
    before); `phrase` itself otherwise."""
    at = phrase.end - len(phrase.role)
    if text[at:phrase.end].lower() != phrase.role or not text.endswith(_DELEGATION_BEFORE, lo, at):
        return phrase
    return phrase._replace(role="head of delegation")


_DELEGATION_BEFORE = "delegation "
"""The noun a delegation's head is written after (`_delegation_head`)."""


def _possessed_body_of_a_head(toks: list[tuple[str, int, int]], k: int) -> bool:
    """Whether toks[k] is a lower-case possessive after "<head> of the" ("the head of the council's delegation"), the
    owner of the body an office is held in (not "the government's plan called …", no office before it)."""
    return k >= 3 and _lower_possessive(toks[k][0]) and toks[k - 1][0].lower() == "the" and toks[k - 2][0] == "of" \
        and toks[k - 3][0].lower() in _HEADS_OF_A_BODY


def _lower_possessive(word: str) -> bool:
    """Whether `word` is a lower-case noun's possessive inside an office's body (hard58 verrant_league: "The head of the
    council's delegation, X, met …"): the body's owner, left out of the office ("head of delegation"), so that "the head
    of the delegation" after means the same holder."""
    return word.endswith(("’s", "'s")) and word[:-2].isalpha() and word.islower()


def _lower_owner_before_an_office(words: Sequence[str]) -> bool:
    """Whether words[1:3], after "the", are a common noun's possessive and a capitalised office ("…”, said the region’s
    Governor.", "The agency’s Director thanked …"): the holder of the office of the body the noun names, a person."""
    return len(words) > 2 and _lower_possessive(words[1]) and _is_cap(words[2]) and words[2].lower() in ROLE_TOKENS


def _a_nations_people(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the phrase's last words, from toks[j], are "the <nationality> people" or "… nation" (a whole people)."""
    return len(toks) - j == 3 and toks[j][0] == "the" and toks[j + 1][0].lower() in NATIONALITIES \
        and toks[-1][0] in _WHOLE_PEOPLE_WORDS


def _office_of_a_people(text: str, lo: int, toks: list[tuple[str, int, int]], of: int) -> Phrase | None:
    """"The National Leader of the Turkmen people emphasized …" (four-hundred-seventy-second turkmenistan_gov
    mincom546), "the leader of the Palestinian people": an office held over a whole people, whose nationality is the
    office's country; the description read from the office before "of" (no name in it) to the end, else None (then
    "the Turkmen people" alone, a thing)."""
    office = _phrase_before(text, lo, toks[of - 1][2], toks[:of])
    if office is None or office.kind != "description" or office.name or not office.role:
        return None
    first = next((k for k in range(of) if toks[k][1] == office.start), None)
    return classify(text, toks[first:]) if first is not None else None


_OUR_OWN_COUNTRY_WORDS = frozenset({"country", "nation", "republic"})
"""The lower-case nouns of "of our country" after an office: the writer's own country ("the President of our country",
UzA's translated "the leader of our nation")."""


def _our_own_country(toks: list[tuple[str, int, int]], j: int) -> bool:
    """Whether the phrase's last words, from toks[j], are "our country", "our nation" or "our republic"."""
    return len(toks) - j == 2 and toks[j][0] == "our" and toks[-1][0] in _OUR_OWN_COUNTRY_WORDS


def _office_of_our_country(text: str, lo: int, toks: list[tuple[str, int, int]], of: int) -> Phrase | None:
    """"During the meeting, the President of our country gave instructions on …" (eighthundredfiftysixth govuz
    2017-12-16, UzA in translation): an office the writer's own country holds, no country named, so the office alone
    ("the President") over the whole phrase, as "the head of our state" is the head of state; None when no office
    without a name comes before "of" (then "our country" alone, a thing: "the interests of our country")."""
    office = _phrase_before(text, lo, toks[of - 1][2], toks[:of])
    if office is None or office.kind != "description" or office.name or not office.role or office.country:
        return None
    end = toks[-1][2]
    return office._replace(end=end, text=text[office.start:end])


_TIMES_IN_OFFICE = frozenset({"outgoing", "incoming", "new"})
_HOLDERS_IN_TURN = _TIMES_IN_OFFICE | {"former", "previous", "current"}
"""The words that tell one holder of an office from another ("the outgoing and the incoming Executive Secretary")."""


def _time_in_office_before_a_titled_office(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """Whether toks[j], the one lower-case adjective before the capitalised words toks[i:], says the holder is leaving
    or taking up the office they end with ("The incoming Country Director said …", hard60 kelvara, beside "the outgoing
    Country Director"): the description then keeps it, as "the outgoing director" does, though a word of the office
    ("Country") is no office's."""
    return i - j == 1 and toks[j][0] in _TIMES_IN_OFFICE and toks[-1][0].lower() in ROLE_TOKENS \
        and all(_is_cap(t[0]) for t in toks[i:])


def _former_holder_of_a_places_office(toks: list[tuple[str, int, int]], j: int, i: int) -> bool:
    """Whether toks[j], the one lower-case word before the capitalised words toks[i:], is "former" and they are a place's
    name and an office of it (ninehundredninetyfirst newsghana 2021-03-17: "Mr X, outgoing Western North Regional
    Minister has handed over … At a brief ceremony …, the former Bibiani-Anhwiaso-Bekwai Member of Parliament thanked
    …"): the description keeps "the former", as "the former Member of Parliament" and "the former Ghanaian President"
    do, so it is read as one named before by a past office (`people._last_subject_by_a_past_office`), not as the
    bare "Bibiani-Anhwiaso-Bekwai Member of Parliament" no one holds. The place one capitalised word (its parts joined by
    hyphens), no office's; the office capitalised to its end, "of" only inside "Member of Parliament"."""
    if i - j != 1 or toks[j][0] != "former" or len(toks) - i < 2:
        return False
    place, office = toks[i][0], [t[0] for t in toks[i + 1:]]
    if not _is_cap(place) or not place.replace("-", "").isalpha() or place.lower() in ROLE_TOKENS:
        return False
    if office[-3:] == _MEMBER_OF_PARLIAMENT:
        office = office[:-2]
    return office[-1].lower() in ROLE_TOKENS and all(_is_cap(word) for word in office)


_MEMBER_OF_PARLIAMENT = ["Member", "of", "Parliament"]
"""The one office whose capitalised words hold a lower-case "of" (`_former_holder_of_a_places_office`)."""


def _hyphened_adjective_before_an_office(words: Sequence[str], i: int) -> bool:
    """Whether words[i], read after a determiner, is lower-case words joined by hyphens right before an office's word or
    a capitalised word ("the two-term Governor", "the re-elected President", "the newly-elected Governor",
    ninehundredfortyfirst newtelegraph 2026-02-27: "According to the two-term Governor, the closed-door meeting …
    centred on …"): an adjective of the description, read on as "the former Governor" is, not a word that ends the
    phrase (as `_lower_case_adjective` reads one backwards). Not before a lower-case common noun ("the state-run news
    agency says …", "the long-awaited report"), read as before; not a word that opens or ends with a hyphen, nor an
    office with a prefix ("the ex-president", "the vice-chairman": its last part an office's word)."""
    word = words[i]
    if "-" not in word or i + 1 >= len(words):
        return False
    after = words[i + 1]
    return (after[:1].isupper() or after.lower() in ROLE_TOKENS) and word.replace("-", "").isalpha() \
        and word[0] != "-" and word[-1] != "-" and word.rpartition("-")[2] not in ROLE_TOKENS


def _lower_case_adjective(word: str) -> bool:
    """Whether `word` may be a lower-case adjective before an office: letters, or letters joined by hyphens ("the
    re-elected President of the Republic of Türkiye", four-hundred-seventy-second turkmenistan_gov 2023-05-29, whose
    "and" before it then joins him to the one named first: a pair), and no determiner."""
    return word.islower() and (word.isalpha() or word.replace("-", "").isalpha()) and word not in DETERMINERS


_KIN_ASIDES = frozenset("""brother sister cousin uncle aunt nephew niece son daughter father mother husband wife
    widow widower grandson granddaughter grandfather grandmother brother-in-law sister-in-law son-in-law
    daughter-in-law relation""".split())
"""The last word of a kinship aside after a name ("Mr X, her cousin, told …"): who the named is to someone, not an
office (`_before_one_parenthesis`)."""
_KIN_ASIDE = re.compile(r"\s*(?:no\s+relation|(?:(?:his|her|their|the\s+[A-Z][\w-]*(?:’s|'s))\s+)?"
                        r"(?:(?:own|elder|younger|eldest|youngest|late)\s+)?[a-z-]+)\s*\Z")


def kin_aside(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a kinship aside after a name, "her cousin", "the Chair's brother", "no relation"
    (hard28), its last word one of `_KIN_ASIDES`: who the named is to someone, no office nor a subject of its own."""
    last = text.rfind(" ", lo, hi) + 1
    return text[max(last, lo):hi] in _KIN_ASIDES and _KIN_ASIDE.match(text, lo, hi) is not None

_ASIDE_WORDS = frozenset({"for", "in", "on", "as", "however", "meanwhile", "moreover", "also", "too",
                          "therefore", "at", "according", "separately", "once", "again"})
_OPENING_ADVERBS = frozenset({"first", "firstly", "second", "secondly", "thirdly", "fourth", "fourthly", "fifth",
                              "fifthly", "initially", "lastly"})
"""A sentence's opening adverb of order that, capitalised before its comma, a lone word read back from the comma may
take for a name ("First, the President of X, briefed …"); "Third" and "Finally" are no names already."""
_CIRCUMSTANCE_ASIDE_TOKENS = 40
"""How many words (and commas) an aside opened by one of `_ASIDE_WORDS` may hold ("in a phone call on Saturday with
<a long style and name>"): more than an apposition's 14, the aside's words being no part of the subject."""


def _own_part_aside(inner: list[tuple[str, int, int]]) -> bool:
    """Whether the aside is "<a word> his part" or "… her part", whatever its first word: "for his part" or "on his
    part" mistyped (fivehundredfiftieth sana mikdad-wild-aziz: "Wild Aziz, fir his part, hailed …"), no office nor name."""
    return len(inner) == 3 and inner[2][0] == "part" and inner[1][0] in ("his", "her") and inner[0][0].isalpha() \
        and inner[0][0].islower()


def _lone_participle_aside(inner: list[tuple[str, int, int]]) -> bool:
    """Whether the aside is one lower-case participle in "-ing" (styles67: "Justice X, dissenting, held that …", "X,
    concurring, added …", "X, smiling, said …"): how or in what part the subject spoke, no office nor name; the
    subject before it speaks."""
    return len(inner) == 1 and len(word := inner[0][0]) > 5 and word.endswith("ing") and word.isalpha() \
        and word.islower()


def _before_parenthesis(text: str, lo: int, toks: list[tuple[str, int, int]]) -> Phrase | None:
    """The subject before ', for his part,' or a name with its title in apposition."""
    found = _before_one_parenthesis(text, lo, toks)
    if found is None and _list_goes_on(toks):
        # an office in apposition that holds a list of its own: "Ivan Petrenko, head of the
        # bureau of spacecraft, measurement and telecommunications systems at X, said that":
        # the name and the office up to the list's comma, the apposition running on to its end
        head = _before_parenthesis(text, lo, toks[:max(k for k in range(len(toks) - 1) if toks[k][0] == ",") + 1])
        if head is not None and head.kind == "name":
            end = toks[-2][2]
            return Phrase("name", head.start, end, text[head.start:end], name=head.name, role=head.role,
                          country=head.country, gender=head.gender)
    return found


def _bracketed_initials_tokens(toks: list[tuple[str, int, int]], first: int) -> int:
    """How many of the aside's tokens after `toks[first]` are a body's initials in brackets with their brackets
    ("(HK)", "(PLC)"): three each, no words of the apposition, so an office with its body's initials ("general manager
    of the Glorious Sun Group and chairman of Jeanswest International (HK) Ltd", sevenhundredseventyeighth) is not
    taken for a run too long to be one (counted only when the aside is over 14 tokens)."""
    count = 0
    for k in range(first + 1, len(toks) - 2):
        if toks[k][0] == "(" and toks[k + 2][0] == ")" and _INITIALS_TOKEN.fullmatch(toks[k + 1][0]):
            count += 3
    return count


_INITIALS_TOKEN = re.compile(r"[A-Z]{2,6}")
"""The initials a body's bracket holds in an apposition ("HK", "PLC")."""


def _list_goes_on(toks: list[tuple[str, int, int]]) -> bool:
    """Whether the words between the last two commas of `toks` (the last one closing an
    apposition) carry on a list begun before the first: "…, measurement and
    telecommunications systems at X," (lower case, an "and" within its first words)."""
    if len(toks) < 6 or toks[-1][0] != ",":
        return False
    last = max((k for k in range(len(toks) - 1) if toks[k][0] == ","), default=-1)
    words = [t[0] for t in toks[last + 1:last + 5]]
    return last > 0 and len(words) >= 3 and words[0].islower() and words[0].isalpha() \
        and words[0] not in ("and", "or", "who", "which", "whose", "as") and words[0] not in _ASIDE_WORDS \
        and "and" in words[1:]


def _before_one_parenthesis(text: str, lo: int, toks: list[tuple[str, int, int]]) -> Phrase | None:
    """`_before_parenthesis` for the aside after the last comma only."""
    if _bracket_holds_a_comma(text, toks[0][1], toks[-1][1]):
        toks = _without_bracketed_lists(toks)
    commas = [k for k in range(len(toks) - 1) if toks[k][0] == ","]
    if not commas:
        return None
    first = commas[-1]
    if len(toks) - 1 - first > 14 and len(toks) - 1 - first - _bracketed_initials_tokens(toks, first) > 14 \
            and not (len(toks) - 1 - first <= _CIRCUMSTANCE_ASIDE_TOKENS
                                           and toks[first + 1][0].lower() in _ASIDE_WORDS):
        # (an apposition is short; an aside that tells where or when the subject spoke may run on
        # with the other party's full style, four-hundred-twenty-eighth jordan_rhc 2019-09-14: "His Majesty
        # King Abdullah, in a phone call on Saturday with Custodian of the Two Holy Mosques King Salman bin
        # Abdulaziz Al Saud of Saudi Arabia, expressed …": the subject before it speaks)
        return None
    inner = toks[first + 1:-1]
    if not inner:
        return None
    outer = phrase_ending_at(text, lo, toks[first][1])
    if inner[0][0].lower() in _ASIDE_WORDS or _own_part_aside(inner) or _lone_participle_aside(inner):
        return outer
    if inner[-1][0] in _KIN_ASIDES and outer is not None and outer.kind == "name" \
            and kin_aside(text, inner[0][1], inner[-1][2]):
        # a kinship after the name (hard28: "Mr Lenz Saar, her cousin, told the provincial assembly …",
        # "Mr Arvid Greve, the Chair's brother, …"; "Mr Oskar Brannock, no relation, … put it to …"):
        # the name is the subject, the aside only tells who he is to someone
        return outer
    inner = _trim(inner)
    for k in range(1, len(inner) - 1):
        following = inner[k + 1][0]
        if inner[k][0] in _BEFORE_A_DATE and (following.isdigit() or following.istitle() and following.lower() in MONTHS):
            # (hundred-sixty-fourth kremlin_63886: "Mr X, who was appointed Acting Governor in April 2020,
            # highlighted …"): the date it was taken is no part of the office, which had been "governor in
            # april", another office than the one he was named with, and so another person
            inner = _trim(inner[:k])
            break
    if not inner:
        return None
    aside = classify(text, inner)
    if aside.kind == "description" and inner[0][0] == "who" and _office_object_of_an_act(text, inner, aside.start):
        return outer  # ("Governor X, who presented Staff of Office to the new Emir, said …": the Emir another, X the Governor)
    if aside.kind == "thing" and inner[0][0] in _INDEFINITE_ARTICLES and outer is not None and outer.kind == "name":
        # (eighthundredthirtysecond mississippitoday: "In the interview, Bryant, a Trump surrogate during the 2016
        # presidential election, said Trump will be …"; "Later, Varno, a Republican, said …"): an indefinite
        # description with no office after the name tells what the named is, as a kinship aside tells who he is to
        # someone; the name is the subject
        return outer
    if aside.kind != "description" and outer is not None and outer.kind == "name" and "and" in text[inner[0][1]:inner[-1][2]]:
        aside = _one_of_two_offices(text, inner) or aside
    if aside.kind == "name" and outer is not None and outer.kind == "name":
        aside = _place_then_office(text, inner) or aside
    end = aside.end
    if outer is not None and outer.kind == "description" and aside.kind == "description":
        # two offices: "Kyrylo Tymoshenko, Deputy Head of the Office, Executive Secretary
        # of the Congress," before a verb; the first is the name's own
        named = _named_before(text, lo, outer.start)
        if named is not None:
            outer, aside = named, outer
    if outer is not None and outer.kind == "name" and aside.kind == "description":
        if outer.start == toks[0][1] and first == 1 and outer.text.lower() in _OPENING_ADVERBS:
            # (fivehundredfiftyseventh somaliland 2021-05-03_president_kate_foster: "First, the President of the
            # Republic of X, briefed the new Ambassador …"): the sentence's opening adverb and its comma, then the
            # office set off by commas, is no name with its office: the office is the subject
            return aside
        return Phrase("name", outer.start, end, text[outer.start:end], name=outer.name,
                      role=aside.role, country=aside.country or outer.country,
                      gender=outer.gender or aside.gender)
    return None


_OFFICE_TAKING_PARTICIPLES = frozenset({"appointed", "elected", "re-elected", "named", "confirmed", "nominated",
                                        "designated", "installed", "crowned", "enthroned", "turbaned", "elevated",
                                        "promoted", "redeployed", "posted", "seconded", "deployed", "accredited"})
"""The "-ed" words of a relative clause on a name that give the name an office ("X, who was appointed Acting Governor
in April, …", "who was installed as Emir"): never the act whose object holds someone else's (`_office_object_of_an_act`)."""
_PREPOSITIONS_BEFORE_ANOTHERS_OFFICE = frozenset({"to", "with", "from", "by", "for", "on", "at"})
_WORDS_BEFORE_AN_OBJECTS_OFFICE = frozenset({"the", "a", "an", "new", "newly", "visiting", "his", "her", "their", "its"})


def _office_object_of_an_act(text: str, inner: list[tuple[str, int, int]], office_start: int) -> bool:
    """Whether a "who" clause set off after a name (`inner`, its tokens) holds an office only as the object of a
    preposition after an act ("Governor X, who presented Staff of Office to the new Emir, said …",
    ninehundredsixtyfifth dailytrust 2025-02-05): the clause's verb a past "-ed" form that takes no office
    (`_OFFICE_TAKING_PARTICIPLES`), and a preposition (`_PREPOSITIONS_BEFORE_ANOTHERS_OFFICE`) right before the office,
    maybe an article or "new" between: the office is another's, not the name's; "X, who was appointed Acting Governor
    …", "who is also the Deputy Prime Minister" keep theirs. Bounded by the aside's tokens."""
    if len(inner) < 4:
        return False
    verb = inner[1][0].lower()
    if verb in ("also", "earlier", "later", "had", "has", "then") and len(inner) > 4:
        verb = inner[2][0].lower()
    if not verb.endswith("ed") or verb in _OFFICE_TAKING_PARTICIPLES:
        return False
    k = next((k for k in range(len(inner)) if inner[k][1] >= office_start), None)
    if k is None or k < 3:
        return False
    k -= 1
    while k > 1 and inner[k][0].lower() in _WORDS_BEFORE_AN_OBJECTS_OFFICE:
        k -= 1
    return inner[k][0].lower() in _PREPOSITIONS_BEFORE_ANOTHERS_OFFICE


_BEFORE_A_DATE = frozenset({"in", "since", "on"})
_INDEFINITE_ARTICLES = ("a", "an")
"""The article that opens an aside describing what a named person is ("Bryant, a Republican, said …")."""


def _place_then_office(text: str, inner: list[tuple[str, int, int]]) -> Phrase | None:
    """The office of a name's apposition that is one capitalised word, the place or body, then an office in lower case
    (eighthundredfortyseventh ndbcnews: "In his Facebook post, Atty. Naguib Sinarimbo, BARMM interior minister, said the
    meeting was cordial …"; "X, Sindh information minister, said …"): the named person's office, not a person called
    "BARMM" holding it, who had been no one, or the other minister the readout names. None unless every word after the
    first is a lower-case word and the last an office's (`ROLE_WORD_SET`), and the lower-case words alone read as an
    office ("the Zorland interior minister", with its article, is left as it was)."""
    if len(inner) < 3 or not inner[0][0][:1].isupper() or not inner[0][0].isalpha() \
            or inner[-1][0] not in ROLE_WORD_SET:
        return None
    tail = inner[1:]
    if not all(word.isalpha() and word.islower() for word, _, _ in tail):
        return None
    office = classify(text, tail)
    if office.kind != "description" or office.name:
        return None
    start, end = inner[0][1], inner[-1][2]
    return Phrase("description", start, end, text[start:end], role=office.role, country=inner[0][0].lower())


def _one_of_two_offices(text: str, inner: list[tuple[str, int, int]]) -> Phrase | None:
    """The office of a name's apposition that holds two, joined by one "and" before a bare office word (fivehundredfifty-
    sixth acn: "Angel X, deputy head and coordinator of the international relations department of …, thanked …", "Manolo
    X, US political leader and activist, declared …"): one person's two offices, read as the second (the body after it is
    both's), or the first when the second alone is none; None when a determiner or a name follows "and" ("the minister
    and the ambassador": two people)."""
    ands = [k for k, tok in enumerate(inner) if tok[0] == "and"]
    if len(ands) != 1 or not 0 < ands[0] < len(inner) - 1 or inner[ands[0] + 1][0].lower() not in ROLE_WORD_SET:
        return None
    k = ands[0]
    for part in (inner[k + 1:], inner[:k]):
        office = classify(text, part)
        if office.kind == "description" and not office.name:
            return office
    return None


def _bracket_holds_a_comma(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a "(" closed by a ")" with a comma between them (a few `find`s, most often one)."""
    opened = text.find("(", lo, hi)
    if opened < 0:
        return False
    closed = text.find(")", opened, hi)
    return closed > 0 and text.find(",", opened, closed) >= 0


def _without_bracketed_lists(toks: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """`toks` less each bracketed group that holds a comma (fourhundredninetythird ecowas 2024-02-05_eac-delegation:
    "…, Hon. X, the Deputy Secretary General (Infrastructure, Productive, Social and Political Sectors) of the East
    African Community, stressed that …"): the portfolios listed in brackets are part of the office, and their commas
    close no aside; read as asides, the last of them had stood for the office, and no one had stressed. (Asked only
    when a comma comes between a "(" and a ")": one `find` each.)"""
    out: list[tuple[str, int, int]] = []
    group: list[tuple[str, int, int]] | None = None
    for tok in toks:
        if group is not None:
            group.append(tok)
            if tok[0] == ")":
                if not any(word == "," for word, _, _ in group):
                    out.extend(group)
                group = None
        elif tok[0] == "(":
            group = [tok]
        else:
            out.append(tok)
    if group is not None:
        out.extend(group)  # (a bracket left open: kept as it was)
    return out


def _named_before(text: str, lo: int, pos: int) -> Phrase | None:
    """The name that a comma and spaces separate from text[pos:], if any."""
    comma = len(text[lo:pos].rstrip()) + lo - 1
    if comma < lo or text[comma] != ",":
        return None
    named = phrase_ending_at(text, lo, comma)
    return named if named is not None and named.kind == "name" else None


def phrase_starting_at(text: str, pos: int, hi: int) -> Phrase | None:
    """The noun phrase that starts at `pos` (reading forwards, not past `hi`); a readout's body's phrases
    read once each (`_body_memo`: the passes ask for one phrase at one place again and again)."""
    memo = _body_memo(text, 0) if len(text) > _MEMO_MIN_LENGTH else None
    if memo is not None and (found := memo.get((pos, hi), _UNFINISHED)) is not _UNFINISHED:
        return found
    if text[pos:pos + 1] in _SURNAME_PRONOUN_INITIALS and (found := _surname_pronoun_alone(text, pos, hi)):
        pass  # ("“…,” said He.", "…, said You.": `_surname_pronoun_alone`)
    elif text.startswith("An ", pos) and (found := _surname_article_alone(text, pos)):
        pass  # ("…, and An replied that …": `_surname_article_alone`)
    elif text.startswith("A ", pos) and (found := surname_a_before_an_office(text, pos)
                                          or initial_a_in_a_list_of_names(text, pos)):
        pass  # ("…, said A Dong, mayor of the city …": `surname_a_before_an_office`; "K X, A Y and P Z": the initial)
    elif text.startswith("Among", pos) and not text[pos + 5:pos + 6].isalnum() \
            and (found := _surname_preposition_alone(text, pos, pos, pos + 5)):
        pass  # ("“…,” Among said, while meeting …": `_surname_preposition_alone`)
    elif (text[pos + 1:pos + 2].isupper() or text.startswith("Region ", pos)) \
            and (found := _office_after_a_region_number(text, pos, hi)):
        pass  # ("…, said DPWH 3 Regional Director X.": `_office_after_a_region_number`)
    else:
        limit = hi if hi < pos + 300 else pos + 300
        # (most phrases end early: read more only when they don't)
        window = hi if hi < pos + FORWARD_WINDOW else pos + FORWARD_WINDOW
        found = _phrase_from(text, pos, _words(text, pos, window), window >= limit)
        if found is _UNFINISHED:
            found = _phrase_from(text, pos, _words(text, pos, limit), finished=True)
    if found is not None and found.kind == "description" and found.role in _DEPUTY_RANKS \
            and (office := _LOWER_PORTFOLIO_OFFICE_AFTER_A_RANK.match(text, found.end, hi)) is not None \
            and not text[office.end():office.end() + 1].isalnum():
        # ("“…,” the deputy regional minister said.": the rank's whole office, read forwards as backwards)
        found = _ranked_lower_portfolio_office(text, found, office.end()) or found
    if memo is not None:
        memo[pos, hi] = found
    return found


_REGION_NUMBER = re.compile(r"(?:[A-Z]{2,6}(?:\s+Region)?|Region)\s+(?:\d{1,2}|(?<=Region\s)[IVX]{1,4})\s+(?=[A-Z][a-z])")
"""An agency's initials (or "Region") and the number of its region, written before the office of its regional head
("DPWH 3 Regional Director X", "DOH Region 7 Director X", "Region III Director X"), as the Philippine press prints
them; a hyphen joins them in "DOH-7", which reads as one word already."""


def _office_after_a_region_number(text: str, pos: int, hi: int) -> Phrase | None:
    """The person read right after an agency's initials and its region's number at `pos` (`_REGION_NUMBER`:
    ninehundredthirtyfourth tribune 2024-09-04, "The flood-control measures are feasible, …, said DPWH 3 Regional
    Director Roseller Tolentino."): the number would end the phrase at the initials, an agency no one speaks for, so
    the regional head after it is read, as "DOH-7 Regional Director X" is; None where no person follows (a body, "DPWH 3
    engineers", "Region 3 officials")."""
    number = _REGION_NUMBER.match(text, pos, hi)
    if number is None:
        return None
    found = phrase_starting_at(text, number.end(), hi)
    return found if found is not None and found.kind in ("name", "description") else None


_MEMO_MIN_LENGTH = 300
"""The length over which a text is a readout's body (or as long as one), whose phrases `_body_memo` keeps: the
shorter texts parsed (a run, a title, a clause) are cached by their own words, or cheap to read again."""
_memo_of_text: tuple = (None, ({}, {}))


def _body_memo(text: str, kind: int) -> dict:
    """The phrases of `text` already read, `kind` 0 those starting at a place (`phrase_starting_at`), 1 those ending
    at one (`_phrase_ending`), keyed by the offsets asked for: kept for one text at a time, the last long one read
    (the body of the readout attributed), so that they never outgrow one readout's. The text and its phrases are
    one tuple, read and replaced whole: a dict returned is always `text`'s own, even with two threads reading."""
    global _memo_of_text
    held = _memo_of_text
    if held[0] is not text:
        held = _memo_of_text = (text, ({}, {}))
    return held[1][kind]


def _office_after_nationality(words: list[str]) -> int:
    """Where the office word comes after "The <nationality>" and up to two lower-case words of a portfolio
    (fourhundredthirtyseventh a7387: "The Indian external affairs minister extended a very warm welcome to the
    President, and congratulated him …"): the office is the phrase's head, so the phrase reads on to it, as "the
    external affairs minister" does; else 1 (read as before: "The Indian side", "The Indian delegation")."""
    for k in (2, 3, 4):
        if k < len(words) and words[k].lower() in ROLE_TOKENS:
            return k if k > 2 or words[2].lower() not in GROUP_HEADS else 1
        if k >= len(words) or not words[k].isalpha() or not words[k].islower() or words[k] in FUNCTION_WORDS:
            return 1
    return 1


_UNFINISHED = object()
_VERB_AFTER_NOUN = frozenset(("has", "have", "had"))
"""A perfect's auxiliary after a determiner's noun ("The republic has …"): the verb, where the phrase ends."""
FORWARD_WINDOW = 90
_OPENING_WORDS = frozenset({"all", "the", *DETERMINERS, *_PRONOUNS, *_GROUP_PRONOUNS, *_THING_PRONOUNS})
"""The first words (lower case) that `_phrase_from` reads a phrase by before its words' steps."""


def _lower_qualifier_before_a_named_office(words: list[str]) -> bool:
    """Whether the phrase opens with one lower-case word that is no office nor article ("agency", "university",
    "ministry"), then an office in lower case and a capitalised name (eighthundredthirtysecond jacksonfreepress AP: "…
    are also on the trip to Uzbekistan, said agency spokeswoman Melissa Scallan."): the qualifier is part of the office,
    read as after "the" ("said the agency spokeswoman X"). Cheap: the first word's case first."""
    return len(words) > 2 and words[0].islower() and words[0].isalpha() and words[0] not in ROLE_TOKENS \
        and words[0] not in FUNCTION_WORDS and words[1].islower() and words[1] in ROLE_TOKENS and words[2][:1].isupper()


def phrase_opening(text: str) -> Phrase | None:
    """`phrase_starting_at(text, 0, len(text))`, for a short text read whole (a run
    of capitalised words): when the text fits the first window, that window is the
    whole text and the last (`limit` is no further), so the phrase is read once,
    finished, from the text's words."""
    if len(text) > FORWARD_WINDOW:
        return phrase_starting_at(text, 0, len(text))
    return _phrase_from(text, 0, _words(text, 0, len(text)), True)


def _country_office_after(words: list[str], first: int) -> bool:
    """Capitalised words from `first`, the last of them (the third at most) a possessive, then an office:
    "South Africa's President", "Brazil's Foreign Minister" (`_phrase_at`'s "to")."""
    for k in range(first, min(first + 3, len(words) - 1)):
        if not _is_cap(words[k]):
            return False
        if words[k].endswith(("'s", "’s")):
            return words[k + 1].lower() in ROLE_TOKENS
    return False


def _words(text: str, lo: int, hi: int) -> list[str]:
    """TOKEN's words in text[lo:hi], read chunk by chunk of the text between spaces:
    no token holds a space, and TOKEN looks past a token at one character only,
    the space after the chunk (or nothing, at the end of the span). Chunks of
    letters only (most phrases: "President Ilona Brenn") are words as they stand;
    the others are read once each (`_chunk_words`). The space after a chunk
    counts only where a chunk ends in a full stop: TOKEN reads "R." before a
    space as an initial, one word, and at the end of the span as "R" and "."."""
    span = text[lo:hi]
    chunks = span.split()
    if not chunks or "".join(chunks).isalpha():  # (every chunk letters only: one test of them all)
        return chunks
    words = list(chain.from_iterable(map(_chunk_words, chunks)))
    if chunks[-1][-1] == "." and chunks[-1][-2:-1].isupper() and not span[-1].isspace():
        # the last chunk ends the span: nothing after it (which changes its words only where it ends
        # in a capital and a full stop, TOKEN's initial before a space: "R." at the end is "R" and ".")
        words[len(words) - len(_chunk_words(chunks[-1])):] = TOKEN.findall(chunks[-1])
    return words


_THINGS_AFTER_ALL_THESE = frozenset({
    "facts", "measures", "steps", "efforts", "actions", "issues", "questions", "problems", "matters", "data",
    "figures", "events", "developments", "decisions", "documents", "projects", "programmes", "programs",
    "initiatives", "proposals", "agreements", "claims", "allegations", "reports", "results", "changes",
    "achievements", "things", "factors", "arguments", "accusations", "attempts", "crimes", "provocations"})
"""Plural nouns of things after "All these"/"All those": a thing the sentence is about, not a group."""
_NOT_AFTER_ALL_AS_A_DETERMINER = frozenset({
    "of", "are", "were", "is", "was", "have", "had", "has", "will", "would", "can", "could", "must", "should",
    "shall", "may", "might", "do", "did", "agree", "say", "said", "but", "in", "at", "on", "over", "around",
    "across", "together", "too", "along", "alike", "three", "two", "four", "five", "those", "these"})
# ("All those present honoured …", "All these people …": read as before, a group)


def _all_before_a_noun(words: Sequence[str]) -> bool:
    """"All" that opens a noun phrase ("All municipal facilities …", "All types of vessels …",
    "All the Governor's requests …"): a determiner of what follows, not the pronoun of a
    group acting ("All agreed …", "All of them …", "All are …")."""
    if len(words) < 2 or words[0] != "All":
        return False  # (a sentence's first word only: "Moreover, all personnel of the Armed Forces …" is
        # read as before, the people that the report goes on about)
    second = words[1]
    if second in ("these", "those") and len(words) > 2 and words[2] in _THINGS_AFTER_ALL_THESE:
        return True  # (hard24: "All these facts have been confirmed by the IAEA.": things spoken of in a report)
    return second.isalpha() and second.islower() and not second.endswith("ed") \
        and second not in _NOT_AFTER_ALL_AS_A_DETERMINER and all(w.islower() for w in words[2:4] if w.isalpha())
    # (a capital soon after, "All the Governor's requests", keeps the old reading: a name there
    # is not to be read as the head of a thing)


@lru_cache(maxsize=65536)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    """TOKEN's words in a chunk of text followed by a space. (Most chunks are one word, or
    one and a comma or a full stop: those are read without the regex, as TOKEN reads them.)"""
    if _one_word(chunk):
        return (chunk,)  # ("Brenn", "2021", "Biden’s", "Secretary-General")
    head, mark = chunk[:-1], chunk[-1]
    if (mark == "," or mark == "." and len(head) > 1 and head not in _ABBREVIATIONS) and _one_word(head):
        return (head, mark)  # ("Brenn,", "said.": not "Mr." nor the initial "R.", one word each)
    return tuple(TOKEN.findall(chunk + " "))


def _one_word(chunk: str) -> bool:
    """Whether TOKEN reads `chunk` as one word of its own: letters and digits, or those with
    hyphens and apostrophes between them (its alternative for a word; with no full stop in the
    chunk, none of the alternatives before that one can match)."""
    return chunk.isalnum() or (chunk[:1].isalnum() and chunk[-1:].isalnum()
                               and chunk.replace("-", "").replace("’", "").replace("'", "").isalnum())


_POSTS_BEFORE_A_NAME = frozenset({"captain", "vice-captain", "skipper"})
"""A team's post in lower case after the team's noun and before a player's name ("Squad captain Marit X", "Club
captain Jakob Y", "Team vice-captain Z"): a title, as "Head coach X" is, no part of the name (`team_roles`)."""


def _post_before_a_players_name(words: Sequence[str], lows: Sequence[str]) -> int:
    """How many words of a team's post open the phrase before a player's name (`_POSTS_BEFORE_A_NAME`): 2 in "Squad
    captain Marit X", "Club captain Jakob Y" (the team's noun, capitalised, then the post in lower case), 1 in
    "Vice-captain Teodor Z"; 0 else ("Captain X", a rank or a ship's master, stays as it was read)."""
    if lows[0] in TEAM_NOUNS and words[1] in _POSTS_BEFORE_A_NAME and _is_cap(words[0]) and _is_cap(words[2]):
        return 2
    return 1 if lows[0] == "vice-captain" and _is_cap(words[0]) and _is_cap(words[1]) else 0


def _phrase_from(text: str, pos: int, words: list[str], finished: bool = False):
    """The phrase that `words`, TOKEN's words from `pos` on, open."""
    if not words:
        return None
    first = words[0].lower()
    i = 0
    if first in _OPENING_WORDS:  # (the tests below each need one of them first: most phrases open with none)
        if first == "all" and len(words) > 1 and words[1].lower() in ("this", "that"):
            # "All this is very important for demographics.": things spoken of, not a group acting
            return _phrase_of(text, pos, words, 1, 2)
        all_of_things = first == "all" and _all_before_a_noun(words)
        if not all_of_things and (first in _PRONOUNS or first in _GROUP_PRONOUNS or first in _THING_PRONOUNS) \
                and not _his_excellency_before_a_name(words) and not _surname_he_or_she_before_a_name(words):
            return _phrase_of(text, pos, words, 0, 1)
        if first == "the" and len(words) > 1 and words[1] in _LATTER_FORMER \
                and (len(words) == 2 or not words[2].isalpha() or words[2] in _AFTER_LATTER or words[2].endswith("ed")):
            return _phrase_of(text, pos, words, 0, 2)  # "The former congratulated the latter", not "the former president"
        if first == "the" and len(words) > 2 and words[1] == "general" and _general_before_a_noun(words, 1):
            return _thing_of(text, pos, words, 0, 1)  # "The general fund increased …" (`_general_before_a_noun`)
        if first == "the" and len(words) > 2 and _AGE_EPITHET.fullmatch(words[1]) is not None and words[2].islower() \
                and (words[2] in _AFTER_LATTER or words[2] in _AFTER_EPITHET or words[2].endswith("ed")):
            return _phrase_of(text, pos, words, 0, 2)  # "The 67-year-old went on record as …": the one just named
        if first == "the" and len(words) > 3 and words[1] in TEAM_NOUNS and words[2] in TEAM_ROLES \
                and words[3].islower() and (words[3] in _AFTER_LATTER or words[3] in _AFTER_EPITHET or words[3].endswith("ed")):
            return _phrase_of(text, pos, words, 0, 3)  # "the squad captain said": the one named with that post
        if first == "the" and len(words) > 2 and (words[1] in _PERSON_BY_KIND or words[1] in TEAM_ROLES or (
                words[1][:1].isupper() and words[1].lower() in _PARTY_MEMBER_NOUNS)) and words[2].islower() \
                and (words[2] in _AFTER_LATTER or words[2] in _AFTER_EPITHET or words[2].endswith("ed")):
            # "The boy shared his impressions …", "The skipper thanked the minister …" (`team_roles`), "the Democrat
            # said …": the one just named
            return _phrase_of(text, pos, words, 0, 2)
        if first in DETERMINERS or all_of_things:
            i = 1
            if first == "the" and len(words) > 3 and words[1][:1].isupper() and words[2].islower() \
                    and (words[1].lower() in NATIONALITIES or _unknown_nations_adjective(words[1].lower())):
                i = _office_after_nationality(words)
            elif first == "the" and _lower_owner_before_an_office(words):
                i = 2  # "…”, said the region’s Governor." (`_lower_owner_before_an_office`)
            while i < len(words) and words[i].islower() and words[i].lower() not in ROLE_TOKENS \
                    and words[i].lower() not in GROUP_HEADS and (words[i].isalpha() or _hyphened_adjective_before_an_office(words, i)) \
                    and i < 4:
                if words[i] == "that" and i > 1:
                    # "The fact that General Motors is entering …": a noun and the that-clause it opens,
                    # whose subject is not the phrase's (the phrase is "The fact", a thing)
                    return _phrase_of(text, pos, words, 0, i)
                if i > 1 and words[i] in _VERB_AFTER_NOUN:
                    # (three-hundred-thirty-fifth kremlin_68491: "The republic has implemented the President's
                    # instruction …": the noun's verb ends the phrase, a thing; the office after it is an object)
                    return _phrase_of(text, pos, words, 0, i)
                i += 1
    elif _lower_qualifier_before_a_named_office(words):
        i = 1  # ("…, said agency spokeswoman Melissa Scallan.": `_lower_qualifier_before_a_named_office`)
    n = len(words)
    # (the words' steps read lazily, up to the word the phrase ends at: most words carry on, one test of them)
    for i, step in enumerate(map(_forward_step, islice(words, i, None) if i else words), i):
        if step:
            if step == _FIRST:
                if _adverb_first(words, i):
                    break
                continue  # (an office's rank, "the first deputy minister", carries on as before)
            if step == _COMMA:
                if i + 1 < n and words[i + 1] in _SUFFIXES:  # "Joseph R. Biden, Jr."
                    continue  # (the suffix after it carries on: its step is 0, as each of _SUFFIXES's is)
                break
            if step == _TO_OR_FOR:
                word = words[i]
                if i + 1 < n and words[i + 1].lower() in _PERSONAL_HONORIFICS:
                    break  # "the Russian President to Mr Karimov": another person, not the office's
                if i + 1 < n and words[i + 1] == "County" and word == "to":
                    # (two-hundred-seventy-sixth ireland_dfa_2017-07-03_ni_talks: "After accompanying the Finnish
                    # Foreign Minister to County Monaghan this morning, …"): where he was taken, no office's words
                    break
                if i + 1 < n and i > 0 and _is_cap(words[i + 1]) and words[i + 1].lower() in ROLE_TOKENS \
                        and word == "to" and _is_cap(words[i - 1]) and words[i - 1].lower() not in ROLE_TOKENS \
                        and any(w.lower() in ROLE_TOKENS for w in words[:i - 1]):
                    # "conveyed by Prime Minister Vardhan to PM Doran" (hard20): a name ends the office's holder,
                    # the office after "to" opens another person (not "Adviser to President X", no name before; not
                    # "presented the Order of Friendship to President X", no office before)
                    break
                if i + 3 < n and words[i + 1] == "the" and words[i + 3].islower() \
                        and words[i + 2].endswith(_NATIONALITY_ENDINGS) and words[i + 2][0].isupper():
                    break  # "by the Acting President to the Drevnian people": a people addressed, no office's
                if word == "to" and i + 2 < n and _is_cap(words[i + 1]) and _country_office_after(words, i + 1):
                    # (three-hundred-sixty-fourth whitehouse 2009-01-27 Motlanthe: "the President's Call to South
                    # Africa's President Motlanthe"): a country's possessive and its office after "to" open another
                    # person, the one called (not "Adviser to President X", "Ambassador to South Africa")
                    break
            else:
                if step == _TAKE_AND_STOP:
                    i += 1
                elif i and words[i][1:] == "adies" and words[i - 1].lower() == "first":
                    # (two-hundred-forty-ninth 72697: "During the current visit, the First Ladies took part
                    # in …": "ladies", a salutation's word no name holds, ends the plural office, a group)
                    i += 1
                elif words[i] in WORD_SURNAMES and surname_after_a_first_name(words[i - 1] if i else "", words[i]) \
                        and not (words[i] == "Nor" and _nor_of_neither(text, pos, words, i)):
                    continue  # "Theresa May" (`WORD_SURNAMES`)
                elif words[i] in GIVEN_NAME_MODALS and given_name_modal(words, i):
                    continue  # "Will Ostermeyer" (`GIVEN_NAME_MODALS`)
                elif words[i] in SURNAME_PRONOUNS and i and _surname_pronoun_in_a_name(words, i):
                    continue  # "Vice Governor You Quan", "Mr You" (`SURNAME_PRONOUNS`)
                elif words[i] in SURNAME_PREPOSITIONS and i and _surname_preposition_in_a_name(words, i):
                    continue  # "President To Lam", "Deputy Minister To Anh Dung" (`SURNAME_PREPOSITIONS`)
                elif words[i] == "An" and i + 1 < n and SURNAME_ARTICLE.match(f"An {words[i + 1]}"):
                    continue  # "An Kwang-il" (`SURNAME_ARTICLE`)
                elif words[i] in _BODIES_OF_MEMBERS and i + 1 < n and words[i + 1] == "member":
                    continue  # "Advisory board member Dr. X presented …" (`_BODIES_OF_MEMBERS`)
                elif i and words[i].lower() in _MONTH_SURNAMES and _surname_after_an_office(words, i):
                    continue  # "Prime Minister May", "PRIME MINISTER MAY:" (`_surname_after_an_office`)
                elif words[i] == "our" and _head_of_the_state_at(words, i - 2):
                    continue  # "the head of our state expressed …": the head of state (`_head_of_the_state_at`)
                elif i + 1 < n and _adjective_inside_a_body(words, i):
                    continue  # "The head of the hemispheric Organization noted …" (`_adjective_inside_a_body`)
                elif words[i] == "parliament" and i + 1 < n and _is_cap(words[i + 1]) \
                        and _legislature_closing_an_office(words, i):
                    continue  # "the Speaker of parliament X" (`_legislature_closing_an_office`)
                elif words[i] == "A" and i and words[i - 1] == "of" and i + 1 < n and _np_token(words[i + 1]):
                    # (two-hundred-thirty-sixth 60768: "The leader of A Just Russia also spoke …": a capital
                    # "A" after "of", before a capitalised word, opens a body's name, no article)
                    continue
                break
    else:
        i = n  # (every word from i on carries on)
    if i >= n - 1 and not finished:
        return _UNFINISHED
    # (words of five letters or more at both ends, "President … Biden", are not trimmed:
    # `_trimmed` keeps them on their length alone)
    lo, hi = (0, i) if i and len(words[0]) > 4 and len(words[i - 1]) > 4 else _trimmed(words, i)
    if lo == hi:
        return None
    if words[hi - 1] == "general" and hi < n and _general_before_a_noun(words, hi - 1) \
            and not any(w.lower() in ROLE_TOKENS for w in islice(words, lo, hi - 1)):
        # "Revenues of the general fund …" (`_general_before_a_noun`); not "the head of the general staff", whose head
        return _thing_of(text, pos, words, lo, hi - 1)
    return _phrase_of(text, pos, words, lo, hi)


_NOT_A_NOUN_AFTER_GENERAL = frozenset({"will", "would", "can", "could", "may", "might", "must", "should", "shall", "did",
                                       "does", "of", "and", "who", "whose", "himself", "herself", "to", "at", "on",
                                       "with", "from", "as", "by"}) | _AFTER_LATTER


def _adjective_inside_a_body(words: Sequence[str], k: int) -> bool:
    """A lower-case adjective at words[k] between "of the" and the capitalised word that makes a body one ("the head
    of the hemispheric Organization", "the head of the regional Agency"): the body's, so the office reads on to it
    (the word after it is read first: most lower-case words in a phrase stand before no body)."""
    after = words[k + 1]
    return after[:1].isupper() and after.lower() in NON_PERSON_WORDS and k > 1 and words[k - 1] == "the" \
        and words[k - 2] == "of" and _lower_case_adjective(words[k])


def _body_adjective_at(words: Sequence[str], labels: list[str], k: int) -> bool:
    """Whether words[k] is a body's lower-case adjective inside an office (`_adjective_inside_a_body`), labelled as
    the body's ("O"): no word of the office's name ("the head of the hemispheric Organization": "head of
    organization")."""
    return labels[k] == "O" and words[k].islower() and k + 1 < len(words) and _adjective_inside_a_body(words, k)


def _body_adjective_in(words: Sequence[str], labels: list[str], lo: int, hi: int) -> bool:
    """Whether an office's words[lo:hi] hold a body's lower-case adjective (`_body_adjective_at`)."""
    return any(_body_adjective_at(words, labels, k) for k in range(lo, hi))


def _general_before_a_noun(words: list[str], k: int) -> bool:
    """A lower-case "general" at words[k] that is an adjective before its noun (three-hundred-forty-third
    ukraine_president 72529: "Revenues of the general fund of the state budget for 2021 increased …" in the
    Prime Minister's report; "the general public", "the general situation"): a thing, no military general;
    not "the general said", "the general will visit", "the general of the army", "the general director"."""
    if k + 1 >= len(words):
        return False
    after = words[k + 1]
    return after.isalpha() and after.islower() and after not in ROLE_TOKENS and after not in _NOT_A_NOUN_AFTER_GENERAL \
        and after not in _VERB_FORMS and not after.endswith("ed")


def _thing_of(text: str, pos: int, words: list[str], lo: int, k: int) -> Phrase:
    """words[lo:k + 2], "general" at words[k] and its noun after it, as a thing (`_general_before_a_noun`)."""
    start, end = _words_span(text, pos, words, lo, k + 1)
    return Phrase("thing", start, end, text[start:end], (), "", None, None, False)


def _phrase_of(text: str, pos: int, words: list[str], lo: int, hi: int) -> Phrase:
    """`classify` for words[lo:hi], of TOKEN's words from `pos` on."""
    m = _meaning_of(tuple(words[lo:hi]) if lo or hi < len(words) else tuple(words))
    lead, tail = m.lead, m.tail  # (the phrase's first and last word: lead, last - tail, each within 0..last)
    if lead or tail:
        last = hi - lo - 1
        first, final = lo + (lead if lead < last else last), lo + (last - tail if tail < last else 0)
    else:
        first, final = lo, hi - 1  # (as the line above reads it with both 0)
    joined = " ".join(words[:final + 1] if final + 1 < len(words) else words)
    if text.startswith(joined, pos):
        # one space between words (as a rule): each is where the words before it end
        return _phrase(text, m, pos + len(" ".join(words[:first])) + 1 if first else pos, pos + len(joined))
    return _phrase(text, m, *_words_span(text, pos, words, first, final))


def _words_span(text: str, pos: int, words: list[str], first: int, last: int) -> tuple[int, int]:
    """Where words[first] starts and words[last] ends, TOKEN's words read from `pos`:
    each is the next place its word is found, as nothing but spaces and
    underscores lies between two of them, and no word starts with either. (For
    words that are not one space apart: `_phrase_of` reads the common case.)"""
    start = pos
    for k in range(last + 1):
        pos = text.find(words[k], pos)
        if k == first:
            start = pos
        pos += len(words[k])
    return start, pos


_TAKE_AND_STOP, _STOP, _COMMA, _TO_OR_FOR, _FIRST = 1, 2, 3, 4, 5
WORD_SURNAMES = frozenset({"May", "Will", "So", "Among", "Nor"})
"""Surnames that are also words no noun phrase of a person holds (a month, a modal, a conjunction): a name's last
word only right after a capitalised first name (two-hundred-seventy-eighth eu_council_2016-10-21: "British Prime
Minister Theresa May provided a short update on Brexit" was read as "Theresa", then the month; "In May",
"Ministers may" stay words; fivehundredtwentyninth hksar 2017-05-20: "Secretary for Commerce & Economic Development
Gregory So attended …", "Mr So said Hong Kong strongly supports …": the Cantonese surname, not the sentence-opening
"So" of `lexicon.FUNCTION_WORDS`, read only after a first name or "Mr", "Mrs", "Ms", "Dr"). Surnames that are other
common words (Grant, Rice, Brown) are capitalised words a name holds anyway."""


GIVEN_NAME_MODALS = frozenset({"Will"})
"""Given names that are also modals (hard77: "the Ambassador of Velmorra, Will Ostermeyer, at his office", then "Will
Ostermeyer, who took up his post …, said …"; "Ambassador of Tervolia to the country, Will Hansevik."): a name's first
word only right before a capitalised word that is a surname (`given_name_modal`); elsewhere the modal ("Will the
talks resume?"), or a surname after a first name (`WORD_SURNAMES`)."""


def given_name_modal(words: Sequence[str], i: int) -> bool:
    """Whether the word of `GIVEN_NAME_MODALS` at `i` of `words` opens a name: the next word is capitalised, all
    letters, and no function word, office word or nation (not "Will Russia …", "Will Minister …"), and the word after
    it, if any, is not capitalised (not a headline's "Talks Will Resume Soon")."""
    if words[i] not in GIVEN_NAME_MODALS or i + 1 >= len(words):
        return False
    surname = words[i + 1].rstrip(".,")  # (a run of capitals keeps the mark that ends it: "Will Hansevik.")
    low = surname.lower()
    if not (surname[:1].isupper() and surname.isalpha() and surname[1:].islower()) or low in FUNCTION_WORDS \
            or low in ROLE_TOKENS or low in NATIONALITIES or surname in _KNOWN_COUNTRIES or low in NON_PERSON_WORDS:
        return False  # (hundredthirtysixth 73625: "Will Europe be able to …?", a question)
    if i + 2 >= len(words):
        return True
    after = words[i + 2]
    if after.isalpha() and after.islower():  # a verb after the name is in a tense ("said", "thanked", "notes"), a
        # question's verb after the modal's subject is bare ("Will Tarsavia join …?")
        return after.endswith(("ed", "s")) or after in _AFTER_A_GIVEN_NAME_MODAL
    return not after[:1].isupper()


_AFTER_A_GIVEN_NAME_MODAL = frozenset({"said", "told", "met", "spoke", "who", "also", "later", "then", "had", "led"})


SURNAME_PRONOUNS = frozenset({"You", "He"})
"""Chinese surnames that are also English pronouns (hard65, after fivehundredseventyninth fjportal's "Vice Governor
You Quan … said You."): a name's word only right after an office's capitalised word and before a capitalised given
name ("Vice Governor You Quan", "Director You Minhe"), or right after "Mr", "Ms", "Dr" ("Mr You"), or capitalised alone
after a lower-case word ("said He.", `_surname_pronoun_alone`); elsewhere the pronoun ("Thank you, Mr President. You
…": a full stop between)."""


def _surname_pronoun_alone(text: str, pos: int, hi: int) -> Phrase | None:
    """A word of `SURNAME_PRONOUNS` at `pos`, capitalised right after a lower-case word and standing alone (no
    capitalised word after it), as an inverted tag ends a quotation or a reported sentence (hard65: "“The door is open,”
    said He.", "…, which has brought good results to both, said You."; fivehundredseventyninth fjportal): the pronoun
    takes no capital there, so the word is a surname, read as a name of that one word, which names only one the readout
    has named (a lone word creates no one: `NameRegistry._resolve`); None for any other word, or the pronoun."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].islower():
        return None  # (a sentence's or a quotation's first word, or after a capitalised word: read as ever)
    for word in SURNAME_PRONOUNS:
        end = pos + len(word)
        if end <= hi and text.startswith(word, pos) and (end == len(text) or not text[end].isalnum()) \
                and not (text.startswith(" ", end) and text[end + 1:end + 2].isupper()):
            return Phrase("name", pos, end, word, name=(word,))
    return None


_SURNAME_PRONOUN_INITIALS = frozenset(word[0] for word in SURNAME_PRONOUNS)


def _surname_article_alone(text: str, pos: int) -> Phrase | None:
    """The capital "An" at `pos` right after a lower-case word and before one, a verb (sixhundredthirtyseventh, Yonhap:
    "Park said that …, and An replied that conditions should be created"): the article takes no capital inside a
    sentence, so the word is the surname An of `SURNAME_ARTICLE`, a name of one word that names only one the readout
    has named (a lone word creates no one); None elsewhere ("An agreement", a title-case "Signs An Agreement")."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].islower() or text[pos + 2:pos + 3] != " " \
            or not text[pos + 3:pos + 4].islower():
        return None
    return Phrase("name", pos, pos + 2, "An", name=("An",))


def _surname_pronoun_in_a_name(words: list[str], i: int) -> bool:
    """Whether words[i], one of `SURNAME_PRONOUNS` (i > 0), is a surname by the words around it (see there)."""
    before = words[i - 1]
    if before.rstrip(".") in _COURTESY_TITLES:
        return True
    return _is_cap(before) and before.lower() in ROLE_TOKENS and i + 1 < len(words) and _is_cap(words[i + 1]) \
        and words[i + 1].lower() not in FUNCTION_WORDS and words[i + 1].lower() not in ROLE_TOKENS


SURNAME_PREPOSITIONS = frozenset({"To"})
"""Vietnamese surnames that are also English prepositions (sixhundredtwentythird, VNA: "Vietnam always considers Russia
one of the top priority partners …, President To Lam told Russian Ambassador …", the surname Tô written without its
mark): a name's word only where `_surname_pronoun_in_a_name` reads a surname and a given name's word follows, no
nation's name, article or body's word, so a title-case headline's "Ambassador To Vietnam", "Adviser To The President"
stay an office and where or whom it serves."""


SURNAME_ARTICLE = re.compile(r"An (?-i:[A-Z][a-z]+-[a-z]+)\b")
"""The Korean surname An (안) before a hyphened given name (sixhundredthirtyseventh, Yonhap: "Park greeted An Kwang-il,
the North's ambassador to Indonesia"): a name's first word, not the article, which no hyphened capitalised word follows
("An Ostmarkian delegation", "An Agreement" stay the article and what it opens)."""


_SURNAME_A = re.compile(r"A (?-i:[A-Z][a-z]{1,11})(?=, )")
"""The Chinese surname A (阿) and a given name of one word before a comma (`surname_a_before_an_office`)."""


def surname_a_before_an_office(text: str, pos: int) -> Phrase | None:
    """The name at `pos` that the surname A opens, its office set off by a comma after it (sixhundredseventysixth,
    China Daily: "Sanya aims to become …, said A Dong, mayor of the city on the sidelines of …"): a capital "A" after a
    lower-case word, one capitalised word, then a comma and an office word among the next three ("mayor of the city",
    "the Vice Mayor of …"); the article takes no capital inside a sentence, and none ends its noun phrase with one word
    set off by an office. None elsewhere ("A Varno delegation, led by …" opening a sentence, "signed with A Team, a
    logistics firm": no office word after the comma)."""
    if pos < 2 or text[pos - 1] != " " or not text[pos - 2].islower():
        return None
    found = _SURNAME_A.match(text, pos)
    if found is None:
        return None
    end = found.end()
    if not any(word.strip(",.;").lower() in ROLE_TOKENS for word in text[end + 2:end + 60].split(None, 3)[:3]):
        return None
    return Phrase("name", pos, end, text[pos:end], name=("A", text[pos + 2:end]))


_INITIAL_A_LISTED = re.compile(r"A (?-i:[A-Z][a-z]{2,})(?=(?:, | and )(?-i:[A-Z]))")
"""The initial "A" and one surname, a comma or "and" and a capital after them (`initial_a_in_a_list_of_names`)."""


def initial_a_in_a_list_of_names(text: str, pos: int) -> Phrase | None:
    """The name at `pos` that the initial "A" opens inside a list of names (eighthundredfourth newsdrum 2026-02-14: "The
    CM was accompanied by his ministerial colleagues K Lakshminarayanan, A Namassivayam and P R N Tirumurugan, …",
    then "Namassivayam opined that …"): a capital "A" after a capitalised word and ", " or " and " (the list's name
    before it), one capitalised surname, then ", " or " and " and a capital (the next name). The article takes no
    capital inside a sentence, and a list of names holds no article's noun phrase. None elsewhere ("A Varno delegation"
    opening a sentence, "signed with A Team, a logistics firm": no name listed before; "France, A Coruña and Spain":
    no plain surname), nor for a word the tables know as an office's, a nation's or a function word."""
    if pos < 4:
        return None
    if text[pos - 2:pos] == ", ":
        before = pos - 2
    elif text[pos - 5:pos] == " and ":
        before = pos - 5
    else:
        return None
    if not text[before - 1:before].isalpha() or not text[text.rfind(" ", 0, before) + 1:before][:1].isupper():
        return None
    found = _INITIAL_A_LISTED.match(text, pos)
    if found is None:
        return None
    low = text[pos + 2:found.end()].lower()
    if low in FUNCTION_WORDS or low in ROLE_TOKENS or low in NATIONALITIES or low in NON_PERSON_WORDS:
        return None
    return Phrase("name", pos, found.end(), text[pos:found.end()], name=("A", text[pos + 2:found.end()]))


_LOWER_WORD_AFTER = re.compile(r" +([a-z][a-z-]*)")
"""The lower-case word right after a word (`_surname_preposition_alone`'s verb)."""


def _surname_preposition_alone(text: str, lo: int, pos: int, end: int) -> Phrase | None:
    """The surname "Among" of `PREPOSITION_SURNAMES` at `pos`, alone as a clause's subject: after a lower-case word and
    before a stop or a comma ("“…,” said Among."), or at the clause's start or after a lower-case word, with a verb (a word of `SPEECH_VERBS`, a past in -ed) or an adverb of
    `SUBJECT_VERB_FILLERS` right after it (sixhundredfortyfifth: "Among urged the Ugandan MPs …", "Among also
    reaffirmed …", "Among on the other hand thanked …"), where the preposition, which a noun phrase follows ("Among
    other things", "Among those present"), never stands; a name of one word that names only one the readout has named
    (a lone word creates no one); None elsewhere."""
    after_lower = pos >= 2 and text[pos - 1] == " " and text[pos - 2].islower()
    if after_lower and text[end:end + 1] in (".", ",", ";", ""):
        return Phrase("name", pos, end, "Among", name=("Among",))  # ("“…,” said Among.": an inverted tag's subject)
    if pos > lo and not (text[pos - 1] == " " and text[lo:pos].strip() == "" or after_lower):
        return None
    after = _LOWER_WORD_AFTER.match(text, end, end + 40)
    if after is None:
        return None
    verb = after.group(1)
    if verb in SPEECH_VERBS or verb in SUBJECT_VERB_FILLERS or verb == "on" or verb.endswith("ed") and len(verb) > 4:
        return Phrase("name", pos, end, "Among", name=("Among",))
    return None


def _surname_preposition_in_a_name(words: list[str], i: int) -> bool:
    """Whether words[i], one of `SURNAME_PREPOSITIONS` (i > 0), is a surname by the words around it (see there)."""
    return i + 1 < len(words) and _surname_pronoun_in_a_name(words, i) and words[i + 1].lower() not in _NATION_WORDS \
        and _later_label(words[i + 1]) == "P"


def _surname_after_an_office(words: list[str], i: int) -> bool:
    """(three-hundred-fifty-ninth whitehouse_trump_2017-09-20_trump_may_remarks: "PRIME MINISTER MAY: Well, thank you
    very much, Mr. President.") A month's name that is also a surname (`_MONTH_SURNAMES`), capitalised as the office
    before it is, right after an office's last word and ending the words ("Prime Minister May said …"): the
    holder's surname. Not "the Prime Minister in May" (no office just before), nor "President May 5" (a date),
    nor "President May Visit …" (a title's capitalised words go on)."""
    before, word = words[i - 1], words[i]
    if before.lower() not in ROLE_WORD_SET or not (word.isupper() == before.isupper() and _is_cap(word)):
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return not after[:1].isdigit() and not _is_cap(after)


def surname_after_a_first_name(before: str, surname: str) -> bool:
    """Whether the word before one of `WORD_SURNAMES` is a capitalised common first name ("Theresa") or a
    courtesy title (three-hundred-twenty-seventh uk_pm_2017-09-05_trump: "Mrs May said Britain would work
    …": no month or modal follows "Mrs", "Mr", "Ms" or "Dr"); before a surname of `PREPOSITION_SURNAMES`, any
    capitalised word no function word is (see there)."""
    if surname in PREPOSITION_SURNAMES:
        return _is_cap(before) and before.lower() not in FUNCTION_WORDS
    return _is_cap(before) and (_is_first_name(before.lower()) or before.rstrip(".") in _COURTESY_TITLES)


def _nor_of_neither(text: str, pos: int, words: Sequence[str], i: int) -> bool:
    """Whether the "Nor" at `words[i]` is the conjunction of a title-case "Neither … Nor …" (hr64: "Neither Governor X
    Nor Minister Y attended"), not a name's last word: "Neither" before it in the phrase or right before the phrase
    (at `pos`), or an office's word right after it."""
    return "Neither" in words[:i] or text[max(0, pos - 9):pos].rstrip().endswith("Neither") \
        or i + 1 < len(words) and words[i + 1].lower() in ROLE_TOKENS


PREPOSITION_SURNAMES = frozenset({"Among", "Nor"})
"""Surnames of `WORD_SURNAMES` that are prepositions only capitalised at a sentence's start (sixhundredfortyfifth,
Uganda's Speaker: "Speaker of Parliament, Anita Among and her Deputy …", "Deputy Speaker Among welcomed …", "Hon
Among added that …"): a name's last word right after any capitalised word no function word is (an uncommon given
name, an office, "Hon"), where the preposition never stands inside a sentence. "Nor" too, a conjunction only
capitalised where it opens a sentence ("Nor will …"), a Malay name's word inside one (ninehundredtwentyninth
malaymail: "…, said Mentri Besar Muhammad Sanusi Md Nor." was read as no one's, the name cut before "Nor")."""


_NEWNESS_WORDS = frozenset({"new", "newly"})
"""A capitalised "New" that opens a headline's office (fourhundredseventyninth cfsm 2022-01-24: "New Japan Ambassador
visits Vice Speaker Moses"; "New Chinese Ambassador …"): the holder newly in office, read as "Outgoing" is, not a
surname "New" that took the ambassador's words; only right before a nation or an office (`_meaning_of`), so "New
Zealand", a nation already, stays one."""
_COURTESY_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr"})
_COURTESY_TITLES_BEFORE = tuple(title + dot + " " for title in sorted(_COURTESY_TITLES) for dot in ("", "."))
"""A courtesy title (`_COURTESY_TITLES`), dotted or not, and its space right before "He" (the Chinese surname: "Vice
Premier He X … Mr He added …"), which the pronoun never follows."""
_OFFICE_MODIFIERS = frozenset({"acting", "interim", "former", "outgoing", "incoming"})
_PERSONAL_HONORIFICS = HONORIFICS - _OFFICE_MODIFIERS
_SURNAME_PARTICLES_CAPITALISED = frozenset({"Del", "Della", "De", "Di", "Da", "Van", "Von", "Dos", "Das", "Du"})
"""A surname's particle written with a capital after a name's word or an office (sevenhundredsixteenth skupstina:
"Ambassador Del Monaco"): a state's name after it is the rest of the surname, no country of the phrase."""
_NEWLY_IN_OFFICE = frozenset({"newly-appointed", "newly-elected", "newly-accredited"})
"""The hyphened words of an office newly taken ("and newly-appointed Ambassador of Y Ms Z"), read after "and" as an
office's modifier (`_OFFICE_MODIFIERS`) is."""
_MODIFIERS_AFTER_AND = _OFFICE_MODIFIERS | _NEWLY_IN_OFFICE
"""What opens the second of two people after "and" with no article ("and former Prime Minister", "and newly-appointed
Ambassador of Y")."""


def _modifier_names_a_body(words: Sequence[str], labels: Sequence[str], k: int) -> bool:
    """Whether the office's modifier at `k` ("Interim") stands where a body's name goes on, not before a holder's name:
    after a determiner or a nation's word ("the Interim Government", "Kyrgyzstan’s Interim Government"), or after a
    place's word the tables do not know that "the" or "of" opens or a possessive ends (hard86: "the Head of the Harrowmark
    Interim Administration, Mr. X,"; eighthundredseventyfifth martinplaut: "the head of Tigray’s Interim Authority"):
    the body's word after it had been read as a surname, a ghost "Administration" holding the office."""
    before = labels[k - 1]
    if before in ("D", "N"):
        return True
    return before == "P" and (k >= 2 and (labels[k - 2] == "D" or words[k - 2] == "of")
                              or words[k - 1].endswith(("’s", "'s")))


def _adverb_first(words: list[str], i: int) -> bool:
    """Whether a lower-case "first" at `i` is an adverb of time between a name and its past verb, not an office's
    rank (sevenhundredtwentysecond shaanxigov: "Zhuang first extended his welcome on behalf of …, and introduced …",
    as "Zhuang then extended …"): after a capitalised word no office is, before a lower-case word in "-ed" no office
    is; "the first deputy minister", "Minister's first visit" carry on as before."""
    if i == 0 or i + 1 >= len(words) or not _is_cap(words[i - 1]) or words[i - 1].lower() in ROLE_TOKENS:
        return False
    after = words[i + 1]
    return after.islower() and after.isalpha() and after.endswith("ed") and after not in ROLE_TOKENS


@lru_cache(maxsize=65536)
def _forward_step(word: str) -> int:
    """How `_phrase_from` goes on at a word: 0 carries on, _TAKE_AND_STOP
    ends the phrase with a group's head ("the two leaders"), _STOP ends it before
    a word no noun phrase of a person holds; at a comma (_COMMA), "to" or "for"
    (_TO_OR_FOR) or a lower-case "first" (_FIRST, `_adverb_first`) the next word decides."""
    if word == ",":
        return _COMMA
    if word == "to" or word == "for":
        return _TO_OR_FOR
    if word == "first":
        return _FIRST
    if word.islower() and word.lower() in GROUP_HEADS:
        return _TAKE_AND_STOP
    return 0 if _np_token(word) else _STOP


_MONARCHS = frozenset({"prince", "princess", "emir", "amir", "king", "queen", "sultan", "monarch", "emperor",
                       "ruler", "oba", "etsu"})  # (a Gulf emirate's "Ruler of Jazirat Tamra": its Sheikh)
"""Offices that rule a realm ("Crown Prince of Ras Halim", "Emir of Qasr Zahra"): the words after "of" a place."""
_GIVEN_NAME_OFFICES = frozenset({"sultan", "amir"})
"""Offices that are Arabic first names too ("Sheikh Sultan bin X", "Prince Sultan bin Y")."""
_FAMILY_NAME_STYLES = frozenset({"sheikh", "shaikh"})
"""Styles that are a family's name after a capital "Al" ("Saudi Shura Council Speaker Abdullah Al Sheikh … Al Sheikh
echoed these sentiments": the Al ash-Sheikh family's name, as "Al-Sheikh" is, not a style with no name after it)."""


def _family_name_after_al(lows: list[str], words: list[str], labels: list[str], k: int) -> bool:
    """Whether the style word at `k` closes a family name opened by a capital "Al" ("Abdullah Al Sheikh"): the "Al"
    read as a name's word, the style capitalised, and no capitalised word after it that it could style."""
    return k > 0 and words[k - 1] == "Al" and labels[k - 1] == "P" and _is_cap(words[k]) \
        and not (k + 1 < len(words) and _is_cap(words[k + 1]))


SURNAME_OFFICES = frozenset({"bishop", "judge", "marshal", "chancellor", "mufti", "king", "imam", "mayor", "oba", "boss",
                             "engineer"})
"""Office words that are also surnames: one right after a common first name is the surname (three-hundred-thirteenth
japan_mofa press1e_000033: "the Hon. Julie Bishop MP, Minister for Foreign Affairs of Australia … Minister Bishop
mentioned that …"; "Minister Bishop" then her office and surname, `people.People._office_and_surname`; so "Mufti",
fivehundredeightyfirst, the Ethiopian News Agency: "Foreign Affairs Spokesperson Ambassador Dina Mufti told journalists
that …", whose told report had no speaker); "Imam" and "Mayor" too (hard83: "Senator Harun Imam", "Chief Medical
Officer (CMO) Korran Dr. Sadia Mayor")."""
_PERSONAL_STYLES_BEFORE_A_SURNAME = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."})
"""The personal styles before a surname alone ("Mr Imam said …", "Mrs. Bishop thanked …", "Dr Mayor said …"): an office
word of `SURNAME_OFFICES` right after one is the surname, for no one puts "Mr" before a bishop's or an imam's office;
but "Mr Mayor" and "Mr Chancellor" are forms of address to the holder (`_surname_after_a_personal_style`)."""
_OFFICES_ADDRESSED_AS_MR = frozenset({"mayor", "chancellor"})
_STYLES_BEFORE_A_GIVEN_NAME = frozenset({"sheikh", "shaikh", "sheikha", "prince", "princess"})
_STYLES_BETWEEN_AN_OFFICE_AND_ITS_HOLDER = _STYLES_BEFORE_A_GIVEN_NAME | {"senator"}
"""Words that, right before a name and after an office's own words, are the holder's style, no word of the office
("Emir of Y Sheikh Z"; fivehundredsixtysixth findivpk: "Finance Minister Senator X called …", Pakistan's style of a
member of its Senate who holds a ministry: the minister, whom "the minister" after it names)."""


_RANKS_AFTER_AN_OFFICE = frozenset({"general", "admiral"})
"""A military rank right before the name, after a commanding office's word (`_OFFICES_BEFORE_A_RANK`): the holder's
rank, no word of the office ("Joint Chiefs of Staff Chairman General Haldor X said …", Pakistani and South Asian press:
"Chairman Joint Chiefs of Staff Committee General X"; then "The Chairman thanked …" is he); not where the two words make
one office or one rank ("Secretary General X", "Prosecutor General X", "Vice Admiral X": read as before)."""
_OFFICES_BEFORE_A_RANK = frozenset({"chairman", "chief", "commander", "commandant"})
"""The offices whose holder's rank may follow them before his name (`_RANKS_AFTER_AN_OFFICE`)."""


def _given_name_after_a_personal_style(lows: Sequence[str], words: Sequence[str], k: int) -> bool:
    """Whether a ruler's word (`_MONARCHS`) right after a personal style ("Mr", "Ms.", "Dr") and before a capitalised
    word that is no office and no "of" is a first name (fx68: "the Zandian Ambassador, Ms. Etsu Morita, …", a Japanese
    given name that is also a Nigerian ruler's title): no one puts "Ms." before a ruler's office, so the words after
    the style are her name, and "Etsu" is not read as the office of a "Morita"."""
    return 0 < k < len(lows) - 1 and lows[k - 1] in _PERSONAL_STYLES_BEFORE_A_SURNAME and _is_cap(words[k + 1]) \
        and lows[k + 1] not in _ROLE_BY_FIRST and lows[k + 1] not in ("of", "the")


_RULERS_BORNE_AS_NAMES = frozenset({"raja"})
"""A ruler's office that Malay names bear as their own words, as a royal house's hereditary title ("Raja Zuraidah Raja
Kamaruzin", her name and her father's): the office only with an article or a possessive before it or "of" after it
("The Raja of Semburan, Tuanku X, …", "the Raja said …"), as "Sultan" is a name after "Sheikh"."""
DETERMINERS_BEFORE_AN_OFFICE = frozenset({"the", "a", "an", "his", "her", "their", "its", "our"})
"""The words that may stand before an office's word and make it the office, an article or a possessive, never a rank
or another word of the office: a ruler's word borne as a name (`_ruler_word_opens_a_name`), a one-word office of a
place's noun (`name_offices.office_of_the_place_noun_before`)."""
_NO_NAME_AFTER_A_RULER = frozenset({"of", "the", "tuanku", "tunku", "tengku"})
"""The words after a ruler's word that make it the office: its "of", an article, or a Malay royal style that opens
the ruler's own name (rf24: "Tembaru Raja Tuanku X said …", the office before its holder's styled name, so a later
"the Raja" is his; "Tuanku" is no name's second word after "Raja")."""


def _ruler_word_opens_a_name(lows: Sequence[str], words: Sequence[str], k: int) -> bool:
    """Whether a ruler's word borne as a name (`_RULERS_BORNE_AS_NAMES`) at `k` is a name's word: no article nor
    possessive before it, and a capitalised word after it that is no office nor `_NO_NAME_AFTER_A_RULER` (hard95: "Raja
    Zuraidah Raja Kamaruzin, the state executive councillor …, said …" beside "The Raja of Semburan … The Raja said
    …": the ruler). So too last in its run, alone or after a capitalised word that is no office: a surname after a
    given name, an initial or a personal style (rf24: "Minister Karthik Raja said …", "Senator D. Raja said …", "Mr.
    Raja", a bare "Raja said …": the South Indian surname, no ruler's office cut off the name or its short form), but
    not after an article that opens the run with no office nor initial between ("The Tembaru Raja said …": the
    ruler; "The Hon. D. Raja": the name)."""
    if k and lows[k - 1] in DETERMINERS_BEFORE_AN_OFFICE:
        return False
    if k + 1 >= len(lows):
        return k == 0 or _is_cap(words[k - 1]) and lows[k - 1] not in _ROLE_BY_FIRST \
            and (lows[0] not in DETERMINERS_BEFORE_AN_OFFICE or words[k - 1][-1] == "."
                 or any(w in _ROLE_BY_FIRST for w in lows[1:k]))
    return _is_cap(words[k + 1]) and lows[k + 1] not in _ROLE_BY_FIRST and lows[k + 1] not in _NO_NAME_AFTER_A_RULER


def _given_name_after_a_style(lows: Sequence[str], words: Sequence[str], k: int) -> bool:
    """"Sultan" after "Sheikh"/"Prince" and before a name ("Sheikh Sultan bin Obaid Al Marzan",
    "Prince Sultan Al Harbi"), or after "bin" ("King Badr bin Sultan Al Qasmani"): a name, not the office
    of a Sultan."""
    if k == 0 or k + 1 >= len(lows):
        return False
    if lows[k - 1] in ("bin", "ibn", "bint") and k > 1:
        return True  # "King Badr bin Sultan Al Qasmani", "Sheikh Khalid bin Sultan": his father's name
    if lows[k - 1] not in _STYLES_BEFORE_A_GIVEN_NAME:
        return False
    after = lows[k + 1]
    return after in ("bin", "ibn", "al", "bint") or (_is_cap(words[k + 1]) and after not in _ROLE_BY_FIRST
                                                      and after not in ("of", "the"))


_STATE_BODIES = frozenset({"government", "state"})
"""What a country's adjective before them makes a head's office: "the Head of the X Government"."""
_STATES = frozenset({"republic", "kingdom", "federation", "confederation", "principality", "emirates", "sultanate"})
"""A state named by its adjective ("President of the Gallovan Republic Lucien X", hard17): the adjective is
the country, as in "the Head of the Lusovian Government" (not a body's own name)."""
_STATE_WORDS = _STATE_BODIES | _STATES
_PORTFOLIO_ROLES = frozenset({"minister", "secretary"})
"""Offices told apart by their portfolio: the interior minister, the defence minister."""


def _remit_follows(role: str) -> bool:
    """Whether a secretary's office `role` goes on with its remit after "for" or "of" ("secretary for tourism"), so
    that `_meaning_of` keeps a "cabinet" before it (styles72: "The Cabinet Secretary for Tourism and Wildlife, Hon. X,
    … The CS said …"): East Africa's Cabinet Secretary, who heads a ministry, keeps "cabinet" in his office, as "The
    Cabinet Secretary for Gender" (no remit read) keeps it already; without it "the CS" (`people.roles_compatible`)
    found no one. The caller looks at the word before the office; this reads only the role's words."""
    return role[10:14] == "for " or role[10:13] == "of "


_PARTIES_IN_COURT = frozenset({"prosecution", "defence", "defense"})
"""A party to a trial by its lower-case common noun, the last word of a phrase of lower-case words (styles67 trap: "“…,”
the defence said in its written submission.", "The prosecution told the court that …"): the team of lawyers that acts
for it, a group, no one person; only "the" and the noun in lower case, the whole phrase, so "the Minister for Civil
Defence", "Defence industry enterprises", a list's "air defense for energy …" and "the defence minister" (an
office's portfolio) are read as before."""
INSTITUTION_WORDS = frozenset({"court", "bank", "chamber", "council", "committee", "corporation", "foundation", "academy",
                               "university", "fund", "commission", "assembly", "duma", "union", "party", "senate", "rada",
                               "sejm", "congress"})
"""The last word of an institution's name before an office ("Supreme Court President X", "Senate President X",
"the Accounts Chamber Chairman"): the office is that institution's (`_institutions_office`)."""
_INSTITUTION_HEADS = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "speaker"})
"""The offices an institution's name before them qualifies: those a bare "the President", "the Chairman",
"the Speaker" may name for someone else (a head of state, a house's speaker)."""
_NOT_AN_INSTITUTIONS_WORD = frozenset({"with", "by", "from", "at", "and", "readout", "meeting", "call", "talks"})
_NATIONALITY_ENDINGS = ("ian", "ean", "ese", "ish", "ani", "an")
"""How a country's adjective the tables do not know ends: "the Ostmarkian minister"
is a minister of Ostmark, not a portfolio like "the Interior Minister"."""
_EVENT_WORDS = frozenset("""meeting meetings call calls conversation talks visit trip travel remarks
    participation readout roundtable dinner lunch breakfast ceremony
    leading hosting traveling travelling visiting joining touring convening launching attending
    chairing
    virtual bilateral trilateral""".split())
# (two-hundred-seventy-first us_defense_2021-06-21: "Readout of Deputy Secretary of Defense Dr. Kathleen Hicks Virtual
# Meeting With …": the kind of meeting, as "Phone" in "… Phone Call With …", ends the name: no Ms Hicks Virtual)


def without_possessive(word: str) -> str:
    """'minister’s' -> 'minister', 'Biden’s' -> 'Biden': a possessive names the same
    office, person or body."""
    # (the last letter first: one index costs half an `endswith` of two endings)
    return word[:-2] if len(word) > 3 and word[-1] == "s" and word.endswith(("’s", "'s")) else word


def _starts_noun_phrase(word: str) -> bool:
    """A word that opens a new noun phrase rather than carrying on an office's name."""
    low = word.lower()
    return low in ("the", "his", "her") or low in HONORIFICS or (low in ROLE_TOKENS and _is_cap(word))


def _possessor_of_office_at(toks: list[tuple[str, int, int]], i: int) -> bool:
    """Whether toks[i] is a capitalised possessor with an office after it ("… and Kolvany's Minister of Culture"): a new
    noun phrase after "and", no word of the office before it ("Ondravel's Minister of Tourism and …")."""
    word = toks[i][0]
    return i + 1 < len(toks) and word.endswith(("'s", "’s")) and _is_cap(word) \
        and toks[i + 1][0].lower() in ROLE_TOKENS and _is_cap(toks[i + 1][0])


def _name_tail(words, labels, b: int, tail: int, possessives: bool = True) -> int:
    """Words after a name that are not its title: "Mr. Finer for the U.S.", "Dr. Gordon
    and Palestinian …", "Sullivan’s Meeting" (`possessives`: whether a word may end
    in "’s")."""
    if possessives and words[b - 1].endswith(("’s", "'s")):
        return len(labels) - b
    for k in range(b, len(words) - tail):
        if words[k].lower() in ("and", "for", "to", "with") and not _see_and_all(words, k):
            return len(words) - k
    return tail


def _state_of_a_union_office(words, lows, labels, name_block) -> str | None:
    """A country the tables do not know "of" which a ministry is, after the Union that names a department's field
    ("Director of the EU Department of the Ministry of Economy of Osterra Mrs. X": Osterra's, not the Union's; as a
    known one, `_meaning`'s labels)."""
    stop = name_block[0] if name_block is not None else len(words)
    for k in range(stop - 1, 1, -1):
        if labels[k] == "P" and lows[k - 1] == "of" and "R" in labels[:k] and not words[k].isupper() \
                and lows[k] not in _RANK_WORDS and not _body_name_at(words, labels, k, stop):
            return lows[k]
    return None


_WHOLE_PEOPLE_WORDS = frozenset({"nation", "people", "homeland", "motherland", "fatherland"})
"""Capitalised words an honorary title ends with, naming a country's people as a whole and no country of its own
(four-hundred-thirty-ninth tajik_president: "the Founder of Peace and National Unity - Leader of the Nation,
President of the Republic of Tajikistan, Honorable Emomali Rahmon … The Leader of the Nation expressed …"): "the
Nation" had been read as a country, which the President's own country then did not match."""


def _unknown_country(words, labels, name_block) -> str | None:
    """A country the tables do not know, read off its place in a title: "the Lirean
    minister", "Minister of Energy of Osterra Paulo Renz"."""
    if name_block is not None:
        a, b = name_block
        if "P" not in labels[:a] and "P" not in labels[b:]:
            return None  # every name word is the name's
    elif "P" not in labels:
        return None
    for k, lab in enumerate(labels):
        if lab != "P" or (name_block is not None and name_block[0] <= k < name_block[1]) or words[k].isupper() \
                or _mixed_case_initials(words[k]):
            continue  # (an acronym is an organisation: "the Head of the FBS", "The AfCFTA Secretary General")
        if words[k].lower() in _RANK_WORDS or (k + 1 < len(labels) and labels[k + 1] == "O"):
            continue  # "First Vice President", "of the Armed Forces": a rank, an organisation's word
        if words[k].lower() in _WHOLE_PEOPLE_WORDS:
            continue  # "Leader of the Nation", "Father of the Nation" (`_WHOLE_PEOPLE_WORDS`)
        if words[k].lower() in _PARTY_ADJECTIVES:
            continue  # "The Democratic governor said …": a party, no country (`_PARTY_ADJECTIVES`)
        if k + 1 < len(labels) and words[k + 1] == "of" and words[k].lower() in STATE_WORDS:
            # ("Prime Minister of the Commonwealth of Calabrine": the state's style, whose country is the name
            # after its "of", as "of the Republic of X" is read)
            continue
        before_role = k + 1 < len(labels) and labels[k + 1] == "R"
        after_of = k > 0 and words[k - 1].lower() in ("of", "the") and "R" in labels[:k]
        if (before_role or after_of) and not _body_name_at(words, labels, k, len(labels)):
            if words[k].lower() in _A_STATES_LAST_WORD:
                return words[k - 1].lower() if k > 0 and labels[k - 1] == "P" else None
            return words[k].lower()  # (not "of the Tarsel Policy Institute": a body's own name)
    return None


_A_STATES_LAST_WORD = frozenset({"pradesh"})
"""The last word of an Indian state's two-word name ("Arunachal Pradesh", "Uttar Pradesh"), "state" in Hindi: the
place is the word before it, as the press shortens it (sevenhundredeightyfifth sentinelassam: "Arunachal Pradesh Chief
Minister Pema Khandu … The Arunachal CM also stressed …"); with no word before it in the phrase, no place read."""


def _body_name_at(words, labels: list[str], k: int, stop: int) -> bool:
    """The name-like words from labels[k] on, before `stop`, end at an organisation's
    word: "Tarsel Policy Institute", "Vessa University" name a body, not a person or a
    country ("the Sarnian Foreign Ministry": a country's adjective first, Sarnia's)."""
    if words[k].lower().endswith(_NATIONALITY_ENDINGS):
        return False
    while k < stop and labels[k] == "P":
        k += 1
    return k < stop and labels[k] == "O"


def _unknown_nations_body_at(words, lows: list[str], labels: list[str], k: int, stop: int) -> bool:
    """Whether words[k] is a country's adjective the tables do not know, right after "of the" and before a body's own
    name that ends at an organisation's word (styles64: "the Commissioner-General of the Vostrenian Customs Service, Mr.
    X", "the Commander of the Vostrenian Border Police, Colonel Y"): the body's country, as a known one's adjective is
    ("of the Ghanaian Customs Service": "chairman of customs service", Ghana's), so the office reads on to the body
    (it had stopped before the adjective: "the Vostrenian commander" then found no commander of Vostrenia, and "the
    customs chief" no head of a customs service). The adjective's ending is a nation's (`_UNKNOWN_NATION_ENDINGS`)."""
    return 2 <= k < stop - 1 and labels[k] == "P" and lows[k - 1] == "the" and lows[k - 2] == "of" \
        and words[k][:1].isupper() and _unknown_nations_adjective(lows[k]) and _body_name_at(words, labels, k + 1, stop) \
        and _STATES_OWN_ORGANS.isdisjoint(lows[k + 1:stop]) and not words[k + 1].isupper()


_STATES_OWN_ORGANS = frozenset({"ministry", "mfa", "mofa", "government", "cabinet", "presidency", "parliament",
                                "assembly", "senate", "chancellery"})
"""A state's own organs, whose head other rules read from the office as it stood ("The head of the Ostrian MFA", "the
head of the Ostrian Foreign Ministry": its foreign minister, `head_of_diplomacy`; "the head of the Lusovian
Government"): `_unknown_nations_body_at` leaves them, and a body named by its initials ("the Ostrian MFA")."""


def _lower_portfolio_then_office(words, lows: list[str], k: int) -> bool:
    """Whether words[k:] are one or two lower-case words of a portfolio, then an office's word that ends the phrase
    ("customs chief", "police chief", "border police commander")."""
    for end in (k + 1, k + 2):
        if end == len(words) - 1 and lows[end] in ROLE_TOKENS and all(
                words[j].isalpha() and words[j].islower() and lows[j] not in ROLE_TOKENS for j in range(k, end)):
            return True
    return False


def _unknown_nations_adjective(low: str) -> bool:
    """Whether a capitalised word the tables do not know, in lower case, ends as a nation's adjective does and is none
    of the words that name a region, a faith or a cause (`_NO_NATIONS_ADJECTIVES`, `_NOT_DEMONYMS`)."""
    return low.endswith(_UNKNOWN_NATION_ENDINGS) and low not in _NO_NATIONS_ADJECTIVES and low not in _NOT_DEMONYMS


_UNKNOWN_NATION_ENDINGS = ("ian", "ean", "ese", "ish")
"""The endings of `_NATIONALITY_ENDINGS` that are a nation's adjective inside a body's name, not its own word ("an",
"ani" end too many names: "of the Pan-African …", "Afghani")."""
_NO_NATIONS_ADJECTIVES = frozenset({
    "asian", "eurasian", "arabian", "andean", "aegean", "bolivarian", "scandinavian", "sahelian", "danubian",
    "amazonian", "carpathian", "caucasian", "siberian", "melanesian", "polynesian", "micronesian", "jewish",
    "humanitarian", "parliamentarian", "agrarian", "egalitarian", "libertarian", "presbyterian", "episcopalian",
    "unitarian", "veterinarian", "academician", "utilitarian", "vegetarian", "totalitarian", "authoritarian",
    "parish", "mediterranean", "civilian", "guardian", "librarian", "historian", "musician", "physician", "technician",
    "politician", "electrician", "mathematician", "statistician", "optician", "pediatrician", "custodian", "comedian",
    "median", "meridian", "riparian", "subterranean", "pedestrian", "equestrian", "sectarian", "centenarian",
    "proletarian", "octogenarian", "seminarian", "barbarian", "cosmopolitan", "metropolitan", "suburban", "urban",
    "veteran", "puritan", "artisan", "partisan", "caravan", "pelican", "anglican", "lutheran", "republican"})
"""Words with a nation's ending that name a region, a faith or a cause in a body's name, no state ("the representative
of the Asian Development Bank", the sixhundredfourth's trend turnava-adb: not a state "Asian"; "of the Andean
Community", "of the Jewish Agency", "of the Humanitarian Coordination Office"); with `_NOT_DEMONYMS`' ("European",
"Caribbean", "Christian", "Guardian")."""


_RANK_WORDS = frozenset({"first", "second", "third", "executive", "senior", "principal", "associate",
                         "special", "permanent", "presidential", "grand", "supreme", "honorary"})
"""Words that rank or qualify an office ("Executive Vice President", "Senior Adviser", "Permanent
Representative", "The Presidential Envoy", "The Grand Mufti"), never a country the tables do not know."""


def same_country(a: str, b: str) -> bool:
    """'lirean' and 'lirea', 'norvanian' and 'norvane': one country; a short name and its adjective, the name with
    "n" or "an" after it ('orsa' and 'orsan', thirty-second hard set velsk_orsa_presidents_talks: "President of the
    Republic of Orsa X … The Orsan leader, for his part, said …"). Two countries of the word lists are never one by
    their first letters ("turkey" and "turkmenistan", "slovakia" and "slovenia", "austria" and "australia": four-hundred-
    seventy-second turkmenistan_gov airport133, "President of Turkmenistan X and President of the Republic of Turkey Y …
    the Turkish leader expressed …" is Y)."""
    return a == b or (len(a) >= 5 and len(b) >= 5 and a[:4] == b[:4] and not _two_known_countries(a, b)) \
        or (len(a) != len(b) and (a.startswith(b) and a[len(b):] in _ADJECTIVE_ENDS
                                  or b.startswith(a) and b[len(a):] in _ADJECTIVE_ENDS))


def _two_known_countries(a: str, b: str) -> bool:
    return a in _KNOWN_COUNTRIES and b in _KNOWN_COUNTRIES


_KNOWN_COUNTRIES = frozenset(NATIONALITIES.values())
"""The countries of the word lists, by their keys ("turkey", "turkmenistan")."""


_ADJECTIVE_ENDS = frozenset({"n", "an"})
"""What a country's short name takes to become its adjective ("Orsa", "Orsan"; "Tavo", "Tavoan")."""


_VERB_FORMS = (SPEECH_VERBS | NARRATIVE_VERBS) - {"said"}  # Edward Said stays a name


def _verb_word_inside_a_name(words: tuple[str, ...], lows: list[str], labels: list[str], k: int) -> bool:
    """Whether the capitalised verb's bare form at `k` ("Say", "Mean") stands inside a name: after an honorific or a
    name's word that is no plural, before another name's word ("H.E. Sovanrith Say Monirath", "H.E. Say Monirath"); a
    title's verb takes "-s" or follows a plural ("X Holds Talks", "Leaders Say …")."""
    low = lows[k]
    if low not in _VERB_FORMS or low.endswith(("s", "ed", "ing")) or k + 1 >= len(words) or not _is_cap(words[k]):
        return False
    before = labels[k - 1]
    return (before == "H" or before == "P" and not lows[k - 1].endswith("s")) \
        and _is_cap(words[k + 1]) and _later_label(words[k + 1]) == "P"


_LEADING_CONNECTORS = _CONNECTORS - {"the"}


def _trim(span: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    lo, hi = _trimmed(list(map(_WORD_OF, span)), len(span))
    return span[lo:hi]


def _trimmed(words: list[str], hi: int) -> tuple[int, int]:
    """The bounds of words[:hi] with the words a phrase neither opens nor ends with
    taken off both ends. (Those words are short, four characters at most: a
    longer one is kept on its length alone, a test cheaper than the cached ones.)"""
    lo = 0
    while lo < hi and len(words[lo]) < 5 and _trimmed_first(words[lo]):
        lo += 1
    while hi > lo and len(words[hi - 1]) < 5 and _trimmed_last(words[hi - 1]):
        hi -= 1
    return lo, hi


@lru_cache(maxsize=65536)
def _trimmed_first(word: str) -> bool:
    """A word a phrase does not open with: a connector (not "the"), a comma, a
    stray possessive."""
    return word.lower() in _LEADING_CONNECTORS or word in ",’'s"


@lru_cache(maxsize=65536)
def _trimmed_last(word: str) -> bool:
    """A word a phrase does not end with: a connector, a comma, a possessive."""
    return word.lower() in _CONNECTORS or word in (",", "’s", "'s")


def _principal_as_adjective(words: list[str], k: int) -> bool:
    """"principal" before a word in lower case that is no connector: the adjective, "chief", not a school's head (hard81:
    "Kelvarnia, the principal trading partner of Halmeny, said …" made the country a speaker; "The principal negotiator
    said …" an unnamed principal, while "the negotiator" is meant). Still the office alone or before "of", a comma or
    a name ("the Principal of the Fennickgate College", "The principal said", "Principal Mirela Ansgrove")."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return after[:1].islower() and after.isalpha() and after not in _CONNECTORS


def _match_role(words: list[str], i: int) -> int:
    """Length of the longest role phrase starting at words[i], or 0."""
    for size, rest in _ROLE_RESTS_BY_FIRST.get(words[i], ()):
        if size == 1 or words[i + 1:i + size] == rest:
            return size
    return 0


_ROLE_RESTS_BY_FIRST = {first: [(len(role), list(role[1:])) for role in roles] for first, roles in _ROLE_BY_FIRST.items()}
"""`_ROLE_BY_FIRST`'s offices as their lengths and their words after the first (a list, as
`_match_role` slices them out of a phrase's list of words): the first is the key, and an
office of one word matches on it alone, without a slice."""
_NATION_RESTS_BY_FIRST = {first: [(len(nation), list(nation[1:]), NATIONALITIES[" ".join(nation)]) for nation in nations]
                          for first, nations in _NATIONS_BY_FIRST.items()}
"""`_NATIONS_BY_FIRST`'s names of several words as `_ROLE_RESTS_BY_FIRST` has the offices,
each with its country."""


def _of_inside_a_nation(lows: list[str]) -> bool:
    """The phrase's first "of" inside a nation's name of several words (eighthundredfifteenth jaziranewswire: "HE
    Governor of the State of Oklahoma in the United States of America Kevin Stitt"): "States" before it is no group's
    head ("the governors of the states"), the name after the nation is a person's."""
    at = lows.index("of")
    for start in range(max(0, at - 2), at):
        size, _ = _match_nation(lows, start)
        if start + size > at + 1:
            return True
    return False


def _match_nation(words: list[str], i: int) -> tuple[int, str | None]:
    for size, rest, country in _NATION_RESTS_BY_FIRST.get(words[i], ()):
        if words[i + 1:i + size] == rest:
            return size, country
    nation = NATIONALITIES.get(words[i])
    return (1, nation) if nation else (0, None)


_OFFICE_WORD_STOPS = frozenset({"of", "for", "on", "and", "in", "to", "at", "the", ","})
"""Words that end an office's own words after a possessive ("the President's Special Envoy for X")."""


def normalise_role(words: list[str]) -> str:
    """'Head of the President's Office' and 'Head of the Office of the President' alike."""
    out: list[str] = []
    k = 0
    while k < len(words):
        w = words[k]
        if w in ("the", "’s", "'s") or w in NATIONALITIES:
            k += 1
            continue
        if w.endswith(("’s", "'s")) and k + 1 < len(words):
            # "president's office" -> "office of president"; "the President's Press
            # Secretary" -> "press secretary of president" (the office's words up to a
            # connector, as "Press Secretary of the President" names it)
            end = k + 2
            while end < len(words) and words[end] not in _OFFICE_WORD_STOPS and not words[end].endswith(("’s", "'s")):
                end += 1
            out.extend([*words[k + 1:end], "of", w[:-2]])
            k = end
            continue
        if w.endswith(("’s", "'s")) and len(w) > 3:
            w = w[:-2]  # "the President’s (resolution)": the President
        out.append(w)
        k += 1
    return " ".join(out)


class _Meaning(NamedTuple):
    kind: str
    name: tuple[str, ...] = ()
    role: str = ""
    country: str | None = None
    gender: str | None = None
    possessive: bool = False
    lead: int = 0  # leading words that belong to no one: "Readout of" President X
    tail: int = 0  # trailing words that are not the phrase's: "The Vice President Highlighted How"


def classify(text: str, span: list[tuple[str, int, int]]) -> Phrase:
    """Say what a noun phrase names."""
    words = tuple(map(_WORD_OF, span))
    if len(words) > 3 and words[-1] == "state" and words[-2] == "the" and _state_closes_its_phrase(text, span[-1][2]):
        m = _meaning_of(words, True)  # "the Head of the state noted …" (`_head_of_the_state_at`)
    else:
        m = _meaning_of(words)
    if m.kind == "thing" and 5 <= len(words) <= 7 and words[1 + (words[0] in _THE)] == "of":
        m = _local_title_then_name(words) or m
    last = len(span) - 1
    return _phrase(text, m, span[m.lead if m.lead < last else last][1], span[last - m.tail if m.tail < last else 0][2])


_HYPHENED_INITIALS = re.compile(r"(?P<word>[A-Z][a-z]+)-(?P<initials>[A-Z]{2,8})")
"""A name's last word and, joined to it by a hyphen, capitals that may be the name's initials ("Initiative-ARLPI",
"Commissioner-RDC"; `_without_hyphened_initials`)."""


def _without_hyphened_initials(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words of a name whose last word carries the name's own initials after a hyphen ("Acholi Religious Leaders
    Peace Initiative-ARLPI", "Resident District Commissioner-RDC"), that word without them; None unless the initials
    are those of the capitalised words they close, the last word's included (so no person's double-barrelled surname,
    "Ochora-Odoch", and no capitals of another's: "Peace Initiative-NRM" stays as it is). Cheap guard (the caller's):
    a hyphen in the last word."""
    m = _HYPHENED_INITIALS.fullmatch(words[-1])
    if m is None:
        return None
    bare = (*words[:-1], m.group("word"))
    firsts = "".join(w[0] for w in bare if w[:1].isupper())
    return bare if firsts.endswith(m.group("initials")) else None


_THE = frozenset({"The", "the"})
"""The article a local title's phrase may open on (`_local_title_then_name`)."""


_BODY_NAME_ENDS = frozenset({"trust", "foundation", "fund", "charity", "appeal", "alliance", "coalition", "partnership",
                             "network", "initiative", "project", "programme", "program", "award", "prize", "scholarship"})
"""The last words of a body's or a scheme's name that may stand on a founder's name ("the Charles Morrow Trust",
"the Ima Sello Foundation"): no person's surname after a given name (`_local_title_then_name`; hr61: "The Friends of
Velsk Charles Morrow Trust announced …", a body, not a person "Charles Morrow Trust" styled "Friends of Velsk")."""


def _local_title_then_name(words: Sequence[str]) -> _Meaning | None:
    """(eighthundredninetyfourth nilepost 2022-10-01: "The Katikkiro of Buganda Charles Peter Mayiga has acknowledged
    …") a local title the lexicon does not know, "of" its kingdom or town, then a person's name with no comma between,
    read whole as a thing (an unknown capitalised word before "of"), so no one was named: when the title and the place
    are one capitalised word each, the word after the place is a known given name (`people.FIRST_NAMES`) and one or two
    more capitalised words follow, none of them a body's, a thing's or a function word ("The Bank of Buganda Peter …",
    "The Museum of Kampala Charles Hall" stay things), the title is the holder's office, the place its country, and the
    words from the given name on his name. None otherwise (the caller asks only for a thing of five to seven words with
    "of" second or third)."""
    # (people reads phrases: a late import, for this rare shape)
    from readout_tui.engine.people import FIRST_NAMES
    lead = words[0] in _THE
    title, place, name = words[lead], words[lead + 2], tuple(words[lead + 3:])
    if not 2 <= len(name) <= 3 or name[0].lower() not in FIRST_NAMES or name[-1].lower() in _BODY_NAME_ENDS:
        return None
    for word in (title, place, *name):
        if not (word[:1].isupper() and word[1:].isalpha() and word[1:].islower()) \
                or word.lower() in NON_PERSON_WORDS or word.lower() in FUNCTION_WORDS or word.lower() in ROLE_WORD_SET:
            return None
    return _Meaning("name", name, title.lower(), place.lower())


def _head_before_a_posting(words: Sequence[str], lows: Sequence[str]) -> str:
    """The head of a phrase whose office ends in the country it is posted to: "the Paraguayan ambassador to the United
    States", "Paraguay's ambassador to the United Nations" (eighthundredth leavenworthtimes: "Paraguay's ambassador to
    the United States said Monday …") name one envoy, whose head is "ambassador", not the "States" or "Nations" of the
    place's name (a group's head); the place capitalised after "to" and an optional "the", and an office's word before
    "to". Else the last word ("the governors", "the two sides")."""
    k = len(lows) - 2
    while k > 0 and lows[k] != "to":
        k -= 1
    if k < 1 or lows[k - 1] not in ROLE_WORD_SET or lows[k - 1] in GROUP_HEADS:
        return lows[-1]
    place = words[k + 2:] if lows[k + 1] == "the" else words[k + 1:]
    return lows[k - 1] if place and all(word[:1].isupper() for word in place) else lows[-1]


def _institutions_office(lows: list[str], labels: list[str], rs: int, name_block: tuple[int, int] | None,
                         role: str) -> str:
    """An office with its institution's name before it keeps that name: "Supreme Court President Vyacheslav
    Lebedev", "The Supreme Court President" are "supreme court president", not "the President" (the host,
    hundred-thirty-eighth 67743); "Senate President Ilse Varga" a "senate president" (hard8). The name is
    the capitalised words just before the office (at most three, none of the name's nor a title's verb)."""
    k = rs - 1
    floor = max(0, rs - 3, name_block[1] if name_block is not None and name_block[1] <= rs else 0)
    while k > floor and labels[k - 1] in ("O", "P") and lows[k - 1] not in _NOT_AN_INSTITUTIONS_WORD:
        k -= 1
    return " ".join([*lows[k:rs], role])


_EXECUTIVE_NOUNS = frozenset({"executive"})
"""The body whose head "the head of the Catalan executive" is, a head of government (`_meaning_of`); not "government",
whose head a country the lists do not know may have besides the one named (the Prime Minister met abroad)."""
_CABINET_HEAD = _Meaning("description", role="head of government")
_CABINET_LEADERS = frozenset({"head", "chairman", "chairwoman", "chairperson"})


def _heads_cabinet_of_ministers(lows: list[str]) -> bool:
    """"The head of the Cabinet of Ministers said …", "the Chairman of the Cabinet of
    Ministers": the head of government (the Prime Minister), not the head of a body
    named "Cabinet" of a country "Ministers". A nation's adjective may stand before
    "Cabinet" ("the head of the Ostrian Cabinet of Ministers")."""
    k = 1 if lows[0] == "the" else 0
    if len(lows) < k + 6 or lows[k] not in _CABINET_LEADERS or lows[k + 1:k + 3] != ["of", "the"]:
        return False
    rest = lows[k + 3:]
    if len(rest) == 4 and rest[0] in NATIONALITIES:
        rest = rest[1:]
    return rest == ["cabinet", "of", "ministers"]


def _phrase(text: str, m: _Meaning, start: int, end: int) -> Phrase:
    """The phrase text[start:end] with the meaning `m`."""
    if end - start > 3 and text[end - 1] == "s" and text.endswith(("’s", "'s"), start, end):
        end -= 2  # "Vice President Harris’s": the person is "Vice President Harris"
    kind, name, role, country, gender, possessive, _, _ = m
    if kind == "name" and country is not None and len(name) == 1 and _a_lands_name(name[0]) \
            and _nationality_right_before(text, start, end - len(name[0]) - 1):
        # (eighthundredfiftyseventh mehrnews: "Governor of Iraqi Kurdistan region’s Sulaymaniyah Province Haval
        # Abubakir has called for …", "Iraqi Kurdistan’s businessmen"): a nation's adjective then one word in "-stan",
        # a land's name ("Iraqi Kurdistan", "Russian Tatarstan", "Pakistani Baltistan"), is a region of that nation, no
        # person of it named by one word, as "Iraqi Zarko" would be
        kind, name, country, gender = ("description" if role else "thing"), (), None, None  # (an office of it kept)
    if role == "official" and country is not None and not name and text[start:end].lower().endswith(country) \
            and _NOUN_AFTER_DEMONYM.match(text, end) is not None and _VERB_AFTER_DEMONYM.match(text, end) is None:
        # "The Russian approach …", "the Velorian side proposes …": the nationality is an adjective, no
        # person ("The Tavrenian is reported …", "The Mariscan was adamant …", "…, said the Velorian.":
        # one, a verb or no lower-case word after it)
        kind, role, country = "thing", "", None
    return _new_phrase(Phrase, (kind, start, end, text[start:end], name, role, country, gender, possessive))


def _a_lands_name(word: str) -> bool:
    """Whether a capitalised word is a land's name in the Persian "-stan" ("Kurdistan", "Baltistan", "Dagestan"), eight
    letters or more (not a given name such as "Tristan")."""
    return len(word) > 7 and word.endswith("stan") and word[1:-4].isalpha()


def _nationality_right_before(text: str, start: int, space: int) -> bool:
    """Whether the word of text[start:space] that ends at `space` is a nation's adjective ("Iraqi" of "Iraqi
    Kurdistan"), not an office's place ("Harbour Gas Minister Mirastan", a minister's name)."""
    if space <= start or text[space:space + 1] != " ":
        return False
    return text[text.rfind(" ", start, space) + 1:space].lower() in NATIONALITIES


_NOUN_AFTER_DEMONYM = re.compile(r"[^\S\n]+(?!(?:and|or)\b)[a-z]")
"""After "the Velorian", a lower-case word ("side", "approach", "also"): the nationality may be its
adjective. Nothing else may make it one: not the end of the text, a full stop, a comma or a capital
(a run of capitalised words is parsed alone, without what follows it, `name_runs.run_key`, and
must read as it does inside its text), nor "and" or "or" (where a run's parts are cut, `group_names`),
nor a word after a line break (where `NOT_AND` ends a part: "The Velorian\nof …" read in its run
is read as the part "The Velorian" alone is)."""
_VERB_AFTER_DEMONYM = re.compile(
    r"\s+(?:(?:also|then|further|again|once|later|too|however|in\s+turn|for\s+(?:his|her)\s+part),?\s+)*"
    r"(?:is|was|has|had|would|will|could|did|does|said|told|made|gave|took|put|spoke|thought|felt|sent|"
    r"drew|paid|laid|set|left|found|threw|brought|undertook|came|(?!(?:armed|united|based|led|used)\b)[a-z]+ed)\b")
"""After "the Tavrenian", a verb (after adverbs, maybe): the nationality names a person."""


_WORD_OF = itemgetter(0)  # a token's word
_new_phrase = _new_meaning = tuple.__new__
"""`Phrase(...)` or `_Meaning(...)` with every field given, without the keyword
handling of its `__new__` (a phrase is made for every noun phrase parsed)."""


_DEMONYM_ENDINGS = ("ian", "ean", "an", "i", "ander", "ese", "ot", "ite")
"""The endings of a nationality noun that names a person: "the Tavrenian", "the Mariscan", "the
Karvoshi" (as "the Israeli", "the Omani"), "the Vosslander" (as "the New Zealander"), "the Velanese",
"the Sandriot", "the Keshite" (hard19; as "the Maltese", "the Cypriot", "the Yemenite")."""
_NOT_DEMONYMS = frozenset({"vatican", "taliban", "caribbean", "mediterranean", "european", "republican", "christian",
                           "librarian", "veteran", "guardian", "historian", "civilian", "physician", "politician",
                           "comedian", "musician", "technician", "magician", "median", "ocean", "pan",
                           "houthi", "nazi", "taxi", "safari", "delhi", "helsinki", "tbilisi", "nairobi", "mississippi",
                           "missouri", "mali", "bari", "commander", "islander", "stander", "bystander",
                           # (words in "-ot" and "-ite" that are no nationality: "the Patriot" systems, "the elite")
                           "patriot", "pilot", "robot", "ballot", "depot", "parrot", "chariot", "mascot", "jackpot",
                           "hotspot", "idiot", "boycott", "pivot", "carrot", "bigot", "zealot", "harlot", "ascot",
                           "elite", "white", "favorite", "favourite", "dynamite", "granite", "website", "satellite",
                           "despite", "invite", "polite", "suite", "graphite", "termite", "kryptonite"})


def _lone_demonym(word: str, low: str) -> bool:
    """A capitalised nationality word that stands alone after "the" ("The Tavrenian", "the Mariscan")."""
    if low.endswith("ese"):
        # (hard23: "The Tolanese, who assumed the chairmanship …, pronounced himself open to …": one person,
        # as "the Karvoshi"; but a known "-ese" nationality alone ("the Chinese", "the Japanese") is
        # mostly its people, as "the British": left out)
        return word[:1].isupper() and low.isalpha() and len(low) > 5 and low not in NATIONALITIES
    return word[:1].isupper() and low.endswith(_DEMONYM_ENDINGS) and low not in _NOT_DEMONYMS \
        and low.isalpha() and len(low) > 4 and low not in ROLE_WORD_SET  # (not "The Metropolitan")


def _name_after_place_words(lows: list[str], labels: list[str], block: tuple[int, int], office: bool) -> tuple[int, int]:
    """A long name block without the words of a place or a body it opens with (labelled "O" in `labels`): after an
    office's "of" and a compass word, the next capitalised word, the rest of the place's name (seventy-sixth
    kremlin_51409's title, "Meeting with Prime Minister of North Ossetia-Alania Vyacheslav Bitarov", gave a speaker
    "Ossetia-Alania Vyacheslav Bitarov"); and the words up to a capitalised abstract noun, a body's ("… Technological
    and Nuclear Supervision Alexei Aleshin", kremlin_51417's title, gave "Nuclear Supervision Alexei Aleshin"). The
    name keeps two words at least."""
    start, end = block
    cut = start + 1 if office and start >= 2 and lows[start - 1] in _COMPASS_WORDS and lows[start - 2] == "of" else start
    for k in range(cut, end - 2):
        if len(lows[k]) > 7 and lows[k].endswith(_ABSTRACT_NOUN_ENDS) \
                or lows[k] in _PORTFOLIOS_AFTER_NATIONAL and k and lows[k - 1] == "national":
            cut = k + 1
    if cut == start:
        return block
    labels[start:cut] = ["O"] * (cut - start)
    return cut, end


_PORTFOLIOS_AFTER_NATIONAL = frozenset({"unity", "heritage"})
"""A ministry's portfolio after "National" ("Minister of Local Government and National Unity Richard Chimwendo Banda",
ninehundredtwelfth malawi24 2023-05-25; "Minister of Culture and National Heritage X"): the body's last word, cut from
a long name block as a capitalised abstract noun is (`_name_after_place_words`), so the speaker is not a Mr "Unity
Richard Chimwendo Banda"; only after "national", since "Unity" is a given name too ("Unity Dow", the 580th)."""
_COMPASS_WORDS = frozenset(("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central"))
"""Words that open a place's name ("North Ossetia", "South Kordofan") after an office's "of"."""


def _head_of_the_state_at(words: Sequence[str], k: int, the_state_closes: bool = False) -> bool:
    """"head of our state" from words[k], then the end of the phrase, "of", a full stop, a comma or a verb, or "head
    of the state of" (four-hundred-thirty-ninth tajik_president: "The head of our state expressed sincere gratitude",
    "The Head of the state of Tajikistan thanked …"): "state" lower-case, a head of state, as "our head of state" and
    "the Head of State of X" are, and "the Head of the state" before a verb or a stop (`the_state_closes`); not "the
    Head of the State Duma", a body's name, nor "the head of the state corporation" or "the head of our state agency"
    (a noun after "state": the state's body)."""
    if k < 0 or len(words) < k + 4 or words[k + 3] != "state" or words[k + 1] != "of" or words[k].lower() != "head":
        return False
    after = words[k + 4] if len(words) > k + 4 else ""
    if words[k + 2] == "the":
        # (eighthundredfiftysixth govuz 2017-12-16, UzA: "At the meeting, the Head of the state noted that …": the
        # phrase ends at "state" and a verb or a stop follows in the text, `_state_closes_its_phrase`, the head of state
        # as "the head of our state" is)
        return after == "of" or after == "" and the_state_closes
    return words[k + 2] == "our" and (after in ("", "of", ".", ",") or after in _AFTER_LATTER or after in _VERB_FORMS
                                      or after.endswith("ed"))


_DEAN_OF_THE_CORPS = (["dean"], ["dean", "of", "the", "diplomatic", "corps"], ["dean", "of", "the", "corps"])
"""The words after "the" that name the dean of the diplomatic corps."""


def _a_consulate_general(lows: list[str]) -> bool:
    """Whether the words name a consulate general, its two words apart ("the U.S. Consulate General in Guangzhou",
    fivehundredseventyninth fjfao us_consul_general) and no office before or after them ("the head of the Consulate
    General" is a person): a mission, as "the Consulate-General" is, not a general (the rank)."""
    k = lows.index("consulate")
    return k + 1 < len(lows) and lows[k + 1] == "general" \
        and not any(word in ROLE_TOKENS for i, word in enumerate(lows) if i != k + 1)


def _name_ending_in_a_group_word(words: Sequence[str], labels: Sequence[str], lows: Sequence[str], head: str) -> bool:
    """True when the phrase's last word, a singular group noun capitalised ("Duo", "Pair", "Trio"), ends a person's name
    after a name's word (sevenhundredthirtyfirst, Kazinform: "Governor Lin Duo praised …", "Lin Duo", Gansu's governor;
    before, "the duo", a pair, and no statement); "the Duo", "the Nordic Duo" stay a group (no name's word before, or
    an article before that one word)."""
    size = len(words)
    return head[-1] != "s" and size > 1 and lows[-1] == head and words[-1][:1].isupper() and labels[-2] == "P" \
        and (size == 2 or lows[-3] not in DETERMINERS)


def _one_officer_of_a_plural_body(words: tuple[str, ...], lows: list[str], labels: list[str]) -> bool:
    """Whether a phrase whose plural office word names a body ("Joint Chiefs of Staff") holds a one-person office
    beside it, capitalised, and ends in a person's name: "Joint Chiefs of Staff Chairman General X said …",
    "Chairman Joint Chiefs of Staff Committee General X" (Pakistani press) are one officer, the chairman of that
    body, no group; "the Chiefs of Staff of the two armies", "the Foreign Ministers X and Y" stay a group (no
    singular office beside, or an "and" between names)."""
    if labels[-2:] != ["P", "P"] or "and" in lows or lows[-1] in _PLURAL_ROLES or lows[-2] in _PLURAL_ROLES:
        return False  # (a name of two words at least ends it: not "The two Vice Presidents", "The Consul Generals")
    if all(word.isupper() for word in words if word.isalpha()):
        return False  # (a headline in capitals, "ENVOYS PRESENT CREDENTIALS TO PRESIDENT X Y": read as before)
    return any(label == "R" and low not in _PLURAL_ROLES and _is_cap(word)
               for word, low, label in zip(words, lows, labels))


_SURNAMES_OF_A_BODYS_WORD = frozenset({"church", "bank", "house", "hall", "power", "park", "street", "field", "court",
                                       "hill", "lane", "chambers"})
"""A body's or a place's words that are common surnames too ("Gordon Church", "Lena Bank"): after an office's remit
(`_after_a_remit`) the last word of a name, where a legislature's word ("… of Orenburg Legislative Assembly") is not."""


def _after_a_remit(lows: Sequence[str], labels: Sequence[str], first: int) -> bool:
    """Whether the two words from `first` on, a name's two, follow an office's remit, "<office> for|of <Place>" (the
    place one capitalised word read as a name's): "US Consul for Sumatra Gordon Church", the Consul's name after
    his district (eighthundredfiftysecond medcom), its last word a body's and its first in no list of first names,
    not "Sumatra" a given name of his nor "Sumatra Gordon Church" a church."""
    return first > 2 and labels[first - 1] == "P" and lows[first - 2] in ("for", "of") and labels[first - 3] == "R"


def _state_closes_its_phrase(text: str, end: int) -> bool:
    """Whether the phrase's last word "state", ending at `end`, closes it in the text: a stop or a comma after it, or a
    verb ("the Head of the state noted …"); not a noun ("the head of the state corporation", a body's head)."""
    after = text[end:end + 24].lstrip()
    if not after or after[0] in ".,;:!?)":
        return True
    word = after.split(" ", 1)[0].rstrip(".,;:")
    return word in _AFTER_LATTER or word in _VERB_FORMS or word.endswith("ed")


@lru_cache(maxsize=65536)
def _meaning_of(words: tuple[str, ...], the_state_closes: bool = False) -> _Meaning:
    size = len(words)
    if size > 3 and "state" in words:
        head = next((k for k in range(size - 3) if _head_of_the_state_at(words, k, the_state_closes)), None)
        if head is not None:  # read as "head of state" (`_head_of_the_state_at`)
            return _meaning_of(words[:head + 2] + words[head + 3:])
    raw = list(map(str.lower, words))
    lows = raw  # (both read only) the same words as a rule: a possessive is rare
    joined = "".join(raw)
    if "’s" in joined or "'s" in joined:
        lows = [without_possessive(w) for w in raw]  # "the President’s": the President
    if size > 2 and (words[-1] in _POST_NOMINALS or words[-2] in _POST_NOMINALS and words[-1] in _AFTER_THE_NAME):
        # honours' letters after the name are no part of it ("the Hon Fabian Carreras KC MP": the Chief Minister,
        # fourteenth styles kelport_hmgov): the phrase is read without them
        return _meaning_of(tuple(w for i, w in enumerate(words) if i < size - 2 or w not in _POST_NOMINALS))
    if size > 1 and "-" in words[-1] and (bare := _without_hyphened_initials(words)) is not None:
        # (ninehundredeightythird independent 2020-06-30: "the clergies under their umbrella the Acholi Religious
        # Leaders Peace Initiative-ARLPI say …", then "He explained …"): a body's name with its own initials joined by
        # a hyphen, as Ugandan wires print them ("National Resistance Movement-NRM"), is read without them
        return _meaning_of(bare)
    if size > 2 and words[-1] in _AFTER_THE_NAME and "." in words[-1]:
        lows = lows[:-1] + [lows[-1].replace(".", "")]  # "… Simon Coveney T.D": the office "TD" (`_AFTER_THE_NAME`)
    low = lows[0]
    if size == 1 and low in _PRONOUNS:
        return _Meaning("pronoun", gender=_PRONOUNS[low])
    if size > 2 and words[0] == "Said" and lows[1] == "the":
        rest = _meaning_of(words[1:])  # "Said the Mayor; “…”": the verb before its subject (`_SAID_BEFORE_THE`)
        return rest._replace(lead=rest.lead + 1)
    if size > 2 and (post := _post_before_a_players_name(words, lows)):
        player = _meaning_of(words[post:])  # "Squad captain Marit X", "Vice-captain Teodor Y": the name after the post
        if player.kind == "name" and not player.role:
            return player._replace(lead=player.lead + post)
    if low == "the" and lows[1:] in _DEAN_OF_THE_CORPS:
        # (hard59: "The Dean praised …", "“…,” said the Dean", "the Dean of the Diplomatic Corps"): the corps' dean,
        # an office (`NameRegistry._dean_named`); "dean" is no office word before a name ("Howard Dean", "Dean X")
        return _Meaning("description", role="dean")
    if size == 2 and low == "the":
        if lows[1] in _LATTER_FORMER:
            return _Meaning("pronoun")  # "The latter assured …": one of the two named just before
        if _AGE_EPITHET.fullmatch(lows[1]) is not None:
            return _Meaning("pronoun")  # "The 67-year-old went on record …": the person just spoken of
        if lows[1] in _PERSON_BY_KIND:
            return _Meaning("pronoun", gender=_PERSON_BY_KIND[lows[1]])  # "The boy shared …": as "he"
        if words[1] in TEAM_ROLES:
            return _Meaning("pronoun")  # "The skipper thanked …": the one named with that post (`team_roles`)
        if lows[1] in _PARTY_MEMBER_NOUNS and words[1][:1].isupper():
            return _Meaning("pronoun")  # "the Democrat said …": as "he" (`_PARTY_MEMBER_NOUNS`)
        if _lone_demonym(words[1], lows[1]):
            # "The Tavrenian is reported to have said …", "The Mariscan was adamant that …": a person named
            # by the nationality alone, as "the Tavrenian official" (not "the British", "the Chinese": peoples)
            return _Meaning("description", role="official", country=lows[1])  # (whatever office: `people._ANY_OFFICE`)
    if size == 3 and low == "the" and lows[1] in TEAM_NOUNS and words[2] in TEAM_ROLES:
        return _Meaning("pronoun")  # "the squad captain said": the one named with that post (`team_roles`)
    if (low in _GROUP_PRONOUNS and not (low == "all" and _all_before_a_noun(words))) \
            or (low == "the" and size > 1 and lows[1] in ("two", "three", "sides", "parties")):
        return _GROUP  # (not "All types of vessels": the head says what they are)
    if size == 1 and low in _THING_PRONOUNS:
        return _THING
    if size > 1 and "consulate" in lows and _a_consulate_general(lows):
        return _THING  # ("The U.S. Consulate General in Guangzhou highly values …": the mission, as "Consulate-General")
    possessive = low == "his" or low == "her"
    if size == 2 and lows[1] in _INFORMAL_OFFICES and low in _PERSONS_POSSESSIVES:
        return _THING  # ("…,” his boss said": his own superior, no one named, as "his lawyer"; review hr60)
    if size == 6 and lows[-1] in _EXECUTIVE_NOUNS and lows[:4] == ["the", "head", "of", "the"] \
            and _is_cap(words[4]) and lows[4] not in NATIONALITIES:
        # (eighthundredtwentyfifth openkat 2022-10-20: "The head of the Catalan executive has indicated that …"): a
        # region's or people's adjective the word lists do not know as a country's, the head of its executive, as "the
        # head of the executive" is, neither a person "Catalan Executive" nor a "head" of Catalonia
        return _Meaning("description", role="head of " + lows[-1])
    if lows[-1] == "ministers" and _heads_cabinet_of_ministers(lows):
        adjective = lows[-4]  # ("the head of the Ukrainian Cabinet of Ministers": Ukraine's)
        return _CABINET_HEAD if adjective == "the" else _CABINET_HEAD._replace(country=adjective)

    # Label each word: role (R), honorific (H), nation (N), organisation (O),
    # connector (C), determiner (D), name (P).
    labels = [""] * size
    country: str | None = None
    roles: list[tuple[int, int]] = []
    # (a state's word, "Government", "Republic", after an unknown country's adjective: in few phrases)
    state_word = not _STATE_WORDS.isdisjoint(lows)
    pehin_title = _pehin_title(lows) if "pehin" in lows else range(0)
    k = 0
    while k < size:
        low = lows[k]
        rare = low in _WORDS_OF_RARE_RULES  # (one test of a word that opens none of the rare rules below)
        if rare and low == "a" and k and lows[k - 1] == "of" and words[k] == "A" and k + 1 < size \
                and _is_cap(words[k + 1]):
            # (two-hundred-thirty-sixth 60768: "The leader of A Just Russia", "the head of A Fair Deal": a
            # body whose name opens with "A", no person's name nor the country its words hold)
            n = k + 1
            while n < size and _is_cap(words[n]) and not (n > k + 1 and _is_first_name(lows[n])):
                n += 1  # (up to the name of its holder: "Chairman of A Just Russia Sergei Mironov")
            labels[k:n] = ["O"] * (n - k)
            k = n
            continue
        if low in _TITLE_OPENERS:
            if low in SURNAME_OFFICES and k and labels[k - 1] == "P" and _is_cap(words[k]) \
                    and (_is_first_name(lows[k - 1]) or k > 1 and labels[k - 2] in ("R", "H")
                         or _monarch_word_ends_a_lone_name(lows, k)):
                # "the Hon. Julie Bishop MP": her surname after her first name, no bishop; so after a name's one word
                # right after a title (hard63: "Ambassador Imelda Bishop", a first name the list does not know)
                labels[k] = "P"
                k += 1
                continue
            if low in SURNAME_OFFICES and _surname_after_a_personal_style(words, lows, k):
                labels[k] = "P"  # (hard83) "Mr Imam said …", "Mrs. Bishop thanked …": the surname after a style alone
                k += 1
                continue
            if low == "sheikh" and k and labels[k - 1] == "P" and (k + 1 == size or not _is_cap(words[k + 1])):
                # (eighthundredtwelfth somalidispatch: "President Hassan Sheikh thanked …", the short form of Hassan
                # Sheikh Mohamud; "Secretary Hafeez Sheikh held …"): a style stands before a name, so "Sheikh" after
                # a name's word, ending the phrase, is the name's last word (a father's name, a surname), not a style
                # whose name word before it was read as a country; "Governor Balochistan Sheikh Jafar" keeps it
                labels[k] = "P"
                k += 1
                continue
            if low in _FAMILY_NAME_STYLES and _family_name_after_al(lows, words, labels, k):
                labels[k] = "P"  # "Abdullah Al Sheikh", "Al Sheikh echoed …": the family's name, no second style
                k += 1
                continue
            if low in _MONARCHS and _given_name_after_a_personal_style(lows, words, k):
                labels[k] = "P"  # (fx68) "Ms. Etsu Morita", "Mr. King Tavo": her first name, no ruler's office
                k += 1
                continue
            if low in _GIVEN_NAME_OFFICES and _given_name_after_a_style(lows, words, k):
                labels[k] = "P"  # "Sheikh Sultan bin Obaid", "Prince Amir Al X": his first name, not a second office
                k += 1
                continue
            if low in _RULERS_BORNE_AS_NAMES and _ruler_word_opens_a_name(lows, words, k):
                labels[k] = "P"  # (hard95) "Raja Zuraidah Raja Kamaruzin said …": her name's words, no Raja's office
                k += 1
                continue
            if low in _ROLE_BY_FIRST:
                n = _match_role(lows, k)
                if n == 1 and low == "principal" and _principal_as_adjective(words, k):
                    n = 0  # ("the principal trading partner", "The principal negotiator": no school's head)
                if n:
                    roles.append((k, k + n))
                    labels[k:k + n] = ["R"] * n
                    k += n
                    continue
            if low in _NATION_WORDS and _is_cap(words[k]):
                if low in _GIVEN_NAME_NATIONS and _given_name_after_an_office(words, lows, labels, k):
                    labels[k] = "P"  # "Chairman of the Board of Sberbank German Gref": his first name
                    k += 1
                    continue
                if k > 1 and words[k - 1] in _SURNAME_PARTICLES_CAPITALISED and labels[k - 1] == "P" \
                        and labels[k - 2] in ("P", "H", "R"):
                    labels[k] = "P"  # "Ambassador Del Monaco", "Mr Vincenzo Del Monaco": his surname, no Monaco
                    k += 1
                    continue
                n, nation = _match_nation(lows, k)
                if n and k + n < size and lows[k + n] == "affairs":
                    labels[k:k + n] = ["O"] * n  # "Minister for Foreign and European Affairs": a portfolio, no country
                    k += n
                    continue
                if n:
                    if country == "european union" and nation != country and k > 1 \
                            and (lows[k - 1] == "of" or lows[k - 1] == "the" and lows[k - 2] == "of"):
                        # (three-hundred-twentieth ukraine_mfa_cyprus_3704: "a Head of the Department of the EU of the
                        # Ministry of Foreign Affairs of the Republic of Cyprus Mrs. X"): the Union names a department's
                        # field; the state whose ministry it is, "of" it, is her country
                        country = nation
                    else:
                        country = country or nation
                    labels[k:k + n] = ["N"] * n
                    k += n
                    continue
        if rare and words[k] in SURNAME_PREPOSITIONS and k and _surname_preposition_in_a_name(words, k):
            labels[k] = "P"  # "President To Lam": the surname, no "to" of an office (`SURNAME_PREPOSITIONS`)
            k += 1
            continue
        if state_word and k > 1 and k + 1 < size and (lows[k + 1] in _STATE_BODIES or lows[k + 1] in _STATES) \
                and lows[k - 1] == "the" and lows[k - 2] == "of" \
                and low.endswith(_NATIONALITY_ENDINGS) and _is_cap(words[k]) and low not in _RANK_WORDS:
            # "the Head of the Lusovian Government": a country the tables do not know; "President of the
            # Gallovan Republic": the state's word the country's too, as a known "Kyrgyz Republic" is
            n = 2 if lows[k + 1] in _STATES else 1
            labels[k:k + n] = ["N"] * n
            country = country or low
            k += n
            continue
        if k == 1 and lows[0] == "the" and size > 3 and words[2].islower() and _is_cap(words[1]) \
                and _unknown_nations_adjective(low) and _lower_portfolio_then_office(words, lows, 2):
            # (styles64: "The Durrovian customs chief said …", "the Ardellian customs chief accepted …"): a country the
            # tables do not know before a lower-case portfolio and its office, as "the Ghanaian customs chief" is read
            labels[k] = "N"
            country = country or low
            k += 1
            continue
        if rare and low in CITY_NAMES and (k == 0 or labels[k - 1] == "D") and "mayor" in lows[k + 1:k + 3]:
            # ("Prague Mayor accepted the offer …", "Kyiv Mayor expressed …"): the city whose mayor it is, read as a
            # place the tables do not know is ("Velm Mayor"), not a body's word that left a bare "Mayor", any mayor's
            # (fivehundredseventyfourth praha, kyivcity)
            labels[k] = "N"
            country = country or low
            k += 1
            continue
        label = _later_label(words[k]) if k else _first_label(words[k])
        if k in pehin_title:
            label = "H"  # (hard69: "Pehin Orang Kaya Indera Wijaya Dato Seri …": the Pehin's title, no name)
        if rare and words[k] == "HE" and (_two_name_words_after(words[k:]) or _office_after_his_excellency(words[k:])):
            label = "H"  # "HE Muse Bihi Abdi": His Excellency undotted, the style of the name after it
        if label == "P" and k and k + 1 < size and words[k + 1] == "Affairs" and lows[k - 1] in _PORTFOLIO_OPENERS:
            # (thousandfourth zimbabwesituation 2025-03-31: "Minister of State for Provincial Affairs and Devolution
            # for Mashonaland East Advocate X has assured …"): a capitalised word after "of"/"for" and before
            # "Affairs" names the portfolio ("Provincial Affairs", "Veterans Affairs"), no name's word; read as one,
            # "Provincial Affairs and Devolution … X" was two people joined by "and", a group whose words were no one's
            label = "O"
        if label == "P" and (size == 1 or labels[k - 1] == "R") and _mixed_case_initials(words[k]):
            label = "O"  # "President IsDB", a lone "IsDB": the body's initials (`_mixed_case_initials`)
        if label == "x" and k + 1 < size and _adjective_inside_a_body(words, k):
            label = "O"  # "the head of the hemispheric Organization": the body's adjective (no word of the office's name)
        if rare and low in MALAY_SECOND_TITLES and k and lows[k - 1] in MALAY_SECOND_TITLES[low] \
                and labels[k - 1] in ("H", "P") and _is_cap(words[k]):
            label = "H"  # "Dato' Seri", "Tan Sri": the title's second word, no given name (`MALAY_SECOND_TITLES`)
            if lows[k - 1] in ("tan", "puan"):
                labels[k - 1] = "H"
        if label == "H":  # (the amendments of a style below, each of which reads it as another label: one test
            # of the label for the words that are no style)
            if k and (labels[k - 1] == "P" or k > 1 and lows[k - 1] in _SON_OF_WORDS) \
                    and low in _PILGRIM_STYLES and k + 1 < size and _is_cap(words[k + 1]) and _later_label(words[k + 1]) == "P":
                # (hard69, Brunei's and Malaysia's releases: "Kamarulzaman bin Haji Idris", "Norazlina binti Haji Ahmad":
                # after "bin"/"binti" too, the pilgrim's style is the father's, part of the name)
                # (sixhundredth, Sabah's releases: "Chief Minister Datuk Seri Hajiji Haji Noor", "Mohd Shafie Haji Apdal"):
                # the pilgrim's style between a given name and a name after it is the father's, part of the name ("bin"
                # left out), not a second person's style that split the name in two
                label = "P"
            elif size == 2 and k == 0 and words[0] in GIVEN_NAME_STYLES and _is_cap(words[1]) \
                    and _later_label(words[1]) == "P" and lows[1] not in _ROLE_BY_FIRST:
                # (three-hundred-forty-sixth kremlin_40125: "Sen Arevshatian, Fellow of the Armenian National Academy …,
                # told Mr Putin that …"): a style's short form with no full stop before a lone surname, a given name
                label = "P"
            elif k and labels[k - 1] == "P" and words[k] in GIVEN_NAME_STYLES \
                    and (k + 1 == size or not _is_cap(words[k + 1])):
                # (fivehundredfiftyfourth freshnews: "Prime Minister Hun Sen of Cambodia requested …", "Samdech Hun Sen"): a
                # style's short form with no full stop after a name's word and ending the name is its surname, not a style
                label = "P"
            elif k and k + 1 == size and low in _PILGRIM_STYLES and labels[k - 1] in ("P", "H") and words[k][0] == "H":
                # (ninehundredfortysecond laikipia.go.ke: "Director of Public Prosecutions Noordin Haji paid a courtesy
                # call …", "Mr Haji said there's need …"): the pilgrim's word that ends the name, after a given name or a
                # style, is East Africa's surname, not a style before a name (which always follows it in Malay names)
                label = "P"
            elif k and low in _OFFICE_MODIFIERS and k + 1 < size and _modifier_names_a_body(words, labels, k) \
                    and _later_label(words[k + 1]) == "O":
                # (forty-first kremlin_8035: "Head of Kyrgyzstan’s Interim Government Roza Otunbayeva", "Head of the
                # Interim Government …"): "Interim" before a body's word names the body, no honorific of the name after
                # it; the body's word had been read as her surname after a style, a speaker "Government Roza Otunbayeva"
                label = "O"
        if label in _AMENDED_LABELS:
            if label == "P?":  # "Building on the Vice President’s visit": a participle, not a name
                label = "x" if size > 1 and words[1].islower() else "P"
            elif label == "O" and k > 0 and labels[k - 1] == "H":
                label = "P"  # "Mr. Chambers", "Ms. House": after an honorific, a surname
            elif label == "O" and k > 1 and labels[k - 1] == "P" and labels[k - 2] == "P" and _is_cap(words[k]) \
                    and _middle_initial(words[k - 1]):
                label = "P"  # (hard63: "Consul General Aldwin P. Church"): after a name's middle initial, a surname
            elif label == "O" and k == size - 1 and k > 0 and labels[k - 1] == "R" and low in _MONTH_SURNAMES:
                # (three-hundred-fifty-ninth whitehouse_trump_2017-09-20_trump_may_remarks: "PRIME MINISTER MAY: Well,
                # thank you …"): a month's name that ends the phrase right after an office's words is the holder's
                # surname, as "Prime Minister May"; not "in May", nor "President May 5" (a number ends no phrase here)
                label = "P"
            elif k == size - 1 and labels[k - 1] == "P" and _is_cap(words[k]) and low not in _ISLAND_WORDS \
                    and ((k == 1 or labels[k - 2] in "RHN") and _is_first_name(lows[k - 1])
                         or low in _SURNAMES_OF_A_BODYS_WORD and _after_a_remit(lows, labels, k - 1)):
                # "Samantha Power", "Administrator Samantha Power": after a first name that opens the name, a
                # surname, though a body's word or a title's verb elsewhere ("Power of Siberia", "Leaders Tell …");
                # so too after an office's remit, whatever the first name (eighthundredfiftysecond medcom: "US Consul
                # for Sumatra Gordon Church", `_after_a_remit`)
                label = "P"
            elif label == "x" and k and _verb_word_inside_a_name(words, lows, labels, k):
                label = "P"  # (hard55: "H.E. Sovanrith Say Monirath welcomed …": a name's word, no title's verb)
            elif label == "x" and (low == "state" or low == "government") and k > 0 and labels[k - 1] == "N":
                label = "O"  # "the head of the Ukrainian state (the Estonian government)": the head of state (government)
        if rare and low == "yuan" and k and lows[k - 1] in _BRANCHES_NAMED_YUAN and _is_cap(words[k - 1]):
            # (sixhundredseventeenth islandtimes: "members of Taiwan Legislative Yuan visited …", "the Executive Yuan"):
            # one of Taiwan's five branches of government, a body, no Mr Yuan (nor a Mr Legislative Yuan who took
            # every bare "the President" of the readout)
            labels[k - 1] = label = "O"
        if label == "O" and low in WEEKDAYS and _day_after_a_name(lows, labels, k):
            # (fourhundredeightyninth angop rwanda-ambassador: "The Ambassador … X Wednesday in Luanda praised …"): a
            # bare day after the name, read as "on Wednesday" is, a connector between the name and the place
            label = "C"
        labels[k] = label
        k += 1

    if size > 1 and labels[0] == "P" and lows[0] in _NEWNESS_WORDS and labels[1] in ("N", "R"):
        labels[0] = "H"  # "New Japan Ambassador visits …": the office newly taken, no Mr New (`_NEWNESS_WORDS`)
    if "x" in labels:
        # a lower-case word that is not part of a title: "the message", "the sides"
        head = _head_before_a_posting(words, lows)
        if "between" in lows[1:-1]:  # "the trade turnover between the countries": the turnover, no group
            head = lows[lows.index("between") - 1]
        if head in GROUP_HEADS or head in _PLURAL_ROLES or lows[-1] in _PARTIES_IN_COURT and lows[:-1] == ["the"] \
                or (len(lows) > 1 and lows[-2] in ("two", "both")):
            return _GROUP  # "the sides", "the governors", "state chiefs"; "the defence" (`_PARTIES_IN_COURT`)
        if not roles:
            return _THING
    head = lows[lows.index("of") - 1] if "of" in lows[1:] and not _of_inside_a_nation(lows) \
        else _head_before_a_posting(words, lows)
    first = lows[1] if lows[0] in DETERMINERS and len(lows) > 1 else lows[0]
    if ((head in GROUP_HEADS and not _name_ending_in_a_group_word(words, labels, lows, head))
            or head in _PLURAL_ROLES or first in _PLURAL_ROLES) \
            and not ((head in _PLURAL_ROLES or first in _PLURAL_ROLES)
                     and _one_officer_of_a_plural_body(words, lows, labels)):  # "Attorneys general"
        return _GROUP
    if head[-1] == "s" and head[:-1] in NATIONALITIES:
        return _GROUP  # "Vaccinated Ukrainians", "the Americans": a people
    possessives = lows is not raw  # whether a word may end in "’s" (a rule's exception)
    if "and" in raw and _is_group_and(words, labels, raw):
        return _GROUP

    blocks = _name_blocks(words, labels, possessives)
    if len(blocks) == 1 and blocks[0][1] == size and (
            blocks[0][0] == 0 or not possessives and labels[blocks[0][0] - 1] in ("R", "H")):
        # (one name that ends the phrase, the whole of it or after an office or an honorific,
        # "Vladimir Putin", "President X": `_choose_block` keeps it, and returns it at once)
        name_block: tuple[int, int] | None = blocks[0]
    else:
        name_block = _choose_block(blocks, labels, words, possessives) if blocks else None
    if name_block is not None and name_block[1] - name_block[0] >= 3:
        name_block = _name_after_place_words(lows, labels, name_block, bool(roles))
    elif name_block is not None and name_block[1] == size and name_block[0] >= 3 and size - name_block[0] == 2 \
            and lows[0] == "the" and lows[name_block[0] - 1] == "of" and labels[name_block[0] - 2] == "R" \
            and not _is_first_name(lows[name_block[0]]):
        # (three-hundred-eighty-seventh ua 75949: "the mayor of Wiener Neustadt (near Vienna) expressed …"): two
        # capitalised words right after "the <office> of", the first no first name, are the place the office is
        # of; a holder's name comes after his country ("the President of Velmar Ansel Quist"), not in its stead
        name_block = None
    elif name_block is not None and name_block[1] == size and name_block[0] >= 2 and lows[name_block[0]] in _SAINTS \
            and lows[name_block[0] - 1] == "of" and labels[name_block[0] - 2] == "R":
        # (fourhundredeightyseventh stkitts_gov_2022-08-18_taiwan_wu, a title: "New Foreign Affairs Minister of St. Kitts
        # and Nevis meets …"): a saint's name right after "<office> of" is the place the office is of (St. Kitts, St.
        # Lucia, St. Petersburg), no holder, whom "the Taiwan Foreign Minister" would be taken for
        name_block = None
    elif name_block == (0, 2) and size == 2 and not roles and lows[0] in _SAINTS:
        # (sixhundredeighth sainthelena queen-statement: "The community of St Helena recalls …"): a saint's style and
        # one capitalised word, no office before it, is a place (St Helena, St Lucia, Saint Petersburg), no one's name
        name_block = None
    if name_block == (0, 1) and roles and roles[0][0] > 1 and 2 <= len(words[0]) <= 3 and words[0].isupper() \
            and words[0].isalpha() and words[0].isascii():
        # (three-hundred-eighty-fifth whitehouse 2009-09-30 afghanistan: the title "WH Readout of the President's
        # meeting …"): a word of two or three capitals that opens the phrase, words before its office, is an
        # outlet's or a body's acronym, not a person's name ("J. R." has stops; "Minister LEE" its office before)
        name_block = None
    if name_block is not None and name_block[1] == name_block[0] + 1 and words[name_block[0]][1:] == "." \
            and _compass_initial_of_a_nation(words, lows, labels, name_block, roles):  # (one word "S." first, inline)
        name_block = None  # "S. Korean Envoy", "the N. Korean leader": South's or North's initial, no one's name
    if name_block is not None and words[name_block[1] - 1] in _OFFICE_ACRONYMS:
        # (eighthundredfirst latestly sai: "“…,” Chhattisgarh CMO posted on X."): capitals that end on a head's
        # office's acronym (the Chief Minister's Office, the Prime Minister's Office) are that office, a body, no name
        name_block = None
    if name_block is None and not roles:
        return _THING  # no name and no office ("White House"): what follows reads a person's fields
    if possessives and name_block is not None and roles and roles[-1][0] >= name_block[1] \
            and raw[name_block[1] - 1].endswith(("’s", "'s")) and "P" not in labels[roles[-1][1]:]:
        owned = next(r for r in roles if r[0] >= name_block[1])
        if owned[0] < roles[-1][0] and all(label == "R" for label in labels[owned[0]:roles[-1][1]]):
            # (NATO's "NATO’s Deputy Secretary General noted …"): offices read in a row after the possessor are one
            # office, its rank with it ("Kastravia’s Deputy Foreign Minister" is no foreign minister)
            owned = (owned[0], roles[-1][1])
        else:
            owned = roles[-1]
        return _possessors_office(lows, owned, name_block)
    # (the gender is a person's: read once the phrase is known to be a name or an office)
    marked = lows[1:] if possessive else lows  # (hard23: "his Norvellian counterpart" may be a woman: "his" is the owner's)
    gender = None if _GENDER_MARKERS.isdisjoint(marked) else \
        "f" if _marked_female(marked) and not _couple_styled(marked) else \
        "m" if _marked_male(marked) else None
    role = ""
    if roles:
        # the office nearest the name, or the last one when there is no name
        # "the wife of the President", "the President's wife": the spouse is meant
        rs, re_ = roles[0] if len(roles) == 1 else next(
            (r for r in roles if " ".join(lows[r[0]:r[1]]) in SPOUSE_ROLES), roles[0])
        if (rs, re_) == roles[0] and len(roles) > 1 and name_block is not None and _style_then_the_office(lows, roles):
            rs, re_ = roles[1]  # "Highness the Crown Prince Sheikh X": his office, not the style the court shares
        # a role's complement: "Head of the Office of the President of Ukraine"
        stop = name_block[0] if name_block is not None else size
        while re_ < len(words) and lows[re_] != "and" and (
            labels[re_] in ("C", "R", "O", "N")
            # "of the National Bank", "of the President's Office": "the" inside the complement
            or (lows[re_] == "the" and re_ > rs and lows[re_ - 1] == "of"
                and re_ + 1 < len(words) and (labels[re_ + 1] in ("R", "O", "N")
                                              or labels[re_ + 1] == "P" and _body_name_at(words, labels, re_ + 1, stop)))
            # "of the Tarsel Policy Institute": a body's own name before the word that makes it one
            # (none from `stop` on, where the name starts: "President X" needs no test)
            or (labels[re_] == "P" and re_ < stop and _body_name_at(words, labels, re_, stop))
            # "of the Vostrenian Customs Service": a country's adjective the tables do not know before the body's name
            # (the labels `_unknown_nations_body_at` needs tested first: a capitalised word, "P", at the adjective)
            or (lows[re_] == "the" and re_ > rs and lows[re_ - 1] == "of" and re_ + 2 < stop
                and labels[re_ + 1] == "P" and _unknown_nations_body_at(words, lows, labels, re_ + 1, stop))
            or (labels[re_] == "P" and _unknown_nations_body_at(words, lows, labels, re_, stop))
        ):
            if name_block is not None and re_ >= name_block[0]:
                break
            if re_ > rs and name_block is not None and re_ + 1 == name_block[0] \
                    and lows[re_] in _STYLES_BETWEEN_AN_OFFICE_AND_ITS_HOLDER and lows[re_ - 1] != "crown":
                break  # "President of the X Sheikh Hamad …", "Finance Minister Senator Y": his style, not the office's
            if re_ > rs and name_block is not None and re_ + 1 == name_block[0] and lows[re_] in _RANKS_AFTER_AN_OFFICE \
                    and lows[re_ - 1] in _OFFICES_BEFORE_A_RANK:
                break  # "Joint Chiefs of Staff Chairman General X": his rank, no "chairman general" (`_RANKS_AFTER_AN_OFFICE`)
            re_ += 1
        office = labels[rs:re_]  # (a nation's words are not the office's: as a rule there are none)
        nations = {k for k in range(rs + 2, re_) if _unknown_nations_body_at(words, lows, labels, k, stop)} \
            if re_ - rs > 3 and "P" in office else ()
        role = _role_name(tuple(raw[rs:re_]) if "N" not in office and not nations
                          and ("O" not in office or not _body_adjective_in(words, labels, rs, re_))
                          else tuple([raw[k] for k in range(rs, re_) if labels[k] != "N" and k not in nations
                                      and not _body_adjective_at(words, labels, k)]))
        if nations and country is None:
            country = lows[min(nations)]  # (the body's country: `_unknown_nations_body_at`)
        if rs > 0 and role in _PORTFOLIO_ROLES and (name_block is None or name_block[1] <= rs - 1 or name_block[0] > rs) and (
                (labels[rs - 1] in ("P", "O") and (name_block is None or name_block[0] != rs - 1)
                 and not (labels[rs - 1] == "P" and lows[rs - 1].endswith(_NATIONALITY_ENDINGS)))
                or (labels[rs - 1] == "x" and rs == 1 + (lows[0] in DETERMINERS) and lows[rs - 1].isalpha())):
            role = f"{lows[rs - 1]} {role}"  # "Interior Minister X", "the interior minister": which minister
            if lows[rs - 1] == "affairs" and rs > 1 and labels[rs - 2] in ("P", "O"):
                # (fourhundredeightyninth angop fm-back-from-new-york: "The Angolan Foreign Affairs minister, X, …
                # the Angolan Foreign minister defended …"): the portfolio's two words, "foreign affairs", not "affairs"
                role = f"{lows[rs - 2]} {role}"
        elif rs > 0 and lows[rs - 1] == "cabinet" and role[:10] == "secretary " and _remit_follows(role):
            role = f"cabinet {role}"  # "The Cabinet Secretary for Tourism and Wildlife" (`_remit_follows`)
        elif rs > 0 and lows[rs - 1] in INSTITUTION_WORDS and role in _INSTITUTION_HEADS and labels[rs - 1] in ("O", "P") \
                and (name_block is None or name_block[1] < rs or name_block[0] > rs):
            role = _institutions_office(lows, labels, rs, name_block, role)
        elif re_ - rs > 1 and labels[re_ - 1] == "O" and _mixed_case_initials(words[re_ - 1]):
            # (fivehundredthirtieth nation 2019: "The President IsDB expressed his appreciation …", Pakistani style for
            # "the President of the IsDB"): the body's initials after the office are no part of it, as "the IsDB
            # President" is the President
            role = _role_name(tuple(raw[rs:re_ - 1]))
        k = rs - 1
        while k > 0 and labels[k] == "N":
            k -= 1  # (over a nation's word: "Former Japanese Prime Minister X")
        if role == "diplomat" and k > 0 and labels[k] == "P" and lows[k].endswith(_NATIONALITY_ENDINGS):
            k -= 1  # (over a country's adjective the tables do not know: "the top Tavrosian diplomat")
        if role == "diplomat" and k >= 0 and lows[k] == "top":
            role = "top diplomat"  # "the top Bolivian diplomat": Bolivia's foreign minister, as "Bolivia's top diplomat"
        if k == 2 and labels[k] == "P" and lows[1] == "former" and name_block is None:
            k = 1  # (over a place's one word, no name's: "the former Bibiani-Anhwiaso-Bekwai Member of Parliament")
        if k >= 0 and lows[k] == "former" and not role.startswith("former"):
            # three-hundred-twenty-eighth mea_2022-05-24_suga_calls_on_pm: "Former Prime Minister of Japan H.E. Mr. X
            # called on Prime Minister Y … Prime Minister appreciated X's contribution": the former holder keeps his
            # "former" (`people._RANK_MODIFIERS`), so the bare office is the one who holds it now
            role = "former " + role
    if country == "european union" and "P" in labels and lows[-1] != "union":
        country = _state_of_a_union_office(words, lows, labels, name_block) or country
    unknown = country is None and "P" in labels
    if unknown and (name_block is None or "P" in labels[:name_block[0]] or "P" in labels[name_block[1]:]):
        # (with every name word the name's, as most often, there is no country to read)
        country = _unknown_country(words, labels, name_block)
    if country is not None and name_block is None and lows[0] in DETERMINERS and country[-1] != "s" \
            and role.startswith(country) and role[len(country):len(country) + 1] == " ":
        # ("The Ostlund minister": Ostlund's minister, no portfolio "ostlund"; not "the Emergencies
        # Minister", a portfolio, nor "Emergencies Minister X", named)
        role = role[len(country) + 1:]
    # (`_lead` is read only where it may count: the lead words come before the name
    # or the office, so none do when the phrase opens with it)
    cut = size
    if "x" in labels:
        cut = next((k for k in range(_lead(labels) + 1, size) if labels[k] == "x"), cut)
    tail = size - cut
    if name_block is not None:
        a, b = name_block
        # "President Biden’s call" (without a possessive in the phrase, the words are as they are)
        name = words[a:b]  # (a tuple, without a comma as a rule: "Joseph R. Biden, Jr." has one)
        if lows is not raw or "," in name:
            name = tuple([w for w in name if w != ","] if lows is raw else
                         [without_possessive(w) for w in name if w != ","])
        if len(name) == 1 and not roles and "H" not in labels and lows[0] == "the":
            return _THING
        # (a name that ends the phrase has no words after it: no tail)
        after = _name_tail(words, labels, b, tail if cut >= b else 0, possessives) if b < size else 0
        if after and lows[len(words) - after] in ("to", "for", "with", "and") and (
                (roles and roles[-1][0] >= len(words) - after) or country):
            # "Vladimir Putin to the Uzbek President": the office and the country after
            # the name are another person's; the name means what the words before say
            before = _meaning_of(words[:len(words) - after])
            if before.kind == "name":
                return before._replace(tail=before.tail + after)
        if after and unknown and country is not None:
            # "President X Receives the Minister of Osterra" (a title): a country read
            # off the words after the name, which are not the name's, is not the person's
            country = _unknown_country(words[:len(words) - after], labels[:len(words) - after], name_block)
        # (fields in order: kind, name, role, country, gender, possessive, lead, tail)
        # (a phrase that opens with a title, an honorific, a nation or a determiner has no
        # lead words: `_lead` would stop at its first)
        lead = min(_lead(labels), a) if a and labels[0] not in ("R", "H", "N", "D") else 0
        return _new_meaning(_Meaning, ("name", name, role, country, gender, False, lead, after))
    if roles:
        first_start, first_end = roles[0]
        lead = min(_lead(labels), first_start) if first_start else 0
        if first_start and lows[first_start - 1] == "incoming" and role + "-elect" in _ELECT_ROLES:
            role += "-elect"  # "The incoming President signaled …": the President-elect, not the President
        if low == "her" and gender is None and size > 1 and lows[1] in _STYLE_WORDS:
            # (hard28: "Her Majesty underscored in writing …" after "Their Majesties King X and Queen Y": a style's
            # "Her" is the holder's own, not an owner's, so the holder is a woman; not "His", which a Crown Prince
            # of no known sex must still match, hard16)
            gender = "f"
        elif low == "his" and gender is None and size == 2 and lows[1] == "excellency":
            # (sixhundredfifth, Qatar's foreign ministry: "HE Minister X received a call from HE Minister Catherine Y …
            # His Excellency also stressed …"): the bare style's "His" is the holder's own, so not a woman the readout
            # knows as one (a "His Highness" stays of no sex: a Crown Prince of none known must match it, hard16)
            gender = "m"
        return _new_meaning(_Meaning, ("description", (), role, country, gender, possessive,
                                       lead, tail if cut >= first_end else 0))
    return _THING


def _compass_initial_of_a_nation(words: Sequence[str], lows: Sequence[str], labels: list[str],
                                 name_block: tuple[int, int], roles: list[tuple[int, int]]) -> bool:
    """Whether the phrase's one name word is a lone capital with its stop ("S.", "N.") right before a nation's word,
    with the office after them and the phrase opening there or after a determiner (ninehundredfortyninth menafn's title
    "S. Korean Envoy Briefed On Jerash's Investment Privileges", then "the Korean envoy indicated …"; "N. Korean
    leader", "S. Sudan President"): the short South or North of a country's name, as "S. African Envoy" reads already,
    no person "S." who would take the body's "the Korean envoy" from the envoy it names. Not "President Yoon" after
    it (the name is his, the block not the initial), nor an initial with no office after the nation ("M. Jordan")."""
    a, b = name_block
    return b == a + 1 and b < len(words) and labels[b] == "N" and len(words[a]) == 2 and words[a][1] == "." \
        and words[a][0].isupper() and (a == 0 or a == 1 and lows[0] in DETERMINERS) \
        and any(start > b for start, _ in roles)


def _couple_styled(lows: list[str] | tuple[str, ...]) -> bool:
    """Whether the phrase opens with a married couple's style, "Mr and Mrs" (fivehundredfiftysecond, China's consulate
    in Manchester: "met at his residency with Mr and Mrs Mark Hendrick, MP for Preston", then "Mr. Hendrick said …
    He invited …"): the name is the husband's, so "Mrs" makes no woman of him."""
    return len(lows) > 3 and lows[1] in ("and", "&") and lows[0] in ("mr", "mr.") and lows[2] in ("mrs", "mrs.")


_STYLE_WORDS = frozenset({"majesty", "highness", "royal", "imperial", "excellency"})
"""The words of a style of address after "Her" ("Her Majesty", "Her Royal Highness"): the holder is a woman."""


def _style_then_the_office(lows: Sequence[str], roles: Sequence[tuple[int, int]]) -> bool:
    """A style of address, then "the" and an office, the first two offices of a name's phrase (fivehundredfirst, KUNA: "His
    Highness the Amir Sheikh X received His Highness the Crown Prince Sheikh Y … His Highness the Crown Prince
    briefed …"): the office is the holder's own, which tells the Amir from the Crown Prince; the style ("highness")
    is one every prince at the court bears. (With no name, "His Majesty the King" stays the style's, the one who reigns
    and publishes: styles7 maghrel_royal_cabinet.)"""
    style_end, office_start = roles[0][1], roles[1][0]
    return office_start == style_end + 1 and lows[style_end] == "the" and lows[style_end - 1] in _STYLE_WORDS
_GIVEN_NAME_NATIONS = frozenset({"german"})
"""A nation's adjective that is also a given name (the Kremlin's "German Gref")."""


def _given_name_after_an_office(words: Sequence[str], lows: list[str], labels: list[str], k: int) -> bool:
    """The nation's word at k is a given name: an office (or its complement) or an honorific just before
    it, one capitalised word that is no office or nation after it, and the phrase ends there ("Minister
    German Gref", "Minister of Economic Development and Trade German Gref", "Mr German Gref"; not
    "Minister and German Chancellor X")."""
    return 0 < k == len(words) - 2 and _is_cap(words[k + 1]) and lows[k + 1] not in _TITLE_OPENERS \
        and (labels[k - 1] == "H" or labels[k - 1] in ("R", "O") and "R" in labels[:k])


def _possessors_office(lows: list[str], office: tuple[int, int], possessor: tuple[int, int]) -> _Meaning:
    """"Ostlund's foreign minister", "Ostlund's top diplomat", "President Maric's guest": the holder of
    the office the name owns, someone else than the name's bearer; the possessor (a country, most
    often) is the office's country, so a person of another country is never taken for it."""
    rs, re_ = office
    role = _role_name(tuple(lows[rs:re_]))
    if role == "diplomat" and rs > 0 and lows[rs - 1] in ("top", "chief"):
        role = "foreign minister"  # ("Ostlund's top diplomat": its foreign minister)
    a, b = possessor
    return _new_meaning(_Meaning, ("description", (), role, " ".join(lows[a:b]), None, False, 0, 0))


_ELECT_ROLES = frozenset({"president-elect", "vice president-elect", "prime minister-elect"})
"""The offices "incoming" names before they are held ("the incoming President": the President-elect)."""
_GROUP, _THING = _Meaning("group"), _Meaning("thing")
"""The meanings of every group and every thing (no field but the kind), made once."""


def _lead(labels: list[str]) -> int:
    """How many words open a phrase and belong to no one: those before the first
    title, nation or determiner ("Readout of President X", "Because President X"),
    none if there is none."""
    for k, lab in enumerate(labels):
        if lab in ("R", "H", "N", "D") or lab == "P" and k + 1 < len(labels) and labels[k + 1] == "R":
            return k
    return 0


_GENDER_MARKERS = FEMALE_MARKERS | MALE_MARKERS
"""The words that tell a gender, either: most phrases hold none, and one test says so."""
_CIVIC_OFFICES_AFTER_LORD = frozenset({"mayor", "provost"})
"""The offices "Lord" opens as a word of the office, held by a woman as well ("the Lord Mayor", "Lord Provost")."""


def _marked_female(marked: Sequence[str]) -> bool:
    """Whether a phrase's words (lower case) hold a woman's marker, "Mama" one only before another word of the name
    (h1269: "Mama Philomena", the honorific), not as its last word (rf13: "Minister Tomas Mama", a family name, a man
    whom "He" means)."""
    found = FEMALE_MARKERS.intersection(marked)
    if found != {"mama"}:
        return bool(found)
    return marked.index("mama") + 1 < len(marked)


def _marked_male(marked: Sequence[str]) -> bool:
    """Whether a phrase's words (lower case) hold a man's marker, "Lord" no such marker where it opens a city's office
    (styles36: "Friederike X, Lord Mayor of Estermund … She said …": the Lord Mayor a woman)."""
    found = MALE_MARKERS.intersection(marked)
    if found != {"lord"}:
        return bool(found)
    at = marked.index("lord")
    return at + 1 == len(marked) or marked[at + 1] not in _CIVIC_OFFICES_AFTER_LORD


_SAID_BEFORE_THE = "Said"
"""(ninehundredtwelfth nyasatimes: "Said the Mayor; “It is noted …”" and then "“…,” he added."): a capitalised "Said"
right before "the" opens a phrase as the inverted verb, never a name ("Said Jalili", "Edward Said" are names, none is
followed by "the"): `_meaning_of` reads the words after it, so "the Mayor" speaks and "he" is not a Mr "Said"."""
_AMENDED_LABELS = frozenset({"P?", "O", "x"})
"""Labels of a word that the words around it may change (see `_meaning_of`)."""


@lru_cache(maxsize=65536)
def _first_label(word: str) -> str:
    """`_word_label` of a phrase's first word (`_meaning_of` reads its `lows`)."""
    return _word_label(word, without_possessive(word.lower()), True)


@lru_cache(maxsize=65536)
def _later_label(word: str) -> str:
    """`_word_label` of a word after the first."""
    return _word_label(word, without_possessive(word.lower()), False)


def _his_excellency_before_a_name(words: Sequence[str]) -> bool:
    """Whether the phrase's words open with "HE", "His Excellency" with no full stops, before an ambassador's or an
    engineer's shortened style (fivehundredfortyfourth igad: "the new Head of the European Delegation, HE Amb. Adam
    Kulach,", "HE Amb. (Eng.) X") or before a name itself (`_two_name_words_after`): a style, not the pronoun. (Not yet
    before "Mr": fivehundredtwentysecond oic's "received the Secretary General … HE Mr X, where he congratulated the
    latter" finds its host only while "HE" reads as the pronoun; the host an appositive subject, "The Minister, Prince Y, received …, where he …", is missed.)"""
    return words[0] == "HE" and len(words) > 1 and (words[1] in SHORT_STYLES_AFTER_HE or _two_name_words_after(words)
                                                    or _office_after_his_excellency(words))


def _office_after_his_excellency(words: Sequence[str]) -> bool:
    """Whether the word after a phrase's first "HE", or after its "HE the", is an office's written as a name's word
    (sixhundredfifth, Qatar's foreign ministry: "HE Prime Minister and Minister of Foreign Affairs Sheikh X received
    …", "HE the Minister of State … stressed …", "HE Deputy Secretary … expressed …"): His Excellency undotted before
    the office, as "H.E." is, not the pronoun (a headline's pronoun in capitals has capitals after it). A hyphened
    office each of whose parts is so written too (sixhundredfiftyfirst qna amir_nato_call: "HE Secretary-General of
    NATO expressed his thanks …", "HE Director-General …")."""
    k = 2 if len(words) > 2 and words[1] == "the" else 1
    word = words[k] if len(words) > k else ""
    return word.lower() in ROLE_TOKENS and all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))


def _two_name_words_after(words: Sequence[str]) -> bool:
    """Whether the two words after a phrase's first are written as a name's ("HE Muse Bihi Abdi": fivehundredfiftyseventh
    somaliland's undotted "HE" before the President's name), neither an honorific ("HE Mr X" stays as it was, see
    `_his_excellency_before_a_name`) nor an office: a capital then lower-case letters only (the pronoun of a headline in
    capitals has capitals after it); a hyphenated surname's parts each so (styles45's tests: "HE Idris Malouf-Tessier",
    as "HE Walid Saqr Al-Hadhrani")."""
    return len(words) > 2 and all(
        all(part[:1].isupper() and part[1:].islower() and part.isalpha() for part in word.split("-"))
        and word.lower() not in HONORIFICS and word.lower() not in ROLE_TOKENS for word in words[1:3])


def _surname_he_or_she_before_a_name(words: Sequence[str]) -> bool:
    """Whether a phrase opening with "He" or "She" is the Chinese surname before a given name (fivehundredninetyseventh
    enghunan consular corps: "He Baoxiang extended welcome to the delegation and briefed them …"; hard24's "He Zhaolin,
    who oversees …"; "She Chunming welcomed …"): one word written as a name's (a capital, then lower-case letters;
    no honorific, office or function word), then a lower-case word, its verb, or a comma; not "He, too, …", nor a
    headline's "He Meets With …", whose next word is a capital's too. Cheap test first: the capital "H" or "S"."""
    if len(words) < 3 or words[0] not in ("He", "She"):
        return False
    given, after = words[1], words[2]
    return given[:1].isupper() and given[1:].islower() and given.isalpha() and given.lower() not in HONORIFICS \
        and given.lower() not in ROLE_TOKENS and given.lower() not in FUNCTION_WORDS \
        and (after == "," or after.isalpha() and after.islower())


SHORT_STYLES_AFTER_HE = frozenset({"Amb", "Amb.", "Eng", "Eng.", "Engr", "Engr.", "Dr", "Dr."})
"""An ambassador's and an engineer's shortened styles before a name (also `name_runs.OFFICE_HOLDERS_STYLES`); a
doctor's too (styles45 ccpc, a producers' council's release: "met with HE Dr. Yusuf Al-Qaramani, Minister of Energy
…": the whole name, not "Al-Qaramani" alone)."""


_OUTLET_WORDS = frozenset(("news", "press", "times", "post", "journal", "examiner", "tribune", "gazette", "chronicle",
                           "herald", "dispatch", "ledger"))
"""The words of a newspaper's name that may be joined to another by a hyphen (`_outlets_hyphened_name`)."""


def _outlets_hyphened_name(low: str) -> bool:
    """A newspaper's hyphened name ("the Topeka Capital-Journal reported", eighthundredth miamiherald; "Post-Dispatch",
    "Star-Tribune", "Journal-Constitution", "Sun-Times"): a paper, no person, as "the Kansas City Star" is; one of
    its parts an outlet's word (`_OUTLET_WORDS`), not a hyphened surname's ("Smith-Jones")."""
    return any(part in _OUTLET_WORDS for part in low.rstrip("’s'").split("-"))


def _word_label(word: str, low: str, first: bool) -> str:
    """A word's label in a phrase when it starts no office or nation (see
    `_meaning_of`); "P?" for a capitalised participle that opens the phrase."""
    cap = _is_cap(word)
    if low in HONORIFICS and (cap or low.endswith(".")):
        return "H"
    if low in DETERMINERS:
        return "D"
    if low in _CONNECTORS or word in ("’s", "'s", ","):
        return "C"
    if (low in _PARTICLES or word == "i") and not cap:
        return "p"  # a name particle, only inside a name ("i": Catalan's, "Josep Antoni Duran i Lleida")
    if not first and cap and low in _EVENT_WORDS:
        return "x"  # "President Biden Meeting with …", "Vice President Harris Call": a title's event
    if first and cap and low in _TITLE_ITEM_NOUNS:
        return "O"  # "Report of Belarus President Administration head X": the item, as "Meeting of …", no Mr Report
    if cap and (low in NON_PERSON_WORDS or low.rstrip("’s'") in NON_PERSON_WORDS or low in _WAR_WORDS
                or low in _PORTFOLIO_CAPITALS or word in _PORTFOLIO_INITIALS
                or "-" in low and _outlets_hyphened_name(low)):
        return "O"
    participle = first and low.endswith("ing") and len(low) > 5
    if cap and low in _VERB_FORMS:
        return "x"  # "Teodora Lisk Holds a Telephone Call": a title's verb
    if cap or word in _SUFFIXES:
        return "P?" if participle else "P"
    return "x"


def _middle_initial(word: str) -> bool:
    """A capital and a full stop ("P.", "S."): a middle name's initial, inside a person's name only."""
    return len(word) == 2 and word[1] == "." and word[0].isupper()


def _mixed_case_initials(word: str) -> bool:
    """A body's short name written in mixed case that ends in a capital ("IsDB", "AfDB", "KfW", "DfID"): right after an
    office it names the body ("President IsDB", Pakistani style for "President of the IsDB"), alone it is the body
    (fivehundredthirtieth nation 2019: "IsDB also expressed support …"); no person's name mixes lower case with a
    final capital ("McDonald", "DeSantis" end in lower case; "KISHIDA", all capitals, is not mixed). Read only there,
    and before an office, where it is the body's, as capitals are, not an unknown country's (sevenhundredfirst: "The
    AfCFTA Secretary General also commended …", `_unknown_country`): inside a longer name it may be a programme's
    ("The TMaH Model will also help …", hard10), which stays as it was."""
    return len(word) > 2 and word[-1].isupper() and not word.isupper() and word[0].isupper() and word.isalpha() \
        and word not in _DEGREE_LETTERS


_DEGREE_LETTERS = frozenset({"PhD", "EdD", "PsyD", "ThD", "DrPH", "MBChB", "DMD"})
"""Degrees' letters in mixed case after a name ("Dr. Ana Tellez, PhD,"): no body's initials (`_mixed_case_initials`)."""


def _day_after_a_name(lows: list[str], labels: list[str], k: int) -> bool:
    """Whether the weekday at `k` is a bare "when" after a name, as a wire writes "X Wednesday in Luanda praised …"
    for "X on Wednesday …" (fourhundredeightyninth angop rwanda-ambassador): after a name's word, ending the phrase or
    before a connector ("in Luanda"); not a surname after a first name ("Joe Friday"), nor a given name after an office
    ("Minister Monday Semaya Kumba": no name's word before it). Read where a weekday is labelled a non-person word."""
    if not k or labels[k - 1] != "P" or k + 1 < len(lows) and lows[k + 1] not in _CONNECTORS:
        return False
    return not _is_first_name(lows[k - 1])


_ABSTRACT_NOUN_ENDS = ("tion", "sion", "tions", "sions")
"""The endings of abstract nouns ("Supervision", "Regulation"), capitalised in a body's name, never in a person's."""
_TITLE_ITEM_NOUNS = frozenset({"report", "reports", "greetings", "speech", "message"})
"""Nouns that open a title for the item it heads, "Report of …", "Greetings of …" (`_word_label`, first word only):
read as "Meeting of …" is, not as a person's name with an office after "of" (fourhundredth
belarus_president_2024-01-25_sergeyenko_report: "Report of Belarus President Administration head Igor Sergeyenko"
was a Mr Report, the President, who took every quotation)."""
_SAINTS = frozenset({"st.", "st", "saint"})
"""A saint's style, which opens a place's name after "<office> of" ("Minister of St. Kitts"), not a holder's."""
_MONTH_SURNAMES = frozenset({"may"})
"""A month's name that is also a surname (`_meaning_of`: only right after an office, ending the phrase)."""
_PILGRIM_STYLES = frozenset({"haji", "hajah"})
"""The pilgrim's style of Malay names ("Haji", "Hajah"), an honorific before a name and, between two names, the
father's (`_meaning_of`)."""
_WAR_WORDS = frozenset({"war", "wars"})
"""Capitalised, a war's name ("the Great Patriotic War" of a title), never a person's: read
like NON_PERSON_WORDS in a capitalised run, but no body that acts ("despite the war")."""
_PORTFOLIO_CAPITALS = frozenset({"construction", "utilities", "telecommunication", "telecommunications", "telecom",
                                 "telecoms", "innovation", "digitalisation", "digitalization"})
"""Capitalised, a ministry's portfolio ("Minister of Construction and Housing X", "Minister of Construction, Housing
and Utilities Y"; twentieth styles karsovia_presidency_heating_season_ministers; styles61: "Federal Minister for IT and
Telecommunication Ms. X", "Minister of Posts and Telecommunications Y", "Minister of ICT and Innovation Z"), never a
country nor a person's name: read like NON_PERSON_WORDS in a capitalised run, so the "and" joins two portfolios of one
minister, not a Mr Telecommunication and the minister; but not a thing's noun lower-case ("The start of construction
is scheduled …" carries a governor's report on, hundred-eighty-fifth 63240)."""
_PORTFOLIO_OPENERS = frozenset({"of", "for"})
"""The words before a ministry's portfolio in an office ("Minister of …", "Minister of State for …"): a capitalised
word after one of them and before "Affairs" is the portfolio's (`_meaning_of`)."""
_PORTFOLIO_INITIALS = frozenset({"IT", "ICT", "ICTs"})
"""A ministry's portfolio by its initials, capitals as written (styles61, Pakistani and African ministries' releases:
"Federal Minister for IT and Telecommunication X", "Minister of ICT and Innovation Y"): the portfolio, as its words
spelt out are, not a person's name nor (for "IT") the pronoun; compared case and all, so "It" stays the pronoun."""

_NATION_WORDS = frozenset(NATIONALITIES) | frozenset(_NATIONS_BY_FIRST)
_WORDS_OF_RARE_RULES = frozenset({"a", "he", "yuan"}) | frozenset(map(str.lower, SURNAME_PREPOSITIONS)) | CITY_NAMES \
    | frozenset(MALAY_SECOND_TITLES)
"""The words (lower case) that open a rare rule of `_meaning_of`'s word loop ("of A Just Russia", "President To
Lam", "Prague Mayor", "HE Muse Bihi Abdi", "Dato' Seri", "Legislative Yuan"): a word that is none is tested for
none of them."""
_TITLE_OPENERS = _NATION_WORDS | frozenset(_ROLE_BY_FIRST) | _GIVEN_NAME_OFFICES
"""The words an office or a nation may start with (lower case), and the offices that are given names too
(`_meaning_of` tests those within: one test of a word that is none)."""


@lru_cache(maxsize=4096)
def _role_name(words: tuple[str, ...]) -> str:
    """An office's words as one name (few offices, named often); an office by its
    initials is named in full, so "NSA Sullivan" is the National Security Advisor."""
    role = _strip_trailing_connectors(normalise_role(list(words)))
    if role.endswith((" his excellency", " her excellency")) and role.count(" ") > 1:
        # (four-hundred-sixty-eighth gg-medical: "the Governor General His Excellency Sir David X": an office, then
        # the style of address before the name, not part of the office; "the Governor General" is he)
        role = role[:-len(" his excellency")]
    if role.endswith(" of office of head of state"):
        # (two-hundred-eleventh 72221: "Deputy Head of the Office of the President … Rostyslav Shurma …
        # In conclusion, the deputy head of the Office of the Head of State said that …"): the head of
        # state's office is the President's, the same office named another way
        role = role[:-len("head of state")] + "president"
    elif role.endswith(" of presidential office"):
        # (two-hundred-eighty-first 74361: "Deputy Head of the Presidential Office Kyrylo Tymoshenko said. …
        # According to the deputy head of the President's Office, during the war …"): the Presidential Office
        # is the Office of the President, the same office named another way
        role = role[:-len("presidential office")] + "office of president"
    if role.startswith("ambassador-") or role.startswith("ambassador extraordinary"):
        # (what follows is the state it is of: "of the Republic of X", no part of the office)
        role = next((office for style, office in _FULL_STYLES if role.startswith(style)), role)
    if _AD_INTERIM in role or _AD_INTERIM_SPELT in role:
        # "the Chargé d'affaires a.i. of X" (or "ad interim", spelt out) is "the Chargé d'affaires" after
        role = role.replace(_AD_INTERIM, "").replace(_AD_INTERIM_SPELT, "")
    if role in _ROLE_INITIALS:
        return _ROLE_INITIALS[role]
    if role in _SHORTENED_OFFICES:
        return _SHORTENED_OFFICES[role]
    if role in _OFFICE_SPELLINGS:
        return _OFFICE_SPELLINGS[role]
    if role in _INFORMAL_OFFICES:
        return _INFORMAL_OFFICES[role]
    if role[:3] in _INITIALS_BEFORE_THEIR_FIELD and role[3:].isalpha():
        return f"{_ROLE_INITIALS[role[:2]]} of{role[2:]}"  # "the DG Health": the Director General of Health (Services)
    if role[:3] in _INITIALS_ONLY_BEFORE_A_FIELD and role[3:].isalpha():
        return f"{_INITIALS_ONLY_BEFORE_A_FIELD[role[:3]]} of{role[2:]}"  # "the CG Customs"
    rank, _, last = role.rpartition(" ")
    # "Deputy PM Thanh": the Deputy Prime Minister ("Deputy Prime Minister Le Van Thanh")
    return f"{rank} {_ROLE_INITIALS[last]}" if rank and last in _ROLE_INITIALS else role


_ROLE_INITIALS = {
    "nsa": "national security advisor",
    "dnsa": "deputy national security advisor",
    "pdnsa": "principal deputy national security advisor",
    "dg": "director-general",
    "sg": "secretary-general",  # "The SG welcomed …" (a secretariat's releases: thirteenth styles carun_secretariat)
    "pm": "prime minister",  # "PM Dagan" (Israeli, British readouts)
    # "The ASG later briefed the Ambassador …" (a Caribbean community secretariat's release: fifteenth styles
    # ancom_secretariat): the Assistant Secretary-General
    "asg": "assistant secretary-general",
    "cm": "chief minister",  # "The CM informed that …" (Indian states' releases: fourteenth styles varunpradesh_cmo)
    "hcm": "chief minister",  # "HCM expressed …": "Hon'ble Chief Minister" (sevenhundredfifteenth, Assam CMO's release)
    "mb": "menteri besar",  # "The MB later told reporters …" (a Malaysian state's release: fourteenth styles seremba)
    "fm": "foreign minister",  # "FM Sari" (Indonesian readouts)
    "eam": "external affairs minister",  # "EAM Dr. Rao" (India's readouts)
    "vp": "vice president",  # "VP Adeyemi-Cruz, Norvellian counterpart hold talks" (Nigerian headlines, hard23)
    # the EU's High Representative/Vice-President ("While in Kyiv, the HRVP stressed the unity of all EU Member
    # States …" after "The EU's High Representative … Federica Mogherini visited Kyiv", two-hundred-seventieth)
    "hrvp": "high representative",
    "hr/vp": "high representative",  # ("…, underlined the HR/VP Federica Mogherini.", two-hundred-seventieth zarif)
    # the President of the UN General Assembly (four-hundred-fifty-eighth fiji_gov kubuabola_ashe: "… with the President
    # of the General Assembly, Dr John Ashe. … The PGA underscored his commitment to …")
    "pga": "president of the general assembly",
    "igp": "inspector general of police",  # ("IGP X … The IGP directed …": styles40 kherran, police releases)
    # a Nigerian state's Secretary to the State Government ("… the Secretary to the State Government, Alhaji X,
    # disclosed … The SSG explained that …", ninehundredfortyfirst dailytimes 2025-11-11)
    "ssg": "secretary to the state government",
    "avm": "air vice-marshal",  # ("Air Vice-Marshal X … AVM X lauded …": styles35 air_vice_marshal)
}
_INITIALS_BEFORE_THEIR_FIELD = frozenset({"dg "})
"""An office's initials then the one word of its field, South Asian releases' short style (styles56: "the Director
General of Health Services, Prof. Dr. X, … During the meeting, the DG Health said …"; "DG Health Dr X" on Pakistani
pages): the office "of" that field, as "the DG" alone is the Director General."""
_INITIALS_ONLY_BEFORE_A_FIELD = {"cg ": "commissioner-general"}
"""Initials that are an office only before the one word of its field (styles64, hard88: "The Commissioner-General of
the … Customs Service, Mrs. X, … The CG Customs said …", the Nigerian and Ghanaian press's style for the head of a
customs or immigration service): "CG Customs" is the Commissioner-General of Customs; "CG" alone, a Consul General in
the pages we hold ("the Iranian CG"), stays the bare initials "cg", which `people.roles_compatible` fits to the holder
of either office (`people._CG_OFFICES`)."""
_AD_INTERIM = " a.i."
"""An office held "ad interim" ("the Chargé d'affaires a.i. of X, Mr. Y"): the same office, the one "the Chargé
d'affaires" means after, with or without the "a.i." again."""
_AD_INTERIM_SPELT = " ad interim"
_FULL_STYLES = (("ambassador extraordinary and plenipotentiary", "ambassador"), ("ambassador-at-large", "ambassador"))
"""An office's full style and the office it is: "Ambassador Extraordinary and Plenipotentiary
of the Republic of X" is an ambassador, whom "the Ambassador" means after."""


def _strip_trailing_connectors(role: str) -> str:
    parts = role.split()
    while parts and parts[-1] in _CONNECTORS:
        parts.pop()
    return " ".join(parts)


def _see_and_all(words, k: int) -> bool:
    """"Patriarch John of Antioch and All the East", "of Moscow and All Russia": the
    "and" at k joins the two halves of a see's name, not two people."""
    if not (words[k] == "and" and k + 1 < len(words) and k >= 2 and words[k - 2] == "of"):
        return False
    # "Metropolitan Kliment of Kaluga and Borovsk": a bishop's see named by its two towns
    return words[k + 1] == "All" or (_is_cap(words[k + 1]) and not _CLERGY.isdisjoint(w.lower() for w in words[:k - 2]))


def _ambassadors_second_office(words: Sequence[str], raw: Sequence[str], k: int) -> bool:
    """"US Ambassador and Special Envoy to Libya X", "Ambassador and Permanent Representative X": the "and" at k joins
    an ambassador's office to the one he holds with it (`_HELD_WITH_AN_EMBASSY`), one person, not two."""
    return k + 2 < len(words) and ambassadors_second_office(raw[k - 1], words[k + 1], words[k + 2])


_CLERGY = frozenset({"metropolitan", "archbishop", "bishop", "patriarch"})
"""Church offices held of a see ("of Kaluga and Borovsk", "of Moscow and All Russia")."""


def _two_lower_offices_before_a_name(words: Sequence[str], labels: list[str], k: int) -> bool:
    """Whether the "and" at words[k] joins two offices written in lower case, no article or name between, before one
    name (twohundredninetyninth uk_fcdo: "British actor and playwright X discussed …"; styles55: "the poet and novelist
    X"): one person's two callings, as capitalised offices are ("Acting President and Prime Minister X"), not a pair.
    The second calling may open with a lower-case word of its own (sevenhundredseventyseventh financialexpress: "state
    minister and government spokesperson X told PTI"), no article or possessive: `_lower_qualifier_then_office`."""
    return labels[k - 1] == "R" and words[k - 1].islower() and (
        labels[k + 1] == "R" and words[k + 1].islower() or _lower_qualifier_then_office(words, labels, k + 1)) \
        and "P" not in labels[:k] and "P" in labels[k + 1:]


def _lower_qualifier_then_office(words: Sequence[str], labels: list[str], j: int) -> bool:
    """Whether words[j] is a lower-case word that is no office ("government", "party"), no article nor possessive,
    right before an office written in lower case ("government spokesperson", "party spokesman"): one calling."""
    return j + 1 < len(words) and labels[j] == "x" and words[j].isalpha() and words[j].islower() \
        and words[j] not in DETERMINERS and labels[j + 1] == "R" and words[j + 1].islower()


BODY_BEFORE_AND = frozenset({"army", "navy", "police", "military", "government", "ministry", "embassy", "consulate",
                             "commission", "department", "secretariat", "administration", "cabinet", "parliament",
                             "presidency", "municipality", "council"})
"""The one-word bodies that, after "the" and before "and", open a subject shared with a person ("The Army and Northern
Province Governor have briefed …", eighthundredseventyninth colombogazette 2020-01-17): a body and a person together,
a group (`_body_and_person`)."""


def _body_and_person(labels: list[str], raw: Sequence[str], k: int) -> bool:
    """Whether the "and" at k joins "the <body>" (`BODY_BEFORE_AND`) to a person, an office or a name after it that is
    no second body ("The Army and Northern Province Governor", "The Ministry and Governor X"): the two together, not one
    person of two offices; not "The Army and Navy Commander X", one commander of both services."""
    return k == 2 and raw[0] == "the" and raw[1] in BODY_BEFORE_AND and raw[3] not in BODY_BEFORE_AND \
        and ("P" in labels[3:] or "R" in labels[3:]) and not _portfolio_shared_with_the_body(labels, raw)


def _office_of_a_body_and_the_next_office(labels: list[str], raw: Sequence[str], k: int) -> bool:
    """Whether the "and" at k closes an office held "of" a body ("The Speaker of the Assembly", its last words the
    body's) and opens a second office with an article of its own, its nation's word and a name maybe after it ("and the
    Velstrian Ambassador Krevald", "and the Ambassador"): two people, together (hard87, hard88: "The Speaker of the
    Parliament and the Corriscan Ambassador Scarlenti then toured the stands …", the lead naming the Speaker apart).
    Before, the forward reading took the whole run for one person, the Speaker's office with the ambassador's name, and
    the next "The Speaker said …" went to the ambassador; the backward reading and "The Speaker and the … Ambassador
    X" were read as two already. Not an office's own complement running on after "and" ("Minister for the Development
    of the Far East and the Arctic X", "Minister of Labour and the Pension System X": no office word after "the"), nor
    one holder's two offices written with no article ("the Tánaiste and Minister for Foreign Affairs X")."""
    if k < 4 or k + 2 >= len(raw) or raw[k + 1] != "the" or labels[k - 1] not in ("O", "N"):
        return False
    left = labels[:k]
    if "R" not in left:
        return False
    last_office = len(left) - 1 - left[::-1].index("R")
    body = raw[last_office + 1:k]
    return bool(body) and body[0] == "of" and set(left[last_office + 1:]) <= {"C", "D", "O", "N"} \
        and "R" in labels[k + 2:]


_PLACES_BEFORE_AN_OFFICE = frozenset({"region", "oblast", "province", "krai", "territory", "governorate", "prefecture",
                                      "area", "okrug", "district", "state", "city", "county", "northern", "southern",
                                      "eastern", "western", "central"})
"""A place's words before an office (a region's, as `_REGIONS_OF_A_COUNTRY`, a compass point's): "Northern Province
Governor" is a place's governor, no portfolio (`_portfolio_shared_with_the_body`)."""


def _portfolio_shared_with_the_body(labels: list[str], raw: Sequence[str]) -> bool:
    """Whether, in "the <body> and …" (`_body_and_person`), the capitalised words after "and" and before the first
    office word are a second portfolio of that one office, not a place's (fx68: "The Police and Fire Commissioner X
    said …", "The Police and Coast Guard Commander X": one commissioner of both; not "The Army and Northern Province
    Governor", a province's governor beside the army, `_PLACES_BEFORE_AN_OFFICE`). One to three words, each read as a
    name's or another word, and a name after the office."""
    role = next((n for n in range(3, len(labels)) if labels[n] == "R"), -1)
    return 3 < role <= 6 and "P" in labels[role + 1:] and all(labels[n] in ("P", "O") for n in range(3, role)) \
        and not any(raw[n] in _PLACES_BEFORE_AN_OFFICE for n in range(3, role))


def _is_group_and(words: Sequence[str], labels: list[str], raw: Sequence[str]) -> bool:
    """'Mr Putin and Mr Nazarbayev': two people joined by 'and' (`raw`: the words
    in lower case)."""
    for k in range(1, len(words) - 1):
        if raw[k] != "and" or labels[k] == "R":
            continue  # (an office's own "and": "Ambassador Extraordinary and Plenipotentiary X")
        if _body_and_person(labels, raw, k):
            return True  # "The Army and Northern Province Governor": a body and a person, together
        if _office_of_a_body_and_the_next_office(labels, raw, k):
            return True  # "The Speaker of the Assembly and the Velstrian Ambassador X": two people, together
        if _see_and_all(words, k):
            continue  # "Patriarch John of Antioch and All the East": a see's name, one person
        if _ambassadors_second_office(words, raw, k):
            continue  # "US Ambassador and Special Envoy to Libya X": one person, two offices
        if _portfolios_before_minister(words, labels, raw, k):
            continue  # "Construction and Transport Minister X": one minister of two portfolios
        if _place_then_two_portfolios_of_an_office(labels, raw, k):
            continue  # "the Lwandile Finance and Economy MEC": a place's one office of two portfolios
        if _reigning_title_then_elected_office(raw, k):
            return True  # "His Majesty the Sultan and President X": a monarch and the President, two people
        left, right = labels[:k], labels[k + 1:]
        if _nations_office_then_a_full_name(labels, raw, k):
            return True  # "Prime Minister of Georgia and Michael R. Pompeo": the office's holder and another person
        # "Administrator Power and Minister X": an office and a surname that is also a word
        surnamed = k == 2 and left == ["R", "O"] and "P" in right
        if "P" not in left and left and "P" in right and not _determiner_of_its_own(raw, right, k) and not surnamed and (
                left[0] in ("R", "H", "O") or any(word.endswith(("’s", "'s")) for word in words[1:k])
                or _nations_body_opens(left) or _nations_office_then_a_bodys(left, right)) \
                and not _one_office_twice(words, labels, k) and not _office_then_bare_name(left, right):
            # "Acting President and Prime Minister Vladimir Putin", "The President’s Science
            # Advisor and PCAST Co-Chair Eric Lander": one person, two offices
            continue
        if _two_lower_offices_before_a_name(words, labels, k):
            continue  # "British actor and playwright X", "the poet and novelist X": one person, two callings
        if left[-1] == "R" and left[0] in ("P", "O") and _companys_name_opens(words, left) and "P" in right \
                and not _determiner_of_its_own(raw, right, k) and not _one_office_twice(words, labels, k):
            continue  # "Gazprom CEO and Board Chairman Alexei Miller": one person, two offices at one company
        left_person = "P" in left or (left and left[-1] == "R") or surnamed
        if not left_person and len(left) > (left[0] == "D") and left[left[0] == "D"] == "R" and "P" in right and _one_office_twice(words, labels, k):
            return True  # "the President of the Republic and President Ana Restrepo": one office, two holders
        right_person = "P" in right or "R" in right or "H" in right
        # "for European and Eurasian Affairs": 'and' inside an office's complement
        last_role = len(left) - 1 - left[::-1].index("R") if "R" in left else -1  # (the last office word's)
        in_complement = last_role >= 0 and "C" in left[last_role + 1:] and "P" not in left[last_role + 1:]
        # "Under Secretary for Farm Production and Conservation Robert Bonnie": the office's
        # complement runs on after 'and' into the one name (a word, then a first and last name)
        in_complement = in_complement or (
            0 <= last_role < k - 2 and left[last_role + 1] == "C" and set(left[last_role + 1:]) <= {"C", "D", "O", "P", "N"}
            and (len(right) >= 3 and set(right) == {"P"} or _body_then_name(right)
                 or _rest_of_a_bodys_name(right)))  # (a nation's word in it: "of the Russian Union of …")
        if left_person and right_person and not in_complement:
            return True
    return False


_REIGNING_TITLES = frozenset({"sultan", "king", "queen", "emir", "amir", "emperor", "empress", "duke", "duchess"})
"""The titles of one who reigns (a grand duke's "duke" too): no one who bears them is also elected."""
_ELECTED_OFFICES = frozenset({"president", "prime"})
"""The first words of a head of state's or of a government's elected office ("President", "Prime Minister")."""


def _reigning_title_then_elected_office(raw: Sequence[str], k: int) -> bool:
    """A reigning monarch's title right before the "and" at k and a President's or Prime Minister's office right
    after it (hard58: "His Majesty the Sultan and President X held talks …", "His Royal Highness the Grand Duke and
    Prime Minister X discussed …"): the monarch and the one named, two people; no monarch is also a President or a
    Prime Minister by that style, while a crown prince may be ("Crown Prince and Prime Minister X": one holder, as
    before)."""
    return raw[k - 1] in _REIGNING_TITLES and k + 1 < len(raw) and raw[k + 1] in _ELECTED_OFFICES \
        and (raw[k + 1] == "president" or k + 2 < len(raw) and raw[k + 2] == "minister")


def _office_then_bare_name(left: list[str], right: list[str]) -> bool:
    """An office (a style of address before it maybe) closing the words before "and", then a bare name with no office of
    its own after it (fivehundredfifth, ONA: "His Majesty the Sultan and Johnson exchanged cordial talks and reviewed
    …"): two people, the office's holder and the one named; one person of two offices has an office word after "and"
    ("Acting President and Prime Minister Vladimir Putin")."""
    return left[-1] == "R" and all(label == "P" for label in right)


_PORTFOLIO_NOUN_ENDINGS = ("tion", "tions", "sion", "ment", "ments", "ness", "ity", "ities", "logy")


def _nations_office_then_a_full_name(labels: list[str], raw: Sequence[str], k: int) -> bool:
    """"… discussed by Mamuka Bakhtadze, Prime Minister of Georgia and Michael R. Pompeo, US Secretary of State"
    (gov.ge, fourhundredfortyeighth 2018-09-20): an office closed by its nation ("of Georgia"), a bare "and", then a
    full name that opens with a known first name and has no office of its own: two people, the office the one named
    before it holds; not one "Prime Minister of Georgia" named Michael R. Pompeo (who then took the body's "Head of the
    Government of Georgia"). An office's own "and" ("Minister of Trade and Industry X": no nation before it), a nation's
    ("of Antigua and Barbuda X": a nation's word) and a second office ("of Georgia and Minister of Finance X") are not
    this."""
    return labels[k] == "C" and k >= 2 and labels[k - 1] == "N" and "R" in labels[:k] and len(labels) - k >= 3 \
        and all(label == "P" for label in labels[k + 1:]) and _is_first_name(raw[k + 1])


def _place_then_two_portfolios_of_an_office(labels: list[str], raw: Sequence[str], k: int) -> bool:
    """(hard87, hard88: "“…,” the Lwandile Finance and Economy MEC said."): the "and" at k joins two portfolios
    (`_PORTFOLIO_WORDS`) of the office that ends the phrase, after a place's one word and maybe "the" before it: one
    office-holder of a province, not a person named with the place beside the office (the place alone, read as a name,
    made the two a pair). A name after the office, or any other word, is not this shape. (hr61: the place of one or two
    words, "the Northern Velsk Finance and Economy MEC", each portfolio of one or two, "Finance and Economic
    Development", a portfolio's word a common noun's too, "Safety and Security": `portfolio_word`.)"""
    end = len(raw) - 1
    if labels[end] != "R" or not 1 <= end - k - 1 <= 2 or not all(portfolio_word(w) for w in raw[k + 1:end]):
        return False
    lead = raw[0] == "the"
    portfolio = next((n for n in (1, 2) if not (k - n - 1 >= lead and portfolio_word(raw[k - n - 1]))), 2)
    return portfolio_word(raw[k - 1]) and 1 <= k - portfolio - lead <= 2


def _portfolios_before_minister(words: Sequence[str], labels: list[str], raw: Sequence[str], k: int) -> bool:
    """"Construction and Housing and Utilities Minister Mikhail Men briefed …" (three-hundred-third kremlin_52913):
    the 'and' at k joins the portfolios of one minister, capitalised words and 'and's from the phrase's start (after a
    dateline's dash, and a deputy's rank) to "Minister" or "Secretary"; a word the tables do not know among them is a common noun ("-tion", "-ment",
    "-logy": no person's name), not a Mr Construction beside the minister ("Drugov and Transport Minister X"
    stays two people)."""
    role = next((n for n in range(k + 1, len(words)) if labels[n] == "R"), -1)
    if role < k + 2 or raw[role] not in _PORTFOLIO_ROLES or "P" not in labels[role + 1:]:
        return False
    first = next((n + 1 for n in range(k - 1, -1, -1) if words[n] in _DATELINE_DASHES), 0)  # ("Damascus, SANA- …")
    first += raw[first] == "the"
    # (fivehundredfiftieth sana mikdad-moscow-meeting: "Deputy Foreign and Expatriates Minister Fayssal Mikdad said …"):
    # a deputy's rank before the first portfolio, a known word ("Foreign"), is the one minister's; "Deputy Foreign"
    # is no office and surname, so the portfolio after "and" needs no ending of a common noun
    deputy = first + 1 < k and raw[first] in _DEPUTY_RANKS and labels[first + 1] == "O"
    first += deputy
    return first < k and all(
        raw[n] == "and" or words[n][:1].isupper() and labels[n] == "O" or labels[n] == "P" and words[n].isalpha()
        and words[n][1:].islower() and (deputy or len(words[n]) > 7 and raw[n].endswith(_PORTFOLIO_NOUN_ENDINGS))
        for n in range(first, role))


_DATELINE_DASHES = frozenset({"-", "–", "—"})
_DEPUTY_RANKS = frozenset({"deputy", "assistant", "vice"})
"""A rank before a minister's portfolio that makes him the minister's deputy ("Deputy Foreign Minister")."""


def _nations_body_opens(left: list[str]) -> bool:
    """Before an office's 'and', a body named with a nation's word opens the style, then the office
    ("Russian Post CEO and Chairman of the Management Board X", hundred-fifty-eighth; "Russian Railways
    CEO and Chairman X"): one person's two offices at one body, as "Ministry … and …" styles are (a
    list look, only where a phrase has an 'and' between two offices)."""
    return len(left) >= 3 and left[0] == "N" and left[1] == "O" and left[-1] == "R"


def _nations_office_then_a_bodys(left: list[str], right: list[str]) -> bool:
    """Before 'and', a nation's office with no name ("South African President"), and after it a body's office, the
    body named first, then the name ("… and African Union chairman Cyril Ramaphosa", "… and ECOWAS Chairman X",
    sevenhundredfirst apanews): one head of state who also chairs the body, as "Acting President and Prime Minister X"
    is one person. Not a second nation's office ("US President and French President X": its nation's word opens it,
    two people) and not "US President and X", no office after the 'and'."""
    if len(left) < 2 or left[0] != "N" or left[-1] != "R" or not set(left) <= {"N", "R"}:
        return False
    first_office = right.index("R") if "R" in right else 0
    return first_office > 0 and right[0] != "N" and set(right[:first_office]) <= {"P", "O"} \
        and "P" in right[first_office:]


def _companys_name_opens(words: Sequence[str], left: list[str]) -> bool:
    """Before an office's 'and', a company's name of capitalised words the tables do not know opens the
    style, then the office and nothing else ("Gazprom CEO and Board Chairman X", "VTB Bank Chairman and
    CEO X"): one person's two offices, as `_nations_body_opens` reads "Russian Post
    CEO and …" (a person's name has no office after it before the 'and': "President Putin and Prime
    Minister X" are two). A list look, only where a phrase has an 'and' after an office."""
    first = left.index("R")
    return set(left[:first]) <= {"P", "O"} and set(left[first:]) == {"R"} \
        and not any(word.endswith(("’s", "'s")) for word in words[:first])


def _rest_of_a_bodys_name(right: list[str]) -> bool:
    """After an office's complement's "and": capitalised words closed by a body's or a place's noun ("Governor of the
    Moravian and Silesian Region", "Head of the Eldan and Varsk Council"), two names sharing the noun, one body."""
    return right[-1] == "O" and set(right) <= {"P", "N", "O"}


def _body_then_name(right: list[str]) -> bool:
    """After an office's 'and': "the" and a place's or a body's words, then a name of two or more
    words ("Minister for the Development of the Far East and the Arctic Alexei Chekunkov")."""
    if len(right) < 4 or right[0] != "D" or right[1] not in ("O", "N"):
        return False
    k = 1
    while k < len(right) and right[k] in ("O", "N"):
        k += 1
    return len(right) - k >= 2 and set(right[k:]) == {"P"}


def _determiner_of_its_own(raw: Sequence[str], right: list[str], k: int) -> bool:
    """A determiner after the 'and' at k that opens a phrase of its own ("and the Minister X"), not the
    "the" of an office's complement ("Crown Prince and Prime Minister of the Kingdom of X Y": one holder)."""
    return any(lab == "D" and not _the_of_a_body(raw, right, k, j) and not _of_a_board(raw, right, k, j)
               and (j == 0 or raw[k + j] != "of" or k + j + 2 >= len(raw)
                    or raw[k + j + 2] not in STATE_WORDS and raw[k + j + 2] not in _NATION_WORDS)
               for j, lab in enumerate(right))


def _the_of_a_body(raw: Sequence[str], right: list[str], k: int, j: int) -> bool:
    """The "the" at right[j] opens a body's or a place's name inside the second office's complement
    ("Deputy Prime Minister and Chief of the Government Staff X"; "Minister for the Development of the
    Far East and the Arctic X"), not a phrase of its own ("and the Minister X")."""
    return j + 1 < len(right) and right[j + 1] in ("O", "N") and (j == 0 or raw[k + j] == "of")


def _of_a_board(raw: Sequence[str], right: list[str], k: int, j: int) -> bool:
    """The "of the" at right[j] opens a body named by a capitalised word and a body's word ("Chairman of the
    Management Board X", hundred-fifty-eighth), the word before the body's read as a name: the second
    office's complement, not a phrase of its own. Only after "of"."""
    return 0 < j < len(right) - 2 and raw[k + j] == "of" and right[j + 1] == "P" and right[j + 2] == "O"


def _one_office_twice(words: Sequence[str], labels: list[str], k: int) -> bool:
    """The office before the 'and' at k and the one after share a title word: "Vice
    President and President Ali" are two people (no one holds both)."""
    left = {without_possessive(w.lower()) for w, lab in zip(words[:k], labels[:k]) if lab == "R"}
    right = {w.lower() for w, lab in zip(words[k + 1:], labels[k + 1:]) if lab == "R"}
    shared = left & right
    if shared == {"minister"} and _premiership_then_portfolio(words, k):
        return False  # "Deputy Prime Minister and Minister of Economy X": one holder of two posts
    return bool(shared)


def _premiership_then_portfolio(words: Sequence[str], k: int) -> bool:
    """Before the 'and' at k a (deputy) premiership ends ("First Deputy Prime Minister"), after
    it a minister's portfolio begins ("Minister of Economy", "Minister for Foreign Affairs",
    "Foreign Minister"), not a second premiership: a cabinet's usual double post, one person
    (not "Vice President and President Ali", two holders of the one office)."""
    if k < 2 or words[k - 1].lower() != "minister" or words[k - 2].lower() != "prime":
        return False
    after = [w.lower() for w in words[k + 1:k + 4]]
    if not after or after[0] == "prime" or "prime" in after[:2]:
        return False
    return after[0] == "minister" and len(after) > 1 and after[1] in ("of", "for") \
        or len(after) > 1 and after[1] == "minister" and words[k + 1][:1].isupper()


def _one_name_said_twice(labels: list[str], k: int, j: int) -> bool:
    """Whether the name word at `j`, the same as the one before it, ends a name of those two words alone (the memorial
    page of thousandtwelfth: "Mutambo Mutambo, one of the residents …, said …"): a given name and a family name that
    are one word, as southern African names may be, the run's first word at `k` right before it and no name word after
    it; a scraped caption's repeated surname runs on into the given name ("Tokayev Tokayev Kassym-Jomart")."""
    return j == k + 1 and (j + 1 == len(labels) or labels[j + 1] not in ("P", "p"))


def _name_blocks(words: Sequence[str], labels: list[str], possessives: bool = True) -> list[tuple[int, int]]:
    """The runs of name words (`labels` "P", with the particles between them), a
    possessive ending one ("Sullivan’s Travel"; `possessives`: whether a word may
    end in one). A particle after a title opens a name ("President von der
    Leyen"): its label becomes "P"."""
    if "P" not in labels:
        return []  # no name word, so no particle joins one either
    size = len(words)
    if "p" in labels:
        for k in range(1, size):
            if labels[k] == "p" and labels[k - 1] in ("R", "H"):
                j = k
                while j < size and labels[j] == "p":
                    j += 1
                if j < size and labels[j] == "P":
                    labels[k] = "P"  # "President von der Leyen"
    blocks = []
    k = labels.index("P")
    while k < size:
        if labels[k] == "P" and words[k] not in _SUFFIXES:
            j = k + 1
            while j < size and not (possessives and words[j - 1].endswith(("’s", "'s"))):
                label = labels[j]
                if label == "P":
                    if words[j] == words[j - 1] and not _one_name_said_twice(labels, k, j):
                        break  # "Tokayev Tokayev Kassym-Jomart…": a scraped caption repeats the surname
                    j += 1
                elif label == "p":
                    m = j
                    while m < size and labels[m] == "p":
                        m += 1  # "von der Leyen", "bin Zayed"
                    if m < size and labels[m] == "P":
                        j = m + 1
                    else:
                        break
                elif words[j] == "," and j + 1 < size and words[j + 1] in _SUFFIXES:
                    j += 2
                    break
                elif label == "C" and words[j] == "-" and j + 1 < size and labels[j + 1] == "P":
                    j += 2
                else:
                    break
            blocks.append((k, j))
            k = j
        else:
            k += 1
    return blocks


_ISLAND_WORDS = frozenset({"island", "islands", "isle", "isles"})
"""A place's last word after a style and a first name (sixhundredtwentyseventh: "the Premier of Prince Edward Island",
"King George Island"): the island's name, no surname "Island" of a Prince Edward (`_meaning_of`'s "Samantha Power")."""


def _surname_after_a_personal_style(words: Sequence[str], lows: Sequence[str], k: int) -> bool:
    """Whether an office word that is also a surname (`SURNAME_OFFICES`) closes a phrase of two words whose first is a
    personal style (`_PERSONAL_STYLES_BEFORE_A_SURNAME`): "Mr Imam", "Mrs. Bishop", "Mr Judge", "Dr Mayor" (hard83: the
    surname of "Senator Harun Imam", "Mrs. Ilse Bishop", "Mr. Colm Judge", "Dr. Sadia Mayor"), not "Mr Mayor", a form
    of address."""
    return k == 1 and len(lows) == 2 and _is_cap(words[1]) and lows[0] in _PERSONAL_STYLES_BEFORE_A_SURNAME \
        and not (lows[0][:2] == "mr" and lows[0][2:3] != "s" and lows[1] in _OFFICES_ADDRESSED_AS_MR)


def _monarch_word_ends_a_lone_name(lows: list[str], k: int) -> bool:
    """Whether a monarch's word that is also a surname (`SURNAME_OFFICES`: "King") closes a phrase of two
    capitalised words, the first no country's adjective (sixhundredtwentyseventh, Prince Edward Island's releases:
    "“…” - Hon. Dennis King, Premier of Prince Edward Island", "Dennis King"): a given name and its surname, not
    the king of a country "Dennis" (a known nation, "Thai King", is read as one before; an unknown one ends as
    an adjective does, "the Ostmarkian King", and has its article)."""
    return k == 1 and len(lows) == 2 and lows[1] in _MONARCHS and not lows[0].endswith(_NATIONALITY_ENDINGS)


def _is_first_name(low: str) -> bool:
    """A common first name, male or female (`low` in lower case)."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:  # people reads phrases, so its list is fetched once, on the first call
        from readout_tui.engine.people import FIRST_NAMES
        _FIRST_NAMES = FIRST_NAMES
    return low in _FIRST_NAMES


def _nation_after_a_connector(labels: list[str], k: int) -> bool:
    """Whether the nation's word(s) ending at `k` follow a connector or a determiner ("the Federation of Canadian
    Municipalities", "the Head of Association of Ukrainian Cities", fivehundredseventyfourth kyivcity): a plural of
    what a body gathers right after them ends the body's name, no Mr Municipalities nor Mr Cities who took the office
    before the comma and the holder's name after it (`_choose_block`)."""
    while k > 0 and labels[k] == "N":
        k -= 1
    return labels[k] in ("C", "D")


def _members_plural(word: str) -> bool:
    """A capitalised plural noun ("Municipalities", "Employers", "Communities") that may end a body's name, as
    "Ministers" does (`_choose_block`): "-ies", or "-s" after a consonant or "e" ("Cities", "Towns"), not a first
    name ("Thomas") nor a word in "-ss", "-us", "-is" ("Congress", "Lotus", "Paris")."""
    low = word.lower()
    return len(low) > 4 and low[-1] == "s" and low[-2] not in "siu'’" and low.isalpha() and not _is_first_name(low)


def _first_name_starts(words: Sequence[str], a: int, b: int) -> bool:
    """The last two words of the run words[a:b] are a person's first name and surname,
    and the words before them none ("Gazprom Alexei Miller", "Borivia Dmytro Kuzmenko";
    not "Gun Violence Prevention"): a common first name tells."""
    return _is_first_name(words[b - 2].lower()) and not any(_is_first_name(w.lower()) for w in words[a:b - 2])


def _first_name_then_fathers_name(words: Sequence[str], k: int) -> bool:
    """A common first name at `k`, then the father's name: a patronymic ("Dmitri Antonovich Belov", "Anna Ivanovna
    Belova") or "bin"/"ibn"/"bint" and his name ("Mohammed bin Rashid Al-Tamimi"). After an office's "of" and a
    place the tables do not know, the name opens at the first name (hard67: "Minister of Foreign Affairs of Korvessa
    Dmitri Antonovich Belov" was "Antonovich Belov", and "Dmitri Belov" a second man), where the run's last two
    words alone are kept when nothing tells where the place ends ("Head of Naftogaz Ukrainy Yuriy Vitrenko")."""
    if k + 2 >= len(words) or not _is_first_name(words[k].lower()):
        return False
    father = words[k + 1]
    return father in _FATHERS_NAME_WORDS or father[:1].isupper() and father.lower().endswith(_PATRONYMIC_ENDINGS)


_FATHERS_NAME_WORDS = frozenset({"bin", "ibn", "bint", "Bin", "Ibn", "Bint"})
_SON_OF_WORDS = frozenset({"bin", "binti", "bte", "bt"})
"""The Malay words for "son of" and "daughter of" before a father's name, in lower case (`_meaning_of`)."""
_AFTER_A_PEHIN_TITLE = frozenset({"dato", "datu", "dato'", "dato’", "awang", "dayang"}) | _PILGRIM_STYLES
"""The styles that end a Brunei "Pehin" title: "Dato", "Awang", the pilgrim's "Haji" (`_PILGRIM_STYLES`), in lower case
(`_pehin_title`)."""


def _pehin_title(lows: Sequence[str]) -> range:
    """The words of a Brunei "Pehin" title after "Pehin", up to the next style ("Yang Berhormat Pehin Orang Kaya
    Indera Wijaya Dato Seri Setia Awang Haji X bin Haji Y", hard69; "Pehin Datu Pekerma Jaya Haji Y" as a father's):
    the title's own words ("Orang Kaya Indera Wijaya"), no given names; empty when no style follows within six words."""
    at = lows.index("pehin")
    end = next((j for j in range(at + 1, min(len(lows), at + 8)) if lows[j] in _AFTER_A_PEHIN_TITLE), -1)
    return range(at + 1, end) if end > at + 1 else range(0)


_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ovych", "ivna")
"""How an East Slavic father's name ends ("Antonovich", "Ivanovna", Ukrainian "Petrovych", "Ivanivna")."""


_FIRST_NAMES: frozenset[str] | None = None
"""Every common first name (`people.FIRST_NAMES`, fetched on first use)."""


def _portfolio_before(words: Sequence[str], labels: list[str], k: int) -> bool:
    """Whether the organisation word at `k` is a minister's portfolio ("Minister of
    Industry and Trade of Tarkania Farid Nazarov") or a body of a country ("Speaker of
    the Parliament of Lusovia Andrius Kairys"): the run after it is the country and the
    name, not the organisation's name ("Office of Gun Violence Prevention")."""
    if words[k].lower() in _BODIES_OF_A_COUNTRY:
        return True
    if words[k].lower() in _REGIONS_OF_A_COUNTRY:
        return True  # "Governor of the Yarovsk Region of Ostrania Mikhail Yevdokimov"
    while k > 0 and (labels[k] in ("O", "C", "D") or _adjective_of_a_portfolio(labels, k)):
        k -= 1
    return labels[k] == "R" and words[k].lower() == "minister"


def _adjective_of_a_portfolio(labels: list[str], k: int) -> bool:
    """Whether the capitalised word at `k`, read as a name's ("P"), stands between an organisation word or a complement
    before it and an organisation word after it: the adjective of a portfolio's noun ("Minister of State for Provincial
    Affairs and Devolution Owen Ncube", ninehundredfortyeighth thepubliceye), so `_portfolio_before` goes on back over
    it to "Minister", as it goes over "Foreign" in "Minister of Foreign Affairs and Trade X". Before, the test stopped at
    "Provincial" and "Devolution Owen Ncube" was read as a body's name when the tables do not know the first name."""
    return labels[k] == "P" and labels[k + 1] == "O" and labels[k - 1] in ("O", "C", "D")


_BODIES_OF_A_COUNTRY = frozenset({"parliament", "government", "cabinet", "ministry", "assembly", "diet", "sejm", "seimas",
                                  "saeima", "riigikogu", "storting", "folketing", "riksdag", "eduskunta", "bundestag",
                                  "knesset", "majlis", "mazhilis", "majilis", "duma", "rada"})
"""(seventeenth hard set zarenthia_ostravel_state_secretary: "State Secretary of the Foreign Ministry of Ostravel Jonas
Brecker": a country's ministry, then the country, then the holder's name, as "of the Parliament of Lusovia X"; so a
country's house of parliament by its own name, styles32: "Chair of the Committee on Foreign Affairs of the Sejm of
Polvania Wieslawa Krosnowiecka", whose first name the tables do not know)"""
_BRANCHES_NAMED_YUAN = frozenset({"legislative", "executive", "judicial", "control", "examination"})
"""The adjectives before "Yuan" that name a branch of Taiwan's government ("the Legislative Yuan", "the Executive Yuan"):
a body, though "Yuan" alone is a surname."""
_REGIONS_OF_A_COUNTRY = frozenset({"region", "oblast", "province", "krai", "territory", "governorate", "prefecture",
                                   "area", "okrug", "district"})
"""("Governor of the Khanty-Mansi Autonomous Area – Yugra Natalya Komarova": the area, its second
name after the dash, then hers)"""


_BETWEEN_OFFICE_AND_NAME = frozenset({"C", "D", "N", "O"})


def _holder_before_his_country(block: tuple[int, int], labels: list[str], country_at: int) -> bool:
    """Whether `block`, two or three name words, follows an office and its portfolio ("Minister of Trade", "Minister
    for Foreign Affairs": the office, "of" or "for", the portfolio's words) with only "of" (and "the") between it and
    the one word at `country_at` (hard65: "received Minister of Trade Orla Venn of Dunmarrow", a country the tables
    do not know): the holder's name, then his country; not "Speaker of the House of Representatives", no name between."""
    a, b = block
    if not 2 <= b - a <= 3 or a < 3 or labels[a - 1] != "O":
        return False
    k = a - 1
    while k > 0 and labels[k] == "O":
        k -= 1  # (over the portfolio's words)
    return k > 0 and labels[k] == "C" and labels[k - 1] == "R" \
        and all(label in ("C", "D") for label in labels[b:country_at])


def _name_after_office_of_a_country(
    blocks: list[tuple[int, int]], labels: list[str], words: Sequence[str]
) -> tuple[int, int] | None:
    """An office whose words the lexicon does not know, then "of" its country, then the
    holder's full name ("Chief Sanitary Physician of the Russian Federation Anna Popova",
    hundred-seventy-eighth): the run after the office's first word ("Sanitary Physician")
    is the rest of the office, the first name and surname that end the phrase are the
    person (a country the lexicon does not know, "of the Republic of Tarkania Olga
    Marnova", runs into the name: the last two words). Only where nothing but the country
    or body lies between the two runs."""
    size = len(labels)
    c, d = blocks[-1]
    if d != size or d - c < 2 or not _first_name_starts(words, c, d):
        return None
    for a, b in blocks[:-1]:
        if a > 0 and labels[a - 1] in ("R", "H") and b < c and words[b] == "of" \
                and not _is_first_name(words[a].lower()) \
                and all(label in _BETWEEN_OFFICE_AND_NAME for label in labels[b:c]):
            return d - 2, d
    return None


_AFTER_THE_NAME = frozenset({"MP", "TD", "M.P", "T.D", "M.P.", "T.D."})
"""A member of parliament's letters after the name ("the Hon Niko Reyes MP"; Ireland's "Simon Coveney TD",
two-hundred-seventy-sixth ireland_dfa_2017-07-03_ni_talks): an office, not part of the name; with full stops
too ("the Minister of Foreign Affairs Simon Coveney T.D said:", three-hundred-first ireland_dfa donaldson)."""
_POST_NOMINALS = frozenset(POST_NOMINAL_LETTERS) - {"MP", "TD", "MLA", "MHA", "MHK"}
"""Honours' and counsel's letters after a name ("the Hon Fabian Carreras KC MP", "Mr Andrew Pelham CMG", fourteenth
styles kelport_hmgov, bermont_cabinet): neither a name nor an office (a member's letters are an office,
`_AFTER_THE_NAME`)."""


def _choose_block(
    blocks: list[tuple[int, int]], labels: list[str], words: Sequence[str], possessives: bool = True
) -> tuple[int, int] | None:
    """Which capitalised run is the person's name (`possessives`: whether a word
    may end in "’s")."""
    if not blocks:
        return None
    # a run followed by an office or an organisation word qualifies it: "Minnesota
    # Attorney General", "Federal Bailiff Service", "Transportation Secretary X"
    # ("the President’s Safer America Plan", "the President’s Discussion": the run
    # after a possessive is what the person has, not their name)
    size = len(labels)
    if possessives:
        blocks = [(a, b) for a, b in blocks
                  if (b >= size or labels[b] not in ("R", "O") or words[b - 1].endswith(("’s", "'s"))
                      or b == size - 1 and words[b] in _AFTER_THE_NAME)  # "the Hon Niko Reyes MP": after the name
                  and not (a > 0 and words[a - 1].endswith(("’s", "'s")))]
    elif ("R" in labels or "O" in labels) and (len(blocks) > 1 or blocks[0][1] < size):
        # (a run that ends the phrase is kept: most phrases hold one, "President X", left as it is)
        blocks = [(a, b) for a, b in blocks if b >= size or labels[b] not in ("R", "O")
                  or b == size - 1 and words[b] in _AFTER_THE_NAME]  # "the Hon Niko Reyes MP": after the name
    if not blocks:
        return None
    if len(blocks) > 1:
        named = _name_after_office_of_a_country(blocks, labels, words)
        if named is not None:
            return named
    # the last run after an office or an honorific, else the last after a nation:
    # "Plan Coordinator Gene Sperling" before "American Rescue"
    for a, b in reversed(blocks):
        if a > 0 and labels[a - 1] in ("R", "H"):
            return a, b
    for a, b in reversed(blocks):
        if a > 0 and labels[a - 1] == "N":
            if b - a == 1 and _members_plural(words[a]) and _nation_after_a_connector(labels, a - 1):
                return None  # (a body's plural after "of" and a nation, no name: `_nation_after_a_connector`)
            return a, b
    a, b = blocks[-1]
    after_complement = a > 0 and (labels[a - 1] == "C" or (
        words[a - 1].lower() == "the" and a > 1 and labels[a - 2] == "C"))  # "of the Verkhovna Rada Ruslan …"
    if after_complement and len(blocks) > 1 and "R" not in labels[:a] and "H" not in labels[:a]:
        return blocks[0]  # "Sandra Clarke of Blue Shield California": a name, then where she works
    if after_complement and b - a == 1 and len(blocks) > 1 and _holder_before_his_country(blocks[-2], labels, a):
        return blocks[-2]  # "Minister of Trade Orla Venn of Dunmarrow" (`_holder_before_his_country`)
    if after_complement and b - a == 1:
        return None  # "Speaker of the House of Representatives", "the Head of the FBS": a place, not a name
    if (b - a == 2 or b - a == 3 and words[a + 1] == "Al") and b == size and a > 1 and labels[a - 1] == "C" \
            and words[a - 1] == "of" and labels[a - 2] == "R" and words[a - 2].lower() in _MONARCHS \
            and not _first_name_starts(words, a, b):
        return None  # "HH Crown Prince of Ras Halim Meets …": a realm in two words after a monarch's office, no name
        # (not "Adaeze X, President of Lumen Storage": a firm's head, whose firm is read as before); or in three
        # with the article "Al" amid them (eighthundredfortyninth: "Supreme Council Member and Ruler of Umm Al
        # Qaiwain", "The Ruler of Umm Al Qaiwain, said, "…"", "Ruler of Ras Al Khaimah": the emirate, not a man
        # called "Al Qaiwain"; "Emir of Kuwait Nawaf Al-Ahmad" has no bare "Al" second)
    if a > 0 and labels[a - 1] == "C":
        k = a - 1
        while k > 0 and labels[k] in ("C", "D"):
            k -= 1
        if labels[k] == "O" and b - a == 2 and words[k].lower() in STATE_WORDS and not _first_name_starts(words, a, b):
            return None  # "President of the Republic of Ras Halim": the state's name in two words, not a person's
        if labels[k] == "O" and words[k].lower() not in STATE_WORDS \
                and not (b - a > 2 and _portfolio_before(words, labels, k)):
            if b - a > 2 and _first_name_starts(words, a, b):
                return b - 2, b  # "Chairman of the Board of Gazprom Alexei Miller": the body, then a name
            if b - a == 3 and (words[a].lower() in _PLURAL_ROLES or _members_plural(words[a])):
                # "President of the Council of Ministers Giulia Ferrante" (styles8, left alone there): the
                # body's name ends in its members, "Ministers"; the two words after it are the person's
                # (with "of Bosnara" after "Ministers", a run of its own, read as before); so a plural noun
                # of what it gathers (three-hundred-eighty-seventh ukraine_president 75949: "President of the
                # Austrian Association of Municipalities Alfred Riedl"), not "Office of Gun Violence Prevention"
                return a + 1, b
            return None  # "Office of Gun Violence Prevention": an organisation's name
    if b - a == 1 and a > 1 and labels[0] == "D" and labels[a - 1] == "O" and "C" in labels[:a - 1] \
            and "R" in labels[:a - 1] and not _portfolio_before(words, labels, a - 1):
        return None  # "The Head of Defense Intelligence": the body's last word ("The Minister of Defense X": his)
    if a > 0 and labels[a - 1] == "O" and b - a > 2 and _first_name_starts(words, a, b):
        return b - 2, b  # "of the State Corporation Rosmorflot Nikolai Belyaev": its name, then his
    if after_complement and b - a > 3 and _first_name_then_fathers_name(words, a + 1):
        return a + 1, b  # "Minister of Korvessa Dmitri Antonovich Belov": the place, then his three names
    if after_complement and b - a > 2:
        # "Head of Naftogaz Ukrainy Yuriy Vitrenko": the complement's words run into the name
        keep = 3 if len(words[b - 2]) == 2 and words[b - 2].endswith(".") and b - a > 3 else 2  # "George W. Bush"
        # (hard59, Montsame-like: "Governor of Ulaanbel S.Tumurbaatar noted …": three words right after "of", a place,
        # then the initial and the surname, the name "S. Tumurbaatar", not a Mr Ulaanbel S. Tumurbaatar; "Governor of
        # Texas George W. Bush" keeps the first name before the initial)
        start = b - keep
        while start > a + 1 and words[start] in _PARTICLES:
            start -= 1  # ("Governor of Lorsa Ana de Brito", hard91: the particle after her first name, "Ana de Brito")
        return (start, b) if words[start] not in _PARTICLES else (b - keep, b)
    return a, b
