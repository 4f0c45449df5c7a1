using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

/// <summary>Builds the library schema from <c>library.graphql</c> with resolvers bound over <see cref="LibraryData"/>.</summary>
public static class LibrarySchema
{
    public static string Sdl { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestServer", "library.graphql"));

    public static Schema Create(LibraryData data) =>
        SchemaBuilder.FromSdl(Sdl)
            .Bind("Query", "hello", context =>
            {
                data.CountCall();
                return $"Hello, {context.Argument<string>("name")}!";
            })
            .Bind("Query", "book", context =>
            {
                data.CountCall();
                var id = context.Argument<string>("id");
                return data.Books.FirstOrDefault(b => b.Id == id);
            })
            .Bind("Query", "books", context =>
            {
                data.CountCall();
                return data.Books.Take(Math.Max(0, context.Argument<int>("first")));
            })
            .Bind("Query", "authors", _ =>
            {
                data.CountCall();
                return data.Authors;
            })
            .BindAsync("Query", "slow", async context =>
            {
                data.CountCall();
                var ms = context.Argument<int>("ms");
                if (ms is < 0 or > 10_000) throw new GraphQLException("ms must be between 0 and 10000.");
                // Counted when the request's token fires (client gone, timeout), whatever happens to the wait after.
                using var cancelled = context.CancellationToken.Register(data.CountCancellation);
                data.SlowResolverStarted.TrySetResult();
                await Task.Delay(ms, context.CancellationToken);
                return $"waited {ms} ms";
            })
            .Bind("Book", "author", context =>
            {
                data.CountCall();
                return data.AuthorOf((Book)context.Parent!);
            })
            .Bind("Author", "books", context =>
            {
                data.CountCall();
                var author = (Author)context.Parent!;
                var books = data.Books.Where(b => b.AuthorId == author.Id);
                return context.HasArgument("first") && context.Arguments["first"] is int first ? books.Take(first) : books;
            })
            .Bind("Mutation", "addBook", context =>
            {
                data.CountCall();
                return new Book("book-new", context.Argument<string>("title"), context.Argument<int>("year"), "author-1");
            })
            .Build();
}
