using System.Diagnostics;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// Runs a program with <c>fluentc run</c> in a child process, for tests whose failure mode is a crashed process (a fatal
/// StackOverflow would otherwise take the test host down with it).
/// </summary>
internal static class ChildProcessRun
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string source, params string[] arguments)
    {
        string folder = Path.Combine(Path.GetTempPath(), "fluentc-child-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string file = Path.Combine(folder, "program.ai");
            File.WriteAllText(file, source);
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "fluentc.dll"));
            start.ArgumentList.Add("run");
            start.ArgumentList.Add("program.ai");
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using Process process = Process.Start(start)!;
            Task<string> output = process.StandardOutput.ReadToEndAsync();
            Task<string> error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"fluentc run {string.Join(' ', arguments)} did not finish within 60 s");
            }

            return new Result(process.ExitCode, output.Result, error.Result);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
