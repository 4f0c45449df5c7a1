using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>A document facts cite: news article, official statement, web page.</summary>
public sealed record Source : Entity
{
    public override EntityKind Kind => EntityKind.Source;
    public required string Title { get; init; }
    public string? Publisher { get; init; }
    public string? Url { get; init; }
    public PartialDate? Published { get; init; }

    /// <summary>BCP 47 language tag (<c>en</c>, <c>ru</c>).</summary>
    public string? Language { get; init; }

    public string? Excerpt { get; init; }
}
