// Runs graphql-http's GraphQL-over-HTTP conformance audits (serverAudits) against a running server and prints
// one JSON array on stdout: [{ id, name, status: "ok" | "warn" | "error", reason }].
// Usage: node audit-graphql-http.mjs http://127.0.0.1:5080/graphql
import { serverAudits } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit-graphql-http.mjs <graphql endpoint url>');
  process.exit(2);
}

const results = [];
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  results.push({ id: audit.id, name: audit.name, status: result.status, reason: result.reason ?? null });
}
process.stdout.write(JSON.stringify(results, null, 1));
