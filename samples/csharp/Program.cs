// Calls a FluentAI library (samples/mathlib, built with `fluentc build`) from C#: no reflection,
// just the public static classes and methods the build produced.
using FluentAI.Runtime.Errors;
using FluentAI.Runtime.Values;
using MathLib;

// Typed functions: the compiler proved long and bool.
long fib = MathUtils.Fib(30);
Console.WriteLine($"fib(30) = {fib}");
Console.WriteLine($"20! = {MathUtils.Factorial(20)}");
Console.WriteLine($"gcd(1071, 462) = {MathUtils.Gcd(1071, 462)}");
Console.WriteLine($"between?(5, 1, 10) = {MathUtils.IsBetween(5, 1, 10)}");
Console.WriteLine($"collatz-steps(27) = {MathUtils.CollatzSteps(27)}");
try
{
    MathUtils.Factorial(25);
}
catch (OverflowException)
{
    Console.WriteLine("25! does not fit in a long");
}

// Untyped functions take and return object: FluentAI values (string, long, double, lists...).
Console.WriteLine(Text.Greet("C#"));
Console.WriteLine(Text.Shout("fluent"));
Console.WriteLine($"word-count = {Text.WordCount("one two three")}");
Console.WriteLine($"separator = '{Text.Separator}'");
try
{
    Text.Shout(42);
}
catch (FluentException e)
{
    Console.WriteLine($"contract: {e.Message}");
}

// Data constructors are exported values; calling them builds FluentAI data.
var circle = (FunctionValue)Shapes.Circle!;
object? unit = circle.Invoke(1.0);
Console.WriteLine(Shapes.Describe(unit));
Console.WriteLine($"area = {Shapes.Area(unit)}");
Console.WriteLine($"fib-area(10) = {Shapes.FibArea(10)}");
