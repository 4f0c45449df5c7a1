using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.5.1.2 Fragment Spread Type Existence (and the types of variables): every named type reference names a type of
/// the schema (or one the document itself defines). Built-in scalar and introspection type names are always known
/// inside type-system definitions.
/// </summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly string[] StandardTypeNames =
    [
        "String", "Int", "Float", "Boolean", "ID",
        "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind",
    ];

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var definition in context.Document.Definitions)
                if (definition is TypeDefinitionNode type) _definedTypes.Add(type.Name.Value);
        }

        public override bool EnterNamedType(NamedTypeNode node)
        {
            var typeName = node.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName)) return true;

            // The top-level definition is the second ancestor (after the document).
            var ancestors = _context.Ancestors;
            var definition = ancestors.Count > 1 ? ancestors[1] : null;
            var isSdl = definition is TypeSystemDefinitionNode;
            if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0) return true;

            var candidates = new List<string>();
            if (isSdl) candidates.AddRange(StandardTypeNames);
            foreach (var type in _context.Schema.Types) candidates.Add(type.Name);
            candidates.AddRange(_definedTypes);
            _context.Report($"Unknown type \"{typeName}\"." + (_context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(typeName, candidates))), node);
            return true;
        }
    }
}
