using System.Security.Cryptography;
using System.Text;
using FluentAI.Compiler.Text;
using Mono.Cecil.Cil;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// One .ai file as the portable PDB names it: the full path (which debuggers open), a SHA-256 of its
/// UTF-8 text, and the text itself embedded, so a debugger shows the source even where the file is not.
/// Turns spans into sequence points (1-based lines and columns, end column exclusive).
/// </summary>
internal sealed class SourceDocument
{
    /// <summary>The language id in the PDB: FluentAI has no registered GUID, so fluentc uses this fixed one.</summary>
    public static readonly Guid FluentAILanguage = new("6f1a2b8e-3c4d-4e5f-9a0b-fa1c0de0a1ed");

    public SourceDocument(SourceText source)
    {
        Source = source;
        byte[] bytes = Encoding.UTF8.GetBytes(source.Text);
        Document = new Document(source.Path.StartsWith('<') ? source.Path : Path.GetFullPath(source.Path))
        {
            LanguageGuid = FluentAILanguage,
            HashAlgorithm = DocumentHashAlgorithm.SHA256,
            Hash = SHA256.HashData(bytes),
        };
        Document.CustomDebugInformations.Add(new EmbeddedSourceDebugInformation(bytes, compress: bytes.Length > 200));
    }

    public SourceText Source { get; }

    public Document Document { get; }

    public SequencePoint Point(Instruction instruction, TextSpan span)
    {
        SourceLocation start = Source.GetLocation(span.Start);
        SourceLocation end = Source.GetLocation(Math.Max(span.Start, span.End));
        int endColumn = end.Line == start.Line ? Math.Max(end.Column, start.Column + 1) : end.Column;
        return new SequencePoint(instruction, Document)
        {
            StartLine = start.Line,
            StartColumn = Math.Min(start.Column, ushort.MaxValue - 1),
            EndLine = end.Line,
            EndColumn = Math.Min(endColumn, ushort.MaxValue),
        };
    }
}
