using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation;

/// <summary>A quick check whether a definition uses any variable, so definitions without one need no type-aware walk.</summary>
internal static class VariableScan
{
    public static bool ContainsVariable(ExecutableDefinitionNode definition) =>
        InDirectives(definition.Directives) || InSelectionSet(definition.SelectionSet);

    private static bool InSelectionSet(SelectionSetNode selectionSet)
    {
    RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            if (InDirectives(selection.Directives)) return true;
            switch (selection)
            {
                case FieldNode field:
                    if (InArguments(field.Arguments)) return true;
                    if (field.SelectionSet is not null && InSelectionSet(field.SelectionSet)) return true;
                    break;
                case InlineFragmentNode inline:
                    if (InSelectionSet(inline.SelectionSet)) return true;
                    break;
            }
        }
        return false;
    }

    private static bool InDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
            if (InArguments(directives[i].Arguments)) return true;
        return false;
    }

    private static bool InArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
            if (InValue(arguments[i].Value)) return true;
        return false;
    }

    private static bool InValue(ValueNode value)
    {
    RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                    if (InValue(item)) return true;
                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                    if (InValue(field.Value)) return true;
                return false;
            default:
                return false;
        }
    }
}
