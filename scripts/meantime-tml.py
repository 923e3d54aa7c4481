#!/usr/bin/env python3
"""Converts MEANTIME CAT XML files to TimeML .tml files for annals-te3-score.

MEANTIME (../shared/meantime) annotates every TIMEX3 of its Wikinews articles
over tokens. This writes one .tml per article: the DCT from the CREATION_TIME
timex (the dateline's own text stays in TEXT as a dated TIMEX3, since a tagger
reading the page sees it), and TEXT rebuilt from the tokens, one sentence per
line, spaces dropped before closing punctuation so the text reads like news.
MEANTIME annotated only the title and the first sentences (0 to 5, the dateline
being sentence 1), so the rest of each article is left out: its timexes carry
no gold.

Usage: scripts/meantime-tml.py OUT_DIR CAT.xml...
"""
import os
import sys
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape, quoteattr

NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "]", "'s", "'", "n't", "%", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "$", "``"}
LAST_ANNOTATED_SENTENCE = 5


def convert(path):
    root = ET.parse(path).getroot()
    tokens = [(int(t.get("t_id")), int(t.get("sentence")), t.text or "") for t in root.iter("token")
              if int(t.get("sentence")) <= LAST_ANNOTATED_SENTENCE]
    timexes = []
    dct = None
    markables = root.find("Markables")
    for tx in (markables.iter("TIMEX3") if markables is not None else []):
        anchors = sorted(int(a.get("t_id")) for a in tx.iter("token_anchor"))
        if tx.get("functionInDocument") == "CREATION_TIME":
            dct = tx.get("value")
        if anchors and tx.get("value"):
            timexes.append((anchors[0], anchors[-1], tx.get("type"), tx.get("value"), tx.get("m_id")))
    if dct is None or len(dct) != 10 or dct[4] != "-":
        return None, "no usable CREATION_TIME"
    starts = {first: (last, typ, val, mid) for first, last, typ, val, mid in timexes}
    out = []
    open_until = None
    prev_sentence = None
    prev_text = None
    for tid, sentence, text in tokens:
        if prev_sentence is not None:
            if sentence != prev_sentence:
                out.append("\n")
            elif text not in NO_SPACE_BEFORE and prev_text not in NO_SPACE_AFTER:
                out.append(" ")
        if tid in starts and open_until is None:
            last, typ, val, mid = starts[tid]
            out.append("<TIMEX3 tid=%s type=%s value=%s>" % (quoteattr("t" + mid), quoteattr(typ), quoteattr(val)))
            open_until = last
        out.append(escape(text))
        if open_until == tid:
            out.append("</TIMEX3>")
            open_until = None
        prev_sentence, prev_text = sentence, text
    if open_until is not None:
        out.append("</TIMEX3>")
    doc_id = root.get("doc_name") or root.get("doc_id")
    tml = ('<?xml version="1.0" ?>\n<TimeML>\n<DOCID>%s</DOCID>\n'
           '<DCT><TIMEX3 tid="t0" type="DATE" value=%s functionInDocument="CREATION_TIME">%s</TIMEX3></DCT>\n'
           '<TEXT>\n%s\n</TEXT>\n</TimeML>\n') % (escape(doc_id), quoteattr(dct), escape(dct), "".join(out))
    return tml, None


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        tml, why = convert(path)
        if tml is None:
            print("meantime-tml: skipped %s: %s" % (path, why), file=sys.stderr)
            continue
        name = os.path.splitext(os.path.basename(path))[0] + ".tml"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(tml)


if __name__ == "__main__":
    main()
