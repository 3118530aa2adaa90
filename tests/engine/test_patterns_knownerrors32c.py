"""Errors the sets merged in stop 32 left alone (two-hundred-seventy-sixth, two-hundred-seventy-eighth,
two-hundred-eighty-first, styles9) mended with general rules: each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_first_name_then_a_month_or_modal_is_a_surname():
    """two-hundred-seventy-eighth eu_council_2016-10-21: "Over the dinner, British Prime Minister Theresa May
    provided a short update on Brexit and Prime Minister Rutte briefed the leaders …": a common first name
    before "May" makes it her surname (not "Theresa", then the month or the modal); and "on Brexit", a lone
    word after "on", is the topic, not a person joined with the next clause's subject."""
    body = ("The leaders of the Union met in Veldhaven.\n\n"
            "Over the dinner, Ostlandic Prime Minister Theresa May provided a short update on Grexitt and "
            "Prime Minister Rautenberg briefed the leaders on the situation in Nordmark.\n\n"
            "Theresa May said the talks had been useful.\n")
    assert_statements(body, [
        ("Theresa May", "indirect", "Over the dinner, Ostlandic Prime Minister Theresa May provided a short update on Grexitt"),
        ("Rautenberg", "indirect", "Prime Minister Rautenberg briefed the leaders on the situation in Nordmark."),
        ("Theresa May", "indirect", "Theresa May said the talks had been useful."),
    ])


def test_a_month_or_modal_after_no_first_name_stays_a_word():
    """The guard of the same rule: "In May" and "Will the talks …" are no surname (no first name
    before them)."""
    body = ("President Anton Maric met with Foreign Minister Greta Lind.\n\n"
            "In May the President said the border would reopen. Will the talks go on?\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "In May the President said the border would reopen."),
    ])


def test_right_honourable_with_points_after_the_office_and_comma():
    """styles9 README "Left alone": "The Prime Minister, Rt. Hon. Pushpa Raj Adhikari, met …": "Rt." is the
    style's first word (as "Rt" without its point), not a name, so the man is registered with the office
    before the comma, and "The Prime Minister said …" is his, not the visiting Prime Minister's."""
    body = ("The Prime Minister, Rt. Hon. Hari Prasad Koirala, met with the visiting Prime Minister of Ostland, "
            "Jon Berg, at the Palace today.\n\n"
            "The Prime Minister said Himavat valued its ties with Ostland. Prime Minister Berg said Ostland "
            "would support the new road.\n")
    assert_statements(body, [
        ("Hari Prasad Koirala", "indirect", "The Prime Minister said Himavat valued its ties with Ostland."),
        ("Jon Berg", "indirect", "Prime Minister Berg said Ostland would support the new road."),
    ])


def test_right_honourable_without_points_after_the_office_and_comma():
    """The guard of the same rule: "Rt Hon" (no points), which read so before, still does: the office before
    the comma is his."""
    body = ("The Prime Minister, Rt Hon Hari Prasad Koirala, met with the visiting Prime Minister of Ostland, "
            "Jon Berg, at the Palace today.\n\n"
            "The Prime Minister said Himavat valued its ties with Ostland.\n")
    assert_statements(body, [
        ("Hari Prasad Koirala", "indirect", "The Prime Minister said Himavat valued its ties with Ostland."),
    ])


def test_subject_after_a_long_fronted_phrase_is_he_of_the_next_sentence():
    """two-hundred-seventy-sixth ireland_dfa_2016-05_reappointment: "Following his reappointment as Minister
    for Foreign Affairs and Trade, Charlie Flanagan has identified his immediate priorities as …" then "He
    stated:" and a quotation: the name after the long opening phrase and its comma is the sentence's
    subject, whom "He" then means (the first sentence, with no speech verb, stays narrative here)."""
    body = ("Following his reappointment as Minister for Foreign Affairs and Regional Trade, Tomas Vinter has "
            "identified his immediate priorities.\n\nHe stated:\n\n\u201cI am delighted to serve again.\u201d\n")
    assert_statements(body, [
        ("Tomas Vinter", "direct", "I am delighted to serve again."),
    ])


def test_name_in_an_aside_after_a_long_fronted_phrase_is_no_subject():
    """The guard of the same rule: a name set off by commas after the opening phrase ("Following talks with
    the Minister for Foreign Affairs and Regional Trade, Tomas Vinter, the delegation …") is no subject:
    "He" is not him. (A first name the engine cannot sex, Ilmar: a man's it knows, as Tomas now, is whom "he" means
    as the last man named at all, `People.resolve_pronoun`, subject or not.)"""
    body = ("Following talks with the Minister for Foreign Affairs and Regional Trade, Ilmar Vinter, the "
            "delegation visited the port.\n\nHe stated:\n\n\u201cI am delighted to serve again.\u201d\n")
    result = assert_statements(body, [])
    assert [s.speaker for s in result.statements] == [None]


def test_participle_before_by_marks_no_past_event_in_an_unnamed_lead():
    """two-hundred-eighty-first 73617: "As of March 17, nine humanitarian corridors have been agreed upon to
    evacuate residents of settlements affected by the Russian invasion. An information bureau for war
    prisoners has also been set up. This was announced by …": "affected by" is a participle after its noun,
    no past event, so the lead of two is all the speaker's."""
    body = ("As of March 17, six humanitarian corridors have been agreed upon to evacuate residents of towns "
            "affected by the floods. A bureau for missing persons has also been set up. This was announced by "
            "Deputy Prime Minister Olena Varta.\n")
    assert_statements(body, [
        ("Olena Varta", "indirect", "As of March 17, six humanitarian corridors have been agreed upon to evacuate "
                                    "residents of towns affected by the floods."),
        ("Olena Varta", "indirect", "A bureau for missing persons has also been set up."),
    ])


def test_past_event_in_an_unnamed_lead_stays_narrative():
    """The guard of the same rule: a past verb with its object ("The Palace hosted a conference …") is a past
    event, narrative, as before."""
    body = ("The Palace hosted a conference on the floods. A bureau for missing persons has also been set up. "
            "This was announced by Deputy Prime Minister Olena Varta.\n")
    assert_statements(body, [
        ("Olena Varta", "indirect", "A bureau for missing persons has also been set up."),
    ])
