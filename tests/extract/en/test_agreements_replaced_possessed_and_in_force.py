"""Agreements named in passing around a signing: the protocol a new agreement replaces, the
one a body's "its" owns in a later sentence, an instrument that only took effect, a
department named with its parent ministry, a headline's short ministry name, and a story
dated by a bare full date before its "today"."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_an_exchange_protocol_that_a_new_agreement_replaces_is_an_earlier_agreement() -> None:
    text = (
        "The Japan Patent Office and the Danish Patent and Trademark Office signed a "
        "Memorandum of Understanding on Search Cooperation in Tokyo on 2 June 2025.\n\n"
        "The memorandum replaces the data-exchange protocol signed by both sides in "
        "March 2018 and adds joint training."
    )
    got = agreements_of(facts_text(text, date="2025-06-03"))
    earlier = [a for a in got if a[2] == "2018-03"]
    assert len(earlier) == 1
    assert earlier[0][1] == "other"
    assert earlier[0][3] == {"Japan Patent Office", "Danish Patent and Trademark Office"}


def test_the_madrid_protocol_is_no_agreement_between_two_bodies() -> None:
    text = (
        "The Korean Intellectual Property Office signed a memorandum of understanding with "
        "the Mexican Institute of Industrial Property on 4 May 2024. Both offices concluded "
        "talks on filings under the Madrid Protocol."
    )
    titles = [a[0] for a in agreements_of(facts_text(text, date="2024-05-05"))]
    assert not any("Protocol" in t for t in titles)


def test_an_agreement_that_entered_into_force_was_not_signed_then() -> None:
    text = (
        "The European Patent Office and the Ministry of Industry of Morocco signed a work plan "
        "in Rabat on 5 May 2023. That plan follows from a validation agreement which "
        "entered into force on 1 March 2015."
    )
    got = agreements_of(facts_text(text, date="2023-05-06"))
    assert [a[1] for a in got] == ["work_plan"]


def test_its_memorandum_with_a_body_is_the_memorandum_of_the_body_the_paragraph_is_about() -> None:
    text = (
        "The Intellectual Property Office of the Philippines signed a work plan with the "
        "Korean Intellectual Property Office on 3 April 2025.\n\n"
        "The Intellectual Property Office of the Philippines also reported on its partnerships. "
        "Its memorandum with the Japan Patent Office was renewed in January 2025, and its "
        "partnership with the European Patent Office goes on."
    )
    got = agreements_of(facts_text(text, date="2025-04-04"))
    renewed = [a for a in got if a[2] == "2025-01"]
    assert len(renewed) == 1
    assert renewed[0][3] == {
        "Intellectual Property Office of the Philippines",
        "Japan Patent Office",
    }


def test_a_department_named_with_its_parent_ministry_signs_without_the_ministry() -> None:
    text = (
        "Jakarta, 4 March. The Directorate General of Intellectual Property (DGIP) of "
        "Indonesia's Ministry of Law and the Korean Intellectual Property Office signed a "
        "Memorandum of Understanding on Patent Information on Tuesday."
    )
    got = agreements_of(facts_text(text, date="2025-03-05"))
    assert len(got) == 1
    assert not any("Ministry" in name for name in got[0][3])


def test_a_headline_ministry_without_its_state_long_form_is_the_story_ministry() -> None:
    text = (
        "KIPO and Moldova's Ministry of Economy sign MoU on patents\n\n"
        "Seoul, 9 May. The Korean Intellectual Property Office (KIPO) and the Ministry of "
        "Economy of the Republic of Moldova signed a Memorandum of Understanding "
        "on Patent Cooperation on Friday."
    )
    got = agreements_of(facts_text(text, date="2025-05-10"))
    assert [a[1] for a in got] == ["mou"]


def test_a_bare_full_date_before_the_story_dates_its_today() -> None:
    text = (
        "EPO and Georgia sign work plan\n\n"
        "14 June 2024. The European Patent Office and the National Intellectual Property Center "
        "of Georgia (Sakpatenti) today signed a work plan for 2024–2025 in Tbilisi.\n"
    )
    got = agreements_of(facts_text(text, date="2024-06-15"))
    assert [a[2] for a in got] == ["2024-06-14"]


def test_an_arrangement_named_by_how_it_works_is_an_agreement() -> None:
    text = (
        "The World Intellectual Property Organization and the Japan Patent Office signed a "
        "Funds-in-Trust Arrangement in Geneva on 6 October 2025, and the European Union "
        "Intellectual Property Office signed a working arrangement with the Benelux Office "
        "for Intellectual Property on 7 October 2025."
    )
    got = agreements_of(facts_text(text, date="2025-10-08"))
    assert [(a[2], a[3]) for a in got] == [
        (
            "2025-10-06",
            {"World Intellectual Property Organization", "Japan Patent Office"},
        ),
        (
            "2025-10-07",
            {
                "European Union Intellectual Property Office",
                "Benelux Office for Intellectual Property",
            },
        ),
    ]


def test_a_treaty_arrangement_named_by_its_city_is_no_agreement_of_two_bodies() -> None:
    text = (
        "The Korean Intellectual Property Office signed a memorandum with the Japan Patent "
        "Office on 2 May 2025. Both offices apply the Locarno Arrangement."
    )
    assert [a[1] for a in agreements_of(facts_text(text, date="2025-05-03"))] == ["mou"]
