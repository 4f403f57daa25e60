using System.Text;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Text;

namespace FluentAI.Cli;

/// <summary>
/// Reads source files for the commands: strict UTF-8 (a leading BOM is skipped), no NUL bytes, and every
/// failure turned into a diagnostic at <c>path(1,1)</c> instead of an exception.
/// </summary>
internal static class SourceLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LoadResult Load(string path)
    {
        if (Directory.Exists(path))
        {
            return Fail(path, DiagnosticCode.CannotReadFile, "Cannot read file: it is a directory");
        }

        if (!File.Exists(path))
        {
            return Fail(path, DiagnosticCode.FileNotFound, "File not found");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return Fail(path, DiagnosticCode.FileNotFound, "File not found");
        }
        catch (DirectoryNotFoundException)
        {
            return Fail(path, DiagnosticCode.FileNotFound, "File not found");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(path, DiagnosticCode.CannotReadFile, "Cannot read file: access denied");
        }
        catch (IOException ex)
        {
            return Fail(path, DiagnosticCode.CannotReadFile, $"Cannot read file: {ex.Message}");
        }

        return Decode(bytes, path);
    }

    /// <summary>Decodes file contents: strict UTF-8, optional BOM skipped, NUL bytes rejected as binary.</summary>
    public static LoadResult Decode(ReadOnlySpan<byte> bytes, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        if (bytes.IndexOf((byte)0) >= 0) // not Contains: Contains<byte> has no precompiled code in the framework (JIT at every start)
        {
            return Fail(path, DiagnosticCode.InvalidEncoding, "File is binary (it contains NUL bytes), not UTF-8 text");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Fail(path, DiagnosticCode.InvalidEncoding, "File is not valid UTF-8");
        }

        return new LoadResult(new SourceText(text, path), null);
    }

    private static LoadResult Fail(string path, DiagnosticCode code, string message) =>
        new(null, new Diagnostic(code, DiagnosticCodes.SeverityOf(code), new SourceText(string.Empty, path), new TextSpan(0, 0), message));
}
