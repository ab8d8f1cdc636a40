"""Fixtures for the robustness suite: a network guard that fails the test on any connection."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest


class NetworkAttempt(AssertionError):
    """Raised inside the code under test; recorded so a swallowed attempt still fails the test."""


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Any connect, connection or name lookup fails the test, even if the caller catches it.

    Yields the list of attempts, which must be empty at the end: code that catches the
    exception (a library retrying quietly, say) cannot hide that it tried."""
    attempts: list[str] = []

    def refuse(what: str):
        def guard(*args: object, **kwargs: object) -> None:
            attempts.append(f"{what}{args[1:] if what.startswith('socket.') else args}")
            raise NetworkAttempt(f"network access attempted: {what} {args!r}")

        return guard

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    yield attempts
    assert attempts == [], f"network was attempted: {attempts}"


def pytest_configure(config: pytest.Config) -> None:
    """The GUI start-up check runs offscreen, with throwaway settings (as tests/gui does)."""
    import os

    from tests.throwaway_settings import is_throwaway, throwaway_settings

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # never the settings folder the environment names (a developer's XDG_CONFIG_HOME=~/.config: the
    # damaged-settings check writes and removes keys there); tests/gui's, when its conftest came first
    if not is_throwaway(os.environ.get("XDG_CONFIG_HOME")):
        os.environ["XDG_CONFIG_HOME"] = throwaway_settings("marsad-robustness-settings-")
