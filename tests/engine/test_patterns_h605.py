"""Rules from the four-hundred-forty-seventh held-out set (akorda.kz and elbasy.kz, the English pages of Kazakhstan's
presidential offices, 2006-2021): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_first_person_sentences_lead_up_to_a_closing_cue_in_a_dash_paragraph():
    """"- We see the diversity of all cultures … We are one, we respect and love each other; … Let us take care of
    this unity, let us cherish our happiness!, Nursultan Nazarbayev said." (akorda 2018-05-01): the sentences before
    the one the cue closes are the speaker's own words though "We" acts in them (the readout never says "we").
    Before, only the last sentence was given."""
    body = ("President Arman Dolgov met the students of the Tarn academy.\n\n"
            "- We see many cultures in our country. We are one, we respect and love each other; we obey one law. "
            "Let us take care of this unity, let us cherish our happiness!, Arman Dolgov said.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect", "- We see many cultures in our country."),
        ("Arman Dolgov", "indirect", "We are one, we respect and love each other; we obey one law."),
        ("Arman Dolgov", "direct", "Let us take care of this unity, let us cherish our happiness!"),
    ])


def test_a_group_acting_still_does_not_lead_up_to_a_closing_cue():
    """The guard: a third-person group acting before the cue's sentence stays the readout's narrative."""
    body = ("President Arman Dolgov met the students of the Tarn academy.\n\n"
            "The students sang songs for the guests. We will cherish our happiness, Arman Dolgov said.")
    assert_statements(body, [
        ("Arman Dolgov", "direct", "We will cherish our happiness"),
    ])


def test_a_hyphen_opened_paragraph_closed_by_a_dash_and_an_initialled_name_is_quoted():
    """"- The meeting concerned fulfillment of the President’s instructions … in Astana – U. Shukeev said on the
    briefing for journalists." (akorda 2006-04-12): a hyphen typed for the opening dash, an en dash closing the words,
    an initial in the name and an apostrophe in the words; the words between the dashes are a quotation, all of it
    (before, only the last sentence, with its cue, was an indirect statement)."""
    body = ("The Head of State received Berik Ospan, mayor of the capital.\n\n"
            "- The meeting concerned the President’s instructions on the capital. Particularly, the agenda is on a new "
            "university and a medical cluster – B. Ospan said on the briefing for journalists.")
    assert_statements(body, [
        ("Berik Ospan", "direct", "The meeting concerned the President’s instructions on the capital. Particularly, the "
         "agenda is on a new university and a medical cluster"),
    ])


def test_a_hyphen_opened_item_with_a_dash_and_no_cue_is_no_quotation():
    """The guard: a hyphen-led line whose dash is followed by no speech verb stays as it was (no quotation)."""
    body = ("The Head of State received Berik Ospan, mayor of the capital.\n\n"
            "- The new university - the first in the region - opens next year.")
    assert_statements(body, [])


def test_turned_attention_to_is_a_point_made():
    """"Nursultan Nazarbayev turned attention to the need for action to strengthening crime control …" (akorda
    2017-04-19): as "drew attention to"."""
    body = ("President Arman Dolgov received Minister Berik Ospan.\n\n"
            "Arman Dolgov turned attention to the need to strengthen crime control across the country.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect",
         "Arman Dolgov turned attention to the need to strengthen crime control across the country."),
    ])


def test_turned_to_someone_stays_narrative():
    """The guard: "turned to the press" names no point; "turned down the offer" stays a refusal said."""
    body = ("President Arman Dolgov received Minister Berik Ospan.\n\n"
            "Arman Dolgov turned to the press after the meeting.")
    assert_statements(body, [])


def test_shared_his_recollections_is_told():
    """"During the meeting, the Leader of Nation shared his recollections on the progress of relocating the capital …"
    (elbasy 2021-01): his memories told, as "shared memories"."""
    body = ("First President of Tarnia Arman Dolgov meets the first builders of the capital\n\n"
            "During the meeting, Arman Dolgov shared his recollections on the relocation of the capital.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect",
         "During the meeting, Arman Dolgov shared his recollections on the relocation of the capital."),
    ])


def test_minister_of_the_interior_is_the_minister_of_internal_affairs():
    """"Meeting with X, Minister of Internal Affairs … During the meeting, Minister of the Interior reported to the Head
    of the State on the crime situation …" (akorda 2017-04-19): one portfolio in other words, so the office names the
    minister of the title (before, no one was found and the report was lost)."""
    body = ("Meeting with Berik Ospan, Minister of Internal Affairs\n\n"
            "During the meeting, Minister of the Interior reported to the Head of the State on the crime situation.")
    assert_statements(body, [
        ("Berik Ospan", "indirect",
         "During the meeting, Minister of the Interior reported to the Head of the State on the crime situation."),
    ])


def test_the_host_s_external_relations_minister_is_not_the_guest_s_foreign_minister():
    """The guard (styles13 lusanga_presidency): portfolios only spelled alike count, not `_PORTFOLIO_SAME`'s pairs, so
    the host's "Minister of External Relations" keeps her name beside the guest's Minister of Foreign Affairs."""
    body = ("The President received the Minister of Foreign Affairs of Mbarale, Ivo Marr.\n\n"
            "The audience was also attended by the Minister of External Relations, Lena Osk.\n\n"
            "Earlier, the Minister of External Relations had informed that the capital would host new talks.")
    assert_statements(body, [
        ("Lena Osk", "indirect",
         "Earlier, the Minister of External Relations had informed that the capital would host new talks."),
    ])


def test_another_portfolio_is_not_the_minister_of_the_title():
    """The guard: "the Minister of Internal Affairs" is not the title's Minister of Defence."""
    body = ("Meeting with Berik Ospan, Minister of Defence\n\n"
            "The Minister of Internal Affairs reported on the crime situation.")
    assert_statements(body, [
        ("The Minister of Internal Affairs", "indirect", "The Minister of Internal Affairs reported on the crime situation."),
    ])


def test_the_bare_title_elbasy_is_the_readouts_leader():
    """"First President of Kazakhstan X meets Y … Elbasy has welcomed the distinguished guest, noting the high standard of
    …" (elbasy 2020-03): the Kazakh title Elbasy ("Leader of the Nation"), written with no article as "Taoiseach" is,
    names the readout's leader (before, no one was found and both of his statements were lost)."""
    body = ("First President of Tarnia Arman Dolgov meets Ivo Marr, Deputy Chairman of the Security Council of Velchia\n\n"
            "Elbasy has welcomed the distinguished guest, noting the high standard of cooperation between the two "
            "countries.\n\n"
            "In turn, Ivo Marr emphasized the importance of interstate cooperation.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect", "Elbasy has welcomed the distinguished guest, noting the high standard of "
         "cooperation between the two countries."),
        ("Ivo Marr", "indirect", "In turn, Ivo Marr emphasized the importance of interstate cooperation."),
    ])


def test_elbasy_before_a_name_is_his_title():
    """The guard: the same title before the name ("First President of Kazakhstan, Elbasy Nursultan Nazarbayev arrives
    in Almaty", elbasy 2020-07) still names the person the name names."""
    body = ("First President of Tarnia, Elbasy Arman Dolgov arrives in Kolm\n\n"
            "Descending from the ramp, Arman Dolgov personally thanked the youth for the warm welcome.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect",
         "Descending from the ramp, Arman Dolgov personally thanked the youth for the warm welcome."),
    ])


def test_called_all_citizens_for_solidarity_is_an_appeal():
    """"Nursultan Nazarbayev called all Kazakhstanis for solidarity to meet new goals …" (akorda 2010-05-01): whom, then
    "for" a people's acting as one, as "called on … to unite"."""
    body = ("President Arman Dolgov attended the festive events in the capital.\n\n"
            "Arman Dolgov called all citizens for solidarity to meet new goals and keep traditional values.")
    assert_statements(body, [
        ("Arman Dolgov", "indirect",
         "Arman Dolgov called all citizens for solidarity to meet new goals and keep traditional values."),
    ])


def test_called_someone_for_talks_stays_narrative():
    """The guard: "called X for talks" is a call placed, no appeal."""
    body = ("President Arman Dolgov met Ivo Marr in the capital.\n\n"
            "Arman Dolgov called Ivo Marr for talks on Monday.")
    assert_statements(body, [])
