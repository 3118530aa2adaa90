"""The readout's people: names collected from the title and the body, and descriptions
and pronouns resolved to them."""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterator
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from readout_tui.engine.body_possessive_heads import body_before_head, where_head_named
from readout_tui.engine.body_word_presidents import body_words_and_office, where_holder_named
from readout_tui.engine.bracketed_nicknames import nickname_in_brackets
from readout_tui.engine.cue_words import verbs_in
from readout_tui.engine.lexicon import (
    ABBREVIATIONS, ALL_SPEECH_VERBS, CAPITALS, CITY_NAMES, COMPLEMENT_REQUIRED, FIRM_NOUNS, FIRMS_LAST_WORDS,
    HONORIFICS, MONTHS, NATIONALITIES, NON_PERSON_WORDS, ROLE_WORD_SET, SPOUSE_ROLES, has_complement,
)
from readout_tui.engine.local_leaders import (holds_a_unions_top_office, is_union_leader, local_leader_meant,
                                             party_chief_meant, state_leader_meant, union_heads_named)
from readout_tui.engine.lone_words import LoneWords
from readout_tui.engine.places_named import names_given_as_places
from readout_tui.engine.name_offices import (
    COUNTERPART_OF_A_STATE,
    after_the_office_and,
    appositive_office,
    bare_office_at,
    house_office_stacked_before,
    learn_counterpart,
    lower_adviser_appositive,
    left_by_its_holder,
    lower_office_then_comma,
    named_as_successor,
    OFFICE_POSTS_BEFORE_A_RUN,
    office_at_a_body_before,
    envoy_of_a_body_posted_to_before,
    office_posted_in_before,
    office_posted_in_brackets_before,
    office_posted_to_before,
    office_before,
    office_before_a_bodys_initials,
    office_before_its_initials,
    office_of_a_place_and_its_word_before,
    office_of_the_place_noun_before,
    PLACE_NOUNS_AFTER_THE_BEFORE_A_NAME,
    PLACE_WORDS_BEFORE_A_NAME,
    office_before_retired,
    office_given_up_before,
    office_of_an_as_lead,
    office_named_before,
    office_of_a_body,
    office_elected_to,
    office_taken_after_kin_aside,
    office_taken_in_aside,
    office_then_comma,
    office_then_comma_before_title,
    opening_office_joined_before,
    offices_chained_before,
    offices_joined_by_and_former,
    opens_the_next_pair,
    portfolio_list_before,
    second_joined_office,
    TAKING_OFFICE_WORDS,
)
from readout_tui.engine.name_runs import (
    AS_SPACE_AFTER,
    CAP_RUN,
    SPACE_CHARS,
    has_honorific,
    office_holders_style_before_a_lone_name,
    opens_with_an_office_holders_style,
    run_entries,
    run_phrase,
)
from readout_tui.engine.people import (
    _ANY_OFFICE, _SMALL_WORDS_OF_AN_OFFICE, FIRST_NAMES, GENERATION_MARKS, OTHER_PARTY, SPOKESPERSONS, Person, core,
    office_then_surname, roles_compatible, style_of,
)
from readout_tui.engine.phrases import (
    _GIVEN_NAME_NATIONS, _NATIONALITY_ENDINGS, _PERSON_BY_KIND, _SAINTS, Phrase, given_name_modal,
    initial_a_in_a_list_of_names, phrase_ending_at, phrase_starting_at, same_country, surname_a_before_an_office,
)
from readout_tui.engine.sentence_patterns import (INVERTING_VERBS, WORDS_AHEAD, head_of_diplomacy,
                                                  joined_after_a_participle, looks_like_verb, office_initials)
from readout_tui.engine.team_roles import player_named_by_post, post_of_phrase
from readout_tui.engine.text_steps import sentence_start_before, skip_space
from readout_tui.engine.titles import (after_with, born_in_title, first_title_phrase, mourned_in_title, names_a_thing,
                                      title_phrases, topic_of)


_BODYS_REPRESENTATIVE = ("representative", "resident representative", "permanent representative")
"""The offices of one who represents a body, bare or held in post ("the resident representative of the World Bank",
sevenhundredtwentyseventh abp world_bank), that `NameRegistry._named_beside_the_body` gives to the one named beside the
body's name."""
_THE_BODYS_REPRESENTATIVE = tuple(f"the {office}" for office in _BODYS_REPRESENTATIVE)
"""The same with the article that opens the phrase ("the resident representative …")."""


def _given_name_by_place(text: str, start: int, end: int, lo: int, hi: int, phrase: Phrase) -> Phrase | None:
    """A nation's adjective that is also a given name, then one capitalised word that is no office, read as
    a name by itself ("German Gref": Gref, of Germany), is a full name where its place says it is one
    (two-hundred-thirty-fourth 33396: "The Minister for Trade and Economic Development, German Gref,
    reported this to …"): an office and a comma before it, a comma and an office after it ("German Gref,
    head of the Centre for Strategic Projects,"), or a speech verb right after it ("German Gref said …");
    not after "the" ("the German Side"). (An office or an honorific written before it in its run,
    "Minister German Gref", "Mr German Gref", is read in `phrases._given_name_after_an_office`.)"""
    first, _, last = phrase.text.partition(" ")
    if first.lower() not in _GIVEN_NAME_NATIONS or text.endswith(("the ", "The "), lo, start):
        return None
    if text.startswith(",", end):
        placed = (text.startswith(", ", start - 2) and office_then_comma(text, start, end, lo, hi) is not None) \
            or bool(appositive_office(text, start, end, lo, hi))
    else:
        verb = WORDS_AHEAD.match(text, end + 1, hi) if text.startswith(" ", end) else None
        placed = verb is not None and verb.group() in ALL_SPEECH_VERBS
    return phrase._replace(name=(first, last), country=None) if placed else None


# (sixhundredninetysecond euforbih: "COMEUFOR, Major General Martin Dorfer": the ranks and titles between an
# initialled post's comma and its holder's name, capitalised words only, none at all if the name follows at once)
_TITLE_WORDS_ONLY = re.compile(r"(?:[A-Z][a-z]+\.?\s+){0,4}")

_DELEGATION_HEADED_BY = re.compile(r"\b([A-Z][a-z]+)\s+delegation,?\s+(?:(?:was|is)\s+)?(?:(?:headed|led)\s+)?by\s+\Z")
r"""The words before the name of one who heads a nation's delegation ("the Nanbaran delegation was headed by ",
"the Nanbaran delegation by " after a first such clause, "the Nanbaran delegation, led by "), searched only in the
forty characters before a name that follows " by "; group 1 the nation's word."""
_REIGN_WORD = re.compile("King|Queen|Emir|Amir|Sultan|Emperor|Empress|Duke|Duchess|Prince")
"""The capitalised words of `_ONE_NAME_REIGNS`, the cheap test before `_one_name_after_a_reign` (one search in C over the
run, no slice of it per word)."""
_ONE_NAME_REIGNS = frozenset({"king", "queen", "emir", "amir", "sultan", "emperor", "empress", "grand duke",
                              "grand duchess", "prince", "princess", "crown prince", "hereditary grand duke",
                              "hereditary prince"})
"""The offices whose holders go by one name ("the King of X, Osvald,", "the Grand Duke of Y, Casimond,")."""


_ONE_UNNAMED = ("A ", "An ")
"""How an unnamed official is brought in as a verb's subject ("A UN official, who asked not to be named, said later
…", hard86): no one the readout names, though one UN official is named above and "The UN official, who …, promised …"
is she (`NameRegistry.resolve_subject`); as `sentence_reading._AN_OFFICIAL_SAYS_AFTER` reads "a tourism official" after a
quotation. Only with a capital, opening the sentence: "…, a Chinese official has said." closing a report is the official
the next paragraph names (the 778th's ecns gold)."""


def _the_one_word(phrase: Phrase) -> str | None:
    """The one word of letters after "the" / "The" that is the whole phrase ("The katikkiro", "the Nayiri"), or None:
    an unknown title that `resolve_subject` gives to its holder."""
    return phrase.text[4:] if phrase.text[:4] in ("the ", "The ") and phrase.text[4:].isalpha() else None


def _one_unnamed(text: str, phrase: Phrase) -> bool:
    """Whether the description `phrase` is brought in by a sentence-opening "A"/"An" (`_ONE_UNNAMED`), in its own words
    or in the two or three characters right before it ("A UN official", read by `phrase_ending_at` as "UN official")."""
    return phrase.text.startswith(_ONE_UNNAMED) or text.endswith(_ONE_UNNAMED, max(0, phrase.start - 3), phrase.start)


def _a_firm_named_in_full(text: str, name: tuple[str, ...]) -> bool:
    """Whether the words of an untitled name are, somewhere in the text, a firm's name without its last, industry word
    (styles54: "Hollis Marrow Textiles plans to invest … Hollis Marrow said in a statement that …": the firm for short,
    no Mr Hollis Marrow). The name's words are looked for only where an industry word begins
    (`_industry_word_starts`, found once per text), so a long readout that names many people is not searched whole once
    per name."""
    words = " ".join(name) + " "
    size = len(words)
    return any(at >= size and text.startswith(words, at - size) for at in _industry_word_starts(text))


@lru_cache(maxsize=2)
def _industry_word_starts(text: str) -> tuple[int, ...]:
    """Where each of `FIRMS_LAST_WORDS` begins in the text (every occurrence, a word's inside too, as a substring search
    finds it): the places a firm's full name can end, for `_a_firm_named_in_full`."""
    starts = []
    for last in FIRMS_LAST_WORDS:
        at = text.find(last)
        while at >= 0:
            starts.append(at)
            at = text.find(last, at + 1)
    return tuple(starts)


def _a_listed_word(low: str) -> bool:
    """Whether a lower-cased word is a nationality, a capital, a city, a word of the lists, an office's or a style's:
    no lone person's name (`_office_of_a_lone_name`, `NameRegistry._recurring_lone_speaker`)."""
    return low in NATIONALITIES or low in CAPITALS or low in CITY_NAMES or low in NON_PERSON_WORDS \
        or low in ROLE_WORD_SET or low in HONORIFICS


_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]{3,}")


def _lone_names_then_the(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans in text[lo:hi] of a capitalised word of four letters or more after a lower-case word, then ", the "
    and a lower-case word: where a person's one name may stand before his office in lower case ("led by Porozhanov,
    the ambassador of Bulgaria to China,"). Found from each ", the " back to the word before it: what the pattern
    `(?<=[a-z] )([A-Z][a-z]{3,}), the (?=[a-z])` finds, without a regex scan that would try its look-behind at every
    character of every paragraph."""
    at = text.find(", the ", lo, hi)
    while at >= 0:
        if at + 6 < hi and "a" <= text[at + 6] <= "z":
            space = text.rfind(" ", 0, at)
            if space >= lo - 1 and space >= 1 and "a" <= text[space - 1] <= "z" \
                    and _CAPITALISED_WORD.fullmatch(text, space + 1, at) is not None:
                yield space + 1, at
        at = text.find(", the ", at + 6, hi)


def _lone_names_met_with(text: str, lo: int, hi: int) -> Iterator[tuple[int, int]]:
    """The spans in text[lo:hi] of a capitalised word of four letters or more right after " with " and before ", "
    and a capital: where the one name of a person met may stand before his capitalised office ("… met with Savina,
    Chief of Gubin District, Yakutsk City, Russia, May 19.", sevenhundredninetieth aihui). Found from each " with "
    (`_capitalised_office_of_a_lone_name` reads the office)."""
    at = text.find(" with ", lo, hi)
    while at >= 0:
        start = at + 6
        comma = text.find(", ", start, min(hi, start + 30))
        if comma > start and comma + 2 < hi and "A" <= text[comma + 2] <= "Z" \
                and _CAPITALISED_WORD.fullmatch(text, start, comma) is not None:
            yield start, comma
        at = text.find(" with ", start, hi)


def _capitalised_office_of_a_lone_name(text: str, word_start: int, word_end: int, hi: int) -> Phrase | None:
    """The capitalised office in apposition after the one name of a person met ("met with Savina, Chief of Gubin
    District, …"): an office of a place ("of"), closed by a comma or a full stop; None if the word may be a place's or
    a body's (a nationality, capital, city or word of the lists) or no such office follows ("with Harbin, Heilongjiang's
    capital, …")."""
    if _a_listed_word(text[word_start:word_end].lower()):
        return None
    office = phrase_starting_at(text, word_end + 2, hi)
    if office is None or office.kind != "description" or not office.role or " of " not in office.text \
            or not office.text[0].isupper() or text[office.end:office.end + 1] not in (",", "."):
        return None
    return office


_PLACE_PREPOSITIONS = (" in ", " at ")
"""The prepositions before a place, not a person (`_office_of_a_lone_name`: sevenhundredtwentyseventh abp world_bank:
"received …, in Bujumbura, the representative of the World Bank to Burundi, X and …": the office is X's, after it)."""


def _office_of_a_lone_name(text: str, word_start: int, word_end: int, hi: int) -> Phrase | None:
    """The office in lower case in apposition after a person's one name at text[word_start:word_end] ("the delegation
    … leaded by Porozhanov, the ambassador of Bulgaria to China, visited …", sixhundredeightyeighth dlgov ceec, a page
    that gives only his surname): the word is a person's name, though one word, and the office his, an office of a
    country ("of Bulgaria") closed by a comma or a full stop; None if the word may be a place's or a body's (a
    nationality, capital, city or word of the lists) or no such office follows ("Dalian, the window of …")."""
    if _a_listed_word(text[word_start:word_end].lower()) or text.endswith(_PLACE_PREPOSITIONS, 0, word_start):
        return None
    office = phrase_starting_at(text, word_end + 2, hi)
    if office is None or office.kind != "description" or not office.role or office.country is None \
            or text[office.end:office.end + 1] not in (",", "."):
        return None
    return office


def _reign_before(text: str, start: int, end: int, lo: int, hi: int) -> Phrase | None:
    """The sovereign's office before the one capitalised word at text[start:end], set off by commas ("The Grand Duke of
    Lorvenne, Casimond, received …", hard54 grand_duke_of_lorvenne): the word is the sovereign's name, though one word;
    None if no office of one who reigns by one name stands there."""
    office = office_then_comma(text, start, end, lo, hi)
    return office if office is not None and office.role in _ONE_NAME_REIGNS else None


_CHILD_BEFORE = re.compile(r"\b[Hh](?:is|er)\s+(?:son|daughter)(?:,?\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3},)?\s+\Z")
"""The words that name a child of the one named before, right before the child's name ("his son the Hereditary Grand
Duke, ", "her daughter ")."""


def _named_as_a_child(text: str, lo: int, start: int) -> bool:
    """The name at `start` is given as the child of someone named before ("His son the Hereditary Grand Duke, X Y",
    hard54 grand_duke_of_lorvenne): another generation, not the parent whose given name it may open with."""
    # (one copy, then two `in`: cheaper than two `find` with offsets; `max(lo, …)` written out, ten times cheaper)
    begin = start - 50 if start - 50 > lo else lo
    before = text[begin:start]
    if " son" not in before and " daughter" not in before:
        return False
    return _CHILD_BEFORE.search(text, begin, start) is not None


_YOUNGER_SIBLING = re.compile(r"(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}[’']s|his|her)\s+"
                              r"younger\s+(?:brother|sister)(?![\w-])")
"""After ", who is ": someone's younger brother or sister ("the Minister's younger brother")."""
_FIRST_AS_OFFICE = re.compile(r"\bfirst (?:[a-z]+ ){0,2}as (?:the )?(?:new )?([A-Z][\w-]*(?: (?:of |for )?[A-Z][\w-]*){0,3})")
"""A title's "for (the) first time as PM", "first visit as Foreign Minister": the office its host now holds."""
_HAS_A_FIGURE = re.compile(r"[A-Za-z]-?[0-9]")
"""A figure glued to a letter in a name ("M-12", "Su-57", "A320"): a road's, a model's, no person's."""
_PRONOUN_VERB_OBJECT = re.compile(
    r" (?:also )?(?:thanked|congratulated|welcomed|praised|invited|assured|told|urged|informed|briefed|instructed"
    r"|apprised|thanks|congratulates|welcomes|praises|invites|assures|tells|urges|informs|briefs|instructs|apprises)"
    r" (?=(?:the|Mr|Ms|Mrs|President|Prime) |[A-Z][a-z]+ (?:that|of|on|about)\b)")
"""After a subject pronoun, a verb whose object is a person ("He thanked the Prime Minister …"; forty-second hard set
kostrava_president_call_tovarnia and tovarnia_president_governor_halvorsk: "He informed the Tovarnian leader that …"
right after that leader's quotation, "He instructed the governor and the Deputy Prime Minister to …" after the
governor's: the one told or instructed is not the one who tells). The present too (fourhundredeightyninth angop
cuba-us-ambassadors: "She also thanks the President of the Republic for the support …", the thanked President not she).
"Apprised" is "informed" (eighthundredfourth thehindu 2018-01-03: "He apprised the Prime Minister of the present
financial situation …", he the Chief Minister, not the Prime Minister). Or a bare capitalised name before "that", "of",
"on" or "about" (eighthundredninetyfourth nilepost: "He informed Mayiga that …", `_BARE_NAME_OBJECT`)."""
_DESCRIBED_VERB_OBJECT = re.compile(
    r" (?:also )?(?:thanked|congratulated|welcomed|praised|invited|assured|told|urged|asked|informed|briefed"
    r"|reminded|warned|called on|requested) (?=[A-Z])")
"""After a described subject ("The President"), a verb whose object is a person, named or
described ("The President asked Vladimir Putin for assistance …")."""
_ON_A_VISIT = re.compile(r",?\s+(?:who\s+(?:is|was)\s+(?:on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}visit\b|in\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
                         r"\s+(?:for|on)\s|visiting\s)|(?:is|was)\s+visiting\s|visited\s+[A-Z]|paid\s+an?\s+(?:[\w-]+\s+){0,3}"
                         r"visit\b|arrived\s+in\s|called\s+on\s+(?:the\s+)?[A-Z])")
"""Right after a name, what says its bearer is the visitor (`NameRegistry._named_as_visiting`): ", who is on a three-day
visit", ", who is on her maiden visit to …" (sixhundredeightysecond thehindu 2022-10-12), ", who is in Tollary for …",
", visited Harrowdeen Province", ", paid an official visit", ", arrived in"; ", called on the Deputy Minister …" (styles57
kestovian_national_tourism_organisation: the one who calls on an office's holder is the visitor, "the visiting tourism
chief", not the one called on, though both hold a "chief" office)."""
_WELCOMED_THE_GUEST = re.compile(r"\s+(?:(?:warmly|cordially)\s+)?welcomed\s+(?:his|her|their|the)\s+(?:guests?|visitors?)\b")
"""Right after a name, that its bearer has the guest ("Minister X welcomed his guest and said …"): the host
(`NameRegistry._host_who_welcomed_the_guest`)."""
_DEAN_WORD = re.compile(r"\b[Dd]ean\b")
"""The deanship's word, where the text first speaks of it (`NameRegistry._dean_named`)."""
_REST_OF_AN_OFFICE = re.compile(r"(?:\s+(?:of|the|[A-Z][\w’'-]*))*,\s+")
"""The rest of an office after its first word, up to the comma before its holder's name ("Dean| of the Diplomatic
Corps, ")."""
_SENTENCE_STOP = re.compile(r'[.!?][”"’)]*(?= )|\n')
"""A sentence's end: a full stop, "?" or "!" (closing quote marks after it) before a space, or a line break."""
_ANOTHER_HOLDER = re.compile(r"\b(?:present|current|new)\b", re.IGNORECASE)
"""What marks an office's holder as another than one who held it before ("the present US President")."""
_OWN_CLAUSE_REACH = 100
"""How far after a described subject a name may stand in its own clause."""
_CLAUSE_ENDS = (",", ".", ";", ":", "\n", "(", "–", "—", "“", "\"")
"""The marks that end a clause, or set off or quote what follows, before a name in it."""
_AGED_BEFORE = re.compile(r"\d{1,2}-year-old\s+$")
"""A young person's age written before his name ("14-year-old Mark X"): whom "the boy" names."""
_SECOND_CLAUSE_OPENINGS = (", and ", ", but ", ", although ", ", though ", ", even as ")
"""The words before a pronoun that opens a sentence's second clause, whose subject is then the sentence's opener."""
_SPLICED_OPENER_REACH = 72
"""How far into its sentence the opener's name may start, after an office's and a body's words ("Louisiana Economic
Development (LED) Secretary ", 47 characters): a bounded look, no search."""
_CLAUSE_OPENERS = frozenset("When After As While Before Upon Since If Although Though Once With At In On To For From By "
                            "Unlike Like Despite".split())
"""Capitalised first words that open a subordinate clause or a prepositional phrase before the sentence's subject
("When Minister X arrived, he said …", "With Minister X present, he noted …"): the name after them is no opener."""
_SPLICED_SPEECH_VERB = re.compile(r" (?:said|says|added|adds|noted|notes|explained|explains|stressed|stresses) (?=[a-z])")
"""A speech verb after a pronoun, then a lower-case word (no comma, no stop): the pronoun is the subject of a clause
that reports speech, not a tag set off by commas (`_spliced_opening_person`)."""
_IN_THE_WRITING = re.compile(r"In\s+(?:the|this|that|his|her)\s+(letter|message|telegram|note),\s+\Z")
"""A sentence's opening "In the letter, " right before its pronoun subject (`_writer_of_the_writing_before`)."""
_OCCASION_GIVEN_BY = re.compile(
    r"In\s+(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:interview|statement|speech|address|briefing|press\s+conference)\s+"
    r"(?:that|which)\s+")
"""A sentence's opening "In an interview that " whose relative clause names who gave it, before the pronoun subject of
the main clause (`_giver_of_the_occasion_opening`)."""
_GIVING_VERBS = frozenset({"gave", "granted", "held", "made", "delivered", "issued", "conducted"})
"""What one does with an interview, a speech or a statement, in that relative clause ("that X gave to the press")."""
_IN_THE_WRITING_PRONOUN = re.compile(r"In\s+(?:the|this|that|his|her)\s+(letter|message|telegram|note),\s+(?:he|she)\s")
"""A sentence opening "In the letter, she " (`_holder_present_after_a_letter`)."""
_WRITING_FROM_REACH = 400
"""How far before the sentence "a letter from X" may stand for "In the letter, he …" to be X's."""
_SPLIT_ATTRIBUTION_REST = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|said|wrote|put\s+it)(?:\s+(?:the\s+)?[A-Za-z-]+){0,2},\s")
"""After a pronoun set off by commas, its verb (a past form) and at most two words of an addressee,
then a comma: the attribution splits its statement ("the Government, he promised, would …", "…, she
told Cabinet, …")."""
_REPORT_BY_BEFORE = re.compile(r"\b(?:a|the)\s+report\s+(?:by|from)\s+\Z")
"""(three-hundred-forty-third 72529) "… the Council heard a report by Yurii X, Head of …, on … . According to him, …":
whose report was heard, named just before, is the one the next sentence's pronoun means (`reporter_named_before`)."""


_A_GOVERNMENTS_NOUNS = ("Government", "Legislative Assembly", "Council")
"""Nouns of a place's own bodies: initials written before them ("the AJK Government") or after "of" ("Government of
AJK") are a place's (`_a_bodys_initials`)."""


def _a_bodys_initials(text: str, phrase: Phrase) -> bool:
    """Whether the name of `phrase` is one word of initials that the text gives in brackets after a body's name
    ("Commandant DSCSC", "Secretary ECV" after "… Election Commission of Vashtara (ECV)"), or writes as a place whose
    government or assembly it is ("…, said President AJK" beside "the AJK Government has incurred losses",
    sevenhundredsixtysixth pakobserver): the body's or the place's, no one's name."""
    if len(phrase.name) != 1 or not office_initials(phrase.name[0]):
        return False
    word = phrase.name[0]
    return _written(text, f"({word})") or any(_written(text, f"{word} {noun}") or _written(text, f"{noun} of {word}")
                                              for noun in _A_GOVERNMENTS_NOUNS)


def _the_offices_place_after_it(text: str, phrase: Phrase) -> bool:
    """Whether the one-word name of a titled `phrase` is the place the same office is written "of" elsewhere in the text
    ("Governor Sindh informed …" after "Governor of Sindh Kamran Tessori …", sevenhundredfortyfifth pakobserver: the
    Pakistani and Indian wires' "Governor Sindh", "Chief Minister Punjab"): the office of that place, no one named
    "Sindh". The office's own words before the place ("Governor "), then " of " and the place, looked up in the text."""
    if len(phrase.name) != 1 or not phrase.role:
        return False
    word = phrase.name[0]
    office = phrase.text[:len(phrase.text) - len(word)]
    if not office.endswith(" ") or not word.isalpha() or not word.istitle():
        return False
    office = office[4:] if office[:4] in ("the ", "The ") else office
    return _written(text, f"{office}of {word}") or _written_before_its_office(text, word, office.rstrip())


def _the_offices_place_glued(text: str, phrase: Phrase) -> int:
    """How many first words of a titled `phrase`'s name are the place of its office, the Pakistani wires' "Governor
    Khyber Pakhtunkhwa Faisal Karim Kundi", "Chief Minister Punjab Maryam Nawaz Sharif" (sevenhundredseventyfirst,
    sevenhundredfortythird): one or two capitalised words the text writes elsewhere as a place on its own, after "in" or
    "of" ("Afghan refugees in Khyber Pakhtunkhwa and across the country", "the first female Chief Minister of Punjab and
    Pakistan", `_written_as_a_place`); 0 if none. Two words at least stay the person's name, and a known first name
    opening it is no place."""
    name = phrase.name
    if len(name) < 3 or phrase.country or name[0].lower() in FIRST_NAMES:
        return 0
    cut = phrase.text.find(" " + name[0])
    office = phrase.text[:cut] if cut >= 0 else ""
    office = office[4:] if office[:4] in ("the ", "The ") else office
    for k in (2, 1):
        if len(name) - k >= 2 and name[k - 1][:1].isupper():
            place = " ".join(name[:k])
            if _written_as_a_place(text, place) or _written_before_its_office(text, place, office):
                return k
    return 0


def _the_place_cut_off(phrase: Phrase, glued: int) -> Phrase:
    """`phrase` with the `glued` first words of its name, its office's place (`_the_offices_place_glued`), cut off
    the name and kept as the office's place ("Governor Punjab Rafique Rajwana": Rafique Rajwana, Governor of Punjab),
    so that "Punjab Governor" later is he, not another governor named before him (sevenhundredeightyninth thenews)."""
    place = " ".join(phrase.name[:glued]).lower()
    return phrase._replace(name=phrase.name[glued:], country=phrase.country or place)


def _the_offices_place_alone(text: str, phrase: Phrase) -> bool:
    """Whether the name of a titled `phrase` is all place, the office's ("Governor Khyber Pakhtunkhwa emphasised …"
    beside "Governor Khyber Pakhtunkhwa Faisal Karim Kundi" and "in Khyber Pakhtunkhwa and across …",
    sevenhundredseventyfirst nation; "called on CM Punjab" beside "Chief Minister Punjab Maryam Nawaz Sharif",
    sevenhundredfortythird gnnhd): the place written on its own after "in" or "of" (`_written_as_a_place`) and before a
    name elsewhere (`_the_offices_place_glued`), so no one named "Khyber Pakhtunkhwa" but that office's holder."""
    name = phrase.name
    if not 1 <= len(name) <= 2 or name[0].lower() in FIRST_NAMES or not name[-1][:1].isupper():
        return False
    place = " ".join(name)
    return phrase.text.endswith(" " + place) and _written_as_a_place(text, place) and _written_before_a_name(text, place)


def _written_before_a_name(text: str, words: str) -> bool:
    """Whether the text writes `words` with a capitalised word right after them somewhere, looked for once per text
    (`_searched_in`, `_written_where`)."""
    return _written_where(text, "\0before a name " + words, words + " ", _capitalised_next)


def _capitalised_next(text: str, at: int, end: int) -> bool:
    """Whether a capitalised character stands right at `end` (`_written_before_a_name`)."""
    return text[end:end + 1].isupper()


def _written_before_its_office(text: str, place: str, office: str) -> bool:
    """Whether the text writes `place` right before the capitalised `office` (sevenhundredeightyfirst thenews: "Punjab
    Governor Muhammad Balighur Rehman … The Governor Punjab inquired …"; urdupoint: "Governor Punjab Muhammad Balighur
    Rehman" beside "Punjab Governor Muhammad Balighur Rehman"): the Pakistani papers write a province's office both
    ways, so the place after the office is that place, no one's name. Not after a capitalised word other than "The"
    ("Imran Khan Minister …", a name's last word before an office), looked for once per text (`_searched_in`)."""
    if not office[:1].isupper() or " " in office and not office.istitle():
        return False
    return _written_where(text, "\0before its office " + place + "\0" + office, f"{place} {office}",
                          _a_whole_unnamed_run)


def _a_whole_unnamed_run(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] is whole words, after no capitalised word but "The" (`_written_before_its_office`)."""
    before = text[max(0, at - 24):at].split()
    return (end == len(text) or not text[end].isalnum()) \
        and (at == 0 or not text[at - 1].isalnum()) \
        and (not before or before[-1] in ("The", "the") or not before[-1][:1].isupper()
             or not before[-1][-1:].isalnum())


def _written_as_a_place(text: str, place: str) -> bool:
    """Whether the text writes `place` after "in" or "of" with no capitalised word after it ("in Gilgit-Baltistan.",
    "of Punjab and Pakistan", not "the visit of Recep Tayyip Erdogan"), looked for once per text (`_searched_in`)."""
    return _written_where(text, "\0in or of " + place, place, _after_in_or_of_alone)


def _after_in_or_of_alone(text: str, at: int, end: int) -> bool:
    """Whether text[at:end] stands after "in" or "of" with no capitalised word after it (`_written_as_a_place`)."""
    return at >= 4 and text.endswith((" in ", " of ", "\nin ", "\nof ", "(in ", "(of "), at - 4, at) \
        and (end == len(text) or not (text[end].isalnum() or text[end] == "-")
             and not (text[end] == " " and text[end + 1:end + 2].isupper()))


def _written_where(text: str, key: str, words: str, fits: Callable[[str, int, int], bool]) -> bool:
    """Whether the text writes `words` somewhere `fits(text, start, end)` holds of, each occurrence tried in turn, the
    answer kept under `key` once per text (`_searched_in`): the one scan of `_written_as_a_place` and
    `_written_before_its_office`."""
    searched = _searched_in(text)
    if key not in searched:
        found, at = False, text.find(words)
        while at >= 0 and not found:
            end = at + len(words)
            found = fits(text, at, end)
            at = text.find(words, end)
        searched[key] = found
    return searched[key]


def _written(text: str, words: str) -> bool:
    """Whether `words` occur in the text, each search made once per text (`_searched_in`): a readout names one office's
    holder many times, and a long one would otherwise be searched whole at each mention (`_a_bodys_initials`,
    `_the_offices_place_after_it`, `_a_place_joined_by_and`)."""
    searched = _searched_in(text)
    if words not in searched:
        searched[words] = words in text
    return searched[words]


@lru_cache(maxsize=2)
def _searched_in(text: str) -> dict[str, bool]:
    """The words already looked for in the text and whether they were found (`_written`), kept for the last two texts
    only."""
    return {}


def _a_place_joined_by_and(text: str, end: int, phrase: Phrase) -> bool:
    """Whether the name of a titled `phrase`, ending at `end` before " and ", is with the capitalised word after "and"
    a place the text writes after "in" or "of" ("President Azad Jammu and Kashmir Sardar Muhammad Masood Khan" beside
    "villages … in Azad Jammu and Kashmir", sevenhundredsixtysixth pakobserver): the office of that place, no one named
    "Azad Jammu"."""
    start = stop = end + 5
    while stop < len(text) and text[stop].isalpha():
        stop += 1
    if stop == start or not text[start].isupper():
        return False
    place = " ".join(phrase.name) + text[end:stop]
    return _written(text, f"in {place}") or _written(text, f"of {place}")


def _a_place_before_a_bodys_initials(text: str, phrase: Phrase) -> bool:
    """Whether the untitled name of `phrase` is a word or two and then initials that the text gives in brackets after a
    body's name ("the Shanghai FTZ" after "the China (Shanghai) Pilot Free Trade Zone (FTZ)", fivehundredsixtyfourth
    baucus): the body's name with its place before it, no one's name (before, a person "Shanghai FTZ", who then took
    the next "He" and kept the sentence out of the report it stood in). Guarded by the last word in capitals."""
    last = phrase.name[-1] if 2 <= len(phrase.name) <= 3 else ""
    return last.isupper() and office_initials(last) and f"({last})" in text


def _stands_alone(text: str, start: int, end: int) -> bool:
    """Whether the word at text[start:end] is a word of its own, no part of a longer word nor of a run of capitalised
    words (`_lone_surnames_of_styled_title_names`): no letter or hyphen beside it, and no capitalised word right
    after it."""
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-’'"):
        return False
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return False
    return not (text.startswith(" ", end) and end + 1 < len(text) and text[end + 1].isupper())


def _the_offices_place_in_body(phrase: Phrase, body: str) -> bool:
    """A title's one word after an office that the body writes before that office ("German Ambassador Calls On CM
    Balochsitan" over "… Balochistan Chief Minister Mir Abdul Quddus Bizenjo", UrduPoint, sevenhundredfiftyfifth): the
    province or country after the office, as Pakistani papers print "CM Sindh", "Governor Punjab", no one's name; it had
    made one person "Balochsitan", who took the body's bare "The Chief Minister" from the chief minister it names. The
    word as the body writes it, or its letters in another order (the headline's slip "Balochsitan"), right before a
    description of a compatible office whose place it is. Cheap tests first: the word's first letter, then its length."""
    word = phrase.name[0]
    if len(word) < 4 or not word.isalpha():
        return False
    letters = sorted(word)
    at = body.find(word[0])
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not body[at - 1].isalnum()) and body[end:end + 1] == " " and body[at + 1:end].isalpha() \
                and (body[at:end] == word or sorted(body[at:end]) == letters and body[end - 1] == word[-1]):
            opening = body[at:end + 80]
            # (cheap test first: a lone capitalised word, "Putin said", opens no office of its place; only a run of
            # capitalised words from it, "Balochistan Chief Minister", has its phrases read)
            if CAP_RUN.match(opening) is not None:
                office = first_title_phrase(opening)
                if office is not None and office.start == 0 and office.kind in ("description", "name") and office.role \
                        and roles_compatible(phrase.role, office.role) \
                        and (office.country or "") == body[at:end].lower():
                    return True
        at = body.find(word[0], at + 1)
    return False


def _quoted_term(title: str, phrase: Phrase) -> bool:
    """Whether a title's name stands alone inside quote marks, a term rather than a person (hundred-eighty-ninth:
    "White House to Replace Historic “Jackson Magnolia” with Descendant Sapling": a tree's name)."""
    return phrase.start > 0 and title[phrase.start - 1] in "“‘\"" and title.startswith(("”", "’", "\""), phrase.end)


def _a_quoted_term(text: str, lo: int, start: int, end: int, phrase: Phrase, quoted_terms: set) -> bool:
    """Whether the name at text[start:end] is a term: alone inside quote marks ("the “Jackson Magnolia,”",
    remembered in `quoted_terms`), or such a term again after "the" ("remove the Jackson Magnolia")
    (hundred-eighty-ninth: a tree's name, no one's). Straight marks too (two-hundred-forty-ninth 75617: "The
    boy's writings were … called "Mariupol Diary"": a diary's name, not the speaker of "IDPs from Mariupol
    spoke about …")."""
    if text[start - 1] in "“‘\"" and (text.startswith(("”", "’", "\""), end) or text.startswith((",”", ",’", ",\""), end)):
        quoted_terms.add(phrase.name)
        return True
    return phrase.name in quoted_terms and text.endswith(("the ", "The ", "the “", "the ‘", "The “", "The ‘"), lo, start)


def _place_glued(name: tuple[str, ...]) -> bool:
    """A name of three words or more after "in" or "at" whose second word is a known first
    name and whose first is not ("in Kirovsk Anna Orlova"): a place and then a person."""
    first, second = name[0].lower(), name[1].lower()
    return second in FIRST_NAMES and first not in FIRST_NAMES


def _name_after_its_first_word(text: str, base: int, start: int, phrase: Phrase,
                               place_is_a_country: bool = False) -> tuple[Phrase, int] | None:
    """The name a phrase read after "in" or "at" holds once its first word, a place, is cut off
    ("Teacher at Lyceum No. 2 in Kirovsk Anna Orlova", `_place_glued`; with `place_is_a_country`,
    "noted that in Russia Joko Widodo is known as …", hundred-forty-fourth, where the country is where,
    not his qualifier, else "Russia Joko Widodo" made him the one "The President of Russia" means):
    the trimmed phrase, offsets relative to `base`, and its start; None if the rest is no name ending
    where the phrase ends (or, after a country, one of two words or more with no country of its own)."""
    cut = text.find(" ", start) + 1
    end = base + phrase.end
    if cut <= start or cut >= end:
        return None
    trimmed = phrase_starting_at(text, cut, end)
    if trimmed is None or trimmed.kind != "name" or trimmed.end != end \
            or place_is_a_country and (trimmed.country or len(trimmed.name) < 2):
        return None
    return trimmed.shifted(-base), cut


_MEETS_NAMESAKE = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,3}(?:President|Minister|Chancellor|Governor|Secretary|Advisor|Adviser|Mayor))"
    r" (?:also |today |virtually )?(?:met|meets|spoke|speaks|hosted|hosts|welcomed|welcomes|called|held|holds|had|has)"
    r"\b(?:[^.;]{0,60}?\b(?:with|to))? \1 [A-Z]")
"""A bare office meeting someone of the same office by name ("the President met today with
President Mele Tauvaka of Nalevu"): two people."""

# "The President met with …", "The Head of State held talks with …": a title whose host is a bare office
_TITLE_OFFICE_MEETS = re.compile(r"The\s+(?:[A-Z][a-z]+\s+){1,3}(?:met|meets|held|holds|had|has|received|receives|spoke|speaks|"
                                 r"talked|talks|conferred|confers|sent|sends)\b")

_NAMESAKE_OFFICES = ("President", "Minister", "Chancellor", "Governor", "Secretary", "Advisor", "Adviser", "Mayor")
"""The offices _MEETS_NAMESAKE knows (its group ends with one, and its back-reference repeats it)."""
_OFFICE_MEETS = re.compile(
    r"(?:President|Minister|Chancellor|Governor|Secretary|Advisor|Adviser|Mayor)"
    r" (?:also |today |virtually )?(?:met|meets|spoke|speaks|hosted|hosts|welcomed|welcomes|called|held|holds|had|has)\b")
"""_MEETS_NAMESAKE's office and verb alone: a quick test (no "the", no back-reference) it must pass."""
_ACRONYMS_HEAD = re.compile(r"\b([A-Z]{2,6})['’]s (?:President|Secretary[- ]General|Director[- ]General)\b(?![ ,]+[A-Z])")
"""An organisation's head written with its acronym's possessive, no name after it ("Mr X was greeted by IFAD's
President."): `_acronyms_unnamed_head`."""
_WHICH_BEFORE = (", which ", ", whom ")
"""A relative clause's opening right before the name of its subject ("tourism, which Vladimir Solodov called …")."""
_SPEECH_AFTER_RELATIVE = re.compile(r" (?:also )?(?:called|described|termed|named|considered|saw)\b")
"""The relative clause's verb of what its subject said of the thing ("which X called the most promising industry")."""

def _as_former_holder(text: str, lo: int, start: int, phrase: Phrase) -> Phrase:
    """`phrase`, an office's holder named at `start`, with "former" before its office when a lower-case "former"
    stands before it ("… met with former Nordhavian Prime Minister X … The Prime Minister said …"): the former
    holder keeps his "former", as "Former Prime Minister of Japan X" does (`phrases`, three-hundred-twenty-eighth
    mea_2022-05-24_suga_calls_on_pm), so the bare office is the one who holds it now."""
    if phrase.role and not phrase.role.startswith("former ") and start - lo > 7 and text.endswith(" former ", lo, start):
        return phrase._replace(role="former " + phrase.role)
    return phrase


_PRONOUN_AS_OBJECT = re.compile(r"\b(?:[a-z]+ed|told|gave|sent) (her|him) (?:for|to|that|on|of|about|with)\b")
"""A verb's object "her" or "him" (not "her team"): "thanked her for", "told him that"."""
_SUBJECTS_OWN_AFTER_AND = re.compile(r" and (?:also )?[a-z]+ed (his|her) ")
"""A second verb of the sentence's subject whose object is the subject's own ("The Chief Minister congratulated him on
assuming charge and extended his best wishes."): the possessive is the subject's, so the subject is of its sex
(`_object_pronoun_before`)."""
_HEADS_BY_OFFICE = frozenset({"head of state", "head of government", "head of delegation"})
"""Heads whom their office names, not what they lead ("the head of the region" is whoever
leads it: `_head_of_what`)."""
_AN_ACRONYMS_LEADER = re.compile(r"(?:[Tt]he\s+)?(?:([A-Z]{2,6})\s+(?:leader|chief|head|official|[Rr]epresentative|envoy)|"
                                 r"(?:leader|chief|head)\s+of\s+"
                                 r"(?:the\s+)?([A-Z]{2,6})(?:\s+delegation)?)\Z")
"""(two-hundred-second 74597) "The IAEA leader stressed …" after "Director General of the International Atomic Energy
Agency (IAEA) Rafael Mariano Grossi": the one the organisation's short name was given beside, not a state's leader; so
too "the head of the FDFA" after "The head of the Federal Department of Foreign Affairs (FDFA), Federal Councillor X,"
(styles3 alvetia_fdfa); and "the head of the ICRC delegation" after "The head of the delegation of the International
Committee of the Red Cross (ICRC) in Trelmond, X," (hard59 icrc: the body's delegation, not the Minister named last)."""
_LEADER_OF_A_BODY = re.compile(
    r"\b(?:[Ll]eader|[Hh]ead|[Cc]hief|[Cc]hair(?:man|woman|person)?)\s+of\s+(A(?:\s+[A-Z][\w’'-]*)+)\Z")
"""(two-hundred-thirty-sixth 60768) "The leader of A Just Russia also spoke …" after the title "Meeting
with head of A Just Russia political party Sergei Mironov": whoever the body's name, opening with "A", was first
given beside, as an organisation's short name ("The IAEA leader")."""
_AN_ACRONYMS_HEADS = frozenset({"leader", "chief", "head", "official", "representative", "envoy"})
"""The roles `_AN_ACRONYMS_LEADER` reads: "the ICRC official" too, after "head of the delegation of the International
Committee of the Red Cross (ICRC) in Yemen, X" (fivehundrednineteenth saba icrc_faite): the one named beside it; and
"The ICAP representative, who …, highlighted …" after "The official of the Cuban Institute of Friendship with the
Peoples (ICAP), X," (sixhundredeightysixth, Prensa Latina); so "The WHO Representative" (its office's capital) and
"The WHO envoy" after "The World Health Organization (WHO) Representative to X, Dr. Y," (styles56: a body's officer
sent to a country, called its envoy for short)."""
_AN_ACRONYMS_TOP_OFFICER = re.compile(r"(?:[Tt]he\s+)?([A-Z]{2,6})\s+(DG|SG|[Dd]irector[- ][Gg]eneral|[Ss]ecretary[- ][Gg]eneral)\Z")
"""(styles61: "It was signed by the Director-General of the CRAQ, Eng. X, and the Director-General of the NCA, Ms. Y"
then "“…,” the NCA DG said." and "The CRAQ DG thanked …") a body's director-general or secretary-general called by the
body's short name and the office: the one whose office was written "of" that short name before his name
(`_officer_of_the_acronym`), not the first director-general of the readout, whom a bare "the DG" means."""
_TOP_OFFICE_WORDS = {"director-general": ("Director-General", "Director General", "director-general",
                                          "director general", "DG"),
                     "secretary-general": ("Secretary-General", "Secretary General", "secretary-general",
                                           "secretary general", "SG")}
"""The ways an office of `_AN_ACRONYMS_TOP_OFFICER` is written before " of the ACRONYM, " and its holder's name."""
_TIME_CLAUSE_OPENING = re.compile(r"(?:After|Before|When|While|Once|Since|Until|As soon as)\s[^,;:“”\x22]{2,80},\s+")
"""A time clause opening a sentence, set off by its comma ("After Minister X left, "): the main clause's subject is the
name after it (`NameRegistry._opening_person`)."""
_PARTICIPLE_CLAUSE_OPENING = re.compile(
    r"[A-Z][a-z]+ing\b(?:,\s(?:on\s)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)?[^,;:.“”\x22]{0,100},\s+")
"""A participle clause opening a sentence, set off by its comma, maybe with a weekday set off after its participle
("Speaking, Wednesday, in Embu Town after receiving his certificate, "): the main clause's subject is the name after
it (`NameRegistry._opening_person`, as after `_TIME_CLAUSE_OPENING`)."""
_OWNERS_DEPUTY = (" her deputy, ", " his deputy, ")
"""A deputy named by the owner's possessive, before his name and its comma (`NameRegistry._deputy_of_the_owner`)."""
def _span_start(span: tuple[int, int, Person]) -> int:
    """Where a name span starts (the key `name_spans` is kept in order by)."""
    return span[0]


_OWNERS_SENTENCE_ENDS = re.compile(r"[a-z]{2}[.!?][\"”’]?\s")
"""A sentence's end between a name and a possessive (a word of two lower-case letters or more before the stop, not
an abbreviation's: "Mrs. ", "Dr. ")."""
_NO_DEPUTYS_OFFICE = ("deputy ", "vice ", "former ", "acting ", "head of delegation", "chair")
"""Offices whose deputy is no office of its own: a deputy's, a former one's, a delegation's head's."""
_DEPUTYS_ONE_WORD_OFFICES = frozenset({"director-general", "secretary-general", "commissioner-general",
                                       "comptroller-general", "minister", "director", "governor", "mayor", "chairman",
                                       "chairperson", "president", "ambassador", "commissioner", "secretary"})
"""The one-word offices a deputy of is an office ("Deputy Director-General", "Deputy Minister"), not a style or a rank."""
_ACRONYM_REACH = 80
"""How far after the organisation's short name its head's name may first stand."""
_STYLE_REACH = 16
"""How long the styles before a name just after "<office> of the <body>, " may be ("Justice (Rtd) ", "H.E. Mr. ")."""
_OFFICE_BEFORE_THE_NAME = re.compile(r"\b(?:President|Minister|Premier|King|Queen|Governor|Chairman|Secretary)\b")
"""An office between "<office> of the <body>, " and the name after it: another person ("…, called President X")."""
_VERB_THEN_PERSON = re.compile(r" (?:also )?(?:[a-z]+|(?:held|had) (?:talks|a (?:telephone )?(?:conversation|meeting|call))"
                               r" with|(?:met|spoke|talked) with) (?=(?:the |his |her )?[A-Z]|(?:the|his|her) (?:"
                               r"guest|visitor|counterpart|interlocutor|host)\b)")
"""After a sentence's subject, one verb and a person's name or office (`_subject_and_object_before`: "The President
acquainted His Majesty with …"), or a talk held with the person ("X held talks with Y. The latter …"), or the other
party of the talk named so ("President X received his guest. The latter …")."""
_UNKNOWN_TITLE_TAIL = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?,?\s+\Z")
"""What stands between a local title the lexicon does not know and its holder's name ("the Kurunaa, Naa X", "The Ohene
of Asenkrom, Nana Y"): at most "of" its place's capitalised words, a comma (`NameRegistry._holder_named_after_a_title`)."""
_UNKNOWN_TITLE_REACH = 60
"""How far before a person's first mention his unknown title may stand (the title, its place and a comma)."""
_OF_A_STATES_BODY_REACH = 100
"""How far before a person's first mention his office "of the <Nationality> <body>" may open
(`NameRegistry._official_of_a_states_body`)."""
_AND_A_NAME = re.compile(r",? and [A-Z]")
"""Another name right after a person's ("Mr. X and Ms. Y"): two named together (`NameRegistry._another_named_with`)."""
_OFFICE_WORDS_BACK = 6
"""How many words before " of the <Nationality>" `_an_office_ends_at` reads back for an office ("Director of Foreign
Trade")."""
_AN_OFFICES_SMALL_WORDS = frozenset({"of", "for", "on"})
"""The small words inside an office's name before " of the <Nationality>" ("Director of Foreign Trade")."""
_AN_ACRONYMS_MEMBER = re.compile(r"[Tt]he ([A-Z]{2,6}) member\Z")
"""(ninehundredsixteenth moi 2023-10-03: "MEMBER of the State Administration Council Khun San Lwin … The SAC member
explained …") a body's short name and "member", a thing to the phrase reader ("member" is no office word)."""
_MEMBER_OF_A_BODY = re.compile(r"\b(?:[Mm]ember|MEMBER)\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*|of|and|for|the|on)\s+)*"
                               r"(?:[A-Z][\w’'-]*)?\s*\Z")
"""A body's membership written right before its name or its "(INITIALS)" ("A member of the National Transition Council
(NTC)", "MEMBER of the State Administration Council"): the one named beside it is that body's member."""
_ANOTHER_MEMBER = re.compile(r"\b[Mm]embers? of (?:the )?[A-Z]{2,6}\b")
"""Membership written again with a body's initials ("Ms. Y, a member of the NTC"): read after the first "(NTC)" by
`NameRegistry._member_named_beside`, a second member unless it sets off that member himself."""
_MALAY_STYLE_ALONE = re.compile(r"(?:Datuk|Dato[’']?|Datin|Tan|Puan) (?:Seri|Sri|Paduka|Setia)")
"""A Malay honorific with its second word (`lexicon.MALAY_SECOND_TITLES`), the whole of a subject phrase: "Datuk Seri",
"Tan Sri", "Dato' Sri" (`_styled_so_before`)."""
_ADDED_AFTER_A_PRONOUN = re.compile(r"\s+(?:also\s+|further\s+)?(?:added|adds|went\s+on\s+to\s+say)\b")
"""A pronoun's verb that carries on words said before ("He added that …", "She also added …"): the one who spoke
before, never one who said nothing (`_last_named_said_nothing`)."""
_SAID_NOTHING = re.compile(r"\b(?:did\s+not|didn[’']t|never)\s+(?:speak|comment|address\s+the\s+(?:press|media|meeting|"
                           r"reporters|gathering))\b|\bmade\s+no\s+(?:remarks|speech|statement|comment)s?\b|"
                           r"\btook\s+no\s+questions\b")
"""A sentence's words that its subject said nothing ("attended the meeting but did not speak", "made no remarks",
"took no questions"), read after his name (`_last_named_said_nothing`)."""
_WORD_BEFORE_SAID_NOTHING = re.compile(r"[a-z]+")
"""A lower-case word between a name and `_SAID_NOTHING`: a verb of telling or "that" there makes the silence another's,
told in the named one's words (`_last_named_said_nothing`)."""
_SAID_NOTHING_REACH = 300
"""How far after a name its sentence is read for `_SAID_NOTHING`."""
_BARE_NAME_OBJECT = re.compile(r" (?:also )?[a-z]+ (?!the |Mr|Ms|Mrs|President |Prime )[A-Z]")
"""After a subject pronoun, a verb and a bare capitalised name as its object ("He informed Mayiga that …", matched
after `_PRONOUN_VERB_OBJECT` found the verb's object is the pronoun's person): the pronoun is then no one known when no
one else can be he, rather than the one he speaks to."""
_SHORT_SUBJECT = 32
"""How far into the sentence before a verb may stand for its subject to be short (`_object_after_a_short_subject_before`)."""
_SAID_THAT_PRONOUN = re.compile(r" (?:also )?(?:[a-z]+ed|said) that (he|she) ")
"""A report whose own clause opens on a pronoun ("The guest noted that she …"), the subject's sex."""
_LATTER_REACH = 400
"""How far back the two people "the latter" and "the former" choose between may be named (characters)."""
_PAIR_REACH = 1200
"""How far back two people named together, "X and Y", may be for "the latter" and "the former" (characters)."""
_LEADERS_OF_A_HOUSE = frozenset({"majority leader", "minority leader"})
_ASSURED_OF = frozenset({"assured", "assure", "assures", "assuring", "reminded", "remind", "reminds", "informed",
                         "inform", "informs", "convinced", "notified", "warned", "persuaded", "apprised"})
"""Verbs whose object is followed by "of" and what it is told or assured of ("assured X of the Council's support")."""


def _end_before_a_day_of_the_month(text: str, base: int, stop: int) -> int:
    """Where a run that ends in a month's name before a day's number ("by Lesotho Prime Minister Mr Sam Matekane
    July 13, President X said …", the Botswana Daily News's dates with no "on", fourhundredsixtyseventh) ends as a
    name: before the month, which had made the name "Sam Matekane July" no one's, so the body's "the Prime
    Minister" found no person (the title's words took him). The caller has seen a space and a digit after the run;
    a day is one or two digits (a year after "May" may follow a surname: "Theresa May 2017"), and "May", a surname
    too, is left."""
    space = text.rfind(" ", base, stop)
    day_end = stop + 2 if not text[stop + 2:stop + 3].isdigit() else stop + 3
    if space <= base or text[day_end:day_end + 1].isdigit():
        return stop
    month = text[space + 1:stop].lower()
    return space if month in MONTHS and month != "may" else stop


_AN_ENVOY_BY_A_COMMON_NOUN = frozenset({"diplomat", "envoy", "ambassador"})
"""What a readout calls a country's envoy it named only by the office, after that office ("The diplomat conveyed …")."""
_AN_ENVOY_OF_A_COUNTRY = re.compile(r"\b[Tt]he\s+Ambassador\s+(?:Extraordinary\s+and\s+Plenipotentiary\s+)?of\s+"
                                    r"(?:the\s+)?[A-Z]")
"""A country's ambassador named by the office alone ("the Ambassador Extraordinary and Plenipotentiary of the Republic of
Lithuania to Turkmenistan"): where `_unnamed_envoy_met_before` reads the office's phrase."""

_SAYS_AFTER_A_FULL_NAME = re.compile(r" (?:says|said) (?:he|she) ")
"""The report verb right after a bare full name opening a lead's next sentence, and "he" or "she" after it, the man
going on about his own intent as the office did: "Terry Mills says he wants …". Not "Oren Dalby says the ban cost
him his whole harvest" after "The … Chief Minister says he will appoint an envoy …": another voice, a farmer's,
whose report tells of a thing, not of himself (review hr56)."""
_ARTICLE_BEFORE_AN_OFFICIAL = re.compile(r", an? (?:(?:senior|top|[Gg]overnment) ){0,2}\Z")
"""A closing tag's "a"/"an" and at most two of "senior", "top", "government" before a bare "official"
(`_official_closing_the_lead_named_next`): "…, a senior Government official", searched in the 40 characters before
the phrase; not "…, a foreign ministry official said." (sixhundredthirtyseventh koreaherald: a ministry's unnamed
official, not the diplomat the next sentence names)."""
_OFFICIAL_CLOSES_THE_LEAD = re.compile(r" (?:has |had )?(?:said|revealed|disclosed|confirmed)\.")
"""The verb right after a lead's closing "official", ending the sentence (`_official_closing_the_lead_named_next`)."""
_AIDE_OF_THE_SUBJECT = re.compile(r"(?:his|her) (?:(?:political|press|personal|special) )?(?:secretary|aide|assistant"
                                  r"|spokesman|spokeswoman|spokesperson|adviser|advisor)")
"""A lead's closing source "his political secretary", "her aide" (`aide_closing_the_lead_named_next`): one who speaks
for the lead's subject, named in the next sentence."""
_AIDE_SPEAKS_RIGHT_AFTER = re.compile(r" (?:also |further |later |then )?(?:said|says|told|added|stated|explained"
                                      r"|confirmed|disclosed|revealed|announced|noted)\b")
"""A verb of speech right after the name that follows a lead's closing "according to his aide" (an adverb of sequence
allowed between; `aide_closing_the_lead_named_next`): the aide, named bare; not one set off with an apposition or an
"of" of his own, "Mr. Y, a headmaster, told …", "Mr. Y of Dwenase School said …" (review rf17)."""
_THE_ONE_NAMED_NEXT_SPEAKS = re.compile(r"\b(?:said|says|told|added|stated|explained|confirmed|disclosed|revealed"
                                        r"|announced|noted)\b")
"""A verb of speech after the name in the sentence after a lead's closing "official" (review rf9): the one named
there speaks, as "Minister Z said …"; not "He will meet President Y of Z …", a host the lead's visit tells of
(`_official_closing_the_lead_named_next`)."""
_PARTICIPLE_LEAD = re.compile(r"(?:[A-Z][a-z]+ing|In [a-z]+ing) [^.;:!?,]*(?:, [^.;:!?,]*)?")
"""A sentence's participle lead before its subject, up to the comma before the name ("Speaking during a meet and greet
session with heads of diplomatic missions and international organisations in Gaborone", "Addressing the envoys"): at
most one comma inside it."""


def _body_spelled_out(text: str, acronym: str, before: int) -> int:
    """Where the last word of the body's name whose initials `acronym` spells ends before `before` ("Secretary General
    of the Organization for Security and Cooperation in Europe Ms. X … the head of OSCE pointed out …",
    four-hundred-seventy-second turkmenistan_gov 2023-06-03: the short name never given), else -1. The body's words
    are capitalised, its small words ("for", "and", "in", "of", "the") skipped; tried only for a leader's phrase with
    the short name in it (`_AN_ACRONYMS_LEADER`), which no "(ACRONYM)" or "ACRONYM " before it explained."""
    found = _spelled_out_pattern(acronym).search(text, 0, before)
    return found.end() if found is not None else -1


_HOLDER_AFTER_INITIALS = re.compile(r",?\s+")
"""Between an office's "(INITIALS)" and its holder's name right after it ("Chief of Defence Force (CDF) General X",
"The Chief of Defence Staff (CDS), General X,")."""
_RANKS_BEFORE_AN_OFFICE = frozenset({"senior", "additional", "assistant", "principal", "joint"})


def _spells_an_office(words: list[str]) -> bool:
    """Whether the words an office's initials spell out are an office's, not a body's: an office word first ("Chief of
    the Naval Staff (CNS)"), after a rank ("Senior Superintendent of Police (SSP)", hard83), or last ("District Health
    Officer (DHO)", "Additional Deputy Commissioner (ADC)"); not "(IAEA)" after an agency's name."""
    return words[0] in ROLE_WORD_SET or words[-1] in ROLE_WORD_SET \
        or len(words) > 1 and words[0] in _RANKS_BEFORE_AN_OFFICE and words[1] in ROLE_WORD_SET


_PLACE_AND_STYLE_AFTER_INITIALS = re.compile(r",?\s+(?:[A-Z][a-z]+\s+)?(?:(?:Dr|Mr|Mrs|Ms|Prof|Engr)\.?\s+)?")
"""Between an office's "(INITIALS)" and its holder's name, a district's name and a style (hard83, South Asian district
releases: "Senior Superintendent of Police (SSP) Varhal Imran X", "Chief Medical Officer (CMO) Korran Dr. Sadia Y", "the
District Health Officer (DHO), Dr. Bilal Z"): the office's holder is the name after them, as with nothing between; read
in full up to the next name's start, within `_PLACE_AND_STYLE_REACH` characters."""
_PLACE_AND_STYLE_REACH = 24
_OFFICE_AFTER_HOLDER = re.compile(r",(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on))+\s*")
"""Between a holder's name and his office's "(INITIALS)" after it ("Admiral X, Chief of the Naval Staff (CNS)")."""


def _office_initials(role: str) -> str:
    """The initials of an office as the registry keeps it, its small words skipped ("chief of naval staff": "cns")."""
    return "".join(word[0] for word in role.replace("-", " ").split() if word not in _SMALL_WORDS_OF_AN_OFFICE)


_SPELLED_OUT_REACH = 6
"""How far after a body's name spelled out its head's name may stand: right after it, a style at most between ("… in
Europe Ms. X"); a name further on is someone else's ("X, head of the Federal Department of Foreign Affairs, met the
Prime Minister of Y, Z": the head is X, named before)."""


@lru_cache(maxsize=256)
def _an_office_ends_at(text: str, lo: int, at: int) -> bool:
    """Whether the words right before `at` (" of the <Nationality> …"), read back over capitalised words, office words
    and an office's small words (`_AN_OFFICES_SMALL_WORDS`), hold an office's word no spouse's is ("the Director of
    Foreign Trade", "its Head of Grants"; not "the spouse", "met members", "Mr. X" of one named before), hr64."""
    for word in reversed(text[max(lo, at - 60):at].split()[-_OFFICE_WORDS_BACK:]):
        low = word.lower()
        if low in ROLE_WORD_SET and low not in SPOUSE_ROLES:
            return True
        if not (word[:1].isupper() or low in _AN_OFFICES_SMALL_WORDS):
            return False
    return False


@lru_cache(maxsize=256)
def _spelled_out_pattern(acronym: str) -> re.Pattern[str]:
    """The words whose initials spell `acronym` (built once per short name, not per sentence nor per call: four
    readers ask it, `_body_spelled_out`, `_member_named_beside`, `holder_of_office_initials` and
    `_holder_after_office_spelled_out`, often for the same initials in one readout); an "O" spelled by "of" too
    (ninehundredthird vanguard 2023-11-30: "The Chief of Army Staff (COAS) Lieutenant General X …" then "The COAS, who
    toured facilities …, assured troops …": Nigeria's and Pakistan's army chief, the "of" in his letters)."""
    between = r"(?:\s+(?:" + "|".join(sorted(_SMALL_WORDS_OF_AN_OFFICE)) + r")\b)*\s+"
    return re.compile(r"\b" + between.join(_SPELLED_LETTER.get(letter, letter + r"[a-z][\w’'-]*") for letter in acronym))


_SPELLED_LETTER = {"O": r"(?:O[a-z][\w’'-]*|of)"}
"""A letter of an acronym some word other than a capitalised one spells: the "of" of "Chief of Army Staff" (COAS)."""


_OF_ONESELF = re.compile(r" (?:that )?(?:he|she) ")
"""What a lone surname's "said" reports of its bearer ("Ryder said that he hoped …", "Kell said she would …")."""
_LONE_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?")
"""One capitalised word of lower-case letters ("Ryder", "O'Neill"): no initials, no figure."""


_QUOTE_CLOSED_BEFORE = (",” ", ',\" ', ",' ", ",’ ")
"""A quotation's comma and closing mark, then a space: what stands before the one word that names its speaker."""


def _word_after_closing_quote(text: str, start: int, end: int) -> int | None:
    """Where the one word between a quotation's closing mark and the speech verb at text[start:end] starts, the verb
    closing its sentence ("…,” Shmyhal stated."): the shape whose word is the quotation's speaker; None otherwise."""
    if not text.startswith(".", end):
        return None
    word_start = text.rfind(" ", 0, start - 1) + 1
    return word_start if word_start >= 3 and text.startswith(_QUOTE_CLOSED_BEFORE, word_start - 3) else None


def _word_inverted_after_closing_quote(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the one word after the speech verb at text[start:end] stands, the verb right after a quotation's comma and
    closing mark and the word closing the sentence ("…,” said Carney."): the inverted shape whose word is the
    quotation's speaker, as `_word_after_closing_quote`'s; None otherwise (a cheap test of the marks first)."""
    if start < 3 or not text.startswith(_QUOTE_CLOSED_BEFORE, start - 3) or not text.startswith(" ", end):
        return None
    word_end = text.find(".", end + 1, end + 80)  # (a one-word name, or one with a description, `_one_name_described_after`)
    return (end + 1, word_end) if word_end > end + 1 else None


_ONE_NAME_THEN_A_DESCRIPTION = re.compile(
    r"([A-Z][a-z]+(?:[’'-][A-Za-z][a-z]+)?), an? (?:[a-z][\w’'-]*\s){0,4}?([a-z][\w’'-]*)"
    r"(?:\s(?:of|in|from|at)\s(?:the\s)?[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){0,3})?\Z")
"""One capitalised word, its comma, and an indefinite description of a person in lower case up to the sentence's stop,
maybe ending in the place or body he is of ("Asadullah, a returned refugee", "Nawshad, a resident of Nangarhar"):
the word after an inverted "said" is then a one-word name (`_one_name_described_after`)."""
_BODY_HEADS = frozenset({"agency", "company", "group", "organization", "organisation", "newspaper", "website", "daily",
                         "weekly", "channel", "outlet", "network", "firm", "party", "union", "council", "committee",
                         "ministry", "department", "office", "station", "service", "association", "institute",
                         "university", "bank", "fund", "body", "platform", "broadcaster", "magazine", "journal",
                         "portal", "site", "country", "city", "province", "state", "region", "town", "village",
                         "charity", "watchdog", "tank", "think-tank", "ngo", "nonprofit", "non-profit", "alliance",
                         "coalition", "bloc", "federation", "foundation", "trust", "movement", "nation", "republic",
                         "kingdom"})
"""The last word of a description that makes the described word a body or a place, not a person ("said Xinhua, a
state news agency", "said Orsk, a city in …"; hr61: "said Oxfam, a charity", "said Amnesty, a rights watchdog",
"said Velskia, a member of the alliance", a think tank, an NGO): no one-word name (`_one_name_described_after`)."""


def body_described_after(text: str, word_start: int, stop: int) -> bool:
    """Whether the one word at `word_start` after an inverted "said" is described up to the sentence's stop at `stop`
    as a body or a place (`_BODY_HEADS`: "“…,” said Oxfam, a charity.", "said Xinhua, a state news agency."): the
    body's words, no one's (`sentence_reading._said_by_a_described_body_after`)."""
    described = _ONE_NAME_THEN_A_DESCRIPTION.match(text, word_start, stop)
    return described is not None and described.group(2) in _BODY_HEADS


def _one_name_described_after(text: str, word_start: int, stop: int) -> tuple[int, int] | None:
    """Where the one word after an inverted "said" stands when an indefinite description of a person follows it up to
    the sentence's stop (ninehundredfirst thefrontierpost, TOLOnews' returnees at Torkham: "“…,” said Asadullah, a
    returned refugee."): a one-word name, a person's though named once, as the readouts of Afghan pages name
    residents, drivers and traders; None for any other words, or a description of a body or a place (`_BODY_HEADS`).
    `stop`: the sentence's full stop (`_word_inverted_after_closing_quote`)."""
    described = _ONE_NAME_THEN_A_DESCRIPTION.match(text, word_start, stop)
    if described is None or described.group(2) in _BODY_HEADS:
        return None
    return word_start, described.end(1)


def _assured_of_before(text: str, lo: int, base: int) -> bool:
    """The word before a run at `base` is one of `_ASSURED_OF` (so a run's "of" after its name is that verb's)."""
    return base - lo > 6 and text[base - 1] == " " and text[text.rfind(" ", lo, base - 1) + 1:base - 1] in _ASSURED_OF


_SENATE_BEFORE = re.compile(r"\bSenate(?:\s+(?:Democratic|Republican))?(?:\s+(?:Majority|Minority))?\s+$")
"""Before "Majority Leader X" (or before "leader X" in lower case): the house he leads in, the Senate ("Senate
Democratic Majority leader")."""



_LED_BODIES = ("delegation", "group of", "team of")
"""What one "led by" / "headed by" X heads, its head X (fivehundredsixteenth prc: "received a group of French
Parliamentarians led by André X … The Head of the French parliamentary delegation promised …": the group is the
delegation, as "a delegation … led by Senator Y")."""


def _led_by_before(text: str, lo: int, at: int) -> bool:
    """Whether "led by " or "headed by " ends the text at `at`, after words that name a delegation, a group or a team of
    people (`_LED_BODIES`)."""
    return text.endswith(("led by ", "headed by "), max(lo, at - 10), at) \
        and any(body in text[max(lo, at - 160):at] for body in _LED_BODIES)


def _office_leading_before(text: str, lo: int, comma: int) -> str:
    """The role of the office that stands between "led by" / "headed by" and the comma at `comma`, after words that
    name a delegation or a group (`_led_by_before`): "a delegation … headed by the Minister of Industry, Mr. X" (X
    its head, as after "headed by Mr. X"); "" if there is none."""
    if text.find(" by ", max(lo, comma - 80), comma) < 0:
        return ""
    office = phrase_ending_at(text, lo, comma)
    if office is None or office.kind != "description" or not office.role \
            or not _led_by_before(text, lo, office.start):
        return ""
    return office.role


_CHAIRED_BY = ("chaired by ", "presided over by ", "hosted by ", "moderated by ", "convened by ")
"""The passive of a meeting's chair before its agent: the name after it is a person's (ninety-second
71401: "a conference call … chaired by Volodymyr Zelenskyy", the only time the readout names him)."""
_CHAIRS_PASSIVE = ("chaired by ", "presided over by ")
"""A meeting's passive of its chair, not of its host or moderator (`_chaired_by_before`)."""


def _chaired_by_before(text: str, lo: int, opens: int, person: Person) -> bool:
    """Whether the name whose title opens at `opens` is the meeting's chair by a passive before an office of his set off
    by a comma ("The forum was chaired by the Minister of Health of Y, Dr. X."; styles56): the one "the chair" means, as
    one "under the chairmanship of X". Not a name right after "chaired by" (ninety-second 71401: "a conference call …
    chaired by Volodymyr Zelenskyy", the President, whom "The Head of State" means, not "the chair"). A cheap ", " and
    "d by " test first; the office's phrase is read only then."""
    if opens < 2 or text[opens - 2:opens] != ", " or text.find("d by ", max(lo, opens - 90), opens) < 0:
        return False
    office = phrase_ending_at(text, lo, opens - 2)
    return office is not None and office.kind == "description" and office.role in person.roles \
        and text.endswith(_CHAIRS_PASSIVE, max(lo, office.start - 20), office.start)


_CO_CHAIRED_BY = "co-chaired by "
"""The passive of a meeting's two chairs before their agents (`_co_chaired_by_before`)."""

_HONORIFIC_STOPS = ("Mr.", "Ms.", "Mrs.", "Dr.", "H.E.", "Prof.", "Hon.")
"""Abbreviations whose full stop ends no sentence, between the passive and the second co-chair's office."""


def _co_chaired_by_before(text: str, lo: int, opens: int, person: Person) -> bool:
    """Whether the name whose title opens at `opens` is one of a meeting's two co-chairs, by a passive before the offices
    set off by commas (styles57 joint_tourism_committee: "The session was co-chaired by the Director General of Tourism
    of D, Mr. X, and the Deputy Minister of Tourism of S, Ms. Y."): each is "co-chair", whom "the Drummelian co-chair"
    means. The first office follows "co-chaired by " itself; the second "and " after the first office and name, with no
    other "and" and no sentence's end between (at most 200 characters between the two). A cheap ", " test first, then
    "co-chaired by " looked for in the 320 characters before the title; the office's phrase is read only then."""
    if opens < 2 or text[opens - 2:opens] != ", " \
            or (by := text.rfind(_CO_CHAIRED_BY, max(lo, opens - 320), opens)) < 0:
        return False
    office = phrase_ending_at(text, lo, opens - 2)
    if office is None or office.kind != "description" or office.role not in person.roles:
        return False
    between = text[by + len(_CO_CHAIRED_BY):office.start]
    if not between:
        return True
    if not between.endswith(", and ") or between.count(" and ") != 1 or len(between) > 200 or ";" in between:
        return False
    return all(word.endswith(_HONORIFIC_STOPS) or not word.endswith(".") for word in between.split())


_STYLES_AFTER_HIS = ("Excellency", "Highness", "Royal Highness", "Majesty")
"""The styles after "His" or "Her" that a name's run opens with ("His Excellency X", "His Highness Prince X"): the
"His" is the style's, so an office set off before it is the holder's."""


def _comma_glued_before(text: str, lo: int, start: int) -> bool:
    """Whether a comma with no space after it, right after a word, stands before the name at `start` (sixhundredtwentyfirst
    paulkagame: "Outgoing EALA Speaker,Abdirahin H. Abdi today called on … The outgoing speaker outlined …"): a slip
    of the pen for ", ", the office before it the name's as after ", "."""
    return start - lo > 2 and text[start - 1] == "," and text[start - 2].isalpha()


_HONOURED_PARTICIPLES = ("awarded ", "decorated ", "honoured ", "honored ", "knighted ")
"""Participles of an honour given, after "was" or "were" (`_honoured_after`)."""


def _honoured_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is the subject of a passive honour (sevenhundredseventieth forumchinaplp:
    "Guo Ce was awarded the National Order of Merit … He said …"): one awarded or decorated is a person, someone
    a later "he" may mean, though the run's words alone could be a thing's (a cheap " w" first)."""
    if not text.startswith(" w", end):
        return False
    at = end + 5 if text.startswith(" was ", end) else end + 6 if text.startswith(" were ", end) else -1
    return at > 0 and text.startswith(_HONOURED_PARTICIPLES, at)


_TOLD_VERBS = ("briefed ", "informed ", "told ", "updated ")
"""Verbs whose object is one who listens, a person ("Defence Minister X briefed Vladimir Putin on the
progress …", the Kremlin's first paragraph of a title "Meeting with Defence Minister X"): the host named
only there is someone, whom the body's bare "the President" means. Guard: the word before the name ends
in "d" (one `startswith`), then one `endswith`."""


_WHO_CHAIRS = re.compile(r", who (?:chaired|chairs|is chairing|was chairing|presided over|presides over) "
                         r"(?:the|this|today’s|today's) (?:[\w’'-]+ ){0,3}?(?:meeting|session|talks|summit|conference|"
                         r"council|committee|commission|forum|dialogue|consultations|round|debate|discussion)\b")
"""An appositive that makes the person before it "the Chair"."""
_UNDER_CHAIRMANSHIP = re.compile(r"\b(?:under|during) the (?:co-)?chair(?:man|woman|person)?ship of $")
"""Before a name: the meeting's chair, as `_WHO_CHAIRS` after it (styles29 lasec_council_of_ministers: "The 41st
Ordinary Session of the Council … opened today … under the chairmanship of Hon. X, Minister of …. In her opening
statement, the Chairperson of the Council welcomed …")."""
_COUNTERPART_ENDS = ("counterpart ", "counterpart, ", "colleague ", "colleague, ")  # ("colleague": after "with" only)
_COUNTERPART_OF_BEFORE = re.compile(COUNTERPART_OF_A_STATE)
"""A counterpart named by his state before his name ("with her counterpart of the Republic of X, Mr. Y")."""
_AND_AN_OFFICES_BODY = re.compile(r" and (?:the )?(?:[A-Z][\w-]* ){1,2}")
"""Between a bare full name and a titled one: "and", then the body whose office the titled one holds, in capitals
before a lower-case office ("Aleksandar Vucic and NATO chief Jens Stoltenberg agreed …", "… and the EU envoy X …"):
the two are joined as "X and President Y" are, both someone when a verb follows (`_collect_names`)."""
_COUNTERPARTS_FROM = re.compile(r"counterparts? (?:from|of) (?:the )?(?P<first>[A-Z][\w-]+(?: [A-Z][\w-]+)?), "
                                r"(?:(?:[A-Z][\w-]+ ){1,3}[A-Z][\w-]+,? and (?:the )?(?P<second>[A-Z][\w-]+"
                                r"(?: [A-Z][\w-]+)?), )?$")
"""A name set off after "counterparts from <country>," or after "…, and <country>," of that list ("hosted his
counterparts from Hjeldmark, Ansgar Torbjornsen, and Sudravia, Vitus Krsovan,"): each one a counterpart, a person of
that country."""
_RESPECTIVELY = (" respectively", ", respectively")
_COUNTRY_WORDS = r"[A-Z][a-z][\w-]+(?: [A-Z][a-z][\w-]+)?"
_PAIRED_COUNTRIES = re.compile(r"\b(?P<first>" + _COUNTRY_WORDS + r") and (?:the )?(?P<second>" + _COUNTRY_WORDS
                               + r") (?P<office>(?:[a-z][\w-]+ ){0,2}[a-z][\w-]+?)s, (?:[A-Z][a-z]{1,4}\. )?$")
"""The two countries' adjectives (or names, of one or two words: "United States", "New Zealand") and the office in
the plural before two names paired by "respectively" ("the Cuban and Ruritanian ambassadors, ", "to Cuban and United
States ambassadors, ", "the Aravellan and Tormundish contingent commanders, Brig. "), up to the first name (a rank's
abbreviation the name's span leaves out, "Brig. Gen. X" read from "Gen.", included)."""
_OF_THE_TWO = re.compile(r"Of (?:his|her|their|its|the) two [a-z]+, $")
"""A sentence opening on the pair "the former" / "the latter" choose from ("Of his two guests, the former …")."""
_AT_THE_INITIATIVE = re.compile(r" at the (latter|former)(?:’s|'s) (?:initiative|request)\b")
"""A call or meeting held at one of the two's initiative, after the second's name ("… with Y at the latter's
initiative"): that one called."""
_DOCUMENT_NOUNS = r"(?:memorandum|memorandums|memoranda|protocol|agreement|treaty|declaration|convention|accord|roadmap|" \
    r"communiqué|communique|document)"
_TWO_DOCUMENTS = re.compile(r"\b" + _DOCUMENT_NOUNS + r"\b[^.;]{0,160}?\band\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                            + _DOCUMENT_NOUNS + r"\b")
"""Two documents named together ("a memorandum on … and a protocol on …"), which "the former" and "the latter" after
them mean (`_two_documents_before`)."""
_OPENING_SUBORDINATORS = ("After ", "When ", "Once ", "As ", "While ", "Before ", "Since ", "Though ", "Although ")
"""The words that open a sentence with a clause of its own before the main clause's subject
(`_other_holder_than_named_in_sentence`)."""


def _own_counterpart_before(text: str, start: int, end: int, lo: int, hi: int,
                            spans: list[tuple[int, int, Person]]) -> bool:
    """A counterpart phrase fronted before the sentence's subject, whose "his" is that subject: "In a
    conversation with his Danish counterpart, Denys Shmyhal thanked for …" (two-hundred-ninety-fourth, kmu
    2023-06-15), not "his counterpart, Y" in apposition: a comma before the name, no one named earlier in the
    sentence (whose counterpart it would be), and a verb right after the name, no second comma between ("He and
    his counterpart, Ilse Marr, agreed …" sets her off: apposition). Guard: the two commas first (one character
    each), then the last name span, then the words ahead."""
    if text[start - 2] != "," or text[end:end + 1] != " " \
            or spans and spans[-1][0] >= max(lo, text.rfind(". ", lo, start) + 1):
        return False
    return looks_like_verb(WORDS_AHEAD.findall(text, end, min(hi, end + 40)), copula=False)


def _two_names_glued(text: str, run: str, entries: tuple) -> tuple | None:
    """(three-hundred-ninety-fifth belarus_president_2016-09-12_lebedev: "During the meeting with Sergei Lebedev
    Aleksandr Lukashenko said: “…”"): an opening phrase ending in one person's name, its comma lost, then the
    subject's name: a run of four words read as one untitled name is two people when each half, two words, is also
    named on its own elsewhere in the readout (more often than the four-word run). Their two entries, or None.
    Guard: one untitled four-word name only (rare), then the counts."""
    phrase = entries[0][0]
    if phrase.start != 0 or phrase.role or phrase.possessive:
        return None
    words = phrase.text.split(" ")
    if len(words) != 4:
        return None
    first, second = words[0] + " " + words[1], words[2] + " " + words[3]
    whole = text.count(phrase.text)
    if text.count(first) <= whole or text.count(second) <= whole:
        return None
    left, right = run_phrase(run, 0, len(first)), run_phrase(run, len(first) + 1, len(phrase.text))
    if left is None or right is None or left.kind != "name" or right.kind != "name" or left.role or right.role:
        return None
    return ((left, False, True), (right, False, True))


_CLAUSE_OPENINGS = ("As ", "During ", "While ", "When ", "After ", "At ", "In ")
"""The words that open a sentence's opening clause or phrase (`_surname_glued_to_a_name`)."""


def _surname_glued_to_a_name(text: str, run: str, entries: tuple, base: int, stop: int) -> tuple | None:
    """(fivehundrednineteenth saba 2020-12-22 canada: "Under-Secretary … Dr. Mansour Bagash highly praised … . As he met
    … with the Acting Ambassador of Canada to Yemen Natalie Breton Bagash stated that …"): an opening clause ending in
    one person's name, its comma lost, then the subject's surname alone: a run whose name of three words ends in the
    surname of someone named in full before it (with another first name), a lower-case verb right after it, is two
    people, the guest and that earlier one. Their two entries, or None. Guard: three words, a verb after, then two
    substring looks."""
    phrase = entries[0][0]
    if phrase.possessive:
        return None
    opening = sentence_start_before(text, base)
    if not text.startswith(_CLAUSE_OPENINGS, opening) or text.find(" with ", opening, base) < 0 \
            or text.find(",", opening, base) >= 0:
        return None  # (an opening clause on a meeting "with" the guest, its comma lost; not "Madam Clar Marie Weah told
        # …" after "President George Manneh Weah": a wife's or kinsman's own name, the family's surname shared)
    surname = phrase.name[2]
    earlier = text.rfind(f" {surname} ", 0, base)
    if earlier < 0 or not text[earlier - 1:earlier].isalpha() or not looks_like_verb(text[stop + 1:stop + 40].split()[:2]):
        return None
    given = text.rfind(" ", 0, earlier)
    if text[given + 1:earlier] in (phrase.name[0], phrase.name[1]) or not text[given + 1:given + 2].isupper():
        return None  # (the same name before, or no first name with the surname there)
    cut = phrase.end - len(surname) - 1
    left, right = run_phrase(run, 0, cut), run_phrase(run, cut + 1, phrase.end)
    if left is None or right is None or left.kind != "name" or right.kind != "name" or len(left.name) != 2:
        return None
    return ((left, entries[0][1], True), (right, False, True))


def _pair_parts(text: str, group: Phrase) -> tuple[Phrase | None, Phrase | None]:
    """The two phrases of a group phrase "A and B" ("the governor and the Deputy Prime Minister"); (None, None) when
    it is not two joined by one "and"."""
    mid = text.find(" and ", group.start, group.end)
    if mid < 0 or text.find(" and ", mid + 5, group.end) >= 0:
        return None, None
    return phrase_starting_at(text, group.start, mid), phrase_starting_at(text, mid + 5, group.end)


_TAKING_PART = re.compile(r"\bTaking part(?: in (?:the|this) (?:meeting|talks|discussion|consultations))? were ")
"""The opening of a list of those who took part ("Taking part were …"), `_offices_taking_part`."""
_LIST_ITEM = re.compile(r"the [^,]+?(?=, | and the |$)")
"""One item of that list, "the" opening it, up to the next comma or "and the"."""
_INVERTED_CUE_BEFORE_NAME = re.compile(r"[”\x22»’],?\s+([a-z]+)\s+(?:[A-Z][\w.’'-]*\s+){0,2}\Z")
"""Right before a name, a closing quotation mark and an inverted speech verb, a title or a given name after it or not
("…,” declared Mr. ", `_speaker_of_the_quotation_named_after`)."""


_THE_OTHERS = ("other ", "the other ", "fellow ", "his fellow ", "her fellow ")
"""What follows "X and " when the group names one person and the rest ("Leahy and other delegation members")."""


def _office_after_any_body(words: list[str]) -> bool:
    """Whether a description's words end with an office held in a body, not with the body ("Czech Republic Chamber of
    Deputies Speaker Senior Advisor": office words after the last body word; not "The Ministry of Justice", whose
    words after the body's word are its "of" complement, nor "The Foreign Ministry")."""
    last = max((k for k, word in enumerate(words) if word.lower() in NON_PERSON_WORDS), default=-1)
    return last < 0 or last + 1 < len(words) and words[last + 1].lower() not in ("of", "for", "and")


def _acts_without_speaking(text: str, end: int, lo: int) -> bool:
    """Whether the word after a sentence's subject (ending at `end`, the next sentence at `lo`) is a verb that says
    nothing there: not a speech verb with its complement (a verb that speaks only with its complement acts without it,
    styles33 lagunie_presidency: "The special envoy handed to the President … a written message …. On leaving the
    audience, he told the press: …"; "made a speech on behalf of the delegation")."""
    at = skip_space(text, end, lo)
    if text.startswith(_ADVERBS_AFTER_AN_ACTOR, at):
        at = text.index(" ", at) + 1  # ("Farhash too declined to disclose …": the adverb, then the verb)
    words = WORDS_AHEAD.match(text, at)
    return words is not None and looks_like_verb([words.group()], copula=False) \
        and not (words.group() in ALL_SPEECH_VERBS and has_complement(words.group(), text, words.end(), lo))


_ADVERBS_AFTER_AN_ACTOR = ("too ", "also ")
"""An adverb between a sentence's subject and its verb that `_acts_without_speaking` steps over ("X too declined …",
"X also left …")."""
_CONTRASTIVE_OPENINGS = ("However, ", "But ", "Yet ", "Still, ", "Nonetheless, ", "Nevertheless, ")
"""A contrastive word that opens a sentence right before its pronoun subject ("However, he indicated that …"), after a
sentence whose named subject acts and says nothing (`NameRegistry._named_actor_just_before`)."""


_INTRODUCING_COPULAS = ("is ", "was ")
_ARTICLES_BEFORE_AN_OFFICE = ("the ", "a ", "an ")


_PASSIVE_BRINGING_IN = re.compile(r" (?:was|were) ([a-z]{3,}ed) (?:to|by) ")
"""A passive that brings its subject into the meeting ("was introduced to", "was received by", "was welcomed by"), the
participle's own word in group 1 (`NameRegistry._introduced_in_the_passive_just_before`)."""
_PASSIVE_SUBJECT_REACH = 80
"""How far into the sentence before its first person may be named (a fronted "At the meeting" and an office before
the name: "At the meeting new regional director of SOCAR Farid Mammadov was introduced to …")."""


def _introduced_by_an_office(text: str, end: int, lo: int) -> bool:
    """Whether a sentence's subject (ending at `end`, the next sentence at `lo`) is introduced there by the office
    they hold, "is" or "was" and an office (sevenhundredseventythird kdlt: "Jim Ogsbury is executive director of the
    Western Governors Association. He says Burgum will welcome …"): a sentence that presents the person whom the next
    sentence's opening pronoun goes on with, as one who acts there (`_acts_without_speaking`) does."""
    at = skip_space(text, end, lo)
    copula = next((c for c in _INTRODUCING_COPULAS if text.startswith(c, at)), None)
    if copula is None:
        return False
    at += len(copula)
    article = next((a for a in _ARTICLES_BEFORE_AN_OFFICE if text.startswith(a, at)), "")
    office = phrase_starting_at(text, at + len(article), lo)
    return office is not None and office.kind == "description" and bool(office.role) \
        and office.start == at + len(article)


def _after_a_short_capitalised_word(text: str, begin: int) -> bool:
    """Whether the ". " before `begin` follows a capitalised word of four letters or fewer ("Mr.", "Gov.", "Prof."),
    maybe a title's stop, not a sentence's end (`sentence_start_before` stops after any ". ")."""
    space = text.rfind(" ", 0, max(0, begin - 2))
    word = text[space + 1:begin - 2]
    return 0 < len(word) <= 4 and word[:1].isupper()


_LINKS_IN_AN_OFFICE = frozenset({"of", "for", "the", "in", "to", "at"})


_LED_BY_ITS_OFFICE = re.compile(r",?\s+(?:led|headed)\s+by\s+(?:its\s+|the\s+)?(?:(?:[A-Z][\w’'-]*|of|for|and)\s+)*"
                                r"(?:[A-Z][\w’'-]*,?\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?")
"""The words between a body named in lower case and the one who leads its visit ("a delegation of the Quarnessan
embassy, led by its Deputy Head of Mission, Mr. X", hard78): "led/headed by", "its", his office's capitalised words,
an honorific (`NameRegistry.named_for_a_bodys_noun`)."""
_OF_THE_BODY_NAMED = re.compile(r"\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+){1,4}")
"""The words between one's name and his body's noun ("Deputy Director X of the Fisheries Directorate", hard78):
"of the" and the body's capitalised words before the noun (`NameRegistry.named_for_a_bodys_noun`)."""


def _office_words_only(gap: str) -> bool:
    """Whether the words between a body's name and a name are an office and the body's initials only ("(ADB)
    Country Director for Georgia", ", Country Director of the"): capitalised words, bracketed initials and the links
    of an office, no verb, no sentence's end, no list; not a bare comma ("… signed with the <Body>, X told
    reporters")."""
    words = gap.replace(",", " ").replace("(", " ").replace(")", " ").split()
    return not any(c in gap for c in ".;") and (bool(words) or "," not in gap) \
        and all(word[:1].isupper() or word in _LINKS_IN_AN_OFFICE for word in words)


_SAINTS_STYLE_OPENING = ("Sa", "St")
"""The first two letters of a saint's style (`phrases._SAINTS`) opening a two-word place name ("Saint Petersburg",
"St Helena"), which is also the first word of a few two-word surnames ("Isabel Saint Malo"):
`_named_in_full_by_a_saints_surname`'s cheap first test."""


def _past_speech(verb: str) -> bool:
    """A speech verb in the past tense, not an agency's "reported" ("Qalibaf noted", "Rouhani said";
    `NameRegistry._recurring_lone_speaker`)."""
    return (verb.endswith("ed") or verb in ("said", "told")) and verb in ALL_SPEECH_VERBS and verb != "reported"


def _speaks_beside_an_office_holder(lone: LoneWords, word: str) -> bool:
    """A lone word that speaks, in any tense ("Ntuli says the issuing of permits topped the agenda."), and stands as
    one subject with an office-holder named after his office ("Ntuli and Transport MEC Sboniso Duma met with
    non-striking groups"): a person's surname, his fuller name never printed (a radio page stored without its lead;
    eighthundredfortysixth, ECR). A body that speaks in the present and is joined so to a man ("Velmco says the fares
    will rise …", "Velmco and Transport MEC Ada Loren signed an agreement") is read as a person too: nothing in such a
    text tells the two apart (review hr56; no guard of its own yet)."""
    return lone.paired_with_an_office_holder(word) and any(verb in ALL_SPEECH_VERBS for verb in lone.verbs_after(word))


_AFTER_A_QUOTATIONS_CUE = re.compile(r"[”\"],?\s+(?:(?:said|added|noted|stressed|remarked)\s+)?\Z")
"""The closing mark of a quotation, and its cue's verb, right before its speaker ("“…,” said the mayor of Incheon",
"“…,” the mayor of Incheon said"): the speaker speaks in his own words (`People.unnamed_of_a_country`)."""


_SERVING_OFFICES = frozenset({"secretary", "adviser", "advisor", "aide", "assistant", "counsellor", "counselor"})
"""Offices in lower case held *to* another ("principal secretary to CM X", "adviser to President X"): the office after
"to" is the one served (`_office_serving_before`)."""


def _office_serving_before(text: str, lo: int, base: int, end: int, phrase: Phrase) -> Phrase | None:
    """The name's own office when a lower-case office held to another stands before its run ("special principal
    secretary to CM Kamal X": X a secretary to the chief minister, not one), read from that office's word; None
    when the word before "to" is no such office."""
    word_start = text.rfind(" ", lo, base - 4) + 1
    if text[word_start:base - 4] not in _SERVING_OFFICES:
        return None
    wider = phrase_starting_at(text, word_start, end)
    if wider is None or wider.kind != "name" or wider.name != phrase.name:
        return None
    return wider


_ONES_OF_A_NAMED_HOLDER = frozenset({"wife", "husband", "spouse", "spokesperson", "spokesman", "spokeswoman"})
"""The words of one who belongs to an office's holder named after "of" ("The wife of Premier X", "The spokesperson of
the Premier X"): that one speaks, never the holder (`NameRegistry._one_of_a_named_holder`)."""

_MEDIUM_BEFORE_ITS_NAME = re.compile(r"\b(?:agency|newspaper|daily|weekly|broadcaster|magazine) \Z")
"""A medium's noun right before a one-word name (hard87: "The Velstrian state news agency Velpress, which sent …,
reported …"; "the daily X wrote"): the name is the medium's, a body, never a person's (`NameRegistry._resolve`)."""

_ONE_OF_A_HOLDER = re.compile(r"(?:[Tt]he )?(?:wife|husband|spouse|spokes(?:person|man|woman)) of ")
"""The phrase opens on that word and "of", the name after it the holder's ("The wife of Premier X"); not "Mr. X,
Spokesman of the Office of the Prime Minister" nor "The President's spokesperson X", whose name is his own."""

_SEX_OF_A_SPOUSE = {"wife": "f", "husband": "m"}
"""A spouse's word and the sex it tells, to find her or him among those of the holder's surname."""
_SPOUSE_OF_A_HEAD_OPENINGS = (", the wife of ", ", wife of ", ", the husband of ", ", husband of ")
"""The openings `_spouse_of_a_head` reads after a name, a cheap test before its regex."""
_SPOUSE_OF_A_HEAD = re.compile(r", (?:the )?(wife|husband) of (?:the )?(?:President|Governor|Prime Minister|Premier)\b")
_HEADS_NAME = re.compile(r"(?:\s+[A-Z][\w.-]*)*")
"""The head's name after his office (", the wife of President Y Z"), its words capitalised: `_spouse_of_a_head` looks for
a possessive after it (", the wife of President Y's chief of staff," the aide's wife, no First Lady)."""


def _spouse_of_a_head(text: str, end: int, hi: int) -> tuple[Phrase, ...]:
    """The spouse's standing of the one named before ", the wife of President Y," (hard92: "The First Lady on Tuesday
    urged … Mrs. X, the wife of President Y, opened …" then "The First Lady said …"): the head's wife or husband, whom
    "the First Lady" (a spouse's office, `people.roles_compatible`) means; () when the head is no president, governor
    or prime minister, or when his name ends in a possessive (", the wife of President Y's chief of staff,")."""
    spouse = _SPOUSE_OF_A_HEAD.match(text, end, hi)
    if spouse is None or text.startswith(("'s", "’s"), _HEADS_NAME.match(text, spouse.end(), hi).end()):
        return ()  # (", the wife of President Y's chief of staff,": another's wife)
    word = spouse.group(1)
    return (Phrase("description", spouse.start() + 2, spouse.end(), text[spouse.start() + 2:spouse.end()], role=word,
                   gender=_SEX_OF_A_SPOUSE[word]),)



def _inside_a_quotation_closed_before(text: str, lo: int, at: int, pos: int) -> bool:
    """Whether the word at `at` stands inside a quotation opened after `lo` and closed before `pos` (thousandtwelfth's
    Hardap page: "“This is history in the making … We are blessed, that’s why I provided him with blessings … on his
    path ahead,” he said."): an object pronoun in the speaker's own words is someone he speaks of, no one the last
    subject acted on, so it tells nothing of who "he" after the quotation is. Curly marks only (a straight mark does
    not say whether it opens or closes)."""
    opening = text.rfind("“", lo, at)
    return opening >= 0 and text.find("”", opening, at) < 0 and text.find("”", at, pos) >= 0

class NameRegistry:
    """The readout's people: names collected from the title and the body, and descriptions
    and pronouns resolved to them.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)
        name_starts: list[int]
        title_host: Person | None
        title_has_guest: bool
        title_guests: list[Person]

    def _unnamed_title_host(self, title: list[tuple[Phrase, bool]], lo: int, hi: int) -> None:
        """A title's host that is a bare office ("Readout of the President’s Roundtable
        with …") that no one named holds, and that the first paragraph calls so before it
        names anyone ("Today, the President and Secretary X hosted …"): the unnamed head
        of the office that publishes, whom every bare "the President" means (not the
        first person named, a chief executive)."""
        for phrase, is_guest in title:
            if is_guest or phrase.kind != "description" or phrase.country or phrase.name \
                    or " ".join(phrase.text.lower().split()) != "the " + phrase.role \
                    or not self.title.startswith(("’s", "'s"), phrase.end):
                continue
            first = bare_office_at(self.text, lo, hi, phrase.role)
            named = self.name_spans[0][0] if self.name_spans else hi
            if first is not None and first < named and not self.people.holds(phrase.role):
                self.people.unnamed_hosts.add(phrase.role)

    def _offices_taking_part(self, lo: int, hi: int) -> None:
        """The offices the first paragraph lists as taking part with no names ("Taking part were the Speaker of
        Parliament, the Prosecutor General, the Minister of Justice and the head of the Presidential Administration."):
        each one person whom its office means later (`People.listed_offices`), unless someone named holds it. The
        cheap test first: few openings list so."""
        text = self.text
        if text.find("aking part", lo, hi) < 0:
            return
        listing = _TAKING_PART.search(text, lo, hi)
        if listing is None:
            return
        end = text.find(". ", listing.end(), hi)
        end = hi if end < 0 else end
        for item in _LIST_ITEM.finditer(text, listing.end(), end):
            phrase = phrase_starting_at(text, item.start(), item.end())
            if phrase is None or phrase.kind != "description" or not phrase.role or phrase.name or phrase.country \
                    or phrase.end != item.end() or self.people.holds(phrase.role):
                continue
            self.people.listed_offices.add(" ".join(phrase.text.lower().split()).removeprefix("the "))

    def _bare_office_meets_in_title(self, title: list[tuple[Phrase, bool]]) -> None:
        """A title that opens with a bare office meeting someone ("The President met with the
        Chairman of Gazprom's board of directors, Alexei Miller", ninety-ninth): the unnamed
        head of the office that publishes, whom every bare "the President" and "the President
        of Russia" means, not the guest, the only person the readout names; unless someone
        named holds the office, or the body names someone else who is not the guest. So too a bare office
        that sends someone a text ("The President sent a telegram of congratulations to the head trainer of
        CSKA, Valery Gazzaev, …", two-hundred-thirty-fourth 33391: the telegram quoted is the President's)."""
        if not self.title.startswith("The ") or not _TITLE_OFFICE_MEETS.match(self.title):
            return  # (the cheap test first: few titles open so)
        guests = [self.people.match_name(phrase.name) for phrase, is_guest in title if is_guest and phrase.kind == "name"]
        for phrase, is_guest in title:
            if is_guest or phrase.start != 0 or phrase.kind != "description" or phrase.country or phrase.name \
                    or " ".join(phrase.text.lower().split()) != "the " + phrase.role or self.people.holds(phrase.role):
                continue
            if any(p not in guests for p in self.people.persons if p.names and not p.weak):
                return  # "The President met … / Vladimir Putin said …": the body names the host
            self.people.unnamed_hosts.add(phrase.role)
            self.people._holder(phrase.role, 0)

    def _host_meets_namesake(self, lo: int, hi: int) -> None:
        """The first paragraph's "the President met with President X of Y": a bare office
        that meets someone of the same office is the unnamed host, and so is every bare
        "the President" after it (not X, the only President the readout names)."""
        end = lo + 300 if lo + 300 < hi else hi  # (the opening sentence; `min` written out, ten times cheaper)
        opening = self.text[lo:end]
        # cheap tests the regex needs first (it matches in few readouts): its back-reference
        # needs an office twice, and the office acts ("President met")
        for office in _NAMESAKE_OFFICES:
            if opening.count(office) > 1:
                break
        else:
            return
        if not _OFFICE_MEETS.search(self.text, lo, end):
            return
        for match in _MEETS_NAMESAKE.finditer(self.text, lo, end):
            office = match.group(1)
            role = " ".join(office.lower().split())
            if self.people.holders_named(role) > 1 or self.title.count(office + " ") > 1:
                continue  # the host is named too ("President X met with President Y"; so the title)
            self.people.unnamed_hosts.add(role)

    def _acronyms_unnamed_head(self, lo: int, hi: int) -> None:
        """The first paragraph's "<ACRONYM>'s President" with no name after it (fivehundredninetyeighth
        ifad_2009-11_sg-visits-ifad: "Mr Ban Ki-moon was greeted by IFAD's President. "We consider your visit …",
        said the President."): the organisation's own head, whom the release never names, is whom every bare "the
        President" means, not the guest named (untitled) before; unless someone named holds the office, or the
        acronym is a country's ("the US's President"). The cheap test first: few openings write an office so."""
        text = self.text
        if text.find("s President", lo, hi) < 0 and text.find("General", lo, hi) < 0:
            return
        for match in _ACRONYMS_HEAD.finditer(text, lo, hi):
            if match.group(1).lower() in NATIONALITIES:
                continue
            phrase = phrase_starting_at(text, match.start(), match.end())
            if phrase is None or phrase.kind != "description" or phrase.name or not phrase.role \
                    or self.people.holds(phrase.role):
                continue
            self.people.unnamed_hosts.add(phrase.role)

    def _collect_names(self, paragraphs: list[tuple[int, int]]) -> None:
        """First pass: every titled or full name, so descriptions have people to match,
        and the readout's principal, whom a bare "the President" means."""
        title = [(p, after_with(self.title, p.start, p.end) or mourned_in_title(self.title, p.start, p.end)
                  or born_in_title(self.title, p.start))
                 for p in title_phrases(self.title)
                 if p.role or not (topic_of(self.title, p.start) or names_a_thing(self.title, p)
                                   or _quoted_term(self.title, p))]
        for phrase, _ in title:
            if phrase.kind == "name" and _a_bodys_initials(self.text, phrase):
                continue  # "Commandant DSCSC receives …" (styles35): a body's initials the text gives in brackets
            if phrase.kind == "name" and phrase.role and len(phrase.name) == 1 \
                    and _the_offices_place_in_body(phrase, self.text):
                continue  # "… Calls On CM Balochsitan" over "Balochistan Chief Minister X": the province, no one
            if phrase.kind == "name" and phrase.role and len(phrase.name) <= 2 \
                    and _the_offices_place_alone(self.text, phrase):
                continue  # "CM Gilgit-Baltistan calls on …" over "Chief Minister Gilgit-Baltistan X": the place, no one
            if phrase.kind == "name" and phrase.role and len(phrase.name) >= 3 \
                    and (glued := _the_offices_place_glued(self.text, phrase)):
                phrase = _the_place_cut_off(phrase, glued)  # "Governor Khyber Pakhtunkhwa Faisal X …"
            if phrase.kind == "name" and (phrase.role or len(phrase.name) >= 2 or has_honorific(phrase)):
                # (a lone surname after a personal style is a person's too, fivehundredseventyeighth unhcr ogata: the
                # title "Mrs. Ogata's West Africa trip" over a body that names her "Ogata" and "The High Commissioner")
                phrase = _as_former_holder(self.title, 0, phrase.start, phrase)  # ("… met with former Prime Minister X")
                person = self.people.add_name(phrase, 1 << 40, confirmed=True)  # a title names people
                if person is not None and mourned_in_title(self.title, phrase.start, phrase.end):
                    self.mourned.append(person)
                if person is not None and not phrase.role and self.title.startswith(",", phrase.end):
                    for appositive in appositive_office(self.title, phrase.start, phrase.end, 0, len(self.title)):
                        person.learn(appositive, as_alias=False)  # "… with Sergei Lind, Minister for Roads, …": his office
                if person is not None and not phrase.role and self.title.endswith(", ", 0, phrase.start):
                    office = office_named_before(self.title, phrase.start, phrase.end)
                    if office is not None:  # "… with the head of the Space Agency, Ivo Marr": his office
                        person.learn(office, as_alias=False)
        text, add_name, counts, spans = self.text, self.people.add_name, self.name_counts, self.name_spans
        quoted_terms = {p.name for p in title_phrases(self.title) if _quoted_term(self.title, p)} if "“" in self.title else set()
        for lo, hi in paragraphs:
            for match in CAP_RUN.finditer(text, lo, hi):
                base, stop = match.span()
                if stop - base > 14 and base - lo > 8 and text[base - 2].islower() and text.count(" ", base, stop) >= 2 \
                        and text[text.rfind(" ", lo, base - 1) + 1:base - 1] in FIRM_NOUNS:
                    base = text.index(" ", base) + 1  # "the port operator Qterminals Neville Bissett": the firm's name is not his
                elif text[base - 1] == "/" and base - lo >= 3 and text.startswith("HR/VP", base - 3):
                    # "The HR/VP Federica Mogherini, had … phone conversations …" (two-hundred-seventieth kerry): the run
                    # opens at the slash; the office is "HR/VP", one word, the High Representative, as the phrases read it
                    base -= 3
                if stop + 1 < hi and text[stop + 1].isdigit() and text[stop] == " ":
                    stop = _end_before_a_day_of_the_month(text, base, stop)  # "Mr X July 13": a date after the name
                if (the := text.find(". The ", base, stop)) > base:
                    # (hard92 trap: "… and the group by its chairman, Mr. Bo Ma. The Secretary said …", no Secretary
                    # named): a short word's stop, read as a name's ("Ma.", Maria), then "The", which opens a sentence
                    # and stands inside no name; the run ends at the stop, so no one is "Mr. Bo Ma. The Secretary"
                    stop = the + 1
                # the run with the character after it (a look-ahead of TOKEN may read
                # it), or a space for one that parses as a space does
                if stop < hi:
                    after = text[stop]
                    if after != " " and (after in SPACE_CHARS or (after in AS_SPACE_AFTER and text[stop - 1] != ".")):
                        run = text[base:stop] + " "
                    else:
                        run = text[base:stop + 1]  # (a space already, most often)
                else:
                    run = text[base:stop] + " " if text[stop - 1] != "." else text[base:stop]
                if " of " in run and run.endswith(("’s ", "'s ")) and _assured_of_before(text, lo, base):
                    # "assured President Ilona Brenn of the Secretariat’s full support": the "of" is the verb's
                    # (assured her of the support), not an office's complement ("President X of Y")
                    cut = run.index(" of ")
                    run, stop = text[base:base + cut] + " ", base + cut
                entries = run_entries(run)
                if run[:5] == "Will " and entries and not _given_name_will_before(text, run, stop):
                    entries = tuple((phrase.shifted(5), titled, full) for phrase, titled, full in run_entries(run[5:]))
                if run[:2] == "A " and (surname_a := surname_a_before_an_office(text, base)
                                        or initial_a_in_a_list_of_names(text, base)) is not None:
                    entries = ((surname_a.shifted(-base), False, True),)  # ("said A Dong, mayor of …"; "K X, A Y and …")
                # (", " before the run, asked of most runs below: a `startswith` with its offset costs several
                # times an index, so the comma is looked at first; `base` is 0 or more, so `base - 2` is a place)
                comma_before = text[base - 2] == "," and text.startswith(", ", base - 2)
                if len(entries) == 1 and not entries[0][1] and len(entries[0][0].name) == 4:
                    entries = _two_names_glued(text, run, entries) or entries  # "with X Y Z W said": two people
                elif len(entries) == 1 and len(entries[0][0].name) == 3 and text[stop:stop + 1] == " " \
                        and text[stop + 1:stop + 2].islower():
                    entries = _surname_glued_to_a_name(text, run, entries, base, stop) or entries
                if entries and " and " in run and text[base - 4:base] in ("the ", "The "):  # (the rare test first)
                    entries = after_the_office_and(run) or entries  # "the President and Secretary X"
                if not entries and comma_before:
                    # "Minister of Construction, Housing and Utilities Denis Orekhov reported"
                    words = text[base:stop].split()
                    name_end = stop
                    if words and len(words[-1]) > 3 and words[-1][-1] == ".":
                        # styles8 numidora_carthage: "received … Minister of Foreign Affairs, Migration and
                        # Numidoran Expatriates Rania Jaziri." (the sentence's full stop, no initial's point)
                        words[-1], name_end = words[-1][:-1], stop - 1
                    if len(words) >= 4 and "and" in words[:-2]:
                        office = portfolio_list_before(text, base, name_end, tuple(words[-2:]), lo)
                        entries = ((office.shifted(-base), True, True),) if office is not None else ()
                for phrase, titled, full in entries:  # offsets relative to base
                    start = base + phrase.start
                    if titled and phrase.role and _a_bodys_initials(text, phrase):
                        # (styles44: "… visited the Election Commission of Vashtara (ECV) … Secretary ECV, Dr X,
                        # extended …", "The secretary briefed them …"): the office of that body, no one named "ECV";
                        # its holder is the name after the comma
                        continue
                    if not titled and not phrase.role and _a_place_before_a_bodys_initials(text, phrase):
                        continue  # "the Shanghai FTZ", after "… Pilot Free Trade Zone (FTZ)": the body, no one
                    if titled and phrase.role and len(phrase.name) == 1 and _the_offices_place_after_it(text, phrase):
                        continue  # "Governor Sindh", after "Governor of Sindh X": the office of that place, no one
                    if titled and phrase.role and len(phrase.name) <= 2 and _the_offices_place_alone(text, phrase):
                        continue  # "Governor Khyber Pakhtunkhwa", beside "Governor Khyber Pakhtunkhwa Faisal X"
                    if titled and phrase.role and len(phrase.name) >= 3 \
                            and (glued := _the_offices_place_glued(text, phrase)):
                        phrase = _the_place_cut_off(phrase, glued)  # "Governor Khyber Pakhtunkhwa Faisal X"
                    if titled and phrase.role and text.startswith(" and ", base + phrase.end) \
                            and _a_place_joined_by_and(text, base + phrase.end, phrase):
                        continue  # "President Azad Jammu and Kashmir Sardar X", beside "in Azad Jammu and Kashmir"
                    if not titled and start > lo and (text[start - 1] in "“‘\"" or phrase.name in quoted_terms) \
                            and _a_quoted_term(text, lo, start, base + phrase.end, phrase, quoted_terms):
                        continue  # "the “Jackson Magnolia,” … remove the Jackson Magnolia": a thing's name, no one
                    if titled and phrase.role and comma_before and office_of_a_body(text, lo, base, phrase, stop):
                        continue  # "Adaeze Okonkwo-Reyes, President of Lumen Storage,": her firm is no one
                    if full and not titled and len(phrase.name) >= 3 and text.endswith((" in ", " at "), lo, start) \
                            and _place_glued(phrase.name):
                        # "Teacher at Lyceum No. 2 in Kirovsk Anna Orlova": the place is not her name
                        phrase, start = _name_after_its_first_word(text, base, start, phrase) or (phrase, start)
                    if phrase.country and not phrase.role and not phrase.possessive \
                            and text.endswith((" in ", " at "), lo, start):
                        # "in Russia Joko Widodo": the country is where he is
                        phrase, start = _name_after_its_first_word(text, base, start, phrase, place_is_a_country=True) \
                            or (phrase, start)
                    if not full and not titled and phrase.country is not None and not phrase.role \
                            and len(phrase.name) == 1 and phrase.text.count(" ") == 1:  # (cheap tests first: rare)
                        named = _given_name_by_place(text, start, base + phrase.end, lo, hi, phrase)
                        if named is not None:  # "The Minister for Trade, German Gref, reported …": his first name
                            phrase, full = named, True
                    if full and not titled:
                        office = office_before(text, start, base + phrase.end, lo)
                        if office is None and text[start - 2] == ")" and text.startswith(") ", start - 2):
                            office = office_before_retired(text, start, base + phrase.end, lo) \
                                or office_before_a_bodys_initials(text, start, base + phrase.end, lo) \
                                or office_before_its_initials(text, start, base + phrase.end, lo) \
                                or office_posted_in_brackets_before(text, start, base + phrase.end, lo)
                        if office is None and text.endswith(PLACE_WORDS_BEFORE_A_NAME, lo, start):
                            # ("Governor of Varna region Ondo Urval", "Akim (mayor) of Shymkent city X": the place's
                            # word in lower case ends the run of capitals before the name)
                            office = office_of_a_place_and_its_word_before(text, start, base + phrase.end, lo)
                        if office is None and text.endswith(PLACE_NOUNS_AFTER_THE_BEFORE_A_NAME, lo, start):
                            # ("the governor of the region Robert X": the place only by its noun after "of the")
                            office = office_of_the_place_noun_before(text, start, base + phrase.end, lo)
                        if office is None and text[start - 2] in "oe" and start - lo > 12 \
                                and text.endswith((" to ", " honorable ", " honourable "), lo, start):
                            office = office_posted_to_before(text, start, base + phrase.end, lo)
                        if office is None and text[base - 2] in "eon" and text.endswith(OFFICE_POSTS_BEFORE_A_RUN, lo, base):
                            office = office_at_a_body_before(text, base, base + phrase.end, lo)
                        if office is None and text[base - 2] == "e" and " to " in run and text.endswith(" of the ", lo, base):
                            office = envoy_of_a_body_posted_to_before(text, base, base + phrase.end, lo)
                        if office is None and text[base - 2] in "nt" and text.endswith((" in ", " at "), lo, base):
                            # (from the run's start: the city a place rule above cut off the name is read there)
                            office = office_posted_in_before(text, base, base + phrase.end, lo)
                        if office is None and (comma_before or text.startswith(", and ", base - 6)):
                            office = portfolio_list_before(text, base, base + phrase.end, phrase.name, lo) \
                                if len(phrase.name) >= 3 or phrase.start > 0 else None
                        if office is not None:  # "with deputy prime minister Viktor Khristenko"
                            phrase, titled, start = office.shifted(-base), True, office.start
                    elif titled and phrase.start == 0 and not phrase.role and text[start - 1] == " " \
                            and phrase.text.partition(" ")[0].rstrip(".").lower() in HONORIFICS \
                            and (office := office_before(text, start, base + phrase.end, lo)) is not None:
                        # (sevenhundredfifth kuensel: "met with UAE ambassador Dr X yesterday … The ambassador
                        # conveyed …": a personal style opening the run, "Dr", leaves the office in lower case before
                        # it the name's, as before an untitled name)
                        phrase, start = office.shifted(-base), office.start
                    elif titled and phrase.role and phrase.start == 0 and base > lo + 5 \
                            and text[base - 2] in "ey" and text.endswith((" deputy ", " vice "), lo, base):
                        # (thirteenth styles morvane_executive_office: "First Minister X and deputy First Minister Y
                        # have met …", "The deputy First Minister added: …"): the rank in lower case before the
                        # capitalised office is part of it, so Y is the deputy, not a second First Minister
                        wider = phrase_starting_at(text, text.rindex(" ", lo, base - 1) + 1, base + phrase.end)
                        if wider is not None and wider.kind == "name" and wider.name == phrase.name:
                            phrase, start = wider.shifted(-base), wider.start
                    elif titled and phrase.role and phrase.start == 0 and base > lo + 5 and text[base - 2] == "o" \
                            and text.endswith(" to ", lo, base) \
                            and (served := _office_serving_before(text, lo, base, base + phrase.end, phrase)) is not None:
                        # (sevenhundredthirtysecond hindustantimes: "special principal secretary to CM X … were among
                        # those present" after "The CM made the request …"): the office after "to" is the one X serves,
                        # not X's own
                        phrase, start = served.shifted(-base), served.start
                    if titled and phrase.start == 0 and text[base - 2:base - 1] == "r":  # (the rare test first)
                        phrase = _as_former_holder(text, lo, base, phrase)
                    elif titled and start < base and text[start - 2:start - 1] == "r":
                        # (sevenhundredtwentieth pireport: "She says New Zealand's former prime minister Helen Clark was
                        # …" after "The New Zealand Prime Minister made his first official visit …"): an office in
                        # lower case taken before the name keeps the "former" before it too, so the bare office is
                        # the one who holds it now
                        phrase = _as_former_holder(text, lo, start, phrase)
                    # (the last letter of the word before the name, which several tests below need first: cheaper
                    # than their `startswith`; `start` is 0 or more, so `start - 2` is a place)
                    before = text[start - 2]
                    if before == "y" and text.endswith(" by ", lo, start) \
                            and (led := _DELEGATION_HEADED_BY.search(text, max(lo, start - 40), start)) is not None:
                        # (twenty-second styles belgarstan_nanbara_political_consultations: "The Belgarstani delegation
                        # was headed by Deputy Minister X, the Nanbaran delegation by Director-General of the European
                        # … Affairs Bureau Y … According to the Nanbaran diplomat, …"): the one who heads a nation's
                        # delegation is of that nation (not of a region his office's bureau is named for)
                        phrase = phrase._replace(country=led.group(1).lower())
                    if phrase.name and phrase.name[-1] in GENERATION_MARKS and text.endswith(("son ", "daughter "), lo, start):
                        # (sixteenth styles kelmar_president_lund_shipyards: "Arvid Lund, founder …, and his son Arvid
                        # Lund Jr., …"): the child named after the parent named before, another person, not "Joseph R.
                        # Biden, Jr." beside "Joseph R. Biden", one man
                        person = self.people.add_name(phrase, start, confirmed=True, another_generation=True)
                    elif len(phrase.name) >= 2 and _named_as_a_child(text, lo, start):
                        # (hard54 grand_duke_of_lorvenne: "The Grand Duke of X, Casimond, … His son the Hereditary Grand
                        # Duke, Casimond Léandre, …"): the child named after the parent, another person, the younger
                        person = self.people.add_name(phrase, start, confirmed=True, another_generation=True)
                        if person is not None and person not in self.people.younger_siblings:
                            self.people.younger_siblings.append(person)
                    else:  # ("The younger Mr Lund informed …": `_namesake_by_age`)
                        person = (self._namesake_by_age(phrase, start, lo) if len(phrase.name) == 1 and before == "r"
                                  else None) \
                            or add_name(phrase, start, may_create=titled or full, confirmed=titled)
                    if person is None:
                        continue
                    if phrase.role[:7] == "former " and text.endswith(" and former ", lo, start):
                        self._learn_office_before_and_former(person, lo, start - 12)
                    end = base + phrase.end
                    after = text[end:end + 1]  # (what follows the name, which several tests below need first)
                    if full and after == " " and (nickname := nickname_in_brackets(text, end, hi, phrase.name)):
                        self.people.add_nickname(person, nickname)  # "Ahmad Heryawan (Aher)": "Aher" is he
                    if after == "," and text.startswith(", who is ", end) \
                            and _YOUNGER_SIBLING.match(text, end + 9, hi) is not None:
                        # ("… Mikhail Rebrov, who is the Minister's younger brother, …", seventeenth styles dravonia
                        # kremlin rebrov brothers): of two bearers of his surname, "the younger" is he
                        self.people.younger_siblings.append(person)
                    if titled and phrase.role and phrase.start == 0 and comma_before:
                        for office in offices_chained_before(text, lo, base):
                            # (fifteenth styles korystan_akorda: "President of the Republic of X, Chairman of the
                            # Security Council, Supreme Commander-in-Chief … Y received …": each office his)
                            person.learn(office, as_alias=False)
                    if (phrase.role in _LEADERS_OF_A_HOUSE or phrase.role == "leader") and start != base \
                            and text.find("Senate ", max(lo, start - 40), start) >= 0 \
                            and _SENATE_BEFORE.search(text, max(lo, start - 40), start):
                        # "Senate Democratic Majority leader Tom D. … The influential Senator thanked …" (dev
                        # kremlin_26876, hard20): the Senate's leader is a senator; with "leader" in lower case
                        # the office read before the run is "leader", after "Senate Democratic Majority"
                        person.roles.add("senator")
                    if person.gender is None and after == " " and text.startswith((" and his ", " and her "), end):
                        person.gender = "m" if text[end + 6] == "i" else "f"  # "Minister Lor and her delegation"
                    if after == "," and (full or titled and has_honorific(phrase)
                                         or office_holders_style_before_a_lone_name(phrase)):
                        # (four-hundred-sixty-eighth solomon_islands_2023-05-14_manele-goldsmith: "The Rt Hon. Lord
                        # Goldsmith, UK Minister of State for …": a style and a lone surname, a person's as a full name
                        # is, take the office after the comma too; "The UK Minister of State …" is then his)
                        offices = appositive_office(text, start, end, lo, hi)
                        if not offices and "advis" in text[end:end + 32]:
                            adviser = lower_adviser_appositive(text, end, hi)
                            offices = (adviser,) if adviser is not None else ()
                        if not offices and text.startswith(_SPOUSE_OF_A_HEAD_OPENINGS, end):
                            offices = _spouse_of_a_head(text, end, hi)
                        if not offices and text.startswith(", who ", end):
                            taken = office_taken_in_aside(text, end, hi)
                            offices = (taken,) if taken is not None else ()
                        elif not offices:
                            # ("Alhaji X, brother to the National Security Adviser, Mallam Y, has been installed as
                            # Emir of …": the office after the kinship aside X's, `office_taken_after_kin_aside`)
                            taken = office_taken_after_kin_aside(text, end, hi)
                            offices = (taken,) if taken is not None else ()
                        if offices and not phrase.role and text.startswith(", ", start - 2) \
                                and opens_the_next_pair(text, end, offices[-1], hi) \
                                and (office_then_comma(text, start, end, lo, hi) is not None
                                     or titled and office_then_comma_before_title(text, start, end, lo, hi) is not None):
                            # (thirteenth styles seychellia_state_house: "attended by the Vice-President, Mr. X, the
                            # Designated Minister, Mrs. Y, and …": a titled name's pair too, the next office Y's)
                            offices = ()  # "the President of A, Ida Morn, the President of B, Oren Vask": B's is his
                        for appositive in offices:  # "Ida Morn, the Minister of Energy": her office
                            person.learn(appositive, as_alias=False)
                            person.weak = False
                    elif full and after == " " and text.startswith(TAKING_OFFICE_WORDS, end):
                        # (hard52 velmara_foreign_ministry_handover: "X took office as Minister of Foreign Affairs of
                        # Velmara on Monday, succeeding Y": the office hers, "the new minister", "the newcomer")
                        taken = office_taken_in_aside(text, end, hi)
                        if taken is not None:
                            person.learn(taken, as_alias=False)
                            person.weak = False
                    if full and (before == "d" and text.endswith("d ", lo, start)
                                 or before == "," and text.startswith(", as ", end)) \
                            and (elected := office_elected_to(text, lo, start, end, hi)) is not None:
                        # (fivehundredseventyfourth riga: "the deputies … elected X, the leader of the … list, as the
                        # new chairman of the Riga City Council": others put him in the office, his from then on; so
                        # styles68's "The Commission named its Chief Conciliator, Mrs. X, as mediator …")
                        person.learn(elected, as_alias=False)
                        person.weak = False
                    if after == " " and text.startswith(" at the ", end) \
                            and (initiative := _AT_THE_INITIATIVE.match(text, end, hi)) is not None:
                        # (hard52: "X had a telephone conversation with Y at the latter's initiative. The caller
                        # informed …"): who called, "the caller"
                        if initiative.group(1) == "latter":
                            person.roles.add("caller")
                        elif spans and spans[-1][0] >= lo and spans[-1][2] is not person:
                            spans[-1][2].roles.add("caller")
                    if full and before in "gm" and start - lo > 12 \
                            and (given_up := office_given_up_before(text, lo, start)) is not None:
                        person.learn(given_up, as_alias=False)  # "…, succeeding Y": Y's office, held before
                        person.weak = False
                    # (the last letter before the name, and a comma right before it, first: most names have neither a
                    # spelled-out style nor a comma glued to them, and a test of a character costs less than a call)
                    the_style = start - 4 if start >= 6 and text[start - 6] == "," \
                        and text.startswith(", the Hon", start - 6) \
                        else _spelled_style_before(text, start) if before == "e" else start
                    glued = the_style == start and text[start - 1] == "," and _comma_glued_before(text, lo, start)
                    if glued:
                        the_style = start + 1  # (read as if a space followed the comma, `_comma_glued_before`)
                    # (thirtieth hard set: "The Chief Justice of Ardesh, the Hon. Dame Miriam Oyelaran, today received
                    # …": the style opens with a lower-case "the" the run leaves out; the office before it is hers)
                    if full and (not phrase.role or phrase.role in ("mp", "td") and phrase.text.endswith(("MP", "TD"))
                                 or phrase.role in HONORIFICS) \
                            and text[the_style - 2] == "," and (glued or text.startswith(", ", the_style - 2)):
                        # (fourteenth styles kelport_hmgov: "The Chief Minister, the Hon X KC MP, today received …":
                        # the member's letters after the name leave the office before it his)
                        # (styles9: "The Prime Minister, Rt. Hon. Pushpa Raj Adhikari, met …", the office his: "Rt."
                        # an honorific, HONORIFICS, the phrase opens at it; fivehundredeightythird dailynews
                        # oman_farewell: "received Oman Ambassador to Tanzania, Sheikh X at the State House": a style
                        # read as the phrase's role, "sheikh", is no office of its own either)
                        office = office_then_comma(text, the_style, end, lo, hi)
                        if office is None and (" as " in text[max(lo, start - 92):start] or text.startswith("As ", lo)):
                            office = office_of_an_as_lead(text, lo, the_style - 2)
                        if office is None and text[start - 3:start - 2].islower():
                            # (hundred-ninety-first kremlin_40059: "For her part, the speaker of the Finnish Parliament,
                            # Riitta Uosukainen, indicated …" / "The speaker described cooperation …": an office in lower
                            # case, "of" and its body, before the name untitled)
                            office = lower_office_then_comma(text, start, end, lo, hi)
                        if office is None and text.find(" and former ", max(lo, the_style - 160), the_style) > 0 \
                                and (joined := offices_joined_by_and_former(text, lo, the_style - 2)):
                            # (hard59 brennskaar: "The chair of the … Institute … and former Permanent Representative of
                            # Brennskaar to the United Nations, X, hosted …": both his, the second a former one)
                            office = joined[0]
                            for former in joined[1:]:
                                person.learn(former, as_alias=False)
                        if office is None and text[the_style - 3] == "r" and named_as_successor(text, lo, the_style - 2):
                            self._takes_the_predecessors_office(person, spans, lo)
                        if office is not None:  # "The President of the Republic, Étienne Marchal,"
                            person.learn(office, as_alias=False)
                            person.weak = False
                            if left_by_its_holder(text, lo, the_style - 2, office):
                                person.roles.add("former " + office.role)  # "the outgoing Ambassador of X, Y,"
                            if " and " in text[max(lo, the_style - 130):the_style] \
                                    and (second := second_joined_office(text, lo, the_style - 2, office)) is not None:
                                person.learn(second, as_alias=False)  # "the Attorney General and Minister of X, Y,"
                            elif text.find(" and the ", max(lo, the_style - 170), the_style) > 0 \
                                    and (first := opening_office_joined_before(text, lo, the_style - 2, office)):
                                person.learn(first, as_alias=False)  # "Kyiv Mayor and the Head of …, X,"
                            article = the_style - 2 - len(office.text) - 4  # (the office's "the", if any)
                            if text.endswith(("the ", "The "), lo, article + 4) \
                                    and (house := house_office_stacked_before(text, lo, article)) is not None:
                                # (`house_office_stacked_before` tests the comma before the article first)
                                person.learn(house, as_alias=False)  # "The speaker of parliament, the chair of …, X,"
                            styled = start - 2 - len(office.text) - 4
                            if text.startswith("Excellency the ", styled - 11) \
                                    and text[styled - 15:styled - 12] in ("His", "Her"):
                                # (styles9 rafidan_pm_media_office: "His Excellency the Prime Minister, Mr. Adnan
                                # Kadhim al-Sudairi, received … His Excellency affirmed …": the style is his too)
                                person.roles.add(text[styled - 15:styled - 12].lower() + " excellency")
                    # (two-hundred-sixty-seventh uk_nio: "The Secretary of State for Northern Ireland, Rt Hon Hilary
                    # Benn MP, and the Tánaiste …": "Rt" is an honorific, HONORIFICS, so the phrase opens at it)
                    opens = start
                    if titled and text[start] in "EHRM" and text.startswith(_STYLES_AFTER_HIS, start) \
                            and text.startswith(("His ", "Her "), start - 4):
                        # (styles9 teranga_presidency: "The President of the Republic, His Excellency Mr. Mamadou
                        # Lamine Sarr, received …"; styles10 kavunda_presidency: "the President of the Republic of
                        # Sarnia, His Excellency Aleksis Varga,": the run reads "Excellency …", its "His" the style's too;
                        # fivehundredtwentysecond oic 2021-11-20: "The Minister for Foreign Affairs of the Kingdom of
                        # Saudi Arabia, His Highness Prince X, received …", "Highness" so)
                        opens = start - 4
                    elif before == "E" and text[start - 3:start] == "HE " and text.startswith(", ", start - 5):
                        opens = start - 3  # ("…, HE Amb. X,": "His Excellency" with no full stops, its run's first word)
                    if text[opens - 2] == "," and (titled or full and opens_with_an_office_holders_style(phrase)) \
                            and text.startswith(", ", opens - 2):
                        # (hard27: an honorific is a title with no office, "the Director-General, Dr Ilse
                        # Marrowby,": the office before it is hers as well; "-General" an office `CAP_RUN`
                        # does not read as a run, so `office_then_comma` above missed it)
                        office = lower_office_then_comma(text, opens, end, lo, hi) \
                            or office_then_comma_before_title(text, opens, end, lo, hi)
                        if office is not None:  # "The head of the FDFA, Federal Councillor X,": his office
                            person.learn(office, as_alias=False)
                            person.weak = False  # (an office's holder, "H.E. X" as much as "Dr X")
                    # (a cheap "by " first: few names follow "led by" or "headed by")
                    if before == "y" and text.startswith("by ", start - 3) and _led_by_before(text, lo, start):
                        person.roles.add("head of delegation")  # "a delegation … led by Senator X": its head
                        if full:
                            # (styles40 brennovan_police_delegation_meets_igp_kherran: "The visiting delegation is led
                            # by Colonel Inspector X, and consisted of …" / "The Brennovan delegation head thanked …"): one
                            # who leads a delegation is someone, as one who chairs a call, though a rank is no title
                            person.weak = False
                    elif text[opens - 2:opens] == ", " and (led := _office_leading_before(text, lo, opens - 2)) \
                            and led in person.roles:
                        # (hard72: "a trade delegation from Kaldevia headed by the Minister of Industry, Mr. X."):
                        # the office set off before the name (learnt as his), the delegation's head the same
                        person.roles.add("head of delegation")
                    if person.weak and full and before == "y" and text.startswith("by ", start - 3) \
                            and text.endswith(_CHAIRED_BY, max(lo, start - 15), start):
                        person.weak = False  # "a conference call … chaired by Taras Bondar": one who chairs is someone
                    if before == "," and _chaired_by_before(text, lo, opens, person):
                        person.roles.add("chair")  # "The forum was chaired by the Minister of …, Dr. X.": its Chair
                    if before == "," and text.endswith(_OWNERS_DEPUTY, lo, opens):
                        self._deputy_of_the_owner(person, opens, "f" if text.endswith(" her", lo, opens - 9) else "m", lo)
                    if before == "," and _co_chaired_by_before(text, lo, opens, person):
                        person.roles.add("co-chair")  # "… co-chaired by the Minister of …, Mr. X, and …, Ms. Y."
                    if after == "," and text.startswith(", who ", end) and _WHO_CHAIRS.match(text, end, hi):
                        person.roles.add("chair")  # "X, who chaired the meeting, …": the Chair
                    if before == "f" and text.find("ship of ", max(lo, start - 8), start) >= 0 \
                            and _UNDER_CHAIRMANSHIP.search(text, max(lo, start - 40), start) is not None:
                        person.roles.add("chair")  # "… opened under the chairmanship of Hon. X, Minister of …"
                    if full and before in "t,e" and (text.endswith(_COUNTERPART_ENDS, max(lo, start - 14), start)
                                                    or before == "," and _COUNTERPART_OF_BEFORE.search(
                                                        text, max(lo, start - 80), start) is not None) \
                            and not _own_counterpart_before(text, start, end, lo, hi, spans):
                        learn_counterpart(text, start, lo, person, spans)  # "his Ostmarkian counterpart Johann Keller"
                    if person.weak and full and before == "," \
                            and text.find("counterpart", max(lo, start - 110), start) >= 0 \
                            and (listed := _COUNTERPARTS_FROM.search(text, max(lo, start - 110), start)) is not None:
                        # (hard47 lirania: "Foreign Minister X hosted in Mirosk his counterparts from Hjeldmark, Ansgar
                        # Torbjornsen, and Sudravia, Vitus Krsovan, for …": a name set off after the country each
                        # counterpart comes from is someone, though no title of its own stands beside it; he holds
                        # that country and, as "his counterpart Y" does (`learn_counterpart`), the office of the one
                        # named before in the sentence, whose counterpart he is: "The Sudravian minister" later)
                        person.weak = False
                        person.countries.add((listed.group("second") or listed.group("first")).lower())
                        opens = max(lo, text.rfind(". ", lo, start) + 1)
                        if not person.roles:
                            owner = next((span[2] for span in reversed(spans) if span[0] >= opens and span[2].roles),
                                         None)
                            if owner is not None and owner is not person:
                                person.roles.update(owner.roles)
                    day = _DAY_SET_OFF.match(text, end, hi) if after == "," and text.startswith(", on ", end) else None
                    ahead = day.end() if day is not None else end
                    if person.weak and full and day is None and after == "," \
                            and (start == lo or text.startswith(". ", start - 2)) \
                            and (aside := _LOWER_ASIDE_SET_OFF.match(text, end, hi)) is not None:
                        # (sevenhundredeightythird chinadaily latin_american_delegation: "Fernando Andres, president of
                        # the chamber, has been committed to … He expressed …"; "Qin Jie, vice-director of the office,
                        # briefed …"): a name opening its sentence, an aside in lower case set off by commas, then the
                        # verb: he acts, as "X met …" does (an office whose body is not capitalised, which
                        # `appositive_office` does not read, or a bare description "a businessman")
                        ahead = aside.end()
                    if person.weak and full and looks_like_verb(
                            WORDS_AHEAD.findall(text, ahead, ahead + 40 if ahead + 40 < hi else hi), copula=False) \
                            and not _HAS_A_FIGURE.search(text, start, end) \
                            and not text.startswith(" in ", start - 4):
                        # (not "the Moscow-Kazan-Yekaterinburg M-12 high-speed motorway": a figure in
                        # the name, a road's or a model's, no one's; nor hard27's "the mission in Lower Tessaly
                        # earned …": a name after "in" is a place, the verb its clause's subject's)
                        # (fivehundredfourteenth ANTARA: "… Affairs Budi Gunawan, on Thursday, participated in …": past a
                        # weekday set off by commas, `_DAY_SET_OFF`)
                        person.weak = False  # "Vladimir Putin met …": someone who acts is someone
                    if person.weak and full and text.startswith("d ", start - 2) \
                            and text.endswith(_TOLD_VERBS, max(lo, start - 10), start):
                        person.weak = False  # "Minister X briefed Vladimir Putin on …": one who is told is someone
                    if person.weak and full and after == " " and _honoured_after(text, end):
                        person.weak = False  # "X was awarded the National Order of Merit": one honoured is someone
                    if (titled or (full and not person.weak)) and spans and spans[-1][2].weak \
                            and (spans[-1][1] == start - 5 and text.startswith(" and ", start - 5)
                                 or titled and _AND_AN_OFFICES_BODY.fullmatch(text, spans[-1][1], start) is not None) \
                            and (titled or len(core(spans[-1][2].full_name or ())) >= 2) and looks_like_verb(
                                WORDS_AHEAD.findall(text, end, min(hi, end + 40)), copula=False):
                        # "Vladimir Putin and President of X Y exchanged …": both act; so too "Dmitry
                        # Medvedev and Stephen Harper touched on …" when the second is someone already
                        # (the first a full name, not a bare pair such as "Nord Stream"); so "Aleksandar Vucic and
                        # NATO chief Jens Stoltenberg agreed …" (sevenhundredseventeenth b92 2018-12-06), the body
                        # whose office the second holds between "and" and the office (`_AND_AN_OFFICES_BODY`)
                        spans[-1][2].weak = False
                    counts[person.key] = counts.get(person.key, 0) + 1
                    spans.append((start, end, person))
                if text[stop:stop + 2] == ", " and stop + 3 < hi and text[stop + 2].isupper() \
                        and _REIGN_WORD.search(text, base, stop) is not None:
                    self._one_name_after_a_reign(stop + 2, lo, hi)
        if ", the " in text:
            for lo, hi in paragraphs:
                for start, end in _lone_names_then_the(text, lo, hi):
                    self._one_name_before_its_office(start, end, hi)
        if " with " in text:
            for lo, hi in paragraphs:
                for start, end in _lone_names_met_with(text, lo, hi):
                    office = _capitalised_office_of_a_lone_name(text, start, end, hi)
                    if office is not None and (person := self._one_name_holding(start, end, office, roleless=True)) \
                            is not None:
                        insort(self.name_spans, (start, end, person), key=lambda span: span[0])
        if title:
            self._lone_surnames_of_styled_title_names(title, paragraphs)
        self.name_starts = [span[0] for span in self.name_spans]
        if " respectively" in text:
            self._paired_respectively(text)
        host, guests, host_named, host_of_a_country = None, [], True, False
        named_guests: list[Person] = []
        if title and paragraphs:
            self._unnamed_title_host(title, *paragraphs[0])
        if paragraphs:
            self._offices_taking_part(*paragraphs[0])
        if title:
            self._bare_office_meets_in_title(title)
        for phrase, is_guest in title:
            person = (self.people.match_name(phrase.name) if phrase.kind == "name"
                      else self.people.resolve_description(phrase, []))
            if person is None:
                continue
            if is_guest and phrase.kind == "description" and " of " in phrase.text:
                person = self._holder_of_the_body(phrase) or person
                if phrase.country and paragraphs and all(is_guest for _, is_guest in title):
                    person = self._guest_other_than_the_opener(phrase, person, paragraphs[0][1])
            if is_guest:
                guests.append(person)
                if phrase.kind == "name":
                    named_guests.append(person)
            elif host is None:
                host, host_named = person, phrase.kind == "name"
                host_of_a_country = _nations_office_only(phrase)
        if not host_named and host in guests:
            host = None  # "on the President's Call with President X": the bare office is not X
        if host_of_a_country and paragraphs:
            opener = self._named_guest_who_opens_the_body(named_guests, paragraphs[0][1])
            if opener is not None:
                guests = [host if person is opener else person for person in guests]
                host = opener
        self.title_host = host
        self.title_has_guest = any(is_guest for _, is_guest in title)
        self.title_guests = guests
        if host is not None and " as " in self.title:
            self._office_held_first_in_title(host)
        self._lone_surnames_who_speak_of_themselves()
        visiting = self._heads_of_visiting_delegations(*paragraphs[0]) if paragraphs and host is None else ()
        # (the opening and the paragraph after it: a readout read with its title line has the title first)
        places = names_given_as_places(self.text, paragraphs[0][0], paragraphs[min(1, len(paragraphs) - 1)][1]) \
            if paragraphs else frozenset()
        self.people.settle_principal(self.name_counts, host, guests, visiting, places)
        if paragraphs:
            self.people.settle_place_host(self.text, *paragraphs[0])
            second_end = paragraphs[1 if len(paragraphs) > 1 else 0][1]  # (the second paragraph's end, or the first's)
            self.people.settle_welcoming_host(self.text, paragraphs[0][0], second_end)
            self._host_who_welcomed_the_guest(paragraphs[0][0], second_end)

    def _lone_surnames_of_styled_title_names(self, title: list[tuple[Phrase, bool]],
                                             paragraphs: list[tuple[int, int]]) -> None:
        """The surname alone in the body of one the title names by a personal style and that surname only
        (fivehundredseventyeighth unhcr ogata-west-africa: the title "Mrs. Ogata's West Africa trip", then "On Friday, 26
        February, Ogata met Sierra Leonean President …", "In Liberia, Ogata met …"): a mention of that person, which no
        run of capitalised words reads (a run has two words or more), so that she is the subject the next sentence's
        "The High Commissioner said …" goes back to. Only a word standing alone: not inside a longer word or a run
        ("the Ogata Foundation"), nor a span already read ("Mrs. Ogata" in the body). A `find` per such title name,
        rare (most titles give full names or offices)."""
        text, spans, counts = self.text, self.name_spans, self.name_counts
        if not paragraphs:
            return
        body_lo, added = paragraphs[0][0], False
        for phrase, _ in title:
            if phrase.kind != "name" or len(phrase.name) != 1 or phrase.role or not has_honorific(phrase):
                continue
            person = self.people.match_name(phrase.name)
            word = phrase.name[0]
            if person is None or len(word) < 3:
                continue
            at = text.find(word, body_lo)
            while at >= 0:
                end = at + len(word)
                if _stands_alone(text, at, end) and not any(start <= at < stop for start, stop, _ in spans):
                    spans.append((at, end, person))
                    counts[person.key] = counts.get(person.key, 0) + 1
                    if at < person.first_seen:
                        person.first_seen = at
                    added = True
                at = text.find(word, end)
        if added:
            spans.sort(key=lambda span: span[0])

    def _lone_surnames_who_speak_of_themselves(self) -> None:
        """A lone surname the readout never gives in full, the subject of "said (that) he/she" and named again
        (fivehundredseventythird ilo ryder-employers, a page that calls its speaker only "Ryder": "In a speech to the
        employers’ representatives …, Ryder said that …", "Ryder said that he hoped his report …"): a person, known
        before the pass reads the sentences that name him first, as an inverted "said Barroso" is one. Read from the
        scan's "said" (no pass of its own); not "Moscow said he …", a place read as a thing, nor a word of a run. "Named
        again" counts the word inside a longer one too: fivehundredtwentyeighth lana alfano-un-envoy's "Salam said he
        was optimistic …", Ghassan Salama's surname with its last letter dropped, is read as someone (the gold's alias)."""
        text = self.text
        for start, end in self.verb_hits:
            if text[start - 1] != " ":
                continue
            if (quoted := _word_after_closing_quote(text, start, end)) is not None:
                self._lone_surname_after_quotation(quoted, start - 1)
                continue
            if (inverted := _word_inverted_after_closing_quote(text, start, end)) is not None:
                # ("“…,” said Carney.", the Milford Beacon's page that calls the Governor only "Carney")
                if (described := _one_name_described_after(text, *inverted)) is not None:
                    self._add_lone_surname(*described)  # ("“…,” said Asadullah, a returned refugee.": once is enough)
                else:
                    self._lone_surname_after_quotation(*inverted)
                continue
            if end - start != 4 or not text.startswith("said", start) or _OF_ONESELF.match(text, end) is None:
                continue
            space = text.rfind(" ", 0, start - 1)  # (a line's break after it looked for back to it only, not to
            word_start = max(space, text.rfind("\n", max(space, 0), start - 1)) + 1  # the text's start: linear)
            word = text[word_start:start - 1]
            if _LONE_CAPITALISED.fullmatch(word) is None or self._lone_words.occurrences(word) < 2 \
                    or word_start >= 2 and text[word_start - 1] == " " and text[word_start - 2] not in ",.;":
                # (the word opens its clause: not the end of a run, "Guy Ryder", nor a complement, "The head of
                # Udmurtia said he wanted …", seventyfirst kremlin_68533, a region's head)
                continue
            self._add_lone_surname(word_start, start - 1)

    def _add_lone_surname(self, lo: int, hi: int) -> None:
        """The lone word at text[lo:hi] as a person's name, when the phrase reader reads it as a one-word name with no
        office and no country (`_lone_surnames_who_speak_of_themselves`, `_lone_surname_after_quotation`)."""
        phrase = phrase_starting_at(self.text, lo, hi)
        if phrase is not None and phrase.kind == "name" and len(phrase.name) == 1 and not phrase.role \
                and phrase.country is None:
            self.people.add_name(phrase, lo, may_create=True, confirmed=True)

    def _lone_surname_after_quotation(self, word_start: int, word_end: int) -> None:
        """A lone surname at text[word_start:word_end] between a quotation's closing mark and its speech verb, the verb
        closing the sentence (sixhundredseventh ukrinform shmyhal-orpo, a page that calls its speaker only "Shmyhal":
        "“I am pleased to welcome my colleague …,” Shmyhal stated."), or right after the verb, the word closing the
        sentence (sevenhundredeightieth milfordbeacon, a page that calls the Governor only "Carney": "“I want to thank
        Secretary Zinke …,” said Carney."): a person, as an inverted "…, said Barroso." is one. Named again
        (the title's "Shmyhal Meets With Finnish PM"), as `_lone_surnames_who_speak_of_themselves` asks: not a slip
        for a name the readout spells otherwise (fivehundredtwentysixth nebraska "…,” Rickets said.", Pete Ricketts)."""
        text = self.text
        if _LONE_CAPITALISED.fullmatch(text, word_start, word_end) is not None \
                and self._lone_words.mentions(text[word_start:word_end]) >= 2:
            self._add_lone_surname(word_start, word_end)

    @staticmethod
    def _takes_the_predecessors_office(person: Person, spans: list[tuple[int, int, Person]], lo: int) -> None:
        """A successor named in apposition ("the outgoing Ambassador of Corravel, Mr. X, …, and his successor, Ms. Y,"):
        Y holds the office of the last one named before in the paragraph who is leaving one (the office he holds
        besides its former form, `left_by_its_holder`), so that "The new ambassador" is Y and "the outgoing
        ambassador" X."""
        for start, _end, before in reversed(spans):
            if start < lo:
                return
            if before is person:
                continue
            leaving = {r[7:] for r in before.roles if r[:7] == "former "} & before.roles
            if leaving:
                person.roles.update(leaving)
                person.countries.update(before.countries)
                person.weak = False
                return

    def _paired_respectively(self, text: str) -> None:
        """Two people named after the two countries their office is of, paired by "respectively" ("the new Cuban
        and Ruritanian ambassadors, A and B respectively,", hard57): the first is of the first country and the
        second of the second, each holding the office the plural names, so that "The Cuban diplomat said …" is A's
        and "The Ruritanian envoy thanked …" B's. Read only where the text holds " respectively"."""
        spans = self.name_spans
        for k in range(1, len(spans)):
            (start, end, first), (start2, end2, second) = spans[k - 1], spans[k]
            if first is second or not text.startswith(" and ", end) or start2 != end + 5 \
                    or not text.startswith(_RESPECTIVELY, end2):
                continue
            paired = _PAIRED_COUNTRIES.search(text, max(0, start - 90), start)
            if paired is None:
                continue
            office = paired.group("office")
            for person, country in ((first, paired.group("first")), (second, paired.group("second"))):
                person.countries.add(country.lower())
                person.roles.add(office)
                person.weak = False

    def _heads_of_visiting_delegations(self, lo: int, hi: int) -> tuple[Person, ...]:
        """Those the opening paragraph text[lo:hi] first names as the head of a delegation, after "delegation … led by"
        or "headed by" in their sentence (styles32 thuvarella: "A parliamentary delegation … led by the Speaker of the
        Thuvarellan Majlis, X, witnessed the proceedings of the House … Speaker Y … welcomed the delegation"): a
        guest, not the principal of the office that publishes (whose "the Speaker" is Y). A cheap test first: the
        paragraph holds "delegation"."""
        text = self.text
        if text.find("delegation", lo, hi) < 0:
            return ()
        heads = []
        for person in self.people.persons:
            at = person.first_seen
            if person.weak or not lo <= at < hi:
                continue
            sentence = max(lo, sentence_start_before(text, at))
            by = max(text.rfind(" led by ", sentence, at), text.rfind(" headed by ", sentence, at))
            if 0 <= by and at - by < 90 and text.find("delegation", sentence, by) >= 0:
                heads.append(person)
        return tuple(heads)

    def _office_held_first_in_title(self, host: Person) -> None:
        """The office a title says its host acts in for the first time (three-hundred-thirtieth scot_gov 2023-04-24:
        "Humza Yousaf meets Rishi Sunak for first time as FM in London"): his, so the body's "The FM raised …" is he.
        "FM" is the First Minister's initials where the body speaks of a First Minister and of no Foreign Minister
        (as `people.resolve_description` reads "The FM"). Guard: " as " in the title (the caller)."""
        first = _FIRST_AS_OFFICE.search(self.title)
        if first is None:
            return
        office = phrase_starting_at(self.title, first.start(1), first.end(1))
        if office is None or office.kind != "description" or not office.role or office.end != first.end(1):
            return
        if office.text == "FM" and "First Minister" in self.text and "Foreign Minister" not in self.text:
            office = office._replace(role="first minister", text="First Minister")
        host.learn(office, as_alias=False)

    def _holder_named_just_before(self, phrase: Phrase, person: Person) -> Person:
        """Who a bare office opening a sentence ("The Minister") means when the sentence just before named
        one holder of it, not the last subject ("… the President called Transport Minister Yevgeny Ditrikh. The
        Minister reviewed the request orders …", hundred-eighty-fifth 63240: Ditrikh, not Healthcare Minister
        Murashko, the subject of a paragraph before). Only when that sentence names one holder of the office
        and he is not `person`, nor `person` the publisher's head. Guard: a sentence-opening
        "The <office>" of one word (the caller); then a look back over the name spans of one sentence."""
        text, lo = self.text, phrase.start
        # (the last ". " or line break before the phrase; `max` written out as tests, the builtin ten times their cost)
        start = lo - 400 if lo > 400 else 0
        stop, line = text.rfind(". ", start, lo - 2 if lo > 2 else 0), text.rfind("\n", start, lo)
        before = stop if stop > line else line
        if before < 0:
            return person
        role = phrase.role
        holders = self._holders_named_between(role, before, lo)
        if not holders and (of := text.rfind(phrase.text[4:] + " of ", max(0, lo - 400), lo)) > 0 \
                and text[of - 4:of].lower() == "the " and text.count(". ", of, lo) + text.count(".\n", of, lo) <= 1:
            # (thirty-ninth hard brelvia_president_receives_two_ambassadors: "Turning to the Ambassador of Grevania,
            # the President noted … The Ambassador, who arrived …, assured …"): the one holder of that country the
            # sentence before described by the office and its country, not the last subject, another's Ambassador
            place = text[of + len(phrase.text):of + len(phrase.text) + 40].split(maxsplit=1)[:1]
            holders = {p for p in self.people.persons if not p.weak and place and p.roles
                       and any(roles_compatible(role, r) for r in p.roles)
                       and place[0].strip(",.;:").lower() in p.countries}
        if len(holders) != 1 or person in holders or person is self.people.principal:
            # (none, or two: "Minister X met with Minister Y. The Minister said …" stays the subject's; and
            # "the President" of the office that publishes stays its head, whoever the sentence named)
            return person
        return holders.pop()

    def _holder_named_before_in_turn(self, phrase: Phrase, person: Person) -> Person:
        """Who a bare office "in turn" inside a sentence means when that sentence named one holder of it before
        (fourhundredsixtysecond iceland_mfa_2011-06-28_commissioners: "The minister briefed Commissioner Rehn on …
        and the commissioner in turn discussed …"): the one just acted on, who answers, not an earlier holder the
        readout named first. Guard: an office inside a sentence with "in turn" right after it (the caller); then a
        look back over the name spans of this sentence only."""
        holders = self._holders_named_between(phrase.role, self.sentence_lo, phrase.start)
        return holders.pop() if len(holders) == 1 else person

    def _holders_named_between(self, role: str, lo: int, hi: int) -> set[Person]:
        """The holders of `role` among the last twelve names that start in text[lo:hi]."""
        k = bisect_left(self.name_starts, hi)
        j = bisect_left(self.name_starts, lo, max(0, k - 12), k)
        return {span[2] for span in self.name_spans[j:k]
                if span[2].roles and any(roles_compatible(role, r) for r in span[2].roles)}

    def _head_of_state_who_faced(self, phrase: Phrase, person: Person) -> Person:
        """Who "the head of state" opening a sentence means when the sentence just before had a head of state as
        its subject and `person`, another, as its object (four-hundred-sixteenth az_president 2017-07-06: "President
        Ilham Aliyev thanked the Turkish President for the phone call and condolences. The head of state noted
        that …"): the subject carried on, not the one he thanked, though that one opens the title. Only when the
        subject is the first person that sentence names and `person` is named after him. Guard: a sentence-opening
        "the head of state" not resolved to the last subject (the caller); then a look back over one sentence."""
        subject, text, lo = self.subjects[-1], self.text, phrase.start
        if not subject.roles or not any(roles_compatible("head of state", r) for r in subject.roles):
            return person
        end = lo
        while end > 0 and text[end - 1] in " \n":
            end -= 1
        before = sentence_start_before(text, end - 1)  # the sentence just before, in this paragraph or the last
        k = bisect_left(self.name_starts, lo)
        spans = self.name_spans[bisect_left(self.name_starts, before, max(0, k - 12), k):k]
        if not spans or spans[0][2] is not subject:
            return person
        rest = text[spans[0][1]:end].lower()  # after the subject: `person` named, or described as he was before
        return subject if any(span[2] is person for span in spans[1:]) \
            or any(form.lower() in rest for form in person.forms) else person

    def _dean_named(self, before: int) -> Person | None:
        """Who "the Dean" is: the one named with the deanship where the text first speaks of it before `before`, the
        last person named before the word in its sentence (hard59: "The Ambassador of Q, Dr. X, hosted … on behalf of
        the diplomatic corps …, of which he has been the dean since 2022.", "received … the High Commissioner of A, Y,
        who called on him as Dean of the Diplomatic Corps"), else the name right after its office's comma ("The
        Ambassador of L and Dean of the Diplomatic Corps, Z, laid a wreath"); None when no one is (the office
        named with no one: "The Dean of the Diplomatic Corps appreciated …" a guess, left to the description)."""
        text = self.text
        at = _DEAN_WORD.search(text, 0, before)
        if at is None:
            return None
        sentence = sentence_start_before(text, at.start())
        k = bisect_left(self.name_starts, at.start())
        named = next((person for _, end, person in reversed(self.name_spans[:k])
                      if end > sentence and not person.weak), None)  # (its end: "Dr. X" may read as a stop)
        if named is not None:
            return named
        close = _REST_OF_AN_OFFICE.match(text, at.end())
        return next((person for start, _, person in self.name_spans[k:k + 2]
                     if close is not None and start == close.end() and not person.weak), None)

    def _host_who_welcomed_the_guest(self, lo: int, hi: int) -> None:
        """The host of a meeting the opening tells with no capital and no passive welcome, whom the first or second
        paragraph names as welcoming "his guest" (hard66 melvora_and_tessary: "Foreign Minister of Melvora X held talks in
        Carrow on Monday with Foreign Minister of Tessary Y. … / Minister Y welcomed his guest and said …"): Y has the
        guest, so "the visiting minister" is the other, though the readout names the guest first (its principal). Only
        where nothing made a host before (`People.settle_place_host`, `settle_welcoming_host`) and the welcomer is not
        the principal (the host already); a plain find first."""
        people, text = self.people, self.text
        if people.place_host is not None or (at := text.find("welcomed ", lo, hi)) < 0:
            return
        k = bisect_left(self.name_starts, at)
        if not k:
            return
        _, end, person = self.name_spans[k - 1]
        if lo <= end and not person.weak and person is not people.principal \
                and _WELCOMED_THE_GUEST.match(text, end, hi) is not None:
            people.place_host = person

    @staticmethod
    def _holds_the_visitors_office(visitor: Person, role: str) -> bool:
        """Whether the one `_named_as_visiting` holds the office "the visiting …" asks for ("the visiting envoy": a
        Special Envoy), the word "visiting" left out."""
        wanted = role.removeprefix("visiting ")
        return any(roles_compatible(wanted, held) for held in visitor.roles)

    def _named_as_visiting(self) -> Person | None:
        """Who "the visiting official" is (hard59 tollary: "… received … the Director-General … of Brevandy, X, who is in
        Tollary for the annual political consultations. The Ambassador of Brevandy to Tollary, Y, took part … The
        visiting official welcomed …"): the one person whose name the text follows with a visit of his own (`_ON_A_VISIT`),
        not the host nor another of the guest's side; None when no one's or more than one's is. The office "official"
        fits any office, so the description alone cannot choose."""
        found = {person for _, end, person in self.name_spans
                 if not person.weak and _ON_A_VISIT.match(self.text, end) is not None}
        return found.pop() if len(found) == 1 else None

    def _named_last_when_no_speaker(self, lo: int) -> Person | None:
        """Who "the speaker" in small letters means (thirty-ninth hard brelvia_president_meeting_on_harvest: "The last
        to take the floor was X. The speaker said that …"): the one named last before it, who spoke last; None when
        someone is named with a Speaker's office or a parliament is spoken of (whose Speaker the description may
        mean). Guard: a sentence-opening bare "the speaker" (the caller); then a look back over eight name spans."""
        if "arliament" in self.title or self.text.find("arliament", 0, lo) >= 0 \
                or any("Speaker" in form for p in self.people.persons for form in p.forms):
            # (hundred-ninety-first kremlin_40059: "the speaker of the Finnish Parliament, X, … The speaker described
            # …": the office, in small letters too; a readout on a parliament may mean its Speaker, named or not)
            return None
        before = self.text.rfind("he speaker", max(0, lo - 600), lo - 1)
        if before > 0 and self.text[before - 1] in "tT":
            # ("The speaker said … The head of state interrupted the speaker … The speaker promised …"): the one an
            # earlier "the speaker" meant, not one named in between
            return self._named_last_when_no_speaker(before - 1)
        # (one named first by a bare full name, "… was Viktar Sakovich.", is still someone)
        k = bisect_left(self.name_starts, lo)
        return next((span[2] for span in reversed(self.name_spans[max(0, k - 8):k])
                     if not span[2].weak or len(core(span[2].full_name)) >= 2), None)

    def _named_guest_who_opens_the_body(self, named_guests: list[Person], first_end: int) -> Person | None:
        """The title's guest named by name who is the first person the body names, in its first paragraph, when the
        title's host is only a nation's office (four-hundred-fifty-third egypt_presidency_macron_gaza: "French President
        Holds Discussion with President El-Sisi" over "Today, President Abdel Fattah El-Sisi received a phone call from
        French President Emmanuel Macron. … The President noted …"): a headline written from the caller's side of the
        release's own head, who opens the body and whom its bare office means; else None."""
        if not self.name_spans or self.name_spans[0][0] >= first_end:
            return None
        opener = self.name_spans[0][2]
        return opener if opener in named_guests else None

    def _guest_other_than_the_opener(self, phrase: Phrase, person: Person, first_end: int) -> Person:
        """The guest of a title that names only its guest by office and country ("Annual Leaders' Meeting with the
        Prime Minister of Seranjang", styles28 kurrajin_pm), when the holder found is the one the body names first,
        in its first paragraph, of no country ("Prime Minister X today welcomed Prime Minister Y to …"): that is the
        release's own head, who opens it; the guest is another holder of the office, if there is one (not when
        the one named first is of that country: "Prime Minister Y of Seranjang met …")."""
        if not self.name_spans or self.name_spans[0][2] is not person or self.name_spans[0][0] >= first_end \
                or any(same_country(phrase.country, c) for c in person.countries):
            return person
        return self.people.resolve_description(phrase, [], exclude=person) or person

    def _holder_of_the_body(self, phrase: Phrase) -> Person | None:
        """The one holder of a title's office whose own office names the body the title's words name after "of"
        (hard28: "Readout of the Speaker's Call with the Speaker of the Qaderian Majlis", two Speakers: the one "of the
        Majlis of Qaderia", not the first Speaker named), else None."""
        words = {w.lower() for w in phrase.text.split(" of ", 1)[1].split() if w[:1].isupper()}
        holders = [p for p in self.people.persons if not p.weak
                   and any(roles_compatible(phrase.role, r) and words.intersection(r.split()) for r in p.roles)]
        return holders[0] if len(holders) == 1 else None

    def _other_holder_than_named_in_sentence(self, phrase: Phrase, person: Person) -> Person:
        """Who an office inside a sentence means when the sentence opens with a clause that named `person` by name
        before it: another holder of the office, if there is one (hard28: "After Mr Vasco voiced concern about …, the
        Governor explained …", two central banks' Governors: the other Governor; a writer who meant Mr Vasco again
        would say "he"; not "Mr X presented …, in which, the Prime Minister said, …", an attribution set in: his).
        Not an apposition ("Mr Vasco, the Governor, said"). Guard: ", the <office>" after the sentence's start; then a
        look back over the sentence's name spans."""
        k = bisect_left(self.name_starts, phrase.start)
        j = bisect_left(self.name_starts, self.sentence_lo, max(0, k - 8), k)
        if not any(span[2] is person and span[1] < phrase.start - 2 for span in self.name_spans[j:k]) \
                or self.text[phrase.start - 2] != ",":
            return person
        return self.people.resolve_description(phrase, self.subjects, person) or person

    def _head_named_before(self, acronym: str, before: int) -> Person | None:
        """The person named right before ", the leader of the ACRONYM …" (or head, chief) before `before`
        (fivehundredsixteenth prc imf_delegation: "… met with Mario X, the leader of the IMF delegation …" / "the IMF
        official spelt out …"): the body's head given with his name, not whoever a title names after the short name
        ("IMF delegation concerts with President Y", `_named_beside`). Else None. Two substring looks per place."""
        text = self.text
        for of in (f" of the {acronym} ", f" of {acronym} "):
            at = text.find(of, 0, before)
            while at >= 0:
                head = text.rfind(",", max(0, at - 12), at)
                if head >= 0 and text[head:at].removeprefix(", ").removeprefix("the ") in _AN_ACRONYMS_HEADS:
                    k = bisect_left(self.name_starts, head)
                    if k and self.name_spans[k - 1][1] == head:
                        return self.name_spans[k - 1][2]
                at = text.find(of, at + 1, before)
        return None

    def _officer_of_the_acronym(self, acronym: str, role: str, before: int) -> Person | None:
        """The person named right after "<office> of the ACRONYM, " before `before` ("the Director-General of the
        NCA, Ms. Y"; `_AN_ACRONYMS_TOP_OFFICER`), the office one of `_TOP_OFFICE_WORDS[role]`; else None. Two
        substring looks per place, and only for a phrase that joins a body's short name to a director-general or a
        secretary-general (rare)."""
        text, offices = self.text, _TOP_OFFICE_WORDS[role]
        for of in (f" of the {acronym}, ", f" of {acronym}, "):
            at = text.find(of, 0, before)
            while at >= 0:
                if text.endswith(offices, max(0, at - 20), at):
                    after = at + len(of)
                    k = bisect_left(self.name_starts, after)
                    if k < len(self.name_spans) and self.name_spans[k][0] - after <= 5:
                        return self.name_spans[k][2]  # (a style, "Ms. " or "Eng. ", may stand before the name)
                at = text.find(of, at + 1, before)
        return None

    def _president_by_body_word(self, phrase: Phrase) -> Person | None:
        """The holder of the office of a body that "The Bar President" or "the Law Society President" calls by a
        word of its name (`body_word_presidents`): the person whose name stands right after the place the body's
        name with that word and the office were written; else None."""
        if (read := body_words_and_office(phrase.text)) is None:
            return None
        return self._named_right_after(where_holder_named(self.text, read[0], read[1], phrase.start))

    def _deputy_of_the_owner(self, person: Person, at: int, gender: str, lo: int) -> None:
        """The offices of one named "her deputy, Mr. X" / "his deputy, Mr. X" (`_OWNERS_DEPUTY`): the deputy's of each
        office of the owner, of those of that sex with an office named before the one first named last (styles64: "The
        Director General of the Department of Immigration, Mrs. A, … She was accompanied by her deputy, Mr. X, …" / "The
        Deputy DG told the visitors …": X, as "the Deputy Director General, Mr. X" would be). No owner of that sex with
        an office: none. Asked only where " her deputy, " or " his deputy, " stands before a name (rare). The owner
        named as the subject of the possessive's own sentence comes first, of that sex or of none known (review hr60:
        "… Mrs. A, met …, Mrs. B. / Mrs. A was accompanied by her deputy, Mr. X": A's deputy, not B's)."""
        owner = self._subject_before(at, lo)
        if owner is None or owner is person or not owner.roles or owner.gender not in (gender, None):
            owners = [p for p in self.people.persons
                      if p is not person and p.gender == gender and p.roles and not p.weak and p.first_seen < at]
            if not owners:
                return
            owner = max(owners, key=lambda p: p.first_seen)
        person.roles.update("deputy " + role for role in list(owner.roles)
                            if (" " in role and not role.startswith(_NO_DEPUTYS_OFFICE)) or role in _DEPUTYS_ONE_WORD_OFFICES)

    def _subject_before(self, at: int, lo: int) -> Person | None:
        """The person first named in the sentence that holds `at` (from `lo`, no sentence's end, `_OWNERS_SENTENCE_ENDS`,
        between the name and `at`): the subject a possessive there refers to; None when no name stands in it."""
        k = bisect_left(self.name_spans, lo, key=_span_start)  # (`name_starts` is made after the names are read)
        while k < len(self.name_spans) and self.name_spans[k][0] < at:
            _, end, named = self.name_spans[k]
            if _OWNERS_SENTENCE_ENDS.search(self.text, end, at) is None:
                return named
            k += 1
        return None

    def _head_by_body_possessive(self, phrase: Phrase) -> Person | None:
        """The head of the body that "the basin commission's chief" or "The Ibelhast agency's head" calls by its
        possessive (`body_possessive_heads`): the person whose name stands right after the place the body's head was
        named with it; else None."""
        if (read := body_before_head(self.text, phrase.start)) is None:
            return None
        return self._named_right_after(where_head_named(self.text, read[0], read[1], phrase.start))

    @cached_property
    def _union_heads_named(self) -> tuple[int, ...]:
        """Where each trade union's head's name starts (`local_leaders.union_heads_named`): read once per readout, and
        only when "the labour leader" or "the union boss" is to be resolved."""
        return union_heads_named(self.text)

    def _union_head(self, before: int) -> Person | None:
        """The one trade union's head named before `before`: named right after his office and the union's name
        ("Secretary-General of the National Union of Dock and Transport Workers, |Mr. X"), or holding such an office as
        the registry read it; None when no one, or more than one, is."""
        heads = {person for at in self._union_heads_named if at < before
                 and (person := self._named_right_after(at)) is not None}
        heads.update(p for p in self.people.persons
                     if not p.weak and p.first_seen < before and holds_a_unions_top_office(p))
        return heads.pop() if len(heads) == 1 else None

    def _named_right_after(self, after: int) -> Person | None:
        """The person whose name starts right after `after` (a place an office's holder is named: "President of the
        Velmara Bar Association (VBA), |Mr. X", "the Agency by its Director General, |Dr. Y"), a style ("Mr. ",
        "Justice (Rtd) ") and no other office between; None when `after` is -1 or no such name follows."""
        if after < 0:
            return None
        k = bisect_left(self.name_starts, after)
        if k < len(self.name_spans) and self.name_spans[k][0] - after <= _STYLE_REACH \
                and not _OFFICE_BEFORE_THE_NAME.search(self.text, after, self.name_spans[k][0]):
            return self.name_spans[k][2]
        return None

    def _named_beside(self, acronym: str, before: int) -> Person | None:
        """The person first named next after the first "(ACRONYM)" (else "ACRONYM ", or a body's name) before
        `before`, within `_ACRONYM_REACH` of it ("… Agency (IAEA) Rafael Mariano Grossi and …"), else None."""
        at = self.text.find(f"({acronym})", 0, before)
        if at < 0:
            at = self.text.find(f"{acronym} ", 0, before)
        reach = _ACRONYM_REACH
        if at < 0:
            at, reach = _body_spelled_out(self.text, acronym, before), _SPELLED_OUT_REACH
        if at < 0:
            return None
        near: list[Person] = []
        if self.text.startswith(") ", at + len(acronym) + 1):
            # (an office read with its body's initials, "Director General of the … Agency (IAEA) X",
            # `office_before_a_bodys_initials`: his name's span holds the brackets)
            near = [span[2] for span in self.name_spans if span[0] < at < span[1] and not span[2].weak]
        if not near:
            near = [p for p in self.people.persons if at < p.first_seen <= at + reach and not p.weak]
        return min(near, key=lambda p: p.first_seen) if near else None

    def resolve_subject(self, phrase: Phrase) -> Person | None:
        """The person a verb's subject names: a person's phrase resolved, or an office's initials after "the" ("The
        CNS welcomed …", a thing to the phrase reader, which knows no readout's initials)."""
        if phrase.is_person:
            if phrase.kind == "name" and not phrase.role and len(phrase.name) >= 2 and not has_honorific(phrase) \
                    and _a_firm_named_in_full(self.text, phrase.name):
                return None  # "Hollis Marrow Textiles plans … Hollis Marrow said in a statement …": the firm, no one
            if phrase.kind == "description" and phrase.role.endswith("official") and _one_unnamed(self.text, phrase):
                return None  # (hard86: "A UN official, who asked not to be named, said …": `_ONE_UNNAMED`)
            if phrase.kind == "description" and phrase.role == "official" and phrase.country is None \
                    and (named := self._official_closing_the_lead_named_next(phrase)) is not None:
                return named
            if phrase.kind == "description" and phrase.role == "official" and phrase.country \
                    and (word := _the_one_word(phrase)) is not None and word.istitle() \
                    and (holder := self._holder_named_after_a_title(word, phrase.start)) is not None:
                return holder  # ("the Nayiri, Naa X … The Nayiri said …": an unknown title read as a people's word,
                # its holder an "official" of that "people", no office word written)
            person = self._resolve(phrase, phrase.start)
            if person is None and phrase.role == "official" and phrase.country and phrase.kind == "description" \
                    and phrase.text.count(" ") == 2:
                person = self._official_of_a_states_body(phrase.text.split()[1], phrase.start)
            if person is None and phrase.kind == "description" and phrase.text[-1:].islower():
                person = self._office_then_surname_of_a_word(phrase)
            elif person is None and phrase.text.isupper() and phrase.text.isalpha() and len(phrase.text) > 3:
                person = self._named_after_his_initialled_title(phrase)  # ("COMEUFOR, Major General X … COMEUFOR")
            return person
        if phrase.kind == "thing" and phrase.text[:4] in ("the ", "The ") and office_initials(phrase.text, 4):
            return self.holder_of_office_initials(phrase.text[4:], phrase.start)
        if phrase.kind == "thing" and phrase.text.isalpha() and phrase.text.istitle():
            return self._named_in_full_by_a_word(phrase)  # ("… Gordon S. Church … Church said")
        word = _the_one_word(phrase) if phrase.kind == "thing" else None
        if word is not None and word.islower():
            return self._holder_of_an_unknown_title(word, phrase.start)  # ("The katikkiro thanked …")
        if word is not None and word.istitle():
            return self._holder_named_after_a_title(word, phrase.start)  # ("the Kurunaa, Naa X … The Kurunaa said")
        if phrase.kind == "thing" and phrase.text[-7:] == " member" \
                and (acronym := _AN_ACRONYMS_MEMBER.fullmatch(phrase.text)) is not None:
            return self._member_named_beside(acronym.group(1), phrase.start)  # ("The SAC member explained …")
        if phrase.kind == "thing" and _MALAY_STYLE_ALONE.fullmatch(phrase.text) is not None:
            return self._styled_so_before(phrase)  # ("Chief Minister Datuk Seri X said … Datuk Seri suggested …")
        if phrase.kind == "thing":
            return self._named_in_full_by_a_saints_surname(phrase)  # ("… Isabel Saint Malo … Saint Malo explained")
        return None

    def _holder_of_an_unknown_title(self, word: str, before: int) -> Person | None:
        """(eighthundredninetyfourth nilepost 2022-10-01: "The Katikkiro of Buganda Charles Peter Mayiga has acknowledged
        … The katikkiro thanked Lukwago …") "the" and one lower-case word the phrase reader knows as no office, a thing:
        the one person named before whose office, before its " of …", is that word (a local title the readout gave
        him, `phrases._local_title_then_name`); else no one."""
        holders = [p for p in self.people.persons if not p.weak and p.first_seen < before
                   and any(role.partition(" of ")[0] == word for role in p.roles)]
        return holders[0] if len(holders) == 1 else None

    def _holder_named_after_a_title(self, word: str, before: int) -> Person | None:
        """(ninehundredtenth ghanagrio 2019-02-26: "… a courtesy call on the Nayiri, Naa X, King of Mamprugu, … The Nayiri
        said he will allocate lands …") "the" and one capitalised word the phrase reader knows as no office, a thing: the
        one person named before right after that word as his title, set off by a comma or "of" its place ("the Kurunaa,
        Naa X", "The Ohene of Asenkrom, Nana Y,"), or whose name was read with it ("The Wali of Tessoun Province Z");
        else no one, and never for a body's word ("The Fund", "The Administration, President X"), nor for a word
        right after "of the" (hr64: "The chairman of the Panel, Mr. X", "elders of the Yoruba, Chief Y": the body or
        people of his office, not his title). Read within `_UNKNOWN_TITLE_REACH` before each person's first mention."""
        low = word.lower()
        if low in NON_PERSON_WORDS or low in ROLE_WORD_SET:
            return None  # ("The Fund expressed …", "The Administration has proposed …": a body, whoever is named after it)
        text, opening = self.text, (f"The {word} ", f"the {word} ")
        holders = []
        for p in self.people.persons:
            if p.first_seen >= before:
                continue
            lo = max(0, p.first_seen - _UNKNOWN_TITLE_REACH)
            at = text.rfind(word, lo, p.first_seen)
            if at > 0 and not text[at - 1].isalpha() and text[max(0, at - 7):at].lower() != "of the " \
                    and _UNKNOWN_TITLE_TAIL.match(text, at + len(word), p.first_seen) is not None \
                    or any(form.startswith(opening) for form in p.forms):
                holders.append(p)
        if not holders:
            return self._named_by_the_one_word(word, before)
        return holders[0] if len(holders) == 1 else None

    def _named_by_the_one_word(self, word: str, before: int) -> Person | None:
        """(ninehundredfortyfourth lusakatimes 2020-09-15: "Paramount Chief Chitimukulu of the Bemba people has said …
        The Chitimukulu said that …") "the" before the one word that is a ruler's whole name, as before a title ("the
        Litunga", "the Kabaka"): the one person named before by that word alone, read as a person (not weak: an office
        or a style was seen with it); else no one ("The Fund", a body's word, is turned away by the caller)."""
        named = None
        for p in self.people.persons:
            if p.first_seen < before and not p.weak and p.full_name == (word,):
                if named is not None:
                    return None
                named = p
        return named

    def _official_of_a_states_body(self, nationality: str, before: int) -> Person | None:
        """"The Ossorian official said …" after "the Director of Foreign Trade of the Ossorian Ministry of the Economy, Mr.
        X,": the one person named before right after an office "of the <Nationality> <body>", the one comma between the
        body's name and his standing right before him and no ". " between (`_OF_A_STATES_BODY_REACH` before his first
        mention), an office's word ending the words before " of the" (`_an_office_ends_at`: not "the spouse of the
        Ossorian Ambassador, Mrs. Y", hr64) and no " and <Name>" after him; else no one (two so named: "led by the
        agency's Director, Mrs. A, with its Head of Grants, Mr. B" names neither so)."""
        text, of = self.text, f" of the {nationality} "
        held = []
        for p in self.people.persons:
            if p.weak or p.first_seen >= before:
                continue
            lo = max(0, p.first_seen - _OF_A_STATES_BODY_REACH)
            at = text.rfind(of, lo, p.first_seen)
            if at >= 0 and text.find(",", at, p.first_seen) == text.rfind(",", at, p.first_seen) >= p.first_seen - 3 \
                    and text.find(". ", at, p.first_seen) < 0 and _an_office_ends_at(text, lo, at) \
                    and not self._another_named_with(p):
                held.append(p)
        return held[0] if len(held) == 1 else None

    def _another_named_with(self, person: Person) -> bool:
        """Whether " and <Name>" (`_AND_A_NAME`) follows `person`'s first mention: one of two named together ("members
        of the Ossorian delegation, Mr. X and Ms. Y"), no one office's holder."""
        k = bisect_left(self.name_starts, person.first_seen)
        return k < len(self.name_spans) and self.name_spans[k][0] == person.first_seen \
            and _AND_A_NAME.match(self.text, self.name_spans[k][1]) is not None

    def _member_named_beside(self, acronym: str, before: int) -> Person | None:
        """"The NTC member": the one named right after where the readout wrote the body's membership before its name or
        initials ("A member of the National Transition Council (NTC), Mr. X"; "MEMBER of the State Administration Council
        Y", `_MEMBER_OF_A_BODY`), only styles between; else no one (not the Chairman named beside the body's initials;
        hr64: not one named after a verb, "(NTO), hosted Minister X", nor when another is written its member after)."""
        text = self.text
        at = text.find(f"({acronym})", 0, before)
        after = at + len(acronym) + 2
        if at < 0:
            found = _spelled_out_pattern(acronym).search(text, 0, before)
            at, after = (found.start(), found.end()) if found is not None else (-1, -1)
        if at < 0 or _MEMBER_OF_A_BODY.search(text, max(0, at - 90), at) is None:
            return None
        k = bisect_left(self.name_starts, after)
        if k >= len(self.name_spans) or self.name_spans[k][0] - after > _STYLE_REACH \
                or any(word[:1].islower() for word in text[after:self.name_spans[k][0]].split()):
            return None  # (hr64: "Zelan, a member of the … (NTO), hosted Minister X": X no member, named after a verb)
        member = self.name_spans[k][2]
        if member.weak or any(again.group(0).endswith(acronym) and not self._named_right_before(member, again.start())
                              for again in _ANOTHER_MEMBER.finditer(text, after, before)):
            return None  # (hr64: "…, met Ms. Y, a member of the NTC": two members, neither told)
        return member

    def _named_right_before(self, person: Person, at: int) -> bool:
        """Whether `person`'s name ends within a few characters before `at` (", a member of …" set off after him)."""
        k = bisect_left(self.name_starts, max(0, at - _ACRONYM_REACH))
        return any(span[2] is person and 0 <= at - span[1] <= 5 for span in self.name_spans[k:]
                   if span[0] < at)

    def _styled_so_before(self, phrase: Phrase) -> Person | None:
        """(a Malaysian state's release: "Chief Minister Datuk Seri X said … . Mr. Y said … . Datuk Seri suggested that
        …") a Malay honorific and its second word alone as the subject (`_MALAY_STYLE_ALONE`): the one person named
        before with that style before his name (not "Datuk Y", another style); of several, the latest subject among
        them; else no one."""
        style = f" {phrase.text} "
        styled = [p for p in self.people.persons if not p.weak and p.first_seen < phrase.start
                  and any(style in f" {form} " for form in p.forms)]
        if len(styled) <= 1:
            return styled[0] if styled else None
        return next((p for p in reversed(self.subjects[-20:]) if p in styled), None)

    def _bracketed_initials_before(self, initials: str, before: int) -> int:
        """Where "(INITIALS)" is first written in the text, if it closes before `before`, else -1: one search per
        initials and readout (each "the SSP" before a verb or after a quotation asks it again, hard83)."""
        memo = self.__dict__.setdefault("_bracketed_initials", {})
        first = memo.get(initials)
        if first is None:
            first = memo[initials] = self.text.find(f"({initials})")
        return first if 0 <= first and first + len(initials) + 2 <= before else -1

    def holder_of_office_initials(self, initials: str, before: int, country: str = "") -> Person | None:
        """Who "the CNS" or "the Vanterrean CDS" is: the person named right beside the office the readout gave the
        initials to in brackets ("Admiral X, Chief of the Naval Staff (CNS), …", "Chairman Joint Chiefs of Staff
        Committee (CJCSC) General Y"), the brackets' words an office's ("(IAEA)" after an agency's name is no one's);
        else (or for a country's holder) the one person, of that country, whose office's initials they are ("Chief of
        the Defence Force General Z … the CDF"; "the Chief of Defence Staff of the Republic of Vanterre, General W …
        the Vanterrean CDS")."""
        text = self.text
        at = -1 if country else self._bracketed_initials_before(initials, before)
        spelled = _spelled_out_pattern(initials).search(text, max(0, at - 90), at) if at >= 0 else None
        if spelled is not None and spelled.end() == at - 1 and _spells_an_office(spelled.group().lower().split()):
            after = at + len(initials) + 2
            k = bisect_left(self.name_starts, after)
            if k < len(self.name_spans) and (gap := _HOLDER_AFTER_INITIALS.match(text, after)) is not None \
                    and gap.end() == self.name_starts[k]:
                return self.name_spans[k][2]
            if k and self.name_spans[k - 1][0] < at and self.name_spans[k - 1][1] > after:
                # (hard83) the name's span holds its office and the brackets; or (ninehundredseventysecond allafrica
                # 2017-04-28: "Mwanza Regional Commissioner (RC) John Mongella has challenged …" then "The RC pledged
                # to …") only the office's last words, its span opening inside the office spelled out
                return self.name_spans[k - 1][2]
            if k < len(self.name_spans) and self.name_starts[k] - after <= _PLACE_AND_STYLE_REACH \
                    and _PLACE_AND_STYLE_AFTER_INITIALS.fullmatch(text, after, self.name_starts[k]) is not None:
                return self.name_spans[k][2]  # (hard83) "(SSP) Varhal Imran X", "(DHO), Dr. Bilal Y"
            k = bisect_left(self.name_starts, spelled.start())
            if k and (gap := _OFFICE_AFTER_HOLDER.match(text, self.name_spans[k - 1][1])) is not None \
                    and gap.end() == at:
                return self.name_spans[k - 1][2]
        wanted = initials.lower()
        holders = [p for p in self.people.persons if not p.weak and p.first_seen < before
                   and any(_office_initials(role).startswith(wanted) for role in p.roles)
                   and (not country or any(same_country(country, c) for c in p.countries))]
        if len(holders) == 1:
            return holders[0]
        return None if country or at >= 0 else self._holder_after_office_spelled_out(initials, before)

    def _holder_after_office_spelled_out(self, initials: str, before: int) -> Person | None:
        """Who "the RC" is when the readout never gave the initials in brackets: the person named right after the
        office first spelled out in capitals before `before` (ninehundredninetysixth allafrica 2022-11-29, the Daily
        News: "Tanga Regional Commissioner, Omar X has suspended …" then "Equally, the RC also instructed the Police
        …"), the office's last word one of his roles; None if the spelled words are no office, or no name follows
        them, or the office is spelled out again before `before` with another holder named after it ("Tanga Regional
        Commissioner, X …", "Mtwara Regional Commissioner, Y …": "the RC" is either; rf21). One search per initials
        and readout, memoised."""
        memo = self.__dict__.setdefault("_spelled_out_initials", {})
        if initials not in memo:
            memo[initials] = [(m.end(), m.group().lower().split())
                              for m in _spelled_out_pattern(initials).finditer(self.text)]
        spelled = [(end, words) for end, words in memo[initials] if end < before]
        if not spelled or not _spells_an_office(spelled[0][1]):
            return None
        person = self._holder_after_spelled_office(spelled[0][0], before, spelled[0][1][-1])
        if person is None or any(self._holder_after_spelled_office(end, before) not in (None, person)
                                 for end, words in spelled[1:] if _spells_an_office(words)):
            return None
        return person

    def _holder_after_spelled_office(self, end: int, before: int, role: str = "") -> Person | None:
        """The person whose name follows the office spelled out up to `end`, set off by no more than a comma, named
        before `before` and holding `role` (the office's last word) when one is given; else None."""
        k = bisect_left(self.name_starts, end)
        if k == len(self.name_spans) or self.name_starts[k] >= before \
                or _HOLDER_AFTER_INITIALS.fullmatch(self.text, end, self.name_starts[k]) is None:
            return None
        person = self.name_spans[k][2]
        return person if not role or role in person.roles else None

    def _named_after_in_title(self, body: str) -> Person | None:
        """The person the title names first within `_ACRONYM_REACH` after the body's name `body` ("Meeting with
        head of A Just Russia political party Sergei Mironov"), else None."""
        at = self.title.find(body)
        if at < 0:
            return None
        after = self.title[at + len(body):at + len(body) + _ACRONYM_REACH]
        found = [(after.find(form), p) for p in self.people.persons if not p.weak for form in p.forms if form in after]
        return min(found, key=lambda pair: pair[0])[1] if found else None

    def _one_name_before_its_office(self, start: int, end: int, hi: int) -> None:
        """A person's one name before his office in lower case (`_office_of_a_lone_name`: "led by Porozhanov, the
        ambassador of Bulgaria to China,"), which no run of capitalised words reads: a person holding the office, his
        span kept in the order of the text."""
        office = _office_of_a_lone_name(self.text, start, end, hi)
        if office is not None and (person := self._one_name_holding(start, end, office, roleless=True)) is not None:
            insort(self.name_spans, (start, end, person), key=lambda span: span[0])

    def _one_name_after_a_reign(self, start: int, lo: int, hi: int) -> None:
        """A sovereign's one name set off by commas after the office ("The Grand Duke of Lorvenne, Casimond, received
        …", hard54 grand_duke_of_lorvenne), which no run of capitalised words reads: a person holding the office."""
        text = self.text
        end = start + 1
        while end < hi and (text[end].isalpha() or text[end] == "-"):
            end += 1
        office = _reign_before(text, start, end, lo, hi) if text.startswith(", ", end) else None
        if office is not None and (person := self._one_name_holding(start, end, office, roleless=False)) is not None:
            self.name_spans.append((start, end, person))

    def _one_name_holding(self, start: int, end: int, office: Phrase, roleless: bool) -> Person | None:
        """The person the one word at text[start:end] names, added as holding `office` and counted, his span left to
        the caller (`_one_name_before_its_office`, `_one_name_after_a_reign`); None when the word reads as no one-word
        name (or, `roleless`, as one with a role of its own)."""
        entries = run_entries(self.text[start:end] + " ")
        if len(entries) != 1 or entries[0][0].kind != "name" or len(entries[0][0].name) != 1 \
                or roleless and entries[0][0].role:
            return None
        person = self.people.add_name(entries[0][0].shifted(start), start, confirmed=True)
        if person is None:
            return None
        person.learn(office, as_alias=False)
        person.weak = False
        self.name_counts[person.key] = self.name_counts.get(person.key, 0) + 1
        return person

    def _recurring_lone_speaker(self, phrase: Phrase) -> bool:
        """Whether a lone capitalised word is a person's surname though no fuller form names him: it speaks, right
        before a speech verb, in two places at least, and stands nowhere as a place or body does, after "the", "in",
        "to", "from", "of" or "at" (sixhundredsixtysixth, IRNA's pages stored without their lead: "Qalibaf said that
        …", "…, Qalibaf noted.", "Qalibaf wished …"; "Rouhani referred to …", "Rouhani also slammed …"). Not a
        country, capital, city or word of the lists, nor a word in capitals ("Moscow said …", "IRNA reported …"), nor
        a plural ("Panelists highlighted …", "The two Speakers reviewed …"), nor one that speaks only in the present, as
        a country or an agency does ("Orsenna welcomes …", "…, Ukrinform reports.", `_past_speech`); and "he", "his",
        "she" or "her" after its first mention, or a sentence's "He" or "She" (ninehundredtwentieth citizen mvurya),
        a person's (a wire service's name, "Telli said that …. Telli said the Agency would change.", stays no one, as
        `_lone_surnames_who_speak_of_themselves` leaves it). Asked only of a lone word no one yet bears; once per word
        and readout."""
        if len(phrase.name) != 1 or phrase.possessive:
            return False
        word = phrase.name[0]
        memo = self.__dict__.setdefault("_lone_speakers", {})
        if word not in memo:
            low = word.lower()
            lone = self._lone_words
            memo[word] = len(word) >= 4 and word.isalpha() and word[0].isupper() and word[1:].islower() \
                and low[-1] != "s" \
                and not _a_listed_word(low) \
                and not lone.after_a_place_word(word) \
                and (lone.pronoun_from(lone.first_occurrence(word))
                     and sum(map(_past_speech, lone.verbs_after(word))) >= 2
                     or _speaks_beside_an_office_holder(lone, word))
        return memo[word]

    @cached_property
    def _lone_words(self) -> LoneWords:
        """What the whole text says of its lone words, each fact read in one pass on first use (`lone_words`)."""
        return LoneWords(self.text)

    def _one_of_a_named_holder(self, phrase: Phrase) -> Person | None:
        """Who "the wife of Premier X" or "the spokesperson of the Premier X" is (hard87: "The wife of Premier Delvanne
        said …" after "He was accompanied by his wife, Mrs. Annika Delvanne"; "The spokesperson of the Premier Hovstad
        said …" with no spokesperson named): the name after "of" is the holder's, who does not speak; the speaker is
        the one other person the readout gave that word to (a spouse: of the holder's surname and the word's sex, or
        holding the word), else no one, as "a spokesperson said" is no one."""
        head = phrase.role.partition(" of ")[0]
        holder = self.people.match_name(phrase.name)
        sex = _SEX_OF_A_SPOUSE.get(head)
        surname = holder.names[0][-1] if holder is not None and holder.names else phrase.name[-1]
        found = [p for p in self.people.persons if p is not holder and not p.weak and p.first_seen < phrase.start
                 and (head in p.roles or sex is not None and p.gender == sex
                      and any(name[-1] == surname and len(name) > 1 for name in p.names))]
        return found[0] if len(found) == 1 else None

    def _resolve(self, phrase: Phrase | None, position: int, exclude: Person | None = None) -> Person | None:
        if phrase is None:
            return None
        if phrase.kind == "name":
            if len(phrase.name) == 1 and phrase.text.startswith(phrase.name[0]) \
                    and _MEDIUM_BEFORE_ITS_NAME.search(self.text, max(0, phrase.start - 16), phrase.start) is not None:
                return None  # "The state news agency Velpress … reported …", "the daily X wrote": a medium, no one
            if phrase.role.partition(" of ")[0] in _ONES_OF_A_NAMED_HOLDER and " of " in phrase.role \
                    and _ONE_OF_A_HOLDER.match(phrase.text) is not None:
                # "The wife of Premier X said …", "The spokesperson of the Premier X said …": the one of X speaks
                return self._one_of_a_named_holder(phrase)
            # a lone capitalised word ("Attendees", "USDA", "Minnesota") is nobody new
            aged = self._namesake_by_age(phrase, phrase.start)
            if aged is not None:
                return aged  # "The younger Mr Lund informed …": of father and son, as the registry read it
            if len(phrase.name) == 4 and not phrase.role or len(phrase.name) == 3:
                k = bisect_left(self.name_starts, phrase.start)
                if k + 1 < len(self.name_spans) and self.name_starts[k] <= phrase.start + 4 \
                        and self.name_starts[k + 1] < phrase.end:
                    # "… with Sergei Lebedev Aleksandr Lukashenko said:": the registry read two people
                    # (`_two_names_glued`); the one named last, next to the verb, is the subject (so "… with the
                    # Acting Ambassador … Natalie Breton Bagash stated …", `_surname_glued_to_a_name`)
                    return self.name_spans[k + 1][2]
            if len(phrase.name) == 2 and office_initials(phrase.name[1]) \
                    and phrase.name[0].endswith(_NATIONALITY_ENDINGS):
                # "the Vanterrean CDS thanked …": the holder of that office of that country, no name "Vanterrean CDS"
                holder = self.holder_of_office_initials(phrase.name[1], phrase.start, phrase.name[0].lower())
                if holder is not None:
                    return holder
            if not phrase.role and _a_place_before_a_bodys_initials(self.text, phrase):
                return None  # "the Shanghai FTZ has attracted …", after "… Pilot Free Trade Zone (FTZ)": the body
            if phrase.role and (len(phrase.name) == 1 and _the_offices_place_after_it(self.text, phrase)
                                or len(phrase.name) <= 2 and _the_offices_place_alone(self.text, phrase)):
                # "Governor Sindh informed …" after "Governor of Sindh Kamran Tessori": that office's holder
                return self._resolve(phrase._replace(kind="description", name=()), position, exclude)
            if phrase.role and len(phrase.name) == 1 and _a_bodys_initials(self.text, phrase) \
                    and phrase.role in phrase.text.lower():
                # (sixhundredseventysecond pidgovpk: "… Mr. X, Secretary-General of South Asian Association for Regional
                # Cooperation (SAARC) … The Secretary-General SAARC thanked …"): an office with its body's initials after
                # it, no "of", as `_collect_names` reads it: the office of that body, no one named "SAARC" (the office
                # written in the phrase before them: not styles38's "the BEZAR executive chairman", read "the BEZAR" with
                # the office after it, whom the name's own matching finds)
                return self._resolve(phrase._replace(kind="description", name=()), position, exclude)
            if phrase.role and len(phrase.name) >= 3 and (glued := _the_offices_place_glued(self.text, phrase)):
                phrase = _the_place_cut_off(phrase, glued)  # "Governor Khyber Pakhtunkhwa Faisal X": his place
            # (asked only here, after the early returns: `_recurring_lone_speaker` searches the whole text)
            may_create = len(phrase.name) >= 2 or bool(phrase.role) or has_honorific(phrase) \
                or self._recurring_lone_speaker(phrase)
            return self.people.add_name(phrase, position, may_create=may_create, confirmed=True)
        if phrase.kind == "description":
            if phrase.role in SPOKESPERSONS and exclude is None \
                    and (spokesperson := self.people.unnamed_spokesperson(self.text, phrase)) is not None:
                return spokesperson  # "…,” a Government spokesperson said": one known by those words, no one named
            if phrase.role == "official" and exclude is None \
                    and (official := self.people.unnamed_official_after_a_quote(self.text, phrase)) is not None:
                return official  # "“…,” an official from the group said.": one known by those words, no one named
            phrase = head_of_diplomacy(self.text, phrase)
            if phrase.country is None and phrase.role in _TOP_OFFICE_WORDS \
                    and (acronym := _AN_ACRONYMS_TOP_OFFICER.match(phrase.text)) is not None \
                    and (officer := self._officer_of_the_acronym(acronym.group(1), phrase.role, phrase.start)):
                return officer  # "the NCA DG": the one named "the Director-General of the NCA, Ms. Y"
            if exclude is None and is_union_leader(phrase) and (union_head := self._union_head(phrase.start)):
                return union_head  # "The labour leader told …": the one union head named ("general secretary of the
                # Mineworkers' Union, Mr. X"), not the last one named (`local_leaders.is_union_leader`)
            if phrase.role in ("chief", "head", "boss") and phrase.text == phrase.role \
                    and (head := self._head_by_body_possessive(phrase)) is not None:
                return head  # "The basin commission's chief": the one named "… of the … Basin Commission (LVBC), X"
            if phrase.role[-9:] in ("president", "chairman") or phrase.role[-11:] in ("chairperson", "chairwoman"):
                if (president := self._president_by_body_word(phrase)) is not None:
                    return president  # "The Bar President": the one named "President of the … Bar Association, X"
            if phrase.country is None and (phrase.role in _AN_ACRONYMS_HEADS or phrase.role[-11:] == " delegation") \
                    and (acronym := _AN_ACRONYMS_LEADER.match(phrase.text)) is not None:
                body = acronym.group(1) or acronym.group(2)
                led = self._head_named_before(body, phrase.start) or self._named_beside(body, phrase.start)
                if led is not None:
                    return led
            if phrase.country is None and " of A " in phrase.text \
                    and (body := _LEADER_OF_A_BODY.search(phrase.text)) is not None:
                led = self._named_beside(body.group(1), phrase.start) or self._named_after_in_title(body.group(1))
                if led is not None:
                    return led
            if phrase.role == "head" or phrase.role.startswith("head of ") and phrase.role not in _HEADS_BY_OFFICE:
                led = self._head_of_what(phrase.start)
                if led is not None:
                    return led  # "The head of the region", "The head of Rosmorflot"
            if phrase.possessive and exclude is None and self.subjects and style_of(phrase.role) is None:
                exclude = self.subjects[-1]  # ("His Majesty", "His Holiness": a style, no one else's)
                sex = ("f" if phrase.text[1] == "e" else "m") \
                    if phrase.text[:4] in ("Her ", "His ", "her ", "his ") else None
                if sex is not None and exclude.gender not in (None, sex):
                    # (hard72: "The visitor [Mrs. X] recalled …. Her host paid tribute to …, when, he said, "…"", the
                    # quotation's "he" noted first): "her"/"his" is the last subject of its sex, whose host it is
                    exclude = next((p for p in reversed(self.subjects) if p.gender == sex), exclude)
                if len(self.subjects) > 1 and self._noted_here(phrase.start, exclude):
                    # (thirty-third hard set morvia_valdaria_press_statements: "His guest took the floor next:" read
                    # again for the quotation after it): the one this very phrase was resolved to and noted as the
                    # subject is not whose guest he is; the subject before him is
                    exclude = self.subjects[-2]
            if phrase.role == "dean" and exclude is None and (dean := self._dean_named(phrase.start)) is not None:
                return dean
            if exclude is None and "visiting " in phrase.text and (visitor := self._named_as_visiting()) is not None \
                    and (phrase.role in _ANY_OFFICE or self._holds_the_visitors_office(visitor, phrase.role)):
                # (hard66, probed: "Special Envoy X, who is on a working visit to Velm, held talks with Y, the Envoy of
                # … The visiting envoy agreed …": X, whom the text sends on the visit, not the one named first as host;
                # any office's word fits him: sixhundredeightysecond thehindu 2022-10-12, "Ms. X, who is on her maiden
                # visit to …, lauded … The visiting dignitary also appreciated …": X)
                return visitor
            if (phrase.role == "official" or phrase.role == "dignitary") and exclude is None \
                    and phrase.text.lower() == "the " + phrase.role \
                    and self.text.find(" " + phrase.role, 0, phrase.start) < 0:
                # (two-hundred-eighty-seventh 72841: "Minister of Infrastructure Oleksandr Kubrakov said that … Also,
                # according to him, … According to the official, the construction of the … bridges should begin …":
                # the last one in office the readout spoke of; not when an unnamed official came before, "…, a
                # senior administration official told reporters. … , the official said.": that one, named nowhere); so
                # "the dignitary" (sixhundredseventysecond spotlightnepal 2018-11-22: "Vice President X also appreciated
                # the role played by the Secretary General … The dignitary expressed the confidence that …": X)
                return next((p for p in reversed(self.subjects[-50:]) if p.roles and not p.weak), None)
            if phrase.role == "speaker" and exclude is None and phrase.start == self.sentence_lo \
                    and phrase.text[-8:] == " speaker" and phrase.text[:4].lower() == "the " and len(phrase.text) == 11:
                spoke = self._named_last_when_no_speaker(phrase.start)
                if spoke is not None:
                    return spoke
            if phrase.role == "leader" and exclude is None \
                    and (local := local_leader_meant(self.text, phrase, self.people.persons, self.people.principal,
                                                     self.subjects)):
                return local  # ("The city leader pledged …": the city's Chairman, `local_leaders`)
            if phrase.role == "leader" and exclude is None \
                    and (governor := state_leader_meant(self.text, phrase, self.people.persons)):
                return governor  # ("The Lekiri leader told …", "Lekiri State Governor, X" named: X, `local_leaders`)
            if phrase.role == "chief" and exclude is None \
                    and (chief := party_chief_meant(self.text, phrase, self.people.persons, self.people.principal)):
                return chief  # ("the provincial Party chief hoped …": the Party Committee's Secretary, `local_leaders`)
            person = self.people.resolve_description(phrase, self.subjects, exclude)
            if (person is None or not person.names) and exclude is None and not self.subjects \
                    and phrase.start == self.sentence_lo:
                person = self._named_in_the_next_sentence(phrase) or person
            if person is None and exclude is None:
                person = self.people.unnamed_of_a_country(phrase, phrase.role == "mayor" and _AFTER_A_QUOTATIONS_CUE.search(
                    self.text, max(0, phrase.start - 24), phrase.start) is not None)
            if person is None and exclude is None and phrase.role in _AN_ENVOY_BY_A_COMMON_NOUN \
                    and phrase.country is None and phrase.text[:4].lower() == "the ":
                person = self._unnamed_envoy_met_before(phrase.start)
            if person is None and exclude is None and phrase.role.partition(" of ")[0] in _BODYS_REPRESENTATIVE \
                    and phrase.country is None and phrase.text.lower().startswith(_THE_BODYS_REPRESENTATIVE):
                person = self._named_beside_the_body(phrase)
            if person is not None and phrase.role in OTHER_PARTY and exclude is None \
                    and phrase.start == self.sentence_lo:
                person = self._other_party_of_the_pronoun(phrase, person)
            if person is not None and phrase.country and not person.countries \
                    and self._named_in_own_clause(phrase, person):
                person = self._other_of_country(phrase, person)
            if person is not None and exclude is None and phrase.start == self.sentence_lo \
                    and self._own_object(phrase, person, _DESCRIBED_VERB_OBJECT):
                # "… met with President of Pakistan X. … The President asked Vladimir Putin for
                # assistance …": the President who asks Putin is the other one
                person = self.people.resolve_description(phrase, self.subjects, person) or person
            if person is not None and exclude is None and phrase.start == self.sentence_lo \
                    and phrase.end < person.first_seen < self._sentence_end(phrase.end) \
                    and not self._speaker_of_the_quotation_named_after(person.first_seen):
                # (three-hundred-seventy-second kremlin_63681: "The President updated the … members on … telephone
                # conversations he had with … and President of Iran Hassan Rouhani."): a sentence's described subject
                # is not one the readout names first later in that very sentence; another holder, else no one
                person = self.people.resolve_description(phrase, self.subjects, person)
            if person is not None and exclude is None and phrase.start == self.sentence_lo \
                    and self.text.startswith("The ", phrase.start) and " " not in phrase.role \
                    and phrase.text.count(" ") == 1:
                person = self._holder_named_just_before(phrase, person)
                if self.text.find("In ", max(0, phrase.start - _WRITING_FROM_REACH), phrase.start) >= 0:
                    person = self._holder_present_after_a_letter(phrase, person)
            if person is not None and exclude is None and phrase.role == "head of state" \
                    and phrase.start == self.sentence_lo and self.subjects and self.subjects[-1] is not person:
                person = self._head_of_state_who_faced(phrase, person)
            if person is not None and exclude is None and phrase.start > self.sentence_lo \
                    and self.text.startswith((" in turn", ", in turn"), phrase.end):
                person = self._holder_named_before_in_turn(phrase, person)
            if person is not None and exclude is None and phrase.start > self.sentence_lo \
                    and self.text.startswith(("the ", "The "), phrase.start) \
                    and self.text.startswith(_OPENING_SUBORDINATORS, self.sentence_lo):
                person = self._other_holder_than_named_in_sentence(phrase, person)
            return person
        if phrase.kind == "pronoun":
            k = bisect_left(self.name_starts, phrase.start)
            if phrase.gender is None and phrase.text[-6:] in ("latter", "former"):
                return self._latter_or_former(k, phrase)
            if phrase.text[:4].lower() == "the " and phrase.text[4:].lower() in _PERSON_BY_KIND:
                return self._young_person_named(k, phrase.gender)
            if phrase.text[:4].lower() == "the " and (post := post_of_phrase(phrase.text)) is not None:
                # "The skipper thanked …", "the squad captain said": the last one named with that post, no one if none
                # was (`team_roles`)
                return player_named_by_post(self.text, self.name_spans[max(0, k - 20):k], post)
            if phrase.gender and self.text.startswith("In ", self.sentence_lo):
                if phrase.start - self.sentence_lo < 24:
                    writer = self._writer_of_the_writing_before(phrase)
                    if writer is not None:  # "… a letter from Mayor X of Y to his counterpart … In the letter, he …": X
                        return writer
                if self.text.endswith(", ", 0, phrase.start) \
                        and (giver := self._giver_of_the_occasion_opening(phrase)) is not None:
                    return giver  # "In an interview that X gave to the press …, she said …": X
            if self.text.endswith((", where ", " what "), max(0, phrase.start - 8), phrase.start):
                person = self._opening_person(phrase.start, phrase.gender, k)
                if person is not None:  # "Minister Marsh met …, where she discussed …": Marsh;
                    return person  # "Marsh focused on what she described as …": Marsh too
            if self.text.endswith((", ", ": "), max(0, phrase.start - 2), phrase.start) \
                    and _SPLIT_ATTRIBUTION_REST.match(self.text, phrase.end) is not None:
                person = self._opening_person(phrase.start, phrase.gender, k)
                if person is not None:  # "Mr X nailed his colours to the mast: the Government, he promised,
                    return person  # would …": the pronoun of an attribution set in the sentence is its opener
            if phrase.gender and (self.text.endswith(_SECOND_CLAUSE_OPENINGS, max(0, phrase.start - 11), phrase.start)
                                  or self.text.endswith(", ", 0, phrase.start)
                                  and joined_after_a_participle(self.text, self.sentence_lo, phrase.start) is not None):
                # (twenty-fifth hard set sabkha_amir_receives_norland_senate_delegation: "Senator Harrowgate, for his
                # part, was the bearer of the Senate's admiration …, and he expressed the hope that …"): the pronoun
                # that opens a second clause is the name that opens the sentence, though its first clause is no
                # statement and did not make him the last subject; so after ", but" and ", although" (hard16
                # qassimar_crown_prince_talks: "Mr X was receptive, although he was careful to add that …"); so after
                # ", and" and a participle's phrase set off (eighthundredeightyninth taichunggov 2007-08-17: "Mayor X …
                # made a particular stop …, and representing Chinese communities …, he offered consolations …")
                person = self._opening_person(phrase.start, phrase.gender, k, lone_surname=True, past_a_time_clause=True)
                if person is not None:
                    return person
            if phrase.gender and self.text.endswith(" and ", max(0, phrase.start - 5), phrase.start) \
                    and self.text[phrase.start - 6] != "," \
                    and (person := self._lone_opening_person(phrase.start, phrase.gender, k)) is not None:
                return person  # "X is back from a trade mission in Y and he says …": the opener, named alone before
            if phrase.gender and self.text.endswith(", ", 0, phrase.start) \
                    and _SPLICED_SPEECH_VERB.match(self.text, phrase.end) is not None \
                    and (person := self._spliced_opening_person(phrase.start, phrase.gender, k)) is not None:
                return person  # "Secretary X spoke to us from Tokyo this morning, he said …": the opener
            mentioned = [span[2] for span in self.name_spans[max(0, k - 20):k]]
            if phrase.gender and self.subjects and self.subjects[-1].gender not in (None, phrase.gender):
                other = self._named_just_before(k, phrase)
                if other is not None:
                    return other
            if phrase.gender and self.subjects and self.subjects[-1].gender is None:
                other = self._object_pronoun_before(k, phrase) or self._known_gender_named_just_before(k, phrase)
                if other is not None:
                    return other
            if phrase.gender and k and phrase.start == self.sentence_lo and self.subjects:
                other = self._relative_clause_speaker(k, phrase)
                if other is not None:
                    return other
            if phrase.gender and phrase.start == self.sentence_lo and self.subjects \
                    and self._unnamed_office_spoke_before(phrase):
                return None
            if phrase.gender and self.subjects:
                described = self._described_actor_just_before(phrase) or self._possessor_just_before(k, phrase) \
                    or self._named_owner_opening_before(k, phrase) \
                    or self._unnamed_office_acted_before(phrase) or self._named_before_the_others_just_before(phrase) \
                    or self._named_actor_just_before(phrase) or self._introduced_in_the_passive_just_before(phrase)
                if described is not None and not (phrase.start == self.sentence_lo
                                                  and self._own_object(phrase, described)):
                    # (eighthundredfourth thehindu 2018-01-03: "The Prime Minister was apprised on the need … . He
                    # apprised the Prime Minister of …": the one acted on just before is the pronoun's own object,
                    # so not the pronoun; read on as for any pronoun)
                    return described
            if phrase.gender and not self.subjects \
                    and (brought := self._introduced_in_the_passive_just_before(phrase)) is not None:
                return brought  # (no subject yet, the opening's two named together: the one just brought in)
            if phrase.gender and not k and not self.subjects and self._title_host_before_any_name(phrase.gender):
                # (eighthundredseventyninth npgov 2023-06-05, a release whose title is its lead: "Mr. X, Resident
                # Coordinator of …, stated that …" / "He stated that he is happy with …"): no one named in the body
                # before the pronoun, which is the one the title names first
                return self.title_host
            if phrase.gender and not k and not self.subjects and self.title_host is not None \
                    and (guest := self._title_guest_of_the_sex(phrase.gender)) is not None:
                return guest  # (fx68: "Governor X receives Ambassador Ms. Y" / "She said that …": the guest, she)
            person = self.people.resolve_pronoun(phrase.gender, self.subjects, mentioned)
            if person is not None and phrase.gender and phrase.start == self.sentence_lo \
                    and _ADDED_AFTER_A_PRONOUN.match(self.text, phrase.end) is not None \
                    and self._last_named_said_nothing(person, k, phrase.start):
                # ("The district fisheries officer, Mr. X, attended … but did not speak. … He added that …": one who
                # said nothing adds nothing; the speaker before him, styles74)
                person = self.people.resolve_pronoun(phrase.gender, [p for p in self.subjects if p is not person]) \
                    or person
            if person is not None and phrase.gender and phrase.start == self.sentence_lo \
                    and self._own_object(phrase, person):
                other = self._acted_on_just_before(phrase, person) or self._other_subject(person, phrase.gender)
                if other is None and _BARE_NAME_OBJECT.match(self.text, phrase.end) is not None:
                    return None  # ("He informed Mayiga that …", no one else to be he: not Mayiga, so no one known)
                person = other or person
            if person is not None and phrase.gender and phrase.start > self.sentence_lo:
                person = self._opening_pronoun_just_before(phrase, person, k) or person
            if person is not None and person.gender is None:
                person.gender = phrase.gender
            return person
        return None

    def _last_named_said_nothing(self, person: Person, k: int, before: int) -> bool:
        """Whether the sentence where `person` was last named before `before` (among the 20 name spans before the
        k-th) says he spoke no words (`_SAID_NOTHING`: "attended the meeting but did not speak", "made no remarks",
        "took no questions"). Bounded: the text from his name to the next sentence's end, at most
        `_SAID_NOTHING_REACH` characters."""
        for start, end, named in reversed(self.name_spans[max(0, k - 20):k]):
            if named is person:
                stop = min(before, end + _SAID_NOTHING_REACH)
                full_stop = self.text.find(". ", end, stop)
                silent = _SAID_NOTHING.search(self.text, end, stop if full_stop < 0 else full_stop)
                return silent is not None and not self._tells_before(end, silent.start())
        return False

    def _tells_before(self, lo: int, hi: int) -> bool:
        """Whether a verb of telling or "that" stands in text[lo:hi], between a name and the words that someone said
        nothing: the silence is then in the named one's report of another ("Mr. X said the deputy minister did not
        speak to the workers.", "Mayor Y said the previous government made no statement"), not his own."""
        return any(word.group() == "that" or word.group() in ALL_SPEECH_VERBS
                   for word in _WORD_BEFORE_SAID_NOTHING.finditer(self.text, lo, hi))

    def _title_host_before_any_name(self, gender: str) -> bool:
        """Whether the title names a host (`title_host`) whose sex does not contradict the pronoun's `gender`: the one a
        "He" or "She" refers to when no one is named in the body before it (the caller's test) and no subject is known
        yet. A host whose sex is not known is the pronoun's only when the title names no guest, named or not (fx68:
        "Governor X receives Ambassador Ms. Y" / "She said that …" is the guest's; "Governor X receives Zandian
        Ambassador" / "She said …" no one's known: either may be she)."""
        host = self.title_host
        return host is not None and (host.gender == gender or host.gender is None and not self.title_has_guest)

    def _title_guest_of_the_sex(self, gender: str) -> Person | None:
        """The one guest the title names whose sex is the pronoun's `gender`, when the title's host is not known to be
        of it (`_title_host_before_any_name` said no): "Governor X receives Ambassador Ms. Y" / "She said …" is Ms. Y's;
        None when the host may be of that sex, or no guest or two are."""
        if self.title_host is not None and self.title_host.gender in (None, gender):
            return None
        fits = [guest for guest in self.title_guests if guest.gender == gender]
        return fits[0] if len(fits) == 1 else None

    def _named_in_full_by_a_word(self, thing: Phrase) -> Person | None:
        """The person a lone capitalised word read as a thing names, when it is the surname of one named in full before
        it (fivehundredsixtieth hapskorea, hard63: "… met with Gordon S. Church, the US Consul … “…,” Church said."): a
        surname that is also a body's word ("Church", "Bank") is his; None for any other word, or no one so named."""
        person = self.people.match_name((thing.text,))
        if person is None or person.first_seen >= thing.start or person.surname() != thing.text.lower() \
                or not any(len(name) > 1 for name in person.names):
            return None
        return person

    def _named_after_his_initialled_title(self, thing: Phrase) -> Person | None:
        """The person an all-capitals title read as a name no one bears names, when the readout set his name after it,
        "TITLE, <ranks> Name" (sixhundredninetysecond euforbih: "COMEUFOR, Major General Martin Dorfer visited …" /
        "COMEUFOR thanked the Mayor …": a commander's initialled post, as "SACEUR, General X"): only title words
        (capitalised, a rank's) between the comma and the name. None for a body's initials used so ("NATO, …"
        followed by no name) or any other word. One substring look."""
        text = self.text
        at = text.find(f"{thing.text}, ", 0, thing.start)
        if at < 0:
            return None
        after = at + len(thing.text) + 2
        k = bisect_left(self.name_starts, after)
        if k >= len(self.name_spans) or not _TITLE_WORDS_ONLY.fullmatch(text, after, self.name_starts[k]):
            return None
        person = self.name_spans[k][2]
        return None if person.weak else person

    def _named_in_full_by_a_saints_surname(self, thing: Phrase) -> Person | None:
        """The person a saint's style and one capitalised word read as a place name ("St Helena", "Saint Petersburg")
        names, when the two are the last words of one named in full before them (sixhundredfiftyninth laestrella:
        "… Chancellor, Isabel Saint Malo, shared … Saint Malo explained that …", her two-word surname); None for any
        other place, or no one so named (a cheap test of the phrase's first two letters first)."""
        if thing.text[:2] not in _SAINTS_STYLE_OPENING:
            return None
        words = thing.text.split()
        if len(words) != 2 or words[0].lower() not in _SAINTS or not words[1].isalpha() or not words[1].istitle():
            return None
        person = self.people.match_name((words[1],))  # (the surname's last word: "Saint" is no given name of hers)
        last = (words[0].lower(), words[1].lower())
        if person is None or person.first_seen >= thing.start \
                or not any(len(name) > 2 and tuple(word.lower() for word in name[-2:]) == last for name in person.names):
            return None
        return person

    def _office_then_surname_of_a_word(self, office: Phrase) -> Person | None:
        """Who an office and a capitalised word read as one office names, when the word is the surname of one named in
        full before who holds that office or none the readout tied to him (fivehundredsixtieth hapskorea: "Gordon S.
        Church, the US Consul … Consul Church emphasized …", the office read as "consul church"); None otherwise."""
        split = office_then_surname(office)
        if split is None or not split[1].isalpha() or not split[1].istitle():
            return None
        held, last = split
        person = self._named_in_full_by_a_word(office._replace(start=office.end - len(last), text=last))
        if person is None or person.roles and not any(roles_compatible(held, role) or role.startswith(held + " ")
                                                      for role in person.roles):
            # (one who holds another office is not this one's holder; one named with none may be, and "Consul" is
            # the Consul General's short form, hard63 ostravenne)
            return None
        return person

    def _young_person_named(self, k: int, gender: str | None) -> Person | None:
        """Whom "the boy", "the girl" refers to: the last one named before with his age ("14-year-old Mark X"),
        else the last one named who holds no office, never the President who spoke with him (hundred-seventeenth
        67425: "… a telephone conversation with 14-year-old Mark X … The boy shared his impressions …")."""
        recent = self.name_spans[max(0, k - 20):k]
        fits = [(start, person) for start, _, person in recent
                if not person.roles and (gender is None or person.gender in (None, gender))]
        for start, person in reversed(fits):
            if _AGED_BEFORE.search(self.text, max(0, start - 16), start) is not None:
                return person
        return fits[-1][1] if fits else None

    def _named_in_own_clause(self, phrase: Phrase, person: Person) -> bool:
        """Whether the clause the described subject `phrase` opens names `person` after its verb,
        before any comma or the sentence's end ("the present US President highly valued Mr Putin’s
        strategic vision …", third 26871): no one's subject names him so, so it is someone else
        (not an aside after the phrase: "the Russian President, Vladimir Putin, …")."""
        text = self.text
        if not text.startswith(" ", phrase.end) or not text[phrase.end + 1:phrase.end + 2].islower():
            return False  # (a lower-case word next, the verb or an adverb before it)
        k = bisect_left(self.name_starts, phrase.end)
        if k == len(self.name_starts):
            return False
        start, _, named = self.name_spans[k]
        if named is not person or start - phrase.end > _OWN_CLAUSE_REACH:
            return False
        return not any(mark in text[phrase.end:start] for mark in _CLAUSE_ENDS)  # (short: a few words)

    def _other_of_country(self, phrase: Phrase, person: Person) -> Person | None:
        """Whom the described subject `phrase`, a country's office, means when the clause names
        `person` (of no known country) after its verb: another one, but none when that is the
        sentence's reporter and "present", "current" or "new" marks another holder ("Mr Bush said
        that the present US President highly valued Mr Putin’s strategic vision …": his son, third
        26871, the readout naming no present US President)."""
        other = self.people.resolve_description(phrase, self.subjects, person)
        if other is not None and self.subjects and other is self.subjects[-1] \
                and _ANOTHER_HOLDER.search(self.text, max(0, phrase.start - 12), phrase.end) is not None:
            # (the window before the phrase: "the present Veslandian President" may be read from its country)
            return None
        return other

    def _unnamed_envoy_met_before(self, start: int) -> Person | None:
        """(fourhundredseventysecond turkmenistan_gov 13665: "X receives credentials from the Ambassador Extraordinary
        and Plenipotentiary of the Republic of Lithuania to Turkmenistan. … The diplomat conveyed …"): "the diplomat"
        whom no one named is the envoy of a country the readout named before only by the office, the last such one,
        known by the office as written (`People.unnamed_of_a_country`); None when there is none."""
        last = None
        for last in _AN_ENVOY_OF_A_COUNTRY.finditer(self.text, 0, start):
            pass
        if last is None:
            return None
        envoy = phrase_starting_at(self.text, last.start(), start)
        return self.people.unnamed_of_a_country(envoy) if envoy is not None else None

    def _named_beside_the_body(self, phrase: Phrase) -> Person | None:
        """(sixhundredfourth trend 2020-02-26: "… a working meeting with the Asian Development Bank (ADB) Country
        Director for Georgia Shane Rosenthal … At the meeting, the representative of the Asian Development Bank
        welcomed …"): "the representative of the <Body>" whom no one's office names is the one person named right
        beside the body's name where the readout wrote it before, its office between them ("the <Body> (<ACR>)
        Country Director … X", "X, Country Director of the <Body>"); None when no one or two are named so."""
        of = phrase.text.find(" of ", 15)
        body = phrase.text[of + 4:].removeprefix("the ")
        if of < 0 or not body[:1].isupper():
            return None
        text, spans = self.text, self.name_spans
        near: set[Person] = set()
        at = text.find(body, 0, phrase.start)
        while at >= 0:
            end = at + len(body)
            for start, stop, person in spans:
                gap = text[end:start] if start >= end else text[stop:at] if stop <= at else None
                if gap is not None and len(gap) <= 60 and _office_words_only(gap):
                    near.add(person)
            at = text.find(body, end, phrase.start)
        return near.pop() if len(near) == 1 else None

    def named_for_a_bodys_noun(self, noun_start: int, noun_end: int) -> Person | None:
        """Who "the representative of the <noun>" is, the noun a body's in lower case (hard78 ranjhar: "… a delegation
        of the Quarnessan embassy, led by its Deputy Head of Mission, Mr. Hidde Halbeck, … / The representative of the
        embassy said …"; spokesman_deputy_prime_minister: "Deputy Director Maiju Smolander of the Fisheries Directorate
        also attended … / The representative of the directorate said …"): the body the readout last named with that
        noun after a capitalised word ("Quarnessan embassy", "Fisheries Directorate"), within 2,000 characters before,
        and the one person named right beside it — after it as the one who leads it ("led by its <office>, Mr. X") or
        before it as its officer ("X of the <Body>", the body in his name's phrase or after it, "X of the Ambrelian
        embassy"). None when the noun was not so named, or no one or two people stand beside it — beside that mention
        or one beside it and another beside an earlier mention of the same body in the window ("Counsellor X of the
        Ardenian embassy … / … Attaché Y of the Ardenian embassy. / The representative of the embassy said …": which
        of the two, the readout does not say). `_named_beside_the_body` reads the body's capitalised name ("the
        representative of the Asian Development Bank"); this its bare noun."""
        text = self.text
        noun = text[noun_start:noun_end]
        lo = max(0, noun_start - 2000)
        hi = noun_start - 1
        near: set[Person] = set()
        body = ""
        for _ in range(4):  # (the last mentions only: each a bounded search of the window before the last)
            at = max(text.rfind(" " + noun, lo, hi), text.rfind(" " + noun.capitalize(), lo, hi))
            word = text[text.rfind(" ", lo, at) + 1:at] if at >= 1 else ""
            if not word[:1].isupper() or body and word != body:
                break  # (no body named so before, "the embassy" of an embassy never named; or another body's noun)
            near |= self._named_beside_a_bodys_mention(at + 1, at + 1 + len(noun))
            if not near:
                return None  # (the body last named with no one beside it: no one's, though someone was named before)
            body, hi = word, at
        return near.pop() if len(near) == 1 else None

    def _named_beside_a_bodys_mention(self, start: int, end: int) -> set[Person]:
        """The people named right beside the mention text[start:end] of a body's lower-case noun after its capitalised
        word (`named_for_a_bodys_noun`): after it as the one who leads it, before it as its officer; none when the noun
        runs on into a longer word."""
        text = self.text
        if end < len(text) and (text[end].isalnum() or text[end] in "-’'"):
            return set()  # (a longer word: "embassy" in "embassy's" is fine, "Embassyville" not)
        near: set[Person] = set()
        k = bisect_left(self.name_starts, end)
        for span_start, span_end, person in self.name_spans[k:k + 2]:
            if span_start - end <= 90 and _LED_BY_ITS_OFFICE.fullmatch(text, end, span_start):
                near.add(person)
        j = bisect_left(self.name_starts, start)
        for span_start, span_end, person in self.name_spans[max(0, j - 2):j]:
            if span_end >= end or span_end <= start and _OF_THE_BODY_NAMED.fullmatch(text, span_end, start) \
                    or span_end == start - 1 and text.find(" of the ", span_start, span_end) >= 0:
                # (the body read inside his office's phrase, "X of the Fisheries Directorate"; after it; or its
                # capitalised words in his phrase and the lower-case noun after it, "Counsellor X of the Ambrelian
                # embassy")
                near.add(person)
        return near

    def _named_in_the_next_sentence(self, phrase: Phrase) -> Person | None:
        """The person a news lead's office stands for when the next sentence names him (fourhundredsixtyseventh
        kwape-diplomatic-corps, the Botswana Daily News: "Minister of International Affairs and Cooperation has
        appealed to the international community to … / Speaking during a meet and greet session …, Dr Lemogang Kwape
        gave the assurance that …"): the readout names no one before the office that opens it, and the first one named
        after it, with no office of his own, is the subject of the next sentence after its participle lead
        ("Speaking …, ", "Addressing …, "). Before, the office was no one's (with no article) or an unnamed holder of
        its own. Not a name in the lead's own sentence ("The Minister for Europe … spoke with his counterpart, X"),
        nor one the next sentence names otherwise."""
        styled = self._styled_name_opening_the_next_sentence(phrase) or self._full_name_saying_next(phrase)
        if styled is not None:
            return styled
        spans = self.name_spans
        k = bisect_left(self.name_starts, phrase.end)
        if k >= len(spans) or spans[0][0] < phrase.start:
            return None  # (someone named before the office, or no one after it)
        start, _, person = spans[k]
        if person.roles or not self.text.startswith(", ", start - 2):
            return None
        lead_end = self._sentence_end(phrase.end)
        opening = skip_space(self.text, lead_end + 1, start)
        if start >= self._sentence_end(opening) or _PARTICIPLE_LEAD.fullmatch(self.text, opening, start - 2) is None:
            return None
        return person

    def _official_closing_the_lead_named_next(self, phrase: Phrase) -> Person | None:
        """The person a news lead's closing "…, a senior Government official has said." stands for when the next
        sentence names him with an office (ninehundredsixtysecond, Zimbabwe's papers: "President X is this Wednesday
        expected to meet …, a senior Government official has said. / According to government spokesperson Y, …";
        "…, a senior government official has revealed. / Minister of Information … Z said …"), as "a Chinese official"
        is the governor named next (the 778th's ecns): "a"/"an" and at most two lower-case words before the bare
        "official" (no country), the tag closing a paragraph's first sentence (`_OFFICIAL_CLOSES_THE_LEAD`), and the
        first one named after it named inside the next sentence, first named there, holding an office (the President
        the lead tells of is not he), and speaking there ("According to …" or a verb of speech after the name,
        `_THE_ONE_NAMED_NEXT_SPEAKS`). Not "A UN official, who
        asked not to be named, said …" (opening its sentence), nor "…, a senior official told reporters." (no
        closing verb alone)."""
        text = self.text
        if _ARTICLE_BEFORE_AN_OFFICIAL.search(text, max(0, phrase.start - 40), phrase.start) is None \
                or _OFFICIAL_CLOSES_THE_LEAD.match(text, phrase.end) is None:
            return None
        lead = sentence_start_before(text, phrase.start)
        if lead and text[lead - 1] != "\n":
            return None  # (the tag closes a paragraph's first sentence only, a lead)
        spans = self.name_spans
        k = bisect_left(self.name_starts, phrase.end)
        if k >= len(spans):
            return None
        start, end, person = spans[k]
        opening = skip_space(text, self._sentence_end(phrase.end) + 1, start)
        close = self._sentence_end(opening)
        if start >= close or not person.roles or person.weak or person.first_seen < phrase.end:
            return None  # (named outside the next sentence, with no office, or named before: one the lead told of)
        if not text.startswith("According to ", opening) and _THE_ONE_NAMED_NEXT_SPEAKS.search(text, end, close) is None:
            return None  # ("He will meet President Y …": named, but not as one who speaks; review rf9)
        return person

    def aide_closing_the_lead_named_next(self, phrase: Phrase) -> Person | None:
        """The person a lead's closing "…, according to his political secretary." stands for when the next sentence
        opens on him, styled, with no office of his own, and speaks there (hard93, after ninehundredsixtyninth's "This
        was relayed by X's political secretary Y …": "The Member of Parliament for Dwenase, Hon. X, has donated … and
        pledged …, according to his political secretary. / Mr. Y told journalists … that …"): the aide the source is,
        named only after it, not the principal the lead tells of, nor no one. The phrase ends the first sentence of
        its paragraph (`_AIDE_OF_THE_SUBJECT`, a possessive and an aide's office); the one named next is first named
        there, and a verb of speech follows his name right after it (`_AIDE_SPEAKS_RIGHT_AFTER`: nothing that gives him
        an identity of his own between, "Mr. Y, a headmaster, told …", review rf17)."""
        text = self.text
        if not text.startswith(".", phrase.end) or _AIDE_OF_THE_SUBJECT.fullmatch(text, phrase.start, phrase.end) is None:
            return None
        lead = self.sentence_lo  # (the sentence read; not `sentence_start_before`, which "Hon. X" would cut)
        if lead and text[lead - 1] != "\n" or not lead <= phrase.start:
            return None  # (the source closes a paragraph's first sentence only, a lead)
        opening = skip_space(text, phrase.end + 1, len(text))
        if not text.startswith(("Mr", "Ms", "Mrs", "Dr"), opening):
            return None
        named = phrase_starting_at(text, opening, min(len(text), opening + 80))
        if named is None or named.kind != "name" or named.role or not has_honorific(named) or " of " in named.text \
                or _AIDE_SPEAKS_RIGHT_AFTER.match(text, named.end) is None:
            return None  # (nor "Mr. Y, a headmaster, told …", "Mr. Y of Dwenase School said …": given an identity
            # of his own, another who speaks of the lead, not the aide it named; review rf17)
        person = self.people.match_name(named.name)
        if person is None or person.weak or person.roles or person.first_seen < phrase.end:
            return None
        return person

    def _full_name_saying_next(self, phrase: Phrase) -> Person | None:
        """The person a news lead's office stands for when the very next sentence opens on his full name, bare, as the
        subject of "says"/"said" (eighthundredfortyfifth abc 2012-09-03: "The Northern Territory Chief Minister says he
        will appoint an envoy to Jakarta … / Terry Mills says he wants to repair relations …"): the office reports, then
        the name reports, as `_styled_name_opening_the_next_sentence` reads a styled name; no one named before the
        office, and the name has no office of its own (an "Opposition Leader X says" is someone else); "says he" or
        "says she" after the name (`_SAYS_AFTER_A_FULL_NAME`)."""
        text = self.text
        opening = skip_space(text, self._sentence_end(phrase.end) + 1, len(text))
        if text.find(" sa", opening, opening + 63) < 0:
            return None  # (the cheap test first: no " says " / " said " after a name within the reach)
        named = phrase_starting_at(text, opening, min(len(text), opening + 60))
        if named is None or named.kind != "name" or named.role or " " not in named.text \
                or _SAYS_AFTER_A_FULL_NAME.match(text, named.end) is None:
            return None
        return self._holder_of_the_lead_office(phrase, named)

    def _styled_name_opening_the_next_sentence(self, phrase: Phrase) -> Person | None:
        """The person a lead's office stands for when the very next sentence opens on him, styled, with no office of his
        own (fivehundredseventythird ilo african-members: "… (ACTRAV INFO)- The ILO Director-General congratulated the
        African members … Mr. Juan Somavia expressed his satisfaction …"), as a participle's lead would open on him
        (`_named_in_the_next_sentence`); no one named before the office, the capitalised words no one is (an agency's
        initials, a body) aside."""
        text = self.text
        opening = skip_space(text, self._sentence_end(phrase.end) + 1, len(text))
        if not text.startswith(("Mr", "Ms", "Mrs", "Dr"), opening):  # (the cheap test first)
            return None
        named = phrase_starting_at(text, opening, min(len(text), opening + 80))
        if named is None or named.kind != "name" or named.role or not has_honorific(named):
            return None
        return self._holder_of_the_lead_office(phrase, named)

    def _holder_of_the_lead_office(self, phrase: Phrase, named: Phrase) -> Person | None:
        """The known person `named`, the name opening the sentence after a lead's office `phrase`, when he may hold it
        (`_styled_name_opening_the_next_sentence`, `_full_name_saying_next`): no weak name, no office of his own, and
        no one named before the office (but weakly)."""
        person = self.people.match_name(named.name)
        if person is None or person.weak or person.roles \
                or any(start < phrase.start and not someone.weak for start, _, someone in self.name_spans):
            return None
        return person

    def _learn_office_before_and_former(self, person: Person, lo: int, joint: int) -> None:
        """The office before "and former" joined to a former one written right before the name, no comma between
        ("called on Pakistan Muslim League-Nawaz (PML-N) President and former Prime Minister Muhammad Nawaz Sharif",
        fivehundredsixtyfifth urdupoint: a later "PML-N President underscored …" is he): his now, as
        `offices_joined_by_and_former` reads the form with a comma before the name."""
        office = phrase_ending_at(self.text, lo, joint)
        if office is not None and office.kind == "description" and office.role and not office.name \
                and self.text[office.start:office.start + 1].isupper():
            person.learn(office, as_alias=False)

    def _speaker_of_the_quotation_named_after(self, at: int) -> bool:
        """Whether the name at `at` is first written as the inverted speaker of a quotation ("…: „…,” declared Mr. X.",
        sixhundredeleventh saeima french_ambassador: "The Speaker of the Saeima characterised … as excellent …: „I am
        convinced …,” declared Mr. Gundars Daudze."): the office that opens the sentence and leads in his words is his,
        though the body names him only there (the title line giving the office); not one named as an object
        ("… conversations he had with … President of Iran X.")."""
        cue = _INVERTED_CUE_BEFORE_NAME.search(self.text, max(0, at - 40), at)
        return cue is not None and cue.group(1) in INVERTING_VERBS

    def _sentence_end(self, at: int) -> int:
        """Where the sentence that holds `at` ends: its next full stop, "?" or "!" (a closing quote mark may follow)
        before a space, or a line break; the text's end when none."""
        end = _SENTENCE_STOP.search(self.text, at)
        return end.start() if end is not None else len(self.text)

    def _own_object(self, phrase: Phrase, person: Person, verbs: re.Pattern[str] = _PRONOUN_VERB_OBJECT) -> bool:
        """Whether the sentence the pronoun (or description) opens names `person` as its
        verb's object: "He thanked the Velmoran Prime Minister for …" cannot be that Prime
        Minister himself."""
        text = self.text
        verb = verbs.match(text, phrase.end)
        if verb is None:
            return False
        end = text.find(". ", verb.end())
        obj = phrase_starting_at(text, verb.end(), len(text) if end < 0 else end)
        if obj is not None and obj.kind == "group":
            # (forty-second hard tovarnia_president_governor_halvorsk: "He instructed the governor and the Deputy Prime
            # Minister to …"): a pair told or instructed together; the one who tells is neither of them
            return any(self._names_person(part, person) for part in _pair_parts(text, obj))
        return self._names_person(obj, person)

    def _names_person(self, obj: Phrase | None, person: Person) -> bool:
        """Whether the named or described phrase `obj` (no possessive) stands for `person`."""
        if obj is None or obj.kind not in ("name", "description") or obj.possessive:
            return False
        target = (self.people.match_name(obj.name) if obj.kind == "name"
                  else self.people.resolve_description(obj, self.subjects))
        return target is person

    def _other_subject(self, person: Person, gender: str) -> Person | None:
        """The latest subject before `person` that is someone else of a fitting gender."""
        for other in reversed(self.subjects[-20:]):
            if other is not person and other.gender in (None, gender):
                return other
        return None

    def _other_party_of_the_pronoun(self, phrase: Phrase, person: Person) -> Person:
        """(a host who received two guests: "… received Defence Minister X and Foreign Minister Ms Y … The guest said
        that she would …"): the party the sentence's subject means is one of the pronoun's sex that goes on its own
        report; the other party, when it is of that sex and the one first chosen is not known to be, else that one."""
        said = _SAID_THAT_PRONOUN.match(self.text, phrase.end)
        sex = None if said is None else "m" if said.group(1) == "he" else "f"
        if sex is None or sex == person.gender:
            return person
        other = self.people.resolve_description(phrase, self.subjects, person)
        if other is None or other.gender != sex or other is (self.people.place_host or self.people.principal):
            return person  # (not the host, whom the guest of no other guest may be left as: "… she had visited …")
        return other

    def _latter_or_former(self, k: int, phrase: Phrase) -> Person | None:
        """"X met with Y. The former congratulated the latter …": of the last two people
        named (the k-th name is at or after the phrase), the latter is the one named
        last, the former the one before; None unless two were named close before."""
        text = self.text
        if self._two_documents_before():
            return None
        latter = phrase.text.endswith("latter")
        chosen = self._pair_of_the_two
        if chosen is not None and 0 <= phrase.start - chosen[2] < _LATTER_REACH \
                and text.find("\n", chosen[2], phrase.start) < 0:
            return chosen[1] if latter else chosen[0]  # ("… the former spoke first … . The latter questioned …")
        lo = self.sentence_lo
        if text.startswith("Of ", lo) and phrase.start - lo <= 30 and _OF_THE_TWO.match(text, lo, phrase.start):
            # (hard47 lirania: "… hosted … his counterparts from Hjeldmark, X, and Sudravia, Y, for … . [the host's
            # paragraph] Of his two guests, the former spoke first …. The latter questioned …"): "Of his two guests"
            # names the pair: the two named together, not the last two named (the host among them); the sentences
            # after it in the paragraph that say "the latter" / "the former" mean the same pair
            pair = self._pair_together(k, phrase)
            if pair is not None:
                self._pair_of_the_two = (pair[0], pair[1], phrase.start)
                return pair[1] if latter else pair[0]
        described = self._subject_and_object_before(phrase, described_only=True)
        if described is not None:
            # ("President X received his guest. The latter said …"): the sentence before ends on a person it names
            # only by a description, the last one mentioned though not the last one named
            return described
        two: list[Person] = []
        for start, _, person in reversed(self.name_spans[max(0, k - 8):k]):
            if phrase.start - start > _LATTER_REACH:
                break
            if person not in two and not person.weak:
                two.append(person)
                if len(two) == 2:
                    return two[0] if phrase.text.endswith("latter") else two[1]
        return self._pair_named_together(k, phrase) or self._subject_and_object_before(phrase) \
            or (self._speaker_of_the_sentence_before(k, phrase) if latter else None)

    def _speaker_of_the_sentence_before(self, k: int, phrase: Phrase) -> Person | None:
        """(styles33 lagunie_presidency, a francophone ministry's "ce dernier": "He specified that the summit would …
        . The latter also assured that …"): with no two people named close before to choose from, "the latter" that
        opens a sentence is the one the sentence before, in its paragraph, reported and named no one else beside;
        None otherwise."""
        lo = self.sentence_lo
        if phrase.start != lo or not self.found or not self.text.startswith(". ", lo - 2):
            return None
        last = self.found[-1]
        if last.person is None or last.end < lo - 2 or "\n" in self.text[last.start:lo]:
            return None
        before = sentence_start_before(self.text, lo - 2)
        if last.start < before or any(before <= start < lo for start, _, _ in self.name_spans[max(0, k - 4):k]):
            return None
        return last.person

    def _described_actor_just_before(self, phrase: Phrase) -> Person | None:
        """(hard52 kessmoor_trade_minister: "Minister Y said …. [paragraph] The other minister laughed. “…,” she said."):
        the sentence before the pronoun's, in its paragraph, opens with a description of a person of the pronoun's
        gender who acts there but says nothing (no speech verb): she, not the last one who spoke. None otherwise."""
        text, lo = self.text, self.sentence_lo
        if lo < 2 or not text.startswith(". ", lo - 2):
            return None
        before = sentence_start_before(text, lo - 2)
        if not text.startswith("The ", before) or any(before <= found.start < lo for found in self.found[-3:]):
            return None
        subject = phrase_starting_at(text, before, lo)
        if subject is None or subject.kind != "description" or not subject.role or subject.possessive:
            return None
        if not _acts_without_speaking(text, subject.end, lo):
            return None
        person = self.people.resolve_description(subject, self.subjects)
        return person if person is not None and person.gender == phrase.gender else None

    def _possessor_just_before(self, k: int, phrase: Phrase) -> Person | None:
        """(fourhundredninetyfifth europe-trip: "… Prime Minister X, who briefed the President on his recent trips … .
        [paragraph] A key focus was the PM’s visit to the … Summit in Geneva. He also spoke at the Zurich Forum about
        …"): the sentence before the pronoun's, in its paragraph, names one person only, as the owner of what it is
        about ("the PM’s visit"), and says nothing (no statement found there): the sentence's opening pronoun of a gender
        that fits is that owner, not the last subject (the President of the paragraph before). None otherwise."""
        text, lo = self.text, self.sentence_lo
        before = self._unreported_sentence_before(phrase)
        if before is None:
            return None
        mark = "’s " if text.find("’s ", before, lo) >= 0 else "'s "
        owned = text.find(mark, before, lo)
        if owned < 0 or text.count("’s ", before, lo) + text.count("'s ", before, lo) != 1:
            return None  # (one owner only)
        if any(before <= span[0] < lo for span in self.name_spans[max(0, k - 4):k]):
            return None  # (a name in it: the pronoun's usual reading)
        start = text.rfind("the ", max(before, owned - 40), owned)
        if start < 0 or text.endswith("of ", before, start) or text.find("“", before, lo) >= 0 \
                or text.find('"', before, lo) >= 0 or any(
                    verb.group() not in COMPLEMENT_REQUIRED or has_complement(verb.group(), text, verb.end(), lo)
                    for verb in verbs_in(text, before, lo)):  # ("A key focus was …": a noun, no verb)
            return None  # (an office's "Head of the President’s Office", or a sentence that quotes or reports speech)
        owner = phrase_starting_at(text, start, owned)
        if owner is None or owner.kind != "description" or not owner.role or owner.end != owned:
            return None
        person = self.people.resolve_description(owner, self.subjects)
        if person is None or person is self.subjects[-1] or person.gender not in (None, phrase.gender):
            return None
        return person

    def _named_owner_opening_before(self, k: int, phrase: Phrase) -> Person | None:
        """(sevenhundredtwentieth pireport: "Key's trip to Niue took a more light-hearted tone when he showed off his
        dancing skills alongside Miss Niue. [paragraph] He jokingly asked media travelling with him not to broadcast …"):
        the sentence before the pronoun's, in its paragraph or the last of the paragraph before, opens on a person's
        name in the possessive, the owner of what it tells, and says nothing (no statement found there): the sentence's
        opening pronoun of a gender that fits is that owner, not the last subject, when no one else of that gender is
        named in that sentence. None otherwise."""
        text, lo = self.text, self.sentence_lo
        if phrase.start != lo or lo < 3:
            return None
        end = lo - 2 if text.startswith(". ", lo - 2) else lo
        if end == lo:  # (the pronoun opens its paragraph: the paragraph before must end on a full stop)
            while end > 0 and text[end - 1] in "\n ":
                end -= 1
            if end == lo or end < 1 or text[end - 1] != ".":
                return None
            end -= 1
        begin = sentence_start_before(text, end)
        if text.startswith(". ", begin - 2):
            word = text[text.rfind(" ", 0, begin - 2) + 1:begin - 2]
            if word.lower() in ABBREVIATIONS or len(word) == 1 and word.isupper():
                return None  # (a title's or an initial's stop, "Mr. Ravi’s arrival", not a sentence's start)
        j = bisect_left(self.name_starts, begin)
        if j < k and self.name_starts[j] == begin:  # (a name the registry read: "Prime Minister Y's visit")
            name_end, person = self.name_spans[j][1], self.name_spans[j][2]
            j += 1
        else:  # (a lone surname it left as a word, "Key's trip", of one named in full before)
            name_end = begin
            while name_end < end and (text[name_end].isalpha() or text[name_end] == "-"):
                name_end += 1
            if name_end == begin or not text[begin].isupper():
                return None
            person = self.people.match_name((text[begin:name_end],))
            if person is None or person.first_seen >= begin or person.surname() != text[begin:name_end].lower():
                return None
        if not text.startswith(("'s ", "’s "), name_end) or person is self.subjects[-1] \
                or person.gender not in (None, phrase.gender):
            return None
        if any(begin <= found.start < lo for found in self.found[-3:]):
            return None  # (a statement in it: the pronoun's usual reading)
        if any(other is not person and other.gender in (None, phrase.gender) and not other.weak
               for start, _, other in self.name_spans[j:k] if begin <= start < end):
            return None  # (someone else of that gender named there: who is meant is not plain)
        return person

    def _opening_pronoun_just_before(self, phrase: Phrase, person: Person, k: int) -> Person | None:
        """(eighthundredthirtythird thesundaily 2022-04-17: "Johor Menteri Besar X is in Singapore …" / "He is scheduled
        to meet Singapore Prime Minister Lee Hsien Loong tomorrow …" / "“Hope everything goes well …,” he said in a post
        on his Facebook page today."): the pronoun of a quotation's tag, when the sentence just before (in its
        paragraph or the one before) opens with the same pronoun, says nothing (no statement found there) and first
        names `person` after it, its object: the tag's pronoun goes on with the opener's pronoun, resolved as it stood
        before that sentence, not with the one it met. None otherwise (so "X met Y. “…,” he said" is left as it was:
        no opening pronoun)."""
        text, lo = self.text, self.sentence_lo
        if not text.endswith(_TAG_AFTER_A_QUOTATION, max(0, phrase.start - 3), phrase.start) or lo < 2:
            return None
        end = lo
        while end > 0 and text[end - 1] in " \n":
            end -= 1
        begin = sentence_start_before(text, end - 1)
        if not text.startswith("He " if phrase.gender == "m" else "She ", begin) \
                or not begin < person.first_seen < end or any(begin <= f.start < lo for f in self.found[-3:]):
            return None
        j = bisect_left(self.name_starts, begin, 0, k)
        before = [span[2] for span in self.name_spans[max(0, j - 20):j]]
        # (the subjects as they stood before that sentence: those it first names, its object among them, left out)
        subjects = [p for p in self.subjects[-50:] if not begin <= p.first_seen < end]
        earlier = self.people.resolve_pronoun(phrase.gender, subjects, before)
        return earlier if earlier is not None and earlier is not person else None

    def _unreported_sentence_before(self, phrase: Phrase) -> int | None:
        """Where the sentence before begins, when `phrase` opens its own sentence right after that one's ". " and no
        statement was found in it (the last three found): the sentence, in the same paragraph (`sentence_start_before`
        stops at a line break), whose person an opening pronoun may mean (`_possessor_just_before`,
        `_named_before_the_others_just_before`, `_unnamed_office_acted_before`); None otherwise."""
        text, lo = self.text, self.sentence_lo
        if phrase.start != lo or lo < 2 or not text.startswith(". ", lo - 2):
            return None
        begin = sentence_start_before(text, lo - 2)
        return None if any(begin <= found.start < lo for found in self.found[-3:]) else begin

    def _unreported_sentence_before_a_contrast(self, phrase: Phrase) -> int | None:
        """(ninehundredeightieth malaymail 2020-12-08: "Farhash too declined to disclose what was raised with the sultan.
        However, he indicated that negotiations may be ongoing.") Where the sentence before begins when `phrase`, a
        pronoun, follows only a contrastive opening of its own sentence (`_CONTRASTIVE_OPENINGS`): as
        `_unreported_sentence_before` for a pronoun that opens it; None otherwise (a cheap test of the words first)."""
        text, lo = self.text, self.sentence_lo
        if phrase.start - lo > 14 or text[lo:phrase.start] not in _CONTRASTIVE_OPENINGS or lo < 2 \
                or not text.startswith(". ", lo - 2):
            return None
        begin = sentence_start_before(text, lo - 2)
        return None if any(begin <= found.start < lo for found in self.found[-3:]) else begin

    def _two_documents_before(self) -> bool:
        """(hard52 trap: "Two documents were signed: a memorandum on … and a protocol on …. The latter commits …; the
        former states that …"): the sentence before names two documents and no one, so "the former" and "the latter"
        are those documents, no person."""
        text, lo = self.text, self.sentence_lo
        if lo < 2 or "and " not in text[max(0, lo - 300):lo]:
            return False
        before = sentence_start_before(text, lo - 2)
        if any(before <= start < lo for start, _, _ in self.name_spans[-6:]):
            return False
        return _TWO_DOCUMENTS.search(text, before, lo) is not None

    def _named_before_the_others_just_before(self, phrase: Phrase) -> Person | None:
        """(fivehundredsixtyfourth shanghai_gov leahy: "Leahy and other delegation members all expressed admiration for
        …. He believed that …"): the sentence before, in the same paragraph, opens with a group that names one person
        and the rest ("X and (the) other members", "X and fellow senators"), no statement found there (a group's): the
        pronoun that opens the next sentence is that one person, not the last one who spoke alone. None otherwise."""
        text, lo = self.text, self.sentence_lo
        begin = self._unreported_sentence_before(phrase)
        if begin is None:
            return None
        others = text.find(" and ", begin, min(lo, begin + 60))
        if others < 0 or not text.startswith(_THE_OTHERS, others + 5):
            return None
        named = phrase_starting_at(text, begin, others)
        if named is None or named.kind != "name" or named.end != others:
            return None
        person = self._resolve(named, named.start)
        return person if person is not None and person.gender in (None, phrase.gender) else None

    def _unnamed_office_acted_before(self, phrase: Phrase) -> Person | None:
        """(fivehundredninetyseventh rednet ceecs: "Czech Republic Chamber of Deputies Speaker Senior Advisor made a
        speech on behalf of the delegation. He remarked that …"): the sentence before, in the same paragraph, opens with
        an office that names no one the readout knows and acts there (a verb, no speech verb, no statement found): "He"
        is that office's unnamed holder, a person known by the office as written, not the last one named who spoke
        (the office that speaks there is `_unnamed_office_spoke_before`'s). None otherwise."""
        text, lo = self.text, self.sentence_lo
        begin = self._unreported_sentence_before(phrase)
        if begin is None or not text[begin:begin + 1].isupper():
            return None
        subject = phrase_starting_at(text, begin, lo - 2)
        if subject is None or subject.kind != "description" or not subject.role or subject.possessive \
                or subject.role in OTHER_PARTY or not _office_after_any_body(subject.text.split()):
            return None
        if not _acts_without_speaking(text, subject.end, lo) \
                or not all(word[:1].isupper() or word == "of" for word in text[begin:subject.start].split()):
            return None  # (the office opens the sentence, maybe after its body's name: "Lirea Chamber of Deputies …")
        person = self._resolve(subject, subject.start)
        if person is None:
            return self.people._known_by_office(subject.role, text[begin:subject.end], subject.start)
        # (an office someone named holds: `_described_actor_just_before`'s)
        return person if not person.names and person.gender in (None, phrase.gender) else None

    def _named_actor_just_before(self, phrase: Phrase) -> Person | None:
        """(sevenhundredeighteenth ticotimes: "“…,” according to a statement by the U.S. government. … [paragraph] Lobo
        has been seeking dialogue with different social groups, …, as did Zelaya. He has also said he will only serve
        one term …"): the sentence before, in the same paragraph, opens with a person's name who acts there but says
        nothing (a verb after the name, no speech verb, no statement found): the next sentence's opening pronoun of a
        gender that fits is that person, as `_described_actor_just_before`'s description, not the last one who spoke.
        None otherwise."""
        begin = self._unreported_sentence_before(phrase) if phrase.start == self.sentence_lo \
            else self._unreported_sentence_before_a_contrast(phrase)
        if begin is None or not self.text[begin:begin + 1].isupper() or _after_a_short_capitalised_word(self.text, begin):
            return None  # (not after "Mr. ", "Gov. ": "… whose rector, Mr. X, had opened the session. He told …")
        subject = phrase_starting_at(self.text, begin, self.sentence_lo - 2)
        if subject is None or subject.kind != "name" or subject.possessive \
                or not (_acts_without_speaking(self.text, subject.end, self.sentence_lo)
                        or _introduced_by_an_office(self.text, subject.end, self.sentence_lo)):
            return None
        person = self._resolve(subject, subject.start)
        return person if person is not None and person.gender in (None, phrase.gender) else None

    def _introduced_in_the_passive_just_before(self, phrase: Phrase) -> Person | None:
        """(eighthundredfortyeighth trend 2012-01-11: "At the meeting new regional director of SOCAR Farid Mammadov was
        introduced to Varshalomidze. He stressed that the company intends …"): the sentence before, in the same
        paragraph, says nothing and its first person named is the subject of a passive that brings him in ("was
        introduced to", "was received by", "was welcomed by", `_PASSIVE_BRINGING_IN`), whatever fronted phrase or
        office stands before the name: the next sentence's opening pronoun of a gender that fits is that person, the
        one just brought in, as the one who acts in `_named_actor_just_before`. None otherwise (a speech verb in the
        passive, "was informed by", "was quoted by", is no bringing in; nor a name after another person's)."""
        begin = self._unreported_sentence_before(phrase)
        if begin is None:
            return None
        k = bisect_left(self.name_starts, begin)
        if k >= len(self.name_spans) or self.name_spans[k][0] >= self.sentence_lo \
                or self.name_spans[k][0] - begin > _PASSIVE_SUBJECT_REACH:
            return None
        start, end, person = self.name_spans[k]
        if self.text[end:end + 1] == ",":
            end += 1  # ("the new regional director of SOCAR, Farid Mammadov, was introduced to …")
        if self.text[end:end + 1] != " " or self.text[end + 1:end + 5] not in ("was ", "were"):
            return None  # (a cheap test first: "was " or "were" right after the name)
        passive = _PASSIVE_BRINGING_IN.match(self.text, end, self.sentence_lo)  # (its comma, if any, stepped over)
        if passive is None or passive.group(1) in ALL_SPEECH_VERBS and passive.group(1) not in COMPLEMENT_REQUIRED:
            return None  # ("was informed by", "was asked by": spoken to; "was introduced to": a verb that speaks only
            # with its complement, "introduced the plan", none in the passive)
        return person if person.gender in (None, phrase.gender) else None

    def _unnamed_office_spoke_before(self, phrase: Phrase) -> bool:
        """(nineteenth styles korsland_president_speaker_prosecutor: "Taking part were the Speaker of Parliament, the
        Prosecutor General, … The Prosecutor General, in turn, noted that … . He proposed that …"): the sentence
        before, in the same paragraph, opens with an office ("The Prosecutor General") that names no one the readout
        knows and speaks (a speech verb after it, an aside between): "He" is that unnamed holder, no one the engine
        knows, not the last subject before him."""
        text = self.text
        if not text.endswith(". ", 0, phrase.start):
            return False
        begin = sentence_start_before(text, phrase.start - 2)
        if not text.startswith("The ", begin):
            return False
        subject = phrase_starting_at(text, begin, phrase.start - 2)
        if subject is None or subject.kind != "description" or not subject.role or subject.possessive \
                or subject.role in OTHER_PARTY \
                or any(word.lower() in NON_PERSON_WORDS for word in subject.text.split()):
            return False  # (not a body: "The Ministry of Justice proposed …. He described …", 256th kremlin_42515)
        if any(begin <= found.start < phrase.start and found.person is not None for found in self.found[-3:]):
            return False  # the sentence before was someone's ("The adviser of X, Y, informed …. She also said …")
        at = subject.end
        if text.startswith(", ", at):  # ("…, in turn, noted"; "…, for his part, said")
            comma = text.find(", ", at + 2, min(phrase.start, at + 24))
            if comma < 0:
                return False
            at = comma
        verb = WORDS_AHEAD.match(text, skip_space(text, at + (1 if text[at:at + 1] == "," else 0), phrase.start))
        if verb is None or verb.group() not in ALL_SPEECH_VERBS or not verb.group().endswith("ed"):
            return False
        return self._resolve(subject, subject.start) is None

    def _acted_on_just_before(self, phrase: Phrase, person: Person) -> Person | None:
        """(eighthundredninetyfourth nilepost 2022-10-01: "The katikkiro thanked Lukwago for sharing the history of
        Kampala … . He informed Mayiga that …"): the pronoun that opens the sentence cannot be `person`, whom its verb
        acts on (`_own_object`); when the sentence before has `person` as its subject acting on another of the pronoun's
        sex right after its verb, the pronoun is that other one (the one acted on now speaks back); None otherwise."""
        other = self._subject_and_object_before(phrase, latter=True)
        if other is None:
            other = self._object_after_a_short_subject_before(phrase, person)
        if other is None or other is person or other.gender not in (None, phrase.gender):
            return None
        return other

    def _sentence_before_opening(self, phrase: Phrase) -> int | None:
        """Where the sentence right before the phrase's own begins, its first word, when the phrase opens its sentence
        after a full stop and a space (`_object_after_a_short_subject_before`, `_subject_and_object_before`); else
        None."""
        text = self.text
        if phrase.start != self.sentence_lo or not text.endswith(". ", 0, phrase.start):
            return None
        return skip_space(text, sentence_start_before(text, phrase.start - 2), phrase.start)

    def _object_after_a_short_subject_before(self, phrase: Phrase, person: Person) -> Person | None:
        """The person named right after the verb of the sentence before the phrase, when that verb comes within
        `_SHORT_SUBJECT` characters of the sentence's start ("The katikkiro thanked Lukwago …", a subject the phrase
        reader leaves a thing, read by its office's word) and the name is someone other than `person`; else None."""
        text = self.text
        begin = self._sentence_before_opening(phrase)
        if begin is None:
            return None
        verb = _VERB_THEN_PERSON.search(text, begin, min(phrase.start - 2, begin + _SHORT_SUBJECT))
        if verb is None:
            return None
        obj = phrase_starting_at(text, verb.end(), phrase.start - 2)
        if obj is None or obj.kind != "name":
            return None
        other = self.people.match_name(obj.name)
        return other if other is not person else None

    def _subject_and_object_before(self, phrase: Phrase, described_only: bool = False,
                                   latter: bool | None = None) -> Person | None:
        """(eighteenth hard readout_president_voss_king_rashad_meeting: "The President acquainted His Majesty with
        the state of the talks … . The latter pledged that …"): no two people named close before, "the latter"
        opening a sentence right after one whose subject, named or described, acts on another person right after its
        verb: the latter is that object, the former the subject; None when the sentence before is not so. `latter`, when
        given, asks for the object (True) or the subject (False) whatever the phrase's words."""
        text = self.text
        begin = self._sentence_before_opening(phrase)
        if begin is None:
            return None
        subject = phrase_starting_at(text, begin, phrase.start - 2)
        if subject is None or subject.kind not in ("name", "description"):
            return None
        verb = _VERB_THEN_PERSON.match(text, subject.end)
        if verb is None:
            return None
        obj = phrase_starting_at(text, verb.end(), phrase.start - 2)
        if obj is None or obj.kind not in ("name", "description"):
            return None
        if obj.role in OTHER_PARTY and text.startswith(", ", obj.end):
            # ("X held talks with his Norvellian counterpart, Y. The latter …"): the name set off after "his
            # counterpart" is the one the talk was held with
            named = phrase_starting_at(text, obj.end + 2, phrase.start - 2)
            if named is not None and named.kind == "name":
                obj = named
        if described_only and obj.kind != "description":
            return None
        doer = self._resolve(subject, subject.start)
        done_to = self._resolve(obj, obj.start, doer) if doer is not None else None
        if done_to is None or done_to is doer:
            return None
        return done_to if (phrase.text.endswith("latter") if latter is None else latter) else doer

    def _pair_named_together(self, k: int, phrase: Phrase) -> Person | None:
        """(thirty-fourth hard kavrin_foreign_minister_trilateral_consultations: "… held consultations with Minister …
        X and Minister … Y. [a paragraph naming no one else, or only the host] The former stressed …"; the council of
        elders: "… received X, who chairs …, and the Secretary-General …, Y. [X's paragraph] The latter informed …"):
        no two people named close before; the last two named together, joined by "and" in one sentence, further
        back: the latter the second of them, the former the first."""
        pair = self._pair_together(k, phrase)
        if pair is None:
            return None
        return pair[1] if phrase.text.endswith("latter") else pair[0]

    def _pair_together(self, k: int, phrase: Phrase) -> tuple[Person, Person] | None:
        """The last two people named together before the k-th name, joined by "and" in one sentence, first and
        second (`_pair_named_together`)."""
        text = self.text
        spans = self.name_spans[max(0, k - 12):k]
        for j in range(len(spans) - 1, 0, -1):
            (a_start, a_end, first), (b_start, _, second) = spans[j - 1], spans[j]
            if phrase.start - a_start > _PAIR_REACH:
                break
            if first is second or first.weak or second.weak or b_start - a_end > 120:
                continue
            between = text[a_end:b_start]
            if " and " in between and ". " not in between and "\n" not in between and ";" not in between:
                return first, second
        return None

    def _relative_clause_speaker(self, k: int, phrase: Phrase) -> Person | None:
        """"The discussion predictably covered tourism, which Vladimir Solodov called the most promising industry.
        He said Kamchatka was known to the whole world." (thirty-eighth kremlin_67624): the sentence before, whose
        subject is no person, names one person only, as the one who speaks in a relative clause ("which X
        called …"); a "He" opening the next sentence is that person, not the last subject, who spoke before."""
        text = self.text
        start, end, person = self.name_spans[k - 1]
        if person is self.subjects[-1] or person.gender not in (None, phrase.gender) \
                or not text.endswith(_WHICH_BEFORE, max(0, start - 8), start) \
                or _SPEECH_AFTER_RELATIVE.match(text, end) is None or text.count(". ", end, phrase.start) != 1 \
                or not text.endswith(". ", end, phrase.start):
            return None
        # the sentence before, its own subject no person: only a thing it opens with ("The discussion …")
        lo = sentence_start_before(text, start)
        while lo < len(text) and text[lo].isspace():  # (`text[lo:].lstrip()`'s start, no copy of the text after it)
            lo += 1
        if k >= 2 and self.name_spans[k - 2][0] >= lo:
            return None  # another person named in that sentence
        head = phrase_starting_at(text, lo, start)
        if head is None or head.is_person or head.kind == "group":
            return None
        if person.gender is None:
            person.gender = phrase.gender
        return person

    def _namesake_by_age(self, phrase: Phrase, start: int, lo: int = 0) -> Person | None:
        """For a lone surname after "younger"/"elder" ("The younger Mr Lund informed …" after "Arvid Lund … and his
        son Arvid Lund Jr."), the child named after the parent (the younger) or the other (`people.namesake_by_age`);
        else None."""
        if len(phrase.name) != 1 or not self.text.endswith(("younger ", "elder "), lo, start):
            return None
        return self.people.namesake_by_age(phrase.name[0], self.text.endswith("younger ", lo, start))

    def reporter_named_before(self, position: int, gender: str) -> Person | None:
        """The person last named before `position`, after "a report by" in the sentence just before (`_REPORT_BY_BEFORE`),
        of the pronoun's gender or none known: "heard a report by Yurii X …. According to him, …" is X's, not the
        last speaker's."""
        k = bisect_left(self.name_starts, position)
        if not k:
            return None
        start, end, person = self.name_spans[k - 1]
        if self.sentence_lo <= end or person.gender not in (None, gender) \
                or not _REPORT_BY_BEFORE.search(self.text, max(0, start - 20), start) \
                or self.text.count(". ", end, self.sentence_lo) != 1:
            return None
        return person

    def _writer_of_the_writing_before(self, phrase: Phrase) -> Person | None:
        """The writer of the letter (message, telegram, note) a sentence opening "In the letter, " and then the
        pronoun `phrase` speaks of: the person named right after "a letter from" shortly before, of the pronoun's
        gender (hard64, fivehundredsixtyfirst kmgovcn armenia: "… received the Consul …, who handed over a letter from
        Mayor X of Y to his counterpart in Z." then "In the letter, he expressed …": X, not the host nor the courier);
        None if no such writer is named right after "from", its title or its office set off by one comma before it."""
        opening = _IN_THE_WRITING.match(self.text, self.sentence_lo, phrase.start)
        return None if opening is None else self._writer_named_before(opening.group(1), self.sentence_lo, phrase.gender)

    def _giver_of_the_occasion_opening(self, phrase: Phrase) -> Person | None:
        """Who gave the interview (speech, statement) a sentence's opening tells of, when the pronoun `phrase` is the
        subject of its main clause after the comma (sevenhundredtwentyseventh abp world_bank: "In an interview that the
        resident representative of the World Bank gave to the press just after the audience, she said that …"): the
        person the relative clause's subject names, of a gender that fits, not the last subject before (the First
        Lady, the host); None if the opening is not so."""
        text = self.text
        opening = _OCCASION_GIVEN_BY.match(text, self.sentence_lo, phrase.start)
        if opening is None:
            return None
        subject = phrase_starting_at(text, opening.end(), phrase.start)
        if subject is None or subject.kind not in ("name", "description") or subject.possessive:
            return None
        verb = WORDS_AHEAD.match(text, skip_space(text, subject.end, phrase.start), phrase.start)
        if verb is None or verb.group() not in _GIVING_VERBS:
            return None
        person = self._resolve(subject, subject.start)
        return person if person is not None and person.gender in (None, phrase.gender) else None

    def _writer_named_before(self, noun: str, lo: int, gender: str | None) -> Person | None:
        """The person named right after the last "<noun> from" ("letter from") shortly before `lo`, of `gender`."""
        text = self.text
        noun = f" {noun} from "
        at = text.rfind(noun, max(0, lo - _WRITING_FROM_REACH), lo)
        if at < 0:
            return None
        after = at + len(noun)
        k = bisect_left(self.name_starts, after)
        if k == len(self.name_starts) or self.name_starts[k] - after > 60:
            return None
        between = text[after:self.name_starts[k]]
        if any(mark in between for mark in ".;:") or "," in between[:-2]:
            return None  # (a title, or an office set off before the name: "from the Foreign Minister of Y, Ms X")
        person = self.name_spans[k][2]
        return person if person.gender in (None, gender) else None

    def _holder_present_after_a_letter(self, phrase: Phrase, person: Person) -> Person:
        """Who a bare office opening a sentence ("The Minister") means right after a sentence "In the letter, she …"
        that `person`, the letter's writer, was read as: another holder of the office, one who is there (hard63
        foreign_minister_of_sarvana_receives_letter_from_taldor: "… who delivered a letter from the Foreign Minister of
        Taldor, Ms. X, to the Minister. In the letter, she expressed … The Minister welcomed the Ambassador …": the host,
        not the writer); `person` when that sentence is not so or no other holder is known."""
        text = self.text
        stop = text.rfind(".", max(0, phrase.start - _WRITING_FROM_REACH), phrase.start)
        if stop < 0:
            return person
        prev = sentence_start_before(text, stop)
        opening = _IN_THE_WRITING_PRONOUN.match(text, prev, stop)
        if opening is None or self._writer_named_before(opening.group(1), prev, person.gender) is not person:
            return person
        return self.people.resolve_description(phrase, self.subjects, person) or person

    def _named_just_before(self, k: int, phrase: Phrase) -> Person | None:
        """"The President instructed Minister X to … She assured …": a pronoun the last
        subject's gender rules out is the person of its gender named in the sentence
        before (not someone who spoke earlier)."""
        for start, end, person in reversed(self.name_spans[max(0, k - 3):k]):
            if person is self.subjects[-1] or self.text.count(". ", end, phrase.start) > 1:
                return None
            if person.gender == phrase.gender or person.gender is None and person.roles:
                person.gender = phrase.gender  # (a minister of unknown gender: now known)
                return person
        return None

    def _known_gender_named_just_before(self, k: int, phrase: Phrase) -> Person | None:
        """"President Lind met Ms Anne Holt. She said …": a sentence's opening "She", when the last subject's gender
        is unknown, is the latest woman named in this sentence or the one before, in the same paragraph, whose gender
        is known (a title, a first name), not that subject; none such, None (three-hundred-nineteenth
        tw_president_news_4946_nice_attack_2016: "Spokesperson Huang … said that President Tsai Ing-wen, upon
        receiving the news, was both shocked and deeply saddened. She immediately asked …")."""
        if phrase.gender != "f" or phrase.start != self.sentence_lo:
            return None  # (not "He": a subject of no known gender is most often a man, "X thanked Mr Y. He …" X's)
        text, subject = self.text, self.subjects[-1]
        for _, end, person in reversed(self.name_spans[max(0, k - 4):k]):
            if text.find("\n", end, phrase.start) >= 0 or text.count(". ", end, phrase.start) > 1:
                return None
            if person is not subject and person.gender == phrase.gender:
                return person
        return None

    def _object_pronoun_before(self, k: int, phrase: Phrase) -> Person | None:
        """"Varo thanked her for the invitation. She stressed …": the last subject, of no
        known gender, had a pronoun of this one's gender for object (not himself), so
        this one is the person of that gender named just before, not him."""
        text, subject = self.text, self.subjects[-1]
        before = text.rfind(". ", max(0, self.sentence_lo - 300), max(0, self.sentence_lo - 1))
        found = None
        for found in _PRONOUN_AS_OBJECT.finditer(text, before + 2 if before >= 0 else self.sentence_lo, phrase.start):
            pass
        if found is None or (found.group(1).lower() == "her") != (phrase.gender == "f"):
            return None
        if text.find(", which ", before + 2 if before >= 0 else self.sentence_lo, found.start()) >= 0:
            return None  # "X acknowledged problems in the gorge, which had forced him to invite …": X himself
        if _inside_a_quotation_closed_before(text, before + 2 if before >= 0 else self.sentence_lo, found.start(),
                                             phrase.start):
            return None  # "“… I provided him with blessings …,” he said.": the speaker's own words tell of a third man
        own = _SUBJECTS_OWN_AFTER_AND.search(text, found.end(), phrase.start)
        if own is not None and (own.group(1) == "her") == (phrase.gender == "f"):
            # (eighthundredeleventh devdiscourse, ANI printing the Goa CMO: "The Chief Minister congratulated him on
            # assuming charge and extended his best wishes. He expressed pleasure to have received assurance …"): the
            # subject's own "his" makes him of the pronoun's sex too, so the pronoun goes on with him, the last subject
            return None
        for start, end, person in reversed(self.name_spans[max(0, k - 6):k]):
            if person is not subject and person.gender == phrase.gender and end <= found.start():
                return person
        return None

    def _opening_person(self, pos: int, gender: str | None, k: int, lone_surname: bool = False,
                        past_a_time_clause: bool = False) -> Person | None:
        """The person named at the start of the sentence being read, before `pos` (the
        k-th name starts at or after `pos`), if that name opens it and fits `gender`; with `lone_surname`, a lone
        name with no span of its own there too (`_lone_surname_opening`: a second clause's pronoun only); with
        `past_a_time_clause`, the name that opens the main clause after a time clause set off by its comma
        (`_TIME_CLAUSE_OPENING`: "After X left, President Y toured the port, and seeing …, he said …": Y, review hr60)
        or a participle's clause (`_PARTICIPLE_CLAUSE_OPENING`: "Speaking, Wednesday, in …, X exuded …, even as he …")."""
        begin = self.sentence_lo
        if begin > pos:
            return None
        if past_a_time_clause and self.text[begin:begin + 1] in "ABWOSU" \
                and (clause := _TIME_CLAUSE_OPENING.match(self.text, begin, pos)) is not None:
            begin = clause.end()
        elif past_a_time_clause and self.text.find("ing", begin + 2, begin + 14) > begin \
                and (clause := _PARTICIPLE_CLAUSE_OPENING.match(self.text, begin, pos)) is not None:
            # (thousandfirst kbc 2022-04-28: "Speaking, Wednesday, in Embu Town after receiving his certificate, X who
            # is also the Party Leader exuded confidence …, even as he called on …": the name after the participle's
            # clause, not the last man named before)
            begin = clause.end()
        j = bisect_left(self.name_starts, begin)
        if j >= k or self.name_starts[j] != begin:
            return self._lone_surname_opening(begin, pos, gender) if lone_surname else None
        person = self.name_spans[j][2]
        return person if gender is None or person.gender in (None, gender) else None

    def _lone_surname_opening(self, begin: int, pos: int, gender: str | None) -> Person | None:
        """The person a lone name opening the sentence names when no name's span starts there (eighthundredseventythird
        myrtlebeachonline 2010-01-21, after "Gov. Mark Sanford" and "Ben Fox, …, said …": "Sanford stuck mostly to policy
        goals …, but he also offered an unscripted apology …": "he" is Sanford, the opener, not Fox, the last to speak):
        a name phrase right at the sentence's start resolved to one person named before, of the pronoun's gender. Not
        for a pronoun in a tag set in the sentence (seven-hundred-eighty-fourth ena 2023-02-18: "Maky has worked
        tirelessly for peace …, he pointed out, …": the incoming chairperson's tag on his praise of Maky Sall)."""
        text = self.text
        if not text[begin:begin + 1].isupper():
            return None
        opener = phrase_starting_at(text, begin, pos)
        if opener is None or opener.kind != "name" or opener.start != begin or not opener.is_person:
            return None
        person = self._resolve(opener, begin)
        return person if person is not None and (gender is None or person.gender in (None, gender)) else None

    def _lone_opening_person(self, pos: int, gender: str, k: int) -> Person | None:
        """The person who opens the sentence when the pronoun at `pos` opens a second clause after a bare "and", with no
        comma (sixhundredeightyninth mazatlanblog: "Illinois Gov. Pat Quinn is back from a trade mission in Mexico and he
        says steps have been made …"), as `_SECOND_CLAUSE_OPENINGS` after ", and ": only when that person is the one
        name before the pronoun in the sentence (not "X met Ambassador Y and he said …", where "he" may be Y), maybe after a place
        and an office ("Illinois Gov."); None else."""
        j = bisect_left(self.name_starts, self.sentence_lo)
        if j != k - 1 or self.name_starts[j] - self.sentence_lo > 24:
            return None
        person = self.name_spans[j][2]
        if person.gender not in (None, gender) \
                or not all(word[:1].isupper() for word in self.text[self.sentence_lo:self.name_starts[j]].split()):
            return None  # (the name opens the sentence, only a place's or an office's capitalised words before it)
        return person

    def _spliced_opening_person(self, pos: int, gender: str, k: int) -> Person | None:
        """The person who opens the sentence when the pronoun at `pos`, after a bare comma, opens a second clause that
        reports speech (a comma splice; eighthundredtwentieth louisianaradionetwork 2023-03-07: "Louisiana Economic
        Development (LED) Secretary Don Pierson spoke to us from Tokyo this morning, he said the chemical company …"):
        only when that person is the one name before the pronoun in the sentence (not "X met Y on Monday, he said …",
        where "he" may be Y), with only a place's, a body's or an office's capitalised words, or bracketed initials,
        before the name; None else (the pronoun is then read as any other)."""
        j = bisect_left(self.name_starts, self.sentence_lo)
        if j != k - 1 or self.name_starts[j] - self.sentence_lo > _SPLICED_OPENER_REACH:
            return None
        person = self.name_spans[j][2]
        before = self.text[self.sentence_lo:self.name_starts[j]].split()
        first = self.text[self.sentence_lo:self.sentence_lo + 24].split(" ", 1)[0]
        if person.gender not in (None, gender) or (len(first) > 5 and first[-3:] == "ing") or first in _CLAUSE_OPENERS \
                or not all(word[:1].isupper() or (word[:1] == "(" and word[1:2].isupper()) for word in before):
            # (not "Greeting Zuzana Čaputová in Kyiv, he stressed …", sixtysecond: a participle's or a subordinate
            # clause's object, whose sentence's subject is the pronoun's own)
            return None
        return person

    def _noted_here(self, start: int, person: Person) -> bool:
        """Whether `person` was noted as a subject from the phrase at `start` (the sentence read a second time,
        for its quotation after its reported speech): among the sentence's last few mentions."""
        for mentioned, at, _ in reversed(self.mentions[-4:]):
            if at == start:
                return mentioned is person
            if at < self.sentence_lo:
                break
        return False

    def _remember_subject(self, person: Person) -> None:
        if not self.subjects or self.subjects[-1] is not person:
            self.subjects.append(person)


_TAG_AFTER_A_QUOTATION = (",” ", ',\" ', ".” ", "?” ", "!” ")
"""The closing of a quotation right before its tag's pronoun ("“…,” he said"), `_opening_pronoun_just_before`."""
_LOWER_ASIDE_SET_OFF = re.compile(r", (?:an? |the )?[a-z][a-z-]*(?: (?!and\b|who\b|which\b)[\w'-]+){0,7}, (?=[a-z])")
"""An aside in lower case set off by commas right after a name that opens its sentence, before a verb in lower case
("Fernando Andres, president of the chamber, has been …", "X, vice-director of the office, briefed …"): at most eight
words, no "and" (a list of names), no relative clause."""
_DAY_SET_OFF = re.compile(r", on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?: \(\w+ \d{1,2}\))?, (?=[a-z])")
"""A weekday set off by commas right after a name, before its verb in lower case ("X, on Thursday, participated …")."""


def _nations_office_only(phrase: Phrase) -> bool:
    """Whether a title's phrase is only a nation's office, its nationality first and no name ("French President"),
    not an office of a body ("President of the European Council")."""
    return phrase.kind == "description" and phrase.country is not None and " of " not in phrase.text \
        and phrase.text.split(" ", 1)[0].lower() in NATIONALITIES


_SPELLED_STYLES = (", Honourable ", ", Honorable ")
"""The spelled-out style "Honourable" after an office's comma, before a shortened one the name's run opens with
(fivehundredeightieth sadc tax-dow: "the … Minister of International Affairs and Cooperation for the Republic of
Botswana, Honourable Dr. Unity Dow"): the run keeps "Dr. Unity Dow", the style left before it."""


def _spelled_style_before(text: str, start: int) -> int:
    """Where the office's comma before the name starting at `start` is read from: before a spelled-out "Honourable"
    the name's run leaves out (`_SPELLED_STYLES`), else the name's start."""
    if text[start - 2:start] == "e ":
        for style in _SPELLED_STYLES:
            if text.endswith(style, 0, start):
                return start - len(style) + 2
    return start


def _given_name_will_before(text: str, run: str, stop: int) -> bool:
    """Whether a run of capitals opening with "Will" (read by `name_runs.run_names` as a given name when a surname
    follows, `phrases.given_name_modal`) keeps it with the word after the run (hard77: "Will Ostermeyer, who took up
    his post …, said …"): not before a bare verb, as a question's modal is ("Will Tessaly join the union?")."""
    after = text[stop:stop + 40].lstrip(" ").partition(" ")[0]
    return given_name_modal([*run.split(), after] if after.isalpha() else run.split(), 0)
