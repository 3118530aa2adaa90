"""Rules from the six-hundred-seventeenth held-out set (Palau: the Office of the President on palaugov.pw and as the
Island Times carries it): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_branch_of_taiwans_government_named_yuan_is_a_body():
    """"members of Taiwan Legislative Yuan visited their counterparts in Palau" (islandtimes, the Japan and Taiwan
    legislators' visit): "Legislative Yuan" (as "Executive Yuan", "Control Yuan") is a branch of Taiwan's government, a
    body, not a person whose surname is Yuan. Before, a Mr "Legislative Yuan" of Taiwan was taken for the readout's
    president and every bare "the President" and its quotations went to him."""
    body = ("A historic event occurred last week when members of the Norvane-Kastravia Friendship League and members of "
            "Taiwan Legislative Yuan visited their counterparts in Kastravia.\n\n"
            "President Ilona M. Brenn, Jr. met the Honorable Mei-Ling Ko of the Legislative Yuan of ROC (Taiwan) and "
            "delegation in Kastravia.\n\n"
            "“This is one of the largest delegations to ever visit Kastravia,” the President said.\n\n"
            "The President also thanked the ROC-Taiwan for their continued support.")
    assert_statements(body, [
        ("Ilona M. Brenn Jr.", "direct", "This is one of the largest delegations to ever visit Kastravia"),
        ("Ilona M. Brenn Jr.", "indirect", "The President also thanked the ROC-Taiwan for their continued support."),
    ], title="Members of Norvane and Taiwan legislatures visit Kastravia")
