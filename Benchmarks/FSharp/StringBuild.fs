/// The decimal strings of 0..9999 collected in a list by a tail-recursive loop, joined with "," and
/// measured, as Benchmarks/Programs/string_build.ai. Answer: 48889.
module FluentAI.Benchmarks.FSharp.StringBuild

open System.Globalization

let rec numbers (i: int64) (acc: string list) : string list =
    if i < 0L then acc else numbers (i - 1L) (i.ToString(CultureInfo.InvariantCulture) :: acc)

let bench () : int64 = int64 (String.concat "," (numbers 9999L [])).Length
