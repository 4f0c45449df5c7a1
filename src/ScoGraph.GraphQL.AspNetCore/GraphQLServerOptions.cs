using ScoGraph.GraphQL.Analysis;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// Settings of the GraphQL endpoint. Bindable from configuration (for example a <c>"GraphQL"</c> section);
/// every default is safe for a public server except that the IDE and introspection are on, as analysts need.
/// </summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest JSON array of operations one POST may carry; 0 or less switches batching off.</summary>
    public int MaxBatchSize { get; set; } = 10;

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413 before they are read in full.</summary>
    public long MaxRequestBodySize { get; set; } = 1_000_000;

    /// <summary>
    /// Appended to the 413 message: where the host lets users raise <see cref="MaxRequestBodySize"/> (the setting's
    /// name in its configuration) or send large payloads instead. The engine cannot know either; null adds nothing.
    /// </summary>
    public string? RequestTooLargeHint { get; set; }

    /// <summary>Deepest JSON nesting accepted in a request body (variables included).</summary>
    public int MaxJsonDepth { get; set; } = 64;

    /// <summary>How long one operation may run before it is cancelled and answered with a timeout error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether GET requests may run queries (mutations are never run over GET).</summary>
    public bool AllowGetRequests { get; set; } = true;

    /// <summary>A folder of <c>.graphql</c> files, each an operation clients may name by the SHA-256 of its text.</summary>
    public string? PersistedOperationsDirectory { get; set; }

    /// <summary>Trusted documents: refuse every request that does not name a persisted operation.</summary>
    public bool OnlyPersistedOperations { get; set; }

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (and <c>GET ?sdl</c> answered).</summary>
    public bool EnableIntrospection { get; set; } = true;

    /// <summary>Serve the Banana Cake Pop IDE at <c>{path}/</c>.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>The IDE's window title.</summary>
    public string IdeTitle { get; set; } = "GraphQL";

    /// <summary>Where the IDE's static files are; by default the <c>graphql-ide</c> folder the build copies next to the app.</summary>
    public string? IdeAssetsDirectory { get; set; }

    /// <summary>Static limits applied to every operation before it is validated and run.</summary>
    public QueryLimits Limits { get; set; } = new();

    internal string ResolveIdeAssetsDirectory() =>
        string.IsNullOrWhiteSpace(IdeAssetsDirectory)
            ? Path.Combine(AppContext.BaseDirectory, "graphql-ide")
            : Path.GetFullPath(IdeAssetsDirectory, AppContext.BaseDirectory);
}
