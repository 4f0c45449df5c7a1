namespace ScoGraph.GraphQL.AspNetCore.Tests.TestServer;

public sealed record Book(string Id, string Title, int Year, string AuthorId);

public sealed record Author(string Id, string Name);

/// <summary>
/// The test schema's data, generated exactly as <c>tests/tools/load/library-data.mjs</c> generates it for the
/// graphql-js reference server: 100 books and 10 authors. Counts resolver calls so tests can prove that a refused
/// request ran none.
/// </summary>
public sealed class LibraryData
{
    private int _resolverCalls;
    private int _cancelledResolvers;

    public IReadOnlyList<Author> Authors { get; } =
        Enumerable.Range(1, 10).Select(j => new Author($"author-{j}", $"Author {j}")).ToArray();

    public IReadOnlyList<Book> Books { get; } =
        Enumerable.Range(1, 100).Select(i => new Book($"book-{i}", $"Book {i}", 1900 + i, $"author-{(i % 10) + 1}")).ToArray();

    public int ResolverCalls => Volatile.Read(ref _resolverCalls);

    /// <summary>How many resolvers stopped because their request was cancelled (client gone, timeout).</summary>
    public int CancelledResolvers => Volatile.Read(ref _cancelledResolvers);

    /// <summary>Completes when a <c>slow</c> resolver has begun its wait, so a test can act while it is running.</summary>
    public TaskCompletionSource SlowResolverStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when a resolver's cancellation has been counted.</summary>
    public TaskCompletionSource ResolverCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void CountCancellation()
    {
        Interlocked.Increment(ref _cancelledResolvers);
        ResolverCancelled.TrySetResult();
    }

    /// <summary>Called by every resolver of the test schema.</summary>
    public void CountCall() => Interlocked.Increment(ref _resolverCalls);

    public Author AuthorOf(Book book) => Authors[int.Parse(book.AuthorId["author-".Length..]) - 1];
}
