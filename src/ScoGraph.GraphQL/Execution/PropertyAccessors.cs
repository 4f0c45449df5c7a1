using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace ScoGraph.GraphQL.Execution;

/// <summary>
/// Compiled getters for the default resolver, one per (CLR type, field name), built on first use and
/// cached for the process: a field read costs a dictionary hit and a delegate call, never reflection.
/// </summary>
internal static class PropertyAccessors
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Cache = new();

    /// <summary>The getter of the public property or field named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static Func<object, object?>? Get(Type type, string name) =>
        Cache.GetOrAdd((type, name), static key => Build(key.Type, key.Name));

    private static Func<object, object?>? Build(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = FindProperty(type, name, flags);
        member ??= type.GetField(name, flags) ?? type.GetField(name, flags & ~BindingFlags.IgnoreCase);
        if (member is null) return null;

        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        Expression boxed = read.Type == typeof(int) ? Expression.Call(typeof(BoxCache), nameof(BoxCache.Int), null, read)
            : read.Type == typeof(bool) ? Expression.Call(typeof(BoxCache), nameof(BoxCache.Bool), null, read)
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(boxed, instance).Compile();
    }

    /// <summary>An exact-case match wins over a case-insensitive one (e.g. both <c>Id</c> and <c>ID</c> declared).</summary>
    private static PropertyInfo? FindProperty(Type type, string name, BindingFlags flags)
    {
        PropertyInfo? insensitive = null;
        foreach (var property in type.GetProperties(flags & ~BindingFlags.IgnoreCase))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            if (property.Name == name) return property;
            if (insensitive is null && string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) insensitive = property;
        }
        return insensitive;
    }
}
