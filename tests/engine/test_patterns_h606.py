"""Rules from the fourhundredfortyeighth held-out set (gov.ge, the Georgian Prime Minister's press office in
English, 2011-2022): invented readouts and people."""

from __future__ import annotations

import pytest

from readout_tui.engine.phrases import phrase_opening

from .test_patterns import assert_statements


@pytest.mark.parametrize("title", ["PRIME MINISTER OF ESTONIA TO ADDRESS PACE",
                                   "Prime Minister of Estonia to Address PACE"])
def test_a_future_headline_in_capitals_parts_the_office_from_its_object(title):
    """"PRIME MINISTER OF GEORGIA TO ADDRESS PACE" (2019-04-04): a future headline's " TO" and its verb part the
    subject from the object in a title written in capitals as " to" does in title case; before, the whole run was
    one person "ADDRESS PACE", the Prime Minister of Estonia, who took the body's "the Head of Government"."""
    body = ("Karl Vessart, Prime Minister of Estonia will deliver a speech at the Parliamentary Assembly within the "
            "scope of his visit to Strasbourg.\n\n"
            "According to the Head of Government of Estonia, a set of bilateral meetings is planned.")
    assert_statements(body, [
        ("Karl Vessart", "indirect",
         "According to the Head of Government of Estonia, a set of bilateral meetings is planned."),
    ], title=title)


def test_an_office_of_a_nation_then_and_a_full_name_is_two_people():
    """"… discussed by Mamuka Bakhtadze, Prime Minister of Georgia and Michael R. Pompeo, US Secretary of State"
    (2018-09-20): the office closed by its nation, "and", then a full name with no office of its own are two
    people, the office the apposed name's; before, "Prime Minister of Estonia and Daniel K. Ferreira" was one
    person, the Prime Minister, who took the Head of Government's gratitude."""
    body = ("Trade links were among the key topics discussed by Karl Vessart, Prime Minister of Estonia and "
            "Daniel K. Ferreira, Foreign Minister of Chile today.\n\n"
            "Head of the Government of Estonia expressed his gratitude to the Chilean minister for the support.")
    assert_statements(body, [
        ("Karl Vessart", "indirect",
         "Head of the Government of Estonia expressed his gratitude to the Chilean minister for the support."),
    ])


@pytest.mark.parametrize(("words", "kind"), [
    ("President of Latvia and Daniel Ferreira", "group"),
    ("Minister of Trade and Industry Anna Berg", "name"),
    ("Prime Minister of Antigua and Barbuda Gaston Ruel", "name"),
])
def test_only_a_bare_and_after_a_nations_office_parts_two_people(words, kind):
    """The guards: an office's own "and" (a portfolio's, a two-word nation's) stays inside one person's office;
    only an office closed by its nation, a bare "and" and a full name are two people."""
    phrase = phrase_opening(words)
    assert phrase is not None and phrase.kind == kind
