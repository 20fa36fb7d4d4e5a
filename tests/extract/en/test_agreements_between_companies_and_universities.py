"""Documents signed between companies and universities, listed one a line.

A business forum's list of signed documents names each by "<Title> between A and B": A and
B are its parties even when neither name has an English head noun ("Universiti Sains
Malaysia", "the Penang Science Exchange") or when a company's name carries the full stops
of its legal form ("Sdn. Bhd.", "Co., Ltd."), which end neither the title nor the name.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, roles

FORUM = (
    "The Minister of Science witnessed the signing of three documents at the Penang "
    "Innovation Forum today. The documents signed are:\n\n"
    "1. Memorandum of Understanding on technology transfer between the Northern Corridor "
    "Implementation Authority (NCIA) and the Penang Science Exchange;\n"
    "2. Research Agreement between Kedah Robotics (Malaysia) Sdn. Bhd. and Universiti Sains "
    "Malaysia (USM); and\n"
    "3. Licensing Agreement between Shenzhen Brightway Co., Ltd. and Universiti Putra "
    "Malaysia.\n"
)


def _parties() -> list[frozenset[str]]:
    return [p for _, _, _, p in agreements_of(facts_text(FORUM, "2025-09-02"))]


def test_each_listed_document_is_between_the_two_bodies_its_title_names() -> None:
    assert _parties() == [
        frozenset({"Northern Corridor Implementation Authority", "Penang Science Exchange"}),
        frozenset({"Kedah Robotics (Malaysia) Sdn. Bhd.", "Universiti Sains Malaysia"}),
        frozenset({"Shenzhen Brightway Co., Ltd.", "Universiti Putra Malaysia"}),
    ]


def test_a_company_name_keeps_the_full_stops_of_its_legal_form() -> None:
    names = org_set(facts_text(FORUM, "2025-09-02"))
    assert {"Kedah Robotics (Malaysia) Sdn. Bhd.", "Shenzhen Brightway Co., Ltd."} <= names
    assert "USM" in names


def test_a_title_runs_past_the_full_stop_of_an_abbreviation() -> None:
    titles = [t for t, _, _, _ in agreements_of(facts_text(FORUM, "2025-09-02"))]
    assert titles[1].endswith("Sdn. Bhd. and Universiti Sains Malaysia (USM)")


def test_countries_places_people_and_the_parties_stay_no_organisations() -> None:
    f = facts_text(
        "The Agreement between Malaysia and Singapore was signed in 2019. Article 3 of the "
        "Memorandum between the Parties sets out the work plan. A memorandum between Johor "
        "Province and the Penang Development Corporation was signed, and so was a letter "
        "between Mr Tan Wei Ming and Ms Lim Hui Min."
    )
    names = org_set(f)
    assert "Penang Development Corporation" in names
    assert not {"Malaysia", "Singapore", "Parties", "Johor Province"} & names
    assert not {"Mr Tan Wei Ming", "Tan Wei Ming", "Ms Lim Hui Min"} & names


def test_a_name_without_a_head_is_a_body_only_as_the_counterpart_of_one() -> None:
    names = org_set(facts_text("A memorandum between Penang Innovation Hub and Kedah Ventures."))
    assert not {"Penang Innovation Hub", "Kedah Ventures"} & names


def test_a_partys_short_name_in_brackets_names_it_again_later() -> None:
    f = facts_text(
        "A memorandum of understanding was signed on Monday between the Korean Intellectual "
        "Property Office (KIPO) and Kestrel Venture Partners Asia (Kestrel) to help start-ups "
        "license patents.\n\nThe memorandum was signed by Lee Jun-ho, commissioner of KIPO, "
        "and Mei Ling Goh, managing director of Kestrel."
    )
    assert ("Mei Ling Goh", "managing director", "Kestrel Venture Partners Asia") in roles(f)
