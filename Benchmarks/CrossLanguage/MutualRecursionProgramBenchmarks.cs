namespace FluentAI.Benchmarks.CrossLanguage;

/// <summary>
/// even?/odd? calling each other in tail position a million times each way
/// (Programs/mutual_recursion.ai). C# has no guaranteed tail calls (a million nested calls would
/// overflow the stack), so each function is the loop mutual tail calls amount to: the other
/// function's body inlined, then back to the top. F# and Lua keep the mutual tail calls.
/// </summary>
public class MutualRecursionProgramBenchmarks : ProgramBenchmarks
{
    public override string ProgramName => "mutual_recursion";

    public override long Expected => 2;

    protected override long RunCSharp() => (IsEven(1_000_000) ? 1 : 0) + (IsOdd(999_999) ? 1 : 0);

    protected override long RunFSharp() => FluentAI.Benchmarks.FSharp.MutualRecursion.bench();

    private static bool IsEven(long n)
    {
        while (true)
        {
            if (n == 0)
            {
                return true;
            }

            n--; // tail call (my-odd? (- n 1))
            if (n == 0)
            {
                return false;
            }

            n--; // tail call (my-even? (- n 1))
        }
    }

    private static bool IsOdd(long n)
    {
        while (true)
        {
            if (n == 0)
            {
                return false;
            }

            n--; // tail call (my-even? (- n 1))
            if (n == 0)
            {
                return true;
            }

            n--; // tail call (my-odd? (- n 1))
        }
    }
}
