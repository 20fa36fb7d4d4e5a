"""The professional IP associations and rights-holders' federations accredited as observers at
WIPO (INTA, AIPPI, FICPI, LESI, the APAA, the national attorneys' associations, CISAC, the IFPI,
the ICC) and China's collective management and IP societies are known by their official names,
acronyms and Chinese names, so that two texts naming one of them in two forms give one
organisation (INTA and the APAA only in Latin script, as their offices and committees named
after them in Chinese are bodies of their own); the Intellectual Property Owners Association
is never known by a bare "IPO", which offices bear too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from importers.resolve.reference import Reference
from store.text import fold
from tests.imported import import_texts, of_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("International Trademark Association", "inta"),
        ("INTA", "inta"),
        ("AIPPI", "aippi"),
        ("国际保护知识产权协会", "aippi"),
        ("International Association for the Protection of Industrial Property", "aippi"),
        ("FICPI", "ficpi"),
        ("Licensing Executives Society International", "lesi"),
        ("国际许可贸易工作者协会", "lesi"),
        ("AIPLA", "aipla"),
        ("Intellectual Property Owners Association", "ipo-owners-association"),
        ("ECTA", "ecta"),
        ("Asian Patent Attorneys Association", "apaa"),
        ("APAA", "apaa"),
        ("日本知的財産協会", "jipa"),
        ("日本弁理士会", "jpaa"),
        ("대한변리사회", "kpaa"),
        ("Chartered Institute of Patent Attorneys", "cipa-uk"),
        ("Institute of Professional Representatives before the EPO", "epi-epo"),
        ("CISAC", "cisac"),
        ("国际作者和作曲者协会联合会", "cisac"),
        ("国际唱片业协会", "ifpi"),
        ("IFRRO", "ifrro"),
        ("国际复制权组织联合会", "ifrro"),
        ("International Chamber of Commerce", "icc"),
        ("国际商会", "icc"),
        ("BusinessEurope", "businesseurope"),
        ("中国音乐著作权协会", "mcsc"),
        ("音著协", "mcsc"),
        ("中國音樂著作權協會", "mcsc"),
        ("中国文字著作权协会", "cwwcs"),
        ("文著协", "cwwcs"),
        ("中国知识产权研究会", "cips"),
        ("China Industrial Property Society", "cips"),
    ],
)
def test_each_name_leads_to_its_one_association(ref: Reference, name: str, ref_id: str) -> None:
    found = ref.org_named(name)
    assert found is not None and found.id == ref_id


def test_the_ip_owners_association_takes_no_bare_ipo(ref: Reference) -> None:
    names = {fold(n.text) for n in ref.orgs["ipo-owners-association"].names}
    assert fold("IPO") not in names
    assert ref.org_named("IPO") is None


def test_the_china_chamber_of_international_commerce_is_ccpit_not_the_icc(ref: Reference) -> None:
    found = ref.org_named("中国国际商会")
    assert found is not None and found.id == "ccpit"


def test_intas_chinese_name_is_left_out_so_its_office_in_china_stays_whole(
    ref: Reference,
) -> None:
    """Like JETRO's, INTA's representative office in China signs documents of its own
    (国际商标协会中国代表处): a known 国际商标协会 would cut the office to the association."""
    assert ref.org_named("国际商标协会") is None


def test_inta_by_its_full_name_and_by_its_acronym_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    first = (
        "Geneva, 3 March 2031. The International Trademark Association held a roundtable "
        "on bad-faith trademark filings with the European Union Intellectual Property Office.\n"
    )
    second = (
        "Alicante, 9 April 2031. INTA and the European Union Intellectual Property Office "
        "signed a memorandum of understanding on trademark practice.\n"
    )
    export = import_texts(ipx, empty_db, tmp_path, first, second)
    inta = of_reference(export, "inta")
    assert len(inta) == 1
    assert inta[0]["name"] == "International Trademark Association"
    assert "INTA" in inta[0]["aliases"]


def test_the_music_copyright_society_by_its_short_chinese_name_is_one_organisation(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    english = (
        "Beijing, 12 May 2031. The Music Copyright Society of China signed a reciprocal "
        "representation agreement with a European collecting society.\n"
    )
    chinese = "2031年6月1日，音著协与国际作者和作曲者协会联合会在北京举行版权保护座谈会。\n"
    export = import_texts(ipx, empty_db, tmp_path, english, chinese)
    mcsc = of_reference(export, "mcsc")
    assert len(mcsc) == 1
    assert mcsc[0]["name"] == "Music Copyright Society of China"
    assert of_reference(export, "cisac")
