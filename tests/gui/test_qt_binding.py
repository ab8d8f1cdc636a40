"""The Qt binding must not leak or drop references: PySide6 6.12.0 decremented None's refcount on
every Qt call returning nothing, and a long session (or a long test run) aborted the interpreter."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_leave_none_refcount_alone(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("مرصد")
        label.resize(100, 20)
    assert abs(sys.getrefcount(None) - before) < 100
