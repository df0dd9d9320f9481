"""benchmarks/inputs_more.py: metascraper's snapshots and snacktory's Java test read right, misses told apart."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("inputs_benchmark", Path(__file__).parent.parent / "benchmarks" / "inputs.py")
inputs = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(inputs)
import inputs_more  # noqa: E402  (benchmarks/ is on the path once inputs.py has run)

AVA_TEST = """
const html = await readFile(resolve(__dirname, 'input.html'))
test('harbour (article)', async t => {
  const html = await readFile(resolve(__dirname, 'input/article.html'))
})
;(process.env.CI ? test.skip : test)('harbour (opinion)', async t => {
  const html = await readFile(resolve(__dirname, './input/opinion.html'))
})
"""

AVA_REPORT = """# Snapshot report for `test/integration/harbour/index.js`

## harbour (article)

> Snapshot 1

    {
      author: 'Ann Lee',
      date: '2031-03-01T22:15:00.000Z',
      lang: 'en',
      title: 'Pier reopens: what it means for the \\u201cwinter\\u201d ferries',
    }

## harbour (opinion)

> Snapshot 1

    {
      date: null,
      lang: null,
      title: 'Opinion | Why the tide tables were wrong',
    }
"""

JAVA_TEST = r"""
    @Test
    public void testHarbour() throws Exception {
        JResult res = extractor.extractContent(readFileAsString("test_data/harbour.html"));
        assertEquals("Pier reopens after \"the\" storm", res.getTitle());
        assertTrue("harbour:" + res.getText(), res.getText().startsWith("The pier reopened on Monday"));
        assertFalse(res.getText(), res.getText().contains("Related stories"));
    }

    @Test
    public void testQuay() throws Exception {
        // assertEquals("Commented out", res.getTitle());
        JResult article = extractor.extractContent(c.streamToString(getClass().getResourceAsStream("quay.html")));
        assertEquals("Quay works begin -- Harbour Post",
                article.getTitle());
    }

    @Test
    public void testHarbourAgain() throws Exception {
        JResult res = extractor.extractContent(readFileAsString("test_data/harbour.html"));
        assertEquals("A second method's title", res.getTitle());
    }

    @Test
    public void testPrefixOnly() throws Exception {
        JResult res = extractor.extractContent(readFileAsString("test_data/prefix.html"));
        assertTrue(res.getTitle(), res.getTitle().startsWith("Tide"));
    }
    /* @Test
    public void testOff() throws Exception {
        JResult res = extractor.extractContent(readFileAsString("test_data/off.html"));
        assertEquals("Off", res.getTitle());
    } */
"""


def test_each_metascraper_test_binds_its_page_to_the_snapshot_of_the_same_name():
    assert inputs_more.test_pages(AVA_TEST) == {"harbour (article)": "input/article.html",
                                                "harbour (opinion)": "input/opinion.html"}
    fields = inputs_more.snapshot_fields(AVA_REPORT)
    assert fields["harbour (article)"] == {"date": "2031-03-01T22:15:00.000Z", "lang": "en",
                                           "title": "Pier reopens: what it means for the \u201cwinter\u201d ferries"}
    assert fields["harbour (opinion)"] == {"date": None, "lang": None, "title": "Opinion | Why the tide tables were wrong"}


def test_snacktory_titles_and_snippets_bind_to_the_page_their_method_reads_and_comments_and_prefix_checks_are_no_gold():
    assert inputs_more.snacktory_gold(JAVA_TEST) == {
        "test_data/harbour.html": {"title": 'Pier reopens after "the" storm', "with": ["The pier reopened on Monday"],
                                   "without": ["Related stories"]},
        f"{inputs_more.SNACKTORY_RESOURCES}/quay.html": {"title": "Quay works begin -- Harbour Post", "with": [],
                                                         "without": []},
        "test_data/prefix.html": {"title": None, "with": [], "without": []},
    }


def test_a_title_miss_whose_gold_keeps_the_site_name_is_told_apart():
    assert inputs_more.site_kept("Pier reopens", "Pier reopens | Harbour Post")
    assert inputs_more.site_kept("Pier reopens", "Harbour Post - Press Info - Pier reopens")
    assert not inputs_more.site_kept("Pier reopens", "Pier reopens after the storm")
    assert not inputs_more.site_kept(None, "Pier reopens | Harbour Post")
