using ScoGraph.Domain.Model;
using ScoGraph.Domain.Time;
using ScoGraph.Domain.Validation;

namespace ScoGraph.Api.Mutations;

/// <summary>
/// Reads one coerced GraphQL input object (a string-keyed dictionary) into domain values. Values the schema's
/// coercion cannot judge (a partial date given as text, an enum given by name) are checked here; each problem
/// becomes a <see cref="ValidationUserError"/> whose path starts at the argument (<c>["input", "start"]</c>), so
/// callers report every mapping problem at once instead of stopping at the first.
/// </summary>
public sealed class InputReader
{
    private readonly IReadOnlyDictionary<string, object?> _fields;
    private readonly IReadOnlyList<string> _path;
    private readonly List<UserError> _errors;

    public InputReader(IReadOnlyDictionary<string, object?>? fields, string argumentName)
        : this(fields ?? new Dictionary<string, object?>(), [argumentName], [])
    {
    }

    private InputReader(IReadOnlyDictionary<string, object?> fields, IReadOnlyList<string> path, List<UserError> errors)
    {
        _fields = fields;
        _path = path;
        _errors = errors;
    }

    /// <summary>Every problem found so far, by this reader and the readers of its nested objects.</summary>
    public IReadOnlyList<UserError> Errors => _errors;

    /// <summary>A required text field (the schema makes it non-null; an absent value reads as empty and fails validation).</summary>
    public string Text(string name) => OptionalText(name) ?? "";

    public string? OptionalText(string name) => Value(name) switch
    {
        null => null,
        string text => text,
        var other => Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A required id (ids are slugs such as <c>IND</c>; the validators check their shape).</summary>
    public string Id(string name) => OptionalId(name) ?? "";

    public string? OptionalId(string name) => OptionalText(name);

    public IReadOnlyList<string> Texts(string name) => List(name).Select(item => item?.ToString() ?? "").ToArray();

    public bool? OptionalBoolean(string name) => Value(name) as bool?;

    /// <summary>A partial date given as the domain value (when the scalar parsed it) or as text (parsed here).</summary>
    public PartialDate? OptionalDate(string name)
    {
        switch (Value(name))
        {
            case null:
                return null;
            case PartialDate date:
                return date;
            case string text when PartialDate.TryParse(text, out var parsed):
                return parsed;
            case string text:
                Fail(name, PartialDateProblem(text), ErrorCodes.InvalidPartialDate);
                return null;
            case var other:
                Fail(name, $"{other} is not a partial date (accepted: {PartialDate.AcceptedFormats})", ErrorCodes.InvalidPartialDate);
                return null;
        }
    }

    /// <summary>A domain enum given as its CLR value (when the schema binds it) or by its outside name (<c>DIALOGUE_PARTNER</c>).</summary>
    public TEnum? OptionalEnum<TEnum>(string name) where TEnum : struct, Enum
    {
        switch (Value(name))
        {
            case null:
                return null;
            case TEnum value:
                return value;
            case string text when EnumText<TEnum>.TryParse(text, out var value):
                return value;
            case var other:
                Fail(name, $"\"{other}\" is not one of {string.Join(", ", EnumText<TEnum>.All)}", ErrorCodes.InvalidEnumValue);
                return null;
        }
    }

    /// <summary>The <c>sources</c> list of <c>SourceRefInput</c>s.</summary>
    public IReadOnlyList<SourceRef> Sources(string name = "sources") =>
        Objects(name, source => new SourceRef(source.Id("id"), source.OptionalText("quote")));

    /// <summary>A list of nested input objects, each read by its own reader (paths <c>name</c>, index, field).</summary>
    public IReadOnlyList<T> Objects<T>(string name, Func<InputReader, T> read) =>
        List(name).Select((item, index) => read(new InputReader(
            item as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            [.. _path, name, index.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            _errors))).ToArray();

    private IReadOnlyList<object?> List(string name) => Value(name) switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        System.Collections.IEnumerable sequence and not string => sequence.Cast<object?>().ToArray(),
        var single => [single],
    };

    private object? Value(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    private void Fail(string name, string message, string code) =>
        _errors.Add(new ValidationUserError(message, [.. _path, name], code));

    private static string PartialDateProblem(string text) =>
        PartialDate.TryParse(text, out _, out var error) ? "" : error;
}
