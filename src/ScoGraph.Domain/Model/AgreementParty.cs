using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Model;

/// <summary>A state party to an agreement, with its own signature, ratification and accession dates.</summary>
public sealed record AgreementParty(string Party, PartialDate? Signed = null, PartialDate? Ratified = null, PartialDate? Acceded = null);
