"""Records of the annotation format, the vocabularies read from ``schema/``, ids and the COUNT conventions."""
