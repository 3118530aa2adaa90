"""Known errors of the hard sets (hard13, hard15, hard16, hard17, hard22, hard25, hard28) mended with general
rules: each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostland Greta Lind.\n\n"


def test_a_present_or_past_form_after_for_her_part():
    """hard17 kestria_call_solidarity: "The Kestrian, for his part, let it be known that his government was
    ready to step up grain deliveries to Marvosk." went to no one (or to the President before): "let" may be
    present or past, and a form that is not plainly past was read as a possible noun after the comma. After
    the aside that sets off a clause's subject ("for her part", "in turn") it is the clause's verb. Guard:
    "will let it be known" is a future act, no report."""
    body = (_TALKS + "The President spoke of the floods. The Ostlandian, for her part, let it be known that her "
            "government was ready to help.\n\nMs Lind will let it be known that the ships are ready.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President spoke of the floods."),
        ("Greta Lind", "indirect", "The Ostlandian, for her part, let it be known that her government was ready to help."),
    ])


def test_a_for_whom_aside_between_subject_and_verb():
    """hard16 bresnia_parliament_leaders: "Senate Majority Leader Ilse Varga, for whom this was the first
    meeting with a foreign leader since her election, struck a cautious note, saying that trade disputes
    still stood in the way." went to no one: a relative clause opened by a preposition ("for whom", "to
    whom", "with whom") was no describing aside, and "a foreign leader" inside it stood in the way. Guard:
    a "who" aside as before."""
    body = ("President Anton Maric met with leaders of the Ostland Parliament\n\nThe meeting was held in the hall.\n\n"
            "Senate Majority Leader Greta Lind, for whom this was the first meeting with a foreign leader since her "
            "election, struck a cautious note, saying that trade disputes still stood in the way.\n\n"
            "Speaker Ivo Brand, to whom the President had written in May, stressed that the chamber would help.\n\n"
            "Senator Olga Tamm, who had never met him, noted that the border was calm.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "Senate Majority Leader Greta Lind, for whom this was the first meeting with a "
         "foreign leader since her election, struck a cautious note, saying that trade disputes still stood in the way."),
        ("Ivo Brand", "indirect", "Speaker Ivo Brand, to whom the President had written in May, stressed that the "
         "chamber would help."),
        ("Olga Tamm", "indirect", "Senator Olga Tamm, who had never met him, noted that the border was calm."),
    ])


def test_the_dean_of_the_diplomatic_corps_as_an_aside():
    """hard17 zarenthia_ambassadors_union: "Ambassador of Norlandia Kirsten Aalvik, the dean of the diplomatic
    corps, echoed these words." went to no one: "dean" (or "doyen") is no office the parser knows, so the
    aside was read as neither an office nor a description. Guard: the quotation after it keeps its own
    speaker."""
    body = ("President Anton Maric met with the heads of diplomatic missions.\n\n"
            "The President spoke of the floods. Ambassador of Norlandia Greta Lind, the dean of the diplomatic corps, "
            "echoed these words.\n\n“Every week of delay costs lives. We need decisions,” said Ambassador of "
            "Ostland Taras Vel.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President spoke of the floods."),
        ("Greta Lind", "indirect", "Ambassador of Norlandia Greta Lind, the dean of the diplomatic corps, echoed these words."),
        ("Taras Vel", "direct", "Every week of delay costs lives. We need decisions"),
    ])
