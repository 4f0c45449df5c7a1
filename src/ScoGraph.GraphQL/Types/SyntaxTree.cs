using ScoGraph.GraphQL.Language.Ast;

namespace ScoGraph.GraphQL.Types;

/// <summary>Walks type-system definitions in graphql-js's visiting order, for the SDL checks.</summary>
internal static class SyntaxTree
{
    /// <summary>Every type reference (interfaces, field/argument/input field types, union members, root types).</summary>
    public static IEnumerable<NamedTypeNode> NamedTypeReferences(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s:
                    foreach (var o in s.OperationTypes) yield return o.Type;
                    break;
                case SchemaExtensionNode s:
                    foreach (var o in s.OperationTypes) yield return o.Type;
                    break;
                case ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                    var (interfaces, fields) = definition switch
                    {
                        ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields),
                        ObjectTypeExtensionNode d => (d.Interfaces, d.Fields),
                        InterfaceTypeDefinitionNode d => (d.Interfaces, d.Fields),
                        InterfaceTypeExtensionNode d => (d.Interfaces, d.Fields),
                        _ => throw new InvalidOperationException(),
                    };
                    foreach (var i in interfaces) yield return i;
                    foreach (var field in fields)
                    {
                        foreach (var argument in field.Arguments) yield return Named(argument.Type);
                        yield return Named(field.Type);
                    }
                    break;
                case UnionTypeDefinitionNode u:
                    foreach (var t in u.Types) yield return t;
                    break;
                case UnionTypeExtensionNode u:
                    foreach (var t in u.Types) yield return t;
                    break;
                case InputObjectTypeDefinitionNode i:
                    foreach (var f in i.Fields) yield return Named(f.Type);
                    break;
                case InputObjectTypeExtensionNode i:
                    foreach (var f in i.Fields) yield return Named(f.Type);
                    break;
                case DirectiveDefinitionNode d:
                    foreach (var a in d.Arguments) yield return Named(a.Type);
                    break;
            }
        }
    }

    public static NamedTypeNode Named(TypeNode type) => type switch
    {
        NamedTypeNode n => n,
        ListTypeNode l => Named(l.Type),
        NonNullTypeNode n => Named(n.Type),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>Every applied directive with the location name it is applied at.</summary>
    public static IEnumerable<(DirectiveNode Directive, string Location, SyntaxNode Owner)> DirectiveUsages(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var (owner, location, directives) in DirectiveHolders(definitions))
            foreach (var directive in directives) yield return (directive, location, owner);
    }

    /// <summary>Directive lists keyed as graphql-js's UniqueDirectivesPerLocation keys them (schema / type name / none).</summary>
    public static IEnumerable<(SyntaxNode Owner, string? Key, IReadOnlyList<DirectiveNode> Directives)> DirectiveLists(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var (owner, _, directives) in DirectiveHolders(definitions))
        {
            var key = owner switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode t => "type:" + t.Name.Value,
                TypeExtensionNode t => "type:" + t.Name.Value,
                _ => null,
            };
            yield return (owner, key, directives);
        }
    }

    private static IEnumerable<(SyntaxNode Owner, string Location, IReadOnlyList<DirectiveNode> Directives)> DirectiveHolders(IEnumerable<DefinitionNode> definitions)
    {
        foreach (var definition in definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode s: yield return (s, "SCHEMA", s.Directives); break;
                case SchemaExtensionNode s: yield return (s, "SCHEMA", s.Directives); break;
                case ScalarTypeDefinitionNode t: yield return (t, "SCALAR", t.Directives); break;
                case ScalarTypeExtensionNode t: yield return (t, "SCALAR", t.Directives); break;
                case ObjectTypeDefinitionNode t:
                    yield return (t, "OBJECT", t.Directives);
                    foreach (var x in FieldHolders(t.Fields)) yield return x;
                    break;
                case ObjectTypeExtensionNode t:
                    yield return (t, "OBJECT", t.Directives);
                    foreach (var x in FieldHolders(t.Fields)) yield return x;
                    break;
                case InterfaceTypeDefinitionNode t:
                    yield return (t, "INTERFACE", t.Directives);
                    foreach (var x in FieldHolders(t.Fields)) yield return x;
                    break;
                case InterfaceTypeExtensionNode t:
                    yield return (t, "INTERFACE", t.Directives);
                    foreach (var x in FieldHolders(t.Fields)) yield return x;
                    break;
                case UnionTypeDefinitionNode t: yield return (t, "UNION", t.Directives); break;
                case UnionTypeExtensionNode t: yield return (t, "UNION", t.Directives); break;
                case EnumTypeDefinitionNode t:
                    yield return (t, "ENUM", t.Directives);
                    foreach (var v in t.Values) yield return (v, "ENUM_VALUE", v.Directives);
                    break;
                case EnumTypeExtensionNode t:
                    yield return (t, "ENUM", t.Directives);
                    foreach (var v in t.Values) yield return (v, "ENUM_VALUE", v.Directives);
                    break;
                case InputObjectTypeDefinitionNode t:
                    yield return (t, "INPUT_OBJECT", t.Directives);
                    foreach (var f in t.Fields) yield return (f, "INPUT_FIELD_DEFINITION", f.Directives);
                    break;
                case InputObjectTypeExtensionNode t:
                    yield return (t, "INPUT_OBJECT", t.Directives);
                    // graphql-js names fields of an input extension ARGUMENT_DEFINITION (it only checks for the definition kind).
                    foreach (var f in t.Fields) yield return (f, "ARGUMENT_DEFINITION", f.Directives);
                    break;
                case DirectiveDefinitionNode d:
                    foreach (var a in d.Arguments) yield return (a, "ARGUMENT_DEFINITION", a.Directives);
                    break;
            }
        }
    }

    private static IEnumerable<(SyntaxNode, string, IReadOnlyList<DirectiveNode>)> FieldHolders(IEnumerable<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            foreach (var argument in field.Arguments) yield return (argument, "ARGUMENT_DEFINITION", argument.Directives);
            yield return (field, "FIELD_DEFINITION", field.Directives);
        }
    }

    /// <summary>Every constant value in the document: default values and directive arguments.</summary>
    public static IEnumerable<ValueNode> ConstantValues(IEnumerable<DefinitionNode> definitions)
    {
        var list = definitions.ToList();
        foreach (var (directive, _, _) in DirectiveUsages(list))
            foreach (var argument in directive.Arguments) yield return argument.Value;
        foreach (var definition in list)
        {
            IEnumerable<InputValueDefinitionNode> inputs = definition switch
            {
                ObjectTypeDefinitionNode d => d.Fields.SelectMany(f => f.Arguments),
                ObjectTypeExtensionNode d => d.Fields.SelectMany(f => f.Arguments),
                InterfaceTypeDefinitionNode d => d.Fields.SelectMany(f => f.Arguments),
                InterfaceTypeExtensionNode d => d.Fields.SelectMany(f => f.Arguments),
                InputObjectTypeDefinitionNode d => d.Fields,
                InputObjectTypeExtensionNode d => d.Fields,
                DirectiveDefinitionNode d => d.Arguments,
                _ => [],
            };
            foreach (var input in inputs)
                if (input.DefaultValue is not null) yield return input.DefaultValue;
        }
    }
}
