"""'"The threat remains high," said the bulletin, obtained by Test News': a bulletin, an advisory, a
dossier or a communique is a document that speaks (an unseen page graded such a quote E, "no source
given")."""

import pytest


@pytest.mark.parametrize("noun", ["bulletin", "advisory", "dossier", "communique"])
def test_a_document_noun_speaks(annotate_text, noun):
    ann = annotate_text(f'"The flood risk remains high," said the {noun}, seen by Test News.')
    [claim] = [c for c in ann.claims if c.form != "credit"]
    assert claim.source_type == "document" and claim.speaker.startswith(f"the {noun}")
