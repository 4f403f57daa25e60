using CliWrap;
using CliWrap.Buffered;

namespace FluentAI.Benchmarks.Startup;

/// <summary>
/// An executable built by a project of this repository (<c>fluentc</c>, the C# hello world, the
/// first-eval probe), found and, when missing, built; <see cref="Run"/> starts it as a child process.
/// </summary>
/// <remarks>
/// Where it is looked for, in order: beside the running assembly (a BenchmarkDotNet run builds the
/// whole project graph into its own output directory), then the project's own
/// <c>bin/CONFIGURATION/netX.Y</c> (CONFIGURATION is the one this assembly was built in; the benchmark
/// project references the three projects without referencing their assemblies, so building it builds
/// them). If neither has it, <c>dotnet build</c> makes it. The apphost (<c>fluentc</c>,
/// <c>fluentc.exe</c>) is preferred: that is how a user starts the program; without one,
/// <c>dotnet NAME.dll</c>.
/// </remarks>
public sealed class BuiltExecutable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    public static readonly BuiltExecutable Fluentc = new(Path.Combine("Cli", "Cli.csproj"), "fluentc");
    public static readonly BuiltExecutable HelloWorld = new(Path.Combine("Benchmarks", "HelloWorld", "HelloWorld.csproj"), "HelloWorld");
    public static readonly BuiltExecutable FirstEvalProbe = new(Path.Combine("Benchmarks", "FirstEval", "FirstEvalProbe.csproj"), "FirstEvalProbe");

    private static readonly Lock BuildLock = new();

    private readonly string _project;
    private readonly string _name;
    private (string FileName, string[] Prefix)? _command;

    private BuiltExecutable(string project, string name)
    {
        _project = project;
        _name = name;
    }

    /// <summary>The repository root: the nearest folder above the running assembly that holds <c>FluentAI.Compiler.sln</c>.</summary>
    /// <exception cref="InvalidOperationException">Not run from inside the repository.</exception>
    public static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FluentAI.Compiler.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("FluentAI.Compiler.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The target framework folder of this runtime: net10.0.</summary>
    public static string TargetFramework => $"net{Environment.Version.Major}.{Environment.Version.Minor}";

    /// <summary>The command that starts the executable: the apphost, or <c>dotnet</c> with the assembly as its first argument.</summary>
    public (string FileName, string[] Prefix) Command()
    {
        lock (BuildLock)
        {
            _command ??= Locate() ?? Build();
            return _command.Value;
        }
    }

    /// <summary>The command line that starts it, for logs: "/repo/Cli/bin/Release/net10.0/fluentc".</summary>
    public string Describe()
    {
        (string fileName, string[] prefix) = Command();
        return string.Join(' ', [fileName, .. prefix]);
    }

    /// <summary>Starts the executable with <paramref name="arguments"/> and waits for it to exit.</summary>
    public ProcessOutput Run(params string[] arguments)
    {
        (string fileName, string[] prefix) = Command();
        BufferedCommandResult result = Cli.Wrap(fileName)
            .WithArguments([.. prefix, .. arguments])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync()
            .GetAwaiter()
            .GetResult();
        return new ProcessOutput(result.ExitCode, result.StandardOutput, result.StandardError);
    }

    private (string, string[])? Locate()
    {
        string projectOutput = Path.Combine(RepositoryRoot(), Path.GetDirectoryName(_project)!, "bin", Configuration, TargetFramework);
        foreach (string directory in new[] { AppContext.BaseDirectory, projectOutput })
        {
            string apphost = Path.Combine(directory, OperatingSystem.IsWindows() ? _name + ".exe" : _name);
            string assembly = Path.Combine(directory, _name + ".dll");
            if (!File.Exists(assembly) || !File.Exists(Path.Combine(directory, _name + ".runtimeconfig.json")))
            {
                continue;
            }

            return File.Exists(apphost) ? (apphost, []) : ("dotnet", [assembly]);
        }

        return null;
    }

    private (string, string[]) Build()
    {
        string project = Path.Combine(RepositoryRoot(), _project);
        BufferedCommandResult build = Cli.Wrap("dotnet")
            .WithArguments(["build", project, "-c", Configuration, "--nologo", "-v", "quiet"])
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync()
            .GetAwaiter()
            .GetResult();
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet build {project} -c {Configuration} failed ({build.ExitCode}):\n{build.StandardOutput}{build.StandardError}");
        }

        return Locate() ?? throw new InvalidOperationException($"{_name} not found after building {project}");
    }
}
