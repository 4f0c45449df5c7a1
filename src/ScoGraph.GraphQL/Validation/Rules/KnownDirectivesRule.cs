using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.7.1 Directives Are Defined and 5.7.2 Directives Are In Valid Locations: every directive is known to the schema
/// (or defined by the document) and allowed where it is used.
/// </summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _locations = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                var names = new string[directive.Locations.Count];
                for (var i = 0; i < names.Length; i++) names[i] = directive.Locations[i].ToName();
                _locations[directive.Name] = names;
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is not DirectiveDefinitionNode directive) continue;
                var names = new string[directive.Locations.Count];
                for (var i = 0; i < names.Length; i++) names[i] = directive.Locations[i].Value;
                _locations[directive.Name.Value] = names;
            }
        }

        public override bool EnterDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.Report($"Unknown directive \"@{name}\".", node);
                return true;
            }
            var candidate = CandidateLocation(_context.Ancestors);
            if (candidate is not null && !Contains(locations, candidate))
                _context.Report($"Directive \"@{name}\" may not be used on {candidate}.", node);
            return true;
        }

        private static bool Contains(IReadOnlyList<string> locations, string candidate)
        {
            for (var i = 0; i < locations.Count; i++)
                if (locations[i] == candidate) return true;
            return false;
        }

        /// <summary>The location the directive is applied at, from the node that carries it (the last ancestor).</summary>
        private static string? CandidateLocation(IReadOnlyList<SyntaxNode> ancestors)
        {
            if (ancestors.Count == 0) return null;
            return ancestors[^1] switch
            {
                OperationDefinitionNode operation => operation.Operation switch
                {
                    OperationType.Mutation => "MUTATION",
                    OperationType.Subscription => "SUBSCRIPTION",
                    _ => "QUERY",
                },
                FieldNode => "FIELD",
                FragmentSpreadNode => "FRAGMENT_SPREAD",
                InlineFragmentNode => "INLINE_FRAGMENT",
                FragmentDefinitionNode => "FRAGMENT_DEFINITION",
                VariableDefinitionNode => "VARIABLE_DEFINITION",
                SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
                FieldDefinitionNode => "FIELD_DEFINITION",
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
                UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
                EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
                EnumValueDefinitionNode => "ENUM_VALUE",
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
                // graphql-js looks at the node holding the input value: only an input object definition (not an
                // extension) makes it an input field.
                InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                    ? "INPUT_FIELD_DEFINITION"
                    : "ARGUMENT_DEFINITION",
                DirectiveDefinitionNode => "DIRECTIVE_DEFINITION",
                _ => null,
            };
        }
    }
}
