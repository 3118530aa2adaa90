"""Helper h1138 (eighthundredsixtyeighth, the Hokim of Fergana region's meetings): the Uzbek governor's own title,
"khokim" (or "hokim"), is a governor's office, and "The khokim highlighted …" is the one named with it; a region's
word in lower case after the region's name ("the Governor of the Zorvan region, X,", "The khokim of Zorvan region,
X,") closes the office before its holder's name as the capitalised "Zorvan Region" does, so that "The governor" later
is he; a lower-case word before the region's word ("the northern region") is no region's name and stays as it was."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_khokim_of_a_lower_case_region_is_the_one_named_after_it():
    body = (
        "The khokim of Zorvan region, Dilshod Varkamov, held a meeting with a delegation led by Ennis Moravek, head "
        "of the Tessalian company Moravek Ceramics.\n\n"
        "The khokim highlighted the growing demand for modern hotels in the area and expressed full support for "
        "such projects."
    )
    assert_statements(body, [
        ("Dilshod Varkamov", "indirect", "The khokim highlighted the growing demand for modern hotels in the area and "
         "expressed full support for such projects."),
    ])


def test_the_governor_of_a_lower_case_region_is_the_one_named_after_it():
    body = (
        "The Governor of the Zorvan region, Dilshod Varkamov, received Ennis Moravek, the Ambassador of Tessalia.\n\n"
        "The governor emphasized the importance of inter-regional cooperation with Tessalia.\n\n"
        "The ambassador noted the region's developed textile industry."
    )
    assert_statements(body, [
        ("Dilshod Varkamov", "indirect", "The governor emphasized the importance of inter-regional cooperation with "
         "Tessalia."),
        ("Ennis Moravek", "indirect", "The ambassador noted the region's developed textile industry."),
    ])


def test_a_bare_khokim_is_the_governor_named_with_the_title():
    body = (
        "Governor of Zorvan Region Dilshod Varkamov met with Ennis Moravek, the Ambassador of Tessalia.\n\n"
        "The khokim assured that the issue would be resolved with the relevant ministry."
    )
    assert_statements(body, [
        ("Dilshod Varkamov", "indirect", "The khokim assured that the issue would be resolved with the relevant "
         "ministry."),
    ])


def test_a_lower_case_word_before_region_names_no_region():
    # guard: "the northern region" is no region's name, so no office of a region is read before the name: the later
    # "The governor" is not tied to the name after the comma (as before the rule)
    body = (
        "The Governor of the northern region, Dilshod Varkamov, received Ennis Moravek, the Ambassador of Tessalia.\n\n"
        "The governor emphasized the importance of inter-regional cooperation with Tessalia."
    )
    result = run(body)
    speakers = [s.speaker for s in result.statements if s.speaker is not None]
    assert speakers and all(speaker.lower() == "the governor" for speaker in speakers), speakers


def test_addressed_opportunities_is_a_report_of_what_he_spoke_about():
    body = (
        "The Governor of Zorvan Region, Dilshod Varkamov, received Ennis Moravek, the Ambassador of Tessalia.\n\n"
        "Ennis Moravek highlighted the potential for cooperation between Zorvan and Tessalia. He also addressed "
        "opportunities for cooperation in leather and footwear production. The ambassador also noted Tessalia's "
        "developed pharmaceutical sector."
    )
    assert_statements(body, [
        ("Ennis Moravek", "indirect", "Ennis Moravek highlighted the potential for cooperation between Zorvan and "
         "Tessalia."),
        ("Ennis Moravek", "indirect", "He also addressed opportunities for cooperation in leather and footwear "
         "production."),
        ("Ennis Moravek", "indirect", "The ambassador also noted Tessalia's developed pharmaceutical sector."),
    ])


def test_addressed_an_audience_on_opportunities_stays_narrative():
    # guard: "addressed students on opportunities …" is an audience spoken to, the opportunities after "on": narrative
    # (as before), while the report after it stays his
    body = (
        "The Governor of Zorvan Region, Dilshod Varkamov, on Monday addressed students on opportunities for study in "
        "Tessalia.\n\n"
        "The governor said the new college would open in May."
    )
    assert_statements(body, [
        ("Dilshod Varkamov", "indirect", "The governor said the new college would open in May."),
    ])
