"""Helper h987 (sevenhundredfortyeighth, the Presidency of Mali as outlets print it): a quotation told right after it by
a press service ("“…,” the press service added.") is the service's words, no one's, not the president's it reports on."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_the_press_service_added_is_no_ones():
    body = (
        "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's supplies of wheat, the "
        "presidential press service reports.\n\n"
        "\"It was agreed to step up practical cooperation in the energy sector,\" the press service added.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's "
                                    "supplies of wheat, the presidential press service reports."),
    ])


def test_a_quotation_told_by_its_speaker_after_a_press_service_report_stays_his():
    # guard: a quotation that the president himself tells stays his, the press service named before it or not
    body = (
        "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's supplies of wheat, the "
        "presidential press service reports.\n\n"
        "\"We will step up practical cooperation in the energy sector,\" Dusko added.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's "
                                    "supplies of wheat, the presidential press service reports."),
        ("Tamel Dusko", "direct", "We will step up practical cooperation in the energy sector"),
    ])
