// The graphql-js reference server for load comparisons: graphql-http's handler on node's http module, serving
// the same SDL (tests/ScoGraph.GraphQL.AspNetCore.Tests/TestServer/library.graphql) and data as our test server.
// Usage: node reference-server.mjs [port]   (prints "listening <port>" when ready)
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import { authorsById, authors, books } from './library-data.mjs';

const sdlPath = fileURLToPath(new URL('../../ScoGraph.GraphQL.AspNetCore.Tests/TestServer/library.graphql', import.meta.url));
const schema = buildSchema(readFileSync(sdlPath, 'utf8'));

const bookType = schema.getType('Book');
bookType.getFields().author.resolve = (book) => authorsById.get(book.authorId);
const authorType = schema.getType('Author');
authorType.getFields().books.resolve = (author, { first }) =>
  books.filter((b) => b.authorId === author.id).slice(0, first ?? undefined);

const root = {
  hello: ({ name }) => `Hello, ${name}!`,
  book: ({ id }) => books.find((b) => b.id === id) ?? null,
  books: ({ first }) => books.slice(0, Math.max(0, first)),
  authors: () => authors,
  slow: ({ ms }) => {
    if (ms < 0 || ms > 10000) throw new Error('ms must be between 0 and 10000.');
    return new Promise((resolve) => setTimeout(() => resolve(`waited ${ms} ms`), ms));
  },
  addBook: ({ title, year }) => ({ id: 'book-new', title, year, authorId: 'author-1' }),
};

const handler = createHandler({ schema, rootValue: root });
const server = http.createServer((req, res) => {
  if (req.url.startsWith('/graphql')) return handler(req, res);
  res.writeHead(404).end();
});
server.listen(Number(process.argv[2] ?? 0), '127.0.0.1', () => {
  console.log(`listening ${server.address().port}`);
});
