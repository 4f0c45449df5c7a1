using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ScoGraph.Api.Tests.Contract;

/// <summary>
/// No Docker engine runs here, so the image is never built by CI: what can be checked without one is checked here.
/// The restore layer copies project files alone, so a project the server references but the layer forgets breaks
/// the image build, and only there.
/// </summary>
public sealed partial class DockerfileSpecs
{
    [Fact]
    public void The_restore_layer_copies_every_project_the_server_references()
    {
        var dockerfile = File.ReadAllText(RepositoryFiles.PathOf("Dockerfile"));
        var copied = CopyLines().Matches(dockerfile).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        var needed = ReferencedProjects(RepositoryFiles.PathOf("src", "ScoGraph.Api", "ScoGraph.Api.csproj"));

        Assert.NotEmpty(needed);
        Assert.All(needed, project => Assert.Contains(project, copied));
    }

    /// <summary>The project and every project it references, transitively, as repository-relative paths.</summary>
    private static IReadOnlySet<string> ReferencedProjects(string project)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var path))
        {
            if (!found.Add(Path.GetRelativePath(RepositoryFiles.RootDirectory, path).Replace('\\', '/'))) continue;
            foreach (var reference in XDocument.Load(path).Descendants("ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Attribute("Include")!.Value)));
        }
        return found;
    }

    [GeneratedRegex(@"^COPY\s+(\S+\.csproj)\s", RegexOptions.Multiline)]
    private static partial Regex CopyLines();
}
