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
