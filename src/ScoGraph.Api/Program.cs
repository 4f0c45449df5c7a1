using ScoGraph.Api.Hosting;

// Configuration (appsettings.json, environment, command line such as --urls or --ScoGraph:Sqlite:Path=...):
// see ScoGraphOptions and README.md.
try
{
    var app = await ScoGraphHost.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine($"ScoGraph cannot start: {e.Message}");
    return 1;
}

public partial class Program;
