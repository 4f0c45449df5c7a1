namespace ScoGraph.Api.Mutations;

/// <summary>
/// The payload of an upsert/record mutation (<c>StatePayload</c>, <c>MeetingPayload</c>...): the node as stored, or
/// null with the errors that refused the write.
/// </summary>
public sealed record EntityPayload(object? Node, IReadOnlyList<UserError> Errors)
{
    public static EntityPayload Refused(IEnumerable<UserError> errors) => new(null, errors.ToArray());
}

/// <summary><c>ClaimPayload</c>: the conflict the recorded claim is part of, if any.</summary>
public sealed record ClaimPayload(object? Conflict, IReadOnlyList<UserError> Errors);

/// <summary><c>RetractPayload</c>: the retracted version with its retraction time and reason.</summary>
public sealed record RetractPayload(object? Retracted, IReadOnlyList<UserError> Errors);

/// <summary><c>ImportFactsPayload</c>: how many lines created, updated or left things unchanged, and whether it was written.</summary>
public sealed record ImportFactsPayload(int Created, int Updated, int Unchanged, bool Committed, IReadOnlyList<ImportLineUserError> Errors);
