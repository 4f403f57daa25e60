using FluentAI.Compiler.Hosting;

namespace FluentAI.Tests.Hosting;

/// <summary>
/// A runtime error carries the same type, message and <c>path(line,col)</c> position in every mode. Each failing function is
/// first called successfully a few times, so in Tiered mode the failure happens in IL.
/// </summary>
[TestClass]
public sealed class EngineModeRuntimeErrorTests
{
    [TestMethod]
    [DataRow("(define (add x y)\n  (+ x y))", "(add 1 2)", "(add 1 \"a\")", "type-mismatch", "Type mismatch: expected Number, got String", "errors.ai(2,3)", DisplayName = "type mismatch in +")]
    [DataRow("(define (f x)\n  (if (< x 0) nope x))", "(f 1)", "(f -1)", "undefined-variable", "Undefined variable: nope", "errors.ai(2,15)", DisplayName = "undefined variable")]
    [DataRow("(define (name x)\n  (match x (1 \"one\") (2 \"two\")))", "(name 1)", "(name 3)", "no-match", "No patterns matched value: 3", "errors.ai(2,3)", DisplayName = "no match")]
    [DataRow("(define (half x) (/ x 2))\n(spec:contract half :requires [(> x 0)])", "(half 4)", "(half -4)", "contract-violation", "Precondition violation in half: (> x 0)", "errors.ai(2,32)", DisplayName = "contract violation")]
    [DataRow("(define (call-it f)\n  (f 1))", "(call-it (lambda (x) x))", "(call-it 5)", "type-mismatch", "Cannot apply non-function: 5", "errors.ai(2,3)", DisplayName = "calling a non-function")]
    [DataRow("(define (div x y)\n  (/ x y))", "(div 4 2)", "(div 1 0)", "division-by-zero", "division by zero", "errors.ai(2,3)", DisplayName = "division by zero in a builtin")]
    [DataRow("(define (first xs)\n  (head xs))", "(first [1])", "(first [])", "empty-list", "Empty list", "errors.ai(2,3)", DisplayName = "error in an intrinsic")]
    public void ARuntimeError_HasTheSamePositionInEveryMode(string definitions, string warmUp, string failing, string type, string message, string position)
    {
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval(definitions, "errors.ai");
            object? expected = engine.Eval(warmUp);
            for (int i = 0; i < 2; i++)
            {
                Assert.AreEqual(expected, engine.Eval(warmUp), $"{mode}: warm-up");
            }

            FluentRuntimeException error = EngineModes.ErrorOf(engine, mode, failing, "call.ai");
            Assert.AreEqual(type, error.ErrorType, mode);
            StringAssert.StartsWith(error.Message, message, mode);
            Assert.AreEqual(position, error.Position, mode);
        }
    }

    [TestMethod]
    public void ALetBindingReadBeforeItsInitializerRan_HasTheSameErrorInEveryMode()
    {
        const string early = "(define (early)\n  (let ((g (lambda () y)) (z (g)) (y 2)) z))";
        FluentRuntimeException? reference = null;
        foreach (string mode in EngineModes.All)
        {
            FluentEngine engine = EngineModes.New(mode);
            engine.Eval(early, "errors.ai");
            for (int i = 0; i < 2; i++)
            {
                // Caught, so Tiered mode compiles early before the last call.
                Assert.AreEqual("undefined-variable", engine.Eval("(handler ((error (lambda (e) (error-type e)))) (early))"), mode);
            }

            FluentRuntimeException error = EngineModes.ErrorOf(engine, mode, "(early)", "call.ai");
            reference ??= error;
            Assert.AreEqual("undefined-variable", error.ErrorType, mode);
            Assert.AreEqual(reference.Message, error.Message, $"{mode} differs from the VM");
            Assert.AreEqual("errors.ai(2,23)", error.Position, mode);
        }
    }
}
