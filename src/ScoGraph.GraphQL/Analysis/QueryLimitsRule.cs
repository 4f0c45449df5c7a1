using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Validation;

namespace ScoGraph.GraphQL.Analysis;

/// <summary>
/// The limits as a validation rule, for hosts that validate through <see cref="DocumentValidator"/> (for example as
/// extra rules of a request executor). It measures every operation of the document with variables at their
/// declared defaults, so a page size passed in a variable is only known to the HTTP layer, which runs
/// <see cref="QueryAnalyzer"/> itself with the request's variables (and before validation).
/// </summary>
public sealed class QueryLimitsRule(QueryLimits limits, bool allowIntrospection = true) : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, limits, allowIntrospection);

    private sealed class Visitor(ValidationContext context, QueryLimits limits, bool allowIntrospection) : ValidationVisitor
    {
        public override bool EnterDocument(DocumentNode node)
        {
            var analysis = QueryAnalyzer.Analyze(node, operationName: null, variables: null, new SchemaTypeInfo(context.Schema), limits);
            if (QueryLimitChecker.Check(analysis, limits, allowIntrospection) is { } error) context.ReportError(error);
            return true;
        }
    }
}
