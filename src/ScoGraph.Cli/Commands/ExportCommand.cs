using System.CommandLine;
using System.Globalization;
using System.Text;
using ScoGraph.Cli.Stores;
using ScoGraph.Domain.Export;
using ScoGraph.Domain.Model;

namespace ScoGraph.Cli.Commands;

/// <summary>
/// <c>scograph export</c>: the graph as JSON Lines in the import format, in a deterministic order (sources first,
/// then each kind by id), so an export imported into an empty store exports the same bytes.
/// </summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var common = new CommonOptions();
        var asOf = new Option<string?>("--as-of") { Description = "Only what had happened by this date (YYYY-MM-DD): dated facts starting on or before it, and everything undated.", HelpName = "DATE" };
        var knownAt = new Option<string?>("--known-at") { Description = "The graph as known at this moment (ISO 8601, e.g. 2026-01-01T00:00:00Z).", HelpName = "INSTANT" };
        var kinds = new Option<string[]>("--kinds") { Description = $"Only these kinds: {string.Join(", ", GraphExporter.KindOrder.Select(Name))}.", AllowMultipleArgumentsPerToken = true, HelpName = "KIND" };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("export", "Write the graph as JSON Lines in the import format, deterministically.") { asOf, knownAt, kinds, output };
        common.AddStoreOptions(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ExportOptions(Kinds(parse.GetValue(kinds)), Date(parse.GetValue(asOf)), Instant(parse.GetValue(knownAt)));
            var selection = common.Store(parse, context.Settings);
            if (selection.IsEmpty) throw CliException.Usage("name the store to export: --sqlite PATH or --neo4j URI");
            await using var open = await StoreFactory.OpenAsync(selection, cancellationToken);
            var exporter = new GraphExporter(open.Store);
            if (parse.GetValue(output) is { } path)
            {
                await using var file = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
                var count = await exporter.ExportAsync(file, options, cancellationToken);
                await context.Error.WriteLineAsync($"exported {count} lines to {path}");
            }
            else
            {
                await exporter.ExportAsync(context.Out, options, cancellationToken);
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Name(EntityKind kind) => char.ToLowerInvariant(kind.ToString()[0]) + kind.ToString()[1..];

    private static IReadOnlyCollection<EntityKind>? Kinds(string[]? names)
    {
        if (names is null || names.Length == 0) return null;
        var byName = GraphExporter.KindOrder.ToDictionary(Name, k => k, StringComparer.OrdinalIgnoreCase);
        return [.. names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(n =>
            byName.TryGetValue(n, out var kind) ? kind : throw CliException.Usage($"--kinds: \"{n}\" is not one of {string.Join(", ", byName.Keys)}"))];
    }

    private static DateOnly? Date(string? text) => text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw CliException.Usage($"--as-of: \"{text}\" is not a date YYYY-MM-DD");

    private static DateTimeOffset? Instant(string? text) => text is null ? null
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant) ? instant
        : throw CliException.Usage($"--known-at: \"{text}\" is not an ISO 8601 instant such as 2026-01-01T00:00:00Z");
}
