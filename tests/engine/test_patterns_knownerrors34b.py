"""Readings of known errors of the labelled Ukrainian President's held-out sets (stop 34): a surname
written with two transliterated endings at once ("…," Volodymyr Zelenskyiyy summed up.", fifty-third
ukraine_president 72457); a lead of two sentences whose second draws the first's consequence with "That is why"
("Russia will be able to circumvent EU sanctions … That is why Ukraine insists on a ban … This was stated by
Adviser … Oleg Ustenko …", thirty-ninth ukraine_president 75133); "according to" a norm or a plan in a sentence carried
on ("… where Ukrainian troops develop skills according to NATO standards.", hundred-thirteenth ukraine_president 72193); a
thing planned after a connective ("Thus, evacuation from Mariupol to Zaporizhzhia is planned in the Donetsk region.",
fifty-eighth ukraine_president 73653), or after "A number of" ("A number of humanitarian corridors are planned in the Kyiv
region: …", two-hundred-eighty-first ukraine_president 73617).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Ostap Hrytsenskyy met with Prime Minister Lena Vaar of Norland"


def test_surname_with_two_transliterated_endings_is_the_same_person():
    """"…," Volodymyr Zelenskyiyy summed up." (fifty-third ukraine_president 72457): "-yi" and "-yy" written
    one after the other are one ending, so "Zelenskyiyy" is "Zelenskyy", the President, not a second person."""
    body = (
        "President Ostap Hrytsenskyy met with Prime Minister of Norland Lena Vaar.\n\n"
        "\"Our countries are close partners,\" Ostap Hrytsenskyy said.\n\n"
        "\"I hope that Norland's firms will invest in our country,\" Ostap Hrytsenskyiyy summed up."
    )
    assert_statements(body, [
        ("Ostap Hrytsenskyy", "direct", "Our countries are close partners"),
        ("Ostap Hrytsenskyy", "direct", "I hope that Norland's firms will invest in our country"),
    ], title=TITLE)


def test_surname_of_another_form_stays_another_person():
    """Guard: a surname of the same stem with another ending ("Olha Hrytsenska", the feminine form, a woman
    of her own) is not folded into "Hrytsenskyy"."""
    body = (
        "President Ostap Hrytsenskyy met with Prime Minister of Norland Lena Vaar.\n\n"
        "\"Our countries are close partners,\" Ostap Hrytsenskyy said.\n\n"
        "\"Our schools will work together,\" Minister of Education Olha Hrytsenska said."
    )
    assert_statements(body, [
        ("Ostap Hrytsenskyy", "direct", "Our countries are close partners"),
        ("Olha Hrytsenska", "direct", "Our schools will work together"),
    ], title=TITLE)


LEAD_TITLE = "A ban on the transport of oil is needed - Taras Bilenko"


def test_lead_of_two_tied_by_that_is_why_is_the_source_s():
    """"Russia will be able to circumvent EU sanctions and continue to earn crucial cash from its oil sales. That is
    why Ukraine insists on a ban on transporting Russian oil by EU-flagged vessels. This was stated by Adviser …
    Oleg Ustenko in a comment to Politico." (thirty-ninth ukraine_president 75133): "That is why" draws the first
    sentence's consequence, as "Therefore," does, so the lead is one argument and both sentences are his."""
    body = (
        "Norland will be able to circumvent the sanctions and continue to earn crucial cash from its oil sales. "
        "That is why our country insists on a ban on transporting Norland oil by Union-flagged vessels. "
        "This was stated by Adviser to the President on Economic Issues Taras Bilenko in a comment to The Courier."
    )
    assert_statements(body, [
        ("Taras Bilenko", "indirect",
         "Norland will be able to circumvent the sanctions and continue to earn crucial cash from its oil sales."),
        ("Taras Bilenko", "indirect",
         "That is why our country insists on a ban on transporting Norland oil by Union-flagged vessels."),
    ], title=LEAD_TITLE)


def test_lead_of_two_tied_by_that_is_why_after_a_named_actor_stays_narrative():
    """Guard: a first sentence that names its actor ("Governor Ilan Torsk visited the flooded villages on Monday.")
    is narrative, as before "But"/"However": only the second sentence is the source's."""
    body = (
        "Governor Ilan Torsk visited the flooded villages on Monday. "
        "That is why our region insists on more aid from the capital. "
        "This was stated by Adviser to the President on Economic Issues Taras Bilenko in a comment to The Courier."
    )
    assert_statements(body, [
        ("Taras Bilenko", "indirect", "That is why our region insists on more aid from the capital."),
    ], title=LEAD_TITLE)


CONFORMITY_TITLE = "President Oren Vask met with President Lena Vaar of Norland"


def _brigade_readout(according_to: str) -> str:
    return (
        "\"I appreciate such support from Norland,\" the President said. Touching the issue of security, the President "
        "said that there is an active cooperation between the agencies of the two countries. The joint brigade is a vivid "
        f"example of a format where our troops develop skills according to {according_to}. \"It is important that the "
        "joint statement records clear support for our membership,\" the President said."
    )


def test_according_to_a_norm_is_no_source_and_the_report_goes_on():
    """"The trilateral military brigade – LITPOLUKRBRIG – is a vivid example of an effective regional format where
    Ukrainian troops develop skills according to NATO standards." between two statements of the President
    (hundred-thirteenth ukraine_president 72193): "according to" standards means in keeping with them, no one's
    account, so his report goes on over the sentence."""
    assert_statements(_brigade_readout("common standards"), [
        ("Oren Vask", "direct", "I appreciate such support from Norland"),
        ("Oren Vask", "indirect", "Touching the issue of security, the President said that there is an active "
                                  "cooperation between the agencies of the two countries."),
        ("Oren Vask", "indirect", "The joint brigade is a vivid example of a format where our troops develop skills "
                                  "according to common standards."),
        ("Oren Vask", "direct", "It is important that the joint statement records clear support for our membership"),
    ], title=CONFORMITY_TITLE)


def test_according_to_a_body_stays_a_source():
    """Guard: "according to the defence ministry" names a source, whose account the sentence is: not the President's
    report carried on."""
    assert_statements(_brigade_readout("the defence ministry"), [
        ("Oren Vask", "direct", "I appreciate such support from Norland"),
        ("Oren Vask", "indirect", "Touching the issue of security, the President said that there is an active "
                                  "cooperation between the agencies of the two countries."),
        ("Oren Vask", "direct", "It is important that the joint statement records clear support for our membership"),
    ], title=CONFORMITY_TITLE)


PLANNED_TITLE = "Nine corridors have been agreed upon - Ilona Vask"


def _corridors_readout(planned: str) -> str:
    return (
        "As of March 18, nine corridors have been agreed upon in Norland to evacuate people from settlements affected by "
        "shelling. This was announced by Deputy Prime Minister Ilona Vask. " + planned + " \"A convoy of buses continued "
        "to move from Halden,\" she said. In the northern region, corridors have been coordinated from the cities of "
        "Ostby and Lenna to Tarvik."
    )


def test_thing_planned_after_a_connective_goes_on_with_the_report():
    """"This was announced by … Iryna Vereshchuk. Thus, evacuation from Mariupol to Zaporizhzhia is planned in the
    Donetsk region. “…,” she said." (fifty-eighth ukraine_president 73653): a thing planned with no agent, its bare
    noun after "Thus,", lies between two statements of hers and is hers, as "Evacuation … is planned …" is."""
    assert_statements(_corridors_readout("Thus, evacuation from Port Enna to Larsby is planned in the northern region."), [
        ("Ilona Vask", "indirect", "As of March 18, nine corridors have been agreed upon in Norland to evacuate people "
                                   "from settlements affected by shelling."),
        ("Ilona Vask", "indirect", "Thus, evacuation from Port Enna to Larsby is planned in the northern region."),
        ("Ilona Vask", "direct", "A convoy of buses continued to move from Halden"),
        ("Ilona Vask", "indirect", "In the northern region, corridors have been coordinated from the cities of Ostby and "
                                   "Lenna to Tarvik."),
    ], title=PLANNED_TITLE)


def test_talks_planned_after_a_connective_stay_narrative():
    """Guard: "Thus, consultations of the two delegations are planned for Friday." tells of the talks themselves,
    the readout's word, not her report carried on."""
    assert_statements(_corridors_readout("Thus, consultations of the two delegations are planned for Friday."), [
        ("Ilona Vask", "indirect", "As of March 18, nine corridors have been agreed upon in Norland to evacuate people "
                                   "from settlements affected by shelling."),
        ("Ilona Vask", "direct", "A convoy of buses continued to move from Halden"),
        ("Ilona Vask", "indirect", "In the northern region, corridors have been coordinated from the cities of Ostby and "
                                   "Lenna to Tarvik."),
    ], title=PLANNED_TITLE)


def test_things_planned_after_a_number_of_go_on_with_the_report():
    """"This was announced by … Iryna Vereshchuk. … A number of humanitarian corridors are planned in the Kyiv region: From
    Borodyanka to Zhytomyr." between two statements of hers (two-hundred-eighty-first ukraine_president 73617): "A number
    of" counts the things planned, no one who acts; hers as "Corridors are planned …" is."""
    planned = "A number of corridors are planned in the northern region: From Ostby to Lenna."
    assert_statements(_corridors_readout(planned), [
        ("Ilona Vask", "indirect", "As of March 18, nine corridors have been agreed upon in Norland to evacuate people "
                                   "from settlements affected by shelling."),
        ("Ilona Vask", "indirect", planned),
        ("Ilona Vask", "direct", "A convoy of buses continued to move from Halden"),
        ("Ilona Vask", "indirect", "In the northern region, corridors have been coordinated from the cities of Ostby and "
                                   "Lenna to Tarvik."),
    ], title=PLANNED_TITLE)


def test_talks_planned_after_a_number_of_stay_narrative():
    """Guard: "A number of meetings of the two delegations are planned for Friday." tells of the talks themselves."""
    assert_statements(_corridors_readout("A number of meetings of the two delegations are planned for Friday."), [
        ("Ilona Vask", "indirect", "As of March 18, nine corridors have been agreed upon in Norland to evacuate people "
                                   "from settlements affected by shelling."),
        ("Ilona Vask", "direct", "A convoy of buses continued to move from Halden"),
        ("Ilona Vask", "indirect", "In the northern region, corridors have been coordinated from the cities of Ostby and "
                                   "Lenna to Tarvik."),
    ], title=PLANNED_TITLE)
