"""Who a speech cue's subject is: the person before the verb, in an aside, after "by",
or the one just named."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from readout_tui.engine.clause_after_said import opens_the_reported_clause
from readout_tui.engine.cue_words import verb_at, verbs_in
from readout_tui.engine.fronted_links import opened_by_a_fronted_link, opened_by_a_link_or_credit
from readout_tui.engine.hope_before_comma import HOPE_FORMS, hope_opens_a_clause
from readout_tui.engine.host_saying import saying_after_a_place_welcomed_to
from readout_tui.engine.lexicon import (
    IT_JUDGED,
    MONTH_NAME_PATTERN,
    MONTHS,
    PEOPLE_NOUNS,
    POST_NOMINAL_LETTERS,
    REMARKS_ADJECTIVES,
    ROLE_WORD_SET,
    ROLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    WEEKDAYS,
)
from readout_tui.engine.name_offices import (INITIALS_IN_BRACKETS, OFFICE_ASIDE, before_initials_and_place, is_body_aside,
                                               is_office_aside, office_with_listed_remit_before, past_a_dateline,
                                               past_letters, portfolio_list_before)
from readout_tui.engine.name_runs import PERSONAL_STYLES, has_honorific
from readout_tui.engine.narrative_then_speaker import act_clause_before
from readout_tui.engine.office_aside_bodies import past_the_offices_body
from readout_tui.engine.people import Person, roles_compatible
from readout_tui.engine.phrases import (
    _PLURAL_ROLES,
    BODY_BEFORE_AND,
    DETERMINERS,
    ROLE_TOKENS,
    WORD_SURNAMES,
    Phrase,
    kin_aside,
    phrase_ending_at,
    phrase_opening,
    phrase_starting_at,
    surname_after_a_first_name,
    tokens,
    topic_word,
)
from readout_tui.engine.sentence_patterns import (
    PHOTO_NOTE,
    SAYING_THAT_FORMS,
    INVERTING_VERBS,
    APPOSITIVE_HEAD,
    DESCRIBING_ASIDE,
    DESCRIBING_ASIDE_REACH,
    INTRO_WORDS,
    OUTLET_REPORTING,
    PASSIVE_BY,
    PLURAL_NOUN_FORMS,
    SPEAKING_PARTICIPLES,
    WORDS_AHEAD,
    WRITING_TO,
    Cue,
    office_initials,
    lone_word,
    looks_like_verb,
)
from readout_tui.engine.stray_time_comma import day_word_before_stray_comma, subject_may_follow
from readout_tui.engine.text_steps import back_over, skip_space, word_back
from readout_tui.engine.time_clause_speech import TIME_WORDS, in_a_time_clause_after_the_main


_JOINERS_OF_A_SPEAKERS_CLAUSE = (", and ", ", while ", ", whilst ", ", whereas ")
"""What joins a second speaker's clause to the first's, right before its subject (`_named_before_aside`'s use)."""
_WHILE_THE_OFFICE = re.compile(r"\b(?:whil(?:e|st)|whereas)\s+(the\s+[^,;.]{2,70}),\s*$")
"""'…, while the dean of the diplomatic corps, ' (or "whilst") before a name set off as the office's holder."""
_HONOURS = (" majesty", " excellency", " highness")
_REPLY_RELATIVE = re.compile(r",\s+(?:to|on|in\s+(?:response|reply)\s+to)\s+which\Z")
"""Before a reply's subject: ", to which ", ", on which ", ", in response to which " (the reply clause, `_subject_cue`)."""
_REPLY_STEMS = ("respond", "replie", "reply", "answered", "expressed")
"""A reply's verbs: replying, or expressing a stance on what was put ("…, on which Y expressed his understanding")."""
_ON_WHICH = re.compile(r",\s+on\s+which\Z")
"""Before a subject: ", on which " on a matter set off after the clause ("…, the dispute over the dam, on which Mr. Y
said his Government would accept …"): "which" is the preposition's, not the verb's object, so what the verb says is
the clause after it, the person's own statement (`_subject_cue`, beside the reply's `_REPLY_RELATIVE`)."""
_LOWER_BODY_OF_OFFICE = re.compile(r" of (?:the )?[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}")
"""The body, in lower case, that closes an office in apposition before its comma (", deputy head of the delegation,",
", deputy minister of trade,"): `phrase_starting_at` ends the lower-case office before "of"."""
_DO_SUPPORT = re.compile(r"\b(?:did|does)\b")
"""A "do" among the fillers before a plain form: the form is a verb ("did not rule out")."""
_NEGATED_DO = re.compile(r"\b(?:did|does|do)\s*(?:not|n[’']t)\b")
"""A negated "do" among the fillers before a plain form ("did not say", "doesn't say")."""
_LEFT_UNSAID_FORMS = frozenset({"say", "specify", "disclose", "reveal", "elaborate", "explain", "indicate", "mention"})
"""Plain forms of telling whose negation before a question word leaves the matter untold (`_LEFT_UNSAID`)."""
_LEFT_UNSAID = re.compile(r"\s+(?:on\s+)?(?:how|whether|if|what|when|where|why|who|which)\b")
"""(eighthundredseventyseventh manilashimbun 2021-10-25: "Frasco did not say how Marcos replied to Duterte-Carpio's
question."; "X did not say whether …", "did not specify when …", "did not elaborate on what …") a question word right
after a negated verb of telling: what the speaker left untold, the writer's note on the report, no words said (as
"declined to comment"); not "did not say that …" (a denial's wording, left as it reads)."""
_TOLD_AFTER_A_COMMA = re.compile(r",\s+(?:(?:but|only|instead|however)\s+)*(?:saying|adding|noting|stressing|explaining"
                                 r"|insisting|stating|pointing|remarking|assuring|urging)\b")
"""A comma and a participle of telling after what was left untold ("X did not say when the berth would open, adding
that the contractors had been paid", "…, saying only that …"): the words after it are the speaker's, so the sentence
is still his (`_left_unsaid_alone`)."""


def _left_unsaid_alone(text: str, lo: int, pos: int, vs: int, ve: int, hi: int) -> bool:
    """Whether the plain form at text[vs:ve], "do" among the fillers text[pos:vs], is a negated verb of telling before a
    question word (`_LEFT_UNSAID`) that holds the whole sentence text[lo:hi]: no speech verb before it ("Although
    stating that …, the Governor however did not say how many …", the 951st: the words stated his) and no " but "
    after it ("He did not disclose what transpired … but said that …", the 777th: what he said his), nor a comma and a
    participle of telling (`_TOLD_AFTER_A_COMMA`: "…, adding that …"). Then the sentence is no one's: a cue with no one
    for its subject, which keeps a verb inside the question ("how Marcos replied") from speaking. Bounded: two
    anchored matches, one search of the fillers and one of the sentence after the verb, a scan of the words before
    the verb."""
    if _LEFT_UNSAID.match(text, ve, hi) is None or _NEGATED_DO.search(text, pos, vs) is None:
        return False
    return text.find(" but ", ve, hi) < 0 and next(verbs_in(text, lo, vs), None) is None \
        and _TOLD_AFTER_A_COMMA.search(text, ve, hi) is None
_PERFECT_HAVE = re.compile(r"\b(?:has|have|had)\b")
"""A perfect's "have" among the fillers before "given": the participle is the verb of its clause ("The Governor of X,
Y, has given insight into …"), as "did" makes a plain form one."""
_SPOKEN_IN_A_WHO = "who "
"""The relative before a perfect's "spoken" (eighthundredninetyeighth standard 2020-03-02: "His … counterpart X, who has
often spoken against BBI, now seems to have changed tune …"): what the person has long said, told of him in the
clause that describes him, not the sentence's report; the participle, read since the 952nd, speaks only in a main
clause ("X, Y, has spoken about …")."""
_PARTICIPLES_OF_A_PERFECT = frozenset(("given", "spoken"))
"""The participles, no past form, that a perfect's "have" (`_PERFECT_HAVE`) makes the verb of their clause after an
apposition's comma: "given" (ninehundredthirtysixth) and "spoken" (ninehundredfiftysecond kenyanpost 2021-02-09:
"Migori Governor, X, has spoken about Monday’s embarrassing incident …", as "has said"); not alone ("the spoken
word", "the support given to …")."""
_SPEECH_BY_OPENING = re.compile(
    r"(?:(?:However|Meanwhile|Later|Earlier|Also),\s+)?(?:[Ii]n|[Dd]uring)\s+(?:a|an|the)\s+"
    r"(?:(?!(?:to|of|the|on|at|for|with|and)\s)[a-z-]+\s+){0,2}"
    r"(?:address|speech|remarks|statement|message|response|reply|presentation)\s+by\s+")
"""A fronted phrase of a speech and who gave it, before a pronoun that opens the clause (ninehundredninetyfirst adomonline
2021-07-25: "However, in a short address by the Western North Regional Minister, Richard Ebbah Obeng, he assured that
…"): the pronoun is the one "by" names, not the one spoken of before (`_maker_of_an_opening_speech`). Adjectives only
between the article and the speech's noun ("In his response to the address by X, he …" is another's reply)."""


def _maker_of_an_opening_speech(text: str, lo: int, pronoun: Phrase) -> Phrase | None:
    """The person named right after "by" in a fronted "In a short address by X, " (`_SPEECH_BY_OPENING`) that runs
    from `lo` to the comma before `pronoun`, or the name in commas after a description there ("by the Regional
    Minister, X, he …"); None when other words follow the maker (review rf19: "In a speech by X at the dinner for
    Senator Y, he …", "In a message by X, read by his deputy Y, he …": Y no maker). Bounded: one match from `lo`,
    only when the opening is short (180 characters)."""
    if pronoun.start - lo > 180:
        return None
    opening = _SPEECH_BY_OPENING.match(text, lo, pronoun.start)
    if opening is None:
        return None
    comma = text.rfind(",", opening.end(), pronoun.start)
    if comma < 0 or text[comma + 1:pronoun.start].strip():
        return None
    maker = phrase_ending_at(text, opening.end(), comma)
    if maker is None or not maker.is_person or maker.kind not in ("name", "description"):
        return None
    if maker.start > opening.end():
        # (only the description's name in commas: the words between "by" and it one person's description)
        before = text.rfind(",", opening.end(), maker.start)
        if maker.kind != "name" or before < 0 or text[before + 1:maker.start].strip():
            return None
        described = phrase_ending_at(text, opening.end(), before)
        if described is None or described.start != opening.end() or not described.is_person:
            return None
    return maker


_TOPIC_OPENINGS = ("Referring to ", "Pointing to ", "Commenting on ", "Speaking of ", "Speaking about ", "Alluding to ",
                   "Touching on ", "Touching upon ", "Turning to ", "With reference to ", "In reference to ",
                   "When asked ", "Asked about ", "Asked if ", "Asked whether ", "When questioned ", "Questioned about ")
"""Openings of a sentence that name what its subject speaks about ("Referring to X’s visit, he said …"), or the
question put to its subject (ninehundredfortyseventh gma: "When asked if the Palace was behind Ejercito's ouster …, he
said, “…”": the one asked answers, not the one the question is about): a possessor inside them is the topic's, not the
pronoun's after their comma."""
_OWN_TURN_ASIDE = re.compile(r", (?:(?:for|on) (?:his|her) part|in (?:his |her )?turn)"
                             r"(?: (?:during|in|at) the (?:[a-z-]+ ){0,2}(?:talks?|call|conversation|meeting))?, ")
"""A name's own-turn aside before its verb, with when he spoke at most ("X, for his part during the phone talk,
pointed to … and called for …"): the name is the sentence's subject, whatever its first verb."""
_EMPHATIC_DO = re.compile(
    r"(?<=\s)(?:did|does)\s+(?:also\s+|indeed\s+|nonetheless\s+|nevertheless\s+)?(?:say|stress|note|mention|emphasi[sz]e|"
    r"underline|underscore|highlight|point\s+out|express|thank|warn|acknowledge|welcome|praise|raise|call\s+(?:on|for)|"
    r"urge|ask|add|assure|reaffirm|reiterate|confirm|propose|suggest|voice|convey|recall|insist|admit)\b"
    # ("Ms X did not agree that the talks had failed", "does not believe that …", "did not accept that …": a
    # view stated in the negative, as "did not exclude …"; not "did not comment on …", "did not say whether …")
    r"|(?<=\s)(?:did|does)\s+not\s+(?:believe|agree|accept|consider|expect|doubt|dispute)(?=\s+(?:that|with|it)\b)")
"""An emphatic "did"/"does" and a speech verb's plain form ("did stress that …"), or a verb of holding a
view negated ("did not agree that …"); the plain forms are no cue words ("stress", "note" are nouns too)."""
_LETTERS_BEFORE = re.compile(r"(?:, (?:" + "|".join(POST_NOMINAL_LETTERS) + r")){1,3}$")
"""Honours' or members' letters between a name and its aside's comma ("X, JP, who …"), `POST_NOMINAL_LETTERS`."""
_AGE_BEFORE = re.compile(r", \d{1,3}$")
"""A person's age set off by commas between a name and its aside's comma (ninehundredthirtyfifth thestar 2014: "Ahmad
Razif, 49, who was sworn-in as Terengganu Mentri Besar on May 12, said …"): no part of the aside, the name before it
speaks, as with the age alone ("X, 49, said")."""
_ASIDE_BEFORE_DO = re.compile(r",\s*(?:however|though|nonetheless|nevertheless|in\s+turn|for\s+(?:his|her)\s+part|indeed),$")
"""An aside set off by commas between a subject and its emphatic "did" ("The President, however, did …")."""
_INFINITIVE_ENDS = re.compile(r"\bto (?:help )?$")
"""The "to" of an infinitive right before its verb ("to visit", "to help rebuild"): the name after that verb
is its object (`_object_of_verb`)."""
_CLEFT_OF_A_PURPOSE = re.compile(r"It\s+is\s+(?:in|with|for|to|on|against)\s+(?:this|that|the)\s+[a-z]+"
                                 r"(?:\s+[a-z]+)?\s+that")
"""A cleft that fronts the aim or the spirit of what its clause's subject says (hard93, a Ghanaian press's form: "It is in
this direction that the Minister, Mr. X, is appealing to the assemblies to …", "It is with this in mind that …"): its
"that" opens no clause of another's: the clause after it is read as the sentence, its progressive's subject the speaker
(`_progressive_subject`)."""
_NOT_BEFORE_A_PROGRESSIVE_SUBJECT = frozenset(
    "to of for with by from on about at into than as who whom which that whose and or".split())
"""Words before a person that make him no progressive's subject ("the letter to X is asking …", "…
and X were urging": a pair; "…, who …": a relative clause)."""
_IRREGULAR_PAST = frozenset("said told thought spoke drew paid gave sent laid felt set put made left found "
                                  "took threw brought undertook came dwelt held spelt"
                                  # (hard21: "The Vesland leader, who has made …, went on to call …", "X, 47,
                                  # kept his guest abreast of …": past forms after an aside, not nouns)
                                  " went kept sought struck wound"
                                  # (hard55: "Ambassador X took the podium and began by welcoming the guests": the
                                  # subject's second verb after "and", a past form as "opened")
                                  " began"
                                  # (hard72: "In a message to the Speaker …, the President of the … parliament, Mr. X,
                                  # wrote that …": a past form after the name's closing comma, never a noun)
                                  " wrote".split())
POST_NOMINALS = frozenset({"GCSK", "GCMG", "KCMG", "CMG", "GCB", "KCB", "CB", "GBE", "KBE", "DBE", "CBE", "OBE", "MBE",
                           "GCVO", "KCVO", "CVO", "KG", "KT", "CH", "OM", "PC", "QC", "KC", "SC", "FRCS", "FRCP", "FRS",
                           "PhD", "DPhil", "MD", "LLD", "DSc"})
"""Letters of honours and degrees written after a name and a comma ("Hon. Ravindra Doorgah, GCSK, FRCS,", styles10
mascarena_pmo): no one's name."""


_BRACKET_AFTER_A_NAME_REACH = 40
"""How far back a bracket that closes right before an aside's comma or a "who" may open (`_before_a_bracket`)."""


def _before_a_bracket(text: str, lo: int, end: int) -> int:
    """Where the words before a short bracket that closes at text[end - 1] end ("Southwestern President Abdiaziz Hassan
    Mohamed (Laftagareen) who accompanied …, outlined …", "Minister X (PDP), who attended the meeting, said …",
    eighthundredeighteenth somalidispatch): the nickname or party in brackets is no part of the name the aside or the
    relative clause follows, so the name is read before it; `end` itself when no such bracket closes there. Guarded by
    the closing bracket, then an `rfind` and two `find`s within `_BRACKET_AFTER_A_NAME_REACH` characters."""
    if text[end - 1:end] != ")":
        return end
    opening = text.rfind("(", max(lo, end - _BRACKET_AFTER_A_NAME_REACH), end)
    if opening <= lo or text.find(")", opening, end - 1) >= 0 or text.find(",", opening, end) >= 0:
        return end
    before = back_over(text, lo, opening, " ")
    return before if before < opening else end


def _named_before_a_bracket(text: str, lo: int, end: int) -> Phrase | None:
    """The person named right before a short bracket that closes at text[end - 1], with no comma after it, before a
    stance's words (ninehundredninetythird thesun 2023-03-15: "Negeri Sembilan Pakatan Harapan (PH) chairman Datuk
    Seri X (pix) is confident that …"; "Minister X (PDP) is optimistic that …"): a paper's note on the photograph or
    a party's letters (`_before_a_bracket`), no part of the subject, as the speech verbs' subjects read them; None when
    no bracket closes there or no person's name ends before it ("The Authority (NDA) is confident that …", a body), nor
    when the name is the last of two joined by "and" or "or" (review rf19: "Senator X (left) and Senator Y (right) are
    confident that …", a group)."""
    before = _before_a_bracket(text, lo, end)
    if before == end:
        return None
    named = phrase_ending_at(text, lo, before)
    if named is None or not named.is_person or _JOINED_BEFORE.search(text, max(lo, named.start - 5), named.start):
        return None
    return named


_JOINED_BEFORE = re.compile(r"(?:\band|\bor|&) \Z")
"""A conjunction right before a name (`_named_before_a_bracket`): the name the last of a group, not a subject alone."""


def _before_post_nominals(text: str, lo: int, phrase: Phrase | None) -> Phrase | None:
    """The phrase before the letters of honours and degrees that `phrase` is, if it is (each after a comma),
    else `phrase`: styles10 mascarena_pmo, "The Prime Minister, Hon. Ravindra Doorgah, GCSK, FRCS, called on …"
    is the name's, not "FRCS"'s; so before a party's letters set off after a person's whole name
    (`_looks_like_party_letters`)."""
    while phrase is not None and phrase.kind == "name" and text.startswith(", ", phrase.start - 2):
        if phrase.text in POST_NOMINALS:
            phrase = phrase_ending_at(text, lo, phrase.start - 2)
        elif _looks_like_party_letters(phrase.text) \
                and _is_whole_name(before := phrase_ending_at(text, lo, phrase.start - 2)):
            phrase = before
        else:
            break
    return phrase


STAFF_COURSE_LETTERS = frozenset({"psc", "ndc", "fdc", "mni", "rcds", "afwc", "hdmc", "pdsc", "jsc", "lsc"})
"""A staff college's or defence course's letters, in lower case, written after an officer's name and his decorations'
capitals ("The new Defence Attaché, Captain X, USP psc, thanked …", "Rear Admiral Y, RSP ndc psc, said …": navies' and
armies' pages, hard65): no one's name."""


def _before_course_letters(text: str, lo: int, end: int) -> int:
    """`end` moved back to the comma before the letters of a staff course (and decorations' capitals with them) that
    end at `end` (", USP psc"), if they do; else `end` (a cheap test first: the last word one of the course letters)."""
    space = text.rfind(" ", lo, end)
    if text[space + 1:end] not in STAFF_COURSE_LETTERS:
        return end
    comma = text.rfind(",", lo, space + 1)
    if comma <= lo or not all(word in STAFF_COURSE_LETTERS or _looks_like_party_letters(word)
                              for word in text[comma + 1:end].split()):
        return end
    return comma


def _looks_like_party_letters(word: str) -> bool:
    """A party's capitals (two to five letters) set off by commas after a person's whole name ("The Groupe’s
    president, Guénhaël Huet, UMP, discussed …": Huet's words, not "UMP"'s; `_before_post_nominals` takes them
    only after a whole name, not after an organisation: "The International Monetary Fund, IMF, has …")."""
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _is_whole_name(phrase: Phrase | None) -> bool:
    """Whether `phrase` is a person's name of more than one word (given and family)."""
    return phrase is not None and phrase.kind == "name" and len(phrase.name) > 1


_OPINION_PRESENT_FORMS = frozenset(("considers", "deems", "finds", "believes", "thinks", "regards"))
"""Present forms of a view held that may take "it" and a judging word for their that-clause ("considers it essential
to …", `_present_after_opening_apposition`)."""
_IT_JUDGED_NEXT = re.compile(IT_JUDGED)
_FRONTED_TURN = re.compile(r"(?:In\s+(?:his|her)\s+turn|For\s+(?:his|her)\s+part|In\s+(?:response|reply)),\s+")
"""A linking aside that opens the sentence before its subject ("In his turn, X, who …, considers that …")."""
_CITY_DASH_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2} [-–—] ")
"""A city's dateline set off by a dash before the office that opens a sentence ("Malabo - The president of …, X,";
`_named_in_apposition`)."""
_OFFICE_OF_A_LONG_PLACE = re.compile(r"\s+of\s+(?:(?!(?:is|are|was|were|has|have|had|who|which|that)\b)[^,;:.“”\"\s]++\s*+){1,12}")
"""The complement of the office that opens a sentence, a place written at length, with no verb or relative word in it
("The President of the autonomous Papua New Guinea province of Bougainville, Joseph Kabui, says …": read backwards the
office's phrase is only "Bougainville"; `_named_in_apposition` reads the office forwards from the sentence's start
then). Each word is taken whole (possessive `++`, `*+`): with `+` and `*` a word could be cut into pieces in every
way, and a place that failed at a stop or a verb late in it ("… province which was created in 1975, X, says") was
tried all those ways, minutes for one sentence; a word cut gains no match, its first piece is the word's start."""
_FRONTED_APPOSITION = re.compile(r"An?\s+[^,;:.“”\"]{2,80},\s+")
"""A describing phrase that opens the sentence before the office and the name ("A former Chief
Constable of the capital, the Home Secretary, Dame Ruth Halloran, was clear that …", hard19)."""
_IN_ALL = ("All told,", "All in all,")
"""Openings that sum up, not a group ("All told, this applied to over 200 acts")."""
_SOON_AFTER = ("Not long after ", "Soon after ", "Shortly after ",
               "Not long before ", "Shortly before ", "Soon before ")
"""Openings of a time phrase whose first word is an adverb, not a preposition of `INTRO_WORDS` (sixhundredth
theborneopost anwar-blessing-hajiji: "Not long after his departure from … hotel, Bung had also emerged from the
meeting room and told the media that …"): the subject after the comma, as after "After …,"."""
_HEAD_OF_BACK = re.compile(r"\b(?:[Tt]he\s+)?(?:[Hh]ead|[Ll]eader)\s+of\s+$")
"""The words "the head of" or "the leader of" just before a subject read as a thing ("The head of the delegation
assured …"; styles54 "The leader of the delegation appreciated the efforts of TBOI …"): who leads it is the subject
(`_head_of_what`)."""
_THE_REPRESENTATIVE_OF_BACK = re.compile(r"\b[Tt]he\s+representative\s+of\s+$")
"""The words "the representative of" just before a subject read as a thing, a body's lower-case noun ("The
representative of the embassy said …", hard78): the one named beside that body is the subject
(`_representative_of_a_bodys_noun`)."""
_SAID_ASIDE = re.compile(r",\s+(?:(?:he|she)\s+said|in\s+(?:his|her)\s+(?:view|opinion)),\s$")
"""A cue set off by commas inside a reported sentence ("invited companies to invest in lithium, sectors in which, he
said, Platania offers "enormous opportunities"", styles7 platania_casa_rosada; "said that, in his view, …"): the
clause after it is what he said, its untitled name and verb no cue of their own."""
_SAID_ASIDE_ENDS = (" said, ", " view, ", " opinion, ")
_ASIDE_CUE_AFTER = re.compile(r"(?:\s+(?:him|her))?\s*[,.]")
"""After a pronoun's cue set off by a comma ("…, he said, to consider …", "…, she told him, to …"): a comma or the end."""
_VOICE_OF_A_PERSON = re.compile(r"(?:[Hh]is|[Hh]er)\s+(?:office|press\s+office|press\s+service)")
"""A person's office, which speaks for the person, no one of its own ("Ms Varga, her office said, understood …"; not
"the spokesperson", a person: hard22 tadrovia_chancellor_birthday_letter's "The President, the spokesperson added, has
accepted an invitation …" is the spokesperson's statement)."""
_QUOTE_MARKS = ('"', "“", "”", "«", "»")
_BLESSING = re.compile(r",\s+(?:[Mm]ay\s+(?:God|Allah)|God\s+(?:bless|save|keep|protect))\s[^,.;]{1,40},")
"""A formula of blessing set off by commas after a sovereign's name ("His Majesty the King, May God glorify Him,
reiterated …", styles7 maghrel_royal_cabinet): an aside, the verb after it the sovereign's."""


_GIVEN_AFTER = re.compile(r"\b(?:was|were|been|be|being|is|are|has|have|had)\s+(?:also\s+|already\s+|now\s+)?$")
"""The words "given" speaks after: a passive's ("The order … was given by X") or a perfect's
("The President has given instructions to …"); not a participle on its own."""

_GERUND_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|for|of|on|in|by|about|towards|without|from)\s+[a-z]+ing\b[^;:.!?]*\s$")
"""A gerund a preposition governs, and the words after it up to an "and" (`_cue_at`: "… to
strengthening relations between A and B and guaranteeing stability"; the "and" of the gerund
pair is the last word before the search's end)."""
GERUND_PAIR_REACH = 160
"""How far before the "and" such a gerund may stand (characters)."""

_FRONTED_REPLY = re.compile(r"(?:In\s+(?:response|reply|turn|return)|For\s+(?:his|her)\s+part|At\s+the\s+outset"
                            r"|In\s+(?:his|her)\s+(?:response|reply|turn)"
                            r"|(?:On\s+the|Regarding|Concerning|As\s+(?:for|regards))\s+[a-z][^,;:.“”\"]{0,60})\s*,\s*")
"""A short adverbial that opens a sentence before its subject, as a participle clause does (hard20: "In
response, the Marovian Prime Minister, whose country holds …, expressed …"); a topic too (styles10
lorvania_state_ministry: "On the international situation, the Prime Minister, Minister of State, reiterated …")."""
_FRONTED_IN_HIS = re.compile(r"(?:In|At|During)\s+(?:his|her|the|a|an|its)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s+")
"""A short phrase of where in a message or meeting that opens the sentence before its subject and the subject's asides
(`_subject_before_asides`; sevenhundredfortieth chinamil: "In his message, Xi, on behalf of the Chinese government and
people, and in his own name, expressed deep grief …")."""
_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,;:.“”\"]{0,80},\s*")
"""A participle clause that opens a sentence before its subject: "Thanking him, ", "Responding to this, "."""
_FRONTED_WHILE_PARTICIPLE = re.compile(r"(?:While|Whilst|When|After|Before)\s+[a-z]+ing\b[^,;:.“”\"]{0,80},\s*")
"""A participle clause after a time word that opens a sentence before its subject: "While noting that X was …, ",
"After meeting the delegation, " (`_past_a_fronted_participle`)."""
_FRONTED_ASKED = re.compile(r"Asked\s+(?:whether|if|about|by|what|how|why|when)\b[^,;:.“”\"]{0,100},\s*")
"""The question put to the subject, a past participle clause that opens the sentence as `_FRONTED_PARTICIPLE`'s does
(hard78: "Asked whether the gauge question could delay the talks, the spokesman, who has held the post since 2023,
said …")."""

_GLAD_TO = re.compile(r"(?:(?:was|is|were|are)\s+(?:also\s+)?(?:pleased|glad|happy|proud|delighted)|continues|continued)"
                      r"\s+to\s+$")
"""Before a speech verb, what makes its infinitive the speaker's act: "continues to call on",
"was pleased to share" (the verbs whose plain form is a cue word: see ALL_SPEECH_VERBS)."""
_AS_SAYING_AFTER_QUOTED = re.compile(r"(?:\s+(?:by|in)\s+(?:the\s+)?[^,.;:“”\"]{1,60}?)?\s+(?:as\s+(?:saying|having\s+said|telling|"
                                     r"stating|remarking|calling|describing)|saying)\b")
"""After "X was quoted", what makes the words X's: "as saying …", "by the news agency as saying …", a bare "saying …"
("X was quoted saying that …", the same with no "as"), and the report that carries them (eighthundredtwentysecond
theborneopost 2024-03-04: "He was cited in a Sarawak Public Communications Unit (Ukas) report as saying that …")."""
_CITED_FORMS = ("cited", "cites")
"""Forms of "cite" that name the one cited as saying the words ("CNA cited her as saying", "X cites Y as saying"), as
"quoted Y as saying" (`_cue_at`; only with "as" and a speech verb's -ing after the one cited)."""
_QUOTED_FORMS = frozenset({"quoted", "cited", "reported"})
"""Past forms that `_AS_SAYING_AFTER_QUOTED` turns into the subject's words: "X was quoted / cited / reported as saying"."""
_KNOW_FORMS = frozenset({"know", "knows", "knew"})
_OWN_WORDS_VERBS = frozenset({"expressed", "expresses", "reaffirmed", "reaffirms", "reiterated", "reiterates",
                              "conveyed", "conveys", "voiced", "voices", "restated", "restates", "shared", "shares"})
"""Verbs whose "his"/"her" right after them is the subject's own: "expressed her gratitude"
(not "thanked her", "offered her help": an object)."""
_OWN_GIFT = re.compile(r" (?:his|her) (?:deepest |sincere |heartfelt |warmest )?(?:condolences|congratulations|sympath)")
"""(eighteenth styles orsenia president call merovia) "The President offered his condolences": after a verb such as
"offered", "his"/"her" before condolences or congratulations is the subject's own too (no one offers them to a "him")."""
_PARTICIPLE_PLACE_WORDS = (" at ", " in ", " during ", " on ")
"""What follows a past participle used on a noun ("the doctrine … announced at the congress")."""
_OBJECT_PREPOSITIONS = frozenset({"by", "with", "to", "for", "of", "from", "on", "at", "about",
                                  # (hard71: "… asked about the fishermen detained off Cap Morain, and the Prime Minister
                                  # promised …": a place after a preposition of place, no half of a pair's subject)
                                  "off", "near", "outside"})
_OPENING_PLACE_PREPOSITIONS = _OBJECT_PREPOSITIONS | {"in", "across", "throughout", "during", "after", "before"}
_PLACES_OBJECT_PREPOSITIONS = _OPENING_PLACE_PREPOSITIONS | {"between", "into", "towards"}
"""Prepositions whose object ends a passive's subject that is a thing ("a ferry line between X and Y was welcomed by
…"), not the people welcomed (`SpeechSubjects._guests_welcomed_by`)."""


def _two_offices_of_one(text: str, group: Phrase) -> bool:
    """Whether a "group" before a name's comma is two offices of one holder, joined by "and" with no article after it
    (four-hundred-seventy-fourth sierraleone_mofaic envoys-farewell-minister: "The Director General and
    Ambassador-At-Large, Mr. X wished …"): an office, no name, before "and"; not "The HR/VP Federica Mogherini and
    Iranian Foreign Minister, Javad Zarif …", a name before it, nor "the Minister and the Ambassador, …", two."""
    joint = text.find(" and ", group.start, group.end)
    if joint < 0 or text.startswith(_ARTICLES_AFTER_AND, joint + 5):
        return False
    first = phrase_ending_at(text, group.start, joint)
    return first is not None and first.kind == "description" and first.start == group.start


_POSSESSIVE_AND_WORDS_TO_END = re.compile(r"[’']s(?:\s+[a-z]+){1,3}\Z")
"""A possessive and up to three lower-case words closing an office before a name's comma ("the Chairman of the
Taskforce's technical committee"), which the office's reading from its end does not take."""


def _office_after_and_before_a_possessive(text: str, lo: int, end: int) -> Phrase | None:
    """The office after the last " and " before a name's comma at `end` when it is read only from its start, a
    possessive and lower-case words closing it (hard94: "The Deputy Governor and the Chairman of the Taskforce's
    technical committee, Eng. Y, told …": "the Chairman of the Taskforce"), for `_office_and_an_office_with_its_article`
    to weigh; None when no such office stands there. Bounded: the clause before the comma."""
    joint = text.rfind(" and ", lo, end)
    if joint < 0 or _POSSESSIVE_AND_WORDS_TO_END.search(text, joint, end) is None:
        return None
    office = phrase_starting_at(text, joint + 5, end)
    if office is None or office.kind != "description" or office.start != joint + 5:
        return None
    return office


def _office_and_an_office_with_its_article(text: str, lo: int, first: Phrase, second: Phrase) -> bool:
    """Whether `first` and `second`, joined by "and" before a name's comma, are two holders of whom the name is the
    second's, the office after "and" with its own article (hard94: "The Deputy Governor and the Chairman of the
    Taskforce's technical committee, Eng. Y, told reporters …"): the two speak together, as `_two_offices_of_one`'s
    "the Minister and the Ambassador, …" says; not "Governor and Chairman of the Taskforce, Dr. X, said …" (no article
    after "and": one holder's two offices), nor a first phrase after a lower-case word or an opening preposition ("At
    the meeting of the Council and the Board, Mr. X said …")."""
    return first.is_person and first.kind in ("name", "description") and second.is_person and bool(second.role) \
        and text.startswith(_ARTICLES_AFTER_AND[:2], second.start) \
        and not any(word[0].islower() for word in text[lo:first.start].split()) \
        and not _opens_with_a_preposition(text, lo, first.end)


_INITIALS_IN_BRACKETS_AT_END = re.compile(r"\s*\([A-Z]{2,8}\)\Z")
"""An office's initials in brackets right after it ("the Deputy Prime Minister (DPM)"), read from its end."""
_ARTICLES_AFTER_AND = ("the ", "The ", "his ", "her ", "their ", "a ", "an ")


_WHEN_AND_WHERE_ASIDE = re.compile(r",\s+(?:on|in|at)\s+[^,;:.!?()\[\]\x22“”]{1,80}"
                                   r"(?:,\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?,\s+")
"""A day, a place or both set off by commas after a subject, a capitalised place after a second comma ("…, on 9 July
2020 in the capital of the Kingdom of Saudi Arabia, Riyadh, held …")."""


_ON_A_DAY_AFTER_A_NAME = (", on", ") on", ", late on", ", early on", ") late on", ") early on")
"""What stands before a weekday between the comma that closes a name's apposition and the verb: "X, on Thursday told
…", "Dr. X, late on Monday told the committee …" (hard93, a Kenyan daily's time of the day's close, as "last night"):
the day one spoke, stepped over (`_skip_fillers_back`)."""
_PARTS_OF_A_WEEKDAY = frozenset({"morning", "afternoon", "evening", "night"})
"""The parts of a day that may follow its weekday between a subject and its verb ("X, on Wednesday night described …",
"X on Tuesday morning said …"): `_weekday_before_its_part`."""


def _weekday_before_its_part(text: str, lo: int, part: int) -> tuple[int, int] | None:
    """The capitalised weekday right before the part of the day at `part` ("Wednesday" of "on Wednesday night"), when
    "on" or the comma closing a name's apposition stands before it (the tests `_skip_fillers_back` makes of a weekday
    before a verb), else None: the part is when the weekday's speaker spoke, no word of the subject."""
    day = word_back(text, part - 12 if part - 12 > lo else lo, part)
    if day is None or not text[day[0]].isupper() or text[day[0]:day[1]].lower() not in WEEKDAYS:
        return None
    return day if text.endswith((" on", ","), lo, day[0] - 1) else None


_ON_A_WEEKDAY = re.compile(r" on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?= [a-z])")
"""A weekday with no comma after it between an office holder's closing comma and the verb (`_cue_at`)."""


def _when_and_where_aside_end(text: str, comma: int, hi: int) -> int | None:
    """Where an aside of when or where set off by commas right after a subject ends (after its closing comma and
    space), or None; a cheap look at the word after the comma first."""
    if not text.startswith((", on ", ", in ", ", at "), comma):
        return None
    aside = _WHEN_AND_WHERE_ASIDE.match(text, comma, hi)
    return aside.end() if aside is not None else None


def _comma_of_a_weekdays_date(text: str, lo: int, comma: int, end: int) -> bool:
    """Whether the comma at `comma` parts a weekday from its date ("on Monday, 11 July", "on Monday, July 11"), no
    aside's comma (sixhundredeleventh saeima 2022-07-11: "X, Deputy Speaker of the Saeima, while addressing the
    Honorary Consuls … on Monday, 11 July, thanked them …": the aside runs on over the date). Cheap tests first: the
    letter before the comma, then the weekday, then the date's first word."""
    if text[comma - 1] != "y":
        return False
    day = word_back(text, lo, comma)
    if day is None or text[day[0]:day[1]].lower() not in WEEKDAYS:
        return False
    after = skip_space(text, comma + 1, end)
    first = text[after:end].split(None, 1)
    return bool(first) and (first[0].isdigit() or first[0].lower() in MONTHS)


def _opens_with_a_preposition(text: str, lo: int, end: int) -> bool:
    """Whether the sentence's first word, before `end`, is a preposition ("In Ostra and Brisk, …", "In Ostra, Velm,
    and Brisk, …"): the names after it are where or when, no subject of the clause."""
    words = text[lo:end].split(None, 1)
    return bool(words) and words[0].lower() in _OPENING_PLACE_PREPOSITIONS


_FRONTED_TIME = re.compile(r"(?:This (?:week|morning|afternoon|evening)|Today|Yesterday"
                          r"|On the \d{1,2}(?:st|nd|rd|th) of [A-Z][a-z]+"
                          # (hard87: "On the first day, the Governor of this province met …. He has discussed …")
                          r"|On the (?:first|second|third|last|final|following|next) day"
                          r"|On (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening))?"
                          r"|(?:Earlier|Later)(?: (?:in the|that) (?:day|morning|afternoon|evening))?|Afterwards"
                          r"|Subsequently),? (?=the [A-Z])")
"""A time of the week or day that opens the sentence before an office's "the" ("This week the Foreign Secretary
visited …"), or its time after or before the one told (fourhundredeightieth mauritius_gis unga-bilateral-meetings:
"Earlier the Prime Minister had met Mr X, Prime Minister of Belgium. … He also expressed …"), a part of that day too
(hard82: "Later in the day, the President laid a wreath … He told journalists …": the President), a day of a visit or
of the week (hard87: "On the first day, the Governor of this province met the delegation …. He has discussed …": the
Governor, named only in the next paragraph): what `_office_opening` steps over."""
_PRONOUN_OPENS_NEXT = re.compile(r'[.!?]?[”"’]?\s*(?:He|She)\s')
"""The next sentence opens with "He" or "She", right after the sentence's end (`_office_opening`'s unnamed envoy)."""
_NAME_SET_OFF_AFTER = re.compile(r",\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+|Dr\.?\s+)?[A-Z]")
"""A name set off by a comma right after an office ("the Zarnian consul general, Tomas Varek, …"): the office is the
name's (`_office_opening`'s unnamed envoy only when none follows)."""
_PORTFOLIO_CHIEF = re.compile(r"The [a-z]{4,} chief ")
"""(fivehundredtwentyninth hksar 2019-11-01: "The finance chief also met UK Chancellor of the Exchequer Sajid Javid … .
[paragraph] He underlined …") a lower-case portfolio before "chief" opening the sentence: the office of its subject
(`people._portfolio_before_chief`), as a capitalised "The Financial Secretary" is, not the man it met after it."""
_LOWER_OFFICE_OPENING = re.compile(
    r"The (?:ambassador|governor|minister|president|chairman|chairwoman|chairperson|commissioner|secretary|envoy|mayor|"
    r"chancellor|senator|director|spokesman|spokeswoman|spokesperson|prosecutor|consul|rector|ombudsman) "
    r"(?!of\b|and\b|or\b|for\b|to\b|in\b|at\b|with\b|from\b|on\b)[a-z]")
"""(styles46 ambassador_of_callundra: "The ambassador took to social media to comment on the meeting. / “….” She
added.") a titled office in lower case opening the sentence, its verb after it: the office of its subject, as a
capitalised "The Ambassador" is (`_office_opening`), so "She" after it is that subject; not "The minister of …", "The
president and …" (the office of a body or one of a pair)."""
_UNCLOSED_OFFICE_OPENING = re.compile(
    r",\s+(?:the\s+)?(?:(?:new|newly\s+appointed|incoming|outgoing|highest|top|most\s+senior)\s+)?\Z")
"""A name's comma, then the article and a rank in time or in height that open its office in apposition, right before
the office (`_name_before_unclosed_office`; sixhundredninetieth vozdeladiaspora: "Vinicio Cerezo, highest
representative of SICA congratulated …", where the office's phrase opens after "highest")."""
_INDEFINITE_APPOSITION_LEFT_OPEN = re.compile(
    r",\s+an?\s+(?:[\w’'-]+\s+){0,4}?(?:(?-i:[a-z])[\w’'-]*"
    r"|(?:at|of|with|for|from|in)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})\s*\Z")
"""A full name's comma, then an indefinite description of its holder in lower case whose closing comma was left out
before the verb (eighthundredfortyfourth wsfa 2012: "Marine Ma, a Chinese business owner tells WSFA 12 news, "…""):
the description says who the named person is, the name the verb's subject (`_name_before_indefinite_apposition`), as
with the comma closed ("X, a Chinese business owner, tells …"). The description may end in the body its holder serves,
named in capitals after "at", "of", "with", "for", "from" or "in" (eighthundredninetyfourth watchdoguganda 2021-03-05:
"Martin Onyach, a senior Urban Specialist at World Bank told the office of the Kampala Lord Mayor that …")."""


def _name_before_indefinite_apposition(text: str, lo: int, pos: int) -> Phrase | None:
    """The full name that opens the clause at `lo` before an indefinite description left open up to the verb at `pos`
    (`_INDEFINITE_APPOSITION_LEFT_OPEN`), or None: not "The minister, a veteran of the talks, said" (no name), nor
    "X met Y, a business owner who …" (the name opens no clause there)."""
    comma = text.find(",", lo, pos)
    if comma > lo and text[comma + 1:comma + 2] in _CLOSING_MARKS:
        comma = text.find(",", comma + 1, pos)  # ("“…,” X, a supporter of Y said.": the tag's name after the quotation)
    if comma <= lo or _INDEFINITE_APPOSITION_LEFT_OPEN.match(text, comma, pos) is None:
        return None
    named = phrase_ending_at(text, lo, comma)
    if named is None or named.kind != "name" or len(named.name) < 2 \
            or named.start != skip_space(text, lo, comma) and not text.endswith(_QUOTATIONS_CLOSE, lo, named.start):
        return None
    return named


def _office_holder_from_a_place(text: str, lo: int, place: Phrase) -> Phrase | None:
    """The one person's office that opens the clause at `lo` before "from" and the place read as the phrase before the
    verb (hard94: "An outspoken Governor from the Lake region has apologised …"): where he comes from, no subject of
    its own; the office is, its holder named later maybe. Only an office (a description with a role, no group nor
    plural) with nothing, or an article and at most two lower-case words, before it ("An outspoken", "A senior"), so
    "Visitors from the Lake region" and "a letter from the region" stay as they are; None when not so."""
    holder = phrase_ending_at(text, lo, place.start - 6)
    if holder is None or holder.kind != "description" or not holder.is_person or not holder.role \
            or holder.end != place.start - 6:
        return None
    opening = text[lo:holder.start].split()
    if len(opening) > 3 or opening and opening[0] not in ("A", "An", "The") \
            or any(not word.isalpha() or not word.islower() for word in opening[1:]):
        return None
    return holder


_OPEN_DESCRIPTION_WORDS = 8
"""How many words an indefinite description left open before its verb may hold (`verb_after_an_open_description`)."""


def verb_after_an_open_description(text: str, comma: int, hi: int) -> re.Match[str] | None:
    """The speech verb right after an indefinite description that the comma at `comma` opens after a quotation's
    speaker and whose closing comma was left out (ninehundredfortyseventh inquirer: "“…,” Alan Cortez, a supporter of
    Ejercito said."), or None: the description (`_INDEFINITE_APPOSITION_LEFT_OPEN`) says who the named speaker is, as
    with its comma closed ("“…,” X, a supporter, said."). Bounded: at most `_OPEN_DESCRIPTION_WORDS` words tried."""
    at = comma + 2
    for _ in range(_OPEN_DESCRIPTION_WORDS):
        space = text.find(" ", at, hi)
        if space < 0:
            return None
        at = space + 1
        if (verb := verb_at(text, at)) is not None:
            return verb if _INDEFINITE_APPOSITION_LEFT_OPEN.match(text, comma, space) is not None else None
    return None


_CLOSING_MARKS = frozenset("”\"")
"""A quotation's closing marks, right after its comma (`_name_before_indefinite_apposition`)."""
_QUOTATIONS_CLOSE = (",” ", ',\" ')
"""A quotation's comma and closing mark, then the space before its tag's name (`_name_before_indefinite_apposition`)."""


_PREPOSITIONS_ENDING_A_DESCRIPTION = (" of ", " for ", " to ", " with ", " at ")
"""A preposition right before a name or an office: its object, no subject of the verb after it
(`_name_before_indefinite_apposition`'s description may end in one: "X, a supporter of Y said …")."""


_SPACED_DASHES = (" - ", " – ", " — ")
"""The spaced dashes that close a wire's dateline before the sentence's first word (`_name_past_a_dateline`)."""
_DATELINE_REACH = 160
"""How far back from a name a paragraph's opening dateline may start (`_name_past_a_dateline`): the longest wire
datelines ("RAMALLAH, Saturday, May 29, 2021 (WAFA) – ", "Kete-Krachi (O/R) Feb 23, GNA – ") are well within it."""


def _name_past_a_dateline(text: str, named: Phrase, comma: int) -> Phrase | None:
    """The full name that opens its sentence right after a wire's dateline (`name_offices.past_a_dateline`: in
    capitals or mixed case), the name read back from the comma at `comma` (`named`) stopping at the dateline's dash or
    running over it (ninehundredsixtyseventh gna: "Dambai (O/R), Aug. 27, GNA - Dasebre X, Omanhene of Chonke
    Traditional Area in the … District of the Oti Region has reiterated appeals for …", read back as "GNA - Dasebre
    X"): the name after the dash, whose office's closing comma was left out, speaks, as it does with no dateline
    (`SpeechSubjects._name_before_unclosed_office`); None where no dateline opens the paragraph and ends at or inside
    the name read (the caller then reads the name as before). Bounded: the paragraph's start looked for within
    `_DATELINE_REACH` characters, one dateline match there."""
    lo = text.rfind("\n", max(0, named.start - _DATELINE_REACH), named.start) + 1
    if lo == 0 and named.start > _DATELINE_REACH:
        return None
    start = past_a_dateline(text, lo, comma)
    if start == named.start:
        return named  # (the name read back stopped at the dash: "TEHRAN, Sept 2 (IRNA) – X, Minister of … has …")
    if not named.start < start < comma:
        return None
    after = phrase_ending_at(text, start, comma)
    return after if after is not None and after.kind == "name" and len(after.name) >= 2 and after.start == start \
        else None


_PLACES_COLON_BEFORE = re.compile(r"(?:\A|\n)[A-Z]{4,}:\s?\Z")
"""A paper's place in capitals and its colon opening the paragraph right before a name (eighthundredtwentyfirst,
Swaziland News: "MBABANE:Dessislava Choumelova, the European Union(EU) Ambassador …"): the name still opens the
sentence (`_name_before_unclosed_office`)."""
_UNCLOSED_OFFICE_OPENING_BODY = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:of\s+(?:the\s+)?)?){0,4}[A-Z][\w’'-]*\s?\([A-Z]{2,8}\)\s+\Z")
"""A name's comma, then the body the office belongs to with its initials in brackets, right before the office whose
closing comma was left out (eighthundredtwentyfirst swazilandnews: "Dessislava Choumelova, the European Union(EU)
Ambassador to the Kingdom of eSwatini has announced …", the office's phrase opening after the bracket): the name's
holder speaks, as after `_UNCLOSED_OFFICE_OPENING`. Only initials in capitals in the brackets."""
_UNCLOSED_OFFICE_WITH_INITIALS = re.compile(
    r",\s+the\s+(?:Ambassador|High\s+Commissioner|Envoy|Consul(?:\s+General)?|Representative)\s+of\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}\s?\([A-Z]{2,8}\)\s+to\s+\Z")
"""A name's comma, then an envoy's office of a nation named with its initials in brackets, "to" and the country of the
post right before the verb, the office's closing comma left out (eighthundredtwentyfirst swazilandnews: "Lisa
Peterson, the Ambassador of the United States of America(USA) to eSwatini said …"): the bracket cuts the office's
phrase, so the country of the post stood before the verb as its subject; the name's holder speaks
(`_name_before_unclosed_office`)."""
_CAPITALISED_RUN = re.compile(r"(?:(?:[Tt]he|[Hh]is|[Hh]er)\s+)?(?:[A-Z][\w’'&.-]*\s+)*[A-Z][\w’'&.-]*\Z")
"""Capitalised words only, an article or a possessive maybe first: the portfolios before an office's "and"."""


def _portfolios_of_one_office(text: str, phrase: Phrase) -> bool:
    """Whether a phrase read as a pair at its one "and" is one office whose portfolios the "and" joins
    (eighthundredeightysixth cajnews 2022-10-10: "Judith Ncube, the Bulawayo Provincial Affairs and Devolution
    Minister said …", a place's and two portfolios' capitalised words, then the office word): capitalised words only
    before "and", and after it a description with no name that ends the phrase, its portfolio capitalised
    ("Devolution Minister", "Industry Minister"); not "the Foreign Minister and Oran Besk" (a name after "and"), nor
    "the Trade Minister and the Industry Minister" (an article: two people). Read only where a name and its comma
    stand before the phrase (`_name_before_unclosed_office`)."""
    start = _after_the_one_and(phrase, _CAPITALISED_RUN)
    if start is None:
        return False
    right = phrase_ending_at(text, start, phrase.end)
    if right is None or right.kind != "description" or right.name or not text[start:start + 1].isupper():
        return False
    # (the portfolio the office's reading leaves out, "Industry" of "Industry Minister", capitalised too)
    return right.start == start or _CAPITALISED_RUN.match(text[start:right.start].rstrip()) is not None


def _after_the_one_and(phrase: Phrase, left_run: re.Pattern[str]) -> int | None:
    """Where the words after a phrase's one " and " begin in the text, when the phrase has one "and", no comma, and the
    words before it match `left_run` (`_portfolios_of_one_office`, `_two_offices_of_one_holder`,
    `_name_and_its_second_office`); else None."""
    cut = phrase.text.find(" and ")
    if cut <= 0 or phrase.text.find(" and ", cut + 5) >= 0 or "," in phrase.text:
        return None
    if left_run.match(phrase.text, 0, cut) is None:
        return None
    return phrase.start + cut + 5


_CAPITALISED_TITLE_RUN = re.compile(r"[A-Z][\w’'&.-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){0,6}\Z")
"""Capitalised words, "of", "for" and "the" between them maybe, and nothing else: a capitalised title ("Agbogbomefia of
Asogli", "Head of the Zarn Council") before the "and" of `_two_offices_of_one_holder`, or the second office after the
"and" of `_name_and_its_second_office` ("Chairman")."""


def _two_offices_of_one_holder(text: str, phrase: Phrase) -> bool:
    """Whether a phrase read as a pair at its one "and" is two capitalised titles of one holder, with no article
    (ninehundredfifteenth ghanamma 2017-05-16: "Togbe Afede XIV, Agbogbomefia of Asogli and President of the National
    House of Chiefs says …"): a capitalised title before "and" (`_CAPITALISED_TITLE_RUN`), after it a capitalised
    office with no name that ends the phrase; not "the Minister and the Ambassador" (an article: two people), nor
    "Head of Zarn and President Oran Besk" (a name after "and"). Read only where a name and its comma stand before the
    phrase and no comma closes it (`_name_before_unclosed_office`)."""
    start = _after_the_one_and(phrase, _CAPITALISED_TITLE_RUN)
    if start is None:
        return False
    right = phrase_starting_at(text, start, phrase.end)
    return right is not None and right.kind == "description" and not right.name and bool(right.role) \
        and right.end == phrase.end and text[start:start + 1].isupper()


def _name_and_its_second_office(text: str, phrase: Phrase) -> Phrase | None:
    """The named holder of a phrase read as a pair at its one "and" when what follows the "and" is a capitalised office
    with no article and no name of its own (ninehundrednineteenth leadership 2021-09-27: "Gov. Simon Lalong of Plateau
    State and Chairman, Northern States Governors Forum, said …"): the person's second title, the name before "and"
    the one who speaks, a titled name ("Gov. X of Y"); None for "Gov. X and Chairman Y" (a name after "and": two
    people), "X and the Chairman" (an article: two people), "X and Venezuela's president" (another country's office,
    lower case, a possessive), or an office with no name before "and" (`_two_offices_of_one_holder`'s case)."""
    start = _after_the_one_and(phrase, _ANY_RUN)
    if start is None or _CAPITALISED_TITLE_RUN.match(text, start, phrase.end) is None \
            or "’s " in text[start:phrase.end] or "'s " in text[start:phrase.end]:
        return None
    left = phrase_ending_at(text, phrase.start, start - 5)
    if left is None or left.kind != "name" or not left.is_person or not left.role or left.start != phrase.start:
        return None
    right = phrase_starting_at(text, start, phrase.end)
    if right is None or right.kind != "description" or right.name or not right.role or right.end != phrase.end:
        return None
    return left


_ANY_RUN = re.compile(r".+\Z", re.S)
"""Any words before the "and": no test of their shape (`_name_and_its_second_office` reads them as a name itself)."""


_THIS_MADE_KNOWN_BY = re.compile(r"(?:This|That)\s+(?:was|has\s+been|had\s+been)\s+made\s+known\s+by\s")
"""A sentence that says only who made known what the one before told (ninehundrednineteenth ait: "This was made known
by the UK High Commissioner To Nigeria, X, during a visit to Governor Y …"): narrative, as "This was disclosed by X"
(`reported_speech._TOLD_BY_AGENT`, which notes X as its subject); not "It was made known by X that …", whose clause
is X's."""


_FRONTED_CONNECTIVE_BEFORE = re.compile(r"(?:\A|(?<=[.?!]\s)|(?<=\n))[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+\Z")
"""A short connective or time word that opens the sentence before its subject's name ("But nevertheless, ", "Later, ",
"For her part, "): the name still opens the clause (`_name_before_unclosed_office`; sixhundredninetieth
vozdeladiaspora: "But nevertheless, Vinicio Cerezo, highest representative of SICA congratulated …")."""
_FRONTED_TIME_INITIALS = "TYELASO"
"""The first letters of `_FRONTED_TIME`'s openings (a cheap test before it)."""
_MISSION_TO = re.compile(r"\b(?:Embassy|Mission|Consulate|Delegation)\s+to\s+(?:the\s+)?[A-Z]")
"""A diplomatic mission and the state it is sent to, before a verb, in the name phrase or just before it
(two-hundred-ninety-second, Pope Benedict XVI condolences: "The Republic of China (Taiwan) Embassy to the Holy See also conveyed a message from
President Tsai …"): the subject is the mission, a body, not the Holy See named after "to"."""

_NAMES_A_BODY = re.compile(r"(?:The|the)\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s*$")
"""A capitalised run after "the" ("The Electrification Coalition"): a body's name."""
_AUXILIARY_NEXT = re.compile(r"\s+(?:will|would|is|are|was|were|has|have|had|can|could|must|should|may|might)\b")
"""After a speech verb's word, a sign that it is a noun, the subject of that verb."""
_SHOULD_IT_HAPPEN_NEXT = re.compile(r"\s+should\s+(?:anything|anyone|anybody|something|someone|it|there|he|she|they|we|you|"
                                    r"the|a|an|this|that|these|those|his|her|their|its|our|[A-Z][\w’'-]*)\s")
"""After a present form that is never a noun ("says", `_PRESENT_FORMS_NO_NOUN`), an inverted condition that opens its
complement ("He says should anything go wrong, he'll be in contact with …", sevenhundredeightysixth wcax 2017-02-15):
the form a verb, not a noun before the auxiliary "should" (which is followed by its own subject here, not by a verb as
in "what he says should be heeded")."""
_PAST_VERB_BEFORE = re.compile(r"\b(?:[a-z]{2,}ed|made|gave|sent|paid|brought|took)\s+$")
"""(three-hundred-ninety-first whitehouse 2024-02-29 gun violence jobs roundtable: "the Second Gentleman also delivered
remarks at the … Vigil") A past verb right before a form that is as often a plural noun: "remarks" is its object, a
noun; the sentence only says where he spoke."""
_WHERE_SHE_SPOKE = re.compile(r",\s+(?:where|at\s+which|in\s+which)\s+(?:he|she)\s")
"""After "delivered remarks at …", a relative clause in which the same person speaks on: the sentence is hers."""
_OWNER_AND_KIND = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our|[Mm]y)\s+"
    r"(?:opening|closing|concluding|welcoming|welcome|introductory|brief|short|final)\s*$")
"""Before a speech verb's word that may be a noun ("remarks", "comments", "notes"), its owner
and the kind of words it is: "his opening remarks", "her brief comments": a noun; "her welcome remarks" too
(eighthundredeightysecond banglamirrornews 2023-08-03, as `REMARKS_ADJECTIVES`)."""
_GIVING_VERBS = frozenset("gave give gives giving made make makes making offered provided received".split())
_WRITTEN_ENDS = ("message", "letter", "telegram", "address", "greetings", "note", "messages", "letters", "telegrams",
                 "Its text")
_HEARSAY_TO_HAVE = re.compile(r"\s(?:is|was|are|were|has\s+been|had\s+been)\s+"
                              r"(?:(?:also|previously|earlier|widely|once)\s+)?(?:(?:reported|said|understood|"
                              r"believed|known|quoted)\s+to\s+have)\s+\Z")
"""Before a speech verb's past participle, the hearsay that puts its subject before it ("X is reported
to have invited …", "X was said to have stressed …": X's statement, as "reportedly invited"); one adverb of time or
spread may stand before the hearsay's own verb ("reported", "said" …), as "also" does (ninehundredtwentyninth malaymail:
"Saifuddin was previously reported to have said that …", "X was earlier said to have …", "X is widely believed to have
…"); "quoted to have", the printed form of "quoted as saying" in Nigerian papers (thousandeighth concise 2020-03-03:
"The governor was quoted to have said, “…”": his words, not the last speaker's). Searched in the 48 characters before
the speech verb ("had been previously understood to have " the longest)."""
_TO_BE_OR_HAVE = re.compile(r"\s+to\s+(?:be|have)\b")
_INSTITUTION_OF_AN_OFFICE = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+)?(?:(?:Press|Communications?|Information|Media|"
                                       r"Executive|Private|press|media)\s+)?"
                                       r"(?:Office|Administration|Secretariat|Chancellery|Division|Department|Unit|"
                                       r"Press\s+Service|office|secretariat|press\s+service)\s+of\s+(?:the\s+)?")
"""(hundred-eighty-second, 73117) "The Office of the President called on the citizens of Ukraine to keep calm.": the
institution named after the office it serves speaks, not the office holder (`_institution_of_an_office`); so too
a unit of that office (fourhundredninetysecond miniszterelnok.hu: "…, the Communications Division of the Prime
Minister informed the Hungarian news agency MTI."); and one named with its place or kind before it
(sevenhundredseventh wxyz: "The Michigan Executive Office of the Governor says the goal of the trip is …"); so too
the bureau in lower case, "office", "press office", "secretariat", "press service" (eighthundredninetieth EWN: "The
office of the North West Premier Job Mokgoro says a meeting between him and United Nations delegates … has not taken
place …"), as "the Speaker's office said" (`_BUREAU_AFTER_POSSESSIVE`). Lower-case "administration", "department"
and "unit" are not read: "the administration of …" names a government's tenure as often as a bureau."""


_TOGETHER_WITH = re.compile(r"\b(?:[Tt]ogether|[Aa]long)\s+with\s+(?:[\w’'-]+\s+){0,2}$")
"""(hundred-eighty-second, 73097) "The Head of State thanked the businessmen …, and together with other high-ranking
officials informed them about …": the people after "together with" are the object of the preposition, not the
verb's subject; the verb shares the clause's subject before (`_object_of_together_with`)."""


_IN_PRESENCE_OF = re.compile(r"[\w)],?\s+in\s+(?:the\s+)?presence\s+of\s+[^;:“”\"]{0,200}$")
"""(eighthundredsixtyfirst thekashmirimages 2026-01-21: "A delegation from War Heroes Colony Development Society, in
presence of Director Sainik Welfare …-cum-Secretary Rajya Sainik Board Ladakh, Col (Retd) Lobzang Neema, raised issues
…"): the person, or the office and its holder, after a lower-case "in (the) presence of" set after the clause's own
subject is the preposition's object, the verb the subject's before it (`_object_of_presence`); not "In the presence of
the President, Minister X said …", the phrase fronted at the clause's opening, its subject after its comma."""


def _object_of_presence(text: str, lo: int, phrase: Phrase) -> int:
    """Where the clause's subject ends when the phrase ending before a verb is the object of "in (the) presence of"
    set after it (`_IN_PRESENCE_OF`), or -1. Cheap guard: "presence of " in the characters before the phrase."""
    start = phrase.start - 220 if phrase.start - 220 > lo else lo
    if text.find("presence of ", start, phrase.start) < 0:
        return -1
    found = _IN_PRESENCE_OF.search(text, start, phrase.start)
    return -1 if found is None else found.start() + 1


_AGENT_IN_A_RELATIVE = re.compile(r"\b(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?[a-z]+ed\s+by\s")
"""A relative clause of a thing, in the passive, whose agent is the person named after it (`_cue_at`): "The meeting
which was attended by X also discussed …"."""


def _agent_of_a_subject_s_relative(text: str, lo: int, phrase: Phrase) -> bool:
    """Whether a passive relative clause of the thing that opens the sentence runs up to the phrase, so that the
    phrase is its agent ("The meeting which was attended by …, Ambassador X also discussed …"). Not when the thing is
    the object of an opening preposition and its relative is set off by commas (fourteenth styles
    arrabide_lehendakaritza: "During the meeting, which was also attended by the Councillor for …, X, the Lehendakari
    set out …"): the relative closes at the comma and the phrase after it is the clause's subject; the same after an
    opening participle and its object (hard70: "Addressing the opening session …, which was chaired by the Minister of
    Water of Y, Dr. X, and attended by …, the Executive Secretary …, Ms. Z, said …": Z speaks, X chaired)."""
    relative = _AGENT_IN_A_RELATIVE.search(text, lo, phrase.start)
    if relative is None:
        return False
    return not (text.startswith(", ", relative.start() - 2) and text.startswith(", ", phrase.start - 2)
                and (_opens_with_a_preposition(text, lo, relative.start())
                     or _OPENING_PARTICIPLE.match(text, lo, relative.start()) is not None))


def _thing_before_its_which_aside(text: str, lo: int, phrase: Phrase) -> Phrase | None:
    """The thing or group that opens the clause when the phrase is an object inside its ", which …," aside set off by
    commas up to the verb (sevenhundredseventysixth, Moneycontrol (PTI): "The delegation, which met the chief minister
    on Wednesday, also expressed enthusiasm for …"): "which" never stands for a person, so the verb after the aside is
    the delegation's, no one person's; None otherwise. Not a passive's agent ("The meeting, which was chaired by X,
    …": `_agent_of_a_subject_s_relative`), nor when a comma closes the aside before the phrase, nor after an opening
    preposition ("During the meeting, which …, X said …": X the subject). Cheap test first: ", which " before it."""
    which = text.rfind(", which ", lo, phrase.start)
    if which <= lo or text.find(",", which + 8, phrase.start) >= 0 or text.find(" by ", which, phrase.start) >= 0:
        return None
    opening = phrase_ending_at(text, lo, which)
    if opening is None or opening.start != lo or opening.is_person:
        return None
    return opening


_SUBORDINATORS = frozenset({"after", "before", "when", "once", "as", "since", "until", "while", "although", "though",
                            "because"})
"""Conjunctions that open a subordinate clause before the main one (`_holder_of_an_opening_subordinate`)."""

_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}ing (?:[a-z]+ )*?[a-z]+")
"""A participle that opens the sentence with its lower-case object or adverb ("Addressing the opening session",
"Speaking at the forum"): an opener, no subject (`_agent_of_a_subject_s_relative`); not a name ending in "-ing" before
another name or a comma ("Sterling Mwangi", "Beijing, …")."""


_OPENING_DELEGATION_HEADED_BY = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?(?:delegation|leaders|members|elders|"
                                          r"lawmakers|legislators|delegates|group)\b[^;:.“”\"]{0,120}?,?\s+"
                                          r"(?:headed|led)\s+by\s+(?:its\s+|the\s+|his\s+|her\s+)?")
"""A delegation, a group, or people in the plural ("the leaders", "the members"), that opens its clause and the words before
its head's name (`_head_of_an_opening_delegation`)."""


_HEAD_S_BODY_AND_OFFICE = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|for|the)\s+|of\s+[a-z]+\s+){1,8}")
"""The head's body and office between "led by" and the phrase before the verb (ninehundredfiftyeighth standard: "the
group led by Narok County Maasai Council of elders Vice-Chairman X asked …"): capitalised words, "of", "for", "the",
a lower-case word only after "of"; never a verb ("led by X thanked Y and Z said": Z's own)."""


def _head_of_an_opening_delegation(text: str, lo: int, phrase: Phrase) -> bool:
    """Whether the phrase ending before a verb names the head of a delegation that opens the clause (fivehundredthirtieth
    arynews: "Earlier on May 3, a delegation of Islamic Development Bank (IsDB), headed by its President Dr X had called
    on Prime Minister Y and appreciated …"): the delegation is the subject, a group, so the verb is no one person's.
    The delegation opens the sentence or the clause after a fronted phrase's comma; not "The President received a
    delegation led by X and …", whose delegation is an object. People in the plural led by one are a group too
    (eighthundredninetyeighth famousnakuru: "Speaking on Monday at Lanet …,the leaders led by Nakuru Senator X claimed
    Kinyanjui was running the county …": the leaders' claim, not the senator's alone); so is "the group led by X"
    (ninehundredfiftyeighth standard: "Yesterday, the group led by … Vice-Chairman X asked leaders to give …": the
    elders' request, not their vice-chairman's alone)."""
    start = phrase.start - 200 if phrase.start - 200 > lo else lo
    end = phrase.start
    while end > start and text[end - 1].isspace():
        end -= 1
    right_after = text.endswith(("by", "its", "the", "his", "her"), start, end)
    if not right_after and (not text[phrase.start].isupper() or text.find(" by ", max(start, end - 90), end) < 0) \
            or text.find("delegation", start, phrase.start) < 0 and text.find("s led by ", start, phrase.start) < 0 \
            and text.find("s headed by ", start, phrase.start) < 0 and text.find("group", start, phrase.start) < 0:
        return False  # (cheap tests on the text itself, no copy of the 200 characters before each subject)
    for found in _OPENING_DELEGATION_HEADED_BY.finditer(text, start, phrase.start):
        if (found.end() == phrase.start
                or not right_after and _HEAD_S_BODY_AND_OFFICE.fullmatch(text, found.end(), phrase.start) is not None) \
                and (found.start() == lo or text[lo:found.start()].rstrip().endswith(",")):
            return True
    return False


_OPENING_DELEGATION_WHICH_MET = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w’'-]+\s+){0,3}?delegation\b[^;:.“”\"]{0,160}?\s"
                                           r"(?:which|that|who)\s+(?:[a-z]+\s+){0,3}?(?:with|on|met)\s+(?:the\s+)?")
"""A delegation that opens its clause, then its relative clause up to the one it met (`_met_by_an_opening_delegation`)."""


def _met_by_an_opening_delegation(text: str, lo: int, phrase: Phrase) -> bool:
    """Whether the phrase ending before a verb is the one a delegation that opens the clause met, named at the end of
    the delegation's relative clause (sixhundredninth, The Hindu printing Kerala's CMO: "A World Bank delegation led by
    … which held discussions with Chief Minister X has agreed to explore …"): the delegation is the subject, a group, so
    the verb is no one person's; as `_head_of_an_opening_delegation`. Not "The President received a delegation which
    …": there the delegation is an object. Cheap tests first: "with"/"on"/"met" right before the phrase, then "delegation"."""
    start = phrase.start - 320 if phrase.start - 320 > lo else lo
    if not text.endswith(("with ", "on ", "met ", "the "), start, phrase.start) \
            or (word := text.find("delegation", start, phrase.start)) < 0:
        return False
    comma = text.rfind(", ", lo, word)  # (the clause after a fronted phrase's comma opens there)
    opens = (lo,) if comma < 0 else (lo, comma + 2)
    return any(_OPENING_DELEGATION_WHICH_MET.fullmatch(text, at, phrase.start) is not None for at in opens)


_OPENING_DELEGATION_AND = re.compile(
    r"(?:[A-Z]{2,}[A-Z ]*:\s+)?(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:the|an?|his|her|its|their)\s|[a-z]+ed\s)[\w’'-]+\s+){0,3}?"
    r"(?:delegation|team)"
    r"(?:\s+(?:of|from)\s+[^,;:.“”\"]{1,80}?)?\s+and\s+(?:(?:the|his|her)\s+)?")
"""A delegation that opens its clause, maybe after a capitalised dateline, then "and" before a person
(`_joined_to_an_opening_delegation`); up to three words between its article and its noun ("A Japanese business
delegation"), no article nor verb in the past among them (not "The Governor welcomed the delegation and …")."""


def _body_opens_the_pair(text: str, lo: int, body: Phrase, person: Phrase) -> bool:
    """Whether `body`, before "and" and the person `person`, is "the <body>" of one word (`BODY_BEFORE_AND`: "The Army",
    "The police") that opens the clause at `lo`, and the person's first word is no second body ("The Army and Navy
    Commander X", one commander): a body and a person who act together."""
    words = body.text.lower().split()
    return len(words) == 2 and words[0] == "the" and words[1] in BODY_BEFORE_AND and body.start == lo \
        and text[person.start:person.end].split(" ", 1)[0].lower() not in BODY_BEFORE_AND


def _joined_to_an_opening_delegation(text: str, lo: int, phrase: Phrase) -> int | None:
    """Where the pair starts when the phrase ending before a verb is joined by "and" to a delegation that opens the
    clause (sevenhundredseventyseventh nenow japan: "A delegation of the Government of Japan and the Manipur Chief
    Minister have agreed for launching new projects …"): the delegation and the person together, a group, as two people
    joined so are; None otherwise. Not "X welcomed the delegation and the Minister stressed …" (the delegation an object,
    not at the clause's opening). Cheap tests first: " and " right before the phrase (or its article), then a party's
    word."""
    start = phrase.start - 160 if phrase.start - 160 > lo else lo
    if not text.endswith((" and ", " and the ", " and his ", " and her "), start, phrase.start) \
            or (text.find("delegation", start, phrase.start) < 0 and text.find("team", start, phrase.start) < 0):
        return None
    comma = text.rfind(", ", lo, phrase.start)  # (the clause after a fronted phrase's comma opens there)
    for at in (lo,) if comma < 0 else (lo, comma + 2):
        found = _OPENING_DELEGATION_AND.fullmatch(text, at, phrase.start)
        if found is not None:
            return at
    return None



_WHO_IS_ALSO_BEFORE = re.compile(r"\s+who\s+is\s+also\s+(?:the\s+)?$")
"""The words between a name and the office its clause with no commas gives it ("X who is also the Party Leader …")."""


def _second_office_in_the_who_clause(text: str, named: Phrase, phrase: Phrase) -> bool:
    """Whether `phrase`, the office right before a speech verb, is the one "who is also (the)" gives `named` in a
    relative clause with no commas (hard95: "Hon. X who is also the Party Leader called on members …", beside "The
    Opposition Leader, Mr. Y, …" named before): the named person's second office, so he speaks, never another who holds
    an office of the same word. Bounded by the clause's words between the name and the office."""
    return phrase.kind != "name" and 0 < phrase.start - named.end <= 24 \
        and _WHO_IS_ALSO_BEFORE.fullmatch(text, named.end, phrase.start) is not None


def _object_in_the_who_clause(text: str, named: Phrase, phrase: Phrase) -> bool:
    """Whether `phrase`, the person right before a speech verb, stands inside the relative clause with no commas that
    follows `named` ("Governor X who stated this when he paid a courtesy visit to Governor Y in his office lauded …"),
    as the object of a preposition ("to Governor Y", "with President Y", "by Y"): the clause's own object, never the
    main verb's subject, so the person the clause follows speaks. Only a preposition right before the phrase (a
    twelve-character window); "X who met Y said …", Y the clause verb's object with no preposition, is not read here."""
    return phrase.start > named.end and _PREPOSITION_BEFORE_AN_OBJECT.search(
        text, phrase.start - 12 if phrase.start - 12 > named.end else named.end, phrase.start) is not None


def _object_of_together_with(text: str, lo: int, phrase: Phrase) -> bool:
    """The phrase ending before a verb is the object of "together with" / "along with" (up to two words
    between: "other high-ranking officials"). Cheap guard: "with " in the characters before the phrase."""
    return text.find("with ", phrase.start - 36 if phrase.start - 36 > lo else lo, phrase.start) >= 0 \
        and _TOGETHER_WITH.search(text, max(lo, phrase.start - 50), phrase.start) is not None


_EVENT_WITH_OPENING = re.compile(r"(?:(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+"
                                 r"|(?:[Tt]he\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*['’]s\s+)"
                                 r"(?:[a-z-]+\s+){0,2}?(?:meeting|talks|conversation|"
                                 r"discussions?|call|exchange|consultations|negotiations)\s+with\s+")
"""A clause that opens with a meeting and whom it was with (fourhundredeightieth mauritius_gis unga-bilateral-meetings:
"The meeting with his Belgian counterpart focused on health issues"; fivehundredtwentysecond oic qureshi-islamabad:
"Mr Taha’s meeting with the foreign minister also touched on …", a possessive name or office for the article): the
meeting is the subject, its partner no speaker."""


_VISIT_BY_OPENING = re.compile(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z-]+\s+){0,3}?(?:visit|trip|tour|stay)\s+"
                               r"(?:(?:made|paid|undertaken)\s+)?(?:by|of)\s+")
"""A clause that opens with a visit and who made it (sevenhundredeleventh allafrica: "The friendship and working visit
made by the Head of State focused on bilateral cooperation …"; "The visit by the President focused on …"): the visit is
the subject, its maker no speaker, as `_EVENT_WITH_OPENING`'s meeting and its partner."""


_IN_A_MEETING_WITH = re.compile(r"(?:,\s*|\s+)(?:(?:on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)\s+)?"
                                r"(?:in|during|at\s+the\s+(?:beginning|start|outset|opening|end|close)\s+of)\s+"
                                r"(?:(?:a|an|the|his|her|their)\s+)?(?:[a-z-]+\s+){0,2}?"
                                r"(?:conversation|meeting|talks|discussions?|exchanges?)\s+with\s+[^;:“”\"]{2,200}?,?\s*\Z")
"""A meeting and whom it was with, between a clause's subject and its verb (fivehundredthird ksgov jahjaga-menzies:
"President X in conversation with Ambassador Y, who has served as …, and with the group of students …, spoke about
…"): the people met are the preposition's objects, the verb the opening subject's; so after the day (styles40
dorvash: "Interior Minister X on Saturday in a meeting with Ambassador of Y Z here at the Ministry of Interior announced
that …", a Pakistani paper's lead); so when the meeting's start or end is named (sevenhundredthirtieth, SRNA: "The
President of Republika Srpska X at the beginning of his meeting with the Russian Minister of Foreign Affairs Y in
Moscow, thanked …")."""


def _subject_before_a_meeting_with(text: str, lo: int, pos: int) -> Phrase | None:
    """The person who opens the clause when "in (a) conversation / meeting with …" runs from after it up to the verb
    at `pos`, or None. Cheap guard (the caller's): " with " in the clause."""
    meeting = _IN_A_MEETING_WITH.search(text, lo, pos)
    if meeting is None:
        return None
    subject = phrase_ending_at(text, lo, meeting.start())
    if subject is None or not subject.is_person or not _opens_the_clause(text, lo, subject):
        return None  # (not "X met Y in a meeting with Z": the phrase must open the clause)
    return subject


_WHILE_DOING_BEFORE = re.compile(
    r"\s+(?:while|whilst)\s+[a-z]{2,}ing(?:\s(?:[^,;:“”\"]|,(?!\s*(?:and|but|or|while|whilst|whereas|who|which|where)\b))"
    r"{2,200}?|,)\s*\Z")
"""A "while" clause with an -ing form and no comma before it, between a clause's subject and its verb
(`_subject_before_a_while_clause`); commas of an apposition inside it and one closing it (sevenhundredfiftysecond
businessstandard: "The CM while evincing keen interest in the Ambu bike, an ambulance-equipped … service …, directed
officers …") but none before a joined clause (", and", ", who"); or the -ing form alone with its closing comma
(ninehundredeightyninth leadership: "Ambassador X while responding, thanked the governor …")."""
_WHILE_DOING_LEFT_OPEN_BEFORE = re.compile(
    r",\s+(?:while|whilst)\s+[a-z]{2,}ing\s(?:(?!(?<=\s)(?:to|who|which|that)\s)[^,;:“”\"]){2,200}?\Z")
"""A "while" clause with an -ing form after its opening comma, its closing comma left out before the verb
(ninehundrednineteenth newsdiaryonline 2023-05-30: "The Commissioner of Police in Plateau, X, while addressing newsmen
after the meeting said that …"); no comma inside (with its closing comma, ", while …, pointed to …", the aside is read
as any other), and no "to", "who", "which" nor "that" in it (fourhundredfiftyfourth mofa_gov_np: "The Hon. Minister,
while informing the Ambassadors about the … initiatives taken … to address the … crisis …, received …": an infinitive
inside the clause; "…, while receiving the envoy who stressed …": a relative clause's verb; neither the subject's)."""


_FRONTED_OCCASION_BEFORE_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]{2,}ing|On|During|At)\s[^,;:.“”\"]{2,80},\s+\Z")
"""A fronted phrase of the occasion, closed by a comma, before the subject of a clause whose "while <-ing> …" aside
has no comma (eighthundredthirtyninth urdupoint: "Speaking on the occasion, the president while referring to the
highly volatile situation in the region said that …"; "On the occasion, X while …"): the subject still opens its
clause (`_subject_before_a_while_clause`). An -ing word, "On", "During" or "At" opens it; no comma inside."""


def _subject_before_a_while_clause(text: str, lo: int, pos: int) -> Phrase | None:
    """The person who opens the clause when "while <-ing> …", set off by no comma, runs from after it up to the verb at
    `pos` (fivehundredsixtysixth findivpk: "Federal Minister for Finance and Revenue while extending a warm welcome to
    Nong Rong stated that …", "The minister while sharing with Illangovan details … also discussed …"): the people in
    the participle's clause are its objects, the verb the opening subject's, as in `_subject_before_a_meeting_with`.
    Cheap guard (the caller's): " while " or " whilst " in the clause."""
    during = _WHILE_DOING_BEFORE.search(text, lo, pos)
    if during is not None and text[during.start() - 1] == ",":
        during = _WHILE_DOING_LEFT_OPEN_BEFORE.search(text, lo, pos)  # (its opening comma: no comma inside after it)
    if during is None:
        return None
    subject = phrase_ending_at(text, lo, during.start())
    if subject is None or subject.end != during.start() or not subject.is_person or subject.kind == "pronoun":
        return None
    if not _opens_the_clause(text, lo, subject) and (
            not text.endswith(", ", lo, subject.start)
            or _FRONTED_OCCASION_BEFORE_SUBJECT.fullmatch(text, lo, subject.start) is None
            and not (text[during.start()] == "," and _office_set_off_before(text, lo, subject))):
        return None  # (not "X met Y while visiting Z …", "X made these remarks while …": the phrase opens the clause,
        # or follows a fronted occasion, "Speaking on the occasion, X while referring to … said …", or, the "while"
        # after its opening comma, an office set off before it, "The Commissioner of Police …, X, while addressing …")
    return subject


_A_MEETINGS_RELATIVE_BEFORE_AND = re.compile(
    r"\b(?:meeting|session|summit|conference|council|forum|gathering|talks|consultations)\s+(?:that|which)\s+"
    r"[a-z][^,;:.“”\"()]{0,200}?\sand\s+\Z")
"""A relative clause on a meeting, no comma in it, up to the "and" before a verb (`_in_a_meetings_relative`)."""
_WHAT_A_MEETING_DOES = ("addressed ", "discussed ", "reviewed ", "considered ", "examined ", "focused ", "covered ",
                        "dealt ", "touched ", "explored ", "assessed ")
"""Verbs a meeting may have for its subject as well as a person: what it took up."""


def _group_opening_a_which_clause(text: str, lo: int, pos: int) -> Phrase | None:
    """The group that opens a "which" or "where" clause and is set off from its verb by one aside ("…, during which the
    parties, among other things, discussed …", sevenhundredfortyeighth newspravda): the clause's own subject, so the
    verb is the group's, not the sentence's subject's second verb; None otherwise. The caller has seen the comma
    before the verb at `pos`."""
    which = max(text.rfind(" which ", lo, pos), text.rfind(" where ", lo, pos))
    if which <= lo:
        return None
    group = phrase_starting_at(text, which + 7, pos)
    if group is None or group.kind != "group" or not text.startswith(",", group.end):
        return None
    return group if text.count(",", group.end, pos) == 2 else None


def _in_a_meetings_relative(text: str, lo: int, vs: int) -> bool:
    """The verb at `vs`, after "and", is the second verb of a relative clause on a meeting (fivehundredninetyfirst,
    Spain's MAEC: "José Manuel Albares took part in the NATO ministerial meeting that began preparations for the upcoming
    Washington Summit and addressed the situation in Ukraine, …"): what the meeting took up, not the subject's words.
    Only a verb a meeting may have (`_WHAT_A_MEETING_DOES`); "the families who lost … and expressed …" stays the
    subject's. Cheap tests first: the verb's word, then " that " or " which " before it."""
    if not text.startswith(_WHAT_A_MEETING_DOES, vs):
        return False
    start = max(lo, vs - 260)
    if text.find(" that ", start, vs) < 0 and text.find(" which ", start, vs) < 0:
        return False
    return _A_MEETINGS_RELATIVE_BEFORE_AND.search(text, start, vs) is not None


_UNCLOSED_RELATIVE = re.compile(r",? who [a-z][\w’'-]*\s+(?:[A-Z][a-z]+\s+)?(?:[a-z][\w’'-]*\s+){0,15}?"
                                r"(?:with|to|of|for|from|among|at|in|on|by|under|except|besides|against)\s+"
                                r"(?:[a-z][\w’'-]*\s+){0,4}?(?:[a-z][\w’'-]*|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s*$")
"""A relative clause after the opener's name, with or without its opening comma, run up to the verb with no closing
comma, ending in a preposition's object: lower-case words, or a capitalised title after them ("from the Qatari Emir"),
or a title and a name after "under", "except", "besides" or "against" (ninehundredtwentyseventh zambianobserver
2018-01-12: "Mr. X who served in various government portfolios under all the republican presidents except President
Lungu said he came to …": X's words, not the President's, whose name had been read as the verb's subject);
up to fifteen lower-case words before the last preposition (ninehundredseventyfifth vipasho: "… X who led a host of
dignitaries from across the political divide in paying their last respects to Mama Y discouraged …", fourteen);
one capitalised word may stand right after the clause's verb, its object (eighthundredsixtythird iol: "Gauteng
Economic Development MEC X, who represented Lesufi at the farewell reception said …"; not a place after a preposition
inside the clause, fourhundredeightyfifth oas: "Ambassador X who arrived in Georgetown on Sunday made a presentation
…", left unread as before)."""


_SPEAKING_RELATIVE = re.compile(r",? who (?:was|is|had been) (?:addressing|speaking)\b[^,;:.!?“”\"()]{0,240}?\s$")
"""A relative clause after the opener's name that tells whom or where the opener was addressing ("who was addressing a
cross-section of women … in Sekondi-Takoradi during a cocktail with the queen mother of Sekondi"), with or without its
opening comma, run up to the verb with no closing comma: any words, capitalised ones too, up to 240 characters; no
comma, bracket, colon or quotation mark in it (`_subject_before_an_unclosed_relative`)."""


_FROM_THE_BEFORE_THE_VERB = re.compile(r" from the (?:[\w’'-]+ ){0,5}?[\w’'-]+ ?$")
"""A "from the …" phrase between a person's name and the verb, no comma in it, up to six words: the body one comes
from ("from the World Bank") or the event one speaks from ("from the national media press conference")."""


def _subject_before_a_from_phrase(text: str, lo: int, vs: int) -> Phrase | None:
    """The person named before a "from the …" phrase that runs up to the verb at `vs` with no comma (sevenhundredfiftysixth
    dazhousj tong_wang_lake_race: "…, Xining City Vice Mayor Tong Wang from the national media press conference said that
    …"; "Ilona Brenn from the World Bank said that …"): the phrase's object is no subject, the verb is the name's. Only
    a full name that opens the clause (`_opens_the_clause`); None otherwise. Cheap guard (the caller's): " from the "
    before the verb."""
    at = text.rfind(" from the ", lo, vs)
    if at < 0 or _FROM_THE_BEFORE_THE_VERB.match(text, at, vs) is None:
        return None
    subject = phrase_ending_at(text, lo, at)
    if subject is None or not subject.is_person or subject.kind != "name" or len(subject.name) < 2:
        return None
    comma = text.rfind(", ", lo, subject.start)  # (the clause after an opening one: "In the evening …, X from …")
    return subject if _opens_the_clause(text, lo if comma < 0 else comma + 2, subject) else None


def _office_before_its_list(text: str, part: int, stop: int) -> bool:
    """Whether the words from `part` to `stop` are a person's office in lower case that opens a list of its portfolios
    ("the deputy for protocol" before ", press, and media to …"): "the" and an office, then "for" or "of"."""
    if not text.startswith("the ", part):
        return False
    office = phrase_starting_at(text, part, stop)
    return office is not None and office.kind == "description" and office.is_person and office.role is not None \
        and text.startswith((" for ", " of "), office.end)


def _subject_before_an_unclosed_relative(text: str, lo: int, vs: int) -> Phrase | None:
    """The person who opens the clause when a relative clause after the name runs, its closing comma left out, up to
    the verb at `vs` and ends in a preposition's object (fivehundredeightyfirst, the Ethiopian News Agency: "Foreign
    Affairs Spokesperson, Meles Alem, who attended the discussions with the stated foreign ministers said Demeke
    briefed …"): the object of "with" is no subject, the verb is the opener's (before, "the stated foreign ministers
    said" was a group's, no one's). Only lower-case words from "who" to the verb, no comma, a preposition among the
    last words; None otherwise. Cheap guard (the caller's): " who " before the verb. The opening comma may be left
    out too, and the object may be a capitalised title (fivehundredfourteenth Bernama: "Muhyiddin who received a
    telephone call from the Qatari Emir said Sheikh Tamim followed …": Muhyiddin's report, not the Emir's). A clause
    that tells whom or where the opener was addressing or speaking may be long and hold capitalised words
    (`_SPEAKING_RELATIVE`; ninehundredtwentyfirst newsghana 2023-01-03: "Mr Darko-Mensah who was addressing a
    cross-section of women in leadership positions in Sekondi-Takoradi during a cocktail with the queen mother of
    Sekondi said women were able …"): the one who was addressing is the one who said."""
    who = text.rfind(" who ", lo, vs)
    if who < 0:
        return None
    if who > lo and text[who - 1] == ",":
        who -= 1
    if _UNCLOSED_RELATIVE.match(text, who, vs) is None and _SPEAKING_RELATIVE.match(text, who, vs) is None:
        return None
    subject = _name_before_an_office_s_relative(text, lo, who) or phrase_ending_at(text, lo, who)
    if subject is None or not subject.is_person or subject.kind != "name" or not _opens_the_clause(text, lo, subject):
        return None
    return subject


def _name_before_an_office_s_relative(text: str, lo: int, who: int) -> Phrase | None:
    """The name that opens the clause when the relative clause at `who` hangs on a "the" office set off after it, its
    closing comma left out with the relative's (ninehundredeightythird megafm: "Ocen James, the District NRM general
    secretary who was appointed as acting chairman after the resignation of Douglas Peter Okello said the RDC should
    …"): the office (`_UNCLOSED_APPOSITION`, its last word an office's, `ROLE_WORD_SET`) is the name's, the relative
    the office's, so the verb is the name's, not the preposition's object named last (before, Okello's). None
    otherwise (`_subject_before_an_unclosed_relative` reads the phrase before "who" as before). Bounded: one search in
    the 90 characters before "who"."""
    apposition = _UNCLOSED_APPOSITION.search(text, who - 90 if who - 90 > lo else lo, who)
    if apposition is None or apposition.group("role") not in ROLE_WORD_SET or " and " in apposition.group():
        return None
    return phrase_ending_at(text, lo, apposition.start())


_UNCLOSED_APPOSITION = re.compile(r", the (?:[\w’'&-]+ ){0,7}?(?P<role>[a-z]+) ?\Z")
"""A "the" description after the opener's name, run up to the verb with no closing comma, its last word a lower-case
office (`_subject_before_an_unclosed_apposition`): ", the PDM Erongo regional coordinator" before "said"."""
_UNCLOSED_OFFICE_OF_A_PLACE = re.compile(r", the (?P<office>(?:[A-Z][\w’'&-]* ){1,4})(?:of|for) (?:the )?"
                                         r"(?:[A-Z][\w’'&-]* ?){1,4}\Z")
"""A "the" office in capitals and the place or body it serves after the opener's name, run up to the verb with no
closing comma (ninehundredfortythird gomoawest 2012-07-03: ", the DCE for Gomoa West" before "intimated"; ", the Mayor
of Ostra" before "said"): the office read by its words (`_office_words_hold_a_role`)."""
_FRONTED_PHRASE = re.compile(r"(?:In|At|During|Speaking|Addressing|Responding|Reacting|Commenting|Meanwhile|However"
                             r"|Delivering|Welcoming)\b"
                             r"[^,;:.!?“”\"]{0,60}, \Z")
"""A short phrase that opens the sentence before its subject, set off by a comma ("In a press statement, ", "Speaking
at the event, "), which `_subject_before_an_unclosed_apposition` lets stand before the name."""
_NOT_A_CLAUSE_AFTER = re.compile(r"[ ]*(?:[.,;:!?)\"”]|\Z|(?:on|in|at|during|after|before|today|yesterday|last|this"
                                 r"|earlier|later|recently)\b)")
"""What after the verb tells that it ends a tag ("…, the ambassador said.", "…, the minister said on Monday."): no
reported clause after it."""


_UNCLOSED_BARE_OFFICE_OF_A_PLACE = re.compile(r", (?:[A-Z][\w’'-]+ ){1,3}(?:[a-z]+ ){0,3}(?P<role>[a-z]+) \Z")
"""A bare office after the opener's name, no article: the place it serves in capitals, then lower-case words ending in
an office's word, run up to the verb with no closing comma (ninehundredeightyfourth ippmedia 2019-03-08: "Ibrahim X,
Kilosa district land officer said …"; `_subject_before_an_unclosed_bare_office`)."""


def _subject_before_an_unclosed_bare_office(text: str, lo: int, vs: int, ve: int, hi: int) -> Phrase | None:
    """The person who opens the clause when a bare office with the place it serves ("Kilosa district land officer")
    is set off after his name and runs, its closing comma left out, up to the verb at `vs` (ninehundredeightyfourth
    ippmedia 2019-03-08, The Guardian: "Ibrahim X, Kilosa district land officer said all the farms had …": before, the
    office alone was read, and resolved to no one or to another holder of a like office), as the "the" description of
    `_subject_before_an_unclosed_apposition`: the last word an office's (`ROLE_WORD_SET`), the name a person's that
    opens the clause (nothing before it), and a reported clause after the verb, not a tag's end (`_NOT_A_CLAUSE_AFTER`).
    Not "the"-less words of a list ("X, Y and Z said"), nor a place alone before the verb. Bounded: one search in the 70
    characters before the verb, asked only when the word right before the verb is an office's (the caller's cheap
    test)."""
    office = _UNCLOSED_BARE_OFFICE_OF_A_PLACE.search(text, vs - 70 if vs - 70 > lo else lo, vs)
    if office is None or office.group("role") not in ROLE_WORD_SET or " and " in office.group():
        return None
    if _NOT_A_CLAUSE_AFTER.match(text, ve, hi) is not None:
        return None
    subject = phrase_ending_at(text, lo, office.start())
    if subject is None or subject.start != lo or not subject.is_person or subject.kind != "name" \
            or len(subject.name) < 2:
        return None
    return subject


def _office_words_hold_a_role(words: str) -> bool:
    """Whether capitalised words ("DCE ", "District Chief Executive ", "Mayor ") end in an office's word or words
    (`ROLE_WORD_SET`, lower-cased: "dce", "chief executive", "mayor")."""
    parts = words.lower().split()
    return any(" ".join(parts[k:]) in ROLE_WORD_SET for k in range(len(parts)))


def _subject_before_an_unclosed_apposition(text: str, lo: int, vs: int, ve: int, hi: int) -> Phrase | None:
    """The person who opens the clause when the "the" description set off after the name runs, its closing comma left
    out, up to the verb at `vs` (ninehundredsixth newera 2020-04-15: "In a press statement, Roger X, the PDM Erongo
    regional coordinator said the appointment has elevated …"): the description names the name's office, the verb is
    the name's (before, "the PDM … coordinator" was read alone, no one). The description's last word an office's
    (`ROLE_WORD_SET`), or an office in capitals with the place it serves (`_UNCLOSED_OFFICE_OF_A_PLACE`: "Hon. X, the DCE
    for Gomoa West intimated that …", opening the clause or after a fronted participle only), the name a person's name that opens the clause (nothing before it, or a short
    fronted phrase and its comma, `_FRONTED_PHRASE`), and a reported clause after the verb, not a tag's end (`_NOT_A_CLAUSE_AFTER`:
    "He met X, the ambassador said." is the ambassador's tag). Cheap guard (the caller's): ", the " before the verb."""
    apposition = _UNCLOSED_APPOSITION.search(text, vs - 90 if vs - 90 > lo else lo, vs)
    in_capitals = apposition is None
    if in_capitals:
        apposition = _UNCLOSED_OFFICE_OF_A_PLACE.search(text, vs - 90 if vs - 90 > lo else lo, vs)
        if apposition is None or not _office_words_hold_a_role(apposition.group("office")):
            return None
    elif apposition.group("role") not in ROLE_WORD_SET:
        return None
    if " and " in apposition.group():
        return None  # ("Ivo Trask, the envoys and the foreign minister said …", hr62: a list of speakers, a joint word)
    if _NOT_A_CLAUSE_AFTER.match(text, ve, hi) is not None:
        return None
    subject = phrase_ending_at(text, lo, apposition.start())
    if subject is None or not subject.is_person or subject.kind != "name" or len(subject.name) < 2:
        return None
    if subject.start > lo and (_FRONTED_PHRASE.fullmatch(text, lo, subject.start) is None
                               or in_capitals and _OPENING_PARTICIPLE.match(text, lo, subject.start) is None):
        return None  # (an office in capitals only after a fronted participle, "Speaking at …", `_OPENING_PARTICIPLE`;
        # not "In Rome, X, the Secretary General of the Union congratulated …", test_patterns_h914's guard, as before)
    return subject


def _opens_the_clause(text: str, lo: int, subject: Phrase) -> bool:
    """Whether the person's phrase opens the clause at `lo`: nothing before it, past a wire's dateline ("DORVASH -
    Interior Minister X …", styles40), but capitalised words of the office it holds ("Interior " before "Minister X",
    read as the phrase's office)."""
    before = text[lo:subject.start]
    if not before.strip():
        return True
    before = text[past_a_dateline(text, lo, subject.start):subject.start]
    words = before.split()
    if words and words[-1] == "party" and len(words) > 1:
        # (ninehundredseventyfifth vipasho: "Azimio party leader X who led … discouraged …"): a party's name and the
        # word "party" before its office ("leader", "chairman"), the office's own words, as capitalised ones are
        words = words[:-1]
    return all(word[:1].isupper() for word in words) and before.count(" ") <= 3


def _partner_of_an_opening_meeting(text: str, lo: int, phrase: Phrase) -> bool:
    """The phrase ending before a verb is the one a meeting that opens the clause was held with ("The meeting with X
    focused on …", "The talks with the Minister dealt with …"), so the verb is the meeting's. Cheap guard: "with "
    right before the phrase."""
    return text.endswith("with ", lo, phrase.start) and _EVENT_WITH_OPENING.fullmatch(text, lo, phrase.start) is not None


def _maker_of_an_opening_visit(text: str, lo: int, phrase: Phrase) -> bool:
    """The phrase ending before a verb is the one who made a visit that opens the clause ("The visit made by the Head of
    State focused on …", `_VISIT_BY_OPENING`), so the verb is the visit's. Cheap guard: "by " or "of " right before the
    phrase."""
    return text.endswith(("by ", "of "), lo, phrase.start) and _VISIT_BY_OPENING.fullmatch(text, lo, phrase.start) is not None


def _institution_of_an_office(phrase: Phrase) -> bool:
    """A description that names an institution by the office it serves ("The Office of the President",
    "the Press Service of the Prime Minister"), or a name by the person it serves ("The Office of First Lady X
    extended its sincere appreciation …", hundred-ninetieth 2025-05-08), not the office's holder; "Head of the
    Office of the President" opens with its own office and is a person. Cheap guard: " of " in the phrase."""
    return phrase.kind in ("description", "name") and " of " in phrase.text \
        and _INSTITUTION_OF_AN_OFFICE.match(phrase.text) is not None


def _with_its_institution_before(text: str, after: int, office: Phrase) -> Phrase:
    """The office read after an inverted verb with the institution the words before it name ("…, stated Office of the
    Speaker, issuing a release.", fivehundredseventyfirst adaderana: the phrase read from the text after the verb skips
    "Office of" with no article and kept "the Speaker"): the phrase widened over them, so that the institution speaks
    (`_institution_of_an_office`), not the Speaker. Cheap test first: the office starts past the verb's next word."""
    if office.start - after < 7 or _INSTITUTION_OF_AN_OFFICE.fullmatch(text, after, office.start) is None:
        return office
    return office._replace(start=after, text=text[after:office.end])


_BUREAU_AFTER_POSSESSIVE = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:[Oo]ffice|secretariat|press\s+service|media\s+unit)\s*\Z")
"""An office holder's bureau named by their possessive, the subject of a speech verb (fivehundredseventyfirst
colombogazette: "The Speaker’s office said that at the two separate meetings concerns were raised …"; hard30: "The
Leader's office said a full text … would be published …"; so its capitalised "Office", sixhundredeightyninth wandtv:
"Governor Rauner's Office says the trip will last …"): the bureau's notice, no person's, as "The Office of the
President called on …" (`_institution_of_an_office`); the phrase read before the verb had been the holder's, the words
after the possessive dropped. (Not hard53's "“…,” the statement by the Minister's office read": the statement's words,
which the Minister's office speaks for her, read elsewhere.)"""

_BUREAU_WITHOUT_POSSESSIVE = re.compile(r"\s+(?:[Oo]ffice|[Ss]ecretariat)\s*\Z")
"""An office holder's bureau named by the bare office, its possessive dropped, the subject of a speech verb
(eighthundredthirtyninth urdupoint: "The visiting Lord Mayor … called on President of … (AJK) Barrister X at …, AJK
President office said."): the bureau's notice, as "the President's office said" (`_BUREAU_AFTER_POSSESSIVE`), no one's;
the phrase read before the verb had been the holder's. Only after a description (an office), not a name ("the Rauner
Office"? a name's bureau keeps its possessive in the readouts we hold). Cheap test first: the word before the verb."""

_THE_WAY_BEFORE_A_SUBJECT = re.compile(r"\bthe\s+(?:very\s+|same\s+)?way\s+(?:that\s+|in\s+which\s+)?\Z")
""""the way (that)" right before a speech verb's subject (sixhundredeightyninth nbcchicago: "That impression was at odds
with the way that Pritzker spoke about the president on the campaign trail, often blasting …"): the clause tells the
manner of his speaking, a clause of the noun "way" inside another's sentence, the reporter's narrative, no report; as
"the remarks X made". Cheap test first: the words before the subject end with "way " / "way that " / "way in which "."""

_TEXT_ASIDE_AFTER_BUREAU = re.compile(r",\s+in\s+(?:a|an|the|its)\s+(?:[\w-]+\s+)?(?:statement|release|communiqu[eé]),\s*\Z")


def _bureau_before_a_text_aside(text: str, lo: int, pos: int) -> Phrase | None:
    """The holder's phrase before a bureau named by their possessive, then an aside that names the text the bureau spoke
    in, ending at `pos` (sixhundredeighteenth menafn 2024-02-05, IANS: "The Chief Minister's office, in the statement,
    said that this was his first visit to Spain …"): the bureau's notice, no person's, as `_BUREAU_AFTER_POSSESSIVE`'s
    with no aside; None else. Cheap test first: " office, in " just before the verb."""
    at = text.find(" office, in ", max(lo, pos - 64), pos)
    if at < 0:
        return None
    comma = at + 7  # (the comma after " office")
    if _TEXT_ASIDE_AFTER_BUREAU.match(text, comma, pos) is None:
        return None
    holder = phrase_ending_at(text, lo, comma)
    if holder is None or holder.end >= at or not text.startswith(("’s ", "'s "), holder.end) \
            or _BUREAU_AFTER_POSSESSIVE.match(text, holder.end, comma) is None:
        return None
    return holder


_TO_BE_TOLD = re.compile(r"\s+to\s+be\s+(?:kept\s+)?(?:informed|briefed|told|updated|apprised|advised|abreast|posted)\b")
_WILL = re.compile(r"\bwill\b")
"""Among the fillers between a subject and its speech verb: a future act ("will announce")."""
_UNDONE_BE = re.compile(r"(?:\b(?:will|shall|would|may|might|can|could)|['’]ll)\s+(?:(?:also|then|now|first|later|again)\s+)?\Z")
"""Before the "be" of a passive: a future one ("will be welcomed by X on Monday", "will be briefed by X"), an act
to come, no words said yet, as the active "X will brief …" is; or a possible one (four-hundred-seventh ph_pnd
2016-07-27 nsc: "It includes … private citizens who may be invited by the President."): what may happen, no event."""


def _future_progressive_before(text: str, lo: int, vs: int) -> bool:
    """"will be" (or "shall be", "'ll be", a modal of `_UNDONE_BE`) right before an -ing speech verb at `vs`
    (fivehundredseventyeighth unhcr league-arab-states: "On Sunday, the High Commissioner will address … . He will be
    highlighting the urgent need for humanitarian solidarity …"): a future progressive, an act to come in an
    announced visit, no words said yet, as the simple "He will highlight …" (`_WILL`). Cheap test first."""
    return text.endswith(" be ", max(lo, vs - 4), vs) and _UNDONE_BE.search(text, max(lo, vs - 40), vs - 3) is not None


_GIVEN_A_BRIEFING = re.compile(r"\s+(?:an?|the)\s+(?:(?!by\b)[\w-]+\s+){0,2}?(?:briefing|assurance|update)(?=\s+by\s)")
"""After "given" in a passive, the briefing given before its agent (sevenhundredninetyfourth thenews 2023-09-13: "He was
given a briefing by Chief Secretary Gilgit Baltistan Mohyuddin Ahmad Wani on various issues."): the agent briefed him,
as "was briefed by X" (his indirect statement); only "a/an/the" and at most two words before the noun, then "by".
Not "was given a guard of honour by …", "was given a warm welcome by …" (no words of the agent's)."""
_FRONTED_PERFECT_PASSIVE = re.compile(r"\s*[Hh]aving\s+been\s+(?:(?:also|already|first|fully|duly)\s+)?\Z")
"""A perfect participle's passive opening the sentence ("Having been briefed by the Foreign Minister …, the diplomats
will be guests …"): the clause tells of the main clause's subject, what was done to it; its agent's act is background,
not the sentence's report (unlike "Concern … having been raised by X, …", whose own subject comes first)."""
_CONCESSIVE_OPENING = re.compile(r",\s+(?:however|but)\b,?\s+(?:(?:since\s+then|later|then)\s*,?\s+)?")
"""A concessive turn that opens a clause of its own after a report ("…, however, since then Washington has …")."""
_OWN_VERB_BEFORE_AND = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?[a-z]+ed\s+and\s+")
"""A subject's own past verb, then the "and" before the speech verb (`_subject_of_a_concessive_clause`)."""


_MODAL_PREDICATE = re.compile(r"\s+(?:(?:also|then|now|further|later|subsequently)\s+)?"
                              r"(?:will|would|shall|can|could|may|might|must|(?:is|are)\s+(?:(?:also|then|now)\s+)?"
                              r"(?:(?:scheduled|expected|set|due|going)\s+)?to)\s")
"""A modal or a planned future right after a subject (an adverb between): "Vladimir Putin will
also meet …", "The President is also scheduled to meet …", "X is to attend …"."""
_PARTICIPLE_ASIDE_SHAPE = r",\s+(?:[a-z]+ly\s+)?(?:[a-z]+-)?[a-z]{2,}ing\s[^,;:.!?()\[\]\x22“”]{1,%d},\s*\Z"
"""A participle phrase set off by commas that closes the window searched, its words after the participle at most the
number put in for "%d" (70 in `_PARTICIPLE_ASIDE`, 120 in `_LONG_PARTICIPLE_ASIDE`): one shape, two reaches. The
participle may be a hyphenated verb's (hard80: "Ms. X, co-chairing the Commission for the first time, thanked …")."""
_PARTICIPLE_ASIDE = re.compile(_PARTICIPLE_ASIDE_SHAPE % 70)
"""A participle phrase set off by commas before a verb (thirty-seventh hard set
linnquist_readout_meeting_prime_minister_arandel: "President Linnquist, standing beside her, added: “…”")."""
_LONG_PARTICIPLE_ASIDE = re.compile(_PARTICIPLE_ASIDE_SHAPE % 120)
"""A participle phrase set off by commas before a verb, as `_PARTICIPLE_ASIDE`, long enough to name another person inside
it (sevenhundredninetyseventh forumchinaplp: "Mr Carvalho, speaking at a gathering to mark the departure of outgoing
Chinese Ambassador to São Tomé e Príncipe Wang Wei, expressed the belief that …"): the one named in it is its object, not
the verb's subject (`_subject_before_a_long_participle_aside`)."""
_OUTLET_TELLS_BEFORE = re.compile(r"(?:The|the)\s+(?:[\w’'-]+\s+){0,4}(?:news\s+agency|agency|newspaper|report)\s+"
                                  r"(?:says|said|reports|reported)\s+(?:that\s+)?")
"""An outlet that opens the sentence and tells what a person said after it ("The São-Toméan state-run news agency says
Mr X, …, expressed …"): the person after it is the clause's subject as if he opened the sentence."""
_BARE_PARTICIPLE = re.compile(r" [a-z]{2,}ing (?:to|the|on|with|in|for|this|that|these|their|his|her) "
                              r"[^,;:.!?()\[\]\x22“”]{1,150}?\s*\Z")
"""A participle phrase with no commas between a subject and its verb, the participle's object after it (a PIB-style
release: "Smt. X agreeing to strengthen the bilateral cooperation in tourism lauded …"), its object as long as a
release writes it (sevenhundrednineteenth pmdnews 2019-12-12: "President enlightening the media heads on the city
beautification projects and wall painting project currently underway throughout the country said these new
developments are not …")."""
ASIDE_REACH = 80
"""How long an aside in parentheses between a subject and its verb may be (characters)."""
_NOT_AN_ASIDE = re.compile(r"[()\[\].;:!?\"“”]")


_JOINED_AFTER_A_BRACKET = ("), and ", ") and ")
"""The bracket that closes a listed name's aside, then the "and" that joins the list's last name to it."""


def _bracketed_names_joined(text: str, lo: int, aside: int) -> bool:
    """Whether the name before the bracketed aside that opens at `aside` is the last of a list of names, each with its
    own bracket, joined by "and" (ninehundredeleventh kdrtv 2022-12-13: "Governors Julius Malombe (Kitui), Wavinya
    Ndeti (Machakos) and Mutula Kilonzo Jnr (Makueni) have announced that …"): a group's act, as the same list with no
    brackets, not the last name's words. A name alone with its bracket ("Governor X (Makueni) said …") speaks. Read
    only when an aside in brackets stands before the verb; one phrase and one `endswith` before the name."""
    named = phrase_ending_at(text, lo, aside)
    if named is None or named.kind != "name" or named.start - lo <= 6 \
            or not text.endswith(_JOINED_AFTER_A_BRACKET, lo, named.start):
        return False
    if text[named.start - 6] != ",":
        return True  # ("A (Kitui), B (Machakos) and C (Makueni) have announced": no comma before "and")
    # (", and": a list only if the name before it follows a list's comma, "A, B (Velk), and C (Kitui) said"; after a
    # verb it opens a clause of its own, "X met A (Velk), and B (Kitui) said …": B speaks)
    opens = text.rfind("(", lo, named.start - 6)
    before = phrase_ending_at(text, lo, opens - 1) if opens > lo else None
    return before is not None and text.endswith((", ", "), "), lo, before.start)
_HEARD_FROM_OR_BY = re.compile(r"(?:\bheard(?:\s+from)?|\b(?:was|were)\s+(?:also\s+)?(?:opened|introduced|moderated|"
                               # (styles27 osis_commission: "The ceremony was also addressed by the Chairman …, the
                               # Honourable X of Y, who thanked …": the one who addressed it speaks in the clause)
                               # (hard21, hard23: "Tavel's concerns … were met with understanding by the vice
                               # president, who said …", "The birthday wishes were received with appreciation by the
                               # Prime Minister, who spoke of …": how it was taken, then his words)
                               r"chaired|hosted|led|closed|delivered|made|given|addressed|"
                               r"(?:met|received)\s+with\s+(?:[a-z]+\s+){0,2}?(?:understanding|appreciation|gratitude|"
                               r"interest|sympathy|approval))\s+by"
                               # (thirty-third hard set morvia_governors_heating_season: "The first to report was
                               # Governor of the Zelt Region X, who said …"; one who reports or speaks first, next)
                               r"|\bto\s+(?:report|speak|take\s+the\s+floor)\s+(?:was|were)"
                               # (styles39 tarnhollow: "The meeting included Pro Vice-Chancellor Prof. Mrs. X, who
                               # highlighted …", "… was also attended by Y, who said …": one present, then her words)
                               r"|\b(?:meeting|talks|session|delegation)\s+(?:also\s+)?includ(?:ed|es)"
                               r"|\b(?:was|were)\s+(?:also\s+)?attended\s+by"
                               # (eighthundredthird ktvh: "Montana Lieutenant Kristen Juras introduced Japanese Consul
                               # General Iyori Makoto, who spoke about the importance of continued cooperation.": the
                               # one introduced to an audience speaks next, as one heard from; the active verb, its
                               # object the name)
                               r"|\bintroduced"
                               # (ninehundredeightyfirst kenyanpost 2021-12-23: "This did not go down well with Kingi
                               # who argued that when the DP was serving as …": how one person took another's words,
                               # then his own answer; so "The remarks drew a sharp rebuke from X, who said …")
                               r"|\b(?:did\s+not|didn[’']t)\s+go\s+down\s+well\s+with"
                               r"|\bdrew\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:reaction|response|reply|rebuke|criticism|"
                               r"condemnation)\s+from)"
                               # (a title the phrase left out, an office before the name's comma too)
                               r"\s+(?:(?:[A-Z][\w.’'-]*,?|of|for|the|and)\s+){0,14}$")
"""What stands before a person who speaks in a ", who …" clause after them though they are no subject: the one
heard from, a passive's agent (thirty-second hard; "The second report was delivered by X, who …", thirty-third hard
set morvia_security_council_border), the one who was the first to report."""
_PUT_FORWARD_BY = re.compile(r"\b(?:was|were)\s+(?:also\s+|first\s+)?(?:backed|proposed|supported|seconded|taken|"
                             r"put\s+to\s+the\s+[a-z]+)(?:\s+(?:on|in)\s+(?:[A-Z][a-z]+|\d{4}))?\s+by"
                             r"\s+(?:(?:[A-Z][\w.’'-]*,?|[a-z]+,?)\s+){0,14}$")
"""A passive's agent who put forward or backed a thing or took a place, before the ", who …" clause set off after her
(hard71 saluvia_and_norrevik: "The link was first proposed in 1996 by Norrevik's then prime minister, X, who called it
"the missing stitch" …"; hard72 talvenor: "The motion was backed on Saturday by the leader of the Greens, Y, who called
the deal "…""; hard73: "The proposal was put to the meeting by Dr. W's deputy, Ms. V, who said …"; styles17: "… place
at the plenary session was taken by the First Deputy Prime Minister, who reported …"): she speaks in the clause, as
the one heard from (`_HEARD_FROM_OR_BY`). A day or a year may stand before "by", and the office before the name may be
in lower case ("the leader of the Greens, Y"), which `_HEARD_FROM_OR_BY` does not take: after "heard a report by …"
the golds split (thirtyseventh, eightyfirst: a report heard is narrative; styles56: hers)."""
_READ_BY_ASIDE = re.compile(r",\s+(?:(?:first|later|then)\s+)?(?:read(?:\s+out)?|delivered|conveyed|presented|relayed)"
                            r"\s+by\s+[^,;:!?()\[\]\x22“”]{1,70}(?:,\s+[^,;:!?()\[\]\x22“”]{1,50})?,?\s*\Z")
"""Who read out or brought a writing, set off by commas between it and its verb ("The Governor's message, read by his
deputy, Ms. Y, said …"): the bearer, not the subject (`_owner_of_writing` finds the owner before it)."""
_WHO_IN_TURN = ("who in turn ", "who, in turn, ", "who in return ", "who, in return, ")
"""(hard74) A relative clause set off after the object of one person's speech that answers it: "The Premier thanked
Minister X, who in turn pledged that …": X speaks in the clause, not the Premier (`_HEARD_FROM_OR_BY`'s use)."""
_THOSE_PRESENT = re.compile(r"\b(?:together\s+with|accompanied\s+by|in\s+the\s+presence\s+of|[Aa]lso\s+present\b[^,;:]{0,40}?"
                            r"\s+(?:were|was))\s")
"""What opens a list of those present beside the sentence's subject (hard86: "Also present at the meeting were A, B, and
C, who stated that …"; hard88: "The Governor … received a delegation …, together with A, and B, who stated that …")."""


def last_of_those_present(text: str, lo: int, start: int) -> bool:
    """Whether the person whose ", who …" clause opens at `start`'s phrase is the last one of a list of those present
    (`_THOSE_PRESENT`, then ", and " before the person, within `_PRESENT_REACH` characters): one present, then her
    words, as after "was also attended by X, who said …" (`_HEARD_FROM_OR_BY`); not an "and" inside an office's name
    (styles12 islandia: "… together with the Minister of the Environment, Energy and Climate, X, who briefed the guest
    on …", a guide at a visit, narrative in its gold). Cheap: a look for ", and " first."""
    reach = max(lo, start - _PRESENT_REACH)
    joint = text.rfind(", and ", reach, start)
    if joint < 0 or text.find(";", joint, start) >= 0:
        return False
    return _THOSE_PRESENT.search(text, lo, joint) is not None


_PRESENT_REACH = 100
"""How far before the person the ", and " that joins the last one present may stand (an office of ten words)."""


def _last_present_before_an_office_aside(text: str, lo: int, comma: int) -> Phrase | None:
    """The name of the last one of a list of those present when an office in lower case is set off after it, right
    before the ", who" clause whose comma is at `comma` (hard86: "Also present at the meeting were the province's
    director of investment, Mr. Lars Okkeby, the mayor of Saldor, Mrs. Hedda Brunvall, and Mr. Emil Sarkanen, the
    minister of agriculture of Ambrelia's Ostervale region, who stated that …": Sarkanen's words, as they are when his
    name stands right before ", who" (`last_of_those_present`); no phrase was read from the office aside, and the
    sentence was no one's). Only an aside that opens with "the" or a lower-case word, has no comma of its own and is at
    most `_PRESENT_REACH` characters long, after a name that closes the list; None otherwise."""
    aside = text.rfind(", ", max(lo, comma - _PRESENT_REACH), comma)
    if aside < 0 or not text[aside + 2:aside + 3].islower() or text.find(",", aside + 2, comma) >= 0:
        return None
    name = phrase_ending_at(text, lo, aside)
    if name is not None and name.kind == "group" and (joint := text.rfind(" and ", name.start, aside)) > 0:
        # (hr63: "… were the clerk of the Assembly, Mrs. X, and Mr. Y, the minister of …, who stated …": the list's
        # tail read as one group, "the Assembly, Mrs. X, and Mr. Y"; its last name after "and" closes the list)
        name = phrase_starting_at(text, joint + 5, aside)
    if name is None or name.kind != "name" or name.end != aside or not last_of_those_present(text, lo, name.start):
        return None
    return name


def _antecedent_before_who(text: str, lo: int, comma: int) -> Phrase | None:
    """The phrase a ", who" clause whose comma is at `comma` is set off after: the one ending at the comma, unless that
    is a description (or none) and a list of those present closes with a name and an office aside in lower case
    (`_last_present_before_an_office_aside`; hr63 on h1209: "Also present … were the clerk of the Assembly, Mrs. X,
    and Mr. Y, the minister of agriculture of Z's Drin region, who stated that …": Y, not the description, whom no one
    holds)."""
    phrase = phrase_ending_at(text, lo, comma)
    if phrase is not None and phrase.kind != "description":
        return phrase
    return _last_present_before_an_office_aside(text, lo, comma) or phrase


_WENT_DOWN_BADLY_WITH = re.compile(r"(?:This|That|It|The\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)\s+(?:did\s+not|didn[’']t)\s+"
                                   r"go\s+down\s+well\s+with\s+\Z")
"""A sentence that only says how a word or act was taken by one named person, up to his name ("This did not go down
well with Kingi who argued that …"): he speaks in the "who" clause run on after his name with no comma
(`_speaker_listed_before_who`); matched from the sentence's start to the name."""
_LIST_OF_SPEAKERS = re.compile(
    r"(?:[A-Z][^,;:]{0,60},\s+)?(?:Among\s+(?:those|the\s+speakers)\s+who\s+(?:took\s+the\s+floor|spoke|addressed\s+"
    r"[^,;:]{1,60}?)\s+(?:were|was)|(?:The\s+)?[Ss]peakers\s+(?:also\s+)?included|Also\s+(?:speaking|taking\s+the\s+floor|"
    r"addressing\s+[^,;:]{1,60}?)(?:,\s+[^,;:]{1,80},)?\s+(?:were|was)|[A-Z][\w’' -]{0,60}?\s+(?:then\s+|also\s+)?took\s+the\s+"
    r"floor:)\s")
"""A sentence whose main clause only lists who spoke (hard75: "Among those who took the floor were X, who said …, and
Y, who urged …", "Speakers also included …", "Also speaking, on behalf of …, was X, who asked …", "Three committee
chairs then took the floor: A, who …; B, who said …; and C, who called for …"): each person on the list speaks in the
", who …" clause set off after them, as one heard from does (`_HEARD_FROM_OR_BY`); matched from the sentence's start."""
_ALSO_SPEAKING_WAS = re.compile(r"Also\s+speaking(?:\s+(?:at|during|on)\s+[^,;:]{1,60}?)?\s+(?:was|were)\s+"
                                r"(?:[A-Z][\w’'-]*\s+){0,4}\Z")
"""A sentence's opening that says only who also spoke, up to the speaker's office and name ("Also speaking at the event
was Erongo Regional "), matched from the sentence's start to the name's phrase (`_speaker_listed_before_who`)."""
WHO_CLAUSE_REACH = 100
"""How far before a verb's subject a relative clause may begin (characters)."""
_PREPOSITION_BEFORE_AN_OBJECT = re.compile(r"\s(?:to|with|by|on|upon|for|from)\s\Z")
"""A preposition right before a person's phrase (matched on a short window ending at the phrase): the person is that
preposition's object, never the subject of a verb after it ("… paid a courtesy visit to Governor Y in his office lauded …")."""
_OPENER_WHO_REACH = 80
"""How far from the sentence's start the ", who " after its opener may stand (`_opener_before_a_long_who_clause`): a
name with its office, a description."""
_MARKS_NO_RELATIVE_HOLDS = (";", ":", "“", "”", "\"")
"""Marks that end a relative clause or open a quotation, which a relative clause set off by commas does not hold."""
_CLOSING_NAME_REACH = 64
"""The most characters of "said X." that may close a reported clause with no comma before "said" (a title and a name;
the Malaysian styles between them too, eighthundredtwentysecond thesundaily 2023-10-31: "… the Republic said Sarawak
Premier Tan Sri Abang Johari Tun Openg (pix).", 48 characters)."""


_AN_ARTICLE_AFTER = (" a ", " an ", " the ")
"""The cheap test before `_A_WRITING_INVERTED`: the article its release or statement opens with."""
_A_WRITING_INVERTED = re.compile(
    r" (?:an?|the) (?:(?:official|press|government|news|joint|written) )*(?:release|statement|communiqu[eé]|readout|handout)"
    r"(?: (?:from|issued|of|by) [^,;]*)?[.;]?\s*$")
"""A release or statement inverted after the verb that closes the sentence ("…, said an official release from the Chief
Minister's Office."): the writing's words, told of its subject, no verb of the subject's own."""


def _a_lower_case_office(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], set off by commas between a name and its body, is an office in one or two lower-case words
    (sevenhundredfiftyeighth indianexpress: "Rajiv Pratap Rudy, chairman, Federation of Indian Chambers of Commerce &
    Industry (FICCI) Forum of Parliamentarians, said …", as "Kofi Arden, CEO, Arden Logistics, warned …")."""
    words = text[lo:hi].split()
    if 0 < len(words) <= 2 and all(word.islower() and word in ROLE_TOKENS for word in words):
        return True
    # (styles57 roadshow: "Dariusz X, director of sales, Coral Strand Resorts, said …"): the office, "of" and its
    # field in one or two lower-case words
    office, of, field = " ".join(words).partition(" of ")
    return bool(of) and 0 < len(office.split()) <= 2 and all(word.islower() and word in ROLE_TOKENS for word in office.split()) \
        and 0 < len(field.split()) <= 2 and all(word.isalpha() and word.islower() for word in field.split())


def _office_before_its_field(text: str, lo: int, back: int, comma: int) -> int:
    """The comma before a lower-case office set off before its field, itself set off before the body (styles57 roadshow,
    after the travel trade's press: "Marguerite X, vice president, destination marketing, Saffrany Tourism Board, said
    …"), when text[back:comma] is that field in one to three lower-case words; -1 if it is not. The window is bounded
    (`DESCRIBING_ASIDE_REACH`)."""
    field = text[back + 1:comma].split()
    if not 0 < len(field) <= 3 or not all(word.isalpha() and word.islower() and word not in ROLE_TOKENS for word in field):
        return -1
    before = text.rfind(",", max(lo, back - DESCRIBING_ASIDE_REACH), back)
    if before <= lo or not _a_lower_case_office(text, skip_space(text, before + 1, back), back):
        return -1
    return before


def _a_body_with_initials(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is a body's name, as `OFFICE_ASIDE` reads one, with its initials in brackets inside it ("Federation
    of Indian Chambers of Commerce & Industry (FICCI) Forum of Parliamentarians"); a cheap look for " (" first."""
    return text.find(" (", lo, hi) > 0 and OFFICE_ASIDE.fullmatch(INITIALS_IN_BRACKETS.sub("", text[lo:hi])) is not None


_BODY_LAST_WORDS = ("office", "ministry", "department", "secretariat", "directorate", "bureau", "embassy")
"""A body's last word, in lower case (`_A_BODY_INVERTED`'s, capitalised or not; the cheap look before it)."""
_A_BODY_INVERTED = re.compile(
    r" (?:(?:the|an?) )?(?:(?!(?:of|at|in|for|to|by|on|with|from|and|or|who|which|that|as)\b)[\w’'.&-]+ ){0,4}"
    r"(?:" + "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in _BODY_LAST_WORDS) + r")[.;]?\s*$")
"""A body inverted after the verb that closes the sentence, its name maybe with no article or a lower-case noun
(sevenhundredfiftyeighth thehawk, ANI: "X held meetings with various industrialists and participated in a roadshow …,
said CMO Uttarakhand office."; "…, said the Ministry."): the body tells the sentence, as a release does
(`_A_WRITING_INVERTED`), no verb of the opening subject's own; not "said the head of the Office" (a person)."""


_PHOTO_NOTE_AT_END = re.compile(PHOTO_NOTE + r"\.\Z")
"""A photo's note closing the sentence right after the name (`PHOTO_NOTE`)."""


def _said_and_a_name_close_the_sentence(text: str, vs: int, ve: int, hi: int) -> bool:
    """"…, said X." with its comma left out: "said" after a lower-case word and only capitalised words after it to the
    sentence's full stop (sixhundredseventeenth islandtimes 2022-02: "The meeting … is being organized by the United
    States government and not by the Pacific Island Forum said Aitaro."); whether those words are a person is the
    caller's to read (not "the council said Monday.", no one)."""
    if vs < 2 or not text[vs - 2].islower() or hi - ve > _CLOSING_NAME_REACH:
        return False
    rest = text[ve:hi].rstrip()
    if rest.endswith(").") and (note := _PHOTO_NOTE_AT_END.search(rest)) is not None:
        rest = rest[:note.start()] + "."  # ("… said X (pix).": the photo's note after the name, `PHOTO_NOTE`)
    return rest.endswith(".") and rest[:1] == " " and all(word[:1].isupper() for word in rest[1:-1].split()) \
        and "," not in rest


_PREPOSITIONS_OF_A_PLACE = (" in ", " at ", " from ", " during ")
"""The cheap test before `_PLACE_AFTER_SAID_IN`: its prepositions, with the space before and after them."""
_PLACE_AFTER_SAID_IN = re.compile(r" (?:in|at|from|during) (?=[A-Z])")
"""A preposition right after an inverting verb, then a capital: "…, Malaysian Ambassador to Indonesia, Datuk Zainal Abidin
Bakar, said in Samarinda, East Kalimantan, Wednesday." (eighthundredfiftyninth voinews): the place or the event the
words were said in, which the phrase read after the verb (past the preposition) names; never the inverted speaker, who
would stand right after the verb ("…, said Prime Minister X in Samarinda")."""

_INVERTED_END = re.compile(r"(?:(?<=day)\s+(?:morning|afternoon|evening|night)\b)?"
                           # (sevenhundredninetysixth chinadaily, chinanews: "…, said the city's deputy Party chief X on
                           # Tuesday night.", "…, said Prime Minister X on Tuesday afternoon during a visit to …": the
                           # part of the day after the weekday the name's phrase ends with, the end read after it)
                           # ("…, said X (pix).": the photo's note after the name, `PHOTO_NOTE`)
                           r"(?:" + PHOTO_NOTE + r")?"
                           r"(?:\s*(?:[,.;]|$)|\s+(?:as|when|while)\s+(?:he|she)\b"  # ("…, said X as he visited …")
                           # (eighty-ninth: "Russia is quite satisfied …, said X when opening the meeting with …":
                           # the occasion in a participle clause, as "when he opened")
                           r"|\s+(?:when|while|in|after|before)\s+[a-z]{3,}ing\s"
                           r"|\s+(?:during|at|in|on|after|following|before)\s+(?:the|an?|his|her|their|this)\s"
                           # (a wire's "…, said DCCI President X here on Monday.", "… here Monday": where and when)
                           r"|\s+here\s*(?:[,.;]|$|on\s|today|yesterday|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
                           # (two-hundred-twenty-fourth 37353: "We will achieve the goal …, said the acting president
                           # and stressed that the military tactic …": a second speech verb of his, its "that" clause)
                           r"|\s+and\s+(?:also\s+)?[a-z]{3,}ed\s+that\s)")


_LINK_AND_OWNER_ENDS = (" on his", " on her", " in his", " in her", " of his", " of her")
"""A link and a possessive a name read after an inverted verb may run on to (`_name_before_its_link`)."""


def _name_before_its_link(text: str, name: Phrase, hi: int) -> Phrase:
    """The inverted speaker's name read again up to the link its phrase ran on to (eighthundredthirtythird mcigroup:
    "It was just a courtesy call on the Johor menteri besar, said PAS deputy president Datuk Seri X on his meeting
    with Y here yesterday.": read as "X on his", the name then had no end `_INVERTED_END` knows, and no one said it):
    the name, whose occasion after it ("on his meeting") is then read as any other; `name` when the shorter reading
    is no name."""
    cut = name.start + name.text.rfind(" ", 0, len(name.text) - 4)
    shorter = phrase_starting_at(text, name.start, cut)
    return shorter if shorter is not None and shorter.kind == "name" and shorter.end == cut else name


def _office_run_on_after_name(text: str, name: Phrase, hi: int) -> bool:
    """Whether an inverted speaker's name is followed by "the <office>" with no comma between, closing the clause
    (sixhundredsixtieth arabstoday: "The meeting took up several issues …, said Mahmoud Afifi the spokesman for the AL
    chief."): the office in apposition, its comma left out, as "said X, the spokesman for …" is (the name read may hold
    the office's first words, "Mahmoud Afifi the spokesman"); not "the day before" (no office). Guard: " the " in or
    right after the name."""
    the = name.text.find(" the ")
    if the < 0 and not text.startswith(" the ", name.end):
        return False
    at = name.start + the + 1 if the >= 0 else name.end + 1
    office = phrase_starting_at(text, at, hi)
    if office is None:
        # (sixhundredsixtyfourth borneopost: "…, says Yang Mu the provincial’s deputy director-general of Foreign
        # Affairs.": the office after a body's possessive, "the ministry's spokesman", its comma left out as well)
        owner = _BODYS_POSSESSIVE.match(text, at, hi)
        if owner is None:
            return False
        office = phrase_starting_at(text, owner.end(), hi)
    return office is not None and office.kind == "description" and _INVERTED_END.match(text, office.end, hi) is not None


def _office_after_a_possessive(text: str, at: int, hi: int) -> Phrase | None:
    """The holder named after "the <place>'s <office in lower case>" inverted after the verb (sevenhundredninetysixth
    chinadaily: "…, said the city's deputy Party chief Jin Xiangjun on Tuesday night."; "…, said the region's governor
    X."): the office and name after the possessive, which the phrase reader does not read with it; a person with a
    name only (not "said the ministry's statement"). Cheap test first: the caller saw " the " after the verb."""
    owner = _BODYS_POSSESSIVE.match(text, at, hi)
    if owner is None:
        return None
    office = phrase_starting_at(text, owner.end(), hi)
    return office if office is not None and office.kind == "name" and office.is_person and office.role else None


_A_PROFESSION_BEFORE_A_NAME = re.compile(r"(?:lawyer|attorney|engineer|architect)\s+(?=[A-Z])")
"""A profession written in lower case before a name as a style (the Philippine papers' "lawyer Ramil Abing"), which
the phrase reader does not read as part of the name (`_holder_named_after_an_office`)."""

_INVERTED_CLOSE = re.compile(r"[ ]?(?:" + PHOTO_NOTE + r")?\s*[.;](?:\s|$)")
"""The holder's sentence closing right after the name, maybe with the photo's note (`_holder_named_after_an_office`)."""


def _holder_named_after_an_office(text: str, office: Phrase, hi: int, alone_before: bool) -> Phrase:
    """The holder named after an office inverted after the verb and set off from it by a comma: the name the apposition
    gives speaks, whether or not the office alone would resolve to someone. The caller saw ", " right after the office.
    Two cases, the first before the second:

    1. The office with no article and a role word, then a full name (two words or a style) and the sentence's end right
       after it, maybe after the photo's note (`_INVERTED_CLOSE`) (ninehundredfiftyfifth malaymail 2024-04-27: "The
       Pahang government is planning …, said Pahang Menteri Besar, Datuk Seri Wan Rosdy Wan Ismail."): the name, as
       after "said the Foreign Minister, X." (before, the office alone matched no one and the readout lost every
       statement). Taken even where the words before the verb are a name and its office alone (`alone_before`): an
       office and a name that close the sentence are no reported clause.
    2. Any office (with an article, a possessive, no role word), then a person's name, maybe after a lower-case
       profession, its style (`_A_PROFESSION_BEFORE_A_NAME`), that the clause ends after (`_INVERTED_END`: ".", ",",
       "on Monday", "as he …") (ninehundredsixtythird philstar 2013-06-25: "The meeting is taking place …, said
       Davide’s chief of staff, lawyer Ramil Abing."; "…, said the minister's chief of staff, X."): the name (before, an
       office the readout gave no one went to no one, and "the spokesman, X" to the spokesman named earlier). Not where
       `alone_before` (the caller's `_named_and_office_alone_before`: the words after the verb then open the reported
       clause, no speaker inverted).

    Left, `office` itself returned: a name that goes on into a list or a clause of its own ("…, said Chief Minister, X
    and Y.", "…, said the Governor, Mayor X of Y agreeing with him."), a name the phrase reader does not read as a
    person's (case 2), and where `alone_before` all but case 1."""
    at = office.end + 2
    name = phrase_starting_at(text, at, hi)
    if office.role and not office.text.startswith(("the ", "The ")) and name is not None and name.kind == "name" \
            and (len(name.name) >= 2 or has_honorific(name)) and _INVERTED_CLOSE.match(text, name.end, hi):
        return name
    if alone_before:
        return office
    style = _A_PROFESSION_BEFORE_A_NAME.match(text, at, hi)
    if style is not None:
        name = phrase_starting_at(text, style.end(), hi)
    if name is None or name.kind != "name" or not name.is_person or _INVERTED_END.match(text, name.end, hi) is None:
        return office
    return name


_BODYS_POSSESSIVE = re.compile(r"the\s+[A-Za-z][\w-]*['’]s\s+(?=[a-z])")
"""A body's or place's possessive before an office, "the ministry's " in "said X the ministry's spokesman", the office
in lower case after it (`_office_run_on_after_name`)."""


_WELCOMED_TO = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|bin|for|,"  # ("Minister for Industry and Science")
                          r"|(?<=['’]s\s)(?:ambassador|envoy|consul|consul-general|counterpart)(?=[\s,]))|,)*?"  # ("Israel's ambassador")
                          r"(?:\s+and\s+(?:his|her|their)\s+(?:accompanying\s+)?delegations?)?\s+to\s+(?:the\s+)?"
                          # (hard19: "welcomed the Governor-General of Velan, Dame X, to her official residence":
                          # the place a common noun after the host's possessive)
                          r"(?:[A-Z]|(?:his|her|their|its|our)\s+(?:official\s+)?(?:residence|office|offices|"
                          r"country|capital|city|home|headquarters|embassy|palace)\b"
                          # (styles39 quenmoor: "University President Dr. X welcomed the Ambassador of Y, Z, to campus
                          # on Thursday", "… to the university": the place a seat of learning, bare)
                          r"|(?:campus|university|college|academy|faculty|institute)\b)")
"""After "welcomed", guests received at a place: "welcomed President Castro to the White House", or an envoy's office in
lower case after his country's possessive (eighthundredfortyninth thenationalnews: "welcomed Israel's ambassador to the UAE,
Amir Hayek, to his palace in … on Sunday": the envoy's own "to the UAE" ends the match, a place just the same; only after
the possessive: hard82's "welcomed the ambassador to Nesterhall and wished her success …" stays a statement), or
the place first, "welcomed to the White House representatives of …": a host's act, no thing welcomed
in words; the guest's office may hold "for" (sixhundredfortyfirst lawcards 2023-01-31: "welcomed Australian Minister for
Industry and Science Ed Husic to Washington, D.C.")."""
_WELCOMED_PEOPLE_TO = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:children|kids|students|pupils|youth|guests|visitors|families|veterans|volunteers|"
    r"participants|delegates|athletes|graduates|members|officers|workers|parents|mothers|fathers|spouses)"
    r"\s+(?:back\s+)?to\s+(?:the\s+)?[A-Z]")
"""After "welcomed", a group of people named by a common plural noun and the place they came to (hundred-eighty-sixth:
"First Lady X welcomed children to the White House with a patriotic arts and crafts activity"): a host's act, as
"welcomed President Castro to the White House" is (`_welcomed_people_to_a_place`)."""


def _guest_at(text: str, at: int, hi: int) -> Phrase | None:
    """The guest a welcoming verb takes when it opens text[at:hi]: a person named or described; None for any other
    phrase (a thing, a group, a pronoun). The `_welcomed_…` readers' one reader of the guest."""
    guest = phrase_starting_at(text, at, hi)
    return guest if guest is not None and guest.is_person and guest.kind in ("name", "description") else None


def _welcomed_people_to_a_place(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes people named by a common plural noun and a capitalised place
    ("welcomed children to the White House"); guard: " to " within the next 60 characters."""
    to = text.find(" to ", ve, min(hi, ve + 60))
    return to >= 0 and _WELCOMED_PEOPLE_TO.match(text, ve, hi) is not None


_OFFERED_A_MEAL_OR_TOUR = re.compile(r"\s+(?:(?:him|her|them|us)\s+)?(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
                                     r"(?:luncheon|lunch|dinner|banquet|breakfast|supper|reception|tour)\b"
                                     r"(?!\s+invitation)")
"""After "offered", a meal, a reception or a tour given, its guests maybe named by a pronoun first (fifteenth styles
maghrabia_royal_cabinet: "At the end of this audience, HM the King offered a luncheon in honour of the Cassandrian
President"; sixhundredtwentyfourth newsghana: "… has welcomed President-elect X … to the Jubilee House, offering them a
detailed tour of the presidential facilities"): a host's act, no words; not "offered his condolences", "offered a
dinner invitation" is still one (an invitation: the noun after the meal word)."""
_OFFERED_A_TRIBUTE = re.compile(r"\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
                                r"(?:flowers|wreaths?|bouquets?|floral\s+tributes?|incense"
                                r"|prayers?(?=\s*[.;]|\s+(?:at|in|inside|before)\s+(?:(?:the|a)\s|[A-Z])))\b")
"""After "offered", flowers, a wreath or incense laid at a memorial (fivehundredfortyfirst kbs_160706: "Oh offered flowers
and burned incense in front of the Memorial Tower then wrote in the visitors’ book, saying, “…”"): a tribute paid, an
act, as "laid a wreath", no words; not "offered his condolences", "offered words of support". Prayers too when the
sentence ends on them or a place follows (sixhundredfiftieth newindianexpress: "Earlier in the morning, he visited the
Mukteswara temple and offered his prayers."), or a named god's idol or shrine follows (sixhundredfiftyeighth midday:
"… after he offered prayers at Lord Ganesh's idol at the chief minister's residence."): worship at a shrine; not "offered
prayers for the victims", a sympathy said."""
_OFFERED_REMARKS_ALONE = re.compile(r"\s+(?:his|her|their|some|a\s+few)\s+(?:[\w-]+\s+){0,2}?(?:remarks|comments)"
                                   r"(?=\s*[.;]|\s+(?:at|during|before|on\s+behalf)\s)")
"""After "offered", remarks made and nothing of what they said (styles37 knowledge_sharing_committee's minutes:
"Afterwards, Mr. X offered his opening remarks. He informed the Committee of …"): where he spoke, as "delivered remarks
at the vigil"; not "offered his remarks on the draft", "offered comments that …", "offered words of support"."""
_DECLARED_OPEN = re.compile(r"\s+(?:(?:officially|formally)\s+)?(?:open|opened|closed)\b"
                            r"|\s+the\s+(?:[\w’'-]+\s+){1,4}?(?:officially\s+|formally\s+)?(?:open|closed)\s*[.;]")
"""After "declared", a meeting opened or closed: "declared open the work of the seminar", "declared the session
closed." (an act of the chair, no words of his); not "declared that …", "declared his support"."""
_PROPOSED_A_TOAST = re.compile(r"\s+(?:a|the|his|her)\s+(?:[\w-]+\s+)?toast\b(?!\s*[:“\"«])")
"""After "proposed", a toast (four-hundred-seventy-fourth sierraleone_statehouse five-envoys: "President X later proposed a
toast to the health and beautiful relationship between …"): a glass raised at a ceremony, no words given, as
"offered a luncheon"; not "proposed a toast: “To …”", its words quoted (lexicon's "toasted “…”"), nor "proposed a
meeting", a course put forward."""
_CONFIRMED_A_TITLE = re.compile(r"\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,5}?(?:title|titles|crown|belt|championship|"
                                r"record|ranking)\b")
"""After "confirmed", a sports title, crown or record one holds (three-hundred-forty-fourth kremlin_55026: "Last Sunday,
Denis Lebedev confirmed his WBA Super World cruiserweight title in a fight against …"): kept by winning, no words;
not "confirmed his participation", "confirmed his support for …", an assurance given."""
_RAISED_A_FLAG = re.compile(r"\s+(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'.-]+\s+){0,4}?(?:flags?|banners?|glass|"
                            r"glasses)\b")
"""After "raised", a flag, banner or glass hoisted (eighthundredfifteenth kswo 2021-07-26: "He met with U.S. Ambassador X
and raised the Oklahoma state flag at the U.S. Embassy."): a ceremony's act, no words, as "laid a wreath"; not "raised
the issue of …", "raised concerns about …", a matter put in words."""
_WELCOMED_FOR_A_MEETING = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|bin|for(?=\s+[A-Z])|,)|,)*?"
                                     r"\s+for\s+(?:a|an|the|their|his|her)\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:meeting|meetings|visit|talks|dinner|lunch|luncheon|"
                                     r"breakfast|reception|summit|bilateral)\b")
"""After "welcomed", named guests and the event they came for (ninety-third: "President X welcomed
President Y and Prime Minister Z of Ruritania for a joint meeting at the White House"): a host's act,
as "welcomed President Castro to the White House" is; the office may hold "for" before a capital (fourhundredninetyninth
santos: "welcomed the European Parliament’s Rapporteur for Albania, Ms. Isabel Santos, for a meeting"); not "welcomed
Ruritania's decision", "welcomed Prime Minister Z for his leadership" (no event noun)."""
_WELCOMED_FOR_A_PURPOSE = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|bin|,)|,)*?\s+"
                                     r"(?:to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those)\b)[a-z]{3,}\s"
                                     r"|(?:in|during)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:courtesy\s+calls?|ceremony|"
                                     r"audience)\b)")
"""After "welcomed", a named guest and why or how she came (three-hundred-ninety-ninth: "Acting Secretary X welcomed
UK Ambassador Y to strengthen cooperation on …", "President X welcomed Mr. Y in a courtesy call held at the Music
Room"): a host's act, as "welcomed President Castro to the White House" is, when the words after "welcomed" are a
person (`_welcomed_a_guest_for_a_purpose`); not "welcomed Prime Minister Y's decision to …", a thing welcomed in
words."""


_SPEAKING_AT_OPENING = re.compile(r"Speaking\s+(?:at|during|in)\s+(?:the|this|that|a)\s+[^,;:.]{1,40},\s")
"""A sentence that opens by saying its subject spoke ("Speaking at the meeting, …", "Speaking during the event, …"): a
welcome of guests after it is his words, not a host's act (eighthundredseventyfirst haiphonggov zhanjiang: "Speaking at
the meeting, Mr. X, Vice Chairman of Hai Phong City People's Committee, welcomed the Zhanjiang City’s delegation to Hai
Phong. He informed the delegation about …"), so the readings of "welcomed" as a host's (`_WELCOMED_A_PARTY_LED_OR_HOSTED`
and its kin) are not tried."""


_WELCOMED_VISITORS_WHO_CAME = re.compile(r"\s+(?:warmly\s+)?(?:the\s+)?(?:(?!of\b)[\w’'-]+\s+){0,3}?"
                                         r"(?:representatives|delegates|ambassadors|envoys|guests|visitors|delegations?)"
                                         r"\b[^.;:]{0,60}?\bwho\s+(?:had\s+|have\s+)?(?:paid\s+(?:a|an)\s+(?:[\w-]+\s+)?"
                                         r"(?:courtesy\s+)?(?:calls?|visits?)|called\s+on|came|arrived|visited)\b")
"""After "welcomed", visitors (representatives, envoys, guests, a delegation …) and a relative clause saying they came
(four-hundred-seventh ph_pcoo_2011-06-09_aquino_five_envoys: "President X warmly welcomed the representatives of five
countries who paid a courtesy call on him to present their respective credentials"): a host's act, as "welcomed President
Castro to the White House" is; not "welcomed the decision of the envoys who came …" (a thing welcomed: no "of" before
the visitors' noun), nor "welcomed the envoys' proposal", with no clause of coming."""


_WELCOMED_A_PARTY_LED_OR_HOSTED = re.compile(
    r"\s+(?:warmly\s+)?(?:a|the)\s+(?:[A-Z][\w’'.-]*\s+){0,3}?(?:[a-z-]+\s+){0,2}?(?:delegation|group|diplomatic\s+corps)\b"
    r"(?:[^.;:“”\x22]{0,60}?\s(?:led|headed)\s+by\s"
    r"|\s+for\s+(?:a|an|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|visit|talks|dinner|lunch|luncheon|breakfast|"
    r"reception|ceremony|celebration)\b"
    # (initials' full stops in the guests' "of …", "U.S."; the place after "to" or "at the" and a capital)
    r"|(?:\s+(?:of|from)\s(?:[^.;:,“”\x22]|(?<=[A-Z])\.){0,60}?)?"
    r"\s+(?:to\s+(?:the\s+)?(?:[A-Z]|(?:academy|headquarters|ministry|palace|"
    r"office|school|college|university|base|city|province|country|island)s?\b)|at\s+the\s+[A-Z]))")
"""After "welcomed", a party of guests (a delegation, a group, the diplomatic corps) and who led it, the event it came
for or the place it came to (hard65 police_delegation: "Commandant …, Mr X, welcomed a delegation of the Caldria Police
Service to the academy on Friday.", as hard64's "welcomed a delegation from the city of Y led by …"; fivehundredfiftyseventh somaliland 2016-04-07: "Foreign Minister X welcomed a large delegation from Egypt led by
Ambassador Y and Ambassador Z which included …"; fivehundredthirtyeighth flanders 2018-01-22: "Minister-President X
welcomed the diplomatic corps for the annual new year's reception."): a host's act, as "welcomed President Y and Prime
Minister Z for a joint meeting" is with named guests (`_WELCOMED_FOR_A_MEETING`); not "welcomed the delegation he led"
nor "welcomed the delegation and said …", whose other verb is read as before. The place may follow "at the" in capitals
(sixhundredsixteenth agn_gt: "President X welcomed a delegation of high-level U.S. Government officials at the
Presidential Office."), as "to the academy". The party may be named by its body's capitalised name before the noun
(eighthundrednineteenth dnanews eu-delegation: "Speaker SA X welcomed the European Union delegation to the Sindh
Assembly."), as by a lower-case adjective ("a large delegation")."""


_WELCOMED_AN_OFFICE_HOLDER_TO_A_PLACE = re.compile(
    r"\s+(?:warmly\s+)?(?:the|a|an)\s+(?:(?:new|newly\s+(?:appointed|accredited)|visiting|incoming|[A-Z][\w’'.-]*)\s+){0,3}?"
    r"(?:ambassador|envoy|consul(?:[\s-]+general)?|high\s+commissioner|(?:prime\s+|foreign\s+|deputy\s+)?minister|premier|"
    r"(?:vice[\s-]+)?president|governor|chancellor|mayor|king|queen|prince|princess|emperor)s?"
    r"(?:\s+(?:from|of)\s+[^.;:,“”\x22’'()]{1,60}?)?"
    r"\s+to\s+(?:the\s+)?[A-Z](?![^.;:“”\x22]*\s(?:(?:and|but)\s+(?:also\s+)?[a-z]+ed\b|as\s+an?\s+(?:sign|signal|mark|"
    r"symbol|token|testament|reflection|step)\b|(?:saying|noting|calling|describing)\b))")
"""After "welcomed", a guest named by an office in lower case, maybe the country or body sent from, and the capitalised
place come to (eighthundredfortyfourth wsfa 2008: "Governor Bob Riley welcomed the ambassador from South Korea to
Montgomery Wednesday."): a host's act, as "welcomed President Castro to the White House" is with the office in capitals
(`_WELCOMED_TO`); only where no second verb follows in the sentence (hard82 kestrany: "… said Minister X welcomed the
ambassador to Nesterhall and wished her success in her mission." is read as before, his words with the wish); not "welcomed the ambassador's proposal to …" nor "welcomed the president of Ruritania's decision to …"
(no possessive in the guest's words), nor "welcomed the ambassador's remarks", no place; nor where the welcome is
given a meaning after the place ("welcomed the ambassador from Zorvia to Brellmont as a sign of growing ties", "…,
saying …"), a view stated, read as before (review hr56)."""


_WELCOMED_GUESTS_PLAINLY = re.compile(r"\s+(?:warmly\s+)?(?:all\s+)?(?:the\s+)?(?:(?!of\b)[a-z-]+\s+){0,2}?"
                                      r"(?:delegates|guests|visitors|participants|attendees|delegations?)"
                                      r"(,?\s+(?:including|from)\s+[^.;:,“”\x22]{1,60})?\s*\.")
"""After "welcomed", guests named by a common plural noun and nothing else welcomed, the sentence ending after them or
after whom they include (fivehundredtwentyfourth gnlm dili-dialogue-forum: "President of Timor-Leste Dr X warmly welcomed
the delegates including Myanmar."): a host greeting them, as "welcomed her guests to Taiwan" was decided; only "warmly"
or with whom they include (group 1), a bare "He welcomed the guests." read as before; not "welcomed the participation
of delegates", "welcomed the delegates' proposal", a thing welcomed."""


_WELCOMED_A_GUEST_WHO = re.compile(r"(?:\s+(?:the\s+)?[A-Z][\w’'.-]*|\s+(?:of|for|and)\b){1,9}?"
                                   r"(?:,(?:\s+[A-Z][\w’'.-]*){1,4})?,\s+who\s+(?!is\b|was\b|has\b|had\b)[a-z]+ed\b")
"""After "welcomed", a titled guest (the office, its name after a comma) and a relative clause on what the guest did
(styles31 ain_sawfar_palace: "President X welcomed Minister of State for Refugee Affairs, Y, who briefed him on …"): a
host's act, and the guest's report only a clause on him, narrative as the Kremlin's "had a working meeting with Y, who
briefed the President on …"; not "welcomed Y, who is visiting …" (no past verb: read as before)."""


def _welcomed_a_guest_for_a_purpose(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes a person and the purpose or occasion of the visit
    (`_WELCOMED_FOR_A_PURPOSE`); cheap guard: a capital right after the verb."""
    at = skip_space(text, ve, hi)
    if at >= hi or not text[at].isupper() or _WELCOMED_FOR_A_PURPOSE.match(text, ve, hi) is None:
        return False
    return _guest_at(text, at, hi) is not None


_WELCOMED_NEW_ARRIVAL = re.compile(r"\s+(?:warmly\s+)?the\s+(?:new|newly\s+(?:appointed|accredited)|visiting|incoming)\s+"
                                   r"(?=[A-Z])")
"""After "welcomed", a guest named as one newly come, an office in capitals after "the new", "the visiting" …
(fourhundredseventyseventh: "Prime Minister X has welcomed the new Principal Officer of the United States Embassy in
Grenada, Y.", "… welcomed the new Ambassador of the People’s Republic of China to Grenada, His Excellency Z."): a host
receiving a visitor, as "welcomed President Castro to the White House" is; not "welcomed the new sanctions package",
"welcomed the new embassy", no person, nor "the new Ambassador’s proposal", a thing welcomed."""


def _welcomed_a_new_arrival(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes a person newly come (`_WELCOMED_NEW_ARRIVAL`); cheap guard: "the "
    right after the verb."""
    if not text.startswith(" the ", ve) and not text.startswith(" warmly the ", ve) \
            or _WELCOMED_NEW_ARRIVAL.match(text, ve, hi) is None:
        return False
    guest = _guest_at(text, skip_space(text, ve, hi), hi)
    return guest is not None and not text.startswith(("’s", "'s"), guest.end)


_ON_THE_GUESTS_VISIT = re.compile(r"(?:,\s+(?:[^,.;:“”\x22]|\b(?:Mr|Mrs|Ms|Dr)\.){2,60}?){0,3}?,?\s+"
                                  r"(?:as\s+part\s+of|during|on)\s+(?:his|her|their)\s+(?:[\w-]+\s+){0,3}?visits?\b")
"""After the guest "welcomed" takes, the guest's name and the date set off by commas, then the visit it was part of
(five-hundred-eleventh gnb 2015-03-0223: "Premier X welcomed France’s ambassador to Canada, Y, March 25, as part of his
first official visit to New Brunswick."): a host receiving a visitor (`_welcomed_a_guest_on_a_visit`). The words set off
may hold a courtesy title's full stop: the guest's office and the spouse who came too (fivehundredeighteenth, Ontario's
and British Columbia's releases: "Premier X welcomed Their Excellencies the Right Honourable Y, Governor General of
Canada, and Mr. Z, on their first official visit to British Columbia.")."""


def _welcomed_a_guest_on_a_visit(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes a person, then says the welcome was part of the guest's visit
    (`_ON_THE_GUESTS_VISIT`); not "welcomed the ambassador’s proposal during his visit", a thing welcomed. Cheap
    guard: " visit" within 200 characters."""
    if text.find(" visit", ve, min(hi, ve + 200)) < 0:
        return False
    guest = _guest_at(text, skip_space(text, ve, hi), hi)
    return guest is not None and not text.startswith(("’s", "'s"), guest.end) \
        and _ON_THE_GUESTS_VISIT.match(text, guest.end, hi) is not None


_WELCOMED_GUESTS_ON_A_DATE = re.compile(
    # the guests: capitalised words (no possessive), an office's small words, a photo's "(center)", commas, and the
    # plural nouns of people (group 1)
    r"(?:\s*(?:(?:[A-Z][\w.-]*(?:[’'](?![sS]\b)[\w.-]+)?|of|the|and|to|new|newly|visiting|incoming)(?![\w’'])"
    r"|\((?:center|centre|left|right|second\s+from\s+(?:left|right))\)"
    r"|(legislators|lawmakers|senators|parliamentarians|delegates|officials|guests|visitors|envoys|diplomats|"
    r"ambassadors)\b|,)){1,24}?"
    # then only when: the date, or the guests' visit (and where and when it was)
    r",?\s+(?:on\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}\s+" + MONTH_NAME_PATTERN + r"|"
    + MONTH_NAME_PATTERN + r"\s*\d{1,2})(?:,?\s+\d{4})?"
    r"|during\s+(?:his|her|their|the)\s+(?:[\w-]+\s+){0,3}?(?:visit|call)\b[^.;:“”\x22]{0,120}?)\s*\.?")
"""After "welcomed" (a caption's "welcomes"), guests and nothing after them but the date of the welcome or the visit it
was part of (sixhundredthirtythird senate 2022-09-09: "Senate President X welcomes H.E. Y (center), the new U.S.
Ambassador to the Philippines, on 8 September 2022."; 2024-02-21: "X welcomes French legislators and the French
Ambassador to the Philippines Y during their visit to the Philippine Senate in Pasay City Wednesday, February 21,
2024."): a host receiving visitors, as "welcomed President Castro to the White House"; not "welcomed the decision on 8
May", "welcomed Japan’s offer during his visit", a thing welcomed (`_welcomed_guests_on_a_date`)."""


def _welcomed_guests_on_a_date(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes guests, then only the date or the visit, to the sentence's end
    (`_WELCOMED_GUESTS_ON_A_DATE`): a person named or described first, or people by a plural noun. Cheap guard:
    " on " or " during " in the sentence."""
    end = back_over(text, ve, hi, " \n")
    if text.find(" on ", ve, end) < 0 and text.find(" during ", ve, end) < 0:
        return False
    guests = _WELCOMED_GUESTS_ON_A_DATE.fullmatch(text, ve, end)
    if guests is None:
        return False
    if guests.group(1) is not None:
        return True
    return _guest_at(text, skip_space(text, ve, hi), hi) is not None


_AT_A_PLACE = (r"\s+(?:warmly\s+)?(?:(?:on|at)\s+(?:the\s+)?(?:[A-Z]|(?:entrance|doors?|steps|gates?|porch|airport)\b)"
               # (eighthundredeightysecond banglamirrornews 2023-08-25: "The SCC mayor X welcomed the Sarah Cooke at
               # his residence of the city’s Pathantula in the morning": the host's own house or office, a reception)
               r"|at\s+(?:his|her|their)\s+(?:official\s+)?(?:residence|home|house|office)\b"
               # (styles8 castara_moncloa: "Sandoval welcomed Vallebø with military honours in the courtyard")
               r"|with\s+(?:full\s+)?(?:(?:military|state|official)\s+)?honou?rs\b"
               # (styles33 lagunie_presidency: "The Head of State welcomed his guest in the presence of the
               # Secretary-General of the Presidency, Mr. X": who stood by at the reception)
               r"|in\s+the\s+presence\s+of\b)")
"""Where a guest was received: "at the Mariinsky Palace", "at the airport", "on Alexander Nevsky Square"; or
how: "with military honours", "in the presence of" those who attended."""
_RECEIVED_AT = re.compile(r"(?:\s+the)?(?:\s+[A-Z][\w’'.-]*){1,5}(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'.-]*){1,4})?"
                          # (eighthundredfiftieth hawlergov goldman: "welcomed James Goldman, the British Consul
                          # General in Erbil, at Erbil Citadel": the guest's office set off by commas, "the" and a
                          # place's "in" inside it)
                          r"(?:,\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|in|to|for|the|and|[A-Z][\w’'.-]*)){0,8},)?"
                          r"(?:\s+and(?:\s+[A-Z][\w’'.-]*){1,3})?"
                          # (eighthundredfortyfirst pulse 2017-07-13: "The governor welcomed Blair to the state at the
                          # airport before they proceeded to a private meeting": the host's land named by its common
                          # noun, then where he met the guest; "welcomed Ambassador X to the state" alone stays a welcome
                          # in words, as the 546th's and 723rd's golds have it)
                          r"(\s+to\s+the\s+(?:state|country|city|province|region|island|kingdom|county|town))?"
                          + _AT_A_PLACE)
"""After "welcomed" and a person, where or how the guest was received: "warmly welcomed President X on
Alexander Nevsky Square", "welcomed Vladimir and Lyudmila Putin at the entrance to the palace", "welcomed
Vallebø with military honours": a host's act, as "welcomed President X to the White House" is; the person an office
of a country and the name in apposition too ("welcomed the Prime Minister of Montavia, Miloš Radić, at the Prime
Minister's Office", styles9 arberia_pm_trap)."""
_RECEIVED_PRONOUN_AT = re.compile(r"\s+(?:him|her|them|(?:the|his|her|their)\s+(?:(?:distinguished|foreign|high|"
                                  r"honou?red)\s+)?(?:guests?|visitors?))" + _AT_A_PLACE)
"""_RECEIVED_AT with the guest a pronoun: "welcomed him at the Mariinsky Palace", "welcomed her at the airport"; or
the guest as such (hard34 quellmark_president_receives_prime_minister_reyl: "President Quint welcomed the guest at
the Presidential Palace")."""
_RECEIVED_BY_AT = re.compile(_AT_A_PLACE)
"""After a passive "welcomed by" and its agent, where the guest was received (two-hundred-twenty-sixth 34180:
"Mr Putin was welcomed by King of Belgium Albert II at Melsbrook Airport"): a host's act, when the one
welcomed is a person."""
_GUESTS_WELCOMED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w’'-]+\s+){0,2}?(?:delegation|delegations|team|group|guests|"
    r"visitors|participants|members)(?:\s+of\s+[^,;.]{1,60}?)?\s*$")
"""A group received, the subject of a passive "welcomed by" its host where it was received ("The delegation of the
Kaldorian Parliament was welcomed by Prime Minister X at the airport"): a host's act, as with a person welcomed
(`_RECEIVED_BY_AT`); not "The proposal was welcomed by X at the summit", a thing welcomed in words."""
_WELCOME_ENDS = re.compile(r"(?:,\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?\s*(?:[.!]?\s*$|,\s+who\s)")
"""After a passive "welcomed by" and its agent, the sentence's end or a relative clause on the host (eighthundredfiftysixth
ecoaral: "The delegation was welcomed by the Deputy Chairman of the Council of Ministers of Karakalpakstan, Rasul
Zarikeev, who introduced the guests to the tourist and cultural sites of Karakalpakstan."): a group of guests received
(`_GUESTS_WELCOMED`), as where a place follows (`_RECEIVED_BY_AT`); not "The delegation was welcomed by X as a sign
of …" nor "… by X, calling it …" (a welcome given in words)."""
_WHO_CLAUSE_VERB = re.compile(r"\s*(?:(?:[a-z]+ly|also|then|later)\s+)?([a-z]+)")
"""The verb of the relative clause on the host after "welcomed by X" (`_WELCOME_ENDS`): a speech verb (`SPEECH_VERBS`)
makes the clause the host's words ("The delegation was welcomed by the Governor of Kell, Oren Tavik, who said that Kell
is ready to expand trade"), still his statement; any other ("…, who introduced the guests to the sites") a reception."""
_ON_ARRIVAL = re.compile(r"(?:Upon|On)\s+(?:(?:his|her|their|the|its)\s+)?arrival\b")
"""A sentence's opening at someone's arrival ("Upon arrival at …, the guest was welcomed by X"): the passive "welcomed by"
after it is a reception (`_guests_welcomed_by`), not a thing welcomed in words."""
_CAME_AND_WAS = re.compile(r"\b(?:visited|arrived\s+(?:in|at)|came\s+to)\s+[^,;.]{1,60}?"
                           r"(?:,\s+[^,;.]{1,40}?){0,3},?\s+and\s*$")
"""A guest's coming told right before the passive "welcomed by", joined to it by "and" (sevenhundredninetysixth
businesstianjin: "Led by …, a Melbourne delegation visited Tianjin, and was warmly welcomed by Tianjin mayor X on
February 29."): the one who came was received, the host's act, as after "Upon arrival" (`_ON_ARRIVAL`); not "The
proposal was welcomed by X" (no coming), nor "reached", which a thing does as often as a guest ("The draft reached the
parliament on Monday, and was welcomed by Speaker X as …": his view; stop 61's review). The time and the guest's
company may follow the place, set off by up to three commas (eighthundredfiftyseventh kurdpress 2021-05-23: "X arrived
in Kurdistan province on Sunday, May 23, at the head of a delegation, and was welcomed by Y, the governor of
Kurdistan province, at the Bashmaq border"). Searched in the 150 characters before the "be"."""
_HEAD_OF_DELEGATION = re.compile(r"\b[Tt]he\s+head\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+)?delegation$")
_OFFICE_NAME_AND_OFFICE = re.compile(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4},\s+(?:[A-Z][\w’'.-]*\s+){1,5}?"
                                     r"[A-Z][\w’'.-]*,\s+and\s+(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*")


_AND_A_KIN = re.compile(r" and (?:his|her) (?:[a-z-]+ ){0,2}[a-z-]+\Z")
""""and" and a possessive's noun of one's own (" and his elder brother", " and her husband"), its words in lower case,
right before the comma that sets off the name it describes."""
_LOWER_WORDS = re.compile(r"(?:[a-z-]+ ){0,2}")
"""Up to two lower-case words between an apposition's comma and its name (", former Energy Sec. Y")."""


def _pair_before_a_kins_name(text: str, lo: int, phrase: Phrase) -> Phrase | None:
    """The pair that opens the clause when the name `phrase`, set off by commas before the verb, is the apposition of
    the second of two joined by "and" and a possessive (thousandeleventh inquirer, Petilla brothers: "Leyte Gov. X and
    his elder brother, former Energy Sec. Y, have expressed support to …"): the two together, a group, not the last
    name alone; None when no "and his/her …" stands before the name's opening comma (past up to two lower-case words,
    "former"), or when no person opens the clause before that "and" ("Speaking to reporters and his aides, …")."""
    opening = text.rfind(", ", max(lo, phrase.start - 24), phrase.start)
    if opening < 0 or _LOWER_WORDS.fullmatch(text, opening + 2, phrase.start) is None:
        return None
    kin = _AND_A_KIN.search(text, max(lo, opening - 40), opening)
    if kin is None:
        return None
    first = phrase_ending_at(text, lo, kin.start())
    if first is None or first.start != lo or first.kind not in ("name", "description"):
        return None
    return Phrase("group", lo, phrase.end, text[lo:phrase.end])


_PLURAL_OFFICE_OPENING = re.compile(r"([A-Z][a-z-]+) (?=[A-Z])")
"""A capitalised word, then a capitalised one: a plural office before the first name of a list ("Governors A of …")."""
_LIST_OF_NAMES = re.compile(r"(?:(?:[A-Z][\w’'.-]*|of|the|and)(?:[,;]? ))+")
"""The members of such a list before its last one: capitalised words, "of", "the" and "and", set apart by spaces, commas
or semicolons, and no other lower-case word, so no verb of a clause of its own ("Ministers A and B met on Monday, and
Minister C said …": C speaks alone)."""


def _list_after_a_plural_office(text: str, lo: int, phrase: Phrase) -> Phrase | None:
    """The list that a plural office opens at `lo`, when `phrase`, the name before the verb, is its last member after
    "and" (thousandeleventh inquirer, Petilla brothers: "Governors Damian Mercado of Southern Leyte; Rogelio Espina of
    Biliran; and Michael Reynolds Tan of Samar have also expressed their support …": semicolons, which the list reader
    of commas does not join): a group, not the last name alone; None when the clause opens with no plural office of
    `_PLURAL_ROLES` ("President X and …"), no "and" stands before the name ("Ministers X said …"), or a word in lower
    case other than "of", "the" and "and" stands between the office and the name, a clause of its own
    (`_LIST_OF_NAMES`: "Ministers A and B met on Monday, and Minister C said …")."""
    opening = _PLURAL_OFFICE_OPENING.match(text, lo, phrase.start)
    if opening is None or opening.group(1).lower() not in _PLURAL_ROLES or text.find(" and ", lo, phrase.start) < 0 \
            or _LIST_OF_NAMES.fullmatch(text, opening.end(), phrase.start) is None:
        return None
    return Phrase("group", lo, phrase.end, text[lo:phrase.end])


_PREPOSITION_BEFORE = re.compile(r" (?:in|of|at|on|from|to|with|for|by) \Z")
"""A preposition right before a phrase: its object, no subject ("flooding in the province deemed it …")."""
_CLAUSE_JOINED = re.compile(r",\s+(?:and|but|while|whereas|yet)\s|;")
"""A comma and a conjunction, or a semicolon: a clause of its own joined after a report's."""


def _group_ending_in_a_name(text: str, lo: int, phrase: Phrase) -> Phrase | None:
    """The group that opens the clause at `lo` and ends in the name `phrase` read before the verb: a pair whose second
    member's name is set off after "and his/her …" (`_pair_before_a_kins_name`), or a list a plural office opens
    (`_list_after_a_plural_office`); None for a name that speaks alone."""
    if text.startswith(",", phrase.end):
        pair = _pair_before_a_kins_name(text, lo, phrase)
        if pair is not None:
            return pair
    return _list_after_a_plural_office(text, lo, phrase)


def pair_after_a_who_clause(text: str, lo: int, who: int, phrase: Phrase) -> Phrase | None:
    """The pair that opens the sentence at `lo` when `phrase`, the person read before the verb, is joined by ", and "
    to a "who" clause at `who` set off after the sentence's opener ("The governor, who arrived …, and the mayor, Mrs. X,
    said …"; the trap's "The co-chairs, who signed …, and the governor, Mr. Y, said …"): a group phrase from `lo` to
    the phrase's end, or None. The phrase may be a name set off after its office ("the mayor, Mrs. X"); the ", and "
    must come after the clause's "who" and right before the phrase or its office, the clause closing alone there
    (`_who_clause_closes_alone`); the opener is a person or a group. Not hard79's "The minister, who was flanked by the
    Secretary …, Capt. (Retd) X, and the Chairman of …, Mr. Y, said …" (the clause's own objects, listed)."""
    start = phrase.start
    if text.endswith(", ", lo, start) and (office := phrase_ending_at(text, lo, start - 2)) is not None \
            and office.kind == "description" and office.end == start - 2:
        start = office.start  # (the office before the name: "the mayor, Mrs. X")
    if not text.endswith(", and ", lo, start) or start - 6 <= who \
            or not _who_clause_closes_alone(text, who + 2, start - 6):
        return None
    opener = phrase_ending_at(text, lo, who)
    if opener is None or opener.start != lo or opener.kind not in ("name", "description", "group"):
        return None
    return Phrase("group", lo, phrase.end, text[lo:phrase.end])


_WHO_CLAUSES_COMPANY = (" by ", " with ", " and ")
"""Words inside a "who" clause after which ", and <person>" may go on the clause's own list of people ("who was flanked
by A, …, and B", "who met with A and B")."""


def _who_clause_closes_alone(text: str, who: int, comma: int) -> bool:
    """Whether the "who" clause from `who` to the comma at `comma` (before ", and") holds no comma of its own and no
    "by", "with" or "and" that could open a list the ", and" goes on (`_WHO_CLAUSES_COMPANY`): "who arrived on the first
    ferry from Lindhavn" closes alone, "who was flanked by the Secretary …, Capt. X" does not."""
    if text.find(",", who, comma) >= 0:
        return False
    return not any(text.find(word, who, comma) >= 0 for word in _WHO_CLAUSES_COMPANY)


def _office_pair_set_off(words: str) -> bool:
    """Whether `words` (a group's phrase) are an office, its holder's name between commas, "and" and a second office
    ("FSMDB Chairman, Iso Nahnken Ihlen Joseph, and PIDB President"), all capitalised: the first of two people listed
    as one subject, each with an office (`_joined_by_and`)."""
    return _OFFICE_NAME_AND_OFFICE.fullmatch(words) is not None


def _office_word_before_a_noun(text: str, phrase: Phrase, pos: int) -> bool:
    """Whether the description `phrase`, read before the comma of a participle at `pos`, stops one lower-case word
    short of that comma ("took the official photo, expressing …": the office's word an adjective of "photo"): no office
    set off before the participle, whose subject it would be ("X, Speaker of the House, said" reaches its comma)."""
    gap = text[phrase.end:pos].rstrip(" ,")
    return gap[:1] == " " and gap[1:].isalpha() and gap[1:].islower()


_AND_BEFORE_A_BODY = re.compile(r"\band\s+(?:[A-Z][\w’'.-]*\s+|\([A-Z][\w.-]*\)\s+){1,7}$")
"""The "and" before a body's capitalised name (its initials in brackets maybe) that an office read as a person's phrase
leaves out ("… and Aqaba Special Economic Zone Authority (ASEZA) Chief Commissioner X"): searched in a short window that
ends where the phrase starts (`SpeechSubjects._joined_by_and`)."""
_LIST_HEAD = re.compile(r"(?:.*,)?(?:\s*[A-Z][\w’'.-]*+)*\s*", re.DOTALL)
"""What comes before the one named before "and", when the two are listed as one subject:
nothing, or earlier names up to a comma, and capitalised words ("…, Treasury Department")."""
_WELCOMED_ON_A_DAY = re.compile(
    r"(?:\s+in\s+[A-Z][\w’'-]*)?\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
    r"this\s+(?:morning|afternoon|evening))(?:\s+in\s+[A-Z][\w’'-]*)?\s+(?=[A-Za-z])")
"""After "welcomed", the day (and the city) of the welcome before whom it welcomed (fivehundredfiftysixth acn: "Machado
Ventura welcomed on Monday in Havana a delegation from the Spanish Communist Party …", "Arzuaga Reyes welcomed Monday the
Spanish delegation that …"): when and where guests were received, a host's act once a delegation or a person follows
(`_welcomed_on_a_day`); not "welcomed today the decision of …", a thing welcomed in words."""
_A_DELEGATION = re.compile(r"(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:delegations?|guests|visitors|group)\b"
                           r"(?!\s*[’']s\b)")
"""Guests as a group ("a delegation", "the Spanish delegation", "the visitors"), not their proposal ("the delegation's
proposal")."""


def _welcomed_on_a_day(text: str, ve: int, hi: int) -> bool:
    """Whether "welcomed" at text[..ve] takes first the day of the welcome, then guests: a delegation
    (`_A_DELEGATION`) or a person named or described (`_WELCOMED_ON_A_DAY`)."""
    day = _WELCOMED_ON_A_DAY.match(text, ve, hi)
    if day is None:
        return False
    at = day.end()
    if _A_DELEGATION.match(text, at, hi) is not None:
        return True
    guest = _guest_at(text, at, hi) if text[at].isupper() else None
    return guest is not None and not text.startswith(("’s", "'s"), guest.end)


_WELCOMED_COUNT = re.compile(
    r"\s+(?:more than\s+|over\s+|nearly\s+|some\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens of)\s")
"""People counted after "welcomed": guests received, not a thing welcomed in words."""
_TITLE_THEN_THAT = re.compile(r"\S\s+(?:[A-Z][\w’'-]*\s+){1,4}$")
"""A title's capitalised words, not opening the sentence, before "that": a name's relative clause."""
_JUDGING_VERBS = ("consider", "deem", "regard")
"""Verbs that judge their object, in any form ("considers", "deemed"; `_cue_at`)."""
_GAP_COMPLEMENT = re.compile(
    r"\s+(?:(?:most|more|less|very|particularly|especially|highly|absolutely)\s+)?"
    r"[a-z]+(?:ing|ive|ful|ant|ent|able|ible|al|ous|ic|ary|ory|ate)\s*[.;,)]")
"""A judging verb's complement with no object before it and the clause's end after it ("considers most
promising."): its object is the noun the clause follows (`_cue_at`)."""
_VERB_ENDS_CLAUSE = re.compile(r"(?:\s+(?:last|this|next|earlier|in|on)\s+[\w’'-]+(?:\s+\d{4})?"
                               r"|\s+(?:in|at|during)\s+(?:his|her|their|its|the)(?:\s+(?!that\b|which\b)[\w’'-]+){1,6})?"
                               r"\s*[.;]")
"""Nothing but a time, or the occasion it was said at ("… that President X outlined in his State of the Union
Address."), after the verb before the clause ends: the verb's object is the noun before "that"."""
_SUBJECT_BEFORE_THAT = re.compile(r"(?:The|These|Those|All|Such)\s+(?:(?![a-z]+ed\s)[a-z][\w-]*\s+){1,3}")
"""A sentence's subject, a common noun, before "that" opens a relative clause on it."""
_TOPIC_NOUNS = frozenset({"issue", "issues", "question", "questions", "topic", "topics", "matter", "matters", "subject",
                          "subjects", "problem", "problems", "point", "points", "proposal", "proposals", "idea", "ideas",
                          "initiative", "initiatives", "measure", "measures", "step", "steps"})
"""Nouns of what is talked about: before a person's name with no "that", the head of a relative clause on it."""
_SUBJECT_BEFORE_TOPIC = re.compile(r"(?:The|These|Those|All|Such)\s+(?:[a-z][\w-]*\s+){0,2}")
"""A sentence's opening determiner (and at most two lowercase words) before its subject noun (`_TOPIC_NOUNS`)."""
_DECISION_ANNOUNCED = (" his decision ", " her decision ", " his intention ", " her intention ")
"""After "announced" in a meeting's "during which" clause: the appointment's lead (`_event_which_cue`)."""
_EVENT_WHICH = re.compile(r",\s+(?:during|at|in\s+the\s+course\s+of)\s+which\Z")
"""Before a pronoun, the "which" of a meeting's time or place ("…, during which he announced …", "…, at which
she stressed …"): the pronoun is the subject of the sentence, who speaks in the clause (not "…, which the
President announced": there "which" is what was said)."""
_OWN_WORDS_IN_WHICH = re.compile(
    r"\b(?:made|gave|delivered|issued|released)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:(?!joint\b)[\w-]+\s+){0,2}?"
    r"(?:statement|remarks|speech|address|comments|declaration)\b[^,;:.“”\"]{0,60},\s+in\s+which\Z")
"""Before a pronoun, the "in which" of the words its subject made or gave ("X made a brief statement following the
meeting, in which he said: …"): the pronoun is the sentence's subject, who speaks in the clause; not a joint
statement's (styles7 andinia_la_moneda: "the Head of State gave a joint statement to the press with the Kalvian Prime
Minister, in which he said:", given by two, the quotation after it told by its own tag)."""
_LETTER_BEFORE_IN_WHICH = re.compile(r"\b(?:letter|message|telegram)s?\b")
"""A written text sent, read in the words before a relative "in which" whose named subject speaks ("… through a letter
sent on Tuesday to …, in which Ruçi also thanked …"): the letter's words are that person's."""
_SHARED_TALK_STEMS = ("discuss", "spoke", "talk", "exchang", "review", "agree", "consider", "analy", "comment")
"""Verbs of a talk two people share: in "…, with whom he discussed …" a meeting's topic, no one's statement (so
"held a meeting with the … journalists …, with whom he commented on …", fourhundredseventythird's trap)."""
_WITH_CLAUSE_OFFICE = re.compile(r",\s+with\s+((?:[A-Z][\w’'-]*\s+){1,4})$")
"""A "with" clause whose speaker's name comes after an office of capitalised words (hard71: "Saluvia and Norrevik agreed
…, with Saluvian Transport Minister Corvin Aldemaro saying the first trains could run by 2029."): the name's clause."""
_WITH_CLAUSE = re.compile(r"(?:,|(?<=day)|(?<=concluded)|(?<=ended)|(?<=closed)|(?<=opened)|(?<=began))\s+with\s+$")
"""The "with" that opens an absolute clause of a speaker's ("…, with Mr Putin expressing the hope that …"): after a
comma, or after the day ("today", "on Thursday") that ends the clause before it with no comma (three-hundred-
ninety-ninth ph_pnd 2019-11 motegi: "… paid a courtesy on President X in Malacañang on Thursday with the Philippine
leader expressing his gratitude …"; not "met with X expressing …", the object of the verb); or after an event's end
or start (styles40 oruvaan: "The meeting concluded with VP X acknowledging the efforts of …", "The talks opened with
the Minister welcoming …": what the event closed or opened with is the one person's words)."""
_PLANNED_BEFORE_WITH = re.compile(r"[^,;:]{0,80}?\s(?:will|shall)\s+(?:also\s+)?[a-z]+\b")
"""A main clause that opens with what will be done, before a "with" clause (three-hundred-twenty-second
ireland_taoiseach 2016-07-12 merkel: "The two leaders will discuss the future direction of Europe, with the Taoiseach
indicating that progress should now be made …"): the "with" clause is part of the plan, nothing said yet, as a future
passive says nothing yet (`_UNDONE_BE`)."""
_WRITING_FROM = re.compile(r"\b(?:message|letter|telegram|note|greetings)s?\s+from\s+$")
"""A written text and "from" right before the person who sent it, whose -ing speech verb follows ("a
message from President Y reaffirming …", `_sender_of_writing`)."""
_LETTER_FROM_OPENING = re.compile(r"(?:[A-Z][a-z]+,\s+)?(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er)\s+(?:written\s+)?"
                                  r"(?:letter|message|telegram|note)\s+from\s+")
"""A written text and its sender opening a clause as its subject ("Meanwhile, a letter from Mr X …",
`_sender_of_an_opening_letter`)."""
_NEWS_FROM_BEFORE = re.compile(r"\bnews\s+(?:[a-z]+\s+){0,3}?from\s+[^;:]{2,160}?[\s,]*$")
"""News and the one it came from before a participle set off by a comma ("received the sad news today from Her
Excellency the Governor General, confirming the passing of …"): the participle tells what the news says, no one's
statement (`_cue_at`)."""
_IT_WAS_BEFORE = re.compile(r"\b[Ii]t\s+was\s+(?:also\s+|then\s+)?\Z")
"""Before a person, what makes a cleft sentence of "… who suggested": "It was Mr Dann who …"."""
_RELATIVE_PRONOUNS = frozenset({"which", "whom", "whose"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|these|those|his|her|its|their|our)\s+$")
_GAP_AFTER_VERB = re.compile(r"(?:\s+(?:out|up|forward))?\s+(?:through|during|earlier|last)\b")
"""After a verb whose object is the noun before its subject (a relative clause with no "that"): a
preposition or adverb of means or time where the object would stand ("the vision the President laid
out through …", "the plan the Minister set out last year")."""
_A_DESCRIBING = re.compile(r", an? ")
"""An aside that describes the name before it ("Tolvik, a former trade negotiator"): no title of the name."""
_SUBJECT_ASIDE = re.compile(r"(?:\s+(?:once\s+)?again)?,\s*(?:in\s+turn|for\s+(?:his|her)\s+part|in\s+response|in\s+reply"
                            r"|(?:this\s+time\s+)?in\s+person)\s*,\s*$")
_SUBJECTS_ASIDE = re.compile(
    r"(?:however|moreover|meanwhile|nevertheless|nonetheless|furthermore|in\s+addition|in\s+turn|yesterday|today"
    r"|(?:and\s+)?(?:in|on|at|for|with|during|after|through)\s[^,;:.!?()\x22“”]{1,80}"
    r"|[a-z]{3,}(?:ing|ed)\s[^,;:.!?()\x22“”]{1,120}"
    r"|who\s[^,;:.!?()\x22“”]{1,120})")
"""An aside between a sentence's subject and its present-tense verb (`_present_after_subjects_asides`): a linking
adverb ("however"), a phrase that opens with a preposition ("in her welcoming remarks", "on behalf of the Senate and on
her own behalf"; the second of two such set off alone after "and", sevenhundredfortieth chinamil: "Xi, on behalf of the
Chinese government and people, and in his own name, expressed deep grief …") or with a participle ("flanked by State
Secretary X", "answering questions from journalists"); a participle's phrase may run longer, telling how the subject
came to his office (sevenhundredtwentyfirst mwebantu: "General X, designated by the organizers of the military coup in
Gabon as head of state for a transitional period, believes that …"); or a relative clause on "who" that says what the
person did (eighthundredsixtyfourth wellington: "The Mayor, who visited Canberra last week, says the new deal will bring
the two capitals closer together …", as "The Mayor says …" is)."""
_COUNTRY_AFTER_ITS_CITY = re.compile(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}")
"""The country set off after its city in an aside of where ("in Malabo, Equatorial Guinea"; `_subject_before_asides`)."""
_IN_A_CITY_END = re.compile(r"\b(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}$")
"""The end of an aside of where that names a city ("on Saturday in Malabo"), before its country."""
_REPORTING_ASIDE_ENDS = ("afterwards, ", "afterwards,", "later, ", "later,", "reported, ", "reported,", "said, ",
                         "said,", "noted, ", "noted,", "added, ", "added,", "announced, ", "announced,", "stated, ",
                         "stated,", "learnt, ", "learnt,", "learned, ", "learned,", "understood, ", "understood,",
                         "gathered, ", "gathered,")
_REPORTING_ASIDE = re.compile(
    r",\s+(?:(?:the|his|her|a|an)\s+[^,.;]{2,60}?\s+(?:reported|said|noted|added|announced|stated)"
    r"(?:\s+(?:afterwards|later|today|yesterday))?"
    # (hard23: "Mr Salcedo, it was learnt, asked that …": hearsay, as "is understood to have")
    r"|it\s+(?:was|is|has\s+been)\s+(?:learnt|learned|understood|gathered|reported))\s*,\s*$")
"""An aside between a subject and its verb that names who reported it ("Mr X, the press service reported
afterwards, also touched on …"): a cheap test of its last word first (`_REPORTING_ASIDE_ENDS`)."""
_ASIDE_ENDS = ("turn, ", "part, ", "response, ", "reply, ", "turn,", "part,", "response,", "reply,", "person, ", "person,")
"""An aside between a clause's subject and its verb ("the prime minister, in turn, briefed")."""
_NO_OBJECT_MARKS = ".,;:)!?"


_LIST_LINK = re.compile(r",\s+(and\s+)?|\s+(and)\s+")


_BE_BEFORE_ADVERB = frozenset(("is", "are", "was", "were", "been", "be", "being"))
"""The forms of "be" an "-ly" adverb may stand after before a participle ("has been continually
briefed", `_adverb_before_verb`)."""


_PUT_FORMS = frozenset({"put", "puts"})
_AS_ONE_PUT_IT = re.compile(r", as (?:he|she) $")
"""The aside "…, as he put it …," right after a name that opens the sentence (hard71: "Aldemaro, as he put it to reporters
afterwards, sees the line as …"): the pronoun is that name, the sentence his, not the last speaker's (`_cue_at`)."""
_AS_STATED_FORMS = frozenset({"stated", "said", "noted", "reported", "emphasized", "emphasised", "stressed",
                              "mentioned", "explained", "announced", "underlined", "pointed"})
"""The participles of ", as stated by X." (`_as_stated_by`): words said, not "as requested / agreed by"."""
_AGENT_OCCASION = re.compile(r"\s+(?:at|during|in|on)\s+[^,;:!?“”\"]{1,80}?(?=, )")
"""Where or when the agent of a fronted "As announced by X" spoke, before the comma that ends the source ("As
announced by President X at the 2023 summit in Tarvik, the forum aims …"): a phrase with no comma of its own
(matched within the sentence, so a dot in it is an abbreviation's, "at the U.N. General Assembly")."""
_CLOSING_AGENT_OCCASION = re.compile(r"(?:\s+(?:in|at|during|on)(?:\s+(?!(?:and|but|that|which|who|while|when|where|as)\b)"
                                     r"(?:[\w'’-]|\.(?=\w))+){1,6}){1,3}")
"""Where or when the agent of a closing ", as stated by X" spoke, up to the sentence's end ("… in a recent interview",
"… at the summit in Tarvik"): prepositional phrases only, no clause (`_closing_agent_tail_end`)."""
_CLOSING_AGENT_TAIL = re.compile(r"(?:\s+[a-z]+){0,2}?" + _CLOSING_AGENT_OCCASION.pattern + r"|(?:\s+[a-z]+){1,2}(?=[.\"”’]*\s*\Z)")
"""After the agent's office aside: a word or two still of the office ("governor of Arkansas state"), then where or when
he spoke."""
_PLURAL_AGENT = re.compile(r"(?:(?:the|other|fellow|his|her|their|several|many|some|world|foreign|allied|partner|"
                           r"[A-Z][\w-]*)\s+){0,3}(?i:leaders|heads|officials|ministers|presidents|counterparts|partners|"
                           r"members|representatives|colleagues|delegations|allies)\b")
"""A plural of people after a passive's agent and "and" ("by President X and fellow heads of state",
"by the Secretary and other G7 ministers"): the agents are a group (a second named person after
"and" already reads as a group)."""

_MAIN_VERB_AFTER_AGENT = re.compile(r"\s+(?:include[sd]?|are|were|is|was)\b")
"""The main verb after a participle's agent in a sentence's subject ("Other priority tasks named by Mr X
include …", "Among the measures proposed by X were …"): the agent's list given as the sentence's matter."""
_PREDICATE_NOUN_OPENING = re.compile(r"(?:This|That|It)\s+(?:was|is)\s+(?:also\s+)?(?:an?|the)\s+[a-z]+\s+\Z")
"""A sentence that only names what the sentence before told, its noun qualified by a participle whose agent ends the
sentence ("This was an initiative welcomed by Minister X."): the agent's word on it, as "It was welcomed by X" is."""
_NOT_A_NOUN_BEFORE = frozenset({"was", "were", "been", "be", "being", "is", "are", "as", "and", "or", "not", "has",
                                "have", "had"})
"""Words before a participle that make it no noun's qualifier (a passive, ", as stated by", a coordination)."""


_OWNERS_ALONE = frozenset({"his", "her", "their", "its"})
"""A possessive determiner read alone as a phrase before a noun that is also a verb's form ("in his address, …", "in
her remarks, …"): the noun's owner, never a clause's subject (`_sentence_subject`)."""
_FRONTED_OPENERS = frozenset({"In particular", "Also", "In addition", "Moreover", "Furthermore", "Besides", "At the same time",
                              "However", "Meanwhile", "Thus", "Therefore", "So", "Accordingly", "Indeed", "Notably"})
"""A sentence's opener before ", as stated by X, …" (`_fronted_opener`)."""


def _only_an_opener_before(text: str, lo: int, start: int) -> bool:
    """Whether only a sentence's opener (`_FRONTED_OPENERS`), its comma or none after it, stands between `lo` and the
    subject at `start` (fivehundredfourteenth ANTARA: "Meanwhile Minister Yang during the Friday meeting expressed
    …")."""
    return start - lo < 20 and text[lo:start].rstrip().rstrip(",") in _FRONTED_OPENERS


def _fronted_opener(text: str, lo: int, comma: int) -> bool:
    """The words before ", as stated by X, …" (`_as_stated_by`) only a sentence's opener ("In particular",
    "Also", "At the same time"): not a main clause before it ("The talks went well, as noted by X, and …")."""
    return comma - lo < 18 and text[lo:comma] in _FRONTED_OPENERS


def _more_agents(text: str, end: int, hi: int) -> bool:
    """The passive's agent ending at `end` opens a list of people ("by Administrator A, Advisor B,
    and Director C on …"): people after commas, the last after "and", three at least. An aside
    ("by Administrator A, the head of the agency, on …") is no list, nor is a clause joined after
    the agent ("was raised by the prime minister, and the vice president assured him …"). People
    set off by semicolons ("by Secretary A; Secretary B; and Director C") are a list when the
    second is followed by a semicolon too."""
    if text.startswith(";", end):
        # "was briefed by Secretary A; Secretary B; …; and Director C": a list set off by semicolons
        # (one more person, then another semicolon), however long
        other = phrase_starting_at(text, skip_space(text, end + 1, hi), hi)
        return other is not None and other.is_person and other.kind in ("name", "description") \
            and text.startswith(";", other.end)
    pos, middle = end, 0
    for _ in range(8):
        link = _LIST_LINK.match(text, pos, hi)
        if link is None:
            return False
        other = phrase_starting_at(text, link.end(), hi)
        if other is None:
            return False
        if link.group(1) or link.group(2):
            return middle > 0 and (other.is_person or other.kind == "group")  # (the last: "and Director C")
        if other.kind == "group" and " and " in other.text:
            return True  # ("by A, Advisor B and Director C": the parser reads the last two as one)
        if not other.is_person or other.kind not in ("name", "description"):
            return False
        pos, middle = other.end, middle + 1
    return False


_PARTICIPLES_NOT_IN_ED = frozenset({"put", "set"})
"""Speech verbs whose past participle has no "-d" ("the demands put forth by X", "the goals set out by Y"): after a
thing and its particle before "by", a participle that describes the thing, as "proposed by" does (`_cue_at`)."""
_PARTICLE_THEN_BY = re.compile(r" (?:forth|forward|out) by ")
"""The particle and "by" after such a participle, its agent next: " forth by ", " out by " (`_PARTICIPLES_NOT_IN_ED`)."""


_PLURAL_QUANTIFIERS = frozenset("all both many several few most other various numerous".split())


_SINGULAR_DETERMINERS = ("each ", "every ", "either ", "neither ", "one ", "no ", "any ")


_ORDINAL_OPENERS = frozenset({"First", "Second", "Third"})


_FIRM_ABBREVIATIONS = (" Co.", " Ltd.", " Inc.", " Corp.", " Co", " Ltd", " Inc", " LLC")
"""A firm's abbreviations before a comma of its own name ("… Co., Ltd."): `_sentence_subject` reads past such commas."""

_BARE_OPENING_ADVERBS = frozenset("today yesterday tonight tomorrow earlier later separately also additionally".split())
"""Opening adverbs that take no object: "Today Vice President X spoke to …" needs no comma after them."""


def _opens_with_ordinal_title(text: str, first: list) -> bool:
    """Whether a sentence's opening "First"/"Second"/"Third" is the start of a title ("First Lady X spoke at … and
    spoke about …", "First Deputy Prime Minister X arrived … and noted …", hundred-forty-seventh), not the
    sequence adverb "First, …": the next word follows with no comma and is capitalised."""
    if len(first) < 2 or first[0][0] not in _ORDINAL_OPENERS:
        return False
    return first[1][0][:1].isupper() and text.startswith(" ", first[0][2]) and first[1][1] == first[0][2] + 1


_ACTS_INSIDE_A_CLAUSE = frozenset(
    "met visited received hosted held signed attended toured arrived departed inspected chaired launched".split())
"""Past forms of what visitors and hosts do, which no office's description holds (`_a_clause_read_as_a_description`)."""


def _a_clause_read_as_a_description(phrase: Phrase) -> bool:
    """Whether a description after an inverting verb holds a past act in lower case before its office
    (eighthundredthirtieth thenation: "A statement signed yesterday by Wike’s Special Assistant, Kelvin Ebiri, said the
    team met with the governor at his country home, …", where the words after "said" read as one phrase ending on "the
    governor"): the reported clause "the team met with the governor", not an inverted tag "…, said the governor", so
    the subject before the verb keeps the cue. A plain split of the phrase's few words. The act must follow a subject
    of its own, a determiner and a noun ("the team met"): an adverb and a participle before the office are its
    description ("…, said the recently arrived Ambassador.", "…, said the often visited Governor.": the tag stays)."""
    words = phrase.text.split()
    return any(words[i] in _ACTS_INSIDE_A_CLAUSE and words[i - 2].lower() in _CLAUSE_SUBJECT_DETERMINERS
               and _a_clause_subject_noun(words[i - 1]) for i in range(2, len(words) - 1))


_CLAUSE_SUBJECT_DETERMINERS = frozenset("the a an his her their its our this that these those".split())
"""Determiners that open a reported clause's subject ("the team met …", `_a_clause_read_as_a_description`)."""

_DESCRIBING_ADVERBS = frozenset("often once long just well newly recently ever never also already seldom".split())
"""Adverbs before a participle in an office's description ("the often visited Governor"): no subject noun."""


def _a_clause_subject_noun(word: str) -> bool:
    """Whether a word between a determiner and a past act reads as the clause's subject noun ("the team met"), not an
    adverb of a description ("the recently arrived Ambassador")."""
    return word.isalpha() and word.islower() and not word.endswith("ly") and word not in _DESCRIBING_ADVERBS


def _subject_after_dash_aside(text: str, lo: int, pos: int, phrase: Phrase) -> Phrase | None:
    """The person right after the closing dash of an aside that the phrase before a verb ran
    back into: "During the meeting – which also included Rep. A, Rep. B, and Rep. C – National
    Security Advisor X discussed …" (ninety-eighth) is X's, not a group's; the names the aside
    lists (joined by "and") are no part of the subject. Only where an opening dash stands before
    the phrase in the clause, so the dash closes an aside, and the words after it name one person."""
    dash = max(phrase.text.rfind(" – "), phrase.text.rfind(" — "))
    after = phrase.start + dash + 3
    opening = max(text.rfind(" – ", lo, phrase.start), text.rfind(" — ", lo, phrase.start))
    if opening < 0:
        return None
    if " and " in text[after:pos]:
        return None  # "– A and B discussed": a group after the aside too
    person = phrase_ending_at(text, after, pos)
    return person if person is not None and person.kind in ("name", "description") else None


_PLACE_AFTER_ITS_COMMA = re.compile(r",\s(?:(?-i:[A-Z])[\w’'-]+(?:\s(?-i:[A-Z])[\w’'-]+){0,2}\s*)?\Z")
"""The one comma inside a relative clause set off by its opening comma alone, the closing one left out, when it sets a
town after a capitalised place ("X, who spoke during a courtesy call on Y at Government House, Birnin Kebbi said, “…”",
ninehundredeightysixth punch 2021-11-05): matched from that comma to the verb or to the name before it, up to three
capitalised words after it and nothing more (the word before the comma capitalised, `_subject_before_who` asks); so
the town, with no comma after it, is no speaker, and the clause's opener is (`_opening_subject_of_unclosed_who`, only a
person opening the clause). Not a clause with a second comma, nor one whose comma follows a lower-case word."""


def _town_after_a_place_in_the_who_clause(text: str, named: Phrase, phrase: Phrase) -> bool:
    """Whether `phrase`, the name right before a speech verb, stands right after a comma that follows a capitalised
    word inside the relative clause after `named` ("X, who spoke … at Government House, Birnin Kebbi said …"): the
    town of the place before it, no speaker though the registry reads it as a name (`_PLACE_AFTER_ITS_COMMA`). One
    `rfind` within the clause."""
    return phrase.start - 2 > named.end and text.startswith(", ", phrase.start - 2) \
        and text[text.rfind(" ", named.end, phrase.start - 2) + 1].isupper()


def _opening_subject_of_unclosed_who(text: str, lo: int, comma: int) -> Phrase | None:
    """The subject that opens the clause before a relative clause set off by its opening comma alone, the closing one
    left out before the verb (hard64: "The Governor, who is pursuing the plan to link the port with the railway to the
    coast said that …", "The Ambassador, who arrived in the country only two months ago thanked …"): the person named
    or described at the clause's start, right before `comma`; None for any other phrase ("He met Y, who heads …").
    A name set off after the office that opens the clause is that subject too (sevenhundredeightieth biharprabha: "US
    Senator from Delaware, Tom Carper, who was also present recalled his visit …": `_office_opening_before`)."""
    phrase = phrase_ending_at(text, lo, comma)
    if phrase is None or phrase.kind not in ("name", "description"):
        return None
    if phrase.start == lo or phrase.kind == "name" and _office_opening_before(text, lo, phrase.start):
        return phrase
    return None


_OFFICE_S_PLACE = re.compile(r"(?:\s+(?:of|from|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w’'-]*){0,4})?, ")
"""What may close an office that opens the clause before its holder's name in apposition: the place or body it is of
("US Senator from Delaware, "), then the apposition's comma (`_office_opening_before`)."""


def _office_opening_before(text: str, lo: int, name_start: int) -> bool:
    """Whether text[lo:name_start] is an office alone, described from the clause's start, then the comma that sets off
    its holder's name ("US Senator from Delaware, ", "The senator, "), no other comma (`_opening_subject_of_unclosed_who`)."""
    if not text.startswith(", ", name_start - 2) or text.find(",", lo, name_start - 2) >= 0:
        return False
    office = phrase_starting_at(text, lo, name_start - 2)
    return office is not None and office.kind == "description" and office.start == lo and office.role != "" \
        and _OFFICE_S_PLACE.fullmatch(text, office.end, name_start) is not None


_PLACE_AND_COLON = re.compile(r"[A-Z][A-Z.’'-]+(?:\s+[A-Z][A-Z.’'-]+){0,3}:\s+")
"""A place in capitals and a colon opening a paper's paragraph ("KUALA LUMPUR: "), or a label in capitals."""


_PLACE_BEFORE_COLON = re.compile(r"[A-Z][a-z][\w.’'-]*(?: [A-Z][a-z][\w.’'-]*){0,2}"
                                 r"(?:/[A-Z][a-z][\w.’'-]*(?: [A-Z][a-z][\w.’'-]*){0,2})?(?::|(?<=[a-z])-) (?=[A-Z])")
"""A place in mixed case and a colon opening a sentence ("Guwahati: "): where its subject may start
(`_sentence_subject`), when the words from the sentence's start give none. Two places may be joined by a slash, a wire's
story filed from both (sevenhundredninetyeighth, IANS as Newsroom Odisha prints it: "New Delhi/Aizawl: Mizoram Chief
Minister X met Prime Minister Y on Thursday and discussed various issues, officials said."). A hyphen glued to the place
stands for the colon in some Kashmiri papers' datelines (eighthundredsixtyfirst, Kashmir Observer as MENAFN prints it:
"Leh- General Officer Commanding-in-Chief …, Lieutenant General X, on Saturday called on …"). Not a place in capitals
("BRASKETH: … met … and discussed …", styles48, read as before: the pair's talk there)."""


def _past_a_place_and_colon(text: str, lo: int, cut: int) -> int:
    """Where the sentence's own words start past a paper's place in capitals and its colon (fivehundredfourteenth
    Bernama: "KUALA LUMPUR: Foreign Minister X and his Indonesian counterpart, Y have reaffirmed …"), or past any
    dateline `past_a_dateline` reads; `lo` when there is none."""
    start = past_a_dateline(text, lo, cut)
    if start <= lo and (place := _PLACE_AND_COLON.match(text, lo, cut)) is not None:
        start = place.end()  # (a place alone before its colon, which `past_a_dateline` leaves as a label may be)
    return start


def _opener_of_who_closing_on_an_apposition(text: str, lo: int, named: Phrase) -> Phrase | None:
    """The subject that opens the clause when the name `named` right before the verb is the apposition of an office
    that ends a relative clause set off by its opening comma alone (fivehundredeightieth comesa farewell: "Ms X, who
    was represented by the Assistant Secretary General Administration and Finance, Dr Y described the two diplomats as
    …"): the name's closing comma left out, the clause and its name are an aside, and the one it follows speaks (as
    `_opening_subject_of_unclosed_who`); None where no such clause and office stand before the name."""
    who = text.rfind(", who ", lo, named.start)
    if who < 0 or text.find(",", who + 1, named.start - 2) >= 0:
        return None
    office = phrase_ending_at(text, who + 6, named.start - 2)
    if (office is None or office.kind != "description" or not office.role) \
            and not _titled_office_ends(text, who + 6, named.start - 2):
        return None
    return _opening_subject_of_unclosed_who(text, lo, who)


_SMALL_WORDS_OF_OFFICES = frozenset({"and", "of", "for"})


def _titled_office_ends(text: str, lo: int, end: int) -> bool:
    """Whether text[lo:end] ends in "the" and an office in title case no phrase reads whole ("the Assistant Secretary
    General Administration and Finance"): capitalised words, small ones between, one of them an office's word."""
    the = text.rfind(" the ", lo - 1, end)
    if the < 0:
        return False
    words = text[the + 5:end].split()
    return bool(words) and all(word[:1].isupper() or word in _SMALL_WORDS_OF_OFFICES for word in words) \
        and any(word.lower() in ROLE_WORD_SET for word in words)


_CLOSED_WHO_REACH = 150
"""How far before a verb a relative clause closed by the comma right before it may open (`_subject_before_who` with
`closing`): a clause that lists a person's degrees and offices runs longer than an open one."""


def _office_set_off_before(text: str, lo: int, named: Phrase) -> bool:
    """Whether an office opens the clause right before the name `named`, a comma between ("the Mozambican ambassador to
    Angola, X who …"): the clause opens at `lo` or after an opener's comma ("On the other hand, …")."""
    if not text.endswith(", ", lo, named.start):
        return False
    office = phrase_ending_at(text, lo, named.start - 2)
    if office is not None and office.kind == "description" and bool(office.role) \
            and (office.start == lo or text.endswith(", ", lo, office.start)):
        return True
    return _office_of_a_lower_case_body_opening(text, lo, named.start - 2)


def _office_of_a_lower_case_body_opening(text: str, lo: int, comma: int) -> bool:
    """Whether the clause at `lo` opens with an office of a place whose body's lower-case words run to the `comma` that
    sets the name off (thousandfirst businessdaily 2019-11-22: "The Vice Governor of Shanxi provincial government, He
    Tiancia who was present …, said …"; "The Deputy Mayor of X city council, Y who …"): the office read from the
    clause's start, then only `_LOWER_CASE_BODY_WORDS` (at most three) before the comma, as "of X Province" is."""
    office = phrase_starting_at(text, lo, comma)
    if office is None or office.start != lo or office.kind != "description" or not office.role \
            or not office.country or office.end >= comma:
        return False
    words = text[office.end:comma].split()
    return 0 < len(words) <= 3 and all(word in _LOWER_CASE_BODY_WORDS for word in words)


_LOWER_CASE_BODY_WORDS = frozenset((
    "province", "provincial", "government", "county", "state", "region", "regional", "district", "city", "municipal",
    "municipality", "council", "prefecture", "prefectural", "administration"))
"""The lower-case words that may follow a place in an office's body before the comma that sets its holder's name off
("Vice Governor of Shanxi provincial government, X who …"), `_office_of_a_lower_case_body_opening`."""


def _plural_noun_before(text: str, phrase: Phrase) -> bool:
    """The words before a verb ending in -s that cannot be its subject, so the -s word is
    a plural noun: a plural quantifier ("all sovereign states", "many reports") or one bare
    lower-case word with no article ("official requests"); a singular subject takes
    the -s verb ("the minister notes", "he states", "each president thanks"); or words that are the object of a
    preposition right before them, no person (hard70: "Taking the floor …, and speaking for the three upstream states,
    the Minister of Fisheries …, Mr. X, said …": "for the three upstream" is no subject, "states" a noun)."""
    if phrase.kind not in ("group", "description", "thing") or not phrase.text[:1].islower():
        return False
    words = phrase.text.split()
    if words[0] in _PLURAL_QUANTIFIERS:
        return True
    if phrase.kind in ("thing", "group") and not phrase.is_person \
            and (before := word_back(text, max(0, phrase.start - 8), phrase.start)) is not None \
            and before[1] == phrase.start - 1 and text[before[0]:before[1]] in _OBJECT_PREPOSITIONS:
        return True  # (not "The message from the President of Russia says …": a person's office, the message's verb)
    return len(words) == 1 and phrase.kind != "group" \
        and not text.endswith(_SINGULAR_DETERMINERS, max(0, phrase.start - 8), phrase.start)


_QUOTED_WORDS_OF = re.compile(r" (?:the |these |those )?(?:[a-z-]+ )?words (?:of|by) ")
"""After "quoted": the words of another named next ("quoted famous words by X", "quoted the words of X")."""
_COMMA_AND_OPENING_MARK = (", “", ', "')
"""The comma and the opening mark after the one quoted ("quoted Mr. Y, “…”"), curly or straight."""
_QUOTED_AS = re.compile(r" (?:as ([a-z]+ing)|to have ([a-z]+)|(saying))\b")
_OUTLET_BEFORE_ITS_CITING = re.compile(r",\s+(?-i:[A-Z][\w-]+)\s+$")
_SOURCE_CITED = re.compile(r"\s+(?:the\s+)?(?:official\s+)?(?:website|web\s+site|press\s+(?:service|office|centre|center)|"
                           r"sources?|Telegram\s+channel)\b")
"""(eighthundredthirtyfourth kazinform 2021-09: "… Prime Minister X has held a meeting with Head of … Y, Kazinform cites
the website of the Kazakh PM."): an outlet's one-word name after the clause's comma, "cites" or "quotes", then the
source it takes the account from: the outlet's credit for the sentence, no one's words (not "Y, who cited the report
…", no such source noun after the verb)."""
"""After "quoted X": the speech verb X is quoted as using ("as saying", "as underlining"), or its perfect infinitive
(sixhundredseventyninth newsdiary buhari_sahrawi: "A statement by Mr X quoted President Y to have said: “…”"), or a bare
"saying" with no "as" (ninehundredninetyninth namibiansun 2025-08-27: "The Presidency quotes Nandi-Ndaitwah saying that
it was important to …"), as `_REPORTED_AS_SAYING` reads after "reports X")."""
_REPORTED_AS_SAYING = re.compile(r" (?:as )?saying\b")
"""After "reports X" / "reported X": X reported as saying ("The Post Courier paper reports President Momis saying that
…"), as `_QUOTED_AS` after "quoted X"."""
_MEETING_NOUNS = frozenset({"discussions", "talks", "meeting", "conversation", "exchange",
                            "remarks", "words", "speech", "address", "intervention", "occasion",
                            "statement", "conference", "briefing", "interview", "presentation"})
"""The nouns of "in their discussions", "during the meeting", "in his closing words" between a subject and its verb
(`_meeting_aside_start`); a conference's "intervention", one delegate's turn to speak (fourhundredninetyseventh gy_dpi
todd-cfamm-london: "Minister Todd during his intervention stated that …"); "on this occasion" (fivehundredthird ksgov
jahjaga-bumci: "President X on this occasion said that …"); the press's "statement", "conference", "briefing",
"interview" (sixhundredth thesun pm-to-meet-sabah-leaders: "Yesterday, X in a press conference announced that …", as
"X, in a press conference, announced …"); one's "presentation" at a meeting, as "in his remarks" (ninehundredsixtyfirst
ghanaweb 2021-04-21: "Hon. X in his presentation called for strong ties of co-operation between …")."""
_PRESS_ADJECTIVES = frozenset({"press", "news", "media", "joint", "written"})
"""Words between a determiner and the press's noun of `_MEETING_NOUNS` ("in a press conference", "in a joint
statement", "in a media interview"), as `REMARKS_ADJECTIVES` between it and the remarks."""
_ASIDE_ADJECTIVES = REMARKS_ADJECTIVES | _PRESS_ADJECTIVES
"""The words between a determiner and the noun of an aside of `_MEETING_NOUNS` (`_meeting_aside_start`)."""
_IN_TURN_NOUNS = frozenset({"turn", "return", "reply", "response"})
"""The nouns of "in turn", "in return", "in reply", "in response" between a subject and its verb."""
_PART_OF_DAY = r"(?:(?:late|early|later) )?in the (?:morning|afternoon|evening)"
"""A part of the day, maybe "late" or "early" in it, between a subject and its verb ("late in the evening"), which
`_ASIDE_BEFORE_VERB` reads before the verb and `_PART_OF_DAY_AFTER` after the subject."""
_SPAN_AGO = (r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|some|\d{1,2}) "
             r"(?:days?|weeks?|months?|years?) ago)")
"""A span back from the day of writing between a subject and its verb ("two days ago", "a few weeks ago", "3 months
ago"), which `_ASIDE_BEFORE_VERB` reads as "last week"."""
_SPAN_AGO_REACH = 22
"""How far before "ago" the span `_SPAN_AGO` may open (`_skip_fillers_back`): "several months " is fifteen characters."""
_ASIDE_BEFORE_VERB = re.compile(r"(?:on the other hand|(?<=\bhas )this (?:morning|afternoon|evening)"
                                # (ninehundredeleventh newstodaykenya: "Speaking after the Kirinyaga meeting, Mutua on
                                # the political front agreed that …"): the field one spoke on, one lower-case word
                                # between "on the" and "front", as "on the other hand"
                                r"|\bon the [a-z]+ front"
                                r"|\b" + _PART_OF_DAY +
                                # (eighthundredseventyseventh manilashimbun 2021-10-25: "But Duterte-Carpio earlier this
                                # month denied she is seeking …, saying …"; "X last week said …"): a week, month or year
                                # this or last, maybe "earlier" in it, as "earlier" and "today" are fillers;
                                # (ninehundredseventythird newzimbabwe 2019-05-25: "Chief Ndiweni early this week told
                                # NewZimbabwe.com that he was not invited …"): "early" or "late" in it, as "earlier"
                                r"|\b(?:(?:earlier|later|early|late) )?(?:this|last) (?:week|month|year)"
                                # (ninehundredninetythird thesun 2023-07-04: "State Umno Liaison Committee chairman
                                # Datuk Seri X two days ago reportedly said that …"): a span of days, weeks, months or
                                # years back from the day of writing, as "last week"
                                r"|\b" + _SPAN_AGO +
                                # (a Kenyan daily's "The union's branch secretary, Mr. X, last night said …", hard93):
                                # the night before the paper went to press, as "last week"
                                r"|\blast night"
                                # (ninehundredninetyninth nbc 2024-05-14: "The Zambezi Governor at the same time called
                                # for the establishment of …"): a second point made with no commas, as "At the same
                                # time, …" opening the sentence is
                                r"|\bat the same time) ?$")
"""Asides of several words, with no commas, between a subject and its verb, read as "in turn" and "today" are
(sixhundredfortyfifth, Uganda's press: "Among on the other hand thanked the Ssekandi for …", "Speaker of Parliament,
X, has this morning re-echoed the need for …"; ninehundredeleventh: "Mutua on the political front agreed that …"); found by the aside's last word (`_ASIDE_LAST_WORDS`). The part of the
day only inside a perfect ("has this morning …"): "X, this morning welcomed the President of Y" stays unread, a host's
greeting of guests (styles10 kavunda_presidency, styles32 hon_speaker_welcomes_clerks); but "in the evening", "late in
the evening", a time of the day's round of calls (sevenhundredeightyfifth arunachal24: "Chief Minister late in the
evening called on Union … Minister X and apprised him on …"). A week, month or year this or last, maybe "earlier",
"later", "early" or "late" before it ("X earlier this month denied …", "X last week said …", "X early this week told
…"), only after a capitalised word or a personal
pronoun (`_a_name_or_pronoun_before`) and not before a cue that opens with a preposition (`_PREPOSITIONS_OPENING_A_CUE`)."""
_PERIOD_WORDS = frozenset({"week", "month", "year", "night", "ago"})
"""The last words of "this week", "last month", "earlier this year", "two days ago" (`_ASIDE_BEFORE_VERB`)."""
_ASIDE_LAST_WORDS = _PERIOD_WORDS | {"hand", "front", "morning", "afternoon", "evening", "time"}
"""The last words of the asides `_ASIDE_BEFORE_VERB` reads, a period's (`_PERIOD_WORDS`) and the others': the cheap
test before its search (`_skip_fillers_back`)."""
_FRONT_ASIDE_REACH = 30
"""How far before "front" the aside "on the <field> front" may open (`_skip_fillers_back`): one word of up to sixteen
letters after "on the"."""


def _a_name_or_pronoun_before(text: str, lo: int, at: int) -> bool:
    """Whether the word right before text[at] is a capitalised word or a personal pronoun ("Velko last week said …",
    "She this year announced …"): a period's aside is stepped over only after a person's mention, not after a noun
    (eighthundredth cjonline: "Ito said Colyer's ascension this year offered an opportunity …", no one's offer)."""
    before = word_back(text, at - 30 if at - 30 > lo else lo, at)
    if before is None:
        # (hard93: "The union's branch secretary, Mr. X, last night said …", "…, Mr. X, last week said …"): the comma
        # that closes a name's apposition, a capitalised word right before it
        return at - 3 > lo and text.startswith(", ", at - 2) and text[at - 3].isalpha() \
            and (before := word_back(text, at - 32 if at - 32 > lo else lo, at - 2)) is not None \
            and text[before[0]].isupper()
    word = text[before[0]:before[1]]
    return (word[:1].isupper() or word in ("he", "she", "they")) and not _object_of_a_preposition(text, lo, at)


_PREPOSITIONS_BEFORE_AN_OBJECT = frozenset({"by", "to", "for", "from", "with", "of", "at", "in", "on", "about",
                                            "against", "under", "toward", "towards"})
"""The prepositions whose object a name or noun before an aside or a filler may be (`_object_of_a_preposition`)."""
_DETERMINERS_IN_AN_OBJECT = frozenset({"the", "a", "an", "his", "her", "its", "their"})
"""The lower-case words a preposition's object may hold before its capitalised words ("sent to the Velstrian Embassy"),
which `_object_of_a_preposition` walks back over; any other lower-case word ends the walk."""


def _object_of_a_preposition(text: str, lo: int, at: int) -> bool:
    """Whether the words right before text[at] are the object of a preposition (fx68: "A study commissioned by Minister
    Ilsa Korr last year said …", "A letter sent to Velo last week said …", "A report prepared for Minister Belo
    meanwhile said …"): the capitalised words and determiners before the word right before `at`, then "by", "to",
    "for" …, so the name does not open the clause and the verb after the aside is the subject's before it (the study's,
    the letter's), not the name's. At most five words back, within the clause (a comma or a stop ends the walk)."""
    end = at
    for count in range(5):
        back = word_back(text, end - 30 if end - 30 > lo else lo, end)
        if back is None:
            return False
        word = text[back[0]:back[1]]
        if count and word in _PREPOSITIONS_BEFORE_AN_OBJECT:
            return True
        if count and not word[:1].isupper() and word not in _DETERMINERS_IN_AN_OBJECT:
            return False
        end = back[0]
    return False


_PREPOSITIONS_OPENING_A_CUE = ("in ", "with ", "to ", "for ", "of ", "on ", "at ", "by ", "as ")
"""The words a cue phrase may open with that are no verb ("in hopes of", "with the aim of"): no aside of a period
before them is stepped over (`_skip_fillers_back`); but a preposition of where one spoke that the loop stepped over first
is no cue's (fx68: "Velo last week in a speech said …")."""
_PART_OF_DAY_AFTER = re.compile(" " + _PART_OF_DAY)
"""The part of the day between a sentence's subject and its first verb (sevenhundredeightyfifth arunachal24: "Chief
Minister late in the evening called on Union … Minister X and apprised him on …"), stepped over to find that verb, so
the subject is the one of the verbs after "and" (`_sentence_subject`); as `_ASIDE_BEFORE_VERB` reads it before the
verb it comes with."""
_PART_OF_DAY_OPENINGS = (" in the ", " late in ", " early in ", " later in ")
_POSTED_BEFORE_VERB = re.compile(
    r" (?:(?:in|on) (?:an?|his|her) (?:(?:social media|Facebook|Instagram|LinkedIn) )?(?:post|tweet|message)"
    r"|(?:on|through|via) (?:his|her) (?:official |verified )?(?:social media|Facebook|Instagram|LinkedIn|X|Twitter) "
    r"(?:platform|page|account|handle|wall)"
    r"|in (?:an?|his|her|this|the) video(?: (?:message|clip|post))?)"
    r"(?: on (?:X|Twitter|Facebook|Instagram|LinkedIn|social media))?,? ?\Z")
"""Where one wrote, with no comma before it, between a subject and its verb (sixhundredeightysecond dtnext 2024-07-04:
"After the meeting Goyal in a post on X, said discussions entailed on …"; "X in a tweet said …"), read as "X, in a
tweet, said …"; the medium before the noun too, sevenhundredsixtyfirst dnanews: "Ambassador of Azerbaijan in his
social media message said …"; "on" as "in", sevenhundredseventyseventh nenow japan: "The Chief Minister on his
Facebook post stated, “…”"); a stray comma after it let through, as `_filler_before_stray_comma` does after
"further". The medium's own page, account, handle, wall or platform too, after "on", "through" or "via" and the
owner's "his" or "her", the medium named before it (ninehundredsixth namibian 2021-01-03: "Geingob through his social
media platform said Mutjavikua played …"; ninehundredeighteenth thenation 2020-06-14: "Wike on his Facebook page
wrote: “…”"; "X on his Twitter handle said …"); never a bare "on his page" nor "on his account" (for his sake).
A video one spoke in, "in" and a determiner before it, "this" and "the" too, its "message" or "clip" after it
(ninehundredthirtyfirst vanguard 2018-11-25: "Governor Dave Umahi in this video said that … they thanked the President
…"; "X in a video message said …"), as "in a tweet". Found by the aside's last word (`_POSTED_LAST_WORDS`)."""
_POSTED_LAST_WORDS = frozenset({"post", "tweet", "message", "X", "Twitter", "Facebook", "Instagram", "LinkedIn", "media",
                                "platform", "page", "account", "handle", "wall", "video", "clip"})
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|that|which)\s")
"""A relative pronoun that opens a clause on the subject ("A woman who stood beside X in the video said …")."""


def _video_of_a_clauses_object(text: str, lo: int, posted: re.Match[str]) -> bool:
    """Whether the video aside `posted` (`_POSTED_BEFORE_VERB`) shows the object of a relative clause on the subject, not
    where the subject spoke ("A woman who stood beside Governor X in the video said …", "The crowd that cheered Senator
    Y in a video clip said …": the one in the video is the clause's object, the woman or the crowd speaks): a relative
    pronoun between the clause's start and the aside. Cheap test of "video" in the aside first; bounded by the clause."""
    return " video" in posted.group() and _RELATIVE_WORD.search(text, lo, posted.start()) is not None


_ISSUED_STATEMENT_BEFORE_VERB = re.compile(
    r" in (?:an?|the|his|her|its) (?:(?:official|press|media|joint|written|brief) )?(?:statement|release|communiqu[eé])"
    r"(?: (?:issued|released|circulated|posted|shared|sent out|put out|signed)"
    r"(?: on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"(?: (?:by|through|via|from|on) [^,;:.“”\"]{1,80}?"
    r"(?:, (?-i:[A-Z])[^,;:.“”\"]{1,40},)?)?"
    # (ninehundrednineteenth vanguard 2023-08-29: "The Governor in a statement by his Director of Press and Public
    # Affairs, Gyang Bere said …": the issuer after a bare "by", an office and its holder, the closing comma left out)
    r"| by (?:his|her|its|the) [^,;:.“”\"]{1,80}?, (?-i:[A-Z])[^,;:.“”\"]{1,40},?)"
    r"(?: (?:here )?(?:today|yesterday|tonight|last night|on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
    r"(?: (?:also|further|later|then))? ?\Z")
"""A statement "issued by" a body between a subject and its verb, with no commas (eighthundredtwentysecond thesundaily
2023-10-31, Bernama: "Abang Johari in a statement issued by the Sarawak Public Communications Unit said the setting up of
the Consulate-General office was agreed …"): where the subject spoke, read as "X, in a statement issued by …, said …",
so the body named last is not the one who says it ("The Chief Minister's Office in a statement said …" stays the
office's: no "issued" after the noun). The day may come before "by", and the issuer be an office then its holder set
off by commas (eighthundredninetyninth thenigerianvoice 2021-04-27: "Zulum in a statement released on Monday by his
spokesman, Isa Gusau, empathised with …": the governor's, not the spokesman's); "signed" names the issue as "issued"
does. Cheap tests first: the noun within `_ISSUED_REACH` before the verb."""
_ISSUED_REACH = 150
"""How far before a speech verb the issued text's noun (" statement ", " release ", " communiqu", each looked for by a
plain find in `_skip_fillers_back`) may stand for `_ISSUED_STATEMENT_BEFORE_VERB` to be tried."""
_THROUGH_AIDE_BEFORE_VERB = re.compile(
    r", (?:through|via) (?:his|her) ([^,;:.“”\"()]{1,80}?), (?-i:[A-Z])"
    r"(?:[^,;:.“”\"()]|(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMrs)|(?<=\bDr))\.){1,40},? ?\Z")
"""A statement given through an aide, set off by commas between a subject and its verb (ninehundredsixtyfifth
independent 2020-11-26: "The Governor, through his Senior Special Assistant on New Media, Muhammed B. Tukur, said:
“…”"): the aide, named after his office, carries the words; they are the subject's, as the aide after "in a statement
by his spokesman, X," is (`_ISSUED_STATEMENT_BEFORE_VERB`). The office (group 1) must hold an office's word
(`_through_an_aides_office`: "Assistant", "spokesman", "Adviser" …), so "through his efforts, X," is nothing of this;
the holder's initials and "Mr."/"Dr." may hold a stop. Only with the comma before "through"/"via" (an aside set off);
cheap test first (`_THROUGH_AIDE_REACH`)."""
_THROUGH_AIDE_REACH = 150
"""How far before a speech verb ", through h" or ", via h" may stand for `_THROUGH_AIDE_BEFORE_VERB` to be tried."""


def _through_an_aides_office(office: str) -> bool:
    """Whether the words of an aside's office (`_THROUGH_AIDE_BEFORE_VERB`'s group 1) hold an office's word
    (`ROLE_WORD_SET`, lower-cased): "Senior Special Assistant on New Media", "spokesman", "Chief Press Secretary"."""
    return any(word.lower() in ROLE_WORD_SET for word in office.split())


def _through_aide_start(text: str, lo: int, pos: int) -> int | None:
    """Where a comma-set-off "through his <office>, <Name>," before the verb at `pos` starts (the space after the
    subject's comma), so the subject before it is the one who speaks (`_THROUGH_AIDE_BEFORE_VERB`); None if none
    stands there. Bounded by `_THROUGH_AIDE_REACH`; a plain find of ", through h" / ", via h" first."""
    near = pos - _THROUGH_AIDE_REACH if pos - _THROUGH_AIDE_REACH > lo else lo
    if text.find(", through h", near, pos) < 0 and text.find(", via h", near, pos) < 0:
        return None
    aside = _THROUGH_AIDE_BEFORE_VERB.search(text, near, pos)
    if aside is None or not _through_an_aides_office(aside.group(1)):
        return None
    return aside.start() + 1


_PRONOUNS_BEFORE_A_CONTRACTED_IS = frozenset({"He", "he", "She", "she"})
"""The pronouns whose "’s" before a speech verb's -ing form is "is" ("He’s also hoping to …", "She's urging …"): one
person, who speaks; never a possessive (that is "his", "her")."""
_BACK_ONLY_FILLERS = frozenset({"just", "since", "meanwhile", "however"})
"""Adverbs stepped over back from a speech verb to its subject, but not in `SUBJECT_VERB_FILLERS` (read forward after a
phrase too, where "We just have to understand …" would become a subject and its verb): "just", of a moment ago
(sixhundredeightyseventh caribreport santokhi_new_nv: "New Surfin NV was never actually founded, president Chan Santokhi
just said in the National Assembly (DNA)."); "since", of a time from then on, after a perfect's "has" (sevenhundredtwentyfirst
ktpress: "He has since promised to hold “free, transparent and credible elections” …"), not read forward, where "since"
opens a clause of reason or time."""
_FILLERS_STEPPED_BACK = SUBJECT_VERB_FILLERS | _BACK_ONLY_FILLERS
"""All the words `_skip_fillers_back` steps over back from a verb (one look-up a word, the loop runs before every verb)."""
_DATE_BEFORE_VERB = re.compile(
    r"(?:,\s*|\s+on\s+|\s+)(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME_PATTERN + r"|" + MONTH_NAME_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?\Z|\s+in\s+" + MONTH_NAME_PATTERN + r"(?:\s+\d{4})?\Z")
"""A date that ends right before a speech verb, its day named ("X today Wednesday 14 May 2008 conveyed …", "X on
14 May 2008 said …", "X on May 14, 2008 stressed …"): when the subject spoke, skipped as the fillers are (searched
only when the word before the verb is a number or a month, in the few words before it); so too a month "in" it, its
year maybe after ("Mr X had in August 2019 ordered closure of …", sevenhundredeighth allafrica 2021-01-19)."""
_WEEKDAY_SET_OFF_BEFORE_VERB = re.compile(
    r"(?<=[,)]) (?:on |last )?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?: in [A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,2})?,? ?\Z")
"""The day a subject spoke, set off after the comma that closes its name or apposition and right before the verb, its
"on" left out and maybe the town after it (ninehundredtwentyfifth thisday 2019-01-03: "Zamfara State governor, X,
Thursday in Abuja reiterated his support for …"; "X, Thursday, said …", the day between two commas; "last" before
it, ninehundredsixtyfirst allafrica 2020-01-27: "The … Minister, Mr X, last Friday, appealed to journalists to …"):
stepped over as ", on Thursday" is. Searched only after `_weekday_set_off_start`'s cheap test; in `_skip_fillers_back`'s loop only when
the word before the verb is a capitalised weekday or a town after " in ", at a stray comma before the verb at once."""
_WEEKDAY_SET_OFF_REACH = 48
"""How far before the verb `_WEEKDAY_SET_OFF_BEFORE_VERB` is searched: a day, "in" and a town of three words."""


def _weekday_set_off_start(text: str, lo: int, pos: int) -> int | None:
    """Where the day set off after a subject's closing comma starts (its "on" if written), when it ends right before
    the verb at `pos` (`_WEEKDAY_SET_OFF_BEFORE_VERB`), or None. A cheap test first: a weekday's "y" or "day in "
    before `pos`."""
    near = pos - _WEEKDAY_SET_OFF_REACH if pos - _WEEKDAY_SET_OFF_REACH > lo else lo
    if text.find("y", pos - 3, pos) < 0 and text.find("day in ", near, pos) < 0:
        return None
    day = _WEEKDAY_SET_OFF_BEFORE_VERB.search(text, near, pos)
    return day.start() + 1 if day is not None else None


_SPOKE_AT_EVENT_BEFORE_VERB = re.compile(
    r" (?:in|during) (?:his|her) (?:(?:" + "|".join(sorted(REMARKS_ADJECTIVES)) + r") )?(?:address|speech|remarks)"
    r" (?:at|to|before) (?:the|an?) [^,;:.!?()“”\"]{1,80}?"
    r"(?: (?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|today|yesterday))? ?\Z")
"""An un-commaed "in his keynote address at the swearing in of the … Council on Wednesday" that ends right before a
speech verb (ninehundredsixth namibtimes: "The Governor of Erongo, Cllr X, in his keynote address at the swearing in of
the Erongo Regional Council on Wednesday praised voters for …"): where the subject spoke, its event and its day after
the noun, as `_meeting_aside_start` reads the bare "in his keynote address"; up to 80 characters of the event, no
comma, stop or bracket in them. Searched only where the loop stops (`_skip_fillers_back`), and only when " in h" or
" during h" stands in the window (`_SPOKE_AT_REACH`)."""
_PAST_VERB_BEFORE_EVENT = re.compile(r"\b[a-z]{2,}ed\b")
"""Before an un-commaed event aside, a past verb that says the name before the aside is no opening subject but an
object (hr62: "The crowd booed Korr in her speech at the rally and praised Trask …", `_event_aside_after_the_opener`)."""


def _event_aside_after_the_opener(text: str, lo: int, event: re.Match[str]) -> bool:
    """Whether the event aside `event` (`_SPOKE_AT_EVENT_BEFORE_VERB`) follows the clause's opening subject, no verb
    between them ("The Governor of Erongo, Cllr X, in his keynote address at … praised …"), and its event does not end
    in a conjunction: not "The crowd booed Korr in her speech at the rally and praised Trask" (hr62), where Korr is the
    object of "booed" and "praised" the crowd's. Bounded: the clause's start to the aside, and the event's last word."""
    if _PAST_VERB_BEFORE_EVENT.search(text, lo, event.start()) is not None:
        return False
    tail = text[max(event.start(), event.end() - 6):event.end()].rstrip()
    return not tail.endswith((" and", " or", " but", " then"))


_SPOKE_AT_REACH = 150
"""How far before a speech verb an un-commaed event aside's opening (" in h", " during h", each looked for by a plain
find in `_skip_fillers_back`) may stand for `_SPOKE_AT_EVENT_BEFORE_VERB` to be tried."""
_ON_BEHALF_OF_A_NAMED_PRINCIPAL = re.compile(
    r"(?<=[\w.]), on behalf of (?:the|his|her|its|their) (?:[A-Za-z][\w’'-]* ){0,5}?[A-Z][\w’'-]*, "
    r"(?:(?:[A-Z][\w’'-]*\.?|\((?:Mrs?|Ms|Dr)\.?\)) ){1,5}?[A-Z][\w’'-]*, \Z")
"""(hard93, a Ghanaian press's form: "The Obenta Regional Coordinating Director, Mr. X, on behalf of the Regional
Minister, Hon. Y, hinted that …") for whom the subject spoke, set off by commas, the principal's office and then his
name set off by commas of their own, ending right before the verb: the speaker is the subject before ", on behalf of",
not the principal whose name stands last before the verb (`_skip_fillers_back`). Only with the principal's office
capitalised and a name of two to six words after it, and a person right before ", on behalf of" (not a participle's
opener, "Receiving the items, on behalf of the Assembly, Mr Y, said …", Y's)."""
_PRINCIPAL_REACH = 120
"""How far before a verb ", on behalf of <office>, <Name>, " may open (`_ON_BEHALF_OF_A_NAMED_PRINCIPAL`)."""
_BEHALF_REACH = 60
"""How far before a speech verb "on behalf of …" may open (`_skip_fillers_back`): the phrase and a few words after it."""
_ON_BEHALF_BEFORE_VERB = re.compile(r" on behalf of (?:(?:his|her|their|the|its|all)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+"
                                    r"|[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s*\Z")
"""An un-commaed "on behalf of his colleague Diplomats" that ends right before a speech verb (matched up to the verb);
up to six words after the article (fourhundredninetysixth shabait 2022-12-03: "President X on behalf of the people and
Government of Eritrea congratulated …"); or a body's or a person's capitalised name with no article, up to four words
(eighthundredfiftyfirst srcic: "Alina Cao on behalf of SRCIC cordially invited Governor and Deputy Governor …": for
whom she speaks, she the subject, as "X on behalf of the Chamber invited …")."""
_PURPOSE_AFTER_DISCUSSED_WITH = re.compile(r"[^\n]{0,160}?[\s,](?:ways|means|avenues|prospects|possibilities)\s+"
                                           r"(?:to|of|for)\b")
"""After "discussed with ", the one met, then the meeting's purpose ("…, ways to enhance …", "… Ema Lind ways to grow
trade"): a meeting's narrative when a day stands before the verb (fivehundredninth petra); bounded, as most of these
sentences are short."""

_ONLY_LY_ADVERBS = re.compile(r"(?:\s*[a-z]+ly)+\s*")
"""Adverbs in "-ly" alone between "on behalf of …" and its speech verb ("X on behalf of SRCIC cordially invited …"):
the phrase still ends where the fillers start (`_skip_fillers_back`)."""
_ATTEMPT_REACH = 80
"""How far before a speech verb "in his attempt to …" may open (`_skip_fillers_back`): the phrase and a few words."""
_IN_AN_ATTEMPT_BEFORE_VERB = re.compile(r" in (?:his|her) (?:attempt|bid|effort|quest|drive) to [a-z]+(?: (?!and\b|but\b)[\w’'-]+){0,5}\s*\Z")
"""An un-commaed "in his attempt to woo Costelanan investors" that ends right before a speech verb or its filler
(styles45 costelana, a ministry's communications unit as the Ghanaian press prints it: "Dr. X in his attempt to woo
Costelanan investors also said …"): what the subject spoke for, as "X, in his bid to …, said"; up to six words after
the infinitive's verb."""
_STANDING_COPULAS = ("remains", "remained")
"""Copulas of a standing pledge before "committed to" (`_skip_fillers_back`): "X remains committed to …"."""
_PLAIN_COPULAS = ("is", "was")
"""The plain copulas of the same pledge, "X is committed to …", read so only after a person (`_skip_fillers_back`):
after a body or a thing ("the government is committed to …", "the United States is committed to …") the words are
inside someone else's report, or the release's own."""
_PRESENT_FORMS_NO_NOUN = frozenset({"says", "tells", "believes", "thinks", "insists", "argues", "explains", "feels"})
"""Present forms of speech and opinion verbs that are never plural nouns (unlike "hopes", "remarks", "notes"): after
"and" with no comma they are the clause subject's second verb ("X attended the forum and says …"), `_cue_at`; "feels"
too (eighthundredth krvn: "Governor X met with the Japanese consulate … to discuss … and feels this partnership will
be a good way to …")."""
_ARTICLE_NEXT = (" a ", " an ")
"""An indefinite article right after a present form that may be a plural noun ("and notes a growing recognition"): the
form a verb with its object, for a plural noun takes no "a" after it (`_cue_at`)."""
_NEXT_WORD = re.compile(r"\s*,?\s*([\w’'-]+)")
_TITLED_PAIR = re.compile(r"(?:The |the )?(?P<first>[A-Z][a-z]+) (?:of|for) [^,;:.!?()\"“”]*? [A-Z][\w’'-]+ [A-Z][\w’'-]+"
                          r" and (?:the )?(?P<second>[A-Z][a-z]+) (?:of|for) [^,;:.!?()\"“”]*")
"""Two offices, each with its holder's name, joined by "and": the subject of a clause (lower-case words
inside the offices cut the phrase read back from the verb to the second name)."""
_TITLED_PAIR_ROLES = frozenset(word for word in ROLE_WORDS if word.isalpha())


@lru_cache(maxsize=4096)
def _form_reading(form: str) -> tuple[bool, bool, bool, bool]:
    """What `_cue_at` asks of a speech verb's form, read once a form: whether it is finite (a past or
    an -ing form: a verb, not a noun), opens "quot", opens "welcom", ends "ing"."""
    return (form.endswith(("ed", "ing")) or form in _IRREGULAR_PAST, form.startswith("quot"), form.startswith("welcom"),
            form.endswith("ing"))


_ING_PREPOSITIONS = frozenset({"during", "including", "following", "regarding", "concerning", "excluding",
                               "notwithstanding", "according", "considering", "barring", "pending"})
"""Words in -ing that are prepositions, not participles with an object."""

_ING_OFFICE_MODIFIERS = frozenset({"outgoing", "incoming", "acting"})
"""Words in -ing that rank an office in time or standing right before its title ("Makati City mayor-elect and outgoing
Senator X said …", "the acting President X"): adjectives of the office, not participles with an object ("The
economists briefing the President underscored …"), so the words before them are no doer of theirs."""


_RANKED_IN_TIME = frozenset({"outgoing", "incoming", "acting", "interim", "former"})
"""The one word that ranks a lower-case office in time right before it after "and" ("… and outgoing menteri besar
X"): with a bare office before "and", the two offices are one holder's (`_bare_office_before_a_ranked_one`)."""
_PLACE_OR_BODY_WORDS = re.compile(r"(?:[\w’'-]+\s+){0,3}")
"""Up to three words that open a clause before a bare office: its state's or party's name ("Kelantan PAS commissioner
…", "Dorvan party commissioner …"); none an article or "and" (`_bare_office_before_a_ranked_one`)."""
_NO_BARE_OFFICE_WORDS = DETERMINERS | {"a", "an", "and", "or", "both"}


def _bare_office_before_a_ranked_one(text: str, lo: int, and_at: int, joined: tuple[int, int]) -> bool:
    """(ninehundredfortyfifth fmt three_nominees: "Kelantan PAS commissioner and outgoing menteri besar Ahmad Yakob
    said …"): a bare office with no name and no article opening the clause, "and", then one word of time in office
    ("outgoing", `_RANKED_IN_TIME`) before a second, lower-case office and the name: one holder of both, as "Party
    commissioner and governor X" and "Deputy Prime Minister and former Foreign Minister X" already are; not a pair,
    as "Prime Minister Berisha and opposition leader Rama" (a name before "and") or "the chairman and outgoing
    governor X" (an article: two people) stay."""
    if text[and_at + 5:joined[1]].lower() not in _RANKED_IN_TIME:
        return False
    left = phrase_ending_at(text, lo, and_at)
    return left is not None and left.kind == "description" and not left.name \
        and text[left.start:left.end].split()[0].lower() not in DETERMINERS \
        and _PLACE_OR_BODY_WORDS.fullmatch(text, lo, left.start) is not None \
        and not _NO_BARE_OFFICE_WORDS.intersection(text[lo:left.end].lower().split())


_ASKED_OPENINGS = ("Asked whether ", "Asked if ")
_UNNAMED_HEAD_BEFORE_A_NAMED_OBJECT = re.compile(
    r"(?:(?P<those>Those)|(?P<det>The|An|A) (?P<head>[a-z]+)"
    r"|(?P<group>[A-Z][a-z]+(?:ers|ents|ees|ists|ants|ians|men|folk|people)(?= who )))"
    r" (?:who [a-z]+ (?:(?:under|with|to|for|by) )?|to |under )"
    r"(?=[A-Z])")
"""A sentence's subject that is no name, then a relative clause or a "to"/"under" phrase whose object is a capitalised
name or office (hard90: "The envoy who met President Y … said …", "An aide to Mayor X said …", "Those who served under
Governor Y said …"): the verb after the object is the head's, never the object's (`_unnamed_head_before_its_object`).
So a plural noun of people with no article before "who" (hard91: "Farmers who met Governor X on Friday evening said
…", "Residents who met …", "Fishermen who …"): a group, as "Those who …" is, by the plural's ending, no name's."""
"""How a sentence that opens with the question put to its subject begins (`_cue_at`)."""


_SPEECH_READ_BY_ANOTHER = re.compile(
    r"\s(?:in|through)\s+(?:a|an|the|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:speech|statement|message|remarks|address)"
    r"\s+(?:that\s+was\s+)?(?:read|delivered|presented)\s+(?:out\s+)?(?:on\s+(?:his|her|their)\s+behalf\s+)?by\s+"
    r"(?:(?!\s(?:who|which|that|and)\s)[^.;:“”\"(]){1,110}?,?\s*$")
"""A person's speech read out by another between the person and the speech verb ("Unam vice chancellor X in a speech
read on his behalf by Y, the assistant pro-vice chancellor of …, said the university has …", ninehundredfiftyfirst
allafrica 2021-04-07): the words are the principal's, who opens the sentence, not the reader's, the agent of "by" right
before the verb (`SpeechSubjects._principal_of_a_speech_read_by_another`; a cheap " by " first). Matched up to the verb;
no relative clause nor "and" in the reader's part ("… by Y, who said …": the reader's own words)."""


_CAME_AFTER_ONES_WORDS = re.compile(
    r"\bcame\s+(?:(?:a|one|two|three|four|five|six|a\s+few|several)\s+(?:days?|weeks?|months?|hours?)\s+)?"
    r"(?:after|before)\s+(?:he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:had\s+)?(?:also\s+)?$")
"""An event's time told by what someone said before or after it ("Carney released a statement on the call, which came
a day after he requested a meeting to discuss …", sevenhundredeightieth milfordbeacon): the speech verb right after
it opens a time clause, no one's statement (`_cue_at`; a cheap "came " first), as "came a day after" tells a
meeting's time in `carrying_on._MEETING_ITSELF`."""


_OTHER_PARTY_OPENINGS = ("His ", "Her ", "Their ", "The guest", "The visitor", "The counterpart", "The interlocutor")
"""A lead-in's opening that names the other party ("His guest took the floor next:"), `_office_opening`."""
_OTHER_PARTY_ROLES = frozenset({"guest", "visitor", "counterpart", "interlocutor"})


def _the_office_initials(phrase: Phrase) -> bool:
    """Whether `phrase`, a thing to the phrase reader, is an office's initials after "the" ("The COAS", "the CNS"): a
    subject the registry resolves to the office's holder (`resolve_subject`), so one that opens the sentence before a
    relative clause set off by commas speaks as an office would (ninehundredthird vanguard 2023-11-30: "The COAS, who
    toured facilities at the Nigerian Army Barracks Doma, assured troops of …")."""
    return phrase.kind == "thing" and phrase.text[:4] in ("the ", "The ") and office_initials(phrase.text, 4)


def _an_office_reports(text: str, lo: int, vs: int) -> bool:
    """The subject before "reports that", which `OUTLET_REPORTING` took for a paper's name, is an office with a role word
    ("The Chief Observer reported that the elections were peaceful.", "The Chief Monitor reports that …": a mission's
    head, whose words they are, not a paper named "… Observer" or "… Monitor"): the report stays his."""
    subject = phrase_starting_at(text, lo, vs)
    return subject is not None and bool(subject.role)


def _holder_after_initials(text: str, before: Phrase, hi: int) -> Phrase:
    """The holder named after initials in brackets that cut him off from the words before them, inverted after the
    verb; else the phrase as read. After an office and its initials (styles35 semantara_senama: "…, said Chief of
    Defence Force (CDF) General Tan Sri X."), the name after them, maybe after a comma. After a body's name and its
    initials, read alone as a name or a thing (ninehundredsixtyninth malaymail 2023-08-17: "…, said Selangor Pakatan
    Harapan (PH) chairman Datuk Seri X."), only an office word with a name after it ("chairman X") right after the
    brackets ("said X (PH), …", "said X (PH) chairman of …", "said X (PH) and Deputy Minister Y": two who speak, a
    plural subject, no one's). The caller saw " (" right after the phrase."""
    brackets = INITIALS_IN_BRACKETS.match(text, before.end, hi)
    if brackets is None:
        return before
    if before.kind == "description":
        at = brackets.end() + 1 if text.startswith(",", brackets.end()) else brackets.end()
        holder = phrase_starting_at(text, skip_space(text, at, hi), hi)
        return holder if holder is not None and holder.kind == "name" else before
    at = skip_space(text, brackets.end(), hi)
    holder = phrase_starting_at(text, at, hi)
    if holder is None or holder.kind != "name" or not holder.role or not holder.is_person or holder.start != at:
        return before
    return holder


def _its_cleft(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds "It was" (a cleft: "It was Mr Dann who suggested …"), not only a word ending in "t"
    before "was" ("The first to report was X, who said …", thirty-third hard set morvia_governors_heating_season)."""
    at = text.find("t was ", lo, hi)
    while at >= 0:
        if text[at - 1] in "Ii" and (at - 1 == lo or not text[at - 2].isalpha()):
            return True
        at = text.find("t was ", at + 6, hi)
    return False


def _whose_aside(text: str, lo: int, hi: int) -> int:
    """Where a "whose" aside opens between `lo` and `hi` (the offset of the space or comma before "whose"), or -1:
    "Prime Minister X whose delegation comprises A and B, said …" names its members inside the aside."""
    at = text.rfind(" whose ", lo, hi)
    return at - 1 if at > lo and text[at - 1] == "," else at



_CALL_RECEIVED_FROM = re.compile(
    r"\breceived\b[^,;.]{0,40}?\s(?:(?:an?|the)\s+(?:tele)?phone\s+call|(?:tele)?phone\s+calls)\b[^,;]{0,40}?\sfrom\s")
"""A call received from someone, before the comma of a participle (`_after_a_call_received`); or calls, with no article,
from several (threehundredeighth pib_2019-06-05: "Prime Minister X today received telephone calls from H.E. Mr. A,
President of …; H.E. Mr. B, …; and H.E. Mr. C, …, congratulating him on his victory …": the callers' greeting)."""


def _after_a_call_received(text: str, lo: int, comma: int) -> bool:
    """Whether the clause before a participle's comma tells that its subject received a call from someone
    (fivehundredfirst, KUNA: "His Highness the Amir X received Tuesday evening a telephone call from Qatar's Amir Y,
    expressing sincere congratulations …"): the participle is the call's, the caller's greeting in the frame of the
    call, which GOLD-FORMAT reads as narrative (earlier sets: "received a call from Y to congratulate him", "received
    a call …, in which Y congratulated …"), not the receiver's words. Cheap test first: " call " in the clause."""
    at = text.find(" call", lo, comma)  # (" call " and " calls ")
    return at >= 0 and text.find("received", lo, at) >= 0 and _CALL_RECEIVED_FROM.search(text, lo, comma) is not None


_WHAT_BEFORE_AUXILIARY = re.compile(r"\b[Ww]hat (?:has |had |have )?\Z")
"""A free relative "what" before a passive's auxiliary (sixhundredfortysecond dominicantoday 2011-11-16: "…, "because
the international press when reporting what has been said by Insulza, could unwarrantedly reflect …"): the words said
are a noun clause, the object of another verb, and their agent does not speak in this sentence (as "Concern was raised
by X" does)."""


_CONNECTIVES_BEFORE_STRAY_COMMA = frozenset({"therefore", "thus", "consequently", "accordingly", "however",
                                             "nevertheless", "nonetheless", "equally"})
"""Connectives of consequence and contrast a stray comma may follow before the verb, the comma a slip for the pair
(ninehundredseventysixth blueprint 2020-07-20: "He therefore, called on the delegation …" for "He, therefore, called
…"; ninehundredseventyninth lusakatimes 2020-12-19, ZANIS: "President Lungu however, said as Head of State …"), which
also close a clause before an inverted tag ("… would go on in Varno however, said Minister X."): read before a stray
comma only where no subject may follow the verb."""
_STRAY_COMMA_FILLERS = frozenset({"further", "also", "then", "again", "additionally", "moreover", "furthermore",
                                  "likewise", "similarly"}) | _CONNECTIVES_BEFORE_STRAY_COMMA
"""Fillers of sequence, and the connectives above, that a stray comma may follow before the verb
(`_filler_before_stray_comma`: "He further, emphasized …"); not "today", "yesterday" (a clause's time before an
inverted "…, said X" or a participle)."""


def _filler_before_stray_comma(text: str, lo: int, comma: int) -> int | None:
    """Where a filler of sequence (`_STRAY_COMMA_FILLERS`) starts that a stray comma at text[comma] sets off from the verb after
    it, with no comma before it, right after a pronoun or a capitalised word, its subject (sixhundredseventyfifth
    zambianobserver 2025-01-22: "He further, emphasized the need for open communication …"); else None. Not
    "… will cooperate further, stressed the minister" (a verb before the filler), nor "He, further, …" (a
    parenthetical the loop reads). A connective (`_CONNECTIVES_BEFORE_STRAY_COMMA`: ninehundredseventysixth blueprint
    2020-07-20: "He therefore, called on …") not before an inverted tag's subject (`subject_may_follow`)."""
    last = word_back(text, comma - 14 if comma - 14 > lo else lo, comma)
    if last is None or last[1] != comma or text[last[0]:comma] not in _STRAY_COMMA_FILLERS or last[0] < lo + 2:
        return None
    before = word_back(text, last[0] - 24 if last[0] - 24 > lo else lo, last[0])
    if before is None or before[1] != last[0] - 1:
        return None
    word = text[before[0]:before[1]]
    if not (word[0].isupper() or word in ("he", "she")):
        return None
    if text[last[0]:comma] in _CONNECTIVES_BEFORE_STRAY_COMMA and subject_may_follow(text, comma + 2):
        return None  # ("… in Varno however, said Minister X.": the clause's connective, then an inverted tag)
    return last[0]


def _meeting_aside_before_stray_comma(text: str, lo: int, comma: int) -> bool:
    """Whether "in his speech", "in his remarks", "during the meeting" ends at the stray comma at text[comma] before a
    verb, with no comma before the aside, right after a pronoun or a capitalised word, its subject (ninehundredtwentysecond
    tribune 2024-01-07: "Governor Bello in his speech, urged the aspirants to support …": read as "Governor Bello, in his
    speech, urged …", as "X in a post on X, said …" is). Not "He, in his speech, urged …" (both commas, read elsewhere),
    nor "In his speech, the Governor urged …" (an opening aside, no subject before it), nor an aside opened by "the"
    or after a "who" or "which" (`_OWN_MEETING_ASIDE_OPENINGS`). Cheap test first: the word before the comma is a
    meeting's noun (`_MEETING_NOUNS`)."""
    last = word_back(text, comma - 14 if comma - 14 > lo else lo, comma)
    if last is None or last[1] != comma or text[last[0]:comma] not in _MEETING_NOUNS:
        return False
    opener = _meeting_aside_start(text, lo, last[0])
    if opener is None or opener < lo + 2 or text[opener - 1:opener] != " " \
            or not text.startswith(_OWN_MEETING_ASIDE_OPENINGS, opener):
        return False  # (the speaker's own speech only: "in the meeting," may close a relative clause, below)
    before = word_back(text, opener - 24 if opener - 24 > lo else lo, opener)
    if before is None or before[1] != opener - 1:
        return False  # (a comma or a mark before the aside: opened by its own comma, or no subject before it)
    word = text[before[0]:before[1]]
    near = opener - 120 if opener - 120 > lo else lo
    if text.find(" who ", near, opener) >= 0 or text.find(" which ", near, opener) >= 0:
        return False  # ("X (Y) who accompanied Z in his meeting, outlined …": the comma closes the relative clause)
    return word[0].isupper() or word in ("he", "she")


def _gerund_aside_before_stray_comma(text: str, lo: int, comma: int) -> int | None:
    """Where an aside "in <doing> …" starts that ends at the stray comma at text[comma] before a
    verb, with no comma before it, right after a capitalised word or "he"/"she", its subject (ninehundredsixtieth
    independent 2023-12-31: "Bago in addressing the recent crisis in Plateau, termed the sad scenario as …": read as
    "Bago, in addressing …, termed …", the Nigerian press's occasion of one's words, as "X in his speech, urged …" is);
    else None. Not an aside opened by its own comma (read elsewhere), nor one after a "who", "which" or "that" (the
    comma closes a relative clause), nor one of more than twelve words ("while <doing> …," is read already).
    Cheap test first: "ing " before the comma."""
    near = comma - 100 if comma - 100 > lo else lo
    if text.find("ing ", near, comma) < 0:
        return None
    aside = _GERUND_ASIDE_BEFORE_COMMA.search(text, near, comma)
    if aside is None:
        return None
    before = word_back(text, aside.start() - 24 if aside.start() - 24 > lo else lo, aside.start())
    if before is None or before[1] != aside.start():
        return None
    word = text[before[0]:before[1]]
    if not (word[0].isupper() or word in ("he", "she")):
        return None
    if text.find(" who ", near, aside.start()) >= 0 or text.find(" which ", near, aside.start()) >= 0 \
            or text.find(" that ", near, aside.start()) >= 0:
        return None  # ("X, who met Y in signing the pact, said": the comma may close the relative clause)
    clause = text.rfind(", ", near, aside.start())
    if clause < 0 and near > lo:
        return None  # (the clause opens more than 100 characters before the comma: no short subject)
    if _SUBJECT_BEFORE_A_GERUND_ASIDE.fullmatch(text, clause + 2 if clause >= 0 else lo, aside.start()) is None:
        return None  # ("The role of Governor X in resolving the crisis, said Y, …": the name is no subject; rf9)
    return aside.start() + 1


_SUBJECT_BEFORE_A_GERUND_ASIDE = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*|of) )*(?:[A-Z][\w’'.-]*|he|she)")
"""All the clause before a gerund aside: a subject that opens it, its name and titles capitalised ("Governor of Niger
State X", "He"), so that the aside is its own (`_gerund_aside_before_stray_comma`, review rf9); not "The role of
Governor X in resolving …, said Y", nor "X welcomed Y in Z in opening …, said the minister", the name an object."""
_GERUND_ASIDE_BEFORE_COMMA = re.compile(r" in (?-i:[a-z]+ing) (?:[\w’'.-]+ ){0,10}[\w’'.-]+\Z")
"""An aside "in <doing> …" of up to twelve words, no comma in it, ending right before a stray comma
(`_gerund_aside_before_stray_comma`)."""


_OWN_MEETING_ASIDE_OPENINGS = ("in his ", "in her ", "during his ", "during her ")
"""The openings of an aside of the subject's own speech before a stray comma ("in his speech,", "during her remarks,",
`_meeting_aside_before_stray_comma`); not "in the meeting,", "during the talks,", "after the meeting," which close a
relative clause or a participle's aside as often (heldout 818th somalidispatch: "Southwestern President X (Y) who
accompanied Prime Minister Z in the meeting, outlined …"; styles25: "…, who accompanied the President during the talks,
told …"; styles47: "The CS, writing on X after the meeting, said …")."""


def _date_before_stray_comma(text: str, lo: int, comma: int, verb: int) -> int | None:
    """Where a date "on Thursday, 23 February 2018" starts that ends at the comma at text[comma] before a speech verb,
    with no comma between the sentence's start and the date (sevenhundredthirtyninth kmtnews 2018-02-26: "Prime
    Minister X in a press conference on Thursday, 23 February 2018, said the purpose …": the day he spoke, the comma
    after it stray, as after "in a post on X,"); else None. Not "X, speaking on 5 May 2018, said …" (an aside the
    commas close, read elsewhere), nor a date opened by its own comma ("X, 5 May 2018, said"), nor before a verb with
    a capital, or "the" and a capital, after it (styles5 seraya_pmo: "The government will table the Bill … in July,
    said Prime Minister X.": an inverted tag, its subject after the verb)."""
    if subject_may_follow(text, verb):
        return None
    last = word_back(text, comma - 12 if comma - 12 > lo else lo, comma)
    if last is None or last[1] != comma:
        return None
    word = text[last[0]:comma]
    if not (word.isdigit() or word[0].isupper() and word.lower() in MONTHS):
        return None
    date = _DATE_BEFORE_VERB.search(text, comma - 48 if comma - 48 > lo else lo, comma)
    if date is None or text[date.start()] == "," or text.find(",", lo, date.start()) >= 0:
        return None
    return date.start()


_ALSO_ASIDES = (", who is also ", ", who also serves as ")
"""A relative aside that gives the opening office's holder a second office, then the name (`_sentence_subject`)."""




def _saying_that_with_no_comma(text: str, lo: int, vs: int, ve: int, form: str) -> bool:
    """A speech participle and its "that" right after the clause's object with no comma before it ("The German
    Ambassador took a keen interest in the emerging business opportunities saying that the province is set to …",
    UrduPoint, sevenhundredfiftyfifth): it goes on with the clause's subject, as ", saying that" does; not in a
    "with" clause ("with reports saying that …", whose subject is the noun before it). Cheap tests first: the form,
    then " that " after it."""
    return form in SAYING_THAT_FORMS and text.startswith(" that ", ve) and text.find(" with ", lo, vs) < 0 \
        and text.find(",", lo, vs) < 0


_AFTER_THE_HOLDERS_COMMA = re.compile(r"\s*(?:(?:on|last|this|late|early)\s+[A-Za-z]+\s*)?\Z")
"""What may stand between the comma after a holder's name and the verb: nothing, or a day ("on Tuesday", "last week")."""


def _holder_set_off_before_the_verb(text: str, after: int, verb: int) -> Phrase | None:
    """The name set off by commas that ends right before the verb at `verb` (a day maybe between), past `after` (the
    end of the sentence's opening office): "The mediator sent to … by the bloc, |Mahamadou Issoufou|, on Tuesday said";
    None when no person's name stands so, or when an office ends right before the name's opening comma ("The envoy
    sent to … by the President of Zelan, |Lina Marsh|, on Tuesday said": the President's name, an apposition of his
    office, not the envoy's). Bounded: two `rfind`s in the clause and two phrase reads."""
    close = text.rfind(",", after, verb)
    if close < 0 or _AFTER_THE_HOLDERS_COMMA.match(text, close + 1, verb) is None:
        return None
    opener = text.rfind(", ", after, close)
    if opener < 0:
        return None
    office = phrase_ending_at(text, after, opener)
    if office is not None and office.kind == "description" and office.end == opener:
        return None
    named = phrase_ending_at(text, opener + 2, close)
    if named is None or named.kind != "name" or named.start != opener + 2 or not named.is_person:
        return None
    return named


_TAG_SOURCE_AFTER = re.compile(r" (?:the|a|an|his|her|its|their|our|this) [^,.;:“”\"]{1,60},")
"""A source in commas after a present verb ("X, says the statement, will …", review rf19): the verb a tag inverted
after its words, not the name's (`_present_after_a_name_and_stray_comma`)."""


class SpeechSubjects:
    """Who a speech cue's subject is: the person before the verb, in an aside, after "by",
    or the one just named.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)

    def _person_before(self, lo: int, hi: int, patterns: tuple[re.Pattern, ...]) -> list[Cue]:
        """A cue at each match of `patterns` whose subject, the phrase just before it, is a person."""
        text = self.text
        cues = []
        for pattern in patterns:
            for match in pattern.finditer(text, lo, hi):
                phrase = phrase_ending_at(text, lo, match.start())
                if phrase is None and text.startswith(", ", match.start() - 2):
                    phrase = self._subject_before_its_closing_comma(lo, match.start() - 2)
                elif (phrase is None or not phrase.is_person) and text.startswith(") ", match.start() - 2):
                    phrase = _named_before_a_bracket(text, lo, match.start() - 1) or phrase
                if (phrase is None or not phrase.is_person) and text.endswith(_ASIDE_ENDS, max(lo, match.start() - 8),
                                                                              match.start()):
                    # (thirteenth hard set 2023-11-16 harwell takaru: "Prime Minister X, whose government took office
                    # …, for her part, had warm words for …": the subject before a describing aside, then "for her part")
                    phrase = self._subject_before_set_off_aside(lo, match.start()) or phrase
                elif phrase is None and text.endswith(("— ", "– "), max(lo, match.start() - 2), match.start()):
                    # (thirty-first hard set norvaal_union_call_oskeny_federation: "Her Oskeny counterpart — herself a
                    # former deckhand on the Brask crossing — was quick to add …": the subject before dashes)
                    phrase = self._named_before_dashes(lo, match.start())
                if phrase is not None and phrase.is_person:
                    cues.append(self._agent_cue(match.start(), match.end(), phrase))
        return cues

    def _subject_before_set_off_aside(self, lo: int, pos: int) -> Phrase | None:
        """The phrase before an aside that sets off a clause's subject (", in turn,", ", for her part,") ending at
        `pos`, the verb: the full name before a describing aside there ("Senator X, who has chaired … and who visited
        …, for her part, would welcome …") when the phrase alone is no person; None with no such aside."""
        text = self.text
        aside_match = _SUBJECT_ASIDE.search(text, max(lo, pos - 40), pos)
        if aside_match is None:
            return None
        subject = phrase_ending_at(text, lo, aside_match.start())
        if (subject is None or not subject.is_person) \
                and text.rfind(",", max(lo, aside_match.start() - DESCRIBING_ASIDE_REACH), aside_match.start()) > lo:
            subject = self._named_before_aside(lo, aside_match.start()) or subject
        return subject

    def _opening_person_before(self, lo: int, hi: int, pattern: re.Pattern) -> list[Cue]:
        """A cue at each match of `pattern` whose subject, the phrase just before it, is a person's name,
        office or pronoun that opens the sentence ("Minister X would welcome …"; not "said he would …")."""
        text = self.text
        cues = []
        for match in pattern.finditer(text, lo, hi):
            phrase = phrase_ending_at(text, lo, match.start())
            if (phrase is None or not phrase.is_person) and text.endswith(_ASIDE_ENDS, max(lo, match.start() - 8),
                                                                          match.start()):
                # (thirteenth hard set sorvenia_brennmark_senators: "Senator X, who has chaired … and who visited …,
                # for her part, would welcome …": the subject before a describing aside, then "for her part")
                phrase = self._subject_before_set_off_aside(lo, match.start()) or phrase
            if phrase is not None and phrase.is_person and phrase.kind in ("name", "description", "pronoun") \
                    and not text[lo:phrase.start].strip():
                cues.append(self._agent_cue(match.start(), match.end(), phrase))
        return cues

    def _subject_before_its_closing_comma(self, lo: int, comma: int) -> Phrase | None:
        """The subject set off by the comma at `comma` before its verb: "The President of Drevnia, Ales Harbunou, is
        convinced: …" (a name after its office), "Agata Roos, the only holdover from the previous cabinet, sought to
        reassure …" (a describing aside after a name), "…, and the Vice President, a former professor of law,
        stressed" (an office and its aside after ", and "); None if none of these ends there."""
        return self._named_in_apposition(lo, comma) or self._named_before_aside(lo, comma) \
            or self._office_before_aside(lo, comma, spoken_before=True)

    def _name_and_second_office_before_body(self, lo: int, pos: int) -> Phrase | None:
        """The name of "Name of Place and Office, Body," set off by a comma before the verb at `pos`
        (ninehundrednineteenth leadership 2021-09-27: "Gov. Simon Lalong of Plateau State and Chairman, Northern States
        Governors Forum, said …"): the body of his second office set off by commas after it, a capitalised thing and
        no person ("… and Chairman, Ade Bello, said": the chairman another man), the name before "and" the one who
        speaks (`_name_and_its_second_office`); None for anything else. A cheap test first: an " and " before the
        comma."""
        text = self.text
        comma = back_over(text, lo, pos, " ")
        if comma <= lo or text[comma - 1] != "," or text.find(" and ", lo, comma) < 0:
            return None
        comma -= 1
        office_end = text.rfind(", ", lo, comma)
        if office_end <= lo or not text[office_end + 2:office_end + 3].isupper():
            return None
        body = phrase_starting_at(text, office_end + 2, comma)
        if body is None or body.kind != "thing" or body.end != comma:
            return None
        pair = phrase_ending_at(text, lo, office_end)
        if pair is None or pair.kind != "group" or pair.start != skip_space(text, lo, office_end):
            return None
        return _name_and_its_second_office(text, pair)

    def _named_in_apposition(self, lo: int, comma: int) -> Phrase | None:
        """The name set off by commas after its office, ending at `comma`: "The President of
        Drevnia, Ales Harbunou, is convinced: …" (the office opens the sentence; a clause
        before a comma, "In Velsk, the President …", names no one after its office)."""
        text = self.text
        name = phrase_ending_at(text, lo, comma)
        if name is None or name.kind != "name" or not text.startswith(", ", name.start - 2):
            return None
        office_end = name.start - 2
        if text[office_end - 1] == ")" and (initials := INITIALS_IN_BRACKETS.search(
                text, max(lo, office_end - 12), office_end)) is not None and initials.end() == office_end:
            office_end = initials.start()  # ("The President of the X Commission (XC), Y Z, on Saturday …, stressed")
        office = phrase_ending_at(text, lo, office_end)
        if (office is None or office.start != lo) and office_end - lo <= 120 and text.startswith("The ", lo):
            # (eighthundredeighth rnz 2008-05-19: "The President of the autonomous Papua New Guinea province of
            # Bougainville, Joseph Kabui, says …": the office read forwards, its long place after "of")
            # (ninehundredfiftyninth baretanews 2018-06-14: "The colonial governor of the Southern Zone of X, Y Z,
            # says …": a lower-case word before the office, which read backwards starts after it; read forwards
            # from the sentence's start the description is the whole office, up to the name's comma)
            opening = phrase_starting_at(text, lo, office_end)
            if opening is not None and opening.kind == "description" and opening.is_person \
                    and (opening.end == office_end
                         or _OFFICE_OF_A_LONG_PLACE.fullmatch(text, opening.end, office_end) is not None):
                office = opening
        return name if office is not None and office.is_person and (
            office.start == lo or text[lo] == "A" and _FRONTED_APPOSITION.fullmatch(text, lo, office.start)
            or _CITY_DASH_DATELINE.fullmatch(text, lo, office.start) is not None
        ) else None

    def _present_after_opening_apposition(self, lo: int, pos: int, form: str, ve: int) -> bool:
        """Whether the present form `form` (ending at `ve`, its that-clause next) follows the
        apposition of the name that opens the sentence: "Olek Tarnas, minister of roads, believes
        that …" (hundred-twenty-second), a verb as "said" there is; a present form after any
        other comma may be a noun of a list ("roads, bridges, hopes that …" is rare, a name is not). A news lead's
        present tense with an object, "Somaliland’s Foreign Minister, Dr X, hails … ties at a meeting …"
        (fivehundredfiftyseventh somaliland 2013-01-03_fm_omar_simmonds), is such a verb too, after an office that
        opens the sentence and the name set off after it, the only apposition read without the that-clause."""
        text = self.text
        if not form.endswith("s"):
            return False
        judged = form in _OPINION_PRESENT_FORMS and text.startswith(" it ", ve) \
            and _IT_JUDGED_NEXT.match(text, ve + 1) is not None  # ("…, considers it essential to …", as "that")
        if not judged and not text.startswith(" that ", ve):
            comma = text.rfind(",", lo, pos)
            return comma > lo and text.startswith(" ", ve) and text[ve + 1:ve + 2].isalpha() \
                and self._opening_apposition_then_aside(lo, comma)
        phrase = phrase_ending_at(text, lo, pos)
        if phrase is not None and phrase.kind == "name" and "," in phrase.text and (
                not text[lo:phrase.start].strip() or _FRONTED_TURN.fullmatch(text, lo, phrase.start) is not None):
            return True
        # (four-hundred-sixty-fifth barbados_gis douglas-farewell: "Minister of Foreign Affairs and Foreign Trade,
        # Senator Dr. X, is hoping that …"): the office that opens the sentence, its holder's name set off after it
        comma = text.rfind(",", lo, pos)
        return comma > lo and self._opening_apposition_then_aside(lo, comma)

    def _present_after_a_name_and_stray_comma(self, lo: int, pos: int, form: str, ve: int, hi: int) -> bool:
        """Whether the present form `form` (never a noun, `_PRESENT_FORMS_NO_NOUN`), ending at `ve`, follows a stray
        comma right after a person's name that is all the sentence holds before it (ninehundredeightyninth
        newsdiaryonline 2021-10-20, NAN's lead: "Gov. X of Yobe, says investing in youth empowerment is …"): the name's
        verb, as "X of Yobe, said …" is; not when a person follows the verb, which makes it a tag inverted after
        words ("X, says his aide, …"). Cheap tests first: the form, then the comma right before it."""
        if form not in _PRESENT_FORMS_NO_NOUN:
            return False
        text = self.text
        comma = back_over(text, lo, pos, " ")
        if comma <= lo or text[comma - 1] != "," or text.find(",", lo, comma - 1) >= 0:
            return False
        named = phrase_ending_at(text, lo, comma - 1)
        if named is None or named.kind != "name" or not named.is_person or text[lo:named.start].strip():
            return False
        after = phrase_starting_at(text, skip_space(text, ve, hi), hi)
        return (after is None or not after.is_person) and _TAG_SOURCE_AFTER.match(text, ve, hi) is None

    def _subject_before_a_long_participle_aside(self, lo: int, pos: int, inside: int) -> Phrase | None:
        """The person before a participle phrase set off by commas that ends at `pos` and holds what was read as the
        subject, from `inside` on (`_LONG_PARTICIPLE_ASIDE`), if that person opens the sentence or follows an outlet
        that tells of him (`_OUTLET_TELLS_BEFORE`); None otherwise."""
        text = self.text
        start = max(lo, pos - 130)
        if text.find("ing ", start, inside) < 0:
            return None  # (no participle before what was read: the cheap test first)
        aside = _LONG_PARTICIPLE_ASIDE.search(text, start, pos)
        if aside is None or aside.start() >= inside:
            return None
        named = phrase_ending_at(text, lo, aside.start())
        if named is None or not named.is_person or named.kind not in ("name", "description"):
            return None
        if named.start == lo or _OUTLET_TELLS_BEFORE.fullmatch(text, lo, named.start) is not None:
            return named
        return None

    def _subject_before_asides(self, lo: int, pos: int) -> Phrase | None:
        """The person who opens the sentence before one to three asides set off by commas, the last closing at the
        comma before `pos` (the verb, or the word before it), or None (hard68: "The Speaker, however, notes that …",
        "X, in her welcoming remarks, notes …", "X, flanked by State Secretary Y, says …", "X, in the letter, also
        invites …", "The President of the Senate, Ms X, for her part, on behalf of the Senate and on her own behalf,
        offers condolences …"). Each aside is a linking adverb, a phrase that opens with a preposition or one that
        opens with a participle (`_SUBJECTS_ASIDE`); so a present form after such an aside is a verb, as the past form
        is, and a comma that closes anything else (a list's "roads, bridges, hopes …") leaves it a noun."""
        text = self.text
        close = back_over(text, lo, pos, " ,")
        for _ in range(3):
            opener = text.rfind(",", lo, close)
            aside_end = close
            if opener > lo and _COUNTRY_AFTER_ITS_CITY.fullmatch(text, skip_space(text, opener + 1, close), close):
                # ("X, on Saturday in Malabo, Equatorial Guinea, highlighted …": the country after its city, part of
                # the aside of where, which must end with the city)
                aside_end, opener = opener, text.rfind(",", lo, opener)
                if opener <= lo or not _IN_A_CITY_END.search(text, opener, aside_end):
                    return None
            if opener <= lo or not _SUBJECTS_ASIDE.fullmatch(text, skip_space(text, opener + 1, aside_end), aside_end):
                return None
            subject = phrase_ending_at(text, lo, opener)
            if text.startswith("who ", skip_space(text, opener + 1, aside_end)):
                # (a relative clause on "who": only right after a subject that opens the sentence alone, "The Mayor,
                # who visited …, says"; not after an office set off before its holder, hard29: "The former Chief of
                # the General Staff, General (retd) X, who was aboard …, told …", read as before)
                if subject is None or text[lo:subject.start].strip() or not (
                        subject.is_person and subject.kind in ("name", "description") or _the_office_initials(subject)):
                    return None
                return subject
            fronted = subject is not None and subject.start > lo \
                and _FRONTED_IN_HIS.fullmatch(text, lo, subject.start) is not None
            if subject is None or not subject.is_person or text[lo:subject.start].strip() and not fronted:
                subject = self._subject_before_its_closing_comma(lo, opener)
            if subject is not None and subject.is_person and subject.kind in ("name", "description") \
                    and (not text[lo:subject.start].strip() or self._opening_apposition(lo, opener) or fronted):
                return subject
            close = opener
        return None

    def _opening_apposition_then_aside(self, lo: int, comma: int) -> bool:
        """`_opening_apposition` at the comma before the present form, or at the comma that opens an aside of when,
        where or for whom closed there (sixhundredfifteenth lrs 2014-07-18: "Loreta X, Speaker of the Seimas, on
        behalf of the Seimas and on her own behalf, offers sincere condolences to …"; `_when_and_where_aside_end`)."""
        if self._opening_apposition(lo, comma):
            return True
        text = self.text
        opener = text.rfind(",", lo, comma)
        if opener <= lo:
            return False
        end = _when_and_where_aside_end(text, opener, comma + 2)
        return end is not None and not text[comma + 1:end].strip() and self._opening_apposition(lo, opener)

    def _opening_apposition(self, lo: int, comma: int) -> bool:
        """Whether the sentence opens with an office and its holder's name set off after it (`_named_in_apposition`),
        or with a full name and its office set off by commas (fivehundredseventyninth fjportal zhao_hongzhu: "Zhao
        Hongzhu, member of the Secretariat of the CPC Central Committee, says he really approves of …"), the second
        comma at `comma`: the news lead's present form after it is the name's verb, in either order."""
        if self._named_in_apposition(lo, comma) is not None:
            return True
        named = self._named_before_office_aside(lo, comma)
        return named is not None and named.start == lo

    def _named_and_office_alone_before(self, lo: int, comma: int) -> bool:
        """Whether the words of the sentence before `comma` are a person's name that opens it and an office set off
        after the name, in lower case ("Singaporean Consul General X, head of the delegation of consulates general in
        the city,"), or as `_opening_apposition` reads one: no clause, so the verb after the comma is the name's own,
        not a tag inverted after a report."""
        text = self.text
        found = self._comma_aside_before(lo, comma)
        if found is None:
            return False
        end, name_comma, aside = found
        if text.find(",", aside, end) >= 0:
            return self._opening_apposition(lo, comma)
        first = text[aside:text.find(" ", aside, end) if text.find(" ", aside, end) > 0 else end]
        named = phrase_ending_at(text, lo, name_comma)
        if first.islower() and first in ROLE_TOKENS and named is not None and named.kind == "name" and named.is_person \
                and named.start == lo:
            return True
        return self._opening_apposition(lo, comma)

    def _agent_of_a_participle(self, vs: int, ve: int, lo: int, hi: int) -> Cue | None:
        """The agent of a speech verb's participle that qualifies the noun before it, in the subject of its
        sentence: "Other priority tasks named by Mr Rudenya include developing the agriculture sector …"
        (two-hundred-fifth 52614) is Rudenya's report, as "Other tasks were named by Mr Rudenya" is. The caller
        has seen " by " after an "-ed" form; the main verb must follow the agent ("include", "are", "were"),
        so that "the decree proposed by X was signed" stays no one's (`_MAIN_VERB_AFTER_AGENT`)."""
        text = self.text
        space = text.rfind(" ", lo, vs - 1)
        before = text[space + 1 if space >= 0 else lo:vs - 1]
        if not before.isalpha() or not before.islower() or before in _NOT_A_NOUN_BEFORE:
            return None
        phrase = phrase_starting_at(text, ve + 4, hi)
        if phrase is None or not phrase.is_person or phrase.kind == "group":
            return None
        if _MAIN_VERB_AFTER_AGENT.match(text, phrase.end) is None and not self._agent_ends_a_predicate_noun(lo, vs, phrase.end, hi):
            return None
        return self._agent_cue(vs, ve, phrase)

    def _agent_ends_a_predicate_noun(self, lo: int, vs: int, agent_end: int, hi: int) -> bool:
        """The participle (at `vs`) qualifies the predicate noun of "This was a …" and its agent (ending at
        `agent_end`) ends the sentence (`_PREDICATE_NOUN_OPENING`). Cheap guard: the sentence opens with "T" or "I"."""
        text = self.text
        return text[lo:lo + 1] in ("T", "I") and not text[agent_end:hi].strip(" .") \
            and _PREDICATE_NOUN_OPENING.match(text, lo, vs) is not None

    def _guests_welcomed_by(self, lo: int, be_start: int, agent_end: int, hi: int) -> bool:
        """Whether the subject of a passive "welcomed by" (its "be" at `be_start`, its agent ending at `agent_end`) is
        people received by a host, not a thing welcomed in words: a person ("Mr Putin was welcomed by King Albert II
        at Melsbrook Airport") or people named as a group (fourhundredfiftyninth whitehouse 2023-03-17 NIAC: "They were
        welcomed by White House Homeland Security Advisor Dr. Liz Sherwood-Randall.") or a plural noun of people
        (`PEOPLE_NOUNS`: "The children were welcomed by the Prime Minister"), where or not; a group noun
        ("The delegation was welcomed by Prime Minister X at the airport") where it was received."""
        text = self.text
        subject_end = self._skip_fillers_back(lo, be_start)[0]
        guest = phrase_ending_at(text, lo, subject_end)
        if guest is not None and guest.start > lo and (word := word_back(text, max(lo, guest.start - 12), guest.start)) \
                and text[word[0]:word[1]].lower() in _PLACES_OBJECT_PREPOSITIONS:
            # (hard72: "The Governor's proposal to open a ferry line between Port Ambrecq and Ostmirren was welcomed by
            # the Premier, who said …"): names after a preposition end the subject's thing, no guests received
            guest = None
        if guest is not None and (guest.is_person or guest.kind == "group"
                                  or guest.kind == "thing" and guest.text[guest.text.rfind(" ") + 1:] in PEOPLE_NOUNS):
            return True  # (a plural of people: "The children were welcomed by the Prime Minister, X, …")
        if text[lo:lo + 1] in ("U", "O") and _ON_ARRIVAL.match(text, lo, subject_end) is not None:
            return True  # (a sentence that opens at the arrival: "Upon arrival at the Air Force Base, the Italian
            # dignatary was welcomed by X", fivehundredtwentyfifth andina cateriano-renzi, whatever the subject's noun)
        if text[max(lo, subject_end - 5):subject_end].rstrip().endswith(" and") \
                and _CAME_AND_WAS.search(text, max(lo, subject_end - 150), subject_end) is not None:
            return True  # ("a Melbourne delegation visited Tianjin, and was warmly welcomed by X": `_CAME_AND_WAS`)
        return _GUESTS_WELCOMED.search(text, max(lo, subject_end - 90), subject_end) is not None \
            and (_RECEIVED_BY_AT.match(text, agent_end, hi) is not None or self._welcome_ends_unspoken(agent_end, hi))

    def _welcome_ends_unspoken(self, agent_end: int, hi: int) -> bool:
        """Whether a passive "welcomed by" X ends at `agent_end` with the sentence's end or a relative clause on the
        host that tells no words (`_WELCOME_ENDS`): "…, who introduced the guests to the sites" is a reception, "…, who
        said that Kell is ready to expand trade" the host's statement (its verb in `SPEECH_VERBS`)."""
        text = self.text
        ends = _WELCOME_ENDS.match(text, agent_end, hi)
        if ends is None:
            return False
        if not text.startswith("who", ends.end() - 4, ends.end()):
            return True
        verb = _WHO_CLAUSE_VERB.match(text, ends.end(), hi)
        return verb is None or verb.group(1) not in SPEECH_VERBS

    def _unnamed_head_before_its_object(self, lo: int, vs: int, ve: int) -> Cue | None:
        """The cue of the speech verb at text[vs:ve] when the sentence opens with a subject that is no name and a
        relative clause or a "to"/"under" phrase whose object, a capitalised name or office, stands right before the
        verb (`_UNNAMED_HEAD_BEFORE_A_NAMED_OBJECT`; no comma between): "Those who served under Governor Y said …" is a
        group's (no one's); "An aide to Mayor X said …" an unnamed person's (no one's); "The envoy who met President
        Y … said …" the one the office word refers to, if any is named before, else no one's; never the object's.
        Only an office word as the head ("envoy", "aide", `ROLE_WORD_SET`), not "The report to …"; None otherwise
        (the caller reads the subject as before)."""
        text = self.text
        m = _UNNAMED_HEAD_BEFORE_A_NAMED_OBJECT.match(text, lo, vs)
        if m is None or text.find(",", lo, vs) >= 0 or (head := m.group("head")) is not None and head not in ROLE_WORD_SET:
            return None
        if (group := m.group("group")) is not None and (
                (phrase := phrase_starting_at(text, lo, lo + len(group))) is None or self._resolve(phrase, lo) is not None):
            return None  # ("Sanders who met …" after "Senator Ruth Sanders": a surname named before, not a plural noun)
        if head is None or m.group("det") != "The":
            return Cue(vs, ve, None, None)  # ("Those who …", "Farmers who …": a group; "An aide to …": unnamed)
        phrase = phrase_starting_at(text, lo, m.start("head") + len(head))
        if phrase is None or phrase.kind != "description":
            return None
        person = self._resolve(phrase, lo)
        if person is None or not phrase.role or not any(roles_compatible(phrase.role, role) for role in person.roles):
            return Cue(vs, ve, None, None)  # (no one named before holds the office: not the last one named)
        return Cue(vs, ve, phrase, person)

    def _judged_by_a_prepositions_object(self, lo: int, vs: int, clause: list[Cue]) -> bool:
        """Whether the judging verb at `vs`, "it" after it ("deemed it necessary"), has for the phrase before it a
        thing that is the object of a preposition, inside the clause a person's cue before it reports
        (thousandeleventh reliefweb 2020-11-25: "Albano said the recent typhoons that brought huge volume of water and
        caused flooding in the province deemed it necessary to address …"): "the province" is no subject, the verb
        is the reported clause's own, and no cue of a thing ends the reporter's statement at "and caused …". Not a
        thing with no preposition before it ("…, and the ministry deemed it …": a body's own view), nor with no
        person's cue before it in the clause, nor when a comma and a conjunction join a clause of its own between the
        person's verb and this one (`_CLAUSE_JOINED`: "X said the plan was good, and officials in the region deemed it
        …": their own view, the report ends before it)."""
        told = [cue.verb_end for cue in clause if cue.person is not None and cue.verb_end <= vs]
        if not told or _CLAUSE_JOINED.search(self.text, told[-1], vs) is not None:
            return False
        phrase = phrase_ending_at(self.text, lo, vs)
        return phrase is not None and phrase.kind == "thing" \
            and _PREPOSITION_BEFORE.search(self.text, max(lo, phrase.start - 6), phrase.start) is not None

    def _cue_at(self, vs: int, ve: int, lo: int, hi: int, clause: list[Cue] | None = None) -> Cue | None:
        """The subject of the speech verb at text[vs:ve], if it is a cue at all (its
        complement is the caller's to check: `_cues` does)."""
        text = self.text
        if (text[lo] in "TA" or text.find(" who ", lo, vs) >= 0) \
                and (head := self._unnamed_head_before_its_object(lo, vs, ve)) is not None:
            return head
        if clause and text.startswith(" it ", ve) and self._judged_by_a_prepositions_object(lo, vs, clause):
            return None  # ("X said the typhoons that … caused flooding in the province deemed it necessary …")
        if text[lo] == "A" and text.startswith(_ASKED_OPENINGS, lo) and text.find(",", lo, vs) < 0:
            # (hard29: "Asked whether the PM had raised the dispute over the Aurel islands, the PM's spokesperson
            # declined to comment."): a verb inside the question put opens no one's statement
            return None
        if text.find("came ", lo, vs) >= 0 and _CAME_AFTER_ONES_WORDS.search(text, max(lo, vs - 90), vs) is not None:
            return None  # ("…, which came a day after he requested a meeting …": an event's time, no report)
        if (text.find(TIME_WORDS[0], lo, vs) >= 0 or text.find(TIME_WORDS[1], lo, vs) >= 0) \
                and in_a_time_clause_after_the_main(text, lo, phrase_ending_at(text, lo, self._skip_fillers_back(lo, vs)[0]),
                                                    self.verb_starts, self.verb_hits):
            return None  # ("It comes just weeks after Minister X indicated that …": a time clause's, no report)
        if (by_at := text.find(" by ", lo, vs)) > lo and vs - by_at < 130 \
                and (principal := self._principal_of_a_speech_read_by_another(lo, vs)) is not None:
            if principal.kind == "group":  # ("The delegates in a statement read by Y said …": theirs, no one's)
                return Cue(vs, ve, principal, None)
            return self._subject_cue(vs, ve, principal)  # ("X in a speech read on his behalf by Y said …": X's)
        form = text[vs:ve]
        if form in ("cites", "cited", "quotes", "quoted") and _SOURCE_CITED.match(text, ve, hi) is not None \
                and _OUTLET_BEFORE_ITS_CITING.search(text, max(lo, vs - 30), vs) is not None:
            return None  # ("…, Kazinform cites the website of the Kazakh PM.": `_SOURCE_CITED`)
        finite, quoting, welcoming, ing_form = _form_reading(form)  # finite: past or -ing, a verb, not a noun
        if (quoting or form in _CITED_FORMS) and (text.find(" as ", ve, hi) >= 0 or text.find(" to have ", ve, hi) >= 0
                                                   or quoting and text.find(" saying", ve, hi) >= 0):
            # "The Telegram channel X quoted the head of state as saying: “…”": his words; (hard23) "The
            # statement quoted the Norvellian Vice President as underlining …": any speech verb's -ing; "quoted
            # President Y to have said: “…”": its perfect infinitive; so "cited" (eighthundredeightyninth taiwannews
            # 2022-02-23: "…, CNA cited her as saying."), the one cited as saying the words
            quoted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            if (quoted is None or not quoted.is_person) and text.startswith((" him as ", " her as "), ve):
                # (sevenhundredthirtyeighth devdiscourse, PTI: "…, the statement quoted him as saying."): the object
                # pronoun, which opens no phrase, the one quoted; "her", which opens a thing's phrase ("her as
                # saying", read as a possessive), likewise
                quoted = Phrase("pronoun", ve + 1, ve + 4, text[ve + 1:ve + 4], gender="m" if text[ve + 2] == "i" else "f")
            said = _QUOTED_AS.match(text, quoted.end, hi) if quoted is not None and quoted.is_person else None
            verb = (said.group(1) or said.group(2) or said.group(3)) if said is not None else ""
            if said is not None and said.group(3) is not None and not quoting:
                verb = ""  # (the bare "saying" after "quoted" or "quotes" only, not after "cited")
            if said is not None and quoted is not None and verb in SPEECH_VERBS:
                return Cue(vs, said.end(), quoted, self._resolve(quoted, quoted.start))
        if quoting and form[-1] in "sd" and (text.find(", “", ve, min(hi, ve + 80)) >= 0
                                             or text.find(', "', ve, min(hi, ve + 80)) >= 0):
            # (hard85 culture: "The minister quoted the late poet X, “A people that forgets …”", "The mayor quoted Mr. Y,
            # “…”"; the 850th's shafaq, "Khoshnaw quoted Hidalgo, “…”"; hard84: "X quoted the Prime Minister of Y, Mrs.
            # Z, "…"", the name set off after the office): the person quoted then the quotation's comma, the words
            # presented as his own, as "quoted Y as saying: “…”"; the one who quotes them says none of them
            quoted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            if quoted is not None and quoted.kind == "description" and text.startswith(", ", quoted.end) \
                    and (named := phrase_starting_at(text, quoted.end + 2, hi)) is not None and named.kind == "name" \
                    and text.startswith(_COMMA_AND_OPENING_MARK, named.end):
                quoted = named
            if quoted is not None and quoted.is_person and quoted.kind in ("name", "description") \
                    and text.startswith(_COMMA_AND_OPENING_MARK, quoted.end):
                return Cue(vs, quoted.end, quoted, self._resolve(quoted, quoted.start))
        if form[0] == "r" and form in ("reports", "reported") and text.startswith(" that ", ve) \
                and OUTLET_REPORTING.fullmatch(text, lo, vs) is not None and not _an_office_reports(text, lo, vs):
            # (ninehundredfiftysixth lusakatimes 2022-07-25: "ZANIS reports that Provincial Minister, Robert Lihefu
            # confirmed the development …"; the 927th's "ZANIS reports that the Provincial Minister has directed …"):
            # an outlet's "reports that" is the writer's credit for the account, no one's words; the person in the
            # clause after it is the speaker, his verb read as if it opened the sentence (`sentence_patterns.OUTLET_REPORTING`)
            return None
        if form[0] == "r" and form in ("reports", "reported") and text.find(" saying", ve, min(hi, ve + 80)) >= 0:
            # (eighthundredeighth rnz 2011-03-10: "The Post Courier paper reports President Momis saying that …"): a
            # paper or an outlet that reports a person saying, as "quoted X as saying": the words are that person's
            quoted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            said = _REPORTED_AS_SAYING.match(text, quoted.end, hi) if quoted is not None and quoted.is_person \
                and quoted.kind in ("name", "description") else None
            if said is not None:
                return Cue(vs, said.end(), quoted, self._resolve(quoted, quoted.start))
        if quoting and (text.startswith(" words ", text.find(" ", ve + 1, hi)) or text.startswith(" the words ", ve)):
            # (hundred-ninety-seventh 73409: "X quoted famous words by President Reagan: “…”"): the words quoted are
            # the one's who said them first, not the quoting speaker's (as "quoted Y as saying")
            words = _QUOTED_WORDS_OF.match(text, ve)  # (not cut at `hi`: a lead-in read up to the name after it)
            quoted = phrase_starting_at(text, words.end(), hi) if words is not None and words.end() < hi else None
            if quoted is not None and quoted.is_person and quoted.kind in ("name", "description"):
                return Cue(vs, quoted.end, quoted, self._resolve(quoted, quoted.start))
            if words is not None:
                return None  # (the lead-in read without its author, or a song's words: no one's statement)
        if not finite and _AUXILIARY_NEXT.match(text, ve, hi) \
                and not (form in _PRESENT_FORMS_NO_NOUN and _SHOULD_IT_HAPPEN_NEXT.match(text, ve, hi)):
            return None  # "security guarantees will not work": a noun ("which they agreed has …" is a verb)
        if not finite and form in PLURAL_NOUN_FORMS and _PAST_VERB_BEFORE.search(text, max(lo, vs - 24), vs) \
                and _WHERE_SHE_SPOKE.search(text, ve, hi) is None:
            return None  # "delivered remarks at the vigil", "made remarks at the dinner": the verb's object
            # (but eleventh's "the First Lady delivered remarks at a reception …, where she highlighted …": hers whole)
        if not finite and form in PLURAL_NOUN_FORMS and (ve >= hi or text[ve] in _NO_OBJECT_MARKS) \
                and not (form in HOPE_FORMS and hope_opens_a_clause(text, ve, hi)):
            # "… reforming international organizations to reflect African voices.": a plural noun that
            # ends its clause (the verb "voices" takes an object), not a group speaking (but "Mr X hopes, the
            # trains will run …": a hope whose "that" a comma stands for, `hope_before_comma`)
            return None
        if finite and text.startswith(" to ", ve) and _TO_BE_OR_HAVE.match(text, ve, hi) \
                and not (form.startswith(("ask", "request")) and _TO_BE_TOLD.match(text, ve, hi)):
            return None  # "individuals believed to have been involved": no one says anything
            # (but "asked to be informed of the mood of …", "requested to be kept abreast of …": a question put)
        if form[0] == "o" and form.startswith("offer") and (_OFFERED_A_MEAL_OR_TOUR.match(text, ve, hi)
                                                            or _OFFERED_REMARKS_ALONE.match(text, ve, hi)
                                                            or _OFFERED_A_TRIBUTE.match(text, ve, hi)):
            return None  # (fifteenth styles maghrabia_royal_cabinet: "HM the King offered a luncheon in honour of …";
            # styles37: "Mr. X offered his opening remarks."; fivehundredfortyfirst: "Oh offered flowers …")
        if form[0] == "d" and form.startswith("declar") and _DECLARED_OPEN.match(text, ve, hi):
            return None  # (styles33 oueme_mfa: "The Minister then declared open the work of the seminar.")
        if form[0] == "p" and form.startswith("propos") and _PROPOSED_A_TOAST.match(text, ve, hi):
            return None  # (four-hundred-seventy-fourth: "President X later proposed a toast to the health of …")
        if form[0] == "r" and form.startswith("rais") and _RAISED_A_FLAG.match(text, ve, hi):
            return None  # (eighthundredfifteenth kswo: "… and raised the Oklahoma state flag at the U.S. Embassy.")
        if form[0] == "c" and form.startswith("confirm") and _CONFIRMED_A_TITLE.match(text, ve, hi):
            return None  # (three-hundred-forty-fourth kremlin_55026: "Lebedev confirmed his WBA … title in a fight")
        if welcoming and not (text[lo] == "S" and _SPEAKING_AT_OPENING.match(text, lo, vs) is not None):
            if _welcomed_people_to_a_place(text, ve, hi):
                return None  # hundred-eighty-sixth: "welcomed children to the White House with …": a host
            if _WELCOMED_TO.match(text, ve, hi) or _WELCOMED_COUNT.match(text, ve, hi) \
                    or _WELCOMED_FOR_A_MEETING.match(text, ve, hi):
                return None  # "welcomed President Castro to the White House", "welcomed 20 leaders", "welcomed
                # President X and Prime Minister Y for a joint meeting": a host
            if _welcomed_on_a_day(text, ve, hi):
                return None  # "welcomed on Monday in Havana a delegation from …": a host (fivehundredfiftysixth)
            if _welcomed_a_new_arrival(text, ve, hi):
                return None  # "welcomed the new Ambassador of China to Grenada, His Excellency X.": a host
                # (fourhundredseventyseventh)
            if _welcomed_a_guest_for_a_purpose(text, ve, hi):
                return None  # "welcomed Ambassador Y to strengthen cooperation …", "welcomed Mr. Y in a courtesy
                # call": a host (three-hundred-ninety-ninth)
            if _welcomed_a_guest_on_a_visit(text, ve, hi):
                return None  # "welcomed France’s ambassador to Canada, Y, March 25, as part of his first official
                # visit": a host (five-hundred-eleventh)
            if _welcomed_guests_on_a_date(text, ve, hi):
                return None  # "welcomes H.E. Y (center), the new U.S. Ambassador …, on 8 September 2022.": a host
                # (sixhundredthirtythird)
            if _WELCOMED_A_PARTY_LED_OR_HOSTED.match(text, ve, hi) is not None:
                return None  # "welcomed a large delegation from Egypt led by …", "welcomed the diplomatic corps for
                # the annual new year's reception": a host (fivehundredfiftyseventh, fivehundredthirtyeighth)
            if _WELCOMED_AN_OFFICE_HOLDER_TO_A_PLACE.match(text, ve, hi) is not None:
                return None  # "welcomed the ambassador from South Korea to Montgomery": a host (eighthundredfortyfourth)
            if (plainly := _WELCOMED_GUESTS_PLAINLY.match(text, ve, hi)) is not None \
                    and (text.startswith(" warmly ", ve) or plainly.group(1) is not None):
                return None  # "warmly welcomed the delegates including Myanmar.": a host (fivehundredtwentyfourth)
            if text.find(" who ", ve, min(hi, ve + 140)) >= 0 and _WELCOMED_VISITORS_WHO_CAME.match(text, ve, hi):
                return None  # "welcomed the representatives of five countries who paid a courtesy call on him":
                # a host (four-hundred-seventh)
            if text.find(", who ", ve, min(hi, ve + 140)) >= 0 and _WELCOMED_A_GUEST_WHO.match(text, ve, hi) \
                    and _guest_at(text, skip_space(text, ve, hi), hi) is not None:
                return None  # "welcomed Minister …, Y, who briefed him on …": a host (styles31)
            if (received := _RECEIVED_AT.match(text, ve, hi)) \
                    and (guest := phrase_starting_at(text, skip_space(text, ve, hi), received.start(1)
                                                     if received.group(1) else hi)) is not None \
                    and (guest.kind == "group" or guest.is_person and guest.kind in ("name", "description")):
                # "warmly welcomed President X on Alexander Nevsky Square", "welcomed Vladimir and Lyudmila
                # Putin at the entrance to the palace" (a couple of guests): a host
                return None
            if _RECEIVED_PRONOUN_AT.match(text, ve, hi):
                return None  # "President X welcomed him at the Mariinsky Palace": the guest named before
        pos, last = self._skip_fillers_back(lo, vs)
        if last is not None and text.endswith("ly", last[0], last[1]):  # (cheap: most words before a verb are no "-ly")
            pos, last = self._adverb_before_verb(lo, pos, last)
        if form == "spoken" and text.endswith(_SPOKEN_IN_A_WHO, lo, pos):
            return None  # ("X, who has often spoken against BBI, now seems to have changed tune …": `_SPOKEN_IN_A_WHO`)
        if not finite and pos < vs and _DO_SUPPORT.search(text, pos, vs) is not None:
            # "The President, however, did not rule out …": "did" before the plain form makes it a verb (a
            # clause set off by commas before it reads as with a past form)
            if form in _LEFT_UNSAID_FORMS and _left_unsaid_alone(text, lo, pos, vs, ve, hi):
                return Cue(vs, ve, None, None)  # ("Frasco did not say how Marcos replied …": left untold, no one's
                # words, `_LEFT_UNSAID`; the verb still holds the sentence, so "replied" inside it speaks for no one)
            finite = True
        elif form in _PARTICIPLES_OF_A_PERFECT and pos < vs and _PERFECT_HAVE.search(text, pos, vs) is not None:
            # (ninehundredthirtysixth newschronicle 2023-06-19: "Governor of Akwa Ibom State, Umo Eno, has given insight
            # into his recent visit to …": after the apposition's comma, the perfect is the subject's verb, as "has
            # said" is; not "given" alone, "the support given to …", "given the situation")
            finite = True
        if (finite or form == "given") and text.startswith("to have ", vs - 8) \
                and (hearsay := _HEARSAY_TO_HAVE.search(text, max(lo, vs - 48), vs)) is not None:
            # "Ales Harbunou is reported to have invited …", "The Tavrenian is reported to have said
            # that …", "Mr X is understood to have given his assent": his act or his words, told at second
            # hand ("X was quoted as saying …": the
            # verb "quoted" and `_AS_SAYING_AFTER_QUOTED`)
            pos, last = self._skip_fillers_back(lo, hearsay.start())
        if not finite and pos < vs and _WILL.search(text, pos, vs):
            return None  # "The President will provide an update … on Monday": a future act, not a report
        if ing_form and _future_progressive_before(text, lo, vs):
            return None  # "He will be highlighting the urgent need …": an act to come, as "He will highlight …"
        aside = None
        if text.rfind(")", lo, pos) >= 0:  # (most have no ")" before the verb: no aside of either kind below)
            aside = self._aside_before(lo, pos)
            if aside is None and text.endswith("),", lo, back_over(text, lo, pos, " ")) and text.find("(", lo, pos) >= 0:
                # (thirty-third hard set ostrenia_president_fortifications: "The head of the regional military
                # administration, Mykola X (he took up the post only in May), informed that …"): an aside in
                # parentheses, then the comma that closes the name's apposition; the name before them speaks (an
                # aside that opens in lower case after a full name; not "… Block Grant (CCDBG), states determine …")
                aside = self._aside_before(lo, back_over(text, lo, pos, " ,"))
                opens = skip_space(text, aside, pos) + 1 if aside is not None else pos
                if aside is not None and (not text[opens:opens + 1].islower()
                                          or (named := phrase_ending_at(text, lo, aside)) is None
                                          or named.kind != "name" or len(named.name) < 2):
                    aside = None
        if aside is not None:  # "NEC Director Brian Deese (Council Co-Chair) emphasized"
            if _bracketed_names_joined(text, lo, aside):
                return None  # "Governors A (Kitui), B (Machakos) and C (Makueni) have announced …": a list, a group
            pos, last = self._skip_fillers_back(lo, aside)
        # (`max(lo, pos - 12)` written out, as windows below: the builtin costs ten times the test, before each verb)
        window = pos - 12 if pos - 12 > lo else lo
        before = text[window:pos].rstrip()
        # (its last character, "" if none, which is in any string: a test of it before each `endswith` below
        # that only a word ending with it can meet, cheaper than the call)
        end_mark = before[-1:]
        if ing_form and end_mark == "s" and last is not None and last[1] - last[0] == 4 \
                and text[last[0]:last[1] - 2] in _PRONOUNS_BEFORE_A_CONTRACTED_IS and text[last[1] - 2] in "’'":
            # (eighthundredtwentyeighth kwos: "He’s also hoping to see more direct Japanese investment …"): a pronoun's
            # "’s" before an -ing form is "is", a progressive's auxiliary, as in "He is also hoping …": the pronoun's
            # report, not a possessive's noun ("Charles Michel's call for …", below)
            return self._progressive_subject(vs, ve, lo, last[1] - 2)
        if end_mark in "s’'anet" and before.endswith(("’s", "'s", "s’", "s'", " a", " an", " the", " this", " that")):
            return None  # "Charles Michel's call for …", "the call for …": a noun, not a verb
        if not finite and end_mark in "rsy" and before.endswith((" their", " its", " our", " your", " my", " his")):
            return None  # "allows the public to address their requests to …": a noun after its owner
        if not finite and end_mark in "gflyte" and before.endswith(("ing", "ief", "nal", "ory", "ort", "ome")) \
                and _OWNER_AND_KIND.search(text, max(lo, pos - 30), pos):
            return None  # "In his opening remarks President X emphasised …", "X in her welcome remarks referred to
            # …" (eighthundredeightysecond): a noun, its owner and kind before it
        comma = end_mark == ","  # (read once: three tests below ask)
        if comma and (bureau := _bureau_before_a_text_aside(text, lo, pos)) is not None:
            return Cue(vs, ve, bureau, None)  # "The Chief Minister's office, in the statement, said …": the bureau's
        # the last word of `before`: the word the fillers stopped at, cut to the window
        prev = text[last[0] if last[0] > window else window:last[1]].lower() \
            if last is not None and last[1] > window else ""
        if text.find(" with ", lo, pos) > lo and (met := _subject_before_a_meeting_with(text, lo, pos)) is not None:
            return self._subject_cue(vs, ve, met)  # "X in conversation with Y, …, spoke about …": X's words
        if (text.find(" while ", lo, pos) > lo or text.find(" whilst ", lo, pos) > lo) \
                and (doing := _subject_before_a_while_clause(text, lo, pos)) is not None:
            return self._subject_cue(vs, ve, doing)  # "X while extending a welcome to Y stated …": X's words
        if finite and text.find(" who ", lo, vs) > lo \
                and (opener := _subject_before_an_unclosed_relative(text, lo, vs)) is not None:
            return self._subject_cue(vs, ve, opener)  # "X, who attended the talks with the ministers said …": X's words
        if text.find(", the ", lo, vs) > lo and not comma \
                and (named := _subject_before_an_unclosed_apposition(text, lo, vs, ve, hi)) is not None:
            return self._subject_cue(vs, ve, named)  # "X, the PDM regional coordinator said …": X's words
        if not comma and text[vs - 2:vs - 1].islower() and (space := text.rfind(" ", lo, vs - 1)) > lo \
                and text[space + 1:vs - 1] in ROLE_WORD_SET \
                and (named := _subject_before_an_unclosed_bare_office(text, lo, vs, ve, hi)) is not None:
            return self._subject_cue(vs, ve, named)  # "X, Kilosa district land officer said …": X's words
        if finite and text.find(" from the ", lo, vs) > lo \
                and (sender := _subject_before_a_from_phrase(text, lo, vs)) is not None:
            return self._subject_cue(vs, ve, sender)  # "X from the World Bank said …": X's words
        if ing_form and comma and _after_a_call_received(text, lo, pos):
            return None  # ("X received a telephone call from Y, expressing …": the call's frame, no one's words)
        if form == "given" and _GIVEN_AFTER.search(text, max(lo, vs - 24), vs) is None:
            return None  # ("“…” given to X", "given the situation": no one gave an order)
        if form in _QUOTED_FORMS and prev in ("was", "were", "is", "are", "been") and last is not None:
            # (thirty-fourth hard belmora_news_agency_energy_minister_visit: "The director …, X, was cited as saying
            # that …", "Y, who accompanied …, was reported as saying that …": as "was quoted as saying")
            quoted_as = _AS_SAYING_AFTER_QUOTED.match(text, ve, hi)
            if quoted_as is not None:
                # "Mr X was quoted as saying that …", "Mrs Y was later quoted by the news agency as saying …":
                # the subject's words at one remove
                subject_end = self._skip_fillers_back(lo, last[0])[0]
                phrase = phrase_ending_at(text, lo, subject_end)
                if (phrase is None or not phrase.is_person) and text.endswith(",", lo, back_over(text, lo, subject_end, " ")):
                    # (thirty-fourth hard, the same: "The director of the site, X, was cited …", "Y, who
                    # accompanied the delegation, was reported …"): the name before the apposition's closing comma
                    phrase = phrase_ending_at(text, lo, back_over(text, lo, subject_end, " ,"))
                    if phrase is None or not phrase.is_person:
                        phrase = self._named_before_aside(lo, subject_end)
                if phrase is not None and phrase.is_person:
                    return self._subject_cue(vs, quoted_as.end(), phrase)
        if form in _PUT_FORMS and (aside := _AS_ONE_PUT_IT.search(text, max(lo, vs - 10), vs)) is not None \
                and (named := phrase_ending_at(text, lo, aside.start())) is not None \
                and named.start == lo and named.kind == "name" and named.is_person \
                and (own := self._subject_cue(vs, ve, named)).person is not None:
            return own  # "Aldemaro, as he put it to reporters, sees …": the name's (not "Dalmark, as he put it, …")
        if prev == "as" and form in _AS_STATED_FORMS:
            if text.endswith(", as ", max(lo, vs - 6), vs):
                return self._as_stated_by(vs, ve, hi, _fronted_opener(text, lo, vs - 5))
            if vs - 3 == lo and text.startswith("As ", lo):
                return self._as_stated_by(vs, ve, hi, True)  # "As noted by X, …" opening the sentence
        if prev == "as" and form.endswith("ed") and not text.endswith("well as ", max(lo, vs - 8), vs) \
                and PASSIVE_BY.match(text, ve) is None:
            # (three-hundred-sixty-fourth whitehouse 2009-12 al-Maliki: "…, as desired by the Iraqi people and as
            # outlined in Iraq's constitution."): a participle right after "as" with no agent has no subject,
            # no one speaks (not "as well as urged …", a verb of the subject before)
            return None
        if prev in ("was", "were", "been", "be", "being", "is", "are"):
            if ing_form and prev != "being" and last is not None:
                # "The President is calling on Congress to …", "X was stressing that …", "has been urging
                # …": a progressive, whose subject speaks (an -ing form is never a passive's participle)
                return self._progressive_subject(vs, ve, lo, last[0])
            by = PASSIVE_BY.match(text, ve)
            if by is None and form == "given" and (briefing := _GIVEN_A_BRIEFING.match(text, ve, hi)) is not None:
                by = PASSIVE_BY.match(text, briefing.end())  # "was given a briefing by X": X briefed
            if by is None:
                return None  # a passive with no agent
            if form == "made" and _THIS_MADE_KNOWN_BY.match(text, lo, by.end()) is not None:
                return None  # ("This was made known by X during a visit …": who told it, as "This was disclosed by X")
            if last is not None and _WHAT_BEFORE_AUXILIARY.search(text, max(lo, last[0] - 14), last[0]) is not None:
                return None  # ("… when reporting what has been said by X, could …": the words said a noun's clause)
            if prev == "be" and last is not None and _UNDONE_BE.search(text, max(lo, last[0] - 16), last[0]):
                # (three-hundred-sixteenth nz_government ardern_li_xi: "Party Secretary … Li Xi … will be welcomed by
                # Prime Minister Jacinda Ardern on Monday."; three-hundred-nineteenth kr_mofa 319939: "Minister Kang
                # will be briefed by Secretary Pompeo on …"): a plan told in a future passive, its agent says nothing yet
                # (nor in a possible one: "who may be invited by the President")
                return None
            if prev == "been" and _FRONTED_PERFECT_PASSIVE.match(text, lo, vs) is not None:
                # (four-hundred-sixty-first jamaica_mfaft diplomatic day: "Having been briefed by the Foreign Minister
                # and participated in the credential ceremony the day before, the diplomats will be guests of …"): the
                # agent's act told in a clause about the sentence's subject, no report of the agent's words
                return None
            if last is not None and text.endswith(", who ", max(lo, last[0] - 6), last[0]):
                # (two-hundred-twenty-fourth 37381: "… in the presence of Patriarch Alexy II of Moscow and All
                # Russia, who was also invited by Mr Yeltsin in the morning.": a relative clause telling of a
                # person, the one invited, not the sentence's report of the agent's words)
                return None
            phrase = phrase_starting_at(text, by.end(), hi)
            if phrase is None or not phrase.is_person:
                return None
            if text.startswith((",", ";"), phrase.end) and _more_agents(text, phrase.end, hi):
                return None  # "was briefed by Administrator A, Advisor B, and Director C on …": a group
            if text.startswith(" and ", phrase.end) and _PLURAL_AGENT.match(text, phrase.end + 5, hi):
                return None  # "was announced by President X and fellow heads of state …": two or more, a group
            if welcoming and last is not None and self._guests_welcomed_by(lo, last[0], phrase.end, hi):
                return None  # "Mr Putin was welcomed by King Albert II at Melsbrook Airport": a host
            return self._agent_cue(vs, ve, phrase)
        if (comma or end_mark in "–—" and before.endswith((", –", ", —"))
                or form == "said" and _said_and_a_name_close_the_sentence(text, vs, ve, hi)) and form in INVERTING_VERBS:
            # (", – replied X": a dash dialogue's turn, "– Forty-two since January, – replied X.")
            # "Ukraine is ready only for full-fledged talks, said Mykhailo Podoliak, Adviser …"
            if comma and text.startswith(_AN_ARTICLE_AFTER, ve) and _A_WRITING_INVERTED.match(text, ve, hi) is not None:
                # (sixhundredninetyeighth, Gujarat CMO releases as the Indian papers print them: "X paid a courtesy
                # visit to Y in Ahmedabad on Sunday, stated an official release.", "…, X will meet …, said an
                # official release from the Chief Minister's Office."): the release tells the sentence, no one
                # says it; not the opening subject's second verb. A speech verb of the subject's own before it
                # ("X expressed interest …, stated an official release") is still a cue of its own
                return None
            inverted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            if inverted is not None and text.startswith(_PREPOSITIONS_OF_A_PLACE, ve) \
                    and _PLACE_AFTER_SAID_IN.match(text, ve, hi) \
                    and inverted.start > ve + 1:
                inverted = None  # ("…, X, said in Samarinda, East Kalimantan, Wednesday.": a place, `_PLACE_AFTER_SAID_IN`)
            if inverted is not None and inverted.kind == "name" and inverted.text.endswith(_LINK_AND_OWNER_ENDS):
                inverted = _name_before_its_link(text, inverted, hi)
            if inverted is None and comma and text.startswith(" the ", ve):
                inverted = _office_after_a_possessive(text, ve + 1, hi)
            if comma and (inverted is None or not inverted.is_person or not _INVERTED_END.match(text, inverted.end, hi)) \
                    and text[hi - 12:hi].rstrip(" .;").lower().endswith(_BODY_LAST_WORDS) \
                    and _A_BODY_INVERTED.match(text, ve, hi) is not None:
                return None  # (", said CMO Uttarakhand office.": `_A_BODY_INVERTED`)
            if inverted is not None and text.startswith(" (", inverted.end) \
                    and (inverted.kind == "description" or inverted.kind in ("name", "thing") and not inverted.role):
                inverted = _holder_after_initials(text, inverted, hi)  # an office's or a body's initials
            if inverted is not None and inverted.kind == "description":
                inverted = _with_its_institution_before(text, skip_space(text, ve, hi), inverted)
            if inverted is not None and inverted.kind == "description" and _a_clause_read_as_a_description(inverted):
                inverted = None  # ("X, aide to the Governor, said the team met with the governor.": a clause, no tag)
            if inverted is not None and comma and opens_the_reported_clause(text, inverted.end, hi):
                inverted = None  # ("…, on Monday, said Kwara State governor, X, has shown …": the office and name set
                # off before a finite verb are the reported clause's subject, `clause_after_said`)
            if inverted is not None and text.startswith(", ", inverted.end):
                # a name or an office set off by a comma after the verb. The holder named after an office's comma
                # speaks ("…, said Pahang Menteri Besar, Datuk Seri X.", "…, said X's chief of staff, lawyer Y.",
                # `_holder_named_after_an_office`; after the clause checks above, which read the office and the name).
                # No one where the sentence's subject is the name and office before the verb (`_opening_apposition`:
                # "Singaporean Consul General X, head of the delegation of consulates general in the city, said HCM
                # City, one of the most vibrant economies in the region, has potential …", eighthundredsixtieth
                # vietnamplus 2023-01-16: the words before the verb are no clause, so the place after "said", set off
                # by its own aside, opens the reported clause and is no speaker inverted after it), unless the
                # holder's name closes the sentence after an office with no article (the reader's first case)
                alone = bool(comma) and text.startswith(", ", vs - 2) and self._named_and_office_alone_before(lo, vs - 2)
                named = _holder_named_after_an_office(text, inverted, hi, alone) \
                    if inverted.kind == "description" else inverted
                inverted = None if alone and named is inverted else named
            if inverted is not None and inverted.kind in ("name", "description") \
                    and (_INVERTED_END.match(text, inverted.end, hi)
                         or inverted.kind == "name" and _office_run_on_after_name(text, inverted, hi)):
                if inverted.kind == "name" and len(inverted.name) == 1 and not inverted.role \
                        and not inverted.text.isupper() and inverted.text[-1].islower():
                    # a lone surname the readout names nowhere else, inverted after the words it said
                    # (three-hundred-sixth eu_commission yudhoyono: "…, Indonesia appears as a bridge between
                    # developing and developed countries, said Barroso during a joint press conference …";
                    # "… It is unthinkable", stated Barroso."): a person, as "said Mr X" is
                    self.people.add_name(inverted, inverted.start, may_create=True, confirmed=True)
                return self._subject_cue(vs, ve, inverted)
        if finite and end_mark in "—–-" and before.endswith(("—", "–", " -")):  # (" - ": a hyphen typed for a dash, hard16)
            named = self._named_before_dashes(lo, pos)  # "Omar Velde — a nurse from Boise, Idaho — described"
            if named is not None:
                return self._subject_cue(vs, ve, named)
        if prev in ("and", "or", "but") or comma or ing_form and (prev in ("while", "whilst")
                                                                   or _saying_that_with_no_comma(text, lo, vs, ve, form)
                                                                   or saying_after_a_place_welcomed_to(text, lo, vs, form)):
            # ("X accepted the offer while assuring Y that …": a speech verb's participle after "while" with no
            # comma before it goes on with the clause's subject, as after ", assuring", fivehundredseventyfourth)
            if not finite and not (comma and (text.endswith(_ASIDE_ENDS, max(lo, pos - 8), pos)
                                              or self._present_after_opening_apposition(lo, pos, form, ve)
                                              or self._present_after_a_name_and_stray_comma(lo, pos, form, ve, hi)
                                              or form.endswith("s") and self._subject_before_asides(lo, pos) is not None)) \
                    and not (prev == "and" and (form in _PRESENT_FORMS_NO_NOUN
                                                or form[-1] == "s" and text.startswith(_ARTICLE_NEXT, ve))):
                # (a present form no noun ever is, after "and", is the subject's second verb: sixhundredfortyninth
                # cayman27: "The premier participated in both social and diplomatic events and says his attendance
                # can only benefit the OTs.", as "… and said …" is)
                # (sevenhundredeightieth wdel 2013-01-28: "Markell also sat in on a panel on energy, and notes a
                # growing recognition of …": a present form that may be a plural noun, "a" or "an" right after it, is a
                # verb with its object, the subject's second verb as "says" is)
                # (hard17 kestria_call_solidarity: "The Kestrian, for his part, let it be known that his government
                # was ready to step up grain deliveries …": a form that may be present or past, after the aside
                # that sets off a clause's subject ("in turn", "for his part"), is that clause's verb, no noun)
                return None
            if prev == "and" and not comma and self._in_who_report(lo, vs):
                return None  # "… with mayors who shared … and described how …": the mayors', a group
            if comma and not clause and text.find(" wh", lo, pos) > lo \
                    and (group := _group_opening_a_which_clause(text, lo, pos)) is not None:
                return Cue(vs, ve, group, None)  # "…, during which the parties, among other things, discussed …"
            if prev == "and" and not comma and _in_a_meetings_relative(text, lo, vs):
                return None  # "X took part in the meeting that began … and addressed …": the meeting's agenda
            if prev == "and" and ing_form and last is not None and _GERUND_AFTER_PREPOSITION.search(
                    text, max(lo, last[0] - GERUND_PAIR_REACH), last[0]) is not None:
                # "… awarding him the Order for his contribution to strengthening relations and
                # guaranteeing stability": the second of two gerunds a preposition governs, a thing
                # done, not a verb the clause's subject says
                return None
            if comma and ing_form and text.find("news ", lo, pos) >= 0 \
                    and _NEWS_FROM_BEFORE.search(text, max(lo, pos - 200), pos) is not None:
                return None  # (sixhundredtwentyseventh pei: "X received the sad news today from Y, confirming the
                # passing of …": what the news confirms, neither the receiver's words nor a report of the sender's)
            if comma and text.endswith(_ASIDE_ENDS, max(lo, pos - 8), pos):
                subject = self._subject_before_set_off_aside(lo, pos)
                if subject is not None and subject.is_person and subject.kind != "pronoun":
                    # "…; the prime minister, in turn, briefed him …": the clause's own subject,
                    # set off by an aside, not the subject of the clause before
                    return self._subject_cue(vs, ve, subject)
                if subject is not None and subject.kind == "pronoun" \
                        and text.endswith("; ", max(lo, subject.start - 2), subject.start) \
                        and (other := self._addressee_before_semicolon(lo, subject, clause)) is not None:
                    # (hard53 kvarnesta_president: "The President thanked the Prime Minister …; she, in turn, invited
                    # him …"): a pronoun after a semicolon, set off by the aside, is the one the clause before spoke
                    # to, whom "in turn" makes the next speaker, not that clause's subject carried on
                    return Cue(vs, ve, subject, other)
            if comma and text.endswith(_REPORTING_ASIDE_ENDS, max(lo, pos - 14), pos) \
                    and (report := _REPORTING_ASIDE.search(text, max(lo, pos - 90), pos)) is not None:
                # "Mr Ralin, the presidential press service reported afterwards, also touched on …": the
                # subject before an aside that says who reported it (the aside's own verb has no person)
                subject = phrase_ending_at(text, lo, report.start())
                if subject is not None and subject.is_person and subject.kind != "pronoun":
                    return self._subject_cue(vs, ve, subject)
            if comma and (text.find("whil", lo, pos) >= 0 or text.find("whereas", lo, pos) >= 0):  # (no copies)
                named = phrase_ending_at(text, lo, back_over(text, lo, pos, " ,"))
                office = _WHILE_THE_OFFICE.search(text, max(lo, named.start - 90), named.start) \
                    if named is not None and named.kind == "name" else None
                if office is not None and named is not None:
                    # "X stressed …, while the dean of the diplomatic corps, Ambassador Y, noted …":
                    # the new clause's subject, an office and its holder's name, not X
                    cue = self._subject_cue(vs, ve, named)
                    return Cue(vs, ve, named._replace(start=office.start(1)), cue.person)
            if comma and clause and (text.find(", and ", lo, pos) >= 0 or text.find(", wh", lo, pos) >= 0):
                # (only after a clause with a cue of its own: "X, …, and Y, …, welcomed" is a pair)
                named = self._named_before_aside(lo, pos) or self._office_before_aside(lo, pos)
                if named is not None and named.is_person and named.kind != "pronoun" \
                        and text.endswith(_JOINERS_OF_A_SPEAKERS_CLAUSE, max(lo, named.start - 10), named.start):
                    # "Ms X welcomed …, and the Vice President, a former professor of law, stressed …": the
                    # new clause's own subject before a describing aside, not the subject of the clause before;
                    # so too after "while" or "whereas" (hard53 veldmora_foreign_minister: "X said that …, while
                    # Minister Y, recalling the trade fair held in Z last year, assured him that …")
                    return self._subject_cue(vs, ve, named)
            if comma and not clause and (join := text.find(", and ", lo, pos)) > lo \
                    and (named := self._named_before_aside(lo, pos)) is not None \
                    and named.kind == "name" and named.is_person and named.start == join + 6 \
                    and act_clause_before(text, lo, join):
                # (eighthundredseventythird sunherald 2016-11-17: "Haley met with Trump at his office in Trump Tower,
                # and Rob Godfrey, Haley’s deputy chief of staff, said the meeting went well."): a clause of the
                # opener's act with no cue, then ", and" and a named person before a describing aside: the verb is
                # the named person's, not the opener's second verb (`narrative_then_speaker`)
                return self._subject_cue(vs, ve, named)
            if comma and text.find(" on which ", lo, pos) > lo \
                    and (named := self._named_before_aside(lo, pos)) is not None \
                    and named.kind in ("name", "description") \
                    and _ON_WHICH.search(text, max(lo, named.start - 12), named.start - 1) is not None:
                # (hard71: "Among the regional issues discussed was the dispute over the dam, on which Mr. X, who had
                # visited the site in February, said …"): the person after ", on which" before a describing aside
                # speaks, as without the aside (`_ON_WHICH`), not the subject of the clause before
                return self._subject_cue(vs, ve, named)
            if comma and (text.find("message, ", lo, pos) >= 0 or text.find("message that ", lo, pos) >= 0
                          or text.find("message which ", lo, pos) >= 0 or text.find("message to ", lo, pos) >= 0):
                carried = self._writing_before_carrier_aside(vs, ve, lo, pos)
                if carried is not None:
                    return carried  # "The message, delivered through X …, said, in part, that …": the sender's
            if comma and (semi := text.rfind("; ", lo, pos)) > lo \
                    and (opener := phrase_starting_at(text, semi + 2, pos)) is not None and opener.kind == "name" \
                    and text.startswith(", who ", opener.end) and text.find(";", semi + 2, pos) < 0:
                # (thirtieth hard set day_of_mourning_staff: "Deputy Ombudsman X will lead on the inspection records;
                # Deputy Ombudsman Y, who chairs the families' liaison group, told the meeting that …"): after a
                # semicolon, a clause with a named subject and its relative clause; the verb is that subject's
                return self._subject_cue(vs, ve, opener)
            if comma and semi > lo and not ing_form and text.find(";", semi + 2, pos) < 0 \
                    and (named := self._office_and_name_after_semicolon(semi + 2, pos)) is not None:
                # (thirty-fourth hard quellmark_government_meeting_winter_preparations: "X proposed …; the Minister of
                # Finance objected …; and the Governor of the Kastel Region, Mira Ostby, supported the proposal"): a
                # clause after a semicolon opened by an office and its holder's name set off by commas: the holder's,
                # the clause from its office on; not a participle after it ("took part in a panel with A; B; and the
                # State Minister of Y, Z, warning that …": the last item of a list set off by semicolons, and the
                # participle the subject's before the list, as a clause's own verb would be finite)
                cue = self._subject_cue(vs, ve, named)
                return Cue(vs, ve, named._replace(start=skip_space(text, semi + 1, pos)), cue.person)
            if comma and not clause and prev not in ("and", "or", "but") \
                    and (reporter := self._reporter_after_a_clause(lo, pos, ve, hi)) is not None:
                # (four-hundred-seventy-sixth cnv_org_kh 2017-08-24: "The Cambodian premier made the request while
                # receiving …, H.E. X, Minister Attached to the Prime Minister, told reporters after the meeting."): a
                # clause of its own, then the name set off by commas and the verb that ends the sentence, whose words
                # they are, not the opening subject's second verb
                return self._subject_cue(vs, ve, reporter)
            if prev in ("while", "whilst") and clause \
                    and (opener := self._subject_after_semicolon(vs, clause)) is not None:
                return self._subject_cue(vs, ve, opener)
            if clause and prev == "and" and not comma and (text.find(", however", lo, vs) > lo
                                                           or text.find(", but ", lo, vs) > lo):
                turned = self._subject_of_a_concessive_clause(lo, vs, ve)
                if turned is not None:
                    # (sixhundredsixtyninth hurriyetdailynews 142914 (Anadolu Agency): "X suddenly announced the
                    # withdrawal of …, however, since then Washington has backtracked and said …"): the "and"
                    # joins the verb to the new clause's own subject, not to X's report before the turn
                    return turned
            shared = self._clause_subject(lo, vs, clause)
            if shared is not None and shared.phrase is not None and not clause and prev == "and" \
                    and not ing_form and _MODAL_PREDICATE.match(text, shared.phrase.end, vs):
                # "Vladimir Putin will also meet with A, B and invited guests, …": a past form
                # cannot share "will meet" or "is scheduled to meet" (that would be "and invite");
                # a participle before a noun, one more item of the list, no second verb of the subject
                return None
            if shared is None:
                if comma and not prev == "and":
                    phrase = phrase_ending_at(text, lo, pos)  # "Dennis Hastert, Speaker of the House, said"
                    if text.find(" and ", lo, pos) > lo and text.find("Minister", lo, pos) > lo \
                            and (listed := self._named_before_listed_portfolios(lo, pos)) is not None:
                        phrase = listed  # "X, the Minister of Industry, Trade and Energy of V, Co-Chairman of …, stressed"
                    elif phrase is None or phrase.kind != "description":
                        # "Dmitri Halvorsen, Chief Executive Officer of Northgate Cells, shared": not the firm
                        named = self._named_before_office_aside(lo, pos)
                        if named is not None and (phrase is None or phrase.start > named.start):
                            phrase = named  # (not "Dennis Hastert, Speaker of the House", read whole already)
                        elif named is None and (named := self._name_and_second_office_before_body(lo, pos)) is not None:
                            phrase = named  # ("Gov. X of Plateau State and Chairman, … Forum, said": his)
                    inside = phrase is not None and self._object_before(lo, phrase)  # "… of President Y, spoke"
                    if (phrase is None or phrase.start > lo) \
                            and (named := self._subject_before_a_long_participle_aside(
                                lo, pos, phrase.start if phrase is not None else pos)) is not None:
                        # ("The … news agency says Mr X, speaking at a gathering to mark the departure of outgoing
                        # Ambassador Y, expressed …": Y, the aside's object, is no subject; X before it is)
                        phrase, inside = named, False
                    if (phrase is None or not phrase.is_person or inside) \
                            and (opener := self._subject_before_asides(lo, pos)) is not None:
                        # "The President of the Senate, Ms X, for her part, on behalf of the Senate and on her own
                        # behalf, offers …": the person before the asides, not "the Senate" inside the last one
                        phrase, inside = opener, False
                    if phrase is None or not phrase.is_person or lone_word(phrase) or inside \
                            or ", a" in phrase.text and _A_DESCRIBING.search(phrase.text):  # ("X, a former negotiator")
                        # "Matthew Desmond, one of the leading researchers on evictions, presented";
                        # "X, former Chair … under the administration of President Y, spoke": X
                        named = self._named_before_aside(lo, pos)
                        if named is None and inside:
                            return self._group_cue_before_aside(vs, ve, lo, pos)
                        phrase = named or phrase
                    if (phrase is None or not phrase.is_person) \
                            and (aside_at := _PARTICIPLE_ASIDE.search(text, max(lo, pos - 90), pos)) is not None \
                            and (named := phrase_ending_at(text, lo, aside_at.start())) is not None \
                            and named.is_person and named.kind in ("name", "description") and named.start == lo:
                        # "President X, standing beside her, added: …": the subject that opens the sentence before a
                        # participle phrase set off by commas, whose object ("her", "the map") is no subject
                        phrase = named
                    if (phrase is None or phrase.start > lo) \
                            and (named := self._subject_before_who(lo, pos, closing=True)) is not None \
                            and named.is_person and (named.start == lo or text[lo:named.start].istitle()
                                                     or _office_set_off_before(text, lo, named)
                                                     or self._opens_clause(lo, named.start)):
                        # (four-hundred-fifty-fourth un_int_nepal 2017-10-30: "Foreign Secretary Mr. X who is on a visit
                        # of New York, met with senior UN Officials, and delivered Nepal’s statement on …"): a relative
                        # clause with only its closing comma; the person opening the sentence before it (an office in
                        # capitals before the name maybe) is the subject
                        # (fourhundredeightyninth angop five-ambassadors: "On the other hand, the Mozambican ambassador
                        # to Angola, Osvalda Joana who has a master degree in … Legal Careers, underlined …": the name
                        # set off after the office that opens the clause, as "the office, X, who …, underlined")
                        phrase = named
                    if (phrase is None or phrase.start > lo) \
                            and (named := self._opener_before_a_long_who_clause(lo, pos)) is not None:
                        # (eighthundredfiftyfifth sunnewsonline 2021-04-29: "The governor, who spoke when he formally
                        # declared open for business, the Easton Hill Continental Hotel, Independence Layout, Enugu,
                        # built by Mike Onu from …, called on …"): the opener, past a relative clause with commas inside
                        phrase = named
                    if phrase is None:
                        # "Senator Ted Cruz, commented:", "Advocate, Francesca Mani, said:"
                        # ("The Prime Minister, Hon. X, GCSK, FRCS, called on …": the name before the letters)
                        phrase = _before_post_nominals(text, lo, phrase_ending_at(
                            text, lo, _before_course_letters(text, lo, back_over(text, lo, pos, " ,"))))
                        if phrase is not None and (self._object_before(lo, phrase) or ing_form
                                                   and self._name_of_a_place_after_in(lo, phrase)):
                            # "A and B, co-founders of Tarsel Shipping, discussed": not the firm
                            # ("The committee has faulted Governor X for launching an airstrip in Gatimu Ward,
                            # saying …": a place before a participle's comma, no one's words)
                            return self._group_cue_before_aside(vs, ve, lo, pos)
                        if phrase is not None and lone_word(phrase):
                            # "Mayor Harriet Oduya of Flintridge, Michigan, shared": the mayor, not the state
                            phrase = self._named_before_place(lo, phrase) or phrase
                    if phrase is not None and phrase.kind == "name" and text.find(" and ", lo, phrase.start) > lo \
                            and text.endswith(", ", lo, phrase.start) \
                            and (office := phrase_ending_at(text, lo, phrase.start - 2)
                                 or _office_after_and_before_a_possessive(text, lo, phrase.start - 2)) is not None \
                            and office.kind == "description" and text.endswith(" and ", lo, office.start) \
                            and not text.endswith(", and ", lo, office.start) \
                            and (first := phrase_ending_at(text, lo, office.start - 5)) is not None \
                            and (first.kind == "group" or _office_and_an_office_with_its_article(text, lo, first, office)):
                        # (sixhundredninetieth sicaint: "During the day, the Commissioners of the member countries and
                        # the Secretary General of SICA, Dr. X, agreed to continue …"): the name set off after an
                        # office joined to a group is the office's holder, the verb the group's and hers together
                        # (hard94: "The Deputy Governor and the Chairman of the …, Eng. Y, told …": two holders)
                        return Cue(vs, ve, Phrase("group", first.start, office.end, text[first.start:office.end]), None)
                    if phrase is not None and phrase.kind == "name" and text[lo].isupper():
                        aside = text.rfind(",", lo, phrase.start)
                        if aside > lo and text[skip_space(text, aside + 1, phrase.start)].islower():
                            # ("Both leaders, after hearing Minister Tamm, stressed …", a case an earlier set
                            # found, as two-hundred-thirty-third's "Both leaders, having heard the report of their
                            # ministers, stressed …"): the name ends an aside that opens in lower case, its
                            # object, when a group opens the clause: the group's words, not the name's
                            grouped = self._group_cue_before_aside(vs, ve, lo, pos)
                            if grouped is not None:
                                return grouped
                    if (phrase is None or phrase.start > lo) \
                            and (who := max(text.rfind(", who ", lo, pos if phrase is None else phrase.start),
                                            text.rfind(", whom ", lo, pos if phrase is None else phrase.start),
                                            _whose_aside(text, lo, pos if phrase is None else phrase.start))) > lo:
                        # (styles11 kalundi_state_house: "The President, who was speaking at State House … led by the
                        # Deputy Minister of Trade, Ms. Ingrid Solheim, said …"): a name inside the "who" aside is
                        # its object; the verb after the aside is the person's it describes, opening the sentence
                        # (thirty-third hard set ostrenia_deputy_heads_humanitarian: "His colleague, who oversees
                        # regional policy, spoke about …": an aside that ends in no person, the same)
                        # (thirty-fourth hard belmora_president_defence_council: "The Minister of Defence, X, whom
                        # President Y appointed in May, said …": "whom", its subject Y inside the aside, the same)
                        # (fourhundredeightysecond, an Antiguan PM's office release: "Prime Minister X whose delegation
                        # also comprises Minister …, the Hon. Y and Ambassador Dr. Z, said that …": "whose", with or
                        # without its comma, the names inside the aside the delegation's, the verb the Prime Minister's)
                        if phrase is not None and phrase.is_person \
                                and (pair := pair_after_a_who_clause(text, lo, who, phrase)) is not None:
                            # (hard86: "The governor, who arrived on the first ferry …, and the mayor, Mrs. X, said
                            # …"): the opener and one joined to him by ", and " after his "who" clause speak as a pair
                            return Cue(vs, ve, pair, None)
                        antecedent = phrase_ending_at(text, lo, who)
                        opening = antecedent is not None and (antecedent.start == lo
                                                              or opened_by_a_fronted_link(text, lo, antecedent.start)
                                                              or antecedent.kind == "name" and (
                            text.endswith(", ", lo, antecedent.start)
                            and (held := phrase_ending_at(text, lo, antecedent.start - 2)) is not None
                            and held.start == lo and held.kind == "description" and held.is_person)
                            or text.endswith(", ", lo, antecedent.start)
                            and _OPENING_PARTICIPLE.match(text, lo, antecedent.start - 2) is not None
                            and text.find(",", lo, antecedent.start - 2) < 0)
                        # (hard70: "Speaking at the flag-off …, the President, who was represented by the Minister …,
                        # Dr X, said …": after an opening participle's phrase with no comma of its own, the same)
                        # ("The Minister of Defence, X, whom …": X's office before the name, opening the sentence)
                        if antecedent is not None and opening and antecedent.is_person \
                                and antecedent.kind != "pronoun":
                            phrase = antecedent
                    if phrase is not None and phrase.is_person and phrase.start > lo \
                            and (thing := _thing_before_its_which_aside(text, lo, phrase)) is not None:
                        return Cue(vs, ve, thing, None)  # "The delegation, which met the chief minister …, expressed"
                    if phrase is not None and phrase.is_person and text.find(" by ", lo, phrase.start) >= 0:
                        if (read_by := _READ_BY_ASIDE.search(text, max(lo, pos - 120), pos)) is not None \
                                and (owner := self._owner_of_writing(lo, read_by.start())) is not None:
                            # (hard74: "The Governor's message, read by his deputy, Ms. Y, said that …"): the one who
                            # read it out is set off after the writing; its words are its owner's, not the reader's
                            return self._subject_cue(vs, ve, owner)
                        if _agent_of_a_subject_s_relative(text, lo, phrase):
                            # (fivehundredtwentyeighth lana mishri-menfi: "The meeting, which was attended by the
                            # reporter of the Supreme Council of State, X, discussed …"): the relative's agent set off
                            # by commas as well, the verb after it the meeting's, no person's
                            return None
                    if phrase is not None and phrase.is_person and phrase.start > lo \
                            and (subject_end := _object_of_presence(text, lo, phrase)) > lo:
                        # "A delegation …, in presence of Director …, Col X, raised …": the delegation's, no one's
                        return self._cue_of_opener(vs, ve, lo, subject_end)
                    if phrase is not None and ing_form and phrase.kind == "description" \
                            and _office_word_before_a_noun(text, phrase, pos):
                        return None  # (sixhundredsixteenth agn_gt macron: "…, both leaders greeted each other and took
                        # the official photo, expressing their desire …": "official" the photo's adjective, no office)
                    if phrase is not None and phrase.kind == "name" and phrase.start > lo \
                            and (group := _group_ending_in_a_name(text, lo, phrase)) is not None:
                        return Cue(vs, ve, group, None)
                    if phrase is not None:
                        return self._joined_by_and(lo, vs, ve, phrase) or self._subject_cue(vs, ve, phrase)
                return None
            return Cue(vs, ve, shared.phrase, shared.person, coordinated=True)
        if ing_form:
            # "…, with Mr Putin expressing the hope that …": the clause is his
            phrase = phrase_ending_at(text, lo, pos)
            if phrase is not None and text.endswith("from ", max(lo, phrase.start - 5), phrase.start):
                return self._sender_of_writing(vs, ve, lo, phrase)
            if phrase is not None and phrase.kind == "group" \
                    and _WITH_CLAUSE.search(text, max(lo, phrase.start - 20), phrase.start):
                # (four-hundred-nineteenth canada_pm_2024-12-29_trudeau_zelenskyy: "Prime Minister X also underscored
                # …, with both leaders expressing the need for …"): a group's "with" clause, its words the pair's,
                # which end the one speaker's statement before it (a cue with no person)
                return Cue(vs, ve, phrase, None)
            office = _WITH_CLAUSE_OFFICE.search(text, max(lo, phrase.start - 80), phrase.start) \
                if phrase is not None and phrase.kind == "name" and text[phrase.start - 1:phrase.start] == " " else None
            if phrase is None or phrase.kind not in ("name", "description") \
                    or office is None and not _WITH_CLAUSE.search(text, max(lo, phrase.start - 20), phrase.start):
                return None
            if text.find(" will ", lo, phrase.start) >= 0 and _PLANNED_BEFORE_WITH.match(text, lo, phrase.start):
                return None  # ("The two leaders will discuss …, with the Taoiseach indicating that …": a plan)
            if office is not None:  # (the clause from the office on, "with" in neither, as after "the Minister")
                return Cue(vs, ve, phrase._replace(start=office.start(1)), self._subject_cue(vs, ve, phrase).person)
            return self._subject_cue(vs, ve, phrase)
        if prev in ("to", "not", "would", "will", "should", "must", "can", "could", "may") \
                and not (last is not None and text[last[0]] in "MW" and self._word_surname(lo, last)):
            eager = _GLAD_TO.search(text, max(lo, vs - 48), vs) if prev == "to" else None
            if eager is None:
                return None
            # "The President continues to call on …", "The Minister was pleased to share …"
            phrase = phrase_ending_at(text, lo, self._skip_fillers_back(lo, eager.start())[0])
            # (the subject opens the sentence, or a clause of its own after ", and ": four-hundred-forty-first
            # whitehouse 2023-03-13 "President X has taken executive action …, and he continues to call for …")
            if phrase is None or not phrase.is_person \
                    or text[lo:phrase.start].strip() and not text.endswith(", and ", lo, phrase.start):
                return None  # (not "As the President continues to call for …, the White House is …")
            return self._subject_cue(vs, ve, phrase)
        if not finite and self._object_of_giving(lo, last):
            return None  # "The President gave detailed answers to …": a noun, the object of another verb
        phrase = phrase_ending_at(text, lo, pos)
        if (phrase is None or phrase.kind == "thing" and phrase.start > lo or phrase.kind in ("name", "description")
                and text.endswith(_PREPOSITIONS_ENDING_A_DESCRIPTION, lo, phrase.start)
                or phrase.kind == "description" and text.endswith((", a ", ", an "), lo, phrase.start)) \
                and text.find(", a", lo, pos) > lo:
            # ("X, a Chinese business owner tells …"; "X, a senior specialist at World Bank told …", the body the
            # description ends in no subject of its own; ninehundredfortyseventh inquirer: "“…,” Alan Cortez, a
            # supporter of Ejercito said.": the person the description ends in, a preposition's object, neither)
            # (hard94: "Mr. X, a Deputy Chief of Staff gave the people of N the assurance that …": the indefinite
            # office itself, read as the phrase before the verb, is the named person's, no subject of its own)
            phrase = _name_before_indefinite_apposition(text, lo, pos) or phrase
        if phrase is not None and phrase.kind == "thing" and phrase.start > lo \
                and text.endswith(" from ", lo, phrase.start) \
                and (holder := _office_holder_from_a_place(text, lo, phrase)) is not None:
            phrase = holder  # ("An outspoken Governor from the Lake region has apologised …": the Governor)
        if phrase is not None and phrase.kind == "thing" and phrase.start > lo and text[lo].isupper() \
                and (named := self._known_name_after_opening_place(lo, phrase, hi)) is not None:
            phrase = named  # ("At the Frelimo office Nyusi thanked the crowd …": `_known_name_after_opening_place`)
        if phrase is not None and phrase.kind == "name" and phrase.end < pos \
                and text.startswith(("’s ", "'s "), phrase.end) and text[phrase.end + 3:phrase.end + 4].isupper() \
                and (named := self._known_name_after_a_possessor(phrase, pos)) is not None:
            phrase = named  # ("Hirshabelle’s Gudlawe complained that …": `_known_name_after_a_possessor`)
        if phrase is not None and phrase.end < pos and text.startswith(("’s ", "'s "), phrase.end) \
                and _BUREAU_AFTER_POSSESSIVE.match(text, phrase.end, pos) is not None:
            return Cue(vs, ve, phrase, None)  # "The Speaker’s office said that …": the bureau's notice, no one's
        if phrase is not None and phrase.kind == "description" and phrase.end < pos \
                and text[phrase.end:pos].strip().lower() in ("office", "secretariat") \
                and _BUREAU_WITHOUT_POSSESSIVE.match(text, phrase.end, pos) is not None:
            return Cue(vs, ve, phrase, None)  # "…, AJK President office said.": the bureau's notice, no one's
        if phrase is not None and text.endswith(("way that ", "way in which ", "way "), lo, phrase.start) \
                and _THE_WAY_BEFORE_A_SUBJECT.search(text, max(lo, phrase.start - 24), phrase.start) is not None:
            return None  # "… at odds with the way that X spoke about …": the manner of his speaking, a noun's clause
        if not comma and not clause and text.find(", the ", lo, pos) > lo \
                and (reporter := self._reporter_before_unclosed_office(lo, pos, ve, hi, phrase)) is not None:
            return self._subject_cue(vs, ve, reporter)
        if phrase is not None and phrase.kind in ("thing", "group") and " and " in phrase.text:
            phrase = self._known_person_after_and(phrase) or phrase
        if phrase is not None and phrase.kind == "name" \
                and text.find(" to ", phrase.start - 4 if phrase.start - 4 > lo else lo, phrase.end) >= 0 \
                and _MISSION_TO.search(text, max(lo, phrase.start - 24), phrase.end) is not None:
            return None  # "The … Embassy to the Holy See also conveyed …": the mission's act, not the see's
        if phrase is not None and phrase.start > lo and _object_of_together_with(text, lo, phrase):  # (words before it)
            return None  # "…, and together with other high-ranking officials informed them …": not the subject
        if phrase is not None and phrase.start > lo and (subject_end := _object_of_presence(text, lo, phrase)) > lo:
            return self._cue_of_opener(vs, ve, lo, subject_end)  # "A delegation in the presence of Col X raised …"
        # (a person's phrase with words before it in the clause, read once: each test below reads those words, and
        # finds none where the phrase opens the clause, as most subjects do)
        personal = phrase is not None and phrase.is_person and phrase.start > lo
        if personal and _partner_of_an_opening_meeting(text, lo, phrase):
            return None  # "The meeting with his Belgian counterpart focused on …": the meeting's subject, no one's words
        if personal and _maker_of_an_opening_visit(text, lo, phrase):
            return None  # "The visit made by the Head of State focused on …": the visit's subject, no one's words
        if personal and _head_of_an_opening_delegation(text, lo, phrase):
            return None  # "A delegation …, headed by its President X had called on … and appreciated …": a group's
        if personal and _met_by_an_opening_delegation(text, lo, phrase):
            return None  # "A delegation … which held discussions with X has agreed …": the delegation's, a group's
        if personal and (pair := _joined_to_an_opening_delegation(text, lo, phrase)) is not None:
            # "A delegation of … Japan and the … Chief Minister have agreed …": the two together, a group
            return Cue(vs, ve, Phrase("group", pair, phrase.end, text[pair:phrase.end]), None)
        if personal and text.find(" by ", lo, phrase.start) >= 0 \
                and _agent_of_a_subject_s_relative(text, lo, phrase):
            # (fourhundredsixtysixth uganda us-envoy-sudan: "The meeting which was attended by …, Ambassador X also
            # discussed ways of …"): the person is the agent of a passive in the relative clause of the thing that
            # opens the sentence; the verb after it is the thing's, no person's
            return None
        if phrase is not None and phrase.kind == "name" and not phrase.role \
                and text.endswith(_SAID_ASIDE_ENDS, max(lo, phrase.start - 9), phrase.start) \
                and _SAID_ASIDE.search(text, max(lo, phrase.start - 22), phrase.start) is not None:
            return None  # "…, sectors in which, he said, Platania offers …": what he said, not a cue of its own
        if phrase is not None and phrase.kind == "name" and text.startswith(", ", phrase.start - 2):
            # "The HR/VP Federica Mogherini and Iranian Foreign Minister, Javad Zarif also discussed …"
            # (two-hundred-seventieth eu_eeas_2016-01-03): the name after its office's comma is the last of a pair
            # that opens the clause, the two together (no closing comma: `_joined_by_and` reads the aside's case)
            together = self._joined_by_and(lo, vs, ve, phrase)
            if together is not None:
                return together
            before = phrase_ending_at(text, lo, phrase.start - 2)
            if before is not None and before.kind == "group" and text.find(" and ", before.start, phrase.start) >= 0 \
                    and not any(word[0].islower() for word in text[lo:before.start].split()) \
                    and not _opens_with_a_preposition(text, lo, before.end) \
                    and not _two_offices_of_one(text, before):
                # (a pair that opens the sentence, only capitalised words before it: "The HR/" of "The HR/VP";
                # not "Throughout his discussions with Israeli officials, Dr. Gordon discussed …", fifteenth:
                # a plural object, then the speaker; not "In Ostra, Velm, and Brisk, Secretary X stressed …", the
                # places an opening preposition puts first)
                return Cue(vs, ve, Phrase("group", before.start, phrase.end, text[before.start:phrase.end]), None)
        if not finite and phrase is not None and phrase.start > lo and self._gives_to(lo, phrase.start):
            return None  # "Members of the Cabinet provided the President updates on …": the person is the one
            # given to, the -s word ("updates", "reports") a noun, the thing given
        if personal and text.find(" from ", lo, phrase.start) > 0:
            sender = self._sender_of_an_opening_letter(lo, phrase)
            if sender is not None:
                # (fourhundredseventyfifth lesotho dpm-commonwealth-candidate: "Meanwhile, a letter from Mr X, SADC
                # Executive Secretary to the Minister of Foreign Affairs Lesotho, Mr Y indicates that …"): the
                # letter opens the clause as its subject; its sender says what it says, not Y, whom it is to
                return self._subject_cue(vs, ve, sender)
        if personal \
                and text.endswith(" to ", phrase.start - 4 if phrase.start - 4 > lo else lo, phrase.start):
            if WRITING_TO.search(text, max(lo, phrase.start - 60), phrase.start) is not None:
                # "His message to President Hu said, in part:": the sender's words, not Hu's
                return self._writing_addressed_to(vs, ve, lo, phrase)
        if phrase is not None and (" – " in phrase.text or " — " in phrase.text) and phrase.kind != "thing":
            phrase = _subject_after_dash_aside(text, lo, pos, phrase) or phrase
        if (phrase is None or phrase.kind == "thing") and text.endswith(_WRITTEN_ENDS, max(lo, pos - 10), pos - 1):
            owner = self._owner_of_writing(lo, pos - 1)
            if owner is not None:  # "The President of Russia's congratulatory telegram stressed …"
                return self._subject_cue(vs, ve, owner)
            sender = self._title_senders_writing(lo, pos - 1)
            if sender is not None:  # "The message stressed that …" under "X sent a message to Y"
                return Cue(vs, ve, phrase, sender)
        if text.find("ing ", lo, pos) > lo \
                and (named := self._subject_before_bare_participle(lo, pos)) is not None \
                and (phrase is None or not phrase.is_person or phrase.start >= named.end):
            # "Smt. X agreeing to strengthen the bilateral cooperation in tourism lauded …": X; so too when the
            # participle's object is a person (sevenhundredfortyfifth urdupoint chinese-envoy: "The chief minister
            # welcoming the new consul general of China in Karachi said that …": the chief minister, not his guest)
            phrase = named
        if phrase is None:
            if prev == "who" and last is not None and _its_cleft(text, lo, vs):
                return self._cleft_cue(vs, ve, lo, last[0])  # "It was Mr Dann who suggested …"
            if prev == "who" and last is not None and text.startswith(", ", last[0] - 2) \
                    and (antecedent := _antecedent_before_who(text, lo, last[0] - 2)) is not None \
                    and (antecedent.start == lo or _HEARD_FROM_OR_BY.search(text, max(lo, antecedent.start - 90),
                                                                            antecedent.start) is not None
                         or _PUT_FORWARD_BY.search(text, max(lo, antecedent.start - 90), antecedent.start) is not None
                         or text.startswith(_WHO_IN_TURN, last[0])
                         or _LIST_OF_SPEAKERS.match(text, lo, antecedent.start) is not None
                         or last_of_those_present(text, lo, antecedent.start)) \
                    and antecedent.kind in ("name", "description") and antecedent.is_person:
                # (thirty-second hard, a White House convening: "Participants heard from Administrator X of …, who
                # announced …", "The convening was opened by X, who told participants that …": the one heard from,
                # or the passive's agent, is who speaks in the clause set off after it)
                # (hard29: "The Metropolitan, who assured his host that the parishes … would keep their doors open …,
                # presented His Holiness with an icon …"): a relative clause set off after the sentence's own
                # subject reports that subject's words, whatever the main verb does
                cue = self._subject_cue(vs, ve, antecedent)
                if text.startswith(_WHO_IN_TURN, last[0]):
                    # (hard74: "The Premier thanked Minister X, who in turn pledged …"; hard75: "Ms. X thanked Mr. Y,
                    # who in turn conveyed the greetings of … and invited …"): the object answers in his own clause,
                    # which opens at the comma before "who"; the cue without the phrase, so that the clause of the
                    # one who spoke first ends there
                    return Cue(vs, ve, None, cue.person)
                return cue
            if prev == "who" and last is not None and text[last[0] - 2:last[0]] != ", " \
                    and (antecedent := self._speaker_listed_before_who(lo, last[0])) is not None:
                return self._subject_cue(vs, ve, antecedent)  # "Also speaking at the event was X who called on …"
            if last is not None and prev != "who" and (named := self._subject_before_who(lo, pos)) is not None \
                    and named.is_person and (named.start == lo or text[lo:named.start].rstrip().endswith(",")):
                # (two-hundred-sixty-fifth 74929: "For his part, the President of the European Council who visited
                # the Odesa seaport where the blocked ship with Ukrainian grain is located stressed that …"): the
                # relative clause ends in words no phrase is read from; the person it follows, opening the sentence
                # or its clause after a comma, is the subject (not "X met Y who updated him …": Y an object, and
                # the verb the relative clause's own)
                return self._subject_cue(vs, ve, named)
            if pos - lo == 3 and text.startswith("It ", lo):
                sender = self._sender_of_writing_before(lo)
                if sender is not None:  # "The message underlined …" and then "It confirmed …": the sender's
                    return Cue(vs, ve, None, sender)
                if text.startswith(" that ", ve):
                    # (fivehundredfirst, KUNA: "… the Saudi cabinet praised … It noted that King X has briefed the
                    # cabinet about …"): a body's or a text's words, as "The cabinet noted that …"; the clause after
                    # "that" is inside them, no speaker's own report
                    return Cue(vs, ve, None, None)
            return None
        if not finite and form[-1] == "s" and _plural_noun_before(text, phrase):
            return None  # "Ukraine, like all sovereign states, has …", "submitted official requests": nouns
        if phrase.kind == "thing" and phrase.end == vs - 1 and text.count(", ", lo, phrase.start) >= 2 \
                and (named := self._named_after_the_same_office(lo, phrase.end)) is not None:
            # (sixhundredfifth mofa_qa khulaifi-australian: "For his part, HE Deputy Secretary, International Security,
            # Legal and Consular Group, in the Department of … Australia expressed …", the same words that stood before
            # "Craig Maclachlan" in the first paragraph): the office spelt out again, its holder named there
            return self._subject_cue(vs, ve, named)
        if phrase.kind == "thing" and text.startswith("delegation", phrase.end - 10, phrase.end):
            head = _HEAD_OF_DELEGATION.search(text, max(lo, phrase.end - 58), phrase.end)
            if head is not None:  # "The head of the delegation invited …": whom it is led by
                phrase = Phrase("description", head.start(), phrase.end, text[head.start():phrase.end],
                                role="head of delegation")
        if phrase.kind == "name" and text[phrase.start - 2:phrase.start] == ", " and text[lo:lo + 2].isupper() \
                and (start := _past_a_place_and_colon(text, lo, phrase.start)) > lo \
                and (pair := self._joined_by_and(start, vs, ve, phrase)) is not None and pair.person is None:
            return pair  # "KUALA LUMPUR: X and his … counterpart, Y have reaffirmed …": a pair, as with no place
        if phrase.kind == "name" and text[phrase.start - 2:phrase.start] == ", " \
                and (opener := _opener_of_who_closing_on_an_apposition(text, lo, phrase)) is not None:
            return self._subject_cue(vs, ve, opener)
        if phrase.kind == "name" and text.startswith(", and ", phrase.start - 6):
            # "Minister of Trade, Industry, and Energy Lena Marov stressed": the serial list's last portfolio and the
            # minister's name, read from the office on
            phrase = portfolio_list_before(text, phrase.start, phrase.end, tuple(phrase.text.split()), lo) or phrase
        if phrase.kind in ("name", "description") and phrase.start > lo \
                and (form in SPEECH_VERBS or text.find(" also ", phrase.start - 10 if phrase.start - 10 > lo else lo,
                                                       phrase.start) >= 0) \
                and text.find(" who ", phrase.start - WHO_CLAUSE_REACH if phrase.start - WHO_CLAUSE_REACH > lo else lo,
                              phrase.start) >= 0 \
                and (named := self._subject_before_who(lo, phrase.start)) is not None and named.is_person \
                and (named.start == lo or text[lo:named.start].rstrip().endswith(",")) \
                and (self._resolve(phrase, phrase.start) is None or _object_in_the_who_clause(text, named, phrase)
                     or _town_after_a_place_in_the_who_clause(text, named, phrase)
                     or _second_office_in_the_who_clause(text, named, phrase)) \
                and (form in SPEECH_VERBS or _second_office_in_the_who_clause(text, named, phrase)) \
                and self._resolve(named, named.start) is not None:
            # (sixhundredseventyfifth lusakatimes 2021-11-24: "President X who is visiting the Congo DR said …"): a
            # relative clause with no commas ends in a place's name, no one's; the person it follows, opening the
            # sentence, is the subject; only before a verb that speaks with no complement (not oas 2009-05-21's "X who
            # arrived in Georgetown on Sunday made a presentation …", a presentation narrated). So when the clause
            # ends in an office no one holds here, and after an opening phrase's comma (sixhundredseventyseventh
            # malawi24 2021-12-07: "Writing on Facebook this morning, X who is also chairperson of SADC said …"). So too
            # when the clause ends in a person after a preposition, its object (ninehundredfortysixth leadership
            # 2021-12-18: "Governor Tambuwal who stated this when he paid a courtesy visit to Governor Oyetola in his
            # office lauded him for …": Tambuwal, not his host; `_object_in_the_who_clause`). So when the clause is "who
            # is also (the)" and the office before the verb, whatever the verb (hard95: "Hon. X who is also the Party
            # Leader called on members …"): his own second office, never another leader's; `_second_office_in_the_who_clause`
            phrase = named
        if not phrase.is_person:
            # "Member of the delegation Oleksandr Chalyi who heads the legal group added"
            phrase = self._subject_before_who(lo, phrase.start) or phrase
            if not phrase.is_person and text.startswith(", ", phrase.start - 2):
                # "Minister of Construction, Housing and Utilities Denis Orekhov reported": the minister
                phrase = portfolio_list_before(text, phrase.start, phrase.end, tuple(phrase.text.split()), lo) or phrase
                if not phrase.is_person:
                    # "The UK Secretary of State for Overseas Territories, Commonwealth, Energy, Climate and Environment
                    # assured …": the last portfolios of an unnamed office's list, the office read from its start
                    phrase = office_with_listed_remit_before(text, phrase, lo) or phrase
            if not phrase.is_person and text.endswith(("ead of ", "eader of "),
                                                      phrase.start - 9 if phrase.start - 9 > lo else lo, phrase.start):
                # "The head of the delegation assured …", "The head of the region": who leads it; "The leader of the
                # delegation appreciated …" (styles54): who led the delegation, as "the head of" it
                head = _HEAD_OF_BACK.search(text, max(lo, phrase.start - 14), phrase.start)
                person = self._head_of_what(head.start()) if head is not None else None
                if person is not None and head is not None:
                    phrase = Phrase("description", head.start(), phrase.end, text[head.start():phrase.end],
                                    role="head")
                    self._note_subject(person, phrase)
                    return Cue(vs, ve, phrase, person)
        elif lone_word(phrase):
            # "Mayor Purzycki of Wilmington, Delaware praised": the place's state, after the person's town
            phrase = self._named_before_place(lo, phrase) or phrase
        # (no word before: an empty span, whose joiner "" meets no test below)
        joined = word_back(text, phrase.start - 12 if phrase.start - 12 > lo else lo, phrase.start) \
            or (phrase.start, phrase.start)
        joiner = text[joined[0]:joined[1]].lower()
        if phrase.role and phrase.is_person and text[phrase.start].islower() and joiner.isalpha() and joiner.islower() \
                and joiner != "and":
            # (two-hundred-ninety-first eu_commission_2012-05-03_albania_visit) "… Prime Minister Berisha and opposition
            # leader Rama expressed their commitment …": lower-case words before a lower-case office ("and opposition
            # leader", "and party chairman") still join the name to the one before "and", the pair's
            and_at = text.rfind(" and ", max(lo, joined[0] - 30), joined[0])
            if and_at >= 0 and text[and_at + 5:joined[1]].replace(" ", "").isalpha() \
                    and text[and_at + 5:joined[1]].islower() \
                    and not _bare_office_before_a_ranked_one(text, lo, and_at, joined):
                joined = (and_at + 1, and_at + 4)
                joiner = "and"
        if phrase.kind == "thing" and (form[-1] == "d" and text.startswith(" by ", ve)
                                       or form in _PARTICIPLES_NOT_IN_ED and _PARTICLE_THEN_BY.match(text, ve))\
                and joiner.isalpha() \
                and joiner.islower() and joiner not in ("and", "but", "or"):
            # (two-hundred-sixth 29737) "The Russian President approved the candidatures … proposed by the Moscow
            # Mayor, but said …": a participle after a verb's object, its agent after "by", describes the thing
            # (a passive with no "which were"); no clause of the thing's, whose subject a later "but said" shares
            # (eighthundredfortysecond greaterkashmir: "The Lt Governor listened to all the issues and demands put forth
            # by the members of delegations and assured them that …": "put" is its own participle, `_PARTICIPLES_NOT_IN_ED`)
            return None
        if joiner in ("let", "lets") and form in _KNOW_FORMS:
            # "President Biden also let Acting Administrator Fenton know that …": Biden tells
            teller, _ = self._skip_fillers_back(lo, joined[0])
            phrase = phrase_ending_at(text, lo, teller)
            return self._subject_cue(vs, ve, phrase) if phrase is not None else None
        if joiner.isalpha() and joiner.islower() and phrase.is_person and text[joined[1]:phrase.start] == " " \
                and _GAP_AFTER_VERB.match(text, ve, hi) and _DETERMINER_BEFORE.search(text, max(lo, joined[0] - 8), joined[0]):
            # "… key components of the vision the President laid out through the American Jobs Plan":
            # a relative clause with no "that" (its object is the noun before), describing the vision
            return None
        if joiner == "where" and phrase.kind == "pronoun" and text.startswith(", ", joined[0] - 2) \
                and (cue := self._subjects_cue_in_a_relative_clause(lo, hi, vs, ve, phrase)) is not None:
            # "The Charge d'Affaires then travelled to the industrial park of X, where he told the park's managers
            # that …": the pronoun of a "where" clause on the subject's own act is that subject, not the last man
            # who spoke before (the sets' "…, where he discussed …" / "…, where she highlighted …": the subject's)
            return cue
        if joiner in _RELATIVE_PRONOUNS:
            if joiner == "which" and phrase.is_person and APPOSITIVE_HEAD.search(text, max(lo, joined[0] - 90), joined[1]):
                # "…, an initiative for which Mr Putin thanked its authors", "… — a project which the Governor-General
                # called “…”": a noun set off after the clause, whose relative clause is one person's speech (dev
                # kremlin_26876, hard13, hard20); the statement opens at the noun (`_cues` cuts the clause before it)
                return self._subject_cue(vs, ve, phrase)
            if joiner == "which" and phrase.is_person and form.startswith(_REPLY_STEMS) \
                    and _REPLY_RELATIVE.search(text, max(lo, joined[0] - 24), joined[1]):
                # "…, the Prime Minister aired his concerns over …, to which the Secretary responded with a pledge
                # of …" (hard26): the relative clause is a second person's reply to the first's words, his own
                # statement (the verb of replying only; "…, to which the Vice President travelled" is no speech);
                # so "X explained …'s position regarding …, on which Minister Y expressed his understanding." (styles26
                # tsurumine_mofa_foreign_ministers_meeting_orsenna: a stance taken on what was explained)
                return self._subject_cue(vs, ve, phrase)
            if joiner == "which" and phrase.kind in ("name", "description") and joined[0] - 5 >= lo \
                    and (text.startswith(", on which", joined[0] - 5) or (text.startswith(", in which", joined[0] - 5)
                         and _LETTER_BEFORE_IN_WHICH.search(text, max(lo, joined[0] - 120), joined[0] - 5))):
                # "Among the issues discussed was the dispute over the dam, on which Mr. Y, who had visited the site,
                # said his Government would accept an inspection." (hard71): a matter on which a named person spoke is
                # that person's statement (a reply's verb too, above); a pronoun there may be another's (left as was);
                # so a letter in which a named person speaks (sevenhundredtwentyninth ewb: "The help was asked through a
                # letter sent on Tuesday to …, in which Ruçi also thanked the EU for …"), not a call, an address or a
                # memorandum "in which" someone speaks (eighteenth, fivehundredtwentyseventh, hundredfortyfirst: narrative)
                return self._subject_cue(vs, ve, phrase)
            if joiner == "which" and phrase.kind == "pronoun" and _EVENT_WHICH.search(text, max(lo, joined[0] - 18), joined[1]):
                # "Vladimir Putin held a working meeting with X, during which he announced his intention to
                # nominate …" (hundrednineteenth 17660, fortysixth 58695): "which" is the meeting, not what
                # was said, and the pronoun is the sentence's subject, who announces the appointment
                return self._event_which_cue(vs, ve, lo, hi, phrase, text.startswith(" at ", joined[0] - 4))
            if joiner == "which" and phrase.kind == "pronoun" and text.startswith(" in ", joined[0] - 4) \
                    and _OWN_WORDS_IN_WHICH.search(text, max(lo, joined[0] - 110), joined[1]):
                # (sixhundredeightyfifth, NNA: "For his part, Hockstein made a brief statement following the meeting,
                # in which he said: “…”"): the words the subject made or gave, in which the pronoun speaks, are the
                # subject's, not the last speaker's (not "received a letter from Y, in which he …": Y wrote it)
                return self._subjects_cue_in_a_relative_clause(lo, hi, vs, ve, phrase)
            if joiner == "whom" and phrase.kind == "pronoun" and text.endswith(", with", max(lo, joined[0] - 7), joined[0] - 1) \
                    and not text.startswith(_SHARED_TALK_STEMS, vs):
                # "… has held meetings …, including one with his counterpart, Ms. Y, with whom he stressed …"
                # (fivehundredfortieth arreaza-sola): the pronoun is the sentence's subject, who speaks; "with whom
                # he discussed …" / "spoke about …" is a meeting's topic, two people's (fourhundredeightyninth)
                return self._subjects_cue_in_a_relative_clause(lo, hi, vs, ve, phrase)
            return None  # "…, which the Vice President announced in May": a relative clause
        if phrase.kind == "thing" and form.startswith(_JUDGING_VERBS) and joiner.isalpha() and joiner.islower() \
                and joiner not in ("and", "but", "or") and _GAP_COMPLEMENT.match(text, ve, hi) is not None:
            # "… the real economy sectors the government considers most promising.", "as the
            # ministry deems necessary.": the judged thing is the noun before, a relative (or "as")
            # clause with no "that" or "which" describing it, not a body's statement (a person's
            # judgement stays theirs: "… an initiative the Russian President considered very important.")
            return None
        if joiner.endswith("ing") and joiner not in _ING_PREPOSITIONS and joined[0] > lo \
                and text[joined[1]:phrase.start] == " " and joiner not in _ING_OFFICE_MODIFIERS:
            # "The economists briefing the President underscored …": the President is the
            # participle's object; the subject is who does the briefing
            doer = phrase_ending_at(text, lo, back_over(text, lo, joined[0], " "))
            if doer is not None and (doer.kind == "group" or doer.is_person):
                return self._subject_cue(vs, ve, doer)
            if doer is not None and doer.kind == "thing" and doer.text[-1] == "s":
                return Cue(vs, ve, Phrase("group", doer.start, doer.end, doer.text), None)  # (a plural: people)
        if phrase.kind == "name" and joiner.islower() and joiner != "and" and text.find(" and ", lo, phrase.start) > 0 \
                and (pair := _TITLED_PAIR.fullmatch(text, lo, phrase.start)) \
                and _TITLED_PAIR_ROLES.issuperset(m.lower() for m in pair.group("first", "second")):
            # "Head of the Donetsk regional state administration Pavlo Kyrylenko and Head of the
            # Luhansk regional state administration Serhiy Haidai reported": two people together
            return Cue(vs, ve, Phrase("group", lo, phrase.end, text[lo:phrase.end]), None)
        if joiner == "that" and _SUBJECT_BEFORE_THAT.fullmatch(text, lo, joined[0]):
            return None  # "The new steps that Vice President X announced include: …": the steps' sentence
        if joiner in _TOPIC_NOUNS and phrase.is_person and text[joined[1]:phrase.start] == " " \
                and _SUBJECT_BEFORE_TOPIC.fullmatch(text, lo, joined[0]):
            # (four-hundred-second kremlin_60576) "The issues Vladimir Putin discussed in his telephone conversation
            # with … were also touched on.": the person speaks in a relative clause with no "that" on the sentence's
            # subject, a noun of what is talked about; the sentence is the topic's, no statement of his
            return None
        if joiner == "that" and _TITLE_THEN_THAT.search(text, max(lo, joined[0] - 40), joined[0]) \
                and _VERB_ENDS_CLAUSE.match(text, ve, hi):
            return None  # "… the Blueprint for … Crisis that she announced last year.": a relative clause
        if joined[0] > lo and text[joined[0]].isupper() and phrase.kind == "description" and text[phrase.start] == "t" \
                and text[joined[1]:phrase.start].isspace() and _VERB_ENDS_CLAUSE.match(text, ve, hi) \
                and _TITLE_THEN_THAT.search(text, max(lo, joined[0] - 40), joined[1] + 1):
            # (nineteenth whitehouse 2022-01-10: "… through the Human Smuggling and Trafficking Task Force the Vice
            # President announced during her June 2021 visit to Guatemala."): the same relative clause on a title
            # with no "that", the office's "the" right after the title's last word
            return None
        if joiner == "and" and phrase.is_person:
            end = back_over(text, lo, joined[0], " ,")  # "The President, X, and Y"
            other = phrase_ending_at(text, lo, end)
            listed = "," in text[end:joined[0]]  # "…, and she encouraged": a clause of its own after a group
            # (after any noun: "… for being a strong Harbour Ally, and she reiterated …": hers)
            if other is not None and other.end >= end - 1 and not (listed and (self._object_before(lo, other)
                                                      or self._object_of_verb(lo, other)
                                                      or phrase.kind == "pronoun")) \
                    and not (other.kind == "name" and (self._object_of_verb(lo, other) or topic_word(text, lo, other))) \
                    and not (other.kind == "group" and text.endswith(" its ", lo, other.start)) \
                    and not (phrase.kind == "pronoun" and phrase.text in ("he", "she")
                             and (self._object_before(lo, other) or self._object_of_verb(lo, other))) \
                    and (
                    other.kind in ("name", "description", "pronoun") or other.kind == "group"
                    and not listed and other.text.split()[0].lower() not in ("they", "we")
                    # (eighthundredseventyninth: "The Army and Governor X briefed …", "The police and the Governor
                    # have told …": a body that opens the clause and a person, the two together)
                    or other.kind == "thing" and not listed and _body_opens_the_pair(text, lo, other, phrase)):
                # "The President of Russia and the Federal Chancellor agreed", "Both the
                # Director-General and the Vice President reiterated": the two together
                # (not "The leaders discussed Rafah and the President reiterated …": a name that is
                # the object of a past verb ends the clause before, the President speaks alone; nor a body's own
                # people after "its", fourhundredsixtysecond: "… the debt-crisis in some of its Member States and
                # Westerwelle stressed that …", Westerwelle alone; nor "he" or "she" after the object of a preposition or
                # a past verb, fivehundredtwentysixth iprnagaland 2022-04-02: "… were shared with the foreign diplomats
                # and he hoped for …": no object is "he", a clause of his own)
                return Cue(vs, ve, Phrase("group", other.start, phrase.end, text[other.start:phrase.end]), None)
        if phrase.kind == "pronoun" and text[lo:phrase.start].rstrip().endswith(","):
            # "Following the Vice President’s meetings in Dubai, she directed …": the pronoun
            # after an opening phrase is the one whose meetings they were
            # (not after an opening of what is spoken about, sixhundredsixtysixth theiranproject rouhani-fair-talks:
            # "Referring to Foreign Minister X’s visit to different counties, he said that X visited France …": the
            # visit is the topic, its owner no speaker; the pronoun read as any other)
            owner = self._owner_before(lo, phrase.start) if not text.startswith(_TOPIC_OPENINGS, lo) else None
            if owner is None and " by " in text[lo:phrase.start]:
                owner = _maker_of_an_opening_speech(text, lo, phrase)
            person = self._resolve(owner, owner.start) if owner is not None else None
            if person is not None and person.gender in (None, phrase.gender):
                if person.gender is None:
                    person.gender = phrase.gender  # ("He …" next is not her)
                return Cue(vs, ve, phrase, person)
            aside_cue = self._aside_cue_subject(vs, ve, lo, hi, phrase)
            if aside_cue is not None:
                return aside_cue
        if phrase.kind == "thing" and text.startswith(", ", ve) and phrase.start - lo > 3 \
                and text.startswith(", ", phrase.start - 2) and _VOICE_OF_A_PERSON.fullmatch(phrase.text):
            # "Ms Varga, her office said, understood …" (hard30 kestria_opposition_leader_meets_pm_ruan; hard30
            # velmora_olympic_committee_orin_anniversary_call's "Lim, her office recalled, had asked …"): an office's
            # cue set off after the person opening the clause, whose view or words it reports
            voiced = phrase_ending_at(text, lo, phrase.start - 2)
            if voiced is not None and voiced.start == lo and voiced.kind in ("name", "description") and voiced.is_person:
                return self._subject_cue(vs, ve, voiced)
        if phrase.kind == "name" and text[ve - 2:ve] == "ed" and self._participle_after_object(lo, phrase, vs, ve):
            return None
        if phrase.kind == "name" and phrase.start > lo \
                and (group := _group_ending_in_a_name(text, lo, phrase)) is not None:
            return Cue(vs, ve, group, None)
        return self._subject_cue(vs, ve, phrase)

    def _participle_after_object(self, lo: int, phrase: Phrase, vs: int, ve: int) -> bool:
        """(fivehundredeightyninth kt toqayev-kosachev: "… the social doctrine of President X announced at the XVIII
        congress of …"): a name that is the object of "of" after a common noun, the verb right after it a past
        participle on that noun (a place or time after it, no object), no clause of the name's."""
        text = self.text
        if not text[phrase.end:vs].isspace() or not text.startswith(_PARTICIPLE_PLACE_WORDS, ve):
            return False
        word = word_back(text, max(lo, phrase.start - 4), phrase.start)
        if word is None or text[word[0]:word[1]] != "of":
            return False
        noun = word_back(text, max(lo, word[0] - 30), word[0])
        return noun is not None and text[noun[0]].islower()

    def _aside_cue_subject(self, vs: int, ve: int, lo: int, hi: int, pronoun: Phrase) -> Cue | None:
        """A pronoun's cue set off by a comma after the clause it reports, the clause's own subject a person (hard13
        vostrand_synod_speech: "Father Ilya Brusov … wanted to know whether the state would help … The President would
        be ready, he said, to consider a special programme"; hard13 fenmore-geffen call: "The Vice President would be
        ready, she told him, to raise it again"): the pronoun is that subject, not the one who spoke last."""
        text = self.text
        if pronoun.text not in ("he", "she") or _ASIDE_CUE_AFTER.match(text, ve, hi) is None \
                or any(mark in text[lo:pronoun.start] for mark in _QUOTE_MARKS):
            return None
        subject = self._sentence_subject(lo, pronoun.start)
        if subject is None or subject.kind not in ("name", "description") or not subject.is_person \
                or subject.end >= pronoun.start - 2:
            return None
        person = self._resolve(subject, subject.start)
        if person is None or person.gender != pronoun.gender:
            return None  # (a person of no known gender: the pronoun may well be another's)
        self._note_subject(person, pronoun)
        return Cue(vs, ve, pronoun, person)

    def _object_of_preposition(self, lo: int, start: int) -> bool:
        """The name at `start` follows a preposition ("While in Colombia, Sherwood-Randall
        met with Foreign Minister Leyva …"): someone met, not the sentence's subject,
        whom a "she" in the next sentence would mean; also after "the" ("And she held discussions
        with the Taoiseach Leo Varadkar about … / She said:", two-hundred-ninety-ninth
        scot_gov_2019-05-28_sturgeon_dublin: Varadkar is met, the "she" who speaks is Sturgeon); also before the office
        set off by a comma before the name (sixhundredth theborneopost tangau-japan-investors: "The delegates from Sabah
        are headed by Chief Minister, X, while …": X heads them, no subject for a "he" next)."""
        if self.text.endswith(", ", start - 2 if start - 2 > lo else lo, start) \
                and (office := phrase_ending_at(self.text, lo, start - 2)) is not None \
                and office.kind == "description" and office.start > lo:
            start = office.start
        word = word_back(self.text, start - 12 if start - 12 > lo else lo, start)
        if word is not None and self.text.startswith("the ", word[0]) and word[1] - word[0] == 3 and word[0] > lo:
            word = word_back(self.text, max(lo, word[0] - 12), word[0])
        return word is not None and self.text[word[0]:word[1]].lower() in _OBJECT_PREPOSITIONS

    def _aside_before(self, lo: int, pos: int) -> int | None:
        """Where a short aside in parentheses that ends at `pos` opens (the spaces
        before it skipped), or None if text[:pos] does not end with one."""
        text = self.text
        end = back_over(text, lo, pos, " ")
        if end <= lo or text[end - 1] != ")":
            return None
        start = text.rfind("(", max(lo, end - ASIDE_REACH), end - 1)
        if start <= lo or _NOT_AN_ASIDE.search(text, start + 1, end - 1):
            return None
        return back_over(text, lo, start, " ")

    def _name_of_a_place_after_in(self, lo: int, phrase: Phrase) -> bool:
        """A name right after "in" before a speech participle's comma (ninehundredfortysecond nation 2019-10-16: "The
        committee has faulted Governor X for launching an airstrip in Gatimu Ward, saying it is not in his county."): a
        place (a ward, a town) that its "Ward" or "Town" made look like a person's name, the object of "in", never the
        participle's subject; read as `_object_before` reads "of", "for" and "at" (not in `_OBJECT_PREPOSITIONS`, whose
        other readers take "in" as a clause's opening). Only a name, only the lower-case "in" right before it."""
        return phrase.kind == "name" and phrase.start - 3 > lo and self.text.endswith(" in ", lo, phrase.start)

    def _object_before(self, lo: int, phrase: Phrase) -> bool:
        """`phrase` follows a preposition: the object of a clause ("… a visit by
        Prime Minister Bennett, and Mr. Sullivan conveyed"), not a subject."""
        word = word_back(self.text, max(lo, phrase.start - 12), phrase.start)
        return word is not None and self.text[word[0]:word[1]].lower() in _OBJECT_PREPOSITIONS

    def _object_of_verb(self, lo: int, phrase: Phrase) -> bool:
        """`phrase` follows a verb in the past ("X thanked the King, and the King
        assured …") or an infinitive ("… is ready to help rebuild Bucha, and the mayor of Y
        expressed …", three-hundred-eighty-seventh ua 75949): the object of one clause, not
        half of the next one's subject."""
        word = word_back(self.text, max(lo, phrase.start - 16), phrase.start)
        if word is None or not self.text[word[1]:phrase.start].isspace():
            return False
        verb = self.text[word[0]:word[1]]
        return verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST or verb == "met"
                                   or _INFINITIVE_ENDS.search(self.text, max(lo, word[0] - 20), word[0]) is not None)

    def _office_opening(self, lo: int, hi: int) -> Person | None:
        """The person an office that opens the sentence means ("The President spoke
        to Senator X …"), or None; also after a fronted time of the week or day ("This week the
        Foreign Secretary visited Syria and met with President Assad and Foreign Minister Muallem. He discussed a
        range of issues …", two-hundred-ninety-ninth uk_fcdo_2011-01-28_this_week: "He" is the Foreign Secretary)."""
        text = self.text
        if text[lo] in _FRONTED_TIME_INITIALS and (time := _FRONTED_TIME.match(text, lo, hi)) is not None:
            lo = time.end()  # (the lookahead: "the" and a capital follow)
        elif not text.startswith("The ", lo) or not (text[lo + 4:lo + 5].isupper()
                                                     or text.startswith(("The head of state", "The head of government"), lo)
                                                     or _PORTFOLIO_CHIEF.match(text, lo, hi) is not None
                                                     or _LOWER_OFFICE_OPENING.match(text, lo, hi) is not None):
            # (most sentences open with no "The ": one test of it, which each of the three openings needs)
            if text[hi:hi + 1] == ":" and text.startswith(_OTHER_PARTY_OPENINGS, lo):
                # (thirty-third hard set morvia_valdaria_press_statements: "His guest took the floor next:" before
                # the guest's quotation of several paragraphs): the other party that opens a lead-in is its subject,
                # whose the quotation after it is, not the last speaker's
                subject = phrase_starting_at(text, lo, hi)
                if subject is not None and subject.kind == "description" and subject.role in _OTHER_PARTY_ROLES:
                    return self._resolve(subject, lo)
            return None  # (the house style of Minsk writes "The head of state then visited …")
        subject = phrase_starting_at(text, lo, hi)
        if subject is None or subject.kind != "description":
            return None
        known = self.people.resolve_description(subject, self.subjects)
        if known is None and _PRONOUN_OPENS_NEXT.match(text, hi, hi + 8) \
                and not _NAME_SET_OFF_AFTER.match(text, subject.end, hi):
            # (eighthundredsixtyninth brha: "On the 5th of December, the American consul general to the Kurdish region
            # visited Domiz 2 Camp …. He made clear that …": a country's envoy no one named, the sentence's subject, is
            # the "He" that opens the next sentence, known by the office; not one whose name is set off after the
            # office, "the Zarnian consul general, Tomas Varek, visited …", nor one named in the next sentence,
            # fivehundredthirtyfifth eg_gov's "The Equatorial Guinea … Ambassador to Saudi Arabia offered a lunch …. Pedro
            # Matute Tang recalled …", whom the names read after this find)
            known = self.people.unnamed_of_a_country(subject)
        return known

    def _named_before_place(self, lo: int, place: Phrase) -> Phrase | None:
        """The person before "of <town>, " (or "<name> from <village>, ") that `place` follows, or None ("Mr X" is no place:
        "Following the meeting with President of Velmora Anton Brask, Mr Halen confirmed …")."""
        text = self.text
        if not text.startswith(", ", place.start - 2) or has_honorific(place):
            return None
        named = phrase_ending_at(text, lo, place.start - 2)
        if named is not None and named.kind == "name" and lone_word(named) and text.endswith(" from ", lo, named.start):
            # (eighthundredsixtyfirst thekashmirimages 2026-01-21: "Goba Ali from Thang, Turtuk, shared various welfare
            # initiatives …": a village and its area after "from", the person before them the subject)
            named = phrase_ending_at(text, lo, named.start - 6)
            if named is None or named.kind != "name" or lone_word(named):
                return None
        elif named is None or named.kind != "name" or " of " not in named.text or lone_word(named):
            return None
        if (known := self._resolve(place, place.start)) is not None and known is not self._resolve(named, named.start):
            # (hard70: "For his part, and after conveying the greetings of President X of Saltara, Tiverdale expressed
            # …": the lone word is a person the readout named before, the subject, no state of a place)
            return None
        return named

    def _named_before_dashes(self, lo: int, pos: int) -> Phrase | None:
        """The name before an aside set off by dashes that ends at `pos` ("Omar Velde — a
        nurse from Boise, Idaho — described"), the aside describing or an office, or None."""
        text = self.text
        end = back_over(text, lo, pos, " —–")
        if text.endswith(" -", max(lo, end - 2), end):
            # "President-elect Oyarzo - the first woman to win … - described …": hyphens typed for dashes
            end = back_over(text, lo, end - 1, " ")
        opening = max(text.rfind("—", max(lo, end - DESCRIBING_ASIDE_REACH), end),
                      text.rfind("–", max(lo, end - DESCRIBING_ASIDE_REACH), end),
                      text.find(" - ", max(lo, end - DESCRIBING_ASIDE_REACH), end) + 1)
        if opening <= lo:
            return None
        aside = skip_space(text, opening + 1, end)
        if not DESCRIBING_ASIDE.match(text, aside, end):
            office = phrase_starting_at(text, aside, end)
            if office is None or office.kind != "description" or not office.role:
                return None
        named = phrase_ending_at(text, lo, back_over(text, lo, opening, " "))
        if named is not None and named.start == lo and (
                named.kind == "description" and named.role or named.kind == "name" and has_honorific(named)):
            # (thirtieth hard set: "The Leader — who, as a young lawyer, had represented … — went on to say that",
            # "Sir Colm — a two-time Olympic champion …, and now an IOC Member — told reporters that": the office
            # or the styled name that opens the sentence, its subject)
            return named
        if named is None or named.kind != "name" or not (len(named.name) >= 2 or named.role) \
                or self._object_before(lo, named):
            return None
        return named

    def _comma_aside_before(self, lo: int, pos: int) -> tuple[int, int, int] | None:
        """An aside set off by a comma that ends at `pos` (spaces and commas before `pos`
        skipped): where it ends, its comma and where its words start; None without a
        comma close enough before it."""
        text = self.text
        end = back_over(text, lo, pos, " ,")
        comma = text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), end)
        if comma > lo and _comma_of_a_weekdays_date(text, lo, comma, end):
            comma = text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), comma)
        if comma <= lo:
            return None
        return end, comma, skip_space(text, comma + 1, end)

    def _named_before_office_aside(self, lo: int, pos: int) -> Phrase | None:
        """The full name before an office set off by commas that ends at `pos`, an office
        the parser reads as a name or a thing ("Bruno Castellanos, Business Manager of Local
        449,", "Adaeze Okonkwo-Reyes, President of Lumen Storage,", "Nadia Pembroke, the
        Hamilton County Executive,"), or None."""
        text = self.text
        found = self._comma_aside_before(lo, pos)
        if found is None:
            return None
        end, comma, aside = found
        if text[aside:end].isalpha() and text[aside].isupper():
            # "Wendell Oyama, Chair of the Board of Supervisors of Alder County, California,":
            # the office's place and its state
            comma = text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), comma)
            if comma <= lo:
                return None
            aside = skip_space(text, comma + 1, end)
        if not is_office_aside(text, aside, end) and not is_body_aside(text, aside, end):
            # (fourhundredninetyseventh gy_dpi persaud-us-trade-mission: "Marc Herbert, US trade delegation, thanked
            # …": the body he speaks for, set off with no office, is his as an office is)
            # "Kofi Arden, CEO, Arden Logistics, warned": a name, its office, the office's firm
            if text[aside:text.find(" ", aside, end)].lower() in PERSONAL_STYLES:
                # (hard29: "… with the President of the Commission, Ms Irene Valk, the Prime Minister, Mr Oskar Lind,
                # called for …": a person's name after the office, its holder, the subject; not a firm)
                return None
            if (holder := phrase_starting_at(text, aside, end)) is not None and holder.kind == "name" \
                    and holder.end == end and len(holder.name) >= 2 \
                    and (office := phrase_ending_at(text, lo, comma)) is not None \
                    and office.kind == "description" and office.role and office.is_person \
                    and office.text.startswith("the "):
                # (hard70: "In his goodwill message, delivered on his behalf by the Commissioner …, Mr X, the
                # Governor of Ambela State, Alhaji Y Z, thanked …": the same with a style the list does not hold, or
                # none: a name set off after its office with "the" is the holder, the subject, not an office of X's;
                # not "Kofi Arden, CEO, Arden Logistics, warned …", a bare office and its firm)
                return None
            back = text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), comma)
            if back > lo and text[back + 1:back + 2] == " " and text[back + 2:back + 3].islower() \
                    and not _a_lower_case_office(text, back + 2, comma) \
                    and (before := _office_before_its_field(text, lo, back, comma)) > lo:
                back = before  # "X, vice president, destination marketing, Saffrany Tourism Board, said": the office
                comma = text.find(",", back + 1, comma)  # (its field read as part of it)
            if back <= lo or not (OFFICE_ASIDE.fullmatch(text, aside, end) or _a_body_with_initials(text, aside, end)) \
                    or not (is_office_aside(text, office_at := skip_space(text, back + 1, comma), comma)
                            or _a_lower_case_office(text, office_at, comma)):
                return None  # (not an office: a second name, a place)
            comma = back
        named = phrase_ending_at(text, lo, comma)
        if named is None or named.kind != "name" or len(named.name) < 2 and not has_honorific(named) \
                or self._object_before(lo, named) or _NAMES_A_BODY.match(text, lo, comma):
            return None
        return named

    def _named_before_listed_portfolios(self, lo: int, pos: int) -> Phrase | None:
        """The name that opens the sentence before an office whose portfolios are listed with commas, maybe an office
        or two more after it, all set off by commas, the last closing before `pos` (hard68: "Kaspar Lindqvist, the
        Minister of Industry, Trade and Energy of Varnholt, Co-Chairman of the Commission, stressed …": his, not the
        other Co-Chairman's the readout names later); the list's tail, "Trade and Energy of Varnholt", read alone is a
        thing, so the office is read from its start (`office_with_listed_remit_before`). None if no such office."""
        text = self.text
        comma = back_over(text, lo, pos, " ,")
        for _ in range(3):
            tail = phrase_ending_at(text, lo, comma)
            if tail is not None and tail.kind == "thing" and text.endswith(", ", lo, tail.start):
                office = office_with_listed_remit_before(text, tail, lo)
                if office is None or not text.endswith(", ", lo, office.start):
                    return None
                named = phrase_ending_at(text, lo, office.start - 2)
                return named if named is not None and named.kind == "name" and not text[lo:named.start].strip() \
                    else None
            back = text.rfind(",", max(lo, comma - DESCRIBING_ASIDE_REACH), comma)
            if back <= lo or not is_office_aside(text, skip_space(text, back + 1, comma), comma):
                return None
            comma = back
        return None

    def _principal_of_a_speech_read_by_another(self, lo: int, vs: int) -> Phrase | None:
        """The person (or group) whose speech another read out, named at the sentence's opening before "in a speech
        read on his behalf by Y[, office,]" right before the speech verb at `vs` (`_SPEECH_READ_BY_ANOTHER`): the verb
        is the principal's, not the reader's ("The delegates in a statement read by Y said …": the group's, no one's).
        None unless a person's name or office, or a group, opens the sentence (capitalised words only before it:
        "Unam vice chancellor X"), ending right before " in a speech …"."""
        text = self.text
        found = _SPEECH_READ_BY_ANOTHER.search(text, max(lo, vs - 260), vs)
        if found is None:
            return None
        principal = phrase_ending_at(text, lo, found.start())
        if principal is None or principal.end != found.start() or principal.possessive \
                or not (principal.kind in ("name", "description") and principal.is_person or principal.kind == "group"):
            return None
        opening = text[lo:principal.start]
        if opening.strip() and not opening.istitle() and not self._opens_clause(lo, principal.start):
            return None
        return principal

    def _opens_clause(self, lo: int, start: int) -> bool:
        """Whether the subject at `start` opens its sentence, or follows only a fronted participle
        clause ("Thanking him, Mr Tamlin, whose government took office in June, recalled …")."""
        text = self.text
        if not text[lo:start].strip():
            return True
        return text[lo].isupper() and (_FRONTED_PARTICIPLE.fullmatch(text, lo, start) is not None
                                       or _FRONTED_REPLY.fullmatch(text, lo, start) is not None
                                       or text[lo] == "A" and _FRONTED_ASKED.fullmatch(text, lo, start) is not None)

    def _office_before_aside(self, lo: int, pos: int, spoken_before: bool = False) -> Phrase | None:
        """An office before a describing aside set off by commas that ends at `pos`, opening a
        clause after ", and " ("…, and the Vice President, a former professor of law, stressed"), or None."""
        found = self._comma_aside_before(lo, pos)
        if found is None:
            return None
        office = phrase_ending_at(self.text, lo, found[1])
        if office is None or office.kind != "description" or not office.role or office.possessive \
                or not self.text.endswith(", and ", max(lo, office.start - 6), office.start):
            return None
        if spoken_before:  # (a speech verb in the clause before: not "X, …, and the Y, …, were keen to …")
            first = bisect_left(self.verb_starts, lo)
            if first == len(self.verb_starts) or self.verb_starts[first] >= office.start:
                return None
        return office

    def _group_cue_before_aside(self, vs: int, ve: int, lo: int, pos: int) -> Cue | None:
        """A cue with no person when a group opens the clause before an aside set off by
        commas that ends at `pos`, an aside that ends with an object ("Both leaders, having
        heard the report of their ministers, stressed …", two-hundred-thirty-third NOTES): the group speaks, not
        the last speaker carried on; None with no such group ("A and B, co-founders of …")."""
        text = self.text
        found = self._comma_aside_before(lo, pos)
        if found is None:
            return None
        comma = found[1]
        group = phrase_starting_at(text, lo, comma)
        if group is None or group.kind != "group" or not self._opens_clause(lo, group.start):
            return None
        if group.end < comma:  # ("Both leaders": "Both" read alone; "The leaders of both countries")
            whole = phrase_ending_at(text, lo, comma)
            if whole is None or not (whole.kind == "group" and whole.start <= group.end
                                     or text.startswith(" of ", group.end) and whole.kind in ("group", "thing")):
                return None
        return Cue(vs, ve, group._replace(end=comma, text=text[group.start:comma]), None)

    def _office_and_name_after_semicolon(self, start: int, pos: int) -> Phrase | None:
        """The name in "[and] the Governor of X, Name," that runs from `start` (after a semicolon) to the comma
        before `pos`, the verb's position, or None."""
        text = self.text
        if text.startswith("and ", start):
            start += 4
        office = phrase_starting_at(text, start, pos)
        if office is not None and office.kind == "name" and len(office.name) >= 2 and text.startswith(", ", office.end):
            # (sixhundredfortieth jinhua_gov: "Zhu …, made a speech; Gao Yi, …, presided over the conference; and Sheng
            # Qiuping, director of the Provincial Department of Commerce, briefed the relevant work."): the name first,
            # then its office set off by commas, up to the verb
            held = phrase_starting_at(text, office.end + 2, pos)
            return office if held is not None and held.kind == "description" and held.is_person and not held.name \
                and text.startswith(",", held.end) and skip_space(text, held.end + 1, pos) == pos else None
        if office is None or office.kind != "description" or not office.is_person or not text.startswith(", ", office.end):
            return None
        named = phrase_starting_at(text, office.end + 2, pos)
        if named is None or named.kind != "name" or len(named.name) < 2 or not text.startswith(",", named.end) \
                or skip_space(text, named.end + 1, pos) != pos:
            return None
        return named

    def _description_opens_clause(self, lo: int, office: Phrase) -> bool:
        """Whether the office or description `office` opens its clause (`_opens_clause`), or follows only a fronted link
        and its comma (`opened_by_a_fronted_link`) and names someone the readout holds (`resolve_description`;
        ninehundredseventyseventh punch: "As such, the governor, a retired police general who once served as head of the
        provincial PNP, called on the police to …" after Governor X is named): the words before it are no bearer of the
        office, so the verb after its describing aside is the holder's, as it is with no link ("The governor, a retired
        police general, called on …") and as a name's is after one ("Meanwhile, X, one of …, stressed …"). An office no
        one named holds stays no one's after a link (h1093's guard: "Later, the chairman, a former banker, said …")."""
        if self._opens_clause(lo, office.start):
            return True
        if not opened_by_a_fronted_link(self.text, lo, office.start):
            return False
        holder = self.people.resolve_description(office, self.subjects)
        return holder is not None and bool(holder.names)

    def _named_before_aside(self, lo: int, pos: int) -> Phrase | None:
        """The full name before a describing aside set off by commas that ends at
        `pos` ("Ida Morn, one of the port's oldest pilots, warned"), or None."""
        text = self.text
        found = self._comma_aside_before(lo, pos)
        if found is None:
            return None
        end, comma, aside = found
        back, part, stop = comma, aside, end
        listed = False  # (an "and" part seen: a lower-case word before it may be one more item of a list)
        for _ in range(3):
            if not (text.startswith("and ", part) or text[part:stop].isalpha() and (text[part].isupper() or listed)):
                break
            listed = listed or text.startswith("and ", part)
            # "X, a home care worker from Tucson, Arizona, described", "X, a teacher from Duluth,
            # Minnesota, and the state’s Teacher of the Year, described": the aside goes on after a comma
            stop, back = back, text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), back)
            if back <= lo:
                break
            part = skip_space(text, back + 1, stop)
            if DESCRIBING_ASIDE.match(text, part, stop) or listed and _office_before_its_list(text, part, stop):
                # (fivehundredfourteenth ANTARA: "Bey Machmudin, the deputy for protocol, press, and media to the
                # presidential secretariat, said …": an office whose portfolios are a list set off by commas)
                comma, aside = back, part
                break
        if not DESCRIBING_ASIDE.match(text, aside, end):
            office = phrase_starting_at(text, aside, end)  # "David Laibson, Professor of Economics at Harvard,"
            if office is None or not office.role or office.kind != "description" \
                    and not (office.kind == "name" and " of " in office.text):
                # (two-hundred-forty-fifth 26983: "Johnson Khagazheyev, general director of the Norilsk
                # Nickel transpolar subsidiary, described …": an office of a body the parser reads as a
                # titled name, "general director of the Norilsk Nickel"; the aside's bearer still speaks)
                return None
        else:
            office = None
        kin = text.rfind(",", max(lo, comma - 40), comma)
        if kin > lo and kin_aside(text, kin + 1, comma):
            comma = kin  # (hard28: "Mr Arvid Greve, the Chair's brother, who sits on …, made no secret of": his)
        if text[comma - 1].isdigit() and (age := _AGE_BEFORE.search(text, max(lo, comma - 5), comma)):
            comma = age.start()  # ("Ahmad Razif, 49, who was sworn in as …, said …": the name before its age)
        if text[comma - 1].isupper() and (letters := _LETTERS_BEFORE.search(text, max(lo, comma - 24), comma)):
            comma = letters.start()  # (fourteenth styles bermont_cabinet: "Sen. the Hon. X, JP, who …, later told …")
        comma = _before_a_bracket(text, lo, comma)  # ("Minister X (PDP), who …, said": the name before the bracket)
        named = phrase_ending_at(text, lo, comma)
        if named is not None and named.kind == "group" and ", and " in named.text \
                and self._opens_clause(lo, named.start):
            # "Minister of Energy X, … Officer Y, and Dr. Z, Director of …, explained": a serial list of people
            # whose last one's aside is set off (`_serial_list_start` reads their offices' "of"), the group speaks
            return named
        description_opens = named is not None and named.kind == "description" and named.role \
            and self._description_opens_clause(lo, named)
        if named is not None and named.kind == "description" and named.role:
            # "Brian Stewart, CEO of The Superior Group, an electrical contractor in Ohio,": the office's bearer
            before = back_over(text, lo, named.start, " ")
            if before > lo and text[before - 1] == ",":
                bearer = phrase_ending_at(text, lo, before - 1)
                # (but not after a fronted clause, hard20: "Reciprocating the sentiments, the Zhanarian President,
                # who marks …, spoke": the office is the subject, the words before its comma no bearer)
                if bearer is not None and bearer.is_person or not description_opens:
                    named = bearer
        if office is not None and office.kind == "name" and len(office.name) >= 2 and office.end == end \
                and named is not None and named.kind == "description" and self._opens_clause(lo, named.start):
            return office  # (hard52: "The next speaker, Mayor X of Bransk, recalled …": the description, then its holder)
        if named is not None and named.kind == "description" and named.role \
                and (not named.possessive or named.role.endswith(_HONOURS)) and description_opens:
            # ("His Majesty, who has led the kingdom since 1999, noted": an honour, not "his counterpart")
            return named  # "The Arvandian guest, who has headed the government since 2018, pointed out"
        if named is None or named.kind != "name" or _NAMES_A_BODY.match(text, lo, comma) \
                and not (named.role and len(named.name) >= 2 and named.text.endswith(" ".join(named.name))):
            # (thirteenth styles ebuhleni_government: but "The Right Honourable Prime Minister X Y, who was also
            # present, later told …": an office and a full name after "The", a person, not a body's name)
            return None
        if len(named.name) < 2 and not (named.role or text.startswith("who ", aside)) \
                and not (office is not None and self._opens_clause(lo, named.start)):
            # (hard21: but "Kovar, the state secretary for foreign affairs in the office of …, agreed": a
            # surname opening its clause, an office set off after it, is the office's holder, though the
            # readout named him first only in passing)
            # (but "President Mansour, who spoke at …, said": a person, titled or a "who"; and
            # "Ro, a former trade negotiator who …, put forward": a surname the readout gave in full)
            # (eighthundredeightyfourth avapress 2022-12-08: "Afghan Voice Agency(AVA)_Monitoring, Hanafi, while
            # condemning …, pointed to …"; "Meanwhile, X, one of …, stressed": a fronted link, a day or an agency's
            # credit before the surname, which still opens its clause)
            known = self.people.match_name(named.name) if self._opens_clause(lo, named.start) \
                or opened_by_a_link_or_credit(text, lo, named.start) else None
            return named if known is not None and not known.weak and len(known.full_name) >= 2 else None
        if len(named.name) < 2 and not named.role and office is not None and office.kind == "name" \
                and " of " in office.text and not self.people.match_name(named.name):
            # (a probe of two-hundred-forty-fifth 26983: "Khagazheyev, general director of Norilsk Nickel, described
            # …", the surname alone at its first mention: the aside's office of a body is his, as it is the
            # full name's, so the readout's first mention of him makes someone new, as "Director X" would)
            return named._replace(role=office.role)
        return named

    def _reporter_after_a_clause(self, lo: int, pos: int, ve: int, hi: int) -> Phrase | None:
        """The full name set off by commas right before a reporting verb that ends its sentence ("…, X, <office>, told
        reporters after the meeting.", "…, X, a minister, said."), after a clause whose subject has a verb of its own
        (not "The President, X, an economist, said …", the subject's own apposition): the one who reports it."""
        text = self.text
        if len(text[ve:hi].split()) > 6 or " that " in text[ve:hi]:
            return None
        named = self._named_before_aside(lo, pos)
        opening = named.start if named is not None else lo
        if named is None and (held := self._name_set_off_after_its_office(lo, pos)) is not None:
            named, opening = held  # ("…, Malaysian Ambassador to Indonesia, Datuk X, said in Samarinda, Wednesday.")
        if named is None or named.kind != "name" or len(named.name) < 2 or named.start <= lo \
                or not text.endswith(", ", max(lo, opening - 2), opening):
            return None
        subject = self._sentence_subject(lo, opening)
        if subject is None or subject.end + 2 >= opening or not text.startswith(" ", subject.end) \
                or not text[subject.end + 1:subject.end + 2].islower():
            return None
        return named

    def _name_set_off_after_its_office(self, lo: int, pos: int) -> tuple[Phrase, int] | None:
        """The full name set off by commas right before the verb at `pos`, with its office set off before it
        ("…, Malaysian Ambassador to Indonesia, Datuk Zainal Abidin Bakar, said in Samarinda, East Kalimantan,
        Wednesday.", eighthundredfiftyninth voinews): the name and where its office starts, so that
        `_reporter_after_a_clause` reads the pair as it reads "…, X, <office>, told reporters." (the name first);
        None unless the office is a person's description ending right at the name's comma."""
        text = self.text
        end = back_over(text, lo, pos, " ,")
        named = phrase_ending_at(text, lo, end)
        if named is None or named.kind != "name" or len(named.name) < 2 or named.end != end \
                or not text.endswith(", ", max(lo, named.start - 2), named.start):
            return None
        office = phrase_ending_at(text, lo, named.start - 2)
        if office is None or office.kind != "description" or not office.is_person or not office.role \
                or office.end != named.start - 2 or not text.endswith(", ", max(lo, office.start - 2), office.start):
            return None
        return named, office.start

    def _reporter_before_unclosed_office(self, lo: int, pos: int, ve: int, hi: int,
                                         reached: Phrase | None) -> Phrase | None:
        """(fourhundredninetysecond miniszterelnok.hu: "… Prime Minister X had talks with …, Bertalan Havasi, the Prime
        Minister’s press chief informed the Hungarian news agency MTI.") The full name set off by a comma after a clause
        of its own, then its office with no closing comma and a reporting verb that ends the sentence: the name's
        holder reports it, as `_reporter_after_a_clause` reads the office closed by its comma; the office's own words
        ("the Prime Minister’s press chief") name no one else; but an office read whole from its "the" to the verb
        (`reached`, the phrase read back from the verb) is the clause's own subject ("In his remarks to …, H.E. Mr. X,
        the Head of State said:")."""
        text = self.text
        if len(text[ve:hi].split()) > 6 or " that " in text[ve:hi]:
            return None
        comma = text.rfind(", ", lo, pos)
        aside = comma + 2
        if comma <= lo or not text.startswith("the ", aside) or len(text[aside:pos].split()) > 14:
            return None
        if reached is not None and reached.start == aside and reached.end == back_over(text, lo, pos, " "):
            return None
        office = phrase_starting_at(text, aside, pos)
        if office is None or office.kind != "description" or not office.role:
            return None
        named = phrase_ending_at(text, lo, comma)
        if named is None or named.kind != "name" or len(named.name) < 2 or named.end != comma \
                or not text.endswith(", ", max(lo, named.start - 2), named.start):
            return None
        if not any(word.isalpha() and word.islower() and len(word) > 3 for word in text[lo:named.start].split()):
            return None  # (a clause before the name: not "Minister Y, Dario Keln, the …", a name's own apposition)
        return named

    def _known_person_after_and(self, thing: Phrase) -> Phrase | None:
        """(fourhundredeightythird cancilleria 2023-12-22: "They discussed the status of the negotiations for the
        MERCOSUR-EU Agreement and Mondino mentioned that …"): a capitalised thing (or a group so read) joined by "and" to the name of one
        the readout has named before is read as one run; the name after the last "and" opens a clause of its own
        and is the verb's subject (not "the Ministry of Trade and Industry said": no one named "Industry")."""
        text = self.text
        cut = text.rfind(" and ", thing.start, thing.end)
        named = phrase_starting_at(text, cut + 5, thing.end)
        if named is None or named.kind != "name" or named.end != thing.end:
            return None
        before = phrase_ending_at(text, thing.start, cut)
        if before is None or before.kind != "thing" or before.start != thing.start:
            return None  # ("the EU ambassadors and Mondino", "the President and X": people together)
        person = self._resolve(named, named.start)
        return named if person is not None and person.first_seen < thing.start else None

    def _subject_before_bare_participle(self, lo: int, pos: int) -> Phrase | None:
        """The person who opens the clause at `lo` when a participle phrase with no commas (`_BARE_PARTICIPLE`) is all
        that stands between him and the verb at `pos`; else None (not a possessive, "X's meeting with …")."""
        text = self.text
        bare = _BARE_PARTICIPLE.search(text, max(lo, pos - 170), pos)
        if bare is None:
            return None
        if text.startswith(",", bare.start() - 1):
            return self._name_set_off_before_bare_participle(lo, bare.start() - 1)
        named = phrase_ending_at(text, lo, bare.start())
        if named is None or named.start != lo and not _only_an_opener_before(text, lo, named.start) \
                or not named.is_person or named.kind not in ("name", "description") \
                or named.possessive or text.endswith(("'s", "’s"), lo, named.end):
            return None
        return named

    def _name_set_off_before_bare_participle(self, lo: int, comma: int) -> Phrase | None:
        """The holder's name set off after the office that opens the clause at `lo`, its closing comma at `comma` and
        a participle phrase with no comma of its own after it before the verb (ninehundredeightyfifth adomonline
        2022-03-07: "The Savannah Regional minister, Saeed Muhazu Jibril, addressing the 30 schools … urged all to
        …"): the name, as when no comma stands after it; None unless the office opens the clause, so an object set off
        after a verb ("X thanked the envoy, Y, addressing …") is no subject."""
        text = self.text
        named = phrase_ending_at(text, lo, comma)
        if named is None or named.kind != "name" or not named.is_person or named.possessive \
                or not text.startswith(", ", named.start - 2):
            return None
        office = phrase_ending_at(text, lo, named.start - 2)
        if office is None or office.kind != "description" or not office.is_person \
                or office.start != lo and not _only_an_opener_before(text, lo, office.start):
            return None
        return named

    def _joined_by_and(self, lo: int, vs: int, ve: int, phrase: Phrase) -> Cue | None:
        """A group's cue when the person `phrase`, set off before the verb by an aside,
        is the last of people joined by "and" ("Mark Cuban and Dr. Alex Oshmyansky,
        co-founders of …, discussed", "A, B, and Dr. C, Director of …, explained"):
        they speak together. The one before "and" opens the sentence or follows a
        comma, so is no object ("X thanked Ms. A, and Dr. B, …, explained": B's)."""
        text = self.text
        if text.startswith(", ", phrase.start - 2) and phrase.kind == "name":
            # (hard21: "President X of Vesland and his Koranthi counterpart, Dauren Esmet, agreed …": the
            # name set off after "his counterpart", the one joined by "and")
            # (hard59 trap: "The President of the Society, X, and the head of the delegation of the International
            # Committee of the Red Cross (ICRC) in Meriden, Y, welcomed …": the office read without its body's
            # initials and its place, the second of the pair)
            described = phrase_ending_at(text, lo, before_initials_and_place(text, lo, phrase.start - 2))
            if described is not None and described.kind in ("description", "group"):
                described = self._first_of_two_offices(lo, described) or described
            if described is not None and described.kind == "description" and described.is_person \
                    and word_back(text, max(lo, described.start - 12), described.start) is not None:
                pair = self._joined_by_and(lo, vs, ve, described)
                if pair is not None and pair.phrase is not None:
                    return Cue(vs, ve, Phrase("group", pair.phrase.start, phrase.end,
                                              text[pair.phrase.start:phrase.end]), None)
            if described is not None and described.kind == "group" and ", and " in described.text \
                    and _office_pair_set_off(described.text) and _LIST_HEAD.fullmatch(text, lo, described.start):
                # (fourhundredseventyninth fsmgov 2009-08-17: "FSMDB Chairman, Iso Nahnken Ihlen Joseph, and PIDB
                # President, Mr. Aren Palik, gave a presentation on …"): two offices each with its holder's name set off,
                # read as one group up to the second office; the name after it is the second of the two together
                return Cue(vs, ve, Phrase("group", described.start, phrase.end, text[described.start:phrase.end]), None)
            if described is not None and described.kind == "group" and " and " in described.text \
                    and self._name_after_office_and_office(lo, described):
                # (sixhundredsixth skupstinavojvodine juhasz-gojkovic: "President of the AP Vojvodina Assembly, Juhász
                # Bálint and President of the Provincial Government, Maja Gojković discussed …"): each name set off
                # after its own office, joined by "and" with no comma before it; the two together
                return Cue(vs, ve, Phrase("group", described.start, phrase.end, text[described.start:phrase.end]), None)
        if phrase.kind == "description" and text.startswith(", ", phrase.start - 2):
            # (fivehundredeightyninth kazinform nigmatulin-kahraman: "A and B, the Speaker of the Great National
            # Assembly of Turkey, discussed …"): the office set off after the second name is its holder's, the name
            # joined by "and" to the first; the two together
            holder = phrase_ending_at(text, lo, phrase.start - 2)
            if holder is not None and holder.kind == "group" and " and " in holder.text \
                    and _LIST_HEAD.fullmatch(text, lo, holder.start):
                return Cue(vs, ve, Phrase("group", holder.start, phrase.end, text[holder.start:phrase.end]), None)
        joined = word_back(text, max(lo, phrase.start - 12), phrase.start)
        if joined is not None and text[joined[0]].isupper() \
                and (body := _AND_BEFORE_A_BODY.search(text, phrase.start - 90 if phrase.start - 90 > lo else lo,
                                                       phrase.start)) is not None:
            # (the 933rd's Jordan Times: "Royal Court chief, Yousef Issawi, and Aqaba Special Economic Zone Authority
            # Chief Commissioner Nasser Shraideh, on Monday discussed …"): the second one's office read without the
            # body's name before it; "and" stands before the body
            joined = (body.start(), body.start() + 3)
        if joined is None or text[joined[0]:joined[1]].lower() != "and":
            return None
        before_and = back_over(text, lo, joined[0], " ,")
        other = phrase_ending_at(text, lo, before_and)
        if text[before_and:joined[0]].strip() == "," and (other is None or not other.is_person
                                                           or not _LIST_HEAD.fullmatch(text, lo, other.start)):
            # "A, Senior Advisor to the President and Director of …, and B, Domestic Policy Advisor,
            # welcomed …": the one before "and" set off by an office aside of its own, the two together
            other = self._named_before_own_office(lo, before_and) or other
        if other is None or other.kind not in ("name", "description") or not other.is_person:
            return None
        if not _LIST_HEAD.fullmatch(text, lo, other.start):
            return None
        return Cue(vs, ve, Phrase("group", other.start, phrase.end, text[other.start:phrase.end]), None)

    def _first_of_two_offices(self, lo: int, office: Phrase) -> Phrase | None:
        """The first of two offices of one holder when `office` is the second, joined to it by "and" with no article
        after it, the first's initials in brackets maybe (sixhundredsixtyseventh loopvanuatu: "…, Marc Ati, and the
        Deputy Prime Minister (DPM) and Minister of Internal Affairs, Ishmael Kalsakau, sent …": "the Deputy Prime
        Minister", from which `_joined_by_and` reads the pair back); or the first of the two read as one group ("the
        Deputy Prime Minister and Minister of Internal Affairs", `_two_offices_of_one`); else None."""
        text = self.text
        if office.kind == "group":
            if not _two_offices_of_one(text, office):
                return None
            first = phrase_ending_at(text, office.start, text.find(" and ", office.start, office.end))
            return first if first is not None and first.is_person else None
        if not office.is_person or not text.endswith(" and ", lo, office.start):
            return None
        end = office.start - 5
        initials = _INITIALS_IN_BRACKETS_AT_END.search(text, lo, end)
        first = phrase_ending_at(text, lo, initials.start() if initials is not None else end)
        return first if first is not None and first.kind == "description" and first.is_person else None

    def _name_after_office_and_office(self, lo: int, group: Phrase) -> bool:
        """Whether `group` ("Juhász Bálint and President of the Provincial Government") is a person's name, itself set
        off by a comma after an office that opens the clause at `lo` ("President of the AP Vojvodina Assembly, "), then
        "and" and a second office: the first of two people listed each with an office before the name (`_joined_by_and`)."""
        text = self.text
        and_at = text.find(" and ", group.start, group.end)
        left = phrase_ending_at(text, lo, and_at)
        if left is None or left.kind != "name" or left.start != group.start or not left.is_person \
                or not text.startswith(", ", left.start - 2):
            return False
        right = phrase_starting_at(text, and_at + 5, group.end)
        if right is None or right.kind != "description" or not right.is_person or right.end != group.end:
            return False
        office = phrase_ending_at(text, lo, left.start - 2)
        if office is None or office.kind != "description" or not office.is_person:
            return False
        # (the first office opens the clause, or the sentence right after its dateline's dash: "Novi Sad, 20 May- ")
        return _LIST_HEAD.fullmatch(text, lo, office.start) is not None \
            or text[lo:office.start].rstrip().endswith(("–", "—", "-"))

    def _named_before_own_office(self, lo: int, end: int) -> Phrase | None:
        """The full name that opens the clause at `lo` when an office set off by a comma follows it
        up to `end` ("Tomas Halvorsen, Senior Advisor to the President and Director of the Office of
        Public Engagement"): capitalised, no comma inside, an office's word in it; else None."""
        text = self.text
        comma = text.find(",", lo, end)
        if comma < 0 or text.find(",", comma + 1, end) >= 0:
            return None
        aside = skip_space(text, comma + 1, end)
        if aside >= end or not text[aside].isupper() \
                or not any(word.lower() in ROLE_TOKENS for word in text[aside:end].split()):
            return None
        named = phrase_ending_at(text, lo, comma)
        if named is None or named.kind != "name" or not named.is_person or len(named.name) < 2 \
                or not _LIST_HEAD.fullmatch(text, lo, named.start):
            return None
        return named

    def _object_of_giving(self, lo: int, last: tuple[int, int] | None) -> bool:
        """The word `last` before a speech verb's word, or the one before it, gives
        ("gave answers", "gave detailed answers"): the verb's word is a noun. A capitalised word of giving inside
        the sentence is a name's ("Chairman Made X says: …", a Balinese given name): the verb stays a verb."""
        text = self.text
        for _ in range(2):
            if last is None:
                return False
            if text[last[0]:last[1]].lower() in _GIVING_VERBS and (last[0] == lo or text[last[0]].islower()):
                return True
            last = word_back(text, max(lo, last[0] - 20), last[0])
        return False

    def _gives_to(self, lo: int, start: int) -> bool:
        """The word right before the phrase at `start` is a verb of giving ("provided the President
        updates", "gave the Minister assurances"): the phrase is whom something is given to."""
        word = word_back(self.text, max(lo, start - 12), start - 1)
        return word is not None and self.text[word[0]:word[1]].lower() in _GIVING_VERBS

    def _items_of_a_list_of_speakers(self, lo: int, hi: int, cues: list[Cue]) -> list[Cue]:
        """The cues of a sentence that only lists who spoke (`_LIST_OF_SPEAKERS`: "Among those who took the floor were
        the Minister …, Mr. X, who said that …, and the Deputy Minister …, Ms. Y, who urged …"), each person's words
        cut to the ", who …" clause: the person's cue opens at "who", and a cue of no one opens the list's item (after
        ", and ", "; ", ": " or the opener), so the office and the name, and the next item, are no one's (hard75; the
        gold of hard71: "received Ambassador Y, who conveyed …", the clause from "who"). `cues` as they stand when the
        sentence opens no such list."""
        text = self.text
        opener = _LIST_OF_SPEAKERS.match(text, lo, hi)
        if opener is None:
            return cues
        out: list[Cue] = []
        for cue in cues:
            phrase = cue.phrase
            if cue.person is None or phrase is None or phrase.start < opener.end() \
                    or not text.startswith(", who ", phrase.end) or cue.verb_start > text.find(",", phrase.end + 6, hi) >= 0:
                out.append(cue)
                continue
            item = max(text.rfind(", and ", opener.end(), phrase.start) + 6, text.rfind("; ", opener.end(), phrase.start) + 2,
                       opener.end())
            out.append(Cue(item, item, None, None))
            out.append(Cue(cue.verb_start, cue.verb_end, phrase._replace(start=phrase.end + 2), cue.person))
        return out

    def _cleft_cue(self, vs: int, ve: int, lo: int, who: int) -> Cue | None:
        """The person a cleft sentence puts first, "It was X who" before the speech verb (hard16:
        "It was Mr Dann who suggested a joint commission", his proposal); None if text[:who] is
        no "It was" and a person."""
        text = self.text
        phrase = phrase_ending_at(text, lo, back_over(text, lo, who, " "))
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun" \
                or _IT_WAS_BEFORE.search(text, max(lo, phrase.start - 24), phrase.start) is None:
            return None
        return self._subject_cue(vs, ve, phrase)

    def _subject_before_who(self, lo: int, pos: int, closing: bool = False) -> Phrase | None:
        """The person a relative clause with no commas follows, when text[:pos] ends
        inside that clause ("X who heads the group" + "added"); None if it does not.
        With `closing`, the clause ends in the one comma right before pos, none opening it
        (four-hundred-fifty-fourth un_int_nepal 2017-10-30: "Foreign Secretary Mr. X who is on a
        visit of New York, met with … and delivered Nepal’s statement on …")."""
        text = self.text
        reach = pos - (WHO_CLAUSE_REACH if not closing else _CLOSED_WHO_REACH)
        who = text.rfind(" who ", reach if reach > lo else lo, pos)
        comma = text.find(",", who, pos) if who >= 0 else -1
        if comma >= 0 and not closing and text[who - 1:who] == "," \
                and _PLACE_AFTER_ITS_COMMA.match(text, comma, pos) is not None \
                and text[text.rfind(" ", who, comma) + 1].isupper():
            return _opening_subject_of_unclosed_who(text, lo, who - 1)
        if who < 0 or (comma >= 0) is not closing \
                or closing and (text.find(",", comma + 1, pos) >= 0 or text[comma + 1:pos].strip()):
            return None
        if text[who - 1:who] == "," and not closing:
            return _opening_subject_of_unclosed_who(text, lo, who - 1)
        end = _before_a_bracket(text, lo, who)  # (also "X (Nickname) who …")
        if end == who and text[who - 1:who] in ("–", "—"):
            # (eighthundredthirtysixth lillydc: "Ohio Governor John Kasich (R) – who was in the crowd – says …": the
            # party in brackets before the dash that opens the aside, no part of the name either)
            dashed = back_over(text, lo, who, " –—")
            if (before := _before_a_bracket(text, lo, dashed)) != dashed:
                end = before
        phrase = phrase_ending_at(text, lo, end)
        return phrase if phrase is not None and phrase.kind in ("name", "description") else None

    def _opener_before_a_long_who_clause(self, lo: int, pos: int) -> Phrase | None:
        """The person who opens the sentence before a relative clause set off by commas that holds commas of its own
        and runs to the comma before the verb at `pos` (eighthundredfiftyfifth sunnewsonline 2021-04-29: "The governor,
        who spoke when he formally declared open for business, the Easton Hill Continental Hotel, Independence Layout,
        Enugu, built by Mike Onu from Nkanu West Local Government Area, called on …": the governor, not the hotel's
        builder nor its place, each read as an aside of its own). Only a "who" right after the opener, within
        `_OPENER_WHO_REACH` characters of the sentence's start, one "who" in the clause, no semicolon, colon or
        quotation mark in it, at most `DESCRIBING_ASIDE_REACH` characters long; None otherwise. When none opens the
        sentence, the opener may follow a fronted participle clause (`_past_a_fronted_participle`), tried second so that
        an opening name in "-ing" ("Manning, who …, said") is read as before."""
        opener = self._opener_before_a_long_who_clause_from(lo, pos)
        if opener is None and (past := self._past_a_fronted_participle(lo, pos)) > lo:
            opener = self._opener_before_a_long_who_clause_from(past, pos)
        return opener

    def _opener_before_a_long_who_clause_from(self, lo: int, pos: int) -> Phrase | None:
        """`_opener_before_a_long_who_clause` with the clause read from `lo`."""
        text = self.text
        who = text.find(", who ", lo, min(pos, lo + _OPENER_WHO_REACH))
        clause = who + 2
        if who < 0:
            # (ninehundredtwentieth hivisasa: "X who is facing a stiff challenge from A, B’s C and D (Independent),
            # said he’ll rally …"; ninehundredthirtysixth vanguard 2023-11-19: "Governor Eno who had earlier received
            # …, Uyo, assured …"): the clause's opening comma left out, its closing one kept, a comma inside it
            who = self._uncommaed_who_after_a_name(lo, pos)
            if who < 0:
                return None
        clause = who + 2 if text[who] == "," else who + 1  # (where "who" stands)
        close = back_over(text, lo, pos, " ")
        if close <= who or text[close - 1] != "," or close - who > DESCRIBING_ASIDE_REACH \
                or text.find(" who", clause + 3, close) >= 0 \
                or any(text.find(mark, who, close) >= 0 for mark in _MARKS_NO_RELATIVE_HOLDS):
            return None
        joined = text.rfind(", and ", clause + 3, close)
        if joined >= 0 and _who_clause_closes_alone(text, clause, joined) \
                and (second := phrase_starting_at(text, joined + 6, close)) is not None and second.is_person \
                and second.start == joined + 6 and second.kind in ("name", "description"):
            return None  # (hard86: "The governor, who arrived …, and the mayor, Mrs. X, said": a pair, `pair_after_a_who_clause`)
        opener = phrase_ending_at(text, lo, who)
        if opener is None or not opener.is_person or opener.kind not in ("name", "description") \
                or not _opens_the_clause(text, lo, opener):
            return None
        return opener

    def _past_a_fronted_participle(self, lo: int, pos: int) -> int:
        """Where the clause's subject starts past a participle clause that opens the sentence before `pos`, "Thanking
        him, ", "While noting that …, ", "Asked whether …, " (`_opens_clause`'s shapes and `_FRONTED_WHILE_PARTICIPLE`;
        ninehundredfortysixth tribune 2023-01-13: "While noting that Buhari was looking healthy and nice, Adeleke, who
        was elected under the ticket of the main opposition, Peoples Democratic Party (PDP), said …"); `lo` itself when
        none opens it. Cheap: a capital and a bounded match at `lo`."""
        text = self.text
        if not text[lo:lo + 1].isupper():
            return lo
        fronted = _FRONTED_PARTICIPLE.match(text, lo, pos) or _FRONTED_WHILE_PARTICIPLE.match(text, lo, pos) \
            or (_FRONTED_ASKED.match(text, lo, pos) if text[lo] == "A" else None)
        return fronted.end() if fronted is not None else lo

    def _uncommaed_who_after_a_name(self, lo: int, pos: int) -> int:
        """Where " who " stands right after a capitalised name near the sentence's start, its opening comma left out,
        when the clause holds a comma of its own before the one that closes it at `pos` (ninehundredthirtysixth vanguard
        2023-11-19: "Governor Eno who had earlier received the minister on a courtesy visit to Government House, Uyo,
        assured that …": a place set off inside the clause); -1 otherwise. A clause with its closing comma alone is
        `_subject_before_who`'s. Cheap: one bounded find of " who "."""
        text = self.text
        who = text.find(" who ", lo, min(pos, lo + _OPENER_WHO_REACH))
        if who <= lo or not text[who - 1].isalpha():
            return -1
        space = text.rfind(" ", lo, who)
        if not text[space + 1 if space >= 0 else lo].isupper():
            return -1  # (the word before " who ", the sentence's first when no space stands before it: a name's)
        close = back_over(text, lo, pos, " ")
        return who if text.find(",", who, close - 1) >= 0 else -1

    def _in_who_report(self, lo: int, vs: int) -> bool:
        """The verb at `vs`, after "and", is joined to a speech verb that opens a relative
        clause ("… with mayors and city officials who shared … and described how …"): it is
        the clause's, not the sentence subject's ("families who lost … and expressed his
        condolences": "lost" says nothing, so "expressed" is the subject's)."""
        text = self.text
        who = text.rfind(" who ", max(lo, vs - 2 * WHO_CLAUSE_REACH), vs)
        if who < 0 or any(text.find(mark, who, vs) >= 0 for mark in ",;:"):  # (find: no copy)
            return False
        k = bisect_left(self.verb_starts, who + 5)
        return k < len(self.verb_starts) and self.verb_starts[k] == who + 5

    def _event_which_cue(self, vs: int, ve: int, lo: int, hi: int, pronoun: Phrase, at_the_event: bool) -> Cue | None:
        """The press office's lead of an appointment: "X had a meeting with Y, during which he announced
        his decision to appoint him …" (fortysixth 58695, sixtyfifth 51437, seventieth 60668,
        hundrednineteenth 17660): the announced decision is the readout's news, the subject's statement,
        and the pronoun is the sentence's subject, a person named or described at its start (the
        President, not Y, the last named). Only "announced his/her decision/intention": the sets read
        other speech in such a clause ("…, during which he congratulated …", fortyfifth 53026; "…, during
        which he spoke about …", thirtyninth 72789) as narrative. No one's when the subject is no person,
        or not one the pronoun can be. An event's "at which" clause is read as its "where" clause is
        (`_attenders_cue_at_the_event`)."""
        text = self.text
        if at_the_event:
            return self._subjects_cue_in_a_relative_clause(lo, hi, vs, ve, pronoun)
        if not text.startswith("announc", vs) or not text.startswith(_DECISION_ANNOUNCED, ve):
            return None
        subject = self._head_subject(lo, hi)
        if subject is None or subject.start != lo or not subject.is_person or subject.kind in ("pronoun", "group"):
            return None
        person = self._resolve(subject, subject.start)
        if person is None or person.gender not in (None, pronoun.gender):
            return None
        return Cue(vs, ve, pronoun, person)

    def _subjects_cue_in_a_relative_clause(self, lo: int, hi: int, vs: int, ve: int, pronoun: Phrase) -> Cue | None:
        """The speech verb of a relative clause whose subject is a pronoun of the sentence's subject: an event's "at
        which" clause ("X attended the regional conference …, at which she called for …"; "In the evening she
        attended a dinner hosted by …, at which she thanked the hosts …") and "with whom he stressed …" after a
        meeting. The sentence's subject, named, described or a pronoun, speaks, as in the "where" clause the sets
        read as the subject's ("…, where she highlighted …"; the lunch "…, at which Mrs Lam expressed gratitude …").
        No one's when the subject is no single person or the pronoun cannot be that person (a "during which" clause
        stays narrative: `_event_which_cue`)."""
        subject = self._head_subject(lo, hi)
        if subject is None or not subject.is_person:
            # (fivehundredfortieth arreaza-sola: "During his visit to Mexico …, the Venezuelan diplomat has held meetings
            # …, with whom he stressed …": the subject after an opening phrase)
            subject = self._sentence_subject(lo, hi)
        if subject is None or not subject.is_person or subject.kind == "group":
            return None
        if subject.kind == "description" and self.text.startswith(", ", subject.end):
            # "The Minister of Health of X, Ms. Y, on Thursday attended …": the name set off after the office
            comma = self.text.find(",", subject.end + 2, pronoun.start)
            subject = (self._named_in_apposition(lo, comma) if comma > 0 else None) or subject
        person = self._resolve(subject, subject.start)
        if person is None or person.gender not in (None, pronoun.gender):
            return None
        return Cue(vs, ve, pronoun, person)

    def _agent_cue(self, vs: int, ve: int, phrase: Phrase) -> Cue:
        """The cue of the verb at text[vs:ve] whose speaker `phrase` names as it stands (an agent after "by",
        a subject the caller has read whole): resolved and noted as the sentence's subject, no more."""
        person = self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return Cue(vs, ve, phrase, person)

    def _addressee_before_semicolon(self, lo: int, pronoun: Phrase, clause: list[Cue] | None) -> Person | None:
        """The person the clause before the semicolon spoke to, right after its verb ("The President thanked the Prime
        Minister for …; she, in turn, invited him …"), when the pronoun after the semicolon may be that person and not
        the clause's speaker; None otherwise."""
        if not clause or clause[-1].person is None:
            return None
        text = self.text
        semi = pronoun.start - 2
        addressee = phrase_starting_at(text, skip_space(text, clause[-1].verb_end, semi), semi)
        if addressee is None or not addressee.is_person or addressee.kind == "pronoun":
            return None
        person = self._resolve(addressee, addressee.start)
        if person is None or person is clause[-1].person or person.gender not in (None, pronoun.gender):
            return None
        return person

    def _named_after_the_same_office(self, lo: int, end: int) -> Phrase | None:
        """The name that stood, earlier in the readout, right after the very words that end at `end` and open at `lo`
        or after one of the ", " between (an office spelt out through commas and repeated whole as a later subject: "HE
        Deputy Secretary, International Security, Legal and Consular Group, in the Department of … X expressed …"
        after "… met with HE Deputy Secretary, …, in the Department of … X Craig Maclachlan, who …"); None when those
        words (thirty characters or more, two commas or more in them) stood before no person's name."""
        text = self.text
        start = lo
        while end - start >= 30 and text.count(", ", start, end) >= 2:
            words = text[start:end]
            at = text.find(words + " ", 0, lo)
            if at >= 0:
                name = phrase_starting_at(text, at + len(words) + 1, min(len(text), at + len(words) + 80))
                if name is not None and name.kind == "name" and name.is_person:
                    return name
            start = text.find(", ", start, end) + 2  # (found: the loop's test counted two)
        return None

    def _subject_cue(self, vs: int, ve: int, phrase: Phrase) -> Cue:
        if phrase.kind == "description" and not phrase.name \
                and (self.text.find(",", max(0, phrase.start - 24), phrase.start) >= 0
                     or self.text.startswith(") ", phrase.start - 2)) \
                and (named := self._name_before_unclosed_office(phrase, vs)) is not None:
            phrase = named
        elif phrase.kind == "thing" and self.text.startswith(") to ", phrase.start - 5) \
                and (named := self._name_before_unclosed_office(phrase, vs)) is not None:
            phrase = named  # (the post's country after the nation's initials: "X, the Ambassador of Y(YY) to Z said")
        elif phrase.kind == "group" and " and " in phrase.text \
                and (_portfolios_of_one_office(self.text, phrase) or _two_offices_of_one_holder(self.text, phrase)) \
                and (named := self._name_before_unclosed_office(phrase, vs)) is not None:
            phrase = named  # ("X, the Bulawayo Provincial Affairs and Devolution Minister said …": one office, hers;
            # "X, Agbogbomefia of Asogli and President of the National House of Chiefs says …": two titles, his)
        elif phrase.kind == "thing" and self.text.startswith("of the ", phrase.start - 3) \
                and (represented := self._representative_of_a_bodys_noun(vs, ve, phrase)) is not None:
            return represented  # ("The representative of the embassy said …": the one named beside the embassy)
        person = self.resolve_subject(phrase) if not phrase.is_person or not _institution_of_an_office(phrase) else None
        if phrase.kind == "group" and " and " in phrase.text:
            person = self._holder_of_a_double_title(phrase)
        elif person is not None and phrase.kind == "name" and " and " in phrase.text \
                and self._first_office_anothers(phrase, person):
            return Cue(vs, ve, Phrase("group", phrase.start, phrase.end, phrase.text), None)
        if person is not None and phrase.kind == "pronoun" and self._object_named(ve, person):
            # "He, in turn, invited Mihai Voda to …" right after Voda spoke: he is not the
            # man he invites, but the subject before
            person = next((p for p in reversed(self.subjects[-50:])
                           if p is not person and p.gender in (None, phrase.gender)), person)
        if person is not None:
            if person.gender is None and phrase.kind != "pronoun":
                if self.text.startswith((" his ", " her "), ve) and (self.text[vs:ve] in _OWN_WORDS_VERBS
                                                                     or _OWN_GIFT.match(self.text, ve)):
                    # "Minister Varo expressed his gratitude": his own (a name on no list of first
                    # names: the "She" of the woman he met is not him)
                    person.gender = "m" if self.text[ve + 2] == "i" else "f"
                elif self.text.endswith(("his part, ", "her part, "), max(0, phrase.start - 10), phrase.start):
                    person.gender = "m" if self.text[phrase.start - 9] == "i" else "f"  # "For her part, Minister Lor …"
            self._note_subject(person, phrase)
        return Cue(vs, ve, phrase, person)

    def _name_before_unclosed_office(self, phrase: Phrase, vs: int) -> Phrase | None:
        """The full name that opens the sentence before `phrase`, an office in apposition after its comma whose closing
        comma was left out before the verb at `vs` (sixhundredsixtythird newsdm: "Vince Henderson, the new Permanent
        Representative of Dominica to the United Nations has informed SAT News, of …"): the name's holder speaks, not
        an unnamed holder of the office; None where the office is closed, or no name opens the sentence before it. The
        name may open its sentence right after a wire's dateline (`_name_past_a_dateline`: "Dambai (O/R), Aug. 27, GNA -
        X, Omanhene of … has reiterated appeals …")."""
        text = self.text
        if text.find(",", phrase.end, vs) >= 0:
            return None
        comma = _UNCLOSED_OFFICE_OPENING.search(text, max(0, phrase.start - 24), phrase.start)
        if comma is None and text.startswith(") ", phrase.start - 2):
            comma = _UNCLOSED_OFFICE_OPENING_BODY.search(text, max(0, phrase.start - 64), phrase.start)
        elif comma is None and text.startswith(") to ", phrase.start - 5):
            comma = _UNCLOSED_OFFICE_WITH_INITIALS.search(text, max(0, phrase.start - 96), phrase.start)
        if comma is None:
            return None
        named = phrase_ending_at(text, max(0, comma.start() - 60), comma.start())
        if named is None or named.kind != "name" or len(named.name) < 2:
            return None
        if any(dash in named.text for dash in _SPACED_DASHES):  # (a cheap test first: a dash inside the name read)
            past = _name_past_a_dateline(text, named, comma.start())
            if past is not None:
                return past
        before = text[max(0, named.start - 2):named.start]
        if named.start == 0 or before.endswith("\n") or before in (". ", "? ", "! "):
            return named
        if before.endswith((":", ": ")) and _PLACES_COLON_BEFORE.search(text, max(0, named.start - 32), named.start):
            return named  # (past a paper's place and its colon: "MBABANE:X, the … Ambassador … has announced …")
        if before[-1:] == " " and before[:1] in "-–—" and _name_past_a_dateline(text, named, comma.start()) is named:
            return named  # (past a wire's dateline: "TEHRAN, Sept 2 (IRNA) – X, Minister of … has appealed …")
        return named if before == ", " and _FRONTED_CONNECTIVE_BEFORE.search(
            text, max(0, named.start - 32), named.start) is not None else None

    def _first_office_anothers(self, phrase: Phrase, person: Person) -> bool:
        """Whether a name's phrase read as one person's two offices joined by "and", a bare office then a style and a
        surname ("Secretary General and Minister Çavuşoğlu exchanged views …", fivehundredseventysecond turkicstates
        cavusoglu), is two people: the office before "and" held by another the readout named before, the surname
        alone of one named before, and the two offices never written so before (where "Senior Advisor and
        Infrastructure Coordinator Landrieu" after "Senior Advisor and Infrastructure Coordinator Mitch Landrieu"
        stays one person, and "Deputy Prime Minister and Defence Minister Sergei Ivanov", a full name, too)."""
        if len(phrase.name) != 1 or person.first_seen >= phrase.start:
            return False
        first = phrase.text.partition(" and ")[0]
        office = phrase_opening(first)
        if office is None or office.kind != "description" or office.end != len(first) or not office.role:
            return False
        if not any(other is not person and other.names and not other.weak and other.first_seen < phrase.start
                   and any(roles_compatible(office.role, r) for r in other.roles) for other in self.people.persons):
            return False
        offices = " ".join(phrase.text[:phrase.text.rfind(" ")].split())
        return offices not in " ".join(self.text[:phrase.start].split())

    def _holder_of_a_double_title(self, phrase: Phrase) -> Person | None:
        """Who "the Deputy Prime Minister and Minister of Foreign Affairs" is: two offices joined by "and", the
        second with no article of its own, are one person's double title when the readout gave it, as written, to
        the one person named who holds both ("H.E. Mr. X, Deputy Prime Minister and Minister of Foreign Affairs, …";
        four-hundred-twenty-seventh thai_mfa 2024-04-22). "The President and Vice President", "The Secretary of State
        and Foreign Secretary" (two holders, no one given both) and "the Minister and the Ambassador" (an article
        before the second) stay two people. His Excellency's undotted or dotted style may stand before it, with or
        without "the" (sixhundredfifth, Qatar's foreign ministry: "HE Deputy Prime Minister and Minister of Foreign
        Affairs reiterated …" after "HE Deputy Prime Minister and Minister of Foreign Affairs Sheikh X met …")."""
        titled = _double_title_after_style_or_article(phrase.text)
        if titled is None:
            return None
        first, _, second = titled.partition(" and ")
        if not second[:1].isupper() or second.split(" ", 1)[0].lower() in DETERMINERS \
                or self.text.count(titled) < 2:  # (the title given once before, as written)
            return None
        first_office, second_office = phrase_opening(first), phrase_opening(second)
        if first_office is None or second_office is None or first_office.kind != "description" \
                or second_office.kind != "description" or first_office.end != len(first) \
                or second_office.end != len(second) or not first_office.role or not second_office.role:
            return None
        return self.people.sole_holder_of_both(first_office.role, second_office.role)

    def _object_named(self, ve: int, person: Person) -> bool:
        """`person` is named by name right after the verb ending at `ve` (its object)."""
        k = bisect_left(self.name_starts, ve)
        if k >= len(self.name_spans):
            return False
        start, _, named = self.name_spans[k]
        return named is person and start - ve <= 40 and not any(ch in ".;:!?“\"" for ch in self.text[ve:start])

    def _sender_of_an_opening_letter(self, lo: int, phrase: Phrase) -> Phrase | None:
        """The sender named after "a letter from" (or a message's, a telegram's, a note's) that opens the clause
        at `lo`, after at most an opening word and its comma ("Meanwhile, a letter from Mr X … indicates"), when
        `phrase`, the person right before the verb, comes after that sender; None if no such subject."""
        opening = _LETTER_FROM_OPENING.match(self.text, lo)
        if opening is None or opening.end() >= phrase.start:
            return None
        sender = phrase_starting_at(self.text, opening.end(), phrase.start)
        if sender is None or not sender.is_person or sender.kind not in ("name", "description"):
            return None
        return sender

    def _sender_of_writing(self, vs: int, ve: int, lo: int, phrase: Phrase) -> Cue | None:
        """The sender of a written text named right before its -ing speech verb (hundred-thirty-ninth:
        "he delivered a message from President Y reaffirming his personal support … and urging …", "handed
        over a letter from King Y inviting …"): the text says what its sender says, not the courier (the
        clause's subject) nor no one; None if no text and "from" come before the person."""
        if phrase.kind not in ("name", "description") or not phrase.is_person \
                or _WRITING_FROM.search(self.text, max(lo, phrase.start - 24), phrase.start) is None:
            return None
        return self._subject_cue(vs, ve, phrase)

    def _subject_after_semicolon(self, vs: int, clause: list[Cue]) -> Phrase | None:
        """The person who opens the clause after a semicolon past the clause's last cue, before a speech verb's
        participle after "while" ("X invited Y to visit Z; Y accepted the offer while assuring X that …": Y's words,
        not X's, fivehundredseventyfourth praha)."""
        semi = self.text.rfind("; ", clause[-1].verb_end, vs)
        if semi < 0:
            return None
        phrase = self._sentence_subject(semi + 2, vs)
        return phrase if phrase is not None and phrase.is_person else None

    def _subject_of_a_concessive_clause(self, lo: int, vs: int, ve: int) -> Cue | None:
        """The subject of a clause opened by ", however," or ", but" before the verb at `vs`, when that subject has a
        past verb of its own joined to it by "and" ("…, however, since then Washington has backtracked and said …"):
        its cue, the phrase opening at the turn's word so the report before ends at the comma; None otherwise."""
        text = self.text
        at = max(text.rfind(", however", lo, vs), text.rfind(", but ", lo, vs))
        turn = _CONCESSIVE_OPENING.match(text, at, vs)
        if turn is None:
            return None
        phrase = phrase_starting_at(text, turn.end(), vs)
        if phrase is None or _OWN_VERB_BEFORE_AND.fullmatch(text, phrase.end, vs) is None:
            return None
        cue = self._subject_cue(vs, ve, phrase)
        return Cue(vs, ve, phrase._replace(start=at + 2), cue.person)

    def _clause_subject(self, lo: int, pos: int, clause: list[Cue] | None) -> Cue | None:
        if clause:
            return clause[-1]
        phrase = self._sentence_subject(lo, pos)
        if phrase is None:
            return None
        person = self.resolve_subject(phrase)
        if person is None and phrase.kind == "description" and not phrase.name \
                and (held := _holder_set_off_before_the_verb(self.text, phrase.end, pos)) is not None:
            # (sevenhundredsixtieth devdiscourse: "The mediator sent to Burkina Faso by … ECOWAS, Mahamadou Issoufou,
            # on Tuesday said …"): an office no one named holds, a clause after it, then its holder's name set off by
            # commas right before the verb: the holder speaks
            phrase, person = held, self.resolve_subject(held)
        if person is not None:
            self._note_subject(person, phrase)
        return Cue(phrase.start, phrase.end, phrase, person)

    def _cue_of_opener(self, vs: int, ve: int, lo: int, end: int) -> Cue | None:
        """The cue of the person whose phrase opens the clause at `lo` and ends at `end` ("Minister X, in the presence
        of the Governor …, Y, said …": X's), or None when a group or a thing opens it ("A delegation …, in presence of
        …, Col X, raised …": the delegation's, no one's)."""
        opener = phrase_ending_at(self.text, lo, end)
        if opener is not None and opener.start == lo and opener.is_person:
            return self._subject_cue(vs, ve, opener)
        return None

    def _sentence_subject(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase a sentence is about, after any introductory phrase."""
        text = self.text
        starts = [lo]
        first = tokens(text, lo, min(hi, lo + 30))
        # "In particular, …", and participles: "Noting the situation in Tonga, the two leaders …"
        if first and (first[0][0].lower() in INTRO_WORDS or (first[0][0].endswith("ing") and len(first[0][0]) > 5)
                      or text.startswith(_IN_ALL, lo) or text.startswith(_SOON_AFTER, lo)) \
                and not _opens_with_ordinal_title(text, first):
            comma = text.find(",", lo, min(hi, lo + 200))
            if comma < 0 and first[0][0].lower() in INTRO_WORDS:
                return self._subject_after_uncommaed_opening(lo, hi)
            starts = [comma + 1] if comma > 0 else []
            if comma > 0:
                second = text.find(",", comma + 1, min(hi, comma + 200))
                if second > 0:
                    starts.append(second + 1)
                    # (fivehundredninetyseventh everychina hami: "After the visit to the … Hall, Hunan Talkweb Information
                    # System Co., Ltd. and Hunan Red Solar … Co., Ltd., Guo Lianshan was deeply impressed … and stated
                    # that …": a firm's "Co., Ltd." in the opening's list, its commas no clause's: the next comma's
                    # start too, after a comma that closes a firm's abbreviation; three more at most; not "Yesterday,
                    # A, B, and C convened …", fourhundredfortyfifth, a list of people)
                    for _ in range(3):
                        if not text.endswith(_FIRM_ABBREVIATIONS, lo, second):
                            break
                        second = text.find(",", second + 1, min(hi, second + 200))
                        if second < 0:
                            break
                        starts.append(second + 1)
                if first[0][0].lower() in _BARE_OPENING_ADVERBS or first[0][0] == "On" and len(first) > 1 \
                        and (first[1][0].lower() in MONTHS or first[1][0].lower() in WEEKDAYS):
                    # (and "On January 23 Hiroshima Mayor X visited Y, U.S. ambassador to Japan, … and asked that …",
                    # sixhundredninetyfirst hpmc 2015-01-24: a date with no comma after it, the same)
                    # (three-hundred-eighty-sixth whitehouse_2021-08-12_harris_banga_porter: "Today Vice President X
                    # spoke to Y, Executive Chairman of Z …, about … and applauded …"): an adverb with no comma after
                    # it, the first comma an aside's after the object; the subject before that comma, if a name
                    bare = self._subject_after_uncommaed_opening(lo, hi)
                    if bare is not None and bare.end < comma:
                        return bare
        elif (text.find(": ", lo, lo + 32) > lo or text.find("- ", lo, lo + 32) > lo) \
                and (place := _PLACE_BEFORE_COLON.match(text, lo, hi)) is not None:
            # (sevenhundredfifteenth, The Sentinel Assam: "Guwahati: Assam Chief Minister X met Prime Minister Y in New
            # Delhi today and apprised him …"): a paper's place and its colon before the subject; tried after the
            # sentence's first word, so a label is read as before
            starts.append(place.end())
        elif text[lo:lo + 2].isupper() and not text.startswith("discuss", hi) and text.find(": ", lo, lo + 40) > lo \
                and (place := _PLACE_AND_COLON.match(text, lo, hi)) is not None:
            # (sevenhundredeightysecond, Business Recorder: "ISLAMABAD: Governor of Sindh X Thursday called on Prime
            # Minister Y and apprised him of …"): a paper's place in capitals and its colon before the subject, as
            # "Guwahati: " above; not before "discussed", a courtesy call's talk there (styles48 "BRASKETH: … met … and
            # discussed …", hard77 "RAZABAD: … called on … and discussed …")
            starts.append(place.end())
        for start in starts:
            start = skip_space(text, start, hi)
            phrase = phrase_starting_at(text, start, hi)
            if phrase is None or phrase.kind == "thing" and phrase.text in ("who", "which"):
                continue  # ("Speaking to the crew, X, who served in the navy, said": a relative clause's)
            if phrase.kind == "thing" and phrase.text in _OWNERS_ALONE:
                continue  # (ninehundredeightyfifth adomonline 2022-03-07: "Also, Mr X, in his address, promised …": an
                # aside's owner before its noun, "address" or "remarks" read as a verb, no subject)
            if phrase.kind == "name" and text.startswith(", ", phrase.end) and first[0][0].lower() in _SUBORDINATORS \
                    and self._holder_of_an_opening_subordinate(lo, phrase):
                continue
            if looks_like_verb(self._words_after(phrase.end, hi)):
                return phrase
            if text.startswith(_PART_OF_DAY_OPENINGS, phrase.end) \
                    and (part := _PART_OF_DAY_AFTER.match(text, phrase.end, hi)) is not None \
                    and looks_like_verb(self._words_after(part.end(), hi)):
                return phrase  # ("X late in the evening called on Y and apprised him …": `_PART_OF_DAY_AFTER`)
            if text.startswith(" read ", phrase.end) and text.find(" and ", phrase.end, hi) >= 0:
                # (hard55: "Minister X read a letter from President Y and stressed that …": "read", present or past,
                # is the subject's verb when the verb asked for follows it after "and"; not "X read a message from
                # the participants: “…”", no verb of X's after it)
                return phrase
            if text.startswith(",", phrase.end) and text[phrase.end + 2:phrase.end + 3] in ("M", "m", "G") \
                    and (blessing := _BLESSING.match(text, phrase.end, hi)) is not None \
                    and (skip_space(text, blessing.end(), hi) == hi
                         or looks_like_verb(self._words_after(blessing.end(), hi))):
                return phrase  # (at `hi` the verb whose subject is asked for)
            if phrase.kind == "name" and text.startswith(",", phrase.end):
                after = self._office_aside_end(phrase.end, hi)
                if after is not None and looks_like_verb(self._words_after(after, hi)):
                    return phrase  # "Adm. Lisa Hume, Vice Chief, also joined the call and noted …"
                if text.startswith(", ", phrase.end) and text[phrase.end + 2:phrase.end + 3] in "fio" \
                        and (turn := _OWN_TURN_ASIDE.match(text, phrase.end, hi)) is not None \
                        and looks_like_verb(self._words_after(turn.end(), hi)):
                    # (sixhundredsixtysixth irna rouhani-putin: "Vladimir Putin, for his part during the phone talk,
                    # pointed to the outbreak of … and called for …": the name, its own-turn aside, then a verb that
                    # is no speech verb before the one that is, "and called for")
                    return phrase
            office_end = phrase.end
            if phrase.kind in ("description", "thing") and text.startswith(" (", office_end) \
                    and (initials := INITIALS_IN_BRACKETS.match(text, office_end, hi)) is not None:
                # (a body's name and its initials too, fivehundredsixtysixth findivpk wb-cooperation: "World Bank (WB)
                # Country Director X called on … and felicitated him …": the holder named after them)
                office_end = initials.end()  # ("Secretary General of the Organization of Islamic Cooperation (OIC), Dr X,")
                holder = self._holder_after_initials(office_end, hi)
                if holder is not None:
                    return holder
            if phrase.kind == "description" and phrase.role and text.startswith(", ", office_end):
                # (thirtieth hard set lindqvist_birthday: "The President of the Velmora Olympic Committee, Ms Rana
                # Haddad, telephoned …, and extended her greetings …"): the office, then its holder's name set off
                # by commas before the verb; the holder is the subject
                holder = phrase_starting_at(text, office_end + 2, hi)
                if holder is not None and holder.kind == "name" and (len(holder.name) >= 2 or has_honorific(holder)):
                    # (fivehundredtwentysixth cmonagaland 2017-08-30: "Chief Minister, TR Zeliang accompanied by his
                    # colleagues … today met President … and congratulated him …": the holder's closing comma left out,
                    # the verb, or a participle's aside, right after the name)
                    # (a bare name only then: not "President of the Republic, Commander-in-chief of … X will chair",
                    # a second office before the name)
                    # (sixhundredtwentyninth, the Bahamas' BIS: "Commonwealth Secretary-General, Baroness X, QC, paid a
                    # courtesy call on … and assured him …": the holder's honours' letters after the name, then its comma)
                    holder_end = past_letters(text, holder.end, hi)
                    closed = text.startswith(", ", holder_end)
                    after = (_when_and_where_aside_end(text, holder_end, hi) or holder_end + 1) if closed else holder_end
                    if closed and text.startswith(" on ", after) and (day := _ON_A_WEEKDAY.match(text, after, hi)):
                        # (eighthundredsixtyfirst menafn 2025-09-27: "General Officer Commanding-in-Chief of …,
                        # Lieutenant General X, on Saturday called on …": the day with no comma of its own)
                        after = day.end()
                    if (closed or holder.text.split() == list(holder.name)) \
                            and looks_like_verb(self._words_after(after, hi)):
                        # (fivehundredtwentysecond oic 2020-07-09: "Secretary General of the OIC, Dr X, on 9 July 2020
                        # in the capital of …, Riyadh, held a meeting with … and congratulated him …": the day and
                        # the place set off between the holder and the verb)
                        return holder
            if phrase.is_person and phrase.kind in ("name", "description") \
                    and (text.startswith(", who ", phrase.end) or text.startswith(" who ", phrase.end)):
                # (thirteenth styles upolia_press_secretariat: "Prime Minister X, who is also Minister of Foreign
                # Affairs and Trade, welcomed Y to Z and acknowledged …"): the subject before a relative aside
                # (four-hundred-fifty-fourth un_int_nepal 2017-10-30: "Foreign Secretary Mr. X who is on a visit of
                # New York, met with … and delivered …": the aside with only its closing comma, the same)
                close = text.find(",", phrase.end + 5, min(hi, phrase.end + 160))
                if close > 0 and looks_like_verb(self._words_after(close + 1, hi)):
                    return phrase
                if close > 0 and phrase.kind == "description" and text.startswith(_ALSO_ASIDES, phrase.end) \
                        and (named := text.find(",", close + 1, min(hi, close + 60))) > 0 \
                        and looks_like_verb(self._words_after(named + 1, hi)) \
                        and (holder := phrase_ending_at(text, close + 1, named)) is not None and holder.kind == "name":
                    # (hard76: "The First Deputy Prime Minister, who is also the Minister of Economy, Ms. X, presented
                    # … and said …": the aside gives the opener a second office and then his name, which is the
                    # subject, read with the office before it)
                    return holder
        if len(starts) >= 2:
            return self._office_and_holder_after_a_long_opener(starts[-1], hi)
        return None

    def _representative_of_a_bodys_noun(self, vs: int, ve: int, phrase: Phrase) -> Cue | None:
        """The cue of "The representative of the <noun> <verb> …", the subject read as the thing "the <noun>", one
        lower-case word (hard78: "The representative of the embassy said …", "The representative of the directorate
        said …"): the one person named beside the body the readout last named with that noun
        (`NameRegistry.named_for_a_bodys_noun`), as "The head of the delegation" is who led it; None when no one is
        (the sentence stays no one's, as before)."""
        text = self.text
        rep = _THE_REPRESENTATIVE_OF_BACK.search(text, max(0, phrase.start - 22), phrase.start)
        if rep is None or not phrase.text.startswith("the ") or not phrase.text[4:].isalpha() \
                or not phrase.text[4:].islower():
            return None
        person = self.named_for_a_bodys_noun(phrase.start + 4, phrase.end)
        if person is None:
            return None
        described = Phrase("description", rep.start(), phrase.end, text[rep.start():phrase.end], role="representative")
        self._note_subject(person, described)
        return Cue(vs, ve, described, person)

    def _speaker_listed_before_who(self, lo: int, who: int) -> Phrase | None:
        """(ninehundredsixth nbc 2023-01-31: "Also speaking at the event was Erongo Regional Governor Neville Andre who
        called on councillors to …") the person a sentence that only says who also spoke names, his office and name
        run on into "who" and its speech verb with no comma (`_ALSO_SPEAKING_WAS`): the clause's speaker, the whole
        sentence his; so one that only says how another's words were taken by him (ninehundredeightyfirst kenyanpost
        2021-12-23: "This did not go down well with Kingi who argued that …", `_WENT_DOWN_BADLY_WITH`); None for any
        other sentence (a named person only)."""
        text = self.text
        if text[who - 1] != " ":
            return None
        also = text.startswith("Also ", lo)
        if not also and text.find(" go down well with ", lo, who) < 0:
            return None  # (a cheap look first: only these two shapes run on into "who" with no comma)
        antecedent = phrase_ending_at(text, lo, who - 1)
        if antecedent is None or antecedent.kind != "name" or not antecedent.is_person \
                or (_ALSO_SPEAKING_WAS if also else _WENT_DOWN_BADLY_WITH).match(text, lo, antecedent.start) is None:
            return None
        return antecedent

    def _holder_of_an_opening_subordinate(self, lo: int, name: Phrase) -> bool:
        """Whether `name`, set off by commas, is the holder of the office that a subordinating conjunction opening the
        sentence takes as its clause's subject (hard70 family: "After the Mayor, Mr. X, had read the names …, the
        President of Y, Ms. Z, expressed …": X is the subject of "had read", not of the main clause, Z's)."""
        text = self.text
        if not text.startswith(", ", name.start - 2):
            return False
        office = phrase_ending_at(text, lo, name.start - 2)
        return office is not None and office.kind == "description" and bool(office.role) and office.is_person \
            and skip_space(text, text.find(" ", lo, office.start), office.start) == office.start

    def _office_and_holder_after_a_long_opener(self, after: int, hi: int) -> Phrase | None:
        """The holder of an office set off by commas, then a verb, after an opener of more than two commas (hard70:
        "Also speaking at the function, and on behalf of the Prime Minister, Hon. X, who was attending a regional
        meeting abroad, the Cabinet Secretary, Mrs. Y, presented … and conveyed …": Y, whose second verb "conveyed"
        is); asked only when the first two commas give no subject, up to four commas more. Only an office with its
        holder's name closed by a comma and a verb after it: no list of names ("Yesterday, A, B, and C convened …")."""
        text = self.text
        comma = after - 1
        for _ in range(4):
            comma = text.find(", ", comma + 1, hi)
            if comma < 0:
                return None
            office = phrase_starting_at(text, comma + 2, hi)
            if office is None or office.kind != "description" or not office.role or not office.is_person \
                    or not text.startswith(", ", office.end):
                continue
            holder = phrase_starting_at(text, office.end + 2, hi)
            if holder is not None and holder.kind == "name" and text.startswith(", ", holder.end) \
                    and looks_like_verb(self._words_after(holder.end + 1, hi)):
                return holder
        return None

    def _holder_after_initials(self, office_end: int, hi: int) -> Phrase | None:
        """The holder named right after an office's initials in brackets, with no comma, the place the office is of
        maybe between, when a verb follows the name (styles40 kherran, a Pakistani police release: "Inspector General
        of Police (IGP) Kherran Dr X met a … delegation … and promised …"): the sentence's subject; None else."""
        if not self.text.startswith(" ", office_end):
            return None
        holder = phrase_starting_at(self.text, office_end + 1, hi)
        if holder is None or holder.kind != "name" or len(holder.name) < 2 or holder.start - office_end > 16:
            return None
        return holder if looks_like_verb(self._words_after(holder.end, hi)) else None

    def _subject_after_uncommaed_opening(self, lo: int, hi: int) -> Phrase | None:
        """The subject after an opening prepositional phrase with no comma ("During her visit to Ukraine Mogherini
        took time to meet representatives of civil society and thanked them …", two-hundred-seventieth
        ukraine_visit): the first capitalised word after the opening word, read as a person's name and followed
        by a verb. After a preposition ("to Ukraine Mogherini"), only a place's name then the person's: the
        preposition takes the place, the person opens the clause; "during the talks with President X" keeps
        X its object. A date's month before its day, or a weekday, is stepped over ("On January 23 Mayor X visited … and
        asked that …"). So too an office after "the" ("In the morning the Taoiseach spoke at a Bloomberg hosted
        event.", two-hundred-seventy-sixth ireland_taoiseach_2011_cameron: the Taoiseach, the subject)."""
        text = self.text
        for word, start, end in tokens(text, lo, min(hi, lo + 80))[1:]:
            if not text[start].isupper():
                continue
            if word.lower() in MONTHS and text[end + 1:end + 2].isdigit() or word.lower() in WEEKDAYS:
                continue  # (sixhundredninetyfirst hpmc 2015-01-24: "On January 23 Hiroshima Mayor X visited … and asked
                # that …": the opening's date, its month and day, or a weekday, no name; the subject after it)
            if text.endswith(" the ", lo, start):
                office = phrase_starting_at(text, start - 4, hi)
                if office is not None and office.kind == "name" and office.country and self._object_before(lo, office):
                    return self._holder_of_another_office(office, hi)
                return office if office is not None and office.kind == "description" and office.role \
                    and not self._object_before(lo, office) and not self._object_of_verb(lo, office) \
                    and looks_like_verb(self._words_after(office.end, hi)) else None  # (not "Also flagged by the X was")
            phrase = phrase_starting_at(text, start, hi)
            if phrase is None or phrase.kind != "name" or not phrase.is_person \
                    or self._object_before(lo, phrase) and (phrase.role or phrase.country is None
                                                            or text.startswith(phrase.name[0], start)):
                return None
            return phrase if looks_like_verb(self._words_after(phrase.end, hi)) else None
        return None

    def _known_name_after_opening_place(self, lo: int, thing: Phrase, hi: int) -> Phrase | None:
        """The known person's name that ends `thing`, a place read with it after the sentence's opening preposition
        and no comma (sixhundredninetyfourth allafrica 2019-06-09: "At the Frelimo office Nyusi thanked the crowd …",
        the phrase read "the Frelimo office Nyusi"): the name alone, when one word opens the sentence before the thing
        and it is a preposition of `INTRO_WORDS`, and the name is one of a person the readout already knows; else None."""
        text = self.text
        opening = text[lo:thing.start].strip()
        if not opening or " " in opening or opening.lower() not in INTRO_WORDS:
            return None
        at = text.rfind(" ", thing.start, thing.end) + 1
        if at <= thing.start or not text[at].isupper():
            return None
        return self._known_name_filling(at, hi, thing.end)

    def _known_name_after_a_possessor(self, possessor: Phrase, pos: int) -> Phrase | None:
        """The known person's name right after a place's or a body's possessive that opens the subject (eighthundredsixth
        mtvsomali: "According to sources close to the State President, Hirshabelle’s Gudlawe complained that …"; news
        style for "Puntland’s Deni", "Ostrava’s Varro"), which the phrase reader leaves at the possessor (a run after a
        possessive is what its owner has, "the President’s Safer America Plan"): the name, when it alone fills the rest
        of the subject up to the verb at `pos` and names a person the readout knows; else None (not "Ostrava’s
        Ministry said", no person; not a thing the readout never names as a person)."""
        text = self.text
        end = pos
        while end > possessor.end and text[end - 1] == " ":
            end -= 1
        return self._known_name_filling(possessor.end + 3, end, end)

    def _known_name_filling(self, lo: int, hi: int, end: int) -> Phrase | None:
        """The name of a person the readout knows that opens at `lo` and ends at `end`, read within text[lo:hi]; else
        None (`_known_name_after_opening_place`, `_known_name_after_a_possessor`)."""
        named = phrase_starting_at(self.text, lo, hi)
        if named is None or named.kind != "name" or not named.is_person or named.end != end:
            return None
        return named if self.people.match_name(named.name) is not None else None

    def _holder_of_another_office(self, office: Phrase, hi: int) -> Phrase | None:
        """The name that ends `office`, an office of a country and a name read as one phrase after the opening's
        preposition, when the name is the clause's subject, the office its object with no comma between
        (three-hundred-ninety-fifth belarus_president_2022-02-27: "After talking to the President of Ukraine
        Aleksandr Lukashenko contacted President of Russia Vladimir Putin and suggested …"): the named person is
        known as another country's too (the run itself adds this office's country to his), and a verb follows the
        name. Else None, as before."""
        text = self.text
        at = text.rfind(" " + office.name[0] + " ", office.start, office.end)
        named = phrase_starting_at(text, at + 1, hi) if at > office.start else None
        if named is None or named.kind != "name" or named.end != office.end \
                or not looks_like_verb(self._words_after(named.end, hi)):
            return None
        person = self.people.match_name(named.name)
        return named if person is not None and not person.countries <= {office.country} else None

    def _emphatic_do(self, lo: int, hi: int) -> Cue | None:
        """The cue of an emphatic "did"/"does" before a speech verb's plain form ("The President did stress
        that …", "The Governor also did mention the problems …"): the person before it, fillers and an
        aside set off by commas skipped ("The President, however, did stress …")."""
        text = self.text
        match = _EMPHATIC_DO.search(text, lo, hi)
        if match is None:
            return None
        pos, _ = self._skip_fillers_back(lo, match.start())
        if text.endswith(",", max(lo, pos - 1), pos) and (aside := _ASIDE_BEFORE_DO.search(text, lo, pos)) is not None:
            pos = aside.start()
        phrase = phrase_ending_at(text, lo, pos)
        if phrase is None or not phrase.is_person or text[lo:phrase.start].strip() \
                and not text.endswith(",", max(lo, phrase.start - 2), phrase.start - 1):
            return None  # (the subject opens its clause: not "the letter to X did stress …")
        return self._subject_cue(match.start(), match.end(), phrase)

    def _as_stated_by(self, vs: int, ve: int, hi: int, fronted: bool = False) -> Cue | None:
        """", as stated by X." closing a sentence (hundred-seventy-second 74013: "Instead, the Russians are
        trying to force people to go to Russia …, as stated by Andriy Yermak."): a passive's agent after "as",
        the source of the sentence's words, as ", as X said" is. Only one person for the agent, the sentence
        ending after it. (Guarded by the ", as " before the participle.)
        (thirty-third ukraine_president 72557: "In particular, as noted by Minister of Infrastructure Oleksandr
        Kubrakov, at a meeting with representatives of Alstom the details … was discussed."): `fronted`, the
        clause opening the sentence (after a short opener at most), the agent then a comma, is the source too,
        as "According to X, …" is; so is one with where or when X spoke between the agent and the comma
        (four-hundred-twenty-first 2024-09-27 PGI forum: "As announced by President Biden at the 2023 G7 Summit in
        Hiroshima, the PGI Investor Forum aims to …", `_AGENT_OCCASION`)."""
        text = self.text
        by = PASSIVE_BY.match(text, ve)
        if by is None:
            return None
        phrase = phrase_starting_at(text, by.end(), hi)
        if phrase is None or not phrase.is_person:
            return None
        end = phrase.end
        if fronted and (occasion := _AGENT_OCCASION.match(text, end, hi)) is not None:
            end = occasion.end()  # "As announced by X at the summit in Y, …": the occasion is part of the source
        if not (fronted and text.startswith(", ", end)) \
                and (text[self._closing_agent_tail_end(phrase.end, hi):hi].strip(" .\"”’") or text.startswith("As ", vs - 3)):
            return None  # (not "As stated by Spokesperson X:" either, a byline before the words)
        return self._agent_cue(vs, ve, phrase)

    def _closing_agent_tail_end(self, end: int, hi: int) -> int:
        """Where the agent of a closing ", as stated by X" ends with what may follow it before the sentence's end: his
        office set off by a comma, and where or when he spoke (eighthundredseventh tpci: "Trade opportunities … are
        “historic” …, as stated by Asa Hutchinson, governor of Arkansas state in the US in a recent interview."); `end`
        itself when neither follows (a clause after the agent, "…, as stated by X, and the talks …", is no tail)."""
        text = self.text
        if text.startswith(", ", end) and (office := phrase_starting_at(text, end + 2, hi)) is not None \
                and office.kind == "description" and office.role and office.name == ():
            tail = _CLOSING_AGENT_TAIL.match(text, office.end, hi)
            return tail.end() if tail is not None else office.end
        tail = _CLOSING_AGENT_OCCASION.match(text, end, hi)
        return tail.end() if tail is not None else end

    def _progressive_subject(self, vs: int, ve: int, lo: int, auxiliary: int) -> Cue | None:
        """The cue of a speech verb's -ing form after a form of "be" that starts at `auxiliary`
        ("The President is also urging …", "Ms X was noting that …", "X has been calling for …"): the
        person before the auxiliary and its fillers, when nothing but the clause's opening is before
        him (not "the letter to Chancellor X is asking …", not "…, who was assuring …"); after a cleft of the aim,
        "It is in this direction that the Minister, Mr. X, is appealing …" (`_CLEFT_OF_A_PURPOSE`), the clause after
        its "that" is read as the sentence."""
        text = self.text
        if text[lo] == "I" and (cleft := _CLEFT_OF_A_PURPOSE.match(text, lo, auxiliary)) is not None:
            lo = skip_space(text, cleft.end(), auxiliary)
        pos, _ = self._skip_fillers_back(lo, auxiliary)
        if text.startswith("been", auxiliary):
            pos, _ = self._skip_fillers_back(lo, pos)
        phrase = phrase_ending_at(text, lo, pos)
        if phrase is None and text.startswith(", ", pos - 2):
            # (four-hundred-sixty-fifth barbados_gis douglas-farewell: "Minister of Foreign Affairs and Foreign Trade,
            # Senator Dr. X, is hoping that …"): the subject set off before the auxiliary, as before a past form
            phrase = self._subject_before_its_closing_comma(lo, pos - 2)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun" and phrase.text.lower() in ("they", "we", "i", "you"):
            return None
        joined = word_back(text, max(lo, phrase.start - 12), phrase.start)
        if joined is not None and text[joined[0]:joined[1]].lower() in _NOT_BEFORE_A_PROGRESSIVE_SUBJECT:
            return None
        return self._subject_cue(vs, ve, phrase)

    def _office_aside_end(self, comma: int, hi: int) -> int | None:
        """Where an office set off by commas after a name ends (after its closing comma):
        ", Vice Chief,", ", Vice Chief of Naval Operations,"; None if no office is."""
        text = self.text
        office = phrase_starting_at(text, skip_space(text, comma + 1, hi), hi)
        if office is None or not office.role or office.kind not in ("description", "name"):
            return None
        if office.kind == "name" and not office.text.endswith(" ".join(office.name)) \
                or office.kind == "name" and " of " not in office.text[:office.text.rfind(office.name[0])]:
            return None  # "Lisa Hume, President Ivo Kral, …": a list of people, not her office
        end = office.end
        if text.startswith(" of ", end) and (close := text.find(",", end, min(hi, end + 50))) > 0 \
                and _LOWER_BODY_OF_OFFICE.fullmatch(text, end, close) is not None:
            end = close  # (sevenhundredfortysixth china.org.cn 2008-09-25: "Hui Liangyu, deputy head of the delegation,
            # led one third of the delegates to … and encouraged …": the office's body in lower case before the comma)
        end, with_body = past_the_offices_body(text, end, hi)
        if with_body and text.startswith(" ", end) and text[end + 1:end + 2].islower():
            return end  # ("X, Additional Solicitor General (Supreme Court of India) also called on …": no closing comma)
        return end + 1 if text.startswith(",", end) else None

    def _words_after(self, pos: int, hi: int) -> list[str]:
        return WORDS_AHEAD.findall(self.text, pos, min(hi, pos + 60))

    def _adverb_before_verb(self, lo: int, pos: int, last: tuple[int, int]) -> tuple[int, tuple[int, int] | None]:
        """An "-ly" adverb (`last`) the filler list lacks, between a form of "be" and the verb ("the
        President has been continually briefed by his national security team", hundred-forty-fifth;
        "was regularly informed of …"): skipped, so the verb reads as the passive (or progressive) it is,
        not as the subject's own act. Any other word, or no "be" before it: as it was (an adverb of
        manner with no "be", "X skillfully directed the actions of …", is left alone: read as a filler
        it made a commander's act a statement, thirty-ninth's 75137)."""
        text = self.text
        be = word_back(text, max(lo, last[0] - 8), last[0])
        if be is not None and text[be[0]:be[1]] in _BE_BEFORE_ADVERB:
            relative = word_back(text, max(lo, be[0] - 8), be[0])
            if relative is not None and text[relative[0]:relative[1]].lower() in ("which", "that", "who"):
                # ("…, he stressed that …, which is constantly emphasized by President X.": a relative clause
                # inside another's report stays his, ninety-seventh's 73965; left as it was)
                return pos, last
            return last[0], be
        return pos, last

    def _word_surname(self, lo: int, last: tuple[int, int]) -> bool:
        """Whether the capitalised "May" or "Will" at `last`, right before a verb, is a surname after a first
        name (two-hundred-seventy-eighth eu_council_2016-10-21: "British Prime Minister Theresa May provided a
        short update on Brexit"), not a modal: her verb, as `phrases.WORD_SURNAMES` reads her name."""
        if self.text[last[0]:last[1]] not in WORD_SURNAMES:
            return False
        before = word_back(self.text, max(lo, last[0] - 20), last[0])
        return before is not None and surname_after_a_first_name(self.text[before[0]:before[1]],
                                                                 self.text[last[0]:last[1]])

    def _skip_fillers_back(self, lo: int, pos: int) -> tuple[int, tuple[int, int] | None]:
        """Where the words before `pos` stop being fillers ("the President also
        said"), and the last word before there (None if there is none near), which
        the caller reads next."""
        text = self.text
        verb = pos
        if text.startswith(", ", pos - 2) and text.find(" on behalf of ", pos - _PRINCIPAL_REACH if pos - _PRINCIPAL_REACH > lo
                                                        else lo, pos) >= 0 \
                and (behalf := _ON_BEHALF_OF_A_NAMED_PRINCIPAL.search(
                    text, pos - _PRINCIPAL_REACH if pos - _PRINCIPAL_REACH > lo else lo, pos)) is not None \
                and (agent := phrase_ending_at(text, lo, behalf.start())) is not None and agent.is_person:
            # (not "Receiving the items, on behalf of the Assembly, Mr Y, said …": no one before the aside, the
            # opener a participle's, and the name after it the subject; review rf17)
            pos = behalf.start()  # ("X, on behalf of the Regional Minister, Hon. Y, hinted …": X speaks, for Y)
        if text.startswith(", ", pos - 2):
            if (stray := _filler_before_stray_comma(text, lo, pos - 2)) is not None:
                pos = stray  # ("He further, emphasized the need for …": a filler and a stray comma before the verb)
            elif text.find(" in ", (near := pos - 44 if pos - 44 > lo else lo), pos) >= 0 \
                    and (posted := _POSTED_BEFORE_VERB.search(text, near, pos)) is not None \
                    and not _video_of_a_clauses_object(text, lo, posted):
                pos = posted.start()  # ("Goyal in a post on X, said …": where he wrote, then a stray comma)
            elif (aside := _address_aside_before_stray_comma(text, lo, pos - 2)) is not None:
                pos = aside  # ("Minister X in his keynote address to members of the Y, said, “…”": the address, a comma)
            elif (date := _date_before_stray_comma(text, lo, pos - 2, pos)) is not None:
                pos = date  # ("X in a press conference on Thursday, 23 February 2018, said …": the day, then a comma)
            elif _meeting_aside_before_stray_comma(text, lo, pos - 2):
                pos -= 2  # ("Governor X in his speech, urged …": the aside, then a stray comma; the loop steps over it)
            elif (gerund := _gerund_aside_before_stray_comma(text, lo, pos - 2)) is not None:
                pos = gerund  # ("X in addressing the crisis in Y, termed …": the occasion, then a stray comma)
            elif (day := day_word_before_stray_comma(text, lo, pos - 2, pos)) is not None:
                pos = day  # ("Governor, Mr. X yesterday, said …": the day word, then a stray comma)
            elif (day := _weekday_set_off_start(text, lo, pos)) is not None and not subject_may_follow(text, pos):
                pos = day  # ("X, Thursday, said …", "X, Thursday in Abuja, said …": the day set off by two commas)
        near = pos - _ISSUED_REACH if pos - _ISSUED_REACH > lo else lo
        # (the three nouns tested one by one, no generator: this runs before every verb)
        if (text.find(" statement ", near, pos) >= 0 or text.find(" release ", near, pos) >= 0
                or text.find(" communiqu", near, pos) >= 0) \
                and (issued := _ISSUED_STATEMENT_BEFORE_VERB.search(text, near, pos)) is not None:
            pos = issued.start()  # ("X in a statement issued by the … Unit said …": `_ISSUED_STATEMENT_BEFORE_VERB`)
        elif (through := _through_aide_start(text, lo, pos)) is not None:
            pos = through  # ("The Governor, through his Senior Special Assistant …, X, said: “…”": the Governor's)
        spoke_at = False  # (whether an aside of where one spoke was stepped over: "in a speech", "during the meeting")
        while True:
            # (each window's start `max(lo, …)` written out as a test: the loop runs before every verb, and the
            # builtin `max` costs ten times as much, parsing its keywords on each call)
            last = word_back(text, pos - 30 if pos - 30 > lo else lo, pos)
            if last is None:
                return pos, None
            word = text[last[0]:last[1]]
            low = word.lower()
            if low == "and" and pos < verb:
                # "has repeatedly and forcefully called": "and" between two fillers
                # (not a day before it: two-hundred-sixtieth "Deputy Secretary … Sherman met with Swedish Foreign
                # Minister Ann Linde today and discussed shared concerns …": "today" ends the clause before,
                # the verb after "and" is the sentence subject's second verb, not Linde's)
                # (only with a filler after "and" too: hard47 lirania: "Of his two guests, the former spoke first and
                # reported that …": "first" ends the clause of "spoke", and "reported" is the subject's second verb)
                before = word_back(text, max(lo, last[0] - 30), last[0])
                if before is not None and (prior := text[before[0]:before[1]].lower()) in SUBJECT_VERB_FILLERS \
                        and prior not in ("today", "yesterday"):
                    pos = last[0]
                    continue
            if pos < verb and low in SPEAKING_PARTICIPLES and word == low:
                # (hard92: "Honourable X speaking on behalf of the Speaker gave the assurance that …", "Mr. X speaking
                # at the event said …"): the participle of speaking whose aside (for whom, where, to whom) was just
                # stepped over, printed with no commas, as "X, speaking on behalf of …, gave …": the subject before it
                pos = last[0]
                continue
            if low in _IN_TURN_NOUNS or low == "part" or low == "behalf":
                # (hard23: "The Ndoran Vice President in turn gave his host …", "X in reply assured …":
                # a two-word filler with no commas, as "X, in turn, …")
                # (two-hundred-fifty-seventh 40459: "The British leader in his turn noted Mr Putin’s efforts
                # …": "his" or "her" between, and "for his part" likewise; "part" only with them)
                before = word_back(text, max(lo, last[0] - 5), last[0])
                own = before is not None and text[before[0]:before[1]] in ("his", "her")
                if own and before is not None:
                    before = word_back(text, max(lo, before[0] - 4), before[0])
                # (fourhundredninetysixth shabait: "Mr. Muller on his part said that …", the translators' "on his
                # part" as "for his part")
                # (eighthundredseventyfifth addisstandard 2024-09-12: "President Getachew on his behalf emphasized
                # the need for …": "on his behalf" with no "of" after it, the same slip for "on his part"; "on behalf
                # of …" before a verb is `_ON_BEHALF_BEFORE_VERB`'s)
                if before is not None and text[before[0]:before[1]] in (("in",) if low not in ("part", "behalf")
                                                                        else ("on",) if low == "behalf"
                                                                        else ("for", "on")) \
                        and (own or low not in ("part", "behalf")):
                    pos = before[0]
                    continue
            if low in ROLE_WORD_SET and word == low and text.endswith(" as", lo, last[0] - 1):
                # (eighthundredninetysixth jta 2017-05-08: "In November, Crivella as mayor-elect declared that …"): the
                # office the subject spoke in, "as" and one lower-case office word, with no commas, as "in turn"
                pos = last[0] - 3
                continue
            if low == "after" and text.endswith(" there", lo, last[0] - 1):
                # (sixhundredninetyfourth eagle 2020-01-14: "Ssekandi there after addressed a press conference and said
                # that …"): "thereafter" written as two words, a filler as "thereafter" is
                pos = last[0] - 6
                continue
            if low in _PERIOD_WORDS and not spoke_at and text.startswith(_PREPOSITIONS_OPENING_A_CUE, pos):
                # (eighthundredth cjonline: "A delegation … met with Gov. X last month in hopes of strengthening …"):
                # the week, month or year ends the clause before a cue that opens with a preposition, no speech verb
                # of the name before it
                return pos, last
            if low in _ASIDE_LAST_WORDS and (aside := _ASIDE_BEFORE_VERB.search(
                    text, max(lo, last[0] - (_FRONT_ASIDE_REACH if low == "front"
                                             else _SPAN_AGO_REACH if low == "ago" else 14)), pos)) \
                    and (low not in _PERIOD_WORDS or _a_name_or_pronoun_before(text, lo, aside.start())):
                # ("Among on the other hand thanked …", "X has this morning re-echoed …": `_ASIDE_BEFORE_VERB`)
                pos = aside.start()
                continue
            if word in _POSTED_LAST_WORDS and (posted := _POSTED_BEFORE_VERB.search(text, max(lo, last[0] - 36), pos)) \
                    and not _video_of_a_clauses_object(text, lo, posted):
                # ("Goyal in a post on X, said …", "X in a tweet said …": `_POSTED_BEFORE_VERB`; not the video of a
                # relative clause's object, `_video_of_a_clauses_object`)
                pos = posted.start()
                continue
            if text.startswith(" to the ", last[0] - 8) and (opens := _meeting_aside_to_listeners(text, lo, last[0] - 8)):
                # (fourhundredeightyfirst mfabt escap-ldc-special-body: "The Hon’ble Foreign Minister during his address
                # to the Group stated that …"): the same, its listeners after the noun
                pos = opens
                continue
            if text.startswith(" of the ", last[0] - 8) \
                    and (opens := _meeting_aside_to_listeners_of(text, lo, last[0] - 8)) is not None:
                # (ninehundredtwentyeighth technomag: "Minister X in his keynote address to members of the Tanzania
                # Youths on Business, said, “…”"): the same, its listeners "members of the <body>"
                pos = opens
                continue
            if low in _POLL_NOUNS and (opens := _poll_aside_start(text, lo, last[0])) is not None:
                # (eighthundredthirtyseventh aviapro: "Gutsul, elected to the post of head of Gagauzia in May 2023 …,
                # immediately after the elections announced her desire to …"): when she spoke, no subject of its own
                pos = opens
                continue
            if low in _MEETING_NOUNS and (opens := _meeting_aside_start(text, lo, last[0])) is not None:
                # (fourhundredsixtyfifth barbados_gis_2020_douglas-farewell: "Senator Walcott in their discussions
                # highlighted the strong … relationship …", "X during the meeting stressed …": when he spoke, with no
                # commas, as "in turn")
                pos = opens
                spoke_at = True  # (fx68: "Velo last week in a speech said …": the period before it no cue's)
                continue
            if (low in _EVENT_NOUNS or word in _VENUE_WORDS or low in _AUDIENCE_NOUNS) \
                    and (opens := _venue_event_or_audience_aside_start(text, lo, last)) is not None:
                # (ninehundredfourth amianan 2023-09-01: "Baguio City Mayor X before locals and guests at the Baguio
                # City Convention and Cultural Center said, “…”"): where and before whom the subject spoke, with no
                # commas, as "during the meeting" is; "X at the signing ceremony said that …" likewise
                pos = opens
                spoke_at = True
                continue
            if (pos == verb or _ONLY_LY_ADVERBS.fullmatch(text, pos, verb) is not None) and low != "and" \
                    and (behalf := text.rfind(" on behalf of ", pos - _BEHALF_REACH if pos - _BEHALF_REACH > lo
                                              else lo, last[0])) >= 0 \
                    and _ON_BEHALF_BEFORE_VERB.match(text, behalf, pos) is not None:
                # (four-hundred-seventy-fourth sierraleone_mofaic envoys-farewell-minister: "Sierra Leone’s Ambassador to
                # Germany, Dr. X on behalf of his colleague Diplomats thanked the Minister …"): for whom the subject
                # speaks, with no commas, as "X, on behalf of his colleagues, thanked …"; not when "and" stands right
                # before the verb (sevenhundredtwentyfifth montsame tsagaan sar: "President X greeted the diplomats on
                # behalf of the Prime Minister and the Speaker and said “…”": a second verb of the sentence's subject,
                # not the phrase's last word)
                pos = behalf
                continue
            reach = pos - _ATTEMPT_REACH if pos - _ATTEMPT_REACH > lo else lo
            # (one search for " in h" first, which both phrases open with: most windows hold neither)
            if text.find(" in h", reach, last[0]) >= 0 \
                    and (attempt := max(text.rfind(" in his ", reach, last[0]),
                                        text.rfind(" in her ", reach, last[0]))) >= 0 \
                    and _IN_AN_ATTEMPT_BEFORE_VERB.match(text, attempt, pos) is not None:
                # (styles45 costelana: "Dr. X in his attempt to woo Costelanan investors also said …"): the aim the
                # subject spoke for, with no commas, as "on behalf of …"
                pos = attempt
                continue
            if low in _STANDING_COPULAS and text.startswith(" committed to ", last[1]) and text.find(" of ", lo, last[0]) < 0:
                # (two-hundred-eighty-fifth 2003-05-21: "President Bush remains committed to the vision of June 24th, …":
                # one person's standing pledge, "remains" before "committed to" as "has" before it; not "The Office of
                # First Lady X remains committed to …", an office: no " of " before it in the sentence)
                pos = last[0]
                continue
            if low in _PLAIN_COPULAS and text.startswith(" committed to ", last[1]) \
                    and text.find(" of ", lo, last[0]) < 0 \
                    and (subject := phrase_ending_at(text, lo, last[0] - 1)) is not None and subject.is_person:
                # (fourhundredfortysecond 2024-04-24: "President Biden is committed to taking on hidden junk fees …":
                # one person's standing pledge, as "remains committed to"; not "…: the United States is committed
                # to …" nor "confirmed that …, the government is committed to …", inside his report)
                pos = last[0]
                continue
            if (word.isdigit() or word[0].isupper() and low in MONTHS) \
                    and (date := _DATE_BEFORE_VERB.search(text, max(lo, last[1] - 48), last[1])) is not None:
                # (fourhundredfortysixth dirco 2008-05-14: "Foreign Minister Dr X today Wednesday 14 May 2008 conveyed
                # … her deepest condolences …"): the day the subject spoke, as "today" or "on Monday" is
                pos = date.start()
                continue
            if low in _PARTS_OF_A_WEEKDAY and (day := _weekday_before_its_part(text, lo, last[0])) is not None:
                # (ninehundredthirtyfirst dailypost 2017-07-27: "Governor of Ebonyi State, Dave Umahi, on Wednesday
                # night described the recovery of …"): the part of the day after its weekday, stepped over to the
                # weekday, which the test below reads
                pos, last, word, low = day[1], day, text[day[0]:day[1]], text[day[0]:day[1]].lower()
            if word[0].isupper() and low in WEEKDAYS and text.endswith(_ON_A_DAY_AFTER_A_NAME, lo, last[0] - 1) \
                    and not (text.startswith("discussed with ", verb)
                             and _PURPOSE_AFTER_DISCUSSED_WITH.match(text, verb + 15) is not None):
                # (styles51: "The Deputy Minister of Transport and Logistics, X, on Thursday told delegates …"): the day
                # the subject spoke, after the comma that closes the name's apposition, stepped over as "today" is; not
                # before "discussed with" and a purpose (fivehundredninth petra: "Minister of Transport, X, on Tuesday
                # discussed with Yemeni Ambassador …, ways to …": a meeting's narrative, the talks of two, as "held talks
                # with"; `_PURPOSE_AFTER_DISCUSSED_WITH`), though before a topic (the 933rd's MENAFN: "Head of …, X, on
                # Thursday discussed with the European Union Ambassador …, the ASEZA's plans to …") it speaks; after a
                # bracket that closes a tag of party and state too (sevenhundredfortyfirst 9news: "Gov. Jared Polis (D-CO)
                # on Thursday said Colorado will …")
                pos = last[0] - 3 if text[last[0] - 5:last[0] - 4] not in ("e", "y") \
                    else text.rfind(" ", lo, last[0] - 4) + 1  # ("late on", "early on": from the "late")
                continue
            if word[0].isupper() and (low in WEEKDAYS or text.startswith(" in ", last[0] - 4)) \
                    and not text.startswith("discussed with ", verb) \
                    and (day := _weekday_set_off_start(text, lo, pos)) is not None:
                # (ninehundredtwentyfifth thisday 2019-01-03: "Zamfara State governor, X, Thursday in Abuja reiterated
                # …", "X, Thursday, said …"; ninehundredthirtyfirst newtelegraph 2021-02-02: "Governor of Ebonyi State,
                # Chief Dave Umahi, Tuesday said he has no rift with …", the Nigerian press's bare weekday): the day
                # after the comma that closes the subject, "on" left out, maybe its town after it, stepped over as
                # ", on Thursday" is (`_WEEKDAY_SET_OFF_BEFORE_VERB`, the one reader of the shape)
                pos = day
                continue
            if low not in _FILLERS_STEPPED_BACK or word[0].isupper():
                reach = pos - _SPOKE_AT_REACH if pos - _SPOKE_AT_REACH > lo else lo
                # (the two openings tested one by one, no generator: this runs where the loop stops, at every verb)
                if (text.find(" in h", reach, last[0]) >= 0 or text.find(" during h", reach, last[0]) >= 0) \
                        and (event := _SPOKE_AT_EVENT_BEFORE_VERB.search(text, reach, pos)) is not None \
                        and _event_aside_after_the_opener(text, lo, event):
                    # ("X, in his keynote address at the swearing in of the … Council on Wednesday praised …":
                    # `_SPOKE_AT_EVENT_BEFORE_VERB`)
                    pos = event.start()
                    continue
                return pos, last
            if low in _BACK_ONLY_FILLERS and _object_of_a_preposition(text, lo, last[0]):
                return pos, last  # ("A report prepared for Minister Belo meanwhile said …": no subject of the verb)
            pos = last[0]

    def _skip_fillers_forward(self, pos: int, hi: int) -> int:
        text = self.text
        while pos < hi:
            match = _NEXT_WORD.match(text, pos, hi)
            if match is None:
                return pos
            if match.group(1).lower() in SUBJECT_VERB_FILLERS:
                pos = match.end()
                continue
            return match.start(1)
        return pos


def _meeting_aside_to_listeners(text: str, lo: int, to: int) -> int | None:
    """Where "during his address", "in his remarks" that ends right before " to the <listeners>" (at `to`) starts
    ("The Foreign Minister during his address to the Group stated …"), else None."""
    noun = word_back(text, max(lo, to - 16), to)
    if noun is None or text[noun[0]:noun[1]].lower() not in _MEETING_NOUNS:
        return None
    return _meeting_aside_start(text, lo, noun[0])


_LISTENERS_OF = re.compile(r" to (?:the )?(?:[a-z]+ )?[a-z]+s\Z")
"""The listeners before " of the <body>" an address was given to ("to members", "to the senior officials"), read back
from " of the " (`_meeting_aside_to_listeners_of`): a plural noun, maybe a determiner and one word before it."""
_LISTENERS_OF_REACH = 32
"""How far back from " of the " the listeners' "to" may stand."""


def _meeting_aside_to_listeners_of(text: str, lo: int, of: int) -> int | None:
    """Where "in his address to members of the <body>" starts, read back from " of the " at `of` ("Minister X in his
    keynote address to members of the Youth Council, said …"), else None: the plural before "of" is the address's
    listeners, not the verb's subject (a group), as "during his address to the Group" (`_meeting_aside_to_listeners`).
    Bounded: one anchored match in the `_LISTENERS_OF_REACH` characters before `of`."""
    listeners = _LISTENERS_OF.search(text, of - _LISTENERS_OF_REACH if of - _LISTENERS_OF_REACH > lo else lo, of)
    return None if listeners is None else _meeting_aside_to_listeners(text, lo, listeners.start())


def _address_aside_before_stray_comma(text: str, lo: int, comma: int) -> int | None:
    """Where an address aside with no opening comma starts when it ends right before the stray comma at `comma`
    (ninehundredtwentyeighth technomag: "Minister X in his keynote address to members of the Tanzania Youths on
    Business, said, “young people are …”"; "X during his address to the Group, stated …"): "in/during his address"
    with its listeners "to the Y" or "to members of the Y" (`_meeting_aside_to_listeners`,
    `_meeting_aside_to_listeners_of`), as "X in a post on Y, said" is read; else None. Not when a comma opens the aside
    too ("X, in his address to the Y, said": read already)."""
    near = comma - _BODY_REACH if comma - _BODY_REACH > lo else lo
    # (cheap tests first, this runs before every verb after a comma: " to ", then a meeting noun right before a " to ")
    if text.find(" to ", near, comma) < 0 or _MEETING_NOUN_THEN_TO.search(text, near, comma) is None:
        return None
    body = _BODY_BEFORE_COMMA.search(text, near, comma)
    if body is None:
        return None
    if body.group(1) == "to":
        opens = _meeting_aside_to_listeners(text, lo, body.start())
    else:
        opens = _meeting_aside_to_listeners_of(text, lo, body.start())
    return None if opens is None or text.startswith(",", opens - 2) else opens


_MEETING_NOUN_THEN_TO = re.compile(r"(?i:" + "|".join(sorted(_MEETING_NOUNS)) + r")\W{1,3}to ")
"""A meeting noun (`_MEETING_NOUNS`) right before " to ": what an address aside to its listeners must hold, the cheap
test of `_address_aside_before_stray_comma` after " to " (hr64: most verbs after a comma have a " to " near, few an
address's noun before it)."""
_BODY_BEFORE_COMMA = re.compile(r" (to|of) the (?:[a-z]+|[A-Z][\w’'-]*(?: (?:[A-Z][\w’'-]*|on|of|and|for|&)){0,7})\Z")
"""The listeners' body an address aside ends with, right before a stray comma: "to the <body>" or "of the <body>", the
body one lower-case word ("the council") or a capitalised name of up to eight words with its links ("the Tanzania Youths
on Business") (`_address_aside_before_stray_comma`)."""
_BODY_REACH = 90
"""How far back from the comma "to the" / "of the" may stand."""


_POLL_NOUNS = frozenset({"election", "elections", "vote", "polls", "referendum", "inauguration"})
"""The nouns of a vote that a time aside after a subject ends with, no commas ("X after the elections announced …",
"X since his election has stressed …"): the aside's poll is never the verb's subject (`_poll_aside_start`)."""
_POLL_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "this", "that", "last"})
_POLL_ADJECTIVES = frozenset({"presidential", "parliamentary", "general", "local", "regional", "national", "recent"})
_POLL_OPENERS = frozenset({"after", "before", "since", "following"})


def _poll_aside_start(text: str, lo: int, noun: int) -> int | None:
    """Where "after the elections", "since her election", "following the presidential vote" that ends with the poll
    noun at `noun` starts (one of `_POLL_OPENERS`, a determiner, maybe an adjective of `_POLL_ADJECTIVES`), else None:
    a time between a subject and its verb, as "after the meeting" is (`_meeting_aside_start`)."""
    owner = word_back(text, max(lo, noun - 14), noun)
    if owner is not None and text[owner[0]:owner[1]] in _POLL_ADJECTIVES:
        owner = word_back(text, max(lo, owner[0] - 7), owner[0])
    if owner is None or text[owner[0]:owner[1]] not in _POLL_DETERMINERS:
        return None
    opener = word_back(text, max(lo, owner[0] - 10), owner[0])
    return opener[0] if opener is not None and text[opener[0]:opener[1]].lower() in _POLL_OPENERS else None


def _meeting_aside_start(text: str, lo: int, noun: int) -> int | None:
    """Where "in their discussions", "during the meeting", "after the meeting", "in the talks" that ends with the
    meeting noun at `noun` starts (a determiner, then "in", "during", "at" or "after" before it), else None."""
    owner = word_back(text, max(lo, noun - 13), noun)
    if owner is not None and text[owner[0]:owner[1]] == "same":
        # (ninehundredninetyninth namibianewsdigest 2020-06-02: "Uerikua at the same meeting stated that …"): the
        # meeting told before, "the same" one; only "the" before "same"
        owner = word_back(text, max(lo, owner[0] - 5), owner[0])
        return _meeting_aside_opener(text, lo, owner, noun) if owner is not None \
            and text[owner[0]:owner[1]] == "the" else None
    if owner is not None and text[owner[0]:owner[1]] in _ASIDE_ADJECTIVES:
        # (hard55: "Governor X in an impromptu remarks thanked …", "The Governor in his closing words wished …": the
        # remarks' adjective between the determiner and the noun)
        owner = word_back(text, max(lo, owner[0] - 7), owner[0])
    if owner is None or text[owner[0]:owner[1]] not in ("the", "their", "his", "her", "these", "this", "that", "an", "a"):
        return None
    return _meeting_aside_opener(text, lo, owner, noun)


def _meeting_aside_opener(text: str, lo: int, owner: tuple[int, int], noun: int) -> int | None:
    """Where a meeting aside whose determiner is at `owner` and noun at `noun` opens: the preposition before the
    determiner ("in", "during", "at", "after"; "on" for "occasion"), else None (`_meeting_aside_start`)."""
    opener = word_back(text, max(lo, owner[0] - 8), owner[0])
    # (sevenhundredtenth presidentksgov 2011: "the Mayor of Tirana Mr. Rama after the meeting said: “…”": when he
    # spoke, "after" it as "during" it)
    openers = ("in", "during", "at", "on") if text.startswith("occasion", noun) else ("in", "during", "at", "after")
    return opener[0] if opener is not None and text[opener[0]:opener[1]] in openers else None


_EVENT_NOUNS = frozenset({"ceremony", "ceremonies", "event", "reception", "forum", "summit", "launch", "launching",
                          "celebration", "gathering", "dinner", "luncheon", "banquet", "rally", "function", "programme",
                          "program", "gala", "festival", "symposium", "seminar", "workshop"})
"""The nouns of an event "at the <event>" names between a subject and its verb ("X at the signing ceremony said …"),
with one word before the noun at most (`_venue_event_or_audience_aside_start`); not the talks' and remarks' nouns,
which `_MEETING_NOUNS` reads."""
_EVENT_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "his", "her", "their"})
"""The determiners of an event aside's noun ("at the ceremony", "during his reception")."""
_VENUE_WORDS = frozenset({"Center", "Centre", "Hall", "Hotel", "Palace", "Auditorium", "Stadium", "Plaza", "Theatre",
                          "Building", "Theater", "Gymnasium", "Museum", "Residence", "Arena", "Pavilion"})
"""The capitalised last words of a building's name "at the <Name>" names between a subject and its verb ("X at the Velmar
Convention Center said …", "X at City Hall said …")."""
_VENUE_NAME_LINKS = frozenset({"and", "of", "de", "&"})
"""Lower-case words inside a building's name ("Convention and Cultural Center", "Palace of Culture")."""
_VENUE_NAME_REACH = 8
"""How many words a building's name before its last word holds at most."""
_AUDIENCE_NOUNS = frozenset({"crowd", "audience", "locals", "guests", "delegates", "participants", "attendees",
                             "reporters", "journalists", "students", "residents", "visitors", "supporters",
                             "dignitaries", "lawmakers", "legislators"})
"""The nouns of those an audience aside "before <listeners>" names between a subject and its verb ("X before locals and
guests said …")."""
_AUDIENCE_BEFORE = re.compile(r"\bbefore\s+(?:(?:the|a|an|some)\s+)?(?:[a-z]+\s+)?(?:" + "|".join(sorted(_AUDIENCE_NOUNS))
                              + r")(?:\s+and\s+(?:[a-z]+\s+)?(?:" + "|".join(sorted(_AUDIENCE_NOUNS)) + r"))?\Z")
"""An audience aside ending at the noun: "before", maybe a determiner and one word, the listeners, maybe "and" other
listeners (`_venue_event_or_audience_aside_start`)."""
_AUDIENCE_REACH = 60
"""How far back from its last noun an audience aside may open."""
_RELATIVE_REACH = 100
"""How far back from an aside's last word a "who" makes the name before the aside a relative clause's object."""


def _venue_event_or_audience_aside_start(text: str, lo: int, last: tuple[int, int]) -> int | None:
    """Where an aside of where or before whom a subject spoke starts, when it ends with the word at `last` right before
    the verb, no commas: "at the signing ceremony" (one of `_EVENT_NOUNS`, at most one word between it and its determiner,
    "at" or "during" before), "at the Velmar Convention Center" / "at City Hall" (a building's capitalised name ending in
    one of `_VENUE_WORDS`, "at" or "at the" before), "before locals and guests" (`_AUDIENCE_BEFORE`); else None. Read
    from the verb back, as `_meeting_aside_start` reads "during the meeting"; the word before the aside is then read as
    the subject's end, so "X met Y at the reception and said …" is not changed ("and" is read first)."""
    word = text[last[0]:last[1]]
    if text.find(" who ", lo if last[0] - _RELATIVE_REACH < lo else last[0] - _RELATIVE_REACH, last[0]) >= 0:
        return None  # ("X, who represented Y at the farewell reception said …": Y the relative clause's object)
    if word in _VENUE_WORDS:
        start, count = last[0], 0
        while count < _VENUE_NAME_REACH:
            prior = word_back(text, lo if start - 24 < lo else start - 24, start)
            if prior is None:
                return None
            name_word = text[prior[0]:prior[1]]
            if not (name_word[0].isupper() or name_word in _VENUE_NAME_LINKS):
                break
            start, count = prior[0], count + 1
        else:
            return None
        if name_word == "the":
            prior = word_back(text, lo if prior[0] - 6 < lo else prior[0] - 6, prior[0])
            if prior is None:
                return None
        return prior[0] if text[prior[0]:prior[1]] == "at" and text[start - 1] == " " else None
    low = word.lower()
    if low in _EVENT_NOUNS and word == low:
        owner = word_back(text, lo if last[0] - 16 < lo else last[0] - 16, last[0])
        if owner is not None and text[owner[0]:owner[1]].isalpha() and text[owner[0]:owner[1]].islower() \
                and text[owner[0]:owner[1]] not in _EVENT_DETERMINERS:
            owner = word_back(text, lo if owner[0] - 8 < lo else owner[0] - 8, owner[0])
        if owner is None or text[owner[0]:owner[1]] not in _EVENT_DETERMINERS:
            return None
        opener = word_back(text, lo if owner[0] - 8 < lo else owner[0] - 8, owner[0])
        return opener[0] if opener is not None and text[opener[0]:opener[1]] in ("at", "during") else None
    if low in _AUDIENCE_NOUNS and word == low:
        found = _AUDIENCE_BEFORE.search(text, lo if last[0] - _AUDIENCE_REACH < lo else last[0] - _AUDIENCE_REACH,
                                        last[1])
        return found.start() if found is not None else None
    return None


_EXCELLENCY_STYLES = ("HE ", "H.E. ", "His Excellency ", "Her Excellency ")
"""His or Her Excellency's style before an office, undotted or dotted (`_double_title_after_style_or_article`)."""


def _double_title_after_style_or_article(text: str) -> str | None:
    """The double title a phrase "the X and Y" or "HE [the] X and Y" holds, its article and style cut ("HE Deputy Prime
    Minister and Minister of Foreign Affairs": "Deputy Prime Minister and Minister of Foreign Affairs"); None for a
    phrase with neither (a bare "X and Y" may be two people)."""
    styled = text.startswith(_EXCELLENCY_STYLES)
    if styled:
        text = text.split(" ", 2 if text.startswith(("His ", "Her ")) else 1)[-1]
    if text[:4] in ("the ", "The "):
        return text[4:]
    return text if styled else None
