"""A written reply to a legislature's question: the chamber (立法會) is an organisation even
with no place before it, the member who asked (某某議員) sits in it, and a side named by a
body's kind (署方副署長) is the body of that kind the reply named."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, roles, run

IPD = parse(
    [
        {
            "id": "hkipd",
            "name": "Intellectual Property Department",
            "kind": "ip_office",
            "country": "HK",
            "names": [{"text": "知識產權署", "lang": "zh-Hant"}, {"text": "知识产权署"}],
        }
    ],
    [],
)

REPLY = (
    "以下是今日在立法會會議上何文傑議員的提問和知識產權署的書面答覆：\n"
    "就何文傑議員的提問，經諮詢知識產權署後，答覆如下：去年，知識產權署與新加坡知識產權局"
    "簽署諒解備忘錄，由署方副署長梁淑儀代表簽署。\n"
)


def test_the_chamber_is_an_organisation_and_the_asker_sits_in_it() -> None:
    facts = run(REPLY, repaired=True)
    assert "立法會" in org_names(facts)
    assert ("何文傑", "議員", "立法會") in roles(facts)


def test_a_deputy_of_the_side_named_by_its_kind_is_at_that_body() -> None:
    found = roles(run(REPLY, repaired=True, reference=IPD))
    assert ("梁淑儀", "副署長", "知識產權署") in found


def test_a_member_with_no_chamber_in_the_text_has_no_role() -> None:
    facts = run("张伟议员在研讨会上发言。", repaired=True)
    assert not [r for r in roles(facts) if r[0] == "张伟"]
