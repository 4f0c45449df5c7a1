// graphql-js side of the benchmark: same SDL, same data shape, same documents as the C# side.
// Usage: node graphql-js-bench.mjs <schema.graphql> <query.graphql> <iterations>
// Prints one JSON line: mean milliseconds per parse+validate+execute (best of three rounds) for the introspection query and the data query.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(resolve(here, '../../tests/tools/package.json'));
const { buildSchema, parse, validate, execute, getIntrospectionQuery } = require('graphql');

const [schemaPath, queryPath, iterationsText] = process.argv.slice(2);
const schema = buildSchema(readFileSync(schemaPath, 'utf8'));
const dataQuery = readFileSync(queryPath, 'utf8');
const introspectionQuery = getIntrospectionQuery();
const iterations = Number(iterationsText ?? '200');

// 10 authors x 10 books x 10 reviews: 1,000 reviews at the third level (1,110 objects in all).
const authors = [];
for (let a = 0; a < 10; a++) {
  const books = [];
  for (let b = 0; b < 10; b++) {
    const reviews = [];
    for (let r = 0; r < 10; r++) {
      const n = a * 100 + b * 10 + r;
      reviews.push({ id: `r${n}`, stars: n % 5 + 1, body: `Review ${n} of book ${a}-${b}`, verified: n % 2 === 0 });
    }
    books.push({ id: `b${a}-${b}`, title: `Book ${a}-${b}`, pages: 100 + b, price: 9.5 + b, reviews });
  }
  authors.push({ id: `a${a}`, name: `Author ${a}`, born: 1900 + a, books });
}
const rootValue = { authors };

function run(source) {
  const document = parse(source);
  const errors = validate(schema, document);
  if (errors.length > 0) throw new Error(errors[0].message);
  const result = execute({ schema, document, rootValue });
  if (result.errors) throw new Error(result.errors[0].message);
  return result;
}

// Best mean of three rounds: the machine may be busy, and the best round is the least disturbed one.
function measure(source) {
  // Warm-up: two seconds of the same work, so V8's optimizing tier has compiled it (as .NET's tiered JIT on our side).
  const warmUntil = process.hrtime.bigint() + 2_000_000_000n;
  while (process.hrtime.bigint() < warmUntil) run(source);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) run(source);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6 / iterations);
  }
  return best;
}

const introspectionMs = measure(introspectionQuery);
const queryMs = measure(dataQuery);
const reviewCount = run(dataQuery).data.authors.flatMap((a) => a.books).flatMap((b) => b.reviews).length;
console.log(JSON.stringify({ introspectionMs, queryMs, reviewCount }));
