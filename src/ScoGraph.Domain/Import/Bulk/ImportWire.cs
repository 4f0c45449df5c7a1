using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// The NDJSON answers of a streamed import, one object per line with a <c>type</c>: <c>checked</c> (first read done),
/// <c>batch</c> (a <see cref="BatchReport"/>), <c>summary</c> (a <see cref="BulkImportSummary"/>) or <c>error</c>
/// (the import stopped: <c>code</c>, <c>message</c>). Written by the server, read by <c>scograph import --server</c>.
/// </summary>
public static class ImportWire
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Checked(int lines, int errors) =>
        new JsonObject { ["type"] = "checked", ["lines"] = lines, ["errors"] = errors }.ToJsonString(Options);

    public static string Batch(BatchReport report) => Tagged("batch", JsonSerializer.SerializeToNode(report, Options)!);

    public static string Summary(BulkImportSummary summary) => Tagged("summary", JsonSerializer.SerializeToNode(summary, Options)!);

    public static string Error(string code, string message) =>
        new JsonObject { ["type"] = "error", ["code"] = code, ["message"] = message }.ToJsonString(Options);

    public static BatchReport ReadBatch(JsonElement element) => element.Deserialize<BatchReport>(Options)!;

    public static BulkImportSummary ReadSummary(JsonElement element) => element.Deserialize<BulkImportSummary>(Options)!;

    private static string Tagged(string type, JsonNode node)
    {
        var tagged = new JsonObject { ["type"] = type };
        foreach (var (name, value) in node.AsObject().ToList())
        {
            node.AsObject().Remove(name);
            tagged[name] = value;
        }
        return tagged.ToJsonString(Options);
    }
}
