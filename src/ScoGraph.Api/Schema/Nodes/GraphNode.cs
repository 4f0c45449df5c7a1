using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Api.Schema.Nodes;

/// <summary>
/// What the schema's entity types (<c>State</c>, <c>Official</c>, <c>Meeting</c>...) resolve from: the domain entity and
/// the knowledge time its fields read at. Build one with <see cref="GraphNodes.From(Entity, ReadScope?)"/>.
/// </summary>
public sealed record GraphNode<T>(T Entity, ReadScope Scope) where T : Entity
{
    public string Id => Entity.Id;

    /// <summary>How surely it holds on the date a list was asked for (a tenure's <c>certainty</c>); CERTAIN when no date was asked.</summary>
    public Certainty Certainty { get; init; } = Certainty.Certain;
}
