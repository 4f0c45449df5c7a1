using ScoGraph.GraphQL.Execution;
using ScoGraph.GraphQL.Introspection;
using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>
/// Type-system validation as graphql-js's <c>validateSchema</c> does it (spec 3): names, fields, arguments,
/// interface implementation, unions, enums, input objects (oneOf rules, non-null cycles), directives.
/// Messages and locations match graphql-js 16.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(Schema schema)
    {
        var errors = new List<GraphQLError>();
        if (schema.QueryType is null)
            errors.Add(GraphQLError.At("Query root type must be provided.", schema.Definition));
        errors.AddRange(ValidateDirectivesAndTypes(schema));
        return errors;
    }

    /// <summary>Everything but the root-type checks (the schema builder reports those itself, with the SDL nodes).</summary>
    internal static List<GraphQLError> ValidateDirectivesAndTypes(Schema schema)
    {
        var errors = new List<GraphQLError>();
        foreach (var directive in schema.Directives) ValidateDirective(directive, errors);

        var cycles = new InputObjectCycleDetector(errors);
        foreach (var type in schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type)) ValidateName(type.Name, type.Definition, errors);
            switch (type)
            {
                case ComplexOutputType complex:
                    ValidateFields(complex, errors);
                    ValidateInterfaces(schema, complex, errors);
                    break;
                case UnionType union:
                    ValidateUnion(union, errors);
                    break;
                case EnumType enumType:
                    if (enumType.Values.Count == 0)
                        errors.Add(At($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType)));
                    foreach (var value in enumType.Values) ValidateName(value.Name, value.Definition, errors);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input, errors);
                    cycles.Detect(input);
                    break;
            }
        }
        return errors;
    }

    private static GraphQLError At(string message, IEnumerable<SyntaxNode?> nodes) => GraphQLError.At(message, nodes.ToArray());

    private static IEnumerable<SyntaxNode?> TypeNodes(NamedType type) => [type.Definition, .. type.Extensions];

    private static void ValidateName(string name, SyntaxNode? node, List<GraphQLError> errors)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
            errors.Add(GraphQLError.At($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node));
    }

    private static DirectiveNode? DeprecatedDirective(InputValueDefinitionNode? node) =>
        node?.Directives.FirstOrDefault(d => d.Name.Value == "deprecated");

    private static void ValidateDirective(DirectiveDefinition directive, List<GraphQLError> errors)
    {
        ValidateName(directive.Name, directive.Definition, errors);
        if (directive.Locations.Count == 0)
            errors.Add(GraphQLError.At($"Directive @{directive.Name} must include 1 or more locations.", directive.Definition));
        foreach (var argument in directive.Arguments)
        {
            ValidateName(argument.Name, argument.Definition, errors);
            if (!argument.Type.IsInputType())
                errors.Add(GraphQLError.At(
                    $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.", argument.Definition));
            if (argument.IsRequired() && argument.IsDeprecated)
                errors.Add(GraphQLError.At($"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                    DeprecatedDirective(argument.Definition), argument.Definition?.Type));
        }
    }

    private static void ValidateFields(ComplexOutputType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0)
            errors.Add(At($"Type {type.Name} must define one or more fields.", TypeNodes(type)));
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.Definition, errors);
            if (!field.Type.IsOutputType())
                errors.Add(GraphQLError.At($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.",
                    field.Definition?.Type));
            foreach (var argument in field.Arguments)
            {
                ValidateName(argument.Name, argument.Definition, errors);
                if (!argument.Type.IsInputType())
                    errors.Add(GraphQLError.At(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.Definition?.Type));
                if (argument.IsRequired() && argument.IsDeprecated)
                    errors.Add(GraphQLError.At($"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirective(argument.Definition), argument.Definition?.Type));
            }
        }
    }

    private static IEnumerable<SyntaxNode?> ImplementsNodes(NamedType type, NamedType iface) =>
        TypeNodes(type).SelectMany(node => node switch
        {
            ObjectTypeDefinitionNode d => d.Interfaces,
            InterfaceTypeDefinitionNode d => d.Interfaces,
            ObjectTypeExtensionNode d => d.Interfaces,
            InterfaceTypeExtensionNode d => d.Interfaces,
            _ => [],
        }).Where(n => n.Name.Value == iface.Name);

    private static void ValidateInterfaces(Schema schema, ComplexOutputType type, List<GraphQLError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<NamedType> declared = type.DeclaredInterfaces.Count > 0 ? type.DeclaredInterfaces : type.Interfaces;
        foreach (var declaredType in declared)
        {
            if (declaredType is not InterfaceType iface)
            {
                errors.Add(At($"Type {type.Name} must only implement Interface types, it cannot implement {declaredType.Name}.",
                    ImplementsNodes(type, declaredType)));
                continue;
            }
            if (ReferenceEquals(type, iface))
            {
                errors.Add(At($"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsNodes(type, iface)));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                errors.Add(At($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface)));
                continue;
            }
            ValidateImplementsAncestors(type, iface, errors);
            ValidateImplementsInterface(schema, type, iface, errors);
        }
    }

    private static void ValidateImplementsInterface(Schema schema, ComplexOutputType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                errors.Add(At($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [ifaceField.Definition, .. TypeNodes(type)]));
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                errors.Add(GraphQLError.At(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.Definition?.Type, typeField.Definition?.Type));

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    errors.Add(GraphQLError.At(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArg.Definition, typeField.Definition));
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    errors.Add(GraphQLError.At(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.Definition?.Type, typeArg.Definition?.Type));
            }
            foreach (var typeArg in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired())
                    errors.Add(GraphQLError.At(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                        typeArg.Definition, ifaceField.Definition));
            }
        }
    }

    private static void ValidateImplementsAncestors(ComplexOutputType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (type.Interfaces.Contains(transitive)) continue;
            var message = ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.";
            errors.Add(At(message, [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]));
        }
    }

    private static void ValidateUnion(UnionType union, List<GraphQLError> errors)
    {
        if (union.Types.Count == 0 && union.DeclaredTypes.Count == 0)
            errors.Add(At($"Union type {union.Name} must define one or more member types.", TypeNodes(union)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<NamedType> declared = union.DeclaredTypes.Count > 0 ? union.DeclaredTypes : union.Types;
        foreach (var member in declared)
        {
            var nodes = TypeNodes(union).SelectMany(n => n switch
            {
                UnionTypeDefinitionNode d => d.Types,
                UnionTypeExtensionNode e => e.Types,
                _ => [],
            }).Where(t => t.Name.Value == member.Name);
            if (!seen.Add(member.Name))
                errors.Add(At($"Union type {union.Name} can only include type {member.Name} once.", nodes));
            else if (member is not ObjectType)
                errors.Add(At($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.", nodes));
        }
    }

    private static void ValidateInputFields(InputObjectType input, List<GraphQLError> errors)
    {
        if (input.Fields.Count == 0)
            errors.Add(At($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input)));
        foreach (var field in input.Fields)
        {
            ValidateName(field.Name, field.Definition, errors);
            if (!field.Type.IsInputType())
                errors.Add(GraphQLError.At($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.",
                    field.Definition?.Type));
            if (field.IsRequired() && field.IsDeprecated)
                errors.Add(GraphQLError.At($"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirective(field.Definition), field.Definition?.Type));
            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.Definition?.Type));
                if (field.HasDefaultValue)
                    errors.Add(GraphQLError.At($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.Definition));
            }
        }
    }

    /// <summary>Finds input objects that reference themselves through non-null fields only (they could never be given).</summary>
    private sealed class InputObjectCycleDetector(List<GraphQLError> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType input)
        {
            if (!_visited.Add(input.Name)) return;
            _pathIndexByTypeName[input.Name] = _fieldPath.Count;
            foreach (var field in input.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                    errors.Add(At(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cyclePath.Select(f => f.Name))}\".",
                        cyclePath.Select(f => (SyntaxNode?)f.Definition)));
                }
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _pathIndexByTypeName.Remove(input.Name);
        }
    }
}
