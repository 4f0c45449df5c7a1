// graphql-js's parse and print over arbitrary text, for the parser fuzz differential test.
//
// Usage: node oracle/parse-print.mjs <input.json> <output.json>
// Input:  [[utf16 code unit, ...], ...]   (code units, so lone surrogates survive the JSON trip)
// Output: [{ ok: true, printed: [code units] } | { ok: false, message, line, column }, ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { parse, print } from 'graphql';

const [, , inputPath, outputPath] = process.argv;
const toCodes = (text) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

const results = JSON.parse(readFileSync(inputPath, 'utf8')).map((codes) => {
  const source = String.fromCharCode(...codes);
  try {
    return { ok: true, printed: toCodes(print(parse(source))) };
  } catch (error) {
    const [location] = error.locations ?? [{}];
    return { ok: false, message: error.message, line: location.line, column: location.column };
  }
});

writeFileSync(outputPath, JSON.stringify(results));
