"""Generated election files for benchmarks: national-congress scale by default."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

FAMILY = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Quốc", "Ngọc", "Xuân", "Hoàng", "Thu", "Kim"]
GIVEN = [
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Đức",
    "Giang",
    "Hà",
    "Hải",
    "Hằng",
    "Hiếu",
    "Hùng",
    "Khải",
    "Lan",
    "Lệ",
    "Long",
    "Mai",
    "Nam",
    "Nga",
    "Phúc",
    "Quang",
    "Sơn",
    "Tâm",
    "Thắng",
    "Thủy",
    "Trung",
    "Tuấn",
    "Vân",
    "Việt",
    "Xuân",
    "Yến",
]


def national(ballots: int = 1600, candidates: int = 220, seats: int = 200, seed: int = 2026) -> dict[str, Any]:
    """A congress of `ballots` delegates electing `seats` of `candidates` on strike-out ballots."""
    rng = random.Random(seed)
    names = [f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}" for _ in range(candidates)]
    popularity = [rng.random() for _ in range(candidates)]
    nos = list(range(1, candidates + 1))
    entered: list[dict[str, Any]] = []
    for i in range(ballots):
        if i % 200 == 199:
            entered.append({"invalid": "marked"})
            continue
        strike = rng.randint(candidates - seats, min(candidates - 1, candidates - seats + 60))
        # weighted sampling without replacement: the less popular are struck more often
        keys = {n: rng.random() ** (1.0 / (1.05 - popularity[n - 1])) for n in nos}
        entered.append({"struck": sorted(sorted(nos, key=keys.__getitem__, reverse=True)[:strike])})
    return {
        "format": "kiemphieu-election/1",
        "ruleset": "qd190-2024",
        "congress": {
            "organization": "Đảng Cộng sản Việt Nam",
            "title": "Đại hội đại biểu toàn quốc (dữ liệu thử)",
            "term": "2026–2031",
            "kind": "delegates",
            "place": "Hà Nội",
            "date": "2026-01-20",
            "electorate": {
                "summoned": ballots + 6,
                "exclusions": [{"reason": "Vắng mặt cả thời gian đại hội", "count": 6}],
            },
            "attending": ballots,
            "counting_committee": [
                {"name": "Trần Thị Bình", "role": "head"},
                {"name": "Lê Văn Cường", "role": "member"},
            ],
        },
        "elections": [
            {
                "id": "bch",
                "title": "Bầu Ban Chấp hành Trung ương (dữ liệu thử)",
                "body": "committee",
                "seats": seats,
                "candidates": [{"no": n, "name": names[n - 1], "note": str(1960 + n % 20)} for n in nos],
                "rounds": [{"round": 1, "ballots_issued": ballots, "ballots_collected": ballots, "ballots": entered}],
            }
        ],
    }


def write_national(path: Path, **kw: int) -> Path:
    """Writes the national-scale file to `path` and returns it."""
    path.write_text(json.dumps(national(**kw), ensure_ascii=False, indent=1), encoding="utf-8")
    return path
