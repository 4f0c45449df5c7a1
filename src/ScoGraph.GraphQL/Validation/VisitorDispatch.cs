using System.Collections.Concurrent;
using System.Reflection;

namespace ScoGraph.GraphQL.Validation;

/// <summary>The node kinds a <see cref="ValidationVisitor"/> can be called for (one Enter/Leave pair each).</summary>
internal enum VisitKind
{
    Document, OperationDefinition, VariableDefinition, Variable, SelectionSet, Field, Argument, FragmentSpread,
    InlineFragment, FragmentDefinition, Directive, NamedType, ListType, NonNullType, ScalarValue, ListValue,
    ObjectValue, ObjectField, TypeSystemNode,
}

/// <summary>
/// Which Enter/Leave methods each visitor class overrides, found once per class by reflection, so the walker only
/// calls visitors that care about a node kind.
/// </summary>
internal static class VisitorDispatch
{
    public static readonly int KindCount = Enum.GetValues<VisitKind>().Length;

    private static readonly ConcurrentDictionary<Type, (bool[] Enter, bool[] Leave)> Overrides = new();

    public static (bool[] Enter, bool[] Leave) For(Type visitorType) => Overrides.GetOrAdd(visitorType, Inspect);

    private static (bool[] Enter, bool[] Leave) Inspect(Type type)
    {
        var enter = new bool[KindCount];
        var leave = new bool[KindCount];
        foreach (var kind in Enum.GetValues<VisitKind>())
        {
            enter[(int)kind] = IsOverridden(type, "Enter" + kind);
            leave[(int)kind] = IsOverridden(type, "Leave" + kind);
        }
        return (enter, leave);
    }

    private static bool IsOverridden(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Instance)?.DeclaringType != typeof(ValidationVisitor);
}
