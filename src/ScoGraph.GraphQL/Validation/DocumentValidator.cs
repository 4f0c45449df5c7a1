using System.Runtime.CompilerServices;
using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec section 5) with graphql-js 16's rules, messages and
/// locations. All rules run in a single walk of the document; errors come out in the order graphql-js reports them.
/// </summary>
public static class DocumentValidator
{
    /// <summary>
    /// The problems of <paramref name="document"/>, empty when it is valid. <paramref name="rules"/> defaults to
    /// <see cref="SpecifiedRules.All"/>. At most <see cref="ValidationOptions.MaxErrors"/> (100) errors are reported, then a
    /// final "Too many validation errors" error. Never throws for any document.
    /// </summary>
    /// <summary>The error for documents whose fragments or selections nest too deeply to be checked.</summary>
    public const string TooDeepMessage = "Validation aborted: the document nests fragments or selections too deeply.";

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<IValidationRule>? rules = null) =>
        Validate(schema, document, rules, ValidationOptions.Default);

    /// <summary>As <see cref="Validate(Schema, DocumentNode, IReadOnlyList{IValidationRule}?)"/>, with graphql-js's options.</summary>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, IReadOnlyList<IValidationRule>? rules,
        ValidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, errors, options);
        // The usage recorder goes first so each definition's variable usages are stored before rules leave it.
        var visitors = new ValidationVisitor[rules.Count + 1];
        visitors[0] = context.CreateUsageRecorder();
        for (var i = 0; i < rules.Count; i++) visitors[i + 1] = rules[i].CreateVisitor(context);
        var walker = new ValidationWalker(context.TypeInfo, visitors);
        context.AttachWalker(walker);
        try
        {
            walker.Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            if (!aborted.ErrorLimitReached) errors.Add(new GraphQLError("Validation aborted."));
        }
        catch (InsufficientExecutionStackException)
        {
            // graphql-js overflows its stack on such documents; we answer with an error instead of crashing.
            errors.Add(new GraphQLError(TooDeepMessage));
        }
        return errors;
    }
}
