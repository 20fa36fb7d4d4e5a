"""A company named with its legal form and without it in one text is one body
(importers/en/orgs/legal_forms.py, words in en_orgs.txt [legal_form_suffixes])."""

from __future__ import annotations

from importers.en.orgs.legal_forms import without_legal_form
from tests.extract.en.helpers import facts_text


def test_a_company_named_again_without_its_berhad_is_the_same_body() -> None:
    f = facts_text(
        "AgroSarawak and MyIPO Open Patent Clinic\n\n"
        "AgroSarawak Berhad (ASB) and the Intellectual Property Corporation of Malaysia "
        "opened a patent clinic in Penang on 3 March 2022."
    )
    agro = [o for o in f.orgs if "AgroSarawak" in {o.name, *o.aliases}]
    assert len(agro) == 1
    assert "AgroSarawak Berhad" in {agro[0].name, *agro[0].aliases}


def test_legal_forms_come_off_a_company_name_but_public_body_heads_stay() -> None:
    assert without_legal_form("Orchid Foods Sdn Bhd") == "Orchid Foods"
    assert without_legal_form("Lantern Optics Co., Ltd.") == "Lantern Optics"
    assert without_legal_form("Brightwater GmbH") == "Brightwater"
    assert without_legal_form("Korea Trade-Investment Promotion Corporation") is None
    assert without_legal_form("Berhad") is None


def test_a_place_after_a_companys_legal_form_is_where_it_sits_not_its_name() -> None:
    f = facts_text(
        "Harbourlight Robotics Pty Ltd of Brisbane licensed its gripper patents to "
        "Vantaa Materials Oy and Nordlicht Sensorik GmbH of Leipzig."
    )
    names = {n for o in f.orgs for n in (o.name, *o.aliases)}
    assert {"Harbourlight Robotics Pty Ltd", "Nordlicht Sensorik GmbH"} <= names
    assert not any(n.endswith(("of Brisbane", "of Leipzig")) for n in names)
