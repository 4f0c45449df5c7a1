using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Api.Schema.Nodes;

// Small objects the schema's value types resolve from; each carries the read scope for the entities it points at.

/// <summary><c>Participation</c>: one participant of a meeting.</summary>
public sealed record ParticipationNode(Participant Participant, ReadScope Scope);

/// <summary><c>AgreementParty</c>: one party of an agreement.</summary>
public sealed record AgreementPartyNode(AgreementParty Party, ReadScope Scope);

/// <summary><c>MembershipEntry</c>: a state's status on the date asked.</summary>
public sealed record MembershipEntryNode(string State, MembershipStatus Status, PartialDate? Since, Certainty Certainty, ReadScope Scope);

/// <summary><c>ConflictClaim</c>: one value of a conflict and the citations that state it.</summary>
public sealed record ConflictClaimNode(string Value, IReadOnlyList<SourceRef> Sources, ReadScope Scope);

/// <summary><c>Citation</c>: a cited source with the quote that backs the fact.</summary>
public sealed record CitationNode(GraphNode<Source> Source, string? Quote);

/// <summary><c>SearchResult</c>: a hit (its node is a <see cref="GraphNode{T}"/>).</summary>
public sealed record SearchResultNode(object Node, string Matched, double Score);
