using ScoGraph.Domain.Import;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// A problem with a mutation's input, reported in the payload's <c>errors</c> (the <c>UserError</c> interface):
/// the caller can fix it, so it is data, not a GraphQL error.
/// </summary>
public abstract record UserError(string Message, IReadOnlyList<string>? Path);

/// <summary>An input value broke a rule (<c>ValidationError</c>); <see cref="Code"/> is an <see cref="ErrorCodes"/> name.</summary>
public sealed record ValidationUserError(string Message, IReadOnlyList<string>? Path, string Code) : UserError(Message, Path);

/// <summary>The input names an id the graph does not hold (<c>UnknownReferenceError</c>).</summary>
public sealed record UnknownReferenceUserError(string Message, IReadOnlyList<string>? Path, string Id) : UserError(Message, Path);

/// <summary>A problem on one line of an import (<c>ImportLineError</c>); <see cref="Line"/> is 1-based.</summary>
public sealed record ImportLineUserError(string Message, IReadOnlyList<string>? Path, int Line) : UserError(Message, Path);

/// <summary>Turns domain validation results into the schema's user errors.</summary>
public static class UserErrors
{
    private const string SingleMutationHint = "(create it first with its own mutation, or send both lines in one importFacts batch)";

    /// <summary>
    /// One issue of an input object: the path is the issue's segments under <paramref name="root"/> (the argument name,
    /// usually <c>input</c>), with domain field names renamed where the input names them differently.
    /// </summary>
    public static UserError From(ValidationIssue issue, string root, Func<string, string>? rename = null) =>
        From(issue, [root], rename);

    /// <summary>One issue, its path under <paramref name="prefix"/> (empty for a mutation's own arguments).</summary>
    public static UserError From(ValidationIssue issue, IReadOnlyList<string> prefix, Func<string, string>? rename = null)
    {
        var segments = issue.Segments.ToArray();
        if (segments.Length > 0 && rename is not null) segments[0] = rename(segments[0]);
        IReadOnlyList<string> path = [.. prefix, .. segments];
        // Imports may define the missing entity in the same batch; a single mutation cannot, so it says what it can do.
        return issue is { Code: ErrorCodes.UnknownReference, ReferencedId: { } id }
            ? new UnknownReferenceUserError(issue.Message.Replace(Rules.UnknownReferenceHint, SingleMutationHint, StringComparison.Ordinal), path, id)
            : new ValidationUserError(issue.Message, path, issue.Code);
    }

    public static ImportLineUserError From(ImportError error) => new(
        error.ToString(),
        string.IsNullOrEmpty(error.Field) ? null : new ValidationIssue(error.Field, error.Message).Segments,
        error.Line);

    /// <summary>The concrete GraphQL type of a <c>UserError</c> value.</summary>
    public static string? TypeNameOf(object? value) => value switch
    {
        ValidationUserError => "ValidationError",
        UnknownReferenceUserError => "UnknownReferenceError",
        ImportLineUserError => "ImportLineError",
        _ => null,
    };
}
