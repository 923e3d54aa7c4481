#!/usr/bin/env python3
"""Writes a corpus of stories made of real news sentences, for ingest benchmarks:
    gen_stories.py TML_DIR OUT_DIR N_STORIES [SEED]
Sentences come from the TimeML news files under TML_DIR (their TEXT, tags
removed). Each story has a date line and 6 to 12 sentences: most from one
source article (so a story keeps its actors), some from others. Names in real
news are Zipfian, and so are they here. Writes OUT_DIR/stories-NNN.jsonl, 1,000
stories a file."""
import json, pathlib, random, re, sys


def sentences_of(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    m = re.search(r"<TEXT>(.*?)</TEXT>", text, re.S)
    body = re.sub(r"<[^>]+>", "", m.group(1) if m else "")
    body = re.sub(r"\s+", " ", body)
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", body)
    return [p.strip() for p in parts if 40 <= len(p.strip()) <= 400]


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: gen_stories.py TML_DIR OUT_DIR N_STORIES [SEED]")
    src, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    articles = [s for s in (sentences_of(p) for p in sorted(src.rglob("*.tml"))) if len(s) >= 4]
    if not articles:
        sys.exit("gen_stories: no TimeML articles under %s" % src)
    out.mkdir(parents=True, exist_ok=True)
    f = None
    for i in range(n):
        if i % 1000 == 0:
            if f:
                f.close()
            f = open(out / ("stories-%03d.jsonl" % (i // 1000)), "w", encoding="utf-8")
        home = rng.choice(articles)
        k = rng.randint(6, 12)
        own = rng.sample(home, min(len(home), k - k // 3))
        other = [rng.choice(rng.choice(articles)) for _ in range(k - len(own))]
        year, month, day = rng.randint(1996, 2024), rng.randint(1, 12), rng.randint(1, 28)
        date = "%04d-%02d-%02d" % (year, month, day)
        text = " ".join(own + other)
        f.write(json.dumps({"text": text, "date": date, "outlet": "Story Wire"}) + "\n")
    f.close()


if __name__ == "__main__":
    main()
