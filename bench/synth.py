"""A generator of synthetic knowledge bases for measuring search at scale.

    .venv/bin/python bench/synth.py OUT.db --names 1000000 [--seed 7]
    .venv/bin/python bench/synth.py OUT.db --people 250000 --people-only

Chinese people (surname by rough frequency + one or two given characters, heteronyms such as
长 曾 单 行 乐 included) each with their pinyin name; Western people (some accented);
organisations with an English name, an acronym and a Chinese name; agreements with parties;
documents and mentions with a skewed distribution (a few entities in many documents).

The schema is made by `store.db.open_database` (the Alembic migrations); rows are written
with executemany on a plain sqlite3 connection, and the search index with
`store.search.reindex_all` on that connection.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from store.search.readings import options, readings  # noqa: E402
from store.text import fold, script_of  # noqa: E402

# surnames, most frequent first (weights fall off like the real distribution)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤申单区仇解查朴乐欧阳司马诸葛上官"
)
COMPOUND = ["欧阳", "司马", "诸葛", "上官"]
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华文辉长雨鸿森志国建新宇海波红玉兰春梅晓东"
    "丹婷雪琳晨阳浩然子轩梓涵欣怡佳怡雨萱博文思远嘉懿俊杰瑞泽浩宇天佑皓轩一诺若曦诗涵梦琪语嫣"
    "立德永福庆祥振兴维民世昌家豪凯峰鹏飞云龙金凤秋菊冬梅少华卫东红旗建军长江长春曾行乐单重朝"
    "和平正阳光明晓光小红小明慧敏惠玲美玲淑贞淑华桂兰桂芝秀英秀兰德华德明志强志明志刚建华建平"
)
WEST_FIRST = [
    "Francis",
    "António",
    "José",
    "Maria",
    "Anne",
    "Peter",
    "John",
    "Michael",
    "Daren",
    "Sylvie",
    "Søren",
    "Jürgen",
    "François",
    "Ana",
    "Carlos",
    "Ahmed",
    "Fatima",
    "Olga",
    "Ivan",
    "Kenji",
    "Hiroshi",
    "Min-jun",
    "Ji-woo",
    "Elena",
    "Lucas",
    "Sofia",
    "Mateo",
    "Isabella",
    "Liam",
    "Emma",
    "Noah",
    "Olivia",
    "Wang",
    "Pierre",
    "Hans",
    "Giulia",
    "Marco",
    "Chiara",
    "Paulo",
]
WEST_LAST = [
    "Gurry",
    "Campinos",
    "Tang",
    "Müller",
    "Schmidt",
    "García",
    "Martínez",
    "Smith",
    "Johnson",
    "Brown",
    "Dubois",
    "Rossi",
    "Silva",
    "Santos",
    "Kim",
    "Lee",
    "Park",
    "Tanaka",
    "Suzuki",
    "Ivanov",
    "Petrov",
    "Novák",
    "Kowalski",
    "Nielsen",
    "Andersson",
    "O'Brien",
    "Van der Berg",
    "Okafor",
    "Mensah",
    "Haddad",
    "Khan",
    "Singh",
    "Nguyen",
    "Tran",
    "Pham",
    "Lopez",
    "Gonzalez",
]
PLACES = [
    ("Singapore", "新加坡"),
    ("China", "中国"),
    ("Japan", "日本"),
    ("Korea", "韩国"),
    ("Germany", "德国"),
    ("France", "法国"),
    ("Brazil", "巴西"),
    ("Chile", "智利"),
    ("Kenya", "肯尼亚"),
    ("Egypt", "埃及"),
    ("Mongolia", "蒙古"),
    ("Thailand", "泰国"),
    ("Viet Nam", "越南"),
    ("Cambodia", "柬埔寨"),
    ("Peru", "秘鲁"),
    ("Georgia", "格鲁吉亚"),
    ("Tajikistan", "塔吉克斯坦"),
    ("Kazakhstan", "哈萨克斯坦"),
    ("Chongqing", "重庆"),
    ("Changchun", "长春"),
    ("Shanghai", "上海"),
    ("Guangdong", "广东"),
    ("Xiamen", "厦门"),
]
UNITS = [
    ("Intellectual Property Office", "知识产权局"),
    ("Patent Office", "专利局"),
    ("Trademark Office", "商标局"),
    ("Intellectual Property Court", "知识产权法院"),
    ("Copyright Office", "版权局"),
    ("Bank", "银行"),
    ("University", "大学"),
    ("Institute of Technology", "理工学院"),
    ("Centre for Patent Information", "专利信息中心"),
    ("Chamber of Commerce", "商会"),
    ("Research Institute", "研究院"),
]
TITLES = [
    "Memorandum of Understanding on Cooperation in the Field of Intellectual Property",
    "Agreement on Patent Prosecution Highway",
    "Work Plan on Bilateral Cooperation",
    "Joint Statement on Intellectual Property",
    "MoU",
    "Letter of Intent on Trademark Exchange",
    "关于知识产权合作的谅解备忘录",
    "专利审查高速路合作协议",
]


def chinese_name(rnd: random.Random) -> str:
    if rnd.random() < 0.01:
        sur = rnd.choice(COMPOUND)
    else:
        # rough Zipf: low indices much more often
        chars = [c for c in SURNAMES[:-8]]
        sur = (
            chars[min(int(rnd.paretovariate(1.2)) - 1, len(chars) - 1)]
            if rnd.random() < 0.7
            else rnd.choice(chars)
        )
    return sur + "".join(rnd.choice(GIVEN) for _ in range(1 if rnd.random() < 0.3 else 2))


def pinyin_name(zh: str) -> str:
    """Surname-first pinyin as printed in English: Shen Changyu, Ouyang Xiu."""
    reading = readings(options(zh, person=True), 1)[0]
    sur_len = 2 if zh[:2] in COMPOUND else 1
    sur = "".join(reading[:sur_len]).capitalize()
    given = "".join(reading[sur_len:]).capitalize()
    return f"{sur} {given}".replace("v", "u")


def generate(
    path: Path, *, names: int, seed: int = 7, people_only: bool = False, log: bool = True
) -> dict[str, float]:
    """Write a synthetic database of about `names` names to `path`; returns timings."""
    from store.db import open_database
    from store.search import reindex_all

    t0 = time.perf_counter()
    if path.exists():
        path.unlink()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    open_database(f"sqlite:///{path}").engine.dispose()
    rnd = random.Random(seed)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA cache_size=-200000")
    now = "2026-01-01 00:00:00"

    people: list[tuple[int, str]] = []
    orgs: list[tuple[int, str]] = []
    name_rows: list[tuple[str, int, str, str, str | None, str, str, str]] = []

    def add_name(etype: str, eid: int, text: str, kind: str) -> None:
        script = script_of(text)
        name_rows.append(
            (
                etype,
                eid,
                text,
                fold(text),
                "zh" if script == "Hani" else "en",
                script,
                kind,
                "document",
            )
        )

    n_org_names = 0 if people_only else names // 7
    org_id = 0
    while n_org_names > 0:
        org_id += 1
        place, place_zh = rnd.choice(PLACES)
        unit, unit_zh = rnd.choice(UNITS)
        n = f"{rnd.choice(['National', 'State', 'Regional', 'Municipal', ''])} {unit} of {place}"
        n = f"{n.strip()} No. {org_id}" if rnd.random() < 0.9 else n.strip()
        orgs.append((org_id, n))
        add_name("organisation", org_id, n, "primary")
        acr = "".join(w[0] for w in n.split() if w[0].isupper()) + str(org_id % 1000)
        add_name("organisation", org_id, acr, "acronym")
        add_name(
            "organisation",
            org_id,
            f"{place_zh}{rnd.choice(['', '国家', '省'])}{unit_zh}"
            f"{'第' + str(org_id) if rnd.random() < 0.5 else ''}",
            "alias",
        )
        n_org_names -= 3
    pid = 0
    while len(name_rows) < names:
        pid += 1
        if rnd.random() < 0.12:
            en = f"{rnd.choice(WEST_FIRST)} {rnd.choice(WEST_LAST)}"
            people.append((pid, en))
            add_name("person", pid, en, "primary")
        else:
            zh = chinese_name(rnd)
            people.append((pid, zh))
            add_name("person", pid, zh, "primary")
            add_name("person", pid, pinyin_name(zh), "transliteration")
    conn.executemany(
        "INSERT INTO person (id, name, created_at) VALUES (?, ?, ?)",
        [(i, n, now) for i, n in people],
    )
    conn.executemany(
        "INSERT INTO organisation (id, name, created_at) VALUES (?, ?, ?)",
        [(i, n, now) for i, n in orgs],
    )
    conn.executemany(
        "INSERT INTO name (entity_type, entity_id, text, folded, lang, script, kind, origin)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        name_rows,
    )
    n_docs = max(100, min(100_000, names // 10))
    conn.executemany(
        "INSERT INTO document (id, path, format, sha256, text, imported_at)"
        " VALUES (?, ?, 'text', ?, '', ?)",
        [
            (d, f"corpus/{d}.txt", hashlib.sha256(str(d).encode()).hexdigest(), now)
            for d in range(1, n_docs + 1)
        ],
    )
    n_agreements = 0 if people_only else max(10, names // 50)
    agreements = [
        (a, rnd.choice(TITLES) + (f" No. {a}" if rnd.random() < 0.5 else ""))
        for a in range(1, n_agreements + 1)
    ]
    conn.executemany(
        "INSERT INTO agreement (id, title, kind, origin) VALUES (?, ?, 'other', 'document')",
        agreements,
    )
    if orgs:
        conn.executemany(
            "INSERT INTO agreementparty (agreement_id, organisation_id, role)"
            " VALUES (?, ?, 'party')",
            [(a, rnd.choice(orgs)[0]) for a, _ in agreements for _ in range(2)],
        )
    # mentions: skewed, a few entities in many documents
    mentions = []
    targets = [("person", i) for i, _ in people] + [("organisation", i) for i, _ in orgs]
    for _ in range(names):
        t, i = (
            targets[min(int(rnd.paretovariate(0.8) * 3), len(targets)) - 1]
            if rnd.random() < 0.2
            else rnd.choice(targets)
        )
        mentions.append((rnd.randint(1, n_docs), t, i))
    conn.executemany(
        'INSERT INTO mention (document_id, start, "end", surface, target_type, target_id,'
        " extractor, confidence) VALUES (?, 0, 0, '', ?, ?, 'synth', 1.0)",
        mentions,
    )
    conn.commit()
    t1 = time.perf_counter()
    keys = reindex_all(conn)
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    t2 = time.perf_counter()
    out = {
        "names": float(len(name_rows)),
        "people": float(len(people)),
        "organisations": float(len(orgs)),
        "keys": float(keys),
        "rows_s": t1 - t0,
        "index_s": t2 - t1,
    }
    if log:
        print(
            f"synth: {len(name_rows):,} names ({len(people):,} people, {len(orgs):,} "
            f"organisations), {keys:,} keys; rows {t1 - t0:.1f} s, index {t2 - t1:.1f} s",
            file=sys.stderr,
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--names", type=int, default=1_000_000)
    ap.add_argument("--people", type=int, help="people-only: about this many people")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if args.people:
        generate(args.out, names=int(args.people * 1.88), seed=args.seed, people_only=True)
    else:
        generate(args.out, names=args.names, seed=args.seed)


if __name__ == "__main__":
    main()
