"""Helper h1316 (KE74): "X (has) defended <a choice made>": a decision, a plan, a list argued for.

"Regional Minister, Hon. X has defended President Y's decision to commission …" (ninehundredseventyeighth), "the
Governor defended his desire to see the embargo lifted" (eighthundredtwentieth), "Mr. X has defended the ward's
bursary list after parents complained …" (hard94): a choice made, one's own or another's, argued for against doubt,
as "defended the position of" or "defended the creation of" are (`lexicon._COMPLEMENTS["defended|defends"]`): the
choice's noun (decision, choice, move, plan, policy, desire, stance, list, record, budget, conduct, handling,
approach, directive, appointment) after an article, a possessive or a name's "'s", two words at most between.

Golds (`count.py` over every gold at stop 74): "defended <det or name's> … <the choice's noun>" 4 for (Stanmoor
hard73, read at base by its "saying"; the three above, missed at base), 1 against (hard75: "Wiesmayer and the head of
the … union, Y, defended the timetable …", a pair, and "timetable" is not a choice's noun here). Not read: "defended
the country", "defended the title", "defended the river deal" (a fight, a prize, a thing not named by a choice's
noun), as at base.

And "X has ordered his deputy, Y, to travel to …" (thousandsixth): an order to the one under him named by his office
and then by name between commas, as "directed her deputy, Y, to …" and "instructed his deputy, Y, to …" read at base
(`lexicon._COMPLEMENTS["order|ordered|orders|ordering"]`). Golds: "<ordered/directed/instructed/…> his/her/their
<one or two words>, <Name>, to <verb>" 3 for (hard29 "directed", hard49 "instructed", read at base; thousandsixth
"ordered", missed), 0 against.
"""

from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Regional minister defends the street lights"
DECISION = ("Northern Regional Minister, Hon. Amara Tesselby has defended President Oren Valdric's decision to "
            "commission the new street lights in Kelmarsh.")
DESIRE = "Trade in the valley is slow, but the Governor defended his desire to see the toll removed."
GOVERNOR = "Governor Ilse Marrow returned from Tembaria on Friday."
LIST = ("The Member of County Assembly for Orvale ward, Mr. Tobin Askew, has defended the ward's bursary list "
        "after parents complained about it.")
COUNTRY = "Governor Ilse Marrow defended the country for ten years as a soldier before she entered politics."
TITLE_WON = "The champion, Mr. Tobin Askew, defended the title at the Orvale games on Saturday."


def test_defended_a_presidents_decision():
    """ninehundredseventyeighth: "<office>, Hon. X has defended President Y's decision to …": X argues for another's
    choice (the name's "'s" as the owner)."""
    assert_statements(DECISION, [("Amara Tesselby", "indirect", DECISION)], title=TITLE)


def test_defended_his_desire_and_a_list():
    """eighthundredtwentieth: "the Governor defended his desire to see …" (the governor named before); hard94: "Mr. X
    has defended the ward's bursary list after …" (two words between the article and the noun)."""
    body = "\n\n".join([GOVERNOR, DESIRE])
    assert_statements(body, [("Ilse Marrow", "indirect", "the Governor defended his desire to see the toll removed.")],
                      title=TITLE)
    assert_statements(LIST, [("Tobin Askew", "indirect", LIST)], title=TITLE)


def test_guard_defended_a_country_or_a_title():
    """Guard: "defended the country for ten years", "defended the title at the games": a fight and a prize, no
    choice's noun: no statement, as at base."""
    body = "\n\n".join([COUNTRY, TITLE_WON])
    assert_statements(body, [], title=TITLE)


ORDERED = ("President Halvar Oskendi has ordered his deputy, Mirren Tasko, to travel to Velmar County and settle the "
           "dispute between the governor and the assembly.")
LUNCH = "Governor Ilse Marrow ordered her driver, Tomas Venn, to the airport after the meeting."


def test_ordered_his_deputy_named_between_commas_to_act():
    """thousandsixth: "has ordered his deputy, Y, to travel to …": the order is X's, as "directed her deputy, Y,
    to …" is."""
    assert_statements(ORDERED, [("Halvar Oskendi", "indirect", ORDERED)], title=TITLE)


def test_guard_ordered_her_driver_to_a_place():
    """Guard: "ordered her driver, Y, to the airport": a way shown, "to the", not an act ordered: no statement."""
    assert_statements(LUNCH, [], title=TITLE)
