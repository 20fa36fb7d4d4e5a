"""A country's name before the home office's short name names that country's own office,
not the home one: it joins the body the text names with the same country in full."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import parse
from tests.extract.zh.helpers import run

HOME = parse(
    [
        {
            "id": "home-office",
            "name": "Home Intellectual Property Office",
            "kind": "ip_office",
            "country": "TW",
            "names": [{"text": "经济部智慧财产局"}, {"text": "智慧局"}],
        },
        {
            "id": "home-council",
            "name": "Home Trade Promotion Council",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "中国国际贸易促进委员会"}, {"text": "贸促会"}],
        },
    ],
    [],
)


def _group_of(facts: DocumentFacts, name: str) -> set[str]:
    return next({o.name, *o.aliases} for o in facts.orgs if name in {o.name, *o.aliases})


def test_a_foreign_country_before_the_home_office_s_short_name_is_that_country_s_office() -> None:
    facts = run(
        "經濟部智慧財產局與泰國智慧財產局今日舉行視訊會議。智慧局表示，"
        "泰國智慧局將派員參加明年的審查官培訓。",
        reference=HOME,
    )
    assert "泰國智慧局" not in _group_of(facts, "經濟部智慧財產局")
    assert "泰國智慧局" in _group_of(facts, "泰國智慧財產局")


def test_a_foreign_country_s_short_named_office_named_nowhere_in_full_stays_apart() -> None:
    facts = run("智慧局表示，泰國智慧局將派員參加明年的審查官培訓。", reference=HOME)
    assert "泰國智慧局" not in _group_of(facts, "智慧局")


def _merged(*names: str) -> dict[str, str]:
    """Which group joins which, for one group per name (its key the name itself)."""
    from importers.zh.orgs.groups import _place_merge
    from importers.zh.orgs.mention import Mention

    return _place_merge({n: [Mention(0, len(n), n)] for n in names})


def test_a_body_named_with_two_places_is_the_same_body_named_again_without_them() -> None:
    """日本韩国某协会 then 某协会: both opening places left out name the one body again."""
    assert _merged("日本韩国青年发明家协会", "青年发明家协会") == {
        "日本韩国青年发明家协会": "青年发明家协会"
    }


def test_a_short_name_two_bodies_of_other_places_end_in_joins_neither_by_two_places() -> None:
    merged = _merged("中国香港青年发明家协会", "澳门青年发明家协会", "青年发明家协会")
    assert "中国香港青年发明家协会" not in merged


WITH_FOREIGN = parse(
    [
        {
            "id": "home-office",
            "name": "Home Intellectual Property Office",
            "kind": "ip_office",
            "country": "TW",
            "names": [{"text": "经济部智慧财产局"}, {"text": "智慧财产局"}, {"text": "智慧局"}],
        },
        {
            "id": "thai-office",
            "name": "Department of Intellectual Property (Thailand)",
            "kind": "ip_office",
            "country": "TH",
            "names": [{"text": "DIPTH", "kind": "acronym"}],
        },
        {
            "id": "indonesian-office",
            "name": "Directorate General of Intellectual Property (Indonesia)",
            "kind": "ip_office",
            "country": "ID",
            "names": [{"text": "DGIPX", "kind": "acronym"}],
        },
    ],
    [],
)


def test_a_country_and_the_home_office_s_short_name_is_the_country_s_office_named_otherwise() -> (
    None
):
    """泰國智慧局 with no longer Chinese form in the text, and the Thai office by its
    acronym: one body, the Thai office, never the home one."""
    facts = run("泰國智慧局局長Somchai Wong表示，DIPTH將加強審查官培訓。", reference=WITH_FOREIGN)
    group = _group_of(facts, "泰國智慧局")
    assert "Department of Intellectual Property (Thailand)" in group
    assert "Home Intellectual Property Office" not in group


def test_the_longest_country_a_name_opens_with_is_its_country() -> None:
    """印度尼西亚 opens with 印度: the office is Indonesia's, not India's."""
    facts = run(
        "印度尼西亚智慧局局长Budi Santoso表示，DGIPX将加强审查官培训。", reference=WITH_FOREIGN
    )
    assert "Directorate General of Intellectual Property (Indonesia)" in _group_of(
        facts, "印度尼西亚智慧局"
    )


def test_a_country_s_short_named_office_stays_apart_when_the_text_names_none_of_its_own() -> None:
    facts = run("泰國智慧局將派員參加明年的審查官培訓。", reference=WITH_FOREIGN)
    assert "Department of Intellectual Property (Thailand)" not in _group_of(facts, "泰國智慧局")


def test_an_office_s_bare_name_after_the_members_of_a_group_is_each_member_s_office() -> None:
    """东协各成员国的 + 智慧财产局: the offices of the members, a kind of body, not the one
    office the reference calls so; the same name standing alone is that office."""
    facts = run("東協各成員國的智慧財產局將共享審查資料。", reference=WITH_FOREIGN)
    assert not facts.orgs
    facts = run("智慧財產局將共享審查資料。", reference=WITH_FOREIGN)
    assert "Home Intellectual Property Office" in _group_of(facts, "智慧財產局")
