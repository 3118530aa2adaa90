"""The speech verbs and rarer cue words of a readout, found in one scan of its text."""
from __future__ import annotations

import re
from collections.abc import Iterator

from readout_tui.engine.lexicon import ALL_SPEECH_VERBS, AUXILIARY_ONLY_FORMS, PRESS_NOUNS


_LOWER_WORD = re.compile(r"(?<![a-z])[a-z]+")
"""A word of lower-case letters, as every speech verb is but the hyphenated ones
("re-affirmed", which only `cue_word_hits` finds): `verb_at` and `verbs_in` look
them up (a trie pattern of the verbs would cost much to compile, at import; they are
looked for in a few short spans only)."""
FRAME_NOUNS_COMMA = (" telling,", " reckoning,", " account,", " perspective,", " standpoint,", " phrase,", " estimate,",
                      " eyes,")
"""The nouns of `_ONES_OWN_FRAME` before a comma: the cheap test before it (`holds_any`)."""


TALK_ON_WORDS = (" presentation on ", " presentation about ", " remarks on ", " speech on ", " address on ",
                 " lecture on ")
"""A talk and what it was on, the cheap test before `reported_speech._IN_ONES_TALK` (a text that holds none is not
searched for it)."""


def holds_any(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> bool:
    """Whether text[lo:hi] holds one of `words`: the cheap test before a rarer cue's regex (a search of
    each in C; cheaper than a regex that stops at every space). The span is copied once and each word
    looked for with `in`: a `find` with offsets costs more to read its arguments than to search a sentence."""
    span = text if not lo and hi is None else text[lo:hi]
    for word in words:  # (a plain loop: `any` over a generator costs more than the searches, once per sentence)
        if word in span:
            return True
    return False


EARNED_WORDS = ("s thanks", "s praise", "s gratitude", "s appreciation", "s admiration", "s commendation",
                 "s warm", "s special", "s particular", "s sincere", "s heartfelt", "s fulsome",
                 "his thanks", "her thanks", "his praise", "her praise", "his gratitude", "her gratitude")
"""The owned nouns `_EARNED_ONES_PRAISE` needs, as the cheap test of a whole text (a possessive's "s" before them)."""
_EFFORT_WORDS = (" pains to ", " careful to ", " keen to ", " quick to ", " eager to ", " anxious to ", " swift to ",
                 " hesitate to ", " sought to ", " seeks to ", " hastened to ", " hastens to ", " care to ", " way to ",
                 " proud to ", " pleased to ", " happy to ", " glad to ", " delighted to ",
                 # ("X is first to admit that …", "was the first to acknowledge that …": a readiness, as "quick to")
                 " first to ",
                 # ("X would like to thank …", "X wishes to express …", "X wants to stress …": a wish voiced, the
                 # infinitive said as he says it)
                 " like to ", " wishes to ", " wished to ", " wants to ", " wanted to ")
_EFFORT_OPENERS = tuple(words.removesuffix(" to ") for words in _EFFORT_WORDS)
"""`_EFFORT_WORDS` without the " to " they all end with: " pains", " careful", …"""


def holds_key(text: str, key: str, runs: set[bytes]) -> bool:
    """Whether `text` holds `key`, one of `KEY_RUNS`, searched for only where `runs`, the runs of `NOTED_RUNS`
    that `cue_word_hits` noted in it, hold its run (most readouts lack most of them, and each search of one
    that lacks it reads the whole text)."""
    return KEY_RUNS[key] in runs and key in text


def holds_effort_words(text: str) -> bool:
    """Whether `text` holds one of `_EFFORT_WORDS` ("… was keen to stress …"): each " to " of it
    tried for an opener before it, one pass over the text (a search for each of them went over
    every readout once per word: ~1.5% of the engine's time, a regex for them all
    more instructions still)."""
    at = text.find(" to ")
    while at >= 0:
        if text.endswith(_EFFORT_OPENERS, 0, at):
            return True
        at = text.find(" to ", at + 1)
    return False


RARE_KIND = {
    **dict.fromkeys(("according", "According", "Per", "quote"), "according"),  # ("To quote X, …")
    # (the words of `_EFFORT_TO_SPEAK`'s zeal, h90's: a sentence that holds one has a cue word, no stance)
    **dict.fromkeys(("keen", "quick", "careful", "eager", "anxious", "swift", "pains", "hesitate"), "eager"),
    **dict.fromkeys(("opinion", "view", "words", "assessment", "estimation", "judgement", "judgment", "mind"), "opinion"),
    # ("grateful", "thankful": "The President is grateful to …", gratitude expressed)
    **dict.fromkeys(("convinced", "confident", "certain", "sure", "hopeful", "position", "clear", "grateful",
                     "thankful", "adamant", "emphatic", "insistent", "categorical", "unequivocal",
                     # (the words that open `_BELIEF`'s manner phrases: "was warm in his gratitude"; "was at
                     # pains to", "keen", "quick" … are `_EFFORT_TO_SPEAK`'s, the "eager" kind above)
                     "warm", "fulsome", "effusive", "generous", "lavish", "profuse", "unstinting", "forthright",
                     "outspoken", "vocal", "scathing", "unsparing", "appreciative",
                     "optimistic", "pessimistic", "upbeat", "sanguine", "doubtful", "sceptical", "skeptical", "doubt",
                     # (hard19: "was firm that …", "was candid about …")
                     "firm", "candid", "frank", "blunt", "explicit",
                     "sympathetic", "receptive", "supportive", "dismissive", "scornful", "forceful",
                     # ("was not content with …", "was satisfied with …", two-hundred-nineteenth)
                     "content", "satisfied", "dissatisfied", "unhappy",
                     # ("is determined to provide …", four-hundred-twenty-fourth)
                     "determined"), "belief"),
}
# speech verbs and the rarer cue words, found once for a whole readout (`cue_word_hits`)
CUE_WORD_FORMS = ALL_SPEECH_VERBS | frozenset(RARE_KIND) | AUXILIARY_ONLY_FORMS
_LOWER_LETTERS_ONLY = bytes(byte if 0x61 <= byte <= 0x7A else 0x20 for byte in range(256))
"""A `bytes.translate` table that blanks every byte but the lower-case letters."""
_BLANK = 0x20
_PLAIN_CUE_WORDS = frozenset(form.encode() for form in CUE_WORD_FORMS
                             if form.isascii() and form.isalpha() and form.islower())
"""The cue words of lower-case letters only (as bytes): all but `_OTHER_CUE_WORDS`."""


def _by_last_run(forms: list[str]) -> dict[bytes, tuple[str, ...]]:
    """`forms` by their last run of lower-case letters ("According" by "ccording",
    "re-affirmed" by "affirmed")."""
    out: dict[bytes, tuple[str, ...]] = {}
    for form in sorted(forms):
        last_run = form.encode().translate(_LOWER_LETTERS_ONLY).split()[-1]
        out[last_run] = out.get(last_run, ()) + (form,)
    return out


_OTHER_CUE_WORDS = _by_last_run([form for form in CUE_WORD_FORMS if form.encode() not in _PLAIN_CUE_WORDS])
"""The cue words with a capital or a hyphen ("According", "re-affirmed"), by their
last run of lower-case letters, which a text that holds them holds as a run of
its own (see `_lower_runs`)."""
_CUE_WORD_RUNS = _PLAIN_CUE_WORDS | frozenset(_OTHER_CUE_WORDS)
"""The runs of lower-case letters that show a text may hold a cue word."""
_AFTER_BLANK = {run: b" " + run for run in _CUE_WORD_RUNS}
"""Each of `_CUE_WORD_RUNS` after a blank: what `cue_word_hits` searches for."""
_CUE_WORD_OF_RUN = {run: run.decode() for run in _PLAIN_CUE_WORDS}
WORRY_RUNS = (b"worried", b"concerned")
"""The worries `reported_speech._CONCERN` reads after one person ("X is worried by / about …")."""
DISMAY_RUNS = (b"saddened", b"dismayed", b"alarmed", b"appalled", b"outraged", b"heartened", b"shocked", b"disturbed",
               b"troubled")
"""The other feelings it reads so ("The Secretary-General is saddened by the loss of life …", as a statement
attributable to a spokesperson opens: "expressed sorrow"); not with "about"."""
CONCERN_RUNS = WORRY_RUNS + DISMAY_RUNS
CONCERN_WORDS = tuple(" " + run.decode() + " " for run in CONCERN_RUNS) + tuple(" " + run.decode() + ","
                                                                               for run in DISMAY_RUNS)
"""`CONCERN_RUNS` as words between blanks, and `DISMAY_RUNS` before a comma (an aside set off before the thing felt at,
"is saddened, however, by …"): what a text or a sentence is searched for before `_CONCERN` is."""
_FEELING_RUNS = frozenset(CONCERN_RUNS + (b"glad", b"pleased", b"happy", b"delighted", b"critical"))
"""Words no cue word's run is, which `run` asks `cue_word_hits` to note as it scans: a text
that holds " worried " or " glad to " holds them as runs (`concern_words`, `glad_words`)."""
GLAD_RUNS = (b"glad", b"pleased", b"happy", b"delighted")
EARNED_NOUN_RUNS = (b"thanks", b"praise", b"gratitude", b"appreciation", b"admiration", b"commendation")
"""The nouns `_EARNED_ONES_PRAISE` ends with, a run each where it matches: noted by the scan, so that only
a text with one of them is searched for `EARNED_WORDS`."""
FRAME_NOUN_RUNS = (b"telling", b"reckoning", b"account", b"perspective", b"standpoint", b"phrase", b"estimate",
                    b"eyes")
"""The nouns of `FRAME_NOUNS_COMMA`, a run each where one of those stands: noted by the scan likewise."""
KEY_RUNS = {" would ": b"would", " did ": b"did", " does ": b"does", " had ": b"had", " has ": b"has",
            " have ": b"have", " from ": b"from", " full of ": b"full", " agreement with ": b"agreement",
            " accord with ": b"accord", " have it": b"have", " encouraged by ": b"encouraged", " at one with ": b"one",
            " firm with ": b"firm", " opportunity for ": b"opportunity", " following with ": b"following",
            " allowed ": b"allowed", " enabled ": b"enabled"}
"""Words that the whole of a readout is searched for (`reported_speech.SENTENCE_KEYS` and a few of `run`'s), each
with a word between spaces, and that word's run: a text that holds the words holds the run (`holds_key`)."""
TALK_NOUN_RUNS = (b"presentation", b"remarks", b"speech", b"address", b"lecture")
"""The nouns of `TALK_ON_WORDS`, a run each where one of those stands (a space each side): noted by the scan, so that
only a text with one of them is searched for the words."""
NOTED_RUNS = _FEELING_RUNS | frozenset(EARNED_NOUN_RUNS) | frozenset(FRAME_NOUN_RUNS) | frozenset(KEY_RUNS.values()) \
    | frozenset(TALK_NOUN_RUNS)
"""The runs `cue_word_hits` notes for `run` (a few are cue words too: "thanks", "telling")."""
_SCANNED_RUNS = _CUE_WORD_RUNS | NOTED_RUNS
assert _FEELING_RUNS.isdisjoint(_CUE_WORD_RUNS)
# (what `cue_word_hits` counts on: each of those forms ends with its last run, and no
# other run in it is a cue word's, so that no hit lies inside one, before its last run)
assert all(form.endswith(run.decode())
           and _CUE_WORD_RUNS.isdisjoint(form.encode().translate(_LOWER_LETTERS_ONLY).split()[:-1])
           for run, forms in _OTHER_CUE_WORDS.items() for form in forms)
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def verb_at(text: str, pos: int) -> re.Match[str] | None:
    """The speech verb that starts at `pos`, a whole word (no letter before it or
    after it), or None."""
    word = _LOWER_WORD.match(text, pos)
    return word if word is not None and word.group() in ALL_SPEECH_VERBS else None


def verbs_in(text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The speech verbs of text[lo:hi] that are whole words, the letters before `lo`
    counting (a word cut at `hi` ends there)."""
    return (word for word in _LOWER_WORD.finditer(text, lo, hi) if word.group() in ALL_SPEECH_VERBS)


def cue_word_hits(text: str, feelings: set[bytes] | None = None) -> list[tuple[int, int, str]]:
    """Every speech verb and rarer cue word of `text`: start, end, word, in order.

    A cue word is one of `CUE_WORD_FORMS` with no ASCII letter before it and no
    lower-case letter after it: what the regex `[^A-Za-z](FORMS)(?![a-z])` finds
    (the longest form where two fit), scanning on from the end of each word it
    found ("affirmed" in "re-affirmed" is none), plus a word that opens the text.
    But a regex that tries its words at every non-letter of a readout is slow.
    Here the text's runs of lower-case letters are cut out in C (`_lower_runs`):
    a cue word of lower-case letters, where it is one, is such a run, and so is
    the last run of one of the few other forms ("According", "re-affirmed").
    Those runs are picked from the split in C (`filter`), in order, and each is
    placed by a search from where the one before it ended: no run between them
    is a cue word's, so the first whole run of those letters there is the one
    (one pass over the text in all, where a search per word went over it whole).
    `feelings`: a set to add the words of `NOTED_RUNS` the text holds as runs to."""
    runs = b" " + _lower_runs(text) + b" "  # (a blank at either end: every run has one each side)
    hits = []
    pos = 0  # (an offset in `runs` is one past the offset in `text`: `at` is the blank before)
    noted = NOTED_RUNS if feelings is not None else frozenset()
    for word in filter((_CUE_WORD_RUNS if feelings is None else _SCANNED_RUNS).__contains__, runs.split()):
        if word in noted:
            feelings.add(word)  # type: ignore[union-attr]
            if word not in _CUE_WORD_RUNS:
                continue  # (no cue word: not placed, and no cue word's run is passed over)
        at = runs.find(_AFTER_BLANK[word], pos)
        end = at + len(word)
        while runs[end + 1] != _BLANK:  # (the letters inside a longer run: "saidx")
            at = runs.find(_AFTER_BLANK[word], at + 1)
            end = at + len(word)
        pos = end + 1
        others = _OTHER_CUE_WORDS.get(word)
        if others is None:  # (all but a few: a cue word when no letter stands before it)
            if at == 0 or text[at - 1] not in _ASCII_LETTERS:
                if word != b"told" or not _after_the_word_all(text, at):  # "All told, …": in all
                    hits.append((at, end, _CUE_WORD_OF_RUN[word]))
            continue
        # the run ends longer forms too: the longest that stands here wins, and the shorter
        # ones inside it are none, but where it opens the text (the scan starts after it)
        fits = [(end - len(form), form) for form in others
                if end >= len(form) and text.startswith(form, end - len(form))
                and (end == len(form) or text[end - len(form) - 1] not in _ASCII_LETTERS)]
        if word in _PLAIN_CUE_WORDS and (at == 0 or text[at - 1] not in _ASCII_LETTERS):
            fits.append((at, _CUE_WORD_OF_RUN[word]))
        fits.sort()
        for start, form in fits[:2 if fits and fits[0][0] == 0 else 1]:
            hits.append((start, end, form))
    return hits


def _after_the_word_all(text: str, at: int) -> bool:
    """Whether the word "all" (or "All") stands right before `at`, a word of its own ("All told, …", "in all"): not
    the end of a name ("Mr. Hall told …", "Mr. Ostervall told the minister that …", a man who told)."""
    return text.endswith(("All ", "all "), 0, at) and (at == 4 or text[at - 5] not in _ASCII_LETTERS)


def _lower_runs(text: str) -> bytes:
    """`text` as bytes, one a character, with every character but a lower-case ASCII
    letter blanked: its runs of lower-case letters, where they stand in it."""
    return text.encode("ascii", "replace").translate(_LOWER_LETTERS_ONLY)


FOCUS_FORMS = frozenset({"focus", "focused", "focuses", "focusing", "focussed"})


def focused_as_a_state(text: str, vs: int) -> bool:
    """"focused on" after a form of "be" ("The region is focused on science and technology.",
    "He was focused on …"): what someone or something is given to, not "He focused on …",
    what he spoke about; no speech verb's hit at all, for a cue or a cue word."""
    return text.endswith(("is ", "are ", "was ", "were ", "been ", "be "), max(0, vs - 6), vs)


_MET_BEFORE = re.compile(r"\b(?:met|meets|visited|visits|received|receives|hosted|hosts|called\s+on|calls\s+on|"
                         r"(?:will|shall)\s+(?:also\s+)?(?:address|meet|visit|attend|open|chair|speak|travel|tour)|"
                         r"(?:held|holds)\s+(?:[\w-]+\s+){0,2}?(?:talks|discussions?|consultations|negotiations|meetings?|"
                         r"dialogues?|interactions?|conversations?))\b")
"""A meeting's verb in the clause before ", focusing on" (`focusing_on_a_meetings_topic`; "held talks" and "held
discussions" as "met", sixhundredseventh ukrinform shmyhal-orpo: "…, he also held discussions with Verkhovna Rada Chairman X,
focusing on interparliamentary cooperation."; so "held a … dialogue", "a discussion", "an interaction", "a conversation",
eighthundredtwentyninth tribuneindia 2025-05-09: "Delhi Chief Minister X held a high-level dialogue with women ambassadors
from 12 countries on Thursday, focusing on cultural exchange, …"), or an address or visit
to come (fivehundredseventyeighth unhcr league-arab-states: "On Sunday, the High Commissioner will address the opening
session of the 127th meeting of the Council …, focusing on the situation of Iraqi refugees …": the plan's subject, no
words said yet)."""


def focusing_on_a_meetings_topic(text: str, vs: int, word: str) -> bool:
    """", focusing on" after a clause of one's meeting someone, in the same sentence (fivehundredtwentyfourth gnlm
    chiang-mai: "…, the Myanmar consul-general met the governor and mayor of Chiang Mai to discuss … relations,
    focusing on border trade and tourism …"): what the meeting was about, as its "to discuss", not what he spoke
    about ("X described …, focusing on …" is still his)."""
    if word != "focusing" or not text.endswith(", ", max(0, vs - 2), vs):
        return False
    start = max(text.rfind(". ", max(0, vs - 300), vs), text.rfind("\n", max(0, vs - 300), vs), vs - 300, 0)
    met = _MET_BEFORE.search(text, start, vs)
    if met is not None and met.group().startswith(("held", "holds")):
        if _THE_PRESS_AFTER.match(text, met.end(), vs) is not None:
            return False  # ("X held a conversation with reporters, focusing on …": what he told the press)
    return met is not None


_THE_PRESS_AFTER = re.compile(r"\s+with\s+(?:the\s+|local\s+|foreign\s+)*(?:" + PRESS_NOUNS + r")\b")
"""The press as the other side of a "held a conversation/discussion" (`focusing_on_a_meetings_topic`): an exchange
with reporters is his telling them, his words ("Verk held a conversation with reporters, focusing on the need for new
trade rules."), not a meeting's topic."""


def focused_after_a_comma(text: str, vs: int, word: str) -> bool:
    """"focused on" as a past participle set after a comma, the noun before it what it describes (fivehundredeighth
    coe_2009-12-15_ashton: "The Secretary General met … for the first introductory visit, focused on ways to reinforce
    cooperation …": the visit's subject, not what he spoke about); "…, focusing on" is left to the subject."""
    return word in ("focused", "focussed") and text.endswith(", ", max(0, vs - 2), vs)


SAY_FORMS = frozenset({"say", "said", "says", "saying"})


def saying_farewell(text: str, ve: int) -> bool:
    """"said farewell", "said goodbye" (fivehundredfortythird, the CDB's release as the Jamaica Observer ran it:
    "President Dr Wm Warren Smith said farewell to member countries and staff at a special Board of Directors'
    meeting"): a leave-taking told, as "bade farewell", no words of his reported; no speech verb's hit at all, for a
    cue or a cue word. `ve`: the end of the form of "say"."""
    return text.startswith(_FAREWELLS, ve) and _FAREWELL_OBJECT.match(text, ve) is not None


_FAREWELLS = (" farewell", " goodbye", " good-bye", " their ", " his ", " her ", " a ")
"""The openings `saying_farewell` tests first, before its pattern."""
_FAREWELL_OBJECT = re.compile(r" (?:(?:their|his|her)\s+(?:farewells|goodbyes)|a\s+(?:final\s+|last\s+|fond\s+)?farewell"
                              r"|farewell|goodbye|good-bye)\b(?![’'-])")

