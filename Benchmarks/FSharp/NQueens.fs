/// nqueens(8) with the placed rows in an F# list, as Benchmarks/Programs/nqueens.ai. Answer: 92.
module FluentAI.Benchmarks.FSharp.NQueens

let rec safe (row: int64) (dist: int64) (placed: int64 list) : bool =
    match placed with
    | [] -> true
    | q :: rest -> q <> row && q <> row + dist && q <> row - dist && safe row (dist + 1L) rest

let rec tryRows (row: int64) (n: int64) (k: int64) (placed: int64 list) (acc: int64) : int64 =
    if row > n then
        acc
    else
        tryRows (row + 1L) n k placed (if safe row 1L placed then acc + queens n (k + 1L) (row :: placed) else acc)

and queens (n: int64) (k: int64) (placed: int64 list) : int64 =
    if k = n then 1L else tryRows 1L n k placed 0L

let bench () : int64 = queens 8L 0L []
