// The library test data, generated exactly as the C# test server generates it (LibraryData.cs):
// 100 books "book-1".."book-100" (title "Book i", year 1900 + i, by author "author-((i % 10) + 1)") and 10 authors.
export const authors = Array.from({ length: 10 }, (_, j) => ({ id: `author-${j + 1}`, name: `Author ${j + 1}` }));
export const books = Array.from({ length: 100 }, (_, k) => {
  const i = k + 1;
  return { id: `book-${i}`, title: `Book ${i}`, year: 1900 + i, authorId: `author-${(i % 10) + 1}` };
});
export const authorsById = new Map(authors.map((a) => [a.id, a]));
