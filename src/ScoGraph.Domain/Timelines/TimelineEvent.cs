using ScoGraph.Domain.Facts;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Timelines;

/// <summary>
/// One dated event, read off a fact: its date (with the date's own precision), what happened, the fact it comes
/// from (subject, predicate, other end, value, sources, version) and — when a range was asked — how surely the
/// event lies in it.
/// </summary>
public sealed record TimelineEvent(PartialDate Date, TimelineEventKind Kind, FactRecord Fact, Certainty Certainty = Certainty.Certain)
{
    public DatePrecision Precision => Date.Precision;
    public string ItemId => Fact.Fact.ItemId;
    public IReadOnlyList<SourceRef> Sources => Fact.Fact.Sources;
}
