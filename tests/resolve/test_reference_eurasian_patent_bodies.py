"""The Eurasian Patent Organization and its executive body, the Eurasian Patent Office, are
two reference entries, as the European Patent Organisation and the European Patent Office
are: the Office is the Organization's child, grants the patents (ST.3 code EA) and holds the
acronym EAPO; the Organization is named only in full. Its President, the Organization's
highest official, elected by its Administrative Council, is recorded at the Organization, so
that a text about the Organization does not bring the Office, and its acronym, along."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference

REF = load_reference()


@pytest.mark.parametrize(
    "name", ["EAPO", "Eurasian Patent Office", "欧亚专利局", "Евразийское патентное ведомство"]
)
def test_the_office_s_names(name: str) -> None:
    office = REF.org_named(name)
    assert office is not None and office.id == "eapo"
    assert (office.kind, office.st3, office.parent) == ("ip_office", "EA", "eaporg")


@pytest.mark.parametrize(
    "name",
    [
        "Eurasian Patent Organization",
        "Eurasian Patent Organisation",
        "欧亚专利组织",
        "Евразийская патентная организация",
    ],
)
def test_the_organization_s_names(name: str) -> None:
    organisation = REF.org_named(name)
    assert organisation is not None and organisation.id == "eaporg"
    assert (organisation.kind, organisation.st3, organisation.parent) == ("igo", None, None)


def test_the_pair_mirrors_the_european_one() -> None:
    assert REF.orgs["epo"].parent == "eporg"
    assert "EAPO" not in REF.orgs["eaporg"].all_names()


def test_each_entry_is_sourced() -> None:
    for key in ("eapo", "eaporg"):
        assert any("eapo.org" in s for s in REF.orgs[key].sources), key
    assert any("wipo.int/directory" in s for s in REF.orgs["eapo"].sources)


def test_the_presidents_are_recorded_at_the_organization() -> None:
    for key in ("grigory-ivliev", "saule-tlevlessova", "alexander-grigoriev"):
        roles = [r for r in REF.people[key].roles if r.title == "President"]
        assert [r.organisation for r in roles] == ["eaporg"], key
