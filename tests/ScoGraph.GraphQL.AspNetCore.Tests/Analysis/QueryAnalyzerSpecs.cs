using FsCheck;
using FsCheck.Xunit;
using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.AspNetCore.Tests.Analysis;

/// <summary>The measures static analysis takes of an operation (these tests live here because the HTTP layer owns the limits).</summary>
public sealed class QueryAnalyzerSpecs
{
    /// <summary>A tiny type model: Query.items is a list of Item, Item.children a list of Item, Item.name a String.</summary>
    private sealed class ItemTypes : IAnalysisTypeInfo
    {
        public string? RootTypeName(OperationType operation) => operation == OperationType.Query ? "Query" : null;

        public FieldShape? GetField(string parentTypeName, string fieldName) => (parentTypeName, fieldName) switch
        {
            ("Query", "items") => new FieldShape("Item", IsList: true),
            ("Query", "item") => new FieldShape("Item", IsList: false),
            ("Query", "connection") => new FieldShape("Connection", IsList: false),
            ("Connection", "edges") => new FieldShape("Item", IsList: true),
            ("Query", "byIds") => new FieldShape("Item", IsList: true, ListSize: 50, ListSizeArgument: "ids"),
            ("Item", "children") => new FieldShape("Item", IsList: true),
            ("Item", "name") => new FieldShape("String", IsList: false),
            _ => null,
        };
    }

    private static QueryAnalysis Analyze(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        QueryAnalyzer.Analyze(Parser.Parse(query), operationName, variables, new ItemTypes(), new QueryLimits { DefaultListSize = 10 });

    [Theory]
    [InlineData("{ item { name } }", 2)]
    [InlineData("{ a: item { children { children { name } } } }", 4)]
    [InlineData("{ ... on Query { item { ... { name } } } }", 2)]
    [InlineData("{ ...F } fragment F on Query { item { ...G } } fragment G on Item { children { name } }", 3)]
    public void Depth_counts_field_levels_with_fragments_expanded(string query, int depth) =>
        Assert.Equal(depth, Analyze(query).Depth);

    [Fact]
    public void Aliases_and_root_fields_are_counted_as_execution_would_see_them()
    {
        var analysis = Analyze("{ a: item { n: name } ...F ...F } fragment F on Query { b: item { name } }");

        Assert.Equal(4, analysis.Aliases);     // a, n and b twice
        Assert.Equal(3, analysis.RootFields);  // a, and b twice
    }

    [Theory]
    [InlineData("{ item { name } }", 2)]                                   // 1 + name
    [InlineData("{ items { name } }", 20)]                                 // 10 * (1 + name)
    [InlineData("{ items(first: 3) { name } }", 6)]                        // 3 * (1 + 1)
    [InlineData("{ items(last: 4) { children(first: 2) { name } } }", 20)] // 4 * (1 + 2 * (1 + 1))
    [InlineData("{ connection(first: 5) { edges { name } } }", 15)]        // 5 * (1 + edges 1 * (1 + 1))
    [InlineData("{ __schema { types { name } } __typename }", 0)]          // introspection is free
    public void Cost_multiplies_what_list_fields_select(string query, long cost) =>
        Assert.Equal(cost, Analyze(query).Cost);

    [Theory]
    [InlineData("""{ byIds(ids: ["a", "b", "c"]) { name } }""", 6)] // 3 ids * (1 + name)
    [InlineData("""{ byIds(ids: "a") { name } }""", 2)]              // one value is a list of one
    [InlineData("{ byIds { name } }", 100)]                              // not given: the declared maximum, 50 * 2
    public void A_list_sized_by_an_argument_is_weighed_by_the_entries_given(string query, long cost) =>
        Assert.Equal(cost, Analyze(query).Cost);

    [Fact]
    public void A_list_sized_by_an_argument_given_through_a_variable_counts_its_entries_up_to_its_maximum()
    {
        const string query = "query($ids: [ID!]) { byIds(ids: $ids) { name } }";

        Assert.Equal(8, Analyze(query, new Dictionary<string, object?> { ["ids"] = new object?[] { "a", "b", "c", "d" } }).Cost);
        Assert.Equal(100, Analyze(query, new Dictionary<string, object?> { ["ids"] = Enumerable.Repeat<object?>("x", 70).ToArray() }).Cost);
    }

    [Fact]
    public void A_page_size_given_through_a_variable_is_used()
    {
        var analysis = Analyze("query($n: Int = 7) { items(first: $n) { name } }", new Dictionary<string, object?> { ["n"] = 50 });

        Assert.Equal(100, analysis.Cost);
        Assert.Equal(14, Analyze("query($n: Int = 7) { items(first: $n) { name } }").Cost);
    }

    [Fact]
    public void Only_the_selected_operation_is_measured()
    {
        const string document = "query Small { item { name } } query Big { items(first: 1000) { name } }";

        Assert.Equal(2, Analyze(document, operationName: "Small").Cost);
        Assert.Equal(2000, Analyze(document, operationName: "Big").Cost);
    }

    [Fact]
    public void The_most_directives_on_one_selection_are_reported()
    {
        var analysis = Analyze("{ item @skip(if: false) { name @include(if: true) @skip(if: false) @include(if: true) } }");

        Assert.Equal(3, analysis.MaxDirectivesPerField);
    }

    [Fact]
    public void Introspection_is_detected_even_inside_fragments()
    {
        Assert.True(Analyze("{ ...F } fragment F on Query { __type(name: \"Item\") { name } }").UsesIntrospection);
        Assert.False(Analyze("{ __typename item { __typename } }").UsesIntrospection);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Introspection_counts_its_real_depth_and_graphql_js_s_introspection_queries_pass_the_default_limits(bool full)
    {
        var text = full ? ScoGraph.GraphQL.Utilities.IntrospectionQuery.Full : ScoGraph.GraphQL.Utilities.IntrospectionQuery.Text;

        var analysis = QueryAnalyzer.Analyze(Parser.Parse(text), types: new ItemTypes());

        Assert.InRange(analysis.Depth, 10, QueryLimits.Default.MaxDepth);
        Assert.Null(QueryLimitChecker.Check(analysis, QueryLimits.Default));
    }

    [Fact]
    public void Introspection_nested_beyond_the_depth_limit_is_refused()
    {
        // Issue 11, finding 9: this used to count as depth 1 and run.
        var query = "{ __schema { types { fields { type { " + string.Concat(Enumerable.Repeat("ofType { ", 60)) + "name"
            + string.Concat(Enumerable.Repeat(" }", 60)) + " } } } } }";

        var analysis = QueryAnalyzer.Analyze(Parser.Parse(query), types: new ItemTypes());

        Assert.Equal(65, analysis.Depth);
        Assert.Equal(QueryLimitCodes.TooDeep, QueryLimitChecker.Check(analysis, QueryLimits.Default)!.Extensions!["code"]);
    }

    [Fact]
    public void Fragment_cycles_end_the_walk_instead_of_looping()
    {
        var analysis = Analyze("{ ...A } fragment A on Query { item { name } ...B } fragment B on Query { ...A }");

        Assert.Equal(2, analysis.Cost);
        Assert.Equal(1, analysis.RootFields);
    }

    [Fact]
    public async Task Exponential_fragment_spreads_saturate_at_the_ceiling_instead_of_overflowing_or_hanging()
    {
        // F80 expands to 2^80 aliased fields: counted naively that overflows a long, and walked naively it never ends.
        const long ceiling = long.MaxValue / 4; // the analyzer's saturation point (SaturatingMath.Max)
        var fragments = string.Concat(Enumerable.Range(1, 80).Select(i => $"fragment F{i} on Item {{ ...F{i - 1} ...F{i - 1} }} "));

        // The timeout only turns a hang into a failure; it is not a performance bound.
        var analysis = await Task.Run(() => Analyze("{ item { ...F80 } } fragment F0 on Item { n: name } " + fragments))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ceiling, analysis.Cost);
        Assert.Equal(ceiling, analysis.Aliases);
    }

    [Property(MaxTest = 50)]
    public bool Depth_of_a_nested_chain_is_its_length(PositiveInt levels)
    {
        var depth = Math.Min(levels.Get, 300);
        var query = "{ " + string.Concat(Enumerable.Repeat("item { ", depth - 1)) + "name" + string.Concat(Enumerable.Repeat(" }", depth));
        return Analyze(query).Depth == depth;
    }
}
