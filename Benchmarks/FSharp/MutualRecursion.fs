/// even?/odd? over a million steps each way with mutual tail calls, as
/// Benchmarks/Programs/mutual_recursion.ai (the project compiles with tail calls on). Answer: 2.
module FluentAI.Benchmarks.FSharp.MutualRecursion

let rec myEven (n: int64) : bool = if n = 0L then true else myOdd (n - 1L)

and myOdd (n: int64) : bool = if n = 0L then false else myEven (n - 1L)

let bench () : int64 = (if myEven 1_000_000L then 1L else 0L) + (if myOdd 999_999L then 1L else 0L)
