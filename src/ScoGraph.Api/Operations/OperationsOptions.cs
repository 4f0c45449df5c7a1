namespace ScoGraph.Api.Operations;

/// <summary>
/// The operator's settings in the <c>ScoGraph</c> section (beside <c>Hosting.ScoGraphOptions</c>, which holds the
/// store's): CORS, rate limits and the shutdown drain time. Telemetry is configured by the standard
/// <c>OTEL_*</c> environment variables; logging by the standard <c>Logging</c> section.
/// </summary>
public sealed class OperationsOptions
{
    /// <summary>Default <see cref="ShutdownDrain"/>: long enough for any request the default execution timeout allows.</summary>
    public static readonly TimeSpan DefaultShutdownDrain = TimeSpan.FromSeconds(30);

    public CorsSettings Cors { get; set; } = new();

    public RateLimitSettings RateLimit { get; set; } = new();

    /// <summary>
    /// On SIGTERM/Ctrl+C the server stops accepting connections and lets requests in flight finish for at most this
    /// long (<c>HostOptions.ShutdownTimeout</c>), then stops anyway.
    /// </summary>
    public TimeSpan ShutdownDrain { get; set; } = DefaultShutdownDrain;

    public sealed class CorsSettings
    {
        /// <summary>
        /// Origins (scheme://host[:port]) whose browser pages may call the API; none by default, so browsers allow only
        /// same-origin pages (the IDE at /graphql). <c>*</c> allows any origin (without credentials).
        /// </summary>
        public string[] AllowedOrigins { get; set; } = [];

        /// <summary>How long browsers may cache a preflight answer.</summary>
        public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
    }

    public sealed class RateLimitSettings
    {
        /// <summary>
        /// Off by default: behind a reverse proxy every client shares the proxy's address, so a default limit would
        /// throttle everyone together. Turn it on where clients reach the server directly or use API keys.
        /// </summary>
        public bool Enabled { get; set; }

        /// <summary>Requests one client (API key name, else remote address) may send per <see cref="Window"/>.</summary>
        public int PermitLimit { get; set; } = 600;

        public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

        /// <summary>Requests over the limit that wait for the next window instead of being refused at once.</summary>
        public int QueueLimit { get; set; }
    }
}
