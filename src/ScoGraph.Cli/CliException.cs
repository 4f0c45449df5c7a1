namespace ScoGraph.Cli;

/// <summary>A failure that ends the command with a given exit code and a one-line message for the user.</summary>
public sealed class CliException(int exitCode, string message, Exception? inner = null) : Exception(message, inner)
{
    public int ExitCode { get; } = exitCode;

    public static CliException Usage(string message) => new(ExitCodes.UsageError, message);
}
