using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.4.2.1 Required Arguments: every non-null argument without a default value is given, on fields and on
/// directives.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : ValidationVisitor
    {
        private readonly ValidationContext _context;

        /// <summary>Required arguments per directive name: name and printed type.</summary>
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            foreach (var directive in context.Schema.Directives)
            {
                var required = new List<(string, string)>();
                foreach (var argument in directive.Arguments)
                    if (argument.IsRequired()) required.Add((argument.Name, argument.Type.ToString()!));
                _requiredDirectiveArguments[directive.Name] = required;
            }
            foreach (var definition in context.Document.Definitions)
            {
                if (definition is not DirectiveDefinitionNode directive) continue;
                // As graphql-js keys them by name: a later duplicate argument replaces an earlier one in place.
                var required = new List<(string Name, string Type)>();
                foreach (var argument in directive.Arguments)
                {
                    if (argument.Type is not NonNullTypeNode || argument.DefaultValue is not null) continue;
                    var entry = (argument.Name.Value, ValueLiteralPrinter.Print(argument.Type));
                    var existing = required.FindIndex(r => r.Name == entry.Item1);
                    if (existing >= 0) required[existing] = entry;
                    else required.Add(entry);
                }
                _requiredDirectiveArguments[directive.Name.Value] = required;
            }
        }

        public override void LeaveField(FieldNode node)
        {
            if (_context.FieldDefinition is not { } field) return;
            foreach (var argument in field.Arguments)
            {
                if (!argument.IsRequired() || IsProvided(node.Arguments, argument.Name)) continue;
                _context.Report(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node);
            }
        }

        public override void LeaveDirective(DirectiveNode node)
        {
            var name = node.Name.Value;
            if (!_requiredDirectiveArguments.TryGetValue(name, out var required)) return;
            foreach (var (argumentName, type) in required)
            {
                if (IsProvided(node.Arguments, argumentName)) continue;
                _context.Report(
                    $"Directive \"@{name}\" argument \"{argumentName}\" of type \"{type}\" is required, but it was not provided.", node);
            }
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            for (var i = 0; i < arguments.Count; i++)
                if (arguments[i].Name.Value == name) return true;
            return false;
        }
    }
}
