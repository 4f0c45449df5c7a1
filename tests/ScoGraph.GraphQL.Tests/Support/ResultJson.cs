using System.Text;
using ScoGraph.GraphQL.Execution;

namespace ScoGraph.GraphQL.Tests.Support;

/// <summary>A result's JSON as text, for assertions; the engine itself only writes UTF-8 bytes.</summary>
internal static class ResultJson
{
    public static string Text(ExecutionResult result) => Encoding.UTF8.GetString(ExecutionResultJson.ToUtf8Bytes(result));
}
