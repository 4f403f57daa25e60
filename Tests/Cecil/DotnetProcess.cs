using CliWrap;
using CliWrap.Buffered;

namespace FluentAI.Tests.Cecil;

/// <summary>Runs the <c>dotnet</c> host as a child process (CliWrap), without the MSBuild settings a test host may carry.</summary>
internal static class DotnetProcess
{
    public static async Task<BufferedCommandResult> RunAsync(IEnumerable<string> arguments, string? workingDirectory = null, string input = "")
    {
        Command command = CliWrap.Cli.Wrap("dotnet")
            .WithArguments(arguments)
            .WithValidation(CommandResultValidation.None)
            .WithStandardInputPipe(PipeSource.FromString(input))
            .WithEnvironmentVariables(env => env
                .Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
                .Set("DOTNET_NOLOGO", "1")
                .Set("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1")
                .Set("MSBuildSDKsPath", null)
                .Set("MSBuildExtensionsPath", null)
                .Set("MSBUILD_EXE_PATH", null));
        if (workingDirectory is not null)
        {
            command = command.WithWorkingDirectory(workingDirectory);
        }

        return await command.ExecuteBufferedAsync();
    }
}
