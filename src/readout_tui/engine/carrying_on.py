"""Reports carried on: sentences and paragraphs with no cue of their own that go on
with a statement, or end it."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING, Any

from readout_tui.engine.cue_words import RARE_KIND
from readout_tui.engine.lexicon import (
    ALL_SPEECH_VERBS,
    COUNTED_POINTS,
    GROUP_HEADS,
    HONORIFICS,
    NON_PERSON_WORDS,
    ROLE_WORD_SET,
    has_complement,
)
from readout_tui.engine.people import Person
from readout_tui.engine.phrases import (
    _PLURAL_ROLES,
    Phrase,
    phrase_ending_at,
    phrase_starting_at,
    same_country,
    tokens,
    without_possessive,
)
from readout_tui.engine.quotes import DOUBLE_MARKS, Quote
from readout_tui.engine.reported_speech import (
    _ARGUES,
    _DONE_FOR_SOMEONE,
    FIRST_PERSON,
    RESOLVE_TO,
    THEN_ACTED,
    _closes_sentence,
    _comma_before_subject,
    courtesy_and_invitation_only,
    pledge_only,
    their_people_met,
)
from readout_tui.engine.sentence_patterns import (
    credit_in_parentheses,
    glosses_an_initialism,
    ANONYMOUS_CUE,
    DONE_BY_A_BODY,
    EARLIER,
    EVENT_ORGANISED,
    HOW_MANY_ATTENDED,
    FIRST_WORD_OF,
    INTRO_WORDS,
    KIN_OR_CLERGY_SUBJECT,
    LEADING_ADVERBIAL,
    ONGOING_PROCESS,
    OPINION,
    OPINION_OF,
    PRESENT_PLURAL_VERB_AFTER,
    STATE_DID,
    STATES_WHAT,
    WHAT_WAS_DONE,
    WORDS_AHEAD,
    WRITTEN_SUBJECT,
    WRITTEN_TEXT_READS,
    Cue,
    Found,
    all_that,
    can_act,
    credited_to_a_body_alone,
    credited_to_a_report,
    describes_a_document,
    describes_a_place,
    in_an_aside,
    names_states_only,
    plural_noun_after_preposition,
    programme_told,
    shown_by_an_event,
    states_acted_together,
    terms_only,
)
from readout_tui.engine.text_steps import skip_space, strip_tail, word_back

_IN_OWN_SPEECH = ("In his speech, ", "In her speech, ")
"""A report that opens on the speech its speaker gave ("In his speech, X said …"): the paragraph is that speech
(`_carry_report`'s `speech`)."""

_JUDGEMENT_WORDS = ("assessment", "estimation", "judgement", "judgment")
"""The opinion words that also name a thing done ("a serious assessment by the auditors"):
cue words only where they give someone's opinion (`_opinion_at`); not "view", "words"."""
_PRESCRIBED = (" should ", " must ", " ought to ")
"""The modal right after a group's noun that makes the sentence what the group ought to do, the
speaker's prescription, not what the people who met did together (`_together`)."""
_PRESCRIBED_OR_ABLE = (*_PRESCRIBED, " can ")
"""The same, or what the group can do ("The two parties can collaborate in many areas." after "Li said that …",
sevenhundredfiftieth yintai): a possibility the speaker sees, not what the people who met did (`_together`)."""
_URGED = (" are encouraged to ", " are urged to ", " are called on to ", " are called upon to ")
_PRESCRIBED_OR_URGED = (*_PRESCRIBED, *_URGED)
"""The same, or the passive of urging (`_prescription_goes_on`: "delegates are encouraged to put forward …")."""
_LOWER_GROUP_PRESCRIBED = re.compile(r"(?:all |the )?[a-z]+s (?:should|must|are (?:encouraged|urged) to) ")
"""A group in lower case after a connective and what it should do or is urged to (`_prescribed_after_connective`)."""
_POSITION_NO_STANCE = ("change of ", "changes of ", "change in ", "changes in ", "geographical ", "geographic ")
"""Before "position", what makes it a place held or where a place lies, not a stance: "a change of position" (troops
moving), "the advantageous geographical position of Latvia" (four-hundred-twenty-fifth lv_president india_akbar): a
sentence that holds it may carry a report on (`_has_cue_word`)."""
_ACCORDING_TO = "According to "
"""An account's opening, its source after it (`_account_after_narration`)."""
_OUTLETS_REPORTER = re.compile(r"(?:our|[A-Z][\w-]*(?:’s|'s))\s+(?:own\s+)?(?:correspondent|reporter|journalist)s?\b")
"""After "According to": a news outlet's own reporter (sixhundredseventh ukrinform zelensky-starmer: "According to
Ukrinform's correspondent in New York, the talks between the two took place …"), the readout's source, as a body is."""
_PORTFOLIO_WORDS = re.compile(r"(?:(?:[A-Z][a-z]+|and)\s+){1,6}")
"""The capitalised words of a minister's portfolio the phrase read leaves before his office ("Energy Minister X",
"Construction and Housing and Utilities Minister X": the phrase "Minister X", the statement the whole sentence)."""
_CERTAIN_AS_DETERMINER = re.compile(r"\b(?:[Aa]|in|on|at|for|of|to|with|under|from|by|within)\s+\Z")
"""Before "certain ", what makes it a determiner ("a certain period", "in certain regions"), not a
belief ("is certain that …")."""
_IN_CONFORMITY_WITH = re.compile(
    r"according\s+to\s+(?:(?:the|its|their|our|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:standards|rules|norms|requirements|"
    r"principles|procedures|criteria|regulations|plan|schedule)\b")
"""(hundred-thirteenth ukraine_president 72193: "The trilateral military brigade … is a vivid example of an effective
regional format where Ukrainian troops develop skills according to NATO standards." after "the President of Ukraine said
that …") "According to" a norm or a plan: in keeping with it, no one's account (`_has_cue_word`)."""
_JUDGED_WITH = ("content ", "satisfied ", "dissatisfied ", "unhappy ")
"""The belief words that are one only before "with" ("was not content with …", two-hundred-nineteenth 27061):
not "The content of radio and television programmes …", a noun (`_has_cue_word`)."""
_OPINION_BEFORE = re.compile(
    r"(?:\b[Ii]n\s+(?:my|our|your|their|his|her|its)\s+(?:own\s+)?|\bpoint\s+of\s+|\bof\s+(?:the|his|her|their)\s+)\Z")
"""Before an opinion word, what makes it someone's opinion: "in our view", "from his point of
view", "is of the view" (`_opinion_at`)."""
_NOT_STANCE_KINDS = frozenset({"eager"})
"""Rare kinds whose words ("quick", "message") are no stance taken (`_STANCE_VERBS`): only the
trigger of a search in their own sentence."""
_NARRATIVE_HEADS = frozenset(
    """meeting talks conversation visit call negotiations consultations ceremony event
    discussion discussions agenda delegation delegations summit session round
    exchange conference forum convening roundtable panel panels briefing
    meetings conversations summits conferences speeches""".split()
    # (plurals that are no verb: two-hundred-eighty-ninth uk_mod_2018_lancaster_south_america, "In Colombia, the
    # minister met the Head of the Army, …. These meetings presented an opportunity to reaffirm defence ties …":
    # the meetings told of, not the minister's report carried on; fivehundredthirtythird monaco 2017-11-21, "…, before
    # giving the floor to the various speakers, including …. These speeches featured an assessment of …": the speakers'
    # speeches told of, not the minister's)
)
_EVENT_FOLLOWED = re.compile(
    r"(?:A|An|The)\s+(?:[\w&’'-]+\s+){0,3}?(?:" + "|".join(sorted(_NARRATIVE_HEADS))
    + r"|lunch|luncheon|dinner|reception|tour)\s+(?:then\s+|also\s+)?(?:followed|ensued)\b")
"""An event that followed at a sentence's head ("A Q&A session followed in which over 30 figures … participated.",
fivehundredfortyfirst smg_3331_cfr_peace, after "Mayor X delivered a speech … and discussed with Y …"; "A lunch
followed."): the readout's account of the programme, not the speaker's report carried on (`_tells_of_events`); up
to three words before the event's noun, "Q&A" three tokens of them."""
_WORDS_RECEIVED = re.compile(r"(?:The|These|Those|His|Her|Their)\s+(?:[\w’'-]+\s+){0,2}?(?:remarks|words|comments)"
                             r"\s+(?:(?:also|later)\s+)?(?:drew|were\s+echoed)\b")
"""(hard73 foreign minister: "He told them that … . The remarks drew long applause from the hall."; "These words were
echoed across the garrison town, …") the words just given, told as received: the readout's account, not the speaker's
report carried on (`_tells_of_events`)."""
_GIVES_AN_EXAMPLE = re.compile(
    r"(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,4},\s+for\s+(?:example|instance)|For\s+(?:example|instance)),\s")
"""A sentence that opens by giving an example, at its very start or after a short fronted adverbial ("For example, …",
"This week, for example, the President of Turkmenistan will visit Belarus.", three-hundred-thirty-eighth
belarus_president_2017-10-06_lebedev): it illustrates the report just before it, whoever acts in it (`_carry_report`)."""
_POINTS_BACK = re.compile(r"(?:This|These|That|Those)\s+([a-z][a-z-]{2,})\b")
"""A sentence that opens by pointing back to a thing ("This package follows on …"); `_carry_report` reads it with
the sentence before it when that one brought the thing in ("a package of …") and was not the report's."""
_OUR_TWO = re.compile(r"\b[Oo]ur\s+two\s+(?:countries|nations|peoples|states|presidents|leaders|heads\s+of\s+state|"
                      r"governments|sides)\b")
"""A speaker's own voice in a report told in the third person ("our two presidents", "our two countries"):
`CarryingOn._gap_in_the_speakers_voice`."""
_TWO_HEADS_OF_STATE = re.compile(r"\bPresident\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s+and\s+President\s+[A-Z]"
                                 r"|\b[Tt]he\s+two\s+(?:presidents|heads\s+of\s+state)\b")
"""Two states' heads as a sentence's subject ("President Xi Jinping and President Biden", "the two presidents"):
`CarryingOn._heads_of_state_recalled`."""
_ADVERBIAL_THEN_EVENT = re.compile(r"(?:Above\s+all|In\s+addition|Also|Moreover|Besides|Furthermore|Overall|"
                                   r"In\s+general|First\s+of\s+all|Meanwhile|On\s+the\s+whole),\s+(?:the\s+)?"
                                   r"([a-z]+)(?:\s+([a-z]+))?\b")
"""A discourse adverbial, then the subject's first words: "Above all, the talks were about …"."""
_FRONTED_PHRASE_THEN_EVENT = re.compile(
    r"(?:With|Given|Amid|Against)\s[^.;:]{3,160}?,\s+(?:the|this|that)\s+([a-z]+)\s+"
    r"(?:had|has|was|were|came|took|lasted|marked|carried|drew|gave)\b")
"""A fronted phrase of circumstance, then the sentence's subject, the meeting or another event's word (`_NARRATIVE_HEADS`,
group 1), and its verb (sevenhundredeighteenth, AP as tnj.com prints it: "With more than 630,000 Hispanics of Honduran
background in the United States, the meeting had significance for Obama in Central America and at home."): the readout
tells of the meeting, as "The meeting had significance …" would (`_tells_of_events`), no one's report carried on."""
_AGENTLESS_SPEECH = re.compile(r"\b(?:was|were)\s+(?:also\s+|once\s+again\s+|again\s+)?(?:emphasi[sz]ed|stressed|noted|"
                               r"expressed|drawn|underlined|underscored|highlighted|pointed\s+out|reaffirmed|reiterated|"
                               r"voiced)\b(?!\s+by\b)")
_AGENTLESS_ORDER = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:told|instructed|asked|ordered|directed|requested|"
                              r"urged|tasked|charged)\s+to\b")
"""An agentless passive order ("The ministry was told to …"): a sentence no one is said to speak."""
_HEARER_TOLD = re.compile(r"\b(?:was|were)\s+(?:also\s+|further\s+|then\s+)?"
                          r"(?:informed|told|briefed|updated|apprised|assured|notified)\b(?!\s+to\b)(?![^.;]*\bby\b)")
"""(fourhundredfourth belarus_president_2016-02-15_zharko_report: "… The President was informed that there is no … epidemic
… . The morbidity rate is 10% lower than …") A hearer told something, the teller unnamed: what follows is what was told,
no longer the report that came before (not "was told to …", an order; not "was informed by X")."""
_BARE_NAMES_JOINED = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)? and [A-Z][a-z]+(?: [A-Z][a-z]+)?")
"""Two bare capitalised names joined by "and", no article, office or title ("Shanghai and Dunedin", "New Zealand and
Fiji"): `_bare_names_of_no_one`."""
_OUTSIDE_STATES = re.compile(r"(?!(?:Both|The|These|Those|All|Our|Their|Two|Three|Four|Five)\b)[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?"
                             r" (?:states|countries|nations)")
"""Countries a report speaks of, a bare plural after a region's or a people's word ("Caspian states neighbouring
on the Astrakhan Region are also interested in this.", hundred-first): not the people who met, who are "the two
countries", "both states"; nor a group who acts, so the report goes on over them (`_goes_on_reporting`, hundred-first
kremlin_67598)."""
_FACT_SUBJECTS = ("The fact that ", "The very fact that ", "The mere fact that ", "It is hoped that ")
"""Openings of a sentence whose subject is a fact, a that-clause ("The fact that X is entering
the market is a good sign …"): the writer's or speaker's judgement of it, no one acting; and an impersonal hope, whom
its that-clause names hoped of, not acting (sixhundredeightyeighth dlgov maruyama: "He said that …. Dalian will further
deepen …. It is hoped that Mr. Maruyama will continue to pay attention to …", the host's report carried on)."""
LIST_OF_THE_LAST = ("These include ", "They include ", "These included ", "They included ",
                    "These include:", "They include:", "These included:", "They included:")
"""Openings of a sentence that lists what the sentence before spoke of (two-hundred-eighty-first 73617: "“We are
stepping up our efforts to free captured civilians,” she said. These include the release of Dniprorudne Mayor Yevhen
Matvieyev, Melitopol District Council Chairman Serhiy Pryyma, …"): the people it names are the list's items, spoken
of, no one acting or speaking; as a paragraph's opening after a paragraph one person's statement ended, the list
of what that statement spoke of, theirs (`Statements._hand_on`; four-hundred-sixty-fifth gisbarbados mexico-agriculture:
"Minister X highlighted several areas in which …" / "These included: food security, …")."""
_AGENTLESS_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are|will be)\s+(?:also\s+|again\s+|once again\s+|gratefully\s+|warmly\s+)?"
    r"(?:noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|discussed|raised|paid|held|"
    r"agreed|signed|made|given|reached|adopted|exchanged|considered|addressed|touched|expressed|"
    r"reaffirmed|confirmed|stated|mentioned|reviewed|outlined|welcomed|drawn|taken|shown|brought|"
    r"sought|done|focused|placed|devoted|voiced|touched|reported|announced|expected|planned|"
    r"scheduled|decided|approved|highlighted|recalled|cancell?ed|canceled|postponed|rescheduled|"
    # (four-hundred-thirty-ninth tajik_president_2023-08-29: "Various economic and commercial areas … were evaluated
    # as promising areas of cooperation.": a judgement passed at the meeting, no one's, as "was considered")
    r"accepted|shared|conveyed|evaluated|assessed)\b(?!\s+(?:\w+ly\s+)?by\b"
    # (not a state: "The calamity was made all the worse by landslides": nothing done at the meeting)
    r"|(?<=made)\s+(?:all\s+)?(?:the\s+)?(?:worse|better|easier|harder|possible|impossible)\b"
    # (nor funds provided: "… 1 million rubles have been made available for business development" in a
    # governor's report, hundred-sixty-second: what the region gives, nothing done at the meeting)
    r"|(?<=made)\s+available\b"
    # (nor what a thing consists of: "The unit was made up of the tactical group battalion …" in a minister's report,
    # ninety-ninth kremlin_34251, "The mission was made up of US, French, German and Swedish experts.", eighty-third
    # kremlin_27448: a state, nothing done at the meeting)
    r"|(?<=made)\s+up\s+of\b"
    # (nor a document prepared: "A pilot programme has been drawn up for developing the coastal fishing industry."
    # in a governor's report, hundred-seventy-fifth 51542: what the region prepared, not "attention was drawn to")
    r"|(?<=drawn)\s+up\b"
    # (nor a judgement of what a thing is: "Their cooperation projects … have achieved positive results and are considered
    # successful examples for …" after "X said that …", a complement after "considered", the speaker's words carried on,
    # not "The issue was considered at the meeting", nor a judgement passed at it in the past, "… the expansion of working
    # contacts … was considered beneficial.", four-hundred-thirty-ninth tajik_president_2023-08-29_al_maliki)
    r"|(?:(?<=is considered)|(?<=are considered))\s+(?:as\s+|to\s+be\s+)?(?!several\b)(?:an?\s|one\s+of\b|[a-z]+(?:ful|ous|ive|ant|ent|able|ible|al)\b))")
# (an adverb between the participle and its agent leaves it an agent's: "… the problems are
# addressed jointly by state agencies and NGOs" names who acts, as "addressed by" does)
_FLOOR_GIVEN = re.compile(r"The floor was (?:then |later |subsequently |next )?(?:opened|given|handed|passed|turned)\b")
"""A meeting's floor opened or given to others (four-hundred-thirty-eighth swiss_fdfa cassis_civil_society: "To start the
meeting, Mr Cassis gave an assessment of …. The floor was then opened in order to obtain as wide a range of views as
possible …"): the meeting's next step, not more of the words before it."""
_FOCUS_OF_A_MEETING = re.compile(
    r"\b(?:attention|emphasis|focus|meeting|talks|conversation|negotiations|consultations|discussions?|agenda|"
    r"summit|session|visit|call|exchange|briefing|forum|conference)\b", re.IGNORECASE)


_PRESENT_VERB_AFTER = re.compile(r" (?:also |fully |firmly |always |highly )?(?:([a-z]{2,}s) [a-zA-Z]"
                                 r"|is (?:also |always )?(?:ready|willing|prepared|committed|determined|eager|keen) to\b"
                                 r"|(?:will|should) (?:also |further |continue to )?[a-z]{3,} [a-z])")
"""A verb in the present tense's third person right after a state's bare name, its object or complement after it
("Orsenna welcomes more …", "Carvia firmly adheres to …", or a capitalised object, "As such, Anhui welcomes European
companies’ participation …", sevenhundredsecond, h977; not a plural noun after an adjective, "Ardeshi troops, …"),
or a readiness stated ("Under the framework of …, Caolan is ready to carry out exchanges …", styles36, as "the Orsennan
side is ready to"), or what it will or should do ("Jiangsu will also offer better education opportunities to its
students …", a party secretary's plans for his province, fivehundredfortysecond jsic spring_festival; "Minister WAN
recognized Gansu’s endeavors … . He hoped … . Gansu should also optimize its pro-innovation environment …",
sevenhundredthirtyfirst most, a minister's wish for the place, which no readout's own voice prescribes, h977; "It is
eager to attract more British enterprises …", sevenhundredthirtyseventh towuhan, an eagerness as a readiness): see
`_reporters_state_speaks`."""


_OWN_PLAN_OR_READINESS = ("plans to ", "intends to ", "is ready to ", "is willing to ", "is prepared to ",
                          "is also ready to ", "is also willing to ", "is also prepared to ")
"""What follows "He " or "She " opening a sentence that tells the speaker's own plan or readiness in the present ("He
plans to …", "She is ready to work with …"): their words going on right after their statement (`_own_plan_goes_on`)."""


_PERFECT_AFTER = re.compile(r" (?:also |always |already |now )?(?:has|have) (?:also |always |already |now )?[a-z]{3,}")
"""A present perfect right after a place's bare name ("Zhejiang has established …"): what the place has done as a
report tells it (`CarryingOn._place_of_own_report`)."""


def _present_verb_follows(text: str, end: int) -> bool:
    """Whether a verb of `_PRESENT_VERB_AFTER` follows the subject ending at `end`, a word in "-s" no noun in "-ss" or
    "-us" ("… progress …", "… status …"): the one test `_reporters_state_speaks` makes after a mission's or a state's name."""
    verb = _PRESENT_VERB_AFTER.match(text, end)
    return verb is not None and (verb.group(1) is None or not verb.group(1).endswith(("ss", "us")))


_MISSIONS_AND_HEADS = (("consulate", "consul"), ("embassy", "ambassador"))
"""A diplomatic mission's word and the word of the office that heads it (`_heads_the_mission`)."""


def _heads_the_mission(subject: str, reporter: Person) -> bool:
    """Whether the subject names a mission the reporter's office heads ("Consul General Levy set out that … . The U.S.
    Consulate General in Guangzhou highly values its relations with Fujian province, and this visit is his seventh …",
    fivehundredseventyninth fjfao us_consul_general): his mission speaking in the present tense, his words carried on,
    as his state's bare name is (`_reporters_state_speaks`). Cheap: the mission's word in the subject first."""
    low = subject.lower()
    return any(mission in low and any(head in role for role in reporter.roles)
               for mission, head in _MISSIONS_AND_HEADS)


_PASSIVE_BY = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:also\s+|warmly\s+|widely\s+)?"
                         r"(?:welcomed|supported|endorsed|praised|backed|appreciated)\s+by\s+")
"""A speech verb's passive with its agent after "by" ("The decision was welcomed by …"): see `_passive_by_a_group`."""


_HOPED_FOR = ("It is hoped that ", "It is hoped ")
"""The impersonal hope that opens a paragraph speaking as one side ("It is hoped that both sides will …"), the words
of the one whose statement came before (`_own_side_between`)."""
_FRONTED_AS_OFFICE = re.compile(r"As (?:the |a )?[A-Z][^,.;]{1,60},(?: the [a-z][^,.;]{0,40},)? ")
"""A fronted office the subject acts in, maybe with an aside on its place ("As the Mayor of Nanning, the current rotating
city, "), before the subject (`_own_act_then_report`)."""
_FRONTED_NOW = re.compile(r"(?:At present|Currently|At the same time|Now),\s+")
"""A time opening before the subject of a paragraph that speaks as one side ("At present, Guangdong endeavors to …",
`_own_side_between`)."""


_WHO_MET = re.compile(r"(?:[Bb]oth|[Tt]he\s+(?:two|three|four))\s+(?:[Ff]oreign\s+|[Pp]rime\s+)?(?:[Mm]inisters|[Ll]eaders|"
                      r"sides|parties|[Pp]residents|[Ss]ecretaries|[Hh]eads\s+of\s+[Ss]tate|delegations|counterparts)\b")
"""The people who met, as a readout names them as a pair or a trio ("both ministers", "the two Foreign Ministers",
"the three leaders"): the subject `_who_met_act` looks for after a connective."""


_SETTING_OPENERS = ("In ", "At ", "During ")
_SETTING_ALONE = re.compile(
    r"(?:In|At|During)\s+(?:a|an|the|his|her|their)\s+(?:[a-z-]+\s+){0,3}"
    r"(?:roundtable|round-table|meeting|conference|session|dinner|luncheon|lunch|reception|ceremony|forum|event|visit|"
    r"briefing|interview|discussion|talks|summit|address|speech)"
    r"(?:\s+(?:at|in|of|with)\s+(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:of\s+|the\s+|and\s+)*[A-Z][\w’'&.-]*)*)?[.!]?\Z")
"""A sentence that is only a setting, a preposition, a meeting's noun and maybe its place's name, with no verb: a full
stop printed for a comma before the sentence it sets (eighthundredtwentyeighth redlatinastl: "In a business roundtable
at the Danforth Plant Science Center. Greitens said healthcare, … are the areas …"): where someone spoke, narrative (as
"This was stated by the President in an interview"), never a report carried on from the one before it. Only a
capitalised place's name after the noun, so no clause with a verb fits."""


def _narrative_head(text: str, lo: int, hi: int) -> bool:
    """One of the first three words of text[lo:hi] is a word the readout's own account opens with (`_NARRATIVE_HEADS`:
    "The talks …", "Negotiations …")."""
    return any(t[0].lower() in _NARRATIVE_HEADS for t in tokens(text, lo, min(hi, lo + 80))[:3])


_HEAD_OUGHT_TO = re.compile(r"(?:[\w’'-]+\s+){0,2}([\w’'-]+)\s+(?:should|must|ought\s+to)\s")
"""A sentence's first words, their head before a modal of what ought to be (`_a_talk_ought_to`)."""


def _a_talk_ought_to(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] opens with a talk as the subject of "should" / "must" / "ought to" (four-hundred-twenty-sixth
    whitehouse 2023-02-01 McCarthy: "The President welcomes a separate discussion with congressional leaders …. This
    conversation should build on the President’s leadership in …"): what a talk ought to be is a stance, the last
    speaker's carried on; the readout tells of its talks as they were or will be, never as they ought to be."""
    opening = text[lo:min(hi, lo + 60)]
    if not any(modal in opening for modal in _PRESCRIBED):
        return False  # (cheap: most sentences opened by a talk say no "should")
    head = _HEAD_OUGHT_TO.match(text, lo, hi)
    return head is not None and head.group(1).lower() in _NARRATIVE_HEADS


def _passive_by_a_group(sentence: str) -> bool:
    """A passive whose agent is a group (two-hundred-eighty-ninth uk_beis_2021-09-27_business_groups: "The decision
    was welcomed by all business representative organisations present.", after the Business Secretary's report):
    what the group did, not his words carried on (a cheap " by " test before the search)."""
    if " by " not in sentence:
        return False
    passive = _PASSIVE_BY.search(sentence)
    if passive is None:
        return False
    agent = phrase_starting_at(sentence, passive.end(), len(sentence))
    return agent is not None and agent.kind == "group"


def _a_state_of_focus(sentence: str, passive: re.Match[str]) -> bool:
    """A present "is/are focused on" whose subject is no meeting and no attention ("The region
    is focused on science and technology."): a thing's state, not "The talks were focused on …"."""
    return passive.group().startswith(("is ", "are ")) and sentence.startswith(" on ", passive.end()) \
        and _FOCUS_OF_A_MEETING.search(sentence, 0, passive.start()) is None


_ACT_PARTICIPLES = frozenset(("announced", "declared", "guaranteed"))
"""Speech verbs whose passive, with a thing for subject, tells an act done ("A tender has been
announced", "A state of emergency has been declared"), not what anyone said; so a thing secured
(sevenhundredninetyninth ohr mennuti: "The continuity of reforms must be guaranteed for Brčko to achieve …" before
"…, Mennuti stated.": no one gives a guarantee, the sentence leads up to his words)."""
_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being)\s+(?:(?:already|also|now|just|officially|recently)\s+)?\Z")
_THING_ANNOUNCED_SUBJECT = re.compile(r"(?:An?|The|Its|Their)\s+[a-z]")


def _a_thing_announced(text: str, lo: int, vs: int, ve: int, hi: int) -> bool:
    """The participle text[vs:ve] is a passive ("has (already) been announced") in a sentence opened
    by a thing ("A competition for the concept has already been announced; …"), and no "that", colon
    or agent follows it: a thing announced, not "It has been announced that …" (no one's words)."""
    if _PASSIVE_BEFORE.search(text, max(lo, vs - 40), vs) is None or not _THING_ANNOUNCED_SUBJECT.match(text, lo, hi):
        return False
    after = text[ve:min(hi, ve + 6)].lstrip()
    return not after.startswith(("that", ":", "by ", "to "))


def _announced_a_thing(text: str, ve: int, hi: int) -> bool:
    """"announced" at text[:ve] takes a noun for object, no "that", colon or quotation ("Today, President X
    announced a first-of-its-kind overhaul of procurement policy …": hundred-eighty-ninth): an act made
    known, the sentences after it the readout's own account of the thing, not more of X's words."""
    after = text[ve:min(hi, ve + 12)].lstrip()
    return after.startswith(("a ", "an ", "the ")) and text.find("“", ve, hi) < 0


def _states_a_noun(text: str, lo: int, vs: int, ve: int) -> bool:
    """"states" at text[vs:ve] after a determiner and no "that", colon or quotation after it ("one
    of the strongest states in the world", "all member states of"): the noun, not the verb."""
    # (hundred-ninety-ninth 35682: "Russia seeks to develop active cooperation … with all the Organisation of the
    # Islamic Conference’s member states.": "member states" is the noun, whatever comes before "member")
    if STATES_WHAT.match(text, ve):
        # (a comma after it too when a place's name stands after a word of its clause: "The delegation, which visited
        # key New England states, engaged with …", `_place_after_a_clause_word`)
        return text.startswith(",", ve) and _place_after_a_clause_word(text, lo, vs)
    return (text.endswith(" member ", lo, vs) or _DETERMINED_NOUN_BEFORE.search(text, max(lo, vs - 40), vs) is not None
            or _place_named_before_states(text, lo, vs))


def _place_named_before_states(text: str, lo: int, vs: int) -> bool:
    """Before "states", a determiner and a place's name of capitalised words, none an office ("the New England
    states", "the Gulf states"; five-hundred-eleventh gnb 2011-07-0764: "… New Brunswick's connections with the New
    England states and eastern Canadian provinces"): the states of a region, a noun, not "New England" stating
    anything; not "the President states", whose capitalised word is an office."""
    found = _CAPITALISED_AFTER_DETERMINER.search(text, max(lo, vs - 40), vs)
    if found is None:
        return _place_after_a_clause_word(text, lo, vs)
    return _no_office_word(found.group(1))


def _place_after_a_clause_word(text: str, lo: int, vs: int) -> bool:
    """Before "states", a lower-case word of its clause's own (an adjective, a verb, a preposition; no conjunction
    or relative that opens a clause) and two or three capitalised words, none an office (sixhundredtwentyseventh,
    Prince Edward Island's releases: "The delegation, which visited key New England states, engaged with Governors
    …"; "officials from New England states"): a place's name, whose states are a noun."""
    if not text[vs - 2:vs - 1].isalpha():
        return False
    found = _CAPITALISED_AFTER_A_CLAUSE_WORD.search(text, max(lo, vs - 40), vs)
    return found is not None and _no_office_word(found.group(1))


def _no_office_word(words: str) -> bool:
    """Whether none of the capitalised words is an office's or an honorific ("the President states")."""
    return not any(word.lower() in ROLE_WORD_SET or word.lower() in HONORIFICS for word in words.split())


_CONCLUSION_OPENERS = ("That is why ", "This is why ")


def _draws_a_conclusion(text: str, lo: int) -> bool:
    """"That is why President X initiated …" right after Y's words (first ukraine_president 73201, hundred-seventy-
    second 72401): the conclusion Y draws, Y's words carried on though it names someone else who acts."""
    return text[lo] == "T" and text.startswith(_CONCLUSION_OPENERS, lo)


def _in_another_script(text: str, s0: int) -> bool:
    """The sentence at s0 opens with a letter of a script other than Latin (Cyrillic, Greek, Arabic …): a
    source's sentence left untranslated beside its English version ("Задля розв'язання … Глава держави
    доручив уряду …. In order to solve …, the President instructed …"), no English words to carry on.
    (Latin letters with accents, "É", "Ł", "ệ", are below U+0370 or in U+1E00-U+1EFF.)"""
    at = skip_space(text, s0, len(text))
    code = ord(text[at]) if at < len(text) else 0
    return code >= 0x370 and not 0x1E00 <= code <= 0x1EFF and text[at].isalpha()


_DETERMINER_BEFORE_A_NOUN = re.compile(r"\b(?:the|a|an|its|their|our|his|her|this|that)\s+(?:[A-Z][\w’'-]*\s+){0,2}\Z")
"""A determiner, and up to two capitalised words of a name, before a word that is then a noun ("the Union list")."""


_CALL_AS_A_NOUN = ("courtesy ", "phone ", "telephone ", "video ", "farewell ", "introductory ")
"""The words that make "call" after them a noun, a visit or a conversation ("a courtesy call on him", "a telephone
call with …"), never the verb of an appeal ("called on them to …")."""


def _no_speech_verb_at(text: str, lo: int, vs: int, ve: int, hi: int) -> bool:
    """A speech verb's word text[vs:ve], in the sentence text[lo:hi], that is no verb of speech here:
    a thing announced in the passive ("A competition … has already been announced; …": an act in a
    report), an adjective before its noun ("a number of promising investment projects", "the most
    encouraging results"), or a plural noun ("one of the strongest states in the world";
    `plural_noun_after_preposition`)."""
    form = text[vs:ve]
    if form in ("call", "calls") and text.endswith(_CALL_AS_A_NOUN, lo, vs):
        # (eighthundredsixtysixth mb 2025-12-22: "Domagoso gave the assurance during Ambassador Jing Quan's courtesy
        # call on him which focused on …": the visit, a noun after "courtesy"; no one calls on anyone to do anything,
        # so the sentence says only when the assurance told before was given)
        return True
    if form[:5] == "focus" and text.endswith("which ", lo, vs):
        # (the same page: "… courtesy call on him which focused on Manila’s Filipino-Chinese heritage, public safety,
        # …": what a meeting covered, its pronoun "which" a thing's, no one dwelling on anything; "X, who focused on …"
        # stays a person's)
        return True
    if form == "think" and text.startswith((" tank", "-tank"), ve):
        # (hundred-seventy-second 72401: "He said this during an online meeting organized by the American think tank
        # Atlantic Council …": a research body's name, a noun; no one thinks anything)
        return True
    if form.endswith("ed") and text.endswith(_ATTRIBUTIVE_OPENERS, lo, vs) \
            and _ATTRIBUTIVE_NEXT.match(text, ve, hi) is not None:
        # (hundred-thirty-second 28406: "It is especially important to determine a range of guaranteed
        # medical services for pensioners …": a participle before its noun, no one guaranteed anything)
        return True
    if form.endswith("ed") and text.endswith("ly ", lo, vs) \
            and _ADVERB_AFTER_OPENER.search(text, max(lo, vs - 24), vs) is not None \
            and _ATTRIBUTIVE_NEXT.match(text, ve, hi) is not None:
        # (hundred-thirty-ninth: "… in response to the widely expressed demands of many Tunisians for …": an
        # adverb between the article and the participle, still an adjective; no one expressed anything)
        return True
    if form[-1] == "s" and text.endswith("ed ", lo, vs) \
            and _NOUN_AFTER_ATTRIBUTIVE.search(text, max(lo, vs - 40), vs) is not None:
        # (hundred-thirty-ninth: "the widely expressed demands of many Tunisians": a noun after its adjective)
        return True
    if form[-1] == "s" and form != "states" and text.endswith(" ", lo, vs) \
            and _QUANTIFIER_BEFORE.search(text, max(lo, vs - 12), vs):
        # (styles37 governing_board: "To date, few comments had been received …"): a speech verb's -s form after a
        # word that counts it is a plural noun, counted things, no one speaking (but not "42 states have done so":
        # countries, who act: tenth and hard10, White House maternal-health readouts)
        return True
    if form == "promises" and text.startswith((" to be ", " to become "), ve):
        # (three-hundred-forty-sixth kremlin_40142: "With its rapid economic progress, Russia promises to become a
        # vehicle of many other CIS countries’ economic development.": a prospect, as "is likely to become"; no one
        # gives his word, the sentence may lead up to "…, Mr Putin said.")
        return True
    if form in _ACT_PARTICIPLES:
        return _a_thing_announced(text, lo, vs, ve, hi)
    if form[-3:] == "ing" and text.endswith("ed ", lo, vs) \
            and _PASSIVE_PARTICIPLE_BEFORE.search(text, max(lo, vs - 40), vs) is not None:
        # (styles37 governing_board: "To date, few comments had been received recommending significant revisions to
        # the draft." after her report): what the things of a passive say, a clause on them, no one speaking
        return True
    if form == "invited" and text.endswith((" are ", " is "), lo, vs):
        # (four-hundred-twenty-fifth lv_president india_akbar: "…, where Indian businesses are invited to assess the
        # advantageous geographical position of Latvia …": a standing invitation in the present passive, no one's
        # words reported; "is invited by the President to …" names who invites)
        return not text.startswith(" by ", ve)
    if form in ("list", "lists") and _DETERMINER_BEFORE_A_NOUN.search(text, max(lo, vs - 40), vs) is not None:
        # (thirty-eighth hard set, the Commission's medicines reserve: "Moreover, a third of the critical medicines on
        # the Union list now depend on …": a noun after its determiner and a name, no one lists anything)
        return True
    if form == "added" and text.startswith(" to ", ve):
        # (ninety-second 71401: "In October, 251 health facilities were added to the list of …": things put
        # on a list, a passive; no one adds words to anything)
        return text.endswith((" were ", " was ", " been ", " be ", " being "), lo, vs)
    if form == "listed" and text.startswith((" in ", " on ", " among ", " as "), ve):
        # (hundred-first: "The buildings will be listed in a new programme for relocating …": things put on a
        # list, a passive, as "were added to the list"; no one lists words)
        return text.endswith((" were ", " was ", " been ", " be ", " being ", " is ", " are "), lo, vs)
    if form in _ADJECTIVE_PARTICIPLES:
        # (hundred-ninety-ninth 33368: "… requires principally new approaches and attractive, promising, new projects
        # …": a comma right after the word, one adjective of a list; the verb takes its complement at once, "promising
        # to help", "promising that …")
        return text.startswith(",", ve) or _BEFORE_AN_ADJECTIVE.search(text, max(lo, vs - 16), vs) is not None
    return form[-1] == "s" and (ve - vs == 6 and form == "states" and _states_a_noun(text, lo, vs, ve)
                                or plural_noun_after_preposition(text, lo, vs, ve))


_ATTRIBUTIVE_OPENERS = (" of ", " the ", " a ", " an ", " for ", " with ", " about ",
                        # a possessive determiner before the participle (sevenhundredninetyninth ohr mennuti: "… for
                        # Brčko to achieve its stated objectives and deliver …": its aims, no one stated anything)
                        " its ", " their ", " our ")
_ATTRIBUTIVE_NEXT = re.compile(
    r"\s+(?!(?:that|to|by|on|in|at|with|for|about|as|over|upon|from|into|him|her|them|it|us|me|the|a|an|his|"
    r"their|its|our|this|these|those|and|or|but|not|what|how|whether|if|once|again|also|here|there)\b)"
    r"[a-z][a-z-]*\s+[a-z]")
"""A speech verb's -ed form after a preposition or an article and before two lower-case words that open
no complement ("of guaranteed medical services", "the stated goal of …", "with promised federal funds"):
an attributive participle, the class of adjectives made of speech verbs, no one speaking (`_no_speech_verb_at`)."""

_QUANTIFIER_BEFORE = re.compile(r"\b(?:few|fewer|many|several|numerous|no|some|two|three|four|five|six|\d+)\s+\Z",
                                re.IGNORECASE)
"""A word that counts what follows it ("few comments", "several calls", "many promises"): the -s form after it is a
plural noun (`_no_speech_verb_at`)."""
_PASSIVE_PARTICIPLE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+\Z")
"""A passive's auxiliary and participle right before a speech verb's -ing form ("comments had been received
recommending …", "a resolution was adopted calling for …"): the form opens a clause on the passive's subject, a thing
that says it, not a person (`_no_speech_verb_at`)."""

_ADVERB_AFTER_OPENER = re.compile(r"(?:\bof|\bthe|\ban?|\bfor|\bwith)\s+[a-z]+ly\s+\Z")
"""An opener and an -ly adverb before a speech verb's -ed form ("the widely expressed demands of …", "the
publicly stated goal"): the participle still before its noun, an adjective (`_no_speech_verb_at`)."""

_NOUN_AFTER_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|of)\s+(?:[a-z]+ly\s+)?[a-z]+ed\s+\Z")
"""A determiner and an -ed adjective right before a speech verb's -s form ("the widely expressed demands of
…", "their repeated calls for …"): the form is a plural noun the participle describes (`_no_speech_verb_at`)."""
_A_FIGURE_MOVES = re.compile(r"\s+(?:came\s+to|rose|fell|grew|increased|decreased|declined|totall?ed|amounted\s+to|"
                             r"reached|exceeded|dropped)\s")
"""After a one-word subject in -ing: the verb of a figure ("Spending came to …", "Lending grew …"), so the word is a
noun, not a participle opening ("Standing together …") (`_narrates`)."""
_GERUND_SUBJECT = re.compile(
    r"(?!During\s)[A-Z][a-z]{2,}ing\s+(?:(?:[\w’'-]+\s+){1,14}?(?:will|would|can|could|should|must|may|might|requires|needs)"
    r"|[a-z][\w’'-]*\s+(?:[\w’'.-]+\s+){0,14}?(?:is|are|remains|remain)(?:\s+both)?\s+"
    r"(?:in\s+line|key|vital|essential|crucial|important|necessary|the\s+(?:best|only|key)"
    r"|(?:an?|another)\s+(?:(?:top|key|main|major|principal|strategic|priority|important|absolute)\s+)?"
    r"(?:priority|task|goal|objective)"
    r"|one\s+of\s+the\s+(?:main|key|principal|most\s+important)\s+(?:priorities|tasks|goals|objectives)))(?=[\s.,;:])")
"""A sentence headed by a gerund clause with no comma and a modal for its verb ("Empowering a new government
to stabilize the economy will also create space for …", "Doing so will keep …"), or "requires" / "needs"
(hundred-ninety-ninth 33368: "Making full use of the Urals region’s huge potential requires principally new
approaches …", "Making" with two letters before "-ing"; not the preposition "During"): a thing done is its
subject, no one acting (`_narrates`). So too a gerund clause, its first word after the gerund in lower case (an
object, not a name's second word: not "Downing Street is …"), then "is" / "are" and a judgement (three-hundred-nineteenth
tw_president 38797: "Maintaining positive relations with the U.S. and across the Taiwan Strait are both in line with our
national interest …" between two of the spokesperson's statements: "Maintaining" is no one's name, the country after
"with" no subject). Or judged a priority, a task or a goal ("Fighting terrorism is a priority.", "Streamlining the legal system is
one of the main tasks facing science.", two-hundred-fortieth kremlin_28302 and two-hundred-fifty-eighth kremlin_27985,
each opening a paragraph of the President's report: `_gerund_heads_a_judgement`), its end at the sentence's full stop
as well as before more words (h1112)."""

_RELATIVE_OPENERS = (" who ", " that ", " which ")
_GENERIC_ANTECEDENT = re.compile(r"(?<![\w,])(?-i:[a-z][a-z-]+)\s+(?:who|that|which)\s+\Z")


def _in_a_generic_relative(text: str, lo: int, vs: int) -> bool:
    """The speech verb's word at `vs` opens a restrictive relative clause on a common noun, no comma
    before its pronoun ("Russia has always been rich in … people who embody the energy … and who provide
    shining examples of how to build one’s life", hundred-fourteenth 35702): what those people do, no
    one's words reported in the sentence, which may still carry on the speaker's (not ", who said …",
    on someone named or an office before a comma). Guarded by the pronoun ending the text before it."""
    if _GENERIC_ANTECEDENT.search(text, max(lo, vs - 40), vs) is not None:
        return True
    # ("… people who embody the energy … and who provide …": the pronoun repeated after "and")
    return text.endswith(" and who ", lo, vs) \
        and _GENERIC_WHO.search(text, max(lo, vs - 200), vs - 8) is not None


_GENERIC_WHO = re.compile(r"(?<![\w,])(?-i:[a-z][a-z-]+)\s+who\s")


def _in_a_relative_on_a_thing(text: str, lo: int, vs: int) -> bool:
    """The speech verb's word at `vs` is a verb of a ", which …" clause, no comma or semicolon between its pronoun and
    the word ("… the importance of the First Session of ZAVNOBiH is immeasurable, which reaffirmed the statehood … and
    clearly and loudly expressed the will of its peoples …", sevenhundredseventyfourth sarajevotimes statehood day): what a
    thing did, no one's words reported in the sentence, which may still carry on the speaker's. Guarded by the pronoun
    found within 160 characters before the word."""
    which = text.rfind(", which ", max(lo, vs - 160), vs)
    return which >= 0 and text.find(",", which + 8, vs) < 0 and text.find(";", which + 8, vs) < 0


_IN_A_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+[^,;:.]*\Z")
"""What comes before a passive that a condition holds ("… if northern wage premiums were paid"), also at the
sentence's head ("If a decision is made to disconnect …, it must be applied to …", hundred-twentieth 74853)."""
_UNTIL_BEFORE = re.compile(r"\b[Uu]ntil\s+[^,;:.]*\Z")
_FREE_RELATIVE_BEFORE = re.compile(r"\b(?:[Ww]hat|(?:[Aa]ll|[Ee]verything)\s+that)\s+\Z")
"""Before an agentless passive, a free relative that makes the passive the name of a thing, the object of the sentence's
own verb (two-hundred-sixty-eighth kremlin_63427: "The President emphasised that … . To do this, it is necessary to
present the region’s development programme and show what has been done in Kostroma in recent years …": the things to
show, nothing done at the meeting; `_tells_of_events`). Right before the passive only: "what the region has been
given" stays."""
"""What comes before a present-tense passive that a time still to come holds ("Until the trial is held …",
`_tells_of_events`), as `_IN_A_CONDITION` holds a condition."""
_SUBJECT_OF_THE_MEETING = (r"(?:[\w-]+\s+){0,2}?(?:subject|topic|focus|focal\s+point|highlight)s?\s+of\s+(?:the\s+)?"
                           r"(?:discussions?|talks|conversations?|consultations|visit|meeting|trip)")
"""'a subject of discussion', 'the focus of the talks' after its article: both orders of `_A_SUBJECT_OF_DISCUSSION`."""
_A_SUBJECT_OF_DISCUSSION = re.compile(
    r"\b(?:was|were|is|are|became|remained)\s+(?:also\s+)?(?:an?|the)\s+" + _SUBJECT_OF_THE_MEETING + r"\b"
    r"|\b[Tt]he\s+" + _SUBJECT_OF_THE_MEETING + r"\s+(?:was|were)\b")
"""'Security in the republic was also a subject of discussion.': an agentless passive in other
words ('was also discussed'), what the meeting spoke of, no one's report; 'The opening of the airbase was a highlight
of the visit.' (two-hundred-sixty-fourth 29602): the readout's word on the visit, no one's report carried on. So the
same words turned round, the meeting's focus first: 'The focus of the talks was the cooperation between …'
(fivehundredseventyfourth sofia); "The focal point of the discussions was the revitalization of …"
(ninehundredsixtyfifth pioneernews 2024-07-31), "focal point" as "focus"."""
_TOPIC_DISCUSSED = re.compile(
    r"[^;:]*?\b(?:was|were)\s+(?:also\s+|then\s+|further\s+|not\s+)?(?:\w+ly\s+)?(?:discussed|touched\s+(?:up)?on|"
    r"gone\s+into)\b(?!\s+by\b)")
"""'Gas infrastructure development was also discussed at the meeting.': a whole sentence that only
names the meeting's next topic, with no agent: the meeting turns to it, and what follows is no
longer known to be the report carried on before it (not 'The plan was discussed with residents').
So "Matters of regional security were gone into as well." (eighteenth hard set selvania_independence_day_call)
and a topic the meeting left aside, "The evacuation was not discussed in public." (seventeenth hard set
zarenthia_staged_referendum_press): agentless, no one's."""
_ALSO_DISCUSSED_WERE = re.compile(
    r"Also\s+(?:discussed|touched\s+(?:up)?on|considered|addressed|covered|raised)\b(?:\s+(?:at|during|in)\s+the\s+"
    r"(?:meeting|talks|conversation|discussion))?,?\s+(?:was|were)\s")
"""'Also discussed at the meeting were public safety, protecting facilities from terrorist attacks, …': the
inverted 'X was also discussed at the meeting' (`_TOPIC_DISCUSSED`), the meeting's next topic with no agent."""
_AMONG_TOPICS_DISCUSSED = re.compile(
    r"Among\s+(?:the\s+)?(?:other\s+)?(?:issues|topics|matters|questions|subjects)\s+(?:discussed|considered|raised|addressed|"
    r"covered|touched\s+(?:up)?on)(?:\s+(?:at|during|in)\s+the\s+(?:meeting|talks|conversation|discussion|call))?"
    r",?\s+(?:was|were)\s")
"""'Among the issues discussed at the meeting were complaints from local residents …' (three-hundred-seventy-fifth
kremlin 55381): the inverted agentless 'X were discussed at the meeting', the meeting's topics; not '… raised by X were'."""
_TOPIC_ALSO_COVERED = re.compile(
    r"[^;:]*?\b(?:was|were)\s+also\s+(?:covered|addressed|reviewed|considered|raised)"
    r"(?:\s+(?:at|during|in)\s+the\s+(?:meeting|talks|conversation|discussion))?\s*[.!]?\s*$")
"""'The procedure for establishing disability status was also covered.' (hundred-fourth): the meeting's
next topic in other words, a whole sentence that ends there; not '… were also covered by the programme'."""
_TOPIC_CAME_UP = re.compile(
    r"[^;:,“”\"]*?\b(?:also|too)\s+(?:featured|came\s+up|figured)\b(?:\s+(?:too|as\s+well|briefly|in\s+the\s+"
    r"(?:talks|discussion|conversation|meeting|call)))?\s*[.]?\s*$"
    r"|[^;:,“”\"]*?\b(?:featured|came\s+up|figured)\s+(?:too|as\s+well)\s*[.]?\s*$")
"""'The situation in Varenza also featured.', 'Domestic political matters also came up.': a whole sentence
that names the meeting's next topic with a verb of its own, no one's (hard19; as `_TOPIC_DISCUSSED`)."""
_CAME_UNDER_DISCUSSION = re.compile(
    r"[^;:,“”\"]*?\b(?:also\s+)?(?:came|come|comes|was|were)\s+(?:also\s+)?under\s+(?:discussion|consideration)"
    r"(?:\s+(?:in|at|during)\s+the\s+(?:meeting|talks|conversation|discussion|call)|\s+on\s+the\s+occasion)?\s*[.]?\s*$")
"""'Federal government-funded mega projects in KP also came under discussion in the meeting.', 'Various matters …
came under discussion.' (South Asian press, sevenhundredfortyninth): 'were discussed' in other words, a whole sentence
that names the meeting's topic with no agent, no one's report carried on (as `_TOPIC_CAME_UP`)."""
_THEY_TALKED = re.compile(
    r"They\s+(?:also\s+|then\s+|further\s+|later\s+)?(?:discussed|talked\s+about|spoke\s+about|touched\s+(?:up)?on|"
    r"exchanged\s+views)\b")
"""'They also discussed the implementation of other Presidential instructions.' (hundred-twenty-fifth 68299): a
bare 'They' with a verb of talking, after one person's report, is the people who met talking together: the
meeting turns to its next topic (as `_TOPIC_DISCUSSED`), and what follows is no longer known to be the report."""
_THERE_WAS_TALK = re.compile(
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}?,\s+)?[Tt]here\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:exchanges?\s+of\s+(?:views|opinions|information|assessments)|discussions?|"
    r"dialogue|debate|talks|consultations|negotiations|understanding|agreement|consensus|emphasis)\b")
"""'There was also a substantive exchange of views on …', 'During the meeting, there was a discussion of …',
'There were also talks on …': the meeting's talk told as what there was (as 'views were exchanged'), no one's report.
'There was an understanding that preventing an escalation … is most important.' (three-hundred-seventy-ninth
kremlin_63949, after 'the Russian President stressed …'), 'There was broad agreement that …': what the meeting
reached, shared and agentless (as 'it was agreed'), not the last speaker's report carried on. (four-hundred-fifty-third
egypt_presidency burns: "There was also an emphasis on the mutual commitment to …", after the spokesman's "… said the two
sides underscored …": what the meeting stressed, agentless as 'the importance of … was emphasized', no one's report.)"""
_ON_THE_AGENDA = re.compile(r"[^.;:]*?\b(?:was|were)\s+(?:also\s+)?(?:high\s+)?on\s+the\s+agenda\b"
                            r"|On\s+the\s+(?:[A-Z][\w-]*\s+){1,2}agenda\s+(?:is|was|are|were)\s+also\b")
"""'Energy security was also on the agenda (of the meeting).': what the meeting spoke of (as 'was
discussed'), told in the past; no one's report ('The issue remains on the agenda' is left alone). Turned round
with a name's agenda (sixhundredfiftysecond qcostarica solis_cuba: "On the Solis agenda is also the topic of the
Cuban migrants …"): the visit's next topic, told by the paper, not his report carried on."""
_AGENDA_OF_THE_TALKS = re.compile(
    r"(?:[A-Z][\w ]{0,20},\s+)?(?:the|The)\s+agenda\s+of\s+(?:the|their|this|today[’']s)\s+(?:[\w-]+\s+)?"
    r"(?:talks|meeting|meetings|negotiations|conversation|visit|summit|session|call)\b")
"""'In addition, the agenda of the talks between the leaders … included …': what the meeting spoke of
(the agenda its subject), told as 'was on the agenda' is; no one's report carried on."""
_MEETING_TOPIC = re.compile(
    r"(?:One\s+of\s+)?(?:The|An?|the|Another)\s+(?:[\w-]+\s+){0,2}?(?:topics?|issues?|themes?|items?|matters?|questions?)\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:meetings?|talks|conversations?|negotiations|discussions?|call|visit|reports?)\b"
    r"|(?:in|at|during)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|conversation|negotiations|discussions?|call)\b"
    r"|(?:raised|discussed|addressed)\s+by\s+(?:the\s+)?(?:speakers|participants|parties|sides|leaders|interlocutors)\b"
    r"|on\s+(?:the|their|its)\s+(?:[\w-]+\s+)?agenda\b)"
    r"|(?:The|Their|Its)\s+(?:[\w-]+\s+)?agenda\s+(?:also\s+)?(?:included|covered|featured|comprised|encompassed)\b"
    r"|(?:During|In|At)\s+the\s+(?:[\w-]+\s+)?(?:meeting|talks|interview|conversation|negotiations|discussions?|call),\s+"
    r"(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,2}?(?:topics?|issues?|themes?|matters?)\s+(?:were|was|included)\b")
"""'The key topics of the meeting were defense and …', 'During the interview, particular topics were the role of …'
(fivehundredeighth coe_2011_leonetti: the occasion first, then its topics, as 'The topics of the interview were'),
'An important topic raised by the speakers was …',
'Another issue on the agenda concerned Nagorno-Karabakh.', 'Another key topic in the talks was the Kosovo
situation.' (thirty-sixth 39363), 'The agenda also included …': what the meeting
spoke of (as 'X was discussed'), no one's report; 'Another topic of the report dealt with fulfillment of debt
obligations.' (four-hundredth belarus_president_2024-06-17_golovchenko_report: a minister's report heard by the
head of state, its topic told by the readout, not his question carried on)."""


_ONES_AGENDA_INCLUDED = re.compile(
    r"(?:His|Her|[A-Z][\w’'-]*(?:\s+(?:de|da|do|dos|du|van|von|[A-Z][\w’'-]*)){0,3}[’']s)\s+(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:agenda|programme|program|schedule|itinerary)\s+(?:also\s+|further\s+)?(?:included|comprised|featured)\b")
"""(sevenhundredninetyseventh allafrica 2020-12-04: "He described the late X as …. Bornito de Sousa's São Tome agenda
included meetings with the local Prime minister, …"): a visitor's own agenda, programme or itinerary, with his name or
"His" before it, told as what it included: the readout's account of his visit, not his report carried on
(`_tells_of_events`), as "The agenda also included …" (`_MEETING_TOPIC`) is the meeting's."""


_THE_EVENT_ALSO_FEATURED = re.compile(
    r"(?:The|This|That|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:programme|program|event|ceremony|occasion|celebration|festival"
    r"|evening|opening|reception|gala)\s+(?:also|further|then)\s+(?:featured|showcased)\b")
"""(hard91: "Mayor X discussed the city's plan to …. / The programme also featured a cultural display by the dancers of
…", "The event also showcased …"): what else an event held, told by the readout, not the last speaker's report carried
on (`_tells_of_events`); an event's noun and "also" before the verb, as a visitor's "agenda included" is told
(`_ONES_AGENDA_INCLUDED`)."""


_DISCUSSION_DEALT_WITH = re.compile(
    r"(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?P<talks>discussion|discussions|talks|conversation|meeting|negotiations|"
    r"consultations|exchange)\s+(?:also\s+|then\s+|further\s+|later\s+|mainly\s+|mostly\s+|largely\s+|chiefly\s+|primarily\s+)?(?:dealt\s+with|focused\s+on|"
    r"focussed\s+on|centred\s+on|centered\s+on|covered|concerned|touched(?:\s+(?:up)?on)?|heard|listened\s+to)\s")
"""'The discussion also dealt with the resettlement of residents …', 'The talks then focused on energy.' ('The
conversation mainly focused on …', fivehundredeightyeighth bta kondov: an adverb of degree before the verb too; 'The
discussion also touched the issue of …', sixhundredtenth vlada_cz 2007-01-11: "touched" with no "on"): the
meeting itself is the subject of a verb of its topics ('The meeting heard several reports on …', three-hundred-third
kremlin_52913: the reports follow, each its reporter's); the class of sentences that tell the meeting's next
topic with the meeting as agent (`_talk_of_the_meeting`; checked only on sentences opening "The "/"This ")."""


_A_BODY_HELD_TALKS = re.compile(
    r"The\s+(?:[A-Z][\w-]*\s+){1,5}(?:also\s+|further\s+|then\s+)?(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:discussions?|talks|debates?|exchanges?\s+of\s+views)\s+(?:on|about|of|over|regarding)\b")
"""(sixhundrednineteenth gov_mt 2021-02-23: "The Foreign Affairs Council also held a discussion on Russia and Hong Kong."):
a named body, the meeting itself, talking of its next topic; no one's report, as "There was also a discussion on …"."""


def _talk_of_the_meeting(sentence: str) -> bool:
    """The sentence tells, with no agent, what the meeting spoke of: "Security in the republic was
    also a subject of discussion.", "There was also a substantive exchange of views on …", "Energy
    security was also on the agenda.", "In addition, the agenda of the talks … included …": no one's
    report (each form tried only where its words are)."""
    if ("ubject of" in sentence or "opic of" in sentence or "ocus of" in sentence or "ighlight of" in sentence
            or "al point of" in sentence) \
            and _A_SUBJECT_OF_DISCUSSION.search(sentence):
        return True
    if (" not discussed" in sentence or " gone into" in sentence) and _TOPIC_DISCUSSED.match(sentence):
        return True  # "Matters of regional security were gone into as well.", "The evacuation was not discussed …"
    if "here w" in sentence[:60] and _THERE_WAS_TALK.match(sentence):
        return True
    if sentence.startswith("The ") and (" held " in sentence or " had " in sentence) and _A_BODY_HELD_TALKS.match(sentence):
        return True  # "The Foreign Affairs Council also held a discussion on …": the meeting's next topic
    if ("featured" in sentence or "came up" in sentence or "figured" in sentence) and _TOPIC_CAME_UP.match(sentence):
        return True  # "The situation in Varenza also featured.", "Domestic political matters also came up."
    if " under " in sentence and _CAME_UNDER_DISCUSSION.match(sentence):
        return True  # "Various matters … came under discussion in the meeting." (sevenhundredfortyninth)
    if sentence.startswith(("The ", "This ")) and _DISCUSSION_DEALT_WITH.match(sentence) is not None:
        return True  # "The discussion also dealt with …" (hundred-thirty-second 58458): the meeting's next topic
    return "agenda" in sentence and (_ON_THE_AGENDA.match(sentence) is not None
                                     or _AGENDA_OF_THE_TALKS.match(sentence) is not None)


_CAME_WHEN = r"(?:came|comes)\s+(?:at\s+a\s+time|amid|as|after|a\s+day|a\s+week|(?:a\s+)?few\s+days|days|weeks)"
"""When the meeting or the words told before fell ("came a day after …"), in the present tense of a report of the day too
(ninehundredninetyseventh observer237 2020-09-10: "The administrative and security coordination meeting comes few days
after the convening of the … Regional Elections.": when the meeting fell, the writer's, between two statements of the
Governor, no words of his carried on into it)."""
_BODY_DECIDED = r"(?:on\s+[A-Z][a-z]+\s+)?(?:also\s+)?(?:approved|adopted|endorsed|sent)"
_MEETING_ITSELF = re.compile(
    r"(?:The|This|That|Today's|Today’s|On\s+the\s+same\s+day,\s+the)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:meeting|talks|conversation|call|visit|negotiations|consultations|ceremony|session|summit"
    # (sevenhundredeightieth biharprabha, the Indian Embassy's English: "Earlier, Rao discussed opportunities … with a
    # group of … / The interaction was attended by the US undersecretary of agriculture, …": the meeting, as
    # "The meeting was attended by")
    r"|interaction"
    # (hard76 council_of_ministers: "… the Minister of Defence informed the Council that … / The Council approved the
    # draft budget and sent it to Parliament.": the body that sat decided, as "The meeting approved …")
    # (sevenhundredthirtyeighth thehindu, PTI: "… Mr. Gehlot told party MLAs that … . The state cabinet on Tuesday sent
    # for the third time a proposal on the session to the Governor.": the body's act, with the day it acted maybe)
    # (hard77 condolences: "… has ordered an inquiry into the collapse. / The Kessardian Mining Chamber also sent a
    # wreath to the Embassy …": a named body of members acting on its own, no one's words carried on into it)
    r"|(?:council|cabinet|Council|Cabinet|Chamber|Association|Federation)(?=\s+" + _BODY_DECIDED + r"\b))\s+"
    r"(?:was\s+(?:also\s+)?attended\s+by|were\s+(?:also\s+)?attended\s+by|lasted|took\s+place|was\s+held|were\s+held"
    r"|" + _BODY_DECIDED + r"|" + _CAME_WHEN + r")\b"
    # (sevenhundredtwentyeighth wfirnews mcauliffe: "The announcement came as McAuliffe met with Mexican business
    # leaders at an event in Washington.": when the words before were given, as a meeting's "came as")
    r"|(?:The|This|That)\s+(?:announcement|statement|remarks|comments)\s+" + _CAME_WHEN + r"\b"
    # (eighthundredsixtysecond wrcbtv: "Governor X said Monday his administration is having … The governor's comments
    # to reporters came in response to reports last week in a German newspaper saying …": why he spoke, not his words)
    r"|The\s+[a-z]+(?:’s|'s)\s+(?:remarks|comments|words)\s+(?:to\s+(?:the\s+)?(?:reporters|journalists|press|media)\s+)?"
    r"(?:" + _CAME_WHEN + r"|came\s+in\s+response\s+to)\b")
"""'The meeting was attended by …', 'The talks lasted two hours.', 'The conversation took place …', 'The
meeting approved the draft agenda for …' (two-hundred-fifty-second 39415: what the meeting decided; the
working groups' reports after it are no one's words carried on), 'The Abe-Trump phone talks came at a time when …'
(sixhundredsixtyfirst jiji 2019-12-21: when the meeting fell, "came at a time", "came amid", "came a day after"), 'The
announcement came as …' (when the words told before were given): the readout tells of the meeting itself
(`_readout_moves_on`, `_tells_of_events`); "The Council approved …", "The Cabinet adopted …" (hard76) the same of the
body that sat, with those verbs only, and "The state cabinet on Tuesday sent … a proposal" (sevenhundredthirtyeighth);
"The X Mining Chamber also sent a wreath …" (hard77) of a named chamber, association or federation of members."""
_MEETING_ITSELF_BUT_FOR = re.compile(
    r"(?:Except\s+for|Apart\s+from|Aside\s+from|Other\s+than)\s+[^,.;]{3,120},\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|conversation|call|negotiations|consultations|session)\s+"
    r"(?:took\s+place|was\s+held|were\s+held|lasted|was\s+closed|were\s+closed)\b")
"""'Except for the start of the meeting with the vice foreign minister, the meeting took place behind closed doors.'
(sixhundredninetyfirst hpmc 2019-01-24), 'Apart from the opening remarks, the talks were held behind closed doors': the
meeting itself told of after what it leaves out, the readout's account as `_MEETING_ITSELF`'s (`_tells_of_events`)."""
_PRESENT_AT_THE_EVENT = re.compile(
    r"[^.;:]*?\b(?:was|were)\s+(?:also\s+)?present\s+(?:at|for|during)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|conversation|visit|ceremony|session|summit|event|reception|dinner|signing|exchange)\b")
"""'Many of the members of … were present at this meeting, which marked …' (fivehundredthirtythird monaco 2017-11-21): who
attended the event, the readout's own account, no report carried on into it (`_goes_on_reporting`); not 'troops were
present in the region', which a report may tell of."""
_THOSE_WHO_ATTENDED = re.compile(
    r"(?:Among\s+those|Those|Others)\s+(?:who\s+(?:also\s+)?(?:attended|took\s+part|participated|were\s+(?:also\s+)?present)"
    r"|(?:also\s+)?present|(?:also\s+)?in\s+attendance)\b")
"""'Those who also attended the meeting include X, Y and Z.' (eighthundredninetysecond lolwe 2018-06-05), 'Among those
who attended were …', 'Others present included …': who attended, the readout's own list of the guests as
`_PRESENT_AT_THE_EVENT`'s, no report carried on into it (`_goes_on_reporting`); not 'Those who attended the forum, he
said, …', which a cue of its own gives its speaker."""
_COUNTED_OFFICE_HOLDERS = re.compile(
    r"(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|"
    r"Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Several|Many|\d[\d,]*)\s+(?:[a-z][a-z-]*\s+){1,3}?(?:"
    + "|".join(sorted(_PLURAL_ROLES, key=len, reverse=True)) + r")\s+[a-z]")
"""A count of office-holders, lower-case words between, as a sentence's subject before its verb (sevenhundredseventythird
kdlt: "He says Burgum will welcome more new governors …. Eleven newly elected governors are part of the association’s
footprint."): a group the readout tells of, no report carried on into it (`_group_acts`), as "Eleven governors
are …", which the phrase reader reads as a group, is not; the words between break that phrase, and a counting word
alone opens a report's figures ("Three new plants were opened …", `reported_speech._COUNTING_WORDS`)."""
_COUNT_INITIALS = frozenset("TFSENM0123456789")
"""The first characters of `_COUNTED_OFFICE_HOLDERS`' counts: its cheap first test."""
_FIRST_OF_ITS_KIND = re.compile(
    r"(?:This|It|That)\s+(?:has\s+been|had\s+been|was|is|marked)\s+(?:also\s+)?the\s+first\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:meeting|talks|conversation|call|visit|contact|trip)\b")
"""'This has been the first meeting of the Prime Minister with the European ambassadors, …' (fivehundredeightyeighth
bnr petkov), 'This was the first visit of a Dutch Queen to Russia …', 'It was the first meeting between …': the
meeting's place in a series, the readout's account, no report carried on into it (`_goes_on_reporting`; no gold of
the corpus keeps one as anyone's)."""
_GOES_SOMEWHERE = re.compile(r"\s+(?:then\s+|also\s+|later\s+|subsequently\s+|afterwards\s+)?"
                             r"(?:visited|toured|was\s+joined\s+by|attended|took\s+part\s+in"
                             r"|(?:is|was)\s+(?:also\s+|then\s+)?(?:attending|taking\s+part\s+in)"
                             r"|was\s+speaking\s+(?:[\w’'-]+\s+){0,4}?(?:at|during)\s+(?:the|an?)"
                             r"|will\s+(?:also\s+)?lead\s+(?:a|an|the|his)\s+(?:[\w’'-]+\s+){0,3}?delegation)\b")
"""'The President then visited …', 'He also toured …': a person named goes somewhere (`_readout_moves_on`);
'She is also attending meetings of the G20 development ministers.' (two-hundred-ninety-third
zacharopoulou_indonesia), 'He then took part in …': to an event, the visit's programme told; 'Minister X was speaking
Wednesday 7 January at the installation ceremony …', 'Dr. X will lead a nine-man delegation to …' (fourhundredseventyseventh):
where he spoke, or the trip he will make, the writer's account resumed ("Mexico has assumed the presidency …", "The purpose
of the trip is to …" after it no more of his report)."""
_SPEAKING_WHEN_HE = re.compile(r"[^.;:,“”\"]{1,80}?\s+was\s+(?:also\s+)?speaking\s+when\s+(?:he|she)\s+"
                               r"(?:featured|appeared|addressed|met|received|hosted|welcomed|visited|toured|officiated|"
                               r"graced|launched|opened|closed|commissioned|inspected|paid|held|attended|presided)\b")
"""'The PS was speaking when he featured on Government Forum Discussion Programme on ZNBC this evening.'
(ninehundredninetysecond lusakatimes 2021-07-25, ZANIS): where and when the one just reported spoke, told by his own act
after "when he/she", the writer's account as "was speaking at the …" (`_GOES_SOMEWHERE`) is; its subject need not be read
as a person ("The PS", initials no role reads), since only a speaker "was speaking when he …": a paragraph of it carries
no one's report on between two of his (`_may_lie_between`)."""


def _spoke_when_acting(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] only tells when the one just reported spoke, by his own act (`_SPEAKING_WHEN_HE`): no
    more of his report (`_may_lie_between`); "speaking when" looked for first."""
    return text.find(" speaking when ", lo, hi) > 0 and _SPEAKING_WHEN_HE.match(text, lo, hi) is not None


_PLANNED_WORDS = frozenset(("expected", "planned", "scheduled"))
_CONNECTIVE_BEFORE_A_NOUN = re.compile(r"(?:(?:Thus|Therefore|Hence|So|Accordingly|In particular|In addition|Also|Moreover|"
                                       r"Furthermore|Besides|At the same time),|A\s+(?:number|series|range)\s+of)\s+(?=[a-z])")
"""A connective and its comma before a subject in lower case ("Thus, evacuation … is planned …", `_planned_in_report`);
or a count before its noun ("A number of humanitarian corridors are planned …", two-hundred-eighty-first 73617)."""
_MEETING_WORD = re.compile(r"\b(?:meetings?|visits?|talks|summits?|calls?|conversations?|conferences?|sessions?|"
                           r"consultations|negotiations|round|trip|forum|contacts?)\b", re.IGNORECASE)
_LOST_OPENING_CLOSER = re.compile(r"[,!?…][\"”] +[a-zA-Z]")


_BELIEF_VERB = re.compile(
    r"\b(?:believes|believed|thinks|thought|feels|felt|is convinced|was convinced|hopes|hoped|expects"
    r"|ha[sd]\s+(?:previously\s+|earlier\s+|also\s+|already\s+|long\s+)?said)\b"
    r"|\b[Aa]ccording to (?:him|her)\b|, (?:he|she) (?:said|added|noted),")
"""A belief's or a hope's verb near the start of a paragraph's last statement ("Mr Putin believes this will …",
"President Y hopes that …"), a report told as background ("Y has previously said …"), or one the opener relays
("According to him, Y has said …", "Y, he said, had promised …"), which makes it an aside on the opener's report
rather than a newcomer's own (`CarryingOn._settle_last_subject`; review rf23)."""
_BELIEF_VERB_REACH = 80
"""How far into the statement its verb is looked for: the subject's words and an aside, a bounded search."""


def _carries_into(before: Found, said: Found, previous: tuple[int, int], paragraph: int) -> bool:
    """The sentence before a quotation's closing sentence whose opening mark was lost is
    already the same person's statement, carried on (hundred-forty-third, 75409: "The Head of
    State is convinced that …. I think the G20 should put an end to this. At least to express
    its clear position …," the President summed up."): no sentence to give back, but the
    closing sentence's words end at its mark, the attribution after it no one's words."""
    return before.person is said.person and before.paragraph == paragraph \
        and previous[0] <= before.start < previous[1] and before.end > previous[0]


def _has_quote_mark(text: str, lo: int, hi: int) -> bool:
    return any(c in DOUBLE_MARKS for c in text[lo:hi])


_STRESSED_POINT = re.compile(r"(?:Most|More) importantly,\s(?=[^.;:!?]{0,160}?\b(?:is necessary|is important|is essential|"
                             r"is vital|is crucial|must|should|needs? to|has to|have to)\s)()")
"""The main point of what was said, opened "Most importantly, …" and arguing what must be done
(`_most_importantly`): the empty group marks where the point itself begins."""
_SYMPATHY_GIVEN = re.compile(
    r"\s+(?:(?:his|her|their|deep|deepest|sincere|sincerest|most|heartfelt|personal|profound)\s+)*"
    r"(?:condolences|sympathy|sympathies|words\s+of\s+(?:support|sympathy|condolence))\b", re.IGNORECASE)
"""After "expressed" / "conveyed" / "offered": sympathy for a loss, what follows it the readout's account of the loss
(its adjectives in any degree: "his sincerest condolences", "most sincere", three-hundred-sixth eu_commission
padoa_schioppa)."""
_SYMPATHY_VERB = re.compile(r"\b(?:expressed|conveyed|offered|extended)\b")
"""The verbs before `_SYMPATHY_GIVEN` (`_sympathy_only`)."""
_STANCE_VERBS = frozenset(
    """know knows knew believe believes believed think thinks thought expect expects expected hope hopes hoped
    made makes call calls called thank thanks
    thanked congratulate congratulates congratulated welcome welcomes welcomed condemn condemns condemned praise
    praises praised urge urges urged invite invites invited wish wishes wished""".split()) \
    | frozenset(word for word, kind in RARE_KIND.items() if kind not in _NOT_STANCE_KINDS)
"""Verbs that take a stance rather than report: what follows them in a paragraph is
the readout's own background, not more of the speaker's report."""
_MADE_CLEAR_THAT = re.compile(r" (?:it )?(?:clear|plain) that\b")
"""After "made": a point told, which may go on as "stressed that" does (`_point_made_clear_goes_on`)."""
_BEING_DONE = re.compile(r" (?:is|are) (?:now |also )?[a-z]+ing\b")
"""A present progressive: what someone is doing now, the readout's account ("The White House is demonstrating …")."""
_COURTESY_STANCES = frozenset("thanked thanks welcomed welcomes congratulated congratulates".split())
"""The stances of courtesy that open a paragraph before the same speaker's report (`_report_goes_on`)."""
_PROPOSED_POINT = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,\s[^.;:]{0,120}?"
    r"\b(?:should|must|ought to|needs? to|have to|has to)\s")
"""A sentence that is the next point of a proposal or an agenda ("First, the two sides should
improve the legal framework …", "Second, they should expand …"): what the speaker wants done,
its subject the parties the point is for, not a group that acts."""
SUBJECTLESS_SPEECH_PARTICIPLES = ("Adding that ", "Noting that ", "Stressing that ", "Saying that ", "Explaining that ",
                                  "Emphasizing that ", "Emphasising that ", "Underlining that ", "Recalling that ",
                                  "Pointing out that ", "Reiterating that ", "Underscoring that ")
"""Openings of a paragraph that goes on with a speech participle and its "that" and no subject of its own, a fragment
after the paragraph one person's words ended (sixhundredseventeenth islandtimes 2017-04-26: "“We do have established
relations with the government of Vietnam,” he added." / "Adding that he does not see anything wrong with other branches
of government promoting Palau …"; eighthundredeightyeighth ena 2017-09-17: "Lemma said the conflict … doesn't represent
the people …" / "Recalling that there were clashes in bordering areas …, the trend of the current conflict is
different."): that person's report goes on (`Statements._hand_on`); "Noting that …, he said …", with a subject and cue
of its own, keeps its own statement (`_broken_sentence_goes_on`)."""
SUBJECTLESS_PARTICIPLE_INITIALS = "".join(sorted({opening[0] for opening in SUBJECTLESS_SPEECH_PARTICIPLES}))
"""The first letters of `SUBJECTLESS_SPEECH_PARTICIPLES`: a paragraph opening with none of them is skipped by one
look at its first letter."""
_GROUP_AFTER_THE_PARTICIPLE = re.compile(
    r"(?:they|(?:both|the\s+two|the|all\s+the)\s+(?:[a-z-]+\s+)?([a-z']+))\s+(?:[a-z]+ed|said)\b")
"""After a comma of a sentence that opens with a speech participle, a group as the subject of a verb in the past
("Noting that the two countries share 41 common rivers, both sides commended …", "…, they agreed …", "…, the parties
said the occasion could be …", the irregular "said" too): the sentence has a main clause of its own, the group's, and
carries on no one's words (`participle_before_a_groups_clause`)."""


_PERSON_AFTER_THE_PARTICIPLE = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){2,6}(?!(?:of|and|for|in|on|at|to|the|de|du|da|von|van|al|bin|y)\b)[a-z]{3,}\b")
"""After a comma of a sentence that opens with a speech participle, a person's phrase (two capitalised words or more: an
office and a name, "President Kaden Moss") and a lower-case word after it, his verb ("Recalling that …, President X laid
a wreath …", review hr60): the sentence has a subject of its own; not an office's "of" ("Minister of …")."""


def participle_before_a_groups_clause(text: str, lo: int, hi: int) -> bool:
    """The sentence text[lo:hi], opened by a speech participle (`SUBJECTLESS_SPEECH_PARTICIPLES`), goes on after a
    comma with a group's clause (`_GROUP_AFTER_THE_PARTICIPLE`, its head one of `GROUP_HEADS`) or a named person's
    (`_PERSON_AFTER_THE_PARTICIPLE`), so it is no fragment of the last speaker's words."""
    comma = text.find(", ", lo, hi)
    while comma >= 0:
        found = _GROUP_AFTER_THE_PARTICIPLE.match(text, comma + 2, hi)
        if found is not None and (found.group(1) is None or found.group(1) in GROUP_HEADS):
            return True
        if _PERSON_AFTER_THE_PARTICIPLE.match(text, comma + 2, hi) is not None:
            return True
        comma = text.find(", ", comma + 2, hi)
    return False


ORDINAL_OPENING = re.compile(r"(?:And\s+)?(?:First|Second|Third|Fourth|Fifth)(?:ly)?,\s")
"""A sentence or paragraph that opens as the next point of a list ("Firstly, …", "Secondly, …", "And third, …")."""
_ANNOUNCES_POINTS = " the following "
"""What a statement that announces its points names them by ("Vladimir Putin noted the following three gains of the
past summit.", two-hundred-sixty-third 42863): the ordinal sentences after it are those points (`_announced_point`)."""
_ONLY_ANNOUNCES_A_LIST = re.compile(
    r"\s(?:set\s+out|laid\s+out|outlined|listed)\s+(?:the\s+following(?:\s+[\w-]+){0,2}"
    r"|what\s+[\w\s’'-]{3,60}?\s(?:should|must|would|will)\s+[\w-]+)(?:\s+to\s+the\s+[A-Z][\w-]*)?\s*:\Z")
"""A list's lead-in that says nothing of the list but that it follows ("set out the following instructions to the
Board:", "set out what the package should contain:"); not "outlined three priorities for the coming year:" (hard
wh_secretary_list), which tells what they are for. ("made three points:" is left as it was: the hard28 tests keep it
the Speaker's statement, a cost they accepted.)"""
_POINTS_COLON = "points:"
_COUNTED_POINTS = re.compile(r"\s+" + COUNTED_POINTS)
"""After "made": points or observations counted ("made three observations on the way ahead."), announced."""
"""How a statement that announces its points by their number ends ("The Speaker made three points:", hard28): the
ordinal paragraphs after it are those points (`_announced_point`)."""


def _an_outlet_reports_one_saying(text: str, at: int, hi: int) -> bool:
    """Whether the words after "reported"/"reports" at `at` name someone then "(as) saying" with no comma between
    (ninehundredeightieth malaymail 2020-12-08: "However, national news agency Bernama reported Perak PAS chief
    Razman Zakaria saying he had received orders …"; `speech_subjects._REPORTED_AS_SAYING`): the outlet's verb, the
    person's words at one remove, no report he presented to a meeting that the next paragraph goes on with (not "X
    reported to the President, saying that …", his own report; nor (rf14) "X reported on the progress of the road
    saying that work was on schedule", his own report again: the one reported opens with a capital, as the lexicon's
    "reported <Place> chief <Name> saying" does). One bounded search."""
    if not text[at + 1:at + 2].isupper():
        return False
    said = text.find(" saying", at, min(hi, at + _OUTLETS_SAYING_REACH))
    return said > at and text.find(",", at, said) < 0


_OUTLETS_SAYING_REACH = 90
"""How far after "reported" the "saying" of the one reported may stand (an office and a name between)."""


_PRESENTS_REPORT = frozenset(
    """report reports reported inform informs informed brief briefs briefed describe describes described
    explain explains explained update updates updated present presents presented discuss discusses discussed
    singles singled""".split())
"""Verbs that open an official's report to the meeting: the paragraphs after one that is
that report to its end may go on with it (`_report_carries_over`); "singled out" too, whose points the next paragraph
lists (two-hundred-forty-sixth 28876: "the head of state singled out the more acute problems in the region." / "They
include an unfavourable economic situation. …")."""
_TOLD_LISTENERS = re.compile(r"\s(?:told|briefed|informed|assured|reminded|addressed)\s")
"""A verb of telling whose object names the listeners, before "that" (`_describes_those_told`)."""
_SPOKE_ABOUT = re.compile(r"\s+(?:about|of)\s")
"""After "spoke": "about" or "of" and the topic ("Mr X spoke of the region’s efforts to …", hundred-seventy-fourth
63498): his report presented, as "informed … about" (`_report_at_end`); not "spoke in favour of", "spoke with"."""
_TOLD_ABOUT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:about|of)\s")
"""After "told": the one told, named or by office ("the President"), then "about" or "of" and the
topic: a report presented (`_report_at_end`)."""
_TOLD_THE_HOST_THAT = re.compile(r"\s+(?:the\s+)?(?:President|head\s+of\s+state|Head\s+of\s+State|"
                                 r"[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*)\s+that\s")
"""After "told": the President (by office or full name), then "that": an official's report told to the
host ("The Governor told the President that the regional economy had grown …"), presented as "informed
… that" is (`_report_at_end`)."""
_OWN_PLACES = ("the region ", "the city ", "the republic ", "the oblast ", "the territory ", "the ministry ",
               "the province ")
"""The place an official heads, as a report of theirs names it (`_reporters_place_acts`); so a minister's ministry."""
_GOVERNED = frozenset({"region", "oblast", "territory"})
_PLACE_WORDS = ("Region ", "Oblast ", "Territory ", "Krai ", "Republic ")
"""The words after a place's name in a regional head's office ("Novgorod Region Governor X": `_reporters_place_named`)."""
"""The places a bare "governor" heads (two-hundred-sixty-eighth 63418: "Smolensk Region Governor Alexei Ostrovsky",
the office read as "governor": "In 2019, the region won back the title …" is his region's)."""
_TELLS_ON = frozenset("said says added adds".split())
"""Plain verbs of saying that go on with a report a paragraph before opened ("Mr X briefed
the President on the region. / Mr X said that growth …")."""
_VOTES_WENT_TO = ("votes given to ", "votes cast for ", "votes went to ", "votes for ")
"""The words before a name that votes went to (`_owners_only`): the name is spoken of in an election's
result, not someone who acts."""
_EVENT_OF = re.compile(r"\b(?:visit|trip|arrival|stay|election|re-election|inauguration|appointment|resignation|death|funeral"
                       r"|instructions|guidance|leadership) of (?:(?:[A-Z][\w’'-]*|of|the) ){0,6}$")
"""The words before a name that an event is of (`_owners_only`; fortieth hard set, the Severian President to the
ambassadors: "With Dorvenia, …, and the recent visit of President Tomas Vilkas opened new prospects …", his remarks
carried on): the name is spoken of, the visit acts, not the person. So the instructions, guidance or leadership of a
leader that a place's work follows (fivehundredseventieth, the SCODA's release: "Liu said, the SCODA is the only platform
… . At present, following the important instructions of General Secretary Xi Jinping, the SCODA … is building …"): the
leader is spoken of, the place acts, the host's account carried on."""
_REPORTING_VERBS = frozenset("reported reports said says told tells informed briefed explained discussed".split())
"""The verbs of a report of facts that a joined paragraph's middle turn carries on (`_middle_reports_go_on`);
"discussed" with one person for subject too (hundred-ninety-eighth 67882: "Mr Beglov also discussed the reform of the local
construction sector … . A newly-approved resolution notes that … . Vladimir Putin noted that …")."""
_OPENS_OWN_REPORT = _REPORTING_VERBS | _PRESENTS_REPORT | frozenset("noted notes".split())
"""The verbs of a report that opens under "He" after the reporter's own sentence (`_own_act_then_report`)."""
_PROMPT_VERBS = frozenset("suggested proposed asked invited".split())
"""The host's verbs that hand the floor to a guest ("The President suggested talking about difficult problems …",
three-hundred-fourth kremlin_58532): a prompt, the report that follows it the guest's (`_prompt_then_report`)."""
_TITLE_REPORTS = re.compile(r" (?:also )?(?:said|says|announced|stated|stressed|noted|emphasi[sz]ed|underlined|pointed out|"
                            r"declared|talked (?:of|about)|spoke (?:of|about))\b")
"""A speech verb in a title after its host's phrase: the title is the host's report (`_title_reporter`)."""
_TITLE_CREDIT = re.compile(r"\s*[–—]\s*|\s+-\s+")
"""The dash before a headline's closing credit ("Cavite to be placed under GCQ starting May 16 – Governor Remulla",
"We will not relent —Obaseki"): the words before it are the credited person's (`_title_credits_host`)."""
_NEWS_OF_THE_DAY = re.compile(
    r"(?:Also|Earlier|Later|Meanwhile|In addition)?,?\s*(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?![’']s\b)(?!,?\s+there\s+(?:is|are)\b)"
    r"(?!,?\s+(?:[\w’'-]+\s+){1,5}(?:is|are)\s+(?!\w+ing\b|being\b|expected\b|scheduled\b|due\b|planned\b))"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:has|have)\s+(?:its|their|an?|no|more|over|about|\d[\d,.]*)\b)"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:include|includes|account\s+for|accounts\s+for)\s+(?:the|an?|\d[\d,.]*|more|over|about)\b)"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:was|were)\s+(?:ready|able|unable|willing|keen|eager|one\s+of)\b)",
    re.IGNORECASE)
"""("Today’s test rate is 118 tests …": a possessive of the day qualifies a figure of a report, no news;
nor "Today, there are two hotels and a camping site there …": what there is now, in a report, not what
happened today; nor "Today, Kastravia is one of the strongest states …": what a thing is now, a claim in a
report, unless it is an event under way or due: "Today, the President is visiting …", "… is expected to …"; nor
"Today, every hospital has its own team of specialists.": what a thing has now (ninety-sixth), not "has signed"; nor
"Today, the most popular services include the provision of …": what a thing includes now (hundred-fourth); nor, in
the past tense of a reported speech, "Today, a broad multi-national coalition was ready to repulse the threat." after
"He stressed that …" (two-hundred-fifteenth 26869): what a thing was ready, able or willing to do, or one of, now, the
speaker's claim backshifted, not an event of the day as "was signed"; the comma after the day may be missing and the
subject run to five words: "Today the social responsibility of businesses is not limited by taxes." after "Mr Putin said
that …" (two-hundred-twenty-third 27825); a figure of any length after "has"/"include", "Today, the kingdom has 810
troops conducting missions …" after "X informed … that …" (fivehundredfiftyfourth freshnews 13652), not one digit only)"""
_ANNOUNCED_TODAY = re.compile(r"\b(?:[Tt]oday[’']s\s+announcements?|announcements?\s+today|announced\s+today)\b")
"""("The implementation of the Strategy includes today’s announcement of $44.5 million …", "… the
funds announced today"): the day's news the readout gives, not anyone's words carried on."""
_NTH_CONTACT = re.compile(
    r"(?:This|It) (?:is|was) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th|next|"
    r"latest|last) (?:of \w+ )?(?:[\w-]+ ){0,2}?(?:conversation|meeting|call|visit|talks|contact|summit|round|session|engagement)s?\b")
"""A readout counting its meeting ("This is the second conversation between the leaders
since the beginning of the year"; three-hundred-eighty-fifth whitehouse 2009-09-30 afghanistan: "This was the second of five
scheduled intensive sessions with …"; sevenhundredthird fbcnews elikana: "This is the first collective engagement at a
Ministerial level between the Pacific Islands Forum and the Japanese Government since …"): narrative, no one's words."""

_OCCASION_FOR_THE_GROUP = re.compile(
    r"(?:This|It)\s+(?:is|was|will\s+be|would\s+be)\s+(?:an?|another)\s+(?:[\w-]+\s+){0,2}?(?:opportunity|occasion|chance)"
    r"\s+for\s+(?:the|both)\s+(?:two\s+)?([a-z]+)\b")
"""What the meeting will be for, its people a group ("This will be an opportunity for the two leaders to review the
scope of this exceptionally close and important bilateral relationship …", three-hundred-eleventh 2001-01-25, after
"President Bush looks forward to a meeting …"): the readout's narrative of the meeting, not his words carried on. The
group word is checked against `GROUP_HEADS` ("an opportunity for the region" is no group of people)."""

_OFFICE_OF_A_THING = re.compile(r"The\s+(?:[A-Z][\w-]*\s+){0,3}[a-z][\w-]*[’']s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
"""An office owned by a thing written in lower case, opening a sentence ("The country’s president …", "The South
American ally’s president and first lady …"): a person the readout tells of, whom the phrase reader does not take as
one (`_office_of_a_thing_acts`)."""


def _office_of_a_thing_acts(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] opens with an office owned by a thing in lower case (`_OFFICE_OF_A_THING`, "The South
    American ally’s president and first lady joined X as participants in …"): that office-holder acts, the readout's
    account, no report carried on (sixhundredseventyfirst tenjinpost, after "…, Tsai said.")."""
    found = _OFFICE_OF_A_THING.match(text, lo, hi)
    return found is not None and any(word in ROLE_WORD_SET for word in found.group(1).split())


_PUBLISHER_SUBJECT = re.compile(r"(?:The|This)\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?:Administration|White House)\b")
"""The office that publishes a readout, as a sentence's subject ("The Administration will
host …", "The Biden-Harris Administration has …"): its own voice."""

_WE_TALK_OF_AN_AMOUNT = re.compile(r"We\s+are\s+(?:talking|speaking)\s+about\s+(?:approximately\s+|about\s+|around\s+|"
                                  r"some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?\d")
"""An amount a report spells out, in a translation's idiom: "The Minister of Infrastructure noted that the program of
updating the railway rolling stock is being implemented. We are talking about approximately 100 new passenger cars."
(two-hundred-eighty-seventh, president.gov.ua): the reporter's figure carried on, not the publisher's "we"."""


_AND_THEN_A_SPEECH_VERB = re.compile(r"And\s+(?:also\s+)?([a-z]+ed)\s")
"""A sentence that opens with "And" and a verb in the past, its subject left out (sixhundredsixtyseventh pmo.gov.vu:
"The Hon. Prime Minister also acknowledge … . And assured Deputy Prime Minister Winston that …"): the verb is the
last speaker's, whoever it names as its hearer (`_subject_left_out`)."""

_CALLED_A_FRIEND = re.compile(
    r"(?:And\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:is|remains|has\s+been)\s+(?:also\s+)?(?:a|an)\s+"
    r"(?:(?:old|good|great|true|close|dear|long-standing|longtime|long-time|loyal|sincere)\s+)?friend\s+(?:of|to)\s+"
    r"(?:the\s+)?[A-Z]")
"""A named person called a friend of a place or a people, the whole sentence ("And Governor X is also an old friend of
Tarrowmoor.": `_called_a_friend`)."""


_FIRST_PERSON_PLURAL_OPENINGS = ("Our ", "We ")
"""How each sentence of a closing paragraph in the speaker's own voice opens (`_closing_words_in_the_first_person`)."""


_WE_GO_ON_TO_INTEND = re.compile(
    r"[Ww]e\s+(?:(?:sincerely|also|still|firmly|truly|do|will\s+also)\s+)?(?:will|shall|hope|wish|stand\s+ready|"
    r"are\s+(?:ready|willing|prepared|determined|confident|convinced)|should|must|need\s+to|look\s+forward|count\s+on)\b")
"""An unquoted "We" sentence of intent or hope ("We will join efforts with the US to …", "We sincerely hope relevant
parties to remain calm …") right after a person's own reported words in the same paragraph: his side's "we", his
words carried on in the first person, as a foreign ministry's readout renders them (four-hundred-eighteenth
china_mfa_2015-09-22_liu_yandong_rice, china_mfa_2012-03-16_zhang_zhijun_dprk_ambassador), not the publisher's voice
nor the pair's ("We agreed …", a past act: no match). So after a fronted "As …," that says in what role "we" speak
(`_FRONTED_AS_WE`: fourhundredeightyeighth rmigovcom tsai, "President X expressed her appreciation … . As a long-term
partner and good friend of the Marshall Islands, we look forward to …"; threehundredeighth pib banquet, "She noted that …
As stakeholders in each other’s progress and well-being, we count on our closest friends …")."""
_FRONTED_AS_WE = re.compile(r"As\s+[^,.;:“”\"]{3,100},\s+(?=we\s)")
_FRONTED_TAKING_WE = re.compile(r"(?:Taking|Bearing|Keeping)\s+(?:into\s+(?:consideration|account)|in\s+mind)\s+"
                                r"[^.;:“”\"]{3,160}?,\s+(?=we\s)")
"""What "we" weigh put first, "Taking into consideration the needs of the people, we shall …" (sixhundredfortieth
zj_gov haixi, a governor's words carried on): the "we" of intent after its comma, as after "As …," (`_FRONTED_AS_WE`)."""


def _we_go_on_to_intend(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] opens an unquoted "We" of intent or hope (`_WE_GO_ON_TO_INTEND`; its first two letters tested
    first)."""
    if text.startswith("As ", lo) and (fronted := _FRONTED_AS_WE.match(text, lo, hi)) is not None:
        lo = fronted.end()  # "As a long-term partner …, we look forward to …"
    elif text[lo] in "TBK" and (fronted := _FRONTED_TAKING_WE.match(text, lo, hi)) is not None:
        lo = fronted.end()  # "Taking into consideration …, we shall establish …"
    elif not text.startswith("We ", lo):
        return False
    return _WE_GO_ON_TO_INTEND.match(text, lo, hi) is not None


def _talks_of_an_amount(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] opens "We are talking about" an amount (`_WE_TALK_OF_AN_AMOUNT`; its first letter tested first)."""
    return text[lo] == "W" and _WE_TALK_OF_AN_AMOUNT.match(text, lo, hi) is not None


_DONE_NOW_WORDS = frozenset({"paid", "given", "made", "done", "placed", "devoted", "taken"})
"""What is done to a thing in a report's present-tense passive (`_done_now_in_report`)."""
_DONE_LATELY_WORDS = frozenset({"signed", "made", "taken", "adopted", "approved", "done", "given", "confirmed"})
"""What has been done to a thing in a report's present-perfect passive (`_done_lately_in_report`): no word of speech,
nor "agreed", "reached", "decided" (what the people who met settled)."""
_PLACE_WITH_ITS_POPULATION = re.compile(r"(?:The\s+)?[A-Z][^,.;]{2,60}, with a population of ")
"""A place named at a sentence's head with its population ("The Zalessk Region, with a population of 1.3 million, is
…"): the readout's background, as an encyclopedia gives it, not a report carried on (`_goes_on_reporting`)."""
_PLACE_DESCRIBED_BEFORE_ITS_NAME = re.compile(
    r"An?\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|region|province|port|island|district|municipality|county)\s+"
    r"(?:located|situated|lying|nestled|known|famous|renowned)\b[^,.;:“\"]{0,80},\s+(?:the\s+)?[A-Z]")
"""A place described before its name at a sentence's head ("A city located north of Los Angeles, Glendale is home to
world-class entertainment businesses …", fivehundredfortyfirst smg_3464_glendale, the paragraph after "Mayor X discussed
… with Mayor Y of Glendale"): the readout's background on the place, as a gazetteer gives it, not a report carried on
(`_goes_on_reporting`), as `_PLACE_WITH_ITS_POPULATION`."""
_NO_COMMENT = re.compile(r"\b(?:(?:declined|refused)\s+to\s+comment|(?:would|did|does|could)\s+not\s+comment|"
                         r"made\s+no\s+comment|request\s+for\s+comment)\b")
"""A refusal to comment ("The ministry declined to comment.", "… did not respond to a request for comment."): no
statement (hard13, hard21), and no report carried on (`_goes_on_reporting`)."""
_NOT_MADE_KNOWN = re.compile(r"\b(?:has|have|had|was|were|is|are)\s+(?:not|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?"
                             r"(?:disclosed|revealed|made\s+public|announced|specified)\b"
                             r"|\bremain(?:s|ed)?\s+undisclosed\b"
                             r"|\b(?:details|terms|specifics|date|dates|names|figures|identity|identities|results|"
                             r"findings|contents|cause|outcome|information|report|list)\b[^.;:!?]{0,80}?"
                             r"\b(?:has|have|had|was|were|is|are)\s+(?:not|yet\s+to\s+be)\s+(?:yet\s+)?(?:been\s+)?"
                             r"(?:released|confirmed)\b")
"""What the readout says is not known, a negated passive of making known with no one who speaks ("The specifics of X’s
visit, including whether he met …, have not been disclosed.", ninehundredtwentythird amutv 2024-03-12, after the
governor's congratulations; "The terms were not made public.", "The date is yet to be announced.", "… remain
undisclosed"): the writer's note on the news, not the last speaker's report carried on (`_goes_on_reporting`).
"released" and "confirmed" only with news for their subject ("The details … have not been released", "The date is yet
to be confirmed"): money, goods and prisoners are released too ("The grant … has not been released, leaving a gap …",
the speaker's report carried on)."""
_READER_ADDRESSED = re.compile(r"(?:When|If|Once|Whenever) you (?!and\b)[a-z]+")
"""A sentence that opens on a clause with "you" for its subject ("When you mix that with his plans to travel the
country giving speeches – it sure makes Kasich sound like a presidential candidate.", eighthundredthirtysixth lillydc,
after "Kasich says he talked one on one with Netanyahu …"): the writer turning to the reader, not a report carried on,
where the reporter's words are told in the third person (`_goes_on_reporting`)."""
_READER_REMINDED = re.compile(r"(?:Recall|It\s+(?:will|would|should|may)\s+be\s+recalled)\s+that\b")
"""A sentence that opens by reminding the reader of what came before ("Recall that in the election, Adeleke unseated
the incumbent governor, …", ninehundredfortysixth tribune 2023-01-13, after "He noted how …"; "It will be recalled
that …"): the writer's background, as Nigerian papers print it, not a report carried on (`_narrates`); inside a
quotation ("“Recall that this Council has not been functioning …", the 876th) the speaker's own words, never read
here."""
_DONE_BEFORE_WORDS = _DONE_LATELY_WORDS | {"paid"}
"""What had been done to a thing in a report's past-perfect passive (`_done_before_in_report`): "paid" too ("Wage
arrears had been paid off …")."""
_NOUN_AFTER_OPENING_WORD = re.compile(r" (?!(?:had|has|have|was|were|is|are|will|would|also|then|now|still|again|not|"
                                      r"himself|herself|itself|who|which|that)\b)[a-z][a-z-]+\b")
"""A lower-case noun after a sentence's first word read as a name ("Wage arrears …"): the word qualifies it."""
_TALKS_UNDER_WAY = re.compile(r"(?:Talks|Negotiations|Consultations)\s+(?:are|is)\s+(?:now\s+|currently\s+|also\s+)?"
                              r"(?:under\s*way|ongoing|continuing|being\s+held|in\s+progress)\s+with\s")
"""Talks going on now with someone else ("Talks are under way with two foreign companies …"): a report's, not the
meeting's (`_talks_under_way`)."""
_THING_DONE_LATELY = re.compile(r"(?:(?:An?|The|These|This|Its|Their)\s+)?(?:[a-z][\w-]*\s+){1,3}ha(?:s|ve)\s+been\s")
"""A determiner and lower-case words only, then "has been" or "have been": a thing the phrase reader reads no
phrase for ("A memorandum has been signed …"), the subject of `_done_lately_in_report`; no determiner after an
opening span of time ("In recent years, significant progress has been made …", `_SPAN_UP_TO_NOW`)."""
_SPAN_UP_TO_NOW = re.compile(r"(?:In|Over|During)\s+(?:the\s+)?(?:recent|past|last)\s+(?:(?:two|three|four|five|few|several|\d+)\s+)?"
                             r"(?:years?|months?|weeks?|decades?),\s+(?=[a-z])")
"""An opening span of time up to now and its comma before a lower-case subject ("In recent years, ", "Over the past two
years, "): the time of a present perfect, passed over to read the thing done (`_done_lately_in_report`)."""
_THING_DONE_THIS_YEAR = re.compile(r"(?:An?|The|These|This|Its|Their)\s+(?:[a-z][\w-]*\s+){1,4}(?:was|were)\s")
"""A determiner and lower-case words only, then "was" or "were" ("A number of reclamation measures were taken this
year."): a thing the phrase reader reads no phrase for, the subject of `_done_this_year_in_report`."""
_THING_TO_BE_DONE = re.compile(r"(?:(?:in|within|over)\s+the\s+(?:coming|next)\s+(?:days|weeks|months|years),\s+)?"
                               r"(?:(?:An?|The|These|This|Its|Their)\s+)?(?:[a-z][\w-]*\s+){1,4}will\s+be\s")
"""Lower-case words only, after a determiner or none and a time ahead ("in the coming weeks, decisions will be made
…"), then "will be": a thing the phrase reader reads no phrase for, the subject of `_to_be_done_in_report`."""

_THAN_AN_AMOUNT = re.compile(r"\s+than\s+(?:\d|a\s|an\s|half\b|one\b|two\b|three\b|ten\b|a\s+(?:third|quarter)\b|"
                             r"(?:a\s+)?(?:hundred|thousand|million|billion)\b)")


def _an_amount_opens(text: str, subject: Phrase) -> bool:
    """"More than 70 percent of adults have been vaccinated.", "Less than half …": an amount opening a
    sentence of a report carried on (`_goes_on_reporting`), no one's name. (Not in `_common_noun`: after a
    thanks, "More than 25,000 linemen … are on the ground …" is the readout's fact, fifth.)"""
    return subject.text in ("More", "Less", "Fewer") and _THAN_AN_AMOUNT.match(text, subject.end) is not None


_SUMS_FORESEEN = frozenset({"budget", "budgets", "revenue", "revenues", "investment", "investments", "economy"})
"""Words of NON_PERSON_WORDS that head a sum or an economy, never a body that acts, when a report foresees
them (`_a_sum_foreseen`)."""
_VERB_AFTER_SUBJECT = frozenset({"is", "are", "was", "were", "will", "has", "have"})


def _a_sum_foreseen(subject: Phrase) -> bool:
    """The thing a report's "… is expected to …" sentence foresees is a sum or the economy ("Mr X briefed
    the President on … the regional budget …. The budget is expected to be implemented with a surplus …",
    hundred-sixty-seventh 56324): no body acts, though `can_act` reads "budget" as a body's word ("the Budget
    Committee"). Only from `_planned_in_report`, where "expected", "planned" or "scheduled" was found."""
    words = []
    for word in subject.text.split():
        if word in _VERB_AFTER_SUBJECT:
            break
        words.append(word)
    return bool(words) and words[-1].lower() in _SUMS_FORESEEN


_NAME_BEFORE_ITS_NOUN = re.compile(r"(?: (?![a-z]+ly\b|also\b|then\b|now\b|still\b|again\b|too\b|not\b)[a-z][a-z-]+){1,3}"
                                   r"(?: – [^–.;]{1,80} –|, (?:which|where) [^,.;]{1,100}?,?)?"
                                   r" (?:is|are|was|were|has|have|will|would|can|could)\b")
"""Lower-case nouns after a name, then the verb: the name is a modifier ("Murmansk fishing port upgrades are
being launched …"), not who acts (`_name_modifies_a_noun`); an aside between dashes may come before the verb
("Agricultural processing plants – there are about 150 of them in the region – are operating …",
hundred-eighty-fifth 63240), or a relative clause on the thing, its closing comma maybe left out
(sixhundredsixtyfourth aseanchina: "Mohan port, which located on the borders of China and the Lao PDR is the most
convenient land passage …")."""


_NOT_A_NOUN_AFTER_NAME = re.compile(r"(?:himself|herself|itself|themselves|today|yesterday|personally|alone|"
                                    r"however|though|therefore|thus|who|which|that|whose)\b")
"""Lower-case words after a name that are no noun it qualifies ("Petrov himself is …", "Petrov, who …"):
the name still names someone who acts (`_name_before_its_noun`)."""
_OPENING_INFINITIVE = re.compile(r"To\s+(?:start|begin|open|conclude|sum\s+up|summari[sz]e)(?:\s+with)?,\s")
"""A sentence's opening infinitive of order ("To start, Mr X reported …", "To begin with, …"): its verb is
no speech verb of the one who reports (`_report_at_end`)."""


def _name_before_its_noun(text: str, end: int) -> bool:
    """A one-word name ending at text[end] qualifies the lower-case nouns after it, then the verb
    ("All Rospotrebnadzor requirements are being observed.", hundred-sixty-fourth: the agency's
    requirements, a thing; not "Petrov himself is …")."""
    return text.startswith(" ", end) and text[end + 1:end + 2].islower() \
        and _NAME_BEFORE_ITS_NOUN.match(text, end) is not None \
        and _NOT_A_NOUN_AFTER_NAME.match(text, end + 1) is None


def _past_opening_infinitive(text: str, lo: int, starts: list[int], j: int) -> int:
    """The index of the first verb in `starts` (from j) after an opening "To start, " at text[lo]
    ("To start, Mr X reported to the President that …", hundred-sixty-fourth: "reported" presents his
    report, not "start"); j itself where there is none. Guarded by its caller: text[lo:] opens "To "."""
    opening = _OPENING_INFINITIVE.match(text, lo)
    if opening is None:
        return j
    while j < len(starts) and starts[j] < opening.end():
        j += 1
    return j


def _name_modifies_a_noun(text: str, subject: Phrase) -> bool:
    """A place's one-word name read as the subject of a report's sentence, before the lower-case nouns it
    qualifies and the verb ("… Andrei X also talked about the fishing industry. Murmansk fishing port
    upgrades are being launched …", hundred-sixty-second): the upgrades are what the report is about, no
    one who acts (`_goes_on_reporting`). Guarded by a one-word name with a lower-case word after it."""
    return subject.kind == "name" and len(subject.name) == 1 and _name_before_its_noun(text, subject.end)


_OPENING_PREPOSITION = re.compile(r"(?:On|At|Upon|Under|Following|By|With)\s+")
"""A preposition that opens a sentence, before an owner ("On the President’s instruction, …")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:[.&-]?[A-Z0-9]+)+")
"""A body's name written in capitals ("DOM.RF", "VTB", "AT&T"): no person's (`_spoken_of_in_report`)."""
_THE_BODY = re.compile(r"the (?:[A-Z][\w’'-]* ){0,3}(?:" + "|".join(
    sorted(w.capitalize() for w in ("ministry", "government", "bank", "agency", "service", "company", "corporation",
                                     "fund", "council", "committee", "commission", "administration", "office",
                                     "department", "institute", "centre", "center", "foundation"))) + r")\b[^,;]*")
"""A body named by what it is ("the Ministry of Construction", "the Central Bank")."""

_WORD_GAPS = re.compile(r"[\s-]+")
"""The spaces and hyphens between the words of an office (`_initials_run`)."""


def _initials_run(words: str, acronym: str) -> bool:
    """Whether a run of capitalised words in `words`, none lower-case between them, has `acronym` for its initials
    ("Ho Chi Minh City": "HCMC"; "ASEAN-China Centre": "ACC", a hyphen's parts two words)."""
    run = ""
    for word in _WORD_GAPS.split(words):
        if word[:1].isupper():
            run += word[0]
            if run.endswith(acronym):
                return True
        else:
            run = ""
    return False


_QUANTIFIERS = frozenset({"all", "both", "each", "every", "most", "many", "some"})
_ONE_PERSON_NOUNS = frozenset({"one", "person", "individual", "party", "country"})
"""Singular nouns after "each"/"every" that name someone who may act ("Each side …", "each party")
besides those whose plural is a group head (`GROUP_HEADS`: sides, leaders, members …)."""


def _each_thing(text: str, subject: Phrase) -> bool:
    """"Each"/"every" read as a group, before a singular noun that names no one ("Each facility
    will produce goods worth more than 3 billion rubles."): one thing of those counted, not "each
    side", "every leader" (a noun whose plural heads a group, or `_ONE_PERSON_NOUNS`). Guarded by
    the first letter, then the word."""
    if subject.text[:1] not in "Ee" or subject.text.lower() not in ("each", "every"):
        return False
    noun = WORDS_AHEAD.match(text, skip_space(text, subject.end, len(text)))
    if noun is None or not noun.group().islower():
        return False
    word = noun.group()
    return not word.endswith("s") and word not in _ONE_PERSON_NOUNS and f"{word}s" not in GROUP_HEADS \
        and not (word.endswith("y") and f"{word[:-1]}ies" in GROUP_HEADS)


def _heads_the_body(body: str, reporter: Person) -> bool:
    """The reporter's office is written with the body's name before it ("Rosneft CEO Igor Sechin"):
    the body he heads, what his report speaks of, whether or not written as an acronym
    (`_spoken_of_in_report`; two-hundred-eighth 17878: "According to Igor Sechin, Rosneft has discussed
    … . Rosneft needs 394 units of such equipment, …"). Cheap: a prefix test of his few forms, then
    the word after the name read against his roles."""
    lead = body + " "
    for form in reporter.forms:
        if form.startswith(lead):
            office = form[len(lead):].split(" ", 1)[0].lower()
            if office in reporter.roles:
                return True
    return False


def _plural_office(text: str) -> bool:
    """"the First Ladies", "the Foreign Ministers", "the Heads of State": "the" and an office in the plural (its
    last word, or the word before its "of"), written as a title, the holders the readout speaks of; and "the first
    ladies" (spouses, who hold no other office). Not "the regional governors have opened thirty museums", a
    report's plural."""
    words = text.split()
    if len(words) < 2 or words[0] not in ("the", "The"):
        return False
    head = words[words.index("of") - 1] if "of" in words[2:] else words[-1]
    return head.lower() in _PLURAL_ROLES and (head[0].isupper() or head == "ladies")


def _bodies_joined(subject: Phrase) -> bool:
    """A group of two bodies, one written as an acronym ("DOM.RF and the Ministry of Construction"),
    or both named by what they are ("The Provincial Party Committee and the Provincial Government",
    sixhundredfortieth zj_gov haixi: the bodies of the speaker's side his report speaks of): no people
    (`_spoken_of_in_report`, `_together`)."""
    if subject.kind != "group" or " and " not in subject.text:
        return False
    parts = subject.text.split(" and ")
    if len(parts) != 2:
        return False
    if any(_ACRONYM.fullmatch(part) for part in parts):
        return all(_ACRONYM.fullmatch(part) or _THE_BODY.fullmatch(part) for part in parts)
    return _bodies_named(parts)


def _two_bodies_named(subject: Phrase) -> bool:
    """A group of two bodies both named by what they are, "The Provincial Party Committee and the Provincial
    Government" (sixhundredfortieth zj_gov haixi): a subject a report speaks of as it speaks of one such body
    (`_goes_on_reporting`), no people (`_bodies_joined`)."""
    parts = subject.text.split(" and ") if subject.kind == "group" else []
    return len(parts) == 2 and _bodies_named(parts)


def _bodies_named(parts: list[str]) -> bool:
    """Whether each part is a body named by what it is (`_THE_BODY`, its "The" as "the"): `_two_bodies_named` and
    `_bodies_joined`, which has tested the group and split it already."""
    return all(_THE_BODY.fullmatch("t" + part[1:] if part.startswith("The ") else part) for part in parts)


def _body_after_the_name_owns(subject: Phrase) -> bool:
    """The "’s" after a named subject belongs to the body its phrase names after the name, "of the Embassy" (styles38
    morvaine: "Counsellor X of the Embassy's economic and commercial office was present at the meeting."): the
    person is still the subject, who acts, not a thing of theirs; not "Minister of Finance X's report" (the
    "of" before the name)."""
    last = subject.name[-1] if subject.name else ""
    at = subject.text.rfind(last) if last else -1
    return at >= 0 and subject.text.find(" of ", at + len(last)) >= 0


def _owner_in_opening_phrase(text: str, subject: Phrase, lo: int) -> bool:
    """The subject found at the sentence's head is the owner in its opening phrase ("On the
    President’s instruction, they have established …"): not who acts in it."""
    return subject.kind in ("name", "description") and text.startswith(("’s", "'s"), subject.end) \
        and _OPENING_PREPOSITION.fullmatch(text, lo, subject.start) is not None


def _quantifies_a_thing(text: str, subject: Phrase) -> bool:
    """A bare quantifier read as a group, before a noun that names a thing ("As regards
    national projects, all plans for this year will be implemented"): the plans, not
    people (not "all participants", "both sides")."""
    if subject.text.lower() not in _QUANTIFIERS:
        return False
    at = skip_space(text, subject.end, len(text))
    if text[at:at + 1].isdigit():
        return True  # "By April 25, all 1,686 beds will be available, …" (hundred-eighty-fifth 63240): a count
    noun = WORDS_AHEAD.match(text, at)
    if noun is not None and noun.group()[:1].isupper():
        return _name_before_its_noun(text, noun.end())  # "All Rospotrebnadzor requirements are …"
    if noun is None or not noun.group().islower():
        return False
    word = noun.group()
    if word in ("that", "this"):
        return all_that(text, subject)
    return word in NON_PERSON_WORDS or word.endswith("s") and word[:-1] in NON_PERSON_WORDS


_GERUND_AS_EVENT = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}$")
"""Before an -ing form, a determiner and up to two modifiers: the form names an event ("during an
online briefing", "at the regular meeting"), not a speech verb (`_has_cue_word`, `event_nouns`)."""
_SPEAKING_AS_OCCASION = frozenset(
    "commenting speaking talking addressing responding replying answering reacting".split())
"""-ing forms of speaking that, right after "when" / "while" (`_WHEN_BEFORE`), name the occasion of words told before
(sevenhundredsixth looppng 2023-01-18: "X said this on Tuesday, …, when commenting on the recent visit by …": only
when, as "during an online briefing"; `_has_cue_word`, `event_nouns`); not "while stressing that …", which says more."""
_WHEN_BEFORE = re.compile(r"\b(?:when|while)\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_ARTICLE_ENDS = frozenset({"e ", "a ", "n "})
"""The last letter of an article and its space ("the ", "a ", "an "): a cheap test before `_ARTICLE_BEFORE`."""
_BELIEF_NOUNS = ("position", "doubt")
"""The nouns among the "belief" kind of cue words: "the position of X is that …" is a stance after an article."""
_ALSO_ADJECTIVES = frozenset({"present", "welcome", "open", "closing", "opening", "concluding", "list", "review"})
"""Speech verbs' words that are adjectives after an article ("the present objective"), or a noun
("the portal is expanding the list of services …", ninety-second 75813: no one listed anything; "The Prime
Minister said this while chairing a review meeting on the progress of the project", styles5's Pakistani-style
PMO: where he said it, no one's speech)."""
_WHAT_IT_HAS_DONE = re.compile(r"(?:This|That|These|Those)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:has|have|had)\s+"
                               r"(?:already\s+|also\s+)?[a-z]+(?:ed|id|ne|wn|en|ght)\b")
"""A sentence opening with a thing pointed back to and what it has done ("This success has laid
the foundation …", "These efforts have already helped …"), not "This would help …"."""
_DETERMINED_NOUN_BEFORE = re.compile(
    r"\b(?:the|these|those|all|other|many|several|some|both|our|their|its)"
    # (two-hundred-third 41760: "a firm legal basis for lucrative partnership of all Caspian states—in particular,
    # …": a capitalised adjective of a region or a people, "-ian", "-ean", "-can", "-ic", "-ese", "-ish", is no
    # office or name that could speak, as "President" is)
    r"(?:\s+(?:[a-z][\w-]*|[A-Z][a-z]+(?:ian|ean|can|ic|ese|ish))){0,2}\s+$")
"""Before "states", a determiner and at most two lower-case words ("the strongest", "all member") or
adjectives of a region or people ("all Caspian", "the Baltic"): the noun, not the verb ("The President
states …")."""
_CAPITALISED_AFTER_DETERMINER = re.compile(
    r"\b(?:the|these|those|all|other|many|several|some|both|our|their|its)((?:\s+[A-Z][a-z][\w-]*){1,3})\s+$")
"""Before "states", a determiner and one to three capitalised words ("the New England"): a place's name, unless one
of them is an office (`_place_named_before_states`)."""
_CAPITALISED_AFTER_A_CLAUSE_WORD = re.compile(
    r"(?<![\w’'-])(?!(?:and|but|or|nor|while|as|when|where|which|who|whom|whose|that|then|so|yet|also|if|because|"
    r"since|although|though|after|before|once)\s)[a-z][\w-]*((?:\s+[A-Z][a-z][\w-]*){2,3})\s+$")
"""Before "states", a lower-case word inside a clause ("visited key", "from") and two or three capitalised words
("New England"): a place's name too, unless one of them is an office (`_place_named_before_states`)."""
_DATED_PAST_PASSIVE = re.compile(
    r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|ilt|ght)\s+(?:by\s+(?:an?|the)\s+[^.;,]{1,60}?\s+)?in\s+"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"(?:last\s+year|\d{4})\b")
"""A thing's past passive at a dated time ("… was damaged by a missile strike in March last year", "was built in 1961")."""
_TOLD_BY_ITS_SOURCE = re.compile(
    r"(?:This|That|These|It)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:first\s+)?(?:revealed|disclosed|"
    r"stated|said|announced|confirmed|reported|made\s+known)\s+by\s")
"""(ninehundredsixtysixth kenyanpost 2018-08-24: "President X has promised to complete all stalled projects …" /
"This was revealed by leaders who attended the private State Lodge meeting on Tuesday." / "According to some leaders,
X assured …") a sentence that opens by naming who made the news before it known: the writer's sourcing, narrative by
the format's "This was stated by X in …" rule, never the words of one whose statements stand on both sides of it
(`_may_lie_between`). The paragraph is not carried on when that sentence is all of it, or when its source is others
(`_OTHERS_AS_THE_SOURCE`: "by leaders who attended …", "by some officials"); "This was disclosed by the Governor at
the town hall. The seeds will be free …" between two of the Governor's paragraphs goes on with his words."""
_OTHERS_AS_THE_SOURCE = re.compile(
    r"(?:(?:the|some|several|many|other|those|these|various|senior|local)\s+)?"
    r"(?:(?!(?:his|this|its|us|is|was)\b)[a-z]+s\b|people\b|those\b|some\b|several\b|many\b)")
"""After `_TOLD_BY_ITS_SOURCE`'s "by": a plural of others, lower-case ("leaders", "some officials", "those who
attended"), not one person's name or office ("the Governor", "Mr X") who may be the one whose words go on."""
_WHAT_A_NAMED_THING_IS_MADE_OF = re.compile(
    r"(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|of\s+|the\s+)*[A-Z][\w’'-]*){0,5}(?:\s+\([A-Z]{2,}\))?\s+"
    r"(?:consists\s+of|comprises|is\s+(?:made\s+up|composed)\s+of)\s")
"""A sentence opening with a named country or body and what it is made of ("Bosnia and Herzegovina consists of two
semi-autonomous entities …", "The Federation comprises ten cantons"): a reader's gloss (`_may_lie_between`)."""
_LIST_ITEM_MARK = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)]|\(?[a-z]\)|[-•*])[ \t]+$")
"""An item's number or bullet opening the paragraph, just before its first sentence ("4. ", "(b) ", "- ")."""
_LABELLED_LIST_ITEM = re.compile(r"[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}:\s+[a-z]")
"""An item of a numbered or bulleted list under a heading of its own, then a colon ("4. School exchanges: twenty
schools on each side will be twinned by 2028."; styles58's joint commission, "The two sides agreed on the following:"
then "1. Scholarships: … . Dr. X said …" … "3. Language teaching: …; Dr. X asked that …"): the list's own point,
set out by the document, not words of the one whose statement ended the item before (`_may_lie_between`)."""
_DATED_PAST_FIGURE = re.compile(
    r"(?:\$\s?\d|\d\s?%|\d\s+(?:percent|per\s+cent|billion|million)\b)[^;]{0,200}?\b(?:was|were)\s+[^;]{1,120}?\s+in\s+"
    r"(?:19|20)\d\d\s*\.\s*\Z"
    r"|\b(?:was|were)\s+[^;]{1,120}?(?:\$\s?\d|\d\s?%|\d\s+(?:percent|per\s+cent|billion|million)\b)[^;]{0,80}?\s+in\s+"
    r"(?:19|20)\d\d\s*\.\s*\Z")
"""A figure in money or per cent told in the simple past of a year, closing its sentence ("With total exports of more than
$51.1 billion, Japan was the United States’ fourth-largest export partner in 2009.", sixhundredfortyfirst commerce
2010-11-11, a paragraph between two of the Secretary's): the release's background figures, not the speaker's report
carried on (`_may_lie_between`)."""
_ADDRESSEE_ITEM = re.compile(r"\s*(?:[-*•·–—]\s+)?to\s+(?:the\s+)?[A-Za-z][^;.:]{1,120}?,\s+to\s+[a-z]+\b")
"""An item of a list of instructions that opens with its addressee ("– to the Ministry of Energy, to ensure …")."""
_BARE_ITEM_WORDS = 6
_BARE_ITEM_REACH = 64
"""A bare item of a list, one line of fewer than six words and 64 characters (`Reporter._bare_item_follows`)."""
_LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[-*•·])\s+|\d{1,2}[.)](?=[A-Z])")  # (and "1.Immediate …", its space lost)
_VERB_ITEM = re.compile(r"\s*(?:[-*•·]\s+)?([A-Z][a-z]+ed|[a-z]+ed)\b")  # "- Reaffirmed …": an item that opens with a verb
# (and "- reaffirmed …", in lower case: seventeenth styles calder president call brisa, "In the call, the President:" and
# its items, the bullet gone once the Markdown list is rendered)


def _item_verb_speaks(text: str, item: re.Match[str], end: int) -> bool:
    """Whether the verb that opens the list item `item` (`_VERB_ITEM`) speaks: a speech verb, with its complement
    where its form needs one (`has_complement`): "- Advanced the agenda …" or an institute's name "Advanced Robotics
    for Manufacturing" in a list of names is no "advanced that …" (fivehundredseventeenth)."""
    verb = item.group(1).lower()
    return verb in ALL_SPEECH_VERBS and has_complement(verb, text, item.end(), end)


def _verb_items_only(text: str, lo: int, hi: int) -> bool:
    """Every line of text[lo:hi] is a list item that opens with a speech verb, after a bullet or none ("- Welcomed …",
    `_VERB_ITEM`), with no subject of its own (a few lines: one match each)."""
    line = lo
    while line < hi:
        end = text.find("\n", line, hi)
        end = hi if end < 0 else end
        if text[line:end].strip():
            item = _VERB_ITEM.match(text, line, end)
            if item is None or not _item_verb_speaks(text, item, end) or text.startswith(" by ", item.end()):
                return False  # (the bullet optional: a Markdown list is read as a paragraph per item; not "Welcomed by")
        line = end + 1
    return True


_SOURCE_OPENS = re.compile(r"(?:[Aa]ccording to|[Ii]n (?:his|her) (?:opinion|view|words))\b")
"""A statement that opens with its source: what its sentence lists after "are:" is the
source's list (not "The steps X announced include:", the steps')."""
_NOT_A_LEAD_IN = frozenset("include includes included are were is was".split())
_ADJECTIVE_PARTICIPLES = frozenset({"promising", "encouraging", "reassuring"})
"""Speech verbs' -ing words that are also adjectives of judgement ("promising projects")."""
_BEFORE_AN_ADJECTIVE = re.compile(r"\b(?:a|an|the|of|most|more|very|highly|particularly|especially|quite|many|several|"
                                  r"some|other|these|those|such|and|new)\s+$")
"""A word before which an -ing word of `_ADJECTIVE_PARTICIPLES` is an adjective ("a number of promising
projects"), not a verb ("…, promising to help"; `_has_cue_word`)."""


_MEDIA_SOURCE = re.compile(r"(?:As\s+(?:the\s+)?(?:media|publication|newspaper|outlet|press|agency|magazine|channel)\s+"
                           r"(?:notes?|reports?|writes?|points?\s+out)|According\s+to\s+(?:the\s+)?(?:media|publication|"
                           r"newspaper|outlet|press|agency|magazine|channel)\b)")
"""A sentence that opens with the press as its source ("As the media notes, …")."""
_BODY_OR_FIGURES_SOURCE = re.compile(
    r"(?:(?:Also|In addition|However|At the same time|Moreover|Meanwhile),\s+)?[Aa]ccording\s+to\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}?(?:estimates|forecasts|data|figures|statistics|calculations)\b"
    r"|(?:(?:[A-Z][\w-]*|of|and|for)\s+){0,6}?(?:[Gg]overnment|Cabinet|[Mm]inistry|Council|Committee|Service)\b)")
"""A sentence that opens with a body or figures as its source ("According to the government, 61,000 new
cases were detected …", "According to preliminary estimates, the event brought together …"): their
account, not more of the last speaker's (a person as the source is a cue of its own)."""
_BODY_ESTIMATES = re.compile(r"(?:[\w-]+\s+){0,4}?(?:agencies|services|authorities|[Mm]inistry|experts|analysts)\s+"
                             r"(?:now\s+|currently\s+|also\s+)?estimate[sd]?\b")
"""A sentence whose subject is a body, or experts, with "estimate" for its verb ("Russian security agencies now estimate
the number of drug users, mostly young people, at 3 million.", two-hundred-sixty-third 27435): their figures, not more
of the last speaker's report (as "According to … estimates, …" opening it, `_press_account`)."""
_FIGURES_WORDS = ("estimates", "forecasts", "calculations")
"""The sources a reporter reckons with (`_a_reckoning`; not "data", "statistics": a record of what was)."""
_OPENING_THEN_HE_WOULD = re.compile(r"(?:(?:With|As|In|Given|For|Through)\s[^,.;:\n]{3,100},\s(?:he|she)|He|She|"
                                    r"(?P<ahead>Looking\s+(?:ahead|forward)),\s(?:he|she))\s+would\s+"
                                    r"(?:further\s+|also\s+|continue\s+)?(?!have\b|later\b|then\b|go\s+on\b|become\b)")
"""A short opening phrase, a comma, then "he/she would", or "He/She would" opening the sentence
(`_own_intent_after_opening_goes_on`); not "He would later …", "He would go on to …", the readout's own story. "Looking
ahead, he would …" (group `ahead`) names the speaker's outlook itself (sevenhundredninth xuchang)."""
_RECKONED = re.compile(r"[^.;:]*?\b(?:would|could)\s+(?!have\b)")
"""A conditional in the clause after the figures ("…, natural gas distribution would attract …")."""


_FIGURES_OF = re.compile(r"\s+(?:data|figures|statistics)\b")
"""The record a body's name qualifies ("Rosstat data", "Central Bank figures")."""


def _figures_cited(text: str, cue: Cue, lo: int) -> bool:
    """A cue "according to X data" set inside a sentence of a report ("However, the figure was 1.77 in 2015
    and, according to Rosstat data, may exceed 1.83 …", hundred-seventy-ninth 52884, a minister's figures
    carried on): the reporter cites the statistics office's record for one figure; no one else speaks. Not
    a sentence that opens with it ("According to Rosstat data, …", `_press_account`'s sources). Guarded by
    the cue's words, its place after a comma in the sentence, then the word after the body's name."""
    phrase = cue.phrase
    return phrase is not None and phrase.kind == "name" and cue.verb_start > lo \
        and text.startswith("according to ", cue.verb_start) and text.endswith(", ", lo, cue.verb_start) \
        and _FIGURES_OF.match(text, phrase.end) is not None


def _own_body(source: str, reporter: Person) -> bool:
    """The body "According to the …" names is the one the reporter heads (two-hundred-forty-sixth 28865: "Mikhail
    Vanin briefed Vladimir Putin on measures … . According to the State Customs Committee, the main principle …",
    Vanin the chairman of the State Customs Committee): his committee's figures, his report carried on. The body's
    words after "the" all in one of his roles ("chairman of state customs committee"), or a bare "the Ministry" said
    of a minister. Guard: a role of the reporter's found by the cue scan first; no text searched."""
    if not reporter.roles:
        return False
    body = source[source.index("ccording to ") + 12:].lower()
    body = body[4:] if body.startswith("the ") else body
    if body == "ministry":
        return any(role.startswith(("minister", "deputy minister")) for role in reporter.roles)
    return any(body in role for role in reporter.roles if " " in body)


def _a_reckoning(text: str, source: re.Match[str], hi: int) -> bool:
    """Figures with no body named as their source, and a conditional after them ("Gas distribution was
    the first key issue … . According to the most conservative estimates, natural gas distribution would
    attract 400 billion rubles …", hundred-sixty-second): the reporter's own reckoning of what a step
    would bring, not a source's account of what happened ("According to preliminary estimates, the event
    brought together …"). Guarded by the source ending on a figures word (`_BODY_OR_FIGURES_SOURCE`)."""
    return source.group().endswith(_FIGURES_WORDS) and _RECKONED.match(text, source.end(), hi) is not None


_THOSE_PRESENT = re.compile(r"(?:All |Everyone )?(?:[Tt]hose|[Ee]veryone) (?:present|gathered|attending|in attendance|assembled)\b"
                            # (hundred-thirtieth: "The attendees honored the memory of …": the people at the event)
                            r"|(?:The|All the|All) (?:attendees|participants|guests|audience|mourners) (?!of\b)")
"""The people at an event, as a group ("Those present honored the memory of …")."""
_FRONTED_PLACE = re.compile(r"In (?:the )?(?-i:[A-Z][a-z-]+)(?: (?-i:[A-Z][a-z-]+)){0,2}, (?=[a-z]|\d)")
"""A place's name put first, its comma, and a lower-case word or a figure after it ("In Kharkiv, the northern districts
…"; thirty-eighth hard set, the Korvesh governor: "In Tolmask, 40 schools have been fully renovated …"; not "In Putin's
view,"; "In September, the …" too: the time put first, the subject after its comma)."""
_CONDITION_PARTICIPLE = re.compile(r"(?:If|Once|Unless|When) (?:re-)?[a-z]{2,}ed, ")
"""A condition told by a past participle alone, opening the sentence with its comma ("If elected, X will be …", "Once
confirmed, …"): no subject of its own, the sentence's after the comma (sixhundredninetyfourth bulawayo24: "If elected,
Chapo will be Mozambique's fifth … president, continuing …" after another's report, Chapo its subject)."""
_DELEGATION_ACTS = re.compile(r"[Tt]he (?:[A-Z][\w-]+ )?delegation (?:also |then )?"
                              r"(?:met|held|visited|arrived|attended|toured|signed|laid)\b")
"""A delegation, the subject of its sentence, doing what visitors do ("the Ukrainian delegation met with …")."""
_THEY_TOGETHER = re.compile(r"[Tt]hey (?:also |then |further )?(?:exchanged|discussed|agreed|touched upon|paid|considered|"
                            r"reviewed|focused|honored|honoured|laid|resolved)\b")
"""A bare "they" doing what the people who met do together ("they exchanged views on …"); a resolve taken together
("They resolved to strengthen people-to-people contacts …", five-hundred-ninety-sixth): the pair's, no longer the
report of the one who spoke before. Not "decided": "They decided on the Grand Kremlin Public Garden …" (three-hundred-
second kremlin_60739) is those his account speaks of, his words carried on."""

_THEY_NOW = re.compile(r"(?:(?:Later|Soon|Then|Eventually|In (?:the )?future),\s+they|They) "
                       r"(?:also |still |now |already )?(?:are|have|can|cannot|will|must|should|need|want|know|remain|"
                       r"continue|oppose|face|fight|defend|hold|stand|live|work|"
                       r"provide|give|offer|supply|send|support|help|assist|concern|include|involve|relate)\b")
"""A bare "They" with a verb in the present ("They oppose the enemy …"): those the report speaks of, as they are now;
or, after a word of later time, what will become of them ("Later, they will be converted …",
hundred-ninety-eighth); the verbs of help given (hundred-ninth, "He also stated that many leaders are already
visiting our country, …. They also provide practical assistance. The United Kingdom is the leader in this regard …",
Mykhailo Podolyak's words carried on); the verbs of what things are about (thirty-eighth kremlin_67624, "The Governor also
raised a number of questions that are very important for Kamchatka Territory. They concern a fair indexation of fees …":
the questions he raised, told by him)."""
_THEY_NOW_OPENINGS = ("They ", "Later, they ", "Soon, they ", "Then, they ", "Eventually, they ", "In future, they ",
                      "In the future, they ")
"""How a sentence `_THEY_NOW` may match opens (`_they_now` looks at these first)."""
_FORETOLD = re.compile(r"(?:\s+(?:of|for|in|on)(?:\s+[\w’'-]+){1,6}?)?\s+(?:will|would|could|can|must|should|may|might|"
                       r"is to|are to)\b")
"""After a subject (and its "of …" complement), what makes its clause tell what will or should be, not what was done
(`_named_body_acts`)."""
ADDING_CONNECTIVES = ("Moreover, ", "In addition, ", "At the same time, ", "Furthermore, ", "As such, ")
"""How a sentence that adds to what the one before it said opens (`_adding_connective_goes_on`); "As such, " draws
what follows from it (four-hundred-fifty-eighth fiji_gov nayasi_schriver: "In response, Secretary X acknowledged … and
noted the US is committed to being a responsible partner …" / "As such, the Nevada National Guard would be in Fiji
shortly to conduct a mission …")."""
NOR_INVERTED = re.compile(r"Nor\s+(?:will|would|did|does|do|has|have|had|is|are|was|were|can|could|should|shall|must|"
                          r"may)\s+(?:the\s+|any\s+|its\s+|their\s+)?[A-Za-z]")
"""An inverted "Nor" opening a sentence, the other half of what the sentence before ruled out ("Nor will the
Government attend …"; `_negation_goes_on`): the auxiliary right after it, then its subject's first word."""
_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing|neither)\b|n[’']t\b")
"""A negation in the statement a "Nor" sentence goes on from."""
HOW_IT_IS_DONE = re.compile(r"This\s+(?:could|would|can|will|should|may|might)\s+(?:only\s+|also\s+|even\s+)?be\s+"
                            r"(?:achieved|done|accomplished|ensured|reached|realized|realised|attained|implemented|"
                            r"facilitated)\b")
"""How a paragraph opens that says how what the paragraph before urged may be done (fourhundredninetyninth gjurchinovski:
"The Head of State fully supported and encouraged cooperation between the two countries, …" / "This could be achieved
even thanks to the existing initiatives …"): the means of the course just urged, its speaker's (`_adding_paragraph_goes_on`);
not "This will be the first visit …", no such verb."""
_DETAIL_OR_REASON = ("That is why ", "This is why ", "In particular, ")
"""How a sentence drawing a consequence from what was just said, or giving a detail of it, opens: between two
statements of one person it carries the report on, even with a cue word of its own and no speaker for it
(hundred-seventy-second 72401, "The Head of the President's Office also stressed the importance of ensuring
Ukraine's energy security, …. That is why our state must receive concrete guarantees of its energy security, ….
Andriy Yermak noted that …"; ninety-seventh 73889, "Mykhailo Podolyak reminded that Ukraine would like to see the
permanent members of the UN Security Council as the main guarantors …. In particular, Italy has already expressed
interest in participating in such a treaty. The treaty will be open …", `_carry_on`)."""
_ENEMY_ACTS = re.compile(
    r"(?:(?:In addition|Also|Moreover|Furthermore|Besides|At the same time|Meanwhile|However|Today|Now),\s+)?"
    r"the (?:invaders|occupiers|aggressor|enemy|(?-i:[A-Z][a-z]+) regime) "
    r"(?:(?:have |has |had |also )?[a-z]+ed|(?:is|are) (?:still |now |also )?[a-z]+ing)\b")
"""(hundred-thirty-sixth) "In addition, the invaders seized …": the hostile party as subject, a verb in the past;
(hundred-ninety-seventh 73409) "Today, the Kremlin regime is trying to rebuild the wreckage of the Soviet empire …",
between "Frederick Ryan stressed that …" and his next words: a named capital's regime, a verb in the present
progressive, what it is doing now as the speaker tells it."""
_HOSTILE_PARTIES = ("the invaders ", "the occupiers ", "the aggressor ", "the enemy ", " regime ")


_PAST_PERIOD_OPENINGS = ("During ", "In ", "Over ", "Back in ", "Throughout ", "Since ")
_PAST_PERIOD = re.compile(r"(?:During|In|Over|Back in|Throughout|Since) (?:the )?(?:(?:late|early|mid-?)\s?)?"
                          r"(?:(?:19|20)\d\d(?:s|’s|'s)?|(?:past|last|previous) (?:\w+ )?(?:years?|decades?))\b")
"""A past period opening a sentence ("During the late 1990s, …", "In 1998, …", "Over the past decade, …"): history a
speaker recalls (`_body_stance_recalled`)."""


_PLACE_AFTER_A_WORD = re.compile(r" (?:on|in|along|across|near) the ")
"""A place after a sentence's first word ("Embankments on the Kama River …")."""


_LOWER_TAIL = re.compile(r"-[a-z]+$")
"""A compound word's lower-case last part ("QR-codes", "E-services"): no personal name ends so."""
_TWO_PARTIES_TIES = re.compile(r" (?:[a-z]+(?:ic|al) )?(?:relations|ties|cooperation|trade|partnership|friendship)\b")
"""The ties a compound of two places' names is said of, right after it or after one adjective ("Georgia-Germany
economic relations", "Velm-Ostrel ties"): a relation between two parties, no one's name (`_narrates`); not a verb
before them ("NRD-PACT enhances cooperation …", an accord that acts)."""


def _opening_preposition_read_as_name(phrase: Phrase) -> bool:
    """A sentence's first word read as a one-word name that is a preposition or an adverb opening it
    ("Under the programme, …": "under" is an office's word too, "Under Secretary"), no one's name."""
    return phrase.kind == "name" and len(phrase.name) == 1 and not phrase.role and phrase.name[0].lower() in INTRO_WORDS


_OPENING_PARTICIPLES = frozenset(("using", "applying", "employing", "drawing", "relying", "building"))
"""Participles that open a sentence with the means used ("Using the portal, …"), no name's first word."""


def _participle_read_as_name(phrase: Phrase) -> bool:
    """A sentence's first word, a participle of means ("Using Diia you can …"), read with the capitalised
    word after it as a name: no one's name (guarded by the short list of `_OPENING_PARTICIPLES`)."""
    return phrase.kind == "name" and not phrase.role and phrase.name[0].lower() in _OPENING_PARTICIPLES


def _gerund_heads_a_judgement(text: str, subject: Phrase, lo: int, hi: int) -> bool:
    """The sentence's first word, a gerund the phrase reader took for a one-word name ("Fighting", "Streamlining"),
    heads a gerund clause judged with a copula and no modal or speech verb (`_GERUND_SUBJECT`: "Fighting terrorism is a
    priority.", "Streamlining the legal system is one of the main tasks facing science."): a thing to be done that the
    report speaks of, no one's name, so the sentence may carry the report on (`_goes_on_reporting`). Not "Joining the
    call were …" (a participle, the verb before its subject) nor "… was a subject of discussion" (no judgement)."""
    return subject.kind == "name" and subject.start == lo and len(subject.name) == 1 and not subject.role \
        and subject.text.endswith("ing") and _GERUND_SUBJECT.match(text, lo, hi) is not None


def _word_before_its_place(phrase: Phrase) -> bool:
    """A capitalised word that opens the sentence and the place it lies in, which the phrase took in
    ("Embankments on the Kama River and other smaller rivers will be improved.", "Roads in the Orlensk
    Region …"): a thing a report speaks of, the word no one's name (as a lone "Terrorism …" is none)."""
    word = phrase.name[0]
    return word.isalpha() and word[1:].islower() and not word.endswith("ing") \
        and phrase.text.startswith(word) and _PLACE_AFTER_A_WORD.match(phrase.text, len(word)) is not None


def _past_connective(text: str, s0: int) -> int:
    """Where the sentence at `s0` goes on after an adding connective that opens it ("In addition, "), else `s0`."""
    for connective in ADDING_CONNECTIVES:
        if text.startswith(connective, s0):
            return s0 + len(connective)
    return s0


class CarryingOn:
    """Reports carried on: sentences and paragraphs with no cue of their own that go on
    with a statement, or end it.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)
        mentions: list[tuple[Person, int, int]]

    def _name_the_holder(self, person: Person, position: int) -> None:
        """"The President held a meeting … * * * Anatoly Ferzin: Good afternoon …": the
        unnamed "the President" of the narrative is the man who opens the transcript,
        untitled and named nowhere before it; his statements are one speaker's."""
        holders = self.people.unnamed_holders()
        if len(holders) != 1 or holders[0].names or person.roles or holders[0] is person \
                or holders[0].first_seen > position:
            return
        if any(named is person and start < position for start, _, named in self.name_spans):
            return
        holder = holders[0]
        for form in holder.forms:
            person.add_form(form)
        for found in self.found:
            if found.person is holder:
                found.person = person
        self.mentions = [(person if who is holder else who, start, end) for who, start, end in self.mentions]

    def _report_goes_on(self, sentences: list[tuple[int, int]], paragraph: int, quotes: list[Quote]) -> None:
        """A paragraph that opens with one person's report ("Mr X described the reform
        of the service. The first stage was legal. Documents were verified. …") is that
        report to its end: a later sentence in which no person, group or name acts or
        speaks, which names no one and tells of no meeting, carries it on even when a
        sentence before it did not (a body as the subject is what the report is about:
        "The Service also ensures …"). It stops being theirs where someone else speaks."""
        found = self.found
        k = self._first_found_from(sentences[0][0])
        if k == len(found):
            return
        opener = found[k]
        person = opener.person
        first = 0
        if len(sentences) > 2 and sentences[0][1] <= opener.start < sentences[1][1] and person is not None \
                and (self._together(*sentences[0]) or _talk_of_the_meeting(self.text[sentences[0][0]:sentences[0][1]])):
            first = 1  # "The two leaders’ talks were focused on Iraq. Mr X told … He said … The
            # Iraq situation was also to be discussed …": the report opens after what they did together
            # (two-hundred-twelfth 17519: "The situation in Chelyabinsk Region … was the subject of discussion. Mr
            # Puchkov said that … . More than 500 people have sought medical assistance.": after the meeting's topic,
            # told with no agent)
        elif len(sentences) > 2 and self._prompt_then_report(sentences, k):
            first = 1  # (three-hundred-fourth kremlin_58532: "The President suggested talking about difficult problems … .
            # Andrei Tarasenko told the President about the consequences of heavy rains … . They affected …": the
            # host's prompt, a sentence to itself, then the guest's report, which goes on as if it opened the paragraph)
            k += 1
            opener, person = found[k], found[k].person
        elif len(sentences) > 3 and person is not None and self.text.startswith(_ACCORDING_TO, opener.start) \
                and all(f.person is person for f in found[k + 1:]) \
                and (account := self._account_after_narration(sentences, opener.start)):
            first = account  # (three-hundred-thirty-sixth ukraine_president 74401: "President … held a meeting to
            # discuss … . The event was attended by … . According to Denys Shmyhal, the post-war reconstruction plan
            # consists of several parts … . The plan envisages …": his account, after the readout's one or two
            # sentences of who met, goes on; only where he is the paragraph's one reporter, not a conference call's
            # turns, sixty-seventh 71477)
        elif len(sentences) > 2 and sentences[0][1] <= opener.start < sentences[1][1] and person is not None \
                and self._own_act_then_report(sentences[0], sentences[1], opener):
            first = 1  # (two-hundred-sixty-eighth kremlin_63418: "The governor extensively covered the agricultural
            # industry … . He noted that the grain harvest has been growing … . In 2019, the region won back …": the
            # reporter's own sentence, no speech verb in it, then his report under "He", which goes on from there)
        elif len(sentences) > 2 and person is not None and k and found[k - 1].person is person \
                and skip_space(self.text, *sentences[1]) == opener.start \
                and self._goes_on_reporting(*sentences[0], person):
            first = 1  # (eighthundredthirtyfirst brecorder 2024-05-25: "China is playing the role of a true … friend … .
            # He further stated that … . Under the leadership of Chief Minister X, the province … has once again
            # embarked …": the paragraph opens with a sentence that carries on the same person's report of the paragraph
            # before, in which no one acts or speaks; his report after it goes on as if it opened the paragraph)
        first_is_account = first > 0 and self.text.startswith(_ACCORDING_TO, opener.start)  # (its speaker after it)
        s0, s1 = sentences[first]
        split = k + 1 < len(found) and found[k + 1].start < s1 and found[k + 1].person is not person \
            and found[k + 1].person is not None and found[k].end >= s0 \
            and not self.text[found[k].end:found[k + 1].start].strip(" ,;")
        if split:
            # (hard20's rule on perfect passives, hard13: "Concern … having been raised by Madame A, the Ardeshi
            # leader explained …": the sentence split between two people, the report the second one's)
            k += 1
            opener, person = found[k], found[k].person
        if person is None or opener.kind != "indirect" or opener.start >= s1 \
                or not split and skip_space(self.text, s0, s1) < opener.start:
            return  # the paragraph does not open with one person's report
        if EARLIER.match(self.text, opener.start, s1):
            return  # "Last month, the Vice President encouraged …": what follows is background
        known = len(self.subjects)
        cues = [c for c in self._cues(opener.start, s1) if c.person is person]
        self._settle_last_subject(person, known, k, sentences[0][0], s1)
        cue = cues[0] if cues else None
        if cue is not None and self.text[cue.verb_start:cue.verb_end].lower() in _COURTESY_STANCES:
            cue = self._report_after_courtesy(cue, cues, s1) or cue
        if cue is not None and self.text[cue.verb_start:cue.verb_end].lower() in _COURTESY_STANCES \
                and self._report_carried_from(len(found) - 1).person is person:
            # (fivehundredthirtyseventh sco_secretariat tileuberdi: "Zhang Ming thanked the Kazakhstani authorities for
            # … . He pointed out that … . The SCO is committed to …": thanks do not go on, his own report after them does)
            self._last_report_goes_on(person, sentences, paragraph, quotes, after_sympathy=True)
            return
        if cue is None or self.text[cue.verb_start:cue.verb_end].lower() in _STANCE_VERBS \
                and _COUNTED_POINTS.match(self.text, cue.verb_end) is None \
                and not self._point_made_clear_goes_on(cue.verb_end, sentences[first + 1:]):
            return  # "The President knows …", "made clear …", "called for …": a stance, not a report (but "made
            # three observations on the way ahead. First, … Second, the two countries should …", styles26
            # jiangmor_tao_ruiqing_holds_talks_with_orsennan_foreign_minister: points announced, which go on)
        if pledge_only(self.text, opener):
            return  # "President X is committed to taking on hidden junk fees … . These fees occur across …": a
            # pledge tells nothing the paragraph goes on telling (`pledge_only`)
        if courtesy_and_invitation_only(self.text, opener):
            return  # "X also delivered remarks, expressing contentment … and inviting citizens of Taipei to visit …": no
            # words told that the paragraph goes on telling (`courtesy_and_invitation_only`)
        if _SYMPATHY_GIVEN.match(self.text, cue.verb_end):
            # (three-hundred-fifty-eighth ua 55601: "… conveyed words of support to the family of X, pupil killed in
            # …. The rescuers found the body …", "expressed condolences over the death of Y …. On May 20, …": sympathy
            # offered, then the readout's own account of the loss; but a report of his later in the paragraph goes on
            # as any last report does, `_last_report_goes_on`)
            self._last_report_goes_on(person, sentences, paragraph, quotes, after_sympathy=True)
            return
        if self.text.startswith("announced ", cue.verb_start) and _announced_a_thing(self.text, cue.verb_end, s1):
            return  # "Today, the President announced a first-of-its-kind overhaul of …": the readout's account follows
        rest = sentences[first + 1:]
        if first:
            at = opener.start + (len(_ACCORDING_TO) if first_is_account else 0)  # (where the speaker's phrase opens)
            if cue.phrase is None or cue.phrase.start != at \
                    and _PORTFOLIO_WORDS.fullmatch(self.text, at, cue.phrase.start) is None:
                return  # (after the pair's sentence, only a report whose speaker opens it: "In recognition
                # that …, the Vice President informed … The assistance will be implemented …" is the readout's)
            # (and up to the first sentence no one speaks or the pair acts in: after "Attention was drawn
            # to …" what follows is no longer known to be theirs)
            stop = next((i for i, (r0, r1) in enumerate(rest)
                         if self._spoken_by_no_one(r0, r1) or self._together(r0, r1)), len(rest))
            rest = rest[:stop]
        speech = self.text.startswith(_IN_OWN_SPEECH, opener.start)
        self._carry_report(person, rest, paragraph, quotes, k, together_ends=not speech, speech=speech)
        self._last_report_goes_on(person, sentences, paragraph, quotes)

    def _settle_last_subject(self, person: Person, known: int, k: int, lo: int, s1: int) -> None:
        """Settle whom a "He" opening the next paragraph follows, once the paragraph's opening sentence (from `lo`, ending
        at `s1`) has been read again for its cue (`_report_goes_on`), a reading that noted subjects from `known` on
        (the opener among them). Three cases, the first that holds; in any other the subjects are left as noted:
        - Another's quotation closes the paragraph: what that reading noted is undone, "he" is the one who spoke last
          (sevenhundredfortythird dnanews naqvi_farewell: "The US consul general paid a tribute to … . “…,” Mohsin
          Naqvi said. … [paragraph] “…,” he stated.").
        - Another's indirect statement closes it, of a person first named in this paragraph: undone too, "he" is that
          newcomer (thousandfirst peopledaily tea hawkers: "X, … board member said that … . He called on … . Embu Deputy
          governor Y said … [paragraph] He noted that …"); not a person's belief, hope, background report or report the
          opener relays (`_BELIEF_VERB` near the statement's start: kremlin_42515's "Mr Chaika said … Mr Putin
          believes … [paragraph] … He described …", Putin first named in the body there but only an aside on
          Chaika's report; review rf23), nor the statement of a person known before: "he" stays the opener.
        - Else, when that reading noted after the opener someone named inside the opener's own report, the opener
          `person` (`found[k]`) is noted again as the last subject (thousandthird jordantimes 2019-04-30: "Issawi said
          that King Abdullah instructed him to prepare a plan … . Issawi added that … [paragraph] He said that dealing
          with unemployment was …": "He" is Issawi, not the King); only when no one else's statement opens later in
          that sentence ("X thanked Y, and Y assured …": Y spoke last).
        Bounded: the paragraph's last statement, the few subjects that reading noted, the statements after the opener."""
        last = self.found[-1]
        if last.person is not None and last.person is not person and last.start >= lo and (
                last.kind == "direct" or last.kind == "indirect" and last.person.first_seen >= lo
                and _BELIEF_VERB.search(self.text, last.start, min(last.end, last.start + _BELIEF_VERB_REACH)) is None):
            del self.subjects[known:]
            return
        noted = self.subjects[known - 1:] if known else []  # (the opener may be the subject just before: not noted twice)
        if len(noted) < 2 or noted[-1] is person or person not in noted:
            return
        if any(f.start < s1 and f.person is not person for f in self.found[k + 1:]):
            return
        self._remember_subject(person)

    def _report_after_courtesy(self, cue: Cue, cues: list[Cue], s1: int) -> Cue | None:
        """The same speaker's later cue in the opening sentence, joined to his courtesy by ", and", when it is no stance
        (eighthundredfortyfirst chineseembassy 2015-07-25: "Gu Xiaojie congratulated H.E. Mr. Nasir el-Rufai on his
        election …, and pointed out that China attaches great importance to … . In the days ahead, China wishes to make
        joint efforts with Kaduna State …"): his report after the congratulations, which goes on as if it opened the
        paragraph (as "He pointed out that …" in a sentence of its own does after "thanked", `_last_report_goes_on`).
        Cheap: ", and " after the courtesy's verb first."""
        text = self.text
        if text.find(", and ", cue.verb_end, s1) < 0:
            return None
        return next((c for c in cues if c.verb_start > cue.verb_end
                     and text[c.verb_start:c.verb_end].lower() not in _STANCE_VERBS
                     and text.find(", and ", cue.verb_end, c.verb_start) >= 0), None)

    def _point_made_clear_goes_on(self, verb_end: int, rest: list[tuple[int, int]]) -> bool:
        """Whether "made (it) clear that …" ending its verb at `verb_end` is a point told that the rest of its paragraph,
        `rest`, goes on arguing (fourhundredtwentysixth whitehouse mccarthy: "President X made clear that … it is their
        shared duty not to allow … default. The … Constitution is explicit about this obligation … . It is not
        negotiable or conditional."): only when no sentence after it names anyone, nor tells what is being done, the
        readout's own account ("… made it clear that he is leading … . The White House is demonstrating it will use …
        . Capital providers are making commitments as well.")."""
        text = self.text
        return _MADE_CLEAR_THAT.match(text, verb_end) is not None and bool(rest) \
            and not any(self._names_in(r0, r1) or _BEING_DONE.search(text, r0, r1) is not None for r0, r1 in rest)

    def _adding_connective_goes_on(self, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """A sentence that opens with a connective adding to what was just said (`ADDING_CONNECTIVES`), right after a
        sentence that ends with one person's indirect statement, in which no one acts or speaks, is that person's
        (thirty-eighth hard set: "The Secretary expressed condolences … and said that … . Moreover, Nordane stands ready
        … . In addition, the Relief Agency’s field office … will remain open …"; "X thanked the Secretary for … . At the
        same time, the reconstruction … will take at least two years, …"; "X stressed that … . Moreover, a third of the
        critical medicines … depend on …"): what a stance or sympathy did not carry on (`_report_goes_on`). Cheap test
        first: the sentence's opening words."""
        found, text = self.found, self.text
        for i in range(1, len(sentences)):
            s0, s1 = sentences[i]
            if not text.startswith(ADDING_CONNECTIVES, s0):
                continue
            k = self._first_found_from(s0)
            if k == 0 or k < len(found) and found[k].start < s1:
                continue  # no statement before, or the sentence has its own
            last = found[k - 1]
            p0, p1 = sentences[i - 1]
            if last.person is None or last.kind != "indirect" or last.end < strip_tail(text, p0, p1) or last.end < p0:
                continue  # (the sentence before must end with that person's statement)
            if not self._only_adds(s0, s1):
                continue
            self._carried(last.person, s0, s1, paragraph)
            self.carried_starts.add(s0)

    def _only_adds(self, s0: int, s1: int, means: bool = False) -> bool:
        """Whether the sentence text[s0:s1], opening with an adding connective, only adds to the report before it: no
        cue word (with `means`, "thanks to" none: `_has_cue_word`), no one named, no meeting or event told, no named
        body acting (not "In addition, the Congress considered …", seventh 74629)."""
        return not (self._has_cue_word(s0, s1, means=means) or self._names_in(s0, s1) or self._together(s0, s1)
                    or self._who_met_act(s0, s1) or self._narrates(s0, s1) or self._tells_of_events(s0, s1)
                    or self._body_acts(s0, s1) and self._named_body_acts(s0, s1))

    def _broken_sentence_goes_on(self, person: Person, sentence: tuple[int, int], paragraph: int) -> None:
        """A paragraph that opens with a lower-case word after one that ended on a word, with no full stop, and with
        `person`'s indirect statement: a page that broke one sentence over two paragraphs (fivehundredfiftysecond, China's
        embassy in London: "Ambassador Liu expressed thanks to Martin for the arrangement … on the second" / "day of his
        arrival, believing that such an arrangement shows …"); or one that opens with a speech participle and no subject
        (`SUBJECTLESS_SPEECH_PARTICIPLES`) after `person`'s words: its first sentence is the rest of that statement,
        unless a statement was found in it. The caller checked the opening and what ended the paragraph before."""
        s0, s1 = sentence
        k = self._first_found_from(s0)
        if k < len(self.found) and self.found[k].start < s1:
            return
        self._carried(person, s0, s1, paragraph)
        self.carried_starts.add(s0)

    def _adding_paragraph_goes_on(self, person: Person, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """A paragraph of one sentence that opens with an adding connective (`ADDING_CONNECTIVES`) and argues (a
        modal, "it is necessary"), right after a paragraph that ended with `person`'s indirect statement, carries it
        on as the same sentence would in that paragraph (`_adding_connective_goes_on`; four-hundred-fourteenth
        belarus_president_2012-02-06_maltsev_zhadobin: "Aleksandr Lukashenko urged to concentrate on raising salaries
        of soldiers …" / "Moreover, it is necessary to provide military men with houses."); or opens "This could be
        achieved …", how the course just urged may be done (`HOW_IT_IS_DONE`)."""
        s0, s1 = sentences[0]
        if len(sentences) > 1:
            return
        means = self.text.startswith("This ", s0)
        if (HOW_IT_IS_DONE.match(self.text, s0, s1) if means else _ARGUES.search(self.text, s0, s1)) is None:
            return  # (a paragraph opening "This …" carries on only as how the course urged may be done)
        k = self._first_found_from(s0)
        if k < len(self.found) and self.found[k].start < s1 or not self._only_adds(s0, s1, means=means):
            return
        self._carried(person, s0, s1, paragraph)
        self.carried_starts.add(s0)

    def _negation_goes_on(self, person: Person, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """A paragraph's first sentence that opens with an inverted "Nor" (`NOR_INVERTED`) right after a paragraph that
        ended with `person`'s negative indirect statement (`_NEGATION`) adds the other half of what was ruled out, that
        person's (eighthundredthirtyfifth dailyvoice 2022-03-11: "…, Premier X has said no Russian Embassy or Consulate
        staff will be invited to any event …" / "Nor will the Western Cape Government attend any events or meetings
        organised by the Russian Embassy …"). Not a sentence with a statement, a cue word or a person of its own."""
        text, found = self.text, self.found
        s0, s1 = sentences[0]
        if NOR_INVERTED.match(text, s0, s1) is None:
            return
        k = self._first_found_from(s0)
        if k == 0 or k < len(found) and found[k].start < s1:
            return
        last = found[k - 1]
        if last.person is not person or last.kind != "indirect" or _NEGATION.search(text, last.start, last.end) is None:
            return
        if self._has_cue_word(s0, s1) or self._names_in(s0, s1):
            return
        self._carried(person, s0, s1, paragraph)
        self.carried_starts.add(s0)

    def _gap_before_closing_cue(self, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """A sentence with no cue, quotation or name of its own, between two sentences of one person's indirect report
        in its paragraph, the second of them closed by its cue ("…, the governor said.", "…, the head of state said.") is
        that person's: the closing cue takes back the report it ends, and the sentence before it has not left that report
        (hundred-twenty-fifth kremlin_68299: "Mikhail Degtyaryov also spoke about the plan to manufacture the new aircraft
        … . The local aircraft builders have all the necessary competencies. Agreements have been reached that the
        Ministry … will provide funding … . Superjets are manufactured in the same area, the governor said."; three-hundred-
        fifty-fourth belarus_president_2019-12-19_security_council: "According to the President, … . New forms and ways of
        warfare … were considered. The opinion of … was taken into account, the head of state said."). Cheap tests first:
        the statements found around the gap, then the closing cue, then the gap's own words."""
        found, text = self.found, self.text
        for i in range(1, len(sentences) - 1):
            s0, s1 = sentences[i]
            k = self._first_found_from(s0)
            if k == 0 or k == len(found) or found[k].start < s1:
                continue  # no statement before or after, or the sentence has its own
            last, after = found[k - 1], found[k]
            p0, p1 = sentences[i - 1]
            t0, t1 = sentences[i + 1]
            person = last.person
            if person is None or after.person is not person or last.kind != "indirect" or after.kind != "indirect" \
                    or last.end < p0 or last.end < strip_tail(text, p0, p1) - 1 \
                    or after.start != skip_space(text, t0, t1) or after.end < strip_tail(text, t0, t1) - 1:
                continue  # (the sentence before ends with the person's report, the one after is the person's, whole)
            closing = [c for c in self._cues(t0, t1) if c.person is person and c.phrase is not None]
            if not closing or not _comma_before_subject(text, t0, closing[-1].phrase.start) \
                    or _closes_sentence(text, closing[-1].verb_end, strip_tail(text, t0, t1)) is None:
                continue  # (the report after the gap must be closed by its cue, "…, X said.")
            if _has_quote_mark(text, s0, s1) or self._names_in(s0, s1) or self._cues(s0, s1) \
                    or self._together(s0, s1):
                continue
            self._carried(person, s0, s1, paragraph)
            self.carried_starts.add(s0)

    def _gap_in_the_speakers_voice(self, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """Sentences with no cue or quotation of their own between two indirect reports of one person in their paragraph,
        one of them in that person's voice, "our two presidents", "our two countries" outside quotation marks
        (`_OUR_TWO`), are that person's, whoever they tell of (sevenhundredfiftyseventh cpaffc: "Vice President Xie said
        that … . Chinese President Xi Jinping recently paid a state visit to the U.S. … . During the visit, our two
        presidents reached a series of consensus … . He also attended … . Xie hoped that …"): the speaker's "our" shows
        the gap is his account, which his next report takes up. Cheap test first: "ur two" in the paragraph ("our
        two", "Our two")."""
        found, text = self.found, self.text
        p0, p1 = sentences[0][0], sentences[-1][1]
        if text.find("ur two", p0, p1) < 0:
            return
        k = self._first_found_from(p0)
        ends = [s1 for _, s1 in sentences]
        gaps: list[tuple[Person, list[tuple[int, int]]]] = []
        while k + 1 < len(found) and found[k + 1].start < p1:
            last, after = found[k], found[k + 1]
            k += 1
            if last.person is None or after.person is not last.person or last.kind != "indirect" \
                    or after.kind != "indirect":
                continue
            i = bisect_left(ends, last.end)
            j = bisect_right(ends, after.start)
            if i >= len(sentences) or last.end < strip_tail(text, *sentences[i]) - 1 or j >= len(sentences) \
                    or after.start != skip_space(text, *sentences[j]):
                continue  # (the first report ends its sentence, the next one opens its own)
            gap = sentences[i + 1:j]
            if not gap or not any(_OUR_TWO.search(text, g0, g1) for g0, g1 in gap) \
                    or any(_has_quote_mark(text, g0, g1) or self._cues(g0, g1) for g0, g1 in gap):
                continue
            gaps.append((last.person, gap))
        for person, gap in gaps:  # (carried after the pairs are read: a carried sentence joins `found`)
            for g0, g1 in gap:
                self._carried(person, g0, g1, paragraph)
                self.carried_starts.add(g0)

    def _named_body_acts(self, lo: int, hi: int) -> bool:
        """The head subject after the opening connective, a body or a thing (`_body_acts`), acts in the readout's
        account ("the Congress considered …", "the ministry has opened …"): not its owner before "’s" ("the Relief
        Agency’s field office will remain open …") nor a thing whose clause foretells ("the reconstruction of … will
        take at least two years"), what the speaker says will be."""
        subject = self._head_subject(lo, hi)
        if subject is None or self.text.startswith(("’s", "'s"), subject.end):
            return False
        return _FORETOLD.match(self.text, subject.end, hi) is None

    def _account_after_narration(self, sentences: list[tuple[int, int]], start: int) -> int:
        """The index (1 or 2) of the sentence that `start`, an "According to X, …" account, opens, when every
        sentence before it tells who met or who attended (`_narrates`), no one's words; else 0. Looks at the
        paragraph's first three sentences only."""
        for i in (1, 2):
            if skip_space(self.text, *sentences[i]) == start:
                return i if all(self._narrates(s0, s1) for s0, s1 in sentences[:i]) else 0
        return 0

    def _own_act_then_report(self, first: tuple[int, int], second: tuple[int, int], opener: Any) -> bool:
        """The paragraph's first sentence has the reporter alone as its subject and no statement ("The governor
        extensively covered the agricultural industry …"), and its second opens with his report under a pronoun
        ("He noted that …"). Cheap tests first: the pronoun, then the first sentence's subject, read once."""
        text = self.text
        t0 = skip_space(text, *second)
        if opener.start != t0 or opener.kind != "indirect" or not text.startswith(("He ", "She "), t0) \
                and not (text.find(" speech", *first) >= 0 and self._opens_with_a_name(t0, second[1])):
            return False  # (under his name again only after he "gave a speech": hundredfortythird 74757's "X held a
            # video conference … . X informed …" goes on with the readout's own sentences)
        s0 = skip_space(text, *first)
        if text.startswith("As ", s0) and (lead := _FRONTED_AS_OFFICE.match(text, s0, first[1])) is not None:
            s0 = lead.end()  # (sixhundredtwentyfifth nanning_gov xijiang: "As the Mayor of Nanning, the current rotating
            # city, Zhou Hongbo presided over the meeting and gave a speech. Zhou Hongbo said that …": the office he
            # acts in, fronted)
        subject = phrase_starting_at(text, s0, first[1])
        if subject is None or subject.start != s0 or subject.kind not in ("name", "description") \
                or not subject.is_person or self._cues(s0, first[1]):
            return False
        starts = self.verb_starts
        v = bisect_left(starts, opener.start)
        if v >= len(starts) or starts[v] >= opener.end \
                or text[self.verb_hits[v][0]:self.verb_hits[v][1]].lower() not in _OPENS_OWN_REPORT:
            return False  # a report of facts ("He noted that …"), not a stance ("He was clear: …")
        return self._resolve(subject, subject.start) is opener.person

    def _opens_with_a_name(self, lo: int, hi: int) -> bool:
        """The sentence at text[lo:hi] opens with a person's name (its first letter a capital, read once)."""
        if not self.text[lo:lo + 1].isupper():
            return False
        subject = phrase_starting_at(self.text, lo, hi)
        return subject is not None and subject.start == lo and subject.kind == "name"

    def _prompt_then_report(self, sentences: list[tuple[int, int]], k: int) -> bool:
        """The paragraph's first sentence is one statement, the whole of it (the host's prompt: "The President
        suggested talking about difficult problems and the assistance that the region needs."), and its second
        opens with another person's indirect statement, the next one found (the guest's report: "Andrei Tarasenko
        told the President about …"), the first with a verb of the host's prompt (`_PROMPT_VERBS`), the second with
        a verb of reporting. Cheap tests on the statements and verbs found; no text is searched."""
        found = self.found
        if k + 1 >= len(found):
            return False
        prompt, report = found[k], found[k + 1]
        (s0, s1), (t0, t1) = sentences[0], sentences[1]
        if prompt.person is None or report.person is None or report.person is prompt.person \
                or report.kind != "indirect" or prompt.end > t0 or prompt.end < s1 - 1 \
                or prompt.start != skip_space(self.text, s0, s1) or report.start != skip_space(self.text, t0, t1):
            return False
        starts, text = self.verb_starts, self.text
        p, r = bisect_left(starts, prompt.start), bisect_left(starts, report.start)
        if p >= len(starts) or starts[p] >= prompt.end or r >= len(starts) or starts[r] >= report.end:
            return False
        said = text[self.verb_hits[r][0]:self.verb_hits[r][1]].lower()
        return text[self.verb_hits[p][0]:self.verb_hits[p][1]].lower() in _PROMPT_VERBS \
            and (said in _PRESENTS_REPORT or said in _REPORTING_VERBS)

    def _middle_reports_go_on(self, sentences: list[tuple[int, int]], paragraph: int, quotes: list[Quote]) -> None:
        """In a paragraph the source joined, where people report in turn (ninety-sixth: "Mr X reported
        that in 2017 the Foundation was the first … . The applications are received … . The Foundation
        has a system for managing projects … . Vladimir Putin noted that this was …"), a report that
        opens its sentence goes on, as the last one does (`_last_report_goes_on`), over the sentences
        in which no one acts or speaks, up to the next person's statement, when that person spoke
        before the report too (turns of a meeting). Only paragraphs with three statements or more;
        each report is read once."""
        found, text = self.found, self.text
        k = self._first_found_from(sentences[0][0])
        ends = [s1 for _, s1 in sentences]
        spans: list[tuple[Person, int, int]] = []
        mine = found[k:]
        for n, this in enumerate(mine):
            after = next((f for f in mine[n + 1:] if f.person is not this.person), None)
            if this.person is None or after is None or after.person is None \
                    or this.kind != "indirect" or this.start in self.carried_starts \
                    or n and mine[n - 1].person is this.person:
                continue  # (a report's later sentences are read with its first)
            if not any(f.person is after.person for f in mine[:n]):
                continue  # only turns: the next speaker spoke before the report too (the host, then the guest's
                # report, then the host's reply), not a report that a third party's news ends
            i = bisect_left(ends, this.end)
            j = bisect_right(ends, after.start)
            if j - i < 2 or i >= len(sentences) or skip_space(text, sentences[i][0], sentences[i][1]) != this.start:
                continue  # nothing between, or the report does not open its sentence
            s0, s1 = sentences[i]
            # (a report of facts by any of the reporter's verbs in it: three-hundred-thirty-fifth kremlin_68453, "The
            # Governor confirmed that this was a problem and said that a special regional programme had been adopted …")
            cue = next((c for c in self._cues(s0, s1) if c.person is this.person
                        and text[c.verb_start:c.verb_end].lower() in _REPORTING_VERBS), None)
            if cue is None or EARLIER.match(text, s0, s1):
                continue  # a stance, a proposal, an announcement, or background: not a report of facts
            last = max(f.end for f in mine[n:] if f.start < after.start)  # (the report's last sentence found)
            spans.append((this.person, bisect_left(ends, last) + 1, j))
        for person, i, j in spans:
            gap = sentences[i:j]
            for g, (t0, t1) in enumerate(gap):
                if not self._goes_on_reporting(t0, t1, person):
                    gap = gap[:g]  # ("At the end of the meeting, X presented awards …": someone acts, or a body
                    break  # speaks: the report is over; not "… monitoring, reporting and summing up …", a noun)
            if gap:
                self._carry_report(person, gap, paragraph, quotes, self._first_found_from(gap[0][0]), together_ends=True)

    def _last_report_goes_on(self, opener: Person, sentences: list[tuple[int, int]], paragraph: int,
                             quotes: list[Quote], after_sympathy: bool = False) -> None:
        """In a paragraph that opens with one person's report and where someone else reports
        after it (a reported meeting whose paragraphs the source joined: "The President noted
        … . The Governor said … . … The governor also reported that the church had been
        restored. The church was finished after …. For many years, the church was
        dilapidated …"), the paragraph's last report goes on to its end as the first does:
        the sentences after it in which no one acts or speaks are its reporter's. So too the opener's own later
        report when the paragraph opens with sympathy offered, which does not go on itself (`after_sympathy`;
        fourhundredtwentythird nato_2011_rasmussen_unga_new_york: "Mr X expressed his deepest sympathy … . …, Mr X
        said, and the next stage was expected to take place soon. Implementing … will be one of the major issues …")."""
        found = self.found
        last = self._report_carried_from(len(found) - 1)
        if found[-1].end >= sentences[-1][0] or last.person is None \
                or last.person is opener and not after_sympathy \
                or last.kind != "indirect" or last.start in self.carried_starts:
            return  # (nothing after it, or the opener's report, carried to the end already)
        i = bisect_left([s1 for _, s1 in sentences], last.end)
        if i >= len(sentences) - 1 or skip_space(self.text, sentences[i][0], sentences[i][1]) != last.start:
            return  # the report does not open its sentence
        s0, s1 = sentences[i]
        # (the pronoun that opens the report, read again after the paragraph, may resolve to another: sixty-fourth
        # kremlin_29676, "… Nurgaliev reported to the President on … . He said that … . The Interior
        # Ministry was introducing amendments …", "He" now the paragraph's first speaker; the report's own pronoun)
        cue = next((c for c in self._cues(s0, s1) if c.person is last.person
                    or c.phrase is not None and c.phrase.kind == "pronoun" and c.phrase.start == last.start), None)
        if cue is None or self.text[cue.verb_start:cue.verb_end].lower() in _STANCE_VERBS \
                or _SYMPATHY_GIVEN.match(self.text, cue.verb_end) or EARLIER.match(self.text, s0, s1):
            return  # a stance, or background, not a report
        trailing = sentences[i + 1:]
        for j, (t0, t1) in enumerate(trailing):
            if self._has_cue_word(t0, t1) and not self._reporters_body_stands(t0, t1, last.person):
                trailing = trailing[:j]  # ("The Harbour Coalition … announced a new fund.": a body speaks; not his
                # own body's stance, "The SCO is committed to …" after its Secretary-General's report)
                break
        if trailing:
            self._carry_report(last.person, trailing, paragraph, quotes, self._first_found_from(trailing[0][0]),
                               together_ends=True)

    def _report_carried_from(self, j: int) -> Found:
        """found[j], or, when found[j] is a sentence carried on (no speech verb of its own), the
        statement of the same person whose report it carries on ("Sergei X reported that … . Over 1,200
        homes have been repaired. The programme covers 14 districts.": the second figure goes on with the
        report, not with the first figure). Only a run of one person's statements is walked back."""
        found, starts = self.found, self.verb_starts
        while j > 0 and found[j - 1].person is found[j].person and found[j].kind == "indirect":
            if found[j].start not in self.carried_starts:
                v = bisect_left(starts, found[j].start)
                if v < len(starts) and starts[v] < found[j].end:
                    break  # (a statement with its own speech verb: its own report)
            j -= 1
        return found[j]

    def _spoken_by_no_one(self, lo: int, hi: int) -> bool:
        """A sentence whose speech is an agentless passive ("Attention was drawn to the weapons
        …", "It was emphasised once again that …", "Serious concerns were expressed …")."""
        return self.text.find(" w", lo, hi) >= 0 and _AGENTLESS_SPEECH.search(self.text, lo, hi) is not None

    def _together(self, lo: int, hi: int) -> bool:
        """The sentence's subject is the people who met, or a group named by a noun
        ("The leaders …", "Vladimir Putin and Naftali Bennett …"), not a bare "They",
        which may be what a report speaks of ("They have been included into the registry")."""
        subject = self._head_subject(lo, hi)
        if (subject is None or subject.kind != "group") and (lead := LEADING_ADVERBIAL.match(self.text, lo, hi)) is not None:
            # (three-hundred-thirty-first japan mofa press4e_002421: "In addition, based on this, the two foreign ministers
            # closely aligned their policies …": a short phrase fronted after the connective, the people who met after it)
            met = self._who_met_after_fronted(lead.end(), hi)
            if met is not None:
                subject = phrase_starting_at(self.text, met, hi)
        # (not "DOM.RF and the Ministry of Construction have launched …"; not "Experts should advance …")
        return subject is not None and subject.kind == "group" and subject.text.lower() not in ("they", "these", "those") \
            and not _bodies_joined(subject) and not _quantifies_a_thing(self.text, subject) \
            and not _OUTSIDE_STATES.fullmatch(subject.text) and not self._prescribed_to(subject, hi, _PRESCRIBED_OR_ABLE) \
            and not _talks_of_an_amount(self.text, lo, hi)

    def _who_met_act(self, lo: int, hi: int) -> bool:
        """After an opening connective, the people who met are the subject ("In addition, both ministers signed …",
        "In addition, based on this, the two foreign ministers closely aligned …"): `_together`, its group one of
        `_WHO_MET` (not "Moreover, all personnel of the army …", a group the speaker's report tells of)."""
        lead = LEADING_ADVERBIAL.match(self.text, lo, hi)
        if lead is None or not self._together(lo, hi):
            return False
        at = lead.end()
        return _WHO_MET.match(self.text, at, hi) is not None or self._who_met_after_fronted(at, hi) is not None

    def _who_met_after_fronted(self, at: int, hi: int) -> int | None:
        """Where the people who met (`_WHO_MET`) open a clause after a short phrase fronted at `at` and its comma
        ("In addition, based on this, the two foreign ministers …"), else None."""
        comma = self.text.find(", ", at, min(hi, at + 40))
        return comma + 2 if comma > 0 and _WHO_MET.match(self.text, comma + 2, hi) is not None else None

    def _prescribed_to(self, subject: Phrase, hi: int, modals: tuple[str, ...] = _PRESCRIBED) -> bool:
        """The group is told what it should do ("CIS countries’ experts should advance initiatives …",
        two-hundred-forty-fifth 27513, after "Mr Putin said that the CIS would further build its
        potential."): the speaker's prescription carried on, not the people who met acting together."""
        text, at = self.text, subject.end
        if text[at:at + 1] in ("’", "'"):  # ("CIS countries’ experts", "the ministry's experts": the owner's noun)
            space = text.find(" ", at, hi)
            at = text.find(" ", space + 1, hi) if space > 0 else -1
        return at > 0 and text.startswith(modals, at)

    def _report_carries_over(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                             quotes: list[Quote]) -> None:
        """A paragraph after one that was one person's report to its end, and whose
        first statement (if any) is theirs too, carries that report on: its sentences
        before another person speaks in which no one acts or speaks are theirs ("Igor
        Artamonov discussed regional achievements." and then "The urban environment
        continues to improve, …", "Environmental protection is an important matter.")."""
        found = self.found
        if not self._ends_as_a_sentence(sentences):
            return  # a heading, or a lead-in to a list ("The message reads, in part:")
        k = self._first_found_from(sentences[0][0])
        if k < len(found) and found[k].person is not person:
            return  # someone else speaks first: the report is over
        if self._together(*sentences[0]) and not (self.text[sentences[0][0]] in "FSTA"
                                                   and self._announced_point(person, *sentences[0], k)):
            return  # "Mr Putin and Mr X also touched upon the social sector, …": the two who met, the report over
            # (thirty-second 62327, after "The Head of Tatarstan also spoke about the projects …")
        s0, s1 = sentences[0]
        if self.text.startswith(_ACCORDING_TO, s0) and self._a_body_accounts(s0, s1):
            return  # (thirty-eighth hard set, the Pryvil hospitals: "The Minister of Health reported on … . She said that …"
            # / "According to the Ministry of Health, 1,240 medical facilities have been damaged …": a new paragraph
            # opened on a body's account, the readout's source, no one's; not "X spoke about … . According to the
            # Ministry, the GDP increased …" in the report's own paragraph, two-hundred-forty-sixth 28851, his)
        self._carry_report(person, sentences, paragraph, quotes, k)

    def _carry_report(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                      quotes: list[Quote], k: int, together_ends: bool = False, speech: bool = False) -> None:
        """`person`'s report carried on over `sentences` (`k`: the first statement found
        from them on): each in which no one acts or speaks is theirs, until someone
        else speaks (or, with `together_ends`, the people who met act together); with
        `speech`, a report of the person's own speech (`_IN_OWN_SPEECH`), each that names
        no one and holds no cue is theirs even with "the two sides" or "we" as its subject."""
        found = self.found
        opens = [quote.open_mark for quote in quotes]
        quoted = blocked = False  # (after the speaker's own quotation; after a sentence not theirs that follows it)
        narrated: tuple[int, int] | None = None  # (the sentence just before, when it was not the report's)
        recalled: list[tuple[int, int]] = []  # (the heads of state's meeting he recalls, `_heads_of_state_recalled`)
        for s0, s1 in sentences:
            before, narrated = narrated, None
            while k < len(found) and found[k].end <= s0:
                k += 1
            if k < len(found) and found[k].start < s1:
                recalled.clear()
                here = [f for f in found[k:] if f.start < s1]
                if any(f.person is not person for f in here):
                    return  # someone else speaks: the report is over
                quoted = here[-1].kind == "direct"
                blocked = blocked and quoted
                continue
            if self.text[s0] in "FSTLA" and (_PROPOSED_POINT.match(self.text, s0, s1) is not None
                                             or self._announced_point(person, s0, s1, k)) \
                    and not self._names_in(s0, s1):
                # (hard24: "Qiu put forward a three-point proposal … First, the two sides should improve
                # …. Second, they should expand …": the proposal's points, its group no one who acts;
                # two-hundred-sixty-third 42863: "Vladimir Putin noted the following three gains of the past summit.
                # First, it was very important that the Presidents personally discussed … / Second, they agreed on
                # … / And third, the five Caspian leaders reached an understanding …": the points he announced,
                # whoever acts in them)
                self._carried(person, s0, s1, paragraph)
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                continue
            if before is None and not quoted and not blocked and _we_go_on_to_intend(self.text, s0, s1):
                self._carried(person, s0, s1, paragraph)  # "X expressed that … . We will join efforts with …": X's
                self.carried_starts.add(s0)  # side's "we", his words carried on (`_WE_GO_ON_TO_INTEND`)
                k = self._first_found_from(s0)
                continue
            if together_ends and (self._together(s0, s1) or self._group_acts(s0, s1)):
                return  # "The leaders continued their exchange of views …": the report is over
                # (three-hundred-ninetieth kremlin_67803: "The President briefed the meeting participants … . They also
                # exchanged opinions on …": a bare "they" with a verb of the meeting, `_group_acts`, the people who met)
            if self._meeting_turns_to_a_topic(s0, s1) and not self._reported_talks_go_on(s0, s1):
                return  # "Gas infrastructure development was also discussed at the meeting.": a new topic
            if (self.text.find(" was ", s0, s1) >= 0 or self.text.find(" were ", s0, s1) >= 0) \
                    and _HEARER_TOLD.search(self.text, s0, s1) is not None:
                return  # "The President was informed that …": what follows is what he was told, `_HEARER_TOLD`
            if self._press_account(s0, s1, person):
                return  # "As the media notes, …": the press's account from here, not theirs
            if describes_a_place(self.text, s0, s1):
                return  # "Also spelled Duhok …; it is a city in …": the writer's background from here
            if self.text[s0] == "A" and describes_a_document(self.text, s0, s1):
                return  # "According to the bill, a fine … will be imposed …": the document's account from here
            if self.text.startswith(("The ", "This ", "Its ", "His ", "Her "), s0) \
                    and WRITTEN_TEXT_READS.match(self.text, s0, s1) is not None:
                return  # "The message reads, in part:" (hard20): the lead-in to a text, no more of the report
            q = bisect_left(opens, s0)
            if q < len(opens) and opens[q] < s1 and (not terms_only(self.text, quotes, q, s1)
                                                     or ANONYMOUS_CUE.match(self.text, quotes[q].outer_end, s1)):
                continue
            if before is not None and self.text[s0] == "T" and self._points_back_to(before, s0, s1):
                narrated = (s0, s1)  # (three-hundred-seventy-sixth whitehouse_2021-05-07_harris_lopez_obrador: "Harris
                continue  # noted … . To that end, the United States has developed a package of measures … . This package
                # follows on …": the thing the readout's own sentence brought in, told on by the readout)
            if (self.text[s0] in "HS" and self._own_plan_goes_on(person, s0, s1, k)) \
                    or self._own_intent_after_opening_goes_on(person, s0, s1, k):
                self._carried(person, s0, s1, paragraph)  # "X announced that he will … . He will visit …"
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                continue
            if not blocked and self.text[s0].isupper() and _GIVES_AN_EXAMPLE.match(self.text, s0, s1) \
                    and not self._readout_moves_on(s0, s1):
                self._carried(person, s0, s1, paragraph)  # "X said that … . This week, for example, Y will …": X's example
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                quoted = False
                continue
            if not blocked and self.text.startswith("And ", s0) and self._subject_left_out(s0, s1):
                self._carried(person, s0, s1, paragraph)  # "X acknowledged … . And assured Y that …": X's
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                quoted = False
                continue
            if not blocked and self._called_a_friend(s0, s1):
                self._carried(person, s0, s1, paragraph)  # "… . And Governor Y is also an old friend of T.": X's courtesy
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                quoted = False
                continue
            if shown_by_an_event(self.text, s0, s1) or credited_to_a_report(self.text, s0, s1) \
                    or self.text.startswith("The ", s0) and glosses_an_initialism(self.text, s0, s1) \
                    or not self._goes_on_reporting(s0, s1, person) \
                    and not (speech and not self._names_in(s0, s1) and not self._cues(s0, s1)):
                # (sevenhundredthirteenth jlgov: "In his speech, X said this year is the 30th anniversary of …. Over
                # the past 30 years, the two sides have … . Looking back, we walked out of … . Let us take …": the
                # speech he gave, its "two sides" and "we" his words; not where a sentence names someone or speaks)
                if self._readout_moves_on(s0, s1):
                    return  # "The meeting was attended by …", "The President then visited …": the report is over
                # (three-hundred-sixteenth nz_government peters_fiji_maritime, a release stored as one paragraph:
                # "X today announced that … . “…,” Mr X says. The vessel will be deployed … . This will build on
                # …": after the speaker's own quoted words, a sentence not theirs holds the report until they
                # report again)
                blocked = quoted
                narrated = (s0, s1)
                if not blocked and (not recalled or recalled[-1][1] <= s0) and self._heads_of_state_recalled(s0, s1, person):
                    recalled.append((s0, s1))
                else:
                    recalled.clear()
                continue
            if blocked:
                continue
            for r0, r1 in recalled:
                self._carried(person, r0, r1, paragraph)
                self.carried_starts.add(r0)
            recalled.clear()
            self._carried(person, s0, s1, paragraph)
            self.carried_starts.add(s0)
            k = self._first_found_from(s0)
            quoted = False

    def _a_body_accounts(self, s0: int, s1: int) -> bool:
        """The sentence opens "According to" and a body ("the Ministry of Health", "the regional administration"),
        no person: a thing that can act (`can_act`), read once after the opening words; or a news outlet's own
        reporter (`_OUTLETS_REPORTER`)."""
        at = s0 + len(_ACCORDING_TO)
        if _OUTLETS_REPORTER.match(self.text, at, s1) is not None:
            return True  # ("According to Ukrinform's correspondent in New York, the talks … took place …": the readout's source)
        phrase = phrase_starting_at(self.text, at, s1)
        return phrase is not None and phrase.start == at and phrase.kind == "thing" and can_act(phrase, self.text) \
            and self.text.startswith(",", phrase.end)

    def _heads_of_state_recalled(self, s0: int, s1: int, reporter: Person) -> bool:
        """text[s0:s1], in `reporter`'s report and not his by `_goes_on_reporting`, tells what the two states' heads did
        ("President X and President Y" or "the two presidents" / "the two heads of state" before its verb, neither
        him, fivehundredsixtyfourth beijing_gov yellen: "Yin said that China and the U.S. are … . Last November, President
        Xi Jinping and President Biden held a meeting in San Francisco, where … . In their recent phone call, the two
        presidents jointly conveyed a positive message … . Beijing has long had …"): the summit he recalls, his words
        when his report goes on after it (`_carry_report` carries it only then). Cheap: "resident" or "heads of state"."""
        text = self.text
        if text.find("resident", s0, s1) < 0 and text.find("heads of state", s0, s1) < 0:
            return False
        heads = _TWO_HEADS_OF_STATE.search(text, s0, min(s1, s0 + 80))
        if heads is None:
            return False
        k = bisect_left(self.name_starts, s0)
        return all(span[2] is not reporter for span in self.name_spans[k:] if span[0] < s1)

    def _points_back_to(self, before: tuple[int, int], s0: int, s1: int) -> bool:
        """text[s0:s1] opens "This/These/That/Those NOUN" and the sentence `before` brought that noun in after an
        article or a possessive ("… has developed a package of measures …" then "This package …")."""
        m = _POINTS_BACK.match(self.text, s0, s1)
        if m is None:
            return False
        noun = re.escape(m.group(1).rstrip("s"))
        return re.search(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Nn]ew)\s+(?:[\w-]+\s+){{0,2}}?{noun}s?\b",
                         self.text[before[0]:before[1]]) is not None

    def _own_plan_goes_on(self, person: Person, s0: int, s1: int, k: int) -> bool:
        """text[s0:s1] opens "He will …" / "She would …" right after `person`'s statement (found[k - 1], in the
        same paragraph) that reported their own plan with the same pronoun and modal, "… that he will …" or
        "… said he will …" (`_reports_own_plan`): the plan they announced goes on, theirs (three-hundredth
        eu_parliament de_rugy: "President Tajani announced
        that he will be in France on an official visit on 22 September. He will visit the National Assembly and
        meet with the President of the Republic, Emmanuel Macron."). So "He plans to …" / "She intends to …", a plan
        in the present, and "He is ready to …" / "She is willing to …", a readiness, right after the person's
        statement. Not after a plan told by the readout ("X will attend …"), nor after another person's statement."""
        text = self.text
        space = text.find(" ", s0, s0 + 4)
        if space < 0 or text[s0:space] not in ("He", "She") \
                or person.gender not in (None, "m" if text[s0] == "H" else "f"):
            return False  # (nor "He" after a woman's statement: another man's plan, not hers)
        plans = text.startswith(_OWN_PLAN_OR_READINESS, space + 1)
        if not plans and not text.startswith(("will ", "would "), space + 1):
            return False
        found = self.found
        if k == 0 or found[k - 1].person is not person or found[k - 1].kind != "indirect" \
                or text.find("\n", found[k - 1].end, s0) >= 0:
            return False
        if plans:
            # (fivehundredfortyninth taipei council greeting: "According to Ko, the regulations which failed to clear
            # the city council will be modified and adjusted. He plans to reintroduce the drafts …": the plan told in
            # the present of the report, his own, right after his statement)
            # (eighthundredseventyninth adaderana 2019-07-17: "The Australian High Commissioner stated that he is ready
            # to assist … . He also said that … . He is ready to work with the Governor in this regard.": a readiness in
            # the present, as a plan, right after his statement)
            return True
        modal = text[space + 1:text.find(" ", space + 1)]
        return self._reports_own_plan(found[k - 1], f" {text[s0:space].lower()} {modal} ")

    def _reports_own_plan(self, said: Found, plan: str) -> bool:
        """The statement `said` reports the speaker's own plan with `plan` (" he will ") right after "that" or a
        speech verb with "that" left out ("Mr X said he will lead …", "Mr X stated he will …", fivehundredthirtyfourth
        macao_gcs sam_hou_fai_decree)."""
        text = self.text
        at = text.find(plan, said.start, said.end)
        while at >= 0:
            word = word_back(text, said.start, at + 1)
            if word is not None and (text[word[0]:word[1]] == "that" or text[word[0]:word[1]] in ALL_SPEECH_VERBS):
                return True
            at = text.find(plan, at + 1, said.end)
        return False

    def _own_intent_after_opening_goes_on(self, person: Person, s0: int, s1: int, k: int) -> bool:
        """text[s0:s1] opens with a short phrase and a comma, then "he would …" / "she would …" ("With its status of
        Sectoral Dialogue Partnership of ASEAN, he would work closely with …"), or with "He would …" itself
        (fivehundredfortyninth taipei centennial: "Mayor Ko stated in the welcome speech that Taipei City is full of
        cultural diversity … . He would further endeavor to construct Taipei City as …"), right after `person`'s indirect
        statement (found[k - 1], in the same paragraph) that reported what they said with "that" ("Ambassador X
        acknowledged that ASEAN has been playing …"): the "would" of reported speech, their words going on
        (fivehundredthirteenth asean norway-credence). Not after another person's statement, nor a quotation."""
        text = self.text
        if text.find(" would ", s0, s1) < 0:
            return False
        opening = _OPENING_THEN_HE_WOULD.match(text, s0, s1)
        if opening is None:
            return False
        found = self.found
        if k == 0 or found[k - 1].person is not person or found[k - 1].kind != "indirect" \
                or text.find("\n", found[k - 1].end, s0) >= 0:
            return False
        # (sevenhundredninth xuchang: "Mr. X highlighted remarkable achievements Xuchang has made in recent years.
        # Looking ahead, he would act as a bridge to …": the outlook named, his words going on after any report of his)
        return opening.group("ahead") is not None or text.find(" that ", found[k - 1].start, found[k - 1].end) >= 0 \
            or self._reports_after_comma(found[k - 1])

    def _reports_after_comma(self, said: Found) -> bool:
        """The statement `said` reports what was said after its speech verb and a comma, with no "that" and no quotation
        mark ("Mr. X said, Chongqing is a city with opening.", "Ms. Y said, she would strengthen …": fivehundredseventieth,
        Chongqing's Foreign Affairs Office in English), reported speech as "said that" is. Guarded by the first ", " in
        the statement, then the word before it."""
        text = self.text
        at = text.find(", ", said.start, said.end)
        if at < 0 or _has_quote_mark(text, said.start, said.end):
            return False
        word = word_back(text, said.start, at)
        return word is not None and text[word[0]:word[1]] in ALL_SPEECH_VERBS

    def _reported_talks_go_on(self, lo: int, hi: int) -> bool:
        """"The Defence Minister also informed Vladimir Putin about Russian-US consultations on …. The
        consultations focused on the main elements of the future treaty …" (two-hundred-fifty-sixth 42531):
        the talks whose topics the sentence tells are the ones just reported "about" or "on" in its paragraph,
        not the meeting itself, so the report goes on. Tried only on "The/This <talks> focused on …"
        (`_DISCUSSION_DEALT_WITH`) and only where the same word stands shortly before in the paragraph."""
        text = self.text
        if text[lo] != "T":
            return False
        talks = _DISCUSSION_DEALT_WITH.match(text, lo, hi)
        if talks is None:
            return False
        before = max(text.rfind("\n", 0, lo) + 1, lo - 400)  # (in its paragraph; not back to a ". " that
        # may end an initial, "George W. Bush’s upcoming visit")
        at = text.find(talks.group("talks"), before, lo)
        if at < 0:
            return False
        lead = text[max(before, at - 60):at]
        return " about " in lead or " on " in lead

    def _talks_under_way(self, lo: int, hi: int) -> bool:
        """"Talks are under way with two foreign companies on the construction of a grain terminal …" in a
        governor's report (hard35 vesmar_president_meets_zalessk_governor): talks going on now, in the present
        tense, with someone else, what the report tells of, not the meeting, which the readout tells in the past
        ("Talks were held …"). Guard: the sentence opens with the word for talks."""
        return self.text[lo] in "TNC" and _TALKS_UNDER_WAY.match(self.text, lo, hi) is not None

    def _announced_point(self, person: Person, s0: int, s1: int, k: int) -> bool:
        """text[s0:s1] opens with an ordinal ("Second, …") and `person`'s statements just before it
        (`k`: the first found from s0 on) are a statement announcing "the following" points and
        the points carried on since: the next of those points."""
        if ORDINAL_OPENING.match(self.text, s0, s1) is None:
            return False
        found, j = self.found, k - 1
        while j >= 0 and found[j].person is person and ORDINAL_OPENING.match(self.text, found[j].start) is not None:
            j -= 1
        return j >= 0 and found[j].person is person \
            and (self.text.find(_ANNOUNCES_POINTS, found[j].start, found[j].end) >= 0
                 or self.text.startswith(_POINTS_COLON, found[j].end - 6))  # (hard28: "The Speaker made three points:")

    def _readout_moves_on(self, lo: int, hi: int) -> bool:
        """The readout's own account resumes in text[lo:hi], a sentence not carried on: the meeting
        itself is its subject ("The meeting was attended by …", "The talks lasted two hours.", "The
        conversation took place …"), or a person named goes somewhere ("The President then visited the
        regional hospital.", "Earlier in the day, X visited …", "He also toured …", "The President was
        joined by …"). A report carried on ends there: the figures after it are no longer known to be
        the reporter's. (Only for sentences `_carry_report` does not carry; guarded by a first letter
        and the words each form needs.)"""
        text = self.text
        if text[lo] in "TO" and _MEETING_ITSELF.match(text, lo, hi) is not None:
            return True
        if their_people_met(text, lo, hi):
            return True  # "Five of Scott's cabinet members also met with their counterparts."
        if describes_a_place(text, lo, hi):
            return True  # "Also spelled Duhok …; it is a city in …", "Duhuk is a city in …": a place's background
        if text.find(" visited ", lo, hi) < 0 and text.find(" toured ", lo, hi) < 0 \
                and text.find(" joined by ", lo, hi) < 0 and text.find(" attend", lo, hi) < 0 \
                and text.find(" part in ", lo, hi) < 0 and text.find(" was speaking ", lo, hi) < 0 \
                and text.find(" will lead ", lo, hi) < 0 and text.find(" will also lead ", lo, hi) < 0:
            return False
        for subject in (self._head_subject(lo, hi), self._opening_subject(lo, hi)):
            if subject is not None and subject.kind in ("name", "description", "pronoun") \
                    and _GOES_SOMEWHERE.match(text, subject.end, hi) is not None:
                return True
        return False

    def _meeting_turns_to_a_topic(self, lo: int, hi: int) -> bool:
        """The sentence only tells, with no agent, what the meeting spoke of next ("Gas
        infrastructure development was also discussed at the meeting.", "Security was also a
        subject of discussion.", "There was also an exchange of views on …", "Energy was also
        on the agenda."): a carried report ends there; the figures after it are no longer
        known to be the reporter's. (Guarded by the words each form needs.)"""
        sentence = self.text[lo:hi]
        if ("discussed" in sentence or "touched" in sentence) and _TOPIC_DISCUSSED.match(sentence):
            return True
        if sentence.startswith("They ") and _THEY_TALKED.match(sentence):
            return True  # "They also discussed …": the people who met talk together (hundred-twenty-fifth)
        if " also " in sentence and _TOPIC_ALSO_COVERED.match(sentence):
            return True
        if sentence.startswith("Also ") and _ALSO_DISCUSSED_WERE.match(sentence):
            return True  # "Also discussed at the meeting were public safety, …" (hundred-seventy-fifth 51543)
        if sentence.startswith("Among ") and _AMONG_TOPICS_DISCUSSED.match(sentence):
            return True  # "Among the issues discussed at the meeting were complaints …" (three-hundred-seventy-fifth 55381)
        return _talk_of_the_meeting(sentence)

    def _leads_on(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                  quotes: list[Quote], prescribed: bool = False) -> None:
        """The sentences that open a paragraph before its first statement, between a
        statement of one person that ended the paragraph before and theirs that
        follows, carry their words on ("… Mr X said.", then "It is important not only
        to adopt the laws, but also to control them. The President expressed hope …"),
        when none names anyone, has a cue or a quotation other than a term, or tells
        what happened. With `prescribed` (the paragraph before ended with their quotation, not a report), only
        lead sentences that say what should or must be done (`_PRESCRIBED`), which no narrator says."""
        found = self.found
        k = self._first_found_from(sentences[0][0])
        if k == len(found) or found[k].person is not person or found[k].paragraph != paragraph:
            return
        lead = [(s0, s1) for s0, s1 in sentences if s1 <= found[k].start]
        opens = [quote.open_mark for quote in quotes]
        if prescribed:
            if lead and all(self._prescribes(s0, s1, opens, quotes) or self._own_place_goes_on(person, s0, s1)
                            for s0, s1 in lead):
                for s0, s1 in lead:
                    self._carried(person, s0, s1, paragraph)
            return
        if not all(self._says_nothing_new(s0, s1, opens, quotes) for s0, s1 in lead):
            return
        for s0, s1 in lead:
            self._carried(person, s0, s1, paragraph)

    def _own_place_goes_on(self, person: Person, s0: int, s1: int) -> bool:
        """The sentence opens with the place `person` speaks for, a present or future verb after it, and goes on with his
        report (fivehundredthirtyeighth flanders september_declaration: "“Flanders is one of the most open economies …”,
        emphasized the Minister-president." / "Flanders will actively contribute to the debate … . Bourgeois also
        announced …": the place his own quotation opened with, `_said_of_own_place`). Guarded by a capital first."""
        if not self.text[s0:s0 + 1].isupper():
            return False
        subject = phrase_starting_at(self.text, s0, s1)
        return subject is not None and self._reporters_state_speaks(subject, person) \
            and self._goes_on_reporting(s0, s1, person)

    def _lies_between(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                      quotes: list[Quote], run: tuple[tuple[list[tuple[int, int]], int, list[Quote]], ...] = ()) -> None:
        """A paragraph with no statement between one that ended with a person's
        statement and one that opens with theirs carries their words on ("…, President
        X said at a meeting." / "The Interior Ministry is playing an increasingly
        important part …" / "The President also noted …"), on `_leads_on`'s terms."""
        found = self.found
        k = self._first_found_from(sentences[-1][1])
        if k == len(found) or found[k].paragraph != paragraph + 1 \
                or self.text[sentences[-1][1]:found[k].start].strip():
            return  # the next paragraph does not open with a statement
        if found[k].person is not person:
            if not run and self._own_side_between(person, sentences, quotes):
                for s0, s1 in sentences:
                    self._carried(person, s0, s1, paragraph)
            return  # (else: the next paragraph opens with another's statement, the words between not carried)
        # (`run`: the paragraphs with no statement before this one, since their statement: all carried on, or none)
        paragraphs = [*run, (sentences, paragraph, quotes)]
        if all(self._may_lie_between(*each) for each in paragraphs):
            for each_sentences, each_paragraph, _ in paragraphs:
                for s0, s1 in each_sentences:
                    self._carried(person, s0, s1, each_paragraph)

    def _own_side_between(self, person: Person, sentences: list[tuple[int, int]], quotes: list[Quote]) -> bool:
        """A short paragraph with no statement, between one that ended with `person`'s statement and one that opens
        with the other side's, that speaks as his side ("He said Jiangsu is willing to …" / "Jiangsu also hopes to
        cultivate …" / "Frank O'Flynn stated that …"; "Chen pointed out that …" / "At present, Guangdong endeavors to
        … . It is hoped that both sides will …" / "Ali Zahili said that …", fivehundredfortysecond jsic cork and gdfao
        uae_ambassador, Chinese provincial readouts giving each side's words in turn): his words carried on. It
        opens with "It is hoped" or with the place he speaks for and its present or future verb
        (`_reporters_state_speaks`), and every sentence of it goes on with his report (`_goes_on_reporting`). Guarded
        by its first words."""
        text = self.text
        s0, s1 = sentences[0]
        if len(sentences) > 3 or not self._ends_as_a_sentence(sentences):
            return False
        if not text.startswith(_HOPED_FOR, s0):
            lead = _FRONTED_NOW.match(text, s0, s1)
            subject = phrase_starting_at(text, lead.end() if lead is not None else s0, s1)
            if subject is None or not (self._reporters_state_speaks(subject, person)
                                       or self._reporters_place_goes_on_as_it(subject, person)):
                return False
        opens = [quote.open_mark for quote in quotes]
        for lo, hi in sentences:
            q = bisect_left(opens, lo)
            if q < len(opens) and opens[q] < hi and not terms_only(text, quotes, q, hi):
                return False  # (a quotation of someone's)
            if not self._goes_on_reporting(lo, hi, person):
                return False
        return True

    def _may_lie_between(self, sentences: list[tuple[int, int]], paragraph: int, quotes: list[Quote]) -> bool:
        """The paragraph may carry on the words of one whose statements stand on both sides of it
        (`_lies_between`): whole sentences, no background of a time before, nothing new said."""
        text = self.text
        if not self._ends_as_a_sentence(sentences):
            return False  # a heading, or a lead-in to a list or a quotation ("The message reads, in part:")
        s0 = sentences[0][0]
        if text[s0] in "LEPTSOI" and EARLIER.match(text, s0, sentences[0][1]):
            # (hundred-ninety-fifth 29027: "In July 2002, in the responsibility area of … Skyguide, a Tu-154 … and a
            # cargo Boeing-757 collided in mid-air, …" between two of Putin's paragraphs: background, a time before
            # the meeting, as `_last_report_goes_on` reads it)
            return False
        if _LIST_ITEM_MARK.search(text, max(0, s0 - 8), s0) is not None \
                and _LABELLED_LIST_ITEM.match(text, s0, sentences[0][1]) is not None:
            return False  # (an item of a list under its own heading: the list's point, no one's words carried on)
        if any(text[t0] in "TI" and (told := _TOLD_BY_ITS_SOURCE.match(text, t0, t1)) is not None
               and (len(sentences) == 1 or _OTHERS_AS_THE_SOURCE.match(text, told.end(), t1) is not None)
               for t0, t1 in sentences):
            return False  # ("This was revealed by leaders who attended …": who told it, the writer's sourcing)
        if _DATED_PAST_PASSIVE.search(text, s0, sentences[0][1]) is not None:
            # (hard35 corvald president visits the hospital: "The hospital's main building was damaged by a missile
            # strike in March last year." between two of his paragraphs: what was done to a thing at a dated past
            # time, the release's background, as "In July 2002, …" above)
            return False
        if self._describes_those_told(s0, sentences[0][1]):
            return False
        if _WHAT_A_NAMED_THING_IS_MADE_OF.match(text, s0, sentences[0][1]) is not None:
            # (sevenhundredseventyfourth n1info novalic_wigemark: "Ambassador Wigemark also asked about …" / "Bosnia
            # and Herzegovina consists of two semi-autonomous entities and a District: …" / "The Ambassador also noted
            # …": the release's gloss on what a named country or body is made of, for its readers, no one's words)
            return False
        if text.find(" in ", s0, sentences[0][1]) >= 0 and _DATED_PAST_FIGURE.search(text, s0, sentences[0][1]):
            return False  # (the release's background figures of a past year, between two of the speaker's paragraphs)
        if any(_spoke_when_acting(text, t0, t1) for t0, t1 in sentences):
            return False  # ("The PS was speaking when he featured on …": where he spoke, the writer's, `_SPEAKING_WHEN_HE`)
        opens = [quote.open_mark for quote in quotes]
        return all(self._says_nothing_new(s0, s1, opens, quotes) for s0, s1 in sentences)

    def _describes_those_told(self, s0: int, s1: int) -> bool:
        """The sentence's subject is the listeners the statement before it names as those told, by the same plural
        noun (fivehundredtwentieth gibraltar vox11933: "X has told a visiting group of MEP Assistants that …" / "The
        Assistants are here as part of the regular visits organised by the Government …"): the release's account of
        who they are, not the speaker's words carried on."""
        k = self._first_found_from(s0)
        if not k:
            return False
        subject = self._head_subject(s0, s1)
        if subject is None or subject.kind != "thing" or subject.start != s0 or not subject.text.endswith("s"):
            return False
        told = self.text[self.found[k - 1].start:self.found[k - 1].end]
        that = told.find(" that ")
        return that > 0 and _TOLD_LISTENERS.search(told, 0, that) is not None \
            and subject.text.split()[-1] in told[:that].replace(",", " ").split()

    def _adds_to_account(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                         quotes: list[Quote]) -> bool:
        """A paragraph with no statement after one that `person`'s statement ended, whose first
        sentence adds to it with "also" ("…, Mr X said." / "There are also good prospects for
        cooperation in science and tourism."), carries their words on, with no statement of
        theirs after it, on `_leads_on`'s terms and when no one acts or speaks in it (not "There
        was also an exchange of views on …", the meeting's next topic). True when it did."""
        if not self._ends_as_a_sentence(sentences):
            return False
        opens = [quote.open_mark for quote in quotes]
        if not all(self._says_nothing_new(s0, s1, opens, quotes) and self._goes_on_reporting(s0, s1, person)
                   and not self._meeting_turns_to_a_topic(s0, s1) for s0, s1 in sentences):
            return False
        for s0, s1 in sentences:
            self._carried(person, s0, s1, paragraph)
        return True

    def _title_reporter(self) -> Person | None:
        """The title's host when the title is the host's report ("Russia can play an important role in …, President
        X announced at a press conference …", "President X talked of the necessity to …"): the body's first sentences
        with no cue of their own carry it on (thirty-fifth kremlin_28936, two-hundred-sixth kremlin_29741, forty-fourth
        kremlin_29470, hundred-thirty-fifth kremlin_48619). Guard: a title host, then one search of the title."""
        title, host = self.title, self.title_host
        if host is None or not title:
            return None
        verb = _TITLE_REPORTS.search(title)
        if verb is None:
            return None
        phrase = phrase_ending_at(title, 0, verb.start())
        if phrase is None or phrase.kind not in ("name", "description"):
            return None
        person = self.people.match_name(phrase.name) if phrase.kind == "name" \
            else self.people.resolve_description(phrase, [])
        return host if person is host else None

    def _title_credits_host(self) -> bool:
        """The title closes on a dash and its host's name or office alone ("Cavite to be placed under GCQ starting May
        16 – Governor Remulla", ninehundredthirtyninth eaglenews 2020-05-12): a headline credited to the host, the
        host's own words, so the readout is the host's account, not a meeting told of ("X met with Y"). Guard: a title
        host and a dash among the title's last 60 characters; the phrase after the last dash must run to the title's
        end and name the host."""
        title, host = self.title, self.title_host
        if host is None or not title:
            return False
        tail = max(title.rfind("–"), title.rfind("—"), title.rfind(" - "))
        if tail < 1 or len(title) - tail > 60:
            return False
        dash = _TITLE_CREDIT.match(title, tail)
        if dash is None:
            return False
        end = len(title.rstrip(" ."))
        phrase = phrase_starting_at(title, dash.end(), end)
        if phrase is None or phrase.end != end or phrase.kind not in ("name", "description"):
            return False
        person = self.people.match_name(phrase.name) if phrase.kind == "name" \
            else self.people.resolve_description(phrase, [])
        return person is host

    def _press_account(self, s0: int, s1: int, reporter: Person | None = None) -> bool:
        """The sentence text[s0:s1] opens with the press as its source ("As the media
        notes, …", "According to the publication, …"), or with a body or figures
        ("According to the government, …", "According to preliminary estimates, …"), or
        has a body estimating for its subject ("Security agencies now estimate …"); not the
        reporter's own body (`_own_body`)."""
        text = self.text
        if text[s0] == "A" and _MEDIA_SOURCE.match(text, s0, s1) is not None:
            return True
        # (only where "ccording to" opens it or follows an opening connective: one search in C)
        if text.find("ccording to ", s0 + 1, min(s1, s0 + 40)) < 0:
            return text.find(" estimate", s0, min(s1, s0 + 80)) >= 0 and _BODY_ESTIMATES.match(text, s0, s1) is not None
        source = _BODY_OR_FIGURES_SOURCE.match(text, s0, s1)
        return source is not None and not _a_reckoning(text, source, s1) \
            and not (reporter is not None and _own_body(source.group(), reporter))

    def _in_particular(self, person: Person, sentence: tuple[int, int], paragraph: int,
                       quotes: list[Quote], read_from: int | None = None) -> None:
        """A paragraph that opens "In particular, …" right after one that ended with a
        person's report gives a detail of it ("Dmitry Medvedev announced that he has signed
        the Executive Order on developing the corporation …" / "In particular, the
        corporation will now engage in foreign trade deals …"): that sentence is theirs,
        when no one acts or speaks in it, no one is named and it tells of no event (read
        from `read_from`, past an opener, where one is given: `_most_importantly`)."""
        s0, s1 = sentence
        found = self.found
        k = self._first_found_from(s0)
        if k == 0 or k < len(found) and found[k].start < s1 or found[k - 1].person is not person \
                or found[k - 1].kind != "indirect" or self._takes_stance(found[k - 1]):
            return  # (the statement before is theirs, and reports: not "welcomed", "thanked")
        opens = [quote.open_mark for quote in quotes]
        rest = s0 if read_from is None else read_from
        if not self._says_nothing_new(rest, s1, opens, quotes) or not self._goes_on_reporting(rest, s1, person):
            return
        self._carried(person, s0, s1, paragraph)

    def _most_importantly(self, person: Person, sentence: tuple[int, int], paragraph: int,
                          quotes: list[Quote]) -> None:
        """A paragraph that opens "Most importantly, …" with what must or should be done, right
        after one that ended with a person's report, gives its main point ("Vladimir Putin
        underscored the need for a thorough investigation …" / "Most importantly, it is necessary
        to refrain from ill-conceived and dangerous actions …": hundred-eightieth 57253): theirs, on
        `_in_particular`'s terms, read past the opener (whose capitalised "Most" is no one's name).
        (Not "Most importantly, the talks were …": no argument, the meeting.)"""
        point = _STRESSED_POINT.match(self.text, *sentence)
        if point is not None:
            self._in_particular(person, sentence, paragraph, quotes, point.end(1))

    def _carried(self, person: Person | None, s0: int, s1: int, paragraph: int) -> None:
        """The sentence text[s0:s1], its closing marks left out, as `person`'s report carried on
        (an indirect statement that is not the last speaker's own cue: not remembered as one); never the page's
        credit ("(Contributed Story)", `credit_in_parentheses`)."""
        if credit_in_parentheses(self.text, s0, s1):
            return
        self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)

    def _ends_as_a_sentence(self, sentences: list[tuple[int, int]]) -> bool:
        """The paragraph's last sentence ends with a full stop, a question or an
        exclamation mark (or a closing quotation or parenthesis): not a heading nor
        a lead-in ending with a colon."""
        s0, s1 = sentences[-1]
        return self.text[strip_tail(self.text, s0, s1) - 1] in ".!?…”\"’)"

    def _prescribes(self, s0: int, s1: int, opens: list[int], quotes: list[Quote],
                    modals: tuple[str, ...] = _PRESCRIBED) -> bool:
        """text[s0:s1] says what its subject should or must do ("For this purpose, the governments of the two
        countries should focus on …": the head subject, then `_PRESCRIBED`), and holds no quotation but of terms, no
        cue word and no one named: a view no narrator states. Cheap test first: a modal in the sentence."""
        found = [m for m in modals if self.text.find(m, s0, s1) >= 0]
        if not found:
            return False
        q = bisect_left(opens, s0)
        urged = any(m in _URGED for m in found)  # (the modals found, not searched for again)
        if q < len(opens) and opens[q] < s1 and not terms_only(self.text, quotes, q, s1) \
                or not urged and self._has_cue_word(s0, s1, in_relatives=False) or self._names_in(s0, s1):
            return False  # (the passive of urging is a cue word's, "encouraged", with no one urging)
        subject = self._head_subject(s0, s1)
        if subject is None or subject.kind not in ("description", "group"):
            return False
        if self._prescribed_to(subject, s1, modals):
            return True
        # (the phrase's "of" complement between: "the governments of the two countries should …")
        at = min((i for i in (self.text.find(m, subject.end, s1) for m in modals) if i >= 0), default=-1)
        gap = self.text[subject.end:at]
        return at > 0 and gap.startswith(" of ") and "," not in gap and len(gap.split()) <= 6

    def _prescription_goes_on(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                              quotes: list[Quote]) -> None:
        """A paragraph with no statement after one that ended with `person`'s report of what a group should do, every
        sentence of it saying what its subject should do or is urged to (sixhundredtwentyfifth gxzf npc-delegation:
        "Lu emphasized that all delegates should enhance …" / "Delegates should seriously consider …" / "In addition,
        delegates are encouraged to put forward …"): his prescription carried on, which no narrator states. Cheap tests
        first: the statement before it ends the found ones and holds "should"."""
        found, text = self.found, self.text
        if not found or found[-1].person is not person or found[-1].kind != "indirect" \
                or found[-1].end > sentences[0][0] or text.find(" should ", found[-1].start, found[-1].end) < 0:
            return
        opens = [quote.open_mark for quote in quotes]
        if all(self._prescribes(s0, s1, opens, quotes, _PRESCRIBED_OR_URGED) or self._prescribed_after_connective(s0, s1)
               for s0, s1 in sentences):
            for s0, s1 in sentences:
                self._carried(person, s0, s1, paragraph)

    def _prescribed_after_connective(self, s0: int, s1: int) -> bool:
        """The sentence opens with an adding connective, then a group in lower case and what it should do or is urged
        to ("In addition, delegates are encouraged to put forward …"), and names no one."""
        at = _past_connective(self.text, s0)
        return at > s0 and _LOWER_GROUP_PRESCRIBED.match(self.text, at, s1) is not None and not self._names_in(s0, s1)

    def _says_nothing_new(self, s0: int, s1: int, opens: list[int], quotes: list[Quote]) -> bool:
        """text[s0:s1] holds no quotation but of terms, no cue word, no one named and
        no event: a sentence that may carry on the words of whoever spoke around it."""
        q = bisect_left(opens, s0)
        return not ((q < len(opens) and opens[q] < s1 and not terms_only(self.text, quotes, q, s1))
                    or self._has_cue_word(s0, s1, in_relatives=False) or self._names_in(s0, s1) or self._narrates(s0, s1)
                    or self._a_persons_own_acts(s0, s1)
                    or WHAT_WAS_DONE.match(self.text, skip_space(self.text, s0, s1), s1))  # ("Journalists’ questions concerned …")

    def _sympathy_only(self, last: Found) -> bool:
        """The statement `last` is only sympathy offered for a loss, with no "that"-clause of content ("… conveyed
        words of support to the family of X, pupil killed in …", "… also expressed condolences over the death of Y
        …", three-hundred-fifty-eighth ua 55601): the sentences after it are the readout's account of the loss,
        not carried on as his (`_reported`, as `_report_goes_on` does for a paragraph). Guard: no " that "."""
        text = self.text
        if last.kind != "indirect" or text.find(" that ", last.start, last.end) >= 0:
            return False
        verb = _SYMPATHY_VERB.search(text, last.start, last.end)
        return verb is not None and _SYMPATHY_GIVEN.match(text, verb.end()) is not None

    def _takes_stance(self, found: Found) -> bool:
        """The statement's first speech verb takes a stance ("welcomed", "thanked",
        "called for"): what follows it is the readout's background, not more of what
        was said. (A look at the verbs found, not `_cues`, which resolves people.)"""
        k = bisect_left(self.verb_starts, found.start)
        if k == len(self.verb_starts) or self.verb_starts[k] >= found.end:
            return False
        start, end = self.verb_hits[k]
        return self.text[start:end].lower() in _STANCE_VERBS or _SYMPATHY_GIVEN.match(self.text, end) is not None

    def _closing_words_in_the_first_person(self, person: Person, sentences: list[tuple[int, int]],
                                           paragraph: int) -> None:
        """The readout's last paragraph, after one that ended with `person`'s quotation, every sentence of it opening
        with "Our" or "We", no quotation mark and no one named in it, nothing found in it (hard62: "“…,” the mayor
        said." / "Our county has a strong dairy industry … . We hope to bring more students …"; fivehundredfortysecond
        jsic cork's "We hope to seek …"): his own words without their marks, one direct statement. The caller tests
        that it is the last paragraph and has no quotation mark; the cheap test of each sentence's first word first."""
        text = self.text
        if any(not text.startswith(_FIRST_PERSON_PLURAL_OPENINGS, s0) for s0, _ in sentences):
            return
        lo, hi = sentences[0][0], sentences[-1][1]
        if self._first_found_from(lo) < len(self.found) or self._names_in(lo, hi):
            return
        self._emit(person, "direct", lo, strip_tail(text, lo, hi), paragraph, remember=False)

    def _ended_by_quotation(self, sentences: list[tuple[int, int]], paragraph: int) -> Person | None:
        """The person whose direct statement ends in this paragraph's last sentence ("“…,” X said."), else None."""
        found = self.found
        if not found or found[-1].paragraph != paragraph or found[-1].kind != "direct" \
                or found[-1].end < sentences[-1][0]:
            return None
        return found[-1].person

    def _ended_by(self, sentences: list[tuple[int, int]], paragraph: int, hi: int) -> Person | None:
        """The person whose indirect statement covers this paragraph's last sentence."""
        found = self.found
        if not found or found[-1].paragraph != paragraph or found[-1].kind != "indirect" \
                or found[-1].start < sentences[-1][0] or self.text[found[-1].end:hi].strip(" .\"”’)"):
            return None
        return found[-1].person

    def _report_at_end(self, sentences: list[tuple[int, int]], paragraph: int, person: Person,
                       carried: Person | None) -> Person | None:
        """The person whose report this paragraph is to its end, given the one whose
        statement ends it: it opens with their report ("Ms X reported that …", "She
        explained …") or carries on the one before (`carried`), and every statement
        in it is theirs, indirect."""
        found, text = self.found, self.text
        k = self._first_found_from(sentences[0][0])
        if found[k].person is not person and len(sentences) > 2 and self._prompt_then_report(sentences, k) \
                and found[k + 1].person is person:
            # (three-hundred-fourth kremlin_58532: "The President suggested talking about difficult problems … . Andrei
            # Tarasenko told the President about …" / "However, on the whole, the regional economy managed to cope
            # …": after the host's prompt, the guest's report to the paragraph's end, read from its own sentence)
            k += 1
            sentences = sentences[1:]
        if any(f.person is not person or f.kind != "indirect" for f in found[k:]):
            return None
        if person is carried and found[k].start in self.carried_starts:
            # a paragraph that only carried the report on ("In military shipbuilding the main
            # task for the corporation is …"): a word in it that may be a verb ("task") opens no
            # new statement, and the report goes on into the next paragraph
            return person
        # its first speech verb, when the paragraph opens with their statement (a look at
        # the verbs found: `_cues` would resolve people again, and move who "he" is)
        verb = None
        if text.startswith("According to ", found[k].start) and found[k].start == skip_space(text, *sentences[0]):
            # "According to the Governor, 144 cases of the infection are confirmed as of today. …" / "Exactly
            # 707 beds have been created …" (hundred-eighty-fifth 63234): a paragraph that opens with their
            # account and is theirs to its end is their report, whatever verb the account itself holds
            # ("are confirmed"); the figures after it go on with it
            return person
        if skip_space(text, sentences[0][0], sentences[0][1]) >= found[k].start:
            j = bisect_left(self.verb_starts, found[k].start)
            if text.startswith("To ", found[k].start):
                j = _past_opening_infinitive(text, found[k].start, self.verb_starts, j)
            if j < len(self.verb_starts) and self.verb_starts[j] < min(found[k].end, sentences[0][1]):
                verb = self.verb_hits[j]
            if (verb is None or not has_complement(text[verb[0]:verb[1]], text, verb[1], sentences[0][1])) \
                    and k + 1 < len(found) and len(sentences) > 1 \
                    and found[k].end <= sentences[1][0] <= found[k + 1].start < sentences[1][1]:
                # "On the first of October, the project will be put into action. Mr X explained
                # that …": their lead (`_leads_on`, no cue in it), then the verb that presents it
                j = bisect_left(self.verb_starts, found[k + 1].start)
                if j < len(self.verb_starts) and self.verb_starts[j] < min(found[k + 1].end, sentences[1][1]):
                    verb = self.verb_hits[j]
        elif person is not carried and len(sentences) == 2 and found[k].start == skip_space(text, *sentences[1]) \
                and self._meeting_guest_in(person, *sentences[0]):
            # (thirty-eighth hard set, the Korvesh governor: "X held a working meeting with Governor Y. The Governor
            # briefed the President on the socioeconomic situation …" / "The region's gross regional product grew …"):
            # the meeting with the guest, then the guest's report presented ("briefed", "reported on"): the paragraphs
            # of figures after it go on with it, as after a paragraph that opens with it (not after a visit, "The
            # President descended into an ore mine … . X described the history of the mine to the President …",
            # two-hundred-forty-fifth 26983, nor after a body's proposal, "He described the situation …")
            j = bisect_left(self.verb_starts, found[k].start)
            if j < len(self.verb_starts) and self.verb_starts[j] < min(found[k].end, sentences[-1][1]) \
                    and text[self.verb_hits[j][0]:self.verb_hits[j][1]].lower() in _PRESENTS_REPORT:
                return person
        if verb is not None and text.startswith((" in his address", " in her address"), verb[1]):
            # "Russian-French political partnership was a traditional factor of European stability, Mr Putin
            # said in his address. …" / "Culture made a tremendous contribution …" (two-hundred-fortieth 28148):
            # a paragraph of his claims whose verb, after them, names his address as their source, theirs to its
            # end, presents the address: the backshifted claims of the next paragraph go on with it, as after
            # "briefed" (not "In his address, Mr X said that …", two-hundred-twenty-third 27825: the verb first,
            # what it says after it, a paragraph that need not go on)
            return person
        if verb is None and text.startswith("For ", found[k].start) and found[k].start == skip_space(text, *sentences[0]):
            # (fivehundredtwentyfifth andina quesada-popolizio-china: "For Ambassador X, relations … are at their best." /
            # "Proof of this is the number of high-level visits …"): a paragraph that opens with one's view, no speech
            # verb in it, and is theirs to its end, as one opening "According to X": what backs the view goes on with it
            return person
        if verb is None:
            # ("According to the Governor, the number of tourists increased." / "Natural population
            # growth reached 6,000 people.": read above, with any verb)
            return person if person is carried else None  # (a paragraph that carried the report on)
        word = text[verb[0]:verb[1]].lower()
        if word in ("reported", "reports") and _an_outlet_reports_one_saying(text, verb[1], sentences[0][1]):
            return None  # ("Bernama reported X saying he had …": the outlet's verb, X's words no report he presented)
        if word in _PRESENTS_REPORT:
            return person
        if word in ("told", "tells") and (_TOLD_ABOUT.match(text, verb[1], sentences[0][1]) is not None
                                          or _TOLD_THE_HOST_THAT.match(text, verb[1], sentences[0][1]) is not None):
            # "Mr X told the President about the visit of an expert mission. / The mission was made up
            # of …": told about a topic, as "informed … about", his report presented
            return person
        if word in ("spoke", "speaks") and _SPOKE_ABOUT.match(text, verb[1], sentences[0][1]) is not None \
                and (person is carried or self._reported_before(person, k)):
            # "The Governor informed the President about … . / … Mr X spoke of the region’s efforts … / Agricultural
            # companies … continued operating …": the report he presented, told on (not "the President spoke of his
            # vision …", no report presented before: what follows is the readout's)
            return person
        # "Mr X briefed the President on … / Mr X said that …": the report told on; and so where
        # the one who says it presented their report earlier in the readout ("Mr X reported about
        # measures …" in the lead, then, after the President's remark, "As for financial results,
        # Mr X said …" and a paragraph of what was done: kremlin_63859)
        return person if word in _TELLS_ON and (person is carried or self._reported_before(person, k)
                                                or self._working_meeting_guest(person, found[k].start)) else None

    def _working_meeting_guest(self, person: Person, before: int) -> bool:
        """`person` is the official a "working meeting with" before `before` is held with ("Vladimir Putin
        held a working meeting with Head of Tesland Yury Kokov to discuss …" / "Mr Kokov said that the gross
        regional product grew … / Tax revenue … increased …": hundred-seventy-fifth 51543): a working meeting
        is the official's report to the President, so their "said that …" paragraph goes on into the next,
        as after "briefed" (`_reported_before`). Guard: the words "orking meeting with " in the text
        before the statement (a `find`), then the phrase after them read once."""
        text = self.text
        at = text.find("orking meeting with ", 0, before)
        while at >= 0:
            lo = at + len("orking meeting with ")
            phrase = phrase_starting_at(text, lo, min(before, lo + 160))
            if phrase is not None and phrase.kind == "name" and self.people.match_name(phrase.name) is person:
                return True
            at = text.find("orking meeting with ", lo, before)
        return False

    def _meeting_guest_in(self, person: Person, lo: int, hi: int) -> bool:
        """`person` is the one a "meeting with" in text[lo:hi] is held with ("X held a meeting with Minister of
        Transport Y."). Guard: a `find` of the words in the sentence, then the phrase after them read once."""
        text = self.text
        at = text.find(" meeting with ", lo, hi)
        if at < 0:
            return False
        start = at + len(" meeting with ")
        phrase = phrase_starting_at(text, start, hi)
        return phrase is not None and phrase.kind == "name" and self.people.match_name(phrase.name) is person

    def _reported_before(self, person: Person, k: int) -> bool:
        """One of `person`'s statements before found[k] presents their report ("reported",
        "briefed", "informed" …: `_PRESENTS_REPORT`, its first speech verb)."""
        text, starts = self.text, self.verb_starts
        for f in self.found[:k]:
            if f.person is not person or f.kind != "indirect":
                continue
            j = bisect_left(starts, f.start)
            if j < len(starts) and starts[j] < f.end \
                    and text[self.verb_hits[j][0]:self.verb_hits[j][1]].lower() in _PRESENTS_REPORT:
                return True
        return False

    def _goes_on_reporting(self, lo: int, hi: int, reporter: Person | None = None) -> bool:
        """No one acts or speaks in text[lo:hi]: no one named, no meeting or news, no
        person, group or name as the subject (a word that opens the sentence and is
        written in lower case elsewhere is no name), no cue with such a subject, and
        not a summing up ("These efforts build on …"); nor a body's bare credit for what came before ("Information
        Policy Department of the Presidential Administration reported.", `credited_to_a_body_alone`)."""
        if credited_to_a_body_alone(self.text, lo, hi):
            return False  # the body's credit, the writer's sourcing: no more of the report
        if self._names_in(lo, hi) and not self._owners_only(lo, hi) and not self._mourned_only(lo, hi) \
                and not _draws_a_conclusion(self.text, lo) \
                or self._tells_of_events(lo, hi) and not self._planned_in_report(lo, hi) \
                and not self._done_now_in_report(lo, hi) and not self._done_lately_in_report(lo, hi) \
                and not self._done_this_year_in_report(lo, hi) and not self._done_before_in_report(lo, hi) \
                and not self._to_be_done_in_report(lo, hi) and not self._reported_talks_go_on(lo, hi) \
                and not self._talks_under_way(lo, hi) \
                or WHAT_WAS_DONE.match(self.text, lo, hi) and not self._guests_measures(lo, hi, reporter):
            return False  # (but "The results are expected to be similar …": what the report foresees)
        if reporter is not None and self._reporters_own_event_told(lo, hi, reporter):
            return False  # "… . The construction … was started … following the visit of X to Y …": X by name, the writer's
        text = self.text
        if KIN_OR_CLERGY_SUBJECT.match(text, lo, hi):
            return False  # "Her mother died a long time ago.": someone the readout tells of acts
        if their_people_met(text, lo, hi):
            return False  # "Five of Scott's cabinet members also met with …": his staff act, the readout's account
        if text[lo] == "T" and text.find("ed by ", lo, hi) >= 0 and EVENT_ORGANISED.match(text, lo, hi) is not None:
            return False  # "The seminar was organised by …": who held the event, the readout's account
        if programme_told(text, lo, hi):
            return False  # "An exhibit … will be unveiled on May 19.": the event's programme, the readout's account
        if text.find(" then ", lo, hi) >= 0 and THEN_ACTED.match(text, lo, hi) is not None:
            return False  # "The choir then sang two songs …" (hard62): what came next, the readout's account
        if text.find(" present ", lo, hi) >= 0 and _PRESENT_AT_THE_EVENT.match(text, lo, hi) is not None:
            return False  # "Many of the members of … were present at this meeting, …": who attended, the readout's account
        if text[lo] in "TAO" and _THOSE_WHO_ATTENDED.match(text, lo, hi) is not None:
            return False  # "Those who also attended the meeting include …": who attended, the readout's account
        if text.find("here ", lo, min(hi, lo + 60)) >= 0 and HOW_MANY_ATTENDED.match(text, lo, hi) is not None:
            return False  # "There were more than forty participants at the meeting.": who attended, the readout's account
        if text[lo] in "TI" and text.find(" the first ", lo, hi) >= 0 and _FIRST_OF_ITS_KIND.match(text, lo, hi) is not None:
            return False  # "This has been the first meeting of …": the meeting's place in a series, the readout's account
        if text.find(", with a population of ", lo, hi) >= 0 and _PLACE_WITH_ITS_POPULATION.match(text, lo, hi):
            return False  # (hard35 vesmar_president_meets_zalessk_governor: "The Zalessk Region, with a population of
            # 1.3 million, is one of the country's main agricultural areas.": the readout's background on the place)
        if text[lo] == "A" and _PLACE_DESCRIBED_BEFORE_ITS_NAME.match(text, lo, hi) is not None:
            return False  # "A city located north of Los Angeles, Glendale is home to …": the place's background
        if text.find(" you ", lo + 2, lo + 13) >= 0:  # (the cheap test: "If you", "When you", "Whenever you")
            if _READER_ADDRESSED.match(text, lo, hi) is not None:
                return False  # "When you mix that with his plans …, it sure makes …": the writer's aside to the reader
        if (text.find(" not ", lo, hi) >= 0 or text.find(" yet to be ", lo, hi) >= 0 or text.find(" undisclosed", lo, hi) >= 0) \
                and _NOT_MADE_KNOWN.search(text, lo, hi) is not None:
            return False  # "The details of the talks have not been disclosed.": what is not known, the writer's note
        if text.find("comment", lo, hi) >= 0 and _NO_COMMENT.search(text, lo, hi) is not None:
            return False  # (hard34 belmora_news_agency_energy_minister_visit: "… is on record as having said that …. The
            # ministry declined to comment on his remarks.": a refusal to comment, no one's statement, not his report)
        if self._body_acts(lo, hi) and not self._reporters_place_acts(lo, hi, reporter) \
                or text[strip_tail(text, lo, hi) - 1:hi].startswith(":"):
            return False  # (and not a lead-in: "The message said, in part:")
        if text.find(" to ", lo, hi) >= 0 and _AGENTLESS_ORDER.search(text, lo, hi) is not None:
            return False  # "The Defence Ministry was told to draft …": an order with no one giving it
        if text.find(" to the ", lo, hi) >= 0 and _DONE_FOR_SOMEONE.search(text, lo, hi) is not None:
            return False  # (four-hundred-fourteenth belarus_president shunevich_report_17-july: "X gave instructions to
            # … . Relevant concrete proposals will be submitted to the head of state soon.": done for an office-holder,
            # the readout's account of what follows, as `_continues` reads it)
        if text.find(" by the ", lo, hi) >= 0 and DONE_BY_A_BODY.search(text, lo, hi) is not None:
            return False  # "The deliveries will be carried out by the Defence Ministry …": a body acts

        if _PUBLISHER_SUBJECT.match(text, lo, hi) or self._lists_things(lo, hi):
            return False  # "The Administration will host …": the readout's own voice, not the report
        if reporter is not None and self._other_sides_state_acted(lo, hi, reporter):
            return False  # "Germany paid special attention to …" after the Ukrainian's report
        if text.find(" and ", lo, hi) >= 0 and states_acted_together(text, self._head_subject(lo, hi)):
            return False  # (fivehundredfiftyeighth, a Nauru release: "… President X looks forward to Israel’s support
            # … . / Nauru and Israel established diplomatic relations in 2013.": the states' past, the readout's)
        if _talks_of_an_amount(text, lo, hi):
            return True  # "We are talking about approximately 100 new passenger cars.": the reporter's figure
        opening = self._opening_subject(lo, hi)
        for subject in (self._head_subject(lo, hi), self._sentence_subject(lo, hi), opening):
            if subject is not None and subject.kind != "thing" and not self._common_noun(subject) \
                    and not _an_amount_opens(text, subject) \
                    and not _name_modifies_a_noun(text, subject) \
                    and not _gerund_heads_a_judgement(text, subject, lo, hi) \
                    and not (subject.kind == "name" and subject.start == lo and (self._done_before_in_report(lo, hi)
                                                                                  or self._done_lately_in_report(lo, hi))) \
                    and not (subject.kind == "name" and text.startswith(("’s", "'s"), subject.end)
                             and not _body_after_the_name_owns(subject)) \
                    and not (subject.kind == "group" and (_quantifies_a_thing(text, subject)
                                                          or self._prescribed_to(subject, hi, _PRESCRIBED_OR_ABLE)
                                                          or _OUTSIDE_STATES.fullmatch(subject.text) is not None
                                                          and text[subject.end:subject.end + 1] not in "’'"
                                                          or reporter is not None and _each_thing(text, subject)
                                                          and self._working_meeting_guest(reporter, lo))) \
                    and not _owner_in_opening_phrase(text, subject, lo) \
                    and not _two_bodies_named(subject) \
                    and not self._place_of_own_report(subject, lo, reporter) \
                    and not self._spoken_of_in_report(subject, lo, hi, reporter) \
                    and not self._reporters_place_named(subject, reporter) \
                    and not self._reporters_state_speaks(subject, reporter) \
                    and not self._is_mourned(subject):
                return False  # (but "President X’s Jobs Plan includes …", "On the President’s instruction, …":
                # the plan, the instruction, what the report is about)
        if EARLIER.match(text, lo, hi) and can_act(opening, text) and not self._reporters_place_acts(lo, hi, reporter, opening):
            return False  # "To date, federal agencies have taken …": what a body did, before (not the reporter's
            # region: two-hundred-sixty-eighth 63418, "In 2019, the region won back the title of the largest sower of flax
            # …" in the governor's report, what his region did as he tells it)
        # a cue whose subject is a body or a written text: that source speaks, not the reporter (but not the noun
        # "states" read as a cue: hundred-ninety-ninth 35682, "… with all the Organisation of the Islamic Conference’s
        # member states.", no one speaks); nor states named as its subject (fivehundredth thecommonwealth 2014-09: "Dr
        # George Vella, briefed his counterparts on … . / … Belize and Guyana updated other member states on …": they
        # speak, not Vella; his own state's present tense is `_reporters_state_speaks`)
        # (and the place his own report just named, as the subject of a verb of his stance: "Wang Lian said that Tianlan
        # and Carvia are … . Tianlan is willing to … . Tianlan welcomes more quality Carvian agricultural products …",
        # styles china_mfa, h977; `_place_of_own_report`)
        return all(cue.person is None and (cue.phrase is None or cue.phrase.kind == "thing"
                                           and not can_act(cue.phrase, text)
                                           and not names_states_only(cue.phrase)
                                           and not WRITTEN_SUBJECT.match(cue.phrase.text)
                                           or _figures_cited(text, cue, lo))
                   or self._states_as_noun(cue)
                   or cue.person is None and cue.phrase is not None
                   and (self._reporters_place_acts(lo, hi, reporter, cue.phrase)
                        or self._reporters_state_speaks(cue.phrase, reporter)
                        or self._place_of_own_report(cue.phrase, lo, reporter))
                   for cue in self._cues(lo, hi))

    def _reporters_state_speaks(self, subject: Phrase, reporter: Person | None) -> bool:
        """The subject is the bare name of the reporter's own country and a verb in the present tense follows it
        ("Halvor Lindqvart said that Orsenna values its relations with Jiangmor … . Orsenna welcomes more Jiangmorese
        enterprises to invest in its northern provinces.", styles26 jiangmor_tao_ruiqing_holds_talks_with_orsennan
        _foreign_minister): a foreign ministry's readout carrying its minister's words on with his state for "we", as
        "the Orsennan side is ready to …" is; not a state's past act the readout tells ("Germany paid …",
        `_other_sides_state_acted`), nor another state; or the bare name of the place the reporter's office is written
        with ("Lou Qinjian, secretary of the CPC Jiangsu Provincial Committee, said … . Jiangsu will achieve …"). Guarded
        by a one-word name the reporter's countries or offices hold, then the verb's ending."""
        if reporter is None or subject.possessive:
            return False
        if subject.kind == "group":
            return bool(reporter.countries) and self._reporters_state_and_another_speak(subject, reporter)
        if subject.kind == "thing" and _heads_the_mission(subject.text, reporter):
            return _present_verb_follows(self.text, subject.end)
        if subject.kind != "name" or " " in subject.text:
            return False
        state = subject.text.lower()
        if not any(same_country(state, c) for c in reporter.countries) \
                and not any(f" {state} " in f" {role} " for role in reporter.roles) \
                and not self._said_of_own_place(subject, reporter):
            return False  # (nor the place his office is written with: "Lou Qinjian, secretary of the CPC Jiangsu
            # Provincial Committee, said … . Jiangsu will achieve …", his province as his "we")
        return _present_verb_follows(self.text, subject.end)

    def _reporters_place_goes_on_as_it(self, subject: Phrase, reporter: Person) -> bool:
        """"It" and a verb in the present tense, where the reporter's statement just before already speaks of his place
        as "it" (sevenhundredthirtyseventh towuhan: "He said that Wuhan is a central city … . At present, it is speeding
        up the construction of …" / "It is eager to attract more British enterprises to invest in Wuhan …" / "Lu Mexue
        said that …"): the place he speaks for, his words carried on, as its bare name is (`_reporters_state_speaks`).
        Guarded by the word "It", then two substring looks in the one statement before."""
        if subject.text != "It" or (last := self._reporters_statement_before(subject.start, reporter)) is None:
            return False
        text = self.text
        if text.find(" it is ", last.start, last.end) < 0 and text.find(" it will ", last.start, last.end) < 0:
            return False
        return _present_verb_follows(text, subject.end)

    def _said_of_own_place(self, subject: Phrase, reporter: Person) -> bool:
        """The reporter's statement just before the subject opens its clause with the subject's name ("He said Jiangsu
        is willing to deepen practical cooperation …" / "Jiangsu also hopes to cultivate …", fivehundredfortysecond jsic
        cork, a governor whose office the readout writes in lower case): the place he speaks for, as his office's
        place is (`_reporters_state_speaks`); or the body whose name opens his that-clause after any speech verb
        (fivehundredfiftythird, UNIDO's Director General: "Müller underlined that UNIDO will continue to be a strong and
        reliable partner … . UNIDO stands ready with its expertise …"), the body he speaks for, his words carried on; or
        his quotation just before opens with the name; or his report was on the place's own affairs (fivehundredsixty-
        fourth shanghai_gov leahy: "Han briefed Leahy and his … delegation on Shanghai’s socio-economic development." /
        "Shanghai boasts frequent exchanges with American cities, …"), the place he briefs on, as he speaks for it.
        Guarded by the one statement before the subject, four substring looks."""
        if (last := self._reporters_statement_before(subject.start, reporter)) is None:
            return False
        text = self.text
        return text.find(f"said {subject.text} ", last.start, last.end) >= 0 \
            or text.find(f" that {subject.text} ", last.start, last.end) >= 0 \
            or last.kind == "direct" and text.startswith(f"{subject.text} ", last.start) \
            or last.kind == "indirect" and (at := text.find(f" on {subject.text}", last.start, last.end)) >= 0 \
            and text.startswith(("’s ", "'s "), at + 4 + len(subject.text))

    def _reporters_statement_before(self, at: int, reporter: Person) -> Found | None:
        """The last statement found before text[at] if it is the reporter's, else None (`_said_of_own_place`,
        `_reporters_place_goes_on_as_it`)."""
        k = self._first_found_from(at) - 1
        return self.found[k] if k >= 0 and self.found[k].person is reporter else None

    def _reporters_state_and_another_speak(self, subject: Phrase, reporter: Person) -> bool:
        """The subject is the bare names of two states or cities joined by "and", one of them the reporter's own, and a
        verb in the present tense follows ("Lu said that Caolan and Estermund have been sister cities for thirty years
        … . As two major port cities, Caolan and Estermund share many of the same challenges …", styles36, a city's
        foreign affairs office in the Chinese manner): the reporter speaking of his side and the other as "we both",
        not the readout telling what the two did (`STATE_DID`'s past). Guarded by the two one-word names."""
        states = subject.text.split(" and ")
        if len(states) != 2 or " " in states[0] or " " in states[1] or not states[0][:1].isupper() \
                or not states[1][:1].isupper():
            return False
        if not any(same_country(state.lower(), c) for state in states for c in reporter.countries):
            return False
        return PRESENT_PLURAL_VERB_AFTER.match(self.text, subject.end) is not None

    def _guests_measures(self, lo: int, hi: int, reporter: Person | None) -> bool:
        """"These additional measures will embrace some 70,000 people." in the report of the official a
        working meeting is held with (hundred-seventy-ninth 52884: a minister's figures carried on over
        paragraphs): the official sums up the measures he reports, not the readout its own announcement
        ("These efforts build on …", `WHAT_WAS_DONE`, left to the readouts with no such guest). Guarded
        by the sentence's first word (These/Those), then `_working_meeting_guest`."""
        return reporter is not None and self.text.startswith(("These ", "Those "), lo) \
            and self._working_meeting_guest(reporter, lo)

    def _other_sides_state_acted(self, lo: int, hi: int, reporter: Person) -> bool:
        """The sentence opens with the bare name of the other side's state, a verb in the past after it
        ("… He noted the intensification of … . Germany paid special attention to the steps made by the
        Russian Federation …", hundred-thirty-first 72149, a Ukrainian's report before): what the guest's
        state did, told by the readout, not the reporter's words carried on. The state is another named
        person's country, not the reporter's. Guarded by the sentence's first word being such a country
        (cheap: a set look-up), then `STATE_DID`."""
        first = FIRST_WORD_OF.match(self.text, lo, hi)
        if first is None:
            return False
        state = first.group().lower()
        if state in reporter.countries or not any(
                state in person.countries for person in self.people.persons if person is not reporter and not person.weak):
            return False
        return STATE_DID.match(self.text, first.end(), hi) is not None

    def _reporters_place_acts(self, lo: int, hi: int, reporter: Person | None, subject: Phrase | None = None) -> bool:
        """After an opening connective, the place the reporter heads is the subject ("Governor of Tula
        Region X reported … . Moreover, the region has attracted two large investors."): what his report
        is about, not a body the readout tells of (`_body_acts`' "In addition, the Congress considered …").
        Guarded by the reporter's office naming the place's word. `subject`: the sentence's subject if
        already read (after a time opening, "In 2019, the region won back …"), else its head subject."""
        if reporter is None or not reporter.roles:
            return False
        if subject is None:
            subject = self._head_subject(lo, hi)
        if subject is None or not (subject.text.lower() + " ").startswith(_OWN_PLACES):  # ("the region" alone too)
            return False
        place = subject.text.split()[1].lower()
        # (hard15 2024-10-08 minister of health: "Dzmitry Pinchuk's assessment is that … . The ministry proposes to
        # keep graduates …": a minister's ministry, what his report proposes)
        # (hard84: "Mayor of Brellmont X … The city hopes to open …", "Chairman of the Kordaval Provincial Council Y …
        # The province hopes to export …": a mayor's city, a provincial body's chairman's province)
        return any(role.endswith(place) or f" {place} " in role or role == "governor" and place in _GOVERNED
                   or place == "ministry" and role.startswith("minister ")
                   or place == "city" and (role == "mayor" or role.startswith("mayor of "))
                   or place == "province" and " provincial " in role for role in reporter.roles)

    def _place_of_own_report(self, subject: Phrase, lo: int, reporter: Person | None) -> bool:
        """The subject is the bare one-word name of a place the reporter's own statement just before it in the
        paragraph spoke of ("… is a political duty of Zhejiang that cannot be evaded, said Yuan Jiajun. … Especially in
        recent years, Zhejiang has established a smooth communication system with …", sixhundredfortieth zj_gov haixi,
        the province his office heads written nowhere beside his name): the place his report is about, as
        `_reporters_place_named` reads a place written with his office. Guarded by a one-word name, then the last
        statement found before it."""
        if reporter is None or subject.kind != "name" or subject.possessive or " " in subject.text \
                or _ACRONYM.fullmatch(subject.text):
            return False  # (not a body in capitals: fifth's "… USDA will fund pilots …", the publisher's own voice)
        if not _present_verb_follows(self.text, subject.end) and not _PERFECT_AFTER.match(self.text, subject.end):
            return False  # (in the present or its perfect only: "Dalvora hosted …", the place's past, is the readout's)
        text, word, until = self.text, subject.text, lo
        for f in reversed(self.found):
            if f.end > until:
                continue
            if f.person is not reporter or text.find("\n", f.end, until) >= 0:
                return False  # (someone else's words, or another paragraph's, before it)
            at = text.find(word, f.start, f.end)
            if at >= 0 and not text[at + len(word):at + len(word) + 1].isalnum() and not text[at - 1:at].isalnum():
                # (no person's name: "Foreign Minister Maria Gabriel said … . Gabriel is paying a two-day visit.", the
                # readout's own account of her, test_patterns_h784)
                return not any(start <= at < end for start, end, _ in self.name_spans) \
                    and not any(word in name for name in reporter.names)
            until = f.start
        return False

    def _reporters_place_named(self, subject: Phrase, reporter: Person | None) -> bool:
        """The subject is the bare name of the place the reporter's office is written with ("Novgorod Region Governor
        Andrei Nikitin briefed the President … . The region has made great progress in road upgrades. Novgorod is
        linked by railway lines with nine Russian cities.", four-hundred-sixth kremlin_62965; "Governor of Tula Region
        X"): the place his report is about, as "the region" is (`_reporters_place_acts`), not someone who acts.
        Guarded by a one-word name, then a look at the few words before and in each span naming the reporter."""
        if reporter is None or subject.kind != "name" or subject.possessive or " " in subject.text:
            return False
        text, word = self.text, subject.text
        for start, end, person in self.name_spans:
            if person is reporter and start < subject.start:
                near = text[max(0, start - 40):end]
                at = near.find(word + " ")
                if at >= 0 and near.startswith(_PLACE_WORDS, at + len(word) + 1):
                    return True
        return False

    def _spoken_of_in_report(self, subject: Phrase, lo: int, hi: int, reporter: Person | None) -> bool:
        """A subject a report speaks of, not someone who acts or speaks in the readout: the
        body the reporter's office names, written as an acronym, alone or joined with another
        body ("General Director of DOM.RF Vitaly Mutko …": "DOM.RF is an operator of mortgage
        programmes", "DOM.RF and the Ministry of Construction have launched the programme";
        not an agency of the readout's own voice, "USDA will fund pilots …"), or a bare "they"
        in a sentence with no speech verb, the people of the body reported on ("First, they
        have been subsidising mortgages; …"; the people who met are named as a group, "The
        leaders …", and a "They" with a speech verb still ends the report). A class of
        sentences in officials' reports (kremlin_63859)."""
        if subject.kind == "group" and subject.text in ("they", "They"):
            return not self._has_cue_word(lo, hi)
        if reporter is None or subject.kind not in ("name", "group"):
            return False
        if subject.kind == "name":
            if _heads_the_body(subject.text, reporter):
                return True
            body = subject.name[0] if len(subject.name) == 1 and _ACRONYM.fullmatch(subject.name[0]) else None
        else:
            body = next((part for part in subject.text.split(" and ") if _ACRONYM.fullmatch(part)), None) \
                if _bodies_joined(subject) else None
        return body is not None and (any(f" of {body}" in form for form in reporter.forms)
                                     or len(body) >= 3 and self._office_body_initialled(body, reporter))

    def _office_body_initialled(self, acronym: str, reporter: Person) -> bool:
        """The acronym spells the initials of the body or place the reporter's office is written with, before his name
        ("Vice Chairman of the People's Committee of Ho Chi Minh City Vo Van Hoan": "HCMC is ready to …") or set off
        after it ("Yang Xiuping, Secretary-General of ASEAN-China Centre (ACC) met …": "ACC will continue …",
        sixhundredsixtyfourth sggp, aseanchina): the body he speaks for, as "DOM.RF" after "General Director of DOM.RF"
        is (`_spoken_of_in_report`). Guarded by the acronym's first letter in the office's words."""
        text = self.text
        offices = [form for form in reporter.forms if f" {acronym[0]}" in form]
        for start, end, person in self.name_spans:
            if person is reporter and text.startswith(", ", end):
                stop = text.find(".", end, end + 120)  # (the office set off after the name, to its sentence's end)
                offices.append(text[end:stop if stop >= 0 else end + 120])  # (a slice stops at the text's end)
        return any(f"({acronym})" in office or _initials_run(office, acronym) for office in offices)

    def _opening_subject(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase after an opening phrase and its comma ("Concluding their
        travel, the First Lady and members of the delegation visited …"), whatever
        follows it."""
        first = FIRST_WORD_OF.match(self.text, lo, hi)
        if first is None or not (first.group().lower() in INTRO_WORDS or first.group().endswith("ing")):
            return None
        comma = self.text.find(",", lo, min(hi, lo + 120))
        return phrase_starting_at(self.text, skip_space(self.text, comma + 1, hi), hi) if comma > 0 else None

    def _carry_on(self, sentences: list[tuple[int, int]], paragraph: int, quotes: list[Quote]) -> None:
        """A sentence of a paragraph with no speech verb, no quotation and no one
        named, between two statements of one person, carries on what that person
        was saying ("The development of the legal base is a priority task, he said.
        During the last few years Russia has seen major changes in this sphere. …
        The adoption of that law would promote housing construction, he said.").
        Linear in the sentences, the statements and the quotations of the paragraph."""
        found = self.found
        if len(found) < 2 or found[-2].start < sentences[0][0]:
            return  # fewer than two statements in this paragraph: nothing lies between two
        said = self._speakers_in(sentences)
        after: list[dict[int, Person | None]] = [{}] * len(said)
        last: dict[int, Person | None] = {}
        for i in range(len(said) - 1, -1, -1):
            after[i] = last
            last = said[i] or last
        # the sentences that may carry one person's words on: none of their own, and one
        # person's next (what comes before them must be that person's too, read below up
        # to the last of them only: most paragraphs have none, and the reading asks for
        # the subject of each sentence)
        between = [i for i, people in enumerate(said) if not people and len(after[i]) == 1 and -1 not in after[i]]
        if not between:
            return
        before: list[dict[int, Person | None]] = []
        last = {}
        for people, (s0, s1) in zip(said[:between[-1]], sentences):
            before.append(last)
            # (after "The leaders continued their exchange of views …" what was said before is over;
            # after "It was emphasised that …", no one's words, what follows is no longer known to be theirs)
            # (after "As the media notes, …" the press's account goes on, not theirs)
            # (after "Gas infrastructure development was also discussed at the meeting.", the
            # meeting's next topic told with no agent, the figures are no longer known to be theirs)
            # (after "During the current visit, the First Ladies took part in …", the people who met acting,
            # as after "The leaders …")
            # (after "Dr. X will lead a nine-man delegation to …", the readout's own account of his trip resumed,
            # `_readout_moves_on`: "The purpose of the trip is to …" is no more of his words, fourhundredseventyseventh)
            # (not after the speaker's side's "we" of intent, "We will further facilitate trade …", which
            # `_carry_report` gives them, `_we_go_on_to_intend`: fivehundredsixtyfourth baucus)
            last = people or ({} if last and (self._together(s0, s1) and not _we_go_on_to_intend(self.text, s0, s1)
                                              or self._spoken_by_no_one(s0, s1)
                                              or describes_a_document(self.text, s0, s1)
                                              or self._press_account(s0, s1)
                                              or self._meeting_turns_to_a_topic(s0, s1)
                                              or self._pair_after_opening(s0, s1)
                                              or self._readout_moves_on(s0, s1))
                              else last)
        before.append(last)
        opens = [quote.open_mark for quote in quotes]
        # the third person whose deeds a sentence carried told, and its index (`_their_topic_acts`)
        topic, topic_at = "", -1
        for i in between:
            s0, s1 = sentences[i]
            previous, following = before[i], after[i]
            if len(previous) != 1 or previous.keys() != following.keys() or -1 in previous:
                continue
            if self._after_a_pledge(s0):
                continue  # (sixhundredninetyseventh mercopress 2007-09-20: "Vazquez, for his part, pledged full cooperation
                # with Spain in …. In the past, some members of … ETA have sought refuge in Uruguay. Vazquez also thanked
                # …": a pledge tells nothing the sentence after it goes on telling, as `_report_goes_on` reads it)
            k = bisect_left(opens, s0)
            # (a quoted term in it, "they become eligible for “northern” wage premiums", leaves the
            # report going on, as in `_carry_report`; a longer quotation is someone's words)
            if (k < len(opens) and opens[k] < s1 and (not terms_only(self.text, quotes, k, s1)
                                                      or ANONYMOUS_CUE.match(self.text, quotes[k].outer_end, s1))) \
                    or self._has_cue_word(s0, s1) and not self._body_stance_recalled(s0, s1) \
                    and not _talks_of_an_amount(self.text, s0, s1) and not self._detail_or_reason(s0, s1) \
                    and not self._they_now(s0, s1) and not self._own_place_speaks(s0, s1, previous) \
                    or self._names_in(s0, s1) and not _draws_a_conclusion(self.text, s0):
                continue  # ("We are talking about approximately 100 new passenger cars.": no one's speech verb)
                # (two-hundred-eighty-first 74369: "They must also provide opportunities to address the issue of
                # providing permanent housing …" after "Zelenskyy said that any projects … should be aimed at …": the
                # cue "address the issue" with "They" and a modal, the projects he speaks of, his words carried on, `_they_now`)
            topic = self._their_topic_acts(s0, s1, sentences[0][0], next(iter(previous.values())),
                                           topic if topic_at == i - 1 else "")
            if topic:
                topic_at = i
                self._carried(next(iter(previous.values())), s0, s1, paragraph)
                continue
            if self._narrates(s0, s1) and not self._planned_in_report(s0, s1) and not self._to_be_done_in_report(s0, s1) \
                    and not self._they_now(s0, s1) and not self._reporters_body_stands(s0, s1, next(iter(previous.values()))) \
                    and not self._enemy_acts_in_report(s0, s1) or self._body_did(s0, s1):
                continue
            if self._what_the_praised_did(s0, s1) or describes_a_document(self.text, s0, s1):
                continue
            if self._figures_after_an_order(s0, s1):
                continue  # "The President instructed … . As of late 2021, 6.7 million people were covered …"
            if KIN_OR_CLERGY_SUBJECT.match(self.text, s0, s1):
                continue  # "The boy's mother died during the bombing …": someone the readout tells of acts
            if programme_told(self.text, s0, s1):
                continue  # "The celebration will culminate with a festival …": the event's programme, the readout's
            if self._pair_after_opening(s0, s1):
                continue  # "In the context of …, X and the Ambassadors … exchanged views …": the people who met
            if _in_another_script(self.text, s0):
                continue  # (hundred-seventy-second 72017: a sentence left untranslated, the English one after it)
            self._carried(next(iter(previous.values())), s0, s1, paragraph)

    def _after_a_pledge(self, s0: int) -> bool:
        """The statement just before `s0` is a pledge only (`pledge_only`): nothing the sentence at `s0` carries on."""
        k = self._first_found_from(s0)
        return k > 0 and pledge_only(self.text, self.found[k - 1])

    def _reporters_body_stands(self, lo: int, hi: int, reporter: Person | None) -> bool:
        """The body the reporter's office names is the subject, a verb in the present after it (hard11 ua 74645,
        "Secretary-General of the United Nations António Guterres … According to him, the UN has already provided …
        . The United Nations is also ready to provide financial assistance. In addition, the UN supports the
        countries …"): what his body stands ready to do or does, as he tells it, his report carried on; not a past
        act the readout tells. Guarded by a capitalised group or name as the head subject, then his few forms."""
        if reporter is None:
            return False
        subject = self._head_subject(lo, hi)
        if subject is None or subject.kind not in ("group", "name", "thing") or subject.possessive:
            return False
        body = subject.text.removeprefix("The ").removeprefix("the ")
        if not body[:1].isupper():
            return False
        # (and the secretariat of the body whose Secretary-General he is: "SCO Secretary-General Zhang Ming …" / "The SCO
        # Secretariat is willing to provide …", fivehundredthirtyseventh sco_secretariat tileuberdi)
        own = body.removesuffix(" Secretariat")
        if not any(f" of the {body} " in f"{form} " or form.startswith((f"The {body} ", f"{body} "))
                   or own != body and form.startswith(f"{own} Secretary") for form in reporter.forms):
            return False
        return self.text.startswith((" is ", " are "), subject.end) \
            or _PRESENT_VERB_AFTER.match(self.text, subject.end, hi) is not None

    def _detail_or_reason(self, lo: int, hi: int) -> bool:
        """The sentence opens with one of `_DETAIL_OR_REASON`; after "In particular, " no one the readout tells
        of acts (seventy-second 71597, "In particular, the interlocutors discussed the idea of …": the people who
        met, not the report carried on). Guard: a cheap `startswith` first."""
        if not self.text.startswith(_DETAIL_OR_REASON, lo):
            return False
        return not self.text.startswith("In particular, ", lo) or not self._narrates(lo + 15, hi)

    def _own_place_speaks(self, lo: int, hi: int, previous: dict[int, Person | None]) -> bool:
        """Between two statements of one person, a sentence whose subject is the place that person heads, its
        speech verbs none of anyone else's ("The Governor said that … . The region reported a surplus budget,
        mostly thanks to exports. …", sixty-first kremlin_68031; `_reporters_place_acts`): the region as its
        governor tells of it, his words carried on, not a body speaking. Asked only where a cue word stands."""
        reporter = next(iter(previous.values()))
        if reporter is None or not reporter.roles or not self._reporters_place_acts(lo, hi, reporter):
            return False
        return all(c.person is None and (c.phrase is None or self._reporters_place_acts(lo, hi, reporter, c.phrase))
                   for c in self._cues(lo, hi))

    def _body_stance_recalled(self, lo: int, hi: int) -> bool:
        """Between two statements of one person, a sentence whose only speech verbs have a body for subject, no
        person (two-hundred-sixteenth 27677: "… ruled out any negotiations with … . During the late 1990s, the
        Russian Government repeatedly showed its goodwill and expressed its readiness to solve the Chechen problem
        by peaceful means. …, Mr Putin said."): what the body did, as the speaker recalls it; a body is no
        speaker, so its cue word starts no one's words. Only asked where a cue word stands (its cues resolved
        then), not for a body whose meeting the readout reports (`_body_did`). Only a sentence opened by a past
        period ("During the late 1990s, …", "In 1998, …", "Over the past decade, …"): the history recalled, not "The
        group discussed …", "the call focused on …", "So the government has once again called on citizens …" (the
        meeting's or the day's own doings, hundred-forty-first, sixty-third, twenty-eighth)."""
        if not self.text.startswith(_PAST_PERIOD_OPENINGS, lo) or _PAST_PERIOD.match(self.text, lo, hi) is None:
            return False
        cues = self._cues(lo, hi)
        if not cues or any(c.person is not None or c.phrase is None or c.phrase.kind != "thing" for c in cues):
            return False
        for cue in cues:
            head = without_possessive(cue.phrase.text.split()[-1]).lower()
            if " and " in cue.phrase.text or head not in NON_PERSON_WORDS or not can_act(cue.phrase, self.text):
                return False
        return not self._body_did(lo, hi) and not self._press_account(lo, hi)  # (not "As the media notes, …")

    def _their_topic_acts(self, lo: int, hi: int, para_lo: int, speaker: Person | None, topic: str) -> str:
        """Between two statements of one person, a sentence whose subject is a third person named earlier in
        the paragraph and in the next statement, or "He"/"She" right after such a sentence, is the speaker's
        account of them
        (two-hundred-sixteenth 27677: "… President Putin ruled out any negotiations with … Aslan Maskhadov …
        . Maskhadov, verbally supporting the political process, in fact provided help to terrorists …. He was
        behind the October 23 terrorist attack …. Those who try to negotiate with Maskhadov will be considered
        accomplices of the terrorists, Mr Putin said."): the readout tells what the people who met did, not
        what the one they spoke of did between one speaker's words. Returns the third person's name word, or
        "". Guard: a capital first letter or "He "/"She ", then `str.find` of the word before it in the paragraph
        and in the next statement."""
        text = self.text
        if topic and text.startswith(("He ", "She "), lo):
            return topic
        if not text[lo].isupper() or text.startswith(("The ", "This ", "It ", "In ", "They ", "He ", "She "), lo):
            return ""
        k = self._first_found_from(lo)
        found = self.found
        if k == 0 or k >= len(found):
            return ""
        subject = self._head_subject(lo, hi)
        if subject is None or subject.kind != "name" or subject.start != lo or subject.role or not subject.name:
            return ""
        word = subject.name[-1]
        if not (word.isalpha() and word[1:].islower()):
            return ""  # (not "C-SIPA enhances …", fourth: an accord both statements name, no person)
        if speaker is not None and any(word in name for name in speaker.names):
            return ""  # the speaker himself acting: narrative
        next_one = found[k]
        if text.find(word, para_lo, lo) < 0 or text.find(word, next_one.start, next_one.end) < 0:
            return ""
        return word

    def _pair_after_opening(self, lo: int, hi: int) -> bool:
        """After an opening phrase and its comma, two sides joined by "and" are the subject ("In the context
        of the negotiation process on Donbas, the Head of the Office of the President and the Ambassadors of
        the G7 and the EU exchanged views on …", hundred-seventy-second 71865): what the people who met did
        together, as `_together` reads it with no opening phrase; no one's words carried on. Guarded by an
        " and " in the sentence and an opening word (`_opening_subject`).
        So is a plural office after "the" (two-hundred-forty-ninth 72697: "During the current visit, the First Ladies
        took part in the presentation of an audio guide …" between the quotations of one of them; "the Foreign
        Ministers", "the Heads of State"): the people who met, as a group. Guarded by the opening word, then the
        last word of the subject or the word before its "of"."""
        if self.text.find(" and ", lo, hi) < 0 and self.text.find(", the ", lo, hi) < 0:
            return False
        subject = self._opening_subject(lo, hi)
        if subject is None or subject.kind != "group":
            return False
        if " and " not in subject.text:
            return _plural_office(subject.text)
        if self.text.startswith(", ", subject.end):
            # (three-hundred-thirty-fifth kremlin_68453: "In cooperation with large energy companies, the Rosatom State
            # Corporation and Hevel Group, the region is implementing …": the pair, set off by commas, names the
            # opening phrase's companies; the subject is the thing after it, the governor's report goes on)
            after = phrase_starting_at(self.text, subject.end + 2, hi)
            if after is not None and after.kind == "thing":
                return False
        return subject.text.lower() not in ("they", "these", "those") \
            and not _bodies_joined(subject) and not _OUTSIDE_STATES.fullmatch(subject.text) \
            and not self._bare_names_of_no_one(subject)

    def _bare_names_of_no_one(self, subject: Phrase) -> bool:
        """The pair is two bare capitalised names ("Shanghai and Dunedin") in which no person is named: places,
        the sister cities or states a report speaks of, not the people who met (fivehundredsixtyfourth dunedin: "Ying
        Yong said … . In their 23 years as sister cities, Shanghai and Dunedin have conducted continual exchange … .
        Shanghai would like to … . He called for …": the mayor's words carried on). Guarded by the pattern of the
        pair (`_BARE_NAMES_JOINED`), then the name spans inside it."""
        if _BARE_NAMES_JOINED.fullmatch(subject.text) is None:
            return False
        k = bisect_left(self.name_starts, subject.start)
        return bisect_left(self.name_starts, subject.end, k) == k

    def _enemy_acts_in_report(self, lo: int, hi: int) -> bool:
        """(hundred-thirty-sixth, 73593) Between two statements of one person, "In addition, the invaders seized an
        intensive care hospital in Mariupol, took hostage 400 people …": what the enemy did, the account the person
        gives, carried on; the readout tells what the people who met did, not the enemy's deeds between one
        speaker's words. Guard: a cheap `in` test for the hostile party's noun first."""
        head = self.text[lo:min(hi, lo + 40)]
        if not any(party in head for party in _HOSTILE_PARTIES):
            return False
        return _ENEMY_ACTS.match(self.text, lo, hi) is not None

    def _they_now(self, lo: int, hi: int) -> bool:
        """(hundred-thirty-fourth) Between two statements of one person, "They" with a verb in the present ("…, the
        President stressed that one of the most powerful groups of troops are fighting in Donbas. They oppose the
        enemy, which significantly outnumbers them."): those the report speaks of, as they are now, carried on; the
        readout tells what the people who met did in the past ("They discussed …", `_group_acts`). Guard: the
        sentence opens with "They ", or with a word of later time and "they" (hundred-ninety-eighth 67882: "Alexander
        Beglov discussed the construction of new hospitals during the pandemic. Later, they will be converted to treat
        regular patients. He also noted …")."""
        return self.text.startswith(_THEY_NOW_OPENINGS, lo) and _THEY_NOW.match(self.text, lo, hi) is not None \
            and not self._tells_of_events(lo, hi) and not self._group_acts(lo, hi)

    def _what_the_praised_did(self, s0: int, s1: int) -> bool:
        """text[s0:s1] tells what a thing pointed back to has done, after a statement that takes
        a stance ("President X congratulated Y for launching the Fund. This success has laid the
        foundation …"): the readout's comment on the thing praised, not more of the speaker's words."""
        if self.text[s0] != "T" or _WHAT_IT_HAS_DONE.match(self.text, s0, s1) is None:
            return False
        k = self._first_found_from(s0)
        return k > 0 and self._takes_stance(self.found[k - 1])

    def _done_now_in_report(self, lo: int, hi: int) -> bool:
        """In a report carried on, a thing done now, in the present tense and with no agent
        ("Priority is given to rural areas.", "Special attention is paid to young families."): how
        the region works, the report's, not the readout's word on the talks, which tells what was
        done at them in the past tense ("Attention was drawn to …", "It was noted …")."""
        sentence = self.text[lo:hi]
        if " is " not in sentence and " are " not in sentence:
            return False
        return self._agentless_in_report(lo, hi, ("is", "are"), _DONE_NOW_WORDS)

    def _done_lately_in_report(self, lo: int, hi: int) -> bool:
        """In a report carried on, a thing done lately, in the present perfect and with no agent ("A memorandum has
        been signed with …", "A decision has been made to resume …", "Considerable progress has been made …"): what
        the region or the country has done as the report tells it, not the readout's past-tense word on the talks
        ("An agreement was signed …", "It was decided …"). Its subject a thing that cannot act, as in
        `_done_now_in_report` (fifth kremlin_60869, hundred-eighty-fifth kremlin_63240). Guard: " been " first."""
        if " been " not in self.text[lo:hi]:
            return False
        span = _SPAN_UP_TO_NOW.match(self.text, lo, hi)  # ("In recent years, significant progress has been made …")
        if span is not None:
            lo = span.end()
        return self._agentless_in_report(lo, hi, ("has", "have"), _DONE_BEFORE_WORDS, _THING_DONE_LATELY, opening_word=True)

    def _done_this_year_in_report(self, lo: int, hi: int) -> bool:
        """In a report carried on, a thing done this year or last, in the past tense and with no agent ("A number
        of reclamation measures were taken this year." after "Governor X said half of the region's agricultural
        land had been impacted by a major drought last year.", sixty-sixth kremlin_68454): what the region did in
        the year the report tells of, not the readout's word on the talks ("An agreement was signed …"), which
        names no year of its own. Its subject a thing that cannot act, as in `_done_lately_in_report`. Guard:
        " this year" or " last year" first."""
        sentence = self.text[lo:hi]
        if " this year" not in sentence and " last year" not in sentence:
            return False
        return self._agentless_in_report(lo, hi, ("was", "were"), _DONE_LATELY_WORDS, _THING_DONE_THIS_YEAR)

    def _done_before_in_report(self, lo: int, hi: int) -> bool:
        """In a report carried on, a thing done before, in the past perfect and with no agent ("Wage arrears to
        teachers and doctors had been paid off in full by the end of September." after "Pavel Drozhin said that the
        region's farms had gathered …", hard35 vesmar_president_meets_zalessk_governor): the report's own tense,
        put back as in the sentence that reports it, not the readout's word on the talks ("An agreement was signed
        …"). Its subject a thing that cannot act, as in `_done_lately_in_report`. Guard: " had been " first."""
        if " had been " not in self.text[lo:hi]:
            return False
        return self._agentless_in_report(lo, hi, ("had",), _DONE_BEFORE_WORDS, opening_word=True)

    def _to_be_done_in_report(self, lo: int, hi: int) -> bool:
        """In a report carried on, a thing to be done, in the future and with no agent ("In addition, special attention
        will be paid to infrastructure development." after "The President said that …", fifty-third 72457; "In
        particular, in the coming weeks, decisions will be made to provide …" after "According to him, France will
        strengthen …", thirty-third 75845): what the speaker's side will do as the report tells it, not the readout's
        word on the talks, told in the past ("Attention was paid …"). Its subject a thing that cannot act, as in
        `_done_now_in_report`; an opening connective and a time phrase are passed over. Guard: " will be " first."""
        if " will be " not in self.text[lo:hi]:
            return False
        opening = _CONNECTIVE_BEFORE_A_NOUN.match(self.text, lo, hi)
        if opening is not None:
            lo = opening.end()
        return self._agentless_in_report(lo, hi, ("will",), _DONE_NOW_WORDS, _THING_TO_BE_DONE)

    def _agentless_in_report(self, lo: int, hi: int, auxiliaries: tuple[str, ...], done: frozenset[str],
                             unread: re.Pattern | None = None, opening_word: bool = False) -> bool:
        """Whether every agentless passive of text[lo:hi] opens with one of `auxiliaries` and ends with a word of
        `done`, no meeting nor news of the day in the sentence, and its subject a thing that cannot act (a lone
        word, no one's name; where no phrase is read, a subject `unread` matches; with `opening_word`, the
        sentence's first word read as a name, no one's, before a lower-case noun: "Wage arrears … had been …")."""
        text = self.text
        sentence = text[lo:hi]
        passives = list(_AGENTLESS_PASSIVE.finditer(sentence))
        if not passives or any(p.group().split()[0] not in auxiliaries or p.group().split()[-1] not in done
                               for p in passives) \
                or _MEETING_WORD.search(sentence) or _NEWS_OF_THE_DAY.match(sentence):
            return False
        subject = self._head_subject(lo, hi)
        if subject is None:
            return unread is not None and unread.match(text, lo, hi) is not None  # ("A decision has been …")
        if subject.kind == "name":
            return self._common_noun(subject) or opening_word and subject.start == lo and len(subject.name) == 1 \
                and not subject.role and _NOUN_AFTER_OPENING_WORD.match(text, subject.end) is not None \
                and not self._names_in(lo, hi)  # ("Attention is paid …": a lone word, no one's name)
        return subject.kind == "thing" and not can_act(subject, text)

    def _planned_in_report(self, lo: int, hi: int) -> bool:
        """Between two statements of one person, a thing planned or expected with no agent and
        no meeting ("According to the Minister, two ports will be transferred …. Concession tenders
        for them are expected in the first half of next year. In addition, according to the
        Minister, …"): what the report foresees, theirs, not the readout's word on the talks ("The
        next round of consultations is scheduled for May", "It was agreed …")."""
        text = self.text
        sentence = text[lo:hi]
        if "expected" not in sentence and "planned" not in sentence and "scheduled" not in sentence:
            return False
        passives = list(_AGENTLESS_PASSIVE.finditer(sentence))
        if not passives or any(p.group().split()[-1] not in _PLANNED_WORDS for p in passives) \
                or _MEETING_WORD.search(sentence) or _NEWS_OF_THE_DAY.match(sentence):
            return False
        subject = self._head_subject(lo, hi)
        if subject is not None and subject.kind == "name" and len(subject.name) == 1 and not subject.role \
                and subject.start == lo and self.people.match_name(subject.name) is None and not self._names_in(lo, hi):
            return True  # "Concession tenders for them are expected …": a word opening it, no one named
        if subject is None and text[lo] in "TIAHSMFB":
            # (fifty-eighth ukraine_president 73653: "This was announced by … Iryna Vereshchuk. Thus, evacuation from
            # Mariupol to Zaporizhzhia is planned in the Donetsk region. “…,” she said.": a connective before a bare
            # noun, the thing planned, as with no connective)
            opening = _CONNECTIVE_BEFORE_A_NOUN.match(text, lo, hi)
            if opening is not None and not self._names_in(lo, hi):
                lo = opening.end()
                subject = phrase_starting_at(text, lo, hi)
                if subject is None:
                    return not _narrative_head(text, lo, hi)
        return subject is not None and subject.kind == "thing" \
            and (not can_act(subject, text) or _a_sum_foreseen(subject)) \
            and not _narrative_head(text, lo, hi)

    def _lost_openings(self, sentences: list[tuple[int, int]], paragraph: int) -> None:
        """A sentence given to a person whose quotation closes with no opening mark before it
        ("Treaties are worthless …," the President said.), after sentences that are no one's
        statement, back to a statement of the same person: the source lost the opening mark, and
        the quotation runs back to where that person's last statement ends ("The President noted
        that …. Storms Ivar and Dagny … do not wake any of us. To stop the warming, we need …").
        Those sentences are the person's words, and the closing sentence's are up to its mark.
        Only where a closing mark follows a comma (or ! ? …) and a space: one search a paragraph."""
        text, found = self.text, self.found
        lo, hi = sentences[0][0], sentences[-1][1]
        if text.find("”", lo, hi) < 0 and text.find('"', lo, hi) < 0 or _LOST_OPENING_CLOSER.search(text, lo, hi) is None:
            return  # (no closing mark it asks for: two searches in C, where the regex tries each character)
        k = self._first_found_from(lo)
        fixes: list[tuple[Found, list[tuple[int, int]], int]] = []
        for i, (s0, s1) in enumerate(sentences):
            while k < len(found) and found[k].end <= s0:
                k += 1
            if i < 2 or k == len(found) or k == 0:
                continue
            said = found[k]
            if said.kind != "indirect" or said.person is None or said.start >= s1 or text[s0:said.start].strip() \
                    or (k + 1 < len(found) and found[k + 1].start < s1):
                continue
            closer = _LOST_OPENING_CLOSER.search(text, s0, s1)
            if closer is None or closer.start() + 1 > said.end or _has_quote_mark(text, s0, closer.start() + 1):
                continue
            before = found[k - 1]
            gap: list[tuple[int, int]] = []
            for a0, a1 in reversed(sentences[:i]):
                if before.end > a0 or len(gap) == 4 or _has_quote_mark(text, a0, a1):
                    break
                gap.insert(0, (a0, a1))
            if gap and before.person is said.person and before.paragraph == paragraph \
                    and not text[before.end:gap[0][0]].strip():
                fixes.append((said, gap, closer.start()))
            elif not gap and _carries_into(before, said, sentences[i - 1], paragraph):
                fixes.append((said, gap, closer.start()))  # (the words before it already the person's)
        for said, gap, end in fixes:
            said.kind, said.end = "direct", end
            for a0, a1 in gap:
                self._emit(said.person, "direct", a0, strip_tail(text, a0, a1), paragraph, remember=False)

    def _body_did(self, lo: int, hi: int) -> bool:
        """The body whose meeting the readout reports is the sentence's subject, and its verb
        tells a past act ("Today, the fourth meeting of the Steering Committee … . … The
        Steering Committee identified next steps …"): what happened at the meeting, not more of
        anyone's words (unlike "The Government … coordinated work …" in the Prime Minister's
        report of what his government did)."""
        subject = self._head_subject(lo, hi)
        if subject is None or subject.kind != "thing" or not can_act(subject, self.text):
            return False
        verb = WORDS_AHEAD.match(self.text, skip_space(self.text, subject.end, hi), hi)
        if verb is not None and verb.group() in ("also", "then", "further"):
            verb = WORDS_AHEAD.match(self.text, skip_space(self.text, verb.end(), hi), hi)
        if verb is None or not verb.group().endswith("ed") or not verb.group().islower():
            return False
        head = subject.text.split()[-1]
        if " and " in subject.text or without_possessive(head).lower() not in NON_PERSON_WORDS:
            return False  # (not "The Government and the Ministry of Energy coordinated …": two bodies)
        met = re.compile(r"\b(?:meeting|session) of (?:the )?(?:[A-Z][\w-]* )*" + re.escape(head) + r"\b(?! [A-Z])")
        return met.search(self.text, 0, lo) is not None

    def _thing_testifies(self, lo: int, hi: int) -> bool:
        """'The first personal meeting of the heads of state of the Lublin Triangle testified to the unity of
        positions …' (hundred-thirteenth): a thing that "testified to" something is evidence, not a speaker; its
        "testified" is no cue (guarded by " testifie"/" testified to", then the subject's kind)."""
        at = self.text.find(" testifie", lo, hi)
        if at < 0 or not self.text.startswith((" testified to ", " testifies to "), at):
            return False
        subject = self._head_subject(lo, hi)
        return subject is not None and subject.kind == "thing" and subject.end <= at

    def _lead_up(self, sentences: list[tuple[int, int]], paragraph: int, quotes: list[Quote]) -> None:
        """The sentences that open a paragraph before its first statement, when that
        statement's speaker is named at its end ("The bombings … show that terrorism
        remains a threat. Russia, therefore, will …, President X said at a meeting."):
        what leads up to it is theirs too, unless it names someone, has a cue or a
        quotation, or tells what happened."""
        found = self.found
        k = self._first_found_from(sentences[0][0])
        if k == len(found) or found[k].start not in self._said_after or found[k].start == sentences[0][0]:
            return
        first = found[k]
        lead = [(s0, s1) for s0, s1 in sentences if s1 <= first.start]
        if not lead or lead[-1][1] > first.start or any(quote.open_mark < first.start for quote in quotes):
            return
        if any((self._has_cue_word(s0, s1) and not self._thing_testifies(s0, s1)) or self._names_in(s0, s1)
               or self._narrates(s0, s1) and not self._first_person_speaks(s0, s1)
               or self._a_persons_own_acts(s0, s1) for s0, s1 in lead):
            return
        for s0, s1 in lead:
            self._carried(first.person, s0, s1, paragraph)

    def _a_persons_own_acts(self, lo: int, hi: int) -> bool:
        """The sentence's head subject is a thing owned by a person the readout knows by name ("Gordon's office also
        has been in touch with the State Department …" before "…, Gordon said at a news conference.", the AP in
        sevenhundredsixtythird): the person is named in it, as `_names_in` asks, only inside the owner's phrase; the
        writer tells what his office did, not his words led up to. The cheap test first: a possessive in the sentence."""
        text = self.text
        if text.find("'s ", lo, hi) < 0 and text.find("’s ", lo, hi) < 0:
            return False
        subject = self._head_subject(lo, hi)
        if subject is None or subject.kind != "thing":
            return False
        cut = max(text.rfind("'s ", subject.start, subject.end), text.rfind("’s ", subject.start, subject.end))
        if cut <= subject.start:
            return False
        owner = phrase_ending_at(text, subject.start, cut)
        return owner is not None and owner.kind == "name" and owner.is_person \
            and self.people.match_name(owner.name) is not None

    def _first_person_speaks(self, lo: int, hi: int) -> bool:
        """The sentence's subject is the first person ("We are one, we respect and love each other." before "…, X
        said." in a dash-led paragraph, four-hundred-forty-seventh akorda 2018-05-01): the speaker's own voice, which the
        readout's narrative never uses, so it leads up to his closing cue though "We" acts."""
        subject = self._head_subject(lo, hi)
        return subject is not None and FIRST_PERSON.fullmatch(subject.text) is not None

    def _listed(self, lead: Person | None, paragraph: int, lo: int, hi: int) -> Person | None:
        """The items of a list after one person's lead-in ("The President highlighted
        several examples, including:" and a paragraph per item; or a lead-in closed by a semicolon,
        two-hundred-fifty-fifth embassy 20231024: "… and stated that Japan has consistently taken the position
        that prioritizes;" / "1.Immediate release of hostages …" / "2.All the parties to act …") are theirs, up to a
        paragraph with a statement, a name or a lead-in of its own. Returns whose
        list the next paragraph may go on: this one's lead-in's speaker, or `lead`'s
        after an item. (Not after "The steps X announced include:", whose subject is
        the steps, nor "The two ministers also discussed:", no one's statement.)"""
        text = self.text
        k = self._first_found_from(lo)
        here = [f for f in self.found[k:] if f.start < hi]
        if text[hi - 1] != ":" and (lead is not None or text[hi - 1] != ";") \
                and not (lead is None and text[hi - 1].isalpha() and self._bare_item_follows(hi)):
            # (";" closes an item of a list too; a lead-in with no mark at all before a bare item is one whose colon
            # the page lost with its bullets: fivehundredfortyfourth igad, "X emphasized the need to carry on study on
            # three main areas" / "Minimum integration" / "The Structure of IGAD" / …)
            if lead is None or here:
                return None
            # (thirty-second hard, a Vice President's meeting: "- Welcomed President X's commitment to …", "- Reaffirmed
            # the United States' support …" under "During the meeting, the Vice President:": a name or a group after
            # the speech verb opening each item is its object, the items still the lead-in's person's)
            verb_items = _verb_items_only(text, lo, hi)
            if not verb_items and self._names_in(lo, hi):
                return None
            if not _LIST_MARK.match(text, lo, hi) and not verb_items and self._tells_of_events(lo, hi):
                return None  # "The meeting ended at noon." after the items: the list is over
            # (hard35 corvald energy meeting instructions: "– to the heads of regional military administrations, to
            # report weekly …": an order's addressee after "to", then what it is to do; no subject of the item)
            addressed = _ADDRESSEE_ITEM.match(text, lo, hi) is not None
            subject = None if verb_items or addressed else self._head_subject(lo, hi)  # ("Agencies …": items)
            if subject is not None and subject.kind in ("group", "description", "pronoun"):
                return None  # "The Council members used the rest of the meeting …": the list is over
            if lead.told_of_by_surname(text, lo, hi):
                # (eighthundredtenth kscj, a radio script whose clip is not printed: "The governor says she has always
                # been welcomed … in the past: / The tribal council voted 17-0 to tell the governor she was no longer
                # welcome saying Noem led efforts …": a paragraph that names the lead-in's speaker in the third person
                # tells of her, no item of hers)
                return None
            start = _LIST_MARK.match(text, lo, hi)
            self._emit(lead, "indirect", start.end() if start else lo, strip_tail(text, lo, hi), paragraph,
                       remember=False)
            return lead
        if text[hi - 1] == ";" and (not here or text[lo] in "-*•·" or _LIST_MARK.match(text, lo, hi) is not None
                                    or not self._numbered_point_follows(hi)):
            return None  # ("- … the readout's own item;": an item of a list, not its lead-in)
        if not here:
            return self._verbless_lead_in(lo, hi)
        if here[-1].person is None or here[-1].kind != "indirect" or text[here[-1].end:hi].strip(" :;"):
            return None
        last = word_back(text, max(lo, hi - 24), hi - 1)
        if last is not None and text[last[0]:last[1]].lower() in _NOT_A_LEAD_IN \
                and _SOURCE_OPENS.match(text, here[-1].start, hi) is not None:
            return here[-1].person  # "According to the Deputy Head, the key needs are:": his list
        if last is not None and text[last[0]:last[1]].lower() in _NOT_A_LEAD_IN:
            return None
        if text[hi - 1] == ":" and _ONLY_ANNOUNCES_A_LIST.search(text, max(here[-1].start, hi - 90), hi) is not None:
            # (hard29 sorvia_general_staff_board_instructions: "He set out the following instructions to the Board:";
            # hard29 kellan_lobby_sanctions_press_conference: "The PM set out what the package should contain:"): words
            # that introduce the list and say nothing of it belong to no statement (GOLD-FORMAT); the items are his
            person, here[-1].person = here[-1].person, None
            return person
        return here[-1].person

    def _bare_item_follows(self, hi: int) -> bool:
        """The paragraph after text[:hi] is a list's bare item: a few capitalised words with no mark at its end
        (`_BARE_ITEM_WORDS` at most), as the items of a bulleted list whose bullets were lost ("Minimum integration")."""
        text = self.text
        at = skip_space(text, hi, hi + 8 if hi + 8 < len(text) else len(text))  # (`min`: the builtin costs ten times)
        end = text.find("\n", at, at + _BARE_ITEM_REACH)
        if end < 0:
            end = len(text) if len(text) - at < _BARE_ITEM_REACH else at
        item = text[at:end].rstrip()
        return bool(item) and item[0].isupper() and item[-1].isalpha() and item.count(" ") < _BARE_ITEM_WORDS

    def _numbered_point_follows(self, hi: int) -> bool:
        """The paragraph after text[:hi] opens with a point's number ("1.Immediate …", "1. The …"): what makes a
        paragraph closed by a semicolon a list's lead-in, not one item of a list of its own."""
        text = self.text
        at = skip_space(text, hi, min(len(text), hi + 8))
        return text[at:at + 1].isdigit() and _LIST_MARK.match(text, at, min(len(text), at + 6)) is not None

    def _verbless_lead_in(self, lo: int, hi: int) -> Person | None:
        """"During the meeting, the President:" and a list whose first item opens with a
        speech verb ("- Reaffirmed …", "- Welcomed …"): the items are that person's
        (not "The leaders:", a group's)."""
        text = self.text
        item = _VERB_ITEM.match(text, hi)
        if item is None or not _item_verb_speaks(text, item, len(text)):
            return None
        phrase = phrase_ending_at(text, lo, strip_tail(text, lo, hi - 1))
        if phrase is None or phrase.kind not in ("name", "description"):
            return None
        opening = text[lo:phrase.start].rstrip()
        if opening and (not opening.endswith(",") or self._cues(lo, phrase.start)):
            return None  # only an opening phrase before the person ("During the call,")
        return self._resolve(phrase, phrase.start)

    def _first_found_from(self, lo: int) -> int:
        """The index of the first statement found so far that ends after `lo` (the
        statements are sorted and the current paragraph's come last)."""
        found = self.found
        k = len(found)
        while k > 0 and found[k - 1].end > lo:
            k -= 1
        return k

    def _speakers_in(self, sentences: list[tuple[int, int]]) -> list[dict[int, Person | None]]:
        """For each sentence, the people (by key; -1 for nobody's) whose statements
        lie in it: one walk along the sentences and the paragraph's statements."""
        found = self.found
        k = self._first_found_from(sentences[0][0])
        said: list[dict[int, Person | None]] = []
        for lo, hi in sentences:
            while k < len(found) and found[k].end <= lo:
                k += 1
            people: dict[int, Person | None] = {}
            j = k
            while j < len(found) and found[j].start < hi:
                person = found[j].person
                people[person.key if person is not None else -1] = person
                j += 1
            said.append(people)
        return said

    def _states_as_noun(self, cue: Cue) -> bool:
        """The cue is the noun "states" after a determiner ("one of the strongest states in the
        world"), not the verb ("X states that …"): no one speaks in its sentence."""
        vs, ve = cue.verb_start, cue.verb_end
        return ve - vs == 6 and self.text.startswith("states", vs) and _states_a_noun(self.text, 0, vs, ve)

    def _has_cue_word(self, lo: int, hi: int, event_nouns: bool = False, in_relatives: bool = True,
                      means: bool = False) -> bool:
        """text[lo:hi] has a rarer cue word, or a speech verb's word that is not an
        adjective after an article ("The present objective is …"); with `event_nouns`, nor
        an -ing form after a determiner, the name of an event ("X said this during an online
        briefing at …": where he said it, no one's speech); without `in_relatives`, nor a verb
        of a restrictive relative clause on a common noun (`_in_a_generic_relative`); with `means`, nor "thanks to",
        the means a sentence on how a thing is done names ("This could be achieved even thanks to …", `HOW_IT_IS_DONE`;
        elsewhere it stays a cue: "The Finance Ministry reported a surplus, mostly thanks to exports" is no one's carried
        on)."""
        j = bisect_left(self.rare_starts, lo)
        while j < len(self.rare_starts) and self.rare_starts[j] < hi:
            at = self.rare_starts[j]
            if self.text.startswith("certain ", at) and _CERTAIN_AS_DETERMINER.search(self.text, max(lo, at - 12), at):
                j += 1  # ("should have a certain impact", "in certain regions": which one, no one's belief)
                continue
            if self.text.startswith("determined", at) and RESOLVE_TO.match(self.text, at) is None:
                j += 1  # (sixty-fourth kremlin_29466: "The revival of mass sport was determined as a task of primary
                continue  # importance …" in Putin's report: a task set, no one's resolve)
            if self.text.startswith("position", at) and self.text.endswith(_POSITION_NO_STANCE, max(lo, at - 13), at):
                j += 1  # ("a change of position or regrouping", "the geographical position of Latvia": no one's stance)
                continue
            if self.text.startswith("according", at) and _IN_CONFORMITY_WITH.match(self.text, at, hi):
                j += 1  # ("skills according to NATO standards", "according to plan": in keeping with them, no source)
                continue
            if self.text.startswith("view to ", at) and self.text.endswith("with a ", max(lo, at - 7), at):
                j += 1  # (three-hundred-thirty-fifth kremlin_68453: "… will be established … with a view to ending
                continue  # dependence on imports": a purpose, no one's view)
            if self.text.startswith(_JUDGED_WITH, at) and not self.text.startswith("with ", self.text.find(" ", at) + 1):
                j += 1  # ("The content of radio and television programmes …": a noun, no one's judgement)
                continue
            if self.rare_hits[j][1] == "belief" and self.text[at - 2:at] in _ARTICLE_ENDS \
                    and _ARTICLE_BEFORE.search(self.text, max(lo, at - 6), at) \
                    and not self.text.startswith(_BELIEF_NOUNS, at):
                # (two-hundred-thirty-fourth 33291: "… will always be a moral beacon and the grateful memory of
                # the heroes … will be handed down …" after Putin's words: an adjective before its noun, "a
                # firm", "the clear signal", no one's belief; `_BELIEF` wants "was grateful")
                j += 1
                continue
            if not self.text.startswith(_JUDGEMENT_WORDS, at) or self._opinion_at(lo, at):
                return True
            j += 1  # ("a serious assessment by law enforcement agencies": a noun, no one's opinion)
        text, starts = self.text, self.verb_starts
        k = bisect_left(starts, lo)
        while k < len(starts) and starts[k] < hi:
            vs, ve = self.verb_hits[k]
            form = text[vs:ve]
            if _no_speech_verb_at(text, lo, vs, ve, hi) \
                    or means and form == "thanks" and text.startswith(" to ", ve) \
                    or event_nouns and form.endswith("ing") and (_GERUND_AS_EVENT.search(text, max(lo, vs - 30), vs)
                                                                 or form in _SPEAKING_AS_OCCASION
                                                                 and _WHEN_BEFORE.search(text, max(lo, vs - 7), vs)) \
                    or not in_relatives and (text.endswith(_RELATIVE_OPENERS, lo, vs) and _in_a_generic_relative(text, lo, vs)
                                             or _in_a_relative_on_a_thing(text, lo, vs)):
                k += 1
                continue
            if (form not in _ALSO_ADJECTIVES or not _ARTICLE_BEFORE.search(text, max(lo, vs - 6), vs)) \
                    and has_complement(form, text, ve, hi) \
                    and not (text.find("(as ", max(lo, vs - 60), vs) >= 0 and in_an_aside(text, vs, ve, lo, hi)):
                # (not "thawing permafrost, which presents a risk": no speech without its complement;
                # nor "(as the President noted, it is …)": an aside set into someone else's report)
                return True
            k += 1
        return False

    def _opinion_at(self, lo: int, at: int) -> bool:
        """The opinion word at `at` ("assessment", "judgement" …) gives someone's opinion:
        "In his view", "in the Minister's assessment", "in the opinion of …", or "is of the
        view"; not "a serious assessment by law enforcement agencies", a thing done."""
        text = self.text
        end = at + next(len(word) for word in _JUDGEMENT_WORDS + ("",) if text.startswith(word, at))
        start = max(lo, at - 72)
        if any(m.end() >= end for m in OPINION.finditer(text, start, end)):
            return True
        if OPINION_OF.search(text, max(lo, at - 8), end + 5) is not None:
            return True
        return _OPINION_BEFORE.search(text, max(lo, at - 24), at) is not None

    def _known_person_acts(self, fronted: Phrase) -> bool:
        """The name after a fronted phrase is a person the readout knows, who acts in a sentence with no cue word
        (sevenhundredsixtysecond peopledaily li_changchun: "… Li urged …" / "During the five-day tour , Li also
        inspected desertification control efforts in the region and toured cultural relics." / "He asked …"): the
        readout's account of what he did, no more of his words; not his name as an owner ("In Li's view")."""
        return fronted.kind == "name" and not fronted.possessive and self.people.match_name(fronted.name) is not None

    def _narrates(self, lo: int, hi: int) -> bool:
        """The sentence tells what happened rather than what was said: a person or
        a group does something ("In addition, the President watched …", "The two
        leaders …"), a passive with no agent ("attention was drawn to …"), a meeting
        or the news of the day."""
        if _talks_of_an_amount(self.text, lo, hi):
            return False  # "We are talking about approximately 100 new passenger cars.": a figure spelt out
        if self.text.startswith(_SETTING_OPENERS, lo) and _SETTING_ALONE.match(self.text, lo, strip_tail(self.text, lo, hi)):
            return True  # "In a business roundtable at the Danforth Plant Science Center.": where, no verb (`_SETTING_ALONE`)
        if self._tells_of_events(lo, hi) or self._group_acts(lo, hi):
            return True
        if self.text[lo] in "RI" and _READER_REMINDED.match(self.text, lo, hi) is not None:
            return True  # "Recall that in the election, X unseated …": the writer reminding the reader, no report
        if self.text[lo] == "T" and _office_of_a_thing_acts(self.text, lo, hi):
            return True  # "The country’s president joined …": an office-holder acts, the readout's account
        subject = self._head_subject(lo, hi)
        if subject is None:
            return self._fronted_subject_acts(lo, hi)
        if subject is not None and subject.start == lo and subject.text.endswith("ing") \
                and _GERUND_SUBJECT.match(self.text, lo, hi) is not None:
            # (hundred-thirty-ninth: "Empowering a new government to stabilize the economy will also create space
            # for …" after "X discussed the urgent need to appoint …": a gerund clause heads it, no one acts)
            return False
        if subject is not None and subject.kind == "name" and self.text.startswith("Its ", subject.start):
            return False  # "Its GRP increased by over 10 percent …": a thing's figure, no one acting
        if subject is not None and subject.kind == "pronoun" and subject.start == lo \
                and self.text.startswith((" is impressed ", " is moved ", " is touched "), subject.end):
            # (fivehundredfortyninth taipei twin city forum: "He is impressed by the vitality demonstrated by the young
            # people." between two of the guest's statements: his feeling told in the present of the report, no act)
            return False
        if subject.kind == "name" and len(subject.name) == 1 and not subject.role and subject.start == lo \
                and self._opening_word_no_name(subject, lo, hi):
            # (eighthundredthirtysecond mississippitoday: "Shortly before his visit with Netanyahu, Bryant was
            # interviewed by the Jerusalem Post." between two of his reports: the opening adverb is no one's name, and
            # the person known after the fronted phrase acts, as when no head subject is found)
            return self._fronted_subject_acts(lo, hi)
        return subject.kind in ("name", "description", "pronoun", "group")

    def _fronted_subject_acts(self, lo: int, hi: int) -> bool:
        """The sentence's subject after a fronted phrase and its comma is an office or a person the readout knows, who
        acts (two-hundred-seventy-fourth 75005: "On the occasion of the International Nurses Day, the President of
        Ukraine presented state awards …" between two of his quotations): the readout's account (`_narrates`, where no
        head subject opens the sentence)."""
        fronted = self._sentence_subject(lo, hi)
        return fronted is not None and self.text.startswith(", ", fronted.start - 2) \
            and (fronted.kind == "description" and bool(fronted.role) or self._known_person_acts(fronted))

    def _opening_word_no_name(self, subject: Phrase, lo: int, hi: int) -> bool:
        """Whether the one-word name with no office that opens the sentence at `lo` (`_narrates`) is a word, no one's
        name, in one of four shapes, when no one is known by it and no one is named in the sentence (not "Standing
        together …, the two leaders", "C-SIPA")."""
        text, word = self.text, subject.name[0]
        weak_too = False  # (a weak match of the people's names counts as none only for two places' ties)
        if subject.text.isalpha() and subject.text[1:].islower() \
                and (not subject.text.endswith("ing") or _A_FIGURE_MOVES.match(text, subject.end, hi)):
            pass  # "Terrorism remains one of the main threats …": a word opening it, no one named
            # (three-hundred-eightieth kremlin_51366: "Spending came to 15.6 trillion rubles …": a noun in -ing whose
            # figure moves, `_A_FIGURE_MOVES`, no participle opening)
        elif "-" in word and _LOWER_TAIL.search(word):
            pass  # (hundred-first) "QR-codes are required in the region …": a compound, no one's name
        elif "-" in word and all(part.istitle() for part in word.split("-")) \
                and _TWO_PARTIES_TIES.match(text, subject.end, hi):
            weak_too = True  # (sixhundredfourth trend 3422546) "Georgia-Germany economic relations constantly develop.":
            # two places joined as the ties between them, no one's name (only a forum's, "the Georgia-Germany Business
            # Dialog", read as a bare capitalised run), before "…, said X" whose report it leads up to
        elif not _word_before_its_place(subject):
            return False  # (but ninety-first, "Embankments on the Kama River … will be improved.": the word, its place)
        named = self.people.match_name(subject.name)
        return (named is None or weak_too and named.weak) and not self._names_in(lo, hi)

    def _group_acts(self, lo: int, hi: int) -> bool:
        """The sentence tells what a group did: "Those present honored the memory of …",
        "In this regard, they exchanged views on …" (the people who met, a bare "they"
        with a verb of their meeting). Narrative: it carries on no one's words."""
        text = self.text
        if text[lo] in "TAE" and _THOSE_PRESENT.match(text, lo, hi):
            return True
        if text[lo] in _COUNT_INITIALS and _COUNTED_OFFICE_HOLDERS.match(text, lo, hi) is not None:
            return True  # "Eleven newly elected governors are part of …": a group the readout tells of
        if "delegation " in text[lo:min(hi, lo + 90)]:
            # "Thus, during the talks in X, the Ukrainian delegation met with …": a group's act
            found = _DELEGATION_ACTS.match(text, lo, hi) or _DELEGATION_ACTS.search(text, lo, min(hi, lo + 120))
            if found is not None and (found.start() == lo or text.startswith(", ", found.start() - 2)):
                return True
        if text.startswith("They ", lo):
            they = lo
        else:
            they = text.find(", they ", lo, min(hi, lo + 60))
            if they < 0:
                return False
            they += 2
        return _THEY_TOGETHER.match(text, they, hi) is not None

    def _head_subject(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase at the head of text[lo:hi], after "In addition", "Also" …"""
        lead = LEADING_ADVERBIAL.match(self.text, lo, hi)
        if lead is None and self.text.startswith("In ", lo):
            place = _FRONTED_PLACE.match(self.text, lo, hi)
            if place is not None:
                # (hundred-thirtieth: "In Kharkiv, the northern and eastern districts … suffered …": a place put
                # first, the subject after its comma)
                return phrase_starting_at(self.text, place.end(), hi)
        if lead is None and self.text[lo] in "IOUW" and (condition := _CONDITION_PARTICIPLE.match(self.text, lo, hi)):
            # ("If elected, X will be …": `_CONDITION_PARTICIPLE`, the subject after its comma)
            return phrase_starting_at(self.text, condition.end(), hi)
        if lead is None and self.text.startswith("In general, ", lo):
            # (hundred-fourth: "In general, the Ministry plans to support …": a summing-up adverb, no military
            # general; the phrase after it heads the sentence)
            return phrase_starting_at(self.text, lo + 12, hi)
        phrase = phrase_starting_at(self.text, lead.end() if lead else lo, hi)
        if lead is None and phrase is not None and phrase.start == lo and _opening_preposition_read_as_name(phrase):
            # ("Under the programme, … are being built.": "Under", an office's word in "Under
            # Secretary", read alone as a name; the subject comes after the comma of the phrase it opens)
            return self._opening_subject(lo, hi)
        if lead is None and phrase is not None and phrase.start == lo and _participle_read_as_name(phrase):
            # (three-hundred-fifty-second ukraine_president 72741: "Using Diia you can pay taxes, fines, …" after
            # "Also, according to him, …": an opening participle and its object, no one's name; no subject here)
            return None
        return phrase

    def _tells_of_events(self, lo: int, hi: int) -> bool:
        """A meeting in its first words, a passive with no agent ("attention was
        drawn to …") or the news of the day: what happened, not what was said."""
        text = self.text
        sentence = text[lo:hi]
        passive = _AGENTLESS_PASSIVE.search(sentence)
        while passive is not None and (_IN_A_CONDITION.search(sentence, 0, passive.start())
                                       or passive.group().startswith(("is ", "are "))
                                       and _UNTIL_BEFORE.search(sentence, 0, passive.start())
                                       or passive.group().endswith("focused") and _a_state_of_focus(sentence, passive)
                                       or _FREE_RELATIVE_BEFORE.search(sentence, max(0, passive.start() - 24),
                                                                       passive.start())):
            # ("There would be more flexibility … if premiums were paid from day one": a condition
            # put, nothing that happened; "Until the trial is held all these people are innocent.", fourth 29739: a
            # time still to come, in the present, nothing that happened, not "until an agreement was reached";
            # "The region is focused on science and technology.": what a thing is given to, in a report, not
            # "Attention was focused on …"; "show what has been done in the region": a thing named, `_FREE_RELATIVE_BEFORE`)
            passive = _AGENTLESS_PASSIVE.search(sentence, passive.end())
        if passive or _NEWS_OF_THE_DAY.match(sentence) or _passive_by_a_group(sentence):
            return True
        if ("followed" in sentence or "ensued" in sentence) and _EVENT_FOLLOWED.match(sentence):
            return True  # "A Q&A session followed in which …": the programme's next event
        if ("drew" in sentence or "echoed" in sentence) and _WORDS_RECEIVED.match(sentence):
            return True  # (hard73) "The remarks drew long applause from the hall.": how the words were received
        if sentence.startswith("The floor ") and _FLOOR_GIVEN.match(sentence):
            return True  # "The floor was then opened in order to obtain … views …": the meeting's next step
        if "oday" in sentence and _ANNOUNCED_TODAY.search(sentence):
            return True  # "… includes today’s announcement of $44.5 million …": the day's news
        if _talk_of_the_meeting(sentence):
            return True  # "Security was also a subject of discussion.", "There was also an exchange of views …"
        if " also " in sentence and _TOPIC_ALSO_COVERED.match(sentence):
            return True  # "The procedure for establishing disability status was also covered.": the next topic
        if ("opic" in sentence[:40] or "ssue" in sentence[:40] or "heme" in sentence[:40] or "agenda" in sentence[:50]) \
                and _MEETING_TOPIC.match(sentence):
            return True  # "The key topics of the meeting were …", "Another issue on the agenda concerned …"
        if ("agenda" in sentence[:80] or "rogram" in sentence[:80] or "itinerary" in sentence[:80]
                or "schedule" in sentence[:80]) and _ONES_AGENDA_INCLUDED.match(sentence):
            return True  # "X's São Tome agenda included meetings with …": his visit's programme told
        if (" also featured " in sentence or " also showcased " in sentence) and _THE_EVENT_ALSO_FEATURED.match(sentence):
            return True  # "The programme also featured a cultural display …": the event's next part told
        if sentence.startswith(("This is the ", "This was the ", "It is the ", "It was the ")) \
                and _NTH_CONTACT.match(sentence):
            return True  # "This is the second conversation between the leaders …": the meeting counted
        if sentence.startswith(("This ", "It ")) and " for " in sentence[:60]:
            occasion = _OCCASION_FOR_THE_GROUP.match(sentence)
            if occasion is not None and occasion.group(1) in GROUP_HEADS:
                return True  # "This will be an opportunity for the two leaders to review …": what the meeting is for
        if text[lo] in "TO" and _MEETING_ITSELF.match(text, lo, hi) is not None:
            return True  # "The Abe-Trump phone talks came at a time when …" (sixhundredsixtyfirst jiji 2019-12-21): the
            # meeting, its name past the first three words after a pair's hyphened names, told of as an event
        if text[lo] in "EAO" and _MEETING_ITSELF_BUT_FOR.match(text, lo, hi) is not None:
            return True  # "Except for the start of the meeting …, the meeting took place behind closed doors."
        if _narrative_head(text, lo, hi):
            # (but "Negotiations on international grants … are underway, …" in a minister's report:
            # a process he reports going on, no meeting of the readout's; nor "This conversation should build on
            # …": what a talk ought to be, a stance, `_a_talk_ought_to`)
            return not (text[lo] in "NTCD" and ONGOING_PROCESS.match(text, lo, hi)) \
                and not _a_talk_ought_to(text, lo, hi)
        if sentence.startswith(("With ", "Given ", "Amid ", "Against ")):
            fronted = _FRONTED_PHRASE_THEN_EVENT.match(sentence)
            if fronted is not None and fronted.group(1) in _NARRATIVE_HEADS:
                return True  # "With more than 630,000 Hispanics of … background in the United States, the meeting had
                # significance for X …" (sevenhundredeighteenth tnj): the meeting told of after a fronted phrase
        if text[lo] in "AIMBFOW" and "," in sentence[:20]:
            # (eighty-ninth: "Above all, the talks were about the need to …": the meeting after a
            # discourse adverbial, what it was about, not the last speaker's words carried on)
            opened = _ADVERBIAL_THEN_EVENT.match(text, lo, hi)
            return opened is not None and (opened.group(1) or opened.group(2)).lower() in _NARRATIVE_HEADS
        return False

    def _owner_before(self, lo: int, pos: int) -> Phrase | None:
        """The last person named as an owner in the opening phrase text[lo:pos] ("Following
        the Vice President’s meetings, "), or None."""
        text = self.text
        first = FIRST_WORD_OF.match(text, lo, pos)
        if first is None or not (first.group().lower() in INTRO_WORDS or first.group().endswith("ing")):
            return None
        end = max(text.rfind("’s", lo, pos), text.rfind("'s", lo, pos))
        if end <= lo:
            return None
        owner = phrase_ending_at(text, lo, end)
        return owner if owner is not None and owner.is_person and owner.kind in ("name", "description") else None

    def _owners_only(self, lo: int, hi: int) -> bool:
        """Everyone named in text[lo:hi] is named as an owner ("President X’s Jobs Plan"), or as the one
        votes went to ("The voter turnout was 74%, with 54% of the votes given to Vladimir Putin.",
        two-hundred-thirty-fifth 39103, an envoy's election report carried on): what is theirs is spoken
        of, no one acts."""
        text = self.text
        k = bisect_left(self.name_starts, lo)
        return all(person.weak or text.startswith(("’s", "'s"), end) or text[end - 2:end] in ("’s", "'s")
                   or text.endswith(_VOTES_WENT_TO, lo, start)
                   or text.find(" of ", max(lo, start - 60), start) >= 0 and _EVENT_OF.search(text, max(lo, start - 60), start)
                   for start, end, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])

    def _reporters_own_event_told(self, lo: int, hi: int, reporter: Person) -> bool:
        """The reporter himself is named in text[lo:hi] as the one an event is of (`_EVENT_OF`): the readout tells of
        his visit by his name, as no report of his own words would (eighthundredthirtyseventh atv 2019-12-31:
        "Recep Tayyip Erdogan expressed his intention to visit Gagauzia again … . The construction of this facility was
        started by the Turkish side following the visit of Recep Tayyip Erdogan to Gagauzia in October 2018.": the
        writer's background, not his words carried on). Another person's visit so named stays spoken of in the report
        (`_owners_only`: "the recent visit of President Tomas Vilkas opened new prospects …"). The cheap test first:
        " of " in the sentence."""
        text = self.text
        if text.find(" of ", lo, hi) < 0:
            return False
        k = bisect_left(self.name_starts, lo)
        return any(person is reporter and text.find(" of ", max(lo, start - 60), start) >= 0
                   and _EVENT_OF.search(text, max(lo, start - 60), start) is not None
                   for start, _end, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])

    def _subject_left_out(self, lo: int, hi: int) -> bool:
        """text[lo:hi] opens with "And" and a speech verb in the past with its complement, no subject between
        (`_AND_THEN_A_SPEECH_VERB`): the report goes on with the same speaker's next verb ("And assured Deputy Prime
        Minister Winston that …", the one named his hearer, not its subject)."""
        opening = _AND_THEN_A_SPEECH_VERB.match(self.text, lo, hi)
        return opening is not None and opening.group(1) in ALL_SPEECH_VERBS \
            and has_complement(opening.group(1), self.text, opening.end(1), hi)

    def _called_a_friend(self, lo: int, hi: int) -> bool:
        """text[lo:hi] says of someone named that he is a friend of a place or a people ("And Governor X is also an old
        friend of Tarrowmoor.", hard62; fivehundredfortysecond jsic aichi: "And Governor Hideaki is also an old friend to
        Jiangsu." inside Wu's report): a host's courtesy about his guest, which his report goes on with; the other
        party is spoken of, he does not act. The cheap test first: " friend " in the sentence."""
        return self.text.find(" friend ", lo, hi) >= 0 and _CALLED_A_FRIEND.match(self.text, lo, hi) is not None

    def _mourned_only(self, lo: int, hi: int) -> bool:
        """Everyone named in text[lo:hi] is the one a condolence title mourns ("Condolences on the death
        of German politician Helmut Kohl … Putin emphasised that … . Having occupied the position …, Mr
        Kohl played a key role …"): the dead man is spoken of in the message, he does not act in the
        readout. (No names mourned, no look: the rare case first.)"""
        if not self.mourned:
            return False
        k = bisect_left(self.name_starts, lo)
        return all(person.weak or any(person is dead for dead in self.mourned)
                   for _, _, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])

    def _is_mourned(self, subject: Phrase) -> bool:
        """The subject names the one a condolence title mourns (see `_mourned_only`)."""
        if not self.mourned or subject.kind != "name":
            return False
        person = self.people.match_name(subject.name)
        return person is not None and any(person is dead for dead in self.mourned)

    def _names_in(self, lo: int, hi: int) -> bool:
        """Someone (not a country or a body: a person known to act) is named in text[lo:hi].
        Not in a sentence whose subject is a fact ("The fact that General Motors is entering the
        market is a good sign …"): whoever its that-clause names is spoken of, the fact is judged."""
        if self.text.startswith(_FACT_SUBJECTS, skip_space(self.text, lo, hi)):
            return False
        if self.text.startswith(LIST_OF_THE_LAST, skip_space(self.text, lo, hi)):
            return False  # ("These include the release of Mayor X, …": the list's items)
        since = self.text.find(" since ", lo, hi)
        if since > lo and (self.text.find(" has ", lo, since) >= 0 or self.text.find(" have ", lo, since) >= 0):
            # (fivehundredfiftysecond, China's consulate in Manchester: "Dr. X stated that relations have developed well.
            # Exchanges … has been growing in full swing since Chinese President Y visited Britain …": whom the "since"
            # clause after a present perfect names is spoken of, the time the growth is counted from, no one who acts
            # in the readout; not fourhundredfortythird's "This is the sixth package announced … since President X
            # signed …", the narrator's count of what he did)
            hi = since
        k = bisect_left(self.name_starts, lo)
        return any(not person.weak for _, _, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])
