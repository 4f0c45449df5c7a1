namespace ScoGraph.Domain.Import;

/// <summary>
/// One problem with one line of an import, e.g.
/// <c>line 12: field "effective": "2006-13" is not a partial date (accepted: YYYY, YYYY-MM, YYYY-MM-DD)</c>.
/// </summary>
/// <param name="Line">1-based line number in the input.</param>
/// <param name="Field">Field path in the line's own terms (<c>parties[1].party</c>); null for the line as a whole.</param>
/// <param name="Code">The broken rule (<see cref="Validation.ErrorCodes"/>); <c>INVALID</c> for format errors.</param>
/// <param name="ReferencedId">For an unknown reference, the id that is unknown.</param>
public sealed record ImportError(int Line, string? Field, string Message, string Code = Validation.ErrorCodes.Invalid, string? ReferencedId = null)
{
    public override string ToString() =>
        string.IsNullOrEmpty(Field) ? $"line {Line}: {Message}" : $"line {Line}: field \"{Field}\": {Message}";
}
