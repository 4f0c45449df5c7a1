namespace ScoGraph.GraphQL.Execution;

/// <summary>The services of an execution started without any: asking for one answers null.</summary>
internal sealed class EmptyServiceProvider : IServiceProvider
{
    public static readonly EmptyServiceProvider Instance = new();

    public object? GetService(Type serviceType) => null;
}
