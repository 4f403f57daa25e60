using System.Text;
using FluentAI.Compiler.Diagnostics;
using FluentAI.Compiler.Syntax;

namespace FluentAI.Tests.Syntax;

/// <summary>Random token soup never throws, and every diagnostic points inside the text.</summary>
[TestClass]
public sealed class ParserRobustnessTests
{
    private static readonly string[] s_pieces =
    [
        "(", ")", "[", "]", ",", " ", "\n", "x", "Foo", "_", "...", "...r", "1", "-2.5", "1e", "12abc", "\"s\"", "\"open", ";c\n",
        "lambda", "let", "letrec", "define", "if", "do", "and", "or", "match", "data", "handler", "effect", "module", "import",
        "export", "spec:contract", ":", ":requires", ":ensures", "as", "*", "#t", "#x",
    ];

    [TestMethod]
    public void RandomTokenSoup_ParsesWithoutThrowing()
    {
        var random = new Random(12345);
        var sb = new StringBuilder();
        for (int n = 0; n < 3000; n++)
        {
            sb.Clear();
            int length = random.Next(1, 40);
            for (int i = 0; i < length; i++)
            {
                sb.Append(s_pieces[random.Next(s_pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
            }

            string text = sb.ToString();
            SyntaxTree tree = SyntaxTree.Parse(text);
            foreach (Diagnostic d in tree.Diagnostics)
            {
                Assert.IsTrue(d.Span.Start >= 0 && d.Span.End <= text.Length, $"{d} in {text}");
            }

            int eofErrors = tree.Diagnostics.Count(d => d.Span.Start == text.Length);
            Assert.IsTrue(eofErrors <= 1, text);
            Assert.IsTrue(tree.Diagnostics.Count <= length + 1, text);
        }
    }
}
