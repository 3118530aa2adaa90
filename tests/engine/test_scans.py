"""The engine's shortcuts give what the plain patterns and parses they stand for give.

Each test holds a faster way of reading a text to the slower one it replaced, on
generated text: the same hits, the same phrases, in every case.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from readout_tui.engine import phrases as P
from readout_tui.engine import quotes, segments
from readout_tui.engine.cue_words import (
    CUE_WORD_FORMS,
    cue_word_hits,
    verb_at,
    verbs_in,
)
from readout_tui.engine.lexicon import ALL_SPEECH_VERBS, FUNCTION_WORDS, word_pattern
from readout_tui.engine.name_runs import (
    CAP_RUN,
    NOT_AND,
    _plural_office_shared,
    _titled_name_after_a_spaced_hyphen,
    group_names,
    run_key,
    run_names,
    run_phrase,
)
from readout_tui.engine.phrases import phrase_starting_at
from readout_tui.engine.text_steps import word_back

from .test_names import RUN_WORDS, SEPARATORS, capitalised_text
from .test_properties import ENGINE_SETTINGS

# the pattern `cue_word_hits` stands for: a trie of the cue words, each with the
# non-letter before it, scanned for from the text's start; and at a text's start,
# the cue words anchored there
_CUE_WORD = re.compile(r"[^A-Za-z](" + word_pattern(CUE_WORD_FORMS) + r")(?![a-z])")
_CUE_WORD_AT_START = re.compile("(" + word_pattern(CUE_WORD_FORMS) + r")(?![a-z])")

CUE_PIECES = sorted(CUE_WORD_FORMS)[::7] + [
    "said", "says", "sayings", "According", "according", "noted", "noteworthy", "stressed", "underlined",
    "X", "Said", "-", " ", ",", "’", "“", "a", "s", "ed", "\n",
]


@st.composite
def cue_text(draw) -> str:
    """Cue words and their near misses, glued to letters, spaces or punctuation."""
    pieces = draw(st.lists(st.one_of(st.sampled_from(CUE_PIECES), st.text(max_size=4)), max_size=12))
    return "".join(pieces)


def _cue_word_hits_by_two_patterns(text: str) -> list[tuple[int, int, str]]:
    hits = [(m.start(1), m.end(1), m.group(1)) for m in _CUE_WORD.finditer(text)
            if not (m.group(1) == "told" and text.endswith(("All ", "all "), 0, m.start(1)))]  # "All told, …"
    first = _CUE_WORD_AT_START.match(text)
    if first is not None:
        hits.insert(0, (first.start(1), first.end(1), first.group(1)))
    return hits


@ENGINE_SETTINGS
@given(cue_text())
@example("said")
@example("saidx")
@example("According to him")
@example("congratulating")  # the longest word, at the start
@example("congratulatingly said")
@example("all told, he said")
@example("re-affirmed it")  # the hyphenated form, not "affirmed" inside it
@example("He re-affirmed, re-iterated")
@example("noted-said Xsaid saidX")
@example("“According to her”, Accordingly")
@example("told all told All told")
@example("agreed agree agreeing disagreed")
@example("Été said")
def test_cue_words_at_the_start_are_found_as_by_an_anchored_pattern(text):
    assert cue_word_hits(text) == _cue_word_hits_by_two_patterns(text)


_NOTED = ("worried", "glad", "critical", "thanks", "praise", "gratitude", "telling", "reckoning", "account", "eyes")


@ENGINE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(CUE_PIECES + list(_NOTED)), st.text(max_size=4)), max_size=12).map("".join))
@example("his thanks, telling, said")
@example("thanksgiving Eyes eyes2 gladly")
def test_the_scan_notes_the_words_the_run_tests_as_the_text_holds_them(text):
    """The scan that finds the cue words notes which of `NOTED_RUNS` stand as words of
    lower-case letters (what a cheap test of a rarer cue's words relies on), and finds
    the same cue words while it does."""
    from readout_tui.engine.cue_words import NOTED_RUNS

    noted: set[bytes] = set()
    assert cue_word_hits(text, noted) == cue_word_hits(text)
    words = set(re.findall(r"(?<![a-z])[a-z]+(?![a-z])", text))
    assert noted == {run for run in NOTED_RUNS if run.decode() in words}


@ENGINE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(["would", "did", "full of", "at one with", "firm with", "have it", "agreement",
                                           " ", "  ", ",", "\u2019", "W", "s"]), st.text(max_size=3)), max_size=12)
       .map("".join))
@example("He would go. It was full of praise: as the President would have it, at one with  firm with")
def test_a_readout_is_searched_for_a_key_only_where_it_holds_its_run(text):
    """`holds_key` (a key searched for only where the scan noted its word's run) says what
    a search of the whole text says, for every key of `KEY_RUNS`."""
    from readout_tui.engine.cue_words import KEY_RUNS, holds_key

    noted: set[bytes] = set()
    cue_word_hits(text, noted)
    for key in KEY_RUNS:
        assert holds_key(text, key, noted) == (key in text)


# the pattern `verb_at` and `verbs_in` stand for: a trie of the speech verbs of
# letters only (a hyphenated one, "re-affirmed", only the cue-word scan finds)
_VERB = re.compile(r"(?<![a-z])" + word_pattern({verb for verb in ALL_SPEECH_VERBS if verb.isalpha()}) + r"(?![a-z])")


@ENGINE_SETTINGS
@given(cue_text(), st.integers(0, 40), st.integers(0, 40))
@example("said", 0, 4)
@example("asaid", 1, 5)  # in a word: no verb
@example("Xsaid more", 1, 10)  # after a capital: a verb
@example("says", 0, 3)  # cut at the end of the span: "say"
@example("sayings", 0, 7)
@example("re-affirming", 0, 12)
def test_speech_verbs_are_found_as_by_a_trie_pattern(text, lo, hi):
    assert [m.span() for m in verbs_in(text, lo, hi)] == [m.span() for m in _VERB.finditer(text, lo, hi)]
    found, expected = verb_at(text, lo), _VERB.match(text, lo)
    assert (found and found.span()) == (expected and expected.span())


# what `word_back` stands for: the last word of a span, trailing spaces aside
_LAST_WORD = re.compile(r"([\w’'-]+)\s*$")


@ENGINE_SETTINGS
@given(st.text(alphabet="ab Z1_-’',.()\n\t²é\u00a0", max_size=14), st.integers(0, 14), st.integers(0, 14))
@example("the President said", 0, 13)  # a word after a space: read in C
@example("Ida Morn-Vesk ", 0, 14)  # a hyphen: read character by character
@example("U.S. ", 0, 5)
@example("words", 2, 5)  # cut at `lo`
@example("  ", 0, 2)
def test_the_last_word_is_found_as_by_a_pattern(text, lo, hi):
    lo, hi = min(lo, len(text)), min(hi, len(text))
    hi = max(lo, hi)
    match = _LAST_WORD.search(text[lo:hi])
    assert word_back(text, lo, hi) == (match and (lo + match.start(), lo + match.end(1)))


def _another_person_after_to(words, i, n):
    """`phrases._phrase_from`'s later reasons to end a phrase at "to" or "for" (`words[i]`), as it reads them."""
    word = words[i]
    if word == "to" and i + 1 < n and words[i + 1] == "County":
        return True
    if word == "to" and i + 1 < n and i > 0 and P._is_cap(words[i + 1]) and words[i + 1].lower() in P.ROLE_TOKENS \
            and P._is_cap(words[i - 1]) and words[i - 1].lower() not in P.ROLE_TOKENS \
            and any(w.lower() in P.ROLE_TOKENS for w in words[:i - 1]):
        return True
    if i + 3 < n and words[i + 1] == "the" and words[i + 3].islower() \
            and words[i + 2].endswith(P._NATIONALITY_ENDINGS) and words[i + 2][0].isupper():
        return True
    return word == "to" and i + 2 < n and P._is_cap(words[i + 1]) and P._country_office_after(words, i + 1)


def _phrase_from_tuples(text, toks, finished=False):
    """`phrases._phrase_from` as it was, on the tuples of `tokens`: the reference."""
    if not toks:
        return None
    first = toks[0][0].lower()
    if first in P._PRONOUNS or first in P._GROUP_PRONOUNS or first in P._THING_PRONOUNS:
        return P.classify(text, toks[:1])
    i = 0
    if first in P.DETERMINERS:
        i = 1
        while i < len(toks) and toks[i][0].islower() and toks[i][0].lower() not in P.ROLE_TOKENS \
                and toks[i][0].lower() not in P.GROUP_HEADS and toks[i][0].isalpha() and i < 4:
            i += 1
    elif len(toks) > 2 and toks[0][0].islower() and toks[0][0].isalpha() and toks[0][0] not in P.ROLE_TOKENS \
            and toks[0][0] not in P.FUNCTION_WORDS and toks[1][0].islower() and toks[1][0] in P.ROLE_TOKENS \
            and toks[2][0][:1].isupper():
        i = 1  # "said agency spokeswoman X": a lower-case qualifier of a named office (stop 64)
    n = len(toks)
    words = [tok[0] for tok in toks]
    while i < n:
        word = toks[i][0]
        if word == ",":
            if i + 1 < n and toks[i + 1][0] in P._SUFFIXES:
                i += 2
                continue
            break
        step = P._forward_step(word)
        if step == P._TO_OR_FOR:
            step = 0  # ("to" and "for" carry on unless an honorific follows: below)
        if step:
            if step == P._TAKE_AND_STOP:
                i += 1
            break
        if word in ("to", "for") and i + 1 < n and toks[i + 1][0].lower() in P._PERSONAL_HONORIFICS:
            break  # "the Russian President to Mr Karimov"
        if word in ("to", "for") and _another_person_after_to(words, i, n):
            break  # (the breaks `phrases._phrase_from` has taken on since: "to County X", "… to PM Doran", "to the
            # Drevnian people", "to South Africa's President X")
        i += 1
    if i >= n - 1 and not finished:
        return P._UNFINISHED
    span = P._trim(toks[:i])
    if not span:
        return None
    return P.classify(text, span)


def _phrase_starting_at_by_tuples(text, pos, hi):
    limit = min(hi, pos + 300)
    window = min(hi, pos + 90)
    found = _phrase_from_tuples(text, P.tokens(text, pos, window), finished=window >= limit)
    if found is P._UNFINISHED:
        found = _phrase_from_tuples(text, P.tokens(text, pos, limit), finished=True)
    return found


PHRASE_WORDS = RUN_WORDS + [
    "he", "she", "they", "it", "the", "his", "her", "two", "leaders", "sides", "message", "influential",
    "said", "met", "with", ",", "and", "of", "Readout", "Call", "’s", "Jr.", "Sr", "III", "(", ")", "“",
    "Ambassador", "Ambassadors", "Minister’s", "Acting", "Secretary-General", "interior", "minister",
]


@st.composite
def phrase_text(draw) -> tuple[str, int, int]:
    """Words that noun phrases are made of, and a span of them to read from."""
    words = draw(st.lists(st.sampled_from(PHRASE_WORDS), min_size=1, max_size=40))
    text = "".join(word + draw(st.sampled_from(SEPARATORS + ["", ","])) for word in words)
    pos = draw(st.integers(0, len(text)))
    return text, pos, draw(st.integers(pos, len(text)))


@ENGINE_SETTINGS
@given(phrase_text())
@example(("President Joseph R. Biden, Jr. said", 0, 35))
@example(("the two leaders met", 0, 19))
@example(("He said", 0, 7))
@example(("Readout of President Lina Varga’s Call with", 0, 43))
@example((", and the Minister of Foreign Affairs of Kastravia Ilona Brenn " * 5, 0, 300))  # past the window
@example(("Ilona for Mr. ", 0, 12))  # another person's honorific ends the phrase
@example(("to Ilona ", 0, 5))  # "to" then a name: the phrase goes on (found by CI)
@example(("Ilona Ilona minister Ilona ", 7, 22))  # a lower-case qualifier, an office, a name (found by a helper)
@example(("Ilona to Biden’s Ambassador Ilona ", 0, 30))  # "to" and a possessive's office: another person
def test_phrases_are_read_off_words_as_off_token_tuples(case):
    """`phrase_starting_at` reads TOKEN's words (`_words`) and finds the offsets of
    two of them (`_words_span`); it finds what the parse over `tokens`' tuples found."""
    text, pos, hi = case
    assert phrase_starting_at(text, pos, hi) == _phrase_starting_at_by_tuples(text, pos, hi)


@ENGINE_SETTINGS
@given(phrase_text(), st.sampled_from(["", " ", "_", "\u00a0", "\n", "é", "e\u0301", "1", "Ⅻ", "ß"]))
@example(("Ilona Brenn", 0, 11), "")
@example(("Ilona Brenn", 0, 8), "")  # a word cut at the end of the span
@example(("A Brenn", 0, 7), "")  # a word of one letter
@example(("Mr Brenn", 0, 8), "")
@example(("Joseph R.", 0, 9), "")  # an initial ending the span: no space after it, no initial
@example(("Joseph R. Biden", 0, 15), "")
@example(("the U.S.", 0, 8), "")
@example(("Mr.", 0, 3), "")
@example(("Brenn, Jr.\n", 0, 11), "")
def test_words_are_tokens_and_found_where_the_tokens_are(case, extra):
    """`_words` gives TOKEN's words, read chunk by chunk of the text between spaces;
    `_words_span` finds each where TOKEN found it."""
    text, pos, hi = case
    text = text[:pos] + extra + text[pos:]
    hi += len(extra)
    matches = list(P.TOKEN.finditer(text, pos, hi))
    words = P._words(text, pos, hi)
    assert words == [m.group() for m in matches]
    for first in range(len(words)):
        for last in range(first, len(words)):
            assert P._words_span(text, pos, words, first, last) == (matches[first].start(), matches[last].end())


@ENGINE_SETTINGS
@given(capitalised_text(), st.sampled_from(["", " ", ".", ","]))
@example("President Lina Varga and Minister Tomas Kirel", " ")
@example("Mr. Tomas Kirel and Dr. Radan Petrak R.", "")  # a part that ends in an initial
@example("Ilona Brenn and the Secretary-General and Mr Petrak", ".")
@example("Advisor Lina Varga and Under Secretary for Farm Production and Conservation Tomas Kirel", " ")
@example("Jr. and bin Attorneys Ilona Brenn", "")  # a first name that is an office in the plural: shared
@example("Leaders’ President Ilona", "")  # a plural's possessive opening the run: a group's, not a country's
@example("Leaders’ – The Ilona Brenn", "")  # a dateline's dash and "The": the run is read from "The" (not a group)
@example("Leaders’ – President Ilona", "")  # a spaced dash before a titled name: read from the name (not a group)
def test_a_group_is_parsed_part_by_part_as_inside_its_run(text, after):
    """`run_names` parses each part of a group alone (`run_phrase`, once per part):
    the names are those of the parts parsed inside the run, but for an office whose
    complement holds the 'and' ("Under Secretary for Farm Production and Conservation
    Robert Bonnie"): a titled part, then an untitled name that the two read whole end;
    and an office in the plural before the first name is every name's
    (`_plural_office_shared`: "Foreign Office Ministers X and Y"). A run with a dateline's
    dash before "The" ("PORT ALDER, Bermont – The Premier …") is read from "The" on, not
    as the group its first words may make: `test_a_datelines_dash_before_the_starts_the_run`; nor is one with a
    spaced dash before a titled name and no office before it ("Ethiopia - Nigerian President X"), read from that
    name: `test_a_spaced_dash_before_a_titled_name_starts_the_run`."""
    for match in CAP_RUN.finditer(text):
        run = match.group() + after
        phrase = phrase_starting_at(run, 0, len(run))
        if phrase is None or phrase.kind != "group" or run.split()[0].lower() in FUNCTION_WORDS \
                or _DATELINE_DASH_THE.search(run) or _titled_name_after_a_spaced_hyphen(run) is not None:
            continue
        assert run_names(run) == _plural_office_shared(group_names(run, 0, len(run), phrase_starting_at)), run


def test_a_spaced_dash_before_a_titled_name_starts_the_run():
    """A run with a spaced dash (or hyphen), a titled name after it and no office word before it is that name alone,
    whatever the words before the dash would make (a dateline's place, or a group's first part as the property test
    drew it: "Leaders’ – President Ilona"); an office before the dash keeps the run whole (two offices of one
    holder)."""
    for run, after_dash in [("Leaders’ – President Ilona", "President Ilona"),
                            ("Kastravia - Velorian President Tomas Kirel", "Velorian President Tomas Kirel")]:
        names = run_names(run)
        assert [(name.role, run[name.start:name.end]) for name in names] == [("president", after_dash)], run
    assert _titled_name_after_a_spaced_hyphen("Deputy Prime Minister - Minister of Finance Ilona Brenn") is None


_DATELINE_DASH_THE = re.compile(r" [–—] The(?=\s|$|[,;:)\]”\"—!?])")
"""A dateline's dash and "The" ending a word, as `run_names` reads it (`name_runs._ends_a_word`)."""


@ENGINE_SETTINGS
@given(capitalised_text())
@example("Leaders’ – The Ilona Brenn")
@example("Bermont – The Premier Ilona Brenn")
@example("Leaders’ – The")
def test_a_datelines_dash_before_the_starts_the_run(text):
    """`run_names` on a run with " – The " in it (the first word no function word) reads its names from "The" on, as
    `run_phrase` reads that rest: the words before the dash (a dateline's place) hold no name and no office."""
    for match in CAP_RUN.finditer(text):
        run = match.group()
        dash = _DATELINE_DASH_THE.search(run)
        if dash is None or run.split()[0].lower() in FUNCTION_WORDS:
            continue
        start = dash.start() + 3
        rest = run_phrase(run, start, len(run))
        names = run_names(run)
        assert all(name.start >= start for name in names), run
        if rest is not None and rest.kind == "name" and (rest.country is None):
            assert names == (rest,), run


# TOKEN as it was, with its abbreviations matched by a counted repeat (an abbreviation before a name with no
# space, "Mr.Putin", one word as TOKEN reads it: ninety-fourth kremlin_33435)
_TOKEN_WITH_REPEAT = re.compile(
    r"(?:[A-Za-z]\.){2,}"
    r"|(?:Mr|Mrs|Ms|Dr|Jr|Sr|St|Gen|Col|Lt|Adm|Sen|Rep|Gov|Prof|Rev|Hon|Smt|H\.E)\.(?=\s|,|$|[A-Z][a-z])"
    r"|[A-Z]\.[A-Z](?=[\s,]|$)"  # ("T.D", one word: three-hundred-first ireland_dfa donaldson)
    r"|[A-Z]\.(?=\s|[A-Z][a-z])"  # (a glued initial, "O.Zerkal": three-hundred-twentieth ukraine_mfa 27982)
    r"|[A-Z]{2,}\.[A-Z]{2,}\b"
    r"|[^\W_][\w’'\-]*[^\W_]|[^\W_]"
    r"|[^\w\s]"
)


@ENGINE_SETTINGS
@given(st.lists(st.sampled_from(["U.", "S.", "u.", "K", ".", "Mr.", "H.E.", "A", " ", ",", "’s", "_", "x"]), max_size=20),
       st.integers(0, 40))
@example(["U.", "S.", "A."], 0)
@example(["U.", "S"], 0)
@example(["K", "K", ".", "K", "K"], 20)  # "VEB.RF": a company's name, one word
def test_abbreviations_are_tokens_as_by_a_counted_repeat(pieces, endpos):
    text = "".join(pieces)
    assert [m.span() for m in P.TOKEN.finditer(text, 0, endpos)] == \
        [m.span() for m in _TOKEN_WITH_REPEAT.finditer(text, 0, endpos)]


@ENGINE_SETTINGS
@given(phrase_text(), st.sampled_from(["", "_", "\u00a0", "\n", "U.S.", "Mr.", "x.y", "’x", "x’"]))
@example(("Dennis Hastert, Speaker of the House", 0, 36), "")
def test_tokens_are_where_token_finds_them(case, extra):
    """`tokens` gives TOKEN's matches: each word with its start and end."""
    text, pos, hi = case
    text = text[:pos] + extra + text[pos:]
    hi += len(extra)
    assert P.tokens(text, pos, hi) == [(m.group(), m.start(), m.end()) for m in P.TOKEN.finditer(text, pos, hi)]


@ENGINE_SETTINGS
@given(st.lists(st.sampled_from(PHRASE_WORDS + ["’", "s", "’S", "It’s", "X’s", "’s’s", "Meeting’s", "Call's"]),
                min_size=1, max_size=8))
@example(["’", "sides"])  # "’s" across two words: the possessive test of the whole phrase passes
@example(["President", "Meeting’s"])  # an event word, once its possessive is off
def test_a_word_is_labelled_as_in_its_phrase(words):
    """`_meaning_of` labels a word by the word alone (`_first_label`, `_later_label`,
    once per word): the lower-case form it reads for the word, with or without the
    possessive of another word in the phrase, is the word's own."""
    raw = [w.lower() for w in words]
    joined = "".join(raw)
    lows = [P.without_possessive(w) for w in raw] if "’s" in joined or "'s" in joined else raw
    for k, word in enumerate(words):
        assert lows[k] == P.without_possessive(word.lower())
        label = P._first_label(word) if k == 0 else P._later_label(word)
        assert label == P._word_label(word, lows[k], k == 0)


@ENGINE_SETTINGS
@given(capitalised_text(), st.sampled_from(["", " ", "  ", ".", ". ", ","]))
@example("President Joseph R.", " ")
@example("Ilona Brenn and Mr. Tomas Kirel", " ")
@example("President Ilona Brenn", ". ")  # parsed as "President Ilona Brenn"
@example("Ilona Brenn and Mr", ". ")  # not so: "Mr." is one word
@example("Ilona Brenn, Jr", ". ")
def test_a_run_is_parsed_once_with_or_without_the_space_after_it(text, after):
    """`run_phrase` parses a run without the space after it (`run_key`): the same
    phrase as the run read with it, and any part of it as read inside the run."""
    for match in CAP_RUN.finditer(text):
        run = match.group() + after
        assert run_phrase(run, 0, len(run)) == phrase_starting_at(run, 0, len(run)), run
        assert phrase_starting_at(run_key(run), 0, len(run_key(run))) == phrase_starting_at(run, 0, len(run)), run
        for part in NOT_AND.finditer(run):
            assert run_phrase(run, part.start(), part.end()) == phrase_starting_at(run, part.start(), part.end()), run


@ENGINE_SETTINGS
@given(capitalised_text(), st.sampled_from(["", " ", "  ", ".", ". ", ",", "\n"]))
@example("President Joseph R.", " ")
@example("Minister Lina Varga and Mr. Tomas Kirel", "")
@example("Secretary " + "Ilona Brenn " * 7 + "R.", " ")  # longer than the first window
def test_a_run_read_whole_is_read_as_from_its_start(text, after):
    """`phrase_opening` (the run's own path: one window, finished) finds the phrase
    that `phrase_starting_at` finds from the run's start, for a run, its parts and
    its keys, short or long."""
    for match in CAP_RUN.finditer(text):
        run = match.group() + after
        for piece in [run, run_key(run)] + [m.group() for m in NOT_AND.finditer(run)]:
            assert P.phrase_opening(piece) == phrase_starting_at(piece, 0, len(piece)), piece
    assert P.phrase_opening(text) == phrase_starting_at(text, 0, len(text)), text


SENTENCE_PIECES = ["Ilona", "said", "U.S.", "Mr.", "R.", "etc.", ".", "..", "…", "!", "?", "?!", "”", "’", ")",
                   " ", "  ", "\n", "“", "(", "9", "Д", "x"]


@ENGINE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(SENTENCE_PIECES), st.text(max_size=3)), max_size=20),
       st.integers(0, 60), st.integers(0, 60))
@example(["Ilona", ".", " ", "Brenn", "?!", " ", "Yes"], 0, 60)
@example(["Ilona", "...", " ", "Brenn"], 3, 11)
@example(["!", "“", " ", "Ilona", "”"], 0, 9)  # (the “ glued to the stop opens the next sentence's quotation)
def test_sentence_ends_are_where_the_pattern_finds_them(pieces, lo, hi):
    """`_sentence_ends` tries `_SENTENCE_END` at the stop marks only (found in the
    span, or given for the whole text): the matches of finditer over the span, but for
    a match that ends on an opening “ typed against its stop ("… level.“ I look forward
    …,”", `opening_glued_to_a_sentence_end`): that mark opens the next sentence, the
    match ends before it."""
    text = "".join(pieces)
    expected = []
    for m in segments._SENTENCE_END.finditer(text, lo, hi):
        end = m.end()
        if text[end - 1] == "“" and segments.opening_glued_to_a_sentence_end(text, end - 1, lo, hi):
            m = segments._SENTENCE_END.match(text, m.start(), end - 1) or m
        expected.append(m.span())
    assert [m.span() for m in segments._sentence_ends(text, lo, hi, None)] == expected
    assert [m.span() for m in segments._sentence_ends(text, lo, hi, segments.stop_marks(text))] == expected


_QUOTE_MARK = re.compile("[" + re.escape(quotes._MARKS) + "]")


@ENGINE_SETTINGS
@given(st.text(alphabet=quotes._MARKS + "ab .,\n’", max_size=30), st.integers(0, 40), st.integers(0, 40))
def test_marks_are_where_a_class_of_them_finds_them(text, lo, hi):
    """`mark_offsets` gives the offsets a regex class of the marks matches at, in order."""
    assert segments.mark_offsets(text, lo, hi, quotes._MARKS) == [m.start() for m in _QUOTE_MARK.finditer(text, lo, hi)]
    assert segments.stop_marks(text) == [m.start() for m in re.finditer("[.!?…]", text)]


# what `segments._word_before` stands for: the word a span ends with
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


@ENGINE_SETTINGS
@given(st.text(alphabet="aZ.. \n\t1é-", max_size=16), st.integers(0, 16), st.integers(0, 16))
@example("Joseph R", 0, 8)
@example("the U.S", 0, 7)
@example("Inc\n", 0, 4)  # (`$` before a closing newline)
@example("a..", 0, 3)
def test_the_word_before_a_stop_is_found_as_by_a_pattern(text, lo, hi):
    lo, hi = min(lo, len(text)), min(hi, len(text))
    hi = max(lo, hi)
    match = _WORD_BEFORE.search(text, lo, hi)
    word, at = segments._word_before(text, lo, hi)
    assert ((word, at) if word else None) == (match and (match.group(1), match.start()))


def test_a_complement_is_compiled_when_first_matched_and_matches_as_compiled() -> None:
    """The complements of the speech verbs are compiled on their first match (not
    at import), and then match as the compiled pattern does, from `pos` to `endpos`."""
    from readout_tui.engine.lexicon import COMPLEMENT_REQUIRED, CompiledOnFirstMatch

    fresh = CompiledOnFirstMatch(r"[ ,]*(?:that\b)", re.IGNORECASE)
    assert fresh.match.__name__ == "_compile_and_match"  # nothing compiled yet
    compiled = re.compile(fresh.pattern, re.IGNORECASE)
    text = "She stressed THAT it was, that is, done"
    for pos, endpos in ((12, 40), (12, 15), (24, 40), (0, 40)):
        first = fresh.match(text, pos, endpos)
        expected = compiled.match(text, pos, endpos)
        assert (first and first.span()) == (expected and expected.span())
    assert fresh.match.__self__.pattern == fresh.pattern  # the compiled pattern's own match
    shared = {id(COMPLEMENT_REQUIRED[form]) for form in ("begin", "began", "start", "close")}
    assert len(shared) == 1  # one pattern, one compilation, for the verbs that share it


@pytest.mark.parametrize("after_verb", [
    " that it was done", ", in particular, that it was done", " in detail about the plan", ", once again ,  that",
    " at great length on the budget", " separately on trade", ", again, the need", "  in particular", ", that is",
    " prices", ", among other things, to the need", " in greater detail on the matter", ", notably,", " about",
])
@pytest.mark.parametrize("form", ["spoke", "pointed", "raised", "dwelt", "focused"])
def test_a_complement_matches_as_the_pattern_with_its_parenthetical_does(form, after_verb) -> None:
    """A complement is matched alone but where a parenthetical stands after the verb:
    it matches where the one pattern, the parenthetical optional before it, does."""
    from readout_tui.engine.lexicon import _PARENTHETICAL, COMPLEMENT_REQUIRED

    complement = COMPLEMENT_REQUIRED[form]
    whole = re.compile(complement.whole.pattern, re.IGNORECASE)
    assert whole.pattern.startswith(_PARENTHETICAL)
    text = f"The minister {form}{after_verb}."
    pos = len("The minister ") + len(form)
    for endpos in (len(text), len(text) - 1, pos + 5):
        got, expected = complement.match(text, pos, endpos), whole.match(text, pos, endpos)
        assert (got and got.span()) == (expected and expected.span())


# The patterns two scans stood for before the shared part of their branches was taken out
# (a possessive before each branch of `_POSSESSED_STATEMENT`, a `\b` before each word of `_BOUNDARY`).
_POSSESSED_STATEMENT_BY_BRANCHES = re.compile(
    r"(?:’s|'s)\s+(?:(?:first|opening|closing|parting|last)\s+words\s+(?:were|was)\s+(?:words\s+)?of\s"
    r"|(?:concerns?|contribution|remarks|intervention|message|appeal)\s+(?:centred|centered|focused|focussed|"
    r"concentrated)\s+on\s|contribution\s+concerned\s"
    r"|(?:(?:main|key|central|chief|basic|firm|clear|overriding)\s+)?(?:hope|conviction|belief|impression|"
    r"expectation|answer|reply|response|fear|wish|proposal|suggestion|instruction|request|advice|assessment|conclusion|"
    r"verdict|demand|warning|promise|position|view|point|argument|contention|message|stance|opinion|"
    r"words|appeal|plea|ambition)"
    r"(?:\s+(?:to|for)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)?(?:\s+(?:is|was|remains|remained)\s+(?:that\b|to\s+(?!be\b))"
    r"|(?:\s+(?:is|was)\s+(?:[a-z]+\s+)?[a-z]+)?\s*:\s))"
    r"|(?:’s|'s)\s+(?:(?:first|last|final|next|main|only|other|one)\s+)?(?:question|questions|query|queries|enquiry|"
    r"enquiries)\s+(?:concerned|was\s+about|were\s+about|related\s+to|dealt\s+with|regarded)\b"
    r"|(?:’s|'s)\s+(?:(?:deepest|deep|heartfelt|sincere|warm|warmest|profound|special|first|particular)\s+)?"
    r"(?:sympathy|sympathies|condolences|thanks|gratitude|congratulations|appreciation|praise|admiration|"
    r"good\s+wishes|wishes|greetings|solidarity)\s+(?:also\s+)?(?:went|goes|go)\s+(?:out\s+)?to\s")
_BOUNDARY_BY_BRANCHES = re.compile(r"[,;:—–]|\s-\s|\band\b|\bwhile\b|\bwhereas\b|\bbut\b|\bwhen\b|\bafter\b")
_BRANCH_PIECES = [
    "’s", "'s", " ", "  ", "\n", ",", ":", "-", " - ", "first", "last", "words", "were", "of", "concern", "centred", "on",
    "contribution", "concerned", "main", "hope", "view", "was", "is", "that", "to", "be", "the", "Cabinet", "blunt",
    "question", "was about", "deepest", "sympathy", "went", "out", "also", "and", "while", "whereas", "but", "when",
    "after", "band", "andes", "X", "—",
]


@ENGINE_SETTINGS
@given(st.lists(st.one_of(st.sampled_from(_BRANCH_PIECES), st.text(max_size=3)), max_size=16).map("".join))
@example("President X’s first words were words of congratulation.")
@example("The host's conviction was that it would, and Mr Y's last question concerned - the port")
@example("Her Majesty’s deepest sympathy went out to the families, while but when after")
def test_the_scans_with_their_shared_part_taken_out_match_as_their_branches_did(text):
    from readout_tui.engine.reported_speech import _BOUNDARY, _POSSESSED_STATEMENT

    for new, old in ((_POSSESSED_STATEMENT, _POSSESSED_STATEMENT_BY_BRANCHES), (_BOUNDARY, _BOUNDARY_BY_BRANCHES)):
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [(m.span(), m.groups()) for m in old.finditer(text)]
