"""The only package that touches spaCy objects; everything it returns is plain data."""
