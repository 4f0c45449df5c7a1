namespace ScoGraph.GraphQL.Benchmarks;

// The same data graphql-js-bench.mjs builds: 10 authors x 10 books x 10 reviews, read by the default resolver.
public sealed record Review(string Id, int Stars, string Body, bool Verified);

public sealed record Book(string Id, string Title, int Pages, double Price, IReadOnlyList<Review> Reviews);

public sealed record Author(string Id, string Name, int Born, IReadOnlyList<Book> Books);

public sealed record Library(IReadOnlyList<Author> Authors)
{
    public static Library Build()
    {
        var authors = new List<Author>();
        for (var a = 0; a < 10; a++)
        {
            var books = new List<Book>();
            for (var b = 0; b < 10; b++)
            {
                var reviews = new List<Review>();
                for (var r = 0; r < 10; r++)
                {
                    var n = a * 100 + b * 10 + r;
                    reviews.Add(new Review($"r{n}", n % 5 + 1, $"Review {n} of book {a}-{b}", n % 2 == 0));
                }
                books.Add(new Book($"b{a}-{b}", $"Book {a}-{b}", 100 + b, 9.5 + b, reviews));
            }
            authors.Add(new Author($"a{a}", $"Author {a}", 1900 + a, books));
        }
        return new Library(authors);
    }
}
