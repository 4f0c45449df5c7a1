using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;
using static ScoGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// The executor dispatches the request's data loaders whenever it runs out of ready work, so a list of N parents
/// whose child field uses a loader costs one call to the data source, not N (counted on an in-memory source).
/// </summary>
public class DataLoaderExecutionSpecs
{
    private static readonly Schema LibrarySchema = Schema("""
        type Query { authors: [Author!]! }
        type Author { id: Int! name: String! country: Country books: [Book!]! }
        type Country { code: String! name: String! }
        type Book { title: String! author: Author! }
        """);

    /// <summary>An in-memory store that counts the calls made to it, optionally answering after a real await.</summary>
    private sealed class CountingStore(bool answerLater)
    {
        public int CountryCalls;
        public int BookCalls;
        public int AuthorCalls;
        public List<int> CountryBatchSizes { get; } = [];

        public readonly Dictionary<string, Dictionary<string, object?>> Countries = new()
        {
            ["FR"] = Obj(("code", "FR"), ("name", "France")),
            ["GB"] = Obj(("code", "GB"), ("name", "United Kingdom")),
        };

        public async Task<IReadOnlyDictionary<string, Dictionary<string, object?>>> FetchCountries(IReadOnlyList<string> codes, CancellationToken ct)
        {
            Interlocked.Increment(ref CountryCalls);
            lock (CountryBatchSizes) CountryBatchSizes.Add(codes.Count);
            if (answerLater) await Task.Delay(1, ct);
            return codes.Where(Countries.ContainsKey).ToDictionary(c => c, c => Countries[c]);
        }

        public async Task<ILookup<int, string>> FetchBooks(IReadOnlyList<int> authorIds, CancellationToken ct)
        {
            Interlocked.Increment(ref BookCalls);
            if (answerLater) await Task.Delay(1, ct);
            return authorIds.SelectMany(id => Enumerable.Range(1, id % 3).Select(n => (id, title: $"Book {n} of {id}")))
                .ToLookup(b => b.id, b => b.title);
        }

        public async Task<IReadOnlyDictionary<int, string>> FetchAuthorNames(IReadOnlyList<int> ids, CancellationToken ct)
        {
            Interlocked.Increment(ref AuthorCalls);
            if (answerLater) await Task.Delay(1, ct);
            return ids.ToDictionary(id => id, id => $"Author {id}");
        }
    }

    private static Dictionary<string, object?> Root(CountingStore store, int authorCount) => Obj(("authors",
        Enumerable.Range(1, authorCount).Select(id => Author(store, id)).ToArray()));

    private static Dictionary<string, object?> Author(CountingStore store, int id) => Obj(
        ("id", id),
        ("name", $"Author {id}"),
        ("country", (FieldResolver)(async context =>
            await context.DataLoaders.Batch<string, Dictionary<string, object?>>("countries", store.FetchCountries)
                .LoadAsync(id % 2 == 0 ? "FR" : "GB"))),
        ("books", (FieldResolver)(async context =>
        {
            var titles = await context.DataLoaders.Group<int, string>("books", store.FetchBooks).LoadAsync(id);
            return titles.Select(title => Obj(("title", title), ("author", (FieldResolver)(async inner =>
            {
                var name = await inner.DataLoaders.Batch<int, string>("authorNames", store.FetchAuthorNames).LoadAsync(id);
                return Obj(("id", id), ("name", name));
            })))).ToArray();
        })));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hundred_parents_cost_one_batch_call_for_their_loader_backed_child(bool sourceAnswersLater)
    {
        var store = new CountingStore(sourceAnswersLater);

        var result = await Execute(LibrarySchema, "{ authors { id country { code name } } }", Root(store, 100));

        Assert.Null(result.Errors);
        Assert.Equal(1, store.CountryCalls);
        Assert.Equal([2], store.CountryBatchSizes); // distinct keys only: FR and GB
        var authors = Assert.IsType<object?[]>(result.Data!["authors"]);
        Assert.Equal(100, authors.Length);
        var second = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(authors[1]);
        var country = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(second["country"]);
        Assert.Equal("France", country["name"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_level_of_loader_backed_fields_costs_one_call_per_loader(bool sourceAnswersLater)
    {
        var store = new CountingStore(sourceAnswersLater);

        var result = await Execute(LibrarySchema, "{ authors { country { code } books { title author { name } } } }", Root(store, 100));

        Assert.Null(result.Errors);
        Assert.Equal((1, 1, 1), (store.CountryCalls, store.BookCalls, store.AuthorCalls));
        var json = ResultJson.Text(result);
        Assert.Contains("""{"country":{"code":"FR"},"books":[{"title":"Book 1 of 4","author":{"name":"Author 4"}}]}""", json);
    }

    [Fact]
    public async Task A_failing_data_source_fails_every_field_that_waited_on_it()
    {
        var schema = Schema("type Query { items: [Item] } type Item { id: Int detail: String }");
        var calls = 0;
        Task<IReadOnlyDictionary<int, string>> Broken(IReadOnlyList<int> keys, CancellationToken ct)
        {
            calls++;
            throw new InvalidOperationException("store unavailable");
        }
        var root = Obj(("items", Enumerable.Range(1, 3).Select(id => Obj(("id", id), ("detail", (FieldResolver)(async context =>
            await context.DataLoaders.Batch<int, string>("details", Broken).LoadAsync(id))))).ToArray()));

        var json = await Json(schema, "{ items { id detail } }", root);

        Assert.Equal(1, calls);
        Assert.Equal(
            """{"errors":[{"message":"store unavailable","locations":[{"line":1,"column":14}],"path":["items",0,"detail"]},{"message":"store unavailable","locations":[{"line":1,"column":14}],"path":["items",1,"detail"]},{"message":"store unavailable","locations":[{"line":1,"column":14}],"path":["items",2,"detail"]}],"data":{"items":[{"id":1,"detail":null},{"id":2,"detail":null},{"id":3,"detail":null}]}}""",
            json);
    }

    [Fact]
    public async Task Keys_asked_for_off_the_executors_loop_are_still_dispatched()
    {
        var schema = Schema("type Query { items: [Item] } type Item { detail: String }");
        var calls = 0;
        Task<IReadOnlyDictionary<int, string>> Details(IReadOnlyList<int> keys, CancellationToken ct)
        {
            Interlocked.Increment(ref calls);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(k => k, k => $"detail {k}"));
        }
        var root = Obj(("items", Enumerable.Range(1, 5).Select(id => Obj(("detail", (FieldResolver)(async context =>
        {
            await Task.Delay(1).ConfigureAwait(false); // now on the thread pool, outside the executor's loop
            return await context.DataLoaders.Batch<int, string>("details", Details).LoadAsync(id);
        })))).ToArray()));

        var json = await Json(schema, "{ items { detail } }", root).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("""{"data":{"items":[{"detail":"detail 1"},{"detail":"detail 2"},{"detail":"detail 3"},{"detail":"detail 4"},{"detail":"detail 5"}]}}""", json);
        Assert.InRange(calls, 1, 5);
    }

    public sealed record AuthorRow(int Id, string CountryCode);

    public sealed record CountryRow(string Code, string Region);

    public sealed record RegionRow(string Name);

    [Fact]
    public async Task Resolvers_bound_with_BindAsync_keep_every_level_in_one_batch()
    {
        var countryCalls = 0;
        var regionCalls = 0;
        var schema = SchemaBuilder.FromSdl("""
                type Query { authors: [Author!]! }
                type Author { id: Int! country: Country }
                type Country { code: String! region: Region }
                type Region { name: String! }
                """)
            .Bind("Query", "authors", _ => Enumerable.Range(1, 50).Select(i => new AuthorRow(i, i % 2 == 0 ? "FR" : "DE")).ToArray())
            .BindAsync<AuthorRow, CountryRow?>("Author", "country", (author, context) =>
                context.DataLoaders.Batch<string, CountryRow>("countries", (codes, _) =>
                {
                    countryCalls++;
                    return Task.FromResult<IReadOnlyDictionary<string, CountryRow>>(codes.ToDictionary(c => c, c => new CountryRow(c, "Europe " + c)));
                }).LoadAsync(author.CountryCode))
            .BindAsync<CountryRow, RegionRow?>("Country", "region", async (country, context) =>
            {
                return await context.DataLoaders.Batch<string, RegionRow>("regions", async (names, _) =>
                {
                    regionCalls++;
                    await Task.Delay(1);
                    return names.ToDictionary(n => n, n => new RegionRow(n));
                }).LoadAsync(country.Region);
            })
            .Build();

        var json = ExecutionResultJsonOf(await Execute(schema, "{ authors { id country { code region { name } } } }"));

        Assert.Contains("""{"id":2,"country":{"code":"FR","region":{"name":"Europe FR"}}}""", json);
        Assert.Equal((1, 1), (countryCalls, regionCalls));
    }

    private static string ExecutionResultJsonOf(GraphQL.Execution.ExecutionResult result) => ResultJson.Text(result);
}
