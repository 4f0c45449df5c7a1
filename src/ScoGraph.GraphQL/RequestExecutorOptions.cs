using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL;

/// <summary>How a <see cref="RequestExecutor"/> treats requests; the defaults suit tests and small servers.</summary>
public sealed record RequestExecutorOptions
{
    /// <summary>Rules checked after the spec's own (e.g. depth or cost limits added by the HTTP layer).</summary>
    public IReadOnlyList<IValidationRule> ExtraValidationRules { get; init; } = [];

    /// <summary>Longest an execution may run before it is stopped with an error; null for no limit.</summary>
    public TimeSpan? MaxExecutionTime { get; init; }

    /// <summary>Builds the root value (the parent of root fields) for each request; null gives a null root.</summary>
    public Func<GraphQLRequest, IServiceProvider?, object?>? RootValueFactory { get; init; }

    /// <summary>How many distinct query texts keep their parsed and validated document.</summary>
    public int DocumentCacheSize { get; init; } = 1000;
}
