using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document against a schema (spec 6, graphql-js <c>execute</c>): selects the operation,
/// coerces the variables, then runs the operation (queries concurrently, mutations serially).
/// Request errors (no such operation, bad variables) give a result without data; field errors give partial data.
/// Throws <see cref="OperationCanceledException"/> only when <see cref="ExecutionArgs.CancellationToken"/> is cancelled.
/// </summary>
public static class Executor
{
    public static Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(args.Schema);
        ArgumentNullException.ThrowIfNull(args.Document);
        args.CancellationToken.ThrowIfCancellationRequested();

        if (!TrySelectOperation(args.Document, args.OperationName, out var operation, out var fragments, out var selectionError))
        {
            return Task.FromResult(ExecutionResult.FromErrors([Coded(args, selectionError, ErrorCodes.OperationResolutionFailure)]));
        }
        if (!InputCoercion.TryCoerceVariableValues(args.Schema, operation.VariableDefinitions, args.Variables, out var variables, out var variableErrors))
        {
            return Task.FromResult(ExecutionResult.FromErrors(args.AddErrorCodes
                ? [.. variableErrors.Select(e => ErrorCodes.WithDefault(e, ErrorCodes.BadUserInput))]
                : variableErrors));
        }

        var rootType = operation.Operation switch
        {
            OperationType.Query => args.Schema.QueryType,
            OperationType.Mutation => args.Schema.MutationType,
            _ => args.Schema.SubscriptionType,
        };
        if (rootType is null)
        {
            var error = GraphQLError.At($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", operation);
            return Task.FromResult(new ExecutionResult(null, [Coded(args, error, ErrorCodes.OperationNotSupported)]));
        }

        // Subscriptions run their root fields once, as graphql-js's execute() does; streams are not supported.
        var execution = new OperationExecution(args, operation, fragments, variables, args.CancellationToken);
        return RunAsync(execution, rootType, args.MaskUnexpectedErrors);
    }

    private static GraphQLError Coded(ExecutionArgs args, GraphQLError error, string code) =>
        args.AddErrorCodes ? ErrorCodes.WithDefault(error, code) : error;

    private static async Task<ExecutionResult> RunAsync(OperationExecution execution, ObjectType rootType, bool mask)
    {
        try
        {
            return await execution.RunAsync(rootType).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (execution.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception unexpected)
        {
            // A fault in the engine itself must still answer as GraphQL, never crash the request.
            var message = mask ? ErrorCodes.UnexpectedErrorMessage : $"Unexpected error during execution: {unexpected.Message}";
            return new ExecutionResult(null, [mask ? ErrorCodes.WithDefault(new GraphQLError(message), ErrorCodes.InternalServerError) : new GraphQLError(message)]);
        }
    }

    /// <summary>The operation to run (spec 6.1 GetOperation) and the document's fragments by name.</summary>
    public static bool TrySelectOperation(
        DocumentNode document, string? operationName,
        out OperationDefinitionNode operation, out IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, out GraphQLError error)
    {
        var byName = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        fragments = byName;
        return TrySelectOperation(document, operationName, byName, out operation, out error);
    }

    /// <summary>The operation to run, collecting the fragments by name into <paramref name="fragments"/> when given.</summary>
    internal static bool TrySelectOperation(
        DocumentNode document, string? operationName, Dictionary<string, FragmentDefinitionNode>? fragments,
        out OperationDefinitionNode operation, out GraphQLError error)
    {
        OperationDefinitionNode? selected = null;
        operation = null!;
        error = null!;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate when operationName is null:
                    if (selected is not null)
                    {
                        error = new GraphQLError("Must provide operation name if query contains multiple operations.");
                        return false;
                    }
                    selected = candidate;
                    break;
                case OperationDefinitionNode candidate when candidate.Name?.Value == operationName:
                    selected = candidate;
                    break;
                case FragmentDefinitionNode fragment when fragments is not null:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }
        if (selected is null)
        {
            error = new GraphQLError(operationName is not null ? $"Unknown operation named \"{operationName}\"." : "Must provide an operation.");
            return false;
        }
        operation = selected;
        return true;
    }

    internal static string OperationName(OperationType type) => type switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
