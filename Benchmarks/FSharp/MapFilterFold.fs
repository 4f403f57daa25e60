/// map/filter/fold with closures over 100,000 elements on F# lists, as
/// Benchmarks/Programs/map_filter_fold.ai: every stage builds a list. Answer: 7500150000.
module FluentAI.Benchmarks.FSharp.MapFilterFold

let bench () : int64 =
    let k = 3L
    let xs = [ 1L .. 100_000L ]
    xs
    |> List.map (fun x -> x * k)
    |> List.filter (fun x -> x % 2L = 0L)
    |> List.fold (fun acc x -> acc + x) 0L
