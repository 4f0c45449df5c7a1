using System.Text.Json;

namespace ScoGraph.Api.Tests.Support;

/// <summary>Small readers for GraphQL responses (the whole <c>{data, errors}</c> object).</summary>
public static class GraphQLResponseExtensions
{
    /// <summary>The <c>data</c> object, after asserting the response has no errors (their messages in the failure).</summary>
    public static JsonElement Data(this JsonElement response)
    {
        if (response.TryGetProperty("errors", out var errors))
            Assert.Fail($"Unexpected GraphQL errors: {errors}");
        return response.GetProperty("data");
    }

    /// <summary>The messages of the response's errors (empty when none).</summary>
    public static IReadOnlyList<string> ErrorMessages(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.GetProperty("message").GetString() ?? "").ToArray()
            : [];

    /// <summary>Follows a path of property names and array indexes: <c>response.At("data", "states", "nodes", 0, "name")</c>.</summary>
    public static JsonElement At(this JsonElement element, params object[] path)
    {
        foreach (var step in path)
            element = step switch
            {
                int index => element[index],
                string name => element.GetProperty(name),
                _ => throw new ArgumentException($"Path steps are names or indexes, not {step.GetType().Name}."),
            };
        return element;
    }

    /// <summary>The string at <paramref name="path"/> in each element of an array: <c>list.Texts("state", "iso3")</c>.</summary>
    public static string[] Texts(this JsonElement array, params object[] path) =>
        array.EnumerateArray().Select(e => e.At(path).GetString() ?? "").ToArray();
}
