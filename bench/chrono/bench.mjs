// chrono-node on the corpus written by `timex_bench --write-corpus FILE`:
//   node bench/chrono/bench.mjs FILE.jsonl
// Each line is {"date": "YYYY-MM-DD", "text": ...}; the date is chrono's
// reference date. Reading and JSON parsing are outside the timed loop.
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const file = process.argv[2];
if (!file) {
  console.error("usage: node bench.mjs CORPUS.jsonl");
  process.exit(2);
}
const docs = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.length > 0)
  .map((line) => JSON.parse(line))
  .map((d) => ({ text: d.text, ref: new Date(`${d.date}T12:00:00Z`) }));
const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text, "utf8"), 0);

let found = 0;
const start = process.hrtime.bigint();
for (const d of docs) found += chrono.parse(d.text, d.ref).length;
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const mb = bytes / 1e6;
const rssMb = process.resourceUsage().maxRSS / 1024; // KiB on Linux
console.log(
  `chrono  ${mb.toFixed(1)} MB  ${docs.length} docs  ${secs.toFixed(2)} s  ` +
    `${(mb / secs).toFixed(2)} MB/s  ${found} dates  peak RSS ${rssMb.toFixed(0)} MB`,
);
