using FluentAI.Compiler.Ir;
using FluentAI.Compiler.Lowering;

namespace FluentAI.Tests.Emit;

/// <summary>The rewriter copies a node only when a child changed: unchanged trees and subtrees come back as the same objects.</summary>
[TestClass]
public sealed class IrRewriterTests
{
    /// <summary>Every kind of node: define, lambda, let, if, do, and, or, match, handler, list, call, primitive, contract.</summary>
    private const string EveryNode = """
        (data Opt (None) (Some v))
        (define (f x y)
          (let ((a [x y 7]) (b (lambda (z) (+ z x))))
            (if (and x (or y #f))
                (do (b 7) (match a ([p q r] (* p 7)) ((Some v) v) (_ 0)))
                (handler ((error (lambda (e) 7))) (f 7 (- y 1))))))
        (spec:contract f :requires [(> x 7)])
        (f 7 7)
        """;

    [TestMethod]
    public void AnIdentityRewrite_ReturnsEveryFormAsTheSameObject()
    {
        BoundProgram program = LoweringFixture.Bind(EveryNode);
        var identity = new Replace(from: -1, to: -1);
        foreach (TopLevelForm form in program.Forms)
        {
            Assert.AreSame(form.Body, identity.Rewrite(form.Body), IrPrinter.Print(form.Body));
        }

        Assert.IsTrue(identity.Visited > 40, $"visited only {identity.Visited} nodes");
    }

    [TestMethod]
    public void ARewriteOfOneConstant_ReplacesItAndCopiesOnlyItsAncestors()
    {
        BoundProgram program = LoweringFixture.Bind("(define (f x) (if (< x 0) (+ x 7) (* x 2)))");
        BoundExpr body = program.Forms[0].Body;
        var rewritten = (GlobalDefineExpr)new Replace(from: 7, to: 8).Rewrite(body);

        Assert.AreNotSame(body, rewritten);
        var before = (IfExpr)((LambdaExpr)((GlobalDefineExpr)body).Value).Body;
        var after = (IfExpr)((LambdaExpr)rewritten.Value).Body;
        Assert.AreSame(before.Condition, after.Condition, "an untouched sibling is shared");
        Assert.AreSame(before.Else, after.Else, "an untouched sibling is shared");
        Assert.AreNotSame(before.Then, after.Then);
        Assert.AreEqual(8L, ((ConstantExpr)((PrimitiveCallExpr)after.Then).Right).Value);
        Assert.AreEqual(7L, ((ConstantExpr)((PrimitiveCallExpr)before.Then).Right).Value, "the original tree is not modified");
    }

    [TestMethod]
    public void ARewriteInsideEveryKindOfNode_ReachesAllTheConstants()
    {
        BoundProgram program = LoweringFixture.Bind(EveryNode);
        int sevens = program.Forms.Sum(f => LoweringFixture.All<ConstantExpr>(f.Body).Count(c => c.Value is 7L));
        var rewriter = new Replace(from: 7, to: 8);
        List<BoundExpr> rewritten = [.. program.Forms.Select(f => rewriter.Rewrite(f.Body))];

        Assert.IsTrue(sevens >= 8, $"the program should hold at least 8 sevens, found {sevens}");
        Assert.AreEqual(0, rewritten.Sum(b => LoweringFixture.All<ConstantExpr>(b).Count(c => c.Value is 7L)));
        Assert.AreEqual(sevens, rewritten.Sum(b => LoweringFixture.All<ConstantExpr>(b).Count(c => c.Value is 8L)));
    }

    /// <summary>Replaces integer constants equal to <c>from</c>; counts the nodes it sees.</summary>
    private sealed class Replace(long from, long to) : IrRewriter
    {
        public int Visited { get; private set; }

        public override BoundExpr Rewrite(BoundExpr expr)
        {
            Visited++;
            BoundExpr rewritten = base.Rewrite(expr);
            return rewritten is ConstantExpr { Value: long value } constant && value == from ? constant with { Value = to } : rewritten;
        }
    }
}
