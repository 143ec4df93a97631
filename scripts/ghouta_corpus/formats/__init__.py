"""Export and import formats, one module each, behind one registry."""
