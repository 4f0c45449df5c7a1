namespace ScoGraph.GraphQL.Types;

/// <summary>Which fields <see cref="SchemaBuilder.Build"/> insists have an explicit resolver.</summary>
public enum ResolverRequirement
{
    /// <summary>Only the fields marked with <see cref="SchemaBuilder.RequireResolver"/>.</summary>
    Marked,

    /// <summary>Also every field of the query, mutation and subscription types.</summary>
    RootFields,

    /// <summary>
    /// Every field of every object type, unless the type is bound to a CLR type (<see cref="SchemaBuilder.BindType{T}"/>)
    /// with a property of the field's name that the default resolver will read.
    /// </summary>
    AllFields,
}
