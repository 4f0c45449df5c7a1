using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>What running one operation of a request gave: a GraphQL result, or a refusal with its own HTTP status.</summary>
public readonly record struct GraphQLOperationOutcome(ExecutionResult? Result, HttpRefusal? Refusal)
{
    public static implicit operator GraphQLOperationOutcome(ExecutionResult result) => new(result, null);

    public static implicit operator GraphQLOperationOutcome(HttpRefusal refusal) => new(null, refusal);
}
