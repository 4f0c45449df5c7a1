using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears at most once on a node (for type
/// and schema definitions, across the definition and its extensions).
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _unique = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives) _unique[directive.Name] = !directive.IsRepeatable;
            foreach (var definition in context.Document.Definitions)
                if (definition is DirectiveDefinitionNode directive) _unique[directive.Name.Value] = !directive.Repeatable;
        }

        public override bool EnterOperationDefinition(OperationDefinitionNode node) { Check(node.Directives, null); return true; }
        public override bool EnterVariableDefinition(VariableDefinitionNode node) { Check(node.Directives, null); return true; }
        public override bool EnterField(FieldNode node) { Check(node.Directives, null); return true; }
        public override bool EnterFragmentSpread(FragmentSpreadNode node) { Check(node.Directives, null); return true; }
        public override bool EnterInlineFragment(InlineFragmentNode node) { Check(node.Directives, null); return true; }
        public override bool EnterFragmentDefinition(FragmentDefinitionNode node) { Check(node.Directives, null); return true; }

        public override bool EnterTypeSystemNode(SyntaxNode node)
        {
            switch (node)
            {
                case SchemaDefinitionNode schema: Check(schema.Directives, _schemaDirectives); break;
                case SchemaExtensionNode schema: Check(schema.Directives, _schemaDirectives); break;
                case TypeDefinitionNode type: Check(type.Directives, SeenFor(_typeDirectives, type.Name.Value)); break;
                case TypeExtensionNode type: Check(type.Directives, SeenFor(_typeDirectives, type.Name.Value)); break;
                case FieldDefinitionNode field: Check(field.Directives, null); break;
                case InputValueDefinitionNode input: Check(input.Directives, null); break;
                case EnumValueDefinitionNode value: Check(value.Directives, null); break;
            }
            return true;
        }

        private static Dictionary<string, DirectiveNode> SeenFor(Dictionary<string, Dictionary<string, DirectiveNode>> map, string name)
        {
            if (!map.TryGetValue(name, out var seen)) map[name] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            return seen;
        }

        private void Check(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode>? seen)
        {
            if (directives.Count == 0) return;
            // Most nodes carry a single directive: no lookup table needed then.
            if (seen is null && directives.Count == 1) return;
            seen ??= new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!_unique.TryGetValue(name, out var unique) || !unique) continue;
                if (seen.TryGetValue(name, out var first))
                    _context.Report($"The directive \"@{name}\" can only be used once at this location.", first, directive);
                else
                    seen[name] = directive;
            }
        }
    }
}
