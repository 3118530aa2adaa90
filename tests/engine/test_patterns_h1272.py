"""Rules from the nine-hundred-seventy-eighth held-out set (Ghana's Upper East Regional Minister and those who speak
at or of the Minister's meetings, 2017-2023): invented readouts, invented people and regions."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Deputy Minister Tomas Brell arrived in Osta on Monday to assume his duties. "


def test_a_slashed_region_in_the_title_names_no_one():
    """"We’ll work with everyone – Deputy U/East Minister" (Citi 2017-04-13): the region's slash abbreviation made a
    deputy named "U", to whom "According to the … legislator, …" was given. A lone capital glued to a slash ends a run
    of capitalised words before it: no person, and the description is resolved to no one."""
    body = (_OPENING + "He said the government will run an inclusive administration. According to the Osta West "
            "legislator, the region has lagged behind in development.")
    assert_statements(body, [
        ("Tomas Brell", "indirect", "He said the government will run an inclusive administration."),
    ], title="We will work with everyone - Deputy N/Osta Minister")


def test_a_slashed_region_before_an_office_keeps_the_named_holder():
    """The guard: a slash abbreviation before an office with the holder named ("The N/O Regional Minister, Tomas
    Brell, said …") and "H/E" before a name are read as before, the named holder's."""
    body = ("The N/O Regional Minister, Tomas Brell, said the roads are bad. President H/E Ilsa Varn said the roads "
            "will be built.")
    assert_statements(body, [
        ("Tomas Brell", "indirect", "The N/O Regional Minister, Tomas Brell, said the roads are bad."),
        ("Ilsa Varn", "indirect", "President H/E Ilsa Varn said the roads will be built."),
    ])


def test_according_to_her_before_the_verbs_auxiliary_is_her_account():
    """"This according to her will enable government spend the scares national resources …" (Daily Guide
    2019-05-07): the commas around "according to her" left out; "her will" is no noun but "her" and the clause's
    auxiliary. Before, read as the possessive "her will" and given no one."""
    body = ("The Regional Minister, Anna Rell, called on the chiefs to keep their areas peaceful. This according to "
            "her will enable the government to spend its resources on development.")
    assert_statements(body, [
        ("Anna Rell", "indirect", "The Regional Minister, Anna Rell, called on the chiefs to keep their areas peaceful."),
        ("Anna Rell", "indirect",
         "This according to her will enable the government to spend its resources on development."),
    ])


def test_according_to_her_will_the_noun_is_no_statement():
    """The guard: "according to her will," (her testament, a comma after it) and "according to her office" are not
    her account."""
    body = ("The Regional Minister, Anna Rell, called on the chiefs to keep their areas peaceful. The house was sold "
            "according to her will, the notary recalled. According to her office, the trip was short.")
    assert_statements(body, [
        ("Anna Rell", "indirect", "The Regional Minister, Anna Rell, called on the chiefs to keep their areas peaceful."),
    ])


def test_to_him_opening_a_sentence_is_his_view():
    """"To him, individualism will not be of any benefit to the region …" (GhanaWeb 2021-01-24), opening the paragraph
    after "X believes that …": his view, as "to his mind, …". Before, no statement (a report is not carried on over the
    paragraph's break with no cue)."""
    body = ("The Minister, Tomas Brell, believes that a concerted effort will develop the region.\n\nTo him, "
            "individualism will not be of any benefit to the region.")
    assert_statements(body, [
        ("Tomas Brell", "indirect", "The Minister, Tomas Brell, believes that a concerted effort will develop the region."),
        ("Tomas Brell", "indirect", "To him, individualism will not be of any benefit to the region."),
    ])


def test_to_him_with_no_comma_is_no_statement():
    """The guard: "To him the mayor handed …" (no comma after "him": the one a thing goes to) after narrative is no
    view, no statement."""
    body = _OPENING + "To him the mayor handed the keys of the city."
    assert_statements(body, [])
