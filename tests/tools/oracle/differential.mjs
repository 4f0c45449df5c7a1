// The graphql-js oracle for ScoGraph's differential tests.
//
// Usage: node oracle/differential.mjs <input.json> <output.json>
// Input:  { schemas: { name: sdl }, data: { name: rootValue }, cases: [{ id, schema, document, variables?, operationName? }] }
// Output: { graphqlVersion, schemas: { name: { buildError?, printSchema, introspection: {query, result},
//           introspectionFull: {query, result} } },
//           cases: [{ id, parse: { ok, errors? }, validation?: [errors], execution?: result, response?: result }] }
// `response` is what graphql() (parse + validate + execute in one call) answers, as a server would send it.
// Errors are reduced to { message, locations } (and path for execution), exactly as JSON.stringify shows them.
import { readFileSync, writeFileSync } from 'node:fs';
import {
  buildSchema,
  execute,
  getIntrospectionQuery,
  graphql,
  parse,
  print,
  printSchema,
  validate,
  version,
} from 'graphql';

const [, , inputPath, outputPath] = process.argv;
if (!inputPath || !outputPath) {
  console.error('usage: node oracle/differential.mjs <input.json> <output.json>');
  process.exit(2);
}

const input = JSON.parse(readFileSync(inputPath, 'utf8'));

const FULL_OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

// Only what a client sees: message and locations (execution adds path).
const plainError = (error) => {
  const plain = { message: error.message };
  if (error.locations) plain.locations = error.locations.map(({ line, column }) => ({ line, column }));
  return plain;
};

// A JSON round trip gives exactly what JSON.stringify(result) would send over HTTP.
const asJson = (value) => JSON.parse(JSON.stringify(value));

async function runIntrospection(schema, query) {
  const result = await execute({ schema, document: parse(query) });
  return { query, result: asJson(result) };
}

const schemas = {};
const built = {};
for (const [name, sdl] of Object.entries(input.schemas)) {
  try {
    const schema = buildSchema(sdl);
    built[name] = schema;
    schemas[name] = {
      printSchema: printSchema(schema),
      introspection: await runIntrospection(schema, getIntrospectionQuery()),
      introspectionFull: await runIntrospection(schema, getIntrospectionQuery(FULL_OPTIONS)),
    };
  } catch (error) {
    schemas[name] = { buildError: String(error && error.message) };
  }
}

const cases = [];
for (const testCase of input.cases) {
  const outcome = { id: testCase.id };
  cases.push(outcome);
  const schema = built[testCase.schema];
  const rootValue = input.data?.[testCase.schema] ?? {};
  if (schema) {
    outcome.response = asJson(
      await graphql({
        schema,
        source: testCase.document,
        rootValue,
        variableValues: testCase.variables ?? undefined,
        operationName: testCase.operationName ?? undefined,
      }),
    );
  }

  let document;
  try {
    document = parse(testCase.document);
    outcome.parse = { ok: true, printed: print(document) };
  } catch (error) {
    outcome.parse = { ok: false, errors: [plainError(error)] };
    continue;
  }

  if (!schema) continue;

  const validationErrors = validate(schema, document);
  outcome.validation = validationErrors.map(plainError);
  if (validationErrors.length > 0) continue;

  try {
    const result = await execute({
      schema,
      document,
      rootValue,
      variableValues: testCase.variables ?? undefined,
      operationName: testCase.operationName ?? undefined,
    });
    outcome.execution = asJson(result);
  } catch (error) {
    outcome.executionThrew = String(error && error.message);
  }
}

writeFileSync(outputPath, JSON.stringify({ graphqlVersion: version, schemas, cases }));
