/// tak(18, 12, 6), as Benchmarks/Programs/tak.ai. Answer: 7.
module FluentAI.Benchmarks.FSharp.Tak

let rec tak (x: int64) (y: int64) (z: int64) : int64 =
    if y < x then tak (tak (x - 1L) y z) (tak (y - 1L) z x) (tak (z - 1L) x y) else z

let bench () : int64 = tak 18L 12L 6L
