"""A sentence read: its quotations and their cues, messages and their senders, lead-ins
that point back."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from readout_tui.engine.cue_words import holds_any, verb_at, verbs_in
from readout_tui.engine.lexicon import (ALL_SPEECH_VERBS, COMPLEMENT_REQUIRED, LEAD_IN_VERBS, PRESS_NOUNS, ROLE_WORD_SET,
                                        SPEAKS_ONLY_WITH_PARTICLE, MESSAGE_SAYS_PARTICIPLES,
                                        has_complement)
from readout_tui.engine.name_offices import is_office_aside
from readout_tui.engine.name_registry import body_described_after
from readout_tui.engine.people import A_SPOKESPERSON, AN_UNNAMED_OFFICIAL, OFFICIALS_BODY, Person, roles_compatible
from readout_tui.engine.phrases import Phrase, name_with_a_first_numeral_after, phrase_ending_at, phrase_starting_at
from readout_tui.engine.quotes import Quote
from readout_tui.engine.reported_speech import CUE_ENDS_SENTENCE, FIRST_PERSON
from readout_tui.engine.segments import POINT_NUMBER, capitals_dateline, split_sentences
from readout_tui.engine.sentence_patterns import (
    ACCORDING,
    ANONYMOUS_CUE,
    DESCRIBING_ASIDE,
    DESCRIBING_ASIDE_REACH,
    OPINION_OF,
    SEPARATOR,
    SEPARATOR_MARKS,
    SPEECH_FROM,
    SPEECH_FROM_WORDS,
    WRITING_TO,
    WRITTEN,
    WRITTEN_SENT_BY,
    WRITTEN_SUBJECT,
    Cue,
    Found,
    aside_closed_after,
    office_initials,
)
from readout_tui.engine.speech_subjects import verb_after_an_open_description
from readout_tui.engine.text_steps import (
    back_over,
    end_before_space,
    last_sentence,
    sentence_start_before,
    skip_space,
    strip_marks,
    strip_tail,
    uncovered_parts,
    word_back,
)
from readout_tui.engine.titles import title_case, title_phrases
from readout_tui.engine.transcripts import OWN_VOICE


_START = attrgetter("start")  # (a statement's start, the key `_found_before` searches the sorted statements by)
# ("Mrs Wronska's view is that …", "The President's message was clear: …"; not "the President's
# message was delivered by …", a message carried)
REMARKS_MADE_AT = re.compile(r"\bmade\s+(?:the|this|these|those)\s+(?:remarks?|comments?)\b")
"""(fx68) "made the remarks/comments at …" after a sentence with no quotation marks: the remarks are told of, not given
("The talks lasted two hours. X made the comments after the talks.": narrative, no one's words), so the sentence before
is not carried to the speaker as "X made this statement during …" carries it (`_said_this_before`); a quotation before
("“…” / X made the remarks when …") is still his (`_quotation_told_after`)."""
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+\b")
"""A capitalised word: a lead-in's verb before its subject ("Said the President: …"), or after a quotation before its
speaker ("“…” Said Hon. Prime Minister.", `_capitalised_verb_before_speaker`)."""
_TAG_TIME_AFTER = re.compile(r",?\s+(?:after\s+a\s+(?:short\s+|long\s+|brief\s+)?pause|moments?\s+later|later|afterwards"
                             # (hard47 velhara: "“…,” the head of state said, smiling, “…”"): how it was said, a
                             # smile or a laugh, set off after the verb or not
                             r"|smiling|laughing|with\s+a\s+(?:smile|laugh)"
                             # (hard44 perevalia_president_talks_sallowmere_prime_minister: "“…,” X said at the start of
                             # the talks, “…”"; twenty-eighth hard ostvald_governor_border_call: "Mr X said at the close
                             # of the call"): the moment of the meeting it spoke at
                             r"|(?:at|during)\s+the\s+(?:(?:start|beginning|opening|end|close|conclusion)\s+of\s+the\s+)?"
                             r"(?:call|talks|meeting|session|visit|discussion|briefing|ceremony|conversation"
                             r"|(?:news\s+|press\s+)?conference))\Z")
"""After a quotation's tag verb, when it spoke ("she added after a pause", "he said later", "X said at the start of the
talks", "Mr X said at the close of the call") or how ("he said, smiling", "with a laugh"): left out to find the verb."""
_TAG_TIME_ENDS = ("e", "r", "n", "s", "l", "g", "t", "y", "h")
"""The last letters of `_TAG_TIME_AFTER`'s endings ("pause", "later", "afterwards", "call", "meeting", "visit",
"ceremony", "laugh")."""
_PARTICLE_CUES = {"it": ("put", "puts"), "on": ("went", "goes"), "out": ("pointed", "points")}
"""The verbs whose particle ends a quotation's lead-in ("As X put it, “…”", "“…,” X went on, “…”"; fivehundredninetyfifth
polish_mfa wawrzyk_elsinore: "As Deputy Minister X also pointed out, “…,” by ensuring …", as "X noted, “…”")."""
_JOINT_TEXT_READS = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:[Jj]oint\s+)?(?:[Ss]tatement|[Dd]eclaration|"
                               r"[Cc]ommuniqu[eé]|[Dd]ocument)(?:\s+(?:adopted|issued|released|published|signed|agreed)\b"
                               r"[^.;:\"“”]{0,60}?)?\s+(?:says|reads|states|notes|stipulates)\b")
"""A joint text named as the subject of its own verb ("The statement says"), what was done with it maybe between
(hard67's trap: "The joint statement adopted at the end of the session reads: "…""): its quotation is no one's."""
_JOINT_TEXT = re.compile(r"\b[Jj]oint\s+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])\b")
"""A joint text quoted ("… adopted a joint statement. The statement says, in particular: “…”"):
several wrote it, so its words are no one's; the text's name may be capitalised as a title (styles23
samarkhia_korsundia_leaders_talks_trap: "… signed a Joint Declaration. “…,” the Joint Declaration reads.")."""
_TEXT_AND_ITS_OWNER_AFTER = re.compile(
    r"\s*,?\s+(?:(?:part\s+of\s+)?(?:(?:the|a)\s+(?:official\s+)?(?P<joint>joint\s+)?|(?P<their>their\s+(?:joint\s+)?))"
    r"(?:statement|communiqu[eé]|press\s+release|declaration)"
    r"(?:\s+(?:issued|released|published))?(?:\s+(?:by|from)\s+(?P<owner>[^,;.\"“”]{2,80}?))?"
    r"\s+(?:read|reads|said|says|stated|states)"
    r"|(?:read|reads|said|says|stated)\s+(?:the|a)\s+(?:official\s+)?(?P<joint2>joint\s+)?(?:statement|communiqu[eé]|press\s+release)"
    r"(?:\s+(?:issued|released|published))?(?:\s+(?:by|from)\s+(?P<owner2>[^,;.\"“”]{2,80}?))?)"
    r"(?:\s+(?:after|on|following|at|later|earlier)\b[^.;]*)?\s*[.;]?\s*$")
"""After a quotation, the text its words are from and who put the text out (hard53: "“…,” the statement by the
Minister's office read.", "“…,” read a statement released by the Council after the call.", "“…,” the joint
communiqué read."); "official" before the text's name too (sevenhundredfiftyeighth thehawk, ANI: "“…,” read the
official statement."): `_owner_of_text_read_after`. A group's own text, "their statement", "part of their statement"
(thousandtenth allafrica 2017-06-27: eleven Regional Commissioners' "“As his aides …, we will …,” part of their
statement said."), is a joint one: no one's words; never "his statement" or "her statement", one person's."""
_MEETING_VERBS = (r"(?:discussed|agreed|exchanged|reviewed|stressed|emphasi[sz]ed|welcomed|reaffirmed|reiterated|"
                  r"underlined|underscored|noted|expressed|highlighted|explored|considered|touched|addressed|"
                  r"praised|commended|pledged|committed|called|signed|held|met)")
"""The past verbs of a meeting's account whose subject is the sides ("they discussed …", "they reaffirmed …"): what a
bare "they" takes to be the meeting's pair (`_GROUP_OPENS_THE_WORDS`)."""
_GROUP_OPENS_THE_WORDS = re.compile(
    r"(?:(?:(?:During|At|In|After|Following)\s+(?:the|their|this|today’s|today's)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:meeting|meetings|talks|call|conversation|discussion|discussions|session|consultations|visit|dialogue)"
    r"[^,;:“”\x22]{0,40},\s+they\s+(?:also\s+)?[a-z]+ed)"
    r"|(?:[A-Z][^,;:“”\x22]{0,60},\s+)?(?:they\s+(?:also\s+)?" + _MEETING_VERBS + r"|(?:[Bb]oth\s+sides|[Tt]he\s+"
    r"(?:two\s+)?(?:sides|leaders|parties|delegations))\s+(?:also\s+)?[a-z]+ed))\b")
"""Quoted words that open, after a fronted phrase and its comma maybe, with a pair or a group as the subject of a past
verb ("During the meeting, they discussed …", "the two sides stressed …"): the meeting told in the third person
(`_group_told_by_a_text`); a bare "they" only after a fronted meeting phrase or before a meeting's verb
(`_MEETING_VERBS`), not "“During the vote, they ignored the warnings … and betrayed Ostravia,” the statement said."
(hr62: a third party attacked, the text's owner's words)."""
_A_TEXT_TELLS = r"(?:the|The)\s+(?:statement|communiqu[eé]|press\s+release|release|readout)\s+(?:said|says|added|noted|stated|read|reads|continued)"
"""A text as the subject of a speech verb ("the statement said", "The release added"): `_A_TEXT_TELLS_AFTER` and
`_A_TEXT_TELLS_BEFORE` are built on it."""
_A_TEXT_TELLS_AFTER = re.compile(r"[,.]?\s*" + _A_TEXT_TELLS + r"\b")
"""A text's tag right after a quotation's closing mark ("…,” the statement said.")."""
_A_TEXT_TELLS_BEFORE = re.compile(_A_TEXT_TELLS + r"(?:\s+that)?[\s,:]*\Z")
"""A text's tag that leads a quotation in ("The statement added that “…”")."""
_A_TEXT_TELLS_REACH = 48
"""How far before a quotation's opening mark `_A_TEXT_TELLS_BEFORE` is looked for."""


def _group_told_by_a_text(text: str, quote: Quote, lo: int, hi: int) -> bool:
    """Whether a quotation's words, from `lo` to `hi`, are a statement's or a release's account of what a pair or a
    group did (ninehundredeighth shafaq: "“During the meeting, they discussed …,” the statement said.", "The statement
    added that " the two sides stressed the need for …"): the text tagged by its noun, after or before the words, and
    the words opening with the group as a past verb's subject (`_GROUP_OPENS_THE_WORDS`): the pair's, no one's, even when
    the text is a person's office's; not "“The two sides agreed …,” the Minister said." (a person's own words). The
    anchored test of the words' opening first, then the text's tag within `_A_TEXT_TELLS_REACH` of the marks."""
    lo = skip_space(text, lo, hi)
    if _GROUP_OPENS_THE_WORDS.match(text, lo, hi) is None:
        return False
    after = quote.outer_end
    if _A_TEXT_TELLS_AFTER.match(text, after, min(len(text), after + _A_TEXT_TELLS_REACH)) is not None:
        return True
    before = max(0, quote.open_mark - _A_TEXT_TELLS_REACH)
    return _A_TEXT_TELLS_BEFORE.search(text, before, quote.open_mark) is not None


_TEXT_AND_ITS_OWNER_BEFORE = re.compile(
    r"\b[Ii]n\s+(?:a|an|the)\s+(?:official\s+)?(?:tweet|post|statement|communiqu[eé]|press\s+release|message)"
    r"(?:\s+(?:posted|issued|released|published|shared))?\s+(?:by|from)\s+"
    r"(?!(?:his|her|their)\b)(?P<owner>(?:[^,;.\"“”]|\.(?=\s+[A-Z])){2,80}?)\s*,"
    r"\s+it\s+(?:read|reads|said|says|stated|states)\s*[,:]?\s*$")
"""Before a quotation, the text its words are from and who put it out, the text the subject "it" (eighthundredsixteenth
latestly 2021-07-20, ANI: "In a tweet by PMO India, it read, "Shri X, the Governor of Jharkhand called on PM …"": the
office's words, not X's, whom they name): `_owner_of_text_read_after`, as `_TEXT_AND_ITS_OWNER_AFTER` after one. A
title's full stop in the owner ("In a tweet by Dr. X, it read, …": X's); not an owner of "his/her/their" ("In a post
from his official account, it read, …": the person's own text, read as before, his words)."""
_A_TEXT_NAMED_BEFORE = re.compile(r"\b(?:(?P<own>his|her|their)\s+(?:[\w-]+\s+)?)?"
                                  r"(?P<noun>statement|communiqu[eé]|press\s+release|letter|post|tweet|message|note)\b")
"""A text named in the sentences before a quotation tagged "it read" (`_IT_SAYS_AFTER`): the last one named is the
text "it" is; a person's own ("his statement", "a letter", "a post") is told as before, a statement, communiqué or press
release with no "his/her/their" (or none named) is a body's (`_said_by_it_after`)."""
_IT_TEXT_REACH = 400
"""How far back from a sentence's start `_A_TEXT_NAMED_BEFORE` is looked for (the paragraph or two before)."""
_BODYS_TEXT_NOUNS = ("statement", "communiqu", "press")
"""The openings of `_A_TEXT_NAMED_BEFORE`'s nouns that name a body's text (a statement, a communiqué, a press release),
not a person's own (a letter, a post, a tweet, a message, a note): `_said_by_it_after`."""
_OWNERS_OFFICE = re.compile(r"(?:’s|'s)\s+(?:press\s+)?(?:office|service)$")
_ASKING_VERBS = frozenset(("invited", "urged", "asked", "encouraged", "requested"))
_MANNER_OF_SAYING = re.compile(r"(?:smiled|laughed|grinned|beamed|chuckled)\b")
"""A verb of the manner of saying that tags a quotation only where it stands right after its closing mark (fivehundred
eightyseventh plzenskykraj chinese-delegation: "“For us, the number sixteen is a symbol of good luck …,” smiled Chinese
Ambassador H. E. Feng Biao."): the speaker's words, as "said"; no speech verb elsewhere ("The President smiled and
waved." is narrative), so only `_cue_after`, which reads what follows a quotation, tries it."""
_TO_DO_AFTER_OBJECT = re.compile(r"\s+to\s+(?!reporters\b|journalists\b|the\b|an?\b|his\b|her\b|their\b)[a-z]+\b")
"""After a quotation, "invited X to return …": X is asked to do something, the object, no inverted speaker
(`_cue_after`)."""
_JOINT_TEXT_LEAD_IN = re.compile(r"\b[Jj]oint\s+(?:statement|declaration|communiqu[eé])"
                                 r"(?:\s+(?:[a-z-]+\s+){0,8}?(?:reads|says|states)(?:,?\s+in\s+part)?)?\s*:\Z")
"""A paragraph that ends by introducing a joint text ("The conversation resulted in the following joint statement:"),
or whose subject is the joint text, read out (hard66 dorren_river_commission_trap: "The joint statement adopted at the
close of the meeting reads:"): the quotation that opens the next paragraph is that text, several wrote it, so its
words are no one's (not the last person named, who kept the minutes)."""
_JOINT_TEXT_LEAD_IN_REACH = 120
"""How far back from a quotation's paragraph `_JOINT_TEXT_LEAD_IN` is looked for: the end of the paragraph before."""
_BODY_NOUNS = r"(?:Cabinet|Ministry|Office|Presidency|Court|Government|Council|Secretariat|Department|Commission|Chancellery" \
              r"|Directorate|House|Palace|Kremlin|Pentagon)"
"""The last word of a body that puts out texts ("the Royal Cabinet", "the Holy See Press Office"), or of a seat of
government named for its office (sixhundredeightyfirst cuencahighlife 2020-02-10: "“This visit is …,” the White House said
in a press release.": the White House's words, not the president named in the paragraph before; "the Kremlin", "the
Pentagon", "the Elysee Palace"); a directorate ("Türkiye’s Communications Directorate")."""
_BODYS_TEXT_LEAD_IN = re.compile(r"\b(?:communiqu[eé]|statement|press\s+release)\s+(?:issued\s+)?(?:by|from)\s+the\s+"
                                 r"(?:[A-Z][\w’'-]*\s+){0,3}" + _BODY_NOUNS +
                                 r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?\s*:\Z")
"""A paragraph that ends by introducing a body's text (styles31 sarraqa_royal_cabinet_communique: "Here follows a
communiqué from the Royal Cabinet:" / "“His Majesty the King … received …"): the quotation is that body's document, its
marks only frame it, so its words are no one's direct speech (the persons it reports are read in its sentences)."""
_A_TEXTS_SOURCE = re.compile(r"\b(?:communiqu[eé]|statement|press\s+release)\s+(?:(?:issued|released|published)\s+)?"
                             r"(?:by|from)\s+")
"""A text named with who put it out ("a statement released by …", "a communiqué from …"): its source follows."""
_IN_A_TEXT_THE_SOURCE = re.compile(r"\b[Ii]n\s+an?\s+(?:[\w-]+\s+)?(?:statement|communiqu[eé]|press\s+release)"
                                   r"(?:\s+[\w-]+){0,3},\s+")
"""A text named with who put it out as the subject after it ("In a statement today, the Ministry … said …", styles47
pelangor: then "“…,” the statement said." is the Ministry's text, no one's, not the minister's it tells of): its
source follows, as after `_A_TEXTS_SOURCE`."""
_A_BODY_AS_SOURCE = re.compile(r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}" + _BODY_NOUNS + r"\b"
                               r"|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)\s+(?:presidency|government|ministry)\b")
"""A body as a text's source, after `_A_TEXTS_SOURCE` ("the Holy See Press Office", "the Ministry"); a country's
presidency or government in lower case after its possessive (sevenhundredtwelfth radiotamazuj: "according to a
statement released by South Africa’s presidency")."""
_ACCORDING_TO_A_TEXT_AFTER = re.compile(r"according\s+to\s+an?\s+(?:official\s+|joint\s+|written\s+)?"
                                        r"(?=communiqu|statement|press\s+release)")
"""A text named right after a quotation as where it stands, its source to follow (`_A_TEXTS_SOURCE`; sevenhundredfortyeighth
trtworld: "“During the call, … were discussed,” according to a statement from Türkiye’s Communications Directorate …"); not reported_speech's
`_ACCORDING_TO_A_TEXT`, a text as a sentence's source wherever it stands."""
_THE_TEXT_SAYS = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:statement|communiqu[eé]|(?:press\s+|news\s+)?release)\s+"
                            r"(?P<outlet>on\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4})?(?:also\s+|further\s+|partly\s+)?"
                            r"(?:said|says|read|reads|stated|states|noted|notes|continued|continues|added|adds)\b")
"""A text as the subject that tells a quotation ("“…,” the statement said", "The statement continued: “…”", "the
statement notes that “…”", "the statement partly reads"): whose it is, the text named before with its source tells
(`_a_bodys_text_quoted`); or
the outlet it stands on, named in the tag ("“…,” the statement on SPA added.": an agency's text, `outlet`)."""
_SAYS_THE_TEXT = re.compile(r"(?:partly\s+)?(?:said|says|read|reads|stated|states|noted|notes|added|adds)\s+(?:the|this|its)\s+"
                            r"(?:official\s+)?(?:statement|communiqu[eé]|press\s+release)\b")
"""The same text as the inverted subject right after a quotation ("“…,” stated the press release.", sixhundredfirst mia
2020-05-21): read as "the press release stated" (`_a_bodys_text_quoted`); "partly" maybe before its verb, a part of the
text quoted (sevenhundredtwelfth radiotamazuj: "“The two also discussed …,” partly reads the statement."); "official"
maybe before the text's name (sevenhundredfiftyeighth thehawk, ANI: "“On this occasion, the Chief Minister had a detailed
discussion with the Governor …,” read the official statement.", not the official's words)."""
_AN_UNNAMED_RELEASE_FIRST = re.compile(r"[Aa]ccording\s+to\s+an?\s+(?:new\s+)?(?:press|news)\s+release\b"
                                       r"(?!\s+(?:issued\s+|released\s+|put\s+out\s+)?(?:by|from)\b)")
"""A release first named with no one as its source ("…, according to a press release."): the article's own source,
so "“…,” the release states." after it tells the release's words, no one's (sevenhundredfortyseventh abc4 trap)."""
_AN_UNNAMED_TEXT_SAYS = re.compile(r"[Aa]n?\s+(?:official\s+)?(?:statement|press\s+release)\s+(?:said|says|stated|states)\b")
"""An unnamed release telling a quotation right after it ("“…,” an official statement said here on Friday evening.",
sevenhundredthirtysecond business-standard): the release's own words, no one's, and "the statement" after it that same
text (`_a_bodys_text_quoted`, `_last_named_as_an_unnamed_text`); so too one opening a sentence before (eighthundredfirst
newsdrum garcetti: "An official statement said the CM and the US Ambassador had … . “Sai told him about … . The CM
informed that …,” the statement added.": the same release telling of Sai's words, his indirect statements)."""
_BODYS_TEXT_REACH = 2000
"""How far back a text's source is looked for, from "the statement" that tells a quotation (a short release's length)."""
_A_BODY_SAYS = r"(?:said|remarked|stated|noted|added|indicated|stressed|emphasi[sz]ed|underlined|underscored|pointed\s+out" \
               r"|tweeted|posted|reported)"
"""The verbs of a body telling a quotation right after it (`_A_BODY_SAYS_AFTER`; sixhundredfiftysixth 24kg 169478:
"«The parties have compared notes …,» the Foreign Ministry stressed.": stressed, emphasised, underlined or pointed
out as well as said; sevenhundredeightyseventh indianexpress 2019-09-17: "“Mr X, Ambassador of #USA to #India, called on
the #ArmyCdrEC at Fort William, Kolkata on 16 Sep. …,” tweeted the Eastern Command.": a post, tweeted or posted; or
reported, eighthundredsixth somalidispatch: "“…,” a statement from the Hirshabelle presidency reported.")."""
_A_SAYING_BODY = r"(?i:Embassy|Consulate|Press\s+Service|Service|Agency|Authority|Report|Command|Bhavan|Bhawan|Niwas|" \
                 r"Nivas|" + _BODY_NOUNS[3:]
"""A body's last word as `_A_BODY_SAYS_AFTER` reads it, either side of its verb: `_BODY_NOUNS`, an embassy, a consulate,
a press service, a report or an army's command ("the Eastern Command", not "the Commander"), in any case; an Indian seat
of office named for its house, as "the White House" is ("the Rashtrapati Bhavan", "the Raj Bhavan", "the Raj Niwas");
a service, an agency, an authority (styles64's trap: "“The scanners will be in service …,” the Service said in a
statement.": the customs service's words, not the ambassador's named before)."""
_A_BODY_SAID_TAG = r"[Ss]aid\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}" + _A_SAYING_BODY \
    + r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?(?=[\s,]*(?:[.;]|on\b|in\b|at\b|after\b|$))"
"""A body printed after "Said" with no article or with one, and nothing after it but the sentence's end or an adverbial
(hard87, hard88: "“…,” Said State House.", "“…,” Said the Ministry of Disaster Management."; the 885th's newsmoto
"“…” Said State House on Wednesday."): the body's words, as after "said the Ministry"; not "Said Ministry spokesman X"
(a person after the body's word) nor "Said President X" (no body's word)."""
_A_POST_FROM = r"(?:an?\s+(?:tweet|post|(?:press\s+)?release|message|statement)\s+(?:from|by)\s+)?"
"""A post or a release named before the body that put it out, right after a quotation (sevenhundredninetythird
lokmattimes 2022-05-25, IANS: "\"Dr X, Chief Minister of Tripura, along with his wife …, called on President Y at
Rashtrapati Bhavan,\" a tweet from the Rashtrapati Bhavan said."); or a statement (eighthundredsixth somalidispatch:
"“The president … met with Colonel X …. The Colonel apologized to the President …,” a statement from the Hirshabelle
presidency reported."): the body's words still, no one's, read as its sentences tell."""
_AN_INTERNATIONAL_BODY = r"(?:UN|UNSOM|UNICEF|UNDP|UNHCR|UNFPA|OCHA|WFP|WHO|IOM|FAO|ILO|AU|AMISOM|ATMIS|AUSSOM|IGAD|EU|" \
                        r"OSCE|NATO|ASEAN|ECOWAS|SADC)"
"""An international body by its initials, the tag of a quotation right after it with its country office maybe
(eighthundredsixth radiodalsan 2020-11-23: "“The UN envoy … James Swan and members of his team today held an
introductory e-meeting with …,” the UN Somalia said in a tweet."; "UNICEF Kenya said"): the body's words, no one's,
not the envoy's the quotation names (`_A_BODY_SAYS_AFTER`)."""
_AN_OFFICE_AFTER_THE_BODY = r"(?:Secretary|Under|Special|Deputy|Assistant|High|Chief|Head|Envoy|Ambassador|Representative|" \
                            r"Commissioner|Chair|President|Director|Coordinator|Spokes|Resident|Humanitarian|Country)"
"""An office's first word after an international body's initials ("the UN Secretary-General said", "the EU Ambassador
said", "the UN Resident Coordinator said"): a person, no country office."""
_A_BODYS_TEXT = r"(?:(?:[’']s)?\s+(?:statement|communiqu[eé]|(?:press\s+|news\s+)?release))?"
"""The text a body put out, named after the body as its subject (ninehundredfifth, Armenpress: "“The ambassador's first
visit to Syunik was for familiarization, …,” the Syunik government statement said."; "the Ministry’s statement said",
"the Embassy press release added"): the body's words still, no one's (`_A_BODY_SAYS_AFTER`), not the last speaker's as
a tag whose subject ends at "statement" was taken to be."""
_A_CITYS_BODY = r"(?i:City|Municipality)"
"""A city's or a town's government as the subject before its verb (ninehundredthirtyseventh economist 2021-03-26:
"“Therefore in this context, the two sides appreciate …,” the City added.", the City of Windhoek's release; "the
municipality said"): the body's words, no one's, not the mayor's named before; only as the plain subject before the
verb (`_A_BODY_SAYS_AFTER`'s third form), never inverted, where "said the City Mayor, X" is a person."""
_A_BODY_SAYS_AFTER = re.compile(
    r"[ ,]*(?:" + _A_BODY_SAYS + r"\s+the\s+(?:[A-Z][\w’'-]*\s+){0,3}" + _A_SAYING_BODY
    + r"(?![’']s)\b|" + _A_BODY_SAID_TAG + r"|" + _A_POST_FROM + r"the\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:" + _A_SAYING_BODY
    + r"|" + _A_CITYS_BODY + r")"
    + r"(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?" + _A_BODYS_TEXT + r"\s+" + _A_BODY_SAYS + r"\b"
    r"|(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,2}(?:CMO|PMO)\s+" + _A_BODY_SAYS + r"\b"
    r"|(?:the\s+)?" + _AN_INTERNATIONAL_BODY + r"(?:\s+(?!" + _AN_OFFICE_AFTER_THE_BODY + r")[A-Z][a-z][\w’'-]*)?\s+"
    + _A_BODY_SAYS + r"\b)")
"""A body as the inverted or plain subject right after a quotation ("“…,” remarked the Embassy of Japan in …", "“…,” the
Ministry said"; the noun in lower case too, sixhundredtwentyninth ewnews cuba: "During the virtual courtesy call, “both
sides acknowledged …”, the ministry noted."): the body's words, no one's, so not the last speaker's either
(`_said_by_a_body_after`); a press service too (sevenhundredfortyeighth russiaislworld: "“… It was agreed to step up
practical cooperation …,” the press service added.": the service's words, not the president's it reports on), or a
report ("“The leaders discussed …,” the report indicated.": a text's words, no one's); or a head's office as its
acronym, "the" or not (eighthundredfirst latestly sai: "“Today in New Delhi, Chhattisgarh CM … met PM …,” Chhattisgarh
CMO posted on X.": the Chief Minister's Office's post, not the Chief Minister's words; phrases' `_OFFICE_ACRONYMS`)."""
_SOURCES_SAY_AFTER = re.compile(r"[ ,]*(?:(?:official|party|government|diplomatic|informed|unnamed)\s+)?(?:sources|officials)"
                                r"\s+(?:said|say|revealed|reveal|told|added|claimed|indicated|confirmed|stated)\b")
"""Unnamed sources or officials in the plural telling a quotation right after it (sevenhundredthirtyeighth
punjabnewsexpress: "“PM Modi is likely to inaugurate the Rising Rajasthan Investment Summit, ” sources revealed."):
their words, no one's, so not those of a person the readout names nor of the other of a pair the words name
(`_told_by_unnamed_sources_after`)."""
_AN_OFFICIAL_SAYS_AFTER = re.compile(r"[ ,]*an?\s+(?:[\w-]+\s+){0,3}?official\s+(?:said|says|told|added|stated)\b")
"""One unnamed official brought in by "a"/"an", a qualifier maybe, telling a quotation right after it (hard85 roadshow:
"“…,” a tourism official said.", after the Board's chief executive had spoken; styles57's trap): no one the readout
names, so not the last speaker's words (an official "from the group" before the verb is one known by those words,
`People.unnamed_official_after_a_quote`, read before this)."""
_JOINT_VOICE = re.compile(r"We, (?:the )?(?:[\w’'-]+ ){0,3}(?:Presidents|presidents|leaders|Leaders|Heads|heads|Ministers|ministers"
                          r"|participants|Participants|members|Members|undersigned|representatives|Representatives)\b")
"""A quotation in which several speak as one ("We, the Presidents of …, reaffirm"): a joint text's."""
_PROMISE_ONLY = re.compile(r"\b(?:promised|offered|pledged|vowed|undertook)\s+to\s+(?:[a-z]+\s+){0,2}?[a-z]+[.!]?$")
"""A statement that ends in a bare promise to act ("… promised to help."), nothing told after it (`_promise_only`)."""
_WHO_ALSO_URGED = (r"(?:urged|warned|recalled|thanked|welcomed|praised|assured|reiterated|invited|conveyed|proposed|"
                   r"suggested|explained|insisted|appealed|called\s+(?:on|for|upon)|"
                   # (ninehundredseventyfirst namibianewsdigest: "“…,” stated the governor, who further said business
                   # people are important stakeholders …": the plain verb of saying after the relative, with its "also" or
                   # "further", a second report as "who added that")
                   r"said|stated)\b")
"""The past forms of GOLD-FORMAT's verbs a relative "who" takes after a quotation's attribution clause, the report going
on from "who" (hard71: "“…,” said the President, who also urged the Kalimbrean envoy, Mr. X, to press for …"); the
past forms `_ADDING` reads as a participle too (added, noted …) are its own."""
_WHO_GOING_ON = r"who\s+(?:also\s+|further\s+)?"
"""The relative that opens a report going on after a quotation's attribution clause, with its "also" or "further"
("who further said …", `_ADDING`)."""
_WHO_SAID = re.compile(_WHO_GOING_ON + r"(?:said|stated)\b")
"""The relative with the plain verb of saying (`_WHO_ALSO_URGED`'s "said", "stated"), which after an aside naming
another, the one told or the one spoken of, is that one's (`SentenceReading._goes_on_after_clause`)."""
_NO_HOSTS_WELCOME = (r"(?!\s+(?:the\s+|our\s+|his\s+|her\s+|their\s+)?(?:visiting\s+|foreign\s+)?"
                     r"(?:delegation|delegations|delegates|guests|visitors|participants)"
                     r"(?:\s+(?:to|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?\s*[.!])")
"""After "welcoming" as a quotation's tag goes on: not a host's welcome of the guests that ends the sentence
(ninehundredsixth namibiadailynews 2022-06-10: "“…,” Governor X said welcoming the delegation."): a reception, narrative
(the 812th's and 819th's decision, "welcomed the guests"), no words reported; "welcoming the decision …", "welcoming the
delegation and noting that …" still go on; the guests' place after "to" or "from" too (hr62: "… Trask said welcoming
the delegation to Vell.", "… said welcoming the visiting delegation from Lorvia.")."""
_ADDING = re.compile(r"\s*(?:,\s*while\s+(?:also\s+)?|,?\s*(?:and\s+)?)(?=" + _WHO_GOING_ON + _WHO_ALSO_URGED + r"|"
                     r"(?:" + _WHO_GOING_ON + r"(?=(?:added|noted|stressed|emphasi[sz]ed|underlined|pointed|"
                     r"expressed)\b))?(?:adding|noting|stressing|emphasi[sz]ing|underlining|pointing|"
                     r"saying|explaining|recalling|expressing|calling|urging|warning|stating|"
                     r"thanking|welcoming" + _NO_HOSTS_WELCOME + r"|praising|commending|congratulating|inviting|assuring|"
                     r"reiterating|wishing|reaffirming|highlighting|underscoring|reminding|condemning|"
                     # (fivehundredeightythird dailynews oman_farewell: "“…,” the Ambassador said, promising stronger
                     # friendship and cooperation …": a promise, proposal or suggestion, GOLD-FORMAT's verbs too)
                     r"promising|proposing|suggesting|"
                     # (sevenhundredtwentyeighth newsofemirates tsai_youngkin: "Taiwan is “…,” he said, announcing the
                     # establishment of a Taiwan-Virginia economic development office.": an announcement, GOLD-FORMAT's too)
                     r"announcing|"
                     # (ninehundredfortyseventh dredgingtoday: "“…,” Ang said, appealing for public cooperation to stop
                     # dumping trash into rivers.": an appeal for something or to someone, as "urging" and the lexicon's
                     # "appeal"; not "appealing" alone, an adjective)
                     r"appealing(?=\s+(?:for|to)\s)|"
                     # (eighthundredsixtyseventh leadership 2022-07-11: "“…,” the Emir said, praying to Allah to grant the
                     # governor more strength, good health …": a wish voiced to God, as "wishing" and the lexicon's "prayed
                     # to God to"; not "praying at the mosque", a prayer said and no words reported)
                     r"praying(?=\s+(?:that\b|to\s+(?:the\s+)?(?:Almighty\s+)?(?:Allah|God|the\s+Almighty)\s+"
                     r"(?:Almighty\s+)?(?:to|that|for)\b))|"
                     r"added|noted|stressed|emphasi[sz]ed|underlined|pointed|expressed|"
                     r"(?:hopeful|confident)(?=\s+that\b)|"
                     # (fivehundredfourteenth ANTARA: "“…,” Toshimitsu noted, citing that this month, Japan’s government
                     # will establish …": "citing that" tells what he said, as "adding that"; not "citing figures")
                     r"citing(?=\s+that\b)|"
                     # (the 1013th's westfm vihiga-governor-corruption: "“…,” he said, revealing that they’ve availed all
                     # documents required for the investigations.": a thing made known, as the lexicon's "revealed that";
                     # only before "that", not "revealing the plaque", an unveiling)
                     r"(?:revealing|disclosing)(?=\s+that\b)"
                     # (hard52 velmara_foreign_ministry_handover: "“…,” the outgoing minister told the staff, before
                     # going on to thank the embassies …": the report goes on after the quotation, "before" its own)
                     r"|(?:before\s+)?going\s+on\s+to(?=\s+[a-z]))\b)")
"""After a quotation's attribution clause, the report that goes on ("…,” X said, adding
that …"): it ends where that report's verb begins. Any speech participle of GOLD-FORMAT's
list opens such a report (hundred-eighteenth: "“…,” Volodymyr Zelenskyy said, thanking Justin
Trudeau for the consistent and firm support …"; eighthundredtwentyfourth tashkenttimes: "…,” said X, speaking at the
Business Forum, while noting that …": "while" after the comma, the same report going on), and so does a hope or a conviction with its
that-clause (four-hundred-thirty-first, gov.me: "“…,” the Prime Minister noted, hopeful that NATO
made the right decision …": GOLD-FORMAT's belief and hope; not "hopeful" alone). A relative "who" before the past
form goes with it (sixhundredfiftyninth newsroompanama 2014-03-09: "“…”, said Alvarez De Soto, who added that
Panamanian authorities have received …": his report goes on, from "who")."""
_ASIDE_OPENINGS = (", according to ", " of ", " about ", " on ", " at ", " during ", ", speaking ")
"""How a short aside between a quotation's attribution clause and its "adding" opens (`_goes_on_after_clause`; " at ":
four-hundred-seventy-second turkmenistan_gov airport133, "“…,” President X said at the end of the conversation,
wishing Y and his family good health …"; " during ": sevenhundredfiftyninth sarajevotimes zvizdic_brasseur, "“…“, said
Zvizdic during the meeting, expressing his gratitude with the current chairmanship.", the occasion's aside; ", speaking ":
eighthundredtwentyfourth tashkenttimes, "“…,” said Rustam Minnikhanov, speaking at the Business Forum, while noting that
…", where he spoke, set off by commas)."""
_ASKED_OR_TOLD = (" asked", " asks", " told", " tells")
"""The attribution verbs that may take the one spoken to before the "and" of a second report (`_goes_on_after_clause`)."""
_LISTENER_PRONOUNS = (" him ", " her ", " them ")
_NOT_IN_AN_ASIDE = re.compile(r"[.;:!?“”\"«»]|\b(?:who|which|that|and|but)\b")
"""What a short aside before "adding" never holds: a sentence's end, a quotation mark, a clause of its own."""


def _adding_after_an_aside(text: str, lo: int, start: int, hi: int, office: bool = False) -> re.Match[str] | None:
    """The participle that goes on after a short aside that opens at `start`, the attribution clause ending at `lo`,
    and closes on a comma within 72 characters of `lo` (`_goes_on_after_clause`): "…,” Haller said, according to a
    statement from his office, adding that …"; with `office`, the aside must be the speaker's office set off by commas,
    his name ending at `lo` (fivehundredeightyseventh plzenskykraj chinese-delegation: "“…,” said Rudolf Špoták,
    Governor of the Pilsen Region, recalling that the debate did not avoid …": the name's aside, `is_office_aside`, the
    report going on at the participle as after "said X, adding that"). None when the aside holds a clause of its own
    (`_NOT_IN_AN_ASIDE`), or no participle follows it."""
    comma = text.find(",", start, min(hi, lo + 72))
    if comma < 0 or _NOT_IN_AN_ASIDE.search(text, lo + 1, comma) \
            or office and not is_office_aside(text, lo + 2, comma):
        return None
    return _ADDING.match(text, comma, hi)
_INTRODUCES_A_QUOTATION = re.compile(r"[a-z]+(?:[:,]\s*|\s+)[“”\"«]")
"""(hundred-thirteenth) "…,” X said, adding: “…”": the participle and its colon only introduce the next
quotation (GOLD-FORMAT: such words belong to no statement), no report goes on; so with a comma (fivehundredsixtythird
djournal daibing: "“…,” Oh said during the meeting, adding, ”I hope …”", the opening mark typed as a closing one), and
with no mark between (sixhundredfortysixth jamaicaobserver 237795: "“…,” the secretary general said, adding “Barbadians can
face …”.")."""
_AND_THEN = re.compile(r"(?:\s*,\s*[a-z][^,.;:!?“”\"]{0,80}?)?\s*,?\s+(?:and|but)\s+(?:also\s+)?(?=[a-z]+ed\b)")
"""After a quotation's attribution clause, an "and" (after an aside, maybe) before a
verb in the past: "…,” the President said, addressing the staff, and thanked them …"; a "but"
joins the same second report (hundred-twenty-fourth: "…,” the Head of State said, but added that
the possibility … must not be lost")."""
_SAID_RIGHT_BEFORE = (" said", " says", " stated")
"""A verb of saying right before a quotation in lower case, no comma between (fourhundredninetieth stvincent_gov
summit_americas: "The Prime Minister said “the President of the United States … does not have the right to exclude
anyone ….”"): the quotation is what was said, the speaker's direct words, not a phrase the sentence's grammar needs."""
_SAID_TO_LISTENER = re.compile(r"\s+to\s+[^,;:.!?()“”\"«»]{2,70}")
"""After "said"/"says" and right before a quotation with no comma or colon between, the one it was said to
(`_said_to_listener_before`)."""
_AND_A_VERB = re.compile(r"[,.]?\s+and\s+(?:also\s+|then\s+)?(?=[a-z])")
"""After a quotation that a cue before it led in, the "and" of its speaker's second report ("“…,” and said …";
`_report_after_its_quotation`)."""
_BY_DOING_AFTER = re.compile(r"\s+(by\s+[a-z]{3,}ing\b)")
"""After a quotation that a cue before it led in, the means its speaker named for it ("As X pointed out, “To guarantee
a better future, we should invest in the young generations,” by ensuring a system of education …": the way to do what
the words say, his report; `_report_after_its_quotation`)."""
_AND_VERB_BETWEEN_QUOTES = re.compile(r"\s*,?\s*and\s+(?:also\s+|further\s+|then\s+)?([a-z]+)(?:\s+that)?\s*,?\s*$")
"""Between two quotations of one sentence, only an "and" and a speech verb ("X said, “…,” and added, “…”"; "…," and
further vowed that "…"): the second quotation is the first one's speaker's too (`_second_quotation_joined_by_and`)."""
_APPEAL_BEFORE_COLON = re.compile(
    r"[^:;.!?“”\x22]*?\b(?:urged|urges|called\s+(?:on|upon)|calls\s+(?:on|upon)|appealed\s+to|encouraged|encourages|"
    r"invited|invites|asked|asks)\s+(?:[\w’'.-]+\s+){1,6}?to\s+(?!the\b|an?\b|his\b|her\b|their\b|this\b)[a-z]{2,}\s+"
    r"(?:[\w’'.,-]+\s+){2,}[\w’'.-]+\s*$"
    # ("He thanked the volunteers for their work in the flooded villages:", "She called for an end to
    # the shelling of the city:": the thanks or the call with what it is for)
    r"|[^:;.!?“”\x22]*?\b(?:thanked|thanks|called\s+for|calls\s+for|urged|urges)\s+(?:[\w’'.-]+\s+){0,6}?"
    r"(?<=\bfor\s)(?:[\w’'.,-]+\s+){2,}[\w’'.-]+\s*$"
    # (two-hundred-second 74729: "Ihor Zhovkva thanked the heads of diplomatic missions of the European Union who
    # returned to Kyiv to fulfill their duties:": the thanks with what they are for, in a who-clause)
    r"|[^:;.!?“”\x22]*?\b(?:thanked|thanks)\s+(?:[\w’'.-]+\s+){1,10}?(?<=\swho\s)(?:[\w’'.,-]+\s+){2,}[\w’'.-]+\s*$")
"""A lead-in to a quotation that is itself an appeal with its content: "She also urged domestic
tourists to ask for audio guides in their native language at leading museums:" (a verb of appeal,
whom it is made to, "to" and a verb, and at least three words after it); not "X asked:", "X called
on the participants:", nor "X invited the guests to the stage:" (no verb after "to")."""
_STATING_WORDS = ("noted", "stressed", "emphasi", "underlined", "underscored", "highlighted", "pointed out",
                  "stated", "said", "added", "explained", "believes", "convinced", "informed", "spoke", "talked",
                  "asked", "inquired", "enquired", "characteri", "described")
_CONTENT_BEFORE_COLON = re.compile(
    # (sixhundredeightieth report.az hoagland: "R.Hoagland also added that at present Russia leads the process: “…”": an
    # initial's full stop is no sentence's end)
    r"(?:[^:;.!?“”\x22]|(?<=\b[A-Z])\.)*?\b(?:(?:(?:noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|pointed\s+out|"
    # (fivehundredthirtysixth colombiaemb trujillo-pompeo: "In addition, he explained the coordination that is being
    # developed so that humanitarian aid reaches Venezuela:": what he explained, a noun object, as "noted the …:")
    r"explained)\s+"
    r"(?:that\s+|(?:the|his|her|their|its)\s+(?!following\b|words?\b|same\b)(?=[a-z]))"
    r"|(?:stated|said|added|explained|believes|is\s+convinced)\s+that\s+"
    # (three-hundred-eighty-seventh ua 75897: "The President's wife also informed about the program of psychological
    # support for the citizens of Ukraine, launched at her initiative:": what she told of, a topic with its words)
    r"|(?:informed|spoke|talked)\s+(?:about|of|on)\s+(?:the|his|her|their|its)\s+(?!following\b|words?\b|same\b)(?=[a-z])"
    # (sixhundredeleventh saeima french_ambassador: "The Speaker of the Saeima characterised the relations between Latvia
    # and France as excellent with great potential for continued development:": his view of them, stated)
    r"|(?:characteri[sz]ed|described)\s+(?:the|his|her|their|its)\s+(?:[\w’'.,()-]+\s+){1,12}?as\s+(?=[a-z]))"
    r"(?:[\w’'.,()-]+\s+){2,}[\w’'.)-]+\s*$"
    # (four-hundredth belarus_president_2024-01-25_sergeyenko_report: "The head of state also asked questions concerning
    # the personnel situation:": what he asked about, a topic of two words or more, as "informed about the program …:";
    # not "asked about the following:")
    r"|(?:asked|inquired|enquired)\s+(?:(?:a\s+number\s+of|several|some|a\s+few|many)\s+)?(?:questions\s+)?"
    r"(?:about|concerning|regarding|on)\s+(?:the|his|her|their|its)\s+(?!following\b|words?\b|same\b)(?=[a-z])"
    r"(?:[\w’'.,()-]+\s+)+[\w’'.)-]+\s*$)")
"""(hundred-forty-seventh) A lead-in to a quotation that says something of its own: "In addition, X noted the
great role of women in this war, each of whom does her best for the victory:", "X stressed that women are
strong and ready:" (a verb of stating with a that-clause or a noun object, three words or more; "informed about
the program of …:", a topic told of): the
speaker's indirect statement, only the colon leads in (GOLD-FORMAT's "X noted the importance of Y and
stressed: “…”"); not "X noted the following:", "X recalled the words of …:", "X addressed the people …:"."""
_OTHER_SPEAKER_CLAUSE = re.compile(r",\s+((?:before|after|while|whereas)\s+(?:the\s+)?[A-Z][\w’'.-]*)")
"""After a quotation's attribution clause, a clause of someone else's: "…,” X said, before the
Prime Minister assured him …" (the clause is read for its own speaker)."""
_AS_OTHER_SPEAKER_CLAUSE = re.compile(r" as ((?:the )?[A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}) [a-z]+ed\b")
"""After a quotation's attribution clause with no comma, an "as" clause whose subject is named and whose verb is in the
past: "…,” said Dr X as Mr Y utilised the opportunity to invite …" (the clause is read for its own speaker, as
`_OTHER_SPEAKER_CLAUSE`'s); not "said X as he left", whose subject is the speaker himself."""
_LEAD_SPACE = re.compile(r"[ :\t]*")
_TAIL_PUNCT = re.compile(r"[ .,;!?\t]*")
_SPEECH_PARTICIPLE_OPENING = re.compile(
    r"(?:Noting|Pointing\s+out|Stressing|Emphasi[sz]ing|Underlining|Underscoring|Highlighting|Recalling|Observing|"
    r"Reiterating|Reaffirming|Acknowledging|Saying|Arguing|Insisting|Warning|Explaining|Adding|Stating|Citing)\s+"
    r"(?:that|the\s+(?:importance|need|necessity|significance|value)\s+of)\s")
"""A sentence that opens with a speech participle and its that-clause ("Pointing out that …, X told …:"), or with
the weight it gives a thing, which "X stressed the importance of …" reports as well (four-hundred-third ua 75209:
"Stressing the importance of visiting Kyiv at this crucial time for us, the Head of State said: "…""; not a feeling,
"Expressing optimism about …, X stated:", two-hundred-seventy-third, a lead-in). "Stating that" and "Citing that" too
(eighthundredeightieth risingnepal 2023-03-31: "Citing that it was a celebratory moment that Nepal-America friendship
has completed 75 years, ambassador Thompson said, "…"": "citing" with a that-clause, South Asia's English for "stating
that", a report of its own; not "Citing the example of …", a thing put forward, no that-clause)."""
_SPEECH_PARTICIPLE_INITIALS = frozenset("NPSEUHROAIWEC")
"""The first letters of `_SPEECH_PARTICIPLE_OPENING`'s participles: a sentence opening with none of them is not
matched against the pattern (a cheap test first)."""
_OWN_OBJECT_AFTER_CUE = re.compile(r" (?:a|an|the|his|her|its|their|plans?|that)\s+\w+\s+\w+")
"""A verb after a quotation that has an object of its own, some words long ("…”, he announced a new transfer service
…"), not a bare "he said" or "he told reporters"."""


def _participle_leads_in(text: str, s0: int, quote: Quote) -> bool:
    """Whether the sentence opens with a speech participle's "that" right before its quotation ("Adding that “…”, he
    said."): words that lead the quotation in, no one's (cheap tests first: a capital a participle opens with, a
    short lead)."""
    if text[s0] not in _SPEECH_PARTICIPLE_INITIALS or not 8 < quote.open_mark - s0 < 24:
        return False
    opening = _SPEECH_PARTICIPLE_OPENING.match(text, s0, quote.open_mark + 1)
    return opening is not None and opening.end() == quote.open_mark


def _own_report_after_a_participles_quotation(text: str, s0: int, quote: Quote, cue_end: int, next_start: int) -> bool:
    """Whether a sentence that opens with a speech participle's "that" right before its quotation ("Adding that “…”,
    he announced …") goes on after the quotation with a cue whose verb has an object of its own: a report of its own."""
    return _participle_leads_in(text, s0, quote) and _OWN_OBJECT_AFTER_CUE.match(text, cue_end, next_start) is not None


def _speech_verb_alone_leads_in(lead: str) -> bool:
    """Whether the words between two quotations of one sentence are a speech verb alone and its comma, "and" maybe
    before it (fivehundredsixtyninth asiae: 'Governor Park stated, "…," adding, "…"'; 'He continued, "…," and added,
    "…"'): the verb, its subject the first quotation's speaker's, leads the second quotation in, which is that
    speaker's direct words too, not a phrase quoted inside a report (`_inside_report`). Cheap: a short lead, split."""
    if len(lead) > 24 or not lead.endswith(","):
        return False
    words = lead.strip(" ,").split()
    if words[:1] == ["and"]:
        words = words[1:]
    return len(words) == 1 and words[0] in _CUE_BEFORE_VERBS


_SAID_COMMA_LEADS_IN = re.compile(r"\b(?:said|stated|added|noted|remarked),[ “\"]*\Z")
"""A speech verb and its comma right before a quotation's mark ("…, X said, “…”", "he also said, “…”", "At the harbour,
the transport minister said, “…”"): the lead-in's end, whatever its subject and words before it."""
_AND_SAID_COMMA = re.compile(r"(?:\band\s+(?:[a-z]+\s+)?|,\s+[a-z][^,;“”\"]*,\s+)(?:said|stated|added|noted|remarked),"
                             r"[ “\"]*\Z")
"""A second verb of a report joined by "and" ("Ms. X said the ferry would run from May and later said, “…,” she
added.", hard81) or after a clause set off in lower case ("She said the government would build a pitch …, asked about
the old pitch, said, “…”", hard81): the report before it is hers, a statement, no lead-in (`_SAID_COMMA_LEADS_IN`);
still "The minister, Ms. X, said, “…”", a name set off."""
_PRONOUN_CUE_AFTER = re.compile(r"[,\s”\"]*(he|she)\s+(?:said|added|noted|stressed|emphasized)\b")
"""A bare pronoun's cue after a quotation ("…,” he said."): whose it is, the lead-in's speaker before a colon."""


_WRITTEN_BEFORE = re.compile(WRITTEN + r"\s+\Z")
"""A written text's noun right before a participle that tells what it says ("statement congratulating")."""
_WRITTEN_AFTER_QUOTE = re.compile(r"(?:wrote|writes|posted|tweeted)\b")
"""After a quotation and its author, a verb of writing ("“…,” President X wrote on social media"): read
only there, as "wrote a letter" elsewhere is narrative."""
_WRITTEN_READS_AFTER = re.compile(
    r",\s+(?:the|his|her|this|that|its)\s+(?:[\w-]+\s+)?(?:cable\b|" + WRITTEN + r")\s+"
    r"(?P<author>(?:by|from)\s+[^,.;:“”\x22]{1,60}?\s+)?(?:reads|read|says|said|states|stated|notes|noted)\s*[.;]?\s*$")
"""After a quotation whose closing mark stands before its comma, a written text that names
no author as its source ("“… foreign policy course”, the message reads."): the quotation is
the text's words, so speech (`_is_speech`), whoever sent it; or that names its author after
"by" or "from" (sixhundredfifteenth lrs 2021-05-04: "‘…’, the congratulations letter by the
Speaker of the Seimas reads."): the author's words (`_author_of_writing_after`)."""
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+")
_TEXT_FOLLOWS_OPENINGS = ("Below ", "Here ", "The following ", "Following ", "The full text ", "The text ")
_TEXT_FOLLOWS = re.compile(
    r"(?:(?:Below|Here|The\s+following|Following)\s+is\s+the\s+|The\s+)(?:full\s+|complete\s+)?text\s+of\s+"
    r"(?:the|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?" + WRITTEN + r"(?:\s+follows)?[.:]\s*$")
"""A paragraph that says a written text follows, naming no author: "Below is the full text
of the message." / "The full text of the letter follows:" (`_after_message_lead_in`)."""
_RELEASE_NUMBER = re.compile(r"(?:Ref(?:erence)?|Press\s+[Rr]elease|No)\.?(?:\s+No\.?)?\s*:?\s*[\w/.-]*\d[\w/.-]*\s*$")
"""A press office's reference line over its release, all that may stand before a message it prints whole: "Ref:
2025/PR/109", "Press Release No. 14/2021" (`_only_a_release_number_before`)."""
_REMARKS_LEAD_IN = re.compile(
    r"(?:(?:Here|Below)\s+(?:are|is)\s+|(?:The\s+)?(?:[Ff]ull|[Cc]omplete)\s+(?:[Tt]ext\s+of\s+)?)"
    r"(?:(?P<owner>[^,:.()]{3,80}?)[’']s?\s+(?:full\s+|complete\s+|prepared\s+)?[Rr]emarks"
    r"|[Rr]emarks\s+(?:by|of)\s+(?P<by>[^,:.()]{3,80}?))"
    r"(?:,?\s+\(?[Aa]s\s+[Pp]repared\s+[Ff]or\s+[Dd]elivery\)?)?(?:,?\s+(?:at|to|on|during|before|from)\s+[^:]{1,120}?)?"
    r",?(?:\s+follows?|\s+(?:are|is)\s+(?:provided|included|printed|given))?(?:\s+below)?\s*[.:]?\s*$")
"""A paragraph that says a named person's remarks follow, printed whole with no quote marks (White House
releases of 2025, hundred-seventy-third): "Full Remarks by First Lady X", "Full text of X’s remarks, as prepared
for delivery:", "The full text of the First Lady’s remarks, as prepared for delivery, follows below.", "Here are
X’s full remarks, as prepared for delivery, at the Y Awards." (`_remarks_lead_in`)."""
_REMARKS_LEAD_IN_OPENINGS = ("Here ", "Below ", "Full ", "full ", "Complete ", "The full ", "The complete ")
_ARTICLE_BY_LEAD_IN = re.compile(
    r"(?:[^.:;]{0,160}?\s)?(?:published|printed|carried|ran)\s+(?:an\s+|the\s+)?(?:article|op-ed|opinion\s+piece)"
    r"\s+by\s+(?P<by>[^,:.()]{3,80}?)\s*[.:]?\s*$")
"""A lead that says a newspaper printed a named person's article (three-hundred-thirty-ninth kremlin_17180: "Ahead of the
Russian President’s official visit to India, The Hindu published an article by Vladimir Putin.", then "* * *" and the
article with no label): `_article_lead_in`."""
_OWN_FULL_REMARKS = re.compile(
    r"(?P<owner>[^,:.()]{3,80}?)[’']s?\s+(?:full|complete)\s+(?:text\s+of\s+(?:the\s+)?)?(?:[Rr]emarks|[Ss]peech|[Aa]ddress|[Mm]essage)"
    r"(?:,?\s+\(?[Aa]s\s+[Pp]repared\s+[Ff]or\s+[Dd]elivery\)?)?(?:,?\s+(?:at|to|on|during|before|from)\s+[^:]{1,120}?)?"
    r",?\s*[.:]?\s*$")
"""A paragraph that opens with the speaker's name and says their remarks follow whole (hundred-eighty-sixth):
"First Lady X’s full remarks, as prepared for delivery:" (`_remarks_lead_in`; guard: "s full " / "s complete ")."""
_FULL_TEXT_OF_MESSAGE = re.compile(
    r"(?:The\s+)?(?:[Ff]ull|[Cc]omplete)\s+[Tt]ext\s+of\s+(?P<owner>[^,:.()]{3,80}?)[’']s?\s+"
    r"(?:[Mm]essage|[Ss]tatement|[Ll]etter)\s*:\s*$")
"""A heading that says a named person's written message follows whole (hundred-eighty-sixth): "Full Text of First
Lady X’s Message:" (`_remarks_lead_in`)."""
_REMARKS_HEADING_AS_PREPARED = re.compile(
    r"(?:(?P<owner>[^,:.()]{3,80}?)[’']s?\s+(?:[Ff]ull\s+|[Pp]repared\s+)?[Rr]emarks"
    r"|[Rr]emarks\s+(?:by|of)\s+(?P<by>[^,:.()]{3,80}?))"
    r"(?:\s+(?:at|to|on|during|before)\s+[^():]{1,120}?)?\s+\([Aa]s\s+[Pp]repared\s+[Ff]or\s+[Dd]elivery\)\s*$")
"""A heading, with no lead-in before it, that names whose prepared remarks follow (hundred-eighty-eighth):
"First Lady X’s Remarks (As Prepared for Delivery)", "Remarks by X at the Y Summit (As Prepared for Delivery)"
(`_remarks_lead_in`; only where the paragraph holds "Prepared for Delivery")."""
TITLE_REMARKS_OPENINGS = ("Remarks by ", "Press remarks by ", "Opening remarks by ", "Press statement by ", "Statement by ")
"""A title that says whose remarks the body is, printed with no attribution (two-hundred-seventy-eighth: "Remarks by
President Donald Tusk after his meeting with President of Ukraine Petro Poroshenko" / "Mr President, my dear
Ukrainian friends, …"; three-hundredth: "Statement by Herman VAN ROMPUY, President of the European Council,
following his meeting with …" / ""President Schmitt and I had …") (`_titled_remarks_by`)."""


_HOST_THEN_STATEMENT = re.compile(
    r"(?P<host>[A-Z][^,:;()]{2,90}?)(?:,|:)? (?:[Pp]ress )?(?:[Ss]tatement|[Rr]emarks) (?:[Ff]ollowing|[Aa]fter|[Uu]pon) ")
"""A title that names its host first, then says the body is the host's statement or remarks after an event: the
heading of a press release printed by the host's office ("Herman Van Rompuy President of the European Council Press
Statement following the meeting with Prime Minister Mark Rutte", three-hundred-thirty-second eu_council rutte), as
"Statement by X following …" says it (`_titled_remarks_by`, which asks that the words before the heading be a name)."""


_CROSSHEAD_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SINGULAR_FIRST_PERSON = re.compile(r"\b(?:I|me|my|myself|mine)\b")
"""The speaker's own self in a quotation (`_speaker_not_named_in_own_words`); not "we", which may hold the one named."""


def _quoted_crosshead(text: str, quote: Quote, s1: int) -> bool:
    """Whether the quotation is a crosshead: a paragraph that is one quotation alone, with no stop inside or after it,
    its words in a headline's case, every word of four letters or more capitalised but the small ones a headline may
    leave in lower case (`_HEADLINE_SMALL_WORDS`), four such words at least
    (eighthundredninth, Turan News: "“We’ve Arrived in Kyrgyzstan with Over 50 Company Representatives”" between the
    host's and the guest's reports): a heading the page set in quotes, no one's words, as the title line is; not a
    quotation in a sentence's case ("“We have arrived with many companies”")."""
    if quote.close_mark is None or text[quote.outer_end:s1].strip() or quote.end - quote.start > 120:
        return False
    if text.find(". ", quote.start, quote.end) >= 0 or text[quote.end - 1:quote.end] in ".!?…":
        return False
    words = _CROSSHEAD_WORD.findall(text, quote.start, quote.end)
    long_words = [word for word in words if len(word) >= 4 and word.casefold() not in _HEADLINE_SMALL_WORDS]
    return len(long_words) >= 4 and all(word[0].isupper() for word in long_words)


_TOPIC_PREPOSITIONS = frozenset(("on", "about", "over", "regarding", "concerning"))
"""A preposition between a lead-in's opening verb and the person after it (ninehundredsixtyninth malaymail 2020-02-24:
"Asked on Amirudin’s whereabouts, Borhan replied: “…”"): the person is what was asked about, no inverted speaker
("Asked the minister: “…”", "Added Mr X: “…”" keep the person right after the verb); `_inverted_lead_in`."""
_HEADLINE_SMALL_WORDS = frozenset({"with", "from", "into", "onto", "upon", "over", "than", "that", "this", "amid",
                                   "near", "past", "till", "under", "after", "about"})
"""Prepositions and the like a headline may leave in lower case ("… in Kyrgyzstan with Over 50 …")."""


def _only_a_release_number_before(text: str, paragraph_start: int) -> bool:
    """Whether all the body before the paragraph at `paragraph_start` is a release's reference line (`_RELEASE_NUMBER`):
    a message printed whole under "Ref: 2025/PR/109" with no lead telling who wrote it, so the title's sender is its
    author (fourhundredninetyfirst maldives_mfa pr109: "Foreign Minister X sends congratulatory message to …" / "Ref:
    2025/PR/109" / "“On behalf of the Government … I would like to extend …”"). Guard: a short text before."""
    end = end_before_space(text, 0, paragraph_start)
    return 0 < end <= 40 and text.find("\n", 0, end) < 0 and _RELEASE_NUMBER.match(text, 0, end) is not None


def host_statement_heading(title: str) -> int | None:
    """Where the host's part of a title "X [office] Press Statement following …" ends (`_HOST_THEN_STATEMENT`), or
    None; a plain substring test first, as most titles hold neither word."""
    if "tatement " not in title and "emarks " not in title:
        return None
    heading = _HOST_THEN_STATEMENT.match(title)
    return heading.end("host") if heading is not None else None


TITLE_STATEMENT_FROM_OPENINGS = ("Statement from ", "A statement from ", "Statement From ")
"""A title that says whose statement the body is with "from", printed with no attribution and no quotation marks
(fivehundredseventyfifth yukongov 20-199: "A statement from Premier Sandy Silver on the Safe Restart Agreement" / "I am
very pleased to join …") (`statement_from_host_at`; the caller asks that the body open in the first person, as a
"Statement from the Press Secretary on …" that tells of the President does not)."""


def _no_sentence_in(text: str, lo: int, hi: int) -> bool:
    """Whether the paragraph at text[lo:hi] is lines with no sentence, as a release's contact or signature lines
    after a message ("Laura Seeley⏎Cabinet Communications", fivehundredseventyfifth yukongov pillai-dehart-whitehorse),
    which carry no one's message on: no stop inside or at its end, and more than one line or six words at most (not a
    message's sentence that lost its stop, twohundredsixtyninth uk_nio talks: "Since then I have been working …,
    including putting forward a number of proposals")."""
    end = end_before_space(text, lo, hi)
    if end <= lo or text[end - 1] in ".!?…:;”\"’'" or text.find(". ", lo, end) >= 0:
        return False
    return text.find("\n", lo, end) >= 0 or text.count(" ", lo, end) <= 5


def statement_from_host_at(title: str) -> int | None:
    """Where the host's name starts in a title "Statement from X on …" or "A statement from X on …"
    (`TITLE_STATEMENT_FROM_OPENINGS`), or None."""
    for opening in TITLE_STATEMENT_FROM_OPENINGS:
        if title.startswith(opening):
            return len(opening)
    return None


def remarks_opening_at(title: str) -> int | None:
    """Where a title's "Remarks by …" opening (`TITLE_REMARKS_OPENINGS`) starts: 0, or after a short topic the EEAS
    prints before it and a colon (three-hundred-twenty-sixth eu_eeas blinken_remarks: "United States: Remarks by High
    Representative/Vice-President Josep Borrell at the start of his meeting with …"; "Foreign Affairs Council: Remarks by
    …"): a topic of one to four capitalised words with no "by"; else None."""
    if title.startswith(TITLE_REMARKS_OPENINGS):
        return 0
    colon = title.find(": ", 0, 45)
    if colon < 2 or not title.startswith(TITLE_REMARKS_OPENINGS, colon + 2):
        return None
    topic = title[:colon].split(" ")
    return colon + 2 if len(topic) <= 4 and topic[0][:1].isupper() and "by" not in topic else None
_REMARKS_FOLLOW = re.compile(
    r"(?:(?:An?|The)\s+(?:(?:full|complete|unofficial|English|rush)\s+)?(?:translation|transcript|text)\s+of\s+)?"
    r"(?P<owner>[^,:.()]{3,80}?)[’']s?\s+(?:full\s+|complete\s+)?remarks\s+(?:follows?|(?:is|are)\s+available\s+below)"
    r"\s*:\s*$")
"""The last sentence of a paragraph that says a named person's remarks follow (styles8 formenia_presidential_office:
"A translation of President Lai's remarks follows:"; `_remarks_follow_of`), or are below (sixhundredfortyeighth, New
York's releases: "A rush transcript of the Governor’s remarks is available below:")."""
_TEXT_IS_BELOW = re.compile(r"The\s+(?:full\s+|complete\s+)?text\s+(?:is\s+(?:below|as\s+follows)|follows)\s*:\s*$")
_RELEASED_A_STATEMENT = re.compile(r"\b(?:has\s+|have\s+)?(?:released|issued)\s+a\s+statement\b")
"""A statement released, then "The full text is below:" (three-hundred-first ireland_taoiseach 2011-03-11_japan:
"Taoiseach Enda Kenny has released a statement on …. The full text is below:"; `_released_statement_below`)."""
_ISSUED_THE_FOLLOWING = re.compile(
    r"\b(?:has\s+|have\s+)?(?:released|issued|made|delivered)\s+the\s+following\s+(?:statement|remarks)\b[^:;\n]{0,250}:\s*\Z")
"""A lead-in paragraph whose subject released the statement it introduces, closing on a colon with only where, when or
after what it was released between (fivehundredforty-first commerce 2019-06-03: "On June 3, 2019, Secretary of Commerce
X released the following statement following his meeting with Y at the U.S. Department of Commerce in Washington, D.C.:"
/ "Today, I met with …", unquoted: `_issuer_of_the_following`)."""
_RELATIVE_BEFORE_POSTED = re.compile(r",\s+(who|whose|which)\s")
"""A relative clause between a lead-in's subject and its "posted on X:" (`_poster_of_the_following`): the one who
posted is the relative's antecedent, not the subject (fx68: "X met the envoy, Ms. Y, who later posted on X:")."""
_POSTED_VIA = re.compile(
    r"\bposted\s+(?:(?:this|the|that|these)\s+(?:information|news|message|messages|update|words)\s+)?"
    r"(?:via|on|in)\s+(?:(?:his|her|a|an)\s+)?(?:Tweets?|tweets|Twitter|X|Facebook|social\s+media)"
    r"(?:\s+(?:account|page|handle|post|posts))?\s*[.:]\s*\Z")
"""A lead-in paragraph whose last words say that its subject posted what follows on a social medium, closing on a
colon or a full stop (eighthundredseventyfifth martinplaut 2023-06-20: "X – the head of … – met the WFP and posted this
information via Tweets." / "Earlier today I met & held discussions with …"; hard86: "…, Mr. X, met a delegation … and
posted via Tweets:"): the first-person paragraphs after it, with no quote marks, are his posts (`_poster_of_the_following`)."""
_LEAD_IN_ASIDE = re.compile(r"In\s+(?:particular|part),\s+")
"""An aside opening a lead-in to a quoted text: "In particular, the message contains the
following passage:" is the lead-in "the message contains the following passage:"."""
_SENT_TEXTS = r"(?:messages?|telegrams?|letters?|greetings|congratulations|condolences)"
"""What a person sends that a readout may quote or report (`_SENT_WHICH_READS`, `_TITLE_SENDS`)."""
_SENT_A_TEXT = re.compile(r"\bsent\s+(?:(?:a|an|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?" + _SENT_TEXTS + r"\b")
"""A sentence that sends a written text: "X sent a message to Y", "X sent a letter of support to …"."""
_STATEMENT_FOLLOWS = re.compile(
    r"\b(?:The\s+following|Below|Here)\s+is\s+(?:a|the)\s+(?:[\w-]+\s+)?statement\s+(?:from|by)\s+")
"""A sentence that says a named person's statement follows: "The following is a statement from X, regarding …"
(`_statement_follows_from`)."""
_BODYS_TEXT_READS = re.compile(r"(?:The|Its) (?:(?:full )?text of the )?(?:open )?(?:letter|message|appeal|address)"
                               r" (?:reads|read|says|said)(?:, in part,)?:")
"""A lead-in to a written text with no author named in it: "The text of the letter reads:" (`_text_a_body_sent`)."""
_A_BODY_SENDS = re.compile(r"\b(?:sent|addressed|forwarded)\b[^.]{0,80}?\b(?:letter|message|appeal|address)\b")
"""A sentence that sends a written text (`_text_a_body_sent`, whose subject must then be no person)."""
_MESSAGE_FROM = re.compile(r"\b" + _SENT_TEXTS + r"\s+from\s+")
""""a message from X", "greetings from X": what X sent (`_named_after_message_from`)."""
_MESSAGE_OF_READ_OUT = re.compile(
    r"\b(?:(?:" + _SENT_TEXTS + r"|[Ss]tatement)\s+(?:from|of)|[Ss]tatement\s+signed\s+(?:on\s+behalf\s+of\s+(?:the\s+)?"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,5}?\s+)?by)\s+")
"""In a lead-in that closes on a colon, "a message from X" or "the message of X" (`_named_after_message_from`), or "a
statement from X" ("A statement from the minister's spokesman, X on Wednesday read:", sixhundredthirteenth arise), or
"a statement signed by X", on behalf of a body or not ("A press statement signed on behalf of the ministry by X reads;",
sixhundredthirteenth leadership: the signer's words)."""


def _closes_a_lead_in(text: str, mark: int) -> bool:
    """Whether text[mark] closes a lead-in to a quotation: a colon, or a semicolon written for it right after the text's
    verb ("… by X reads; “…”", sixhundredthirteenth leadership); not "X said; …" nor a list's semicolon."""
    return text[mark] == ":" or text[mark] == ";" and text.endswith((" reads", " read"), max(0, mark - 6), mark)


_AFTER_SENDER_CLOSING = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+(?:of\s+)?(?:the\s+)?[\w’'-]+){0,5}"
    r"|,?\s+(?:was|had\s+been)\s+(?:read(?:\s+out|\s+aloud)?|delivered|conveyed|passed\s+on|handed\s+over)"
    r"(?:\s+(?:by|at|to)\s+[^:;.“”\x22]{1,100})?"
    r"|(?:\s+on\s+[A-Z][a-z]+day)?,?\s+(?:read|reads|says|said|stated))\s*\Z")
"""After the sender in a lead-in that closes on a colon, the message's addressee or its reading out and nothing more
("… read out the message of President X to the people of Y:", "A message from President X was read out by the
Ambassador:", `_named_after_message_from`), or the text's verb ("A statement from X on Wednesday read:")."""
_OWNED_MESSAGE_CLOSING = re.compile(
    r"[’']s\s+(?:[a-z][\w-]*\s+){0,2}?" + _SENT_TEXTS
    + r"(?:\s+to\s+(?:the\s+)?[\w’'-]+(?:\s+(?:of\s+)?(?:the\s+)?[\w’'-]+){0,5})?\s*\Z")
"""A possessive and the written text it owns closing a lead-in, its addressee after it or not ("the President's message",
"President X's letter to the forum"): `_owner_of_message_read`."""
_SENT_WHICH_READS = re.compile(
    r"\bsent\b[^.:\n]{0,120}?\b" + _SENT_TEXTS + r"\b"
    r"[^.:\n]{0,200}?,\s+which\s+(?:reads|read|says|said|states|stated)\b")
"""A lead-in that names the sender of the text it quotes: "X sent a message to Y, which
reads, in part:"."""
_WRITTEN_SENT_BY_READS = re.compile(
    WRITTEN_SENT_BY + r"[^.:;\n]{1,120}?\s+(?:reads|read|says|said|runs|ran)(?:,?\s+in\s+part)?\s*:\Z")
"""(two-hundred-sixth 29557) A lead-in whose subject is a written text with its sender after "by": "The telegram sent by
the head of state reads, in part:" (`_sender_of_lead_in`: the quoted text is the sender's)."""
_WRITTEN_BY_CLOSING = re.compile(
    r"\b" + WRITTEN + r"(?:\s+(?:regarding|concerning|about|on)\s+[^:;.“”\x22]{3,120}?)?"
    r"\s+(?:(?:was|has\s+been)\s+)?(?:subscribed|signed|sent|written|issued)\s+(?:(?:today|yesterday)\s+)?"
    r"by\s+(?P<by>[^,:;.“”\x22]{3,80}?)\s*:\Z")
"""(four-hundred-seventy-third presidencia_pt_85197) A lead-in that closes on the signer of the written text it
quotes: "The Presidency of the Republic publishes the following note subscribed by President X:" (the quoted note is
X's, `_signer_closing_lead_in`); in the passive, its subject named and dated (five-hundred-eleventh gnb 2020-01-0012:
"The following statement regarding the Council of Atlantic Premier’s meeting was issued today by Premier X:", the
paragraphs after it X's, unquoted)."""
_WRITTEN_BY_OPENS = re.compile(
    r"(?:An?|The)\s+(?:[a-z][\w-]*\s+)?" + WRITTEN + r"\s+by\s+(?P<by>[^:;.“”\x22]{3,120}?)\s*:\Z")
"""A lead-in paragraph that is only a noun phrase naming the author of the written text it quotes, closing on a colon:
"A personal statement by the Governor of X, Y and Z:" (the quoted paragraphs are the Governor's,
`_signer_closing_lead_in`)."""
_PLACES_GO_ON = re.compile(r"(?:,\s+[A-Z][\w’'-]*(?:\s+(?:(?:and|da|de|of|the)\s+)?[A-Z][\w’'-]*)*)+\s*\Z")
"""After an office's first place, the rest of its list of places: ", Ascension and Tristan da Cunha"."""
_TITLE_MESSAGE_FROM = re.compile(
    r"\b(?:delivered|handed(?:\s+over)?|passed(?:\s+on)?|conveyed|brought|relayed|forwarded)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:message|letter|telegram)\s+from\s+")
"""A title whose subject carries someone else's message ("Deputy Minister X delivered a
message from President Y to the Emir of Z"): the message is Y's."""
_INNER_SAID = re.compile(r",\s+(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|he|she)\s+"
                         r"(?:said|added|stressed|noted|emphasi[sz]ed|continued|went\s+on),\s+(?=[a-z])")
"""An attribution clause printed inside the quote marks, between two halves of one quoted sentence (hundred-ninety-first
41618: "“In all circumstances, Putin said, it is necessary to preserve …”")."""


def _inner_attribution(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """The attribution clause inside a quotation's words ("…, Putin said, …"), if one is there, its first half short
    (a sentence's opening, up to 80 characters) and the second half going on in lower case; else None."""
    opening = text[lo:min(hi, lo + 120)]
    if " said, " not in opening and ", he " not in opening and ", she " not in opening:
        return None
    found = _INNER_SAID.search(text, lo, min(hi, lo + 120))
    if found is None or found.start() - lo > 80 or found.end() >= hi:
        return None
    return found


_TITLE_SENDS = re.compile(
    # (hundred-ninety-first 41892: "X forwarded a message of greeting to Y": sent it; "a message from Z" is read first)
    # (hard43 ferdal_brenhaus_budget_report: "X addressed a message of condolences to Y …": sent it)
    # (fourhundredninetyfirst maldives_mfa: a headline in the present, "X sends congratulatory message to Y")
    r"\b(?:congratulated|greeted|(?:sent|sends|forwarded|addressed)\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+)?" + _SENT_TEXTS
    + r"|(?:expressed|offered|conveyed)\s+(?:his\s+|her\s+)?(?:[\w-]+\s+)?condolences"
    r"|sent\s+(?:an?\s+|his\s+|her\s+)?(?:reply|response|answer)\s+to\b"  # (hundred-seventieth 42109)
    r"|sent\s+(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+(?:of\s+|and\s+|the\s+)?){1,7}(?:an?|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:message|telegram|letter))\b")
"""A title's verb of a written message its host sent ("X congratulated Y on …", "X sent
a message to Y", "X sent telegrams of condolences to …", "X sent the King of Ostria,
Harald V, a congratulatory message …", "X expressed deep condolences …", "X sent a response
to a message from Y": the reply is X's)."""
_TITLE_HOSTS_TEXT = re.compile(
    r"(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w-]*(?:’s|'s)\s+(?:[\w-]+\s+)?(?:statement|message|address|appeal|letter|telegram)s?\b")
"""A title that opens with its host's written text (two-hundred-fifteenth 26874: "President Vladimir Putin's statement on
the destruction of the last nuclear missile removed from Ukraine has been published" over "The statement said, in part:
“…”"): the text is the host's, as "X sent a message to Y" (only capitalised words before the possessive, from the
title's start: not "X welcomed Y's statement")."""
_STYLE_BEFORE_STOP = (" Mr.", " Mrs.", " Ms.", " Dr.", " St.", " Hon.")
"""A personal style whose full stop ends no sentence (`_message_goes_on`: "In response, Mr. X stated as follows:")."""
_STYLES_OPENING = frozenset(style[1:] for style in _STYLE_BEFORE_STOP)
"""The same styles opening a paragraph (hard86: "… posted via Tweets:" / "I met …" / "Ms. X told reporters …": the
paragraph's first sentence runs past "Ms.", so its cue and named subject end the posts)."""
_MESSAGE_DONE_TO = re.compile(
    r"The (?:[\w’'-]+ ){0,3}(?:message|telegram|letter|greetings|address|note)s? (?:was|were|has been|have been|had been|"
    r"will be|is being|is to be)\b")
"""A paragraph that opens with the message itself done to, in the third person ("The President’s message
was passed over to Mr Lula da Silva by …", "The telegram was handed to …"): the readout tells of the
message, no longer quotes it (`_message_goes_on`)."""
_EVENT_TOLD = re.compile(
    r"The (?:[\w’'-]+ ){0,2}(?:meeting|talks|visit|call|discussion|conversation|event)s? "
    r"(?:took place|was held|were held|lasted|ended|began)\b")
"""A paragraph that opens telling where or when the meeting was ("The meeting took place at Gwydyr House,
Whitehall, London.", two-hundred-sixty-seventh): the readout's voice again after unquoted words
(`_message_goes_on`)."""
_MEETS_SOMEONE = re.compile(
    r"\s+(?:(?:also|today|earlier)\s+)?(?:met\b|spoke\s+(?:to|with|by\s+phone)\b|talked\s+with\b|(?:re)?convened\b|"
    r"(?:held|had)\s+(?:a\s+)?(?:phone\s+|telephone\s+|video\s+)?(?:call|talks|conversation|meeting|consultation)s?\b)")
"""Right after a paragraph's subject, the verb of a meeting or a call ("The President spoke to Senator X and Chairman Y
today."): a third person other than the sender meeting someone is the readout's voice, not the sender's words
(three-hundred-thirty-seventh whitehouse_md 2021-06-04 capito_defazio: "Statement by Press Secretary X on the
President's Calls with …" / "The President spoke to …"; `_message_goes_on`). So for two parties or a group as the
subject (three-hundred-fifty-third whitehouse 2023-03-06 us_lithuania: "Statement by NSC Spokesperson X on the
U.S.-Lithuania Strategic Dialogue …" / "The United States and Lithuania reconvened high-level bilateral consultations
…")."""
_OWNED_WRITING = re.compile(r"(?:’s|'s) (?:[\w-]+ ){0,2}?" + WRITTEN)
"""A possessive before a written message: "The President's congratulatory telegram"."""
_TITLE_CARRIES_FROM = re.compile(r"\b(?:delivered|conveyed|handed(?: over)?|passed on)\s+(?:to\s+[^,]{1,60}?\s+)?"
                                 r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:message|letter)\s+from\s+")
"""A title's verb of a message carried for someone else ("X delivered a message from President Y to Z"): Y sent it."""
# (nineteenth styles dalvinia rural doctors greeting: "Gleb Saveliev's message of greetings to the participants … was read
# aloud at the opening session … by Presidential Aide Yana Orlik." / "“Dear friends, …": the owner's words, not the reader's)
_OWN_WRITING_CARRIED = re.compile(
    r"(?:’s|'s) (?:[\w-]+ ){0,2}?(?:message|greetings|address|letter|telegram)\b[^.:;\n“”\x22]{0,200}?\s(?:was|were|had been)\s+"
    r"(?:read(?:\s+out|\s+aloud)?|delivered|conveyed|passed\s+on|relayed)\b[^.:;\n“”\x22]{0,200}?"
    r"\sby\s+[^.:;\n“”\x22]{2,200}\.\Z")
"""A paragraph of one sentence that tells of its owner's written message, carried out loud by someone else, before the
quotation of it that opens the next paragraph: the quotation is the owner's (`_owner_of_carried_writing`)."""
_SENDERS_WRITING = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er) (?:(?:special|personal|congratulatory) )?"
                              r"(?:" + WRITTEN + r"|(?:message|telegram|letter)s\b)|\bIts text\b")
"""A message with no author of its own: its sender is the one a title names ("The messages also speak of …"
under "X sent his congratulations to A and B": his two messages, hundred-ninety-ninth 33348; "Its text says …" right
after "X addressed a message of condolences to …", hard43 ferdal_brenhaus_budget_report: the message's text)."""
_CARRIER_ASIDE = re.compile(r"(?:,(?! which)|,? (?:that|which) (?:was|had been)) (?:delivered|conveyed|handed over|passed on|forwarded|"
                            r"transmitted|read(?: out)?(?= (?:in|at|on|to) [^,;:.]{1,40}? by ))"
                            r"(?: (?:in|at|on|to) [^,;:.]{1,40}?)? (?:through|by|via) ")
"""An aside or a relative clause after "the message" that names who carried it, not who wrote it: "The message,
delivered through X, said", "The message that was delivered by X, who …, said" (two-hundred-third 27373); a message read out by another
where it was read (hard71: "the President’s message to the Conference …, which was read in Selmont by the
Vice-President, Mr. X, stressed …": the President's; "read" only with its place or listener, not "which was read by"
alone, for a text he was read)."""
_ADDRESSEE_BEFORE_ASIDE = re.compile(r" to (?:the )?[A-Z][^,;:.“”\"]{1,80}?(?=, )")
"""The addressee of a message before the aside that names its carrier ("message to the Conference of …, which was read
…"), `_writing_before_carrier_aside`."""
_IN_ONES_WRITING = re.compile(r"\b[Ii]n\s+(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:letter|message|telegram)\b"
                              r"(?!\s+(?:from|of|by)\b)")
"""The writing a statement is put in ("In a letter sent today, X expressed …", "In the letter, the President wrote:"):
its speaker's, not one "from", "of" or "by" another (`_said_in_a_writing`)."""
_CONTEXT_OPENING = re.compile(r"(?:In (?:that|this) (?:context|connection)|At the same time|In addition|Further|"
                              r"Moreover|Also|In particular)[ ,]*")
"""Words that may open a clause before its subject: "In that context the message …"."""
_WRITTEN_BY_OR_FROM = re.compile(r"\b" + WRITTEN + r"\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+")
AUTHOR_REACH = 600
"""How far back a message's or a letter's author may be named (characters)."""
_AS_SAYING = re.compile(r"\s+as\s+(?:saying|telling)\b")
"""After "“…,” X quoted Y": what makes the words Y's ("as saying", and (twenty-fifth styles bhatiyal_pmo_tarnovel_envoy)
"as telling the envoy", the words said to someone)."""
_QUOTED_LAST = re.compile(r"\s*(?=[.!]|$)")
"""After "“…,” X quoted Y": the person quoted ends the sentence (fivehundredfiftyfourth freshnews 16395: "“…,” Namhong
quoted Ambassador Murphy."): the words are Y's, as with "as saying"; not "quoted Y in his speech", more after the name."""
_QUOTED_AS_SAYING = re.compile(r"(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+(?:as\s+)?saying\b")
"""After "“…,” X": the passive tag that makes the words X's, "was quoted as saying", and with no "as" (sevenhundredtwentyfourth
fijitimes: "“…,” Mr Khan was quoted saying in the statement.")."""
_NOT_AN_OFFICE = re.compile(r"[.;:!?()\"“”]|\b(?:at|during|while|when|which|who|after|before|with)\b")
"""What no string of offices before a name has: a clause, a time or a place of speaking."""
_PORTFOLIO_IN_BRACKETS = re.compile(r"\([A-Z][\w’'-]*(?:,?\s+(?:(?:and|of|&)\s+)?[A-Z][\w’'-]*)*\)")
"""An office's portfolio in brackets after it, capitalised words joined by "and", "of" or commas (ninehundredseventysecond
magangaone 2016-01: "The directive was issued here by the Deputy Minister in the Vice-President’s Office (Environment and
Union), Mr X."): part of the office, not a clause, so `_named_after_offices` reads past it (and past "(RC)" initials)."""
_OWN_WORDS_NAMED = re.compile(r"was\s+(his|her)\s+(?:own\s+)?(?:summary|verdict|conclusion|answer|reply|response|"
                              r"assessment|comment)\b")
"""After a quotation: the words named as one person's summary or verdict ("“…,” was his own summary.")."""
_NOT_AN_OPENING_OFFICE = re.compile(r"[,;:!?\"“”]|\b(?:at|during|while|when|which|who|after|before|with|and)\b")
"""What an office opening its sentence before its holder's name has not (its initials in brackets and "H.E." allowed)."""
_CUE_BEFORE_VERBS = ALL_SPEECH_VERBS | LEAD_IN_VERBS
_WENT_ON_TO = ("went on to ", "goes on to ")
"""The verb and particle before an infinitive that leads a quotation in ("He went on to say, “…”"): the lead-in's verb is
"went", whose complement "on to say" speaks (`lexicon._COMPLEMENTS`, `_cue_before`), not the infinitive, which has no subject of its own."""
_MANNER_BEFORE_SAYING = re.compile(
    r"\s+(?:with\s+a\s+(?:broad\s+|wide\s+|warm\s+)?(?:smile|laugh|grin|nod|chuckle),?|by)\s+\Z")
"""The manner of an answer between its verb and "saying" ("responded with a smile, saying"; "responded by saying";
`_cue_before`)."""
_SHARED_THING_BEFORE_SAYING = re.compile(
    r"\b(tweeted)\s+(?:the|a|an|this|these|his|her|their)\s+(?:[a-z][\w-]*\s+){1,3}?\Z")
"""A tweet and what it shared, no comma, before "saying" ("tweeted the photo below saying, “…"): the tweeter's
words (`_cue_before`)."""
_NAMES_A_QUOTATION = frozenset({"call", "called", "calls", "calling", "term", "termed", "terms", "terming"})
"""Verbs whose complement a quotation may be by itself: what X "called “a legal emergency”" are X's words."""
_HAD_THIS_TO_SAY = re.compile(r"\s+(?:had|has)\s+(?:this|the\s+following|these\s+words)\s+to\s+say\s*\Z")
"""A colon lead-in whose only verb is "had … to say" (seventeenth hard set zarenthia_ambassadors_union: "Taras Holub had this
to say: "Every week of delay costs lives …""): the subject before it speaks (`had` is no cue form: `_cue_before`)."""
_READS_ITS_OWN_TEXT = re.compile(
    r"\s+(?:read|reads|recited|recites)(?:\s+out|\s+aloud)?\s+"
    r"(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:pledge|oath|poem|prayer|declaration|statement)"
    r"|the\s+(?:[a-z]+\s+)?(?:pledge|oath|poem|prayer))"
    r"(?:\s+on\s+behalf\s+of\s+(?P<group>(?:the|her|his|their|our|its)\s+[a-z][^:;.“”\x22]{0,78}?))?\s*\Z")
"""A colon lead-in whose only verb reads or recites a text that is no one else's, for a group or not ("A pupil, Miss X,
read a pledge on behalf of her school:", styles65; "The captain, Ms X, read out a statement on behalf of the squad:"):
the reader before it speaks ("read" is no cue form: `_cue_before`); not "a message from X" nor "X's letter", whose
words are X's (nothing but "on behalf of …" may follow the text read). Not "the statement" nor "the declaration" (a
text already issued, another's: "The spokesman, X, read the following statement:"), nor a statement read on behalf of
anyone but a group in lower case (`group`; "on behalf of the President", "on behalf of President Y": the words are
the principal's, `_reader_of_own_text`)."""
_POSTED_BEFORE_COLON = re.compile(r"\bposted\s+(?:on|in|to)(?:\s+[\w@.’'-]+){1,4}?\s*\Z")
"""A colon lead-in whose verb is one of posting, with the place of posting after it (styles32: "The Speaker also posted on
social media: “…”", "X posted on his official account:"): the subject before it wrote the quotation, as "wrote on X:"
(`posted` is no speech verb: "troops posted on the border")."""
_TOLD_WHOM_BEFORE = re.compile(r"\b(told|assured|reminded|informed|warned|urged|asked|tells|assures|reminds|informs|warns)"
                               r"\s+(?:him|her|them|(?:the|his|her|their)\s+"
                               r"(?:(?!(?:that|to|about|of|on|how|what|whether|the|a|an)\b)[a-z-]+\s+){0,2}?"
                               r"(?!(?:that|to|about|of|on|how|what|whether)\b)[a-z-]+"
                               r"|(?:(?:local|foreign|visiting)\s+)?(?:" + PRESS_NOUNS + r")"
                               r"|(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}(?:\s+\d{1,3}(?:\s+(?:News|news))?)?)\s*\Z")
"""A telling verb and its listener closing a lead-in: "the Prime Minister told his guest", "she assured
the meeting", "he told Cabinet", "the Governor assured the President" (thirty-seventh hard set
kaldora_president_meeting_severn_governor; the verb's span is the cue). The verb may be in the present of a news
story, the listener the press with no article or a station named with its channel's number (eighthundredfortyfourth
wsfa 2012: "Marine Ma, a Chinese business owner tells WSFA 12 news, "we're going to …""; "X told reporters, "…""): the
comma after the listener leads the quotation in, as "told his guest, “…”" does."""
_LEAD_CONNECTIVES = ("After all, ", "Moreover, ", "In addition, ", "At the same time, ", "Therefore, ",
                     "Besides, ", "Furthermore, ")
"""Openings that tie a sentence to the one before it, as the second sentence of a lead (`_lead_goes_back`)."""
_CONTRASTIVE_LEAD_OPENINGS = ("But ", "However, ")
"""(hundred-thirty-sixth, 73625) "Immediate ceasefire … are among the key aspects of a peace agreement … But
strategically, our state wants … This was stated by Adviser X …": a lead's second sentence answering the first
with "But"/"However" makes the lead one argument, both sentences X's, as long as the first names no one
("President X met Y. But …" is narrative) (`_lead_goes_back`)."""
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im)\b")
_IMPERSONAL_OPENINGS = ("It is ", "It was ", "There is ", "There are ")
"""(hundred-twenty-sixth, 72517) "Ukrainian intelligence has always played an important role … It is time not only
to restrain, but also to start offensive actions … This was emphasized by President X …": a lead's second
sentence with an impersonal subject goes on with the first's claim as a connective's does (`_lead_goes_back`)."""
_CONSEQUENCE_LEAD_OPENINGS = ("That is why ", "This is why ")
"""(thirty-ninth ukraine_president 75133) "Russia will be able to circumvent EU sanctions … That is why Ukraine insists on
a ban … This was stated by Adviser … Oleg Ustenko …": a lead's second sentence drawing the first's consequence makes the
lead one argument, both sentences X's, as long as the first names no one (`_lead_goes_back`)."""
_OPENINGS_OF_AN_UNNAMED_LEAD = _IMPERSONAL_OPENINGS + _CONTRASTIVE_LEAD_OPENINGS + _CONSEQUENCE_LEAD_OPENINGS
"""A lead's second sentence that ties on to a first sentence naming no one (`_lead_goes_back`)."""
_PRESENT_CLAIM = re.compile(r"\b(?:is|are|will|must|should|can|need|needs|has|have)\b")
_PAST_EVENT = re.compile(r"\b(?:was|were|had|did|yesterday|[a-z]+[^\We]ed(?!\s+by\b))\b|\bon\s+[A-Z][a-z]+day\b")
"""A lead sentence's claim in the present, and a past event's marks (`_unnamed_lead_of_two`). A past
participle before "by" marks none: a passive's, whose past tense "was" or "were" would mark, or one
after its noun (two-hundred-eighty-first 73617: "… nine humanitarian corridors have been agreed upon to
evacuate residents of settlements affected by the Russian invasion.", a claim in the present)."""
# ("Judicial reform will be completed, said President X during the press marathon …": where he said it)
_ATTRIBUTION_SENTENCE_REACH = 60  # "The Federal Chancellor of Germany said."
_CLAUSE_AFTER_A_TAG = re.compile(r", (?:even as|as|while|when|before|after) (?:the|both|they|he|she|[A-Z])")
"""A comma and a clause of when or while after a quotation's attribution sentence ("“…!” X told the Governor, even as
the two sides agreed …"): where the tag ends (`Attributor._attribution_sentence_after`)."""
_WHOM_TOLD = re.compile(r" (?:him|her|them|reporters|journalists|the (?:press|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
                        r"|[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)")
"""Whom the speaker of an attribution sentence told, and nothing more ("“…!” Ambassador Z told the Governor, even as
…"): one with "said" alone (`Attributor._attribution_sentence_after`)."""
_LEAD_IN_SENTENCE_REACH = 160
"""How far after a quotation's sentence the next quotation may open for its lead-in to name the first one's speaker
(`Attributor._lead_in_sentence_after`: a name, an office and a time aside, then "said,")."""
_NEW_CLAUSE = re.compile(r"(?:and|but|while|whereas)\s")  # ”… and Governor Whitmer explained “…”: the next one's
_NAMED_NEXT = re.compile(r"(?:With\s+(?:these|those)\s+words,?\s+|(?:These|Those)\s+words\s+(?:were|are)\s+(?:[a-z]+\s+){1,2}by\s+)")
_MADE_THIS = re.compile(r"\s+(?:made\s+this\s+(?:point|remark|statement|comment)|(?:said|stated|claimed)\s+(?:this|so))\b")
"""How the sentence after a quotation names its speaker (`_named_next`): "X made this point …", "X said this …", and
(sixhundrednineteenth gov_mt 2022-11-24: "“…” Minister … X claimed this after an official meeting …") "claimed this",
"stated this"."""


_AGENCY_INFORMS = re.compile(r"[A-Z][\w.]*(?: [A-Z][\w.]*)? (?:informs|reports)(?: (?:citing|referring to) [^,\n]{1,80})?, ")
"""A news agency's credit opening a paragraph, its source maybe (sixhundredeightieth, Report.az: "Report informs, Minister …
X said.", "Report informs citing the Embassy, …"): no one's words (`_agency_tag_paragraph`)."""
_TO_NEXT_PARAGRAPH = re.compile(r"[.!?\s]*\n\s*")
"""From a sentence's end over its stop to the next paragraph's first word, a line break on the way."""
_TAG_ONLY_AFTER_NAME = re.compile(r" (?:said|stated|noted|added|told (?:a press conference|a briefing|journalists|reporters"
                                  r"|the press))\.")
"""What follows the speaker in an agency's tag paragraph that only names who spoke: "X said.", "X told a press conference."."""
_STATED_BY_AFTER_CREDIT = re.compile(r"this (?:was|is) (?:stated|said|announced|noted|emphasized|stressed|mentioned) by "
                                     r"(?:the )?(?=[A-Z])")
""""Report informs, this was stated by the US Ambassador X, commenting on …": the credit before "This was stated by"."""


_ATTRIBUTABLE_TO = re.compile(r"\b(?:[Qq]uotes?|[Cc]omments?|[Rr]emarks|[Ss]tatement) (?:(?:are|is) )?attributable to\s+")
"""A label giving the quotations after it to someone: "Quotes attributable to X:"."""
_LABEL_NOT_ENDING = (".", "!", "?", "\u201d", '"', "\u2019")
"""How a sentence, not a label line, ends: a stop or a closing mark."""
_QUOTES_FROM_LABEL = re.compile(r"(?:Quotes?|Comments?) (?:from|attributable to) ")
"""A release's label paragraph, with no colon, over the quotations below it (eighthundredfortyfifth nationaltribune, the
Northern Territory Government's style): "Quotes from Minister for Northern Australia and Trade, X" / "“This Letter of Intent
will …”" (matched at the paragraph's start)."""
_GROUP_SENTENCE_REACH = 400
"""How far back the sentence before an uncued quotation is looked for (`_group_spoke_just_before`)."""


def _description_before_verb(text: str, start: int, pos: int, hi: int) -> tuple[Phrase, re.Match[str]] | None:
    """A description read forwards stops before a lower-case "of" complement ("the head" of "the head of the border
    service said"): read it back from the speech verb that follows within a few lower-case words, if the phrase that
    ends there starts where the description did (the speaker of "“…,” the head of the company said", not narrative)."""
    for _ in range(_OF_COMPLEMENT_WORDS):
        space = text.find(" ", pos, hi)
        if space < 0 or not text[pos:space].isalpha():
            return None
        verb = verb_at(text, space + 1)
        if verb is not None:
            whole = phrase_ending_at(text, start, space)
            if whole is None or whole.start != start or whole.end != space or not whole.is_person:
                return None
            return whole, verb
        pos = space + 1
    return None


_OF_COMPLEMENT_WORDS = 5
"""The most words of a body after "of" in a speaker's office ("of the state border service")."""


_OFFICE_OF_A_LOWER_POSSESSOR = re.compile(r"[Tt]he [a-z]+(?:’s|'s) ")
"""A body named by a lower-case noun and its possessive, after "the", before the office (hard83: "“…,” the firm's chief
said."), which the phrase reader does not read forwards: the office is read back from the verb after it
(`_description_before_verb`)."""


_OFFICE_OF_A_FIELDS_BODY = re.compile(r"[Tt]he [a-z]+ [a-z]+(?:’s|'s) (?=(?:chief|head|boss) )")
"""A body called by a lower-case noun with a word of its field before it, its possessive and its head's word, after
"the" (styles73: "“…,” the aviation regulator's chief said."): the phrase reader reads "the aviation" as a thing, so
the office after the possessive is read back from the verb alone, and its body from the office
(`body_possessive_heads`, the registry's reading of "chief", "head" and "boss" after a body's possessive)."""


_POSSESSOR_ARTICLE_LOST = re.compile(r"[a-z]{3,}(?:’s|'s) (?=[A-Z])")
"""After a quotation, a lower-case noun's possessive with no article before it, then a capital: "region’s" in "“…,”
region’s President X said" (`_titled_after_a_bare_possessor`)."""


def _titled_after_a_bare_possessor(text: str, pos: int, hi: int) -> Phrase | None:
    """The titled name after a lower-case owner whose article the page left out (eighthundredeightyfirst zehabesha
    2022-03-22: "“Russia is a country that stands by Ethiopia …,” region’s President Yilkal said, adding that …"), as
    after "the region’s" (`_OFFICE_OF_A_LOWER_POSSESSOR`'s shape): the phrase reader opens no phrase at "region’s", so
    before, the quotation went to the one who spoke before it. Only a name with its title ("President X"), not a bare
    name, a description or a pronoun; the caller needs the speech verb right after it."""
    phrase = phrase_starting_at(text, pos, hi)
    if phrase is None or phrase.kind != "name" or not phrase.role or phrase.start != pos or phrase.possessive:
        return None
    return phrase


def _speaker_after_quote(text: str, pos: int, hi: int) -> Phrase | None:
    """The phrase that names the speaker after a quotation ("“…,” President X said", "“…,” said President X"), also
    after a lower-case "former" (four-hundred-seventh ph_pnd_2016-07-27: "“This is the Philippine Team,” former
    President and special envoy to China Fidel V. Ramos said as …"), which opens no phrase itself: then the office
    and the name after it, the holder named (an office alone would be read as the one who holds it now)."""
    if text.startswith(("a ", "an ", "A ", "An "), pos) and (spokes := A_SPOKESPERSON.match(text, pos, hi)) is not None:
        # (sixhundredseventythird bernews: "“…,” a Government spokesperson said,"): one known by those words
        # (`People.unnamed_spokesperson`), whom no article-less phrase opens
        return phrase_ending_at(text, pos, spokes.end())
    if text.startswith(("a ", "an "), pos) and (official := AN_UNNAMED_OFFICIAL.match(text, pos, hi)) is not None \
            and OFFICIALS_BODY.match(text, official.end(), hi) is not None:
        # (eighthundredsixtysecond joongangdaily: "“…,” an official from the group said."): one known by those words
        # (`People.unnamed_official_after_a_quote`), whom no article-less phrase opens
        return phrase_ending_at(text, pos, official.end())
    phrase = phrase_starting_at(text, pos, hi)
    if phrase is None and text[pos:pos + 1].islower() and (owner := _POSSESSOR_ARTICLE_LOST.match(text, pos, hi)):
        phrase = _titled_after_a_bare_possessor(text, owner.end(), hi)
    if phrase is not None and phrase.kind == "thing" and text.startswith(" ", phrase.end) \
            and (owned := _OFFICE_OF_A_FIELDS_BODY.match(text, pos, hi)) is not None \
            and (office := _description_before_verb(text, owned.end(), owned.end(), hi)) is not None:
        return office[0]  # ("“…,” the aviation regulator's chief said.": the office, its body read back from it)
    if phrase is None and (owned := _OFFICE_OF_A_LOWER_POSSESSOR.match(text, pos, hi)) is not None:
        if (whole := _description_before_verb(text, pos, owned.end(), hi)) is not None:
            return whole[0]  # (hard83: "“…,” the firm's chief said.": a body's office read back from the verb)
        if (held := _holder_after_a_lower_possessors_office(text, owned.end(), hi)) is not None:
            return held  # ("“…,” the premier’s spokesman, X, said.": the holder named after the office)
    if phrase is None and text.startswith("former ", pos):
        phrase = phrase_starting_at(text, pos + 7, hi)
        if phrase is not None and phrase.kind != "name":
            return None
    if (phrase is None or phrase.kind == "thing") and text.startswith(("the younger ", "the elder "), pos):
        # (hard54 grand_duke_of_lorvenne: "“…,” the younger Casimond said."): of two namesakes, the name after the
        # age the registry tells them apart by (`_namesake_by_age`)
        phrase = phrase_starting_at(text, text.index(" ", pos + 4) + 1, hi)
        if phrase is not None and phrase.kind != "name":
            return None
    if (phrase is None or phrase.kind == "thing" or text.startswith(("’s ", "'s "), phrase.end)) \
            and (held := _holder_after_an_unread_office(text, pos, hi)) is not None:
        return held  # ("“…,” Ducey’s spokseperson CJ Karamargin said.": the full name before the verb)
    if phrase is not None and (phrase.kind == "thing" or phrase.kind == "name" and len(phrase.name) == 1) \
            and (owner := _ONE_WORD_OWNER.match(text, pos, hi)) is not None \
            and (held := _holder_after_a_places_office(text, owner.end(), hi)) is not None:
        return held  # ("“…,” Israel’s honorary consul, Osias Wurman, told JTA.": the holder set off by commas)
    if phrase is not None and text.startswith(" I ", phrase.end) \
            and (ruler := name_with_a_first_numeral_after(text, phrase, hi)) is not None:
        return ruler  # ("“…,” Nana Akwantu I said through his linguist.": the regnal numeral closing the name)
    return phrase


_UNREAD_OFFICE = re.compile(r"(?:[A-Z][\w-]*(?:’s|'s)\s+|(?:his|her|their)\s+)?([a-z]+)(?:\s+([a-z]+))?\s+(?=[A-Z])")
"""After a quotation, an office the phrases do not know (a slip, "spokseperson", or a newsroom's compound,
"communications director"), lower-case, one or two words, maybe after its owner ("Ducey’s", "her"), right before a
full name (`_holder_after_an_unread_office`)."""
_NO_OFFICE_WORDS = frozenset({"the", "a", "an", "of", "by", "to", "in", "on", "at", "for", "with", "and", "or", "but",
                              "from", "as", "was", "is", "has", "had", "who", "which", "that", "this", "when", "while"})
"""Words that are never an unread office's (`_UNREAD_OFFICE`): a clause's or a phrase's own."""


def _holder_after_an_unread_office(text: str, pos: int, hi: int) -> Phrase | None:
    """The full name (two words or more) after an office the phrases do not read (`_UNREAD_OFFICE`), when a speech
    verb follows the name (sevenhundredfiftyfirst kold: "“…,” Ducey’s spokseperson CJ Karamargin said."): the
    speaker, as after "Ducey’s spokesperson"; not a name after a clause's words ("“…,” and then Ivo Marlet said")."""
    office = _UNREAD_OFFICE.match(text, pos, hi)
    if office is None or any(word in _NO_OFFICE_WORDS or word in ALL_SPEECH_VERBS
                             for word in office.groups() if word is not None):
        return None
    named = phrase_starting_at(text, office.end(), hi)
    if named is None or named.kind != "name" or named.start != office.end() or len(named.name) < 2 \
            or not text.startswith(" ", named.end) or verb_at(text, named.end + 1) is None:
        return None
    return named


_LOWER_POSSESSORS_OFFICE = re.compile(r"([a-z]+)(?: ([a-z]+))?(, | )(?=[A-Z])")
"""The office after a lower-case possessor (`_OFFICE_OF_A_LOWER_POSSESSOR`), one or two lower-case words, then the
holder's name, set off by a comma or not ("the premier’s spokesman, X, said" / "the minister’s chief adviser X said")."""


def _holder_after_a_lower_possessors_office(text: str, pos: int, hi: int) -> Phrase | None:
    """The full name after a lower-case possessor's office when a speech verb follows it (eighthundredsixtythird
    heraldlive: "“…,” the premier’s spokesman, Sonwabo Mbananga, said."): the phrase reader opens no phrase at "the
    premier’s" in lower case, so the holder, not the quotation's own words, is the speaker. The office must hold an
    office word (`ROLE_WORD_SET`), and a name set off by a comma must be closed by one before the verb."""
    office = _LOWER_POSSESSORS_OFFICE.match(text, pos, hi)
    if office is None or not any(word in ROLE_WORD_SET for word in office.groups()[:2] if word is not None):
        return None
    named = phrase_starting_at(text, office.end(), hi)
    if named is None or named.kind != "name" or named.start != office.end() or len(named.name) < 2:
        return None
    after = named.end + 2 if office.group(3) == ", " and text.startswith(", ", named.end) else named.end + 1
    if office.group(3) == ", " and after == named.end + 1 or not text.startswith(" ", after - 1) \
            or verb_at(text, after) is None:
        return None
    return named


_ONE_WORD_OWNER = re.compile(r"[A-Z][\w-]*(?:’s|'s) ")
"""One capitalised word and its possessive, opening the words after a quotation ("Israel’s"), the owner of an office
whose holder is named after it (`_holder_after_a_places_office`)."""
_PLACES_OFFICE = re.compile(r"(?:[A-Z][a-z]+-[a-z]+ )?([a-z]+)(?: ([a-z]+))?, (?=[A-Z])")
"""After a place's possessive read as a thing ("Israel’s"), an office in lower case the phrases do not read after it
(one or two words, maybe after a "Rio-based" compound: "honorary consul", "Rio-based honorary consul"), then a comma
before the holder's name (`_holder_after_a_places_office`)."""


def _holder_after_a_places_office(text: str, pos: int, hi: int) -> Phrase | None:
    """The full name set off by a comma after a place's office, at `pos` past the place's possessive, when the office
    holds an office word (`ROLE_WORD_SET`) (eighthundredninetysixth jta: "“…,” Israel’s honorary consul, Osias
    Wurman, told JTA." / "“…,” said Israel’s honorary consul, Osias Wurman during the ceremony."): the holder speaks,
    not the place nor the last speaker. The name is closed by a comma, a stop or a word in lower case, never run on
    into another name ("Israel’s honorary consul, Osias Wurman and Rio’s mayor")."""
    office = _PLACES_OFFICE.match(text, pos, hi)
    if office is None or not any(word in ROLE_WORD_SET for word in office.groups() if word is not None):
        return None
    named = phrase_starting_at(text, office.end(), hi)
    if named is None or named.kind != "name" or named.start != office.end() or len(named.name) < 2:
        return None
    after = text[named.end:named.end + 2]
    if not (after[:1] in {",", "."} or after[:1] == " " and after[1:2].islower()) \
            or text.startswith(" and ", named.end):
        return None
    return named


_PARTICIPLE_AFTER_QUOTE = re.compile(r"[a-z]+ing\Z")
"""A speech verb's present participle ("assuring", "telling", "urging"): after a quotation's closing mark it never
inverts its subject as "said X" does; the person after it is its object (`Attributor._cue_after`)."""


_DAY_WORDS = ("today ", "yesterday ")
"""A day word an inverted attribution may set between its verb and the speaker ("“…”, said today X")."""


def _capitalised_verb_before_speaker(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """A speech verb printed with a capital after a quotation, its speaker after it and nothing more in the sentence
    (sixhundredsixtyseventh pmo.gov.vu: "“… given our archipelagic nature” Said Hon. Prime Minister."): the verb, as
    "said" would be, not a name "Said …" (a name after a quotation has a verb of its own: "“…” Said Jalili told …")."""
    word = _CAPITAL_WORD.match(text, pos, hi)
    if word is None or word.group().lower() not in ALL_SPEECH_VERBS:
        return None
    phrase = _speaker_after_quote(text, word.end() + 1, hi)
    if phrase is None or not phrase.is_person or _TRAILING_ADVERBIAL.fullmatch(text, phrase.end, hi) is None:
        return None
    return word


_TRAILING_ADVERBIAL = re.compile(
    r"[\s,]*(?:(?:after|at|on|in|during|following|before|later|today|yesterday|afterwards)\b[^.;:!?]*)?[\s.,;]*")
"""What may follow the speaker of a capitalised tag to the sentence's end: nothing, or an adverbial of time or place
("“…” Said Minister X after the talks.", review hr60), not a verb of his own ("“…” Said Jalili told …")."""


def _past_the_particle(text: str, verb: re.Match[str]) -> int:
    """Where the words after an inverted tag's verb start, past the particle of "pointed out" (sevenhundredsixteenth
    skupstina: "- I am honoured … - pointed out Ambassador Ozan, adding that …": the speaker after "out")."""
    pos = verb.end() + 1
    return pos + 4 if verb.group() == "pointed" and text.startswith("out ", pos) else pos


def _past_a_day_word(text: str, pos: int) -> int:
    """Where the speaker starts after an inverted tag's verb, past "today" or "yesterday" (fivehundredeighth
    coe_2011_netherlands: "“Europe is a place where …”, has said today Thorbjørn Jagland in a key-note speech …")."""
    for word in _DAY_WORDS:
        if text.startswith(word, pos):
            return pos + len(word)
    return pos


def _perfect_verb_then_speaker(text: str, pos: int, hi: int) -> re.Match[str] | None:
    """The speech verb of an inverted tag in the present perfect, "has said" / "have stated" at `pos`, when a
    capitalised speaker follows it (past a day word): the verb after the auxiliary, else None."""
    verb = verb_at(text, text.index(" ", pos) + 1)
    if verb is None or verb.end() >= hi:
        return None
    return verb if text[_past_a_day_word(text, verb.end() + 1):][:1].isupper() else None


_HOLDER_REACH = 120
"""How far after a tag's verb the holder's name may end the sentence (`_holder_named_after_office`)."""


def _holder_named_after_office(text: str, pos: int, hi: int) -> Phrase | None:
    """(four-hundred-fifty-eighth fiji_gov thomson_g77_media_briefing: "“…”, says Fiji permanent representative to
    the United Nations His Excellency Peter Thomson.") After a tag's verb, an office that opens no person's phrase
    of its own (a country's name, an office "to" a body) and the holder's name that ends the sentence: the name
    speaks. Only where the words before the name, with no other stop, hold an office word (`ROLE_WORD_SET`)."""
    stop = text.find(".", pos, min(hi, pos + _HOLDER_REACH))
    if stop < 0 or any(c in text[pos:stop] for c in ";:“”\"()"):
        return None
    at = text.find(" ", pos, stop)
    while at > 0:
        at += 1
        if text[at:at + 1].isupper():
            named = phrase_starting_at(text, at, stop)
            words = text[pos:at].replace(",", " ").split()
            # (not after "of", "to", "the": "said former President of Velmar." names a place the office is of)
            if named is not None and named.kind == "name" and named.end == stop \
                    and not (words and words[-1].islower() and words[-1] not in ROLE_WORD_SET):
                return named if any(word.lower() in ROLE_WORD_SET for word in words) else None
        at = text.find(" ", at, stop)
    return None


_INDEFINITE_DESCRIPTION = re.compile(r"an?\s+[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?,\s+")
"""Who a speaker is, told with "a" or "an" and set off by a comma before the name ("a tribal elder from the district,
", "an official of the ministry, "): up to eight words, the first in lower case, no comma or mark inside."""


def _name_after_an_indefinite_description(text: str, pos: int, hi: int) -> Phrase | None:
    """(ninehundredtwentythird pajhwok: "“We don’t want small projects …,” a tribal elder from the district, Bakht
    Meer, said.") After a closing mark or a tag's verb, who the speaker is with "a" or "an", a comma, then the
    speaker's name (`_INDEFINITE_DESCRIPTION`): the name read as a name phrase, else None. The description is no
    phrase of its own (an indefinite one names no one the readout can resolve); the name after it is who speaks."""
    described = _INDEFINITE_DESCRIPTION.match(text, pos, hi)
    if described is None:
        return None
    named = phrase_starting_at(text, described.end(), hi)
    return named if named is not None and named.kind == "name" else None


def _country_before_office(text: str, phrase: Phrase) -> bool:
    """A one-word name read as a person's that stands before an office in lower case, as a country's name does
    ("Korvania permanent representative to …", "Ostrel ambassador …"): the office's word next, or after one more
    word in lower case."""
    if phrase.kind != "name" or " " in text[phrase.start:phrase.end] or not text.startswith(" ", phrase.end):
        return False
    words = text[phrase.end + 1:phrase.end + 60].split(maxsplit=2)[:2]
    return bool(words) and words[0].islower() and (
        words[0] in ROLE_WORD_SET or len(words) == 2 and words[1].islower() and words[1] in ROLE_WORD_SET)


def _opens_a_text_printed_whole(inner: str) -> bool:
    """Whether a short quotation that fills its paragraph and goes on in the next is a written text's
    salutation (hundred-eighty-seventh 28093: "The message read: / “Mr President, / Russia learned with
    deep sorrow …”"): a form of address closed by a comma or an exclamation mark, the first words of
    the text quoted whole, so the sender's (and the chain's speaker) like the paragraphs after it; closed by
    nothing when it opens with a word of address (four-hundred-seventy-third presidencia_pt_73831: "Following the text
    of the message of condolences from President X: / "Mr. President / It was with great dismay …")."""
    inner = inner.rstrip()
    return 0 < len(inner.split()) <= 5 and inner[:1].isupper() \
        and (inner[-1:] in ",!" or inner[-1:].isalpha() and inner.startswith(_WORDS_OF_ADDRESS))


_WORDS_OF_ADDRESS = ("Mr ", "Mr. ", "Mister ", "Madam ", "Madame ", "Mrs ", "Mrs. ", "Ms ", "Ms. ", "Dear ", "Your ",
                     "Excellenc", "Honourable ", "Honorable ")
"""The words a salutation opens with (`_opens_a_text_printed_whole`)."""


def _relative_word_before(text: str, s0: int, clause_start: int) -> int:
    """Where the attribution clause of a quotation starts when a relative "where" or "when" opens it, with or without
    its comma ("… his campaign event in Tarsk where Mr Marr said “next year we are going to win again”.", the
    four-hundred-ninety-second set's call page): the relative word is the clause's, not the end of the words before
    it (the first speaker's report); `clause_start` otherwise."""
    for word in (" where ", " when "):
        if clause_start - s0 > len(word) and text.endswith(word, clause_start - len(word), clause_start):
            start = clause_start - len(word) + 1
            return start - 2 if text[start - 2] == "," else start
    return clause_start


def _only(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """True when text[lo:hi] holds nothing but what `pattern` allows (or nothing)."""
    return lo >= hi or pattern.match(text, lo, hi).end() == hi  # type: ignore[union-attr]


_NAMING_NOUN_BEFORE = re.compile(
    r"\b(?:programme|program|initiative|campaign|project|policy|strategy|slogan|motto|theme|operation|agenda|"
    r"doctrine|festival|exhibition|book|memoir|film|song|anthem|award|prize|movement|platform|forum|exercise|"
    r"concept|charter|plan|package|fund|scheme|show|newspaper|magazine|podcast|documentary|"
    r"interviews?\s+(?:for|with|to)|(?:resolutions?|declarations?|conference|seminar|workshop|symposium)\s+on)\s+$")
"""A lower-case noun that a quoted name follows ("the national programme “A Home for Every Family”"); a show,
a paper or an interview given to one, named in quotes (four-hundred-seventy-third pretsedatel_2020-11-21: "President
X, in the interview for “Trilling” on TV24, mainly addressed two major topics …": the programme's name, no words). Or a
resolution, a declaration or a conference "on" a quoted title (fivehundredthirty-first, Pakistan's Foreign Office:
"Welcoming the adoption of the resolution on “Peace and Security in South Asia”, the Foreign Secretary stressed that
…": the resolution's title, no one's words; the sentence is his report)."""


_SEMICOLON_AFTER_VERB = re.compile(r"(?:\s+(?:further|also|again))?(?:\s+(?:on|in|to)(?:\s+[\w@.’'-]+){1,4})?")
"""What may stand between a speech verb and the semicolon that leads a quotation in: nothing, or a short place
of posting ("on X", "in a post", "on social media", eighthundredthirtieth ngdailynews: "on his verified Twitter
page"); maybe an adverb of going on first, as before a colon (thousandfifth ngdailynews 2023-08-11: "He stated
further; “We are thankful for …”", "said also;", "added again;")."""


_WHEN_POSTED = r"(?:\s+(?:(?:that|the\s+same)\s+(?:day|morning|afternoon|evening|night)|today|yesterday|earlier|later))?"
"""A short time after a place of posting ("said on social media that day, “…”", "on X today"; `_PLACE_BEFORE_COMMA`)."""


_PLACE_BEFORE_COMMA = re.compile(r"\s+(?:on|in)(?:\s+(?!that\b)[\w@.’'-]+){1,3}?" + _WHEN_POSTED)
"""A short place of posting between a speech verb and the comma that leads a quotation in, as before a semicolon
(`_SEMICOLON_AFTER_VERB`), but "on" or "in" only, and no "that" ("noted in his message that, “…”" is a
report quoting words inside it; "said to those around him, “…”" a listener, inside a report in kremlin 37369);
maybe when, after it (eighthundredtwentyseventh asiae: "… shared on his social media that day, “…”")."""


_POSTING_VERB_WORD = re.compile(r"\b(?:shared|shares|posted|posts)\b")
_SOCIAL_PLACE_BEFORE_COMMA = re.compile(
    r"\s+on\s+(?:(?:his|her|their|its)\s+)?(?:official\s+|personal\s+|verified\s+)?"
    r"(?:social\s+media|social\s+networks?|SNS|(?-i:X)|Twitter|Facebook|Instagram|Telegram|Weibo)"
    r"(?:\s+(?:[Aa]ccount|[Pp]age|[Hh]andle))?"
    + _WHEN_POSTED)
"""(eighthundredtwentyseventh asiae 2026-01-02: "Governor Kim shared on his social media that day, “On the first day of
the new year, I visited …,” adding, “…”") A verb of posting ("shared", "posted"), no speech verb by itself ("shared
the vision", "troops posted"), leads a quotation in when a social network is the place it names before the comma: the
post's words, the poster's (`_lead_in_verb_before_place`). So too after a verb that leads quotations in by itself, where
the place is longer than `_PLACE_BEFORE_COMMA`'s three words (thousandfifteenth punch 2022-08-19: "After the meeting,
Soludo, wrote on his verified Facebook Page, “Today …": his post, not the words of the guest named last); the owner's
"verified" page or "handle" too, "Page" as the paper capitalises it."""


_OCCASION_BEFORE_COMMA = re.compile(r"\s+during\s+(?:the|an?|his|her|their|its)(?:\s+(?!that\b)[\w’'-]+){1,2}"
                                    r"(?:\s+(?:when|while)\s+(?:in|at)(?:\s+[A-Z][\w.’'-]*){1,3})?"
                                    r"(?:\s+(?:last|this|earlier|later)\s+(?:week|month|year|day|morning|afternoon|evening))?")
"""The occasion between a speech verb and the comma that leads a quotation in (`_lead_in_verb_before_place`): "during"
the meeting or interview, maybe where and when ("during the interview when in India last week"); no "that"."""


_THAT_COMMA_FIRST_PERSON = re.compile(r",\s*[\"“«‘']\s*(?:I|We|My|Our)\b")
"""After "that", a comma and a quotation that opens in the first person with a capital ('X wrote on Twitter that, "I had
a very productive call …"', fivehundredthirteenth asean: 'observed that, “I see great progress …'): the speaker's own
words led in, as after "said, “…”"; "that" is the writer's slip, not a report (a quotation in lower case after "that,",
ninetyninth kremlin 34088's "noted in his message that, “despite …”", stays inside the report)."""


def _lead_in_verb_before_place(text: str, lo: int, end: int) -> int | None:
    """Where the verb ends when text[lo:end] closes on a verb that leads quotations in (`LEAD_IN_VERBS`) and a short
    place of posting after it (sixhundredsixteenth agn_gt macron: "The French president said on his social networks,
    “Dear Bernardo, …”"; "stated on social media, “…”", "said in a statement, “…”"): the comma after the place leads
    the quotation in, as "said, “…”" does (`_PLACE_BEFORE_COMMA`); else None. Also a verb of posting or of leading in
    before a social network's place ("shared on his social media that day, “…”", "wrote on his verified Facebook Page,
    “…”", `_SOCIAL_PLACE_BEFORE_COMMA`) and an occasion ("commented during the interview …, “…”"). Bounded: the verb
    within 45 characters of the comma, 60 for a social place (asked only where " on " stands there), 80 for an
    occasion (only where "during " does)."""
    found = None
    for verb in verbs_in(text, max(lo, end - 45), end):
        if verb.group() in LEAD_IN_VERBS and _PLACE_BEFORE_COMMA.fullmatch(text, verb.end(), end):
            found = verb.end()
    if found is None and text.find(" on ", max(lo, end - 60), end) >= 0:
        # a verb of posting before a social network ("shared on his social media that day, “…”")
        for verb in _POSTING_VERB_WORD.finditer(text, max(lo, end - 60), end):
            if _SOCIAL_PLACE_BEFORE_COMMA.fullmatch(text, verb.end(), end):
                found = verb.end()
        if found is None:
            # a verb that leads in by itself before a longer social place ("wrote on his verified Facebook Page, “…”")
            for verb in verbs_in(text, max(lo, end - 60), end):
                if verb.group() in LEAD_IN_VERBS and _SOCIAL_PLACE_BEFORE_COMMA.fullmatch(text, verb.end(), end):
                    found = verb.end()
    if found is None and text.find("during ", max(lo, end - 80), end) >= 0:
        # (eighthundredseventh tpci: "He commented during the interview when in India last week, “I think …”"): the
        # occasion the words were spoken at between the verb and the comma, as a place of posting is
        for verb in verbs_in(text, max(lo, end - 80), end):
            if verb.group() in LEAD_IN_VERBS and _OCCASION_BEFORE_COMMA.fullmatch(text, verb.end(), end):
                found = verb.end()
    return found


def _said_to_listener_before(lead: str, text: str, quote: Quote) -> int | None:
    """(sevenhundredninth tianguan: "Premier Li Keqiang kindly said to the Group’s president Zhang Xiaoyang “Xiaoyang,
    your straw fiber ethanol …”.") A quotation that opens with a capital right after "said to <the one told>", no
    comma or colon between: the words said, the speaker's own, as after "said to X: “…”"; where "said" ends in `lead`,
    else None. Cheap: a literal " said to " / " says to " found first; the listener holds no stop or quote mark, so
    not "said to be …, “…”" led in by a later comma."""
    if not text[quote.start:quote.start + 1].isupper():
        return None
    at = max(lead.rfind(" said to "), lead.rfind(" says to "))
    if at < 0 or not _SAID_TO_LISTENER.fullmatch(lead, at + 5) or lead.startswith(" to be ", at + 5):
        return None
    return at + 5


_SEMICOLON_VERB_REACH = 40
"""How far before the semicolon its verb may start: the verb and a place of posting of four words ("stated on his
verified Twitter page;" is 36 characters)."""


def _semicolon_leads_in(text: str, quote: Quote, lead: str) -> bool:
    """(three-hundred-eighth pib_2026-03-24, pib_2026-04-16) A semicolon where a colon would stand, between a
    speech verb and a quoted sentence: "In a post on X, Shri Modi said; “Received a call from …”", "The Prime
    Minister wrote on X; “Received a phone call …”" (a house style of the Press Information Bureau): the
    clause before it leads the quotation in, as "said:" does. `lead` ends with ";"; only a quotation that opens
    one space after it with a capital letter, after a verb that leads quotations in (`LEAD_IN_VERBS`, not
    "signed the accord; “The Harbour Accord” …", "kept;", "praised;") whose clause ends at the semicolon: the
    verb last, or a short place of posting after it ("wrote on X", "said in a post"), not "(informed); “…”"."""
    if not text.startswith("; ", quote.open_mark - 2) or not text[quote.start:quote.start + 1].isupper():
        return False
    semicolon = len(lead) - 1
    return any(verb.group() in LEAD_IN_VERBS and _SEMICOLON_AFTER_VERB.fullmatch(lead, verb.end(), semicolon)
               for verb in verbs_in(lead, max(0, semicolon - _SEMICOLON_VERB_REACH), semicolon))


def _ends_its_sentence_as_a_phrase(text: str, quote: Quote, s0: int) -> bool:
    """A quotation with no cue that opens in lower case right after a word of its sentence
    (hundred-eighteenth: "But our state is fighting back, and Russia will achieve nothing but
    “contempt and condemnation from all decent people in the world.”"): a phrase the sentence's
    own grammar needs, so the sentence is read whole (as a report carried on, maybe), not the
    phrase as a statement apart (GOLD-FORMAT: partial quotes stay in the reported sentence)."""
    if not text[quote.start:quote.start + 1].islower():
        return False
    back = _words_end_before_mark(text, quote, s0)
    return back - s0 > 12 and text[back - 1].isalpha()


def _words_end_before_mark(text: str, quote: Quote, s0: int) -> int:
    """Where the sentence's words before the quotation's opening mark end, the spaces before the mark stepped back
    over, no further back than the sentence's start `s0` (`_ends_its_sentence_as_a_phrase`,
    `_a_label_in_a_describing_opener`)."""
    back = quote.open_mark
    while back > s0 and text[back - 1].isspace():
        back -= 1
    return back


def _quoted_one_before(text: str, lo: int, end: int) -> int:
    """Where "quoted" (or "quotes") stands in the last 80 characters of a lead-in ending at `end`, the one quoted named
    after it up to `end` ("The mayor quoted Mr. Y" before ", “…”"); -1 when it does not. Cheap: two bounded finds."""
    at = text.rfind(" quoted ", max(lo, end - 80), end)
    if at < 0:
        at = text.rfind(" quotes ", max(lo, end - 80), end)
    return at + 1 if at >= 0 else -1


_DESCRIBING_OPENER = re.compile(r"(?:Describing|Calling(?!\s+(?:on|upon|for)\b)|Labell?ing|Branding|Terming|Dubbing|"
                                r"Characteri[sz]ing)\s+(?:[\w’'.-]+\s+){1,5}?")
"""A sentence's opening participle of naming and its few words up to a quotation ("Describing them as ", "Calling the
officials "), matched from the sentence's start to the quotation's mark only (`_a_label_in_a_describing_opener`); not
"Calling on"/"Calling for", whose quotation is the call's own words ("Calling on the youth “Stay in school”, X said")."""


def _a_label_in_a_describing_opener(text: str, quote: Quote, s0: int) -> bool:
    """A short capitalised quotation that a naming participle opening the sentence leads in, with a comma right after
    it (thousandsecond thesun: "Describing them as ‘Little Napoleons’, Tuanku X warned that …"): the label the speaker
    gave, a term of the reported sentence, not words apart from it, as `_ends_its_sentence_as_a_phrase` reads one in
    lower case. (The comma after the mark and the first letter first: cheap; the opener matched in its span only.)"""
    if not text.startswith(",", quote.outer_end) or not text[quote.start:quote.start + 1].isupper():
        return False
    back = _words_end_before_mark(text, quote, s0)
    return _DESCRIBING_OPENER.fullmatch(text, s0, back + 1) is not None and _few_unstopped_words(text, quote, 4)


def _fragment_of_a_report(text: str, quote: Quote, s0: int, clause: tuple[int, int], s1: int) -> bool:
    """A quotation that opens in lower case right after a word of its sentence, or a capitalised label a naming
    opener leads in (`_a_label_in_a_describing_opener`), with its cue after it and nothing after the cue ("The
    invitation "was immediately accepted", he added."): a phrase of a sentence that reports, not words apart from it
    (`_ends_its_sentence_as_a_phrase` with a cue after the closing mark)."""
    if quote.close_mark is None or clause[0] < quote.close_mark \
            or not (_ends_its_sentence_as_a_phrase(text, quote, s0) or _a_label_in_a_describing_opener(text, quote, s0)):
        return False
    pos = clause[1]
    while pos < s1 and text[pos] in " .!?…":
        pos += 1
    return pos >= s1


def _few_unstopped_words(text: str, quote: Quote, most: int, stops: str = ".!?;:,") -> bool:
    """Whether the quotation holds at most `most` words and none of `stops`: a term or a name, not a sentence
    (`_a_term_inside`, `_a_quoted_name_as_a_subject`, `_a_term_after_an_article`)."""
    words = text[quote.start:quote.end]
    return len(words.split()) <= most and not any(c in words for c in stops)


def _a_term_inside(text: str, quote: Quote) -> bool:
    """A short quotation set among its sentence's words, a word right before it and a lower-case one right after it
    (fivehundredtwentyninth hksar 2016-12-21: "… praised him for his dedication to the “one country, two systems”
    policy in spite of …"): a term the sentence names, no one's words (GOLD-FORMAT: a quotation of a term), so no
    statement apart that would split the report around it. (The marks' neighbours first: cheap.)"""
    if quote.close_mark is None or quote.continued or quote.continues:
        return False
    at, after = quote.open_mark, quote.outer_end
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha() \
            or not text.startswith(" ", after) or not text[after + 1:after + 2].islower():
        return False
    return _few_unstopped_words(text, quote, 6, ".!?;:")


def _fragment_after_its_verb(text: str, quote: Quote) -> bool:
    """A short quotation in lower case set right after its cue's words, with no stop or comma inside, that its sentence
    goes on after in lower case ("X first stated “what a great pleasure” it was to receive …"): a piece of the
    reported sentence, as `_a_term_inside` reads a term among its words (GOLD-FORMAT: partial quotes stay in the
    reported sentence); not "said “we welcome you,” referring to …", a quotation closed by its comma."""
    return text[quote.start:quote.start + 1].islower() and _a_term_inside(text, quote) \
        and "," not in text[quote.start:quote.end]  # (`_a_term_inside` read the words and the stops)


def _ends_its_sentence_after_its_comma(text: str, quote: Quote, s0: int, s1: int) -> bool:
    """A quotation with no cue that opens in lower case after a comma of its sentence and ends it
    (hundred-ninety-second 73901: "After all, when active hostilities continue …, “no one will ever
    recognize the results of this referendum.”" right after "the Head of State stressed that …"): the
    main clause the sentence's opening clause needs, so the sentence is read whole (a report carried
    on, maybe), as `_ends_its_sentence_as_a_phrase` reads one after a word. (A cheap lower-case test
    first; then a comma before the mark, a long enough clause before it, the mark closing the sentence;
    no quotation mark before it in the sentence: '"The people …," said the host, "stand side by side …"' is
    one quotation split by its attribution.)"""
    if not text[quote.start:quote.start + 1].islower() or quote.close_mark is None:
        return False
    back = quote.open_mark
    while back > s0 and text[back - 1].isspace():
        back -= 1
    return back - s0 > 24 and text[back - 1] == "," and _closes_its_sentence(text, quote, s1) \
        and not any(mark in text[s0:back] for mark in "\"“”«»")  # (not a quotation split by "said X,")


def _closes_its_sentence(text: str, quote: Quote, s1: int) -> bool:
    """Nothing but a stop after the quotation's closing mark before its sentence ends (read from the mark,
    no slice: it stops at the first other character, so many quotations in one sentence stay linear)."""
    if quote.close_mark is None:
        return False
    pos = quote.close_mark + 1
    while pos < s1 and text[pos] in " .!?…":
        pos += 1
    return pos >= s1


def _a_title_mid_sentence(text: str, quote: Quote, inner: str) -> bool:
    """A short quotation after a colon that its sentence goes on after in lower case, with no stop inside and every
    long word capitalised (fivehundredfortyseventh norden.ee: "On May 8 X opened a Nordic-Baltic Innovation seminar:
    “Science, Technology and Entrepreneurship” in Tallinn."): the seminar's title, three long words enough, not words
    anyone said (GOLD-FORMAT: a quotation of a title); "X told the forum: “We Will Win”." ends its sentence and stays
    speech. (The character after the closing mark first: cheap.)"""
    after = quote.outer_end
    return quote.close_mark is not None and text.startswith(" ", after) and text[after + 1:after + 2].islower() \
        and not any(c in inner for c in ".!?;") and title_case(inner, least=3)


def _named_by_a_noun(text: str, quote: Quote, s0: int) -> bool:
    """A quotation that names what the noun before it is (hard23: "Touching on the national programme “A
    Home for Every Family”, President X exhorted …"): a title, closed, of ten words at most, with no stop
    inside, in the middle of its sentence; neither the clause after it nor the one before is its cue.
    (A cheap test of the character before the mark first: a letter and a space.)"""
    at = quote.open_mark
    if at - s0 < 8 or text[at - 1] != " " or not text[at - 2].isalpha() or quote.close_mark is None \
            or quote.continues or quote.continued:
        return False
    words = text[quote.start:quote.end]
    return len(words.split()) <= 10 and not any(c in words for c in ".!?;") \
        and _NAMING_NOUN_BEFORE.search(text, max(s0, at - 20), at) is not None


_THEME_BEFORE = re.compile(r"\b(?:theme|slogan|motto)(?:\s+of)?\s*[:,]?\s*$")
"""A noun that only names what a quotation after it is, a colon or a comma maybe between ("under the theme: “…”",
"the slogan, “…”", "the theme of “…”")."""


_THEME_IS_BEFORE = re.compile(r"\b(?:theme|slogan|motto)\s+(?:(?:for|of)\s+(?:[\w’'-]+\s+){1,6}?)?(?:is|was)\s*[:,]?\s*$")
"""The same noun as the subject of "is" or "was", what it is the theme of maybe between (fourhundredninetieth
stvincent_gov biennial_meeting: "The theme for the 2023 Biennial Meeting is “Respair: Renewing our trust in the global
arena.”")."""


def _told_by_unnamed_sources_after(text: str, quote: Quote, s1: int) -> bool:
    """Whether unnamed sources or officials tell the quotation right after it (`_SOURCES_SAY_AFTER`; a cheap look for
    "sources" or "officials" near the closing mark first), or one unnamed official brought in by "a"/"an" with no body
    after him (`_AN_OFFICIAL_SAYS_AFTER`)."""
    after = quote.outer_end
    reach = min(s1, after + 30)
    if quote.close_mark is None:
        return False
    if text.find(" official ", after, min(s1, after + 50)) >= 0 and _AN_OFFICIAL_SAYS_AFTER.match(text, after, s1):
        return True
    if text.find("sources ", after, reach) < 0 and text.find("officials ", after, reach) < 0:
        return False
    return _SOURCES_SAY_AFTER.match(text, after, s1) is not None


def _said_by_a_body_after(text: str, quote: Quote, s1: int) -> bool:
    """Whether a body tells the quotation right after it (`_A_BODY_SAYS_AFTER`; a cheap "the " near the closing mark
    first, far enough for "a press release from the " before it)."""
    after = quote.outer_end
    if quote.close_mark is None or text.find("the ", after, min(s1, after + 32)) < 0 \
            and text.find("MO ", after, min(s1, after + 36)) < 0 and not text[after:after + 4].lstrip(" ,")[:1].isupper():
        return False
    return _A_BODY_SAYS_AFTER.match(text, after, s1) is not None


_IT_SAYS_AFTER = re.compile(r"[,.]?\s*it\s+(?:also\s+)?(?:said|says|added|adds|stated|states|noted|notes|continued|read|reads)\b")
"""A tag right after a quotation's closing mark whose subject is "it" (ninehundredthirtysecond abscbn: "“The DOH will
therefore accept any application …,” it said in a statement.", after "the Department of Health (DOH) said “…”";
ninehundredtwentyfourth newsunplug: "“He heard first-hand …,” it read." after "…, a statement from his office said."): a
body or a text tells the words, never a person (`_said_by_it_after`)."""
_FIRST_PERSON_SINGULAR = re.compile(r"\b(?:I|me|my|myself|mine)\b")
"""A quotation's words in the first person singular ("“I heard the experiences of these communities …,” it read."):
a person's own, his statement read out, never a body's (`_said_by_it_after`; "we" may be a body's)."""


def _said_by_it_after(text: str, quote: Quote, s0: int, s1: int) -> str | None:
    """Whose words a quotation is when "it" and a speech verb tag it right after its closing mark (`_IT_SAYS_AFTER`):
    "text" when the last text named within `_IT_TEXT_REACH` before the sentence is a body's statement, communiqué or
    press release (the text's words, no one's: "…, a statement from his office said." … "“He heard …,” it read.", the
    "he" not the person named last); "body" when no text is named (a body's words, read as its sentences tell, as
    "“…,” the ministry said."); "own" when the words are in the first person singular (`_FIRST_PERSON_SINGULAR`, hr64:
    "Ambassador X issued a statement …" … "“I heard …,” it read.": X's own statement read out, his words,
    `_owner_of_statement_named_before`); None when no "it" tags it or when the text named last is a person's own ("his
    statement", a letter, a post, a message: `_A_TEXT_NAMED_BEFORE`): told as before. The cheap test of "it " near the
    closing mark first."""
    after = quote.outer_end
    if quote.close_mark is None or text.find("it ", after, min(s1, after + 4)) < 0 \
            or _IT_SAYS_AFTER.match(text, after, s1) is None:
        return None
    if _FIRST_PERSON_SINGULAR.search(text, quote.start, quote.end) is not None:
        return "own"
    last = _last_text_named_before(text, s0)
    if last is None:
        return "body"
    return "text" if last["own"] is None and last["noun"].startswith(_BODYS_TEXT_NOUNS) else None


def _last_text_named_before(text: str, s0: int) -> re.Match[str] | None:
    """The last text (`_A_TEXT_NAMED_BEFORE`) named within `_IT_TEXT_REACH` before the sentence at `s0`, or None."""
    last = None
    for last in _A_TEXT_NAMED_BEFORE.finditer(text, max(0, s0 - _IT_TEXT_REACH), s0):
        pass
    return last


_FRONTED_IN_A_TEXT = re.compile(r"(?:In|According\s+to)\s+(?:a|an|the|his|her|their)\s+[^,.;“”\x22]{0,60},\s+")
"""A sentence's fronted "In a statement on Tuesday, " / "According to the statement, " before its subject
(`_owner_of_statement_named_before`)."""


_INVERTED_SAID = re.compile(r",?\s+(?:said|says|added|stated|noted|told\s+[a-z]+)\s+(?=[A-Z])")
"""An inverted speech verb right after a quotation's closing mark, its subject after it ("…,” said Oxfam, …")."""


def _said_by_a_described_body_after(text: str, quote: Quote, s1: int) -> bool:
    """Whether the inverted tag right after a quotation names one word described as a body or a place up to the
    sentence's stop (hr61: "“…,” said Oxfam, a charity.", "said Amnesty, a rights watchdog.",
    `name_registry.body_described_after`): the body's words, no one's, so not the last speaker's either (a cheap test
    of the closing mark and "said" first)."""
    if quote.close_mark is None or (said := _INVERTED_SAID.match(text, quote.outer_end, s1)) is None:
        return False
    stop = text.find(".", said.end(), min(s1, said.end() + 80))
    return stop > said.end() and body_described_after(text, said.end(), stop)


def _text_named_nowhere_before(text: str, told: re.Match[str], before: int) -> bool:
    """Whether the text that tells a quotation after it ("the statement says", `_THE_TEXT_SAYS`, or "stated the press
    release", `_SAYS_THE_TEXT`) is one the readout names nowhere before the quotation: "the statement" is then the
    release itself, not a text someone put out."""
    words = told.group().split()
    at = next(k for k, word in enumerate(words) if word.lower() in ("the", "this", "its")) + 1
    noun = words[at + 1 if words[at] == "official" and at + 1 < len(words) else at].lower()  # (not "official")
    return text.find(noun[:8], 0, before) < 0 and text.find(noun[:8].capitalize(), 0, before) < 0


def _last_named_as_an_unnamed_text(text: str, told: re.Match[str], before: int) -> bool:
    """Whether the text that tells a quotation after it ("said the statement") was last named before as an unnamed
    release telling one (`_AN_UNNAMED_TEXT_SAYS`: "“…,” an official statement said …"): the same release, no one's."""
    noun = "statement" if "tatement" in told.group() else "release"
    at = text.rfind(noun, max(0, before - _BODYS_TEXT_REACH), before)
    if at < 0:
        return False
    opening = max(text.rfind(" a", max(0, at - 16), at), text.rfind(" A", max(0, at - 16), at),
                  text.rfind("\nA", max(0, at - 16), at))  # (", an official …" or a sentence's "An official …")
    told_before = _AN_UNNAMED_TEXT_SAYS.match(text, opening + 1) if opening >= 0 else None
    return told_before is not None and told_before.end() > at


def _last_named_as_a_bodys_text(text: str, told: re.Match[str], before: int) -> bool:
    """Whether the text that tells a quotation after it ("“…,” the statement said.") was last named before as a body's
    text telling one (`_A_BODY_SAYS_AFTER`, `_A_BODYS_TEXT`; ninehundredfifth, Armenpress: "“…,” the Syunik government
    statement said. … “At the same time, …,” the statement said."): the same text, no one's, not the last speaker's.
    Only the last "statement" (or "release", "communiqué") before the quotation, within a short release's reach."""
    group = told.group()
    noun = "statement" if "tatement" in group else "ommuniq" if "ommuniq" in group else "release"
    at = text.rfind(noun, max(0, before - _BODYS_TEXT_REACH), before)
    if at < 0:
        return False
    opening = text.rfind("the ", max(0, at - 60), at)
    told_before = _A_BODY_SAYS_AFTER.match(text, opening, before) if opening >= 0 else None
    return told_before is not None and told_before.end() > at


def _release_first_named_unnamed(text: str, told: re.Match[str], before: int) -> bool:
    """Whether "the release" that tells a quotation after it was first named, before the quotation, as an unnamed
    release (`_AN_UNNAMED_RELEASE_FIRST`: "according to a press release"): the release's words, no one's."""
    if "elease" not in told.group():
        return False
    at = text.find("release", 0, before)
    if at < 0:
        return False
    first = _AN_UNNAMED_RELEASE_FIRST.search(text, max(0, at - 30), at + 12)
    return first is not None and first.end() == at + 7


def _second_quotation_joined_by_and(text: str, prev_end: int, quote: Quote) -> bool:
    """Whether only "and", a speech verb and maybe "that" stand between the quotation before and `quote`
    (`_AND_VERB_BETWEEN_QUOTES`; a cheap " and " within the gap first)."""
    if quote.open_mark - prev_end > 40 or text.find("and ", prev_end, quote.open_mark) < 0:
        return False
    joined = _AND_VERB_BETWEEN_QUOTES.match(text, prev_end, quote.open_mark)
    return joined is not None and joined.group(1) in ALL_SPEECH_VERBS


def _named_by_a_theme(text: str, quote: Quote, s0: int) -> bool:
    """A quotation that a meeting's theme, slogan or motto leads in (fourhundredfortysixth dirco 2016-05-28: "The
    15th Africa-Nordic Ministerial Meeting took place under the theme: "Foreign and security policy at a crossroads:
    Ensuring stability and prosperity in a new security landscape.""): a title however long, closed, even with its
    own stop and ending its sentence, not words anyone said (GOLD-FORMAT: a quotation of a title, slogan or term);
    the sentence around it is read as it stands. (A cheap test of the letter before the mark and the colon, comma or
    space between first.)"""
    at = quote.open_mark
    if at - s0 < 8 or quote.close_mark is None or quote.continued or text[at - 1] not in " :,":
        return False
    if text[at - 2] == "s":  # ("The theme for the 2023 Biennial Meeting is “…”")
        return _THEME_IS_BEFORE.search(text, max(s0, at - 72), at) is not None
    return text[at - 2] in "e:,fno " and _THEME_BEFORE.search(text, max(s0, at - 24), at) is not None


_COPULA_AFTER_A_NAME = re.compile(r" (?:is|was|are|were|has|had|will|would) [a-z]")
"""A verb of being or an auxiliary, then a lower-case word, right after a quoted name (`_a_quoted_name_as_a_subject`)."""


def _a_quoted_name_as_a_subject(text: str, quote: Quote) -> bool:
    """A short quotation opening with a capital, right after a word of its sentence, with "is", "was", "will" … and a
    lower-case word right after its closing mark (sixhundredeightyeighth dlgov qatar: "Mr. Xiao said “Made in China
    Qatar Show 2017” is an important platform to show …"): the quoted name of an event or a thing, the subject of the
    clause reported, no one's words (GOLD-FORMAT: a quotation of a title), so the sentence is read as if unquoted.
    (The marks' neighbours first: cheap.)"""
    if quote.close_mark is None or quote.continued or quote.continues:
        return False
    at, after = quote.open_mark, quote.outer_end
    if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha() or not text[quote.start:quote.start + 1].isupper() \
            or _COPULA_AFTER_A_NAME.match(text, after) is None:
        return False
    return _few_unstopped_words(text, quote, 6)


def _a_term_after_an_article(text: str, quote: Quote, s0: int) -> bool:
    """A short quotation between an article and a lower-case word after it (sixhundredfiftieth businessstandard
    2022-06-22: "the chief minister presented a 'Patachitra' painting to the Pope"): a word naming a kind of thing,
    the noun after it its head (GOLD-FORMAT: a quotation of a term), no one's words. (The article before the mark and
    the lower-case letter after it first: cheap.)"""
    at, after = quote.open_mark, quote.outer_end
    if quote.close_mark is None or quote.continued or quote.continues or at - s0 < 3 \
            or not text.startswith(" ", after) or not text[after + 1:after + 2].islower():
        return False
    if not (text.endswith((" a ", " an ", " the "), s0, at) or text.startswith(("a ", "an ", "the "), s0) and
            text.find(" ", s0, at) == at - 1):
        return False
    return _few_unstopped_words(text, quote, 3)


_IN_WHAT_X_CALLED = re.compile(r"\b[Ii]n\s+what\s+(?:[\w’'.-]+\s+){1,5}?(?:called|termed|dubbed|described\s+as|labell?ed)\s*$")
"""What leads in a phrase its speaker's sentence quotes as his: "in what he called", "in what she described as"
(`_a_phrase_someone_called`)."""


def _a_phrase_someone_called(text: str, quote: Quote, s0: int) -> bool:
    """A quotation in lower case led in by "in what X called" inside its sentence (hard71: "… accused Drentholm of
    holding back water …, in what he called "a slow siege" of farmers downstream."; "In what he called “the most
    important visit of the year,” the President received …"): a phrase of the sentence's own report, read with its
    words as if unquoted (as hard66's quoted phrase inside reported speech), not a direct statement apart. (The
    lower-case letter first: cheap.)"""
    if not text[quote.start:quote.start + 1].islower() or quote.continued or quote.continues:
        return False
    return _IN_WHAT_X_CALLED.search(text, max(s0, quote.open_mark - 60), quote.open_mark) is not None


_NAMING_WORD = re.compile(r"(?:dubbed|called|named|titled|entitled|themed|nicknamed|known\s+as)\s*$")
"""What names a thing before its quoted name ("the forum, dubbed “Dialogues: Yesterday, Today, Tomorrow,” …")."""


def _named_by_the_quotation(text: str, quote: Quote, lo: int) -> bool:
    """A quotation that a naming word leads in ("During the forum, dubbed “Dialogues: Yesterday, Today,
    Tomorrow,” Putin reiterated …"): a thing's name, not words the person after it said; its comma ends
    the name's aside (a cheap "ed" or "as" before the mark first)."""
    before = text[max(lo, quote.open_mark - 20):quote.open_mark].rstrip()
    return before.endswith(("ed", "as")) and _NAMING_WORD.search(before) is not None


_NAMING_WORD_BEFORE_COLON = re.compile(r"\b(?:titled|entitled|themed|dubbed|nicknamed)\s*:\s*$")
"""A naming word with a colon after it before a quotation: "in a presentation entitled: “…”" (not "called:", which
may be a call out loud)."""


def _named_after_a_colon(lead: str) -> bool:
    """Whether the lead before a quotation ends on a naming word and a colon (eighthundredthirtieth sunnews: "Wike spoke,
    yesterday, during a forum … in a presentation entitled: “Understanding current political and security situation in
    Rivers State …”"): the quotation is the presentation's title, no one's words, neither the subject's before it nor
    the last speaker's (GOLD-FORMAT: a quotation of a title). A cheap test of "ed:" first."""
    return lead.endswith("ed:") and _NAMING_WORD_BEFORE_COLON.search(lead, max(0, len(lead) - 20)) is not None


_NAMING_PARTICIPLES = ("called", "named", "dubbed", "nicknamed")
"""The participles that name a thing right before its quoted name (`_named_by_a_participle`)."""
_NAMING_PARTICIPLE_ASIDE = re.compile(r",\s+(?:then|now|formerly|once|locally|popularly|commonly|originally|later)\s+"
                                      r"(?:called|named|dubbed|nicknamed)\Z")
"""A comma, a time or manner word and a naming participle closing a lead-in: ", then called", ", locally named"
(`_named_by_a_participle`); not a bare ", called", which may close a person's apposition ("what X, President of …,
called “…”": X's words)."""
_APPOSITION_REACH = 100
"""How far before the naming aside's comma another comma makes it the close of an apposition (`_named_by_a_participle`)."""


def _named_by_a_participle(lead: str) -> bool:
    """Whether the lead before a quotation ends on an aside that names what comes before its comma, a comma, a time or
    manner word, then a naming participle with no subject of its own, and no other comma near before it
    (ninehundredfourth amianan 2023-09-01: "Baguio was historically part of Benguet Province, then called “Kafagway” or
    pasture land."): the quotation is the thing's name, no one's words
    (GOLD-FORMAT: a quotation of a term), neither the sentence's subject's nor the last speaker's; not "X called “…”",
    whose subject stands before the verb with no comma (`_NAMES_A_QUOTATION`: X's words). The caller tests the
    participle at the lead's end first: cheap."""
    aside = _NAMING_PARTICIPLE_ASIDE.search(lead, len(lead) - 30 if len(lead) > 30 else 0)
    # (not after another comma near before it: tenth whitehouse 2021-09-03 "what Fatima Goss Graves, President and CEO
    # of the National Women’s Law Center, called “a legal and public health emergency”": an apposition's close, her words)
    return aside is not None \
        and lead.find(",", aside.start() - _APPOSITION_REACH if aside.start() > _APPOSITION_REACH else 0, aside.start()) < 0


def _name_before_name(text: str, quote: Quote, pos: int, s0: int, hi: int) -> bool:
    """A quotation that ends on no punctuation, with only a space before the name after
    it ("Chairman of the Board of PJSC “Kryukov Car Works” Volodymyr Prykhodko told the
    President that …"): a firm's name in the speaker's office, not his words (which end on a
    comma or a stop before their speaker, "“…,” X said"). Not a quotation closed at its comma
    because its closing mark was lost ("“The door is open to every investor, X said."), nor words closed
    by a dash ("– … threats on our eastern flank – President Wierzbicki said …", styles5), nor words that
    open their sentence (`_words_open_their_sentence`), nor words a capitalised tag closes, "Said" and the speaker and
    nothing more up to `hi` (eighthundredeightyfifth newsmoto: "“… I joined H.E President Uhuru Kenyatta in welcoming
    H.E Yoweri Museveni at Moi International Airport, Mombasa.Karibu Mombasa” Said Governor Joho": words so full of
    names that they read as a title, yet no firm's name is followed by a speech verb and a person alone,
    `_capitalised_verb_before_speaker`)."""
    return pos == quote.outer_end + 1 and text[quote.outer_end] == " " and quote.end > quote.start \
        and text[quote.end - 1].isalnum() and text[pos].isupper() and text[quote.outer_end - 1] not in ",–—" \
        and not _words_open_their_sentence(text, quote, s0) \
        and _capitalised_verb_before_speaker(text, pos, hi) is None


_WORDS_OPENING_A_SENTENCE = 6
"""How many words a quotation that opens its sentence holds at least to be read as words said, not a name."""


def _words_open_their_sentence(text: str, quote: Quote, s0: int) -> bool:
    """A quotation that opens its sentence, six words or more not capitalised as a title, its comma left out before the
    speaker after it (sixhundredthirtyfifth theafricawatch: "“I have met with the president and we have talked about
    issues of our country, …” Maalim said after his talk with president Magufuli."): words said, not a name (a firm's
    name stands inside a sentence, after the noun it names)."""
    return _only(_LEAD_SPACE, text, s0, quote.open_mark) \
        and len(text[quote.start:quote.end].split()) >= _WORDS_OPENING_A_SENTENCE \
        and not title_case(text[quote.start:quote.end])


_INSCRIPTION_LEAD_IN = re.compile(
    r"(?:\b(?:inscriptions?|engravings?|epitaphs?|banners?|placards?|posters?|captions?)"
    r"(?:\s+(?:that\s+|which\s+)?(?:reads?|says|reading|saying))?"
    r"|\b(?:inscribed|engraved)(?:\s+with)?(?:\s+the\s+words?)?)\s*:\s*$", re.IGNORECASE)
"""A lead-in to a written object's words: "carries the inscription:", "a banner reading:", "engraved with the words:",
"The photo caption reads:" (a picture's caption, sixhundredfortyfourth err kapo)."""


_LAW_NOUNS = ("Constitution", "Charter", "Act", "Ordinance", "Order", "Statute", "Code", "Regulation", "Article",
              "Section", "Clause")
"""The capitalised names of a law or of one of its parts, whose words a readout may quote (`_LAWS_TEXT_LEAD_IN`)."""
_LAWS_TEXT_LEAD_IN = re.compile(
    r"\b(?:" + "|".join(_LAW_NOUNS) + r")s?\b[^:;.“”\"]{0,24}?,\s+which\s+(?:states|stipulates|provides|reads|says)"
    r"(?:,?\s+(?:in\s+part|inter\s+alia))?,?\s*:\s*\Z")
"""A lead-in that hands the quotation to a law: "… in accordance with Section 55 (1) of the Virgin Islands Constitution
Order, 2007, which states:", "… under Article 5 of the Charter, which reads, in part:"."""


def _a_laws_words(text: str, s0: int, open_mark: int) -> bool:
    """Whether the quotation opening at `open_mark` is the words of a law its lead-in names ("…'s appointment is in
    accordance with Section 55 (1) of the … Constitution Order, 2007, which states: “If the Premier is …”"): a text,
    no one's speech, neither the person the sentence names nor the last speaker's (a cheap colon and ", which" test
    first)."""
    lo = max(s0, open_mark - 160)
    colon = text.rfind(":", lo, open_mark)
    if colon < 0 or text[colon + 1:open_mark].strip() or text.find(", which ", lo, colon) < 0:
        return False
    return _LAWS_TEXT_LEAD_IN.search(text, lo, colon + 1) is not None


def _an_inscriptions_words(text: str, s0: int, open_mark: int) -> bool:
    """Whether a quotation with no cue is the words written on a thing (hundred-sixty-ninth 67065: "The bottom of
    the monument carries the inscription:“We are a single people, …”"): a text, no one's speech, so not the
    readout's last speaker's either (a cheap colon and "scri"/"grav"/"ban"/"plac"/"post"/"apti" test first)."""
    lo = max(s0, open_mark - 60)
    colon = text.rfind(":", lo, open_mark)
    if colon < 0 or text[colon + 1:open_mark].strip():
        return False
    lead = text[lo:colon]
    if not any(w in lead for w in ("scri", "grav", "aph", "anner", "lacard", "oster", "aption")):
        return False
    return _INSCRIPTION_LEAD_IN.search(text, lo, colon + 1) is not None


_A_BODY_OPENS = re.compile(
    r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,4}?(?i:council|board|committee|commission|cabinet|assembly|parliament|congress|"
    r"senate|conference|forum|summit|meeting|panel|task\s+force|caucus|working\s+group)\s+(?:also\s+|then\s+)?[a-z]+")
"""A collective body as a cue's subject: "The Council discussed", "The Board also reviewed"."""


_TITLES_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "dr"})


def _named_inside_by_title(text: str, person: Person, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] names `person` by an office or a title of address and their surname ("… meeting with Prime
    Minister Trudeau …", "Mr Trudeau"): words said of them, in the third person, not theirs (not "Ivo Marr asked", a
    first name before it)."""
    surname = person.surname()  # (casefolded)
    if not surname or len(surname) < 3:
        return False
    words = text[lo:hi]
    lowered = words.lower()
    at = lowered.find(surname)
    while at >= 0:
        end = at + len(surname)
        if at > 1 and words[at].isupper() and words[at - 1] == " " and (end >= len(words) or not words[end].isalpha()):
            title = lowered[lowered.rfind(" ", 0, at - 1) + 1:at - 1].rstrip(".")
            if title in ROLE_WORD_SET or title in _TITLES_OF_ADDRESS:
                return True
        at = lowered.find(surname, end)
    return False


def _last_subject_not_named_inside(text: str, subjects: list[Person], lo: int, hi: int) -> Person:
    """The last subject whom a quotation with no attribution does not name by title and surname (fivehundredfortysixth
    texasgov 23265: "Governor Greg Abbott today met with … Prime Minister Justin Trudeau … Prime Minister Trudeau met
    with the Governor …" / "“Today’s meeting with Prime Minister Trudeau was very productive, and I was honored to have
    him here …”": the host's words, not the guest's, whom they name); the last subject when every one is named."""
    for person in reversed(subjects[-4:]):
        if not _named_inside_by_title(text, person, lo, hi):
            return person
    return subjects[-1]


def _tag_names_another_office(text: str, quote: Quote, clause: tuple[int, int] | None, person: Person) -> bool:
    """Whether the tag after a quotation (its clause right after the closing mark) has for its subject "the …
    <office>" that the engine could give to no one named, and the last speaker or subject it would fall back to
    holds offices, none of them that one (hr61: "Premier X of Velsk met Mayor Y … “…,” the Velsk Finance and Economy
    MEC said.": an MEC unnamed, not the Premier): the words are the described one's, no one named's. A description
    that is no office ("the veteran", "the 62-year-old") or one whom the fallback may hold is left to it."""
    if clause is None or clause[0] < quote.outer_end or clause[0] - quote.outer_end > 4 \
            or text[clause[0]:clause[0] + 4] not in ("the ", "The ") or not person.roles:
        return False
    if _A_BODYS_REPRESENTATIVE_TAG.match(text, clause[0], clause[1]) is not None:
        # ("“…,” the agency's representative said." after a minister and a director named, no representative): a
        # body's own officer, no "anyone's" word, whom the fallback holds no office of
        return not any(roles_compatible("representative", r) for r in person.roles)
    phrase = phrase_starting_at(text, clause[0], clause[1])
    if phrase is None or phrase.kind != "description" or phrase.possessive or not phrase.role:
        return False
    head = phrase.role.rpartition(" ")[2]
    if head not in ROLE_WORD_SET or head in _ANY_ONES_WORDS:
        return False
    offices = [r for r in person.roles if r.partition(" of ")[0].rpartition(" ")[2] not in _NO_OFFICES_WORDS]
    return bool(offices) and not any(
        roles_compatible(phrase.role, r) or roles_compatible(r, phrase.role) or _a_word_shared(head, r) for r in offices)


_A_BODYS_REPRESENTATIVE_TAG = re.compile(r"[Tt]he [a-z]+['’]s representative\b")
"""A tag's subject "the agency's representative" (rf5, after h1234's `phrases._A_BODYS_OWN_OFFICERS`): a body's officer
named by its common noun's possessive, an office of its own though "representative" alone may mean anyone
(`_tag_names_another_office`)."""


_ANY_ONES_WORDS = frozenset({"official", "officer", "dignitary", "diplomat", "envoy", "leader", "politician",
                             "lawmaker", "legislator", "representative", "delegate", "guest", "visitor", "host",
                             "general", "admiral", "colonel", "major", "captain", "lieutenant", "brigadier", "marshal",
                             "commodore", "sergeant", "commander", "chief", "head", "boss", "veteran", "statesman"})
"""Words for anyone in office, or a rank held beside an office ("the official", "the Rear Admiral" of a fleet's
commander): the last speaker or subject may be called so whatever his office (`_tag_names_another_office`)."""


_NO_OFFICES_WORDS = _ANY_ONES_WORDS | {"professor", "doctor", "dr", "prof", "academician", "scholar", "expert",
                                       "excellency", "honourable", "hon", "sheikh", "mr", "mrs", "ms", "dame", "sir"}
"""Roles a person may be known by that are no office of his own (a guest, a professor, a style): with only these, a
tag's office may still be his (hard39: "Rostislav Amurin", the guest, is "the President of Velgoria" after)."""


def _a_word_shared(head: str, role: str) -> bool:
    """Whether the office word `head` opens a word of `role` or one of its words opens it ("co-chairman" and "co-chair
    of … group", "president" and "foundation president"): the same office, written short or long."""
    return any(word[:4] == head[:4] and (word.startswith(head) or head.startswith(word)) for word in role.split())


_A_MINISTRY_OPENS = re.compile(r"[Tt]he\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Embassy|Consulate|" + _BODY_NOUNS[3:]
                               + r"(?![’']s)(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w’'-]*)+)?(?:\s+\([A-Z]{2,6}\))?\s+(?:also\s+)?[a-z]+")
"""A ministry, an embassy or another body that puts out texts as a cue's subject before its quotation (sixhundredsixteenth
agn_gt taiwan_dinner: "The Taiwanese Ministry of Foreign Affairs stated on social media, “…”"), as `_A_BODY_SAYS_AFTER`
reads one after it; its acronym in brackets maybe after it (eighthundredfirst menafn sai: "In a post on X, the Prime
Minister's Office (PMO) said, “Chief Minister of Chhattisgarh, X, … met Prime Minister …”": the office's, no one's)."""


def _cue_of_a_body(text: str, clause: tuple[int, int] | None) -> bool:
    """Whether a quotation's cue, found with no person, has a body for its subject (hundred-twenty-seventh:
    "The Council discussed “long-term recovery and rebuilding.”", after "Co-Chair of the Council of
    Governors Minnesota Governor X"; a ministry's, `_A_MINISTRY_OPENS`): a body's words or topic are no one's,
    so not the last subject's either (a cheap "The"/"the" at the clause's start first); or a body's account on a
    social network, after an opening adverbial maybe (`_A_BODYS_ACCOUNT_OPENS`), the clause's start read back from
    the verb."""
    if clause is None:
        return False
    reach = max(0, clause[0] - ACCOUNT_REACH)  # (the clause found may open at the last capital: "Kavalam tweeted: ")
    at = max(text.rfind(" handle of ", reach, clause[1]), text.rfind(" account of ", reach, clause[1]))
    if at >= 0:
        start = text.rfind("the ", max(0, at - 24), at)
        if start >= 0 and _A_BODYS_ACCOUNT_OPENS.match(text, start, clause[1]) is not None:
            return True
    if not text.startswith(("The ", "the "), clause[0]):
        return False
    return _A_BODY_OPENS.match(text, clause[0], clause[1]) is not None \
        or _A_MINISTRY_OPENS.match(text, clause[0], clause[1]) is not None


_INVERTED_UNNAMED_SPOKESPERSON = re.compile(
    r"(?:said|added|stated)\s+an?\s+(?:[A-Za-z][\w-]*\s+){0,2}?spokes(?:person|man|woman)\b(?!,\s+(?:[A-Z]|the\s+[A-Z]))")
"""An inverted tag whose subject is a spokesperson brought in by "a"/"an", no name set off after him
(`_said_by_an_unnamed_spokesperson`)."""


_INVERTED_UNNAMED_ONE = re.compile(
    r"(?:said|added|says)\s+(?:a|an|one)\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]*)"
    r"(?=\s+(?:who|from|of|at|in|with|living|based)\b|\s*[.!?]?\s*$)")
"""An inverted tag whose subject is one brought in by "a", "an" or "one", all in lower case and no name after him
("said a returnee investor who moved home …", "said a young returnee from …", "said one resident."); `head`, the
noun that ends the description (`_said_by_an_unnamed_one`)."""
_ONE_DESCRIBED_NAMED = re.compile(r"(?:(?P<pronoun>She|He)\s+is|(?:Her|His)\s+name\s+is|The\s+(?P<noun>[a-z][\w-]*),)\s+")
"""The opening of the sentence after such a tag that names the one it described: "She is Ms. X, …", "His name is X",
"The investor, Mr. X, now runs …" (`_one_described_named_next`)."""


def _said_by_an_unnamed_one(text: str, quote: Quote, s1: int) -> str | None:
    """The noun of the subject of an inverted tag right after a quotation's closing mark, one brought in by "a"/"an"/
    "one" in lower case, no name set off after it (`_INVERTED_UNNAMED_ONE`: "“…,” said a returnee investor who moved home
    from Port Aubray in 2024."), as far as the sentence's end `s1`; None for any other tag, or one whose noun is an office
    ("said an emotional president": the President named before, read as before). A cheap look at the tag's verb and
    article first."""
    if quote.close_mark is None:
        return None
    at = skip_space(text, quote.outer_end, min(s1, quote.outer_end + 3))
    if not text.startswith(("said a", "said one ", "added a", "added one ", "says a"), at):
        return None
    described = _INVERTED_UNNAMED_ONE.match(text, at, s1)
    if described is None or described["head"] in ROLE_WORD_SET:
        return None
    return described["head"]


def _said_by_an_unnamed_spokesperson(text: str, clause: tuple[int, int] | None) -> bool:
    """Whether a quotation's cue, found with no person, is an inverted tag whose subject is an unnamed spokesperson
    ("“…,” said a spokesperson for the governor's office which is hosting X.", sixhundredfortyninth cns hayes_visit):
    someone the readout does not name, so not the last subject either (a cheap look at the tag's verb first)."""
    if clause is None or not text.startswith(("said a", "added a", "stated a"), clause[0]):
        return False
    return _INVERTED_UNNAMED_SPOKESPERSON.match(text, clause[0], clause[1]) is not None


_UNNAMED_SPOKESPERSON_LEADS_IN = re.compile(
    r"An?\s+(?:[A-Za-z][\w-]*\s+){0,3}?(?:spokes(?:person|man|woman)|official|aide)"
    r"(?:\s+(?:for|of|from|at|in)\s+[^,:;“”\x22]{1,60}?)?\s+(?:said|added|stated|told\s+[^,:;“”\x22]{1,40}?)\s*:\s*")
"""A lead-in whose subject is a spokesperson, an official or an aide brought in by "A"/"An", with no name
(`_led_in_by_an_unnamed_one`)."""


_SAID_AN_UNNAMED_ONE = re.compile(
    r"(?:Said|Added)\s+(?:a|an|one)\s+(?:[a-z][\w’'-]*\s+){0,2}?[a-z][\w’'-]*"
    r"(?:\s+(?:at|of|from|in|on|near)\s+[^,:;“”\x22]{1,60}?)?\s*:\s*")
"""An inverted lead-in whose subject is one brought in by "a", "an" or "one", a lower-case noun with no name ("Said one
resident:", "Said a trader at the gate:"), `_led_in_by_an_unnamed_one`."""


def _led_in_by_an_unnamed_one(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi], the words before a quotation, are a lead-in whose subject the readout does not name, so
    neither the last speaker nor the last subject: an unnamed spokesperson, official or aide brought in by "A"/"An"
    (eighthundredtwentyfifth scotsman 2018-08-21: "A spokeswoman for the Catalan government said: “…”", "A Scottish
    Government spokesperson added: “The First Minister had a productive meeting …”",
    `_UNNAMED_SPOKESPERSON_LEADS_IN`), or an inverted lead-in "Said one resident:" (hard90: then "“We have waited for
    this market …”", `_SAID_AN_UNNAMED_ONE`; not "Said the Mayor to the guests:", the Mayor named); the words are read
    as they tell, as `_said_by_an_unnamed_spokesperson`'s inverted tag is. A cheap look at the opening word first."""
    if text.startswith(("A ", "An "), lo):
        return hi - lo <= 140 and _UNNAMED_SPOKESPERSON_LEADS_IN.fullmatch(text, lo, hi) is not None
    if text.startswith(("Said ", "Added "), lo):
        return hi - lo <= 100 and _SAID_AN_UNNAMED_ONE.fullmatch(text, lo, hi) is not None
    return False


ACCOUNT_REACH = 120
"""How far before a quotation's cue a body's account may open (`_cue_of_a_body`)."""
_A_BODYS_ACCOUNT_OPENS = re.compile(
    r"the\s+(?:official\s+)?(?:Twitter|X|Facebook|Instagram)\s+(?:handle|account)\s+of\s+(?!(?:Mr|Ms|Mrs|Dr)\b)"
    r"(?:[\w’'-]+\s+){0,8}?(?:[a-z]+\s+)?(?i:embassy|embassies|missions?|ministry|consulate|government|office|high\s+commission)"
    r"\b[^,;:“”\x22]{0,40}?\s(?:tweeted|posted|wrote|said)\b")
"""A body's account on a social network as the subject of the verb before a quotation (sixhundredeighteenth thehindu
2021-06-29: "Later in the day, the official Twitter handle of Singapore's diplomatic missions in India tweeted: “CG in
Chennai X congratulated …”"): the body's words, no one's, not the last person named (the minister "also present")."""


_LOWER_OFFICE_WORD = re.compile(r"[a-z]+(?= of )")
"""A lower-case word right before " of ": the office word that may open an office in apposition written in lower case
with no article ("representative of Nangarhar"), tried against `ROLE_WORD_SET` (`_lower_office_opens`)."""


def _lower_office_opens(text: str, start: int, hi: int) -> bool:
    """Whether an office in lower case with no article opens at `start`: an office word, then "of" and its place or
    body ("representative of Nangarhar", "governor of Ostra"), as a capitalised "Ambassador of Y" opens one
    (`_office_opens_an_aside`, `_office_left_open`); not "meanwhile", nor "a resident of …" (an article)."""
    word = _LOWER_OFFICE_WORD.match(text, start, hi)
    return word is not None and word.group() in ROLE_WORD_SET


def _office_opens_an_aside(text: str, start: int, close: int) -> bool:
    """Whether the aside from `start` to the comma at `close` opens with an office in lower case after "the" ("the
    spokesman", "the deputy for protocol"): a person's description the parser reads with its role; or is a capitalised
    office with no article, whole (sevenhundredsixteenth skupstina: "– Mr Ivan Brajović, President of the Parliament of
    Montenegro, emphasised during …", "“…,” X, Ambassador of Y, said"); also one whose comma lost its space before
    a further aside (sevenhundredthirtyseventh wuhangov: "X, Australian Consul General in Shanghai,during his visit to
    Wuhan in May, said"), the caller trying the comma after that."""
    article = text.startswith("the ", start)
    if not article and not text[start:start + 1].isupper() and not _lower_office_opens(text, start, close):
        return False
    office = phrase_starting_at(text, start, close)
    return office is not None and office.kind == "description" and office.is_person and bool(office.role) \
        and (article or office.end == close
             or (office.end < close and text[office.end] == "," and text[office.end + 1:office.end + 2].isalpha()))


def _office_left_open(text: str, start: int, hi: int) -> int:
    """Where an office with no article that opens at `start`, right after a name and its comma, ends when a space and
    no comma follow it ("X, Minister of Foreign Affairs of Djibouti said …": the aside's closing comma left out); -1 for
    any other words (a name, a thing, one closed by its comma). An office in lower case only when its first word is an
    office word and "of" its place or body follows (ninehundredfirst ariananews 2018-08-01: "“…,” Zahir Qadir,
    representative of Nangarhar said.", before given to the governor of Nangarhar named earlier); not "X, meanwhile
    said", nor "X, a resident of …" (an article: `DESCRIBING_ASIDE`'s)."""
    if not text[start:start + 1].isupper() and not _lower_office_opens(text, start, hi):
        return -1
    office = phrase_starting_at(text, start, hi)
    if office is None or office.kind != "description" or not office.is_person or not office.role \
            or office.start != start or not text.startswith(" ", office.end):
        return -1
    if text.startswith(" of ", office.end) and text[start:start + 1].islower():
        return _lower_body_of_the_office_ends(text, office.end, hi)
    return office.end


_LOWER_BODY_WORD = re.compile(r" (?:of|the|[a-z]+)(?=[ .,;])")
"""One lower-case word (a body's, or "of", "the") of a body named in lower case after a lower-case office's "of"."""
_LOWER_BODY_WORDS = 6
"""How many words a body named in lower case after an office's "of" may run to ("of the council of elders")."""


def _lower_body_of_the_office_ends(text: str, at: int, hi: int) -> int:
    """Where the body named in lower case after a lower-case office's " of " at `at` ends, right before a speech verb
    (hr61: "“…,” X, chairman of the council of elders said.", "X, spokesman of the provincial council said.": the
    phrase reader stops the office before "of the council"), no more than `_LOWER_BODY_WORDS` words on; `at` itself
    when no speech verb follows them (the caller tries a verb right after the office then, as before)."""
    pos = at
    for _ in range(_LOWER_BODY_WORDS):
        word = _LOWER_BODY_WORD.match(text, pos, hi)
        if word is None:
            break
        pos = word.end()
        if word.group() not in (" of", " the") and text.startswith(" ", pos) and verb_at(text, pos + 1) is not None:
            return pos
    return at


class SentenceReading:
    """A sentence read: its quotations and their cues, messages and their senders, lead-ins
    that point back.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)
        _said_this_at: tuple[Person, int] | None
        _sentence_cues: tuple[int, list[Cue]] | None

    def _stray_quotation(self, quote: Quote) -> bool:
        """Whether a quotation's opening mark is a stray one: answered by no closing mark, in its paragraph or one
        after it, and its words neither speak in the first person nor hold a cue after a comma (fivehundredseventyninth
        fjfao friendship_award's last paragraph, after the award recipients' own: "\"Friendship Award is an honorary
        title given by the provincial government to …"): the readout's own words, so not an earlier subject's (a
        message run on unclosed, "\"I am deeply saddened …", and a closing mark mangled before the cue, "…
        policyā€¯, emphasized the Minister-president.", still are)."""
        if quote.close_mark is not None or quote.continues or quote.continued:
            return False
        text = self.text
        if FIRST_PERSON.search(text, quote.start, quote.end) is not None:
            return False
        k = bisect_left(self.verb_starts, quote.start)
        while k < len(self.verb_starts) and self.verb_starts[k] < quote.end:
            if text.endswith(", ", quote.start, self.verb_starts[k]):
                return False  # (a cue after a comma inside the words: their closing mark lost before it)
            k += 1
        return True

    def _goes_on_from_a_bodys_quotation(self, paragraph: int) -> bool:
        """Whether an untagged quotation follows, in the same paragraph with no statement between, one a body told right
        after it (sixhundredeightyfirst cuencahighlife 2020-02-10: "“This visit is …,” the White House said in a press
        release. “We hope to discuss …”"): the body's words go on, no one's, not the last person named."""
        told = self._bodys_quotation
        return told is not None and told[0] == paragraph and (not self.found or self.found[-1].start < told[1])

    def _subject_of_a_quoted_verb(self, quote: Quote, s0: int, s1: int) -> Person | None:
        """The person named right before a quotation that opens on a speech verb in the past and closes the sentence
        (a release's words about its minister quoted whole, the verb inside the marks: `Aurescu "underscored …."`):
        the report is that person's, as it would be with no marks. None when the quotation does not open on such a
        verb after a word, runs on, or a person's name or description does not stand right before it."""
        text = self.text
        at = quote.open_mark
        if quote.close_mark is None or quote.continued or quote.continues or at - s0 < 4 \
                or text[at - 1] != " " or not text[at - 2].isalpha() or not text[quote.start:quote.start + 1].islower():
            return None  # (the marks' neighbours first: cheap)
        k = bisect_left(self.verb_starts, quote.start)
        if k == len(self.verb_starts) or self.verb_starts[k] != quote.start:
            return None
        form = text[quote.start:self.verb_hits[k][1]]
        if not form.endswith("ed") and form != "said":
            return None
        if not _closes_its_sentence(text, quote, s1):
            return None
        phrase = phrase_ending_at(text, s0, at)
        if phrase is None or not phrase.is_person or phrase.kind == "group" or phrase.end != at - 1:
            return None
        return self._resolve(phrase, phrase.start)

    def _reporter_of_the_clause(self, s0: int, cue_start: int, person: Person) -> Person:
        """The speaker of a sentence whose quoted piece follows a cue set in the "that" clause of an earlier speech
        verb (eighthundredtwentysixth deccanherald 2019-09-23: "He said that PM Modi had mentioned "several
        statistics" that have changed …"): the sentence is the first speaker's report, the one in its main clause,
        whole (GOLD-FORMAT: an indirect statement is its main clause's speaker's); else the cue's own speaker. (A
        cheap test of " that " in the words before the cue first.)"""
        text = self.text
        if cue_start - s0 < 12 or text.find(" that ", s0, cue_start) < 0:
            return person
        for cue in self._cues(s0, cue_start):
            if cue.person is not None and cue.person is not person and cue.verb_end < cue_start \
                    and text.startswith(" that ", cue.verb_end):
                return cue.person
        return person

    def _sentence(self, s0: int, s1: int, quotes: list[Quote], paragraph: int, chain_id: int,
                  after_statement: bool, paragraph_start: int) -> bool:
        if not quotes:  # (most sentences) the whole sentence is reported speech, or nothing
            return s1 - s0 > 2 and self._reported(s0, s1, paragraph, whole_sentence=True,
                                                   after_statement=after_statement)
        if any(ANONYMOUS_CUE.match(self.text, quote.outer_end, s1) for quote in quotes):
            return False  # "“We remember,” one of the veterans called out.": no one named says it
        if len(quotes) == 1 and (subject := self._subject_of_a_quoted_verb(quotes[0], s0, s1)) is not None:
            # (sixhundredninetysixth stiripesurse aurescu_cavusoglu: "According to a … release sent to AGERPRES,
            # Aurescu "underscored Romania's commitment to …."): the release's words about him, his report, whole
            self._emit(subject, "indirect", s0, strip_tail(self.text, s0, s1), paragraph)
            return True
        text = self.text
        speech_quotes: list[tuple[Quote, Person | None, tuple[int, int] | None, int | None]] = []
        consumed: list[tuple[int, int]] = []  # attribution clauses: no statement of their own
        leftovers: list[tuple[Person, int, int]] = []  # the report that goes on after a cue
        for k, quote in enumerate(quotes):
            prev_end = quotes[k - 1].outer_end if k else s0
            next_start = quotes[k + 1].open_mark if k + 1 < len(quotes) else s1
            if _named_by_a_theme(text, quote, s0) or _a_term_after_an_article(text, quote, s0) \
                    or _a_phrase_someone_called(text, quote, s0) or _a_quoted_name_as_a_subject(text, quote):
                continue  # (a theme's or a slogan's words, however long: no one's, part of the sentence as it stands)
            cue = self._quote_cue(quote, prev_end, next_start, s0, s1, paragraph_start)
            if cue is None and speech_quotes and speech_quotes[-1][0] is quotes[k - 1] \
                    and speech_quotes[-1][1] is not None and _second_quotation_joined_by_and(text, prev_end, quote):
                # (fivehundredsixtythird jejuweekly uvurkhangai: "Governor Oh said, ”…,“ and added, ”…"): the
                # "and added" leads in the same speaker's second quotation, no statement of its own
                cue = (speech_quotes[-1][1], (prev_end, quote.open_mark), None)
            if cue is None and text.startswith(",", quote.outer_end) \
                    and (author := self._author_of_writing_after(quote, s1)) is not None:
                cue = (author, (quote.outer_end, s1), None)  # "‘…’, the letter by X reads.": X's words
            if cue is None:
                if quote.continued or (self._is_speech(quote, s0, s1, prev_end)
                                       and not self._inside_report(s0, s1, prev_end, quote)
                                       and not _ends_its_sentence_as_a_phrase(text, quote, s0)
                                       and not _ends_its_sentence_after_its_comma(text, quote, s0, s1)):
                    speech_quotes.append((quote, None, None, None))
                elif quote.continues and (reporter := self._reporter_of_a_run_on_quotation(s0, s1, prev_end, quote)):
                    self._chain_reported.setdefault(chain_id, reporter)
                continue
            person, clause, goes_on = cue
            if not k and person is not None and clause is not None and clause[0] >= quote.outer_end \
                    and quote.open_mark - s0 > 8 and text[quote.open_mark - 2:quote.open_mark] in (", ", ",“", ',"') \
                    and _SAID_COMMA_LEADS_IN.search(text, max(s0, quote.open_mark - 14), quote.open_mark) is not None \
                    and _AND_SAID_COMMA.search(text, max(s0, quote.open_mark - 80), quote.open_mark) is None \
                    and self._lead_in_cue_is(s0, quote.open_mark, person):
                # (eighthundredfourth newindianexpress 2026-03-02: "Speaking at the event, Rangasamy said, the centre …
                # as visualised by the PM,” he said."): the same speaker's "said," before the quotation, its
                # attribution after it too; the lead-in only introduces the words, no statement of its own
                if text[s0] in _SPEECH_PARTICIPLE_INITIALS \
                        and (opener := self._participle_before_the_lead_in(s0, quote.open_mark)) is not None:
                    leftovers.append((person, s0, opener))
                consumed.append((s0, quote.open_mark))
            if not k and len(quotes) > 1 and person is not None and clause is not None and goes_on is None \
                    and clause[1] == next_start and all(_a_term_inside(text, later) for later in quotes[1:]):
                # (fivehundredtwentyninth hksar 2016-12-21: "Describing Mr X as a “young and talented leader”, Mr Y
                # praised him for his dedication to the “one country, two systems” policy …"): the terms quoted after
                # the cue are its clause's words, which run on to the sentence's end, read as if they were unquoted
                whole = self._quote_cue(quote, prev_end, s1, s0, s1, paragraph_start)
                if whole is not None and whole[0] is person and whole[1] is not None and whole[2] is None \
                        and _fragment_of_a_report(text, quote, s0, whole[1], s1):
                    self._emit(person, "indirect", s0, strip_tail(text, s0, s1), paragraph)
                    return True
            if not k and len(quotes) == 1 and person is not None and clause is not None and goes_on is None \
                    and _fragment_of_a_report(text, quote, s0, clause, s1):
                # (styles33 mocarena: "The invitation "was immediately accepted", he added."): the words quoted are
                # a part of the reported sentence, which is the cue's speaker's, whole (GOLD-FORMAT: partial quotes
                # stay in the report)
                self._emit(person, "indirect", s0, strip_tail(text, s0, s1), paragraph)
                return True
            if not k and len(quotes) == 1 and person is not None and clause is not None and goes_on is None \
                    and clause[1] <= quote.open_mark and _fragment_after_its_verb(text, quote):
                # (sixhundredninetyseventh mercopress 2022-05-23: "Johnson first stated “what a great pleasure” it was to
                # receive the President of Uruguay and recalled that …"): the few words quoted are a piece of the
                # reported sentence, which goes on after them, the speaker's whole
                self._emit(self._reporter_of_the_clause(s0, clause[0], person), "indirect", s0,
                           strip_tail(text, s0, s1), paragraph)
                return True
            if not k and clause is not None and person is not None and quote.open_mark - s0 > 12 \
                    and text[end_before_space(text, s0, quote.open_mark) - 1] == ":" \
                    and (said := _PRONOUN_CUE_AFTER.match(text, clause[0], clause[1])) is not None:
                # (twenty-first styles tervania president meeting brastova prime minister: "The Head of State also
                # emphasized the importance of …: “…,” he said."): the pronoun after a quotation that a lead-in of
                # the same sentence opened with its colon is that lead-in's speaker, not the one named before
                lead = next((c.person for c in reversed(self._cues(s0, quote.open_mark)) if c.person is not None), None)
                if lead is not None and lead is not person and lead.gender in (None, "m" if said[1] == "he" else "f"):
                    person = lead
            if not k and clause is not None and person is not None and clause[0] - s0 > 12 \
                    and text[s0] in _SPEECH_PARTICIPLE_INITIALS:
                if _participle_leads_in(text, s0, quote):
                    # (hard57: "Adding that “…”, he said."): the participle's "that" leads the quotation in, no
                    # one's words, not a report of its own ended by the comma after the quotation
                    consumed.append((s0, quote.open_mark))
                elif (opener := self._speech_participle_before(s0, clause[0])) is not None:
                    leftovers.append((person, s0, opener))
                    consumed.append((s0, clause[0]))
            speech_quotes.append((quote, person, clause, goes_on))
            if clause is not None:
                consumed.append(clause)
                if goes_on is not None and person is not None:
                    leftovers.append((person, goes_on, s1))

        made = False
        # quotations: direct statements
        for quote, person, clause, _ in speech_quotes:
            if not quote.continued and quote.open_mark - s0 > 24 and _a_laws_words(text, s0, quote.open_mark):
                continue  # "… of the Constitution Order, 2007, which states: “…”": a law's words, no one's
            if not quote.continued and quote.open_mark - s0 > 12 and clause is not None and clause[1] <= quote.open_mark \
                    and text[colon := end_before_space(text, s0, quote.open_mark) - 1] == ":" \
                    and (text.find("’s ", s0, colon) >= 0 or text.find("'s ", s0, colon) >= 0):
                # ("The Ambassador delivered the President's message: “…”", the leftover named at stop 45): the
                # message's words are the one's whose message it is, not the courier's who opens the lead-in
                person = self._owner_of_message_read(s0, colon) or person
            if person is None and not quote.continued and quote.open_mark - s0 > 12:
                # "Mr X said that Russians had a similar saying: “…,” and that …": quoted in X's report
                person = next((c.person for c in reversed(self._cues(s0, quote.open_mark)) if c.person is not None), None)
            if person is None and not quote.continued \
                    and (quote.open_mark - s0 < 80 and _JOINT_TEXT_READS.search(text, s0, quote.open_mark)
                         or _JOINT_TEXT_READS.match(text, skip_space(text, quote.outer_end, s1), s1) is not None) \
                    and _JOINT_TEXT.search(text, max(0, s0 - 300), quote.open_mark):
                # "… adopted a joint statement. The statement says: “…”": several wrote it, no one's; so too with
                # the cue after it ("“…,” the statement reads.", seventeenth styles korvenia kestria joint statement)
                continue
            if person is None and not quote.continued and quote.open_mark == paragraph_start \
                    and _JOINT_TEXT_LEAD_IN.search(text, max(0, paragraph_start - _JOINT_TEXT_LEAD_IN_REACH),
                                                   end_before_space(text, 0, paragraph_start)):
                # (three-hundred-seventy-fifth kremlin 55397) "The telephone conversation with X, Y and Z resulted in the
                # following joint statement:" / "“On August 22, … the leaders voiced …”": the joint text, no one's
                continue
            if person is None and not quote.continued and quote.open_mark == paragraph_start \
                    and _BODYS_TEXT_LEAD_IN.search(text, max(0, paragraph_start - 120),
                                                   end_before_space(text, 0, paragraph_start)):
                # "Here follows a communiqué from the Royal Cabinet:" / "“…”": a body's document (styles31), read
                # sentence by sentence as its words tell (`_speech_told_inside`), no one's direct speech
                self._bodys_text_open = quote.close_mark is None
                made = self._bodys_text_read(quote, paragraph) or made
                continue
            if self._bodys_text_open and quote.open_mark == quote.start:
                self._bodys_text_open = False
                if person is None:  # its last paragraph, the closing mark alone: the same document's words
                    made = self._bodys_text_read(quote, paragraph) or made
                    continue
            if person is None and not quote.continued and _an_inscriptions_words(text, s0, quote.open_mark):
                continue  # "The monument carries the inscription: “…”": a written object's words, no one's
            if person is None and not quote.continued \
                    and _named_after_a_colon(text[max(s0, quote.open_mark - 24):quote.open_mark].rstrip()):
                continue  # "… in a presentation entitled: “Understanding …”": a title, no one's words
            if person is None and not quote.continued and quote.open_mark == paragraph_start \
                    and _quoted_crosshead(text, quote, s1):
                continue  # "“We’ve Arrived in Kyrgyzstan with Over 50 Company Representatives”": a heading, no one's
            if person is None and not quote.continued and s1 - quote.outer_end > 16 \
                    and (text_read := _TEXT_AND_ITS_OWNER_AFTER.match(text, quote.outer_end, s1)) is not None \
                    and (text_read["owner"] or text_read["owner2"] or text_read["joint"] or text_read["joint2"]
                         or text_read["their"]):
                person = self._owner_of_text_read_after(text_read)
                if person is None:
                    # a body's text or a joint one: no one's words, not the last speaker's; a body's read as its
                    # sentences tell (sixhundredsixtysecond sanews 2024-07-08: "“President X shared with President Y
                    # his expectation that …,” a statement from the Presidency said.": X's indirect statement)
                    if not (text_read["joint"] or text_read["joint2"] or text_read["their"]):
                        made = self._bodys_text_read(quote, paragraph) or made
                    continue
            if person is None and not quote.continued and quote.open_mark - s0 > 24 \
                    and text.find(", it ", s0, quote.open_mark) >= 0 \
                    and (text_read := _TEXT_AND_ITS_OWNER_BEFORE.search(text, s0, quote.open_mark)) is not None:
                person = self._owner_of_text_read_after(text_read)
                if person is None:  # a body's text: no one's words, not the last subject's; read as its sentences tell
                    made = self._bodys_text_read(quote, paragraph) or made
                    continue
            if person is None and not quote.continued and quote.open_mark - s0 <= 1 and s1 - quote.outer_end <= 2:
                person = self._named_next(s1)  # "“…” With these words X opened the meeting …": X's
            if person is None and not quote.continued and quote.open_mark == paragraph_start:
                person = self._sender_of_lead_in(paragraph_start)  # "X sent a message to Y, which reads:"
            if person is None and not quote.continued and _told_by_unnamed_sources_after(text, quote, s1):
                continue  # ("“…,” sources revealed.": unnamed sources' words, no one's)
            if person is None and not quote.continued and (its := _said_by_it_after(text, quote, s0, s1)) == "own":
                # ("Ambassador X issued a statement …" … "“I heard …,” it read."): the statement's owner's own words
                person = self._owner_of_statement_named_before(s0)
            elif person is None and not quote.continued and its:
                # ("“The DOH will therefore accept …,” it said in a statement."): a body's words, read as its
                # sentences tell, as a body's tag after them (below); ("…, a statement from his office said." …
                # "“He heard first-hand …,” it read."): the statement's words, no one's, not the person named last
                if its == "body":
                    made = self._bodys_text_read(quote, paragraph) or made
                continue
            if person is None and not quote.continued and _said_by_a_body_after(text, quote, s1):
                # (fivehundredsixtythird jejuweekly aiboshi: "“…,” remarked the Embassy of Japan in …"): the body's
                # words, read as its sentences tell (sixhundredsixtysecond sowetanlive biden: "“President-elect X
                # expressed his admiration for …,” said the presidency.": X's indirect statement)
                made = self._bodys_text_read(quote, paragraph) or made
                self._bodys_quotation = (paragraph, quote.outer_end)
                continue
            if person is None and not quote.continued and self._a_bodys_text_quoted(quote, s0, s1):
                # "According to a statement from the Holy See Press Office, “…”": a body's words, no one's; read as its
                # sentences tell (sixhundredthirtyninth deccanherald 2023-06-01: "“The Chief Minister expressed
                # happiness over …,” the statement said.": the release telling of the CM's words, his indirect statement)
                made = self._bodys_text_read(quote, paragraph) or made
                continue
            if person is None and not quote.continued and (noun := _said_by_an_unnamed_one(text, quote, s1)):
                # (styles70: "“I brought back …,” said a returnee investor who moved home …" / "The investor, Mr. X, now
                # runs …"): one the tag does not name is the one the next sentence names so, else no one (not the last
                # speaker: "“…,” said a young returnee." after a minister)
                person = self._one_described_named_next(noun, s1)
                if person is None:
                    continue
            if person is None and not quote.continued and not self._said_together(s0, quote.open_mark) \
                    and not _cue_of_a_body(text, clause) and not self._group_says_after(quote, s1) \
                    and not self._group_spoke_just_before(quote, s0, paragraph_start) \
                    and not _said_by_an_unnamed_spokesperson(text, clause) \
                    and not self._quotation_led_in_by_an_unnamed_one(quote, s0, paragraph, paragraph_start) \
                    and not _said_by_a_described_body_after(text, quote, s1):
                # ("X expressed condolences … / The message reads, in part: / “…”": the lead-in
                # paragraph between is no one's, the message the last speaker's)
                if self._goes_on_from_a_bodys_quotation(paragraph):
                    made = self._bodys_text_read(quote, paragraph) or made
                    continue
                reach = 2 if quote.open_mark == paragraph_start and (
                    self._after_message_lead_in(paragraph_start) or _only_a_release_number_before(text, paragraph_start)) else 1
                if quote.open_mark - s0 < 60 and self._text_a_body_sent(s0, quote.open_mark):
                    continue  # "The Council sent X an open letter. The text of the letter reads: “…”": a body's, no one's
                if quote.open_mark - s0 > 12 and (text.find(" from ", s0, quote.open_mark) >= 0
                                                  or text.find(" of ", s0, quote.open_mark) >= 0) \
                        and _closes_a_lead_in(text, colon := end_before_space(text, s0, quote.open_mark) - 1):
                    # (hard43 vaskelund_youth_forum: "X read out a message from President of Serevand Y: “…”": the
                    # message's words are its sender's, not the reader's, nor the last speaker's)
                    person = self._named_after_message_from(s0, colon, closing=True)
                    if person is not None:
                        reach = -1
                if reach >= 0:
                    person = self.last_speaker if self.last_statement_paragraph >= paragraph - reach else None
                if person is None and self.subjects and reach >= 0 and not self._stray_quotation(quote):
                    person = _last_subject_not_named_inside(text, self.subjects, quote.start, quote.end)
                if person is not None and _tag_names_another_office(text, quote, clause, person):
                    person = None  # "“…,” the Velsk Finance and Economy MEC said." after a Premier: the MEC's, unnamed
                if person is None and reach == 2:
                    person = self._title_sender()
            if person is None and quote.continued and quote.open_mark == paragraph_start \
                    and not self._chain_has_a_speaker(chain_id):
                person = self._reporter_of_quotation_left_open(paragraph_start)
            if person is not None and text.startswith("We, ", quote.start) and _JOINT_VOICE.match(text, quote.start, quote.end):
                person = None  # "“We, the Presidents of X and Y, reaffirm …”": a joint text's words, no one's
            lo, hi = strip_marks(text, quote.start, quote.end)
            inner = _inner_attribution(text, lo, hi) if person is not None else None
            if inner is not None:  # "“In all circumstances, Putin said, it is necessary …”": the clause is no one's words
                self._emit(person, "direct", lo, inner.start() + 1, paragraph)
                lo = inner.end()
            if lo < hi and person is None and not (quote.continued and self._chain_has_a_speaker(chain_id)) \
                    and self._speech_told_inside(lo, hi, paragraph):
                made = True  # (a quoted release telling of its principal's words: `_speech_told_inside`)
            elif lo < hi and quote.continued and not quote.continues \
                    and self._signer_named(lo, end_before_space(text, lo, hi)) is not None:
                # (four-hundred-seventy-third presidencia_pt_56680: a message run over several paragraphs closing "… my
                # very best regards and personal esteem. / Aníbal Cavaco Silva”"): the signer's name, no words
                continue
            elif lo < hi and person is not None and not quote.continued and _group_told_by_a_text(text, quote, lo, hi):
                continue  # ("“During the meeting, they discussed …,” the statement said."): the pair's, no one's words
            elif lo < hi:
                chained = quote.continued or quote.continues
                if chained and clause is not None and person is not None:
                    self._chain_cued.setdefault(chain_id, person)
                elif person is None and quote.continued and not quote.continues \
                        and (_said_by_a_body_after(text, quote, s1) or self._told_after_by_a_bodys_text(quote, s1)):
                    self._chains_of_a_body.add(chain_id)  # "‘… / …,’ the Ministry said.": the body's, every paragraph
                self._emit(person, "direct", lo, hi, paragraph, chain=chain_id if chained else None)
                made = made or person is not None
                if person is not None and text.startswith((", “", ', "'), quote.open_mark - 2) \
                        and (quoter := self._quoter_of(s0, quote.open_mark - 2)) is not None and quoter is not person:
                    # ("The minister quoted the late poet X, “…” / She also announced …": the words are X's, but the
                    # sentence's subject, whom the next "she" means, is the one who quoted them)
                    self._remember_subject(quoter)

        # the words outside the quotations: reported speech
        if speech_quotes:
            regions = uncovered_parts(s0, s1, [(q.open_mark, q.outer_end) for q, *_ in speech_quotes], consumed)
        else:  # (most sentences: no quotation, no attribution clause, the sentence whole)
            regions = [(s0, s1)] if s1 - s0 > 2 else []
        for rlo, rhi in regions:
            made |= self._reported(rlo, rhi, paragraph, whole_sentence=not speech_quotes,
                                   after_statement=after_statement and not speech_quotes)
        for person, llo, lhi in leftovers:
            self._emit(person, "indirect", llo, strip_tail(text, llo, lhi), paragraph)
            made = True
        return made

    def _quoter_of(self, s0: int, end: int) -> Person | None:
        """The subject of "quoted" in a lead-in "X quoted Y" ending at `end` before a quotation's comma (`_cue_before`
        gives the words to Y): X, the one who quoted them; None with no "quoted" there."""
        at = _quoted_one_before(self.text, s0, end)
        cue = self._cue_at(at, at + 6, s0, end) if at >= 0 else None
        return cue.person if cue is not None else None

    def _told_after_by_a_bodys_text(self, quote: Quote, s1: int) -> bool:
        """Whether a text that no person put out tells the quotation right after it (`_TEXT_AND_ITS_OWNER_AFTER`: "“…,”
        the statement read.", "“…,” a statement from the Presidency said."; sixhundredsixtysecond sanews 2024-07-08, a
        release quoted over two paragraphs, "“Of particular significance to the two leaders … / “The Presidents
        committed themselves …,” the statement read."): the body's words, every paragraph, not the last speaker's. A
        cheap look for the text's noun first."""
        text = self.text
        hi = min(s1, quote.outer_end + 60)
        if text.find("tatement", quote.outer_end, hi) < 0 and text.find("ommuniq", quote.outer_end, hi) < 0 \
                and text.find("elease", quote.outer_end, hi) < 0:
            return False
        text_read = _TEXT_AND_ITS_OWNER_AFTER.match(text, quote.outer_end, s1)
        return text_read is not None and self._owner_of_text_read_after(text_read) is None

    def _owner_of_text_read_after(self, text_read: re.Match[str]) -> Person | None:
        """The person whose text a quotation is from (`_TEXT_AND_ITS_OWNER_AFTER`): the one who put it out, or whose
        office did ("the statement by the Minister's office read": the Minister's); None for a body or a joint text."""
        group = "owner" if text_read["owner"] else "owner2"
        lo, hi = text_read.span(group)
        if lo < 0:
            return None
        phrase = phrase_starting_at(self.text, lo, hi)
        if phrase is None or not phrase.is_person \
                or phrase.end != hi and _OWNERS_OFFICE.match(self.text, phrase.end, hi) is None:
            return None
        return self._resolve(phrase, phrase.start)

    def _lead_in_cue_is(self, s0: int, mark: int, person: Person) -> bool:
        """Whether the last cue with a person between `s0` and the quotation's mark is `person`'s."""
        lead = next((c.person for c in reversed(self._cues(s0, mark)) if c.person is not None), None)
        return lead is person

    def _speech_participle_before(self, s0: int, clause_start: int) -> int | None:
        """Where a speech participle's clause that opens the sentence before a quotation's lead-in ends
        (its comma), or None: "Pointing out that Yunmar is fighting …, the President told the senators:
        “…”" (hard24): the participle is the speaker's indirect statement, the lead-in no one's words."""
        text = self.text
        if _SPEECH_PARTICIPLE_OPENING.match(text, s0, clause_start) is None:
            return None
        comma = text.rfind(",", s0, clause_start)
        return comma if comma > s0 and not text[comma + 1:clause_start].strip() else None

    def _participle_before_the_lead_in(self, s0: int, mark: int) -> int | None:
        """Where a speech participle's clause that opens the sentence ends (its comma, `_speech_participle_before`)
        before the lead-in whose "said," the quotation at `mark` follows, when an attribution after the quotation
        names the speaker again (eighthundredeightieth risingnepal 2023-03-31: "Citing that it was a celebratory
        moment that Nepal-America friendship has completed 75 years, ambassador Thompson said, "…," said envoy
        Thompson."): the participle is the speaker's indirect statement, only the lead-in no one's words."""
        cue = next((c for c in reversed(self._cues(s0, mark)) if c.person is not None), None)
        return None if cue is None else self._speech_participle_before(s0, cue.start)

    def _signed_quotation(self, lo: int, hi: int, before: tuple[int, int], quotes: list[Quote]) -> Person | None:
        """The person a signature line at text[lo:hi] names ("– National Security Advisor X") when the paragraph
        `before` it is one quotation, whole, that no one was given (hundred-seventy-third: a statement printed
        as “…” and signed on the next line); else None."""
        text = self.text
        if len(quotes) != 1:
            return None
        plo, phi = before
        phi = end_before_space(text, plo, phi)
        quote = quotes[0]
        if quote.open_mark != plo or quote.close_mark is None or quote.close_mark + 1 < phi - 1:
            return None
        return self._signature(lo, end_before_space(text, lo, hi))

    def _signed_after_quotation(self, lo: int, hi: int, quote: Quote) -> tuple[Person, int] | None:
        """The signer and the quotation's end when the paragraph text[lo:hi] is one quotation signed after
        its closing mark on the same line ("“Today’s … America.” — X Y, White House Press Secretary":
        hundred-eighty-ninth), else None."""
        text = self.text
        close = quote.close_mark
        if close is None:
            return None
        dash = close + 1
        while dash < hi and text[dash] == " ":
            dash += 1
        if dash >= hi or dash - close > 4 or not (text[dash] in "–—" or text.startswith("- ", dash)):
            return None
        end = end_before_space(text, lo, hi)
        if text[end - 1] == "." and end - dash > 3:
            # (sixhundredtwentyseventh, Prince Edward Island's releases: "“…” - Hon. Dennis King, Premier of Prince
            # Edward Island."): a spaced hyphen for the dash, the line closed by a full stop; a name with its office
            # only still (`_signer_named`), no sentence ("“…” - he said.")
            end -= 1
        person = self._signature(dash, end)
        return (person, close + 1) if person is not None else None

    def _signature(self, dash: int, end: int) -> Person | None:
        """The person a signature from its dash at text[dash] to `end` names: a name alone, or with the
        signer's office after a comma (`_signers_office`); else None (a sentence, a thing, too long)."""
        start = dash + 1
        while start < end and self.text[start] == " ":
            start += 1
        return self._signer_named(start, end)

    def _signer_named(self, start: int, end: int) -> Person | None:
        """The person text[start:end] names as a signer: a name alone, or with the signer's office after a comma
        (`_signers_office`); else None (a sentence, a thing, too long)."""
        text = self.text
        if end - start > 90 or text[end - 1] in ".:!?”\"":
            return None
        phrase = phrase_starting_at(text, start, end)
        if phrase is None or not phrase.is_person or phrase.kind != "name":
            return None
        if phrase.end < end - 1 and not self._signers_office(phrase.end, end):
            return None
        return self._resolve(phrase, phrase.start)

    def _signers_office(self, lo: int, end: int) -> bool:
        """Whether text[lo:end], after the name on a signature line, is only the signer's office
        (hundred-eighty-sixth: "-X Y, White House Press Secretary"): a comma, then a few words, no stop."""
        text = self.text
        # (fourteenth styles tamsin_province: "– Y, Minister of Jobs, Trade and Economic Growth, and MLA for …": an
        # office with commas of its own)
        return text.startswith(", ", lo) and end - lo <= 80 \
            and text[lo + 2:end].replace(" ", "").replace("-", "").replace(",", "").isalnum()

    def _remarks_lead_in(self, lo: int, hi: int) -> Person | None:
        """The person whose remarks the paragraph at text[lo:hi] says follow ("Full Remarks by First Lady
        X", "Here are X’s full remarks, as prepared for delivery, at …": `_REMARKS_LEAD_IN`), or None.
        The paragraphs after it are that person's words, one direct statement each (`_in_remarks`)."""
        text = self.text
        if hi - lo > 220:
            return None
        end = end_before_space(text, lo, hi)
        found = None
        if text.startswith(_REMARKS_LEAD_IN_OPENINGS, lo):
            # "Full Text of First Lady X’s Message:" (hundred-eighty-sixth) or "Full Remarks by First Lady X"
            found = _FULL_TEXT_OF_MESSAGE.match(text, lo, end) if text[end - 1] == ":" else None
            if found is None:
                found = _REMARKS_LEAD_IN.match(text, lo, end)
        if found is None and (text.find("s full ", lo, end) >= 0 or text.find("s complete ", lo, end) >= 0):
            found = _OWN_FULL_REMARKS.match(text, lo, end)  # "First Lady X’s full remarks, as prepared for delivery:"
        if found is None and (text.find("repared for ", lo, end) >= 0 or text.find("repared For ", lo, end) >= 0):
            # hundred-eighty-eighth: a heading "First Lady X’s Remarks (As Prepared for Delivery)" after a
            # lead "The First Lady’s full remarks from the event can be found below …"
            found = _REMARKS_HEADING_AS_PREPARED.match(text, lo, end)
        if found is None:
            return None
        group = "owner" if found.start("owner") >= 0 else "by"
        start, end = found.start(group), found.end(group)
        phrase = phrase_starting_at(text, start, end)
        if phrase is None or not phrase.is_person or phrase.end < end - 1:
            return None
        return self._resolve(phrase, phrase.start)

    def _article_lead_in(self, paragraphs: list[tuple[int, int]], index: int) -> Person | None:
        """The person whose article a short lead at paragraph `index` says a newspaper printed ("… The Hindu published
        an article by Vladimir Putin.": `_ARTICLE_BY_LEAD_IN`), when a separator ("* * *") follows it and the paragraph
        after the separator goes on as that person's own words (`_message_goes_on`): the article is then printed whole,
        each paragraph one direct statement, as after a remarks lead-in; or None."""
        text = self.text
        lo, hi = paragraphs[index]
        if hi - lo > 260 or index + 2 >= len(paragraphs):
            return None
        sep_lo, sep_hi = paragraphs[index + 1]
        if text[sep_lo] not in SEPARATOR_MARKS or SEPARATOR.match(text, sep_lo, sep_hi) is None:
            return None  # (no separator: "… published an article by X. / She also met …" is the readout's own account)
        found = _ARTICLE_BY_LEAD_IN.match(text, lo, end_before_space(text, lo, hi))
        author = self._person_in_group(found, "by") if found is not None else None
        return author if author is not None and self._message_goes_on(author, *paragraphs[index + 2]) else None

    def _person_in_group(self, found: re.Match, group: str) -> Person | None:
        """The person named by the phrase that fills `found`'s `group`, all of it or all but its last character; None
        when that phrase is no person or stops short. The one whose words a lead says follow (`_article_lead_in`'s
        "an article by X", `_remarks_follow_of`'s "X's remarks follow")."""
        phrase = phrase_starting_at(self.text, found.start(group), found.end(group))
        if phrase is None or not phrase.is_person or phrase.end < found.end(group) - 1:
            return None
        return self._resolve(phrase, phrase.start)

    def _titled_remarks_by(self, lo: int, hi: int) -> Person | None:
        """The one person a title "Remarks by X after …" or "Statement by X, <office>, following …" names as its
        host, when the first paragraph at text[lo:hi] does not name X and goes on as X's own words
        (`_message_goes_on`: not X in the third person, no one else's reported speech): the body is then X's
        remarks, each paragraph one direct statement, as after a
        remarks lead-in (two-hundred-seventy-eighth: "Remarks by President Donald Tusk after the European Council
        meeting on 20 June 2019" / "Let me start on nominations. …"; three-hundredth eu_council schmitt: "Statement by
        Herman VAN ROMPUY, President of the European Council, following his meeting with Pál Schmitt, President of
        Hungary" / ""President Schmitt and I had a productive discussion …"). None for a pair ("Remarks by X and Y
        before …"), a title whose first name is not its host, or a first paragraph that is a heading (no
        closing punctuation)."""
        title = self.title
        if self.text[end_before_space(self.text, lo, hi) - 1] not in ".,:!?":  # (the title opens so: the caller's test)
            return None  # (hundred-ninetieth kratsios: "NBSP" / "**Remarks by …**" / "AS PREPARED …": headings, then labels)
        opening = remarks_opening_at(title)  # (after a topic and its colon: "United States: Remarks by …")
        from_at = statement_from_host_at(title)  # ("A statement from Premier X on …")
        if from_at is not None:
            # (the title read from the host on: "Statement From Governor X on …" in title case has "From" in the
            # host's capitalised run, which then names no one)
            phrases = tuple(p.shifted(from_at) for p in title_phrases(title[from_at:]))
            host_at = from_at
        elif opening is not None:
            phrases = tuple(p for p in title_phrases(title) if p.start >= opening)
            host_at = title.index(" by ", opening) + 4
        else:  # (the host first: "X President of the European Council Press Statement following …")
            phrases, host_at = title_phrases(title[:host_statement_heading(title)]), 0
        phrase = phrases[0] if phrases else None
        if phrase is not None and phrase.kind == "description" and phrase.start == host_at \
                and title[phrase.end:phrase.end + 1] == "/" and len(phrases) > 1 and phrases[1].start == phrase.end + 1:
            # an office in two parts before the name (three-hundred-sixth eu_eeas fac_arrival: "Remarks by High
            # Representative/Vice-President Federica Mogherini upon arrival at the Foreign Affairs Council"): the
            # name after the slash, with the office's second part, is the host
            phrase, host_at = phrases[1], phrase.end + 1
        elif phrase is not None and phrase.kind == "description" and phrase.start > host_at and phrase.country \
                and title.count(" ", host_at, phrase.start) <= 2 and title[host_at:phrase.start].istitle():
            # a name and its office with no comma between (three-hundred-sixth eu_council samaras_nd: "Statement by
            # Herman Van Rompuy President of the European Council following his meeting with …", a re-publisher's
            # copy that dropped a link icon): the office's "country" is the name's last word; the name is the host
            name_end = title.index(" ", phrase.start)  # ("Herman Van Rompuy": up to the office's first word)
            named = phrase_starting_at(title, host_at, name_end)
            phrase = named if named is not None and named.kind == "name" and named.end == name_end else None
        if phrase is None or phrase.kind != "name" or phrase.start != host_at \
                or title.startswith((" and ", " & "), phrase.end):
            return None
        if title.startswith(", ", phrase.end) and not self._appositive_office(phrases, phrase.end + 2):
            return None  # (a list of names: "Remarks by X, Y and Z …")
        if title[phrase.start:phrase.end].rsplit(" ", 1)[-1].casefold() in self.text[lo:hi].casefold():
            return None  # (the body names its host: the readout's voice, "… Simon Coveney TD, travelled to Belfast …")
        if self._release_voice_after_dateline(lo, hi):
            return None  # ("TORONTO – Canada’s First Ministers have concluded a meeting …": the release tells)
        return self._title_speaker_goes_on(phrase, lo, hi)

    def _release_voice_after_dateline(self, lo: int, hi: int) -> bool:
        """Whether the paragraph at text[lo:hi] opens with a release's dateline in capitals (`capitals_dateline`) and
        goes on in no first person: the release's own voice, which tells of the event and may then lead in its host's
        quoted statement ("Premier Ford Issues Statement Following First Ministers Meeting" / "TORONTO – Canada’s First
        Ministers have concluded a meeting in …" / "Ontario Premier Doug Ford, following the meeting, issued this
        statement:" / "“I would like to thank …", Ontario's Office of the Premier, fivehundredeighteenth), not the host's
        unquoted remarks that a title "Statement by X …" announces ("BRUSSELS – I welcome …" would be). Cheap test
        first: two capitals open the paragraph."""
        text = self.text
        if not text[lo:lo + 2].isupper():
            return False
        dateline = capitals_dateline(text, lo, hi)
        return dateline is not None and FIRST_PERSON.match(text, dateline.end(), hi) is None

    def _titled_first_person_by(self, lo: int, hi: int) -> Person | None:
        """The one person a headline "X Verbs …" names, when the first paragraph at text[lo:hi] opens with the
        same verb in the first person ("I verb …") and goes on as X's own words (`_message_goes_on`): the body is
        X's written statement, each paragraph one direct statement (two-hundred-eighty-fifth whitehouse_bush
        2008-03-06: "President Bush Condemns Terrorist Attack in Israel" / "I condemn in the strongest possible
        terms …"). None when the headline's subject is not its first words or the verbs differ ("President X
        Visits Y" / "I am grateful …")."""
        title, text = self.title, self.text
        phrases = title_phrases(title)
        if not phrases or phrases[0].kind != "name" or phrases[0].start != 0 or title[phrases[0].end:phrases[0].end + 1] != " ":
            return None
        verb_end = title.find(" ", phrases[0].end + 1)
        verb = title[phrases[0].end + 1:verb_end]
        if len(verb) < 5 or verb[-1] != "s" or not verb[0].isupper() \
                or not text.startswith(verb[1:-1], lo + 3) or text[lo + 2] != verb[0].lower() \
                or text[lo + 1 + len(verb):lo + 2 + len(verb)] != " ":
            return None  # ("Condemns" / "I condemn ": the headline's verb, spoken)
        return self._title_speaker_goes_on(phrases[0], lo, hi)

    def _title_speaker_goes_on(self, phrase: Phrase, lo: int, hi: int) -> Person | None:
        """The person the title's `phrase` names (registered if the body does not name them, as remarks' speakers
        are not), when they are the title's host (if it has one) and the paragraph at text[lo:hi] goes on as
        their own words (`_message_goes_on`), or None."""
        host = self.people.match_name(phrase.name)
        if host is None and self.title_host is None:
            host = self.people.add_name(phrase, 0, confirmed=True)  # (named in the title only, as remarks' speakers are)
        if host is None or self.title_host is not None and host is not self.title_host:
            return None
        return host if self._message_goes_on(host, lo, hi) else None

    def _appositive_office(self, phrases: tuple, start: int) -> bool:
        """Whether the title's phrase at `start`, right after its host's name and a comma, is the host's office set
        off by commas before the title goes on in lower case (two-hundred-ninety-first eu_eeas lavrov_remarks:
        "Remarks by Catherine Ashton, EU High Representative for Foreign Affairs and Security Policy, after meeting
        Russian Minister for Foreign Affairs:"); not a second name ("Remarks by X, Y and Z"), not an office followed
        by another person ("Remarks by X, President of A, and Y")."""
        title = self.title
        comma = title.find(", ", start)
        if comma < 0 or not title[comma + 2:comma + 3].islower() or title.startswith("and ", comma + 2):
            return False
        between = [p for p in phrases if start <= p.start < comma]  # ("Union High Representative …": "Union" no office word)
        return bool(between) and all(p.kind == "description" and p.end == comma for p in between)

    def _remarks_heading(self, lo: int, hi: int) -> bool:
        """Whether the paragraph at text[lo:hi], right after a remarks lead-in, is a heading, not the
        remarks' words: "(As Prepared for Delivery)", "X’s Remarks at a Celebration of Military Mothers",
        "Pledge to Celebrate Ambition" (short, no closing punctuation)."""
        end = end_before_space(self.text, lo, hi)
        return end - lo <= 150 and (self.text[end - 1].isalnum() or self.text[end - 1] == ")")

    def _after_message_lead_in(self, paragraph_start: int) -> bool:
        """Whether the paragraph before the one at `paragraph_start` is a short lead-in to a
        written text that names no author: "The message reads, in part:"."""
        text = self.text
        end = end_before_space(text, 0, paragraph_start)  # (`len(text[:paragraph_start].rstrip())`, no copy of the text)
        if end < 1 or text[end - 1] not in ":.":
            return False
        lo = text.rfind("\n", 0, end) + 1
        if text.startswith(_TEXT_FOLLOWS_OPENINGS, lo) and _TEXT_FOLLOWS.match(text, lo, end) is not None:
            # "Below is the full text of the message." and, with a colon (hundred-third 42645), "The full
            # text of the message follows:" (its subject "The full text of …" is no `WRITTEN_SUBJECT`)
            return True
        if text[end - 1] == ".":  # only the lead-ins above end so
            return False
        aside = _LEAD_IN_ASIDE.match(text, lo, end)  # "In particular, the message contains …:"
        if aside is not None:
            lo = aside.end()
        return end - lo <= 60 and WRITTEN_SUBJECT.match(text, lo, end) is not None \
            and _BY_OR_FROM.search(text, lo, end) is None

    def _unquoted_message_by(self, written_by: Person | None, index: int, lo: int, hi: int) -> Person | None:
        """Whose message the paragraph at text[lo:hi], with no quote marks, is: after a lead-in
        to a written text ("The message reads:", "X sent a message to Y, which reads:", "Below is
        the full text of the message."), the sender's (the last speaker, or the one the lead-in
        or the title names); after a paragraph of that message, the same sender's; either only if
        the paragraph does not tell of the sender in the third person ("Vladimir Putin also signed
        an executive order …", "He added …", `_message_goes_on`). A press office's convention for
        condolences and greetings printed whole (kremlin_58425)."""
        if written_by is not None:
            if _no_sentence_in(self.text, lo, hi):
                return None  # ("… / I look forward to … Yukoners. / Laura Seeley⏎Cabinet Communications": a contact)
            return written_by if self._message_goes_on(written_by, lo, hi) else None
        sender = self._sender_of_lead_in(lo)
        if sender is None and self._led_in is not None and self._led_in[1] == index - 1:
            # two-hundred-sixty-seventh (gov.uk, quotations printed as block quotes with no marks): "Speaking
            # afterwards, the Secretary of State said: / It was a pleasure to meet …": the speaker's words
            sender = self._led_in[0]
        if sender is None and index >= 1:
            sender = self._issuer_of_the_following(lo, hi)  # "X released the following statement …:" / "Today, I met …"
        if sender is None and index >= 1:
            sender = self._poster_of_the_following(lo, hi)  # "X met … and posted via Tweets:" / "Today I met …"
        if sender is None and self._after_message_lead_in(lo):
            sender = self.last_speaker if self.last_statement_paragraph >= index - 2 else None
            if sender is None:
                sender = self._title_sender()
            if sender is None and index >= 2:
                sender = self._sender_of_text_sent_before(lo)
        # (not "The message reads, in part: / The President welcomed the officers.": the readout's voice)
        return sender if sender is not None and self._message_goes_on(sender, lo, hi) else None

    def _issuer_of_the_following(self, paragraph_start: int, paragraph_end: int) -> Person | None:
        """The person who, as the subject of the paragraph right before the one at text[paragraph_start:paragraph_end],
        released or issued "the following statement" (`_ISSUED_THE_FOLLOWING`, the paragraph closing on its colon),
        the paragraph at `paragraph_start` speaking in the first person early on (`transcripts.OWN_VOICE`; not a
        spokesperson's release telling of X, "Government Spokesperson Y issued the following statement:" / "Federal
        Chancellor X spoke by telephone today with …", hard22): the unquoted
        paragraphs after it are that person's words if they go on as such (`_message_goes_on`); else None. Cheap
        tests first: the colon, then "following statement" or "following remarks" in the lead-in, then the first
        person."""
        text = self.text
        end = end_before_space(text, 0, paragraph_start)
        if end < 1 or text[end - 1] != ":":
            return None
        lo = text.rfind("\n", 0, end) + 1
        if text.find("following statement", lo, end) < 0 and text.find("following remarks", lo, end) < 0:
            return None
        if OWN_VOICE.search(text, paragraph_start, min(paragraph_end, paragraph_start + 200)) is None:
            return None
        found = _ISSUED_THE_FOLLOWING.search(text, lo, end)
        if found is None:
            return None
        period = text.rfind(". ", lo, found.start())
        phrase = self._sentence_subject(period + 2 if period >= 0 else lo, end)
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _poster_of_the_following(self, paragraph_start: int, paragraph_end: int) -> Person | None:
        """The person who, as the subject of the last sentence of the paragraph right before the one at
        text[paragraph_start:paragraph_end], posted what follows on a social medium (`_POSTED_VIA`, the paragraph's
        last words), the paragraph at `paragraph_start` speaking in the first person early on (`transcripts.OWN_VOICE`):
        the unquoted paragraphs from it on are that person's posts, as long as they go on as such (`_message_goes_on`,
        up to the next paragraph that tells of someone in the third person); else None. A body that posts ("The
        Commission posted via Tweets:") is no person, so its posts are no one's. Cheap tests first: the lead-in's last
        character, then "posted" in its last 120 characters, then the first person."""
        text = self.text
        end = end_before_space(text, 0, paragraph_start)
        if end < 1 or text[end - 1] not in ":.":
            return None
        lo = text.rfind("\n", 0, end) + 1
        near = max(lo, end - 120)
        if text.find("posted ", near, end) < 0:
            return None
        if OWN_VOICE.search(text, paragraph_start, min(paragraph_end, paragraph_start + 200)) is None:
            return None
        found = _POSTED_VIA.search(text, near, end)
        if found is None:
            return None
        start = lo
        for sentence in split_sentences(text, lo, end):
            if sentence[0] < found.start():
                start = sentence[0]  # (the lead-in's last sentence: "Ms. X" ends none)
        phrase = self._sentence_subject(start, end)
        if phrase is None or not phrase.is_person:
            return None
        relative = _RELATIVE_BEFORE_POSTED.search(text, phrase.end, found.start())
        if relative is not None:
            return self._antecedent_who_posted(start, relative)
        person = self._resolve(phrase, phrase.start)
        if person is None and phrase.kind == "description" and phrase.start > start + 4 \
                and text[phrase.start - 2] in "–—":
            # (martinplaut: "X – the head of Tigray’s Interim Authority – met …": the name before the dash, whose
            # description the dashes set off, read as a dateline; the description alone names no one)
            named = phrase_starting_at(text, start, phrase.start - 3)
            if named is not None and named.kind == "name" and named.end == phrase.start - 3:
                person = self._resolve(named, named.start)
        return person

    def _antecedent_who_posted(self, lo: int, relative: re.Match[str]) -> Person | None:
        """The person a ", who … posted on X:" clause is about (fx68: "X met the Zandian envoy, Ms. Y, who later posted
        on X:": Ms. Y posted, not the sentence's subject X): the name right before ", who", if it is a person's; None
        after ", whose" or ", which" (her embassy posted, or a thing: no person's post)."""
        if relative.group(1) != "who":
            return None
        named = phrase_ending_at(self.text, lo, relative.start())
        if named is None or not named.is_person:
            return None
        return self._resolve(named, named.start)

    def _sender_of_text_sent_before(self, paragraph_start: int) -> Person | None:
        """The sender of the text a lead-in introduces when the paragraph before the lead-in says who
        sent it and no one has spoken yet: "Joseph Hale sent a message to Emma Roux." / "The full text
        of the message follows:" / "Dear friend, …" (a bare "sent a message" is narrative, so no
        statement names the sender). The subject of the paragraph's last sentence, if it sends a
        message, letter or telegram; else None. Guard: " sent " in the paragraph."""
        text = self.text
        lead_in = text.rfind("\n", 0, end_before_space(text, 0, paragraph_start)) + 1
        hi = end_before_space(text, 0, lead_in)
        lo = text.rfind("\n", 0, hi) + 1
        if text.find(" sent ", lo, hi) < 0:
            return None
        stop = text.rfind(". ", lo, hi - 1)
        start = stop + 2 if stop >= 0 else lo
        if _SENT_A_TEXT.search(text, start, hi) is None:
            return None
        phrase = self._sentence_subject(start, hi)
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _message_goes_on(self, sender: Person, lo: int, hi: int) -> bool:
        """Whether the paragraph at text[lo:hi] goes on with `sender`'s unquoted message: its
        first sentence neither opens with someone in the third person who is the sender or a
        pronoun other than "I" or "we", nor reports anyone's words with a named subject."""
        text = self.text
        number = POINT_NUMBER.match(text, lo, hi) if text[lo:lo + 1].isdigit() else None
        if number is not None:
            # (three-hundred-thirteenth embassy of Japan pr07 2014: "2. In response, Mr. X stated as follows:" after
            # Y's "(1) I …" paragraphs: the point's number is no first sentence "2." that names no one)
            lo = number.end()
        stop = text.find(". ", lo, hi)
        s1 = hi if stop < 0 else stop + 1
        if stop >= 0 and (text.endswith(_STYLE_BEFORE_STOP, lo, stop + 1) or text[lo:stop + 1] in _STYLES_OPENING):
            # (the same: "In response, Mr. X, …, stated as follows:": a style's stop ends no sentence)
            s1 = next(iter(split_sentences(text, lo, hi)), (lo, s1))[1]
        if text.startswith("The ", lo) and (_MESSAGE_DONE_TO.match(text, lo, s1) is not None
                                            or _EVENT_TOLD.match(text, lo, s1) is not None):
            return False  # "The President’s message was passed over to Mr X by …": the readout's voice again
        subject = self._sentence_subject(lo, s1)
        if subject is not None and subject.kind == "pronoun":
            return subject.text.lower() in ("i", "we")
        if number is not None and subject is not None and subject.kind == "group":
            return False  # (the same: "3. The two leaders agreed …": the readout's numbered points again, of the pair)
        if subject is not None and subject.is_person and self._resolve(subject, subject.start) is sender:
            return False  # "Vladimir Putin also signed an executive order …": the readout's voice again
        if subject is not None and (subject.is_person or subject.kind in ("group", "thing") and " and " in subject.text
                                    or subject.kind == "group" and subject.text.startswith("The ")) \
                and _MEETS_SOMEONE.match(text, subject.end, s1) is not None:
            # "The President spoke to Senator X and Chairman Y today.", "The United States and Lithuania reconvened …":
            # someone else's meeting, told (not "We met at …", the sender's own words)
            return False
        return all(cue.phrase is None or cue.phrase.kind not in ("name", "description") for cue in self._cues(lo, s1))

    def _sender_of_lead_in(self, paragraph_start: int) -> Person | None:
        """The sender named by the lead-in paragraph right before a quotation: "Earlier, the
        President of Ostrava sent a message to Ivo Marek, which reads, in part:" makes the
        quoted message the President's (the subject of "sent"), not the addressee's, who may
        have spoken last; None if the paragraph before is no such lead-in."""
        text = self.text
        end = paragraph_start
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if end < 1 or text[end - 1] != ":":
            if end > 0 and text[end - 1] == "." and text.find(" statement ", end - 300 if end > 300 else 0, end) >= 0:
                return self._statement_follows_from(text.rfind("\n", 0, end) + 1, end)
            if end > 0 and text[end - 1] == "." and text.find(" by ", end - 400 if end > 400 else 0, end) >= 0:
                return self._owner_of_carried_writing(text.rfind("\n", 0, end) + 1, end)
            return None
        lo = text.rfind("\n", 0, end) + 1
        sent = _SENT_WHICH_READS.search(text, lo, end)
        if sent is None:
            if text.find(" by ", lo, end) >= 0 and _WRITTEN_SENT_BY_READS.match(text, lo, end) is not None:
                return self._author(lo, end)  # "The telegram sent by the head of state reads, in part:"
            if text.find("emarks follow", lo, end) >= 0 or text.find("emarks is available below", lo, end) >= 0 \
                    or text.find("emarks are available below", lo, end) >= 0:
                return self._remarks_follow_of(lo, end)  # "A translation of President X's remarks follows:"
            if text.find(" a statement", lo, end) >= 0 and text.find(" text ", lo, end) >= 0:
                return self._released_statement_below(lo, end)  # "X has released a statement …. The full text is below:"
            if text.find(" by ", lo, end) >= 0:
                signer = self._signer_closing_lead_in(lo, end)
                if signer is not None:
                    return signer  # "… publishes the following note subscribed by President X:"
            return self._named_after_message_from(lo, end) if text.find(" from ", lo, end) >= 0 else None
        period = text.rfind(". ", lo, sent.start())
        start = period + 2 if period >= 0 else lo
        phrase = self._sentence_subject(start, end)
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _signer_closing_lead_in(self, lo: int, end: int) -> Person | None:
        """The person named last in the lead-in at text[lo:end], closing on a colon, as the one who signed or sent
        the written text it introduces (`_WRITTEN_BY_CLOSING`), or named by the lead-in that is only "A statement by
        <office or name>:" (`_WRITTEN_BY_OPENS`; an office no one named holds, its holder known by it); else None."""
        found = _WRITTEN_BY_CLOSING.search(self.text, lo, end)
        opens = found is None
        if opens:
            found = _WRITTEN_BY_OPENS.match(self.text, lo, end)  # "A personal statement by the Governor of X, Y and Z:"
            if found is None:
                return None
        phrase = phrase_starting_at(self.text, found.start("by"), found.end("by"))
        if phrase is None or not phrase.is_person or phrase.end < found.end("by") - 1 and not (
                opens and _PLACES_GO_ON.match(self.text, phrase.end, found.end("by")) is not None):
            return None
        person = self._resolve(phrase, phrase.start)
        return self.people.author_known_by_office(phrase) if person is None and opens else person

    def _owner_of_carried_writing(self, lo: int, end: int) -> Person | None:
        """The person whose message the one-sentence paragraph at text[lo:end] says was read aloud or delivered by
        someone else ("Gleb Saveliev's message of greetings … was read aloud … by Presidential Aide Yana Orlik."): the
        name that opens the paragraph before the possessive; else None."""
        text = self.text
        if text.find(". ", lo, end) >= 0:
            return None
        carried = _OWN_WRITING_CARRIED.search(text, lo, end)
        if carried is None or carried.start() - lo > 90:
            return None
        phrase = phrase_starting_at(text, lo, carried.start())
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description") \
                or phrase.end != carried.start():
            return None
        return self._resolve(phrase, phrase.start)

    def _remarks_follow_of(self, lo: int, end: int) -> Person | None:
        """The person whose remarks the last sentence of the paragraph at text[lo:end] says follow, printed
        with no quote marks (styles8 formenia_presidential_office: "In remarks, President Lai thanked …. A
        translation of President Lai's remarks follows:"); else None. The paragraphs after it are his while they
        do not tell of him, or of anyone speaking, in the third person (`_message_goes_on`)."""
        text = self.text
        period = text.rfind(". ", lo, end)
        found = _REMARKS_FOLLOW.match(text, period + 2 if period >= 0 else lo, end)
        return self._person_in_group(found, "owner") if found is not None else None

    def _released_statement_below(self, lo: int, end: int) -> Person | None:
        """The person who, in the paragraph's sentence before its last, released or issued a statement that
        the last says follows (three-hundred-first ireland_taoiseach 2011-03-11_japan: "Taoiseach Enda Kenny has
        released a statement on the earthquake and Tsunami in Japan. The full text is below:"); else None."""
        text = self.text
        period = text.rfind(". ", lo, end)
        if period < 0 or _TEXT_IS_BELOW.match(text, period + 2, end) is None \
                or _RELEASED_A_STATEMENT.search(text, lo, period) is None:
            return None
        phrase = self._sentence_subject(lo, period + 1)
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _statement_follows_from(self, lo: int, end: int) -> Person | None:
        """The person whose statement the last sentence of the paragraph at text[lo:end] says follows
        (hundred-eighty-sixth: "The following is a statement from the First Lady of the United States, X,
        regarding …." over a quotation with no attribution): the quotation is X's; else None."""
        text = self.text
        found = None
        for found in _STATEMENT_FOLLOWS.finditer(text, lo, end):
            pass
        if found is None or text.find(". ", found.end(), end - 1) >= 0:
            return None
        start = found.end()
        phrase = phrase_starting_at(text, start, end)
        if phrase is not None and text.startswith(", ", phrase.end):
            named = phrase_starting_at(text, phrase.end + 2, end)  # "the First Lady of Y, X, regarding …"
            if named is not None and named.is_person and named.kind == "name" and text.startswith(",", named.end):
                phrase = named
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _quotation_led_in_by_an_unnamed_one(self, quote: Quote, s0: int, paragraph: int, paragraph_start: int) \
            -> bool:
        """Whether the quotation is led in by someone the readout does not name (`_led_in_by_an_unnamed_one`): in its
        own sentence, or, when the quotation opens its paragraph, by an inverted "Said one resident:" as the whole
        paragraph before (hard90's "Said one resident:" alone in its paragraph before "“We have waited …”"): no one's
        words."""
        text = self.text
        if quote.open_mark == paragraph_start and paragraph > 0:
            lead_lo, lead_hi = self.paragraphs[paragraph - 1]
            return text.startswith(("Said ", "Added "), lead_lo) and _led_in_by_an_unnamed_one(text, lead_lo, lead_hi)
        return _led_in_by_an_unnamed_one(text, s0, quote.open_mark)

    def _text_a_body_sent(self, lo: int, open_mark: int) -> bool:
        """Whether the lead-in text[lo:open_mark] introduces a letter or message ("The text of the letter reads:",
        "The message says:") that the sentence right before says a body sent (hard43 odlaw_veterans_letter: "On the
        eve of the meeting, the Council sent the Prime Minister an open letter. The text of the letter reads: “…”"):
        the body's words, no person's, so not the last speaker's either. Cheap tests first: a colon, a reading verb."""
        text = self.text
        end = end_before_space(text, lo, open_mark)
        if text[end - 1] != ":" or _BODYS_TEXT_READS.fullmatch(text, lo, end) is None:
            return False
        stop = end_before_space(text, 0, lo)
        if stop < 1 or text[stop - 1] != ".":
            return False
        start = sentence_start_before(text, stop - 1)
        if _A_BODY_SENDS.search(text, start, stop) is None:
            return False
        subject = self._sentence_subject(start, stop)
        return subject is not None and not subject.is_person and subject.kind != "pronoun"

    def _named_after_message_from(self, lo: int, end: int, *, closing: bool = False) -> Person | None:
        """The sender a lead-in names after "a message from" (hard16: "A message from Vadim Orsk
        had been delivered to the Lessovian President the day before. Among other things, it
        says:"): the quoted message is the sender's, not the addressee's, who may have spoken
        last; None if the lead-in names no person so. With `closing`, the last "a message from" (or "the
        message of") and a sender whose name ends the lead-in at `end`, its colon, or only the addressee
        after it or its reading out ("… read out a message from President of Serevand Y:", "… the message of
        President Y to the people of Z:", "A message from Y was read out by Z:"; not "X, who had received
        greetings from Y, said:")."""
        if closing:
            sent = None
            for sent in _MESSAGE_OF_READ_OUT.finditer(self.text, lo, end):
                pass
        else:
            sent = _MESSAGE_FROM.search(self.text, lo, end)
        if sent is None:
            return None
        phrase = phrase_starting_at(self.text, sent.end(), end)
        if phrase is None and closing and 0 <= (comma := self.text.find(", ", sent.end(), end)) < sent.end() + 60:
            # (sixhundredthirteenth arise: "A statement from the minister’s spokesman, X on Wednesday read:"): an
            # office no phrase reads, its holder named after the comma
            phrase = phrase_starting_at(self.text, comma + 2, end)
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description"):
            return None
        if closing and phrase.end != end and _AFTER_SENDER_CLOSING.match(self.text, phrase.end, end) is None:
            # (hard48 tolmeria_foreign_minister_vayrenne_national_day_message: "… read out the message of President
            # X to the people of Y:": the addressee after the sender, as common as the sender alone; so is the
            # message's reading out, "A message from X was read out by the Ambassador:")
            return None
        return self._resolve(phrase, phrase.start)

    def _owner_of_message_read(self, lo: int, colon: int) -> Person | None:
        """The one whose message a lead-in closing on a colon names with a possessive right before it ("He delivered
        the President's message:", "… read out President X's letter to the forum:"): the quoted words are his; None
        when no written text owned by a person closes the lead-in."""
        owned = _OWNED_MESSAGE_CLOSING.search(self.text, lo, colon)
        if owned is None:
            return None
        phrase = phrase_ending_at(self.text, lo, owned.start())
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description"):
            return None
        return self._resolve(phrase, phrase.start)

    def _title_sender(self) -> Person | None:
        """The sender of the message a readout quotes when the body names no one and the
        title says who wrote it: "President X congratulated Y on National Day" / "X sent a
        message to Y" over "The message said, in part: “…”" is X's message."""
        if self.last_speaker is not None or not self.title:
            return None
        if " from " in self.title:
            sent = _TITLE_MESSAGE_FROM.search(self.title)
            if sent is not None:  # "X delivered a message from President Y to …": Y's, not the courier's
                return self._title_named_from(sent.end())
        if self.title_host is None:
            return None
        return self.title_host if _TITLE_SENDS.search(self.title) \
            or ("s " in self.title and _TITLE_HOSTS_TEXT.match(self.title)) else None

    def _title_named_from(self, pos: int) -> Person | None:
        """The person the title names right at `pos` ("… a message from President Y …")."""
        phrase = next((p for p in title_phrases(self.title) if p.start >= pos), None)
        if phrase is None or phrase.start - pos > 2 or phrase.kind != "name":
            return None
        return self.people.match_name(phrase.name)

    def _named_next(self, pos: int) -> Person | None:
        """The person the sentence after a quotation that is a sentence of its own says
        spoke it ("With these words X opened …", "These words were spoken by X …", "X
        made this point when …"), in the same paragraph; None if it says no such thing."""
        text = self.text
        start = skip_space(text, pos, min(len(text), pos + 4))
        if "\n" in text[pos:start] or start >= len(text):
            return None
        hi = min(len(text), start + 160)
        said = _NAMED_NEXT.match(text, start, hi)
        phrase = phrase_starting_at(text, said.end() if said else start, hi)
        if phrase is None or phrase.kind not in ("name", "description"):
            return None
        if said is None and not _MADE_THIS.match(text, phrase.end, hi):
            return None
        return self._resolve(phrase, phrase.start)

    def _one_described_named_next(self, noun: str, pos: int) -> Person | None:
        """The person the sentence right after `pos` names as the one an unnamed tag's subject described
        (`_said_by_an_unnamed_one`, its noun `noun`): "She is Ms. X, …" or "He is …" of that sex, "Her/His name is X",
        "The <noun>, X, …" with the same noun (`_ONE_DESCRIBED_NAMED`); a name the registry knows, else None."""
        text = self.text
        start = skip_space(text, pos, min(len(text), pos + 6))
        opening = _ONE_DESCRIBED_NAMED.match(text, start, min(len(text), start + 40))
        if opening is None or opening["noun"] is not None and opening["noun"] != noun:
            return None
        named = phrase_starting_at(text, opening.end(), min(len(text), opening.end() + 60))
        if named is None or named.kind != "name":
            return None
        person = self.people.match_name(named.name)
        if person is None or opening["pronoun"] and person.gender not in (None, "f" if opening["pronoun"] == "She" else "m"):
            return None
        return person

    def _said_by_person(self, said_by: re.Match, hi: int) -> Person | None:
        """The person named after "This was stated by" (`_SAID_BY`), or None."""
        phrase = phrase_starting_at(self.text, said_by.end(), hi)
        if phrase is None or not phrase.is_person:
            return None
        person = self._named_after_offices(said_by.end(), hi) if phrase.kind == "description" else None
        person = person or self._resolve(phrase, phrase.start)
        if person is not None:
            self._note_subject(person, phrase)
        return person

    def _said_before(self, said_by: re.Match, previous: tuple[int, int] | None, paragraph: int, hi: int) -> bool:
        person = self._said_by_person(said_by, hi)
        if person is None:
            return False
        return previous is not None and self._told_by(person, previous, paragraph)

    def _told_by(self, person: Person, span: tuple[int, int], paragraph: int) -> bool:
        """The sentence at `span` made `person`'s indirect statement, as a later "This was stated by X", "X said this
        …" or "This is the view of X" tells; False (nothing made) when it has its own subjects ("X and Y discussed
        …")."""
        if self._has_own_subject(*span):
            return False
        lo, hi = span
        self._emit(person, "indirect", lo, strip_tail(self.text, lo, hi), paragraph)
        return True

    def _has_own_subject(self, lo: int, hi: int) -> bool:
        """text[lo:hi] has a cue of its own whose subject is someone or something other than a thing ("X and Y
        discussed …")."""
        return any(cue.person is not None or (cue.phrase is not None and cue.phrase.kind != "thing")
                   for cue in self._cues(lo, hi))

    def _lead_goes_back(self, first: tuple[int, int], second: tuple[int, int], paragraph: int) -> None:
        """'An expert group will be set up … After all, it is important for Ukraine that … This was
        stated by President X in his address.' (hundred-ninth): a lead of two sentences, the second
        tied to the first by a connective, is all X's when the first opens the paragraph and has no
        subject of its own. Runs only after `_said_before` gave X the second."""
        text = self.text
        if not text.startswith(_LEAD_CONNECTIVES, second[0]):
            if (not text.startswith(_OPENINGS_OF_AN_UNNAMED_LEAD, second[0]) or self._names_someone(*first)) \
                    and not self._unnamed_lead_of_two(first, second):
                return  # ("President X met … . It is time …": a first sentence naming its actor is narrative)
        if self._has_own_subject(*first):
            return  # ("X and Y discussed …": the first sentence has its own subjects)
        lo, hi = first
        self._emit(self.found[-1].person, "indirect", lo, strip_tail(text, lo, hi), paragraph)  # (`_emit` keeps the order)

    def _unnamed_lead_of_two(self, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """(hundred-eighty-second, 73121) "The Armed Forces of Ukraine are fighting hard battles … The Ukrainian
        servicemen need the support of citizens. This was stated by President X during a briefing …": a lead of
        two sentences naming no one, neither with a cue of its own, the first a claim in the present (no past
        event: "The Palace hosted a conference on Monday." stays narrative), is all X's as one with a connective
        is. Runs only where `_lead_goes_back` runs (after "This was stated by X" gave X the second)."""
        lo, hi = first
        return _PRESENT_CLAIM.search(self.text, lo, hi) is not None and _PAST_EVENT.search(self.text, lo, hi) is None \
            and not self._names_someone(*second) and not self._names_someone(*first) and not self._cues(*second)

    def _names_someone(self, lo: int, hi: int) -> bool:
        """A person's name, or a pronoun standing for one, in text[lo:hi]."""
        k = bisect_left(self.name_starts, lo)
        if k < len(self.name_starts) and self.name_starts[k] < hi:
            return True
        return _PERSON_PRONOUN.search(self.text, lo, hi) is not None

    def _said_this_before(self, s0: int, s1: int, previous: tuple[int, int] | None, paragraph: int) -> bool:
        """'After the victory, Ukraine will build a liberal state. The President said this
        during a conversation with students.': a sentence that only says where or when one
        person said "this" (`_WHERE_ONLY`) makes the sentence before it, one with no speaker
        or subject of its own, that person's words, as "This was stated by X" does
        (`_said_before`). Runs only after `_reported` marked such a sentence."""
        said, self._said_this_at = self._said_this_at, None
        if said is None:
            return False
        person, at = said
        if not s0 <= at < s1 or previous is None:
            return False
        if REMARKS_MADE_AT.search(self.text, s0, s1) is not None:
            return False  # ("The talks lasted two hours. X made the comments after the talks.": `REMARKS_MADE_AT`)
        return self._told_by(person, previous, paragraph)

    def _name_before_its_office(self, lo: int, cue: Cue) -> bool:
        """'X, Adviser to the Head of the Office of the President said this in an interview …'
        (hundred-ninth): the cue's subject is the office set after its holder's name, the
        appositive closed by no comma; the sentence opens with that name and its comma."""
        if cue.phrase is None or cue.person is None or cue.phrase.start <= lo or not self.text[lo].isupper():
            return False
        k = bisect_left(self.name_starts, lo)
        if k == len(self.name_spans) or self.name_starts[k] != lo:
            return False
        _, end, person = self.name_spans[k]
        return person is cue.person and self.text[end:cue.phrase.start] == ", "

    def _office_before_its_name(self, lo: int, cue: Cue, set_off: bool = False) -> bool:
        """(four-hundred-seventy-sixth information_gov_kh 2018-08-30: "China’s Minister of International Liaison Department
        of the Communist Party of China (CPC) Central Committee H.E. X shared the appreciation when paying courtesy call on
        …"): the sentence opens with the cue's subject's office, its name after it, as "X, Adviser to …" is read. With
        `set_off`, the office may be set off by a comma before the name ("Office, X, gave this assurance during …")."""
        if cue.phrase is None or cue.person is None or cue.phrase.start <= lo or cue.phrase.start - lo > 200:
            return False
        between = self.text[lo:cue.phrase.start]
        if set_off and between.endswith(", "):
            # (four-hundred-sixty-fifth gisbarbados us-assistant-secretary: "United States Assistant Secretary in the
            # Department of State’s Bureau of …, X, gave this assurance during …"): the office set off before its holder
            between = between[:-2]
        return between[0].isupper() and _NOT_AN_OPENING_OFFICE.search(between) is None \
            and any(word in ROLE_WORD_SET for word in between.lower().split())

    def _named_after_offices(self, lo: int, hi: int) -> Person | None:
        """The person named after the offices that text[lo:hi] opens with ("Head of the
        Ukrainian delegation, Head of the … faction David Arakhamia")."""
        k = bisect_left(self.name_starts, lo)
        if k == len(self.name_spans) or self.name_starts[k] >= hi:
            return None
        start, _, person = self.name_spans[k]
        between = self.text[lo:start]
        if "(" in between:
            between = _PORTFOLIO_IN_BRACKETS.sub("", between)
        if len(between) > 160 or _NOT_AN_OFFICE.search(between):
            return None
        return person

    def _group_says_after(self, quote: Quote, s1: int) -> bool:
        """Whether the quotation's words are a group's, told right after it: "“…,” the two Presidents said in a
        joint declaration" (seventeenth styles dravonia tolmaria talks trap): no one's, so not the last speaker's.
        So too two people named and joined by "and" (hard80: "“…,” Vossdal and Quernois said in a joint statement",
        "“…,” said Vossdal and Quernois."): a pair's words, not the first one's (GOLD-FORMAT: what a group said)."""
        text = self.text
        pos = skip_space(text, quote.outer_end, s1)
        if s1 - pos < 8:
            return False
        inverted = verb_at(text, pos) if text[pos] in "sta" else None  # ("said …", "told …", "added …")
        if inverted is not None:
            pos = skip_space(text, inverted.end(), s1)
        if text[pos:pos + 1] not in ("t", "b") and not text[pos:pos + 1].isupper():  # ("the …", "both …", "X and Y")
            return False
        phrase = phrase_starting_at(text, pos, s1)
        if phrase is None or phrase.kind != "group":
            return False
        if inverted is not None:
            return " and " in phrase.text and not text[phrase.end:s1].strip(" .,")  # (the pair ends the sentence)
        return phrase.end + 1 < s1 and verb_at(text, phrase.end + 1) is not None

    def _a_bodys_text_quoted(self, quote: Quote, s0: int, s1: int) -> bool:
        """Whether a quotation that no person is found to say is from a text a body put out (fivehundredfiftyfirst,
        Vatican News: "According to a statement from the Holy See Press Office, “…”"; "According to a statement
        released by the Holy See Press Office, …" / "“…,” the statement said.", "The statement continued: “…”",
        "Finally, the statement notes that “…”"): led in by the text and its body, or told by "the statement" when
        the last text named before it with its source is a body's. A body's words are no one's, so not the last
        speaker's either (GOLD-FORMAT: statements are a person's). So too a quotation told after it by a text the
        readout named nowhere before (fivehundredninetyfourth 24kg: "Press service of the Parliament reports. … «The
        heads of the two parliaments assured …,» the statement says."): the release's own words, no one's. A cheap
        look for the text's noun near the quotation first."""
        text = self.text
        lo = max(s0, quote.open_mark - 120)
        hi = min(s1, quote.outer_end + 40)
        if text.find("tatement", lo, hi) < 0 and text.find("ommuniq", lo, hi) < 0 and text.find("elease", lo, hi) < 0:
            return False
        source = _A_TEXTS_SOURCE.search(text, lo, quote.open_mark)
        if source is not None:
            return _A_BODY_AS_SOURCE.match(text, source.end(), quote.open_mark) is not None
        after = quote.outer_end
        while after < s1 and text[after] in " ,":
            after += 1
        if text.startswith("according to a", after) and (named := _ACCORDING_TO_A_TEXT_AFTER.match(text, after, s1)) \
                and (source := _A_TEXTS_SOURCE.match(text, named.end(), s1)) is not None:
            # "“…,” according to a statement from Türkiye’s Communications Directorate.": a body's words, no one's
            return _A_BODY_AS_SOURCE.match(text, source.end(), s1) is not None
        told_after = _THE_TEXT_SAYS.match(text, after, s1) or _SAYS_THE_TEXT.match(text, after, s1)
        if told_after is None and text.startswith("a", after, s1) \
                and _AN_UNNAMED_TEXT_SAYS.match(text, after, s1) is not None:
            return True  # "“…,” an official statement said …": an unnamed release's words, no one's
        told = told_after or _THE_TEXT_SAYS.search(text, lo, quote.open_mark)
        if told is None:
            return False
        if told_after is not None and (_text_named_nowhere_before(text, told_after, quote.open_mark)
                                       or _last_named_as_an_unnamed_text(text, told_after, quote.open_mark)
                                       or _last_named_as_a_bodys_text(text, told_after, quote.open_mark)
                                       or _release_first_named_unnamed(text, told_after, quote.open_mark)
                                       or told_after.re is _THE_TEXT_SAYS and told_after["outlet"]):
            return True  # (or where it stands is named: "“For his part, the Crown Prince stressed that …,” the
            # statement on SPA added.": the agency's text, read as its sentences tell, not the last speaker's)
        reach = max(0, s0 - _BODYS_TEXT_REACH)
        last = None
        for last in _A_TEXTS_SOURCE.finditer(text, reach, told.start()):
            pass
        if text.find("n a", reach, told.start()) >= 0:  # (the cheap test first: "In a", "In an")
            put_out = None
            for put_out in _IN_A_TEXT_THE_SOURCE.finditer(text, reach, told.start()):
                pass
            if put_out is not None and (last is None or put_out.start() > last.start()):
                last = put_out  # (the later of the two kinds of naming)
        return last is not None and _A_BODY_AS_SOURCE.match(text, last.end(), told.start()) is not None

    def _group_spoke_just_before(self, quote: Quote, s0: int, paragraph_start: int) -> bool:
        """Whether a quotation with no cue, opening its own sentence, comes right after a sentence of the same
        paragraph whose subject is a group that speaks (eighthundredfortythird azertag 2017-12-21: "They noted that
        friendship and brotherly relations are developing …, describing this relationship as exemplary …
        "Azerbaijan and Turkey are constantly supporting each other …"", after "Vasif Talibov highlighted …" in the
        paragraph before): the quotation goes on with that group's words, no one's, not the last speaker's
        (GOLD-FORMAT: what a group said). Only the one sentence before, found within `_GROUP_SENTENCE_REACH`
        characters of the paragraph; a cheap test of the mark before the quotation first."""
        if quote.open_mark - s0 > 1 or s0 - paragraph_start < 12 or self.text[s0 - 2] not in ".!?":
            return False
        text = self.text
        lo = max(paragraph_start, s0 - _GROUP_SENTENCE_REACH)
        stop = max(text.rfind(". ", lo, s0 - 2), text.rfind("? ", lo, s0 - 2), text.rfind("! ", lo, s0 - 2))
        if stop < 0 and lo > paragraph_start:
            return False  # (a sentence longer than the reach: not read)
        start = stop + 2 if stop >= 0 else paragraph_start
        before = text[start:s0]
        if "”" in before or '"' in before or "»" in before:
            return False  # (a quotation before, its own sentence "They showed …,” Mr X stressed." no group's: his)
        if not self._said_together(start, s0):
            return False
        return any(True for _ in self._cues(start, s0))

    def _said_together(self, lo: int, hi: int) -> bool:
        """A quotation led in by a group: "Mr Putin and Mr Bush issued a joint
        statement, which reads in part: “…”" is nobody's in particular."""
        if hi - lo < 8:
            return False
        subject = self._sentence_subject(lo, hi)
        return subject is not None and subject.kind == "group"

    def _inside_report(self, s0: int, s1: int, prev_end: int, quote: Quote) -> bool:
        """A quotation with no cue of its own in the middle of reported speech
        ("X said that some are attempting to “rewrite …,” and affirmed …") is part of
        that report, not a statement apart."""
        lead = self.text[prev_end:quote.open_mark].rstrip()
        if not lead or lead.endswith(":") or prev_end > s0 and _speech_verb_alone_leads_in(lead):
            return False
        if self._sentence_cues is None or self._sentence_cues[0] != s0:
            self._sentence_cues = (s0, self._cues(s0, s1))  # once per sentence, not per quotation
        return any(c.person is not None and c.verb_end <= quote.open_mark for c in self._sentence_cues[1])

    def _author_of_writing_after(self, quote: Quote, s1: int) -> Person | None:
        """The author a written text names after the quotation of its words ("‘…’, the congratulations letter by the
        Speaker of the Seimas reads.", `_WRITTEN_READS_AFTER` with its "by" or "from"), else None."""
        written = _WRITTEN_READS_AFTER.match(self.text, quote.outer_end, s1)
        if written is None or written.start("author") < 0:
            return None
        return self._author(written.start("author"), written.end("author"))

    def _is_speech(self, quote: Quote, s0: int, s1: int, prev_end: int) -> bool:
        """A quotation with no cue: speech if it fills its sentence or reads like one (`prev_end`: where the
        sentence's quotation before it ends, else s0)."""
        text = self.text
        inner = text[quote.start:quote.end]
        words = len(inner.split())
        # (matches from a position, never slices of the sentence: thousands of
        # quotations in one paragraph must stay linear)
        alone_before = _only(_LEAD_SPACE, text, s0, quote.open_mark)
        alone_after = _only(_TAIL_PUNCT, text, quote.outer_end, s1)
        if alone_before and alone_after and words >= 3:
            return True
        if alone_before and alone_after and quote.continues and _opens_a_text_printed_whole(inner):
            return True  # "“Mr President, / Russia learned with deep sorrow …”": the salutation of a quoted message
        if alone_before and words >= 3 and text.startswith(",", quote.outer_end) \
                and _WRITTEN_READS_AFTER.match(text, quote.outer_end, s1):
            return True  # "“This victory reflects …”, the message reads.": the written text's words
        back = quote.open_mark
        while back > s0 and text[back - 1].isspace():
            back -= 1
        if back > s0 and text[back - 1] == ":" and words >= 3:
            return not title_case(inner) and not _a_title_mid_sentence(text, quote, inner)
        if back > prev_end > s0 and words >= 3 and text[back - 1] == "," \
                and _speech_verb_alone_leads_in(text[prev_end:back]):
            return True  # ('…, "…," adding, "…"': a speech verb alone leads it in after the quotation before, as a colon)
        return words >= 8 and inner.rstrip()[-1:] in ".!?,…" and not title_case(inner)

    def _owner_of_statement_named_before(self, s0: int) -> Person | None:
        """The person whose statement is read out in the first person and tagged "it read" at the sentence at `s0`
        (hr64: "Ambassador X issued a statement …" / "In a statement on Tuesday, Ambassador X said …" / "X visited Y,
        the Ambassador's statement said." … "“I heard …,” it read."): the named person (not a pronoun) who is the
        subject of the first sentence within `_IT_TEXT_REACH` that names a statement (`_A_TEXT_NAMED_BEFORE`), after a
        fronted "In a statement …," (`_FRONTED_IN_A_TEXT`); None when there is none (told as before)."""
        text = self.text
        lo = max(0, s0 - _IT_TEXT_REACH)
        for named in _A_TEXT_NAMED_BEFORE.finditer(text, lo, s0):
            if not named["noun"].startswith(_BODYS_TEXT_NOUNS):
                continue
            stop, line = text.rfind(". ", lo, named.start()), text.rfind("\n", lo, named.start())
            if stop < 0 and line < 0 and lo > 0:
                continue  # the sentence opens before the reach: its subject unread
            start = skip_space(text, max(lo, stop + 2 if stop >= 0 else lo, line + 1), named.start())
            if (fronted := _FRONTED_IN_A_TEXT.match(text, start, s0)) is not None:
                start = fronted.end()
            phrase = phrase_starting_at(text, start, s0)
            if phrase is not None and phrase.is_person and text[phrase.start:phrase.start + 1].isupper() \
                    and FIRST_PERSON.fullmatch(phrase.text) is None and phrase.text not in ("He", "She", "They"):
                return self._resolve(phrase, phrase.start)
        return None

    def _bodys_text_read(self, quote: Quote, paragraph: int) -> bool:
        """Read the words of a body's document quoted whole (`_BODYS_TEXT_LEAD_IN`) as its sentences tell: whether
        any statement was found in them."""
        lo, hi = strip_marks(self.text, quote.start, quote.end)
        return lo < hi and self._speech_told_inside(lo, hi, paragraph)

    def _reporter_of_quotation_left_open(self, at: int) -> Person | None:
        """The speaker of the report that ends right before the paragraph at `at` with a quotation opened inside it and
        left open (sixhundredseventyninth newsdiary bangladesh_farewell: "The President congratulated the envoy on “the
        strides … friendly countries." / "“We will continue to expand …’’"): the paragraph goes on with his words
        (GOLD-FORMAT's continuing quotation), though the report itself is indirect. Only the last statement found, one
        of a person, whose span holds more opening marks than closing ones, with nothing but a stop after it."""
        if not self.found:
            return None
        last = self.found[-1]
        text = self.text
        if last.person is None or last.kind != "indirect" or text[last.end:at].strip(" \t\n.") \
                or text.count("“", last.start, last.end) <= text.count("”", last.start, last.end):
            return None
        return last.person

    def _reporter_of_a_run_on_quotation(self, s0: int, s1: int, prev_end: int, quote: Quote) -> Person | None:
        """The speaker of the report a quotation left open at its paragraph's end is part of (styles47 ebrathia: "The
        Minister also said that “Ebrathia is keenly interested in … . / Key areas of cooperation include … .”"): the
        quotation runs on into the next paragraphs, which carry on that speaker's words (GOLD-FORMAT's continuing
        quotation), though the first paragraph's is read as his report; None when no cue before it names a person."""
        if not self._inside_report(s0, s1, prev_end, quote):
            return None
        cues = [c for c in self._sentence_cues[1] if c.person is not None and c.verb_end <= quote.open_mark]
        return cues[-1].person if cues else None

    def _chain_has_a_speaker(self, chain_id: int) -> bool:
        """Whether an earlier paragraph of the quotation run over paragraphs `chain_id` was given to a person
        (sixhundredthirteenth leadership: "… signed … by X reads; “…” / The statement further clarified that the “… /
        “… / “By letter dated …, the Office … wrote to …, informing him that the Minister would be …,” the statement
        clarifies."): its later paragraphs are that person's words going on (GOLD-FORMAT's continuing quotation), not a
        quoted release telling of someone's words (`_speech_told_inside`). Only the statements of the last paragraphs
        are looked at, where a chain's are."""
        return any(found.chain == chain_id and found.person is not None for found in self.found[-12:])

    def _speech_told_inside(self, lo: int, hi: int, paragraph: int) -> bool:
        """Whether the quoted words at text[lo:hi], which no one is found to say, tell in the third person of what
        someone said, and so are read sentence by sentence as reported speech (two-hundred-ninety-first eu_eeas
        2013-07-22: "The spokesperson of X issued the following statement today:" / "“… At today's meeting, the High
        Representative stressed that …" / "Catherine Ashton underlined that …"): an office's release quoted whole,
        whose statements are its principal's, as they would be unquoted. Quoted words in the first person stay one
        quotation with no speaker, as do words in which no one is found to speak."""
        text = self.text
        if FIRST_PERSON.search(text, lo, hi) is not None:
            return False
        found = len(self.found)
        for s0, s1 in split_sentences(text, lo, hi):
            self._reported(s0, s1, paragraph, whole_sentence=True, after_statement=len(self.found) > found)
        return len(self.found) > found

    def _quote_cue(self, quote: Quote, prev_end: int, next_start: int, s0: int, s1: int,
                   paragraph_start: int) -> tuple[Person | None, tuple[int, int] | None, int | None] | None:
        """The person a quotation is attributed to, the attribution clause, and
        where the sentence goes on reporting after the clause ("…, adding that"), if it does."""
        text = self.text
        if _named_by_a_noun(text, quote, s0):
            return None  # (a title, not words: the sentence around it is read as it stands)
        # after: ,” the head of state said / ,” said X / ” – X stressed
        after = quote.outer_end
        pos = after
        while pos < next_start and text[pos] in " \t,.–—-":
            pos += 1
        if pos < next_start and text[pos] == "(" and quote.close_mark is not None:
            aside = self._speaker_of_an_aside(pos, next_start, s1)
            if aside is not None:
                return aside, (pos, next_start), None
        if pos < next_start and quote.close_mark is not None and not _NEW_CLAUSE.match(text, pos, next_start) \
                and not _name_before_name(text, quote, pos, s0, next_start) \
                and not _named_by_the_quotation(text, quote, s0):
            found = self._cue_after(pos, next_start)
            if found is not None:
                person, cue_end = found
                if person is not None and text.startswith(("he ", "she "), pos):
                    person = self._speaker_not_named_in_own_words(quote, person, text[pos] == "h")
                if _own_report_after_a_participles_quotation(text, s0, quote, cue_end, next_start):
                    # (hard57: "Adding that “…”, he announced a new transfer service …"): the participle and its
                    # "that" lead the quotation in, no one's words; the clause after it, its verb with its own
                    # object, is the speaker's report of its own, not an attribution clause
                    return person, (s0, quote.open_mark), pos
                goes_on = self._goes_on_after_clause(cue_end, next_start)
                if goes_on is None and text.startswith(",", cue_end, next_start):
                    other = _OTHER_SPEAKER_CLAUSE.match(text, cue_end, next_start)
                    if other is not None:  # ("…,” X said, before the Prime Minister assured him that …": his)
                        return person, (pos, other.start(1)), None
                elif goes_on is None and text.startswith(" as ", cue_end, next_start):
                    other = _AS_OTHER_SPEAKER_CLAUSE.match(text, cue_end, next_start)
                    if other is not None:  # ("…,” said Dr X as Mr Y utilised the opportunity to invite …": Y's)
                        return person, (pos, other.start(1)), None
                return person, (pos, goes_on if goes_on is not None else next_start), goes_on
        if pos >= next_start == s1 and quote.close_mark is not None and text[quote.close_mark - 1] in "?!.":
            speaker = self._attribution_sentence_after(s1)
            if speaker is None and not text[s0:quote.open_mark].strip():
                speaker = self._lead_in_sentence_after(s1)  # ("“…” X, …, said, “…”": a quotation with no lead-in)
            if speaker is not None:
                return speaker, None, None
        if pos >= next_start == s1 and quote.close_mark is not None:
            gap = _TO_NEXT_PARAGRAPH.match(text, s1)  # (an agency's tag paragraph after it: `_agency_tag_paragraph`)
            if gap is not None:
                end = text.find("\n", gap.end())
                speaker = self._agency_tag_paragraph(gap.end(), end if end >= 0 else len(text))
                if speaker is not None:
                    return speaker, None, None
        # before: X stressed: “… / X said, “… / The President said, in part:
        lead = text[prev_end:quote.open_mark]
        stripped = lead.rstrip()
        if prev_end > s0 and stripped.endswith(")") and stripped.lstrip().startswith("("):
            # (hard29: "“…,” (the General served …) “and it forgives neither …”": the quotation the aside broke
            # goes on)
            opening = text.find("(", prev_end)
            aside = self._speaker_of_an_aside(opening, quote.open_mark, s1)
            if aside is not None:
                return aside, (opening, quote.open_mark), None
        if stripped[-1:].isalpha() and text[quote.start:quote.start + 1].islower() \
                and _ends_its_sentence_as_a_phrase(text, quote, s0) and _closes_its_sentence(text, quote, s1) \
                and not _named_by_the_quotation(text, quote, s0) \
                and not stripped.endswith(_SAID_RIGHT_BEFORE):  # ("which X called “a laboratory of …”": X's words)
            # two-hundred-twenty-sixth 34357: "…, Mr Putin wished “happiness, health and many years working for …”":
            # a phrase in lower case right after the verb, its object, no colon or comma leading it in; the
            # sentence is read whole, an indirect statement (GOLD-FORMAT: partial quotes stay in the report)
            return None
        if stripped.endswith(":") and _a_title_mid_sentence(text, quote, text[quote.start:quote.end]):
            return None  # "X opened a seminar: “Science, Technology and Entrepreneurship” in Tallinn.": a title
        if _named_after_a_colon(stripped):
            return None  # "… in a presentation entitled: “Understanding the situation in …”": a title
        if stripped.endswith(_NAMING_PARTICIPLES) and _named_by_a_participle(stripped):
            return None  # "… part of Benguet Province, then called “Kafagway” or pasture land": a name
        said_to = _said_to_listener_before(stripped, text, quote)
        if said_to is not None:
            cue = self._cue_before(prev_end, prev_end + said_to)
            if cue is not None:
                return cue[0], (_relative_word_before(text, s0, cue[1]), quote.open_mark), None
        semicolon = stripped.endswith(";") and _semicolon_leads_in(text, quote, stripped)
        if stripped.endswith((":", ",")) or semicolon or (stripped and any(verbs_in(stripped[-40:], 0, 40))):
            cue = self._cue_before(prev_end, prev_end + len(stripped.rstrip(":,;" if semicolon else ":,").rstrip()),
                                   colon=semicolon or stripped.endswith(":"))
            if cue is not None:
                person, clause_start = cue
                colon = prev_end + len(stripped) - 1
                if stripped.endswith(":") and (text.find(" to", clause_start, colon) >= 0
                                               or text.find(" for ", clause_start, colon) >= 0
                                               or text.find(" who ", clause_start, colon) >= 0) \
                        and _APPEAL_BEFORE_COLON.match(text, clause_start, colon):
                    # "She also urged tourists to ask for audio guides at museums: “…”": an appeal with
                    # its content is her indirect statement; only the colon leads in the quotation
                    return person, (colon, quote.open_mark), None
                if stripped.endswith(":") and holds_any(text, _STATING_WORDS, clause_start, colon) \
                        and _CONTENT_BEFORE_COLON.match(text, clause_start, colon):
                    return person, (colon, quote.open_mark), None  # "X noted the great role of …: “…”"
                return person, (_relative_word_before(text, s0, clause_start), quote.open_mark), \
                    self._report_after_its_quotation(quote, next_start) if next_start == s1 else None
        if quote.open_mark == paragraph_start and paragraph_start > 0:
            # (`len(text[:paragraph_start].rstrip())`, no copy of the text before: a copy per paragraph that opens
            # with a quotation made a readout of many such paragraphs quadratic)
            end = end_before_space(text, 0, paragraph_start)
            if text.endswith(":", 0, end):
                line_start = max(text.rfind("\n", 0, end), 0)
                sent = last_sentence(text, line_start, end)
                # (hard89: "Said the Mayor:" alone in its paragraph, the quotation in the next: the verb before its
                # speaker, read as a colon's lead-in in one paragraph is, `_inverted_lead_in`)
                cue = self._inverted_lead_in(sent, end - 1) or self._cue_before(sent, end - 1)
                if cue is not None:
                    return cue[0], None, None
                named = self._attributable_to(sent, end - 1)
                if named is not None:
                    return named, None, None
                if text.endswith(("follows:", "reads:"), 0, end):
                    # "X sent a message to Y." / "The full text of the message follows:" / "“…": X's
                    sender = self._sender_of_text_sent_before(paragraph_start)
                    if sender is not None and self._after_message_lead_in(paragraph_start):
                        return sender, None, None
            elif not text.endswith(_LABEL_NOT_ENDING, 0, end):
                label = _QUOTES_FROM_LABEL.match(text, text.rfind("\n", 0, end) + 1, end)
                if label is not None:
                    named = self._named_in_label(label.end(), end)
                    if named is not None:
                        return named, None, None
        return None

    def _speaker_not_named_in_own_words(self, quote: Quote, person: Person, male: bool) -> Person:
        """The speaker of a quotation tagged "he said" (or "she said") when the pronoun's person is named by surname
        in the quotation's own words, which speak in the first person singular (eighthundredthirtythird malaymail
        2022-04-05: "Lee congratulated Onn Hafiz on … / “Among the things we discussed … / “We also discussed … the
        Committee which is co-chaired by …, Lee and myself,” he said": the speaker names Lee beside himself, so "he"
        is the subject before Lee, Onn Hafiz): the latest other subject of the pronoun's sex; `person` when the
        quotation does not name them so, or no other subject fits. A bounded search in the quotation alone."""
        text = self.text
        if not person.told_of_by_surname(text, quote.start, quote.end) \
                or _SINGULAR_FIRST_PERSON.search(text, quote.start, quote.end) is None:
            return person
        return self._other_subject(person, "m" if male else "f") or person

    def _attribution_sentence_after(self, s1: int) -> Person | None:
        """The speaker of a quotation that ends its sentence with its own stop ("?", "!", ".") when
        the next sentence is only its attribution: "“Why should we wait?” Ivo Marr asked. “We are
        ready.”" (the capital of the name made "Ivo Marr asked." a sentence of its own). None unless
        that sentence is a person and a speech verb and nothing more. Guard: the caller's
        closing-stop test; here a full stop within reach."""
        text = self.text
        pos = s1
        while pos < len(text) and text[pos] == " ":
            pos += 1
        stop = text.find(".", pos, pos + _ATTRIBUTION_SENTENCE_REACH)
        comma = text.find(", ", pos, stop if stop > 0 else pos + _ATTRIBUTION_SENTENCE_REACH)
        if comma > pos and _CLAUSE_AFTER_A_TAG.match(text, comma) is not None and "\n" not in text[pos:comma] \
                and text[pos].isupper():
            # (hard92: "“…!” Ambassador Z told the Governor, even as the two sides agreed to …"): the tag closed by a
            # comma and a clause of when or while, which is narrative of its own, not the tag's words
            stop = comma
        if stop < 0 or pos == stop or "\n" in text[pos:stop] or not text[pos].isupper():
            return None
        found = self._cue_after(pos, stop)
        if found is None or found[0] is None:
            return None
        if found[1] != stop and not (text.endswith("told", pos, found[1])
                                     and _WHOM_TOLD.fullmatch(text, found[1], stop) is not None):
            return None
        return found[0]

    def _lead_in_sentence_after(self, s1: int) -> Person | None:
        """The speaker of a quotation that ends its sentence with its own stop when the next sentence opens with that
        person and a speech verb that lead in a quotation of their own (sevenhundredthirtyseventh wuhangov trindad:
        "“We’ve seen lots of growth …” Dominic Trindad, Australian Consul General in Shanghai,during his visit to
        Wuhan in May, said, “We’ve found …”"): one speaker's two quotations, the tag between them. None unless the
        cue ends right at the comma or colon before the next quotation's opening mark, on the same line. The caller's
        guard: the first quotation opens its sentence (one led in by a cue before it is that cue's)."""
        text = self.text
        pos = s1
        while pos < len(text) and text[pos] == " ":
            pos += 1
        if pos >= len(text) or not text[pos].isupper():
            return None
        end = min(len(text), pos + _LEAD_IN_SENTENCE_REACH)
        line = text.find("\n", pos, end)
        if line >= 0:
            end = line
        opening = min((i for i in (text.find("“", pos, end), text.find('"', pos, end)) if i > 0), default=-1)
        if opening < 0:
            return None
        lead = opening
        while lead > pos and text[lead - 1] == " ":
            lead -= 1
        if lead <= pos or text[lead - 1] not in ",:":
            return None
        found = self._cue_after(pos, lead - 1)
        if found is None or found[0] is None or found[1] != lead - 1:
            return None
        return found[0]

    def _agency_tag_paragraph(self, lo: int, hi: int) -> Person | None:
        """The speaker an agency's tag paragraph names, a credit then only who spoke (sixhundredeightieth, Report.az:
        "“… openness from now on”." / "Report informs, Minister … X said."; "…" / "Report informs, US co-chair … X told
        a press conference."; "“…”" / "Report informs, this was stated by the US Ambassador X, commenting on …"): the
        quotation closing the paragraph before is X's, the tag no statement. None unless text[lo:hi] is such a
        paragraph (the credit `_AGENCY_INFORMS` first, a cheap test of its verb before)."""
        text = self.text
        if text.find(" informs", lo, lo + 48) < 0 and text.find(" reports", lo, lo + 48) < 0:
            return None
        credit = _AGENCY_INFORMS.match(text, lo, hi)
        if credit is None:
            return None
        said_by = _STATED_BY_AFTER_CREDIT.match(text, credit.end(), hi)
        if said_by is not None:
            return self._said_by_person(said_by, hi)
        phrase = phrase_starting_at(text, credit.end(), hi)
        if phrase is None:
            return None
        tag = _TAG_ONLY_AFTER_NAME.match(text, phrase.end, hi)
        if tag is None or text[tag.end():hi].strip():
            return None
        if phrase.is_person:
            return self._resolve(phrase, phrase.start)
        # ("Minister of Ecology and Natural Resources X said.": an office with "and" in it read as a group)
        return self._named_after_offices(credit.end(), phrase.end)

    def _attributable_to(self, lo: int, hi: int) -> Person | None:
        """The person a label "Quotes attributable to the Minister for Foreign Affairs,
        Senator X:" at text[lo:hi] gives the quotations after it (Australian, Canadian
        ministers' releases), or None: the name nearest the colon, else the office."""
        match = _ATTRIBUTABLE_TO.search(self.text, lo, hi)
        if match is None:
            return None
        return self._named_in_label(match.end(), hi)

    def _named_in_label(self, lo: int, hi: int) -> Person | None:
        """The person a label's words at text[lo:hi] name ("the Minister for Foreign Affairs, Senator X"): the
        name nearest its end, else the office; None when they name no one."""
        for phrase in (phrase_ending_at(self.text, lo, hi), phrase_starting_at(self.text, lo, hi)):
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                if person is not None:
                    return person
        return None

    def _speaker_of_an_aside(self, lo: int, next_start: int, s1: int) -> Person | None:
        """The person a writer's parenthetical aside between two quotations opens with, its subject (hard29:
        "“The sea demands discipline,” (the General served nineteen years in submarines before she took command)
        “and it forgives neither mistakes nor haste.”", "“…,” (the PM turned here to thank Ms Valk by name) “…”"):
        the speaker of the quotation broken by it. Only when the aside closes right before the next quotation."""
        text = self.text
        close = text.find(")", lo, next_start)
        if close < 0 or next_start >= s1 or text[close + 1:next_start].strip():
            return None
        phrase = phrase_starting_at(text, lo + 1, close)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun" and phrase.text.lower() in ("they", "we"):
            return None
        person = self._resolve(phrase, phrase.start)
        if person is not None:
            self._note_subject(person, phrase)
        return person

    def _goes_on_after_clause(self, lo: int, hi: int) -> int | None:
        """Where the report that goes on after a quotation's attribution clause,
        which ends at `lo`, begins: at its verb ("…,” X said, adding that …"; "…,” the
        President said, addressing the staff, and thanked them …"), the clause's words
        before it being no one's statement (GOLD-FORMAT: the words that attribute a
        quotation belong to no statement). None when the sentence says no more."""
        text = self.text
        adding = _ADDING.match(text, lo, hi)
        # (hard29: "“…,” Haller said, according to a statement from his office, adding that …", "“…,” Orban said of
        # the Nordline 2 project, adding that …": a source or a topic set between the clause and the participle;
        # thirteenth styles carun_secretariat: "“…,” he told the Secretary-General, adding that …": the one told)
        aside = 0 if adding is not None else 4 if text.startswith(_ASIDE_OPENINGS, lo) \
            else 2 if text.endswith(("told", "tells"), lo - 5, lo) else 0
        if aside:
            adding = _adding_after_an_aside(text, lo, lo + aside, hi)
            if adding is not None and _WHO_SAID.match(text, adding.end(), hi) is not None:
                # (rf12: "“…,” X told Chief Y, who said the village …", "“…,” X said of the farmers, who said …": the
                # relative is the one told's or the one spoken of, his words, not the speaker's going on)
                adding = None
        elif adding is None and text.startswith(", ", lo):  # ("…,” said X, Governor of …, recalling …": his office)
            adding = _adding_after_an_aside(text, lo, lo + 2, hi, office=True)
        if adding is not None:
            if _INTRODUCES_A_QUOTATION.match(text, adding.end(), hi + 2) is not None:  # (its mark may stand at hi)
                return None  # "…,” Zelenskyy said, adding: “Together we are stronger.”" (or "adding, “…”"): they introduce it
            return adding.end()
        joined = _AND_THEN.match(text, lo, hi)
        if joined is None and text.endswith(_ASKED_OR_TOLD, max(0, lo - 6), lo) and text.startswith(" ", lo):
            # (four-hundredth belarus_president_2024-01-25_sergeyenko_report: "“…?” the President asked Igor
            # Sergeyenko and wondered whether he has to get involved …": the one asked or told, then the "and" of
            # the second report; cheap test first: the clause's verb)
            if text.startswith(_LISTENER_PRONOUNS, lo):
                joined = _AND_THEN.match(text, text.index(" ", lo + 1), hi)  # ("… told him and stressed that …")
            else:
                listener = phrase_starting_at(text, lo + 1, hi)
                if listener is not None and listener.is_person and listener.end < hi:
                    joined = _AND_THEN.match(text, listener.end, hi)
        if joined is not None:
            verb = verb_at(text, joined.end())
            if verb is not None and verb.end() <= hi and has_complement(verb.group(), text, verb.end(), hi):
                return verb.start()
        return None

    def _report_after_its_quotation(self, quote: Quote, s1: int) -> int | None:
        """Where a second report of the quotation's speaker begins when the sentence goes on after a quotation that a
        cue before it led in, joined by "and" (fourhundredninetieth stvincent_gov biennial_meeting: "X told the
        dignitaries, “you are the voice of …,” and said the Ministry … was pleased to have the conference …"): at
        its speech verb, the "and" no one's; or at the means it names, "by" and a gerund right after the closing mark
        (`_BY_DOING_AFTER`); None when the sentence says no more, or no speech verb follows (a cheap " and " or " by "
        right after the closing mark first)."""
        text = self.text
        lo = quote.outer_end
        if quote.close_mark is None or s1 - lo < 16:
            return None
        if text.startswith(" by ", lo) and (means := _BY_DOING_AFTER.match(text, lo, s1)) is not None:
            return means.start(1)  # (fivehundredninetyfifth polish_mfa wawrzyk_elsinore: "…,” by ensuring …")
        if text.find(" and ", lo, lo + 6) < 0:
            return None
        joined = _AND_A_VERB.match(text, lo, s1)
        if joined is None:
            return None
        verb = verb_at(text, joined.end())
        if verb is None or not has_complement(verb.group(), text, verb.end(), s1):
            return None
        return verb.start()

    def _cue_after(self, pos: int, hi: int) -> tuple[Person | None, int] | None:
        text = self.text
        verb = verb_at(text, pos) or _MANNER_OF_SAYING.match(text, pos)
        if verb is None and text[pos:pos + 1].isupper():
            verb = _capitalised_verb_before_speaker(text, pos, hi)  # ("“…” Said Hon. Prime Minister.")
        if verb is None and text.startswith(("has ", "have "), pos):
            verb = _perfect_verb_then_speaker(text, pos, hi)  # "“…”, has said today X in a speech at …"
        if verb is not None and _PARTICIPLE_AFTER_QUOTE.match(verb.group()):
            # (sixhundredfortysixth caribjournal chile: "X said CARICOM was “…,” assuring LaRocque that …"): a
            # participle after the closing mark goes on with the quotation's own speaker; the person after it is
            # whom he assured or told, never an inverted subject as after "said" ("“…,” said X")
            return None
        if verb is not None:
            after_verb = _past_the_particle(text, verb)
            phrase = _speaker_after_quote(text, _past_a_day_word(text, after_verb), hi) \
                if verb.end() < hi else None
            if phrase is not None and phrase.is_person and text[pos:verb.end()] in _ASKING_VERBS \
                    and _TO_DO_AFTER_OBJECT.match(text, phrase.end, hi) is not None:
                # (hard53 vessolind_prime_minister: "The President, who called the talks “…”, invited the Prime
                # Minister to return …"): the one asked to do something, the verb's object, not its inverted subject
                return None
            # (an office with no name of its own, posted "to the United Nations", then its holder set off by a comma:
            # "said Korvania's Permanent Representative to the United Nations, Aldous Fenwick.", the holder speaks)
            named = _holder_named_after_office(text, after_verb, hi) \
                if verb.end() < hi and (phrase is None or not phrase.is_person or _country_before_office(text, phrase)
                                        or phrase.kind == "description" and not phrase.name
                                        and text.startswith(", ", phrase.end)) \
                else None
            if named is not None:
                person = self._resolve(named, named.start)
                self._note_subject(person, named)
                return person, named.end
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                if person is not None:
                    self._note_subject(person, phrase)
                return person, phrase.end
            if phrase is None and text.startswith(("a ", "an "), after_verb) \
                    and (named := _name_after_an_indefinite_description(text, after_verb, hi)) is not None \
                    and CUE_ENDS_SENTENCE.match(text, named.end, hi):
                # ("“…,” said a tribal elder from the district, Ardo Velk."): who he is, then his name, which speaks
                person = self._resolve(named, named.start)
                self._note_subject(person, named)
                return person, named.end
            surnamed = self._surname_read_as_a_thing(phrase)  # ("“…,” told Saint Malo about …": her surname)
            if surnamed is not None:
                self._note_subject(surnamed, phrase)
                return surnamed, phrase.end
        if text.startswith(("according to", "According to"), pos):
            phrase = phrase_starting_at(text, pos + len("according to "), hi)
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                self._note_subject(person, phrase)
                return person, phrase.end
        if text.startswith("was how ", pos):
            pos += 8  # "“…,” was how the Crown Prince summed up the visit.": his words, as "said the Crown Prince"
        elif text.startswith("was h", pos) and (own := _OWN_WORDS_NAMED.match(text, pos, hi)) is not None:
            # (hard16 bresnia_parliament_leaders: "“We have had enough speeches about partnership,” was his own
            # summary.") the words named as a pronoun's own summary or verdict: its owner's, as "“…,” he said"
            return self.people.resolve_pronoun("m" if own.group(1) == "his" else "f", self.subjects), own.end()
        if text.startswith("thus ", pos):
            # "‘…’ – thus the Chancellor at the joint press conference.": an attribution with no verb (the
            # German "so die Kanzlerin"), the person right after "thus" (hard22)
            phrase = phrase_starting_at(text, pos + 5, hi)
            if phrase is not None and phrase.is_person and phrase.kind != "pronoun":
                person = self._resolve(phrase, phrase.start)
                self._note_subject(person, phrase)
                return person, phrase.end
            return None
        phrase = _speaker_after_quote(text, pos, hi)
        if phrase is None and text.startswith(("a ", "an "), pos) \
                and (named := _name_after_an_indefinite_description(text, pos, hi)) is not None \
                and text.startswith(", ", named.end) \
                and (verb := verb_at(text, self._skip_fillers_forward(named.end + 2, hi))) is not None:
            # ("“…,” a tribal elder from the district, Ardo Velk, said."): who he is, his name, then the verb
            person = self._resolve(named, named.start)
            self._note_subject(person, named)
            return person, verb.end()
        surnamed = self._surname_read_as_a_thing(phrase)  # ("“…,” Church said", a surname that is a body's word)
        if phrase is None or not phrase.is_person and surnamed is None:
            return None
        rest = self._skip_fillers_forward(phrase.end, hi)
        verb = verb_at(text, rest) or _MANNER_OF_SAYING.match(text, rest)  # ("“…,” the Ambassador smiled.")
        if verb is None and phrase.role == "official" and (body := OFFICIALS_BODY.match(text, phrase.end, hi)):
            verb = verb_at(text, body.end())  # ("“…,” an official from the group said.": who he is, then the verb)
        if verb is None and phrase.kind == "description" and (text.startswith(" of ", phrase.end)
                                                             or text.startswith(" delegation ", phrase.end)):
            # (hard59 icrc: "“…,” the head of the ICRC delegation said.": the phrase read forwards stops at the
            # initials, before the body's delegation they qualify)
            whole = _description_before_verb(text, phrase.start, phrase.end + (4 if text[phrase.end + 1] == "o" else 1), hi)
            if whole is not None:
                phrase, verb = whole  # "“…,” the head of the border service said.": the office of a body, whole
        if verb is None and text.startswith(", ", phrase.end):
            # (hard21: "“…,” Senator X, who led the delegation, told reporters after the talks.", "“…,” X, 47,
            # said": the speaker, an aside that describes him, then the verb)
            close = text.find(", ", phrase.end + 2, min(hi, phrase.end + DESCRIBING_ASIDE_REACH))
            if close > 0 and DESCRIBING_ASIDE.match(text, phrase.end + 2, close):
                verb = verb_at(text, self._skip_fillers_forward(close + 2, hi))
            elif phrase.kind == "name" and close > 0 and (_office_opens_an_aside(text, phrase.end + 2, close)
                                                          or is_office_aside(text, phrase.end + 2, close)):
                # (fivehundredfourteenth ANTARA: "“…,” Bey Machmudin, the deputy for protocol, press, and media to
                # the presidential secretariat, noted."): the name, then its office set off by commas (its portfolios
                # a list maybe, each comma tried), then the verb; the name speaks; also an office in lower case of a
                # body named after it, no article before it (ninehundredeighth rudaw: "“…,” Saido Shingali, head of
                # the Brotherhood and Coexistence Faction in the Nineveh provincial council, told Rudaw Wednesday.")
                while verb is None and 0 < close < hi:
                    verb = verb_at(text, self._skip_fillers_forward(close + 2, hi))
                    close = text.find(", ", close + 2, min(hi, phrase.end + DESCRIBING_ASIDE_REACH))
            elif phrase.kind == "description":
                # "“…,” the Minister of Defence, Ivan Petrenko, said.": the office, then its holder's name set off by
                # commas, then the verb; the name speaks (the words had run on to the office, read as unquoted speech);
                # also with no comma after the name (fivehundredeightythird dailynews envoys_hail: "“…,” The
                # Honorary Consul of … in Zanzibar, Mr Abdulsamad Abdulrahim said.")
                named = phrase_starting_at(text, phrase.end + 2, close if close > 0 else hi)
                if named is not None and named.kind == "name" and (named.end == close or close < 0):
                    verb = verb_at(text, self._skip_fillers_forward(named.end + (2 if named.end == close else 0), hi))
                    if verb is not None:
                        phrase = named
            if verb is None and phrase.kind == "name":
                # (eighthundredtwelfth africaglobalvillage: "“…” Mahamoud Ali Youssouf, Minister of Foreign Affairs of
                # Djibouti said at the press briefing …"): the name, its office after a comma the press did not close,
                # then the verb; the name speaks
                office_end = _office_left_open(text, phrase.end + 2, hi)
                if office_end > 0:
                    verb = verb_at(text, self._skip_fillers_forward(office_end, hi))
                elif text.startswith((", a ", ", an "), phrase.end):
                    verb = verb_after_an_open_description(text, phrase.end, hi)  # ("“…,” X, a supporter of Y said.")
        if verb is None and phrase.kind != "pronoun" and (after_aside := aside_closed_after(text, phrase.end, hi)):
            # (hard80: "“…,” Rasmark (whose counterpart, Ms. Y, stood beside him) told reporters."; "“…,” Rasmark --
            # who met the dockers' leader, Mr. Z, on Monday -- said in reply."): the aside and the people in it skipped
            verb = verb_at(text, after_aside)
        if verb is None and text.startswith(("was ", "is ", "has ", "had "), rest):
            verb = _QUOTED_AS_SAYING.match(text, rest, hi)  # "“…,” X was quoted as saying."
        elif verb is not None and text.startswith("quoted ", rest):
            # (fifteenth styles sonarbhumi_pmo: "“…,” the press secretary quoted the prime minister as saying."):
            # the words are the one quoted, not the one who quotes
            quoted = phrase_starting_at(text, rest + 7, hi)
            said = _AS_SAYING.match(text, quoted.end, hi) \
                if quoted is not None and quoted.is_person and quoted.kind != "pronoun" else None
            if said is None and quoted is not None and quoted.is_person and quoted.kind != "pronoun":
                said = _QUOTED_LAST.match(text, quoted.end, hi)
            if quoted is not None and said is not None:
                person = self._resolve(quoted, quoted.start)
                self._note_subject(person, quoted)
                return person, said.end()
        if verb is None:
            verb = _WRITTEN_AFTER_QUOTE.match(text, rest)
            if verb is None:
                return None  # (below: "“…,” President X wrote afterwards on social media.": his words, written)
        person = surnamed or self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return person, verb.end()

    def _surname_read_as_a_thing(self, phrase: Phrase | None) -> Person | None:
        """The person a lone capitalised word read as a thing names after a quotation (fivehundredsixtieth hapskorea:
        "“I think …,” Church said." after "Gordon S. Church"), `_named_in_full_by_a_word`; or a saint's style and a
        word that end the name of one named in full ("“…,” told Saint Malo about …" after "Isabel Saint Malo",
        sixhundredfiftyninth laestrella), `_named_in_full_by_a_saints_surname`; or an office's initials after "the"
        (hard83: "“…,” the DC told reporters after the meeting." after "Deputy Commissioner (DC) Varhal X"), the holder
        `resolve_subject` finds for them before a verb; None for any other phrase."""
        if phrase is None or phrase.kind != "thing":
            return None
        if phrase.text[:4] in ("the ", "The ") and office_initials(phrase.text, 4):
            return self.holder_of_office_initials(phrase.text[4:], phrase.start)
        if not phrase.text.isalpha() or not phrase.text.istitle():
            return self._named_in_full_by_a_saints_surname(phrase)
        return self._named_in_full_by_a_word(phrase)

    def _according_lead_in(self, start: int, hi: int) -> Person | None:
        """The source of a lead-in that is only "According to X" before its colon (ninehundredthirtysixth thenation
        2023-06-08: "According to Governor Eno: “Politics is over. …”"): the person named is the quotation's speaker
        and the lead-in no statement, as "In the words of X:" is ("According to him:" too). None when more than the source stands before the
        colon ("According to X, the talks went well, and he added:"): that is a report of its own."""
        cue = self._according(ACCORDING.match(self.text, start, hi), hi)
        if cue is None or cue.person is None:
            return None
        if cue.phrase is None:  # ("According to him:": the cue ends before the pronoun)
            return cue.person if self.text[cue.verb_end:hi].strip() in ("him", "her") else None
        return None if self.text[cue.phrase.end:hi].strip() else cue.person

    def _cue_before(self, lo: int, hi: int, colon: bool = False) -> tuple[Person | None, int] | None:
        """`… X stressed` ending at hi: the speaker and where the lead-in starts.

        Before a colon the verb need not be last: in "The President recalled the
        words of the founder:" the whole clause introduces the quotation."""
        text = self.text
        if colon:
            inverted = self._inverted_lead_in(lo, hi)
            if inverted is not None:
                return inverted
            if text.find(" from ", lo, hi) >= 0 and holds_any(text, SPEECH_FROM_WORDS, lo, hi) \
                    and (came := SPEECH_FROM.search(text, lo, hi)) is not None:
                # "A warning came first, from the Prime Minister: “…”", "A message of reassurance went from Mr
                # X to the residents: “…”": the source of the words named after "from"
                cue = self._came_from(came, hi)
                if cue is not None and cue.person is not None:
                    return cue.person, skip_space(text, lo, hi)
            start = skip_space(text, lo, hi)
            words_of = OPINION_OF.match(text, start, hi) if text.startswith(("In the ", "in the "), start) else None
            if words_of is not None:
                # "In the words of the Head of State: “…”": the source named is the speaker, the
                # lead-in no statement
                cue = self._according(words_of, hi)
                if cue is not None and cue.person is not None:
                    return cue.person, start
            if text.startswith(("According to ", "according to "), start):
                source = self._according_lead_in(start, hi)
                if source is not None:
                    return source, start
            close = back_over(text, lo, hi, " :")
            if text.endswith("to say", lo, close) and (said := _HAD_THIS_TO_SAY.search(text, lo, close)) is not None:
                # "X had this to say: “…”", "X had the following to say:" (only a lead-in that ends "to say")
                phrase = phrase_ending_at(text, start, said.start())
                if phrase is not None and phrase.is_person:
                    person = self._resolve(phrase, phrase.start)
                    if person is not None:
                        return person, start
            if text.find("posted ", lo, close) >= 0:
                posted = self._posted_lead_in(lo, hi, close)
                if posted is not None:
                    return posted
            if text.find(" read", lo, close) >= 0 or text.find(" recit", lo, close) >= 0:
                reader = self._reader_of_own_text(start, close)
                if reader is not None:
                    return reader, start
        end = back_over(text, lo, hi, " ,")
        if text[end - 1:end] in ("–", "—") and (text.endswith((", –", ", —"), lo, end)
                                                 or text.startswith(("–", "—", " –", " —"), lo) and end - lo > 4):
            # (hard44 perevalia_president_talks_sallowmere_prime_minister: "“…” – the President noted – “and we value
            # …”": the cue set between two dashes, no comma)
            # (thirty-third hard set ostrenia_president_missing_defenders: "«…», – the President agreed, – «and I
            # have already instructed …»": a dash dialogue's cue, closed by a comma and a dash before the quotation)
            end = back_over(text, lo, end - 1, " ,")
        # ", in part" / ", in particular" / ", among other things" (hard48: "The letter says, among other things:")
        for aside in (", in part", " in part", ", in particular", ", among other things"):
            if text.endswith(aside, lo, end):
                end -= len(aside)
        if not colon and text.endswith(" that", lo, end) and _THAT_COMMA_FIRST_PERSON.match(text, hi) is not None:
            end -= 5  # (sixhundredsixtysecond bulawayo24: 'X wrote on Twitter that, "I had …"'): the verb leads in
        posted_before_place = False
        if not colon and text.startswith(",", hi) and text[end - 1:end].isalpha() and text[end - 1:end].islower() \
                and (placed := _lead_in_verb_before_place(text, lo, end)) is not None:
            end = placed  # "X said on his social networks, “…”": the verb before its place of posting
            posted_before_place = True
        if text[end - 1:end] in _TAG_TIME_ENDS and (pause := _TAG_TIME_AFTER.search(text, max(lo, end - 50), end)):
            # (thirty-fourth hard kavrin_interior_minister_border_crossings: "“The new system,” she added after a pause,
            # “will be installed …”"): when the tag's verb spoke, after it; the verb before it still breaks in
            end = pause.start()
        last = word_back(text, lo, end)
        if last is not None and 2 <= last[1] - last[0] <= 3 and (particle := text[last[0]:last[1]]) in _PARTICLE_CUES:
            # a verb and its particle: "As the President put it, “…”", "“…,” the President went on, “…”"
            verb = word_back(text, lo, last[0])
            if verb is not None and text[verb[0]:verb[1]] in _PARTICLE_CUES[particle]:
                last = verb
        if last is not None and text.endswith(_WENT_ON_TO, max(lo, last[0] - 16), last[0]) \
                and (went := word_back(text, lo, text.rindex(" on to ", lo, last[0]))) is not None:
            last = went  # "He went on to say, “…”": "went" the cue's verb, "on to say" its complement
        if last is not None and not colon and text[last[0]:last[1]] not in _CUE_BEFORE_VERBS \
                and text[lo:end].count(" ") >= 3 \
                and (told := _TOLD_WHOM_BEFORE.search(text, max(lo, end - 50), end)) is not None:
            # "“Your presence here,” the Prime Minister told his guest, “says …”": the verb before its
            # listener, the quotation resumed after (hard19; a few words after a telling verb only)
            last = told.span(1)
        if last is not None and text.startswith("saying", last[0]) \
                and (manner := _MANNER_BEFORE_SAYING.search(text, max(lo, last[0] - 40), last[0])) is not None \
                and (verb := word_back(text, lo, manner.start())) is not None \
                and text[verb[0]:verb[1]] in _CUE_BEFORE_VERBS:
            # (hard61 esterwyk, fivehundredthirtyninth tmg: "Asked …, the Mayor responded with a smile, saying, “…”"):
            # the manner of the answer between its verb and "saying"; the verb before it leads the quotation in
            last = verb
        if last is not None and text.startswith("saying", last[0]) \
                and (shared := _SHARED_THING_BEFORE_SAYING.search(text, max(lo, last[0] - 50), last[0])) is not None:
            # (sixhundredseventythird bernews: "The Premier tweeted the photo below saying, “…"): what he shared is
            # no speaker of the words; the verb of sharing before it leads the quotation in, its subject's
            last = shared.span(1)
        if not colon and last is not None and text.startswith((", “", ', "'), end) \
                and (quoted := _quoted_one_before(text, lo, end)) >= 0:
            # (hard85 culture: "The minister quoted the late poet X, “…”"; the 850th's shafaq, "Khoshnaw quoted Hidalgo,
            # “…”"): the one quoted, named right before the comma, is the speaker of the words (`_cue_at` reads him as
            # the subject of "quoted X, “"); the lead-in, the quoter's, says nothing of its own
            cue = self._cue_at(quoted, quoted + 6, lo, end + 3)
            if cue is not None and cue.person is not None and cue.verb_end == end:
                return cue.person, skip_space(text, lo, hi)
        if last is None or text[last[0]:last[1]] not in _CUE_BEFORE_VERBS:
            if not colon:
                return None
            match = None
            for found in verbs_in(text, max(lo, end - 120), end):
                if found.group() in SPEAKS_ONLY_WITH_PARTICLE \
                        and not has_complement(found.group(), text, found.end(), min(len(text), found.end() + 300)):
                    continue  # ("(cut at the excerpt limit): “…”": no one breaking in, thirty-second hard)
                if found.group() in MESSAGE_SAYS_PARTICIPLES and _WRITTEN_BEFORE.search(text, max(lo, found.start() - 16),
                                                                                   found.start()) is not None:
                    continue  # ("X today issued the following statement congratulating Y: “…”": what the statement says,
                    # not a verb of its own; the verb that issued it leads the quotation in, sixhundredtwentysecond carney)
                if match is None or not text.endswith(" who ", lo, found.start()):
                    match = found
            # (two-hundred-second 74729: "X thanked the heads of diplomatic missions of the European Union who returned
            # to Kyiv to fulfill their duties:": the verb of a who-clause on the object is not the lead-in's; the
            # last verb before it is)
            if match is None:
                return None
            verb_start, verb_end = match.start(), match.end()
            cue = self._cue_at(verb_start, verb_end, lo, hi)
            if cue is not None and cue.person is None and cue.phrase is not None and not cue.phrase.is_person \
                    and match.start() > lo + 12:
                # (three-hundred-eighty-seventh ua 75897: "The President's wife also informed about the program of
                # psychological support for the citizens …: “…”"): the last verb-like word is a noun of the object
                # ("support"), whose "subject" is a thing; a speaker's verb before it leads in (not "told how she
                # manages to hold on …:", whose last verb has a person for its subject)
                for earlier in reversed(list(verbs_in(text, max(lo, end - 120), match.start()))):
                    spoken = self._cue_at(earlier.start(), earlier.end(), lo, hi)
                    if spoken is not None and spoken.person is not None and spoken.phrase is not None:
                        return spoken.person, self._clause_start(lo, spoken)
        else:
            verb_start, verb_end = last
            form = text[verb_start:verb_end]
            if not colon and form in COMPLEMENT_REQUIRED and form not in _NAMES_A_QUOTATION and not posted_before_place \
                    and not text.startswith((",", ":", " –", " —"), verb_end) \
                    and not has_complement(form, text, verb_end, min(len(text), verb_end + 300)):
                # ("the diplomats would see “with their own eyes” …", "had stood “shoulder to shoulder”": a verb
                # that speaks only with its complement, which the quotation after it is not; but what X
                # "called “a legal and public health emergency”" is X's words; nor "“…,” she continued, “…”", where a
                # comma sets the quotation off, nor "“…” – the President noted – “…”", a dash: the verb closes an
                # attribution)
                return None
        cue = self._cue_at(verb_start, verb_end, lo, hi)
        if cue is None or cue.phrase is None and not cue.coordinated:
            return None
        if colon and cue.phrase is not None and cue.phrase.kind == "pronoun" \
                and text.endswith(" that ", max(lo, cue.phrase.start - 6), cue.phrase.start):
            outer = self._that_clause_owner(lo, hi, cue.phrase.start - 6)
            if outer is not None and (outer[0] is None or outer[0].gender is None or cue.phrase.gender is None
                                      or outer[0].gender == cue.phrase.gender):
                return outer  # (not "X said that she …" of a man X: the pronoun is someone else)
        person = cue.person
        if person is None and WRITTEN_SUBJECT.match(text, lo, verb_start):
            person = self._author(lo, verb_start)  # "The letter said, in part:"
        return person, self._clause_start(lo, cue)

    def _reader_of_own_text(self, start: int, close: int) -> Person | None:
        """The person who reads out or recites a text of no one else's in a lead-in closing on a colon (text[start:close]
        the lead-in before its colon, `_READS_ITS_OWN_TEXT`): the one named right before the verb, an office set off by
        commas before the name or not ("A Form Two pupil, Miss X, read a pledge on behalf of her school:"); None when
        no person stands there, or the text is read on behalf of a person ("on behalf of the president")."""
        text = self.text
        read = _READS_ITS_OWN_TEXT.search(text, start, close)
        if read is None:
            return None
        if read.group("group") is not None:
            group = phrase_starting_at(text, read.start("group"), read.end("group"))
            if group is not None and group.is_person:
                return None  # ("on behalf of the president": the principal's words, not the reader's)
        phrase = phrase_ending_at(text, start, back_over(text, start, read.start(), " ,"))
        if phrase is None or not phrase.is_person or phrase.kind not in ("name", "description"):
            return None
        return self._resolve(phrase, phrase.start)

    def _posted_lead_in(self, lo: int, hi: int, close: int) -> tuple[Person | None, int] | None:
        """The writer of a quotation led in by "X posted on social media:" (text[lo:close] the lead-in before its
        colon): the person subject of the posting verb and where the lead-in starts; None if the lead-in does not
        end with a posting verb and its place, or its subject is no person."""
        posted = _POSTED_BEFORE_COLON.search(self.text, max(lo, close - 60), close)
        if posted is None:
            return None
        verb_end = self.text.find(" ", posted.start(), close)
        cue = self._cue_at(posted.start(), verb_end, lo, hi)
        if cue is None or cue.person is None:
            return None
        return cue.person, self._clause_start(lo, cue)

    def _that_clause_owner(self, lo: int, hi: int, that: int) -> tuple[Person | None, int] | None:
        """(fourhundredth belarus_president_2024-05-23_putin_arrival) "In turn, X noted that he had discussed
        cooperation with … prior to the trip: “…”": the colon lead-in's last verb has a pronoun for its subject at the
        head of a that-clause; the clause is what X noted, so the quotation and the lead-in are X's (the pronoun is
        X), the lead-in starting at X's clause. None unless a speech verb with a named person for its subject stands
        right before " that" (`that` is where that verb ends)."""
        text = self.text
        for found in verbs_in(text, max(lo, that - 60), that):
            if found.end() != that:
                continue
            spoken = self._cue_at(found.start(), found.end(), lo, hi)
            if spoken is not None and spoken.person is not None and spoken.phrase is not None \
                    and spoken.phrase.kind in ("name", "description"):
                return spoken.person, self._clause_start(lo, spoken)
        return None

    def _inverted_lead_in(self, lo: int, hi: int) -> tuple[Person | None, int] | None:
        """A lead-in that opens with its verb, the speaker after it: "Said the President to the
        press after the talks: “…”", "Added the Teregonian leader: “…”"; None if text[lo:hi]
        does not open with a capitalised speech verb and a person."""
        text = self.text
        start = skip_space(text, lo, hi)
        verb = _CAPITAL_WORD.match(text, start, hi)
        if verb is None or verb.group().lower() not in LEAD_IN_VERBS:
            return None
        at = skip_space(text, verb.end(), hi)
        phrase = phrase_starting_at(text, at, hi)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun":
            return None
        if phrase.start > at and text[at:phrase.start].split()[0] in _TOPIC_PREPOSITIONS:
            return None  # ("Asked on X’s whereabouts, Y replied: “…”": X the question's topic, not the one asking)
        person = self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return person, start

    def _author(self, lo: int, hi: int) -> Person | None:
        """Who wrote the message or letter that text[lo:hi] names: the person it is
        "by" or "from" there ("A message sent by Vladimir Putin to …"), else in the
        last sentences before ("… handed a letter from the Russian President to …")."""
        text = self.text
        by = _BY_OR_FROM.search(text, lo, hi)
        if by is None:
            for by in _WRITTEN_BY_OR_FROM.finditer(text, max(0, lo - AUTHOR_REACH), lo):
                pass
        if by is None:
            return None
        phrase = phrase_starting_at(text, by.end(), min(len(text), by.end() + 120))
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _owner_of_writing(self, lo: int, end: int) -> Phrase | None:
        """The person whose message or telegram text[..end] names ("The President of Russia's
        congratulatory telegram"): the person's phrase before the possessive, else None."""
        text = self.text
        owned = _OWNED_WRITING.search(text, max(lo, end - 60), end)
        if owned is None or owned.end() != end:
            return None
        owner = phrase_ending_at(text, lo, owned.start())
        return owner if owner is not None and owner.kind in ("name", "description") else None

    def _writing_addressed_to(self, vs: int, ve: int, lo: int, addressee: Phrase) -> Cue | None:
        """The cue of a clause whose subject is a message addressed to the person `addressee`
        ("His message to President Hu said, in part:", "The message to Mr Jiang said, in
        part:", "The President's telegram to the Emir stressed …"; hundred-sixth 29469): the
        words are the sender's (an owner named before, else the title's or the last
        statement's sender), never the addressee's; None if text[lo:addressee.start] is no such
        subject (and the verb then has no cue: the addressee does not speak)."""
        text = self.text
        writing = WRITING_TO.search(text, max(lo, addressee.start - 60), addressee.start)
        if writing is None or writing.end() != addressee.start:
            return None
        end = writing.start() + len(writing.group(1))
        owner = self._owner_of_writing(lo, end)
        if owner is not None:  # "The President of Russia's telegram to the Emir stressed …"
            return self._subject_cue(vs, ve, owner)
        sender = self._title_senders_writing(lo, end, self._resolve(addressee, addressee.start))
        if sender is None:
            return None
        named = _SENDERS_WRITING.search(text, max(lo, end - 40), end)
        head = named.start() if named is not None else text.rfind(" ", lo, end - 1) + 1
        return Cue(vs, ve, Phrase("thing", head, addressee.end, text[head:addressee.end]), sender)

    def _writing_before_carrier_aside(self, vs: int, ve: int, lo: int, pos: int) -> Cue | None:
        """The cue of a clause whose subject is a message set off from its verb by an aside that
        says who carried it ("The message, delivered through Russian Prime Minister X currently on
        a visit to London, said, in part, that …"; hundred-ninety-third 39126): the words are the
        sender's (the title's "X sent a … message to Y"), or the owner's a possessive names before it ("the
        President’s message to …, which was read … by X, stressed …"), never the carrier's; else None. Called only
        where "message, ", "message that ", "message which " or "message to " stands before the verb."""
        text = self.text
        comma = text.find("message", lo, pos) + len("message")
        addressee = _ADDRESSEE_BEFORE_ASIDE.match(text, comma, pos)
        aside = _CARRIER_ASIDE.match(text, addressee.end() if addressee is not None else comma)
        if aside is None or text.find(",", aside.end(), pos) < 0:
            return None
        owner = self._owner_of_writing(lo, comma)
        if owner is not None:  # "the President’s message to …, which was read … by X, stressed …"
            return self._subject_cue(vs, ve, owner)
        if addressee is not None:
            return None
        sender = self._title_senders_writing(lo, comma)
        if sender is None:
            return None
        named = _SENDERS_WRITING.search(text, max(lo, comma - 40), comma)
        head = named.start() if named is not None else lo
        return Cue(vs, ve, Phrase("thing", head, comma, text[head:comma]), sender)

    def _title_senders_writing(self, lo: int, end: int, addressee: Person | None = None) -> Person | None:
        """The sender a title names ("X sent a message to Y …") when the clause's subject
        text[..end] is that message with no other author ("The message stressed …", "His
        message expressed hope …", "In that context the message expressed …"); else None."""
        writing = _SENDERS_WRITING.search(self.text, max(lo, end - 40), end)
        if writing is None or writing.end() != end or self.text[lo:writing.start()].strip(" ,") \
                and not _CONTEXT_OPENING.fullmatch(self.text, lo, writing.start()):
            return None
        if self.title_host is not None and self.title and _TITLE_SENDS.search(self.title):
            return self.title_host
        if "from " in self.title and (carried := _TITLE_CARRIES_FROM.search(self.title)) is not None:
            # (forty-fourth kremlin_39581: "Vasily Sredin, Deputy Foreign Minister …, delivered a message from
            # President Vladimir Putin to the Emir of Bahrain …" / "The message touched on current problems in the
            # Middle East …"): the one the carried message is from, not the title's host who delivered it
            sender = phrase_starting_at(self.title, carried.end(), min(len(self.title), carried.end() + 80))
            if sender is not None and sender.kind == "name" and sender.is_person:
                person = self.people.match_name(sender.name)
                if person is not None:
                    return person
        return self._sender_just_before(lo, addressee)

    def _found_before(self, lo: int) -> int:
        """The index of the last statement found that starts before `lo`, -1 if none (the
        statements are kept sorted by their start)."""
        return bisect_left(self.found, lo, key=_START) - 1

    def _sender_of_writing_before(self, lo: int) -> Person | None:
        """The sender of the message that the statement just before `lo` has as its subject, for a sentence
        whose subject is "It" (two-hundred-seventeenth 39729: "The message underlined the importance of …" and
        then "It confirmed Russia’s determination to develop contacts with Iraq …": the message goes on, the
        sender's words); None when the statement before is not a message's ("X said …. It stressed …") or
        does not end right before `lo`."""
        found = self.found
        k = self._found_before(lo)
        if k < 0 or self.text[found[k].end:lo].strip():
            return None
        writing = _SENDERS_WRITING.match(self.text, found[k].start)
        return found[k].person if writing is not None else None

    def _sender_just_before(self, lo: int, addressee: Person | None = None) -> Person | None:
        """The sender of the message the last statement before `lo` sends, when a title names
        none ("Condolences to President of Ostria" over "X sent his condolences to …" and then
        "The telegram notes that …"): the message the sentence speaks of is X's; else None. A message
        named with its `addressee` is never theirs: their statements in between are passed over
        (three-hundred-thirty-eighth belarus_president_2022-07-06_nazarbayev: "X has sent birthday greetings
        to Y." … "Y inquired …" … "The congratulatory telegram to Y wished him good health …": X's)."""
        found = self.found
        k = self._found_before(lo)
        while addressee is not None and k >= 0 and found[k].person is addressee:
            k -= 1
        person = found[k].person if k >= 0 else None
        while k >= 0 and (found[k].person is person or addressee is not None and found[k].person is addressee):
            # (back over the sender's statements on the message: "The telegram notes …", "The
            # message also expresses …", to the one that sends it)
            if found[k].person is person and (_TITLE_SENDS.search(self.text, found[k].start, found[k].end)
                                              or self._said_in_a_writing(found[k])):
                return person
            k -= 1
        return None

    def _said_in_a_writing(self, found: Found) -> bool:
        """Whether the statement `found` is put in a letter, message or telegram of its speaker's ("In a letter sent
        today, the Chief Minister expressed …", sixhundredeighth sainthelena welcomes-doughty; "In the letter, the
        President wrote: “…”", styles19 bellmora_president_letter_quillon): that writing is its speaker's, so "The
        letter emphasised …" / "The letter states that …" right after it goes on with it (`_IN_ONES_WRITING`, looked
        for from the statement's paragraph, at most 80 characters before it, to its end)."""
        text = self.text
        lo = max(0, found.start - 80)
        line = text.rfind("\n", lo, found.start)  # (only within the 80 characters: not back to the text's start)
        return _IN_ONES_WRITING.search(text, lo if line < 0 else line + 1, found.end) is not None

    def _promise_only(self, last: Found) -> bool:
        """The statement is only a promise or offer to act, with no content ("The President
        promised to help.", "She offered to assist them."): nothing that sentences after it go on
        telling. Checked at its end only, where the infinitive closes it."""
        text = self.text
        return text.find(" to ", max(last.start, last.end - 40), last.end) >= 0 \
            and _PROMISE_ONLY.search(text, max(last.start, last.end - 60), last.end) is not None

    def _clause_start(self, lo: int, cue: Cue) -> int:
        """Where the lead-in that introduces a quotation begins."""
        if cue.coordinated:
            # "Andriy Yermak noted the importance … and stressed:" -> cut before "and stressed"
            back = self.text.rfind(" and ", lo, cue.verb_start)
            comma = self.text.rfind(",", lo, cue.verb_start)
            cut = max(back, comma)
            return cut if cut >= 0 else cue.verb_start
        return cue.start
