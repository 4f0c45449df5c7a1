namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// One non-blank line of a byte stream: its decoded text, or why it could not be decoded (not UTF-8, too long).
/// </summary>
/// <param name="Line">1-based line number (blank lines counted).</param>
/// <param name="EndPosition">Bytes of the input consumed up to the end of this line (for progress and ETA).</param>
public readonly record struct RawLine(int Line, string? Text, string? Problem, long EndPosition);
