"""Readings of real Indian government text of stop 34 (three-hundred-twenty-eighth): releases of India's Ministry of
External Affairs and Press Information Bureau.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_bare_office_is_not_its_former_holder():
    """"Former Prime Minister of Japan H.E. Mr. X called on Prime Minister Y … Prime Minister appreciated X's
    contribution …" (three-hundred-twenty-eighth mea_2022-05-24_suga_calls_on_pm): the bare "Prime Minister" is the
    one who holds the office, not the visitor named as its former holder."""
    body = (
        "Former Prime Minister of Kaldoria H.E. Mr. Oren Vask called on Prime Minister Tamar Selin in Vestra.\n\n"
        "They recalled their previous meetings. Prime Minister appreciated Vask's contribution to the partnership.\n\n"
        "Prime Minister invited Vask to lead a delegation of Kaldorian MPs to Norland."
    )
    assert_statements(body, [
        ("Tamar Selin", "indirect", "Prime Minister appreciated Vask's contribution to the partnership."),
        ("Tamar Selin", "indirect", "Prime Minister invited Vask to lead a delegation of Kaldorian MPs to Norland."),
    ], title="Former Prime Minister H.E. Oren Vask calls on PM Selin")


def test_former_before_a_named_office_holder_keeps_one_person():
    """Guard: "Former Minister X" after "Minister for Trade X Y" is the same person (read by the name, the "former"
    set aside), and a bare office after them both is the one who holds it."""
    body = (
        "Minister for Trade Ilan Brenn met Senator Dara Holt in Vestra.\n\n"
        "Former Minister Brenn stated that the trade talks would go on. The Senator welcomed the talks."
    )
    assert_statements(body, [
        ("Ilan Brenn", "indirect", "Former Minister Brenn stated that the trade talks would go on."),
        ("Dara Holt", "indirect", "The Senator welcomed the talks."),
    ], title="Former Minister Brenn met Senator Holt")


def test_reciprocated_the_greetings_is_greetings_conveyed():
    """"They conveyed greetings from the President … Recalling the successful visit of President X …, the Prime
    Minister warmly reciprocated the greetings." (three-hundred-twenty-eighth pib_2020-10-28_us_secretaries_call_on_pm):
    greetings conveyed in return, the participle lead-in inside the sentence."""
    body = (
        "Secretary of State Ralph Lenk and Secretary of Defence Dara Holt called on Prime Minister Tamar Selin today.\n\n"
        "They conveyed greetings from the President of Kaldoria to the Prime Minister. Recalling the visit of the "
        "President to Norland in May, the Prime Minister warmly reciprocated the greetings."
    )
    assert_statements(body, [
        ("Tamar Selin", "indirect", "Recalling the visit of the President to Norland in May, the Prime Minister warmly "
                                    "reciprocated the greetings."),
    ], title="Call on Prime Minister by the Secretaries of State and Defence of Kaldoria")


def test_reciprocated_a_visit_stays_narrative():
    """Guard: "reciprocated the visit" / "reciprocated the gesture" return a deed, not words: no statement."""
    body = (
        "Prime Minister Tamar Selin received President Oren Vask of Kaldoria today.\n\n"
        "The Prime Minister reciprocated the visit in May. President Vask reciprocated the gesture with a state dinner."
    )
    assert_statements(body, [], title="PM Selin receives President Vask")
