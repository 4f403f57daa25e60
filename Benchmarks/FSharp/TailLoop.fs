/// The sum of 1..10^7 by a tail-recursive function with an accumulator, as
/// Benchmarks/Programs/tail_loop.ai (F# compiles the self tail call to a loop). Answer: 50000005000000.
module FluentAI.Benchmarks.FSharp.TailLoop

let rec sumTo (i: int64) (n: int64) (acc: int64) : int64 =
    if i > n then acc else sumTo (i + 1L) n (acc + i)

let bench () : int64 = sumTo 1L 10_000_000L 0L
