"""Helper h1128 (KE66, the wrong-person group W1): a headline's two subjects joined by a comma take a plural verb
("Envoy, PA Speaker Discuss EU Funded Projects", "FM, German Lawmaker Discuss Ties, Region"). The verb's bare form
parts the second subject from what follows, as it does after "and": the title's run had made one person "Dorvan
Speaker Discuss Harbour Projects", the Speaker, who then took the body's "the Speaker" and "he" from the Speaker the
body names. Only a second subject with an office is so parted: a bare name there ("Dusk, Brenn Hold Phone Call")
would be the title's one person (the first subject's lone word is no run) and stays no one, as before. A comma inside a
name ("Aran Dusk, Jr. Call with …") and a title with no such verb stay as they were."""

from __future__ import annotations

from readout_tui.engine.titles import title_phrases

from .test_patterns import assert_statements

_BODY = (
    "The Ambassador of Veltoria, Aran Dusk, called on the Speaker of the Dorvan Assembly, Tomas Brenn, on Thursday.\n\n"
    "Speaking on the occasion, the Speaker requested the envoy's help for the schools of the northern districts. "
    "Similarly, he also talked about training for the members of the assembly.\n\n"
    "Tomas Brenn said that the provincial government is giving more funds to the local councils."
)

_EXPECTED = [
    ("Tomas Brenn", "indirect",
     "Speaking on the occasion, the Speaker requested the envoy's help for the schools of the northern districts."),
    ("Tomas Brenn", "indirect", "Similarly, he also talked about training for the members of the assembly."),
    ("Tomas Brenn", "indirect", "Tomas Brenn said that the provincial government is giving more funds to the local councils."),
]


def test_two_subjects_joined_by_a_comma_take_a_plural_headline_verb():
    phrases = [(p.kind, p.text) for p in title_phrases("Envoy, PA Speaker Discuss Harbour Projects")]
    assert phrases == [("description", "PA Speaker")]
    phrases = [(p.kind, p.text) for p in title_phrases("Dorvan: Dusk, Veltorian President Meet At the Palace")]
    assert phrases == [("description", "Veltorian President")]
    assert_statements(_BODY, _EXPECTED, title="Envoy, PA Speaker Discuss Harbour Projects")


def test_two_subjects_joined_by_a_comma_agree():
    result = assert_statements(_BODY, _EXPECTED, title="Veltoria, Dorvan Speaker Agree on Harbour Projects")
    assert not any("Agree" in speaker.name for speaker in result.speakers), [s.name for s in result.speakers]


def test_a_comma_inside_a_name_and_a_title_with_no_plural_verb_stay_as_they_were():
    body = (
        "President Aran Dusk, Jr. spoke with Speaker Tomas Brenn of Dorvan today. President Dusk thanked the Speaker "
        "for the harbour loan."
    )
    result = assert_statements(body, [
        ("Aran Dusk Jr.", "indirect", "President Dusk thanked the Speaker for the harbour loan."),
    ], title="Readout of President Aran Dusk, Jr. Call with Speaker Tomas Brenn of Dorvan")
    assert [speaker.name for speaker in result.speakers] == ["Aran Dusk Jr."]
    assert_statements(_BODY, _EXPECTED, title="Harbour Projects, Northern Schools")


def test_a_bare_name_after_the_comma_stays_no_one_of_the_title():
    title = "Dorvan: Dusk, Brenn Hold Phone Call"
    assert title_phrases(title) == ()
    body = (
        "President of the Republic Aran Dusk held a phone call on Saturday with his Veltorian opposite number Tomas "
        "Brenn.\n\n"
        "Aran Dusk said it is regrettable that Veltoria cut the number of visas. The decision may be revised, Brenn "
        "said.\n\n"
        "The harvest improved this year, said the Head of State, owing to the rains."
    )
    assert_statements(body, [
        ("Aran Dusk", "indirect", "Aran Dusk said it is regrettable that Veltoria cut the number of visas."),
        ("Tomas Brenn", "indirect", "The decision may be revised, Brenn said."),
        ("Aran Dusk", "indirect", "The harvest improved this year, said the Head of State, owing to the rains."),
    ], title=title)
