using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>5.2.2.1 Lone Anonymous Operation: an operation without a name must be the document's only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private int _operationCount;

        public override bool EnterDocument(DocumentNode node)
        {
            foreach (var definition in node.Definitions)
                if (definition is OperationDefinitionNode) _operationCount++;
            return true;
        }

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Name is null && _operationCount > 1)
                context.Report("This anonymous operation must be the only defined operation.", node);
            return true;
        }
    }
}
