using ScoGraph.Domain.Time;
using ScoGraph.Domain.Versions;

namespace ScoGraph.Domain.Facts;

/// <summary>A fact as read from a store: the version that stated it, and how surely it holds on the asked date.</summary>
/// <param name="Certainty">For an as-of or range query, the answer of <see cref="ValidityBounds"/>;
/// <see cref="Time.Certainty.Certain"/> when no valid date was asked.</param>
public sealed record FactRecord(Fact Fact, VersionInfo Version, Certainty Certainty);
