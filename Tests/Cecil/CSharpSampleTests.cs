using CliWrap.Buffered;
using FluentAI.Cli;
using FluentAI.Tests.Cli;

namespace FluentAI.Tests.Cecil;

/// <summary>
/// The round trip a C# developer makes: <c>fluentc build</c> turns samples/mathlib into MathLib.dll, and
/// the C# project samples/csharp, which references it and calls it with no reflection, builds and runs
/// with <c>dotnet</c> (a copy of the project is built in a scratch folder, not in the repository).
/// </summary>
[TestClass]
public sealed class CSharpSampleTests
{
    private const string ExpectedOutput = """
        fib(30) = 832040
        20! = 2432902008176640000
        gcd(1071, 462) = 21
        between?(5, 1, 10) = True
        collatz-steps(27) = 111
        25! does not fit in a long
        Hello, C#!
        FLUENT!
        word-count = 3
        separator = ', '
        contract: Precondition violation in shout: (string? s)
        a circle of radius 1.0
        area = 3.14159
        fib-area(10) = 3025

        """;

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public async Task CSharpProjectBuildsAgainstTheLibraryAndRuns()
    {
        string samples = Path.Combine(CliHarness.RepositoryRoot(), "samples");
        using ScratchDirectory scratch = CliHarness.CreateScratch();
        string library = Path.Combine(scratch.Path, "mathlib");
        string[] sources = [.. Directory.GetFiles(Path.Combine(samples, "mathlib"), "*.ai").Order(StringComparer.Ordinal)];

        CliResult build = CliHarness.Run(["build", .. sources, "-o", library, "--name", "MathLib"]);
        Assert.AreEqual(ExitCodes.Success, build.ExitCode, build.Error);

        string project = Path.Combine(scratch.Path, "csharp");
        Directory.CreateDirectory(project);
        foreach (string file in new[] { "FluentConsumer.csproj", "Program.cs" })
        {
            File.Copy(Path.Combine(samples, "csharp", file), Path.Combine(project, file));
        }

        string output = Path.Combine(scratch.Path, "bin");
        BufferedCommandResult compile = await DotnetProcess.RunAsync(
            ["build", Path.Combine(project, "FluentConsumer.csproj"), "-o", output, $"-p:FluentLibDir={library}", "--disable-build-servers", "-nologo"],
            project);
        Assert.AreEqual(0, compile.ExitCode, compile.StandardOutput + compile.StandardError);

        BufferedCommandResult run = await DotnetProcess.RunAsync([Path.Combine(output, "FluentConsumer.dll")], project);
        Assert.AreEqual(0, run.ExitCode, run.StandardError);
        Assert.AreEqual(ExpectedOutput.ReplaceLineEndings("\n"), run.StandardOutput.ReplaceLineEndings("\n"));
    }
}
