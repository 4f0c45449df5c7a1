using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Converts a coerced argument value (plain shapes: numbers, strings, lists, string-keyed dictionaries) to the
/// CLR type a resolver asks for: numbers widened or narrowed, enum names to CLR enums, lists to arrays or lists,
/// dictionaries onto records (constructor parameters) and classes (settable properties), matched by name
/// ignoring case. Construction plans are cached per type.
/// </summary>
public static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, ObjectPlan> Plans = new();

    public static T Convert<T>(object? value) => value is T typed ? typed : (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type type)
    {
        if (value is null)
        {
            return type.IsValueType && Nullable.GetUnderlyingType(type) is null ? Activator.CreateInstance(type) : null;
        }
        if (type.IsInstanceOfType(value)) return value;

        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target.IsEnum) return ToEnum(value, target);
        if (target == typeof(string)) return System.Convert.ToString(value, CultureInfo.InvariantCulture);
        if (target == typeof(Guid)) return value is string text ? Guid.Parse(text) : throw CannotConvert(value, type);
        if (target == typeof(object)) return value;
        if (value is IConvertible && typeof(IConvertible).IsAssignableFrom(target))
        {
            return System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }
        if (value is IEnumerable sequence and not string and not IDictionary and not IReadOnlyDictionary<string, object?>
            && ElementType(target) is { } elementType)
        {
            return ToCollection(sequence, target, elementType);
        }
        if (value is IReadOnlyDictionary<string, object?> map) return ToObject(map, target);
        throw CannotConvert(value, type);
    }

    private static InvalidCastException CannotConvert(object value, Type type) =>
        new($"Cannot convert the argument value {ValueInspector.Inspect(value)} to {type.Name}.");

    private static object ToEnum(object value, Type enumType) => value switch
    {
        string name => Enum.TryParse(enumType, name, ignoreCase: true, out var parsed)
            ? parsed!
            : Enum.TryParse(enumType, name.Replace("_", ""), ignoreCase: true, out var compact)
                ? compact!
                : throw new InvalidCastException($"\"{name}\" is not a value of {enumType.Name}."),
        _ => Enum.ToObject(enumType, value),
    };

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (definition == typeof(List<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)
                || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IList<>) || definition == typeof(ICollection<>))
            {
                return type.GetGenericArguments()[0];
            }
        }
        return null;
    }

    private static object ToCollection(IEnumerable sequence, Type target, Type elementType)
    {
        var items = sequence.Cast<object?>().Select(item => Convert(item, elementType)).ToList();
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            var list = (IList)Activator.CreateInstance(target)!;
            foreach (var item in items) list.Add(item);
            return list;
        }
        var array = Array.CreateInstance(elementType, items.Count);
        for (var i = 0; i < items.Count; i++) array.SetValue(items[i], i);
        return array;
    }

    private static object ToObject(IReadOnlyDictionary<string, object?> map, Type target)
    {
        var plan = Plans.GetOrAdd(target, static type => ObjectPlan.For(type));
        var arguments = new object?[plan.Parameters.Length];
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = plan.Parameters[i];
            if (TryGet(map, parameter.Name!, out var value))
            {
                arguments[i] = Convert(value, parameter.ParameterType);
                used.Add(parameter.Name!);
            }
            else
            {
                arguments[i] = parameter.HasDefaultValue ? parameter.DefaultValue : Convert(null, parameter.ParameterType);
            }
        }
        var instance = plan.Constructor is null ? Activator.CreateInstance(target)! : plan.Constructor.Invoke(arguments);
        foreach (var property in plan.Settable)
        {
            if (used.Contains(property.Name) || !TryGet(map, property.Name, out var value)) continue;
            property.SetValue(instance, Convert(value, property.PropertyType));
        }
        return instance;
    }

    private static bool TryGet(IReadOnlyDictionary<string, object?> map, string name, out object? value)
    {
        if (map.TryGetValue(name, out value)) return true;
        foreach (var (key, item) in map)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                value = item;
                return true;
            }
        }
        return false;
    }

    /// <summary>How to build one CLR type from a dictionary: the widest public constructor, then settable properties.</summary>
    private sealed record ObjectPlan(ConstructorInfo? Constructor, ParameterInfo[] Parameters, PropertyInfo[] Settable)
    {
        public static ObjectPlan For(Type type)
        {
            var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
                .OrderByDescending(c => c.GetParameters().Length)
                .FirstOrDefault();
            if (constructor is null && !type.IsValueType)
            {
                throw new InvalidCastException($"Cannot create {type.Name} from an input object: it has no public constructor.");
            }
            var settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetIndexParameters().Length == 0)
                .ToArray();
            return new ObjectPlan(constructor, constructor?.GetParameters() ?? [], settable);
        }
    }
}
