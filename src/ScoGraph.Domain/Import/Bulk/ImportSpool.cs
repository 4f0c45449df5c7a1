using System.Diagnostics;
using System.Globalization;

namespace ScoGraph.Domain.Import.Bulk;

/// <summary>
/// The spool files of one-shot inputs (<see cref="ImportInput.FromStream"/>). Each is named after the process that
/// writes it, so a process started later can tell the spools of a killed process (left behind: nothing deleted
/// them) from those of an import still running elsewhere in the same folder.
/// </summary>
public static class ImportSpool
{
    private const string Prefix = "scograph-import-";
    private const string Extension = ".ndjson";

    /// <summary>Spools named without a process (written before spools were named so) are stale once this old.</summary>
    private static readonly TimeSpan UnownedAge = TimeSpan.FromDays(1);

    /// <summary>A new spool path in <paramref name="directory"/> (the system temp folder when null).</summary>
    public static string NewPath(string? directory) =>
        Path.Combine(directory ?? Path.GetTempPath(), $"{Prefix}{Environment.ProcessId}-{Guid.NewGuid():N}{Extension}");

    /// <summary>Deletes the spools in <paramref name="directory"/> whose process is gone; returns how many.</summary>
    public static int DeleteStale(string? directory)
    {
        var folder = directory ?? Path.GetTempPath();
        if (!Directory.Exists(folder)) return 0;
        var deleted = 0;
        foreach (var path in Directory.EnumerateFiles(folder, Prefix + "*" + Extension))
        {
            try
            {
                if (!IsStale(path)) continue;
                File.Delete(path);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another user's file, or gone meanwhile: only disk space either way.
            }
        }
        return deleted;
    }

    private static bool IsStale(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path)[Prefix.Length..];
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            return DateTime.UtcNow - File.GetLastWriteTimeUtc(path) > UnownedAge;
        return pid != Environment.ProcessId && !IsRunning(pid);
    }

    // A reused process id keeps a stale spool until that process ends too: disk space, never a deleted live spool.
    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
