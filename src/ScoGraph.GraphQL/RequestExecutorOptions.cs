using ScoGraph.GraphQL.Analysis;
using ScoGraph.GraphQL.Diagnostics;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL;

/// <summary>How a <see cref="RequestExecutor"/> treats requests; the defaults suit tests and trusted tooling.</summary>
public sealed record RequestExecutorOptions
{
    /// <summary>
    /// Static limits checked before validation (text size first, before parsing). None by default; servers open to
    /// the public pass <see cref="QueryLimits.Default"/> or their own.
    /// </summary>
    public QueryLimits Limits { get; init; } = QueryLimits.None;

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried.</summary>
    public bool AllowIntrospection { get; init; } = true;

    /// <summary>Rules checked after the spec's own.</summary>
    public IReadOnlyList<IValidationRule> ExtraValidationRules { get; init; } = [];

    /// <summary>Longest an execution may run before it is stopped with an error; null for no limit.</summary>
    public TimeSpan? MaxExecutionTime { get; init; }

    /// <summary>Builds the root value (the parent of root fields) for each request; null gives a null root.</summary>
    public Func<GraphQLRequest, IServiceProvider?, object?>? RootValueFactory { get; init; }

    /// <summary>Told of each request's steps (parse, validate, execute, DataLoader batches, errors); none by default.</summary>
    public IReadOnlyList<IExecutionDiagnosticEventListener> DiagnosticEventListeners { get; init; } = [];

    /// <summary>Turn exceptions resolvers throw into the errors clients see, first claim wins.</summary>
    public IReadOnlyList<IErrorFilter> ErrorFilters { get; init; } = [];

    /// <summary>
    /// Whether exceptions no <see cref="ErrorFilters"/> claims reach clients as "Unexpected error" with
    /// <c>extensions.code = INTERNAL_SERVER_ERROR</c> (and the request's id) instead of their own message, which may
    /// hold internals. On by default; tests comparing with graphql-js switch it off.
    /// </summary>
    public bool MaskUnexpectedErrors { get; init; } = true;

    /// <summary>How many distinct query texts keep their parsed and validated document.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>
    /// The most query text, in characters, the document cache keeps in all. Parsed trees take roughly 70 bytes per
    /// character, so the default holds the trees to about 70 MB.
    /// </summary>
    public long DocumentCacheMaxTextLength { get; init; } = 1_000_000;
}
