"""Transcripts: speaker labels ("Vladimir Putin: …"), the turns they open, and the
narrative inside a turn."""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Any

from readout_tui.engine.cue_words import verbs_in
from readout_tui.engine.lexicon import ROLE_WORDS
from readout_tui.engine.name_runs import has_honorific
from readout_tui.engine.people import Person, core, roles_compatible
from readout_tui.engine.phrases import Phrase, phrase_starting_at
from readout_tui.engine.quotes import paragraph_quotes
from readout_tui.engine.segments import split_sentences, stop_marks
from readout_tui.engine.sentence_patterns import (
    ACCORDING,
    HEADING,
    NARRATIVE_AFTER_CUT,
    NOBODYS_LABEL,
    NOBODYS_LABEL_OPENINGS,
    SEPARATOR,
    SEPARATOR_MARKS,
)
from readout_tui.engine.text_steps import strip_marks


_SENTENCE_BREAK = re.compile(r"[.!?…][\"”’»]?\s+(?=[A-Z])")
_LABEL_COLON = re.compile(r"\s*:\s*(?:\([A-Za-z][^()\n:]{0,38}\)\s*:\s*)?(?:<[^<>\n]{1,80}>[ \t]*(?=\S))?")
"""A label's colon, and an aside after it that takes a colon of its own (three-hundred-second 51557:
"German Foreign Minister Frank-Walter Steinmeier: (retranslated): Thank you …"): the aside closes the
label, as "X (retranslated): …" does, and the words begin after its colon. An aside with no colon of its
own ("X: (laughing) That is true") stays in the turn. An editor's note in angle brackets right after the
colon is no one's, a cut ("<…>") or what the turn is about (twentieth styles karsovia presidency security
council water: "Secretary of the Security Council X: <on the exercises held in May> The joint exercises
showed …"): the words begin after it. Matched at the colon only, never searched for."""
# an office's abbreviation in brackets inside a label: "… Football Associations (UEFA) Alexander …"
_OFFICE_ABBREVIATION = re.compile(r" \([A-Z][A-Z0-9&-]{1,11}\) ")
_INLINE_SEPARATOR = re.compile(r"(?<=[.!?…\"”’»])\s*\*\s*\*\s*\*\s*(?=[A-Z])")
"""A separator inside a joined paragraph, before a transcript: "… Andrei Belousov. * * * President of Russia …"."""
_GLUED_HEADING = re.compile(r"(?:(?:Beginning|Start|Continuation|End) of|Excerpts? from|Transcript of|Speech (?:by|at)"
                            r"|(?:Opening |Closing |Concluding )?[Rr]emarks (?:by|at)|Address (?:by|at)) ")
"""The opening of a transcript part's heading that a joined paragraph runs into the first label
("Beginning of Russian-Serbian talks President of Russia Vladimir Putin: …"; hundred-fifty-third 67904:
"* * * Speech at the flag-raising ceremony President of Russia Vladimir Putin: Friends, …")."""
_HEADING_OPENINGS = "BSCETROA"
"""First letters of the `_GLUED_HEADING` openings: a cheap test before the match."""
_HEADING_WORD = re.compile(r" (?=[A-Z])")
_GLUED_WORDS = re.compile(r"[a-z][A-Z]")
_SCRAPED_CAPTION = re.compile(r"\b([A-Z][\w’'-]+) ([A-Z][\w’'-]+) \2 \1(?=[A-Z])")
"""A label's name followed by the scraper's caption of the person, surname first and the office
glued on: "Maria Lvova-Belova Lvova-Belova MariaPresidential Commissioner for …"."""
_CUT_BREAK = re.compile(r"[.!?…][\"”’»]?\s*<\s*(?:…|\.\.\.)\s*>\s+(?=[A-Z])")
"""A sentence's end and a cut after it, inside a joined transcript ("… under review. <…> Alexei Miller: …")."""
_COMMA_BEFORE_NOBODY = re.compile(r",[ \t]+(?=(?:Question|Remark|Reply|Comment)[ \t]*:)")
"""In a joined transcript, a paragraph that ended in a comma and the next one's label for someone
unnamed ("Good afternoon, hello, Remark: Hello."): a break where that label starts."""
_TALKS_GO_ON = re.compile(r"The (?:talks|meeting|negotiations|conversation) (?:continued|began|started|resumed)"
                          r" (?:in|with|behind|over|at)\b")
"""Narrative between the turns of a joined transcript: "The talks continued in an expanded format …"; "The
conversation continued over lunch." (thirty-second hard velsk_president_princess_altmark), "… at a working dinner"."""
_THE_PRESIDENT = re.compile(r"\bthe (?:President|[Hh]ead of [Ss]tate)\b")
_MEETING_GROUP = re.compile(r"(?:Then t|T)he (?:(?:two |three )?(?:presidents|leaders|heads of state|delegations|sides|parties)"
                            r"|(?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+ and the (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)"
                            r"(?: also| then| later)? (?:[a-z]+ed|held|met|made|took|gave|had)\b")
"""The meeting's people together, doing something, between a joined transcript's turns, a group or two offices joined
("The Prime Minister and the Managing Director also discussed …" after "Kristalina Georgieva: “…”", fivehundredtwelfth
belgium_premier); "Then" may open it and "had" be its verb (styles23 shirvandar_president_brenovia_press_statements: "Then the heads of state had lunch
together." after the last turn)."""
_SEEN_IN_TURN = re.compile(r"\b(?:(?:was|were) shown|looked at|examined|inspected|toured|viewed)\b")
"""What a speaker of a joined transcript is told to have done between turns ("The President
was shown a map of the fires."): narrative, as a report of his words is."""
_YOU_OR_ME = re.compile(r"\b(?:I|me|my|we|We|us|our|Our|you|You|your|Your)\b")
"""Words of someone speaking: a paragraph without them after a cut may be narrative."""
_ACCOUNT_RESUMES = re.compile(r"(?:Earlier|Later)(?:(?: (?:in the day|that day|on|in the (?:morning|afternoon|evening)))?,"
                              r"| (?:in the day|that day|in the (?:morning|afternoon|evening)) (?=[A-Z][a-z]))")
"""The frames of time that open the readout's own account after a transcript's turns (`_account_resumes_after_turns`;
"Asked by journalists …, X said that …" ends them too, `statements.Attributor` with `_told_after_cut`). A frame of three
words or more may go without its comma before a capitalised word ("Later in the day Sister X met …", thirty-first hard
set norvaal_union_congress_address)."""
LATER_AFTER_SUBJECT = (" later ", " afterwards ")
"""The frames of time right after a paragraph's subject that tell the readout's account resumes ("Prime Minister X
later visited …", `_account_resumes_after_turns`; `statements.Attributor` looks for them before it calls that)."""
_QUOTED_SPAN = re.compile(r"[“\"][^“”\"]*[”\"]")
_GLUED_DIRECTION = re.compile(r"[.!?…]\s*\([A-Z][^()\n]{2,120}\)\s+(?=[A-Z])")
"""An editor's note in parentheses between two sentences of a joined transcript ("… of your
country.(Presentation ceremony.) President of Ostrava …:", "… the tunnel builders.(Commenting
on the pictures.) In addition …"): a break where a label may follow, and no one's words."""
_LANGUAGE_ASIDE = re.compile(r"[ \t]+\((?:[Ii]n|[Ss]peaks in|[Ss]aid in) [A-Z][a-z]+(?:ian|ish|ese|ench|man|ic|ek|akh|rsi|ndi)\)"
                             r"(?=[.,;!?…]?(?:\s|$))[.,;!?…]?[ \t]*")
"""An interpreter's note inside a turn's sentence on the language the speaker turned to (three-hundred-seventy-first
kremlin_54743: "All relations with Russia are good, all investments from Russia are good (in Russian). It is in this
direction …"): no one's words; the same speaker's words go on around it. A language's name only (-ian, -ish, -ese,
"French", "German", "Arabic", "Uzbek", "Kazakh", "Farsi", "Hindi"): "(in Moscow)", "(in part)" stay the speaker's."""
_OPENING_DIRECTION = re.compile(r"\([A-Z][a-z]+(?: [^()\n]{1,80})?\)[ \t]+")
"""An editor's note that opens a turn's paragraph before the speaker's words ("(Addressing
Dmitry Chernyshenko) I would also like …", "(Laughter) Let us …")."""
_WHOLE_PARAGRAPH_DIRECTION = re.compile(r"\((?!(?:The|He|She|They) )[^()\n]+\)[.!]?\s*")
"""A turn's paragraph that is an editor's note in parentheses and nothing else (hundred-thirty-fifth
53990: "(A sculpture, Seagull Landing on Water, by …, and a painting, …)." between two paragraphs of
the President's turn): no one's words; the speaker's turn goes on after it. A note that is a sentence
about the speaker ("(The minister then gave information on …)", hundredth 17777) tells his words on:
kept as before."""
_OPENING_BRACKETED_DIRECTION = re.compile(r"\[(?:[A-Z][a-z]+ing|Laughter|Applause|Pause)\b[^\[\]\n]{0,80}\][ \t]+")
"""The same note in square brackets ("[Addressing Deputy Prime Minister X] Maybe you will start?",
"[Laughter] …"): only a participle or a sound opens it, not an editor's word put in for the
speaker's ("[The Government] has …")."""
_CLOSING_DIRECTION = re.compile(r"(?<=[.!?…])[ \t]+\((?:(?:Laughter|Laughs|Applause|Pause)\b[^()\n]{0,40}"
                                r"|(?:Hands|Shows|Points|Passes|Presents|Gives|Displays|Demonstrates|Handing|Showing|Pointing"
                                r"|Gesturing|Addressing|Turning)\b[^()\n]{0,80}"
                                r"|(?!(?:Perhaps|Sometimes|Besides|Thanks|Unless|Thus|Yes|This|Its|His|Hers)\b)"
                                r"[A-Z][a-z]+(?:s|ing) (?:the|a|an|to|at|on|his|her|their|some)\b[^()\n]{0,40})\)[ \t]*$")
"""An editor's note that closes a turn's paragraph after the speaker's last sentence: of a sound ("Well,
this dish is familiar to me. (Laughter.)"), the room's, or "(Laughs.)", the speaker's (three-hundred-thirty-seventh
whitehouse_md biden_macron_remarks); or of what the speaker does, a verb of showing or
turning whatever follows ("… how the forum has grown. (Hands over a presentation.)", hundred-sixty-fifth
62079; "(Shows materials.)") or any verb in -s or -ing and its object ("… which will look like this. (Shows
the paperwork.)", hundred-sixty-seventh 56295; "(Pointing to the map.)"). No one's words."""
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
_POSSESSIVE_DESCRIPTION_OPENING = re.compile(r"The [a-z]+[’']s [a-z]")
"""(three-hundred-seventy-fourth kremlin_58772) "The athlete’s father and coach Abdulmanap Nurmagomedov:": a described
label may open with "The" and a possessive common noun, the relation it names (the athlete's father), before the name."""
_LOWER_OFFICE_OPENINGS = frozenset(word for word in ROLE_WORDS if " " not in word and "-" not in word)
"""Office words a described label may open with in lower case ("chairman of … Oleg Darin:")."""
_SYMBOLS_BEFORE_QUOTATION = re.compile(r"[ \t]+([^\w\s\"“”«»‘’'.,:;!?()\[\]-]{1,4})[ \t]*(?=[\"“«])")
"""A flag or another emoji between a speaker's label and the quotation after it, where a colon would stand (FIFA's
pages on a president's meetings: "Name, President of the … Football Federation 🇱🇹 “…”"; styles50's confederation)."""


def _symbol_before_quotation(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """Where the symbols that part a label from its quotation start and where the quotation opens
    (`_SYMBOLS_BEFORE_QUOTATION`), the first opening mark's only; None when no symbol stands right before it."""
    mark = text.find("“", lo, hi)
    straight = text.find('"', lo, hi)
    if mark < 0 or 0 <= straight < mark:
        mark = straight
    if mark <= lo:
        return None
    found = _SYMBOLS_BEFORE_QUOTATION.search(text, max(lo, mark - 12), mark + 1)
    if found is None or found.end() != mark:
        return None
    return found.start(), mark


_LABEL_ASIDE = re.compile(r"\s*(?:\([^()]*\)\s*)?$")
_LABEL_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|can|could|may|might|must)\b"
                         r"|^Said the\b")
"""A finite verb: words before a colon that hold one are a sentence, not a speaker's
label (a label names someone: "President of Russia Vladimir Putin:"); so is the inverted "Said the Mayor:" that opens
a paragraph, a lead-in (`phrases._SAID_BEFORE_THE`), not a label whose turn runs on into the next paragraphs."""
_HAS_WORD_OR_FIGURE = re.compile(r"[^\W\d_]{2}|\d")
"""What makes a turn someone's words: a word, or a figure alone, an answer (hundred-fifty-second: "Igor
Sechin: 950." after "Was it 950?"); a turn of marks alone ("<…>", "–") is no one's words."""


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


_HEAD_OF = re.compile(r"(?:[Tt]he\s+)?(?:[Hh]ead|([Ll]eader))\s+of\s+(?:the\s+)?")
"""The words "the head of (the)" or "the leader of (the)" (group 1 "leader": read of a delegation only)."""
_LED_WORDS = re.compile(r"(?:[A-Za-z][\w’'-]*(?: |$))*")
"""The words after "the head of (the)", up to a mark ("the head of the Ostrian government, …")."""
_DELEGATION_LED_BY = re.compile(r"\b[Dd]elegation\b[^.;]{0,200}?\b(?:headed|led) by\s+")
_NOT_A_DELEGATIONS_ADJECTIVE = frozenset({"of", "and", "for", "to", "from", "with", "in", "on", "at", "by"})
"""Function words that may not stand between "the leader of (the)" and "delegation" (`_a_delegation_named`): "the
leader of the Ostrian delegation" is its leader, "the leader of the party and the delegation" is not read."""


def _a_delegation_named(lows: list[str]) -> bool:
    """Whether the words after "the leader of (the)" (lower case) are "delegation", maybe after one or two adjectives
    ("the leader of the Ostrian delegation", "of the visiting business delegation"; hr61: as "the head of the Ostrian
    delegation"), no function word among them: a delegation, whose leader is the one it was said to be led by."""
    at = lows.index("delegation") if "delegation" in lows[:3] else -1
    return at >= 0 and _NOT_A_DELEGATIONS_ADJECTIVE.isdisjoint(lows[:at])


_BODY_LEADERS = frozenset({"head", "director", "chief", "chairman", "chairwoman", "chairperson",
                           "administrator", "commissioner", "governor", "ceo", "president"})
_REGION_WORDS = frozenset({"region", "regional", "oblast", "province", "provincial"})

_ABBREVIATION = re.compile(r"\b(?:[A-Z]\.)+|\b(?:Dr|Mr|Mrs|Ms|Jr|Sr|St|Inc|Co|Ltd|Corp)\.|(?<=[A-Z]{2})\.(?=[A-Z]{2})")
_LABEL_STOPS = re.compile(r"[;!?\"“”«»]")
"""The marks but the full stop that end a sentence or open a quotation: words before a
colon that hold one are no label (`_ABBREVIATION`'s letters and full stops are left
out for the full stop alone, and only when the label holds one)."""

_HOLDER_NAME = re.compile(r"(?!(?:Mr|Ms|Mrs|Dr)\b)[A-Z][a-z’'-]+(?: [A-Z][a-z’'-]+){1,2}\.")
"""A full name and a full stop, all a list entry holds after its office's colon ("Vladimir Kolokoltsev.")."""
_SPOKEN_AFTER = re.compile(r"\b[a-z]+\b|[.?!,…]\s*$")
"""After a label's colon, words as spoken (a word in lower case, or punctuation at
the end: "Mr President,"), not a bare name ("Asian American Federation: Jo-Ann Yoo")."""
_PARAGRAPH_LABEL = re.compile(r"(?:^|\n)([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){1,3}):[ \t]")
"""Capitalised words and a colon that open a paragraph: the labels `_dialogue_label` counts."""
_QUOTATION_NEXT = re.compile(r"\s*[\"“«‘]")
_QUOTATION_OR_APOSTROPHE_NEXT = re.compile(r"\s*[\"“«‘'][A-Z]")
_CLOSING_MARKS = "\"”»’'"
_QUOTE_MARK = re.compile(r"[“”\"]")
_ASIDES_AFTER_A_SUBJECT = (", who ", ", whose ", ", for ", ", in ", ", the ", ", a ", ", an ", ", his ", ", her ")
"""What may follow a subject's comma in a report of it ("Prince Julian, who chairs …, noted …"), not the words
said to one addressed by name ("Mr Gornin, say a few words, please.")."""
_INNER_ATTRIBUTION = re.compile(r"[”\"]\s*,?\s+said\s+[^“”\"\n]{2,160}?[.,:]\s*(?=[“\"])")


_OWNED_ADDRESS = re.compile(r"[’']s (?:address|message|statement|appeal|letter|speech|remarks)"
                            r"(?: (?:to|before) (?:the )?[A-Z][\w’'-]*(?: (?:of |the |and )*[A-Z][\w’'-]*){0,6})?")
"""(hundred-thirty-third 67836) A label that is an office's own text, its owner before "'s" ("The
President's address to the Federation Council: On the basis of …, I am submitting a proposal …"): the
words after the colon are the owner's, as a speaker's label's are. Tried only where the phrase that opens
a label stops short of its colon and "'s" follows it (one `startswith`)."""


_LABEL_TOPIC = re.compile(r" on (?:the |a |an |his |her |their |its )?[a-z][a-z-]*(?: [a-z][a-z-]*){0,5}")
"""After an office holder's name in a label, the topic of the turn ("… Lidia Orlund on the investment programme:")."""
OWN_VOICE = re.compile(r"\b(?:I|we|We|my|My|our|Our)\b")
"""The first person: a turn's own words after a label, or a paragraph's after "X released the following statement:"
(`sentence_reading`)."""


def _first_word_only(phrase: Phrase, known: Person) -> bool:
    """Whether an untitled one-word label matches `known` only as the first word of a name of two words or more, not as
    its surname: a paper's place and its colon that open the first paragraph (sixhundredfiftyeighth mangalorean:
    "Mumbai: Maharashtra Chief Minister X on Tuesday led a delegation …" where "Mumbai Metro" was read as a name), no
    one's label; a speaker's label by a lone word gives the surname ("Putin: …")."""
    if len(phrase.name) != 1:
        return False
    word, full = core(phrase.name), core(known.full_name)
    return len(word) == 1 and len(full) >= 2 and word[0] == full[0] and word[0] != full[-1]


def _confirmed(person: Person | None) -> bool:
    return person is not None and not person.weak


class Transcripts:
    """Transcripts: speaker labels ("Vladimir Putin: …"), the turns they open, and the
    narrative inside a turn.

    A part of `statements.Attributor`: `self` is the Attributor, whose state and other
    parts these methods use."""

    if TYPE_CHECKING:
        def __getattr__(self, name: str) -> Any: ...  # (the Attributor's state and other parts)
        _dialogue_labels: frozenset[str] | None

    def _transcript_label(self, lo: int, hi: int, *, quoted: bool = False,
                          in_turns: bool = False) -> tuple[Phrase, int, bool] | None:
        """`President of Russia Vladimir Putin: Good afternoon …` -> the label, the
        speech start and False; with `quoted`, also `Jennifer Krill, Executive
        Director, Earthworks: “…”` -> the name, the quotation's start and True.
        `in_turns`: a transcript is under way, so a full name the readout has
        used before is a speaker's label even where nothing showed it to be a
        person's ("Ilya Shestakov:" after an office the name was not read from)."""
        reach = lo + (320 if quoted else 160)
        if reach > hi:  # (`min` written out: the builtin costs ten times)
            reach = hi
        colon = self.text.find(":", lo, reach)
        after_colon = colon + 1
        if colon < 0:
            symbol = _symbol_before_quotation(self.text, lo, reach) if quoted else None
            if symbol is None:
                return None
            colon, after_colon = symbol  # ("Benedek X, President of the … Football Federation ⚽ “…”": as its colon)
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
        if phrase is not None and phrase.kind == "description" and self.text.startswith(" (", phrase.end):
            phrase = self._name_after_office_abbreviation(phrase.end, label_end) or phrase
        if caption is not None and (phrase is None or phrase.end != label_end):
            # ("Presidential Commissioner for Entrepreneurs' Rights Boris Titov Titov BorisPresidential …:", the plural
            # possessive stopping the office: the scraper's caption after the name shows the label ends there, so the
            # name alone is the label, when it reads as a full name)
            phrase = self._full_name_to(lo + caption.start(), label_end) or phrase
        bracketed = self._name_in_label_brackets(label_end, colon) \
            if label_end < colon and (phrase is None or phrase.kind == "description") else None
        if bracketed is not None:
            phrase, label_end = bracketed, bracketed.end
        if phrase is None or phrase.kind not in ("name", "description"):
            return None
        # "Jennifer Krill, Executive Director, Earthworks: “…”": a name, its titles, a quotation
        quoted = quoted and phrase.kind == "name" and (
            len(phrase.name) >= 2 and _QUOTATION_NEXT.match(self.text, after_colon, hi) is not None
            and self.text.startswith(",", phrase.end)
            and next(verbs_in(self.text, phrase.end, colon), None) is None  # (not "X, Advocate, said:")
            # (styles6 waldermark_trade_mission: "Van Rijswijk: 'Every euro we invest … good for Waldermark.'": a
            # name, its colon and a quotation that fills the paragraph, in single straight marks too; a lone
            # surname with its title too, three-hundred-ninth finland_president_2022-05-05_party_leaders:
            # "President Niinistö: “I feel that the work … in all circumstances.”", his words, that paragraph only)
            or phrase.end == label_end
            and _QUOTATION_OR_APOSTROPHE_NEXT.match(self.text, after_colon, hi) is not None
            and (len(phrase.name) >= 2 or bool(phrase.role) or has_honorific(phrase))
            and (self.text[hi - 1] in _CLOSING_MARKS or self.quotation_before_narrative(after_colon, hi) is not None))
        titled = bracketed is not None
        if phrase.end != label_end and not quoted and phrase.kind == "name" and len(phrase.name) >= 2 \
                and self.text.startswith(", ", phrase.end):
            titled = self._office_after_name(phrase.end + 2, label_end)
        elif phrase.kind == "description" and phrase.end == label_end and phrase.role and not phrase.name \
                and (named := self._name_before_office(lo, label_end, phrase.role)) is not None:
            phrase, titled = named, True
        if phrase.end != label_end and not quoted and not titled:
            if phrase.kind == "description" and self.text.startswith(("’s ", "'s "), phrase.end) \
                    and _OWNED_ADDRESS.fullmatch(self.text, phrase.end, label_end):
                match = _LABEL_COLON.match(self.text, colon)  # "The President's address to the Federation Council: …"
                start = match.end() if match else after_colon
                # its own words: a sentence, in the first person ("I am submitting …"); not a summary in the
                # press office's words ("The Federal Chancellor's message: any military activity … must cease")
                if self.text[start:start + 1].isupper() and OWN_VOICE.search(self.text, start, hi):
                    return phrase, start, False
            if phrase.kind == "name" and len(phrase.name) >= 2 and phrase.role \
                    and _LABEL_TOPIC.fullmatch(self.text, phrase.end, label_end) is not None:
                # (thirty-eighth hard set, the Oravia budget meeting: "Minister of Economic Development Lidia Orlund on
                # the investment programme: We have selected …": an office holder's label with the topic of the turn;
                # its words in the first person, hers)
                match = _LABEL_COLON.match(self.text, colon)
                start = match.end() if match else after_colon
                if self.text[start:start + 1].isupper() and OWN_VOICE.search(self.text, start, hi):
                    return phrase, start, False
            return None
        if phrase.kind == "name" and not (quoted or titled or phrase.role or has_honorific(phrase)):
            known = self.people.match_name(phrase.name)
            if known is not None and _first_word_only(phrase, known):
                return None  # ("Mumbai: Maharashtra Chief Minister X on Tuesday led …" beside "Mumbai Metro")
            if not (_confirmed(known) or len(phrase.name) >= 2
                    and ((in_turns or self._after_separator(lo)) and known is not None
                         or self._dialogue_label(lo, label_end)
                         or known is not None and not quoted and self._office_label_next(hi))
                    and _SPOKEN_AFTER.search(self.text, after_colon, hi)):
                return None  # "Participants Included:", "Background:" head a list, not a speech
        match = _LABEL_COLON.match(self.text, colon)
        return phrase, match.end() if match else after_colon, quoted

    def quotation_before_narrative(self, start: int, hi: int) -> int | None:
        """The closing mark of a labelled quotation that the page's own narrative follows in the same paragraph
        (fivehundredthirtyeighth flanders rome_representation: `Minister-president Bourgeois: "On the one hand …
        based in Rome.” The Flemish development cooperation … focuses heavily on …`): the quotation opens at `start`
        (after spaces) and closes after a sentence's stop, a capital and no further quotation mark after it.
        None otherwise."""
        text = self.text
        opening = start
        while opening < hi and text[opening] == " ":
            opening += 1
        found, _ = paragraph_quotes(text, opening, hi)
        if not found or found[0].open_mark != opening or found[0].close_mark is None:
            return None
        close = found[0].close_mark
        if close + 2 >= hi or text[close - 1] not in ".!?" or text[close + 1] != " " or not text[close + 2].isupper() \
                or _QUOTE_MARK.search(text, close + 1, hi):
            return None
        return close

    def _office_label_next(self, hi: int) -> bool:
        """(thirty-eighth hard set, the Oravia budget meeting: "The President held a meeting with Government members
        …" / "Milan Dravec: Good afternoon, colleagues. …" / "Minister of Finance Oskar Ferrin: Mr President, …") The
        next paragraph opens with an office holder's label: a transcript's turns begin here, so a known full name
        before its colon is the first speaker's label. Read only for a label in doubt; the next paragraph read once."""
        text = self.text
        n0 = hi
        while n0 < len(text) and text[n0] in " \t\r\n":
            n0 += 1
        if n0 == hi or n0 >= len(text) or not text[n0].isupper():
            return False
        n1 = text.find("\n", n0)
        n1 = len(text) if n1 < 0 else n1
        colon = text.find(":", n0, min(n1, n0 + 160))
        if colon < 0:
            return False
        phrase = phrase_starting_at(text, n0, colon)
        if phrase is None or not phrase.role or phrase.kind not in ("name", "description") or not phrase.name:
            return False
        label = self._transcript_label(n0, n1, in_turns=True)
        return label is not None and label[0].start == n0

    def _office_after_name(self, start: int, label_end: int) -> bool:
        """(two-hundred-seventy-fifth, Australian Prime Minister's transcripts) A label that gives the
        full name and then, after a comma, the office ("ANTHONY ALBANESE, PRIME MINISTER: Well, Mr
        President, …", "EMMANUEL MACRON, PRESIDENT OF FRANCE: Thank you, Mr Prime Minister."): the
        person is the name; the words after the comma are only an office, with no name of their own,
        and run to the colon ("Inga Molnar, Vantoria Public Television:", an outlet, is no office)."""
        office = phrase_starting_at(self.text, start, label_end)
        return office is not None and office.kind == "description" and office.end == label_end \
            and bool(office.role) and not office.name

    def _name_before_office(self, lo: int, label_end: int, role: str) -> Phrase | None:
        """(two-hundred-seventy-fifth australia_pm_2023-02-18_jaishankar) A label that gives the full name and
        then the office with no comma between ("ANTHONY ALBANESE PRIME MINISTER: Minister, can I welcome you …"),
        read as one description of the office: the full name before the office's words, when those words run to
        the colon. Only a label in capitals, as transcripts print them: in mixed case, words before an office may
        be a body's name ("Asian Americans Advancing Justice: John Yang", twenty-first, a list of who attended).
        Cheap tests first: the office's words, as written, end the label, and the label is in capitals."""
        cut = label_end - len(role) - 1
        if cut <= lo or self.text[cut] != " " or self.text[cut + 1:label_end].lower() != role \
                or not self.text[lo:label_end].isupper():
            return None
        name = phrase_starting_at(self.text, lo, cut)
        if name is None or name.kind != "name" or len(name.name) < 2 or name.end != cut or name.role:
            return None
        return name

    def _office_holder_entry(self, phrase: Phrase, lo: int, speech_start: int, hi: int) -> bool:
        """Inside a speaker's turn, a paragraph "Office: Full Name." that reads as a label with a
        turn (two-hundred-forty-first 57492, the Prime Minister reading out his Government: "Interior
        Minister: Vladimir Kolokoltsev.", "Minister of Defence: Sergei Shoigu.", "Minister for Civil
        Defence, Emergencies and Natural Disaster Relief: Yevgeny Zinichev."): an entry of the list the
        speaker reads, the office before the colon and its holder after it, not a new speaker. Only a
        label with no name of its own (an office, or an office run into capitalised words) and words
        that are one full name alone; a name with an honorific ("Mr Petrov.") or the name of someone who
        has had a labelled turn ("Host: Ivan Petrov." announcing him) keeps the label."""
        if hi - speech_start > 48 or self.text[hi - 1] != "." \
                or not (phrase.kind == "description" or phrase.start > lo):
            return False
        if _HOLDER_NAME.fullmatch(self.text, speech_start, hi) is None:
            return False
        holder = self.people.match_name(tuple(self.text[speech_start:hi - 1].split()))
        return holder is None or holder not in self._turn_speakers

    def _dialogue_label(self, lo: int, label_end: int) -> bool:
        """(two-hundred-forty-seventh 62867) A bare full name that is a turn of a dialogue the readout
        never introduced ("Andrei Vandenko: Why aren’t you asking me …", "Vladimir Putin: Well, it is
        an iPad …" after a lead that names Putin only as "Vladimir Putin's interview"): the same words
        and colon open two paragraphs or more, and another such label does too. One list or heading
        ("Background:", "Participants Included:") is not a dialogue. The paragraph openings are
        gathered once, the first time a label is in doubt."""
        if self._dialogue_labels is None:
            counts: dict[str, int] = {}
            for match in _PARAGRAPH_LABEL.finditer(self.text):
                counts[match.group(1)] = counts.get(match.group(1), 0) + 1
            recurring = frozenset(head for head, count in counts.items() if count >= 2)
            self._dialogue_labels = recurring if len(recurring) >= 2 else frozenset()
        return self.text[lo:label_end] in self._dialogue_labels

    def _full_name_to(self, start: int, label_end: int) -> Phrase | None:
        """The full name (two words or more) that runs from `start` to the label's end, where a label's office is read
        past (a scraper's caption, an abbreviation in brackets, a first office and "and"); None for any other phrase
        or one that stops short."""
        phrase = phrase_starting_at(self.text, start, label_end)
        if phrase is not None and phrase.kind == "name" and phrase.end == label_end and len(phrase.name) >= 2:
            return phrase
        return None

    def _name_in_label_brackets(self, label_end: int, colon: int) -> Phrase | None:
        """A label that gives the office and then its holder's name in brackets (thirtieth hard set: "The Leader
        of the Opposition (Ms Ingrid Varga MP): Your Grace, …", "The Primate (the Most Reverend Tobias Arnell):
        Thank you, Leader."): the name in the brackets, when it is a full or a styled name and fills them; not an
        aside such as "(retranslated)" or "(UEFA)"."""
        text = self.text
        if not text.startswith(" (", label_end):
            return None
        close = text.find(")", label_end, colon)
        if close < 0 or text[close + 1:colon].strip():
            return None
        name = phrase_starting_at(text, label_end + 2, close)
        if name is None or name.kind != "name" or name.end != close or not (len(name.name) >= 2 or has_honorific(name)):
            return None
        return name

    def _name_after_office_abbreviation(self, office_end: int, label_end: int) -> Phrase | None:
        """A label whose office is followed by its abbreviation in brackets before the
        name ("President of the Union of European Football Associations (UEFA) Alexander
        Čeferin: …", hundred-fifty-fifth), where the phrase parser stops at the bracket:
        the full name after the bracket, when it runs to the label's end."""
        aside = _OFFICE_ABBREVIATION.match(self.text, office_end, label_end)
        return self._full_name_to(aside.end(), label_end) if aside is not None else None

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
                last = self._full_name_to(cut + 5, label_end)
                if last is not None:
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
            if HEADING.fullmatch(heading):
                before = before[:before.rfind("\n")].rstrip()
                line = before[before.rfind("\n") + 1:]
        return bool(line) and line[0] in SEPARATOR_MARKS and SEPARATOR.match(line) is not None

    def _told_after_cut(self, lo: int, hi: int, opening: int = 60) -> bool:
        """After a transcript's cut, a paragraph that reports someone's words in the third
        person: no "I", "we" or "you" outside quotations, and a cue in its first sentence
        ("Concluding the meeting, the President instructed …", "The minister also informed
        the President …"). `opening`: how far the comma after an opening clause may be ("Asked by journalists
        about …, Prime Minister X said …", styles11 montevia_government, is a longer clause)."""
        text = self.text
        if _YOU_OR_ME.search(_QUOTED_SPAN.sub("", text[lo:hi])):
            return False
        end = text.find(". ", lo, hi)
        end = hi if end < 0 else end + 1
        subject = self._head_subject(lo, end)
        if subject is None or subject.kind not in ("name", "description", "group"):
            comma = text.find(", ", lo, min(end, lo + opening))  # ("Concluding the meeting, the President …")
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
                and _POSSESSIVE_DESCRIPTION_OPENING.match(head) is None \
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

    def _bracketed_report(self, lo: int, hi: int, paragraph: int) -> None:
        """A transcript's paragraph in parentheses that reports a person's words ("(Ms Ivanova spoke
        in detail about housing for orphans; in particular, she proposed …)", hundred-fifty-sixth
        57642): the editor's summary of words the transcript leaves out, read as the sentence it is,
        whoever spoke last; a note of an act or a thing ("(The President presented the state
        decorations.)", "(A sculpture, …)") has no speech cue and makes nothing, as before."""
        close = self.text.rfind(")", lo, hi)
        self.sentence_lo = lo + 1
        self._reported(lo + 1, close, paragraph, whole_sentence=True, after_statement=False)

    def _speech(self, person: Person | None, lo: int, hi: int, paragraph: int, joined: bool = False) -> Person | None:
        """A transcript paragraph: one speaker's words, unless the next label comes
        inside it (sources that join a transcript's paragraphs: "… Please. Prime
        Minister of Armenia Nikol Pashinyan: Thank you, Mr President. …"). Returns
        who is speaking at its end. In such a joined paragraph (`joined`: known to be
        one), a sentence that reports a speaker of the transcript in the third person
        ends the turn: narrative up to the next label ("… Please send me the schedule.
        The head of Rosmorflot also told the President about …")."""
        if self.text.startswith("(", lo) and _WHOLE_PARAGRAPH_DIRECTION.fullmatch(self.text, lo, hi) is not None:
            if self.text[lo + 1].isupper():
                self._bracketed_report(lo, hi, paragraph)
            return person  # "(A sculpture, Seagull Landing on Water, by …)." : the editor's note is no one's; the turn goes on
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
            breaks = [(end, self._transcript_label(end.end(), hi, in_turns=True)
                       or self._described_label_in_turn(end.end(), hi)) for end in ends]
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
                    if joined and self.text[end.end()] in NOBODYS_LABEL_OPENINGS \
                            and (nobody := NOBODYS_LABEL.match(self.text, end.end(), hi)) is not None:
                        # "… Valeria Gromova: We will. Remark: And we also …": someone unnamed
                        self._add_block(person, start, end.start() + 1, paragraph)
                        person, start = None, nobody.end()
                        continue
                    if joined and person is not None and self._narrative_in_turn(end.end(), hi):
                        following = next((b for b in breaks[k + 1:] if b[1] is not None), None)
                        stop = following[0].start() + 1 if following is not None else hi
                        if following is None and self._speaker_goes_on(end.end(), stop):
                            continue  # the speaker's own report of another, his words after it
                        self._add_block(person, start, end.start() + 1, paragraph)
                        self._narrate(end.end(), stop, paragraph)
                        person, start, narrative_to = None, stop, stop
                    continue
                self._add_block(person, start, end.start() + 1, paragraph)
                phrase, start, _ = label
                person = self._label_speaker(phrase, phrase.start)
        elif person is not None and self.text.find(")", lo, hi) >= 0:
            start = self._cut_glued_directions(person, start, hi, paragraph)
        if self.text.rfind(")", start, hi) >= hi - 2 and (direction := _CLOSING_DIRECTION.search(self.text, start, hi)):
            hi = direction.start()  # (hundredeleventh 58500) "… familiar to me. (Laughter.)": the room's, no one's words
        self._add_block(person, start, hi, paragraph)
        return person

    def _described_label_in_turn(self, pos: int, hi: int) -> tuple[Phrase, int, bool] | None:
        """Inside a joined turn, the next speaker's label that describes them before the name
        (hundred-fifty-third 67904: "… Please, Mr Vangonen. Captain of the Marshal Rokossovsky vessel
        Alexander Vangonen: Mr President …"), as `_described_label` reads one that opens a paragraph.
        Guard: a capital after the break and a colon within the label's reach, before the match."""
        text = self.text
        if pos >= hi or not text[pos].isupper():
            return None
        colon = text.find(":", pos, min(hi, pos + 160))
        if colon < 0:
            return None
        head = text[pos:colon]
        if "…" in head or ", " in head or _YOU_OR_ME.search(head):
            return None  # (fifty-seventh 67222) "Last year, we completed … the Don River… Vladimir Putin:": a speaker's sentence
        return self._described_label(pos, hi)

    def _has_comma_before_nobody(self, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] may hold ", Remark:" or the like (`_COMMA_BEFORE_NOBODY`): cheap finds first."""
        return any(self.text.find(", " + word, lo, hi) >= 0 for word in ("Remark", "Question", "Reply", "Comment"))

    def _cut_glued_directions(self, person: Person, start: int, hi: int, paragraph: int) -> int:
        """A turn with no label inside it whose sentences hold an editor's note between them
        (hundred-twenty-ninth: "… both miners and rescuers. (A minute of silence.) Thank you. I want …"):
        the note is no one's; the same speaker's words before it are one block, and where the
        words after it start is returned (the whole class `_speech` cuts in a turn that holds a label)."""
        notes = list(_GLUED_DIRECTION.finditer(self.text, start, hi))
        if any(self.text.find(opening, start, hi) >= 0 for opening in ("(in ", "(In ", "peaks in ", "aid in ")):
            asides = list(_LANGUAGE_ASIDE.finditer(self.text, start, hi))
            if asides:
                notes = sorted(notes + asides, key=lambda match: match.start())
        for note in notes:
            if note.re is _LANGUAGE_ASIDE:
                self._add_block(person, start, note.start(), paragraph)  # "… are good (in Russian). It is …"
            else:
                self._add_block(person, start, note.start() + 1, paragraph)
            start = note.end()
        return start

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
        if head.group(1) is not None and not _a_delegation_named(lows):
            return None  # "the leader of the opposition", "of the party": an office of its own, not who heads a body
        persons = [p for p in self.people.persons if not p.weak]
        if lows[0] == "delegation" or head.group(1) is not None:  # ("the leader of the Ostrian delegation" too)
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
            if label is None and text[pos] in _HEADING_OPENINGS:
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
        if NARRATIVE_AFTER_CUT.match(text, lo, end):
            return True  # "After the meeting, X and Y made press statements."
        if not (self._has_cue_word(lo, end) or _SEEN_IN_TURN.search(text, lo, end)):
            return False
        according = ACCORDING.match(text, lo, end)
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

    def _account_resumes_after_turns(self, lo: int, hi: int) -> bool:
        """A transcript's paragraph with no label that opens with the readout's own frame of time
        ("Earlier in the day, the Head of State received …", styles10 lagunia_presidency; a press approach,
        "Asked by journalists about …, Prime Minister X said that …", is `_told_after_cut`'s), no one
        speaking in it in the first or second person and no quotation in its first sentence (a later one
        may quote a word: "…, which he described as "under control"."): the account resumes, the last
        turn is over."""
        text = self.text
        if _ACCOUNT_RESUMES.match(text, lo, hi) is None:
            # (styles12 islandia_government: "Prime Minister Brannagh later visited the … plant …", the frame after
            # a named or described subject)
            subject = self._head_subject(lo, min(hi, lo + 120)) if text[lo] != "E" else None
            if subject is None or subject.kind not in ("name", "description") \
                    or not text.startswith(LATER_AFTER_SUBJECT, subject.end):
                return False
        if _YOU_OR_ME.search(text, lo, hi) is not None:
            return False
        end = text.find(". ", lo, hi)
        return _QUOTE_MARK.search(text, lo, hi if end < 0 else end) is None

    def _third_person_report_in_turn(self, lo: int, hi: int) -> bool:
        """A paragraph with no label in a turn whose first sentence reports one the readout names, by name or
        office, with a cue word after the subject ("The Princess went on to say that …", "Prince Julian, who chairs
        …, noted that …"), and in which no one speaks in the first or second person and nothing is quoted."""
        text = self.text
        if _YOU_OR_ME.search(text, lo, hi) is not None or _QUOTE_MARK.search(text, lo, hi) is not None:
            return False
        end = text.find(". ", lo, hi)
        end = hi if end < 0 else end + 1
        subject = self._head_subject(lo, end)
        if subject is None or subject.kind not in ("name", "description") or subject.start != lo \
                or not self._has_cue_word(subject.end, end):
            return False
        if text.startswith(", ", subject.end) and not text.startswith(_ASIDES_AFTER_A_SUBJECT, subject.end):
            return False  # (hundred-seventy-first kremlin_60413: "Mr Gornin, say a few words, please.": one addressed)
        person = self._resolve(subject, subject.start)
        return person is not None and not person.weak

    def _meeting_narrative_between_turns(self, lo: int, hi: int) -> bool:
        """A transcript's paragraph that only tells what the meeting or its people together did ("The talks
        continued in …", "The sides then exchanged views on …"), no one speaking in it."""
        text = self.text
        return (_TALKS_GO_ON.match(text, lo, hi) is not None or _MEETING_GROUP.match(text, lo, hi) is not None) \
            and not _YOU_OR_ME.search(text, lo, hi) and not _QUOTE_MARK.search(text, lo, hi)

    def _speech_goes_on_past_separator(self, paragraphs: list[tuple[int, int]], index: int) -> bool:
        """Whether the one speaker's turn goes on past the separator at `index` (hundred-ninetieth: a
        speech printed whole under one label, "THE DIRECTOR: Thank you, Dr. X, … / *** / The American story
        has been … / … we must …"): so when no other speaker has been labelled, and the part after the
        separator, before any label or next separator, speaks in the first or second person outside
        quotation marks. Narrative after a separator ("The President then visited …") speaks in neither."""
        if len(self._turn_speakers) != 1:
            return False
        text = self.text
        for lo, hi in paragraphs[index + 1:index + 7]:
            if text[lo] in SEPARATOR_MARKS and SEPARATOR.match(text, lo, hi) is not None:
                return False
            if _QUOTE_MARK.search(text, lo, hi) is not None:
                continue
            if self._transcript_label(lo, hi, in_turns=True) is not None:
                return False  # a label starts the next turn itself
            if _YOU_OR_ME.search(text, lo, hi) is not None:
                return True
        return False

    def _speaker_goes_on(self, lo: int, hi: int) -> bool:
        """Whether, after the sentence at `lo` that reads as narrative in a joined turn, a later
        sentence up to `hi` (the paragraph's end: no label follows) speaks in the first or second
        person outside quotation marks (hundred-thirty-eighth 67743: "… The Supreme Court President
        outlined a number of proposals … Of course, we will team up with …"): then the sentence was the
        speaker's own report of another, and his turn goes on; narrative would lose his last words."""
        text = self.text
        first = _SENTENCE_BREAK.search(text, lo, hi)
        if first is None:
            return False
        s0 = first.end()
        for brk in [*_SENTENCE_BREAK.finditer(text, s0, hi), None]:
            s1 = brk.start() + 1 if brk is not None else hi
            if _QUOTE_MARK.search(text, s0, s1) is None and _YOU_OR_ME.search(text, s0, s1) is not None:
                return True
            if brk is None:
                break
            s0 = brk.end()
        return False

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
        if person is None and phrase.kind == "description" and phrase.role and not phrase.country \
                and phrase.text.isupper() and phrase.text.lower() == phrase.role:
            # (two-hundred-seventy-fifth australia_pm_2023-11_japan) "PRIME MINISTER: Prime Minister, it is
            # wonderful to meet with you again …": a label that is the office alone, in capitals with no
            # "the", of a holder the readout never names: the office's holder, as "The Prime Minister:" is
            person = self._resolve(phrase._replace(text="the " + phrase.role), position)
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
        if lo < hi and person is not None and _HAS_WORD_OR_FIGURE.search(self.text, lo, hi):
            self._emit(person, "direct", lo, hi, paragraph)
