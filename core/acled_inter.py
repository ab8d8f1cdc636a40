"""ACLED's inter codes (the kind of an actor: `Actor.inter`, a span's `attrs["inter"]`,
resources/acled/actors.json) and the groupings of them the rules, the export and the reader use.

Imports nothing, so the GUI can read it without loading the analysis. Codes not named here
(`interaction`, 12, 28 …) are two of these side by side, lower first (`Incident.interaction`).
"""

from __future__ import annotations

STATE_FORCES = 1  # an army, police or security force at home
REBELS = 2  # rebel groups (the Houthis, AQAP, the PKK …)
POLITICAL_MILITIA = 3
IDENTITY_MILITIA = 4  # tribal, communal, ethnic armed groups
RIOTERS = 5
PROTESTERS = 6
CIVILIANS = 7
EXTERNAL_FORCES = 8  # a state's forces abroad, and other external forces

# Armed non-state groups: rebels and militias.
NON_STATE = frozenset({REBELS, POLITICAL_MILITIA, IDENTITY_MILITIA})
# A state's forces, at home or abroad.
STATE_OR_EXTERNAL = frozenset({STATE_FORCES, EXTERNAL_FORCES})
# The armed parties: a state's forces, rebels and militias (rioters are not counted here).
ARMED = STATE_OR_EXTERNAL | NON_STATE
# The people acted on rather than a side that fights: protesters and civilians.
UNARMED = frozenset({PROTESTERS, CIVILIANS})
