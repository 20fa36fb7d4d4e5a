"""ipx: a keyboard-driven terminal explorer of international IP cooperation."""

__version__ = "0.1.0"
