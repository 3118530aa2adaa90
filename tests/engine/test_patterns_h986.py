"""Helper h986 (sevenhundredfortyseventh, the Governor of Utah as outlets print him): a quotation told by "the
release states" when the readout first named the release with no source of its own ("…, according to a press
release.") is the release's words, no one's, not the governor's named before it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_release_states_after_an_unnamed_press_release_is_no_ones():
    body = (
        "Governor Tamsin Orlee is leading a delegation of 20 Velmarans on a trade mission to Ostria, according to "
        "a press release.\n\n"
        "Governor Orlee said the mission would open new markets for Velmaran farmers.\n\n"
        "“Ostria is connected to half of the region’s ports, offering unmatched access to the coast,” the release "
        "states.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Governor Orlee said the mission would open new markets for Velmaran farmers."),
    ])


def test_the_release_of_a_named_governor_still_carries_her_quotation():
    # guard: a release first named as the governor's own ("Orlee said in a news release") is not an unnamed one
    body = (
        "Governor Tamsin Orlee said in a news release that the mission would open new markets.\n\n"
        "“We are ready to work with Ostria,” Orlee said.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Governor Tamsin Orlee said in a news release that the mission would open new markets."),
        ("Tamsin Orlee", "direct", "We are ready to work with Ostria"),
    ])


def test_declaring_a_named_day_is_an_act():
    body = (
        "Governor Tamsin Orlee declares Velmara Farmers Day.\n\n"
        "Orlee said the farmers of Velmara feed the whole region.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Orlee said the farmers of Velmara feed the whole region."),
    ])


def test_declaring_support_still_speaks():
    # guard: "declared his support for …" is still a statement
    body = "Governor Tamsin Orlee declared her support for the Velmaran farmers’ union.\n"
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Governor Tamsin Orlee declared her support for the Velmaran farmers’ union."),
    ])
