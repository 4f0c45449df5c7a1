using System.Text;
using ScoGraph.GraphQL.Language;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Tests.Support;

/// <summary>
/// Prints an AST back to GraphQL text, byte for byte like graphql-js 16's <c>print</c>
/// (two-space indentation, field arguments wrapped one per line past 80 characters, block strings kept as block strings).
/// It writes into one buffer with small stack frames, so even the deepest document the parser accepts prints safely.
/// </summary>
internal static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var writer = new Writer();
        writer.Node(node);
        return writer.ToString();
    }

    /// <summary>
    /// Output with graphql-js's indentation rule: inside a block every line break, including those inside
    /// block strings, is followed by the block's indentation.
    /// </summary>
    private sealed class Writer
    {
        private readonly StringBuilder _out = new();
        private int _indent;

        public override string ToString() => _out.ToString();

        private void Raw(string text)
        {
            if (_indent == 0 || !text.Contains('\n'))
            {
                _out.Append(text);
                return;
            }
            foreach (var c in text)
            {
                _out.Append(c);
                if (c == '\n')
                {
                    _out.Append(' ', _indent * 2);
                }
            }
        }

        private void NewLine() => _out.Append('\n').Append(' ', _indent * 2);

        /// <summary>Prints a node on its own (no indentation) to measure it or test it for line breaks.</summary>
        private static string Alone(SyntaxNode node)
        {
            var writer = new Writer();
            writer.Node(node);
            return writer.ToString();
        }

        public void Node(SyntaxNode node)
        {
            switch (node)
            {
                case DocumentNode n:
                    for (var i = 0; i < n.Definitions.Count; i++)
                    {
                        if (i > 0)
                        {
                            _out.Append("\n\n");
                        }
                        Node(n.Definitions[i]);
                    }
                    break;
                case OperationDefinitionNode n: Operation(n); break;
                case FragmentDefinitionNode n: Fragment(n); break;
                case SelectionSetNode n: SelectionSet(n); break;
                case FieldNode n: Field(n); break;
                case FragmentSpreadNode n:
                    _out.Append("...").Append(n.Name.Value);
                    Directives(n.Directives, leadingSpace: true);
                    break;
                case InlineFragmentNode n: InlineFragment(n); break;
                case ValueNode n: Value(n); break;
                case TypeNode n: Type(n); break;
                case NameNode n: _out.Append(n.Value); break;
                case VariableDefinitionNode n: Raw(VariableDefinition(n)); break;
                case ArgumentNode n:
                    _out.Append(n.Name.Value).Append(": ");
                    Value(n.Value);
                    break;
                case ObjectFieldNode n:
                    _out.Append(n.Name.Value).Append(": ");
                    Value(n.Value);
                    break;
                case DirectiveNode n: Directive(n); break;
                default: TypeSystem(node); break;
            }
        }

        // ---- Executable definitions

        private void Operation(OperationDefinitionNode n)
        {
            var variables = n.VariableDefinitions.Select(VariableDefinition).ToList();
            // Variables print one per line (without indentation) as soon as one of them spans several lines.
            var variableText = variables.Any(v => v.Contains('\n'))
                ? Wrap("(\n", Join(variables, "\n"), "\n)")
                : Wrap("(", Join(variables, ", "), ")");
            var prefix = Description(n.Description)
                + Join([OperationName(n.Operation), (n.Name?.Value ?? "") + variableText, DirectivesText(n.Directives)], " ");
            // An anonymous query without description, variables or directives prints in the shorthand form.
            if (!(n.Operation == OperationType.Query && prefix == "query"))
            {
                Raw(prefix);
                _out.Append(' ');
            }
            SelectionSet(n.SelectionSet);
        }

        private void Fragment(FragmentDefinitionNode n)
        {
            Raw(Description(n.Description));
            _out.Append("fragment ").Append(n.Name.Value).Append(" on ").Append(n.TypeCondition.Name.Value).Append(' ');
            if (n.Directives.Count > 0)
            {
                Raw(DirectivesText(n.Directives));
                _out.Append(' ');
            }
            SelectionSet(n.SelectionSet);
        }

        private string VariableDefinition(VariableDefinitionNode n)
        {
            var text = Description(n.Description) + "$" + n.Variable.Name.Value + ": " + Alone(n.Type);
            if (n.DefaultValue is not null)
            {
                text += " = " + Alone(n.DefaultValue);
            }
            return text + Wrap(" ", DirectivesText(n.Directives));
        }

        /// <summary>
        /// <c>{</c>, one selection per line one level deeper, <c>}</c>; nothing at all when empty. Nested selection
        /// sets use an explicit stack rather than recursion, so nesting depth costs heap, not call stack.
        /// </summary>
        private void SelectionSet(SelectionSetNode root)
        {
            if (root.Selections.Count == 0)
            {
                return;
            }
            var open = new Stack<(IReadOnlyList<SelectionNode> Items, int Next)>();
            Open(root);
            while (open.Count > 0)
            {
                var (items, next) = open.Pop();
                if (next == items.Count)
                {
                    _indent--;
                    NewLine();
                    _out.Append('}');
                    continue;
                }
                open.Push((items, next + 1));
                NewLine();
                if (SelectionHead(items[next]) is { Selections.Count: > 0 } child)
                {
                    _out.Append(' ');
                    Open(child);
                }
            }

            void Open(SelectionSetNode set)
            {
                _out.Append('{');
                _indent++;
                open.Push((set.Selections, 0));
            }
        }

        /// <summary>Writes a selection up to (not including) its selection set, and returns that set.</summary>
        private SelectionSetNode? SelectionHead(SelectionNode selection)
        {
            switch (selection)
            {
                case FieldNode field:
                    FieldHead(field);
                    return field.SelectionSet;
                case InlineFragmentNode inline:
                    _out.Append("...");
                    if (inline.TypeCondition is not null)
                    {
                        _out.Append(" on ").Append(inline.TypeCondition.Name.Value);
                    }
                    Directives(inline.Directives, leadingSpace: true);
                    return inline.SelectionSet;
                default:
                    Node(selection);
                    return null;
            }
        }

        private void Field(FieldNode n)
        {
            FieldHead(n);
            if (n.SelectionSet is { Selections.Count: > 0 } selectionSet)
            {
                _out.Append(' ');
                SelectionSet(selectionSet);
            }
        }

        private void FieldHead(FieldNode n)
        {
            var prefixLength = (n.Alias is null ? 0 : n.Alias.Value.Length + 2) + n.Name.Value.Length;
            if (n.Alias is not null)
            {
                _out.Append(n.Alias.Value).Append(": ");
            }
            _out.Append(n.Name.Value);

            if (n.Arguments.Count > 0)
            {
                var arguments = n.Arguments.Select(a => Alone(a)).ToList();
                var argumentsLength = arguments.Sum(a => a.Length) + (2 * (arguments.Count - 1));
                if (prefixLength + argumentsLength + 2 > MaxLineLength)
                {
                    _out.Append('(');
                    _indent++;
                    foreach (var argument in arguments)
                    {
                        NewLine();
                        Raw(argument);
                    }
                    _indent--;
                    NewLine();
                    _out.Append(')');
                }
                else
                {
                    _out.Append('(');
                    Raw(string.Join(", ", arguments));
                    _out.Append(')');
                }
            }

            Directives(n.Directives, leadingSpace: true);
        }

        private void InlineFragment(InlineFragmentNode n)
        {
            if (SelectionHead(n) is { Selections.Count: > 0 } selectionSet)
            {
                _out.Append(' ');
                SelectionSet(selectionSet);
            }
        }

        private void Directives(IReadOnlyList<DirectiveNode> directives, bool leadingSpace)
        {
            foreach (var directive in directives)
            {
                if (leadingSpace)
                {
                    _out.Append(' ');
                }
                leadingSpace = true;
                Directive(directive);
            }
        }

        private void Directive(DirectiveNode n)
        {
            _out.Append('@').Append(n.Name.Value);
            if (n.Arguments.Count > 0)
            {
                _out.Append('(');
                for (var i = 0; i < n.Arguments.Count; i++)
                {
                    if (i > 0)
                    {
                        _out.Append(", ");
                    }
                    Node(n.Arguments[i]);
                }
                _out.Append(')');
            }
        }

        private static string DirectivesText(IReadOnlyList<DirectiveNode> directives)
        {
            if (directives.Count == 0)
            {
                return "";
            }
            var writer = new Writer();
            writer.Directives(directives, leadingSpace: false);
            return writer.ToString();
        }

        // ---- Values and types

        // Values and type references have one printer, shared with error messages and introspection. Raw indents
        // the line breaks of block strings inside a block, as graphql-js does.
        private void Value(ValueNode value) => Raw(ValueLiteralPrinter.Print(value));

        private void Type(TypeNode type) => _out.Append(ValueLiteralPrinter.Print(type));

        // ---- Type system: small and shallow, so printed by composing strings like graphql-js does.

        private void TypeSystem(SyntaxNode node) => Raw(TypeSystemText(node));

        private static string TypeSystemText(SyntaxNode node) => node switch
        {
            SchemaDefinitionNode n => Description(n.Description)
                + Join(["schema", DirectivesText(n.Directives), Block(n.OperationTypes.Select(TypeSystemText))], " "),
            OperationTypeDefinitionNode n => OperationName(n.Operation) + ": " + n.Type.Name.Value,
            ScalarTypeDefinitionNode n => Description(n.Description)
                + Join(["scalar", n.Name.Value, DirectivesText(n.Directives)], " "),
            ObjectTypeDefinitionNode n => Description(n.Description)
                + Join(["type", n.Name.Value, Implements(n.Interfaces), DirectivesText(n.Directives),
                    Block(n.Fields.Select(TypeSystemText))], " "),
            FieldDefinitionNode n => Description(n.Description) + n.Name.Value + ArgumentDefinitions(n.Arguments)
                + ": " + Alone(n.Type) + Wrap(" ", DirectivesText(n.Directives)),
            InputValueDefinitionNode n => Description(n.Description)
                + Join([n.Name.Value + ": " + Alone(n.Type), n.DefaultValue is null ? "" : "= " + Alone(n.DefaultValue),
                    DirectivesText(n.Directives)], " "),
            InterfaceTypeDefinitionNode n => Description(n.Description)
                + Join(["interface", n.Name.Value, Implements(n.Interfaces), DirectivesText(n.Directives),
                    Block(n.Fields.Select(TypeSystemText))], " "),
            UnionTypeDefinitionNode n => Description(n.Description)
                + Join(["union", n.Name.Value, DirectivesText(n.Directives), UnionMembers(n.Types)], " "),
            EnumTypeDefinitionNode n => Description(n.Description)
                + Join(["enum", n.Name.Value, DirectivesText(n.Directives), Block(n.Values.Select(TypeSystemText))], " "),
            EnumValueDefinitionNode n => Description(n.Description) + Join([n.Name.Value, DirectivesText(n.Directives)], " "),
            InputObjectTypeDefinitionNode n => Description(n.Description)
                + Join(["input", n.Name.Value, DirectivesText(n.Directives), Block(n.Fields.Select(TypeSystemText))], " "),
            DirectiveDefinitionNode n => Description(n.Description) + "directive @" + n.Name.Value
                + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : "") + " on "
                + string.Join(" | ", n.Locations.Select(l => l.Value)),
            SchemaExtensionNode n =>
                Join(["extend schema", DirectivesText(n.Directives), Block(n.OperationTypes.Select(TypeSystemText))], " "),
            ScalarTypeExtensionNode n => Join(["extend scalar", n.Name.Value, DirectivesText(n.Directives)], " "),
            ObjectTypeExtensionNode n => Join(["extend type", n.Name.Value, Implements(n.Interfaces),
                DirectivesText(n.Directives), Block(n.Fields.Select(TypeSystemText))], " "),
            InterfaceTypeExtensionNode n => Join(["extend interface", n.Name.Value, Implements(n.Interfaces),
                DirectivesText(n.Directives), Block(n.Fields.Select(TypeSystemText))], " "),
            UnionTypeExtensionNode n => Join(["extend union", n.Name.Value, DirectivesText(n.Directives), UnionMembers(n.Types)], " "),
            EnumTypeExtensionNode n => Join(["extend enum", n.Name.Value, DirectivesText(n.Directives),
                Block(n.Values.Select(TypeSystemText))], " "),
            InputObjectTypeExtensionNode n => Join(["extend input", n.Name.Value, DirectivesText(n.Directives),
                Block(n.Fields.Select(TypeSystemText))], " "),
            _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
        };

        private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) =>
            Wrap("implements ", string.Join(" & ", interfaces.Select(i => i.Name.Value)));

        private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) =>
            Wrap("= ", string.Join(" | ", types.Select(t => t.Name.Value)));

        private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            var printed = arguments.Select(TypeSystemText).ToList();
            return printed.Any(a => a.Contains('\n'))
                ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
                : Wrap("(", Join(printed, ", "), ")");
        }

        private static string Description(StringValueNode? description) =>
            description is null ? "" : Alone(description) + "\n";

        private static string OperationName(OperationType operation) => operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            _ => "subscription",
        };

        /// <summary>Joins the non-empty parts, as graphql-js's <c>join</c> skips empty strings.</summary>
        private static string Join(IEnumerable<string> parts, string separator) =>
            string.Join(separator, parts.Where(p => p.Length > 0));

        private static string Block(IEnumerable<string> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

        private static string Wrap(string start, string value, string end = "") =>
            value.Length > 0 ? start + value + end : "";

        private static string Indent(string text) => Wrap("  ", text.Replace("\n", "\n  "));
    }
}
