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
from bisect import bisect_left
from dataclasses import dataclass

from readout_tui.engine.carrying_on import (
    ADDING_CONNECTIVES,
    LIST_OF_THE_LAST,
    ORDINAL_OPENING,
    SUBJECTLESS_PARTICIPLE_INITIALS,
    SUBJECTLESS_SPEECH_PARTICIPLES,
    CarryingOn,
    participle_before_a_groups_clause,
)
from readout_tui.engine.cue_words import (
    CONCERN_RUNS,
    CONCERN_WORDS,
    EARNED_NOUN_RUNS,
    EARNED_WORDS,
    FOCUS_FORMS,
    FRAME_NOUN_RUNS,
    FRAME_NOUNS_COMMA,
    GLAD_RUNS,
    RARE_KIND,
    SAY_FORMS,
    TALK_NOUN_RUNS,
    TALK_ON_WORDS,
    cue_word_hits,
    focused_after_a_comma,
    focused_as_a_state,
    focusing_on_a_meetings_topic,
    holds_any,
    holds_effort_words,
    holds_key,
    saying_farewell,
    verb_at,
)
from readout_tui.engine.lexicon import MONTHS, WEEKDAYS
from readout_tui.engine.name_registry import NameRegistry
from readout_tui.engine.people import People, Person
from readout_tui.engine.phrases import Phrase, phrase_ending_at, phrase_starting_at
from readout_tui.engine.quotes import Quote, find_quotes
from readout_tui.engine.reported_speech import ReportedSpeech, keys_held
from readout_tui.engine.segments import paragraphs_read_on, split_sentences, stop_marks
from readout_tui.engine.sentence_patterns import (
    CLOCK_LINE,
    HEADING,
    NARRATIVE_AFTER_CUT,
    NOBODYS_LABEL,
    OUTLET_LABEL,
    QUESTION_LABEL_NO_COLON,
    SEPARATOR,
    SEPARATOR_MARKS,
    Cue,
    Found,
    head_of_diplomacy,
    terms_only,
)
from readout_tui.engine.sentence_reading import (
    REMARKS_MADE_AT,
    SentenceReading,
    host_statement_heading,
    remarks_opening_at,
    statement_from_host_at,
)
from readout_tui.engine.sound_bite_labels import LABEL_REACH, sound_bite_label
from readout_tui.engine.speech_subjects import SpeechSubjects
from readout_tui.engine.text_steps import end_before_space, strip_marks, strip_tail
from readout_tui.engine.transcripts import LATER_AFTER_SUBJECT, Transcripts
from readout_tui.model import Participant

_NARRATIVE_LEAD = re.compile(r"\b(?:met|meets|received|receives|visited|visits|hosted|hosts|paid\s+a|held\s+talks|"
                             r"lasted|took\s+place|was\s+held|were\s+held)\b")
"""A lead paragraph that tells of a meeting or an event ("X met Y in Z on Monday.", "The talks lasted two hours."): no
remarks, so a later "X made the comments after …" does not make it X's words (fx68)."""
_TEXT_MARKER = re.compile(r"[-–—(\s]*(BEGINS?|Begins?|ENDS?|Ends?)[\s:.)\-–—]*\Z")
"""A paragraph that only marks where a printed text begins or ends ("BEGINS:", "ENDS.", "-ENDS-"), as Caribbean
government releases frame a message they print whole: no one's words (`Attributor._read_whole`)."""

_BARE_LABEL = re.compile(r"[^\n.:;!?\"“”]{3,160}:[ \t]*")
"""A paragraph that is only a transcript label: words and a colon."""
_ANSWER_LABEL = re.compile(r"A(?:nswer)?[ \t]*:[ \t]*|A\.[ \t]+(?=[A-Z])")
"""A transcript's "A:" after a "Q:" ("Answer:" after "Question:"; "A. " after "Q. "): the answer of whoever the
last label named, or of the spokesperson the title names."""
_ASKED_QUESTIONS = re.compile(r"\basked\s+([^.;:?!\n]{3,100}?),?\s+(?:several|a\s+few|some|a\s+number\s+of|two|three|"
                              r"four|five|six|\d+)\s+(?:more\s+|quick\s+|short\s+|brief\s+)?questions\b")
"""A page's lead that names whom its questions were put to ("KELOLAND asked her press secretary, Kristin Wileman,
several questions."): the one asked, the words before the count."""
_ASKER_LABEL = re.compile(r"[A-Z][\w&’'.-]+(?: [A-Z][\w&’'.-]*){0,3}[ \t]*:[ \t]")
"""A short label no one known answers to, in a transcript ("AFP:", "Bloomberg News:",
"China Daily:"): with a question after it, a journalist's (`run`)."""
_PRESS_LABEL = re.compile(r"([A-Z][\w’'-]+(?: [A-Z][\w’'.-]*){1,3}), [A-Z0-9][\w&’'.-]*(?: [\w&’'.-]+){0,5}"
                          r"[ \t]*(?:\([^()]*\)[ \t]*)?:[ \t]*")
"""In a transcript, a journalist's label: a name, the outlet, a colon ("Inga Molnar,
Vantoria Public Television:"): the words after it are that journalist's (`run`)."""
_CUT = re.compile(r"\s*[<\[(]\s*(?:…|\.\.\.)\s*[>\])]\s*")
"""A transcript's cut: "<…>"."""
_CONTACT_LINE = re.compile(r"(?:Media )?(?:[Ii]nquiries|[Ee]nquiries|Contacts?)(?: for [a-z ]{1,30})?:[ \t]|Ends/|ENDS\b"
                           r"|Media [Cc]ontacts?:?[ \t]*$")
"""A press release's contact line after its transcript ("Inquiries: Liisa Häkkinen, State Secretary …, tel. …",
styles11 tavlenia_government), or its end mark ("Ends/Wednesday, March 18, 2026", styles12
kestria_chief_executive; "ENDS"), or a contact heading alone on its line ("Media contact", fivehundredseventyfifth
yukongov 20-199): no one's words; it ends the transcript, or the remarks a title announces (`_read_whole`)."""
_STAGE_DIRECTION = re.compile(r"\([^()\n]{3,200}\)[ \t]*")
"""A transcript's paragraph in parentheses ("(The President presented the state decorations.)"):
what happened, no one's words."""
_WORD = re.compile(r"\w+")  # (the words a pull quote and its quotation share: `_pull_quote`)
_PRONOUN_SUBJECTS = frozenset(("He", "She"))
"""A paragraph's opening pronoun that makes the one last spoken of its subject (`_opens_on_the_person`)."""
_GERUND_OPENING = re.compile(r"[A-Z][a-z]*[a-z]ing ")
_NO_GERUNDS = frozenset("During Nothing Something Everything Anything Bring Spring King Thing Morning Evening".split())


_POST_LINK_THEN_CREDIT = re.compile(r"\s+(?:https?://t\.co/|pic\.twitter\.com/)\w+\s+(?=[—–]\s)")
"""An embedded post's link with its credit line right after it in one paragraph ("… support. https://t.co/QlBj77zEqY —
N.Biren Singh (@NBirenSingh) April 18, 2022"): `Attributor._post_credited_at_its_end`."""
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|me|us)\b")
"""A word of the first person: a post's earlier paragraph above its credited last one (`_post_credited_at_its_end`)."""
_TWEET_CREDIT = re.compile(r"[—–]\s+([^()\n]{2,80}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4}\s*")
"""An embedded post's credit line, its author's name, the handle and the date ("— Ivo Marlet (@ivomarlet) September 1,
2022"): the post above it is the author's (`Attributor._tweet_credited`)."""


def _gerund_headline(text: str, start: int) -> bool:
    """Whether the words of a headline's label, at `start`, open with a gerund ("Expanding the breadth and depth of
    …", "Using city diplomacy …"): a summary in a headline's shape, not a sentence anyone spoke."""
    match = _GERUND_OPENING.match(text, start)
    return match is not None and text[start:match.end() - 1] not in _NO_GERUNDS


_TO_BE_CONTINUED = re.compile(r"To be continued[.…]*[ \t]*")
"""The site's note under a partial transcript, a paragraph of its own ("To be continued", three-hundred-fifty-first
kremlin_51284): no one's words, no part of the last turn."""
_TAG_OPENS_PARAGRAPH = re.compile(r"(?:said|added|stated|explained|noted)[ \t]+")
"""A paragraph that opens with a lower-case speech verb: the tag of the quotation closed at the end of the paragraph
before it, set off on a line of its own ("…,”" / "said Solís."; `Attributor._tag_paragraph_after_quotation`)."""


_TAG_BEFORE_THE_QUOTATIONS_REST = re.compile(
    r"[^\"“”!?\n]{2,80}?\b(?:said|added|continued|told[ \t][^\"“”,\n]{2,60})(?:[ \t][^\"“”,\n]{1,60})?,[ \t]*[\"“]")
"""A paragraph that opens with a quotation's tag, subject first, and a comma before the quotation's rest ("Dr. X said,
“but what we do not yet have is …”"; `Attributor._quotation_split_by_its_tag`)."""


def _quoted_whole(text: str, lo: int, hi: int, pquotes: list[Quote], going_on: bool = True) -> bool:
    """Whether the paragraph at text[lo:hi] is one quotation whole, opened at its start and going on into the next
    paragraph (only if `going_on`) or closed at its end: words printed with no attribution of their own ("“Earlier
    today, I spoke with …" / "“Here’s the problem: …”"), not "“…,” said X." """
    if len(pquotes) != 1 or pquotes[0].open_mark != lo:
        return False
    return going_on and pquotes[0].continues or pquotes[0].close_mark == end_before_space(text, lo, hi) - 1


_TRANSLATION_ENDS = (".)", "?)", "!)", ".”)", "?”)", "!”)", '.")')
"""How a bracketed translation of a quotation ends: its sentence's stop, maybe a closing mark, then the bracket
(`Attributor._translation_of_a_quotation`)."""
_BRACKETED_NOTES = ("Editor", "Note", "Photo", "With ", "Updated", "Reporting", "Additional", "Source", "Read ", "See ")
"""Bracketed paragraphs that are an editor's or a photograph's note, no translation (`_translation_of_a_quotation`)."""
_OPENING_QUOTE_MARKS = "“\"‘'"
"""The marks a paragraph that opens with a quotation opens with (`_translation_of_a_quotation`)."""
_ENGLISH_FUNCTION_WORDS = frozenset("""the a an and or but of to in on at for with from by is are was were be been has have
had will would can could should must not no this that these those it its we our you your they their he his she her i my
me us them there what which who""".split())
"""Words that stand in almost every English quotation: one of them among the quoted words above the brackets, and the
words are English, so the bracketed paragraph under them translates nothing (`_translation_of_a_quotation`)."""


@dataclass(slots=True)
class _Turns:
    """Where a transcript stands as `run` reads on: whose turn it is, whether the paragraphs
    are turns at all, who answers an "A:", and the first speaker after a separator."""

    speaker: Person | None = None
    on: bool = False
    answerer: Person | None = None
    first_label: tuple[Person, int] | None = None
    asked: bool = False  # (a "Question:" paragraph was the last read: an unlabelled one after it answers)


@dataclass(slots=True)
class _Remarks:
    """Remarks printed whole after a lead-in ("Full Remarks by X"): whose (None before the
    lead-in), how many headings may still stand before their words ("(As Prepared for
    Delivery)"), and whether the text names remarks at all (the guard)."""

    words: bool
    by: Person | None = None
    headings: int = 0


_BY_WHOM_ENDS = re.compile(r",| (?:after|following|on|at|upon|before|during|to|with|in) ")
"""Where the person a title "Statement by X …" names ends: at a comma or the preposition of its event
(`_signs_statement`)."""
_SIGNED_TEXT_TITLE_WORDS = ("Statement", "statement", "Comment", "comment", "Reaction", "reaction")
"""A title's word for a text that its author signs below it ("Comment by Prime Minister X on …", "Prime Minister X's
Reaction to …", "X’s statement on …"; `_signs_statement`)."""


def _title_tells_of_signed_text(title: str) -> bool:
    """Whether the title calls the body a statement, comment or reaction of someone (`_SIGNED_TEXT_TITLE_WORDS`): a
    signature line at its end then makes the body the signer's words (`_signs_statement`)."""
    for word in _SIGNED_TEXT_TITLE_WORDS:  # (a plain loop, no generator: asked again for each sentence's cue)
        if word in title:
            return True
    return False


_RELEASE_END_MARKS = (" (end)", " (End)", " (END)")
"""A release's closing mark after its last sentence ("… support to Bosnia and Herzegovina. (end)"; sevenhundredfiftyninth
demovm tegeltija_peach, sevenhundredfiftythird parlament al_sheikh): the office's end of text, no one's words
(`_before_the_release_end`)."""


def _before_the_release_end(text: str, lo: int, hi: int) -> int:
    """Where a statement ending at `hi` on a release's closing mark (`_RELEASE_END_MARKS`) ends without it: before the
    mark, when a full stop, question or exclamation mark or closing quotation mark ends the sentence before it; else
    `hi` as it stands (a "(END)" inside a sentence is read as written)."""
    mark = hi - 6
    return mark if mark > lo and text[mark - 1] in ".!?”\"" else hi


_LONGEST_RUN = 3
"""How many paragraphs with no statement may lie before the last of a run between two statements of one person
(`_lies_between`): a longer run is the readout's own account."""


def _start_of(found: Found) -> int:
    """A statement's start: the key `Attributor._found_in` bisects `Attributor.found` on."""
    return found.start


@dataclass(slots=True)
class _Handed:
    """What one paragraph hands to the next; all None after a paragraph that hands nothing."""

    message_by: Person | None = None  # whose unquoted message text it was
    listing: Person | None = None  # whose lead-in ("… several examples, including:") it was
    reporter: Person | None = None  # whose report it was, to its end
    ender: Person | None = None  # whose statement it ended with
    quoted_ender: Person | None = None  # whose quotation it ended with ("“…,” X said.": `_ended_by_quotation`)
    # it held no statement, after one that `ender`'s statement ended: (person, its sentences, index, quotes)
    pending: tuple[Person, list[tuple[int, int]], int, list[Quote]] | None = None
    # the paragraphs with no statement before `pending`'s, since the same statement: (its sentences, index, quotes)
    run: tuple[tuple[list[tuple[int, int]], int, list[Quote]], ...] = ()
    heard: bool = False  # it was one item of a list of speakers heard from ("X on strengthening …")

class Attributor(CarryingOn, NameRegistry, Transcripts, SentenceReading, ReportedSpeech, SpeechSubjects):
    """Reads one body of text and collects its statements.

    `run` makes the one pass over the paragraphs; each base class is a part of the
    reading in a module of its own (the people, transcripts, a sentence's quotations,
    reported speech, a cue's subject, reports carried on), with this object's state
    for all of them."""

    def __init__(self, text: str, participants: tuple[Participant, ...] = (), title: str = "") -> None:
        self.text = text
        self.title = title
        self.people = People(participants)
        self.found: list[Found] = []
        self.posted: set[int] = set()  # paragraphs read as posts under a handle's line (`_posts_under_a_handle`)
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
        # starts of the last sentences of paragraphs carried on after one that such a sentence ended
        # (`_said_after`): the paragraph after them may go on with the speech too
        self._speech_carried_on: set[int] = set()
        self._said_this_at: tuple[Person, int] | None = None  # "X said this during …" (`_said_this_before`)
        # whose words the title is, when the body opens with one sentence that only says where they said them
        # ("X expressed such an opinion at a meeting with Y."): the paragraphs after it carry on their report
        self._title_told_by: Person | None = None
        self.paragraphs: list[tuple[int, int]] = []  # (`_quotation_told_after`)
        self.quotes: list[list[Quote]] = []
        self.sentence_lo = 0  # where the sentence being read starts
        self._pair_of_the_two = None  # ("Of his two guests, the former …": that pair and where it was chosen, `name_registry`)
        self._bare_direct: Found | None = None  # the last unquoted direct speech ("I hope …, X said")
        self._led_in: tuple[Person, int] | None = None  # a lead-in ending its paragraph ("X said:"): X, its paragraph
        self._bodys_text_open = False  # a body's document quoted over paragraphs, its closing mark still to come
        # the speaker the first cue of a multi-paragraph quotation names, by chain (`_settle_chains`)
        self._chain_cued: dict[int, Person] = {}
        # the reporter of a quotation opened inside a report and left open, by chain: the speaker of its run-on
        # paragraphs unless a later paragraph's own cue names another (`_settle_chains`)
        self._chain_reported: dict[int, Person] = {}
        # (paragraph breaks inside a sentence the page broke, read over: `segments.paragraphs_read_on`)
        self.breaks_read_on: list[tuple[int, int]] = []
        # the multi-paragraph quotations whose last paragraph a body tells ("…,’ the Ministry … said"): no one's
        self._chains_of_a_body: set[int] = set()
        # (paragraph, end) of the last quotation a body told right after it ("“…,” the White House said."): an untagged
        # quotation after it in that paragraph goes on with the body's words (`_goes_on_from_a_bodys_quotation`)
        self._bodys_quotation: tuple[int, int] | None = None
        # the end of the last sentence that carried a report on with a plural thing for its
        # subject ("The republic’s authorities are working …"), for a "They" right after it
        self._things_carried_to = -1
        self._background_from = -1  # (where a place's background opened, `reported_speech._reported`)
        self._turn_speakers: list[Person] = []  # who a transcript's labels named
        self._dialogue_labels: frozenset[str] | None = None  # labels that open two paragraphs or more
        self.title_host: Person | None = None  # whom the title names first, not as a guest ("X met with Y")
        self.title_has_guest = False  # whether the title names a guest too, named or not ("X receives Ambassador Y")
        self.title_guests: list[Person] = []  # the guests the title names whom the readout knows

    # ------------------------------------------------------------------ run

    def run(self) -> None:
        text = self.text
        paragraphs, self.breaks_read_on = paragraphs_read_on(text)
        quotes = find_quotes(text, paragraphs)
        self.paragraphs, self.quotes = paragraphs, quotes
        if (len(paragraphs) >= 3 or len(paragraphs) == 1) and text.startswith("“", paragraphs[0][0]):
            _unquote_whole_text(text, paragraphs, quotes)
        stops = stop_marks(text)
        # one scan each for speech verbs and rarer cue words; sentences look them up
        feelings: set[bytes] = set()  # (which of `NOTED_RUNS` the text holds: noted by the same scan)
        hits = cue_word_hits(text, feelings)
        self.verb_hits = [(a, b) for a, b, word in hits
                          if word not in RARE_KIND and not (word in FOCUS_FORMS and (
                              focused_as_a_state(text, a) or focused_after_a_comma(text, a, word)
                              or focusing_on_a_meetings_topic(text, a, word)))
                          and not (word in SAY_FORMS and saying_farewell(text, b))]
        self.rare_hits = [(a, RARE_KIND[word]) for a, _, word in hits if word in RARE_KIND]
        self.verb_starts = [a for a, _ in self.verb_hits]
        self.rare_starts = [a for a, _ in self.rare_hits]
        # ("X is worried by …": `_concerns`; the words as runs first, so that most texts are
        # searched no further)
        self.concern_words = not feelings.isdisjoint(CONCERN_RUNS) \
            and holds_any(text, CONCERN_WORDS) or holds_key(text, " encouraged by ", feelings) \
            or holds_key(text, " following with ", feelings)
        # ("X was glad to hear that …": `_gladness`)
        self.critical_words = b"critical" in feelings and " critical of " in text
        self.effort_words = holds_effort_words(text)
        # (hard27's frames, stances and owned praise: `_cues` looks for them only in a text that holds their words)
        self.frame_words = holds_key(text, " have it", feelings) \
            or (not feelings.isdisjoint(FRAME_NOUN_RUNS) and holds_any(text, FRAME_NOUNS_COMMA))
        self.stance_with_words = holds_key(text, " at one with ", feelings) or holds_key(text, " firm with ", feelings)
        self.earned_words = not feelings.isdisjoint(EARNED_NOUN_RUNS) and holds_any(text, EARNED_WORDS)
        # ("… with his presentation on …": `_speech_in_ones_talk`; the nouns as runs first)
        self.talk_words = not feelings.isdisjoint(TALK_NOUN_RUNS) and holds_any(text, TALK_ON_WORDS)
        # ("impressed" a cue word of its own, "impressed upon": its hit, not a run, tells the scan saw it)
        self.glad_words = (not feelings.isdisjoint(GLAD_RUNS) or any(word == "impressed" for _, _, word in hits)) \
            and holds_any(text, _GLADNESS_WORDS)
        self.keys_held = keys_held(text, feelings)  # (the words `_cues` looks for in a sentence, those the text holds)
        self._collect_names(paragraphs)
        if paragraphs and text.find("he ", *paragraphs[0]) >= 0:  # (find: no copy of the paragraph)
            self._host_meets_namesake(*paragraphs[0])
        if paragraphs:
            self._acronyms_unnamed_head(*paragraphs[0])  # (its own cheap test first)
        turns = _Turns()
        # (the guard: a lead-in names "remarks" or a "Full Text of X’s Message:")
        remarks = _Remarks(words="emarks" in text or "Text of " in text or "rticle by " in text)
        if paragraphs and (remarks_opening_at(self.title) is not None or host_statement_heading(self.title) is not None):
            # ("Remarks by X …", "X … Press Statement following …": `_titled_remarks_by`)
            remarks.by = self._titled_remarks_by(*paragraphs[0])
        elif paragraphs and (text.startswith(("I ", "We "), paragraphs[0][0])
                             or _quoted_whole(text, *paragraphs[0], quotes[0])) \
                and statement_from_host_at(self.title) is not None:
            # ("A statement from Premier X on …" / "I am very pleased …": `_titled_remarks_by`, the body first-person;
            # or quoted whole with no attribution, sixhundredfortyeighth: "Statement From Governor X on Tariffs" /
            # "“Earlier today, I spoke with …")
            remarks.by = self._titled_remarks_by(*paragraphs[0])
        elif paragraphs and text.startswith("I ", paragraphs[0][0]):  # (`_titled_first_person_by`)
            remarks.by = self._titled_first_person_by(*paragraphs[0])
        # (a title that is its host's report, "…, President X announced at a press conference …": the body's first
        # paragraph may carry it on, as after a paragraph that X's statement ended, `_title_reporter`)
        handed = _Handed(ender=self._title_reporter())
        chain_id = 0
        for index, (lo, hi) in enumerate(paragraphs):
            before, handed = handed, _Handed()
            pquotes = quotes[index]
            if not (pquotes and pquotes[0].continued):
                chain_id += 1
            if index and text[lo] in "—–" and self._tweet_credited(paragraphs[index - 1], lo, hi, index):
                continue  # (the credit line of an embedded post: the post above it is its author's, `_tweet_credited`)
            if text.find("(@", lo, hi) > lo and self._post_credited_at_its_end(paragraphs, lo, hi, index):
                continue  # (an embedded post whose credit line closes its last paragraph: `_post_credited_at_its_end`)
            if text.startswith("From @", lo) and self._posts_under_a_handle(paragraphs, quotes, index):
                continue  # (a handle's line over the posts after it: `_posts_under_a_handle`)
            if index in self.posted:
                continue  # (a post read under its handle's line)
            if text.find(", ", hi - LABEL_REACH if hi - LABEL_REACH > lo else lo, hi) >= 0 \
                    and self._sound_bite_labelled(lo, hi, index):
                continue  # (a radio page's sound bite closed by its speaker's label: `_sound_bite_labelled`)
            separator = text[lo] in SEPARATOR_MARKS and SEPARATOR.match(text, lo, hi) is not None
            if self._read_turn(turns, paragraphs, index, separator) or separator \
                    or self._read_whole(remarks, before, handed, paragraphs, quotes, index):
                continue
            if text[lo] == "(" and index and self._translation_of_a_quotation(paragraphs[index - 1], lo, hi, index):
                continue  # (a quotation's translation in brackets under it: `_translation_of_a_quotation`)
            inner = self._transcript_inside(lo, hi) if text.find(": ", lo, hi) >= 0 else None
            if inner is not None:
                # "The talks began in a restricted format. President of Russia Vladimir Putin: …":
                # a source that joins the paragraphs after the lead starts its transcript
                # inside one; the narrative before the first label is read as narrative. With
                # no lead, that joined body is the first paragraph (ninety-sixth: "… awarded to
                # his son posthumously.*** President of Russia Vladimir Putin: Mr Zhoga, …")
                body_hi, hi = hi, inner[0]
                pquotes = [q for q in pquotes if q.open_mark < hi]
            sentences = self._read_sentences(index, chain_id, lo, hi, pquotes, stops)
            if not sentences and (before.reporter or before.ender) is not None:
                # (hard69: a news agency's closing "(END)", a paragraph of no sentence, after one that a report ended:
                # nothing in it to carry on, so what the paragraph before handed passes over it)
                handed = before
                continue
            if index and sentences and text.find(" made th", lo, sentences[0][1]) >= 0 and not quotes[index - 1]:
                self._remarks_made_before(paragraphs[index - 1], sentences[0], index - 1)
            self._hand_on(before, handed, sentences, index, lo, hi, pquotes)
            if inner is not None:
                speaker = self._label_speaker(inner[1], inner[0])
                turns.speaker, turns.on = speaker, True
                turns.answerer = speaker or turns.answerer
                turns.speaker = self._speech(turns.speaker, inner[2], body_hi, index, joined=True)
        if turns.first_label is not None and self.people.unnamed_holders():
            self._name_the_holder(*turns.first_label)
        if len(paragraphs) >= 2 and paragraphs[0][1] - paragraphs[0][0] <= 300 \
                and (not self.found or self.found[0].start >= paragraphs[0][1] or self._lead_quoted_for_no_one()):
            self._pull_quote(*paragraphs[0])
        self._settle_chains()

    def _translation_of_a_quotation(self, before: tuple[int, int], lo: int, hi: int, paragraph: int) -> bool:
        """(ninehundredfortyseventh abscbn: "“Hindi po napupuno dahil …,” he said." / "(These are not full because
        people prefer to be quarantined at home.)") a paragraph wholly in brackets, a capitalised sentence closed by its
        stop inside them, right under a paragraph that opens with a quotation and ends with its speaker's direct
        statement in another language (none of `_ENGLISH_FUNCTION_WORDS` among its words): the Philippine papers'
        printed translation of the words above, the same speaker's, direct (the words inside the brackets; emitted here,
        True). Not a bracketed note with no stop ("(With report from PNA)", "(END)"), an editor's or a photograph's
        note, nor under English words ("“We will stay,” X said." / "(The market was closed on Tuesday.)", a note), a
        paragraph of reported speech or narrative."""
        text = self.text
        if not text.endswith(_TRANSLATION_ENDS, lo, hi) or not text[lo + 1:lo + 2].isupper() \
                or text.startswith(_BRACKETED_NOTES, lo + 1):
            return False
        found = self.found
        last = found[-1] if found else None
        if last is None or last.paragraph != paragraph - 1 or last.kind != "direct" or last.person is None \
                or text[before[0]] not in _OPENING_QUOTE_MARKS \
                or not _ENGLISH_FUNCTION_WORDS.isdisjoint(_WORD.findall(text[last.start:last.end].lower())):
            return False  # (not under English words: "“We will stay,” X said." / "(This story has been updated.)")
        self._emit(last.person, "direct", lo + 1, hi - 1, paragraph)
        return True

    def _remarks_made_before(self, before: tuple[int, int], first: tuple[int, int], paragraph: int) -> None:
        """(hard35 vesmar president answers journalists on gas) "We are not going to raise the price … . Contracts
        are contracts, …" / "X made these remarks as he answered journalists' questions at …": a paragraph of
        unquoted words in the first person, with no statement, cue or quotation of its own, then a paragraph that
        opens with one person having made "these remarks" (only where and when): the words before are theirs, a
        direct statement, as "This was stated by X" gives the sentence before it."""
        text = self.text
        s0, s1 = first
        phrase = phrase_starting_at(text, s0, s1)
        if phrase is None or not phrase.is_person or _REMARKS_MADE.match(text, phrase.end, s1) is None:
            return
        lo, hi = before
        end = end_before_space(text, lo, hi)
        first_person = _FIRST_PERSON.search(text, lo, hi) is not None
        # (four-hundred-fifty-eighth fiji_gov rabuka_mahuta: "Fiji and New Zealand will continue to collaborate
        # further on issues of common interest." / "Prime Minister … Rabuka made these remarks while meeting …"): a
        # one-sentence lede in the third person is the remark too, reported (its words are no quotation)
        if not first_person and not _one_sentence(text, lo, end):
            return
        if any(f.start < hi and lo < f.end for f in self.found) or self._has_own_subject(lo, hi):
            return
        person = self._resolve(phrase, phrase.start)
        if person is not None:
            self._emit(person, "direct" if first_person else "indirect", lo, end, paragraph)

    def _who_goes_on_to_speak(self, said_by: re.Match, who: int, lo: int, hi: int, index: int) -> None:
        """(hard73: "“…” So said the Speaker, who then invited the Senate's President to address the Assembly …"; "So
        said the deputy chairman …, Mr. X, who went on to call the cut “…”.") a back-reference (`_SAID_BY`) whose
        speaker then speaks in a ", who" clause with a speech verb: the sentence is that speaker's indirect statement
        too, as "…, who said …" makes a by-agent's sentence his (not ", who has led … since March": no speech; nor ", who
        spoke after the President", `_ONLY_WHEN_ONE_SPOKE`). `who`: where the clause's ", who " stands (the caller's
        test found it)."""
        text = self.text
        verb = verb_at(text, _WHO_THEN_SPEAKS.match(text, who, hi).end())
        if verb is None or verb.group() in _ONLY_WHEN_ONE_SPOKE or (person := self._said_by_person(said_by, hi)) is None:
            return
        self._emit(person, "indirect", lo, strip_tail(text, lo, hi), index)

    def _quotation_named_after(self, said_by: re.Match, quote: Quote, index: int, hi: int) -> bool:
        """(hard73: "“Ostrune will never be asked to choose …” These were the words of the Minister …, Mr. X, at …";
        "“We do not measure a friendship …” So said Ms. Y, who …"; "“The barracks were built …” The remarks were made
        by General Z during …") a quotation that closes the sentence before, with no tag of its own, then a sentence
        that names whose words they were (`_SAID_BY`): the quotation is that person's, not the last speaker's it was
        carried on to, nor no one's. Only for a quotation that ends its sentence, with nothing but a stop after it."""
        text = self.text
        if quote.close_mark is None or text[quote.outer_end:said_by.start()].strip(" .") \
                or (person := self._said_by_person(said_by, hi)) is None:
            return False
        told = [found for found in self.found if quote.start <= found.start and found.end <= quote.end]
        if any(found.kind != "direct" for found in told):
            return False
        for found in told:
            found.person = person
        if not told:
            self._emit(person, "direct", quote.start, quote.end, index)
        return True

    def _quotation_told_after(self, person: Person, index: int) -> None:
        """(hard44 perevalia_president_talks_sallowmere_prime_minister: "“We have come with a concrete agenda: … .”" /
        "The Prime Minister of Sallowmere said this in reply to the President’s words of welcome."; vintrevia call:
        "“We are grateful to Nerrisca … .”" / "The Head of State wrote this on his Telegram channel following the
        conversation."; press statements: "This was how the President of Perevalia answered a journalist’s question
        …") a paragraph that is one quotation whole, with no tag of its own, then a paragraph that opens by saying
        only where or when one person said "this" (`_WHERE_ONLY`, `_SAID_BY`): the quotation is that person's, not
        the last speaker's it was carried on to. With a quotation over several paragraphs (one chain, each paragraph
        opening with its mark), all of them; not after a lead-in's colon that already named its speaker."""
        if not self._one_closed_quotation(index - 1):
            return
        told = self._found_in(index - 1)
        if not told or any(found.kind != "direct" or found.person is person for found in told):
            return
        chains = {found.chain for found in told if found.chain is not None}
        if chains:
            told = [found for found in self.found if found.paragraph == index - 1 or found.chain in chains]
        first = min(found.paragraph for found in told)
        if any(self.quotes[found.paragraph][:1] == [] or self.quotes[found.paragraph][0].open_mark
               != self.paragraphs[found.paragraph][0] for found in told):
            return
        if self._after_a_lead_in(first):
            return  # ("X went on: / “…” / X said this …": the lead-in told it)
        told.extend(self._whole_quotations_before(first, told[0].person))
        for found in told:
            found.person = person

    def _whole_quotations_before(self, index: int, person: Person | None) -> list[Found]:
        """(hard73 governor: "“For forty years … .”" / "“I want to thank … .”" / "These were the words of the Governor
        …, Ms. X, at …") the paragraphs right before paragraph `index` that are each one closed quotation whole, given to
        no one (or to `person`, the one the paragraph after them was given to) and nothing else: the same speaker's
        paragraphs, each closing its own marks (`_quotation_told_after`); not past a lead-in's colon."""
        more: list[Found] = []
        k = index - 1
        while k >= 0 and self._one_closed_quotation(k) and not self._after_a_lead_in(k):
            told = self._found_in(k)
            if not told or any(found.kind != "direct" or found.person is not person for found in told):
                break
            more.extend(told)
            k -= 1
        return more

    def _found_in(self, k: int) -> list[Found]:
        """The statements found so far in paragraph `k`, in order. `self.found` is kept sorted by start and each
        statement lies in its paragraph, so they are one run of it, found by bisection on the paragraph's start: a scan
        of every statement per paragraph made a readout of many quotations split by their tags (`_quotation_split_by_
        its_tag`) or told after them (`_quotation_told_after`) quadratic."""
        found = self.found
        lo, hi = self.paragraphs[k]
        first = bisect_left(found, lo, key=_start_of)
        last = first
        while last < len(found) and found[last].start < hi:
            last += 1
        return [one for one in found[first:last] if one.paragraph == k]

    def _one_closed_quotation(self, k: int) -> bool:
        """Whether paragraph `k` is one quotation whole, opened at its start and closed at its end (`_quoted_whole`
        without one going on into the next paragraph)."""
        return _quoted_whole(self.text, *self.paragraphs[k], self.quotes[k], going_on=False)

    def _after_a_lead_in(self, k: int) -> bool:
        """Whether paragraph `k` follows a paragraph that ends on a colon, a lead-in that named its speaker."""
        return k > 0 and self.text[end_before_space(self.text, *self.paragraphs[k - 1]) - 1] == ":"

    def _tweet_credited(self, post: tuple[int, int], lo: int, hi: int, index: int) -> bool:
        """Whether the paragraph at `lo` is an embedded post's credit line, "— Name (@handle) Month D, YYYY"
        (`_TWEET_CREDIT`; sevenhundredfiftyfirst theonionnews: "A pleasure to sit down with … pic.twitter.com/…" /
        "— 蔡英文 Tsai Ing-wen (@iingwen) September 1, 2022"), its author a person of the readout: the post above it,
        unquoted and read as no one's, is then the author's direct statement, up to its picture's link."""
        credit = _TWEET_CREDIT.fullmatch(self.text, lo, hi)
        if credit is None or self._found_in(index - 1):
            return False
        person = self._credited_author(credit)
        if person is None:
            return False
        p0, p1 = post
        link = self.text.find(" pic.twitter.com/", p0, p1)
        self._emit(person, "direct", p0, link if link > 0 else p1, index - 1)
        return True

    def _sound_bite_labelled(self, lo: int, hi: int, index: int) -> bool:
        """Whether the paragraph at `lo` is a sound bite closed by its speaker's label (`sound_bite_labels`: "There is
        a lot of tension right now ….Alan Winde, Premier - Western Cape Government"), the label naming a person of the
        readout named before the paragraph and nothing read in the paragraph yet: the words before the label are that
        person's direct statement (not a credit "Source Material, Archive - Radio" that names no one met before)."""
        label = sound_bite_label(self.text, lo, hi)
        if label is None or self._found_in(index):
            return False
        person = self._credited_author(label)
        if person is None or person.first_seen >= lo:
            return False
        self._emit(person, "direct", lo, end_before_space(self.text, lo, label.start()), index)
        return True

    def _posts_under_a_handle(self, paragraphs: list[tuple[int, int]], quotes: list[list[Quote]], index: int) -> bool:
        """Whether the paragraph at `index` is a handle's line over posts printed after it ("From @EdvinMorrelund", a
        line of its own; hard87 foreign_minister_morrelund: "Good talks today with my Corriscan colleague … We agreed
        …" / "I also raised …"): each paragraph after it in the first person, unquoted, up to the next handle's line,
        is a post, the direct statement of the person of the readout whose name the handle spells, one per paragraph;
        no one's when the handle spells no one's name ("From @CorriscaMFA": a ministry's). A paragraph in the third
        person ends the posts and is read as any other ("Minister X met …"). Cheap guard (the caller's): "From @"."""
        text = self.text
        lo, hi = paragraphs[index]
        line = _HANDLE_LINE.fullmatch(text, lo, hi)
        if line is None:
            return False
        owner = self._owner_of_a_handle(line.group(1), lo)
        k = index + 1
        while k < len(paragraphs):
            p0, p1 = paragraphs[k]
            if quotes[k] or text.startswith("From @", p0) or _FIRST_PERSON.search(text, p0, p1) is None:
                break
            if owner is not None:
                self._emit(owner, "direct", p0, end_before_space(text, p0, p1), k)
            self.posted.add(k)
            k += 1
        return True

    def _owner_of_a_handle(self, handle: str, before: int) -> Person | None:
        """The one person named before `before` whose full name, its words run together, is the handle or ends it
        ("EdvinMorrelund", "DrEdvinMorrelund" for Edvin Morrelund), else None (`_posts_under_a_handle`)."""
        wanted = handle.lower()
        owners = [p for p in self.people.persons if not p.weak and p.first_seen < before
                  and any(len(name) >= 2 and wanted.endswith("".join(name).lower()) for name in p.names)]
        return owners[0] if len(owners) == 1 else None

    def _credited_author(self, credit: re.Match[str]) -> Person | None:
        """The person of the readout an embedded post's credit line names (`_TWEET_CREDIT`'s first group, a name), or
        None: `_tweet_credited` and `_post_credited_at_its_end`."""
        phrase = phrase_ending_at(self.text, credit.start(1), credit.end(1))
        return self._resolve(phrase, phrase.start) if phrase is not None and phrase.kind == "name" else None

    def _post_credited_at_its_end(self, paragraphs: list[tuple[int, int]], lo: int, hi: int, index: int) -> bool:
        """Whether the paragraph at `lo` closes an embedded post, its link then its credit line run on in one paragraph
        (sevenhundredseventyseventh nenow 2022-04-18: "We are immensely thankful to PM Modi Ji for … support.
        https://t.co/… — N.Biren Singh (@NBirenSingh) April 18, 2022"; `_POST_LINK_THEN_CREDIT`), its author a person of
        the readout: the words before the link are the author's direct statement, and so is each unquoted paragraph
        just above it in the first person with nothing read in it ("During the meeting …, I, along with my cabinet
        colleagues shared our vision …"), the post's earlier lines (`_tweet_credited` reads a credit line of its own)."""
        text = self.text
        link = _POST_LINK_THEN_CREDIT.search(text, lo, hi)
        credit = _TWEET_CREDIT.fullmatch(text, link.end(), hi) if link is not None else None
        if credit is None or self._found_in(index):
            return False
        person = self._credited_author(credit)
        if person is None:
            return False
        first = index
        while first > 0 and index - first < 3 and not self._found_in(first - 1):
            p0, p1 = paragraphs[first - 1]
            if _FIRST_PERSON_WORD.search(text, p0, p1) is None or any(text.find(mark, p0, p1) >= 0 for mark in "“”\""):
                break
            first -= 1
        for k in range(first, index):
            self._emit(person, "direct", *paragraphs[k], k)
        self._emit(person, "direct", lo, link.start(), index)
        return True

    def _tag_paragraph_after_quotation(self, s0: int, s1: int, index: int) -> None:
        """(sixhundredfiftysecond usexpatcostarica solis_biden_trip: "This meeting is part of … with Central America,”" /
        "said Manuel González Ministry of Foreign Affairs, who will be traveling with Solís.") a paragraph that opens with
        the lower-case tag "said X" (`_TAG_OPENS_PARAGRAPH`), X a person and the tag closed by a stop or a comma: the
        quotation closing the paragraph before is X's, as "X said this …" after it would tell (`_quotation_told_after`)."""
        text = self.text
        said = _TAG_OPENS_PARAGRAPH.match(text, s0, s1)
        if said is None:
            return
        phrase = phrase_starting_at(text, said.end(), s1)
        if phrase is None or text[phrase.end:phrase.end + 1] not in (".", ","):
            return
        if not phrase.is_person:
            # (a name run into its office with no comma: "said Manuel González Ministry of Foreign Affairs,"): the
            # name its first three or two words make
            words = phrase.text.split()
            for n in (3, 2):
                cut = phrase.start + len(" ".join(words[:n]))
                name = phrase_starting_at(text, phrase.start, cut) if len(words) > n else None
                if name is not None and name.kind == "name" and name.end == cut:
                    phrase = name
                    break
            else:
                return
        person = self._resolve(phrase, phrase.start)
        if person is not None:
            self._quotation_told_after(person, index)

    def _quotation_split_by_its_tag(self, s0: int, s1: int, index: int) -> None:
        """(hard79 health agency: "“We have the vaccine and we have the nurses,”" / "Dr. Ilvesdahl said, “but what we do
        not yet have is clean water in every village.”") a quotation whose sentence is cut by its tag at a paragraph
        break: the paragraph before is one quotation whole that ends on a comma inside its closing mark, and this one
        opens with the tag, subject first, and the quotation's rest (`_TAG_BEFORE_THE_QUOTATIONS_REST`): the first half
        is the tag's speaker's, not the last speaker's it was carried on to (`_quotation_told_after`)."""
        text = self.text
        p0, p1 = self.paragraphs[index - 1]
        end = end_before_space(text, p0, p1)
        if text[end - 2:end] not in (",”", ',"') or _TAG_BEFORE_THE_QUOTATIONS_REST.match(text, s0, s1) is None:
            return
        first = next((found for found in self._found_in(index) if found.kind == "direct"), None)
        if first is not None and first.person is not None:
            self._quotation_told_after(first.person, index)

    def _untagged_quotations_before_a_tag(self, index: int) -> None:
        """(ninehundredsixtysixth kenyanpost 2018-08-24: "Besides, the meeting focused on …" / ""We discussed universal
        healthcare, which is one of the Big Four agenda items.”" / "“As one of the four Counties to pilot it, we briefed
        the President …," said Nyeri Governor X.") paragraphs that are each one closed quotation whole, with no tag,
        after a paragraph with no quotation and no statement, then a paragraph that opens with a quotation its own tag
        gives to X: one quotation printed over paragraphs with its tag at the end, all X's, not the last speaker's the
        untagged ones were carried on to. Not after a paragraph with a statement or a quotation, whose speaker they may
        go on with (GOLD-FORMAT's quotation that continues), nor after a lead-in's colon; only when paragraph `index`
        opens with its quotation and closes it before a tag of its own."""
        paragraphs, text = self.paragraphs, self.text
        lo, hi = paragraphs[index]
        pquotes = self.quotes[index]
        if not pquotes or pquotes[0].open_mark != lo or pquotes[0].close_mark is None \
                or not text[pquotes[0].outer_end:hi].strip(" .,\n"):
            return  # (the paragraph does not open with a quotation closed before a tag)
        own = next((found for found in self._found_in(index) if found.kind == "direct"), None)
        if own is None or own.person is None or own.start > pquotes[0].close_mark:
            return
        run: list[Found] = []
        k = index - 1
        while k > 0 and self._one_closed_quotation(k):
            told = self._found_in(k)
            if not told or any(found.kind != "direct" or found.person is own.person or found.chain is not None
                               for found in told) or run and told[0].person is not run[0].person:
                return
            run[:0] = told
            k -= 1
        if not run or self.quotes[k] or self._found_in(k) or self._after_a_lead_in(k + 1):
            return  # (no untagged quotation, or one that may go on with the statement or quotation before it)
        if self._opens_on_the_person(k, run[0].person):
            return  # ("Orlo later toured the hospital …" / "“This hospital will serve …”": his words, told of him)
        for found in run:
            found.person = own.person

    def _opens_on_the_person(self, k: int, person: Person | None) -> bool:
        """Whether paragraph `k` opens on `person` as its subject: "He"/"She", or one of its first three words a word
        of the person's names or the person's office ("Orlo later toured the hospital …", "Governor Orlo then …", "The
        Governor later …"), so the untagged quotation after it is told of that person, his words as the quotation
        carried on to him reads them (`_untagged_quotations_before_a_tag`); "Besides, the meeting focused on …" is not.
        Bounded: the paragraph's first three words."""
        if person is None:
            return False
        lo, hi = self.paragraphs[k]
        words = _WORD.findall(self.text, lo, min(hi, lo + 60))[:3]
        if words and words[0] in _PRONOUN_SUBJECTS:
            return True
        named = {word for name in person.names for word in name}
        return any(word in named or word.lower() in person.roles for word in words)

    def _unopened_quotation_before(self, person: Person, index: int) -> None:
        """(sixhundredeightieth report.az hoagland: "Baku. 11 March.REPORT.AZ/ Process of organizing meetings … is held
        constantly. There are periods when they meet often, sometimes, rarely\"." / "Report informs, US co-chair … X told
        a press conference.") the paragraph before an agency's tag paragraph (`_agency_tag_paragraph`), with no
        statement and no quotation found in it, that ends in a closing mark after a stop: a quotation whose opening
        mark was lost, X's words from past the agency's dateline (`_AGENCY_SLASH_DATELINE`) or the paragraph's start."""
        text = self.text
        lo, hi = self.paragraphs[index - 1]
        end = end_before_space(text, lo, hi)
        if self.quotes[index - 1] or text[end - 1:end] != "." or text[end - 2:end - 1] not in "\"”" \
                or text[end - 3:end - 2] in "\"”" or self._found_in(index - 1):
            return
        dateline = _AGENCY_SLASH_DATELINE.match(text, lo, end)
        start = dateline.end() if dateline is not None else lo
        if text[start:start + 1].isupper():
            self._emit(person, "direct", start, end - 2, index - 1)

    def _lead_paragraph_told_after(self, person: Person) -> None:
        """(four-hundred-sixty-fifth gisbarbados us-ambassador-farewell: "Cooperation between … Caribbean countries has
        made the region safer." / "This is the view of Attorney General, X, who is calling for …") a readout's lead, one
        sentence a paragraph of its own with no statement, no quotation and no subject of its own, then a paragraph
        that opens by naming whose words "this" were (`_SAID_BY`): the lead is that person's, as it is when both
        sentences share a paragraph (`_said_before`)."""
        text = self.text
        lo, hi = self.paragraphs[0]
        if not self.quotes[0] and not any(found.paragraph == 0 for found in self.found) \
                and _one_sentence(text, lo, end_before_space(text, lo, hi)):
            self._told_by(person, (lo, hi), 0)  # (not when the lead has its own subjects: "X and Y discussed …")

    def _lead_quoted_for_no_one(self) -> bool:
        """Whether the first paragraph's statements are all quotations of no one (sixhundredninetyninth, The Keystone:
        "“Pennsylvania is ready to welcome people fleeing Ukraine. They can count on finding a safe home here.”", the
        page's lead, the words Wolf's tweet repeated later after "Wolf said on Twitter"): `_pull_quote` may give them."""
        end = self.paragraphs[0][1]
        return all(found.person is None and found.kind == "direct" for found in self.found if found.start < end)

    def _pull_quote(self, lo: int, hi: int) -> None:
        """A standfirst that repeats a later quotation (three-hundred-thirty-second eu_commission g20: "G20
        preparations / I think it is very important that Europe concludes its own work / President Barroso
        stressed … He said: "I think it is very important that Europe concludes its own work, so that …""; libya:
        "It is intolerable to see the army using force against civilians. …" / "… made the following statement on
        Libya: "I think it is intolerable to see the army using force against civilians as …""): the body's first
        short paragraph, no one's statement, whose first sentence (six words or more) stands word for word in a
        later direct statement of one person, is a pull quote of that person's words, their direct statement.
        (Only for a first paragraph of 300 characters or less with no statement in it, or quotations of no one only,
        `_lead_quoted_for_no_one`, which the pull quote then replaces.)"""
        text = self.text
        first = text.find(". ", lo, hi)
        head = _WORD.findall(text[lo:first if first > 0 else hi].casefold())
        if len(head) < 6:
            return
        wanted = " ".join(head)
        for found in self.found:
            if found.kind == "direct" and found.person is not None \
                    and wanted in " ".join(_WORD.findall(text[found.start:found.end].casefold())):
                lo, hi = strip_marks(text, lo, end_before_space(text, lo, hi))
                self.found[:] = [unheard for unheard in self.found if unheard.paragraph != 0]  # (no one's, if any)
                self._emit(found.person, "direct", lo, hi, 0, remember=False)
                return

    def _one_asked_questions(self, lo: int, hi: int) -> Person | None:
        """The person the paragraph at text[lo:hi] names as the one "asked … questions" (`_ASKED_QUESTIONS`), the
        name right before the count ("asked her press secretary, Kristin Wileman, several questions"); else None.
        Cheap test first: "questions" in the paragraph."""
        text = self.text
        if text.find("questions", lo, hi) < 0:
            return None
        asked = _ASKED_QUESTIONS.search(text, lo, hi)
        if asked is None:
            return None
        phrase = phrase_ending_at(text, asked.start(1), end_before_space(text, asked.start(1), asked.end(1)))
        if phrase is None or not phrase.is_person:
            return None
        return self._resolve(phrase, phrase.start)

    def _answers_joined_to_question(self, turns: _Turns, lo: int, hi: int, index: int) -> None:
        """A "Question:" paragraph that runs on into the answer's label, as sources that join an interview's
        paragraphs print it (twentieth styles karsovia presidency interview to a Valmerian newspaper: "Question: Mr
        President, …? Anton Veretin: I expect …. Question: Your Minister … said …. Is this realistic? Anton Veretin:
        It is realistic …"): the question stays no one's, each labelled answer inside is its speaker's turn, and the
        last speaker's turn goes on into the next paragraph. Only when a colon follows the question's label."""
        if self.text.find(":", lo, hi) < 0:
            return
        speaker = self._speech(None, lo, hi, index)
        if speaker is not None:
            turns.speaker, turns.asked = speaker, False

    def _read_turn(self, turns: _Turns, paragraphs: list[tuple[int, int]], index: int, separator: bool) -> bool:
        """A paragraph of a transcript: a label ("Vladimir Putin: …", "Q:", "A:") and the
        speech after it, or a turn that goes on; or, inside a transcript, a paragraph that
        is no one's (a heading, a stage direction, a journalist unnamed). True when the
        paragraph is read so; a paragraph of narrative after a cut ends the transcript."""
        text = self.text
        lo, hi = paragraphs[index]
        asked, turns.asked = turns.asked, False
        if turns.on and (nobody := NOBODYS_LABEL.match(text, lo, hi)):
            turns.speaker = None  # "Question: …": someone unnamed asks; the next label answers
            turns.asked = text.startswith("Q", lo)
            self._answers_joined_to_question(turns, nobody.end(), hi, index)
            return True
        if text[hi - 1] == "?" and text.find(":", lo, lo + 60) > 0 and OUTLET_LABEL.match(text, lo, hi) is not None:
            # "Nordvik Radio: Mr President, … said that …. Did he …?": an outlet's journalist asks, the transcript's
            # turns begin (or go on) and the next label answers; what the question reports is the asker's words
            turns.on, turns.speaker = True, None
            return True
        if turns.on and text[lo] in "QE0123456789" and (QUESTION_LABEL_NO_COLON.match(text, lo, hi) is not None
                                                     or CLOCK_LINE.fullmatch(text, lo, end_before_space(text, lo, hi))):
            turns.speaker = None  # "Q    Is America back?", "3:03 P.M. BST", "END 3:31 P.M. EDT": a reporter unnamed, the time
            return True
        if not turns.on and text[lo:lo + 1] == "Q" and self.people.principal is not None \
                and (asking := NOBODYS_LABEL.match(text, lo, hi)) is not None:
            # "Q: … A: …" under a title that names the spokesperson: a transcript of
            # their answers
            turns.on, turns.speaker, turns.answerer = True, None, turns.answerer or self.people.principal
            turns.asked = True
            self._answers_joined_to_question(turns, asking.end(), hi, index)
            return True
        if not turns.on and text.startswith("Q. ", lo) and text[hi - 1] == "?" and index \
                and (asked_one := self._one_asked_questions(*paragraphs[index - 1])) is not None:
            # (eighthundredtenth keloland: "KELOLAND asked her press secretary, Kristin Wileman, several questions. /
            # Q. Has the governor visited …? / A. The governor has respected …": the answers are hers, the one the
            # lead names as asked, not the governor's the questions are about)
            turns.on, turns.speaker, turns.answerer, turns.asked = True, None, asked_one, True
            return True
        if turns.on and turns.answerer is not None and text[lo:lo + 1] == "A" \
                and (answer := _ANSWER_LABEL.match(text, lo, hi)) is not None:
            if text[hi - 1] == ":" and index + 1 < len(paragraphs) and text[paragraphs[index + 1][0]] in "“\"":
                # (two-hundred-sixtieth, a taken question: "Answer:  Assistant Secretary Nuland gave the
                # following remarks to media following her meeting with President Yanukovych:" before her
                # quoted remarks) an answer that only introduces the quotation after it is no statement;
                # the quotation is the answerer's
                turns.speaker = turns.answerer
                return True
            turns.speaker = self._speech(turns.answerer, answer.end(), hi, index)  # "Q: … A: …": the spokesperson's
            return True
        label = self._transcript_label(lo, hi, quoted=not turns.on, in_turns=turns.on)
        if label is None and turns.on and (text[lo].isupper() or self._lower_office_opening(lo, hi)):
            label = self._described_label(lo, hi)
        if label is None and turns.on and self._turn_speakers and text[lo].isupper():
            label = self._label_with_a_full_stop(lo, hi)
        if label is not None and turns.speaker is not None and not label[2] \
                and self._office_holder_entry(label[0], lo, label[1], hi):
            label = None  # "Minister of Defence: Sergei Shoigu." in a turn: the speaker's list goes on
        if label is not None:
            phrase, speech_start, quoted = label
            speaker = self._label_speaker(phrase, lo)
            if quoted:
                # "Ida Morn, Executive Director, Tarsel Harbour Trust: “…”": her words,
                # this paragraph only (a list of statements, not a transcript); narrative after the quotation's
                # closing mark is the page's own (`quotation_before_narrative`)
                close = None if text[hi - 1] in "\"”»’'" else self.quotation_before_narrative(speech_start, hi)
                self._add_block(speaker, speech_start, hi if close is None else close + 1, index)
                if close is not None:
                    self._narrate(close + 2, hi, index)
                return True
            if turns.first_label is None and speaker is not None and self._after_separator(lo):
                turns.first_label = (speaker, lo)
            turns.speaker, turns.on = speaker, True
            turns.answerer = speaker or turns.answerer
            headline = index == 0 and text[hi - 1].isalnum() and len(paragraphs) > 1 \
                and hi - lo <= 200 and self._transcript_label(*paragraphs[1], in_turns=True) is None
            if speech_start < hi and not (headline and _gerund_headline(text, speech_start)):
                turns.speaker = self._speech(turns.speaker, speech_start, hi, index)
            if headline:
                # a headline as the body's first line, "Spokesman: The President received the Foreign
                # Secretary of Albion" (styles8, left alone there): it ends in a word, no stop, comma or quote
                # mark ("Mr President, ladies and gentlemen," opens a turn), and no label opens the paragraph
                # after; the body below it is narrative, no turn of the spokesman's. Its words are no one's
                # when they open with a gerund, a headline's summary, no sentence of his (fivehundredfortyninth
                # Taoyuan: "Mayor Chang: Expanding the breadth and depth of education, sports and tourism exchanges")
                turns.on, turns.speaker, turns.answerer = False, None, None
            return True
        if turns.on and index and NARRATIVE_AFTER_CUT.match(text, lo, hi) \
                and _CUT.fullmatch(text, *paragraphs[index - 1]):
            # "<…> / Following the meeting, the President instructed …": after a cut, a
            # paragraph with no label that opens as narrative ends the transcript
            turns.on, turns.speaker = False, None
        elif turns.on and index and text[lo].isupper() and _CUT.fullmatch(text, *paragraphs[index - 1]) \
                and self._told_after_cut(lo, hi):
            # "<…> / The minister also informed the President about …": a report of someone's
            # words with no one speaking in it ends the transcript too
            turns.on, turns.speaker = False, None
        elif turns.on and turns.speaker is not None and index \
                and (text[lo] in "EL" or text[lo].isupper()
                     and any(text.find(frame, lo, lo + 120) > 0 for frame in LATER_AFTER_SUBJECT)) \
                and self._account_resumes_after_turns(lo, hi):
            # "… / Luc Marchetti: Yes. … / Earlier in the day, the Head of State received …": the readout's
            # own account resumes after the last turn; the transcript ends there
            turns.on, turns.speaker = False, None
        elif turns.on and index and text[lo] in "AEICMFU" and (
                _CONTACT_LINE.match(text, lo, hi) is not None
                or text.startswith("Asked ", lo) and self._told_after_cut(lo, hi, opening=160)
                or NARRATIVE_AFTER_CUT.match(text, lo, hi) and self._told_after_cut(lo, hi)):
            # "Asked by journalists about …, Prime Minister X said that …" (styles11 montevia_government) or
            # "After the declaration, the Secretary of the Presidency, X, said in a statement that …" (styles12
            # uruguana_presidency): the narrator reports a speaker in the third person after the press
            # conference's turns; "Inquiries: X, …, tel. …": a contact line. Each ends the transcript
            turns.on, turns.speaker = False, None
        if not turns.on:
            return False
        if index and text[lo].isupper() and self._third_person_report_in_turn(lo, hi):
            # (thirty-second hard set velsk_president_princess_altmark: "Princess X of Altmark (retranslated): … /
            # The Princess went on to say that … / Prince Julian, who chairs …, noted that … / Dmitar Oran: …"): a
            # paragraph with no label that reports a person of the readout in the third person, no one speaking in
            # it, is the account's, not the last speaker's turn going on
            turns.speaker = None
            return False
        if turns.speaker is not None and text[lo] == "T" and self._meeting_narrative_between_turns(lo, hi) \
                and (index + 1 == len(paragraphs)
                     or self._transcript_label(*paragraphs[index + 1], in_turns=True) is not None):
            # "… / Helena Strand: … / The sides then exchanged views on …" (styles5's Azerbaijani-style
            # presidency): what the meeting's people did together, last or before the next label: narrative
            turns.speaker = None
            if index + 1 == len(paragraphs):
                turns.on = False
            return False
        if separator:
            # (guard: a separator in a turn is rare; one speaker's speech may go on past it)
            if turns.speaker is None or not self._speech_goes_on_past_separator(paragraphs, index):
                turns.on, turns.speaker = False, None
            return True
        if text[lo] == "(" and _STAGE_DIRECTION.fullmatch(text, lo, hi):
            if text[lo + 1].isupper():
                self._bracketed_report(lo, hi, index)
            return True  # "(The President presented the state decorations.)": no one's words
        if text[lo] == "T" and _TO_BE_CONTINUED.fullmatch(text, lo, hi):
            turns.speaker = None  # "… / To be continued": the editor's note, no turn's paragraph
            return True
        if _BARE_LABEL.fullmatch(text, lo, hi) or self._unmarked_label(lo, hi, paragraphs, index):
            # "DTE Energy President and CEO Jerry Norcia:" on its own: a label the
            # title hides a name in; the next speaker is that name, or no one known
            turns.speaker = self._named_in_label(lo, hi)
            return True
        press = _PRESS_LABEL.match(text, lo, min(hi, lo + 120)) if text[lo].isupper() else None
        if press is not None:
            named = phrase_starting_at(text, lo, lo + len(press.group(1)))
            if named is not None and named.kind == "name" and len(named.name) >= 2 \
                    and named.end == lo + len(press.group(1)):
                # "Inga Molnar, Vantoria Public Television: Mr President, …?": a journalist
                # the transcript names asks; hers, not the last speaker's
                turns.speaker = self._label_speaker(named, lo)
                if press.end() < hi:
                    turns.speaker = self._speech(turns.speaker, press.end(), hi, index)
                return True
        if text[hi - 1].isalpha() and hi - lo <= 80 and HEADING.fullmatch(text, lo, hi) \
                and index + 1 < len(paragraphs) \
                and self._transcript_label(*paragraphs[index + 1], in_turns=True) is not None:
            turns.speaker = None  # "Beginning of talks with delegations": a heading, no one's words
            return True
        asker = _ASKER_LABEL.match(text, lo, hi) if text[lo].isupper() else None
        if asker is not None and text.find("?", asker.end(), hi) >= 0:
            turns.speaker = None  # "Reuters: … Do you have a comment?": a journalist asks, unnamed
            return True
        if text[lo] == "”" and (owner := self._pull_quote_owner(lo, hi)) is not None:
            # a pull-quote set inside the next speaker's turn repeats words said before it:
            # theirs who said them; the turn goes on after it
            self._add_block(owner, lo, hi, index)
            return True
        if turns.speaker is None and asked and turns.answerer is not None and text[lo].isupper() \
                and text.find("?", lo, hi) < 0:
            # (nineteenth styles mirrevia president interview excerpts: "Question: Mr President, …? / No, we learned about
            # it from the newspapers …": an interview's answers printed with no label after "Question:" lines are the
            # answerer's, as after "A:"; the paragraphs after it go on with his turn. Not a paragraph that asks, the
            # question going on: kremlin 47126 "Question: … / And if I may, a second, specific question …?")
            turns.speaker = turns.answerer
        turns.speaker = self._speech(turns.speaker, lo, hi, index)
        return True

    def _read_whole(self, remarks: _Remarks, before: _Handed, handed: _Handed, paragraphs: list[tuple[int, int]],
                    quotes: list[list[Quote]], index: int) -> bool:
        """A paragraph that is one person's words whole, told by what stands around it and not by
        its sentences: a quotation signed after it, remarks printed whole after their lead-in, an
        address after the greeting it is told as, a message's words with no quote marks. True when
        the paragraph is read so."""
        text = self.text
        lo, hi = paragraphs[index]
        pquotes = quotes[index]
        if len(pquotes) == 1 and pquotes[0].open_mark == lo \
                and (signed := self._signed_after_quotation(lo, hi, pquotes[0])) is not None:
            # hundred-eighty-ninth: "“Today’s … America.” — X Y, White House Press Secretary": a quotation
            # signed after its closing mark, on its own line: the signer's words
            self._add_block(signed[0], lo, signed[1], index)
            return True
        if text[lo] in "–—-" and index and self.last_statement_paragraph <= index - 1 \
                and (signer := self._signed_quotation(lo, hi, paragraphs[index - 1], quotes[index - 1])):
            # "“Today, … thanks to the President’s leadership.” / – National Security Advisor X": X's (the
            # quotation, read before with no speaker, is given to X); (fourteenth styles tamsin_province: "Quotes: /
            # “…” / – X, Premier of Tamsin / “…” / – Y, Minister of …") one given to the speaker before, by carrying
            # on, is the signer's below it too
            carried = self.last_statement_paragraph == index - 1
            for found in self.found[-3:]:
                if found.paragraph == index - 1 and (carried or found.person is None):
                    found.person = signer
            if not carried:
                self._add_block(signer, *paragraphs[index - 1], index - 1)
            return True
        if index and remarks.by is None and hi - lo <= 90 and text[lo].isupper() \
                and (remarks_opening_at(self.title) is not None or _title_tells_of_signed_text(self.title)) \
                and self._signs_statement(paragraphs, quotes, index):
            return True  # ("… / Charles Michel, President of the European Council": `_signs_statement`)
        if remarks.by is not None:
            # hundred-seventy-third: "Full Remarks by First Lady X / (As Prepared for Delivery) / Good
            # afternoon. / …": each paragraph after the lead-in and its headings is X's, to the end
            if remarks.headings and self._remarks_heading(lo, hi):
                remarks.headings -= 1
                return True
            remarks.headings = 0
            if text[lo] in "CEIM" and _CONTACT_LINE.match(text, lo, hi) is not None:  # (its first letters)
                remarks.by = None  # ("… / Media contact / X, Cabinet Communications": the release's end, no one's)
                return True
            self._add_block(remarks.by, lo, hi, index)
            return True
        if remarks.words and (text.find("emarks", lo, hi) >= 0 or text.find("Text of ", lo, hi) >= 0) \
                and (remarks_by := self._remarks_lead_in(lo, hi)) is not None:
            remarks.by, remarks.headings = remarks_by, 2
            return True
        if remarks.words and text.find("rticle by ", lo, hi) >= 0 \
                and (author := self._article_lead_in(paragraphs, index)) is not None:
            # (three-hundred-thirty-ninth kremlin_17180: "… The Hindu published an article by Vladimir Putin." / "* * *" /
            # "I am glad to have an opportunity to address the readers …"): the article's paragraphs are the author's
            remarks.by, remarks.headings = author, 2
            return True
        written_by = before.message_by
        if written_by is None and index and not pquotes and quotes[index - 1]:
            written_by = self._unclosed_quotation_goes_on(quotes[index - 1], paragraphs[index - 1], index, lo, hi)
        if written_by is None and index and text.startswith(_SALUTATION_OPENINGS, lo) \
                and (sender := self._address_after_greeting(index, lo, hi, paragraphs[index - 1])) is not None:
            # hundred-ninety-eighth 67937: "Vladimir Putin congratulated Russia's women on … / Dear women, …
            # I would like to congratulate you …": the address the lead tells of, his words, with no label or
            # quote marks
            self._add_block(sender, lo, hi, index)
            handed.message_by = sender
            return True
        prev_lo, prev_hi = paragraphs[index - 1] if index else (0, 0)
        lead_in = text[prev_hi - 1] if index else " "  # (how the paragraph before ends: a colon, a full stop …)
        if index and (written_by is not None or lead_in in ":."
                      or lead_in == ";" and self._led_in is not None and self._led_in[1] == index - 1) \
                and (not pquotes or (written_by is not None or lead_in == ":") and _phrases_quoted_inside(lo, pquotes)):
            # ("The message reads: / Alexander Ivanov was a true leader … / I believe …": the
            # message's words with no quote marks; only after a lead-in or such a paragraph)
            sender = self._unquoted_message_by(written_by, index, lo, hi)
            if sender is not None:
                marker = _TEXT_MARKER.match(text, lo, hi) if hi - lo <= 12 else None
                if marker is None:
                    self._add_block(sender, lo, hi, index)
                # (sixhundredfortysixth anguillanews 5606: "The following is the text of the message: / BEGINS: /
                # “…” / ENDS."): a release's marker of where the text begins or ends is no one's words; after
                # "BEGINS" the sender's text goes on
                if marker is None or marker.group(1)[0] in "Bb":
                    handed.message_by = sender
                return True
        if index and text[hi - 1] == "." and hi - lo <= 400 \
                and (before.heard or lead_in == ":" and text.find("heard from ", max(prev_lo, prev_hi - 300), prev_hi) >= 0):
            handed.heard = self._speaker_heard(lo, hi, index)
            return handed.heard
        return False

    def _signs_statement(self, paragraphs: list[tuple[int, int]], quotes: list[list[Quote]], index: int) -> bool:
        """Whether the paragraph at `index` is the signature of the host a title "Statement by X …" names ("Charles
        Michel, President of the European Council", a name and its office, no closing stop), under paragraphs with no
        statement and no quotation that go on as X's own words (`_message_goes_on`) back to the lead that tells of X
        in the third person: those paragraphs are X's signed statement, one direct statement each (three-hundred-
        twenty-sixth eu_council four_presidents: "Today the President of the European Council, Charles Michel,
        invited … / The four Presidents share their assessment … / This is good news, yet … / Charles Michel,
        President of the European Council / The President of the European Council will call …"). The signature is
        no one's words."""
        text, title = self.text, self.title
        lo, hi = paragraphs[index]
        host = self._signature(lo - 1, end_before_space(text, lo, hi))  # (from the paragraph's start: no dash)
        by = title.find(" by ", remarks_opening_at(title) or 0) + 4  # (3 with no "by": "X’s statement on …")
        named = _BY_WHOM_ENDS.search(title, by)  # (the words after "by" up to the event: "President X after …")
        if host is None or not any(title.find(name[-1], by, named.start() if named else len(title)) >= 0
                                   for name in host.names):
            return False  # (signed by someone the title's "by" does not name)
        first = index
        while first and (self._quoted_for_no_one(first - 1)
                         or first - 1 > self.last_statement_paragraph and not quotes[first - 1]
                         and self._message_goes_on(host, *paragraphs[first - 1])):
            first -= 1
        if first == index or first - 1 > max(0, self.last_statement_paragraph):
            return False  # (no paragraph signed, or one between the lead and them that is not the host's words)
        # (the body may be signed from its first paragraph, with no lead: sixhundredtenth vlada_cz necas_reaction "I
        # consider the president's address … / Petr Nečas, Prime Minister of the Czech Republic")
        for signed in range(first, index):
            if not self._quoted_for_no_one(signed):
                self._add_block(host, *paragraphs[signed], signed)
        for found in self.found:
            if first <= found.paragraph < index and found.person is None:
                # (sixhundredtenth vlada_cz topolanek_statement: "„Recent utterances … / … / … ‘deals’.“ / Mirek
                # Topolánek": a quotation over the whole body, given to no one, signed below it: the signer's)
                found.person = host
        return True

    def _quoted_for_no_one(self, index: int) -> bool:
        """Whether the paragraph at `index` holds statements, all quoted words given to no one (a quotation printed
        with no attribution, as a signed statement's body is)."""
        told = self._found_in(index)
        return bool(told) and all(found.person is None and found.kind == "direct" for found in told)

    def _speaker_heard(self, lo: int, hi: int, index: int) -> bool:
        """An item of a list after "… heard from six state leaders …:", a person and what he or she spoke on
        ("California State Senator Anthony Portantino on strengthening safe firearm storage laws.", fifteenth
        2024-02-02 Safer States convening): that person's indirect statement (heard from X on Y = X spoke on Y, as
        a passive with one agent). True when the paragraph is such an item."""
        text = self.text
        mark = _ITEM_MARK.match(text, lo, hi)
        start = mark.end() if mark is not None else lo
        on = _HEARD_ON.search(text, start, min(hi, start + 240))
        if on is None:
            return False
        phrase = phrase_ending_at(text, start, end_before_space(text, start, on.start()))
        if phrase is None or phrase.kind != "name" or not phrase.is_person or text.find(".", start, on.start()) >= 0 \
                or any(word[0].islower() and word not in _OFFICE_JOINERS for word in text[start:phrase.start].split()):
            return False  # (only an office before the name: "Executive Director of the … Office of …")
        person = self._resolve(phrase, phrase.start)
        if person is None:
            return False
        self._emit(person, "indirect", start, hi, index)
        return True

    def _read_sentences(self, index: int, chain_id: int, lo: int, hi: int, pquotes: list[Quote],
                        stops: list[int]) -> list[tuple[int, int]]:
        """The sentences of a paragraph of narrative, each read for its quotations and reported
        speech; then what one sentence's statement carries on to the next. Its sentences."""
        text = self.text
        protected = [(q.open_mark, q.close_mark if q.close_mark is not None else hi)
                     for q in pquotes if q.close_mark is not None or q.continues]
        prev_statement_sentence = False
        previous: tuple[int, int] | None = None
        earlier: tuple[int, int] | None = None  # the sentence before `previous`, if it stands alike
        quoted_before: Quote | None = None  # the one quotation of the sentence before, for `_quotation_named_after`
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
            said_by = None if text[s0] not in "TIS" or squotes and not terms_only(text, squotes, 0, s1) \
                and not _event_names_only(text, squotes, s0) else _SAID_BY.match(text, s0, s1)
            if said_by is not None and text[s0] == "I" and _THAT_AFTER_AGENT.match(text, said_by.end(), s1):
                # "It was stressed by the Prime Minister that …": an impersonal passive with its agent
                # and its content, the agent's statement (not "It was stated by X at …", where only)
                said_by = None
            if said_by is not None and text.startswith(_ACT_NAMED_OPENINGS, s0) \
                    and _CONTENT_AFTER_AGENT.match(text, said_by.end(), s1):
                # (rf13: "The order was given by Governor X for residents to leave the valley.", "The statement was made
                # by X at the meeting that …"): the order's or the statement's content after its agent, this sentence
                # the agent's own report (as at base), not a back-reference giving him the sentence before
                said_by = None
            if said_by is not None:
                # "… This was stated by President X at a meeting …": the sentence
                # before is X's; this one only says where and when
                if s0 == lo:  # (no sentence before it in the paragraph: perhaps a quotation in the one before)
                    made = False
                    if (person := self._said_by_person(said_by, s1)) is not None and index:
                        self._quotation_told_after(person, index)
                        if index == 1:
                            self._lead_paragraph_told_after(person)
                elif previous is None and quoted_before is not None:
                    made = self._quotation_named_after(said_by, quoted_before, index, s1)
                else:
                    made = self._said_before(said_by, previous, index, s1)
                if made and earlier is not None and earlier[0] == lo and previous is not None:
                    self._lead_goes_back(earlier, previous, index)
                # (not only after it gave the sentence before: hard93's "… The radio station reported …" / "This was
                # confirmed by the … Director, Mr. X, who told journalists … that …", the report X's own)
                if (who := text.find(", who ", said_by.end(), s1)) >= 0:
                    self._who_goes_on_to_speak(said_by, who, s0, s1, index)
            elif s0 == lo and index and text[s0].isupper() and (tagged := self._agency_tag_paragraph(lo, hi)) is not None:
                # ("“…”." / "Report informs, Minister … X said.": the credit and the tag no statement, the quotation
                # before given to X when it was read, `_quote_cue`; X the subject a later "the co-chairman" means)
                self._note_subject(tagged, None)
                self._unopened_quotation_before(tagged, index)
                made = False
            elif text[s0] in "IT" and not squotes and text.startswith(_CLEFT_OPENINGS, s0) \
                    and _FIRST_TIME_CLEFT.match(text, s0, s1) is not None and text.find(",", s0, s1) < 0:
                made = False  # ("It was the very first time an incoming governor directly briefed …": a fact, no report)
            elif text.find(" came ", s0, s0 + 60) >= 0 and _WORDS_CAME.match(text, s0, s1) is not None:
                made = False  # (hard73: "X's words came a week after Z announced that …": when X spoke, no one's words)
            else:
                made = self._sentence(s0, s1, squotes, index, chain_id, prev_statement_sentence, lo)
                if not made and s0 == lo and index and text[s0] in "sane":
                    self._tag_paragraph_after_quotation(s0, s1, index)
                elif made and s0 == lo and index and text[s0] not in "\"“":
                    self._quotation_split_by_its_tag(s0, s1, index)
                elif made and s0 == lo and index > 1:
                    self._untagged_quotations_before_a_tag(index)
                if not made and self._said_this_at is not None:
                    if s0 == lo and index and self._said_this_at[1] == s0:
                        self._quotation_told_after(self._said_this_at[0], index)
                        if index == 1 and not (REMARKS_MADE_AT.search(text, s0, s1) is not None
                                               and _NARRATIVE_LEAD.search(text, *self.paragraphs[0]) is not None):
                            # (four-hundred-sixty-fifth gisbarbados us-assistant-secretary: "There is a promise from …" /
                            # "…, X, gave this assurance during a courtesy call …"): the lead, as after "This was stated by X"
                            # (not a lead that tells of a meeting before "X made the comments after the talks.", fx68:
                            # `REMARKS_MADE_AT`, `_NARRATIVE_LEAD`; still the lead whose verb the paper dropped,
                            # sixhundredfortyfifth pmldaily: "Former Vice President X has Speaker Y for the way she …" /
                            # "He made the remarks as he paid a courtesy call on …")
                            self._lead_paragraph_told_after(self._said_this_at[0])
                    elif s0 == lo and not index and self._said_this_at[1] == s0:
                        self._title_told_by = self._said_this_at[0]  # (the title, not annotated, is what was said)
                    made = self._said_this_before(s0, s1, previous, index)
            # (three-hundred-twentieth ukraine_cabinet_2017-09-01_uwc: "… This was announced by Prime Minister X in the
            # course of the meeting with … . This year marks 50 years of …": the "This was stated by X" sentence gave X
            # the lead before it, but says nothing itself that the next sentence could carry on)
            prev_statement_sentence = made and said_by is None
            # (a lead with a quoted term, "blocking Ukraine's “green corridors”", may still be
            # the words of the "This was stated by X" after it: terms are no one's quotation)
            earlier = previous
            previous = None if made or squotes and not terms_only(text, squotes, 0, s1) else (s0, s1)
            quoted_before = squotes[0] if len(squotes) == 1 and said_by is None else None
        if len(sentences) > 2:
            self._carry_on(sentences, index, pquotes)
            self._lost_openings(sentences, index)
        if len(sentences) > 1 and self._said_after:
            self._lead_up(sentences, index, pquotes)
        if len(sentences) > 1:
            self._report_goes_on(sentences, index, pquotes)
        if len(sentences) > 3 and len(self.found) > 2 and self.found[-3].start >= lo:
            self._middle_reports_go_on(sentences, index, pquotes)
        if len(sentences) > 1 and self.found and self.found[-1].end > lo:
            self._adding_connective_goes_on(sentences, index)
        if len(sentences) > 2 and len(self.found) > 1 and self.found[-2].start >= lo:
            self._gap_before_closing_cue(sentences, index)
            self._gap_in_the_speakers_voice(sentences, index)
        return sentences

    def _hand_on(self, before: _Handed, handed: _Handed, sentences: list[tuple[int, int]], index: int,
                 lo: int, hi: int, pquotes: list[Quote]) -> None:
        """What the paragraph before handed this one (a report, an account, a lead-in carried on
        into it), then what this one hands the next."""
        text = self.text
        reported_by, ended_by = before.reporter, before.ender
        if reported_by is None and ended_by is not None and text[lo] in "FSTA" \
                and ORDINAL_OPENING.match(text, lo, hi) is not None:
            # "The President singled out several priorities …" / "Firstly, the army should
            # be reequipped. …" / "Secondly, …": the points of the account that ended the
            # paragraph before, one paragraph each, go on with it
            reported_by = ended_by
        if reported_by is None and ended_by is not None and text.startswith(LIST_OF_THE_LAST, lo):
            # "Minister X highlighted several areas in which …" / "These included: food security, research, …": the
            # items of what the statement that ended the paragraph before spoke of, a paragraph of their own
            reported_by = ended_by
        if reported_by is not None:
            self._report_carries_over(reported_by, sentences, index, pquotes)
        elif ended_by is not None and len(sentences) > 1:
            self._leads_on(ended_by, sentences, index, pquotes)
        elif before.quoted_ender is not None and len(sentences) > 1:
            # (three-hundred-seventieth belarus_president_2018-03-12_rapota: "“…,” the Belarusian head of state said." /
            # "For this purpose, the governments of the two countries should focus on corresponding issues. “…,”
            # Aleksandr Lukashenko added.": between his quotations, what should be done is his, not the narrator's;
            # only where no report is carried over, a link of the chain above)
            self._leads_on(before.quoted_ender, sentences, index, pquotes, prescribed=True)
        if ended_by is not None:
            self._prescription_goes_on(ended_by, sentences, index, pquotes)
        if before.quoted_ender is not None and reported_by is None and ended_by is None and not pquotes \
                and text[lo] in "OW" and not text[hi:].strip():
            # (hard62: "“…,” the mayor said." / "Our county has … . We hope to …", the readout's end: his words unmarked)
            self._closing_words_in_the_first_person(before.quoted_ender, sentences, index)
        if reported_by is None and ended_by is not None and text.startswith("In particular, ", lo):
            self._in_particular(ended_by, sentences[0], index, pquotes)
        if reported_by is None and ended_by is not None and text.startswith(
                ("Most importantly, ", "More importantly, "), lo):
            self._most_importantly(ended_by, sentences[0], index, pquotes)
        if ended_by is not None and text[lo].islower() and text[self.paragraphs[index - 1][1] - 1].isalpha():
            self._broken_sentence_goes_on(ended_by, sentences[0], index)  # ("… on the second" / "day of his arrival, …")
        if (ended_by or before.quoted_ender) is not None and text[lo] in SUBJECTLESS_PARTICIPLE_INITIALS \
                and text.startswith(SUBJECTLESS_SPEECH_PARTICIPLES, lo) \
                and not participle_before_a_groups_clause(text, *sentences[0]):
            # ("“…,” he added." / "Adding that he does not see anything wrong with …"): a fragment with no subject
            # (not "Noting that …, both sides commended …": a group's sentence)
            self._broken_sentence_goes_on(ended_by or before.quoted_ender, sentences[0], index)
        if reported_by is None and ended_by is not None and text.startswith("Nor ", lo):
            self._negation_goes_on(ended_by, sentences, index)  # ("… has said no staff will be invited …" / "Nor will
            # the Government attend …")
        if reported_by is None and ended_by is not None and text.startswith((*ADDING_CONNECTIVES, "This "), lo):
            self._adding_paragraph_goes_on(ended_by, sentences, index)  # ("Moreover, it is necessary to …", "This
            # could be achieved …")
        if before.pending is not None:
            # (a run of paragraphs with no statement, one of which says something new: nothing carried)
            if not before.run or all(self._may_lie_between(*each) for each in (*before.run, before.pending[1:])):
                if ended_by is None and len(sentences) > 1 and all(text[strip_tail(text, s0, s1) - 1] in ".!?”\""
                                                                   for s0, s1 in sentences + before.pending[1]):
                    # (three-hundred-sixty-second kremlin_29518: "…, President X announced at a meeting …" / "By trying to
                    # make Russia …, the European Union is asking the impossible. …" / "Russia is prepared to hold talks …
                    # . X called the harsh position … unjustified …": the lead of the paragraph after the uncued one goes on
                    # with the same person's words up to their statement, so the uncued paragraph lies between; every
                    # sentence of both a whole one, ending with its full stop: no heading)
                    self._leads_on(before.pending[0], sentences, index, pquotes)
                self._lies_between(*before.pending, run=before.run)
                if ended_by is None and len(before.run) < _LONGEST_RUN and self.found and self.found[-1].end <= lo:
                    # (three-hundred-eightieth kremlin_51366: "Ms X noted that the 2015 budget was executed in difficult
                    # circumstances. …" / "Despite the difficulties, however, budget revenue totalled …" / "The budget
                    # deficit came to …" / "The National Welfare Fund increased …" / "Ms X noted too that …": a run of
                    # paragraphs with no statement between two of hers, each carried on as one such paragraph is)
                    handed.pending = (before.pending[0], sentences, index, pquotes)
                    handed.run = (*before.run, before.pending[1:])
        elif ended_by is not None and (not self.found or self.found[-1].end <= lo and not self._takes_stance(self.found[-1])):
            handed.pending = (ended_by, sentences, index, pquotes)
            if text.find(" also ", lo, min(sentences[0][1], lo + 60)) >= 0 \
                    and self._adds_to_account(*handed.pending):
                handed.pending = None
            elif (self.title_host is None or self.found and self.found[-1].person is self.title_host
                  and self._title_credits_host()) \
                    and (self.found[-1].start in self._said_after
                                               or self.found[-1].start in self._speech_carried_on) \
                    and self._adds_to_account(*handed.pending):
                # under a headline that names no host ("The search for development strategies for the Urals
                # should not depend only on …"): "Although the region has immense potential, investment … is
                # not high, President X said at a meeting on …" / "What stands out is that growth is … .
                # Small business development declined …" / "These are all signs of …" (hundred-ninety-ninth
                # 33368): the speaker's own words, closed by "…, X said", go on in the paragraphs after that
                # say nothing new, as after "also". (Not under "X met with Y" (sixty-ninth 29129: "…, said X
                # at the meeting." / "The forecast for the yield was reduced …"): the readout's own background.
                # Under a headline credited to the host after a dash, "… – Governor X", the host's own account: as
                # under no host, `_title_credits_host`.)
                self._speech_carried_on.add(sentences[-1][0])
                handed.pending = None
        handed.ender = self._ended_by(sentences, index, hi)
        if handed.ender is None:
            handed.quoted_ender = self._ended_by_quotation(sentences, index)
        if handed.ender is not None:
            handed.reporter = self._report_at_end(sentences, index, handed.ender, reported_by)
        elif not index and len(sentences) == 1 and self._title_told_by is not None:
            # (two-hundred-fifty-third kremlin_34289: "The positive dynamic in Russia's relations with the World Bank
            # must be preserved" / "Vladimir Putin expressed such an opinion at a meeting with …" / "Cooperation
            # between Russia and the World Bank is developing very productively." / …: the title is his words, the
            # first paragraph only where he said them; the paragraphs after it carry on his report, as after one
            # that his report ended)
            handed.reporter = self._title_told_by
        if before.listing is not None or text[hi - 1] in ":;" or text[hi - 1].isalpha() and self._bare_item_follows(hi):
            handed.listing = self._listed(before.listing, index, lo, hi)

    def _unclosed_quotation_goes_on(self, previous_quotes: list[Quote], previous: tuple[int, int], index: int,
                                    lo: int, hi: int) -> Person | None:
        """Whose words the paragraph at text[lo:hi], with no quote marks, goes on with when the paragraph before is
        one quotation opened at its start and never closed (a page's slip: the mark degrades to its paragraph) that
        was its speaker's last statement, and this paragraph's first sentence speaks in the first person: that
        speaker's, as a quotation carried over paragraphs (fourhundredninetyfirst maldives_mfa japan: "Minister's
        message reads as follows:" / "\"I am deeply saddened … calamity." / "On behalf of the Government …, and on
        my own behalf, allow me to extend …"). None otherwise; `_unquoted_message_by` still asks that the paragraph
        go on as the speaker's words (`_message_goes_on`). The paragraph before may be the last of a quotation over
        paragraphs whose speaker is settled at the end (`_chain_ends_in`)."""
        quote = previous_quotes[-1]
        if quote.close_mark is not None or quote.open_mark != previous[0] or len(previous_quotes) > 1 \
                or self.last_speaker is None \
                or self.last_statement_paragraph != index - 1 and not self._chain_ends_in(index - 1):
            return None
        stop = self.text.find(". ", lo, hi)
        return self.last_speaker if _FIRST_PERSON.search(self.text, lo, hi if stop < 0 else stop) is not None else None

    def _chain_ends_in(self, paragraph: int) -> bool:
        """Whether the last statement found so far is in `paragraph` and carries on a quotation over paragraphs that
        the last speaker opened, its later paragraphs held with no speaker until `_settle_chains` (fivehundredseventy-
        fifth yukongov pillai-dehart-whitehorse: "Premier X has issued the following statement:" / "“Today in
        Whitehorse I had …" / "“During his visit, …" / "” I thank the Consul General …" / "I look forward to …")."""
        found = self.found
        last = found[-1] if found else None
        if last is None or last.paragraph != paragraph or last.person is not None or last.chain is None:
            return False
        return any(f.chain == last.chain and f.person is self.last_speaker for f in found)

    def _address_after_greeting(self, index: int, lo: int, hi: int, previous: tuple[int, int]) -> Person | None:
        """Whose address the paragraph at text[lo:hi] is when it opens with a salutation ("Dear women,",
        "Friends,") and speaks in the first person, right after a lead paragraph that is one person's statement
        of greeting ("X congratulated Y on …", "X addressed …", "X greeted …"): that person's; else None."""
        text = self.text
        if self.last_statement_paragraph != index - 1 or self.last_speaker is None \
                or _SALUTATION.match(text, lo, min(hi, lo + 80)) is None:
            return None
        if previous[1] - previous[0] > 400 or _GREETING_STEMS.search(text, *previous) is None:
            return None
        return self.last_speaker if _FIRST_PERSON.search(text, lo, hi) is not None else None

    def _note_subject(self, person: Person | None, phrase: Phrase | None) -> None:
        if person is None:
            return
        self._remember_subject(person)
        if phrase is not None and phrase.kind != "pronoun":
            phrase = head_of_diplomacy(self.text, phrase)
            if phrase.country is not None and len(phrase.name) == 1 and phrase.kind == "name" \
                    and (phrase.text.partition(" ")[0], phrase.name[0]) in person.names:
                # ("The Minister …, German Gref, reported …", two-hundred-thirty-fourth 33396: the nation's word is
                # his first name, `name_registry._given_name_by_place`; he is no German, whom "the German
                # official" would mean)
                phrase = phrase._replace(country=None)
            if phrase.kind == "name" and len(phrase.name) >= 3 and phrase.name not in person.names:
                # (a run the registry read as two people, the subject the last: "… with the Acting Ambassador of Canada
                # … Natalie Breton Bagash stated …", `_surname_glued_to_a_name`: the first one's office is not his)
                return
            person.learn(phrase)
            self.mentions.append((person, phrase.start, phrase.end))

    def _emit(self, person: Person | None, kind: str, lo: int, hi: int, paragraph: int,
              chain: int | None = None, remember: bool = True) -> None:
        if hi <= lo:
            return
        if self.text[hi - 1] == ")" and self.text.endswith(_RELEASE_END_MARKS, lo, hi):
            hi = _before_the_release_end(self.text, lo, hi)
        # statements of one sentence arrive out of order (quotations first); keep
        # the list sorted and never let two statements overlap
        found = self.found
        k = len(found)
        while k > 0 and found[k - 1].start > lo:
            k -= 1
        # (the statements either side of `k`; `max` and `min` written out, each ten times the cost of its test)
        for index in range(k - 1 if k > 0 else 0, k + 1 if k < len(found) else k):
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
        """A multi-paragraph quotation has one speaker: the one its cue names. With no cue before its last
        paragraph ("“… / … / …,” X told reporters."), the earlier paragraphs were given a stand-in (the last
        speaker, the last subject): the cue's speaker replaces it."""
        by_chain: dict[int, Person | None] = dict(self._chain_reported)
        by_chain.update(self._chain_cued)
        by_chain.update(dict.fromkeys(self._chains_of_a_body))
        for found in self.found:
            if found.chain is not None and found.person is not None and found.chain not in by_chain:
                by_chain[found.chain] = found.person
        for found in self.found:
            if found.chain is not None and found.chain in by_chain:
                found.person = by_chain[found.chain]


_LOWER_OFFICE_OPENINGS = r"(?:adviser|advisor|deputy|head|minister|spokesman|spokeswoman|spokesperson|president|" \
                         r"prime\s+minister|governor|mayor|ambassador|chairman|chairwoman|chairperson)\s"
"""(two-hundred-eighty-first 74357: "This was stated by adviser to the President of Ukraine on economic issues Oleh
Ustenko in an interview …") an office in lower case after "by", as the name after it: who said the lead; so a head's
office as a paper sets it in lower case before the name (ninehundredfifth news.am: "The fate of Artsakh … is the key to
the integrity of Armenia. This was stated by president Laurent Wauquiez of the Regional Council of … at Friday’s joint
press conference …": the sentence before is his, this one only says who and where)."""
_GLADNESS_WORDS = (" glad to ", " pleased to ", " happy to ", " delighted to ", " pleased that ", " glad that ",
                   " happy that ", " delighted that ", " pleased with ", " delighted with ",
                   " impressed with ", " impressed by ")
"""What a text is searched for before its gladness is read (`reported_speech._gladness`): one's pleasure to do or
that something is so."""
_REMARKS_MADE = re.compile(r"\s+(?:also\s+)?made\s+(?:these|those|the\s+above)\s+(?:remarks|comments)\s+"
                           r"(?:as|while|when|during|at|in|after|answering|speaking|addressing|talking)\b")
"""After a person's name: "… made these remarks as he answered journalists' questions …" (only where and when)."""
_AGENCY_SLASH_DATELINE = re.compile(r"[A-Z][a-z]+\.\s*\d{1,2}\s+[A-Z][a-z]+\.\s*[A-Z][A-Za-z]*\.?[A-Z]*/\s*")
"""An agency's dateline, a place and a day and month each closed by a full stop, then its name in capitals and a slash
("Baku. 11 March.REPORT.AZ/ ", sixhundredeightieth): no one's words (`_unopened_quotation_before`)."""
_MONTH_NAME = "(?:" + "|".join(sorted(month.capitalize() for month in MONTHS)) + ")"
_DATE_BEFORE_BY = (r" on (?:" + "|".join(sorted(day.capitalize() for day in WEEKDAYS)) + "|" + _MONTH_NAME
                   + r" \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?|\d{1,2}(?:st|nd|rd|th)? " + _MONTH_NAME + r"(?:,? \d{4})?)")
"""A date between a back-reference's verb and "by" (`_SAID_BY`): " on Monday", " on June 6, 2021", " on 6 June 2021"."""
_SAID_BY = re.compile(  # (opens with a T, an I or an S: `run` looks at the first letter first)
    # (eighthundredthirteenth hamaraquetta: "TAMBOO Oct 19 (PPI): Government was taking difficult decisions …" / "These
    # views were expressed by Speaker Balochistan Assembly X while speaking to a group of journalists …"): the views
    # before, named as the person's, Pakistani agencies' back-reference
    # (ninehundredtwentyeighth masvingomirror mimosa: "… has pledged US$20 000 …" / "This has been confirmed by the
    # Minister of State … X in an interview with The Mirror."): the perfect passive, the same back-reference
    r"(?:(?:This|That|It|These words|This statement|These views|This view) (?:was|were|has been|have been|had been) "
    r"(?:stated|said|announced|declared|noted|"
    r"emphasized|emphasised|stressed|reported|mentioned|"
    # (sevenhundredtwentysixth fbcnews fipic: "Fiji remains fully committed to working closely with Kiribati." / "This
    # was articulated by Prime Minister X while meeting …"): other verbs of saying in the same back-reference
    r"articulated|reiterated|underlined|underscored|highlighted|conveyed|expressed|voiced|"
    # (sevenhundredthirtyfifth netpress xhaferi_remains_speaker: "X will remain Parliament Speaker …" / "This was
    # confirmed by the Prime Minister-designate and SDSM leader Y at a press conference …"): a confirming back-reference
    r"confirmed|"
    # (ninehundredsixtyninth malaysiachronicle: "Selangor Menteri Besar X has dismissed claims that …" / "This was
    # relayed by X's political secretary Y in a statement after …"; hard93): the channel the words before went through
    r"relayed)"
    # (eighthundredthirtyfourth news.by golovchenko: "In the first half of last year, a … base of common trade … was
    # provided. This was stated today by Prime Minister X at a meeting with …"): a day word between the verb and "by"
    # (ninehundredseventysecond thecitizen 2021-06-06: "President X is set to meet … on Tuesday." / "This was said on June
    # 6, 2021 by Dodoma Regional Commissioner, Y while speaking to reporters …"): a date there, as a day word
    r"(?: today| yesterday| earlier|" + _DATE_BEFORE_BY + r")? by (?:the )?"
    # (thirty-seventh hard set tirnava_president_kestrellan_parliament_delegation: "… These were the words with which
    # Taras Ozerko summed up the meeting."): the words before, named as the person's, as "This was stated by X"
    r"|These (?:were|are) the words with which (?:the )?"
    # (hard44 perevalia_nerrisca_press_statements: "“The question is not whether …”" / "This was how the President of
    # Perevalia answered a journalist’s question about …"): the words before, told as how the person answered
    r"|This (?:was|is) how (?:the )?"
    # (four-hundred-sixty-fifth gisbarbados us-ambassador-farewell: "Cooperation between … has made the region safer." /
    # "This is the view of Attorney General, X, who is calling for …"): the words before, named as the person's view
    r"|(?:This|That) (?:is|was) the (?:view|opinion|position|assessment) of (?:the )?"
    # (sixhundredninetyfifth publika candu_hogan: "The United States … is the strategic partner of … . This words said
    # Andrian Candu, Speaker of the Parliament, at the meeting with …"; deschide.md: "Such statement made X in a
    # telephonic interview"): the inverted active a translation keeps, the words first, then the verb, then the
    # speaker: the words before are named as the person's, as "These words were said by X" names them
    r"|(?:This|These) (?:words?|statements?) (?:said|stated|declared|voiced) (?:the )?"
    r"|Such (?:a )?statements? (?:made|said) (?:the )?"
    # (hard73: "“…” These were the words of the Minister …, Mr. X, at …", "“…” So said Ms. X, who …", "… That was the
    # message X brought to …", "“…” The remarks were made by General X during …", "“…” The comments came from the
    # Minister …, Ms. X, as …", "… The assurance was given by the Envoy when …"): a back-reference that names whose the
    # words before were, and then only where, when or before whom
    r"|(?:These|Those) (?:were|are) the (?:words|remarks) of (?:the )?|So said (?:the )?"
    r"|(?:That|This) (?:was|is) the message (?:of )?(?:the )?"
    r"|The (?:remarks|comments|words) (?:were )?(?:made by|came from|spoken by) (?:the )?"
    r"|The (?:assurance|pledge|promise) was (?:given|made) by (?:the )?"
    # (ninehundredseventysecond magangaone 2016-01: "MWANZA Regional Commissioner …, Mr X, was on Monday given 48 hours
    # to issue …" / "The directive was issued here by the Deputy Minister …, Mr Y."): an order told before, named as
    # the one's who gave it (the format's "directed"), this sentence only who and where
    r"|The (?:directive|order|instruction)s? (?:was|were) (?:issued|given)(?: here| there| today| yesterday)? by (?:the )?"
    # (ninehundredseventyfourth allafrica 2017-08-10: "“I will ensure continuous protection of … .” The revelation was
    # made by X, Nigerian Consul General in Douala, shortly after …"): a back-reference naming the words before as a
    # revelation, a disclosure or a statement made, as "The remarks were made by X" (not "The announcement was made by
    # X", which the 525th's and 900th's golds leave the sentence before it, a plan or a pledge of a body, no one's)
    r"|The (?:revelation|disclosure|declaration|statement) was made by (?:the )?)(?=[A-Z]|" + _LOWER_OFFICE_OPENINGS
    # (hard93: "… has denied claims that …" / "This was relayed by her aide, Mr. X, in a statement …"): the one the
    # words went through, named after his principal's possessive and his office
    + r"|(?:his|her) (?:aide|spokesman|spokeswoman|spokesperson|(?:political |press )?secretary),)")
_WHO_THEN_SPEAKS = re.compile(r", who (?:(?:then|also|later|further) )?(?:went on to )?")
"""A back-reference's ", who" clause up to its verb ("So said X, who then invited …", "…, who went on to call …")."""
_WORDS_CAME = re.compile(r"(?:(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?|The\s+(?:[a-z]+\s+)?[a-z]+)(?:’s|'s)\s+"
                         r"(?:words|remarks|comments)\s+(?:to\s+(?:the\s+)?(?:reporters|journalists|press|media)\s+)?came\s+"
                         r"(?:(?:a|an|one|two|three|some|just|only|hours?|days?|weeks?|shortly|soon)\s+){0,3}"
                         r"(?:after|before|as|amid|on|in\s+response\s+to)\b")
"""(hard73 trade minister: "Stanmoor's words came a week after the Finance Minister, Mr. X, announced that …") a
sentence that only dates one person's words given before by what happened around them: narrative, the speech verb
of its time clause no statement of the one named there (`_read_sentences`); so one whose owner is an office in lower
case and whose words were given to the press, and that came "in response to" something (eighthundredsixtysecond
wrcbtv: "The governor's comments to reporters came in response to reports last week in a German newspaper saying the
German auto manufacturer was nearing a decision …": why he spoke, the paper's "saying" no one's)."""
_CLEFT_OPENINGS = ("It was the ", "It is the ", "This was the ", "This is the ", "It marked the ", "It marks the ",
                   "This marked the ", "This marks the ")
_FIRST_TIME_CLEFT = re.compile(r"(?:It|This)\s+(?:was|is|marked|marks)\s+the\s+(?:very\s+)?"
                               r"(?:first|second|third|fourth|fifth|last|only)\s+time\s+(?:that\s+)?(?:an?|any)\s")
"""(eighthundredtwentyseventh gggokr 2014-07-09: "It was the very first time an incoming governor directly briefed
provincial officials on his administrational vision during the monthly morning meeting.") A cleft whose main clause is
"It was the first time" and whose subject after it is indefinite ("an incoming governor", "a minister"): what is told
is that such an event was new, a fact about no one's words; the speech verb of the clause after it makes no statement
(`_read_sentences`; only with no quotation and no comma in the sentence: sevenhundredtwentythird ap's "It was the first
time a foreign head of state has visited …, Moore said in opening remarks." is Moore's, by the tag after; "It was the
first time that Governor X said …", a named subject, stays as it was)."""
_ONLY_WHEN_ONE_SPOKE = frozenset(("spoke", "speaks", "addressed", "addresses"))
"""Speech verbs of a ", who" clause that only tell when or where one spoke ("…, who spoke after the President")."""
_THAT_AFTER_AGENT = re.compile(r"[^,.;:“”\"()]{1,80}?\s+that\b")
"""After "It was stressed by the …", the agent's words then "that": the content follows."""
_ACT_NAMED_OPENINGS = ("The directive", "The order", "The instruction", "The revelation", "The disclosure",
                       "The declaration", "The statement")
"""The openings of `_SAID_BY`'s back-references that name the words before as an order or a statement made (h1266,
h1268), which may instead carry their own content after the agent (`_CONTENT_AFTER_AGENT`)."""
_CONTENT_AFTER_AGENT = re.compile(r"[^,.;:“”\"()]{1,100}?\s+(?:that\b|for\s+[^,.;:“”\"()]{1,60}?\s+(?:not\s+)?to\s+[a-z]{2,}\b"
                                  r"|to\s+[a-z]{2,}\s+(?:the|a|an|all|their|his|her|its|every|any|no)\b)")
"""After "The order was given by X" or "The statement was made by X", in the same clause, the order's or the
statement's content: "that …", "for residents (not) to leave", "to evacuate the valley" (a verb and its object's
determiner; not "to traders in Dorva", to whom it was given, nor past a comma: "X, Consul General in …, shortly after …")."""


def _one_sentence(text: str, lo: int, end: int) -> bool:
    """The words from `lo` to `end` end with a full stop and hold no other sentence end."""
    return text[end - 1:end] == "." and not any(text.find(stop, lo, end - 1) >= 0 for stop in (". ", "? ", "! "))


def _event_names_only(text: str, quotes: list[Quote], lo: int) -> bool:
    """The quotations of the sentence at `lo` are all closed, one clause long (no stop
    inside) and set in the sentence's run, not after a colon or a comma: the names of
    an event or a programme ("This was stated by President X during a press marathon
    “30 questions to the President of Ukraine”."), longer than `terms_only` allows."""
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


def _subtitled_name(words: str) -> bool:
    """A name with a subtitle after its colon, every word capitalised ("… during a speech
    at the “Large Construction: A New Railway” Forum"), not a clause introducing words."""
    return all(word[0].isupper() or word[0].isdigit() for word in words.split())


def _unquote_whole_text(text: str, paragraphs: list[tuple[int, int]], quotes: list[list[Quote]]) -> None:
    """A release printed whole inside one pair of quote marks, opened at the start of its first paragraph and
    closed at the end of its last, with no mark between (hundred-seventy-third: "Statement from Secretary X and
    NSA Y on Call with Z": "“Today, President A and President B had a fantastic phone conversation. President B
    thanked … / … / … as quickly as possible.”"), and told in the third person (no "I", "we", "me": not a
    message or a speech quoted whole): the marks wrap a written statement, not one person's words, so its
    paragraphs are read as a readout's (the reported speech in them is found; no paragraph is a quotation)."""
    first, last = quotes[0], quotes[-1]
    if len(paragraphs) == 1 and _one_quoted_paragraph(text, paragraphs[0], first):
        # hundred-eighty-sixth: "Statement from the White House": "“Special Envoy X, accompanied by …, conducted
        # talks today in Y with Z. … Special Envoy X underscored to Z that … The sides agreed to meet again.”"
        if _FIRST_PERSON.search(text, *paragraphs[0]) is None:
            quotes[0] = []
        return
    if len(first) != 1 or first[0].open_mark != paragraphs[0][0] or first[0].close_mark is not None \
            or len(last) != 1:
        return
    lo, hi = paragraphs[-1]
    end = end_before_space(text, lo, hi)
    closing = last[0]
    if closing.open_mark != lo or (text[lo] == "“" and not closing.continued) or closing.close_mark != end - 1:
        return
    for k in range(1, len(paragraphs) - 1):
        inner = quotes[k]
        if inner and (len(inner) != 1 or not inner[0].continued or inner[0].close_mark is not None):
            return
    if _FIRST_PERSON.search(text, paragraphs[0][0], end) is not None:
        return
    for k in range(len(paragraphs)):
        quotes[k] = []


_ITEM_MARK = re.compile(r"[-*•][ \t]+|\*\*")
"""A list item's bullet, or bold type, before its first word."""
_HEARD_ON = re.compile(r"(?:\*\*)?[ \t\u00a0]+on[\s\u00a0]+(?=[a-zA-Z])")
"""After a speaker heard from, bold or not: "on" and what he or she spoke on."""
_OFFICE_JOINERS = frozenset(("of", "the", "and", "for"))
_HANDLE_LINE = re.compile(r"From @(\w{3,30})[ \t]*")
"""A line that gives the handle whose posts follow it ("From @EdvinMorrelund"): `_posts_under_a_handle`."""
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Mm]e|[Uu]s)\b")
"""What keeps a release printed whole in quote marks a person's words (`_unquote_whole_text`): a first person
other than "our" (a White House statement speaks of "our two nations", hundred-eighty-sixth)."""
_SALUTATION_OPENINGS = ("Dear ", "Friends,", "Colleagues,", "Comrades,", "Ladies and gentlemen,")
_SALUTATION = re.compile(r"(?:Dear\s+[^,.;:!?\n]{1,60}|Friends|Colleagues|Comrades|Ladies\s+and\s+gentlemen),\s")
_GREETING_STEMS = re.compile(r"\b(?:congratulat|greet|addressed\b)")
"""An address printed after its lead with no label (`_address_after_greeting`): the salutation it opens with,
and the verbs of the lead that tell of it ("congratulated", "sent greetings", "addressed")."""


def _one_quoted_paragraph(text: str, paragraph: tuple[int, int], quotes: list[Quote]) -> bool:
    """Whether the body's only paragraph is one quotation, whole, with nothing outside its marks and at least
    three sentences (a release printed in quote marks, hundred-eighty-sixth)."""
    lo, hi = paragraph
    return _quoted_whole(text, lo, hi, quotes, going_on=False) \
        and text.count(". ", lo, end_before_space(text, lo, hi)) >= 2


def _phrases_quoted_inside(lo: int, pquotes: list[Quote]) -> bool:
    """Whether the paragraph's quotations are only short phrases quoted inside its sentences, none opening it (after a
    point's number) and none going on across paragraphs: three-hundred-thirteenth embassy of Japan pr07 2014, "(1) I
    wholeheartedly congratulate you … blessed with "the largest potential for development of any bilateral relationship
    anywhere in the world."" after "Prime Minister X mentioned as follows:" is still X's unquoted message, the quoted
    words a phrase of it. Only after a lead-in's colon or a paragraph of the message (`_read_whole`). Cheap: a few
    comparisons per quotation."""
    return all(q.close_mark is not None and not q.continues and not q.continued and q.open_mark - lo > 4
               and q.close_mark - q.open_mark <= _QUOTED_PHRASE_REACH for q in pquotes)


_QUOTED_PHRASE_REACH = 120
"""The longest quotation (in characters) read as a phrase quoted inside a sentence, not someone's words of its own."""
