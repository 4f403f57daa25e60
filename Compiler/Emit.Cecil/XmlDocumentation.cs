using System.Text;
using System.Xml;

namespace FluentAI.Compiler.Emit.Cecil;

/// <summary>
/// The XML documentation file of a built assembly (<c>Name.xml</c> beside <c>Name.dll</c>), in the format
/// C# tools read: one <c>member</c> per public class, method and property, with member ids such as
/// <c>M:Ns.MathUtils.Fib(System.Int64)</c>. The text comes from the source (<see cref="ExportDoc"/>).
/// </summary>
internal sealed class XmlDocumentation(string assemblyName)
{
    private readonly List<(string Id, Action<XmlWriter> Write)> _members = [];

    public void AddClass(string fullName, string moduleName, string file) =>
        _members.Add(($"T:{fullName}", w =>
        {
            w.WriteStartElement("summary");
            w.WriteString("The FluentAI module ");
            Code(w, moduleName);
            w.WriteString($" ({file}). Its forms run once, before the first use of any member.");
            w.WriteEndElement();
        }));

    public void AddMethod(string className, string member, IReadOnlyList<(string Name, Type Type)> parameters, Type returnType, ExportDoc doc, bool typed)
    {
        string signature = parameters.Count == 0 ? string.Empty : "(" + string.Join(",", parameters.Select(p => p.Type.FullName)) + ")";
        _members.Add(($"M:{className}.{member}{signature}", w =>
        {
            Summary(w, doc, "function");
            for (int i = 0; i < parameters.Count; i++)
            {
                w.WriteStartElement("param");
                w.WriteAttributeString("name", parameters[i].Name);
                w.WriteString("The FluentAI parameter ");
                Code(w, i < doc.Parameters.Count ? doc.Parameters[i] : parameters[i].Name);
                w.WriteString(typed ? " (an Int)." : ".");
                w.WriteEndElement();
            }

            w.WriteStartElement("returns");
            if (doc.Ascription is not null)
            {
                w.WriteString("A value of type ");
                Code(w, doc.Ascription);
                w.WriteString(" (its ascription).");
            }
            else
            {
                w.WriteString(typed
                    ? $"The result, proved {(returnType == typeof(bool) ? "a Bool" : "an Int")} by the compiler."
                    : "The result as a FluentAI value (long, BigInteger, double, bool, string, null for nil, or a FluentAI.Runtime value).");
            }

            w.WriteEndElement();
            Remarks(w, doc, typed);
        }));
    }

    public void AddProperty(string className, string member, ExportDoc doc) =>
        _members.Add(($"P:{className}.{member}", w =>
        {
            Summary(w, doc, "value");
            w.WriteStartElement("value");
            if (doc.Ascription is not null)
            {
                w.WriteString("Of type ");
                Code(w, doc.Ascription);
                w.WriteString(" (its ascription). ");
            }

            w.WriteString("The value of the exported binding when read (a FluentAI function is a FluentAI.Runtime.Values.FunctionValue).");
            w.WriteEndElement();
            Remarks(w, doc, typed: false);
        }));

    public override string ToString()
    {
        using var text = new Utf8StringWriter();
        using (var w = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            w.WriteStartElement("doc");
            w.WriteStartElement("assembly");
            w.WriteElementString("name", assemblyName);
            w.WriteEndElement();
            w.WriteStartElement("members");
            foreach ((string id, Action<XmlWriter> write) in _members)
            {
                w.WriteStartElement("member");
                w.WriteAttributeString("name", id);
                write(w);
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        return text.ToString();
    }

    /// <summary>The file is written as UTF-8, so the XML declaration must say so.</summary>
    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(System.Globalization.CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
    }

    private static void Summary(XmlWriter w, ExportDoc doc, string kind)
    {
        w.WriteStartElement("summary");
        if (doc.Comment is not null)
        {
            w.WriteString(doc.Comment);
        }
        else
        {
            w.WriteString($"The FluentAI {kind} ");
            Code(w, doc.Name);
            w.WriteString(".");
        }

        w.WriteEndElement();
    }

    private static void Remarks(XmlWriter w, ExportDoc doc, bool typed)
    {
        w.WriteStartElement("remarks");
        w.WriteString(doc.Line is null ? "Exported as " : "Defined as ");
        Code(w, doc.Name);
        w.WriteString(doc.Line is int line ? $" in {doc.File}, line {line}." : $" by {doc.File}.");
        foreach (string condition in doc.Requires)
        {
            w.WriteString(" Requires ");
            Code(w, condition);
            w.WriteString(".");
        }

        foreach (string condition in doc.Ensures)
        {
            w.WriteString(" Ensures ");
            Code(w, condition);
            w.WriteString(".");
        }

        if (doc.Requires.Count + doc.Ensures.Count > 0)
        {
            w.WriteString(" A violated contract throws FluentAI.Runtime.Errors.FluentException.");
        }

        if (typed)
        {
            w.WriteString(" Integer overflow falls back to FluentAI's arbitrary-precision code; a result that does not fit in a long throws OverflowException.");
        }

        w.WriteEndElement();
    }

    private static void Code(XmlWriter w, string text)
    {
        w.WriteStartElement("c");
        w.WriteString(text);
        w.WriteEndElement();
    }
}
