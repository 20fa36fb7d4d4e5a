"""A generator of synthetic knowledge bases in the exchange format, with Chinese and English
names, for round-trip and scale tests."""

from __future__ import annotations

import random
from typing import Any

from importers.facts import AGREEMENT_KINDS

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
    "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯"
    "龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤申单"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉长雨鸿森志国建新宇海波红玉兰春梅晓东"
PLACES = [
    "Singapore",
    "China",
    "Japan",
    "Korea",
    "Germany",
    "France",
    "Brazil",
    "Chile",
    "Kenya",
    "Egypt",
    "Mongolia",
    "Thailand",
    "Viet Nam",
    "Cambodia",
    "Peru",
    "Georgia",
    "Armenia",
    "Belarus",
]
PLACES_ZH = [
    "新加坡",
    "中国",
    "日本",
    "韩国",
    "德国",
    "法国",
    "巴西",
    "智利",
    "肯尼亚",
    "埃及",
    "蒙古",
    "泰国",
    "越南",
    "柬埔寨",
    "秘鲁",
    "格鲁吉亚",
    "亚美尼亚",
    "白俄罗斯",
]
KINDS = list(AGREEMENT_KINDS)


def make_kb(
    n_orgs: int = 800,
    n_people: int = 1500,
    n_agreements: int = 1000,
    n_docs: int = 50,
    seed: int = 7,
) -> dict[str, Any]:
    rnd = random.Random(seed)
    docs = [
        {
            "id": f"doc{i}",
            "path": f"corpus/news_{i:04d}.txt",
            "title": f"News item {i}",
            "lang": rnd.choice(["en", "zh"]),
            "date": f"20{rnd.randint(10, 25)}-{rnd.randint(1, 12):02d}",
            "text": f"Text of news item {i}. " * 3,
        }
        for i in range(n_docs)
    ]
    orgs = []
    for i in range(n_orgs):
        p = rnd.randrange(len(PLACES))
        unit = rnd.choice(
            ["Intellectual Property Office", "Patent Office", "Trademark Agency", "IP Court"]
        )
        unit_zh = {
            "Intellectual Property Office": "知识产权局",
            "Patent Office": "专利局",
            "Trademark Agency": "商标局",
            "IP Court": "知识产权法院",
        }[unit]
        name = f"{unit} of {PLACES[p]} No. {i}"
        acr = "".join(w[0] for w in name.split() if w[0].isupper()) + str(i)
        orgs.append(
            {
                "id": f"org{i}",
                "name": name,
                "aliases": [acr, f"{PLACES_ZH[p]}第{i}{unit_zh}"],
                "country": None if i % 5 == 0 else "SG",
                "kind": rnd.choice(["ip_office", "court", "igo"]),
                "sources": sorted({rnd.choice(docs)["id"] for _ in range(rnd.randint(0, 3))}),
            }
        )
    people = []
    for i in range(n_people):
        zh = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN) for _ in range(rnd.randint(1, 2)))
        en = f"Person{i} {rnd.choice(['Tang', 'Shen', 'Hu', 'Gurry', 'Campinos'])}"
        roles = [
            {
                "title": rnd.choice(
                    ["Director General", "Commissioner", "副局长", "总干事", "Chief Executive"]
                ),
                "organisation": rnd.choice(orgs)["id"],
                "start": rnd.choice([None, "2015", "2017-05", "2020-10-01"]),
                "end": rnd.choice([None, None, "2022-06"]),
                "sources": [rnd.choice(docs)["id"]],
            }
            for _ in range(rnd.randint(0, 2))
        ]
        people.append(
            {
                "id": f"per{i}",
                "name": en,
                "aliases": [zh],
                "roles": roles,
                "sources": [rnd.choice(docs)["id"]],
            }
        )
    agreements = []
    for i in range(n_agreements):
        parties = sorted({str(rnd.choice(orgs)["id"]) for _ in range(rnd.randint(1, 3))})
        agreements.append(
            {
                "id": f"ag{i}",
                "title": f"Memorandum of Understanding No. {i} 合作谅解备忘录",
                "kind": rnd.choice(KINDS),
                "date": rnd.choice([None, "2017", "2017-02", "2019-11-30"]),
                "parties": parties,
                "signatories": [rnd.choice(people)["id"]] if i % 3 == 0 else [],
                "sources": [rnd.choice(docs)["id"]],
            }
        )
    return {
        "format": "exchange/1",
        "documents": docs,
        "organisations": orgs,
        "people": people,
        "agreements": agreements,
    }
