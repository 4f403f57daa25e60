/// fib(30), as Benchmarks/Programs/fib.ai. Answer: 832040.
module FluentAI.Benchmarks.FSharp.Fib

let rec fib (n: int64) : int64 = if n < 2L then n else fib (n - 1L) + fib (n - 2L)

let bench () : int64 = fib 30L
