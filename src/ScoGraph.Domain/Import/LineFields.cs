using System.Text.Json;
using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;

namespace ScoGraph.Domain.Import;

/// <summary>
/// Typed access to the fields of one JSON line that records every problem (with its field path) instead of
/// throwing, and remembers which fields were read so that unknown (misspelt) fields can be reported.
/// </summary>
internal sealed class LineFields(JsonElement line, int lineNumber)
{
    private readonly HashSet<string> _read = new(StringComparer.Ordinal) { "type" };

    // How many of the names in _read the line has: when that is all its properties, none is unknown.
    private int _readPresent;

    public List<ImportError> Errors { get; } = [];

    public void Error(string? field, string message, string code = Validation.ErrorCodes.Invalid) =>
        Errors.Add(new ImportError(lineNumber, field, message, code));

    private JsonElement? Get(string name)
    {
        var first = _read.Add(name);
        if (!line.TryGetProperty(name, out var value)) return null;
        if (first) _readPresent++;
        return value.ValueKind != JsonValueKind.Null ? value : null;
    }

    public string? String(string name, bool required = false)
    {
        switch (Get(name))
        {
            case null:
                if (required) Error(name, "is required", Validation.ErrorCodes.Required);
                return null;
            case { ValueKind: JsonValueKind.String } value:
                if (TryText(value, out var text)) return text;
                Error(name, BadEscape);
                return null;
            default:
                Error(name, "expected a string");
                return null;
        }
    }

    private const string BadEscape = "contains a \\u escape that is not a whole character (a lone surrogate)";

    /// <summary>A JSON string's text; false for escapes that decode to no valid UTF-16 text (<c>"\uD800"</c>).</summary>
    internal static bool TryText(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    public PartialDate? Date(string name, bool required = false) => Date(Get(name), name, required);

    private PartialDate? Date(JsonElement? element, string path, bool required)
    {
        switch (element)
        {
            case null:
                if (required) Error(path, "is required", Validation.ErrorCodes.Required);
                return null;
            case { ValueKind: JsonValueKind.String } value:
                if (!TryText(value, out var text))
                {
                    Error(path, BadEscape, Validation.ErrorCodes.InvalidPartialDate);
                    return null;
                }
                if (PartialDate.TryParse(text, out var date, out var error)) return date;
                Error(path, error, Validation.ErrorCodes.InvalidPartialDate);
                return null;
            case { ValueKind: JsonValueKind.Number } number:
                Error(path, $"{number.GetRawText()} is a number; write partial dates as strings, like \"{number.GetRawText()}\"", Validation.ErrorCodes.InvalidPartialDate);
                return null;
            default:
                Error(path, $"expected a partial date string ({PartialDate.AcceptedFormats})", Validation.ErrorCodes.InvalidPartialDate);
                return null;
        }
    }

    public bool? Bool(string name)
    {
        switch (Get(name))
        {
            case null: return null;
            case { ValueKind: JsonValueKind.True }: return true;
            case { ValueKind: JsonValueKind.False }: return false;
            default:
                Error(name, "expected true or false");
                return null;
        }
    }

    public T? Enum<T>(string name, bool required = false) where T : struct, System.Enum
    {
        var text = String(name, required);
        if (text is null) return null;
        if (EnumText<T>.TryParse(text, out var value)) return value;
        Error(name, $"\"{Rules(text)}\" is not one of {string.Join(", ", EnumText<T>.All)}", Validation.ErrorCodes.InvalidEnumValue);
        return null;
    }

    /// <summary>
    /// A membership status spelt as GraphQL's <c>MembershipStatus</c>; absent or null means none. <c>NONE</c> is not a
    /// value of that enum, so it is refused with the way to say it.
    /// </summary>
    public MembershipStatus Status(string name)
    {
        var text = String(name);
        if (text is null) return MembershipStatus.None;
        if (EnumText<MembershipStatus>.TryParse(text, out var value) && value != MembershipStatus.None) return value;
        var accepted = string.Join(", ", EnumText<MembershipStatus>.All.Where(v => v != EnumText<MembershipStatus>.Format(MembershipStatus.None)));
        Error(name, text == EnumText<MembershipStatus>.Format(MembershipStatus.None)
            ? $"\"{text}\" is not a status: leave the field out (or null) for no status"
            : $"\"{Rules(text)}\" is not one of {accepted}", Validation.ErrorCodes.InvalidEnumValue);
        return MembershipStatus.None;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        switch (Get(name))
        {
            case null: return [];
            case { ValueKind: JsonValueKind.Array } array:
                var result = new List<string>(array.GetArrayLength());
                var index = 0;
                foreach (var item in array.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.String) Error($"{name}[{index}]", "expected a string");
                    else if (TryText(item, out var text)) result.Add(text);
                    else Error($"{name}[{index}]", BadEscape);
                    index++;
                }
                return result;
            default:
                Error(name, "expected a list of strings");
                return [];
        }
    }

    /// <summary><c>sources</c>: a list of source ids, or of <c>{"id": "...", "quote": "..."}</c>.</summary>
    public IReadOnlyList<SourceRef> Sources()
    {
        var refs = new List<SourceRef>();
        Objects("sources", (item, path) =>
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                if (TryText(item, out var sourceId)) refs.Add(new SourceRef(sourceId));
                else Error(path, BadEscape);
                return;
            }
            var fields = new LineFields(item, lineNumber);
            var id = fields.String("id", required: true);
            var quote = fields.String("quote");
            fields.ReportUnknownFields();
            foreach (var e in fields.Errors) Error(e.Field is null ? path : $"{path}.{e.Field}", e.Message, e.Code);
            if (id is not null && fields.Errors.Count == 0) refs.Add(new SourceRef(id, quote));
        }, allowStrings: true);
        return refs;
    }

    /// <summary>Reads a list of objects, giving each element's reader the element and its path (<c>parties[1]</c>).</summary>
    public void Objects(string name, Action<JsonElement, string> read, bool allowStrings = false)
    {
        switch (Get(name))
        {
            case null: return;
            case { ValueKind: JsonValueKind.Array } array:
                var index = 0;
                foreach (var item in array.EnumerateArray())
                {
                    var path = $"{name}[{index++}]";
                    if (item.ValueKind == JsonValueKind.Object || (allowStrings && item.ValueKind == JsonValueKind.String)) read(item, path);
                    else Error(path, allowStrings ? "expected a source id or an object with \"id\" and \"quote\"" : "expected an object");
                }
                return;
            default:
                Error(name, "expected a list");
                return;
        }
    }

    /// <summary>Reads the fields of a nested object, reporting its errors under <paramref name="path"/>.</summary>
    public T Nested<T>(JsonElement item, string path, Func<LineFields, T> read)
    {
        var fields = new LineFields(item, lineNumber);
        var result = read(fields);
        fields.ReportUnknownFields();
        foreach (var e in fields.Errors) Error(e.Field is null ? path : $"{path}.{e.Field}", e.Message, e.Code);
        return result;
    }

    public bool HasErrors => Errors.Count > 0;

    public void ReportUnknownFields()
    {
        // The common case without a string per property name (a line is read twice in a bulk import).
        if (_readPresent + (line.TryGetProperty("type", out _) ? 1 : 0) == line.GetPropertyCount()) return;
        foreach (var property in line.EnumerateObject())
            if (!_read.Contains(property.Name))
                Error(null, RenamedFields.TryGetValue(property.Name, out var renamed) && _read.Contains(renamed)
                    ? $"unknown field \"{property.Name}\": it is now \"{renamed}\", as in the GraphQL input types"
                    : $"unknown field \"{Rules(property.Name)}\"");
    }

    /// <summary>Field names of older files, renamed to match the GraphQL input types: hint at the new name.</summary>
    private static readonly Dictionary<string, string> RenamedFields = new(StringComparer.Ordinal)
    {
        ["from"] = "fromStatus", ["to"] = "toStatus", ["represents"] = "represented",
    };

    private static string Rules(string text) => Validation.Rules.Shorten(text);
}
