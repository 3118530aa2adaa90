"""Rules from the nine-hundred-sixteenth held-out set (Kachin State's Chief Minister and, widened, Shan State's,
2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = ("Today, a member of the Zarnian council met with the Borovia Region government, led by Chief Minister "
            "Olek Varn, to discuss the region's development. ")


def test_this_news_was_reported_by_a_source_is_not_carried_on():
    """"The Chief Minister also presented plans for …. This news was reported by moi.gov.mm." (adnkronos 2024-10-01):
    a whole sentence naming the source of what was told, the writer's sourcing, not more of the last speaker's words.
    Before, carried on as the Chief Minister's."""
    body = _MEETING + ("The Chief Minister urged all residents to take part in the census. "
                       "This news was reported by borovia.gov.br.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Chief Minister urged all residents to take part in the census."),
    ])


def test_this_was_reported_by_a_site_is_not_carried_on():
    """The same with no noun: "This was reported by zarnia.gov.zr."."""
    body = _MEETING + ("The Chief Minister urged all residents to take part in the census. "
                       "This was reported by zarnia.gov.zr.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Chief Minister urged all residents to take part in the census."),
    ])


def test_a_report_by_others_after_a_speaker_is_left_to_the_rules_before():
    """The guard: "Similar damage was reported by farmers in …", a passive with another subject, is not a bare
    credit of a source ("This (news) was reported by X." alone); what the rules before did with it stands."""
    body = _MEETING + ("The Chief Minister said floods had damaged crops in two townships. "
                       "Similar damage was reported by farmers in three other townships.")
    assert_statements(body, [
        ("Olek Varn", "indirect", "The Chief Minister said floods had damaged crops in two townships."),
        ("Olek Varn", "indirect", "Similar damage was reported by farmers in three other townships."),
    ])
