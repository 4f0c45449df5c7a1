using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Types;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Validation.Rules;

/// <summary>
/// 5.6.1 Values of Correct Type (with 5.6.4 Input Object Required Fields and the <c>@oneOf</c> rules): every literal
/// fits the type of its position. Scalars and enums judge their own literals, so their messages are the ones their
/// literal coercion gives.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterListValue(ListValueNode node)
        {
            // The list's own position type is the parent input type here (the item type is already pushed).
            if (context.ParentInputType?.GetNullableType() is ListType) return true;
            CheckLeafValue(node);
            return false;
        }

        public override bool EnterObjectValue(ObjectValueNode node)
        {
            if (context.InputType?.GetNamedType() is not InputObjectType type)
            {
                CheckLeafValue(node);
                return false;
            }

            // graphql-js keys the given fields by name, the last occurrence winning.
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            var givenOrder = new List<string>();
            foreach (var field in node.Fields)
            {
                if (!given.ContainsKey(field.Name.Value)) givenOrder.Add(field.Name.Value);
                given[field.Name.Value] = field;
            }

            foreach (var fieldDefinition in type.Fields)
            {
                if (given.ContainsKey(fieldDefinition.Name) || !fieldDefinition.IsRequired()) continue;
                context.Report(
                    $"Field \"{type.Name}.{fieldDefinition.Name}\" of required type \"{fieldDefinition.Type}\" was not provided.", node);
            }

            if (type.IsOneOf) CheckOneOf(node, type, given, givenOrder);
            return true;
        }

        private void CheckOneOf(ObjectValueNode node, InputObjectType type, Dictionary<string, ObjectFieldNode> given, List<string> givenOrder)
        {
            if (givenOrder.Count != 1)
            {
                context.Report($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", node);
                return;
            }
            if (given[givenOrder[0]].Value is NullValueNode)
                context.Report($"Field \"{type.Name}.{givenOrder[0]}\" must be non-null.", node);
        }

        public override bool EnterObjectField(ObjectFieldNode node)
        {
            if (context.InputType is not null || context.ParentInputType?.GetNamedType() is not InputObjectType parentType) return true;
            var names = new List<string>(parentType.Fields.Count);
            foreach (var field in parentType.Fields) names.Add(field.Name);
            context.Report(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." +
                (context.HideSuggestions ? "" : Suggestions.DidYouMean(Suggestions.List(node.Name.Value, names))),
                node);
            return true;
        }

        public override bool EnterScalarValue(ValueNode node)
        {
            if (node is NullValueNode)
            {
                if (context.InputType is NonNullType type)
                    context.Report($"Expected value of type \"{type}\", found null.", node);
                return true;
            }
            CheckLeafValue(node);
            return true;
        }

        /// <summary>A literal in a position whose type is not a list or input object: the leaf type must accept it.</summary>
        private void CheckLeafValue(ValueNode node)
        {
            if (context.InputType is not { } locationType) return;
            var type = locationType.GetNamedType();
            if (!type.IsLeafType())
            {
                context.Report($"Expected value of type \"{locationType}\", found {ValueLiteralPrinter.Print(node)}.", node);
                return;
            }
            try
            {
                if (type is EnumType enumType) enumType.ParseLiteral(node, context.HideSuggestions);
                else ((ScalarType)type).ParseLiteral(node);
            }
            catch (GraphQLCoercionException error)
            {
                context.Report(error.Message, error.Node ?? node);
            }
            catch (Exception error) when (error is not ValidationAbortedException)
            {
                // A custom scalar failing in its own way: graphql-js prefixes the generic message.
                context.Report($"Expected value of type \"{locationType}\", found {ValueLiteralPrinter.Print(node)}; {error.Message}", node);
            }
        }
    }
}
