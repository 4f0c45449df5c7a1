using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>What a field's own selection asks for, to skip work nobody asked for.</summary>
public static class Selections
{
    /// <summary>
    /// Whether the field's selection set asks for <paramref name="child"/> directly or in an inline fragment;
    /// a named fragment spread counts as "maybe" (true), so the answer never leaves out something asked for.
    /// </summary>
    public static bool Selects(IResolverContext context, string child) =>
        context.FieldNodes.Any(field => Selects(field.SelectionSet, child));

    private static bool Selects(SelectionSetNode? selectionSet, string child) =>
        selectionSet is not null && selectionSet.Selections.Any(selection => selection switch
        {
            FieldNode field => field.Name.Value == child,
            InlineFragmentNode inline => Selects(inline.SelectionSet, child),
            _ => true,
        });
}
