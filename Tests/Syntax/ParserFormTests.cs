using System.Numerics;
using FluentAI.Compiler.Syntax;
using FluentAI.Compiler.Text;
using static FluentAI.Tests.Syntax.SyntaxAssert;

namespace FluentAI.Tests.Syntax;

[TestClass]
public sealed class ParserFormTests
{
    [TestMethod]
    public void Literals_ProduceLiteralNodes()
    {
        Assert.AreEqual(42L, ParseSingle<IntegerLiteralSyntax>("42").Value);
        Assert.AreEqual(BigInteger.Parse("99999999999999999999", System.Globalization.CultureInfo.InvariantCulture), ParseSingle<IntegerLiteralSyntax>("99999999999999999999").Value);
        Assert.AreEqual(2.5, ParseSingle<FloatLiteralSyntax>("2.5").Value);
        Assert.AreEqual("a\nb", ParseSingle<StringLiteralSyntax>("\"a\\nb\"").Value);
        Assert.IsTrue(ParseSingle<BoolLiteralSyntax>("#t").Value);
        Assert.IsFalse(ParseSingle<BoolLiteralSyntax>("false").Value);
        Assert.AreEqual("io:print", ParseSingle<SymbolSyntax>("io:print").Name);
    }

    [TestMethod]
    public void EmptyParens_IsEmptyListLiteral()
    {
        var list = ParseSingle<ListLiteralSyntax>("()");
        Assert.AreEqual(0, list.Items.Length);
        Assert.AreEqual(new TextSpan(0, 2), list.Span);
    }

    [TestMethod]
    public void BracketList_IsListLiteralWithItems()
    {
        var list = ParseSingle<ListLiteralSyntax>("[1 (f x) [2]]");
        Assert.AreEqual(3, list.Items.Length);
        Assert.IsInstanceOfType<CallSyntax>(list.Items[1]);
        Assert.IsInstanceOfType<ListLiteralSyntax>(list.Items[2]);
        Assert.AreEqual(0, ParseSingle<ListLiteralSyntax>("[]").Items.Length);
    }

    [TestMethod]
    public void CallWithoutArguments_IsCallSyntax()
    {
        var call = ParseSingle<CallSyntax>("(f)");
        Assert.AreEqual("f", As<SymbolSyntax>(call.Callee).Name);
        Assert.AreEqual(0, call.Arguments.Length);
    }

    [TestMethod]
    public void Call_HasCalleeArgumentsAndSpan()
    {
        var call = ParseSingle<CallSyntax>(" (+ 1 (* 2 3))");
        Assert.AreEqual(new TextSpan(1, 13), call.Span);
        Assert.AreEqual(2, call.Arguments.Length);
        Assert.AreEqual(new TextSpan(6, 7), call.Arguments[1].Span);
    }

    [TestMethod]
    public void CallOfLambda_HeadIsExpression()
    {
        var call = ParseSingle<CallSyntax>("((lambda (x) x) 1)");
        Assert.IsInstanceOfType<LambdaSyntax>(call.Callee);
    }

    [TestMethod]
    public void Keyword_NotInHeadPosition_IsSymbol()
    {
        var call = ParseSingle<CallSyntax>("(f if lambda data)");
        Assert.IsTrue(call.Arguments.All(a => a is SymbolSyntax));
        var let = ParseSingle<LetSyntax>("(let ((data [1 2])) data)");
        Assert.AreEqual("data", let.Bindings[0].Name.Name);
    }

    [TestMethod]
    public void Lambda_HasParametersAndBody()
    {
        var lambda = ParseSingle<LambdaSyntax>("(lambda (x y) (+ x y))");
        CollectionAssert.AreEqual(new[] { "x", "y" }, lambda.Parameters.Select(p => p.Name).ToArray());
        Assert.IsInstanceOfType<CallSyntax>(lambda.Body);
        Assert.AreEqual(0, ParseSingle<LambdaSyntax>("(lambda () 1)").Parameters.Length);
    }

    [TestMethod]
    public void Let_HasBindingsAndBody()
    {
        var let = ParseSingle<LetSyntax>("(let ((x 10) (y 20)) (+ x y))");
        Assert.IsFalse(let.IsLetrec);
        Assert.AreEqual(2, let.Bindings.Length);
        Assert.AreEqual("y", let.Bindings[1].Name.Name);
        Assert.AreEqual(new TextSpan(13, 6), let.Bindings[1].Span);
        Assert.AreEqual(0, ParseSingle<LetSyntax>("(let () 1)").Bindings.Length);
    }

    [TestMethod]
    public void Letrec_IsLetWithFlag()
    {
        Assert.IsTrue(ParseSingle<LetSyntax>("(letrec ((f (lambda (n) (f n)))) f)").IsLetrec);
    }

    [TestMethod]
    public void Define_Variable()
    {
        var define = ParseSingle<DefineSyntax>("(define x 5)");
        Assert.AreEqual("x", define.Name.Name);
        Assert.IsFalse(define.IsFunctionForm);
        Assert.AreEqual(5L, As<IntegerLiteralSyntax>(define.Value).Value);
    }

    [TestMethod]
    public void Define_FunctionForm_IsLambdaValue()
    {
        var define = ParseSingle<DefineSyntax>("(define (add a b) (+ a b))");
        Assert.IsTrue(define.IsFunctionForm);
        Assert.AreEqual("add", define.Name.Name);
        var lambda = As<LambdaSyntax>(define.Value);
        CollectionAssert.AreEqual(new[] { "a", "b" }, lambda.Parameters.Select(p => p.Name).ToArray());
        Assert.AreEqual(define.Span, lambda.Span);
        Assert.AreEqual(0, As<LambdaSyntax>(ParseSingle<DefineSyntax>("(define (f) 1)").Value).Parameters.Length);
    }

    [TestMethod]
    public void If_HasThreeParts()
    {
        var node = ParseSingle<IfSyntax>("(if c 1 2)");
        Assert.AreEqual("c", As<SymbolSyntax>(node.Condition).Name);
        Assert.AreEqual(2L, As<IntegerLiteralSyntax>(node.Else).Value);
    }

    [TestMethod]
    public void DoAndOr_TakeAnyNumberOfExpressions()
    {
        Assert.AreEqual(0, ParseSingle<DoSyntax>("(do)").Body.Length);
        Assert.AreEqual(3, ParseSingle<DoSyntax>("(do 1 2 3)").Body.Length);
        Assert.AreEqual(0, ParseSingle<AndSyntax>("(and)").Operands.Length);
        Assert.AreEqual(2, ParseSingle<OrSyntax>("(or a b)").Operands.Length);
    }

    [TestMethod]
    public void Match_HasScrutineeAndClauses()
    {
        var match = ParseSingle<MatchSyntax>("(match x (1 \"one\") (_ \"other\"))");
        Assert.AreEqual(2, match.Clauses.Length);
        Assert.IsInstanceOfType<LiteralPatternSyntax>(match.Clauses[0].Pattern);
        Assert.IsInstanceOfType<WildcardPatternSyntax>(match.Clauses[1].Pattern);
        Assert.AreEqual("other", As<StringLiteralSyntax>(match.Clauses[1].Body).Value);
    }

    [TestMethod]
    public void Data_HasTypeVariablesAndConstructors()
    {
        var data = ParseSingle<DataSyntax>("(data Option a (None) (Some a) (Pair (List Int) Float))");
        Assert.AreEqual("Option", data.TypeName.Name);
        CollectionAssert.AreEqual(new[] { "a" }, data.TypeVariables.Select(v => v.Name).ToArray());
        Assert.AreEqual(3, data.Constructors.Length);
        Assert.AreEqual(0, data.Constructors[0].Fields.Length);
        Assert.AreEqual("a", data.Constructors[1].Fields[0].Name);
        Assert.AreEqual("(List Int)", data.Constructors[2].Fields[0].ToString());
    }

    [TestMethod]
    public void Handler_HasEntriesAndBody()
    {
        var handler = ParseSingle<HandlerSyntax>("(handler ((io:print (lambda (s) s)) (state h)) (io:print 1))");
        CollectionAssert.AreEqual(new[] { "io:print", "state" }, handler.Entries.Select(e => e.Operation.Name).ToArray());
        Assert.IsInstanceOfType<CallSyntax>(handler.Body);
    }

    [TestMethod]
    public void Effect_HasOperationAndArguments()
    {
        var effect = ParseSingle<EffectSyntax>("(effect state:set \"k\" 1)");
        Assert.AreEqual("state:set", effect.Operation.Name);
        Assert.AreEqual(2, effect.Arguments.Length);
    }

    [TestMethod]
    public void Module_HasNameExportsAndForms()
    {
        var module = ParseSingle<ModuleSyntax>("(module geometry (export area perimeter) (define (area w h) (* w h)) (define perimeter 1))");
        Assert.AreEqual("geometry", module.Name.Name);
        CollectionAssert.AreEqual(new[] { "area", "perimeter" }, module.Exports.Select(e => e.Name).ToArray());
        Assert.AreEqual(2, module.Forms.Length);
    }

    [TestMethod]
    [DataRow("(import \"p\" (a b))", "a,b", ",")]
    [DataRow("(import \"p\" ((a as b)))", "a", "b")]
    [DataRow("(import \"p\" (a as b))", "a", "b")]
    [DataRow("(import \"p\" (a (b as c) d as e))", "a,b,d", ",c,e")]
    public void Import_Items(string text, string names, string aliases)
    {
        var import = ParseSingle<ImportSyntax>(text);
        Assert.AreEqual("p", import.Path.Value);
        Assert.IsFalse(import.IsWildcard);
        Assert.AreEqual(names, string.Join(',', import.Items.Select(i => i.Name.Name)));
        Assert.AreEqual(aliases, string.Join(',', import.Items.Select(i => i.Alias?.Name ?? "")));
    }

    [TestMethod]
    public void Import_Wildcard()
    {
        var import = ParseSingle<ImportSyntax>("(import \"modules/mathlib\" *)");
        Assert.IsTrue(import.IsWildcard);
        Assert.AreEqual("modules/mathlib", import.Path.Value);
        Assert.AreEqual(0, import.Items.Length);
    }

    [TestMethod]
    public void Export_Standalone()
    {
        CollectionAssert.AreEqual(new[] { "foo", "bar" }, ParseSingle<ExportSyntax>("(export foo bar)").Names.Select(n => n.Name).ToArray());
    }

    [TestMethod]
    public void Contract_HasRequiresAndEnsures()
    {
        var contract = ParseSingle<ContractSyntax>("(spec:contract safe-div :requires [(!= y 0) (number? x)] :ensures [(number? result)])");
        Assert.AreEqual("safe-div", contract.Function.Name);
        Assert.AreEqual(2, contract.Requires.Length);
        Assert.AreEqual(1, contract.Ensures.Length);
        var onlyEnsures = ParseSingle<ContractSyntax>("(spec:contract f :ensures [(>= result 0)])");
        Assert.AreEqual(0, onlyEnsures.Requires.Length);
    }

    [TestMethod]
    public void Ascription_WithSimpleAndAppliedType()
    {
        var simple = ParseSingle<AscriptionSyntax>("(: 5 Int)");
        Assert.AreEqual("Int", simple.Type.Name);
        var applied = ParseSingle<AscriptionSyntax>("(: [1 2] (List Int))");
        Assert.AreEqual("List", applied.Type.Name);
        Assert.AreEqual("Int", applied.Type.Arguments[0].Name);
    }

    [TestMethod]
    public void CompilationUnit_HoldsFormsInOrderWithComments()
    {
        SyntaxTree tree = SyntaxTree.Parse("; header\n(define x 1)\n; between\nx ; trailing\n");
        Assert.IsFalse(tree.HasErrors);
        Assert.AreEqual(2, tree.Root.Forms.Length);
        Assert.IsInstanceOfType<DefineSyntax>(tree.Root.Forms[0]);
    }

    [TestMethod]
    public void RepeatedSymbols_ShareOneString()
    {
        var call = ParseSingle<CallSyntax>("(foo-bar foo-bar)");
        Assert.AreSame(As<SymbolSyntax>(call.Callee).Name, As<SymbolSyntax>(call.Arguments[0]).Name);
    }

    [TestMethod]
    public void ManyDistinctSymbols_KeepTheirNamesPastTheInternTableLimit()
    {
        string text = "(f " + string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"name-{i}")) + " name-7 name-19999)";
        var call = ParseSingle<CallSyntax>(text);
        Assert.AreEqual(20_002, call.Arguments.Length);
        for (int i = 0; i < 20_000; i++)
        {
            Assert.AreEqual($"name-{i}", As<SymbolSyntax>(call.Arguments[i]).Name);
        }

        Assert.AreEqual("name-7", As<SymbolSyntax>(call.Arguments[20_000]).Name);
        Assert.AreEqual("name-19999", As<SymbolSyntax>(call.Arguments[20_001]).Name);
    }
}
