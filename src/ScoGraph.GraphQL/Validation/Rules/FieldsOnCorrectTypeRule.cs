using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.3.1 Field Selections: every selected field exists on the type it is selected on. The message suggests the
/// types to use an inline fragment on (for abstract types) or, failing that, similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            if (context.ParentType is not { } type || context.FieldDefinition is not null) return true;
            var fieldName = node.Name.Value;
            var suggestion = "";
            if (!context.HideSuggestions)
            {
                suggestion = Suggestions.DidYouMean(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
                if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(SuggestedFieldNames(type, fieldName));
            }
            context.Report($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node);
            return true;
        }
    }

    /// <summary>
    /// For an abstract type: the possible types and their interfaces that define the field, the most used first,
    /// then interfaces before the types implementing them, then by name.
    /// </summary>
    private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType()) return [];
        var suggested = new List<ComplexOutputType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null) continue;
            if (!usageCount.ContainsKey(possibleType.Name)) suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null) continue;
                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                    count = 0;
                }
                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        int Compare(ComplexOutputType a, ComplexOutputType b)
        {
            var diff = usageCount[b.Name] - usageCount[a.Name];
            if (diff != 0) return diff;
            if (a is InterfaceType && schema.IsSubType(a, b)) return -1;
            if (b is InterfaceType && schema.IsSubType(b, a)) return 1;
            return Suggestions.NaturalCompare(a.Name, b.Name);
        }

        StableSort.Sort(suggested, Compare);
        var names = new string[suggested.Count];
        for (var i = 0; i < names.Length; i++) names[i] = suggested[i].Name;
        return names;
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName)
    {
        if (type is not ComplexOutputType complex) return [];
        var names = new List<string>(complex.Fields.Count);
        foreach (var field in complex.Fields) names.Add(field.Name);
        return Suggestions.List(fieldName, names);
    }
}
