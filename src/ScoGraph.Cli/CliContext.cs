namespace ScoGraph.Cli;

/// <summary>Where a command writes (results to <see cref="Out"/>, progress and problems to <see cref="Error"/>) and what the environment says.</summary>
/// <param name="Interactive">A terminal is attached to <see cref="Error"/>: draw a live progress bar, not periodic lines.</param>
public sealed record CliContext(TextWriter Out, TextWriter Error, CliSettings Settings, bool Interactive)
{
    public static CliContext FromConsole() =>
        new(Console.Out, Console.Error, CliSettings.FromEnvironment(), !Console.IsErrorRedirected && !Console.IsOutputRedirected);
}
