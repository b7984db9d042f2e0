"""tradecmp: compare the digital-trade provisions of trade agreements."""

__version__ = "0.1.0"
