"""Reported speech: a sentence's speech cues, its clauses, and whether the report goes on."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from readout_tui.engine.bare_verb_slips import BARE_SPEECH_VERBS, slipped_bare_verb, slipped_participle
from readout_tui.engine.cue_words import (
    CONCERN_WORDS,
    DISMAY_RUNS,
    FRAME_NOUNS_COMMA,
    KEY_RUNS,
    TALK_ON_WORDS,
    WORRY_RUNS,
    holds_any,
    holds_key,
    verbs_in,
)
from readout_tui.engine.lexicon import (
    ALL_SPEECH_VERBS, GROUP_HEADS, NATIONALITIES, PRESS_NOUNS, REMARKS_ADJECTIVES, ROLE_WORD_SET, SPEECH_VERBS, SUBJECT_VERB_FILLERS,
    has_complement,
)
from readout_tui.engine.name_offices import appositive_office
from readout_tui.engine.people import Person
from readout_tui.engine.phrases import DETERMINERS, Phrase, phrase_ending_at, phrase_starting_at
from readout_tui.engine.reasons_given import reason_clause_of_no_one
from readout_tui.engine.sentence_patterns import (
    PHOTO_NOTE,
    credit_in_parentheses,
    describes_a_place,
    EVENT_ORGANISED,
    HOW_MANY_ATTENDED,
    INVERTING_VERBS,
    ACCORDING,
    APPOSITIVE_HEAD,
    DONE_BY_A_BODY,
    EARLIER,
    FIRST_WORD_OF,
    INTRO_WORDS,
    OUTLET_REPORTS_THAT,
    KIN_OR_CLERGY_SUBJECT,
    LEADING_ADVERBIAL,
    ONGOING_PROCESS,
    OPINION,
    OPINION_OF,
    PASSIVE_BY,
    SPEECH_FROM,
    SPEAKING_PARTICIPLES,
    SPEECH_FROM_WORDS,
    STATES_WHAT,
    WHAT_WAS_DONE,
    WRITTEN_SENT_BY,
    WRITTEN_SUBJECT,
    WRITTEN_TEXT_READS,
    Cue,
    Found,
    all_that,
    can_act,
    credited_to_a_report,
    describes_a_document,
    glosses_an_initialism,
    head_of_diplomacy,
    in_an_aside,
    in_an_aside_of_assent,
    joined_after_a_participle,
    lone_word,
    looks_like_verb,
    plural_noun_after_preposition,
    programme_told,
    shown_by_an_event,
    states_acted_together,
)
from readout_tui.engine.shares_counted import counted_as_a_share
from readout_tui.engine.speech_subjects import last_of_those_present, pair_after_a_who_clause
from readout_tui.engine.text_steps import back_over, skip_space, strip_tail, word_back


_WRITING_OF = ("message of ", "messages of ", "letter of ", "letters of ", "telegram of ", "note of ")
"""A writing named by what it holds, right before the noun of `SPEECH_FROM` ("A message of greetings from X …")."""
_BORNE_BY = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:also\s+)?(?:read(?:\s+out)?|delivered|handed\s+over|"
                       r"passed\s+on|conveyed|presented|brought)\b")
"""Such a writing only carried or read out, its content not given ("… was read out at the opening by …"): narrative,
the sender no speaker (`_came_from`)."""
_TOLD_BY_AGENT = re.compile(r"(?:This|That|It)\s+(?:was|has\s+been|had\s+been)\s+(?:disclosed|revealed|stated|said|"
                            r"announced|confirmed|told|explained|mentioned|pointed\s+out|highlighted|shared|conveyed|made\s+known)"
                            r"\s+by\s+")
"""A sentence that says who told what the one before told, "This was disclosed by X …", up to the agent's name
(`ReportedSpeech._agent_of_what_was_told`)."""
_HEARD_FROM = re.compile(r"\b(?:heard|learned|learnt)\s+(?:(?:first|also|then|earlier|directly)\s+)?from\s+")
"""A person heard or told something by another, "from" before the one who spoke (`_heard_from`)."""
_ANSWERED_BEFORE = re.compile(r"\b(?:in\s+(?:response|reply|answer)\s+to|responding\s+to|replying\s+to)\s+"
                              r"(?:[\w’'-]+\s+){0,4}\Z")
"""What a noun of speech answered stands after (sixhundredsixtysixth irna qalibaf-volodin: "Qalibaf made the
expression in response to the message of congratulations from … Volodin …"): the words the sentence's subject
answers, which came before it; the sender says nothing in this sentence (`_came_from`)."""
_WHO_ALL_BEFORE = re.compile(r"\bwho (?:all|both)(?: [a-z]+){0,3} $")
"""A relative clause whose "who" is several people (hundred-ninetieth: "… joined by X; Y; and Z, …, who all joined
in emphasizing …"): its speech verb is theirs together, a group's, not the last name's."""
_WHO_OF_PLURAL_NOUN_BEFORE = re.compile(
    r"\bthe (?:[a-z]+ ){0,2}(?:[a-z]{2,}[^\Ws]s|people|men|women|children|staff|police) who (?:also |then |later )?$")
"""A restrictive relative clause on a plural common noun after "the" ("… is having extensive consultation with the
local leaders who reminded them how …", eighthundredsecond goobjoog): its speech verb is that group's, not the
sentence's subject's (its "who" right before the verb; not "X, who reminded …", a named person's)."""
FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me|I’m|I'm|we’re|we're|I’d|we’ve|I’ve)\b")
"""The words of the first person: a speaker's own words, not a report of someone in the third person."""
_SECOND_PERSON = re.compile(r"\b(?:[Yy]ou|[Yy]our|yourselves)\b")
"""Words addressed to a listener (three-hundred-seventy-seventh kremlin_62093 "What is important is … that you received an award
for your family members …, the President emphasised."): unquoted words of the speaker's own, like the first person, when
the cue ends the sentence (not "If you continue to pay …, said President X during a video meeting …", hundred-twentieth)."""
CUE_ENDS_SENTENCE = re.compile(r"\s*[.!?…]*\s*$")
"""Nothing but closing stops and spaces from a position to the end of the span it is matched in: the cue (or the
speaker's name after a quotation, `sentence_reading`) closes its sentence."""
_ACCORDING_TO_A_TEXT = re.compile(
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:report|reports|document|documents|data|"
    r"decree|survey|figures|statistics|text|press\s+service|press\s+release|letter|resolution|declaration|"
    r"minutes|study|studies|estimates?)\b(?!\s+(?:of|by)\b)|"
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:agenda|schedule|itinerary|programme)\b",
    re.IGNORECASE)
"""'According to the report handed to the President, …': a text says it, not the President
(but 'according to the report of the Minister' is the Minister's); a timetable even "of" its person ("According to the
agenda of the president uploaded on the Elysee palace website, both leaders met …", sevenhundredeighth africanews
2023-03-08): when and where, never his words."""
_OFFICE_WORDS_BEFORE_A_STYLED_NAME = re.compile(
    r"(?:the\s+)?(?:(?!(?:by|of|from|with|in|on|for|to|at|and|or|as|a|an|his|her|their|its)\b)[A-Za-z-]+\s+){1,4}"
    r"(?=(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+[A-Z][a-z])")
"""After "According to": a few office words the phrase reader takes for no person, and then the style of a name
(ninehundredfiftieth thecitizen 2019-08-10: "According to LTA public relations officer Ms Jackline Mhegi, the project
aims to …": the officer's account, as "According to Ms X, …" is); no preposition among them ("data released by Mr X").
The last of them must be an office (`_styled_name_after_office_words`): not "According to police Mr X, 45, was arrested
…", "According to reports Ms Y, the treasurer, resigned …", a source that is no office and a comma left out after it."""
_OFFICES_BEFORE_A_STYLED_NAME = ROLE_WORD_SET | {"manager", "executive", "inspector", "official"}
"""The offices that may end the words before a styled name after "According to" (`ROLE_WORD_SET` and a firm's or a
service's lower-case heads: "According to the utility's regional manager Mr X, …"; `_styled_name_after_office_words`)."""
_ACCORDING_TO_A_PAGE = re.compile(
    r"(?:the|a|an|this|that|its|his|her|their|[A-Z][\w-]*(?:’s|'s))\s+(?:[\w’'-]+\s+){0,3}?(?:page|pages|account|website|"
    r"site|channel|feed|post|posts|statement|release|communiqu[eé])\s*,")
"""'According to his official Facebook page, X expressed …' (four-hundred-seventy-sixth information_gov_kh 2018-09-30): a
page or an account where it was posted, no person (not "Facebook", a name): the source of no statement of its own; so too
a text (sixhundredeighteenth aninews 2019-09-24: "According to the official statement, X also met Deputy Chief Minister
Y, who assured …": not an official, whom "the official" had been read as, and then the subject after him)."""
_CLAUSE_AFTER_SOURCE = re.compile(r" (?:the|a|an|this|these|those|there|it|its|his|her|their)\s")
"""After "According to <office>, <full name>", the account's clause opening right after the name, its comma left out
(sixhundredthirtyfifth thecitizen 2021-08-25: "According to the Director of Presidential Communication, Jaffar Haniu the
five new envoys are …"): an article, a determiner or a pronoun that is no verb, so that the name is the source set off
after its office, not the subject of a clause of its own ("…, Minister X said …")."""
_POSSESSED_ACCOUNT = re.compile(
    r"(?:’s|'s)\s+(?:information|data|figures|estimates?|calculations|assessment|words)\s*,")
"""After "According to X": X's own account ("According to the Governor’s information, the salary
… comes to …", ninety-fourth), X's statement as "According to the Governor, …" is (not "according
to the President’s instructions", which says in line with what)."""
_BARE_POSSESSED_ACCOUNT = re.compile(r"[’']\s+(?:information|data|figures|estimates?|calculations|assessment|words)\s*,")
"""`_POSSESSED_ACCOUNT` after a name in -s with a bare apostrophe ("According to Edwards' estimates, …"): his own."""
_PLACES_LOWER_CASE_OFFICE = re.compile(r"the (?:[A-Z][\w’'-]+ ){1,3}(?:[a-z]+ ){0,2}(?P<role>[a-z]+)(?=,)")
"""After "According to": "the", the place an office serves in capitals, and the office in lower case up to the comma
that ends the source (ninehundredeightyfourth allafrica 2023-02-06, the Daily News: "According to the Kilimanjaro
regional commissioner, there are reports that …": the regional commissioner's account, as "According to the regional
commissioner, …" and "According to the Kilimanjaro Regional Commissioner, …" are; the phrase reader stops at the
place, "the Kilimanjaro", a thing). The last word an office's (`ROLE_WORD_SET`, the caller's test)."""
_A_BODYS_OFFICE_BEFORE_ITS_NAME = re.compile(r"the\s+[a-z]+(?:’s|'s)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=,\s+[A-Z])")
"""After "According to": an office of a body named in lower case with its possessive and set off by a comma before its
holder's name (hard79: "According to the committee's chairman, Mr. Radomil Vallomir, the Minister also said …",
"According to the district's medical officer, Dr. Wouterijn Avermaete, the minister promised …"): the holder's
account, as "According to the head of the delegation, X, …" is X's (`ReportedSpeech._named_after`); a bare "According
to the ministry's spokesman, …" with no name after it is left as it was."""
_PER_A_NAMED_SOURCE = re.compile(r"per\s+(?=[A-Z])")
"""A US newsroom's "according to" after a comma, before a capitalised name ("Six months later, X is seeking the same
solutions, per Slater.", sevenhundredfiftyfirst ktar): the source of the sentence it closes, as "…, according to Y."
(`_source_named_last`); read only where a sentence holds ", per " (`ReportedSpeech._per_source_closing`)."""
_KNOWN_AS_A_TITLE = re.compile(r'(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:known\s+as|called)\s+(?:the\s+)?[“"][A-Z][^"“”,.]{0,60}[”"]')
"""A description's own name in quotes before the comma that sets off the person's name ("According to the leader of the
parliamentary delegation known as the "House Democracy Partnership", Congressman X, …", four-hundred-eighty-sixth
gambia us-congress): the quoted title names the body, and the name after the comma is still the description's person."""
_TEXT_ONE_GAVE = re.compile(
    r"the\s+(?:[\w’'-]+\s+)?(?:data|figures|information|statistics|numbers|estimates|results|facts)\s+(?:that\s+)?"
    r"(he|she)\s+(?:had\s+)?(?:presented|cited|provided|gave|quoted|reported|announced|shared|released|named)\b")
"""After "According to", a text that a person just presented ("the data she presented", "the figures he
cited"): the person's statement, though "according to the data" alone is no one's (`_ACCORDING_TO_A_TEXT`)."""
_TEXT_GIVEN_OPENINGS = ("information ", "details ", "the information ", "the details ")
"""The cheap test before `_TEXT_GIVEN_BY`: the word told right after "According to"."""
_TEXT_GIVEN_BY = re.compile(
    r"(?:the\s+)?(?:information|details)\s+(?:released|provided|given|issued|shared|availed)\s+"
    r"(?:to\s+(?:journalists|reporters|the\s+press|the\s+media)\s+)?by\s+(?=[A-Z])")
"""After "According to", a text a person named next gave out (ninehundredninetysixth allafrica 2020-06-01, the Daily
News: "According to information released by Tanga Regional Commissioner, X, yesterday to journalists the Premier
will …"): what the person told, his account, as "According to X"; the source read from the capitalised words after
"by" (a body's name there is no one, as after "According to"). Only information or details, which a person tells; not
data or figures, a text's as `_ACCORDING_TO_A_TEXT` has them ("According to data released by Mr X, …" stays no one's,
the 950th's guard)."""
_TRAILING_CUE_END = re.compile(
    # ("…, said X (pix).": a photo's note after the name, `PHOTO_NOTE`)
    r"(?:" + PHOTO_NOTE + r")?"
    # ("…, he said./.": VNA's closing mark "/." after the last full stop)
    r"\s*(?:[.!?…]*(?:/\.)?\s*$|(?:as|when|while|during|after|before|following|today|yesterday|at|in|on)\b)")
"""After a cue that closes its sentence: nothing, or only when or where it was said. VNA's pages end their last
paragraph with "/." ("China wishes to partner with Vietnam …, he said./.", eighthundredsixtieth vnanet 2023-08-27):
that mark closes the sentence as the full stop does."""
_TOLD_THE_PRESS = re.compile(r"\s+(?:reporters|journalists|the\s+(?:press|media|news\s+agency))\b")
"""Whom a cue that closes its sentence told: "…, the press secretary told reporters." (`_reported_by_closing_cue`)."""


# The marks that open a quotation right after a speaker's "that", and the mark that closes each
# (`_inside_a_quoted_that_clause`).
_THAT_CLAUSE_CLOSING_MARKS = {"“": "”", '"': '"', "«": "»"}
_THAT_AFTER_OBJECT_REACH = 60
"""How far after the speaker's verb the "that" of a quoted clause may stand, its listeners and when it was said between
("told journalists after the two meetings, that “…”", `ReportedSpeech._quoted_that_after_the_object`)."""


_AGENCY_CITES = re.compile(r",\s+[A-Z][\w-]*\s+reports\s+(?:citing|quoting|referring\s+to|with\s+reference\s+to)\s[^,;]*$")
"""A news agency's note of whom it took the report from, closing the sentence: ", Trend reports citing 1tv."."""


_CLOSING_APPOSITIVE = re.compile(r",\s+(?:an?|the|also|who|whose)\s[^,;:“”\"«»()]*[.;]?[”\"’»]?\s*$")
"""Who the speaker of a closing tag is, set off by a comma and closing the sentence, one phrase with no comma of its own
("…, said Zhang En'liang, a deputy to NPC and also mayor of Heihe city along the Heilongjiang River.")."""


def _after_the_speakers_office(text: str, speaker: Phrase, hi: int) -> int:
    """Where an inverted closing cue ends with the speaker's office after the name and a news agency's note after it
    ("…, said Natia Turnava, Georgian Minister of Economy …, Trend reports citing 1tv.", sixhundredfourth trend
    3422546): the end of the office, and of the note when one follows it, for `_TRAILING_CUE_END` to read what
    follows; the name's end when no office follows it."""
    offices = appositive_office(text, speaker.start, speaker.end, speaker.start, hi)
    if not offices:
        return speaker.end
    at = text.find(offices[-1].text, speaker.end, hi)  # (the office's positions are its run's own)
    if at < 0:
        return speaker.end
    end = at + len(offices[-1].text)
    cited = _AGENCY_CITES.match(text, end, strip_tail(text, end, hi))
    return cited.end() if cited else end


def _closes_sentence(text: str, verb_end: int, hi: int) -> re.Match[str] | None:
    """Whether a cue whose verb ends at `verb_end` closes its sentence: nothing after it, or only
    when or where it was said, after whom it told if that was the press ("…, the press secretary told
    reporters.", "…, Mr Putin told journalists after the meeting.")."""
    told = _TOLD_THE_PRESS.match(text, verb_end, hi)
    return _TRAILING_CUE_END.match(text, told.end() if told else verb_end, hi)


RESOLVE_TO = re.compile(r"determined(?=\s+to\s+(?!be\b)[a-z])")
"""The one use of the cue word "determined" that is a resolve: before "to" and a verb ("is determined to provide …",
`_BELIEF`), not "was determined to be …" (a finding) nor "was determined as a task" (set)."""
_BELIEF = re.compile(
    # (two-hundred-ninety-first eu_commission_2012-07_samaras: "President Barroso was very clear: “…”": a degree
    # adverb before "clear" only, a position stated as "was clear:" is; not "is quite satisfied", `_BELIEF`'s other words)
    # (sixhundredtwentieth starrfm: "She was particularly grateful to the UNDP for …": a degree adverb, as "deeply")
    # (ninehundredfiftyfourth dailyguide 2021-03-18: "He was therefore optimistic that Mr. X would do even better.": a
    # linking adverb, the view still his, as "was also confident that")
    # (ninehundredfiftyeighth nairobinews 2023-01-29: "In his response, Olekina has remained adamant that no one will
    # bar him …": the perfect, "has/have/had remained" or "has been", the auxiliary in the match so that the phrase
    # before it is the subject)
    r"(?<=\s)(?:is|was|are|were|remains|remained|(?:has|have|had)\s+(?:remained|been))\s+"
    r"(?:also\s+|therefore\s+|firmly\s+|deeply\s+|fully\s+|particularly\s+|especially\s+)?"
    # (three-hundred-forty-seventh whitehouse_2021-11-16_biden_xi: "He was clear about the need to protect …": a position
    # stated, as "was candid about"; the subject must be a person, `_person_before`)
    # (sevenhundredeleventh graphic: "President X was of the firm belief that it was a good idea …": a belief held,
    # as "is of the opinion that"; "firm", a cue word of its own, the one word between "the" and the noun)
    r"(?:convinced|confident|certain|sure|hopeful|grateful|thankful|of\s+the\s+(?:opinion|view)|"
    r"of\s+the\s+firm\s+(?:opinion|view|belief)(?=\s+that\b)|"
    r"(?:(?:very|quite|absolutely|perfectly|abundantly|crystal)\s+)?clear"
    r"(?=\s*(?:that\b|:|about\b|with\s+(?:the\s+|his\s+|her\s+)?[\w’'. -]{2,60}?\s+that\b))"
    # ("The Mariscan was adamant that talks must resume", "She was emphatic that …", "the Drevnian
    # leader was categorical: …": a position stated firmly, as "insisted"; "was critical of the situation
    # with flax" (`_CRITICAL_OF`): a stance stated, as "criticised"; not "is critical for" nor "critical infrastructure")
    r"|(?:adamant|emphatic|insistent|categorical|unequivocal)(?=\s*(?:that\b|:|about\b|on\b|in\b))"
    # ("was optimistic that the reform would go ahead", "was sceptical about the plan": a view stated)
    r"|(?:optimistic|pessimistic|upbeat|sanguine|doubtful|sceptical|skeptical)(?=\s*(?:that\b|:|about\b|on\b|over\b|of\b))"
    # (ninehundredtwentieth hivisasa: "Kwale Governor X is upbeat his development record will earn him a second term
    # …": the view with its "that" left out, as "is confident his …" is read; only before a clause's subject (a
    # possessive, "the" or a pronoun) and its modal or auxiliary within five words, not "remained upbeat the whole
    # day" nor "was upbeat and smiling"; hr63 on h1203: not "was upbeat the day the results were announced" nor "was
    # optimistic this morning after the figures were released", a time phrase and a clause of time, not a view's clause)
    r"|(?:optimistic|pessimistic|upbeat)(?=\s+(?:(?:his|her|their|its|the|this|he|she|they|it|we)\s+)"
    r"(?!(?:day|morning|afternoon|evening|night|week|weekend|month|year|time|moment|hour|whole|entire)\s+"
    r"(?!will\s|would\s|can\s|could\s|may\s|might\s|is\s|was\s|has\s|had\s))"
    r"(?:(?!(?:after|before|when|while|until|since|as)\s)[\w’'-]+\s+){0,4}?"
    r"(?:will|would|can|could|shall|should|may|might|is|are|was|were|has|have|had)\s)"
    # ("was in no doubt that …": a position stated, as "insisted")
    r"|in\s+no\s+doubt(?=\s+(?:that|about)\b)"
    # (four-hundred-twenty-fourth 2024-09-26 Biden/Zelenskyy: "President Biden is determined to provide Ukraine with the
    # support it needs to win.": one person's resolve stated, as "remains committed to", `RESOLVE_TO`)
    r"|" + RESOLVE_TO.pattern +
    # (hard19, a Commonwealth office's understatement: "Mr X was firm that its outcome could not be
    # questioned", "The Keshite was candid about the obstacles", "was frank about …", "was blunt in his
    # assessment", "was explicit that …": a position stated plainly, as "adamant"; not "a firm", "firm
    # ground": only these words after "was", and before "that", a colon, "about" or "in")
    r"|(?:firm|candid|frank|blunt|explicit)(?=\s*(?:that\b|:|about\b|in\s+(?:his|her|their)\b))"
    # ("Roman Ivash was warm in his gratitude for …", "the Dravenian was fulsome in his thanks", "She was
    # forthright in calling for …", "was appreciative of …": a feeling or a call voiced, as "expressed";
    # "was at pains to stress that …", "was keen to point out …" are `_EFFORT_TO_SPEAK`'s)
    r"|(?:warm|fulsome|effusive|generous|lavish|profuse|unstinting|forthright|outspoken|vocal|scathing|unsparing)\s+in\s+"
    r"(?:(?:his|her|their)\s+(?:praise|thanks|gratitude|appreciation|support|criticism|condemnation|welcome|"
    r"congratulations|tribute|calls?|demands?|recognition|acknowledgement|acknowledgment|admiration|"
    r"commendation|encouragement|condolences|sympathy|solidarity)\b|[a-z]+ing\b)"
    # (hard23: "President X was generous in his recognition of …" (the nouns above); "She was no less
    # forceful on the investigation of …", "was blunt about …", "was candid about …": how one person
    # spoke on a subject, as "stressed"; not "forceful measures": a person before it, `_person_before`)
    r"|(?:(?:no\s+less|equally|just\s+as|particularly|very|most|quite)\s+)?(?:forceful|blunt|candid|frank|"
    r"forthright|outspoken|vocal)\s+(?:on|about|in\s+(?:his|her)\s+(?:criticism|remarks|view|assessment)\b)"
    r"|appreciative\s+of\b"
    # (hard21: "Hale was sympathetic to Sarrat's concerns over …", "was receptive to the idea", "was supportive
    # of …", "was dismissive of the reports": a stance voiced, as "acknowledged", "supported", "dismissed")
    r"|(?:sympathetic|receptive)\s+to(?:wards)?\b|(?:supportive|dismissive|scornful)\s+of\b"
    # (two-hundred-nineteenth 27061: "The President was not content with the pace of economic growth in the
    # country.", "was satisfied with the work of …": one person's judgement stated, as "expressed dissatisfaction")
    r"|(?:not\s+)?(?:content|satisfied|dissatisfied|unhappy)\s+with\b"
    # (three-hundred-fifty-seventh kremlin 26964: "At the same time, the President was not sure that either goal had been
    # achieved.": one person's doubt, "was sure that" denied; only before "that", "whether" or "about", not "was not
    # certain until the evening")
    r"|not\s+(?:entirely\s+|quite\s+|fully\s+)?(?:sure|certain|convinced)(?=\s+(?:that|whether|about)\b))")
_INTERESTED_IN_HOW_THINGS_STAND = re.compile(
    r"(?<=\s)(?:was|were|is|are)\s+(?:also\s+|particularly\s+|especially\s+|keenly\s+)?interested\s+in\s+"
    r"(?:the\s+(?:state\s+of\s+affairs|(?:current\s+)?situation|progress)|how|whether|what|why)\b")
"""(three-hundred-ninety-fifth belarus_president_2016-09-09_vakulchik_report, four-hundredth gurulev_report: "The head
of state was interested in the state of affairs in Belarus in the run-up to …", "Aleksandr Lukashenko was interested in
the state of affairs in defense industry enterprises"): one person's inquiry, as "asked about"; only before the state of
affairs, the situation, the progress or a question word and after a person (`_person_before`), not "was interested in
cooperation" (a wish) nor "Russia was interested in …" (a country). Not one of the scan's cue words: "interested" as one
would stop reports carried on over "… is not interested in …" (hundred-thirty-second kremlin_28407). In the present too,
a report's tense (fivehundredfortyninth taipei twin city forum: "He is interested in what the young people are thinking")."""
_MESSAGE_OF = re.compile(
    r"[:;]\s+(?:this|that|such)\s+(?:was|is)\s+(?:also\s+)?(?:the\s+)?(?:main\s+|key\s+|central\s+|clear\s+|chief\s+)?"
    r"(?:message|verdict|warning|conclusion|view|position|assessment)\s+of\s+")
"""A statement whose speaker is named after a colon, at its end (hard17: "Any staged referendum …
would be recognised by no one …: this was the message of President X."): the whole sentence is his,
as "According to X, …"; looked for only in a sentence that holds ": th"."""
_VIEW_FRAMED = re.compile(
    r"(?:It\s+(?:is|was|remains|remained)\s+the\s+(?:considered\s+|firm\s+)?(?:assessment|view|opinion|belief|conviction|"
    r"judgement|judgment|understanding|expectation)\s+of\s+(?=\S)"
    r"|As\s+((?:his|her|the\s+|(?-i:[A-Z]))[^,;:.“”\x22]{1,60}?)\s+(?:saw|sees|understood|understands|viewed|views)\s+it\s*,"
    r"|For\s+(?=(?:the\s+|(?-i:[A-Z]))[^,;:.“”\x22]{1,60}?,?\s[“\x22]))")
"""A sentence that opens by framing one person's view (hard20): "It was the assessment of PM X that …" (group 1
empty: the source after "of", as "In the opinion of X"), "As the Vice President saw it, …" (group 1 the holder);
"For Colin Tukuitonga “the relationship … is unique …”." (fivehundredfifteenth spc ligeard_visit; group 1 empty, the
source right after "For", as "According to X, “…”"): only where an opening quotation mark follows the source, so that
"For the first time, …" and "For his part, X said …" stay as they are ("For Kastravia, “…”", a place, names no person:
`_according` reads no cue)."""
_TO_ONES_MIND = re.compile(r"\b[Tt]o\s+(his|her|the\s+[\w’' -]{2,60}?(?:’s|'s))\s+mind\b(?=\s*,)")
"""'…, to his mind, …', 'To the President's mind, …': one person's view, as 'in his view' (hard20)."""
_ONES_OWN_FRAME = re.compile(
    # (hard27: "From the Managing Director's perspective, the programme remains on track", "By the Secretary-
    # General's account, he briefed …", "In the Prime Minister's telling, …", "in the Prime Minister's phrase,
    # "…"": the frames of one person's view or words, as "in his view"; the noun closed by a comma)
    r"\b(?:[Ii]n|[Ff]rom|[Bb]y)\s+(his|her|the\s+[\w’' -]{2,60}?(?:’s|'s)"
    r"|(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:’s|'s)))"
    r"\s+(?:own\s+)?(?:telling|reckoning|account|perspective|standpoint|phrase|estimate|eyes)(?=\s*,)"
    # ("Officials …, as the President would have it, belong on the list": his view, set into the sentence)
    r"|,\s+as\s+(his|her|the\s+[^,;:.“”\x22]{2,60}?|(?-i:[A-Z])[^,;:.“”\x22]{1,60}?)\s+would\s+have\s+it\s*,")
"""A frame of one person's view or words, the holder in group 1 or 2 (`_framing_holder`): looked for only in
a sentence with " have it" or one of `FRAME_NOUNS_COMMA` in it."""
_STANCE_WITH = re.compile(
    r"(?<=\s)(?:is|was|are|were)\s+(?:also\s+|fully\s+|entirely\s+|quite\s+)?"
    r"(?:at\s+one\s+with\b|firm\s+with\s+(?:his|her|their|the)\s+(?:[\w’'-]+\s+){0,3}?(?:that|on|about)\b)")
"""(hard27) A stance stated to someone: "Mr X was at one with the Deputy High Commissioner on the significance of
…" (agreed with her, as "in full agreement with"), "the Secretary-General was firm with his interlocutor
that …" (insisted to him): only after a person (`_person_before`), only in a sentence with " at one with "
or " firm with " in it."""
_EARNED_ONES_PRAISE = re.compile(
    r"\s(?:earned|won|drew|received)\s+(his|her|the\s+[\w’' -]{2,60}?(?:’s|'s)|(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:’s|'s)))\s+(?:(?:warm|warmest|special|particular|sincere|heartfelt|"
    r"fulsome)\s+)?(?:thanks|praise|gratitude|appreciation|admiration|commendation)\b")
"""(hard27) "Korvania's contribution of troops … earned the Secretary-General's thanks": he thanked it, the
holder inside the object (group 1); only in a text with one of `EARNED_WORDS` in it."""
_IN_AGREEMENT = re.compile(r"(?<=\s)(?:is|was|are|were)\s+(?:also\s+)?in\s+(?:full|complete|total|entire|broad|"
                           r"general|wholehearted)\s+(?:agreement|accord)\s+with\b")
"""One person's agreement stated ("X was in full agreement with her"): only after a person (`_person_before`)."""
_IN_ONES_TALK = re.compile(r"(?:\b(?:[Ww]ith|[Ii]n|[Dd]uring)\s+)((his|her)\s+(?:[a-z-]+\s+){0,2}?(?:presentation|remarks|speech|"
                           r"address|lecture)\s+(?:on|about))\s")
"""A talk of one person and what it was on, the words of a sentence's only speech ("… with his presentation on …", "in
her remarks on …", `ReportedSpeech._speech_in_ones_talk`); looked for only in a sentence with `TALK_ON_WORDS`."""
_LOWER_WORDS_TO_A_TALK = re.compile(r"(?:[a-z][\w’'-]*\s+)+")
"""The verb and its object in lower case between a subject's closing comma and the talk (", caught the attention of the
delegates "): `ReportedSpeech._speech_in_ones_talk` reads the subject before that comma."""
_FULL_OF_PRAISE = re.compile(
    r"(?<=\s)(?:is|was|are|were)\s+(?:also\s+)?full\s+of\s+(?:praise|admiration|gratitude|thanks)\s+for\b")
"""("Arkady X, who had spoken to three other heads of state …, was full of praise for his colleague's
stance", hard17): praised; looked for only in a sentence with " full of " in it ("full" as a rare word
of the one scan would stop reports carried on over "a full screening")."""
_HAD_WORDS_FOR = re.compile(
    r"(?<=\s)(?:has|had|have)\s+(?:also\s+)?(?:nothing\s+but\s+|only\s+)?(?:(?:high|warm|kind|harsh|strong|sharp|tough|"
    r"glowing|fulsome|special|critical|some|no|few|many|serious|deep|grave|lingering)\s+)?(?:words|praise|reservations|"
    r"misgivings|doubts|criticism)\s+(?:(?:of\s+(?:praise|thanks|gratitude|warning|caution|support)\s+)?(?:for|about|over|"
    r"regarding|concerning)\b)")
"""A view one person voices through "had … for / about" ("The Prime Minister had high praise for the organisers",
"had harsh words for the critics", "had reservations about the agreement", "had words of praise for …"): praised,
criticised, doubted; only after a person (`_person_before`), looked for only in a sentence with " had " / " has "
/ " have " (a probe of reporting phrases found these unread)."""
_HAD_NOUNS = ("words", "praise", "reservations", "misgivings", "doubts", "criticism")
"""The nouns one of which every match of `_HAD_WORDS_FOR` holds: a sentence with none is not searched."""
_CRITICAL_OF = re.compile(r"(?<=\s)(?:is|was|are|were|remains|remained)\s+(?:[a-z]+ly\s+|also\s+)?critical\s+of\b")
"""A criticism one person voices ("The head of state was critical of the situation with flax", as
"criticised"; not "critical infrastructure", "is critical for"): only after a person (`_person_before`);
"critical" a word no cue word is, noted by the one scan (`_FEELING_RUNS`) and looked for no further in
a text without " critical of "."""
_EFFORT_TO_SPEAK = re.compile(
    r"(?<=\s)(?:(?:is|was|are|were)\s+(?:also\s+|always\s+|very\s+|particularly\s+)?(?:at\s+pains|careful|keen|quick|"
    # (ninehundredseventyseventh punch: "…, but re-elected Governor X is first to admit that the political exercise was
    # “too much divisive”.": one who owns to it readily, as "was quick to acknowledge"; only before a verb of saying
    # below and with "that" after "admit" or "concede", not "was the first to arrive" nor "the first to admit students")
    r"eager|anxious|swift|(?:the\s+)?first(?=\s+to\s+(?:admit|concede|acknowledge)\s+that\b))|(?:did|does)\s+not\s+hesitate|would\s+(?:also\s+)?like|wishes|wished|wants|wanted|sought|seeks|hastened|hastens|took\s+care|takes\s+care"
    r"|went\s+out\s+of\s+(?:his|her)\s+way|(?:took|takes|taking)\s+(?:great\s+|particular\s+|special\s+)?pains)\s+to\s+(?:also\s+)?"
    r"(?:say|stress|emphasi[sz]e|underline|underscore|add|note|point\s+out|highlight|welcome|confirm|thank|praise|"
    r"reassure|assure|express|ask|call|reiterate|reaffirm|insist|remind|explain|warn|acknowledge|congratulate|"
    r"commend|offer|raise|propose|suggest|urge|recall|mention|announce|promise|pledge|voice|convey|agree|deny|"
    r"reject|condemn|critici[sz]e|inform|tell|make\s+(?:it\s+)?(?:clear|plain)|point|share|reply|respond|deplore|"
    r"applaud|hail|clarify|distance|admit(?=\s+that\b)|concede(?=\s+that\b)"
    # (ninehundredtwentieth kenyanpost 2020-09-22: "… and he was quick to shower praises on Mvurya.": the idiom of
    # praise (the lexicon's "showered praise on …") after the effort, as "was quick to praise")
    r"|(?:shower|heap|lavish)\s+(?:[\w’'-]+\s+){0,2}?(?:praises?|compliments|accolades)\s+(?:on|upon))\b"
    # (hard19: "the Vice President … was proud to report the commission's progress", "was pleased to announce
    # …", "was happy to confirm …": a feeling before a speech verb of telling, as "at pains to"; not "was
    # pleased to welcome X to …", hosting, nor "glad to hear", `_GLAD_TO_LEARN`'s)
    r"|(?<=\s)(?:is|was|are|were)\s+(?:also\s+|very\s+|particularly\s+)?(?:proud|pleased|happy|glad|delighted)\s+to\s+"
    r"(?:also\s+)?(?:report|announce|note|confirm|inform|share|say|tell|add|reaffirm|reiterate|convey|congratulate|"
    r"thank|recall|stress|underline|highlight|assure"
    # (styles42, a WHO Representative's courtesy call: "She was happy to ensure that all the technical guidance
    # required from her organization would be given to the Ministry …": a promise made, as "assured that"; only
    # with "that", not "was happy to ensure the smooth running of …", an act)
    r"|ensure(?=\s+that\b))\b")
"""An effort or a manner before a speech verb's plain form (hard16, hard17): "was at pains to stress
that …", "was careful to add that …", "was quick to welcome this", "did not hesitate to ask for …",
"sought to reassure the President that …", "hastened to add", "took care to underline": the infinitive
is what the subject said (the plain forms are no cue words: "stress", "add" are nouns too); only after
a person (`_person_before`), and looked for only in a readout holding one of `_EFFORT_WORDS`."""
_FELL_TO_SPEAK = re.compile(r"It\s+(?:then\s+|also\s+|finally\s+)?(?:fell|falls|was\s+left)\s+to\s+")
"""A duty handed to someone named next ("It fell to X to thank …", hard30): `_TO_SPEAK_AFTER` must follow the name
(its verbs those of saying, and of stressing: fivehundredthirtysecond sintmaarten_gov blok, "It was a great opportunity
for Prime Minister X to highlight the importance of …")."""
_TO_SPEAK_AFTER = re.compile(r"(?:,\s+[^,.;:]{1,80},)?\s+to\s+(say|stress|thank|welcome|congratulate|express|convey|"
                             r"announce|reply|respond|propose|explain|brief|inform|praise|remind|assure|reassure|"
                             r"highlight|emphasi[sz]e|underline|underscore|reiterate|reaffirm"
                             # (sixhundredthirtysixth pidf martel_sogavare: "The meeting also allowed PIDF Secretary
                             # General to provide an overview to the visiting delegation of …": an account given, as
                             # "to brief")
                             r"|(?:provide|give)\s+(?:an?\s+)?(?:brief\s+|short\s+|general\s+)?overview)\b")
_OCCASION_FOR_ONE = re.compile(r"\s(?:was|were|provided|offered|presented|gave)\s+(?:also\s+)?(?:(?:him|her)\s+)?"
                               r"(?:an?|another|the)\s+(?:[\w-]+\s+){0,2}?(?:opportunity|occasion|chance)\s+for\s+")
"""A meeting that was one person's occasion to speak, the person named next (four-hundred-fifty-fourth
nepalembassy_gov_np 2023-09-29: "The meeting was an opportunity for the Ambassador to thank the Honorary Consuls for …";
styles15 maghrabia_royal_cabinet: "The Royal audience was also an opportunity for the Cassandrian President to convey to
HM the King the greetings …"): `_TO_SPEAK_AFTER` must follow the name; a past verb only ("will be an opportunity for
X to discuss …" is a plan), one person only ("for the two leaders to review …" a group's)."""
_OCCASION_ALLOWED_ONE = re.compile(r"\b(?:meeting|visit|call|talks|audience|session|discussion|occasion)\s+"
                                   r"(?:also\s+)?(?:allowed|enabled)\s+")
"""A meeting that let one person speak, the person named next ("The meeting also allowed PIDF Secretary General to
provide an overview to the visiting delegation of …", sixhundredthirtysixth pidf martel_sogavare): as "The meeting was an
opportunity for the Ambassador to thank …" (`_OCCASION_FOR_ONE`), `_TO_SPEAK_AFTER` must follow the name; not "allowed
the two sides to review …" (a group's), nor "the meeting allowed for an in-depth review" (no one)."""
_EFFORT_STEMS = ("care", "pains", "keen", "quick", "eager", "anxious", "swift", "hesitate", "like", "wish", "want",
                 "sought", "seeks", "hasten", "way", "proud", "pleased", "happy", "glad", "delighted")
"""A word every match of `_EFFORT_TO_SPEAK` holds (one in each of its openers but "first"): a sentence with none is
not searched (a search in C for each, where the regex, opening with a look-behind, tries every character)."""
# (a match through the opener "first", "is first to admit that …", holds "admit", "concede" or "acknowledge" too: with
# "first", the cheap test for that opener, so a sentence with "first" alone, a common word, is not searched)


_CONCESSIVE_ASIDE = r"(?:,\s+(?:however|though|nevertheless|nonetheless),)?"
"""A concessive adverb set off by commas between a feeling and the thing it is felt at (sixhundredfifteenth lrs
2012-05-08: "The Speaker is saddened, however, by several political parties that …"): as "is saddened by …"."""
_CONCERN = re.compile(
    r"(?<=\s)(?:is|was|are|were|remains|remained)\s+(?:[a-z]+ly\s+)?"
    r"(?:(?:" + "|".join(run.decode() for run in WORRY_RUNS) + r")\s+(?:by|about|over|that|at)\b"
    # (thirtieth styles set, a statement attributable to the Spokesman: "Secretary-General X is saddened by the loss
    # of life …", "is deeply concerned at …": sorrow, dismay, alarm, shock, trouble, outrage or heart taken at a
    # thing, stated of one person, as "expressed …")
    r"|(?:" + "|".join(run.decode() for run in DISMAY_RUNS) + r")" + _CONCESSIVE_ASIDE + r"\s+(?:by|at|over|that)\b"
    # (two-hundred-fiftieth us_defense_2017-01-24: "Secretary Mattis was encouraged by progress with force posture
    # initiatives, …": his feeling at a thing stated, as "welcomed"; not "was encouraged by President X to …", a
    # passive whose agent, a capitalised name or title, speaks)
    r"|encouraged\s+by\s+(?!(?:the\s+)?(?-i:[A-Z]))"
    # (the UN's "Secretary-General X is following with deep concern the developments in …", the leftover named at
    # stop 45: his concern stated, as "is concerned about …")
    r"|following\s+with\s+(?:(?:deep|great|grave|serious|growing|particular|increasing)\s+)?concern\b)")
_PRESENT_WAS = re.compile(r"Also\s+(?:present|taking\s+part|participating|attending|joining)\b[^.;]{0,60}?\s(?:was|were)\s")
"""An inverted sentence of presence ("Also present was …", "Also taking part in the talks was …"), up to its verb."""
_WERE_PRESENT = re.compile(r"\bwere\s+(?:also\s+)?(?:present|in\s+attendance)\b")
"""A sentence of presence with a plural verb ("A, …, and B, …, were also present."): several people, none its subject."""
_GLAD_TO_LEARN = re.compile(
    r"(?<=\s)(?:is|was|are|were)\s+(?:also\s+|very\s+|particularly\s+)?(?:glad|pleased|happy|delighted)\s+to\s+"
    r"(?:hear|learn|see)\b"
    r"|(?<=\s)(?:is|was)\s+(?:also\s+|very\s+|particularly\s+)?(?:glad|pleased|happy|delighted)\s+that\b"
    r"|(?<=\s)(?:is|was)\s+(?:also\s+|very\s+|particularly\s+|especially\s+)?pleased\s+with\s+"
    r"(?:the|this|that|these|those|his|her|their|its)\s"
    # (not fourhundredsixtyfirst jamaica_jis_2019-10-04_pence: "Prime Holness was very pleased with the meeting and
    # said: / “…”": the pleasure that leads his quotation in, no statement of its own)
    r"(?![^.;:“”\x22]*\band\s+(?:said|added|stated|remarked|noted)\b)"
    # (ninehundredninetysecond lusakatimes 2020-05-12, ZANIS: "Muchinga Province Minister X is happy with the high
    # level of compliance during …" / "Mr. X is also impressed with what the Ministry of Health staff has done …": a
    # judgement stated as the lead, as "pleased with the …"; "delighted with", "impressed with/by" a determiner's
    # thing or "what"/"how" it was done; not "impressed upon …", which stresses, nor a group's; not "happy with",
    # which h1018's guard reads as no report ("Teo Vran is happy with the plan. He said …": "He" the last speaker's,
    # so the minister's "is happy with the high level …" is left); the same
    # guard: the feeling that leads a quotation in, "was happy with the talks and said:", no statement of its own)
    r"|(?<=\s)(?:is|was)\s+(?:also\s+|very\s+|particularly\s+|especially\s+|greatly\s+|deeply\s+)?"
    r"(?:delighted\s+with|impressed\s+(?:with|by))\s+"
    r"(?:the|this|that|these|those|his|her|their|its|what|how)\s"
    r"(?![^.;:“”\x22]*\band\s+(?:said|added|stated|remarked|noted)\b)")
"""A feeling one person voices at news ("Mr X was glad to hear from Mr Y that …"), as "expressed
satisfaction"; only after a person (`_person_before`), so not "Visitors were happy to see …". So "He was pleased that
the Prime Minister committed to …" (three-hundred-thirtieth scot_gov 2023-04-24): his satisfaction, not the
Prime Minister's commitment, though that verb speaks too; and "The premier is especially pleased with the commitment to
hold …" (five-hundred-eleventh nl 2003-11-17): a judgement stated, as "was satisfied with …" (`_BELIEF`)."""
_PRIORITY_FOR = re.compile(
    # (styles43: "For Mr. X, the memorandum aims …": a courtesy title's full stop inside the name)
    r"For\s+((?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?[^,;.]{3,60}?)(?:,\s+(?:(?:the|his|her)\s+(?:(?:main|top|key|first|overriding|chief|real|immediate|"
    r"absolute|clear)\s+)?priorit(?:y|ies)\s+(?:is|was|are|were|remains|remained)\b"
    # (hard27: "For the Halvorian Prime Minister, the mission remains "the best chance for peace …"": his words
    # quoted for what a thing is to him; a quotation right after the verb)
    r"|(?:the|this|that|his|her|its|such)\s+(?:[\w’'-]+\s+){0,4}?(?:is|was|are|were|remains|remained)\s+"
    r"(?:still\s+|now\s+)?[“\x22]"
    # (hard16 tarvos_frigate_crew: "For President X, the loss was a reminder that the sea demands discipline …":
    # what a thing told him, his view, as "in his view"; a reminder or sign "that", its content next)
    r"|(?:the|this|that|his|her|its|such)\s+(?:[\w’'-]+\s+){0,4}?(?:is|was|remains|remained)\s+"
    r"an?\s+(?:(?:stark|sobering|painful|clear|timely|powerful)\s+)?(?:reminder|sign|proof)\s+that\b)"
    # (two-hundred-forty-eighth, eu_council 2020-01-16: "For the president of the European Council it is essential
    # to reach out to all international partners …": what he holds needful, as "in his view"; with or without
    # the comma)
    r"|,?\s+it\s+(?:is|was|remains|remained)\s+(?:(?:absolutely|particularly|especially|very|most)\s+)?"
    r"(?:essential|important|crucial|vital|imperative|necessary|critical)\s+(?:to|that)\b"
    # (fivehundredtwentyfifth andina quesada-popolizio-china: "For Ambassador X, political and cooperation relations
    # between the Inca nation and the Asian Giant are at their best.": how a thing stands, as he judges it)
    r"|,\s+(?:[\w’'-]+\s+){1,14}?(?:is|are|was|were|remains|remain|remained)\s+(?:now\s+|still\s+)?"
    r"at\s+(?:its|their)\s+(?:best|highest|peak|lowest|worst)\b"
    # (styles43, a prosecution services' memorandum, as Moroccan wire items write: "For Mr. X, the memorandum aims to
    # promote …, noting that …": what a thing is for, as he sees it; the speech's participle after it, whose subject
    # can only be the one the sentence opens with)
    r"|,\s+(?:the|this|that|its|such)\s+(?:[\w’'-]+\s+){0,4}?(?:aims|seeks|is\s+meant|is\s+intended)\s+to\b"
    r"|,\s+[^;:“”\x22]{10,200}?,\s+(?:noting|stressing|adding|underlining|emphasi[sz]ing|saying|pointing\s+out|"
    r"recalling|asserting|insisting)\b)")
"""'For the President, the priority remained …', 'For the President it is essential to …', 'For President X, the loss
was a reminder that …', 'For X, relations are at their best', 'For X, the memorandum aims to …', 'For X, …, noting
that …': one person's view (tried only on a sentence that opens "For ")."""
_OBJECT_PRONOUN = re.compile(r"(him|her|Him|Her)\b")


def _her_possessive(text: str, pronoun: re.Match[str]) -> bool:
    """Whether `pronoun` (`_OBJECT_PRONOUN`) is "her" the possessive before its noun ("…, according to her office.": the
    office's word, sevenhundredseventh; as "according to his office"), not the object ("according to her, …"), nor the
    object before the clause's auxiliary and its verb, the commas left out (`_AUXILIARY_AFTER_HER`)."""
    end = pronoun.end()
    return pronoun.group(1) in ("her", "Her") and text.startswith(" ", end) and text[end + 1:end + 2].islower() \
        and _AUXILIARY_AFTER_HER.match(text, end) is None


_AUXILIARY_AFTER_HER = re.compile(r" (?:will|would|could|can|should|must|may|might|is|was|has|had) (?:not |also |be )?[a-z]")
"""After "according to her", an auxiliary or modal and a lower-case word: the clause's verb, "her" its object, the
commas around "according to her" left out (ninehundredseventyeighth dailyguide: "This according to her will enable
government spend …", the Minister's reason, read as "her will" the noun). Not "according to her will, the estate …"
(a comma after "will": her testament) nor "according to her office" (no auxiliary)."""


_LIST_BETWEEN = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w’'-]*|of|the|for|and)\s+)*")
"""What sits between two names of a list: a comma or "and", then only capitalised words of an office (`_another_named_next`)."""
_OFFICE_ASIDE_BETWEEN = re.compile(r",\s+(?:the\s+)?([a-z][\w-]*)\s[^,;:.()“”\x22]{0,80},\s+(?:and\s+)?")
"""Between two names of a list, the first name's office in lower case set off by commas ("Mr. X, head of the Y
coalition, Mr. Z"): its head word must be an office's (`_another_named_next`)."""
_POSITION = re.compile(r"(?:’s|'s)\s+(?:position\s+(?:on\s+(?:[\w’'-]+\s+){1,4}?)?(?:is|was)\b|views?\s+(?:is|was)\s+that\b|message\s+(?:is|was)\s+clear\b)")
_POSITION_SET_OUT_BY = re.compile(
    r"(?:The\s+(?:position|stance|view)\s+of\s+[^,;:]{1,60}|[^,;:]{1,60}(?:’s|'s)\s+(?:position|stance|view)),\s+as\s+"
    r"(?:set\s+out|stated|outlined|expressed|explained|formulated|put|voiced)\s+by\s+([^,;:]{2,80}),\s+"
    r"(?:is|was|remains|remained)\s+that\b")
"""A side's position with the agent who stated it in an aside: "The position of the Kingdom, as set out by HRH
the Crown Prince, is that the safe passage of civilians must come before …" (hard25
nejdaria_crown_prince_call_elvaria_national_day): the agent's statement, group 1 the agent."""
_REMARKS_IN_WHICH = (r"(?:remarks|speech|address|statement|intervention|message|letter|presentation)\s*,\s+in\s+which\s+"
                     r"(?:he|she)\s+(?:also\s+)?(?:urged|thanked|called|stressed|said|noted|emphasi[sz]ed|warned|"
                     r"expressed|welcomed|praised|proposed|recalled|reiterated|announced|highlighted|underlined|"
                     r"appealed|pledged|promised)\b")
"""One person's remarks named, then what she said in them in a relative clause set off by commas (hard71: "The Prime
Minister’s remarks, in which she urged both governments to …, were followed by a working lunch."; "Her remarks, in
which she also thanked …, opened a reception …"): her statement, the main verb none of speech (`_POSSESSED_STATEMENT`,
`_REMARKS_IN_WHICH_BY_PRONOUN`), as hard60's "in her remarks on …"."""
_REMARKS_IN_WHICH_BY_PRONOUN = re.compile(r"(?:His|Her)\s+(?:[a-z]+\s+)?" + _REMARKS_IN_WHICH)
_POSSESSED_STATEMENT = re.compile(
    # (the possessive once, before all the branches: the regex engine then looks for its first
    # character alone, where a possessive before each branch was tried at every place)
    r"(?:’s|'s)\s+(?:(?:(?:first|opening|closing|parting|last)\s+words\s+(?:were|was)\s+(?:words\s+)?of\s"
    # (hard22: "President X's first words were words of congratulation.": what he said first; "His
    # Majesty's concern centred on …", "Senator X's contribution concerned sanctions: …": what one
    # person's words were about)
    r"|(?:concerns?|contribution|remarks|intervention|message|appeal)\s+(?:centred|centered|focused|focussed|"
    r"concentrated)\s+on\s|contribution\s+concerned\s"
    # (hard54 castelvane: "The Chancellor's opening words were warm: “…”": the words' place in the talks, as "main")
    r"|(?:(?:main|key|central|chief|basic|firm|clear|overriding|opening|closing|parting)\s+)?(?:hope|conviction|belief|impression|"
    r"expectation|answer|reply|response|fear|wish|proposal|suggestion|instruction|request|advice|assessment|conclusion|"
    r"verdict|demand|warning|promise|position|view|point|argument|contention|message|stance|opinion|"
    # (hard22: "The Federal Chancellor's message: any military activity … must cease"; "message", "words",
    # "appeal", "plea", "ambition" as the other nouns of a person's words before a colon)
    r"words|appeal|plea|ambition)"
    # ("Ms X's position remains that …", "Mr X's main point was that …": the noun's content, a view stated)
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+"
    # (hard47 ashbury: "The Chancellor’s answer to the President’s question on the Kettlemark pipeline was that …":
    # the matter of the question after the one answered)
    r"(?:\s+(?:on|about|regarding|concerning)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?)?"
    # (hard48: "The King's reply, as rendered by the interpreter, was that …": how the words reached the room, set
    # off by commas, still his)
    r"(?:,\s+(?:as\s+)?(?:rendered|translated|interpreted|relayed|conveyed|delivered)\s+(?:by|through)\s+[^,;:.]{1,60},"
    # (hard71: "The Foreign Secretary’s view, which she set out at length during the working lunch, is that …": where or
    # how she told it, in a relative clause of her own words set off by commas, still her view stated)
    r"|,\s+which\s+(?:he|she)\s+(?:had\s+)?(?:set\s+out|laid\s+out|spelt\s+out|spelled\s+out|outlined|explained|"
    r"repeated|stated|expressed|made\s+clear|put\s+forward|voiced)\b[^,;:.“”\x22]{0,80},)?"
    r"(?:\s+(?:is|was|remains|remained)\s+(?:that\b|to\s+(?!be\b))"
    # ("Ales Harbunou's reply was short: …", "The head of state's answer: …", "The President's instruction
    # to the Government was unambiguous: …": the words after the colon are the noun's content)
    r"|(?:\s+(?:is|was|were)\s+(?:[a-z]+\s+)?[a-z]+)?\s*:\s))"
    # (hard19: "The Prime Minister's last question concerned the take-up of …", "the Senator's first query was
    # about …": a question one person put, its topic after the verb)
    r"|" + _REMARKS_IN_WHICH +
    r"|(?:(?:first|last|final|next|main|only|other|one)\s+)?(?:question|questions|query|queries|enquiry|"
    r"enquiries)\s+(?:concerned|was\s+about|were\s+about|related\s+to|dealt\s+with|regarded)\b"
    # (hard27: "The Chairperson-in-Office's deepest sympathy went to the families …": the feeling she voiced, its
    # addressee after "went to", as "expressed her sympathy to")
    r"|(?:(?:deepest|deep|heartfelt|sincere|warm|warmest|profound|special|first|particular)\s+)?"
    r"(?:sympathy|sympathies|condolences|thanks|gratitude|congratulations|appreciation|praise|admiration|"
    r"good\s+wishes|wishes|greetings|solidarity)\s+(?:also\s+)?(?:went|goes|go)\s+(?:out\s+)?to\s)")
"""One person's belief, hope, answer or order stated through its noun, as "X's view is that …": "The
host's conviction was that …", "The Aurenian leader's hope was that …", "The visitor's reply was
that …", "Mr X's instruction to the Cabinet was to submit …" (not "the President's hope for
peace", "the Minister's proposal was adopted", "One of these results is the belief that …")."""
_ONE_POINT_RAISED_BY = re.compile(
    r"One\s+(?:(?:particular|main|key|major|further|other|specific|serious|pressing)\s+)?(?:concern|issue|point|question|"
    r"matter|priority|request|worry|topic|subject)\s+(?:that|which)\s+")
"""A sentence's opening "One particular concern that …", before the person who raised it (`_RAISED_THEN_IS`)."""
_RAISED_THEN_IS = re.compile(
    r"\s+(?:also\s+)?(?:shared|raised|expressed|voiced|stressed|highlighted|emphasi[sz]ed|underlined|flagged|"
    r"brought\s+up|put\s+forward)\b[^.;:]{0,80}?\s(?:is|was|remains|remained)\s")
"""After the person of `_ONE_POINT_RAISED_BY`, the verb of raising it, maybe to whom, and "is" or "was" before the point
itself."""
_ONES_VIEW_CLAUSE = (r"(?!there\s)(?=[^.;:“”\x22]*?\b(?:is|was|are|were|could|would|should|must|can|"
                     r"will|may|might|remains|remained)\b(?!\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|built|held|made|given|"
                     r"done|set|sent|brought|kept|paid|laid|shown|taken|won)\s+(?:by|in|on|at|for|during)\b))")
"""After "For him, " or "To him, ": a clause with a copula or a modal, no passive of a thing done (`_FOR_ONES_VIEW`)."""
_FOR_ONES_VIEW = re.compile(r"For (?:him|her), " + _ONES_VIEW_CLAUSE)
"""A sentence opening "For him," or "For her," before a clause with a copula or a modal (ninehundredseventyfourth
afrinews 2018-07-02: "… He notified it … and urged the police to be even more vigilant." / "For him, Douala 4e could host
dormant cells of secessionist fighters."): the French "Pour lui, …" in translation, his view as "in his view" is; not
"For him, the hosts prepared a dinner", a thing done for him, no copula nor modal in it; nor (rf13) "For him, a dinner
was prepared by the hosts", "For him, a road was built in 2019", a passive of a thing done, its participle then "by" or
a time or place, nor "For him, there was a parade"."""
_TO_ONES_VIEW = re.compile(r"To (?:him|her), " + _ONES_VIEW_CLAUSE)
"""A sentence opening "To him," or "To her," before a clause with a copula or a modal (ninehundredseventyeighth ghanaweb:
"To him, individualism will not be of any benefit to the region …"): his view, as "to his mind"; not (rf14) "To him, the
pupils presented a card", "To him, the school owes its roof", the one a thing is given or owed to, no copula nor modal,
nor "To him, a medal was given by the council", a passive of a thing done (`_ONES_VIEW_CLAUSE`, as `_FOR_ONES_VIEW`)."""
_POSSESSED_BY_PRONOUN = re.compile(
    r"(?:His|Her)\s+(?:hope|conviction|belief|answer|reply|response|conclusion|verdict|assessment|instruction|"
    r"proposal|suggestion|request|demand|warning|promise|advice|message|position|view|words|appeal|plea|ambition)"
    # (hard22: "His message to the Prime Minister: the Union stands ready …": the one addressed between)
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r"(?:(?:\s+(?:is|was)\s+(?:[a-z]+\s+)?[a-z]+)?\s*:\s"
    # (hard74: "His response was that he would gladly come if …", "His message to the Minister was that …": the
    # noun's content after "was that", as "The visitor's reply was that …")
    r"|\s+(?:is|was|remains|remained)\s+that\s)")
"""A sentence opening with a pronoun's noun of speech before a colon ("Her conclusion: the problem
lies …", "His answer was blunt: …"), as "X's reply was short: …" (`_POSSESSED_STATEMENT`), or before "was that"
("His response was that …")."""
_WISH_FOR_OTHERS = re.compile(
    r"(?<=\s)would\s+(?:also\s+|very\s+much\s+|really\s+)?like\s+(?:to\s+[a-z]+\b|(?!to\b)(?:[\w’'-]+\s+){1,5}?to\s+[a-z]+\b)")
"""One person's wish voiced, for others or their own ("The President would like Ukraine to have …", "would like to
see the talks go on", "The President would like to avoid delays in …", hundred-thirtieth 75965): a statement, as
"hopes" (the eighty-first set's 74313); only after a person (`_person_before`); "would like to thank" is also
`_EFFORT_TO_SPEAK`'s."""
_INTENTION_VOICED = re.compile(r"(?<=\s)(?:intends|intended|(?:is|was)\s+going)\s+to\s+(?!be\b)[a-z]+\b")
"""One person's intention, voiced in the report's past ("Mr X was going to raise the issue of …", "Dr X intended to
discuss the problem with the embassy again", two-hundred-fifty-second 39020, fiftieth 28413): a statement, as "would
like to" is; only after a person who opens the sentence (`_opening_person_before`: not "The Government intends to
…", "It is going to …", nor "She said that the President intended to …", a clause of another's report); not "is
going to be", what a thing will be. Looked for only in a sentence with " intend" or " going to "."""
_WOULD_WELCOME = re.compile(r"(?<=\s)would\s+(?:also\s+|very\s+much\s+|certainly\s+)?welcome\s+(?!to\b)")
"""(thirty-seventh hard set hoshima_kestrelle_foreign_ministers_meeting: "Minister Aomura would welcome an early
conclusion of the negotiations …"): a stated wish, a statement by the hard sets' labelling, as "would like to see" is;
only after a person who opens the sentence (`_opening_person_before`): not "the Ministry would welcome", nor "said he
would welcome" (the cue before it), nor "would be welcomed"."""
_BARE_VERB_AFTER_ALSO = re.compile(r"(?:a(?<=\sa)lso|f(?<=\sf)urther)\s+" + BARE_SPEECH_VERBS + r"\s+(?!to\b)")
r"""(four-hundred-sixty-eighth solomon_islands_2023-07-28_saudi-ambassador: "The Prime Minister also acknowledge Saudi
Arabia’s contribution of …"): a speech verb's bare form after "also" or "further" where one person, named or by office,
opens the sentence, the "-s" or "-d" left off, a slip of the releases' English; only after a third person's name or
office or "he"/"she" (`_bare_verb_slips`), not "We also appreciate …", "NATO and Russia also welcome …" (a group), nor
"The visit will also highlight …" (a modal before it, no one's name). (The space before the word tested after its first
letter, `(?<=\sa)`, as `(?<=\s)` before it would: a pattern that opens with its letters is searched by them, not tried
at every character of the sentence.)"""
_SOURCE_VERBS = frozenset(("said", "says", "reported", "reports", "told", "added", "stated"))
_SPOKESPERSONS = ("spokesperson", "spokesman", "spokeswoman")
"""The last word of a named spokesperson's office, who tells of another's words (`_spokesperson_closes`)."""
_UNNAMED_CHANNELS = (*_SPOKESPERSONS, "official")
"""The last word of an unnamed person's form who only passes a release on (`_spokesperson_pronoun_opens_as_source`)."""
_BODY_OPENS_AS_SOURCE = re.compile(
    r"(?:In\s+a\s+statement,\s+|(?:An?|The)\s+statement\s+(?:issued\s+)?(?:by|from)\s+)?"
    r"(?:[Tt]he|[Hh]is|[Hh]er)\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:[Pp]residency|[Mm]inistry|[Oo]ffice|[Dd]epartment|[Gg]overnment|Secretariat|Chancellery|[Ee]mbassy|Commission)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})?"
    r"(?:\s+in\s+[A-Z][\w’'-]*)?"
    r"|(?:The|An?)\s+(?:(?:official|government|press|joint|state|[A-Z][\w’'-]*)\s+){0,2}(?:statement|release|communiqu[eé]|(?<=[Pp]ress\s)note)"
    r"(?:\s+(?:issued\s+)?(?:by|from)\s+(?:(?:the|his|her|its)\s+)?(?:[A-Z][\w’'.-]*\s+){0,4}"
    r"(?:office|ministry|department|government|secretariat|embassy|presidency|[A-Z][\w’'.-]*)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)?)?")
"""A body that opens a sentence, maybe after "In a statement," or as the sender of "A statement issued by" ("The
presidency", "the Foreign Ministry", "His office", sixhundredseventyninth economywatch vershinin_yibaikwal: "A statement
issued by the Nigerian Embassy in Moscow"; its article misprinted "An", eighthundredsixth somalidispatch: "An statement
from the Hirshabelle presidency said that Colonel X apologized …"): the source of the account after its verb
(`_body_opens_as_source`). Or
a written text that opens the sentence so (eighthundredfirst, a state government's statement as Indian papers print
it: "The government statement said the chief minister also requested PM Modi to transfer …", "The statement said the
CM informed Garcetti about …"): the text is no one, the account is the person's. The text may name its sender after
"from" or "issued by", a body, a house or an office (eighthundredseventysecond thehindu 2024-06-23: "A release from Raj
Nivas said the Lieutenant-Governor complimented Mr. Modi for …"; "A release from the ministry said …", "A press note from
the office of the Lt Governor said …"): the sender is no one either, the account is still the person's."""
_SOURCE_OPENING_TAIL = re.compile(r"(?:\s+in\s+a\s+statement)?(?:\s+(?:today|yesterday|on\s+[A-Z][a-z]+))?(?:\s+that)?\s+")
"""What may stand between an opening body's verb and the person whose account it gives: where or when it said so,
and "that" (`_body_opens_as_source`)."""
_SOURCE_GROUPS = ("officials", "sources")
"""A group that closes a sentence as the account's source (`_source_closes`: "Prior to signing the agreement, Park held a
closed meeting with Sheinbaum and pledged Seoul’s cooperation on …, Seoul officials said.", fivehundredfortyfirst, The
AsiaN printing Yonhap): unnamed officials or sources who tell the press, not the people who met speaking together."""
_SOURCE_TAIL = re.compile(r"(?:\s+(?:reporters|journalists|correspondents|the\s+press|(?:The\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?=[.!?…]*\s*$)))?"
                          r"\s*(?:[.!?…]*\s*$|(?:later|afterwards|"
                          r"as|when|while|during|after|before|following|today|yesterday|at|in|on|by)\b|,\s+[a-z]+ing\b)")
"""What may follow the account's source that closes a sentence (`_source_closes`): whom it told, the press or an outlet
named at the sentence's end ("…, a spokesperson for the president told Jewish Insider.", sixhundredninetyninth), then
nothing or when, where, how; or a participle that goes on with the account (`_PARTICIPLE_AFTER_THE_SOURCE`)."""
_PARTICIPLE_AFTER_THE_SOURCE = re.compile(r"(?:\s+(?:in|on)\s+(?:a|an|the|its)\s+[a-z]+(?:\s+[a-z]+)?)?,\s+[a-z]+ing\s")
"""After a source's verb that closes an account ("…, the ministry said in a statement, congratulating …"): where it
said it, then a comma and the participle of the speaker's account going on (styles40 varenzia)."""
_AS_SOURCE_TOLD = re.compile(r"(?:the\s+)?(?:media|press|reporters|journalists|correspondents)\b\s*")
"""After "As X told" opening a sentence: the press it told, before the comma that ends the source ("As Press Secretary of
the Zalessian leader X told the media, the heads of state discussed …", hard46 zalessia_president_phone_call_tselvara_president):
what follows is X's account, as after "As X said, …"."""
_WHERE_THE_SOURCE_SAID_IT = re.compile(
    r"(?:in|on)\s+(?:an?|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?(?:post|posts|interview|statement|tweet|message|letter|"
    r"article|address|speech|video)\b(?:\s+(?:with|to|for|on)\s+(?:[\w’'.()-]+\s+){0,5}?[\w’'.()-]+)?\s*(?=,)")
"""After "According to X" opening a sentence: where X said it, before the comma that ends the source ("According to FM X
in a Facebook post, they briefly discussed …", sixhundredfirst mia 2023-07-11): what follows is X's account, as after
"According to X, …"."""


def _told_when_a_thing_happened(text: str, lo: int, cue: Cue) -> bool:
    """The one cue of the sentence opening at `lo` is in a "when" clause of a thing's event ("The potential visit by X
    drew attention when Mayor Y said Z behaved aggressively …", sevenhundredsixtythird k2radio 2019-07-10): the sentence
    tells what the thing did, the speech only when it did it; no statement (as a narrative sentence). Only where " when "
    stands right before the cue's subject with no comma, the sentence opens with a thing (no person), and no other cue
    is in it (a thing that speaks, "The ministry objected when …", is a cue of its own)."""
    if cue.phrase is None or not text.endswith(" when ", lo, cue.phrase.start) or cue.phrase.start > cue.verb_start \
            or text.startswith(",", cue.phrase.start - 7):
        return False
    subject = phrase_starting_at(text, lo, cue.phrase.start - 6)
    return subject is not None and subject.kind == "thing"


_GATHERED_BEFORE = re.compile(r"\b(both|all)\s+(?:also\s+)?$")
""""all" or "both" right before a verb, gathering a subject of two or more joined by "and" ("A and B all hoped …"),
`_joined_subject_after_bare_said`; "both" alone, a pair ("A and B both favoured …"), `_pair_in_that_clause`."""
_BOUNDARY = re.compile(r"[,;:—–]|\s-\s|\b(?:and|whil(?:e|st)|whereas|but|when|after)\b")
"""Where a clause may end before the next speaker's cue (the words after one `\\b`: each alternative of its
own tried at every place cost twice the scan); "whilst" as "while" (sevenhundredfiftythird parlament 11849: "X addressed
the audience …, whilst the Speaker of the House …, Y, spoke about …")."""
_FINITE_AUXILIARIES = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "shall", "should",
                                 "can", "could", "may", "might", "must", "do", "does", "did"})
"""The auxiliaries and copulas that show a clause's verb (`_things_joined_after_that`: a noun phrase holds none)."""
_JOINED_NOUNS_BEFORE_A_CONTACT_CLAUSE = re.compile(
    r"[^,;:.!?]*?\b(?:the|his|her|its|their|our|all)\s+(?:[a-z-]+\s+){0,2}?[a-z-]{3,}\s+and\s+"
    r"(?!(?:later|then|also|now|thus|so|therefore|today|yesterday|finally|meanwhile|here|there|again|in|at|on)\s)"
    r"(?![a-z]+ly\s)[a-z-]{3,}\s+")
"""What stands between a speaker's verb and a later cue whose subject follows two nouns joined by "and" after a
determiner, with no comma ("expressed his gratitude for the care and assistance Anhui offered to its sister cities"):
the later "subject" opens a relative clause with no "that" on the nouns, within the first speaker's words, as "the help
Anhui offered" is; not "… the plan and later Y said" (an adverb after "and"), nor anything after a comma."""
_TOPICS_BEFORE_A_CONTACT_CLAUSE = re.compile(
    r"\b(?:the|these|those|key|main|major|other|many|several|various|all)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:issues|matters|areas|concerns|challenges|problems|projects|programmes|programs|measures|steps|plans|"
    r"proposals|questions|topics|points|priorities|reforms|initiatives|interventions)\s+\Z")
"""The plural of the things talked of, right before a later cue's subject with no "that" or comma between (ninehundred
fortythird adomonline: "He said the need for … motors and other fishing equipment are among the key issues the council
hopes to discuss with the President."): "the council hopes" opens a relative clause on "the key issues", within the
first speaker's words, as "the help Anhui offered" is (`_JOINED_NOUNS_BEFORE_A_CONTACT_CLAUSE`)."""
_IN_THE_TEXT = r"in\s+(?:his|her|their|the|this|that|its)\s+(?:message|letter|telegram|address|greetings?|statement|cable)"
"""The written text a lead-in names: "in his message", "in the telegram"."""
_ASSENT = ("agreed", "agrees", "concurred", "concurs")
"""The verbs of assent that end a clause with nothing after them (ninety-first kremlin_67591: "The Governor also asked
the President to support the initiative …, and the President agreed."): one person's agreement voiced, which the
stop after them does not make a lead-in (`_only_leads_in`); a group's ("the leaders agreed.") is none by its subject."""


def _speaker_closes_sentence_saying(text: str, seg_lo: int, seg_hi: int, cue: Cue) -> bool:
    """Whether the cue is "with X saying" or "and X said" closing its sentence, right before the colon that leads its
    quotation in (sixhundrednineteenth livenewsmalta 2020-09-16: "Prime Minister X and his Cabinet met in Gozo on
    Tuesday with the Prime Minister saying:" / "“This is a Government that …”"; so "… met in Varnow on Tuesday and the
    Prime Minister said:"): what stands before "with" or "and" is narrative, and "the Prime Minister saying" only leads
    the quotation in, no words of its own."""
    if cue.phrase is None or text[cue.verb_end:seg_hi].strip():
        return False
    size = cue.verb_end - cue.verb_start
    if size == 6 and text.startswith("saying", cue.verb_start):
        return text.endswith(" with ", seg_lo, cue.phrase.start)
    return size == 4 and text.startswith("said", cue.verb_start) and text.endswith(" and ", seg_lo, cue.phrase.start)


_LEAD_IN_ONLY = re.compile(
    r"[\s,]*(?:in\s+part|as\s+follows|in\s+particular|among\s+other\s+things"
    # (sevenhundredfiftythird parlament 763: "X expressed his wish to convey the following to the BiH public:"): the
    # wish to pass words on and the public they go to, no words of their own
    r"|(?:(?:his|her|their)\s+(?:wish|desire)\s+to\s+(?:convey|say|state|share)\s+)?the\s+following"
    r"(?:\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:public|people|nation|citizens|audience|press|media))?"
    r"|(?:to\s+)?(?:the\s+)?(?:press|media|journalists|reporters)"
    # (hard44 quorvania_foreign_minister_meets_vintrevia_president: "For her part, X addressed the President with the
    # following words:": whom the words went to, then only that they follow)
    r"|(?:(?:the|his|her|their)\s+)?(?:[\w’'-]+\s+){1,3}?with\s+the\s+following\s+words"
    # (hard61 esterwyk, fivehundredthirtyninth tmg cherry blossom: "the Mayor responded with a smile, saying, “…”"):
    # the manner of the answer, no words of it
    r"|with\s+a\s+(?:broad\s+|wide\s+|warm\s+)?(?:smile|laugh|grin|nod|chuckle))?[\s,]*"
    r"(?:" + _IN_THE_TEXT + r"(?:[\s,]+in\s+(?:part|particular))?)?[\s,:.]*$")
"""What follows a verb that only introduces a quotation: "The President said, in part:",
"The President said, in particular, in his message:" (the written text named, no more); "On bilateral relations,
Mr Putin stressed, among other things:" (two-hundred-thirty-third 41973: the hedge of an extract, as "in part");
the press it was said to ("At the end of the audience, the minister declared to the press:", styles9
teranga_presidency); the listener and "with the following words" ("X addressed the President with the following
words:")."""
_LISTENERS_ONLY = re.compile(r"\s+(?!(?:that|about|how|what|why|whether)\b)[\w’'-]+"
                             r"(?:\s+(?!(?:that|about|how|what|why|whether|of|on)\b)[\w’'-]+){0,7}[\s:]*$")
"""What follows "told" when it only introduces a quotation: the listeners, up to the colon, and nothing of what was said
(fourhundredfiftyseventh rwanda_presidency_2013-11-08_ndi_umunyarwanda_retreat: "President Kagame told cabinet members
and invited guests present:"; not "told them that …", "told the guests about …")."""
_SENT_BY_BEFORE_ITS_SENDER = re.compile(WRITTEN_SENT_BY)
"""A lead-in's subject that is the written text, its sender after "by": "The telegram sent by the head of state says:"
(as "The telegram reads:", it introduces the quotation; the sender is the cue's phrase)."""
_FRONTED_TEXT = re.compile(_IN_THE_TEXT + r"(?:\s+(?:of|to)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}?)?,?\s+(?:the\s+)?", re.I)
"""The text named before the subject of a lead-in: "In his message of congratulations the President said, in
particular:" (hundred-ninety-sixth 17402), read up to the subject (`_FRONTED_TEXT.fullmatch` to its start)."""
_REQUEST_INTRODUCES_A_QUOTATION = re.compile(
    r"made\s+(?:an?|his|her|their|this|one\s+more|another)\s+(?:[\w’'-]+\s+){0,2}(?:request|appeal|plea)\b"
    r"(?![^.;:“”\"]*\bthat\b)[^.;:“”\"]{0,120}:\s*[“\"«]")
"""(hundred-eighteenth) "He also made a request to NATO regarding the Ukrainian military: “… I ask you: …”":
the request is the quotation after the colon; the words before it only introduce it (GOLD-FORMAT: such
words belong to no statement, as "The Deputy Prime Minister also addressed the people who …:"), not a
second, indirect statement (not "made a request that …:", which says what was asked)."""
_BUT_A_GROUP_ACTS = re.compile(r",\s+but\s+(?:[\w’'-]+\s+){0,3}?(?:%s)\s+(?:[a-z]+ly\s+)?([a-z]+)\b"
                               % "|".join(sorted((re.escape(w) for w in GROUP_HEADS if w.isalpha()), key=len, reverse=True)))
"""A clause of a group joined by ", but" after one person's report, its subject's last word a plural of people
(GROUP_HEADS) and a verb next (fourhundredseventeenth 2023-01-20: "…, Governor Cooper has committed to defending
reproductive rights, but Republican legislative leaders have passed rules …")."""
_OBJECT_ONLY_VERBS = frozenset(
    "committed commits thanked thanks praised praises welcomed welcomes congratulated congratulates commended commends "
    "condemned condemns applauded applauds lauded lauds hailed hails expressed expresses".split())
"""Speech verbs whose complement is a thing or a deed, never a bare clause of what was said ("X said the water had
subsided, but the flood had caused damage": all his words; "X praised the law, but lawmakers have …": not)."""
_ACTS_ON_AN_OBJECT = _OBJECT_ONLY_VERBS | {"invited", "invites"}
"""`_OBJECT_ONLY_VERBS` and "invited" (its complement a person and what he is asked to do, never a clause of what was
said): the verbs after which ", and" with another's subject opens a clause of his own (`_before_anothers_act`)."""
_ANSWER_TO_THE_ACT = re.compile(r"(?:the|this|that|his|her|their)\s+(?:invitation|offer|proposal|request|suggestion)s?\s+"
                                r"(?:was|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b(?!\s+by\b)")
"""A clause after ", and" that answers the act just told, in an agentless passive ("…, and the invitation was
accepted", "…, and the offer was gladly welcomed"): what was done with it, by no one named, no one's words
(`_before_anothers_act`); not any passive ("expressed satisfaction with …, new technologies were implemented, and the
legislation was modernised": the last of the things he spoke of)."""
_WHICH_READS_TAIL = re.compile(r",\s+which\s+(?:reads|read|says|said|states|stated)(?:,?\s+in\s+(?:part|particular))?,?\s*\Z")
"""The clause that closes a sentence sending a written text and introduces the quotation of it: "X sent Y a
message of greetings, which reads in part:" (hundred-seventieth 42064)."""
_WHERE_ONLY = re.compile(r"(?:\s+(?:this|so)"
                         # (eighthundredsixtyseventh thisday 2023-05-17: "AbdulRazaq stated this yesterday during his
                         # valedictory meeting with …": the day word between "this" and the occasion, as "on Tuesday" is)
                         # (hr58: not before a "that"-clause, "Lomari said this Tuesday during a press briefing that
                         # the council would be dissolved": "this Tuesday" a time, the clause what he said)
                         # (ninehundredeightysecond blueprint 2020-08-27: "Governor Badaru stated this recently when
                         # the Minister … visited the state …": "recently" or "earlier", a time word as "yesterday" is)
                         r"(?:\s+(?:yesterday|today|tonight|recently|earlier|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
                         r"(?=\s+[a-z])"
                         r"(?![^.;:“”\"«]*\sthat\s)"
                         # (ninehundredeightyseventh dailypost 2023-08-05: "He stated this, weekend, while playing host to
                         # …": the Nigerian press's day or "weekend" set off by two commas, the same time word)
                         r"|,\s+(?:weekend|yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),(?=\s+[a-z])"
                         r"(?![^.;:“”\"«]*\sthat\s))?"
                         r"|(?:(?<=said)|(?<=told)|(?<=stated))\s+it"  # ("He told it on TV channel X.")
                         # (ninehundredeightieth ipohecho 2020-12-04: "He told reporters so after having an audience
                         # with …": the press told, then "so" or "this", the words before, as "said this to reporters
                         # after …")
                         r"|(?<=told)\s+(?:the\s+)?(?:reporters|journalists|newsmen|pressmen|correspondents|media|press)"
                         r"\s+(?:this|so)"
                         r"|(?:(?<=spoke)|(?<=talked))\s+about\s+(?:this|it))"  # ("X spoke about this in an interview …")
                         # (hard44 perevalia_president_talks_sallowmere_prime_minister: "The Prime Minister of Sallowmere
                         # said this in reply to the President’s words of welcome.": the occasion, the reply being the
                         # words before; the words after it only name what was replied to)
                         r"(?:\s+in\s+(?:reply|response)\s+to\s+(?:the\s+|an?\s+|his\s+|her\s+)?[^.;:“”\"«]*\.?\s*\Z"
                         # (sixhundredsixtyeighth islandfm_freer: "X says this in-person meeting will help …": "this"
                         # the determiner of a compound made with a hyphen, no occasion)
                         r"|\s+(?:during|at|in|on|while|when|after|before|to|from|via)\b(?![-‐‑])"
                         # (eighthundredeighth fijitimes 2018-10-23, the Post-Courier: "X said this as he welcomed the
                         # Minister … to the region.": "as" and the speaker's own past act, when he said it; not "said
                         # this as a warning", nor "as he sees it")
                         r"|(?<=this)\s+as\s+(?:he|she)\s+(?:[a-z]+ly\s+)?(?:welcomed|received|met|greeted|hosted|addressed|"
                         r"opened|launched|visited|arrived|departed|left|handed|presented|accepted|signed|toured|spoke)\b"
                         r"|(?<=this),\s+(?:speaking|addressing|answering|talking)\s+(?:with|to|at|in|before|during)\b"
                         # (ninehundredseventyninth lusakatimes 2018-04-07: "Western Province Minister X affirmed this,
                         # when he paid a courtesy call on …": the occasion set off by a comma, as "stated this, speaking
                         # with …"; only "when he/she" and "during", not "while" that may set another against him;
                         # rf14: nor "said this, when completed, would create 500 jobs", "this" the subject of what he
                         # said and its clause's time between commas)
                         r"|(?<=this),\s+(?:when\s+(?:he|she)|during)\b"
                         # (three-hundred-fifty-seventh kremlin 26964: "The President said this answering journalists’
                         # questions after a meeting …": the occasion, no comma before the participle; only before the press)
                         r"|(?<=this)\s+(?:answering|replying\s+to|responding\s+to|speaking\s+to|talking\s+to)\s+"
                         r"(?:the\s+)?(?:journalists|reporters|correspondents|media|press|questions)\b)"
                         # (two-hundred-fifty-third kremlin 34289: "Vladimir Putin expressed such an opinion at a meeting
                         # with the President of the World Bank, …": the view told before, only where it was voiced; no
                         # colon or quotation after it, which would give the view)
                         # (three-hundred-ninety-fifth belarus_president_2016-07-18_vakulchik: "Belarus President X made
                         # the statement as he met with …": the words before, only where and when they were said)
                         r"|(?<=made)\s+(?:this|the)\s+statement\s+(?:(?:during|at|in|on|while|when|after|before|to)\b"
                         r"|as\s+(?:he|she)\s+met\b)"
                         # (styles25 ratnadwipa_pmd_quarvenia_envoy: "The President expressed these views during the
                         # discussion, which also focused on …": the views told before, plural, only where voiced;
                         # styles54: "He expressed these remarks while presenting the Authority's report …", so "remarks")
                         # (ninehundredsixtieth dailytimes 2024-11-01: "He conveyed this appreciation while hosting a
                         # delegation led by …": the gratitude told in the sentence before, only when it was voiced,
                         # as "expressed these views during …"; "conveyed his appreciation …" no demonstrative, his)
                         r"|(?:(?<=expressed)|(?<=voiced)|(?<=conveyed))\s+(?:such\s+an?|such|this|that|these|those)\s+"
                         r"(?:opinions?|views?|remarks|positions?|assessments?|sentiments|appreciation|gratitude)"
                         r"(?:\s+(?:at|during|in|while|when)\b(?=[^:“”\"«]*\Z)"
                         # (sevenhundredsixtysixth pakobserver 2018-03-04: "Talking to media men here late Saturday, AJK
                         # Prime Minister expressed these views.": the views told before, the occasion fronted, nothing
                         # after them; the golds read "expressed these views" 0 for, 8 against)
                         r"|(?=\s*\.?\s*\Z))"
                         # (ninehundredninetyninth namibianewsdigest 2020-06-02: "The Otjozondjupa governor on Tuesday
                         # expressed interest to establish …. James Uerikua expressed his interest at Otjiwarongo on
                         # Tuesday morning at a consultative meeting he held with …": the interest told before, with no
                         # "in" and a lower-case object or "to" and a verb of its own after "at", only where it was
                         # voiced; rf22: not "expressed his interest at the meeting in the new solar project", what
                         # the interest is in told after the place, "in" before a time of day only left out)
                         r"|(?<=expressed)\s+(?:his|her)\s+interest\s+at\b"
                         r"(?![^.;:“”\"«]*\s(?:in\s+(?!the\s+(?:morning|afternoon|evening)\b)[a-z]+"
                         r"|to\s+(?!the\b|an?\b|his\b|her\b|their\b)[a-z]+)\b)"
                         r"(?=[^:“”\"«]*\Z)"
                         # (fourhundredth belarus_president_2024-05-23_putin_arrival: "Belarus President X made the
                         # statement at a meeting after the arrival of …", golovchenko_smic: "made the relevant statement as
                         # he heard out a report …": only where or when, the statement being the sentence before)
                         # (eighthundredseventyseventh tribune 2024-03-01: "Quezon City Mayor X made the remarks when
                         # she represented …", as "made the statement as …": the remarks or comments the words before,
                         # only where or when; no colon or quotation after the occasion, which would give them)
                         # (ninehundredeightyfifth nkilgifm 2021-05-17: "The Minister made these comments at the
                         # Djokuulbina festival … on 16th May, 2021 under the Theme; “Unity and Peace: The Bedrock …”.":
                         # an occasion's theme quoted at the sentence's end names the occasion, gives no remarks)
                         r"|(?<=made)\s+(?:the|this|these|those)\s+(?:remarks?|comments?)"
                         r"\s+(?:at|during|in|on|while|when|as|after|before)\b(?=(?:[^:“”\"«]|:(?=\d))*"
                         r"(?:\b(?:[Tt]heme|[Ss]logan|[Mm]otto)\s*[:;,]?\s*“[^“”\"«]{1,160}”[\s.]*)?\Z)"
                         r"|(?<=made)\s+(?:the|this|that|such\s+an?)\s+(?:relevant\s+|same\s+)?statement"
                         # (no colon after it but a clock's, "after 12:00")
                         r"\s+(?:at|during|in|while|when|as|after|on)\b(?=(?:[^:“”\"«]|:(?=\d))*\Z)"
                         # (four-hundred-fourteenth belarus_president_2015-12-28_shunevich: "The police should step up efforts
                         # in fighting hooliganism. Belarus President X gave the relevant instructions as he met with …": the
                         # order is the sentence before, this one only where and when it was given)
                         r"|(?<=gave)\s+(?:the|these|such)\s+(?:relevant\s+|same\s+)?instructions?"
                         r"\s+(?:at|during|in|while|when|as|after|on)\b(?=[^:“”\"«]*\Z)"
                         # (eighthundredninetyfifth allafrica 2021-11-23, the Daily News: "X has ordered … / He gave the
                         # orders Monday in Dar es Salaam during the launching of …": the orders told before, this
                         # sentence only when and where; a bare day word may stand before the occasion; not the
                         # singular "gave the order to …", which tells what)
                         r"|(?<=gave)\s+(?:the|these|such)\s+(?:orders|directives|directions)"
                         r"(?:\s+(?:yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
                         r"\s+(?:at|during|in|while|when|as|after|on)\b(?=[^:“”\"«]*\Z)"
                         # (ninehundredeightyfourth allafrica 2017-04-19, the Daily News: "The RC ordered the team to …
                         # / Dr X issued the directives during his impromptu visit to …"; ippmedia 2019-03-08: "X has
                         # directed security organs to arrest … / Dr X issued the directive when addressing public
                         # rallies in …": the order told before, this sentence only when and where it was given, as
                         # "gave the orders during …"; "the"/"these"/"such" only, not "issued directives to …" or
                         # "issued a directive that …", which tell what; nor "issued the directives on Monday that all
                         # farms must be …", a date then what was ordered: words told, as base read them)
                         r"|(?<=issued)\s+(?:the|these|such)\s+(?:directives?|directions|orders)"
                         r"(?:\s+(?:yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day))?"
                         r"(?!\s+on\s+(?:[\w’'-]+\s+){1,3}?that\b)"
                         r"\s+(?:at|during|in|while|when|as|after|on)\b(?=[^:“”\"«]*\Z)"
                         # (four-hundred-sixty-fifth gisbarbados us-assistant-secretary: "There is a promise from the United
                         # States to work more closely with Barbados …" / "…, X, gave this assurance during a courtesy call
                         # on …": the assurance is the sentence before, this one only where it was given, as "gave the
                         # relevant instructions as …")
                         # (sixhundredseventyninth newsdiary buhari_sahrawi: "President X has assured that …" / "The President
                         # gave the assurance on Friday at State House, Abuja, while receiving …": "the" too, with no
                         # "that" after it to say what was assured)
                         # (ninehundredeighteenth punch 2024-10-08: "The Oba … charged the governor-elect … to fulfil his
                         # promises. / Oba X gave the advice when the governor-elect … visited his palace …": the advice
                         # or the charge told before, this sentence only when it was given, as the assurance)
                         r"|(?<=gave)\s+(?:this|that|the|such\s+an?|these|those)\s+(?:same\s+)?(?:assurances?|pledges?|commitments?"
                         r"|advice|charge)"
                         # (ninehundredeightyninth dailypost 2023-07-15: "X has assured … that he will … / Buni gave the
                         # assurance through his Spokesman, Y in a statement issued shortly after receiving …": through
                         # whom it was given, his aide, as where and when)
                         r"\s+(?:(?:at|during|in|while|when|as|after|on)\b|through\s+(?:his|her)\s)"
                         r"(?=[^:“”\"«]*\Z)(?![^.;]*\sthat\s)"
                         # (four-hundred-seventy-sixth information_gov_kh 2018-08-30: "Visiting Chinese minister has applauded
                         # … H.E. X shared the appreciation when paying courtesy call on …": the appreciation told before,
                         # this sentence only when it was voiced, as "made the statement as he met …")
                         # (sixhundredeightyseventh stabroeknews bouterse_ministers: "… Bouterse has his hands free to bring
                         # order in his team of Ministers. The President shared this information with the press after the
                         # swearing-in ceremony of …": the information told before, this sentence only to whom and when)
                         # (ninehundredthirtyfourth sunstar 2025-06-12: "X has called on the Kapampangans to extend …
                         # / Pineda made this appeal in front of provincial government officials … on Thursday, June
                         # 12.": the appeal told before, this sentence only where and before whom it was made, as "made
                         # the statement at …"; "this"/"that"/"these" only (not "an appeal", "the appeal for …"), no
                         # colon, quotation or "that" after the occasion, which would give it; rf4: nor a participle
                         # of the appeal itself after a comma, "made this appeal at the rally, urging the youth to …",
                         # "…, calling on the chiefs to …", which says what was asked)
                         r"|(?<=made)\s+(?:this|that|these|those)\s+(?:same\s+)?(?:appeals?|pleas?|calls?)"
                         r"\s+(?:at|during|in|while|when|as|after|on|before)\b(?=[^:“”\"«]*\Z)(?![^.;]*\sthat\s)"
                         r"(?![^.;]*,\s+(?:urging|calling\s+(?:on|upon|for)|appealing|asking|imploring|encouraging|"
                         r"enjoining|charging|pleading)\b)"
                         r"|(?<=shared)\s+(?:the|this|that|such\s+an?)\s+(?:appreciation|view|assessment|sentiment|opinion"
                         r"|information(?:\s+with\s+(?:the\s+)?(?:press|media|journalists|reporters))?)"
                         r"\s+(?:at|during|in|while|when|as|after|on)\b(?=[^:“”\"«]*\Z)")
"""'The Head of State said this during a meeting with …': only where or when (what
was said came before), as 'This was stated by …' is; (three-hundred-forty-third 72217) "The Head of State stated
this, speaking with media representatives at the conference …": the participle of speaking gives only the occasion."""
_ONES_OWN_TALK = re.compile(r"\s*(?:his|her)\s+(?:([a-z]+)\s+)?(?:remarks|speech|address)\b")
"""The speaker's own talk as the occasion right after "said this in / during" (eighthundredninetyfifth allafrica
2020-12-11, the Daily News: "Mr X said this in his opening remarks of conference between …"): only where the words
before were said, so the talk's noun is no cue word of what follows (`_past_ones_own_talk`)."""


def _past_ones_own_talk(text: str, at: int, hi: int) -> int:
    """Where the look for cue words after an occasion `_WHERE_ONLY` read at `at` starts: past the speaker's own talk
    ("in his opening remarks", "during her speech"; an adjective of `REMARKS_ADJECTIVES` at most before the noun), so
    "remarks" is not read as a word of speech after it; `at` itself where no such talk stands there. A cheap test of
    "his"/"her" first."""
    if not text.startswith((" his ", " her "), at):
        return at
    talk = _ONES_OWN_TALK.match(text, at, hi)
    if talk is None or talk.group(1) is not None and talk.group(1) not in REMARKS_ADJECTIVES:
        return at
    return talk.end()


_VOTE_OF_THANKS = re.compile(r"\s+(?:(?:he|she)\s+)?(?:gave|delivered|moved|giving|delivering|moving)\s+"
                             r"(?:a|the|his|her)\s+vote\s+of\s+thanks\b")
"""The speaker's vote of thanks as the occasion right after "said this when" (ninehundredseventyninth zambianobserver
2025-01-13, the Daily Mail: "BRE Ngambela X said this when he gave a vote of thanks when Minister Y commissioned …"): the
short speech of thanks at a ceremony, in Commonwealth English, where the words before were said, so its "thanks" is no
cue word of what follows (`_past_a_vote_of_thanks`)."""


def _past_a_vote_of_thanks(text: str, at: int, hi: int) -> int:
    """Where the look for cue words after an occasion `_WHERE_ONLY` read at `at` starts when that occasion is the
    speaker's vote of thanks (`_VOTE_OF_THANKS`): past it, so "thanks" is not read as a word of speech; `at` itself
    otherwise. A cheap test of " vote of thanks" within the next 40 characters first."""
    if text.find(" vote of thanks", at, min(hi, at + 40)) < 0:
        return at
    vote = _VOTE_OF_THANKS.match(text, at, hi)
    return at if vote is None else vote.end()


_QUESTION_PUT = re.compile(r"(?:(?<=when)|(?<=after))\s+(?:(?:he|she)\s+was\s+|being\s+)?asked\s+"
                           r"(?:to\s+comment\b|to\s+respond\b|about\b|whether\b|if\b|on\b|regarding\b"
                           r"|for\s+(?:his|her)\s+(?:comments?|views?|response)\b)")
"""The question put to the speaker as the occasion right after "said this when / after" (ninehundredfortyfifth malaymail
2024-04-17, Bernama: "He said this when asked to comment on the steps being taken to address …"): what he was asked
about, the topic of the words before, so its "asked" and "comment" are no cue words of a statement of its own."""


_AND_A_VERB_AFTER_A_QUESTION = re.compile(r" and (?:(?:he|she) )?(?:also )?(?:[a-z]+ed|said|told)\b")
"""A second verb of the speaker joined by "and" after the question put to him, with no comma ("… when asked about the
floods and stressed that …", "… and said …"): the question's clause ends before it, so its cue word is still read
(`_past_a_question_put`); a past participle inside the question ("asked about the plan and proposed changes") only
keeps the sentence read as before the question was skipped."""


def _past_a_question_put(text: str, at: int, hi: int) -> int:
    """Where the look for cue words after an occasion `_WHERE_ONLY` read at `at` starts when that occasion is a question
    put to the speaker (`_QUESTION_PUT`, "… when asked to comment on …"): past the question, to its clause's end (the
    first comma or semicolon, so "…, adding that …" after it is still read, or a verb joined by "and",
    `_AND_A_VERB_AFTER_A_QUESTION`), or `hi`; `at` itself otherwise. A cheap
    test of the word "asked" first."""
    if not text.startswith(" asked ", at) and not text.startswith((" he was ", " she was ", " being "), at):
        return at
    if _QUESTION_PUT.match(text, at, hi) is None:
        return at
    ends = [k for k in (text.find(", ", at, hi), text.find(";", at, hi)) if k >= 0]
    end = min(ends) if ends else hi
    joined = _AND_A_VERB_AFTER_A_QUESTION.search(text, at, end)
    return joined.start() if joined is not None else end


_FRONTED_OCCASION = re.compile(r"(?:Talking|Speaking|Addressing|Answering|Replying|Responding|Interacting)\s+"
                               r"(?:to|with|at|before|in|after)\b[^,;:.“”\"«]*,\s+(?:the\s+)?")
"""A participle of speaking that opens the sentence and only says to whom or where, set off by a comma before the
speaker ("Talking to media men here late Saturday, AJK Prime Minister expressed these views."): with `_WHERE_ONLY`
after the verb, the sentence says only where the words before were said, as "He expressed these views while talking
to …" does. "About" is not taken right after the participle ("Speaking about the situation in X, Y said …", a
topic), but may follow its place ("Speaking in Parliament about the budget, X expressed these views." matches: only
with `_WHERE_ONLY` after the verb does it read as an occasion); nor any participle before a clause of what was said
(`_WHERE_ONLY` must match after the verb)."""
_ANOTHER_SAID_THIS = re.compile(r"\s+(?:that\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:stated|said)(?=\s+this\s)")
"""After a spokesman's "said": his principal, named, who "stated this" or "said this", and then (`_WHERE_ONLY`) only
where or when (sixhundredseventyninth newsdiary bangladesh_farewell: "Mr Femi Adesina, the Special Adviser …, said
Buhari stated this when he received …"): the words were told before, this sentence says nothing of its own."""
_ADDING_AFTER = re.compile(r",\s+(?:adding|noting|stressing|saying|emphasi[sz]ing|underlining|pointing\s+out|"
                           r"recalling|explaining|warning|(?:reiterat|(?:re)?affirm|underscor|highlight)(?:ing|ed))\b")
"""(kremlin 7988) "X made this statement at the meeting …, adding that …": a participle of speech after the place says
something of its own, so "made this statement" is no place-only sentence there; (fivehundredfortyfifth, BNA) "The
Speaker made the statement on the eve of the Press Day, annually observed on May 7, reiterated cooperation between …":
the wire's second verb, in the past with no "and", says something of its own too. "affirming" as "reaffirming"
(eighthundredeightyfirst, ENA 2022-03-16: "China understands that …, Ambassador Zhiyuan noted, affirming the continuation
of …": the tag's own participle going on, so the words before the tag are all his)."""
_REMARKS_MADE = re.compile(r"\s+(?:the|this|these|those)\s+(?:remarks?|comments?)\b")
""""made the remarks …", "made these comments …" (`_WHERE_ONLY`): unlike "made this statement …", only where or when
with no word of speech after the occasion (sevenhundredeightyfourth urdupoint: "President X made the remarks as he
welcomed … the UAE Ambassador …, and conveyed to him a message of thanks …", his statement; sixhundredsixtieth
egyptiangazette: "He made the remarks during a meeting Wednesday with …, Abul Gheit’s Spokesman X said.", the
spokesman's)."""
_PLACE_BEFORE_PHRASE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}")
"""The capitalised words of a place that open a sentence right before its subject's office and name ("Quezon City
Mayor X made the remarks when …"): up to three (`_place_before_office`)."""


def _place_before_office(text: str, lo: int, cue: Cue) -> bool:
    """(eighthundredseventyseventh tribune 2024-03-01: "Quezon City Mayor Joy Belmonte made the remarks when she
    represented …") whether the sentence at `lo` opens with one to three capitalised words (`_PLACE_BEFORE_PHRASE`, a
    place's name) right before the cue's subject, a person read within 40 characters of `lo`, and the cue's verb is
    "made" (the caller's `_WHERE_ONLY` match gives the occasion: "made the remarks when …", "made the statement at
    …"): the place is the office's, and the sentence says only when the words before were made, as "Mayor X made the
    remarks when …" does. The capitalised words are not checked to be a place ("Yesterday Mayor X made …" reads the
    same). (ninehundredseventyninth lusakatimes 2018-04-07: "Western Province Minister X affirmed this, when he paid a
    courtesy call on …") any other verb too when the subject opens with its office (`Phrase.role`): "Dorvan Province
    Minister X said this when he toured …" says only when, as "Minister X said this when …" does."""
    if cue.phrase is None or cue.person is None or cue.phrase.start <= lo or cue.phrase.start - lo > 40 \
            or not (text.startswith("made ", cue.verb_start) or cue.phrase.role):
        return False
    return _PLACE_BEFORE_PHRASE.fullmatch(text, lo, cue.phrase.start) is not None


_SAID_WHILE_TALKING_ONLY = re.compile(
    r"\s+(?:while|when)\s+(?:talking|speaking)\s+(?:with|to)\s+"
    r"(?![^.]*\b(?:that|will|would|shall|must|should|can|could|may|might|is|are|was|were|has|have|had)\b)"
    r"[^“”\"«»:;?!,]*\Z")
"""(eighthundredthirteenth bexpress: "“I am fully confident that … proceeding.” Speaker X said while talking with
Opposition Leader Y via telephone."): "said" with no object, then only the talk it was said in, to the sentence's end:
the tag of the quotation before, cut off it by the full stop printed inside the quotation, as "said at …"
(`_SAID_AT_ONLY`); not "said while talking to reporters that …" nor one with a verb of its own after it."""
_SAID_ON_A_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|week|month)"
"""The day that closes the occasion of "said during …" before a reported clause with no "that" (`_SAID_AT_ONLY`)."""
_SAID_AT_ONLY = re.compile(r"\s+(?:at|during)\s+(?!(?:the|that)\s+time\s+(?!of\b)[a-z])(?![^.]*\bthat\b)(?![^.]*?,\s+(?!(?:which|who|whose|where|when)\b)"
                           r"[^,.]*?\b(?:will|would|shall|must|should|can|could|may|might)\s+[a-z])"
                           r"(?![^.]*?,\s+(?:he|she|they|we|it|there)\s+(?:is|are|was|were|has|have|had)\s+[a-z])"
                           r"(?![^.]*?\b" + _SAID_ON_A_DAY + r"\s+(?:he|she|they|we)\s+(?:is|are|was|were|has|have|had|will|would)\s+[a-z])"
                           r"[^“”\"«»:;?!]*\Z")
"""(three-hundred-twentieth ukraine_cabinet_2015-03-04_monthly_reports) 'The Prime Minister said at the Cabinet’s
meeting on Wednesday, March 4.': "said" or "stated" with no object, then only where or when, to the sentence's end:
as "said this during …" (`_WHERE_ONLY`); not "said at the meeting that …", nor "stated at the summit: “…”", nor a time
set off by a comma before a reported clause with no "that" and a modal (sixhundredeightythird thezimbabwemail: "He said
during the period, Vice Presidents X and Y will take turns to act in his place …": what he said), nor "at the time" with
a clause after it (eighthundredthird newstalkkgvo: "Bullock led a delegation … in September and said at the time
discussions were underway to bring Chinese investors to the state.": when he said it, then what; "said at the time of
the meeting." is only when), nor a pronoun and its auxiliary or copula after that comma (eighthundredthirtythird
thesundaily 2023-02-09: "Onn Hafiz said during the visit, he is scheduled to meet with several Singapore Ministers …":
what he said, "that" left out; read as only when, the paper's lead before it had been made his), nor a pronoun and its
auxiliary right after the day that closes the occasion, no comma (eighthundredsixtysecond timesfreepress, AP: "Haslam
said during a question-and-answer session at the Southern Automotive Conference in Nashville on Tuesday he has been in
close contact with officials in Germany …": what he said, "that" left out)."""
_BRIEFED_THE_PRESS_ONLY = re.compile(
    r"\s+(?:the\s+)?(?:" + PRESS_NOUNS + r")"
    r"(?:\s+(?:after|following|at|during|later|afterwards|outside|today|yesterday)\b"
    r"(?![^.;:“”\"«]*\s(?:on|about|regarding|that|of)\s)[^.;:,“”\"«]{0,60})?\.?\s*\Z")
"""After "briefed": only whom and when, nothing told (sixhundredthirtysecond, BSS as The Business Standard prints it, and
styles15 sonarbhumi_pmo, both golds: "PM's Press Secretary X briefed reporters after the meeting.", the briefing being the
quotation after it): no statement; not "briefed journalists on the results of …", which tells what."""
_BRIEFED_A_COMMITTEE_ONLY = re.compile(
    r"\s+(?:(?:the|its|their|his|her)\s+|[A-Z][\w-]*['’]s\s+)?(?:[A-Z][\w-]*\s+){0,4}"
    r"(?:[Ss]ub)?(?:[Cc]ommittee|[Cc]ommission)"
    r"(?:\s+(?:on|for|of)\s+[A-Z][\w'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w'’-]*){0,8})?"
    r"(?:\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\.?\s*\Z")
"""After "briefed": a committee as the hearers, its remit's capitalised words in its name ("Parliament's Committee on
Education, Science and Technology"), and at most where, to the sentence's end (styles66 research_council_director_
general_briefs_parliamentary_committee: "X on Wednesday briefed Parliament's Committee on Education, Science and
Technology in Kelsbridge."): only whom and where, nothing told, as `_BRIEFED_THE_PRESS_ONLY`; not "briefed the
committee on the Council's results", whose "on" tells what (a lower-case word after it)."""


def _visiting_before(text: str, seg_lo: int, cue: Cue) -> bool:
    """Only the participle "Visiting" stands before the speaker's phrase that opens the sentence (fourhundredseventy-
    sixth's "Visiting Chinese minister has applauded …"; sixhundredninetyseventh news.am: "Visiting Uruguayan Foreign
    Minister X stated this at a press briefing Monday in Yerevan."): the guest's epithet, so the sentence opens on the
    speaker as it does without it, and `_WHERE_ONLY` reads it as only where the words before were said."""
    return cue.phrase is not None and cue.phrase.start == seg_lo + 9 and text.startswith("Visiting ", seg_lo)


_A_RELEASE_SAID = re.compile(r",\s+(?:said|according\s+to)\s+(?:a|the)\s+(?:official\s+)?(?:press\s+release|statement|"
                             r"press\s+statement|handout|communiqu[eé])\b[^,.;:“”\"«]*\.?\s*\Z")
"""A release named at the sentence's end as its source ("The Minister said this while talking to …, said a press
release issued here.", styles48, a Pakistani-style release): no words of its own after "said this while …"."""


def _before_a_release_said(text: str, lo: int, hi: int) -> int:
    """Where text[lo:hi], the occasion after "said this …" (`_WHERE_ONLY`), ends before a closing ", said a press
    release …" (`_A_RELEASE_SAID`); `hi` where it has none. A cheap test for ", said " / ", according to " first."""
    comma = text.rfind(", said ", lo, hi)
    if comma < 0:
        comma = text.rfind(", according to ", lo, hi)
    if comma < 0 or _A_RELEASE_SAID.match(text, comma, hi) is None:
        return hi
    return comma


_FRONTED_THIS = re.compile(r"(?:This|These|That|Those),\s+")
"""What was said, fronted as a pronoun before the speaker: "This, he said when …" (`_WHEN_AFTER_FRONTED`)."""
_WHEN_AFTER_FRONTED = re.compile(r"\s+(?:during|at|in|on|while|when|after|before|as)\s")
"""After "This, he said": only where or when it was said, as `_WHERE_ONLY` reads after "said this"."""
_AN_ORDER = re.compile(r"(?:[\w’'.-]+\s+){1,5}?(?:instructed|directed|ordered|tasked)\s+(?:the\s+)?[\w’'.-]+")
"""A statement that opens with one person's order ("The President instructed the Ministry to …")."""


_CONNECTIVE = re.compile(
    r"(?:In particular|In addition|Also|As for|As to|As regards|However|But|At the same time|Moreover|Furthermore|Besides|"
    r"Therefore|Thus|Hence|After all|Accordingly|In this regard|In this context|In this connection|"
    r"At present|Meanwhile|Nevertheless|Consequently|Otherwise|Instead|Rather(?=,)|Indeed|Of course|Still|Yet|"
    r"According to|Any |It is|This is|This would|This will|This [a-z]+s\b|This included|That is|There is a need|"
    r"For example|For instance|(?!Early|Only|Rally|Italy|July)[A-Z][a-z]+ly(?=,))\b")
_NOW_OPENING = re.compile(r"(?:Currently|Presently|Recently|Separately|Subsequently),\s+")
"""A time adverb opening a sentence before its subject, as "In addition," does (`_body_acts`)."""
_NO_SUBJECT_BEFORE = frozenset(
    """of for to with by from on at in into among between about against having including
    keep keeps kept keeping""".split())
"""Words after which no subject comes: what follows them is an object, not a clause (and the object of "keep" with
its participle: "regarded it important, that NATO continues to keep its partners updated", three-hundred-ninth
finland_president_2022-01-07_stoltenberg, where "its partners updated" tells no one's words)."""
_QUANTIFIERS_AFTER_THAT = frozenset({"all", "both", "most", "many", "some", "each", "every"})
"""Words that may stand between "that" and the subject they count ("that all Iraqis …"): `_after_that` reads past them."""
_CLAUSE_AFTER_CONJUNCTION = re.compile(r"(?:[,;]\s*(?:and|but|whil(?:e|st)|whereas)?|\b(?:whil(?:e|st)|whereas))\s+(?:[Tt]he|[Tt]hese|[Tt]hose)\s")
_THAT_AFTER = re.compile(r"\bthat\b")
_OFFICE_SET_OFF = re.compile(r"(?:[A-Z][\w’'-]*\s+){0,4}(?:Secretary|Minister|Adviser|Advisor|Director|Ambassador|"
                             r"Chairman|Chairperson|Chair|President|Governor|Commissioner|Spokesperson|Spokesman),\s+")
"""An office set off by its comma before the holder's name, after "and" ("… and Private Secretary, Mrs Y spoke on …"):
the office of the name after it (`_anothers_clause_before`)."""
_OPENING_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b")
_SAID_AS_HE_MET = re.compile(r"\s+(?:as\s+(?:he|she)\s+met\s+with|in\s+(?:a|the|his|her)\s+(?:\w+\s+)?message"
                             r"|during\s+(?:a|the|his|her)\s+(?:\w+\s+)?meeting\s+with)\b")
"""After "said" closing unquoted words: the meeting or the message they were said in ("There are no big issues …, President X
said as he met with …", three-hundred-sixty-first belarus_president_2014-06-16_lavrov; "… said in the message of condolences
which he sent to …", belarus_president_2016-12_tu154_condolences; "Russia may be interested in …, Belarusian President X said
during a meeting with Russian First Deputy Prime Minister Y …", four-hundred-fourteenth belarus_president_2024-10-28_manturov): the
words before are his, first person or not."""


_TIME_SET_OFF = re.compile(r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
                           r"|later|earlier|afterwards|subsequently|then|in\s+the\s+(?:morning|afternoon|evening)),\s+")
"""A day or a time set off by its comma after ", and", before the subject of the clause it opens ("…, and on Friday,
the Deputy Chief Minister updated …"): when, part of the joined clause (`_joined_after_a_time`)."""
_AGENTLESS_PASSIVE = re.compile(r"\s(?:was|were)\s+(?:also\s+)?[a-z]+ed\b")
"""A passive verb of the clause before a bare "and" ("The importance of X was reaffirmed during the meeting and …")."""


def _joined_after_a_time(text: str, lo: int, start: int) -> int | None:
    """Where a speaker's clause joined by ", and" opens when a day or a time set off by its comma stands between
    "and" and the subject (fivehundredtwentieth gibraltar 2017-07-01: "The Chief Minister hosted a working dinner …
    on Thursday evening, and on Friday, the Deputy Chief Minister updated the First Minister on …": the dinner is
    narrative, the clause from "on Friday" his), as `_JOINED_CLAUSE` right before the subject; None otherwise."""
    at = text.rfind(", and ", max(lo, start - 40), start)
    if at < 0 or _TIME_SET_OFF.fullmatch(text, at + 6, start) is None:
        return None
    return at + 6


_IMPERSONAL_IT_PASSIVE = re.compile(r"(?:[A-Z][^,;:.“”\x22]{0,50},\s+)?[Ii]t\s+(?:was|were)\s+(?:also\s+)?[a-z]+ed\b")
"""An impersonal "it" and a passive that open a clause, after a time or place set off by its comma (sevenhundrednineteenth
newswire 2022-07-27: "During the meeting, it was discussed advancing the existing relations … and the Ambassador
assured that …"): no one's, as "The importance of X was reaffirmed …" (`_agentless_passive_before`)."""


_CAN_BOAST = re.compile(r"\b(?:can(?:not|'t|’t)?|could(?:\s+not|n't|n’t)?)\s+(?:now\s+|also\s+|not\s+|only\s+){0,2}$")
"""A modal right before "boast" (ninehundredfortythird ghanaweb 2017-02-26: "He said the Central region is the first
capital of Ghana but the region cannot boast of any development."): "can boast of" is to have, not to brag, no words of
the region's that would cut the report before it (`_cues`)."""


_RULERS_CALLED_ON = re.compile(
    r" (?:on|upon) the (?:[a-z][\w’'-]*\s+){0,3}?(?:chiefs?|elders|(?:traditional\s+)?councils?|kings?|queens?"
    r"|queen\s+mothers?|traditional\s+(?:leaders?|rulers?|authorities)|overlords?|monarchs?)\b"
    r"(?:(?!\b(?:to|for)\s+[a-z])[^.;:“«\"])*?(?:[.;](?:\s|$)|\Z|(?=\n))")
"""What "called" takes when it is a visit paid to a traditional ruler or council: "on the" and (after at most three
lower-case words) chiefs, elders, a traditional council, a king or a queen mother, then no "to" or "for" of an appeal
before the sentence ends (ninehundredfortythird gomoawest 2012-07-03: "She also called on the two traditional councils in
the district, being the Akyempim and the Ajumako Traditional Councils."): a courtesy call, no one's words, as the
lexicon's "called on" a capitalised name with no "to" after it is; "called on the chiefs to support …" still an appeal
(`_cues`)."""


_TROOPS_REVIEWED = re.compile(r" (?:a |an |the )?(?:[\w’'-]+ ){0,2}?(?:guards? of honou?r|honou?r guards?|detachments?\b|"
                              r"parade\b|troops\b|contingents?\b)")
"""What "reviewed" takes when it is a ceremony ("reviewed a guard of honour", "reviewed a detachment of the Royal Guard",
"reviewed the troops"): the inspection of soldiers drawn up, not a review of ties or progress (`_cues`)."""
_FILE_REJECTED = re.compile(r" (?:the |a |his |her |their |its |this |that )(?:[\w’'-]+ ){0,2}?files?"
                            r"(?=\s*(?:[^\w\s]|\Z)|\s+(?:[a-z]+(?:ed|ing)|of|on|for|from|by|to|and|or|but|which|that|"
                            r"who|in|with|over|at|as|after|before|because|since|while|when|until|without|under|about)\b)")
"""What "rejected" takes when it is an office's act on a document (eighthundredtwentyninth hindustantimes 2022-07-30: "…
a day after he rejected the file submitted by the AAP government seeking permission for …"): a file turned down, no
words said, not "rejected the claims", "rejected the allegations", a view voiced (`_cues`). The noun phrase ends at
"file(s)": a participle, a function word or a mark after it, not another noun ("rejected the secret files leak claims":
the claims rejected, a view voiced)."""


def _agentless_passive_before(text: str, lo: int, at: int) -> bool:
    """Whether text[lo:at], before a bare "and" and a speaker's subject, is a clause of a thing with a passive verb
    and no agent (fivehundredtwentieth gibraltar 2023-08-22: "The importance of Gibraltar to the UK military was
    reaffirmed during the meeting and the Chief Minister stressed …"): GOLD-FORMAT's agentless passive, no one's
    statement, cut at the clause boundary. Not where the sentence opens with a person or a pronoun (but a person's thing,
    `_owners_thing`), nor after "that" or "by" (a clause inside a report, or an agent). So too an impersonal "it was
    discussed …" (`_IMPERSONAL_IT_PASSIVE`)."""
    if text.find(" was ", lo, at) < 0 and text.find(" were ", lo, at) < 0:
        return False  # (the cheap test first)
    passive = _AGENTLESS_PASSIVE.search(text, lo, at)
    if passive is None or not (text.startswith(("The ", "A ", "An "), lo)
                               or _IMPERSONAL_IT_PASSIVE.match(text, lo, passive.end()) is not None):
        return False
    opening = text[lo:passive.start()].split()[1:3]
    return " that " not in text[lo:at] and " by " not in text[passive.end():at] \
        and (not any(word[:1].isupper() for word in opening) or _owners_thing(opening))


def _owners_thing(opening: list[str]) -> bool:
    """Whether the capitalised words that open a clause end in a possessive (fivehundredtwentysixth iprnagaland
    2022-04-02: "The Chief Minister’s recent announcements … were shared with …": the thing the person owns is the
    subject, no person)."""
    capitalised = [word for word in opening if word[:1].isupper()]
    return opening[:len(capitalised)] == capitalised and capitalised[-1].endswith(("’s", "'s"))


def _said_as_he_met(text: str, head: str, verb_start: int, after: int, hi: int) -> bool:
    """"said as he met with …" / "said in the message …" closing the sentence (`_SAID_AS_HE_MET`), with no complement of
    its own after it ("… said as he met with Y that …") and no participle opening the words ("Speaking about trade, X said
    as he met with Y …": a phrase of the narrator's)."""
    return text.startswith("said", verb_start) and _SAID_AS_HE_MET.match(text, after, hi) is not None \
        and _THAT_AFTER.search(text, after, hi) is None and not _OPENING_PARTICIPLE.match(head)


_CUE_CLOSES = re.compile(r"\s*(?:[,.;!?…]|$|(?:as|when|while|during|after|before|following|today|yesterday|at|in|on)\b)")
"""After a cue that closes what was said before it: the sentence's end, a comma ("…,
he said, adding …") or only when or where it was said."""
_WHEN_OR_WHERE_SAID = re.compile(
    r"(?:as|when|while|during|after|before|following|today|yesterday|at|in|on|speaking|addressing|referring|"
    r"according|in\s+an?\s)\b")
"""The clause after a tag set in the middle of unquoted words that tells when, where or how they were said
(`_words_after_a_middle_tag`): the tag's, not the words'."""
_RELATIVES = frozenset(("who", "whose", "whom", "which", "that"))
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) $")
"""A possessive right before a speech verb's form: the form is a noun ("her report", "his address")."""
_POSSESSIVE_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) (?:[a-z-]+[^\Ws] ){1,2}$")
"""A possessive and one or two words that are no plural before a bare form ("her annual performance
report"): the form is the noun they qualify (not "his officials report", nor "his team reported")."""
_ARTICLE_A_NOUN_BEFORE = re.compile(r"(?<![\w’'-])[Aa]n? (?:(?!(?:to|not|will|would|shall|should|can|could|may|might|must|"
                                    r"do|does|did)\s)(?:[a-z-]+|[A-Z][a-z-]+)[^\Ws] ){1,2}$")
""""a" or "an" and one or two words that are no plural before a bare form (eighthundredtwentyninth ndtv 2022-05-27:
"Calling the meeting a courtesy call, Mr X said …"; "a phone call", "an annual report"): the noun they qualify, not
a verb whose subject is "the meeting a courtesy"; not "an opportunity to call for …", whose "to" makes it a verb. A
word may be capitalised, as the Zambian, Nigerian and Ghanaian government press print common nouns (thousandfourteenth
zambianobserver 2023-08-31: "Speaking … when the Inspector General of Police Y paid a Courtesy call on him, Mr. X said
…": not a subject "Courtesy" and its verb "call on", a cue of no one that cut X's sentence at its comma); a name after
the article is no subject of a bare form either ("a Senator call" is no English), and a modal or "to" still makes one
a verb ("a Senator will call for …")."""
_RESULT_ADVERBS_BEFORE_A_PARTICIPLE = (", further ", ", thereby ")
"""The adverb that makes a participle after a comma the outcome of what the clause before tells (sevenhundredsixtyeighth,
ecnetnews: "Tucson Mayor X is set to attend the inauguration …, further emphasizing the importance of international
relations in the region"; "…, thereby highlighting …"): the event's effect in the writer's words, no one's speech; both
ten characters long, tested at the participle's start."""

_PLAN_BEFORE_A_PARTICIPLE = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )"
    r"\b(?:will|is\s+set\s+to|are\s+set\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+(?:also\s+)?"
    r"(?:lead|attend|head|visit|travel|tour|host|join)\b")
"""A visit or trip still to come, told before ", highlighting …" (sevenhundredsixtyeighth ecnetnews: "As part of her
visit, the Democratic governor, who is in her second term, will lead a delegation to engage in discussions surrounding
the clean-energy sector …, highlighting New Mexico’s commitment to sustainable energy practices."): the participle is
what the trip shows, in the writer's words, no one's speech; searched only between the sentence's start and the
participle's comma. Not a relative clause's plan ("Foreign Minister X, who will attend the summit next week, met Y on
Monday, stressing that …": the subject's own participle, his statement; stop 61's review)."""
_ATTENDED_BEFORE_A_PARTICIPLE = re.compile(r"(?<!\bwhich )(?<!\bwho )(?<!\bthat )\b(?:was|were)\s+(?:also\s+)?attended\s+by\b")
"""A passive telling who attended, before ", underscoring …" (ninehundredfortieth tribune 2026-03-03: "The ceremony was
attended by Secretary X, Mayor Y, and former Presidential Spokesperson Z, underscoring national and local support for
the project."): the participle's subject is the event, what its guests show in the writer's words, no one's speech (not
the last guest's); searched only between the sentence's start and the participle's comma. Not a relative clause's
("The forum, which was attended by X, …": the relative's own, `_PLAN_BEFORE_A_PARTICIPLE`'s guard)."""
_MET_BEFORE_AGREEING = re.compile(r"\b(?:met|meets|held talks|holds talks)\s+(?:with\s+)?(?:[a-z’'-]+\s+){0,2}?[A-Z]")
"""A meeting with someone named before ", agreeing to …" (sixhundredfortyfifth, Xinhua by the Global Times: "China's top
legislator X met with Ugandan Speaker of Parliament Y in Beijing Thursday, agreeing to deepen parliamentary communication
and cooperation."): the participle tells what the two agreed at the meeting, a pair's accord as "the two sides agreed",
no one's statement; not "X stressed …, agreeing with Y that …" (no meeting before it)."""
_GIVES_THE_FLOOR = re.compile(
    r"\s+(?:(?!to\s)[\w’'.-]+\s+){1,6}?to\s+(?:discuss|speak|report|brief|update|introduce|take\s+the\s+floor|"
    r"open\s+the\s+discussion|lead\s+the\s+discussion)\b")
"""After "invited": whom and "to" with a turn to speak ("Finally, the Prime Minister invited the International
Trade Secretary to discuss foreign investment into the UK …", two-hundred-fifty-first business advisory council):
the chair gives another the floor, no words of the chair's own. Not "invited X to address the Verkhovna Rada" nor
"invited X to visit": an invitation made, the inviter's words."""
_VERBS_AS_NOUNS = frozenset("report address comment remark appeal request call reply answer pledge promise plea".split())
"""Bare forms of speech verbs that are also nouns ("her annual report", "his televised address")."""
_PLURALS_AS_NOUNS = _VERBS_AS_NOUNS | {"outline", "note"}
"""Speech verbs whose form in -s is also a plural noun ("the main outlines", "the key remarks")."""
_ARTICLE_AND_WORD_BEFORE = re.compile(r"(?<![\w’'-])(?:[Tt]he|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir) ([a-z][a-z-]+) $")
_NOUN_GOES_ON = (" of ", " and ", ".", ",")


def _plural_noun_after_adjective(text: str, lo: int, vs: int, ve: int) -> bool:
    """Whether the form in -s at text[vs:ve] follows an article and one lower-case word that names no one, and
    "of", "and" or a stop follows it ("presented the main outlines of the draft", "the broad outlines and …"): a
    plural noun and its adjective, not a subject and its verb ("the minister outlines …", "the latter notes …",
    "The telegram notes that …", whose verb has its complement after it)."""
    if not text.startswith(_NOUN_GOES_ON, ve) or text.startswith(", ", ve) and text[ve + 2:ve + 3].islower():
        return False  # (not "The message notes, in particular, that …")
    before = _ARTICLE_AND_WORD_BEFORE.search(text, max(lo, vs - 30), vs)
    return before is not None and before.group(1) not in ROLE_WORD_SET and before.group(1) not in ("latter", "former")
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten both several many various numerous".split())
"""Words that count a plural noun after them ("the two states", "both states", "several reports")."""


def _plural_noun_after_a_count(text: str, lo: int, vs: int) -> bool:
    """Whether the form in -s at text[vs:…] follows a lower-case word that counts ("the two states in various
    directions were close", "both reports"): a plural noun, since a counted subject takes no verb in -s; not
    "Article Two states that …" (a capital) nor "the minister states" (no count). Only the words of text[lo:vs] are read,
    never those before lo (a count word that opens the range is one)."""
    if vs <= lo or text[vs - 1] != " ":
        return False
    start = max(text.rfind(" ", lo, vs - 1) + 1, lo, vs - 10)  # (the longest count word has 8 letters)
    return text[start:vs - 1] in _COUNT_WORDS


_SOURCE_CONNECTIVES = frozenset({"Therefore", "Thus", "However", "Also", "In addition", "Moreover", "Furthermore",
                                 "At the same time", "In particular", "Meanwhile", "Besides", "Hence", "Consequently",
                                 "In this regard", "In this context", "Accordingly", "So", "Besides that"})
"""Connectives that may open a sentence before its "according to X," source."""
_MODAL = re.compile(r"\s(?:must|should|would|cannot)\s")
_BODY_MAY = re.compile(r"\s(?:may|might|could|can|cannot|must|should)\s")
"""A modal right after (or read into) a body's name as subject ("At the same time, the Security
Council may need to adopt a new resolution …"): what the body may or must do, an argument carried
on from the speaker, not the readout's word on what it did (`_body_acts`)."""
_DESCRIBED_SUBJECT_PAST = re.compile(r"(?<=\s)the\s+(?:[A-Z][\w’'-]*\s+){1,4}(?P<verb>[a-z]{3,}ed)\b")
"""An office-holder named by the office, then a verb in the past ("the President identified"): a third person acting
inside a sentence (`_described_person_acts`)."""
_ARGUES = re.compile(
    r"\b(?:must|should|would|need to|needs to|has to|have to|cannot|can't|is important|are important|"
    r"is vital|is necessary|is essential|is crucial|is unacceptable|is possible|is impossible|"
    r"important|vital|necessary|essential|crucial|unacceptable|inadmissible|obvious|clear that|"
    # (fivehundredfiftysecond, China's embassy in London: "Nixon thanked Minister Ma …, saying that … . The Times is
    # willing to maintain a constant dialogue with the Embassy …": a side's readiness stated, as "must" argues)
    r"is willing to|are willing to)\b")


SENTENCE_KEYS = (" would ", " did ", " does ", "’s ", "'s ", " mind", " agreement with ", " accord with ",
                 " had ", " has ", " have ", " full of ", ": th", " from ", "(as ", " opportunity for ", " allowed ",
                 " enabled ")
"""The words `_cues` looks for in each sentence before a rarer cue's test; most readouts hold few of them."""


def keys_held(text: str, runs: set[bytes]) -> frozenset[str]:
    """Which of `SENTENCE_KEYS` `text` holds (one search of the whole text each): `_cues` looks for
    a word in a sentence only when the text holds it, and a sentence of a text without it has none.
    `runs`: the runs of `KEY_RUNS` the text holds, as `cue_word_hits` noted them; a key whose run
    the text lacks is not searched for (most readouts lack most keys, and each such search read
    the whole text). A key of `_KEY_MARKS` is searched for only in a text that holds its mark."""
    return frozenset(word for word in SENTENCE_KEYS
                     if (holds_key(text, word, runs) if word in KEY_RUNS
                         else _KEY_MARKS.get(word, "") in text and word in text))


_KEY_MARKS = {"'s ": "'", ": th": ":", "(as ": "("}
"""A character of a key of `SENTENCE_KEYS` that `KEY_RUNS` cannot note, which many readouts lack (a typewriter
apostrophe, a colon, a bracket): looked for first, one character found at memchr's speed, where a search for the
key read the whole of each readout that lacks it."""


def _add_in_order(cues: list[Cue], more: Iterable[Cue | None]) -> None:
    """Add to `cues` the cues of a rarer kind (None: none was found), keeping them in the order of their verbs."""
    added = [cue for cue in more if cue is not None]
    if added:
        cues.extend(added)
        cues.sort(key=lambda c: c.verb_start)


def _names_ahead(cue: Cue, last: Cue) -> bool:
    """`cue`'s subject is "he" or "she" that the cue closing the sentence names ("Speaking
    after the talks, she told journalists …, Senator X said."): the pronoun looks ahead."""
    phrase = cue.phrase
    if cue is last or phrase is None or phrase.kind != "pronoun" or phrase.text.lower() not in ("he", "she"):
        return False
    gender = last.person.gender if last.person is not None else None
    return gender is None or phrase.gender is None or gender == phrase.gender


_TO_THE_PRESS = ("press conference", "news conference", "reporters", "journalists", "the media")
"""Where a closing "said" / "told" tells the press (`_told_the_press_after`)."""


def _told_the_press_after(text: str, last: Cue, hi: int) -> bool:
    """Whether the cue that closes a sentence is one person telling the press ("While appreciating the Millet Mission,
    Prime Minister X asked to open a Millet Cafe in Raipur, CM Y said in a press conference.", eighthundredfirst
    millenniumpost baghel): Y recounts what X said, so all of it is Y's account, X's cue inside it. Only "said" or
    "told" with the press named in the few words after it (a bounded slice)."""
    if not text.startswith(("said ", "told "), last.verb_start):
        return False
    tail = text[last.verb_end:min(hi, last.verb_end + 40)]
    return any(press in tail for press in _TO_THE_PRESS)


_INSERTED_AFTER = re.compile(r"\s*(?:,|\.\s*$)")
"""What follows a verb of an inserted or closing attribution: a comma, or the end of the sentence."""


_QUOTED_AS_SAYING_CLOSES = re.compile(r"(?:\s+(?:him|her|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}))?"
                                      r"\s+as\s+saying\s*\.\s*$")
"""After "quoted" (or "cited") in a tag that closes the sentence after its comma, the one quoted, if the quoting text is the
subject, then "as saying" and the sentence's end (sevenhundredthirtyeighth devdiscourse, PTI: "The youth here can take
advantage of employment opportunities in Britain in this area, the statement quoted him as saying."; "…, he was
quoted as saying."): the clause before is the quoted person's report (`_quoted_as_saying_closes`)."""


def _quoted_as_saying_closes(text: str, form: str, vs: int, ve: int, lo: int, hi: int) -> bool:
    """Whether "quoted" at text[vs:ve] opens a tag that closes the sentence, "…, the statement quoted him as saying." or
    "…, he was quoted as saying." (`_QUOTED_AS_SAYING_CLOSES`): its comma within reach before it, no other comma
    between; read only for the verb "quoted" (or "cited": eighthundredeightyninth taiwannews 2022-02-23, "…, CNA cited
    her as saying.") with "as saying" after it."""
    if form != "quoted" and form != "cited" or text.find(" as saying", ve, hi) < 0:
        return False
    comma = text.rfind(", ", lo, vs)
    return comma > lo and vs - comma <= 40 and text.find(",", comma + 1, vs) < 0 \
        and _QUOTED_AS_SAYING_CLOSES.match(text, ve, hi) is not None


_ASSENTING_VERBS = frozenset({"shared", "endorsed", "echoed", "seconded", "supported", "backed", "welcomed",
                              "repeated", "rejected", "disputed", "contested", "questioned"})
_ASSENT_IN_APPOSITION = re.compile(r",\s+an?\s+(?:view|verdict|point|assessment|sentiment|position|concern|hope|call|"
                                   r"proposal|promise|description|judge?ment|opinion|conclusion|warning|appeal|idea|"
                                   r"remark)\s+[^,;:]{2,60}\s$")
"""A noun set off after a speaker's clause and another person's verb of assent or dissent that ends the sentence, the
noun its object (hard75: "Minister X then said …, a view Minister Y shared.", "X called the cut "…", a verdict the union
leader endorsed."): the other person's statement, from "a" (hard71's "a concern the President said she shared"); only
after a cue of a person, so "…, an invitation the Minister accepted" stays no one's (no such noun or verb)."""


def _assent_in_apposition(text: str, form: str, vs: int, ve: int, lo: int, hi: int) -> bool:
    """Whether the verb at text[vs:ve], one of `_ASSENTING_VERBS`, ends the sentence after a noun set off by its comma
    and its subject ("…, a view Minister Y shared.", `_ASSENT_IN_APPOSITION`): another person's assent to the words
    before it (the caller checks that a person's cue came first)."""
    return form in _ASSENTING_VERBS and _INSERTED_AFTER.match(text, ve, hi) is not None \
        and _ASSENT_IN_APPOSITION.search(text, max(lo, vs - 80), vs) is not None


def _inserted_attribution(text: str, form: str, vs: int, ve: int, lo: int, hi: int) -> bool:
    """A verb that reports speech only with a that-clause after it ("observed that", "reported that"),
    inserted into the clause it reports or closing it, the clause before it standing for its
    that-clause (hard22: "This year's feast, the President of the Republic observed, will be a painful
    one", "More than 300 companies, she reported, have already applied."): its subject after a
    comma, nothing but a comma or the end of the sentence after it. Read only for a verb with no
    complement of its own that takes a that-clause (a few per readout); "the pressure, it was
    reported, …" has no person (`_cue_at`)."""
    comma = text.rfind(", ", lo, vs)
    return comma > lo and vs - comma <= 60 and _INSERTED_AFTER.match(text, ve, hi) is not None \
        and text.find(",", comma + 1, vs) < 0 and has_complement(form, " that ", 0, 6) \
        and not _modal_with_its_verb(text[comma + 2:vs].split())


def _as_source_opening(text: str, form: str, vs: int, ve: int, lo: int) -> bool:
    """(eighthundredthirtyfourth bashinform 2009-03-20: "As Dmitry Kulagin reported, at present time about 50 thousand
    Bashkirs live in Orenburg region."): a verb that reports speech only with a that-clause ("reported", "observed"),
    in an "As X reported," that opens its sentence, its comma right after it: the clause after the comma stands for
    its that-clause, X's report, as after "As X said, …" (`_opens_as_source`); no comma between "As" and the verb
    (not "As the figures, which he reported, show …"); a verb of reporting only (`_AS_ONE_REPORTED`: not "As the meeting
    concluded, the Governor thanked …", an event's end, fivehundredfortysixth texasgov)."""
    return text[lo] == "A" and form in _AS_ONE_REPORTED and text.startswith("As ", lo) and vs - lo <= 60 \
        and text.startswith(", ", ve) and text.find(",", lo, vs) < 0


_AS_ONE_REPORTED = frozenset(("reported", "noted", "observed", "explained", "informed", "remarked", "mentioned",
                              "pointed out", "specified", "clarified", "recalled", "emphasized", "emphasised", "stressed",
                              "underlined", "underscored"))
"""The verbs of "As X reported, …" (`_as_source_opening`) that take a that-clause and no object of their own."""


_PHOTO_NOTE_AFTER = re.compile(PHOTO_NOTE)
"""A photo's note right after a name (`PHOTO_NOTE`)."""


def _tag_set_off(text: str, cue: Cue) -> bool:
    """Whether an inverted tag's verb (its subject after it) stands as a tag does: after the clause's comma ("…, said
    X."), or, the comma left out, after a lower-case word with the name right after the verb ("… between Sarawak and the
    Republic said Sarawak Premier X (pix).", eighthundredtwentysecond thesundaily 2023-10-31); not a passive's agent
    further on ("Edwards’ office said the group was invited by Gilad Katz, the consul general of …", eighthundredtwentieth
    nationalpost: "was invited by" no tag, the office's sentence no one's)."""
    vs = cue.verb_start
    if text.startswith(", ", vs - 2):
        return True
    return text[vs - 2].islower() and cue.phrase is not None and cue.phrase.start == cue.verb_end + 1 \
        and text[cue.verb_end] == " "


def _no_ones_cues_before_a_closing_tag(text: str, cues: list[Cue], hi: int) -> list[Cue]:
    """`cues` without the cues of no one (a country's, a body's speech verb) before the last, when the last is an
    inverted tag that closes the sentence, "…, said X." (sixhundredfortyfifth, Xinhua by the Global Times: "China
    encourages and supports its enterprises to invest in Uganda, and also hopes that …, said Zhang."): all the words
    before the tag are the tagged person's report, a country's verb inside them no cut; a cut that marks where a
    clause of no one ends (a cue with no verb) stays. The tag may end with who the speaker is, set off by a comma
    (`_CLOSING_APPOSITIVE`: "During the floods, the Russian sides reported to Heilongjiang everyday about …, giving a
    lot help to the province's fight against the floods, said Zhang En'liang, a deputy to NPC and also mayor of Heihe
    city …", sevenhundredninetieth my399_2014-03-09): the sides' "reported … about" is inside his report all the same."""
    last = cues[-1]
    if last.person is None or last.phrase is None or last.phrase.start < last.verb_end \
            or not _tag_set_off(text, last):
        # (the comma may be left out, "… between Sarawak and the Republic said Sarawak Premier X (pix).",
        # eighthundredtwentysecond thesundaily 2023-10-31: an inverted tag read with no comma before it only when
        # the name closes the sentence, `speech_subjects._said_and_a_name_close_the_sentence`)
        return cues
    after = last.phrase.end
    if text.startswith(" (", after) and (note := _PHOTO_NOTE_AFTER.match(text, after, hi)) is not None:
        after = note.end()  # ("…, said X (pix).": the photo's note after the name, `PHOTO_NOTE`)
    if text[after:hi].strip(" .;”\"’»") \
            and not (text.startswith(", ", after) and _CLOSING_APPOSITIVE.match(text, after, hi)):
        return cues
    kept = [cue for cue in cues[:-1] if cue.person is not None or cue.verb_start == cue.verb_end]
    return cues if len(kept) == len(cues) - 1 else kept + [last]


_OWN_FIRST_PERSON = frozenset(("I", "we", "We"))
"""The first-person subjects of a speaker's own unquoted words (`_speakers_own_first_person_cues`)."""


def _speakers_own_first_person_cues(text: str, cues: list[Cue], hi: int) -> list[Cue]:
    """`cues` without those whose subject is "I" or "we" before a tag set off by commas that closes them, "…, he
    claimed, …" or "…, he said." (eighthundredeightyfirst fidelpost 2023-06-11: "If we think and act in the interests of
    the people, he claimed, peace is the only option."): the first person is the tagged speaker's own, his unquoted
    words (GOLD-FORMAT's "I hope …, President X said"), so "we think" cuts nothing; before, the words up to the tag were
    a clause of no one's and lost. Only when the last cue is the tag, its subject named or a pronoun right after a comma,
    before its verb, and a comma or the sentence's end right after the verb (not "We discussed trade, and he said …")."""
    last = cues[-1]
    if last.phrase is None or last.phrase.end > last.verb_start or not text.startswith(", ", last.phrase.start - 2) \
            or text[last.verb_end:last.verb_end + 1] not in (",", ".") and last.verb_end < hi:
        return cues
    kept = [cue for cue in cues[:-1]
            if cue.person is not None or cue.phrase is None or text[cue.phrase.start:cue.phrase.end] not in _OWN_FIRST_PERSON]
    return cues if len(kept) == len(cues) - 1 else kept + [last]


def _inverted_attribution(text: str, form: str, vs: int, ve: int, lo: int) -> bool:
    """A verb that reports speech only with a that-clause after it, closing the clause it reports with its subject
    inverted after it, as "…, said X." (fourhundredeightieth mauritius_gis 2018-03-15: "The meeting with Prime Minister
    X was an interesting one, indicated the German Ambassador Y in a statement."): right after the clause's comma, a
    capital or "the" next; whether a person follows, and the clause's end after them, is `_cue_at`'s to read (its
    cue's subject must stand after the verb)."""
    return form in INVERTING_VERBS and vs - lo > 2 and text[vs - 2] == "," and text[vs - 1] == " " and text[ve:ve + 1] == " " \
        and (text[ve + 1:ve + 2].isupper() or text.startswith("the ", ve + 1)) \
        and has_complement(form, " that ", 0, 6)


_MODALS = frozenset("can could will would may might must shall should".split())


def _modal_with_its_verb(words: list[str]) -> bool:
    """Whether a modal with a verb of its own stands before the word read as the attribution's verb: the word is
    that verb's object, no speech verb (three-hundred-twenty-ninth philippines_pco rtvm_2016-10-20_duterte_xi: "…
    are brothers, and as brothers, they can handle disputes.": "disputes" is what they can handle; not "…, he would
    dispute.", the modal right before it, nor "…, the Minister would later observe.", an adverb after it)."""
    return any(word in _MODALS and words[at + 1] not in SUBJECT_VERB_FILLERS and not words[at + 1].endswith("ly")
               for at, word in enumerate(words[:-1]))


_PASSIVE_PLAIN_ADVERBS = frozenset("also again further later then first likewise too once".split())
"""Adverbs with no "-ly" that may stand between a passive's auxiliary and its participle ("was also raised by")."""


_RELATIVE_BEFORE_PASSIVE = (" that was ", " that were ", " that had been ", " that has been ", " that have been ")
"""A relative "that" right before a passive's auxiliary ("the message that was delivered by …")."""


def _wrote_leads_in(text: str, form: str, ve: int, hi: int) -> bool:
    """Whether "wrote"/"writes" at text[:ve] ends its sentence on a colon, or a semicolon doing a colon's work, that
    closes its paragraph (sixhundredseventyfifth zambianobserver 2021-08-22: "He wrote;" / "This afternoon, … we held a
    meeting …"): a lead-in to the written words below, as "said:" is, with no complement of its own. Cheap: the
    first letter, then the verb at the sentence's end."""
    return form[0] in "wW" and form.lower() in ("wrote", "writes") and ve == hi and text.startswith((":\n", ";\n"), ve)


_AN_OUTLETS_VERBS = frozenset(("writes", "wrote", "reports", "reported"))
"""The verbs an outlet's name follows, inverted, before ", citing …" ("…, writes X, citing official sources"): a news
outlet's account of what its sources told it (`_cues`)."""


def _passive_complement(text: str, form: str, vs: int, ve: int, lo: int) -> bool:
    """The speech verb `form` at text[vs:ve], whose complement does not follow it, in a
    passive with its agent after it and its complement before it, as the subject
    ("Special attention was paid by the Head of State to …", "Concern about … was raised
    by the prime minister")."""
    # (and a perfect passive, hard20: "A message of greetings had been sent by President X to his counterpart")
    if form.endswith("ing"):
        # (ninehundredtwentyfirst ghanabusinessnews 2023-07-12: "The Minister was responding to a question posed by
        # the Madam Iris Arde, …": a progressive, no passive; the "by" is the question's asker's)
        return False
    if PASSIVE_BY.match(text, ve) is None:
        return False
    if not text.endswith(("was ", "were ", "been "), max(lo, vs - 5), vs):
        # (hard24: an adverb of manner between the auxiliary and the verb, "X's remarks … were warmly endorsed by
        # Qiu, who called …", "The plan was fully backed by the President")
        # (hundred-twenty-ninth: an additive or time adverb there too, "The situation in Mali was also raised by
        # Emmanuel Macron", "The matter was again brought up by the Governor")
        adverb = text.rfind(" ", max(lo, vs - 20), vs - 1)
        if adverb < 0 or not (text.endswith("ly ", adverb, vs) and text[adverb + 1:vs - 3].isalpha()
                              or text[adverb + 1:vs - 1] in _PASSIVE_PLAIN_ADVERBS) \
                or not text.endswith(("was", "were", "been"), max(lo, adverb - 4), adverb):
            return False
        vs = adverb + 1
    subject = text[lo:vs].lower()
    if subject.endswith(_RELATIVE_BEFORE_PASSIVE):
        # (two-hundred-third 27373: "The message that was delivered by Russian Prime Minister X, who …, said in
        # part:": "that" the relative pronoun, the passive's own subject, no content clause of "message that …")
        subject = subject[:subject.rindex(" that ")]
    if has_complement(form, subject, 0, len(subject)):
        return True
    # (hard23: "Earlier in the day, a congratulatory message had been sent …": the subject after a fronted
    # adverbial and its comma)
    comma = subject.find(", ")
    return 0 < comma < 60 and has_complement(form, subject, comma + 2, vs - lo)


_ADJECTIVE_BEFORE_PLURAL = re.compile(
    r" [a-z][a-z-]+s(?:(?:, [a-z][a-z-]+s)*,? and (?:[a-z][a-z-]+ )?[a-z][a-z-]+s)? "
    r"(?:are|were|have|had|will|would|continue|remain)\b")
"""A lone capitalised word before a plural noun (or a list of them) and its verb ("Successful
efforts are being taken …", "Major repairs have begun …", "Preschool facilities, schools and
sports centres are being built …"): an adjective opening the sentence, no one's name
(`_common_noun`)."""

_STATE_OF_WORK = re.compile(
    r" (?:is|are|was|were)(?: [a-z]+ly)? (?:underway|under way|in progress|ongoing|"
    r"being (?:done|carried out|conducted|implemented|built|prepared|completed|developed))\b"
    r"| continues (?:on|apace|with)\b")
"""A lone capitalised word and the state of a work under way ("Work is actively underway to
prepare for the sowing campaign", "Construction is being completed"; "Work continues on the
programme to resettle people from dilapidated housing", two-hundred-eightieth 54285, a governor's
report carried on): a noun opening the sentence in an official's report, no one's name
(`_common_noun`; not "continues to", which a place's name may open: "Moscow continues to …")."""
_VERBAL_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity")
"""How nouns made from verbs and adjectives end and no person's name does (`_thing_in_report`)."""
_FUTURE_NEXT = re.compile(r" (?:will|would|shall|is to|are to)\b")


_SHARE_OF_A_WHOLE = re.compile(
    r"(?: (?:and|or|[a-z][a-z-]+),?){1,5} (?:account|accounts|accounted) for (?:about |around |over |almost |nearly |"
    r"some |up to |more than |less than )?\d")
"""A capitalised word and lower-case words before "account(s) for" a figure ("High technology and research-intensive
producers account for 30 percent.", "Small businesses account for 20 percent …"): the share a thing has of a whole,
no one's name (`_common_noun`)."""


def _opens_a_share_of_a_whole(text: str, end: int) -> bool:
    """The lone capitalised word ending at `end` opens a sentence telling a thing's share of a whole
    (hundred-sixty-seventh 56324: "According to the Acting Governor, manufacturing accounts for 35 percent …. High
    technology and research-intensive producers account for 30 percent."). Guard: "ccount" in the next 80
    characters, then one anchored match."""
    return text.find("ccount", end, end + 80) >= 0 and _SHARE_OF_A_WHOLE.match(text, end) is not None


_MODIFIER_OF_BODIES = re.compile(
    r" (?:authorities|officials|agencies|bodies|institutions|organi[sz]ations|ministries|departments|municipalities"
    r"|regulators|enterprises|companies) (?!of\b)[a-z]")
"""A lone capitalised word before a plural noun that names bodies or their staff, and the next word
("Republican authorities respond to people’s complaints …", hundred-sixty-fifth 62078; "Municipal
officials check …"): an adjective opening the sentence, no one's name, whatever the verb
(`_common_noun`; `_ADJECTIVE_BEFORE_PLURAL` knows only a few verbs)."""
_SENTENCE_ADVERB_ENDINGS = ("ately", "ally", "ously", "ingly", "edly", "ntly", "ably", "ibly")
"""Endings of the adverbs that open a sentence before its comma ("Unfortunately, …", "Importantly, …",
"Additionally, …"), long forms only (not "Sally", "Kelly", "Emily": `_opens_as_a_modifier`)."""
_COMPOUND_NOUN_AND_OF = re.compile(r" (?![a-z]+(?:s|ed)\b)[a-z][a-z-]+ [a-z][a-z-]+s of ")
"""After a capitalised word, a noun that qualifies a plural noun, then "of" ("Major investment projects of both
federal and regional scale have received …"): the word is an adjective; a name is followed by its verb
("Petrov urges leaders of …", "Petrov visited plants of …": a verb in -s or -ed is left out)."""


def _opens_as_a_modifier(text: str, word: str, end: int) -> bool:
    """The lone capitalised word ending at `end` opens a sentence as an adverb or an adjective, not as
    someone's name (hundred-seventy-fourth, a governor's report carried on: "Unfortunately, 28 people have
    passed away.", "Almost 140,000 tests have been conducted …", "Major investment projects of both federal
    and regional scale have received continuous support …"): a sentence adverb before its comma, a word
    before a figure, an adjective before a compound noun and "of", before the plural of bodies
    ("Republican authorities respond …", `_MODIFIER_OF_BODIES`) or before a share of a whole ("High
    technology … producers account for 30 percent", `_opens_a_share_of_a_whole`). Guarded by the next
    character (a comma, a space) before any match."""
    after = text[end:end + 2]
    if after[:1] == ",":
        return len(word) >= 7 and word.endswith(_SENTENCE_ADVERB_ENDINGS)
    if after[:1] != " ":
        return False
    # (three-hundred-fifty-fifth kremlin_29705, a report carried on: "…, said Vladimir Putin. Non-tariff restrictions
    # and quotas that exist in the EU currently do not apply …": a compound whose second part is in lower case,
    # "Non-tariff", "Long-term", "Cross-border", before a lower-case word is an adjective before its noun; a name's
    # parts are capitalised, "Jean-Pierre", "Ben-Gurion")
    return after[1:2].isdigit() or _COMPOUND_NOUN_AND_OF.match(text, end) is not None \
        or _MODIFIER_OF_BODIES.match(text, end) is not None or _opens_a_share_of_a_whole(text, end) \
        or after[1:2].islower() and word.find("-", 1) > 0 and word[word.find("-", 1) + 1:][:1].islower() \
        and word[:word.find("-", 1)].lower() in _MODIFIER_PREFIXES


_MODIFIER_PREFIXES = frozenset("""non anti long short medium cross self well high low large small full multi semi post pre
    inter counter mid far near""".split())
"""The first parts of compound adjectives ("Non-tariff", "Long-term", "Cross-border", "Large-scale"), not
"Whole-corpus dump …", a compound noun that may open a sentence of its own (`_opens_as_a_modifier`)."""


_AMOUNT_CHANGED = re.compile(
    # (up to two lower-case words of a compound noun: "Gross domestic product grew by 4.1%.",
    # "Foreign direct investment rose …")
    r"(?: [a-z][a-z-]+){0,2} (?:rose|grew|fell|increased|decreased|declined|dropped|reached|exceeded|amounted|"
    r"totalled|totaled|doubled|tripled|slowed|shrank|surged|contracted|climbed|jumped|soared|plunged|expanded|"
    # ("Crime … was also down by 7.4 percent", two-hundred-ninth 17579: "also" between "was" and "down")
    r"accelerated|went (?:up|down)|(?:was|were) (?:also )?(?:up|down)|stood at|came to)\b")
_AMOUNT_CHANGED_BY = re.compile(
    r"(?: [a-z][a-z-]+){1,14} (?:(?:rose|grew|fell|increased|decreased|declined|dropped|went (?:up|down)|"
    r"(?:was|were) (?:up|down)) by|amount(?:s|ed)? to"
    # (fortieth hard set, the Severian cabinet on heating: "Coal and fuel oil stocks at power stations exceed last year's
    # level by 12 percent.", a minister's report carried on: a thing's amount above a level it is measured against)
    r"|(?:exceed(?:s|ed)?|surpass(?:es|ed)?) (?:[a-z][a-z-]*(?:[’'])?s? ){1,4}by) (?:around |about |over |almost |nearly )?\d")
"""A lone capitalised word, a longer phrase of lower-case words, then an amount that changed by a figure ("Tax
revenue and compulsory payments and fees at all levels of the budget increased by 23.5 percent.", a governor's
report, hundred-seventy-fifth 51543), or that will come to a figure ("Funding for the perinatal centre
construction programme will amount to 50–60 million rubles.", two-hundred-ninth 17800, "will" one of the
words): a thing's figure, no one's name (`_thing_in_report`; `_AMOUNT_CHANGED` takes two lower-case words at
most, this any run of them, only before "by" or "amount to" and a number)."""
_PLURAL_AMOUNT_CHANGING = re.compile(
    r"(?: [a-z][a-z-]+){0,4} (?:are|were|have been) (?:growing|rising|falling|declining|increasing|decreasing|slowing|"
    r"shrinking|dropping)\b")
"""After a lone capitalised plural, a few words and a plural verb of an amount changing (thirty-eighth hard set, the
machine-building meeting: "Exports to the traditional markets are growing more slowly than planned." after "X reported
that output …"): a figure of the report, no one's name (no one's name takes "are")."""
_NOUN_AND_ITS_OBJECT = re.compile(
    r" (?:for|of) (?!(?:the|a|an|his|her|its|their|our|this|that|these|those|all|each)\b)[a-z][a-z-]+")
_DONE_TO_A_THING = re.compile(
    r" (?:is|was|are|were|has been|have been|had been)(?: [a-z]+ly)? (?:given|paid|made|allocated|spent|"
    r"provided|granted|done|achieved|built|constructed|reconstructed|repaired|renovated|installed|commissioned|"
    r"laid(?! to rest))\b| (?:has|have) (?:started|begun)\b")
"""(thirty-eighth hard set, the transport minister: "Track has been laid along 420 kilometres …" after "The Minister
reported on the construction …": a thing built, as "Funding has been allocated …"; not "X was laid to rest")"""
_COUNTING_WORDS = frozenset({"several", "numerous", "dozens", "hundreds", "thousands", "many", "some", "few",
                             "much", "everything", "nothing", "fewer", "less", "most"}) \
    | frozenset("""two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred""".split())
"""Words that count what follows them and open a sentence capitalised ("Several dozen
people had been detained …", "Three new plants were opened in 2019." in a governor's report), or
count a whole alone (hundred-ninety-fifth 29026: "Much depends on effective state management, …" after
"Mr Putin noted that …"; "Everything depends on …"): no one's name (`_common_noun`); so a compound number's
first part (two-hundred-eightieth 54277: "Twenty-eight percent of the goods produced in the republic are
innovative products." in a governor's report); and the comparatives of a count (four-hundred-fourth
belarus_president_2012-04-09_konyuk_report: "Less people died from criminal offences or man-made accidents." after "According to
Alexander Konyuk, in Q1 2012 the number of registered crimes … reduced.")."""

_PLURAL_DONE_TO = re.compile(r"(?: and [a-z][a-z-]+s)? (?:(?:had|have) been [a-z]+(?:ed|en)"
                             r"|(?:need|needs|have|ought) to be (?:[a-z]+(?:ed|en)|made|done|paid|put|kept|held|built|set))\b")
"""A lone capitalised plural with a passive after it ("Firearms and explosives had been
confiscated …", "Weapons had been seized …"), or a passive still to be done ("Efforts need to be made to help villagers
…", a party secretary's words carried on, fivehundredfortysecond jsic spring_festival; "Steps have to be taken …"):
things something was or is to be done to, no one's name (`_common_noun`)."""

_NO_NOUN_AFTER_A_NAME = (r"(?!(?:also|still|then|now|too|again|already|alone|himself|herself|never|always|once|often|soon|"
                         r"personally|however|thus|therefore|is|are|was|were|has|have|had|will|would|can|could|should|"
                         r"must|may|might|did|does|do)\b)")
"""The lower-case words that follow a person's name as readily as a noun follows an adjective (an adverb, a
pronoun, an auxiliary): not the second word of a compound noun (`_NOUN_BEFORE_ITS_VERB`, `_COMPOUND_PLURAL_ACTS`)."""
_NOUN_BEFORE_ITS_VERB = re.compile(
    r" " + _NO_NOUN_AFTER_A_NAME + r"[a-z][a-z-]+(?<!ly) (?:is|are|was|were|has|have|had|will|would)\b")
"""A lone capitalised word, a lower-case noun and its verb ("Food processing has been increasing
…", "Grain output was up …"): a compound noun opening the sentence, no one's name (a person's
name is followed by its verb, or by an adverb: "Smith also has", `_common_noun`)."""
_COMPOUND_PLURAL_ACTS = re.compile(
    r" " + _NO_NOUN_AFTER_A_NAME + r"([a-z][a-z-]+)(?<!ly)(?<!ed) [a-z][a-z-]+[^\Wsu]s(?: [a-z]{2,}ed\b|, which\b)")
"""A lone capitalised word, a lower-case noun and a plural, then a past verb or "which" (two-hundred-fortieth
kremlin_28148, Putin's address carried on: "Similar world views promoted the two countries’ effective cooperation
…"; sixth kremlin_28331: "High oil prices, which stimulate investments …, …"): an adjective opening a
compound noun, no one's name; the noun is no speech verb ("Smith told reporters …", `_opens_a_compound_plural`)."""
_PARTICIPLE_AFTER_LONE_WORD = re.compile(
    r" (?:done|given|taken|shown|seen|known|grown|drawn|written|driven|spoken|chosen|broken|undertaken|begun|withdrawn)"
    r" (?:to|by|in|on|for|at|during|over|under|from|with)\b")
"""A lone capitalised word, then a past participle that is no past tense and the preposition after it ("Damage done to
the Altai Republic by a series of earthquakes was estimated at …", sixty-fourth kremlin_29462, an emergencies
minister's report carried on; "Measures taken by …", "Products grown on …"): a noun and its reduced relative, no one's
name, which would need "has" or "was" before such a form (`_common_noun`)."""


def _opens_a_compound_plural(text: str, end: int) -> bool:
    """The lone capitalised word ending at `end` is an adjective before a compound plural that acts
    (`_COMPOUND_PLURAL_ACTS`), its second word no speech verb."""
    compound = _COMPOUND_PLURAL_ACTS.match(text, end)
    return compound is not None and compound.group(1) not in ALL_SPEECH_VERBS


_GERUND_SUBJECT = re.compile(r"(?: [a-z][a-z-]+){1,4} (?:is|was|are|were|remains|remained|has been|have been)\b")
"""A capitalised word in -ing, its object and a form of "be" ("Tapping land reserves is another
important aspect …"): a gerund opening the sentence, no one's name (`_common_noun`)."""
_GERUND_AND_ITS_OBJECT = re.compile(r" (?:(?:the|an?|its|their|this|these|those|our|such) [a-z]|(?:(?:full|fuller|better|"
                                    r"good|best|greater|more|effective|efficient|rational) )?use of\b)")
"""A capitalised word in -ing before its object's article ("Increasing the supplies of fertilisers
will also help …", "Expanding these ties would …"), or before "(full) use of" (hundred-ninety-ninth 33368:
"Making full use of the Urals region’s huge potential requires …"): a gerund opening the sentence, a thing
done, no one's name (`_common_noun`)."""

_BRANCH_OF_ECONOMY = re.compile(
    r" (?:is|was|remains|remained|has become)(?: also| still| now)? (?:the|an?|one of the)(?: [a-z][a-z-]*(?:’s|'s)?){0,3}? "
    r"(?:mainstay|backbone|pillar|driver|engine|cornerstone|foundation|basis|sector|industry|branch|priority|speciali[sz]ation)s?\b")
"""A capitalised word in -ing that a form of "be" calls a branch of an economy ("Mining is the regional
economy’s mainstay.", "Fishing remains a key sector", "Shipbuilding is one of the priority industries"): a
gerund opening a sentence of an official's report, no one's name (`_common_noun`; hundrednineteenth 17653)."""
_PLURAL_AND_ITS_PLACE = re.compile(r" [a-z][a-z-]+s (?:in|of|for|across|among|at)\b")
"""A capitalised word in -ing before a plural and where it is ("Living standards in the region
are …", "Housing prices in the city …"): a noun phrase opening the sentence, no one's name
(`_common_noun`)."""


_ABSTRACT_ENDINGS = ("ism", "isms")
"""How the names of doctrines end and no person's name does (`_common_noun`; not
"-tion": "Collaboration will continue …, and the Committee will hold …" closes a
readout as often as it carries on a report)."""

_THINGS_AFTER_LONE_WORD = re.compile(
    r" [a-z][a-z-]+[^\Ws]s [a-z]+(?:ed|ing)\b"  # "Rescue operations involved …", "Soyuz rockets lifting off …"
    r"| [a-z][a-z-]+ and (?:[a-z][a-z-]+ )?[a-z][a-z-]+[^\Ws]s (?:are|were|have|had)\b"  # "Auxiliary aviation and … were"
    r"|(?: [a-z][a-z-]+)?, [a-z][a-z-]+(?:, [a-z][a-z-]+)* and (?:[a-z][a-z-]+ |\d[\d,.]* )?[a-z][a-z-]+[^\Ws]s\b"
    # ("Food, tents and …"; thirty-eighth hard set, the Saltmere floods: "Sandbags, pumps and 140 boats have been …")
    # "Major joint projects in trade, the economy, … are being implemented": a plural, the fields it is in, its verb
    r"| (?:[a-z][a-z-]+ )?[a-z][a-z-]+s (?:in|of|for|on|across|between) "
    r"(?:(?!(?:that|which|who|to) )[A-Za-z][a-z-]*,? ){1,14}?(?:are|were|have|had) ")
"""A lone capitalised word, then a plural noun and a past verb, a noun and a plural, or a list of lower-case things
ending in a plural (sixty-fourth kremlin_29462, an emergencies minister's report carried on: "Rescue operations
involved more than a thousand workers …", "Auxiliary aviation and local forces were operating.", "Food, tents and
portable stoves for 5,000 had been delivered …"; two-hundred-sixty-eighth kremlin_63427, "Timber processing, agriculture
and construction companies continue working …"; two-hundred-fortieth kremlin_28168, "Soyuz rockets lifting off from the
Baikonur space centre … normally orbit 1.5-tonne payloads …"); or a plural noun (an adjective may stand before it),
the fields it is in and its verb (three-hundred-twenty-fifth kremlin_63597, a message's content carried on: "Major joint
projects in trade, the economy, culture, science and technology as well as other fields are being implemented.", no
relative clause nor "to" between the noun and its verb, so the plural verb is the noun's own; the fields may be
named, two-hundred-eighty-fifth 2003-05-21-global-message: "Cooperative efforts between all Arab parties and Israel are
required …" after "The President reminds all parties to …"): the sentence opens with things, no one's name
(`_common_noun`)."""
_PLURAL_NOUN_ENDINGS = ("tions", "sions", "ments")
"""How plural nouns made from verbs end and no person's name does ("Preparations were under way for
a meeting on transport …", "Investments are growing …": the subject is a thing, `_common_noun`)."""

_PLURAL_VERB = re.compile(r" (?:were|are|have|had)\b")
"""The plural verb after such a word (not "will", which opens the readout's own word on what comes
next: "Consultations will continue …")."""
_WHAT_WAS_SAID = frozenset({"this", "it", "these"})
"""Subjects that stand for what the last speaker said ("This included …")."""
_FINDINGS_OF = re.compile(r"\s+(?:data|figures|statistics|numbers|estimates|findings|records|survey|study)\b")
"""Nouns after an institution's name that make it a modifier: what its data show is no act."""
_ASKED_WHOM = re.compile(r"\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[.!]?\s*$")
"""Whom a question was asked, ending the sentence ("Is it possible …? the head of state asked the director.")."""
_WHOM_THEN_WHEN = re.compile(r"\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?"
                             r"|[A-Z][\w’'-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]+){0,5})"
                             r"\s*(?:[,.;!?…]|$|(?:as|when|while|during|at|in|on)\b)")
"""Whom words were told or assured, then only the sentence's end or when and where (sixteenth styles
belaria_president_call_ashimov: "We will send …, Belarian President X assured President of Tolvania Y in a telephone
conversation on 22 April."): the unquoted words before are his, as before "said as he met"."""
_AND_OPENER = re.compile(r",\s+and\s+([A-Za-z]+)\s[^,;:.]*$")
"""The phrase between "and" and a comma, closing the text searched ("…, and in this context")."""
_NOT_A_NOUN_BEFORE_THAT = frozenset({"and", "but", "so", "such", "now", "than", "also", "said", "stated", "noted"})
"""Words before "that" that open no relative clause on a thing (`_relative_clause_of_a_thing`): "and that", "so that"."""

_JOINED_GROUP_WORDS = re.compile(r"\s+(?:[a-z][a-z-]*\s+){0,2}")
"""Between the "and" that joins two groups and the second group's phrase: at most two lower-case words ("the floor
leaders and vice floor leaders", "… and their deputies"), no comma (`ReportedSpeech._groups_joined_after_that`)."""
_THAT_LIST = re.compile(r"\bthat\s+(?:[A-Z][\w’'.&-]*+|the|of|for|on|and|,|\s)+$")
"""Names after "that" and up to an "and", with no verb: the subject of the clause "that"
opens is a list, and what its last one does is inside what the speaker reported."""
_LIST_ITEM_BEFORE_AND = re.compile(r"[A-Z][\w’'.&-]*,\s+(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of\s+)?[A-Z][\w’'.&-]*){0,3},\s+$")
"""A name, then a second set off by commas, before the "and" that closes a list (two-hundred-sixty-sixth
mofa_page1e_000580: "explained that, regarding AUKUS, the leaders of Australia, the U.K., and the U.S. had
announced …"): the clause "that" opens has a list for its subject, a fronted phrase and a noun before it."""
# "… and on behalf of the people of X conveyed …": the words right before a cue's subject that make it the object of
# a phrase of representation (`_on_behalf_of_subject`)
_ON_BEHALF_OF_BEFORE = re.compile(r"\band\s+(?:on\s+behalf|in\s+the\s+name)\s+of\s*$")
_PAIRS_ACT = re.compile(r", and (?:both|the two) (?:leaders|sides|ministers|Ministers|Foreign Ministers|parties) (?:also )?"
                        r"(?:held|had|exchanged|reviewed|discussed)\b")
"""The pair's act joined after one person's statement (two-hundred-sixty-sixth mofa_page4e_000820: "Prime Minister
Abe stated that he would like to further promote …, and both leaders held discussions on regional issues …"): the
readout's account of what the two did, in no one's statement; a modal ("both leaders would meet") stays his."""
_WHERE_CLAUSE = re.compile(r",\s+where\s+$")
_PAIR_OPENS = re.compile(r"(?:[A-Z][^,]{0,60},\s+)?(?:[Bb]oth|[Tt]he\s+two)\s+[a-z]+s\s+(?!and\b|of\b)[a-z]+\b")
"""A sentence that opens with a pair and its verb, after an opening phrase or none (fivehundredseventeenth minrel
2017-07-17: "Following the signing, both dignitaries conducted a joint press conference, where the Chilean President
highlighted that …"): the pair's clause, narrative, before one person's relative clause of place."""
_RELATIVE_CLAUSE_OPENING = re.compile(r",\s+(?:where|when|which)\s+(?:they\s+)?$")
"""A relative clause of place, time or thing after the speaker's verb, "they" before a subject counted by "both"
(`_group_in_relative_clause`; three-hundred-sixty-ninth kremlin_60207: "X updated the President on his meeting with Y
held in Vienna on March 29, when they discussed …")."""
_WHERE_WORD = re.compile(r"where\b")
_AGENTLESS_PASSIVE_END = re.compile(r" (?:was|were) (?:[a-z]+ly )?[a-z]+(?:ed|en|wn)(?: (?:during|at|in|on) the [a-z]+)?$")
"""A clause that ends in a passive with no agent ("… were discussed during the session"), before "and" and a speaker."""
_CAPITALISED_WORDS = re.compile(r"(?:[A-Z][\w’'.-]* )*")
"""Capitalised words (an office before the speaker's phrase: "Defence Secretary"), or none."""
"""The relative "where" with no comma before it that opens a second speaker's clause (`_where_before_another_speaker`)."""
_OPENERS_BEFORE_A_SPEAKER = ("with", "where")
"""The word that opens a second speaker's clause after its comma, right before the speaker ("…, with Mr Putin expressing
…"; fourhundredeightyeighth pmogovto luxon: "The two Prime Ministers also discussed …, where Prime Minister X
congratulated …"): the clause's connector, not the speaker's words (`_segments`)."""
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|whil(?:e|st)|whereas|with|however,)|;|(?<=day)\s+with)\s+")
"""Where a speaker's clause joined to the sentence begins (", and President X reaffirmed …", "…, with Mr Putin
expressing …", "… on Thursday with the Philippine leader expressing …": `_WITH_CLAUSE`'s day before "with"); or a
comma splice's ", however," (eighthundredfortyfirst okayng 2020-08-24: "After the meeting, the Sultan refused to speak
to reporters, however, Governor Nasir El-Rufai said the meeting discussed …": the refusal is narrative, his clause his)."""
_QUOTE_THEN_ITS_CUE = re.compile(r"[,.!?]?[\x22”’']\s+(?:he|she|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+"
                                r"(?:went\s+on\s+to\s+say|said|added|remarked|noted|stressed|explained|stated|declared|"
                                r"affirmed|concluded|informed)\.\s+")
"""Between a quotation's words and the next sentence: its closing mark, a comma before it, then the speaker and the verb
ending the sentence ("…,” he went on to say. "): the quotation and its cue one sentence, ended."""
_COUNTRY_KEYS = frozenset(NATIONALITIES.values())
_COUNTRY_ACTS = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) [a-z]")
"""A sentence that opens with a country's name and its verb ("Brazil is endeavoring …", "Ukraine provided …"), the name
checked against the known countries (`_COUNTRY_KEYS`)."""


def _opens_with_a_country(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] opens with a known country's name and then its verb ("Brazil is endeavoring …")."""
    opening = _COUNTRY_ACTS.match(text, lo, hi)
    return opening is not None and opening.group(1).lower() in _COUNTRY_KEYS

_TOPICS_BEFORE = re.compile(r"\bthe (?:[a-z]+ )?(?:topics|issues|points|questions|matters|subjects|themes|priorities|"
                            r"concerns) $")
"""A plural noun of the things talked about, right before a participle of speech ("the topics stressed at the meeting",
"the issues raised during the talks"): the participle describes them (fourhundredseventyeighth agenciabrasil 4441)."""
_DONE_BY_SOMEONE = re.compile(r"\b(?:was|were|been)\s+[a-z]+ed\s+by\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:"
                              r"Ambassador|Minister|President|Prime|Secretary|Chairman|Chair|Speaker|Governor|"
                              r"Mayor|Director|Envoy|Head|Deputy|Commander|Chief)\b")
"""A passive whose agent is an office ("was delivered by the Ambassador"): someone acts in it."""
_DONE_FOR_SOMEONE = re.compile(r"\b(?:be|been|was|were|is|are)\s+[a-z]+ed\s+to\s+the\s+(?:(?:[A-Z][\w’'-]*\s+)*(?:"
                               r"Ambassador|Minister|President|Prime|Secretary|Chairman|Chair|Speaker|Governor|"
                               r"Mayor|Director|Envoy|Head|Deputy|Commander|Chief)\b|head\s+of\s+state\b)")
"""A passive whose receiver is an office ("will be provided to the President", "will be submitted to the head of
state"): what is done for someone, in the readout's voice."""
_NO_CLAUSE_MARK = re.compile(r"[,;:—–\"“”()]|\b(?:and|but|while|whereas)\b")
"""What a short time adverbial between a speech verb and its "that" never holds (`_adverbial_before_that`)."""
_SAID_MEETING_PHRASE = re.compile(r" (?:(?:in|during|at|after) (?:the|their|this|that) (?:[a-z-]+ ){0,2}"
                                  r"(?:meeting|talks|call|conversation|discussion|discussions|session|dialogue)"
                                  r"|in addition|additionally|furthermore|moreover),\s+")
"""A short phrase on the meeting right after "said" and set off by a comma before another's subject ("said in the
meeting, …", "said during the talks, …"), or a connective adding a point (sevenhundredtwentysixth fijilive: "Rabuka said
in addition, both countries have agreed to …"): the reported clause follows (`_after_said_and_a_meeting_phrase`)."""
_THAT_ADVERBIAL = re.compile(r"(?: today| yesterday)? that,? (?:during|in|at|on|upon|after|before|following|within|since|"
                             r"despite|in the course of|when|while|under|thanks to|through|amid)"
                             r" [^,;:\"“”()]{3,90},\s*(?:[a-z]+\s+of\s+)?")
"""An earlier verb's "that" and a fronted adverbial before a later cue's subject ("that during his visit, …",
"that, when leaving the Kremlin on December 31, …"; two-hundred-ninety-second 6131: "said today that upon hearing of the
incident, President Tsai Ing-wen directed …", "today" or "yesterday" before the "that"; fivehundredfortyninth twin city forum:
"Ko remarked that under the leadership of the hospital’s superintendent X, the hospital places much emphasis on …", "under",
"thanks to", "through", "amid" opening it too). A subject "members of the
community" is read from its body ("the community"): the lower-case word and "of" before it are the subject's too
(four-hundred-twelfth az_president_2015-04-14_tatarstan: "X said that during his meeting with the Tatar community in
Azerbaijan, members of the community said tolerance …": all of it X's report)."""
_SPEAKING_PARTICIPLE_THAT = re.compile(
    r"(?:,|\bwhile|\bwhereas|\band)\s+(?:also\s+|further\s+|again\s+)?([a-z]+ing)\s+that\s+\Z")
"""A speech verb's participle joined to the speaker's clause, and its "that", before a later cue's subject
(", while also noting that the President has made clear …", `_after_speaking_participle_that`)."""
_ASIDE_CLOSES = re.compile(r"(?:\s+[a-z]+){0,3},\s")
"""The end of an "as …" aside after a later cue's verb ("… has affirmed, it is …", "… has said before, …"):
`_as_aside_after_that`."""


_ASSENT_AFTER_A_CLAUSE = re.compile(r",\s+(?:and\s+)?((?:as|so)\s+did)\s+")
"""Another person's assent with the first speaker's verb left out (hard75: "X said …, as did the Governor of the Central
Bank, Ms. W.", "X said …, and so did her deputy, Y."): `_assent_after_a_clause`."""
_IN_TURN_ITEM_AFTER = re.compile(r"\s+(?:on|about|of)\s+[a-z0-9]")
"""A speaker's name or office in a list after "… in turn:", then what the speaker spoke on (`_speakers_in_turn`)."""
_GAPPED_VERB_AFTER = re.compile(r",\s+(?:that|of|on|about)\s+[a-z0-9\"“‘]")
"""A speaker's name and comma, then what the verb of the clause before would take, the verb itself left out ("Minister
X spoke of the river treaty; Minister Y, of the fishing quotas; and Minister Z, of the rail link", "The Minister said that
…; the Ambassador, that …"): `_gapped_cues`."""


_SUBJECT_WORDS_BEFORE = re.compile(r"(?:\s+[A-Z][\w’'.&-]*(?:\s+(?:of|the|for|on|and))*)+\s+")
"""Capitalised words (and the joining words of a body's name) between "and" and the subject
phrase a cue starts at ("and Department of Treasury Counselor …"): the subject's own words."""


def _semicolon_closes_lead_in(text: str, lo: int, seg_lo: int, seg_hi: int) -> bool:
    """Whether a semicolon does a colon's work at the end of a lead-in that is its whole paragraph ("He wrote;" /
    "This afternoon, we held …", "The President said;" over the words that follow): the paragraph is only the
    segment text[seg_lo:seg_hi] and its semicolon, a line break right after. Cheap: one character and a short
    paragraph."""
    return text.startswith(";\n", seg_hi) and seg_lo == lo and seg_hi - lo <= 80


def _semicolon_before_closing_pronoun(text: str, before: str, start: int) -> bool:
    """A semicolon where a comma would stand before a pronoun's closing cue (styles42, a ministry's release in the
    house style of Pakistan's PID: "In line with the agreement signed today we will link the Trust with …; he
    added."): only a lower-case "he" / "she" and a verb of saying that end the sentence, so a clause of its own
    ("…; he also reported on the work of …", "…; Minister X said …") is still cut there."""
    return before.endswith(";") and text.startswith(("he ", "she "), start) \
        and _PRONOUN_TAG_ENDS_SENTENCE.match(text, start) is not None


_PRONOUN_TAG_ENDS_SENTENCE = re.compile(r"(?:he|she) (?:also )?(?:said|added|noted|stressed|explained|remarked|"
                                        r"continued|underlined|emphasi[sz]ed|observed)[.!]")
"""A pronoun's tag that closes its sentence with nothing after the verb ("he added.")."""


def _comma_before_subject(text: str, lo: int, start: int) -> bool:
    """Whether a comma stands right before the subject phrase at `start`, or before capitalised words of its title
    that the phrase left out (three-hundred-twenty-ninth philippines_pco pna_2023-08-02_duterte_meets_pbbm: "…,
    Communications Secretary Cheloy Garafil confirmed in a statement …": the portfolio before "Secretary"); at
    most four such words, so no clause of its own ("…, and Russia said" has a lower-case word)."""
    before = text[lo:start].rstrip()
    if before.endswith(",") or _semicolon_before_closing_pronoun(text, before, start):
        return True
    comma = before.rfind(",", max(0, len(before) - 60))
    if comma < 0:
        return False
    words = before[comma + 1:].split()
    if words and words[0] in _ARTICLES_BEFORE_A_DESCRIPTION:
        # (sevenhundredseventyeighth ecns 2018-05-14: "North China's Hebei Province hopes to strengthen cooperation
        # with Japan …, a Chinese official has said."): the article the description's phrase leaves out; the closing
        # cue governs all of it, as a named speaker's would
        words = words[1:]
        if not words:
            return True
        return len(words) <= 4 and all(_described_speakers_modifier(word) for word in words)
    return 0 < len(words) <= 4 and all(word[:1].isupper() and word.isalpha() for word in words)


def _described_speakers_modifier(word: str) -> bool:
    """Whether `word`, after the indefinite article of a closing cue's described speaker, qualifies that speaker: a
    capitalised word ("a Chinese official") or one of the lower-case words the press puts before an unnamed official
    (`_LOWER_CASE_MODIFIERS_OF_AN_OFFICIAL`: "…, a senior Government official has said.", ninehundredsixtysecond), so
    the closing cue governs all the sentence before its comma; not any lower-case word ("…, a move the official
    said …")."""
    return word.isalpha() and (word[:1].isupper() or word in _LOWER_CASE_MODIFIERS_OF_AN_OFFICIAL)


_LOWER_CASE_MODIFIERS_OF_AN_OFFICIAL = frozenset({"senior", "top", "government", "ministry"})
"""Lower-case words before a described speaker's office after "a" / "an" (`_described_speakers_modifier`)."""


_ARTICLES_BEFORE_A_DESCRIPTION = frozenset({"a", "an"})
"""The indefinite article before a closing cue's described speaker ("…, a Chinese official has said."), which the
subject phrase does not hold (`_comma_before_subject`)."""


def _lower_case_use(text: str, word: str) -> bool:
    """`word` (in lower case) is written so in `text`, as a whole word: no letter
    before it or after it. (Found with `find`: the regex this once built for each
    word was compiled anew for every new word, and tried at every character.)"""
    size = len(word)
    at = text.find(word)
    while at >= 0:
        if not (at and _LETTER.match(text, at - 1)) and not _LETTER.match(text, at + size):
            return True
        at = text.find(word, at + 1)
    return False


_LETTER = re.compile(r"[^\W\d_]")
r"""A letter: what `(?<![^\W\d_])` and `(?![^\W\d_])` look for around a whole word."""


_SUBORDINATE_OPENING = re.compile(r"(?:[A-Z][\w ]{0,30},\s+)?(?:[Bb]ecause|[Ss]ince|[Aa]fter|[Oo]nce|[Ww]hen|"
                                  r"[Aa]lthough|(?:[Ee]ven )?[Tt]hough|[Uu]ntil|[Bb]efore"
                                  r"|(?:(?:An?|One|Two|Three|Four|Five|Six|Several|A\s+few|Just|Only)\s+)?"
                                  r"(?:[Dd]ay|[Ww]eek|[Mm]onth|[Hh]our|[Yy]ear)s?\s+(?:after|before)"
                                  r"|(?:Shortly|Soon|Just|Right|Immediately)\s+(?:after|before))\s+")
"""The opening of a subordinate clause, up to its subject: "Because ", "This week, after "; "after" or "before" with
how long first (sevenhundredfortyninth dunyanews: "A day after … Chief Minister X announced his willingness to talk to
Afghanistan himself …, he sat with the consul general …", "Shortly after")."""
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}")
"""Capitalised words between a subordinate opening and the phrase read as its subject: a place's first word the phrase
left out (sevenhundredfortyninth: "A day after Khyber Pakhtunkhwa Chief Minister X announced …", the phrase read from
"Pakhtunkhwa"), still the clause's subject."""
_ASKED_FORMS = frozenset(("asked", "inquired", "enquired"))
"""A question put, in a "When" clause that opens the sentence (`_question_answered_after`)."""


def _question_answered_after(text: str, lo: int, cue: Cue, cues: list[Cue], comma: int) -> bool:
    """Whether `cue` is a question put in a "When" clause that opens the sentence and the main clause after its comma
    gives another person's answer ("When the governor asked about which places he had enjoyed …, Mr. X mentioned …
    and said that …"; twohundredfortyseventh kremlin 62832: "When the President asked how much time it would take …,
    the Governor said that …"): the question only sets up the answer, the whole sentence the answerer's (not "When Ms X
    suggested …, the President demurred", hard30: a proposal of her own)."""
    return text.startswith("When ", lo) and text[cue.verb_start:cue.verb_end] in _ASKED_FORMS \
        and any(c.person is not None and c.person is not cue.person and c.verb_start > comma for c in cues)


_AFTER_OR_ONCE = re.compile(r"(?:After|Once)\s")
"""A sentence's opening clause told before what followed it (`_told_before_what_followed`)."""
_THAT_AFTER_THE_VERB = re.compile(r"(?: out| up)? that ")
"""A cue's "that" clause, after its particle if it has one ("pointed out that")."""
_AWARDS_LISTED = re.compile(r"\b(?:received|won|awarded|presented|given|granted|conferred|went)\s+(?:to|by|on|upon)\s*:")
"""A lead-in to the list of those awarded ("the award was received by:"): the readout's list."""
_THANKED_FOR = re.compile(r"(?:[\w.’'-]+\s+){1,6}?thanked\s[^.;:“]{1,120}?\bfor\s")
"""A statement that opens with thanks for a deed ("The First Lady thanked House leadership for expediting …")."""


def _thanks_only(text: str, last: Found) -> bool:
    """The statement `last` is thanks (and praise) for a deed, with no "that"-clause of content."""
    return last.kind == "indirect" and text.find(" thanked ", last.start, last.end) >= 0 \
        and text.find(" that ", last.start, last.end) < 0 and _THANKED_FOR.match(text, last.start, last.end) is not None


_COURTESY_WORDS = frozenset(("delivered", "remarks", "expressing", "expressed", "inviting", "invited", "thanking",
                             "thanked", "welcoming", "welcomed", "wishing", "wished", "congratulating", "congratulated"))
"""The speech words of a statement that only shows courtesy and invites (`courtesy_and_invitation_only`)."""


_BARE_AS_BEFORE = re.compile(r"(?<=[^\W\d_]) as ")
"""An "as" right after a word, no comma before it, and the space before the pronoun that follows it
(`ReportedSpeech._pronoun_after_a_bare_as`)."""


def courtesy_and_invitation_only(text: str, last: Found) -> bool:
    """The statement `last` is courtesy and an invitation to come, with no "that"-clause of content: every speech word
    in it one of `_COURTESY_WORDS` (fourhundredninetieth stvincent_gov taipei_sister_city: "Prime Minister X also
    delivered remarks, expressing contentment in the occasion and inviting citizens of Taipei to visit St Vincent to
    further consolidate relations."): nothing told that the next sentence goes on telling ("The establishing of
    Sister-City Relationship between Taipei City and Kingstown will focus on …" is the release's own account of the
    agreement). (A cheap " invit" and " that " first.)"""
    if last.kind != "indirect" or text.find(" invit", last.start, last.end) < 0 \
            or text.find(" that ", last.start, last.end) >= 0:
        return False
    return all(word.group() in _COURTESY_WORDS for word in verbs_in(text, last.start, last.end))


_PLURAL_THINGS_ACT = re.compile(r"(?:The|These|Those|Its|Their|Our)\s+(?:[\w’'-]+\s+){0,4}?[\w-]*[a-z]s\s+"
                                r"(?:are|were|have|had|remain|continue|will)\b")
"""A sentence whose subject is plural things or bodies ("The republic’s authorities are
working …"), which a "They" right after it may refer to."""


_PLEDGED_TO_ACT = re.compile(r"(?:(?:,\s*)?(?:for\s+(?:his|her)\s+part|in\s+turn),\s+)?"
                             r"(?:(?:is|was|remains|remained)\s+committed\s+to\s+[a-z]+ing\b"
                             r"|pledged\s+(?:his\s+|her\s+|its\s+|their\s+)?(?:full\s+|firm\s+|continued\s+|unwavering\s+)?"
                             r"(?:support|cooperation|assistance)\b(?![^.;]*\bthat\b))")
"""A standing pledge to act, "X is committed to taking on …"; or a pledge of a thing, "X, for his part, pledged full
cooperation with Spain in …" (sixhundredninetyseventh mercopress 2007-09-20: "In the past, some members of … ETA have
sought refuge in Uruguay." is the agency's background after it), with no "that" telling what (`pledge_only`)."""


def pledge_only(text: str, found: Found) -> bool:
    """The statement is one person's standing pledge to act ("President X is committed to taking on hidden fees
    …"): a stance, no words told, which the sentences after it do not go on telling (fourhundredfortysecond
    2024-04-24: "These fees occur across industries, …" is the release's own account of the fees). Read in its
    first words: the pledge is the verb of the subject that opens it, not a clause inside the report ("X noted that
    Japan was committed to continuing …": his words go on)."""
    head = min(found.end, found.start + 90)
    if text.find(" committed to ", found.start, head) < 0 and text.find(" pledged ", found.start, head) < 0:
        return False
    subject = phrase_starting_at(text, found.start, head)
    return subject is not None \
        and _PLEDGED_TO_ACT.match(text, skip_space(text, subject.end, head), found.end) is not None


_ARTICLES_AND_DETERMINERS = DETERMINERS | {"a", "an"}
"""Words after which a speech verb's form is a noun ("At the end of …", "In his remarks to …": `_says_nothing_before`)."""


def _others_among_listeners(text: str, cues: list[Cue], cue: Cue) -> bool:
    """Whether `cue` is a "told" and every other cue a word among the listeners after it, of no one else ("President X
    told cabinet members and invited guests present:", fourhundredfiftyseventh: "invited" there qualifies the guests;
    `_LISTENERS_ONLY` then reads the rest up to the colon)."""
    return cue.person is not None and text.startswith("told ", cue.verb_start) and all(
        other is cue or other.verb_start > cue.verb_end and other.person in (None, cue.person) for other in cues)


def _no_verb_of_speech(lowered: list[str]) -> bool:
    """Whether no word of `lowered` is a speech verb used as a verb: a verb's form after an article or a determiner
    is a noun ("At the end of …", "In his remarks to …"), and so after one and an adjective of remarks ("In his
    opening remarks at the retreat", `REMARKS_ADJECTIVES`)."""
    for at, word in enumerate(lowered):
        if word not in ALL_SPEECH_VERBS or at and lowered[at - 1] in _ARTICLES_AND_DETERMINERS:
            continue
        if at > 1 and lowered[at - 1] in REMARKS_ADJECTIVES and lowered[at - 2] in _ARTICLES_AND_DETERMINERS:
            continue
        if word not in SPEECH_VERBS and not _complement_follows(word, lowered[at + 1:]):
            continue  # ("On leaving the audience, he told the press:": "leaving" speaks only as "leaving no doubt")
        return False
    return True


def _complement_follows(form: str, after: list[str]) -> bool:
    """Whether the words `after` a verb that speaks only with its complement ("leave no doubt", "raised concerns")
    open that complement."""
    rest = " " + " ".join(after)
    return has_complement(form, rest, 0, len(rest))


_WELCOMING_A_GUEST = re.compile(r"(?:(?:In|in|While|When)\s+)?[Ww]elcoming\s+"
                                r"(?:(?:the|his|her|their|our)\s+(?:[a-z-]+\s+)?(?:guests?|visitors?|delegations?|delegates|"
                                r"diplomats|envoys?)\s*,|(?=(?:the\s+)?[A-Z]))")
"""Before a lead-in's subject: "In welcoming" or "Welcoming" and a guest, a common noun of visitors or a capital that
opens a person's name or office (`_welcoming_a_guest_only`)."""


def _welcoming_a_guest_only(text: str, lo: int, comma: int) -> bool:
    """Whether text[lo:comma], before a lead-in's subject and set off by the comma at `comma`, only says that the
    speaker welcomed a person ("In welcoming Dame Taylor, Mr X said," / "“I am very pleased that we can welcome …”",
    sixhundredthirtysixth pidf yauvoli_meg_taylor; "Welcoming the guests, the Minister said:"): a host greeting the
    guest, whose words of welcome are the quotation that follows, as "Speaking after the meeting," says only when;
    not "Welcoming the decision of …," nor "Welcoming the Paris Agreement," (a thing welcomed, his stance: no person),
    nor "Welcoming the Minister’s proposal,". Cheap: "elcoming" within the opening's first 13 characters."""
    if text.find("elcoming ", lo, lo + 13) < 0 or (found := _WELCOMING_A_GUEST.match(text, lo, comma + 1)) is None:
        return False
    if found.end() == comma + 1:
        return True  # (the guests named by a common noun, up to the comma)
    guest = phrase_starting_at(text, found.end(), comma)
    return guest is not None and guest.is_person and guest.kind in ("name", "description") \
        and guest.end == comma and not text.startswith(("’s", "'s"), guest.end)


_WHEN_OPENINGS = frozenset({"ahead", "after", "before", "following", "earlier", "later"})
"""The first words of a phrase of when, fronted with no comma before a lead-in's subject ("Ahead of the meeting
Minister X stated:"): it says nothing of the speaker's own (`_says_nothing_before`)."""


_WORD_THEN_PARTICIPLE = re.compile(r"([\w’'-]+)\s+([a-z]+ing)\s+\Z")
"""A word, then an -ing form right before a speech verb's -s form (`_object_of_a_speech_participle`)."""


def _object_of_a_speech_participle(text: str, lo: int, vs: int) -> bool:
    """The -s form at `vs` is the object of the speech verb's -ing form right before it (four-hundred-fortieth
    whitehouse 2024-04-15: "… hosted 30 local leaders in response to the Vice President urging states to use federal
    funding …": the states are urged, no one "states" anything; a finite verb never follows a participle with nothing
    between). Not the -ing word as a noun after its determiner, the -s verb's subject ("The briefing notes that …",
    "His warning states …")."""
    held = _WORD_THEN_PARTICIPLE.search(text, max(lo, vs - 40), vs)
    return held is not None and held.group(2) in SPEECH_VERBS \
        and held.group(1).lower() not in _ARTICLES_AND_DETERMINERS


_SOURCE_BEFORE_QUOTED_PARAGRAPH = re.compile(r"[,:]?[ \t]*\n\s*(?:[“\"«]|‘’|'')")
"""After "According to X" that closes its paragraph, a comma or a colon and the next paragraph's opening quotation mark
(fivehundredsixth oecs caricom_secretary_general: "According to Dr. Barnett," / "‘’It is essential …’’"): a lead-in."""
_THAT_ENDS_PARAGRAPH = re.compile(r"\s+that\s*\n\s*(?:[“\"«]|‘’|'')")
"""A bare "that" closing a paragraph after a speech verb, the next paragraph opening with a quotation mark (fivehundredsixth
oecs canada_credentials: "Ambassador X remarked that" / "“While Canada and …”"): a lead-in, as a colon is."""


def _that_before_quoted_paragraph(text: str, verb_end: int, hi: int) -> bool:
    """Whether the verb ending at `verb_end` is followed by "that" alone, up to the end of its paragraph, and the next
    paragraph opens with a quotation mark (`_THAT_ENDS_PARAGRAPH`): the words lead in to the quotation, say nothing.
    Cheap: "that" must stand right after the verb."""
    return text.startswith(" that", verb_end) and _THAT_ENDS_PARAGRAPH.match(text, verb_end) is not None


_COMMA_ENDS_PARAGRAPH = re.compile(r",[ \t]*\n\s*(?:[“\"«]|‘’|'')")
"""A comma closing a paragraph after a speech verb, the next paragraph opening with a quotation mark (sixhundredthirtysixth
pidf yauvoli_meg_taylor: "In welcoming Dame Taylor, Mr Yauvoli said," / "“I am very pleased …”"): a lead-in, as a colon
is."""


def _comma_before_quoted_paragraph(text: str, hi: int) -> bool:
    """Whether the segment ending at `hi` closes its paragraph on a comma and the next paragraph opens with a quotation
    mark (`_COMMA_ENDS_PARAGRAPH`). Cheap: the character at `hi` must be the comma."""
    return text.startswith(",", hi) and _COMMA_ENDS_PARAGRAPH.match(text, hi) is not None


def _ellipsis_ends_paragraph(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] ends its paragraph in an ellipsis, a lead-in's colon written as dots ("Speaking earlier
    the Taoiseach said..." before his unquoted words: two-hundred-seventy-sixth ireland_taoiseach_2011_cameron)."""
    return text.startswith("\n", hi) and text.endswith(("...", "…"), lo, hi)


_ITEM_OPENS_IN_FIRST_PERSON = re.compile(r"(?:I|We|My|Our)\b")
"""A paragraph that opens in the first person: the speaker's own words, never a reported list's item."""


def _semicolon_item_follows(text: str, colon: int) -> bool:
    """Whether the paragraph after the colon at `colon` (which ends its paragraph) is the first item of an unquoted
    list set off by semicolons: it opens with a capital, not a quotation mark nor the first person, and ends with ";"
    or "; and" (fivehundredninetyninth hhs wha76: "During these and other meetings, Secretary X stressed:" / "The
    benefits of building robust health systems …;" / … / "The U.S. government's continued commitment to …."): what
    was stressed, reported item by item, not a quotation the colon leads in to (gov.uk's "said: / It was a
    pleasure …", a sentence). Cheap: only the next paragraph's first and last characters are read."""
    at = colon + 1
    while at < len(text) and text[at] in " \n":
        at += 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    item = text[at:end].rstrip()
    return bool(item) and item[0].isupper() and item.endswith((";", "; and")) \
        and _ITEM_OPENS_IN_FIRST_PERSON.match(item) is None


_WHAT_THE_WORDS_GIVE = frozenset(("aim", "aims", "purpose", "purposes", "objective", "objectives", "goal", "goals",
                                   "thrust", "essence", "gist", "rationale", "reason", "reasons", "details"))
"""Nouns of what a quotation gives, after a speech participle that opens its lead-in ("Highlighting the aim of the
engagement, he said:"): the words that follow say the aim; the opening says only what they are about."""


def _names_what_the_words_give(lowered: list[str]) -> bool:
    """Whether a lead-in's opening, up to its comma, is a speech participle and only the aim, purpose or reasons of
    something, which the quotation then gives (eighthundredfortyfirst premiumtimes 2024-01-12: "Highlighting the aim of
    the engagement, he said:" / "“I had a fruitful meeting …"; so "Explaining the purpose of the visit, the Minister
    said:"), as "Commenting on …," (`_ON_A_TOPIC`): the opening says nothing of its own. Not "Highlighting the
    importance of …," (a view of his), nor a second speech verb after the noun ("Explaining the aim of the talks and
    thanking …,")."""
    return 4 <= len(lowered) <= 12 and lowered[0].endswith("ing") and lowered[0] in ALL_SPEECH_VERBS \
        and lowered[1] in ("the", "its", "his", "her", "their", "our") and lowered[2] in _WHAT_THE_WORDS_GIVE \
        and lowered[3] in ("of", "for", "behind") and _no_verb_of_speech(lowered[4:])


_ON_A_TOPIC = frozenset(("commenting", "responding", "reacting"))
"""Participles of speech that name only what the words are on ("Commenting on the current situation,
the Taoiseach said:", "Responding to the speech by …, the Minister said:"; three-hundred-first): a
lead-in's opening, where "Noting the progress, …" says something of its own."""


_IN_THE_ROLE_OF = re.compile(r"\bas\s+(?:[A-Za-z][\w-]*\s+){1,2}$")
"""Before "states", "as" and a word or two ("as Mediterranean states", "as sovereign states"): the role a thing is
named in, the noun; no one who speaks stands between "as" and the word (that subject is a person, tested first)."""



def _participle_in_the_aside_of(text: str, earlier: Cue, cue: Cue) -> bool:
    """Whether the earlier cue is a participle inside the aside set off after the subject of `cue`, another person's
    (hard53 veldmora_foreign_minister: "X said that …, while Minister Y, recalling the trade fair held in Z last
    year, assured him that …"): "recalling" is Y's, part of Y's clause, not a second verb of X's."""
    return cue.phrase is not None and cue.person is not None and earlier.person is not cue.person \
        and cue.phrase.end <= earlier.verb_start and text.endswith("ing", earlier.verb_start, earlier.verb_end) \
        and text.startswith(", ", cue.phrase.end)


THEN_ACTED = re.compile(r"(?:The|This|These|Its|Their|His|Her)\s+(?:[\w’'-]+\s+){0,3}?then\s+"
                         r"(?!would\b|will\b|could\b|should\b|must\b|can\b|may\b|might\b|is\b|are\b|was\b|were\b|"
                         r"has\b|have\b|had\b|be\b|rose\b|fell\b|grew\b|[a-z]+ed\s+(?:by|to)\s+\d)[a-z]+\b")
"""A sentence whose subject, a noun phrase, "then" did something ("The choir then sang two songs …", "The delegation
then toured the port."): the readout's account of what came next, not a report carried on (`_continues`); not a
modal or an auxiliary after "then", nor a figure that rose or fell (a report's "Exports then rose by 5%"); nor carried
on in `carrying_on._goes_on_reporting`."""

_CLOSING_OFFICE = re.compile(r",\s+(?:(?:an?|the)\s+)?(?:[\w&’'.-]+\s+){0,6}?([a-z][a-z-]+)"
                             r"(?:\s+(?:of|for|at|in)\s+(?:the\s+)?[A-Z][^,;:“”\"«»()]{0,60}?)?\s*\.?\s*\Z")
"""The source's office set off by a comma after the name and closing the sentence, its head a word of `ROLE_WORD_SET`
(group 1): "…, according to Melquiades Sto. Domingo, DPWH 3 assistant regional director." (ninehundredthirtyfourth
tribune 2024-09-04), "…, according to X, the ministry's spokesperson.", "…, according to X, director of the Y Office."."""


def _name_and_office_close(text: str, end: int, hi: int) -> bool:
    """Whether nothing but the sentence's stop, or the source's office after a comma (`_CLOSING_OFFICE`), follows the
    source's name ending at `end` in text[end:hi]: the name, with who the source is, closes the sentence. A cheap test
    of the comma first."""
    tail = text[end:hi].rstrip()
    if tail in ("", "."):
        return True
    if not tail.startswith(", "):
        return False
    office = _CLOSING_OFFICE.match(tail)
    return office is not None and office.group(1) in ROLE_WORD_SET


def _source_named_last(text: str, at: int, cue: Cue, hi: int) -> bool:
    """Whether the "according to X" at `at` closes its sentence after a comma, X a person (fivehundredeightyfirst, the
    Ethiopian News Agency: "During the discussion, the foreign ministers have also stressed the need to …, according to
    Foreign Affairs Spokesperson, Meles Alem."): the whole sentence is X's indirect statement, as "…; both nations are
    willing to …, according to Cuban Foreign Minister X." is, though a group's speech verb comes before it (before, only
    "according to …" was X's, the clause a group's, no one's). Only where the source's words end the sentence."""
    return cue.person is not None and text.startswith(", ", at - 2) and cue.phrase is not None \
        and _name_and_office_close(text, cue.phrase.end, hi)


_FRONTED_STAY = re.compile(r"Present|[A-Z][a-z]{3,}ing")
"""The first word of a phrase fronted before the subject that tells where or why he is, not what he says
(sevenhundredsixtieth swazilandonlinenews: "Present in Moscow for the commemoration …, the President …, Captain X, met
…"; "Arriving in Tarvik for the summit, the President …, X, met …"): a participle or "Present", as "Following" is."""
_EVENT_TOLD = (" was held ", " took place ", " was opened ", " was convened ", " kicked off ")
"""An event's verb with the event as its subject ("The conference was held in …"): a clause with no one in it."""


def _second_office_set_off(text: str, lo: int, hi: int) -> bool:
    """Between the office after the fronted phrase's comma and the name (text[lo:hi], "the President of Burkina Faso,
    Head of State"): one more office set off by one comma, in capitals ("Head of State"), the holder's second title."""
    first, comma, second = text[lo:hi].partition(", ")
    return bool(comma) and "," not in first and "," not in second and 0 < len(second) <= 30 \
        and all(word[:1].isupper() or word in ("of", "the") for word in second.split())


_THEIR_PEOPLE_MET = re.compile(
    r"(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|Many|Most|All|Both|Members|A\s+few)\s+of\s+)?"
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+"
    r"(?:[a-z]+\s+){0,2}(?:aides|staff|staffers|members|officials|advisers|advisors|secretaries|commissioners|"
    r"deputies|colleagues|team|delegation)\s+(?:also\s+|then\s+|later\s+|separately\s+)?"
    r"(?:met|visited|toured|held|attended|travelled|traveled|joined)\b")
"""A sentence whose subject is a named person's people, with a verb of the visit ("Scott said at a Friday news
conference that …. Five of Scott's cabinet members also met with their Canadian counterparts.", sevenhundredeightysixth
ctvnews 2017-02-18): his staff act, the readout's own account resumes (`their_people_met`)."""


_THE_PARTY_MET = re.compile(
    r"(?:(?:On\s+the\s+other\s+hand|Meanwhile|In\s+addition|Also|Later|Separately),\s+)?[Tt]he\s+"
    r"(?:(?:visiting|trade|investment|business|economic)\s+)?(?:mission|team|contingent)\s+"
    r"(?:also\s+|then\s+|later\s+|separately\s+)?(?:met|visited|toured|attended|travelled|traveled)\b")
"""A sentence whose subject is the visiting party itself, "the mission", "the team", with a verb of the visit ("“We
showed them …,” Gavan said. … They were also amazed by …, Gavan said." / "On the other hand, the mission also met
with migrant domestic workers … at the Hong Kong Consulate …", eighthundredninetyfirst sunstar 2017-05-02): what the
party did, the readout's own account, as "the delegation also met" is (`_NARRATIVE_HEADS`) and a named person's
people are (`_THEIR_PEOPLE_MET`); not "the team's findings", no verb of the visit after the noun."""


def their_people_met(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] tells that a named person's aides, cabinet members or team met, visited or attended
    (`_THEIR_PEOPLE_MET`), or that the visiting party itself did (`_THE_PARTY_MET`, "The mission also met with …"): no
    report of his carried on, and the report over (`reported_speech._continues`, `carrying_on._goes_on_reporting`,
    `_readout_moves_on`). The cheap tests first: a possessive "'s " near the sentence's head; the party's noun in its
    first words."""
    head = lo + 80 if lo + 80 < hi else hi
    if (text.find("'s ", lo, head) >= 0 or text.find("’s ", lo, head) >= 0) \
            and _THEIR_PEOPLE_MET.match(text, lo, hi) is not None:
        return True
    near = lo + 40 if lo + 40 < hi else hi
    return (text.find("mission ", lo, near) >= 0 or text.find("team ", lo, near) >= 0
            or text.find("contingent ", lo, near) >= 0) and _THE_PARTY_MET.match(text, lo, hi) is not None


_CLOSING_MARKS_BEFORE_TAG = "”\"»"
"""The closing quotation marks a capitalised tag may follow ("“…” Said …")."""


def _capitalised_tag_after_closing_mark(text: str, lo: int) -> bool:
    """Whether the sentence at `lo` is a quotation's tag printed with a capital after its closing mark, "Said" and who
    said it (eighthundredeightyfifth newsmoto: "“The State Visit to Kenya … will consolidate … levels.” Said State
    House on Wednesday."): the attribution of the words before it, never a report going on in the last speaker's
    name, even when what follows "Said" is no person (a body, an office). A cheap test of the word first."""
    if not text.startswith("Said ", lo):
        return False
    before = back_over(text, 0, lo, " \t")
    return before > 0 and text[before - 1] in _CLOSING_MARKS_BEFORE_TAG


_FRONTED_BEFORE_A_SURNAME = re.compile(
    r"(?:(?:Later|Earlier|Afterwards|Meanwhile|Subsequently|Separately)(?: (?:in|at) [A-Z][\w’'-]+)?"
    r"|(?:In|At) [A-Z][\w’'-]+|(?:On|Last) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day), ")
"""A short fronted phrase of time or place and its comma before a sentence's bare surname ("Later, ", "Later in
Maiduguri, ", "In Tarvik, ", "On Monday, "): one capitalised word of a place at most, so no name of a person is in
it (`_surname_opening`)."""
_PAST_ACTS = frozenset("spoke met went came left led paid sent gave took made held told said brought sought drew".split())
"""Irregular pasts of an act a person does (`_past_act_after`); "was", "were", "had" are not among them (a state)."""


def _past_act_after(text: str, pos: int, hi: int) -> bool:
    """Whether the word at `pos` (past an "also") is a past act, a regular "-ed" form or one of `_PAST_ACTS` ("Zulum
    spoke to …", "Zulum alleged …"), not a state ("Balakrishnan is in Malaysia …", "X was in …")."""
    if text.startswith("also ", pos):
        pos += 5
    end = text.find(" ", pos, hi)
    word = text[pos:end if end > 0 else hi]
    return word.endswith("ed") or word in _PAST_ACTS


_FRONTED_FIRST_LETTERS = frozenset({"Lat", "Ear", "Aft", "Mea", "Sub", "Sep", "In ", "At ", "On ", "Las"})
"""The first three characters of `_FRONTED_BEFORE_A_SURNAME`'s openings: the cheap test before the pattern."""


class ReportedSpeech:
    """Reported speech: a sentence's speech cues, its clauses, and whether the report goes on.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)
        _bare_direct: Found | None
        _said_this_at: tuple[Person, int] | None
        _led_in: tuple[Person, int] | None
        _background_from: int

    def _no_cue_speaks(self, cues: list[Cue]) -> bool:
        """Whether none of a sentence's cues has a speaker: each is a thing said with no person ("the proposal"), the
        noun "states" after a place (`_states_as_noun`) or a place that "would like" (`_reported_place_would_like`).
        A plain loop, not `all` over a generator: asked for every sentence."""
        for c in cues:
            if not (c.person is None and c.phrase is not None and c.phrase.text.lower() in _WHAT_WAS_SAID
                    or self._states_as_noun(c) or self._reported_place_would_like(c)):
                return False
        return True

    def _reported(self, lo: int, hi: int, paragraph: int, *, whole_sentence: bool, after_statement: bool) -> bool:
        text = self.text
        lo = skip_space(text, lo, hi)
        hi = strip_tail(text, lo, hi)
        if hi - lo < 3:
            return False
        cues = self._cues(lo, hi)
        if not cues or self._no_cue_speaks(cues):
            # (the noun "states" after a place's name read as a person, "the New England states", as after a thing:
            # five-hundred-eleventh gnb 2011-07-0764, `_place_named_before_states`)
            # no one speaks in it ("This included the proposal …, proposed reforms …":
            # a participle read as a verb of "This"): it may go on with the last speaker
            if text[lo].isupper() and describes_a_place(text, lo, hi):
                self._background_from = lo  # (eighthundredsixtyninth iraqinews: "… the statement noted. Also spelled
                # Duhok …; it is a city in … . It has about 500,000 inhabitants …": a place's background from here)
            continuing = after_statement and whole_sentence and self.last_speaker is not None \
                and self.last_statement_paragraph == paragraph \
                and not (self.found and self._background_from >= self.found[-1].end)
            if continuing and self.found and self._promise_only(self.found[-1]):
                # (hundred-first: "The President promised to help. A few days ago, Nadezhda and Mark moved
                # into their own flat.": a promise to act tells nothing the next sentence carries on)
                continuing = False
            if continuing and self.found and pledge_only(text, self.found[-1]):
                continuing = False  # "X is committed to taking on hidden fees … . These fees occur across …": the
                # release's own account after a pledge (`pledge_only`)
            if continuing and self.found and self.found[-1].kind == "direct" \
                    and _QUOTE_THEN_ITS_CUE.fullmatch(text, self.found[-1].end, lo) is not None \
                    and _opens_with_a_country(text, lo, hi) \
                    and not self._names_someone_in(lo, hi):
                continuing = False  # (fourhundredseventyeighth agenciabrasil 4441: "“What he said encourages us to …,” he
                # went on to say. Brazil is endeavoring to obtain a permanent seat …": a quotation its cue closes ends
                # the speaker's turn, and a country that then acts, no one named, is the writer's background; not
                # "“…,” she said. In the northern region, corridors have been coordinated …", her report going on)
            if continuing and self.found and self._sympathy_only(self.found[-1]):
                continuing = False  # (three-hundred-fifty-eighth ua 55601: "… conveyed words of support to the family of
                # X, pupil killed in …. The rescuers found the body of the boy today.": the readout's account of the loss)
            if continuing and text.startswith("This ", lo) and _thanks_only(text, self.found[-1]):
                # hundred-eighty-ninth: "The First Lady thanked House leadership for expediting this bill and
                # commended … . This significant achievement aligns with her initiative …": thanks tell nothing
                # the next sentence goes on telling; "This …" is the release's own praise of the deed
                continuing = False
            if continuing and shown_by_an_event(text, lo, hi):
                continuing = False  # "This is confirmed by the March 15 meeting …": the writer's evidence
            if continuing and credited_to_a_report(text, lo, hi):
                continuing = False  # "…, reports Liberty Times.": the facts are the paper's (`sentence_patterns.credited_to_a_report`)
            if continuing and text.startswith(("The ", "This ", "Its ", "His ", "Her "), lo) \
                    and WRITTEN_TEXT_READS.match(text, lo, hi) is not None:
                # "A message … had been sent by X … The message reads, in part:" (hard20): a lead-in to the
                # text quoted after it, no words of its own, though it ends the sender's paragraph
                continuing = False
            if continuing and self._bare_direct is not None and self.found[-1] is self._bare_direct \
                    and self._bare_direct.paragraph == paragraph and self._goes_on_unquoted(lo, hi):
                # "Why …? the head of state asked. We have the machines. So what is missing?":
                # unquoted direct speech goes on in the sentences after its cue
                self._emit(self._bare_direct.person, "direct", lo, hi, paragraph)
                self._bare_direct = self.found[-1]
                return True
            if not continuing:
                if self._several_were_present(lo, hi):
                    return False  # "A, …, and B, …, were also present.": no one subject for "he" later
                # only the subject matters, for "he" later: the first name, if it opens the
                # sentence, or the office that does ("The President spoke to Senator X … He …")
                opener = self._office_opening(lo, hi) or self._surname_opening(lo, hi) \
                    or self._agent_of_what_was_told(lo, hi)
                if opener is None:
                    k = bisect_left(self.name_starts, lo)
                    present = False  # ("Also taking part … was X.": `_present_after_was`)
                    if k < len(self.name_spans) and self.name_spans[k][0] >= lo + 60 and text.startswith("Also ", lo):
                        k = self._present_after_was(lo, hi, k)
                        present = k < len(self.name_spans)
                    if k < len(self.name_spans) and (self.name_spans[k][0] < lo + 60 or present
                                                     or self._after_a_long_fronted_phrase(lo, *self.name_spans[k][:2])
                                                     or self._opens_a_clause_after_an_event(lo, *self.name_spans[k][:2])) \
                            and not self.name_spans[k][2].weak \
                            and not self._object_of_preposition(lo, self.name_spans[k][0]):
                        opener = self.name_spans[k][2]
                    elif k + 1 < len(self.name_spans) and self.name_spans[k][0] < lo + 60 \
                            and self._object_of_preposition(lo, self.name_spans[k][0]) \
                            and self._after_a_long_fronted_phrase(lo, *self.name_spans[k + 1][:2]) \
                            and not self.name_spans[k + 1][2].weak:
                        # the first name is the object in the fronted phrase, the subject the next one
                        # (three-hundred-first ireland_taoiseach 2017-01_stormont_update: "Following the
                        # Taoiseach’s phone call with Prime Minister May last night, the Taoiseach, Enda Kenny has had …")
                        opener = self.name_spans[k + 1][2]
                if opener is not None:
                    self._remember_subject(opener)
                return False
            if KIN_OR_CLERGY_SUBJECT.match(text, lo, hi):
                return False  # "X inquired about the monastery. The clergy presented the icon to …": they act
            subject = self._sentence_subject(lo, hi)
            if subject is not None and subject.kind == "name" and len(subject.name) == 1 \
                    and not subject.role and self.people.match_name(subject.name) is None:
                subject = None  # "Kastravia does not intend …": a country, not a person
            if subject is not None and subject.kind != "thing":
                if subject.text == "They" and self._they_are_the_things_carried(lo, hi):
                    # "… The republic’s authorities are working with ministries on this. They have
                    # received assistance from …": "They" are those things, the report goes on
                    self._emit(self.last_speaker, "indirect", lo, hi, paragraph)
                    return True
                if subject.is_person:
                    person = self._resolve(subject, subject.start)
                    if person is not None:
                        self._note_subject(person, subject)
                return False
            if self._continues(lo, hi) and not self._goes_on_from_earlier() and not self._figures_after_an_order(lo, hi) \
                    and not _capitalised_tag_after_closing_mark(text, lo):
                self._emit(self.last_speaker, "indirect", lo, hi, paragraph)
                if _PLURAL_THINGS_ACT.match(self.text, lo, hi):
                    self._things_carried_to = hi
                return True
            return False
        segments = self._segments(lo, hi, cues)
        if len(segments) > 1 and self._reported_by_closing_cue(lo, segments):
            self._emit(segments[-1][2].person, "indirect", lo, hi, paragraph)
            return True
        made = False
        for seg_lo, seg_hi, cue in segments:
            if cue.person is None or len(segments) == 1 and _told_when_a_thing_happened(text, lo, cue):
                continue
            seg_lo = skip_space(text, seg_lo, seg_hi)
            seg_hi = strip_tail(text, seg_lo, seg_hi)
            if seg_hi <= seg_lo:
                continue
            # unquoted direct speech: "I hope …, President X said as he met …"
            if whole_sentence and seg_lo == lo and cue.phrase is not None and cue.phrase.start > lo:
                head = text[lo:min(cue.phrase.start, cue.verb_start)].rstrip()  # "…, said X" too
                if head.endswith(("–", "—")) and head[-2:-1] == " ":
                    # a dash dialogue's turn: "– Forty-two since January, – replied the director.",
                    # "– How many have you sold? – the President asked."
                    head = head[:-1].rstrip()
                asked = head.endswith("?") and text[cue.phrase.start].islower()
                if asked:
                    head = head[:-1] + ","  # "Why …? the head of state asked.": the question is his words
                elif _semicolon_before_closing_pronoun(text, head, cue.phrase.start):
                    head = head[:-1] + ","  # "… we will link the Trust with …; he added.": a comma's work
                cue_end = max(cue.verb_end, cue.phrase.end)  # (where what follows the cue is read)
                if head.endswith(",") and text.startswith(",", cue_end) and cue.verb_end <= cue.phrase.start:
                    cue_end = _after_the_speakers_office(text, cue.phrase, seg_hi)
                if head.endswith(",") and _TRAILING_CUE_END.match(text, cue_end, seg_hi):
                    self._said_after.add(lo)
                if head.endswith(",") and (FIRST_PERSON.search(head) or asked or _SECOND_PERSON.search(head)
                                           and CUE_ENDS_SENTENCE.match(text, cue_end, seg_hi)
                                           or _said_as_he_met(text, head, cue.verb_start, cue_end, seg_hi)) \
                        and not self._cues(lo, len(head) + lo) \
                        and (_CUE_CLOSES.match(text, cue_end, seg_hi)
                             or (asked or text.startswith(("told ", "tells "), cue.verb_start))
                             and _ASKED_WHOM.match(text, cue_end, seg_hi)
                             or text.startswith(("told ", "assured "), cue.verb_start)
                             and _WHOM_THEN_WHEN.match(text, cue_end, seg_hi)):
                    # ("We must never forget …, the President told the sailors.": whom he told ends it)
                    # (not "Noting the role of our partners, the President stressed that …": a
                    # participle or a phrase before a cue with its own complement says nothing)
                    self._emit(cue.person, "direct", lo, strip_tail(text, lo, lo + len(head)), paragraph)
                    self._bare_direct = self.found[-1] if self.found[-1].start == lo else None
                    made = True
                    if text.startswith(", ", cue_end) and FIRST_PERSON.search(head) \
                            and cue.phrase is not None and cue.phrase.end <= cue.verb_start:
                        self._words_after_a_middle_tag(cue, cue_end + 2, hi, paragraph)
                    continue
            if self._only_leads_in(seg_lo, seg_hi, cue, len(cues) == 1 or _others_among_listeners(text, cues, cue)):
                if cue.person is not None and (text.startswith(":\n", seg_hi) or _ellipsis_ends_paragraph(text, seg_lo, seg_hi)
                                               or _semicolon_closes_lead_in(text, lo, seg_lo, seg_hi)):
                    # it ends its paragraph: the paragraphs after it may be the words it leads in to, with
                    # no quote marks (`_unquoted_message_by`)
                    self._led_in = (cue.person, paragraph)
                continue  # "The President said, in part:" introduces a quotation, says nothing
            if text.startswith("made ", cue.verb_start) and _REQUEST_INTRODUCES_A_QUOTATION.match(text, cue.verb_start):
                continue  # "He made a request to NATO regarding …: “…”": the quotation is the request
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start < lo + 48 \
                    and self._subordinate_only(lo, cue, cues, hi):
                told = self._told_before_what_followed(lo, cue, seg_hi)
                if told is not None:
                    # (hard37 kaldora_president_talks_ludavia_president: "After the President of Kaldora noted that
                    # trade … had grown …, the sides signed …": what he said, up to the comma, before what followed)
                    self._emit(cue.person, "indirect", lo, told, paragraph)
                    made = True
                continue  # "Because President X recognizes …, the United States proposed …": the main clause's
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start > lo \
                    and text.endswith("where ", max(lo, cue.phrase.start - 6), cue.phrase.start) \
                    and (self._where_clause_of_another(lo, cue, cue.phrase.start)
                         or self._where_clause_in_fronted_phrase(lo, cue, seg_hi, cues)):
                continue  # "X held a meeting with … where Minister Y reported on …": X's act, narrative
            if text.startswith("briefed", cue.verb_start) \
                    and (_BRIEFED_THE_PRESS_ONLY.match(text, cue.verb_end, seg_hi)
                         or _BRIEFED_A_COMMITTEE_ONLY.match(text, cue.verb_end, seg_hi)) \
                    and (seg_lo >= cue.start or self._office_before_its_name(seg_lo, cue, set_off=True)):
                # "X briefed reporters after the meeting.", "The Director-General of …, X, on Wednesday briefed the
                # Committee on Y in Z.": only whom and where, the subject alone or its office set off before it
                continue
            if text.startswith(("said ", "says "), cue.verb_start) \
                    and (inner := _ANOTHER_SAID_THIS.match(text, cue.verb_end, seg_hi)) is not None \
                    and _WHERE_ONLY.match(text, inner.end(), seg_hi) is not None:
                continue  # "Mr X, the Special Adviser …, said Buhari stated this when he received …": only when
            where = _WHERE_ONLY.match(text, cue.verb_end, seg_hi)
            fronted = where is None and text[seg_lo] == "T" and cue.phrase is not None \
                and (this := _FRONTED_THIS.match(text, seg_lo)) is not None and this.end() == cue.phrase.start
            if fronted:
                # (fourhundredseventyfifth lesotho king-portugal-credence: "This, he said when accepting letters of
                # credence from Mr. X at the Royal Palace on Thursday."): what was said fronted as "This", then only
                # when and where, as "He said this when …" (`_WHERE_ONLY`)
                where = _WHEN_AFTER_FRONTED.match(text, cue.verb_end, seg_hi)
            if (where or text[cue.verb_start:cue.verb_end] in ("said", "stated")
                    and (_SAID_AT_ONLY.match(text, cue.verb_end, seg_hi)
                         or _SAID_WHILE_TALKING_ONLY.match(text, cue.verb_end, seg_hi))) \
                    and (seg_lo >= cue.start or where is not None and fronted
                         # (ninehundredfiftysixth theglobe: "ZANIS reports that Mr X said this when he toured …": the
                         # outlet's credit before the subject, as if the sentence opened with him)
                         or where is not None and cue.phrase is not None
                         and OUTLET_REPORTS_THAT.fullmatch(text, seg_lo, cue.phrase.start) is not None
                         or where is not None and cue.phrase is not None
                         and _FRONTED_OCCASION.fullmatch(text, seg_lo, cue.phrase.start) is not None
                         or where is not None and _visiting_before(text, seg_lo, cue)
                         or where is not None and _place_before_office(text, seg_lo, cue)
                         or self._name_before_its_office(seg_lo, cue)
                         # (an office set off before its holder only before an occasion: "…, X, gave this assurance
                         # during …"; "The Minister for Trade, X, reported this to Y" names whom X told, a report,
                         # two-hundred-thirty-fourth 33396)
                         or self._office_before_its_name(seg_lo, cue, set_off=where is not None
                                                         and not where.group().endswith("to"))) \
                    and (where is not None and text.startswith("made", cue.verb_start)
                         and _REMARKS_MADE.match(text, cue.verb_end) is None
                         and not (text.find(", ", where.end(), seg_hi) >= 0
                                  and _ADDING_AFTER.search(text, where.end(), seg_hi) is not None)
                         or not self._has_cue_word(_past_a_question_put(
                                                       text, _past_a_vote_of_thanks(
                                                           text, _past_ones_own_talk(text, where.end(), seg_hi),
                                                           seg_hi), seg_hi)
                                                   if where else cue.verb_end,
                                                   _before_a_release_said(text, where.end(), seg_hi) if where else seg_hi,
                                                   event_nouns=True)):
                # (the cue words looked for after what `_WHERE_ONLY` read: "expressed this view at …" names its
                # "view", a word of speech, as the thing told before; "made this statement" needs none of that test:
                # "… in his televised address", "… after a presentation by X, who talked about …" still say only
                # where, kremlin 37381, 33865)
                if seg_lo == lo and whole_sentence \
                        and not (where is not None and text.startswith(("expressed", "voiced"), cue.verb_start)
                                 and not text[where.end():seg_hi].strip(" .")):
                    # the sentence before may be what was said; not after a bare "He expressed these views." (h1081's
                    # end-of-sentence branch of `_WHERE_ONLY`), which names no occasion: no statement of its own, and
                    # none carried back onto a sentence before it ("X visited the flood area on Monday." / "He
                    # expressed these views.": a visit, no speech)
                    self._said_this_at = (cue.person, lo)
                continue
            if where is not None and text.startswith("made", cue.verb_start) \
                    and _REMARKS_MADE.match(text, cue.verb_end) is not None:
                continue  # ("He made the remarks during a meeting …, Abul Gheit’s Spokesman X said."): no words of
                # its own when not only where or when; the sentence's other cue, if any, reads it as before
            if where is not None and (text.startswith("made ", cue.verb_start)
                                      or text.startswith((" these ", " those "), cue.verb_end)) \
                    and (", who " in text[where.end():seg_hi] or ", which " in text[where.end():seg_hi]):
                continue  # "The President made this statement after a presentation by X, who talked about …" (fiftieth
                # kremlin_33865): only when, the speech word another's in a relative clause (not "…, adding that …")
                # (so "The President expressed these views during the discussion, which also focused on …", styles25)
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start > lo:
                # "The three leaders concurred on …, and President Biden reaffirmed …": his clause only
                joined = None
                for joined in _JOINED_CLAUSE.finditer(text, max(lo, cue.phrase.start - 12), cue.phrase.start):
                    pass
                if joined is not None and joined.end() == cue.phrase.start \
                        and text.startswith(", and ", joined.start()) and cue.phrase.is_person \
                        and (who := text.find(", who ", lo, joined.start())) > lo \
                        and pair_after_a_who_clause(text, lo, who, cue.phrase) is not None:
                    continue  # (fx68) "The governor, who arrived …, and the mayor said …": a pair's words, no one's
                if joined is not None and joined.end() == cue.phrase.start \
                        and not self._last_present_speaks_after_who(lo, cue) \
                        and (not text.startswith(", however", joined.start())
                             or self._clause_before_however(lo, joined.start(), cue)):
                    seg_lo = cue.phrase.start
                elif (opens := _joined_after_a_time(text, lo, cue.phrase.start)) is not None:
                    seg_lo = opens  # "X hosted a dinner on Thursday, and on Friday, Y updated Z on …"
                elif (opens := joined_after_a_participle(text, lo, cue.phrase.start)) is not None:
                    seg_lo = opens  # "X made a stop at …, and representing Y, he offered …"
                elif text.endswith(" and ", max(lo, cue.phrase.start - 5), cue.phrase.start) \
                        and (self._groups_clause_before(lo, cue.phrase.start)
                             or _agentless_passive_before(text, lo, cue.phrase.start - 5)):
                    seg_lo = cue.phrase.start  # "They covered a range of issues and President X underscored …"
                elif (opens := self._anothers_clause_before(lo, cue)) is not None:
                    seg_lo = opens  # "Sir X welcomed the students to … and Private Secretary, Mrs Y spoke on …"
                elif _WHERE_CLAUSE.search(text, max(lo, cue.phrase.start - 9), cue.phrase.start) \
                        and (self._tells_of_events(lo, hi) or _PAIR_OPENS.match(text, lo, cue.phrase.start)) \
                        and not self._own_clause_before_where(lo, cue):
                    # "The meeting also addressed …, where the President reiterated …": a
                    # meeting's clause, then his (not "X met Y, where he discussed …": all his); so too after the
                    # pair's own clause (`_PAIR_OPENS`)
                    seg_lo = cue.phrase.start
            seg_hi = self._before_which_reads(seg_lo, seg_hi)
            seg_hi = self._before_a_groups_clause(cue, seg_hi)
            seg_hi = self._before_anothers_act(cue, seg_hi)
            self._emit(cue.person, "indirect", seg_lo, seg_hi, paragraph)
            if cue.phrase is not None and cue.phrase.start > cue.verb_start and text.startswith("quot", cue.verb_start):
                self._quoter_kept_as_subject(seg_lo, cue)
            made = True
        return made

    def _quoter_kept_as_subject(self, lo: int, cue: Cue) -> None:
        """After "X quoted Y as saying that …", given to Y (`speech_subjects`: the one quoted after the verb), X, the
        sentence's subject, is the one the next "she" or "he" means (styles64: "The spokesperson quoted the minister as
        saying that … / She said the minister had visited six posts …": the spokesperson's, not the last woman named
        before), as `sentence_reading._quoter_of` keeps the one who quoted a quotation. Only a person the subject
        resolves to, other than Y."""
        subject = self._sentence_subject(lo, cue.verb_end)
        if subject is not None and subject.is_person and subject.end <= cue.verb_start:
            quoter = self._resolve(subject, subject.start)
            if quoter is not None and quoter is not cue.person:
                self._remember_subject(quoter)

    def _last_present_speaks_after_who(self, lo: int, cue: Cue) -> bool:
        """Whether the cue's subject closes a list of those present and speaks in the ", who" clause after it (hard86:
        "Also present at the meeting were A, B, and Mr. C, the minister of …, who stated that …"; hard88: "The Governor
        … received a delegation …, together with A, and B, who stated that …"): the ", and" is the list's, no clause
        of another's before his, so the whole sentence is his statement, as the golds give it (before, it was cut at
        the ", and" as "X did this, and Y said that …" is). Cheap: a ", who " between the subject and the verb first."""
        text = self.text
        return text.find(", who ", cue.phrase.end, cue.verb_start) >= 0 \
            and last_of_those_present(text, lo, cue.phrase.start)

    def _clause_before_however(self, lo: int, at: int, cue: Cue) -> bool:
        """Whether text[lo:at], before a comma splice's ", however," and the speaker's phrase, is a clause of someone
        else's, its subject a person or a group and a verb in lower case after it ("After the meeting, the Sultan
        refused to speak to reporters, however, Governor X said …": the refusal narrative, his clause his); not a
        fronted phrase with no clause ("On his part, however, the Eritrean special envoy, said …", "In the absence of
        …, however, the President noted …": one statement, whole)."""
        subject = self._sentence_subject(lo, at)
        if subject is None or subject.kind not in ("name", "description", "group") or subject.end >= at \
                or subject.text == cue.phrase.text:
            return False
        rest = self.text[subject.end:at].split(None, 1)
        return bool(rest) and rest[0][:1].islower() and rest[0].isalpha()

    def _own_clause_before_where(self, lo: int, cue: Cue) -> bool:
        """Whether the clause before ", where he …" is the speaker's own, its subject after a day's opener the person
        the pronoun is (sevenhundredthirtyfifth skopjediem gashi_aggeler: "On Monday, Parliament Speaker X held a
        meeting with US Ambassador Y, where he welcomed …"): his meeting and his words, all the sentence his report,
        as "X met Y …, where he stressed …" is; the day's opener no news of the day that cuts it."""
        phrase = cue.phrase
        if phrase is None or phrase.kind != "pronoun" or cue.person is None:
            return False
        subject = self._sentence_subject(lo, phrase.start)
        return subject is not None and subject.is_person and subject.kind != "group" \
            and self.resolve_subject(subject) is cue.person

    def _groups_clause_before(self, lo: int, start: int) -> bool:
        """text[lo:start], before a bare "and" and a speaker's subject, is a clause of a group's own, its subject and
        its verb (four-hundred-twenty-sixth whitehouse 2023-02-01 McCarthy: "They covered a range of issues and
        President X underscored that …"): the pair's narrative, joined to his clause as by ", and", not his words
        (not "They and President X stressed …", one subject; nor "… agreed that the ministers and …", a clause
        inside)."""
        subject = self._sentence_subject(lo, start)
        return subject is not None and subject.kind == "group" and subject.end < start - 5 \
            and _THAT_AFTER.search(self.text, subject.end, start) is None

    def _office_set_off_after_and(self, lo: int, cue: Cue) -> int | None:
        """Where a named speaker's office set off by its comma opens, right after a bare "and" past `lo` and right
        before the speaker's name ("… and Private Secretary, Mrs Y spoke on …", `_OFFICE_SET_OFF`): the start of his
        or her clause, joined to the clause before; None otherwise (a cheap `rfind` first)."""
        phrase = cue.phrase
        if phrase is None or cue.person is None:
            return None
        at = self.text.rfind(" and ", max(lo, phrase.start - 60), phrase.start)
        if at < 0 or _OFFICE_SET_OFF.fullmatch(self.text, at + 5, phrase.start) is None:
            return None
        return at + 5

    def _anothers_clause_before(self, lo: int, cue: Cue) -> int | None:
        """Where the cue's clause opens after a bare "and" that ends a clause of another person's own, its subject
        and its verb (hard56: "Sir A T-Q welcomed the students to Government House and Private Secretary, Mrs E O-P
        spoke on …"): the other's narrative, joined to the speaker's clause as by ", and", not the speaker's words.
        Between "and" and the speaker's name nothing, or an office set off by its comma; not "X and Mrs Y spoke"
        (one subject), nor "… said that A and Mrs Y …" (a clause inside)."""
        text, start = self.text, cue.phrase.start
        at = text.rfind(" and ", max(lo, start - 60), start)
        if at < 0 or at + 5 != start and _OFFICE_SET_OFF.fullmatch(text, at + 5, start) is None:
            return None
        subject = self._sentence_subject(lo, at)
        if subject is None or subject.kind not in ("name", "description") or subject.end > at - 6 \
                or subject.text == cue.phrase.text or _THAT_AFTER.search(text, subject.end, at) is not None:
            return None
        return at + 5

    def _only_leads_in(self, seg_lo: int, seg_hi: int, cue: Cue, alone: bool) -> bool:
        """Whether the segment text[seg_lo:seg_hi] only introduces a quotation: after its verb, words of
        leading in alone (`_LEAD_IN_ONLY`: "The President said, in part:"), and before its subject nothing
        of its own: nothing at all; "as saying" or "to have said" after the verb ("The press service quoted the head of state
        as saying:", "A statement by X quoted President Y to have said:"); the text named first ("In his message of congratulations the President said, in
        particular:", hundred-ninety-sixth 17402); the written text with its sender after "by" ("The
        telegram sent by the head of state says:", two-hundred-sixth); or, the sentence's one cue before a
        colon, where or when it was said ("Speaking at the port, the First Minister said:", styles6); "quoted Y as
        telling" and the listeners only, as "told" and its listeners (styles64: "She quoted Mr. X as telling officers
        at the Tollisk crossing: “…”": X's words follow, the lead-in no one's). The
        cheap tests of what stands before the subject come first; the regex after the verb last."""
        text = self.text
        quoting = "cited" if text.startswith("cited ", cue.verb_start) else "quoted"  # ("…, CNA cited her as saying.")
        if seg_lo < cue.start and _quoted_as_saying_closes(text, quoting, cue.verb_start, cue.verb_start + len(quoting),
                                                           seg_lo, seg_hi + 1):
            return False  # ("…, the statement quoted him as saying.": a tag that closes the words before it, no lead-in)
        if text.startswith(":\n", seg_hi) and _semicolon_item_follows(text, seg_hi):
            return False  # ("X stressed:" / "The benefits of …;" / …: a reported list's lead-in, his statement)
        if text.startswith(_ASSENT, cue.verb_start) and text.startswith(".", cue.verb_end):
            return False  # ("X asked the President to support …, and the President agreed.": assent voiced, no lead-in)
        if text.startswith("According to ", seg_lo) and cue.phrase is not None and cue.phrase.start < seg_lo + 20 \
                and _SOURCE_BEFORE_QUOTED_PARAGRAPH.match(text, cue.phrase.end) is not None:
            # ("According to Dr. X," / "“It is essential …”": the source of the quotation below, fivehundredsixth)
            return True
        if text.startswith(":", seg_hi) and _speaker_closes_sentence_saying(text, seg_lo, seg_hi, cue):
            return True  # ("… met in Gozo on Tuesday with the Prime Minister saying:" / "“…”": his words follow)
        quoted_telling = text.startswith("as telling", cue.verb_end - 10) \
            and text.startswith(("quoted ", "quotes "), cue.verb_start)
        if not (seg_lo >= cue.start or text.startswith("as saying", cue.verb_end - 9) or quoted_telling
                or text.startswith("to have said", cue.verb_end - 12)
                or text.startswith(", “", cue.verb_end) and text.startswith(("quoted ", "quotes "), cue.verb_start)
                or text.startswith("In ", seg_lo) and _FRONTED_TEXT.fullmatch(text, seg_lo, cue.start) is not None
                or text.find(" by ", seg_lo, cue.start) >= 0
                and _SENT_BY_BEFORE_ITS_SENDER.fullmatch(text, seg_lo, cue.start) is not None
                or alone and (text.startswith(":", seg_hi) or _ellipsis_ends_paragraph(text, seg_lo, seg_hi)
                              or _that_before_quoted_paragraph(text, cue.verb_end, seg_hi)
                              or _comma_before_quoted_paragraph(text, seg_hi))
                and self._says_nothing_before(seg_lo, cue.start)):
            return False
        return _LEAD_IN_ONLY.match(text, cue.verb_end, seg_hi) is not None \
            or (text.startswith("told ", cue.verb_start) or quoted_telling) \
            and _LISTENERS_ONLY.match(text, cue.verb_end, seg_hi) is not None \
            or _that_before_quoted_paragraph(text, cue.verb_end, seg_hi)

    def _reported_by_closing_cue(self, lo: int, segments: list[tuple[int, int, Cue]]) -> bool:
        """Whether the sentence at `lo` reports one person's words under another's cue that closes it,
        nothing after its verb: "The prime minister said her government has set up a climate trust fund
        …, the press secretary added." (styles6 sundarbia_pm_news_agency): the press secretary's report,
        the whole sentence his (GOLD-FORMAT: the main clause's speaker). Only where the first cue opens
        the sentence (or follows a phrase that says nothing, `_says_nothing_before`) and the last, after a comma, is
        someone else's."""
        text = self.text
        first, last = segments[0][2], segments[-1][2]
        if last.person is None or first.person is None or last.person is first.person or last.phrase is None \
                or first.start != lo and not (first.start - lo <= 40 and text.endswith(", ", lo, first.start)
                                              and self._says_nothing_before(lo, first.start)) \
                or text.find(",", max(lo, segments[-1][0] - 2), last.start) < 0:
            # (a short phrase that says only where or when, set off by a comma, may stand before the first cue: "In
            # this regard, the President stressed that …, Spokesman X said.", styles31 tayrana_presidency)
            return False
        if self._office_set_off_after_and(lo, last) is not None:
            return False  # "… and Private Secretary, Mrs Y spoke on …": her own clause joined by "and", no closing cue
        between = text[segments[-1][0]:last.start].strip(" ,")
        if between and not (len(between) <= 60 and all(word[0].isupper() for word in between.split())):
            # (styles10 zambezia_state_house: "…, State House Chief Communications Specialist Chanda Mulenga said
            # in a statement.": capitalised words of the title the name's phrase left out stand before it)
            return False
        if last.verb_start < last.phrase.end:
            return False
        return _closes_sentence(text, last.verb_end, segments[-1][1]) is not None  # ("…, X told reporters.")

    def _says_nothing_before(self, lo: int, start: int) -> bool:
        """Whether text[lo:start], before the subject of a lead-in that ends in a colon, says nothing
        of its own: where or when, set off by a comma and with no cue word ("Speaking after the
        meeting, the Taoiseach said:"), or the capitalised name of the body whose office follows
        ("Inverbrae Harbour Board Chief Executive Morag Lindsay said:"; styles6). Not "Noting the
        progress of the talks, the Minister said:" (a speech verb: what she noted is hers), unless
        it is one of speaking to someone ("Speaking", "Addressing", "Answering") or of what the words are on
        (`_ON_A_TOPIC`: "Commenting on the current situation, the Taoiseach said:", three-hundred-first). A cue word
        after an article or a determiner is a noun, no verb: "At the end of the meeting, President Tajani declared:"
        (three-hundredth eu_parliament_2017-09_de_rugy: when, as "After the meeting,"), "In his remarks to …,
        the Head of State said:" (styles11 namora_presidency: where he spoke)."""
        words = self.text[lo:start].split()
        if len(words) > 1 and words[-1] in ("the", "The"):
            words.pop()  # (the subject's article, where its phrase opens after it: "the Tánaiste and Minister … X")
        if len(words) > 2 and words[-1] == "and" and words[-2][:1].isupper():
            # the subject's first office joined by "and" to the phrase (three-hundred-first: "Speaking ahead of
            # talks in Northern Ireland on 24 January, the Tánaiste and Minister for Foreign Affairs and Trade
            # Simon Coveney TD said:"): one person's two offices, part of the subject
            words.pop()
            while len(words) > 1 and words[-1][:1].isupper() and not words[-1].endswith(","):
                words.pop()
            if len(words) > 1 and words[-1] in ("the", "The"):
                words.pop()
        while len(words) > 1 and words[-1][:1].isupper() and not words[-1].endswith(","):
            # the subject's title before its name, where the phrase is the name alone (two-hundred-thirty-ninth:
            # "Speaking during their meeting at the Pentagon, Defense Secretary Lloyd Austin III said:")
            if words[-2].endswith(","):
                words.pop()
                break
            words.pop()
        if words and words[-1].endswith(","):
            lowered = [word.strip(",").lower() for word in words]
            # (a verb's form after an article or a determiner is a noun: styles9 teranga_presidency, "At the end of
            # the audience, the minister declared to the press:"; styles11 namora_presidency, "In his remarks to the
            # Ambassador-designate …, the Head of State said:")
            return lowered[0] in SPEAKING_PARTICIPLES or lowered[0] in _ON_A_TOPIC or _no_verb_of_speech(lowered) \
                or _welcoming_a_guest_only(self.text, lo, self.text.rfind(",", lo, start)) \
                or _names_what_the_words_give(lowered)
        if len(words) > 1 and (words[0].lower() in SPEAKING_PARTICIPLES or words[0].lower() in _WHEN_OPENINGS):
            # with no comma after it (two-hundred-sixty-seventh uk_fcdo: "Speaking to media ahead of the meeting
            # the Foreign Secretary said:"; two-hundred-seventy-sixth ireland_dfa_2017-09-07_tallinn: "Ahead of the
            # meeting Minister Coveney stated:"): where or when he spoke, nothing of his own, unless a speech verb
            # follows ("After thanking the hosts the Minister said:": his thanks)
            return not any(word.lower() in ALL_SPEECH_VERBS for word in words[1:])
        if len(words) > 2 and words[0] == "In" and words[1].lower() in _ARTICLES_AND_DETERMINERS:
            # with no comma after it (fourhundredfiftyseventh rwanda_presidency_2013-11-08_ndi_umunyarwanda_retreat:
            # "In his opening remarks at the retreat President Kagame told …:"): where he spoke, as with a comma
            return _no_verb_of_speech([word.strip(",").lower() for word in words])
        return all(word[:1].isupper() for word in words)

    def _before_which_reads(self, lo: int, hi: int) -> int:
        """Where a reported sentence ends when it closes on the lead-in of the text it sends:
        "X also sent Y a message of greetings, which reads in part: “…”" ends before ", which
        reads" (the words that introduce a quotation belong to no statement). Only where a
        colon follows and the sentence holds "which" (the cheap guard)."""
        text = self.text
        if not text.startswith(":", hi) or text.find("which", lo, hi) < 0:
            return hi
        tail = _WHICH_READS_TAIL.search(text, lo, hi)
        return tail.start() if tail is not None else hi

    def _before_a_groups_clause(self, cue: Cue, hi: int) -> int:
        """Where one person's report ends when ", but" opens a clause of a group that acts ("Governor X has
        committed to defending reproductive rights, but Republican legislative leaders have passed rules …":
        GOLD-FORMAT cuts a sentence at the clause boundary; the group's clause is no one's statement), as a
        group's speech verb there already cuts it ("…, but the leaders agreed …"). Only after a verb that
        never takes a bare clause of what was said (`_OBJECT_ONLY_VERBS`), with no "that" before the comma
        (fourhundredseventeenth 2023-01-20)."""
        text = self.text
        comma = text.find(", but ", cue.verb_end, hi)
        if comma < 0 or text[cue.verb_start:cue.verb_end] not in _OBJECT_ONLY_VERBS \
                or " that " in text[cue.verb_end:comma]:
            return hi
        clause = _BUT_A_GROUP_ACTS.match(text, comma, hi)
        if clause is None or not looks_like_verb([clause.group(1)]):
            return hi
        return comma

    def _before_anothers_act(self, cue: Cue, hi: int) -> int:
        """Where one person's report ends when ", and" opens a clause in which someone else, named or described,
        does something without a word said (styles34 najdara_npa: "President X also invited the Crown Prince to visit
        Y, and His Royal Highness accepted the invitation, with the date to be agreed …": GOLD-FORMAT cuts a sentence
        at the clause boundary; the acceptance is an act, no one's statement), as the other's speech verb there
        already cuts it ("…, and the Prime Minister assured him …"). Only after a verb that never takes a bare clause
        of what was said (`_ACTS_ON_AN_OBJECT`: "X said the minister had come, and the minister signed …" is all his),
        with no "that" before the comma; not after a pronoun ("…, and he signed …" may be the speaker's own act), a
        verb of assent ("…, and the President agreed.": voiced, `_ASSENT`); another's speech cue there has cut the report
        before the comma already. So too an agentless passive there (hard66 varnessa_kastellia: "She invited President
        X to pay a state visit …, and the invitation was accepted.": done, by no one named, `_ANSWER_TO_THE_ACT`)."""
        text = self.text
        comma = text.find(", and ", cue.verb_end, hi)
        if comma < 0 or text[cue.verb_start:cue.verb_end] not in _ACTS_ON_AN_OBJECT \
                or " that " in text[cue.verb_end:comma]:
            return hi
        start = comma + 6
        if _ANSWER_TO_THE_ACT.match(text, start, hi) is not None:
            return comma
        phrase = phrase_starting_at(text, start, hi)
        if phrase is None or phrase.kind not in ("name", "description"):
            return hi
        words = self._words_after(phrase.end, hi)
        if not words or words[0] in _ASSENT or not looks_like_verb(words):
            return hi
        other = self._resolve(phrase, start)
        return comma if other is not None and cue.person is not None and other is not cue.person else hi

    def _they_are_the_things_carried(self, lo: int, hi: int) -> bool:
        """A bare "They" opening the sentence right after one that carried a report on
        with a plural thing for its subject refers to those things ("The republic’s
        authorities are working … on this. They have received …"), not to the people who
        met; the sentence goes on with the report when it tells of no meeting, no act of
        a group ("They discussed …") and no one named, and has no speech cue of its own."""
        carried = self._things_carried_to
        if carried < 0 or carried > lo or self.text[carried:lo].strip(" .\t"):
            return False
        return not (self._tells_of_events(lo, hi) or self._group_acts(lo, hi) or self._names_in(lo, hi)
                    or self._has_cue_word(lo, hi))

    def _goes_on_unquoted(self, lo: int, hi: int) -> bool:
        """A sentence after unquoted direct speech carries it on: it names no one, tells
        of no event, has no third person as its subject, and speaks in the first person,
        asks, or has a thing for its subject or none ("We have the machines. So what is
        missing? Order is missing."), not "The President then visited the farm." """
        if self._names_in(lo, hi) or self._tells_of_events(lo, hi):
            return False
        subject = self._head_subject(lo, hi)
        if subject is not None and subject.is_person and not FIRST_PERSON.match(subject.text) \
                and not (subject.kind == "name" and len(subject.name) == 1
                         and self.people.match_name(subject.name) is None):  # ("Order is missing.")
            return False
        text = self.text
        return bool(FIRST_PERSON.search(text, lo, hi)) or text[lo:hi].rstrip()[-1:] in "?!" \
            or subject is None or subject.kind == "thing"

    def _where_clause_of_another(self, lo: int, cue: Cue, subject_start: int) -> bool:
        """The cue's speaker opens a "where" clause on a meeting the sentence's subject, another
        person, held ("Vladimir Putin held a meeting with permanent members of the Security
        Council where Defence Minister Sergei Shoigu reported on …": ninetieth 58693): the main
        clause tells of the subject's act and the report is only a relative clause, narrative as
        "…, who briefed the President on …" is (not "X met Y, where he discussed …": all X's)."""
        opener = self._office_opening(lo, subject_start)
        if opener is None:
            k = bisect_left(self.name_starts, lo)
            if k < len(self.name_spans) and self.name_spans[k][0] == lo and not self.name_spans[k][2].weak:
                opener = self.name_spans[k][2]
        return opener is not None and opener is not cue.person

    def _where_clause_in_fronted_phrase(self, lo: int, cue: Cue, hi: int, cues: list[Cue]) -> bool:
        """The cue's "where" clause lies in the phrase that opens the sentence before its subject (an opening
        word of `INTRO_WORDS`), and the main clause after it, a name after a comma then its verb in lower
        case, has no cue ("As follow-up to the Vice President’s engagements at the Summit …, where she
        announced that …, Dr. Gordon and PCA leadership explored ways …": four-hundred-fifth 2022-08-05
        partnership for central america): the report is only the opening phrase's relative clause and the
        sentence tells of the subject's act, narrative as in `_where_clause_of_another`."""
        text = self.text
        first = FIRST_WORD_OF.match(text, lo, cue.phrase.start)  # type: ignore[union-attr]
        if first is None or first.start() != lo or first.group().lower() not in INTRO_WORDS:
            return False
        k = bisect_left(self.name_starts, cue.verb_end)
        while k < len(self.name_spans) and self.name_spans[k][0] < hi:
            start, end, person = self.name_spans[k]
            if text.startswith(", ", start - 2) and text.startswith(" ", end) and text[end + 1:end + 2].islower() \
                    and not person.weak:
                return not any(c.person is not None and c.verb_start > start for c in cues)
            k += 1
        return False

    def _subordinate_only(self, lo: int, cue: Cue, cues: list[Cue], hi: int) -> bool:
        """`cue` lies in a subordinate clause that opens the sentence ("After the President
        called upon Congress to ban fees, the Department published …"), and the main clause
        after its comma has no cue of anyone (of him: the sentence is his; of another, as in
        "After X expressed concern …, Y explained …": two statements): it is no statement of his."""
        opening = _SUBORDINATE_OPENING.match(self.text, lo, cue.phrase.end)  # type: ignore[union-attr]  # ("Because President X": one phrase)
        if opening is None or opening.end() < cue.phrase.start \
                and _CAPITALISED_BEFORE.fullmatch(self.text, opening.end(), cue.phrase.start) is None:  # type: ignore[union-attr]
            return False
        comma = self.text.find(",", cue.verb_end, hi)
        if comma > 0 and _question_answered_after(self.text, lo, cue, cues, comma):
            return True
        return comma > 0 and not any(c.person is not None and c.verb_start > comma for c in cues)

    def _told_before_what_followed(self, lo: int, cue: Cue, hi: int) -> int | None:
        """Where a clause opened by "After" or "Once" ends, its cue's words a "that" clause ("After the President
        noted that trade had grown …, the sides signed …", "Once the leader had pointed out that …, the ministries were
        instructed …"): what he said, then what followed it, his words the clause up to its comma; None for another
        opening ("Because X recognizes …") or a cue with no "that" ("After X called upon Congress to ban fees, …": a
        call, the main clause the readout's)."""
        if _AFTER_OR_ONCE.match(self.text, lo) is None or _THAT_AFTER_THE_VERB.match(self.text, cue.verb_end) is None:
            return None
        comma = self.text.find(",", cue.verb_end, hi)
        return comma + 1 if comma > 0 else None

    def _goes_on_from_earlier(self) -> bool:
        """The statement a sentence would go on with tells of an earlier time ("Last month,
        Ms Morn briefed the council on the budget. Ferry traffic has doubled since 2020."):
        what follows it is background, as after `_report_goes_on`'s earlier opener."""
        found = self.found
        # (only a statement with its own cue: a figure carried on, "Last week, 26,870 new patients were
        # diagnosed …" in ninety-second 71401's report, is no background opener; the report goes on)
        return bool(found) and self.text[found[-1].start] in "LEPTSOI" \
            and EARLIER.match(self.text, found[-1].start) is not None \
            and any(cue.person is found[-1].person for cue in self._cues(found[-1].start, found[-1].end))

    def _figures_after_an_order(self, lo: int, hi: int) -> bool:
        """The last statement is an order ("The President instructed the Ministry of Labour to expand
        the list of support measures …") and text[lo:hi] gives figures with no connective and no
        argument ("As of late 2021, 6.7 million people were covered …"): facts, no more of the order
        (hundred-fourth; they go on with the report the order interrupted, not with who gave it).
        Guarded by a digit in the sentence and one match at the last statement's start."""
        if not self.found or not any(map(str.isdigit, self.text[lo:hi])):  # (the digit test in C: no Python step a character)
            return False
        k = self._first_found_from(lo)  # (the statement before the sentence, in order of the text)
        if k == 0:
            return False
        last = self.found[k - 1]
        return _AN_ORDER.match(self.text, last.start, last.end) is not None \
            and not _CONNECTIVE.match(self.text, lo, hi) and not _ARGUES.search(self.text, lo, hi)

    def _thanked_side_is_willing(self, lo: int, hi: int) -> bool:
        """text[lo:hi] says the side the last statement thanked is willing to act ("Foreign Minister thanked the Saudi
        government for helping the people … . The Saudi government is willing to build a University hospital …",
        fivehundredfiftyseventh, Somaliland's foreign ministry): the readout tells what the other side offers, not more
        of the thanks. Its subject, "The" and up to six words before "is/are willing to", stands after "thank" in that
        statement; a body of the speaker's own ("The Times is willing to …" after its editor thanked a guest) goes on."""
        if self.text[lo:lo + 4] != "The ":
            return False
        verb = self.text.find(" willing to ", lo, hi)
        if verb < 0 or self.text[lo:verb].count(" ") > 7:
            return False
        subject = self.text[lo + 4:verb].removesuffix(" is").removesuffix(" are")
        k = self._first_found_from(lo)
        if k == 0 or not subject:
            return False
        last = self.found[k - 1]
        thanks = self.text.find("thank", last.start, last.end)
        return thanks >= 0 and self.text.find(subject, thanks, last.end) >= 0

    def _names_someone_in(self, lo: int, hi: int) -> bool:
        """Whether a person's name stands in text[lo:hi] (seventyeighth 72213: "“…,” he said. President of France
        Emmanuel Macron … are now taking a very active position …": the report may go on about the people it names)."""
        k = bisect_left(self.name_starts, lo)
        return k < len(self.name_spans) and self.name_spans[k][0] < hi

    def _continues(self, lo: int, hi: int) -> bool:
        """A sentence with no subject of its own that goes on with the last statement
        of its paragraph: it names no one and no meeting, and it opens with a
        connective ("In particular", "However"), or argues (a modal verb, an
        evaluation), or tells what was being reported, with no actor and no source
        of its own ("The Minister reported on the economy. The industrial production
        rose by 5.7%, …")."""
        if credit_in_parentheses(self.text, lo, hi):
            return False  # "(Contributed Story)": the page's credit, no words of the last speaker
        if self._tells_of_events(lo, hi) or self._group_acts(lo, hi) or their_people_met(self.text, lo, hi):
            return False  # (and "Five of Scott's cabinet members also met with …": his staff act)
        if self._meeting_turns_to_a_topic(lo, hi) and not self._reported_talks_go_on(lo, hi):
            # (fivehundredthirtysecond sintmaarten_gov carenco: "During the meeting the Prime Minister emphasized … .
            # Also discussed was the significance of combatting trans-border crime, …": the meeting's next topic with
            # no agent, no more of her report, though it opens "Also", as `_carry_report` stops there)
            return False
        if self._names_in(lo, hi):
            return False  # names someone: narrative about them, or their own statement
        sentence = self.text[lo:hi]
        if " and " in sentence and states_acted_together(self.text, self._head_subject(lo, hi)):
            return False  # (sixhundredthirtyeighth dailytimes_2022-06-08: "For his part, X said that … . Fiji and Samoa
            # established diplomatic ties in 1974.": what the states did, the readout's background, in his paragraph)
        if " the " in sentence and self._described_person_acts(lo, hi):
            return False  # "… is one of the top priorities the President identified …": the readout tells of him
        if self._lists_things(lo, hi):
            return False  # "The actions include:": the things announced are listed, no one speaks
        if ":" in sentence and _AWARDS_LISTED.search(sentence):
            return False  # "In particular, the award was received by: soldier X who …": the ceremony's list
        if self._press_account(lo, hi):
            return False  # "According to the government, 61,000 new cases …": a source of its own
        if sentence[:1] == "T" and "ed by " in sentence and EVENT_ORGANISED.match(sentence):
            return False  # "The seminar was organised by …": who held the event, the readout's account
        if programme_told(self.text, lo, hi):
            return False  # "The celebration will culminate with a festival …": the event's programme, the readout's
        if "here " in sentence[:60] and HOW_MANY_ATTENDED.match(sentence) is not None:
            return False  # "There were more than forty participants at the meeting.": who attended, the readout's account
        if sentence.startswith("Also ") and _PRESENT_WAS.match(sentence) is not None:
            return False  # (sevenhundredsixtysecond mongoliaeconomy: "Wan Bo also said he hoped …. Also present at the
            # meeting was B. Enkh-Amgalan, Mongolia’s consul general in Hohhot.": who attended, the readout's account)
        if sentence[:1] in "ATDBLR" and describes_a_document(self.text, lo, hi):
            # (hundred-seventy-second 72017: "X announced that he had signed a decree … . The decree also provides
            # for an increase in …": what the decree does, not more of what he said)
            return False  # "According to the bill, a fine … will be imposed …": the document's, no one's words
        if self._what_the_praised_did(lo, hi):
            return False  # "… congratulated Y for launching the Fund. This success has laid …": the readout's comment
        if sentence[:4] == "The " and glosses_an_initialism(self.text, lo, hi):
            return False  # "… the Valdara Organic Law (VOL) … . The VOL provides for …": the writer's gloss, no one's
        if _CONNECTIVE.match(sentence):
            # (three-hundred-thirty-first japan mofa press4e_002421: "… was briefed in detail by Secretary of State Pompeo on
            # …. In addition, based on this, the two foreign ministers closely aligned their policies …": the people who
            # met act together after the connective, no more of his report)
            return not self._body_acts(lo, hi) and not self._who_met_act(lo, hi)
        if WHAT_WAS_DONE.match(sentence):
            return False
        if " then " in sentence and THEN_ACTED.match(sentence) is not None:
            return False  # (hard62: "… the conductor responded …, saying that … . The choir then sang two songs …": the
            # readout's account of what came next, no more of his words)
        if _ARGUES.search(sentence):
            return not self._thanked_side_is_willing(lo, hi)
        if sentence[:1] in "NTCD" and ONGOING_PROCESS.match(sentence):
            return not self._has_cue_word(lo, hi)  # "Negotiations on grants … are underway": the report goes on
        if " by " in sentence and _DONE_BY_SOMEONE.search(sentence):
            return False  # "The message was delivered by the Ambassador in Tadria.": he acts, no one speaks on
        if " by the " in sentence and DONE_BY_A_BODY.search(sentence):
            return False  # "The deliveries will be carried out by the Defence Ministry …": a body acts
        if " to " in sentence and _DONE_FOR_SOMEONE.search(sentence):
            return False  # "… further briefings will be provided to the President …": done for him, no one speaks on
        return not self._has_cue_word(lo, hi) and not self._has_actor(lo, hi)

    def _reported_place_would_like(self, cue: Cue) -> bool:
        """The cue is "would like to" whose subject is the one-word name of a place the last statement reported as its
        that-clause's subject (sixhundredseventysixth whatsonsanya, a deputy mayor briefing guests: "He said that Sanya
        was undertaking urban reformation … . The flourishing development of tourism … ; therefore Sanya would like to
        draw lessons from …"): the place he speaks for, its wish in his backshifted words, no one who speaks of its own
        (`_continues` reads the sentence on with his report). Guarded by the cue's words, then the last statement."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None or phrase.kind != "name" or " " in phrase.text \
                or phrase.possessive or not self.text.startswith(("would like to ", "would also like to "), cue.verb_start) or not self.found:
            return False
        last = self.found[-1]
        return last.kind == "indirect" and last.person is not None \
            and self.text.find(f" that {phrase.text} ", last.start, last.end) >= 0

    def _described_person_acts(self, lo: int, hi: int) -> bool:
        """Whether a person named by an office ("the President", "the Prime Minister") is the subject of a verb in the
        past inside text[lo:hi], not at its head: the readout's voice telling of that person in the third person,
        which no report of theirs carried on does (three-hundred-eighty-fifth whitehouse 2016-11-09: "The President
        invited the President-elect to meet with him … . Ensuring a smooth transition of power is one of the top
        priorities the President identified at the beginning of the year …"), as a name there is (`_names_in`)."""
        text = self.text
        for acts in _DESCRIBED_SUBJECT_PAST.finditer(text, lo + 1, hi):
            phrase = phrase_starting_at(text, acts.start(), hi)
            if phrase is not None and phrase.kind == "description" and phrase.end == acts.start("verb") - 1:
                return True
        return False

    def _lists_things(self, lo: int, hi: int) -> bool:
        """A lead-in whose verb is "include" ("The actions include:"): what is listed is
        things done or announced, in the readout's voice (as "The steps X announced include:")."""
        end = strip_tail(self.text, lo, hi)
        if not self.text.startswith(":", end) and not self.text.startswith(":", end - 1):
            return False
        last = word_back(self.text, max(lo, end - 12), end)
        return last is not None and self.text[last[0]:last[1]].lower() in ("include", "includes", "included")

    def _common_noun(self, subject: Phrase) -> bool:
        """A lone capitalised word no one is known by, that the readout also writes
        in lower case: a sentence's first word, not a name ("Documents regarding
        education were verified", the text speaking of "documents" elsewhere); or
        a doctrine's name ("Unilateralism and protectionism will lead nowhere": no
        person's name ends in -ism)."""
        if not lone_word(subject):
            return subject.kind == "name" and subject.text.find(" in ") > 2 and self._noun_in_a_place(subject)
        if self.people.match_name(subject.name) is not None:
            return False
        word = subject.name[0]
        return word[:1].isupper() and word[1:].islower() and (
            word.endswith(_ABSTRACT_ENDINGS) or _lower_case_use(self.text, word.lower())
            or word.endswith(_PLURAL_NOUN_ENDINGS) and _PLURAL_VERB.match(self.text, subject.end) is not None
            or _ADJECTIVE_BEFORE_PLURAL.match(self.text, subject.end) is not None
            or _opens_as_a_modifier(self.text, word, subject.end)
            or word.lower().partition("-")[0] in _COUNTING_WORDS  # (and "Twenty-eight percent of …")
            or word.endswith("s") and _PLURAL_DONE_TO.match(self.text, subject.end) is not None
            or _NOUN_BEFORE_ITS_VERB.match(self.text, subject.end) is not None
            or _opens_a_compound_plural(self.text, subject.end)
            or _PARTICIPLE_AFTER_LONE_WORD.match(self.text, subject.end) is not None
            or _THINGS_AFTER_LONE_WORD.match(self.text, subject.end) is not None
            or _STATE_OF_WORK.match(self.text, subject.end) is not None
            or self._thing_in_report(word, subject.end)
            or word.endswith("ing") and (_PLURAL_AND_ITS_PLACE.match(self.text, subject.end) is not None
                                         or _GERUND_AND_ITS_OBJECT.match(self.text, subject.end) is not None
                                         or len(word) > 5 and _GERUND_SUBJECT.match(self.text, subject.end) is not None
                                         or len(word) > 5 and _BRANCH_OF_ECONOMY.match(self.text, subject.end) is not None))

    def _noun_in_a_place(self, subject: Phrase) -> bool:
        """"Crime in Ingushetia was also down by 7.4 percent, …" (two-hundred-ninth 17579, after "Mr Yevkurov
        informed the President about an increase in …"): a capitalised common noun, "in" and the place it is
        counted in, read together as one name; the words after it show a thing (`_thing_in_report`: an amount
        that changed), no one's name. Only one word before "in", no office, and no person known by it."""
        text = subject.text
        cut = text.find(" in ")
        word = text[:cut]
        if subject.role or " " in word or not word[1:].islower() or not self._thing_in_report(word, subject.end):
            return False
        return self.people.match_name((word,)) is None

    def _thing_in_report(self, word: str, end: int) -> bool:
        """A lone capitalised word (`_common_noun`'s) that the words after it show to be a thing,
        as officials' reports open their sentences: a noun made from a verb or an adjective ("-tion",
        "-ment", "-ness", "-ity": "Construction has begun …", "Gasification of villages continues"),
        not the readout's own word on what comes next ("Collaboration will continue …"); an amount
        that changed ("Exports rose by 20 percent", "Tax revenues increased …", "Grain harvest reached
        a record …"); a noun and its object ("Demand for housing remains high"); or a thing done
        ("Funding has been allocated …", "Attention is paid to …", "Work has started on …"). No
        person's name is followed so (a person unknown to the readout is hardly named by one word)."""
        text = self.text
        if len(word) > 6 and word.endswith(_VERBAL_NOUN_ENDINGS):
            return _FUTURE_NEXT.match(text, end) is None
        return _AMOUNT_CHANGED.match(text, end) is not None or _NOUN_AND_ITS_OBJECT.match(text, end) is not None \
            or word.endswith("s") and _PLURAL_AMOUNT_CHANGING.match(text, end) is not None \
            or _DONE_TO_A_THING.match(text, end) is not None \
            or (text.find(" by ", end, end + 160) >= 0 or text.find(" amount", end, end + 160) >= 0) \
            and _AMOUNT_CHANGED_BY.match(text, end) is not None

    def _body_acts(self, lo: int, hi: int) -> bool:
        """An institution is the subject after the opening connective ("In addition,
        the Congress considered …"): the readout tells what it did."""
        if LEADING_ADVERBIAL.match(self.text, lo, hi) is not None:
            subject = self._head_subject(lo, hi)
        elif self.text[lo] in "CPRS" and (now := _NOW_OPENING.match(self.text, lo, hi)) is not None:
            # "Currently, the Ministry of Digital Transformation is finalizing …": what a body does now
            subject = phrase_starting_at(self.text, now.end(), hi)
        else:
            return False
        if subject is not None and subject.text.islower() and (_ARGUES.search(self.text, subject.end, hi)
                                                               or _MODAL.search(subject.text)):
            # (the phrase may run over the modal: "Secondly, the army should be reequipped.")
            return False  # "At the same time, security on the route must be guaranteed …": an argument
        if subject is not None and _BODY_MAY.search(self.text, subject.start, min(hi, subject.end + 8)):
            return False  # "At the same time, the Security Council may need to adopt …": what a body
            # may, must or should do is an argument, not what the readout tells it did
        return subject is not None and subject.kind == "thing" and can_act(subject, self.text)

    def _has_actor(self, lo: int, hi: int) -> bool:
        """Someone or some body does what the sentence tells: its subject, at its head
        or after an opening phrase ("Earlier this year, FCC issued …", "During the
        call, the advisers coordinated …"), is a person, a group, a name or an
        institution ("The ministry expected …")."""
        subject = self._head_subject(lo, hi)
        if subject is not None and can_act(subject, self.text) and not _FINDINGS_OF.match(self.text, subject.end, hi) \
                and not self._common_noun(subject) \
                and not (subject.kind == "group" and (all_that(self.text, subject)
                                                      or counted_as_a_share(self.text, subject, hi))):
            return True  # (not "The Center’s Surveillance Program data show …": the data tell; not "Representatives
            # of small and medium-sized enterprises provide 70% of all tax revenue …": a share counted, `shares_counted`)
        text = self.text
        first = FIRST_WORD_OF.match(text, lo, hi)
        if first is None or first.group().lower() not in INTRO_WORDS:
            return False
        comma = text.find(",", lo, min(hi, lo + 120))
        # (after "today", "also": "To support state leaders, today the White House released …")
        return comma > 0 and can_act(phrase_starting_at(text, self._skip_fillers_forward(comma + 1, hi), hi), text)

    def _according_source_closes(self, hi: int, cue: Cue) -> bool:
        """Whether `cue` is ", according to <person>" (or ", per <person>") with nothing after the person but the
        sentence's stop."""
        return cue.phrase is not None and self.text.startswith((", according to ", ", per "), cue.verb_start - 2) \
            and _name_and_office_close(self.text, cue.phrase.end, hi)

    def _per_source_closing(self, lo: int, hi: int) -> Cue | None:
        """The person named after ", per " when the name closes the sentence (`_PER_A_NAMED_SOURCE`: "…, per
        Slater."), as the cue of "…, according to Slater." is; none for a name the readout makes no one ("per
        Reuters") or with more of the sentence after it ("per Article 5 of …")."""
        at = self.text.find(", per ", lo, hi)
        per = _PER_A_NAMED_SOURCE.match(self.text, at + 2, hi)
        if per is None or hi - per.end() > 60 or self.text.find(",", per.end(), hi) >= 0:
            return None
        cue = self._according(per, hi)
        return cue if cue is not None and _source_named_last(self.text, per.start(), cue, hi) else None

    def _spokesperson_closes(self, lo: int, hi: int, subject: Cue, cue: Cue) -> bool:
        """Whether `cue` is a spokesperson's tag closing the account of `subject`, another person, who opens the
        sentence with a verb of speech ("Minister X stressed that …, Ms. Y said.", "…, the spokeswoman said.", "…, she
        said."): the teller holds a spokesperson's office ("his spokesman, Mr. Y", "the ministry's spokeswoman,
        Ms. Y"), the tag follows a comma and ends the sentence but for when, where or how (`_SOURCE_TAIL`), the sentence
        opening its paragraph. Not a teller of any other office ("…, Minister Y said.": his own report), nor a subject
        after an opening phrase, nor a sentence inside a paragraph of the spokesperson's own account."""
        text = self.text
        person = cue.person
        if lo > 0 and text[lo - 1] != "\n":
            return False  # (two-hundred-ninety-second tw_president: "The spokesperson stated that President Lai …
            # President Lai also expressed confidence …, the spokesperson said.": inside a paragraph she has been
            # telling, her account goes on, hers whole, as its gold has it; only a report that opens its paragraph)
        if cue.phrase is None or subject.phrase is None or subject.phrase.start - lo > 1 \
                or text[cue.verb_start:cue.verb_end] not in _SOURCE_VERBS or person is None:
            return False
        if not any(role.endswith(_SPOKESPERSONS) for role in person.roles):
            return False
        comma = text.rfind(",", subject.verb_end, cue.phrase.start)
        return comma > subject.verb_end and cue.verb_start - comma < 60 and "“" not in text[comma:cue.verb_start] \
            and _SOURCE_TAIL.match(text, cue.verb_end, hi) is not None

    def _source_closes(self, lo: int, hi: int, cue: Cue) -> bool:
        """Whether `cue`, with no person, is the account's source closing the sentence (hard21, a wire's
        "…, the presidential press office said.", "…, his office said in a statement after …", "…, two
        officials familiar with the talks said.", "…, a senior administration official told reporters on a
        conference call."): a reporting verb after a comma, its subject no group, nothing after it but
        when, where or how it was said."""
        text = self.text
        if text[cue.verb_start:cue.verb_end] not in _SOURCE_VERBS or cue.phrase is None \
                or cue.phrase.kind == "pronoun" \
                or cue.phrase.kind == "group" and not cue.phrase.text.lower().endswith(_SOURCE_GROUPS):
            return False  # (not "…, both sides said.": the people who met, together)
        if text.startswith(("however", "but "), cue.phrase.start):
            return False  # ("…, however, since then Washington has backtracked and said …": a clause of its own after
            # the turn, `speech_subjects._subject_of_a_concessive_clause`, no source of the report before it)
        comma = text.rfind(",", lo, cue.verb_start)
        return comma > lo and cue.verb_start - comma < 90 and "“" not in text[comma:cue.verb_start] \
            and _SOURCE_TAIL.match(text, cue.verb_end, hi) is not None

    def _possessed_noun_read_as_a_cue(self, cue: Cue) -> bool:
        """Whether a cue with no person is only a noun after a possessive ("extended his best wishes": "his best" and
        "wishes" read as a subject and its verb): no clause of anyone's."""
        phrase = cue.phrase
        return cue.person is None and phrase is not None and phrase.kind == "thing" \
            and self.text.startswith(("his ", "her ", "its ", "their "), phrase.start)

    def _agent_of_what_was_told(self, lo: int, hi: int) -> Person | None:
        """The person named as the agent of a passive that says who told what the sentence before told, "This was
        disclosed by X during a news conference …" (eighthundredeightythird malaymail 2020-02-27: after a lead of the
        Governor's wish, "This was disclosed by Adly during a news conference …", then "“I had a meeting with Tun
        yesterday …" / "“…,” he said"): the sentence is narrative (where he spoke), but X is the one a later "he" means,
        not the lead's subject. Only "This"/"That"/"It" opening the sentence, a passive of a verb of telling and "by"
        right before a person's phrase that resolves to someone (not weak); None else (`_TOLD_BY_AGENT`)."""
        if self.text[lo:lo + 1] not in "TI":
            return None
        told = _TOLD_BY_AGENT.match(self.text, lo, hi)
        if told is None:
            return None
        phrase = phrase_starting_at(self.text, told.end(), hi)
        if phrase is None or not phrase.is_person or phrase.start != told.end():
            return None
        person = self._resolve(phrase, phrase.start)
        return None if person is None or person.weak else person

    def _surname_opening(self, lo: int, hi: int) -> Person | None:
        """The person whose bare surname opens a sentence with no speech, before a word in lower case, when no name of
        the registry's starts there (eighthundredeleventh devdiscourse, ANI printing the Goa CMO: "Sawant also met with
        Union Minister … JP Nadda at the national capital. He congratulated him on …"): the subject, for "he" later,
        is Sawant, not the first name the registry holds in the sentence (Nadda, the one met); with no other name in
        the sentence too ("Zulum spoke to State House Correspondents after the meeting. He disclosed …": Zulum, not the
        subject noted before). Only the surname of one named in full before it (`_named_in_full_by_a_word`); None
        else. The surname may follow a short fronted phrase of time or place and its comma, no name of the registry's
        in it (`_FRONTED_BEFORE_A_SURNAME`; eighthundredninetyninth sunnewsonline 2021-06-24: "Later in Maiduguri,
        Zulum alleged corruption in …. He maintained …": he is Zulum, not the UN coordinator named before)."""
        text = self.text
        if not text[lo:lo + 1].isupper():
            return None
        k = bisect_left(self.name_starts, lo)
        if k < len(self.name_starts) and self.name_starts[k] == lo:
            return None  # a name the registry holds opens it, read as always
        # (no other name near the opening: the surname is still the subject, for "he" later; eighthundredninetyninth
        # thenigerianvoice 2020-04-09: "President Muhammadu Buhari … met with Governor Babagana Zulum … / Zulum spoke
        # to State House Correspondents after the meeting. / He disclosed that …": he is Zulum, not Buhari)
        start = lo
        if text[lo:lo + 3] in _FRONTED_FIRST_LETTERS and (fronted := _FRONTED_BEFORE_A_SURNAME.match(text, lo, hi)):
            if k < len(self.name_starts) and self.name_starts[k] < fronted.end():
                return None  # ("Later, Nadda met …": a name the registry holds opens the clause, read as always)
            start = fronted.end()
        # (no other name near the opening, or a fronted phrase: only before a past act, not a state;
        # sixhundredfourteenth bernama zambry: "Balakrishnan is in Malaysia in conjunction with …" notes no subject, as
        # before; the cheap test first, on the second or third word, before the phrase is read: "Zulum spoke …", "Dr
        # Zulum spoke …")
        act_only = start > lo or k >= len(self.name_starts) or self.name_starts[k] >= min(hi, lo + 60)
        if act_only and ((space := text.find(" ", start, hi)) < 0 or not _past_act_after(text, space + 1, hi)
                         and ((second := text.find(" ", space + 1, hi)) < 0
                              or not _past_act_after(text, second + 1, hi))):
            return None
        phrase = phrase_starting_at(text, start, hi)
        if phrase is None or phrase.kind != "name" or len(phrase.name) != 1 or phrase.possessive \
                or not text.startswith(" ", phrase.end) or not text[phrase.end + 1:phrase.end + 2].islower() \
                or act_only and not _past_act_after(text, phrase.end + 1, hi):
            return None
        return self._named_in_full_by_a_word(phrase)

    def _body_opens_as_source(self, lo: int, cue: Cue, next_cue: Cue) -> bool:
        """Whether `cue`, with no person, is a body that opens the sentence as the source of one person's account right
        after it (`_BODY_OPENS_AS_SOURCE`; sixhundredsixtysecond sowetanlive biden: "The presidency said in a
        statement that Ramaphosa was hopeful about …"; "In a statement, the Foreign Ministry said X also stressed …"),
        as "…, his office said." closes one (`_source_closes`): the account is that person's. The body may be read as
        a description, an office's possessive before it (eighthundredeleventh thefreedompress, IANS printing the Goa
        CMO: "The Chief Minister’s Office in a statement said Sawant congratulated PM Modi on …"): the pattern still
        wants the body's word last, so a person's description ("The Chief Minister said …") is never one."""
        text = self.text
        phrase = cue.phrase
        if phrase is None or phrase.kind not in ("thing", "description") \
                or text[cue.verb_start:cue.verb_end] not in _SOURCE_VERBS \
                or next_cue.phrase is None or phrase.start - lo > 36 or next_cue.phrase.start - cue.verb_end > 40:
            return False
        return _BODY_OPENS_AS_SOURCE.fullmatch(text, lo, phrase.end) is not None \
            and _SOURCE_OPENING_TAIL.fullmatch(text, cue.verb_end, next_cue.phrase.start) is not None

    def _spokesperson_pronoun_opens_as_source(self, lo: int, cue: Cue, next_cue: Cue) -> bool:
        """Whether `cue` is "He said" / "She said" opening the sentence, its person an unnamed spokesperson or official
        (no name, a spokesperson's or an official's form: "a Raj Bhavan spokesperson"), right before a named person's
        account (eighthundredsixtyfirst menafn 2025-09-27: "…, a Raj Bhavan spokesperson said. He said Gupta appreciated
        the Army's role …"): the release's channel, the account Gupta's, as "The statement said the CM informed …"
        (`_body_opens_as_source`). Cheap tests first: the pronoun opens the sentence, the verb is a source's."""
        text = self.text
        person, phrase = cue.person, cue.phrase
        if phrase is None or phrase.kind != "pronoun" or phrase.start - lo > 1 or person is None or person.names \
                or text[cue.verb_start:cue.verb_end] not in _SOURCE_VERBS or next_cue.phrase is None \
                or next_cue.phrase.start - cue.verb_end > 12:
            return False
        if not any(form.lower().endswith(_UNNAMED_CHANNELS) for form in person.forms):
            return False
        return _SOURCE_OPENING_TAIL.fullmatch(text, cue.verb_end, next_cue.phrase.start) is not None

    def _segments(self, lo: int, hi: int, cues: list[Cue]) -> list[tuple[int, int, Cue]]:
        """Cut a sentence where a second speaker's clause begins.

        A cue that closes the sentence ("…, the President said.", "…, X said as he
        met …") governs all of it: what comes before is what was said. So does one
        that opens it as its source ("According to X, …", "As X said, …"): what
        others said after it is what X reported ("According to the President, the
        Chancellor confirmed …")."""
        if len(cues) > 1 and self._in_opening_phrase(lo, cues[0], cues[1]):
            cues = cues[1:]  # "In his remarks at the conference, X emphasized …": all of it X's
        first = cues[0]
        if len(cues) > 1 and first.person is None and cues[1].person is not None \
                and all(cue.person is cues[1].person or self._possessed_noun_read_as_a_cue(cue) for cue in cues[2:]) \
                and self._body_opens_as_source(lo, first, cues[1]):
            # "The presidency said in a statement that X was hopeful …": X's, all of it; so with X's second verb after
            # ("The Chief Minister’s Office in a statement said X congratulated Y … and extended his best wishes …",
            # "his best wishes" read as a cue of its own, no clause)
            return [(lo, hi, cues[1])]
        if len(cues) > 1 and first.person is not None and cues[1].person is not None \
                and cues[1].person is not first.person and self._spokesperson_pronoun_opens_as_source(lo, first, cues[1]):
            # "He said Gupta appreciated the Army's role …" after "…, a Raj Bhavan spokesperson said.": Gupta's
            return [(lo, hi, cues[1])]
        if first.person is not None and self._opens_as_source(lo, hi, first):
            return [(lo, hi, first)]
        if len(cues) > 2 and cues[-1].person is None and cues[-1].phrase is not None and cues[-1].phrase == cues[-2].phrase \
                and cues[-3].person is not None and self._source_closes(lo, hi, cues[-2]) \
                and _PARTICIPLE_AFTER_THE_SOURCE.match(self.text, cues[-2].verb_end, cues[-1].verb_end + 1) is not None:
            # (styles40 varenzia, a wire's: "X expressed willingness to expand …, the ministry said in a statement,
            # congratulating Y on her new position …"): the source's participle goes on with X's account, all of it X's
            cues = cues[:-1]
        if len(cues) > 1 and cues[-1].person is None and cues[-2].person is not None \
                and self._source_closes(lo, hi, cues[-1]):
            cues = cues[:-1]  # "X thanked Y …, his office said.": the source of the account closes X's statement
        elif len(cues) > 1 and cues[-2].person is not None and cues[-1].person not in (None, cues[-2].person) \
                and self._according_source_closes(hi, cues[-1]):
            # (styles42, a news agency's item on a WHO Regional Director's call: "Dr X expressed her happiness over …,
            # according to Ministry Spokesperson and Joint Secretary Y."): the one who told of X's words closes
            # them, as "his office said" does; X's statement, the source's name included
            cues = cues[:-1]
        elif len(cues) > 1 and cues[0].person is not None and cues[-1].person not in (None, cues[0].person) \
                and all(cue.person is cues[0].person for cue in cues[1:-1]) \
                and self._spokesperson_closes(lo, hi, cues[0], cues[-1]):
            # (hard85 spokeswoman: "Minister X stressed that …, Ms. Y said.", "Z had expressed …, she said." after
            # "the ministry's spokeswoman, Ms. Y, gave an account of the talks"): a spokesperson who tells of
            # another's words closes them, as "his office said" does; the words' speaker's statement, the tag included
            # ("The minister also offered … and invited …, the spokeswoman said.": his second verb too)
            cues = cues[:-1]
        last = cues[-1]
        adding: re.Match[str] | None = None
        if len(cues) > 1 and last.person is not None and cues[-2].person is last.person \
                and self.text.startswith(",", cues[-2].verb_end) \
                and (adding := _ADDING_AFTER.match(self.text, cues[-2].verb_end)) is not None \
                and adding.end() > last.verb_start:
            # (four-hundred-twenty-eighth probe of the Jordanian court's style: "The talks focused on the region, the
            # King said, adding that …": the cue that closes the words before it, then its own participle going on;
            # the closing cue governs all of it, as with nothing after it)
            last = cues[-2]
        if last.person is not None and last.phrase is not None and last.phrase.start > lo \
                and _comma_before_subject(self.text, lo, last.phrase.start) \
                and (_closes_sentence(self.text, last.verb_end, hi) or adding is not None
                     or self.text.startswith(", but ", last.verb_end)
                     and self.text[last.verb_end + 6:last.verb_end + 7].islower()) \
                and (all(c.person in (None, last.person) or _names_ahead(c, last) for c in cues)
                     or _told_the_press_after(self.text, last, hi)):
            # (hundred-ninety-fifth 29010: "The launch of the Bureyskaya plant also offered a chance to build up the
            # export potential, the President said, but that was not the main thing.": his words go on after "but",
            # no new subject named, and all of it is his; "offered", a thing's verb, cuts nothing)
            return [(lo, hi, last)]
        # (`len(cues) < 2 or`: no generator made for a sentence of one cue, the most)
        if (len(cues) < 2 or all(cue.person is first.person for cue in cues[1:])) \
                and (cut := self._fact_clause_before_and_a_named_speaker(lo, first)) is not None:
            # (fivehundredsixtieth, Busan's releases in English: "China is Korea’s second trading partner and Mayor
            # Park said that …"): the readout's own fact, then the speaker's clause after "and"
            return [(lo, cut, Cue(cut, cut, None, None)), (cut + 5, hi, first)]
        out: list[tuple[int, int, Cue]] = []
        start, current = lo, cues[0]
        prev_verb_end = cues[0].verb_end
        for cue in cues[1:]:
            if cue.coordinated or cue.person is current.person and cue.person is not None \
                    or current.person is not None and (self._no_clause(cue) or self._after_that(cue)) \
                    or self._after_and_that(cue) \
                    or self._after_that_and_adverbial(prev_verb_end, cue) \
                    or current.person is not None and self._group_in_relative_clause(prev_verb_end, cue) \
                    or current.person is not None and self._pair_in_that_clause(prev_verb_end, cue) \
                    or current.person is not None and self._joined_subject_after_bare_said(prev_verb_end, cue) \
                    or current.person is not None and self._after_speaking_participle_that(cue) \
                    or current.person is not None and self._second_subject_after_said(prev_verb_end, cue) \
                    or current.person is not None and self._after_said_and_a_meeting_phrase(prev_verb_end, cue) \
                    or current.person is not None and self._on_behalf_of_subject(cue) \
                    or current.person is not None and self._relative_clause_of_a_thing(cue) \
                    or current.person is not None and cue.person is None and cue.phrase is not None \
                    and reason_clause_of_no_one(self.text, cue.phrase.start) \
                    or current.person is not None and self._as_aside_after_that(prev_verb_end, cue) \
                    or current.person is not None and self._pronoun_after_a_bare_as(cue) \
                    or current.person is not None and self._reported_by_set_in_cue(current, cue) \
                    or current.person is not None and self._inside_a_quoted_that_clause(current, cue) \
                    or current.person is not None and self._body_in_present_after_that(prev_verb_end, cue):
                prev_verb_end = cue.verb_end
                continue
            boundary = None
            for match in _BOUNDARY.finditer(self.text, prev_verb_end, cue.start):
                boundary = match
            if boundary is None and current.person is not None:
                boundary = self._where_before_another_speaker(prev_verb_end, current, cue)
            if boundary is None or boundary.group() in ("after", "when") and current.person is not None \
                    and self._adverbial_before_that(prev_verb_end, boundary, cue) \
                    or boundary.group() == "and" and current.person is not None \
                    and _JOINED_NOUNS_BEFORE_A_CONTACT_CLAUSE.fullmatch(self.text, prev_verb_end, cue.start) \
                    or current.person is not None and cue.person is None and self.text.startswith("the ", cue.start) \
                    and _TOPICS_BEFORE_A_CONTACT_CLAUSE.search(self.text, max(boundary.end(), cue.start - 60),
                                                               cue.start) is not None:
                prev_verb_end = cue.verb_end
                continue  # embedded: "X said that Y noted …", "X said after the call that Y was encouraged …"
            if cue.person is None and boundary.group() == "and" and not self.text[boundary.end():cue.start].strip() \
                    and (_THAT_LIST.search(self.text, prev_verb_end, boundary.start())
                         or self._closes_a_list_after_that(prev_verb_end, boundary.start())):
                prev_verb_end = cue.verb_end
                continue  # "X announced that A, B, and the Ministry proposed …": the last of a list, still X's
            if cue.person is None and boundary.group() == "and" and current.person is not None \
                    and self._things_joined_after_that(prev_verb_end, boundary.start()):
                prev_verb_end = cue.verb_end
                continue  # "X added that various policies such as A and the B Plan have conveyed …": one subject
            if cue.person is None and boundary.group() == "and" and current.person is not None \
                    and self._groups_joined_after_that(prev_verb_end, boundary.start(), cue):
                prev_verb_end = cue.verb_end
                continue  # "X added that the floor leaders and vice floor leaders agreed …": one subject, still X's
            if boundary.group() == "," and current.person is not None:
                boundary = self._relative_clause_set_in(prev_verb_end, boundary, cue)
            if boundary.group() == "," and current.person is not None \
                    and (office := self._office_set_off_after_and(prev_verb_end, cue)) is not None:
                # (fourhundredeightysecond antigua_govhouse: "Sir X also spoke on the role of … and Private Secretary,
                # Mrs Y spoke on the origins of …"): the comma sets off the second speaker's office; her clause opens
                # at that office, after "and"
                out.append((start, office - 5, current))
                start, current, prev_verb_end = office, cue, cue.verb_end
                continue
            out.append((start, boundary.start(), current))
            start = boundary.end() if boundary.group() in ",;:—–" or boundary.group().strip() == "-" else boundary.start()
            if self.text[boundary.start():boundary.end()] in ("and", "while", "whilst", "whereas", "but"):
                start = cue.start
                if cue.verb_end < cue.start and self.text.startswith(" by ", cue.verb_end):
                    # (hard72: "Particular attention was drawn by X to …, and a joint training scheme was proposed by
                    # the Governor."): a passive's agent follows its verb, the clause opens at its subject after "and"
                    start = boundary.end()
                elif self.text[cue.start].isupper() and _SUBJECT_WORDS_BEFORE.fullmatch(self.text, boundary.end(), cue.start):
                    # "…, and Department of Treasury Counselor to the Secretary X discussed …": the
                    # capitalised words the subject's phrase left out (its body) are his clause's too
                    # (not "… and the Task Force the Vice President announced": a lower-case "the"
                    # opens a relative clause's subject)
                    start = skip_space(self.text, boundary.end(), cue.start)
            elif cue.phrase is not None and self.text[start:cue.phrase.start].strip() in _OPENERS_BEFORE_A_SPEAKER:
                start = cue.phrase.start  # "…, with Mr Putin expressing …", "… discussed …, where Prime Minister X
                # congratulated …": from the speaker on, the clause's opening word no one's words
            elif boundary.group() == "," and cue.phrase is not None and not self.text[start:cue.phrase.start].strip():
                start = self._clause_opener(prev_verb_end, boundary.start(), start)
            current = cue
            prev_verb_end = cue.verb_end
        if current.person is not None and self.text.find(", and ", current.verb_end, hi) >= 0:
            pair = _PAIRS_ACT.search(self.text, current.verb_end, hi)
            if pair is not None:
                out.append((start, pair.start(), current))
                start, current = pair.start() + 2, Cue(pair.end(), pair.end(), None, None)
        out.append((start, hi, current))
        return out

    def _fact_clause_before_and_a_named_speaker(self, lo: int, cue: Cue) -> int | None:
        """Where a short clause of the readout's own ends, right before "and" and the one cue's named speaker ("China
        is Korea’s second trading partner and Mayor Park said that …"): a capitalised clause of at most ten words with a
        copula ("is", "are", "was", "were") and no comma, quotation or speech of its own before it; the position of the
        space before "and", or None (a cheap `endswith` first)."""
        phrase = cue.phrase
        text = self.text
        if cue.person is None or phrase is None or phrase.start - lo < 12:
            return None
        join = text.rfind(" and ", max(lo, phrase.start - 30), phrase.start)
        if join > lo and (" were " in text[lo:join] or " was " in text[lo:join]) \
                and _CAPITALISED_WORDS.fullmatch(text, join + 5, phrase.start) is not None:
            clause = text[lo:join]
            if clause[:1].isupper() and "," not in clause and "“" not in clause and '"' not in clause \
                    and _AGENTLESS_PASSIVE_END.search(clause) is not None:
                # (fivehundredsixtyseventh slmod australia_jewell: "The importance of … were discussed during the
                # session and Defence Secretary assured …": an agentless passive is no one's statement, GOLD-FORMAT)
                return join
        if phrase.kind != "name" or not text.endswith(" and ", lo, phrase.start):
            return None
        clause = text[lo:phrase.start - 5]
        words = clause.split()
        if not clause[:1].isupper() or len(words) > 10 or "," in clause or "“" in clause or '"' in clause \
                or not any(word in ("is", "are", "was", "were") for word in words[1:3]):
            return None
        return phrase.start - 5

    def _where_before_another_speaker(self, prev_verb_end: int, current: Cue, cue: Cue) -> re.Match[str] | None:
        """(fourhundredninetysecond miniszterelnok.hu trump call: "Mr Orbán congratulated the former US President on his
        campaign event in Arizona where Mr Trump said “in 2024 we are going to take back the White House”.") "where"
        with no comma before it, right before a second named speaker's cue: the place's relative clause is that
        speaker's, cut from the first one's words as ", where" is (`_OPENERS_BEFORE_A_SPEAKER`); its match stands for
        the boundary. None otherwise (a cheap `endswith` first)."""
        phrase = cue.phrase
        if phrase is None or phrase.kind != "name" or cue.person is None or cue.person is current.person \
                or not self.text.endswith(" where ", max(prev_verb_end, phrase.start - 7), phrase.start):
            return None
        return _WHERE_WORD.match(self.text, phrase.start - 6)

    def _reported_by_set_in_cue(self, current: Cue, cue: Cue) -> bool:
        """A later cue of no person whose subject comes right after the comma that closes `current`, a cue set in
        between commas (hard27: "…, a point on which, the President said, Korvania fully concurred."): the clause
        the set-in cue reports, his words, not a clause of its own."""
        text = self.text
        return cue.person is None and cue.phrase is not None and current.phrase is not None \
            and text.startswith(", ", current.verb_end) and not text[current.verb_end + 2:cue.phrase.start].strip() \
            and text.endswith(", ", 0, current.phrase.start)

    def _relative_clause_set_in(self, prev_verb_end: int, comma: re.Match[str], cue: Cue) -> re.Match[str]:
        """The comma before the relative clause whose opening the later cue is set into (hard27: "…, the
        Secretary-General was firm … that only a political process could end the fighting, a point on which, the
        President said, Korvania fully concurred."): the relative clause, its head noun with it, is the later
        speaker's, so the earlier clause ends at the comma before "a point"; else `comma` itself. Only an inserted
        cue (a comma after its verb) right after "which" or "whom" and a comma, the head a few words with no
        boundary of its own."""
        text = self.text
        if not text.endswith((" which", " whom"), prev_verb_end, comma.start()) \
                or cue.phrase is None or text[comma.end():cue.phrase.start].strip() \
                or not text.startswith(", ", cue.verb_end):
            return comma
        head = text.rfind(", ", max(prev_verb_end, comma.start() - 40), comma.start())
        if head < 0 or _BOUNDARY.search(text, head + 1, comma.start()) is not None:
            return comma
        return _BOUNDARY.match(text, head) or comma

    def _adverbial_before_that(self, prev_verb_end: int, boundary: re.Match, cue: Cue) -> bool:
        """The "after" or "when" at `boundary` opens a time adverbial between an earlier speaker's verb and the
        "that" of what the speaker said, the later cue inside that clause (hard43 2025-03-18 sollmark call skarrow:
        "Presidential spokesman X said after the call that the President was encouraged by the Prime Minister’s
        commitment …"): the later cue is inside the spokesman's words, no clause of its own, as it is with no
        adverbial. Only a short adverbial with no comma, the verb's object at most a few words before it ("told
        reporters after the meeting that …")."""
        if boundary.start() - prev_verb_end > 30:
            return False
        text = self.text
        that = text.find(" that ", boundary.end(), min(cue.start, boundary.end() + 50))
        return that >= 0 and _NO_CLAUSE_MARK.search(text, prev_verb_end, that) is None

    def _closes_a_list_after_that(self, verb_end: int, before_and: int) -> bool:
        """The "and" at `before_and` closes a list of names (`_LIST_ITEM_BEFORE_AND`) in the clause "that"
        opens after the speaker's verb: cheap tests first (", " before the "and", a "that" after the verb)."""
        text = self.text
        return text.startswith(", ", before_and - 2) and text.find("that", verb_end, before_and) >= 0 \
            and _LIST_ITEM_BEFORE_AND.search(text, max(verb_end, before_and - 80), before_and) is not None

    def _things_joined_after_that(self, verb_end: int, before_and: int) -> bool:
        """The "and" at `before_and` joins nouns into one subject of the clause "that" opens after the speaker's verb,
        and the later cue, no person's, is that subject's verb (eighthundredthirtythird thesun 2024-03-06: "He added
        that various policies and initiatives such as JSSEZ and the National Energy Transition Plan (NETR) have clearly
        conveyed the message that …": the plan is no speaker; the report was cut at "and", its rest no one's). Only
        where the words from "that" to the "and" are a noun phrase, at most twelve words with no auxiliary and no
        past form (not "X said that the leaders met and the ministry announced …": a verb before the "and"). So too the
        clause "how" opens right after a speech verb ("X noted how A and B had applauded …")."""
        text = self.text
        that = text.rfind(" that ", verb_end - 1, before_and)
        opens = that + 6
        if that < 0:
            verb = word_back(text, max(0, verb_end - 16), verb_end) if text.startswith(" how ", verb_end) else None
            if verb is None or text[verb[0]:verb[1]] not in SPEECH_VERBS:
                return False
            # (ninehundredfortysixth tribune 2023-01-13: "He noted how Nigerians and the International community had
            # applauded the conduct of the exercise."): a speech verb's "how" clause, as its "that" clause, holds
            # what he said; only "how" right after the verb
            opens = verb_end + 5
        words = text[opens:before_and].split()
        return 0 < len(words) <= 12 and not any(
            word in _FINITE_AUXILIARIES or word.endswith("ed") or word[-1:] in ",;:"
            or word.islower() and looks_like_verb([word], copula=False) for word in words)

    def _groups_joined_after_that(self, verb_end: int, before_and: int, cue: Cue) -> bool:
        """The "and" at `before_and` joins two groups into one subject of the clause "that" opens after the speaker's
        verb (sixhundredseventyeighth kbsworld 154052: "Han added that the floor leaders and vice floor leaders agreed
        to hold closed-door meetings …"): a group's phrase runs from "that" right up to the "and", and the cue's group
        follows it with at most two lower-case words between ("vice", "their"); what the two groups do is inside the
        speaker's report, not a clause of their own (not "X said that the leaders met and the ministers agreed …": a
        verb before the "and"). Cheap tests first: a group cue, a "that" after the verb."""
        text, phrase = self.text, cue.phrase
        if phrase is None or phrase.kind != "group":
            return False
        that = text.rfind(" that ", verb_end - 1, before_and)
        if that < 0 or _JOINED_GROUP_WORDS.fullmatch(text, before_and + 3, phrase.start) is None:
            return False
        subject = phrase_starting_at(text, that + 6, before_and)
        return subject is not None and subject.kind == "group" and not text[subject.end:before_and].strip()

    def _group_in_relative_clause(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of no one known (a group's, "the two leaders discussed") in a relative
        clause of place after the speaker's verb (eighty-ninth: "the president mentioned his
        recent meeting with the US president in Shanghai, where the two leaders discussed many
        issues …"): what the place saw, inside the speaker's clause, not a clause of its own. So
        a relative clause on the thing he named (four-hundred-fortieth whitehouse 2022-11-15: "President
        X expressed his appreciation to President Y for his efforts to renew the … Initiative, which they
        both agreed has been critical …": the pair's agreement on what he praised, inside his sentence)."""
        if cue.person is not None or cue.phrase is None:
            return False
        start = cue.phrase.start
        return start - prev_verb_end > 8 \
            and _RELATIVE_CLAUSE_OPENING.search(self.text, max(prev_verb_end, start - 14), start) is not None

    def _pair_in_that_clause(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of no one known whose subject is a pair counted by "both" ("A and B both favoured …") inside the
        "that" clause after the speaker's verb (third kremlin 26871: "James Baker … quoted an American saying, “…,” to
        point out that the Bush father and son both favoured closer ties with Russia."): the pair's "and" joins the
        subject, no clause of its own; what the pair did is still the speaker's words."""
        if cue.person is not None:
            return False
        verb = cue.verb_start
        gathered = _GATHERED_BEFORE.search(self.text, max(prev_verb_end, verb - 12), verb)
        return gathered is not None and gathered.group(1) == "both" \
            and self.text.find("that", prev_verb_end, cue.start) >= 0

    def _joined_subject_after_bare_said(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of no one known whose subject is two nouns joined by "and" and gathered by "all" or "both" right
        before its verb, all of it right after the speaker's "said" with no "that" (eighthundredfiftyninth voi 123854:
        "Governor Isran said the central government and regional governments all hoped that the whole community would
        remain in harmony …"): the subject of what the speaker reported, as "X said that A and B both favoured …"
        (`_pair_in_that_clause`) is, not a clause of the pair's own. Only with no mark between "said" and the verb and at
        most ten words (not "X said …, and the two sides all agreed …"). Cheap tests first: "said" right before, the
        quantifier before the verb."""
        if cue.person is not None or cue.phrase is None \
                or not self.text.endswith("said", prev_verb_end - 4, prev_verb_end):
            return False
        verb = cue.verb_start
        gathered = _GATHERED_BEFORE.search(self.text, max(prev_verb_end, verb - 12), verb)
        if gathered is None:
            return False
        between = self.text[prev_verb_end:gathered.start()]
        return " and " in between and not any(mark in between for mark in ",;:.") and len(between.split()) <= 10

    def _several_were_present(self, lo: int, hi: int) -> bool:
        """Whether the sentence at text[lo:hi] only says that several people were present ("The Ambassador …, Datin X,
        and the board's director for Europe, Y, were also present."): its opener is no subject a "He said …" after it
        means, who is the one who spoke before (a plain find first)."""
        return self.text.find(" were ", lo, hi) >= 0 and _WERE_PRESENT.search(self.text, lo, hi) is not None

    def _present_after_was(self, lo: int, hi: int, k: int) -> int:
        """The index of the subject's name in a sentence of presence put the other way round (fourteenth styles
        aldrenburg_state_chancellery: "Also taking part in the talks was the State Secretary for European Affairs and
        Head of the State Chancellery, Mr. Jens Obermayer." then "He emphasised …"): "Also present / taking part /
        attending … was", then an office however long and the name that ends the sentence, the last name in it;
        else len(name_spans), no subject (the k-th name, past the opening 60 characters, was none before either)."""
        text, spans = self.text, self.name_spans
        was = _PRESENT_WAS.match(text, lo, hi)
        last = bisect_left(self.name_starts, hi) - 1
        if was is None or spans[k][0] < was.end() or last < k or text.find(". ", was.end(), spans[last][0]) >= 0 \
                or text.find(" and ", spans[last][1], hi) >= 0 or hi - spans[last][1] > 3:
            return len(spans)  # (not "Also present were X and Y": a pair, nor a name before more words)
        return last

    def _after_a_long_fronted_phrase(self, lo: int, start: int, end: int) -> bool:
        """The name at text[start:end] is the subject after a long phrase that opens the sentence and ends in
        the one comma before it (two-hundred-seventy-sixth ireland_dfa_2016-05_reappointment: "Following his
        reappointment as Minister for Foreign Affairs and Trade, Charlie Flanagan has identified his immediate
        priorities …" then "He stated:"): a verb in lower case after the name, an opening word of
        `INTRO_WORDS` ("Following", "After", "During"). Not an aside's name ("…, X, the President said")."""
        text = self.text
        if start > lo + 160 or not text.startswith(", ", start - 2):
            return False
        set_off = text.startswith(", ", end)
        if not (text.startswith(" ", end) or set_off) or not text[end + 1 + set_off:end + 2 + set_off].islower():
            return False
        comma = text.find(",", lo, start - 2)
        if comma >= 0 and not (text.startswith(", the ", comma) and text[comma + 6:comma + 7].isupper()
                               and start - comma < 64 and (text.find(",", comma + 1, start - 2) < 0
                                                           or _second_office_set_off(text, comma + 2, start - 2))):
            # (one office before the name, its own comma after it: three-hundred-first ireland_taoiseach
            # 2017-01_stormont_update, "Following the Taoiseach’s phone call with Prime Minister May last night, the
            # Taoiseach, Enda Kenny has had a series of further engagements today." then "He encouraged …")
            return False
        if set_off and (comma < 0 or not looks_like_verb(self._words_after(end + 2, end + 62))):
            # (twenty-second hard calderra_anniversary_attacks_call: "On the first anniversary of the attacks …, the
            # President of the European Council, Piet Ravelijn, telephoned …" then "He had wished, he told her, …"):
            # the office's holder set off by commas on both sides, then the verb; not an aside's "…, X, who …"
            return False
        first = FIRST_WORD_OF.match(text, lo, start)
        if first is not None and text.startswith(": ", first.end()) and first.group()[:1].isupper():
            first = FIRST_WORD_OF.match(text, first.end() + 2, start)  # ("Moscow: Present in Moscow for …, the …")
        return first is not None and (first.group().lower() in INTRO_WORDS or _FRONTED_STAY.fullmatch(first.group()))

    def _opens_a_clause_after_an_event(self, lo: int, start: int, end: int) -> bool:
        """The name at text[start:end], the sentence's first, opens the clause after ", and" that follows a clause
        telling an event with no one as its subject (sevenhundredseventyfifth ncgov liu_qi_ganpo_culture: "2019 Jiangxi
        Promotion Conference for Cultural Province was held in Nanchang on May 9, 2019, and Liu Qi, Secretary of the
        Provincial Party Committee, attended the conference and delivered a speech." then "He stressed that …"): the
        sentence's subject, whom "he" next means; its verb in lower case after the name, or after an office set off
        by commas. The event's verb found with a plain find in the clause before the name."""
        text = self.text
        if start > lo + 240 or not text.startswith(", and ", start - 6) \
                or not any(text.find(verb, lo, start) >= 0 for verb in _EVENT_TOLD):
            return False
        after = end + 1
        if text.startswith(", ", end):
            close = text.find(", ", end + 2, end + 120)  # (the office set off: "Liu Qi, Secretary of …, attended")
            if close < 0:
                return False
            after = close + 2
        elif not text.startswith(" ", end):
            return False
        return text[after:after + 1].islower() and text[after:after + 4] not in ("and ", "who ")

    def _clause_opener(self, lo: int, comma: int, start: int) -> int:
        """Where the joined clause whose subject follows the comma at `comma` begins: at its
        opening phrase ("The leaders underscored …, and in this context, President X welcomed
        …": "in this context," is his clause's), else at `start`."""
        opener = _AND_OPENER.search(self.text, max(lo, comma - 60), comma)
        if opener is None or opener.group(1).lower() not in INTRO_WORDS:
            return start
        return opener.start(1)

    def _in_opening_phrase(self, lo: int, cue: Cue, following: Cue) -> bool:
        """`cue`, with no person, lies in the phrase that opens the sentence at `lo`
        before the speaker's cue `following` and begins no clause: a noun or a
        participle whose "subject" is a thing ("In his remarks at the conference,
        Finer emphasized …", "Responding to the concerns expressed by X, the
        President stressed …"). The sentence is the speaker's, that phrase included."""
        if cue.person is not None or following.person is None or not self._no_clause(cue):
            return False
        first = FIRST_WORD_OF.match(self.text, lo, cue.verb_start)
        if first is None or first.start() != lo:
            return False
        word = first.group()
        if word.lower() not in INTRO_WORDS and not (word.endswith("ing") and len(word) > 5):
            return False
        return self.text.find(",", cue.verb_end, following.start) >= 0

    def _after_and_that(self, cue: Cue) -> bool:
        """A later cue right after "and that": the second clause of what an earlier verb
        reports ("They further stated that they will …, and that President X has long
        called for …": the officials' words, not the President's statement)."""
        phrase = cue.phrase
        if phrase is None:
            return False
        # (the phrase may hold the "that": "that President X")
        that = phrase.start if self.text.startswith("that ", phrase.start) else phrase.start - 5
        if that < 0 or not self.text.startswith("that ", that):
            return False
        before = word_back(self.text, max(0, that - 9), that)
        return before is not None and self.text[before[0]:before[1]] == "and"

    def _after_that_and_adverbial(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue right after an earlier verb's "that" and a fronted adverbial ("The
        Secretary-General said that during his visit to Moscow, President X had agreed …"):
        what the earlier speaker reported, not X's statement. A body's or a pronoun's verb as well as
        a person's (sixhundredtwentieth thepress_mv 13319: "UNDP said in a statement that … . It said that
        during his illustrious tenure at UNDP, X has offered his support …": what the body said of him, no
        one's statement, as "The ministry said that X has offered …" with no adverbial is)."""
        start = cue.phrase.start if cue.phrase is not None else cue.verb_start
        if start - prev_verb_end > 130 or not self.text.startswith((" that ", " that, ", " today that ", " yesterday that "),
                                                                   prev_verb_end):
            return False  # (cheap: most later cues are not right after "that")
        return _THAT_ADVERBIAL.fullmatch(self.text, prev_verb_end, start) is not None

    def _after_speaking_participle_that(self, cue: Cue) -> bool:
        """A later cue whose subject follows a speech verb's participle and its "that", the participle
        joined to the speaker's clause (hundred-thirty-ninth: "Mr. X explained that …, while also noting
        that the President has made clear that …"): what the participle reports, the speaker's words,
        not the President's statement. Only where "ing that " stands right before the subject."""
        phrase = cue.phrase
        if phrase is None:
            return False
        that = phrase.start if self.text.startswith("that ", phrase.start) else phrase.start - 5
        if that < 3 or not self.text.startswith("ing that ", that - 4):
            return False
        match = _SPEAKING_PARTICIPLE_THAT.search(self.text, max(0, that - 40), that + 5)
        return match is not None and match.group(1) in SPEECH_VERBS

    def _second_subject_after_said(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of no one known whose subject follows "and" after a name right after
        "said" with no "that" (two-hundred-fortieth 28168: "Mr Koptev said Russia and the United
        States had agreed to jointly maintain the ISS."): the second half of the subject of what
        the speaker reported, not a clause of its own."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None or not self.text.startswith(" and ", phrase.start - 5) \
                or not self.text.endswith("said", prev_verb_end - 4, prev_verb_end):
            return False  # (cheap: the cue's subject right after "and", the earlier verb "said")
        words = self.text[prev_verb_end:phrase.start - 5].split()
        return 0 < len(words) <= 3 and all(word[:1].isupper() and word.isalpha() for word in words)

    def _body_in_present_after_that(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of a body (a thing's phrase, "the Chinese Embassy") after ", and " inside the "that" clause of
        the speaker's verb in the past, the body's verb in the present (sevenhundredtwentyeighth chinaembassy
        lu_kang: "Lu stressed that the people-to-people exchange is an important cornerstone …, and the Chinese
        Embassy encourages closer exchange … and will do its best to provide assistance."): the body's stance told in
        the report's own tense, still the speaker's words, not a clause of its own (not "…, and the Embassy
        welcomed …": a past verb may narrate). Cheap tests first: a thing's phrase right after ", and ", a verb
        ending in "s", the earlier verb's "ed" or "said"."""
        phrase, text = cue.phrase, self.text
        if phrase is None or cue.person is not None or phrase.kind != "thing" \
                or not text.startswith(", and ", phrase.start - 6) \
                or not text.endswith("s", cue.verb_start, cue.verb_end) or text.endswith("ss", cue.verb_start, cue.verb_end) \
                or not text.endswith(("ed", "said"), prev_verb_end - 4, prev_verb_end):
            return False
        return text.startswith(" that ", prev_verb_end) and text.find(". ", prev_verb_end, phrase.start) < 0

    def _after_said_and_a_meeting_phrase(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue whose subject follows "said" and a short phrase on the meeting set off by a comma, with no
        "that" ("Anwar said in the meeting, Ma’ruf also touched on the issue of Palestine …", fivehundredfourteenth
        Bernama): what the speaker reported of the other, as "X said that in the meeting, Y …" is
        (`_after_that_and_adverbial`), not a clause of the other's own. Cheap tests first: "said" right before,
        a comma within 60 characters."""
        phrase = cue.phrase
        if phrase is None or phrase.start - prev_verb_end > 60 \
                or not self.text.endswith("said", prev_verb_end - 4, prev_verb_end):
            return False
        return _SAID_MEETING_PHRASE.fullmatch(self.text, prev_verb_end, phrase.start) is not None

    def _as_aside_after_that(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue inside an "as …" aside set off by commas right after the speaker's "that" ("President X made
        clear that, as every other leader in both parties in Congress has affirmed, it is their shared duty …"): the
        aside names others who agree, the words after it are still the speaker's, not a clause of theirs."""
        aside = self.text.rfind("that, as ", prev_verb_end, cue.start)
        if aside < 0:
            return False  # (cheap: most later cues are in no such aside)
        if any(mark in self.text[aside + 9:cue.verb_start] for mark in ",;:"):
            return False  # (the aside closed before the cue: "that, as the talks go on, X stressed …")
        # (a speech verb with no complement of its own: "has affirmed,", not "as the talks went on,")
        return self.text[cue.verb_start:cue.verb_end] in SPEECH_VERBS \
            and _ASIDE_CLOSES.match(self.text, cue.verb_end) is not None

    def _pronoun_after_a_bare_as(self, cue: Cue) -> bool:
        """A later cue whose subject is "he" or "she" right after an "as" with no comma before it (the memorial page of
        thousandtwelfth: "He said Muharukua participated in building schools for Ovatua, Ovatjimba and Ovahimba people
        as she encouraged people to study …"): "as" makes the clause a reason or a time inside the speaker's report,
        told of someone, no statement of its own, so the "and" of a list before it cuts nothing. Not ", as she noted
        …" (a comma: an aside that may give another's words)."""
        phrase = cue.phrase
        if phrase is None or phrase.kind != "pronoun" or phrase.start < 4:
            return False
        return _BARE_AS_BEFORE.fullmatch(self.text, phrase.start - 4, phrase.start) is not None

    def _inside_a_quoted_that_clause(self, current: Cue, cue: Cue) -> bool:
        """A later cue inside the quotation that is all of the speaker's "that" clause, the quotation opened right after
        "that" and not yet closed at the later cue (sixhundredsecond capitalfm security chiefs: "She stated that “Led by
        Interior Cabinet Secretary X, the security chiefs thanked President Y for the support …”"): the quoted words
        are the speaker's, the clause inside them no statement of its own."""
        text = self.text
        opening = current.verb_end + 6
        if not text.startswith(" that ", current.verb_end) or text[opening:opening + 1] not in _THAT_CLAUSE_CLOSING_MARKS:
            opening = self._quoted_that_after_the_object(current, cue)
            if opening < 0:
                return False  # (cheap: most speakers' verbs open no quotation after "that")
        closing = _THAT_CLAUSE_CLOSING_MARKS[text[opening]]
        return opening < cue.start and text.find(closing, opening + 1, cue.start) < 0

    def _quoted_that_after_the_object(self, current: Cue, cue: Cue) -> int:
        """Where the opening mark stands of a quotation right after "that", when the speaker's verb has its listeners or
        when and where it was said between it and "that" (ninehundredtwentysecond vanguard 2021-10-10: "The Governor told
        journalists after the two meetings,that “my visit to Zaria today is like homecoming. They raised me, educated me,
        … .”": "They raised me" inside the quotation no clause of its own), "that" after a space or a comma (its space
        left out); -1 when none opens before the later cue within the reach, or a mark of a clause's end (a stop, a
        semicolon, a closing mark) comes between the verb and "that"."""
        text = self.text
        reach = current.verb_end + _THAT_AFTER_OBJECT_REACH
        at = text.find("that ", current.verb_end, reach if reach < cue.start else cue.start)
        if at < 0 or text[at - 1:at] not in (" ", ",") or text[at + 5:at + 6] not in _THAT_CLAUSE_CLOSING_MARKS:
            return -1
        between = text[current.verb_end:at]
        if any(mark in between for mark in ".;:”\"»"):
            return -1
        return at + 5

    def _on_behalf_of_subject(self, cue: Cue) -> bool:
        """A later cue of no one known whose "subject" is the object of "on behalf of" / "in the name of" right after
        "and" (three-hundred-seventy-eighth belarus_president_2020-05-04_tokayev_call: "X extended greetings to Y on …
        and on behalf of the people of Kazakhstan conveyed congratulations to Belarusians, stressing …"): the verb's
        subject is left out, it is the speaker's own second verb, not a clause of those he speaks for."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None or not self.text.endswith(" of ", 0, phrase.start):
            return False  # (cheap: the cue's subject right after "of ")
        return _ON_BEHALF_OF_BEFORE.search(self.text, max(0, phrase.start - 30), phrase.start) is not None

    def _relative_clause_of_a_thing(self, cue: Cue) -> bool:
        """A later speaker's cue in a relative clause on a thing the first speaker names, its verb's object the thing
        itself ("Minister Kishida said he expects that Japan’s unique efforts …, coordinated with the initiatives on
        the economic field that Secretary Kerry emphasizes, will achieve results …", two-hundred-fifty-fifth,
        mofa_press18e_000002): "that" or "which" after a noun before the subject, nothing after the verb but a
        comma or a stop. What the first speaker said, not the second one's statement."""
        phrase = cue.phrase
        if phrase is None or self.text[cue.verb_end:cue.verb_end + 1] not in (",", ".", ";"):
            return False  # (cheap: most verbs have their complement after them)
        that = phrase.start if self.text.startswith(("that ", "which "), phrase.start) else None
        if that is None:
            before = word_back(self.text, max(0, phrase.start - 7), phrase.start)
            if before is None or self.text[before[0]:before[1]] not in ("that", "which"):
                return False
            that = before[0]
        noun = word_back(self.text, max(0, that - 20), that)
        if noun is None:
            return False
        word = self.text[noun[0]:noun[1]]
        return word.isalpha() and word.islower() and word not in SPEECH_VERBS and word not in _NOT_A_NOUN_BEFORE_THAT

    def _after_that(self, cue: Cue) -> bool:
        """A later cue of no one known, right after "that" (or "that," with a stray
        comma): a clause of what the speaker said ("Gao pointed out that the sides
        should …, and that Zhenlan welcomes …": the country welcomes within his
        words), not a new speaker's."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None:
            return False
        end = phrase.start
        if self.text.endswith("that, ", 0, end):
            end -= 2  # (sevenhundredtwelfth jubamonitor: "X admitted that, they have briefed …": a comma typed after "that")
        before = word_back(self.text, max(0, end - 8), end)
        if before is not None and self.text[before[0]:before[1]] in _QUANTIFIERS_AFTER_THAT:
            # (two-hundred-eighty-fifth 2007-03-19: "He underlined his commitment to … promote key legislation on
            # debathification and hydrocarbons to ensure that all Iraqis committed to peace can benefit …": "all"
            # between "that" and the group, still within his words; not a new speaker's clause after "and")
            before = word_back(self.text, max(0, before[0] - 6), before[0])
        return before is not None and self.text[before[0]:before[1]].lower() == "that"

    def _no_clause(self, cue: Cue) -> bool:
        """A later cue that begins no clause of its own, inside what a speaker says: a
        noun or a participle read as a verb, its "subject" a thing that is no body and
        no text ("security guarantees", "Israel’s security guaranteed", "the recently
        announced partnership"), or a word after a preposition ("integrity of all
        states", "having all voices at the table")."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None:
            return False
        if cue.verb_end - cue.verb_start == 6 and self.text.startswith("states", cue.verb_start) \
                and (not STATES_WHAT.match(self.text, cue.verb_end)
                     or _IN_THE_ROLE_OF.search(self.text, max(0, cue.verb_start - 40), cue.verb_start)):
            # "relations among Kastravia and Gulf states globally": a noun (one "states that …"); so after "as" and a
            # word or two, whatever follows (four-hundred-thirty-eighth cyprus_mfa christofides_mattarella_credentials:
            # "…, as both partners within the European Union and as Mediterranean states, and assured of his …")
            return True
        if phrase.kind == "thing":
            # (but "…, while the students invited him …": a clause of its own after a conjunction)
            lone = phrase.text.isalpha() and phrase.text.islower()  # "security guarantees": a compound noun
            # (four-hundred-sixty-eighth agovaka-marsudi: "Foreign Minister X expressed, Solomon Islands hopes to …": a
            # country's whole name, "Islands" a body's word in it, is no body's clause of its own, as "Fiji hopes" is not)
            acts = can_act(phrase, self.text) and phrase.text.lower() not in NATIONALITIES
            return (lone or not acts and not WRITTEN_SUBJECT.match(phrase.text)) \
                and _CLAUSE_AFTER_CONJUNCTION.search(self.text, max(0, phrase.start - 16), phrase.start + 6) is None
        if phrase.kind == "group" and self.text.endswith(", with ", max(0, phrase.start - 7), phrase.start) \
                and self.text.endswith("ing", cue.verb_start, cue.verb_end):
            # (four-hundred-nineteenth canada_pm_2024-12-29_trudeau_zelenskyy: "…, with both leaders expressing the
            # need for …"): a group's "with" clause and its speech participle, a clause of the pair's, not an object
            return False
        before = word_back(self.text, max(0, phrase.start - 20), phrase.start)
        return before is not None and self.text[before[0]:before[1]].lower() in _NO_SUBJECT_BEFORE

    def _opens_as_source(self, lo: int, hi: int, cue: Cue) -> bool:
        """'According to X, …' or 'As X said, …' at the head of text[lo:hi]."""
        text = self.text
        head = text[lo:cue.start if cue.start < cue.verb_start else cue.verb_start].strip()
        if head.endswith(",") and head[:-1] in _SOURCE_CONNECTIVES:
            head = ""  # "Therefore, according to the President, during the meeting the heads of state …"
        if head not in ("", "As", "as"):
            return False
        if not head and not ACCORDING.match(text, cue.verb_start, cue.verb_end) \
                and not (text[cue.verb_start] in "IT" and OPINION.match(text, cue.verb_start, cue.verb_end)) \
                and not (text[cue.verb_start] in "BFI" and _ONES_OWN_FRAME.match(text, cue.verb_start, hi)):
            # (hard48 2025-03-11-spokesperson-on-prime-ministers-call-with-president-of-nimbrava: "By the
            # spokesperson's account, President X had asked …": a frame of one person's account opening the
            # sentence is its source, as "According to X, …", whoever speaks inside it)
            return False  # (but "In his words, the price agreed today will …": all his)
        end = max(cue.verb_end, cue.phrase.end if cue.phrase is not None else cue.verb_end)
        pronoun = _OBJECT_PRONOUN.match(text, end, hi) if cue.phrase is None else None
        if pronoun is not None:  # "According to him, …"
            end = pronoun.end()
        elif text.startswith(("’s", "'s"), end) and (account := _POSSESSED_ACCOUNT.match(text, end, hi)):
            end = account.end() - 1  # "According to the Governor’s information, …"
        while end < hi and text[end] in " \t":
            end += 1
        # (a comma at `end` before `hi`: a slice compared, cheaper than a `startswith` with offsets)
        if head and not (end < hi and text[end:end + 1] == ",") and (told := _AS_SOURCE_TOLD.match(text, end, hi)) is not None:
            end = told.end()  # (hard46: "As Press Secretary … X told the media, the heads of state discussed …")
        elif not head and cue.phrase is not None and text[end:end + 1] in "io" \
                and (where := _WHERE_THE_SOURCE_SAID_IT.match(text, end, hi)) is not None:
            end = where.end()  # ("According to FM X in a Facebook post, they discussed …": where he said it)
        return end < hi and text[end:end + 1] == ","

    def _words_after_a_middle_tag(self, cue: Cue, start: int, hi: int, paragraph: int) -> None:
        """The rest of one person's unquoted words after a tag set in their middle, up to the sentence's end: "Our
        commitment upon returning, he said, will not only be to raise our voice, but …" (sixhundredeightysixth
        radiosantacruz), the gold keeping the words after the tag. Only after a tag with its subject first ("he
        said", not "said the activist"), and a clause that opens in lower case, not with when or where the words were
        said ("…, he said, at the meeting …", `_WHEN_OR_WHERE_SAID`), nor with a participle or a relative pronoun,
        and holds no cue of its own. (A participle that goes on with the words, ninetyfifth's "We also need an
        investment map of Russia, the President said, providing investors with clear information …", is one gold's;
        hard15's "…, the head of state said, opening the meeting with …" is his act: the two are not told apart.)"""
        text = self.text
        if not text[start:start + 1].islower() or _WHEN_OR_WHERE_SAID.match(text, start, hi):
            return
        first = text.find(" ", start, hi)
        word = text[start:first if first > 0 else hi]
        if word.endswith("ing") or word in _RELATIVES or self._cues(start, hi):
            # ("…, the head of state said, opening the meeting with …", hard15: his act, no words; "…, he said,
            # adding that …": its own statement or none; "…, said the activist, who pledged …", fivehundredfiftysixth:
            # a clause on him, no words)
            return
        end = strip_tail(text, start, hi)
        if end > start:
            self._emit(cue.person, "direct", start, end, paragraph)

    def _cues(self, lo: int, hi: int) -> list[Cue]:
        text = self.text
        keys = self.keys_held  # (`keys_held`: a word of `SENTENCE_KEYS` not in it is in no sentence of the text)
        cues: list[Cue] = []
        # (the sentence's first character: each opening tested below starts with one, so a test of it, cheaper
        # than `startswith`, comes first; "" where the span is empty, which is in any string and fails no test)
        opening = text[lo:lo + 1]
        known = len(self.subjects)  # (the subjects before this sentence: `_beliefs_after_verbs`)
        if opening in "IA" and text.startswith(("In the ", "According to "), lo):
            self._note_opening_source(lo, hi)
        reported_by_inverted = False  # (a cue "…, says X" after its comma, X after the verb: what is before it is X's)
        first = bisect_left(self.verb_starts, lo)
        for vs, ve in self.verb_hits[first:bisect_left(self.verb_starts, hi, first)]:
            if ve > hi:
                break
            # a speech verb with the complement it needs (four in ten lack theirs: no cue)
            form = text[vs:ve]
            inserted = inverted = False
            # (a participle and "by" after it: read once for the two tests below, the rare forms first)
            by_agent = form[-1] == "d" and form.endswith("ed") and text.startswith(" by ", ve)
            relative = self._agent_of_a_participle(vs, ve, lo, hi) if by_agent else None
            if relative is not None:
                cues.append(relative)  # ("Other priority tasks named by Mr X include …": X's list)
                continue
            if by_agent and text.startswith(", ", vs - 2):
                # (fivehundredfiftysixth acn morena: "X received Y, who is on a working visit to Cuba, invited by the
                # Communist Party (PCC)."): a participle set off by its comma, its agent after "by", tells of the one
                # named before it (invited, accompanied, welcomed by someone); no verb of a clause of its own
                continue
            if not has_complement(form, text, ve, hi) and not _passive_complement(text, form, vs, ve, lo) \
                    and not _wrote_leads_in(text, form, ve, hi) and not _as_source_opening(text, form, vs, ve, lo):
                if _inserted_attribution(text, form, vs, ve, lo, hi):
                    inserted = True
                elif _inverted_attribution(text, form, vs, ve, lo):
                    inverted = True
                elif not (cues and cues[0].person is not None and _assent_in_apposition(text, form, vs, ve, lo, hi)):
                    continue  # (not "…, a view Minister Y shared.": another's assent, `_ASSENT_IN_APPOSITION`)
            if form[-1] == "d" and text.startswith((" at ", " during ", " in ", " on "), ve) \
                    and _TOPICS_BEFORE.search(text, max(lo, vs - 40), vs) is not None:
                continue  # ("One of the topics stressed at the meeting, according to the Minister, was …": a noun and
                # its reduced relative, the topics no one here stresses; the sentence is the source's after all)
            if form[-1] == "g" and text.startswith(_RESULT_ADVERBS_BEFORE_A_PARTICIPLE, vs - 10):
                continue  # ("…, further emphasizing the importance of …": `_RESULT_ADVERBS_BEFORE_A_PARTICIPLE`)
            if form[-1] == "g" and text.startswith(", ", vs - 2) \
                    and _PLAN_BEFORE_A_PARTICIPLE.search(text, lo, vs - 2) is not None:
                continue  # ("X will lead a delegation to …, highlighting …": `_PLAN_BEFORE_A_PARTICIPLE`)
            if form[-1] == "g" and text.startswith(", ", vs - 2) \
                    and _ATTENDED_BEFORE_A_PARTICIPLE.search(text, lo, vs - 2) is not None:
                continue  # ("The ceremony was attended by X, Y and Z, underscoring …": `_ATTENDED_BEFORE_A_PARTICIPLE`)
            if form == "agreeing" and text.startswith(", ", vs - 2) \
                    and _MET_BEFORE_AGREEING.search(text, lo, vs - 2) is not None:
                continue  # ("X met with Y in Beijing Thursday, agreeing to deepen …": the two's accord, narrative)
            if form[0] == "i" and form.startswith("invit") and text.find(" to ", ve, hi) >= 0 \
                    and _GIVES_THE_FLOOR.match(text, ve, hi) is not None:
                continue  # ("the Prime Minister invited the Trade Secretary to discuss …": the floor given)
            if form[0] == "r" and form.startswith("reject") and _FILE_REJECTED.match(text, ve, hi) is not None:
                continue  # ("he rejected the file submitted by …": `_FILE_REJECTED`)
            if form[0] == "b" and form.startswith("boast") and _CAN_BOAST.search(text, vs - 20 if vs - 20 > lo else lo, vs):
                continue  # ("the region cannot boast of any development": `_CAN_BOAST`)
            if form[0] == "c" and form.startswith("call") and text.startswith((" on the ", " upon the "), ve) \
                    and _RULERS_CALLED_ON.match(text, ve, hi) is not None:
                continue  # ("she also called on the two traditional councils in the district.": `_RULERS_CALLED_ON`)
            if form[0] == "r" and form.startswith("review") and _TROOPS_REVIEWED.match(text, ve, hi) is not None:
                continue  # (seven-hundred-sixty-fifth dailyguide: "…, X reviewed a detachment of the Royal Guard who made
                # the honors …": a military review, a ceremony, no one's words)
            if form[-1] == "s" and plural_noun_after_preposition(text, lo, vs, ve):
                continue  # ("the need for security guarantees for our country": a noun, not "X guarantees that")
            if form[-1] == "s" and text.endswith("ing ", max(lo, vs - 4), vs) and _object_of_a_speech_participle(text, lo, vs):
                continue  # ("in response to the Vice President urging states to use …": the states urged, a noun)
            if vs - lo > 3 and (text[vs - 2] in "sry" and _POSSESSIVE_BEFORE.search(text, vs - 7 if vs - 7 > lo else lo, vs)
                                or form in _VERBS_AS_NOUNS and (_POSSESSIVE_NOUN_BEFORE.search(text, max(lo, vs - 40), vs)
                                                                or _ARTICLE_A_NOUN_BEFORE.search(text, max(lo, vs - 40), vs))):
                continue  # (ninety-sixth: "presented her annual performance report to …": a noun, not "she reports")
            if form[-1] == "s" and form[:-1] in _PLURALS_AS_NOUNS and _plural_noun_after_adjective(text, lo, vs, ve):
                continue  # (styles31 qartaja_presidency: "presented the main outlines of …": a noun, not "X outlines")
            if form[-1] == "s" and _plural_noun_after_a_count(text, lo, vs):
                # (fivehundredninetythird, Armenpress: "… noted that the cooperation between the two states in various
                # directions were close …, the Prime Minister's Office said in a news release.": a noun, no cue of no
                # one that would stand between the speaker's cue and the source that closes the sentence)
                continue
            quoted_closing = not inserted and _quoted_as_saying_closes(text, form, vs, ve, lo, hi)
            cue = self._cue_at(vs, ve, lo, hi, clause=cues)
            if cue is not None and cue.person is not None and text.find(" who ", vs - 40 if vs - 40 > lo else lo, vs) >= 0 \
                    and (_WHO_ALL_BEFORE.search(text, max(lo, vs - 40), vs) is not None
                         or _WHO_OF_PLURAL_NOUN_BEFORE.search(text, max(lo, vs - 40), vs) is not None):
                # ("…, who all joined in emphasizing …", "the local leaders who reminded …": a group's words; guard: " who ")
                cue = Cue(vs, ve, None, None)
            if cue is not None and quoted_closing and cue.person is not None:
                inserted = True  # ("…, the statement quoted him as saying.": the clause before is the quoted one's)
            if cue is not None and inserted and not quoted_closing \
                    and (cue.phrase is None or cue.phrase.start != text.rfind(", ", lo, vs) + 2) \
                    and not (cues and cues[0].person is not None and _assent_in_apposition(text, form, vs, ve, lo, hi)):
                # ("…, an invitation the Chief Executive accepted.": the inserted clause is a noun's relative
                # clause, its subject not the first words after the comma; no attribution)
                continue
            if cue is not None and inverted and (cue.phrase is None or cue.phrase.start < ve):
                continue  # ("He visited the port, observed the work of the crew …": no subject inverted after it)
            if cue is not None and inverted and cue.person is not None and form[0] in "wr" \
                    and form in _AN_OUTLETS_VERBS and text.startswith(", citing ", cue.phrase.end):
                # (sixhundredninetysixth moldovalive: "…, writes Agerpres, citing official sources."): the
                # outlet's account of what its sources told it, no one's statement
                cue = Cue(vs, ve, None, None)
            if cue is not None and cues and _participle_in_the_aside_of(text, cues[-1], cue):
                cues.pop()  # (the aside's participle is the later subject's, said by the cue of its verb)
            if cue is not None:
                if not cues and cue.phrase is not None and cue.phrase.start - lo > 12 \
                        and (head := APPOSITIVE_HEAD.search(text, max(lo, cue.phrase.start - 90), cue.phrase.start)):
                    # (the clause before the noun is no one's: a cue of no one there cuts it off)
                    cues.append(Cue(head.start(), head.start(), None, None))
                cues.append(cue)
                reported_by_inverted = reported_by_inverted or cue.person is not None and cue.phrase is not None \
                    and cue.phrase.start > cue.verb_end and _tag_set_off(text, cue)
        if reported_by_inverted and len(cues) > 1:
            cues = _no_ones_cues_before_a_closing_tag(text, cues, hi)
        elif len(cues) > 1 and cues[0].person is None and cues[-1].person is not None:
            cues = _speakers_own_first_person_cues(text, cues, hi)
        sentence = text[lo:hi]  # (one copy: each word looked for below is then an `in`, cheaper than a `find`
        # with offsets, whose arguments cost more to read than the search of a sentence)
        if len(cues) > 1 and "(and " in sentence:
            cues = [cue for k, cue in enumerate(cues)
                    if not k or not in_an_aside_of_assent(text, cue.verb_start, lo, hi, cues[k - 1].verb_end)]
        if cues and "(as " in keys and "(as " in sentence:
            cues = [cue for cue in cues if not in_an_aside(text, cue.verb_start, cue.verb_end, lo, hi)]
        if cues and (" took the floor" in sentence or "peakers " in sentence or opening == "A" and "Also " in sentence):
            cues = self._items_of_a_list_of_speakers(lo, hi, cues)  # "Among those who took the floor were X, who …"
        if " did " in sentence and cues and cues[0].person is not None \
                and (" as did " in sentence or " so did " in sentence):
            _add_in_order(cues, (self._assent_after_a_clause(lo, hi, cues[0]),))  # "…, as did Y."
        if "respectively" in sentence and cues:
            # "A and B said, respectively, that … and that …" (hard75): a pair's one verb, no one's statement
            cues = [Cue(cue.verb_start, cue.verb_end, None, None)
                    if text.startswith((", respectively", " respectively"), cue.verb_end) else cue for cue in cues]
        if " in turn: " in sentence:
            cues = self._speakers_in_turn(lo, hi, cues)  # "The Ambassadors then spoke in turn: Ambassador X on …, …"
        if "; " in sentence and cues and cues[0].person is not None:
            _add_in_order(cues, self._gapped_cues(lo, hi, cues[0]))  # "…; Minister Y, of …" (a gapped verb)
        # the rarer cues: their keywords were found in one scan of the whole text
        first = bisect_left(self.rare_starts, lo)
        last = bisect_left(self.rare_starts, hi, first)
        # (each adds its cues in the order of their verbs: `_add_in_order`)
        if self.concern_words and (any(word in sentence for word in CONCERN_WORDS)
                                   or " encouraged by " in sentence
                                   or " following with " in sentence):
            _add_in_order(cues, self._after_verbs(lo, hi, known, self._concerns))  # (read only in the few readouts with
            # the words)
        if self.critical_words and " critical of " in sentence:
            _add_in_order(cues, self._person_before(lo, hi, (_CRITICAL_OF,)))
        if " would " in keys and " would " in sentence and " like " in sentence:
            # "The President would like Ukraine to have …": a wish for others (only a sentence with both words)
            _add_in_order(cues, self._person_before(lo, hi, (_WISH_FOR_OTHERS,)))
        if (" intend" in sentence or " going to " in sentence) and not reported_by_inverted:
            # (not "Penang intends to open more industrial parks …, says Chief Minister X.", fivehundredeightyfifth
            # buletinmutiara: the intention is in the clause X reports, as after "She said that …")
            _add_in_order(cues, self._opening_person_before(lo, hi, _INTENTION_VOICED))  # "X was going to raise …"
        if (" also " in sentence or " further " in sentence) \
                and _BARE_VERB_AFTER_ALSO.search(text, lo, hi) is not None:
            _add_in_order(cues, [cue for cue in self._opening_person_before(lo, hi, _BARE_VERB_AFTER_ALSO)
                                 if cue.phrase is not None and (cue.phrase.kind in ("name", "description")
                                                                or cue.phrase.text.lower() in ("he", "she"))])
        if not cues and (slip := slipped_bare_verb(text, lo, hi)) is not None:
            cues.append(self._agent_cue(slip[1], slip[2], slip[0]))  # "Head of the delegation, X appreciate …"
        if not cues and ("ing that" in sentence or "ing wh" in sentence or "ing how" in sentence
                         or "ing if" in sentence) and (slip := slipped_participle(text, lo, hi)) is not None:
            # "The MP stating that …" (no finite verb; only a sentence with a participle before its clause's word)
            cues.append(self._agent_cue(slip[1], slip[2], slip[0]))
        if " would " in keys and " welcome " in sentence and " would " in sentence and not reported_by_inverted:
            _add_in_order(cues, self._opening_person_before(lo, hi, _WOULD_WELCOME))  # "X would welcome …"
        if (" did " in keys and " did " in sentence or " does " in keys and " does " in sentence) \
                and (emphatic := self._emphatic_do(lo, hi)) is not None:
            _add_in_order(cues, [emphatic])  # "The President did stress that …" (only a sentence with "did"/"does")
        if self.effort_words and " to " in sentence \
                and (holds_any(text, _EFFORT_STEMS, lo, hi)
                     or "first" in sentence and ("admit" in sentence or "concede" in sentence
                                                 or "acknowledge" in sentence)):
            _add_in_order(cues, self._person_before(lo, hi, (_EFFORT_TO_SPEAK,)))  # "was at pains to stress that …"
        if self.glad_words and (" to " in sentence or " that " in sentence or " with " in sentence
                                or " impressed by " in sentence) \
                and _GLAD_TO_LEARN.search(text, lo, hi) is not None:
            _add_in_order(cues, self._after_verbs(lo, hi, known, self._gladness))
        if "’s " in keys and "’s " in sentence or "'s " in keys and "'s " in sentence:
            # "The host's conviction was that …" (a possessive and the noun, searched only in a sentence
            # that holds a possessive)
            _add_in_order(cues, self._person_before(lo, hi, (_POSSESSED_STATEMENT,)))
        if opening in "H" and text.startswith(("His ", "Her "), lo) \
                and (match := _POSSESSED_BY_PRONOUN.match(text, lo, hi)
                     or _REMARKS_IN_WHICH_BY_PRONOUN.match(text, lo, hi)) is not None:
            # "Her conclusion: …" (only a sentence that opens with "His" or "Her")
            person = self.people.resolve_pronoun("m" if text[lo + 1] == "i" else "f", self.subjects)
            cues.insert(0, Cue(match.start(), match.end(), None, person))
        if opening in "F" and text.startswith("For ", lo) and (held := _PRIORITY_FOR.match(text, lo, hi)) is not None:
            # "For the President, the priority remained a two-state solution": his view of what matters
            # most, as "in his view" (a sentence opening "For X," with a priority after it)
            phrase = phrase_starting_at(text, held.start(1), held.end(1))
            if phrase is not None and phrase.is_person and phrase.end == held.end(1):
                cues.insert(0, Cue(held.start(), held.end(), phrase, self._resolve(phrase, phrase.start)))
        if opening in "F" and text.startswith(("For him, ", "For her, "), lo) \
                and (held := _FOR_ONES_VIEW.match(text, lo, hi)) is not None:
            # "For him, the town could host …": his view, as "in his view" (only a sentence that opens "For him, " or
            # "For her, "); the pronoun the last subject of its gender, as "His conclusion: …" takes it
            person = self.people.resolve_pronoun("m" if text[lo + 5] == "i" else "f", self.subjects)
            cues.insert(0, Cue(held.start(), held.end(), None, person))
        if not cues and opening == "O" and text.startswith("One ", lo) \
                and (held := _ONE_POINT_RAISED_BY.match(text, lo, hi)) is not None:
            # (hard55: "One particular concern that the ambassador shared with the minister is the long wait for …":
            # the point one person raised, named by what it is, as "X's main point was that …")
            phrase = phrase_starting_at(text, held.end(), hi)
            if phrase is not None and phrase.is_person and phrase.kind != "group" \
                    and (raised := _RAISED_THEN_IS.match(text, phrase.end, hi)) is not None:
                cues.insert(0, Cue(held.start(), raised.end(), phrase, self._resolve(phrase, phrase.start)))
        if opening == "I" and text.startswith("It ", lo) and (held := _FELL_TO_SPEAK.match(text, lo, hi)) is not None:
            # (thirtieth hard set meets_president_hallen: "It fell to the Shadow Foreign Secretary, Mr Piet Oran, to
            # thank the embassy staff for their hospitality.": the one a duty fell to does the speaking)
            phrase = phrase_starting_at(text, held.end(), hi)
            if phrase is not None and phrase.is_person and phrase.kind != "pronoun" \
                    and (duty := _TO_SPEAK_AFTER.match(text, phrase.end, hi)) is not None:
                cues.insert(0, Cue(duty.start(1), duty.end(1), phrase, self._resolve(phrase, phrase.start)))
        if " opportunity for " in keys and (at := text.find(" opportunity for ", lo, hi)) >= 0 \
                and (held := _OCCASION_FOR_ONE.search(text, max(lo, at - 60), at + 17)) is not None:
            # "The meeting was an opportunity for the Ambassador to thank …": the one the occasion was for speaks
            # (only a sentence with " opportunity for " in it)
            _add_in_order(cues, (self._one_given_the_occasion(held.end(), hi),))
        if (" allowed " in keys and " allowed " in sentence or " enabled " in keys and " enabled " in sentence) \
                and (held := _OCCASION_ALLOWED_ONE.search(text, lo, hi)) is not None:
            # "The meeting also allowed the Secretary General to provide an overview …": the one it let speak speaks
            # (only a sentence with " allowed " or " enabled " in it)
            _add_in_order(cues, (self._one_given_the_occasion(held.end(), hi),))
        if opening in "IAF" and text.startswith(("It ", "As ", "For "), lo) \
                and (held := _VIEW_FRAMED.match(text, lo, hi)) is not None:
            # "It was the assessment of PM X that …", "As the Vice President saw it, …" (hard20): one person's
            # view, as "in the opinion of X" (only a sentence that opens "It ", "As " or "For ")
            cue = self._according(held, hi) if held.group(1) is None else self._framing_holder(held, hi)
            if cue is not None:
                cues.insert(0, cue)
        if " mind" in keys and " mind" in sentence and (held := _TO_ONES_MIND.search(text, lo, hi)) is not None:
            # "The "northern dimension", to his mind, had emerged as …" (hard20): his view, as "in his view"
            # (only a sentence with " mind" in it)
            _add_in_order(cues, (self._framing_holder(held, hi, lo=lo),))
        if opening == "T" and text.startswith(("To him, ", "To her, "), lo) and _TO_ONES_VIEW.match(text, lo, hi):
            # "To him, individualism will not be of any benefit …" (ninehundredseventyeighth ghanaweb): his view,
            # as "to his mind, …" (only a sentence that opens "To him," or "To her," before a copula or a modal,
            # `_TO_ONES_VIEW`; "him"/"her" of the subjects before it)
            holder = "his" if text[lo + 4] == "i" else "her"
            cues.insert(0, Cue(lo, lo + 6, None, self._whose_frame(holder, -1, lo, known)))
        if self.frame_words and (" have it" in sentence or holds_any(text, FRAME_NOUNS_COMMA, lo, hi)) \
                and (held := _ONES_OWN_FRAME.search(text, lo, hi)) is not None:
            # (hard27) "From the Managing Director's perspective, …", "By X's account, …", "…, as the President would
            # have it, …": his view, as "in his view" (only a sentence with " have it" or a frame's noun and comma)
            # (hard48: a frame that opens the sentence, "By her account, President X had asked …", is read before its
            # verbs: "her" is one of the subjects before this sentence, not X, whose cue was read first)
            _add_in_order(cues, (self._framing_holder(held, hi, 1 if held.group(1) is not None else 2, lo=lo,
                                                      known=known if held.start() == lo else None),))
        if self.stance_with_words and (" at one with " in sentence or " firm with " in sentence):
            _add_in_order(cues, self._person_before(lo, hi, (_STANCE_WITH,)))  # (hard27) "X was at one with Y on …"
        if self.earned_words and (held := _EARNED_ONES_PRAISE.search(text, lo, hi)):
            # (hard27) "…'s contribution earned the Secretary-General's thanks": he thanked (only a sentence
            # with one of the verbs in it)
            _add_in_order(cues, (self._framing_holder(held, hi),))
        if " agreement with " in keys and " agreement with " in sentence \
                or " accord with " in keys and " accord with " in sentence:
            # "Senate Majority Leader Mr X was in full agreement with her." (hard20): agreed, as "fully agreed with
            # him" (only a sentence with " agreement with " in it); hard26: "was in full accord with her"
            _add_in_order(cues, self._person_before(lo, hi, (_IN_AGREEMENT,)))
        if (" had " in keys and " had " in sentence or " has " in keys and " has " in sentence \
                or " have " in keys and " have " in sentence) and holds_any(text, _HAD_NOUNS, lo, hi):
            _add_in_order(cues, self._person_before(lo, hi, (_HAD_WORDS_FOR,)))  # "X had high praise for …"
        if " interested in " in sentence:  # "The head of state was interested in the state of affairs …"
            _add_in_order(cues, self._person_before(lo, hi, (_INTERESTED_IN_HOW_THINGS_STAND,)))
        if " full of " in keys and " full of " in sentence:  # "X, who …, was full of praise for …"
            _add_in_order(cues, self._person_before(lo, hi, (_FULL_OF_PRAISE,)))
        if self.talk_words and not cues and holds_any(text, TALK_ON_WORDS, lo, hi):
            cues.extend(self._speech_in_ones_talk(lo, hi))  # "X caught the attention … with his presentation on …"
        if ": th" in keys and (colon := text.find(": th", lo, hi)) >= 0 and (match := _MESSAGE_OF.search(text, colon, hi)) is not None:
            # "…: this was the message of President X." (only a sentence with ": th" in it; "message" as a
            # rare word of the one scan would change how other sentences with a message are read)
            _add_in_order(cues, (self._according(match, hi),))
        if ", per " in sentence and (cue := self._per_source_closing(lo, hi)) is not None:
            if all(earlier.person is None for earlier in cues):
                cues.clear()  # (the clause's cues of no one: the sentence is the source's, as "…, according to X.")
            cues.append(cue)
        if not cues and ", as " in sentence and (comma := text.find(", as ", lo, hi)) >= 0 and text.find(" by ", comma, hi) >= 0 \
                and (held := _POSITION_SET_OUT_BY.match(text, lo, hi)) is not None:
            # (hard25) "The position of the Kingdom, as set out by HRH the Crown Prince, is that …": the agent's
            # statement, as "X's position is that …" (only a sentence with ", as " and " by " after it)
            cue = self._framing_holder(held, hi)
            if cue is not None:
                cues.append(cue)
        if not cues and " from " in keys and " from " in sentence and holds_any(text, SPEECH_FROM_WORDS, lo, hi) \
                and (came := SPEECH_FROM.search(text, lo, hi)) is not None:
            # "The call started with birthday wishes from Mr X to Mr Y.", "A written birthday message from the
            # Prime Minister had gone to …": words of one person told through the noun, no speech verb (only
            # a sentence with " from " and no other cue)
            # (four-hundred-seventy-third presidencia_pt_73831: "Following the text of the message of condolences from
            # President X:" with the quoted message after it: the colon the sentence ends on, at `hi`, counts too)
            colon = text.find(":", came.end(), hi + 1)
            cue = self._came_from(came, hi) if colon < 0 else None  # (before a colon: a quotation's lead-in)
            if cue is not None:
                cues.append(cue)
        if not cues and " from " in keys and " from " in sentence and ("heard " in sentence or "learn" in sentence):
            cue = self._heard_from(lo, hi)  # ("The President heard from the Mayor …, Ms. X, that …": X's)
            if cue is not None:
                cues.append(cue)
        if first == last:  # (most sentences have none)
            return cues
        rare = {kind for _, kind in self.rare_hits[first:last]}
        if "according" in rare:
            for match in ACCORDING.finditer(text, lo, hi):
                cue = self._according(match, hi)
                if cue is not None:
                    if cues and _source_named_last(text, match.start(), cue, hi) \
                            and all(earlier.person is None for earlier in cues):
                        cues.clear()  # (the clause's cues of no one: the sentence is the source's, `_source_named_last`)
                    elif cues and cue.person is not None and cue.phrase is not None and cue.phrase.kind == "description" \
                            and cue.person.first_seen > cue.phrase.end and text.startswith(".", cue.phrase.end):
                        # (hard93: "Hon. X has donated … and pledged …, according to his political secretary. / Mr.
                        # Y told …": the source that closes the lead, named only after it, `aide_closing_the_lead_named_next`,
                        # tells the whole lead, the principal's pledge in it)
                        cues.clear()
                    cues.append(cue)
        if "opinion" in rare:
            cues.extend(self._opinions(lo, hi))
        if "belief" in rare or "opinion" in rare:  # "is of the opinion that"
            cues.extend(self._after_verbs(lo, hi, known, self._beliefs))
        cues.sort(key=lambda c: c.verb_start)
        return cues

    def _assent_after_a_clause(self, lo: int, hi: int, first: Cue) -> Cue | None:
        """The cue of the person named after ", as did" / ", and so did" that ends the sentence after a speaker's clause
        (`_ASSENT_AFTER_A_CLAUSE`: "X said …, as did the Governor of the Central Bank, Ms. W."), the name after an office
        set off by its comma read as the person ("her deputy, Ruben Y"); the statement opens at "as" / "so"."""
        text = self.text
        match = _ASSENT_AFTER_A_CLAUSE.search(text, first.verb_end, hi)
        if match is None:
            return None
        phrase = phrase_starting_at(text, match.end(), hi)
        if phrase is not None and text.startswith(", ", phrase.end):
            named = phrase_starting_at(text, phrase.end + 2, hi)
            if named is not None and named.kind == "name" and named.is_person:
                phrase = named._replace(start=phrase.start)
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description") \
                or _INSERTED_AFTER.match(text, phrase.end, hi + 1) is None:
            return None
        cue = self._agent_cue(match.start(1), match.end(1), phrase)
        return Cue(cue.verb_start, cue.verb_end, phrase._replace(start=match.start(1)), cue.person)

    def _speakers_in_turn(self, lo: int, hi: int, cues: list[Cue]) -> list[Cue]:
        """The cues of a list of speakers after "… in turn:" (hard75: "The Ambassadors then spoke in turn: Ambassador X on
        the students …, Ambassador Y on the seasonal workers …, and Ambassador Z on the new consulate …"): each item that
        opens with a person's name or office and "on" / "of" / "about" is that person's statement, the words before the
        colon no one's (a group's); `cues` as they stand when no item names a person."""
        text = self.text
        colon = text.find(" in turn: ", lo, hi) + 9
        items: list[Cue] = []
        at = colon
        while 0 <= at < hi:
            start = skip_space(text, at + 1, hi)
            if text.startswith("and ", start):
                start += 4
            phrase = phrase_starting_at(text, start, hi)
            if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description") \
                    or _IN_TURN_ITEM_AFTER.match(text, phrase.end, hi) is None:
                break
            items.append(self._agent_cue(phrase.end, phrase.end + 1, phrase))
            at = text.find(",", phrase.end, hi)
        if len(items) < 2:
            return cues
        return [cue for cue in cues if cue.verb_start < colon] + [Cue(lo, lo, None, None)] * (not cues) + items

    def _gapped_cues(self, lo: int, hi: int, first: Cue) -> list[Cue]:
        """A cue for each speaker of a gapped clause after a semicolon, the verb of the person's clause before it left
        out (hard75: "Minister X spoke of the treaty; Minister Y, of the quotas; and Minister Z, of the rail link",
        "The Minister … said that …; the Ambassador, that his country counted on …"): the name or office after the
        semicolon (and "and"), then a comma and "that" / "of" / "on" / "about" (`_GAPPED_VERB_AFTER`); the cue's verb is
        the comma. Only after the sentence's first cue, a speaker's, so a list of things ("…; the Minister, of course, …") with no speaker
        before it gains nothing."""
        text = self.text
        cues = []
        at = text.find("; ", first.verb_end, hi)
        while at >= 0:
            start = at + 2
            if text.startswith("and ", start):
                start += 4
            phrase = phrase_starting_at(text, start, hi)
            if phrase is not None and phrase.is_person and phrase.kind in ("name", "description") \
                    and _GAPPED_VERB_AFTER.match(text, phrase.end, hi) is not None:
                cues.append(self._agent_cue(phrase.end, phrase.end + 1, phrase))
            at = text.find("; ", start, hi)
        return cues

    def _one_given_the_occasion(self, at: int, hi: int) -> Cue | None:
        """The cue of the person named at text[at:hi] right after an occasion given to one ("… was an opportunity for",
        `_OCCASION_FOR_ONE`; "… also allowed", `_OCCASION_ALLOWED_ONE`), a name or a description, when a verb of
        `_TO_SPEAK_AFTER` follows the person; else None."""
        phrase = phrase_starting_at(self.text, at, hi)
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description") \
                or (duty := _TO_SPEAK_AFTER.match(self.text, phrase.end, hi)) is None:
            return None
        return Cue(duty.start(1), duty.end(1), phrase, self._resolve(phrase, phrase.start))

    def _speech_in_ones_talk(self, lo: int, hi: int) -> list[Cue]:
        """The cue of a sentence whose only speech is in its subject's talk and what it was on (hard60 tidewater:
        "The director of the port of Velsund, Mr. X, caught the attention of the delegates with his presentation on the
        electric tugs of his port, which …", "Ms. Y, head of the Z Port Authority, drew long applause in her remarks on
        the training of women pilots"; marvesh: "In his remarks on the programme, he turned to the mountain districts,
        where …"): the subject's statement, the talk's "his" or "her" agreeing with the subject; none when the subject
        is no one person, the talk another's ("In their remarks on the occasion, the two …": no "his"/"her"), or
        the subject comes after the talk but not right after an opening one."""
        text = self.text
        talk = _IN_ONES_TALK.search(text, lo, hi)
        if talk is None:
            return []
        phrase = self._sentence_subject(lo, hi)
        if phrase is None and (comma := text.rfind(", ", lo, talk.start())) > lo \
                and _LOWER_WORDS_TO_A_TALK.fullmatch(text, comma + 2, talk.start()) is not None:
            phrase = self._subject_before_its_closing_comma(lo, comma)  # ("…, Mr. X, caught the attention … with his")
        if phrase is None or not phrase.is_person or phrase.kind == "group" \
                or phrase.start > talk.start() and text.rfind(",", talk.end(), phrase.start) < 0:
            return []
        cue = self._agent_cue(talk.start(1), talk.end(1), phrase)
        gender = "m" if talk.group(2) == "his" else "f"
        if cue.person is None or cue.person.gender not in (None, gender):
            return []
        return [cue]

    def _framing_holder(self, match: re.Match, hi: int, group: int = 1, lo: int = -1,
                        known: int | None = None) -> Cue | None:
        """The person whose view `match` frames, named in its group `group`: "his"/"her" (the last such
        subject, or the subject before a colon of its own sentence, which opens at `lo`: `_subject_before_colon`;
        with `known`, of the subjects before the sentence) or a phrase ("As the Vice President saw it", "to the
        President's mind")."""
        text = self.text
        holder = match.group(group)
        if holder in ("his", "her"):
            return Cue(match.start(), match.end(), None, self._whose_frame(holder, lo, match.start(), known))
        phrase = phrase_starting_at(text, match.start(group), match.end(group))
        if phrase is None and holder[:4] == "the " and holder[4:5].islower() and holder.endswith(("’s", "'s")):
            # (hard48: "By the spokesperson's account, …"): an office in lower case, whose possessive the phrase
            # reader leaves unread, read without it
            phrase = phrase_starting_at(text, match.start(group), match.end(group) - 2)
        if phrase is None or not phrase.is_person or phrase.end < match.end(group) - 2:
            return None
        return Cue(match.start(), match.end(), phrase, self._resolve(phrase, phrase.start))

    def _whose_frame(self, holder: str, lo: int, at: int, known: int | None = None) -> Person | None:
        """Whom "his"/"her" at `at` means in a frame of view ("in his view", "by his account"): the subject
        before a colon of the sentence opening at `lo` (none known: `lo` < 0), else the last subject (of the
        first `known` subjects, those before the sentence, when the frame opens it)."""
        gender = "m" if holder == "his" else "f"
        person = self._subject_before_colon(lo, at, gender) if lo >= 0 else None
        return person or self.people.resolve_pronoun(gender, self.subjects if known is None else self.subjects[:known])

    def _subject_before_colon(self, lo: int, at: int, gender: str) -> Person | None:
        """The person a sentence opens with, before a colon that comes before `at`, when "his"/"her" at `at`
        can be that person (thirty-first hard set tarrow_space_agency_board: "The Deputy Director-General for
        Science, Dr X, was less contrite: the science programme, by his account, had delivered every instrument
        on time."): the words after the colon are the subject's own view, not the last speaker's, who has not
        yet been noted as this sentence's subject. Only where a colon stands between the two."""
        colon = self.text.find(":", lo, at)
        if colon < 0:
            return None
        phrase = self._sentence_subject(lo, colon)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun":
            return None
        person = self._resolve(phrase, phrase.start)
        return person if person is not None and person.gender in (None, gender) else None

    def _note_opening_source(self, lo: int, hi: int) -> None:
        """The source a sentence opens with ("In the assessment of the President of the European
        Council, these talks marked …, and he encouraged …", "According to X, …"), noted as the last
        subject before the sentence's verbs are read, so that a "he" after it is that source (hard22:
        the verbs' cues are read before the rarer ones, and "he" went to the subject of the sentence
        before). Only for a sentence that opens with "In the " or "According to "."""
        match = OPINION_OF.match(self.text, lo, hi) or ACCORDING.match(self.text, lo, hi)
        if match is not None:
            self._according(match, hi)  # (notes the source as a subject)

    def _styled_name_after_office_words(self, at: int, hi: int) -> Phrase | None:
        """The styled name ("Ms X") a few office words lead to right after "According to" ("According to LTA public
        relations officer Ms X, …", `_OFFICE_WORDS_BEFORE_A_STYLED_NAME`), when a comma closes the name: the person
        whose account it is; None otherwise."""
        words = _OFFICE_WORDS_BEFORE_A_STYLED_NAME.match(self.text, at, hi)
        if words is None or self.text[words.start():words.end()].split()[-1].lower() not in _OFFICES_BEFORE_A_STYLED_NAME:
            return None  # (the style after no office: "According to police Mr X, 45, was arrested …", no one's account)
        phrase = phrase_starting_at(self.text, words.end(), hi)
        if phrase is None or not phrase.is_person or not self.text.startswith(",", phrase.end):
            return None
        return phrase

    def _according(self, match: re.Match, hi: int) -> Cue | None:
        """The source named right after `match`: 'According to X, …', 'according to
        him', 'In the opinion of X, …'; or after a text he gave out ('According to information released by X, …',
        `_TEXT_GIVEN_BY`)."""
        at = match.end()
        if self.text.startswith(_TEXT_GIVEN_OPENINGS, at) \
                and (given := _TEXT_GIVEN_BY.match(self.text, at, hi)) is not None:
            at = given.end()
        return self._according_from(match.start(), at, hi)

    def _according_from(self, start: int, at: int, hi: int) -> Cue | None:
        """The source named at `at`, after 'According to' (or the text he gave out) that opens at `start`."""
        if self.text.startswith(("the ", "The "), at) \
                and (told := _TEXT_ONE_GAVE.match(self.text, at, hi)) is not None:
            # "According to the data she presented, …": her data, her statement
            gender = "f" if told.group(1) == "she" else "m"
            return Cue(start, told.end(), None, self.people.resolve_pronoun(gender, self.subjects))
        pronoun = _OBJECT_PRONOUN.match(self.text, at, hi)
        if pronoun is not None and not _her_possessive(self.text, pronoun):
            gender = "f" if pronoun.group(1).lower() == "her" else "m"
            person = self.reporter_named_before(start, gender) or self.people.resolve_pronoun(gender, self.subjects)
            return Cue(start, at, None, person)
        if _ACCORDING_TO_A_PAGE.match(self.text, at, hi) is not None:
            return None
        phrase = phrase_starting_at(self.text, at, hi)
        if phrase is not None and phrase.kind == "thing" and self.text.startswith("the ", at) \
                and (office := _PLACES_LOWER_CASE_OFFICE.match(self.text, at, hi)) is not None \
                and office.group("role") in ROLE_WORD_SET:
            phrase = phrase_ending_at(self.text, at, office.end()) or phrase  # ("the Kilimanjaro regional
            # commissioner, …": the office, not the place the reader stopped at)
        if phrase is None and self.text.startswith("the ", at) \
                and (office := _A_BODYS_OFFICE_BEFORE_ITS_NAME.match(self.text, at, hi)) is not None:
            phrase = self._named_after_end(office.end(), hi)  # ("the committee's chairman, Mr. X, …": X's)
        if phrase is None or not phrase.is_person or not self.text.startswith(",", phrase.end):
            # ("According to LTA public relations officer Ms X, …": "LTA" read as a name, "public" as no one)
            phrase = self._styled_name_after_office_words(at, hi) or phrase
        if phrase is None or not phrase.is_person:
            return None
        if phrase.text[-1:] == "s" and self.text.startswith(("’ ", "' "), phrase.end) \
                and self.text[phrase.end + 2:phrase.end + 3].islower() \
                and _BARE_POSSESSED_ACCOUNT.match(self.text, phrase.end, hi) is None:
            # (eighthundredtwentieth nola 2018-10-11: "Edwards currently serves as co-chairman of …, according to
            # Edwards' office."): a name in -s with its bare apostrophe owns what follows, his office's or his
            # aides' words, not his own, as "according to the President’s instructions" below
            return None
        account = self.text.startswith(("’s", "'s"), phrase.end)
        if account and _POSSESSED_ACCOUNT.match(self.text, phrase.end, hi) is None:
            # "according to the President’s instructions": to the instructions; but "According to the Head of
            # the President's Bureau of International Policy, Piotr Zawadzki, …" (styles5): the office of the
            # name set off after it, whose words these are
            named = self._named_after(phrase, hi) if self.text[phrase.end + 3:phrase.end + 4].isupper() else None
            if named is None:
                return None
            phrase, account = named, False
        if phrase.kind == "description" and not account and _ACCORDING_TO_A_TEXT.match(self.text, at, hi):
            return None  # "according to the report handed to the President": the report's
        if phrase.kind == "description":
            # (fivehundredninetyfirst, Spain's MAEC: "According to the head of Spanish diplomacy, this gathering …
            # has confirmed …": the office read to "diplomacy", so that its comma, not "diplomacy", follows it)
            phrase = self._named_after(phrase, hi) or head_of_diplomacy(self.text, phrase)
        person = self._resolve(phrase, phrase.start)
        if phrase.kind == "description" and self.text.startswith(".", phrase.end) \
                and (aide := self.aide_closing_the_lead_named_next(phrase)) is not None:
            person = aide  # ("…, according to his political secretary. / Mr. Y told journalists …": Y's)
        if person is None and phrase.kind == "name" and self._person_opens_clause_after(phrase.end, hi):
            return None  # ("According to Ukrinform, X reported …": a name the readout makes no one, the news agency's,
            # and the clause has a person subject of its own; not "According to Tesstat data, the figure …")
        self._note_subject(person, phrase)
        return Cue(start, at, phrase, person)

    def _person_opens_clause_after(self, end: int, hi: int) -> bool:
        """Right after text[end] come ", " and a person named or described, the subject of the clause ("According to
        Ukrinform, Head of the Office … Andrii Yermak reported this …", sixhundredseventh ukrinform delegation-rubio)."""
        if not self.text.startswith(", ", end):
            return False
        subject = phrase_starting_at(self.text, end + 2, hi)
        return subject is not None and subject.start == end + 2 and subject.is_person \
            and subject.kind in ("name", "description")

    def _heard_from(self, lo: int, hi: int) -> Cue | None:
        """(hard74) "The President heard from the Mayor of Lendmoor, Ms. X, that …", "The President also learned from
        the Mayor …, Mr. Y, that …", "The Minister heard first from …, Professor Z, who said that …": the one heard
        from, a single person and a "that" clause after the name, is the speaker, as the source of `SPEECH_FROM`
        (not "heard from representatives of …", a group; not "heard from X about …" with no "that")."""
        heard = _HEARD_FROM.search(self.text, lo, hi)
        if heard is None or self.text.find(" that ", heard.end(), hi) < 0:
            return None
        cue = self._came_from(heard, hi)
        if cue is not None and cue.person is None and cue.phrase is not None \
                and (named := self._named_after(cue.phrase, hi)) is not None:
            # ("from the chairwoman of the Rectors' Conference, Professor Z, who said …": the office cut short at
            # its plural possessive, its holder named after the comma)
            cue = Cue(cue.verb_start, cue.verb_end, named, self._resolve(named, named.start))
        return cue

    def _came_from(self, came: re.Match, hi: int) -> Cue | None:
        """The person named right after a noun of speech and "from" (`SPEECH_FROM`), as its source."""
        start = came.start()
        back = start - 50 if start > 50 else 0
        if self.text.find(" to ", back, start) >= 0 and _ANSWERED_BEFORE.search(self.text, back, start) is not None:
            return None  # ("X made the expression in response to the message of congratulations from Y": X's answer)
        phrase = phrase_starting_at(self.text, came.end(), hi)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun" \
                or self.text.startswith(("’s", "'s"), phrase.end):
            return None
        if self.text.endswith(_WRITING_OF, back, start) and _BORNE_BY.search(self.text, phrase.end, hi) is not None:
            return None  # (hard74: "A message of greetings from X was read out at the opening by Y": a text borne)
        person = self._resolve(phrase, phrase.start)
        if person is not None and self._another_named_next(phrase.end, hi, person):
            return None  # ("received congratulations from Head of the Office X, Chairman Y, …": a group's)
        self._note_subject(person, phrase)
        return Cue(came.start(), came.end(), phrase, person)

    def _another_named_next(self, end: int, hi: int, person: Person) -> bool:
        """(three-hundred-forty-third 72233) "The Ukrainian diplomats also received congratulations from Head of the Office
        … Andriy X, Chairman … Ruslan Y, Prime Minister Denys Z, and …": another person's name right after the source's,
        past a comma or "and" and at most an office (`_LIST_BETWEEN`), makes the senders a group."""
        k = bisect_left(self.name_starts, end)
        if k == len(self.name_spans) or self.name_starts[k] >= min(hi, end + 120):
            return False
        start, _, other = self.name_spans[k]
        between = self.text[end:start]
        if other is person or not between.startswith((", ", " and ")):
            return False
        if _LIST_BETWEEN.fullmatch(between) is not None:
            return True
        # (fourhundredninetyfourth mofa_iq 2020-14810: "received congratulations from Mr. X, head of the State of Law
        # coalition, Mr. Y, head of …, and Mr. Z, …": each name's office in lower case, set off by commas)
        aside = _OFFICE_ASIDE_BETWEEN.fullmatch(between)
        return aside is not None and aside.group(1) in ROLE_WORD_SET

    def _named_after(self, phrase: Phrase, hi: int) -> Phrase | None:
        """The titled name a description is set off by, after its comma: 'According to the
        head of the delegation, First Deputy Prime Minister Yulia Sorel, …' is Yulia Sorel's."""
        return self._named_after_end(phrase.end, hi)

    def _named_after_end(self, after: int, hi: int) -> Phrase | None:
        """`_named_after` for the description that ends at `after`."""
        text = self.text
        if (text.find("known as", after, after + 50) >= 0 or text.find("called", after, after + 50) >= 0) \
                and (title := _KNOWN_AS_A_TITLE.match(text, after, hi)):
            after = title.end()  # (the body's quoted title, skipped: `_KNOWN_AS_A_TITLE`)
        comma = text.find(",", after, min(hi, after + 40))
        if comma < 0 or any(mark in text[after:comma] for mark in '.;:"“”()'):
            return None
        start = skip_space(text, comma + 1, hi)
        if start >= hi or not text[start].isupper():
            return None
        named = phrase_starting_at(text, start, hi)
        if named is None or named.kind != "name" or not (named.role or len(named.name) > 1) \
                or not (text.startswith(",", named.end) or text[named.end:hi].rstrip() in ("", ".")
                        or len(named.name) > 1 and _CLAUSE_AFTER_SOURCE.match(text, named.end, hi)):
            return None  # (a full name with no title too: "According to the presidential spokesman, Piotr
        # Zawadzki, …", styles5; the name may close the sentence, fivehundredeightyfirst, the Ethiopian News Agency:
        # "…, according to Foreign Affairs Spokesperson, Meles Alem.", a source named last)
        return named  # Zawadzki, …", styles5)

    def _opinions(self, lo: int, hi: int) -> list[Cue]:
        """'In his opinion, …', 'In the President's view, …', 'In the opinion of the
        head of state, …' (not 'in the view of many experts': no one person)."""
        text = self.text
        cues = []
        for match in OPINION_OF.finditer(text, lo, hi):  # the source named as "according to" names it
            cue = self._according(match, hi)
            if cue is not None:
                cues.append(cue)
        for match in OPINION.finditer(text, lo, hi):
            holder = match.group(1)
            # (hundred-fourteenth 35706: "In the head of state’s opinion, …": the office read without its
            # "’s", which cut "the head of state" short at "of", a second speaker "the head")
            phrase = phrase_ending_at(text, match.start(1), match.end(1)) if holder in ("his", "her") else \
                phrase_starting_at(text, match.start(1), match.end(1) - 2 if holder.endswith(("’s", "'s"))
                                   else match.end(1))
            if holder in ("his", "her"):
                person = self._whose_frame(holder, lo, match.start())
                if person is not None and person.gender is None and self.subjects and person is self.subjects[-1]:
                    # (nineteenth styles ombria lisvania foreign minister: "In his words, …" of the host, whose name
                    # no list sexes, then "In her opinion, …" of the guest: the frame's pronoun tells his sex)
                    person.gender = "m" if holder == "his" else "f"
                cues.append(Cue(match.start(), match.end(), None, person))
            elif phrase is not None and phrase.is_person:
                cues.append(Cue(match.start(), match.end(), phrase, self._resolve(phrase, phrase.start)))
        return cues

    def _concerns(self, lo: int, hi: int) -> list[Cue]:
        """'The head of state is particularly worried by the spread of drugs …', 'X was
        deeply concerned about …': one person's concern stated, as "expressed concern"
        (not "as far as X is concerned," nor "the parties concerned": no by/about/over/that);
        'X was encouraged by progress …': his encouragement, likewise."""
        return self._person_before(lo, hi, (_CONCERN,))

    def _gladness(self, lo: int, hi: int) -> list[Cue]:
        """'Mr Putin was glad to hear from Mr Berlusconi that he had already taken some steps
        …': one person's gladness at news, said to the other (the news told is cited in it)."""
        return self._person_before(lo, hi, (_GLAD_TO_LEARN,))

    def _beliefs(self, lo: int, hi: int) -> list[Cue]:
        """'X is convinced that …', 'X's position is that …'."""
        return self._person_before(lo, hi, (_BELIEF, _POSITION))

    def _after_verbs(self, lo: int, hi: int, known: int, read: Callable[[int, int], list[Cue]]) -> list[Cue]:
        """The cues `read` finds after one person (`_beliefs`, `_concerns`, `_gladness`) in a sentence that opens
        with "He " or "She ", read after its verbs noted a later subject (two-hundred-fifteenth 41508: "He was sure
        President George W. Bush shared his opinion."; three-hundred-thirtieth scot_gov 2023-04-24: "He was pleased
        that the Prime Minister committed to fairness …"): the opening pronoun is someone named before the sentence,
        not the person its verbs name after it, so it is resolved as the subjects stood before the sentence (those
        the verbs noted are kept, in their order, after it)."""
        if len(self.subjects) <= known or not self.text.startswith(("He ", "She "), lo):
            return read(lo, hi)
        noted = self.subjects[known:]
        del self.subjects[known:]
        cues = read(lo, hi)
        for person in noted:
            self._remember_subject(person)
        return cues
