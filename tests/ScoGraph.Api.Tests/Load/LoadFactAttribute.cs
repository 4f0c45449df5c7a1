namespace ScoGraph.Api.Tests.Load;

/// <summary>A fact that runs only when <c>SCOGRAPH_LOAD_SECONDS</c> is set (too long and too noisy for CI; it says so when skipped).</summary>
public sealed class LoadFactAttribute : FactAttribute
{
    public const string Variable = "SCOGRAPH_LOAD_SECONDS";

    public LoadFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"The load run is opt-in: set {Variable}=60 (see README, \"Operating ScoGraph\").";
    }
}
