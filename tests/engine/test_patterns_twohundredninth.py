"""Rules from the two-hundred-ninth held-out set (en.kremlin.ru, February-April 2013): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_GOVERNOR = "Working meeting with President of Velmaria Kiron Dorvan"
_MINISTER = "Working meeting with Healthcare Minister Vera Salkova"
_LEAD = "Mr Dorvan briefed Arvan Tolmen on the socioeconomic situation in the republic.\n\n"
_REPORT = ("In particular, Mr Dorvan informed the President about an increase in the region’s budget revenue and a "
           "drop in the unemployment rate.")


def test_a_figure_counted_in_a_place_carries_the_report_on():
    """"Crime in Ingushetia was also down by 7.4 percent, and the number of terrorism-related crimes was down by
    half." (two-hundred-ninth 17579, after "In particular, Mr Yevkurov informed the President about an increase in
    …"): "Crime in Ingushetia" was read as one name that acts, so the governor's figure was no one's. A capitalised
    common noun, "in" and a place, then an amount that changed, is a thing his report speaks of."""
    body = (_LEAD + _REPORT + " Crime in Velmaria was also down by 7.4 percent, and the number of thefts was down "
            "by half.")
    assert_statements(body, [
        ("Kiron Dorvan", "indirect", "Mr Dorvan briefed Arvan Tolmen on the socioeconomic situation in the republic."),
        ("Kiron Dorvan", "indirect", _REPORT),
        ("Kiron Dorvan", "indirect", "Crime in Velmaria was also down by 7.4 percent, and the number of thefts was "
                                     "down by half."),
    ], title=_GOVERNOR)


def test_was_also_down_is_an_amount_that_changed():
    """The same figure with no place ("Crime was also down by 7.4 percent"): "also" between "was" and "down" kept
    the lone capitalised word from being read as a thing (two-hundred-ninth 17579)."""
    body = _LEAD + _REPORT + " Crime was also down by 7.4 percent."
    assert_statements(body, [
        ("Kiron Dorvan", "indirect", "Mr Dorvan briefed Arvan Tolmen on the socioeconomic situation in the republic."),
        ("Kiron Dorvan", "indirect", _REPORT),
        ("Kiron Dorvan", "indirect", "Crime was also down by 7.4 percent."),
    ], title=_GOVERNOR)


def test_a_body_in_a_place_that_acts_still_ends_the_report():
    """Guard: a capitalised word, "in" and a place, then an act, not an amount ("Velcorp in Velmaria opened a new
    plant."): a company that acts, the readout's own news, not the governor's figure."""
    body = _LEAD + _REPORT + " Velcorp in Velmaria opened a new plant."
    assert_statements(body, [
        ("Kiron Dorvan", "indirect", "Mr Dorvan briefed Arvan Tolmen on the socioeconomic situation in the republic."),
        ("Kiron Dorvan", "indirect", _REPORT),
    ], title=_GOVERNOR)


def test_what_a_programme_will_amount_to_carries_the_point_on():
    """"The President stressed that the perinatal centres must be located within one hour driving distance … .
    Funding for the perinatal centre construction programme will amount to 50–60 million rubles." (two-hundred-ninth
    17800): "Funding", a lone capitalised word, was read as a name; a run of lower-case words and "will amount to"
    a figure make it a thing, the sum carried on with what the President set out."""
    stressed = ("The President stressed that the perinatal centres must be located within one hour driving "
                "distance.")
    body = ("The Minister briefed the President on the perinatal centre construction programme.\n\n"
            "Vera Salkova said 32 regions are to get new perinatal centres.\n\n"
            + stressed + " Funding for the perinatal centre construction programme will amount to 50–60 million korun.")
    assert_statements(body, [
        ("Vera Salkova", "indirect", "The Minister briefed the President on the perinatal centre construction "
                                     "programme."),
        ("Vera Salkova", "indirect", "Vera Salkova said 32 regions are to get new perinatal centres."),
        ("The President", "indirect", stressed),
        ("The President", "indirect", "Funding for the perinatal centre construction programme will amount to 50–60 "
                                      "million korun."),
    ], title=_MINISTER)


def test_a_named_guest_with_a_figure_keeps_her_own_statement():
    """Guard: "will amount to" a figure after a one-word name the readout knows ("Salkova said the programme will
    amount to …") leaves the sentence hers, with its own speech verb, not the President's carried on."""
    body = ("Vera Salkova briefed the President on the perinatal centre construction programme.\n\n"
            "The President stressed that the centres must be built on time. Salkova said the programme will amount "
            "to 50 million korun.")
    assert_statements(body, [
        ("Vera Salkova", "indirect", "Vera Salkova briefed the President on the perinatal centre construction "
                                     "programme."),
        ("The President", "indirect", "The President stressed that the centres must be built on time."),
        ("Vera Salkova", "indirect", "Salkova said the programme will amount to 50 million korun."),
    ], title=_MINISTER)
