using System.Collections.Immutable;
using FluentAI.Cli;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;

namespace FluentAI.Tests.Cli;

[TestClass]
public sealed class SyntaxTreePrinterTests
{
    [TestMethod]
    public void PrintsNodesIndentedWithPositionsAndValues()
    {
        //            0         1         2
        //            0123456789012345678901234
        string text = "(define (f x)\n  (+ x 1.5))\n\"a\\\"b\"";
        var source = new SourceText(text, "t.ai");
        var f = new SymbolSyntax(new TextSpan(9, 1), "f");
        var x = new SymbolSyntax(new TextSpan(11, 1), "x");
        var call = new CallSyntax(
            new TextSpan(16, 10),
            new SymbolSyntax(new TextSpan(17, 1), "+"),
            [new SymbolSyntax(new TextSpan(19, 1), "x"), new FloatLiteralSyntax(new TextSpan(21, 3), 1.5)]);
        var lambda = new LambdaSyntax(new TextSpan(0, 27), [x], call);
        var define = new DefineSyntax(new TextSpan(0, 27), f, lambda, IsFunctionForm: true);
        var str = new StringLiteralSyntax(new TextSpan(27, 6), "a\"b");
        var unit = new CompilationUnitSyntax(new TextSpan(0, text.Length), source, [define, str]);

        string printed = SyntaxTreePrinter.Print(unit, source);

        string expected =
            """
            CompilationUnit (1,1)
              Forms[0]: Define (1,1) IsFunctionForm=true
                Name: Symbol (1,10) Name="f"
                Value: Lambda (1,1)
                  Parameters[0]: Symbol (1,12) Name="x"
                  Body: Call (2,3)
                    Callee: Symbol (2,4) Name="+"
                    Arguments[0]: Symbol (2,6) Name="x"
                    Arguments[1]: FloatLiteral (2,8) Value=1.5
              Forms[1]: StringLiteral (3,1) Value="a\"b"

            """;
        Assert.AreEqual(expected.ReplaceLineEndings(), printed);
    }

    [TestMethod]
    public void PrintsEmptyListsAndSkipsMissingOptionalNodes()
    {
        var source = new SourceText("(import \"m\" (a))", "m.ai");
        var item = new ImportItemSyntax(new TextSpan(13, 1), new SymbolSyntax(new TextSpan(13, 1), "a"), Alias: null);
        var import = new ImportSyntax(new TextSpan(0, 16), new StringLiteralSyntax(new TextSpan(8, 3), "m"), IsWildcard: false, [item]);
        var empty = new ListLiteralSyntax(new TextSpan(0, 2), []);
        var unit = new CompilationUnitSyntax(new TextSpan(0, 16), source, [import, empty, new ErrorExprSyntax(new TextSpan(3, 0))]);

        string printed = SyntaxTreePrinter.Print(unit, source);

        string expected =
            """
            CompilationUnit (1,1)
              Forms[0]: Import (1,1) IsWildcard=false
                Path: StringLiteral (1,9) Value="m"
                Items[0]: ImportItem (1,14)
                  Name: Symbol (1,14) Name="a"
              Forms[1]: ListLiteral (1,1)
                Items: []
              Forms[2]: ErrorExpr (1,4)

            """;
        Assert.AreEqual(expected.ReplaceLineEndings(), printed);
    }

    [TestMethod]
    public void DefaultImmutableArraysPrintAsEmpty()
    {
        var source = new SourceText("()", "e.ai");
        var unit = new CompilationUnitSyntax(new TextSpan(0, 2), source, default);

        Assert.AreEqual("CompilationUnit (1,1)" + Environment.NewLine + "  Forms: []" + Environment.NewLine, SyntaxTreePrinter.Print(unit, source));
    }

    [TestMethod]
    public void PrintsBigIntegersAndTypesInvariantly()
    {
        var source = new SourceText("(: 123456789012345678901234567890 (List Int))", "b.ai");
        var big = System.Numerics.BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture);
        var type = new TypeSyntax(new TextSpan(34, 10), "List", [new TypeSyntax(new TextSpan(40, 3), "Int", ImmutableArray<TypeSyntax>.Empty)]);
        var node = new AscriptionSyntax(new TextSpan(0, 45), new IntegerLiteralSyntax(new TextSpan(3, 30), big), type);

        string printed = SyntaxTreePrinter.Print(node, source);

        Assert.Contains("Expression: IntegerLiteral (1,4) Value=123456789012345678901234567890", printed);
        Assert.Contains("Type: Type (1,35) Name=\"List\"", printed);
        Assert.Contains("Arguments[0]: Type (1,41) Name=\"Int\"", printed);
    }
}
