"""Where quotations open and close.

Real readouts mix every kind of mark (`"We want … yours,”`), print closing marks
where opening ones belong (`”We want …“`), use `’` for apostrophes as well as
quotes, and run a quotation over several paragraphs by reopening it on each one.
So a mark's role is read from its surroundings (space before it: it opens;
punctuation or space after it: it closes), and its shape only breaks ties.
A quotation that never closes ends with its paragraph, unless the next paragraph
reopens it, which is how a quotation continues.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from readout_tui.engine.segments import mark_offsets, opening_glued_to_a_sentence_end

DOUBLE_MARKS = "\"“”„«»‟＂՞"
"""`՞` (U+055E, the Armenian question mark) stands for a double quotation mark in English pages typed on an Armenian
keyboard layout (sixhundredthirtieth's Yerevan City Hall release of 2015: "՞The new program … Saint-Petersburg՞, said
the Mayor."); in English text it is never a question mark."""
SINGLE_MARKS = "'‘’‚‹›"
_OPENING_SHAPES = "“„«‘‚‹"
_MARKS = DOUBLE_MARKS + SINGLE_MARKS
"""Every quotation mark, found by `mark_offsets` (a `str.find` per mark, not a regex
class tried at every character)."""
_BEFORE_OPENING = set(" \t\n([{—–-/:;") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)
_AFTER_CLOSING = set(" \t\n.,;:!?)]}—–-…") | set(DOUBLE_MARKS) | set(SINGLE_MARKS)

OPEN, CLOSE, EITHER, NONE = 1, 2, 3, 0


@dataclass(frozen=True)
class Quote:
    """A quotation inside one paragraph: `start`/`end` delimit the quoted words."""

    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark; None when the paragraph ends first
    start: int
    end: int
    continues: bool = False  # the quotation goes on in the next paragraph
    continued: bool = False  # this paragraph carries on the previous paragraph's quotation

    @property
    def outer_end(self) -> int:
        return self.close_mark + 1 if self.close_mark is not None else self.end


def _doubled_single(text: str, i: int, hi: int) -> bool:
    """Two single marks side by side at `i` (`''…''`, `‘’…’’`): one double mark typed with two keys, as a
    typewriter, a wiki or an old web page writes it (fivehundredeighth's Council of Europe pages of 2009:
    "''The Russian Federation is key …,'' the Secretary General declared")."""
    return i + 1 < hi and text[i] in SINGLE_MARKS and text[i + 1] in SINGLE_MARKS


def _role(text: str, i: int, lo: int, hi: int) -> int:
    """Whether the mark at `i` opens or closes; a doubled single mark (`_doubled_single`) is read as one double
    mark, from the characters either side of the pair."""
    ch = text[i]
    before = text[i - 1] if i > lo else None
    width = 2 if _doubled_single(text, i, hi) else 1
    after = text[i + width] if i + width < hi else None
    may_open = before is None or before in _BEFORE_OPENING
    may_close = after is None or after in _AFTER_CLOSING
    if ch in SINGLE_MARKS and not _doubled_single(text, i, hi):
        if before is not None and after is not None and before.isalnum() and after.isalnum():
            return NONE  # People’s, don't
        if may_open and after is not None and after.isalnum():
            return OPEN
        if may_close and before is not None and not before.isspace():
            return CLOSE
        return NONE
    if may_open and not may_close:
        return OPEN
    if may_close and not may_open:
        return CLOSE
    if may_open and may_close:
        # A lone mark between spaces: its shape is all there is to go on. (fivehundredthirtysixth colombiaemb
        # trujillo-pompeo: `… in democracy and freedom ", said the Minister`: a straight mark before a comma opens
        # nothing; it closes)
        # (sixhundredsixtythird dominicanewsonline 2018-11-01: "“…,” Prime Minister X said in an interview … this
        # morning. ”": a closing shape after a space at the paragraph's very end, a stray; it opens nothing, which would
        # run an empty quotation on into the next paragraphs and leave their quotations no one's)
        return OPEN if ch in _OPENING_SHAPES else CLOSE if after == "," or after is None and ch == "”" else EITHER
    return EITHER


def paragraph_quotes(text: str, lo: int, hi: int, inside: bool = False,
                     marks: list[int] | None = None, single_runs_on: bool = False) -> tuple[list[Quote], bool]:
    """Quotations of text[lo:hi]. The flag says a double quotation is left open.

    Double marks nest (`"no such "exclusion zones" left,"`): only the outermost
    pair is a quotation. When the outermost never closes, the pairs inside it are
    taken for quotations of their own, and it ends where the first one opens.
    `inside`: the paragraph starts within a quotation opened earlier, as when a
    quotation's last paragraph carries only the closing mark.
    `marks`: the offsets of the quotation marks in text[lo:hi], if already found.
    `single_runs_on`: the next paragraph opens with ‘, so a single-quoted quotation left open here runs on
    into it (`_single_quote_left_open`).
    """
    quotes: list[Quote] = []
    stack: list[int] = [lo] if inside else []
    inner: list[tuple[int, int]] = []  # pairs closed one level inside the open quotation
    open_single: int | None = None
    second_of_a_pair = -1  # the second mark of a doubled single mark, read with the first

    def words_after(mark: int) -> int:
        """Where the quoted words start after the opening mark at `mark` (two characters when doubled)."""
        return mark + 2 if _doubled_single(text, mark, hi) else mark + 1

    for i in (mark_offsets(text, lo, hi, _MARKS) if marks is None else marks):
        if i == second_of_a_pair:
            continue
        doubled = _doubled_single(text, i, hi)
        if doubled:
            second_of_a_pair = i + 1
        role = _role(text, i, lo, hi)
        if role == NONE:
            continue
        if role == CLOSE and not stack and text[i] == "“" and opening_glued_to_a_sentence_end(text, i, lo, hi):
            role = OPEN
        closing = i + 1 if doubled else i  # (the closing mark's last character, which the words after follow)
        if text[i] in SINGLE_MARKS and not doubled:
            if role == OPEN and open_single is None:
                open_single = i
            elif role == CLOSE and open_single is not None:
                if _plural_possessive(text, i, hi):
                    continue  # ‘The leaders’ decision …,’ he said: the first ’ is an apostrophe
                if not stack:  # a single-quoted quotation at top level
                    quotes.append(Quote(open_single, i, open_single + 1, i))
                open_single = None
            continue
        if role != OPEN and not stack and quotes and quotes[-1].close_mark == i - 1:
            # "“We will not stop …,”” X said": a closing mark typed twice, nothing open for the second; the
            # quotation closes with it, so the words after (its attribution) follow the pair
            quotes[-1] = replace(quotes[-1], close_mark=closing)
            continue
        if role == EITHER and not stack and quotes and text[i] == "”":
            resumed = _resumed_after_attribution(text, quotes[-1], i, hi)
            if resumed is not None:  # (the words after "…,” said X." up to a lone ” that closes the paragraph)
                quotes.append(Quote(resumed, closing, resumed, _trim_end(text, resumed, i)))
                continue
        if role == OPEN and len(stack) == 1 and text[i] == '"' and text[i - 1] == " " and text[stack[0]] == '"' \
                and _TAG_GLUED_AFTER_A_SPACED_MARK.match(text, i + 1, hi) is not None:
            role = CLOSE  # (`… is not recently new "he explained.`: the closing mark typed after a space, glued to the tag)
        if role == OPEN and not stack and not quotes and text[i] == "“" and text[i - 2:i] == ", " \
                and _TAG_AFTER_A_TURNED_MARK.match(text, i + 1, hi) is not None:
            # (eighthundredfiftyeighth explica 2021-06-29: "Both states are essential …, and we will continue to do
            # that during this tour, “he posted on networks.": an opening shape after the comma, its tag and the
            # paragraph's end after it: the quotation's closing mark typed the wrong way, its opening one lost; the
            # words from the paragraph's start (or after its saying colon) to the comma are quoted)
            start = _after_saying_colon(text, lo, i)
            quotes.append(Quote(start, i, start, i - 1))
            continue
        if role == OPEN or (role == EITHER and not stack):
            if len(stack) == 1 and _reopened(text, i, hi, stack[0]):
                cut = _lost_closing_mark(text, stack[0], i)
                if cut is None:
                    continue  # "“… rape. “Europe has not seen …,” he said": the same quotation, reopened
                # (closed at the comma: ', he said' its attribution)
                quotes.append(Quote(stack[0], cut, words_after(stack[0]), cut))
                stack, inner = [], []
            stack.append(i)
            continue
        if not stack:
            joined = quotes[-1].close_mark if quotes and text[i - 1] in ".!?…" else None
            if joined is not None and _paragraph_joined_at(text, joined):
                # (hundred-fifty-third 68419) "… reads in part:"We can be proud … for many years."I am confident
                # … in this country."": a quoted message's paragraphs joined, the next one's opening mark all that
                # is left between them; the words after it, up to this closing mark, are quoted too
                quotes.append(Quote(joined, closing, joined + 1, i))
                continue
            if not quotes and i > lo and (text[i - 1] in ",.!?…" or _comma_then_attribution(text, closing, hi)):
                # "We are satisfied,” X said: the opening mark was lost, the words are speech (the comma may
                # follow the mark: "… freedom”, said the Minister")
                comma = text[i - 1] == "," or text.startswith(",", closing + 1)
                start = _after_saying_colon(text, lo, i)
                if start == lo and comma:
                    start = _after_saying_comma(text, lo, i)
                if start == lo and comma:
                    start = _after_the_paragraphs_report(text, lo, i)
                    if start == lo and text[i - 1] not in ",.!?…" and _REPORTED_BY_A_VERB.search(text, lo, i) is not None:
                        continue  # (hard60 varnhollow: "X said that …. Our two countries …", he added.": the
                        # report is X's own; the mark, read further on, closes only the sentence after it)
                if start == lo and not comma and _stray_last_mark(text, lo, i, hi):
                    continue
                quotes.append(Quote(start, closing, start, i))
            elif quotes and text[i - 1] == "," and _ATTRIBUTED_BY_PERSON.match(text, closing + 1, hi):
                start = _lost_opening_mark(text, lo, i)
                if start is not None and not any(q.open_mark < start < q.outer_end for q in quotes):
                    # (hundred-ninety-second 73901) "… According to X, this was … done. We do not discuss
                    # "denazification" … at all. I said that … For me, these are … things," the President said.":
                    # the opening mark was lost after the report; the quoted terms inside are its own words
                    quotes = [q for q in quotes if q.outer_end <= start]  # (none straddles the start)
                    quotes.append(Quote(start, closing, start, i))
            elif quotes and text[i - 1] in ".!?…":
                dash = _resumed_after_dash(text, quotes[-1], i)
                if dash is not None:  # (the dash stands for the opening mark)
                    quotes.append(Quote(dash, closing, dash + 2, i))
            continue
        opened = stack.pop()
        open_single = None
        if stack:
            if len(stack) == 1:
                inner.append((opened, i))
            continue
        implicit = inside and opened == lo and not quotes
        quotes.append(Quote(opened, closing, opened if implicit else words_after(opened), i,
                            continued=implicit))
        inner = []
    if not stack:
        if open_single is not None and (single_runs_on or _paragraph_opened_single(text, open_single, lo)) \
                and _single_quote_left_open(text, open_single, lo, quotes):
            quotes.append(Quote(open_single, None, open_single + 1, _trim_end(text, open_single + 1, hi)))
        elif quotes and (dash := _resumed_after_dash_to_the_end(text, quotes[-1], hi)) is not None:
            quotes.append(Quote(dash[0], None, dash[1], _trim_end(text, dash[1], hi)))
        return quotes, False
    opened = stack[0]
    if len(stack) == 1 and inner and _nested_after_colons(text, inner, hi):
        last = inner[-1][1]
        quotes.append(Quote(opened, last, words_after(opened), last))  # (the quotations it quotes are its own words)
        return quotes, False
    if inner and not (text[opened] == "“" and all(text[a] == "“" and _title_in_running_text(text, b, hi)
                                                  for a, b in inner)):
        quotes.append(Quote(opened, None, words_after(opened), _trim_end(text, words_after(opened), inner[0][0])))
        quotes.extend(Quote(a, b, a + 1, b) for a, b in inner)
        return quotes, False
    cut = _lost_closing_mark(text, opened, hi, at_end=True) if len(stack) == 1 and not (inside and opened == lo) else None
    if cut is not None:
        quotes.append(Quote(opened, cut, words_after(opened), cut))  # (closed at the comma: ', he said' its attribution)
        return quotes, False
    quotes.append(Quote(opened, None, words_after(opened), _trim_end(text, words_after(opened), hi)))
    return quotes, True


_ATTRIBUTION_AFTER = re.compile(
    r"\s+(?:(?:said|added|stressed|noted|emphasized|emphasised|explained|concluded)\s+[A-Z]"
    r"|(?:he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:said|added|stressed|noted|emphasized|emphasised|explained)\b)")
"""An attribution right after a quotation's closing mark: ', said X' / ', X said' / ', she said'."""


def _paragraph_joined_at(text: str, mark: int) -> bool:
    """Whether a quotation's closing mark stands glued between a sentence's end and a capital
    (`… many years."I am …`): where a scraper joined a quoted message's paragraphs, the mark that
    opened the next paragraph (the first one left unclosed, as a quotation running on is)."""
    return 0 < mark < len(text) - 1 and text[mark - 1] in ".!?…" and text[mark + 1].isupper()


def _nested_after_colons(text: str, inner: list[tuple[int, int]], hi: int) -> bool:
    """(hundred-twenty-sixth, 71797) `"Ukraine remembers … They say to the visitors: "People, this madness must
    not happen again!" It is important … as one of the visitors wrote: "Memory is a weapon …," said Olena
    Zelenska.`: a quotation left open whose inner pairs each open after a colon (words it quotes, brought in by
    "they say:", "wrote:") and whose last inner pair closes on a comma and an attribution: the source printed
    one mark for the inner closing and the outer one (`…,'"`), so the outer quotation ends there, all of it the
    attributed speaker's words (not cut where the first inner one opens, its first part given to someone else).
    Guard: only for a quotation left open with pairs inside it; a character test per pair, the pattern once."""
    for a, _ in inner:
        if a < 2 or text[a - 1] != " " or text[a - 2] != ":":
            return False
    last = inner[-1][1]
    return text[last - 1] == "," and _ATTRIBUTION_AFTER.match(text, last + 1, hi) is not None


def _title_in_running_text(text: str, close: int, hi: int) -> bool:
    """The pair closed at `close`, inside a quotation left open, is a title or term the sentence
    runs on past ("… was the exhibition “Russia-Italy. Through the centuries” which drew major
    interest …", ninety-fourth): a space and a lower-case word after its closing mark, so the
    outer quotation goes on to the paragraph's end (and may go on in the next). Read only for
    curly marks, outer and inner opening with “ (straight marks may be strays)."""
    return close + 2 < hi and text[close + 1] == " " and text[close + 2].islower()


def _reopened(text: str, i: int, hi: int, opened: int) -> bool:
    """The double mark at `i`, inside the quotation opened at `opened`, opens a new sentence
    right after one ends (". “Europe …"): a source that joins paragraphs keeps the mark that
    reopened the quotation's next paragraph, so the quotation goes on (a quotation nested
    inside one opens within a sentence: "no such “exclusion zones” left"). Not in a paragraph
    that opens inside a quotation of the one before, which may end with no mark."""
    if text[i] not in "\"“„«" or i + 1 >= hi or not text[i + 1].isupper() or text[opened] not in DOUBLE_MARKS:
        return False
    if text.startswith("On ", opened + 1) and _ACT_BEFORE_TITLE.search(text, max(0, opened - 24), opened):
        return False  # ("a draft law “On Amendments to the Law “On Citizenship” was submitted …": a
        # law's title whose closing mark was lost, no quotation to reopen: the next is a new one)
    j = i - 1
    while j > opened and text[j] == " ":
        j -= 1
    if j == i - 1 or text[j] not in ".!?…":
        return False
    # a quotation nested at a sentence's start closes before the one around it does:
    # '"We remember his words. "Never give up," he told us. That is what we do," X said.'
    close = next((k for k in range(i + 1, hi) if text[k] in DOUBLE_MARKS and _role(text, k, opened, hi) == CLOSE), None)
    after = next((k for k in range(close + 1, hi) if text[k] in DOUBLE_MARKS), None) if close is not None else None
    return after is None or _role(text, after, opened, hi) != CLOSE


_SAID_AND_STOP = re.compile(r",\s+(?:[\w’'.-]+\s+){1,3}(?:said|added|stressed|noted|emphasized|explained)\.\s+[A-Z]")
"""The attribution of a quotation that ended at its comma: ", he said. The Minister …"."""


def _lost_closing_mark(text: str, opened: int, i: int, at_end: bool = False) -> int | None:
    """Where the quotation opened at `opened` ended though its closing mark was lost, if it did
    before the mark at `i`, which would otherwise reopen it: its attribution and a new sentence
    stand inside it (hundred-fifth, 72829: `“All leaders … not to hinder them, h e said. Head of the
    Office … informed … “I think …,” he said.`: the first quotation ends at the comma, and the
    narrative and the second speaker's words after it are no part of it). The offset of the comma,
    or None. Guard: "said." / "ed." in the span, a `find` before the pattern.
    `at_end`: the quotation is left open at the paragraph's end, `i` that end; its attribution may
    end the paragraph ("“We will not stop until the work is done, Ivo Marr said. The talks lasted two
    hours.": the quotation ends at the comma, the narrative after its attribution is no one's words)."""
    if text.find("said", opened, i) < 0 and text.find("ed.", opened, i) < 0:
        return None
    m = (_SAID_AND_STOP_OR_END if at_end else _SAID_AND_STOP).search(text, opened + 1, i)
    return m.start() if m else None


_SAID_AND_STOP_OR_END = re.compile(r",\s+(?:[\w’'.-]+\s+){1,3}(?:said|added|stressed|noted|emphasized|explained)"
                                   r"(?:\s+(?:at|during|in)\s+(?:the|a|an|this|that)\s+[\w’'-]+)?\."
                                   r"(?:\s+[A-Z]|\s*$)")
"""The attribution of a quotation that ended at its comma, then a new sentence or the paragraph's end; the occasion may
follow the verb (fivehundredsixtyseventh ocds defence_attaches: "“The Army … is always prepared to provide security …
as necessary, Gen Silva said at the meeting.": the quotation ends at the comma)."""


_ACT_BEFORE_TITLE = re.compile(r"\b(?:[Ll]aw|[Bb]ill|[Dd]ecree|[Rr]esolution|[Cc]ode|[Aa]ct|[Oo]rder|[Rr]egulation)\s*$")
"""The word that a law's title ("On …") follows: "the draft law “On …”", "the Decree “On …”"."""

_LATER_CLOSE = re.compile(r"[.,!?…]['’]")


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """’ after an s and before a lower-case word, with a real closing mark still to come."""
    return (text[i - 1] in "sS" and i + 2 < hi and text[i + 1] == " " and text[i + 2].islower()
            and _LATER_CLOSE.search(text, i + 1, hi) is not None)


def _single_quote_left_open(text: str, opened: int, lo: int, quotes: list[Quote]) -> bool:
    """The ‘ at `opened`, never closed in its paragraph, opens a quotation that runs on into the next paragraph,
    which reopens it with ‘ (the British convention, single marks: "The Chief Minister said: ‘It was good … / ‘There
    are clear … / ‘We also discussed …’", fivehundredtwentyfirst's Isle of Man releases as iomtoday prints them):
    a curly ‘ at the paragraph's start or after a space or a colon, after every quotation closed before it."""
    return text[opened] == "‘" and (opened == lo or text[opened - 1] in " :") \
        and all(q.outer_end <= opened for q in quotes)


def _paragraph_opened_single(text: str, opened: int, lo: int) -> bool:
    """The paragraph opens with a curly ‘ and a capital, the ‘ never closed in it: a quotation whose closing mark was
    lost, to the paragraph's end, as an unclosed double mark is (sixhundredthirtyeighth pngfacts_2017-10: "In his
    letter to the PM-elect, X said … . / ‘Similarly I look forward to … countries."). Not "‘90s" (a digit), not a ‘
    inside the paragraph (a title or a term left open)."""
    return opened == lo and text[lo] == "‘" and text[lo + 1:lo + 2].isupper()


def _trim_end(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _starts_with_opening(text: str, lo: int, hi: int) -> bool:
    return lo < hi and text[lo] in DOUBLE_MARKS and _role(text, lo, lo, hi) in (OPEN, EITHER)


def _leads_in_to_reopened(text: str, paragraphs: list[tuple[int, int]], k: int) -> bool:
    """Paragraph `k`, with no mark inside a quotation left open, ends in a colon and the next paragraph
    opens with a quotation mark ("“… exposed on a daily basis. / Minister Flanagan continued: / “My
    Department continues to advise …", three-hundred-first ireland_dfa_2016-06-14_paris): the lead-in of
    the quotation reopened after it, not words of it (not "We have three priorities:" before paragraphs
    with no opening mark: those go on with the quotation). The colon test first."""
    lo, hi = paragraphs[k]
    end = _trim_end(text, lo, hi)
    if end <= lo or text[end - 1] != ":" or k + 1 >= len(paragraphs):
        return False
    return _starts_with_opening(text, paragraphs[k + 1][0], paragraphs[k + 1][1])


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[list[Quote]]:
    """Quotations of each paragraph, with multi-paragraph quotations linked.

    A quotation left open at a paragraph's end goes on when the next paragraph
    reopens it (the English convention) or closes it without opening anything
    first; otherwise it ends with its paragraph.
    """
    per_paragraph: list[list[Quote]] = []
    left_open = False
    single_left_open = False  # a single-quoted quotation ran to the paragraph's end, the next one reopening it
    all_marks = mark_offsets(text, 0, len(text), _MARKS)  # (one search per mark for the whole text)
    for k, (lo, hi) in enumerate(paragraphs):
        marks = all_marks[bisect_left(all_marks, lo):bisect_left(all_marks, hi)]
        quotes: list[Quote] = []
        still_open = False
        if left_open and not _starts_with_opening(text, lo, hi):
            quotes, still_open = paragraph_quotes(text, lo, hi, inside=True, marks=marks)
            if not (quotes and quotes[0].continued and quotes[0].close_mark is not None):
                quotes = []
                if _no_quote_mark(text, marks, lo, hi) \
                        and not _leads_in_to_reopened(text, paragraphs, len(per_paragraph)) \
                        and _closed_later(text, paragraphs, len(per_paragraph) + 1, all_marks):
                    # a middle paragraph with no mark, of a quotation that a later one closes
                    # (apostrophes aside: "… the country’s energy security …")
                    quotes, still_open = [Quote(lo, None, lo, _trim_end(text, lo, hi), continued=True)], True
        if quotes:
            _link(per_paragraph[-1])
        else:
            reopened_next = k + 1 < len(paragraphs) and text.startswith("‘", paragraphs[k + 1][0])
            quotes, still_open = paragraph_quotes(text, lo, hi, marks=marks, single_runs_on=reopened_next)
            if not quotes and not marks and text.find(": ", lo, hi) >= 0:
                quotes = _unmarked_after_colon(text, lo, hi)
            if not quotes and not marks and text.find(" - ", lo, hi) >= 0 \
                    and not text.startswith(_DASHES_OPENING, lo):
                quotes = _unmarked_before_closing_dash(text, lo, hi)
            if not quotes and text.startswith(_DASHES_OPENING, lo):
                # (no quotation paired, apostrophes aside: "- The meeting concerned fulfillment of the President’s
                # instructions … – U. Shukeev said …", four-hundred-forty-seventh akorda 2006-04-12)
                quotes = _dash_quote(text, lo, hi)
            if not per_paragraph and quotes and _stray_closing_mark_of_the_lead(text, quotes[0], lo, hi):
                quotes = quotes[1:]
            if (left_open or single_left_open) and quotes and quotes[0].open_mark == lo:
                _link(per_paragraph[-1])
                quotes[0] = replace(quotes[0], continued=True)
        per_paragraph.append(quotes)
        left_open = still_open
        single_left_open = not still_open and bool(quotes) and quotes[-1].close_mark is None \
            and text[quotes[-1].open_mark] == "‘"
    return per_paragraph


_ATTRIBUTING = "said|stated|added|stressed|noted|emphasized|emphasised|explained|concluded"
"""The verbs of an attribution after a quotation's closing mark (`_ATTRIBUTED_BY_PERSON`) or its dash (`_DASH_VERBS`)."""

_TAG_AFTER_A_TURNED_MARK = re.compile(r"(?:he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:" + _ATTRIBUTING
                                      + r"|posted|wrote|tweeted|mentioned)\b[^“”\"«»]{0,40}[.!]?\s*\Z")
"""A lone "he said" / "X posted on networks." that ends its paragraph right after an opening-shaped “ following a comma
(`paragraph_quotes`): the mark closes the quotation before it; the tag's own words are short and hold no other mark."""
_TAG_GLUED_AFTER_A_SPACED_MARK = re.compile(r"(?:he|she) (?:" + _ATTRIBUTING + r")\.(?=\s|$)")
"""A straight mark after a space with "he"/"she" and a speech verb glued after it, then the sentence's full stop, in an open
straight quotation: `"There is a lot of mixed marriages … is not recently new "he explained.` (eighthundredthirtyeighth
jabarprov, a West Java government page): the mark closes the quotation, its space misplaced; read as an opening one, it
left the quotation open to the paragraph's end, the tag inside it."""

_DASHES_OPENING = ("– ", "— ", "- ", "• ")
"""What opens a dash paragraph: a dash, or a bullet that a site's editor made of the dash (sevenhundredeightyeighth
srpska365: "• We have good cooperation with X. … – said Y after the meeting.", a dash quotation printed as a list item)."""
_DASH_VERBS = r"(?:" + _ATTRIBUTING + r"|remarked|declared|underlined|pointed out)"
_DASH_ATTRIBUTION = re.compile(
    r" [–—-]\s+(?:(?:(?:he|she)\s+|the\s+(?:[\w’'-]+\s+){1,4}?|(?:[A-Z](?:[\w’'-]+|\.)\s+){1,4}"
    r"|(?:[A-Z](?:[\w’'-]+|\.)\s+){0,3}[A-Z][\w’'-]+,\s+[A-Z][^,.;:]{2,80},\s+)" + _DASH_VERBS + r"\b"
    r"|" + _DASH_VERBS + r"\s+(?:the\s+[a-zA-Z]|[A-Z]))")
"""Where a dash quotation closes: " – President X said", " – he added", " – the Livonian leader said",
" – U. Shukeev said" (an initial), or the verb first, as Polish puts it: " – stressed President X", " – said the
Livonian leader"; also the name with its capitalised office set off by commas, " – Mr X, President of the Parliament
of Y, emphasised", and "pointed out" (sevenhundredsixteenth skupstina)."""
_SPACED_DASH = re.compile(r" [–—-](?=\s)")
_COMMA_ATTRIBUTION_AT_END = re.compile(
    r",\s+(?:(?:he|she)\s+|the\s+(?:[\w’'-]+\s+){1,4}?|(?:(?:[A-Z](?:[\w’'-]+|\.)|á|av|í|van|von|de|da|der|bin|al)\s+){1,5})"
    r"says?\.$"
    r"|,\s+says\s+(?:the\s+)?[A-Z][^,.]*\.$")
"""Where a dash paragraph's words close in the Nordic newsroom's way, a comma and the speaker with "says" at the
paragraph's end: "– The meeting today was a big step …. We have a lot of common interests …, Jenis av Rana says."
or "– …, says Jeppe Kofod." (sixhundredninetythird's Local.fo): the words from the dash to the comma are a quotation."""


def _dash_quote(text: str, lo: int, hi: int) -> list[Quote]:
    """A paragraph with no quotation mark that opens with a dash and closes the words with
    another before a speech verb's subject: "– Livonia is our closest partner … – President
    Wierzbicki said at the joint press conference after the talks." (styles5's Polish-style
    presidential chancellery, as Polish and Slavic readouts mark speech): the words between the
    dashes are a quotation. A dash paragraph with no such cue (a transcript's line) is left alone."""
    for at in _closing_dashes(text, lo, hi):
        if _DASH_ATTRIBUTION.match(text, at, hi):
            end = _trim_end(text, lo + 2, at)
            return [Quote(lo, at + 1, lo + 2, end)] if end > lo + 2 else []
    end = _trim_end(text, lo, hi)
    if text.find("say", max(lo, end - 80), end) >= 0:  # (cheap: the attribution's verb stands near the paragraph's end)
        comma = _COMMA_ATTRIBUTION_AT_END.search(text, lo + 2, end)
        if comma is not None:
            return [Quote(lo, comma.start(), lo + 2, comma.start())]
    return []


_DASH_THEN_WRITER = re.compile(
    r" - (?:(?:he|she)\s+|(?:[A-Z](?:[\w’'-]+|\.)\s+){1,4})(?:" + _ATTRIBUTING + r"|wrote)\b[^.!?]*[.!?]$")
"""The spaced hyphen and the author with a speech verb or "wrote" that close the paragraph's last sentence:
"… with the blue and yellow colors of our flag - Zelensky wrote on social media."."""


def _unmarked_before_closing_dash(text: str, lo: int, hi: int) -> list[Quote]:
    """(sixhundredninetyninth, UNN: "I met with Pennsylvania Governor Josh Shapiro, …. I am grateful for all the support.
    … And I would like to thank everyone who welcomed us in Scranton … - Zelensky wrote on social media.") A paragraph
    with no quotation mark and no opening dash whose last sentence closes with a spaced hyphen and its author, "- X
    wrote …" / "- he said.", the way Ukrainian newsrooms mark a post or a remark: the words before the hyphen are a
    quotation when they speak in the first person. Guard: no mark, " - " in the paragraph (tested by the caller)."""
    end = _trim_end(text, lo, hi)
    at = text.rfind(" - ", lo, end)
    if at <= lo or _DASH_THEN_WRITER.match(text, at, end) is None:
        return []
    words_end = _trim_end(text, lo, at)
    if _FIRST_PERSON.search(text, lo, words_end) is None:
        return []
    return [Quote(lo, at + 1, lo, words_end)]


def _closing_dashes(text: str, lo: int, hi: int) -> list[int]:
    """Where the words of a paragraph opened by a dash at text[lo] may close: the space before a spaced dash like the
    opening one, the search ending at one with no space before it ("2014–2016"); after a hyphen typed for the opening
    dash, any spaced dash (four-hundred-forty-seventh akorda 2006-04-12: "- The meeting concerned … in Astana – U. Shukeev
    said on the briefing for journalists."); after a bullet, the same ("• … – said X.")."""
    if text[lo] in "-•":  # (a hyphen or a bullet stands for the opening dash: any spaced dash may close)
        return [match.start() for match in _SPACED_DASH.finditer(text, lo + 2, hi)]
    found = []
    at = text.find(" " + text[lo], lo + 2, hi)
    while at >= 0:
        found.append(at)
        at = text.find(text[lo], at + 2, hi)
        at = at - 1 if at > 0 and text[at - 1] == " " else -1
    return found


_ATTRIBUTED_BY_PERSON = re.compile(
    r"\s+(?:(?:he|she|the(?:\s+[A-Z][\w’'-]+){1,4}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+"
    r"(?:" + _ATTRIBUTING + r")\b|(?:" + _ATTRIBUTING + r")\s+(?:the\s+)?[A-Z])")
"""', he said' / ', the President said' / ', Volodymyr Zelenskyy said' / ', said Olena Zelenska' after a closing
mark. (two-hundred-sixty-fifth 72753 `… IT hub in Europe," he said. We are launching Diia City. This is one of the
best tax and legal regimes …," he added.`: "he"/"she" need the space before the verb too, and the verb may come
first, or the quotation that lost its opening mark is not found.)"""
_SENTENCE_BREAK = re.compile(r"[.!?…][\"”]?\s+(?=[A-Z\"“])")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|[Ww]e|us)\b")
_REPORTING_VERB = r"(?<!\bI )(?<!\bwe )(?<!\bWe )\b(?:said|noted|stressed|emphasized|stated|added|explained|believes)\b"
_REPORTED = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|[Aa]ccording to|[Tt]his was)\b|" + _REPORTING_VERB)
_REPORTED_BY_A_VERB = re.compile(_REPORTING_VERB)
"""`_REPORTED`'s verbs alone: a sentence that reports someone's words, not one that only names a "his" (fivehundredthirty-
fifth eg_gov lunch: "… and thanks to his efforts, African is speaking about …”, added X." is all his quotation)."""


_SAID_THEN_DASH = re.compile(r"\b(?:said|added|stressed|noted|emphasized|emphasised|explained|continued)\.\s+[-–—] (?=[A-Z])")
"""The end of a quotation's attribution sentence and the dash that resumes the quotation after it."""


def _resumed_after_dash(text: str, last: Quote, close: int) -> int | None:
    """(two-hundred-eleventh 72237) `"For the first time …, there is a real opportunity …," … Andriy Kostin said.
    - The Ukrainian side is completely ready for this. It is important that we see … this step." This result …`:
    a quotation broken by its attribution goes on after a dash with no opening mark; the dash's offset, or None.
    Runs only on a closing mark that nothing opened, after a sentence's end, when the quotation before it closed
    on a comma and the one sentence between them ends with a speech verb."""
    if last.close_mark is None or text[last.close_mark - 1] != ",":
        return None
    said = _SAID_THEN_DASH.search(text, last.outer_end, close)
    if said is None or "." in text[last.outer_end:said.start()]:
        return None
    return said.end() - 2


def _tag_sentence(verbs: str) -> str:
    """A quotation's tag as a sentence of its own, "he/she/the X/Name <verb>" or "<verb> (the) Name", before its full
    stop (`verbs` an alternation); one piece for `_TAG_SENTENCE_THEN_DASH` and `_ATTRIBUTION_SENTENCE`."""
    return (r"(?:(?:he|she|the(?:\s+[A-Z][\w’'-]+){1,4}|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:" + verbs + r")"
            r"|(?:" + verbs + r")\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\.")


_TAG_SENTENCE_THEN_DASH = re.compile(r",?\s+" + _tag_sentence("says|" + _ATTRIBUTING) + r"\s+([-–—])\s+(?=[A-Z])")
"""A quotation's attribution as a sentence of its own, then a spaced dash: "”, says President X. -  I …"."""

_WRITERS_REMINDER = re.compile(r"(?:Let\s+us|Let[’']s|We\s+(?:would\s+like\s+to\s+)?(?:remind|recall|note)|Recall)\b")
"""The writer's own formula opening the words after the dash ("… says President X. – Let us recall that in 2019 the two
countries signed ten agreements."): the page reminding its reader, no quotation resumed (hr57's finding on
`_resumed_after_dash_to_the_end`)."""


def _resumed_after_dash_to_the_end(text: str, last: Quote, hi: int) -> tuple[int, int] | None:
    """(eighthundredfiftysixth uzbekembassymy 2022-08-26: "“As President, I visited this blessed land most often …”,
    says President Shavkat Mirziyoyev. -  I talked with elders, businessmen and youth. During this period, 31 decrees
    … were adopted. …" to the paragraph's end): a quotation broken by its attribution, a sentence of its own, goes on
    after a dash with no mark at all, the Russian way of printing speech, up to the paragraph's end; the dash's offset
    and where the words start, or None. As `_resumed_after_dash` with no closing mark: only when the quotation before
    closed on a comma (before or after its mark), nothing else stands between its attribution and the dash, no mark
    follows, and the resumed words are in the first or second person (a speaker's own, not the page's narrative)."""
    if last.close_mark is None or not (text[last.close_mark - 1] == "," or text.startswith(",", last.close_mark + 1)):
        return None
    said = _TAG_SENTENCE_THEN_DASH.match(text, last.outer_end, hi)
    if said is None or any(ch in DOUBLE_MARKS for ch in text[said.end():hi]) \
            or _WRITERS_REMINDER.match(text, said.end(), hi) is not None \
            or _SPEAKERS_PERSON.search(text, said.end(), hi) is None:
        return None
    return said.start(1), said.end()


_ATTRIBUTION_SENTENCE = re.compile(r"\s+" + _tag_sentence(_ATTRIBUTING) + r"\s+(?=[A-Z])")
"""An attribution that is a whole sentence right after a quotation's closing mark: ", said Alassane Ouattara. ",
", he added. ", ", the President said. "."""


def _resumed_after_attribution(text: str, last: Quote, close: int, hi: int) -> int | None:
    """(sevenhundredth axadletimes 2021-07-20: "“This celebration is a celebration of … harmony,” said Alassane
    Ouattara. May the steps … continue to grow stronger. … I want to assure our countrymen that … the safety of our
    citizens ”.") a quotation broken by its attribution goes on after it with its reopening mark lost, up to a lone ”
    that closes the paragraph: where the resumed words start, or None. As `_resumed_after_dash` with no dash: only on a
    closing-shaped mark after a space with nothing open and nothing but a stop after it, when the quotation before
    closed on a comma, its attribution a sentence of its own (`_ATTRIBUTION_SENTENCE`), and the words between are in
    the first or second person (not a narrative sentence and a stray mark, `_stray_last_mark`)."""
    if last.close_mark is None or text[last.close_mark - 1] != "," or text[close - 1] != " " \
            or text[close + 1:hi].strip() not in ("", "."):
        return None
    said = _ATTRIBUTION_SENTENCE.match(text, last.outer_end, close)
    if said is None or _SPEAKERS_PERSON.search(text, said.end(), close) is None:
        return None
    return said.end()


_SAYING_COLON = re.compile(r"\b(?:" + _ATTRIBUTING + r"|continued|declared|remarked|underlined)\s*:\s+(?=\S)")


_SPEAKERS_PERSON = re.compile(r"\b(?:I|me|my|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b")
"""A word of the first or the second person: a speaker's own words, not a report of them."""


def _stray_last_mark(text: str, lo: int, close: int, hi: int) -> bool:
    """Whether a closing mark with nothing open, right after the paragraph's last stop, is a stray mark and no lost
    opening mark's quotation: nothing follows it (no "…,” X said"), and the paragraph, all in the third person, reports
    and speaks no words of its own (fivehundredtwentythird tap 2021-11-01: "It also made it possible to reaffirm
    Tunisia's commitment …, despite many obstacles …»", a wire's slip after a narrative paragraph; not "While we still
    have a long journey ahead, we made progress …”", fourhundredfiftyseventh, a speaker's words that lost their mark)."""
    return _trim_end(text, close + 1, hi) == close + 1 and _SPEAKERS_PERSON.search(text, lo, close) is None


_COMMA_THEN_ATTRIBUTION = re.compile(r", (?:" + _DASH_VERBS + r"|continued|assured|affirmed)\s+(?:the\s+)?[A-Z]")


def _comma_then_attribution(text: str, closing: int, hi: int) -> bool:
    """Whether a comma right after the closing mark at `closing` leads to a person's attribution: the comma set outside
    the mark, where the source lost the opening mark as with ',” X said' (fivehundredthirtysixth, Colombia's embassy:
    "… freedom ", said the Minister in his report"; "…”, he said"), or, after a word, a verb of `_DASH_VERBS` or
    "continued" / "assured" / "affirmed" first (fivehundredthirtyfifth, Equatorial Guinea's Press and Information
    Office: "… America is speaking about Equatorial Guinea”, added Matute Tang.", "…”, declared the Head of State")."""
    if not text.startswith(",", closing + 1):
        return False
    return _ATTRIBUTED_BY_PERSON.match(text, closing + 2, hi) is not None \
        or (text[closing - 1].isalnum() and _COMMA_THEN_ATTRIBUTION.match(text, closing + 1, hi) is not None)


def _after_saying_colon(text: str, lo: int, close: int) -> int:
    """Where a quotation closed at `close` that lost its opening mark begins when the paragraph introduces it with a
    speech verb and a colon (fourhundredseventyfirst, Liberia's Executive Mansion via APO Group: "Continuing the
    Ambassador … of Egypt said: As I entered the country, … for the upcoming peaceful transfer of power.”"): right after
    the colon, as "said: “…”" would, so the introducing words are no part of the quotation; else the paragraph's start
    (`lo`). Guard: a colon between them first, then one search."""
    if text.find(":", lo, close) < 0:
        return lo
    saying = _SAYING_COLON.search(text, lo, close)
    return lo if saying is None else saying.end()


_SAYING_COMMA = re.compile(r"(?:\b(?-i:[A-Z])[\w’'-]+|\b[Hh]e|\b[Ss]he) (?:" + _ATTRIBUTING + r"|remarked),\s+(?=\S)")
"""A name or "he"/"she", an attribution's verb and a comma, where a quotation that lost its opening mark begins
(`_after_saying_comma`)."""


def _after_saying_comma(text: str, lo: int, close: int) -> int:
    """Where a quotation closed at `close` by ",”" that lost its opening mark begins when the paragraph introduces it
    with a name, a speech verb and a comma (eighthundredfourth newindianexpress 2026-03-02: "Speaking at the event,
    Rangasamy said, the centre has been supporting … as visualised by the PM,” he said."): right after that comma, as
    "said, “…”" would, so the lead-in and the attribution are no part of the quotation; else the paragraph's start
    (`lo`). One such verb only (two leave it open which began the quotation). Guard: a comma before the mark first."""
    found = None
    for saying in _SAYING_COMMA.finditer(text, lo, close):
        if found is not None:
            return lo
        found = saying
    return lo if found is None else found.end()


def _after_the_paragraphs_report(text: str, lo: int, close: int) -> int:
    """Where a quotation closed at `close` by ",”", the paragraph's first mark (its attribution after it, ", the
    council member said"), began though its opening mark was lost: after the paragraph's sentences that report someone, when the
    sentences from there to the mark are in the first person (hard60 dravenholt: "Council member Dr. H L said the two
    cities should apply together to the regional fund. Neither of us is big enough to win it alone, …,” the council
    member said": the report is hers, the quotation only its second sentence); else the paragraph's start (`lo`), as
    before ("We are satisfied. The talks went well,” X said")."""
    start = _lost_opening_mark(text, lo, close)
    if start is None or start <= lo or _REPORTED.search(text, lo, start) is None:
        return lo
    return start


def _lost_opening_mark(text: str, lo: int, close: int) -> int | None:
    """Where a quotation closed by `close` with its attribution after it (", the President said") began
    when its opening mark was lost after other quotations of the paragraph (`lo`: the paragraph's start):
    the earliest of the sentences right before the mark in the first person ("I", "we", "me") that no
    sentence reported of someone ("According to X, …", "he noted …") comes between; None if there is none.
    Runs only on a closing mark that nothing opened, with its attribution after it."""
    starts = [lo] + [m.end() for m in _SENTENCE_BREAK.finditer(text, lo, close)]
    found = None
    for k in range(len(starts) - 1, -1, -1):
        s = starts[k]
        e = starts[k + 1] if k + 1 < len(starts) else close
        sentence = text[s:e]
        if _REPORTED.search(sentence):
            break
        if _FIRST_PERSON.search(sentence):
            found = s
    if found is None or found == lo and lo > 0 and text[lo - 1] not in " ":
        return found
    while found < close and text[found] == " ":
        found += 1
    return found


def _stray_closing_mark_of_the_lead(text: str, quote: Quote, lo: int, hi: int) -> bool:
    """(hundred-fortieth, 2022-09-23) `The President and Vice President met with … He also directed
    the team to press … at the pump to consumers.”`: the readout's first paragraph ends on a closing
    mark with no opening mark before it and no attribution after it. Read as a quotation that lost its
    opening mark, the whole lead went to no one and its reports with it; but nothing before the first
    paragraph could have opened a quotation, and nothing after the mark says whose words they were, so
    the mark is a stray and the paragraph is read as running text. (A lost opening later on, the last
    paragraph of a message's text, and one with its attribution after the mark, ", X said", are kept.)
    Guard: the first paragraph only, a quotation read from the paragraph's start with no mark there."""
    close = quote.close_mark
    return quote.open_mark == lo and quote.start == lo and close is not None \
        and text[lo] not in DOUBLE_MARKS and not text[close + 1:hi].strip()


def _closed_later(text: str, paragraphs: list[tuple[int, int]], k: int, all_marks: list[int]) -> bool:
    """A quotation left open goes on through paragraphs with no mark (at most three)
    to paragraph k or a later one, which closes it before opening anything: "“Dear
    compatriots! …" / "We remember their feat. …" / "And we will never …,” he said.
    It goes on through one such paragraph that the next one reopens, too."""
    for n, (lo, hi) in enumerate(paragraphs[k:k + 3]):
        marks = all_marks[bisect_left(all_marks, lo):bisect_left(all_marks, hi)]
        if _no_quote_mark(text, marks, lo, hi):
            continue
        if _starts_with_opening(text, lo, hi):
            # one paragraph with no mark between two that open the quotation (the English
            # convention: each paragraph reopens it) lost its opening mark: "“Your meeting …"
            # / "I am sure that …" / "“The situation …": it goes on through that paragraph
            return n == 0 and not _narrative_between_quotations(text, paragraphs[k - 1], lo, hi, marks)
        quotes, _ = paragraph_quotes(text, lo, hi, inside=True, marks=marks)
        return bool(quotes) and quotes[0].continued and quotes[0].close_mark is not None
    return False


_TAG_AFTER_CLOSING = re.compile(r",?\s+(?:(?:he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:" + _ATTRIBUTING
                                + r")\b|(?:" + _ATTRIBUTING + r")\s+(?:the\s+)?[A-Z])")
"""An attribution right after a closing mark: ", he said", " said Adkisson", " X added" (`_ATTRIBUTED_BY_PERSON`'s
shape, a comma after the mark allowed)."""


def _narrative_between_quotations(text: str, middle: tuple[int, int], lo: int, hi: int, marks: list[int]) -> bool:
    """A paragraph with no mark between a quotation left open and a paragraph that opens a quotation of its own with
    its own attribution (eighthundredtwentysixth kychamber 2015-04-27: "“We’re pleased …,” said X. “This was the largest
    … visit." / "Although Gov. Y was in Japan …, he met with Chamber leaders at the reception …" / "“The key purpose
    … in Kentucky,” said X."): the middle paragraph speaks of its people in the third person, no "I", "we" or "you"
    of a speaker, and the next quotation is tagged anew, so the open quotation ended with its paragraph (its closing
    mark lost) and the middle one is the page's narrative; not "“Your meeting …" / "I am sure that …" / "“The
    situation …", whose middle paragraph has the speaker's "I". (The middle paragraph's persons first: cheap.)"""
    if _SPEAKERS_PERSON.search(text, middle[0], middle[1]) is not None:
        return False
    quotes, _ = paragraph_quotes(text, lo, hi, marks=marks)
    if not quotes or quotes[0].open_mark != lo or quotes[0].close_mark is None:
        return False
    return _TAG_AFTER_CLOSING.match(text, quotes[0].close_mark + 1, hi) is not None


def _no_quote_mark(text: str, marks: list[int], lo: int, hi: int) -> bool:
    """text[lo:hi] has no quotation mark of its own, its apostrophes aside: marks inside a word
    ("the country’s mines") or after a plural's s ("the Miners’ Day holiday"). A
    middle paragraph of a quotation may have them ("“Your work matters. / It is
    gratifying that the country’s mines are safe. / I am confident …”"), and single-quoted
    words too, which the double-quoted quotation around them quotes (two-hundred-tenth 48117:
    "“Today, the capital of Azerbaijan is welcoming … / … as they say, ‘at the international
    level.’ / I will note that … / … personal communication.”"): each curly ‘ closed by the next
    ’ (the paragraph is only read so while a quotation is left open; straight marks, which may be
    strays or code, `'doubled', 'false'`, still end it)."""
    open_single = False
    inner_title = -1  # where a double-quoted title inside the paragraph opened
    for i in marks:
        if text[i] == "“" and inner_title < 0 and _role(text, i, lo, hi) == OPEN:
            inner_title = i  # (two-hundred-thirty-fourth 33422: "… the programme “New Partnership for African
            continue         # Development” (NEPAD)." in a message's middle paragraph: a quoted title, no quote's end)
        if text[i] == "”" and inner_title >= 0:
            if i - inner_title > 80 or not text[inner_title + 1:inner_title + 2].isupper() \
                    or _SENTENCE_END_INSIDE.search(text, inner_title, i) is not None:
                return False
            inner_title = -1
            continue
        if text[i] not in SINGLE_MARKS:
            return False
        role = _role(text, i, lo, hi)
        if role == NONE:
            continue  # the country’s
        if role == CLOSE and text[i - 1] in "sS" and i + 1 < hi and text[i + 1] == " " \
                and text[i - 2:i - 1].isalpha():
            continue  # the Miners’ Day
        if role == OPEN and not open_single and text[i] == "‘":
            open_single = True
        elif role == CLOSE and open_single and text[i] == "’":
            open_single = False
        else:
            return False
    return not open_single and inner_title < 0


_SENTENCE_END_INSIDE = re.compile(r"[.!?;:,]")
"""Punctuation that a quoted title inside a quotation's middle paragraph does not hold (`_no_quote_mark`)."""


_SAID_COLON_CAPITAL = re.compile(r"\b(?:said|stated|added|commented|explained|remarked|declared|continued):\s+(?=[A-Z])")
"""A speech verb, its colon and the capital that opens the words it introduces ("The Chief Minister commented: The …")."""


def _unmarked_after_colon(text: str, lo: int, hi: int) -> list[Quote]:
    """(fivehundredtwentyfirst iomguide 2008-09-30, a copy of the Isle of Man Government's release that lost every
    quotation mark: "The Chief Minister commented: The Summit was constructive … situation. For example, the Irish
    Taoiseach … was able to give us an insight … He added: The Isle of Man benefits … It provides us with … In
    examining its long-tem future, the BIC is considering …") In a paragraph with no quotation mark, the words after
    "said:" / "commented:" / "added:" and a capital are a quotation, as "said: “…”" would be: its first sentence, and
    each next one in the first person ("we", "us", "I") that no other colon cue opens; the first sentence of no one
    in the first person ends it. Guard: the paragraph has no mark and holds ": " (tested by the caller)."""
    quotes: list[Quote] = []
    for cue in _SAID_COLON_CAPITAL.finditer(text, lo, hi):
        start = cue.end()
        if quotes and start < quotes[-1].outer_end:
            continue
        ends = [m.start() + 1 for m in _SENTENCE_BREAK.finditer(text, start, hi)] + [_trim_end(text, start, hi)]
        end = ends[0]
        for nxt in ends[1:]:
            sentence = text[end:nxt]
            if _SAID_COLON_CAPITAL.search(sentence) or not _FIRST_PERSON.search(sentence):
                break
            end = nxt
        words_end = end - 1 if text[end - 1] in ".!?…" else end
        quotes.append(Quote(start, words_end, start, words_end))
    return quotes


def _link(previous: list[Quote]) -> None:
    previous[-1] = replace(previous[-1], continues=True)

