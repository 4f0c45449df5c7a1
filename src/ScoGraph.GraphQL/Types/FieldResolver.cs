namespace ScoGraph.GraphQL.Types;

/// <summary>
/// Produces a field's value. Return the value (or a task's result) for the executor to complete against the
/// field's type: CLR objects, dictionaries, lists and scalars are all fine. Throw to report a field error
/// (<see cref="Execution.GraphQLException"/> to add extensions).
/// </summary>
public delegate ValueTask<object?> FieldResolver(IResolverContext context);

/// <summary>Tells whether a runtime value belongs to an object type (used to resolve interfaces and unions).</summary>
public delegate bool IsTypeOf(object? value, IResolverContext context);

/// <summary>
/// Names the object type of a runtime value of an interface or union; return null to fall back to the
/// default (a <c>__typename</c> key/property, then each possible type's <see cref="ObjectType.IsTypeOf"/>).
/// </summary>
public delegate string? ResolveAbstractType(object? value, IResolverContext context);
