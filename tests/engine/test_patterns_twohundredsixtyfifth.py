"""Rules from the two-hundred-sixty-fifth held-out set (president.gov.ua English news, February-May 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lost_opening_mark_before_he_added():
    """"…IT hub in Europe," he said. We are launching Diia City. This is one of the best tax and legal regimes …,"
    he added." (two-hundred-sixty-fifth 72753): the second quotation lost its opening mark; its first-person
    sentence starts it. Before, ', he added' was not read as an attribution and one sentence went as indirect."""
    body = ("President Dan Kessel spoke at the Tech Forum in Veltra. \"We are turning Ostria into a country of "
            "startups,\" he said. We are opening the Free Zone today. This is one of the best tax regimes in the "
            "region,\" he added.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "We are turning Ostria into a country of startups,"),
        ("Dan Kessel", "direct", "We are opening the Free Zone today. This is one of the best tax regimes in the "
                                 "region,"),
    ])


def test_a_lost_opening_mark_before_said_and_a_name():
    """The same with the verb first: "…," said Lena Kessel." (two-hundred-sixty-fifth 72737's form)."""
    body = ("First Lady Lena Kessel spoke at the summit. \"Public services in one click are a way to equal "
            "opportunities,\" she said. We want a state without barriers. It is our common goal,\" said Lena Kessel.")
    assert_statements(body, [
        ("Lena Kessel", "direct", "Public services in one click are a way to equal opportunities,"),
        ("Lena Kessel", "direct", "We want a state without barriers. It is our common goal,"),
    ])


def test_a_stray_mark_after_narrative_opens_nothing():
    """Guard: a stray closing mark with ', he added' after sentences in no one's first person (and a report
    between) takes no narrative into a quotation."""
    body = ("President Dan Kessel spoke at the Tech Forum in Veltra. \"We are turning Ostria into a country of "
            "startups,\" he said. The forum gathered 300 companies. The Free Zone regime will last 25 years,\" he "
            "added.")
    from .test_patterns import run
    direct = [s.text for s in run(body).statements if s.kind == "direct"]
    assert direct == ["We are turning Ostria into a country of startups,"] or \
        direct == ["We are turning Ostria into a country of startups"], direct
