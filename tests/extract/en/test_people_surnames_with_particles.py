"""A surname that opens with a particle ("van Dijk", "da Costa") comes back with it, often
capitalised at the start of the mention ("Ms Van Dijk"): the person named in full before."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_a_surname_with_its_particle_capitalised_is_the_person_named_before() -> None:
    f = extract(
        "Ms Anna van Dijk, Director General of the Benelux Office for Intellectual Property, "
        "opened the seminar in The Hague. In closing, Ms Van Dijk thanked the speakers."
    )
    assert [p.name for p in f.people] == ["Anna van Dijk"]
    assert "Ms Van Dijk" in f.people[0].aliases


def test_a_patronymic_link_is_no_surname_particle() -> None:
    f = extract(
        "Dr Ahmad bin Rashid, Chairman of the Gulf Patent Office, met the delegation. "
        "Later Mr Bin Rashid toured the archive."
    )
    ahmad = next(p for p in f.people if p.name == "Ahmad bin Rashid")
    assert "Mr Bin Rashid" not in ahmad.aliases


def test_a_double_surname_again_is_still_the_person_by_its_last_word() -> None:
    f = extract(
        "Dr. Carmen Ruiz de Alba, President of the Spanish Patent and Trademark Office, "
        "welcomed the guests. Dr. Ruiz de Alba noted that filings had doubled."
    )
    carmen = next(p for p in f.people if p.name == "Carmen Ruiz de Alba")
    assert "Alba" in carmen.aliases
