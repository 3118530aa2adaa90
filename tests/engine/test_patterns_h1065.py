"""Helper h1065 (hard80, speakers set apart from their words, part two). Rule 1: a state's lieutenant governor ("Lt.
Gov. X", "the lieutenant governor") is another office than its governor ("Gov. Y", "the governor"), so that neither
bare description goes to the other's holder; a lone "Gov. X" is still "the governor", and a "Lieutenant General X"
still "the General". Rule 2: a quotation opened by an editor's bracket after its tag's sentence ("“[That] is …”") is a
sentence of its own. Rule 3: a quotation told by two named people ("“…,” X and Y said") is no one's. Rule 4: a
hyphenated participle's aside ("Ms. X, co-chairing the Commission …, thanked …") is skipped as any participle's.
Rule 5: a bracketed or dashed aside between a quotation's speaker and the verb ("“…,” X (whose counterpart … ) told
…", "“…,” X -- who met … -- said") is skipped, the name before it speaks."""

from __future__ import annotations

from .test_patterns import assert_statements

_TOUR = (
    "BRENNICK FALLS -- Gov. Alder Wynstanley and Lt. Gov. Corisse Maddenthorpe toured the flooded towns of Pellow "
    "County on Saturday.\n\n"
)


def test_the_governor_is_not_the_lieutenant_governor_named_first():
    body = (
        "BRENNICK FALLS -- Lt. Gov. Corisse Maddenthorpe opened the ferry terminal on Thursday, standing in for Gov. "
        "Alder Wynstanley, who is abroad.\n\n"
        "Maddenthorpe said the terminal would open in June.\n\n"
        "In a video message, the governor said he was sorry to miss the opening."
    )
    assert_statements(body, [
        ("Corisse Maddenthorpe", "indirect", "Maddenthorpe said the terminal would open in June."),
        ("Alder Wynstanley", "indirect",
         "In a video message, the governor said he was sorry to miss the opening."),
    ])


def test_the_lieutenant_governor_is_not_the_governor():
    body = _TOUR + (
        "Wynstanley said he had asked for a disaster declaration.\n\n"
        "The lieutenant governor, a former county commissioner, thanked the volunteer fire companies."
    )
    assert_statements(body, [
        ("Alder Wynstanley", "indirect", "Wynstanley said he had asked for a disaster declaration."),
        ("Corisse Maddenthorpe", "indirect",
         "The lieutenant governor, a former county commissioner, thanked the volunteer fire companies."),
    ])


def test_a_lone_governor_shortened_is_still_the_governor():
    body = (
        "BRENNICK FALLS -- Gov. Alder Wynstanley toured the flooded towns of Pellow County on Saturday.\n\n"
        "The governor said the state would rebuild the bridge first."
    )
    assert_statements(body, [
        ("Alder Wynstanley", "indirect", "The governor said the state would rebuild the bridge first."),
    ])


def test_a_lieutenant_general_is_still_the_general():
    body = (
        "The Commander of the Joint Forces, Lieutenant General Ostrid Kalvenhorn, met the minister on Monday.\n\n"
        "The General said the border posts had been reinforced."
    )
    assert_statements(body, [
        ("Ostrid Kalvenhorn", "indirect", "The General said the border posts had been reinforced."),
    ])


# Rule 2: an editor's bracket that opens a quotation after a sentence's end ("“…,” he said. “[That] is …”"): a new
# sentence, so the second quotation is read as any quotation after its tag is.

_COUNCIL = (
    "GARVENTON -- The chairman of the Dellmark Chamber of Commerce, Mr. Orrin Vastergaard, spoke at the annual "
    "meeting on Tuesday.\n\n"
)


def test_a_quotation_opened_by_an_editors_bracketed_word_after_the_tag():
    body = _COUNCIL + (
        "“A trader from Garventon spends a day getting to the coast,” Vastergaard said. "
        "“[That] is a day we do not have.”"
    )
    assert_statements(body, [
        ("Orrin Vastergaard", "direct", "A trader from Garventon spends a day getting to the coast"),
        ("Orrin Vastergaard", "direct", "[That] is a day we do not have."),
    ])


def test_a_quotation_opened_by_an_editors_bracketed_capital():
    body = _COUNCIL + (
        "“We told the ministry that we are ready,” Vastergaard said. “[T]he door is open.”"
    )
    assert_statements(body, [
        ("Orrin Vastergaard", "direct", "We told the ministry that we are ready"),
        ("Orrin Vastergaard", "direct", "[T]he door is open."),
    ])


def test_a_plain_second_quotation_after_the_tag_stays_as_it_was():
    body = _COUNCIL + "“We told the ministry that we are ready,” Vastergaard said. “The door is open.”"
    assert_statements(body, [
        ("Orrin Vastergaard", "direct", "We told the ministry that we are ready"),
        ("Orrin Vastergaard", "direct", "The door is open."),
    ])


# Rule 3: a quotation told by two people named and joined by "and" ("“…,” X and Y said in a joint statement",
# "“…,” said X and Y."): a pair's words (GOLD-FORMAT: what a group said), not the first one's.

_BRIDGE = (
    "The mayors of Tollvik and Brask, Hennike Aldervoss and Mattis Quarnholm, reopened the footbridge on "
    "Wednesday.\n\n"
)


def test_a_quotation_told_by_two_named_people_is_no_ones():
    body = _BRIDGE + (
        "“It took longer than either of us promised,” Aldervoss and Quarnholm said in a joint statement.\n\n"
        "Aldervoss said the repair had cost 3.2 million euros."
    )
    assert_statements(body, [
        ("Hennike Aldervoss", "indirect", "Aldervoss said the repair had cost 3.2 million euros."),
    ])


def test_a_quotation_told_by_two_named_people_inverted_is_no_ones():
    body = _BRIDGE + (
        "“It took longer than either of us promised,” said Aldervoss and Quarnholm.\n\n"
        "Aldervoss said the repair had cost 3.2 million euros."
    )
    assert_statements(body, [
        ("Hennike Aldervoss", "indirect", "Aldervoss said the repair had cost 3.2 million euros."),
    ])


def test_a_quotation_told_by_one_of_the_two_stays_hers():
    body = _BRIDGE + "“It took longer than I promised,” Aldervoss said in a statement."
    assert_statements(body, [
        ("Hennike Aldervoss", "direct", "It took longer than I promised"),
    ])


# Rule 4: a hyphenated verb's participle set off by commas between a subject and its verb ("Ms. X, co-chairing the
# Commission for the first time, thanked …"): an aside, as "speaking for the first time" is.

_COMMISSION = (
    "The session of the Orvale-Tessmark Commission was held on 21 April, co-chaired by the Minister of Economy of "
    "Orvale, Mr. Lanfred Osterkamp, and the Deputy Foreign Minister of Tessmark, Ms. Idalene Corvasse.\n\n"
)


def test_a_hyphenated_participles_aside_before_the_verb():
    body = _COMMISSION + (
        "Ms. Corvasse, co-chairing the Commission for the first time, thanked the Orvalian side for its hospitality."
    )
    assert_statements(body, [
        ("Idalene Corvasse", "indirect",
         "Ms. Corvasse, co-chairing the Commission for the first time, thanked the Orvalian side for its hospitality."),
    ])


def test_a_plain_participles_aside_stays_as_it_was():
    body = _COMMISSION + (
        "Ms. Corvasse, speaking for the first time, thanked the Orvalian side for its hospitality."
    )
    assert_statements(body, [
        ("Idalene Corvasse", "indirect",
         "Ms. Corvasse, speaking for the first time, thanked the Orvalian side for its hospitality."),
    ])


# Rule 5: a quotation's speaker parted from the verb by a bracketed or dashed aside about someone else ("“…,” X (whose
# counterpart, Ms. Y, stood beside him) told reporters."; "“…,” X -- who met Mr. Z on Monday -- said in reply."): the
# name before the aside speaks, not the last speaker.

_GRAIN = (
    "Trade Minister Anselm Rottvik met Trade Minister Ilsabet Kerrowan in Haldmoor on Tuesday.\n\n"
    "Kerrowan said only half of the grain had reached the mills by June.\n\n"
)


def test_a_bracketed_aside_about_someone_else_before_the_verb():
    body = _GRAIN + (
        "“We have paid the farmers for every tonne,” Rottvik (whose counterpart, Ms. Kerrowan, stood beside him) "
        "told reporters."
    )
    assert_statements(body, [
        ("Ilsabet Kerrowan", "indirect", "Kerrowan said only half of the grain had reached the mills by June."),
        ("Anselm Rottvik", "direct", "We have paid the farmers for every tonne"),
    ])


def test_a_dashed_aside_about_someone_else_before_the_verb():
    body = _GRAIN + (
        "“The strike is over as far as the grain is concerned,” Rottvik -- who met the dockers' leader, Mr. Tobin "
        "Skarrel, on Monday night -- said in reply."
    )
    assert_statements(body, [
        ("Ilsabet Kerrowan", "indirect", "Kerrowan said only half of the grain had reached the mills by June."),
        ("Anselm Rottvik", "direct", "The strike is over as far as the grain is concerned"),
    ])


def test_an_office_set_off_by_commas_before_the_verb_stays_as_it_was():
    body = _GRAIN + "“We have paid the farmers for every tonne,” Rottvik, the trade minister, told reporters."
    assert_statements(body, [
        ("Ilsabet Kerrowan", "indirect", "Kerrowan said only half of the grain had reached the mills by June."),
        ("Anselm Rottvik", "direct", "We have paid the farmers for every tonne"),
    ])
