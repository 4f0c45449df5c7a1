using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Tests.Support;

namespace ScoGraph.GraphQL.Tests.Differential;

/// <summary>
/// Derives invalid variants from the corpus's valid documents by editing their AST and printing it back
/// (unknown fields and arguments, wrong literal kinds, undefined/unused variables, duplicate operations,
/// misplaced or repeated directives, fragment cycles, conflicting aliases), plus a few text-level syntax breaks.
/// Deterministic, so case ids are stable between runs.
/// </summary>
public static class CorpusVariants
{
    private delegate DocumentNode? AstEdit(DocumentNode document, string queryType);

    private static readonly (string Name, AstEdit Edit)[] AstEdits =
    [
        ("unknown-field", (d, _) => EditFirstField(d, f => f.SelectionSet is null, f => f with { Name = new NameNode("unknownField") })),
        ("leaf-with-selection", (d, _) => EditFirstField(d, f => f.SelectionSet is null && f.Name.Value != "__typename",
            f => f with { SelectionSet = new SelectionSetNode([Field("subField")]) })),
        ("missing-selection", (d, _) => EditFirstField(d, f => f.SelectionSet is not null, f => f with { SelectionSet = null })),
        ("unknown-argument", (d, _) => EditFirstField(d, f => f.Name.Value != "__typename",
            f => f with { Arguments = [.. f.Arguments, new ArgumentNode(new NameNode("bogusArg"), new IntValueNode("1"))] })),
        ("wrong-literal", (d, _) => EditFirstField(d, f => f.Arguments.Any(a => a.Value is not VariableNode),
            f => f with { Arguments = ReplaceFirstLiteral(f.Arguments) })),
        ("undefined-variable", (d, _) => EditFirstField(d, f => f.Arguments.Count > 0,
            f => f with { Arguments = [f.Arguments[0] with { Value = new VariableNode(new NameNode("undefinedVar")) }, .. f.Arguments.Skip(1)] })),
        ("unused-variable", (d, _) => EditFirstOperation(d, o => o with
        {
            VariableDefinitions = [.. o.VariableDefinitions, new VariableDefinitionNode(
                new VariableNode(new NameNode("unusedVar")), new NamedTypeNode(new NameNode("Int")), null, [])],
        })),
        ("duplicate-operation", (d, _) => d.Definitions.OfType<OperationDefinitionNode>().FirstOrDefault() is { } first
            ? d with { Definitions = [.. d.Definitions, first] }
            : null),
        ("directive-on-operation", (d, _) => EditFirstOperation(d, o => o with { Directives = [.. o.Directives, Directive("include", "if", new BooleanValueNode(true))] })),
        ("duplicate-directive", (d, _) => EditFirstField(d, _ => true, f => f with
        {
            Directives = [.. f.Directives, Directive("skip", "if", new BooleanValueNode(false)), Directive("skip", "if", new BooleanValueNode(false))],
        })),
        ("unused-fragment", (d, queryType) => d with
        {
            Definitions = [.. d.Definitions, new FragmentDefinitionNode(new NameNode("GeneratedUnused"),
                new NamedTypeNode(new NameNode(queryType)), [], new SelectionSetNode([Field("__typename")]))],
        }),
        ("fragment-self-cycle", (d, _) => d.Definitions.OfType<FragmentDefinitionNode>().FirstOrDefault() is { } fragment
            ? d with
            {
                Definitions = [.. d.Definitions.Select(def => def == fragment
                    ? fragment with { SelectionSet = new SelectionSetNode([.. fragment.SelectionSet.Selections, new FragmentSpreadNode(fragment.Name, [])]) }
                    : def)],
            }
            : null),
        ("alias-conflict", (d, _) => EditFirstOperation(d, o =>
            o.SelectionSet.Selections.OfType<FieldNode>().FirstOrDefault() is { } field && field.ResponseKey != "__typename"
                ? o with
                {
                    SelectionSet = new SelectionSetNode([.. o.SelectionSet.Selections,
                        new FieldNode(new NameNode(field.ResponseKey), new NameNode("__typename"), [], [], null)]),
                }
                : null)),
        ("unknown-fragment-spread", (d, _) => EditFirstOperation(d, o => o with
        {
            SelectionSet = new SelectionSetNode([.. o.SelectionSet.Selections, new FragmentSpreadNode(new NameNode("NoSuchFragment"), [])]),
        })),
    ];

    private static readonly string[] Snippets =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "...", "\"", "\"\"\"", "#", "\n", ",", "|", "&",
        "on ", "query ", "fragment ", "null", "true", "1", "-1.5e3", "\"s\"", "__typename", "id", "name",
    ];

    public static IEnumerable<DifferentialCase> For(DifferentialCase baseCase, string queryType) =>
        RandomEdits(baseCase).Concat(AstVariants(baseCase, queryType));

    /// <summary>Two seeded character-level edits of any corpus document: deletions, duplications, swaps, insertions.</summary>
    private static IEnumerable<DifferentialCase> RandomEdits(DifferentialCase baseCase)
    {
        var random = new Random(StableHash(baseCase.Id));
        for (var n = 1; n <= 2; n++)
        {
            var text = baseCase.Document;
            if (text.Length < 2)
            {
                yield break;
            }
            var at = random.Next(text.Length);
            text = random.Next(4) switch
            {
                0 => text.Remove(at, Math.Min(random.Next(1, 7), text.Length - at)),
                1 => text.Insert(at, text.Substring(at, Math.Min(random.Next(1, 16), text.Length - at))),
                2 when at + 1 < text.Length => text[..at] + text[at + 1] + text[at] + text[(at + 2)..],
                _ => text.Insert(at, Snippets[random.Next(Snippets.Length)]),
            };
            yield return baseCase with { Id = $"{baseCase.Id}~random-edit-{n}", Document = text };
        }
    }

    private static IEnumerable<DifferentialCase> AstVariants(DifferentialCase baseCase, string queryType)
    {
        // AST variants come from the documents meant to be valid; the invalid files already target one rule each.
        if (!baseCase.Id.Contains("/valid/", StringComparison.Ordinal))
        {
            yield break;
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(baseCase.Document);
        }
        catch (GraphQLSyntaxException)
        {
            yield break;
        }

        var seed = StableHash(baseCase.Id);
        for (var i = 0; i < AstEdits.Length; i++)
        {
            // Every other edit per document keeps the corpus varied without multiplying it by 14.
            if ((seed + i) % 2 != 0)
            {
                continue;
            }
            var (name, edit) = AstEdits[i];
            if (edit(document, queryType) is { } edited)
            {
                yield return baseCase with { Id = $"{baseCase.Id}~{name}", Document = Printer.Print(edited) };
            }
        }

        var text = baseCase.Document;
        if (text.Length > 4)
        {
            yield return baseCase with { Id = $"{baseCase.Id}~syntax-truncated", Document = text[..(text.Length * 3 / 5)] };
            var at = seed % text.Length;
            yield return baseCase with { Id = $"{baseCase.Id}~syntax-stray-character", Document = text[..at] + "%" + text[at..] };
        }
    }

    private static DocumentNode? EditFirstOperation(DocumentNode document, Func<OperationDefinitionNode, OperationDefinitionNode?> edit)
    {
        var operation = document.Definitions.OfType<OperationDefinitionNode>().FirstOrDefault();
        if (operation is null || edit(operation) is not { } edited)
        {
            return null;
        }
        return document with { Definitions = [.. document.Definitions.Select(d => d == operation ? edited : d)] };
    }

    /// <summary>Rewrites the first field (depth-first, operations then fragments) that matches.</summary>
    private static DocumentNode? EditFirstField(DocumentNode document, Func<FieldNode, bool> match, Func<FieldNode, FieldNode> edit)
    {
        var done = false;
        var definitions = new List<DefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            definitions.Add(done ? definition : definition switch
            {
                OperationDefinitionNode o => o with { SelectionSet = EditSelections(o.SelectionSet) },
                FragmentDefinitionNode f => f with { SelectionSet = EditSelections(f.SelectionSet) },
                _ => definition,
            });
        }
        return done ? document with { Definitions = definitions } : null;

        SelectionSetNode EditSelections(SelectionSetNode set)
        {
            var selections = new List<SelectionNode>();
            foreach (var selection in set.Selections)
            {
                if (done)
                {
                    selections.Add(selection);
                    continue;
                }
                switch (selection)
                {
                    case FieldNode field when match(field):
                        selections.Add(edit(field));
                        done = true;
                        break;
                    case FieldNode { SelectionSet: { } inner } field:
                        selections.Add(field with { SelectionSet = EditSelections(inner) });
                        break;
                    case InlineFragmentNode inline:
                        selections.Add(inline with { SelectionSet = EditSelections(inline.SelectionSet) });
                        break;
                    default:
                        selections.Add(selection);
                        break;
                }
            }
            return new SelectionSetNode(selections);
        }
    }

    private static IReadOnlyList<ArgumentNode> ReplaceFirstLiteral(IReadOnlyList<ArgumentNode> arguments)
    {
        var index = arguments.ToList().FindIndex(a => a.Value is not VariableNode);
        ValueNode replacement = arguments[index].Value switch
        {
            IntValueNode => new StringValueNode("not a number"),
            FloatValueNode => new BooleanValueNode(true),
            StringValueNode => new ObjectValueNode([new ObjectFieldNode(new NameNode("text"), new IntValueNode("1"))]),
            BooleanValueNode => new IntValueNode("1"),
            EnumValueNode => new StringValueNode("ENUM_AS_STRING"),
            ListValueNode => new FloatValueNode("1.5"),
            ObjectValueNode => new EnumValueNode("NOT_AN_OBJECT"),
            _ => new ListValueNode([new NullValueNode()]),
        };
        return [.. arguments.Select((a, i) => i == index ? a with { Value = replacement } : a)];
    }

    private static FieldNode Field(string name) => new(null, new NameNode(name), [], [], null);

    private static DirectiveNode Directive(string name, string argument, ValueNode value) =>
        new(new NameNode(name), [new ArgumentNode(new NameNode(argument), value)]);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }
        return hash & int.MaxValue;
    }
}
