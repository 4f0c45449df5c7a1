using ScoGraph.GraphQL.Types;

namespace ScoGraph.GraphQL.Execution;

/// <summary>Value completion (spec 6.4.3 CompleteValue): leaves, objects, lists, abstract types, deferred results.</summary>
internal sealed partial class OperationExecution
{
    /// <summary>Completes a deferred field once the loop has it back (on the loop's thread).</summary>
    internal void CompleteDeferred(ObjectType parentType, CollectedField field, ResponsePath path, ResolverContext context,
        IGraphQLType type, object? result, Exception? failure)
    {
        _outstanding--;
        var completed = failure is null
            ? CompleteAt(type, parentType, field, path, result, context)
            : HandleError(ToError(failure, field, path), type, path);
        if (completed is Bubble bubble) (_pendingBubbles ??= []).Add((bubble.Error, path.Parent));
        else path.Store(completed);
    }

    /// <summary>Completes the value at one position (a field or a list item), turning failures into errors there.</summary>
    private object? CompleteAt(IGraphQLType type, ObjectType parentType, CollectedField field, ResponsePath path, object? result, ResolverContext? context)
    {
        object? completed;
        try
        {
            completed = CompleteValue(type, parentType, field, path, result, context);
        }
        catch (Exception exception)
        {
            return HandleError(ToError(exception, field, path), type, path);
        }
        return completed is Bubble bubble ? HandleBubble(bubble, type, path) : completed;
    }

    private object? HandleError(GraphQLError error, IGraphQLType type, ResponsePath path) =>
        HandleBubble(new Bubble(error), type, path);

    /// <summary>A failure stops at a nullable position (recorded, value null) and moves on past a non-null one.</summary>
    private object? HandleBubble(Bubble bubble, IGraphQLType type, ResponsePath path)
    {
        if (type is NonNullType) return bubble;
        RecordError(bubble.Error, path);
        return null;
    }

    private object? CompleteValue(IGraphQLType type, ObjectType parentType, CollectedField field, ResponsePath path, object? result, ResolverContext? context)
    {
        if (result is Exception returnedError) throw returnedError; // graphql-js: a returned Error is a field error
        if (type is NonNullType nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, parentType, field, path, result, context);
            if (completed is null)
            {
                return new Bubble(Error($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition!.Name}.", field, path));
            }
            return completed;
        }
        if (result is null) return null;
        switch (type)
        {
            case ScalarType scalar:
                return scalar.Serialize(result) ?? throw NullSerialization(scalar, result);
            case EnumType enumType:
                return enumType.Serialize(result) ?? throw NullSerialization(enumType, result);
            case ObjectType objectType:
                return CompleteObject(objectType, parentType, field, path, result, context);
            case ListType list:
                return CompleteList(list, parentType, field, path, result, context);
            case InterfaceType or UnionType:
                context ??= ContextFor(parentType, field, path);
                return CompleteObject(ResolveRuntimeType((NamedType)type, parentType, field, result, context), parentType, field, path, result, context);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type: {type}");
        }
    }

    private static Exception NullSerialization(IGraphQLType type, object result) => new InvalidOperationException(
        $"Expected `{type}.serialize({ValueInspector.Inspect(result)})` to return non-nullable value, returned: null");

    private object? CompleteObject(ObjectType type, ObjectType parentType, CollectedField field, ResponsePath path, object result, ResolverContext? context)
    {
        // Absurdly deep results fail as a field error instead of overflowing the stack.
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        // A CLR-bound type checks the value's class without building a resolver context for every object.
        var accepted = type.IsTypeOf is { } isTypeOf
            ? isTypeOf(result, context ??= ContextFor(parentType, field, path))
            : type.RuntimeType?.IsInstanceOfType(result) ?? true;
        if (!accepted)
        {
            throw new GraphQLErrorException(GraphQLError.At($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(result)}.", [.. field.Nodes]));
        }
        var subFields = field.GetSubFields(this, type);
        return ExecuteFields(type, result, subFields, new ResultMap(subFields.Shape), path);
    }

    private object? CompleteList(ListType listType, ObjectType parentType, CollectedField field, ResponsePath path, object result, ResolverContext? context)
    {
        if (result is string || result is not System.Collections.IEnumerable sequence)
        {
            throw new GraphQLErrorException(new GraphQLError(
                $"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition!.Name}\"."));
        }
        var itemType = listType.OfType;
        var itemsNullable = itemType is not NonNullType;
        var items = sequence switch
        {
            System.Collections.IList list => list,
            _ => sequence.Cast<object?>().ToList(),
        };
        var completed = new object?[items.Count];
        for (var i = 0; i < completed.Length; i++)
        {
            // Long synchronous lists still notice cancellation (the execution then ends with OperationCanceledException).
            if ((i & 255) == 255) CancellationToken.ThrowIfCancellationRequested();
            var itemPath = new ResponsePath(path, null, i, completed, itemsNullable);
            var item = items[i];
            if (item is Task task)
            {
                // Items may be tasks (graphql-js allows promises in lists): finished ones complete now, others later.
                var awaited = DefaultFieldResolver.AwaitTask(task);
                if (!awaited.IsCompleted)
                {
                    _outstanding++;
                    DeferredField.Start(this, parentType, field, itemPath, context ?? ContextFor(parentType, field, path), itemType, awaited);
                    continue;
                }
                try
                {
                    item = awaited.Result;
                }
                catch (Exception exception)
                {
                    var failed = HandleError(ToError(exception, field, itemPath), itemType, itemPath);
                    if (failed is Bubble) return failed;
                    continue;
                }
            }
            var value = CompleteAt(itemType, parentType, field, itemPath, item, context);
            if (value is Bubble) return value;
            completed[i] = value;
        }
        return completed;
    }

    /// <summary>Which object type an interface or union value is (graphql-js ensureValidRuntimeType, same messages).</summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, ObjectType parentType, CollectedField field, object result, ResolverContext context)
    {
        var abstractName = abstractType.Name;
        var typeName = abstractType switch
        {
            InterfaceType { ResolveType: { } resolve } => resolve(result, context),
            UnionType { ResolveType: { } resolve } => resolve(result, context),
            _ => null,
        } ?? DefaultTypeResolver.Resolve(Schema, abstractType, result, context);
        if (typeName is null)
        {
            throw Failure(
                $"Abstract type \"{abstractName}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition!.Name}\". " +
                $"Either the \"{abstractName}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }
        var runtimeType = Schema.GetType(typeName);
        if (runtimeType is null)
        {
            throw Failure($"Abstract type \"{abstractName}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        }
        if (runtimeType is not ObjectType objectType)
        {
            throw Failure($"Abstract type \"{abstractName}\" was resolved to a non-object type \"{typeName}\".");
        }
        if (!Schema.IsSubType(abstractType, objectType))
        {
            throw Failure($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractName}\".");
        }
        return objectType;

        // The field's nodes are copied for the error only: this runs for every interface or union value.
        GraphQLErrorException Failure(string message) => new(GraphQLError.At(message, [.. field.Nodes]));
    }

    /// <summary>A context for type checks on a field resolved by the default resolver (which had none).</summary>
    private ResolverContext ContextFor(ObjectType parentType, CollectedField field, ResponsePath path)
    {
        IReadOnlyDictionary<string, object?> arguments;
        try { arguments = field.GetArguments(this); }
        catch (GraphQLErrorException) { arguments = new Dictionary<string, object?>(); }
        return new ResolverContext(this, parentType, field, null, arguments, path);
    }
}
