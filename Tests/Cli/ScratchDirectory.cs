namespace FluentAI.Tests.Cli;

/// <summary>A fresh directory under the temp folder for one test, deleted on dispose.</summary>
internal sealed class ScratchDirectory : IDisposable
{
    public ScratchDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fluentc-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string WriteBytes(string name, byte[] bytes)
    {
        string file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public string WriteText(string name, string text) => WriteBytes(name, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
