"""Helper h1117 (eighthundredfiftieth, the Governor of Erbil): a province's head (a governor) written in lower case
before a name and its comma, "new" maybe before the office ("hosted … the new governor of Erbil, Omid Khoshnaw."), is
that person's office, which a later "The Governor of Erbil thanked …" means; and
"welcomed X, the British Consul General in Erbil, at Erbil Citadel" is a host's reception, no words."""

from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_a_new_governor_in_lower_case_before_a_name_is_his_office():
    body = (
        "The Prime Minister of Ostravia, Belan Torvik, hosted today the new governor of Kessmoor, Arvo Daltrin.\n\n"
        "Torvik offered his congratulations on the new position.\n\n"
        "The Governor of Kessmoor thanked the Prime Minister for his support, and assured him that he would do his "
        "best for the citizens."
    )
    assert_statements(body, [
        ("Belan Torvik", "indirect", "Torvik offered his congratulations on the new position."),
        ("Arvo Daltrin", "indirect", "The Governor of Kessmoor thanked the Prime Minister for his support, and "
                                     "assured him that he would do his best for the citizens."),
    ])


def test_a_newly_elected_governor_in_lower_case_before_a_name_is_her_office():
    body = (
        "The minister received the newly elected governor of Varnholt, Ilse Marrow, at the ministry.\n\n"
        "The Governor of Varnholt said the province would open a trade office."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "The Governor of Varnholt said the province would open a trade office."),
    ])


def test_a_former_governor_before_a_name_is_not_the_later_governor():
    # guard: "former" says the office is no longer his; a later "The Governor of Kessmoor" is not read as him
    body = (
        "The Prime Minister of Ostravia, Belan Torvik, hosted today the former governor of Kessmoor, Arvo Daltrin.\n\n"
        "The Governor of Kessmoor thanked the Prime Minister for his support."
    )
    result = attribute(body)
    assert not any(s.speaker == "Arvo Daltrin" for s in result.statements)


def test_welcoming_a_guest_set_off_by_his_office_at_a_place_is_a_reception():
    body = (
        "Today, Governor Arvo Daltrin welcomed Piet Sandor, the Norlandic Consul General in Kessmoor, at Kessmoor "
        "Citadel.\n\n"
        "The Governor emphasized that Kessmoor is open and welcoming to all."
    )
    assert_statements(body, [
        ("Arvo Daltrin", "indirect", "The Governor emphasized that Kessmoor is open and welcoming to all."),
    ])


def test_welcoming_a_guests_proposal_stays_a_statement():
    # guard: a thing welcomed in words, "welcomed the proposal of X, the …, at the meeting", is still his statement
    body = "Governor Arvo Daltrin welcomed the proposal of Piet Sandor, the Norlandic Consul General, at the meeting."
    assert_statements(body, [
        ("Arvo Daltrin", "indirect", "Governor Arvo Daltrin welcomed the proposal of Piet Sandor, the Norlandic "
                                     "Consul General, at the meeting."),
    ])
