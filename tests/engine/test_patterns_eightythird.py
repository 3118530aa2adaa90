"""Patterns found by the eightythird held-out set (real Kremlin news readouts, 2002-2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_called_to_move_from_one_thing_to_another_is_an_appeal():
    """"The President called to pass from partnership on paper to practical cooperation.": "called
    to" and a verb whose object is a move "from … to …" is an appeal, as "called to bridge the gap";
    not "The minister was called to the podium"."""
    body = (
        "President Anton Brask held talks with President Ivo Lund of Norland.\n\n"
        "The President of Vestria called to pass from declarations on paper to practical cooperation. "
        "He expressed satisfaction with the growth of trade."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President of Vestria called to pass from declarations on paper to "
                                    "practical cooperation."),
        ("Anton Brask", "indirect", "He expressed satisfaction with the growth of trade."),
    ], title="A Vestrian-Norland summit was held in Vestgard")


def test_a_person_regarding_a_thing_as_another_states_a_view():
    """"He regarded partnership in the energy, engineering and metal industries as top priorities.":
    regard X as Y with a person as the subject is a view stated, as "considered this as …" and
    "described … as …"; not "regarding" the preposition."""
    body = (
        "President Anton Brask noted that trade had doubled. "
        "He regarded cooperation in the energy, shipbuilding and chemical industries as top priorities."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Anton Brask noted that trade had doubled."),
        ("Anton Brask", "indirect", "He regarded cooperation in the energy, shipbuilding and chemical industries "
                                    "as top priorities."),
    ], title="President Anton Brask met with President Ivo Lund")


def test_promising_projects_are_no_ones_promise_so_the_words_go_on():
    """"…, President X said." / "Vestria is ready to propose a number of promising investment
    projects in the north." / "…, Mr X said.": "promising" after "of" (an article, "most", "very" …)
    is an adjective before its noun, no one's promise, so the paragraph between two of his
    statements carries his words on."""
    body = (
        "Now there is a need to give the two countries’ contacts a solid economic foundation, "
        "President Anton Brask said following talks with the Emir of Sarland.\n\n"
        "Vestria is ready to propose a number of promising investment projects in the north.\n\n"
        "Vestrian companies could take part in building power plants in Sarland, Mr Brask said."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Now there is a need to give the two countries’ contacts a solid economic "
                                    "foundation, President Anton Brask said following talks with the Emir of Sarland."),
        ("Anton Brask", "indirect", "Vestria is ready to propose a number of promising investment projects in the north."),
        ("Anton Brask", "indirect", "Vestrian companies could take part in building power plants in Sarland, "
                                    "Mr Brask said."),
    ], title="Vestria sees Sarland as a promising partner")


def test_an_also_paragraph_after_a_statement_carries_it_on():
    """"… , Mr X said." / "There are also good prospects for cooperation in science and tourism.": a
    paragraph with no statement whose first sentence adds "also" to the account that ended the
    paragraph before carries that account on, even with no statement of his after it; not "The
    President also visited …" (an act), nor "There was also an exchange of views on …"."""
    body = (
        "Vestrian companies could take part in building power plants in Sarland, Mr Anton Brask said.\n\n"
        "There are also good prospects for cooperation in science, education and tourism."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Vestrian companies could take part in building power plants in Sarland, "
                                    "Mr Anton Brask said."),
        ("Anton Brask", "indirect", "There are also good prospects for cooperation in science, education and tourism."),
    ], title="Vestria sees Sarland as a promising partner")
    body = (
        "Vestrian companies could take part in building power plants in Sarland, Mr Anton Brask said.\n\n"
        "There was also an exchange of views on regional issues."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Vestrian companies could take part in building power plants in Sarland, "
                                    "Mr Anton Brask said."),
    ], title="Vestria sees Sarland as a promising partner")


def test_what_an_official_told_the_president_about_goes_on_in_the_next_paragraph():
    """"Mr X told the President about the visit of an expert mission to Vestgard." / "Banking supervision was
    its main subject. The aim of the mission was to assess the new banking law.": "told" the
    one met "about" a topic presents a report, as "informed … about", so the next paragraph, where no
    one acts or speaks, goes on with it; not a paragraph where someone acts ("The President thanked
    …" is his own)."""
    title = "President Anton Brask met with Tomas Verin, Chairman of the Financial Monitoring Committee"
    body = (
        "Mr Verin told the President about the visit of an expert mission to Vestgard.\n\n"
        "Banking supervision was its main subject. The aim of the mission was to assess the new banking law."
    )
    assert_statements(body, [
        ("Tomas Verin", "indirect", "Mr Verin told the President about the visit of an expert mission to Vestgard."),
        ("Tomas Verin", "indirect", "Banking supervision was its main subject."),
        ("Tomas Verin", "indirect", "The aim of the mission was to assess the new banking law."),
    ], title=title)
