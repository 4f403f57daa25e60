using FluentAI.Runtime.Compiled;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// Writes a build into its output directory: <c>Name.dll</c>, <c>Name.pdb</c>, <c>Name.xml</c>, a copy of
/// <c>FluentAI.Runtime.dll</c> (which the assembly references) and, for a program, <c>Name.runtimeconfig.json</c>
/// so that <c>dotnet DIR/Name.dll</c> runs it. Everything is written to a staging directory beside the
/// output first and then moved in, so a failed write leaves nothing half-written there.
/// </summary>
public static class BuildOutput
{
    private const string RuntimeConfig = """
        {
          "runtimeOptions": {
            "tfm": "net10.0",
            "framework": {
              "name": "Microsoft.NETCore.App",
              "version": "10.0.0"
            },
            "configProperties": {
              "System.GC.Concurrent": false,
              "System.Globalization.Invariant": true,
              "System.Runtime.TieredPGO": true
            }
          }
        }
        """;

    /// <summary>Writes the files and returns their final paths.</summary>
    /// <exception cref="IOException">A file could not be written (the output directory is left as it was).</exception>
    /// <exception cref="UnauthorizedAccessException">No permission to write there.</exception>
    public static IReadOnlyList<string> Write(CecilBuildResult build, string directory)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(directory);
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("the build failed; there is nothing to write");
        }

        string target = Path.GetFullPath(directory);
        if (File.Exists(target))
        {
            throw new IOException($"{directory} is a file, not a directory");
        }

        string parent = Path.GetDirectoryName(target) ?? throw new IOException($"{directory} has no parent directory");
        Directory.CreateDirectory(parent);
        string staging = Path.Combine(parent, $".{Path.GetFileName(target)}.fluentc-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            List<string> names = WriteFiles(build, staging);
            if (!Directory.Exists(target))
            {
                Directory.Move(staging, target);
            }
            else
            {
                foreach (string name in names)
                {
                    File.Move(Path.Combine(staging, name), Path.Combine(target, name), overwrite: true);
                }

                Directory.Delete(staging, recursive: true);
            }

            return [.. names.Select(n => Path.Combine(target, n))];
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static List<string> WriteFiles(CecilBuildResult build, string staging)
    {
        string name = build.AssemblyName;
        var files = new List<string> { name + ".dll", name + ".pdb", name + ".xml" };
        File.WriteAllBytes(Path.Combine(staging, files[0]), build.Image);
        File.WriteAllBytes(Path.Combine(staging, files[1]), build.Pdb);
        File.WriteAllText(Path.Combine(staging, files[2]), build.Documentation);
        string runtime = typeof(GlobalSlot).Assembly.Location;
        if (runtime.Length > 0)
        {
            files.Add(Path.GetFileName(runtime));
            File.Copy(runtime, Path.Combine(staging, files[^1]));
        }

        if (build.IsExecutable)
        {
            files.Add(name + ".runtimeconfig.json");
            File.WriteAllText(Path.Combine(staging, files[^1]), RuntimeConfig + "\n");
        }

        return files;
    }

    private static void TryDelete(string staging)
    {
        try
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
        catch (IOException)
        {
            // Best effort: the original error is the one to report.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
