"""Marsad's Qt desktop client: a client of `core`, never imported by it."""
