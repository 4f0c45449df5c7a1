using ScoGraph.GraphQL.Types;

namespace ScoGraph.Api.Schema.Resolvers;

/// <summary>Short forms of the engine's typed bindings, so resolver files read as a list of fields.</summary>
internal static class Binding
{
    public static SchemaBuilder Read<TParent>(this SchemaBuilder builder, string type, string field, Func<TParent, object?> read) =>
        builder.Bind<TParent>(type, field, (parent, _) => read(parent));

    public static SchemaBuilder Read<TParent>(this SchemaBuilder builder, string type, string field, Func<TParent, IResolverContext, object?> read) =>
        builder.Bind(type, field, read);

    public static SchemaBuilder ReadAsync<TParent, TResult>(this SchemaBuilder builder, string type, string field,
        Func<TParent, IResolverContext, Task<TResult>> read) =>
        builder.BindAsync(type, field, read);

    public static SchemaBuilder Root(this SchemaBuilder builder, string field, Func<IResolverContext, object?> resolve) =>
        builder.Bind("Query", field, resolve);

    public static SchemaBuilder RootAsync<TResult>(this SchemaBuilder builder, string field, Func<IResolverContext, Task<TResult>> resolve) =>
        builder.BindAsync("Query", field, resolve);
}
