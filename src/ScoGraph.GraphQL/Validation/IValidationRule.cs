namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// One validation rule (spec section 5). A rule is stateless; for each validation it creates a fresh
/// <see cref="ValidationVisitor"/> that sees every node of the document in one shared walk.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
