"""Rules mended by helper h641 from the four-hundred-seventy-sixth set's errors (the Royal Government of Cambodia's
English releases): invented readouts, invented people."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_reacted_against_accusations_is_a_rebuttal():
    """"He also reacted against accusations of the opposition over …" (fourhundredseventysixth information_gov_kh
    2018-09-30): a charge answered, as "rebutted the accusations", is the speaker's statement. Before, "reacted"
    was no verb of speech and the sentence was nobody's."""
    body = ("Prime Minister Arun Velasco held a get-together with his compatriots living abroad.\n\n"
            "He also reacted against accusations of the opposition over the prices of rice.")
    assert_statements(body, [
        ("Arun Velasco", "indirect",
         "He also reacted against accusations of the opposition over the prices of rice."),
    ])


def test_an_occasion_used_to_send_an_invitation_is_an_invitation():
    """"Prime Minister X took the opportunity to send an official invitation to his Thai counterpart … to pay a visit"
    (fourhundredseventysixth cnv_org_kh 2017-08-24): an invitation sent is one made, as "invited"; so is "sent an
    invitation to X to visit". Not "to send a team"."""
    body = ("Prime Minister Arun Velasco received the visiting Interior Minister of Norvania, Pavel Drago.\n\n"
            "Prime Minister Arun Velasco took the opportunity to send an official invitation to his Norvanian "
            "counterpart to pay a visit to the capital.\n\n"
            "Pavel Drago took the opportunity to send a team of engineers to the border.")
    assert_statements(body, [
        ("Arun Velasco", "indirect",
         ("Prime Minister Arun Velasco took the opportunity to send an official invitation to his Norvanian "
          "counterpart to pay a visit to the capital.")),
    ])


def test_a_word_of_the_own_name_before_the_office_is_that_person():
    """"Samdech … Techo Hun Sen, Prime Minister of … Samdech Techo Prime Minister also briefed his guest on …"
    (fourhundredseventysixth cnv_org_kh): a word of a person's own name (an honorific kept with it) before the office
    he holds is he, though the phrase reads it as a place. Before, the place was no one's and the sentence went to
    the last person named."""
    body = ("Lord Rama Tavi Velso, Prime Minister of the Kingdom of Norvania, received here this afternoon Mr. Karl "
            "Brandt, former Chancellor of Estland.\n\n"
            "Mr. Karl Brandt told the premier of his visit, stressing that he came to see projects supported by "
            "Dr. Ilse Moor, a doctor.\n\n"
            "Tavi Prime Minister also briefed his guest on the coming election.")
    assert_statements(body, [
        ("Karl Brandt", "indirect",
         ("Mr. Karl Brandt told the premier of his visit, stressing that he came to see projects supported by "
          "Dr. Ilse Moor, a doctor.")),
        ("Rama Tavi Velso", "indirect", "Tavi Prime Minister also briefed his guest on the coming election."),
    ])


def test_the_reporter_set_off_after_a_clause_of_its_own():
    """"The Cambodian premier made the request while receiving …, H.E. X, Minister Attached to the Prime Minister, told
    reporters after the meeting." (fourhundredseventysixth cnv_org_kh 2017-08-24): "Minister Attached to the Prime
    Minister" is an office (not "Minister Attached", a name), and a name set off by commas before a reporting verb
    that ends the sentence, after a clause with its own subject and verb, is the reporter's; "…, he added." after it
    is his too. Before, the opening subject took the verb as its second one."""
    body = ("Prime Minister Arun Velasco has asked the Norvanian side to speed up the dam project.\n\n"
            "The premier made the request while receiving the visiting Interior Minister of Norvania, Pavel Drago, "
            "this afternoon, Lena Sorvik, Minister Attached to the Prime Minister, told reporters after the meeting.\n\n"
            "The project will be approved next month, she added.")
    assert_statements(body, [
        ("Arun Velasco", "indirect",
         "Prime Minister Arun Velasco has asked the Norvanian side to speed up the dam project."),
        ("Lena Sorvik", "indirect",
         ("The premier made the request while receiving the visiting Interior Minister of Norvania, Pavel Drago, "
          "this afternoon, Lena Sorvik, Minister Attached to the Prime Minister, told reporters after the meeting.")),
        ("Lena Sorvik", "indirect", "The project will be approved next month, she added."),
    ])


def test_according_to_a_page_is_no_source():
    """"According to his official Facebook page, Samdech Techo Hun Sen expressed his delight …"
    (fourhundredseventysixth information_gov_kh 2018-09-30): a page or an account is no person; the sentence is
    the one whose verb it has. Before, "Facebook" was made a speaker of the opening words."""
    body = ("Prime Minister Arun Velasco held a get-together with his compatriots living abroad.\n\n"
            "According to his official Facebook page, Prime Minister Arun Velasco expressed his delight with their "
            "warm welcome.")
    assert_statements(body, [
        ("Arun Velasco", "indirect",
         ("According to his official Facebook page, Prime Minister Arun Velasco expressed his delight with their "
          "warm welcome.")),
    ])


def test_shared_the_appreciation_when_after_an_opening_office_is_only_when():
    """"China’s Minister of International Liaison Department of the Communist Party of China (CPC) Central Committee
    H.E. X shared the appreciation when paying courtesy call on …" (fourhundredseventysixth information_gov_kh
    2018-08-30): the appreciation told in the sentence before, this one says only when it was voiced, as "made the
    statement as he met …"; its subject's office opens the sentence before the name. Before, only a sentence opening
    with the name was read so, and this one was a second statement."""
    body = ("Pavel Drago, the visiting Norvanian minister, has applauded the election result.\n\n"
            "Norvania’s Minister of the International Department of the Workers Party (WP) Central Committee H.E. Pavel "
            "Drago shared the appreciation when paying a courtesy call on the President of the Senate in the capital.")
    assert_statements(body, [
        ("Pavel Drago", "indirect", "Pavel Drago, the visiting Norvanian minister, has applauded the election result."),
    ])
