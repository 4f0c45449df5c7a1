using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Membership;

/// <summary>"State had status S in organization O on the asked day, with this certainty", and the period behind it.</summary>
public sealed record MembershipStanding(string State, string Organization, MembershipStatus Status, Certainty Certainty, StatusPeriod Period);
