"""Rules from the nine-hundred-ninety-second held-out set (Zambia's Muchinga Province Minister and those who speak at
or of the province's meetings): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_delighted_with_and_impressed_with_a_named_ones_judgement():
    """"Mr. X is also impressed with what …" (Lusaka Times 2020-05-12, ZANIS) and "is delighted with the …": one named
    person's judgement stated as the lead, as "is pleased with the …". Before, both were no one's."""
    body = ("Zembran Province Minister Oren Valdo is delighted with the high level of compliance during the closure "
            "of the Brenn border.\n\n"
            "Mr. Valdo is also impressed with what the health staff has done so far during the closure.\n\n"
            "The closure has entered day two.")
    assert_statements(body, [
        ("Oren Valdo", "indirect", "Zembran Province Minister Oren Valdo is delighted with the high level of compliance "
                                   "during the closure of the Brenn border."),
        ("Oren Valdo", "indirect", "Mr. Valdo is also impressed with what the health staff has done so far during "
                                   "the closure."),
    ])


def test_impressed_by_the_work_is_a_judgement():
    """"was impressed by the …": the same judgement with "by", a determiner's thing after it."""
    body = "Governor Lina Dorsa was impressed by the work the relief team was doing in the county."
    assert_statements(body, [
        ("Lina Dorsa", "indirect", "Governor Lina Dorsa was impressed by the work the relief team was doing in the "
                                   "county."),
    ])


def test_impressed_upon_and_a_groups_delight_are_no_judgement_of_one():
    """The guard: "impressed upon the board the need …" stresses (the lexicon's "impressed (up)on", kept), and
    "The residents were delighted with the new market." is a group's: no judgement of one person read."""
    body = ("Governor Lina Dorsa impressed upon the board the need to finish the road.\n\n"
            "The residents were delighted with the new market.")
    assert_statements(body, [
        ("Lina Dorsa", "indirect", "Governor Lina Dorsa impressed upon the board the need to finish the road."),
    ])


def test_was_speaking_when_he_featured_on_a_programme_carries_no_report():
    """"The PS was speaking when he featured on Government Forum Discussion Programme on ZNBC this evening." between
    two of the Permanent Secretary's paragraphs (Lusaka Times 2021-07-25): where he spoke, told by his own act after
    "when he", the writer's account; "The PS" is no role the engine reads, so the paragraph had been carried on as his."""
    body = ("Zembran Province Permanent Secretary Captain Oren Valdo says the province has grown.\n\n"
            "Captain Valdo said the new hospital possessed specialised services.\n\n"
            "The PS was speaking when he featured on Government Forum Discussion Programme on ZBC this evening.\n\n"
            "He said the area now had a fuel depot.")
    assert_statements(body, [
        ("Captain Oren Valdo", "indirect", "Zembran Province Permanent Secretary Captain Oren Valdo says the province has "
                                           "grown."),
        ("Captain Oren Valdo", "indirect", "Captain Valdo said the new hospital possessed specialised services."),
        ("Captain Oren Valdo", "indirect", "He said the area now had a fuel depot."),
    ])


def test_a_thing_between_two_of_his_paragraphs_is_still_carried():
    """The guard: a paragraph of the report's own facts between two of his ("The PS added …" shape left aside): "The
    new depot was built by the council." carries on as before; only "was speaking when he <acted>" is the occasion."""
    body = ("Zembran Province Permanent Secretary Captain Oren Valdo says the province has grown.\n\n"
            "Captain Valdo said the new hospital possessed specialised services.\n\n"
            "The new water plant now supplies the whole district.\n\n"
            "He said the area now had a fuel depot.")
    assert_statements(body, [
        ("Captain Oren Valdo", "indirect", "Zembran Province Permanent Secretary Captain Oren Valdo says the province has "
                                           "grown."),
        ("Captain Oren Valdo", "indirect", "Captain Valdo said the new hospital possessed specialised services."),
        ("Captain Oren Valdo", "indirect", "The new water plant now supplies the whole district."),
        ("Captain Oren Valdo", "indirect", "He said the area now had a fuel depot."),
    ])
