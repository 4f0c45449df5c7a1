namespace ScoGraph.Cli;

/// <summary>The process exit codes scripts can rely on (documented in README.md and schema/import-format.md).</summary>
public static class ExitCodes
{
    /// <summary>Everything was imported (or, for validate/diff, no problem was found).</summary>
    public const int Success = 0;

    /// <summary>Some lines were rejected (reported with their line numbers); good batches may have landed.</summary>
    public const int LinesRejected = 1;

    /// <summary>The command line is wrong (unknown option, missing file, no store or server named).</summary>
    public const int UsageError = 2;

    /// <summary>The server or the store cannot be reached (connection refused, store file unreadable, store down).</summary>
    public const int Unreachable = 3;

    /// <summary>The server refused the API key (none, wrong, or writes disabled there).</summary>
    public const int Unauthorized = 4;
}
