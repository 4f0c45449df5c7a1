using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.4.1 Argument Names: every argument given to a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, List<string>> _directiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                var names = new List<string>(directive.Arguments.Count);
                foreach (var argument in directive.Arguments) names.Add(argument.Name);
                _directiveArguments[directive.Name] = names;
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is not DirectiveDefinitionNode directive) continue;
                var names = new List<string>(directive.Arguments.Count);
                foreach (var argument in directive.Arguments) names.Add(argument.Name.Value);
                _directiveArguments[directive.Name.Value] = names;
            }
        }

        public override bool EnterArgument(ArgumentNode node)
        {
            if (_context.Argument is not null || _context.FieldDefinition is not { } field || _context.ParentType is not { } parentType)
                return true;
            var name = node.Name.Value;
            var names = new List<string>(field.Arguments.Count);
            foreach (var argument in field.Arguments) names.Add(argument.Name);
            var hint = _context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(name, names));
            _context.Report($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\"." + hint, node);
            return true;
        }

        /// <summary>Directive arguments are checked here, and not again as field arguments (hence the skip).</summary>
        public override bool EnterDirective(DirectiveNode node)
        {
            var directiveName = node.Name.Value;
            if (_directiveArguments.TryGetValue(directiveName, out var known))
            {
                foreach (var argument in node.Arguments)
                {
                    var name = argument.Name.Value;
                    if (known.Contains(name)) continue;
                    // graphql-js suggests from a set: each name once.
                    _context.Report(
                        $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." +
                        (_context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(name, known.Distinct()))),
                        argument);
                }
            }
            return false;
        }
    }
}
