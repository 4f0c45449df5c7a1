using System.Text.Json;
using ScoGraph.Api.Tests.Support;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.Api.Tests.Examples;

/// <summary>
/// Finds the places in a query whose answer depends on today's date, from what the served schema says: a field
/// argument described as "defaults to today" that the query leaves out (<c>State.status</c>, <c>Agreement.inForce</c>),
/// and an input field described as "today if omitted" in an object literal without its <c>asOf</c>
/// (<c>states(where: { status: [...] })</c>). The walk follows the selected fields' types, inline fragments and
/// fragment spreads; argument values given through variables are not inspected.
/// </summary>
public sealed class TodayDependence
{
    public const string IntrospectionQuery = """
        {
          __schema {
            queryType { name }
            types {
              name
              fields { name args { name description type { ...Ref } } type { ...Ref } }
              inputFields { name description }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        """;

    private readonly string _queryType;
    private readonly Dictionary<(string Type, string Field), string> _fieldTypes = [];
    private readonly Dictionary<(string Type, string Field), string[]> _todayArguments = [];
    private readonly Dictionary<(string Type, string Field, string Argument), string> _argumentTypes = [];
    private readonly Dictionary<string, string[]> _todayInputFields = [];

    private TodayDependence(JsonElement schema)
    {
        _queryType = schema.At("queryType", "name").GetString()!;
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var typeName = type.GetProperty("name").GetString()!;
            if (type.GetProperty("fields") is { ValueKind: JsonValueKind.Array } fields)
            {
                foreach (var field in fields.EnumerateArray())
                {
                    var key = (typeName, field.GetProperty("name").GetString()!);
                    _fieldTypes[key] = NamedType(field.GetProperty("type"));
                    var arguments = field.GetProperty("args").EnumerateArray().ToArray();
                    _todayArguments[key] = arguments.Where(a => MentionsToday(a, "defaults to today")).Select(a => a.GetProperty("name").GetString()!).ToArray();
                    foreach (var argument in arguments)
                        _argumentTypes[(key.Item1, key.Item2, argument.GetProperty("name").GetString()!)] = NamedType(argument.GetProperty("type"));
                }
            }
            if (type.GetProperty("inputFields") is { ValueKind: JsonValueKind.Array } inputFields)
            {
                var today = inputFields.EnumerateArray().Where(f => MentionsToday(f, "today if omitted")).Select(f => f.GetProperty("name").GetString()!).ToArray();
                if (today.Length > 0) _todayInputFields[typeName] = today;
            }
        }
    }

    /// <summary>How many field arguments and input fields the schema describes as defaulting to today.</summary>
    public int TodayDefaults => _todayArguments.Values.Sum(a => a.Length) + _todayInputFields.Values.Sum(f => f.Length);

    public static async Task<TodayDependence> LoadAsync(ApiServer server) =>
        new((await server.QueryAsync(IntrospectionQuery)).Data().GetProperty("__schema"));

    /// <summary>One line per today-dependent place in <paramref name="query"/>, e.g. <c>State.status without asOf</c>.</summary>
    public IReadOnlyList<string> Find(string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var found = new List<string>();
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>().Where(o => o.Operation == OperationType.Query))
            Walk(_queryType, operation.SelectionSet, fragments, found, []);
        return found;
    }

    private void Walk(string type, SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, List<string> found, HashSet<string> seenFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field when _fieldTypes.TryGetValue((type, field.Name.Value), out var fieldType):
                    var given = field.Arguments.Select(a => a.Name.Value).ToHashSet();
                    foreach (var missing in _todayArguments[(type, field.Name.Value)].Where(a => !given.Contains(a)))
                        found.Add($"{type}.{field.Name.Value} without {missing}");
                    foreach (var argument in field.Arguments)
                    {
                        if (_argumentTypes.TryGetValue((type, field.Name.Value, argument.Name.Value), out var inputType))
                            CheckInput(inputType, argument.Value, $"{type}.{field.Name.Value}({argument.Name.Value})", found);
                    }
                    if (field.SelectionSet is not null) Walk(fieldType, field.SelectionSet, fragments, found, seenFragments);
                    break;
                case InlineFragmentNode inline:
                    Walk(inline.TypeCondition?.Name.Value ?? type, inline.SelectionSet, fragments, found, seenFragments);
                    break;
                case FragmentSpreadNode spread when fragments.TryGetValue(spread.Name.Value, out var fragment) && seenFragments.Add(spread.Name.Value):
                    Walk(fragment.TypeCondition.Name.Value, fragment.SelectionSet, fragments, found, seenFragments);
                    break;
            }
        }
    }

    private void CheckInput(string inputType, ValueNode value, string where, List<string> found)
    {
        if (value is not ObjectValueNode literal || !_todayInputFields.TryGetValue(inputType, out var todayFields)) return;
        var given = literal.Fields.Select(f => f.Name.Value).ToHashSet();
        foreach (var field in todayFields.Where(f => given.Contains(f) && !given.Contains("asOf")))
            found.Add($"{where}: {inputType}.{field} without asOf");
    }

    private static bool MentionsToday(JsonElement element, string phrase) =>
        element.GetProperty("description").GetString() is { } description && description.Contains(phrase, StringComparison.OrdinalIgnoreCase);

    private static string NamedType(JsonElement type) =>
        type.GetProperty("name").GetString() ?? NamedType(type.GetProperty("ofType"));
}
