namespace ScoGraph.Api.Schema.Nodes;

/// <summary>
/// The knowledge time a request's root field reads at (<c>knownAt</c>); every node below it carries the same scope,
/// so nested fields read what the graph said at that moment. A null <see cref="KnownAt"/> is current knowledge.
/// </summary>
public sealed record ReadScope(DateTimeOffset? KnownAt)
{
    public static ReadScope Current { get; } = new((DateTimeOffset?)null);

    /// <summary>A text key for DataLoader names, so loaders of different knowledge times never share a cache.</summary>
    public string Key => KnownAt is DateTimeOffset t ? t.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture) : "now";
}
