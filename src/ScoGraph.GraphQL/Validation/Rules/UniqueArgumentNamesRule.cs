using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.4.2 Argument Uniqueness: a field or directive is given each argument once.</summary>
public sealed class UniqueArgumentNamesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            Check(node.Arguments);
            return true;
        }

        public override bool EnterDirective(DirectiveNode node)
        {
            Check(node.Arguments);
            return true;
        }

        private void Check(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count < 2) return;
            var groups = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var argument in arguments)
            {
                var name = argument.Name.Value;
                if (!groups.TryGetValue(name, out var group))
                {
                    groups[name] = group = [];
                    order.Add(name);
                }
                group.Add(argument.Name);
            }
            foreach (var name in order)
                if (groups[name].Count > 1)
                    context.Report($"There can be only one argument named \"{name}\".", groups[name]);
        }
    }
}
