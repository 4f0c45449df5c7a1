using Spectre.Console;

namespace ScoGraph.Cli.Output;

/// <summary>Spectre consoles over the context's writers: colours and live redraws only on a terminal.</summary>
public static class Consoles
{
    public static IAnsiConsole Over(TextWriter writer, bool interactive) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
    });

    /// <summary>Live bar on a terminal, else a plain line every two seconds.</summary>
    public static Task<T> WithProgressAsync<T>(CliContext context, long? totalBytes, Func<IProgressSink, Task<T>> work) =>
        context.Interactive
            ? LiveProgress.RunAsync(Over(context.Error, true), totalBytes, work)
            : work(new PlainProgress(context.Error, TimeSpan.FromSeconds(2)));
}
