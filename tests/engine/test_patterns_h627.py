"""Rules from the four-hundred-sixty-sixth held-out set (the Government of Uganda's releases): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_office_before_a_name_closed_by_a_place_is_his():
    """"met … with the US Special Envoy for Sudan, Mr. Tom Perriello at State House, Entebbe. The envoy was
    accompanied by the US Ambassador …, H.E X. … The envoy further appreciated …": the place after the name
    closes the apposition as a comma would, so the office is the named man's and "the envoy" is he, not the
    ambassador named in the sentence before. Before, the office was lost and "the envoy" went to the ambassador."""
    body = ("President Ivo Marr met and held discussions with the Tarnish Special Envoy for Velia, Mr. Anton Vesk "
            "at State House, Osk. The envoy was accompanied by the Tarnish Ambassador to Ostra, H.E Lena Brun. "
            "Mr. Vesk thanked President Marr for his role in the talks. "
            "The envoy further appreciated the President's guidance on the peace process.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Mr. Vesk thanked President Marr for his role in the talks."),
        ("Anton Vesk", "indirect", "The envoy further appreciated the President's guidance on the peace process."),
    ])



def test_the_agent_in_a_things_passive_relative_is_not_the_subject():
    """"The meeting which was attended by Uganda's Permanent Representative …, Ambassador X also discussed ways of
    …": the person is the agent of the passive in the meeting's relative clause; what the meeting discussed is no
    person's. Before, it was given to the ambassador."""
    body = ("President Ivo Marr met the Tarnish envoy, Mr. Anton Vesk, in Osk. "
            "Mr. Vesk thanked President Marr for his role in the talks.\n\n"
            "The meeting which was attended by Tarn's Permanent Representative at the United Nations, Ambassador "
            "Lena Brun also discussed ways of implementing the council's communique on Velia.")
    assert_statements(body, [
        ("Anton Vesk", "indirect", "Mr. Vesk thanked President Marr for his role in the talks."),
    ])


def test_a_persons_own_relative_with_an_agent_keeps_its_subject():
    """The guard: a person's "who was accompanied by …" relative leaves the verb after it the person's."""
    body = ("President Ivo Marr, who was accompanied by Ambassador Lena Brun, stressed the importance of dialogue "
            "in Velia.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "President Ivo Marr, who was accompanied by Ambassador Lena Brun, stressed the "
         "importance of dialogue in Velia."),
    ])
