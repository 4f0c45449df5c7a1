using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Language.Ast;
using ScoGraph.GraphQL.Utilities;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// The checks graphql-js's <c>assertValidSDL</c> runs on a schema document before building it (its
/// <c>specifiedSDLRules</c>), with the same messages and locations. Problems are listed rule by rule.
/// </summary>
internal static class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field",
         "__InputValue", "__EnumValue", "__TypeKind"];

    public static List<GraphQLError> Validate(DocumentNode document)
    {
        var errors = new Report();
        var definitions = document.Definitions;
        var directives = DirectiveShapes(definitions);

        errors.Rule = 0; LoneSchemaDefinition(definitions, errors);
        errors.Rule = 1; UniqueOperationTypes(definitions, errors);
        errors.Rule = 2; UniqueTypeNames(definitions, errors);
        errors.Rule = 3; UniqueEnumValueNames(definitions, errors);
        errors.Rule = 4; UniqueFieldDefinitionNames(definitions, errors);
        errors.Rule = 5; UniqueArgumentDefinitionNames(definitions, errors);
        errors.Rule = 6; UniqueDirectiveNames(definitions, errors);
        errors.Rule = 7; KnownTypeNames(definitions, errors);
        errors.Rule = 8; KnownDirectives(definitions, directives, errors);
        errors.Rule = 9; UniqueDirectivesPerLocation(definitions, directives, errors);
        errors.Rule = 10; PossibleTypeExtensions(definitions, errors);
        DirectiveArguments(definitions, directives, errors); // rules 11, 12 and 14
        errors.Rule = 13; UniqueInputFieldNames(definitions, errors);
        return errors.InDocumentOrder();
    }

    /// <summary>
    /// Collects problems with the spot graphql-js's single document walk reports them at, so the final list comes out
    /// in its order: by position in the document, then by rule.
    /// </summary>
    private sealed class Report
    {
        private readonly List<(int Key, int Rule, int Sequence, GraphQLError Error)> _items = [];

        public int Rule { get; set; }

        public void Add(SyntaxNode? at, string message, params SyntaxNode?[] nodes) =>
            _items.Add((at?.Location?.Start ?? 0, Rule, _items.Count, GraphQLError.At(message, nodes)));

        /// <summary>For checks graphql-js makes when it leaves a node (after visiting its children).</summary>
        public void AddAtEnd(SyntaxNode at, string message, params SyntaxNode?[] nodes) =>
            _items.Add((at.Location?.End ?? 0, Rule, _items.Count, GraphQLError.At(message, nodes)));

        public List<GraphQLError> InDocumentOrder() =>
            [.. _items.OrderBy(i => i.Key).ThenBy(i => i.Rule).ThenBy(i => i.Sequence).Select(i => i.Error)];
    }

    private static void LoneSchemaDefinition(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var count = 0;
        foreach (var schema in definitions.OfType<SchemaDefinitionNode>())
            if (count++ > 0) errors.Add(schema, "Must provide only one schema definition.", schema);
    }

    private static void UniqueOperationTypes(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var defined = new Dictionary<OperationType, OperationTypeDefinitionNode>();
        foreach (var definition in definitions)
        {
            var operationTypes = definition switch
            {
                SchemaDefinitionNode s => s.OperationTypes,
                SchemaExtensionNode e => e.OperationTypes,
                _ => null,
            };
            if (operationTypes is null) continue;
            foreach (var operationType in operationTypes)
            {
                if (defined.TryGetValue(operationType.Operation, out var previous))
                    errors.Add(definition,
                        $"There can be only one {OperationName(operationType.Operation)} type in schema.", previous, operationType);
                else defined[operationType.Operation] = operationType;
            }
        }
    }

    internal static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private static void UniqueTypeNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var definition in definitions.OfType<TypeDefinitionNode>())
        {
            if (known.TryGetValue(definition.Name.Value, out var previous))
                errors.Add(definition, $"There can be only one type named \"{definition.Name.Value}\".", previous, definition.Name);
            else known[definition.Name.Value] = definition.Name;
        }
    }

    private static void UniqueEnumValueNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var known = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var (name, values) = definition switch
            {
                EnumTypeDefinitionNode d => (d.Name.Value, d.Values),
                EnumTypeExtensionNode e => (e.Name.Value, e.Values),
                _ => (null, null),
            };
            if (name is null) continue;
            if (!known.TryGetValue(name, out var names)) known[name] = names = new(StringComparer.Ordinal);
            foreach (var value in values!)
            {
                if (names.TryGetValue(value.Name.Value, out var previous))
                    errors.Add(definition, $"Enum value \"{name}.{value.Name.Value}\" can only be defined once.", previous, value.Name);
                else names[value.Name.Value] = value.Name;
            }
        }
    }

    private static void UniqueFieldDefinitionNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var known = new Dictionary<string, Dictionary<string, NameNode>>(StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            IEnumerable<NameNode>? fieldNames = definition switch
            {
                ObjectTypeDefinitionNode d => d.Fields.Select(f => f.Name),
                ObjectTypeExtensionNode d => d.Fields.Select(f => f.Name),
                InterfaceTypeDefinitionNode d => d.Fields.Select(f => f.Name),
                InterfaceTypeExtensionNode d => d.Fields.Select(f => f.Name),
                InputObjectTypeDefinitionNode d => d.Fields.Select(f => f.Name),
                InputObjectTypeExtensionNode d => d.Fields.Select(f => f.Name),
                _ => null,
            };
            if (fieldNames is null) continue;
            var typeName = definition is TypeDefinitionNode t ? t.Name.Value : ((TypeExtensionNode)definition).Name.Value;
            if (!known.TryGetValue(typeName, out var names)) known[typeName] = names = new(StringComparer.Ordinal);
            foreach (var fieldName in fieldNames)
            {
                if (names.TryGetValue(fieldName.Value, out var previous))
                    errors.Add(definition, $"Field \"{typeName}.{fieldName.Value}\" can only be defined once.", previous, fieldName);
                else names[fieldName.Value] = fieldName;
            }
        }
    }

    private static void UniqueArgumentDefinitionNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        void Check(SyntaxNode at, string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
        {
            foreach (var group in arguments.GroupBy(a => a.Name.Value))
                if (group.Count() > 1)
                    errors.Add(at, $"Argument \"{parentName}({group.Key}:)\" can only be defined once.",
                        group.Select(a => (SyntaxNode)a.Name).ToArray());
        }

        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive:
                    Check(directive, "@" + directive.Name.Value, directive.Arguments);
                    break;
                case ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                    var (name, fields) = FieldsOf(definition);
                    foreach (var field in fields) Check(definition, $"{name}.{field.Name.Value}", field.Arguments);
                    break;
            }
        }
    }

    private static (string Name, IReadOnlyList<FieldDefinitionNode> Fields) FieldsOf(DefinitionNode definition) => definition switch
    {
        ObjectTypeDefinitionNode d => (d.Name.Value, d.Fields),
        ObjectTypeExtensionNode d => (d.Name.Value, d.Fields),
        InterfaceTypeDefinitionNode d => (d.Name.Value, d.Fields),
        InterfaceTypeExtensionNode d => (d.Name.Value, d.Fields),
        _ => ("", []),
    };

    private static void UniqueDirectiveNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        foreach (var directive in definitions.OfType<DirectiveDefinitionNode>())
        {
            if (known.TryGetValue(directive.Name.Value, out var previous))
                errors.Add(directive, $"There can be only one directive named \"@{directive.Name.Value}\".", previous, directive.Name);
            else known[directive.Name.Value] = directive.Name;
        }
    }

    private static void KnownTypeNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        var definedInOrder = new List<string>();
        foreach (var definition in definitions.OfType<TypeDefinitionNode>())
            if (defined.Add(definition.Name.Value)) definedInOrder.Add(definition.Name.Value);
        var suggestions = StandardTypeNames.Concat(definedInOrder).ToList();

        foreach (var named in SyntaxTree.NamedTypeReferences(definitions))
        {
            var name = named.Name.Value;
            if (defined.Contains(name) || StandardTypeNames.Contains(name)) continue;
            errors.Add(named, $"Unknown type \"{name}\"." +
                Suggestions.DidYouMean(Suggestions.List(name, suggestions)), named);
        }
    }

    /// <summary>Known directive name → (locations, repeatable, arguments), the specified ones overridden by the document's.</summary>
    private static Dictionary<string, DirectiveShape> DirectiveShapes(IReadOnlyList<DefinitionNode> definitions)
    {
        var shapes = new Dictionary<string, DirectiveShape>(StringComparer.Ordinal);
        foreach (var directive in BuiltInDirectives.All)
            shapes[directive.Name] = new DirectiveShape(
                directive.Locations.Select(l => l.ToName()).ToList(), directive.IsRepeatable,
                directive.Arguments.Select(a => (a.Name, $"{a.Type}", a.IsRequired())).ToList());
        foreach (var directive in definitions.OfType<DirectiveDefinitionNode>())
            shapes[directive.Name.Value] = new DirectiveShape(
                directive.Locations.Select(l => l.Value).ToList(), directive.Repeatable,
                directive.Arguments.Select(a => (a.Name.Value, ValueLiteralPrinter.Print(a.Type),
                    a.Type is NonNullTypeNode && a.DefaultValue is null)).ToList());
        return shapes;
    }

    private sealed record DirectiveShape(List<string> Locations, bool Repeatable, List<(string Name, string Type, bool Required)> Arguments);

    private static void KnownDirectives(IReadOnlyList<DefinitionNode> definitions, Dictionary<string, DirectiveShape> shapes, Report errors)
    {
        foreach (var (directive, location, _) in SyntaxTree.DirectiveUsages(definitions))
        {
            if (!shapes.TryGetValue(directive.Name.Value, out var shape))
                errors.Add(directive, $"Unknown directive \"@{directive.Name.Value}\".", directive);
            else if (!shape.Locations.Contains(location))
                errors.Add(directive, $"Directive \"@{directive.Name.Value}\" may not be used on {location}.", directive);
        }
    }

    private static void UniqueDirectivesPerLocation(IReadOnlyList<DefinitionNode> definitions, Dictionary<string, DirectiveShape> shapes, Report errors)
    {
        var byOwner = new Dictionary<string, Dictionary<string, DirectiveNode>>(StringComparer.Ordinal);
        foreach (var (owner, key, directives) in SyntaxTree.DirectiveLists(definitions))
        {
            Dictionary<string, DirectiveNode> seen;
            if (key is null) seen = new(StringComparer.Ordinal);
            else if (!byOwner.TryGetValue(key, out seen!)) byOwner[key] = seen = new(StringComparer.Ordinal);
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!shapes.TryGetValue(name, out var shape) || shape.Repeatable) continue;
                if (seen.TryGetValue(name, out var previous))
                    errors.Add(owner, $"The directive \"@{name}\" can only be used once at this location.", previous, directive);
                else seen[name] = directive;
            }
        }
    }

    private static void PossibleTypeExtensions(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        var defined = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in definitions.OfType<TypeDefinitionNode>()) defined[definition.Name.Value] = definition;
        foreach (var extension in definitions.OfType<TypeExtensionNode>())
        {
            var name = extension.Name.Value;
            if (defined.TryGetValue(name, out var definition))
            {
                if (!Matches(definition, extension))
                    errors.Add(extension, $"Cannot extend non-{KindName(extension)} type \"{name}\".", definition, extension);
            }
            else
            {
                errors.Add(extension, $"Cannot extend type \"{name}\" because it is not defined." +
                    Suggestions.DidYouMean(Suggestions.List(name, defined.Keys)), extension.Name);
            }
        }
    }

    private static bool Matches(TypeDefinitionNode definition, TypeExtensionNode extension) => (definition, extension) switch
    {
        (ScalarTypeDefinitionNode, ScalarTypeExtensionNode) => true,
        (ObjectTypeDefinitionNode, ObjectTypeExtensionNode) => true,
        (InterfaceTypeDefinitionNode, InterfaceTypeExtensionNode) => true,
        (UnionTypeDefinitionNode, UnionTypeExtensionNode) => true,
        (EnumTypeDefinitionNode, EnumTypeExtensionNode) => true,
        (InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode) => true,
        _ => false,
    };

    private static string KindName(TypeExtensionNode extension) => extension switch
    {
        ScalarTypeExtensionNode => "scalar",
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        _ => "input object",
    };

    /// <summary>KnownArgumentNamesOnDirectives, UniqueArgumentNames and ProvidedRequiredArgumentsOnDirectives.</summary>
    private static void DirectiveArguments(IReadOnlyList<DefinitionNode> definitions, Dictionary<string, DirectiveShape> shapes, Report errors)
    {
        var usages = SyntaxTree.DirectiveUsages(definitions).Select(u => u.Directive).ToList();
        errors.Rule = 11;
        foreach (var directive in usages)
        {
            if (!shapes.TryGetValue(directive.Name.Value, out var shape)) continue;
            var names = shape.Arguments.Select(a => a.Name).ToList();
            foreach (var argument in directive.Arguments)
                if (!names.Contains(argument.Name.Value))
                    errors.Add(directive, $"Unknown argument \"{argument.Name.Value}\" on directive \"@{directive.Name.Value}\"." +
                        Suggestions.DidYouMean(Suggestions.List(argument.Name.Value, names)), argument);
        }
        errors.Rule = 12;
        foreach (var directive in usages)
        {
            foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value))
                if (group.Count() > 1)
                    errors.Add(directive, $"There can be only one argument named \"{group.Key}\".",
                        group.Select(a => (SyntaxNode)a.Name).ToArray());
        }
        errors.Rule = 14;
        foreach (var directive in usages)
        {
            if (!shapes.TryGetValue(directive.Name.Value, out var shape)) continue;
            foreach (var (name, type, required) in shape.Arguments)
                if (required && directive.Arguments.All(a => a.Name.Value != name))
                    errors.AddAtEnd(directive,
                        $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.", directive);
        }
    }

    private static void UniqueInputFieldNames(IReadOnlyList<DefinitionNode> definitions, Report errors)
    {
        foreach (var value in SyntaxTree.ConstantValues(definitions))
            CheckObjectFields(value, errors);
    }

    private static void CheckObjectFields(ValueNode value, Report errors)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                var seen = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (seen.TryGetValue(field.Name.Value, out var previous))
                        errors.Add(field, $"There can be only one input field named \"{field.Name.Value}\".", previous, field.Name);
                    else seen[field.Name.Value] = field.Name;
                    CheckObjectFields(field.Value, errors);
                }
                break;
            case ListValueNode list:
                foreach (var item in list.Values) CheckObjectFields(item, errors);
                break;
        }
    }
}
