// DuckDB side of scripts/bench-query.sh: runs LOAD_SQL (untimed), then
// QUERY_SQL (timed), and prints "<count> <query seconds> <query CPU seconds>"
// (CPU: user + system time of all of DuckDB's threads). The query must return
// one row with one count.
//   node bench/duckdb/bench.mjs LOAD_SQL QUERY_SQL
import { DuckDBInstance } from "@duckdb/node-api";

const [loadSql, querySql] = process.argv.slice(2);
if (!loadSql || !querySql) {
  console.error("usage: node bench.mjs LOAD_SQL QUERY_SQL");
  process.exit(2);
}
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
await connection.run(loadSql);
const start = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
const reader = await connection.runAndReadAll(querySql);
const cpu = process.cpuUsage(cpu0);
const secs = Number(process.hrtime.bigint() - start) / 1e9;
const cpuSecs = (cpu.user + cpu.system) / 1e6;
console.log(`${reader.getRows()[0][0]} ${secs.toFixed(3)} ${cpuSecs.toFixed(3)}`);
connection.closeSync();
