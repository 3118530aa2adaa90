"""Helper h1057 (eighthundredthird, the Governor of Montana as outlets print him): an opinion told as "considered X a
significant basis for …" (a view held, as "considered X important"), not "considered the matter a second time"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_considered_a_thing_a_basis_is_a_view():
    body = (
        "President Lena Varro received Governor Paul Dresner in Belmont.\n\n"
        "Meanwhile, Dresner considered farm trade a significant basis for the Belmont-Ostrava relations, as both enjoy "
        "close ties in farming."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Meanwhile, Dresner considered farm trade a significant basis for the Belmont-Ostrava relations, as both enjoy "
         "close ties in farming."),
    ])


def test_considered_the_matter_a_second_time_is_no_view():
    body = (
        "President Lena Varro received Governor Paul Dresner in Belmont.\n\n"
        "Dresner considered the matter a second time in March."
    )
    assert_statements(body, [])

