"""A commercial or civil plane is no weapon (audit 23, fresh articles: an interview on a reopened
airport tagged «طائرة تجارية», «الطيران التجاري», «الطائرات التجارية» as aircraft weapons)."""

from __future__ import annotations

from core.pipeline import analyze


def _weapons(text: str) -> list[str]:
    return [s.text for s in analyze(text, "2015-08-01", "").entities if s.label == "WEAPON"]


def test_a_plane_called_commercial_or_civil_names_no_weapon() -> None:
    text = ("استقبل المطار أمس أول طائرة تجارية قادمة من القاهرة، وقال مديره إن الطيران التجاري سيعود "
            "تدريجيا وإن الطائرات المدنية ستهبط يوميا بعد وصول الطائرات التجارية.")
    assert _weapons(text) == []


def test_a_war_plane_is_still_a_weapon() -> None:
    assert _weapons("وشنت الطائرات الحربية غارات على مواقع المتمردين، وحلق الطيران فوق المدينة.") == [
        "الطائرات الحربية", "الطيران"]
