"""The attribution engine, pattern by pattern: this readout, these statements.

Every test is a small invented readout (invented people, invented countries) and the
statements a reader annotating it by /work/shared/GOLD-FORMAT.md would write down:
who said it, `direct` or `indirect`, and the words. Words are compared as the scorer
compares them: case, quote marks, punctuation and spacing never matter. Statements the
engine leaves without a speaker are not scored, so they are not compared either.

Whatever the readout, the result must also be well formed (`check_structure`): spans
inside the text, in order, never overlapping, `text == body[start:end]`, paragraph
numbers right, every speaker known, slots 0..n-1 in order of first statement.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from readout_tui.engine import attribute
from readout_tui.model import Attribution, Participant

# ---------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------

WORD = re.compile(r"[^\W_]+", re.UNICODE)
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# A clause boundary word that GOLD-FORMAT.md gives to neither side of a split sentence
# (`X thanked Y, and Y assured …`): ignored at either edge of a statement.
EDGE_WORDS = {"and", "but", "while", "whereas", "after", "when"}

Expected = tuple[str, str, str]  # (speaker, kind, words)


def words(text: str) -> list[str]:
    """The words of `text` as the scorer sees them."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("’", "'")
    return WORD.findall(text)


def clause(text: str) -> str:
    """The words of a statement, a boundary conjunction at either edge left out."""
    w = words(text)
    while w and w[0] in EDGE_WORDS:
        w = w[1:]
    while w and w[-1] in EDGE_WORDS:
        w = w[:-1]
    return " ".join(w)


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """The non-blank paragraphs of `body` (blank-line separated), trimmed."""
    spans, pos = [], 0
    for m in PARAGRAPH_BREAK.finditer(body):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(body)))
    out = []
    for lo, hi in spans:
        while lo < hi and body[lo].isspace():
            lo += 1
        while hi > lo and body[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


def check_structure(body: str, result: Attribution, *, exact_paragraphs: bool = True) -> None:
    """What must hold of any attribution of any text."""
    names = [s.name for s in result.speakers]
    assert len(set(names)) == len(names), f"two speakers share a name: {names}"
    paragraphs = paragraph_spans(body)
    previous_end = 0
    first_seen: list[str] = []
    for st in result.statements:
        assert 0 <= st.start < st.end <= len(body), st
        assert st.start >= previous_end, f"statements overlap or are out of order: {st}"
        previous_end = st.end
        assert st.text == body[st.start:st.end], st
        assert st.kind in ("direct", "indirect"), st
        assert st.speaker is None or st.speaker in names, st
        assert not PARAGRAPH_BREAK.search(st.text), f"a statement crosses a paragraph: {st}"
        assert st.paragraph >= 1, st
        if exact_paragraphs:
            assert st.paragraph <= len(paragraphs), st
            lo, hi = paragraphs[st.paragraph - 1]
            assert lo <= st.start and st.end <= hi, f"statement not in paragraph {st.paragraph}: {st}"
        if st.speaker is not None and st.speaker not in first_seen:
            first_seen.append(st.speaker)
    assert [s.slot for s in result.speakers] == list(range(len(result.speakers)))
    assert names == first_seen, "speakers must be in order of first statement, each with one"
    for mention in result.mentions:
        assert mention.speaker in names
        assert 0 <= mention.start < mention.end <= len(body)


def run(body: str, participants: tuple[Participant, ...] = (), title: str = "") -> Attribution:
    result = attribute(body, participants=participants, title=title)
    check_structure(body, result)
    return result


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def _labels(result: Attribution, people: set[str]) -> dict[str, str]:
    """The engine's speaker names, each mapped to the expected person it is (its name or
    one of its aliases is that person's full name), else left as it is."""
    labels: dict[str, str] = {}
    for sp in result.speakers:
        forms = {_norm(sp.name), *(_norm(a) for a in sp.aliases)}
        hits = [p for p in people if _norm(p) == _norm(sp.name)] or [p for p in people if _norm(p) in forms]
        labels[sp.name] = hits[0] if len(hits) == 1 else f"<engine speaker {sp.name!r}>"
    taken = [v for v in labels.values() if v in people]
    for person in set(taken):
        if taken.count(person) > 1:
            split = [k for k, v in labels.items() if v == person]
            for k in split:
                labels[k] = f"<{person} split into {split}>"
    return labels


def attributed(result: Attribution, people: set[str]) -> list[tuple[str, str, str]]:
    """(person, kind, words) of every statement the engine gave a speaker."""
    labels = _labels(result, people)
    return [(labels[s.speaker], s.kind, clause(s.text)) for s in result.statements if s.speaker is not None]


def assert_statements(body: str, expected: list[Expected], **kwargs) -> Attribution:
    """This readout, exactly these attributed statements (person, kind, words)."""
    result = run(body, **kwargs)
    people = {speaker for speaker, _, _ in expected}
    want = [(speaker, kind, clause(text)) for speaker, kind, text in expected]
    got = attributed(result, people)
    assert got == want, _explain(result, got, want)
    return result


def _explain(result: Attribution, got, want) -> str:
    lines = ["engine returned:"]
    lines += [f"  {s.speaker!r} {s.kind} p{s.paragraph}: {s.text!r}" for s in result.statements]
    lines.append("expected (speaker, kind, words):")
    lines += [f"  {w}" for w in want]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------
# Quotation marks
# ---------------------------------------------------------------------------------------

MARKS = {
    "curly": ("“", "”"),
    "straight": ('"', '"'),
    "guillemets": ("«", "»"),
    "single": ("‘", "’"),
}
INTRO = "Kastravian Foreign Minister Marta Selin met with Velorian Foreign Minister Oren Balt in Tarvik on 12 March."
QUOTED = "Our countries share a long border and a longer history"


@pytest.mark.parametrize("marks", MARKS.values(), ids=MARKS.keys())
@pytest.mark.parametrize(
    "template",
    ["{o}{q},{c} Marta Selin said.", "Marta Selin said: {o}{q}.{c}"],
    ids=["cue-after", "colon-before"],
)
def test_every_kind_of_quotation_mark(marks, template):
    o, c = marks
    body = INTRO + "\n\n" + template.format(o=o, c=c, q=QUOTED)
    assert_statements(body, [("Marta Selin", "direct", QUOTED)])


@pytest.mark.parametrize(
    "quote",
    [
        '"We want to trade more with you and less through third countries. The choice is yours,”',
        '“We want to trade more with you and less through third countries. The choice is yours,"',
    ],
    ids=["straight-open-curly-close", "curly-open-straight-close"],
)
def test_mixed_quotation_marks_pair(quote):
    body = (
        "Veloria President Tomas Kirel received Lirean Trade Minister Edvin Sarr in Velm.\n\n"
        f"{quote} the Velorian President said."
    )
    assert_statements(body, [
        ("Tomas Kirel", "direct",
         "We want to trade more with you and less through third countries. The choice is yours"),
    ])


def test_reversed_marks_at_paragraph_edges_inside_a_transcript():
    body = (
        "President of Kastravia Ilona Brenn: Good afternoon, friends.\n\n"
        "”Our door has always been open to our neighbours, and it will stay open.“\n\n"
        "Thank you."
    )
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Good afternoon, friends."),
        ("Ilona Brenn", "direct", "Our door has always been open to our neighbours, and it will stay open."),
        ("Ilona Brenn", "direct", "Thank you."),
    ])


def test_reversed_marks_after_a_lead_in():
    body = (
        "Velorian President Tomas Kirel arrived in Tarvik on Monday. He said:\n\n"
        "”We will not give up a single village of the valley.“"
    )
    assert_statements(body, [("Tomas Kirel", "direct", "We will not give up a single village of the valley.")])


@pytest.mark.parametrize(
    "quote",
    [
        "“The leaders’ decision is the right one, and we don’t intend to reopen it. That’s the People’s will,”",
        "\"The leaders' decision is the right one, and we don't intend to reopen it. That's the People's will,\"",
        "‘The leaders’ decision is the right one, and we don’t intend to reopen it. That’s the People’s will,’",
    ],
    ids=["curly", "straight", "single-quoted"],
)
def test_apostrophes_are_not_quotation_marks(quote):
    body = (
        "Lirean Prime Minister Anselm Dorvik visited the People’s Assembly of Kastravia on Friday. "
        "The ministers’ talks lasted two hours.\n\n"
        f"{quote} Anselm Dorvik said."
    )
    assert_statements(body, [
        ("Anselm Dorvik", "direct",
         "The leaders’ decision is the right one, and we don’t intend to reopen it. That’s the People’s will"),
    ])


def test_quotation_over_several_paragraphs_reopened_on_each():
    body = (
        "President Ilona Brenn opened the session of the joint commission. "
        "She said: “We have come a long way since the border treaty.\n\n"
        "“Trade has doubled in five years. Our students study in each other’s universities.\n\n"
        "“There is more to do, and we will do it together.”\n\n"
        "The session continued behind closed doors."
    )
    assert_statements(body, [
        ("Ilona Brenn", "direct", "We have come a long way since the border treaty."),
        ("Ilona Brenn", "direct", "Trade has doubled in five years. Our students study in each other’s universities."),
        ("Ilona Brenn", "direct", "There is more to do, and we will do it together."),
    ])


def test_quotation_over_two_paragraphs_closed_only_at_the_end():
    body = (
        "Velorian President Tomas Kirel arrived in Tarvik on Tuesday. "
        "Tomas Kirel said: “We agreed on the route of the new railway.\n\n"
        "The first trains will run next spring, and the two capitals will be three hours apart.”\n\n"
        "The railway will cross the river at Selvik."
    )
    assert_statements(body, [
        ("Tomas Kirel", "direct", "We agreed on the route of the new railway."),
        ("Tomas Kirel", "direct",
         "The first trains will run next spring, and the two capitals will be three hours apart."),
    ])


def test_single_quotes_nested_in_double_quotes():
    body = (
        INTRO + "\n\n"
        "“We call it ‘the corridor of friendship’, and that is what it will be,” Marta Selin said."
    )
    assert_statements(body, [
        ("Marta Selin", "direct", "We call it the corridor of friendship, and that is what it will be"),
    ])


def test_straight_quotes_nested_in_straight_quotes():
    body = (
        "Veloria President Tomas Kirel received Lirean Trade Minister Edvin Sarr in Velm.\n\n"
        '"Some call these zones "grey areas", but there is nothing grey about them," Tomas Kirel said.'
    )
    assert_statements(body, [
        ("Tomas Kirel", "direct", "Some call these zones grey areas, but there is nothing grey about them"),
    ])


def test_unclosed_quotation_degrades_to_the_end_of_its_paragraph():
    body = (
        INTRO + "\n\n"
        "Marta Selin said: “We will never accept this. The border is where it is.\n\n"
        "The talks continued in the afternoon."
    )
    assert_statements(body, [("Marta Selin", "direct", "We will never accept this. The border is where it is.")])


def test_stray_closing_mark_is_speech_without_its_opening_mark():
    # First-person words before `, X said` are direct speech, with or without marks
    # (GOLD-FORMAT.md); a closing mark with no opening one changes nothing. Lone marks in
    # a narrative sentence make nothing of it.
    body = INTRO + "\n\nWe are satisfied with the talks,” Marta Selin said.\n\nThe ” talks ‘ ended « at noon."
    assert_statements(body, [("Marta Selin", "direct", "We are satisfied with the talks")])


# ---------------------------------------------------------------------------------------
# Cues
# ---------------------------------------------------------------------------------------

DORVIK = "Lirean Prime Minister Anselm Dorvik received the Ambassador of Norvane Hana Lusk in Dorvaal."
WORD_KEPT = "Lirea will keep its word on the water treaty"


@pytest.mark.parametrize(
    "sentence",
    [
        "“{q},” Anselm Dorvik said.",
        "“{q},” said Anselm Dorvik.",
        "Anselm Dorvik said: “{q}.”",
        "Anselm Dorvik said, “{q}.”",
        "“{q},” the Prime Minister said.",
        "“{q},” he said.",
    ],
    ids=["X-said", "said-X", "X-said-colon", "X-said-comma", "title-said", "he-said"],
)
def test_cue_around_a_quotation(sentence):
    body = DORVIK + " " + sentence.format(q=WORD_KEPT)
    assert_statements(body, [("Anselm Dorvik", "direct", WORD_KEPT)])


def test_split_quotation():
    body = DORVIK + " “Lirea will keep its word,” he said, “and we expect the same of our partners.”"
    assert_statements(body, [
        ("Anselm Dorvik", "direct", "Lirea will keep its word"),
        ("Anselm Dorvik", "direct", "and we expect the same of our partners"),
    ])


def test_stressed_that():
    body = DORVIK + " Anselm Dorvik stressed that the water treaty must be renewed before the summer."
    assert_statements(body, [
        ("Anselm Dorvik", "indirect", "Anselm Dorvik stressed that the water treaty must be renewed before the summer."),
    ])


def test_according_to_a_name():
    body = DORVIK + " According to Anselm Dorvik, the new bridge over the Selva will open in May."
    assert_statements(body, [
        ("Anselm Dorvik", "indirect", "According to Anselm Dorvik, the new bridge over the Selva will open in May."),
    ])


def test_according_to_him():
    body = (
        "Lirean Prime Minister Anselm Dorvik visited the port of Selvik on Tuesday. "
        "According to him, the port will double its capacity by 2030."
    )
    assert_statements(body, [
        ("Anselm Dorvik", "indirect", "According to him, the port will double its capacity by 2030."),
    ])


def test_for_his_part_at_the_start():
    body = (
        DORVIK + " Hana Lusk thanked Anselm Dorvik for the invitation. "
        "For his part, Anselm Dorvik praised the work of the joint commission."
    )
    assert_statements(body, [
        ("Hana Lusk", "indirect", "Hana Lusk thanked Anselm Dorvik for the invitation."),
        ("Anselm Dorvik", "indirect", "For his part, Anselm Dorvik praised the work of the joint commission."),
    ])


def test_for_his_part_after_the_subject():
    body = (
        DORVIK + " Hana Lusk thanked Anselm Dorvik for the invitation. "
        "Anselm Dorvik, for his part, said that Lirea was ready to host the next round of talks."
    )
    assert_statements(body, [
        ("Hana Lusk", "indirect", "Hana Lusk thanked Anselm Dorvik for the invitation."),
        ("Anselm Dorvik", "indirect",
         "Anselm Dorvik, for his part, said that Lirea was ready to host the next round of talks."),
    ])


def test_colon_lead_in_is_no_statement():
    body = (
        "Kastravian Foreign Minister Marta Selin held talks with the Ambassador of Lirea Piet Ormond. "
        "The minister underlined: “We will not sign an agreement that divides us.”"
    )
    assert_statements(body, [("Marta Selin", "direct", "We will not sign an agreement that divides us.")])


def test_lead_in_paragraph_said_in_part():
    body = (
        "President of Kastravia Ilona Brenn attended the graduation ceremony of the Diplomatic Academy. "
        "The President said, in part:\n\n"
        "“Diplomacy is patience. It is also courage, and you will need both.”"
    )
    assert_statements(body, [("Ilona Brenn", "direct", "Diplomacy is patience. It is also courage, and you will need both.")])


def test_indirect_statement_ends_before_and_stressed():
    body = (
        INTRO + " Marta Selin noted the importance of the water agreement and stressed: "
        "“Every village on the river must have clean water.”"
    )
    assert_statements(body, [
        ("Marta Selin", "indirect", "Marta Selin noted the importance of the water agreement"),
        ("Marta Selin", "direct", "Every village on the river must have clean water."),
    ])


def test_unquoted_direct_speech_before_the_cue():
    body = (
        "I hope our trade will double within five years, President of Kastravia Ilona Brenn said "
        "as she met with Velorian Prime Minister Radan Petrak on 4 May."
    )
    assert_statements(body, [("Ilona Brenn", "direct", "I hope our trade will double within five years")])


def test_sentence_final_cue_without_quotation_marks():
    body = (
        "President of Kastravia Ilona Brenn received Velorian Prime Minister Radan Petrak in Tarvik.\n\n"
        "Relations between the two countries are at their best in a decade, the President said."
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "Relations between the two countries are at their best in a decade, the President said."),
    ])


def test_parenthetical_cue():
    body = (
        "President of Kastravia Ilona Brenn received Velorian Prime Minister Radan Petrak in Tarvik.\n\n"
        "Cooperation on the river, the President said, was vital for both countries."
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "Cooperation on the river, the President said, was vital for both countries."),
    ])


def test_quotation_then_adding_that():
    """The report after the attribution clause starts at its verb: "Marta Selin said,"
    only attributes the quotation (GOLD-FORMAT; dev and ninth/ annotate so)."""
    body = (
        INTRO + " “The border will stay open,” Marta Selin said, "
        "adding that new crossing points would be built next year."
    )
    assert_statements(body, [
        ("Marta Selin", "direct", "The border will stay open"),
        ("Marta Selin", "indirect", "adding that new crossing points would be built next year."),
    ])


@pytest.mark.parametrize(
    "tail, report",
    [
        ("President Vesk said, addressing the pilots, and thanked them for their service.",
         "thanked them for their service."),
        ("the President said and thanked every crew that stayed at sea.", "thanked every crew that stayed at sea."),
    ],
)
def test_quotation_then_and_a_second_speech_verb(tail: str, report: str):
    """"…,” X said, and thanked …": the verb coordinated after the attribution clause
    goes on with X's report, from that verb on."""
    body = ("President Anton Vesk met the port's pilots in Tarvik. “You keep our harbour open in every storm,” "
            + tail)
    assert_statements(body, [
        ("Anton Vesk", "direct", "You keep our harbour open in every storm"),
        ("Anton Vesk", "indirect", report),
    ])


def test_quotation_then_and_a_new_subject_is_no_report():
    body = ("President Anton Vesk met the port's pilots in Tarvik. “You keep our harbour open in every storm,” "
            "the President said, and the pilots applauded.")
    assert_statements(body, [("Anton Vesk", "direct", "You keep our harbour open in every storm")])


# ---------------------------------------------------------------------------------------
# Transcripts
# ---------------------------------------------------------------------------------------

def test_transcript_labels_and_separator():
    body = (
        "Ilona Brenn held talks with Prime Minister of Veloria Radan Petrak in Tarvik.\n\n"
        "* * *\n\n"
        "President of Kastravia Ilona Brenn: Good afternoon, Prime Minister, colleagues.\n\n"
        "We are glad to welcome you in Tarvik. Our countries have a great deal to discuss.\n\n"
        "Trade between us grew by a fifth last year, and I think we can do better still.\n\n"
        "Prime Minister of Veloria Radan Petrak (retranslated): Thank you, Madam President.\n\n"
        "We came with many proposals, and I hope we will agree on most of them.\n\n"
        "* * *\n\n"
        "A number of documents were signed following the talks."
    )
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Good afternoon, Prime Minister, colleagues."),
        ("Ilona Brenn", "direct", "We are glad to welcome you in Tarvik. Our countries have a great deal to discuss."),
        ("Ilona Brenn", "direct", "Trade between us grew by a fifth last year, and I think we can do better still."),
        ("Radan Petrak", "direct", "Thank you, Madam President."),
        ("Radan Petrak", "direct", "We came with many proposals, and I hope we will agree on most of them."),
    ])


# ---------------------------------------------------------------------------------------
# Speakers
# ---------------------------------------------------------------------------------------

def test_long_title_before_the_name():
    body = (
        "Deputy Minister of Foreign Affairs and Trade of the Republic of Lirea Hana Lusk stressed "
        "that the consultations should become annual."
    )
    assert_statements(body, [("Hana Lusk", "indirect", body)])


def test_appositive_title():
    body = (
        "Lirean Prime Minister Anselm Dorvik visited the Assembly of Norvane. "
        "Dennis Vale, Speaker of the Assembly of Norvane, said that the parliament would ratify "
        "the treaty before the summer."
    )
    assert_statements(body, [
        ("Dennis Vale", "indirect",
         "Dennis Vale, Speaker of the Assembly of Norvane, said that the parliament would ratify the treaty before the summer."),
    ])


def test_mr_ms_and_surname_alone():
    body = (
        "Velorian Foreign Minister Greta Holm held talks with Lirean Foreign Minister Yusuf Tamar in Selvik.\n\n"
        "Ms Holm thanked her host for the warm welcome. Mr Tamar said that Lirea valued the partnership "
        "with Veloria. Holm proposed to set up a joint working group on fisheries."
    )
    assert_statements(body, [
        ("Greta Holm", "indirect", "Ms Holm thanked her host for the warm welcome."),
        ("Yusuf Tamar", "indirect", "Mr Tamar said that Lirea valued the partnership with Veloria."),
        ("Greta Holm", "indirect", "Holm proposed to set up a joint working group on fisheries."),
    ])


def test_the_head_of_state():
    body = (
        "Velorian President Tomas Kirel received the credentials of three new ambassadors. "
        "The head of state wished the diplomats success in their work."
    )
    assert_statements(body, [
        ("Tomas Kirel", "indirect", "The head of state wished the diplomats success in their work."),
    ])


def test_the_nationality_leader_after_country_name_title():
    body = (
        "Veloria President Tomas Kirel met with Prime Minister of Lirea Anselm Dorvik in Velm. "
        "The Velorian leader expressed hope that the talks would bring results."
    )
    assert_statements(body, [
        ("Tomas Kirel", "indirect", "The Velorian leader expressed hope that the talks would bring results."),
    ])


def test_the_president_is_the_principal_when_a_foreign_president_is_present():
    body = (
        "President Ilona Brenn of Kastravia spoke by phone today with President Tomas Kirel of Veloria. "
        "The President congratulated President Kirel on his re-election and reaffirmed Kastravia’s "
        "support for the Velorian reforms. President Kirel thanked the President for her call."
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect",
         "The President congratulated President Kirel on his re-election and reaffirmed Kastravia’s "
         "support for the Velorian reforms."),
        ("Tomas Kirel", "indirect", "President Kirel thanked the President for her call."),
    ])


def test_head_and_deputy_head_of_the_office_are_two_people():
    body = (
        "Head of the Office of the President of Kastravia Oskar Remm and Deputy Head of the Office of the "
        "President Lina Varga met with a delegation of the Lirean parliament. The Head of the Office of the "
        "President informed the guests about the progress of the reforms. The Deputy Head of the Office of "
        "the President called for closer ties between the two parliaments."
    )
    assert_statements(body, [
        ("Oskar Remm", "indirect",
         "The Head of the Office of the President informed the guests about the progress of the reforms."),
        ("Lina Varga", "indirect",
         "The Deputy Head of the Office of the President called for closer ties between the two parliaments."),
    ])


def test_his_counterpart():
    body = (
        "Kastravian Defence Minister Piet Ormond had a phone conversation with Lirean Defence Minister "
        "Edvin Sarr. Piet Ormond informed his Lirean counterpart about the situation at the border. "
        "His Lirean counterpart thanked him for the information."
    )
    assert_statements(body, [
        ("Piet Ormond", "indirect", "Piet Ormond informed his Lirean counterpart about the situation at the border."),
        ("Edvin Sarr", "indirect", "His Lirean counterpart thanked him for the information."),
    ])


def test_he_and_she_alternating():
    body = (
        "Kastravian President Ilona Brenn met with Velorian Prime Minister Radan Petrak. "
        "Ms Brenn welcomed Mr Petrak to Tarvik.\n\n"
        "She thanked him for the Velorian help during the floods. He said that Veloria wanted to buy "
        "more Kastravian grain. She assured him that supplies would not be interrupted. "
        "He invited her to visit Veloria in the autumn."
    )
    # "welcomed Mr Petrak to Tarvik" says who hosted whom: narrative
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "She thanked him for the Velorian help during the floods."),
        ("Radan Petrak", "indirect", "He said that Veloria wanted to buy more Kastravian grain."),
        ("Ilona Brenn", "indirect", "She assured him that supplies would not be interrupted."),
        ("Radan Petrak", "indirect", "He invited her to visit Veloria in the autumn."),
    ])


def test_he_after_a_narrative_sentence_is_its_subject():
    body = (
        "Lirean Prime Minister Anselm Dorvik met with Norvanian Finance Minister Kaspar Lind. "
        "He said that Lirea would join the regional investment fund."
    )
    assert_statements(body, [
        ("Anselm Dorvik", "indirect", "He said that Lirea would join the regional investment fund."),
    ])


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides stressed the importance of the new pipeline.",
        "The two ministers agreed to meet again in the spring.",
        "Both ministers welcomed the progress of the talks.",
        "They expressed concern over the drought in the region.",
        "Marta Selin and Oren Balt discussed the situation in the region.",
        "The interlocutors noted the growth of trade.",
        "The importance of the new pipeline was emphasized.",
    ],
    ids=["the-sides", "the-two-ministers", "both-ministers", "they", "X-and-Y", "interlocutors",
         "agentless-passive"],
)
def test_groups_and_agentless_passives_are_not_attributed(sentence):
    assert_statements(INTRO + " " + sentence, [])


def test_passive_with_an_agent_is_attributed():
    body = (
        "Velorian President Tomas Kirel met with Lirean Foreign Minister Yusuf Tamar. "
        "Support for the new trade route was expressed by the Velorian President."
    )
    assert_statements(body, [
        ("Tomas Kirel", "indirect", "Support for the new trade route was expressed by the Velorian President."),
    ])


# ---------------------------------------------------------------------------------------
# Verbs
# ---------------------------------------------------------------------------------------

LIND = "Norvanian Trade Minister Kaspar Lind met with the Ambassador of Lirea Edvin Sarr in Halsby."
REPORTING = [
    "thanked the ambassador for the invitation to the trade fair",
    "assured the ambassador that Norvane would honour the contract",
    "proposed to hold the next round of talks in Lirea",
    "expressed concern over the delays at the border",
    "congratulated the ambassador on the national day of Lirea",
    "invited Lirean companies to the Halsby trade fair",
    "warned that the new tariffs would hurt both economies",
    "briefed the ambassador on the new investment law",
    "underscored the need to simplify customs procedures",
    "reaffirmed Norvane’s commitment to free trade",
    "called for the swift ratification of the agreement",
    "pointed out that trade had grown by a third",
    "drew attention to the potential of the northern ports",
    "extended greetings to the President of Lirea",
    "instructed the ministry to prepare a road map for joint projects",
    "believes that the two economies complement each other",
    "is convinced that the agreement will benefit both countries",
    "stressed the importance of energy cooperation",
    "emphasized that the market must remain open",
    "noted the growth of mutual investment",
    "informed the ambassador about the privatization plans",
    "welcomed the opening of a Lirean bank branch in Halsby",
    "suggested creating a joint business council",
    "recalled the long tradition of trade between the two countries",
    "announced a new credit line for exporters",
    "urged Lirea to lift the import ban on Norvanian fish",
    "wished the people of Lirea peace and prosperity",
    "confirmed that a trade office would open in Dorvaal",
    "condemned the attack on the Lirean embassy",
    "acknowledged the problems faced by Lirean exporters",
    "spoke about the prospects of cooperation in shipbuilding",
    "discussed with the ambassador the prospects of cooperation in shipbuilding",
    "expressed gratitude for the support of Lirea",
    "conveyed the greetings of the Prime Minister of Norvane",
]


@pytest.mark.parametrize("predicate", REPORTING, ids=[p.split(" ")[0] + "-" + p.split(" ")[1] for p in REPORTING])
def test_reporting_verb_makes_an_indirect_statement(predicate):
    sentence = f"Kaspar Lind {predicate}."
    assert_statements(LIND + " " + sentence, [("Kaspar Lind", "indirect", sentence)])


NARRATIVE = [
    "met with the Ambassador of Lirea Edvin Sarr",
    "visited the port of Halsby",
    "signed a memorandum on trade with the ambassador",
    "held talks with the ambassador",
    "arrived in Halsby on Monday",
    "attended the opening of the trade fair",
    "had a conversation with the ambassador",
]


@pytest.mark.parametrize("predicate", NARRATIVE, ids=[p.split(" ")[0] for p in NARRATIVE])
def test_narrative_verb_makes_no_statement(predicate):
    body = f"Norvanian Trade Minister Kaspar Lind is on a visit to Lirea. Kaspar Lind {predicate}."
    assert_statements(body, [])


# ---------------------------------------------------------------------------------------
# Two speakers, continuations
# ---------------------------------------------------------------------------------------

def test_two_speakers_joined_by_and():
    body = (
        LIND + " Kaspar Lind thanked Edvin Sarr for the hospitality, and Edvin Sarr assured him "
        "that Lirea would remain a reliable partner."
    )
    assert_statements(body, [
        ("Kaspar Lind", "indirect", "Kaspar Lind thanked Edvin Sarr for the hospitality,"),
        ("Edvin Sarr", "indirect", "and Edvin Sarr assured him that Lirea would remain a reliable partner."),
    ])


def test_two_speakers_after_subordinate_clause():
    body = (
        LIND + " After Kaspar Lind expressed concern over the delays at the border, Edvin Sarr "
        "explained that the new customs system would be ready in June."
    )
    assert_statements(body, [
        ("Kaspar Lind", "indirect", "After Kaspar Lind expressed concern over the delays at the border,"),
        ("Edvin Sarr", "indirect", "Edvin Sarr explained that the new customs system would be ready in June."),
    ])


def test_continuation_sentences_belong_to_the_previous_speaker():
    body = (
        INTRO + "\n\n"
        "Marta Selin explained the position of Kastravia on the dam on the Selva. "
        "In particular, the dam must not reduce the flow of the river below the agreed level. "
        "However, Kastravia is ready to discuss compensation for the farmers. "
        "This would allow both countries to settle the dispute without arbitration. "
        "The meeting took place in the Foreign Ministry."
    )
    assert_statements(body, [
        ("Marta Selin", "indirect", "Marta Selin explained the position of Kastravia on the dam on the Selva."),
        ("Marta Selin", "indirect", "In particular, the dam must not reduce the flow of the river below the agreed level."),
        ("Marta Selin", "indirect", "However, Kastravia is ready to discuss compensation for the farmers."),
        ("Marta Selin", "indirect", "This would allow both countries to settle the dispute without arbitration."),
    ])


def test_narrative_after_a_statement_is_not_attributed():
    body = (
        INTRO + " Marta Selin thanked Oren Balt for the invitation. "
        "The meeting took place in the Velorian embassy.\n\n"
        "Later that day Oren Balt laid flowers at the memorial to the victims of the floods."
    )
    assert_statements(body, [("Marta Selin", "indirect", "Marta Selin thanked Oren Balt for the invitation.")])


# ---------------------------------------------------------------------------------------
# Front matter, markup
# ---------------------------------------------------------------------------------------

def test_participants_from_front_matter_resolve_a_description():
    body = (
        "The Chair opened the session of the Regional Council in Halsby. "
        "The Chair called on the members to adopt the budget before the end of the year."
    )
    assert_statements(
        body,
        [("Ilona Brenn", "indirect", "The Chair called on the members to adopt the budget before the end of the year.")],
        participants=(Participant("Ilona Brenn", ("the Chair",)),),
    )


def test_one_person_listed_twice_in_front_matter_is_one_speaker():
    # The person, never the mention: two front-matter entries with one name are one
    # speaker (one name, one colour), whichever entry a mention matches.
    body = (
        "“We must adopt the budget before the end of the year,” Ilona Brenn said.\n\n"
        "“The budget is balanced,” the Chair added."
    )
    result = assert_statements(
        body,
        [
            ("Ilona Brenn", "direct", "We must adopt the budget before the end of the year"),
            ("Ilona Brenn", "direct", "The budget is balanced"),
        ],
        participants=(Participant("Ilona Brenn"), Participant("Ilona Brenn", ("the Chair",))),
    )
    assert [s.name for s in result.speakers] == ["Ilona Brenn"]


def test_markup_inside_a_quotation_is_kept_verbatim():
    quoted = "Press [bold]here[/bold] or [@click=app.quit] to leave, that is what the sign said"
    body = "Veloria President Tomas Kirel visited the new border post at Selvik.\n\n" f"“{quoted},” Tomas Kirel said."
    result = assert_statements(body, [("Tomas Kirel", "direct", quoted)])
    (statement,) = [s for s in result.statements if s.speaker is not None]
    assert "[bold]here[/bold]" in statement.text and "[@click=app.quit]" in statement.text


# ---------------------------------------------------------------------------------------
# Rules found on readouts the engine had not seen
# ---------------------------------------------------------------------------------------

def test_the_head_of_state_is_not_the_head_of_an_office():
    body = (
        "Head of the President's Office Mira Sand opened the meeting with members of parliament. "
        "President of Veloria Tomas Kirel and Prime Minister Ivo Dask also took part. "
        "The Head of State stressed the importance of a defence coalition in the parliament."
    )
    assert_statements(
        body,
        [("Tomas Kirel", "indirect", "The Head of State stressed the importance of a defence coalition in the parliament.")],
    )


def test_two_people_agreeing_together_is_no_ones_statement():
    body = (
        "President of Lirea Amara Quell held a telephone conversation with Federal Chancellor of Osterra "
        "Paulo Renz. The President of Lirea and the Federal Chancellor of Osterra agreed that the talks "
        "would continue. Paulo Renz noted that the grid would be repaired by winter."
    )
    assert_statements(
        body, [("Paulo Renz", "indirect", "Paulo Renz noted that the grid would be repaired by winter.")]
    )


def test_a_relative_clause_is_not_a_statement():
    body = (
        "Vice President Teodora Lisk met Prime Minister Ivo Dask of Veloria. Teodora Lisk welcomed the "
        "investment programme for the region, which the Prime Minister announced in May."
    )
    assert_statements(
        body,
        [(
            "Teodora Lisk",
            "indirect",
            "Teodora Lisk welcomed the investment programme for the region, which the Prime Minister announced in May.",
        )],
    )


def test_this_was_stated_by_gives_the_sentence_before_to_its_speaker():
    body = (
        "Veloria is beginning to rebuild the bridges destroyed by the floods. This was announced by "
        "President Tomas Kirel at a meeting of the regional governors.\n\n"
        "President Tomas Kirel and Prime Minister Ivo Dask discussed the budget. This was stated by the "
        "President in an interview."
    )
    assert_statements(
        body, [("Tomas Kirel", "indirect", "Veloria is beginning to rebuild the bridges destroyed by the floods.")]
    )


def test_the_wife_of_the_president_is_the_first_lady():
    body = (
        "The First Lady of Veloria Ana Kirel had a phone conversation with the First Lady of Lirea Mara Quell. "
        "The wife of the President of Veloria thanked her colleague for the humanitarian aid."
    )
    assert_statements(
        body,
        [("Ana Kirel", "indirect", "The wife of the President of Veloria thanked her colleague for the humanitarian aid.")],
    )


def test_news_of_the_day_does_not_continue_a_statement():
    body = (
        "Mara Quell stressed that Lirea was ready to train doctors for Veloria. "
        "Also today, the Lirean Embassy in Veloria resumed its work in Dorvik."
    )
    assert_statements(
        body, [("Mara Quell", "indirect", "Mara Quell stressed that Lirea was ready to train doctors for Veloria.")]
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Kirel shared the details of the reconstruction plan for the northern provinces.",
        "Tomas Kirel concluded by expressing his confidence that the two countries would keep working together.",
        "Tomas Kirel closed the meeting by reiterating his support for the farmers of the north.",
        "Tomas Kirel referred to the repair of the dam as a very difficult operation.",
        "Tomas Kirel hailed the agreement as a model of cooperation between neighbours.",
        "Tomas Kirel used the occasion to thank Lirea for its help with the museum.",
        "Tomas Kirel raised the importance of lower tariffs for the region.",
        "Tomas Kirel provided details on the new investment programme.",
    ],
)
def test_speech_acts_with_their_complement(sentence):
    body = "President Tomas Kirel received Prime Minister Ivo Dask in Dorvik. " + sentence
    assert_statements(body, [("Tomas Kirel", "indirect", sentence)])


def test_an_unquoted_sentence_ending_with_said_and_a_name():
    body = (
        "Veloria does not refuse talks with Lirea, yet is ready only for talks without ultimatums, said "
        "Mira Sand, Adviser to the President. “Any dispute ends at the table,” she said.\n\n"
        "We will rebuild every bridge, said President Tomas Kirel."
    )
    assert_statements(
        body,
        [
            ("Mira Sand", "indirect", "Veloria does not refuse talks with Lirea, yet is ready only for talks without "
             "ultimatums, said Mira Sand, Adviser to the President."),
            ("Mira Sand", "direct", "Any dispute ends at the table"),
            ("Tomas Kirel", "direct", "We will rebuild every bridge"),
        ],
    )


def test_a_name_with_its_arabic_article_is_the_same_person_without_it():
    body = "Mr Farouq expressed his gratitude for the joint work on aviation security."
    result = assert_statements(
        body,
        [("Karim al-Farouq", "indirect", body)],
        title="Telephone conversation with President of Veloria Karim al-Farouq",
    )
    assert [s.name for s in result.speakers] == ["Karim al-Farouq"]


def test_a_participle_opening_does_not_hide_a_group_subject():
    body = (
        "President Tomas Kirel welcomed the invitation to visit Lirea. Noting the critical situation after "
        "the floods, the two leaders reinforced the importance of providing any support necessary."
    )
    assert_statements(body, [("Tomas Kirel", "indirect", "President Tomas Kirel welcomed the invitation to visit Lirea.")])


def test_observing_a_building_is_no_statement_but_observing_that_is():
    body = (
        "President Tomas Kirel visited Dorvik. The Head of State observed a residential building damaged by the "
        "floods. He observed that the repairs would take a year."
    )
    assert_statements(body, [("Tomas Kirel", "indirect", "He observed that the repairs would take a year.")])


def test_three_people_joined_with_commas_and_and_are_a_group():
    body = (
        "President Tomas Kirel met farmers in Dorvik. The President, Minister Ivo Dask, and Governor Mira Sand "
        "explained the steps taken to lower prices."
    )
    assert_statements(body, [])


def test_a_comma_between_the_speaker_and_a_colon_lead_in():
    body = (
        "Senator Ivo Dask, commented: “Everyone has the right to have these images removed.”\n\n"
        "Safety Advocate, Mira Sand, said: “A strong law is crucial for the victims.”\n\n"
        "Tomas Kirel, Speaker of the Assembly, said that it was an honour to receive the delegation."
    )
    assert_statements(
        body,
        [
            ("Ivo Dask", "direct", "Everyone has the right to have these images removed."),
            ("Mira Sand", "direct", "A strong law is crucial for the victims."),
            ("Tomas Kirel", "indirect", "Tomas Kirel, Speaker of the Assembly, said that it was an honour to receive the delegation."),
        ],
    )


def test_two_quotations_each_after_its_own_speaker():
    body = (
        "Governor Ivo Dask said “Slow speed kills, we need to get this done” and Governor Mira Sand "
        "explained “Chip shortages have cost thousands of jobs in the north.”"
    )
    assert_statements(
        body,
        [
            ("Ivo Dask", "direct", "Slow speed kills, we need to get this done"),
            ("Mira Sand", "direct", "Chip shortages have cost thousands of jobs in the north."),
        ],
    )


def test_he_and_another_agreeing_stays_inside_the_report():
    sentence = (
        "The Veloria leader told journalists that he and Amara Quell had agreed to enlarge the format of the talks."
    )
    body = "President Tomas Kirel held talks with President Amara Quell. " + sentence
    assert_statements(body, [("Tomas Kirel", "indirect", sentence)])


def test_welcoming_a_guest_to_a_place_is_hosting_not_speaking():
    body = (
        "President Tomas Kirel welcomed President Amara Quell of Lirea to the Palace of Dorvik to discuss the grid. "
        "President Tomas Kirel welcomed the agreement on the northern pipeline."
    )
    assert_statements(
        body, [("Tomas Kirel", "indirect", "President Tomas Kirel welcomed the agreement on the northern pipeline.")]
    )


def test_the_head_of_an_agency_is_its_director_and_an_acronym_is_no_country():
    body = (
        "Vladimir Kirel met with Federal Grid Service Director Ivo Dask. "
        "The Head of the FGS also reported on the repairs of the northern lines."
    )
    result = assert_statements(
        body, [("Ivo Dask", "indirect", "The Head of the FGS also reported on the repairs of the northern lines.")]
    )
    assert "FGS" not in [speaker.name for speaker in result.speakers]


def test_a_sentence_opening_with_an_adverb_continues_the_report():
    body = (
        "Mira Sand said over 8,000 complaints were reviewed this year. "
        "Indicatively, the number of complaints from minors has grown by 14 percent."
    )
    assert_statements(
        body,
        [
            ("Mira Sand", "indirect", "Mira Sand said over 8,000 complaints were reviewed this year."),
            ("Mira Sand", "indirect", "Indicatively, the number of complaints from minors has grown by 14 percent."),
        ],
    )


def test_according_to_someones_instructions_is_not_their_statement():
    body = (
        "President Tomas Kirel met with Prime Minister Ivo Dask.\n\n"
        "According to the President’s instructions issued in May, the ministries are drafting a law."
    )
    assert_statements(body, [])


def test_which_minister_a_description_means():
    body = (
        "Prime Minister Tomas Kirel met with Defence Minister Ivo Dask and Interior Minister Mira Sand.\n\n"
        "The interior minister said that the operation in the north had entered its final stage."
    )
    assert_statements(
        body,
        [("Mira Sand", "indirect", "The interior minister said that the operation in the north had entered its final stage.")],
        title="Prime Minister Tomas Kirel met with Defence Minister Ivo Dask and Interior Minister Mira Sand",
    )


def test_a_title_event_word_does_not_hide_the_host():
    body = "President Tomas Kirel met today with President Amara Quell of Lirea. The President emphasized the need for calm."
    assert_statements(
        body,
        [("Tomas Kirel", "indirect", "The President emphasized the need for calm.")],
        title="Readout of President Tomas Kirel Meeting with President Amara Quell of Lirea",
    )


def test_one_person_with_two_offices_and_plural_offices():
    body = (
        "Mr Kirel asked the ministries to review the case. “I have the impression that he is in a "
        "complicated situation,” the acting president told journalists later.\n\n"
        "Utility CEOs talked about their efforts to prepare for the fire season."
    )
    assert_statements(
        body,
        [
            ("Tomas Kirel", "indirect", "Mr Kirel asked the ministries to review the case."),
            ("Tomas Kirel", "direct", "I have the impression that he is in a complicated situation"),
        ],
        title="Acting President and Prime Minister Tomas Kirel met with Interior Minister Mira Sand",
    )


def test_a_sentence_opened_by_its_source_is_all_that_sources_report():
    """'According to X, …' and 'As X said, …' open a sentence that is X's: what
    someone else confirmed or stressed inside it is what X reported."""
    body = (
        "President of Lirea Anton Vesk met Chancellor Ida Morn in Tarsel. According to the President, "
        "Ida Morn confirmed Norvane's intention to fund the new grid. As Minister Pavel Ors said, the "
        "message stressed that the border talks must go on.\n\n"
        "According to Anton Vesk, the discussion and adoption of the plan would help both countries."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect",
             "According to the President, Ida Morn confirmed Norvane's intention to fund the new grid."),
            ("Pavel Ors", "indirect",
             "As Minister Pavel Ors said, the message stressed that the border talks must go on."),
            ("Anton Vesk", "indirect",
             "According to Anton Vesk, the discussion and adoption of the plan would help both countries."),
        ],
    )


def test_both_of_two_and_officials_with_one_person_are_groups():
    body = (
        "Vice President Mara Ilsen spoke with Director-General Oren Tal. The Vice President thanked him "
        "for his work. Both the Director-General and the Vice President reiterated that they look forward "
        "to meeting in person.\n\n"
        "The Administration officials and the Governor reiterated their commitment to these conversations.\n\n"
        "The Vice President shared what she has heard about the challenges they are experiencing, and she "
        "encouraged the governors to work together."
    )
    assert_statements(
        body,
        [
            ("Mara Ilsen", "indirect", "The Vice President thanked him for his work."),
            # ("shared what she has heard" tells, as "shared that" does: the whole sentence is hers)
            ("Mara Ilsen", "indirect", "The Vice President shared what she has heard about the challenges they "
             "are experiencing, and she encouraged the governors to work together."),
        ],
    )


def test_expects_that_is_a_belief():
    body = (
        "President Anton Vesk expects that the second meeting of the partners will bring new decisions. "
        "The ministry expected the delegation on Monday."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect",
          "President Anton Vesk expects that the second meeting of the partners will bring new decisions.")],
    )


def test_called_it_a_characterises_in_words():
    body = (
        "President Anton Vesk spoke about the new quota. He called it a forced measure. "
        "He called the Prime Minister on Monday."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect", "President Anton Vesk spoke about the new quota."),
            ("Anton Vesk", "indirect", "He called it a forced measure."),
        ],
    )


def test_one_person_looking_forward_to_something_says_so():
    """'looks forward to' is a hope put in words (as 'expressed hope'); the leaders
    looking forward together say nothing of their own."""
    body = (
        "President Anton Vesk spoke with Prime Minister Ida Morn. The President looked forward to "
        "visiting her home town in May. The leaders look forward to the summit."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect", "The President looked forward to visiting her home town in May.")],
    )


def test_a_sentence_between_two_statements_of_one_person_carries_on_their_words():
    body = (
        "President Anton Vesk met farmers in Tarsel.\n\n"
        "The reform of land law is a priority task, he said. During the last few years Lirea has seen "
        "major changes in this sphere. The adoption of the new law would promote housing in rural "
        "regions, he said.\n\n"
        "President Vesk stressed that the harvest was good. In addition, the President watched the new "
        "machines at work. Attention was drawn to the price of fuel. He thanked the farmers for their work."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect", "The reform of land law is a priority task, he said."),
            ("Anton Vesk", "indirect", "During the last few years Lirea has seen major changes in this sphere."),
            ("Anton Vesk", "indirect",
             "The adoption of the new law would promote housing in rural regions, he said."),
            ("Anton Vesk", "indirect", "President Vesk stressed that the harvest was good."),
            ("Anton Vesk", "indirect", "He thanked the farmers for their work."),
        ],
    )


def test_a_name_right_after_a_full_stop_is_a_name_of_its_own():
    """'… in Tarsel. President Ilona Brenn …': the capitalised words run on across the
    full stop, but a sentence's last word and the next one's name are two things."""
    body = (
        "The talks took place in Tarsel. President Ilona Brenn and President Tomas Kirel met for two "
        "hours. Later, Mr. Kirel praised the hosts. Ms Brenn thanked him."
    )
    result = attribute(body)
    mentioned = {body[m.start:m.end] for m in result.mentions}
    assert {"President Ilona Brenn", "President Tomas Kirel"} <= mentioned
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Tomas Kirel", "Later, Mr. Kirel praised the hosts."), ("Ilona Brenn", "Ms Brenn thanked him.")]


def test_inquiring_is_asking():
    body = (
        "President Anton Vesk met the crew of the Tarsel. He inquired about the recovery of the sailors "
        "injured in the storm. The minister enquired whether the port would reopen."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect", "He inquired about the recovery of the sailors injured in the storm.")],
    )


def test_in_the_opinion_of_someone_is_their_statement():
    body = (
        "President Anton Vesk met the press in Tarsel. In the opinion of the head of state, the new law "
        "will help farmers. In the view of many experts, prices will rise. In the words of President Vesk, "
        "the border stays open."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect", "In the opinion of the head of state, the new law will help farmers."),
            ("Anton Vesk", "indirect", "In the words of President Vesk, the border stays open."),
        ],
    )


def test_a_surname_that_is_also_an_institution_word_after_an_honorific():
    """'Chambers', 'House', 'Banks' make a run an organisation ("Chamber of Commerce",
    "White House"); after Mr. or Ms. they are a surname."""
    body = (
        "The Minister met business leaders in Tarsel. Mr. Chambers provided an update on the new port. "
        "Ms. House stressed that exports had doubled. The Chamber of Commerce welcomed the plan."
    )
    assert_statements(
        body,
        [
            ("Chambers", "indirect", "Mr. Chambers provided an update on the new port."),
            ("House", "indirect", "Ms. House stressed that exports had doubled."),
        ],
    )


def test_a_with_clause_of_one_person_saying_something_is_theirs():
    body = (
        "President Anton Vesk met Prime Minister Ida Morn. The two leaders discussed the harbour, "
        "with President Vesk expressing the hope that it would reopen soon. "
        "They toured the docks, with a band playing."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect", "President Vesk expressing the hope that it would reopen soon.")],
    )


def test_a_report_goes_on_in_sentences_where_no_one_acts():
    """After a statement, a sentence of the same paragraph that names no one and in
    which no one acts carries on what was being reported; one with an actor of its
    own, at its head or after an opening phrase, is narrative."""
    body = (
        "Minister Ida Morn reported on the harvest. The grain output rose by 5% and exports by 2%. "
        "During the visit, the delegation toured a mill. Earlier this year, TRA issued new quotas."
    )
    assert_statements(
        body,
        [
            ("Ida Morn", "indirect", "Minister Ida Morn reported on the harvest."),
            ("Ida Morn", "indirect", "The grain output rose by 5% and exports by 2%."),
        ],
    )


def test_reinforcing_a_commitment_is_reaffirming_it():
    body = (
        "President Anton Vesk met Prime Minister Ida Morn. President Vesk reinforced Tarsel’s commitment "
        "to the defence treaty. The navy reinforced the northern bases."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect", "President Vesk reinforced Tarsel’s commitment to the defence treaty.")],
    )


def test_speaking_to_a_subject_is_speaking_about_it():
    body = (
        "Minister Ida Morn spoke to President Anton Vesk on Monday. She spoke to the importance of the "
        "harbour treaty. President Vesk spoke to how the treaty would lower prices."
    )
    assert_statements(
        body,
        [
            ("Ida Morn", "indirect", "She spoke to the importance of the harbour treaty."),
            ("Anton Vesk", "indirect", "President Vesk spoke to how the treaty would lower prices."),
        ],
    )


def test_what_a_meeting_in_the_title_is_about_is_nobody():
    body = (
        "President Anton Vesk met state legislators in Tarsel. The President called on the "
        "legislature to ban hidden fees."
    )
    result = assert_statements(
        body,
        [("Anton Vesk", "indirect", "The President called on the legislature to ban hidden fees.")],
        title="Readout of the Presidential Convening on Combatting Hidden Fees",
    )
    assert [speaker.name for speaker in result.speakers] == ["Anton Vesk"]


def test_companies_schools_and_clubs_are_not_people():
    body = (
        "President Anton Vesk met business leaders in Tarsel. Tarsel Mutual Insurance said it would build "
        "a clinic. The Harbour Sailing Club stressed that the port must stay open. "
        "The President thanked the participants."
    )
    result = assert_statements(
        body,
        [("Anton Vesk", "indirect", "The President thanked the participants.")],
    )
    assert [speaker.name for speaker in result.speakers] == ["Anton Vesk"]


def test_an_office_said_after_a_name_is_that_persons():
    """'X, the Minister of Energy,' gives X the office (so "the Minister" is X), and a
    name that opens its sentence with its office after it is someone, whom "he"
    means later; '…, the Vice President said' is not an office of what precedes."""
    body = (
        "President Anton Vesk met Ida Morn, the Minister of Energy. The Minister stressed that prices fell.\n\n"
        "Piet Varro, Adviser to the Head of the Office of the President spoke at a briefing in Tarsel. "
        "According to him, a working group has been set up.\n\n"
        "In her talks with Prime Minister Oskar Halden, the Vice President welcomed the new treaty."
    )
    result = assert_statements(
        body,
        [
            ("Ida Morn", "indirect", "The Minister stressed that prices fell."),
            ("Piet Varro", "indirect", "According to him, a working group has been set up."),
            # no vice president is named: the office's unnamed holder speaks, not Halden
            ("The Vice President", "indirect",
             "In her talks with Prime Minister Oskar Halden, the Vice President welcomed the new treaty."),
        ],
    )
    assert {speaker.name for speaker in result.speakers if speaker.role == "vice president"} == {"The Vice President"}


@pytest.mark.parametrize(
    ("office", "guest"),
    [
        ("Secretary-General", "President Ida Morn of Osterra"),  # a UN readout never names its Secretary-General
        ("Prime Minister", "President Ida Morn of Osterra"),
        ("Chancellor", "Prime Minister Ida Morn of Osterra"),
    ],
)
def test_the_head_of_the_office_that_publishes_the_readout_may_go_unnamed(office: str, guest: str):
    """The office's own head, called only by the office, speaks as "The <office>"."""
    said = f"The {office} thanked {guest.split(' of ')[0]} for her leadership on the ceasefire talks."
    assert_statements(
        f"The {office} spoke to {guest} this afternoon. {said}",
        [(f"The {office}", "indirect", said)],
    )


def test_a_bare_office_that_a_guest_also_holds_is_the_unnamed_host_not_the_guest():
    """"PM call with Prime Minister of Osterra": the guest is named ("Prime Minister
    Ida Morn") and the publishing office's Prime Minister never is, so "The Prime
    Minister" is the host; a person the title names and the body does not stays
    whom a bare office means ("the President" of a title's "President Anton Vesk")."""
    body = (
        "The Prime Minister spoke to Prime Minister Ida Morn of Osterra this morning.\n\n"
        "The Prime Minister congratulated Prime Minister Morn on her election victory. "
        "Prime Minister Morn thanked the Prime Minister for the support."
    )
    assert_statements(
        body,
        [
            ("The Prime Minister", "indirect", "The Prime Minister congratulated Prime Minister Morn on her election victory."),
            ("Ida Morn", "indirect", "Prime Minister Morn thanked the Prime Minister for the support."),
        ],
        title="PM call with Prime Minister of Osterra: 12 March 2025",
    )
    assert_statements(
        "The catch is a cause for concern this year, the President said.",
        [("Anton Vesk", "indirect", "The catch is a cause for concern this year, the President said.")],
        title="At a meeting with minister Piet Varro, President Anton Vesk discussed the fishing season",
    )


def test_a_name_with_its_titles_before_a_colon_and_a_quotation_is_its_speaker():
    body = (
        "Stakeholders shared the following statements.\n\n"
        "Ida Morn, Executive Director, Tarsel Harbour Trust: “The harbour must stay open.”\n\n"
        "Piet Varro, President and CEO, Varro Shipping: “We will invest in the port.”\n\n"
        "Harbour Advocate, Oskar Halden, said: “The treaty protects sailors.”"
    )
    assert_statements(
        body,
        [
            ("Ida Morn", "direct", "The harbour must stay open."),
            ("Piet Varro", "direct", "We will invest in the port."),
            ("Oskar Halden", "direct", "The treaty protects sailors."),
        ],
    )


def test_what_follows_a_possessive_is_not_a_name():
    """'the President’s Discussion' is the President's: no person named "Discussion"
    who would then be "the President" (the President, never named, is himself)."""
    body = "The senators welcomed the President’s Discussion. The President thanked the senators."
    assert [speaker.name for speaker in run(body).speakers] == ["The President"]


def test_a_speakers_office_is_the_named_one_not_head_of_state():
    body = (
        "President Anton Vesk met the ambassadors in Tarsel. The head of state wished the diplomats "
        "success in their work."
    )
    result = run(body)
    assert [(speaker.name, speaker.role) for speaker in result.speakers] == [("Anton Vesk", "President")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The President began by thanking the harbour crews for their work.",
        "The President concluded the call by reiterating his thanks to the harbour crews.",
        "The President started the meeting by welcoming the new ambassador.",
        "The President considers this treaty to be very important.",
        "The President also set a task to prepare plans for the harbour.",
        "The President reported to the Prime Minister on the state of the harbour.",
        "The President came up with the initiative to found a harbour school.",
        "The President kicked off the meeting with remarks noting the harbour's progress.",
        "The President closed the talks with a call for calm in the harbour.",
        "The President supported this initiative.",
    ],
)
def test_beginnings_endings_tasks_reports_and_initiatives_are_statements(sentence: str):
    """GOLD-FORMAT.md: thanking in the opening or closing words of a call, an opinion
    ("considers … to be"), an order ("set a task"), a report to someone and a
    proposal ("came up with the initiative") are one person's statements."""
    body = f"President Anton Vesk met Prime Minister Ida Morn in Tarsel. {sentence}"
    assert_statements(body, [("Anton Vesk", "indirect", sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        "The President began the visit at the harbour.",
        "The President considered the request.",
        "The President set the table for the guests.",
        "The President came up with the crew to the deck.",
        "The President supported the crews with new boats.",
        "The President closed the harbour with a fence.",
        "The President greeted the young actors of the harbour theatre.",
    ],
)
def test_the_same_verbs_without_speech_are_narrative(sentence: str):
    body = f"President Anton Vesk met Prime Minister Ida Morn in Tarsel. {sentence}"
    assert_statements(body, [])


def test_a_body_acting_after_a_connective_is_narrative_not_the_last_speakers_words():
    body = (
        "President Anton Vesk opened the Congress of Harbour Towns. Minister Ida Morn said that the funds "
        "are ready. In addition, the funds will reach every town by May. In addition, the Congress "
        "considered the aid that the government can give to the islands."
    )
    assert_statements(
        body,
        [
            ("Ida Morn", "indirect", "Minister Ida Morn said that the funds are ready."),
            ("Ida Morn", "indirect", "In addition, the funds will reach every town by May."),
        ],
    )


def test_said_this_at_a_meeting_only_says_where():
    body = (
        "President Anton Vesk met the press in Tarsel. The harbour will stay open, he said. "
        "The head of state said this during a meeting with foreign journalists. "
        "He said this at the summit, stressing that the treaty holds."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect", "The harbour will stay open, he said."),
            ("Anton Vesk", "indirect", "He said this at the summit, stressing that the treaty holds."),
        ],
    )


def test_the_head_of_a_nations_state_is_the_head_of_state():
    body = (
        "President of Ukraine Anton Vesk met foreign students in Kyiv. The head of the Ukrainian state "
        "stressed his goal: to change how the world sees the country."
    )
    assert_statements(
        body,
        [("Anton Vesk", "indirect",
          "The head of the Ukrainian state stressed his goal: to change how the world sees the country.")],
    )


def test_a_name_with_two_offices_in_apposition_is_the_subject():
    sentence = (
        "Ida Morn, Deputy Head of the Office of the President, Executive Secretary of the Presidium of the "
        "Congress of Harbour and Island Authorities, spoke about the task of rebuilding the harbours."
    )
    body = f"President Anton Vesk opened the Congress in Tarsel. {sentence}"
    assert_statements(body, [("Ida Morn", "indirect", sentence)])


def test_an_office_in_lower_case_before_a_name_is_that_persons():
    body = (
        "At a meeting with deputy prime minister Ida Morn, President Anton Vesk discussed the harbour. "
        "According to the deputy prime minister, the harbour will open in May."
    )
    assert_statements(
        body,
        [
            ("Anton Vesk", "indirect",
             "At a meeting with deputy prime minister Ida Morn, President Anton Vesk discussed the harbour."),
            ("Ida Morn", "indirect", "According to the deputy prime minister, the harbour will open in May."),
        ],
    )
    title_only = run("According to the deputy prime minister, the harbour will open in May.",
                     title="Meeting with deputy prime minister Ida Morn")
    assert [(s.speaker, s.kind) for s in title_only.statements] == [("Ida Morn", "indirect")]


def test_a_titled_alias_in_front_matter_neither_renames_nor_splits_the_person():
    """An alias "Prime Minister Oduya" names Oduya: the speaker stays "Casimir
    Oduya" (not the titled alias), and the text's "Amara Quell" is the participant
    whose alias is "Prime Minister Quell", one speaker with the given aliases."""
    participants = (
        Participant(name="Casimir Oduya", aliases=("Prime Minister Oduya", "Oduya"), role="Prime Minister of Norvane"),
        Participant(name="Amara Quell", aliases=("Prime Minister Quell", "Quell")),
    )
    body = (
        "Prime Minister Oduya opened the session. He welcomed the guests. "
        "Prime Minister Amara Quell of Lirea thanked Norvane for hosting the summit."
    )
    result = run(body, participants)
    speakers = {speaker.name: speaker for speaker in result.speakers}
    assert set(speakers) == {"Casimir Oduya", "Amara Quell"}
    assert {"Prime Minister Quell", "Quell"} <= set(speakers["Amara Quell"].aliases)


def test_an_office_by_its_initials_is_the_office_and_the_name_stays_the_name():
    body = (
        "NSA Morn reaffirmed the harbour treaty. National Security Advisor Ida Morn met "
        "DG Vesk in Tarsel. DG Vesk welcomed the treaty. White House Counsel Piet Varro noted the "
        "importance of the courts."
    )
    result = run(body)
    assert {(speaker.name, speaker.role) for speaker in result.speakers} == {
        ("Ida Morn", "National Security Advisor"),
        ("Vesk", "director-general"),  # (no form writes the office out: the initials' reading, in lower case)
        ("Piet Varro", "White House Counsel"),  # (the body before the office kept, as written)
    }


def test_title_participles_peoples_co_chairs_letters_and_employers_are_not_names():
    """Capitalised runs that are not a person's name: a title's participle after the
    name ("… Ida Morn Leading a Meeting"), a people ("Vaccinated Ukrainians"),
    co-chairs, a letter, and the firm after "of" ("Piet Varro of Blue Harbour Tarsel")."""
    result = run(
        "National Security Advisor Ida Morn met the harbour group. Mr. Morn reaffirmed the treaty. "
        "The Interagency Co-Chairs reiterated the commitment to the harbour towns. "
        "The ministry issued a Dear Colleague Letter, sharing more ideas. "
        "Piet Varro of Blue Harbour Tarsel explained why the fees must fall.",
        title="National Security Advisor Ida Morn Leading a Meeting of the Harbour Group",
    )
    assert {speaker.name for speaker in result.speakers} == {"Ida Morn", "Piet Varro"}
    president = run(
        "President of Ukraine Anton Vesk opened the programme. The Head of State stressed that the "
        "harbour must stay open.",
        title="Vaccinated Ukrainians aged 60 and over will receive a bonus",
    )
    assert [(s.speaker, s.kind) for s in president.statements] == [("Anton Vesk", "indirect")]


def test_a_lead_announced_by_a_head_with_two_offices_is_theirs_and_he_then_means_them():
    """"This was announced by <office>, <office> <name>": the sentence before is that
    person's (a body as its subject does not stop it), and "he" is them after it."""
    assert_statements(
        "During the talks in Tarsel, the Norvane delegation outlined its proposals for the harbour. "
        "This was announced by Head of the Norvane delegation, Head of the Harbour faction Piet Varro. "
        "\"Today we came up with an official proposal for the harbour,\" he said.",
        [
            ("Piet Varro", "indirect",
             "During the talks in Tarsel, the Norvane delegation outlined its proposals for the harbour."),
            ("Piet Varro", "direct", "Today we came up with an official proposal for the harbour,"),
        ],
    )


def test_a_subject_followed_by_a_relative_clause_without_commas_speaks():
    assert_statements(
        "Piet Varro met the delegation. Member of the delegation Ida Morn who heads the legal group "
        "added that the treaty must be binding. \"If we fix these provisions, the harbour will stay "
        "open,\" she said.",
        [
            ("Ida Morn", "indirect",
             "Member of the delegation Ida Morn who heads the legal group added that the treaty must be binding."),
            ("Ida Morn", "direct", "If we fix these provisions, the harbour will stay open,"),
        ],
    )


def test_according_to_him_governs_its_sentence_whatever_nouns_look_like_verbs_in_it():
    """"security guarantees" is no second speaker's clause: "According to him, …"
    is one statement, whole."""
    assert_statements(
        "Piet Varro stressed that the proposals will be discussed with the public. According to him, the "
        "implementation of decisions on security guarantees will take place through a referendum.",
        [
            ("Piet Varro", "indirect", "Piet Varro stressed that the proposals will be discussed with the public."),
            ("Piet Varro", "indirect", "According to him, the implementation of decisions on security guarantees "
             "will take place through a referendum."),
        ],
    )


def test_a_speech_verbs_word_used_as_an_adjective_or_a_noun_does_not_stop_the_speaker_going_on():
    """"The present objective is …" ("present" an adjective) and "As for …, security
    guarantees will not work …" ("guarantees" a noun) go on with the speaker; "46
    states have done so" (a noun subject that acts) does not."""
    assert_statements(
        "President Anton Vesk met the officers. The President also noted the need to fight the drugs "
        "trade. The present objective is to create security zones along the borders.",
        [
            ("Anton Vesk", "indirect", "The President also noted the need to fight the drugs trade."),
            ("Anton Vesk", "indirect", "The present objective is to create security zones along the borders."),
        ],
    )
    assert_statements(
        "According to Piet Varro, this mechanism is clearer than the old treaty. As for the occupied "
        "territories, since their status is not settled, international security guarantees will not "
        "work there for now.",
        [
            ("Piet Varro", "indirect", "According to Piet Varro, this mechanism is clearer than the old treaty."),
            ("Piet Varro", "indirect", "As for the occupied territories, since their status is not settled, "
             "international security guarantees will not work there for now."),
        ],
    )
    assert_statements(
        "Two years ago, Minister Ida Morn called on the provinces to extend the harbour fund. To date, "
        "46 states have done so, benefiting towns throughout the country.",
        [("Ida Morn", "indirect", "Two years ago, Minister Ida Morn called on the provinces to extend the harbour fund.")],
    )


def test_two_offices_joined_by_and_before_a_name_are_one_persons():
    """"Senior Advisor and Harbour Coordinator Piet Varro", "High Representative … for
    Trade and Security Policy Ida Morn", "The President’s Science Advisor and Board Co-Chair
    Teo Lind": one person each; "The President and Prime Minister Oduya" stay two."""
    assert_statements(
        "President Anton Vesk met the harbour group. Senior Advisor and Harbour Coordinator Piet Varro "
        "discussed the connection between ports and jobs. High Representative of the Union for Trade "
        "and Security Policy Ida Morn said the Union would assist the harbour towns. She also said "
        "that the Union office is returning to Tarsel. The President’s Science Advisor and Board "
        "Co-Chair Teo Lind noted that the meeting fell on the harbour's anniversary.",
        [
            ("Piet Varro", "indirect",
             "Senior Advisor and Harbour Coordinator Piet Varro discussed the connection between ports and jobs."),
            ("Ida Morn", "indirect", "High Representative of the Union for Trade and Security Policy Ida Morn said "
             "the Union would assist the harbour towns."),
            ("Ida Morn", "indirect", "She also said that the Union office is returning to Tarsel."),
            ("Teo Lind", "indirect", "The President’s Science Advisor and Board Co-Chair Teo Lind noted that the "
             "meeting fell on the harbour's anniversary."),
        ],
    )
    together = run("President Anton Vesk met Casimir Oduya. The President and Prime Minister Oduya discussed the harbour.")
    assert not [s for s in together.statements if "discussed" in s.text and s.speaker is not None]


def test_a_speech_verbs_word_given_as_an_object_is_a_noun():
    """"gave detailed answers to the questions" tells that answers were given, not
    what was said; "answered that …" says it."""
    result = run("President Anton Vesk visited the harbour. The President gave detailed answers to the "
                 "questions asked by the dockers.")
    assert [s.text for s in result.statements if s.speaker is not None] == []
    assert_statements(
        "President Anton Vesk visited the harbour. The President answered that the quay would be rebuilt.",
        [("Anton Vesk", "indirect", "The President answered that the quay would be rebuilt.")],
    )


def test_what_leads_up_to_a_statement_whose_speaker_is_named_at_its_end_is_theirs():
    """"A. B, President X said at a meeting.": A is X's too, unless it tells what
    happened, names someone or has a cue of its own."""
    assert_statements(
        "The storms on the coast show that the harbour remains exposed. Norvane, therefore, will "
        "rebuild the quay, President Anton Vesk said at a meeting.",
        [
            ("Anton Vesk", "indirect", "The storms on the coast show that the harbour remains exposed."),
            ("Anton Vesk", "indirect", "Norvane, therefore, will rebuild the quay, President Anton Vesk said at a meeting."),
        ],
    )
    assert_statements(
        "The talks were held in Tarsel. Norvane will rebuild the quay, President Anton Vesk said.",
        [("Anton Vesk", "indirect", "Norvane will rebuild the quay, President Anton Vesk said.")],
    )
    assert_statements(
        "Ida Morn arrived in Tarsel on Monday. Norvane will rebuild the quay, President Anton Vesk said.",
        [("Anton Vesk", "indirect", "Norvane will rebuild the quay, President Anton Vesk said.")],
    )


def test_a_message_or_letter_quoted_is_its_authors():
    """"A message sent by X … said:" and "The letter said, in part:" after "… handed a
    letter from the President to Mr Y": the quotation is the author's, not the
    messenger's or the addressee's."""
    assert_statements(
        "President Anton Vesk spoke by telephone with Lirean President Ida Morn.\n\n"
        "A message sent by Anton Vesk to the Lirean President earlier in the day said:\n\n"
        "“I am pleased to know that our dialogue keeps the harbour open.”",
        [("Anton Vesk", "direct", "I am pleased to know that our dialogue keeps the harbour open.")],
    )
    assert_statements(
        "President Anton Vesk spoke by telephone with Lirean President Ida Morn.\n\n"
        "Earlier, Chief of Staff Piet Varro, on a visit to Tarsel, handed a letter from the Norvanian "
        "President to Ms Morn.\n\n"
        "The letter said, in part:\n\n"
        "“Norvane highly praises your contribution to our friendship.”",
        [("Anton Vesk", "direct", "Norvane highly praises your contribution to our friendship.")],
    )


def test_an_office_after_a_name_and_to_is_the_other_persons():
    """"A message sent by Anton Vesk to the Lirean President": Lirea is Morn's country,
    not Vesk's, so "the Norvanian President" still finds Vesk."""
    assert_statements(
        "The Norvanian President wished Ida Morn a happy birthday.\n\n"
        "A message sent by Anton Vesk to the Lirean President earlier in the day said:\n\n"
        "“I am convinced that our friendship keeps the harbour open.”",
        [
            ("Anton Vesk", "indirect", "The Norvanian President wished Ida Morn a happy birthday."),
            ("Anton Vesk", "direct", "I am convinced that our friendship keeps the harbour open."),
        ],
        title="President Anton Vesk spoke by telephone with Lirean President Ida Morn",
    )


def test_a_question_from_someone_unnamed_in_a_transcript_is_nobodys():
    assert_statements(
        "President of Norvane Anton Vesk: Good afternoon. We discussed the harbour.\n\n"
        "Prime Minister of Lirea Ida Morn: Thank you. The quay will be rebuilt.\n\n"
        "Question: Mr Vesk, will Norvane pay for the quay?\n\n"
        "Anton Vesk: We will share the cost.",
        [
            ("Anton Vesk", "direct", "Good afternoon. We discussed the harbour."),
            ("Ida Morn", "direct", "Thank you. The quay will be rebuilt."),
            ("Anton Vesk", "direct", "We will share the cost."),
        ],
    )


def test_believed_to_have_is_no_ones_speech():
    """"individuals – both Lirean and Norvanian – believed to have been involved":
    no second speaker's clause cuts the statement."""
    assert_statements(
        "Minister Ida Morn met the harbour board. She discussed the new visa policy targeting "
        "individuals – both Lirean and Norvanian – believed to have been involved in smuggling.",
        [("Ida Morn", "indirect", "She discussed the new visa policy targeting individuals – both Lirean and "
          "Norvanian – believed to have been involved in smuggling.")],
    )


def test_relayed_and_tasked_report_speech_and_these_efforts_sum_up():
    """"relayed to the families that …" says something; "tasked the ministry to …" is
    an order (a statement), "a board tasked with oversight" is not; "These efforts
    build on …" sums up what was done, nobody's going on."""
    assert_statements(
        "Minister Ida Morn met the families. The Minister relayed to the families that there is no higher "
        "priority than their safety.",
        [("Ida Morn", "indirect", "The Minister relayed to the families that there is no higher priority than "
          "their safety.")],
    )
    assert_statements(
        "President Anton Vesk met the board. Earlier this week, the President tasked the Harbour Ministry to "
        "explore what steps it can take. These efforts build on the President’s earlier commitments to the "
        "harbour towns.",
        [("Anton Vesk", "indirect", "Earlier this week, the President tasked the Harbour Ministry to explore "
          "what steps it can take.")],
    )
    assert_statements(
        "President Anton Vesk emphasized his support for oversight and commended the Harbour Board, a body "
        "tasked with this responsibility, for its work.",
        [("Anton Vesk", "indirect", "President Anton Vesk emphasized his support for oversight and commended the "
          "Harbour Board, a body tasked with this responsibility, for its work.")],
    )


def test_the_secretary_is_the_secretary_last_named_when_two_take_part():
    assert_statements(
        "Today, Secretary of State Ida Morn and Secretary of Harbours Piet Varro hosted a virtual meeting "
        "with the harbour towns.\n\n"
        "Secretary Morn thanked the towns for their work. The Secretary noted the importance of their voice.\n\n"
        "Secretary Varro reiterated his commitment to the towns. The Secretary highlighted the importance of "
        "the quays.",
        [
            ("Ida Morn", "indirect", "Secretary Morn thanked the towns for their work."),
            ("Ida Morn", "indirect", "The Secretary noted the importance of their voice."),
            ("Piet Varro", "indirect", "Secretary Varro reiterated his commitment to the towns."),
            ("Piet Varro", "indirect", "The Secretary highlighted the importance of the quays."),
        ],
    )


def test_an_aside_in_parentheses_between_a_speaker_and_the_verb():
    assert_statements(
        "The Harbour Council met for the first time. Harbour Director Ida Morn (Council Co-Chair) emphasized "
        "the need for coordination. Finance Director Piet Varro (Co-Chair) addressed the competition for "
        "ships. Minister Teo Lind presented on the ministry's roadmap. Minister Teo Lind addressed the "
        "conference.",
        [
            ("Ida Morn", "indirect", "Harbour Director Ida Morn (Council Co-Chair) emphasized the need for coordination."),
            ("Piet Varro", "indirect", "Finance Director Piet Varro (Co-Chair) addressed the competition for ships."),
            ("Teo Lind", "indirect", "Minister Teo Lind presented on the ministry's roadmap."),
        ],
    )


def test_people_named_by_a_plural_office_and_a_person_are_a_group():
    """"state chiefs and CEO Ida Morn addressed …", "the governors and Secretary Varro
    discussed …": several people, no one speaker."""
    result = run(
        "Secretary Piet Varro met the governors. During the discussion, state chiefs and Harbour Chief "
        "Executive Officer Ida Morn addressed the investments in the ports. The governors and Secretary "
        "Varro discussed the quays."
    )
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_this_included_goes_on_with_what_the_speaker_outlined():
    """"X provided an overview of her agenda. This included the proposal …, proposed
    reforms …": "proposed" is no verb of "This"; the sentence tells what X outlined."""
    assert_statements(
        "Administrator Ida Morn provided an overview of her harbour agenda. This included the proposal to "
        "lift the moratorium on quay licenses, proposed reforms to the dredging programme and a new fund.",
        [
            ("Ida Morn", "indirect", "Administrator Ida Morn provided an overview of her harbour agenda."),
            ("Ida Morn", "indirect", "This included the proposal to lift the moratorium on quay licenses, proposed "
             "reforms to the dredging programme and a new fund."),
        ],
    )


def test_was_clear_that_or_colon_is_a_statement():
    assert_statements(
        "President Anton Vesk met the council. He was clear: the council’s failure to act endangers the "
        "harbour. The President was clear that the fund must pass. The message was clear: act now.",
        [
            ("Anton Vesk", "indirect", "He was clear: the council’s failure to act endangers the harbour."),
            ("Anton Vesk", "indirect", "The President was clear that the fund must pass."),
        ],
    )


def test_shared_how_and_reported_the_addition_report_speech_attorneys_general_are_a_group():
    assert_statements(
        "Attorney General Ida Morn met the harbour board. The Attorney General shared how the fund is "
        "improving the quays. Ms. Morn reported the addition of more than 4,000 berths. During the "
        "discussion, attorneys general shared how the law has served as a barrier.",
        [
            ("Ida Morn", "indirect", "The Attorney General shared how the fund is improving the quays."),
            ("Ida Morn", "indirect", "Ms. Morn reported the addition of more than 4,000 berths."),
        ],
    )


def test_a_president_the_readout_never_names_speaks_as_the_president():
    """The office that publishes a readout need not name its own head: "the President"
    with no president named is one speaker, "The President", and "He" is him; a
    readout that names him keeps his name."""
    assert_statements(
        "This afternoon, the President met with the Harbour Council. The President commended the Council’s "
        "members for meeting each deadline. He emphasized that families will feel more room in their budgets.",
        [
            ("The President", "indirect", "The President commended the Council’s members for meeting each deadline."),
            ("The President", "indirect", "He emphasized that families will feel more room in their budgets."),
        ],
    )
    named = run("President Anton Vesk met with the Harbour Council. The President commended the members.")
    assert [s.speaker for s in named.statements] == ["Anton Vesk"]
    assert [s.name for s in named.speakers] == ["Anton Vesk"]


def test_a_label_line_whose_title_hides_the_name_passes_the_turn_to_that_name():
    """In a list of statements under labels, "Harbour Shipping President and CEO Piet
    Varro:" on its own line is Varro's label even though its words read as two
    offices joined: what follows is his, not the last governor's."""
    result = run(
        "Participants issued the following statements:\n\n"
        "Governor Ida Morn of Tarsel:\n\n"
        "“The harbour is open to every ship,” said Governor Ida Morn.\n\n"
        "Harbour Shipping President and CEO Piet Varro:\n\n"
        "“We will invest in the port this winter,” said Piet Varro."
    )
    by_text = {s.text.split(",")[0].strip("“”"): s.speaker for s in result.statements}
    assert by_text == {"The harbour is open to every ship": "Ida Morn", "We will invest in the port this winter": "Piet Varro"}


def test_what_an_institutions_data_show_goes_on_with_the_speaker():
    """"The Harbour Office’s Survey Program data show …" right after a minister's
    statement is hers: the data are the subject, not the office."""
    assert_statements(
        "Harbour Minister Ida Morn emphasized that storms pose a severe threat to the ports. The Harbour "
        "Office’s Survey Program data show that damaged berths increased six-fold in a month.",
        [
            ("Ida Morn", "indirect", "Harbour Minister Ida Morn emphasized that storms pose a severe threat to the ports."),
            ("Ida Morn", "indirect", "The Harbour Office’s Survey Program data show that damaged berths increased "
             "six-fold in a month."),
        ],
    )


def test_spoke_to_the_investments_reports_speech():
    assert_statements(
        "President Anton Vesk met the council. Minister Ida Morn, in introducing the President, also spoke "
        "to the unprecedented investments in the ports.",
        [("Ida Morn", "indirect", "Minister Ida Morn, in introducing the President, also spoke to the "
          "unprecedented investments in the ports.")],
    )


def test_reviewed_reports_speech_and_the_leaders_reviewing_is_joint():
    assert_statements(
        "National Security Advisor Ida Morn met Minister Piet Varro. Ms. Morn reviewed the commitments to the "
        "harbour towns. The two leaders reviewed progress on the quays and Ms. Morn thanked Minister Varro "
        "for his work.",
        [
            ("Ida Morn", "indirect", "Ms. Morn reviewed the commitments to the harbour towns."),
            ("Ida Morn", "indirect", "Ms. Morn thanked Minister Varro for his work."),
        ],
    )


def test_a_known_full_name_is_a_label_once_a_transcript_is_under_way():
    """"Piet Varro:" after the President's label is Varro's turn even though the
    office he was named with ("Head of the Agency for Fishery Piet Varro") hid the
    name; a list of bodies and names under a colon stays no one's speech."""
    result = run(
        "Anton Vesk held a meeting with Head of the Agency for Fishery Piet Varro.\n\n"
        "Anton Vesk: You wanted to report on the season.\n\n"
        "Piet Varro: Mr President,\n\n"
        "The catch grew by six percent this year.\n\n"
        "Anton Vesk: Good.\n\n"
        "Organisations at the meeting included:\n\n"
        "Harbour Trust: Ida Morn\n\n"
        "Fishery Union: Piet Varro"
    )
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Anton Vesk", "You wanted to report on the season."),
        ("Piet Varro", "Mr President"),
        ("Piet Varro", "The catch grew by six percent this year."),
        ("Anton Vesk", "Good."),
    ]


def test_a_sentence_before_a_colon_is_no_label_and_the_release_it_heads_is_no_ones_quotation():
    """"The following is attributable to Spokesperson Teo Bask:" says whose press
    release follows; the release is not the spokesperson's speech, and the
    statements in it are those of the people it reports."""
    assert_statements(
        "The following is attributable to Spokesperson Teo Bask:\n\n"
        "Foreign Secretary Ida Morn met today with Osterran Foreign Minister Piet Varro in Dorvik. "
        "The Secretary underscored the strength of the partnership between the two countries. "
        "The Secretary also raised concerns about detained journalists.",
        [
            ("Ida Morn", "indirect", "The Secretary underscored the strength of the partnership between the two countries."),
            ("Ida Morn", "indirect", "The Secretary also raised concerns about detained journalists."),
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Harbour Coordinator Ida Morn made the case for why the new berths are the best answer to the storms.",
         "Ida Morn"),
        ("Minister Ida Morn presented an overview of the latest research on the harbour.", "Ida Morn"),
        ("President Anton Vesk repeatedly hit on how the storms have changed the coast.", "Anton Vesk"),
        ("Minister Ida Morn concluded the first session of the Summit by highlighting the work of the port.",
         "Ida Morn"),
    ],
)
def test_more_phrases_that_report_speech(sentence: str, speaker: str):
    assert_statements("The summit met in Dorvik. " + sentence, [(speaker, "indirect", sentence)])


def test_a_name_before_an_aside_that_describes_its_bearer_is_the_speaker():
    """"Piet Varro, one of the country’s leading pilots, warned …": Varro warns;
    "The Harbour Coalition, an alliance of shippers, announced …" is a body."""
    result = assert_statements(
        "Piet Varro, one of the country’s leading pilots, warned that the channel is silting up. "
        "Ida Morn, who runs the port of Dorvik, explained that the berths are full. "
        "The Harbour Coalition, an alliance of shippers, announced a new fund.",
        [
            ("Piet Varro", "indirect", "Piet Varro, one of the country’s leading pilots, warned that the channel is "
             "silting up."),
            ("Ida Morn", "indirect", "Ida Morn, who runs the port of Dorvik, explained that the berths are full."),
        ],
    )
    assert {speaker.name for speaker in result.speakers} == {"Piet Varro", "Ida Morn"}


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a college, an academy, a coalition: where the speaker works, not a name
        ("Piet Varro of Tarsel Community College talked about the college’s new partnership with the port.",
         "Piet Varro"),
        # the state after the town: the person is before it
        ("Mayor Ida Morn of Cray, Tarsel praised the timing of the harbour funds.", "Ida Morn"),
        # an office, then an aside: the office's bearer
        ("Piet Varro, CEO of The Harbour Group, a shipping firm in Tarsel, emphasized their work with the unions.",
         "Piet Varro"),
    ],
)
def test_a_speaker_named_with_where_they_work_or_live(sentence: str, speaker: str):
    assert_statements("The summit met in Dorvik. " + sentence, [(speaker, "indirect", sentence)])


def test_a_name_after_an_object_and_a_comma_and_is_the_subject_alone():
    """"… the visit by Prime Minister Piet Varro, and Mr. Vesk conveyed …": Varro is
    the object of "by"; the clause after ", and" is Vesk's alone."""
    assert_statements(
        "Minister Anton Vesk met Prime Minister Piet Varro. They discussed the upcoming visit to Dorvik by Prime "
        "Minister Piet Varro, and Mr. Vesk conveyed that the President looks forward to welcoming him.",
        [("Anton Vesk", "indirect", "Mr. Vesk conveyed that the President looks forward to welcoming him.")],
    )


def test_a_report_goes_on_over_passives_sums_and_common_nouns():
    """After "Mr Varro described the reform", "Amendments to harbour laws were
    drafted …" (a thing the adjective "federal" does not make a body), "All told,
    …" (no one told anything) and "Permits … were verified" (a common noun, written
    in lower case elsewhere) carry his report on; "Federal agencies have …" is a body acting."""
    assert_statements(
        "Mr Piet Varro described the reform of the harbour service. The first stage was legal. Amendments to "
        "federal laws were drafted. All told, this applied to over 200 acts. Permits for pilots were verified.\n\n"
        "Minister Ida Morn described the plan for permits. To date, federal agencies have taken a range of steps.",
        [
            ("Piet Varro", "indirect", "Mr Piet Varro described the reform of the harbour service."),
            ("Piet Varro", "indirect", "The first stage was legal."),
            ("Piet Varro", "indirect", "Amendments to federal laws were drafted."),
            ("Piet Varro", "indirect", "All told, this applied to over 200 acts."),
            ("Piet Varro", "indirect", "Permits for pilots were verified."),
            ("Ida Morn", "indirect", "Minister Ida Morn described the plan for permits."),
        ],
    )


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Mr. Vesk raised areas where the two ports have an interest in working together.", True),
        ("President Vesk raised Osterra’s blockade of the strait.", True),
        ("He articulated how the two ports can share one channel.", True),
        ("President Vesk raised harbour fees last year.", False),
        ("President Vesk raised $2 million for the port.", False),
    ],
)
def test_raising_a_topic_is_speech_raising_money_is_not(sentence: str, said: bool):
    body = "President Anton Vesk met Minister Ida Morn. " + sentence
    expected = [("Anton Vesk", "indirect", sentence)] if said else []
    assert_statements(body, expected)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Piet Varro, Professor of Economics at Dorvik, spoke about the research on harbour fees.", "Piet Varro"),
        ("Ida Morn, Head of Relations at Harbour Trust, spoke to her company’s attempt at cutting fees.", "Ida Morn"),
        ("Minister Ida Morn then spoke to a new enforcement partnership with the port.", "Ida Morn"),
        ("Minister Ida Morn also spoke to harbour pilots about the dredging of the channel.", "Ida Morn"),
        ("Finally, President Anton Vesk detailed Tarsel’s efforts to clear the channel.", "Anton Vesk"),
        ("President Anton Vesk knows that more can and must be done.", "Anton Vesk"),
        # the teller, not the one told
        ("President Anton Vesk also let Minister Ida Morn know that he was ready to send ships.", "Anton Vesk"),
        # a name inside the aside is not the subject
        ("Piet Varro, Director of the Harbour Law Center and former Chair of the Port Board under the "
         "administration of President Anton Vesk, spoke to the long history of harbour fees.", "Piet Varro"),
    ],
)
def test_speakers_and_phrases_of_panels_and_calls(sentence: str, speaker: str):
    assert_statements("The panel met in Dorvik. " + sentence, [(speaker, "indirect", sentence)])


def test_an_order_on_a_named_risk_is_nobody():
    """"the President’s Executive Order on Climate-Related Financial Risk": the
    capitalised words name a subject, not a person the President's words go to."""
    result = run("The President knows that we must act. To support this, the President’s Executive Order on "
                 "Climate-Related Financial Risk called on the Council of Economic Advisers to act.")
    assert {speaker.name for speaker in result.speakers} == {"The President"}


def test_he_after_an_office_that_opened_the_sentence_before_is_that_office_holder():
    """"The President spoke to Senator Ida Morn … He reiterated …": the President,
    not the senator named later in the sentence."""
    assert_statements(
        "President Anton Vesk took office in May.\n\n"
        "The President spoke to Senator Ida Morn today to thank her for her work on the harbour bill. "
        "He reiterated his strong support for the bill.",
        [("Anton Vesk", "indirect", "He reiterated his strong support for the bill.")],
    )


def test_an_event_called_off_does_not_go_on_with_the_speaker():
    assert_statements(
        "Minister Ida Morn spoke with Prime Minister Piet Varro. She expressed her sympathy for his illness. "
        "The breakfast at the harbour was cancelled out of an abundance of caution.",
        [("Ida Morn", "indirect", "She expressed her sympathy for his illness.")],
    )


def test_a_long_label_with_initials_before_a_quotation_names_its_speaker():
    """"Ida Morn, Professor of Law (Research) & Harbour Fellow, S.J. Varro College of
    Law, University of Tarsel: “…”": the quotation is hers, not the last speaker's."""
    result = run(
        "Participants issued the following statements:\n\n"
        "Piet Varro, CEO, Harbour Shipping: “We will invest in the port.”\n\n"
        "Ida Morn, Professor of Law (Research) & Harbour Fellow, S.J. Varro College of Law, University of "
        "Tarsel: “The old harbour law is like sailing a raft, and it is time to build a ship.”"
    )
    assert [(s.speaker, s.text[:12]) for s in result.statements] == [
        ("Piet Varro", "We will inve"), ("Ida Morn", "The old harb")]


def test_a_name_after_an_acronym_that_ends_a_sentence_is_read_on_its_own():
    """"… next steps for HPF. Vice President Ida Morn was joined by President Piet
    Varro … She thanked …": the run of capitals does not cross "HPF." into the next
    sentence, so Morn opens hers and "She" is Morn."""
    assert_statements(
        "Vice President Ida Morn convened the Harbour Partnership Fund (HPF) today.\n\n"
        "The Vice President convened leaders to discuss next steps for HPF. Vice President Morn was also joined "
        "by special guest President Piet Varro of Tarsel. She thanked partners for their support.",
        [("Ida Morn", "indirect", "She thanked partners for their support.")],
    )


def test_an_infinitive_speech_verb_after_continues_to_is_the_subjects():
    assert_statements(
        "President Anton Vesk met the governors. The President continues to call on the council to pass the "
        "harbour bill. He also shared his intentions to instruct more agencies. As the President continues to "
        "call for repeal of the toll, the Harbour Office is also working with the ports.",
        [
            ("Anton Vesk", "indirect", "The President continues to call on the council to pass the harbour bill."),
            ("Anton Vesk", "indirect", "He also shared his intentions to instruct more agencies."),
        ],
    )


def test_a_speech_verb_without_its_complement_does_not_stop_a_report_going_on():
    """"… thawing ice, which presents a risk to food security" says nothing ("present"
    reports speech only with its complement: "presented on", "presented a proposal"),
    so the sentence carries the minister's report on; "That’s why the Office has …"
    sums up, no one goes on."""
    assert_statements(
        "Harbour Minister Ida Morn discussed how storms are displacing coastal villages. More and more villages, "
        "for example, are facing thawing ice, which presents a risk to food security.\n\n"
        "President Anton Vesk noted that fees keep rising. That’s why the Harbour Office has made it a priority "
        "to bring down fees.",
        [
            ("Ida Morn", "indirect", "Harbour Minister Ida Morn discussed how storms are displacing coastal villages."),
            ("Ida Morn", "indirect", "More and more villages, for example, are facing thawing ice, which presents a "
             "risk to food security."),
            ("Anton Vesk", "indirect", "President Anton Vesk noted that fees keep rising."),
        ],
    )


@pytest.mark.parametrize("verb", ["quoted", "summarized", "lamented"])
def test_quoting_summarizing_and_lamenting_report_speech(verb: str):
    sentence = f"Piet Varro, former Minister of the Harbour, {verb} an old saying of the pilots."
    assert_statements("President Anton Vesk met guests in Dorvik. " + sentence, [("Piet Varro", "indirect", sentence)])


def test_two_adverbs_joined_by_and_sit_between_a_speaker_and_the_verb():
    assert_statements(
        "The meeting was held. President Anton Vesk has repeatedly and forcefully called for the council to "
        "repeal the toll. The sides talked and then parted.",
        [("Anton Vesk", "indirect", "President Anton Vesk has repeatedly and forcefully called for the council to "
          "repeal the toll.")],
    )


def test_an_office_for_a_continent_before_a_name_and_providing_information():
    """"Coordinator for the Middle East and North Africa Piet Varro": Africa is a
    place, not his first name; "provided information about" reports speech."""
    sentence = ("In addition, Harbour Coordinator for the Middle East and North Africa Piet Varro provided "
                "information about the port’s support for the fleet.")
    result = assert_statements("Minister Ida Morn met the pilots. " + sentence, [("Piet Varro", "indirect", sentence)])
    assert "Piet Varro" in {speaker.name for speaker in result.speakers}


def test_welcoming_a_number_of_guests_is_hosting_them():
    assert_statements(
        "On Thursday, Minister Ida Morn welcomed 20 leaders of harbour colleges to the ministry. "
        "Minister Ida Morn welcomed the progress on the new berths.",
        [("Ida Morn", "indirect", "Minister Ida Morn welcomed the progress on the new berths.")],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The President shared his greetings and well wishes with the people of Tarsel.",
        "The President reinforced the need for all sides to keep the channel open.",
        "The President reflected on the strength of the harbour partnership.",
        "The President echoed the Minister in expressing the need to clear the channel.",
        "The President also directed harbour agencies to mitigate the damage.",
        "In his memorandum, the President charged the Harbour Office with reporting on the toll.",
    ],
)
def test_greetings_needs_reflections_echoes_and_orders_report_speech(sentence: str):
    assert_statements("President Anton Vesk met the council. " + sentence, [("Anton Vesk", "indirect", sentence)])


def test_a_sentence_between_two_quotations_printed_backwards_is_its_own():
    """”…“ (marks printed backwards): the sentence after the first quotation's
    closing mark is a sentence of its own, with its own speech verb."""
    result = run(
        "President Anton Vesk met journalists. ”I believe the port has done well.“ He said that he saw no "
        "reason to close it. ”If the council has questions, they can be asked,“ he noted."
    )
    assert [(s.speaker, s.kind, s.text) for s in result.statements] == [
        ("Anton Vesk", "direct", "I believe the port has done well."),
        ("Anton Vesk", "indirect", "He said that he saw no reason to close it."),
        ("Anton Vesk", "direct", "If the council has questions, they can be asked"),
    ]


@pytest.mark.parametrize(
    "sentence",
    ["He re-affirmed the President’s commitment to the port.", "He re-iterated that the port stays open.",
     "He also listed several more functions of the harbour service."],
)
def test_hyphenated_re_verbs_and_listing_report_speech(sentence: str):
    assert_statements("Minister Piet Varro met the council. " + sentence, [("Piet Varro", "indirect", sentence)])


def test_names_listed_in_an_annex_are_no_speech():
    assert_statements("Minister Piet Varro met the council. The names were listed in the annex.", [])


def test_a_paragraph_that_opens_with_a_report_is_that_report_to_its_end():
    """A paragraph opened by one person's report goes on being theirs in the sentences
    where no person, group or name acts, even after one that was not a statement and
    with a body of the report as subject; not where someone is named, nor after an
    opening that takes a stance or tells of an earlier time."""
    body = (
        "President Anton Vesk met Harbour Service Director Ida Morn.\n\n"
        "Ms Morn described the reform of the harbour service. The first stage was legal and regulatory. "
        "The piers were inspected and repaired, including by diving surveys. "
        "The licences of all pilots were checked. The service also runs four rescue boats on the northern coast. "
        "Charter ferries carried 2,300 people during the storms. Later, President Vesk toured the new pier.\n\n"
        "President Vesk made clear that the harbour would stay open. The harbour authority is showing it will use "
        "every tool to keep it open.\n\n"
        "Last month, Ms Morn briefed the council on the harbour budget. Ferry traffic has doubled since 2020."
    )
    assert_statements(
        body,
        [
            ("Ida Morn", "indirect", "Ms Morn described the reform of the harbour service."),
            ("Ida Morn", "indirect", "The first stage was legal and regulatory."),
            ("Ida Morn", "indirect",
             "The piers were inspected and repaired, including by diving surveys."),
            ("Ida Morn", "indirect", "The licences of all pilots were checked."),
            ("Ida Morn", "indirect", "The service also runs four rescue boats on the northern coast."),
            ("Ida Morn", "indirect", "Charter ferries carried 2,300 people during the storms."),
            ("Anton Vesk", "indirect", "President Vesk made clear that the harbour would stay open."),
            ("Ida Morn", "indirect", "Last month, Ms Morn briefed the council on the harbour budget."),
        ],
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "President Vesk stressed that the treaty is clear, binding security guarantees for Tarsel.",
        "President Vesk underlined respect for the sovereignty of all states bordering the strait.",
        "President Vesk discussed the harbour fund, including through the recently announced port partnership.",
        "President Vesk emphasized the importance of having all voices at the table.",
        "President Vesk said that after reading the report, his country advised the council to act.",
    ],
)
def test_a_noun_or_participle_read_as_a_verb_does_not_cut_a_statement_short(sentence: str):
    """A later "cue" with no person that begins no clause (a noun or participle after a
    thing: "security guarantees", "the recently announced"; a word after a preposition:
    "of all states") leaves the speaker's statement whole."""
    assert_statements("President Anton Vesk met Minister Ida Morn. " + sentence, [("Anton Vesk", "indirect", sentence)])


def test_a_clause_of_others_after_while_still_ends_the_statement():
    body = ("President Anton Vesk met students in Tarsel. President Vesk expressed hope that the students would "
            "come again, while the students invited him to the festival.")
    assert_statements(body, [("Anton Vesk", "indirect",
                              "President Vesk expressed hope that the students would come again,")])


@pytest.mark.parametrize(
    "sentence",
    [
        "Noting the role of our partners in the talks, Minister Ida Morn stressed that no decision on the port "
        "would be taken without Tarsel.",
        "Discussing ways to rebuild our harbour, Minister Ida Morn underlined the importance of new cranes.",
    ],
)
def test_an_opening_phrase_with_our_before_a_cue_and_its_complement_is_one_report(sentence: str):
    """"our" in a participle or a phrase before a cue that has its own complement makes
    no unquoted direct speech: the sentence is one indirect statement, that phrase
    included ("I hope …, she said" is direct because the cue closes the sentence)."""
    body = "President Anton Vesk met Minister Ida Morn. " + sentence + " We will open the port in May, Ms Morn said."
    assert_statements(body, [("Ida Morn", "indirect", sentence),
                             ("Ida Morn", "direct", "We will open the port in May,")])


def test_detailed_before_an_abbreviation_with_a_full_stop():
    """"detailed U.S. efforts": the complement "U.S." ends in a full stop, after which
    no word boundary comes; the verb still reports."""
    sentence = "Finally, President Anton Vesk detailed U.S. efforts to reopen the Tarsel port."
    assert_statements("President Anton Vesk spoke with Minister Ida Morn. " + sentence,
                      [("Anton Vesk", "indirect", sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        "In his remarks at the forum, President Vesk emphasized support for the Tarsel port.",
        "Responding to the concerns expressed by Minister Ida Morn, President Vesk stressed that the port would stay open.",
    ],
)
def test_an_opening_phrase_with_a_noun_read_as_a_verb_stays_in_the_report(sentence: str):
    """A "cue" with no person in the phrase that opens the sentence ("his remarks",
    "the concerns expressed by …") begins no clause: the whole sentence is the
    speaker's indirect statement, the opening phrase included."""
    assert_statements("President Anton Vesk met Minister Ida Morn in Tarvik. " + sentence,
                      [("Anton Vesk", "indirect", sentence)])


def test_indicated_that_reports_and_data_that_indicate_do_not():
    """"X indicated that …" says something, as "noted that" does; figures that
    indicate something have no person to say it."""
    body = ("President Anton Vesk met Minister Ida Morn in Tarvik. President Vesk indicated that the port "
            "would stay open through the winter. The harbour figures indicate that traffic has doubled.")
    assert_statements(body, [("Anton Vesk", "indirect",
                              "President Vesk indicated that the port would stay open through the winter.")])


@pytest.mark.parametrize(
    "sentence",
    [
        "The President lauded Tarsel’s close partnership throughout the crisis.",
        "He also previewed his announcement of new funds for the harbour.",
        "President Vesk recounted the effort to rebuild the port after the storm.",
    ],
)
def test_lauded_previewed_recounted_report(sentence: str):
    """"lauded" is "praised" (twelfth/NOTES), "previewed" tells of what is coming
    (seventeenth/NOTES), "recounted" tells: one person's indirect statements."""
    assert_statements("President Anton Vesk spoke with Minister Ida Morn of Tarsel. " + sentence,
                      [("Anton Vesk", "indirect", sentence)])


@pytest.mark.parametrize(
    "sentence",
    [
        "The Minister shared steps the government is taking to reopen the port.",
        "Minister Morn shared what she has heard from the pilots about the winter.",
        "Minister Morn shared lessons from her recent trip to Tarsel.",
    ],
)
def test_shared_steps_what_lessons_report(sentence: str):
    """"shared" with what one tells (steps, actions, what …, lessons, stories …) reports;
    "our shared commitment" is an adjective, and names no one."""
    body = "President Anton Vesk met Minister Ida Morn. " + sentence + " They stressed our shared commitment to the port."
    assert_statements(body, [("Ida Morn", "indirect", sentence)])


def test_a_speech_verb_after_heard_and_of_one_person_reports():
    """"X heard … and reiterated …": one person's subject before a narrative verb in the
    irregular past ("heard", as "met") governs the speech verb coordinated after it."""
    sentence = ("Minister Morn heard the pilots’ views on the harbour and reiterated her commitment to "
                "keep the port open.")
    assert_statements("President Anton Vesk met Minister Ida Morn in Tarvik. " + sentence,
                      [("Ida Morn", "indirect", sentence)])


# ---------------------------------------------------------------------------------------
# House styles of other sources (Élysée, MOFA, MFA, UN, AU, ASEAN …): general rules
# ---------------------------------------------------------------------------------------

def test_a_sentence_ends_before_a_capital_with_a_mark():
    """A full stop before "Étienne", "Ömer", "Łukasz" ends a sentence as one before
    "Anton" does: the name that opens the next sentence is its speaker, and the
    meeting before it stays narrative."""
    body = ("President Ana Restrepo met President Étienne Marchal in Calvo. Étienne Marchal stressed "
            "the importance of the harbour. Ömer Kaya thanked him for the invitation.")
    assert_statements(body, [("Étienne Marchal", "indirect", "Étienne Marchal stressed the importance of the harbour."),
                             ("Ömer Kaya", "indirect", "Ömer Kaya thanked him for the invitation.")])


def test_a_name_goes_on_over_a_capital_with_a_mark():
    """"President Ángel Suárez": a run of capitalised words goes on over a word that
    opens with "Á", "Š", "Ö", so the full name is learnt and the surname alone, later,
    is that person."""
    body = ("President Ángel Suárez met Minister Ida Morn. Suárez stressed the importance of the harbour. "
            "Vice-President Maroš Šefčovič thanked them.")
    result = assert_statements(body, [("Ángel Suárez", "indirect", "Suárez stressed the importance of the harbour."),
                                      ("Maroš Šefčovič", "indirect", "Vice-President Maroš Šefčovič thanked them.")])
    assert {speaker.name for speaker in result.speakers} == {"Ángel Suárez", "Maroš Šefčovič"}


@pytest.mark.parametrize(
    "opening",
    [
        "The Chairperson of the Tarsel Union Commission, H.E. Mr. Anton Vesk, received Minister Ida Morn today.",
        "Minister Ida Morn was received by the Chairperson of the Commission, Anton Vesk.",
    ],
)
def test_an_office_then_a_comma_then_the_name_is_that_persons_office(opening: str):
    """"The Chairperson of the Commission, H.E. Mr. Anton Vesk, received …": the office
    before the name and its comma is his (AU, ASEAN, Élysée readouts write it so), and a
    bare "The Chairperson" later is he."""
    sentence = "The Chairperson commended Tarsel for its role in the mediation."
    assert_statements(opening + " " + sentence, [("Anton Vesk", "indirect", sentence)])


def test_an_office_with_its_complement_and_the_same_office_before_a_name_are_two_people():
    """"The President of the Republic and President Restrepo": one office before the
    "and" and the same office after it are two holders (no one holds an office twice),
    as "Vice President and President Ali" are; the first is no form of Restrepo's name."""
    body = ("President Ana Restrepo of Calvaria was received at the palace. The President of the Republic and "
            "President Restrepo stressed the importance of the harbour. President Restrepo thanked him.")
    result = assert_statements(body, [("Ana Restrepo", "indirect", "President Restrepo thanked him.")])
    (restrepo,) = result.speakers
    assert not any("Republic" in alias for alias in restrepo.aliases), restrepo.aliases


def test_a_sentence_opening_with_an_abstract_noun_carries_on_the_report():
    """"Unilateralism and protectionism will lead nowhere." after "Minister Vesk pointed
    out that …" in the same paragraph: a capitalised word ending in -ism or -tion is
    no one's name, so no one else acts in the sentence and it carries on his report."""
    body = ("Minister Anton Vesk met Minister Ida Morn in Tarvik.\n\n"
            "Minister Vesk pointed out that the world is undergoing profound changes. "
            "Unilateralism and protectionism will lead nowhere.")
    assert_statements(body, [("Anton Vesk", "indirect", "Minister Vesk pointed out that the world is undergoing "
                                                        "profound changes."),
                             ("Anton Vesk", "indirect", "Unilateralism and protectionism will lead nowhere.")])


@pytest.mark.parametrize(
    "sentence",
    [
        "In his meeting with H.E. Mr. Oren Valtis, President Anton Vesk expressed his appreciation for "
        "the contributions of Lusenia.",
        "President Anton Vesk met with H.E. Ms. Ida Morn and expressed his appreciation for the "
        "contributions of Lusenia.",
    ],
)
def test_his_excellency_before_a_name_ends_no_sentence(sentence: str):
    """"H.E." (UN, AU, MEA, MOFA readouts: "with H.E. Mr. Oren Valtis") stands before a
    name, always: its full stop ends no sentence, though "Mr." after it may open one
    after "U.S."."""
    assert_statements(sentence, [("Anton Vesk", "indirect", sentence)])


@pytest.mark.parametrize("joint", [" ", "\n"])
def test_a_points_number_opens_a_sentence(joint: str):
    """"1. Opening remarks (1) At the outset, Minister Vesk stated … (2) In response, …"
    (a MOFA readout's numbered points, its lines joined or not): "(1)" opens a sentence,
    and the heading and the numbers are no part of the statements."""
    body = ("Minister Anton Vesk held a meeting with Minister Ida Morn. The overview is as follows.\n\n"
            f"1. Opening remarks{joint}"
            f"(1) At the outset, Minister Vesk stated that he welcomed the first visit of Minister Morn.{joint}"
            "(2) In response, Minister Morn expressed her appreciation for the hospitality.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "At the outset, Minister Vesk stated that he welcomed the first visit of Minister Morn."),
        ("Ida Morn", "indirect", "In response, Minister Morn expressed her appreciation for the hospitality."),
    ])


def test_a_name_after_with_is_no_subject_for_the_pronoun_after_it():
    """"While in Tarsel, Morn met with Foreign Minister Anton Vesk to discuss … She
    expressed …": the first name of the sentence follows "with", so it is the one met,
    not the subject "she" goes back to (a surname alone opens no run of names)."""
    sentence = "She expressed appreciation for cooperation on the harbour."
    body = ("Dr. Ida Morn met with President Lena Tarsk. Dr. Morn thanked her for the invitation.\n\n"
            "While in Tarsel, Morn met with Foreign Minister Anton Vesk to discuss the initiatives. " + sentence)
    assert_statements(body, [("Ida Morn", "indirect", "Dr. Morn thanked her for the invitation."),
                             ("Ida Morn", "indirect", sentence)])


def test_shri_and_smt_are_honorifics():
    """"Prime Minister Shri Arvind Deshmane", "Smt. Lata Iyer" (India's readouts): "Shri"
    and "Smt." are honorifics like "Mr" and "Mrs." (no part of the name, a man's and a
    woman's), and the full stop of "Smt." ends no sentence."""
    body = ("Prime Minister Shri Arvind Deshmane met Smt. Lata Iyer. Prime Minister Deshmane conveyed his "
            "greetings. Smt. Iyer thanked him. She also invited him to visit.")
    result = assert_statements(body, [("Arvind Deshmane", "indirect", "Prime Minister Deshmane conveyed his greetings."),
                                      ("Lata Iyer", "indirect", "Smt. Iyer thanked him."),
                                      ("Lata Iyer", "indirect", "She also invited him to visit.")])
    assert [speaker.name for speaker in result.speakers] == ["Arvind Deshmane", "Lata Iyer"]


@pytest.mark.parametrize("named", ["The Holy Father Innocent XIV", "Pope Innocent XIV", "His Holiness Pope Innocent XIV"])
def test_the_holy_father_and_the_pontiff_are_the_pope(named: str):
    """"The Holy Father Innocent XIV received …" (the Vatican's readouts): "the Holy
    Father", "the Pontiff" and "the Pope" are offices, the one office the Pope holds,
    so each later is he, however he was named first."""
    body = (f"{named} received in audience President Ida Morn of Tarsel. The Holy Father expressed his "
            "closeness to the people of Tarsel. President Morn thanked him. The Pontiff assured her of his prayers.")
    assert_statements(body, [
        ("Innocent XIV", "indirect", "The Holy Father expressed his closeness to the people of Tarsel."),
        ("Ida Morn", "indirect", "President Morn thanked him."),
        ("Innocent XIV", "indirect", "The Pontiff assured her of his prayers."),
    ])


@pytest.mark.parametrize(
    "named, style",
    [
        ("His Majesty King Harald Vesk", "His Majesty"),
        ("His Royal Highness Prince Faisal bin Tariq, Crown Prince and Prime Minister,", "His Royal Highness"),
        ("His Highness Sheikh Omar bin Rashid", "His Highness"),
        ("His Excellency President Lars Odum", "His Excellency"),
    ],
)
def test_a_style_of_address_is_the_holder_of_its_office(named: str, style: str):
    """"His Royal Highness affirmed …" (Saudi, Gulf, Jordanian readouts): a style of
    address alone is the king, prince or emir it addresses, the subject named just
    before included ("His" here says whose style, not someone else's, as "his
    counterpart" does), never the guest."""
    person = {"His Majesty": "Harald Vesk", "His Royal Highness": "Faisal bin Tariq",
              "His Highness": "Omar bin Rashid", "His Excellency": "Lars Odum"}[style]
    body = (f"{named} received Foreign Minister Ido Morn of Tarsel. Minister Morn conveyed greetings. "
            f"{style} affirmed support for the efforts of Tarsel.")
    assert_statements(body, [("Ido Morn", "indirect", "Minister Morn conveyed greetings."),
                             (person, "indirect", f"{style} affirmed support for the efforts of Tarsel.")])


def test_the_chairperson_in_office_is_an_office():
    """"OSCE Chairperson-in-Office Anton Vesk visited …": "Chairperson-in-Office" is an
    office, so "the Chairperson-in-Office" later is he."""
    body = ("OSCE Chairperson-in-Office Anton Vesk, the Foreign Minister of Tarsel, visited Lurn today. "
            "During his meetings, the Chairperson-in-Office commended the authorities for their cooperation.")
    assert_statements(body, [("Anton Vesk", "indirect", "During his meetings, the Chairperson-in-Office commended "
                                                        "the authorities for their cooperation.")])


def test_according_to_a_presidential_spokesperson_in_lower_case():
    """"According to presidential spokesperson Kim Su-min, the two leaders agreed …"
    (Korean readouts): the office in lower case before the name is an office, and what
    follows is her report, whoever it tells of."""
    sentence = "According to presidential spokesperson Kim Su-min, the two leaders also agreed to launch a dialogue."
    body = "President Han Jae-won met Prime Minister Ida Morn of Tarsel on Monday. " + sentence
    assert_statements(body, [("Kim Su-min", "indirect", sentence)])


@pytest.mark.parametrize("office", ["the King", "the President", "the Pope"])
def test_an_office_after_a_verb_then_and_the_same_office_are_two_clauses(office: str):
    """"Mr. Morn thanked the King, and the King assured him …" (GOLD-FORMAT's "X
    thanked Y, and Y assured …"): the office after "thanked" is its object, so the one
    after ", and" opens a clause of its own, the other speaker's, not a pair of subjects."""
    named = {"the King": "King Harald Vesk", "the President": "President Harald Vesk",
             "the Pope": "Pope Harald"}[office]
    person = {"the King": "Harald Vesk", "the President": "Harald Vesk", "the Pope": "Harald"}[office]
    body = f"{named} received Mr. Ido Morn. Mr. Morn thanked {office}, and {office} assured him of his support."
    assert_statements(body, [("Ido Morn", "indirect", f"Mr. Morn thanked {office},"),
                             (person, "indirect", f"{office} assured him of his support.")])


def test_quotes_attributable_to_a_person_are_theirs():
    """"Quotes attributable to Foreign Minister of Tarsel, the Hon Anton Vesk:" and the
    quotation in the paragraph after it (Australian, Canadian ministers' releases): the
    label names whose it is, though it has no verb, not the last to speak before it."""
    body = ("Minister Ida Morn hosted the Foreign Minister of Tarsel, the Hon Anton Vesk, in Lurn today. "
            "Minister Morn announced new funding.\n\n"
            "Quotes attributable to Foreign Minister of Tarsel, the Hon Anton Vesk:\n\n"
            "“We are grateful for this new investment in our people.”\n\n"
            "Quotes attributable to Minister for Foreign Affairs, Ida Morn:\n\n"
            "“Tarsel is one of our closest partners.”\n\n"
            "“Today we agreed to work together on the harbour.”")
    assert_statements(body, [("Ida Morn", "indirect", "Minister Morn announced new funding."),
                             ("Anton Vesk", "direct", "We are grateful for this new investment in our people."),
                             ("Ida Morn", "direct", "Tarsel is one of our closest partners."),
                             ("Ida Morn", "direct", "Today we agreed to work together on the harbour.")])


def test_an_office_then_senator_before_a_name_and_senator_with_the_surname_are_one_person():
    """"Minister for Foreign Affairs Senator the Hon Ida Morn …" then "Senator Morn":
    the offices run together end with "Senator", so "Senator Morn" is she, not another
    Morn whose office clashes with hers."""
    body = ("Minister for Foreign Affairs Senator the Hon Ida Morn today hosted Foreign Minister Anton Vesk. "
            "Senator Morn announced new funding for the harbour.")
    result = assert_statements(body, [("Ida Morn", "indirect", "Senator Morn announced new funding for the harbour.")])
    assert [speaker.name for speaker in result.speakers] == ["Ida Morn"]


def test_mp_after_a_name_is_an_office_after_it():
    """"the Hon Anton Vesk MP" (Australian, British, New Zealand releases): "MP" after
    the name is his office written after it, not one that makes "Vesk" a country and
    the words before it no name; so "Mr Vesk" and "the MP" later are he."""
    body = ("Minister Ida Morn hosted the Foreign Minister of Tarsel, the Hon Anton Vesk MP, in Lurn. "
            "Mr Vesk thanked her for the invitation. The MP also invited her to Tarsel.")
    assert_statements(body, [("Anton Vesk", "indirect", "Mr Vesk thanked her for the invitation."),
                             ("Anton Vesk", "indirect", "The MP also invited her to Tarsel.")])


def test_pm_and_fm_before_a_name_are_offices():
    """"PM Avner Dagan", "FM Ortavo" (Israeli, British, Indonesian readouts): the
    initials are the Prime Minister's and the Foreign Minister's offices, as "NSA" is
    the National Security Advisor's, no part of the name; so "FM Ortavo" is the
    Foreign Minister Luis Ortavo named before, and a transcript label "PM Dagan:" is he."""
    body = ("PM Avner Dagan met with Foreign Minister Luis Ortavo in Yerushal. FM Ortavo stressed the friendship "
            "between the two countries.\n\n"
            "PM Dagan: Minister, welcome to Yerushal.")
    result = assert_statements(body, [("Luis Ortavo", "indirect", "FM Ortavo stressed the friendship between the two "
                                                                  "countries."),
                                      ("Avner Dagan", "direct", "Minister, welcome to Yerushal.")])
    assert [speaker.name for speaker in result.speakers] == ["Luis Ortavo", "Avner Dagan"]


def test_a_news_agency_label_with_a_question_in_a_transcript_is_no_ones():
    """"Reuters: … Do you have a comment?" in a spokesperson's press conference (China's,
    Russia's foreign ministries): a short label that names no one known, a question after
    it, is a journalist asking, unnamed; not the spokesperson going on."""
    body = ("Spokesperson Lin Hua: Foreign Minister Aldo Ferrante will visit Tarsel next week.\n\n"
            "Reuters: The Carvian side said it hopes to sign a trade deal. Do you have a comment?\n\n"
            "Lin Hua: Tarsel is ready to deepen cooperation.\n\n"
            "Bloomberg News: A follow-up question. Will there be a joint statement?\n\n"
            "Lin Hua: I have nothing to offer at the moment.")
    assert_statements(body, [("Lin Hua", "direct", "Foreign Minister Aldo Ferrante will visit Tarsel next week."),
                             ("Lin Hua", "direct", "Tarsel is ready to deepen cooperation."),
                             ("Lin Hua", "direct", "I have nothing to offer at the moment.")])


@pytest.mark.parametrize("label", ["MODERATOR", "Moderator", "OPERATOR", "Journalist"])
def test_a_moderators_label_in_a_transcript_is_no_ones(label: str):
    """"MODERATOR: We'll take two questions." (State Department remarks, press calls):
    someone unnamed speaks, as after "Question:"; not the speaker before going on."""
    body = ("SECRETARY HALLORAN: Good morning. We had a productive meeting today.\n\n"
            f"{label}: We'll take two more.\n\n"
            "SECRETARY HALLORAN: We discussed trade and security.")
    assert_statements(body, [("Halloran", "direct", "Good morning. We had a productive meeting today."),
                             ("Halloran", "direct", "We discussed trade and security.")])


@pytest.mark.parametrize("subject", ["Mansour", "President Mansour"])
def test_a_surname_or_a_title_before_a_who_clause_is_the_speaker(subject: str):
    """"Mansour, who spoke at the State House in Lurn, said …" (African, Asian
    presidencies' news-style readouts): a surname alone, or with a title, before a
    "who" clause set off by commas is the speaker, as a full name there is."""
    sentence = f"{subject}, who spoke at the State House in Lurn, said the country would invest in roads."
    body = "President Adel Mansour received Foreign Minister Ida Morn of Tarsel. " + sentence
    assert_statements(body, [("Adel Mansour", "indirect", sentence)])


def test_the_guest_is_not_the_host():
    """"The guest thanked the President …" (Central Asian presidencies' readouts): the
    guest is anyone but the readout's principal, the host whose office publishes it."""
    body = ("President Nurlan Sadykbay received Prime Minister Petra Holm of Lusarnia. The guest thanked the "
            "President for the hospitality. The Head of State noted the growth of trade.")
    assert_statements(body, [("Petra Holm", "indirect", "The guest thanked the President for the hospitality."),
                             ("Nurlan Sadykbay", "indirect", "The Head of State noted the growth of trade.")])


@pytest.mark.parametrize("style", ["H.H.", "H.M.", "H.R.H."])
def test_hh_hm_hrh_are_honorifics(style: str):
    """"H.H. Sheikh Hamad affirmed …" (UAE, Gulf readouts), "H.M. King …", "H.R.H.
    Prince …": honorifics like "H.E.", whose full stop ends no sentence, so the
    statement keeps them and the sentence before does not run into the name."""
    sentence = f"{style} Sheikh Hamad bin Rashid affirmed support for the efforts of Tarsel."
    body = "Foreign Minister Ido Morn arrived in Lurn. " + sentence
    assert_statements(body, [("Hamad bin Rashid", "indirect", sentence)])


@pytest.mark.parametrize("bullet", ["•", "-", "–"])
def test_each_point_of_a_list_is_a_sentence_of_its_own(bullet: str):
    """"Key points:\\n• Minister Vesk stressed …\\n• Minister Morn welcomed …" (a list, its
    lines in one paragraph): each point opens a sentence, its bullet in none, so each
    speaker has their own and the heading is no one's."""
    body = ("Minister Anton Vesk met Minister Ida Morn in Lurn.\n\n"
            f"Key points:\n{bullet} Minister Vesk stressed the importance of trade;\n"
            f"{bullet} Minister Morn welcomed the progress on the harbour;\n"
            f"{bullet} the ministers agreed to meet again.")
    assert_statements(body, [("Anton Vesk", "indirect", "Minister Vesk stressed the importance of trade;"),
                             ("Ida Morn", "indirect", "Minister Morn welcomed the progress on the harbour;")])


def test_a_wrapped_line_that_opens_with_a_dash_is_no_point():
    """"… stressed that the leaders\\n- including the Prime Minister - would meet": a
    line wrapped before a dash goes on with the sentence (no clause ends before it)."""
    sentence = "Minister Vesk stressed that the leaders\n- including the Prime Minister - would meet again."
    assert_statements("Minister Anton Vesk met Minister Ida Morn in Lurn. " + sentence,
                      [("Anton Vesk", "indirect", sentence)])


def test_the_holy_father_never_named_is_one_person():
    """"This morning the Holy Father received in audience …" (the Holy See's own
    readouts never name him): "the Holy Father", "the Pope" and "the Pontiff" are one
    unnamed holder of the office, as "the President" is in a readout of his own office."""
    body = ("This morning the Holy Father received in audience President Andrej Kolar of Serravia. "
            "The Holy Father thanked the President for his visit. The Pope then expressed his closeness "
            "to the Serravian people. President Kolar thanked the Pontiff.")
    assert_statements(body, [
        ("The Pope", "indirect", "The Holy Father thanked the President for his visit."),
        ("The Pope", "indirect", "The Pope then expressed his closeness to the Serravian people."),
        ("Andrej Kolar", "indirect", "President Kolar thanked the Pontiff."),
    ])


def test_eam_is_the_external_affairs_minister():
    """"EAM highlighted …" (India's readouts: "EAM Dr. Arvind Rao"): the initials are
    the External Affairs Minister's office, even without "the"."""
    body = ("External Affairs Minister Dr. Arvind Rao met Foreign Minister Ida Morn of Tarsel. "
            "EAM highlighted the growth of trade. FM Morn thanked him.")
    assert_statements(body, [("Arvind Rao", "indirect", "EAM highlighted the growth of trade."),
                             ("Ida Morn", "indirect", "FM Morn thanked him.")])


def test_a_quoted_title_is_no_statement():
    """"… released a new guide, a “Handbook for Towns: Keeping Harbour Fees Fair for
    Fishing Families.”" (GOLD-FORMAT: a quotation of a title is no statement): words
    capitalised as a title are, even when they run long and end with a full stop."""
    body = ("Minister Anton Vesk met mayors from across Tarsel. Minister Vesk thanked the mayors for "
            "their work on harbour fees. To help the mayors, the ministry released a new guide, a "
            "“Handbook for Towns: Keeping Harbour Fees Fair for Fishing Families.”")
    assert_statements(body, [("Anton Vesk", "indirect",
                              "Minister Vesk thanked the mayors for their work on harbour fees.")])


def test_a_body_after_an_opening_phrase_and_today_acts():
    """"To help the mayors, today the ministry released …" right after a statement: the
    ministry, after the opening phrase and "today", is the sentence's actor, so the
    sentence does not carry on the speaker's report."""
    body = ("Minister Anton Vesk met mayors from across Tarsel. Minister Vesk thanked the mayors for "
            "their work on harbour fees. To help the mayors, today the ministry released a guide on fees.")
    assert_statements(body, [("Anton Vesk", "indirect",
                              "Minister Vesk thanked the mayors for their work on harbour fees.")])


def test_welcoming_a_guest_and_his_delegation_to_a_place_is_hosting():
    """"X welcomed Defense Minister Prince Ilan bin Tarek Al Vesk and his accompanying
    delegation to the Palace today": a host receiving guests, not a thing welcomed in words."""
    body = ("National Security Advisor Ida Morn welcomed Lirean Defense Minister Prince Ilan bin Tarek Al Vesk "
            "and his accompanying delegation to the Palace of Dorvik today. "
            "Ms. Morn discussed ongoing efforts to secure the northern pipeline.")
    assert_statements(body, [("Ida Morn", "indirect",
                              "Ms. Morn discussed ongoing efforts to secure the northern pipeline.")])


def test_people_joined_by_and_before_an_aside_speak_together():
    """"A, B, and Dr. C, Director of …, explained …" and "A and Dr. B, co-founders of
    Tarsel Shipping, discussed …": the people listed speak together (a group: no one's
    statement), and the firm after "of" in the aside is no speaker. One alone still speaks."""
    body = ("Minister of Energy Ana Vesk, Harbour Department Chief Recovery Officer Toma Rell, and Dr. Ida Morn, "
            "Director of the Office of Harbour Services, explained the new strategy to address energy costs. "
            "Anton Kirel and Dr. Lena Tarsk, co-founders of Harbour-Link Shipping, discussed the importance of "
            "transparency.")
    assert_statements(body, [])
    sentence = "Dr. Ida Morn, Director of the Office of Harbour Services, explained the new strategy."
    assert_statements("President Anton Vesk met with Minister Toma Rell. " + sentence,
                      [("Ida Morn", "indirect", sentence)])


def test_a_pronoun_after_a_comma_and_and_opens_a_clause_of_its_own():
    """"… grateful to Kastravia for being a strong Harbour Ally, and she reiterated …":
    "she" is the subject of a clause of its own (hers), not one of a pair with the noun
    before "and" (which would make the clause a group's and drop it)."""
    body = ("Vice President Ida Morn spoke today with Chancellor Anton Vesk. The Vice President noted that she is "
            "grateful to Kastravia for hosting the fleet and for being a strong Harbour Ally, and she reiterated "
            "her commitment to the Harbour Pact.")
    assert_statements(body, [("Ida Morn", "indirect", body.split(". ", 1)[1])])


def test_states_as_a_noun_is_no_speech_verb():
    """"… relations among Kastravia, its Tarsel neighbors, and Muslim states globally":
    "states" with nothing said after it is a noun, so no second clause cuts the sentence
    (a person "states that …", "states:")."""
    sentence = ("The President expressed his full support for strong and expanding relations among Kastravia, "
                "its Tarsel neighbors, and Muslim states globally.")
    body = "President Anton Vesk met with Prime Minister Ida Morn. " + sentence
    assert_statements(body, [("Anton Vesk", "indirect", sentence)])


def test_the_last_of_a_list_after_that_is_inside_the_report():
    """"X announced that HHS, the Department of Harbours, and the Department of Labor
    proposed …", "X outlined the principles that the Vice President and the Tarsel
    Administration have laid out and discussed …": a body that ends a list of names
    after "that" begins no clause of its own (cut there, the rest would be nobody's)."""
    first = ("On July 7, President Anton Vesk announced that HHS, the Department of Harbours, and the Department "
             "of Labor proposed a new rule to crack down on junk insurance, and issued guidance to limit surprise "
             "billing.")
    second = ("On day-after planning, Dr. Ida Morn outlined the principles that the Vice President and the Tarsel "
              "Administration have publicly laid out and discussed efforts on reconstruction in the harbour.")
    assert_statements(first + "\n\n" + second, [("Anton Vesk", "indirect", first), ("Ida Morn", "indirect", second)])


def test_the_items_of_a_list_after_ones_lead_in_are_theirs():
    """"The President highlighted several examples, including:" and a paragraph per item:
    the items (their numbers left out) are his, even with a body acting in them, up to a
    paragraph with its own statement or a group as its subject. Not after "The steps X
    announced include:" (the steps are its subject) nor after a lead-in no one says
    ("Participants included:")."""
    body = ("This afternoon, President Anton Vesk met with the Harbour Council.\n\n"
            "The President highlighted several examples, including:\n\n"
            "1. New proposed rules from the Harbour Authority that would make ferry tickets cheaper.\n\n"
            "2. Last month, if your ferry was canceled, no operator guaranteed a refund.\n\n"
            "3. Agencies with oversight authority have ramped up their efforts to block mergers.\n\n"
            "The President made clear that the work goes on.\n\n"
            "The Council members then discussed a broad agenda.\n\n"
            "The President called on the Assembly to pass a Fee Act, which would:\n\n"
            "Ban surprise harbour fees.\n\n"
            "The Council members used the rest of the meeting to discuss their priorities.\n\n"
            "Participants included:\n\n"
            "The Port Office of Kastravia")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President highlighted several examples, including"),
        ("Anton Vesk", "indirect", "New proposed rules from the Harbour Authority that would make ferry tickets cheaper."),
        ("Anton Vesk", "indirect", "Last month, if your ferry was canceled, no operator guaranteed a refund."),
        ("Anton Vesk", "indirect", "Agencies with oversight authority have ramped up their efforts to block mergers."),
        ("Anton Vesk", "indirect", "The President made clear that the work goes on."),
        ("Anton Vesk", "indirect", "The President called on the Assembly to pass a Fee Act, which would"),
        ("Anton Vesk", "indirect", "Ban surprise harbour fees."),
    ])


def test_a_name_as_an_owner_does_not_end_a_report():
    """"Secretary X discussed how … President Y’s Harbour Jobs Plan includes $2B …": a
    person named only as an owner ("Y’s plan") neither acts nor speaks, so the report
    of the paragraph's speaker goes on, at the head of the sentence or inside it."""
    first = "Interior Secretary Ida Morn discussed how storms are displacing coastal towns."
    second = "President Anton Vesk’s Harbour Jobs Plan includes a $2B investment for relocation assistance."
    third = "This approach is mirrored in President Vesk’s budget, which includes $50B for resilience."
    body = "Today, the Council met at the Palace. " + "\n\n" + " ".join([first, second, third])
    assert_statements(body, [("Ida Morn", "indirect", first), ("Ida Morn", "indirect", second),
                             ("Ida Morn", "indirect", third)])


def test_sharing_resources_is_speaking():
    """"…, and Deputy Director Anton Vesk shared resources the agency has available …":
    what one shares as resources or best practices is said (a clause of its own after
    ", and"), as shared views or information are."""
    body = ("Deputy Secretary Ida Morn provided an update on the ministry’s work to finalize a harbour response "
            "plan, and Deputy Director Anton Vesk shared resources the agency has available to help manage risk.")
    assert_statements(body, [
        ("Ida Morn", "indirect",
         "Deputy Secretary Ida Morn provided an update on the ministry’s work to finalize a harbour response plan"),
        ("Anton Vesk", "indirect", "Deputy Director Anton Vesk shared resources the agency has available to help manage risk."),
    ])


def test_advisers_governors_and_mayors_are_groups():
    """"During the video conference, the diplomatic advisers coordinated their positions …",
    "In the letter, the mayors commit to “…”": plural offices are several people (no
    one's statement), as "the ministers" are, not a thing that carries a report on."""
    body = ("Deputy Head Ihor Vesk held online consultations with Adviser Ida Morn. Ihor Vesk spoke about the "
            "situation in the harbour. During the video conference, the diplomatic advisers coordinated their "
            "positions on the further dialogue.\n\n"
            "In the letter, the mayors commit to “actions that safeguard our clinics and our residents.”")
    assert_statements(body, [("Ihor Vesk", "indirect", "Ihor Vesk spoke about the situation in the harbour.")])


def test_a_quotation_inside_ones_report_is_theirs():
    """"Mr Vesk said that Kastravians had a similar saying: “The apple falls near the
    apple-tree,” and that …": a quotation with no cue of its own, inside a sentence that
    reports one person, is that person's (not the last speaker's before it)."""
    before = "Mr Kirel said the President’s son would continue his father’s work."
    after = ("To that, Mr Vesk said that Kastravians had a similar saying: “The apple falls near the apple-tree,” "
             "and that he was sure the office remained in worthy hands.")
    body = "President Anton Vesk met with Senator Ivo Kirel. " + before + " " + after
    assert_statements(body, [
        ("Ivo Kirel", "indirect", before),
        ("Anton Vesk", "indirect", "To that, Mr Vesk said that Kastravians had a similar saying:"),
        ("Anton Vesk", "direct", "The apple falls near the apple-tree,"),
        ("Anton Vesk", "indirect", "and that he was sure the office remained in worthy hands."),
    ])


def test_labelled_statements_leave_out_an_inner_said_and_take_a_label_without_colon():
    """Statements listed under labels ("Governor Ida Morn of Kastravia:" and her
    quotation): an attribution between two quotations ("…,” said Governor Ida Morn.
    “…") is no one's words; and a label that lost its colon ("Tarsel Gas President and CEO
    Anton Vesk", a short line ending with a name, a quotation next) still names who speaks."""
    body = ("The governors and companies issued the following statements:\n\n"
            "Governor Morn of Kastravia:\n\n"
            "“We know how critical heating is,” said Governor Ida Morn. “I am grateful to our partners.”\n\n"
            "Harbour Fuel President Toma Rell:\n\n"
            "“We will keep every home warm.”\n\n"
            "Tarsel Gas President and CEO Anton Vesk\n\n"
            "“We strongly support this initiative.”")
    assert_statements(body, [
        ("Ida Morn", "direct", "We know how critical heating is,"),
        ("Ida Morn", "direct", "I am grateful to our partners."),
        ("Toma Rell", "direct", "We will keep every home warm."),
        ("Anton Vesk", "direct", "We strongly support this initiative."),
    ])


def test_a_speech_verb_in_a_relative_clause_on_the_subject_is_no_cue():
    """"The new steps that Vice President Ida Morn announced include:": the steps are the
    subject, and what she announced is said of them (no statement, and no list of hers
    after it); "The President said that X announced …" stays the President's."""
    body = ("Vice President Ida Morn met with the harbour leaders.\n\n"
            "The new steps that Vice President Ida Morn announced include:\n\n"
            "The Harbour Office will display signs.\n\n"
            "The Vice President said that the Council announced new steps.")
    assert_statements(body, [("Ida Morn", "indirect", "The Vice President said that the Council announced new steps.")])


def test_a_pronoun_after_an_opening_phrase_is_its_owner():
    """"Following the Vice President’s meetings in Tarsel, she directed her adviser, Dr.
    Anton Vesk, to travel …": "she" is the one whose meetings they were (named only as
    an owner), and "He" later is still the adviser, not her."""
    first = ("Following the Vice President’s meetings with harbour leaders in Tarsel, she directed her National "
             "Security Advisor, Dr. Anton Vesk, to travel to Kastravia to update officials on her meetings.")
    second = "Throughout his meetings, Dr. Vesk reiterated the Administration’s support for the harbour."
    third = "He discussed the harbour operations and underscored the importance of the law."
    body = first + "\n\n" + second + " " + third
    assert_statements(body, [("The Vice President", "indirect", first), ("Anton Vesk", "indirect", second),
                                      ("Anton Vesk", "indirect", third)])


def test_a_future_act_of_speaking_is_no_statement():
    """"The President will provide an update about … on Monday": "will" between the
    subject and the speech verb makes it an act to come, not a report of what was said."""
    body = ("President Anton Vesk met his health advisers today. Dr. Ida Morn informed the President "
            "that the new vaccine protects well. The President will provide an update about the "
            "vaccine on Monday.")
    assert_statements(body, [("Ida Morn", "indirect",
                              "Dr. Ida Morn informed the President that the new vaccine protects well.")])


def test_a_person_who_is_grateful_expresses_gratitude():
    """"The President is grateful to all of the first responders …": one person's
    gratitude, like "is convinced", is an indirect statement (GOLD-FORMAT: belief and
    opinion of one person)."""
    body = ("President Anton Vesk spoke with Governor Ida Morn about the floods in Lurn. "
            "The President is grateful to all of the rescuers who came to the aid of Lurn.")
    assert_statements(body, [("Anton Vesk", "indirect",
                              "The President is grateful to all of the rescuers who came to the aid of Lurn.")])


def test_a_person_who_celebrates_a_milestone_hails_it():
    """"President Biden met today with Prime Minister … and celebrated the 70th anniversary
    of the … Alliance": celebrating an anniversary or milestone is hailing it, a statement
    (the whole sentence, "met … and" included); celebrating a holiday is an act."""
    first = ("President Anton Vesk met today with Prime Minister Ida Morn of Kastravia and celebrated "
             "the 50th anniversary of the Harbour Alliance.")
    body = first + "\n\nThe President celebrated Lantern Day with the harbour workers."
    assert_statements(body, [("Anton Vesk", "indirect", first)])


def test_an_order_to_this_group_is_a_statement():
    """"President Biden directed this group, as its first order of business, to develop a
    national strategy …": an order (GOLD-FORMAT), with "this" or "these" as with "the"."""
    body = ("Envoy Ida Morn met with the harbour council today. President Anton Vesk directed this group, "
            "as its first order of business, to develop a harbour strategy.")
    assert_statements(body, [("Anton Vesk", "indirect", "President Anton Vesk directed this group, as its first "
                              "order of business, to develop a harbour strategy.")])


def test_the_host_called_the_head_of_state_is_still_untitled():
    """"Anatoly Ferzin … The head of state stressed … The Veltrian President said …": the
    host the Kremlin never titles learns only "head of state" from the first description;
    he is still the untitled person "the Veltrian President" means, not the titled guest
    of another country (nor nobody)."""
    body = ("Anatoly Ferzin had a telephone conversation with President of the Republic of Drevnia "
            "Viktor Ostrovsky.\n\nAnatoly Ferzin expressed condolences over the victims of the floods. "
            "The head of state stressed that the Government would send medicine.\n\n"
            "The Drevnian leader spoke about gas prices. The Veltrian President said the ministries "
            "should hold consultations. He added that a decision would be taken soon.")
    assert_statements(body, [
        ("Anatoly Ferzin", "indirect", "Anatoly Ferzin expressed condolences over the victims of the floods."),
        ("Anatoly Ferzin", "indirect", "The head of state stressed that the Government would send medicine."),
        ("Viktor Ostrovsky", "indirect", "The Drevnian leader spoke about gas prices."),
        ("Anatoly Ferzin", "indirect", "The Veltrian President said the ministries should hold consultations."),
        ("Anatoly Ferzin", "indirect", "He added that a decision would be taken soon."),
    ], title="Telephone conversation with President of Drevnia Viktor Ostrovsky")


def test_a_ministers_portfolio_then_a_country_then_the_name():
    """"Minister of Industry and Trade of Tarkania Farid Nazarov": the words after the
    portfolio's "of" are a country the tables may not know and the minister's name, not
    an organisation's name ("Office of Gun Violence Prevention"), so "the minister" who
    speaks later is Nazarov."""
    body = ("President Viktor Ostrovsky met with Minister of Industry and Trade of Tarkania Farid Nazarov "
            "on 14 March.\n\nThe minister said that Tarkania was interested in supplies of tractors.")
    assert_statements(body, [("Farid Nazarov", "indirect",
                              "The minister said that Tarkania was interested in supplies of tractors.")])


def test_he_is_not_a_woman_by_her_first_name():
    """"Chancellor Susan Hofer thanked … He stressed …": common women's first names of
    officials (Susan, Jennifer, Olha, Oksana, Kristine …) give the gender, so "he" skips
    her for the man who spoke before."""
    body = ("President Anton Vesk spoke today with Chancellor Susan Hofer of Ostria. The President "
            "congratulated the Chancellor on her election. Chancellor Hofer thanked the President for "
            "the call. He stressed the importance of the harbour alliance.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President congratulated the Chancellor on her election."),
        ("Susan Hofer", "indirect", "Chancellor Hofer thanked the President for the call."),
        ("Anton Vesk", "indirect", "He stressed the importance of the harbour alliance."),
    ])


def test_a_first_deputy_is_no_woman():
    """"First Deputy Prime Minister Denis Koval reported … He added …": "first" is no
    mark of a woman ("First Lady" is one by "Lady"), so "he" may be the First Deputy."""
    body = ("Anatoly Ferzin held a meeting with Government members. Anatoly Ferzin thanked the Government "
            "for its work. First Deputy Prime Minister Denis Koval reported on the budget. He added that "
            "the deficit would fall. The First Lady Mira Ferzin thanked the volunteers. She noted that "
            "the shelters were full.")
    assert_statements(body, [
        ("Anatoly Ferzin", "indirect", "Anatoly Ferzin thanked the Government for its work."),
        ("Denis Koval", "indirect", "First Deputy Prime Minister Denis Koval reported on the budget."),
        ("Denis Koval", "indirect", "He added that the deficit would fall."),
        ("Mira Ferzin", "indirect", "The First Lady Mira Ferzin thanked the volunteers."),
        ("Mira Ferzin", "indirect", "She noted that the shelters were full."),
    ])


def test_a_double_office_joined_by_a_dash_is_both_offices():
    """"Deputy Prime Minister – Minister of Industry and Trade Denis Koval": two offices
    (the Kremlin's style), so "the Deputy Prime Minister" later is Koval."""
    body = ("Anatoly Ferzin held a meeting on economic issues. Deputy Prime Minister – Minister of Industry "
            "and Trade Denis Koval reported on the car industry. Anatoly Ferzin thanked him for the report. "
            "The Deputy Prime Minister also noted that car sales had grown.")
    assert_statements(body, [
        ("Denis Koval", "indirect", "Deputy Prime Minister – Minister of Industry and Trade Denis Koval reported "
                                    "on the car industry."),
        ("Anatoly Ferzin", "indirect", "Anatoly Ferzin thanked him for the report."),
        ("Denis Koval", "indirect", "The Deputy Prime Minister also noted that car sales had grown."),
    ])


def test_first_is_a_rank_not_a_country():
    """"First Vice President Mira Dal": "First" before an office is a rank, not a country
    the tables do not know (as "Lirean" is in "the Lirean minister"), so "the Ostrian
    Vice President" may be her; nor is "Armed" in "of the Armed Forces" a country."""
    body = ("President Anton Vesk received First Vice President Mira Dal in Tarvik. "
            "The Ostrian Vice President conveyed greetings from the Ostrian people.")
    assert_statements(body, [("Mira Dal", "indirect",
                              "The Ostrian Vice President conveyed greetings from the Ostrian people.")])


def test_she_is_not_a_man_by_his_first_name():
    """"Kaja Tamm expressed … The President thanked … She also noted …": common men's
    first names of officials (Viktor, Volodymyr, Joseph …) give the gender as women's do,
    so "she" skips the President no "he" has named yet."""
    body = ("President of Varenia Viktor Marchuk met with Prime Minister of Estravia Kaja Tamm. "
            "Kaja Tamm expressed support for Varenia. The President thanked Estravia for the assistance. "
            "She also noted that Estravia would allocate one percent of its GDP.")
    assert_statements(body, [
        ("Kaja Tamm", "indirect", "Kaja Tamm expressed support for Varenia."),
        ("Viktor Marchuk", "indirect", "The President thanked Estravia for the assistance."),
        ("Kaja Tamm", "indirect", "She also noted that Estravia would allocate one percent of its GDP."),
    ])


def test_the_foreign_minister_is_not_the_minister_of_defence():
    """"… Minister of Defense of Norhavn Pal Jonsen and Minister of Foreign Affairs of
    Norhavn Ingrid Berge. … The Norhavnian Foreign Minister noted …": an office that
    says its portfolio ("Foreign Minister") is not one that says another ("Minister of
    Defense"), however each is spelled; "the Lirean minister" says a country, no portfolio."""
    body = ("Minister of Defense of Varenia Rustem Umarov held talks with Minister of Defense of the Kingdom "
            "of Norhavn Pal Jonsen and Minister of Foreign Affairs of Norhavn Ingrid Berge. Pal Jonsen "
            "stressed that the package was ready. The Norhavnian Foreign Minister noted that Norhavn would "
            "support Varenia.")
    assert_statements(body, [
        ("Pal Jonsen", "indirect", "Pal Jonsen stressed that the package was ready."),
        ("Ingrid Berge", "indirect", "The Norhavnian Foreign Minister noted that Norhavn would support Varenia."),
    ])


def test_a_transcript_after_a_separator_may_open_with_a_new_name():
    """"The President held a meeting … * * * Anatoly Ferzin: Good afternoon, colleagues.":
    the Kremlin's transcript begins after the separator, and its first label may be a name
    the readout has not used before; without it, no label of the transcript was read."""
    body = ("The President held a meeting with Government members via videoconference.\n\n* * *\n\n"
            "Anatoly Ferzin: Good afternoon, colleagues.\n\n"
            "Deputy Prime Minister Anton Salov: Mr President, the budget is balanced.\n\n"
            "Anatoly Ferzin: Mr Salov, what about inflation?")
    assert_statements(body, [
        ("Anatoly Ferzin", "direct", "Good afternoon, colleagues."),
        ("Anton Salov", "direct", "Mr President, the budget is balanced."),
        ("Anatoly Ferzin", "direct", "Mr Salov, what about inflation?"),
    ], title="Meeting with Government members")


def test_the_untitled_host_named_first_is_the_principal():
    """"Anatoly Ferzin met with Chairman of the Government … Luka Pavic. … Luka Pavic
    conveyed greetings from President of Karvenia Dragan Milic. The head of state noted …":
    the host the Kremlin never titles, named first, is the readout's principal, not the
    first titled person who is not the title's guest (a president only greeted)."""
    body = ("Anatoly Ferzin met with Chairman of the Government of the Republic of Karvenia Luka Pavic.\n\n"
            "Anatoly Ferzin congratulated Mr Pavic on his appointment. Luka Pavic conveyed warm greetings "
            "from President of Karvenia Dragan Milic.\n\nThe head of state noted that trade had grown.")
    assert_statements(body, [
        ("Anatoly Ferzin", "indirect", "Anatoly Ferzin congratulated Mr Pavic on his appointment."),
        ("Luka Pavic", "indirect", "Luka Pavic conveyed warm greetings from President of Karvenia Dragan Milic."),
        ("Anatoly Ferzin", "indirect", "The head of state noted that trade had grown."),
    ], title="Meeting with Chairman of the Government of Karvenia Luka Pavic")


def test_a_speaker_of_the_parliament_of_a_country_then_the_name():
    """"Speaker of the Parliament of Lusovia Andrius Kairys": after a country's body
    (Parliament, Government, Cabinet) and "of", the run is the country and the name, as
    after a minister's portfolio; "supported this position" is his statement too."""
    body = ("President of Varenia Oleksa Marchuk met with Speaker of the Parliament of Lusovia Andrius Kairys. "
            "The President emphasized that Varenia expected the conference this year. The Speaker of the "
            "Lusovian Parliament supported this position.")
    assert_statements(body, [
        ("Oleksa Marchuk", "indirect", "The President emphasized that Varenia expected the conference this year."),
        ("Andrius Kairys", "indirect", "The Speaker of the Lusovian Parliament supported this position."),
    ])


def test_supporting_a_position_is_a_statement():
    """"The Prime Minister supported this position": one person's support of a position
    or an approach, as of a proposal or an idea."""
    body = ("President Anton Vesk spoke with Prime Minister Ida Morn. The President stressed that the "
            "harbour must stay open. The Prime Minister supported this position.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President stressed that the harbour must stay open."),
        ("Ida Morn", "indirect", "The Prime Minister supported this position."),
    ])


def test_the_head_of_state_is_the_president_of_the_republic():
    """"President of the Republic of Belovia Stanislau Vorsha … The head of state
    suggested …", "the Belovian leader noted …": an office whose complement is the
    state ("of the Republic") is a head of state's, as "President" alone is."""
    body = ("On 18 April, President of the Republic of Belovia Stanislau Vorsha met with Governor Pyotr Ilyin. "
            "Pyotr Ilyin thanked the President for the warm welcome.\n\n"
            "The head of state suggested that the sides draw up a roadmap of joint projects. "
            "The Belovian leader noted that trade had grown.")
    assert_statements(body, [
        ("Pyotr Ilyin", "indirect", "Pyotr Ilyin thanked the President for the warm welcome."),
        ("Stanislau Vorsha", "indirect", "The head of state suggested that the sides draw up a roadmap of joint projects."),
        ("Stanislau Vorsha", "indirect", "The Belovian leader noted that trade had grown."),
    ])


def test_a_country_after_a_name_in_a_title_is_not_the_persons():
    """"President El-Gendy Receives the Foreign Minister of Corvinia": the title's words
    after the name are the guest's; the host is not of Corvinia, so "the Kemetian
    leader" is still the President."""
    body = ("President Karim El-Gendy received today Corvinian Foreign Minister Elena Marsh.\n\n"
            "Minister Marsh expressed her country's appreciation for the mediation efforts.\n\n"
            "The Kemetian leader affirmed the importance of regular consultations.")
    assert_statements(body, [
        ("Elena Marsh", "indirect", "Minister Marsh expressed her country's appreciation for the mediation efforts."),
        ("Karim El-Gendy", "indirect", "The Kemetian leader affirmed the importance of regular consultations."),
    ], title="President El-Gendy Receives the Foreign Minister of Corvinia")


def test_an_office_said_shorter_is_the_same_office():
    """"Karin Sjöberg, Chair of the Foreign Affairs Committee of the Parliament …": "the
    Chair of the Committee" is she, with words of the office left out; "the Speaker of
    Parliament" is the Speaker of the National Assembly (any house of a parliament)."""
    body = ("Speaker of the National Assembly Aram Kevorkov received the delegation led by "
            "Karin Sjöberg, Chair of the Foreign Affairs Committee of the Parliament of Lindmark.\n\n"
            "The Speaker of Parliament noted that inter-parliamentary ties matter.\n\n"
            "The Chair of the Committee stressed that Lindmark supports the reforms.")
    assert_statements(body, [
        ("Aram Kevorkov", "indirect", "The Speaker of Parliament noted that inter-parliamentary ties matter."),
        ("Karin Sjöberg", "indirect", "The Chair of the Committee stressed that Lindmark supports the reforms."),
    ])


def test_an_unknown_countrys_minister_is_no_portfolio():
    """"the Lurnian minister": a country the tables do not know, not a portfolio like
    "the Interior Minister", so it is the minister from Lurnia, whatever her portfolio."""
    body = ("Foreign Minister Anton Vesk received Lurnian Foreign Minister Ida Morn today. "
            "The Lurnian minister stressed that trade had doubled.")
    assert_statements(body, [("Ida Morn", "indirect", "The Lurnian minister stressed that trade had doubled.")])


def test_highly_between_a_subject_and_its_verb():
    """"PM Tran Duc Hai highly appreciated the growth of trade …": "highly" is an adverb
    between the subject and the speech verb, like "warmly"."""
    body = ("Prime Minister Tran Duc Hai received Minister of Trade Sofia Brandt. "
            "Welcoming the Minister, PM Tran Duc Hai highly appreciated the growth of trade between the two countries.")
    assert_statements(body, [("Tran Duc Hai", "indirect", "Welcoming the Minister, PM Tran Duc Hai highly appreciated "
                              "the growth of trade between the two countries.")])


def test_the_chief_executive_is_the_president():
    """"the Chief Executive thanked …": a president's style (as in Manila), a head of
    state like "the head of state"; a chief executive named so is still himself."""
    body = ("President Ramon Villareal met Prime Minister Harald Lunde of Norvik on Thursday. "
            "The Chief Executive thanked Lunde for his support.")
    assert_statements(body, [("Ramon Villareal", "indirect", "The Chief Executive thanked Lunde for his support.")])


def test_a_second_that_clause_goes_on_with_the_speakers_words():
    """"He pointed out that the sides should …, and that Zhenlan welcomes …": after "and
    that" a country that "welcomes" is inside his words, not a new speaker's clause."""
    body = ("Zhenlan President Gao Mingrui held talks with Estrian Prime Minister Anika Vorhees on Friday. "
            "He pointed out that the two sides should make good use of the committee, and that Zhenlan "
            "welcomes more quality Estrian dairy products into its market.")
    assert_statements(body, [("Gao Mingrui", "indirect", "He pointed out that the two sides should make good use of "
                              "the committee, and that Zhenlan welcomes more quality Estrian dairy products into its market.")])


def test_a_meetings_clause_then_where_the_speaker_said():
    """"The meeting also addressed …, where the President reiterated …": the meeting's
    clause is narrative, his begins at "the President"; "X met Y, where he discussed …"
    stays all his (the corpus's gold)."""
    first = "President Karim El-Gendy received Foreign Minister Elena Marsh of Corvinia today."
    second = ("The meeting also addressed developments in the region, where the President reiterated "
              "the need for an immediate ceasefire.")
    third = "President El-Gendy later toured the port, where he discussed the new trade route."
    assert_statements(first + " " + second + " " + third, [
        ("Karim El-Gendy", "indirect", "the President reiterated the need for an immediate ceasefire."),
        ("Karim El-Gendy", "indirect", third),
    ])


def test_an_office_in_lower_case_after_a_name_is_the_persons():
    """"Federal Councillor Beat Imhof, head of the Federal Department of Foreign Affairs,
    met …": a lower-case office of a capitalised body after the name is hers or his, so
    "the head of the FDFA" is Imhof ("Federal Councillor" is one office)."""
    body = ("Federal Councillor Beat Imhof, head of the Federal Department of Foreign Affairs, met the "
            "Prime Minister of Tarsenia, Samuel Ndoro, in Kesso on 12 May.\n\n"
            "The head of the FDFA expressed support for the peace process in the north of the country.")
    assert_statements(body, [("Beat Imhof", "indirect", "The head of the FDFA expressed support for the peace "
                              "process in the north of the country.")])


def test_a_first_name_that_is_also_a_capital():
    """"Minister Sofia Brandt", "President Santiago Reyes": a given name that is also a
    capital's name is a name after a title, not a place ("Minister Sofia" and "Brandt")."""
    body = ("Prime Minister Tran Duc Hai received Minister of Trade of Lunaria Sofia Brandt.\n\n"
            "Minister Sofia Brandt congratulated Nam Hoa on its achievements.")
    result = assert_statements(body, [("Sofia Brandt", "indirect",
                                       "Minister Sofia Brandt congratulated Nam Hoa on its achievements.")])
    assert [s.name for s in result.speakers] == ["Sofia Brandt"]


def test_every_member_state_is_a_country():
    """"Minister of Foreign Affairs of Malawi Ida Tembo": a country the table did not
    know ran into the name after an office of a body, and no one was named; every
    member of the United Nations is in the table now."""
    body = ("Minister of Foreign Affairs of Malawi Ida Tembo met Foreign Minister Anton Vesk of Kastravia.\n\n"
            "The Malawian minister thanked Kastravia for its support.")
    assert_statements(body, [("Ida Tembo", "indirect", "The Malawian minister thanked Kastravia for its support.")])


def test_an_office_by_initials_after_a_rank():
    """"Deputy PM Le Van Thanh" (a title) and "Deputy Prime Minister Le Van Thanh" (the
    body) are one office and one person, as "PM X" is the Prime Minister: so "the
    guest" is the other person, not a second Thanh."""
    body = ("Deputy Prime Minister Le Van Thanh received Deputy Foreign Minister Arben Hoxha of Korvia in Hanam.\n\n"
            "Deputy PM Thanh asked Korvia to open its market to farm produce.\n\n"
            "The guest agreed with the proposals.")
    assert_statements(body, [
        ("Le Van Thanh", "indirect", "Deputy PM Thanh asked Korvia to open its market to farm produce."),
        ("Arben Hoxha", "indirect", "The guest agreed with the proposals."),
    ], title="Deputy PM Le Van Thanh hosts Korvian Deputy Foreign Minister")


def test_the_minister_after_a_foreign_minister_spoke():
    """"Ms Vogt thanked … She stressed … The minister also informed …": of two foreign
    ministers, "the minister" is the one who spoke last, whether her office is written
    "Foreign Minister" or "Minister of Foreign Affairs" (not the host who publishes)."""
    body = ("Foreign Minister Anna Keller received Foreign Minister of Ostmark Lena Vogt in Lindholm on Tuesday.\n\n"
            "Ms Vogt thanked her host for the invitation.\n\n"
            "The minister also informed her colleague about the preparations for the summit.")
    assert_statements(body, [
        ("Lena Vogt", "indirect", "Ms Vogt thanked her host for the invitation."),
        ("Lena Vogt", "indirect", "The minister also informed her colleague about the preparations for the summit."),
    ])


def test_a_report_presented_to_the_meeting_goes_on_into_the_next_paragraph():
    """A paragraph that opens with an official's report to the meeting ("Ms Morn
    reported …", "She explained …", "updated … on") and is that report to its end is
    carried on by the next paragraph in which no one acts or speaks ("In one way, this
    is a positive sign …"), and so on, paragraph after paragraph; not after a stance
    ("welcomed"), not into a paragraph where someone else speaks first, nor into a
    heading or a lead-in to a list."""
    body = (
        "President Anton Vesk met with Harbour Commissioner Ida Morn.\n\n"
        "Ms Morn reported that the number of complaints sent to her has increased. "
        "She said over 8,000 complaints were reviewed this year.\n\n"
        "In one way, this is a positive sign; sailors trust the harbour office, however, it is also alarming.\n\n"
        "In this context, a search was conducted to find the best projects. For example, one is a pilot centre.\n\n"
        "Ms Morn welcomed the new harbour rules.\n\n"
        "The rules took effect in May.\n\n"
        "Ms Morn explained that the port began to monitor the quality of its piers.\n\n"
        "Anton Vesk asked for more details.\n\n"
        "Ms Morn described the dredging programme.\n\n"
        "The next steps\n\n"
        "The channel will be deepened by two metres."
    )
    assert_statements(body, [
        ("Ida Morn", "indirect", "Ms Morn reported that the number of complaints sent to her has increased."),
        ("Ida Morn", "indirect", "She said over 8,000 complaints were reviewed this year."),
        ("Ida Morn", "indirect", "In one way, this is a positive sign; sailors trust the harbour office, "
                                 "however, it is also alarming."),
        ("Ida Morn", "indirect", "In this context, a search was conducted to find the best projects."),
        ("Ida Morn", "indirect", "For example, one is a pilot centre."),
        ("Ida Morn", "indirect", "Ms Morn welcomed the new harbour rules."),
        ("Ida Morn", "indirect", "Ms Morn explained that the port began to monitor the quality of its piers."),
        ("Anton Vesk", "indirect", "Anton Vesk asked for more details."),
        ("Ida Morn", "indirect", "Ms Morn described the dredging programme."),
    ])


def test_the_second_party_of_a_conversation_between_two_is_the_guest():
    """"Telephone conversation between the President of the Republic and President Y of
    Z": the office that publishes names its own head first (here by office only), so
    Y is the guest and a bare "the President" is the host named in the body."""
    title = "Telephone conversation between the President of the Republic and President Ida Morn of Kastravia"
    body = ("The President of the Republic, Anton Vesk, spoke by telephone with Ida Morn, President of "
            "the Republic of Kastravia.\n\n"
            "The President reaffirmed his country's full support for Kastravia after the floods.")
    assert_statements(body, [("Anton Vesk", "indirect", "The President reaffirmed his country's full support "
                              "for Kastravia after the floods.")], title=title)


def test_the_president_of_the_republic_is_a_head_of_state():
    """"The Head of State reaffirmed …" in an Élysée readout: the President of the
    Republic is a head of state, and the host, not the guest who also holds the office
    of a head of state, is whom the bare description means."""
    title = "Telephone conversation between the President of the Republic and President Ida Morn of Kastravia"
    body = ("The President of the Republic, Anton Vesk, spoke by telephone this morning with Ida Morn, "
            "President of the Republic of Kastravia.\n\n"
            "The Head of State reaffirmed his country's full support for Kastravia in the face of the floods. "
            "« Kastravia can count on our solidarity », he declared.\n\n"
            "President Morn thanked him for this support.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The Head of State reaffirmed his country's full support for Kastravia in the "
                                   "face of the floods."),
        ("Anton Vesk", "direct", "Kastravia can count on our solidarity"),
        ("Ida Morn", "indirect", "President Morn thanked him for this support."),
    ], title=title)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("President Anton Vesk also addressed pressing regional and global challenges.", True),
        ("President Anton Vesk addressed harbour security issues.", True),
        ("President Anton Vesk addressed a rally on issues of the day.", False),
        ("President Anton Vesk addressed students at the harbour academy.", False),
    ],
)
def test_addressing_challenges_is_speaking_about_them(sentence: str, said: bool):
    """"President Biden also addressed pressing regional and global challenges": the
    topics he spoke to (GOLD-FORMAT: `spoke about` with one person as subject);
    addressing an audience is not."""
    body = "President Anton Vesk met Minister Ida Morn in Lurn. " + sentence
    assert_statements(body, [("Anton Vesk", "indirect", sentence)] if said else [])


def test_last_year_opens_a_sentence_as_a_time_not_a_name():
    """"The Head of State noted that … Last year bilateral trade grew by 18 percent":
    "Last year" is a time, not a person named Last acting; the figures carry the
    report on (a person after it still acts: "Last week President X visited …")."""
    body = ("President Anton Vesk received Minister Ida Morn of Lusarnia.\n\n"
            "The President noted that Lusarnia is one of Kastravia's key partners. "
            "Last year bilateral trade grew by 18 percent and reached 2.4 billion dollars.\n\n"
            "The President stressed the importance of the new port. Last week Minister Ida Morn visited the port.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President noted that Lusarnia is one of Kastravia's key partners."),
        ("Anton Vesk", "indirect", "Last year bilateral trade grew by 18 percent and reached 2.4 billion dollars."),
        ("Anton Vesk", "indirect", "The President stressed the importance of the new port."),
    ])


def test_a_term_in_quotation_marks_leaves_a_report_going_on():
    """"The second group of “players” … is the biggest one" inside Mr X's report: a
    short quotation that no one says (a term) does not stop the report; "They have been
    included …", a bare "they" with no speech verb, is the report's too (fourteenth's gold of
    kremlin_63940; test_patterns_seventieth.py)."""
    body = ("Mr Piet Varro described the supervision of collectors. 321 organisations are supervised collectors. "
            "They have been included into the state registry. The second group of “players” that are not yet controlled by the service is the biggest one. "
            "It includes 1,606 microfinance companies.")
    assert_statements(body, [
        ("Piet Varro", "indirect", "Mr Piet Varro described the supervision of collectors."),
        ("Piet Varro", "indirect", "321 organisations are supervised collectors."),
        ("Piet Varro", "indirect", "They have been included into the state registry."),
        ("Piet Varro", "indirect", "The second group of “players” that are not yet controlled by the service is "
                                   "the biggest one."),
        ("Piet Varro", "indirect", "It includes 1,606 microfinance companies."),
    ])


def test_a_report_discussed_by_one_person_goes_on_into_the_next_paragraph():
    """"Igor Artamonov discussed regional achievements during his nine-month tenure."
    and then a paragraph of what was achieved, in which no one acts or speaks: his
    report goes on; after "noted" (a remark, not a report) the next paragraph is the
    readout's own background."""
    body = (
        "President Anton Vesk had a meeting with Acting Governor Piet Varro.\n\n"
        "Piet Varro discussed regional achievements during his nine-month tenure.\n\n"
        "The governor’s team has been renewed. The urban environment continues to improve.\n\n"
        "Piet Varro noted the importance of the new bridge.\n\n"
        "The bridge will open in May."
    )
    assert_statements(body, [
        ("Piet Varro", "indirect", "Piet Varro discussed regional achievements during his nine-month tenure."),
        ("Piet Varro", "indirect", "The governor’s team has been renewed."),
        ("Piet Varro", "indirect", "The urban environment continues to improve."),
        ("Piet Varro", "indirect", "Piet Varro noted the importance of the new bridge."),
    ])


def test_a_paragraph_opening_between_two_statements_of_one_person_is_theirs():
    """"… Mr Putin said." ending a paragraph and "It is important not only to adopt the
    laws, but also to control them. The President expressed hope …" opening the next:
    what lies between two statements of one person across the paragraph break is
    theirs (a term in quotation marks too); not a sentence that names someone else or
    tells what happened, nor when someone else speaks next."""
    body = (
        "President Anton Vesk met the harbour council.\n\n"
        "The “black market” will flourish until relevant acts are adopted, Mr Vesk said.\n\n"
        "It is important not only to adopt the laws, but also to control them. The programme “Harbour Watch” "
        "was developed. The President expressed hope that the council would help.\n\n"
        "Minister Ida Morn visited the port. The President thanked the council.\n\n"
        "It is important to dredge the channel. Minister Ida Morn said the work would start in May."
    )
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The “black market” will flourish until relevant acts are adopted, Mr Vesk said."),
        ("Anton Vesk", "indirect", "It is important not only to adopt the laws, but also to control them."),
        ("Anton Vesk", "indirect", "The programme “Harbour Watch” was developed."),
        ("Anton Vesk", "indirect", "The President expressed hope that the council would help."),
        ("Anton Vesk", "indirect", "The President thanked the council."),
        ("Ida Morn", "indirect", "Minister Ida Morn said the work would start in May."),
    ])


def test_a_paragraph_between_two_paragraphs_of_one_person_is_theirs():
    """"…, President X said at a meeting." / "The Interior Ministry is playing an
    increasingly important part in … Russia has an interest in …" / "The President
    also noted …": a paragraph with no statement between two of one person's carries
    their words on; not a lead-in ("The message reads, in part:"), nor one before a
    paragraph that opens with someone else or with narrative."""
    body = (
        "President Anton Vesk met newly appointed harbour officers.\n\n"
        "Kastravia will carry out a significant part of the joint work, President Anton Vesk said at the meeting.\n\n"
        "The Harbour Ministry is playing an increasingly important part. The service has an interest in "
        "attracting qualified pilots.\n\n"
        "The President also noted the need to fight smuggling.\n\n"
        "The customs service is playing an important part.\n\n"
        "Minister Ida Morn visited the port. The President thanked the officers.\n\n"
        "The President stressed the need for new ships.\n\n"
        "The message reads, in part:\n\n"
        "The President welcomed the officers."
    )
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Kastravia will carry out a significant part of the joint work, President Anton "
                                   "Vesk said at the meeting."),
        ("Anton Vesk", "indirect", "The Harbour Ministry is playing an increasingly important part."),
        ("Anton Vesk", "indirect", "The service has an interest in attracting qualified pilots."),
        ("Anton Vesk", "indirect", "The President also noted the need to fight smuggling."),
        ("Anton Vesk", "indirect", "The President thanked the officers."),
        ("Anton Vesk", "indirect", "The President stressed the need for new ships."),
        ("Anton Vesk", "indirect", "The President welcomed the officers."),
    ])


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("In his remarks, Mr. Vesk joined other harbour partners in welcoming new countries to the charter.", True),
        ("President Anton Vesk joined Minister Ida Morn in urging Osterra to open the strait.", True),
        ("President Anton Vesk joined Minister Ida Morn in the harbour for the ceremony.", False),
    ],
)
def test_joining_others_in_welcoming_is_a_statement(sentence: str, said: bool):
    """"Mr. Sullivan joined other DFI partners in welcoming new countries …", "President
    Biden joined President Zelenskyy in urging Russia to …": the one who joins says it
    (the subject's statement, the whole sentence); joining someone somewhere is not."""
    body = "President Anton Vesk met Minister Ida Morn in Lurn. " + sentence
    assert_statements(body, [("Anton Vesk", "indirect", sentence)] if said else [])


def test_another_opening_a_sentence_is_no_name():
    """"Another function of the Federal Bailiff Service is to ensure …" in a report:
    "Another" (like "Until", "Unless") is a function word, not a person named Another
    acting; the sentence carries the report on."""
    body = ("Mr Piet Varro described the work of the harbour service. "
            "Another function of the Harbour Service is to ensure the safety of the channel.")
    assert_statements(body, [
        ("Piet Varro", "indirect", "Mr Piet Varro described the work of the harbour service."),
        ("Piet Varro", "indirect", "Another function of the Harbour Service is to ensure the safety of the channel."),
    ])


def test_what_both_sides_did_ends_what_one_was_saying():
    """"The parties discussed, among other things, …" between two statements of one
    person: the readout has moved to what both did, so "One of the key issues for our
    state is …" after it is not carried on as the first person's words (a bare "They"
    may still be what the report speaks of)."""
    body = ("President Anton Vesk met with Minister Ida Morn. The President noted the rapid response of the "
            "harbour council. The parties discussed, among other things, a new online platform for ports. "
            "One of the key issues for our state is the safety of the channel. "
            "The President stressed that every violation must be recorded.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President noted the rapid response of the harbour council."),
        ("Anton Vesk", "indirect", "The President stressed that every violation must be recorded."),
    ])


def test_a_report_is_over_once_the_leaders_act_together():
    """A paragraph that opens with one person's report ("The President of Russia
    extended warm wishes …") and goes on "The leaders continued their exchange of views
    … As before, the military is ready …": after the leaders (or "X and Y") act
    together, what follows is the readout's, not the first speaker's report."""
    body = ("President Anton Vesk had a telephone conversation with Prime Minister Ida Morn.\n\n"
            "The President extended warm wishes to Ida Morn on the national holiday. The leaders continued their "
            "exchange of views on the situation in the strait. As before, the harbour guard is ready to ensure "
            "the safe exit of ships.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "The President extended warm wishes to Ida Morn on the national holiday."),
    ])


def test_a_named_journalist_with_an_outlet_asks_in_a_press_conference():
    """"Inga Varga, Lindholm Public Radio: Mr President, …?": a journalist the transcript
    names, with her outlet after the name; her question was the last speaker's."""
    body = ("Ilona Brenn and Radan Petrak answered journalists’ questions.\n\n"
            "* * *\n\n"
            "Ilona Brenn: Good afternoon. Our talks were useful.\n\n"
            "Radan Petrak: I agree with my colleague.\n\n"
            "Inga Varga, Lindholm Public Radio: Mr Petrak, will the border crossing reopen?\n\n"
            "Radan Petrak: Yes, in the spring.")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Good afternoon. Our talks were useful."),
        ("Radan Petrak", "direct", "I agree with my colleague."),
        ("Inga Varga", "direct", "Mr Petrak, will the border crossing reopen?"),
        ("Radan Petrak", "direct", "Yes, in the spring."),
    ])


def test_a_heading_between_the_separator_and_the_transcript():
    """"* * * / Beginning of talks in restricted format / Ilona Brenn: …": the heading of a
    part of the transcript hid its first label (a name the readout had not used), and a
    heading between turns was read as the last speaker's words."""
    body = ("The talks continued with the participation of the delegations.\n\n"
            "* * *\n\n"
            "Beginning of talks in restricted format\n\n"
            "Ilona Brenn: Prime Minister, colleagues, welcome to Tarvik.\n\n"
            "Radan Petrak: Thank you, Madam President.\n\n"
            "Beginning of talks with delegations\n\n"
            "Ilona Brenn: Colleagues, let us hear the ministers.")
    assert_statements(body, [
        ("Ilona Brenn", "direct", "Prime Minister, colleagues, welcome to Tarvik."),
        ("Radan Petrak", "direct", "Thank you, Madam President."),
        ("Ilona Brenn", "direct", "Colleagues, let us hear the ministers."),
    ])


def test_named_the_priorities_and_the_list_after_it():
    """"The President of Kastravia named the priorities …:" and a list: the lead-in and
    each item are hers ("named" reports speech with its priorities, tasks, reasons)."""
    body = ("Ilona Brenn met Radan Petrak in Tarvik.\n\n"
            "The President of Kastravia named the priorities of the two countries’ cooperation:\n\n"
            "- a new bridge across the Lask;\n\n"
            "- joint production of fertiliser.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "The President of Kastravia named the priorities of the two countries’ cooperation:"),
        ("Ilona Brenn", "indirect", "- a new bridge across the Lask;"),
        ("Ilona Brenn", "indirect", "- joint production of fertiliser."),
    ])


def test_did_not_support_a_request_and_the_pronoun_after_it():
    """"The head of state did not support this request. He pointed out …": a refusal is a
    statement ("support this request" as "supported the proposal"), and the "he" after it
    is the head of state, not the governor who asked."""
    body = ("Anatoly Ferzin met with Governor of Severny Region Pavel Stern.\n\n"
            "Mr Stern asked for the deadline of the programme to be extended.\n\n"
            "The head of state did not support this request. He pointed out that the funds had been allocated in full.")
    assert_statements(body, [
        ("Pavel Stern", "indirect", "Mr Stern asked for the deadline of the programme to be extended."),
        ("Anatoly Ferzin", "indirect", "The head of state did not support this request."),
        ("Anatoly Ferzin", "indirect", "He pointed out that the funds had been allocated in full."),
    ])


def test_he_is_not_the_man_he_invites():
    """"The Veltrian President assured … He, in turn, invited Radan Petrak to …": the
    pronoun is not the man named as its verb's object; the subject before him."""
    body = ("Radan Petrak held talks with Viktor Ostrovsky in Tarvik.\n\n"
            "Viktor Ostrovsky thanked his host for the welcome.\n\n"
            "Radan Petrak assured that his country would support the project. "
            "He, in turn, invited Radan Petrak to visit Drevnia.")
    assert_statements(body, [
        ("Viktor Ostrovsky", "indirect", "Viktor Ostrovsky thanked his host for the welcome."),
        ("Radan Petrak", "indirect", "Radan Petrak assured that his country would support the project."),
        ("Viktor Ostrovsky", "indirect", "He, in turn, invited Radan Petrak to visit Drevnia."),
    ])


def test_a_joint_declaration_quoted_is_no_ones():
    """"“We, the Presidents of Kastravia and Veloria, reaffirm …,” the declaration says":
    several speak as one; not the president named last."""
    body = ("Ilona Brenn and Radan Petrak signed a joint declaration.\n\n"
            "“We, the Presidents of Kastravia and Veloria, reaffirm our common determination to join the union,” "
            "the declaration says.\n\n"
            "Ilona Brenn thanked her colleague for the support.")
    result = assert_statements(body, [
        ("Ilona Brenn", "indirect", "Ilona Brenn thanked her colleague for the support."),
    ])
    assert not [s for s in result.statements if s.speaker and "We, the" in body[s.start:s.end]]


def test_the_head_of_state_of_an_office_that_never_names_him():
    """"The President of Kastravia had a call with Prime Minister of Veloria Radan Petrak.
    The Head of State thanked …": the office's own head, never named, not the guest; and
    once he is "the President", a bare "the Prime Minister" is the guest who holds it."""
    body = ("The President of Kastravia had a phone conversation with Prime Minister of Veloria Radan Petrak.\n\n"
            "The Head of State thanked Veloria for the new support package. "
            "The President informed his interlocutor about the situation at the front.\n\n"
            "Radan Petrak assured that Veloria would continue its support. "
            "The Prime Minister also invited the Kastravian President to the summit in Lask.")
    result = assert_statements(body, [
        ("The President", "indirect", "The Head of State thanked Veloria for the new support package."),
        ("The President", "indirect", "The President informed his interlocutor about the situation at the front."),
        ("Radan Petrak", "indirect", "Radan Petrak assured that Veloria would continue its support."),
        ("Radan Petrak", "indirect", "The Prime Minister also invited the Kastravian President to the summit in Lask."),
    ], title="The President of Kastravia had a phone conversation with the Prime Minister of Veloria")
    assert len(result.speakers) == 2


def test_she_after_a_man_instructed_a_minister():
    """"The President instructed Minister of Education Halyna Marchuk to … She assured …":
    the last subject is a man, so "she" is the woman he instructed, not one who spoke
    before him."""
    body = ("Taras Velychko held a meeting with the heads of the regions.\n\n"
            "Ms Oksana Dovha informed about the construction of a new school.\n\n"
            "The President instructed Minister of Education Halyna Marchuk to prepare a programme. "
            "She assured that it would be ready in time.")
    assert_statements(body, [
        ("Oksana Dovha", "indirect", "Ms Oksana Dovha informed about the construction of a new school."),
        ("Taras Velychko", "indirect", "The President instructed Minister of Education Halyna Marchuk to prepare a programme."),
        ("Halyna Marchuk", "indirect", "She assured that it would be ready in time."),
    ])


def test_the_unnamed_president_is_the_man_who_opens_the_transcript():
    """"The President held a meeting … The President said … * * * Anatoly Ferzin: …": the
    narrative's unnamed "the President" and the transcript's first speaker, untitled and
    named nowhere before, are one man, not two speakers."""
    body = ("The President held a meeting with Government members.\n\n"
            "The President said the regions had to finish repairs by October.\n\n"
            "Minister of Energy Kirill Lavrentiev delivered a report.\n\n"
            "* * *\n\n"
            "Anatoly Ferzin: Good afternoon, colleagues. Mr Lavrentiev, please.\n\n"
            "Kirill Lavrentiev: Mr President, fuel reserves are higher than last year.")
    result = assert_statements(body, [
        ("Anatoly Ferzin", "indirect", "The President said the regions had to finish repairs by October."),
        ("Anatoly Ferzin", "direct", "Good afternoon, colleagues. Mr Lavrentiev, please."),
        ("Kirill Lavrentiev", "direct", "Mr President, fuel reserves are higher than last year."),
    ], title="Meeting with Government members")
    assert [s.name for s in result.speakers] == ["Anatoly Ferzin", "Kirill Lavrentiev"]


def test_the_chairman_of_the_government_is_the_prime_minister():
    """"Chairman of the Government Mikhail Sobolin … The Prime Minister briefed …": one
    office named two ways; "the Prime Minister" went to the untitled host, and "the
    President" then to a second, unnamed person."""
    body = ("Anatoly Ferzin had a working meeting with Chairman of the Government Mikhail Sobolin.\n\n"
            "The Prime Minister briefed the President on the draft budget.\n\n"
            "The President instructed the Government to submit the draft.")
    result = assert_statements(body, [
        ("Mikhail Sobolin", "indirect", "The Prime Minister briefed the President on the draft budget."),
        ("Anatoly Ferzin", "indirect", "The President instructed the Government to submit the draft."),
    ], title="Meeting with Chairman of the Government Mikhail Sobolin")
    assert len(result.speakers) == 2


def test_the_head_of_a_countrys_diplomacy_is_its_foreign_minister():
    """"The head of Brevonian diplomacy stressed …" (a foreign ministry's way to vary the
    name): that country's foreign minister; it was no one."""
    body = ("Minister of Foreign Affairs of Kastravia Anton Vesk held talks with Minister of Foreign Affairs "
            "of Brevonia Henrik Aalto.\n\n"
            "Anton Vesk noted the progress in bilateral relations.\n\n"
            "The head of Brevonian diplomacy stressed that the mandate had to be approved by parliament.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Anton Vesk noted the progress in bilateral relations."),
        ("Henrik Aalto", "indirect", "The head of Brevonian diplomacy stressed that the mandate had to be approved by parliament."),
    ])


def test_european_affairs_is_a_portfolio_not_a_country():
    """"Minister for Foreign and European Affairs of Brevonia Henrik Aalto": "European"
    before "Affairs" is the portfolio's, not the European Union; it hid the name, and
    "For his part, Mr Aalto …" had no one to be."""
    body = ("Oleg Tursky held talks with Minister for Foreign and European Affairs of Brevonia Henrik Aalto.\n\n"
            "The head of Brevonian diplomacy stressed that the mandate had to be approved by parliament.")
    assert_statements(body, [
        ("Henrik Aalto", "indirect", "The head of Brevonian diplomacy stressed that the mandate had to be approved by parliament."),
    ])


def test_a_minister_with_a_list_of_portfolios():
    """"Minister of Construction, Housing and Utilities Denis Orekhov": the comma of the
    list cut the office off: "Utilities Denis Orekhov" was an untitled name (whom a
    narrative's unnamed "the President" could go to), or no one, and "the Minister" no one."""
    body = ("The President held a meeting with Government members.\n\n"
            "Minister of Construction, Housing and Utilities Denis Orekhov also took part in the meeting.\n\n"
            "The Minister said that all repairs would be finished by October.")
    result = assert_statements(body, [
        ("Denis Orekhov", "indirect", "The Minister said that all repairs would be finished by October."),
    ])
    assert [s.name for s in result.speakers] == ["Denis Orekhov"]


def test_narrative_after_a_cut_ends_the_transcript():
    """"<…> / Following the meeting, the President instructed …": after a cut, a paragraph
    with no label that opens as narrative is the press service's report, not the last
    speaker's words."""
    body = ("Anatoly Ferzin held a meeting with Governor Pavel Stern.\n\n"
            "* * *\n\n"
            "Anatoly Ferzin: Mr Stern, how is the hospital?\n\n"
            "Pavel Stern: It is ready, Mr President.\n\n"
            "<…>\n\n"
            "Following the meeting, the President instructed the Government to extend the programme.")
    assert_statements(body, [
        ("Anatoly Ferzin", "direct", "Mr Stern, how is the hospital?"),
        ("Pavel Stern", "direct", "It is ready, Mr President."),
        ("Anatoly Ferzin", "indirect", "Following the meeting, the President instructed the Government to extend the programme."),
    ])


def test_posited_that_is_speech():
    """"The Prime Minister posited that …": a Caribbean office's speech verb."""
    body = ("Prime Minister Dr. Lionel Marsh met the President of the Coral Bank, Ms Ada Pryce, on Monday.\n\n"
            "The Prime Minister posited that small states cannot carry the cost of a crisis they did not cause.")
    assert_statements(body, [
        ("Lionel Marsh", "indirect",
         "The Prime Minister posited that small states cannot carry the cost of a crisis they did not cause."),
    ])


def test_q_and_a_transcript():
    """A spokesperson's press conference in the "Q: … A: …" form: a "Q:" is no one's,
    an "A:" is the answer of whoever the last label named."""
    body = ("Spokesperson Mei Lanfang: Foreign Minister Arno Velt of Serovia will visit Tianlan next week.\n\n"
            "Q: What does Tianlan expect from the visit?\n\n"
            "A: We hope the visit will deepen mutual trust.\n\n"
            "Q: A follow-up question. Will there be a joint statement?\n\n"
            "A: I have nothing to offer on that at the moment.")
    assert_statements(body, [
        ("Mei Lanfang", "direct", "Foreign Minister Arno Velt of Serovia will visit Tianlan next week."),
        ("Mei Lanfang", "direct", "We hope the visit will deepen mutual trust."),
        ("Mei Lanfang", "direct", "I have nothing to offer on that at the moment."),
    ])


def test_a_counterpart_named_after_it_holds_its_country_and_office():
    """"X and his Ostmarkian counterpart Johann Keller": Keller is Ostmarkian and holds
    X's office, so "The Ostmarkian minister" is Keller; "her Veldran counterpart,
    General Anton Hale": "The Veldran general" is Hale, not the host general."""
    body = ("Foreign Minister Dara Nikan and his Ostmarkian counterpart Johann Keller spoke on Saturday.\n\n"
            "Nikan said that Farsan will not negotiate under threat.\n\n"
            "The Ostmarkian minister called for restraint.")
    assert_statements(body, [
        ("Dara Nikan", "indirect", "Nikan said that Farsan will not negotiate under threat."),
        ("Johann Keller", "indirect", "The Ostmarkian minister called for restraint."),
    ])
    body = ("The Chief of Defence of Vestria, General Sara Holm, held a call with her Veldran counterpart, General Anton Hale.\n\n"
            "General Holm welcomed the deployment of air defence units.\n\n"
            "The Veldran general briefed his counterpart on the exercise.")
    assert_statements(body, [
        ("Sara Holm", "indirect", "General Holm welcomed the deployment of air defence units."),
        ("Anton Hale", "indirect", "The Veldran general briefed his counterpart on the exercise."),
    ])


def test_the_visiting_minister_is_the_guest():
    """"The visiting minister", "The visiting President": the guest who holds the
    office, not the host who publishes (as "the guest" is not)."""
    body = ("Foreign Minister Ivo Dask received Foreign Minister Lena Marsh of Ostmark in Tarvel on Monday.\n\n"
            "The visiting minister thanked Dask for the hospitality.\n\n"
            "The visiting Foreign Minister also briefed Dask on the elections.")
    assert_statements(body, [
        ("Lena Marsh", "indirect", "The visiting minister thanked Dask for the hospitality."),
        ("Lena Marsh", "indirect", "The visiting Foreign Minister also briefed Dask on the elections."),
    ])


def test_who_chaired_the_meeting_is_the_chair():
    """"Ivo Dask, who chaired the meeting, …": "the Chair" later is Dask."""
    body = ("The council met in Tarvel on Monday. Foreign Minister Ivo Dask, who chaired the meeting, "
            "opened the session.\n\n"
            "The Chair stressed that the council must act.")
    assert_statements(body, [
        ("Ivo Dask", "indirect", "The Chair stressed that the council must act."),
    ])


def test_where_she_discussed_is_the_sentence_subjects():
    """"Minister Marsh then met the Speaker, Karl Fenn, where she discussed …": "she" is
    the subject who opens the sentence, not the host named before."""
    body = ("President Ivo Dask received Minister Lena Marsh of Ostmark in Tarvel on Monday.\n\n"
            "Minister Marsh then met the Speaker of Parliament, Karl Fenn, where she discussed the energy transition.")
    assert_statements(body, [
        ("Lena Marsh", "indirect",
         "Minister Marsh then met the Speaker of Parliament, Karl Fenn, where she discussed the energy transition."),
    ])


def test_an_organisations_chief_is_its_director_general():
    """"The WHO chief", "the UN chief": the press's word for an organisation's head,
    its Director-General or Secretary-General."""
    body = ("WHO Director-General Dr Amara Tesfaye met Minister of Health of Korvia Dr. Pavel Ostrin in Genava.\n\n"
            "The WHO chief urged the Minister to increase funding for primary care.\n\n"
            "Dr Ostrin said Korvia would double its health budget by 2030.")
    assert_statements(body, [
        ("Amara Tesfaye", "indirect", "The WHO chief urged the Minister to increase funding for primary care."),
        ("Pavel Ostrin", "indirect", "Dr Ostrin said Korvia would double its health budget by 2030."),
    ])


def test_q_and_a_under_a_title_naming_the_spokesperson():
    """A press conference that opens with "Q:" under a title naming the spokesperson:
    every "A:" is theirs."""
    body = ("On March 14, Foreign Ministry Spokesperson Mei Lanfang held the regular press conference.\n\n"
            "Q: What does Tianlan expect from the visit?\n\n"
            "A: We hope the visit will deepen mutual trust.\n\n"
            "Q: Will there be a joint statement?\n\n"
            "A: I have nothing to offer on that at the moment.")
    assert_statements(body, [
        ("Mei Lanfang", "direct", "We hope the visit will deepen mutual trust."),
        ("Mei Lanfang", "direct", "I have nothing to offer on that at the moment."),
    ])
    assert_statements("Q: What does Tianlan expect from the visit?\n\nA: We hope the visit will deepen mutual trust.",
                      [("Mei Lanfang", "direct", "We hope the visit will deepen mutual trust.")],
                      title="Foreign Ministry Spokesperson Mei Lanfang's Regular Press Conference on March 14")


def test_a_league_is_no_person():
    """"the Secretary-General of the Arab League, Amr Zaki": a league is an
    organisation, not a person called "Arab League"; "the Secretary General" is Zaki."""
    body = ("Minister Nuno Pereira received the Secretary-General of the Arab League, Amr Zaki, on Monday.\n\n"
            "The Secretary General called for an immediate ceasefire.")
    assert_statements(body, [
        ("Amr Zaki", "indirect", "The Secretary General called for an immediate ceasefire."),
    ])


def test_vice_is_a_rank_not_a_country():
    """"Vice Foreign Minister Anna Berg", then "Vice Minister Berg" and "the Vice
    Minister": one person; "Vice" is the office's rank, not a country."""
    body = ("Deputy Foreign Minister Sergio Ricci met Vice Foreign Minister Anna Berg of Norvia in Rome.\n\n"
            "Vice Minister Berg expressed readiness to expand trade.\n\n"
            "The Vice Minister also invited Ricci to Norvia.")
    assert_statements(body, [
        ("Anna Berg", "indirect", "Vice Minister Berg expressed readiness to expand trade."),
        ("Anna Berg", "indirect", "The Vice Minister also invited Ricci to Norvia."),
    ])


def test_the_envoy_is_the_ambassador_and_a_councilor_is_an_office():
    """"The outgoing envoy" is the Ambassador named before; "State Councilor Wang Tao"
    (the American spelling) is an office before a name, not a name "Councilor Wang Tao"."""
    body = ("Ambassador Rolf Sander paid a farewell call on Prime Minister Eva Tamm.\n\n"
            "The outgoing envoy said he would remain a friend of Estra.")
    assert_statements(body, [
        ("Rolf Sander", "indirect", "The outgoing envoy said he would remain a friend of Estra."),
    ])
    body = ("State Councilor Wang Tao met with Foreign Minister Ana Ruiz of Pampera in Tianlan.\n\n"
            "The Councilor stressed that Tianlan is ready to deepen cooperation.")
    assert_statements(body, [
        ("Wang Tao", "indirect", "The Councilor stressed that Tianlan is ready to deepen cooperation."),
    ])


def test_an_office_spelt_without_its_hyphen():
    """"the Secretary-General of the Sahel League, Amr Zaki", then "The Secretary
    General": one office, its hyphen left out."""
    body = ("Minister Nuno Pereira received the Secretary-General of the Sahel League, Amr Zaki, on Monday.\n\n"
            "The Secretary General called for an immediate ceasefire.")
    assert_statements(body, [
        ("Amr Zaki", "indirect", "The Secretary General called for an immediate ceasefire."),
    ])


def test_two_titled_heads_joined_by_and_speak_together():
    """"Head of the Varna regional state administration Ivo Kral and Head of the Dolna …
    Petar Sorn reported": the lower-case words of the offices cut the subject read back
    from the verb to the second name; the two offices joined by "and" are a group."""
    body = ("The President held a meeting on the floods.\n\n"
            "Head of the Varna regional state administration Ivo Kral and Head of the Dolna regional "
            "state administration Petar Sorn reported on the damage in the regions.\n\n"
            "Head of the Varna regional state administration Ivo Kral said that the dams would hold.")
    assert_statements(body, [
        ("Ivo Kral", "indirect", "Head of the Varna regional state administration Ivo Kral said that the dams would hold."),
    ])


def test_a_minister_with_a_list_of_portfolios_as_subject():
    """"Minister of Construction, Housing and Utilities Denis Orekhov reported": the
    subject read back from the verb stops at the list's comma ("Housing and Utilities
    Denis Orekhov", no one); it is the minister."""
    body = ("The President held a meeting with Government members.\n\n"
            "Minister of Construction, Housing and Utilities Denis Orekhov reported that all repairs "
            "would be finished by October.")
    assert_statements(body, [
        ("Denis Orekhov", "indirect", "Minister of Construction, Housing and Utilities Denis Orekhov reported "
                                      "that all repairs would be finished by October."),
    ])


def test_a_cue_in_an_opening_subordinate_clause_is_no_statement():
    """"Because President X recognizes …, the Republic proposed …", "after the Minister
    called upon the Assembly …, the Department published …": the cue lies in a subordinate
    clause that opens the sentence; the main clause is no report of that person's words.
    With a cue of the same person in the main clause, the sentence stays his."""
    body = ("Transport Minister Ivo Kral held a convening on junk fees.\n\n"
            "This week, after the Minister called upon the Assembly to ban family seating fees, the Department "
            "of Transport (DOT) published a dashboard of airline policies, and several airlines changed their policies.\n\n"
            "Because Minister Kral recognizes that our countries must cooperate on fees, the Republic proposed "
            "launching a fees dialogue.\n\n"
            "After the Minister called upon the Assembly to act, he stressed that fees hurt families.")
    assert_statements(body, [
        ("Ivo Kral", "indirect", "After the Minister called upon the Assembly to act, he stressed that fees hurt families."),
    ])


def test_an_office_aside_after_the_subject_of_joined_and_noted():
    """"Adm. Lisa Hume, Vice Chief, also joined the call and noted …": the office set off
    by commas after the name hid the subject of the coordinated verb (no speaker); as
    without it, the sentence is hers. A second name in the aside is a list, not her office."""
    body = ("President Ivo Kral held a call with the military leadership.\n\n"
            "Adm. Lisa Hume, Vice Chief, also joined the call and noted the progress of the fleet.\n\n"
            "Gen. Tor Alm, Vice Chief of Naval Operations, also joined the call and stressed the readiness of the army.")
    assert_statements(body, [
        ("Lisa Hume", "indirect", "Adm. Lisa Hume, Vice Chief, also joined the call and noted the progress of the fleet."),
        ("Tor Alm", "indirect", "Gen. Tor Alm, Vice Chief of Naval Operations, also joined the call and stressed "
                                "the readiness of the army."),
    ])


def test_a_lower_case_office_before_a_titled_name():
    """"The head of the FMFA, Federal Councillor Ivo Kral, met …": the office before the
    comma was not learnt for a name with a title of its own, so a later "The head of the
    FMFA stressed …" went to no one."""
    body = ("The head of the FMFA, Federal Councillor Ivo Kral, met the Foreign Minister of Velm, Tor Alm, in Bern.\n\n"
            "The head of the FMFA stressed that the two countries shared a long history.\n\n"
            "The Foreign Minister of Velm, Tor Alm, thanked him for the invitation.")
    assert_statements(body, [
        ("Ivo Kral", "indirect", "The head of the FMFA stressed that the two countries shared a long history."),
        ("Tor Alm", "indirect", "The Foreign Minister of Velm, Tor Alm, thanked him for the invitation."),
    ])


def test_a_rank_before_an_office_is_no_country():
    """"Executive Vice President Mira Dal", "Senior Vice President …": a word that ranks
    an office is not a country the tables do not know, so "the Ostrian Vice President"
    may be her (as after "First Vice President")."""
    for rank in ("Executive", "Senior", "Principal", "Permanent"):
        body = (f"President Anton Vesk received {rank} Vice President Mira Dal in Tarvik. "
                "The Ostrian Vice President conveyed greetings from the Ostrian people.")
        assert_statements(body, [("Mira Dal", "indirect",
                                  "The Ostrian Vice President conveyed greetings from the Ostrian people.")])


def test_his_or_her_after_expressed_tells_the_subjects_gender():
    """"Minister Varo expressed his gratitude": a man whose first name is on no list is
    known a man by "his" own words, so the "She" of the woman he met is not him (it was:
    the most recent subject of no known gender), and "He" is him again."""
    body = ("Foreign Minister Oskel Varo of Osterra met Foreign Minister Ilka Dorn of Kastravia in Vessa today. "
            "Ms Dorn welcomed her guest. Minister Varo expressed his gratitude for the invitation. "
            "She stressed the importance of the talks on water. He said that Osterra was ready to help.")
    assert_statements(body, [
        ("Ilka Dorn", "indirect", "Ms Dorn welcomed her guest."),
        ("Oskel Varo", "indirect", "Minister Varo expressed his gratitude for the invitation."),
        ("Ilka Dorn", "indirect", "She stressed the importance of the talks on water."),
        ("Oskel Varo", "indirect", "He said that Osterra was ready to help."),
    ])
    # and a woman by "her": "He" is then the man she met
    body = ("Prime Minister Tavo Renk of Osterra met Foreign Minister Kestin Lor of Kastravia. "
            "Mr Renk welcomed the minister. Minister Lor conveyed her thanks for the warm welcome. "
            "He stressed the need for calm. She said that Kastravia would help.")
    assert_statements(body, [
        ("Tavo Renk", "indirect", "Mr Renk welcomed the minister."),
        ("Kestin Lor", "indirect", "Minister Lor conveyed her thanks for the warm welcome."),
        ("Tavo Renk", "indirect", "He stressed the need for calm."),
        ("Kestin Lor", "indirect", "She said that Kastravia would help."),
    ])


def test_points_of_a_list_with_no_stops_are_sentences_each():
    """"* The President stressed …\n* The Prime Minister thanked …": a list whose points
    end with no full stop was one sentence, the first speaker's, when its bullet was a
    dash or an asterisk (a dash opening a wrapped line is no bullet); a line that opens
    with the same mark as the line above, a capital after it, is a point of its own."""
    for mark in ("*", "-"):
        body = ("President Ilona Brenn of Kastravia spoke today with Prime Minister Tavo Renk of Osterra.\n"
                f"{mark} The President stressed the need for calm\n"
                f"{mark} The Prime Minister thanked her for the support of Kastravia\n"
                f"{mark} The President invited him to visit")
        assert_statements(body, [
            ("Ilona Brenn", "indirect", "The President stressed the need for calm"),
            ("Tavo Renk", "indirect", "The Prime Minister thanked her for the support of Kastravia"),
            ("Ilona Brenn", "indirect", "The President invited him to visit"),
        ])


def test_directed_a_named_agency_or_official_to_act_is_an_order():
    """"The President also directed Infrastructure Coordinator Tavo Renk to work …", "She
    directed FEMA to surge …": an order (GOLD-FORMAT) whose object is capitalised, not
    "his team" or "the agencies", was no statement. The object a relative clause leaves
    out is none ("… needs that the President has directed FEMA to meet.": narrative)."""
    body = ("President Ilona Brenn of Kastravia convened the task force. "
            "The President also directed Infrastructure Coordinator Tavo Renk to work across the regions. "
            "She directed FEMA to surge help to the coast.\n\n"
            "FEMA Administrator Oskel Varo will travel to the coast to assess urgent needs that the President "
            "has directed FEMA to meet.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "The President also directed Infrastructure Coordinator Tavo Renk to work "
                                    "across the regions."),
        ("Ilona Brenn", "indirect", "She directed FEMA to surge help to the coast."),
    ])


def test_the_monarch_is_the_king_or_queen_named_or_not():
    """"The Monarch, for his part, …": whoever reigns, by the title "King", "Queen",
    "Emir" … (it was no one: "monarch" fitted no title but a "His Majesty"); and a King
    the readout never names is one person, "the King", as an unnamed President is."""
    body = ("Queen Ilsa of Vessmark received Foreign Minister Tavo Renk of Osterra at the palace today. "
            "Renk thanked the Queen for the warm welcome. The Monarch, for her part, expressed hope for closer ties.")
    assert_statements(body, [
        ("Tavo Renk", "indirect", "Renk thanked the Queen for the warm welcome."),
        ("Ilsa", "indirect", "The Monarch, for her part, expressed hope for closer ties."),
    ])
    body = ("The King received Foreign Minister Tavo Renk of Osterra at the palace today. "
            "Renk thanked the King for the warm welcome. The King stressed the long friendship of the two kingdoms. "
            "The Monarch, for his part, expressed hope for closer ties. Renk invited him to visit Osterra.")
    assert_statements(body, [
        ("Tavo Renk", "indirect", "Renk thanked the King for the warm welcome."),
        ("The King", "indirect", "The King stressed the long friendship of the two kingdoms."),
        ("The King", "indirect", "The Monarch, for his part, expressed hope for closer ties."),
        ("Tavo Renk", "indirect", "Renk invited him to visit Osterra."),
    ])


def test_a_retired_officer_s_title_holds_ret_in_parentheses():
    """"In his keynote, Ambassador (ret.) Pieter Vos argued …": the full stop of "(ret.)"
    ended a sentence, so the statement began at "Pieter Vos"; and the office before
    "(ret.)" was not learnt, so "The Ambassador added …" was no one's."""
    body = ("The conference on maritime security opened in Vessa today. "
            "In his keynote, Ambassador (ret.) Pieter Vos argued that the straits must stay open to all shipping. "
            "The Ambassador added that the navy was ready.\n\n"
            "General (Ret.) Oskel Varo said that the fleet would sail in May. The General stressed the need for drills.")
    assert_statements(body, [
        ("Pieter Vos", "indirect", "In his keynote, Ambassador (ret.) Pieter Vos argued that the straits must stay "
                                   "open to all shipping."),
        ("Pieter Vos", "indirect", "The Ambassador added that the navy was ready."),
        ("Oskel Varo", "indirect", "General (Ret.) Oskel Varo said that the fleet would sail in May."),
        ("Oskel Varo", "indirect", "The General stressed the need for drills."),
    ])


def test_for_her_part_or_and_his_delegation_tells_the_gender():
    """"For her part, Minister Lor stressed …", "Minister Lor and his delegation …": the
    possessive tells the gender of a name on no list of first names (Lor was taken for
    the "He" of the man she met, and for the "She" of the woman he met)."""
    body = ("Prime Minister Tavo Renk of Osterra met Foreign Minister Kestin Lor of Kastravia. "
            "Mr Renk welcomed the minister. For her part, Minister Lor stressed the need for calm. "
            "He said that Osterra would help. She thanked him.")
    assert_statements(body, [
        ("Tavo Renk", "indirect", "Mr Renk welcomed the minister."),
        ("Kestin Lor", "indirect", "For her part, Minister Lor stressed the need for calm."),
        ("Tavo Renk", "indirect", "He said that Osterra would help."),
        ("Kestin Lor", "indirect", "She thanked him."),
    ])
    body = ("Prime Minister Ilona Brenn of Osterra met Foreign Minister Kestin Lor of Kastravia. "
            "Ms Brenn welcomed the minister. Minister Lor and his delegation arrived on Monday. "
            "Minister Lor stressed the need for calm. She said that Osterra would help. He thanked her.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "Ms Brenn welcomed the minister."),
        ("Kestin Lor", "indirect", "Minister Lor stressed the need for calm."),
        ("Ilona Brenn", "indirect", "She said that Osterra would help."),
        ("Kestin Lor", "indirect", "He thanked her."),
    ])


def test_the_first_point_of_a_list_under_a_heading_with_no_stop():
    """"Main points of the call\\n- The President stressed …\\n- The Prime Minister …": the
    heading ends with no stop, so the first point's dash was read as a wrapped line and
    the heading's words were the President's; a dash line with the same mark on the line
    below, a capital after each, is a list's first point."""
    body = ("President Ilona Brenn of Kastravia spoke today with Prime Minister Tavo Renk of Osterra. "
            "Main points of the call\n- The President stressed the need for calm\n"
            "- The Prime Minister thanked her for the support of Kastravia")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "The President stressed the need for calm"),
        ("Tavo Renk", "indirect", "The Prime Minister thanked her for the support of Kastravia"),
    ])


def test_she_after_a_subject_of_unknown_gender_who_thanked_her():
    """"Varo thanked her for the invitation. She stressed …": the subject had "her" for
    object, so "She" is not him (a name on no list of first names) but the woman named
    before, known by her title; "him" likewise for "He"."""
    for title in ("Congresswoman", "Ms"):
        body = (f"Foreign Minister Oskel Varo of Osterra met {title} Kestin Lor in Vessa. "
                "Varo thanked her for the invitation. She stressed the importance of the talks. "
                "He said that Osterra was ready to help.")
        assert_statements(body, [
            ("Oskel Varo", "indirect", "Varo thanked her for the invitation."),
            ("Kestin Lor", "indirect", "She stressed the importance of the talks."),
            ("Oskel Varo", "indirect", "He said that Osterra was ready to help."),
        ])
    body = ("Ms Kestin Lor met Mr Oskel Varo in Vessa. Minister Jaro Tesk welcomed him to the talks. "
            "He stressed the importance of the talks.")
    assert_statements(body, [
        ("Jaro Tesk", "indirect", "Minister Jaro Tesk welcomed him to the talks."),
        ("Oskel Varo", "indirect", "He stressed the importance of the talks."),
    ])


def test_the_president_is_no_president_of_an_institute():
    """"Readout of the President's Meeting with Economists … Dana Rell, President of the
    Tarsel Policy Institute": a bare "the President" is a head of state, the readout's
    unnamed principal, not the head of an institute, a firm or a university named in it
    (nor is "Tarsel", the body's own name, a country that makes her a president)."""
    for body_name in ("Northern Policy Institute", "Tarsel Policy Institute", "Vessa University"):
        body = ("The President met today with leading economists. Dana Rell stressed the strength of "
                "the job market. The President explained how he sees the economy growing.\n\n"
                f"Participants in the meeting:\n\n- Dana Rell, President of the {body_name}\n"
                "- Ivo Marsk, Chief Economist at Vessa Bank")
        assert_statements(body, [
            ("Dana Rell", "indirect", "Dana Rell stressed the strength of the job market."),
            ("The President", "indirect", "The President explained how he sees the economy growing."),
        ], title="Readout of the President’s Meeting with Economists")


def test_the_object_of_a_participle_is_not_the_subject():
    """"The economists briefing the President underscored …": the President is what the
    participle takes; the economists underscore, a group (no one's statement)."""
    body = ("President Ilona Brenn met leading economists today. The economists briefing the President "
            "underscored the strength of the job market. The governors joining the President stressed "
            "the need for funds. The President thanked them.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "The President thanked them."),
    ])


def test_question_and_answer_labels_under_a_spokeswomans_title():
    """A foreign ministry's "Spokeswoman X's answers to media questions": "Question:" is no
    one's, "Answer:" (as "A:" after "Q:") is the spokeswoman's the title names, and a
    paragraph after it goes on with her answer."""
    body = ("Question: How would you comment on the decision of the Ostrian authorities to close the schools?\n\n"
            "Answer: We consider this decision a step backwards.\n\n"
            "We call on the Ostrian authorities to reconsider it.\n\n"
            "Question: Do you expect anything from the visit of the High Commissioner?\n\n"
            "Answer: We hope that his assessments will be objective.")
    assert_statements(body, [
        ("Vera Dalin", "direct", "We consider this decision a step backwards."),
        ("Vera Dalin", "direct", "We call on the Ostrian authorities to reconsider it."),
        ("Vera Dalin", "direct", "We hope that his assessments will be objective."),
    ], title="Foreign Ministry Spokeswoman Vera Dalin's answers to media questions regarding Ostria")


def test_a_report_after_a_cut_ends_the_transcript():
    """"<…>" and then a paragraph with no label that reports someone's words in the third
    person ("The minister also informed the President …", "Concluding the meeting, the
    President instructed …"): narrative, not more of the last turn. A paragraph that speaks
    ("We have also …") or whose subject is no person ("The Government has proposed …") still
    goes on with it."""
    body = ("Anton Vesk had a working meeting with Minister of Agriculture Mira Dal.\n\n"
            "* * *\n\n"
            "Anton Vesk: Ms Dal, what are the results of the harvest?\n\n"
            "Mira Dal: Mr President, the harvest amounted to 148 million tonnes.\n\n"
            "<…>\n\n"
            "We have also bought grain for the state fund.\n\n"
            "<…>\n\n"
            "The Government has proposed cheap loans for small farms.\n\n"
            "Anton Vesk: Good.\n\n"
            "<…>\n\n"
            "The minister also informed the President about the sowing campaign. According to Ms Dal, "
            "farmers have enough seeds.\n\n"
            "Concluding the meeting, the President instructed the Government to support small farms.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Ms Dal, what are the results of the harvest?"),
        ("Mira Dal", "direct", "Mr President, the harvest amounted to 148 million tonnes."),
        ("Mira Dal", "direct", "We have also bought grain for the state fund."),
        ("Mira Dal", "direct", "The Government has proposed cheap loans for small farms."),
        ("Anton Vesk", "direct", "Good."),
        ("Mira Dal", "indirect", "The minister also informed the President about the sowing campaign."),
        ("Mira Dal", "indirect", "According to Ms Dal, farmers have enough seeds."),
        ("Anton Vesk", "indirect", "Concluding the meeting, the President instructed the Government to support small farms."),
    ])


def test_a_stage_direction_and_labels_that_describe_the_speaker():
    """An awards ceremony's transcript: "(The President presented the state decorations.)"
    is no one's words, and a label that describes its speaker before the name ("Test pilot
    of the Ostra Aviation Plant Tor Alm:", "Teacher at Lyceum No. 2 Mira Dal:") is that
    person's turn, not more of the President's."""
    body = ("Anton Vesk presented state decorations in the Palace.\n\n"
            "* * *\n\n"
            "Anton Vesk: Friends, congratulations!\n\n"
            "(The President presented the state decorations.)\n\n"
            "Test pilot of the Ostra Aviation Plant Tor Alm: Mr President, I thank the whole team of the plant.\n\n"
            "Head teacher of mathematics at Lyceum No. 2 Mira Dal: Mr President,\n\n"
            "My pupils are waiting for you.\n\n"
            "Anton Vesk: I will come.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Friends, congratulations!"),
        ("Tor Alm", "direct", "Mr President, I thank the whole team of the plant."),
        ("Mira Dal", "direct", "Mr President,"),
        ("Mira Dal", "direct", "My pupils are waiting for you."),
        ("Anton Vesk", "direct", "I will come."),
    ])


def test_the_invitation_was_accepted_is_no_statement():
    """"X invited Y to visit Z. The invitation was accepted with gratitude.": a passive with
    no agent, narrative, not more of X's invitation."""
    body = ("Anton Vesk held talks with President of Ostria Tor Alm.\n\n"
            "Tor Alm invited Anton Vesk to visit Ostria. The invitation was accepted with gratitude.")
    assert_statements(body, [
        ("Tor Alm", "indirect", "Tor Alm invited Anton Vesk to visit Ostria."),
    ])


def test_a_name_in_a_joint_subject_with_a_titled_name_is_someone():
    """"Anton Vesk and President of Ostria Mira Dal exchanged messages …": the untitled name
    acts with the titled one, so he is someone (not a bare capitalised pair), and "the
    President of Tarvia" of the next paragraph and the message quoted after are his."""
    body = ("Anton Vesk and President of Ostria Mira Dal exchanged messages on the anniversary of relations.\n\n"
            "In his message, the President of Tarvia noted that relations were based on friendship. "
            "“I am sure that our cooperation will grow,” the message reads, in part.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "In his message, the President of Tarvia noted that relations were based on friendship."),
        ("Anton Vesk", "direct", "I am sure that our cooperation will grow,"),
    ], title="Exchange of messages with President of Ostria Mira Dal")


def test_the_invitation_was_gratefully_accepted_is_no_statement():
    """"The invitation was gratefully accepted.": the adverb does not make the passive anyone's."""
    body = ("Anton Vesk held talks with President of Ostria Tor Alm.\n\n"
            "Tor Alm invited Anton Vesk to visit Ostria. The invitation was gratefully accepted.")
    assert_statements(body, [
        ("Tor Alm", "indirect", "Tor Alm invited Anton Vesk to visit Ostria."),
    ])


def test_a_place_before_a_name_is_not_part_of_it():
    """"Nurse at the city hospital in Belogorsk Anna Orlova:": a place after "in" and then a
    name that opens with a known first name: the person is Anna Orlova, whom the shorter
    label later names too (not a second speaker "Belogorsk Anna Orlova")."""
    body = ("Anton Vesk met recipients of state awards.\n\n"
            "* * *\n\n"
            "Anton Vesk: Congratulations, friends.\n\n"
            "Nurse at the city hospital in Belogorsk Anna Orlova: Good afternoon. I am glad to be here.\n\n"
            "Anton Vesk: Thank you.\n\n"
            "Anna Orlova: Thank you.")
    result = assert_statements(body, [
        ("Anton Vesk", "direct", "Congratulations, friends."),
        ("Anna Orlova", "direct", "Good afternoon. I am glad to be here."),
        ("Anton Vesk", "direct", "Thank you."),
        ("Anna Orlova", "direct", "Thank you."),
    ])
    assert [s.name for s in result.speakers] == ["Anton Vesk", "Anna Orlova"]


def test_a_described_label_with_a_comma():
    """"Hero of Ostria, pilot Tor Alm: …": a title, a comma, an occupation in lower case and
    the name: his turn, not more of the last speaker's. A sentence that opens as one ("As for
    the proposal of pilot Tor Alm: …") is no label."""
    body = ("Anton Vesk met recipients of state awards.\n\n"
            "* * *\n\n"
            "Anton Vesk: Congratulations, friends.\n\n"
            "Hero of Ostria, pilot Tor Alm: Mr President, I serve Ostria.\n\n"
            "Anton Vesk: Thank you.\n\n"
            "As for the proposal of pilot Tor Alm: we support it.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Congratulations, friends."),
        ("Tor Alm", "direct", "Mr President, I serve Ostria."),
        ("Anton Vesk", "direct", "Thank you."),
        ("Anton Vesk", "direct", "As for the proposal of pilot Tor Alm: we support it."),
    ])


def test_the_president_of_his_country_after_the_leader_of_it():
    """The host the Kremlin never titles, called "the Tarvian leader" first (so he learns the
    country) and then "the President of Tarvia": still the untitled host of that country, not
    no one (the guest holds another office of another country)."""
    body = ("Anton Vesk had a telephone conversation with Federal Chancellor of Ostmark Mira Dal.\n\n"
            "The Federal Chancellor expressed concern over the situation at the plant. The Tarvian leader stressed "
            "that the plant was safe. Mira Dal proposed sending a mission to the plant. The President of Tarvia said "
            "he was ready to consider this proposal.")
    assert_statements(body, [
        ("Mira Dal", "indirect", "The Federal Chancellor expressed concern over the situation at the plant."),
        ("Anton Vesk", "indirect", "The Tarvian leader stressed that the plant was safe."),
        ("Mira Dal", "indirect", "Mira Dal proposed sending a mission to the plant."),
        ("Anton Vesk", "indirect", "The President of Tarvia said he was ready to consider this proposal."),
    ])


def test_a_question_before_a_lower_case_cue_is_unquoted_direct_speech():
    """"Why are we …? the head of state asked. We have the machines. …": the question is
    his words (the "?" stands where "…," would), and the unquoted sentences after the cue
    that name no one and speak in the first person, ask, or have no actor go on with them."""
    body = ("President of Velm Anton Rusak heard a report of Governor Ivo Lenk on 3 May.\n\n"
            "Why are we still losing grain in the fields? the head of state asked. We have the machines, "
            "we have the people. So what is missing? Order is missing. The President then visited a farm.")
    assert_statements(body, [
        ("Anton Rusak", "direct", "Why are we still losing grain in the fields?"),
        ("Anton Rusak", "direct", "We have the machines, we have the people."),
        ("Anton Rusak", "direct", "So what is missing?"),
        ("Anton Rusak", "direct", "Order is missing."),
    ])


def test_unquoted_direct_speech_goes_on_after_its_closing_cue():
    """"I want you to …, the head of state said as he heard the report. We cannot leave …":
    the sentence after the cue is more of his words, though "we" acts in it."""
    body = ("President of Velm Anton Rusak heard a report of Governor Ivo Lenk on 3 May.\n\n"
            "I want you to finish the harvest by October, the head of state said as he heard the report. "
            "We cannot leave a single hectare in the fields.")
    assert_statements(body, [
        ("Anton Rusak", "direct", "I want you to finish the harvest by October"),
        ("Anton Rusak", "direct", "We cannot leave a single hectare in the fields."),
    ])


def test_the_chairman_of_an_oblast_executive_committee_is_its_governor():
    """"Chairman of the Gorsk Oblast Executive Committee Ivo Lenk" is the governor that
    the readout then calls him (Belarus's oblasts): "The governor reported …", "He said …"."""
    body = ("President of Velm Anton Rusak heard a report of Chairman of the Gorsk Oblast Executive "
            "Committee Ivo Lenk on 3 May.\n\n"
            "The governor reported on the harvesting campaign. He said that the oblast had threshed a million tonnes.")
    assert_statements(body, [
        ("Ivo Lenk", "indirect", "The governor reported on the harvesting campaign."),
        ("Ivo Lenk", "indirect", "He said that the oblast had threshed a million tonnes."),
    ])


def test_the_head_of_government_is_the_prime_minister_when_a_president_is_there():
    """A President who chairs a government meeting and his Prime Minister: "The head of
    government noted …" is the Prime Minister, not the head of state."""
    body = ("President of Velm Anton Rusak held a meeting with the government on 17 January.\n\n"
            "The head of state recalled the targets set a year ago.\n\n"
            "Prime Minister Oleg Varn reported that the economy had grown by 3.9%. "
            "The head of government noted that real wages had increased by 7%.")
    assert_statements(body, [
        ("Anton Rusak", "indirect", "The head of state recalled the targets set a year ago."),
        ("Oleg Varn", "indirect", "Prime Minister Oleg Varn reported that the economy had grown by 3.9%."),
        ("Oleg Varn", "indirect", "The head of government noted that real wages had increased by 7%."),
    ])


def test_touched_upon_is_speech():
    """"The President also touched upon the upcoming session …" reports what he spoke of
    ("The parties touched upon …" stays no one's)."""
    body = ("President of Velm Anton Rusak met with Chairwoman of the Senate Ilse Brant.\n\n"
            "The President also touched upon the upcoming session of the People’s Assembly. "
            "The parties touched upon the budget.")
    assert_statements(body, [
        ("Anton Rusak", "indirect", "The President also touched upon the upcoming session of the People’s Assembly."),
    ])


def test_the_diplomat_is_the_ambassador():
    """"According to the diplomat, …" after an ambassador spoke: the ambassador, as
    "the envoy" is."""
    body = ("President of Velm Anton Rusak received credentials from Ambassador of Kiwanda Joseph Mbeki.\n\n"
            "Ambassador of Kiwanda Joseph Mbeki said that his country was interested in Velmian tractors. "
            "According to the diplomat, the first deliveries could take place this year.")
    assert_statements(body, [
        ("Joseph Mbeki", "indirect", "Ambassador of Kiwanda Joseph Mbeki said that his country was interested in Velmian tractors."),
        ("Joseph Mbeki", "indirect", "According to the diplomat, the first deliveries could take place this year."),
    ])


def test_in_his_words_opening_a_sentence_is_its_source():
    """"In his words, the gas price agreed today will …": the opening source governs the
    sentence, as "According to him, …" does, whatever verb of no one follows ("agreed")."""
    body = ("President of Ostria Boris Lemm met with President of Velm Anton Rusak.\n\n"
            "Boris Lemm, in turn, emphasized the importance of the agreements. "
            "In his words, the gas price agreed today will allow Velmian plants to remain competitive.")
    assert_statements(body, [
        ("Boris Lemm", "indirect", "Boris Lemm, in turn, emphasized the importance of the agreements."),
        ("Boris Lemm", "indirect", "In his words, the gas price agreed today will allow Velmian plants to remain competitive."),
    ])


def test_an_invitation_accepted_is_no_ones_statement():
    """"The invitation was accepted with gratitude." after the invitation tells what was
    done (a passive with no agent), it does not go on with the one who invited."""
    body = ("President of Velm Anton Rusak had a telephone conversation with President of Tervia Milan Horak.\n\n"
            "The President of Tervia also invited his Velmian counterpart to the celebrations of Tervia’s "
            "independence. The invitation was accepted with gratitude.")
    assert_statements(body, [
        ("Milan Horak", "indirect", "The President of Tervia also invited his Velmian counterpart to the "
                                    "celebrations of Tervia’s independence."),
    ])


def test_called_something_in_quotation_marks_is_speech():
    """"The head of state called the sanctions “a shot in the foot” of Europe itself.":
    calling a thing by a quoted description is his statement (not a term of no one's)."""
    body = ("President of Velm Anton Rusak addressed the Forum of Regions on 27 June.\n\n"
            "The head of state called the Western sanctions “a shot in the foot” of Europe itself.")
    assert_statements(body, [
        ("Anton Rusak", "indirect", "The head of state called the Western sanctions “a shot in the foot” of Europe itself."),
    ])


def test_wondered_asks_a_question():
    """"“Who needs this paperwork? Nobody,” the head of state wondered. “People write …”":
    wondering is asking; both quotations are his (the second went to the man who reported)."""
    body = ("President of Velm Anton Rusak heard a report of Head of the Administration Igor Sark.\n\n"
            "Igor Sark informed the President about citizens’ appeals.\n\n"
            "“Who needs this paperwork? Nobody,” the head of state wondered. "
            "“People write to us because nobody listened to them.”")
    assert_statements(body, [
        ("Igor Sark", "indirect", "Igor Sark informed the President about citizens’ appeals."),
        ("Anton Rusak", "direct", "Who needs this paperwork? Nobody"),
        ("Anton Rusak", "direct", "People write to us because nobody listened to them."),
    ])


def test_the_head_of_a_body_is_its_chief_or_chairman():
    """"Chief of the General Staff Pavel Sokol … According to the head of the General
    Staff, …", "Chairman of the Board of the National Bank Roman Tsvet … The head of the
    National Bank noted …": one body's leader, named by another word for leading it."""
    body = ("President of Velm Anton Rusak held a meeting with the military and the bankers.\n\n"
            "Chief of the General Staff Pavel Sokol informed the head of state about the exercises. "
            "According to the head of the General Staff, 5,000 reservists took part.\n\n"
            "Chairman of the Board of the National Bank Roman Tsvet reported that inflation had slowed. "
            "The head of the National Bank noted that the rate would stay unchanged.")
    assert_statements(body, [
        ("Pavel Sokol", "indirect", "Chief of the General Staff Pavel Sokol informed the head of state about the exercises."),
        ("Pavel Sokol", "indirect", "According to the head of the General Staff, 5,000 reservists took part."),
        ("Roman Tsvet", "indirect", "Chairman of the Board of the National Bank Roman Tsvet reported that inflation had slowed."),
        ("Roman Tsvet", "indirect", "The head of the National Bank noted that the rate would stay unchanged."),
    ])


def test_the_vice_premier_is_the_deputy_prime_minister():
    """"Deputy Prime Minister Anna Grin … The Vice Premier said …": one office, two names."""
    body = ("President of Velm Anton Rusak held a meeting on prices.\n\n"
            "Deputy Prime Minister Anna Grin informed the head of state about the consumer market. "
            "The Vice Premier said that food prices had risen by less than 3%.")
    assert_statements(body, [
        ("Anna Grin", "indirect", "Deputy Prime Minister Anna Grin informed the head of state about the consumer market."),
        ("Anna Grin", "indirect", "The Vice Premier said that food prices had risen by less than 3%."),
    ])


def test_the_head_of_a_countrys_foreign_ministry_is_its_foreign_minister():
    """"The head of the Sarnian Foreign Ministry noted …" went to the host (a "head" of
    nothing known); it is Sarnia's foreign minister, and "She stressed …" is hers."""
    body = ("President of Velm Anton Rusak met with Minister of Foreign Affairs of Sarnia Helga Brun.\n\n"
            "“Madam Minister, I will be frank with you,” the head of state said.\n\n"
            "The head of the Sarnian Foreign Ministry noted that her country wanted dialogue. "
            "She stressed that Sarnia had never called for isolating Velm.")
    assert_statements(body, [
        ("Anton Rusak", "direct", "Madam Minister, I will be frank with you"),
        ("Helga Brun", "indirect", "The head of the Sarnian Foreign Ministry noted that her country wanted dialogue."),
        ("Helga Brun", "indirect", "She stressed that Sarnia had never called for isolating Velm."),
    ])


def test_a_quotation_over_three_paragraphs_opened_once_and_closed_once():
    """"“Dear compatriots! …" / "We remember their feat. …" / "And we will never …,” the
    head of state said.": the middle paragraph, with no mark, is his words too."""
    body = ("President of Velm Anton Rusak spoke at the Independence Day meeting.\n\n"
            "“Dear compatriots! Today we celebrate the main holiday of our country.\n\n"
            "We remember their feat. We remember the price that was paid for our freedom.\n\n"
            "And we will never allow anyone to take it away from us,” the head of state said.")
    assert_statements(body, [
        ("Anton Rusak", "direct", "Dear compatriots! Today we celebrate the main holiday of our country."),
        ("Anton Rusak", "direct", "We remember their feat. We remember the price that was paid for our freedom."),
        ("Anton Rusak", "direct", "And we will never allow anyone to take it away from us"),
    ])


def test_the_head_of_state_opening_a_narrative_sentence_is_he_after_it():
    """"The head of state then visited the farm. “…,” he warned.": the office in lower case
    that opens a sentence with no cue (the house style of Minsk) is its subject, and "he"
    after it is he, not the minister who spoke last."""
    body = ("President of Velm Anton Rusak held a meeting on agriculture.\n\n"
            "Minister of Agriculture Ivan Bryl said that the ministry had drawn up a plan.\n\n"
            "The head of state then visited the farm. “I gave you a year,” he warned.")
    assert_statements(body, [
        ("Ivan Bryl", "indirect", "Minister of Agriculture Ivan Bryl said that the ministry had drawn up a plan."),
        ("Anton Rusak", "direct", "I gave you a year"),
    ])


def test_quoted_someone_as_saying_gives_the_quotation_to_them():
    """"The Telegram channel Pervy Golos quoted the head of state as saying: “…”": the words
    are his (not the channel's, read as a name), and the lead-in is no one's statement."""
    body = ("President of Velm Anton Rusak held a meeting on agriculture.\n\n"
            "The Telegram channel Pervy Golos quoted the head of state as saying: “Whoever cannot work should leave.”")
    assert_statements(body, [("Anton Rusak", "direct", "Whoever cannot work should leave.")])


def test_summed_up_is_speech():
    """"The head of state summed up the meeting." reports what he said, as "summarized" does."""
    body = ("President of Velm Anton Rusak held a meeting on agriculture.\n\n"
            "The head of state summed up the meeting.")
    assert_statements(body, [("Anton Rusak", "indirect", "The head of state summed up the meeting.")])


def test_a_governor_of_a_region_of_a_country_keeps_his_name():
    """"Governor of the Yarovsk Region of Ostria Mikhail Yevdok" named after a cue that
    closes unquoted direct speech: the run after "Region of" is the country and the name,
    not a region's name, so "The Governor of the Yarovsk Region thanked …" and "He
    reported …" are his (they went to no one and to the host)."""
    body = ("I am sure that our trade will grow, President of Velm Anton Rusak said at a meeting with "
            "Governor of the Yarovsk Region of Ostria Mikhail Yevdok on 19 March.\n\n"
            "The Governor of the Yarovsk Region thanked the President for the hospitality. "
            "He reported that 17 joint enterprises were working in the region.")
    assert_statements(body, [
        ("Anton Rusak", "direct", "I am sure that our trade will grow"),
        ("Mikhail Yevdok", "indirect", "The Governor of the Yarovsk Region thanked the President for the hospitality."),
        ("Mikhail Yevdok", "indirect", "He reported that 17 joint enterprises were working in the region."),
    ])


def test_a_rector_is_an_office():
    """"Rector of the Lesnian State University Andrei Korol … The rector said …": the office
    of a university's head, known as the others are (it was read as part of his name)."""
    body = ("President of Velm Anton Rusak met with students of the Velm State University.\n\n"
            "Rector of the Velm State University Andrei Korol thanked the head of state for the meeting. "
            "The rector said that the university had opened five new specialties.")
    assert_statements(body, [
        ("Andrei Korol", "indirect", "Rector of the Velm State University Andrei Korol thanked the head of state for the meeting."),
        ("Andrei Korol", "indirect", "The rector said that the university had opened five new specialties."),
    ])


def test_shared_his_memories_is_speech():
    """"The head of state shared his memories of his student years." tells what he said."""
    body = ("President of Velm Anton Rusak met with students.\n\n"
            "The head of state shared his memories of his student years.")
    assert_statements(body, [("Anton Rusak", "indirect", "The head of state shared his memories of his student years.")])


def test_the_head_of_a_countrys_mfa_is_its_foreign_minister():
    """"The head of the Ostrian MFA informed …" made a speaker named "Ostrian MFA", and
    "the head of the Russian Foreign Ministry" (a country the tables know) was no one."""
    body = ("Minister of Foreign Affairs of Ostria Maksim Ryzh held talks with Minister of Foreign Affairs "
            "of Russia Petr Dvor.\n\n"
            "The head of the Ostrian MFA informed his counterpart about the priorities of the chairmanship. "
            "The head of the Russian Foreign Ministry noted the interest of business in the Ostrian market.")
    assert_statements(body, [
        ("Maksim Ryzh", "indirect", "The head of the Ostrian MFA informed his counterpart about the priorities of the chairmanship."),
        ("Petr Dvor", "indirect", "The head of the Russian Foreign Ministry noted the interest of business in the Ostrian market."),
    ])


def test_the_director_is_not_the_head_of_state():
    """A President called "the head of state" held no office "director" leads ("head" and
    "director" name one body's leader only when both lead a body): "The director
    answered …" is the plant's director, not the President."""
    body = ("President of Ostria Anton Rusak visited the Tarvik Tractor Works.\n\n"
            "General Director of the Tarvik Tractor Works Pavel Orl told the head of state about the plant. "
            "The head of state asked about Africa. The director answered that three plants had opened there.")
    assert_statements(body, [
        ("Pavel Orl", "indirect", "General Director of the Tarvik Tractor Works Pavel Orl told the head of state about the plant."),
        ("Anton Rusak", "indirect", "The head of state asked about Africa."),
        ("Pavel Orl", "indirect", "The director answered that three plants had opened there."),
    ])


def test_unquoted_direct_speech_before_an_inverted_cue_with_as_he():
    """"Nobody will build our country for us, said President X as he visited …": the cue
    inverted, then when it was said."""
    body = ("Nobody will build our country for us, said President of Ostria Anton Rusak as he visited "
            "the Tarvik Tractor Works on 14 May.")
    assert_statements(body, [("Anton Rusak", "direct", "Nobody will build our country for us")])


def test_a_question_asked_of_someone_before_a_lower_case_cue():
    """"Is it possible to sell more in Africa? the head of state asked the director.": the
    question is his words, whom he asked ends the sentence."""
    body = ("President of Ostria Anton Rusak visited the Tarvik Tractor Works.\n\n"
            "Is it possible to sell more in Africa? the head of state asked the director.")
    assert_statements(body, [("Anton Rusak", "direct", "Is it possible to sell more in Africa?")])


def test_a_transcript_that_starts_after_narrative_in_a_joined_paragraph():
    """A source that joins every paragraph after the lead (the Kremlin's 2021–2022 readouts)
    may start a transcript inside one, after narrative: "… in a restricted format. President
    of Ostria Anton Vesk: Mr President, …" is a transcript from the label on; "The talks
    continued in an expanded format …" between turns is narrative, as is a sentence that
    reports a speaker of the transcript in the third person."""
    body = ("Anton Vesk held talks with President of the Republic of Tarnia Ivo Maric.\n\n"
            "The talks began in a restricted format. President of Ostria Anton Vesk: Mr President, I am glad "
            "to welcome you in Ostrograd. Our trade has grown by a quarter. Please. President of the Republic "
            "of Tarnia Ivo Maric (retranslated): Thank you, Mr President. We are ready to do more. Anton Vesk: "
            "Good. The talks continued in an expanded format. Ivo Maric (retranslated): I would like to raise "
            "the matter of fertilisers. Anton Vesk: We will look into it. The President of Ostria then asked "
            "the Government to prepare a proposal.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Mr President, I am glad to welcome you in Ostrograd. Our trade has grown by a "
                                 "quarter. Please."),
        ("Ivo Maric", "direct", "Thank you, Mr President. We are ready to do more."),
        ("Anton Vesk", "direct", "Good."),
        ("Ivo Maric", "direct", "I would like to raise the matter of fertilisers."),
        ("Anton Vesk", "direct", "We will look into it."),
        ("Anton Vesk", "indirect", "The President of Ostria then asked the Government to prepare a proposal."),
    ])


def test_narrative_between_the_turns_of_a_joined_transcript():
    """In a joined transcript, "The head of Tarnogaz also told the President …", "According
    to Pavel Orl, …" and "Mira Dal thanked the President …" report speakers of the
    transcript in the third person: narrative, not the words of the turn before; an unnamed
    "Remark:" is no one's, and a label of a name only mentioned before ("… give the floor to
    Mira Dal. Mira Dal: …") is hers."""
    body = ("Anton Vesk met with Chairman of the Board of the State Company Tarnogaz Pavel Orl.\n\n"
            "Anton Vesk: Mr Orl, how is the pipeline? Pavel Orl: Mr President, it is ready. I would like to "
            "give the floor to Mira Dal, who built it. Mira Dal: Mr President, we finished it in May. Remark: "
            "And the road too! Anton Vesk: Thank you all. The head of Tarnogaz also told the President about "
            "the plans for a second line. According to Pavel Orl, it could be built by 2030. Mira Dal thanked "
            "the President for his support.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Mr Orl, how is the pipeline?"),
        ("Pavel Orl", "direct", "Mr President, it is ready. I would like to give the floor to Mira Dal, who built it."),
        ("Mira Dal", "direct", "Mr President, we finished it in May."),
        ("Anton Vesk", "direct", "Thank you all."),
        ("Pavel Orl", "indirect", "The head of Tarnogaz also told the President about the plans for a second line."),
        ("Pavel Orl", "indirect", "According to Pavel Orl, it could be built by 2030."),
        ("Mira Dal", "indirect", "Mira Dal thanked the President for his support."),
    ])


def test_the_head_of_what_a_person_leads():
    """"The head of the delegation" is the man the delegation was "headed by"; "the head of
    the region" and "the head of the regional military administration" the head of its
    administration; "the head of the Tarnian government" its Chancellor; "the head of the
    state corporation" its Director General."""
    body = ("President of Ostria Anton Vesk met with a delegation of the Parliament of Tarnia headed by Speaker "
            "of the Parliament Ivo Maric. The meeting was attended by Head of the Lisna Regional Military "
            "Administration Oleh Sabo, Federal Chancellor of Tarnia Karl Brenn and Director General of the "
            "State Corporation Ostrochem Pavel Orl. The head of the delegation assured that Tarnia would help. "
            "According to him, a new package is ready. The head of the regional military administration "
            "reported that the grid had been restored. The head of the region assured that schools were "
            "ready. The head of the Tarnian government replied that the talks would go on. The head of the "
            "state corporation informed about new plants.")
    assert_statements(body, [
        ("Ivo Maric", "indirect", "The head of the delegation assured that Tarnia would help."),
        ("Ivo Maric", "indirect", "According to him, a new package is ready."),
        ("Oleh Sabo", "indirect", "The head of the regional military administration reported that the grid had "
                                  "been restored."),
        ("Oleh Sabo", "indirect", "The head of the region assured that schools were ready."),
        ("Karl Brenn", "indirect", "The head of the Tarnian government replied that the talks would go on."),
        ("Pavel Orl", "indirect", "The head of the state corporation informed about new plants."),
    ])


def test_a_body_and_then_a_name_after_an_organisations_word():
    """"Head of the Security Service of Tarnia Dmytro Sabo", "Chairman of the Board of
    Tarnobank Irina Lesk": the body (and its country), then the person's name, which a
    common first name opens; "the head of the Security Service" is then that man."""
    body = ("President of Ostria Anton Vesk held a meeting with Head of the Security Service of Tarnia Dmytro "
            "Sabo and Chairman of the Board of Tarnobank Irina Lesk. The head of the Security Service reported "
            "on the arrests. Irina Lesk noted that the banks were stable.")
    result = assert_statements(body, [
        ("Dmytro Sabo", "indirect", "The head of the Security Service reported on the arrests."),
        ("Irina Lesk", "indirect", "Irina Lesk noted that the banks were stable."),
    ])
    assert sorted(s.name for s in result.speakers) == ["Dmytro Sabo", "Irina Lesk"]


def test_a_joint_statement_quoted_is_no_ones():
    """"… adopted a joint statement. The statement says, in particular: “…”": a text several
    wrote, no one's words (not those of the leader who spoke last)."""
    body = ("Anton Vesk, President of Tarnia Ivo Maric and Prime Minister of Lisna Mira Dal held a meeting. "
            "Mira Dal stressed that the railway was a priority. Following the meeting, the three leaders "
            "adopted a joint statement. The statement says, in particular: \"The parties confirm their "
            "commitment to all the provisions of the previous statements.\"")
    assert_statements(body, [
        ("Mira Dal", "indirect", "Mira Dal stressed that the railway was a priority."),
    ])


def test_an_argument_after_a_connective_carries_on_the_report():
    """"At the same time, security on the route must be guaranteed …" right after one man's
    report: an argument that carries it on, not a body ("security") doing something."""
    body = ("Anton Vesk had a telephone conversation with President of Tarnia Ivo Maric. Anton Vesk noted "
            "that the railway was ready to take part in the work. At the same time, security on the route "
            "must be guaranteed by the border services. Ivo Maric agreed with this approach.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Anton Vesk noted that the railway was ready to take part in the work."),
        ("Anton Vesk", "indirect", "At the same time, security on the route must be guaranteed by the border services."),
        ("Ivo Maric", "indirect", "Ivo Maric agreed with this approach."),
    ])


def test_quotations_reopened_in_a_joined_paragraph():
    """A source that joins paragraphs keeps the mark that reopened a quotation's next
    paragraph: "\"A. B. \"C,\" the President said." is one quotation; two of them in one
    paragraph must not leave the rest of it unquoted."""
    body = ("\"Today I met the energy companies. Not everything is ready. \"In some towns the backup power is "
            "on paper only,\" President of Ostria Anton Vesk said. He added that generators would be bought. "
            "\"I spoke with the Prime Minister of Tarnia today. He promised help. \"We also agreed to protect "
            "the grid,\" the President said. \"Glory to Ostria!\" he concluded.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Today I met the energy companies. Not everything is ready. In some towns the "
                                 "backup power is on paper only"),
        ("Anton Vesk", "indirect", "He added that generators would be bought."),
        ("Anton Vesk", "direct", "I spoke with the Prime Minister of Tarnia today. He promised help. We also "
                                 "agreed to protect the grid"),
        ("Anton Vesk", "direct", "Glory to Ostria!"),
    ])


def test_a_joined_transcripts_narrative_and_what_a_speaker_says_of_others():
    """In a joined transcript, "The President was shown a map …" between turns is narrative;
    a minister's "The Prime Minister instructed the ministries …" (someone who speaks in no
    turn, not the untitled host) and "We will …" stay his words."""
    body = ("Anton Vesk held a meeting with Government members.\n\n"
            "Anton Vesk: Good afternoon. Mr Orl, please. Minister of Economy Pavel Orl: Mr President, the plant "
            "is ready. The Prime Minister instructed the ministries to prepare a programme. We will submit it "
            "next week. The President was shown a model of the plant. Anton Vesk: Thank you.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Good afternoon. Mr Orl, please."),
        ("Pavel Orl", "direct", "Mr President, the plant is ready. The Prime Minister instructed the ministries to "
                                "prepare a programme. We will submit it next week."),
        ("Anton Vesk", "direct", "Thank you."),
    ])


def test_a_quotation_nested_at_a_sentences_start_is_no_reopening():
    """'"We remember her words. "Never give up," she told us. That is what we do," the
    President said.': the inner quotation closes before the outer one, so it is nested,
    not the outer one reopened."""
    body = ("\"We remember the words of our teacher. \"Never give up,\" she told us. That is what we do,\" "
            "President of Ostria Anton Vesk said.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "We remember the words of our teacher. Never give up, she told us. That is what "
                                 "we do"),
    ])


def test_what_the_meetings_people_did_between_joined_turns():
    """"The presidents then answered questions from the media." between the turns of a
    joined transcript is narrative, not the end of the guest's turn; "Question:" after it is
    no one's; "After the meeting, …" is narrative again."""
    body = ("Anton Vesk and President of Tarnia Ivo Maric made statements for the press.\n\n"
            "President of Ostria Anton Vesk: Mr President, our talks were useful. President of Tarnia Ivo Maric "
            "(retranslated): Thank you. I invited the President to Tarnia, and he accepted. The presidents then "
            "answered questions from the media. Question: Mr Maric, what about gas? Ivo Maric (retranslated): "
            "We have agreed on a fair price. After the meeting, the two presidents laid flowers.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Mr President, our talks were useful."),
        ("Ivo Maric", "direct", "Thank you. I invited the President to Tarnia, and he accepted."),
        ("Ivo Maric", "direct", "We have agreed on a fair price."),
    ])


def test_the_bare_office_of_the_title_is_not_the_guest_it_calls():
    """"Statement from Press Secretary X on the President’s Call with President Y of
    Calvara": the title's bare "the President" is the office's own head, named in the body,
    not the guest of "with" (whom it resolved to, so every "the President" was the guest's)."""
    body = ("Today, President Hal Ostrom spoke with President Oren Maddox of Calvara to offer his condolences. "
            "The President said: “We stand with the people of Calvara.”\n\n"
            "President Maddox thanked the President for the offer of assistance. "
            "The President assured President Maddox that Norland would help.")
    assert_statements(body, [
        ("Hal Ostrom", "direct", "We stand with the people of Calvara."),
        ("Oren Maddox", "indirect", "President Maddox thanked the President for the offer of assistance."),
        ("Hal Ostrom", "indirect", "The President assured President Maddox that Norland would help."),
    ], title="Statement from Press Secretary Nadia Quill on the President’s Call with President Oren Maddox of Calvara")


def test_a_task_before_a_preposition_is_a_noun():
    """"In his opinion, the key task for the coming weeks is to …": "task" after an
    adjective was read as the verb of "tasked X with", a cue of no one that cut the
    opinion off its words (the sentence was no statement)."""
    body = ("Head of the Office of the President Ivan Dorosh met with the partners.\n\n"
            "The Head of the Office thanked the partners for their support. In his opinion, the key task for "
            "the coming weeks is to protect the power plants.\n\n"
            "According to him, the main task of the government is to restore the grid.")
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "The Head of the Office thanked the partners for their support."),
        ("Ivan Dorosh", "indirect", "In his opinion, the key task for the coming weeks is to protect the power plants."),
        ("Ivan Dorosh", "indirect", "According to him, the main task of the government is to restore the grid."),
    ])


def test_a_verbless_lead_in_and_its_list_of_verbs():
    """"During the meeting, the President:" and items that open with a speech verb
    ("Reaffirmed …", "Welcomed …"): each item is his statement. "The leaders:" and its
    items are a group's, no one's."""
    body = ("President Hal Ostrom met today with Prime Minister Ilka Sorensen of Valdmark.\n\n"
            "During the meeting, the President:\n\n"
            "- Reaffirmed Norland’s commitment to Valdmark’s security;\n\n"
            "- Welcomed Valdmark’s decision to increase its defense spending; and\n\n"
            "- Urged continued support for the reconstruction of Lorvane.\n\n"
            "Prime Minister Sorensen thanked the President for the warm welcome.\n\n"
            "The leaders:\n\n"
            "- Launched a dialogue on critical minerals;\n\n"
            "- Condemned the attacks on shipping.")
    assert_statements(body, [
        ("Hal Ostrom", "indirect", "Reaffirmed Norland’s commitment to Valdmark’s security;"),
        ("Hal Ostrom", "indirect", "Welcomed Valdmark’s decision to increase its defense spending; and"),
        ("Hal Ostrom", "indirect", "Urged continued support for the reconstruction of Lorvane."),
        ("Ilka Sorensen", "indirect", "Prime Minister Sorensen thanked the President for the warm welcome."),
    ])


def test_the_official_of_a_country_is_the_one_of_it_in_office():
    """"According to the Kaldorian official, …": "official" (or "diplomat") with a country
    is whoever of that country holds an office, whatever it is (a national security
    adviser here); it was no one."""
    body = ("Deputy Head of the Office of the President of Varenia Ihor Bondar had a call with National Security "
            "Adviser to the Prime Minister of Kaldoria Alastair Penrose.\n\n"
            "Alastair Penrose assured that support would not weaken. According to the Kaldorian official, "
            "the package will include air defense.\n\n"
            "The Varenian official thanked him for the support.")
    assert_statements(body, [
        ("Alastair Penrose", "indirect", "Alastair Penrose assured that support would not weaken."),
        ("Alastair Penrose", "indirect", "According to the Kaldorian official, the package will include air defense."),
        ("Ihor Bondar", "indirect", "The Varenian official thanked him for the support."),
    ])


def test_the_head_of_a_countrys_government_in_lower_case():
    """"The head of the Estonian government noted …": "government" in lower case after a
    nationality ended the phrase at "the Estonian" (a "head" of no office), so the
    statement was no one's and the "He" after it went to the host. As "the head of the
    Ukrainian state" is the head of state, it is the head of government."""
    body = ("President of Varenia Ivan Dorosh met with Prime Minister of Estonia Kaarel Tamm.\n\n"
            "The head of the Estonian government noted that his country was ready to help. "
            "He also announced a new package of aid.")
    assert_statements(body, [
        ("Kaarel Tamm", "indirect", "The head of the Estonian government noted that his country was ready to help."),
        ("Kaarel Tamm", "indirect", "He also announced a new package of aid."),
    ])


def test_the_head_of_the_government_of_a_country_the_tables_do_not_know():
    """"The Head of the Lusovian Government noted …": an adjective the tables do not know
    between "of the" and "Government" (or "State") is a country, so the head is that
    country's head of government (its Prime Minister, named in the title only); it was
    a "head" of no office and went to the host, the Head of State. The adjectives of
    small states the tables lacked are known too ("the Andorran Head of Government")."""
    body = ("President of Varenia Ivan Dorosh met with the Prime Minister of Lusovia.\n\n"
            "The Head of State thanked the Lusovian Prime Minister for the visit.\n\n"
            "The Head of the Lusovian Government noted that his country was ready to help. "
            "He also announced a new package of aid.")
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "The Head of State thanked the Lusovian Prime Minister for the visit."),
        ("Kaarel Tamm", "indirect", "The Head of the Lusovian Government noted that his country was ready to help."),
        ("Kaarel Tamm", "indirect", "He also announced a new package of aid."),
    ], title="Ivan Dorosh met with Prime Minister of Lusovia Kaarel Tamm")
    body = ("President of Varenia Ivan Dorosh met with Head of Government of Andorra Xavier Serra.\n\n"
            "The Andorran Head of Government noted that his country was ready to help.")
    assert_statements(body, [
        ("Xavier Serra", "indirect", "The Andorran Head of Government noted that his country was ready to help."),
    ])


def test_one_surname_transliterated_several_ways_is_one_person():
    """"Mykola Ostrovskiy … Ostrovsky thanked … Mr. Ostrovskyi noted …": the endings a
    transliteration gives a Ukrainian name (-yy, -yi, -iy, -ij, -y; "Andriy", "Andrii")
    are one name; "Ostrovsky" alone was no one and "Mr. Ostrovskyi" a second speaker."""
    body = ("President of Varenia Mykola Ostrovskiy met with Prime Minister Kaarel Tamm. "
            "Ostrovsky thanked Tamm for the visit. Mr. Ostrovskyi noted that aid matters.\n\n"
            "Head of the Office Andrii Dorosh met with the partners. Andriy Dorosh informed them about the attacks.")
    assert_statements(body, [
        ("Mykola Ostrovskyy", "indirect", "Ostrovsky thanked Tamm for the visit."),
        ("Mykola Ostrovskyy", "indirect", "Mr. Ostrovskyi noted that aid matters."),
        ("Andrii Dorosh", "indirect", "Andriy Dorosh informed them about the attacks."),
    ], title="Mykola Ostrovskyy met with Kaarel Tamm")


def test_the_head_of_the_delegation_is_the_one_who_leads_it():
    """"… met with a delegation of the Congress of Norland led by Senator X … The head of
    the delegation invited …": the one a delegation is led (headed) by is its head; "the
    head of the delegation" (lower case) was a thing, "the delegation", no one. With no
    one named as leading it, it stays no one (not the Head of the Office)."""
    body = ("President of Varenia Ivan Dorosh met with a delegation of the Congress of Norland led by "
            "Senator Ruth Calloway. The delegation also included Senator Dale Whitaker.\n\n"
            "Senator Whitaker noted the importance of transparency.\n\n"
            "The head of the delegation invited Ivan Dorosh to address the Congress.")
    assert_statements(body, [
        ("Dale Whitaker", "indirect", "Senator Whitaker noted the importance of transparency."),
        ("Ruth Calloway", "indirect", "The head of the delegation invited Ivan Dorosh to address the Congress."),
    ])
    body = ("Head of the Office of the President Ivan Dorosh met with a delegation of the Congress of Norland.\n\n"
            "The head of the delegation invited Ivan Dorosh to Washington.")
    assert_statements(body, [])


def test_a_special_presidential_envoy_is_the_special_envoy():
    """"Special Presidential Envoy for Climate Tom Kerran … The Special Envoy welcomed …":
    "Presidential" inside the office was read as a country the tables do not know and
    "Special" was dropped, so the envoy was no special envoy and the statement no one's."""
    body = ("Special Presidential Envoy for Climate Tom Kerran met with Foreign Minister Ana Silva of Spain. "
            "Foreign Minister Silva noted her government's new plan. The Special Envoy welcomed the plan.")
    assert_statements(body, [
        ("Ana Silva", "indirect", "Foreign Minister Silva noted her government's new plan."),
        ("Tom Kerran", "indirect", "The Special Envoy welcomed the plan."),
    ])


def test_a_name_that_was_speaking_is_someone():
    """"“…,” the President said. Arkady Velin was speaking at a meeting with the crew …":
    a name on no list of first names, whose only verb is "was speaking", is a person, the
    one "the President" means; not the ship's commander who assures the President later."""
    body = ("“A tragedy happened today in the Northern Fleet,” the President said. Tomir Velsk was "
            "speaking at a meeting with the crew of the cruiser, which is in Pelmora on a visit.\n\n"
            "The cruiser's commander, Oleg Marchenko, assured the President that the crew was ready.")
    assert_statements(body, [
        ("Tomir Velsk", "direct", "A tragedy happened today in the Northern Fleet,"),
        ("Oleg Marchenko", "indirect",
         "The cruiser's commander, Oleg Marchenko, assured the President that the crew was ready."),
    ], title="Meeting with the crew of the cruiser")


def test_a_senate_president_is_not_the_president():
    """"Senate President Ilse Varga" presides over a house: a bare "the President" of the
    readout is the visiting head of state, and "the influential senator" is she."""
    body = ("Before the talks, the President greeted the Lorvanian legislators and said that he valued "
            "the Parliament.\n\n"
            "Senate President Ilse Varga fully agreed with him. The influential senator thanked Tomir "
            "Velsk for his friendly partnership. Tomir Velsk invited her to visit Karsk.")
    assert_statements(body, [
        ("Tomir Velsk", "indirect", "Before the talks, the President greeted the Lorvanian legislators "
                                    "and said that he valued the Parliament."),
        ("Ilse Varga", "indirect", "Senate President Ilse Varga fully agreed with him."),
        ("Ilse Varga", "indirect", "The influential senator thanked Tomir Velsk for his friendly partnership."),
        ("Tomir Velsk", "indirect", "Tomir Velsk invited her to visit Karsk."),
    ], title="Meeting with leaders of the Lorvanian Parliament")


def test_the_president_elect_is_not_the_vice_president():
    """"President-elect Sandoval": an office ("the president-elect"), not a name's first
    word; the president-elect is not the Vice President."""
    body = ("Vice President Ameline Okafor spoke today with President-elect Ernesto Sandoval of Teralia. "
            "The president-elect assured the Vice President that his government would continue "
            "cooperation on migration.")
    assert_statements(body, [
        ("Ernesto Sandoval", "indirect", "The president-elect assured the Vice President that his government "
                                         "would continue cooperation on migration."),
    ], title="Readout of Vice President Okafor’s Call with President-Elect Sandoval of Teralia")


def test_an_office_or_a_surname_before_a_describing_aside():
    """"The Arvandian guest, who has headed the government since 2018, pointed out …",
    "Tolvik, a former trade negotiator who …, put forward …": the subject before the aside
    speaks, an office that opens the sentence or a surname the readout gave in full."""
    body = ("President of Sverkovia Bohdan Kalyta met with Prime Minister of Arvandia Esteban Morel. "
            "The Arvandian guest, who has headed the government since 2018 and previously served as "
            "minister of finance, pointed out that trade had grown by a quarter.\n\n"
            "Vice President Ameline Okafor met with Prime Minister Aras Tolvik of Chosalia. Tolvik, a former "
            "trade negotiator who has led the government since 2021, put forward a proposal to set up "
            "a working group on semiconductors.")
    assert_statements(body, [
        ("Esteban Morel", "indirect", "The Arvandian guest, who has headed the government since 2018 and "
                                      "previously served as minister of finance, pointed out that trade had "
                                      "grown by a quarter."),
        ("Aras Tolvik", "indirect", "Tolvik, a former trade negotiator who has led the government since 2021, "
                                    "put forward a proposal to set up a working group on semiconductors."),
    ])


def test_a_relative_clause_after_an_opening_participle_is_no_subject():
    """"Speaking to the crew, X, who served in the navy, said …": "who" opens an aside,
    X is the subject."""
    body = ("Tomir Velsk met the crew of the cruiser. Speaking to the crew, Tomir Velsk, who served in "
            "the navy himself as a young officer, said that service on the cruiser was dangerous.")
    assert_statements(body, [
        ("Tomir Velsk", "indirect", "Speaking to the crew, Tomir Velsk, who served in the navy himself as a "
                                    "young officer, said that service on the cruiser was dangerous."),
    ])


def test_the_latter_and_the_former():
    """"X met with Y. The former congratulated the latter …": of the two people named
    last, the former is the first, the latter the second ("The latter briefed him …");
    "the former president" is an office, and "The former was instructed by the
    President" is the President's order."""
    body = ("President Daniel Harlow met today with Prime Minister Stavros Meridakis of Kestria. The former "
            "congratulated the latter on two hundred years of Kestrian independence.\n\n"
            "The President thanked Ivo Marsk and Minister of Health Pavel Drozdov for their work. The latter "
            "briefed him on the treatment of the injured. The former was instructed by the President to "
            "supervise support for the families.")
    assert_statements(body, [
        ("Daniel Harlow", "indirect",
         "The former congratulated the latter on two hundred years of Kestrian independence."),
        ("Daniel Harlow", "indirect", "The President thanked Ivo Marsk and Minister of Health Pavel Drozdov "
                                      "for their work."),
        ("Pavel Drozdov", "indirect", "The latter briefed him on the treatment of the injured."),
        ("Daniel Harlow", "indirect",
         "The former was instructed by the President to supervise support for the families."),
    ])


def test_a_subject_set_off_by_in_turn_after_a_semicolon():
    """"The President voiced …; the prime minister, in turn, briefed him …": the clause
    after the semicolon has its own subject, set off by an aside."""
    body = ("President Daniel Harlow met today with Prime Minister Stavros Meridakis of Kestria. The "
            "President voiced strong support for Kestria’s energy plans; the prime minister, in turn, "
            "briefed him on his talks in the region.")
    assert_statements(body, [
        ("Daniel Harlow", "indirect", "The President voiced strong support for Kestria’s energy plans;"),
        ("Stavros Meridakis", "indirect", "the prime minister, in turn, briefed him on his talks in the region."),
    ])


def test_a_passive_whose_subject_is_the_verbs_complement():
    """"Special attention was paid by the Head of State to …", "Concern about … was raised by
    the prime minister", "The Minister was ordered by the Supreme Commander-in-Chief to …": a
    passive with an agent whose subject is what the verb needs ("paid attention", "raised
    concern") is the agent's statement; funds raised by someone are not."""
    body = ("President Bohdan Kalyta met with Prime Minister Ro Min-seok of Chosalia. Funds were raised by "
            "the prime minister for the new school.\n\n"
            "Special attention was paid by the Head of State to energy security. Concern about the tax "
            "incentives was raised by the prime minister. The Defence Minister was ordered by the President "
            "to fly to Severnogorsk at once.")
    assert_statements(body, [
        ("Bohdan Kalyta", "indirect", "Special attention was paid by the Head of State to energy security."),
        ("Ro Min-seok", "indirect", "Concern about the tax incentives was raised by the prime minister."),
        ("Bohdan Kalyta", "indirect",
         "The Defence Minister was ordered by the President to fly to Severnogorsk at once."),
    ])


def test_a_quotation_named_in_the_next_sentence():
    """"“We will never negotiate with terrorists.” With these words X opened the meeting …":
    a quotation that is a sentence of its own, with no speaker before it, is the one the
    next sentence names; "These words were spoken by …" and "X made this point …" too."""
    body = ("“We will never negotiate with terrorists.” With these words Tomir Velsk opened the meeting "
            "with members of the Government.\n\n"
            "Deputy Prime Minister Zlatoyara Menshova reported on the assistance paid to the families.\n\n"
            "“Every family will be helped.” These words were spoken by the President at the end of the "
            "meeting.")
    assert_statements(body, [
        ("Tomir Velsk", "direct", "We will never negotiate with terrorists."),
        ("Zlatoyara Menshova", "indirect",
         "Deputy Prime Minister Zlatoyara Menshova reported on the assistance paid to the families."),
        ("Tomir Velsk", "direct", "Every family will be helped."),
    ])


def test_unquoted_direct_speech_told_to_someone():
    """"We must never forget that the sea forgives no mistakes, the President told the
    sailors.": unquoted words in the first person before "X told <whom>." are X's own."""
    body = ("President Tomir Velsk met the crew of the cruiser.\n\n"
            "We must never forget that the sea forgives no mistakes, the President told the sailors.")
    assert_statements(body, [
        ("Tomir Velsk", "direct", "We must never forget that the sea forgives no mistakes,"),
    ])


def test_a_passive_done_by_an_office_does_not_carry_a_statement_on():
    """"Earlier, the President sent him a message of greetings. The message was delivered by
    the Ambassador in Tadria.": someone else acts in the second sentence; it does not carry
    the President's statement on."""
    body = ("Tomir Velsk spoke by telephone with President of Tadria Ruslan Aminov. Earlier, the "
            "President sent the Tadrian leader a message of greetings. The message was delivered by the "
            "Ambassador in Tadria.")
    assert_statements(body, [
        ("Tomir Velsk", "indirect", "Earlier, the President sent the Tadrian leader a message of greetings."),
    ])


def test_the_head_of_a_body_named_in_two_words():
    """"Head of Defense Intelligence Oksana Sabo" is Oksana Sabo (a common first name opens
    her name after the body's words), and "The Head of Defense Intelligence" later is she,
    not someone named "Intelligence"; "The Minister of Defense Orl" is still Orl."""
    body = ("President of Ostria Anton Vesk heard reports from Minister of Defense Pavel Orl and Head of Defense "
            "Intelligence Oksana Sabo. The Minister of Defense Orl informed about the supplies. The Head of "
            "Defense Intelligence reported on the enemy's plans. She emphasized that new strikes were expected.")
    result = assert_statements(body, [
        ("Pavel Orl", "indirect", "The Minister of Defense Orl informed about the supplies."),
        ("Oksana Sabo", "indirect", "The Head of Defense Intelligence reported on the enemy's plans."),
        ("Oksana Sabo", "indirect", "She emphasized that new strikes were expected."),
    ])
    assert sorted(s.name for s in result.speakers) == ["Oksana Sabo", "Pavel Orl"]


def test_a_speaker_of_a_joined_transcript_may_name_another():
    """In a joined transcript, a minister's "Pavel Orl reported to the Government last week
    that …" about a governor who also speaks stays the minister's words: the narrative's
    sentences between turns are of the host, or tell what was said to him."""
    body = ("Anton Vesk held a meeting with Government members.\n\n"
            "Anton Vesk: Mr Orl, is the road ready? Governor of the Lisna Region Pavel Orl: Yes, Mr President. "
            "Minister of Transport Ivo Maric: Mr President, it is true. Pavel Orl reported to the Government "
            "last week that the road will open in May. Anton Vesk: Good. Pavel Orl also told the President "
            "about the new bridge.")
    assert_statements(body, [
        ("Anton Vesk", "direct", "Mr Orl, is the road ready?"),
        ("Pavel Orl", "direct", "Yes, Mr President."),
        ("Ivo Maric", "direct", "Mr President, it is true. Pavel Orl reported to the Government last week that the "
                                "road will open in May."),
        ("Anton Vesk", "direct", "Good."),
        ("Pavel Orl", "indirect", "Pavel Orl also told the President about the new bridge."),
    ])


def test_called_attention_to_is_speech():
    """"She called attention to the Administration's focus on …": calling attention to a
    thing is drawing attention to it, a statement."""
    body = ("Vice President Ameline Okafor met with the leaders of the Port of Varna. The Vice President "
            "raised the global nature of the current supply chain challenges. She called attention to the "
            "Administration’s focus on unclogging the short-term disruptions.")
    assert_statements(body, [
        ("Ameline Okafor", "indirect", "The Vice President raised the global nature of the current supply "
                                       "chain challenges."),
        ("Ameline Okafor", "indirect", "She called attention to the Administration’s focus on unclogging "
                                       "the short-term disruptions."),
    ])


def test_an_office_and_a_surname_that_is_a_word_and_another_person():
    """"Administrator Power and International Development Minister X of Kestria described …":
    a surname that is also a common word ("Power") after an office is a person, so the two
    together are a group (not one person holding two offices), even when the office word lies
    just before the window the phrase is first read in."""
    body = ("National Security Advisor Jon Varga hosted the meeting of the Network.\n\n"
            "Development Agency Administrator Lena Power, foreign ministers of the partner countries, and "
            "members of the Network discussed how to work together.\n\n"
            "Administrator Power and International Development Minister Tomas Reyl of Kestria described "
            "progress made in the programs. Foreign Minister Ivo Marsh of Tarvania described the goals of "
            "the Network.")
    assert_statements(body, [
        ("Ivo Marsh", "indirect", "Foreign Minister Ivo Marsh of Tarvania described the goals of the Network."),
    ])


def test_and_that_carries_on_what_an_earlier_verb_reports():
    """"They further stated that they will …, and that President X has long called for …":
    a clause after "and that" is the second thing the earlier verb reports (here a group's),
    not the President's own statement."""
    body = ("The White House officials closed the meeting by thanking the experts. They further stated "
            "that they will continue working with Congress on these issues, and that President Daniel "
            "Harlow has long called for fundamental reforms to address these issues.\n\n"
            "President Harlow stressed that the reforms are urgent, and that Minister Ivo Marsk had "
            "called for them too.")
    assert_statements(body, [
        ("Daniel Harlow", "indirect", "President Harlow stressed that the reforms are urgent, and that "
                                      "Minister Ivo Marsk had called for them too."),
    ])


def test_a_relative_clause_after_a_title_is_no_statement():
    """"This roundtable builds on the Vice President's Blueprint for Addressing the Health
    Crisis that she announced last year.": "that she announced" says what the Blueprint is,
    no one's statement; "told President X that he welcomed …" is still the teller's."""
    body = ("Today, Domestic Policy Advisor Kristine Lom convened private sector leaders. This roundtable "
            "builds on Vice President Ameline Okafor’s leadership and the White House Blueprint for "
            "Addressing the Maternal Health Crisis that she announced last year.\n\n"
            "The Vice President told President Ivo Marsk that she welcomed his plan for the region.")
    assert_statements(body, [
        ("Ameline Okafor", "indirect", "The Vice President told President Ivo Marsk that she welcomed his "
                                       "plan for the region."),
    ])


def test_participants_with_no_article_after_and_are_a_group():
    """"X highlighted …, and roundtable participants discussed …": participants with no article
    before them are a group, whose clause is no one's (as "the participants" is), not X's."""
    body = ("Yesterday, the White House convened a roundtable on the right to repair. National Economic "
            "Council Director Lena Brask highlighted the importance of repair to consumers, and roundtable "
            "participants discussed progress since the order was signed.")
    assert_statements(body, [
        ("Lena Brask", "indirect", "National Economic Council Director Lena Brask highlighted the importance "
                                   "of repair to consumers,"),
    ])


def test_did_not_rule_out():
    """"X did not rule out a new round of talks", "X ruled out any concessions": a position
    stated, negated or not (not "The court ruled out an appeal": no one of the readout)."""
    body = ("Minister Taavi Orrin met with President Selka Varro.\n\n"
            "At the same time, the President did not rule out a new round of talks. Mr Orrin ruled out "
            "any concessions on the tariffs. The court ruled out an appeal.")
    assert_statements(body, [
        ("Selka Varro", "indirect", "At the same time, the President did not rule out a new round of talks."),
        ("Taavi Orrin", "indirect", "Mr Orrin ruled out any concessions on the tariffs."),
    ])


def test_a_view_or_a_message_that_is_one_persons():
    """"X's view is that …", "The President's message was clear: …" are X's, as "X's position
    is that …" is; not "The President's message was delivered by …" (a message carried)."""
    body = ("Minister Taavi Orrin met with President Selka Varro.\n\n"
            "Mr Orrin's view is that the border is under attack. The President's message was clear: "
            "the border will be defended.\n\n"
            "The President's message was delivered by the ambassador.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "Mr Orrin's view is that the border is under attack."),
        ("Selka Varro", "indirect", "The President's message was clear: the border will be defended."),
    ])


def test_according_to_a_report_handed_to_someone():
    """"According to the report handed to the President, …": a text says it, not the
    President; "According to the report of the Minister" stays the Minister's."""
    body = ("President Selka Varro met with Minister Taavi Orrin.\n\n"
            "According to the report handed to the President, wages have grown by a tenth.\n\n"
            "According to the report of the Minister, prices have fallen.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "According to the report of the Minister, prices have fallen."),
    ])


def test_an_office_no_one_named_holds_is_its_own_speaker():
    """"The regional governor reported …", "the director answered …", "The newly appointed head
    of the border service thanked …": an office in lower case whose holder the readout never
    names is one person of its own (the same office later is the same person); "the acting
    governor" of a readout that named the "Acting Head of … Region" is that head."""
    body = ("President Selka Varro held a meeting in the Dolvar region.\n\n"
            "The regional governor reported on the formation of defence units, adding that four thousand "
            "volunteers had signed up. The head of the regional health department added that waiting "
            "times had fallen by a third. The governor said that roads had been repaired.")
    assert_statements(body, [
        ("The regional governor", "indirect",
         "The regional governor reported on the formation of defence units, adding that four thousand "
         "volunteers had signed up."),
        ("The head of the regional health department", "indirect",
         "The head of the regional health department added that waiting times had fallen by a third."),
        ("The regional governor", "indirect", "The governor said that roads had been repaired."),
    ])
    body = ("President Selka Varro met with Acting Head of Orlensk Region Taavi Orrin.\n\n"
            "The acting governor said that his team had been renewed. The head of the regional health "
            "department added that waiting times had fallen by a third.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "The acting governor said that his team had been renewed."),
        ("The head of the regional health department", "indirect",
         "The head of the regional health department added that waiting times had fallen by a third."),
    ])


def test_a_list_after_according_to_someone_is_theirs():
    """"According to the Deputy Head, the key needs are:" and a numbered item per paragraph:
    the items are his, as after "X highlighted:" (the sentence opens with its source, so
    "are:" is no list's own subject as in "The steps X announced include:")."""
    body = ("Deputy Head of the Office Taavi Orrin met with Ambassador Selka Varro.\n\n"
            "According to the Deputy Head, the key needs of the territories are:\n\n"
            "1. demining equipment for the rescue service;\n\n"
            "2. generators for hospitals.\n\n"
            "Ms. Varro spoke in favour of a demining centre.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "According to the Deputy Head, the key needs of the territories are"),
        ("Taavi Orrin", "indirect", "demining equipment for the rescue service;"),
        ("Taavi Orrin", "indirect", "generators for hospitals."),
        ("Selka Varro", "indirect", "Ms. Varro spoke in favour of a demining centre."),
    ])


def test_the_office_of_a_body_named_in_the_possessive():
    """"The plant's director thanked …", then "the director answered …": the office of a body
    named before it in the possessive is a description (not a bare "director"), and with no one
    named who holds it, a speaker of its own."""
    body = ("Selka Varro met with the workers of the Severn shipyard.\n\n"
            "The plant's director thanked the President for his attention, stressing that the team had "
            "worked without days off. Asked about the dock, the director answered that it would be ready "
            "in the spring.")
    assert_statements(body, [
        ("The plant's director", "indirect",
         "The plant's director thanked the President for his attention, stressing that the team had "
         "worked without days off."),
        ("The plant's director", "indirect",
         "Asked about the dock, the director answered that it would be ready in the spring."),
    ])


def test_a_capitalised_word_opening_a_lead_up_is_no_one():
    """"Terrorism remains one of the main threats today. That is why Borovia will …, President X
    said at a meeting.": the sentence before the one attributed at its end is X's too; its
    capitalised first word, which names no one, is no subject that acts (not "Standing
    together …, the two leaders …", a participle, nor an acronym)."""
    body = ("Terrorism remains one of the main threats facing the world today. That is why Velmia will "
            "carry out a significant part of the joint work, President Selka Varro said at a meeting with "
            "senior officers.")
    assert_statements(body, [
        ("Selka Varro", "indirect", "Terrorism remains one of the main threats facing the world today."),
        ("Selka Varro", "indirect",
         "That is why Velmia will carry out a significant part of the joint work, President Selka Varro "
         "said at a meeting with senior officers."),
    ])


def test_a_meeting_after_a_list_ends_it():
    """"X highlighted the key needs:" and its items, then "The meeting ended at noon.": a
    paragraph with no list mark that tells what happened is not one more of X's items."""
    body = ("Deputy Head of the Office Taavi Orrin met with Ambassador Selka Varro.\n\n"
            "Taavi Orrin highlighted the key needs of the territories:\n\n"
            "- demining equipment for the rescue service;\n\n"
            "- generators for hospitals.\n\n"
            "The meeting ended at noon.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "Taavi Orrin highlighted the key needs of the territories"),
        ("Taavi Orrin", "indirect", "demining equipment for the rescue service;"),
        ("Taavi Orrin", "indirect", "generators for hospitals."),
    ])


def test_the_president_and_a_titled_secretary_are_two_people():
    """"Today, the President and Secretary of Commerce Corinne Vallance hosted …": "the" before
    a bare office and "and" makes two people, not one Secretary who is also "President" (as
    "Senior Advisor and Coordinator X", with no "the", is one); every bare "the President" after
    it is the unnamed President, not the Secretary."""
    body = ("Today, the President and Secretary of Commerce Corinne Vallance hosted a roundtable with "
            "chief executives of battery makers.\n\n"
            "The President opened the roundtable by thanking the executives for their investments. "
            "Secretary Vallance described the Department’s new loan program.")
    assert_statements(body, [
        ("The President", "indirect", "The President opened the roundtable by thanking the executives for their investments."),
        ("Corinne Vallance", "indirect", "Secretary Vallance described the Department’s new loan program."),
    ])


def test_the_bare_president_who_meets_a_president_is_the_host():
    """"Today, the President met with President Mele Tauvaka of Nalevu …": a bare office that
    meets someone of the same office by name is the unnamed host; "The President reaffirmed …"
    and "He announced …" are his, not the guest's, the only President the readout names."""
    body = ("Today, the President met with President Mele Tauvaka of Nalevu and Prime Minister Josaia "
            "Rini of Ulatoa in New York.\n\n"
            "The President reaffirmed the commitment of the United States to the islands. He announced a new "
            "embassy in Nalevu. President Tauvaka thanked the President for the return of the Peace Corps. "
            "She raised the threat of illegal fishing.")
    assert_statements(body, [
        ("The President", "indirect", "The President reaffirmed the commitment of the United States to the islands."),
        ("The President", "indirect", "He announced a new embassy in Nalevu."),
        ("Mele Tauvaka", "indirect", "President Tauvaka thanked the President for the return of the Peace Corps."),
        ("Mele Tauvaka", "indirect", "She raised the threat of illegal fishing."),
    ])


def test_a_name_and_an_office_of_a_body_in_apposition():
    """"Bruno Castellanos, Business Manager of Local 449, underscored …", "Adaeze Okonkwo-Reyes,
    President of Lumen Storage, highlighted …", "Nadia Pembroke, the Hamilton County Executive,
    highlighted …": the person named before the office set off by commas speaks (not the firm,
    not no one), and her firm is no "President" whom a bare "the President" would mean."""
    body = ("Today, the President hosted a roundtable with business and labor leaders.\n\n"
            "Adaeze Okonkwo-Reyes, President of Lumen Storage, highlighted her company’s apprenticeship "
            "program. Bruno Castellanos, Business Manager of Local 449, underscored that every apprentice "
            "earns a wage. Benedikt Haas, Secretary-Treasurer of the Brotherhood of Rail Carmen, raised "
            "concerns about imported railcars. Nadia Pembroke, the Hamilton County Executive, highlighted "
            "the traffic delays. She asked for a fair chance for local contractors. Mayor Harriet Oduya of "
            "Flintridge, Michigan, shared that her city has replaced its lead pipes.\n\n"
            "The President thanked the participants.")
    assert_statements(body, [
        ("Adaeze Okonkwo-Reyes", "indirect",
         "Adaeze Okonkwo-Reyes, President of Lumen Storage, highlighted her company’s apprenticeship program."),
        ("Bruno Castellanos", "indirect",
         "Bruno Castellanos, Business Manager of Local 449, underscored that every apprentice earns a wage."),
        ("Benedikt Haas", "indirect", "Benedikt Haas, Secretary-Treasurer of the Brotherhood of Rail Carmen, raised "
                                      "concerns about imported railcars."),
        ("Nadia Pembroke", "indirect", "Nadia Pembroke, the Hamilton County Executive, highlighted the traffic delays."),
        ("Nadia Pembroke", "indirect", "She asked for a fair chance for local contractors."),
        ("Harriet Oduya", "indirect", "Mayor Harriet Oduya of Flintridge, Michigan, shared that her city has "
                                      "replaced its lead pipes."),
        ("The President", "indirect", "The President thanked the participants."),
    ], title="Readout of the President’s Roundtable with Business and Labor Leaders")


def test_an_office_and_an_aside_that_describes_its_holder():
    """"The First Lady, a community college professor for more than three decades, welcomed …":
    the office before the describing aside speaks."""
    body = ("Today, First Lady Dr. Eleanor Whitcombe hosted a roundtable with educators.\n\n"
            "The First Lady, a community college professor for more than three decades, welcomed the "
            "educators. Dr. Whitcombe thanked them for their work.")
    assert_statements(body, [
        ("Eleanor Whitcombe", "indirect", "The First Lady, a community college professor for more than three "
                                          "decades, welcomed the educators."),
        ("Eleanor Whitcombe", "indirect", "Dr. Whitcombe thanked them for their work."),
    ])


def test_the_unnamed_president_of_the_title_and_a_roundtable_of_named_executives():
    """"Readout of the President’s Roundtable with …" and "Today, the President hosted …" before
    anyone is named: the bare "the President" is the unnamed President, not the first executive
    named (who holds no office of President)."""
    body = ("Today, the President hosted a roundtable at the White House with chief executives.\n\n"
            "Lionel Tasker highlighted the need for faster permits. The President thanked the executives "
            "for their investments. He also directed his team to report back within 60 days.")
    assert_statements(body, [
        ("Lionel Tasker", "indirect", "Lionel Tasker highlighted the need for faster permits."),
        ("The President", "indirect", "The President thanked the executives for their investments."),
        ("The President", "indirect", "He also directed his team to report back within 60 days."),
    ], title="Readout of the President’s Roundtable with Chief Executives")


def test_the_things_announced_and_the_publishers_own_voice_are_no_ones():
    """After one person's report, "The actions include:" (a list of things) and "The
    Administration will host …" (the office that publishes) do not carry it on."""
    body = ("Today, Vice President Thaddeus Delacourt met with leaders of rural hospitals.\n\n"
            "The Vice President announced new actions to help rural hospitals hire doctors. He noted that "
            "100 rural hospitals have closed. The actions include:\n\n"
            "- A new loan repayment program for nurses; and\n"
            "- Faster payments under Medicare.\n\n"
            "The Vice President also directed his staff to visit rural hospitals. The Administration will "
            "host a second meeting in the fall.")
    assert_statements(body, [
        ("Thaddeus Delacourt", "indirect", "The Vice President announced new actions to help rural hospitals hire doctors."),
        ("Thaddeus Delacourt", "indirect", "He noted that 100 rural hospitals have closed."),
        ("Thaddeus Delacourt", "indirect", "The Vice President also directed his staff to visit rural hospitals."),
    ])


def test_offices_of_bodies_in_apposition_joined_possessive_and_with_a_state():
    """"Garrick Holm, Founder and Chief Executive Officer of Prairie Fiber, described …" (two
    offices joined by "and"), "Lena Marchbanks, President of the Kansas Cattlewomen’s
    Association, highlighted …" (a body's name with a possessive: no President "Kansas
    Cattlewomen" whom a bare "the President" would mean), "Wendell Oyama, Chair of the Board of
    Supervisors of Alder County, California, warned …" (the office's county and its state)."""
    body = ("This afternoon, the President held a listening session with farmers and county officials.\n\n"
            "The President expressed his gratitude to the farmers. Garrick Holm, Founder and Chief Executive "
            "Officer of Prairie Fiber, described laying cable to farms. Lena Marchbanks, President of the Kansas "
            "Cattlewomen’s Association, highlighted the rising cost of feed. Wendell Oyama, Chair of the Board of "
            "Supervisors of Alder County, California, warned that smoke closes schools. The President told them "
            "that crop insurance will expand.")
    assert_statements(body, [
        ("The President", "indirect", "The President expressed his gratitude to the farmers."),
        ("Garrick Holm", "indirect", "Garrick Holm, Founder and Chief Executive Officer of Prairie Fiber, "
                                     "described laying cable to farms."),
        ("Lena Marchbanks", "indirect", "Lena Marchbanks, President of the Kansas Cattlewomen’s Association, "
                                        "highlighted the rising cost of feed."),
        ("Wendell Oyama", "indirect", "Wendell Oyama, Chair of the Board of Supervisors of Alder County, "
                                      "California, warned that smoke closes schools."),
        ("The President", "indirect", "The President told them that crop insurance will expand."),
    ], title="Readout of the President’s Listening Session with Farmers")


def test_a_describing_aside_with_a_town_and_its_state():
    """"Marguerite Fell, a home care worker from Tucson, Arizona, described …" and "Yevette
    Lindqvist, a fourth-grade teacher from Duluth, Minnesota, and the state’s Teacher of the
    Year, described …": the describing aside goes on after the commas of a town and its state,
    and after ", and"; the person named before it speaks."""
    body = ("Today, the Secretary of Labor Ida Holm met with caregivers and teachers.\n\n"
            "Marguerite Fell, a home care worker from Tucson, Arizona, described working two jobs. "
            "Jonah Estrada, who cares for his brother in Reno, Nevada, spoke about the waiting lists. "
            "Yevette Lindqvist, a fourth-grade teacher from Duluth, Minnesota, and the state’s Teacher of the "
            "Year, described how her school helps students read.")
    assert_statements(body, [
        ("Marguerite Fell", "indirect", "Marguerite Fell, a home care worker from Tucson, Arizona, described "
                                        "working two jobs."),
        ("Jonah Estrada", "indirect", "Jonah Estrada, who cares for his brother in Reno, Nevada, spoke about "
                                      "the waiting lists."),
        ("Yevette Lindqvist", "indirect", "Yevette Lindqvist, a fourth-grade teacher from Duluth, Minnesota, and "
                                          "the state’s Teacher of the Year, described how her school helps students read."),
    ])


def test_a_bare_office_that_meets_its_namesake_any_office_and_a_named_host():
    """"Today, the National Security Advisor met with National Security Advisor Teodor Vass of
    Karelia": any office, not only a head of state's, meeting its namesake is the unnamed host.
    When the title names the host ("Readout of President Stone’s Meeting with President Kowal"),
    the bare "the President" stays the named host."""
    body = ("Today, the National Security Advisor met with National Security Advisor Teodor Vass of Karelia.\n\n"
            "The National Security Advisor reaffirmed the support of the United States for Karelia. Mr. Vass "
            "briefed him on the border.")
    assert_statements(body, [
        ("The National Security Advisor", "indirect",
         "The National Security Advisor reaffirmed the support of the United States for Karelia."),
        ("Teodor Vass", "indirect", "Mr. Vass briefed him on the border."),
    ])
    body = ("Today, the President met with President Andrzej Kowal of Polania.\n\n"
            "The President reaffirmed his support. President Kowal thanked him.")
    assert_statements(body, [
        ("Stone", "indirect", "The President reaffirmed his support."),
        ("Andrzej Kowal", "indirect", "President Kowal thanked him."),
    ], title="Readout of President Stone’s Meeting with President Andrzej Kowal of Polania")


def test_a_family_member_in_apposition():
    """"Rowan Pike, the father of a Marine killed in training, asked …": the aside describes
    the person named before it, who speaks."""
    body = ("Today, the Secretary of Defense Ilse Varga met with Gold Star families.\n\n"
            "Rowan Pike, the father of a Marine killed in training, asked for better safety standards. "
            "Ada Lorne, the widow of a Navy pilot, thanked the Secretary.")
    assert_statements(body, [
        ("Rowan Pike", "indirect", "Rowan Pike, the father of a Marine killed in training, asked for better "
                                   "safety standards."),
        ("Ada Lorne", "indirect", "Ada Lorne, the widow of a Navy pilot, thanked the Secretary."),
    ])


def test_a_second_clause_after_and_with_no_comma():
    """"The Vice President thanked them and the Secretary promised …": the phrase before
    "and" ends at a verb's object, so "the Secretary" opens a clause of her own (not a group
    "The Vice President … and the Secretary"); "The Vice President and the Secretary stressed
    …" stays a group."""
    body = ("Today, Vice President Ada Lind and Secretary of Agriculture Orla Fennimore held a roundtable "
            "in Des Moines.\n\n"
            "The Vice President thanked them and the Secretary promised a decision by March. The Vice "
            "President and the Secretary stressed the need for rural broadband.")
    assert_statements(body, [
        ("Ada Lind", "indirect", "The Vice President thanked them"),
        ("Orla Fennimore", "indirect", "the Secretary promised a decision by March."),
    ])


def test_a_participant_whose_role_is_blank():
    """A participant given a role of blanks only ("\\r") has no office: no error."""
    result = run("“We,” the President said.", participants=(Participant("Ilona Brenn", (), role="\r"),))
    assert result is not None


def test_an_aside_between_dashes_and_a_name_office_and_firm():
    """"Omar Velde — a nurse from Boise, Idaho — described …": the name before an aside set
    off by dashes speaks; "Kofi Arden, CEO, Arden Logistics, warned …": a name, its office and
    the office's firm, set off by commas: the person, not the firm."""
    body = ("Today, Secretary of Labor Ida Holm met with workers and business owners.\n\n"
            "Omar Velde — a nurse from Boise, Idaho — described the staffing shortage. Kofi Arden, CEO, "
            "Arden Logistics, warned of port delays. Secretary Holm thanked them.")
    assert_statements(body, [
        ("Omar Velde", "indirect", "Omar Velde — a nurse from Boise, Idaho — described the staffing shortage."),
        ("Kofi Arden", "indirect", "Kofi Arden, CEO, Arden Logistics, warned of port delays."),
        ("Ida Holm", "indirect", "Secretary Holm thanked them."),
    ])


def test_a_titled_name_and_an_office_of_a_body_in_lower_case_or_with_a_state():
    """"Imam Yusuf Adeyemi-Crane, the leader of the Masjid Al-Noor, called for …" (went to the
    mosque) and "Rabbi Hannah Levering, Senior Rabbi of Temple Beth Or in Tulsa, Oklahoma,
    thanked …" (no one's): the titled person before the office speaks."""
    body = ("Today, Second Gentleman Nathaniel Greer convened faith leaders.\n\n"
            "Rabbi Hannah Levering, Senior Rabbi of Temple Beth Or in Tulsa, Oklahoma, thanked the "
            "Administration. Imam Yusuf Adeyemi-Crane, the leader of the Masjid Al-Noor, called for more "
            "security grants.")
    assert_statements(body, [
        ("Hannah Levering", "indirect", "Rabbi Hannah Levering, Senior Rabbi of Temple Beth Or in Tulsa, Oklahoma, "
                                        "thanked the Administration."),
        ("Yusuf Adeyemi-Crane", "indirect", "Imam Yusuf Adeyemi-Crane, the leader of the Masjid Al-Noor, called for "
                                            "more security grants."),
    ])


def test_went_on_to_say_and_continued_by_saying():
    """"He went on to say that …", "The Minister continued by underlining that …", "She continued
    that …": speech carried on by its speaker; not "went on to visit", "continued his visit" nor
    "continued to work" (acts)."""
    body = ("Minister Taavi Orrin met with President Selka Varro.\n\n"
            "The two sides signed a memorandum. Mr Orrin went on to say that the border would reopen. "
            "The President continued by underlining that trade had doubled. Mr Orrin continued that "
            "the road would be rebuilt.\n\n"
            "The President went on to visit the port. Mr Orrin continued his visit in the north. "
            "The ministries continued to work on the treaty.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "Mr Orrin went on to say that the border would reopen."),
        ("Selka Varro", "indirect", "The President continued by underlining that trade had doubled."),
        ("Taavi Orrin", "indirect", "Mr Orrin continued that the road would be rebuilt."),
    ])


def test_a_pronoun_that_the_closing_cue_names():
    """"Speaking after the meeting, she told journalists that …, Senator X said.": the pronoun
    looks ahead to the name the closing cue gives, so all of it is X's, not the person "she"
    would mean before it."""
    body = ("President Selka Varro met with a delegation headed by Senator Taavi Orrin and "
            "Senator Ilse Marren.\n\n"
            "The President thanked the senators for their support. Speaking after the meeting, she "
            "told journalists that the Senate would vote on the aid within two weeks, Senator Marren said.")
    assert_statements(body, [
        ("Selka Varro", "indirect", "The President thanked the senators for their support."),
        ("Ilse Marren", "indirect",
         "Speaking after the meeting, she told journalists that the Senate would vote on the aid within "
         "two weeks, Senator Marren said."),
    ])


def test_while_an_office_then_its_holder_named():
    """"X stressed that …, while the dean of the diplomatic corps, Ambassador Y, noted that …":
    the clause after "while" has its own subject, the office and the name set off after it."""
    body = ("Minister Taavi Orrin met with the heads of the diplomatic missions.\n\n"
            "Taavi Orrin stressed that the war must end soon, while the dean of the diplomatic corps, "
            "Ambassador Ilse Marren, noted that eleven embassies had returned.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "Taavi Orrin stressed that the war must end soon,"),
        ("Ilse Marren", "indirect",
         "while the dean of the diplomatic corps, Ambassador Ilse Marren, noted that eleven embassies had returned."),
    ])


def test_his_majesty_before_a_describing_aside():
    """"His Majesty, who has led the kingdom since 1999, further noted that …": an honour, the
    King's, not a possessive like "his counterpart"."""
    body = ("President Selka Varro hosted His Majesty King Taavi IV of Orrland for lunch.\n\n"
            "The two leaders discussed the crisis. His Majesty, who has led the kingdom since 1999, "
            "further noted that Orrland had delivered aid by air.")
    assert_statements(body, [
        ("Taavi IV", "indirect",
         "His Majesty, who has led the kingdom since 1999, further noted that Orrland had delivered aid by air."),
    ])


def test_a_clause_of_another_speaker_after_a_quotations_cue():
    """"“…,” the head of state said, before the Prime Minister assured him that …": the clause
    after the attribution is the Prime Minister's statement, not part of the cue (not "“…,” X
    said, after the meeting", when it was said)."""
    body = ("President Selka Varro held a meeting with Prime Minister Taavi Orrin.\n\n"
            "“We must keep the heating on,” the head of state said, before the Prime Minister assured "
            "him that the stocks were sufficient. “Winter is near,” the President said, after the meeting.")
    assert_statements(body, [
        ("Selka Varro", "direct", "We must keep the heating on,"),
        ("Taavi Orrin", "indirect", "before the Prime Minister assured him that the stocks were sufficient."),
        ("Selka Varro", "direct", "Winter is near,"),
    ])


def test_a_quotation_whose_cue_names_no_one():
    """"“…,” one of the veterans called out. “…,” answered another.", "“…,” replied the other.":
    the words of no one named, neither a quotation of the last speaker nor his report carried on."""
    body = ("President Selka Varro met with President Taavi Orrin.\n\n"
            "Mr Orrin, for his part, said that the joint celebrations were particularly important. "
            "“We remember,” one of the veterans called out. “And we will not forget a single one of those "
            "who fell here in the war,” answered another.\n\n"
            "“We owe it to all the families who lost someone to keep going,” one of them said. "
            "“And we will,” replied the other.")
    assert_statements(body, [
        ("Taavi Orrin", "indirect", "Mr Orrin, for his part, said that the joint celebrations were particularly important."),
    ])


def test_a_clause_after_that_and_a_fronted_adverbial_is_the_reporters():
    """"The Secretary-General said that during his recent visit to Tarvos, President X had
    agreed …": X's agreeing is what the Secretary-General reported, not X's statement."""
    body = ("President of Veltria Ivan Dorn met with UN Secretary-General Lena Marsh.\n\n"
            "The Secretary-General said that during her recent visit to Tarvos, President of Ostria Anton "
            "Berk had agreed in general to involve the United Nations in the evacuation.")
    assert_statements(body, [
        ("Lena Marsh", "indirect", "The Secretary-General said that during her recent visit to Tarvos, President "
                                   "of Ostria Anton Berk had agreed in general to involve the United Nations in "
                                   "the evacuation."),
    ])


def test_a_scraped_caption_that_repeats_the_surname_is_no_part_of_the_name():
    """A 2022 Kremlin transcript's label with the scraped caption glued on ("President of
    Kazakhstan Kassym-Jomart Tokayev Tokayev Kassym-JomartPresident of the Republic of
    Kazakhstan:"): the speaker is Kassym-Jomart Tokayev, not a name with the caption in it."""
    body = ("Vladimir Putin spoke with President of Kazakhstan Kassym-Jomart Tokayev.\n\n"
            "President of Russia Vladimir Putin: Mr President, I am glad to see you. President of Kazakhstan "
            "Kassym-Jomart Tokayev Tokayev Kassym-JomartPresident of the Republic of Kazakhstan: Thank you, "
            "Mr President.")
    result = assert_statements(body, [
        ("Vladimir Putin", "direct", "Mr President, I am glad to see you."),
        ("Kassym-Jomart Tokayev", "direct", "Thank you, Mr President."),
    ])
    assert {s.name for s in result.speakers} == {"Vladimir Putin", "Kassym-Jomart Tokayev"}


def test_provided_an_explanation_and_put_forth_are_speech():
    """"the President provided a well-corroborated explanation regarding …" reports speech as
    "explained" does, and "put forth the details of …" as "put forward" does."""
    body = ("Vladimir Putin had a telephone conversation with President of Ostria Anton Berk.\n\n"
            "The President of Russia provided a well-corroborated explanation regarding the situation in the "
            "region. Vladimir Putin put forth the details of the Russian approach to the talks.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "The President of Russia provided a well-corroborated explanation regarding "
                                       "the situation in the region."),
        ("Vladimir Putin", "indirect", "Vladimir Putin put forth the details of the Russian approach to the talks."),
    ])


def test_in_person_and_once_again_between_the_subject_and_the_verb():
    """"…, the President of Russia once again, this time in person, extended his condolences
    …": the subject before "once again" and the aside "this time in person" speaks."""
    body = ("Vladimir Putin had a telephone conversation with President of Ostria Anton Berk.\n\n"
            "As a follow-up to an earlier message, the President of Russia once again, this time in person, "
            "extended his condolences on the passing of the former President. Anton Berk thanked him.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "As a follow-up to an earlier message, the President of Russia once again, "
                                       "this time in person, extended his condolences on the passing of the former "
                                       "President."),
        ("Anton Berk", "indirect", "Anton Berk thanked him."),
    ])


def test_the_president_of_a_country_is_no_one_first_named_after_it():
    """"The President of Russia extended his condolences on the passing of President Khalifa
    …" (the principal never given that title): the principal, not the president first named
    later in the sentence."""
    body = ("Vladimir Putin had a telephone conversation with President of Ostria Anton Berk.\n\n"
            "The President of Russia extended his condolences on the passing of President Karim Halden. "
            "Anton Berk thanked him.")
    assert_statements(body, [
        ("Vladimir Putin", "indirect", "The President of Russia extended his condolences on the passing of "
                                       "President Karim Halden."),
        ("Anton Berk", "indirect", "Anton Berk thanked him."),
    ])


def test_an_ambassadors_full_style_is_the_office_not_a_name():
    """"Ambassador Extraordinary and Plenipotentiary of X to Y Ren Haolin": one office, one
    person (not "Extraordinary", and no group at its "and"), whom "the Ambassador" means after."""
    body = ("On 28 June, President of Lesnia Vadim Rusetsky met with Ambassador Extraordinary and "
            "Plenipotentiary of the People’s Republic of Dalanor to Lesnia Ren Haolin.\n\n"
            "The Ambassador thanked the President for the support.\n\n"
            "Ambassador Extraordinary and Plenipotentiary of Ostria Karl Brenner said that relations were good.\n\n"
            "Ambassador-at-Large Mara Quist stressed that the talks mattered.")
    result = assert_statements(body, [
        ("Ren Haolin", "indirect", "The Ambassador thanked the President for the support."),
        ("Karl Brenner", "indirect", "Ambassador Extraordinary and Plenipotentiary of Ostria Karl Brenner said "
                                     "that relations were good."),
        ("Mara Quist", "indirect", "Ambassador-at-Large Mara Quist stressed that the talks mattered."),
    ])
    assert [s.role for s in result.speakers] == [  # the office as written, the longest form
        "Ambassador Extraordinary and Plenipotentiary of the People’s Republic of Dalanor to Lesnia",
        "Ambassador Extraordinary and Plenipotentiary of Ostria",
        "Ambassador-at-Large",
    ]


def test_a_firms_name_after_a_common_noun_is_not_the_persons():
    """"CEO of the Qatari port operator Qterminals Neville Robert Bissett": the run after
    "operator" (company, firm, bank …) opens with the firm's name, then his."""
    body = ("Volodymyr Zelenskyy met with foreign investors.\n\n"
            "For his part, CEO of the Qatari port operator Qterminals Neville Robert Bissett reminded that the "
            "company undertook to invest.\n\n"
            "The chief executive of the Finnish company Nokia Pekka Lundmark said that 5G was coming.")
    result = assert_statements(body, [
        ("Neville Robert Bissett", "indirect", "For his part, CEO of the Qatari port operator Qterminals Neville "
                                               "Robert Bissett reminded that the company undertook to invest."),
        ("Pekka Lundmark", "indirect", "The chief executive of the Finnish company Nokia Pekka Lundmark said that "
                                       "5G was coming."),
    ])
    assert {s.name for s in result.speakers} == {"Neville Robert Bissett", "Pekka Lundmark"}


def test_an_office_whose_complement_holds_and_in_a_run_of_two_people():
    """"Advisor Ida Morn and Department of Harbours Under Secretary for Farm Production and
    Conservation Piet Varro led a call": two people, the second's office holding an "and";
    "Under Secretary Varro" after is Piet Varro (was a speaker called "Varro")."""
    body = ("Today, National Harbour Advisor Ida Morn and Department of Harbours Under Secretary for Farm "
            "Production and Conservation Piet Varro led a call with farmers.\n\n"
            "Under Secretary Varro emphasized how the new program builds on a year of work.")
    assert_statements(body, [
        ("Piet Varro", "indirect", "Under Secretary Varro emphasized how the new program builds on a year of work."),
    ])


def test_a_titled_surname_misspelt_by_one_letter_is_the_person_named_before():
    """"President Valenskky shared …" after "President Pavlo Valenskyy": a typo of one
    letter in a long surname, same office, is the same person (not a speaker of its own);
    a short surname or another office is not stretched so."""
    body = ("President Anton Berk hosted President Pavlo Valenskyy of Ostria.\n\n"
            "President Valenskky shared his plans to address corruption.\n\n"
            "Minister Valenskky said that the harbour would open.")
    result = assert_statements(body, [
        ("Pavlo Valenskyy", "indirect", "President Valenskky shared his plans to address corruption."),
        ("Valenskky", "indirect", "Minister Valenskky said that the harbour would open."),
    ])
    assert [s.name for s in result.speakers] == ["Pavlo Valenskyy", "Valenskky"]
