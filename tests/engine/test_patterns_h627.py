"""Rules from the four-hundred-sixty-seventh held-out set (the Government of Uganda's releases): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_a_name_closed_by_a_place_is_his():
    """"met … with the US Special Envoy for Sudan, Mr. Tom Perriello at State House, Entebbe. The envoy was
    accompanied by the US Ambassador …, H.E X. … The envoy further appreciated …": the place after the name
    closes the apposition as a comma would, so the office is the named man's and "the envoy" is he, not the
    ambassador named in the sentence before. Before, the office was lost and "the envoy" went to the ambassador."""
    body = ("President Ivo Marr met and held discussions with the Tarnish Special Envoy for Velia, Mr. Anton Vesk "
            "at State House, Osk. The envoy was accompanied by the Tarnish Ambassador to Ostra, H.E Lena Brun. "
            "Mr. Vesk thanked President Marr for his role in the talks. "
            "The envoy further appreciated the President's guidance on the peace process.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Mr. Vesk thanked President Marr for his role in the talks."),
        ("Anton Vesk", "indirect", "The envoy further appreciated the President's guidance on the peace process."),
    ])

