"""Helper h1062 (eighthundredeighth, the President of Bougainville as regional papers and RNZ Pacific print him): a news
lead's present "says" after an office that opens the sentence with a place written at length after its "of" and the
holder's name set off by commas ("The President of the autonomous Velmarian province of Ostrava, X, says …"), as "said"
there already was; not when the sentence opens with a clause of its own before the name ("The mine was closed in the
province of Ostrava, X, says …" stays no one's); a lead told by a later "X said this as he welcomed …" (as "said this
during …": the lead his, that sentence only when), not "said this as a warning"; and "questioned the readiness of …" a
doubt voiced (two speakers split at ", but"), not "questioned the driver"; and a paper that "reports X saying that …"
(X's words, as "quoted X as saying"), not "reported the figures"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_present_says_after_an_office_of_a_long_place_and_the_name():
    body = (
        "The President of the autonomous Velmarian province of Ostrava, Tomas Kerrin, says he wants to hold "
        "reconciliations with all the parties to the conflict.\n\n"
        "He began by meeting with Sir Anton Berel, a former prime minister."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The President of the autonomous Velmarian province of Ostrava, Tomas Kerrin, says he wants to hold "
         "reconciliations with all the parties to the conflict."),
    ])


def test_present_says_after_a_short_office_of_a_province():
    body = (
        "The President of the autonomous province, Tomas Kerrin, says talks with the mining company have started a "
        "dialogue.\n\n"
        "The mine was closed in 1988."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The President of the autonomous province, Tomas Kerrin, says talks with the mining company have started a "
         "dialogue."),
    ])


def test_a_clause_before_the_place_and_name_is_no_office():
    body = (
        "The mine was closed in the province of Ostrava, Tomas Kerrin, says the report.\n\n"
        "Talks are due in June."
    )
    assert_statements(body, [])


def test_a_lead_told_by_said_this_as_he_welcomed():
    body = (
        "The partnership between the two governments continues to gain momentum as both prepare for the vote.\n\n"
        "Governor Tomas Kerrin said this as he welcomed the Minister for Ostravan Affairs Anton Berel to the region.\n\n"
        "Berel visited the port."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The partnership between the two governments continues to gain momentum as both prepare for the vote."),
    ])


def test_said_this_as_a_warning_is_no_occasion():
    body = (
        "The two governments met in March.\n\n"
        "Governor Tomas Kerrin said this as a warning to the minister."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect", "Governor Tomas Kerrin said this as a warning to the minister."),
    ])


def test_questioned_the_readiness_is_a_doubt_voiced():
    body = (
        "The leaders of Velmaria and Ostrava met in Belmont.\n\n"
        "President Tomas Kerrin has suggested a solution could be reached outside of parliament, but Prime Minister "
        "Anton Berel has questioned the readiness of Ostrava to run itself."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "President Tomas Kerrin has suggested a solution could be reached outside of parliament"),
        ("Anton Berel", "indirect", "Prime Minister Anton Berel has questioned the readiness of Ostrava to run itself."),
    ])


def test_questioned_a_driver_is_no_speech():
    body = (
        "The leaders of Velmaria and Ostrava met in Belmont.\n\n"
        "Inspector Anton Berel questioned the driver after the crash."
    )
    assert_statements(body, [])


def test_a_paper_reports_a_person_saying():
    body = (
        "Governor Tomas Kerrin held talks with the Ostrava Mining Company in Belmont.\n\n"
        "The Belmont Courier paper reports Governor Tomas Kerrin saying that the key to peace was finding jobs for "
        "his people."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The Belmont Courier paper reports Governor Tomas Kerrin saying that the key to peace was finding jobs for "
         "his people."),
    ])


def test_reported_the_figures_then_saying_stays_as_it_was():
    body = (
        "Governor Tomas Kerrin held talks with the Ostrava Mining Company in Belmont.\n\n"
        "Governor Tomas Kerrin reported the figures of Mayor Ilse Varga to the council on Monday, saying that the "
        "mine had made a profit."
    )
    # (h1080: the guard now holds "saying", with a person before it who is not the one saying: the subject reports,
    # the person inside the object is no "reports X saying")
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "Governor Tomas Kerrin reported the figures of Mayor Ilse Varga to the council on Monday, saying that the "
         "mine had made a profit."),
    ])
