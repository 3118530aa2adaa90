"""Readings of helper h998 (stop 59, sevenhundredfiftyseventh: the Governor of Nevada as 8 News Now, the AP, the Nevada
Appeal, the Review-Journal, gov.nv.gov and CPAFFC print him).

Constructions: an order of mourning, "ordered flags to be lowered to half-staff", read as "directed flags … to be flown".

Each test is a small invented readout (invented people and places) and the statements GOLD-FORMAT.md asks for; a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_ordered_flags_to_be_lowered_is_an_order():
    """"Governor X ordered flags to be lowered to half-staff at the State Capitol …" (sevenhundredfiftyseventh 8newsnow
    powell): an order of one person (GOLD-FORMAT's "directed"), as "directed flags on State buildings to be flown"."""
    sentence = ("Governor Ilona Brenn ordered flags to be lowered to half-staff at the State Capitol until sunset on "
                "Friday in honor of Judge Tomas Varn.")
    body = sentence + "\n\nThe Governor’s order follows a proclamation of the Council."
    assert_statements(body, [
        ("Ilona Brenn", "indirect", sentence),
    ], title="Governor Brenn orders flags lowered in honor of Judge Varn")


def test_ordered_files_to_be_sealed_stays_an_act():
    """Guard: "ordered all old records to be sealed" (no flags, no landmarks) stays an act, as the three-hundred-twentieth
    guard has it."""
    body = ("Governor Ilona Brenn visited the archive on Monday.\n\n"
            "The archive director ordered all old records to be sealed before the visit.")
    assert_statements(body, [], title="Governor Brenn visits the archive")
