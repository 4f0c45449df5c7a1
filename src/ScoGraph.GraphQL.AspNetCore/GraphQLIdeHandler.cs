using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace ScoGraph.GraphQL.AspNetCore;

/// <summary>
/// Serves Banana Cake Pop (npm <c>@chillicream/bananacakepop-graphql-ide</c>) from a local folder at
/// <c>{path}/</c>, plus the <c>bcp-config.json</c> it reads first: use the page's own URL as the endpoint, our
/// title, and no telemetry (without that it calls an outside host, which an offline install cannot reach).
/// </summary>
public sealed class GraphQLIdeHandler
{
    public const string ConfigFileName = "bcp-config.json";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly GraphQLServerOptions _options;
    private readonly Lazy<PhysicalFileProvider?> _files;
    private readonly byte[] _config;
    private readonly string _configTag;

    public GraphQLIdeHandler(GraphQLServerOptions options)
    {
        _options = options;
        AssetsDirectory = options.ResolveIdeAssetsDirectory();
        _files = new Lazy<PhysicalFileProvider?>(() =>
            File.Exists(Path.Combine(AssetsDirectory, "index.html")) ? new PhysicalFileProvider(AssetsDirectory) : null);
        _config = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["useBrowserUrlAsEndpoint"] = true,
            ["title"] = options.IdeTitle,
            ["disableTelemetry"] = true,
        });
        _configTag = $"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(_config))[..16]}\"";
    }

    public string AssetsDirectory { get; }

    /// <summary>Serves one file of the IDE; an empty path is its <c>index.html</c>.</summary>
    public async Task ServeAsync(HttpContext context, string? relativePath)
    {
        var response = context.Response;
        if (!_options.EnableIde)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var path = string.IsNullOrEmpty(relativePath) ? "index.html" : relativePath;
        if (path == ConfigFileName)
        {
            response.ContentType = "application/json; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            if (NotModified(context, _configTag)) return;
            response.ContentLength = _config.Length;
            if (HttpMethods.IsHead(context.Request.Method)) return;
            await response.Body.WriteAsync(_config, context.RequestAborted);
            return;
        }

        var files = _files.Value;
        if (files is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync(
                $"The GraphQL IDE's files are missing (looked in \"{AssetsDirectory}\"). Build the app once with npm available " +
                "(it installs them), or set the IDE assets folder in the GraphQL options.", context.RequestAborted);
            return;
        }

        // PhysicalFileProvider refuses paths that climb out of its root ("..", absolute paths).
        var file = files.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = ContentTypes.TryGetContentType(file.Name, out var type) ? type : "application/octet-stream";
        if (type is not null && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)))
        {
            response.ContentType = type + "; charset=utf-8";
        }
        // Hashed bundle names never change content; the page and its manifest may, with the package version.
        response.Headers.CacheControl = path.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        // "no-cache" means "revalidate": the tag lets a browser's revalidation of the page end in a bodiless 304.
        if (NotModified(context, $"\"{file.Length:x}-{file.LastModified.UtcTicks:x}\"")) return;
        response.ContentLength = file.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.SendFileAsync(file, context.RequestAborted);
    }

    /// <summary>Sets the entity tag; answers 304 (and true) when the client's copy carries the same one.</summary>
    private static bool NotModified(HttpContext context, string tag)
    {
        context.Response.Headers.ETag = tag;
        var presented = context.Request.Headers.IfNoneMatch.ToString();
        if (presented.Length == 0) return false;
        var matches = presented.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Any(candidate => candidate == "*" || candidate == tag || candidate == "W/" + tag);
        if (matches) context.Response.StatusCode = StatusCodes.Status304NotModified;
        return matches;
    }
}
