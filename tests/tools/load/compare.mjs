// Load comparison (not run in CI): drives our server and a graphql-js reference server (graphql-http's handler on
// node's http module, same schema and data: reference-server.mjs) with wrk, one after the other, and prints
// requests/s, p99 latency and errors for both, plus the throughput ratio.
// Usage: node load/compare.mjs <our endpoint url> [seconds=60] [connections=32]
// Needs wrk (Debian: apt-get install wrk). The documented way to run it is the opt-in xunit test
// (see tests/ScoGraph.GraphQL.AspNetCore.Tests/LoadComparisonSpecs.cs), which starts our server first.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [ours, secondsArg, connectionsArg] = process.argv.slice(2);
if (!ours) {
  console.error('usage: node load/compare.mjs <our endpoint url> [seconds] [connections]');
  process.exit(2);
}
const seconds = Number(secondsArg ?? 60);
const connections = Number(connectionsArg ?? 32);
const query = '{ books(first: 10) { id title year author { id name } } }';
const body = JSON.stringify({ query });
const script = fileURLToPath(new URL('./graphql-post.lua', import.meta.url));

if (spawnSync('wrk', ['--version']).error) {
  console.error('wrk is not installed (Debian: apt-get install wrk)');
  process.exit(3);
}

function runWrk(url) {
  const run = spawnSync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, url], {
    env: { ...process.env, GRAPHQL_BODY: body },
    encoding: 'utf8',
  });
  const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`wrk gave no result: ${run.stdout} ${run.stderr}`);
  const values = Object.fromEntries(line.slice(7).trim().split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
  const errors = values.non2xx + values.errors_connect + values.errors_read + values.errors_write + values.errors_timeout;
  return {
    url,
    requests: values.requests,
    requestsPerSecond: Math.round(values.requests / (values.duration_us / 1e6)),
    p50Ms: values.p50_us / 1000,
    p99Ms: values.p99_us / 1000,
    errors,
  };
}

async function startReference() {
  const child = spawn('node', [fileURLToPath(new URL('./reference-server.mjs', import.meta.url)), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      const match = /listening (\d+)/.exec(String(chunk));
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`reference server exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

// Same answer from both, before measuring anything.
async function fetchAnswer(url) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return JSON.stringify(await res.json());
}

const reference = await startReference();
try {
  const [ourAnswer, referenceAnswer] = await Promise.all([fetchAnswer(ours), fetchAnswer(reference.url)]);
  if (ourAnswer !== referenceAnswer) throw new Error(`the servers answer differently:\n${ourAnswer}\n${referenceAnswer}`);

  const ourResult = runWrk(ours);
  const referenceResult = runWrk(reference.url);
  const ratio = ourResult.requestsPerSecond / referenceResult.requestsPerSecond;
  const summary = { query, seconds, connections, ours: ourResult, graphqlJs: referenceResult, throughputRatio: Number(ratio.toFixed(2)) };
  console.log(`ScoGraph  : ${ourResult.requestsPerSecond} req/s, p99 ${ourResult.p99Ms} ms, ${ourResult.errors} errors`);
  console.log(`graphql-js: ${referenceResult.requestsPerSecond} req/s, p99 ${referenceResult.p99Ms} ms, ${referenceResult.errors} errors`);
  console.log(`ratio     : ${ratio.toFixed(2)}x`);
  console.log('JSON ' + JSON.stringify(summary));
} finally {
  reference.child.kill();
}
