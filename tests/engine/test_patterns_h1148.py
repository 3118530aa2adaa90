"""Helper h1148 (styles63, water, irrigation and disaster-management bodies): a body's head called later by the body's
possessive and "chief" or "head" ("The basin commission's chief added …", "The Ibelhast agency's head said …") is the
one named as that body's head ("The Executive Secretary of the Lower Tarn Basin Commission (LTBC), Dr. X", "for the
Agency by its Director General, Mr. Y"), not the person named last; a deputy named so is not the body's head."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_basin_commissions_chief_is_its_executive_secretary():
    body = (
        "The Executive Secretary of the Lower Tarn Basin Commission (LTBC), Dr. Osrena Valkamo, on Tuesday called on "
        "the Minister of Water of Drevany, Mr. Tovic Amsander. She was accompanied by the Commission's Director of "
        "Planning, Eng. Oskel Brandvaar.\n\n"
        "The basin commission's chief added that the new allocation plan would set a minimum flow for the river."
    )
    assert_statements(body, [
        ("Osrena Valkamo", "indirect", "The basin commission's chief added that the new allocation plan would set a "
         "minimum flow for the river."),
    ])


def test_agencys_head_is_the_one_who_signed_by_its_office():
    body = (
        "The Ministry of Water of Drevany and the Kelmora Water Agency on Friday signed a memorandum on groundwater. "
        "It was signed for the Ministry by its Permanent Secretary, Mrs. Ulrike Ponsavar, and for the Agency by its "
        "Director General, Mr. Tovic Amsander, in the presence of the Chief Hydrologist, Dr. Oskel Brandvaar.\n\n"
        "The Kelmora agency's head said the mapping would start in the south.\n\n"
        "\u201cWe will not drill on guesswork again,\u201d he said."
    )
    assert_statements(body, [
        ("Tovic Amsander", "indirect", "The Kelmora agency's head said the mapping would start in the south."),
        ("Tovic Amsander", "direct", "We will not drill on guesswork again,"),
    ])


def test_a_deputy_named_with_the_body_is_not_its_chief():
    body = (
        "The Deputy Executive Secretary of the Lower Tarn Basin Commission (LTBC), Dr. Osrena Valkamo, on Tuesday "
        "called on the Minister of Water of Drevany, Mr. Tovic Amsander.\n\n"
        "The basin commission's chief added that the new allocation plan would set a minimum flow for the river."
    )
    result = run(body)
    given = [s.speaker for s in result.statements if "basin commission's chief" in s.text]
    assert not any(speaker and "Valkamo" in speaker for speaker in given), given


def test_a_firms_chief_named_with_his_office_is_read_as_before():
    body = (
        "Mr. Tovic Amsander on Monday received a delegation of Kelmora Pumps. The firm's chief, Mr. Oskel Brandvaar, "
        "led it.\n\n"
        "The firm's chief said the company would open a workshop in the capital."
    )
    assert_statements(body, [
        ("Oskel Brandvaar", "indirect", "The firm's chief said the company would open a workshop in the capital."),
    ])
