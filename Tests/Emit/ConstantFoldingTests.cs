using System.Numerics;
using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;
using FluentAI.Runtime.Values;

namespace FluentAI.Tests.Emit;

/// <summary>Builtin operators on integer literals and <c>if</c> on a literal fold at compile time, never when the operator may not be the builtin.</summary>
[TestClass]
public sealed class ConstantFoldingTests
{
    /// <summary>The body of the last form after folding.</summary>
    private static BoundExpr FoldLast(string source, GlobalTable? globals = null) =>
        ConstantFolding.Fold(LoweringFixture.Bind(source, globals).Forms)[^1].Body;

    [TestMethod]
    [DataRow("(* 4 5)", 20L)]
    [DataRow("(+ (* 2 3) (- 10 4))", 12L)]
    [DataRow("(- 1 9223372036854775807)", -9223372036854775806L)]
    [DataRow("(< 1 2)", true)]
    [DataRow("(>= 1 2)", false)]
    [DataRow("(= 3 (+ 1 2))", true)]
    [DataRow("(!= 3 3)", false)]
    public void OperatorsOnIntegerLiterals_Fold(string source, object expected)
    {
        ConstantExpr folded = (ConstantExpr)FoldLast(source);
        Assert.AreEqual(expected, folded.Value);
    }

    [TestMethod]
    public void Overflow_FoldsToABigIntegerAsAtRunTime()
    {
        Assert.AreEqual(BigInteger.Parse("18446744073709551614"), ((ConstantExpr)FoldLast("(* 9223372036854775807 2)")).Value);
        Assert.AreEqual(BigInteger.Parse("9223372036854775808"), ((ConstantExpr)FoldLast("(+ 9223372036854775807 1)")).Value);
    }

    [TestMethod]
    [DataRow("(if #t 1 2)", 1L)]
    [DataRow("(if #f 1 2)", 2L)]
    [DataRow("(if 0 1 2)", 2L)]
    [DataRow("(if (< 1 2) (* 3 3) 0)", 9L)]
    [DataRow("(if \"\" 1 2)", 2L)]
    public void IfOnALiteral_FoldsToTheChosenBranch(string source, long expected)
    {
        Assert.AreEqual(expected, ((ConstantExpr)FoldLast(source)).Value);
    }

    [TestMethod]
    public void InsideFunctions_OnlyTheConstantPartsFold()
    {
        LambdaExpr f = (LambdaExpr)((GlobalDefineExpr)FoldLast("(define (f x) (+ x (* 4 5)))")).Value;
        var add = (PrimitiveCallExpr)f.Body;
        Assert.IsInstanceOfType<LocalLoadExpr>(add.Left);
        Assert.AreEqual(20L, ((ConstantExpr)add.Right).Value);
    }

    [TestMethod]
    [DataRow("(define (+ a b) 0) (+ 1 2)", DisplayName = "redefined in an earlier form")]
    [DataRow("(+ 1 2) (define (+ a b) 0)", DisplayName = "redefined in a later form")]
    [DataRow("(define (f) (+ 1 2)) (define + -)", DisplayName = "redefined as another builtin")]
    public void AnOperatorTheUnitDefines_DoesNotFold(string source)
    {
        IReadOnlyList<TopLevelForm> folded = ConstantFolding.Fold(LoweringFixture.Bind(source).Forms);
        Assert.AreEqual(1, folded.Sum(f => LoweringFixture.All<PrimitiveCallExpr>(f.Body).Count));
        Assert.AreEqual(0, folded.Sum(f => LoweringFixture.All<ConstantExpr>(f.Body).Count(c => c.Value is 3L)));
    }

    [TestMethod]
    public void AnOperatorAnEarlierUnitRedefined_DoesNotFold()
    {
        var globals = new GlobalTable();
        globals.Get("*").Define(new ConstantFunction());
        Assert.IsInstanceOfType<PrimitiveCallExpr>(FoldLast("(* 4 5)", globals));
    }

    [TestMethod]
    public void WhenNothingFolds_TheSameFormsComeBack()
    {
        IReadOnlyList<TopLevelForm> forms = LoweringFixture.Bind("(define (f x) (+ x 1)) (f 2) (if x 1 2)").Forms;
        IReadOnlyList<TopLevelForm> folded = ConstantFolding.Fold(forms);
        Assert.AreEqual(forms.Count, folded.Count);
        for (int i = 0; i < forms.Count; i++)
        {
            Assert.AreSame(forms[i], folded[i], $"form {i}");
        }
    }

    [TestMethod]
    public void OnlyTheFormsThatFold_AreReplaced()
    {
        IReadOnlyList<TopLevelForm> forms = LoweringFixture.Bind("(define (f x) (+ x 1)) (* 4 5)").Forms;
        IReadOnlyList<TopLevelForm> folded = ConstantFolding.Fold(forms);
        Assert.AreSame(forms[0], folded[0]);
        Assert.AreNotSame(forms[1], folded[1]);
        Assert.AreSame(forms[1].Function, folded[1].Function);
    }

    /// <summary>A stand-in for a user's redefinition of an operator.</summary>
    private sealed class ConstantFunction : FunctionValue
    {
        public override string Name => "constant";

        public override object? Invoke(ReadOnlySpan<object?> args) => 0L;
    }
}
