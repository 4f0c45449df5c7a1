using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Tests.Support;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Tests.Execution;

/// <summary>
/// Helpers shared by the execution specs: schemas from SDL, data as dictionaries (whose values may be resolver
/// functions, as graphql-js's default resolver allows), and results compared as the JSON clients would see.
/// </summary>
internal static class ExecutionTestKit
{
    public static Schema Schema(string sdl) => SchemaBuilder.FromSdl(sdl).Build();

    public static Task<ExecutionResult> Execute(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null, CancellationToken cancellationToken = default) =>
        Executor.ExecuteAsync(new ExecutionArgs(schema, Parser.Parse(query), operationName, variables, root, null, cancellationToken));

    public static async Task<string> Json(Schema schema, string query, object? root = null,
        IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        ResultJson.Text(await Execute(schema, query, root, variables, operationName));

    public static Dictionary<string, object?> Obj(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    public static Dictionary<string, object?> Vars(params (string Key, object? Value)[] entries) => Obj(entries);

    /// <summary>A resolver function stored as a data value.</summary>
    public static FieldResolver Resolve(Func<IResolverContext, object?> resolve) => context => new ValueTask<object?>(resolve(context));

    /// <summary>
    /// A resolver that completes only after a real await (a yield when no delay is given, like graphql-js's
    /// <c>await null</c>), so the executor must defer the field.
    /// </summary>
    public static FieldResolver ResolveLater(Func<IResolverContext, object?> resolve, int delayMilliseconds = 0) => async context =>
    {
        if (delayMilliseconds > 0) await Task.Delay(delayMilliseconds, context.CancellationToken);
        else await Task.Yield();
        return resolve(context);
    };

    public static FieldResolver Fail(string message) => _ => throw new InvalidOperationException(message);

    public static FieldResolver FailLater(string message) => async _ =>
    {
        await Task.Yield();
        throw new InvalidOperationException(message);
    };
}
