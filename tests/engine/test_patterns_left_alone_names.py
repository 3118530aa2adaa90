"""Readings of real Kremlin text of stop 31 (two-hundred-thirty-fourth set, left alone there): a first name
that is also a nation's adjective ("The Minister for Trade and Economic Development, German Gref, reported
this to …") and a report carried on past "the grateful memory of the heroes" (an adjective before its noun,
no one's gratitude).

Each test is a small invented readout (invented people and countries; "German" is the one nation's word
the engine knows as a given name) and the statements GOLD-FORMAT.md asks for; each rule's test fails
without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "The law on the new port zones should be passed within two months"


def test_a_given_name_that_is_a_nations_word_after_an_office_and_a_comma():
    """"The Minister for Trade and Economic Development, German Gref, reported this to Vladimir Putin."
    (two-hundred-thirty-fourth 33396): an office, a comma, "German" and one capitalised word that is no
    office, then a comma: a full name, his first name "German", no German called Gref."""
    body = (
        "The Minister for Transport and Ports, German Tolbar, reported this to Oren Vask.\n\n"
        "The law envisages the creation of six to seven port zones."
    )
    assert_statements(body, [
        ("German Tolbar", "indirect",
         "The Minister for Transport and Ports, German Tolbar, reported this to Oren Vask."),
        ("German Tolbar", "indirect", "The law envisages the creation of six to seven port zones."),
    ], title=TITLE)


def test_a_given_name_that_is_a_nations_word_makes_no_one_of_that_nation():
    """Guard: after "The Minister for Transport and Ports, German Tolbar, reported …", "The German official said …"
    is not his (his first name gives him no country; in a readout with a German, that German's)."""
    body = (
        "The Minister for Transport and Ports, German Tolbar, reported this to Oren Vask.\n\n"
        "The German official said the port zones would open in May."
    )
    assert_statements(body, [
        ("German Tolbar", "indirect",
         "The Minister for Transport and Ports, German Tolbar, reported this to Oren Vask."),
    ], title=TITLE)


def test_a_given_name_that_is_a_nations_word_before_a_speech_verb():
    """"German Gref said cumulative growth amounted to 6.8%" (two-hundred-fifth 58748): a speech verb right
    after the pair makes "German" his first name."""
    assert_statements("German Tolbar said the port zones would open in May.", [
        ("German Tolbar", "indirect", "German Tolbar said the port zones would open in May."),
    ], title=TITLE)


def test_a_given_name_that_is_a_nations_word_after_an_honorific():
    """"Mr German Gref": an honorific before the pair makes "German" his first name, as an office does
    ("Minister German Gref"), not Mr Gref of Germany."""
    assert_statements("Mr German Tolbar said the port zones would open in May.", [
        ("German Tolbar", "indirect", "Mr German Tolbar said the port zones would open in May."),
    ], title=TITLE)


def test_a_nations_word_before_an_office_or_a_body_stays_the_nation():
    """Guard: "German Chancellor Olaf Scholz said …", "the German Side said …", "The German Bundestag, the
    Minister said, …": the nation's adjective of an office or a body, no one's first name."""
    assert_statements("German Chancellor Irma Falk said the port zones would open in May.", [
        ("Irma Falk", "indirect", "German Chancellor Irma Falk said the port zones would open in May."),
    ], title=TITLE)
    result = assert_statements(
        "Oren Vask met the delegation. The German Side said the port zones would open in May.", [], title=TITLE)
    assert all(not s.speaker or "German" not in s.speaker for s in result.statements)
    result = assert_statements(
        "The Minister for Transport, Oren Vask, met the head of the German Bundestag, Irma Falk, in Tarvik.", [],
        title=TITLE)
    assert all(not s.speaker or "German" not in s.speaker for s in result.statements)


def test_a_report_goes_on_past_an_adjective_of_gratitude_before_its_noun():
    """"… President Vladimir Putin said at an opening ceremony …" / "Our people will always remember …" / "The
    heroic deeds and achievements of this generation will always be a moral beacon and the grateful memory of the
    heroes of the Great Patriotic War will be handed down from generation to generation." (two-hundred-thirty-fourth
    33291): "the grateful memory" is an adjective before its noun, no one's gratitude ("X was grateful"), so the
    paragraph says nothing new and carries his words on."""
    body = (
        "The courage and unity of the people was the main force of the victory, President Oren Vask said at "
        "the opening of a memorial in Tarvik.\n\n"
        "Our people will always remember and honour the generation of victors.\n\n"
        "The deeds of this generation will always be a beacon and the grateful memory of the heroes will be "
        "handed down from generation to generation."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The courage and unity of the people was the main force of the victory, President "
                                  "Oren Vask said at the opening of a memorial in Tarvik."),
        ("Oren Vask", "indirect", "Our people will always remember and honour the generation of victors."),
        ("Oren Vask", "indirect", "The deeds of this generation will always be a beacon and the grateful memory of "
                                  "the heroes will be handed down from generation to generation."),
    ], title="Our people defended their homeland")


def test_gratitude_stated_still_stops_the_carrying_on():
    """Guard: "The Governor was grateful for the help …" after the President's words: a stance of someone
    else, as before ("was grateful" is `_BELIEF`'s cue; only an article before the word makes it an adjective)."""
    body = (
        "The courage and unity of the people was the main force of the victory, President Oren Vask said at "
        "the opening of a memorial in Tarvik.\n\n"
        "Our people will always remember and honour the generation of victors.\n\n"
        "The city was grateful for the help of the volunteers."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The courage and unity of the people was the main force of the victory, President "
                                  "Oren Vask said at the opening of a memorial in Tarvik."),
        ("Oren Vask", "indirect", "Our people will always remember and honour the generation of victors."),
    ], title="Our people defended their homeland")


FIRST_LADIES_TITLE = "First Lady of Drevnia met in Tarvik with the First Lady of Tarvia"


def _first_ladies_visit(middle: str) -> str:
    return (
        "First Lady of Drevnia Ilona Brenn met with First Lady of Tarvia Mira Kolt in Tarvik. "
        "\"Relations between our countries have a long history,\" said Ilona Brenn. "
        "\"The spouses of leaders have the tools of soft power,\" the wife of the President of Drevnia said. "
        + middle + " It was created as a pilot project by the State Agency for Tourism. "
        "\"I am very glad that the museum will speak to guests in their language,\" Ilona Brenn said during her speech."
    )


def _first_ladies_expected(*middle: str):
    return [
        ("Ilona Brenn", "direct", "Relations between our countries have a long history"),
        ("Ilona Brenn", "direct", "The spouses of leaders have the tools of soft power"),
        *(("Ilona Brenn", "indirect", m) for m in middle),
        ("Ilona Brenn", "direct", "I am very glad that the museum will speak to guests in their language"),
    ]


def test_a_plural_office_after_an_opening_phrase_is_the_people_who_met():
    """"During the current visit, the First Ladies took part in the presentation of an audio guide in Turkish …"
    and "It was created as a pilot project …" between two quotations of Olena Zelenska (two-hundred-forty-ninth
    72697): "the First Ladies" is a plural office, the two who met, acting together; neither sentence is hers."""
    for office in ("the First Ladies", "the first ladies", "the Foreign Ministers", "the Heads of State"):
        middle = f"During the current visit, {office} took part in the presentation of an audio guide."
        assert_statements(_first_ladies_visit(middle), _first_ladies_expected(), title=FIRST_LADIES_TITLE)


def test_a_thing_or_a_report_of_officials_after_an_opening_phrase_still_carries_the_words_on():
    """Guard: between her quotations, "During the current visit, the first audio guides were presented …" ("the
    first" opens a thing, no office) and "Over the past year, the regional governors have opened …" (a plural
    office not written as a title: those her report speaks of) carry her words on, as before."""
    for middle in ("During the current visit, the first audio guides were presented in the museum.",
                   "Over the past year, the regional governors have opened thirty museums."):
        assert_statements(_first_ladies_visit(middle), _first_ladies_expected(
            middle, "It was created as a pilot project by the State Agency for Tourism."), title=FIRST_LADIES_TITLE)


def test_a_surname_alone_before_an_office_of_a_body_is_a_person():
    """"Khagazheyev, general director of Norilsk Nickel, described …" (a probe of two-hundred-forty-fifth 26983,
    whose sentence gives the full name): a capitalised word, a comma and an office of a body set off by commas,
    then a speech verb: the surname of the office's holder, though the readout names him first so."""
    for aside in ("general director of Tarvik Nickel", "the general director of Tarvik Nickel"):
        sentence = f"Tolbarov, {aside}, described the company's plans to expand production."
        assert_statements("Oren Vask met with business leaders. " + sentence, [
            ("Tolbarov", "indirect", sentence),
        ], title="Meeting with business leaders")


def test_a_country_before_the_chair_of_a_body_is_no_person():
    """Guard: "Finland, chair of the Arctic Council, said …": a country the office's aside describes, nobody
    named; read as before."""
    result = assert_statements(
        "Finland, chair of the Arctic Council, said the meeting would take place in May.", [],
        title="Meeting with business leaders")
    assert all(s.speaker != "Finland" for s in result.statements)


UK_TITLE = "PM meeting on winter preparedness: 4 November 2021"


def test_two_unnamed_secretaries_of_state_each_one_person():
    """A gov.uk readout that names neither: "The Secretary of State for Defence said …" and "The Secretary of State
    for Health said …": each full office is one person, as "The Defence Secretary" already is, and the Defence
    Secretary who speaks again is the same one."""
    body = (
        "The Prime Minister met the heads of the armed forces and the health service today.\n\n"
        "The Secretary of State for Defence said the armed forces would help the health service over the winter.\n\n"
        "The Secretary of State for Health said the hospitals were ready for the winter.\n\n"
        "The Secretary of State for Defence added that two hundred medics were on standby."
    )
    result = assert_statements(body, [
        ("The Secretary of State for Defence", "indirect",
         "The Secretary of State for Defence said the armed forces would help the health service over the winter."),
        ("The Secretary of State for Health", "indirect",
         "The Secretary of State for Health said the hospitals were ready for the winter."),
        ("The Secretary of State for Defence", "indirect",
         "The Secretary of State for Defence added that two hundred medics were on standby."),
    ], title=UK_TITLE)
    assert len({s.speaker for s in result.statements}) == 2


def test_a_named_secretary_of_state_keeps_the_name():
    """Guard: "Secretary of State for Defence Alan Tolbar …" named first: "The Secretary of State for Defence said
    …" is he, no one new."""
    body = (
        "The Prime Minister met Secretary of State for Defence Alan Tolbar today.\n\n"
        "The Secretary of State for Defence said the armed forces would help the health service over the winter."
    )
    assert_statements(body, [
        ("Alan Tolbar", "indirect",
         "The Secretary of State for Defence said the armed forces would help the health service over the winter."),
    ], title=UK_TITLE)
