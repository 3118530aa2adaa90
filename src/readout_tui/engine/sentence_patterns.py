"""Patterns and small tests of a sentence's words that several parts of the Attributor
share, and the records of a cue and a statement found."""
from __future__ import annotations

import re
from dataclasses import dataclass

from readout_tui.engine.lexicon import (
    ALL_SPEECH_VERBS, MONTHS, NARRATIVE_VERBS, NATIONALITIES, NON_PERSON_WORDS, OPENING_PREPOSITIONS, ROLE_WORD_SET,
    SUBJECT_VERB_FILLERS, WEEKDAYS,
)
from readout_tui.engine.people import Person
from readout_tui.engine.phrases import Phrase, without_possessive
from readout_tui.engine.quotes import Quote
from readout_tui.engine.text_steps import skip_space


DONE_BY_A_BODY = re.compile(r"\b(?:will|would|is|are|was|were)\s+(?:be|being|been)\s+[a-z]+(?:ed|en|t)(?:\s+(?:out|up))?\s+by\s+the\s+"
                             r"(?:[A-Z][\w’'-]*\s+)*(?:Ministry|Government|Agency|Service|Forces)\b")
"""A passive whose agent is a state body ("The deliveries will be carried out by the Defence Ministry
using …", hundred-fifty-fourth 63048): the readout tells what that body is to do, no one speaks on."""
EVENT_ORGANISED = re.compile(
    r"(?:The|This|That)\s+(?:[\w’'-]+\s+){0,2}?(?:seminar|conference|forum|workshop|meeting|event|session|ceremony|"
    r"exhibition|festival|reception|roundtable)\s+(?:was|were)\s+(?:also\s+)?(?:jointly\s+)?(?:co-)?"
    r"(?:organi[sz]ed|hosted|arranged|sponsored)\s+by\b")
"""'The seminar was organised by the Nordic Council of Ministers’ office in Estonia and the four Nordic embassies …'
(fivehundredfortyseventh norden.ee, after "X emphasised …" and the seminar X opened): who organised or hosted the event,
the readout's own account, as a passive with an office or a body for its agent is (`DONE_BY_A_BODY`); no report goes on in it
(reported_speech `_continues`, carrying_on `_goes_on_reporting`)."""


PROGRAMME_TOLD = re.compile(
    r"(?:An?|The|This|Its)\s+(?:[\w’'-]+\s+){0,2}?(?:celebration|festival|festivities|exhibit|exhibition|fair|parade)"
    r"\b[^.;:!?“”\"]{0,280}?\s(?:will|shall)\s+(?:also\s+|then\s+|later\s+)?"
    r"(?:culminate|open\s+with|close\s+with|end\s+with|kick\s+off|be\s+(?:unveiled|opened|held|staged|launched|mounted))\b")
"""A festival's, a celebration's or an exhibit's programme, told ahead (eighthundredninetyfirst philippinesnewsgazette
2023-05-09, after "Mayor X welcomed the city's hosting of the Friendship Day which he said will be "…"": "An exhibit
featuring sketches of … will be unveiled in the afternoon of May 19.", "The celebration will culminate with a Friendship
Day Festival … on May 21 …"): the event's own item as the writer sets it out, not the speaker's report carried on, as
"The event will …" is (carrying_on `_NARRATIVE_HEADS`); only the verbs of a programme's item (opens, closes,
culminates, is unveiled or held), so "The festival will boost tourism", a claim, still goes on. No quotation mark
before the verb, so a quoted sentence is never one."""


def programme_told(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] sets out an item of a festival's, a celebration's or an exhibit's programme ahead (`PROGRAMME_TOLD`:
    "An exhibit featuring … will be unveiled in the afternoon of May 19."): the readout's account of the event, never a
    report carried on, right after a statement (reported_speech `_continues`), after one paragraph's report
    (carrying_on `_goes_on_reporting`) or between two statements of one person (carrying_on `_carry_on`). The cheap
    tests first: the sentence's first letter and " will " or " shall " in it."""
    return text[lo] in "ATI" and (text.find(" will ", lo, hi) >= 0 or text.find(" shall ", lo, hi) >= 0) \
        and PROGRAMME_TOLD.match(text, lo, hi) is not None


HOW_MANY_ATTENDED = re.compile(
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}?,\s+)?[Tt]here\s+(?:were|was|had\s+been)\s+(?:also\s+)?"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|up\s+to\s+|"
    r"approximately\s+)?(?:\d[\d,]*|[a-z]+(?:-[a-z]+)?)\s+(?:participants|attendees|guests|people|persons|visitors|"
    r"delegates)\s+(?:at|in|during|for)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:meeting|event|presentation|"
    r"reception|ceremony|conference|session|seminar|forum|talks|workshop|exhibition)\b")
"""'There were more than forty participants at the meeting.' (sixhundredsixth vojvodinahouse norwegian-office, after
Novikov's quotation and "said Predrag Novikov"): how many attended, the readout's own account of the event (as
carrying_on `_PRESENT_AT_THE_EVENT`), no report carried on into it; not 'There were forty victims in the region', which a report
may tell of (reported_speech `_continues`, carrying_on `_goes_on_reporting`)."""
ACCORDING = re.compile(r"\b(?:[Aa]ccording to\s+|According\s+(?=(?:him|her)\b|the\s|[A-Z])|Per\s+(?=the\s)"
                       r"|To\s+quote\s+)")
"""'According to X, …' and its US newsroom form 'Per the Vice President, …' (hard16, hard17; only
before "the": "Per Sørlie", "Per Stenberg" are first names; "Per capita" names no person); 'To quote X, …' opening
the sentence (hard31: "To quote the Brevian president, the two federations "have more in common …""), X's account as
'According to X' (not "to quote" inside a clause: there the clause's subject quotes another). A paper's slip drops the
"to" after a capitalised "According" (ninehundrednineteenth pulse 2019-12-03: "According her, there are many British
citizens residing in Plateau who …"; ninehundredfifteenth modernghana 2016-11-04: "According the War Lord of Asogli,
Togbe X, although …"): the same source, read so only before "him", "her", "the" or a capitalised word (no "According
as …"; the lower-case word inside a clause keeps its "to")."""
OPINION = re.compile(
    # (hard23: "To the President's mind, the agenda … is …": her view, as "In her view"; "To" only before "mind")
    r"\b(?:[Ii]n|To(?=\s[^,;.]{2,70}?\smind\b))\s+(his|her|the\s+[\w’' -]{2,60}?(?:’s|'s)"
    # ("Mirvala and Lumbria, in Stepan Vorel's words, share …", "in Mr Zamel's words": a name's, as "the
    # President's"; its owner must be a person, `_opinions`, so not "in Russia's view")
    r"|(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:’s|'s)))"
    r"\s+(?:opinion|view|words|assessment|estimation|judgement|judgment|mind)\b"
)
OPINION_OF = re.compile(
    r"\b[Ii]n\s+(?:the\s+(?:opinion|view|words|assessment|estimation|judgement|judgment)"
    # (eighthundredthirtyfourth bashinform 2011-02-15: "In opinion of Paul Ipatov the economics of two regions have much
    # in common."): a translation's "По мнению X" with no article, "opinion" only (not "in view of the fact", a cause)
    r"|opinion)\s+of\s+(?=\S)"
)
APPOSITIVE_HEAD = re.compile(r"(?:,|[—–]|\s-)\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:initiative|idea|proposal|project|step|"
                              r"move|decision|plan|measure|gesture|effort|achievement|contribution|offer|appeal|event)"
                              r"\s+(?:(?:for|of|about|on|to|with)\s+)?which\s*\Z")
"""A noun set off after a clause and the "which" of its relative clause, right before the clause's subject
(", an initiative for which ", " — a project which "): the relative clause may be one person's speech."""
PASSIVE_BY = re.compile(r"\s+(?:(?:in\s+(?:detail|full|depth|person)|at\s+length|fully|thoroughly|briefly|separately|"
                        r"personally)\s+)?"
                        # (sixhundredninetysixth moldovalive nato_foreign_ministers: "The formal meeting … was announced
                        # in April by Minister X": when, a month, a weekday or a year, between the participle and "by")
                        r"(?:(?:in|on)\s+(?:" + "|".join(sorted(day.capitalize() for day in MONTHS | WEEKDAYS))
                        + r"|[12]\d{3})\s+|"
                        r"(?:last|this)\s+(?:week|month|year)\s+)?"
                        r"(?:(?:on|out|up|forward|forth|clear|plain|known)\s+)?"
                        r"(?:(?:to|with|upon)\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,3}?)?by\s+")
"""A passive's agent after its verb, a phrasal verb's particle maybe between ("Warm wishes … were passed on
by the President to …", "It was pointed out by the Minister that …"), or its listener (hard23: "a
congratulatory message had been sent to the Prime Minister by the President", "The plan was presented to
the envoys by Ambassador X"), or whom it was taken up with (hard27: "The question of … was raised with the
Secretary General by the President"), or upon whom it was impressed (hard29: "It was impressed upon the Board by
General Rask that …"): a listener of a few words; "made clear / plain / known" the participle of a speech ("It was made
plain by His Holiness that …", hard29); a manner phrase maybe right after the participle (three-hundred-thirty-first
japan mofa press4e_002421: "Foreign Minister Kono was briefed in detail by Secretary of State Pompeo on …", "was briefed
fully by …"); when it was said maybe right after the participle ("was announced in April by …", "was proposed last
week by …")."""
INTRO_WORDS = frozenset(
    """for in on during after before regarding at according following earlier today
    later also separately lastly additionally furthermore moreover however meanwhile
    discussing talking as when while to with within throughout besides concerning
    speaking turning first second third finally then thus therefore hence in addition
    firstly secondly thirdly fourthly
    yesterday tomorrow overall similarly likewise nevertheless accordingly since upon
    despite amid against given under over through by from after""".split()
    # (ninety-fifth: "Next, the head of state focused on …, noting that …": the next point of a summary, as "Later, …")
    + ["next"]
    # (hundred-fifty-ninth 60171: "Owing to these measures, the region overcame …", "Due to …, the President …": a
    # compound preposition opening the sentence, its subject after the comma)
    + ["owing", "due"]
    # (three-hundred-forty-fourth kremlin_55046: "Previously, the centre worked in close contact with the Federal Drug
    # Control Service …" after a report: a body's earlier act, as "To date, federal agencies have …"; EARLIER lists it)
    + ["previously"]
    # (two-hundred-eightieth 54277 / 54285: "Together with the university, the plant is working to establish …",
    # "Jointly with Gazprom, the region is carrying out …": a partner put first, the subject after the comma)
    + ["together", "jointly"]
    # (hard47 lirania: "Of his two guests, the former spoke first and reported that …": the whole the subject is one of,
    # put first, the subject after the comma, as "Of course, …")
    + ["of"]
    # (fourhundredfortysixth dirco 2015-03-10: "Amongst the issues discussed during the meeting, Deputy Minister X conveyed
    # …": the share of a whole put first, its participle no one's cue, the subject after the comma, as "Of his two guests")
    + ["among", "amongst"]
    # (sixhundredfortieth zj_gov haixi: "Especially in recently years, Zhejiang has established …" in a governor's report:
    # an adverb of focus opening the sentence, no name; the subject after its phrase's comma)
    + ["especially", "particularly"]
    + OPENING_PREPOSITIONS  # ("Throughout the year, …", "Apart from this, …")
)
NOBODYS_LABEL = re.compile(r"(?:(?:Questions?|Remarks?|Reply|Replies|Comments?|Voices?)"
                            r"(?: from the (?:audience|floor|hall)"  # ("Remark from the audience:", "Voices from the audience:")
                            r"| from (?:the )?[A-Z][\w’'.&-]*(?: [A-Z][\w’'.&-]*){0,3})?"  # ("Question from Reuters:",
                            # styles12 islandia_government: a journalist of an outlet, unnamed)
                            r"|Moderator|MODERATOR|Operator|OPERATOR|Journalist|JOURNALIST|Reporter|REPORTER|Q"
                            r"|Anchor|ANCHOR|Narrator|NARRATOR|Presenter|PRESENTER|Announcer|ANNOUNCER"
                            # (a broadcast's own voices in a video's transcript, sixhundredtwentysecond china trip: "ANCHOR:
                            # Newsom, visiting Shanghai …" after "LAUREN SANCHEZ: …" ends her turn)
                            r")\s*(?:\([^()]*\)\s*)?:")
"""A transcript's label for someone it does not name."""
NOBODYS_LABEL_OPENINGS = "QRCVMOJANP"
"""The first letters of `NOBODYS_LABEL`'s words, a cheap test before the pattern (kept beside it: a new word there with
a new first letter goes here too)."""
OUTLET_LABEL = re.compile(r"(?:[A-Z][\w’'&.-]*\s+){0,4}(?:Radio|TV|Television|Broadcasting(?:\s+(?:Corporation|Company))?|"
                          r"News|Agency|Times|Post|Herald|Channel|Gazette|Daily|Tribune|Journal|Network|"
                          r"[A-Z][\w’'-]*-\d{1,3})[ \t]*:[ \t]")
"""A transcript's label that names a media outlet, not a person ("Nordvik Radio:", "Dravonia-24:", "Lendrian
Broadcasting Corporation:", seventeenth styles dravonia kremlin press questions): a journalist unnamed asks."""
QUESTION_LABEL_NO_COLON = re.compile(r"Q(?:[ \t]{2,}|[ \t](?=[A-Z])|\.[ \t]+(?=[A-Z]))")
"""The White House's label for a reporter's question, a lone "Q" and spaces with no colon (three-hundred-thirty-seventh
whitehouse_md 2021-06-12 biden_macron_remarks: "Q    Is America back?", "Q Mr. President, have you …?"): someone
unnamed, at a paragraph's start inside a transcript only."""
CLOCK_LINE = re.compile(r"(?:END\s+)?\d{1,2}:\d{2}\s*[AaPp]\.?\s?[Mm]\.?(?:\s+[A-Z]{2,5})?")
"""A paragraph that is a clock time alone ("3:03 P.M. BST", "12:46 P.M. EDT"): when the remarks began or ended, no
one's words (the same biden_macron_remarks); also after the White House's "END" (three-hundred-fifty-ninth
whitehouse_trump_2017-04-07_trump_xi_remarks: "END 11:26 A.M. EDT", the transcript's last line)."""
HEADING = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){1,9}")
"""A heading of a transcript's part ("Beginning of talks in restricted format"): a few
words, no punctuation."""
WRITTEN_TEXT_READS = re.compile(r"(?:The|This|Its|His|Her)\s+(?:[\w-]+\s+){0,2}(?:message|letter|telegram|cable|note|"
                                 r"text|wording|remarks)(?:,\s+in\s+part,)?\s+(?:reads|read|says|runs|ran)"
                                 r"(?:,?\s+in\s+part)?(?:,?\s+as\s+follows)?\s*[:,]?\s*$")
"""A sentence that only introduces the written text quoted after it ("The message reads, in part:"; hard16
veldt_cabinet_mourning: "Her remarks, in part, ran as follows:", the words quoted next, none of its own)."""
NARRATIVE_AFTER_CUT = re.compile(r"(?:Following|After|At the end of|In conclusion of|Upon) (?:the|this) "
                                  r"(?:meeting|talks|conversation|session|event|discussion|ceremony|visit|declaration"
                                  r"|press conference)\b")
SEPARATOR = re.compile(r"[\s*•·#=_~-]+$")  # matched at a paragraph's start, not on a copy of it
SEPARATOR_MARKS = frozenset("*•·#=_~-")
"""The characters of `SEPARATOR` but the spaces, one of which opens a separator
(a paragraph opens with no space)."""
KIN_OR_CLERGY_SUBJECT = re.compile(
    r"(?:(?:The|His|Her|Their)\s+(?:[a-z][\w-]*(?:’s|'s)\s+)?|[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:(?:late|elder|younger|eldest|youngest|own)\s+)?"
    r"(?:mother|father|parents|grandmother|grandfather|grandparents|son|daughter|wife|husband|widow|widower|"
    r"brother|sister|grandson|granddaughter|relatives|clergy|monks|priests|nuns)\b(?![’'-])")
"""(hundred-twenty-fourth) A sentence whose subject is someone's relative or the clergy ("The boy's mother
died during the bombing …", "Her father, Yevhen X, … died in Mariupol.", "The clergy presented the icon to
the Prime Minister"): people the readout tells of, acting, not more of the last speaker's words."""
ANONYMOUS_CUE = re.compile(
    r"[\s,.–—-]*(?:one\s+of\s+(?:them|the\s+[a-z]+)\s+(?:said|remarked|replied|answered|added|asked|called\s+out|shouted)"
    r"|(?:said|remarked|replied|answered|added|asked)\s+(?:another|the\s+other)\b)")
"""After a quotation, a cue whose speaker is no one named: "…,” one of the veterans called out";
"…,” replied the other"."""


def plural_noun_after_preposition(text: str, lo: int, vs: int, ve: int) -> bool:
    """The -s form text[vs:ve] heads a noun phrase after a preposition: after one or two lower-case
    words with no determiner, a form that is as often a plural noun ("the need for security
    guarantees for our country", "requests for asylum"), with no "that", colon or quotation after
    it; or any -s form after an -ing word ("problems remain with … kindergartens with waiting lists
    of 17,000 children"). Not "X guarantees that …", whose subject would be a person."""
    form = text[vs:ve]
    if form == "states" and text.endswith(" Member ", lo, vs):
        return True  # (sevenhundredtwentyninth ewb: "… to all Speakers of the Parliaments and Senates of EU Member
        # states, in which Ruçi also thanked …": the Union's "Member states" by its capital, the noun, a comma after it
        # or not; a lower-case "member states," is left to the tests below, a sentence of no one's after it read as
        # before: hundredseventeenth kremlin_67427, fivehundredeightyeighth bta kondov)
    if form in PLURAL_NOUN_FORMS and not STATES_WHAT.match(text, ve) \
            and _NOUN_AFTER_PREPOSITION.search(text, max(lo, vs - 40), vs) is not None:
        return True
    if form in PLURAL_NOUN_FORMS and not STATES_WHAT.match(text, ve) and text[vs - 2:vs] in ("s ", "r ", "e ") \
            and _OWNED_NOUN_AFTER_PREPOSITION.search(text, max(lo, vs - 50), vs) is not None:
        return True  # (hundred-thirtieth: "in accordance with Ukraine's requests", "with their wishes": owned, a noun)
    return text.endswith("ing ", max(lo, vs - 4), vs) \
        and _PREPOSITION_GERUND_BEFORE.search(text, max(lo, vs - 32), vs) is not None


ONGOING_PROCESS = re.compile(
    r"(?:Negotiations|Talks|Consultations|Discussions)\s+(?:on|with|over|about|regarding)\s+[^.;:]{3,160}?\s+"
    r"(?:are|remain)\s+(?:currently\s+|now\s+|already\s+|still\s+)?(?:underway|under\s+way|ongoing|in\s+progress)\b")
"""'Negotiations on international grants of $11 billion are underway': a process going on, told in a
report (no article: not the readout's own talks, "The talks are underway in the Kremlin")."""
OUTLET_REPORTING = re.compile(r"(?:(?:The|the)\s+(?:[\w’'-]+\s+){0,4}(?:news\s+agency|agency|newspaper|paper)"
                             r"|(?-i:[A-Z]{3,7})|(?:The\s+)?(?:(?-i:[A-Z][\w’'-]*)\s+){0,3}(?-i:Telegraph|Courier|Times|Post|Herald|Mail|"
                             r"Observer|Tribune|Gazette|News|Express|Guardian|Monitor|Chronicle|Standard|Nation|Journal|Diggers))\s+")
"""The whole subject before "reports that" / "reported that" when it is an outlet: "The state news agency", "the
newspaper", an agency's capitals alone ("ZANIS", "KUNA"), or a paper's name ending in a word of the press ("New
Telegraph", "The Ndavu Daily Courier"). Matched from the sentence's start to the verb only (`_cue_at`); a person who
reports ("Mr. X, the paper's correspondent, reports that …") is no outlet and keeps the statement.
`OUTLET_REPORTS_THAT` adds the verb and "that": where the clause after it opens (`reported_speech`'s "… said this
when …", only where and when, read past the outlet as at the sentence's start)."""
OUTLET_REPORTS_THAT = re.compile(OUTLET_REPORTING.pattern + r"(?:reports|reported)\s+that\s+")

# "Also today, the Embassy resumed its work": the readout moves on to other news
LEADING_ADVERBIAL = re.compile(
    # (hundred-twenty-third: "Later in the day she visited the flooded towns.", "After that he toured the plant.":
    # a time phrase with no comma before the subject, as "Later," is; longer forms before "Later")
    r"(?:Later (?:in the day|that day|that evening|in the evening|on)|Afterwards|After that|The (?:next|following) day"
    r"|In the (?:morning|afternoon|evening)"
    r"|In addition|Additionally|Also|Moreover|Furthermore|Besides|At the same time|Then|Later|All told"
    r"|Above all(?=,)"  # (two-hundred-twenty-third 27827: "Above all, it concerns …": a discourse adverb, no name)
    r"|To this end|For this purpose"  # ("To this end, the President initiated …": he acts)
    r"|(?:First|Second|Third|Fourth)(?:ly)?(?=,)"  # ("Secondly, the army should …": a list's next point, not a name)
    r"|Last (?:year|month|week)),?\s+")  # ("Last year bilateral trade grew …": a time, not a name)
EARLIER = re.compile(
    r"(?:Last|Earlier|Previously|This past|Since|To date|So far|Over the (?:past|last)|In (?:early |late )?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4})|On (?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b")
"""A time before the meeting opening a sentence: it tells what someone did then."""


@dataclass
class Cue:
    """A speech verb and its subject, found in a sentence."""

    verb_start: int
    verb_end: int
    phrase: Phrase | None
    person: Person | None
    coordinated: bool = False

    @property
    def start(self) -> int:
        return self.phrase.start if self.phrase is not None else self.verb_start


@dataclass
class Found:
    """A statement before speaker names are final."""

    person: Person | None
    kind: str
    start: int
    end: int
    paragraph: int
    chain: int | None = None  # id of a multi-paragraph quotation


def head_of_diplomacy(text: str, phrase: Phrase) -> Phrase:
    """"the head of Brevonian diplomacy" (read as "the head of Brevonian"): that
    country's foreign minister, the words to "diplomacy" its mention; any other phrase as it is."""
    if phrase.role.startswith("head of ") and phrase.role.endswith(" diplomacy") and phrase.role.count(" ") == 3:
        # (fifteenth styles rasova_mfa: "The head of the Rasovan diplomacy thanked …", an article before the
        # adjective, read as one office): that country's foreign minister
        demonym = phrase.role.split(" ")[2]
        return phrase._replace(role="foreign minister", country=NATIONALITIES.get(demonym, demonym))
    if phrase.role == "head of diplomacy":
        # (styles33 cabo_serrado_mfa: "the Head of Diplomacy of Cabo Serrado conveyed …", a lusophone ministry's "Chefe
        # da Diplomacia"): that country's foreign minister
        return phrase._replace(role="foreign minister")
    if phrase.role in _HEADS_OF_A_COUNTRYS_DIPLOMACY and phrase.role != "head":
        return _minister_of_a_countrys_diplomacy(text, phrase)
    if phrase.role != "head" and phrase.role != "head of foreign ministry" \
            and not (phrase.role.endswith(_FOREIGN_POLICY_BODIES) and phrase.role.startswith("head of ")):
        # (the phrase read to the verb keeps the whole office: "head of belgarstani foreign policy service")
        return phrase
    ministry = _HEAD_OF_FOREIGN_MINISTRY.match(text, phrase.start)
    if ministry is not None:
        # "the head of the Sarnian Foreign Ministry", "… MFA", "… foreign policy department":
        # that country's foreign minister
        return phrase._replace(kind="description", name=(), role="foreign minister", end=ministry.end(),
                               text=ministry.group(), country=phrase.country or ministry.group(1).lower())
    return _minister_of_a_countrys_diplomacy(text, phrase)


def _minister_of_a_countrys_diplomacy(text: str, phrase: Phrase) -> Phrase:
    """"the head of Spanish diplomacy", "the deputy chief of Polish diplomacy" (read to the demonym): that country's
    foreign minister or deputy foreign minister, the words to "diplomacy" its mention; else the phrase as it is."""
    if phrase.role != "head" and phrase.role not in _HEADS_OF_A_COUNTRYS_DIPLOMACY \
            or not phrase.country or not text.startswith(" diplomacy", phrase.end):
        return phrase
    return phrase._replace(role=_HEADS_OF_A_COUNTRYS_DIPLOMACY[phrase.role], end=phrase.end + 10,
                           text=phrase.text + " diplomacy")


_HEADS_OF_A_COUNTRYS_DIPLOMACY = {"head": "foreign minister", "chief": "foreign minister",
                                  "deputy head": "deputy foreign minister", "deputy chief": "deputy foreign minister"}
"""The offices read before "of <demonym> diplomacy" (`head_of_diplomacy`) and the ministers they are: "the head of
Spanish diplomacy"; the Polish ministry's "the chief of Polish diplomacy" and "the deputy chief of Polish diplomacy"
(fivehundredninetyfifth polish_mfa lang_korea: "“…,” declared the deputy chief of Polish diplomacy during his meeting
with …", the deputy minister of the title and of "Deputy Minister Lang’s visit" after it), a deputy foreign minister."""


_FOREIGN_POLICY_BODIES = (" foreign policy department", " foreign policy service", " foreign policy agency")
"""How a phrase read to its verb ends when it names a foreign ministry by its work (`head_of_diplomacy`)."""
_HEAD_OF_FOREIGN_MINISTRY = re.compile(
    r"[Tt]he\s+[Hh]ead\s+of\s+the\s+([A-Z][a-z]+)\s+(?:[Ff]oreign\s+[Mm]inistry|Ministry\s+of\s+Foreign\s+Affairs|MFA|"
    r"[Ff]oreign\s+[Pp]olicy\s+(?:[Dd]epartment|[Ss]ervice|[Aa]gency)|Foreign\s+Office)\b")
"""'the head of the Sarnian Foreign Ministry', '… Ministry of Foreign Affairs', '… MFA',
'… foreign policy department', '… foreign policy service' / '… agency' (the Central Asian ministries' English for the
ministry: twenty-second styles belgarstan_tokabayev_receives_hazranian_ambassador, "The head of the Belgarstani foreign
policy service noted …")."""


def in_an_aside(text: str, verb_start: int, verb_end: int, lo: int, hi: int) -> bool:
    """The cue opens an aside in parentheses with a clause of its own ("Since Derbent is an
    attractive city (as the President noted, it is the oldest city in the country), the
    Republic expects …"): a remark set into the sentence, which stays what it is without it,
    not the speaker's sentence (but "(as the President noted)" alone attributes the sentence)."""
    opening = text.rfind("(as ", lo, verb_start)
    if opening < 0:
        return False
    closing = text.find(")", opening, hi)
    if closing < verb_end or text.find("(", opening + 1, verb_start) >= 0:
        return False
    comma = text.find(",", verb_end, closing)
    return 0 <= comma - verb_end <= 24


def in_an_aside_of_assent(text: str, verb_start: int, lo: int, hi: int, earlier_verb_end: int) -> bool:
    """The cue stands in an aside in parentheses opened by "and" right after an earlier speech verb ("She said (and
    the Ambassador agreed) that the anniversary should be marked …", hard53): a remark of assent set into her
    statement, which stays hers; no statement of its own."""
    opening = text.rfind("(and ", lo, verb_start)
    if opening < earlier_verb_end or text[earlier_verb_end:opening].strip():
        return False
    closing = text.find(")", verb_start, hi)
    return closing >= 0 and text.find("(", opening + 1, verb_start) < 0


def all_that(text: str, subject: Phrase) -> bool:
    """"All that" or "all this" as a subject ("All that testifies to the positive changes in
    the economy.", after "The President said …"): all that was just told, a thing, not a group
    acting (not "all those present")."""
    return subject.text.lower() == "all" and text.startswith((" that ", " this "), subject.end)


DESCRIBING_ASIDE = re.compile(r"(?:one|some|among|an?|who|whose|himself|herself|itself|having"
                               # (hard16 bresnia_parliament_leaders: a relative clause opened by a preposition,
                               # "Senate Majority Leader Ilse Varga, for whom this was the first meeting with a foreign
                               # leader since her election, struck a cautious note, saying that …")
                               r"|(?:for|to|with)\s+whom"
                               r"|the\s+(?:father|mother|son|daughter|widow|widower|sister|brother|wife|husband)\s+of"
                               # (hard16: the speaker's state or manner, "X, visibly shaken, promised …", "X, clearly
                               # moved, replied …", "X, dressed in black and speaking in a low voice, began …"; a
                               # description with "the" that is no office, "X, the frigate's former captain, assured",
                               # "X, the only holdover from the previous cabinet, sought …")
                               # (thirtieth hard set: a relative clause whose own aside follows "who", "The Leader —
                               # who, as a young lawyer, had represented the families … — went on to say that")
                               r")\s|who,\s|"
                               r"(?-i:[a-z]+ly\s+[a-z]+(?:ed|en)\b|[a-z]+ed\s+(?:in|with|by|at)\s|"
                               r"the\s+(?:only|last|first|former|"
                               # (hard17 zarenthia_ambassadors_union: the senior envoy of a capital, "Ambassador of
                               # Norlandia Kirsten Aalvik, the dean of the diplomatic corps, echoed these words.")
                               # (hard52: "Minister X, the elder of the two by some twenty years, said": her age
                               # beside another's)
                               r"outgoing|incoming|veteran|longest-serving|youngest|oldest|elder|eldest|younger|older|"
                               # (sixhundredsixteenth agn_gt michel: the rank of the office, "The President of the
                               # European Council, the highest executive authority of the EU, also expressed …")
                               r"highest|top|most\s+senior|"
                               r"dean|doyen)\s"
                               r"|the\s+[a-z][\w-]*(?:’s|'s)\s"
                               # (hard20: what the speaker is doing, a present participle and its object, "Mr X,
                               # attending the Summit as an observer, affirmed …"; not "including", a list's)
                               r"|(?!including\b)[a-z]{3,}ing\s+(?:the|an?|his|her|their|its|this|that|as|in|at|on|for|from)\s"
                               # (hard21: an age, the wire's "Vostanyan, 47, filled Kessel in on …": two digits, the aside whole)
                               r"|[1-9][0-9]$"
                               # (hard26: where the speaker has just come from, an adjective of arrival before
                               # "from": "Prime Minister X, fresh from an address to Congress, made …", "X, just back
                               # from Brussels, told …", "X, straight from the front, urged …")
                               r"|(?:(?:just|freshly|newly)\s+)?(?:fresh|back|straight|home)\s+from\s"
                               # (styles5: when the speaker spoke, a news agency's "The Prime Minister, when met by
                               # reporters, said …", "X, when asked by reporters after the event, said …")
                               r"|(?-i:(?:when|while|after|upon)\s+"
                               r"(?:met|asked|approached|contacted|questioned|interviewed)\s+by\s"
                               # (two-hundred-thirty-third 26910: what the speaker did first, a time word and a
                               # gerund, as "having", "In turn, Mr Vajpayee, after expressing his understanding of
                               # and support for Russia’s position, indicated that …"; the gerund alone too, the aside
                               # ending on it, ninehundredeightyninth leadership: "Ambassador X, while responding,
                               # thanked …", "X, when speaking, said …")
                               r"|(?:after|before|upon|while|when)\s+[a-z]{3,}ing(?:\s|$))"
                               # (hard24: a place's description of the person joined to another by "and", "Quispe,
                               # Lorvath's first woman president and a former judge of the Constitutional Tribunal,
                               # said": the aside whole, not the body that ends it)
                               r"|(?-i:[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){1,3}and\s+(?:an?|the)\s"
                               # (hard52 wire: a country's office in lower case, alone or with since when, "“…,”
                               # Corentin Aspelund, Kessmoor's foreign minister since 2023, told reporters")
                               r"|[A-Z][\w-]*(?:’s|'s)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}(?:$|\s+since\s))"
                               # (eighthundredfiftyfifth vanguardngr 2018-12-23: the body or place the speaker comes
                               # from, all capitalised up to the aside's end, "Presenting their stance, Sir Anterus
                               # Chikaobi Ezeh, from Ndi Enugu Europe, disclosed that …", "X, of Tarn Holdings, said")
                               r"|(?:from|of)\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:[A-Z][\w’'.&-]*|of|the|and|for|&))*$)")
"""How an aside that describes the person before it opens (an office after a name
is read as the speaker's own phrase: "Ida Morn, the Minister of Energy, said")."""
_PREPOSITION_GERUND_BEFORE = re.compile(
    r"\b(?:with|of|on|in|for|from|to|by|about|into|under|over|without|through|among)\s+[a-z]+ing\s+$")
"""A preposition and an -ing word right before a speech verb's -s form ("with waiting lists",
"on shipping notes"): the form is a noun the -ing word modifies (`_has_cue_word`)."""
WRITTEN = r"(?:message|letter|telegram|address|greetings|congratulations|condolences|note|statement)\b"
"""What a person writes and a readout quotes: 'The letter said, in part:'; 'The statement said, in part:' too
(two-hundred-fifteenth 26874, under "President X's statement on … has been published"; a joint statement's
lead-in stays no one's, `_JOINT_TEXT_READS`); the message named by what it conveys, "The congratulations reads, in
particular:" (two-hundred-twentieth 34627, under "X congratulated Y on his re-election"), as "The greetings read"."""
WRITTEN_SENT_BY = r"(?:The|This|His|Her)\s+(?:[\w-]+\s+){0,2}?" + WRITTEN + r"\s+(?:sent|signed|written)\s+by\s+"
"""A written text with its sender after "by": "The telegram sent by ", before the sender's name."""
# (hard35 vesmar condolences on the mine: "The text of the message says, among other things:": the text named by
# the written thing it is the text of, as "The message says")
_TEXT_OF = r"(?:(?:full\s+)?text\s+of\s+(?:the|his|her|this|their)\s+)?"
WRITTEN_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)\s+" + _TEXT_OF + r"(?:[\w-]+\s+){0,2}?" + WRITTEN)
SPEECH_FROM = re.compile(
    # (not "a personal message from X", "the message of condolence from X" handed over or read out: a
    # text conveyed, narrative)
    r"\b(?:wishes|greetings|congratulations|condolences|thanks|praise|warnings?|assurances?|reassurance|appeal|"
    r"birthday\s+message)"
    r"(?:\s+[\w’'-]+){0,3}?,?\s+from\s+"
    # (hard27: "Condolences to the families of those killed …, and wishes for …, came from the Prime Minister":
    # the noun opens the sentence, its verb "came" right before "from")
    r"|(?:(?<=[.!?] )|(?<=[.!?]” )|(?<=\n)|\A)(?:Condolences|Congratulations|Thanks|Greetings|Words\s+of\s+[a-z]+"
    # (hard13 veskaria_birthday_call_pm: "Warm birthday greetings to the Prime Minister of Quelmar came first from the
    # Veskarian President.": the kind of greetings between the adjective and the noun)
    r"|(?:Warm|Warmest|Good|Best|Sincere|Heartfelt|Cordial)\s+(?:(?:birthday|festive|holiday|anniversary|New\s+Year)\s+)?"
    r"(?:wishes|greetings|congratulations|condolences))"
    r"\b[^;:.“”\x22]{0,200}?\s(?:came|had\s+come|come)\s+(?:first\s+|also\s+)?from\s+")
"""A noun of speech and "from" before the person it came from: "birthday wishes from Mr X", "A warning came
first, from the Prime Minister", "A message of reassurance went from Mr X" (hard19)."""
SPEECH_FROM_WORDS = ("wishes", "greetings", "congratulations", "condolences", "thanks", "praise", "warning", "assurance",
                      "appeal", "message", "Condolences", "Congratulations", "Thanks", "Greetings", "Words of")
"""Words one of which every match of `SPEECH_FROM` holds ("reassurance" holds "assurance", "Warm wishes"
"wishes"): the cheap test before it (`holds_any`; the regex, its second branch tried at every position,
cost ~35 µs a sentence)."""
WRITING_TO = re.compile(r"\b((?:message|letter|telegram|address|greetings|note)s?)\s+to\s+$")
"""A message named with its addressee right before a speech verb's subject ("His message to President
Hu said"): the person after "to" is whom it is written to (`_writing_addressed_to`)."""
WHAT_WAS_DONE = re.compile(
    r"(?:These|Those|Today’s|Today's)\s+(?:[\w-]+\s+){0,2}?(?:efforts|actions|steps|announcements|measures|"
    r"initiatives|investments|commitments|programs|programmes|calls|meetings)\s+(?:build|are|will|complement|come|follow|"
    r"reflect|have)\b|That[’']s why\b"
    r"|(?:The|This|That|His|Her|Their)\s+(?:[\w-]+\s+){0,2}?(?:invitation|proposal|offer|request)\s+"
    r"(?:was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:accepted|declined)\b"
    r"|(?!(?:Since|As|If|When|While|Because|Although|Though|Unless|Once|Until)\s)"  # ("Since questions related to X
    r"(?:(?:[Tt]he|[Jj]ournalists[’']|[Rr]eporters[’'])\s+)?(?:[\w-]+\s+)?[Qq]uestions\s+"  # belonged to …": a clause)
    r"(?:(?:from|by|of)\s+(?:the\s+)?(?:journalists|reporters|press|media)\s+)?"
    r"(?:concerned|dealt\s+with|covered|touched\s+(?:on|upon)|focused\s+on|related\s+to)\b"
    r"|(?:Another|One\s+more|A\s+further|The\s+next|The\s+other|One\s+of\s+the)\s+(?:[\w-]+\s+)?"
    r"(?:issues?|questions?|topics?|subjects?)\s+(?:concerned|dealt\s+with|touched\s+(?:on|upon)|related\s+to)\b")
"""'These efforts build on …', 'That’s why the Administration …': the readout sums up what
was done, no one goes on speaking; nor in 'The invitation was accepted with gratitude.'; nor
in 'Journalists’ questions concerned …', what the press asked about; nor in 'Another issue
related to the construction of …', the next question's topic, put by those who asked."""
DESCRIBING_ASIDE_REACH = 240
"""How long one set off by commas may be ("Bill Kovacic, Director of the Competition Law
Center at … and former Chair of the Federal Trade Commission under …, spoke")."""


_ASIDE_CLOSINGS = ((" (", ")"), (" -- ", " -- "), (" — ", " — "), (" – ", " – "), ("—", "—"))
"""The marks a writer's aside opens and closes with between a name and its verb: brackets, a spaced double hyphen, a
spaced em or en dash, an unspaced em dash (`aside_closed_after`)."""


def aside_closed_after(text: str, pos: int, hi: int) -> int | None:
    """Where the words after a bracketed or dashed aside that opens right at `pos` start, or None (hard80, a
    quotation's speaker parted from his verb by an aside about someone else: "“…,” Rasmark (whose counterpart, Ms. Y,
    stood beside him) told reporters.", "“…,” Rasmark -- who met the dockers' leader, Mr. Z, on Monday -- said in
    reply."). The closing mark is looked for within `DESCRIBING_ASIDE_REACH` characters, not past `hi`; the aside must
    hold no opening mark of its own. A cheap test of the character at `pos` first."""
    if text[pos:pos + 1] not in " —":
        return None
    for opening, closing in _ASIDE_CLOSINGS:
        if text.startswith(opening, pos):
            start = pos + len(opening)
            close = text.find(closing, start, min(hi, start + DESCRIBING_ASIDE_REACH))
            if close <= start or opening[-1] == "(" and "(" in text[start:close]:
                return None
            after = close + len(closing)
            return after + 1 if text.startswith(" ", after) else after
    return None
_DOCUMENT_DESCRIBED = re.compile(
    r"(?:(?:The|This|That|These|Those|Each|Both|Another)\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"(?:document|documents|bill|bills|draft|law|laws|decree|decrees|resolution|resolutions|diary|diaries|book|books)"
    r"(?:,\s+(?:in\s+particular|among\s+other\s+things|inter\s+alia),)?\s+"  # ("This document, in particular, introduces")
    r"(?:(?:on|of|about)\s+(?:[a-z][\w-]*\s+){1,4}?)?"
    r"(?:also\s+|further\s+|thus\s+)?(?:defines|contains|provides|gives|aims\s+to|proposes\s+to|establishes|regulates|"
    r"introduces|envisages|stipulates|sets\s+out|lays\s+down|updates|clarifies|amends|(?:is|are)\s+"
    r"(?:aimed|designed|intended)\s+to|(?:was|were)\s+(?:also\s+)?(?:submitted|signed|adopted|approved|passed|"
    r"registered|sent|tabled|introduced))\b")


_INITIALISM_GLOSSED = re.compile(r"The ([A-Z]{2,6}) (?:provides for|refers to|stands for|is (?:a|an|the)|was (?:signed|"
                                 r"enacted|passed|ratified|created|established|adopted)|created|established) ")


def glosses_an_initialism(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] tells what an initialism is ("The BOL provides for the establishment of …", "The CAB was signed in
    …") and the 300 characters before it, in its paragraph, spell that initialism out in brackets ("… the Bangsamoro
    Organic Law (BOL), …"): the writer explaining a term the sentence before brought in, no more of the speaker's
    report (eighthundredfortyseventh malaymail, Bernama: "He said the leaders of the autonomous region, created through
    the ratification of the Bangsamoro Organic Law (BOL), also want to learn … . The BOL provides for the establishment
    of the Bangsamoro Autonomous Region."). One match at the sentence's start, one bounded `find`."""
    m = _INITIALISM_GLOSSED.match(text, lo, hi)
    if m is None:
        return False
    start = max(0, lo - 300)
    start = max(start, text.rfind("\n", start, lo))
    return text.find("(" + m.group(1) + ")", start, lo) >= 0


def describes_a_document(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] tells what a document says or is for, or that it was submitted or signed ("This
    document defines the legal basis …", "The bill aims to counteract …", "The draft law on … was also
    submitted …", "According to the bill, a fine … will be imposed …"): the press office's account of an
    act, not more of what the person who acted said, nor what follows it. (Two-hundred-eleventh 71445: "…,"
    Volodymyr Zelenskyy said. The anti-oligarchic law provides a legal framework for …", "provides" with no
    "for", and "The law gives big business enough time …". Two-hundred-forty-ninth 75617, after "Yehor spoke
    about the bombing …": "The diary also contains tragic stories of how …": what a diary or a book holds.)"""
    if text[lo] == "A":
        return _ACCORDING_TO_A_DOCUMENT.match(text, lo, hi) is not None
    return text[lo] in "TDBLR" and _DOCUMENT_DESCRIBED.match(text, lo, hi) is not None


_ACCORDING_TO_A_DOCUMENT = re.compile(
    r"According\s+to\s+(?:the|this|that|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?(?:document|documents|bill|bills|"
    r"draft|law|laws|decree|decrees|resolution|resolutions|declaration|regulation|regulations|ordinance|order|"
    r"agreement|agreements|treaty|treaties|accord|accords|memorandum)\b"
    r"(?!\s+(?:of|by)\b)")
"""What a document says, by its words (ninety-second 71401, 72897: "… passed … a government bill to increase
…. According to the bill, a fine … will be imposed …", "According to the document, on February 16 the State
Flag … will be raised …"); not "according to the decree of the President", nor the data or a report one
presented. So an agreement or a treaty (four-hundred-twenty-ninth primeminister.am 2024-04-08: "Prime Minister X
emphasized the importance of implementing the agreements reached … . According to these agreements, the Republic of
Armenia and the Republic of Azerbaijan mutually recognize …": what the signed text holds, the readout's account;
hundred-eighty-first kremlin_34660's "According to this agreement, …" likewise narrative)."""


_MODIFIER_WORD = (r"(?!(?:he|she|it|they|we|who|which|that|this|the|a|an|his|her|their|its|our|also|then|now|still|"
                  r"always|and|or|but|not|will|would|can|may)\b)[a-z][a-z-]*(?<!ly)")
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|on|about|with|without|against|over|to|and|or)\s+" + _MODIFIER_WORD
    + r"(?:\s+" + _MODIFIER_WORD + r")?\s+$")
"""Before such a form, a preposition and one or two lower-case words with no determiner ("for security",
"of new loan"): the form heads that noun phrase, not a clause whose subject would be a person (not
"ready to help and promises to …", whose "and" joins two verbs)."""
_OWNED_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|on|about|with|without|against|over|to)\s+"
    r"(?:the|their|his|her|its|our|(?-i:[A-Z][\w-]*)(?:'s|’s))\s+(?:" + _MODIFIER_WORD + r"\s+)?$")
"""Before such a form, a preposition and an owner or the article, and at most one lower-case word ("in
accordance with Ukraine's requests", "with their best wishes"): the form heads that noun phrase."""
STATES_WHAT = re.compile(r"\s*(?:that\b|[:,“\"])")
FIRST_WORD_OF = re.compile(r"[A-Za-z]+")
WORDS_AHEAD = re.compile(r"[A-Za-z’'-]+")
_AUXILIARIES = frozenset("has had have was were is are will would could can should must may might did does do shall".split())
_COPULAS = frozenset("is are was were be been being".split())
SPEAKING_PARTICIPLES = frozenset("speaking addressing talking answering replying".split())
"""What only a person is doing after "was" ("X was speaking at …"): someone, not a thing."""
_COMMON_PAST = frozenset(
    """made held met took gave went came began had was were did sent paid spoke told said
    thought brought led left kept found put set saw knew became won lost ran heard wrote sought
    stood chose taught understood sat""".split()
    # (hard60 tidewater, fivehundredtwentyfourth gnlm dili: "X caught the attention of the delegates with his presentation
    # on …", "Y drew long applause in her remarks on …": the subject's own verb before its talk)
    + ["caught", "drew"]
)
PLURAL_NOUN_FORMS = frozenset(
    "voices comments remarks thanks wishes requests offers demands hopes regrets answers replies pledges vows "
    "reviews lists quotes guarantees appeals objects cautions echoes promises".split())
"""Present forms of speech verbs that are as often plural nouns ("African voices", "his best
wishes"); with no object after them (a mark in `_NO_OBJECT_MARKS` next) they are the nouns.
("says", "notes", "adds" … are left out: "…,” the President says." ends on its verb.)"""


def looks_like_verb(words: list[str], copula: bool = True) -> bool:
    """True when the words after a noun phrase start with its verb (adverbs skipped).
    Without `copula`, "is" and "was" do not count: a person acts, a thing just is."""
    for k, word in enumerate(words[:4]):
        if not copula and word in _COPULAS:
            # "Arkady Velin was speaking at a meeting with the crew": a person speaks
            return words[k + 1:k + 2] != [] and words[k + 1] in SPEAKING_PARTICIPLES
        if word in _AUXILIARIES or word in _COMMON_PAST or word in ALL_SPEECH_VERBS or word in NARRATIVE_VERBS:
            return True
        if word in SUBJECT_VERB_FILLERS or word == "and" and k and words[k - 1] in SUBJECT_VERB_FILLERS:
            continue  # ("and" between two: fivehundredfortyfourth igad's "successively and separately welcomed")
        if word == "however" and k == 0:
            continue  # (ninehundredfiftythird africanewsbulletin: "Diop however identified areas for further improvement,
            # stressing the need for …": a linking adverb with no commas right after the subject, as ", however,")
        if word == "there" and words[k + 1:k + 2] == ["after"] or word == "after" and k and words[k - 1] == "there":
            continue  # ("X there after addressed …": "thereafter" written as two words, sixhundredninetyfourth eagle)
        return word.endswith("ed") and word.islower()
    return False


_OFFICE_INITIALS = re.compile(r"[A-Z]{2,6}")
"""An office's initials as readouts write them ("the CNS", "the CJCSC", "the Vanterrean CDS"), a key of no word list."""


def office_initials(text: str, at: int = 0, end: int | None = None) -> bool:
    """Whether text[at:end] is an office's initials alone ("CNS" after "the ")."""
    return _OFFICE_INITIALS.fullmatch(text, at, len(text) if end is None else end) is not None


def can_act(subject: Phrase | None, text: str) -> bool:
    """A subject that can act: a person, a group, a name, or a thing an
    institution names ("the ministry", "federal agencies"; not "amendments to
    federal laws", whose last word read is an adjective before no body)."""
    if subject is None:
        return False
    if subject.kind != "thing":
        return True
    # a body's word anywhere in it ("The ministry expected …", read with the verb after
    # a determiner as a word of the phrase), but an adjective only before a body
    words = [without_possessive(word) for word in subject.text.split()]
    if words[-1].lower() in _CALENDAR_WORDS:
        return False  # (ninety-second 71401: "In October, 251 health facilities were added …": a month acts not)
    if any(word.lower() in NON_PERSON_WORDS and not (word.islower() and word in _BODIES_ADJECTIVES) for word in words):
        return True
    if words[-1].islower() and words[-1] in _BODIES_ADJECTIVES:
        after = WORDS_AHEAD.match(text, skip_space(text, subject.end, len(text)))
        return after is not None and after.group().lower() in _BODIES
    return False


def names_states_only(subject: Phrase | None) -> bool:
    """A subject read as a thing that is the names of two or more known states alone, joined by commas and "and"
    ("Belize and Guyana", "Japan, India and Australia"): states that speak or act together, a group, not a thing
    (one state alone, "Russia proposed …", may be a reporter's "we"). Guarded by a capital first letter and an
    "and", then a set look-up of each name."""
    if subject is None or subject.kind != "thing" or not subject.text[:1].isupper() or " and " not in subject.text:
        return False
    return all(part.lower() in _STATE_NAMES for part in _STATES_JOINED.split(subject.text))


_STATE_NAMES = frozenset(NATIONALITIES.values())
_STATES_JOINED = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
"""Between the names of states listed as one subject ("Belize and Guyana", "Japan, India and Australia")."""
PRESENT_PLURAL_VERB_AFTER = re.compile(r" (?:also |both |all )?(?:are|have|share|remain|enjoy|face|need|can|should)\b")
"""A verb in the present tense after two states' names ("Caolan and Estermund share …", "… are natural partners"): see
`carrying_on._reporters_state_and_another_speak`."""
STATE_DID = re.compile(r" (?:has |had |also )?(?:paid|made|took|gave|sent|held|kept|spent|[a-z]{3,}ed)\b")
"""A verb in the past right after a state's bare name ("Germany paid …", "Poland has provided …")."""


STATES_HAVE_DONE = re.compile(r" have (?:long |also |already |consistently )?(?:sought|made|built|kept|held|[a-z]{3,}ed)\b")
"""Two states' present perfect, "have" and a participle ("Venezuela and Uruguay have sought to strengthen … since X took
office", sixhundredninetyseventh mercopress 2011-01-27): what they have done, as `STATE_DID`; not "have" and a noun
("… have a long history"), which `PRESENT_PLURAL_VERB_AFTER` leaves to the reporter."""


def states_acted_together(text: str, subject: Phrase | None) -> bool:
    """The subject is the names of known states alone ("Nauru and Israel", `names_states_only`) and a verb in the past
    follows it ("Nauru and Israel established diplomatic relations in 2013."): what the states did, told by the
    readout, not a reporter's words carried on (his "we both" is the present,
    `carrying_on._reporters_state_and_another_speak`). Read for a sentence carried on in the report's own paragraph
    (`reported_speech._continues`) and in the paragraphs after it (`carrying_on._goes_on_reporting`). Guarded by the set
    look-up of the names, then `STATE_DID` with no present verb there ("need", "proceed"), or `STATES_HAVE_DONE`
    ("have sought")."""
    return names_states_only(subject) and (STATE_DID.match(text, subject.end) is not None
                                           and PRESENT_PLURAL_VERB_AFTER.match(text, subject.end) is None
                                           or STATES_HAVE_DONE.match(text, subject.end) is not None)


_CALENDAR_WORDS = MONTHS | WEEKDAYS
"""Words of NON_PERSON_WORDS that name a time, never a body that acts."""
_BODIES_ADJECTIVES = frozenset(
    """federal national international global foreign economic regional local civil strategic public
    digital natural legal human humanitarian rural urban central eastern western northern southern
    internal interior trade""".split()
)
"""Words of NON_PERSON_WORDS that qualify a body's name rather than head it ("the trade ministry";
not "the trade turnover", which no body heads)."""
_BODIES = frozenset(
    """agency agencies ministry ministries department departments government governments authority
    authorities officials institutions bodies service services forces troops partners leaders companies
    banks courts regulators""".split()
)


def lone_word(phrase: Phrase) -> bool:
    """A name of one word and no office ("Ohio", "Delaware"): a place as often as a person."""
    return phrase.kind == "name" and len(phrase.name) < 2 and not phrase.role


def terms_only(text: str, quotes: list[Quote], q: int, hi: int) -> bool:
    """The quotations from quotes[q] that open before `hi` are all closed, short and
    said by no one (no statement was found in their sentence): terms or names ("The
    second group of “players” …", "The programme “Social Navigator” …"), which leave
    a report going on."""
    while q < len(quotes) and quotes[q].open_mark < hi:
        quote = quotes[q]
        if quote.close_mark is None or quote.continues or len(text[quote.start:quote.end].split()) > 4:
            return False
        q += 1
    return True


_SHOWN_BY_AN_EVENT = re.compile(
    r"(?:This|That|It)\s+(?:is|was)\s+(?:also\s+)?(?:confirmed|borne\s+out|shown|demonstrated|evidenced|proved|proven|"
    r"illustrated)\s+by\s+(?:the|a|an|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:meeting|meetings|talks|visit|summit|session|"
    r"conference|negotiations|agreement|signing|decision)\b")


_REPORT_CREDIT = re.compile(r", (?:reports|reported)(?: the)? [A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,4}"
                            r"[.!]?[\x22”’']?\s*\Z")
"""A sentence's closing credit to the outlet that reported it, ", reports Liberty Times." (`credited_to_a_report`)."""
_REPORT_CREDIT_SPAN = 60
"""How far back from a sentence's end its closing credit may open (`credited_to_a_report`)."""
_REPORTED_BY_SENTENCE = re.compile(
    r"(?:This|That|It|The\s+(?:news|report|story|information))\s+(?:news\s+|information\s+)?"
    r"(?:was|has\s+been|had\s+been)\s+(?:first\s+|also\s+|earlier\s+)?reported\s+by\s+\S+(?:\s+\S+){0,5}?\s*\Z")
"""A whole sentence that names the source of what was told before it, "This news was reported by moi.gov.mm."
(ninehundredsixteenth adnkronos): the writer's sourcing, narrative by the format's "This was stated by X in …" rule,
not more of the last speaker's words (`credited_to_a_report`)."""


def credited_to_a_report(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] closes by crediting what it tells to a report (eighthundredthirtysecond
    taiwannews: "President Tsai also expressed gratitude to the people and state of Mississippi, …" / "The cities of
    Chiayi and Jackson … also established sister city relations in the same year, reports Liberty Times."): the
    writer's sourcing of a fact, not more of the last speaker's words. Cheap: " report" in the sentence's tail first."""
    start = hi - _REPORT_CREDIT_SPAN if hi - _REPORT_CREDIT_SPAN > lo else lo
    if text.find(" report", start, hi) < 0:
        return False
    if text.startswith(("This ", "That ", "It ", "The "), lo) and _REPORTED_BY_SENTENCE.match(text, lo, hi) is not None:
        return True  # "This news was reported by moi.gov.mm.": a source named, the whole sentence
    credit = _REPORT_CREDIT.search(text, start, hi)
    return credit is not None and not _an_office_credited(credit.group())


_BODY_CREDIT_VERBS = ("reported.", "informed.", "reports.", "informs.", "today.", "earlier.", "yesterday.")
"""The closing words of a sentence that only credits what came before to a body (`credited_to_a_body_alone`), tested
on the sentence's last word before the regex runs."""
_BODY_CREDIT_ALONE = re.compile(
    r"(?:(?:The|the|Its|His|Her|Their)\s+)?(?:[A-Z][\w’'-]*\s+){0,4}"
    r"(?:[Pp]ress\s+[Ss]ervice|[Pp]ress\s+[Oo]ffice|[Pp]ress\s+[Cc]ent(?:er|re)|[Ii]nformation\s+[Cc]ent(?:er|re)"
    r"|Department|Ministry|Office|office|Administration|administration|Agency|Committee|Secretariat|Directorate|Bureau"
    r"|Embassy|Consulate|Apparatus|Service)"
    r"(?:\s+(?:of|for|under)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,6}?)?"
    r"\s+(?:reported|informed|reports|informs)(?:\s+(?:today|earlier|yesterday))?\.[\x22”’']?\s*\Z")
"""A sentence made of a body and "reported"/"informed" alone, today or earlier maybe, nothing reported after the verb
(ninehundredninth 24kg 50505: "Almazbek Atambayev, meeting with …, stressed that … . Information Policy Department of
the Presidential Administration reported."; 24.kg's "Press service of the head of state reported."): the writer's
credit for what the sentence before told, the body's, not more of the speaker's report (`credited_to_a_body_alone`)."""


def credited_to_a_body_alone(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is only a body crediting what came before ("The Information Department of the Ministry
    reported.", `_BODY_CREDIT_ALONE`): no one's words, so it carries on no report. Cheap: the last word first."""
    end = hi
    while end > lo and text[end - 1] in " \n\x22”’'":
        end -= 1
    if not text.endswith(_BODY_CREDIT_VERBS, lo, end):
        return False
    return _BODY_CREDIT_ALONE.match(text, lo, hi) is not None


def _an_office_credited(credit: str) -> bool:
    """Whether a closing ", reports the …" names an office, a person ("Trade has doubled since 2015, reports the
    Minister."): an inverted tag of the office's holder, not an outlet's credit (`credited_to_a_report`)."""
    words = credit.split()  # (",", "reports", "the", "Minister.")
    return len(words) > 3 and words[2] == "the" \
        and any(word.strip(".!\x22”’'").lower() in ROLE_WORD_SET for word in words[3:])


def shown_by_an_event(text: str, lo: int, hi: int) -> bool:
    """'This is confirmed by the March 15 meeting in the Kremlin …' (two-hundred-fifty-second 38743) after 'Mr Putin said
    the federal authorities intended to …': an event of the readout's own account cited as evidence of what was
    said, the writer's comment, not the speaker's words going on (first word and " by " tested before the regex)."""
    return text.startswith(("This ", "That ", "It "), lo) and text.find(" by ", lo, hi) >= 0 \
        and _SHOWN_BY_AN_EVENT.match(text, lo, hi) is not None


INVERTING_VERBS = frozenset({
    "said", "stated", "noted", "stressed", "emphasized", "emphasised", "added",
    "explained", "declared", "remarked", "underlined", "announced",
    # ("Forty-two since January, replied the general director …, X.": an answer's
    # cue inverted as "said X" is)
    "replied", "answered", "continued", "insisted", "assured", "recalled", "conceded",
    # (hundred-ninth: "… which they believe contain Russian crude, says Oleg Ustenko.":
    # the present tense of a press office retelling an interview inverts as the past does)
    "says", "adds",
    # (two-hundred-nineteenth 27067: "Ukraine’s entry into the EurAsEC would increase its GDP
    # by about 1.5%, thought Mr Putin.": a view inverted after its words as "said X" is)
    "thought",
    # (fourhundredeightieth mauritius_gis 2018-03-15: "The meeting with Prime Minister X was an
    # interesting one, indicated the German Ambassador Y in a statement.": a release's
    # inverted cue of another verb of saying, as "said X" is)
    "indicated", "observed", "commented",
    # (fivehundredeightyeighth bta gabriel: "… It is important that parliamentary dialogue is enhanced, wrote
    # Deputy Prime Minister and Foreign Minister X on Facebook on Tuesday.": a post's words inverted as "said X" is)
    "wrote", "writes",
    # (sixhundredeleventh saeima 2010-06-08: "The Riga Session … was a high-level event with regard to both organisation
    # and content, confirmed Ms. X, Ambassador … to the Republic of Latvia, when meeting Mr. Y …": a confirmation
    # inverted after its words as "said X" is)
    "confirmed"})
"""The verbs of saying whose subject may stand inverted after them, closing the words they report ("…, said X.")."""


def credit_in_parentheses(text: str, lo: int, hi: int) -> bool:
    """Whether the sentence text[lo:hi] (its closing parenthesis inside or right after it) is only a short credit in
    parentheses, its words capitalised ("(Contributed Story)", "(Contributed)", "(PR)": sixhundredseventeenth islandtimes,
    the paper's mark after the President's Office's text "He closed by encouraging … . (Contributed Story)"): who wrote
    the page, no one's words carried on. Cheap test first: the opening parenthesis."""
    if text[lo:lo + 1] != "(":
        return False
    close = text.find(")", lo, hi + 1)
    if close < 0 or text[close + 1:hi].strip():
        return False
    inside = text[lo + 1:close]
    if "/" in inside or inside.startswith(("Photo", "Photos")):
        # (sixhundredthirtythird senate: "… in our country’s fight against COVID-19. (Photo by Louie Millang/ Office
        # of the Senate President)", "(Bibo Nueva España/Senate PRIB)", "(Photos by Joseph Vidal, PRIB)"): a photo's or
        # a writer's credit, names and offices joined by a slash, or opened by "Photo(s) by" or "Photo:"
        credit = _PHOTO_OR_SLASHED_CREDIT.fullmatch(inside)
        return credit is not None and (credit.group(1) is not None or "/" in inside)
    words = inside.split()
    return 0 < len(words) <= 3 and all(word[:1].isupper() for word in words)


_PHOTO_OR_SLASHED_CREDIT = re.compile(
    r"(Photos?\s*(?:by\b|:)\s*)?(?:(?:[A-Z][\w’'.&-]*|of|the|and|for)\s*[/,]?\s*){1,12}")
"""What a credit in parentheses holds (`credit_in_parentheses`): "Photo(s) by" or "Photo:" (group 1), then up to twelve
capitalised words (and "of", "the", "and", "for" inside an office's name), joined by spaces, slashes or commas."""


PHOTO_NOTE = (r"\s*\((?:pix|pic|pics|photo|file photo|file pic|in photo|left|right|centre|center|seated|standing|"
              r"(?:second|third|fourth) (?:from )?(?:left|right))\)")
"""A paper's note on the photograph beside the text, in brackets right after a person's name (Bernama's and theSun's
"(pix)", "(left)"): no word of the sentence, whether the name closes it after a speech verb (`speech_subjects`) or the
verb's tag closes it (`reported_speech._TRAILING_CUE_END`) (eighthundredtwentysecond thesundaily 2023-10-31: "Singapore
has agreed to set up a Consulate office in Kuching … the Republic said Sarawak Premier Tan Sri Abang Johari Tun Openg
(pix).")."""


SAYING_THAT_FORMS = frozenset(("saying", "adding", "noting", "stressing", "stating"))
"""The speech participles that go on with the clause's subject with no comma before them: after a clause's object
with their "that" (`speech_subjects._saying_that_with_no_comma`) or after a place a guest was welcomed to
(`host_saying`)."""


_A_PLACE_DESCRIBED = re.compile(
    r"Also\s+(?:spelled|spelt|written|known\s+as)\s+[A-Z]"
    r"|(?:[A-Z][\w’'-]*\s+){1,3}is\s+(?:an?\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:city|town|village|province|governorate|region|district|country|port|capital|island)\s+(?:located\s+)?"
    r"(?:in|of|on|near)\b"
    r"|the\s+capital\s+(?:city\s+)?of\s+(?:the\s+)?[A-Z])")
"""A sentence that tells what a place is, an encyclopaedia's words ("Also spelled Duhok, Dohuk or Dahok; it is a city in
the far northern part of Iraq …", "Duhuk is a city in the far north of Iraq."): the writer's background from here, not
the reporter's words (`carrying_on`, `reported_speech._reported`; eighthundredsixtyninth iraqinews, a page stored as
one paragraph, where "It has about 500,000 inhabitants …" and three sentences more had gone on as the governor's
report). Only the encyclopaedia's shape: an indefinite article ("is a city in …", "is a town located in …") or "is the
capital of <Name>"; not a definite remark on the place ("Tarsk is the only city in the province with a hospital for the
camps.", hr58), which may go on with the report before it."""


def describes_a_place(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] is `_A_PLACE_DESCRIBED`'s sentence (cheap tests first: "Also " or " is " near its start)."""
    return (text.startswith("Also ", lo) or " is " in text[lo:hi if hi < lo + 40 else lo + 40]) \
        and _A_PLACE_DESCRIBED.match(text, lo, hi) is not None


_PARTICIPLE_SET_OFF = re.compile(r"(?!(?:including|according|excluding|notwithstanding)\b)[a-z]{3,}ing\s+"
                                 r"[^,;:.“”\x22]{2,80},\s+")
"""A participle's phrase set off by its comma after ", and", before the subject of the clause it opens (eighthundred-
eightyninth taichunggov 2007-08-17: "Mayor X … made a particular stop at the City Hall to call on Mayor Y …, and
representing Chinese communities in southern California, he offered consolations …"): a word on the subject, part of
the joined clause (`joined_after_a_participle`); not a preposition in -ing ("including", "according")."""
_OPENS_WITH_AN_ING = re.compile(r"[A-Z][a-z]+ing\b")
"""A sentence that opens with a word in -ing ("Speaking at the forum, and having welcomed the delegation, the Minister
said …", hard70; "Replying to X's request, and noting that …, the Deputy Mayor said …"): its participles, the second
after ", and" too, are all the subject's; no clause of another's before ", and" (`joined_after_a_participle`)."""
_FINITE_IN_THE_PHRASE = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would)\b")
"""An auxiliary inside what follows ", and" (eighthundredtwentyninth businessstandard: "The issues of 'garbage
mountains', and fixing the sanitation system in the city were also discussed …, Kejriwal told the media."): a gerund
in a subject with its own verb, no participle's phrase set off (`joined_after_a_participle`)."""


def joined_after_a_participle(text: str, lo: int, start: int) -> int | None:
    """Where a speaker's clause joined by ", and" opens when a participle's phrase set off by its comma stands between
    "and" and the subject ("X made a stop …, and representing Y, he offered …": the stop narrative, the clause from
    "representing" his), as `reported_speech._joined_after_a_time` for a day or a time; None otherwise, and None in a
    sentence that opens with a word in -ing (`_OPENS_WITH_AN_ING`) or where the phrase holds an auxiliary
    (`_FINITE_IN_THE_PHRASE`). Read by `reported_speech` (where his clause opens) and `name_registry` (the pronoun
    after it is the sentence's opener, as after a bare ", and"). Cheap: ", and " within reach first."""
    at = text.rfind(", and ", max(lo, start - 100), start)
    if at < 0 or _PARTICIPLE_SET_OFF.fullmatch(text, at + 6, start) is None \
            or _OPENS_WITH_AN_ING.match(text, lo) is not None or _FINITE_IN_THE_PHRASE.search(text, at + 6, start):
        return None
    return at + 6
