"""Helper h1060 (eighthundredsixth, the Presidency of Hirshabelle State as Somali outlets print it): a known person's
name right after a place's possessive as the subject ("Ostrava’s Varro complained that …"), not a thing after it
("Ostrava’s Ministry said …"); an office's statement misprinted "An statement from … said that X apologized …" as the
source of X's account; a quotation told after it by "a statement from the … presidency reported" or by an international
body's initials with its country office ("the UN Ostrava said in a tweet"), the body's words read as its sentences
tell, not the last speaker's, but not "the UN Secretary-General said" (a person)."""

from __future__ import annotations

from .test_patterns import assert_statements

_MET = "President Lena Varro of Ostrava received Prime Minister Paul Dresner in Belmont.\n\n"


def test_known_name_after_a_places_possessive_is_the_subject():
    body = _MET + (
        "According to sources close to the State President, Ostrava’s Varro complained that she had been treated "
        "disrespectfully."
    )
    assert_statements(body, [
        ("Lena Varro", "indirect",
         "According to sources close to the State President, Ostrava’s Varro complained that she had been treated "
         "disrespectfully."),
    ])


def test_a_thing_after_a_places_possessive_stays_no_one():
    body = _MET + "Ostrava’s Belmont Plan said that the talks went well."
    assert_statements(body, [])


def test_statement_misprinted_an_is_the_source_of_an_account():
    body = (
        "President Lena Varro of Ostrava met with Colonel Paul Dresner in Belmont.\n\n"
        "An statement from the Ostrava presidency said that Colonel Paul Dresner apologized to the President for his "
        "previous comments."
    )
    assert_statements(body, [
        ("Colonel Paul Dresner", "indirect",
         "An statement from the Ostrava presidency said that Colonel Paul Dresner apologized to the President for his "
         "previous comments."),
    ])


def test_a_presidency_statement_quoted_whole_is_read_as_it_tells():
    body = (
        "President Lena Varro of Ostrava met with Colonel Paul Dresner in Belmont.\n\n"
        "“The president of Ostrava region Lena Varro along with the vice president met with Colonel Paul Dresner and "
        "other officials. The Colonel apologized to the President about the differences they had. The president "
        "praised their visit and accepted the apology,” a statement from the Ostrava presidency reported."
    )
    assert_statements(body, [
        # (KE64, h1096: "The Colonel" is the colonel named before, as the readout's gold, eighthundredsixth
        # somalidispatch, reads it: the body's sentences read as they tell)
        ("Paul Dresner", "indirect", "The Colonel apologized to the President about the differences they had."),
        ("Lena Varro", "indirect", "The president praised their visit and accepted the apology"),
    ])


_CALL = (
    "President Lena Varro of Ostrava held a video conference with Ambassador Paul Dresner.\n\n"
    "Meanwhile, Paul Dresner congratulated President Varro on her election.\n\n"
)


def test_an_international_bodys_country_office_tells_no_ones_words():
    body = _CALL + (
        "“The envoy and his team today held an introductory e-meeting with President Lena Varro,” the UN Ostrava said "
        "in a tweet."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Meanwhile, Paul Dresner congratulated President Varro on her election."),
    ])


def test_an_office_after_the_bodys_initials_is_a_person():
    body = _CALL + "“The talks were useful,” the UN Secretary-General said."
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Meanwhile, Paul Dresner congratulated President Varro on her election."),
        ("The UN Secretary-General", "direct", "The talks were useful"),
    ])
