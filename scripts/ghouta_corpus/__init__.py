"""ghouta-corpus: span annotations of two news articles on the 2018 Eastern Ghouta evacuations.

The library lives in one module per concern (``model``, ``schema``, ``validate``,
``build``, ``formats``, ``evaluate``, ``annotate``); ``cli`` is a thin typer layer over it.
"""

__version__ = "0.1.0"
