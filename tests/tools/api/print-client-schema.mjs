// Prints, with graphql-js, the SDL a client rebuilds from a server's introspection result.
//
// Usage (working directory: tests/tools):
//   node api/print-client-schema.mjs --query      prints the introspection query to send (graphql-js's own, every option
//                                                 our schema uses: descriptions, specifiedByURL, repeatable directives,
//                                                 schema description, deprecated input values)
//   node api/print-client-schema.mjs < result.json
//                                                 reads a GraphQL response ({ data: { __schema } }) or its data object on
//                                                 stdin and prints printSchema(buildClientSchema(data)) plus a newline,
//                                                 the form schema/scograph.graphql is stored in.
// Exits 1 with the reason on stderr when the result has errors or does not build a schema.
import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const OPTIONS = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
};

if (process.argv.includes('--query')) {
  process.stdout.write(getIntrospectionQuery(OPTIONS));
  process.exit(0);
}

const response = JSON.parse(readFileSync(0, 'utf8'));
if (response.errors?.length) {
  console.error(`the introspection result has errors: ${JSON.stringify(response.errors)}`);
  process.exit(1);
}
const data = response.data ?? response;
try {
  process.stdout.write(printSchema(buildClientSchema(data)) + '\n');
} catch (error) {
  console.error(`graphql-js could not build a client schema: ${error.message}`);
  process.exit(1);
}
