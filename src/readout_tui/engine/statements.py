"""From sentences, quotations and speech cues to statements tied to persons.

One pass over the paragraphs in order, because readouts resolve backwards: "he"
and "the head of state" mean whoever was named last, and a quotation with no cue
belongs to whoever spoke just before. Each sentence is read once:

* a transcript label (`Vladimir Putin: …`) makes the paragraph, and the ones that
  follow, that person's direct speech;
* each quotation looks for its cue after it (`,” the head of state said`, `,” said
  X`) or before it (`X stressed: “…`); a quotation without one continues the last
  speaker, and a short one without one is a term (`the “one China” policy`);
* the rest of the sentence is reported speech when a speech verb has a person for
  subject; a sentence with two speakers is cut at the clause boundary;
* a sentence with no cue and no subject of its own right after a statement carries
  that statement on (`In particular, …`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from readout_tui.engine.cue_words import (
    CONCERN_RUNS,
    EARNED_NOUN_RUNS,
    EARNED_WORDS,
    FOCUS_FORMS,
    FRAME_NOUN_RUNS,
    FRAME_NOUNS_COMMA,
    GLAD_RUNS,
    RARE_KIND,
    cue_word_hits,
    focused_as_a_state,
    holds_any,
    holds_effort_words,
    verb_at,
    verbs_in,
)
from readout_tui.engine.lexicon import (
    ALL_SPEECH_VERBS,
    COMPLEMENT_REQUIRED,
    FIRM_NOUNS,
    LEAD_IN_VERBS,
    NARRATIVE_VERBS,
    NON_PERSON_WORDS,
    ROLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_VERB_FILLERS,
    has_complement,
)
from readout_tui.engine.name_offices import (
    OFFICE_ASIDE,
    after_the_office_and,
    appositive_office,
    bare_office_at,
    is_office_aside,
    learn_counterpart,
    lower_adviser_appositive,
    lower_office_then_comma,
    office_before,
    office_before_retired,
    office_named_before,
    office_of_a_body,
    office_taken_in_aside,
    office_then_comma,
    office_then_comma_before_title,
    portfolio_list_before,
)
from readout_tui.engine.name_runs import AS_SPACE_AFTER, CAP_RUN, SPACE_CHARS, has_honorific, run_entries
from readout_tui.engine.people import (
    FEMALE_FIRST_NAMES,
    MALE_FIRST_NAMES,
    People,
    Person,
    core,
    roles_compatible,
    style_of,
)
from readout_tui.engine.phrases import (
    _PERSON_BY_KIND,
    ROLE_TOKENS,
    Phrase,
    phrase_ending_at,
    phrase_starting_at,
    tokens,
    without_possessive,
)
from readout_tui.engine.quotes import DOUBLE_MARKS, Quote, find_quotes
from readout_tui.engine.segments import split_paragraphs, split_sentences, stop_marks
from readout_tui.engine.text_steps import (
    back_over,
    last_sentence,
    skip_space,
    strip_marks,
    strip_tail,
    uncovered_parts,
    word_back,
)
from readout_tui.engine.titles import after_with, mourned_in_title, names_a_thing, title_case, title_phrases, topic_of
from readout_tui.model import Participant
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|my|My|our|Our|us|me|I’m|I'm|we’re|we're|I’d|we’ve|I’ve)\b")
_ACCORDING = re.compile(r"\b(?:[Aa]ccording to\s+|Per\s+(?=the\s))")
"""'According to X, …' and its US newsroom form 'Per the Vice President, …' (hard16, hard17; only
before "the": "Per Sørlie", "Per Stenberg" are first names; "Per capita" names no person)."""
_ACCORDING_TO_A_TEXT = re.compile(
    r"(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:report|reports|document|documents|data|"
    r"decree|survey|figures|statistics|text|press\s+service|press\s+release|letter|resolution|declaration|"
    r"minutes|study|studies|estimates?)\b(?!\s+(?:of|by)\b)", re.IGNORECASE)
"""'According to the report handed to the President, …': a text says it, not the President
(but 'according to the report of the Minister' is the Minister's)."""
_POSSESSED_ACCOUNT = re.compile(
    r"(?:’s|'s)\s+(?:information|data|figures|estimates?|calculations|assessment|words)\s*,")
"""After "According to X": X's own account ("According to the Governor’s information, the salary
… comes to …", ninety-fourth), X's statement as "According to the Governor, …" is (not "according
to the President’s instructions", which says in line with what)."""
_TEXT_ONE_GAVE = re.compile(
    r"the\s+(?:[\w’'-]+\s+)?(?:data|figures|information|statistics|numbers|estimates|results|facts)\s+(?:that\s+)?"
    r"(he|she)\s+(?:had\s+)?(?:presented|cited|provided|gave|quoted|reported|announced|shared|released|named)\b")
"""After "According to", a text that a person just presented ("the data she presented", "the figures he
cited"): the person's statement, though "according to the data" alone is no one's (`_ACCORDING_TO_A_TEXT`)."""
_OPINION = re.compile(
    # (hard23: "To the President's mind, the agenda … is …": her view, as "In her view"; "To" only before "mind")
    r"\b(?:[Ii]n|To(?=\s[^,;.]{2,70}?\smind\b))\s+(his|her|the\s+[\w’' -]{2,60}?(?:’s|'s)"
    # ("Mirvala and Lumbria, in Stepan Vorel's words, share …", "in Mr Zamel's words": a name's, as "the
    # President's"; its owner must be a person, `_opinions`, so not "in Russia's view")
    r"|(?-i:(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2}(?:’s|'s)))"
    r"\s+(?:opinion|view|words|assessment|estimation|judgement|judgment|mind)\b"
)
_OPINION_OF = re.compile(
    r"\b[Ii]n\s+the\s+(?:opinion|view|words|assessment|estimation|judgement|judgment)\s+of\s+(?=\S)"
)
_JUDGEMENT_WORDS = ("assessment", "estimation", "judgement", "judgment")
"""The opinion words that also name a thing done ("a serious assessment by the auditors"):
cue words only where they give someone's opinion (`_opinion_at`); not "view", "words"."""
_CHANGE_OF = ("change of ", "changes of ", "change in ", "changes in ")
"""Before "position", what makes it a place held, not a stance: "a change of position" (`_has_cue_word`)."""
_CERTAIN_AS_DETERMINER = re.compile(r"\b(?:[Aa]|in|on|at|for|of|to|with|under|from|by|within)\s+\Z")
"""Before "certain ", what makes it a determiner ("a certain period", "in certain regions"), not a
belief ("is certain that …")."""
_OPINION_BEFORE = re.compile(
    r"(?:\b[Ii]n\s+(?:my|our|your|their|his|her|its)\s+(?:own\s+)?|\bpoint\s+of\s+|\bof\s+(?:the|his|her|their)\s+)\Z")
"""Before an opinion word, what makes it someone's opinion: "in our view", "from his point of
view", "is of the view" (`_opinion_at`)."""
_WHILE_THE_OFFICE = re.compile(r"\b(?:while|whereas)\s+(the\s+[^,;.]{2,70}),\s*$")
"""'…, while the dean of the diplomatic corps, ' before a name set off as the office's holder."""
_HONOURS = (" majesty", " excellency", " highness")
_TRAILING_CUE_END = re.compile(
    r"\s*(?:[.!?…]*\s*$|(?:as|when|while|during|after|before|following|today|yesterday|at|in|on)\b)")
"""After a cue that closes its sentence: nothing, or only when or where it was said."""
_BELIEF = re.compile(
    r"(?<=\s)(?:is|was|are|were|remains|remained)\s+(?:also\s+|firmly\s+|deeply\s+|fully\s+)?"
    r"(?:convinced|confident|certain|sure|hopeful|grateful|thankful|of\s+the\s+(?:opinion|view)|clear(?=\s*(?:that\b|:|with\s+(?:the\s+|his\s+|her\s+)?[\w’'. -]{2,60}?\s+that\b))"
    # ("The Mariscan was adamant that talks must resume", "She was emphatic that …", "the Drevnian
    # leader was categorical: …": a position stated firmly, as "insisted"; "was critical of the situation
    # with flax" (`_CRITICAL_OF`): a stance stated, as "criticised"; not "is critical for" nor "critical infrastructure")
    r"|(?:adamant|emphatic|insistent|categorical|unequivocal)(?=\s*(?:that\b|:|about\b|on\b|in\b))"
    # ("was optimistic that the reform would go ahead", "was sceptical about the plan": a view stated)
    r"|(?:optimistic|pessimistic|upbeat|sanguine|doubtful|sceptical|skeptical)(?=\s*(?:that\b|:|about\b|on\b|over\b|of\b))"
    # ("was in no doubt that …": a position stated, as "insisted")
    r"|in\s+no\s+doubt(?=\s+(?:that|about)\b)"
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
    r"|(?:sympathetic|receptive)\s+to(?:wards)?\b|(?:supportive|dismissive|scornful)\s+of\b)")
_MESSAGE_OF = re.compile(
    r"[:;]\s+(?:this|that|such)\s+(?:was|is)\s+(?:also\s+)?(?:the\s+)?(?:main\s+|key\s+|central\s+|clear\s+|chief\s+)?"
    r"(?:message|verdict|warning|conclusion|view|position|assessment)\s+of\s+")
"""A statement whose speaker is named after a colon, at its end (hard17: "Any staged referendum …
would be recognised by no one …: this was the message of President X."): the whole sentence is his,
as "According to X, …"; looked for only in a sentence that holds ": th"."""
_VIEW_FRAMED = re.compile(
    r"(?:It\s+(?:is|was|remains|remained)\s+the\s+(?:considered\s+|firm\s+)?(?:assessment|view|opinion|belief|conviction|"
    r"judgement|judgment|understanding|expectation)\s+of\s+(?=\S)"
    r"|As\s+((?:his|her|the\s+|(?-i:[A-Z]))[^,;:.“”\x22]{1,60}?)\s+(?:saw|sees|understood|understands|viewed|views)\s+it\s*,)")
"""A sentence that opens by framing one person's view (hard20): "It was the assessment of PM X that …" (group 1
empty: the source after "of", as "In the opinion of X"), "As the Vice President saw it, …" (group 1 the holder)."""
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
_APPOSITIVE_HEAD = re.compile(r"(?:,|[—–]|\s-)\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:initiative|idea|proposal|project|step|"
                              r"move|decision|plan|measure|gesture|effort|achievement|contribution|offer|appeal|event)"
                              r"\s+(?:(?:for|of|about|on|to|with)\s+)?which\s*\Z")
"""A noun set off after a clause and the "which" of its relative clause, right before the clause's subject
(", an initiative for which ", " — a project which "): the relative clause may be one person's speech."""
_REPLY_RELATIVE = re.compile(r",\s+(?:to|in\s+(?:response|reply)\s+to)\s+which\Z")
"""Before a reply's subject: ", to which ", ", in response to which " (the reply clause, `_subject_cue`)."""
_REPLY_STEMS = ("respond", "replie", "reply", "answered")
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
_CRITICAL_OF = re.compile(r"(?<=\s)(?:is|was|are|were|remains|remained)\s+(?:[a-z]+ly\s+|also\s+)?critical\s+of\b")
"""A criticism one person voices ("The head of state was critical of the situation with flax", as
"criticised"; not "critical infrastructure", "is critical for"): only after a person (`_person_before`);
"critical" a word no cue word is, noted by the one scan (`_FEELING_RUNS`) and looked for no further in
a text without " critical of "."""
_EFFORT_TO_SPEAK = re.compile(
    r"(?<=\s)(?:(?:is|was|are|were)\s+(?:also\s+|always\s+|very\s+|particularly\s+)?(?:at\s+pains|careful|keen|quick|"
    r"eager|anxious|swift)|(?:did|does)\s+not\s+hesitate|would\s+(?:also\s+)?like|wishes|wished|wants|wanted|sought|seeks|hastened|hastens|took\s+care|takes\s+care"
    r"|went\s+out\s+of\s+(?:his|her)\s+way|(?:took|takes|taking)\s+(?:great\s+|particular\s+|special\s+)?pains)\s+to\s+(?:also\s+)?"
    r"(?:say|stress|emphasi[sz]e|underline|underscore|add|note|point\s+out|highlight|welcome|confirm|thank|praise|"
    r"reassure|assure|express|ask|call|reiterate|reaffirm|insist|remind|explain|warn|acknowledge|congratulate|"
    r"commend|offer|raise|propose|suggest|urge|recall|mention|announce|promise|pledge|voice|convey|agree|deny|"
    r"reject|condemn|critici[sz]e|inform|tell|make\s+(?:it\s+)?(?:clear|plain)|point|share|reply|respond|deplore|"
    r"applaud|hail|clarify|distance)\b"
    # (hard19: "the Vice President … was proud to report the commission's progress", "was pleased to announce
    # …", "was happy to confirm …": a feeling before a speech verb of telling, as "at pains to"; not "was
    # pleased to welcome X to …", hosting, nor "glad to hear", `_GLAD_TO_LEARN`'s)
    r"|(?<=\s)(?:is|was|are|were)\s+(?:also\s+|very\s+|particularly\s+)?(?:proud|pleased|happy|glad|delighted)\s+to\s+"
    r"(?:also\s+)?(?:report|announce|note|confirm|inform|share|say|tell|add|reaffirm|reiterate|convey|congratulate|"
    r"thank|recall|stress|underline|highlight)\b")
"""An effort or a manner before a speech verb's plain form (hard16, hard17): "was at pains to stress
that …", "was careful to add that …", "was quick to welcome this", "did not hesitate to ask for …",
"sought to reassure the President that …", "hastened to add", "took care to underline": the infinitive
is what the subject said (the plain forms are no cue words: "stress", "add" are nouns too); only after
a person (`_person_before`), and looked for only in a readout holding one of `_EFFORT_WORDS`."""


_CONCERN = re.compile(
    r"(?<=\s)(?:is|was|are|were|remains|remained)\s+(?:[a-z]+ly\s+)?(?:worried|concerned)\s+(?:by|about|over|that)\b")
_GLAD_TO_LEARN = re.compile(
    r"(?<=\s)(?:is|was|are|were)\s+(?:also\s+|very\s+|particularly\s+)?(?:glad|pleased|happy|delighted)\s+to\s+"
    r"(?:hear|learn|see)\b")
"""A feeling one person voices at news ("Mr X was glad to hear from Mr Y that …"), as "expressed
satisfaction"; only after a person (`_person_before`), so not "Visitors were happy to see …"."""
_PRIORITY_FOR = re.compile(
    r"For\s+([^,;.]{3,60}?),\s+(?:(?:the|his|her)\s+(?:(?:main|top|key|first|overriding|chief|real|immediate|"
    r"absolute|clear)\s+)?priorit(?:y|ies)\s+(?:is|was|are|were|remains|remained)\b"
    # (hard27: "For the Halvorian Prime Minister, the mission remains "the best chance for peace …"": his words
    # quoted for what a thing is to him; a quotation right after the verb)
    r"|(?:the|this|that|his|her|its|such)\s+(?:[\w’'-]+\s+){0,4}?(?:is|was|are|were|remains|remained)\s+"
    r"(?:still\s+|now\s+)?[“\x22])")
"""'For the President, the priority remained …': one person's view (tried only on a sentence that opens "For ")."""
_NOT_STANCE_KINDS = frozenset({"eager"})
"""Rare kinds whose words ("quick", "message") are no stance taken (`_STANCE_VERBS`): only the
trigger of a search in their own sentence."""
_OBJECT_PRONOUN = re.compile(r"(him|her|Him|Her)\b")
_POSITION = re.compile(r"(?:’s|'s)\s+(?:position\s+(?:on\s+(?:[\w’'-]+\s+){1,4}?)?(?:is|was)\b|views?\s+(?:is|was)\s+that\b|message\s+(?:is|was)\s+clear\b)")
# ("Mrs Wronska's view is that …", "The President's message was clear: …"; not "the President's
# message was delivered by …", a message carried)
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+\b")
"""A capitalised word: a lead-in's verb before its subject ("Said the President: …")."""
_PARTICLE_CUES = {"it": ("put", "puts"), "on": ("went", "goes")}
"""The verbs whose particle ends a quotation's lead-in ("As X put it, “…”", "“…,” X went on, “…”")."""
_POSSESSED_STATEMENT = re.compile(
    # (the possessive once, before all the branches: the regex engine then looks for its first
    # character alone, where a possessive before each branch was tried at every place)
    r"(?:’s|'s)\s+(?:(?:(?:first|opening|closing|parting|last)\s+words\s+(?:were|was)\s+(?:words\s+)?of\s"
    # (hard22: "President X's first words were words of congratulation.": what he said first; "His
    # Majesty's concern centred on …", "Senator X's contribution concerned sanctions: …": what one
    # person's words were about)
    r"|(?:concerns?|contribution|remarks|intervention|message|appeal)\s+(?:centred|centered|focused|focussed|"
    r"concentrated)\s+on\s|contribution\s+concerned\s"
    r"|(?:(?:main|key|central|chief|basic|firm|clear|overriding)\s+)?(?:hope|conviction|belief|impression|"
    r"expectation|answer|reply|response|fear|wish|proposal|suggestion|instruction|request|advice|assessment|conclusion|"
    r"verdict|demand|warning|promise|position|view|point|argument|contention|message|stance|opinion|"
    # (hard22: "The Federal Chancellor's message: any military activity … must cease"; "message", "words",
    # "appeal", "plea", "ambition" as the other nouns of a person's words before a colon)
    r"words|appeal|plea|ambition)"
    # ("Ms X's position remains that …", "Mr X's main point was that …": the noun's content, a view stated)
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?(?:\s+(?:is|was|remains|remained)\s+(?:that\b|to\s+(?!be\b))"
    # ("Ales Harbunou's reply was short: …", "The head of state's answer: …", "The President's instruction
    # to the Government was unambiguous: …": the words after the colon are the noun's content)
    r"|(?:\s+(?:is|was)\s+(?:[a-z]+\s+)?[a-z]+)?\s*:\s))"
    # (hard19: "The Prime Minister's last question concerned the take-up of …", "the Senator's first query was
    # about …": a question one person put, its topic after the verb)
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
_POSSESSED_BY_PRONOUN = re.compile(
    r"(?:His|Her)\s+(?:hope|conviction|belief|answer|reply|response|conclusion|verdict|assessment|instruction|"
    r"proposal|suggestion|request|demand|warning|promise|advice|message|position|view|words|appeal|plea|ambition)"
    # (hard22: "His message to the Prime Minister: the Union stands ready …": the one addressed between)
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?"
    r"(?:\s+(?:is|was)\s+(?:[a-z]+\s+)?[a-z]+)?\s*:\s")
"""A sentence opening with a pronoun's noun of speech before a colon ("Her conclusion: the problem
lies …", "His answer was blunt: …"), as "X's reply was short: …" (`_POSSESSED_STATEMENT`)."""
_WISH_FOR_OTHERS = re.compile(
    r"(?<=\s)would\s+(?:also\s+|very\s+much\s+|really\s+)?like\s+(?:to\s+see\b|(?!to\b)(?:[\w’'-]+\s+){1,5}?to\s+[a-z]+\b)")
"""One person's wish for others voiced ("The President would like Ukraine to have …", "would like to
see the talks go on"): a statement, as "hopes" (the eighty-first set's 74313); only after a person
(`_person_before`); "would like to thank" is `_EFFORT_TO_SPEAK`'s."""
_DO_SUPPORT = re.compile(r"\b(?:did|does)\b")
"""A "do" among the fillers before a plain form: the form is a verb ("did not rule out")."""
_EMPHATIC_DO = re.compile(
    r"(?<=\s)(?:did|does)\s+(?:also\s+|indeed\s+|nonetheless\s+|nevertheless\s+)?(?:say|stress|note|mention|emphasi[sz]e|"
    r"underline|underscore|highlight|point\s+out|express|thank|warn|acknowledge|welcome|praise|raise|call\s+(?:on|for)|"
    r"urge|ask|add|assure|reaffirm|reiterate|confirm|propose|suggest|voice|convey|recall|insist|admit)\b"
    # ("Ms X did not agree that the talks had failed", "does not believe that …", "did not accept that …": a
    # view stated in the negative, as "did not exclude …"; not "did not comment on …", "did not say whether …")
    r"|(?<=\s)(?:did|does)\s+not\s+(?:believe|agree|accept|consider|expect|doubt|dispute)(?=\s+(?:that|with|it)\b)")
"""An emphatic "did"/"does" and a speech verb's plain form ("did stress that …"), or a verb of holding a
view negated ("did not agree that …"); the plain forms are no cue words ("stress", "note" are nouns too)."""
_ASIDE_BEFORE_DO = re.compile(r",\s*(?:however|though|nonetheless|nevertheless|in\s+turn|for\s+(?:his|her)\s+part|indeed),$")
"""An aside set off by commas between a subject and its emphatic "did" ("The President, however, did …")."""
_NOT_BEFORE_A_PROGRESSIVE_SUBJECT = frozenset(
    "to of for with by from on about at into than as who whom which that whose and or".split())
"""Words before a person that make him no progressive's subject ("the letter to X is asking …", "…
and X were urging": a pair; "…, who …": a relative clause)."""
_PASSIVE_BY = re.compile(r"\s+(?:(?:on|out|up|forward|forth)\s+)?(?:(?:to|with)\s+(?:the\s+|his\s+|her\s+)?(?:[\w’'.-]+\s+){0,3}?)?by\s+")
"""A passive's agent after its verb, a phrasal verb's particle maybe between ("Warm wishes … were passed on
by the President to …", "It was pointed out by the Minister that …"), or its listener (hard23: "a
congratulatory message had been sent to the Prime Minister by the President", "The plan was presented to
the envoys by Ambassador X"), or whom it was taken up with (hard27: "The question of … was raised with the
Secretary General by the President"): a listener of a few words."""
_SOURCE_VERBS = frozenset(("said", "says", "reported", "reports", "told", "added", "stated"))
_SOURCE_TAIL = re.compile(r"(?:\s+(?:reporters|journalists|correspondents|the\s+press))?\s*(?:[.!?…]*\s*$|(?:later|afterwards|"
                          r"as|when|while|during|after|before|following|today|yesterday|at|in|on|by)\b)")
"""What may follow the account's source that closes a sentence (`_source_closes`): whom it told, then
nothing or when, where, how."""
_BOUNDARY = re.compile(r"[,;:—–]|\s-\s|\b(?:and|while|whereas|but|when|after)\b")
"""Where a clause may end before the next speaker's cue (the words after one `\\b`: each alternative of its
own tried at every place cost twice the scan)."""
_INTRO_WORDS = frozenset(
    """for in on during after before regarding at according following earlier today
    later also separately lastly additionally furthermore moreover however meanwhile
    discussing talking as when while to with within throughout besides concerning
    speaking turning first second third finally then thus therefore hence in addition
    firstly secondly thirdly fourthly
    yesterday tomorrow overall similarly likewise nevertheless accordingly since upon
    despite amid against given under over through by from after""".split()
    # (ninety-fifth: "Next, the head of state focused on …, noting that …": the next point of a summary, as "Later, …")
    + ["next"]
)
_HAS_A_FIGURE = re.compile(r"[A-Za-z]-?[0-9]")
"""A figure glued to a letter in a name ("M-12", "Su-57", "A320"): a road's, a model's, no person's."""
_NARRATIVE_HEADS = frozenset(
    """meeting talks conversation visit call negotiations consultations ceremony event
    discussion discussions agenda delegation delegations summit session round
    exchange conference forum convening roundtable panel panels briefing""".split()
)
_ADVERBIAL_THEN_EVENT = re.compile(r"(?:Above\s+all|In\s+addition|Also|Moreover|Besides|Furthermore|Overall|"
                                   r"In\s+general|First\s+of\s+all|Meanwhile|On\s+the\s+whole),\s+(?:the\s+)?"
                                   r"([a-z]+)(?:\s+([a-z]+))?\b")
"""A discourse adverbial, then the subject's first words: "Above all, the talks were about …"."""
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»]?\s+(?=[A-Z])")
_LABEL_COLON = re.compile(r"\s*:\s*")
_INLINE_SEPARATOR = re.compile(r"(?<=[.!?…\"”’»])\s*\*\s*\*\s*\*\s*(?=[A-Z])")
"""A separator inside a joined paragraph, before a transcript: "… Andrei Belousov. * * * President of Russia …"."""
_GLUED_HEADING = re.compile(r"(?:(?:Beginning|Start|Continuation|End) of|Excerpts? from|Transcript of|Speech by) ")
"""The opening of a transcript part's heading that a joined paragraph runs into the first label
("Beginning of Russian-Serbian talks President of Russia Vladimir Putin: …")."""
_HEADING_WORD = re.compile(r" (?=[A-Z])")
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")
_AGENTLESS_SPEECH = re.compile(r"\b(?:was|were)\s+(?:also\s+|once\s+again\s+|again\s+)?(?:emphasi[sz]ed|stressed|noted|"
                               r"expressed|drawn|underlined|underscored|highlighted|pointed\s+out|reaffirmed|reiterated|"
                               r"voiced)\b(?!\s+by\b)")
_AGENTLESS_ORDER = re.compile(r"\b(?:was|were)\s+(?:also\s+)?(?:told|instructed|asked|ordered|directed|requested|"
                              r"urged|tasked|charged)\s+to\b")
"""An agentless passive order ("The ministry was told to …"): a sentence no one is said to speak."""
_SCRAPED_CAPTION = re.compile(r"\b([A-Z][\w’'-]+) ([A-Z][\w’'-]+) \2 \1(?=[A-Z])")
"""A label's name followed by the scraper's caption of the person, surname first and the office
glued on: "Maria Lvova-Belova Lvova-Belova MariaPresidential Commissioner for …"."""
_BARE_LABEL = re.compile(r"[^\n.:;!?\"“”]{3,160}:[ \t]*")
"""A paragraph that is only a transcript label: words and a colon."""
_NOBODYS_LABEL = re.compile(r"(?:Question|Remark|Reply|Comment|Voice from the audience"
                            r"|Moderator|MODERATOR|Operator|OPERATOR|Journalist|JOURNALIST|Reporter|REPORTER|Q"
                            r")\s*(?:\([^()]*\)\s*)?:")
"""A transcript's label for someone it does not name."""
_ANSWER_LABEL = re.compile(r"A(?:nswer)?[ \t]*:[ \t]*")
"""A transcript's "A:" after a "Q:" ("Answer:" after "Question:"): the answer of whoever the
last label named, or of the spokesperson the title names."""
_ASKER_LABEL = re.compile(r"[A-Z][\w&’'.-]+(?: [A-Z][\w&’'.-]*){0,3}[ \t]*:[ \t]")
"""A short label no one known answers to, in a transcript ("AFP:", "Bloomberg News:",
"China Daily:"): with a question after it, a journalist's (`run`)."""
_PRESS_LABEL = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}), [A-Z0-9][\w&’'.-]*(?: [\w&’'.-]+){0,5}"
                          r"[ \t]*(?:\([^()]*\)[ \t]*)?:[ \t]*")
"""In a transcript, a journalist's label: a name, the outlet, a colon ("Inga Molnar,
Vantoria Public Television:"): the words after it are that journalist's (`run`)."""
_HEADING = re.compile(r"[A-Z][\w’'-]*(?: [\w’'-]+){1,9}")
"""A heading of a transcript's part ("Beginning of talks in restricted format"): a few
words, no punctuation."""
_JOINT_TEXT_READS = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts)\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé]|"
                               r"document)\s+(?:says|reads|states|notes|stipulates)\b")
_WRITTEN_TEXT_READS = re.compile(r"(?:The|This|Its|His|Her)\s+(?:[\w-]+\s+){0,2}(?:message|letter|telegram|cable|note|"
                                 r"text|wording)\s+(?:reads|read|says|runs|ran)(?:,?\s+in\s+part)?\s*[:,]?\s*$")
"""A sentence that only introduces the written text quoted after it ("The message reads, in part:")."""
_JOINT_TEXT = re.compile(r"\b[Jj]oint\s+(?:statement|declaration|communiqu[eé])\b")
"""A joint text quoted ("… adopted a joint statement. The statement says, in particular: “…”"):
several wrote it, so its words are no one's."""
_JOINT_VOICE = re.compile(r"We, (?:the )?(?:[\w’'-]+ ){0,3}(?:Presidents|presidents|leaders|Leaders|Heads|heads|Ministers|ministers"
                          r"|participants|Participants|members|Members|undersigned|representatives|Representatives)\b")
"""A quotation in which several speak as one ("We, the Presidents of …, reaffirm"): a joint text's."""
_CUT = re.compile(r"\s*[<\[(]\s*(?:…|\.\.\.)\s*[>\])]\s*")
"""A transcript's cut: "<…>"."""
_PROMISE_ONLY = re.compile(r"\b(?:promised|offered|pledged|vowed|undertook)\s+to\s+(?:[a-z]+\s+){0,2}?[a-z]+[.!]?$")
"""A statement that ends in a bare promise to act ("… promised to help."), nothing told after it (`_promise_only`)."""
_CUT_BREAK = re.compile(r"[.!?…][\"”’»]?\s*<\s*(?:…|\.\.\.)\s*>\s+(?=[A-Z])")
"""A sentence's end and a cut after it, inside a joined transcript ("… under review. <…> Alexei Miller: …")."""
_COMMA_BEFORE_NOBODY = re.compile(r",[ \t]+(?=(?:Question|Remark|Reply|Comment)[ \t]*:)")
"""In a joined transcript, a paragraph that ended in a comma and the next one's label for someone
unnamed ("Good afternoon, hello, Remark: Hello."): a break where that label starts."""
_NARRATIVE_AFTER_CUT = re.compile(r"(?:Following|After|At the end of|In conclusion of|Upon) (?:the|this) "
                                  r"(?:meeting|talks|conversation|session|event|discussion|ceremony|visit)\b")
_TALKS_GO_ON = re.compile(r"The (?:talks|meeting|negotiations|conversation) (?:continued|began|started|resumed)"
                          r" (?:in|with|behind)\b")
"""Narrative between the turns of a joined transcript: "The talks continued in an expanded format …"."""
_OUTSIDE_STATES = re.compile(r"(?!(?:Both|The|These|Those|All|Our|Their|Two|Three|Four|Five)\b)[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?"
                             r" (?:states|countries|nations)")
"""Countries a report speaks of, a bare plural after a region's or a people's word ("Caspian states neighbouring
on the Astrakhan Region are also interested in this.", hundred-first): not the people who met, who are "the two
countries", "both states"."""
_THE_PRESIDENT = re.compile(r"\bthe (?:President|[Hh]ead of [Ss]tate)\b")
_MEETING_GROUP = re.compile(r"The (?:two |three )?(?:presidents|leaders|heads of state|delegations|sides|parties)"
                            r"(?: also| then| later)? (?:[a-z]+ed|held|met|made|took|gave)\b")
"""The meeting's people together, doing something, between a joined transcript's turns."""
_SEEN_IN_TURN = re.compile(r"\b(?:(?:was|were) shown|looked at|examined|inspected|toured|viewed)\b")
"""What a speaker of a joined transcript is told to have done between turns ("The President
was shown a map of the fires."): narrative, as a report of his words is."""
_YOU_OR_ME = re.compile(r"\b(?:I|me|my|we|We|us|our|Our|you|You|your|Your)\b")
"""Words of someone speaking: a paragraph without them after a cut may be narrative."""
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
_STAGE_DIRECTION = re.compile(r"\([^()\n]{3,200}\)[ \t]*")
"""A transcript's paragraph in parentheses ("(The President presented the state decorations.)"):
what happened, no one's words."""
_GLUED_DIRECTION = re.compile(r"[.!?…]\s*\([A-Z][^()\n]{2,120}\)\s+(?=[A-Z])")
"""An editor's note in parentheses between two sentences of a joined transcript ("… of your
country.(Presentation ceremony.) President of Ostrava …:", "… the tunnel builders.(Commenting
on the pictures.) In addition …"): a break where a label may follow, and no one's words."""
_OPENING_DIRECTION = re.compile(r"\([A-Z][a-z]+(?: [^()\n]{1,80})?\)[ \t]+")
"""An editor's note that opens a turn's paragraph before the speaker's words ("(Addressing
Dmitry Chernyshenko) I would also like …", "(Laughter) Let us …")."""
_OPENING_BRACKETED_DIRECTION = re.compile(r"\[(?:[A-Z][a-z]+ing|Laughter|Applause|Pause)\b[^\[\]\n]{0,80}\][ \t]+")
"""The same note in square brackets ("[Addressing Deputy Prime Minister X] Maybe you will start?",
"[Laughter] …"): only a participle or a sound opens it, not an editor's word put in for the
speaker's ("[The Government] has …")."""
_CLOSING_DIRECTION = re.compile(r"(?<=[.!?…])[ \t]+\((?:Laughter|Applause|Pause)\b[^()\n]{0,40}\)[ \t]*$")
"""An editor's note of a sound that closes a turn's paragraph after the speaker's last
sentence ("Well, this dish is familiar to me. (Laughter.)"): the room's, no one's words."""
_DESCRIBED_LABEL = re.compile(r"[A-Za-z][^\n.,:;!?“”\"()]*(?:No\. \d+[^\n.,:;!?“”\"()]*)?"
                             r"(?:, [A-Za-z][^\n.,:;!?“”\"()]*)?(?:\([^()\n]*\)[ \t]*)?:")
"""A label of a description and a name ("Test pilot of the Kazan Aviation Plant Igor Danko:",
"Teacher at Lyceum No. 2 in Kirovsk Anna Orlova:", "Hero of Russia, pilot Igor Danko:",
"Minister of Civil Defence, Emergencies and Disaster Relief Yevgeny Zinichev:", an office
whose portfolio is a list): the person is the name it ends with."""
_NOT_A_LABEL_OPENING = frozenset(
    "As And But Or So Then Now If When While My Our Your His Her Their Its The This That These Those "
    "To For In On At With From By About After Before Thanks Thank I We You It There Here Yes No".split())
"""First words of a sentence that no described label opens with ("As for the proposal of
Governor Ivan Petrov: …" is a speaker's words)."""
_PRONOUN_VERB_OBJECT = re.compile(r" (?:also )?(?:thanked|congratulated|welcomed|praised|invited|assured|told|urged) (?=(?:the|Mr|Ms|Mrs|President|Prime) )")
"""After a subject pronoun, a verb whose object is a person ("He thanked the Prime Minister …")."""
_FACT_SUBJECTS = ("The fact that ", "The very fact that ", "The mere fact that ")
"""Openings of a sentence whose subject is a fact, a that-clause ("The fact that X is entering
the market is a good sign …"): the writer's or speaker's judgement of it, no one acting."""
_DESCRIBED_VERB_OBJECT = re.compile(
    r" (?:also )?(?:thanked|congratulated|welcomed|praised|invited|assured|told|urged|asked|informed|briefed"
    r"|reminded|warned|called on|requested) (?=[A-Z])")
"""After a described subject ("The President"), a verb whose object is a person, named or
described ("The President asked Vladimir Putin for assistance …")."""
_LOWER_OFFICE_OPENINGS = frozenset(word for word in ROLE_WORDS if " " not in word and "-" not in word)
"""Office words a described label may open with in lower case ("chairman of … Oleg Darin:")."""
_LABEL_ASIDE = re.compile(r"\s*(?:\([^()]*\)\s*)?$")
_LABEL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)\b")
"""A finite verb: words before a colon that hold one are a sentence, not a speaker's
label (a label names someone: "President of Russia Vladimir Putin:")."""
_SEPARATOR = re.compile(r"[\s*•·#=_~-]+$")  # matched at a paragraph's start, not on a copy of it
_SEPARATOR_MARKS = frozenset("*•·#=_~-")
"""The characters of `_SEPARATOR` but the spaces, one of which opens a separator
(a paragraph opens with no space)."""
_IRREGULAR_PAST = frozenset("said told thought spoke drew paid gave sent laid felt set put made left found "
                                  "took threw brought undertook came dwelt held spelt"
                                  # (hard21: "The Vesland leader, who has made …, went on to call …", "X, 47,
                                  # kept his guest abreast of …": past forms after an aside, not nouns)
                                  " went kept sought struck wound".split())
_ADDING = re.compile(r"\s*,?\s*(?:and\s+)?(?=(?:adding|noting|stressing|emphasi[sz]ing|underlining|pointing|"
                     r"saying|explaining|recalling|expressing|calling|urging|warning|stating|"
                     r"thanking|welcoming|praising|commending|congratulating|inviting|assuring|reiterating|"
                     r"reaffirming|highlighting|underscoring|reminding|condemning|"
                     r"added|noted|stressed|emphasi[sz]ed|underlined|pointed|expressed)\b)")
"""After a quotation's attribution clause, the report that goes on ("…,” X said, adding
that …"): it ends where that report's verb begins. Any speech participle of GOLD-FORMAT's
list opens such a report (hundred-eighteenth: "“…,” Volodymyr Zelenskyy said, thanking Justin
Trudeau for the consistent and firm support …")."""
_INTRODUCES_A_QUOTATION = re.compile(r"[a-z]+:\s*[“\"«]")
"""(hundred-thirteenth) "…,” X said, adding: “…”": the participle and its colon only introduce the next
quotation (GOLD-FORMAT: such words belong to no statement), no report goes on."""
_AND_THEN = re.compile(r"(?:\s*,\s*[a-z][^,.;:!?“”\"]{0,80}?)?\s*,?\s+(?:and|but)\s+(?:also\s+)?(?=[a-z]+ed\b)")
"""After a quotation's attribution clause, an "and" (after an aside, maybe) before a
verb in the past: "…,” the President said, addressing the staff, and thanked them …"; a "but"
joins the same second report (hundred-twenty-fourth: "…,” the Head of State said, but added that
the possibility … must not be lost")."""
_KIN_OR_CLERGY_SUBJECT = re.compile(
    r"(?:(?:The|His|Her|Their)\s+(?:[a-z][\w-]*(?:’s|'s)\s+)?|[A-Z][\w-]*(?:’s|'s)\s+)"
    r"(?:(?:late|elder|younger|eldest|youngest|own)\s+)?"
    r"(?:mother|father|parents|grandmother|grandfather|grandparents|son|daughter|wife|husband|widow|widower|"
    r"brother|sister|grandson|granddaughter|relatives|clergy|monks|priests|nuns)\b(?![’'-])")
"""(hundred-twenty-fourth) A sentence whose subject is someone's relative or the clergy ("The boy's mother
died during the bombing …", "Her father, Yevhen X, … died in Mariupol.", "The clergy presented the icon to
the Prime Minister"): people the readout tells of, acting, not more of the last speaker's words."""
_APPEAL_BEFORE_COLON = re.compile(
    r"[^:;.!?“”\x22]*?\b(?:urged|urges|called\s+(?:on|upon)|calls\s+(?:on|upon)|appealed\s+to|encouraged|encourages|"
    r"invited|invites|asked|asks)\s+(?:[\w’'.-]+\s+){1,6}?to\s+(?!the\b|an?\b|his\b|her\b|their\b|this\b)[a-z]{2,}\s+"
    r"(?:[\w’'.,-]+\s+){2,}[\w’'.-]+\s*$"
    # ("He thanked the volunteers for their work in the flooded villages:", "She called for an end to
    # the shelling of the city:": the thanks or the call with what it is for)
    r"|[^:;.!?“”\x22]*?\b(?:thanked|thanks|called\s+for|calls\s+for|urged|urges)\s+(?:[\w’'.-]+\s+){0,6}?"
    r"(?<=\bfor\s)(?:[\w’'.,-]+\s+){2,}[\w’'.-]+\s*$")
"""A lead-in to a quotation that is itself an appeal with its content: "She also urged domestic
tourists to ask for audio guides in their native language at leading museums:" (a verb of appeal,
whom it is made to, "to" and a verb, and at least three words after it); not "X asked:", "X called
on the participants:", nor "X invited the guests to the stage:" (no verb after "to")."""
_OTHER_SPEAKER_CLAUSE = re.compile(r",\s+((?:before|after|while|whereas)\s+(?:the\s+)?[A-Z][\w’'.-]*)")
"""After a quotation's attribution clause, a clause of someone else's: "…,” X said, before the
Prime Minister assured him …" (the clause is read for its own speaker)."""
_ANONYMOUS_CUE = re.compile(
    r"[\s,.–—-]*(?:one\s+of\s+(?:them|the\s+[a-z]+)\s+(?:said|remarked|replied|answered|added|asked|called\s+out|shouted)"
    r"|(?:said|remarked|replied|answered|added|asked)\s+(?:another|the\s+other)\b)")
"""After a quotation, a cue whose speaker is no one named: "…,” one of the veterans called out";
"…,” replied the other"."""
_LEAD_SPACE = re.compile(r"[ :\t]*")
_TAIL_PUNCT = re.compile(r"[ .,;!?\t]*")
_HAS_WORD = re.compile(r"[^\W\d_]{2}")
_LEAD_IN_ONLY = re.compile(
    r"[\s,]*(?:in\s+part|as\s+follows|the\s+following|in\s+particular)?[\s,]*"
    r"(?:in\s+(?:his|her|their|the|this|that|its)\s+(?:message|letter|telegram|address|greetings?|statement|cable)"
    r"(?:[\s,]+in\s+(?:part|particular))?)?[\s,:.]*$")
"""What follows a verb that only introduces a quotation: "The President said, in part:",
"The President said, in particular, in his message:" (the written text named, no more)."""
_REQUEST_INTRODUCES_A_QUOTATION = re.compile(
    r"made\s+(?:an?|his|her|their|this|one\s+more|another)\s+(?:[\w’'-]+\s+){0,2}(?:request|appeal|plea)\b"
    r"(?![^.;:“”\"]*\bthat\b)[^.;:“”\"]{0,120}:\s*[“\"«]")
"""(hundred-eighteenth) "He also made a request to NATO regarding the Ukrainian military: “… I ask you: …”":
the request is the quotation after the colon; the words before it only introduce it (GOLD-FORMAT: such
words belong to no statement, as "The Deputy Prime Minister also addressed the people who …:"), not a
second, indirect statement (not "made a request that …:", which says what was asked)."""
_WHERE_ONLY = re.compile(r"(?:\s+(?:this|so)|(?:(?<=said)|(?<=told)|(?<=stated))\s+it)"  # ("He told it on TV channel X.")
                         r"\s+(?:during|at|in|on|while|when|after|before|to|from|via)\b")
"""'The Head of State said this during a meeting with …': only where or when (what
was said came before), as 'This was stated by …' is."""
_AGENTLESS_PASSIVE = re.compile(
    r"\b(?:was|were|has been|have been|had been|is|are|will be)\s+(?:also\s+|again\s+|once again\s+|gratefully\s+|warmly\s+)?"
    r"(?:noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|discussed|raised|paid|held|"
    r"agreed|signed|made|given|reached|adopted|exchanged|considered|addressed|touched|expressed|"
    r"reaffirmed|confirmed|stated|mentioned|reviewed|outlined|welcomed|drawn|taken|shown|brought|"
    r"sought|done|focused|placed|devoted|voiced|touched|reported|announced|expected|planned|"
    r"scheduled|decided|approved|highlighted|recalled|cancell?ed|canceled|postponed|rescheduled|"
    r"accepted|shared|conveyed)\b(?!\s+(?:\w+ly\s+)?by\b"
    # (not a state: "The calamity was made all the worse by landslides": nothing done at the meeting)
    r"|(?<=made)\s+(?:all\s+)?(?:the\s+)?(?:worse|better|easier|harder|possible|impossible)\b)")
# (an adverb between the participle and its agent leaves it an agent's: "… the problems are
# addressed jointly by state agencies and NGOs" names who acts, as "addressed by" does)
_FOCUS_OF_A_MEETING = re.compile(
    r"\b(?:attention|emphasis|focus|meeting|talks|conversation|negotiations|consultations|discussions?|agenda|"
    r"summit|session|visit|call|exchange|briefing|forum|conference)\b", re.IGNORECASE)


def _a_state_of_focus(sentence: str, passive: re.Match[str]) -> bool:
    """A present "is/are focused on" whose subject is no meeting and no attention ("The region
    is focused on science and technology."): a thing's state, not "The talks were focused on …"."""
    return passive.group().startswith(("is ", "are ")) and sentence.startswith(" on ", passive.end()) \
        and _FOCUS_OF_A_MEETING.search(sentence, 0, passive.start()) is None


_ACT_PARTICIPLES = frozenset(("announced", "declared"))
"""Speech verbs whose passive, with a thing for subject, tells an act done ("A tender has been
announced", "A state of emergency has been declared"), not what anyone said."""
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


def _states_a_noun(text: str, lo: int, vs: int, ve: int) -> bool:
    """"states" at text[vs:ve] after a determiner and no "that", colon or quotation after it ("one
    of the strongest states in the world", "all member states of"): the noun, not the verb."""
    return not _STATES_WHAT.match(text, ve) and _DETERMINED_NOUN_BEFORE.search(text, max(lo, vs - 40), vs) is not None


def _no_speech_verb_at(text: str, lo: int, vs: int, ve: int, hi: int) -> bool:
    """A speech verb's word text[vs:ve], in the sentence text[lo:hi], that is no verb of speech here:
    a thing announced in the passive ("A competition … has already been announced; …": an act in a
    report), an adjective before its noun ("a number of promising investment projects", "the most
    encouraging results"), or a plural noun ("one of the strongest states in the world";
    `_plural_noun_after_preposition`)."""
    form = text[vs:ve]
    if form in _ACT_PARTICIPLES:
        return _a_thing_announced(text, lo, vs, ve, hi)
    if form == "added" and text.startswith(" to ", ve):
        # (ninety-second 71401: "In October, 251 health facilities were added to the list of …": things put
        # on a list, a passive; no one adds words to anything)
        return text.endswith((" were ", " was ", " been ", " be ", " being "), lo, vs)
    if form == "listed" and text.startswith((" in ", " on ", " among ", " as "), ve):
        # (hundred-first: "The buildings will be listed in a new programme for relocating …": things put on a
        # list, a passive, as "were added to the list"; no one lists words)
        return text.endswith((" were ", " was ", " been ", " be ", " being ", " is ", " are "), lo, vs)
    if form in _ADJECTIVE_PARTICIPLES:
        return _BEFORE_AN_ADJECTIVE.search(text, max(lo, vs - 16), vs) is not None
    return form[-1] == "s" and (ve - vs == 6 and form == "states" and _states_a_noun(text, lo, vs, ve)
                                or _plural_noun_after_preposition(text, lo, vs, ve))


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


def _plural_noun_after_preposition(text: str, lo: int, vs: int, ve: int) -> bool:
    """The -s form text[vs:ve] heads a noun phrase after a preposition: after one or two lower-case
    words with no determiner, a form that is as often a plural noun ("the need for security
    guarantees for our country", "requests for asylum"), with no "that", colon or quotation after
    it; or any -s form after an -ing word ("problems remain with … kindergartens with waiting lists
    of 17,000 children"). Not "X guarantees that …", whose subject would be a person."""
    form = text[vs:ve]
    if form in _PLURAL_NOUN_FORMS and not _STATES_WHAT.match(text, ve) \
            and _NOUN_AFTER_PREPOSITION.search(text, max(lo, vs - 40), vs) is not None:
        return True
    return text.endswith("ing ", max(lo, vs - 4), vs) \
        and _PREPOSITION_GERUND_BEFORE.search(text, max(lo, vs - 32), vs) is not None


_IN_A_CONDITION = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+[^,;:.]*\Z")
"""What comes before a passive that a condition holds ("… if northern wage premiums were paid"), also at the
sentence's head ("If a decision is made to disconnect …, it must be applied to …", hundred-twentieth 74853)."""
_A_SUBJECT_OF_DISCUSSION = re.compile(
    r"\b(?:was|were|is|are|became|remained)\s+(?:also\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:subject|topic)s?\s+of\s+"
    r"(?:the\s+)?(?:discussions?|talks|conversations?|consultations)\b")
"""'Security in the republic was also a subject of discussion.': an agentless passive in other
words ('was also discussed'), what the meeting spoke of, no one's report."""
_TOPIC_DISCUSSED = re.compile(
    r"[^;:]*?\b(?:was|were)\s+(?:also\s+|then\s+|further\s+)?(?:\w+ly\s+)?(?:discussed|touched\s+(?:up)?on)\b(?!\s+by\b)")
"""'Gas infrastructure development was also discussed at the meeting.': a whole sentence that only
names the meeting's next topic, with no agent: the meeting turns to it, and what follows is no
longer known to be the report carried on before it (not 'The plan was discussed with residents')."""
_AN_ORDER = re.compile(r"(?:[\w’'.-]+\s+){1,5}?(?:instructed|directed|ordered|tasked)\s+(?:the\s+)?[\w’'.-]+")
"""A statement that opens with one person's order ("The President instructed the Ministry to …")."""
_TOPIC_ALSO_COVERED = re.compile(
    r"[^;:]*?\b(?:was|were)\s+also\s+(?:covered|addressed|reviewed|considered|raised)"
    r"(?:\s+(?:at|during|in)\s+the\s+(?:meeting|talks|conversation|discussion))?\s*[.!]?\s*$")
"""'The procedure for establishing disability status was also covered.' (hundred-fourth): the meeting's
next topic in other words, a whole sentence that ends there; not '… were also covered by the programme'."""
_FRONTED_APPOSITION = re.compile(r"An?\s+[^,;:.“”\"]{2,80},\s+")
"""A describing phrase that opens the sentence before the office and the name ("A former Chief
Constable of the capital, the Home Secretary, Dame Ruth Halloran, was clear that …", hard19)."""
_AGED_BEFORE = re.compile(r"\d{1,2}-year-old\s+$")
"""A young person's age written before his name ("14-year-old Mark X"): whom "the boy" names."""
_SPLIT_ATTRIBUTION_REST = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|told|said|wrote|put\s+it)(?:\s+(?:the\s+)?[A-Za-z-]+){0,2},\s")
"""After a pronoun set off by commas, its verb (a past form) and at most two words of an addressee,
then a comma: the attribution splits its statement ("the Government, he promised, would …", "…, she
told Cabinet, …")."""
_TOPIC_CAME_UP = re.compile(
    r"[^;:,“”\"]*?\b(?:also|too)\s+(?:featured|came\s+up|figured)\b(?:\s+(?:too|as\s+well|briefly|in\s+the\s+"
    r"(?:talks|discussion|conversation|meeting|call)))?\s*[.]?\s*$"
    r"|[^;:,“”\"]*?\b(?:featured|came\s+up|figured)\s+(?:too|as\s+well)\s*[.]?\s*$")
"""'The situation in Varenza also featured.', 'Domestic political matters also came up.': a whole sentence
that names the meeting's next topic with a verb of its own, no one's (hard19; as `_TOPIC_DISCUSSED`)."""
_THERE_WAS_TALK = re.compile(
    r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,4}?,\s+)?[Tt]here\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?"
    r"(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:exchanges?\s+of\s+(?:views|opinions|information|assessments)|discussions?|"
    r"dialogue|debate|talks|consultations|negotiations)\b")
"""'There was also a substantive exchange of views on …', 'During the meeting, there was a discussion of …',
'There were also talks on …': the meeting's talk told as what there was (as 'views were exchanged'), no one's report."""
_ON_THE_AGENDA = re.compile(r"[^.;:]*?\b(?:was|were)\s+(?:also\s+)?(?:high\s+)?on\s+the\s+agenda\b")
"""'Energy security was also on the agenda (of the meeting).': what the meeting spoke of (as 'was
discussed'), told in the past; no one's report ('The issue remains on the agenda' is left alone)."""
_ONGOING_PROCESS = re.compile(
    r"(?:Negotiations|Talks|Consultations|Discussions)\s+(?:on|with|over|about|regarding)\s+[^.;:]{3,160}?\s+"
    r"(?:are|remain)\s+(?:currently\s+|now\s+|already\s+|still\s+)?(?:underway|under\s+way|ongoing|in\s+progress)\b")
"""'Negotiations on international grants of $11 billion are underway': a process going on, told in a
report (no article: not the readout's own talks, "The talks are underway in the Kremlin")."""
_AGENDA_OF_THE_TALKS = re.compile(
    r"(?:[A-Z][\w ]{0,20},\s+)?(?:the|The)\s+agenda\s+of\s+(?:the|their|this|today[’']s)\s+(?:[\w-]+\s+)?"
    r"(?:talks|meeting|meetings|negotiations|conversation|visit|summit|session|call)\b")
"""'In addition, the agenda of the talks between the leaders … included …': what the meeting spoke of
(the agenda its subject), told as 'was on the agenda' is; no one's report carried on."""
_MEETING_TOPIC = re.compile(
    r"(?:One\s+of\s+)?(?:The|An?|the|Another)\s+(?:[\w-]+\s+){0,2}?(?:topics?|issues?|themes?|items?|matters?|questions?)\s+"
    r"(?:of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:meetings?|talks|conversations?|negotiations|discussions?|call|visit)\b"
    r"|(?:raised|discussed|addressed)\s+by\s+(?:the\s+)?(?:speakers|participants|parties|sides|leaders|interlocutors)\b"
    r"|on\s+(?:the|their|its)\s+(?:[\w-]+\s+)?agenda\b)"
    r"|(?:The|Their|Its)\s+(?:[\w-]+\s+)?agenda\s+(?:also\s+)?(?:included|covered|featured|comprised|encompassed)\b")
"""'The key topics of the meeting were defense and …', 'An important topic raised by the speakers was …',
'Another issue on the agenda concerned Nagorno-Karabakh.', 'The agenda also included …': what the meeting
spoke of (as 'X was discussed'), no one's report."""


def _talk_of_the_meeting(sentence: str) -> bool:
    """The sentence tells, with no agent, what the meeting spoke of: "Security in the republic was
    also a subject of discussion.", "There was also a substantive exchange of views on …", "Energy
    security was also on the agenda.", "In addition, the agenda of the talks … included …": no one's
    report (each form tried only where its words are)."""
    if ("ubject of" in sentence or "opic of" in sentence) and _A_SUBJECT_OF_DISCUSSION.search(sentence):
        return True
    if "here w" in sentence[:60] and _THERE_WAS_TALK.match(sentence):
        return True
    if ("featured" in sentence or "came up" in sentence or "figured" in sentence) and _TOPIC_CAME_UP.match(sentence):
        return True  # "The situation in Varenza also featured.", "Domestic political matters also came up."
    return "agenda" in sentence and (_ON_THE_AGENDA.match(sentence) is not None
                                     or _AGENDA_OF_THE_TALKS.match(sentence) is not None)


_MEETING_ITSELF = re.compile(
    r"(?:The|This|That|Today's|Today’s|On\s+the\s+same\s+day,\s+the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:meeting|talks|conversation|call|visit|negotiations|consultations|ceremony|session|summit)\s+"
    r"(?:was\s+(?:also\s+)?attended\s+by|were\s+(?:also\s+)?attended\s+by|lasted|took\s+place|was\s+held|were\s+held)\b")
"""'The meeting was attended by …', 'The talks lasted two hours.', 'The conversation took place …': the
readout tells of the meeting itself (`_readout_moves_on`)."""
_GOES_SOMEWHERE = re.compile(r"\s+(?:then\s+|also\s+|later\s+|subsequently\s+|afterwards\s+)?"
                             r"(?:visited|toured|was\s+joined\s+by)\b")
"""'The President then visited …', 'He also toured …': a person named goes somewhere (`_readout_moves_on`)."""
_PLANNED_WORDS = frozenset(("expected", "planned", "scheduled"))
_MEETING_WORD = re.compile(r"\b(?:meetings?|visits?|talks|summits?|calls?|conversations?|conferences?|sessions?|"
                           r"consultations|negotiations|round|trip|forum|contacts?)\b", re.IGNORECASE)
_LOST_OPENING_CLOSER = re.compile(r"[,!?…][\"”] +[a-zA-Z]")


def _has_quote_mark(text: str, lo: int, hi: int) -> bool:
    return any(c in DOUBLE_MARKS for c in text[lo:hi])


_CONNECTIVE = re.compile(
    r"(?:In particular|In addition|Also|As for|As to|As regards|However|But|At the same time|Moreover|Furthermore|Besides|"
    r"Therefore|Thus|Hence|After all|Accordingly|In this regard|In this context|In this connection|"
    r"At present|Meanwhile|Nevertheless|Consequently|Otherwise|Instead|Indeed|Of course|Still|Yet|"
    r"According to|Any |It is|This is|This would|This will|This [a-z]+s\b|This included|That is|There is a need|"
    r"For example|For instance|(?!Early|Only|Rally|Italy|July)[A-Z][a-z]+ly(?=,))\b")
# "Also today, the Embassy resumed its work": the readout moves on to other news
_LEADING_ADVERBIAL = re.compile(
    # (hundred-twenty-third: "Later in the day she visited the flooded towns.", "After that he toured the plant.":
    # a time phrase with no comma before the subject, as "Later," is; longer forms before "Later")
    r"(?:Later (?:in the day|that day|that evening|in the evening|on)|Afterwards|After that|The (?:next|following) day"
    r"|In the (?:morning|afternoon|evening)"
    r"|In addition|Additionally|Also|Moreover|Furthermore|Besides|At the same time|Then|Later|All told"
    r"|To this end|For this purpose"  # ("To this end, the President initiated …": he acts)
    r"|(?:First|Second|Third|Fourth)(?:ly)?(?=,)"  # ("Secondly, the army should …": a list's next point, not a name)
    r"|Last (?:year|month|week)),?\s+")  # ("Last year bilateral trade grew …": a time, not a name)
_NOW_OPENING = re.compile(r"(?:Currently|Presently|Recently|Separately|Subsequently),\s+")
"""A time adverb opening a sentence before its subject, as "In addition," does (`_body_acts`)."""
_EARLIER = re.compile(
    r"(?:Last|Earlier|Previously|This past|Since|To date|So far|Over the (?:past|last)|In (?:early |late )?(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4})|On (?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December))\b")
"""A time before the meeting opening a sentence: it tells what someone did then."""
_STANCE_VERBS = frozenset(
    """know knows knew believe believes believed think thinks thought expect expects expected hope hopes hoped
    made makes call calls called thank thanks
    thanked congratulate congratulates congratulated welcome welcomes welcomed condemn condemns condemned praise
    praises praised urge urges urged invite invites invited wish wishes wished""".split()) \
    | frozenset(word for word, kind in RARE_KIND.items() if kind not in _NOT_STANCE_KINDS)
"""Verbs that take a stance rather than report: what follows them in a paragraph is
the readout's own background, not more of the speaker's report."""
_SPEECH_PARTICIPLE_OPENING = re.compile(
    r"(?:Noting|Pointing\s+out|Stressing|Emphasi[sz]ing|Underlining|Underscoring|Highlighting|Recalling|Observing|"
    r"Reiterating|Reaffirming|Acknowledging|Saying|Arguing|Insisting|Warning|Explaining|Adding)\s+that\s")
"""A sentence that opens with a speech participle and its that-clause ("Pointing out that …, X told …:")."""
_SPEECH_PARTICIPLE_INITIALS = frozenset("NPSEUHROAIWE")
_ORDINAL_OPENING = re.compile(r"(?:First|Second|Third|Fourth|Fifth)(?:ly)?,\s")
"""A paragraph that opens as the next point of a list ("Firstly, …", "Secondly, …")."""
_PROPOSED_POINT = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly)(?:ly)?,\s[^.;:]{0,120}?"
    r"\b(?:should|must|ought to|needs? to|have to|has to)\s")
"""A sentence that is the next point of a proposal or an agenda ("First, the two sides should
improve the legal framework …", "Second, they should expand …"): what the speaker wants done,
its subject the parties the point is for, not a group that acts."""
_PRESENTS_REPORT = frozenset(
    """report reports reported inform informs informed brief briefs briefed describe describes described
    explain explains explained update updates updated present presents presented discuss discusses discussed""".split())
"""Verbs that open an official's report to the meeting: the paragraphs after one that is
that report to its end may go on with it (`_report_carries_over`)."""
_TOLD_ABOUT = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:about|of)\s")
"""After "told": the one told, named or by office ("the President"), then "about" or "of" and the
topic: a report presented (`_report_at_end`)."""
_TOLD_THE_HOST_THAT = re.compile(r"\s+(?:the\s+)?(?:President|head\s+of\s+state|Head\s+of\s+State|"
                                 r"[A-Z][\w’'.-]*\s+[A-Z][\w’'.-]*)\s+that\s")
"""After "told": the President (by office or full name), then "that": an official's report told to the
host ("The Governor told the President that the regional economy had grown …"), presented as "informed
… that" is (`_report_at_end`)."""
_OWN_PLACES = ("the region ", "the city ", "the republic ", "the oblast ", "the territory ")
"""The place an official heads, as a report of theirs names it (`_reporters_place_acts`)."""
_TELLS_ON = frozenset("said says added adds".split())
"""Plain verbs of saying that go on with a report a paragraph before opened ("Mr X briefed
the President on the region. / Mr X said that growth …")."""
_NO_SUBJECT_BEFORE = frozenset(
    """of for to with by from on at in into among between about against having including""".split())
"""Words after which no subject comes: what follows them is an object, not a clause."""
_CLAUSE_AFTER_CONJUNCTION = re.compile(r"(?:[,;]\s*(?:and|but|while|whereas)?|\b(?:while|whereas))\s+(?:[Tt]he|[Tt]hese|[Tt]hose)\s")
_CUE_CLOSES = re.compile(r"\s*(?:[,.;!?…]|$|(?:as|when|while|during|after|before|following|today|yesterday|at|in|on)\b)")
"""After a cue that closes what was said before it: the sentence's end, a comma ("…,
he said, adding …") or only when or where it was said."""
_IN_ALL = ("All told,", "All in all,")
"""Openings that sum up, not a group ("All told, this applied to over 200 acts")."""
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) $")
"""A possessive right before a speech verb's form: the form is a noun ("her report", "his address")."""
_POSSESSIVE_NOUN_BEFORE = re.compile(r"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our) (?:[a-z-]+[^\Ws] ){1,2}$")
"""A possessive and one or two words that are no plural before a bare form ("her annual performance
report"): the form is the noun they qualify (not "his officials report", nor "his team reported")."""
_VERBS_AS_NOUNS = frozenset("report address comment remark appeal request call reply answer pledge promise plea".split())
"""Bare forms of speech verbs that are also nouns ("her annual report", "his televised address")."""
_REPORTING_VERBS = frozenset("reported reports said says told tells informed briefed explained".split())
"""The verbs of a report of facts that a joined paragraph's middle turn carries on (`_middle_reports_go_on`)."""
_NEWS_OF_THE_DAY = re.compile(
    r"(?:Also|Earlier|Later|Meanwhile|In addition)?,?\s*(?:today|yesterday|tonight|this (?:morning|afternoon|evening|week)|"
    r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b(?![’']s\b)(?!,?\s+there\s+(?:is|are)\b)"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:is|are)\s+(?!\w+ing\b|being\b|expected\b|scheduled\b|due\b|planned\b))"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:has|have)\s+(?:its|their|an?|no|more|over|about|\d)\b)"
    r"(?!,\s+(?:[\w’'-]+\s+){1,4}(?:include|includes|account\s+for|accounts\s+for)\s+(?:the|an?|\d|more|over|about)\b)",
    re.IGNORECASE)
"""("Today’s test rate is 118 tests …": a possessive of the day qualifies a figure of a report, no news;
nor "Today, there are two hotels and a camping site there …": what there is now, in a report, not what
happened today; nor "Today, Kastravia is one of the strongest states …": what a thing is now, a claim in a
report, unless it is an event under way or due: "Today, the President is visiting …", "… is expected to …"; nor
"Today, every hospital has its own team of specialists.": what a thing has now (ninety-sixth), not "has signed"; nor
"Today, the most popular services include the provision of …": what a thing includes now (hundred-fourth))"""
_ANNOUNCED_TODAY = re.compile(r"\b(?:[Tt]oday[’']s\s+announcements?|announcements?\s+today|announced\s+today)\b")
"""("The implementation of the Strategy includes today’s announcement of $44.5 million …", "… the
funds announced today"): the day's news the readout gives, not anyone's words carried on."""
_SOURCE_CONNECTIVES = frozenset({"Therefore", "Thus", "However", "Also", "In addition", "Moreover", "Furthermore",
                                 "At the same time", "In particular", "Meanwhile", "Besides", "Hence", "Consequently",
                                 "In this regard", "In this context", "Accordingly", "So", "Besides that"})
"""Connectives that may open a sentence before its "according to X," source."""
_NTH_CONTACT = re.compile(
    r"(?:This|It) (?:is|was) the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+th|next|"
    r"latest|last) (?:[\w-]+ ){0,2}?(?:conversation|meeting|call|visit|talks|contact|summit|round)s?\b")
"""A readout counting its meeting ("This is the second conversation between the leaders
since the beginning of the year"): narrative, no one's words."""
_MODAL = re.compile(r"\s(?:must|should|would|cannot)\s")
_BODY_MAY = re.compile(r"\s(?:may|might|could|can|cannot|must|should)\s")
"""A modal right after (or read into) a body's name as subject ("At the same time, the Security
Council may need to adopt a new resolution …"): what the body may or must do, an argument carried
on from the speaker, not the readout's word on what it did (`_body_acts`)."""
_ARGUES = re.compile(
    r"\b(?:must|should|would|need to|needs to|has to|have to|cannot|can't|is important|are important|"
    r"is vital|is necessary|is essential|is crucial|is unacceptable|is possible|is impossible|"
    r"important|vital|necessary|essential|crucial|unacceptable|inadmissible|obvious|clear that)\b")


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


def _add_in_order(cues: list[Cue], more: Iterable[Cue | None]) -> None:
    """Add to `cues` the cues of a rarer kind (None: none was found), keeping them in the order of their verbs."""
    added = [cue for cue in more if cue is not None]
    if added:
        cues.extend(added)
        cues.sort(key=lambda c: c.verb_start)


@dataclass
class Found:
    """A statement before speaker names are final."""

    person: Person | None
    kind: str
    start: int
    end: int
    paragraph: int
    chain: int | None = None  # id of a multi-paragraph quotation


def _names_ahead(cue: Cue, last: Cue) -> bool:
    """`cue`'s subject is "he" or "she" that the cue closing the sentence names ("Speaking
    after the talks, she told journalists …, Senator X said."): the pronoun looks ahead."""
    phrase = cue.phrase
    if cue is last or phrase is None or phrase.kind != "pronoun" or phrase.text.lower() not in ("he", "she"):
        return False
    gender = last.person.gender if last.person is not None else None
    return gender is None or phrase.gender is None or gender == phrase.gender


class Attributor:
    """Reads one body of text and collects its statements."""

    def __init__(self, text: str, participants: tuple[Participant, ...] = (), title: str = "") -> None:
        self.text = text
        self.title = title
        self.people = People(participants)
        self.found: list[Found] = []
        self.carried_starts: set[int] = set()  # where a report carried on over a sentence begins
        self.mourned: list[Person] = []  # whom a condolence title mourns (hundredseventh 54801)
        self.subjects: list[Person] = []  # sentence subjects so far, for pronouns
        self.mentions: list[tuple[Person, int, int]] = []
        self.last_speaker: Person | None = None
        self.last_statement_paragraph = -1
        self.name_counts: dict[int, int] = {}
        self.name_spans: list[tuple[int, int, Person]] = []  # every name found, in order
        self.name_starts: list[int] = []
        self._sentence_cues: tuple[int, list[Cue]] | None = None
        # starts of the sentences whose speaker's cue closes them ("…, X said at …")
        self._said_after: set[int] = set()
        self._said_this_at: tuple[Person, int] | None = None  # "X said this during …" (`_said_this_before`)
        self.sentence_lo = 0  # where the sentence being read starts
        self._bare_direct: Found | None = None  # the last unquoted direct speech ("I hope …, X said")
        # the end of the last sentence that carried a report on with a plural thing for its
        # subject ("The republic’s authorities are working …"), for a "They" right after it
        self._things_carried_to = -1
        self._turn_speakers: list[Person] = []  # who a transcript's labels named
        self.title_host: Person | None = None  # whom the title names first, not as a guest ("X met with Y")

    # ------------------------------------------------------------------ run

    def run(self) -> None:
        text = self.text
        paragraphs = split_paragraphs(text)
        quotes = find_quotes(text, paragraphs)
        stops = stop_marks(text)
        # one scan each for speech verbs and rarer cue words; sentences look them up
        feelings: set[bytes] = set()  # (which of `_FEELING_RUNS` the text holds: noted by the same scan)
        hits = cue_word_hits(text, feelings)
        self.verb_hits = [(a, b) for a, b, word in hits
                          if word not in RARE_KIND and not (word in FOCUS_FORMS and focused_as_a_state(text, a))]
        self.rare_hits = [(a, RARE_KIND[word]) for a, _, word in hits if word in RARE_KIND]
        self.verb_starts = [a for a, _ in self.verb_hits]
        self.rare_starts = [a for a, _ in self.rare_hits]
        # ("X is worried by …": `_concerns`; the words as runs first, so that most texts are
        # searched no further)
        self.concern_words = not feelings.isdisjoint(CONCERN_RUNS) \
            and (" worried " in text or " concerned " in text)
        # ("X was glad to hear that …": `_gladness`)
        self.critical_words = b"critical" in feelings and " critical of " in text
        self.effort_words = holds_effort_words(text)
        # (hard27's frames, stances and owned praise: `_cues` looks for them only in a text that holds their words)
        self.frame_words = " have it" in text \
            or (not feelings.isdisjoint(FRAME_NOUN_RUNS) and holds_any(text, FRAME_NOUNS_COMMA))
        self.stance_with_words = " at one with " in text or " firm with " in text
        self.earned_words = not feelings.isdisjoint(EARNED_NOUN_RUNS) and holds_any(text, EARNED_WORDS)
        self.glad_words = not feelings.isdisjoint(GLAD_RUNS) \
            and (" glad to " in text or " pleased to " in text or " happy to " in text or " delighted to " in text)
        self._collect_names(paragraphs)
        if paragraphs and text.find("he ", *paragraphs[0]) >= 0:  # (find: no copy of the paragraph)
            self._host_meets_namesake(*paragraphs[0])
        transcript: Person | None = None
        in_transcript = False
        answerer: Person | None = None  # who the last transcript label named, for an "A:"
        chain_id = 0
        listing: Person | None = None  # whose lead-in ("… several examples, including:") the last paragraph was
        reporter: Person | None = None  # whose report the last paragraph was, to its end
        ender: Person | None = None  # whose statement the last paragraph ended with
        # a paragraph of no statement after one that ender's statement ended: (person, its sentences, index, quotes)
        pending: tuple[Person, list[tuple[int, int]], int, list[Quote]] | None = None
        first_label: tuple[Person, int] | None = None  # the first speaker after a separator, and where
        message_by: Person | None = None  # whose unquoted message text the last paragraph was
        for index, (lo, hi) in enumerate(paragraphs):
            written_by, message_by = message_by, None
            listed_by, listing = listing, None
            reported_by, reporter = reporter, None
            ended_by, ender = ender, None
            waiting, pending = pending, None
            pquotes = quotes[index]
            if not (pquotes and pquotes[0].continued):
                chain_id += 1
            if in_transcript and _NOBODYS_LABEL.match(text, lo, hi):
                transcript = None  # "Question: …": someone unnamed asks; the next label answers
                continue
            if not in_transcript and text.startswith("Q", lo) and self.people.principal is not None \
                    and _NOBODYS_LABEL.match(text, lo, hi):
                # "Q: … A: …" under a title that names the spokesperson: a transcript of
                # their answers
                in_transcript, transcript, answerer = True, None, answerer or self.people.principal
                continue
            if in_transcript and answerer is not None and text.startswith("A", lo) \
                    and (answer := _ANSWER_LABEL.match(text, lo, hi)) is not None:
                transcript = self._speech(answerer, answer.end(), hi, index)  # "Q: … A: …": the spokesperson's
                continue
            label = self._transcript_label(lo, hi, quoted=not in_transcript, in_turns=in_transcript)
            if label is None and in_transcript and (text[lo].isupper() or self._lower_office_opening(lo, hi)):
                label = self._described_label(lo, hi)
            if label is None and in_transcript and self._turn_speakers and text[lo].isupper():
                label = self._label_with_a_full_stop(lo, hi)
            if label is not None:
                phrase, speech_start, quoted = label
                speaker = self._label_speaker(phrase, lo)
                if quoted:
                    # "Ida Morn, Executive Director, Tarsel Harbour Trust: “…”": her words,
                    # this paragraph only (a list of statements, not a transcript)
                    self._add_block(speaker, speech_start, hi, index)
                    continue
                if first_label is None and speaker is not None and self._after_separator(lo):
                    first_label = (speaker, lo)
                transcript, in_transcript = speaker, True
                answerer = speaker or answerer
                if speech_start < hi:
                    transcript = self._speech(transcript, speech_start, hi, index)
                continue
            separator = text[lo] in _SEPARATOR_MARKS and _SEPARATOR.match(text, lo, hi) is not None
            if in_transcript and index and _NARRATIVE_AFTER_CUT.match(text, lo, hi) \
                    and _CUT.fullmatch(text, *paragraphs[index - 1]):
                # "<…> / Following the meeting, the President instructed …": after a cut, a
                # paragraph with no label that opens as narrative ends the transcript
                in_transcript, transcript = False, None
            elif in_transcript and index and text[lo].isupper() and _CUT.fullmatch(text, *paragraphs[index - 1]) \
                    and self._told_after_cut(lo, hi):
                # "<…> / The minister also informed the President about …": a report of someone's
                # words with no one speaking in it ends the transcript too
                in_transcript, transcript = False, None
            if in_transcript:
                if separator:
                    in_transcript, transcript = False, None
                    continue
                if text[lo] == "(" and _STAGE_DIRECTION.fullmatch(text, lo, hi):
                    continue  # "(The President presented the state decorations.)": no one's words
                if _BARE_LABEL.fullmatch(text, lo, hi) or self._unmarked_label(lo, hi, paragraphs, index):
                    # "DTE Energy President and CEO Jerry Norcia:" on its own: a label the
                    # title hides a name in; the next speaker is that name, or no one known
                    transcript = self._named_in_label(lo, hi)
                    continue
                press = _PRESS_LABEL.match(text, lo, min(hi, lo + 120)) if text[lo].isupper() else None
                if press is not None:
                    named = phrase_starting_at(text, lo, lo + len(press.group(1)))
                    if named is not None and named.kind == "name" and len(named.name) >= 2 \
                            and named.end == lo + len(press.group(1)):
                        # "Inga Molnar, Vantoria Public Television: Mr President, …?": a journalist
                        # the transcript names asks; hers, not the last speaker's
                        transcript = self._label_speaker(named, lo)
                        if press.end() < hi:
                            transcript = self._speech(transcript, press.end(), hi, index)
                        continue
                if text[hi - 1].isalpha() and hi - lo <= 80 and _HEADING.fullmatch(text, lo, hi) \
                        and index + 1 < len(paragraphs) \
                        and self._transcript_label(*paragraphs[index + 1], in_turns=True) is not None:
                    transcript = None  # "Beginning of talks with delegations": a heading, no one's words
                    continue
                asker = _ASKER_LABEL.match(text, lo, hi) if text[lo].isupper() else None
                if asker is not None and text.find("?", asker.end(), hi) >= 0:
                    transcript = None  # "Reuters: … Do you have a comment?": a journalist asks, unnamed
                    continue
                if text[lo] == "”" and (owner := self._pull_quote_owner(lo, hi)) is not None:
                    # a pull-quote set inside the next speaker's turn repeats words said before it:
                    # theirs who said them; the turn goes on after it
                    self._add_block(owner, lo, hi, index)
                    continue
                transcript = self._speech(transcript, lo, hi, index)
                continue
            if separator:
                continue
            if not pquotes and index and (written_by is not None or text[paragraphs[index - 1][1] - 1] in ":."):
                # ("The message reads: / Alexander Ivanov was a true leader … / I believe …": the
                # message's words with no quote marks; only after a lead-in or such a paragraph)
                sender = self._unquoted_message_by(written_by, index, lo, hi)
                if sender is not None:
                    self._add_block(sender, lo, hi, index)
                    message_by = sender
                    continue
            inner = self._transcript_inside(lo, hi) if text.find(": ", lo, hi) >= 0 else None
            if inner is not None:
                # "The talks began in a restricted format. President of Russia Vladimir Putin: …":
                # a source that joins the paragraphs after the lead starts its transcript
                # inside one; the narrative before the first label is read as narrative. With
                # no lead, that joined body is the first paragraph (ninety-sixth: "… awarded to
                # his son posthumously.*** President of Russia Vladimir Putin: Mr Zhoga, …")
                body_hi, hi = hi, inner[0]
                pquotes = [q for q in pquotes if q.open_mark < hi]
            protected = [(q.open_mark, q.close_mark if q.close_mark is not None else hi)
                         for q in pquotes if q.close_mark is not None or q.continues]
            prev_statement_sentence = False
            previous: tuple[int, int] | None = None
            earlier: tuple[int, int] | None = None  # the sentence before `previous`, if it stands alike
            q = 0
            sentences = split_sentences(text, lo, hi, protected, stops)
            for s0, s1 in sentences:
                while q < len(pquotes) and pquotes[q].open_mark < s0:
                    q += 1
                first = q
                while q < len(pquotes) and pquotes[q].open_mark < s1:
                    q += 1
                squotes = pquotes[first:q]
                self.sentence_lo = s0  # (for a pronoun that means the sentence's subject)
                # ("… by X during a speech at the Forum “Ukraine 30. Safe Community” …": a
                # quoted name is no one's words)
                said_by = None if text[s0] not in "TI" or squotes and not _terms_only(text, squotes, 0, s1) \
                    and not _event_names_only(text, squotes, s0) else _SAID_BY.match(text, s0, s1)
                if said_by is not None and text[s0] == "I" and _THAT_AFTER_AGENT.match(text, said_by.end(), s1):
                    # "It was stressed by the Prime Minister that …": an impersonal passive with its agent
                    # and its content, the agent's statement (not "It was stated by X at …", where only)
                    said_by = None
                if said_by is not None:
                    # "… This was stated by President X at a meeting …": the sentence
                    # before is X's; this one only says where and when
                    made = self._said_before(said_by, previous, index, s1)
                    if made and earlier is not None and earlier[0] == lo and previous is not None:
                        self._lead_goes_back(earlier, previous, index)
                else:
                    made = self._sentence(s0, s1, squotes, index, chain_id, prev_statement_sentence, lo)
                    if not made and self._said_this_at is not None:
                        made = self._said_this_before(s0, s1, previous, index)
                prev_statement_sentence = made
                # (a lead with a quoted term, "blocking Ukraine's “green corridors”", may still be
                # the words of the "This was stated by X" after it: terms are no one's quotation)
                earlier = previous
                previous = None if made or squotes and not _terms_only(text, squotes, 0, s1) else (s0, s1)
            if len(sentences) > 2:
                self._carry_on(sentences, index, pquotes)
                self._lost_openings(sentences, index)
            if len(sentences) > 1 and self._said_after:
                self._lead_up(sentences, index, pquotes)
            if len(sentences) > 1:
                self._report_goes_on(sentences, index, pquotes)
            if len(sentences) > 3 and len(self.found) > 2 and self.found[-3].start >= lo:
                self._middle_reports_go_on(sentences, index, pquotes)
            if reported_by is None and ended_by is not None and text[lo] in "FST" \
                    and _ORDINAL_OPENING.match(text, lo, hi) is not None:
                # "The President singled out several priorities …" / "Firstly, the army should
                # be reequipped. …" / "Secondly, …": the points of the account that ended the
                # paragraph before, one paragraph each, go on with it
                reported_by = ended_by
            if reported_by is not None:
                self._report_carries_over(reported_by, sentences, index, pquotes)
            elif ended_by is not None and len(sentences) > 1:
                self._leads_on(ended_by, sentences, index, pquotes)
            if reported_by is None and ended_by is not None and text.startswith("In particular, ", lo):
                self._in_particular(ended_by, sentences[0], index, pquotes)
            if waiting is not None:
                self._lies_between(*waiting)
            elif ended_by is not None and self.found[-1].end <= lo and not self._takes_stance(self.found[-1]):
                pending = (ended_by, sentences, index, pquotes)
                if text.find(" also ", lo, min(sentences[0][1], lo + 60)) >= 0 \
                        and self._adds_to_account(*pending):
                    pending = None
            ender = self._ended_by(sentences, index, hi)
            reporter = self._report_at_end(sentences, index, ender, reported_by) if ender is not None else None
            if listed_by is not None or text[hi - 1] == ":":
                listing = self._listed(listed_by, index, lo, hi)
            if inner is not None:
                speaker = self._label_speaker(inner[1], inner[0])
                transcript, in_transcript = speaker, True
                answerer = speaker or answerer
                transcript = self._speech(transcript, inner[2], body_hi, index, joined=True)
        if first_label is not None and self.people.unnamed_holders():
            self._name_the_holder(*first_label)
        self._settle_chains()

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
                and self._together(*sentences[0]):
            first = 1  # "The two leaders’ talks were focused on Iraq. Mr X told … He said … The
            # Iraq situation was also to be discussed …": the report opens after what they did together
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
        if _EARLIER.match(self.text, opener.start, s1):
            return  # "Last month, the Vice President encouraged …": what follows is background
        cue = next((c for c in self._cues(opener.start, s1) if c.person is person), None)
        if cue is None or self.text[cue.verb_start:cue.verb_end].lower() in _STANCE_VERBS:
            return  # "The President knows …", "made clear …", "called for …": a stance, not a report
        rest = sentences[first + 1:]
        if first:
            if cue.phrase is None or cue.phrase.start != opener.start:
                return  # (after the pair's sentence, only a report whose speaker opens it: "In recognition
                # that …, the Vice President informed … The assistance will be implemented …" is the readout's)
            # (and up to the first sentence no one speaks or the pair acts in: after "Attention was drawn
            # to …" what follows is no longer known to be theirs)
            stop = next((i for i, (r0, r1) in enumerate(rest)
                         if self._spoken_by_no_one(r0, r1) or self._together(r0, r1)), len(rest))
            rest = rest[:stop]
        self._carry_report(person, rest, paragraph, quotes, k, together_ends=True)
        self._last_report_goes_on(person, sentences, paragraph, quotes)

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
            cue = next((c for c in self._cues(s0, s1) if c.person is this.person), None)
            if cue is None or text[cue.verb_start:cue.verb_end].lower() not in _REPORTING_VERBS \
                    or _EARLIER.match(text, s0, s1):
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
                             quotes: list[Quote]) -> None:
        """In a paragraph that opens with one person's report and where someone else reports
        after it (a reported meeting whose paragraphs the source joined: "The President noted
        … . The Governor said … . … The governor also reported that the church had been
        restored. The church was finished after …. For many years, the church was
        dilapidated …"), the paragraph's last report goes on to its end as the first does:
        the sentences after it in which no one acts or speaks are its reporter's."""
        found = self.found
        last = self._report_carried_from(len(found) - 1)
        if found[-1].end >= sentences[-1][0] or last.person is None \
                or last.person is opener \
                or last.kind != "indirect" or last.start in self.carried_starts:
            return  # (nothing after it, or the opener's report, carried to the end already)
        i = bisect_left([s1 for _, s1 in sentences], last.end)
        if i >= len(sentences) - 1 or skip_space(self.text, sentences[i][0], sentences[i][1]) != last.start:
            return  # the report does not open its sentence
        s0, s1 = sentences[i]
        cue = next((c for c in self._cues(s0, s1) if c.person is last.person), None)
        if cue is None or self.text[cue.verb_start:cue.verb_end].lower() in _STANCE_VERBS \
                or _EARLIER.match(self.text, s0, s1):
            return  # a stance, or background, not a report
        trailing = sentences[i + 1:]
        for j, (t0, t1) in enumerate(trailing):
            if self._has_cue_word(t0, t1):
                trailing = trailing[:j]  # ("The Harbour Coalition … announced a new fund.": a body speaks)
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
        return subject is not None and subject.kind == "group" and subject.text.lower() not in ("they", "these", "those") \
            and not _bodies_joined(subject) \
            and not _OUTSIDE_STATES.fullmatch(subject.text)  # (not "DOM.RF and the Ministry of Construction have launched …")

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
        self._carry_report(person, sentences, paragraph, quotes, k)

    def _carry_report(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                      quotes: list[Quote], k: int, together_ends: bool = False) -> None:
        """`person`'s report carried on over `sentences` (`k`: the first statement found
        from them on): each in which no one acts or speaks is theirs, until someone
        else speaks (or, with `together_ends`, the people who met act together)."""
        found = self.found
        opens = [quote.open_mark for quote in quotes]
        for s0, s1 in sentences:
            while k < len(found) and found[k].end <= s0:
                k += 1
            if k < len(found) and found[k].start < s1:
                if any(f.person is not person for f in found[k:] if f.start < s1):
                    return  # someone else speaks: the report is over
                continue
            if self.text[s0] in "FSTL" and _PROPOSED_POINT.match(self.text, s0, s1) is not None \
                    and not self._names_in(s0, s1):
                # (hard24: "Qiu put forward a three-point proposal … First, the two sides should improve
                # …. Second, they should expand …": the proposal's points, its group no one who acts)
                self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)
                self.carried_starts.add(s0)
                k = self._first_found_from(s0)
                continue
            if together_ends and self._together(s0, s1):
                return  # "The leaders continued their exchange of views …": the report is over
            if self._meeting_turns_to_a_topic(s0, s1):
                return  # "Gas infrastructure development was also discussed at the meeting.": a new topic
            if self._press_account(s0, s1):
                return  # "As the media notes, …": the press's account from here, not theirs
            if self.text[s0] == "A" and _describes_a_document(self.text, s0, s1):
                return  # "According to the bill, a fine … will be imposed …": the document's account from here
            if self.text.startswith(("The ", "This ", "Its ", "His ", "Her "), s0) \
                    and _WRITTEN_TEXT_READS.match(self.text, s0, s1) is not None:
                return  # "The message reads, in part:" (hard20): the lead-in to a text, no more of the report
            q = bisect_left(opens, s0)
            if q < len(opens) and opens[q] < s1 and (not _terms_only(self.text, quotes, q, s1)
                                                     or _ANONYMOUS_CUE.match(self.text, quotes[q].outer_end, s1)):
                continue
            if not self._goes_on_reporting(s0, s1, person):
                if self._readout_moves_on(s0, s1):
                    return  # "The meeting was attended by …", "The President then visited …": the report is over
                continue
            self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)
            self.carried_starts.add(s0)
            k = self._first_found_from(s0)

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
        if text.find(" visited ", lo, hi) < 0 and text.find(" toured ", lo, hi) < 0 \
                and text.find(" joined by ", lo, hi) < 0:
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
        if " also " in sentence and _TOPIC_ALSO_COVERED.match(sentence):
            return True
        return _talk_of_the_meeting(sentence)

    def _leads_on(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                  quotes: list[Quote]) -> None:
        """The sentences that open a paragraph before its first statement, between a
        statement of one person that ended the paragraph before and theirs that
        follows, carry their words on ("… Mr X said.", then "It is important not only
        to adopt the laws, but also to control them. The President expressed hope …"),
        when none names anyone, has a cue or a quotation other than a term, or tells
        what happened."""
        found = self.found
        k = self._first_found_from(sentences[0][0])
        if k == len(found) or found[k].person is not person or found[k].paragraph != paragraph:
            return
        lead = [(s0, s1) for s0, s1 in sentences if s1 <= found[k].start]
        opens = [quote.open_mark for quote in quotes]
        if not all(self._says_nothing_new(s0, s1, opens, quotes) for s0, s1 in lead):
            return
        for s0, s1 in lead:
            self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)

    def _lies_between(self, person: Person, sentences: list[tuple[int, int]], paragraph: int,
                      quotes: list[Quote]) -> None:
        """A paragraph with no statement between one that ended with a person's
        statement and one that opens with theirs carries their words on ("…, President
        X said at a meeting." / "The Interior Ministry is playing an increasingly
        important part …" / "The President also noted …"), on `_leads_on`'s terms."""
        found, text = self.found, self.text
        if not self._ends_as_a_sentence(sentences):
            return  # a heading, or a lead-in to a list or a quotation ("The message reads, in part:")
        k = self._first_found_from(sentences[-1][1])
        if k == len(found) or found[k].person is not person or found[k].paragraph != paragraph + 1 \
                or text[sentences[-1][1]:found[k].start].strip():
            return  # the next paragraph does not open with their statement
        opens = [quote.open_mark for quote in quotes]
        if not all(self._says_nothing_new(s0, s1, opens, quotes) for s0, s1 in sentences):
            return
        for s0, s1 in sentences:
            self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)

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
            self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)
        return True

    def _press_account(self, s0: int, s1: int) -> bool:
        """The sentence text[s0:s1] opens with the press as its source ("As the media
        notes, …", "According to the publication, …"), or with a body or figures
        ("According to the government, …", "According to preliminary estimates, …")."""
        text = self.text
        if text[s0] == "A" and _MEDIA_SOURCE.match(text, s0, s1) is not None:
            return True
        # (only where "ccording to" opens it or follows an opening connective: one search in C)
        return text.find("ccording to ", s0 + 1, min(s1, s0 + 40)) >= 0 \
            and _BODY_OR_FIGURES_SOURCE.match(text, s0, s1) is not None

    def _in_particular(self, person: Person, sentence: tuple[int, int], paragraph: int,
                       quotes: list[Quote]) -> None:
        """A paragraph that opens "In particular, …" right after one that ended with a
        person's report gives a detail of it ("Dmitry Medvedev announced that he has signed
        the Executive Order on developing the corporation …" / "In particular, the
        corporation will now engage in foreign trade deals …"): that sentence is theirs,
        when no one acts or speaks in it, no one is named and it tells of no event."""
        s0, s1 = sentence
        found = self.found
        k = self._first_found_from(s0)
        if k == 0 or k < len(found) and found[k].start < s1 or found[k - 1].person is not person \
                or found[k - 1].kind != "indirect" or self._takes_stance(found[k - 1]):
            return  # (the statement before is theirs, and reports: not "welcomed", "thanked")
        opens = [quote.open_mark for quote in quotes]
        if not self._says_nothing_new(s0, s1, opens, quotes) or not self._goes_on_reporting(s0, s1, person):
            return
        self._emit(person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)

    def _ends_as_a_sentence(self, sentences: list[tuple[int, int]]) -> bool:
        """The paragraph's last sentence ends with a full stop, a question or an
        exclamation mark (or a closing quotation or parenthesis): not a heading nor
        a lead-in ending with a colon."""
        s0, s1 = sentences[-1]
        return self.text[strip_tail(self.text, s0, s1) - 1] in ".!?…”\"’)"

    def _says_nothing_new(self, s0: int, s1: int, opens: list[int], quotes: list[Quote]) -> bool:
        """text[s0:s1] holds no quotation but of terms, no cue word, no one named and
        no event: a sentence that may carry on the words of whoever spoke around it."""
        q = bisect_left(opens, s0)
        return not ((q < len(opens) and opens[q] < s1 and not _terms_only(self.text, quotes, q, s1))
                    or self._has_cue_word(s0, s1, in_relatives=False) or self._names_in(s0, s1) or self._narrates(s0, s1)
                    or _WHAT_WAS_DONE.match(self.text, skip_space(self.text, s0, s1), s1))  # ("Journalists’ questions concerned …")

    def _takes_stance(self, found: Found) -> bool:
        """The statement's first speech verb takes a stance ("welcomed", "thanked",
        "called for"): what follows it is the readout's background, not more of what
        was said. (A look at the verbs found, not `_cues`, which resolves people.)"""
        k = bisect_left(self.verb_starts, found.start)
        if k == len(self.verb_starts) or self.verb_starts[k] >= found.end:
            return False
        start, end = self.verb_hits[k]
        return self.text[start:end].lower() in _STANCE_VERBS

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
        if skip_space(text, sentences[0][0], sentences[0][1]) >= found[k].start:
            j = bisect_left(self.verb_starts, found[k].start)
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
        if verb is None:
            if person is not carried and text.startswith("According to ", found[k].start) \
                    and found[k].start == skip_space(text, *sentences[0]):
                # "According to the Governor, the number of tourists increased." / "Natural
                # population growth reached 6,000 people.": a paragraph that opens with their
                # account, and is theirs to its end, is their report; the figures after it go on with it
                return person
            return person if person is carried else None  # (a paragraph that carried the report on)
        word = text[verb[0]:verb[1]].lower()
        if word in _PRESENTS_REPORT:
            return person
        if word in ("told", "tells") and (_TOLD_ABOUT.match(text, verb[1], sentences[0][1]) is not None
                                          or _TOLD_THE_HOST_THAT.match(text, verb[1], sentences[0][1]) is not None):
            # "Mr X told the President about the visit of an expert mission. / The mission was made up
            # of …": told about a topic, as "informed … about", his report presented
            return person
        # "Mr X briefed the President on … / Mr X said that …": the report told on; and so where
        # the one who says it presented their report earlier in the readout ("Mr X reported about
        # measures …" in the lead, then, after the President's remark, "As for financial results,
        # Mr X said …" and a paragraph of what was done: kremlin_63859)
        return person if word in _TELLS_ON and (person is carried or self._reported_before(person, k)) else None

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
        not a summing up ("These efforts build on …")."""
        if self._names_in(lo, hi) and not self._owners_only(lo, hi) and not self._mourned_only(lo, hi) \
                or self._tells_of_events(lo, hi) and not self._planned_in_report(lo, hi) \
                and not self._done_now_in_report(lo, hi) \
                or _WHAT_WAS_DONE.match(self.text, lo, hi):
            return False  # (but "The results are expected to be similar …": what the report foresees)
        text = self.text
        if _KIN_OR_CLERGY_SUBJECT.match(text, lo, hi):
            return False  # "Her mother died a long time ago.": someone the readout tells of acts
        if self._body_acts(lo, hi) and not self._reporters_place_acts(lo, hi, reporter) \
                or text[strip_tail(text, lo, hi) - 1:hi].startswith(":"):
            return False  # (and not a lead-in: "The message said, in part:")
        if text.find(" to ", lo, hi) >= 0 and _AGENTLESS_ORDER.search(text, lo, hi) is not None:
            return False  # "The Defence Ministry was told to draft …": an order with no one giving it

        if _PUBLISHER_SUBJECT.match(text, lo, hi) or self._lists_things(lo, hi):
            return False  # "The Administration will host …": the readout's own voice, not the report
        opening = self._opening_subject(lo, hi)
        for subject in (self._head_subject(lo, hi), self._sentence_subject(lo, hi), opening):
            if subject is not None and subject.kind != "thing" and not self._common_noun(subject) \
                    and not _an_amount_opens(text, subject) \
                    and not (subject.kind == "name" and text.startswith(("’s", "'s"), subject.end)) \
                    and not (subject.kind == "group" and _quantifies_a_thing(text, subject)) \
                    and not _owner_in_opening_phrase(text, subject, lo) \
                    and not self._spoken_of_in_report(subject, lo, hi, reporter) \
                    and not self._is_mourned(subject):
                return False  # (but "President X’s Jobs Plan includes …", "On the President’s instruction, …":
                # the plan, the instruction, what the report is about)
        if _EARLIER.match(text, lo, hi) and _acts(opening, text):
            return False  # "To date, federal agencies have taken …": what a body did, before
        # a cue whose subject is a body or a written text: that source speaks, not the reporter
        return all(cue.person is None and (cue.phrase is None or cue.phrase.kind == "thing"
                                           and not _acts(cue.phrase, text)
                                           and not _WRITTEN_SUBJECT.match(cue.phrase.text))
                   for cue in self._cues(lo, hi))

    def _reporters_place_acts(self, lo: int, hi: int, reporter: Person | None) -> bool:
        """After an opening connective, the place the reporter heads is the subject ("Governor of Tula
        Region X reported … . Moreover, the region has attracted two large investors."): what his report
        is about, not a body the readout tells of (`_body_acts`' "In addition, the Congress considered …").
        Guarded by the reporter's office naming the place's word."""
        if reporter is None or not reporter.roles:
            return False
        subject = self._head_subject(lo, hi)
        if subject is None or not subject.text.lower().startswith(_OWN_PLACES):
            return False
        place = subject.text.split()[1].lower()
        return any(role.endswith(place) or f" {place} " in role for role in reporter.roles)

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
            body = subject.name[0] if len(subject.name) == 1 and _ACRONYM.fullmatch(subject.name[0]) else None
        else:
            body = next((part for part in subject.text.split(" and ") if _ACRONYM.fullmatch(part)), None) \
                if _bodies_joined(subject) else None
        return body is not None and any(f" of {body}" in form for form in reporter.forms)

    def _opening_subject(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase after an opening phrase and its comma ("Concluding their
        travel, the First Lady and members of the delegation visited …"), whatever
        follows it."""
        first = _FIRST_WORD_OF.match(self.text, lo, hi)
        if first is None or not (first.group().lower() in _INTRO_WORDS or first.group().endswith("ing")):
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
            last = people or ({} if last and (self._together(s0, s1) or self._spoken_by_no_one(s0, s1)
                                              or _describes_a_document(self.text, s0, s1)
                                              or self._press_account(s0, s1)
                                              or self._meeting_turns_to_a_topic(s0, s1))
                              else last)
        before.append(last)
        opens = [quote.open_mark for quote in quotes]
        for i in between:
            s0, s1 = sentences[i]
            previous, following = before[i], after[i]
            if len(previous) != 1 or previous.keys() != following.keys() or -1 in previous:
                continue
            k = bisect_left(opens, s0)
            # (a quoted term in it, "they become eligible for “northern” wage premiums", leaves the
            # report going on, as in `_carry_report`; a longer quotation is someone's words)
            if (k < len(opens) and opens[k] < s1 and (not _terms_only(self.text, quotes, k, s1)
                                                      or _ANONYMOUS_CUE.match(self.text, quotes[k].outer_end, s1))) \
                    or self._has_cue_word(s0, s1) or self._names_in(s0, s1):
                continue
            if self._narrates(s0, s1) and not self._planned_in_report(s0, s1) or self._body_did(s0, s1):
                continue
            if self._what_the_praised_did(s0, s1) or _describes_a_document(self.text, s0, s1):
                continue
            if self._figures_after_an_order(s0, s1):
                continue  # "The President instructed … . As of late 2021, 6.7 million people were covered …"
            if _KIN_OR_CLERGY_SUBJECT.match(self.text, s0, s1):
                continue  # "The boy's mother died during the bombing …": someone the readout tells of acts
            self._emit(next(iter(previous.values())), "indirect", s0, strip_tail(self.text, s0, s1), paragraph,
                       remember=False)

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
        text = self.text
        sentence = text[lo:hi]
        if " is " not in sentence and " are " not in sentence:
            return False
        passives = list(_AGENTLESS_PASSIVE.finditer(sentence))
        if not passives or any(p.group().split()[0] not in ("is", "are") or p.group().split()[-1] not in _DONE_NOW_WORDS
                               for p in passives) \
                or _MEETING_WORD.search(sentence) or _NEWS_OF_THE_DAY.match(sentence):
            return False
        subject = self._head_subject(lo, hi)
        if subject is not None and subject.kind == "name":
            return self._common_noun(subject)  # ("Attention is paid …": a lone word, no one's name)
        return subject is not None and subject.kind == "thing" and not _acts(subject, text)

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
        return subject is not None and subject.kind == "thing" and not _acts(subject, text) \
            and not any(t[0].lower() in _NARRATIVE_HEADS for t in tokens(text, lo, min(hi, lo + 80))[:3])

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
        if subject is None or subject.kind != "thing" or not _acts(subject, self.text):
            return False
        verb = _WORDS_AHEAD.match(self.text, skip_space(self.text, subject.end, hi), hi)
        if verb is not None and verb.group() in ("also", "then", "further"):
            verb = _WORDS_AHEAD.match(self.text, skip_space(self.text, verb.end(), hi), hi)
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
               or self._narrates(s0, s1) for s0, s1 in lead):
            return
        for s0, s1 in lead:
            self._emit(first.person, "indirect", s0, strip_tail(self.text, s0, s1), paragraph, remember=False)

    def _listed(self, lead: Person | None, paragraph: int, lo: int, hi: int) -> Person | None:
        """The items of a list after one person's lead-in ("The President highlighted
        several examples, including:" and a paragraph per item) are theirs, up to a
        paragraph with a statement, a name or a lead-in of its own. Returns whose
        list the next paragraph may go on: this one's lead-in's speaker, or `lead`'s
        after an item. (Not after "The steps X announced include:", whose subject is
        the steps, nor "The two ministers also discussed:", no one's statement.)"""
        text = self.text
        k = self._first_found_from(lo)
        here = [f for f in self.found[k:] if f.start < hi]
        if text[hi - 1] != ":":
            if lead is None or here or self._names_in(lo, hi):
                return None
            if not _LIST_MARK.match(text, lo, hi) and self._tells_of_events(lo, hi):
                return None  # "The meeting ended at noon." after the items: the list is over
            subject = self._head_subject(lo, hi)  # ("Agencies …", "New rules …" read as names: items)
            if subject is not None and subject.kind in ("group", "description", "pronoun"):
                return None  # "The Council members used the rest of the meeting …": the list is over
            start = _LIST_MARK.match(text, lo, hi)
            self._emit(lead, "indirect", start.end() if start else lo, strip_tail(text, lo, hi), paragraph,
                       remember=False)
            return lead
        if not here:
            return self._verbless_lead_in(lo, hi)
        if here[-1].person is None or here[-1].kind != "indirect" or text[here[-1].end:hi].strip(" :"):
            return None
        last = word_back(text, max(lo, hi - 24), hi - 1)
        if last is not None and text[last[0]:last[1]].lower() in _NOT_A_LEAD_IN \
                and _SOURCE_OPENS.match(text, here[-1].start, hi) is not None:
            return here[-1].person  # "According to the Deputy Head, the key needs are:": his list
        return None if last is not None and text[last[0]:last[1]].lower() in _NOT_A_LEAD_IN else here[-1].person

    def _verbless_lead_in(self, lo: int, hi: int) -> Person | None:
        """"During the meeting, the President:" and a list whose first item opens with a
        speech verb ("- Reaffirmed …", "- Welcomed …"): the items are that person's
        (not "The leaders:", a group's)."""
        text = self.text
        item = _VERB_ITEM.match(text, hi)
        if item is None or item.group(1).lower() not in ALL_SPEECH_VERBS:
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

    def _has_cue_word(self, lo: int, hi: int, event_nouns: bool = False, in_relatives: bool = True) -> bool:
        """text[lo:hi] has a rarer cue word, or a speech verb's word that is not an
        adjective after an article ("The present objective is …"); with `event_nouns`, nor
        an -ing form after a determiner, the name of an event ("X said this during an online
        briefing at …": where he said it, no one's speech); without `in_relatives`, nor a verb
        of a restrictive relative clause on a common noun (`_in_a_generic_relative`)."""
        j = bisect_left(self.rare_starts, lo)
        while j < len(self.rare_starts) and self.rare_starts[j] < hi:
            at = self.rare_starts[j]
            if self.text.startswith("certain ", at) and _CERTAIN_AS_DETERMINER.search(self.text, max(lo, at - 12), at):
                j += 1  # ("should have a certain impact", "in certain regions": which one, no one's belief)
                continue
            if self.text.startswith("position", at) and self.text.endswith(_CHANGE_OF, max(lo, at - 11), at):
                j += 1  # ("it is more like a change of position or regrouping": troops moving, no one's stance)
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
                    or event_nouns and form.endswith("ing") and _GERUND_AS_EVENT.search(text, max(lo, vs - 30), vs) \
                    or not in_relatives and text.endswith(_RELATIVE_OPENERS, lo, vs) and _in_a_generic_relative(text, lo, vs):
                k += 1
                continue
            if (form not in _ALSO_ADJECTIVES or not _ARTICLE_BEFORE.search(text, max(lo, vs - 6), vs)) \
                    and has_complement(form, text, ve, hi) \
                    and not (text.find("(as ", max(lo, vs - 60), vs) >= 0 and _in_an_aside(text, vs, ve, lo, hi)):
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
        if any(m.end() >= end for m in _OPINION.finditer(text, start, end)):
            return True
        if _OPINION_OF.search(text, max(lo, at - 8), end + 5) is not None:
            return True
        return _OPINION_BEFORE.search(text, max(lo, at - 24), at) is not None

    def _narrates(self, lo: int, hi: int) -> bool:
        """The sentence tells what happened rather than what was said: a person or
        a group does something ("In addition, the President watched …", "The two
        leaders …"), a passive with no agent ("attention was drawn to …"), a meeting
        or the news of the day."""
        if self._tells_of_events(lo, hi) or self._group_acts(lo, hi):
            return True
        subject = self._head_subject(lo, hi)
        if subject is not None and subject.kind == "name" and self.text.startswith("Its ", subject.start):
            return False  # "Its GRP increased by over 10 percent …": a thing's figure, no one acting
        if subject is not None and subject.kind == "name" and len(subject.name) == 1 and not subject.role \
                and subject.start == lo and subject.text.isalpha() and subject.text[1:].islower() \
                and not subject.text.endswith("ing") and self.people.match_name(subject.name) is None \
                and not self._names_in(lo, hi):  # (not "Standing together …, the two leaders", "C-SIPA")
            return False  # "Terrorism remains one of the main threats …": a word opening it, no one named
        if subject is not None and subject.kind == "name" and len(subject.name) == 1 and not subject.role \
                and subject.start == lo and "-" in subject.name[0] and _LOWER_TAIL.search(subject.name[0]) \
                and self.people.match_name(subject.name) is None and not self._names_in(lo, hi):
            return False  # (hundred-first) "QR-codes are required in the region …": a compound, no one's name
        if subject is not None and subject.kind == "name" and len(subject.name) == 1 and not subject.role \
                and subject.start == lo and _word_before_its_place(subject) \
                and self.people.match_name(subject.name) is None and not self._names_in(lo, hi):
            return False  # (ninety-first) "Embankments on the Kama River … will be improved.": the word, its place
        return subject is not None and subject.kind in ("name", "description", "pronoun", "group")

    def _group_acts(self, lo: int, hi: int) -> bool:
        """The sentence tells what a group did: "Those present honored the memory of …",
        "In this regard, they exchanged views on …" (the people who met, a bare "they"
        with a verb of their meeting). Narrative: it carries on no one's words."""
        text = self.text
        if text[lo] in "TAE" and _THOSE_PRESENT.match(text, lo, hi):
            return True
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
        lead = _LEADING_ADVERBIAL.match(self.text, lo, hi)
        if lead is None and self.text.startswith("In general, ", lo):
            # (hundred-fourth: "In general, the Ministry plans to support …": a summing-up adverb, no military
            # general; the phrase after it heads the sentence)
            return phrase_starting_at(self.text, lo + 12, hi)
        return phrase_starting_at(self.text, lead.end() if lead else lo, hi)

    def _tells_of_events(self, lo: int, hi: int) -> bool:
        """A meeting in its first words, a passive with no agent ("attention was
        drawn to …") or the news of the day: what happened, not what was said."""
        text = self.text
        sentence = text[lo:hi]
        passive = _AGENTLESS_PASSIVE.search(sentence)
        while passive is not None and (_IN_A_CONDITION.search(sentence, 0, passive.start())
                                       or passive.group().endswith("focused") and _a_state_of_focus(sentence, passive)):
            # ("There would be more flexibility … if premiums were paid from day one": a condition
            # put, nothing that happened; "The region is focused on science and technology.": what
            # a thing is given to, in a report, not "Attention was focused on …")
            passive = _AGENTLESS_PASSIVE.search(sentence, passive.end())
        if passive or _NEWS_OF_THE_DAY.match(sentence):
            return True
        if "oday" in sentence and _ANNOUNCED_TODAY.search(sentence):
            return True  # "… includes today’s announcement of $44.5 million …": the day's news
        if _talk_of_the_meeting(sentence):
            return True  # "Security was also a subject of discussion.", "There was also an exchange of views …"
        if " also " in sentence and _TOPIC_ALSO_COVERED.match(sentence):
            return True  # "The procedure for establishing disability status was also covered.": the next topic
        if ("opic" in sentence[:40] or "ssue" in sentence[:40] or "heme" in sentence[:40] or "agenda" in sentence[:50]) \
                and _MEETING_TOPIC.match(sentence):
            return True  # "The key topics of the meeting were …", "Another issue on the agenda concerned …"
        if sentence.startswith(("This is the ", "This was the ", "It is the ", "It was the ")) \
                and _NTH_CONTACT.match(sentence):
            return True  # "This is the second conversation between the leaders …": the meeting counted
        if any(t[0].lower() in _NARRATIVE_HEADS for t in tokens(text, lo, min(hi, lo + 80))[:3]):
            # (but "Negotiations on international grants … are underway, …" in a minister's report:
            # a process he reports going on, no meeting of the readout's)
            return not (text[lo] in "NTCD" and _ONGOING_PROCESS.match(text, lo, hi))
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
        first = _FIRST_WORD_OF.match(text, lo, pos)
        if first is None or not (first.group().lower() in _INTRO_WORDS or first.group().endswith("ing")):
            return None
        end = max(text.rfind("’s", lo, pos), text.rfind("'s", lo, pos))
        if end <= lo:
            return None
        owner = phrase_ending_at(text, lo, end)
        return owner if owner is not None and owner.is_person and owner.kind in ("name", "description") else None

    def _owners_only(self, lo: int, hi: int) -> bool:
        """Everyone named in text[lo:hi] is named as an owner ("President X’s Jobs Plan"):
        what is theirs is spoken of, no one acts."""
        text = self.text
        k = bisect_left(self.name_starts, lo)
        return all(person.weak or text.startswith(("’s", "'s"), end) or text[end - 2:end] in ("’s", "'s")
                   for _, end, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])

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
        k = bisect_left(self.name_starts, lo)
        return any(not person.weak for _, _, person in self.name_spans[k:bisect_left(self.name_starts, hi, k)])

    # ---------------------------------------------------------- registry

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

    def _bare_office_meets_in_title(self, title: list[tuple[Phrase, bool]]) -> None:
        """A title that opens with a bare office meeting someone ("The President met with the
        Chairman of Gazprom's board of directors, Alexei Miller", ninety-ninth): the unnamed
        head of the office that publishes, whom every bare "the President" and "the President
        of Russia" means, not the guest, the only person the readout names; unless someone
        named holds the office, or the body names someone else who is not the guest."""
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
        end = min(hi, lo + 300)  # (the opening sentence)
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

    def _collect_names(self, paragraphs: list[tuple[int, int]]) -> None:
        """First pass: every titled or full name, so descriptions have people to match,
        and the readout's principal, whom a bare "the President" means."""
        title = [(p, after_with(self.title, p.start, p.end) or mourned_in_title(self.title, p.start)) for p in title_phrases(self.title)
                 if p.role or not (topic_of(self.title, p.start) or names_a_thing(self.title, p))]
        for phrase, _ in title:
            if phrase.kind == "name" and (phrase.role or len(phrase.name) >= 2):
                person = self.people.add_name(phrase, 1 << 40, confirmed=True)  # a title names people
                if person is not None and mourned_in_title(self.title, phrase.start):
                    self.mourned.append(person)
                if person is not None and not phrase.role and self.title.startswith(",", phrase.end):
                    office = appositive_office(self.title, phrase.start, phrase.end, 0, len(self.title))
                    if office is not None:  # "… with Sergei Lind, Minister for Roads, …": his office
                        person.learn(office, as_alias=False)
                if person is not None and not phrase.role and self.title.endswith(", ", 0, phrase.start):
                    office = office_named_before(self.title, phrase.start, phrase.end)
                    if office is not None:  # "… with the head of the Space Agency, Ivo Marr": his office
                        person.learn(office, as_alias=False)
        text, add_name, counts, spans = self.text, self.people.add_name, self.name_counts, self.name_spans
        for lo, hi in paragraphs:
            for match in CAP_RUN.finditer(text, lo, hi):
                base, stop = match.span()
                if stop - base > 14 and base - lo > 8 and text[base - 2].islower() and text.count(" ", base, stop) >= 2 \
                        and text[text.rfind(" ", lo, base - 1) + 1:base - 1] in FIRM_NOUNS:
                    base = text.index(" ", base) + 1  # "the port operator Qterminals Neville Bissett": the firm's name is not his
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
                entries = run_entries(run)
                if entries and " and " in run and text[base - 4:base] in ("the ", "The "):  # (the rare test first)
                    entries = after_the_office_and(run) or entries  # "the President and Secretary X"
                if not entries and text.startswith(", ", base - 2):
                    # "Minister of Construction, Housing and Utilities Denis Orekhov reported"
                    words = text[base:stop].split()
                    if len(words) >= 4 and "and" in words[:-2]:
                        office = portfolio_list_before(text, base, stop, tuple(words[-2:]), lo)
                        entries = ((office.shifted(-base), True, True),) if office is not None else ()
                for phrase, titled, full in entries:  # offsets relative to base
                    start = base + phrase.start
                    if titled and phrase.role and text.startswith(", ", base - 2) \
                            and office_of_a_body(text, lo, base, phrase, stop):
                        continue  # "Adaeze Okonkwo-Reyes, President of Lumen Storage,": her firm is no one
                    if full and not titled and len(phrase.name) >= 3 and text.endswith((" in ", " at "), lo, start) \
                            and _place_glued(phrase.name):
                        # "Teacher at Lyceum No. 2 in Kirovsk Anna Orlova": the place is not her name
                        cut = text.find(" ", start) + 1
                        trimmed = phrase_starting_at(text, cut, base + phrase.end)
                        if trimmed is not None and trimmed.kind == "name" and trimmed.end == base + phrase.end:
                            phrase, start = trimmed.shifted(-base), cut
                    if full and not titled:
                        office = office_before(text, start, base + phrase.end, lo)
                        if office is None and text.startswith(") ", start - 2):
                            office = office_before_retired(text, start, base + phrase.end, lo)
                        if office is None and text.startswith(", ", base - 2):
                            office = portfolio_list_before(text, base, base + phrase.end, phrase.name, lo) \
                                if len(phrase.name) >= 3 or phrase.start > 0 else None
                        if office is not None:  # "with deputy prime minister Viktor Khristenko"
                            phrase, titled, start = office.shifted(-base), True, office.start
                    person = add_name(phrase, start, may_create=titled or full, confirmed=titled)
                    if person is None:
                        continue
                    end = base + phrase.end
                    if phrase.role == "president" and start > base and _HOUSE_BEFORE.search(text, base, start):
                        # "Senate President Ilse Varga": a house's president, not whom "the President" means
                        person.roles.discard("president")
                        person.roles.add(text[base:start].split()[-1].lower() + " president")
                    if phrase.role in _LEADERS_OF_A_HOUSE and start > base \
                            and _SENATE_BEFORE.search(text, max(base, start - 24), start):
                        # "Senate Democratic Majority leader Tom D. … The influential Senator thanked …" (dev
                        # kremlin_26876, hard20): the Senate's leader is a senator
                        person.roles.add("senator")
                    if person.gender is None and text.startswith((" and his ", " and her "), end):
                        person.gender = "m" if text[end + 6] == "i" else "f"  # "Minister Lor and her delegation"
                    if full and text.startswith(",", end):
                        office = appositive_office(text, start, end, lo, hi)
                        if office is None and "advis" in text[end:end + 32]:
                            office = lower_adviser_appositive(text, end, hi)
                        if office is None and text.startswith(", who ", end):
                            office = office_taken_in_aside(text, end, hi)
                        if office is not None:  # "Ida Morn, the Minister of Energy": her office
                            person.learn(office, as_alias=False)
                            person.weak = False
                    if full and not phrase.role and text.startswith(", ", start - 2):
                        office = office_then_comma(text, start, end, lo, hi)
                        if office is not None:  # "The President of the Republic, Étienne Marchal,"
                            person.learn(office, as_alias=False)
                            person.weak = False
                    if titled and text.startswith(", ", start - 2):
                        # (hard27: an honorific is a title with no office, "the Director-General, Dr Ilse
                        # Marrowby,": the office before it is hers as well; "-General" an office `CAP_RUN`
                        # does not read as a run, so `office_then_comma` above missed it)
                        office = lower_office_then_comma(text, start, end, lo, hi) \
                            or office_then_comma_before_title(text, start, end, lo, hi)
                        if office is not None:  # "The head of the FDFA, Federal Councillor X,": his office
                            person.learn(office, as_alias=False)
                    # (a cheap "by " first: few names follow "led by" or "headed by")
                    if text.startswith("by ", start - 3) \
                            and text.endswith(("led by ", "headed by "), max(lo, start - 10), start) \
                            and "delegation" in text[max(lo, start - 160):start]:
                        person.roles.add("head of delegation")  # "a delegation … led by Senator X": its head
                    if person.weak and full and text.startswith("by ", start - 3) \
                            and text.endswith(_CHAIRED_BY, max(lo, start - 15), start):
                        person.weak = False  # "a conference call … chaired by Taras Bondar": one who chairs is someone
                    if text.startswith(", who ", end) and _WHO_CHAIRS.match(text, end, hi):
                        person.roles.add("chair")  # "X, who chaired the meeting, …": the Chair
                    if full and text.endswith(_COUNTERPART_ENDS, max(lo, start - 14), start):
                        learn_counterpart(text, start, lo, person, spans)  # "his Ostmarkian counterpart Johann Keller"
                    if person.weak and full and _looks_like_verb(
                            _WORDS_AHEAD.findall(text, end, min(hi, end + 40)), copula=False) \
                            and not _HAS_A_FIGURE.search(text, start, end) \
                            and not text.startswith(" in ", start - 4):
                        # (not "the Moscow-Kazan-Yekaterinburg M-12 high-speed motorway": a figure in
                        # the name, a road's or a model's, no one's; nor hard27's "the mission in Lower Tessaly
                        # earned …": a name after "in" is a place, the verb its clause's subject's)
                        person.weak = False  # "Vladimir Putin met …": someone who acts is someone
                    if person.weak and full and text.startswith("d ", start - 2) \
                            and text.endswith(_TOLD_VERBS, max(lo, start - 10), start):
                        person.weak = False  # "Minister X briefed Vladimir Putin on …": one who is told is someone
                    if (titled or (full and not person.weak)) and spans and spans[-1][1] == start - 5 \
                            and spans[-1][2].weak and text.startswith(" and ", start - 5) \
                            and (titled or len(core(spans[-1][2].full_name or ())) >= 2) and _looks_like_verb(
                                _WORDS_AHEAD.findall(text, end, min(hi, end + 40)), copula=False):
                        # "Vladimir Putin and President of X Y exchanged …": both act; so too "Dmitry
                        # Medvedev and Stephen Harper touched on …" when the second is someone already
                        # (the first a full name, not a bare pair such as "Nord Stream")
                        spans[-1][2].weak = False
                    counts[person.key] = counts.get(person.key, 0) + 1
                    spans.append((start, end, person))
        self.name_starts = [span[0] for span in self.name_spans]
        host, guests, host_named = None, [], True
        if title and paragraphs:
            self._unnamed_title_host(title, *paragraphs[0])
        if title:
            self._bare_office_meets_in_title(title)
        for phrase, is_guest in title:
            person = (self.people.match_name(phrase.name) if phrase.kind == "name"
                      else self.people.resolve_description(phrase, []))
            if person is None:
                continue
            if is_guest:
                guests.append(person)
            elif host is None:
                host, host_named = person, phrase.kind == "name"
        if not host_named and host in guests:
            host = None  # "on the President's Call with President X": the bare office is not X
        self.title_host = host
        self.people.settle_principal(self.name_counts, host, guests)
        if paragraphs:
            self.people.settle_place_host(self.text, *paragraphs[0])

    def _resolve(self, phrase: Phrase | None, position: int, exclude: Person | None = None) -> Person | None:
        if phrase is None:
            return None
        if phrase.kind == "name":
            # a lone capitalised word ("Attendees", "USDA", "Minnesota") is nobody new
            may_create = len(phrase.name) >= 2 or bool(phrase.role) or has_honorific(phrase)
            return self.people.add_name(phrase, position, may_create=may_create, confirmed=True)
        if phrase.kind == "description":
            phrase = _head_of_diplomacy(self.text, phrase)
            if phrase.role == "head" or phrase.role.startswith("head of ") and phrase.role not in _HEADS_BY_OFFICE:
                led = self._head_of_what(phrase.start)
                if led is not None:
                    return led  # "The head of the region", "The head of Rosmorflot"
            if phrase.possessive and exclude is None and self.subjects and style_of(phrase.role) is None:
                exclude = self.subjects[-1]  # ("His Majesty", "His Holiness": a style, no one else's)
            person = self.people.resolve_description(phrase, self.subjects, exclude)
            if person is not None and exclude is None and phrase.start == self.sentence_lo \
                    and self._own_object(phrase, person, _DESCRIBED_VERB_OBJECT):
                # "… met with President of Pakistan X. … The President asked Vladimir Putin for
                # assistance …": the President who asks Putin is the other one
                person = self.people.resolve_description(phrase, self.subjects, person) or person
            return person
        if phrase.kind == "pronoun":
            k = bisect_left(self.name_starts, phrase.start)
            if phrase.gender is None and phrase.text[-6:] in ("latter", "former"):
                return self._latter_or_former(k, phrase)
            if phrase.text[:4].lower() == "the " and phrase.text[4:].lower() in _PERSON_BY_KIND:
                return self._young_person_named(k, phrase.gender)
            if self.text.endswith((", where ", " what "), max(0, phrase.start - 8), phrase.start):
                person = self._opening_person(phrase.start, phrase.gender, k)
                if person is not None:  # "Minister Marsh met …, where she discussed …": Marsh;
                    return person  # "Marsh focused on what she described as …": Marsh too
            if self.text.endswith((", ", ": "), max(0, phrase.start - 2), phrase.start) \
                    and _SPLIT_ATTRIBUTION_REST.match(self.text, phrase.end) is not None:
                person = self._opening_person(phrase.start, phrase.gender, k)
                if person is not None:  # "Mr X nailed his colours to the mast: the Government, he promised,
                    return person  # would …": the pronoun of an attribution set in the sentence is its opener
            mentioned = [span[2] for span in self.name_spans[max(0, k - 20):k]]
            if phrase.gender and self.subjects and self.subjects[-1].gender not in (None, phrase.gender):
                other = self._named_just_before(k, phrase)
                if other is not None:
                    return other
            if phrase.gender and self.subjects and self.subjects[-1].gender is None:
                other = self._object_pronoun_before(k, phrase)
                if other is not None:
                    return other
            person = self.people.resolve_pronoun(phrase.gender, self.subjects, mentioned)
            if person is not None and phrase.gender and phrase.start == self.sentence_lo \
                    and self._own_object(phrase, person):
                person = self._other_subject(person, phrase.gender) or person
            if person is not None and person.gender is None:
                person.gender = phrase.gender
            return person
        return None

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

    def _latter_or_former(self, k: int, phrase: Phrase) -> Person | None:
        """"X met with Y. The former congratulated the latter …": of the last two people
        named (the k-th name is at or after the phrase), the latter is the one named
        last, the former the one before; None unless two were named close before."""
        two: list[Person] = []
        for start, _, person in reversed(self.name_spans[max(0, k - 8):k]):
            if phrase.start - start > _LATTER_REACH:
                break
            if person not in two and not person.weak:
                two.append(person)
                if len(two) == 2:
                    return two[0] if phrase.text.endswith("latter") else two[1]
        return None

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
        for start, end, person in reversed(self.name_spans[max(0, k - 6):k]):
            if person is not subject and person.gender == phrase.gender and end <= found.start():
                return person
        return None

    def _opening_person(self, pos: int, gender: str | None, k: int) -> Person | None:
        """The person named at the start of the sentence being read, before `pos` (the
        k-th name starts at or after `pos`), if that name opens it and fits `gender`."""
        begin = self.sentence_lo
        if begin > pos:
            return None
        j = bisect_left(self.name_starts, begin)
        if j >= k or self.name_starts[j] != begin:
            return None
        person = self.name_spans[j][2]
        return person if gender is None or person.gender in (None, gender) else None

    def _remember_subject(self, person: Person) -> None:
        if not self.subjects or self.subjects[-1] is not person:
            self.subjects.append(person)

    # -------------------------------------------------------- transcripts

    def _transcript_label(self, lo: int, hi: int, *, quoted: bool = False,
                          in_turns: bool = False) -> tuple[Phrase, int, bool] | None:
        """`President of Russia Vladimir Putin: Good afternoon …` -> the label, the
        speech start and False; with `quoted`, also `Jennifer Krill, Executive
        Director, Earthworks: “…”` -> the name, the quotation's start and True.
        `in_turns`: a transcript is under way, so a full name the readout has
        used before is a speaker's label even where nothing showed it to be a
        person's ("Ilya Shestakov:" after an office the name was not read from)."""
        colon = self.text.find(":", lo, min(hi, lo + (320 if quoted else 160)))
        if colon < 0:
            return None
        head = self.text[lo:colon]
        if not head or head[0].islower() or _LABEL_STOPS.search(head) \
                or "." in head and "." in _ABBREVIATION.sub("", head):
            return None  # (a full stop of "S.J. Quinney College" or "VEB.RF" ends no sentence)
        if _LABEL_VERB.search(head):
            return None  # "The following is attributable to Spokesperson X:" says whose release it is
        label_end = lo + len(_LABEL_ASIDE.sub("", head))  # "(retranslated)", "(via interpreter)"
        caption = _SCRAPED_CAPTION.search(head) if " " in head and _GLUED_WORDS.search(head) else None
        if caption is not None:
            # "Commissioner for Children's Rights Maria Lvova-Belova Lvova-Belova MariaPresidential
            # Commissioner for Children's Rights:": the label is what comes before the caption
            label_end = lo + caption.end(2)
        phrase = phrase_starting_at(self.text, lo, label_end)
        if phrase is not None and phrase.kind == "group" and " and " in head:
            phrase = self._holder_of_two_offices(lo, label_end) or phrase
        if caption is not None and (phrase is None or phrase.end != label_end):
            phrase = self._name_of_caption(lo + caption.start(), label_end) or phrase
        if phrase is None or phrase.kind not in ("name", "description"):
            return None
        # "Jennifer Krill, Executive Director, Earthworks: “…”": a name, its titles, a quotation
        quoted = quoted and _QUOTATION_NEXT.match(self.text, colon + 1, hi) is not None and phrase.kind == "name" \
            and len(phrase.name) >= 2 and self.text.startswith(",", phrase.end) \
            and next(verbs_in(self.text, phrase.end, colon), None) is None  # (not "X, Advocate, said:")
        if phrase.end != label_end and not quoted:
            return None
        if phrase.kind == "name" and not (quoted or phrase.role or has_honorific(phrase)):
            known = self.people.match_name(phrase.name)
            if not (_confirmed(known) or ((in_turns or self._after_separator(lo)) and known is not None
                                          and len(phrase.name) >= 2
                                          and _SPOKEN_AFTER.search(self.text, colon + 1, hi))):
                return None  # "Participants Included:", "Background:" head a list, not a speech
        match = _LABEL_COLON.match(self.text, colon)
        return phrase, match.end() if match else colon + 1, quoted

    def _name_of_caption(self, start: int, label_end: int) -> Phrase | None:
        """A label whose office the phrase parser cannot read to the name ("Presidential
        Commissioner for Entrepreneurs' Rights Boris Titov Titov BorisPresidential …:", the
        plural possessive stopping it): the scraper's caption after the name shows the label
        ends there, so the name alone is the label, when it reads as a full name."""
        phrase = phrase_starting_at(self.text, start, label_end)
        if phrase is not None and phrase.kind == "name" and phrase.end == label_end and len(phrase.name) >= 2:
            return phrase
        return None

    def _holder_of_two_offices(self, lo: int, label_end: int) -> Phrase | None:
        """A label that gives one person two offices joined by "and" ("Chairperson of the
        African Union and President of Senegal Macky Sall(retranslated): …", read as a
        group): the person named at its end, when what comes before an "and" is an office
        with no name in it and what comes after it is a full name with its office."""
        text = self.text
        cut = text.find(" and ", lo, label_end)
        while cut >= 0:
            first = phrase_starting_at(text, lo, cut)
            if first is not None and first.kind == "description" and first.end == cut:
                last = phrase_starting_at(text, cut + 5, label_end)
                if last is not None and last.kind == "name" and last.end == label_end and len(last.name) >= 2:
                    return last
            cut = text.find(" and ", cut + 5, label_end)
        return None

    def _after_separator(self, lo: int) -> bool:
        """Whether the paragraph at `lo` comes right after a separator ("* * *"), where
        the Kremlin's transcripts begin: its first label may be a name the readout has
        not used before ("The President held a meeting … * * * Vladimir Putin: …")."""
        before = self.text[max(0, lo - 40):lo].rstrip()
        line = before[before.rfind("\n") + 1:]
        if line and line[-1].isalpha():
            # "* * * / Beginning of talks in restricted format / Vladimir Putin: …": a heading
            # of the transcript's part between
            before = self.text[max(0, lo - 160):lo].rstrip()
            heading = before[before.rfind("\n") + 1:]
            if _HEADING.fullmatch(heading):
                before = before[:before.rfind("\n")].rstrip()
                line = before[before.rfind("\n") + 1:]
        return bool(line) and line[0] in _SEPARATOR_MARKS and _SEPARATOR.match(line) is not None

    def _told_after_cut(self, lo: int, hi: int) -> bool:
        """After a transcript's cut, a paragraph that reports someone's words in the third
        person: no "I", "we" or "you" outside quotations, and a cue in its first sentence
        ("Concluding the meeting, the President instructed …", "The minister also informed
        the President …")."""
        text = self.text
        if _YOU_OR_ME.search(_QUOTED_SPAN.sub("", text[lo:hi])):
            return False
        end = text.find(". ", lo, hi)
        end = hi if end < 0 else end + 1
        subject = self._head_subject(lo, end)
        if subject is None or subject.kind not in ("name", "description", "group"):
            comma = text.find(", ", lo, min(end, lo + 60))  # ("Concluding the meeting, the President …")
            subject = phrase_starting_at(text, comma + 2, end) if comma > 0 else None
            if subject is None or subject.kind not in ("name", "description", "group"):
                return False  # ("The Government has proposed …": a speaker may go on about it)
        return self._has_cue_word(lo, end)

    def _described_label(self, lo: int, hi: int) -> tuple[Phrase, int, bool] | None:
        """In a transcript, a label that describes its speaker before the name ("Head surgeon
        of the Belogorsk Regional Hospital Zarina Tamayeva: Good afternoon."): no verb, no
        comma, words in lower case, and a full name known to the readout at its end."""
        text = self.text
        if text.find(":", lo, min(hi, lo + 160)) < 0:
            return None
        label = _DESCRIBED_LABEL.match(text, lo, min(hi, lo + 160))
        if label is None:
            return None
        colon = label.end() - 1
        label_end = lo + len(_LABEL_ASIDE.sub("", text[lo:colon]))
        head = text[lo:label_end]
        if " " not in head or head.split(" ", 1)[0] in _NOT_A_LABEL_OPENING \
                or not any(w[0].islower() for w in head.split()) or _LABEL_VERB.search(head) \
                or next(verbs_in(text, lo, label_end), None) is not None \
                or not _SPOKEN_AFTER.search(text, colon + 1, hi):
            return None
        k = bisect_left(self.name_starts, label_end) - 1
        if k < 0 or self.name_spans[k][1] != label_end or self.name_spans[k][0] < lo:
            return None
        start, end, person = self.name_spans[k]
        if start == lo:
            after_office = self._name_after_office(start, end, person)
            if after_office is None:
                return None
            start = after_office
        phrase = phrase_starting_at(text, start, end)
        if phrase is None or phrase.kind != "name" or len(phrase.name) < 2 or phrase.end != end:
            return None
        match = _LABEL_COLON.match(text, colon)
        return phrase, match.end() if match else colon + 1, False

    def _label_with_a_full_stop(self, lo: int, hi: int) -> tuple[Phrase, int, bool] | None:
        """In a transcript, a label printed with a full stop for its colon ("Vladimir Putin.
        Thank you."): a first sentence that is only the full name of someone who has
        already had a labelled turn is no sentence but that speaker's label."""
        text = self.text
        stop = text.find(". ", lo, min(hi, lo + 60))
        if stop < 0 or text.find(" ", lo, stop) < 0:
            return None
        phrase = phrase_starting_at(text, lo, stop)
        if phrase is None or phrase.kind != "name" or phrase.end != stop or len(phrase.name) < 2 or phrase.role:
            return None
        person = self.people.match_name(phrase.name)
        if person is None or person not in self._turn_speakers or " ".join(person.full_name) != text[lo:stop]:
            return None
        return phrase, stop + 2, False

    def _lower_office_opening(self, lo: int, hi: int) -> bool:
        """A paragraph that opens with an office word in lower case ("chairman of the
        Management Committee of Velgas Oleg Darin: …", the press office's slip for
        "Chairman"): it may be a described label; no other lower-case opening is."""
        space = self.text.find(" ", lo, min(hi, lo + 30))
        return space > lo and self.text[lo:space] in _LOWER_OFFICE_OPENINGS

    def _name_after_office(self, start: int, end: int, person: Person) -> int | None:
        """Where the person's full name begins in a mention text[start:end] that holds their
        office before it ("Minister of Civil Defence, Emergencies and Disaster Relief Yevgeny
        Zinichev", read as one mention with its office): None unless the mention ends with
        the full name and has words before it."""
        name = " ".join(person.full_name)
        begin = end - len(name)
        if len(person.full_name) < 2 or begin <= start + 1 or self.text[begin - 1] != " " \
                or self.text[begin:end] != name:
            return None
        return begin

    def _unmarked_label(self, lo: int, hi: int, paragraphs: list[tuple[int, int]], index: int) -> bool:
        """Among labelled statements, a label that lost its colon: a short paragraph that
        ends with a person's name ("Vermont Gas President and CEO Neale F. Lunderville"),
        no sentence and no quotation, before a paragraph that opens with a quotation."""
        text = self.text
        if hi - lo > 160 or text[hi - 1] in ".!?:;,”\"’)" or index + 1 >= len(paragraphs) \
                or text[paragraphs[index + 1][0]] not in "“\"" or _QUOTE_MARK.search(text, lo, hi):
            return False
        k = bisect_left(self.name_starts, hi) - 1
        return k >= 0 and self.name_spans[k][0] >= lo and self.name_spans[k][1] == hi

    def _named_in_label(self, lo: int, hi: int) -> Person | None:
        """The last person named in the label text[lo:hi], a mention of them."""
        k = bisect_left(self.name_starts, hi) - 1
        if k < 0 or self.name_spans[k][0] < lo:
            return None
        start, end, person = self.name_spans[k]
        self._remember_subject(person)
        self.mentions.append((person, start, end))
        return person

    def _speech(self, person: Person | None, lo: int, hi: int, paragraph: int, joined: bool = False) -> Person | None:
        """A transcript paragraph: one speaker's words, unless the next label comes
        inside it (sources that join a transcript's paragraphs: "… Please. Prime
        Minister of Armenia Nikol Pashinyan: Thank you, Mr President. …"). Returns
        who is speaking at its end. In such a joined paragraph (`joined`: known to be
        one), a sentence that reports a speaker of the transcript in the third person
        ends the turn: narrative up to the next label ("… Please send me the schedule.
        The head of Rosmorflot also told the President about …")."""
        if self.text.startswith("(", lo) and (direction := _OPENING_DIRECTION.match(self.text, lo, hi)) is not None \
                and direction.end() < hi:
            lo = direction.end()  # "(Addressing Dmitry Chernyshenko) I would also like …": the editor's note is no one's
        elif self.text.startswith("[", lo) and (direction := _OPENING_BRACKETED_DIRECTION.match(self.text, lo, hi)) \
                is not None and direction.end() < hi:
            lo = direction.end()  # (hundredth 17777) "[Addressing Deputy Prime Minister X] Maybe you will start?"
        start = lo
        if self.text.find(":", lo, hi) >= 0:
            # (a label inside a turn is a transcript's: a name the readout knows will do)
            ends = list(_SENTENCE_BREAK.finditer(self.text, lo, hi))
            if self.text.find(")", lo, hi) >= 0:
                ends = self._with_glued_directions(ends, lo, hi)
            if self.text.find("<", lo, hi) >= 0:
                # (hundred-first: "… the issues under review. <…> Gazprom CEO Alexei Miller: Mr President, …":
                # a cut between the turns, the next label right after it)
                ends = sorted(ends + list(_CUT_BREAK.finditer(self.text, lo, hi)), key=lambda match: match.start())
            if self._has_comma_before_nobody(lo, hi):
                # (hundred-eighth: "President of Russia Vladimir Putin: Good afternoon, hello, Remark: Hello.
                # Vladimir Putin: …": the greeting's paragraph ended in a comma, the unnamed speaker's after it)
                ends = sorted(ends + list(_COMMA_BEFORE_NOBODY.finditer(self.text, lo, hi)), key=lambda match: match.start())
            breaks = [(end, self._transcript_label(end.end(), hi, in_turns=True)) for end in ends]
            joined = joined or any(label is not None for _, label in breaks)
            narrative_to = -1
            for k, (end, label) in enumerate(breaks):
                if end.end() < narrative_to:
                    continue
                if label is None and end.re is _GLUED_DIRECTION:
                    if person is not None:
                        # "… the tunnel builders.(Commenting on the pictures.) In addition …": the
                        # editor's note is no one's; the same speaker goes on after it
                        self._add_block(person, start, end.start() + 1, paragraph)
                        start = end.end()
                    continue
                if label is None:
                    if joined and self.text[end.end()] in "QRCVMOJ" \
                            and (nobody := _NOBODYS_LABEL.match(self.text, end.end(), hi)) is not None:
                        # "… Valeria Gromova: We will. Remark: And we also …": someone unnamed
                        self._add_block(person, start, end.start() + 1, paragraph)
                        person, start = None, nobody.end()
                        continue
                    if joined and person is not None and self._narrative_in_turn(end.end(), hi):
                        self._add_block(person, start, end.start() + 1, paragraph)
                        following = next((b for b in breaks[k + 1:] if b[1] is not None), None)
                        stop = following[0].start() + 1 if following is not None else hi
                        self._narrate(end.end(), stop, paragraph)
                        person, start, narrative_to = None, stop, stop
                    continue
                self._add_block(person, start, end.start() + 1, paragraph)
                phrase, start, _ = label
                person = self._label_speaker(phrase, phrase.start)
        if self.text.rfind(")", start, hi) >= hi - 2 and (direction := _CLOSING_DIRECTION.search(self.text, start, hi)):
            hi = direction.start()  # (hundredeleventh 58500) "… familiar to me. (Laughter.)": the room's, no one's words
        self._add_block(person, start, hi, paragraph)
        return person

    def _has_comma_before_nobody(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] may hold ", Remark:" or the like (`_COMMA_BEFORE_NOBODY`): cheap finds first."""
        return any(self.text.find(", " + word, lo, hi) >= 0 for word in ("Remark", "Question", "Reply", "Comment"))

    def _with_glued_directions(self, ends: list[re.Match], lo: int, hi: int) -> list[re.Match]:
        """The sentence breaks of a joined turn with the editor's notes glued between its
        sentences ("… of your country.(Presentation ceremony.) President of …:") as breaks
        too, in text order; a sentence break inside such a note is dropped."""
        notes = list(_GLUED_DIRECTION.finditer(self.text, lo, hi))
        if not notes:
            return ends
        kept = [end for end in ends if not any(note.start() < end.start() < note.end() for note in notes)]
        return sorted(kept + notes, key=lambda match: match.start())

    def _head_of_what(self, pos: int) -> Person | None:
        """Who "the head of …" at `pos` means, by what they lead: the delegation a person
        was said to head ("a delegation … headed by Speaker X"), the region (who heads its
        administration),
        or a body an office of a person leads ("the head of the regional military
        administration", "the head of the state corporation", "the head of Rosmorflot").
        None when nobody is known to lead it. ("The head of the Ostrian government" is read
        as the office "head of government" by the phrase parser, and resolved as one.)"""
        text = self.text
        head = _HEAD_OF.match(text, pos)
        if head is None:
            return None
        words = _LED_WORDS.match(text, head.end()).group().split()[:5]  # type: ignore[union-attr]
        if not words:
            return None
        lows = [w.lower() for w in words]
        persons = [p for p in self.people.persons if not p.weak]
        if lows[0] == "delegation":
            led = None
            for led in _DELEGATION_LED_BY.finditer(text, max(0, pos - 3000), pos):
                pass
            leader = phrase_starting_at(text, led.end(), min(len(text), led.end() + 160)) if led else None
            if leader is None or leader.kind != "name":
                return None
            return self.people.match_name(leader.name)
        if lows[0] == "ministry" and len(words) > 2 and lows[1] == "of":
            # "The head of the Ministry of Health reiterated …": the Minister of Health
            portfolio = [w for w, low in zip(words[2:], lows[2:]) if w[0].isupper() or low == "and"]
            portfolio = [w.lower() for w in portfolio if w != "and"]
            candidates = [p for p in persons if portfolio and any(_ministers_of(r, portfolio) for r in p.roles)]
            return self.people._pick(candidates, self.subjects) if candidates else None
        if lows[0] in ("region", "oblast"):
            candidates = [p for p in persons if any(
                r.split()[0] in _BODY_LEADERS and not _REGION_WORDS.isdisjoint(r.split()) for r in p.roles)]
            return self.people._pick(candidates, self.subjects)
        for size in range(len(words), 0, -1):
            wanted = [w for w in lows[:size] if w not in ("the", "and")]
            named = " ".join(words[:size]) if words[0][0].isupper() else None
            candidates = [p for p in persons if any(_leads_body(r, wanted) for r in p.roles)
                          or named is not None and any(r.split()[0] in _BODY_LEADERS for r in p.roles)
                          and any(named in form for form in p.forms)]
            if candidates:
                return self.people._pick(candidates, self.subjects)
        return None

    def _transcript_inside(self, lo: int, hi: int) -> tuple[int, Phrase, int] | None:
        """A transcript that starts after narrative in the same paragraph, as the
        Kremlin's 2021–2022 readouts join every paragraph after the lead ("The talks
        began in a restricted format. President of Russia Vladimir Putin: Mr President,
        …"): where its first label starts, the label and where its speech starts. The
        label is a full name with a title or of someone the readout knows, outside any
        quotation, and words of someone speaking to others follow it."""
        text = self.text
        starts = [end.end() for end in _SENTENCE_BREAK.finditer(text, lo, hi)]
        if text.find("*", lo, hi) >= 0:
            # "… Andrei Belousov. * * * President of Russia Vladimir Putin: …": a separator opens it
            starts = sorted(starts + [end.end() for end in _INLINE_SEPARATOR.finditer(text, lo, hi)])
        for pos in [lo] + starts:
            colon = text.find(":", pos, min(hi, pos + 160))
            if colon < 0:
                continue
            label = self._transcript_label(pos, hi) if pos > lo else None
            if label is None and text[pos] in "BSCET":
                pos, label = self._label_after_heading(pos, hi)
            if label is None:
                continue
            phrase, speech_start, _ = label
            if phrase.kind != "name" or len(phrase.name) < 2 \
                    or not _YOU_OR_ME.search(text, speech_start, min(hi, speech_start + 300)) \
                    or text.count('"', lo, pos) % 2 or text.count("“", lo, pos) > text.count("”", lo, pos):
                continue
            return pos, phrase, speech_start
        return None

    def _label_after_heading(self, pos: int, hi: int) -> tuple[int, tuple[Phrase, int, bool] | None]:
        """A part's heading run into the transcript's first label ("Beginning of Russian-Serbian
        talks President of Russia Vladimir Putin: Mr President, …"): where the label starts and
        the label, a full name, after the heading's words; (pos, None) when there is none."""
        text = self.text
        heading = _GLUED_HEADING.match(text, pos, min(hi, pos + 30))
        colon = text.find(":", pos, min(hi, pos + 240)) if heading is not None else -1
        if colon < 0 or any(mark in text[pos:colon] for mark in ".;!?\"“”"):
            return pos, None
        for word in _HEADING_WORD.finditer(text, heading.end() - 1, colon):  # type: ignore[union-attr]
            label = self._transcript_label(word.end(), hi)
            if label is not None and label[0].kind == "name" and len(label[0].name) >= 2:
                return word.end(), label
        return pos, None

    def _narrative_in_turn(self, lo: int, hi: int) -> bool:
        """In a joined transcript, the sentence at `lo` is narrative between turns: no
        one speaks in it ("I", "we", "you"), and it reports, with a cue word, someone
        who speaks in the transcript, named or described ("The head of Rosmorflot also
        told the President …", "According to Nikolai Belyaev, …", "Alina Sokolova thanked
        the President …"), or tells what they were shown or looked at, or what the meeting's
        people did together ("The presidents then answered questions …"). A speaker speaks of
        the others present as "you" and of what they did together as "we"."""
        text = self.text
        end = text.find(". ", lo, hi)
        end = hi if end < 0 else end + 1
        if text[lo] == "T" and _TALKS_GO_ON.match(text, lo, end):
            return True  # "The talks continued in an expanded format …": the transcript's heading
        if _YOU_OR_ME.search(text, lo, end) or _QUOTE_MARK.search(text, lo, end):
            return False
        if text[lo] == "T" and _MEETING_GROUP.match(text, lo, end):
            return True  # "The presidents then answered questions from the media.": what they did
        if _NARRATIVE_AFTER_CUT.match(text, lo, end):
            return True  # "After the meeting, X and Y made press statements."
        if not (self._has_cue_word(lo, end) or _SEEN_IN_TURN.search(text, lo, end)):
            return False
        according = _ACCORDING.match(text, lo, end)
        subject = phrase_starting_at(text, according.end(), end) if according else self._head_subject(lo, end)
        if subject is None or subject.kind not in ("name", "description"):
            return False
        if subject.kind == "name":
            person = self.people.match_name(subject.name) if len(subject.name) >= 2 else None
        else:
            person = self._resolve(subject, subject.start)
            if person is not None and subject.role.split()[0] not in ("president", "head") \
                    and not any(roles_compatible(subject.role, role) for role in person.roles):
                return False  # ("The Prime Minister instructed …" in a minister's turn: not the untitled host)
        if person is None or person not in self._turn_speakers:
            return False
        host = self.people.principal
        # (a speaker may name another in the third person, "Pavel Sedov reported to the Government
        # that …": the narrative's sentence is of the host, or tells what was said to him)
        return according is not None or host is None or person is host \
            or _THE_PRESIDENT.search(text, subject.end, end) is not None \
            or any(form in text[subject.end:end] for form in host.forms if " " in form)

    def _narrate(self, lo: int, hi: int, paragraph: int) -> None:
        """Narrative between the turns of a joined transcript: its sentences, read as
        the narrative's are (none with a quotation is a statement)."""
        text = self.text
        made = False
        for s0, s1 in split_sentences(text, lo, hi, [], stop_marks(text)):
            if _QUOTE_MARK.search(text, s0, s1):
                made = False
                continue
            self.sentence_lo = s0
            made = self._sentence(s0, s1, [], paragraph, 0, made, lo)

    def _label_speaker(self, phrase: Phrase, position: int) -> Person | None:
        """Who a label names: the subject from now on, and a mention of them."""
        person = self._resolve(phrase, position)
        if person is not None:
            self._turn_speakers.append(person)
            self._remember_subject(person)
            self.mentions.append((person, phrase.start, phrase.end))
        return person

    def _pull_quote_owner(self, lo: int, hi: int) -> Person | None:
        """Whose words a transcript's pull-quote repeats: the Kremlin sets one between
        reversed marks (”We will work together …“) where the page has room, often
        inside the next speaker's turn. The speaker of the direct statement found
        before it that holds its opening words, if any."""
        start, end = strip_marks(self.text, lo, hi)
        words = self.text[start:end].split()[:6]
        if len(words) < 4 or self.text[hi - 1] not in "“." or "“" not in self.text[hi - 2:hi]:
            return None
        opening = " ".join(words).rstrip(",;:–").lower()  # ("You take …" repeats "… that you take …")
        for statement in reversed(self.found):
            if statement.kind == "direct" and statement.end <= lo \
                    and opening in self.text[statement.start:statement.end].lower():
                return statement.person
        return None

    def _add_block(self, person: Person | None, lo: int, hi: int, paragraph: int) -> None:
        if self.text.find(" said ", lo, hi) >= 0:
            # "Governor X of Y: “…,” said Governor X. “…”": the attribution between is no one's words
            for clause in _INNER_ATTRIBUTION.finditer(self.text, lo, hi):
                self._add_block(person, lo, clause.start() + 1, paragraph)
                lo = clause.end()
        lo, hi = strip_marks(self.text, lo, hi)
        if lo < hi and person is not None and _HAS_WORD.search(self.text, lo, hi):
            self._emit(person, "direct", lo, hi, paragraph)

    # ----------------------------------------------------------- sentences

    def _sentence(self, s0: int, s1: int, quotes: list[Quote], paragraph: int, chain_id: int,
                  after_statement: bool, paragraph_start: int) -> bool:
        if not quotes:  # (most sentences) the whole sentence is reported speech, or nothing
            return s1 - s0 > 2 and self._reported(s0, s1, paragraph, whole_sentence=True,
                                                   after_statement=after_statement)
        if any(_ANONYMOUS_CUE.match(self.text, quote.outer_end, s1) for quote in quotes):
            return False  # "“We remember,” one of the veterans called out.": no one named says it
        text = self.text
        speech_quotes: list[tuple[Quote, Person | None, tuple[int, int] | None, int | None]] = []
        consumed: list[tuple[int, int]] = []  # attribution clauses: no statement of their own
        leftovers: list[tuple[Person, int, int]] = []  # the report that goes on after a cue
        for k, quote in enumerate(quotes):
            prev_end = quotes[k - 1].outer_end if k else s0
            next_start = quotes[k + 1].open_mark if k + 1 < len(quotes) else s1
            cue = self._quote_cue(quote, prev_end, next_start, s0, s1, paragraph_start)
            if cue is None:
                if quote.continued or (self._is_speech(quote, s0, s1, paragraph_start)
                                       and not self._inside_report(s0, s1, prev_end, quote)
                                       and not _ends_its_sentence_as_a_phrase(text, quote, s0)):
                    speech_quotes.append((quote, None, None, None))
                continue
            person, clause, goes_on = cue
            if not k and clause is not None and person is not None and clause[0] - s0 > 12 \
                    and text[s0] in _SPEECH_PARTICIPLE_INITIALS:
                opener = self._speech_participle_before(s0, clause[0])
                if opener is not None:
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
            if person is None and not quote.continued and quote.open_mark - s0 > 12:
                # "Mr X said that Russians had a similar saying: “…,” and that …": quoted in X's report
                person = next((c.person for c in reversed(self._cues(s0, quote.open_mark)) if c.person is not None), None)
            if person is None and not quote.continued and quote.open_mark - s0 < 80 \
                    and _JOINT_TEXT_READS.search(text, s0, quote.open_mark) \
                    and _JOINT_TEXT.search(text, max(0, s0 - 300), quote.open_mark):
                continue  # "… adopted a joint statement. The statement says: “…”": several wrote it, no one's
            if person is None and not quote.continued and quote.open_mark - s0 <= 1 and s1 - quote.outer_end <= 2:
                person = self._named_next(s1)  # "“…” With these words X opened the meeting …": X's
            if person is None and not quote.continued and quote.open_mark == paragraph_start:
                person = self._sender_of_lead_in(paragraph_start)  # "X sent a message to Y, which reads:"
            if person is None and not quote.continued and not self._said_together(s0, quote.open_mark):
                # ("X expressed condolences … / The message reads, in part: / “…”": the lead-in
                # paragraph between is no one's, the message the last speaker's)
                reach = 2 if quote.open_mark == paragraph_start and self._after_message_lead_in(paragraph_start) else 1
                person = self.last_speaker if self.last_statement_paragraph >= paragraph - reach else None
                if person is None and self.subjects:
                    person = self.subjects[-1]
                if person is None and reach == 2:
                    person = self._title_sender()
            if person is not None and text.startswith("We, ", quote.start) and _JOINT_VOICE.match(text, quote.start, quote.end):
                person = None  # "“We, the Presidents of X and Y, reaffirm …”": a joint text's words, no one's
            lo, hi = strip_marks(text, quote.start, quote.end)
            if lo < hi:
                self._emit(person, "direct", lo, hi, paragraph, chain=chain_id if (quote.continued or quote.continues) else None)
                made = made or person is not None

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

    def _speech_participle_before(self, s0: int, clause_start: int) -> int | None:
        """Where a speech participle's clause that opens the sentence before a quotation's lead-in ends
        (its comma), or None: "Pointing out that Yunmar is fighting …, the President told the senators:
        “…”" (hard24): the participle is the speaker's indirect statement, the lead-in no one's words."""
        text = self.text
        if _SPEECH_PARTICIPLE_OPENING.match(text, s0, clause_start) is None:
            return None
        comma = text.rfind(",", s0, clause_start)
        return comma if comma > s0 and not text[comma + 1:clause_start].strip() else None

    def _after_message_lead_in(self, paragraph_start: int) -> bool:
        """Whether the paragraph before the one at `paragraph_start` is a short lead-in to a
        written text that names no author: "The message reads, in part:"."""
        text = self.text
        end = len(text[:paragraph_start].rstrip())
        if end < 1 or text[end - 1] not in ":.":
            return False
        lo = text.rfind("\n", 0, end) + 1
        if text.startswith(_TEXT_FOLLOWS_OPENINGS, lo) and _TEXT_FOLLOWS.match(text, lo, end) is not None:
            # "Below is the full text of the message." and, with a colon (hundred-third 42645), "The full
            # text of the message follows:" (its subject "The full text of …" is no `_WRITTEN_SUBJECT`)
            return True
        if text[end - 1] == ".":  # only the lead-ins above end so
            return False
        aside = _LEAD_IN_ASIDE.match(text, lo, end)  # "In particular, the message contains …:"
        if aside is not None:
            lo = aside.end()
        return end - lo <= 60 and _WRITTEN_SUBJECT.match(text, lo, end) is not None \
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
            return written_by if self._message_goes_on(written_by, lo, hi) else None
        sender = self._sender_of_lead_in(lo)
        if sender is None and self._after_message_lead_in(lo):
            sender = self.last_speaker if self.last_statement_paragraph >= index - 2 else None
            if sender is None:
                sender = self._title_sender()
            if sender is None and index >= 2:
                sender = self._sender_of_text_sent_before(lo)
        # (not "The message reads, in part: / The President welcomed the officers.": the readout's voice)
        return sender if sender is not None and self._message_goes_on(sender, lo, hi) else None

    def _sender_of_text_sent_before(self, paragraph_start: int) -> Person | None:
        """The sender of the text a lead-in introduces when the paragraph before the lead-in says who
        sent it and no one has spoken yet: "Joseph Hale sent a message to Emma Roux." / "The full text
        of the message follows:" / "Dear friend, …" (a bare "sent a message" is narrative, so no
        statement names the sender). The subject of the paragraph's last sentence, if it sends a
        message, letter or telegram; else None. Guard: " sent " in the paragraph."""
        text = self.text
        lead_in = text.rfind("\n", 0, len(text[:paragraph_start].rstrip())) + 1
        hi = len(text[:lead_in].rstrip())
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
        stop = text.find(". ", lo, hi)
        s1 = hi if stop < 0 else stop + 1
        if text.startswith("The ", lo) and _MESSAGE_DONE_TO.match(text, lo, s1) is not None:
            return False  # "The President’s message was passed over to Mr X by …": the readout's voice again
        subject = self._sentence_subject(lo, s1)
        if subject is not None and subject.kind == "pronoun":
            return subject.text.lower() in ("i", "we")
        if subject is not None and subject.is_person and self._resolve(subject, subject.start) is sender:
            return False  # "Vladimir Putin also signed an executive order …": the readout's voice again
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
            return None
        lo = text.rfind("\n", 0, end) + 1
        sent = _SENT_WHICH_READS.search(text, lo, end)
        if sent is None:
            return self._named_after_message_from(lo, end) if text.find(" from ", lo, end) >= 0 else None
        period = text.rfind(". ", lo, sent.start())
        start = period + 2 if period >= 0 else lo
        phrase = self._sentence_subject(start, end)
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _named_after_message_from(self, lo: int, end: int) -> Person | None:
        """The sender a lead-in names after "a message from" (hard16: "A message from Vadim Orsk
        had been delivered to the Lessovian President the day before. Among other things, it
        says:"): the quoted message is the sender's, not the addressee's, who may have spoken
        last; None if the lead-in names no person so."""
        sent = _MESSAGE_FROM.search(self.text, lo, end)
        if sent is None:
            return None
        phrase = phrase_starting_at(self.text, sent.end(), end)
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
        return self.title_host if _TITLE_SENDS.search(self.title) else None

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

    def _said_before(self, said_by: re.Match, previous: tuple[int, int] | None, paragraph: int, hi: int) -> bool:
        phrase = phrase_starting_at(self.text, said_by.end(), hi)
        if phrase is None or not phrase.is_person:
            return False
        person = self._named_after_offices(said_by.end(), hi) if phrase.kind == "description" else None
        person = person or self._resolve(phrase, phrase.start)
        if person is None:
            return False
        self._note_subject(person, phrase)
        if previous is None or any(cue.person is not None or (cue.phrase is not None and cue.phrase.kind != "thing")
                                   for cue in self._cues(*previous)):
            return False  # "X and Y discussed …": the sentence before has its own subjects
        lo, hi = previous
        self._emit(person, "indirect", lo, strip_tail(self.text, lo, hi), paragraph)
        return True

    def _lead_goes_back(self, first: tuple[int, int], second: tuple[int, int], paragraph: int) -> None:
        """'An expert group will be set up … After all, it is important for Ukraine that … This was
        stated by President X in his address.' (hundred-ninth): a lead of two sentences, the second
        tied to the first by a connective, is all X's when the first opens the paragraph and has no
        subject of its own. Runs only after `_said_before` gave X the second."""
        text = self.text
        if not text.startswith(_LEAD_CONNECTIVES, second[0]):
            return
        if any(cue.person is not None or (cue.phrase is not None and cue.phrase.kind != "thing")
               for cue in self._cues(*first)):
            return  # ("X and Y discussed …": the first sentence has its own subjects)
        lo, hi = first
        self._emit(self.found[-1].person, "indirect", lo, strip_tail(text, lo, hi), paragraph)  # (`_emit` keeps the order)

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
        if any(cue.person is not None or (cue.phrase is not None and cue.phrase.kind != "thing")
               for cue in self._cues(*previous)):
            return False  # "X and Y discussed …": the sentence before has its own subjects
        lo, hi = previous
        self._emit(person, "indirect", lo, strip_tail(self.text, lo, hi), paragraph)
        return True

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

    def _named_after_offices(self, lo: int, hi: int) -> Person | None:
        """The person named after the offices that text[lo:hi] opens with ("Head of the
        Ukrainian delegation, Head of the … faction David Arakhamia")."""
        k = bisect_left(self.name_starts, lo)
        if k == len(self.name_spans) or self.name_starts[k] >= hi:
            return None
        start, _, person = self.name_spans[k]
        between = self.text[lo:start]
        if len(between) > 160 or _NOT_AN_OFFICE.search(between):
            return None
        return person

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
        if not lead or lead.endswith(":"):
            return False
        if self._sentence_cues is None or self._sentence_cues[0] != s0:
            self._sentence_cues = (s0, self._cues(s0, s1))  # once per sentence, not per quotation
        return any(c.person is not None and c.verb_end <= quote.open_mark for c in self._sentence_cues[1])

    def _is_speech(self, quote: Quote, s0: int, s1: int, paragraph_start: int) -> bool:
        """A quotation with no cue: speech if it fills its sentence or reads like one."""
        text = self.text
        inner = text[quote.start:quote.end]
        words = len(inner.split())
        # (matches from a position, never slices of the sentence: thousands of
        # quotations in one paragraph must stay linear)
        alone_before = _only(_LEAD_SPACE, text, s0, quote.open_mark)
        alone_after = _only(_TAIL_PUNCT, text, quote.outer_end, s1)
        if alone_before and alone_after and words >= 3:
            return True
        if alone_before and words >= 3 and text.startswith(",", quote.outer_end) \
                and _WRITTEN_READS_AFTER.match(text, quote.outer_end, s1):
            return True  # "“This victory reflects …”, the message reads.": the written text's words
        back = quote.open_mark
        while back > s0 and text[back - 1].isspace():
            back -= 1
        if back > s0 and text[back - 1] == ":" and words >= 3:
            return not title_case(inner)
        return words >= 8 and inner.rstrip()[-1:] in ".!?,…" and not title_case(inner)

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
        if pos < next_start and quote.close_mark is not None and not _NEW_CLAUSE.match(text, pos, next_start) \
                and not _name_before_name(text, quote, pos) and not _named_by_the_quotation(text, quote, s0):
            found = self._cue_after(pos, next_start)
            if found is not None:
                person, cue_end = found
                goes_on = self._goes_on_after_clause(cue_end, next_start)
                if goes_on is None and text.startswith(",", cue_end, next_start):
                    other = _OTHER_SPEAKER_CLAUSE.match(text, cue_end, next_start)
                    if other is not None:  # ("…,” X said, before the Prime Minister assured him that …": his)
                        return person, (pos, other.start(1)), None
                return person, (pos, goes_on if goes_on is not None else next_start), goes_on
        if pos >= next_start == s1 and quote.close_mark is not None and text[quote.close_mark - 1] in "?!.":
            speaker = self._attribution_sentence_after(s1)
            if speaker is not None:
                return speaker, None, None
        # before: X stressed: “… / X said, “… / The President said, in part:
        lead = text[prev_end:quote.open_mark]
        stripped = lead.rstrip()
        if stripped.endswith((":", ",")) or (stripped and any(verbs_in(stripped[-40:], 0, 40))):
            cue = self._cue_before(prev_end, prev_end + len(stripped.rstrip(":,").rstrip()),
                                   colon=stripped.endswith(":"))
            if cue is not None:
                person, clause_start = cue
                colon = prev_end + len(stripped) - 1
                if stripped.endswith(":") and (text.find(" to", clause_start, colon) >= 0
                                               or text.find(" for ", clause_start, colon) >= 0) \
                        and _APPEAL_BEFORE_COLON.match(text, clause_start, colon):
                    # "She also urged tourists to ask for audio guides at museums: “…”": an appeal with
                    # its content is her indirect statement; only the colon leads in the quotation
                    return person, (colon, quote.open_mark), None
                return person, (clause_start, quote.open_mark), None
        if quote.open_mark == paragraph_start and paragraph_start > 0:
            before = text[:paragraph_start].rstrip()
            if before.endswith(":"):
                line_start = max(before.rfind("\n"), 0)
                sent = last_sentence(text, line_start, len(before))
                cue = self._cue_before(sent, len(before) - 1)
                if cue is not None:
                    return cue[0], None, None
                named = self._attributable_to(sent, len(before) - 1)
                if named is not None:
                    return named, None, None
                if before.endswith("follows:") or before.endswith("reads:"):
                    # "X sent a message to Y." / "The full text of the message follows:" / "“…": X's
                    sender = self._sender_of_text_sent_before(paragraph_start)
                    if sender is not None and self._after_message_lead_in(paragraph_start):
                        return sender, None, None
        return None

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
        if stop < 0 or pos == stop or "\n" in text[pos:stop] or not text[pos].isupper():
            return None
        found = self._cue_after(pos, stop)
        if found is None or found[0] is None or found[1] != stop:
            return None
        return found[0]

    def _attributable_to(self, lo: int, hi: int) -> Person | None:
        """The person a label "Quotes attributable to the Minister for Foreign Affairs,
        Senator X:" at text[lo:hi] gives the quotations after it (Australian, Canadian
        ministers' releases), or None: the name nearest the colon, else the office."""
        match = _ATTRIBUTABLE_TO.search(self.text, lo, hi)
        if match is None:
            return None
        for phrase in (phrase_ending_at(self.text, match.end(), hi), phrase_starting_at(self.text, match.end(), hi)):
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                if person is not None:
                    return person
        return None

    def _goes_on_after_clause(self, lo: int, hi: int) -> int | None:
        """Where the report that goes on after a quotation's attribution clause,
        which ends at `lo`, begins: at its verb ("…,” X said, adding that …"; "…,” the
        President said, addressing the staff, and thanked them …"), the clause's words
        before it being no one's statement (GOLD-FORMAT: the words that attribute a
        quotation belong to no statement). None when the sentence says no more."""
        text = self.text
        adding = _ADDING.match(text, lo, hi)
        if adding is not None:
            if _INTRODUCES_A_QUOTATION.match(text, adding.end(), hi + 2) is not None:  # (its mark may stand at hi)
                return None  # "…,” Zelenskyy said, adding: “Together we are stronger.”": the words introduce a quotation
            return adding.end()
        joined = _AND_THEN.match(text, lo, hi)
        if joined is not None:
            verb = verb_at(text, joined.end())
            if verb is not None and verb.end() <= hi and has_complement(verb.group(), text, verb.end(), hi):
                return verb.start()
        return None

    def _cue_after(self, pos: int, hi: int) -> tuple[Person | None, int] | None:
        text = self.text
        verb = verb_at(text, pos)
        if verb is not None:
            phrase = phrase_starting_at(text, verb.end() + 1, hi) if verb.end() < hi else None
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                if person is not None:
                    self._note_subject(person, phrase)
                return person, phrase.end
        if text.startswith(("according to", "According to"), pos):
            phrase = phrase_starting_at(text, pos + len("according to "), hi)
            if phrase is not None and phrase.is_person:
                person = self._resolve(phrase, phrase.start)
                self._note_subject(person, phrase)
                return person, phrase.end
        if text.startswith("was how ", pos):
            pos += 8  # "“…,” was how the Crown Prince summed up the visit.": his words, as "said the Crown Prince"
        if text.startswith("thus ", pos):
            # "‘…’ – thus the Chancellor at the joint press conference.": an attribution with no verb (the
            # German "so die Kanzlerin"), the person right after "thus" (hard22)
            phrase = phrase_starting_at(text, pos + 5, hi)
            if phrase is not None and phrase.is_person and phrase.kind != "pronoun":
                person = self._resolve(phrase, phrase.start)
                self._note_subject(person, phrase)
                return person, phrase.end
            return None
        phrase = phrase_starting_at(text, pos, hi)
        if phrase is None or not phrase.is_person:
            return None
        rest = self._skip_fillers_forward(phrase.end, hi)
        verb = verb_at(text, rest)
        if verb is None and text.startswith(", ", phrase.end):
            # (hard21: "“…,” Senator X, who led the delegation, told reporters after the talks.", "“…,” X, 47,
            # said": the speaker, an aside that describes him, then the verb)
            close = text.find(", ", phrase.end + 2, min(hi, phrase.end + DESCRIBING_ASIDE_REACH))
            if close > 0 and _DESCRIBING_ASIDE.match(text, phrase.end + 2, close):
                verb = verb_at(text, self._skip_fillers_forward(close + 2, hi))
        if verb is None and text.startswith(("was ", "is ", "has ", "had "), rest):
            verb = _QUOTED_AS_SAYING.match(text, rest, hi)  # "“…,” X was quoted as saying."
        if verb is None:
            verb = _WRITTEN_AFTER_QUOTE.match(text, rest)
            if verb is None:
                return None  # (below: "“…,” President X wrote afterwards on social media.": his words, written)
        person = self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return person, verb.end()

    def _cue_before(self, lo: int, hi: int, colon: bool = False) -> tuple[Person | None, int] | None:
        """`… X stressed` ending at hi: the speaker and where the lead-in starts.

        Before a colon the verb need not be last: in "The President recalled the
        words of the founder:" the whole clause introduces the quotation."""
        text = self.text
        if colon:
            inverted = self._inverted_lead_in(lo, hi)
            if inverted is not None:
                return inverted
            if text.find(" from ", lo, hi) >= 0 and holds_any(text, _SPEECH_FROM_WORDS, lo, hi) \
                    and (came := _SPEECH_FROM.search(text, lo, hi)) is not None:
                # "A warning came first, from the Prime Minister: “…”", "A message of reassurance went from Mr
                # X to the residents: “…”": the source of the words named after "from"
                cue = self._came_from(came, hi)
                if cue is not None and cue.person is not None:
                    return cue.person, skip_space(text, lo, hi)
            start = skip_space(text, lo, hi)
            words_of = _OPINION_OF.match(text, start, hi) if text.startswith(("In the ", "in the "), start) else None
            if words_of is not None:
                # "In the words of the Head of State: “…”": the source named is the speaker, the
                # lead-in no statement
                cue = self._according(words_of, hi)
                if cue is not None and cue.person is not None:
                    return cue.person, start
        end = back_over(text, lo, hi, " ,")
        # ", in part" / ", in particular"
        for aside in (", in part", " in part", ", in particular"):
            if text.endswith(aside, lo, end):
                end -= len(aside)
        last = word_back(text, lo, end)
        if last is not None and last[1] - last[0] == 2 and text.startswith(("it", "on"), last[0]):
            # a verb and its particle: "As the President put it, “…”", "“…,” the President went on, “…”"
            verb = word_back(text, lo, last[0])
            if verb is not None and text[verb[0]:verb[1]] in _PARTICLE_CUES.get(text[last[0]:last[1]], ()):
                last = verb
        if last is not None and not colon and text[last[0]:last[1]] not in _CUE_BEFORE_VERBS \
                and text[lo:end].count(" ") >= 3 \
                and (told := _TOLD_WHOM_BEFORE.search(text, max(lo, end - 50), end)) is not None:
            # "“Your presence here,” the Prime Minister told his guest, “says …”": the verb before its
            # listener, the quotation resumed after (hard19; a few words after a telling verb only)
            last = told.span(1)
        if last is None or text[last[0]:last[1]] not in _CUE_BEFORE_VERBS:
            if not colon:
                return None
            match = None
            for match in verbs_in(text, max(lo, end - 120), end):
                pass
            if match is None:
                return None
            verb_start, verb_end = match.start(), match.end()
        else:
            verb_start, verb_end = last
            form = text[verb_start:verb_end]
            if not colon and form in COMPLEMENT_REQUIRED and form not in _NAMES_A_QUOTATION \
                    and not text.startswith((",", ":"), verb_end) \
                    and not has_complement(form, text, verb_end, min(len(text), verb_end + 300)):
                # ("the diplomats would see “with their own eyes” …", "had stood “shoulder to shoulder”": a verb
                # that speaks only with its complement, which the quotation after it is not; but what X
                # "called “a legal and public health emergency”" is X's words; nor "“…,” she continued, “…”", where a
                # comma sets the quotation off: the verb closes an attribution)
                return None
        cue = self._cue_at(verb_start, verb_end, lo, hi)
        if cue is None or cue.phrase is None and not cue.coordinated:
            return None
        person = cue.person
        if person is None and _WRITTEN_SUBJECT.match(text, lo, verb_start):
            person = self._author(lo, verb_start)  # "The letter said, in part:"
        return person, self._clause_start(lo, cue)

    def _inverted_lead_in(self, lo: int, hi: int) -> tuple[Person | None, int] | None:
        """A lead-in that opens with its verb, the speaker after it: "Said the President to the
        press after the talks: “…”", "Added the Teregonian leader: “…”"; None if text[lo:hi]
        does not open with a capitalised speech verb and a person."""
        text = self.text
        start = skip_space(text, lo, hi)
        verb = _CAPITAL_WORD.match(text, start, hi)
        if verb is None or verb.group().lower() not in LEAD_IN_VERBS:
            return None
        phrase = phrase_starting_at(text, skip_space(text, verb.end(), hi), hi)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun":
            return None
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
        writing = _WRITING_TO.search(text, max(lo, addressee.start - 60), addressee.start)
        if writing is None or writing.end() != addressee.start:
            return None
        end = writing.start() + len(writing.group(1))
        owner = self._owner_of_writing(lo, end)
        if owner is not None:  # "The President of Russia's telegram to the Emir stressed …"
            return self._subject_cue(vs, ve, owner)
        sender = self._title_senders_writing(lo, end)
        if sender is None:
            return None
        named = _SENDERS_WRITING.search(text, max(lo, end - 40), end)
        head = named.start() if named is not None else text.rfind(" ", lo, end - 1) + 1
        return Cue(vs, ve, Phrase("thing", head, addressee.end, text[head:addressee.end]), sender)

    def _title_senders_writing(self, lo: int, end: int) -> Person | None:
        """The sender a title names ("X sent a message to Y …") when the clause's subject
        text[..end] is that message with no other author ("The message stressed …", "His
        message expressed hope …", "In that context the message expressed …"); else None."""
        writing = _SENDERS_WRITING.search(self.text, max(lo, end - 40), end)
        if writing is None or writing.end() != end or self.text[lo:writing.start()].strip(" ,") \
                and not _CONTEXT_OPENING.fullmatch(self.text, lo, writing.start()):
            return None
        if self.title_host is not None and self.title and _TITLE_SENDS.search(self.title):
            return self.title_host
        return self._sender_just_before(lo)

    def _sender_just_before(self, lo: int) -> Person | None:
        """The sender of the message the last statement before `lo` sends, when a title names
        none ("Condolences to President of Ostria" over "X sent his condolences to …" and then
        "The telegram notes that …"): the message the sentence speaks of is X's; else None."""
        found = self.found
        k = bisect_left([f.start for f in found], lo) - 1
        person = found[k].person if k >= 0 else None
        while k >= 0 and found[k].person is person:
            # (back over the sender's statements on the message: "The telegram notes …", "The
            # message also expresses …", to the one that sends it)
            if _TITLE_SENDS.search(self.text, found[k].start, found[k].end):
                return person
            k -= 1
        return None

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

    # ----------------------------------------------------- reported speech

    def _reported(self, lo: int, hi: int, paragraph: int, *, whole_sentence: bool, after_statement: bool) -> bool:
        text = self.text
        lo = skip_space(text, lo, hi)
        hi = strip_tail(text, lo, hi)
        if hi - lo < 3:
            return False
        cues = self._cues(lo, hi)
        if not cues or all(c.person is None and (c.phrase is not None and c.phrase.text.lower() in _WHAT_WAS_SAID
                                                 or self._states_as_noun(c)) for c in cues):
            # no one speaks in it ("This included the proposal …, proposed reforms …":
            # a participle read as a verb of "This"): it may go on with the last speaker
            continuing = after_statement and whole_sentence and self.last_speaker is not None \
                and self.last_statement_paragraph == paragraph
            if continuing and self.found and self._promise_only(self.found[-1]):
                # (hundred-first: "The President promised to help. A few days ago, Nadezhda and Mark moved
                # into their own flat.": a promise to act tells nothing the next sentence carries on)
                continuing = False
            if continuing and text.startswith(("The ", "This ", "Its ", "His ", "Her "), lo) \
                    and _WRITTEN_TEXT_READS.match(text, lo, hi) is not None:
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
                # only the subject matters, for "he" later: the first name, if it opens the
                # sentence, or the office that does ("The President spoke to Senator X … He …")
                opener = self._office_opening(lo, hi)
                if opener is None:
                    k = bisect_left(self.name_starts, lo)
                    if k < len(self.name_spans) and self.name_spans[k][0] < lo + 60 and not self.name_spans[k][2].weak \
                            and not self._object_of_preposition(lo, self.name_spans[k][0]):
                        opener = self.name_spans[k][2]
                if opener is not None:
                    self._remember_subject(opener)
                return False
            if _KIN_OR_CLERGY_SUBJECT.match(text, lo, hi):
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
            if self._continues(lo, hi) and not self._goes_on_from_earlier() and not self._figures_after_an_order(lo, hi):
                self._emit(self.last_speaker, "indirect", lo, hi, paragraph)
                if _PLURAL_THINGS_ACT.match(self.text, lo, hi):
                    self._things_carried_to = hi
                return True
            return False
        segments = self._segments(lo, hi, cues)
        made = False
        for seg_lo, seg_hi, cue in segments:
            if cue.person is None:
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
                if head.endswith(",") and _TRAILING_CUE_END.match(text, max(cue.verb_end, cue.phrase.end), seg_hi):
                    self._said_after.add(lo)
                if head.endswith(",") and (_FIRST_PERSON.search(head) or asked) and not self._cues(lo, len(head) + lo) \
                        and (_CUE_CLOSES.match(text, max(cue.verb_end, cue.phrase.end), seg_hi)
                             or (asked or text.startswith(("told ", "tells "), cue.verb_start))
                             and _ASKED_WHOM.match(text, max(cue.verb_end, cue.phrase.end), seg_hi)):
                    # ("We must never forget …, the President told the sailors.": whom he told ends it)
                    # (not "Noting the role of our partners, the President stressed that …": a
                    # participle or a phrase before a cue with its own complement says nothing)
                    self._emit(cue.person, "direct", lo, strip_tail(text, lo, lo + len(head)), paragraph)
                    self._bare_direct = self.found[-1] if self.found[-1].start == lo else None
                    made = True
                    continue
            if seg_lo >= cue.start and _LEAD_IN_ONLY.match(text, cue.verb_end, seg_hi):
                continue  # "The President said, in part:" introduces a quotation, says nothing
            if text.startswith("as saying", cue.verb_end - 9) and _LEAD_IN_ONLY.match(text, cue.verb_end, seg_hi):
                continue  # "The press service quoted the head of state as saying:" nor does this
            if text.startswith("made ", cue.verb_start) and _REQUEST_INTRODUCES_A_QUOTATION.match(text, cue.verb_start):
                continue  # "He made a request to NATO regarding …: “…”": the quotation is the request
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start < lo + 48 \
                    and self._subordinate_only(lo, cue, cues, hi):
                continue  # "Because President X recognizes …, the United States proposed …": the main clause's
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start > lo \
                    and text.endswith("where ", max(lo, cue.phrase.start - 6), cue.phrase.start) \
                    and self._where_clause_of_another(lo, cue, cue.phrase.start):
                continue  # "X held a meeting with … where Minister Y reported on …": X's act, narrative
            if _WHERE_ONLY.match(text, cue.verb_end, seg_hi) \
                    and (seg_lo >= cue.start or self._name_before_its_office(seg_lo, cue)) \
                    and not self._has_cue_word(cue.verb_end, seg_hi, event_nouns=True):
                if seg_lo == lo and whole_sentence:
                    self._said_this_at = (cue.person, lo)  # the sentence before may be what was said
                continue
            if seg_lo == lo and cue.phrase is not None and cue.phrase.start > lo:
                # "The three leaders concurred on …, and President Biden reaffirmed …": his clause only
                joined = None
                for joined in _JOINED_CLAUSE.finditer(text, max(lo, cue.phrase.start - 12), cue.phrase.start):
                    pass
                if joined is not None and joined.end() == cue.phrase.start:
                    seg_lo = cue.phrase.start
                elif _WHERE_CLAUSE.search(text, max(lo, cue.phrase.start - 9), cue.phrase.start) \
                        and self._tells_of_events(lo, hi):
                    # "The meeting also addressed …, where the President reiterated …": a
                    # meeting's clause, then his (not "X met Y, where he discussed …": all his)
                    seg_lo = cue.phrase.start
            self._emit(cue.person, "indirect", seg_lo, seg_hi, paragraph)
            made = True
        return made

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
        if subject is not None and subject.is_person and not _FIRST_PERSON.match(subject.text) \
                and not (subject.kind == "name" and len(subject.name) == 1
                         and self.people.match_name(subject.name) is None):  # ("Order is missing.")
            return False
        text = self.text
        return bool(_FIRST_PERSON.search(text, lo, hi)) or text[lo:hi].rstrip()[-1:] in "?!" \
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

    def _subordinate_only(self, lo: int, cue: Cue, cues: list[Cue], hi: int) -> bool:
        """`cue` lies in a subordinate clause that opens the sentence ("After the President
        called upon Congress to ban fees, the Department published …"), and the main clause
        after its comma has no cue of anyone (of him: the sentence is his; of another, as in
        "After X expressed concern …, Y explained …": two statements): it is no statement of his."""
        opening = _SUBORDINATE_OPENING.match(self.text, lo, cue.phrase.end)  # type: ignore[union-attr]  # ("Because President X": one phrase)
        if opening is None or opening.end() < cue.phrase.start:  # type: ignore[union-attr]
            return False
        comma = self.text.find(",", cue.verb_end, hi)
        return comma > 0 and not any(c.person is not None and c.verb_start > comma for c in cues)

    def _goes_on_from_earlier(self) -> bool:
        """The statement a sentence would go on with tells of an earlier time ("Last month,
        Ms Morn briefed the council on the budget. Ferry traffic has doubled since 2020."):
        what follows it is background, as after `_report_goes_on`'s earlier opener."""
        found = self.found
        # (only a statement with its own cue: a figure carried on, "Last week, 26,870 new patients were
        # diagnosed …" in ninety-second 71401's report, is no background opener; the report goes on)
        return bool(found) and self.text[found[-1].start] in "LEPTSOI" \
            and _EARLIER.match(self.text, found[-1].start) is not None \
            and any(cue.person is found[-1].person for cue in self._cues(found[-1].start, found[-1].end))

    def _figures_after_an_order(self, lo: int, hi: int) -> bool:
        """The last statement is an order ("The President instructed the Ministry of Labour to expand
        the list of support measures …") and text[lo:hi] gives figures with no connective and no
        argument ("As of late 2021, 6.7 million people were covered …"): facts, no more of the order
        (hundred-fourth; they go on with the report the order interrupted, not with who gave it).
        Guarded by a digit in the sentence and one match at the last statement's start."""
        if not any(c.isdigit() for c in self.text[lo:hi]) or not self.found:
            return False
        k = self._first_found_from(lo)  # (the statement before the sentence, in order of the text)
        if k == 0:
            return False
        last = self.found[k - 1]
        return _AN_ORDER.match(self.text, last.start, last.end) is not None \
            and not _CONNECTIVE.match(self.text, lo, hi) and not _ARGUES.search(self.text, lo, hi)

    def _continues(self, lo: int, hi: int) -> bool:
        """A sentence with no subject of its own that goes on with the last statement
        of its paragraph: it names no one and no meeting, and it opens with a
        connective ("In particular", "However"), or argues (a modal verb, an
        evaluation), or tells what was being reported, with no actor and no source
        of its own ("The Minister reported on the economy. The industrial production
        rose by 5.7%, …")."""
        if self._tells_of_events(lo, hi) or self._group_acts(lo, hi):
            return False
        if self._names_in(lo, hi):
            return False  # names someone: narrative about them, or their own statement
        sentence = self.text[lo:hi]
        if self._lists_things(lo, hi):
            return False  # "The actions include:": the things announced are listed, no one speaks
        if ":" in sentence and _AWARDS_LISTED.search(sentence):
            return False  # "In particular, the award was received by: soldier X who …": the ceremony's list
        if self._press_account(lo, hi):
            return False  # "According to the government, 61,000 new cases …": a source of its own
        if sentence[:1] == "A" and _describes_a_document(self.text, lo, hi):
            return False  # "According to the bill, a fine … will be imposed …": the document's, no one's words
        if self._what_the_praised_did(lo, hi):
            return False  # "… congratulated Y for launching the Fund. This success has laid …": the readout's comment
        if _CONNECTIVE.match(sentence):
            return not self._body_acts(lo, hi)
        if _WHAT_WAS_DONE.match(sentence):
            return False
        if _ARGUES.search(sentence):
            return True
        if sentence[:1] in "NTCD" and _ONGOING_PROCESS.match(sentence):
            return not self._has_cue_word(lo, hi)  # "Negotiations on grants … are underway": the report goes on
        if " by " in sentence and _DONE_BY_SOMEONE.search(sentence):
            return False  # "The message was delivered by the Ambassador in Tadria.": he acts, no one speaks on
        if " to " in sentence and _DONE_FOR_SOMEONE.search(sentence):
            return False  # "… further briefings will be provided to the President …": done for him, no one speaks on
        return not self._has_cue_word(lo, hi) and not self._has_actor(lo, hi)

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
        if not _lone_word(subject) or self.people.match_name(subject.name) is not None:
            return False
        word = subject.name[0]
        return word[:1].isupper() and word[1:].islower() and (
            word.endswith(_ABSTRACT_ENDINGS) or _lower_case_use(self.text, word.lower())
            or word.endswith(_PLURAL_NOUN_ENDINGS) and _PLURAL_VERB.match(self.text, subject.end) is not None
            or _ADJECTIVE_BEFORE_PLURAL.match(self.text, subject.end) is not None
            or word.lower() in _COUNTING_WORDS
            or word.endswith("s") and _PLURAL_DONE_TO.match(self.text, subject.end) is not None
            or _NOUN_BEFORE_ITS_VERB.match(self.text, subject.end) is not None
            or _STATE_OF_WORK.match(self.text, subject.end) is not None
            or self._thing_in_report(word, subject.end)
            or word.endswith("ing") and (_PLURAL_AND_ITS_PLACE.match(self.text, subject.end) is not None
                                         or _GERUND_AND_ITS_OBJECT.match(self.text, subject.end) is not None
                                         or len(word) > 5 and _GERUND_SUBJECT.match(self.text, subject.end) is not None
                                         or len(word) > 5 and _BRANCH_OF_ECONOMY.match(self.text, subject.end) is not None))

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
            or _DONE_TO_A_THING.match(text, end) is not None

    def _body_acts(self, lo: int, hi: int) -> bool:
        """An institution is the subject after the opening connective ("In addition,
        the Congress considered …"): the readout tells what it did."""
        if _LEADING_ADVERBIAL.match(self.text, lo, hi) is not None:
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
        return subject is not None and subject.kind == "thing" and _acts(subject, self.text)

    def _has_actor(self, lo: int, hi: int) -> bool:
        """Someone or some body does what the sentence tells: its subject, at its head
        or after an opening phrase ("Earlier this year, FCC issued …", "During the
        call, the advisers coordinated …"), is a person, a group, a name or an
        institution ("The ministry expected …")."""
        subject = self._head_subject(lo, hi)
        if subject is not None and _acts(subject, self.text) and not _FINDINGS_OF.match(self.text, subject.end, hi) \
                and not self._common_noun(subject) \
                and not (subject.kind == "group" and _all_that(self.text, subject)):
            return True  # (not "The Center’s Surveillance Program data show …": the data tell)
        text = self.text
        first = _FIRST_WORD_OF.match(text, lo, hi)
        if first is None or first.group().lower() not in _INTRO_WORDS:
            return False
        comma = text.find(",", lo, min(hi, lo + 120))
        # (after "today", "also": "To support state leaders, today the White House released …")
        return comma > 0 and _acts(phrase_starting_at(text, self._skip_fillers_forward(comma + 1, hi), hi), text)

    def _source_closes(self, lo: int, hi: int, cue: Cue) -> bool:
        """Whether `cue`, with no person, is the account's source closing the sentence (hard21, a wire's
        "…, the presidential press office said.", "…, his office said in a statement after …", "…, two
        officials familiar with the talks said.", "…, a senior administration official told reporters on a
        conference call."): a reporting verb after a comma, its subject no group, nothing after it but
        when, where or how it was said."""
        text = self.text
        if text[cue.verb_start:cue.verb_end] not in _SOURCE_VERBS or cue.phrase is None \
                or cue.phrase.kind in ("group", "pronoun"):
            return False
        comma = text.rfind(",", lo, cue.verb_start)
        return comma > lo and cue.verb_start - comma < 90 and "“" not in text[comma:cue.verb_start] \
            and _SOURCE_TAIL.match(text, cue.verb_end, hi) is not None

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
        if first.person is not None and self._opens_as_source(lo, hi, first):
            return [(lo, hi, first)]
        if len(cues) > 1 and cues[-1].person is None and cues[-2].person is not None \
                and self._source_closes(lo, hi, cues[-1]):
            cues = cues[:-1]  # "X thanked Y …, his office said.": the source of the account closes X's statement
        last = cues[-1]
        if last.person is not None and last.phrase is not None and last.phrase.start > lo \
                and self.text[lo:last.phrase.start].rstrip().endswith(",") \
                and _TRAILING_CUE_END.match(self.text, last.verb_end, hi) \
                and all(c.person in (None, last.person) or _names_ahead(c, last) for c in cues):
            return [(lo, hi, last)]
        out: list[tuple[int, int, Cue]] = []
        start, current = lo, cues[0]
        prev_verb_end = cues[0].verb_end
        for cue in cues[1:]:
            if cue.coordinated or cue.person is current.person and cue.person is not None \
                    or current.person is not None and (self._no_clause(cue) or self._after_that(cue)) \
                    or self._after_and_that(cue) \
                    or current.person is not None and self._after_that_and_adverbial(prev_verb_end, cue) \
                    or current.person is not None and self._group_in_where_clause(prev_verb_end, cue):
                prev_verb_end = cue.verb_end
                continue
            boundary = None
            for match in _BOUNDARY.finditer(self.text, prev_verb_end, cue.start):
                boundary = match
            if boundary is None:
                prev_verb_end = cue.verb_end
                continue  # embedded: "X said that Y noted …"
            if cue.person is None and boundary.group() == "and" and not self.text[boundary.end():cue.start].strip() \
                    and _THAT_LIST.search(self.text, prev_verb_end, boundary.start()):
                prev_verb_end = cue.verb_end
                continue  # "X announced that A, B, and the Ministry proposed …": the last of a list, still X's
            out.append((start, boundary.start(), current))
            start = boundary.end() if boundary.group() in ",;:—–" or boundary.group().strip() == "-" else boundary.start()
            if self.text[boundary.start():boundary.end()] in ("and", "while", "whereas", "but"):
                start = cue.start
                if self.text[cue.start].isupper() and _SUBJECT_WORDS_BEFORE.fullmatch(self.text, boundary.end(), cue.start):
                    # "…, and Department of Treasury Counselor to the Secretary X discussed …": the
                    # capitalised words the subject's phrase left out (its body) are his clause's too
                    # (not "… and the Task Force the Vice President announced": a lower-case "the"
                    # opens a relative clause's subject)
                    start = skip_space(self.text, boundary.end(), cue.start)
            elif cue.phrase is not None and self.text[start:cue.phrase.start].strip() == "with":
                start = cue.phrase.start  # "…, with Mr Putin expressing …": from the speaker on
            elif boundary.group() == "," and cue.phrase is not None and not self.text[start:cue.phrase.start].strip():
                start = self._clause_opener(prev_verb_end, boundary.start(), start)
            current = cue
            prev_verb_end = cue.verb_end
        out.append((start, hi, current))
        return out

    def _group_in_where_clause(self, prev_verb_end: int, cue: Cue) -> bool:
        """A later cue of no one known (a group's, "the two leaders discussed") in a relative
        clause of place after the speaker's verb (eighty-ninth: "the president mentioned his
        recent meeting with the US president in Shanghai, where the two leaders discussed many
        issues …"): what the place saw, inside the speaker's clause, not a clause of its own."""
        if cue.person is not None or cue.phrase is None:
            return False
        start = cue.phrase.start
        return start - prev_verb_end > 8 and _WHERE_CLAUSE.search(self.text, max(prev_verb_end, start - 9), start) is not None

    def _clause_opener(self, lo: int, comma: int, start: int) -> int:
        """Where the joined clause whose subject follows the comma at `comma` begins: at its
        opening phrase ("The leaders underscored …, and in this context, President X welcomed
        …": "in this context," is his clause's), else at `start`."""
        opener = _AND_OPENER.search(self.text, max(lo, comma - 60), comma)
        if opener is None or opener.group(1).lower() not in _INTRO_WORDS:
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
        first = _FIRST_WORD_OF.match(self.text, lo, cue.verb_start)
        if first is None or first.start() != lo:
            return False
        word = first.group()
        if word.lower() not in _INTRO_WORDS and not (word.endswith("ing") and len(word) > 5):
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
        what the earlier speaker reported, not X's statement."""
        start = cue.phrase.start if cue.phrase is not None else cue.verb_start
        if start - prev_verb_end > 120 or not self.text.startswith(" that ", prev_verb_end):
            return False  # (cheap: most later cues are not right after "that")
        return _THAT_ADVERBIAL.fullmatch(self.text, prev_verb_end, start) is not None

    def _after_that(self, cue: Cue) -> bool:
        """A later cue of no one known, right after "that": a clause of what the
        speaker said ("Gao pointed out that the sides should …, and that Zhenlan
        welcomes …": the country welcomes within his words), not a new speaker's."""
        phrase = cue.phrase
        if cue.person is not None or phrase is None:
            return False
        before = word_back(self.text, max(0, phrase.start - 8), phrase.start)
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
                and not _STATES_WHAT.match(self.text, cue.verb_end):
            return True  # "relations among Kastravia and Gulf states globally": a noun (one "states that …")
        if phrase.kind == "thing":
            # (but "…, while the students invited him …": a clause of its own after a conjunction)
            lone = phrase.text.isalpha() and phrase.text.islower()  # "security guarantees": a compound noun
            return (lone or not _acts(phrase, self.text) and not _WRITTEN_SUBJECT.match(phrase.text)) \
                and _CLAUSE_AFTER_CONJUNCTION.search(self.text, max(0, phrase.start - 16), phrase.start + 6) is None
        before = word_back(self.text, max(0, phrase.start - 20), phrase.start)
        return before is not None and self.text[before[0]:before[1]].lower() in _NO_SUBJECT_BEFORE

    def _opens_as_source(self, lo: int, hi: int, cue: Cue) -> bool:
        """'According to X, …' or 'As X said, …' at the head of text[lo:hi]."""
        text = self.text
        head = text[lo:min(cue.start, cue.verb_start)].strip()
        if head.endswith(",") and head[:-1] in _SOURCE_CONNECTIVES:
            head = ""  # "Therefore, according to the President, during the meeting the heads of state …"
        if head not in ("", "As", "as"):
            return False
        if not head and not _ACCORDING.match(text, cue.verb_start, cue.verb_end) \
                and not (text[cue.verb_start] in "IT" and _OPINION.match(text, cue.verb_start, cue.verb_end)):
            return False  # (but "In his words, the price agreed today will …": all his)
        end = max(cue.verb_end, cue.phrase.end if cue.phrase is not None else cue.verb_end)
        pronoun = _OBJECT_PRONOUN.match(text, end, hi) if cue.phrase is None else None
        if pronoun is not None:  # "According to him, …"
            end = pronoun.end()
        elif text.startswith(("’s", "'s"), end) and (account := _POSSESSED_ACCOUNT.match(text, end, hi)):
            end = account.end() - 1  # "According to the Governor’s information, …"
        while end < hi and text[end] in " \t":
            end += 1
        return text.startswith(",", end, hi)

    def _cues(self, lo: int, hi: int) -> list[Cue]:
        text = self.text
        cues: list[Cue] = []
        if text.startswith(("In the ", "According to "), lo):
            self._note_opening_source(lo, hi)
        first = bisect_left(self.verb_starts, lo)
        for vs, ve in self.verb_hits[first:bisect_left(self.verb_starts, hi, first)]:
            if ve > hi:
                break
            # a speech verb with the complement it needs (four in ten lack theirs: no cue)
            form = text[vs:ve]
            inserted = False
            if not has_complement(form, text, ve, hi) and not _passive_complement(text, form, vs, ve, lo):
                if not _inserted_attribution(text, form, vs, ve, lo, hi):
                    continue
                inserted = True
            if form[-1] == "s" and _plural_noun_after_preposition(text, lo, vs, ve):
                continue  # ("the need for security guarantees for our country": a noun, not "X guarantees that")
            if vs - lo > 3 and (text[vs - 2] in "sry" and _POSSESSIVE_BEFORE.search(text, max(lo, vs - 7), vs)
                                or form in _VERBS_AS_NOUNS and _POSSESSIVE_NOUN_BEFORE.search(text, max(lo, vs - 40), vs)):
                continue  # (ninety-sixth: "presented her annual performance report to …": a noun, not "she reports")
            cue = self._cue_at(vs, ve, lo, hi, clause=cues)
            if cue is not None and inserted and (cue.phrase is None or cue.phrase.start != text.rfind(", ", lo, vs) + 2):
                # ("…, an invitation the Chief Executive accepted.": the inserted clause is a noun's relative
                # clause, its subject not the first words after the comma; no attribution)
                continue
            if cue is not None:
                if not cues and cue.phrase is not None and cue.phrase.start - lo > 12 \
                        and (head := _APPOSITIVE_HEAD.search(text, max(lo, cue.phrase.start - 90), cue.phrase.start)):
                    # (the clause before the noun is no one's: a cue of no one there cuts it off)
                    cues.append(Cue(head.start(), head.start(), None, None))
                cues.append(cue)
        if cues and text.find("(as ", lo, hi) >= 0:
            cues = [cue for cue in cues if not _in_an_aside(text, cue.verb_start, cue.verb_end, lo, hi)]
        # the rarer cues: their keywords were found in one scan of the whole text
        first = bisect_left(self.rare_starts, lo)
        last = bisect_left(self.rare_starts, hi, first)
        # (each adds its cues in the order of their verbs: `_add_in_order`)
        if self.concern_words and (text.find(" worried ", lo, hi) >= 0 or text.find(" concerned ", lo, hi) >= 0):
            _add_in_order(cues, self._concerns(lo, hi))  # (read only in the few readouts with the words)
        if self.critical_words and text.find(" critical of ", lo, hi) >= 0:
            _add_in_order(cues, self._person_before(lo, hi, (_CRITICAL_OF,)))
        if text.find(" would ", lo, hi) >= 0 and text.find(" like ", lo, hi) >= 0:
            # "The President would like Ukraine to have …": a wish for others (only a sentence with both words)
            _add_in_order(cues, self._person_before(lo, hi, (_WISH_FOR_OTHERS,)))
        if (text.find(" did ", lo, hi) >= 0 or text.find(" does ", lo, hi) >= 0) \
                and (emphatic := self._emphatic_do(lo, hi)) is not None:
            _add_in_order(cues, [emphatic])  # "The President did stress that …" (only a sentence with "did"/"does")
        if self.effort_words and text.find(" to ", lo, hi) >= 0:
            _add_in_order(cues, self._person_before(lo, hi, (_EFFORT_TO_SPEAK,)))  # "was at pains to stress that …"
        if self.glad_words and text.find(" to ", lo, hi) >= 0 and _GLAD_TO_LEARN.search(text, lo, hi) is not None:
            _add_in_order(cues, self._gladness(lo, hi))
        if text.find("s ", lo, hi) >= 0 and (text.find("’s ", lo, hi) >= 0 or text.find("'s ", lo, hi) >= 0):
            # "The host's conviction was that …" (a possessive and the noun, searched only in a sentence
            # that holds a possessive)
            _add_in_order(cues, self._person_before(lo, hi, (_POSSESSED_STATEMENT,)))
        if text.startswith(("His ", "Her "), lo) and (match := _POSSESSED_BY_PRONOUN.match(text, lo, hi)) is not None:
            # "Her conclusion: …" (only a sentence that opens with "His" or "Her")
            person = self.people.resolve_pronoun("m" if text[lo + 1] == "i" else "f", self.subjects)
            cues.insert(0, Cue(match.start(), match.end(), None, person))
        if text.startswith("For ", lo) and (held := _PRIORITY_FOR.match(text, lo, hi)) is not None:
            # "For the President, the priority remained a two-state solution": his view of what matters
            # most, as "in his view" (a sentence opening "For X," with a priority after it)
            phrase = phrase_starting_at(text, held.start(1), held.end(1))
            if phrase is not None and phrase.is_person and phrase.end == held.end(1):
                cues.insert(0, Cue(held.start(), held.end(), phrase, self._resolve(phrase, phrase.start)))
        if text.startswith(("It ", "As "), lo) and (held := _VIEW_FRAMED.match(text, lo, hi)) is not None:
            # "It was the assessment of PM X that …", "As the Vice President saw it, …" (hard20): one person's
            # view, as "in the opinion of X" (only a sentence that opens "It " or "As ")
            cue = self._according(held, hi) if held.group(1) is None else self._framing_holder(held, hi)
            if cue is not None:
                cues.insert(0, cue)
        if text.find(" mind", lo, hi) >= 0 and (held := _TO_ONES_MIND.search(text, lo, hi)) is not None:
            # "The "northern dimension", to his mind, had emerged as …" (hard20): his view, as "in his view"
            # (only a sentence with " mind" in it)
            _add_in_order(cues, (self._framing_holder(held, hi),))
        if self.frame_words and (text.find(" have it", lo, hi) >= 0 or holds_any(text, FRAME_NOUNS_COMMA, lo, hi)) \
                and (held := _ONES_OWN_FRAME.search(text, lo, hi)) is not None:
            # (hard27) "From the Managing Director's perspective, …", "By X's account, …", "…, as the President would
            # have it, …": his view, as "in his view" (only a sentence with " have it" or a frame's noun and comma)
            _add_in_order(cues, (self._framing_holder(held, hi, 1 if held.group(1) is not None else 2),))
        if self.stance_with_words and (text.find(" at one with ", lo, hi) >= 0 or text.find(" firm with ", lo, hi) >= 0):
            _add_in_order(cues, self._person_before(lo, hi, (_STANCE_WITH,)))  # (hard27) "X was at one with Y on …"
        if self.earned_words and (held := _EARNED_ONES_PRAISE.search(text, lo, hi)):
            # (hard27) "…'s contribution earned the Secretary-General's thanks": he thanked (only a sentence
            # with one of the verbs in it)
            _add_in_order(cues, (self._framing_holder(held, hi),))
        if text.find(" agreement with ", lo, hi) >= 0 or text.find(" accord with ", lo, hi) >= 0:
            # "Senate Majority Leader Mr X was in full agreement with her." (hard20): agreed, as "fully agreed with
            # him" (only a sentence with " agreement with " in it); hard26: "was in full accord with her"
            _add_in_order(cues, self._person_before(lo, hi, (_IN_AGREEMENT,)))
        if text.find(" had ", lo, hi) >= 0 or text.find(" has ", lo, hi) >= 0 or text.find(" have ", lo, hi) >= 0:
            _add_in_order(cues, self._person_before(lo, hi, (_HAD_WORDS_FOR,)))  # "X had high praise for …"
        if text.find(" full of ", lo, hi) >= 0:  # "X, who …, was full of praise for …"
            _add_in_order(cues, self._person_before(lo, hi, (_FULL_OF_PRAISE,)))
        if (colon := text.find(": th", lo, hi)) >= 0 and (match := _MESSAGE_OF.search(text, colon, hi)) is not None:
            # "…: this was the message of President X." (only a sentence with ": th" in it; "message" as a
            # rare word of the one scan would change how other sentences with a message are read)
            _add_in_order(cues, (self._according(match, hi),))
        if not cues and text.find(" from ", lo, hi) >= 0 and holds_any(text, _SPEECH_FROM_WORDS, lo, hi) \
                and (came := _SPEECH_FROM.search(text, lo, hi)) is not None:
            # "The call started with birthday wishes from Mr X to Mr Y.", "A written birthday message from the
            # Prime Minister had gone to …": words of one person told through the noun, no speech verb (only
            # a sentence with " from " and no other cue)
            colon = text.find(":", came.end(), hi)
            cue = self._came_from(came, hi) if colon < 0 else None  # (before a colon: a quotation's lead-in)
            if cue is not None:
                cues.append(cue)
        if first == last:  # (most sentences have none)
            return cues
        rare = {kind for _, kind in self.rare_hits[first:last]}
        if "according" in rare:
            for match in _ACCORDING.finditer(text, lo, hi):
                cue = self._according(match, hi)
                if cue is not None:
                    cues.append(cue)
        if "opinion" in rare:
            cues.extend(self._opinions(lo, hi))
        if "belief" in rare or "opinion" in rare:  # "is of the opinion that"
            cues.extend(self._beliefs(lo, hi))
        cues.sort(key=lambda c: c.verb_start)
        return cues

    def _framing_holder(self, match: re.Match, hi: int, group: int = 1) -> Cue | None:
        """The person whose view `match` frames, named in its group `group`: "his"/"her" (the last such
        subject) or a phrase ("As the Vice President saw it", "to the President's mind")."""
        text = self.text
        holder = match.group(group)
        if holder in ("his", "her"):
            person = self.people.resolve_pronoun("m" if holder == "his" else "f", self.subjects)
            return Cue(match.start(), match.end(), None, person)
        phrase = phrase_starting_at(text, match.start(group), match.end(group))
        if phrase is None or not phrase.is_person or phrase.end < match.end(group) - 2:
            return None
        return Cue(match.start(), match.end(), phrase, self._resolve(phrase, phrase.start))

    def _note_opening_source(self, lo: int, hi: int) -> None:
        """The source a sentence opens with ("In the assessment of the President of the European
        Council, these talks marked …, and he encouraged …", "According to X, …"), noted as the last
        subject before the sentence's verbs are read, so that a "he" after it is that source (hard22:
        the verbs' cues are read before the rarer ones, and "he" went to the subject of the sentence
        before). Only for a sentence that opens with "In the " or "According to "."""
        match = _OPINION_OF.match(self.text, lo, hi) or _ACCORDING.match(self.text, lo, hi)
        if match is not None:
            self._according(match, hi)  # (notes the source as a subject)

    def _according(self, match: re.Match, hi: int) -> Cue | None:
        """The source named right after `match`: 'According to X, …', 'according to
        him', 'In the opinion of X, …'."""
        if self.text.startswith(("the ", "The "), match.end()) \
                and (told := _TEXT_ONE_GAVE.match(self.text, match.end(), hi)) is not None:
            # "According to the data she presented, …": her data, her statement
            gender = "f" if told.group(1) == "she" else "m"
            return Cue(match.start(), told.end(), None, self.people.resolve_pronoun(gender, self.subjects))
        pronoun = _OBJECT_PRONOUN.match(self.text, match.end(), hi)
        if pronoun is not None:
            gender = "f" if pronoun.group(1).lower() == "her" else "m"
            return Cue(match.start(), match.end(), None, self.people.resolve_pronoun(gender, self.subjects))
        phrase = phrase_starting_at(self.text, match.end(), hi)
        if phrase is None or not phrase.is_person:
            return None
        account = self.text.startswith(("’s", "'s"), phrase.end)
        if account and _POSSESSED_ACCOUNT.match(self.text, phrase.end, hi) is None:
            return None  # "according to the President’s instructions": to the instructions
        if phrase.kind == "description" and not account and _ACCORDING_TO_A_TEXT.match(self.text, match.end(), hi):
            return None  # "according to the report handed to the President": the report's
        if phrase.kind == "description" and self.text.find(",", phrase.end, min(hi, phrase.end + 40)) >= 0:
            phrase = self._named_after(phrase, hi) or phrase
        person = self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return Cue(match.start(), match.end(), phrase, person)

    def _came_from(self, came: re.Match, hi: int) -> Cue | None:
        """The person named right after a noun of speech and "from" (`_SPEECH_FROM`), as its source."""
        phrase = phrase_starting_at(self.text, came.end(), hi)
        if phrase is None or not phrase.is_person or phrase.kind == "pronoun" \
                or self.text.startswith(("’s", "'s"), phrase.end):
            return None
        person = self._resolve(phrase, phrase.start)
        self._note_subject(person, phrase)
        return Cue(came.start(), came.end(), phrase, person)

    def _named_after(self, phrase: Phrase, hi: int) -> Phrase | None:
        """The titled name a description is set off by, after its comma: 'According to the
        head of the delegation, First Deputy Prime Minister Yulia Sorel, …' is Yulia Sorel's."""
        text = self.text
        comma = text.find(",", phrase.end, min(hi, phrase.end + 40))
        if any(mark in text[phrase.end:comma] for mark in '.;:"“”()'):
            return None
        start = skip_space(text, comma + 1, hi)
        if start >= hi or not text[start].isupper():
            return None
        named = phrase_starting_at(text, start, hi)
        if named is None or named.kind != "name" or not named.role or not text.startswith(",", named.end):
            return None
        return named

    def _opinions(self, lo: int, hi: int) -> list[Cue]:
        """'In his opinion, …', 'In the President's view, …', 'In the opinion of the
        head of state, …' (not 'in the view of many experts': no one person)."""
        text = self.text
        cues = []
        for match in _OPINION_OF.finditer(text, lo, hi):  # the source named as "according to" names it
            cue = self._according(match, hi)
            if cue is not None:
                cues.append(cue)
        for match in _OPINION.finditer(text, lo, hi):
            holder = match.group(1)
            # (hundred-fourteenth 35706: "In the head of state’s opinion, …": the office read without its
            # "’s", which cut "the head of state" short at "of", a second speaker "the head")
            phrase = phrase_ending_at(text, match.start(1), match.end(1)) if holder in ("his", "her") else \
                phrase_starting_at(text, match.start(1), match.end(1) - 2 if holder.endswith(("’s", "'s"))
                                   else match.end(1))
            if holder in ("his", "her"):
                person = self.people.resolve_pronoun("m" if holder == "his" else "f", self.subjects)
                cues.append(Cue(match.start(), match.end(), None, person))
            elif phrase is not None and phrase.is_person:
                cues.append(Cue(match.start(), match.end(), phrase, self._resolve(phrase, phrase.start)))
        return cues

    def _concerns(self, lo: int, hi: int) -> list[Cue]:
        """'The head of state is particularly worried by the spread of drugs …', 'X was
        deeply concerned about …': one person's concern stated, as "expressed concern"
        (not "as far as X is concerned," nor "the parties concerned": no by/about/over/that)."""
        return self._person_before(lo, hi, (_CONCERN,))

    def _gladness(self, lo: int, hi: int) -> list[Cue]:
        """'Mr Putin was glad to hear from Mr Berlusconi that he had already taken some steps
        …': one person's gladness at news, said to the other (the news told is cited in it)."""
        return self._person_before(lo, hi, (_GLAD_TO_LEARN,))

    def _beliefs(self, lo: int, hi: int) -> list[Cue]:
        """'X is convinced that …', 'X's position is that …'."""
        return self._person_before(lo, hi, (_BELIEF, _POSITION))

    def _person_before(self, lo: int, hi: int, patterns: tuple[re.Pattern, ...]) -> list[Cue]:
        """A cue at each match of `patterns` whose subject, the phrase just before it, is a person."""
        text = self.text
        cues = []
        for pattern in patterns:
            for match in pattern.finditer(text, lo, hi):
                phrase = phrase_ending_at(text, lo, match.start())
                if phrase is None and text.startswith(", ", match.start() - 2):
                    # "The President of Drevnia, Ales Harbunou, is convinced: …", "Agata Roos, the only
                    # holdover from the previous cabinet, sought to reassure …"
                    phrase = self._named_in_apposition(lo, match.start() - 2) \
                        or self._named_before_aside(lo, match.start() - 2) \
                        or self._office_before_aside(lo, match.start() - 2, spoken_before=True)
                if phrase is not None and phrase.is_person:
                    person = self._resolve(phrase, phrase.start)
                    self._note_subject(person, phrase)
                    cues.append(Cue(match.start(), match.end(), phrase, person))
        return cues

    def _named_in_apposition(self, lo: int, comma: int) -> Phrase | None:
        """The name set off by commas after its office, ending at `comma`: "The President of
        Drevnia, Ales Harbunou, is convinced: …" (the office opens the sentence; a clause
        before a comma, "In Velsk, the President …", names no one after its office)."""
        name = phrase_ending_at(self.text, lo, comma)
        if name is None or name.kind != "name" or not self.text.startswith(", ", name.start - 2):
            return None
        office = phrase_ending_at(self.text, lo, name.start - 2)
        return name if office is not None and office.is_person and (
            office.start == lo or self.text[lo] == "A" and _FRONTED_APPOSITION.fullmatch(self.text, lo, office.start)
        ) else None

    def _present_after_opening_apposition(self, lo: int, pos: int, form: str, ve: int) -> bool:
        """Whether the present form `form` (ending at `ve`, its that-clause next) follows the
        apposition of the name that opens the sentence: "Olek Tarnas, minister of roads, believes
        that …" (hundred-twenty-second), a verb as "said" there is; a present form after any
        other comma may be a noun of a list ("roads, bridges, hopes that …" is rare, a name is not)."""
        text = self.text
        if not form.endswith("s") or not text.startswith(" that ", ve):
            return False
        phrase = phrase_ending_at(text, lo, pos)
        return phrase is not None and phrase.kind == "name" and "," in phrase.text and not text[lo:phrase.start].strip()

    def _cue_at(self, vs: int, ve: int, lo: int, hi: int, clause: list[Cue] | None = None) -> Cue | None:
        """The subject of the speech verb at text[vs:ve], if it is a cue at all (its
        complement is the caller's to check: `_cues` does)."""
        text = self.text
        form = text[vs:ve]
        finite = form.endswith(("ed", "ing")) or form in _IRREGULAR_PAST  # past or -ing: a verb, not a noun
        if form.startswith("quot") and text.find(" as ", ve, hi) >= 0:
            # "The Telegram channel X quoted the head of state as saying: “…”": his words; (hard23) "The
            # statement quoted the Norvellian Vice President as underlining …": any speech verb's -ing
            quoted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            said = _QUOTED_AS.match(text, quoted.end, hi) if quoted is not None and quoted.is_person else None
            if said is not None and quoted is not None and (said.group(1) == "saying" or said.group(1) in SPEECH_VERBS):
                return Cue(vs, said.end(), quoted, self._resolve(quoted, quoted.start))
        if not finite and _AUXILIARY_NEXT.match(text, ve, hi):
            return None  # "security guarantees will not work": a noun ("which they agreed has …" is a verb)
        if not finite and form in _PLURAL_NOUN_FORMS and (ve >= hi or text[ve] in _NO_OBJECT_MARKS):
            # "… reforming international organizations to reflect African voices.": a plural noun that
            # ends its clause (the verb "voices" takes an object), not a group speaking
            return None
        if finite and text.startswith(" to ", ve) and _TO_BE_OR_HAVE.match(text, ve, hi) \
                and not (form.startswith(("ask", "request")) and _TO_BE_TOLD.match(text, ve, hi)):
            return None  # "individuals believed to have been involved": no one says anything
            # (but "asked to be informed of the mood of …", "requested to be kept abreast of …": a question put)
        if form.startswith("welcom"):
            if _WELCOMED_TO.match(text, ve, hi) or _WELCOMED_COUNT.match(text, ve, hi) \
                    or _WELCOMED_FOR_A_MEETING.match(text, ve, hi):
                return None  # "welcomed President Castro to the White House", "welcomed 20 leaders", "welcomed
                # President X and Prime Minister Y for a joint meeting": a host
            if _RECEIVED_AT.match(text, ve, hi) \
                    and (guest := phrase_starting_at(text, skip_space(text, ve, hi), hi)) is not None \
                    and (guest.kind == "group" or guest.is_person and guest.kind in ("name", "description")):
                # "warmly welcomed President X on Alexander Nevsky Square", "welcomed Vladimir and Lyudmila
                # Putin at the entrance to the palace" (a couple of guests): a host
                return None
            if _RECEIVED_PRONOUN_AT.match(text, ve, hi):
                return None  # "President X welcomed him at the Mariinsky Palace": the guest named before
        pos, last = self._skip_fillers_back(lo, vs)
        if not finite and pos < vs and _DO_SUPPORT.search(text, pos, vs) is not None:
            # "The President, however, did not rule out …": "did" before the plain form makes it a verb (a
            # clause set off by commas before it reads as with a past form)
            finite = True
        if (finite or form == "given") and text.startswith("to have ", vs - 8) \
                and (hearsay := _HEARSAY_TO_HAVE.search(text, max(lo, vs - 40), vs)) is not None:
            # "Ales Harbunou is reported to have invited …", "The Tavrenian is reported to have said
            # that …", "Mr X is understood to have given his assent": his act or his words, told at second
            # hand ("X was quoted as saying …": the
            # verb "quoted" and `_AS_SAYING_AFTER_QUOTED`)
            pos, last = self._skip_fillers_back(lo, hearsay.start())
        if not finite and pos < vs and _WILL.search(text, pos, vs):
            return None  # "The President will provide an update … on Monday": a future act, not a report
        aside = self._aside_before(lo, pos) if text.rfind(")", lo, pos) >= 0 else None  # (most have no ")")
        if aside is not None:  # "NEC Director Brian Deese (Council Co-Chair) emphasized"
            pos, last = self._skip_fillers_back(lo, aside)
        window = max(lo, pos - 12)
        before = text[window:pos].rstrip()
        if before.endswith(("’s", "'s", "s’", "s'", " a", " an", " the", " this", " that")):
            return None  # "Charles Michel's call for …", "the call for …": a noun, not a verb
        if not finite and before.endswith((" their", " its", " our", " your", " my", " his")):
            return None  # "allows the public to address their requests to …": a noun after its owner
        if not finite and before.endswith(("ing", "ief", "nal", "ory", "ort")) \
                and _OWNER_AND_KIND.search(text, max(lo, pos - 30), pos):
            return None  # "In his opening remarks President X emphasised …": a noun, its owner and kind before it
        comma = before.endswith(",")  # (read once: three tests below ask)
        # the last word of `before`: the word the fillers stopped at, cut to the window
        prev = text[max(last[0], window):last[1]].lower() if last is not None and last[1] > window else ""
        if form == "given" and _GIVEN_AFTER.search(text, max(lo, vs - 24), vs) is None:
            return None  # ("“…” given to X", "given the situation": no one gave an order)
        if form == "quoted" and prev in ("was", "were", "is", "are", "been") and last is not None:
            quoted_as = _AS_SAYING_AFTER_QUOTED.match(text, ve, hi)
            if quoted_as is not None:
                # "Mr X was quoted as saying that …", "Mrs Y was later quoted by the news agency as saying …":
                # the subject's words at one remove
                phrase = phrase_ending_at(text, lo, self._skip_fillers_back(lo, last[0])[0])
                if phrase is not None and phrase.is_person:
                    return self._subject_cue(vs, quoted_as.end(), phrase)
        if prev in ("was", "were", "been", "be", "being", "is", "are"):
            if form.endswith("ing") and prev != "being" and last is not None:
                # "The President is calling on Congress to …", "X was stressing that …", "has been urging
                # …": a progressive, whose subject speaks (an -ing form is never a passive's participle)
                return self._progressive_subject(vs, ve, lo, last[0])
            by = _PASSIVE_BY.match(text, ve)
            if by is None:
                return None  # a passive with no agent
            phrase = phrase_starting_at(text, by.end(), hi)
            if phrase is None or not phrase.is_person:
                return None
            if text.startswith((",", ";"), phrase.end) and _more_agents(text, phrase.end, hi):
                return None  # "was briefed by Administrator A, Advisor B, and Director C on …": a group
            if text.startswith(" and ", phrase.end) and _PLURAL_AGENT.match(text, phrase.end + 5, hi):
                return None  # "was announced by President X and fellow heads of state …": two or more, a group
            person = self._resolve(phrase, phrase.start)
            self._note_subject(person, phrase)
            return Cue(vs, ve, phrase, person)
        if (comma or before.endswith((", –", ", —"))) and form in _INVERTING_VERBS:
            # (", – replied X": a dash dialogue's turn, "– Forty-two since January, – replied X.")
            # "Ukraine is ready only for full-fledged talks, said Mykhailo Podoliak, Adviser …"
            inverted = phrase_starting_at(text, skip_space(text, ve, hi), hi)
            if inverted is not None and inverted.kind in ("name", "description") \
                    and _INVERTED_END.match(text, inverted.end, hi):
                return self._subject_cue(vs, ve, inverted)
        if finite and before.endswith(("—", "–", " -")):  # (" - ": a hyphen typed for a dash, hard16)
            named = self._named_before_dashes(lo, pos)  # "Omar Velde — a nurse from Boise, Idaho — described"
            if named is not None:
                return self._subject_cue(vs, ve, named)
        if prev in ("and", "or") or comma:
            if not finite and not (comma and self._present_after_opening_apposition(lo, pos, form, ve)):
                return None
            if prev == "and" and not comma and self._in_who_report(lo, vs):
                return None  # "… with mayors who shared … and described how …": the mayors', a group
            if prev == "and" and form.endswith("ing") and last is not None and _GERUND_AFTER_PREPOSITION.search(
                    text, max(lo, last[0] - GERUND_PAIR_REACH), last[0]) is not None:
                # "… awarding him the Order for his contribution to strengthening relations and
                # guaranteeing stability": the second of two gerunds a preposition governs, a thing
                # done, not a verb the clause's subject says
                return None
            if comma and text.endswith(_ASIDE_ENDS, max(lo, pos - 8), pos):
                aside_match = _SUBJECT_ASIDE.search(text, max(lo, pos - 40), pos)
                subject = phrase_ending_at(text, lo, aside_match.start()) if aside_match is not None else None
                if aside_match is not None and (subject is None or not subject.is_person) \
                        and text.rfind(",", max(lo, aside_match.start() - DESCRIBING_ASIDE_REACH), aside_match.start()) > lo:
                    # "Senator X, who has chaired … and who visited …, for her part, would welcome …": the
                    # subject before a describing aside, then "for her part"
                    subject = self._named_before_aside(lo, aside_match.start()) or subject
                if subject is not None and subject.is_person and subject.kind != "pronoun":
                    # "…; the prime minister, in turn, briefed him …": the clause's own subject,
                    # set off by an aside, not the subject of the clause before
                    return self._subject_cue(vs, ve, subject)
            if comma and text.endswith(_REPORTING_ASIDE_ENDS, max(lo, pos - 14), pos) \
                    and (report := _REPORTING_ASIDE.search(text, max(lo, pos - 90), pos)) is not None:
                # "Mr Ralin, the presidential press service reported afterwards, also touched on …": the
                # subject before an aside that says who reported it (the aside's own verb has no person)
                subject = phrase_ending_at(text, lo, report.start())
                if subject is not None and subject.is_person and subject.kind != "pronoun":
                    return self._subject_cue(vs, ve, subject)
            if comma and (text.find("while", lo, pos) >= 0 or text.find("whereas", lo, pos) >= 0):  # (no copies)
                named = phrase_ending_at(text, lo, back_over(text, lo, pos, " ,"))
                office = _WHILE_THE_OFFICE.search(text, max(lo, named.start - 90), named.start) \
                    if named is not None and named.kind == "name" else None
                if office is not None and named is not None:
                    # "X stressed …, while the dean of the diplomatic corps, Ambassador Y, noted …":
                    # the new clause's subject, an office and its holder's name, not X
                    cue = self._subject_cue(vs, ve, named)
                    return Cue(vs, ve, named._replace(start=office.start(1)), cue.person)
            if comma and clause and text.find(", and ", lo, pos) >= 0:
                # (only after a clause with a cue of its own: "X, …, and Y, …, welcomed" is a pair)
                named = self._named_before_aside(lo, pos) or self._office_before_aside(lo, pos)
                if named is not None and named.is_person and named.kind != "pronoun" \
                        and text.endswith(", and ", max(lo, named.start - 6), named.start):
                    # "Ms X welcomed …, and the Vice President, a former professor of law, stressed …": the
                    # new clause's own subject before a describing aside, not the subject of the clause before
                    return self._subject_cue(vs, ve, named)
            shared = self._clause_subject(lo, vs, clause)
            if shared is not None and shared.phrase is not None and not clause and prev == "and" \
                    and not form.endswith("ing") and _MODAL_PREDICATE.match(text, shared.phrase.end, vs):
                # "Vladimir Putin will also meet with A, B and invited guests, …": a past form
                # cannot share "will meet" or "is scheduled to meet" (that would be "and invite");
                # a participle before a noun, one more item of the list, no second verb of the subject
                return None
            if shared is None:
                if comma and not prev == "and":
                    phrase = phrase_ending_at(text, lo, pos)  # "Dennis Hastert, Speaker of the House, said"
                    if phrase is None or phrase.kind != "description":
                        # "Dmitri Halvorsen, Chief Executive Officer of Northgate Cells, shared": not the firm
                        named = self._named_before_office_aside(lo, pos)
                        if named is not None and (phrase is None or phrase.start > named.start):
                            phrase = named  # (not "Dennis Hastert, Speaker of the House", read whole already)
                    inside = phrase is not None and self._object_before(lo, phrase)  # "… of President Y, spoke"
                    if phrase is None or not phrase.is_person or _lone_word(phrase) or inside \
                            or ", a" in phrase.text and _A_DESCRIBING.search(phrase.text):  # ("X, a former negotiator")
                        # "Matthew Desmond, one of the leading researchers on evictions, presented";
                        # "X, former Chair … under the administration of President Y, spoke": X
                        named = self._named_before_aside(lo, pos)
                        if named is None and inside:
                            return None
                        phrase = named or phrase
                    if phrase is None:
                        # "Senator Ted Cruz, commented:", "Advocate, Francesca Mani, said:"
                        phrase = phrase_ending_at(text, lo, back_over(text, lo, pos, " ,"))
                        if phrase is not None and self._object_before(lo, phrase):
                            return None  # "A and B, co-founders of Tarsel Shipping, discussed": not the firm
                        if phrase is not None and _lone_word(phrase):
                            # "Mayor Harriet Oduya of Flintridge, Michigan, shared": the mayor, not the state
                            phrase = self._named_before_place(lo, phrase) or phrase
                    if phrase is not None:
                        return self._joined_by_and(lo, vs, ve, phrase) or self._subject_cue(vs, ve, phrase)
                return None
            return Cue(vs, ve, shared.phrase, shared.person, coordinated=True)
        if form.endswith("ing"):
            # "…, with Mr Putin expressing the hope that …": the clause is his
            phrase = phrase_ending_at(text, lo, pos)
            if phrase is None or phrase.kind not in ("name", "description") \
                    or not _WITH_CLAUSE.search(text, max(lo, phrase.start - 8), phrase.start):
                return None
            return self._subject_cue(vs, ve, phrase)
        if prev in ("to", "not", "would", "will", "should", "must", "can", "could", "may"):
            eager = _GLAD_TO.search(text, max(lo, vs - 48), vs) if prev == "to" else None
            if eager is None:
                return None
            # "The President continues to call on …", "The Minister was pleased to share …"
            phrase = phrase_ending_at(text, lo, self._skip_fillers_back(lo, eager.start())[0])
            if phrase is None or not phrase.is_person or text[lo:phrase.start].strip():
                return None  # (not "As the President continues to call for …, the White House is …")
            return self._subject_cue(vs, ve, phrase)
        if not finite and self._object_of_giving(lo, last):
            return None  # "The President gave detailed answers to …": a noun, the object of another verb
        phrase = phrase_ending_at(text, lo, pos)
        if not finite and phrase is not None and phrase.start > lo and self._gives_to(lo, phrase.start):
            return None  # "Members of the Cabinet provided the President updates on …": the person is the one
            # given to, the -s word ("updates", "reports") a noun, the thing given
        if phrase is not None and phrase.is_person and text.endswith(" to ", max(lo, phrase.start - 4), phrase.start):
            if _WRITING_TO.search(text, max(lo, phrase.start - 60), phrase.start) is not None:
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
        if phrase is None:
            if prev == "who" and last is not None and text.find("t was ", lo, vs) >= 0:
                return self._cleft_cue(vs, ve, lo, last[0])  # "It was Mr Dann who suggested …"
            return None
        if not finite and form[-1] == "s" and _plural_noun_before(text, phrase):
            return None  # "Ukraine, like all sovereign states, has …", "submitted official requests": nouns
        if phrase.kind == "thing" and text.startswith("delegation", phrase.end - 10, phrase.end):
            head = _HEAD_OF_DELEGATION.search(text, max(lo, phrase.end - 58), phrase.end)
            if head is not None:  # "The head of the delegation invited …": whom it is led by
                phrase = Phrase("description", head.start(), phrase.end, text[head.start():phrase.end],
                                role="head of delegation")
        if not phrase.is_person:
            # "Member of the delegation Oleksandr Chalyi who heads the legal group added"
            phrase = self._subject_before_who(lo, phrase.start) or phrase
            if not phrase.is_person and text.startswith(", ", phrase.start - 2):
                # "Minister of Construction, Housing and Utilities Denis Orekhov reported": the minister
                phrase = portfolio_list_before(text, phrase.start, phrase.end, tuple(phrase.text.split()), lo) or phrase
            if not phrase.is_person and text.endswith("ead of ", max(lo, phrase.start - 7), phrase.start):
                # "The head of the delegation assured …", "The head of the region": who leads it
                head = _HEAD_OF_BACK.search(text, max(lo, phrase.start - 12), phrase.start)
                person = self._head_of_what(head.start()) if head is not None else None
                if person is not None and head is not None:
                    phrase = Phrase("description", head.start(), phrase.end, text[head.start():phrase.end],
                                    role="head")
                    self._note_subject(person, phrase)
                    return Cue(vs, ve, phrase, person)
        elif _lone_word(phrase):
            # "Mayor Purzycki of Wilmington, Delaware praised": the place's state, after the person's town
            phrase = self._named_before_place(lo, phrase) or phrase
        # (no word before: an empty span, whose joiner "" meets no test below)
        joined = word_back(text, max(lo, phrase.start - 12), phrase.start) or (phrase.start, phrase.start)
        joiner = text[joined[0]:joined[1]].lower()
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
        if joiner in _RELATIVE_PRONOUNS:
            if joiner == "which" and phrase.is_person and _APPOSITIVE_HEAD.search(text, max(lo, joined[0] - 90), joined[1]):
                # "…, an initiative for which Mr Putin thanked its authors", "… — a project which the Governor-General
                # called “…”": a noun set off after the clause, whose relative clause is one person's speech (dev
                # kremlin_26876, hard13, hard20); the statement opens at the noun (`_cues` cuts the clause before it)
                return self._subject_cue(vs, ve, phrase)
            if joiner == "which" and phrase.is_person and form.startswith(_REPLY_STEMS) \
                    and _REPLY_RELATIVE.search(text, max(lo, joined[0] - 24), joined[1]):
                # "…, the Prime Minister aired his concerns over …, to which the Secretary responded with a pledge
                # of …" (hard26): the relative clause is a second person's reply to the first's words, his own
                # statement (the verb of replying only; "…, to which the Vice President travelled" is no speech)
                return self._subject_cue(vs, ve, phrase)
            if joiner == "which" and phrase.kind == "pronoun" and _EVENT_WHICH.search(text, max(lo, joined[0] - 18), joined[1]):
                # "Vladimir Putin held a working meeting with X, during which he announced his intention to
                # nominate …" (hundrednineteenth 17660, fortysixth 58695): "which" is the meeting, not what
                # was said, and the pronoun is the sentence's subject, who announces the appointment
                return self._event_which_cue(vs, ve, lo, hi, phrase)
            return None  # "…, which the Vice President announced in May": a relative clause
        if form.startswith(_JUDGING_VERBS) and phrase.kind == "thing" and joiner.isalpha() and joiner.islower() \
                and joiner not in ("and", "but", "or") and _GAP_COMPLEMENT.match(text, ve, hi) is not None:
            # "… the real economy sectors the government considers most promising.", "as the
            # ministry deems necessary.": the judged thing is the noun before, a relative (or "as")
            # clause with no "that" or "which" describing it, not a body's statement (a person's
            # judgement stays theirs: "… an initiative the Russian President considered very important.")
            return None
        if joiner.endswith("ing") and joiner not in _ING_PREPOSITIONS and joined[0] > lo \
                and text[joined[1]:phrase.start] == " ":
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
        if joiner == "that" and _TITLE_THEN_THAT.search(text, max(lo, joined[0] - 40), joined[0]) \
                and _VERB_ENDS_CLAUSE.match(text, ve, hi):
            return None  # "… the Blueprint for … Crisis that she announced last year.": a relative clause
        if joiner == "and" and phrase.is_person:
            end = back_over(text, lo, joined[0], " ,")  # "The President, X, and Y"
            other = phrase_ending_at(text, lo, end)
            listed = "," in text[end:joined[0]]  # "…, and she encouraged": a clause of its own after a group
            # (after any noun: "… for being a strong Harbour Ally, and she reiterated …": hers)
            if other is not None and other.end >= end - 1 and not (listed and (self._object_before(lo, other)
                                                      or self._object_of_verb(lo, other)
                                                      or phrase.kind == "pronoun")) \
                    and not (other.kind == "name" and self._object_of_verb(lo, other)) and (
                    other.kind in ("name", "description", "pronoun") or other.kind == "group"
                    and not listed and other.text.split()[0].lower() not in ("they", "we")):
                # "The President of Russia and the Federal Chancellor agreed", "Both the
                # Director-General and the Vice President reiterated": the two together
                # (not "The leaders discussed Rafah and the President reiterated …": a name that is
                # the object of a past verb ends the clause before, the President speaks alone)
                return Cue(vs, ve, Phrase("group", other.start, phrase.end, text[other.start:phrase.end]), None)
        if phrase.kind == "pronoun" and text[lo:phrase.start].rstrip().endswith(","):
            # "Following the Vice President’s meetings in Dubai, she directed …": the pronoun
            # after an opening phrase is the one whose meetings they were
            owner = self._owner_before(lo, phrase.start)
            person = self._resolve(owner, owner.start) if owner is not None else None
            if person is not None and person.gender in (None, phrase.gender):
                if person.gender is None:
                    person.gender = phrase.gender  # ("He …" next is not her)
                return Cue(vs, ve, phrase, person)
        return self._subject_cue(vs, ve, phrase)

    def _object_of_preposition(self, lo: int, start: int) -> bool:
        """The name at `start` follows a preposition ("While in Colombia, Sherwood-Randall
        met with Foreign Minister Leyva …"): someone met, not the sentence's subject,
        whom a "she" in the next sentence would mean."""
        word = word_back(self.text, max(lo, start - 12), start)
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

    def _object_before(self, lo: int, phrase: Phrase) -> bool:
        """`phrase` follows a preposition: the object of a clause ("… a visit by
        Prime Minister Bennett, and Mr. Sullivan conveyed"), not a subject."""
        word = word_back(self.text, max(lo, phrase.start - 12), phrase.start)
        return word is not None and self.text[word[0]:word[1]].lower() in _OBJECT_PREPOSITIONS

    def _object_of_verb(self, lo: int, phrase: Phrase) -> bool:
        """`phrase` follows a verb in the past ("X thanked the King, and the King
        assured …"): the object of one clause, not half of the next one's subject."""
        word = word_back(self.text, max(lo, phrase.start - 16), phrase.start)
        if word is None or not self.text[word[1]:phrase.start].isspace():
            return False
        verb = self.text[word[0]:word[1]]
        return verb.islower() and (verb.endswith("ed") or verb in _IRREGULAR_PAST or verb == "met")

    def _office_opening(self, lo: int, hi: int) -> Person | None:
        """The person an office that opens the sentence means ("The President spoke
        to Senator X …"), or None."""
        text = self.text
        if not (text.startswith("The ", lo) and text[lo + 4:lo + 5].isupper()) \
                and not text.startswith(("The head of state", "The head of government"), lo):
            return None  # (the house style of Minsk writes "The head of state then visited …")
        subject = phrase_starting_at(text, lo, hi)
        if subject is None or subject.kind != "description":
            return None
        return self.people.resolve_description(subject, self.subjects)

    def _named_before_place(self, lo: int, place: Phrase) -> Phrase | None:
        """The person before "of <town>, " that `place` follows, or None ("Mr X" is no place:
        "Following the meeting with President of Velmora Anton Brask, Mr Halen confirmed …")."""
        text = self.text
        if not text.startswith(", ", place.start - 2) or has_honorific(place):
            return None
        named = phrase_ending_at(text, lo, place.start - 2)
        if named is None or named.kind != "name" or " of " not in named.text or _lone_word(named):
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
        if not _DESCRIBING_ASIDE.match(text, aside, end):
            office = phrase_starting_at(text, aside, end)
            if office is None or office.kind != "description" or not office.role:
                return None
        named = phrase_ending_at(text, lo, back_over(text, lo, opening, " "))
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
        if not is_office_aside(text, aside, end):
            # "Kofi Arden, CEO, Arden Logistics, warned": a name, its office, the office's firm
            back = text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), comma)
            if back <= lo or not OFFICE_ASIDE.fullmatch(text, aside, end) \
                    or not is_office_aside(text, skip_space(text, back + 1, comma), comma):
                return None  # (not an office: a second name, a place)
            comma = back
        named = phrase_ending_at(text, lo, comma)
        if named is None or named.kind != "name" or len(named.name) < 2 \
                or self._object_before(lo, named) or _NAMES_A_BODY.match(text, lo, comma):
            return None
        return named

    def _opens_clause(self, lo: int, start: int) -> bool:
        """Whether the subject at `start` opens its sentence, or follows only a fronted participle
        clause ("Thanking him, Mr Tamlin, whose government took office in June, recalled …")."""
        text = self.text
        if not text[lo:start].strip():
            return True
        return text[lo].isupper() and (_FRONTED_PARTICIPLE.fullmatch(text, lo, start) is not None
                                       or _FRONTED_REPLY.fullmatch(text, lo, start) is not None)

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

    def _named_before_aside(self, lo: int, pos: int) -> Phrase | None:
        """The full name before a describing aside set off by commas that ends at
        `pos` ("Ida Morn, one of the port's oldest pilots, warned"), or None."""
        text = self.text
        found = self._comma_aside_before(lo, pos)
        if found is None:
            return None
        end, comma, aside = found
        back, part, stop = comma, aside, end
        for _ in range(3):
            if not (text.startswith("and ", part) or text[part:stop].isalpha() and text[part].isupper()):
                break
            # "X, a home care worker from Tucson, Arizona, described", "X, a teacher from Duluth,
            # Minnesota, and the state’s Teacher of the Year, described": the aside goes on after a comma
            stop, back = back, text.rfind(",", max(lo, end - DESCRIBING_ASIDE_REACH), back)
            if back <= lo:
                break
            part = skip_space(text, back + 1, stop)
            if _DESCRIBING_ASIDE.match(text, part, stop):
                comma, aside = back, part
                break
        if not _DESCRIBING_ASIDE.match(text, aside, end):
            office = phrase_starting_at(text, aside, end)  # "David Laibson, Professor of Economics at Harvard,"
            if office is None or office.kind != "description" or not office.role:
                return None
        else:
            office = None
        named = phrase_ending_at(text, lo, comma)
        if named is not None and named.kind == "description" and named.role:
            # "Brian Stewart, CEO of The Superior Group, an electrical contractor in Ohio,": the office's bearer
            before = back_over(text, lo, named.start, " ")
            if before > lo and text[before - 1] == ",":
                bearer = phrase_ending_at(text, lo, before - 1)
                # (but not after a fronted clause, hard20: "Reciprocating the sentiments, the Zhanarian President,
                # who marks …, spoke": the office is the subject, the words before its comma no bearer)
                if bearer is not None and bearer.is_person or not self._opens_clause(lo, named.start):
                    named = bearer
        if named is not None and named.kind == "description" and named.role \
                and (not named.possessive or named.role.endswith(_HONOURS)) \
                and self._opens_clause(lo, named.start):
            # ("His Majesty, who has led the kingdom since 1999, noted": an honour, not "his counterpart")
            return named  # "The Arvandian guest, who has headed the government since 2018, pointed out"
        if named is None or named.kind != "name" or _NAMES_A_BODY.match(text, lo, comma):
            return None
        if len(named.name) < 2 and not (named.role or text.startswith("who ", aside)) \
                and not (office is not None and self._opens_clause(lo, named.start)):
            # (hard21: but "Kovar, the state secretary for foreign affairs in the office of …, agreed": a
            # surname opening its clause, an office set off after it, is the office's holder, though the
            # readout named him first only in passing)
            # (but "President Mansour, who spoke at …, said": a person, titled or a "who"; and
            # "Ro, a former trade negotiator who …, put forward": a surname the readout gave in full)
            known = self.people.match_name(named.name) if self._opens_clause(lo, named.start) else None
            return named if known is not None and not known.weak and len(known.full_name) >= 2 else None
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
            described = phrase_ending_at(text, lo, phrase.start - 2)
            if described is not None and described.kind == "description" and described.is_person \
                    and word_back(text, max(lo, described.start - 12), described.start) is not None:
                pair = self._joined_by_and(lo, vs, ve, described)
                if pair is not None and pair.phrase is not None:
                    return Cue(vs, ve, Phrase("group", pair.phrase.start, phrase.end,
                                              text[pair.phrase.start:phrase.end]), None)
        joined = word_back(text, max(lo, phrase.start - 12), phrase.start)
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
        ("gave answers", "gave detailed answers"): the verb's word is a noun."""
        text = self.text
        for _ in range(2):
            if last is None:
                return False
            if text[last[0]:last[1]].lower() in _GIVING_VERBS:
                return True
            last = word_back(text, max(lo, last[0] - 20), last[0])
        return False

    def _gives_to(self, lo: int, start: int) -> bool:
        """The word right before the phrase at `start` is a verb of giving ("provided the President
        updates", "gave the Minister assurances"): the phrase is whom something is given to."""
        word = word_back(self.text, max(lo, start - 12), start - 1)
        return word is not None and self.text[word[0]:word[1]].lower() in _GIVING_VERBS

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

    def _subject_before_who(self, lo: int, pos: int) -> Phrase | None:
        """The person a relative clause with no commas follows, when text[:pos] ends
        inside that clause ("X who heads the group" + "added"); None if it does not."""
        text = self.text
        who = text.rfind(" who ", max(lo, pos - WHO_CLAUSE_REACH), pos)
        if who < 0 or "," in text[who:pos]:
            return None
        phrase = phrase_ending_at(text, lo, who)
        return phrase if phrase is not None and phrase.kind in ("name", "description") else None

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

    def _event_which_cue(self, vs: int, ve: int, lo: int, hi: int, pronoun: Phrase) -> Cue | None:
        """The press office's lead of an appointment: "X had a meeting with Y, during which he announced
        his decision to appoint him …" (fortysixth 58695, sixtyfifth 51437, seventieth 60668,
        hundrednineteenth 17660): the announced decision is the readout's news, the subject's statement,
        and the pronoun is the sentence's subject, a person named or described at its start (the
        President, not Y, the last named). Only "announced his/her decision/intention": the sets read
        other speech in such a clause ("…, during which he congratulated …", fortyfifth 53026; "…, during
        which he spoke about …", thirtyninth 72789) as narrative. No one's when the subject is no person,
        or not one the pronoun can be."""
        text = self.text
        if not text.startswith("announc", vs) or not text.startswith(_DECISION_ANNOUNCED, ve):
            return None
        subject = self._head_subject(lo, hi)
        if subject is None or subject.start != lo or not subject.is_person or subject.kind in ("pronoun", "group"):
            return None
        person = self._resolve(subject, subject.start)
        if person is None or person.gender not in (None, pronoun.gender):
            return None
        return Cue(vs, ve, pronoun, person)

    def _subject_cue(self, vs: int, ve: int, phrase: Phrase) -> Cue:
        person = self._resolve(phrase, phrase.start) if phrase.is_person else None
        if person is not None and phrase.kind == "pronoun" and self._object_named(ve, person):
            # "He, in turn, invited Mihai Voda to …" right after Voda spoke: he is not the
            # man he invites, but the subject before
            person = next((p for p in reversed(self.subjects[-50:])
                           if p is not person and p.gender in (None, phrase.gender)), person)
        if person is not None:
            if person.gender is None and phrase.kind != "pronoun":
                if self.text.startswith((" his ", " her "), ve) and self.text[vs:ve] in _OWN_WORDS_VERBS:
                    # "Minister Varo expressed his gratitude": his own (a name on no list of first
                    # names: the "She" of the woman he met is not him)
                    person.gender = "m" if self.text[ve + 2] == "i" else "f"
                elif self.text.endswith(("his part, ", "her part, "), max(0, phrase.start - 10), phrase.start):
                    person.gender = "m" if self.text[phrase.start - 9] == "i" else "f"  # "For her part, Minister Lor …"
            self._note_subject(person, phrase)
        return Cue(vs, ve, phrase, person)

    def _object_named(self, ve: int, person: Person) -> bool:
        """`person` is named by name right after the verb ending at `ve` (its object)."""
        k = bisect_left(self.name_starts, ve)
        if k >= len(self.name_spans):
            return False
        start, _, named = self.name_spans[k]
        return named is person and start - ve <= 40 and not any(ch in ".;:!?“\"" for ch in self.text[ve:start])

    def _clause_subject(self, lo: int, pos: int, clause: list[Cue] | None) -> Cue | None:
        if clause:
            return clause[-1]
        phrase = self._sentence_subject(lo, pos)
        if phrase is None:
            return None
        person = self._resolve(phrase, phrase.start) if phrase.is_person else None
        if person is not None:
            self._note_subject(person, phrase)
        return Cue(phrase.start, phrase.end, phrase, person)

    def _sentence_subject(self, lo: int, hi: int) -> Phrase | None:
        """The noun phrase a sentence is about, after any introductory phrase."""
        text = self.text
        starts = [lo]
        first = tokens(text, lo, min(hi, lo + 30))
        # "In particular, …", and participles: "Noting the situation in Tonga, the two leaders …"
        if first and (first[0][0].lower() in _INTRO_WORDS or (first[0][0].endswith("ing") and len(first[0][0]) > 5)
                      or text.startswith(_IN_ALL, lo)):
            comma = text.find(",", lo, min(hi, lo + 200))
            starts = [comma + 1] if comma > 0 else []
            if comma > 0:
                second = text.find(",", comma + 1, min(hi, comma + 200))
                if second > 0:
                    starts.append(second + 1)
        for start in starts:
            start = skip_space(text, start, hi)
            phrase = phrase_starting_at(text, start, hi)
            if phrase is None or phrase.kind == "thing" and phrase.text in ("who", "which"):
                continue  # ("Speaking to the crew, X, who served in the navy, said": a relative clause's)
            if _looks_like_verb(self._words_after(phrase.end, hi)):
                return phrase
            if phrase.kind == "name" and text.startswith(",", phrase.end):
                after = self._office_aside_end(phrase.end, hi)
                if after is not None and _looks_like_verb(self._words_after(after, hi)):
                    return phrase  # "Adm. Lisa Hume, Vice Chief, also joined the call and noted …"
        return None

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

    def _progressive_subject(self, vs: int, ve: int, lo: int, auxiliary: int) -> Cue | None:
        """The cue of a speech verb's -ing form after a form of "be" that starts at `auxiliary`
        ("The President is also urging …", "Ms X was noting that …", "X has been calling for …"): the
        person before the auxiliary and its fillers, when nothing but the clause's opening is before
        him (not "the letter to Chancellor X is asking …", not "…, who was assuring …")."""
        text = self.text
        pos, _ = self._skip_fillers_back(lo, auxiliary)
        if text.startswith("been", auxiliary):
            pos, _ = self._skip_fillers_back(lo, pos)
        phrase = phrase_ending_at(text, lo, pos)
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
        return office.end + 1 if text.startswith(",", office.end) else None

    def _words_after(self, pos: int, hi: int) -> list[str]:
        return _WORDS_AHEAD.findall(self.text, pos, min(hi, pos + 60))

    def _skip_fillers_back(self, lo: int, pos: int) -> tuple[int, tuple[int, int] | None]:
        """Where the words before `pos` stop being fillers ("the President also
        said"), and the last word before there (None if there is none near), which
        the caller reads next."""
        text = self.text
        while True:
            last = word_back(text, max(lo, pos - 30), pos)
            if last is None:
                return pos, None
            word = text[last[0]:last[1]]
            low = word.lower()
            if low == "and":
                # "has repeatedly and forcefully called": "and" between two fillers
                before = word_back(text, max(lo, last[0] - 30), last[0])
                if before is not None and text[before[0]:before[1]].lower() in SUBJECT_VERB_FILLERS:
                    pos = last[0]
                    continue
            if low in _IN_TURN_NOUNS:
                # (hard23: "The Ndoran Vice President in turn gave his host …", "X in reply assured …":
                # a two-word filler with no commas, as "X, in turn, …")
                before = word_back(text, max(lo, last[0] - 4), last[0])
                if before is not None and text[before[0]:before[1]] == "in":
                    pos = before[0]
                    continue
            if low not in SUBJECT_VERB_FILLERS or word[0].isupper():
                return pos, last
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

    # ------------------------------------------------------------ output

    def _note_subject(self, person: Person | None, phrase: Phrase | None) -> None:
        if person is None:
            return
        self._remember_subject(person)
        if phrase is not None and phrase.kind != "pronoun":
            phrase = _head_of_diplomacy(self.text, phrase)
            person.learn(phrase)
            self.mentions.append((person, phrase.start, phrase.end))

    def _emit(self, person: Person | None, kind: str, lo: int, hi: int, paragraph: int,
              chain: int | None = None, remember: bool = True) -> None:
        if hi <= lo:
            return
        # statements of one sentence arrive out of order (quotations first); keep
        # the list sorted and never let two statements overlap
        found = self.found
        k = len(found)
        while k > 0 and found[k - 1].start > lo:
            k -= 1
        for index in range(max(0, k - 1), min(k + 1, len(found))):
            neighbour = found[index]
            if neighbour.start < hi and lo < neighbour.end:
                if neighbour.person is person and neighbour.kind == kind:
                    # one statement, grown to cover both, up to the statements beside it
                    start, end = min(neighbour.start, lo), max(neighbour.end, hi)
                    if index > 0:
                        start = max(start, found[index - 1].end)
                    if index + 1 < len(found):
                        end = min(end, found[index + 1].start)
                    neighbour.start, neighbour.end = start, end
                    return
                if neighbour.start <= lo:
                    lo = neighbour.end
                else:
                    hi = neighbour.start
        if hi <= lo:
            return
        self.found.insert(k, Found(person, kind, lo, hi, paragraph, chain))
        if person is not None and remember:
            self.last_speaker = person
            self.last_statement_paragraph = paragraph
            self._remember_subject(person)

    def _settle_chains(self) -> None:
        """A multi-paragraph quotation has one speaker: the one its cue names."""
        by_chain: dict[int, Person] = {}
        for found in self.found:
            if found.chain is not None and found.person is not None and found.chain not in by_chain:
                by_chain[found.chain] = found.person
        for found in self.found:
            if found.chain is not None and found.chain in by_chain:
                found.person = by_chain[found.chain]


def _place_glued(name: tuple[str, ...]) -> bool:
    """A name of three words or more after "in" or "at" whose second word is a known first
    name and whose first is not ("in Kirovsk Anna Orlova"): a place and then a person."""
    first, second = name[0].lower(), name[1].lower()
    return (second in FEMALE_FIRST_NAMES or second in MALE_FIRST_NAMES) \
        and first not in FEMALE_FIRST_NAMES and first not in MALE_FIRST_NAMES


def _leads_body(role: str, wanted: list[str]) -> bool:
    """The office `role` leads a body whose name holds the words `wanted`, in order:
    "head of stepova regional military administration" the "regional military
    administration", "director general of state corporation" the "state corporation"."""
    words = role.split()
    if words[0] not in _BODY_LEADERS or "of" not in words:
        return False
    rest = iter(words[words.index("of") + 1:])
    return all(word in rest for word in wanted)  # (in order: `in` moves the iterator on)


def _ministers_of(role: str, portfolio: list[str]) -> bool:
    """The office `role` is the minister of the portfolio `portfolio` names, in order:
    "minister of health" of the Ministry of Health."""
    words = role.split()
    if words[0] != "minister" or "of" not in words:
        return False
    rest = iter(words[words.index("of") + 1:])
    return all(word in rest for word in portfolio)  # (in order: `in` moves the iterator on)


_HEAD_OF = re.compile(r"(?:[Tt]he\s+)?[Hh]ead\s+of\s+(?:the\s+)?")
_HEAD_OF_BACK = re.compile(r"\b(?:[Tt]he\s+)?[Hh]ead\s+of\s+$")
_LED_WORDS = re.compile(r"(?:[A-Za-z][\w’'-]*(?: |$))*")
"""The words after "the head of (the)", up to a mark ("the head of the Ostrian government, …")."""
_DELEGATION_LED_BY = re.compile(r"\b[Dd]elegation\b[^.;]{0,200}?\b(?:headed|led) by\s+")
_BODY_LEADERS = frozenset({"head", "director", "chief", "chairman", "chairwoman", "chairperson",
                           "administrator", "commissioner", "governor", "ceo", "president"})
_REGION_WORDS = frozenset({"region", "regional", "oblast", "province", "provincial"})


def _head_of_diplomacy(text: str, phrase: Phrase) -> Phrase:
    """"the head of Brevonian diplomacy" (read as "the head of Brevonian"): that
    country's foreign minister, the words to "diplomacy" its mention; any other phrase as it is."""
    if phrase.role != "head" and phrase.role != "head of foreign ministry":
        return phrase
    ministry = _HEAD_OF_FOREIGN_MINISTRY.match(text, phrase.start)
    if ministry is not None:
        # "the head of the Sarnian Foreign Ministry", "… MFA", "… foreign policy department":
        # that country's foreign minister
        return phrase._replace(kind="description", name=(), role="foreign minister", end=ministry.end(),
                               text=ministry.group(), country=phrase.country or ministry.group(1).lower())
    if phrase.role != "head":
        return phrase
    if not phrase.country or not text.startswith(" diplomacy", phrase.end):
        return phrase
    return phrase._replace(role="foreign minister", end=phrase.end + 10, text=phrase.text + " diplomacy")


_HEAD_OF_FOREIGN_MINISTRY = re.compile(
    r"[Tt]he\s+[Hh]ead\s+of\s+the\s+([A-Z][a-z]+)\s+(?:[Ff]oreign\s+[Mm]inistry|Ministry\s+of\s+Foreign\s+Affairs|MFA|"
    r"[Ff]oreign\s+[Pp]olicy\s+[Dd]epartment|Foreign\s+Office)\b")
"""'the head of the Sarnian Foreign Ministry', '… Ministry of Foreign Affairs', '… MFA',
'… foreign policy department'."""


def _in_an_aside(text: str, verb_start: int, verb_end: int, lo: int, hi: int) -> bool:
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


_WRITTEN_AFTER_QUOTE = re.compile(r"(?:wrote|writes|posted|tweeted)\b")
"""After a quotation and its author, a verb of writing ("“…,” President X wrote on social media"): read
only there, as "wrote a letter" elsewhere is narrative."""


_GIVEN_AFTER = re.compile(r"\b(?:was|were|been|be|being|is|are|has|have|had)\s+(?:also\s+|already\s+|now\s+)?$")
"""The words "given" speaks after: a passive's ("The order … was given by X") or a perfect's
("The President has given instructions to …"); not a participle on its own."""


_INSERTED_AFTER = re.compile(r"\s*(?:,|\.\s*$)")
"""What follows a verb of an inserted or closing attribution: a comma, or the end of the sentence."""


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
        and text.find(",", comma + 1, vs) < 0 and has_complement(form, " that ", 0, 6)


def _passive_complement(text: str, form: str, vs: int, ve: int, lo: int) -> bool:
    """The speech verb `form` at text[vs:ve], whose complement does not follow it, in a
    passive with its agent after it and its complement before it, as the subject
    ("Special attention was paid by the Head of State to …", "Concern about … was raised
    by the prime minister")."""
    # (and a perfect passive, hard20: "A message of greetings had been sent by President X to his counterpart")
    if _PASSIVE_BY.match(text, ve) is None:
        return False
    if not text.endswith(("was ", "were ", "been "), max(lo, vs - 5), vs):
        # (hard24: an adverb of manner between the auxiliary and the verb, "X's remarks … were warmly endorsed by
        # Qiu, who called …", "The plan was fully backed by the President")
        adverb = text.rfind(" ", max(lo, vs - 20), vs - 1)
        if adverb < 0 or not text.endswith("ly ", adverb, vs) or not text[adverb + 1:vs - 3].isalpha() \
                or not text.endswith(("was", "were", "been"), max(lo, adverb - 4), adverb):
            return False
        vs = adverb + 1
    subject = text[lo:vs].lower()
    if has_complement(form, subject, 0, vs - lo):
        return True
    # (hard23: "Earlier in the day, a congratulatory message had been sent …": the subject after a fronted
    # adverbial and its comma)
    comma = subject.find(", ")
    return 0 < comma < 60 and has_complement(form, subject, comma + 2, vs - lo)

_PUBLISHER_SUBJECT = re.compile(r"(?:The|This)\s+(?:[A-Z][\w’'-]*\s+){0,2}?(?:Administration|White House)\b")
"""The office that publishes a readout, as a sentence's subject ("The Administration will
host …", "The Biden-Harris Administration has …"): its own voice."""

_MEETS_NAMESAKE = re.compile(
    r"\b[Tt]he ((?:[A-Z][a-z]+ ){0,3}(?:President|Minister|Chancellor|Governor|Secretary|Advisor|Adviser|Mayor))"
    r" (?:also |today |virtually )?(?:met|meets|spoke|speaks|hosted|hosts|welcomed|welcomes|called|held|holds|had|has)"
    r"\b(?:[^.;]{0,60}?\b(?:with|to))? \1 [A-Z]")
"""A bare office meeting someone of the same office by name ("the President met today with
President Mele Tauvaka of Nalevu"): two people."""

# "The President met with …", "The Head of State held talks with …": a title whose host is a bare office
_TITLE_OFFICE_MEETS = re.compile(r"The\s+(?:[A-Z][a-z]+\s+){1,3}(?:met|meets|held|holds|had|has|received|receives|spoke|speaks|"
                                 r"talked|talks|conferred|confers)\b")

_NAMESAKE_OFFICES = ("President", "Minister", "Chancellor", "Governor", "Secretary", "Advisor", "Adviser", "Mayor")
"""The offices _MEETS_NAMESAKE knows (its group ends with one, and its back-reference repeats it)."""
_OFFICE_MEETS = re.compile(
    r"(?:President|Minister|Chancellor|Governor|Secretary|Advisor|Adviser|Mayor)"
    r" (?:also |today |virtually )?(?:met|meets|spoke|speaks|hosted|hosts|welcomed|welcomes|called|held|holds|had|has)\b")
"""_MEETS_NAMESAKE's office and verb alone: a quick test (no "the", no back-reference) it must pass."""


_ADJECTIVE_BEFORE_PLURAL = re.compile(
    r" [a-z][a-z-]+s(?:(?:, [a-z][a-z-]+s)*,? and (?:[a-z][a-z-]+ )?[a-z][a-z-]+s)? "
    r"(?:are|were|have|had|will|would|continue|remain)\b")
"""A lone capitalised word before a plural noun (or a list of them) and its verb ("Successful
efforts are being taken …", "Major repairs have begun …", "Preschool facilities, schools and
sports centres are being built …"): an adjective opening the sentence, no one's name
(`_common_noun`)."""

_GERUND_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|for|of|on|in|by|about|towards|without|from)\s+[a-z]+ing\b[^;:.!?]*\s$")
"""A gerund a preposition governs, and the words after it up to an "and" (`_cue_at`: "… to
strengthening relations between A and B and guaranteeing stability"; the "and" of the gerund
pair is the last word before the search's end)."""
GERUND_PAIR_REACH = 160
"""How far before the "and" such a gerund may stand (characters)."""

_STATE_OF_WORK = re.compile(
    r" (?:is|are|was|were)(?: [a-z]+ly)? (?:underway|under way|in progress|ongoing|"
    r"being (?:done|carried out|conducted|implemented|built|prepared|completed|developed))\b")
"""A lone capitalised word and the state of a work under way ("Work is actively underway to
prepare for the sowing campaign", "Construction is being completed"): a noun opening the sentence
in an official's report, no one's name (`_common_noun`)."""

_DONE_NOW_WORDS = frozenset({"paid", "given", "made", "done", "placed", "devoted", "taken"})
"""What is done to a thing in a report's present-tense passive (`_done_now_in_report`)."""
_VERBAL_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity")
"""How nouns made from verbs and adjectives end and no person's name does (`_thing_in_report`)."""
_FUTURE_NEXT = re.compile(r" (?:will|would|shall|is to|are to)\b")
_AMOUNT_CHANGED = re.compile(
    # (up to two lower-case words of a compound noun: "Gross domestic product grew by 4.1%.",
    # "Foreign direct investment rose …")
    r"(?: [a-z][a-z-]+){0,2} (?:rose|grew|fell|increased|decreased|declined|dropped|reached|exceeded|amounted|"
    r"totalled|totaled|doubled|tripled|slowed|shrank|surged|contracted|climbed|jumped|soared|plunged|expanded|"
    r"accelerated|went (?:up|down)|(?:was|were) (?:up|down)|stood at|came to)\b")
_NOUN_AND_ITS_OBJECT = re.compile(
    r" (?:for|of) (?!(?:the|a|an|his|her|its|their|our|this|that|these|those|all|each)\b)[a-z][a-z-]+")
_DONE_TO_A_THING = re.compile(
    r" (?:is|was|are|were|has been|have been|had been)(?: [a-z]+ly)? (?:given|paid|made|allocated|spent|"
    r"provided|granted|done|achieved)\b| (?:has|have) (?:started|begun)\b")

_THAN_AN_AMOUNT = re.compile(r"\s+than\s+(?:\d|a\s|an\s|half\b|one\b|two\b|three\b|ten\b|a\s+(?:third|quarter)\b|"
                             r"(?:a\s+)?(?:hundred|thousand|million|billion)\b)")


def _an_amount_opens(text: str, subject: Phrase) -> bool:
    """"More than 70 percent of adults have been vaccinated.", "Less than half …": an amount opening a
    sentence of a report carried on (`_goes_on_reporting`), no one's name. (Not in `_common_noun`: after a
    thanks, "More than 25,000 linemen … are on the ground …" is the readout's fact, fifth.)"""
    return subject.text in ("More", "Less", "Fewer") and _THAN_AN_AMOUNT.match(text, subject.end) is not None
_COUNTING_WORDS = frozenset({"several", "numerous", "dozens", "hundreds", "thousands", "many", "some", "few"}) \
    | frozenset("""two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred""".split())
"""Words that count what follows them and open a sentence capitalised ("Several dozen
people had been detained …", "Three new plants were opened in 2019." in a governor's report):
no one's name (`_common_noun`)."""

_PLURAL_DONE_TO = re.compile(r"(?: and [a-z][a-z-]+s)? (?:had|have) been [a-z]+(?:ed|en)\b")
"""A lone capitalised plural with a passive after it ("Firearms and explosives had been
confiscated …", "Weapons had been seized …"): things something was done to, no one's name
(`_common_noun`)."""

_NOUN_BEFORE_ITS_VERB = re.compile(
    r" (?!(?:also|still|then|now|too|again|already|alone|himself|herself|never|always|once|often|soon|"
    r"personally|however|thus|therefore|is|are|was|were|has|have|had|will|would|can|could|should|must|may|"
    r"might|did|does|do)\b)[a-z][a-z-]+(?<!ly) (?:is|are|was|were|has|have|had|will|would)\b")
"""A lone capitalised word, a lower-case noun and its verb ("Food processing has been increasing
…", "Grain output was up …"): a compound noun opening the sentence, no one's name (a person's
name is followed by its verb, or by an adverb: "Smith also has", `_common_noun`)."""

_OPENING_PREPOSITION = re.compile(r"(?:On|At|Upon|Under|Following|By|With)\s+")
"""A preposition that opens a sentence, before an owner ("On the President’s instruction, …")."""
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]*(?:[.&-]?[A-Z0-9]+)+")
"""A body's name written in capitals ("DOM.RF", "VTB", "AT&T"): no person's (`_spoken_of_in_report`)."""
_THE_BODY = re.compile(r"the (?:[A-Z][\w’'-]* ){0,3}(?:" + "|".join(
    sorted(w.capitalize() for w in ("ministry", "government", "bank", "agency", "service", "company", "corporation",
                                     "fund", "council", "committee", "commission", "administration", "office",
                                     "department", "institute", "centre", "center", "foundation"))) + r")\b[^,;]*")
"""A body named by what it is ("the Ministry of Construction", "the Central Bank")."""
_GERUND_SUBJECT = re.compile(r"(?: [a-z][a-z-]+){1,4} (?:is|was|are|were|remains|remained|has been|have been)\b")
"""A capitalised word in -ing, its object and a form of "be" ("Tapping land reserves is another
important aspect …"): a gerund opening the sentence, no one's name (`_common_noun`)."""
_GERUND_AND_ITS_OBJECT = re.compile(r" (?:the|an?|its|their|this|these|those|our|such) [a-z]")
"""A capitalised word in -ing before its object's article ("Increasing the supplies of fertilisers
will also help …", "Expanding these ties would …"): a gerund opening the sentence, a thing done, no
one's name (`_common_noun`)."""

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

_QUANTIFIERS = frozenset({"all", "both", "each", "every", "most", "many", "some"})


def _bodies_joined(subject: Phrase) -> bool:
    """A group of two bodies, one written as an acronym ("DOM.RF and the Ministry of Construction"):
    no people (`_spoken_of_in_report`, `_together`)."""
    if subject.kind != "group" or " and " not in subject.text:
        return False
    parts = subject.text.split(" and ")
    return len(parts) == 2 and any(_ACRONYM.fullmatch(part) for part in parts) \
        and all(_ACRONYM.fullmatch(part) or _THE_BODY.fullmatch(part) for part in parts)


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
    noun = _WORDS_AHEAD.match(text, skip_space(text, subject.end, len(text)))
    if noun is None or not noun.group().islower():
        return False
    word = noun.group()
    if word in ("that", "this"):
        return _all_that(text, subject)
    return word in NON_PERSON_WORDS or word.endswith("s") and word[:-1] in NON_PERSON_WORDS


def _all_that(text: str, subject: Phrase) -> bool:
    """"All that" or "all this" as a subject ("All that testifies to the positive changes in
    the economy.", after "The President said …"): all that was just told, a thing, not a group
    acting (not "all those present")."""
    return subject.text.lower() == "all" and text.startswith((" that ", " this "), subject.end)


_ABSTRACT_ENDINGS = ("ism", "isms")
"""How the names of doctrines end and no person's name does (`_common_noun`; not
"-tion": "Collaboration will continue …, and the Committee will hold …" closes a
readout as often as it carries on a report)."""

_PLURAL_NOUN_ENDINGS = ("tions", "sions", "ments")
"""How plural nouns made from verbs end and no person's name does ("Preparations were under way for
a meeting on transport …", "Investments are growing …": the subject is a thing, `_common_noun`)."""

_PLURAL_VERB = re.compile(r" (?:were|are|have|had)\b")
"""The plural verb after such a word (not "will", which opens the readout's own word on what comes
next: "Consultations will continue …")."""

_DESCRIBING_ASIDE = re.compile(r"(?:one|some|among|an?|who|whose|himself|herself|itself|having"
                               r"|the\s+(?:father|mother|son|daughter|widow|widower|sister|brother|wife|husband)\s+of"
                               # (hard16: the speaker's state or manner, "X, visibly shaken, promised …", "X, clearly
                               # moved, replied …", "X, dressed in black and speaking in a low voice, began …"; a
                               # description with "the" that is no office, "X, the frigate's former captain, assured",
                               # "X, the only holdover from the previous cabinet, sought …")
                               r")\s|(?-i:[a-z]+ly\s+[a-z]+(?:ed|en)\b|[a-z]+ed\s+(?:in|with|by|at)\s|the\s+(?:only|last|first|former|"
                               r"outgoing|incoming|veteran|longest-serving|youngest|oldest)\s|the\s+[a-z][\w-]*(?:’s|'s)\s"
                               # (hard20: what the speaker is doing, a present participle and its object, "Mr X,
                               # attending the Summit as an observer, affirmed …"; not "including", a list's)
                               r"|(?!including\b)[a-z]{3,}ing\s+(?:the|an?|his|her|their|its|this|that|as|in|at|on|for|from)\s"
                               # (hard21: an age, the wire's "Vostanyan, 47, filled Kessel in on …": two digits, the aside whole)
                               r"|[1-9][0-9]$"
                               # (hard26: where the speaker has just come from, an adjective of arrival before
                               # "from": "Prime Minister X, fresh from an address to Congress, made …", "X, just back
                               # from Brussels, told …", "X, straight from the front, urged …")
                               r"|(?:(?:just|freshly|newly)\s+)?(?:fresh|back|straight|home)\s+from\s"
                               # (hard24: a place's description of the person joined to another by "and", "Quispe,
                               # Lorvath's first woman president and a former judge of the Constitutional Tribunal,
                               # said": the aside whole, not the body that ends it)
                               r"|(?-i:[A-Z][\w-]*(?:’s|'s)\s+(?:[a-z][\w-]*\s+){1,3}and\s+(?:an?|the)\s))")
"""How an aside that describes the person before it opens (an office after a name
is read as the speaker's own phrase: "Ida Morn, the Minister of Energy, said")."""

_FRONTED_REPLY = re.compile(r"(?:In\s+(?:response|reply|turn|return)|For\s+(?:his|her)\s+part|At\s+the\s+outset"
                            r"|In\s+(?:his|her)\s+(?:response|reply|turn))\s*,\s*")
"""A short adverbial that opens a sentence before its subject, as a participle clause does (hard20: "In
response, the Marovian Prime Minister, whose country holds …, expressed …")."""
_FRONTED_PARTICIPLE = re.compile(r"[A-Z][a-z]+ing\b[^,;:.“”\"]{0,80},\s*")
"""A participle clause that opens a sentence before its subject: "Thanking him, ", "Responding to this, "."""

_GLAD_TO = re.compile(r"(?:(?:was|is|were|are)\s+(?:also\s+)?(?:pleased|glad|happy|proud|delighted)|continues|continued)"
                      r"\s+to\s+$")
"""Before a speech verb, what makes its infinitive the speaker's act: "continues to call on",
"was pleased to share" (the verbs whose plain form is a cue word: see ALL_SPEECH_VERBS)."""
_AS_SAYING_AFTER_QUOTED = re.compile(r"(?:\s+by\s+(?:the\s+)?[^,.;:“”\"]{1,60}?)?\s+as\s+(?:saying|having\s+said|telling|"
                                     r"stating|remarking|calling|describing)\b")
"""After "X was quoted", what makes the words X's: "as saying …", "by the news agency as saying …"."""
_KNOW_FORMS = frozenset({"know", "knows", "knew"})
_PRONOUN_AS_OBJECT = re.compile(r"\b(?:[a-z]+ed|told|gave|sent) (her|him) (?:for|to|that|on|of|about|with)\b")
"""A verb's object "her" or "him" (not "her team"): "thanked her for", "told him that"."""
_OWN_WORDS_VERBS = frozenset({"expressed", "expresses", "reaffirmed", "reaffirms", "reiterated", "reiterates",
                              "conveyed", "conveys", "voiced", "voices", "restated", "restates", "shared", "shares"})
"""Verbs whose "his"/"her" right after them is the subject's own: "expressed her gratitude"
(not "thanked her", "offered her help": an object)."""
_OBJECT_PREPOSITIONS = frozenset({"by", "with", "to", "for", "of", "from", "on", "at", "about"})

_NAMES_A_BODY = re.compile(r"(?:The|the)\s+(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*\s*$")
"""A capitalised run after "the" ("The Electrification Coalition"): a body's name."""

_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.)+|\b(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Inc|Co|Ltd|Corp)\.|(?<=[A-Z]{2})\.(?=[A-Z]{2})")
_LABEL_STOPS = re.compile(r"[;!?\"“”«»]")
"""The marks but the full stop that end a sentence or open a quotation: words before a
colon that hold one are no label (`_ABBREVIATION`'s letters and full stops are left
out for the full stop alone, and only when the label holds one)."""

_SPOKEN_AFTER = re.compile(r"\b[a-z]+\b|[.?!,…]\s*$")
"""After a label's colon, words as spoken (a word in lower case, or punctuation at
the end: "Mr President,"), not a bare name ("Asian American Federation: Jo-Ann Yoo")."""

_SAID_BY = re.compile(  # (opens with a T or an I: `run` looks at the first letter first)
    r"(?:This|That|It|These words|This statement) (?:was|were) (?:stated|said|announced|declared|noted|"
    r"emphasized|emphasised|stressed|reported|mentioned) by (?:the )?(?=[A-Z])")
_GERUND_AS_EVENT = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}$")
"""Before an -ing form, a determiner and up to two modifiers: the form names an event ("during an
online briefing", "at the regular meeting"), not a speech verb (`_has_cue_word`, `event_nouns`)."""
_THAT_AFTER_AGENT = re.compile(r"[^,.;:“”\"()]{1,80}?\s+that\b")
"""After "It was stressed by the …", the agent's words then "that": the content follows."""
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+$")
_ALSO_ADJECTIVES = frozenset({"present", "welcome", "open", "closing", "opening", "concluding", "list"})
"""Speech verbs' words that are adjectives after an article ("the present objective"), or a noun
("the portal is expanding the list of services …", ninety-second 75813: no one listed anything)."""
_AUXILIARY_NEXT = re.compile(r"\s+(?:will|would|is|are|was|were|has|have|had|can|could|must|should|may|might)\b")
"""After a speech verb's word, a sign that it is a noun, the subject of that verb."""
_OWNER_AND_KIND = re.compile(
    r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ur|[Yy]our|[Mm]y)\s+"
    r"(?:opening|closing|concluding|welcoming|introductory|brief|short|final)\s*$")
"""Before a speech verb's word that may be a noun ("remarks", "comments", "notes"), its owner
and the kind of words it is: "his opening remarks", "her brief comments": a noun."""
_PREPOSITION_GERUND_BEFORE = re.compile(
    r"\b(?:with|of|on|in|for|from|to|by|about|into|under|over|without|through|among)\s+[a-z]+ing\s+$")
"""A preposition and an -ing word right before a speech verb's -s form ("with waiting lists",
"on shipping notes"): the form is a noun the -ing word modifies (`_has_cue_word`)."""
_GIVING_VERBS = frozenset("gave give gives giving made make makes making offered provided received".split())
_WRITTEN = r"(?:message|letter|telegram|address|greetings|note)\b"
"""What a person writes and a readout quotes: 'The letter said, in part:'."""
_WRITTEN_SUBJECT = re.compile(
    r"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?" + _WRITTEN)
_WRITTEN_READS_AFTER = re.compile(
    r",\s+(?:the|his|her|this|that|its)\s+(?:[\w-]+\s+)?(?:cable\b|" + _WRITTEN + r")\s+"
    r"(?:reads|read|says|said|states|stated|notes|noted)\s*[.;]?\s*$")
"""After a quotation whose closing mark stands before its comma, a written text that names
no author as its source ("“… foreign policy course”, the message reads."): the quotation is
the text's words, so speech (`_is_speech`), whoever sent it."""
_BY_OR_FROM = re.compile(r"\b(?:by|from)\s+")
_SPEECH_FROM = re.compile(
    # (not "a personal message from X", "the message of condolence from X" handed over or read out: a
    # text conveyed, narrative)
    r"\b(?:wishes|greetings|congratulations|condolences|thanks|praise|warnings?|assurances?|reassurance|appeal|"
    r"birthday\s+message)"
    r"(?:\s+[\w’'-]+){0,3}?,?\s+from\s+"
    # (hard27: "Condolences to the families of those killed …, and wishes for …, came from the Prime Minister":
    # the noun opens the sentence, its verb "came" right before "from")
    r"|(?:(?<=[.!?] )|(?<=[.!?]” )|(?<=\n)|\A)(?:Condolences|Congratulations|Thanks|Greetings|Warm\s+wishes|Good\s+wishes|Best\s+wishes|Words\s+of\s+[a-z]+)"
    r"\b[^;:.“”\x22]{0,200}?\s(?:came|had\s+come|come)\s+(?:first\s+|also\s+)?from\s+")
"""A noun of speech and "from" before the person it came from: "birthday wishes from Mr X", "A warning came
first, from the Prime Minister", "A message of reassurance went from Mr X" (hard19)."""
_SPEECH_FROM_WORDS = ("wishes", "greetings", "congratulations", "condolences", "thanks", "praise", "warning", "assurance",
                      "appeal", "message", "Condolences", "Congratulations", "Thanks", "Greetings", "Words of")
"""Words one of which every match of `_SPEECH_FROM` holds ("reassurance" holds "assurance", "Warm wishes"
"wishes"): the cheap test before it (`holds_any`; the regex, its second branch tried at every position,
cost ~35 µs a sentence)."""
_TEXT_FOLLOWS_OPENINGS = ("Below ", "Here ", "The following ", "Following ", "The full text ", "The text ")
_TEXT_FOLLOWS = re.compile(
    r"(?:(?:Below|Here|The\s+following|Following)\s+is\s+the\s+|The\s+)(?:full\s+|complete\s+)?text\s+of\s+"
    r"(?:the|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?" + _WRITTEN + r"(?:\s+follows)?[.:]\s*$")
"""A paragraph that says a written text follows, naming no author: "Below is the full text
of the message." / "The full text of the letter follows:" (`_after_message_lead_in`)."""
_LEAD_IN_ASIDE = re.compile(r"In\s+(?:particular|part),\s+")
"""An aside opening a lead-in to a quoted text: "In particular, the message contains the
following passage:" is the lead-in "the message contains the following passage:"."""
_SENT_TEXTS = r"(?:messages?|telegrams?|letters?|greetings|congratulations|condolences)"
"""What a person sends that a readout may quote or report (`_SENT_WHICH_READS`, `_TITLE_SENDS`)."""
_SENT_A_TEXT = re.compile(r"\bsent\s+(?:(?:a|an|his|her|the)\s+)?(?:[\w-]+\s+){0,2}?" + _SENT_TEXTS + r"\b")
"""A sentence that sends a written text: "X sent a message to Y", "X sent a letter of support to …"."""
_MESSAGE_FROM = re.compile(r"\b" + _SENT_TEXTS + r"\s+from\s+")
""""a message from X", "greetings from X": what X sent (`_named_after_message_from`)."""
_SENT_WHICH_READS = re.compile(
    r"\bsent\b[^.:\n]{0,120}?\b" + _SENT_TEXTS + r"\b"
    r"[^.:\n]{0,200}?,\s+which\s+(?:reads|read|says|said|states|stated)\b")
"""A lead-in that names the sender of the text it quotes: "X sent a message to Y, which
reads, in part:"."""
_TITLE_MESSAGE_FROM = re.compile(
    r"\b(?:delivered|handed(?:\s+over)?|passed(?:\s+on)?|conveyed|brought|relayed|forwarded)\s+"
    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:message|letter|telegram)\s+from\s+")
"""A title whose subject carries someone else's message ("Deputy Minister X delivered a
message from President Y to the Emir of Z"): the message is Y's."""
_TITLE_SENDS = re.compile(
    r"\b(?:congratulated|greeted|sent\s+(?:an?\s+|his\s+|her\s+)?(?:[\w-]+\s+)?" + _SENT_TEXTS
    + r"|(?:expressed|offered|conveyed)\s+(?:his\s+|her\s+)?(?:[\w-]+\s+)?condolences"
    r"|sent\s+(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+(?:of\s+|and\s+|the\s+)?){1,7}(?:an?|his|her)\s+(?:[\w-]+\s+)?"
    r"(?:message|telegram|letter))\b")
"""A title's verb of a written message its host sent ("X congratulated Y on …", "X sent
a message to Y", "X sent telegrams of condolences to …", "X sent the King of Ostria,
Harald V, a congratulatory message …", "X expressed deep condolences …")."""
_MESSAGE_DONE_TO = re.compile(
    r"The (?:[\w’'-]+ ){0,3}(?:message|telegram|letter|greetings|address|note)s? (?:was|were|has been|have been|had been|"
    r"will be|is being|is to be)\b")
"""A paragraph that opens with the message itself done to, in the third person ("The President’s message
was passed over to Mr Lula da Silva by …", "The telegram was handed to …"): the readout tells of the
message, no longer quotes it (`_message_goes_on`)."""
_WRITTEN_ENDS = ("message", "letter", "telegram", "address", "greetings", "note")
_OWNED_WRITING = re.compile(r"(?:’s|'s) (?:[\w-]+ ){0,2}?" + _WRITTEN)
"""A possessive before a written message: "The President's congratulatory telegram"."""
_WRITING_TO = re.compile(r"\b((?:message|letter|telegram|address|greetings|note)s?)\s+to\s+$")
"""A message named with its addressee right before a speech verb's subject ("His message to President
Hu said"): the person after "to" is whom it is written to (`_writing_addressed_to`)."""
_SENDERS_WRITING = re.compile(r"\b(?:[Tt]he|[Tt]his|[Hh]is|[Hh]er) (?:(?:special|personal|congratulatory) )?" + _WRITTEN)
"""A message with no author of its own: its sender is the one a title names."""
_CONTEXT_OPENING = re.compile(r"(?:In (?:that|this) (?:context|connection)|At the same time|In addition|Further|"
                              r"Moreover|Also|In particular)[ ,]*")
"""Words that may open a clause before its subject: "In that context the message …"."""
_WRITTEN_BY_OR_FROM = re.compile(r"\b" + _WRITTEN + r"\s+(?:[\w-]+\s+){0,3}?(?:by|from)\s+")
AUTHOR_REACH = 600
"""How far back a message's or a letter's author may be named (characters)."""
_HEARSAY_TO_HAVE = re.compile(r"\s(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:(?:reported|said|understood|"
                              r"believed|known)\s+to\s+have)\s+\Z")
"""Before a speech verb's past participle, the hearsay that puts its subject before it ("X is reported
to have invited …", "X was said to have stressed …": X's statement, as "reportedly invited")."""
_QUOTED_AS_SAYING = re.compile(r"(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?quoted\s+as\s+saying\b")
_TO_BE_OR_HAVE = re.compile(r"\s+to\s+(?:be|have)\b")
_TO_BE_TOLD = re.compile(r"\s+to\s+be\s+(?:kept\s+)?(?:informed|briefed|told|updated|apprised|advised|abreast|posted)\b")
_WILL = re.compile(r"\bwill\b")
"""Among the fillers between a subject and its speech verb: a future act ("will announce")."""
_MODAL_PREDICATE = re.compile(r"\s+(?:(?:also|then|now|further|later|subsequently)\s+)?"
                              r"(?:will|would|shall|can|could|may|might|must|(?:is|are)\s+(?:(?:also|then|now)\s+)?"
                              r"(?:(?:scheduled|expected|set|due|going)\s+)?to)\s")
"""A modal or a planned future right after a subject (an adverb between): "Vladimir Putin will
also meet …", "The President is also scheduled to meet …", "X is to attend …"."""
_WHAT_WAS_DONE = re.compile(
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
ASIDE_REACH = 80
"""How long an aside in parentheses between a subject and its verb may be (characters)."""
DESCRIBING_ASIDE_REACH = 240
"""How long one set off by commas may be ("Bill Kovacic, Director of the Competition Law
Center at … and former Chair of the Federal Trade Commission under …, spoke")."""
_NOT_AN_ASIDE = re.compile(r"[()\[\].;:!?\"“”]")
_WHAT_WAS_SAID = frozenset({"this", "it", "these"})
"""Subjects that stand for what the last speaker said ("This included …")."""
_FINDINGS_OF = re.compile(r"\s+(?:data|figures|statistics|numbers|estimates|findings|records|survey|study)\b")
"""Nouns after an institution's name that make it a modifier: what its data show is no act."""
WHO_CLAUSE_REACH = 100
"""How far before a verb's subject a relative clause may begin (characters)."""
_NOT_AN_OFFICE = re.compile(r"[.;:!?()\"“”]|\b(?:at|during|while|when|which|who|after|before|with)\b")
"""What no string of offices before a name has: a clause, a time or a place of speaking."""
_CUE_BEFORE_VERBS = ALL_SPEECH_VERBS | LEAD_IN_VERBS
_NAMES_A_QUOTATION = frozenset({"call", "called", "calls", "calling", "term", "termed", "terms", "terming"})
"""Verbs whose complement a quotation may be by itself: what X "called “a legal emergency”" are X's words."""
_TOLD_WHOM_BEFORE = re.compile(r"\b(told|assured|reminded|informed|warned|urged|asked)\s+(?:him|her|them|(?:the|his|her|their)\s+"
                               r"(?:(?!(?:that|to|about|of|on|how|what|whether|the|a|an)\b)[a-z-]+\s+){0,2}?"
                               r"(?!(?:that|to|about|of|on|how|what|whether)\b)[a-z-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s*\Z")
"""A telling verb and its listener closing a lead-in: "the Prime Minister told his guest", "she assured
the meeting", "he told Cabinet" (the verb's span is the cue)."""
_LEAD_CONNECTIVES = ("After all, ", "Moreover, ", "In addition, ", "At the same time, ", "Therefore, ",
                     "Besides, ", "Furthermore, ")
"""Openings that tie a sentence to the one before it, as the second sentence of a lead (`_lead_goes_back`)."""
_INVERTING_VERBS = frozenset({"said", "stated", "noted", "stressed", "emphasized", "emphasised", "added",
                              "explained", "declared", "remarked", "underlined", "announced",
                              # ("Forty-two since January, replied the general director …, X.": an answer's
                              # cue inverted as "said X" is)
                              "replied", "answered", "continued", "insisted", "assured", "recalled", "conceded",
                              # (hundred-ninth: "… which they believe contain Russian crude, says Oleg Ustenko.":
                              # the present tense of a press office retelling an interview inverts as the past does)
                              "says", "adds"})
_ASKED_WHOM = re.compile(r"\s+(?:him|her|them|the\s+[a-z]+(?:\s+[a-z]+)?|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})[.!]?\s*$")
"""Whom a question was asked, ending the sentence ("Is it possible …? the head of state asked the director.")."""
_INVERTED_END = re.compile(r"\s*(?:[,.;]|$)|\s+(?:as|when|while)\s+(?:he|she)\b"  # ("…, said X as he visited …")
                           # (eighty-ninth: "Russia is quite satisfied …, said X when opening the meeting with …":
                           # the occasion in a participle clause, as "when he opened")
                           r"|\s+(?:when|while|in|after|before)\s+[a-z]{3,}ing\s"
                           r"|\s+(?:during|at|in|on|after|following|before)\s+(?:the|an?|his|her|their|this)\s")
# ("Judicial reform will be completed, said President X during the press marathon …": where he said it)
_ATTRIBUTION_SENTENCE_REACH = 60  # "The Federal Chancellor of Germany said."
_NEW_CLAUSE = re.compile(r"(?:and|but|while|whereas)\s")  # ”… and Governor Whitmer explained “…”: the next one's
_WELCOMED_TO = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|bin|,)|,)*?"
                          r"(?:\s+and\s+(?:his|her|their)\s+(?:accompanying\s+)?delegations?)?\s+to\s+(?:the\s+)?"
                          # (hard19: "welcomed the Governor-General of Velan, Dame X, to her official residence":
                          # the place a common noun after the host's possessive)
                          r"(?:[A-Z]|(?:his|her|their|its|our)\s+(?:official\s+)?(?:residence|office|offices|"
                          r"country|capital|city|home|headquarters|embassy|palace)\b)")
"""After "welcomed", guests received at a place: "welcomed President Castro to the White House", or
the place first, "welcomed to the White House representatives of …": a host's act, no thing welcomed
in words."""
_WELCOMED_FOR_A_MEETING = re.compile(r"(?:\s+(?:[A-Z][\w’'.-]*|of|the|and|bin|,)|,)*?\s+for\s+(?:a|an|the|their|his|her)\s+"
                                     r"(?:[\w-]+\s+){0,3}?(?:meeting|meetings|visit|talks|dinner|lunch|luncheon|"
                                     r"breakfast|reception|summit|bilateral)\b")
"""After "welcomed", named guests and the event they came for (ninety-third: "President X welcomed
President Y and Prime Minister Z of Ruritania for a joint meeting at the White House"): a host's act,
as "welcomed President Castro to the White House" is; not "welcomed Ruritania's decision", "welcomed
Prime Minister Z for his leadership" (no event noun)."""
_RECEIVED_AT = re.compile(r"(?:\s+[A-Z][\w’'.-]*){1,5}(?:\s+and(?:\s+[A-Z][\w’'.-]*){1,3})?\s+(?:on|at)\s+(?:the\s+)?"
                          r"(?:[A-Z]|(?:entrance|doors?|steps|gates?|porch|airport)\b)")
"""After "welcomed" and a person, where the guest was received: "warmly welcomed President X on
Alexander Nevsky Square", "welcomed Vladimir and Lyudmila Putin at the entrance to the palace": a
host's act, as "welcomed President X to the White House" is."""
_RECEIVED_PRONOUN_AT = re.compile(r"\s+(?:him|her|them)\s+(?:warmly\s+)?(?:on|at)\s+(?:the\s+)?"
                                  r"(?:[A-Z]|(?:entrance|doors?|steps|gates?|porch|airport)\b)")
"""_RECEIVED_AT with the guest a pronoun: "welcomed him at the Mariinsky Palace", "welcomed her at the airport"."""
_WHAT_IT_HAS_DONE = re.compile(r"(?:This|That|These|Those)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:has|have|had)\s+"
                               r"(?:already\s+|also\s+)?[a-z]+(?:ed|id|ne|wn|en|ght)\b")
"""A sentence opening with a thing pointed back to and what it has done ("This success has laid
the foundation …", "These efforts have already helped …"), not "This would help …"."""
_AND_OPENER = re.compile(r",\s+and\s+([A-Za-z]+)\s[^,;:.]*$")
"""The phrase between "and" and a comma, closing the text searched ("…, and in this context")."""
_DOCUMENT_DESCRIBED = re.compile(
    r"(?:(?:The|This|That|These|Those|Each|Both|Another)\s+(?:[a-z][\w-]*\s+){0,2}?)?"
    r"(?:document|documents|bill|bills|draft|law|laws|decree|decrees|resolution|resolutions)\s+"
    r"(?:(?:on|of|about)\s+(?:[a-z][\w-]*\s+){1,4}?)?"
    r"(?:also\s+|further\s+|thus\s+)?(?:defines|contains|provides\s+for|aims\s+to|proposes\s+to|establishes|regulates|"
    r"introduces|envisages|stipulates|sets\s+out|lays\s+down|updates|clarifies|amends|(?:is|are)\s+"
    r"(?:aimed|designed|intended)\s+to|(?:was|were)\s+(?:also\s+)?(?:submitted|signed|adopted|approved|passed|"
    r"registered|sent|tabled|introduced))\b")


def _describes_a_document(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] tells what a document says or is for, or that it was submitted or signed ("This
    document defines the legal basis …", "The bill aims to counteract …", "The draft law on … was also
    submitted …", "According to the bill, a fine … will be imposed …"): the press office's account of an
    act, not more of what the person who acted said, nor what follows it."""
    if text[lo] == "A":
        return _ACCORDING_TO_A_DOCUMENT.match(text, lo, hi) is not None
    return text[lo] in "TDBLR" and _DOCUMENT_DESCRIBED.match(text, lo, hi) is not None


_ACCORDING_TO_A_DOCUMENT = re.compile(
    r"According\s+to\s+(?:the|this|that|these|those)\s+(?:[a-z][\w-]*\s+){0,2}?(?:document|documents|bill|bills|"
    r"draft|law|laws|decree|decrees|resolution|resolutions|declaration|regulation|regulations|ordinance|order)\b"
    r"(?!\s+(?:of|by)\b)")
"""What a document says, by its words (ninety-second 71401, 72897: "… passed … a government bill to increase
…. According to the bill, a fine … will be imposed …", "According to the document, on February 16 the State
Flag … will be raised …"); not "according to the decree of the President", nor the data or a report one
presented."""


_MODIFIER_WORD = (r"(?!(?:he|she|it|they|we|who|which|that|this|the|a|an|his|her|their|its|our|also|then|now|still|"
                  r"always|and|or|but|not|will|would|can|may)\b)[a-z][a-z-]*(?<!ly)")
_NOUN_AFTER_PREPOSITION = re.compile(
    r"\b(?:for|of|on|about|with|without|against|over|to|and|or)\s+" + _MODIFIER_WORD
    + r"(?:\s+" + _MODIFIER_WORD + r")?\s+$")
"""Before such a form, a preposition and one or two lower-case words with no determiner ("for security",
"of new loan"): the form heads that noun phrase, not a clause whose subject would be a person (not
"ready to help and promises to …", whose "and" joins two verbs)."""
_STATES_WHAT = re.compile(r"\s*(?:that\b|[:,“\"])")
_DETERMINED_NOUN_BEFORE = re.compile(
    r"\b(?:the|these|those|all|other|many|several|some|both|our|their|its)"
    r"(?:\s+[a-z][\w-]*){0,2}\s+$")
"""Before "states", a determiner and at most two lower-case words ("the strongest", "all member",
"other European" is not lower case): the noun, not the verb ("The President states …")."""
_LIST_MARK = re.compile(r"(?:\d{1,2}[.)]|[-*•·])\s+")
_HEAD_OF_DELEGATION = re.compile(r"\b[Tt]he\s+head\s+of\s+the\s+(?:[A-Z][\w’'-]*\s+)?delegation$")
_VERB_ITEM = re.compile(r"\s*(?:[-*•·]\s+)?([A-Z][a-z]+ed)\b")  # "- Reaffirmed …": an item that opens with a verb
_HEADS_BY_OFFICE = frozenset({"head of state", "head of government", "head of delegation"})
"""Heads whom their office names, not what they lead ("the head of the region" is whoever
leads it: `_head_of_what`)."""
_SOURCE_OPENS = re.compile(r"(?:[Aa]ccording to|[Ii]n (?:his|her) (?:opinion|view|words))\b")
"""A statement that opens with its source: what its sentence lists after "are:" is the
source's list (not "The steps X announced include:", the steps')."""
_NOT_A_LEAD_IN = frozenset("include includes included are were is was".split())
_THAT_LIST = re.compile(r"\bthat\s+(?:[A-Z][\w’'.&-]*+|the|of|for|on|and|,|\s)+$")
"""Names after "that" and up to an "and", with no verb: the subject of the clause "that"
opens is a list, and what its last one does is inside what the speaker reported."""
_LIST_HEAD = re.compile(r"(?:.*,)?(?:\s*[A-Z][\w’'.-]*+)*\s*", re.DOTALL)
"""What comes before the one named before "and", when the two are listed as one subject:
nothing, or earlier names up to a comma, and capitalised words ("…, Treasury Department")."""
_WELCOMED_COUNT = re.compile(
    r"\s+(?:more than\s+|over\s+|nearly\s+|some\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens of)\s")
"""People counted after "welcomed": guests received, not a thing welcomed in words."""
_FIRST_WORD_OF = re.compile(r"[A-Za-z]+")
_QUOTATION_NEXT = re.compile(r"\s*[\"“«‘]")
_TITLE_THEN_THAT = re.compile(r"\S\s+(?:[A-Z][\w’'-]*\s+){1,4}$")
"""A title's capitalised words, not opening the sentence, before "that": a name's relative clause."""
_ADJECTIVE_PARTICIPLES = frozenset({"promising", "encouraging", "reassuring"})
"""Speech verbs' -ing words that are also adjectives of judgement ("promising projects")."""
_BEFORE_AN_ADJECTIVE = re.compile(r"\b(?:a|an|the|of|most|more|very|highly|particularly|especially|quite|many|several|"
                                  r"some|other|these|those|such|and|new)\s+$")
"""A word before which an -ing word of `_ADJECTIVE_PARTICIPLES` is an adjective ("a number of promising
projects"), not a verb ("…, promising to help"; `_has_cue_word`)."""
_JUDGING_VERBS = ("consider", "deem", "regard")
"""Verbs that judge their object, in any form ("considers", "deemed"; `_cue_at`)."""
_GAP_COMPLEMENT = re.compile(
    r"\s+(?:(?:most|more|less|very|particularly|especially|highly|absolutely)\s+)?"
    r"[a-z]+(?:ing|ive|ful|ant|ent|able|ible|al|ous|ic|ary|ory|ate)\s*[.;,)]")
"""A judging verb's complement with no object before it and the clause's end after it ("considers most
promising."): its object is the noun the clause follows (`_cue_at`)."""
_VERB_ENDS_CLAUSE = re.compile(r"(?:\s+(?:last|this|next|earlier|in|on)\s+[\w’'-]+(?:\s+\d{4})?)?\s*[.;]")
"""Nothing but a time after the verb before the clause ends: the verb's object is the noun before "that"."""
_SUBJECT_BEFORE_THAT = re.compile(r"(?:The|These|Those|All|Such)\s+(?:(?![a-z]+ed\s)[a-z][\w-]*\s+){1,3}")
"""A sentence's subject, a common noun, before "that" opens a relative clause on it."""
_QUOTE_MARK = re.compile(r"[“”\"]")
_INNER_ATTRIBUTION = re.compile(r"[”\"]\s*,?\s+said\s+[^“”\"\n]{2,160}?[.,:]\s*(?=[“\"])")
_WHERE_CLAUSE = re.compile(r",\s+where\s+$")
_DECISION_ANNOUNCED = (" his decision ", " her decision ", " his intention ", " her intention ")
"""After "announced" in a meeting's "during which" clause: the appointment's lead (`_event_which_cue`)."""
_EVENT_WHICH = re.compile(r",\s+(?:during|at|in\s+the\s+course\s+of)\s+which\Z")
"""Before a pronoun, the "which" of a meeting's time or place ("…, during which he announced …", "…, at which
she stressed …"): the pronoun is the subject of the sentence, who speaks in the clause (not "…, which the
President announced": there "which" is what was said)."""
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas|with)|;)\s+")
_WITH_CLAUSE = re.compile(r",\s+with\s+$")
_IT_WAS_BEFORE = re.compile(r"\b[Ii]t\s+was\s+(?:also\s+|then\s+)?\Z")
"""Before a person, what makes a cleft sentence of "… who suggested": "It was Mr Dann who …"."""
_RELATIVE_PRONOUNS = frozenset({"which", "whom", "whose"})
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|these|those|his|her|its|their|our)\s+$")
_GAP_AFTER_VERB = re.compile(r"(?:\s+(?:out|up|forward))?\s+(?:through|during|earlier|last)\b")
"""After a verb whose object is the noun before its subject (a relative clause with no "that"): a
preposition or adverb of means or time where the object would stand ("the vision the President laid
out through …", "the plan the Minister set out last year")."""
_WORDS_AHEAD = re.compile(r"[A-Za-z’'-]+")
_AUXILIARIES = frozenset("has had have was were is are will would could can should must may might did does do shall".split())
_COPULAS = frozenset("is are was were be been being".split())
_DONE_BY_SOMEONE = re.compile(r"\b(?:was|were|been)\s+[a-z]+ed\s+by\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)*(?:"
                              r"Ambassador|Minister|President|Prime|Secretary|Chairman|Chair|Speaker|Governor|"
                              r"Mayor|Director|Envoy|Head|Deputy|Commander|Chief)\b")
"""A passive whose agent is an office ("was delivered by the Ambassador"): someone acts in it."""
_DONE_FOR_SOMEONE = re.compile(r"\b(?:be|been|was|were|is|are)\s+[a-z]+ed\s+to\s+the\s+(?:[A-Z][\w’'-]*\s+)*(?:"
                               r"Ambassador|Minister|President|Prime|Secretary|Chairman|Chair|Speaker|Governor|"
                               r"Mayor|Director|Envoy|Head|Deputy|Commander|Chief)\b")
"""A passive whose receiver is an office ("will be provided to the President"): what is done for
someone, in the readout's voice."""
_A_DESCRIBING = re.compile(r", an? ")
"""An aside that describes the name before it ("Tolvik, a former trade negotiator"): no title of the name."""
_NAMED_NEXT = re.compile(r"(?:With\s+(?:these|those)\s+words,?\s+|(?:These|Those)\s+words\s+(?:were|are)\s+(?:[a-z]+\s+){1,2}by\s+)")
_MADE_THIS = re.compile(r"\s+(?:made\s+this\s+(?:point|remark|statement|comment)|said\s+(?:this|so))\b")
"""How the sentence after a quotation names its speaker (`_named_next`)."""
_THAT_ADVERBIAL = re.compile(r" that (?:during|in|at|on|after|before|following|within|since|despite|in the course of)"
                             r" [^,;:\"“”()]{3,90},\s*")
"""An earlier verb's "that" and a fronted adverbial before a later cue's subject."""
_SUBJECT_ASIDE = re.compile(r"(?:\s+(?:once\s+)?again)?,\s*(?:in\s+turn|for\s+(?:his|her)\s+part|in\s+response|in\s+reply"
                            r"|(?:this\s+time\s+)?in\s+person)\s*,\s*$")
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
_LATTER_REACH = 400
"""How far back the two people "the latter" and "the former" choose between may be named (characters)."""
_LEADERS_OF_A_HOUSE = frozenset({"majority leader", "minority leader"})
_SENATE_BEFORE = re.compile(r"\bSenate(?:\s+(?:Democratic|Republican))?\s+$")
"""Before "Majority Leader X": the house he leads in, the Senate ("Senate Democratic Majority leader")."""
_HOUSE_BEFORE = re.compile(r"\b(?:Senate|Chamber|Assembly|Duma|Rada|Sejm|Congress)\s+$")
_SPEAKING = frozenset("speaking addressing talking answering replying".split())
"""What only a person is doing after "was" ("X was speaking at …"): someone, not a thing."""
_COMMON_PAST = frozenset(
    """made held met took gave went came began had was were did sent paid spoke told said
    thought brought led left kept found put set saw knew became won lost ran heard wrote sought
    stood chose taught understood sat""".split()
)


_SUBJECT_WORDS_BEFORE = re.compile(r"(?:\s+[A-Z][\w’'.&-]*(?:\s+(?:of|the|for|on|and))*)+\s+")
"""Capitalised words (and the joining words of a body's name) between "and" and the subject
phrase a cue starts at ("and Department of Treasury Counselor …"): the subject's own words."""
_PLURAL_NOUN_FORMS = frozenset(
    "voices comments remarks thanks wishes requests offers demands hopes regrets answers replies pledges vows "
    "reviews lists quotes guarantees appeals objects cautions echoes promises".split())
"""Present forms of speech verbs that are as often plural nouns ("African voices", "his best
wishes"); with no object after them (a mark in `_NO_OBJECT_MARKS` next) they are the nouns.
("says", "notes", "adds" … are left out: "…,” the President says." ends on its verb.)"""
_NO_OBJECT_MARKS = ".,;:)!?"


_LIST_LINK = re.compile(r",\s+(and\s+)?|\s+(and)\s+")


_PLURAL_AGENT = re.compile(r"(?:(?:the|other|fellow|his|her|their|several|many|some|world|foreign|allied|partner|"
                           r"[A-Z][\w-]*)\s+){0,3}(?i:leaders|heads|officials|ministers|presidents|counterparts|partners|"
                           r"members|representatives|colleagues|delegations|allies)\b")
"""A plural of people after a passive's agent and "and" ("by President X and fellow heads of state",
"by the Secretary and other G7 ministers"): the agents are a group (a second named person after
"and" already reads as a group)."""


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


_CHAIRED_BY = ("chaired by ", "presided over by ", "hosted by ", "moderated by ", "convened by ")
"""The passive of a meeting's chair before its agent: the name after it is a person's (ninety-second
71401: "a conference call … chaired by Volodymyr Zelenskyy", the only time the readout names him)."""


def _looks_like_verb(words: list[str], copula: bool = True) -> bool:
    """True when the words after a noun phrase start with its verb (adverbs skipped).
    Without `copula`, "is" and "was" do not count: a person acts, a thing just is."""
    for k, word in enumerate(words[:4]):
        if not copula and word in _COPULAS:
            # "Arkady Velin was speaking at a meeting with the crew": a person speaks
            return words[k + 1:k + 2] != [] and words[k + 1] in _SPEAKING
        if word in _AUXILIARIES or word in _COMMON_PAST or word in ALL_SPEECH_VERBS or word in NARRATIVE_VERBS:
            return True
        if word in SUBJECT_VERB_FILLERS:
            continue
        return word.endswith("ed") and word.islower()
    return False


_TOLD_VERBS = ("briefed ", "informed ", "told ", "updated ")
"""Verbs whose object is one who listens, a person ("Defence Minister X briefed Vladimir Putin on the
progress …", the Kremlin's first paragraph of a title "Meeting with Defence Minister X"): the host named
only there is someone, whom the body's bare "the President" means. Guard: the word before the name ends
in "d" (one `startswith`), then one `endswith`."""


def _acts(subject: Phrase | None, text: str) -> bool:
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
        after = _WORDS_AHEAD.match(text, skip_space(text, subject.end, len(text)))
        return after is not None and after.group().lower() in _BODIES
    return False


_CALENDAR_WORDS = frozenset("""january february march april may june july august september october november
    december monday tuesday wednesday thursday friday saturday sunday""".split())
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


_PLURAL_QUANTIFIERS = frozenset("all both many several few most other various numerous".split())


_SINGULAR_DETERMINERS = ("each ", "every ", "either ", "neither ", "one ", "no ", "any ")


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


def _plural_noun_before(text: str, phrase: Phrase) -> bool:
    """The words before a verb ending in -s that cannot be its subject, so the -s word is
    a plural noun: a plural quantifier ("all sovereign states", "many reports") or one bare
    lower-case word with no article ("official requests"); a singular subject takes
    the -s verb ("the minister notes", "he states", "each president thanks")."""
    if phrase.kind not in ("group", "description", "thing") or not phrase.text[:1].islower():
        return False
    words = phrase.text.split()
    if words[0] in _PLURAL_QUANTIFIERS:
        return True
    return len(words) == 1 and phrase.kind != "group" \
        and not text.endswith(_SINGULAR_DETERMINERS, max(0, phrase.start - 8), phrase.start)


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


_WHO_CHAIRS = re.compile(r", who (?:chaired|chairs|is chairing|was chairing|presided over|presides over) "
                         r"(?:the|this|today’s|today's) (?:[\w’'-]+ ){0,3}?(?:meeting|session|talks|summit|conference|"
                         r"council|committee|commission|forum|dialogue|consultations|round|debate|discussion)\b")
"""An appositive that makes the person before it "the Chair"."""
_COUNTERPART_ENDS = ("counterpart ", "counterpart, ")


_ATTRIBUTABLE_TO = re.compile(r"\b(?:[Qq]uotes?|[Cc]omments?|[Rr]emarks|[Ss]tatement) (?:(?:are|is) )?attributable to\s+")
"""A label giving the quotations after it to someone: "Quotes attributable to X:"."""


_QUOTED_AS = re.compile(r" as ([a-z]+ing)\b")
"""After "quoted X": the speech verb X is quoted as using ("as saying", "as underlining")."""
_IN_TURN_NOUNS = frozenset({"turn", "return", "reply", "response"})
"""The nouns of "in turn", "in return", "in reply", "in response" between a subject and its verb."""
_NEXT_WORD = re.compile(r"\s*,?\s*([\w’'-]+)")


_SUBORDINATE_OPENING = re.compile(r"(?:[A-Z][\w ]{0,30},\s+)?(?:[Bb]ecause|[Ss]ince|[Aa]fter|[Oo]nce|[Ww]hen|"
                                  r"[Aa]lthough|(?:[Ee]ven )?[Tt]hough|[Uu]ntil|[Bb]efore)\s+")
"""The opening of a subordinate clause, up to its subject: "Because ", "This week, after "."""
_TITLED_PAIR = re.compile(r"(?:The |the )?(?P<first>[A-Z][a-z]+) (?:of|for) [^,;:.!?()\"“”]*? [A-Z][\w’'-]+ [A-Z][\w’'-]+"
                          r" and (?:the )?(?P<second>[A-Z][a-z]+) (?:of|for) [^,;:.!?()\"“”]*")
"""Two offices, each with its holder's name, joined by "and": the subject of a clause (lower-case words
inside the offices cut the phrase read back from the verb to the second name)."""
_TITLED_PAIR_ROLES = frozenset(word for word in ROLE_WORDS if word.isalpha())
_AWARDS_LISTED = re.compile(r"\b(?:received|won|awarded|presented|given|granted|conferred|went)\s+(?:to|by|on|upon)\s*:")
"""A lead-in to the list of those awarded ("the award was received by:"): the readout's list."""
_PLURAL_THINGS_ACT = re.compile(r"(?:The|These|Those|Its|Their|Our)\s+(?:[\w’'-]+\s+){0,4}?[\w-]*[a-z]s\s+"
                                r"(?:are|were|have|had|remain|continue|will)\b")
"""A sentence whose subject is plural things or bodies ("The republic’s authorities are
working …"), which a "They" right after it may refer to."""
_THOSE_PRESENT = re.compile(r"(?:All |Everyone )?(?:[Tt]hose|[Ee]veryone) (?:present|gathered|attending|in attendance|assembled)\b")
"""The people at an event, as a group ("Those present honored the memory of …")."""
_DELEGATION_ACTS = re.compile(r"[Tt]he (?:[A-Z][\w-]+ )?delegation (?:also |then )?"
                              r"(?:met|held|visited|arrived|attended|toured|signed|laid)\b")
"""A delegation, the subject of its sentence, doing what visitors do ("the Ukrainian delegation met with …")."""
_THEY_TOGETHER = re.compile(r"[Tt]hey (?:also |then |further )?(?:exchanged|discussed|agreed|touched upon|paid|considered|"
                            r"reviewed|focused|honored|honoured|laid)\b")
"""A bare "they" doing what the people who met do together ("they exchanged views on …")."""


def _only(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """True when text[lo:hi] holds nothing but what `pattern` allows (or nothing)."""
    return lo >= hi or pattern.match(text, lo, hi).end() == hi  # type: ignore[union-attr]


_PLACE_AFTER_A_WORD = re.compile(r" (?:on|in|along|across|near) the ")
"""A place after a sentence's first word ("Embankments on the Kama River …")."""


_LOWER_TAIL = re.compile(r"-[a-z]+$")
"""A compound word's lower-case last part ("QR-codes", "E-services"): no personal name ends so."""


def _word_before_its_place(phrase: Phrase) -> bool:
    """A capitalised word that opens the sentence and the place it lies in, which the phrase took in
    ("Embankments on the Kama River and other smaller rivers will be improved.", "Roads in the Orlensk
    Region …"): a thing a report speaks of, the word no one's name (as a lone "Terrorism …" is none)."""
    word = phrase.name[0]
    return word.isalpha() and word[1:].islower() and not word.endswith("ing") \
        and phrase.text.startswith(word) and _PLACE_AFTER_A_WORD.match(phrase.text, len(word)) is not None


def _lone_word(phrase: Phrase) -> bool:
    """A name of one word and no office ("Ohio", "Delaware"): a place as often as a person."""
    return phrase.kind == "name" and len(phrase.name) < 2 and not phrase.role


def _confirmed(person: Person | None) -> bool:
    return person is not None and not person.weak


_NAMING_NOUN_BEFORE = re.compile(
    r"\b(?:programme|program|initiative|campaign|project|policy|strategy|slogan|motto|theme|operation|agenda|"
    r"doctrine|festival|exhibition|book|memoir|film|song|anthem|award|prize|movement|platform|forum|exercise|"
    r"concept|charter|plan|package|fund|scheme)\s+$")
"""A lower-case noun that a quoted name follows ("the national programme “A Home for Every Family”")."""


def _ends_its_sentence_as_a_phrase(text: str, quote: Quote, s0: int) -> bool:
    """A quotation with no cue that opens in lower case right after a word of its sentence
    (hundred-eighteenth: "But our state is fighting back, and Russia will achieve nothing but
    “contempt and condemnation from all decent people in the world.”"): a phrase the sentence's
    own grammar needs, so the sentence is read whole (as a report carried on, maybe), not the
    phrase as a statement apart (GOLD-FORMAT: partial quotes stay in the reported sentence)."""
    if not text[quote.start:quote.start + 1].islower():
        return False
    back = quote.open_mark
    while back > s0 and text[back - 1].isspace():
        back -= 1
    return back - s0 > 12 and text[back - 1].isalpha()


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


def _terms_only(text: str, quotes: list[Quote], q: int, hi: int) -> bool:
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


def _event_names_only(text: str, quotes: list[Quote], lo: int) -> bool:
    """The quotations of the sentence at `lo` are all closed, one clause long (no stop
    inside) and set in the sentence's run, not after a colon or a comma: the names of
    an event or a programme ("This was stated by President X during a press marathon
    “30 questions to the President of Ukraine”."), longer than `_terms_only` allows."""
    for quote in quotes:
        if quote.close_mark is None or quote.continues:
            return False
        words = text[quote.start:quote.end]
        if len(words.split()) > 10 or any(c in words for c in ".!?;"):
            return False
        if ":" in words and not _subtitled_name(words):
            return False
        if text[lo:quote.open_mark].rstrip().endswith((",", ":")):
            return False
    return True


_NAMING_WORD = re.compile(r"(?:dubbed|called|named|titled|entitled|themed|nicknamed|known\s+as)\s*$")
"""What names a thing before its quoted name ("the forum, dubbed “Dialogues: Yesterday, Today, Tomorrow,” …")."""


def _named_by_the_quotation(text: str, quote: Quote, lo: int) -> bool:
    """A quotation that a naming word leads in ("During the forum, dubbed “Dialogues: Yesterday, Today,
    Tomorrow,” Putin reiterated …"): a thing's name, not words the person after it said; its comma ends
    the name's aside (a cheap "ed" or "as" before the mark first)."""
    before = text[max(lo, quote.open_mark - 20):quote.open_mark].rstrip()
    return before.endswith(("ed", "as")) and _NAMING_WORD.search(before) is not None


def _name_before_name(text: str, quote: Quote, pos: int) -> bool:
    """A quotation that ends on no punctuation, with only a space before the name after
    it ("Chairman of the Board of PJSC “Kryukov Car Works” Volodymyr Prykhodko told the
    President that …"): a firm's name in the speaker's office, not his words (which end on a
    comma or a stop before their speaker, "“…,” X said"). Not a quotation closed at its comma
    because its closing mark was lost ("“The door is open to every investor, X said.")."""
    return pos == quote.outer_end + 1 and text[quote.outer_end] == " " and quote.end > quote.start \
        and text[quote.end - 1].isalnum() and text[pos].isupper() and text[quote.outer_end - 1] != ","


def _subtitled_name(words: str) -> bool:
    """A name with a subtitle after its colon, every word capitalised ("… during a speech
    at the “Large Construction: A New Railway” Forum"), not a clause introducing words."""
    return all(word[0].isupper() or word[0].isdigit() for word in words.split())


_ING_PREPOSITIONS = frozenset({"during", "including", "following", "regarding", "concerning", "excluding",
                               "notwithstanding", "according", "considering", "barring", "pending"})
"""Words in -ing that are prepositions, not participles with an object."""
